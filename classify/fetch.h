/*
 * fetch.h: the fetch engine of the crawler: polite, bounded HTTP(S)
 * fetching on the libcurl multi interface, every exchange kept as WARC
 * evidence.
 *
 * References: RFC 9110 (HTTP semantics: 15.4 redirects, 13.1 conditional
 * requests, 8.4 content codings), RFC 9112 (HTTP/1.1), RFC 9113 (HTTP/2),
 * RFC 9309 (robots.txt, for the callers' use), libcurl-multi(3).
 *
 * A request is a URL (http or https only).  The engine queues it, starts
 * it when the global limit (concurrency) and its host's limits allow (at
 * most per_host transfers to one host name at once, and a delay between
 * requests to the same host: the larger of the configured delay and the
 * request's own, such as a robots.txt Crawl-delay), and follows redirects
 * itself, one exchange per hop (at most FETCH_REDIRS_MAX), so that every
 * hop is recorded: its request and response as sent and received go to
 * the WARC writer (warc_write_exchange), or the request alone when no
 * response byte arrived.  When the chain ends the caller's callback gets
 * every hop and, for the last one, the body.
 *
 * Safety, per connection (so redirects and DNS rebinding are covered):
 * libcurl's open-socket callback asks addrguard_allowed() about the
 * address about to be connected to and refuses it (outcome
 * FETCH_REFUSED_PRIVATE) unless allow_private; proxies from the
 * environment are ignored; only http and https are spoken.  A hostile
 * server costs bounded time (connect timeout, total timeout, a low-speed
 * cut) and memory (the body is cut at max_bytes in the write callback, the
 * head at HTTPMSG_HEAD_MAX; content decoding is ours, capped; at most
 * concurrency transfers hold buffers).  Memory in use is about
 * concurrency x (max_bytes + FETCH_HEAD_MAX) plus, during a callback, one
 * decoded body and its text (each at most the decode cap).
 *
 * Content: Accept-Encoding: gzip, deflate is sent but libcurl does not
 * decode: the raw bytes (chunked coding included) go to the WARC file;
 * the callback gets the entity decoded by httpmsg_entity() with a cap (a
 * compression bomb stops there), and for HTML and text its UTF-8
 * conversion (charset.h).
 *
 * Single-threaded: the callback runs inside fetch_run() and may add new
 * requests.
 */
#ifndef PP_FETCH_H
#define PP_FETCH_H

#include "charset.h"
#include "httpmsg.h"
#include "pp_addr.h"
#include "pp_common.h"
#include "warc.h"

#define FETCH_REDIRS_MAX 5           /* redirects followed per request */
#define FETCH_HOPS_MAX (FETCH_REDIRS_MAX + 1)
#define FETCH_HEAD_MAX HTTPMSG_HEAD_MAX     /* response head we accept */
#define FETCH_REQ_HEAD_MAX (16 * 1024)      /* request head we record */
#define FETCH_URL_MAX 4096           /* URLs longer are refused */
#define FETCH_HEADER_VALUE_MAX 1024  /* content type, validators kept */
#define FETCH_CONCURRENCY_MAX 1024
#define FETCH_PER_HOST_MAX 16
#define FETCH_DELAY_MAX_MS (600u * 1000)    /* any per-host delay */
#define FETCH_RESOLVE_MAX 256        /* --resolve entries */
#define FETCH_ALLOW_MAX 256          /* --allow-address entries */
#define FETCH_LOW_SPEED_BYTES 256    /* bytes/s below which ... */
#define FETCH_LOW_SPEED_SECS 15      /* ... for this long, a transfer is
                                        cut (at most the total timeout) */
#define FETCH_HOSTS_MAX 65536        /* host entries kept (idle ones are
                                        dropped first) */
#define FETCH_QUEUE_MAX (1u << 20)   /* requests waiting at once */

/* What became of one exchange (the string forms are in the store). */
enum fetch_outcome {
  FETCH_OK = 0,             /* "ok": 2xx, complete */
  FETCH_NOT_MODIFIED,       /* "not-modified": 304 to a conditional GET */
  FETCH_REDIRECT,           /* "redirect": a 3xx hop that was followed */
  FETCH_HTTP_ERROR,         /* "http-error": 4xx or 5xx (status kept) */
  FETCH_ROBOTS,             /* "robots-disallowed": not fetched */
  FETCH_REFUSED_PRIVATE,    /* "refused-private": the address guard */
  FETCH_TOO_MANY_REDIRECTS, /* "too-many-redirects" */
  FETCH_BAD_REDIRECT,       /* "bad-redirect": no usable Location, or a
                               scheme other than http/https */
  FETCH_TOO_LARGE,          /* "too-large": body over max_bytes (cut and
                               kept), or head over FETCH_HEAD_MAX */
  FETCH_DECODE_LIMIT,       /* "decode-limit": decoded body over the cap
                               (compression bomb); raw bytes kept */
  FETCH_DECODE_ERROR,       /* "decode-error": corrupt or unsupported
                               content coding */
  FETCH_TIMEOUT,            /* "timeout": total time or low speed */
  FETCH_CONNECT_FAILED,     /* "connect-failed": refused, unreachable,
                               connect timeout */
  FETCH_DNS_FAILED,         /* "dns-failed" */
  FETCH_TLS_ERROR,          /* "tls-error": handshake or certificate */
  FETCH_RESET,              /* "reset": connection reset, or closed with
                               no (complete) response head */
  FETCH_TRUNCATED,          /* "truncated": closed before the declared
                               length or the last chunk */
  FETCH_PROTOCOL_ERROR,     /* "protocol-error": not valid HTTP */
  FETCH_BAD_URL,            /* "bad-url": not a fetchable http(s) URL */
  FETCH_INTERRUPTED,        /* "interrupted": stopped by fetch_stop() */
  FETCH_ERROR,              /* "error": anything else (see error text) */
  FETCH_OUTCOME_COUNT
};

/* Stable name of an outcome ("ok", "refused-private", ...). */
const char *fetch_outcome_name(enum fetch_outcome o);

/* Configuration; fetch_config_defaults() fills it. */
struct fetch_config {
  unsigned concurrency;         /* transfers at once, 1..CONCURRENCY_MAX */
  unsigned per_host;            /* transfers to one host at once */
  uint32_t per_host_delay_ms;   /* between requests to one host */
  uint32_t connect_timeout_ms;
  uint32_t timeout_ms;          /* whole exchange (one hop) */
  uint64_t max_bytes;           /* body bytes received per exchange */
  uint64_t decode_max;          /* decoded body and its text; 0: 4 x
                                   max_bytes */
  const char *user_agent;       /* copied; NULL: FETCH_DEFAULT_UA */
  const char *accept_language;  /* copied; NULL: none sent */
  bool allow_private;           /* lift the address guard (labs, tests) */
  const struct pp_addr *allow_addrs;  /* these addresses are allowed even
                                   when not public (a lab server); copied */
  size_t n_allow_addrs;
  const char *const *resolve;   /* "HOST:PORT:ADDR[,ADDR]" as curl's
                                   --resolve; copied */
  size_t n_resolve;
  const char *charset_fallback; /* for pages that do not say; NULL:
                                   CP1258 */
};

#define FETCH_DEFAULT_UA \
  "pressprobe/" PACKAGE_VERSION \
  " (+https://example.invalid/pressprobe; contact)"

void fetch_config_defaults(struct fetch_config *c);

/* Is s a --resolve entry fetch_new accepts ("HOST:PORT:ADDR[,ADDR...]",
 * ADDR an IPv4 or [IPv6] address, PORT 1..65535)? */
bool fetch_resolve_valid(const char *s);

/* One hop, as the store records it.  Strings are owned by the engine
 * and valid during the callback. */
struct fetch_exchange {
  const char *url;              /* asked for in this hop */
  const char *location;         /* redirect target (absolute), or NULL */
  enum fetch_outcome outcome;
  int status;                   /* 0: no response */
  pp_usec_t started;            /* wall clock, usec */
  uint32_t elapsed_ms;
  uint64_t bytes;               /* body bytes received (raw) */
  const char *content_type;     /* response field, or NULL */
  const char *etag, *last_modified;   /* response validators, or NULL */
  char server_ip[48];           /* "" when no connection was made */
  char error[PP_ERRBUF_SIZE];   /* "" when none */
  bool warc;                    /* a record was written: */
  struct warc_written record;   /* the response record, or the request
                                   record when no response arrived */
  const char *truncated;        /* WARC-Truncated given, or NULL */
  /* for the last hop of an ok response whose text was decoded: */
  char charset[CHARSET_NAME_MAX];     /* "" when not converted */
  uint64_t text_bytes;
  uint64_t invalid_bytes;
};

/* A finished request: its hops, and the last hop's content. */
struct fetch_result {
  void *user;                   /* as given to fetch_add */
  const char *url;              /* asked for */
  const char *final_url;        /* the last hop's URL */
  const struct fetch_exchange *hops;
  unsigned n_hops;              /* 1..FETCH_HOPS_MAX; 0 when the request
                                   was never started (bad URL, stop) */
  const struct fetch_exchange *last;  /* hops[n_hops - 1], or a
                                         stand-in when n_hops is 0 */
  /* last hop only, NULL/0 unless it has a 2xx response: */
  const struct httpmsg *msg;    /* the response as received */
  const uint8_t *entity;        /* body with the codings undone (capped) */
  size_t entity_len;
  const uint8_t *text;          /* UTF-8 text (HTML, XHTML, plain text
                                   responses), NFC; else NULL */
  size_t text_len;
};

typedef void (*fetch_done_fn)(void *cbuser, const struct fetch_result *r);

/*
 * Hop i of r as a row of the store's fetches table (the strings point
 * into r: valid during the callback).  run_id, site and kind are the
 * caller's; the rest comes from the exchange.
 */
struct store_fetch;
void fetch_result_row(const struct fetch_result *r, unsigned i,
                      struct store_fetch *row);

/* Per-request flags. */
#define FETCH_F_NO_FOLLOW 0x1u   /* do not follow redirects */
#define FETCH_F_NO_TEXT 0x2u     /* the entity only: no charset work */

struct fetch_request {
  const char *url;              /* absolute http(s) URL; copied */
  void *user;                   /* returned in the result */
  const char *if_none_match;    /* validators for a conditional GET, */
  const char *if_modified_since;/* copied; NULL: none */
  uint32_t delay_ms;            /* this request's host delay (e.g. a
                                   Crawl-delay), if larger than the
                                   configured one */
  unsigned flags;               /* FETCH_F_* */
};

/* Counters since fetch_new. */
struct fetch_stats {
  uint64_t requests;            /* fetch_add accepted */
  uint64_t exchanges;           /* hops started */
  uint64_t outcomes[FETCH_OUTCOME_COUNT];   /* per hop */
  uint64_t bytes;               /* body bytes received */
  uint64_t warc_records;
  uint64_t refused;             /* connections refused by the guard */
  size_t active_peak;
  size_t queued_peak;
};

struct fetch;

/*
 * New engine writing evidence to w (required; the caller keeps it open
 * until fetch_free).  done is called once per request.  errbuf
 * (PP_ERRBUF_SIZE, may be NULL) says why on error.  PP_OK, PP_EINVAL (a
 * bad setting or --resolve entry), PP_ENOMEM, PP_ENOTSUP (libcurl without
 * HTTP, or refusing an option).
 */
int fetch_new(const struct fetch_config *cfg, struct warc_writer *w,
              fetch_done_fn done, void *cbuser, struct fetch **out,
              char *errbuf);

/* Abort what runs (nothing is reported for it) and free.  NULL ok. */
void fetch_free(struct fetch *f);

/*
 * Queue a request.  PP_OK; PP_EINVAL (no URL); PP_ELIMIT (queue full:
 * FETCH_QUEUE_MAX); PP_ENOMEM.  A URL that is not fetchable is reported
 * through the callback (outcome FETCH_BAD_URL, no hop), from fetch_run.
 */
int fetch_add(struct fetch *f, const struct fetch_request *req);

/*
 * Run transfers and deliver results until nothing is queued or running,
 * or at most max_ms milliseconds (0: until idle).  Returns PP_OK when
 * idle, PP_EAGAIN when time ran out with work left, PP_EIO when writing
 * the WARC file failed (fatal for the evidence: see fetch_errmsg),
 * PP_ENOMEM.
 */
int fetch_run(struct fetch *f, uint32_t max_ms);

/* Stop: queued requests are reported FETCH_INTERRUPTED without a hop,
 * running ones are cut (what arrived is recorded) at the next
 * fetch_run. */
void fetch_stop(struct fetch *f);

/* Requests queued or running. */
size_t fetch_pending(const struct fetch *f);

void fetch_get_stats(const struct fetch *f, struct fetch_stats *out);

/* Text of the last fatal error ("" if none). */
const char *fetch_errmsg(const struct fetch *f);

/*
 * Decode a response body as the engine does for its callback: undo the
 * chunked and content codings of m (at most decode_max bytes) into
 * *entity, and when m's content type is HTML, XHTML or plain text (or
 * absent and the entity starts like markup) convert it to UTF-8 (at most
 * decode_max bytes) into *text, naming the charset in charset
 * (CHARSET_NAME_MAX).  *entity and *text (NULL when not made) are freed
 * by the caller with pp_free.  Returns FETCH_OK, FETCH_DECODE_LIMIT (the
 * cap was reached: what fitted is given), FETCH_DECODE_ERROR (corrupt
 * or unsupported coding; *entity holds what was decoded, or NULL), or
 * FETCH_ERROR for lack of memory.  Used to read pages back from WARC
 * files too.
 */
enum fetch_outcome fetch_decode(const struct httpmsg *m, uint64_t decode_max,
                                const char *charset_fallback,
                                uint8_t **entity, size_t *entity_len,
                                uint8_t **text, size_t *text_len,
                                char *charset, uint64_t *invalid);

#ifdef PP_UNITTESTS
enum fetch_outcome fetch_outcome_from_curl(int code, bool too_large,
                                           bool refused, bool connected);
bool fetch_is_text_type(const char *content_type, size_t len);
#endif

#endif
