/*
 * http.c: HTTP/1.x request heads.
 *
 *   request-line = method SP request-target SP HTTP-version CRLF
 *   request-target = origin-form ("/p?q") / absolute-form ("http://h/p")
 *                  / authority-form ("h:443", CONNECT) / asterisk-form
 *   field-line   = field-name ":" OWS field-value OWS CRLF
 *
 * Bare LF line ends are accepted (RFC 9112 2.2 allows it).
 */
#include "config.h"

#include <arpa/inet.h>
#include <strings.h>

#include "http.h"
#include "pp_cursor.h"
#include "pp_err.h"

static bool is_tchar(uint8_t c)
{
  /* RFC 9110 5.6.2 token characters */
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || (c && strchr("!#$%&'*+-.^_`|~", c));
}

bool http_looks_like_request(const uint8_t *p, size_t len)
{
  size_t i;
  /* methods are uppercase tokens (GET, POST, PROPFIND, M-SEARCH...) */
  for(i = 0; i < len && i <= HTTP_METHOD_MAX; i++) {
    if(p[i] == ' ')
      return i >= 3 && (i + 1 == len || (p[i + 1] > ' ' && p[i + 1] < 0x7f));
    if(!((p[i] >= 'A' && p[i] <= 'Z') || p[i] == '-'))
      return false;
  }
  return false;
}

bool http_looks_like_response(const uint8_t *p, size_t len)
{
  return len >= 9 && !memcmp(p, "HTTP/1.", 7) && p[8] == ' ';
}

/* Read one line; *line/ *n get it without CR LF.  PP_EAGAIN when no LF. */
static int read_line(struct pp_rd *r, const uint8_t **line, size_t *n)
{
  const uint8_t *lf;
  size_t left = rd_left(r);
  if(!left)
    return PP_EAGAIN;
  lf = memchr(r->pos, '\n', left);
  if(!lf)
    return PP_EAGAIN;
  *line = r->pos;
  *n = (size_t)(lf - r->pos);
  if(*n && (*line)[*n - 1] == '\r')
    (*n)--;
  rd_skip(r, (size_t)(lf - r->pos) + 1);
  return PP_OK;
}

static void copy_text(char *dst, size_t cap, const uint8_t *src, size_t n,
                      bool *truncated)
{
  if(n >= cap) {
    n = cap - 1;
    if(truncated)
      *truncated = true;
  }
  memcpy(dst, src, n);
  dst[n] = '\0';
}

/* Split a request target into host and path. */
static int parse_target(const uint8_t *t, size_t n, struct http_request *req)
{
  size_t i, plen;
  if(req->connect) {                  /* authority-form */
    copy_text(req->host, sizeof(req->host), t, n, NULL);
    req->has_host = n > 0 && n <= HTTP_HOST_MAX;
    return PP_OK;
  }
  if(n >= 7 && (!strncmp((const char *)t, "http://", 7) ||
                (n >= 8 && !strncmp((const char *)t, "https://", 8)))) {
    size_t start = t[4] == 's' ? 8 : 7, end = start;
    while(end < n && t[end] != '/' && t[end] != '?' && t[end] != '#')
      end++;
    /* drop any userinfo ("user@host") */
    for(i = end; i > start; i--)
      if(t[i - 1] == '@') {
        start = i;
        break;
      }
    req->absolute = true;
    if(end > start && end - start <= HTTP_HOST_MAX) {
      copy_text(req->host, sizeof(req->host), t + start, end - start, NULL);
      req->has_host = true;
    }
    t += end;
    n -= end;
  }
  if(!n || t[0] != '/')
    return PP_OK;                     /* "*" or an empty path */
  for(plen = 0; plen < n && t[plen] != '?' && t[plen] != '#'; plen++)
    ;
  copy_text(req->path, sizeof(req->path), t, plen, &req->path_truncated);
  return PP_OK;
}

static int parse_request_line(const uint8_t *line, size_t n,
                              struct http_request *req)
{
  size_t i = 0, m, tstart;
  while(i < n && is_tchar(line[i]))
    i++;
  if(i == 0 || i > HTTP_METHOD_MAX || i >= n || line[i] != ' ')
    return PP_EMALFORMED;
  m = i;
  copy_text(req->method, sizeof(req->method), line, m, NULL);
  req->connect = m == 7 && !memcmp(line, "CONNECT", 7);
  tstart = ++i;
  while(i < n && line[i] != ' ') {
    if(line[i] < 0x21 || line[i] == 0x7f)
      return PP_EMALFORMED;
    i++;
  }
  if(i == tstart || i >= n)
    return PP_EMALFORMED;
  if(n - i - 1 != 8 || memcmp(line + i + 1, "HTTP/1.", 7) ||
     (line[i + 8] != '0' && line[i + 8] != '1'))
    return PP_EMALFORMED;
  return parse_target(line + tstart, i - tstart, req);
}

/* p[0..n) is the field name lc, ignoring ASCII case. */
static bool name_is(const uint8_t *p, size_t n, const char *lc)
{
  return n == strlen(lc) && !strncasecmp((const char *)p, lc, n);
}

int http_parse_request(const uint8_t *buf, size_t len,
                       struct http_request *req)
{
  struct pp_rd r;
  const uint8_t *line;
  size_t n;
  int rc, headers = 0;

  memset(req, 0, sizeof(*req));
  if(!http_looks_like_request(buf, len))
    return len < 4 ? PP_EAGAIN : PP_EMALFORMED;
  rd_init(&r, buf, PP_MIN(len, (size_t)HTTP_HEAD_MAX));
  rc = read_line(&r, &line, &n);
  if(rc)
    return len >= HTTP_HEAD_MAX ? PP_EMALFORMED : rc;
  rc = parse_request_line(line, n, req);
  if(rc || req->has_host)
    return rc;
  for(;;) {
    const uint8_t *colon;
    rc = read_line(&r, &line, &n);
    if(rc)
      return len >= HTTP_HEAD_MAX ? PP_EMALFORMED : PP_EAGAIN;
    if(!n) {                          /* blank line: end of the head */
      req->head_len = (size_t)(r.pos - buf);
      return PP_OK;
    }
    if(++headers > HTTP_HEADERS_MAX)
      return PP_EMALFORMED;
    colon = memchr(line, ':', n);
    if(!colon)
      continue;                       /* tolerate junk lines */
    if(!req->absolute && !req->connect &&
       name_is(line, (size_t)(colon - line), "host")) {
      const uint8_t *v = colon + 1, *end = line + n;
      while(v < end && (*v == ' ' || *v == '\t'))
        v++;
      while(end > v && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
      if(end > v && (size_t)(end - v) <= HTTP_HOST_MAX) {
        copy_text(req->host, sizeof(req->host), v, (size_t)(end - v),
                  NULL);
        req->has_host = true;
        return PP_OK;
      }
    }
    else if(req->has_host)
      return PP_OK;
  }
}

/* Does this segment hold an address: a whole IPv6 or IPv4 literal, or a
 * dotted quad of numbers 0..255 anywhere inside ("ip-100.64.0.9.json")? */
static bool segment_has_addr(const char *seg, size_t n)
{
  char buf[HTTP_PATH_MAX + 1];
  unsigned char a6[16];
  size_t i;
  if(n > HTTP_PATH_MAX)
    n = HTTP_PATH_MAX;
  memcpy(buf, seg, n);
  buf[n] = '\0';
  if(strchr(buf, ':') && inet_pton(AF_INET6, buf, a6) == 1)
    return true;
  for(i = 0; i < n; i++) {
    unsigned octets = 0, v = 0, digits = 0;
    size_t j;
    if(i && buf[i - 1] >= '0' && buf[i - 1] <= '9')
      continue;                       /* start at a number's first digit */
    for(j = i; j <= n; j++) {
      char c = j < n ? buf[j] : '\0';
      if(c >= '0' && c <= '9' && digits < 3) {
        v = v * 10 + (unsigned)(c - '0');
        digits++;
        continue;
      }
      if(!digits || v > 255 || (c >= '0' && c <= '9'))
        break;
      if(++octets == 4)
        return true;
      if(c != '.')
        break;
      v = digits = 0;
    }
  }
  return false;
}

void http_path_scrub(char *path)
{
  char out[HTTP_PATH_MAX + 1];
  size_t i = 0, o = 0, len = strlen(path);
  if(len > HTTP_PATH_MAX)
    len = HTTP_PATH_MAX;
  while(i < len) {
    size_t start, seglen;
    if(path[i] == '/') {
      out[o++] = '/';
      i++;
      continue;
    }
    start = i;
    while(i < len && path[i] != '/')
      i++;
    seglen = strcspn(path + start, ";/");
    if(seglen > i - start)
      seglen = i - start;
    if(segment_has_addr(path + start, seglen)) {
      memcpy(out + o, "{addr}", 6);
      o += 6;
    }
    else {
      memcpy(out + o, path + start, seglen);
      o += seglen;
    }
    if(o > HTTP_PATH_MAX - 7)
      break;
  }
  out[o] = '\0';
  memcpy(path, out, o + 1);
}
