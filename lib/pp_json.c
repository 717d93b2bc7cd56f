/*
 * pp_json.c: streaming JSON writer (RFC 8259) and ISO 8601 times.
 *
 * Strings are checked as UTF-8 (RFC 3629, Unicode 15 table 3-7: no
 * overlong forms, no surrogates, nothing above U+10FFFF); each maximal
 * ill-formed subsequence becomes one U+FFFD, as Unicode recommends (3.9,
 * "U+FFFD Substitution of Maximal Subparts").  Control characters,
 * quotation mark and reverse solidus are escaped; everything else is
 * written as is.
 *
 * Numbers never depend on the C locale: doubles are printed with the
 * shortest of %.15g/%.17g that reads back exactly, and whatever the locale
 * uses as decimal point becomes '.'.  NaN and infinities, which JSON lacks,
 * are written as null.
 */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "pp_err.h"
#include "pp_json.h"

/* Latest time pp_time_iso can print in 20 characters: 9999-12-31T23:59:59Z */
#define ISO_MAX_SECONDS 253402300799ull

void jsonw_init(struct pp_jsonw *w, FILE *f)
{
  memset(w, 0, sizeof(*w));
  w->f = f;
  w->first[0] = true;
}

static void put(struct pp_jsonw *w, const char *s, size_t n)
{
  if(!w->err && n && fwrite(s, 1, n, w->f) != n)
    w->err = PP_EIO;
}

static void puts_(struct pp_jsonw *w, const char *s)
{
  put(w, s, strlen(s));
}

/*
 * Before any value or key: the comma that separates it from the previous
 * one.  Top-level values are separated by a newline (JSON lines).
 */
static void sep(struct pp_jsonw *w)
{
  if(w->after_key) {
    w->after_key = false;
    return;
  }
  if(!w->first[w->depth])
    put(w, w->depth ? "," : "\n", 1);
  w->first[w->depth] = false;
}

static void open_(struct pp_jsonw *w, char c)
{
  sep(w);
  if(w->depth + 1 >= PP_JSON_DEPTH_MAX) {
    if(!w->err)
      w->err = PP_ELIMIT;
    return;
  }
  put(w, &c, 1);
  w->depth++;
  w->first[w->depth] = true;
}

static void close_(struct pp_jsonw *w, char c)
{
  if(w->depth == 0 || w->after_key) {
    if(!w->err)
      w->err = PP_EINVAL;   /* unbalanced, or a key without a value */
    return;
  }
  put(w, &c, 1);
  w->depth--;
}

void jsonw_obj_begin(struct pp_jsonw *w) { open_(w, '{'); }
void jsonw_obj_end(struct pp_jsonw *w) { close_(w, '}'); }
void jsonw_arr_begin(struct pp_jsonw *w) { open_(w, '['); }
void jsonw_arr_end(struct pp_jsonw *w) { close_(w, ']'); }

int pp_utf8_seq(const void *str, size_t n)
{
  const unsigned char *s = str;
  unsigned char c, lo = 0x80, hi = 0xbf;
  int len, i;

  if(!n)
    return 0;
  c = s[0];
  if(c < 0x80)
    return 1;
  if(c >= 0xc2 && c <= 0xdf)
    len = 2;
  else if(c >= 0xe0 && c <= 0xef) {
    len = 3;
    if(c == 0xe0)
      lo = 0xa0;          /* no overlong 3-byte forms */
    else if(c == 0xed)
      hi = 0x9f;          /* no surrogates */
  }
  else if(c >= 0xf0 && c <= 0xf4) {
    len = 4;
    if(c == 0xf0)
      lo = 0x90;          /* no overlong 4-byte forms */
    else if(c == 0xf4)
      hi = 0x8f;          /* nothing above U+10FFFF */
  }
  else
    return -1;            /* 80..c1, f5..ff never start a character */
  for(i = 1; i < len; i++) {
    if((size_t)i >= n || s[i] < lo || s[i] > hi)
      return -i;
    lo = 0x80;
    hi = 0xbf;
  }
  return len;
}

static void str_body(struct pp_jsonw *w, const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *)s, *end = p + n;
  const unsigned char *run = p;   /* start of bytes to copy verbatim */

  while(p < end) {
    unsigned char c = *p;
    char esc[8];
    int len;
    if(c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      p++;
      continue;
    }
    len = c < 0x80 ? 1 : pp_utf8_seq(p, (size_t)(end - p));
    if(len > 1) {
      p += len;
      continue;
    }
    put(w, (const char *)run, (size_t)(p - run));
    if(len < 0) {
      put(w, "\xef\xbf\xbd", 3);   /* U+FFFD */
      p += -len;
    }
    else {
      switch(c) {
      case '"': puts_(w, "\\\""); break;
      case '\\': puts_(w, "\\\\"); break;
      case '\b': puts_(w, "\\b"); break;
      case '\f': puts_(w, "\\f"); break;
      case '\n': puts_(w, "\\n"); break;
      case '\r': puts_(w, "\\r"); break;
      case '\t': puts_(w, "\\t"); break;
      default:
        snprintf(esc, sizeof(esc), "\\u%04x", c);
        puts_(w, esc);
        break;
      }
      p++;
    }
    run = p;
  }
  put(w, (const char *)run, (size_t)(p - run));
}

void jsonw_key(struct pp_jsonw *w, const char *key)
{
  if(w->after_key && !w->err)
    w->err = PP_EINVAL;   /* two keys in a row */
  sep(w);
  put(w, "\"", 1);
  str_body(w, key, strlen(key));
  put(w, "\":", 2);
  w->after_key = true;
}

void jsonw_strn(struct pp_jsonw *w, const char *s, size_t n)
{
  sep(w);
  put(w, "\"", 1);
  if(s)
    str_body(w, s, n);
  put(w, "\"", 1);
}

void jsonw_str(struct pp_jsonw *w, const char *s)
{
  if(!s)
    jsonw_null(w);
  else
    jsonw_strn(w, s, strlen(s));
}

void jsonw_u64(struct pp_jsonw *w, uint64_t v)
{
  char buf[24];
  sep(w);
  snprintf(buf, sizeof(buf), "%" PRIu64, v);
  puts_(w, buf);
}

void jsonw_i64(struct pp_jsonw *w, int64_t v)
{
  char buf[24];
  sep(w);
  snprintf(buf, sizeof(buf), "%" PRId64, v);
  puts_(w, buf);
}

/*
 * Copy a printf'd number, turning the locale's decimal point (any bytes
 * that are not digits, sign or exponent) into one '.'.
 */
UNITTEST void c_locale_number(const char *in, char *out, size_t cap)
{
  size_t n = 0;
  bool in_point = false;
  for(; *in && n + 1 < cap; in++) {
    bool numeric = (*in >= '0' && *in <= '9') || *in == '-' || *in == '+' ||
                   *in == 'e' || *in == 'E';
    if(numeric)
      out[n++] = *in;
    else if(!in_point)
      out[n++] = '.';
    in_point = !numeric;
  }
  out[n] = '\0';
}

void jsonw_double(struct pp_jsonw *w, double v)
{
  char raw[40], buf[40];
  if(!isfinite(v)) {
    jsonw_null(w);
    return;
  }
  /* strtod reads with the same locale as snprintf wrote. */
  snprintf(raw, sizeof(raw), "%.15g", v);
  if(strtod(raw, NULL) != v)
    snprintf(raw, sizeof(raw), "%.17g", v);
  c_locale_number(raw, buf, sizeof(buf));
  sep(w);
  puts_(w, buf);
}

void jsonw_bool(struct pp_jsonw *w, bool v)
{
  sep(w);
  puts_(w, v ? "true" : "false");
}

void jsonw_null(struct pp_jsonw *w)
{
  sep(w);
  puts_(w, "null");
}

void jsonw_time(struct pp_jsonw *w, pp_usec_t t)
{
  char buf[PP_TIME_ISO_LEN];
  jsonw_str(w, pp_time_iso(t, buf, sizeof(buf)));
}

void jsonw_time_usec(struct pp_jsonw *w, pp_usec_t t)
{
  char buf[PP_TIME_ISO_USEC_LEN];
  jsonw_str(w, pp_time_iso_usec(t, buf, sizeof(buf)));
}

int jsonw_error(const struct pp_jsonw *w)
{
  if(w->err)
    return w->err;
  if(w->depth || w->after_key)
    return PP_EINVAL;   /* document not finished */
  return ferror(w->f) ? PP_EIO : PP_OK;
}

/* Broken-down UTC time of t, clamped to the last second of year 9999. */
static void utc(pp_usec_t t, struct tm *tm)
{
  uint64_t s = t / 1000000;
  time_t tt = (time_t)(s > ISO_MAX_SECONDS ? ISO_MAX_SECONDS : s);
  if(!gmtime_r(&tt, tm))
    memset(tm, 0, sizeof(*tm));
}

char *pp_time_iso(pp_usec_t t, char *buf, size_t cap)
{
  struct tm tm;
  if(!cap)
    return buf;
  utc(t, &tm);
  if(snprintf(buf, cap, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
              tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
              tm.tm_sec) >= (int)cap)
    buf[0] = '\0';
  return buf;
}

char *pp_time_iso_usec(pp_usec_t t, char *buf, size_t cap)
{
  struct tm tm;
  unsigned usec = t / 1000000 > ISO_MAX_SECONDS ? 999999u
                                                 : (unsigned)(t % 1000000);
  if(!cap)
    return buf;
  utc(t, &tm);
  if(snprintf(buf, cap, "%04d-%02d-%02dT%02d:%02d:%02d.%06uZ",
              tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
              tm.tm_min, tm.tm_sec, usec) >= (int)cap)
    buf[0] = '\0';
  return buf;
}
