/*
 * test_http.c: request heads: Host, absolute-form, CONNECT, paths without
 * query strings, split heads, garbage.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include "http.h"
#include "pp_err.h"
#include "tap.h"

static int parse(const char *s, struct http_request *r)
{
  return http_parse_request((const uint8_t *)s, strlen(s), r);
}

int main(void)
{
  struct http_request r;
  const char *full =
    "GET /tin-tuc/bai-1.html?utm=x&id=9 HTTP/1.1\r\n"
    "User-Agent: t\r\nHost: Bao-Moi.Example:8080\r\n\r\n";
  size_t i, n = strlen(full);
  int bad = 0;

  is_int(parse(full, &r), PP_OK, "simple request");
  is_str(r.host, "Bao-Moi.Example:8080", "host header value");
  is_str(r.path, "/tin-tuc/bai-1.html", "path without query");
  is_str(r.method, "GET", "method");
  /* every prefix: EAGAIN until the Host line is complete */
  for(i = 0; i < n; i++) {
    int rc = http_parse_request((const uint8_t *)full, i, &r);
    const char *host_end = strstr(full, "8080\r\n") + 6;
    if(i >= (size_t)(host_end - full) ? rc != PP_OK : rc != PP_EAGAIN)
      bad++;
  }
  is_int(bad, 0, "all prefixes: EAGAIN, then OK once Host is complete");

  is_int(parse("GET http://proxy.example/a/b#frag HTTP/1.1\r\n", &r),
         PP_OK, "absolute form decided from the request line");
  ok(r.absolute && r.has_host && !strcmp(r.host, "proxy.example") &&
     !strcmp(r.path, "/a/b"), "absolute-form host and path");
  is_int(parse("GET http://user:pw@h.example:81/ HTTP/1.0\r\n\r\n", &r),
         PP_OK, "userinfo");
  is_str(r.host, "h.example:81", "userinfo dropped");
  is_int(parse("CONNECT apache.org:443 HTTP/1.1\r\nHost: x\r\n\r\n", &r),
         PP_OK, "CONNECT");
  ok(r.connect && !strcmp(r.host, "apache.org:443"), "CONNECT authority");
  is_int(parse("GET / HTTP/1.0\r\n\r\n", &r), PP_OK, "no Host (HTTP/1.0)");
  ok(!r.has_host && r.head_len == 18, "head ends, no host");
  is_int(parse("GET / HTTP/1.1\nhost:   spaced.example  \n\n", &r), PP_OK,
         "bare LF and spaces");
  is_str(r.host, "spaced.example", "trimmed host");
  is_int(parse("M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\n", &r),
         PP_OK, "asterisk form, upper-case header name");
  is_str(r.path, "", "asterisk form has no path");

  is_int(parse("GET / HTTP/2.0\r\n", &r), PP_EMALFORMED, "HTTP/2.0 line");
  is_int(parse("get / HTTP/1.1\r\n", &r), PP_EMALFORMED, "lowercase method");
  is_int(parse("GET /\x01 HTTP/1.1\r\n", &r), PP_EMALFORMED, "control char");
  is_int(parse("\x16\x03\x01\x02\x00", &r), PP_EMALFORMED, "TLS bytes");
  is_int(parse("GE", &r), PP_EAGAIN, "too short to tell");
  ok(http_looks_like_response((const uint8_t *)"HTTP/1.1 200 OK", 15),
     "status line recognized");
  ok(!http_looks_like_request((const uint8_t *)"HTTP/1.1 200", 12),
     "status line is not a request");
  {
    char big[HTTP_HEAD_MAX + 100];
    memset(big, 'a', sizeof(big));
    memcpy(big, "GET / HTTP/1.1\r\nX: ", 19);
    is_int(http_parse_request((const uint8_t *)big, sizeof(big), &r),
           PP_EMALFORMED, "head over HTTP_HEAD_MAX refused");
  }
  {
    char longpath[600];
    memset(longpath, 'p', sizeof(longpath));
    memcpy(longpath, "GET /", 5);
    memcpy(longpath + 580, " HTTP/1.1\r\n\r\n", 13);
    longpath[593] = 0;
    is_int(parse(longpath, &r), PP_OK, "long path");
    ok(r.path_truncated && strlen(r.path) == HTTP_PATH_MAX,
       "path truncated to HTTP_PATH_MAX");
  }
  {
    static const char *const cases[][2] = {
      {"/100.64.0.9/json", "/{addr}/json"},
      {"/geo/2001:db8::1", "/geo/{addr}"},
      {"/a;jsessionid=ABC/b;x=1", "/a/b"},
      {"/ip-100.64.0.9.json", "/{addr}"},
      {"/tin-tuc/2024/06/01/bai-1.html", "/tin-tuc/2024/06/01/bai-1.html"},
      {"/v1.2.3/app.js", "/v1.2.3/app.js"},
      {"/1.2.3.456/x", "/1.2.3.456/x"},
      {"/", "/"},
      {"", ""},
    };
    size_t i2;
    for(i2 = 0; i2 < sizeof(cases) / sizeof(cases[0]); i2++) {
      char p[HTTP_PATH_MAX + 1];
      snprintf(p, sizeof(p), "%s", cases[i2][0]);
      http_path_scrub(p);
      is_str(p, cases[i2][1], "scrub %s", cases[i2][0]);
    }
  }
  return tap_done();
}
