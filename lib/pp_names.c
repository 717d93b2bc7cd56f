/*
 * pp_names.c: host name normalization, registrable domains (libpsl) and
 * IDN display forms (libidn2).
 *
 * References: RFC 1123 2.1 (host names), RFC 5890-5893 (IDNA2008),
 * UTS #46 (IDNA compatibility mapping), RFC 3492 (punycode),
 * publicsuffix.org (the list libpsl carries).
 */
#include "config.h"

#include <arpa/inet.h>
#include <idn2.h>
#include <libpsl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pp_names.h"

static const char *const result_names[PP_NAME_RESULT_COUNT] = {
  [PP_NAME_OK] = "ok",
  [PP_NAME_EMPTY] = "empty",
  [PP_NAME_IP_LITERAL] = "ip-literal",
  [PP_NAME_SINGLE_LABEL] = "single-label",
  [PP_NAME_TOO_LONG] = "too-long",
  [PP_NAME_BAD_CHARS] = "bad-chars",
  [PP_NAME_BAD_IDN] = "bad-idn",
  [PP_NAME_EMBEDDED_ADDR] = "embedded-address",
};

const char *pp_name_result_name(enum pp_name_result r)
{
  return (unsigned)r < PP_NAME_RESULT_COUNT ? result_names[r] : "?";
}

static bool is_ip_literal(const char *s)
{
  unsigned char buf[16];
  return inet_pton(AF_INET, s, buf) == 1 || inet_pton(AF_INET6, s, buf) == 1;
}

static bool ends_with(const char *s, const char *suffix)
{
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && !memcmp(s + n - m, suffix, m) &&
         (n == m || s[n - m - 1] == '.');
}

/*
 * Does a valid lowercase name carry an IP address?  A numeric last label
 * (no real TLD is numeric: "100.64.0.9", "1.2.3.4.5"), the reverse-DNS
 * trees, or four labels in a row that are numbers 0..255 (DNSBL and
 * similar lookups put an address there: 9.0.64.100.zen.example).
 */
static bool embeds_address(const char *s)
{
  const char *label = s, *last = s;
  int run = 0;
  if(ends_with(s, "in-addr.arpa") || ends_with(s, "ip6.arpa"))
    return true;
  for(;;) {
    size_t len = strcspn(label, ".");
    size_t i;
    bool num = len > 0 && len <= 3;
    for(i = 0; num && i < len; i++)
      num = label[i] >= '0' && label[i] <= '9';
    if(num && (len < 3 || memcmp(label, "255", 3) <= 0))
      run++;
    else
      run = 0;
    if(run >= 4)
      return true;
    last = label;
    if(!label[len])
      break;
    label += len + 1;
  }
  /* numeric last label */
  return strspn(last, "0123456789") == strlen(last);
}

/* Check the ASCII alphabet and label lengths of a lowercase name. */
static enum pp_name_result check_ldh(const char *s)
{
  size_t label = 0, labels = 1, total = 0;
  for(; *s; s++, total++) {
    unsigned char c = (unsigned char)*s;
    if(c == '.') {
      if(!label)
        return PP_NAME_BAD_CHARS;     /* empty label: ".." or leading dot */
      label = 0;
      labels++;
      continue;
    }
    if(!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_'))
      return PP_NAME_BAD_CHARS;
    if(++label > 63)
      return PP_NAME_TOO_LONG;
  }
  if(!label)
    return PP_NAME_BAD_CHARS;
  if(total > PP_NAME_MAX)
    return PP_NAME_TOO_LONG;
  if(labels < 2)
    return PP_NAME_SINGLE_LABEL;
  return PP_NAME_OK;
}

enum pp_name_result pp_name_normalize(const char *in, size_t len,
                                      unsigned flags, char out[PP_NAME_BUF])
{
  /* Work buffer: input is at most a few hundred bytes of a header. */
  char buf[PP_NAME_UNICODE_BUF];
  size_t i, n;
  bool ascii = true;
  enum pp_name_result res;

  out[0] = '\0';
  /* trim blanks */
  while(len && (in[0] == ' ' || in[0] == '\t')) {
    in++;
    len--;
  }
  while(len && (in[len - 1] == ' ' || in[len - 1] == '\t'))
    len--;
  if(flags & PP_NAME_HOSTPORT) {
    if(len && in[0] == '[') {         /* "[v6]" or "[v6]:port" */
      const char *close = memchr(in, ']', len);
      if(!close)
        return PP_NAME_BAD_CHARS;
      return PP_NAME_IP_LITERAL;
    }
    for(i = len; i > 0; i--) {
      if(in[i - 1] == ':') {
        /* only one colon: host:port (several: a bare IPv6 literal) */
        if(!memchr(in, ':', i - 1))
          len = i - 1;
        break;
      }
      if(in[i - 1] < '0' || in[i - 1] > '9')
        break;
    }
  }
  if(len && in[len - 1] == '.')       /* absolute form */
    len--;
  if(!len)
    return PP_NAME_EMPTY;
  if(len >= sizeof(buf))
    return PP_NAME_TOO_LONG;
  for(n = 0; n < len; n++) {
    unsigned char c = (unsigned char)in[n];
    if(c == 0 || c < 0x20 || c == 0x7f)
      return PP_NAME_BAD_CHARS;
    if(c >= 0x80)
      ascii = false;
    buf[n] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  buf[n] = '\0';
  if(is_ip_literal(buf))
    return PP_NAME_IP_LITERAL;
  if(!ascii) {
    char *ace = NULL;
    if(idn2_to_ascii_8z(buf, &ace, IDN2_NONTRANSITIONAL | IDN2_NFC_INPUT) !=
       IDN2_OK || !ace) {
      idn2_free(ace);
      return PP_NAME_BAD_IDN;
    }
    if(strlen(ace) >= sizeof(buf)) {
      idn2_free(ace);
      return PP_NAME_TOO_LONG;
    }
    memcpy(buf, ace, strlen(ace) + 1);
    idn2_free(ace);
  }
  res = check_ldh(buf);
  if(res != PP_NAME_OK)
    return res;
  /* again after IDNA mapping: full-width digits and ideographic dots */
  if(is_ip_literal(buf))
    return PP_NAME_IP_LITERAL;
  if(embeds_address(buf))
    return PP_NAME_EMBEDDED_ADDR;
  memcpy(out, buf, strlen(buf) + 1);
  return PP_NAME_OK;
}

char *pp_name_site(const char *name, char out[PP_NAME_BUF])
{
  const char *site = psl_registrable_domain(psl_builtin(), name);
  if(!site)
    site = name;
  snprintf(out, PP_NAME_BUF, "%s", site);
  return out;
}

unsigned pp_name_suffix_labels(const char *name)
{
  const char *p = name;
  unsigned best = 0, labels = 1;
  const char *q;
  /* Every dot-suffix of name, longest first: the first that is an ICANN
   * public suffix (no default rule) is the name's suffix. */
  for(q = name; *q; q++)
    labels += *q == '.';
  while(p) {
    if(*p && psl_is_public_suffix2(psl_builtin(), p, PSL_TYPE_ICANN |
                                   PSL_TYPE_NO_STAR_RULE)) {
      best = labels;
      break;
    }
    p = strchr(p, '.');
    if(p)
      p++;
    labels--;
  }
  return best;
}

bool pp_name_unicode(const char *name, char *out, size_t cap)
{
  char *u = NULL;
  bool differs = false;
  if(!strstr(name, "xn--")) {
    snprintf(out, cap, "%s", name);
    return false;
  }
  if(idn2_to_unicode_8z8z(name, &u, 0) == IDN2_OK && u) {
    differs = strcmp(u, name) != 0;
    if(strlen(u) < cap)
      memcpy(out, u, strlen(u) + 1);
    else
      differs = false;
  }
  if(!differs)
    snprintf(out, cap, "%s", name);
  idn2_free(u);
  return differs;
}
