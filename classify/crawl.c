/*
 * crawl.c: the crawler: sites, their pages, and what is recorded of each
 * fetch (see crawl.h for the contract and the order of things per site).
 *
 * References: RFC 3986 (5.2 reference resolution, 5.2.4 remove dot
 * segments, 6.2.2 syntax-based normalization), WHATWG URL Standard (the
 * leniencies browsers apply to hrefs: blanks, tabs and newlines, '\'),
 * RFC 9309 (robots.txt), sitemaps.org 0.9, HTML Standard 4.2.3 (base),
 * libxml2 (HTMLparser, xmlreader).
 *
 * Untrusted input here: hrefs and sitemap locations (read through
 * struct pp_rd), HTML and XML (parsed by libxml2 with no network access,
 * no DTD loading, no entity substitution, input sizes capped), robots.txt
 * (robots.h), skip-host files (a rules file: line and entry lengths
 * capped).
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <time.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include "crawl.h"
#include "pp_addr.h"
#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"
#include "pp_record.h"
#include "robots.h"

/* ---- URLs --------------------------------------------------------------- */

/* Components of a reference, as offsets into a cleaned copy. */
struct uref {
  const char *s;
  bool has_scheme, has_auth, has_query, has_frag;
  size_t scheme, scheme_len;
  size_t auth, auth_len;
  size_t path, path_len;
  size_t query, query_len;
};

static bool is_alpha(int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit(int c)
{
  return c >= '0' && c <= '9';
}

static int lower(int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* May byte c stand in a URI unescaped (RFC 3986 2: reserved, unreserved,
 * '%')? */
static bool uri_char(int c)
{
  if(c <= 0x20 || c >= 0x7f)
    return false;
  return !strchr("\"<>\\^`{|}", c);
}

static bool is_hex(int c)
{
  return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'f');
}

/*
 * Copy ref (untrusted) into out (cap), cleaned as browsers do: leading
 * and trailing C0 controls and spaces dropped, tabs and newlines
 * removed, '\' made '/'.  Returns the length, or (size_t)-1 when it does
 * not fit.
 */
static size_t clean_ref(const char *ref, size_t len, char *out, size_t cap)
{
  struct pp_rd r;
  size_t n = 0, start = 0, end = len, i;

  rd_init(&r, ref, len);
  while(start < end && rd_peek(&r, start) <= 0x20)
    start++;
  while(end > start && rd_peek(&r, end - 1) <= 0x20)
    end--;
  rd_skip(&r, start);
  for(i = start; i < end; i++) {
    uint8_t c = rd_u8(&r);
    if(c == '\t' || c == '\n' || c == '\r')
      continue;
    if(n + 1 >= cap)
      return (size_t)-1;
    out[n++] = c == '\\' ? '/' : (char)c;
  }
  out[n] = '\0';
  return n;
}

/* Split a cleaned reference (RFC 3986 appendix B). */
static void split_ref(const char *s, size_t n, struct uref *u)
{
  size_t i = 0, j;
  memset(u, 0, sizeof(*u));
  u->s = s;
  /* scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" */
  if(n && is_alpha(s[0])) {
    for(j = 1; j < n && (is_alpha(s[j]) || is_digit(s[j]) || s[j] == '+' ||
                         s[j] == '-' || s[j] == '.'); j++)
      ;
    if(j < n && s[j] == ':') {
      u->has_scheme = true;
      u->scheme = 0;
      u->scheme_len = j;
      i = j + 1;
    }
  }
  if(i + 1 < n && s[i] == '/' && s[i + 1] == '/') {
    u->has_auth = true;
    u->auth = i + 2;
    for(j = i + 2; j < n && s[j] != '/' && s[j] != '?' && s[j] != '#'; j++)
      ;
    u->auth_len = j - u->auth;
    i = j;
  }
  u->path = i;
  for(j = i; j < n && s[j] != '?' && s[j] != '#'; j++)
    ;
  u->path_len = j - i;
  i = j;
  if(i < n && s[i] == '?') {
    u->has_query = true;
    u->query = i + 1;
    for(j = i + 1; j < n && s[j] != '#'; j++)
      ;
    u->query_len = j - u->query;
    i = j;
  }
  u->has_frag = i < n && s[i] == '#';
}

/* A growing output string with a hard cap. */
struct sbuf {
  char *p;
  size_t n, cap;
  bool over;
};

static void sb_putc(struct sbuf *b, char c)
{
  if(b->n + 1 >= b->cap) {
    b->over = true;
    return;
  }
  b->p[b->n++] = c;
  b->p[b->n] = '\0';
}

static void sb_put(struct sbuf *b, const char *s, size_t n)
{
  size_t i;
  for(i = 0; i < n && !b->over; i++)
    sb_putc(b, s[i]);
}

/* Append s[0..n) percent-encoding what may not stand in a URI, and a '%'
 * that starts no escape. */
static void sb_put_enc(struct sbuf *b, const char *s, size_t n)
{
  static const char hex[] = "0123456789ABCDEF";
  size_t i;
  for(i = 0; i < n && !b->over; i++) {
    uint8_t c = (uint8_t)s[i];
    bool esc = !uri_char(c);
    if(c == '%' && !(i + 2 < n && is_hex(s[i + 1]) && is_hex(s[i + 2])))
      esc = true;
    if(esc) {
      sb_putc(b, '%');
      sb_putc(b, hex[c >> 4]);
      sb_putc(b, hex[c & 15]);
    }
    else
      sb_putc(b, (char)c);
  }
}

/*
 * RFC 3986 5.2.4 on in[0..n) into out (at least n + 1 bytes): returns
 * the output length.  Works segment by segment on our own copy.
 */
static size_t remove_dots(const char *in, size_t n, char *out)
{
  size_t i = 0, o = 0;
  while(i < n) {
    size_t rest = n - i;
    const char *p = in + i;
    if(rest >= 3 && !memcmp(p, "../", 3))
      i += 3;
    else if(rest >= 2 && !memcmp(p, "./", 2))
      i += 2;
    else if(rest >= 3 && !memcmp(p, "/./", 3))
      i += 2;                     /* "/./" -> "/" */
    else if(rest == 2 && !memcmp(p, "/.", 2)) {
      out[o++] = '/';
      i += 2;
    }
    else if((rest >= 4 && !memcmp(p, "/../", 4)) ||
            (rest == 3 && !memcmp(p, "/..", 3))) {
      while(o > 0 && out[o - 1] != '/')
        o--;
      if(o > 0)
        o--;                      /* and its '/' */
      if(rest == 3) {
        out[o++] = '/';
        i += 3;
      }
      else
        i += 3;                   /* leave the last '/' as input */
    }
    else if((rest == 1 && p[0] == '.') || (rest == 2 && !memcmp(p, "..", 2)))
      i = n;
    else {
      size_t j = i;
      if(in[j] == '/')
        out[o++] = in[j++];
      while(j < n && in[j] != '/')
        out[o++] = in[j++];
      i = j;
    }
  }
  out[o] = '\0';
  return o;
}

/* Merge (RFC 3986 5.2.3) then remove dots, into out (cap); length or
 * (size_t)-1. */
static size_t merge_path(const char *base_path, size_t blen, bool base_auth,
                         const char *ref_path, size_t rlen, char *out,
                         size_t cap)
{
  char *tmp;
  size_t n = 0, dir = 0, i, res;

  if(blen + rlen + 2 > cap)
    return (size_t)-1;
  tmp = pp_malloc(blen + rlen + 2);
  if(!tmp)
    return (size_t)-1;
  if(base_auth && blen == 0)
    tmp[n++] = '/';
  else {
    for(i = 0; i < blen; i++) {
      if(base_path[i] == '/')
        dir = i + 1;
    }
    memcpy(tmp, base_path, dir);
    n = dir;
  }
  memcpy(tmp + n, ref_path, rlen);
  n += rlen;
  res = remove_dots(tmp, n, out);
  pp_free(tmp);
  return res;
}

/* Normalize an authority into b: host (lowercase, IDN to punycode, IP
 * literals checked) and port (default dropped).  false: unusable. */
static bool put_authority(struct sbuf *b, const char *a, size_t n,
                          bool https)
{
  const char *host = a, *colon = NULL;
  size_t hlen, i;
  unsigned long port = 0;
  char name[PP_NAME_BUF];

  if(!n || memchr(a, '@', n))
    return false;                 /* no user information, ever */
  for(i = 0; i < n; i++) {
    if((uint8_t)a[i] <= 0x20 || (uint8_t)a[i] == 0x7f)
      return false;               /* no NUL, control or blank in a host */
  }
  if(a[0] == '[') {
    const char *close = memchr(a, ']', n);
    char lit[PP_ADDR_STRLEN + 1];
    struct pp_addr ad;
    if(!close)
      return false;
    hlen = (size_t)(close - a) - 1;
    if(!hlen || hlen >= sizeof(lit))
      return false;
    memcpy(lit, a + 1, hlen);
    lit[hlen] = '\0';
    if(pp_addr_parse(&ad, lit) || ad.family != PP_AF_INET6)
      return false;
    if((size_t)(close - a) + 1 < n) {
      if(close[1] != ':')
        return false;
      colon = close + 1;
    }
    sb_putc(b, '[');
    for(i = 0; i < hlen; i++)
      sb_putc(b, (char)lower(lit[i]));
    sb_putc(b, ']');
  }
  else {
    colon = memchr(a, ':', n);
    hlen = colon ? (size_t)(colon - a) : n;
    if(!hlen || hlen >= PP_NAME_UNICODE_BUF)
      return false;
    switch(pp_name_normalize(host, hlen, 0, name)) {
    case PP_NAME_OK:
      sb_put(b, name, strlen(name));
      break;
    case PP_NAME_IP_LITERAL:
    case PP_NAME_SINGLE_LABEL:
    case PP_NAME_EMBEDDED_ADDR: {
      /* kept as written when plain: an address or "localhost" */
      char lit[PP_NAME_BUF];
      struct pp_addr ad;
      for(i = 0; i < hlen; i++) {
        int c = lower((uint8_t)host[i]);
        if(!is_alpha(c) && !is_digit(c) && c != '-' && c != '.' && c != '_')
          return false;
        if(i < sizeof(lit) - 1)
          lit[i] = (char)c;
      }
      if(hlen >= sizeof(lit))
        return false;
      lit[hlen] = '\0';
      if(is_digit(lit[hlen - 1]) && pp_addr_parse(&ad, lit))
        return false;             /* "1.2.3" and the like */
      sb_put(b, lit, hlen);
      break;
    }
    default:
      return false;
    }
  }
  if(colon) {
    const char *p = colon + 1, *end = a + n;
    if(p == end)
      return true;                /* "host:" is the default port */
    for(; p < end; p++) {
      if(!is_digit(*p))
        return false;
      port = port * 10 + (unsigned long)(*p - '0');
      if(port > 65535)
        return false;
    }
    if(port == 0)
      return false;
    if(port != (https ? 443u : 80u)) {
      char num[8];
      snprintf(num, sizeof(num), ":%lu", port);
      sb_put(b, num, strlen(num));
    }
  }
  return true;
}

int crawl_url_resolve(const char *base, const char *ref, size_t ref_len,
                      char *out, size_t cap)
{
  char *rbuf = NULL, *bbuf = NULL, *path = NULL;
  struct uref r, bu;
  struct sbuf b;
  const struct uref *s_src, *a_src;   /* scheme and authority from */
  const char *qsrc = NULL;
  size_t qlen = 0, plen = 0, n, i;
  bool https = false;
  int rc = PP_EINVAL;

  if(!out || !cap || (!ref && ref_len))
    return PP_EINVAL;
  out[0] = '\0';
  if(ref_len > CRAWL_URL_MAX * 2)
    return PP_ELIMIT;
  rbuf = pp_malloc(CRAWL_URL_MAX * 2 + 1);
  bbuf = pp_malloc(CRAWL_URL_MAX + 1);
  path = pp_malloc(CRAWL_URL_MAX * 3 + 2);
  if(!rbuf || !bbuf || !path) {
    rc = PP_ENOMEM;
    goto out;
  }
  n = clean_ref(ref, ref_len, rbuf, CRAWL_URL_MAX * 2 + 1);
  if(n == (size_t)-1) {
    rc = PP_ELIMIT;
    goto out;
  }
  split_ref(rbuf, n, &r);
  memset(&bu, 0, sizeof(bu));
  if(base) {
    size_t bn = strlen(base);
    if(bn > CRAWL_URL_MAX)
      goto out;
    memcpy(bbuf, base, bn + 1);
    split_ref(bbuf, bn, &bu);
    if(!bu.has_scheme || !bu.has_auth)
      goto out;
  }
  /* RFC 3986 5.2.2 */
  if(r.has_scheme) {
    s_src = &r;
    if(!r.has_auth)
      goto out;                   /* "http:foo", "mailto:x": no host */
    a_src = &r;
    plen = remove_dots(r.s + r.path, r.path_len, path);
    if(r.has_query) {
      qsrc = r.s + r.query;
      qlen = r.query_len;
    }
  }
  else {
    if(!base)
      goto out;
    s_src = &bu;
    if(r.has_auth) {
      a_src = &r;
      plen = remove_dots(r.s + r.path, r.path_len, path);
      if(r.has_query) {
        qsrc = r.s + r.query;
        qlen = r.query_len;
      }
    }
    else {
      a_src = &bu;
      if(r.path_len == 0) {
        memcpy(path, bu.s + bu.path, bu.path_len);
        plen = bu.path_len;
        path[plen] = '\0';
        if(r.has_query) {
          qsrc = r.s + r.query;
          qlen = r.query_len;
        }
        else if(bu.has_query) {
          qsrc = bu.s + bu.query;
          qlen = bu.query_len;
        }
      }
      else {
        if(r.s[r.path] == '/')
          plen = remove_dots(r.s + r.path, r.path_len, path);
        else
          plen = merge_path(bu.s + bu.path, bu.path_len, bu.has_auth,
                            r.s + r.path, r.path_len, path,
                            CRAWL_URL_MAX * 3 + 2);
        if(plen == (size_t)-1) {
          rc = PP_ELIMIT;
          goto out;
        }
        if(r.has_query) {
          qsrc = r.s + r.query;
          qlen = r.query_len;
        }
      }
    }
  }
  /* scheme */
  if(s_src->scheme_len == 5 && !strncasecmp(s_src->s + s_src->scheme,
                                            "https", 5))
    https = true;
  else if(!(s_src->scheme_len == 4 &&
            !strncasecmp(s_src->s + s_src->scheme, "http", 4)))
    goto out;
  b.p = out;
  b.n = 0;
  b.cap = PP_MIN(cap, (size_t)CRAWL_URL_MAX + 1);
  b.over = false;
  out[0] = '\0';
  sb_put(&b, https ? "https://" : "http://", https ? 8 : 7);
  if(!put_authority(&b, a_src->s + a_src->auth, a_src->auth_len, https))
    goto out;
  if(!plen || path[0] != '/')
    sb_putc(&b, '/');
  sb_put_enc(&b, path, plen);
  if(qsrc) {
    sb_putc(&b, '?');
    sb_put_enc(&b, qsrc, qlen);
  }
  if(b.over) {
    out[0] = '\0';
    rc = PP_ELIMIT;
    goto out;
  }
  for(i = 0; out[i]; i++) {
    if(!uri_char((uint8_t)out[i]))
      goto out;                   /* cannot happen: encoded above */
  }
  rc = PP_OK;
out:
  if(rc)
    out[0] = '\0';
  pp_free(rbuf);
  pp_free(bbuf);
  pp_free(path);
  return rc;
}

int crawl_url_split(const char *url, struct crawl_url_parts *p)
{
  const char *a, *end, *h;
  memset(p, 0, sizeof(*p));
  if(!url)
    return PP_EINVAL;
  if(!strncmp(url, "https://", 8))
    p->scheme_len = 5;
  else if(!strncmp(url, "http://", 7))
    p->scheme_len = 4;
  else
    return PP_EINVAL;
  p->scheme = url;
  a = url + p->scheme_len + 3;
  end = a + strcspn(a, "/?#");
  p->origin_len = (size_t)(end - url);
  if(*a == '[') {
    h = memchr(a, ']', (size_t)(end - a));
    if(!h)
      return PP_EINVAL;
    p->host = a + 1;
    p->host_len = (size_t)(h - a) - 1;
    h++;
  }
  else {
    h = a;
    while(h < end && *h != ':')
      h++;
    p->host = a;
    p->host_len = (size_t)(h - a);
  }
  if(h < end && *h == ':') {
    unsigned long port = strtoul(h + 1, NULL, 10);
    p->port = port <= 65535 ? (unsigned)port : 0;
  }
  if(!p->host_len)
    return PP_EINVAL;
  p->path = *end == '/' ? end : "/";
  p->path_len = *end == '/' ? strcspn(end, "?#") : 1;
  if(*end == '/')
    end += p->path_len;
  if(*end == '?') {
    p->query = end + 1;
    p->query_len = strcspn(end + 1, "#");
  }
  return PP_OK;
}

int crawl_host_site(const char *host, size_t len, char *out)
{
  char name[PP_NAME_BUF];
  size_t i;
  out[0] = '\0';
  if(!host || !len || len >= PP_NAME_BUF)
    return PP_EINVAL;
  if(pp_name_normalize(host, len, 0, name) == PP_NAME_OK) {
    pp_name_site(name, out);
    return PP_OK;
  }
  for(i = 0; i < len; i++)
    out[i] = (char)lower((uint8_t)host[i]);
  out[len] = '\0';
  return PP_OK;
}

/* ---- classifying paths -------------------------------------------------- */

static const char *const kind_names[] = {
  [CRAWL_KIND_SKIP] = "skip",
  [CRAWL_KIND_OTHER] = "page",
  [CRAWL_KIND_SECTION] = "section",
  [CRAWL_KIND_ARTICLE] = "article",
  [CRAWL_KIND_HOME] = "home",
  [CRAWL_KIND_ROBOTS] = "robots",
  [CRAWL_KIND_SITEMAP] = "sitemap",
};

const char *crawl_kind_name(enum crawl_kind k)
{
  return (unsigned)k < PP_ARRAY_LEN(kind_names) ? kind_names[k] : "page";
}

/* File types that are no page. */
static const char *const skip_ext[] = {
  "jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff",
  "avif", "heic", "css", "js", "mjs", "map", "json", "xml", "rss", "atom",
  "txt", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods",
  "rtf", "csv", "zip", "rar", "7z", "gz", "tgz", "bz2", "xz", "tar", "mp3",
  "mp4", "m4a", "m4v", "avi", "mov", "wmv", "flv", "webm", "ogg", "ogv",
  "oga", "wav", "flac", "aac", "m3u8", "mpd", "ts", "apk", "ipa", "exe",
  "msi", "dmg", "bin", "iso", "woff", "woff2", "ttf", "otf", "eot", "swf",
};

/* Extensions a page may have. */
static const char *const page_ext[] = {
  "html", "htm", "shtml", "chn", "aspx", "asp", "php", "jsp", "vn", "tpo",
  "ldo", "epi",
};

/* Path segments (without extension) of pages that are no content. */
static const char *const skip_segments[] = {
  "login", "logout", "signin", "sign-in", "signup", "sign-up", "register",
  "dang-nhap", "dangnhap", "dang-xuat", "dang-ky", "dangky", "account",
  "accounts", "tai-khoan", "taikhoan", "my-account", "profile", "cart",
  "gio-hang", "giohang", "checkout", "thanh-toan", "search", "tim-kiem",
  "timkiem", "print", "in-bai", "wp-admin", "wp-login", "admin", "feed",
  "rss", "amp-rss", "share", "sharer", "comment", "comments", "binh-luan",
  "lien-he", "contact", "oauth", "sso", "auth", "cdn-cgi",
};

/* Query keys that make a URL a search, login or cart action. */
static const char *const skip_query_keys[] = {
  "q", "s", "query", "keyword", "keywords", "k", "search", "tu-khoa",
  "tukhoa", "login", "logout", "redirect", "redirect_to", "returnurl",
  "return_url", "return", "next", "add-to-cart", "add_to_cart", "cart",
  "replytocom", "share", "print", "action", "token", "session", "sid",
  "phpsessid",
};

static bool in_list(const char *s, size_t n, const char *const *list,
                    size_t count)
{
  size_t i;
  for(i = 0; i < count; i++) {
    if(strlen(list[i]) == n && !strncmp(s, list[i], n))
      return true;
  }
  return false;
}

/* The query mentions an action key (keys compared whole, lowercase). */
static bool query_is_action(const char *q, size_t n)
{
  struct pp_rd r;
  char key[32];
  rd_init(&r, q, n);
  while(rd_left(&r)) {
    size_t k = 0;
    bool in_key = true, over = false;
    while(rd_left(&r)) {
      uint8_t c = rd_u8(&r);
      if(c == '&' || c == ';')
        break;
      if(c == '=')
        in_key = false;
      else if(in_key) {
        if(k < sizeof(key) - 1)
          key[k++] = (char)lower(c);
        else
          over = true;
      }
    }
    if(!over && in_list(key, k, skip_query_keys,
                        PP_ARRAY_LEN(skip_query_keys)))
      return true;
  }
  return false;
}

/* Length of the run of digits ending at s[end - 1]. */
static size_t digits_before(const char *s, size_t end)
{
  size_t n = 0;
  while(end > 0 && is_digit(s[end - 1])) {
    end--;
    n++;
  }
  return n;
}

static size_t longest_digit_run(const char *s, size_t n)
{
  size_t best = 0, cur = 0, i;
  for(i = 0; i < n; i++) {
    cur = is_digit(s[i]) ? cur + 1 : 0;
    if(cur > best)
      best = cur;
  }
  return best;
}

/* An article's last segment (stem, lowercase)? */
static bool article_stem(const char *s, size_t n)
{
  static const char *const marks[] = {"-d", "-post", "-p", "-a", "-n",
                                      "-ar", "-news", "-i"};
  size_t d = digits_before(s, n), i;
  if(d >= 5 && n > d && s[n - d - 1] == '-')
    return true;
  if(d >= 3) {
    for(i = 0; i < PP_ARRAY_LEN(marks); i++) {
      size_t m = strlen(marks[i]);
      if(n >= d + m + 1 && !memcmp(s + n - d - m, marks[i], m) &&
         (d >= 4 || !strcmp(marks[i], "-post")))
        return true;
    }
  }
  return longest_digit_run(s, n) >= 6;
}

enum crawl_kind crawl_classify_path(const char *path, size_t path_len,
                                    const char *query, size_t query_len)
{
  char lp[1024];
  const char *seg[64];
  size_t seg_len[64], nseg = 0, i, start, last_len, stem_len, dashes;
  const char *last, *ext = NULL;
  size_t ext_len = 0;
  bool date_path = false;

  if(!path || !path_len || path_len >= sizeof(lp) || path[0] != '/')
    return path && path_len >= sizeof(lp) ? CRAWL_KIND_OTHER
                                           : CRAWL_KIND_SKIP;
  for(i = 0; i < path_len; i++)
    lp[i] = (char)lower((uint8_t)path[i]);
  lp[path_len] = '\0';
  if(query && query_len && query_is_action(query, query_len))
    return CRAWL_KIND_SKIP;
  /* segments, empty ones dropped */
  start = 1;
  for(i = 1; i <= path_len; i++) {
    if(i == path_len || lp[i] == '/') {
      if(i > start) {
        if(nseg == PP_ARRAY_LEN(seg))
          return CRAWL_KIND_OTHER;
        seg[nseg] = lp + start;
        seg_len[nseg++] = i - start;
      }
      start = i + 1;
    }
  }
  if(!nseg)
    return query && query_len ? CRAWL_KIND_OTHER : CRAWL_KIND_HOME;
  last = seg[nseg - 1];
  last_len = seg_len[nseg - 1];
  for(i = last_len; i > 0; i--) {
    if(last[i - 1] == '.') {
      ext = last + i;
      ext_len = last_len - i;
      break;
    }
  }
  stem_len = ext ? last_len - ext_len - 1 : last_len;
  if(ext && in_list(ext, ext_len, skip_ext, PP_ARRAY_LEN(skip_ext)))
    return CRAWL_KIND_SKIP;
  if(ext && !in_list(ext, ext_len, page_ext, PP_ARRAY_LEN(page_ext)) &&
     ext_len <= 5 && longest_digit_run(ext, ext_len) == 0) {
    /* "foo.bar" with an unknown extension: most likely a file */
    return CRAWL_KIND_SKIP;
  }
  for(i = 0; i < nseg; i++) {
    size_t n = seg_len[i];
    if(i == nseg - 1)
      n = stem_len;
    if(in_list(seg[i], n, skip_segments, PP_ARRAY_LEN(skip_segments)))
      return CRAWL_KIND_SKIP;
  }
  if(nseg == 1 && (in_list(last, stem_len, (const char *const[]){
                             "index", "default", "home", "trang-chu",
                             "trangchu"}, 5)))
    return CRAWL_KIND_HOME;
  /* /YYYY/MM/ followed by something */
  for(i = 0; i + 2 < nseg; i++) {
    if(seg_len[i] == 4 && seg_len[i + 1] == 2 &&
       longest_digit_run(seg[i], 4) == 4 &&
       longest_digit_run(seg[i + 1], 2) == 2 &&
       (seg[i][0] == '1' || seg[i][0] == '2') &&
       (seg[i + 1][0] == '0' || (seg[i + 1][0] == '1' &&
                                 seg[i + 1][1] <= '2')))
      date_path = true;
  }
  if(date_path || article_stem(last, stem_len))
    return CRAWL_KIND_ARTICLE;
  for(i = 0, dashes = 0; i < stem_len; i++)
    dashes += last[i] == '-';
  if(dashes >= 4 && (nseg >= 2 || ext))
    return CRAWL_KIND_ARTICLE;
  if(nseg <= 2 && !(query && query_len)) {
    bool section = true;
    for(i = 0; i < nseg && section; i++) {
      size_t n = i == nseg - 1 ? stem_len : seg_len[i], k, dash = 0;
      if(!n || n > 40 || longest_digit_run(seg[i], n) >= 4)
        section = false;
      for(k = 0; k < n && section; k++) {
        int c = seg[i][k];
        if(c == '-')
          dash++;
        else if(!is_alpha(c) && !is_digit(c) && c != '_')
          section = false;
      }
      if(dash > 4)
        section = false;
    }
    if(section)
      return CRAWL_KIND_SECTION;
  }
  return CRAWL_KIND_OTHER;
}

/* Section key of a path: its first segment without extension, lowercase
 * ("" when the page is at the top: no section to tell). */
static void section_key(const char *path, size_t n, enum crawl_kind kind,
                        char *out, size_t cap)
{
  size_t i = 0, k = 0;
  bool more;
  out[0] = '\0';
  while(i < n && path[i] == '/')
    i++;
  while(i < n && path[i] != '/' && path[i] != '.' && k + 1 < cap)
    out[k++] = (char)lower((uint8_t)path[i++]);
  out[k] = '\0';
  while(i < n && path[i] != '/')
    i++;
  more = i < n && i + 1 < n;
  /* an article with one segment has no section of its own */
  if(kind == CRAWL_KIND_ARTICLE && !more)
    out[0] = '\0';
}

/* ---- link sets ---------------------------------------------------------- */

#define KEY_MAX 48

struct link {
  char *url;
  uint64_t hash;
  enum crawl_kind kind;
  char key[KEY_MAX];            /* section key ("" : none) */
};

struct crawl_links {
  struct link *v;
  size_t n, cap;
  char *origins[CRAWL_ORIGINS_MAX];
  size_t n_origins;
};

static uint64_t hash_str(const char *s)
{
  uint64_t h = 1469598103934665603ull;   /* FNV-1a */
  while(*s) {
    h ^= (uint8_t)*s++;
    h *= 1099511628211ull;
  }
  return h;
}

struct crawl_links *crawl_links_new(void)
{
  return pp_calloc(1, sizeof(struct crawl_links));
}

void crawl_links_free(struct crawl_links *l)
{
  size_t i;
  if(!l)
    return;
  for(i = 0; i < l->n; i++)
    pp_free(l->v[i].url);
  for(i = 0; i < l->n_origins; i++)
    pp_free(l->origins[i]);
  pp_free(l->v);
  pp_free(l);
}

size_t crawl_links_count(const struct crawl_links *l)
{
  return l ? l->n : 0;
}

/* Is the URL's origin one of the set's, or may it become one? */
static int origin_ok(struct crawl_links *l, const char *url, size_t olen)
{
  size_t i;
  for(i = 0; i < l->n_origins; i++) {
    if(strlen(l->origins[i]) == olen && !memcmp(l->origins[i], url, olen))
      return 1;
  }
  if(l->n_origins == CRAWL_ORIGINS_MAX)
    return 0;
  l->origins[l->n_origins] = pp_strndup(url, olen);
  if(!l->origins[l->n_origins])
    return -1;
  l->n_origins++;
  return 1;
}

/* Add a normalized URL (already on the site) with its kind. */
static int links_put(struct crawl_links *l, const char *url,
                     enum crawl_kind kind)
{
  struct crawl_url_parts p;
  uint64_t h = hash_str(url);
  struct link *e;
  size_t i;
  int rc;

  if(l->n >= CRAWL_CANDIDATES_MAX || crawl_url_split(url, &p))
    return PP_OK;
  for(i = 0; i < l->n; i++) {
    if(l->v[i].hash == h && !strcmp(l->v[i].url, url))
      return PP_OK;
  }
  rc = origin_ok(l, url, p.origin_len);
  if(rc <= 0)
    return rc < 0 ? PP_ENOMEM : PP_OK;
  if(l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 32;
    struct link *nv = pp_realloc(l->v, cap * sizeof(*nv));
    if(!nv)
      return PP_ENOMEM;
    l->v = nv;
    l->cap = cap;
  }
  e = &l->v[l->n];
  e->url = pp_strdup(url);
  if(!e->url)
    return PP_ENOMEM;
  e->hash = h;
  e->kind = kind;
  section_key(p.path, p.path_len, kind, e->key, sizeof(e->key));
  l->n++;
  return PP_OK;
}

/* Resolve, check the site, classify, add. */
static int links_add_ref(struct crawl_links *l, const char *base,
                         const char *site, const char *ref, size_t len,
                         enum crawl_kind force)
{
  char url[CRAWL_URL_MAX + 1], hsite[CRAWL_SITE_MAX];
  struct crawl_url_parts p;
  enum crawl_kind kind;

  if(crawl_url_resolve(base, ref, len, url, sizeof(url)) ||
     crawl_url_split(url, &p) ||
     crawl_host_site(p.host, p.host_len, hsite) || strcmp(hsite, site))
    return PP_OK;
  kind = crawl_classify_path(p.path, p.path_len, p.query, p.query_len);
  if(kind == CRAWL_KIND_SKIP || kind == CRAWL_KIND_HOME)
    return PP_OK;
  if(force != CRAWL_KIND_SKIP)
    kind = force;
  return links_put(l, url, kind);
}

int crawl_links_add_url(struct crawl_links *l, const char *url,
                        const char *site, enum crawl_kind kind)
{
  if(!l || !url || !site)
    return PP_EINVAL;
  return links_add_ref(l, NULL, site, url, strlen(url), kind);
}

/* The next node of a document in document order (no recursion). */
static xmlNode *next_node(xmlNode *n)
{
  if(n->type == XML_ELEMENT_NODE && n->children)
    return n->children;
  while(n) {
    if(n->next)
      return n->next;
    n = n->parent;
    if(n && n->type != XML_ELEMENT_NODE)
      return NULL;                /* back at the document */
  }
  return NULL;
}

#define HTML_OPTS (HTML_PARSE_RECOVER | HTML_PARSE_NONET | \
                   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                   HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT)

/* Parse UTF-8 HTML (capped); NULL when libxml2 gives nothing. */
static htmlDocPtr parse_html(const uint8_t *html, size_t len,
                             const char *url)
{
  if(!html || !len)
    return NULL;
  if(len > CRAWL_HTML_MAX)
    len = CRAWL_HTML_MAX;
  return htmlReadMemory((const char *)html, (int)len, url, "UTF-8",
                        HTML_OPTS);
}

static bool is_elem(const xmlNode *n, const char *name)
{
  return n->type == XML_ELEMENT_NODE && n->name &&
         !strcasecmp((const char *)n->name, name);
}

int crawl_links_add_html(struct crawl_links *l, const char *page_url,
                         const char *site, const uint8_t *html, size_t len)
{
  char base[CRAWL_URL_MAX + 1];
  htmlDocPtr doc;
  xmlNode *n, *root;
  size_t seen = 0;
  int rc = PP_OK;

  if(!l || !page_url || !site)
    return PP_EINVAL;
  doc = parse_html(html, len, page_url);
  if(!doc)
    return PP_OK;
  root = xmlDocGetRootElement(doc);
  snprintf(base, sizeof(base), "%s", page_url);
  /* <base href>: the first one counts (HTML Standard 4.2.3) */
  for(n = root; n; n = next_node(n)) {
    if(is_elem(n, "base")) {
      xmlChar *h = xmlGetProp(n, (const xmlChar *)"href");
      if(h) {
        char b[CRAWL_URL_MAX + 1];
        if(!crawl_url_resolve(page_url, (const char *)h,
                              strlen((const char *)h), b, sizeof(b)))
          memcpy(base, b, strlen(b) + 1);
        xmlFree(h);
        break;
      }
    }
  }
  for(n = root; n && !rc && seen < CRAWL_LINKS_MAX; n = next_node(n)) {
    xmlChar *h;
    if(!is_elem(n, "a"))
      continue;
    h = xmlGetProp(n, (const xmlChar *)"href");
    if(!h)
      continue;
    seen++;
    rc = links_add_ref(l, base, site, (const char *)h,
                       strlen((const char *)h), CRAWL_KIND_SKIP);
    xmlFree(h);
  }
  xmlFreeDoc(doc);
  return rc;
}

static bool chosen_has(const struct crawl_choice *out, size_t k,
                       const char *url)
{
  size_t i;
  for(i = 0; i < k; i++) {
    if(!strcmp(out[i].url, url))
      return true;
  }
  return false;
}

static void choose_one(const struct link *e, struct crawl_choice *out,
                       size_t *k)
{
  snprintf(out[*k].url, sizeof(out[*k].url), "%s", e->url);
  out[*k].kind = e->kind;
  (*k)++;
}

size_t crawl_links_choose(const struct crawl_links *l, size_t n,
                          const char *exclude, struct crawl_choice *out)
{
  size_t k = 0, i, j, quota, round;
  bool more;

  if(!l || !n || !out)
    return 0;
  quota = (n + 1) / 2;
  /* 1. sections, distinct keys */
  for(i = 0; i < l->n && k < quota; i++) {
    const struct link *e = &l->v[i];
    bool dup = false;
    if(e->kind != CRAWL_KIND_SECTION || (exclude && !strcmp(e->url,
                                                            exclude)))
      continue;
    for(j = 0; j < i && !dup; j++) {
      dup = l->v[j].kind == CRAWL_KIND_SECTION &&
            !strcmp(l->v[j].key, e->key) && chosen_has(out, k, l->v[j].url);
    }
    if(!dup)
      choose_one(e, out, &k);
  }
  /* 2. articles, round-robin over sections: in round r, the r-th
   * article of every section, in page order; an article without a
   * section is a section of its own */
  for(round = 0, more = true; more && k < n; round++) {
    more = false;
    for(i = 0; i < l->n && k < n; i++) {
      const struct link *e = &l->v[i];
      size_t rank = 0;
      if(e->kind != CRAWL_KIND_ARTICLE)
        continue;
      for(j = 0; e->key[0] && j < i; j++)
        rank += l->v[j].kind == CRAWL_KIND_ARTICLE &&
                !strcmp(l->v[j].key, e->key);
      if(rank > round)
        more = true;
      if(rank != round || (exclude && !strcmp(e->url, exclude)) ||
         chosen_has(out, k, e->url))
        continue;
      choose_one(e, out, &k);
    }
  }
  /* 3. more sections, then other pages */
  for(i = 0; i < l->n && k < n; i++) {
    const struct link *e = &l->v[i];
    if(e->kind == CRAWL_KIND_SECTION && !chosen_has(out, k, e->url) &&
       !(exclude && !strcmp(e->url, exclude)))
      choose_one(e, out, &k);
  }
  for(i = 0; i < l->n && k < n; i++) {
    const struct link *e = &l->v[i];
    if(e->kind == CRAWL_KIND_OTHER && !chosen_has(out, k, e->url) &&
       !(exclude && !strcmp(e->url, exclude)))
      choose_one(e, out, &k);
  }
  return k;
}

/* ---- titles ------------------------------------------------------------- */

/* Length of s[0..n) without a UTF-8 sequence cut at its end. */
static size_t utf8_whole(const char *s, size_t n)
{
  size_t start = n, need;
  uint8_t lead;
  while(start > 0 && n - start < 4 &&
        ((uint8_t)s[start - 1] & 0xc0) == 0x80)
    start--;
  if(start == 0)
    return n;
  lead = (uint8_t)s[start - 1];
  if(lead < 0x80)
    return n;
  need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return n - (start - 1) < need ? start - 1 : n;
}

void crawl_html_title(const uint8_t *html, size_t len, char *out,
                      size_t cap)
{
  htmlDocPtr doc;
  xmlNode *n;
  if(!cap)
    return;
  out[0] = '\0';
  doc = parse_html(html, len, NULL);
  if(!doc)
    return;
  for(n = xmlDocGetRootElement(doc); n; n = next_node(n)) {
    if(is_elem(n, "title")) {
      xmlChar *t = xmlNodeGetContent(n);
      size_t k = 0;
      bool blank = true;
      const xmlChar *p;
      for(p = t; p && *p && k + 1 < cap; p++) {
        if(*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') {
          if(!blank)
            out[k++] = ' ';
          blank = true;
          continue;
        }
        out[k++] = (char)*p;
        blank = false;
      }
      k = utf8_whole(out, k);
      while(k && out[k - 1] == ' ')
        k--;
      out[k] = '\0';
      xmlFree(t);
      break;
    }
  }
  xmlFreeDoc(doc);
}

/* ---- sitemaps ----------------------------------------------------------- */

static void xml_quiet(void *arg, const char *msg, xmlParserSeverities sev,
                      xmlTextReaderLocatorPtr loc)
{
  (void)arg;
  (void)msg;
  (void)sev;
  (void)loc;
}

int crawl_sitemap_parse(const uint8_t *xml, size_t len, bool *is_index,
                        int (*cb)(void *user, const char *loc),
                        void *user)
{
  xmlTextReaderPtr r;
  uint8_t *inflated = NULL;
  size_t nodes = 0, urls = 0;
  int root = 0, rc = PP_OK, ret;

  *is_index = false;
  if(!xml || !len)
    return PP_EMALFORMED;
  {
    struct pp_rd rd;
    rd_init(&rd, xml, len);
    if(rd_peek(&rd, 0) == 0x1f && rd_peek(&rd, 1) == 0x8b) {
      size_t ilen = 0;
      int drc = httpmsg_decode(HTTPMSG_GZIP, xml, len, CRAWL_SITEMAP_MAX,
                               &inflated, &ilen);
      if(drc == PP_ENOMEM)
        return PP_ENOMEM;
      if(!inflated)
        return PP_EMALFORMED;
      xml = inflated;
      len = ilen;
    }
  }
  if(len > CRAWL_SITEMAP_MAX)
    len = CRAWL_SITEMAP_MAX;
  /* no XML_PARSE_NOENT (no entity substitution), no DTD loading, no
   * network */
  r = xmlReaderForMemory((const char *)xml, (int)len, NULL, NULL,
                         XML_PARSE_NONET | XML_PARSE_NOERROR |
                         XML_PARSE_NOWARNING);
  if(!r) {
    pp_free(inflated);
    return PP_ENOMEM;
  }
  xmlTextReaderSetErrorHandler(r, xml_quiet, NULL);
  while(!rc && (ret = xmlTextReaderRead(r)) == 1) {
    const xmlChar *name;
    int depth;
    if(++nodes > CRAWL_SITEMAP_NODES_MAX)
      break;
    if(xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
      continue;
    depth = xmlTextReaderDepth(r);
    name = xmlTextReaderConstLocalName(r);
    if(!name)
      continue;
    if(depth == 0) {
      if(!strcmp((const char *)name, "urlset"))
        root = 1;
      else if(!strcmp((const char *)name, "sitemapindex")) {
        root = 2;
        *is_index = true;
      }
      else
        break;
    }
    else if(depth == 2 && root && !strcmp((const char *)name, "loc")) {
      xmlChar *t = xmlTextReaderReadString(r);
      if(t) {
        const char *s = (const char *)t;
        size_t n;
        while(*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
          s++;
        n = strlen(s);
        while(n && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
                    s[n - 1] == '\r' || s[n - 1] == '\n'))
          n--;
        if(n && n <= CRAWL_URL_MAX) {
          char *copy = pp_strndup(s, n);
          if(!copy)
            rc = PP_ENOMEM;
          else {
            rc = cb(user, copy);
            pp_free(copy);
          }
        }
        xmlFree(t);
      }
      if(++urls >= CRAWL_SITEMAP_URLS_MAX)
        break;
    }
  }
  xmlFreeTextReader(r);
  pp_free(inflated);
  if(rc)
    return rc;
  return root ? PP_OK : PP_EMALFORMED;
}

/* ---- skip lists and candidates ----------------------------------------- */

struct crawl_skip {
  char **slots;                 /* open addressing, NULL = empty */
  size_t cap, n;                /* names held */
  char **cats;                  /* categories */
  size_t n_cats;
};

static int set_put(struct crawl_skip *sk, const char *name)
{
  uint64_t h;
  size_t i;
  if(sk->n * 2 >= sk->cap) {
    size_t cap = sk->cap ? sk->cap * 2 : 256, k;
    char **ns = pp_calloc(cap, sizeof(*ns));
    if(!ns)
      return PP_ENOMEM;
    for(k = 0; k < sk->cap; k++) {
      if(!sk->slots[k])
        continue;
      for(i = hash_str(sk->slots[k]) & (cap - 1); ns[i]; i = (i + 1) &
          (cap - 1))
        ;
      ns[i] = sk->slots[k];
    }
    pp_free(sk->slots);
    sk->slots = ns;
    sk->cap = cap;
  }
  h = hash_str(name);
  for(i = h & (sk->cap - 1); sk->slots[i]; i = (i + 1) & (sk->cap - 1)) {
    if(!strcmp(sk->slots[i], name))
      return PP_OK;
  }
  sk->slots[i] = pp_strdup(name);
  if(!sk->slots[i])
    return PP_ENOMEM;
  sk->n++;
  return PP_OK;
}

static bool set_has(const struct crawl_skip *sk, const char *name)
{
  size_t i;
  if(!sk || !sk->cap)
    return false;
  for(i = hash_str(name) & (sk->cap - 1); sk->slots[i];
      i = (i + 1) & (sk->cap - 1)) {
    if(!strcmp(sk->slots[i], name))
      return true;
  }
  return false;
}

void crawl_skip_free(struct crawl_skip *sk)
{
  size_t i;
  if(!sk)
    return;
  for(i = 0; i < sk->cap; i++)
    pp_free(sk->slots[i]);
  for(i = 0; i < sk->n_cats; i++)
    pp_free(sk->cats[i]);
  pp_free(sk->slots);
  pp_free(sk->cats);
  pp_free(sk);
}

size_t crawl_skip_hosts(const struct crawl_skip *sk)
{
  return sk ? sk->n : 0;
}

static int skip_ensure(struct crawl_skip **sk)
{
  if(!*sk)
    *sk = pp_calloc(1, sizeof(**sk));
  return *sk ? PP_OK : PP_ENOMEM;
}

int crawl_skip_add_category(struct crawl_skip **sk, const char *category)
{
  char **nc, *c;
  if(!sk || !category || !*category)
    return PP_EINVAL;
  if(skip_ensure(sk))
    return PP_ENOMEM;
  c = pp_strdup(category);
  if(!c)
    return PP_ENOMEM;
  nc = pp_realloc((*sk)->cats, ((*sk)->n_cats + 1) * sizeof(*nc));
  if(!nc) {
    pp_free(c);
    return PP_ENOMEM;
  }
  nc[(*sk)->n_cats++] = c;
  (*sk)->cats = nc;
  return PP_OK;
}

/* One entry of a skip-hosts line (untrusted text, NUL-free, trimmed):
 * names go to names[] via put; other kinds are ignored.  PP_OK or
 * PP_EMALFORMED with why. */
static int skip_entry(const char *e, size_t n, struct crawl_skip *tmp,
                      const char **why)
{
  char name[PP_NAME_BUF], site[PP_NAME_BUF];
  size_t i;
  int rc;

  if(!n)
    return PP_OK;
  if((n >= 4 && !strncasecmp(e, "tcp:", 4)) ||
     (n >= 4 && !strncasecmp(e, "udp:", 4)) ||
     (n >= 3 && !strncasecmp(e, "ip:", 3)))
    return PP_OK;
  if(n < 6 || strncasecmp(e, "host:", 5)) {
    *why = "expected host:\"NAME\" (or tcp:, udp:, ip: entries)";
    return PP_EMALFORMED;
  }
  e += 5;
  n -= 5;
  if(n >= 2 && e[0] == '"' && e[n - 1] == '"') {
    e++;
    n -= 2;
  }
  for(i = 0; i < n; i++) {
    if(e[i] == '"') {
      *why = "stray quote in a host name";
      return PP_EMALFORMED;
    }
  }
  if(pp_name_normalize(e, n, 0, name) != PP_NAME_OK) {
    *why = "not a full host name (nDPI's partial names are not "
           "supported)";
    return PP_EMALFORMED;
  }
  rc = set_put(tmp, name);
  if(!rc)
    rc = set_put(tmp, pp_name_site(name, site));
  return rc;
}

int crawl_skip_load(struct crawl_skip **sk, const char *path, char *errbuf)
{
  char dummy[PP_ERRBUF_SIZE];
  struct crawl_skip *tmp = NULL;
  char *line = NULL;
  FILE *f;
  unsigned lineno = 0;
  int rc = PP_OK;
  size_t i;

  if(!errbuf)
    errbuf = dummy;
  errbuf[0] = '\0';
  if(!sk || !path)
    return PP_EINVAL;
  f = fopen(path, "r");
  if(!f) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, strerror(errno));
    return errno == ENOENT ? PP_ENOENT : PP_EIO;
  }
  tmp = pp_calloc(1, sizeof(*tmp));
  line = pp_malloc(CRAWL_SKIP_LINE_MAX + 2);
  if(!tmp || !line) {
    rc = PP_ENOMEM;
    goto out;
  }
  while(!rc && fgets(line, CRAWL_SKIP_LINE_MAX + 2, f)) {
    size_t n = strlen(line), start, end;
    const char *why = NULL;
    char *at;
    lineno++;
    if(n > CRAWL_SKIP_LINE_MAX) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "%s:%u: line longer than %d bytes",
               path, lineno, CRAWL_SKIP_LINE_MAX);
      rc = PP_EMALFORMED;
      break;
    }
    if(n && line[n - 1] != '\n' && !feof(f)) {     /* a NUL cut it */
      snprintf(errbuf, PP_ERRBUF_SIZE, "%s:%u: NUL byte", path, lineno);
      rc = PP_EMALFORMED;
      break;
    }
    at = strchr(line, '#');
    if(at)
      *at = '\0';
    at = strrchr(line, '@');        /* "@Protocol" names the rule */
    if(at)
      *at = '\0';
    n = strlen(line);
    for(start = 0; start < n && !rc;) {
      end = start;
      while(end < n && line[end] != ',')
        end++;
      {
        size_t a = start, b = end;
        while(a < b && isspace((unsigned char)line[a]))
          a++;
        while(b > a && isspace((unsigned char)line[b - 1]))
          b--;
        rc = skip_entry(line + a, b - a, tmp, &why);
        if(rc == PP_EMALFORMED)
          snprintf(errbuf, PP_ERRBUF_SIZE, "%s:%u: %s", path, lineno, why);
      }
      start = end + 1;
    }
    if(!rc && tmp->n > CRAWL_SKIP_HOSTS_MAX * 2) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "%s:%u: more than %d names", path,
               lineno, CRAWL_SKIP_HOSTS_MAX);
      rc = PP_ELIMIT;
    }
  }
  if(!rc && ferror(f)) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: read error", path);
    rc = PP_EIO;
  }
  if(!rc)
    rc = skip_ensure(sk);
  for(i = 0; !rc && i < tmp->cap; i++) {
    if(tmp->slots[i])
      rc = set_put(*sk, tmp->slots[i]);
  }
  if(rc == PP_ENOMEM)
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: out of memory", path);
out:
  fclose(f);
  pp_free(line);
  crawl_skip_free(tmp);
  return rc;
}

enum crawl_skip_reason crawl_skip_check(const struct crawl_skip *sk,
                                        const struct store_row *row)
{
  const char *s;
  size_t i;
  if(row->via & PP_VIA_ECH_FRONT)
    return CRAWL_SKIP_ECH;
  if(!sk)
    return CRAWL_SKIP_NONE;
  /* the site and every parent domain of it */
  for(s = row->site; s && *s; s = strchr(s, '.') ? strchr(s, '.') + 1
                                                   : NULL) {
    if(set_has(sk, s))
      return CRAWL_SKIP_HOST;
  }
  for(i = 0; row->category && i < sk->n_cats; i++) {
    if(!strcasecmp(row->category, sk->cats[i]))
      return CRAWL_SKIP_CATEGORY;
  }
  return CRAWL_SKIP_NONE;
}

struct cand_ctx {
  const struct crawl_skip *sk;
  size_t max, given;
  int (*cb)(void *user, const char *site);
  void *user;
  uint64_t *skipped;
  int cb_rc;
};

#define CAND_STOP 1

static int cand_row(void *user, const struct store_row *row)
{
  struct cand_ctx *c = user;
  enum crawl_skip_reason why = crawl_skip_check(c->sk, row);
  if(why) {
    if(c->skipped)
      c->skipped[why]++;
    return 0;
  }
  c->cb_rc = c->cb(c->user, row->site);
  if(c->cb_rc)
    return CAND_STOP;
  if(c->max && ++c->given >= c->max)
    return CAND_STOP;
  return 0;
}

int crawl_candidates(struct pp_store *st, const struct crawl_skip *sk,
                     size_t max, int (*cb)(void *user, const char *site),
                     void *user, uint64_t skipped[4])
{
  struct store_query q;
  struct cand_ctx c;
  int rc;
  memset(&q, 0, sizeof(q));
  q.by_site = true;
  memset(&c, 0, sizeof(c));
  c.sk = sk;
  c.max = max;
  c.cb = cb;
  c.user = user;
  c.skipped = skipped;
  rc = store_query_names(st, &q, cand_row, &c);
  if(rc == CAND_STOP)
    return c.cb_rc;
  return rc;
}

/* ---- the crawl ---------------------------------------------------------- */

enum o_state { O_NEW = 0, O_FETCHING, O_DONE };

struct origin {
  char *origin;                 /* "https://host[:port]" */
  enum o_state state;
  struct robots *robots;
};

struct page {
  struct page *next;
  char *url;
  enum crawl_kind kind;
  size_t origin;
};

struct site {
  struct site *next;            /* active sites */
  struct crawl *c;
  char key[CRAWL_SITE_MAX];
  char *home;                   /* home page URL */
  char *home_final;             /* where its redirects ended */
  char *name;                   /* a bare name: may fall back to http */
  struct origin origins[CRAWL_ORIGINS_MAX];
  size_t n_origins;
  struct page *pend_head, *pend_tail;
  unsigned inflight;            /* fetch tasks running or queued */
  unsigned sm_pending;          /* sitemap pages not finished */
  unsigned sm_started;          /* sitemap pages asked for */
  int probe;                    /* next well-known sitemap path, -1 */
  bool home_done, chosen, dead;
  struct crawl_links *links;
};

/* The user pointer of each request. */
struct task {
  struct site *s;
  enum crawl_kind kind;
  size_t origin;
};

/* A site waiting to start. */
struct spec {
  struct spec *next;
  char *home;
  char *name;                   /* NULL for a URL */
  char key[CRAWL_SITE_MAX];
};

struct crawl {
  struct crawl_config cfg;
  struct pp_store *st;
  struct fetch *f;
  struct spec *spec_head, *spec_tail;
  struct crawl_skip seen;       /* home pages queued (a set) */
  struct site *sites;
  size_t n_active;
  bool stopping;
  int fatal;
  bool in_txn;
  unsigned txn_rows;
  struct timespec txn_start;
  struct crawl_stats stats;
  char errmsg[PP_ERRBUF_SIZE];
};

static const char *const probes[] = {
  "/sitemap-news.xml", "/sitemap_news.xml", "/news-sitemap.xml",
};

void crawl_config_defaults(struct crawl_config *c)
{
  memset(c, 0, sizeof(*c));
  c->pages_per_site = 10;
  c->sites_at_once = 64;
  c->site_inflight = 4;
  c->sitemaps = true;
  c->conditional = true;
  c->per_host_delay_ms = 1000;
}

int crawl_new(const struct crawl_config *cfg, struct pp_store *st,
              struct crawl **out)
{
  struct crawl *c;
  if(!out)
    return PP_EINVAL;
  *out = NULL;
  if(!cfg || cfg->pages_per_site > CRAWL_PAGES_MAX || !cfg->sites_at_once ||
     !cfg->site_inflight)
    return PP_EINVAL;
  c = pp_calloc(1, sizeof(*c));
  if(!c)
    return PP_ENOMEM;
  c->cfg = *cfg;
  c->st = st;
  *out = c;
  return PP_OK;
}

void crawl_set_fetch(struct crawl *c, struct fetch *f)
{
  c->f = f;
}

void crawl_set_run(struct crawl *c, int64_t run_id)
{
  c->cfg.run_id = run_id;
}

static void page_free(struct page *p)
{
  if(p) {
    pp_free(p->url);
    pp_free(p);
  }
}

static void site_free(struct site *s)
{
  size_t i;
  if(!s)
    return;
  while(s->pend_head) {
    struct page *p = s->pend_head;
    s->pend_head = p->next;
    page_free(p);
  }
  for(i = 0; i < s->n_origins; i++) {
    pp_free(s->origins[i].origin);
    robots_free(s->origins[i].robots);
  }
  crawl_links_free(s->links);
  pp_free(s->home);
  pp_free(s->home_final);
  pp_free(s->name);
  pp_free(s);
}

void crawl_free(struct crawl *c)
{
  size_t i;
  if(!c)
    return;
  while(c->spec_head) {
    struct spec *p = c->spec_head;
    c->spec_head = p->next;
    pp_free(p->home);
    pp_free(p->name);
    pp_free(p);
  }
  /* sites still active hold tasks of the engine: the engine must be
   * freed first (it reports nothing then) */
  while(c->sites) {
    struct site *s = c->sites;
    c->sites = s->next;
    site_free(s);
  }
  for(i = 0; i < c->seen.cap; i++)
    pp_free(c->seen.slots[i]);
  pp_free(c->seen.slots);
  if(c->in_txn)
    store_rollback(c->st);
  pp_free(c);
}

void crawl_get_stats(const struct crawl *c, struct crawl_stats *out)
{
  *out = c->stats;
}

const char *crawl_errmsg(const struct crawl *c)
{
  return c ? c->errmsg : "";
}

static void set_fatal(struct crawl *c, int code, const char *what,
                      const char *detail)
{
  if(c->fatal)
    return;
  c->fatal = code;
  snprintf(c->errmsg, sizeof(c->errmsg), "%s%s%s", what,
           detail ? ": " : "", detail ? detail : "");
}

int crawl_add_site(struct crawl *c, const char *spec, char *errbuf)
{
  char dummy[PP_ERRBUF_SIZE], url[CRAWL_URL_MAX + 1], name[PP_NAME_BUF];
  struct crawl_url_parts p;
  struct spec *sp;
  bool is_url;

  if(!errbuf)
    errbuf = dummy;
  errbuf[0] = '\0';
  if(!c || !spec)
    return PP_EINVAL;
  sp = pp_calloc(1, sizeof(*sp));
  if(!sp)
    return PP_ENOMEM;
  is_url = strstr(spec, "://") != NULL;
  if(is_url) {
    if(crawl_url_resolve(NULL, spec, strlen(spec), url, sizeof(url)) ||
       crawl_url_split(url, &p) ||
       crawl_host_site(p.host, p.host_len, sp->key)) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "'%.100s': not an http or https URL",
               spec);
      pp_free(sp);
      return PP_EINVAL;
    }
  }
  else {
    enum pp_name_result nr = pp_name_normalize(spec, strlen(spec), 0, name);
    if(nr != PP_NAME_OK) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "'%.100s': not a host name (%s); "
               "give an address or a local name as a URL", spec,
               pp_name_result_name(nr));
      pp_free(sp);
      return PP_EINVAL;
    }
    snprintf(url, sizeof(url), "https://%s/", name);
    pp_name_site(name, sp->key);
    sp->name = pp_strdup(name);
    if(!sp->name) {
      pp_free(sp);
      return PP_ENOMEM;
    }
  }
  if(set_has(&c->seen, url)) {
    pp_free(sp->name);
    pp_free(sp);
    return PP_OK;
  }
  sp->home = pp_strdup(url);
  if(!sp->home || set_put(&c->seen, url)) {
    pp_free(sp->home);
    pp_free(sp->name);
    pp_free(sp);
    return PP_ENOMEM;
  }
  if(c->spec_tail)
    c->spec_tail->next = sp;
  else
    c->spec_head = sp;
  c->spec_tail = sp;
  c->stats.sites_total++;
  return PP_OK;
}

/* ---- recording ---------------------------------------------------------- */

static bool txn_due(struct crawl *c)
{
  struct timespec now;
  if(!c->in_txn)
    return false;
  if(c->txn_rows >= 256)
    return true;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec - c->txn_start.tv_sec >= 2;
}

static void txn_commit(struct crawl *c)
{
  if(!c->in_txn)
    return;
  c->in_txn = false;
  c->txn_rows = 0;
  if(store_commit(c->st))
    set_fatal(c, PP_EIO, "store", store_errmsg(c->st));
}

static void put_row(struct crawl *c, const struct store_fetch *row,
                    enum fetch_outcome o, enum crawl_kind kind, bool last)
{
  c->stats.rows++;
  c->stats.outcomes[o]++;
  if(kind <= CRAWL_KIND_SITEMAP)
    c->stats.kinds[kind]++;
  if(o == FETCH_ROBOTS)
    c->stats.robots_disallowed++;
  else if(o != FETCH_OK && o != FETCH_NOT_MODIFIED && o != FETCH_REDIRECT)
    c->stats.errors++;
  if(last && (o == FETCH_OK || o == FETCH_NOT_MODIFIED) &&
     kind != CRAWL_KIND_ROBOTS && kind != CRAWL_KIND_SITEMAP)
    c->stats.pages_ok++;
  if(!c->st || c->fatal)
    return;
  if(!c->in_txn) {
    if(store_begin(c->st)) {
      c->stats.store_errors++;
      set_fatal(c, PP_EIO, "store", store_errmsg(c->st));
      return;
    }
    c->in_txn = true;
    clock_gettime(CLOCK_MONOTONIC, &c->txn_start);
  }
  if(store_fetch_put(c->st, row, NULL)) {
    c->stats.store_errors++;
    set_fatal(c, PP_EIO, "store", store_errmsg(c->st));
    return;
  }
  c->txn_rows++;
}

static pp_usec_t now_usec(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (pp_usec_t)ts.tv_sec * 1000000u + (pp_usec_t)ts.tv_nsec / 1000u;
}

/* A page decided against without fetching (robots.txt). */
static void record_skip(struct crawl *c, struct site *s, const char *url,
                        enum crawl_kind kind, enum fetch_outcome o,
                        const char *why)
{
  struct store_fetch row;
  memset(&row, 0, sizeof(row));
  row.run_id = c->cfg.run_id;
  row.site = s->key;
  row.url = url;
  row.final_url = url;
  row.kind = crawl_kind_name(kind);
  row.fetched_at = now_usec();
  row.outcome = fetch_outcome_name(o);
  row.error = why;
  put_row(c, &row, o, kind, true);
}

static void record_result(struct crawl *c, struct site *s,
                          enum crawl_kind kind, const struct fetch_result *r)
{
  unsigned i, n = r->n_hops ? r->n_hops : 1;
  for(i = 0; i < n; i++) {
    const struct fetch_exchange *x = r->n_hops ? &r->hops[i] : r->last;
    struct store_fetch row;
    fetch_result_row(r, i, &row);
    row.run_id = c->cfg.run_id;
    row.site = s->key;
    row.kind = crawl_kind_name(kind);
    c->stats.bytes += x->bytes;
    put_row(c, &row, x->outcome, kind, i + 1 == n);
  }
}

/* ---- per site ----------------------------------------------------------- */

/* Index of url's origin in s (added when new), or -1 when s has
 * CRAWL_ORIGINS_MAX already or memory ran out. */
static long site_origin(struct site *s, const char *url)
{
  struct crawl_url_parts p;
  size_t i;
  if(crawl_url_split(url, &p))
    return -1;
  for(i = 0; i < s->n_origins; i++) {
    if(strlen(s->origins[i].origin) == p.origin_len &&
       !memcmp(s->origins[i].origin, url, p.origin_len))
      return (long)i;
  }
  if(s->n_origins == CRAWL_ORIGINS_MAX)
    return -1;
  s->origins[s->n_origins].origin = pp_strndup(url, p.origin_len);
  if(!s->origins[s->n_origins].origin)
    return -1;
  s->origins[s->n_origins].state = O_NEW;
  return (long)s->n_origins++;
}

static int site_fetch(struct site *s, const char *url, enum crawl_kind kind,
                      size_t origin)
{
  struct crawl *c = s->c;
  struct fetch_request req;
  struct store_fetch_prev prev;
  struct task *t = pp_malloc(sizeof(*t));
  int rc;

  if(!t)
    return PP_ENOMEM;
  t->s = s;
  t->kind = kind;
  t->origin = origin;
  memset(&req, 0, sizeof(req));
  req.url = url;
  req.user = t;
  if(s->origins[origin].robots)
    req.delay_ms = robots_crawl_delay_ms(s->origins[origin].robots);
  if(c->cfg.conditional && c->st &&
     (kind == CRAWL_KIND_SECTION || kind == CRAWL_KIND_ARTICLE ||
      kind == CRAWL_KIND_OTHER) &&
     store_fetch_last(c->st, url, &prev) == PP_OK) {
    if(prev.etag[0])
      req.if_none_match = prev.etag;
    if(prev.last_modified[0])
      req.if_modified_since = prev.last_modified;
  }
  if(kind == CRAWL_KIND_SITEMAP)
    req.flags |= FETCH_F_NO_TEXT;
  rc = fetch_add(c->f, &req);
  if(rc) {
    pp_free(t);
    return rc;
  }
  s->inflight++;
  return PP_OK;
}

static void origin_robots(struct site *s, size_t oi)
{
  char url[CRAWL_URL_MAX + 1];
  struct origin *o = &s->origins[oi];
  o->state = O_FETCHING;
  snprintf(url, sizeof(url), "%s/robots.txt", o->origin);
  if(site_fetch(s, url, CRAWL_KIND_ROBOTS, oi))
    set_fatal(s->c, PP_ENOMEM, "out of memory", NULL);
}

/* A page that will not be fetched: keep the site's bookkeeping. */
static void page_dropped(struct site *s, enum crawl_kind kind)
{
  if(kind == CRAWL_KIND_SITEMAP) {
    if(s->sm_pending)
      s->sm_pending--;
    s->probe = -1;                /* a probe not made ends the probing */
  }
  if(kind == CRAWL_KIND_HOME)
    s->home_done = true;
}

/* Queue a page of the site (its origin's robots.txt first). */
static void site_queue(struct site *s, const char *url, enum crawl_kind kind)
{
  struct page *p;
  long oi = site_origin(s, url);
  if(oi < 0) {
    page_dropped(s, kind);
    return;
  }
  p = pp_calloc(1, sizeof(*p));
  if(!p || !(p->url = pp_strdup(url))) {
    pp_free(p);
    set_fatal(s->c, PP_ENOMEM, "out of memory", NULL);
    return;
  }
  p->kind = kind;
  p->origin = (size_t)oi;
  if(s->pend_tail)
    s->pend_tail->next = p;
  else
    s->pend_head = p;
  s->pend_tail = p;
}

static void site_pump(struct site *s)
{
  struct crawl *c = s->c;
  struct page **pp = &s->pend_head, *prev = NULL;
  while(*pp && !c->fatal) {
    struct page *p = *pp;
    struct origin *o = &s->origins[p->origin];
    struct crawl_url_parts parts;
    if(!c->stopping && (o->state != O_DONE ||
                        s->inflight >= c->cfg.site_inflight)) {
      if(o->state == O_NEW)
        origin_robots(s, p->origin);
      prev = p;
      pp = &p->next;
      continue;
    }
    *pp = p->next;                /* unlink */
    if(s->pend_tail == p)
      s->pend_tail = prev;
    if(c->stopping || crawl_url_split(p->url, &parts))
      page_dropped(s, p->kind);
    else {
      char path[CRAWL_URL_MAX + 2];
      snprintf(path, sizeof(path), "%.*s%s%.*s", (int)parts.path_len,
               parts.path, parts.query ? "?" : "",
               (int)parts.query_len, parts.query ? parts.query : "");
      if(!robots_allowed(o->robots, path)) {
        struct robots_stats rs;
        robots_get_stats(o->robots, &rs);
        record_skip(c, s, p->url, p->kind, FETCH_ROBOTS, rs.disallow_all
                    ? "robots.txt unreachable: all disallowed (RFC 9309)"
                    : "robots.txt disallows it");
        page_dropped(s, p->kind);
      }
      else if(site_fetch(s, p->url, p->kind, p->origin)) {
        set_fatal(c, PP_ENOMEM, "out of memory", NULL);
        page_dropped(s, p->kind);
      }
    }
    page_free(p);
  }
}

/* Pages from the home page's links and the sitemaps, once both are in. */
static void site_choose(struct site *s)
{
  struct crawl *c = s->c;
  struct crawl_choice *ch;
  size_t n, i, want = c->cfg.pages_per_site;

  if(s->chosen || !s->home_done || s->sm_pending || s->probe >= 0)
    return;
  s->chosen = true;
  n = PP_MIN(want, crawl_links_count(s->links));
  if(n && !c->stopping) {
    ch = pp_malloc(n * sizeof(*ch));
    if(!ch) {
      set_fatal(c, PP_ENOMEM, "out of memory", NULL);
      return;
    }
    n = crawl_links_choose(s->links, n, s->home_final ? s->home_final
                                                      : s->home, ch);
    for(i = 0; i < n; i++)
      site_queue(s, ch[i].url, ch[i].kind);
    pp_free(ch);
  }
  crawl_links_free(s->links);
  s->links = NULL;
}

static bool connection_failed(enum fetch_outcome o)
{
  return o == FETCH_CONNECT_FAILED || o == FETCH_TLS_ERROR;
}

static void on_robots(struct site *s, size_t oi, const struct fetch_result *r)
{
  struct crawl *c = s->c;
  struct origin *o = &s->origins[oi];
  const struct fetch_exchange *x = r->last;
  int status = 0;
  int rc;

  if(oi == 0 && s->name && connection_failed(x->outcome) &&
     !strncmp(o->origin, "https://", 8)) {
    /* a bare name whose https does not connect: its http */
    char url[CRAWL_URL_MAX + 1], *home, *org;
    snprintf(url, sizeof(url), "http://%s/", s->name);
    home = pp_strdup(url);
    url[strlen(url) - 1] = '\0';
    org = pp_strdup(url);
    if(!home || !org) {
      pp_free(home);
      pp_free(org);
      set_fatal(c, PP_ENOMEM, "out of memory", NULL);
      return;
    }
    pp_free(s->home);
    s->home = home;
    pp_free(o->origin);
    o->origin = org;
    pp_free(s->name);
    s->name = NULL;
    origin_robots(s, 0);
    return;
  }
  switch(x->outcome) {
  case FETCH_OK:
  case FETCH_DECODE_LIMIT:
  case FETCH_HTTP_ERROR:
  case FETCH_TOO_MANY_REDIRECTS:
  case FETCH_BAD_REDIRECT:
    status = x->status;
    break;
  default:
    status = 0;                   /* no usable answer: unreachable */
    break;
  }
  robots_free(o->robots);
  o->robots = NULL;
  rc = robots_for_status(status, r->entity, r->entity_len,
                         CRAWL_AGENT_TOKEN, &o->robots);
  if(rc) {
    set_fatal(c, PP_ENOMEM, "out of memory", NULL);
    return;
  }
  o->state = O_DONE;
  if(oi != 0)
    return;
  if(!status) {
    /* the site itself did not answer: nothing more to ask it */
    s->dead = true;
    s->home_done = true;
    s->probe = -1;
    s->chosen = true;
    c->stats.sites_unreachable++;
    if(x->outcome == FETCH_REFUSED_PRIVATE)
      c->stats.sites_refused++;
    return;
  }
  site_queue(s, s->home, CRAWL_KIND_HOME);
  if(c->cfg.sitemaps) {
    const char *const *maps;
    size_t n = robots_sitemaps(o->robots, &maps), i;
    for(i = 0; i < n && s->sm_started < CRAWL_SITEMAPS_MAX; i++) {
      char url[CRAWL_URL_MAX + 1], site[CRAWL_SITE_MAX], low[CRAWL_URL_MAX];
      struct crawl_url_parts p;
      size_t k;
      if(crawl_url_resolve(s->home, maps[i], strlen(maps[i]), url,
                           sizeof(url)) ||
         crawl_url_split(url, &p) ||
         crawl_host_site(p.host, p.host_len, site) || strcmp(site, s->key))
        continue;
      for(k = 0; url[k] && k + 1 < sizeof(low); k++)
        low[k] = (char)lower((uint8_t)url[k]);
      low[k] = '\0';
      if(!strstr(low + p.origin_len, "news"))
        continue;
      s->sm_started++;
      s->sm_pending++;
      site_queue(s, url, CRAWL_KIND_SITEMAP);
    }
    if(!s->sm_started)
      s->probe = 0;
  }
  else
    s->probe = -1;
  if(s->probe == 0) {
    char url[CRAWL_URL_MAX + 1];
    snprintf(url, sizeof(url), "%s%s", o->origin, probes[0]);
    s->sm_pending++;
    site_queue(s, url, CRAWL_KIND_SITEMAP);
  }
}

struct sm_ctx {
  struct site *s;
  bool index;                   /* set by the parser at the root, before
                                   any <loc> */
  char child[CRAWL_URL_MAX + 1];
  bool child_news;
};

static int sm_loc(void *user, const char *loc)
{
  struct sm_ctx *x = user;
  struct site *s = x->s;
  if(x->index) {
    /* an index: one child, a news one when there is one */
    bool news = strstr(loc, "news") || strstr(loc, "NEWS");
    if(!x->child[0] || (news && !x->child_news)) {
      snprintf(x->child, sizeof(x->child), "%s", loc);
      x->child_news = news;
    }
    return 0;
  }
  if(!s->links && !(s->links = crawl_links_new()))
    return PP_ENOMEM;
  return crawl_links_add_url(s->links, loc, s->key, CRAWL_KIND_ARTICLE);
}

static void on_sitemap(struct site *s, const struct fetch_result *r)
{
  struct crawl *c = s->c;
  struct sm_ctx x;
  bool usable = false;
  int rc;

  if(s->sm_pending)
    s->sm_pending--;
  memset(&x, 0, sizeof(x));
  x.s = s;
  if(r->entity && (r->last->outcome == FETCH_OK ||
                   r->last->outcome == FETCH_DECODE_LIMIT)) {
    rc = crawl_sitemap_parse(r->entity, r->entity_len, &x.index, sm_loc,
                             &x);
    if(rc == PP_ENOMEM) {
      set_fatal(c, PP_ENOMEM, "out of memory", NULL);
      return;
    }
    usable = rc == PP_OK;
  }
  if(usable && x.index && x.child[0] && !c->stopping &&
     s->sm_started < CRAWL_SITEMAPS_MAX) {
    char url[CRAWL_URL_MAX + 1], site[CRAWL_SITE_MAX];
    struct crawl_url_parts p;
    if(!crawl_url_resolve(r->final_url, x.child, strlen(x.child), url,
                          sizeof(url)) &&
       !crawl_url_split(url, &p) &&
       !crawl_host_site(p.host, p.host_len, site) &&
       !strcmp(site, s->key)) {
      s->sm_started++;
      s->sm_pending++;
      site_queue(s, url, CRAWL_KIND_SITEMAP);
    }
  }
  if(usable)
    s->probe = -1;                /* found one: stop probing */
  else if(s->probe >= 0 && r->last->outcome != FETCH_OK &&
          r->last->outcome != FETCH_HTTP_ERROR &&
          r->last->outcome != FETCH_DECODE_LIMIT)
    s->probe = -1;                /* a server in trouble: ask no more */
  else if(s->probe >= 0) {
    s->probe++;
    if((size_t)s->probe < PP_ARRAY_LEN(probes) && !c->stopping) {
      char url[CRAWL_URL_MAX + 1];
      snprintf(url, sizeof(url), "%s%s", s->origins[0].origin,
               probes[s->probe]);
      s->sm_pending++;
      site_queue(s, url, CRAWL_KIND_SITEMAP);
    }
    else
      s->probe = -1;
  }
}

static void on_home(struct site *s, const struct fetch_result *r)
{
  struct crawl *c = s->c;
  s->home_done = true;
  pp_free(s->home_final);
  s->home_final = pp_strdup(r->final_url);
  if(r->last->outcome == FETCH_OK)
    c->stats.sites_ok++;
  if(r->text && (r->last->outcome == FETCH_OK ||
                 r->last->outcome == FETCH_DECODE_LIMIT)) {
    if(!s->links && !(s->links = crawl_links_new())) {
      set_fatal(c, PP_ENOMEM, "out of memory", NULL);
      return;
    }
    if(crawl_links_add_html(s->links, r->final_url, s->key, r->text,
                            r->text_len) == PP_ENOMEM)
      set_fatal(c, PP_ENOMEM, "out of memory", NULL);
  }
}

/* Finished sites leave; their place goes to the next spec. */
static void site_reap(struct crawl *c)
{
  struct site **pp = &c->sites;
  while(*pp) {
    struct site *s = *pp;
    if(!s->inflight && !s->pend_head &&
       (s->dead || s->chosen || c->stopping)) {
      *pp = s->next;
      c->n_active--;
      c->stats.sites_done++;
      site_free(s);
    }
    else
      pp = &s->next;
  }
}

static void site_start(struct crawl *c, struct spec *sp)
{
  struct site *s = pp_calloc(1, sizeof(*s));
  if(!s) {
    set_fatal(c, PP_ENOMEM, "out of memory", NULL);
    return;
  }
  s->c = c;
  memcpy(s->key, sp->key, sizeof(s->key));
  s->home = sp->home;
  s->name = sp->name;
  sp->home = sp->name = NULL;
  s->probe = -1;
  s->next = c->sites;
  c->sites = s;
  c->n_active++;
  if(site_origin(s, s->home) != 0) {
    s->dead = s->chosen = s->home_done = true;
    return;
  }
  origin_robots(s, 0);
}

void crawl_fetch_done(void *crawl, const struct fetch_result *r)
{
  struct crawl *c = crawl;
  struct task *t = r->user;
  struct site *s = t->s;
  enum crawl_kind kind = t->kind;
  size_t oi = t->origin;

  pp_free(t);
  s->inflight--;
  /* requests that never went out (the crawl was stopped) leave no row */
  if(r->n_hops || r->last->outcome != FETCH_INTERRUPTED)
    record_result(c, s, kind, r);
  switch(kind) {
  case CRAWL_KIND_ROBOTS:
    on_robots(s, oi, r);
    break;
  case CRAWL_KIND_SITEMAP:
    on_sitemap(s, r);
    break;
  case CRAWL_KIND_HOME:
    on_home(s, r);
    break;
  default:
    break;
  }
  if(!c->fatal) {
    site_choose(s);
    site_pump(s);
  }
}

int crawl_run(struct crawl *c, volatile sig_atomic_t *stop,
              void (*progress)(void *user, const struct crawl_stats *s),
              void *user, uint32_t progress_ms)
{
  struct timespec last, now;
  int rc = PP_OK;

  if(!c || !c->f)
    return PP_EINVAL;
  clock_gettime(CLOCK_MONOTONIC, &last);
  for(;;) {
    if(stop && *stop && !c->stopping) {
      c->stopping = true;
      fetch_stop(c->f);
    }
    while(!c->stopping && !c->fatal && c->spec_head &&
          c->n_active < c->cfg.sites_at_once) {
      struct spec *sp = c->spec_head;
      c->spec_head = sp->next;
      if(!c->spec_head)
        c->spec_tail = NULL;
      site_start(c, sp);
      pp_free(sp->home);
      pp_free(sp->name);
      pp_free(sp);
    }
    if(c->fatal)
      break;
    if(!fetch_pending(c->f)) {
      struct site *s;
      /* nothing runs: every site can make progress or is done */
      for(s = c->sites; s; s = s->next) {
        site_choose(s);
        site_pump(s);
      }
      site_reap(c);
      if(!fetch_pending(c->f)) {
        /* a site that waits on nothing can never finish: end it */
        for(s = c->sites; s; s = s->next) {
          if(!s->inflight)
            s->dead = true;
          while(!s->inflight && s->pend_head) {
            struct page *p = s->pend_head;
            s->pend_head = p->next;
            page_free(p);
          }
          if(!s->pend_head)
            s->pend_tail = NULL;
        }
        site_reap(c);
      }
      if(!fetch_pending(c->f) && (!c->spec_head || c->stopping))
        break;
      if(!fetch_pending(c->f))
        continue;
    }
    rc = fetch_run(c->f, 250);
    if(rc != PP_OK && rc != PP_EAGAIN) {
      set_fatal(c, rc == PP_ENOMEM ? PP_ENOMEM : PP_EIO,
                fetch_errmsg(c->f), NULL);
      break;
    }
    site_reap(c);
    if(txn_due(c))
      txn_commit(c);
    clock_gettime(CLOCK_MONOTONIC, &now);
    if(progress && ((now.tv_sec - last.tv_sec) * 1000 +
                    (now.tv_nsec - last.tv_nsec) / 1000000 >=
                    (long)progress_ms)) {
      progress(user, &c->stats);
      last = now;
    }
  }
  site_reap(c);
  txn_commit(c);
  if(progress)
    progress(user, &c->stats);
  return c->fatal;
}
