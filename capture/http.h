/*
 * http.h: the head of an HTTP/1.x request (RFC 9112 3 request line, 3.2
 * request target forms, RFC 9110 7.2 Host) as a client sends it.
 *
 * The name of the site is the Host header, or the authority of an
 * absolute-form target (proxies: "GET http://host/path HTTP/1.1"), or the
 * authority of CONNECT.  The path is kept without query string and
 * fragment: query strings carry personal data and are never stored.
 */
#ifndef PP_HTTP_H
#define PP_HTTP_H

#include "pp_common.h"

#define HTTP_HOST_MAX 255
#define HTTP_PATH_MAX 255
#define HTTP_METHOD_MAX 15
#define HTTP_HEAD_MAX (16 * 1024)   /* request heads longer are refused */
#define HTTP_HEADERS_MAX 100        /* header lines walked */

struct http_request {
  char method[HTTP_METHOD_MAX + 1];
  char host[HTTP_HOST_MAX + 1];     /* raw authority text, may hold :port */
  bool has_host;
  char path[HTTP_PATH_MAX + 1];     /* "/a/b" (no query); "" if none */
  bool path_truncated;
  bool connect;                     /* CONNECT authority-form */
  bool absolute;                    /* absolute-form target */
  size_t head_len;                  /* bytes through the blank line, or 0
                                       when the head is not complete */
};

/*
 * Privacy scrub of a stored path, in place: ";..." segment parameters
 * (session ids) are dropped, and a segment holding an IPv4 or IPv6
 * address (/100.64.0.9/json, /geo/2001:db8::1) becomes "{addr}".
 */
void http_path_scrub(char *path);

/* Could these bytes start an HTTP/1.x request line ("GET /", ...)? */
bool http_looks_like_request(const uint8_t *p, size_t len);
/* Do these bytes start a status line ("HTTP/1.1 200")? */
bool http_looks_like_response(const uint8_t *p, size_t len);

/*
 * Parse a request head at the start of buf.  Returns PP_OK as soon as the
 * request line and a complete Host line were read, or the head ended
 * without Host (has_host false); PP_EAGAIN when more bytes are needed;
 * PP_EMALFORMED when this is not an HTTP/1.x request (or its head exceeds
 * HTTP_HEAD_MAX).
 */
int http_parse_request(const uint8_t *buf, size_t len,
                       struct http_request *req);

#endif
