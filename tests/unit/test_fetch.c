/*
 * test_fetch.c: the fetch engine (classify/fetch.c).
 *
 * Pure parts first: outcome names and the libcurl error mapping, text
 * types, fetch_decode on crafted messages (chunked, gzip, a bomb,
 * corrupt data), settings refused by fetch_new (--resolve syntax,
 * ranges), allocation failures.  Then the engine against a scripted
 * HTTP/1.1 server forked by this test and bound to 127.0.0.1 only (one
 * child process per connection): a page with its WARC request and
 * response records read back and verified, the raw chunked body kept,
 * gzip decoded by us, a bomb capped, a body cut at max_bytes, a head over
 * the cap, redirects followed hop by hop (five allowed, a sixth and a
 * loop refused), a redirect to ftp:, a conditional GET answered 304, a
 * slow server cut by the low-speed/total timeout, a reset, a 404; the
 * address guard (loopback refused without allow_private; one address
 * allowed by --allow-address, a redirect to another loopback address
 * refused; a name with two addresses, the first refused); per-host
 * politeness (delay between requests to one host, hosts in parallel,
 * global concurrency 1).
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"
#include "testutil.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <dirent.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "fetch.h"
#include "httpmsg.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "warc.h"

static char dir[64];
static int port;
static pid_t server_pid;
static uint8_t *gz_small, *gz_bomb;
static size_t gz_small_len, gz_bomb_len;

#define PAGE "<html><head><title>Tin t\xe1\xbb\xa9" "c</title></head>" \
             "<body>B\xc3\xa1o</body></html>"
#define GZ_TEXT "gzip body decoded by pressprobe, not by libcurl\n"
#define BOMB_SIZE (8u * 1024 * 1024)

/* ---- helpers ------------------------------------------------------------ */

static uint8_t *gzip_mem(const uint8_t *in, size_t len, size_t *out_len)
{
  z_stream zs;
  uint8_t *out;
  size_t cap = len / 2 + 1024;
  memset(&zs, 0, sizeof(zs));
  if(deflateInit2(&zs, 9, Z_DEFLATED, 31, 9, Z_DEFAULT_STRATEGY) != Z_OK)
    return NULL;
  out = malloc(cap);
  zs.next_in = (Bytef *)(uintptr_t)in;
  zs.avail_in = (uInt)len;
  zs.next_out = out;
  zs.avail_out = (uInt)cap;
  if(deflate(&zs, Z_FINISH) != Z_STREAM_END) {
    deflateEnd(&zs);
    free(out);
    return NULL;
  }
  *out_len = zs.total_out;
  deflateEnd(&zs);
  return out;
}

static const void *find_mem(const void *h, size_t hl, const void *n,
                            size_t nl)
{
  const char *p = h;
  size_t i;
  for(i = 0; nl <= hl && i <= hl - nl; i++) {
    if(!memcmp(p + i, n, nl))
      return p + i;
  }
  return NULL;
}

static double mono(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- the scripted server (child processes) ------------------------------ */

static void put(int fd, const void *p, size_t n)
{
  const char *s = p;
  while(n) {
    ssize_t w = write(fd, s, n);
    if(w <= 0)
      _exit(0);
    s += w;
    n -= (size_t)w;
  }
}

static void puts_fd(int fd, const char *s)
{
  put(fd, s, strlen(s));
}

static void respond(int fd, int status, const char *extra, const void *body,
                    size_t len)
{
  char head[1024];
  snprintf(head, sizeof(head), "HTTP/1.1 %d X\r\nContent-Length: %zu\r\n"
           "Connection: close\r\n%s\r\n", status, len, extra ? extra : "");
  puts_fd(fd, head);
  if(len)
    put(fd, body, len);
}

static void serve_one(int fd)
{
  char req[8192], path[1024], *sp, *ep;
  size_t n = 0;
  while(n < sizeof(req) - 1) {
    ssize_t r = read(fd, req + n, sizeof(req) - 1 - n);
    if(r <= 0)
      _exit(0);
    n += (size_t)r;
    req[n] = '\0';
    if(strstr(req, "\r\n\r\n"))
      break;
  }
  sp = strchr(req, ' ');
  ep = sp ? strchr(sp + 1, ' ') : NULL;
  if(!sp || !ep || (size_t)(ep - sp - 1) >= sizeof(path))
    _exit(0);
  memcpy(path, sp + 1, (size_t)(ep - sp - 1));
  path[ep - sp - 1] = '\0';

  if(!strcmp(path, "/ok"))
    respond(fd, 200, "Content-Type: text/html; charset=utf-8\r\n"
            "ETag: \"e1\"\r\nLast-Modified: Sat, 01 Jun 2024 10:00:00 GMT"
            "\r\n", PAGE, strlen(PAGE));
  else if(!strcmp(path, "/echo")) {
    /* the request head as the body: what was sent */
    respond(fd, 200, "Content-Type: text/plain\r\n", req, strlen(req));
  }
  else if(!strcmp(path, "/chunked")) {
    puts_fd(fd, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            "7\r\nchunked\r\n5\r\n body\r\n0\r\n\r\n");
  }
  else if(!strcmp(path, "/gzip"))
    respond(fd, 200, "Content-Type: text/plain\r\nContent-Encoding: gzip"
            "\r\n", gz_small, gz_small_len);
  else if(!strcmp(path, "/bomb"))
    respond(fd, 200, "Content-Type: text/html\r\nContent-Encoding: gzip"
            "\r\n", gz_bomb, gz_bomb_len);
  else if(!strcmp(path, "/corrupt"))
    respond(fd, 200, "Content-Type: text/html\r\nContent-Encoding: gzip"
            "\r\n", "\x1f\x8b\x08\x00garbage-not-deflate", 24);
  else if(!strcmp(path, "/big")) {
    static char big[200000];
    memset(big, 'x', sizeof(big));
    respond(fd, 200, "Content-Type: text/plain\r\n", big, sizeof(big));
  }
  else if(!strcmp(path, "/endless")) {
    char buf[4096];
    memset(buf, 'y', sizeof(buf));
    puts_fd(fd, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            "Connection: close\r\n\r\n");
    for(;;)
      put(fd, buf, sizeof(buf));
  }
  else if(!strcmp(path, "/hugehead")) {
    char line[128];
    int i;
    puts_fd(fd, "HTTP/1.1 200 OK\r\n");
    for(i = 0; i < 2000; i++) {
      snprintf(line, sizeof(line), "X-Filler-%d: %s\r\n", i,
               "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
      puts_fd(fd, line);
    }
    puts_fd(fd, "Content-Length: 0\r\n\r\n");
  }
  else if(!strncmp(path, "/r/", 3)) {
    long k = strtol(path + 3, NULL, 10);
    char loc[128];
    if(k <= 0)
      snprintf(loc, sizeof(loc), "Location: /ok\r\n");
    else
      snprintf(loc, sizeof(loc), "Location: /r/%ld\r\n", k - 1);
    respond(fd, 302, loc, "", 0);
  }
  else if(!strcmp(path, "/loop"))
    respond(fd, 301, "Location: /loop\r\n", "", 0);
  else if(!strcmp(path, "/ftp"))
    respond(fd, 302, "Location: ftp://example.invalid/x\r\n", "", 0);
  else if(!strcmp(path, "/file"))
    respond(fd, 302, "Location: file:///etc/passwd\r\n", "", 0);
  else if(!strcmp(path, "/noloc"))
    respond(fd, 302, NULL, "", 0);
  else if(!strcmp(path, "/private")) {
    char loc[128];
    snprintf(loc, sizeof(loc), "Location: http://127.0.0.2:%d/ok\r\n", port);
    respond(fd, 302, loc, "", 0);
  }
  else if(!strcmp(path, "/etag")) {
    if(strstr(req, "If-None-Match: \"v1\""))
      respond(fd, 304, "ETag: \"v1\"\r\n", "", 0);
    else
      respond(fd, 200, "ETag: \"v1\"\r\nContent-Type: text/html\r\n", PAGE,
              strlen(PAGE));
  }
  else if(!strcmp(path, "/slow")) {
    int i;
    puts_fd(fd, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n"
            "Content-Type: text/html\r\n\r\n");
    for(i = 0; i < 600; i++) {
      put(fd, "s", 1);
      usleep(100000);
    }
  }
  else if(!strcmp(path, "/short")) {
    /* a declared gigabyte, 10 bytes, then the end */
    puts_fd(fd, "HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\n"
            "Content-Type: text/html\r\n\r\n0123456789");
  }
  else if(!strcmp(path, "/reset")) {
    struct linger lg = {1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
  }
  else if(!strcmp(path, "/delay")) {
    usleep(300000);
    respond(fd, 200, "Content-Type: text/plain\r\n", "d", 1);
  }
  else
    respond(fd, 404, "Content-Type: text/html\r\n", "<html>404</html>", 16);
  close(fd);
  _exit(0);
}

static int start_server(void)
{
  struct sockaddr_in sa;
  socklen_t sl = sizeof(sa);
  int lfd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
  if(lfd < 0)
    return -1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);     /* 127.0.0.1 only */
  if(bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) ||
     listen(lfd, 64) || getsockname(lfd, (struct sockaddr *)&sa, &sl)) {
    close(lfd);
    return -1;
  }
  port = ntohs(sa.sin_port);
  server_pid = fork();
  if(server_pid < 0)
    return -1;
  if(server_pid == 0) {
    signal(SIGCHLD, SIG_IGN);       /* no zombies */
    signal(SIGPIPE, SIG_DFL);
    alarm(120);                      /* never outlive the test */
    for(;;) {
      int fd = accept(lfd, NULL, NULL);
      if(fd < 0)
        continue;
      if(fork() == 0) {
        close(lfd);
        alarm(30);
        serve_one(fd);
      }
      close(fd);
    }
  }
  close(lfd);
  return 0;
}

static void stop_server(void)
{
  if(server_pid > 0) {
    kill(server_pid, SIGTERM);
    waitpid(server_pid, NULL, 0);
    server_pid = 0;
  }
}

/* ---- results ------------------------------------------------------------ */

#define MAXR 64

struct got {
  bool done;
  char url[256], final_url[256];
  unsigned n_hops;
  enum fetch_outcome outcome, hop_outcome[FETCH_HOPS_MAX];
  int status, hop_status[FETCH_HOPS_MAX];
  char error[PP_ERRBUF_SIZE];
  char ip[48];
  bool warc;
  char truncated[16];
  char etag[64];
  uint64_t bytes;
  char entity[256];
  size_t entity_len, text_len;
  char charset[CHARSET_NAME_MAX];
  pp_usec_t started;
  double t_done;
};

static struct got got[MAXR];

static void on_done(void *user, const struct fetch_result *r)
{
  struct got *g = r->user;
  unsigned i;
  (void)user;
  g->done = true;
  g->t_done = mono();
  snprintf(g->url, sizeof(g->url), "%s", r->url);
  snprintf(g->final_url, sizeof(g->final_url), "%s", r->final_url);
  g->n_hops = r->n_hops;
  g->outcome = r->last->outcome;
  g->status = r->last->status;
  for(i = 0; i < r->n_hops && i < FETCH_HOPS_MAX; i++) {
    g->hop_outcome[i] = r->hops[i].outcome;
    g->hop_status[i] = r->hops[i].status;
  }
  snprintf(g->error, sizeof(g->error), "%s", r->last->error);
  snprintf(g->ip, sizeof(g->ip), "%s", r->last->server_ip);
  g->warc = r->last->warc;
  snprintf(g->truncated, sizeof(g->truncated), "%s",
           r->last->truncated ? r->last->truncated : "");
  snprintf(g->etag, sizeof(g->etag), "%s",
           r->last->etag ? r->last->etag : "");
  g->bytes = r->last->bytes;
  g->entity_len = r->entity_len;
  g->text_len = r->text_len;
  if(r->entity)
    snprintf(g->entity, sizeof(g->entity), "%.*s",
             (int)PP_MIN(r->entity_len, sizeof(g->entity) - 1),
             (const char *)r->entity);
  snprintf(g->charset, sizeof(g->charset), "%s", r->last->charset);
  g->started = r->last->started;
}

static struct warc_writer *new_writer(const char *prefix)
{
  struct warc_writer *w = NULL;
  char err[PP_ERRBUF_SIZE];
  if(warc_writer_open(dir, prefix, 0, NULL, &w, err))
    diag("warc_writer_open: %s", err);
  return w;
}

static void base_config(struct fetch_config *c, struct pp_addr *lo)
{
  fetch_config_defaults(c);
  c->per_host_delay_ms = 0;
  c->timeout_ms = 5000;
  c->connect_timeout_ms = 2000;
  c->max_bytes = 64 * 1024;
  c->decode_max = 1024 * 1024;
  pp_addr_parse(lo, "127.0.0.1");
  c->allow_addrs = lo;
  c->n_allow_addrs = 1;
}

static int add(struct fetch *f, const char *path, int slot, const char *inm)
{
  char url[256];
  struct fetch_request rq;
  memset(&got[slot], 0, sizeof(got[slot]));
  snprintf(url, sizeof(url), "http://127.0.0.1:%d%s", port, path);
  memset(&rq, 0, sizeof(rq));
  rq.url = url;
  rq.user = &got[slot];
  rq.if_none_match = inm;
  return fetch_add(f, &rq);
}

/* ---- pure parts --------------------------------------------------------- */

static void test_names(void)
{
  int i;
  bool all = true;
  for(i = 0; i < FETCH_OUTCOME_COUNT; i++)
    all &= strcmp(fetch_outcome_name((enum fetch_outcome)i), "error") != 0
           || i == FETCH_ERROR;
  ok(all, "every outcome has its own name");
  is_str(fetch_outcome_name(FETCH_REFUSED_PRIVATE), "refused-private",
         "refused-private");
  is_str(fetch_outcome_name(FETCH_OUTCOME_COUNT), "error", "out of range");
  is_int(fetch_outcome_from_curl(CURLE_COULDNT_CONNECT, false, true, false),
         FETCH_REFUSED_PRIVATE, "refused by the guard");
  is_int(fetch_outcome_from_curl(CURLE_COULDNT_CONNECT, false, false, false),
         FETCH_CONNECT_FAILED, "connect failed");
  is_int(fetch_outcome_from_curl(CURLE_OPERATION_TIMEDOUT, false, false,
                                 true), FETCH_TIMEOUT, "timeout");
  is_int(fetch_outcome_from_curl(CURLE_OPERATION_TIMEDOUT, false, false,
                                 false), FETCH_CONNECT_FAILED,
         "timeout before connecting");
  is_int(fetch_outcome_from_curl(CURLE_WRITE_ERROR, true, false, true),
         FETCH_TOO_LARGE, "our abort: too large");
  is_int(fetch_outcome_from_curl(CURLE_WRITE_ERROR, false, false, true),
         FETCH_ERROR, "a write error otherwise");
  is_int(fetch_outcome_from_curl(CURLE_PARTIAL_FILE, false, false, true),
         FETCH_TRUNCATED, "partial file");
  is_int(fetch_outcome_from_curl(CURLE_RECV_ERROR, false, false, true),
         FETCH_RESET, "recv error");
  is_int(fetch_outcome_from_curl(CURLE_GOT_NOTHING, false, false, true),
         FETCH_RESET, "empty reply");
  is_int(fetch_outcome_from_curl(CURLE_PEER_FAILED_VERIFICATION, false,
                                 false, true), FETCH_TLS_ERROR, "TLS");
  is_int(fetch_outcome_from_curl(CURLE_COULDNT_RESOLVE_HOST, false, false,
                                 false), FETCH_DNS_FAILED, "DNS");
  is_int(fetch_outcome_from_curl(CURLE_WEIRD_SERVER_REPLY, false, false,
                                 true), FETCH_PROTOCOL_ERROR, "weird reply");

  ok(fetch_is_text_type("text/html; charset=utf-8", 24), "text/html");
  ok(fetch_is_text_type("  TEXT/HTML", 11), "case and blanks");
  ok(fetch_is_text_type("application/xhtml+xml", 21), "xhtml");
  ok(fetch_is_text_type("text/plain", 10), "text/plain");
  ok(!fetch_is_text_type("application/xml", 15), "xml is no text here");
  ok(!fetch_is_text_type("text/htmlx", 10), "text/htmlx");
  ok(!fetch_is_text_type("text/html", 4), "length respected");
  ok(!fetch_is_text_type(NULL, 0), "NULL");
}

static void test_decode(void)
{
  static const char chunked[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
    "Transfer-Encoding: chunked\r\n\r\n5\r\n<b>hi\r\n4\r\n</b>\r\n0\r\n\r\n";
  char msg[4096];
  struct httpmsg m;
  uint8_t *e, *t;
  size_t el, tl, n;
  char cs[CHARSET_NAME_MAX];
  uint64_t inv;
  enum fetch_outcome o;

  ok(httpmsg_split((const uint8_t *)chunked, strlen(chunked), &m) == PP_OK,
     "split chunked");
  o = fetch_decode(&m, 1024, NULL, &e, &el, &t, &tl, cs, &inv);
  is_int(o, FETCH_OK, "chunked: ok");
  ok(e && el == 9 && !memcmp(e, "<b>hi</b>", 9), "chunked: entity");
  ok(t && tl == 9, "chunked: text");
  is_str(cs, "UTF-8", "chunked: charset from the header");
  pp_free(e);
  pp_free(t);

  n = (size_t)snprintf(msg, sizeof(msg), "HTTP/1.1 200 OK\r\n"
                       "Content-Type: text/plain\r\nContent-Encoding: gzip"
                       "\r\n\r\n");
  memcpy(msg + n, gz_small, gz_small_len);
  ok(httpmsg_split((uint8_t *)msg, n + gz_small_len, &m) == PP_OK,
     "split gzip");
  o = fetch_decode(&m, 1024, NULL, &e, &el, &t, &tl, cs, &inv);
  is_int(o, FETCH_OK, "gzip: ok");
  ok(e && el == strlen(GZ_TEXT) && !memcmp(e, GZ_TEXT, el),
     "gzip: decoded");
  pp_free(e);
  pp_free(t);
  o = fetch_decode(&m, 10, NULL, &e, &el, &t, &tl, cs, &inv);
  is_int(o, FETCH_DECODE_LIMIT, "gzip over the cap: decode-limit");
  ok(el == 10, "cut at the cap");
  pp_free(e);
  pp_free(t);

  /* windows-1258: "Báo Việt" with the tone mark as a combining character
   * (0xF2, dot below), composed to NFC by the conversion */
  n = (size_t)snprintf(msg, sizeof(msg), "HTTP/1.1 200 OK\r\n"
                       "Content-Type: text/html; charset=windows-1258\r\n"
                       "\r\n<p>B\xe1o Vi\xea\xf2t</p>");
  httpmsg_split((uint8_t *)msg, n, &m);
  o = fetch_decode(&m, 1024, NULL, &e, &el, &t, &tl, cs, &inv);
  is_int(o, FETCH_OK, "windows-1258: ok");
  is_str(cs, "CP1258", "windows-1258: charset named for iconv");
  ok(t && tl == strlen("<p>Báo Việt</p>") &&
     !memcmp(t, "<p>Báo Việt</p>", tl), "windows-1258: UTF-8 NFC text");
  ok(e && el == 16 && e[4] == 0xe1, "windows-1258: entity kept as sent");
  is_int(inv, 0, "windows-1258: no invalid bytes");
  pp_free(e);
  pp_free(t);
  n = (size_t)snprintf(msg, sizeof(msg), "HTTP/1.1 200 OK\r\n"
                       "Content-Type: text/html; charset=utf-8\r\n\r\n"
                       "ok \xff\xfe ok");
  httpmsg_split((uint8_t *)msg, n, &m);
  o = fetch_decode(&m, 1024, NULL, &e, &el, &t, &tl, cs, &inv);
  ok(o == FETCH_OK && t && inv == 2, "invalid UTF-8: ok, 2 invalid bytes "
     "counted (%llu)", (unsigned long long)inv);
  pp_free(e);
  pp_free(t);

  n = (size_t)snprintf(msg, sizeof(msg), "HTTP/1.1 200 OK\r\n"
                       "Content-Encoding: br\r\n\r\nxyz");
  httpmsg_split((uint8_t *)msg, n, &m);
  o = fetch_decode(&m, 1024, NULL, &e, &el, &t, &tl, cs, &inv);
  is_int(o, FETCH_DECODE_ERROR, "brotli: decode-error");
  ok(!e && !t, "nothing given");

  n = (size_t)snprintf(msg, sizeof(msg), "HTTP/1.1 200 OK\r\n\r\n"
                       "  <html>x</html>");
  httpmsg_split((uint8_t *)msg, n, &m);
  o = fetch_decode(&m, 1024, NULL, &e, &el, &t, &tl, cs, &inv);
  ok(o == FETCH_OK && t, "no Content-Type, markup: converted");
  pp_free(e);
  pp_free(t);
  n = (size_t)snprintf(msg, sizeof(msg), "HTTP/1.1 200 OK\r\n"
                       "Content-Type: image/png\r\n\r\n<html>");
  httpmsg_split((uint8_t *)msg, n, &m);
  o = fetch_decode(&m, 1024, NULL, &e, &el, &t, &tl, cs, &inv);
  ok(o == FETCH_OK && e && !t && !cs[0], "image: entity, no text");
  pp_free(e);
}

static void test_config(void)
{
  struct fetch_config c;
  struct fetch *f = NULL;
  struct warc_writer *w = new_writer("cfg");
  char err[PP_ERRBUF_SIZE];
  const char *bad[] = {"host:80", "host:x:1.2.3.4", ":80:1.2.3.4",
                       "h:0:1.2.3.4", "h:70000:1.2.3.4", "h:80:not-an-ip",
                       "h:80:1.2.3.4,", "h:80:[::1"};
  const char *good[] = {"h:80:1.2.3.4", "h:443:[::1]", "h:80:1.2.3.4,::1"};
  size_t i;

  fetch_config_defaults(&c);
  is_int(fetch_new(&c, NULL, on_done, NULL, &f, err), PP_EINVAL,
         "no writer: EINVAL");
  for(i = 0; i < PP_ARRAY_LEN(bad); i++) {
    c.resolve = &bad[i];
    c.n_resolve = 1;
    is_int(fetch_new(&c, w, on_done, NULL, &f, err), PP_EINVAL,
           "--resolve '%s' refused", bad[i]);
  }
  ok(strstr(err, "HOST:PORT:ADDRESS") != NULL, "the message says the form");
  c.resolve = good;
  c.n_resolve = PP_ARRAY_LEN(good);
  is_int(fetch_new(&c, w, on_done, NULL, &f, err), PP_OK,
         "good --resolve entries accepted");
  fetch_free(f);
  f = NULL;
  fetch_config_defaults(&c);
  c.concurrency = 0;
  is_int(fetch_new(&c, w, on_done, NULL, &f, err), PP_EINVAL,
         "concurrency 0 refused");
  fetch_config_defaults(&c);
  c.per_host = FETCH_PER_HOST_MAX + 1;
  is_int(fetch_new(&c, w, on_done, NULL, &f, err), PP_EINVAL,
         "per_host over the max refused");
  fetch_free(NULL);

  /* allocation failures: every one fails cleanly */
  {
    long k, calls;
    bool clean = true;
    fetch_config_defaults(&c);
    c.resolve = good;
    c.n_resolve = 1;
    pp_alloc_fail_after(-1);
    for(k = 0; k < 40; k++) {
      pp_alloc_fail_after(k);
      f = NULL;
      if(fetch_new(&c, w, on_done, NULL, &f, err) == PP_OK) {
        struct fetch_request rq;
        memset(&rq, 0, sizeof(rq));
        rq.url = "http://a.example/";
        rq.if_none_match = "\"x\"";
        fetch_add(f, &rq);
        fetch_free(f);
      }
      else
        clean &= f == NULL;
    }
    calls = pp_alloc_fail_after(-1);
    (void)calls;
    ok(clean, "allocation failures in fetch_new / fetch_add: no leak, "
       "no crash");
  }
  warc_writer_close(w, NULL);
}

/* ---- the engine against the server -------------------------------------- */

static int run_all(struct fetch *f)
{
  int rc;
  double t0 = mono();
  do
    rc = fetch_run(f, 1000);
  while(rc == PP_EAGAIN && mono() - t0 < 60);
  return rc;
}

static void test_engine(void)
{
  struct fetch_config c;
  struct fetch *f = NULL;
  struct warc_writer *w = new_writer("eng");
  struct pp_addr lo;
  struct fetch_stats st;
  char err[PP_ERRBUF_SIZE];
  double t0;
  int rc;

  base_config(&c, &lo);
  ok(fetch_new(&c, w, on_done, NULL, &f, err) == PP_OK, "engine");
  add(f, "/ok", 0, NULL);
  add(f, "/chunked", 1, NULL);
  add(f, "/gzip", 2, NULL);
  add(f, "/bomb", 3, NULL);
  add(f, "/big", 4, NULL);
  add(f, "/hugehead", 5, NULL);
  add(f, "/r/4", 6, NULL);     /* 5 redirects, then /ok */
  add(f, "/r/5", 7, NULL);     /* 6 redirects */
  add(f, "/loop", 8, NULL);
  add(f, "/ftp", 9, NULL);
  add(f, "/etag", 10, "\"v1\"");
  add(f, "/etag", 11, NULL);
  add(f, "/reset", 12, NULL);
  add(f, "/missing", 13, NULL);
  add(f, "/private", 14, NULL);
  add(f, "/corrupt", 15, NULL);
  add(f, "/endless", 16, NULL);
  add(f, "/short", 17, NULL);
  add(f, "/echo", 18, NULL);
  add(f, "/noloc", 19, NULL);
  add(f, "/file", 20, NULL);
  {
    struct fetch_request rq;
    memset(&rq, 0, sizeof(rq));
    memset(&got[21], 0, sizeof(got[21]));
    rq.url = "gopher://127.0.0.1/";
    rq.user = &got[21];
    fetch_add(f, &rq);
  }
  t0 = mono();
  rc = run_all(f);
  is_int(rc, PP_OK, "run to the end");
  ok(mono() - t0 < 20, "in bounded time (%.1f s)", mono() - t0);

  is_int(got[0].outcome, FETCH_OK, "/ok: ok");
  is_int(got[0].status, 200, "/ok: 200");
  is_str(got[0].ip, "127.0.0.1", "/ok: server address");
  ok(got[0].warc, "/ok: WARC records written");
  is_str(got[0].entity, PAGE, "/ok: entity");
  is_str(got[0].charset, "UTF-8", "/ok: charset");
  is_str(got[0].etag, "\"e1\"", "/ok: ETag kept");

  is_int(got[1].outcome, FETCH_OK, "/chunked: ok");
  is_str(got[1].entity, "chunked body", "/chunked: dechunked by us");

  is_int(got[2].outcome, FETCH_OK, "/gzip: ok");
  is_str(got[2].entity, GZ_TEXT, "/gzip: decoded by us");
  is_int(got[2].bytes, gz_small_len, "/gzip: raw bytes counted");

  is_int(got[3].outcome, FETCH_DECODE_LIMIT, "/bomb: decode-limit");
  is_int(got[3].entity_len, c.decode_max, "/bomb: decoded up to the cap");
  ok(strstr(got[3].error, "bomb") != NULL, "/bomb: said so");

  is_int(got[4].outcome, FETCH_TOO_LARGE, "/big: too-large");
  is_int(got[4].bytes, c.max_bytes, "/big: cut at max_bytes");
  is_str(got[4].truncated, "length", "/big: WARC-Truncated: length");
  ok(got[4].warc, "/big: what arrived is archived");

  is_int(got[5].outcome, FETCH_TOO_LARGE, "/hugehead: too-large");
  ok(strstr(got[5].error, "head") != NULL, "/hugehead: the head");

  is_int(got[6].outcome, FETCH_OK, "/r/4: five redirects followed");
  is_int(got[6].n_hops, 6, "/r/4: six hops");
  is_int(got[6].hop_outcome[0], FETCH_REDIRECT, "/r/4: hop 0 redirect");
  is_int(got[6].hop_status[0], 302, "/r/4: hop 0 302");
  ok(strstr(got[6].final_url, "/ok") != NULL, "/r/4: final URL");
  is_int(got[7].outcome, FETCH_TOO_MANY_REDIRECTS,
         "/r/5: too-many-redirects");
  is_int(got[7].n_hops, 6, "/r/5: stopped after six exchanges");
  is_int(got[8].outcome, FETCH_TOO_MANY_REDIRECTS, "/loop: refused");
  is_int(got[9].outcome, FETCH_BAD_REDIRECT, "/ftp: bad-redirect");
  is_int(got[9].n_hops, 1, "/ftp: not followed");
  is_int(got[20].outcome, FETCH_BAD_REDIRECT, "file:// redirect refused");
  is_int(got[19].outcome, FETCH_BAD_REDIRECT, "3xx without Location");

  is_int(got[10].outcome, FETCH_NOT_MODIFIED, "conditional: not-modified");
  is_int(got[10].status, 304, "conditional: 304");
  is_int(got[11].outcome, FETCH_OK, "unconditional: 200");

  is_int(got[12].outcome, FETCH_RESET, "/reset: reset");
  is_int(got[13].outcome, FETCH_HTTP_ERROR, "/missing: http-error");
  is_int(got[13].status, 404, "/missing: 404");

  is_int(got[14].outcome, FETCH_REFUSED_PRIVATE,
         "redirect to 127.0.0.2: refused-private");
  is_int(got[14].n_hops, 2, "after the redirect hop");
  ok(strstr(got[14].error, "loopback 127.0.0.2") != NULL,
     "refusal names the address (%s)", got[14].error);

  is_int(got[15].outcome, FETCH_DECODE_ERROR, "corrupt gzip: decode-error");
  is_int(got[16].outcome, FETCH_TOO_LARGE, "endless body: too-large");
  is_int(got[16].bytes, c.max_bytes, "endless body: cut at max_bytes");
  is_int(got[17].outcome, FETCH_TRUNCATED, "1 GB declared, 10 sent: "
         "truncated");
  is_str(got[17].truncated, "disconnect", "WARC-Truncated: disconnect");

  ok(strstr(got[18].entity, "User-Agent: pressprobe/") != NULL,
     "identifying User-Agent sent");
  ok(strstr(got[18].entity, "Accept-Encoding: gzip, deflate") != NULL,
     "Accept-Encoding: gzip, deflate sent");
  ok(strstr(got[18].entity, "If-None-Match") == NULL,
     "no validators unless asked");

  is_int(got[21].outcome, FETCH_BAD_URL, "gopher: bad-url");
  is_int(got[21].n_hops, 0, "never started");

  fetch_get_stats(f, &st);
  ok(st.refused >= 1, "refusals counted");
  ok(st.warc_records > 20, "WARC records counted (%llu)",
     (unsigned long long)st.warc_records);
  fetch_free(f);
  ok(warc_writer_close(w, err) == PP_OK, "WARC file finished");
}

/* Read the engine's WARC file back and check what was recorded. */
static void test_warc_back(void)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  char path[512] = "";
  struct warc_reader *r;
  struct warc_record rec;
  int requests = 0, responses = 0, bad_digest = 0, rc;
  bool ua = false, raw_chunked = false, gz_raw = false, trunc = false;

  while(d && (e = readdir(d))) {
    if(!strncmp(e->d_name, "eng-", 4) && strstr(e->d_name, ".warc.gz") &&
       !strstr(e->d_name, ".open"))
      snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
  }
  if(d)
    closedir(d);
  ok(path[0], "engine's WARC file found");
  if(!path[0] || warc_reader_open(path, NULL, &r, NULL))
    return;
  while((rc = warc_next(r, &rec)) != PP_ENOENT) {
    struct warc_verify v;
    if(rc)
      continue;
    if(warc_verify(&rec, &v) == PP_OK &&
       (v.block == WARC_DIGEST_MISMATCH || v.payload == WARC_DIGEST_MISMATCH))
      bad_digest++;
    if(rec.type == WARC_REQUEST) {
      requests++;
      if(rec.block_len > 20 && !memcmp(rec.block, "GET /ok HTTP/1.1\r\n", 18)
         && find_mem(rec.block, rec.block_len, "User-Agent: pressprobe/", 23))
        ua = true;
    }
    if(rec.type == WARC_RESPONSE) {
      responses++;
      if(rec.target_uri && strstr(rec.target_uri, "/chunked") &&
         find_mem(rec.block, rec.block_len, "7\r\nchunked\r\n5\r\n", 15))
        raw_chunked = true;
      if(rec.target_uri && strstr(rec.target_uri, "/gzip") &&
         find_mem(rec.block, rec.block_len, "\r\n\r\n\x1f\x8b", 6))
        gz_raw = true;
      if(rec.target_uri && strstr(rec.target_uri, "/big") && rec.truncated &&
         !strcmp(rec.truncated, "length"))
        trunc = true;
    }
  }
  warc_reader_close(r);
  ok(requests >= 20 && responses >= 18, "request and response records "
     "(%d, %d)", requests, responses);
  is_int(bad_digest, 0, "every digest verifies");
  ok(ua, "request record: the request line and User-Agent as sent");
  ok(raw_chunked, "response record: chunked coding kept raw");
  ok(gz_raw, "response record: gzip bytes kept raw");
  ok(trunc, "response record cut at max_bytes says WARC-Truncated");
}

static void test_slow(void)
{
  struct fetch_config c;
  struct fetch *f = NULL;
  struct warc_writer *w = new_writer("slow");
  struct pp_addr lo;
  double t0;

  base_config(&c, &lo);
  c.timeout_ms = 2000;
  ok(fetch_new(&c, w, on_done, NULL, &f, NULL) == PP_OK, "engine");
  add(f, "/slow", 0, NULL);
  t0 = mono();
  run_all(f);
  is_int(got[0].outcome, FETCH_TIMEOUT, "one byte at a time: timeout");
  ok(mono() - t0 < 4.0, "cut within its bound (%.1f s for a 2 s limit)",
     mono() - t0);
  is_str(got[0].truncated, "time", "WARC-Truncated: time");
  fetch_free(f);
  warc_writer_close(w, NULL);
}

static void test_guard(void)
{
  struct fetch_config c;
  struct fetch *f = NULL;
  struct warc_writer *w = new_writer("guard");
  struct pp_addr lo;
  char r1[128], r2[128];
  const char *res[2];
  struct fetch_request rq;
  char url[256];

  /* no allowance at all: loopback refused, nothing sent */
  base_config(&c, &lo);
  c.n_allow_addrs = 0;
  ok(fetch_new(&c, w, on_done, NULL, &f, NULL) == PP_OK, "engine");
  add(f, "/ok", 0, NULL);
  snprintf(r1, sizeof(r1), "ssrf.test:%d:127.0.0.1", port);
  fetch_free(f);
  res[0] = r1;
  c.resolve = res;
  c.n_resolve = 1;
  ok(fetch_new(&c, w, on_done, NULL, &f, NULL) == PP_OK, "with --resolve");
  add(f, "/ok", 0, NULL);
  memset(&got[1], 0, sizeof(got[1]));
  memset(&rq, 0, sizeof(rq));
  snprintf(url, sizeof(url), "http://ssrf.test:%d/ok", port);
  rq.url = url;
  rq.user = &got[1];
  fetch_add(f, &rq);
  run_all(f);
  is_int(got[0].outcome, FETCH_REFUSED_PRIVATE, "127.0.0.1: refused");
  ok(!got[0].warc, "nothing sent, nothing archived");
  is_str(got[0].error, "refused: loopback 127.0.0.1", "the refusal, said");
  is_int(got[1].outcome, FETCH_REFUSED_PRIVATE,
         "a name resolving to 127.0.0.1: refused");
  fetch_free(f);

  /* allow_private lifts it */
  c.allow_private = true;
  ok(fetch_new(&c, w, on_done, NULL, &f, NULL) == PP_OK, "allow_private");
  add(f, "/ok", 0, NULL);
  run_all(f);
  is_int(got[0].outcome, FETCH_OK, "allow_private: ok");
  fetch_free(f);

  /* a name with two addresses: the refused one is skipped */
  base_config(&c, &lo);
  snprintf(r2, sizeof(r2), "two.test:%d:127.0.0.2,127.0.0.1", port);
  res[0] = r2;
  c.resolve = res;
  c.n_resolve = 1;
  ok(fetch_new(&c, w, on_done, NULL, &f, NULL) == PP_OK, "engine");
  memset(&got[2], 0, sizeof(got[2]));
  snprintf(url, sizeof(url), "http://two.test:%d/ok", port);
  rq.url = url;
  rq.user = &got[2];
  fetch_add(f, &rq);
  run_all(f);
  is_int(got[2].outcome, FETCH_OK, "second, allowed address used");
  is_str(got[2].ip, "127.0.0.1", "the allowed one");
  fetch_free(f);
  warc_writer_close(w, NULL);
}

static void test_politeness(void)
{
  struct fetch_config c;
  struct fetch *f = NULL;
  struct warc_writer *w = new_writer("polite");
  struct pp_addr lo;
  struct fetch_stats st;
  char r1[128], r2[128], url[256];
  const char *res[2];
  struct fetch_request rq;
  int i;
  double gap_min = 1e9;

  base_config(&c, &lo);
  c.per_host = 1;
  c.per_host_delay_ms = 300;
  snprintf(r1, sizeof(r1), "a.test:%d:127.0.0.1", port);
  snprintf(r2, sizeof(r2), "b.test:%d:127.0.0.1", port);
  res[0] = r1;
  res[1] = r2;
  c.resolve = res;
  c.n_resolve = 2;
  ok(fetch_new(&c, w, on_done, NULL, &f, NULL) == PP_OK, "engine");
  memset(&rq, 0, sizeof(rq));
  rq.url = url;
  for(i = 0; i < 6; i++) {
    memset(&got[i], 0, sizeof(got[i]));
    snprintf(url, sizeof(url), "http://%s.test:%d/ok", i < 3 ? "a" : "b",
             port);
    rq.user = &got[i];
    fetch_add(f, &rq);
  }
  run_all(f);
  for(i = 1; i < 3; i++) {
    double g = (double)(got[i].started - got[i - 1].started) / 1e6;
    if(g < gap_min)
      gap_min = g;
  }
  ok(gap_min >= 0.29, "one host: requests at least the delay apart "
     "(%.3f s)", gap_min);
  ok(llabs((long long)got[3].started - (long long)got[0].started) < 200000,
     "another host starts at once, not after the first host's delay");
  fetch_free(f);

  /* global concurrency 1 */
  base_config(&c, &lo);
  c.concurrency = 1;
  ok(fetch_new(&c, w, on_done, NULL, &f, NULL) == PP_OK, "engine");
  for(i = 0; i < 4; i++)
    add(f, "/delay", i, NULL);
  run_all(f);
  fetch_get_stats(f, &st);
  is_int(st.active_peak, 1, "concurrency 1: one transfer at a time");
  is_int(got[3].outcome, FETCH_OK, "and all done");
  fetch_free(f);

  /* stop: queued requests reported interrupted */
  base_config(&c, &lo);
  c.concurrency = 1;
  ok(fetch_new(&c, w, on_done, NULL, &f, NULL) == PP_OK, "engine");
  for(i = 0; i < 3; i++)
    add(f, "/delay", i, NULL);
  fetch_run(f, 100);
  fetch_stop(f);
  run_all(f);
  is_int(got[2].outcome, FETCH_INTERRUPTED, "stop: queued ones interrupted");
  is_int(fetch_pending(f), 0, "stop: nothing left");
  fetch_free(f);
  warc_writer_close(w, NULL);
}

int main(void)
{
  static uint8_t zeros[BOMB_SIZE];
  snprintf(dir, sizeof(dir), "/tmp/pp_fetch_%d", (int)getpid());
  if(mkdir(dir, 0700)) {
    printf("Bail out! cannot create %s\n", dir);
    return 1;
  }
  gz_small = gzip_mem((const uint8_t *)GZ_TEXT, strlen(GZ_TEXT),
                      &gz_small_len);
  gz_bomb = gzip_mem(zeros, sizeof(zeros), &gz_bomb_len);
  if(!gz_small || !gz_bomb) {
    printf("Bail out! zlib\n");
    return 1;
  }
  curl_global_init(CURL_GLOBAL_DEFAULT);
  test_names();
  test_decode();
  test_config();
  if(start_server()) {
    diag("cannot start the local server: engine tests skipped");
  }
  else {
    test_engine();
    test_warc_back();
    test_slow();
    test_guard();
    test_politeness();
    stop_server();
  }
  curl_global_cleanup();
  free(gz_small);
  free(gz_bomb);
  {
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    if(system(cmd) != 0)
      diag("could not remove %s", dir);
  }
  return tap_done();
}
