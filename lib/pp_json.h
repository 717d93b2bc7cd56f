/*
 * pp_json.h: a small streaming JSON writer (RFC 8259) to a FILE, and
 * ISO 8601 time strings.
 *
 * Strings are escaped; bytes that are not valid UTF-8 are written as
 * U+FFFD so output is always valid JSON.  Nesting is tracked for commas
 * (depth up to PP_JSON_DEPTH_MAX).  Successive top-level values are
 * separated by a newline.  Output is compact (no spaces) and does not
 * depend on the C locale.  Errors are sticky: once one happened nothing
 * more is written; check jsonw_error() once at the end.
 *
 *   struct pp_jsonw w;
 *   jsonw_init(&w, stdout);
 *   jsonw_obj_begin(&w);
 *   jsonw_key(&w, "flows");
 *   jsonw_u64(&w, 3);
 *   jsonw_obj_end(&w);           writes {"flows":3}
 *   if(jsonw_error(&w)) ...
 *
 * The writer does not check that keys appear only in objects; that is the
 * caller's part.  It does not buffer beyond f's own buffering, so a write
 * error may only show at fflush(f).
 */
#ifndef PP_JSON_H
#define PP_JSON_H

#include <stdio.h>

#include "pp_common.h"

#define PP_JSON_DEPTH_MAX 32

struct pp_jsonw {
  FILE *f;
  int depth;
  bool first[PP_JSON_DEPTH_MAX];  /* no member written yet at this depth */
  bool after_key;
  int err;
};

/* Start a document on f (not owned: the caller closes it). */
void jsonw_init(struct pp_jsonw *w, FILE *f);
void jsonw_obj_begin(struct pp_jsonw *w);
void jsonw_obj_end(struct pp_jsonw *w);
void jsonw_arr_begin(struct pp_jsonw *w);
void jsonw_arr_end(struct pp_jsonw *w);
/* A member name (NUL-terminated, escaped like strings); the next call
 * writes its value. */
void jsonw_key(struct pp_jsonw *w, const char *key);
void jsonw_str(struct pp_jsonw *w, const char *s);      /* NULL -> null */
/* n bytes of s, NUL bytes included (as \u0000); s NULL and n 0: "". */
void jsonw_strn(struct pp_jsonw *w, const char *s, size_t n);
void jsonw_u64(struct pp_jsonw *w, uint64_t v);
void jsonw_i64(struct pp_jsonw *w, int64_t v);
/* Shortest of %.15g / %.17g that reads back exactly, with '.' whatever
 * the locale; NaN and infinities (not JSON) as null. */
void jsonw_double(struct pp_jsonw *w, double v);
void jsonw_bool(struct pp_jsonw *w, bool v);
void jsonw_null(struct pp_jsonw *w);
/* Times as ISO 8601 UTC strings, "2024-10-01T12:00:00Z" (seconds). */
void jsonw_time(struct pp_jsonw *w, pp_usec_t t);
/* The same with microseconds, "2024-10-01T12:00:00.123456Z". */
void jsonw_time_usec(struct pp_jsonw *w, pp_usec_t t);
/* PP_OK once a complete document was written; else the first error:
 * PP_EIO (write failed), PP_ELIMIT (nested deeper than PP_JSON_DEPTH_MAX),
 * PP_EINVAL (unbalanced end, key without value, document unfinished). */
int jsonw_error(const struct pp_jsonw *w);

/* Format t as ISO 8601 UTC ("YYYY-MM-DDTHH:MM:SSZ", fraction dropped)
 * into buf (cap >= PP_TIME_ISO_LEN); returns buf.  Times after the year
 * 9999 print as 9999-12-31T23:59:59Z; a smaller buf is set to "". */
#define PP_TIME_ISO_LEN 21
char *pp_time_iso(pp_usec_t t, char *buf, size_t cap);
/* The same with microseconds, "YYYY-MM-DDTHH:MM:SS.uuuuuuZ", into buf
 * (cap >= PP_TIME_ISO_USEC_LEN); returns buf. */
#define PP_TIME_ISO_USEC_LEN 28
char *pp_time_iso_usec(pp_usec_t t, char *buf, size_t cap);

/*
 * UTF-8 check (RFC 3629; no overlong forms, surrogates or code points
 * above U+10FFFF) of the sequence at str, n bytes available: its length
 * 1..4 when well formed, else minus the length of its maximal ill-formed
 * subpart (-1..-3), which is to be replaced by one U+FFFD.  0 if n is 0.
 */
int pp_utf8_seq(const void *str, size_t n);

#ifdef PP_UNITTESTS
void c_locale_number(const char *in, char *out, size_t cap);
#endif

#endif
