/*
 * tool_util.c: messages, option parsing and output helpers shared by the
 * subcommands.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pp_json.h"
#include "tool.h"

const char *tool_progname = "pressprobe";
static const char *tool_cmd;

void tool_set_command(const char *cmd)
{
  tool_cmd = cmd;
}

static void vmsg(const char *kind, const char *fmt, va_list ap)
{
  fflush(stdout);
  if(tool_cmd)
    fprintf(stderr, "%s %s: %s", tool_progname, tool_cmd, kind);
  else
    fprintf(stderr, "%s: %s", tool_progname, kind);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

void tool_warn(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vmsg("warning: ", fmt, ap);
  va_end(ap);
}

void tool_err(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vmsg("", fmt, ap);
  va_end(ap);
}

static int parse_num(const char *opt, const char *s, uint64_t min,
                     uint64_t max, uint64_t *out, bool suffixes)
{
  char *end;
  unsigned long long v;
  uint64_t mult = 1;
  if(!s || !*s || *s == '-' || *s == '+' || *s == ' ')
    goto bad;
  errno = 0;
  v = strtoull(s, &end, 10);
  if(errno || end == s)
    goto bad;
  if(suffixes && *end) {
    switch(*end) {
    case 'k': case 'K': mult = 1024ull; break;
    case 'm': case 'M': mult = 1024ull * 1024; break;
    case 'g': case 'G': mult = 1024ull * 1024 * 1024; break;
    default: goto bad;
    }
    end++;
  }
  if(*end)
    goto bad;
  if(v > UINT64_MAX / mult)
    goto bad;
  v *= mult;
  if(v < min || v > max) {
    tool_err("invalid value for %s: '%s' (allowed %llu..%llu)", opt, s,
             (unsigned long long)min, (unsigned long long)max);
    return -1;
  }
  *out = v;
  return 0;
bad:
  tool_err("invalid value for %s: '%s' (expected a number)", opt,
           s ? s : "");
  return -1;
}

int tool_parse_u64(const char *opt, const char *s, uint64_t min, uint64_t max,
                   uint64_t *out)
{
  return parse_num(opt, s, min, max, out, false);
}

int tool_parse_size(const char *opt, const char *s, uint64_t min, uint64_t max,
                    uint64_t *out)
{
  return parse_num(opt, s, min, max, out, true);
}

void tool_version(void)
{
  printf("pressprobe %s\n", PACKAGE_VERSION);
  exit(EXIT_OK);
}

/* ---- output helpers ---------------------------------------------------- */

static void csv_out(const char *s, bool last, bool untrusted)
{
  bool formula = untrusted && s[0] && strchr("=+-@\t\r", s[0]);
  if(formula || s[strcspn(s, ",\"\r\n")]) {
    putchar('"');
    if(formula)
      putchar('\'');
    for(; *s; s++) {
      if(*s == '"')
        putchar('"');
      putchar(*s);
    }
    putchar('"');
  }
  else
    fputs(s, stdout);
  /* RFC 4180 records end with CRLF; a plain LF is what every tool
   * accepts and what shells expect, so LF it is. */
  putchar(last ? '\n' : ',');
}

void tool_csv_field(const char *s, bool last)
{
  csv_out(s ? s : "", last, false);
}

void tool_csv_text(const char *s, bool last)
{
  csv_out(s ? s : "", last, true);
}

void tool_term_append(char *out, size_t *len, size_t cap, const char *s,
                      size_t *width)
{
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  size_t left = strlen((const char *)p);

  while(left && *len + 5 < cap) {
    int n = pp_utf8_seq(p, left);
    bool bad = n < 0 ||
      (n == 1 && (*p < 0x20 || *p == 0x7f)) ||
      (n == 2 && p[0] == 0xc2 && p[1] < 0xa0) ||              /* C1 */
      (n == 3 && p[0] == 0xe2 &&                              /* bidi */
       ((p[1] == 0x80 && (p[2] == 0x8e || p[2] == 0x8f ||
                          (p[2] >= 0xaa && p[2] <= 0xae))) ||
        (p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9)));
    size_t take = (size_t)(n < 0 ? -n : n);
    if(bad)
      out[(*len)++] = '?';
    else {
      memcpy(out + *len, p, take);
      *len += take;
    }
    p += take;
    left -= take;
    if(width)
      ++*width;
  }
  out[*len] = '\0';
}
