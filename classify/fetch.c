/*
 * fetch.c: the crawler's fetch engine on the libcurl multi interface (see
 * fetch.h for the contract).
 *
 * References: libcurl-multi(3), curl_easy_setopt(3) (OPENSOCKETFUNCTION,
 * HEADERFUNCTION, WRITEFUNCTION, DEBUGFUNCTION, RESOLVE,
 * HTTP_CONTENT_DECODING, HTTP_TRANSFER_DECODING), RFC 9110 15.4
 * (redirects: the engine follows them itself, one exchange per hop, so
 * each hop is its own pair of WARC records with its own server address),
 * RFC 9110 13.1.1/13.1.3 (If-None-Match, If-Modified-Since).
 *
 * One job per request.  A job waits in the FIFO queue until its host
 * (lowercase host name of the current hop's URL) has a free slot and its
 * delay has passed, then runs on an easy handle: the request head is
 * copied from the debug callback (CURLINFO_HEADER_OUT: exactly what was
 * sent), the response head from the header callback and the body, raw
 * (libcurl decodes neither transfer nor content codings here), from the
 * write callback, into one buffer: the block of the WARC response
 * record.  When the transfer ends the exchange is written to the WARC
 * file, a redirect puts the job back in the queue for its next hop, and
 * anything else ends the job: the body is decoded (capped) and the
 * caller's callback runs.
 */
#include "config.h"

#include <curl/curl.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "addrguard.h"
#include "fetch.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_store.h"

#define HOST_BUCKETS 1024
#define BUF_MIN (16 * 1024)
#define POLL_MAX_MS 200
#define USEC_PER_MS 1000u

static const char *const outcome_names[FETCH_OUTCOME_COUNT] = {
  [FETCH_OK] = "ok",
  [FETCH_NOT_MODIFIED] = "not-modified",
  [FETCH_REDIRECT] = "redirect",
  [FETCH_HTTP_ERROR] = "http-error",
  [FETCH_ROBOTS] = "robots-disallowed",
  [FETCH_REFUSED_PRIVATE] = "refused-private",
  [FETCH_TOO_MANY_REDIRECTS] = "too-many-redirects",
  [FETCH_BAD_REDIRECT] = "bad-redirect",
  [FETCH_TOO_LARGE] = "too-large",
  [FETCH_DECODE_LIMIT] = "decode-limit",
  [FETCH_DECODE_ERROR] = "decode-error",
  [FETCH_TIMEOUT] = "timeout",
  [FETCH_CONNECT_FAILED] = "connect-failed",
  [FETCH_DNS_FAILED] = "dns-failed",
  [FETCH_TLS_ERROR] = "tls-error",
  [FETCH_RESET] = "reset",
  [FETCH_TRUNCATED] = "truncated",
  [FETCH_PROTOCOL_ERROR] = "protocol-error",
  [FETCH_BAD_URL] = "bad-url",
  [FETCH_INTERRUPTED] = "interrupted",
  [FETCH_ERROR] = "error",
};

void fetch_result_row(const struct fetch_result *r, unsigned i,
                      struct store_fetch *row)
{
  const struct fetch_exchange *x = r->n_hops ? &r->hops[i] : r->last;
  memset(row, 0, sizeof(*row));
  row->url = x->url;
  row->final_url = r->final_url;
  row->hop = i;
  row->status = x->status;
  row->fetched_at = x->started;
  row->elapsed_ms = x->elapsed_ms;
  row->bytes = x->bytes;
  row->content_type = x->content_type;
  row->charset = x->charset[0] ? x->charset : NULL;
  row->text_bytes = x->text_bytes;
  row->invalid_bytes = x->invalid_bytes;
  row->server_ip = x->server_ip[0] ? x->server_ip : NULL;
  row->etag = x->etag;
  row->last_modified = x->last_modified;
  if(x->warc) {
    row->warc_file = x->record.file;
    row->warc_offset = x->record.offset;
    row->warc_length = x->record.length;
    row->block_digest = x->record.block_digest;
    row->payload_digest = x->record.payload_digest[0]
                          ? x->record.payload_digest : NULL;
  }
  row->truncated = x->truncated;
  row->outcome = fetch_outcome_name(x->outcome);
  row->error = x->error[0] ? x->error : NULL;
}

const char *fetch_outcome_name(enum fetch_outcome o)
{
  return (unsigned)o < FETCH_OUTCOME_COUNT ? outcome_names[o] : "error";
}

void fetch_config_defaults(struct fetch_config *c)
{
  memset(c, 0, sizeof(*c));
  c->concurrency = 16;
  c->per_host = 2;
  c->per_host_delay_ms = 1000;
  c->connect_timeout_ms = 10000;
  c->timeout_ms = 30000;
  c->max_bytes = 4u * 1024 * 1024;
  c->accept_language = "vi, en;q=0.5";
}

/* ---- state ------------------------------------------------------------- */

struct host {
  struct host *next;            /* hash chain */
  char *name;
  unsigned active;              /* transfers running */
  unsigned queued;              /* jobs waiting for it */
  uint64_t next_ok;             /* monotonic usec: no start before */
};

/* Owned strings of one hop. */
struct hop_strings {
  char *url, *location, *content_type, *etag, *last_modified;
};

struct job {
  struct fetch *f;
  struct job *next;             /* in the queue */
  struct job *a_prev, *a_next;  /* in the running list */
  char *url0;                   /* asked for */
  char *url;                    /* current hop (owned by hs[n_hops]) */
  void *user;
  char *inm, *ims;              /* conditional GET (first hop only) */
  uint32_t delay_ms;
  unsigned flags;
  bool bad;                     /* not fetchable: report at once */
  struct host *host;
  unsigned n_hops;              /* finished hops */
  struct fetch_exchange hops[FETCH_HOPS_MAX];
  struct hop_strings hs[FETCH_HOPS_MAX];
  /* the running transfer */
  CURL *easy;
  struct curl_slist *headers;
  uint8_t *buf;                 /* response head then body, raw */
  size_t len, cap, head_len;
  bool body_started;
  uint64_t body_bytes;
  uint8_t *req;                 /* request head as sent */
  size_t req_len;
  bool too_large, head_too_large, refused, interrupted;
  char refused_msg[96];
  pp_usec_t started_wall;
  uint64_t started_mono;
  char curl_err[CURL_ERROR_SIZE];
};

struct fetch {
  struct fetch_config cfg;
  char *user_agent, *accept_language, *fallback;
  struct curl_slist *resolve;
  struct pp_addr *allow;        /* allow_addrs, copied */
  struct warc_writer *warc;
  fetch_done_fn done;
  void *cbuser;
  CURLM *multi;
  struct job *q_head, *q_tail;  /* waiting jobs, FIFO */
  struct job *a_head;           /* running jobs */
  size_t queued, active;
  struct host *hosts[HOST_BUCKETS];
  size_t n_hosts;
  bool stop;
  int fatal;                    /* PP_EIO / PP_ENOMEM once it happened */
  struct fetch_stats stats;
  char errmsg[PP_ERRBUF_SIZE];
};

/* ---- small helpers ----------------------------------------------------- */

static uint64_t mono_usec(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static pp_usec_t wall_usec(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (pp_usec_t)ts.tv_sec * 1000000u + (pp_usec_t)ts.tv_nsec / 1000u;
}

static char *dup_or_null(const char *s)
{
  return s ? pp_strdup(s) : NULL;
}

/* A copy of n bytes of a header value (untrusted) as a C string: control
 * characters other than HT, and bytes outside ASCII (the fields we keep
 * are ASCII by their grammar; the store holds text), make it unusable
 * (NULL); over FETCH_HEADER_VALUE_MAX it is not kept either. */
static char *header_copy(const uint8_t *v, size_t n)
{
  struct pp_rd r;
  char *s;
  size_t i;
  if(!v || n > FETCH_HEADER_VALUE_MAX)
    return NULL;
  rd_init(&r, v, n);
  for(i = 0; i < n; i++) {
    uint8_t c = rd_u8(&r);
    if((c < 0x20 && c != '\t') || c >= 0x7f)
      return NULL;
  }
  s = pp_malloc(n + 1);
  if(!s)
    return NULL;
  rd_init(&r, v, n);
  rd_copy(&r, s, n);
  s[n] = '\0';
  return s;
}

static uint64_t hash_name(const char *s)
{
  uint64_t h = 1469598103934665603ull;   /* FNV-1a */
  while(*s) {
    h ^= (uint8_t)*s++;
    h *= 1099511628211ull;
  }
  return h;
}

static struct host *host_get(struct fetch *f, const char *name)
{
  uint64_t h = hash_name(name) % HOST_BUCKETS;
  struct host *e;
  for(e = f->hosts[h]; e; e = e->next) {
    if(!strcmp(e->name, name))
      return e;
  }
  if(f->n_hosts >= FETCH_HOSTS_MAX)
    return NULL;
  e = pp_calloc(1, sizeof(*e));
  if(!e)
    return NULL;
  e->name = pp_strdup(name);
  if(!e->name) {
    pp_free(e);
    return NULL;
  }
  e->next = f->hosts[h];
  f->hosts[h] = e;
  f->n_hosts++;
  return e;
}

/* Drop host entries with nothing running or waiting whose delay has
 * passed: they hold no state worth keeping. */
static void hosts_gc(struct fetch *f, uint64_t now)
{
  size_t i;
  for(i = 0; i < HOST_BUCKETS; i++) {
    struct host **pp = &f->hosts[i];
    while(*pp) {
      struct host *e = *pp;
      if(!e->active && !e->queued && e->next_ok <= now) {
        *pp = e->next;
        pp_free(e->name);
        pp_free(e);
        f->n_hosts--;
      }
      else
        pp = &e->next;
    }
  }
}

/* Lowercase host of an http(s) URL into out (cap); false when the URL is
 * not an absolute http or https URL that libcurl accepts. */
static bool url_host(const char *url, char *out, size_t cap)
{
  CURLU *u;
  char *scheme = NULL, *host = NULL;
  bool good = false;
  size_t i, n;

  if(!url || strlen(url) > FETCH_URL_MAX)
    return false;
  u = curl_url();
  if(!u)
    return false;
  if(curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
     curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
     curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
     (!strcasecmp(scheme, "http") || !strcasecmp(scheme, "https"))) {
    n = strlen(host);
    if(n && n < cap) {
      for(i = 0; i < n; i++) {
        char c = host[i];
        out[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
      }
      out[n] = '\0';
      good = true;
    }
  }
  curl_free(scheme);
  curl_free(host);
  curl_url_cleanup(u);
  return good;
}

/* ---- outcome mapping --------------------------------------------------- */

UNITTEST enum fetch_outcome fetch_outcome_from_curl(int code, bool too_large,
                                                    bool refused,
                                                    bool connected)
{
  switch((CURLcode)code) {
  case CURLE_OK:
    return FETCH_OK;
  case CURLE_COULDNT_RESOLVE_HOST:
    return FETCH_DNS_FAILED;
  case CURLE_COULDNT_CONNECT:
    return refused ? FETCH_REFUSED_PRIVATE : FETCH_CONNECT_FAILED;
  case CURLE_OPERATION_TIMEDOUT:
    if(connected)
      return FETCH_TIMEOUT;
    return refused ? FETCH_REFUSED_PRIVATE : FETCH_CONNECT_FAILED;
  case CURLE_WRITE_ERROR:
  case CURLE_FILESIZE_EXCEEDED:
    return too_large || code == CURLE_FILESIZE_EXCEEDED ? FETCH_TOO_LARGE
                                                        : FETCH_ERROR;
  case CURLE_PARTIAL_FILE:
    return FETCH_TRUNCATED;
  case CURLE_RECV_ERROR:
  case CURLE_SEND_ERROR:
  case CURLE_GOT_NOTHING:
    return FETCH_RESET;
  case CURLE_SSL_CONNECT_ERROR:
  case CURLE_PEER_FAILED_VERIFICATION:
  case CURLE_SSL_CERTPROBLEM:
  case CURLE_SSL_CIPHER:
  case CURLE_SSL_CACERT_BADFILE:
  case CURLE_SSL_ISSUER_ERROR:
  case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
  case CURLE_SSL_INVALIDCERTSTATUS:
  case CURLE_SSL_SHUTDOWN_FAILED:
  case CURLE_USE_SSL_FAILED:
    return FETCH_TLS_ERROR;
  case CURLE_WEIRD_SERVER_REPLY:
  case CURLE_HTTP2:
  case CURLE_HTTP2_STREAM:
  case CURLE_UNSUPPORTED_PROTOCOL:
  case CURLE_BAD_CONTENT_ENCODING:
  case CURLE_RANGE_ERROR:
  case CURLE_HTTP_RETURNED_ERROR:
    return FETCH_PROTOCOL_ERROR;
  case CURLE_URL_MALFORMAT:
    return FETCH_BAD_URL;
  case CURLE_ABORTED_BY_CALLBACK:
    return FETCH_INTERRUPTED;
  default:
    return FETCH_ERROR;
  }
}

/* ---- content ----------------------------------------------------------- */

/* Is a Content-Type value (untrusted, len bytes) HTML, XHTML or plain
 * text?  Only the media type before any ';' counts. */
UNITTEST bool fetch_is_text_type(const char *content_type, size_t len)
{
  static const char *const types[] = {
    "text/html", "application/xhtml+xml", "text/plain",
  };
  struct pp_rd r;
  char mt[64];
  size_t n = 0, i;

  if(!content_type)
    return false;
  rd_init(&r, content_type, len);
  while(rd_left(&r) && rd_peek(&r, 0) == ' ')
    rd_skip(&r, 1);
  while(rd_left(&r) && n < sizeof(mt) - 1) {
    uint8_t c = rd_u8(&r);
    if(c == ';' || c == ' ' || c == '\t')
      break;
    mt[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  mt[n] = '\0';
  for(i = 0; i < PP_ARRAY_LEN(types); i++) {
    if(!strcmp(mt, types[i]))
      return true;
  }
  return false;
}

/* No Content-Type: text when the entity starts (after blanks) with '<'. */
static bool looks_like_markup(const uint8_t *p, size_t n)
{
  struct pp_rd r;
  rd_init(&r, p, PP_MIN(n, 1024));
  while(rd_left(&r)) {
    uint8_t c = rd_u8(&r);
    if(c == '<')
      return true;
    if(c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xef &&
       c != 0xbb && c != 0xbf)
      return false;
  }
  return false;
}

/* The entity alone (FETCH_F_NO_TEXT): as fetch_decode, no charset. */
static enum fetch_outcome entity_only(const struct httpmsg *m,
                                      uint64_t decode_max, uint8_t **entity,
                                      size_t *entity_len)
{
  size_t max = decode_max > SIZE_MAX / 2 ? SIZE_MAX / 2 : (size_t)decode_max;
  switch(httpmsg_entity(m, max, entity, entity_len)) {
  case PP_OK:
    return FETCH_OK;
  case PP_ELIMIT:
    return FETCH_DECODE_LIMIT;
  case PP_ENOMEM:
    return FETCH_ERROR;
  default:
    return FETCH_DECODE_ERROR;
  }
}

enum fetch_outcome fetch_decode(const struct httpmsg *m, uint64_t decode_max,
                                const char *charset_fallback,
                                uint8_t **entity, size_t *entity_len,
                                uint8_t **text, size_t *text_len,
                                char *charset, uint64_t *invalid)
{
  enum fetch_outcome res = FETCH_OK;
  const uint8_t *ct = NULL;
  size_t ctlen = 0, inv = 0, max;
  char ctype[FETCH_HEADER_VALUE_MAX + 1];
  bool cut = false, have_ct;
  int rc;

  *entity = NULL;
  *entity_len = 0;
  *text = NULL;
  *text_len = 0;
  charset[0] = '\0';
  *invalid = 0;
  max = decode_max > SIZE_MAX / 2 ? SIZE_MAX / 2 : (size_t)decode_max;
  rc = httpmsg_entity(m, max, entity, entity_len);
  switch(rc) {
  case PP_OK:
    break;
  case PP_ELIMIT:
    res = FETCH_DECODE_LIMIT;
    break;
  case PP_ENOMEM:
    return FETCH_ERROR;
  default:            /* ETRUNC, EMALFORMED, ENOTSUP */
    res = FETCH_DECODE_ERROR;
    break;
  }
  if(!*entity)
    return res;
  have_ct = httpmsg_field(m, "content-type", &ct, &ctlen) == PP_OK;
  if(have_ct ? !fetch_is_text_type((const char *)ct, ctlen)
             : !looks_like_markup(*entity, *entity_len))
    return res;
  ctype[0] = '\0';
  if(have_ct && ctlen < sizeof(ctype)) {
    struct pp_rd r;
    rd_init(&r, ct, ctlen);
    rd_copy(&r, ctype, ctlen);
    ctype[ctlen] = '\0';
    if(memchr(ctype, '\0', ctlen))
      ctype[0] = '\0';
  }
  charset_detect(ctype[0] ? ctype : NULL, *entity, *entity_len,
                 charset_fallback, charset);
  rc = charset_to_utf8(charset, *entity, *entity_len, max, text, text_len,
                       &cut, &inv);
  if(rc == PP_ENOMEM)
    return FETCH_ERROR;
  if(rc == PP_ENOTSUP) {
    /* a label iconv does not know after all: read the page as the
     * fallback, as browsers do with labels they do not know */
    snprintf(charset, CHARSET_NAME_MAX, "%s",
             charset_fallback ? charset_fallback : "CP1258");
    rc = charset_to_utf8(charset, *entity, *entity_len, max, text,
                         text_len, &cut, &inv);
  }
  if(rc) {
    pp_free(*text);
    *text = NULL;
    *text_len = 0;
    return res;
  }
  *invalid = inv;
  if(cut && res == FETCH_OK)
    res = FETCH_DECODE_LIMIT;
  return res;
}

/* ---- curl callbacks ---------------------------------------------------- */

static bool buf_append(struct job *j, const void *p, size_t n, size_t limit)
{
  if(j->len + n > j->cap) {
    size_t cap = j->cap ? j->cap : BUF_MIN;
    uint8_t *nb;
    while(cap < j->len + n)
      cap = cap > SIZE_MAX / 2 ? SIZE_MAX : cap * 2;
    if(cap > limit)
      cap = limit;
    if(cap < j->len + n)
      return false;
    nb = pp_realloc(j->buf, cap);
    if(!nb)
      return false;
    j->buf = nb;
    j->cap = cap;
  }
  memcpy(j->buf + j->len, p, n);
  j->len += n;
  return true;
}

static size_t buf_limit(const struct job *j)
{
  uint64_t lim = j->f->cfg.max_bytes + FETCH_HEAD_MAX;
  return lim > SIZE_MAX ? SIZE_MAX : (size_t)lim;
}

static size_t on_header(char *p, size_t size, size_t n, void *user)
{
  struct job *j = user;
  size_t len = size * n;
  if(j->body_started)
    return len;                 /* trailers: already in the raw body */
  if(j->head_len + len > FETCH_HEAD_MAX) {
    j->head_too_large = true;
    return 0;
  }
  if(!buf_append(j, p, len, buf_limit(j)))
    return 0;
  j->head_len += len;
  return len;
}

static size_t on_body(char *p, size_t size, size_t n, void *user)
{
  struct job *j = user;
  size_t len = size * n, room;
  uint64_t max = j->f->cfg.max_bytes;

  if(j->f->stop) {
    j->interrupted = true;
    return 0;
  }
  j->body_started = true;
  room = j->body_bytes >= max ? 0
         : (size_t)PP_MIN((uint64_t)len, max - j->body_bytes);
  if(room && !buf_append(j, p, room, buf_limit(j)))
    return 0;
  j->body_bytes += room;
  j->f->stats.bytes += room;
  if(room < len) {
    j->too_large = true;        /* keep what fitted, stop the transfer */
    return 0;
  }
  return len;
}

static int on_debug(CURL *h, curl_infotype type, char *p, size_t n,
                    void *user)
{
  struct job *j = user;
  uint8_t *nb;
  (void)h;
  if(type != CURLINFO_HEADER_OUT || !n)
    return 0;
  /* One call carries a whole request head; a retried request replaces
   * the one before (only the last one was answered). */
  if(n > FETCH_REQ_HEAD_MAX)
    n = FETCH_REQ_HEAD_MAX;
  nb = pp_realloc(j->req, n);
  if(!nb)
    return 0;
  memcpy(nb, p, n);
  j->req = nb;
  j->req_len = n;
  return 0;
}

/* One of the addresses the operator allowed by name (--allow-address);
 * an IPv4-mapped IPv6 address counts as its IPv4 address. */
static bool allowed_extra(const struct fetch *f, const struct pp_addr *a)
{
  static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff,
                                     0xff};
  struct pp_addr v4;
  size_t i;
  if(a->family == PP_AF_INET6 && !memcmp(a->a, mapped, 12)) {
    pp_addr_set4(&v4, a->a + 12);
    a = &v4;
  }
  for(i = 0; i < f->cfg.n_allow_addrs; i++) {
    if(pp_addr_eq(&f->allow[i], a))
      return true;
  }
  return false;
}

static curl_socket_t on_open_socket(void *user, curlsocktype purpose,
                                    struct curl_sockaddr *a)
{
  struct job *j = user;
  struct pp_addr ad;
  int rc;

  if(purpose != CURLSOCKTYPE_IPCXN)
    return CURL_SOCKET_BAD;
  rc = addrguard_from_sockaddr(&a->addr, a->addrlen, &ad);
  if(rc || !(addrguard_allowed(&ad, j->f->cfg.allow_private) ||
             allowed_extra(j->f, &ad))) {
    j->f->stats.refused++;
    if(!j->refused) {
      char txt[PP_ADDR_STRLEN];
      if(rc)
        snprintf(j->refused_msg, sizeof(j->refused_msg),
                 "refused: address family %d", a->family);
      else
        snprintf(j->refused_msg, sizeof(j->refused_msg), "refused: %s %s",
                 addrguard_class_name(addrguard_classify(&ad)),
                 pp_addr_str(&ad, txt));
    }
    j->refused = true;
    return CURL_SOCKET_BAD;
  }
  return socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);
}

/* ---- engine ------------------------------------------------------------ */

static int fail(struct fetch *f, int code, const char *fmt, ...)
  PP_PRINTF(3, 4);
static int fail(struct fetch *f, int code, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(f->errmsg, sizeof(f->errmsg), fmt, ap);
  va_end(ap);
  if(!f->fatal)
    f->fatal = code;
  return code;
}

/* "HOST:PORT:ADDR[,ADDR...]" with ADDR an IPv4 or [IPv6] address. */
bool fetch_resolve_valid(const char *s)
{
  const char *host_end = strchr(s, ':'), *port_end, *a;
  char addr[PP_ADDR_STRLEN + 2];
  unsigned long port = 0;

  if(!s || !host_end || host_end == s)
    return false;
  for(a = host_end + 1; *a >= '0' && *a <= '9'; a++) {
    port = port * 10 + (unsigned long)(*a - '0');
    if(port > 65535)
      return false;
  }
  port_end = a;
  if(port_end == host_end + 1 || *port_end != ':' || port == 0)
    return false;
  a = port_end + 1;
  for(;;) {
    const char *end = strchr(a, ',');
    size_t n = end ? (size_t)(end - a) : strlen(a);
    struct pp_addr ad;
    if(n >= 2 && a[0] == '[' && a[n - 1] == ']') {
      a++;
      n -= 2;
    }
    if(!n || n >= sizeof(addr))
      return false;
    memcpy(addr, a, n);
    addr[n] = '\0';
    if(pp_addr_parse(&ad, addr))
      return false;
    if(!end)
      return true;
    a = end + 1;
  }
}

int fetch_new(const struct fetch_config *cfg, struct warc_writer *w,
              fetch_done_fn done, void *cbuser, struct fetch **out,
              char *errbuf)
{
  char dummy[PP_ERRBUF_SIZE];
  const curl_version_info_data *vi;
  struct fetch *f;
  size_t i;

  if(!errbuf)
    errbuf = dummy;
  errbuf[0] = '\0';
  if(!out)
    return PP_EINVAL;
  *out = NULL;
  if(!cfg || !w || !done) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "no configuration, WARC writer or "
             "callback");
    return PP_EINVAL;
  }
  if(!cfg->concurrency || cfg->concurrency > FETCH_CONCURRENCY_MAX ||
     !cfg->per_host || cfg->per_host > FETCH_PER_HOST_MAX ||
     cfg->per_host_delay_ms > FETCH_DELAY_MAX_MS || !cfg->timeout_ms ||
     !cfg->connect_timeout_ms || !cfg->max_bytes ||
     cfg->n_resolve > FETCH_RESOLVE_MAX ||
     cfg->n_allow_addrs > FETCH_ALLOW_MAX ||
     (cfg->n_allow_addrs && !cfg->allow_addrs)) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "fetch setting out of range");
    return PP_EINVAL;
  }
  for(i = 0; i < cfg->n_resolve; i++) {
    if(!cfg->resolve[i] || !fetch_resolve_valid(cfg->resolve[i])) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "--resolve '%s': expected "
               "HOST:PORT:ADDRESS[,ADDRESS...]",
               cfg->resolve[i] ? cfg->resolve[i] : "");
      return PP_EINVAL;
    }
  }
  vi = curl_version_info(CURLVERSION_NOW);
  if(!vi || !(vi->features & CURL_VERSION_LARGEFILE)) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "libcurl without large file support");
    return PP_ENOTSUP;
  }
  f = pp_calloc(1, sizeof(*f));
  if(!f)
    goto nomem;
  f->cfg = *cfg;
  if(!f->cfg.decode_max)
    f->cfg.decode_max = cfg->max_bytes > UINT64_MAX / 4 ? UINT64_MAX
                        : cfg->max_bytes * 4;
  f->user_agent = pp_strdup(cfg->user_agent ? cfg->user_agent
                                            : FETCH_DEFAULT_UA);
  f->accept_language = dup_or_null(cfg->accept_language);
  f->fallback = dup_or_null(cfg->charset_fallback);
  if(!f->user_agent || (cfg->accept_language && !f->accept_language) ||
     (cfg->charset_fallback && !f->fallback))
    goto nomem;
  f->cfg.user_agent = f->user_agent;
  f->cfg.accept_language = f->accept_language;
  f->cfg.charset_fallback = f->fallback;
  f->cfg.resolve = NULL;
  if(cfg->n_allow_addrs) {
    f->allow = pp_malloc(cfg->n_allow_addrs * sizeof(*f->allow));
    if(!f->allow)
      goto nomem;
    memcpy(f->allow, cfg->allow_addrs,
           cfg->n_allow_addrs * sizeof(*f->allow));
  }
  f->cfg.allow_addrs = f->allow;
  for(i = 0; i < cfg->n_resolve; i++) {
    struct curl_slist *n = curl_slist_append(f->resolve, cfg->resolve[i]);
    if(!n)
      goto nomem;
    f->resolve = n;
  }
  f->warc = w;
  f->done = done;
  f->cbuser = cbuser;
  f->multi = curl_multi_init();
  if(!f->multi)
    goto nomem;
  curl_multi_setopt(f->multi, CURLMOPT_MAX_HOST_CONNECTIONS,
                    (long)cfg->per_host);
  curl_multi_setopt(f->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
                    (long)cfg->concurrency);
  curl_multi_setopt(f->multi, CURLMOPT_MAXCONNECTS,
                    (long)cfg->concurrency * 2);
  *out = f;
  return PP_OK;
nomem:
  snprintf(errbuf, PP_ERRBUF_SIZE, "out of memory");
  fetch_free(f);
  return PP_ENOMEM;
}

static void hop_strings_free(struct hop_strings *s)
{
  pp_free(s->url);
  pp_free(s->location);
  pp_free(s->content_type);
  pp_free(s->etag);
  pp_free(s->last_modified);
  memset(s, 0, sizeof(*s));
}

static void active_unlink(struct fetch *f, struct job *j)
{
  if(j->a_prev)
    j->a_prev->a_next = j->a_next;
  else if(f->a_head == j)
    f->a_head = j->a_next;
  if(j->a_next)
    j->a_next->a_prev = j->a_prev;
  j->a_prev = j->a_next = NULL;
}

static void transfer_free(struct job *j)
{
  active_unlink(j->f, j);
  if(j->easy) {
    curl_multi_remove_handle(j->f->multi, j->easy);
    curl_easy_cleanup(j->easy);
    j->easy = NULL;
  }
  curl_slist_free_all(j->headers);
  j->headers = NULL;
  pp_free(j->buf);
  pp_free(j->req);
  j->buf = j->req = NULL;
  j->len = j->cap = j->head_len = j->req_len = 0;
  j->body_bytes = 0;
  j->body_started = j->too_large = j->head_too_large = false;
  j->refused = j->interrupted = false;
  j->refused_msg[0] = '\0';
  j->curl_err[0] = '\0';
}

static void job_free(struct job *j)
{
  unsigned i;
  if(!j)
    return;
  transfer_free(j);
  for(i = 0; i < FETCH_HOPS_MAX; i++)
    hop_strings_free(&j->hs[i]);
  pp_free(j->url0);
  pp_free(j->inm);
  pp_free(j->ims);
  pp_free(j);
}

void fetch_free(struct fetch *f)
{
  size_t i;
  if(!f)
    return;
  while(f->q_head) {
    struct job *j = f->q_head;
    f->q_head = j->next;
    job_free(j);
  }
  while(f->a_head)
    job_free(f->a_head);          /* unlinks itself */
  for(i = 0; i < HOST_BUCKETS; i++) {
    while(f->hosts[i]) {
      struct host *e = f->hosts[i];
      f->hosts[i] = e->next;
      pp_free(e->name);
      pp_free(e);
    }
  }
  curl_multi_cleanup(f->multi);
  curl_slist_free_all(f->resolve);
  pp_free(f->allow);
  pp_free(f->user_agent);
  pp_free(f->accept_language);
  pp_free(f->fallback);
  pp_free(f);
}

static void enqueue(struct fetch *f, struct job *j)
{
  j->next = NULL;
  if(f->q_tail)
    f->q_tail->next = j;
  else
    f->q_head = j;
  f->q_tail = j;
  f->queued++;
  if(j->host)
    j->host->queued++;
  if(f->queued > f->stats.queued_peak)
    f->stats.queued_peak = f->queued;
}

/* Point the job at url for its next hop (url is owned by hs[n_hops]). */
static int job_set_url(struct fetch *f, struct job *j, char *url)
{
  char host[PP_ERRBUF_SIZE];
  j->hs[j->n_hops].url = url;
  j->url = url;
  j->host = NULL;
  j->bad = !url_host(url, host, sizeof(host));
  if(!j->bad) {
    j->host = host_get(f, host);
    if(!j->host)
      return PP_ENOMEM;
  }
  return PP_OK;
}

int fetch_add(struct fetch *f, const struct fetch_request *req)
{
  struct job *j;
  char *url;

  if(!f || !req || !req->url)
    return PP_EINVAL;
  if(f->queued >= FETCH_QUEUE_MAX)
    return PP_ELIMIT;
  j = pp_calloc(1, sizeof(*j));
  if(!j)
    return PP_ENOMEM;
  j->f = f;
  j->user = req->user;
  j->delay_ms = PP_MIN(req->delay_ms, FETCH_DELAY_MAX_MS);
  j->flags = req->flags;
  j->url0 = pp_strdup(req->url);
  url = pp_strdup(req->url);
  j->inm = dup_or_null(req->if_none_match);
  j->ims = dup_or_null(req->if_modified_since);
  if(!j->url0 || !url || (req->if_none_match && !j->inm) ||
     (req->if_modified_since && !j->ims)) {
    pp_free(url);
    job_free(j);
    return PP_ENOMEM;
  }
  if(job_set_url(f, j, url)) {
    job_free(j);
    return PP_ENOMEM;
  }
  enqueue(f, j);
  f->stats.requests++;
  return PP_OK;
}

size_t fetch_pending(const struct fetch *f)
{
  return f ? f->queued + f->active : 0;
}

void fetch_stop(struct fetch *f)
{
  if(f)
    f->stop = true;
}

void fetch_get_stats(const struct fetch *f, struct fetch_stats *out)
{
  *out = f->stats;
}

const char *fetch_errmsg(const struct fetch *f)
{
  return f ? f->errmsg : "";
}

static uint32_t job_delay(const struct fetch *f, const struct job *j)
{
  return PP_MAX(f->cfg.per_host_delay_ms, j->delay_ms);
}

static struct curl_slist *add_header(struct curl_slist *l, const char *name,
                                     const char *value, bool *ok)
{
  char line[FETCH_HEADER_VALUE_MAX + 64];
  struct curl_slist *n;
  if(!*ok || !value)
    return l;
  snprintf(line, sizeof(line), "%s: %s", name, value);
  n = curl_slist_append(l, line);
  if(!n)
    *ok = false;
  return n ? n : l;
}

/* A header value given by the caller must not break the request. */
static bool safe_value(const char *v)
{
  if(!v)
    return true;
  if(strlen(v) > FETCH_HEADER_VALUE_MAX)
    return false;
  for(; *v; v++) {
    if((unsigned char)*v < 0x20 || *v == 0x7f)
      return false;
  }
  return true;
}

static int start(struct fetch *f, struct job *j)
{
  CURL *e = curl_easy_init();
  bool ok = true;
  CURLcode rc = CURLE_OK;
  long low_time;

  if(!e)
    return PP_ENOMEM;
  j->easy = e;
  j->headers = add_header(NULL, "Accept",
                          "text/html,application/xhtml+xml,"
                          "application/xml;q=0.9,*/*;q=0.8", &ok);
  j->headers = add_header(j->headers, "Accept-Language",
                          f->cfg.accept_language, &ok);
  j->headers = add_header(j->headers, "Accept-Encoding", "gzip, deflate",
                          &ok);
  if(j->n_hops == 0) {
    if(safe_value(j->inm))
      j->headers = add_header(j->headers, "If-None-Match", j->inm, &ok);
    if(safe_value(j->ims))
      j->headers = add_header(j->headers, "If-Modified-Since", j->ims,
                              &ok);
  }
  if(!ok)
    return PP_ENOMEM;
  low_time = (long)PP_MIN((uint32_t)FETCH_LOW_SPEED_SECS,
                          PP_MAX(1u, f->cfg.timeout_ms / 1000u));

#define SET(opt, val) if(!rc) rc = curl_easy_setopt(e, opt, val)
  SET(CURLOPT_URL, j->url);
  SET(CURLOPT_PRIVATE, (char *)j);
  SET(CURLOPT_ERRORBUFFER, j->curl_err);
  SET(CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500
  SET(CURLOPT_PROTOCOLS_STR, "http,https");
  SET(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
  SET(CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
  SET(CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
  SET(CURLOPT_FOLLOWLOCATION, 0L);      /* each hop is ours to record */
  SET(CURLOPT_PROXY, "");               /* never a proxy from the env */
  SET(CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
  SET(CURLOPT_HTTP_CONTENT_DECODING, 0L);   /* raw bytes to the WARC */
  SET(CURLOPT_HTTP_TRANSFER_DECODING, 0L);
  SET(CURLOPT_USERAGENT, f->cfg.user_agent);
  SET(CURLOPT_HTTPHEADER, j->headers);
  SET(CURLOPT_CONNECTTIMEOUT_MS, (long)f->cfg.connect_timeout_ms);
  SET(CURLOPT_TIMEOUT_MS, (long)f->cfg.timeout_ms);
  SET(CURLOPT_LOW_SPEED_LIMIT, (long)FETCH_LOW_SPEED_BYTES);
  SET(CURLOPT_LOW_SPEED_TIME, low_time);
  SET(CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
  SET(CURLOPT_OPENSOCKETDATA, j);
  SET(CURLOPT_HEADERFUNCTION, on_header);
  SET(CURLOPT_HEADERDATA, j);
  SET(CURLOPT_WRITEFUNCTION, on_body);
  SET(CURLOPT_WRITEDATA, j);
  SET(CURLOPT_DEBUGFUNCTION, on_debug);
  SET(CURLOPT_DEBUGDATA, j);
  SET(CURLOPT_VERBOSE, 1L);             /* for the debug callback only */
  if(f->resolve)
    SET(CURLOPT_RESOLVE, f->resolve);
#undef SET
  if(rc) {
    snprintf(j->curl_err, sizeof(j->curl_err), "%s",
             curl_easy_strerror(rc));
    return PP_ENOTSUP;
  }
  if(curl_multi_add_handle(f->multi, e) != CURLM_OK)
    return PP_ENOMEM;
  j->started_wall = wall_usec();
  j->started_mono = mono_usec();
  j->a_next = f->a_head;
  if(f->a_head)
    f->a_head->a_prev = j;
  f->a_head = j;
  j->host->active++;
  j->host->next_ok = PP_MAX(j->host->next_ok,
                            j->started_mono +
                            (uint64_t)job_delay(f, j) * USEC_PER_MS);
  f->active++;
  f->stats.exchanges++;
  if(f->active > f->stats.active_peak)
    f->stats.active_peak = f->active;
  return PP_OK;
}

/* Deliver a finished job to the caller and free it. */
static void deliver(struct fetch *f, struct job *j, const struct httpmsg *m,
                    const uint8_t *entity, size_t elen, const uint8_t *text,
                    size_t tlen)
{
  struct fetch_exchange standin;
  struct fetch_result r;

  memset(&r, 0, sizeof(r));
  r.user = j->user;
  r.url = j->url0;
  r.hops = j->hops;
  r.n_hops = j->n_hops;
  if(j->n_hops) {
    r.last = &j->hops[j->n_hops - 1];
    r.final_url = r.last->url;
  }
  else {
    memset(&standin, 0, sizeof(standin));
    standin.url = j->url ? j->url : j->url0;
    standin.outcome = j->bad ? FETCH_BAD_URL : FETCH_INTERRUPTED;
    standin.started = wall_usec();
    snprintf(standin.error, sizeof(standin.error), "%s",
             j->bad ? "not an http or https URL libcurl accepts"
                    : "stopped before it started");
    r.last = &standin;
    r.final_url = standin.url;
    f->stats.outcomes[standin.outcome]++;
  }
  r.msg = m;
  r.entity = entity;
  r.entity_len = elen;
  r.text = text;
  r.text_len = tlen;
  f->done(f->cbuser, &r);
  job_free(j);
}

/* Write the hop's WARC records; PP_OK or the writer's error. */
static int write_warc(struct fetch *f, struct job *j,
                      struct fetch_exchange *x)
{
  struct warc_wrec req, resp;
  struct warc_written rq;
  int rc;

  if(!j->req_len)
    return PP_OK;               /* nothing was sent */
  memset(&req, 0, sizeof(req));
  req.type = WARC_REQUEST;
  req.target_uri = x->url;
  req.ip = x->server_ip[0] ? x->server_ip : NULL;
  req.date = x->started;
  req.block = j->req;
  req.block_len = j->req_len;
  if(!j->len) {
    rc = warc_write(f->warc, &req, &x->record);
    if(!rc)
      f->stats.warc_records++;
  }
  else {
    resp = req;
    resp.type = WARC_RESPONSE;
    resp.block = j->buf;
    resp.block_len = j->len;
    resp.truncated = x->truncated;
    rc = warc_write_exchange(f->warc, &req, &resp, &rq, &x->record);
    if(!rc)
      f->stats.warc_records += 2;
  }
  if(rc == PP_EINVAL)
    return PP_OK;               /* a URI the format cannot hold: skip */
  if(rc)
    return fail(f, rc, "writing WARC records: %s",
                warc_writer_errmsg(f->warc));
  x->warc = true;
  return PP_OK;
}

/* Fill hop strings from the response head (validators, type). */
static void hop_fields(struct job *j, struct fetch_exchange *x,
                       struct hop_strings *hs, const struct httpmsg *m)
{
  const uint8_t *v;
  size_t n;
  if(httpmsg_field(m, "content-type", &v, &n) == PP_OK)
    hs->content_type = header_copy(v, n);
  if(httpmsg_field(m, "etag", &v, &n) == PP_OK)
    hs->etag = header_copy(v, n);
  if(httpmsg_field(m, "last-modified", &v, &n) == PP_OK)
    hs->last_modified = header_copy(v, n);
  x->content_type = hs->content_type;
  x->etag = hs->etag;
  x->last_modified = hs->last_modified;
  (void)j;
}

static void finish(struct fetch *f, struct job *j, CURLcode code)
{
  struct fetch_exchange *x = &j->hops[j->n_hops];
  struct hop_strings *hs = &j->hs[j->n_hops];
  struct httpmsg m;
  bool have_msg = false, connected, last = true;
  char *ip = NULL, *redir = NULL;
  curl_off_t total = 0, conn = 0;
  long status = 0;
  uint8_t *entity = NULL, *text = NULL;
  size_t elen = 0, tlen = 0;

  curl_easy_getinfo(j->easy, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_getinfo(j->easy, CURLINFO_PRIMARY_IP, &ip);
  curl_easy_getinfo(j->easy, CURLINFO_TOTAL_TIME_T, &total);
  curl_easy_getinfo(j->easy, CURLINFO_CONNECT_TIME_T, &conn);
  curl_easy_getinfo(j->easy, CURLINFO_REDIRECT_URL, &redir);
  connected = conn > 0 || j->len > 0;

  memset(x, 0, sizeof(*x));
  x->url = j->url;
  x->started = j->started_wall;
  x->elapsed_ms = (uint32_t)PP_MIN((uint64_t)(total < 0 ? 0 : total) / 1000u,
                                   UINT32_MAX);
  x->bytes = j->body_bytes;
  x->status = j->len ? (int)status : 0;
  if(connected && ip && *ip)
    snprintf(x->server_ip, sizeof(x->server_ip), "%s", ip);
  if(j->interrupted)
    code = CURLE_ABORTED_BY_CALLBACK;
  x->outcome = fetch_outcome_from_curl(code, j->too_large ||
                                       j->head_too_large, j->refused,
                                       connected);
  if(j->len && httpmsg_split(j->buf, j->len, &m) == PP_OK) {
    have_msg = true;
    hop_fields(j, x, hs, &m);
  }
  switch(x->outcome) {
  case FETCH_OK:
    if(status >= 200 && status < 300)
      break;
    if(status == 304)
      x->outcome = FETCH_NOT_MODIFIED;
    else if(status >= 300 && status < 400) {
      if(!redir || strlen(redir) > FETCH_URL_MAX ||
         (strncasecmp(redir, "http://", 7) &&
          strncasecmp(redir, "https://", 8))) {
        x->outcome = FETCH_BAD_REDIRECT;
        snprintf(x->error, sizeof(x->error), "%s", redir ?
                 "redirect to a URL that is not http or https" :
                 "redirect without a usable Location");
      }
      else if(j->flags & FETCH_F_NO_FOLLOW)
        x->outcome = FETCH_REDIRECT;
      else if(j->n_hops + 1 >= FETCH_HOPS_MAX) {
        x->outcome = FETCH_TOO_MANY_REDIRECTS;
        snprintf(x->error, sizeof(x->error), "more than %d redirects",
                 FETCH_REDIRS_MAX);
      }
      else {
        x->outcome = FETCH_REDIRECT;
        last = false;
      }
      if(redir && x->outcome != FETCH_BAD_REDIRECT) {
        hs->location = pp_strdup(redir);
        x->location = hs->location;
        if(!hs->location) {
          fail(f, PP_ENOMEM, "out of memory");
          last = true;
        }
      }
    }
    else if(status >= 400)
      x->outcome = FETCH_HTTP_ERROR;
    else
      x->outcome = FETCH_PROTOCOL_ERROR;
    break;
  case FETCH_TOO_LARGE:
    x->truncated = "length";
    if(j->head_too_large)
      snprintf(x->error, sizeof(x->error), "response head over %d bytes",
               FETCH_HEAD_MAX);
    else
      snprintf(x->error, sizeof(x->error), "body over %" PRIu64 " bytes: "
               "cut", f->cfg.max_bytes);
    break;
  case FETCH_REFUSED_PRIVATE:
    snprintf(x->error, sizeof(x->error), "%s", j->refused_msg);
    break;
  case FETCH_TIMEOUT:
    x->truncated = j->len ? "time" : NULL;
    break;
  case FETCH_TRUNCATED:
  case FETCH_RESET:
    x->truncated = j->len ? "disconnect" : NULL;
    break;
  case FETCH_INTERRUPTED:
    x->truncated = j->len ? "unspecified" : NULL;
    break;
  default:
    break;
  }
  if(!x->error[0] && code != CURLE_OK)
    snprintf(x->error, sizeof(x->error), "%s", j->curl_err[0] ?
             j->curl_err : curl_easy_strerror(code));
  if(x->outcome == FETCH_HTTP_ERROR && !x->error[0])
    snprintf(x->error, sizeof(x->error), "HTTP %ld", status);

  /* this hop is over: free its host slot, keep the delay */
  j->host->active--;
  j->host->next_ok = PP_MAX(j->host->next_ok,
                            mono_usec() +
                            (uint64_t)job_delay(f, j) * USEC_PER_MS);
  f->active--;

  if(write_warc(f, j, x) == PP_OK && last && x->outcome == FETCH_OK &&
     have_msg) {
    enum fetch_outcome d;
    if(j->flags & FETCH_F_NO_TEXT)
      d = entity_only(&m, f->cfg.decode_max, &entity, &elen);
    else
      d = fetch_decode(&m, f->cfg.decode_max, f->fallback, &entity, &elen,
                       &text, &tlen, x->charset, &x->invalid_bytes);
    x->text_bytes = text ? tlen : 0;
    if(d != FETCH_OK) {
      x->outcome = d;
      if(d == FETCH_DECODE_LIMIT)
        snprintf(x->error, sizeof(x->error), "decoded body over %" PRIu64
                 " bytes: cut (compression bomb?)", f->cfg.decode_max);
      else if(d == FETCH_DECODE_ERROR)
        snprintf(x->error, sizeof(x->error), "content coding corrupt or "
                 "not supported");
      else
        fail(f, PP_ENOMEM, "out of memory");
    }
  }
  f->stats.outcomes[x->outcome]++;
  j->n_hops++;
  if(!last) {
    /* the next hop: a new URL, maybe another host; no validators */
    char *next = pp_strdup(x->location);
    transfer_free(j);
    /* job_set_url owns next from its first line, even when it fails */
    if(!next || job_set_url(f, j, next)) {
      fail(f, PP_ENOMEM, "out of memory");
      j->n_hops--;              /* report the chain as it stands */
      j->hops[j->n_hops].outcome = FETCH_ERROR;
      j->n_hops++;
      deliver(f, j, NULL, NULL, 0, NULL, 0);
      return;
    }
    enqueue(f, j);
    return;
  }
  {
    bool body = x->outcome == FETCH_OK || x->outcome == FETCH_DECODE_LIMIT;
    /* the callback may add requests: nothing of j is in the engine now
     * (its buffer stays until job_free, for m) */
    active_unlink(f, j);
    curl_multi_remove_handle(f->multi, j->easy);
    curl_easy_cleanup(j->easy);
    j->easy = NULL;
    deliver(f, j, body && have_msg ? &m : NULL, body ? entity : NULL,
            body ? elen : 0, body ? text : NULL, body ? tlen : 0);
  }
  pp_free(entity);
  pp_free(text);
}

/* Start what may start now; *wake gets the monotonic time at which a
 * waiting job's host is next ready (0: none waits on a delay). */
static int start_ready(struct fetch *f, uint64_t now, uint64_t *wake)
{
  struct job **pp = &f->q_head, *prev = NULL;
  *wake = 0;
  while(*pp && !f->fatal) {
    struct job *j = *pp;
    bool go = j->bad || f->stop;
    if(!go && f->active < f->cfg.concurrency &&
       j->host->active < f->cfg.per_host) {
      if(j->host->next_ok <= now)
        go = true;
      else if(!*wake || j->host->next_ok < *wake)
        *wake = j->host->next_ok;
    }
    if(!go) {
      prev = j;
      pp = &j->next;
      continue;
    }
    /* unlink */
    *pp = j->next;
    if(f->q_tail == j)
      f->q_tail = prev;
    f->queued--;
    if(j->host)
      j->host->queued--;
    if(j->bad || f->stop) {
      if(j->bad && j->n_hops) {
        /* a redirect to something libcurl cannot fetch */
        struct fetch_exchange *x = &j->hops[j->n_hops - 1];
        f->stats.outcomes[x->outcome]--;
        x->outcome = FETCH_BAD_REDIRECT;
        f->stats.outcomes[x->outcome]++;
        snprintf(x->error, sizeof(x->error), "redirect to a URL that "
                 "cannot be fetched");
      }
      deliver(f, j, NULL, NULL, 0, NULL, 0);
      /* the callback may have queued jobs: rescan from the start */
      pp = &f->q_head;
      prev = NULL;
      continue;
    }
    if(start(f, j)) {
      struct fetch_exchange *x = &j->hops[j->n_hops];
      memset(x, 0, sizeof(*x));
      x->url = j->url;
      x->started = wall_usec();
      x->outcome = FETCH_ERROR;
      snprintf(x->error, sizeof(x->error), "cannot start: %s",
               j->curl_err[0] ? j->curl_err : "out of memory");
      f->stats.outcomes[FETCH_ERROR]++;
      j->n_hops++;
      deliver(f, j, NULL, NULL, 0, NULL, 0);
      pp = &f->q_head;
      prev = NULL;
      continue;
    }
    if(f->active >= f->cfg.concurrency) {
      /* the rest cannot start; still find the earliest wake-up */
      continue;
    }
  }
  return f->fatal;
}

static void finish_done(struct fetch *f)
{
  CURLMsg *msg;
  int left;
  while((msg = curl_multi_info_read(f->multi, &left))) {
    struct job *j = NULL;
    if(msg->msg != CURLMSG_DONE)
      continue;
    curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&j);
    if(j)
      finish(f, j, msg->data.result);
  }
}

/* Cut every running transfer (fetch_stop): what arrived is recorded. */
static void cut_running(struct fetch *f)
{
  while(f->a_head && !f->fatal) {
    struct job *j = f->a_head;
    j->interrupted = true;
    finish(f, j, CURLE_ABORTED_BY_CALLBACK);
  }
}

int fetch_run(struct fetch *f, uint32_t max_ms)
{
  uint64_t t0 = mono_usec(), deadline = t0 + (uint64_t)max_ms * USEC_PER_MS;
  uint64_t last_gc = t0;

  if(!f)
    return PP_EINVAL;
  for(;;) {
    uint64_t now = mono_usec(), wake;
    int running = 0, wait_ms;
    if(f->fatal)
      return f->fatal;
    if(f->stop && f->active)
      cut_running(f);
    if(start_ready(f, now, &wake))
      return f->fatal;
    if(!f->active && !f->queued)
      return PP_OK;
    if(curl_multi_perform(f->multi, &running) != CURLM_OK)
      return fail(f, PP_ENOMEM, "libcurl multi interface failed");
    finish_done(f);
    if(f->fatal)
      return f->fatal;
    if(start_ready(f, mono_usec(), &wake))
      return f->fatal;
    if(!f->active && !f->queued)
      return PP_OK;
    now = mono_usec();
    if(max_ms && now >= deadline)
      return PP_EAGAIN;
    wait_ms = POLL_MAX_MS;
    if(wake && wake > now)
      wait_ms = (int)PP_MIN((uint64_t)POLL_MAX_MS,
                            (wake - now + 999) / 1000);
    else if(wake)
      wait_ms = 0;
    if(max_ms)
      wait_ms = (int)PP_MIN((uint64_t)wait_ms,
                            (deadline - now + 999) / 1000);
    if(f->active) {
      if(curl_multi_poll(f->multi, NULL, 0, wait_ms, NULL) != CURLM_OK)
        return fail(f, PP_ENOMEM, "libcurl multi interface failed");
    }
    else if(wait_ms > 0) {
      struct timespec ts = {wait_ms / 1000, (long)(wait_ms % 1000) *
                            1000000L};
      nanosleep(&ts, NULL);
    }
    if(now - last_gc > 10u * 1000000u && f->n_hosts > 1024) {
      hosts_gc(f, now);
      last_gc = now;
    }
  }
}
