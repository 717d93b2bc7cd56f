/*
 * engine.c: the capture engine (see engine.h for the flow of a packet).
 */
#include "config.h"

#include <stdio.h>
#include <sys/random.h>

#include "dns.h"
#include "dnscache.h"
#include "dpi.h"
#include "engine.h"
#include "http.h"
#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"
#include "pp_siphash.h"
#include "quic.h"
#include "stream.h"
#include "tls.h"

#define USEC 1000000ULL
#define EXPIRY_CHECK_USEC USEC     /* look for idle flows once a second */
#define WRAPPERS_MAX 4             /* PROXY/SOCKS/TPKT/STARTTLS layers */
#define TEXT_PROTO_SCAN_MAX 4096   /* bytes scanned for a STARTTLS line */
#define TLS_SCRATCH (TLS_HELLO_MAX)
#define QUIC_WAIT_PKTS 8           /* packets to wait for a QUIC Initial */

/* name-search state of one direction of a TCP flow */
enum search_state {
  SEARCH_ON = 0,      /* keep buffering and parsing */
  SEARCH_OFF,         /* nothing more to find in this direction */
};

struct flow_pending {
  struct dpi_flow *dpi;
  struct dpi_result dpi_res;
  uint16_t dpi_pkts;
  uint16_t pkts;
  uint8_t dpi_done;
  uint8_t search_over;               /* no name will come from the bytes */
  uint8_t dir_state[2];              /* enum search_state per endpoint */
  uint8_t dns_tcp;                   /* TCP port 53 */
  uint8_t quic_off;
  uint8_t parsed;                    /* our parsers read a hello/request */
  uint8_t dns_taken;                 /* dns_cand holds the snapshot */
  int8_t dns_server;                 /* endpoint the candidate names */
  char dns_cand[PP_NAME_BUF];        /* DNS name when the search ended */
  struct stream st[2];               /* per endpoint */
  uint32_t dns_consumed[2];          /* DNS/TCP bytes parsed, per side */
  uint32_t dns_gen[2];               /* stream generation they refer to */
  struct quic_ctx *quic;
  size_t accounted;                  /* bytes counted in pending_bytes */
  char ech_front[PP_NAME_BUF];       /* outer name of an ECH hello */
};

struct ech_set {
  char **names;                      /* open addressing, NULL = empty */
  pp_usec_t *expires;                /* learned set only; 0 = never */
  size_t size, count, max;
};

struct engine {
  struct engine_config cfg;
  struct flowtab *ft;
  struct dnscache *dns;
  struct dpi *dpi;
  struct inv *inv;
  inv_sink_fn sink;
  void *sink_user;
  pp_usec_t now;
  pp_usec_t next_expiry;
  bool bucket_set;                   /* inv has a current bucket */
  struct {                           /* a packet far ahead, on hold */
    bool active;
    int dlt;
    pp_usec_t ts;
    uint32_t caplen, wirelen;
    uint8_t *data;
    size_t cap;
  } held;
  size_t pending_bytes;              /* stream buffers + QUIC contexts */
  int sink_err;
  struct ech_set ech;                /* from the rules */
  struct ech_set ech_learned;        /* from DNS HTTPS answers */
  uint8_t set_key[PP_SIPHASH_KEYLEN];
  struct engine_stats st;
  uint8_t scratch[TLS_SCRATCH];      /* record-layer reassembly */
};

static const char *const name_src_names[ENGINE_NAME_SRC_COUNT] = {
  [ENGINE_NAMED_HTTP] = "http",
  [ENGINE_NAMED_TLS] = "tls",
  [ENGINE_NAMED_QUIC] = "quic",
  [ENGINE_NAMED_DPI] = "ndpi",
  [ENGINE_NAMED_DNS_ATTR] = "dns-attributed",
  [ENGINE_NAMED_ECH_FRONT] = "ech-front",
  [ENGINE_UNNAMED] = "unnamed",
};

const char *engine_name_src_str(enum engine_name_src s)
{
  return (unsigned)s < ENGINE_NAME_SRC_COUNT ? name_src_names[s] : "?";
}

void engine_config_defaults(struct engine_config *cfg)
{
  memset(cfg, 0, sizeof(*cfg));
  cfg->max_flows = 1000000;
  cfg->dns_cache_max = 1000000;
  cfg->dns_min_ttl = 300;
  cfg->dns_max_ttl = 86400;
  cfg->stream_max = STREAM_MAX_DEFAULT;
  cfg->max_pending_bytes = 512ull * 1024 * 1024;
  cfg->timeouts.idle[FLOW_LIST_UDP] = 120 * USEC;
  cfg->timeouts.idle[FLOW_LIST_TCP] = 300 * USEC;
  cfg->timeouts.idle[FLOW_LIST_CLOSED] = 10 * USEC;
  cfg->timeouts.idle[FLOW_LIST_NEW] = 30 * USEC;
  cfg->inv.bucket_seconds = 3600;
  cfg->inv.max_names = INV_NAMES_MAX_DEFAULT;
  cfg->inv.servers_max = INV_SERVERS_MAX_DEFAULT;
  cfg->inv.paths_max = INV_PATHS_MAX_DEFAULT;
}

/* ---- ECH front names ------------------------------------------------------
 *
 * Two sets of ECH public names.  The fixed set comes from the rules file
 * and decides by name alone.  The learned set holds public names seen in
 * DNS HTTPS/SVCB answers; anyone can send those, so a learned name counts
 * only for a ClientHello that carries the ECH extension, expires after
 * ECH_LEARNED_TTL, and the set is bounded (full: counted, not added).
 * Both hash with a per-engine SipHash key, so chosen names cannot pile up
 * in one probe sequence.
 */

#define ECH_LEARNED_MAX 1024
#define ECH_LEARNED_TTL (24ull * 3600 * USEC)

static uint64_t set_hash(const struct engine *e, const char *s);

static size_t ech_slot(const struct engine *e, const struct ech_set *set,
                       const char *name, bool *found)
{
  size_t i = set_hash(e, name) & (set->size - 1);
  *found = false;
  for(; set->names[i]; i = (i + 1) & (set->size - 1))
    if(!strcmp(set->names[i], name)) {
      *found = true;
      break;
    }
  return i;
}

static bool ech_has(const struct engine *e, const struct ech_set *set,
                    const char *name, pp_usec_t now)
{
  bool found;
  size_t i;
  if(!set->count)
    return false;
  i = ech_slot(e, set, name, &found);
  return found && (!set->expires || set->expires[i] > now);
}

/* Drop expired entries (learned set), rebuilding the table. */
static void ech_purge(struct engine *e, struct ech_set *set, pp_usec_t now)
{
  char **names = set->names;
  pp_usec_t *exp = set->expires;
  size_t i, size = set->size;
  char **nn = pp_calloc(size, sizeof(*nn));
  pp_usec_t *ne = pp_calloc(size, sizeof(*ne));
  if(!nn || !ne) {
    pp_free(nn);
    pp_free(ne);
    return;
  }
  set->names = nn;
  set->expires = ne;
  set->count = 0;
  for(i = 0; i < size; i++) {
    bool found;
    size_t j;
    if(!names[i])
      continue;
    if(exp[i] <= now) {
      pp_free(names[i]);
      continue;
    }
    j = ech_slot(e, set, names[i], &found);
    nn[j] = names[i];
    ne[j] = exp[i];
    set->count++;
  }
  pp_free(names);
  pp_free(exp);
}

/* Add a normalized name; expires == 0 for the fixed set. */
static int ech_add(struct engine *e, struct ech_set *set, const char *norm,
                   pp_usec_t expires, pp_usec_t now)
{
  bool found;
  size_t i;
  if(!set->names) {
    set->size = set->max * 2;
    set->names = pp_calloc(set->size, sizeof(*set->names));
    if(expires)
      set->expires = pp_calloc(set->size, sizeof(*set->expires));
    if(!set->names || (expires && !set->expires))
      return PP_ENOMEM;
  }
  i = ech_slot(e, set, norm, &found);
  if(found) {
    if(set->expires)
      set->expires[i] = expires;
    return PP_OK;
  }
  if(set->count >= set->max && set->expires) {
    ech_purge(e, set, now);
    i = ech_slot(e, set, norm, &found);
  }
  if(set->count >= set->max)
    return PP_ELIMIT;
  set->names[i] = pp_strdup(norm);
  if(!set->names[i])
    return PP_ENOMEM;
  if(set->expires)
    set->expires[i] = expires;
  set->count++;
  return PP_OK;
}

int engine_add_ech_front(struct engine *e, const char *name)
{
  char norm[PP_NAME_BUF];
  if(pp_name_normalize(name, strlen(name), 0, norm) != PP_NAME_OK)
    return PP_EINVAL;
  return ech_add(e, &e->ech, norm, 0, 0);
}

static void ech_learn(struct engine *e, const char *name, pp_usec_t now)
{
  char norm[PP_NAME_BUF];
  if(pp_name_normalize(name, strlen(name), 0, norm) != PP_NAME_OK)
    return;
  if(ech_has(e, &e->ech, norm, now))
    return;                            /* known from the rules already */
  if(ech_add(e, &e->ech_learned, norm, now + ECH_LEARNED_TTL, now) ==
     PP_ELIMIT)
    e->st.ech_learned_limit++;
}

static void ech_free(struct ech_set *set)
{
  size_t i;
  for(i = 0; i < set->size; i++)
    pp_free(set->names[i]);
  pp_free(set->names);
  pp_free(set->expires);
}

/* ---- life cycle ----------------------------------------------------------- */

int engine_new(const struct engine_config *cfg, struct engine **out,
               char *errbuf)
{
  struct engine *e;
  uint64_t seed = cfg->hash_seed;
  int rc;

  *out = NULL;
  e = pp_calloc(1, sizeof(*e));
  if(!e) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "out of memory");
    return PP_ENOMEM;
  }
  e->cfg = *cfg;
  if(!seed && getrandom(&seed, sizeof(seed), 0) != (ssize_t)sizeof(seed))
    seed = 0x7072657373ULL;
  if(getrandom(e->set_key, sizeof(e->set_key), 0) !=
     (ssize_t)sizeof(e->set_key))
    memcpy(e->set_key, &seed, sizeof(seed));
  e->ech.max = ENGINE_ECH_FRONTS_MAX;
  e->ech_learned.max = ECH_LEARNED_MAX;
  e->ft = flowtab_new(cfg->max_flows, seed, &cfg->timeouts);
  e->dns = dnscache_new(cfg->dns_cache_max ? cfg->dns_cache_max : 1,
                        cfg->dns_min_ttl, cfg->dns_max_ttl);
  e->inv = inv_new(&cfg->inv);
  if(!e->ft || !e->dns || !e->inv) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "out of memory");
    engine_free(e);
    return PP_ENOMEM;
  }
  rc = dpi_new(cfg->ndpi_protos, &e->dpi, errbuf);
  if(rc) {
    engine_free(e);
    return rc;
  }
  *out = e;
  return PP_OK;
}

/* Bring the engine's count of pending bytes up to date for p. */
static void account(struct engine *e, struct flow_pending *p)
{
  size_t now = (size_t)p->st[0].cap + p->st[1].cap +
               (p->quic ? quic_ctx_size() : 0);
  e->pending_bytes = e->pending_bytes - p->accounted + now;
  p->accounted = now;
}

/* Free a stream's buffer, keeping its counters in the statistics. */
static void stream_done(struct engine *e, struct stream *s)
{
  e->st.stream_segments_dropped += s->dropped;
  if(s->full)
    e->st.stream_full++;
  s->dropped = 0;
  s->full = 0;
  stream_release(s);
}

static void pending_free(struct engine *e, struct flow *f)
{
  struct flow_pending *p = f->pend;
  if(!p)
    return;
  dpi_flow_free(p->dpi);
  stream_done(e, &p->st[0]);
  stream_done(e, &p->st[1]);
  quic_ctx_free(p->quic);
  p->quic = NULL;
  account(e, p);
  pp_free(p);
  f->pend = NULL;
  e->st.pending_active--;
}

static void flow_release(void *user, struct flow *f)
{
  struct engine *e = user;
  pending_free(e, f);
  inv_unref(e->inv, f->name);
  f->name = NULL;
}

void engine_free(struct engine *e)
{
  if(!e)
    return;
  flowtab_free(e->ft, flow_release, e);
  dnscache_free(e->dns);
  dpi_free(e->dpi);
  inv_free(e->inv);
  ech_free(&e->ech);
  ech_free(&e->ech_learned);
  pp_free(e->held.data);
  pp_free(e);
}

void engine_set_sink(struct engine *e, inv_sink_fn sink, void *user)
{
  e->sink = sink;
  e->sink_user = user;
}

/* ---- crediting traffic to names ----------------------------------------- */

static const struct pp_addr *endpoint_addr(const struct flow *f, int ep,
                                           struct pp_addr *tmp)
{
  memset(tmp, 0, sizeof(*tmp));
  tmp->family = f->key.family;
  memcpy(tmp->a, f->key.addr[ep], 16);
  return tmp;
}

static uint64_t client_hash(const struct engine *e, const struct pp_addr *a)
{
  return pp_siphash24(e->cfg.client_key, a, sizeof(*a));
}

static uint64_t set_hash(const struct engine *e, const char *s)
{
  return pp_siphash24(e->set_key, s, strlen(s));
}

/*
 * First activity of a flow in the current bucket: client and server.
 * Privacy: the server address is written only when the roles come from
 * evidence (FLOW_F_ROLE_SURE): a guessed role could be the client's.  The
 * client goes into the sketch even on a guess: it is only a keyed hash,
 * and a wrong guess costs accuracy, not privacy.
 */
static void credit_epoch(struct engine *e, struct flow *f,
                         struct inv_entry *ent)
{
  struct pp_addr tmp;
  f->epoch = inv_epoch(e->inv);
  ent->via |= f->via;
  if(f->client == FLOW_CLIENT_UNKNOWN)
    return;
  inv_add_client(e->inv, ent, f->client_hash);
  if(f->flags & FLOW_F_ROLE_SURE)
    inv_add_server(e->inv, ent, endpoint_addr(f, !f->client, &tmp));
}

static void credit_packet(struct engine *e, struct flow *f, int ep,
                          uint32_t bytes, pp_usec_t ts)
{
  struct inv_entry *ent = inv_entry(e->inv, f->name, ts);
  if(!ent)
    return;
  if(f->epoch != inv_epoch(e->inv))
    credit_epoch(e, f, ent);
  ent->packets++;
  if(ep == f->client)
    ent->bytes_up += bytes;
  else
    ent->bytes_down += bytes;
}

/*
 * Endpoint ep is the client.  `sure` when evidence says so (a SYN, a
 * SYN-ACK, a ClientHello or request it sent, a reply the other side
 * sent); a guess (DNS cache, ports) never overrides evidence, and
 * evidence corrects an earlier guess.
 */
static void set_client(struct engine *e, struct flow *f, int ep, bool sure)
{
  struct pp_addr tmp;
  if(f->client != FLOW_CLIENT_UNKNOWN &&
     (!sure || (f->flags & FLOW_F_ROLE_SURE) || f->client == ep)) {
    if(sure && f->client == ep)
      f->flags |= FLOW_F_ROLE_SURE;
    return;
  }
  f->client = (uint8_t)ep;
  f->client_hash = client_hash(e, endpoint_addr(f, ep, &tmp));
  if(sure)
    f->flags |= FLOW_F_ROLE_SURE;
}

/* A request path into the entry's sample, scrubbed of addresses and
 * session parameters first (privacy). */
static void add_path(struct engine *e, struct inv_entry *ent,
                     const char *path)
{
  char p[HTTP_PATH_MAX + 1];
  snprintf(p, sizeof(p), "%s", path);
  http_path_scrub(p);
  inv_add_path(e->inv, ent, p);
}

/*
 * Name a flow: intern the name, count the flow, credit the traffic seen
 * so far.  `name` must be normalized already.
 */
static void flow_name(struct engine *e, struct flow *f, const char *name,
                      unsigned via, enum engine_name_src src, pp_usec_t ts,
                      const char *path)
{
  struct inv_name *n;
  struct inv_entry *ent;
  int ep;
  if(f->name)
    return;
  n = inv_intern(e->inv, name);
  if(!n)
    return;
  f->name = n;
  f->via = (uint8_t)via;
  e->st.flows_named[src]++;
  ent = inv_entry(e->inv, n, ts);
  if(!ent)
    return;
  ent->via |= via;
  ent->flows++;
  credit_epoch(e, f, ent);
  for(ep = 0; ep < 2; ep++) {
    ent->packets += f->pkts[ep];
    if(ep == f->client)
      ent->bytes_up += f->bytes[ep];
    else
      ent->bytes_down += f->bytes[ep];
  }
  /* traffic seen before the name belongs here, but not before the
   * bucket began */
  if(f->first_ts < ent->first_seen)
    ent->first_seen = PP_MAX(f->first_ts, inv_current_bucket(e->inv));
  if(path && *path)
    add_path(e, ent, path);
}

/* Normalize raw name bytes; counts rejects.  true when usable. */
static bool normalize(struct engine *e, const char *raw, size_t len,
                      unsigned flags, char out[PP_NAME_BUF])
{
  enum pp_name_result r = pp_name_normalize(raw, len, flags, out);
  if(r != PP_NAME_OK) {
    e->st.names_rejected[r]++;
    return false;
  }
  return true;
}

/* ---- DNS -------------------------------------------------------------- */

struct dns_ctx {
  struct engine *e;
  pp_usec_t ts;
  const struct pp_addr *client;
  uint64_t client_hash;           /* computed on the first answer */
};

/* An answer: remembered for the client that asked (so that its flows to
 * a CDN address shared by many names get the name it resolved) and for
 * everyone (for flows whose client's lookup we did not see). */
static void on_dns_address(void *user, const char *qname,
                           const struct pp_addr *addr, uint32_t ttl)
{
  struct dns_ctx *c = user;
  if(!c->client_hash)
    c->client_hash = client_hash(c->e, c->client) | 1;
  if(dnscache_put(c->e->dns, addr, qname, ttl, c->ts) == PP_OK)
    c->e->st.dns_answers++;
  dnscache_put_scoped(c->e->dns, addr, c->client_hash, qname, ttl, c->ts);
}

static void on_dns_ech(void *user, const char *qname, const char *public_name)
{
  struct dns_ctx *c = user;
  (void)qname;
  ech_learn(c->e, public_name, c->ts);
}

static bool dns_type_inventoried(uint16_t t)
{
  return t == DNS_T_A || t == DNS_T_AAAA || t == DNS_T_HTTPS ||
         t == DNS_T_SVCB || t == DNS_T_CNAME || t == DNS_T_ANY;
}

/* One DNS message; `client` is the querier (query source, response
 * destination). */
static void dns_message(struct engine *e, const uint8_t *msg, size_t len,
                        const struct pp_addr *client, pp_usec_t ts)
{
  struct dns_msg m;
  struct dns_ctx c = {e, ts, client, 0};
  struct dns_callbacks cb = {on_dns_address, on_dns_ech, &c};
  char norm[PP_NAME_BUF];
  struct inv_name *n;
  struct inv_entry *ent;
  int rc;

  e->st.dns_messages++;
  rc = dns_parse(msg, len, &m, &cb);
  if(rc == PP_ETRUNC)
    e->st.dns_truncated++;
  else if(rc) {
    e->st.dns_malformed++;
    return;
  }
  if(!m.has_question || m.opcode != 0)
    return;
  if(m.is_response && m.rcode == 3)
    e->st.dns_nxdomain++;
  if(!dns_type_inventoried(m.qtype) || (m.qclass & 0x7fff) != 1) {
    e->st.dns_other_types++;
    return;
  }
  if(!m.qname_valid) {
    e->st.dns_bad_names++;
    return;
  }
  if(!normalize(e, m.qname, strlen(m.qname), 0, norm))
    return;
  n = inv_intern(e->inv, norm);
  if(!n)
    return;
  ent = inv_entry(e->inv, n, ts);
  if(ent) {
    ent->via |= PP_VIA_DNS;
    if(!m.is_response)
      ent->lookups++;
    inv_add_client(e->inv, ent, client_hash(e, client));
  }
  inv_unref(e->inv, n);
}

struct dns_tcp_ctx {
  struct engine *e;
  const struct pp_addr *client;
  pp_usec_t ts;
};

static void on_dns_tcp_msg(void *user, const uint8_t *msg, size_t len)
{
  struct dns_tcp_ctx *c = user;
  dns_message(c->e, msg, len, c->client, c->ts);
}

/* ---- pending flows: nDPI and the name search ------------------------------ */

static void dpi_done(struct engine *e, struct flow *f)
{
  struct flow_pending *p = f->pend;
  if(!p->dpi_done) {
    if(!dpi_classified(&p->dpi_res) && p->dpi) {
      dpi_giveup(e->dpi, p->dpi, &p->dpi_res);
      e->st.dpi_giveups++;
    }
    p->dpi_done = 1;
  }
  f->dpi_master = p->dpi_res.master;
  f->dpi_app = p->dpi_res.app;
  f->dpi_category = p->dpi_res.category;
}

static bool is_web_port(uint16_t p)
{
  return p == 80 || p == 443 || p == 8080 || p == 8443;
}

static void name_from_dpi(struct engine *e, struct flow *f, pp_usec_t ts)
{
  struct flow_pending *p = f->pend;
  const char *host;
  char norm[PP_NAME_BUF];
  unsigned via;
  if(!p->dpi)
    return;
  switch(dpi_family(&p->dpi_res)) {
  case DPI_FAM_QUIC: via = PP_VIA_QUIC; break;
  case DPI_FAM_TLS: via = PP_VIA_TLS; break;
  case DPI_FAM_HTTP: via = PP_VIA_HTTP; break;
  default: return;
  }
  host = dpi_flow_host(p->dpi);
  if(!host[0] || !normalize(e, host, strlen(host), PP_NAME_HOSTPORT, norm))
    return;
  /* nDPI names come from the client's messages; without a handshake to
   * tell, the endpoint on the web port is the server */
  if(f->client == FLOW_CLIENT_UNKNOWN) {
    bool web0 = is_web_port(f->key.port[0]), web1 = is_web_port(f->key.port[1]);
    if(web0 == web1)
      return;
    set_client(e, f, web0 ? 1 : 0, false);
  }
  flow_name(e, f, norm, via, ENGINE_NAMED_DPI, ts, NULL);
}

/*
 * The name a client resolved the server address from, looked up when the
 * flow's own name search ends (the client had that answer when it
 * connected; a later answer for the same CDN address must not rename the
 * flow).  Only the server end is looked up when the client is known.
 */
static void dns_snapshot(struct engine *e, struct flow *f, pp_usec_t ts)
{
  struct flow_pending *p = f->pend;
  int ep, first = 1, last = 0;
  struct pp_addr tmp;
  p->dns_taken = 1;
  if(f->client != FLOW_CLIENT_UNKNOWN)
    first = last = !f->client;
  for(ep = first; ep >= last; ep--) {
    const struct pp_addr *srv = endpoint_addr(f, ep, &tmp);
    const char *name = NULL;
    /* the name this flow's client resolved; else, only when no other
     * name was ever given for the address, anyone's */
    if(f->client != FLOW_CLIENT_UNKNOWN)
      name = dnscache_get_scoped(e->dns, srv, f->client_hash | 1, ts);
    if(!name)
      name = dnscache_get_unique(e->dns, srv, ts);
    if(name && normalize(e, name, strlen(name), 0, p->dns_cand)) {
      p->dns_server = (int8_t)ep;
      return;
    }
  }
  p->dns_cand[0] = '\0';
}

static void name_from_dns(struct engine *e, struct flow *f, pp_usec_t ts)
{
  struct flow_pending *p = f->pend;
  if(!p->dns_taken)
    dns_snapshot(e, f, ts);
  if(!p->dns_cand[0])
    return;
  set_client(e, f, !p->dns_server, false);
  flow_name(e, f, p->dns_cand, PP_VIA_DNS_ATTR, ENGINE_NAMED_DNS_ATTR, ts,
            NULL);
}

/* The ECH public name gets the flow (bytes included) only when DNS
 * cannot tell the real site. */
static void name_ech_front(struct engine *e, struct flow *f, pp_usec_t ts)
{
  struct flow_pending *p = f->pend;
  struct inv_name *n;
  struct inv_entry *ent;
  if(!p->ech_front[0])
    return;
  if(f->name) {
    /* still record that the front was used */
    n = inv_intern(e->inv, p->ech_front);
    if(!n)
      return;
    ent = inv_entry(e->inv, n, ts);
    if(ent) {
      ent->via |= PP_VIA_ECH_FRONT;
      ent->flows++;
      inv_add_client(e->inv, ent, f->client_hash);
    }
    inv_unref(e->inv, n);
    return;
  }
  flow_name(e, f, p->ech_front, PP_VIA_ECH_FRONT, ENGINE_NAMED_ECH_FRONT,
            ts, NULL);
}

/* End of the pending state: final nDPI verdict, fallbacks, free. */
static void pending_finish(struct engine *e, struct flow *f, pp_usec_t ts)
{
  struct flow_pending *p = f->pend;
  if(!p)
    return;
  dpi_done(e, f);
  /* nDPI's host name only for what our parsers could not read (gQUIC);
   * after a ClientHello we parsed, its SNI is ours already */
  if(!f->name && !p->parsed)
    name_from_dpi(e, f, ts);
  if(!f->name)
    name_from_dns(e, f, ts);
  name_ech_front(e, f, ts);
  if(!f->name)
    e->st.flows_named[ENGINE_UNNAMED]++;
  else if(dpi_classified(&p->dpi_res)) {
    struct inv_entry *ent = inv_entry(e->inv, f->name, ts);
    char proto[INV_PROTO_MAX];
    if(ent)
      inv_set_proto(ent, dpi_proto_name(e->dpi, &p->dpi_res, proto,
                                        sizeof(proto)),
                    dpi_category_name(e->dpi, p->dpi_res.category));
  }
  pending_free(e, f);
  f->flags |= FLOW_F_DONE;
}

/* A TLS ClientHello was parsed from endpoint ep. */
static void got_hello(struct engine *e, struct flow *f, int ep,
                      const struct tls_hello_info *h, unsigned via,
                      pp_usec_t ts)
{
  char norm[PP_NAME_BUF];
  set_client(e, f, ep, true);
  f->pend->search_over = 1;
  f->pend->parsed = 1;
  if(!h->has_sni) {
    e->st.tls_no_sni++;
    return;
  }
  if(!h->sni_valid || !normalize(e, h->sni, strlen(h->sni), 0, norm)) {
    if(h->sni_valid)
      return;
    e->st.names_rejected[PP_NAME_BAD_CHARS]++;
    return;
  }
  if(ech_has(e, &e->ech, norm, ts) ||
     (h->has_ech && ech_has(e, &e->ech_learned, norm, ts))) {
    /* the outer name of an ECH hello: not the site.  The name alone
     * decides: a hello parsed from a prefix may not show the extension
     * yet, and nobody visits an ECH public name as a site. */
    e->st.ech_fronts_seen++;
    memcpy(f->pend->ech_front, norm, sizeof(norm));
    return;
  }
  if(h->has_ech)
    e->st.ech_grease++;
  flow_name(e, f, norm, via,
            via == PP_VIA_QUIC ? ENGINE_NAMED_QUIC : ENGINE_NAMED_TLS, ts,
            NULL);
}

/* ---- wrappers in front of the real client bytes ------------------------ */

enum sniff {
  SNIFF_NAMED,        /* done: a name (or a nameless hello) was found */
  SNIFF_AGAIN,        /* need more bytes */
  SNIFF_SKIP,         /* a wrapper of *skip bytes: look behind it */
  SNIFF_SERVER,       /* these bytes come from the server */
  SNIFF_NONE,         /* no name in this direction */
};

static bool ieq_prefix(const uint8_t *p, size_t n, const char *lit)
{
  size_t i, len = strlen(lit);
  if(n < len)
    return false;
  for(i = 0; i < len; i++) {
    uint8_t c = p[i];
    if(c >= 'a' && c <= 'z')
      c = (uint8_t)(c - 32);
    if(c != (uint8_t)lit[i])
      return false;
  }
  return true;
}

/* HAProxy PROXY protocol v1 and v2 headers. */
static enum sniff sniff_proxy(const uint8_t *b, size_t n, size_t *skip)
{
  static const uint8_t sig2[12] = {0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d,
                                   0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a};
  if(n >= 6 && !memcmp(b, "PROXY ", 6)) {
    const uint8_t *lf = memchr(b, '\n', PP_MIN(n, (size_t)108));
    if(!lf)
      return n < 108 ? SNIFF_AGAIN : SNIFF_NONE;
    *skip = (size_t)(lf - b) + 1;
    return SNIFF_SKIP;
  }
  if(n >= 12 && !memcmp(b, sig2, 12)) {
    struct pp_rd r;
    uint16_t len;
    rd_init(&r, b, n);
    rd_skip(&r, 14);                    /* signature, version, family */
    len = rd_be16(&r);
    if(!rd_ok(&r))
      return SNIFF_AGAIN;
    *skip = 16u + len;
    return *skip <= n ? SNIFF_SKIP : SNIFF_AGAIN;
  }
  return SNIFF_NONE;
}

/* SOCKS 4/4a and 5 requests (RFC 1928, 1929). */
static enum sniff sniff_socks(const uint8_t *b, size_t n, size_t *skip)
{
  struct pp_rd r;
  rd_init(&r, b, n);
  if(rd_peek(&r, 0) == 4) {
    const uint8_t *nul;
    uint8_t cmd;
    uint32_t ip;
    rd_skip(&r, 1);
    cmd = rd_u8(&r);
    rd_skip(&r, 2);
    ip = rd_be32(&r);
    if(!rd_ok(&r))
      return SNIFF_AGAIN;
    if(cmd != 1 && cmd != 2)
      return SNIFF_NONE;
    nul = memchr(r.pos, 0, rd_left(&r));
    if(!nul)
      return rd_left(&r) < 256 ? SNIFF_AGAIN : SNIFF_NONE;
    rd_skip(&r, (size_t)(nul - r.pos) + 1);
    if(ip > 0 && ip < 256) {              /* 4a: a host name follows */
      nul = memchr(r.pos, 0, rd_left(&r));
      if(!nul)
        return rd_left(&r) < 256 ? SNIFF_AGAIN : SNIFF_NONE;
      rd_skip(&r, (size_t)(nul - r.pos) + 1);
    }
    *skip = (size_t)(r.pos - b);
    return SNIFF_SKIP;
  }
  if(rd_peek(&r, 0) == 5) {
    uint8_t nmeth, i, atyp, alen;
    rd_skip(&r, 1);
    nmeth = rd_u8(&r);
    if(!rd_ok(&r))
      return SNIFF_AGAIN;
    if(nmeth == 0 || nmeth > 16)
      return SNIFF_NONE;
    for(i = 0; i < nmeth; i++) {
      uint8_t m = rd_u8(&r);
      if(rd_ok(&r) && m > 3 && m < 0x80)
        return SNIFF_NONE;
    }
    if(rd_peek(&r, 0) == 1) {             /* username/password */
      rd_skip(&r, 1);
      rd_skip(&r, rd_u8(&r));
      rd_skip(&r, rd_u8(&r));
    }
    if(!rd_ok(&r) || !rd_left(&r))
      return SNIFF_AGAIN;
    if(rd_u8(&r) != 5)
      return SNIFF_NONE;
    rd_skip(&r, 2);                       /* command, reserved */
    atyp = rd_u8(&r);
    if(atyp == 1)
      alen = 4;
    else if(atyp == 4)
      alen = 16;
    else if(atyp == 3)
      alen = rd_u8(&r);
    else
      return rd_ok(&r) ? SNIFF_NONE : SNIFF_AGAIN;
    rd_skip(&r, (size_t)alen + 2);
    if(!rd_ok(&r))
      return SNIFF_AGAIN;
    *skip = (size_t)(r.pos - b);
    return SNIFF_SKIP;
  }
  return SNIFF_NONE;
}

/* RDP: TPKT (RFC 1006) X.224 connection request before TLS. */
static enum sniff sniff_tpkt(const uint8_t *b, size_t n, size_t *skip)
{
  struct pp_rd r;
  uint16_t len;
  uint8_t li, code;
  rd_init(&r, b, n);
  if(rd_u8(&r) != 3 || rd_u8(&r) != 0)
    return rd_ok(&r) ? SNIFF_NONE : SNIFF_AGAIN;
  len = rd_be16(&r);
  li = rd_u8(&r);
  code = rd_u8(&r);
  if(!rd_ok(&r))
    return SNIFF_AGAIN;
  if(len < 7 || li + 5u > len || (code & 0xf0) != 0xe0)
    return SNIFF_NONE;
  *skip = len;
  return len <= n ? SNIFF_SKIP : SNIFF_AGAIN;
}

/* Text protocols (SMTP, POP3, IMAP, FTP): the lines up to STARTTLS. */
static enum sniff sniff_starttls(const uint8_t *b, size_t n, size_t *skip)
{
  size_t off = 0;
  int lines = 0;
  if(!n || !((b[0] >= 'A' && b[0] <= 'Z') || (b[0] >= 'a' && b[0] <= 'z') ||
             (b[0] >= '0' && b[0] <= '9')))
    return SNIFF_NONE;
  while(off < n && off < TEXT_PROTO_SCAN_MAX && lines < 32) {
    const uint8_t *line = b + off;
    const uint8_t *lf = memchr(line, '\n', n - off);
    size_t len, i;
    if(!lf)
      return SNIFF_AGAIN;
    len = (size_t)(lf - line);
    if(len && line[len - 1] == '\r')
      len--;
    for(i = 0; i < len; i++)
      if(line[i] < 0x20 || line[i] >= 0x7f)
        return SNIFF_NONE;               /* not a text protocol */
    off += (size_t)(lf - line) + 1;
    lines++;
    /* "STARTTLS" (SMTP, and IMAP after a tag), "STLS" (POP3),
     * "AUTH TLS"/"AUTH SSL" (FTP) */
    if((len == 8 && ieq_prefix(line, len, "STARTTLS")) ||
       (len == 4 && ieq_prefix(line, len, "STLS")) ||
       (len == 8 && (ieq_prefix(line, len, "AUTH TLS") ||
                     ieq_prefix(line, len, "AUTH SSL"))) ||
       (len > 9 && ieq_prefix(line + len - 9, 9, " STARTTLS"))) {
      *skip = off;
      return SNIFF_SKIP;
    }
  }
  return off >= n ? SNIFF_AGAIN : SNIFF_NONE;
}

/* Look for a name at the start of b (one direction of a TCP stream). */
static enum sniff sniff_stream(struct engine *e, struct flow *f, int ep,
                               const uint8_t *b, size_t n, bool full,
                               pp_usec_t ts)
{
  int layer;
  for(layer = 0; layer <= WRAPPERS_MAX; layer++) {
    size_t skip = 0;
    enum sniff s;
    bool http_bad = false;
    if(!n)
      return SNIFF_AGAIN;
    if(tls_looks_like_record(b, n) || n < 3) {
      struct tls_hello_info h;
      int rc;
      if(n < 3)
        return SNIFF_AGAIN;
      rc = tls_parse_records(b, n, e->scratch, sizeof(e->scratch), &h);
      if(rc == PP_OK) {
        got_hello(e, f, ep, &h, PP_VIA_TLS, ts);
        return SNIFF_NAMED;
      }
      if(rc == PP_EAGAIN)
        return full ? SNIFF_NONE : SNIFF_AGAIN;
      if(rc == PP_ENOTFOUND)
        return SNIFF_SERVER;
      e->st.tls_malformed++;
      return SNIFF_NONE;
    }
    if(http_looks_like_request(b, n)) {
      struct http_request req;
      char norm[PP_NAME_BUF];
      int rc = http_parse_request(b, n, &req);
      if(rc == PP_OK) {
        set_client(e, f, ep, true);
        f->flags |= FLOW_F_HTTP;
        f->pend->search_over = 1;
        f->pend->parsed = 1;
        if(req.has_host &&
           normalize(e, req.host, strlen(req.host), PP_NAME_HOSTPORT, norm))
          flow_name(e, f, norm, PP_VIA_HTTP, ENGINE_NAMED_HTTP, ts,
                    req.path);
        return SNIFF_NAMED;
      }
      if(rc == PP_EAGAIN)
        return full ? SNIFF_NONE : SNIFF_AGAIN;
      /* a complete first line that is not HTTP: EHLO, PROXY, USER ... */
      http_bad = true;
    }
    if(http_looks_like_response(b, n))
      return SNIFF_SERVER;
    s = sniff_proxy(b, n, &skip);
    if(s == SNIFF_NONE)
      s = sniff_socks(b, n, &skip);
    if(s == SNIFF_NONE)
      s = sniff_tpkt(b, n, &skip);
    if(s == SNIFF_NONE)
      s = sniff_starttls(b, n, &skip);
    if(s == SNIFF_NONE && http_bad)
      e->st.http_malformed++;
    if(s != SNIFF_SKIP)
      return s == SNIFF_AGAIN && full ? SNIFF_NONE : s;
    b += skip;
    n -= skip;
  }
  return SNIFF_NONE;
}

static void tcp_search(struct engine *e, struct flow *f, int ep,
                       const struct decoded *d, pp_usec_t ts)
{
  struct flow_pending *p = f->pend;
  struct stream *s = &p->st[ep];
  long grew;
  enum sniff r;

  if(p->dir_state[ep] == SEARCH_OFF)
    return;
  if(f->client != FLOW_CLIENT_UNKNOWN && ep != f->client && !p->dns_tcp)
    return;                                /* server bytes: not needed */
  if(e->pending_bytes >= e->cfg.max_pending_bytes) {
    e->st.pending_budget++;
    p->dir_state[ep] = SEARCH_OFF;
    stream_done(e, s);
    account(e, p);
    return;
  }
  grew = stream_add(s, d->seq, d->payload, d->payload_len);
  account(e, p);
  if(grew < 0) {
    e->st.pending_alloc_failed++;
    p->dir_state[ep] = SEARCH_OFF;
    return;
  }
  if(!grew)
    return;
  if(p->dns_tcp) {
    struct pp_addr tmp;
    struct dns_tcp_ctx c = {e, NULL, ts};
    size_t used = 0;
    /* the querier is the client; guess the endpoint not on port 53 */
    int cl = f->client != FLOW_CLIENT_UNKNOWN ? f->client
             : (f->key.port[0] == 53 ? 1 : 0);
    c.client = endpoint_addr(f, cl, &tmp);
    /* bytes already parsed must still be where they were */
    if(p->dns_consumed[ep] > s->contig ||
       (p->dns_consumed[ep] && s->gen != p->dns_gen[ep])) {
      p->dir_state[ep] = SEARCH_OFF;
      return;
    }
    p->dns_gen[ep] = s->gen;
    if(dns_parse_tcp_stream(s->buf + p->dns_consumed[ep],
                            s->contig - p->dns_consumed[ep], 64, &used,
                            on_dns_tcp_msg, &c) != PP_OK)
      p->dir_state[ep] = SEARCH_OFF;
    p->dns_consumed[ep] += (uint32_t)used;
    if(s->full)
      p->dir_state[ep] = SEARCH_OFF;
    return;
  }
  r = sniff_stream(e, f, ep, s->buf, s->contig, s->full != 0, ts);
  switch(r) {
  case SNIFF_NAMED:
    p->search_over = 1;
    break;
  case SNIFF_AGAIN:
    break;
  case SNIFF_SERVER:
    p->dir_state[ep] = SEARCH_OFF;
    stream_done(e, s);
    set_client(e, f, !ep, true);
    break;
  case SNIFF_NONE:
  case SNIFF_SKIP:
    p->dir_state[ep] = SEARCH_OFF;
    stream_done(e, s);
    break;
  }
  account(e, p);
  if(p->dir_state[0] == SEARCH_OFF && p->dir_state[1] == SEARCH_OFF)
    p->search_over = 1;
}

static void quic_search(struct engine *e, struct flow *f, int ep,
                        const struct decoded *d, pp_usec_t ts)
{
  struct flow_pending *p = f->pend;
  struct tls_hello_info h;
  uint32_t version;
  int rc;
  if(p->quic_off || (f->client != FLOW_CLIENT_UNKNOWN && ep != f->client))
    return;
  if(!p->quic) {
    if(!quic_is_initial(d->payload, d->payload_len, &version)) {
      /* 0-RTT and Handshake packets may come before the Initial (they
       * are long-header too): wait a few packets for it; anything else
       * is not a QUIC handshake we can read */
      if(!(d->payload[0] & 0x80) || p->pkts >= QUIC_WAIT_PKTS)
        p->search_over = 1;
      return;
    }
    if(e->pending_bytes + quic_ctx_size() > e->cfg.max_pending_bytes) {
      e->st.pending_budget++;
      p->search_over = 1;
      return;
    }
    p->quic = quic_ctx_new();
    if(!p->quic) {
      e->st.pending_alloc_failed++;
      p->search_over = 1;
      return;
    }
    account(e, p);
  }
  rc = quic_feed(p->quic, d->payload, d->payload_len, &h);
  switch(rc) {
  case PP_OK:
    e->st.quic_initials++;
    got_hello(e, f, ep, &h, PP_VIA_QUIC, ts);
    break;
  case PP_EAGAIN:
    e->st.quic_initials++;
    break;
  case PP_ENOTFOUND:                    /* server's Initial */
    set_client(e, f, !ep, true);
    break;
  case PP_ECRYPTO:
    e->st.quic_crypto_failed++;
    break;
  case PP_ELIMIT:
    e->st.quic_limit++;
    p->search_over = 1;
    break;
  case PP_ENOTSUP:
    break;
  default:
    e->st.quic_malformed++;
    break;
  }
}

static struct flow_pending *pending_new(struct engine *e, struct flow *f)
{
  struct flow_pending *p = pp_calloc(1, sizeof(*p));
  if(!p) {
    e->st.pending_alloc_failed++;
    return NULL;
  }
  stream_init(&p->st[0], e->cfg.stream_max);
  stream_init(&p->st[1], e->cfg.stream_max);
  p->dns_tcp = f->key.proto == 6 &&
               (f->key.port[0] == 53 || f->key.port[1] == 53);
  f->pend = p;
  e->st.pending_active++;
  return p;
}

static void pending_packet(struct engine *e, struct flow *f, int ep,
                           const struct decoded *d, pp_usec_t ts)
{
  struct flow_pending *p = f->pend;

  /* nDPI first: it sees every packet until it is done */
  /* nDPI state is made on the first packet with payload, so that scans
   * and SYN floods cost no nDPI memory */
  if(!p->dpi_done && (p->dpi || d->payload_len || d->l4proto != 6)) {
    if(!p->dpi)
      p->dpi = dpi_flow_new();
    if(!p->dpi)
      p->dpi_done = 1;
    else if(dpi_process(e->dpi, p->dpi, d->l3, d->l3_len, ts, &p->dpi_res) ||
            ++p->dpi_pkts >= ENGINE_DPI_PKTS_MAX)
      dpi_done(e, f);
  }
  if(!f->name && !p->search_over) {
    if(d->l4proto == 6) {
      if(d->tcp_flags & TCPF_SYN)
        stream_syn(&p->st[ep], d->seq);
      if(d->payload_len)
        tcp_search(e, f, ep, d, ts);
    }
    else if(d->payload_len)
      quic_search(e, f, ep, d, ts);
  }
  p->pkts++;
  if(!f->name && p->search_over && !p->dns_taken)
    dns_snapshot(e, f, ts);
  if(f->name && !p->dpi_done && dpi_classified(&p->dpi_res))
    dpi_done(e, f);
  if(((f->name || p->search_over) && p->dpi_done) ||
     p->pkts >= ENGINE_PENDING_PKTS_MAX)
    pending_finish(e, f, ts);
}

/* ---- flows ------------------------------------------------------------- */

/* End a flow.  What is credited now happened at its last packet, not at
 * the time it is ended (idle timeout, eviction, end of input). */
static void flow_end(struct engine *e, struct flow *f)
{
  if(f->pend)
    pending_finish(e, f, f->last_ts);
  flow_release(e, f);
  flowtab_remove(e->ft, f);
}

static void expire(struct engine *e, pp_usec_t now)
{
  struct flow *f;
  while((f = flowtab_next_expired(e->ft, now))) {
    if(f->list == FLOW_LIST_CLOSED)
      e->st.flows_ended_closed++;
    else
      e->st.flows_ended_idle++;
    flow_end(e, f);
  }
}

static void flush(struct engine *e)
{
  int rc = inv_flush(e->inv, e->sink, e->sink_user);
  if(rc && !e->sink_err)
    e->sink_err = rc;
}

/*
 * Move the clock; expire idle flows; roll the bucket over.  Expiry comes
 * first so that flows that ended in the old bucket are credited there.
 * Packets from the past are credited at the current time (counted).
 */
static pp_usec_t advance(struct engine *e, pp_usec_t ts)
{
  pp_usec_t bucket;
  if(ts < e->now) {
    e->st.late_packets++;
    ts = e->now;
  }
  e->now = ts;
  if(ts >= e->next_expiry) {
    expire(e, ts);
    e->next_expiry = ts + EXPIRY_CHECK_USEC;
  }
  bucket = inv_bucket_of(e->inv, ts);
  if(!e->bucket_set || bucket != inv_current_bucket(e->inv)) {
    if(e->bucket_set)
      flush(e);
    inv_set_bucket(e->inv, bucket);
    e->bucket_set = true;
  }
  return ts;
}

/* Canonical key: the smaller (address, port) endpoint first. */
static int make_key(const struct decoded *d, struct flow_key *k)
{
  int alen = d->ipver == 4 ? 4 : 16, c, src_ep;
  memset(k, 0, sizeof(*k));
  k->proto = d->l4proto;
  k->family = d->ipver == 4 ? PP_AF_INET : PP_AF_INET6;
  c = memcmp(d->src.a, d->dst.a, (size_t)alen);
  src_ep = (c < 0 || (c == 0 && d->sport <= d->dport)) ? 0 : 1;
  memcpy(k->addr[src_ep], d->src.a, (size_t)alen);
  memcpy(k->addr[!src_ep], d->dst.a, (size_t)alen);
  k->port[src_ep] = d->sport;
  k->port[!src_ep] = d->dport;
  return src_ep;
}

static bool is_dns_port(uint16_t p)
{
  return p == 53;
}

static void packet(struct engine *e, int dlt, pp_usec_t ts,
                   const uint8_t *data, uint32_t caplen, uint32_t wirelen);

/* Put a packet on hold (one copy); false when it cannot be copied. */
static bool hold(struct engine *e, int dlt, pp_usec_t ts,
                 const uint8_t *data, uint32_t caplen, uint32_t wirelen)
{
  if(caplen > e->held.cap) {
    uint8_t *n = pp_realloc(e->held.data, caplen);
    if(!n)
      return false;
    e->held.data = n;
    e->held.cap = caplen;
  }
  memcpy(e->held.data, data, caplen);
  e->held.dlt = dlt;
  e->held.ts = ts;
  e->held.caplen = caplen;
  e->held.wirelen = wirelen;
  e->held.active = true;
  return true;
}

/* Let the held packet go: at its own time when the jump was confirmed,
 * else at the current time (its timestamp was damaged). */
static void release_held(struct engine *e, bool confirmed)
{
  e->held.active = false;
  if(!confirmed)
    e->st.time_jumps++;
  packet(e, e->held.dlt, confirmed ? e->held.ts : e->now, e->held.data,
         e->held.caplen, e->held.wirelen);
}

void engine_packet(struct engine *e, int dlt, pp_usec_t ts,
                   const uint8_t *data, uint32_t caplen, uint32_t wirelen)
{
  bool far = e->now && ts > e->now && ts - e->now > ENGINE_JUMP_MAX_USEC;
  if(e->held.active)
    release_held(e, far);
  else if(far && hold(e, dlt, ts, data, caplen, wirelen))
    return;
  packet(e, dlt, ts, data, caplen, wirelen);
}

static void packet(struct engine *e, int dlt, pp_usec_t ts,
                   const uint8_t *data, uint32_t caplen, uint32_t wirelen)
{
  struct decoded d;
  struct flow_key k;
  struct flow *f;
  enum decode_result r;
  enum flow_list list;
  uint64_t h;
  int ep;

  e->st.packets++;
  e->st.bytes += wirelen;
  r = decode_packet(dlt, data, caplen, &d);
  e->st.decode[r]++;
  if(r != DECODE_OK)
    return;
  ts = advance(e, ts);

  if(d.l4proto == 17) {
    if(is_dns_port(d.sport) || is_dns_port(d.dport)) {
      /* stateless: the querier is the side not on port 53 */
      bool query = is_dns_port(d.dport);
      dns_message(e, d.payload, d.payload_len, query ? &d.src : &d.dst, ts);
      return;
    }
    if(d.sport == 5353 || d.dport == 5353 || d.sport == 5355 ||
       d.dport == 5355) {
      e->st.mdns_llmnr_ignored++;
      return;
    }
  }

  ep = make_key(&d, &k);
  h = flowtab_hash(e->ft, &k);
  f = flowtab_lookup(e->ft, &k, h);
  list = d.l4proto == 6 ? FLOW_LIST_NEW : FLOW_LIST_UDP;
  /* a new connection on a 4-tuple whose previous one ended, or with
   * another initial sequence number: a new flow */
  if(f && d.l4proto == 6 &&
     (d.tcp_flags & (TCPF_SYN | TCPF_ACK)) == TCPF_SYN &&
     ((f->flags & (FLOW_F_FIN0 | FLOW_F_FIN1 | FLOW_F_RST)) ||
      ((f->flags & FLOW_F_SYN) && f->syn_seq != d.seq))) {
    e->st.flows_reused++;
    flow_end(e, f);
    f = NULL;
  }
  if(!f) {
    if(flowtab_count(e->ft) >= flowtab_max(e->ft)) {
      struct flow *old = flowtab_oldest(e->ft);
      e->st.flows_evicted++;
      flow_end(e, old);
    }
    f = flowtab_insert(e->ft, &k, h, list, ts);
    if(!f) {
      e->st.flows_alloc_failed++;
      return;
    }
    e->st.flows_created++;
    if(flowtab_count(e->ft) > e->st.flows_peak)
      e->st.flows_peak = flowtab_count(e->ft);
    if(!pending_new(e, f))
      f->flags |= FLOW_F_DONE;
  }
  f->pkts[ep]++;
  f->bytes[ep] += d.ip_len;

  if(d.l4proto == 6) {
    uint8_t fl = d.tcp_flags;
    if((fl & (TCPF_SYN | TCPF_ACK)) == TCPF_SYN) {
      f->flags |= FLOW_F_SYN;
      f->syn_seq = d.seq;
      set_client(e, f, ep, true);
    }
    else if((fl & (TCPF_SYN | TCPF_ACK)) == (TCPF_SYN | TCPF_ACK))
      set_client(e, f, !ep, true);
    if(fl & TCPF_FIN)
      f->flags |= ep ? FLOW_F_FIN1 : FLOW_F_FIN0;
    if(fl & TCPF_RST)
      f->flags |= FLOW_F_RST;
    if(f->pkts[0] && f->pkts[1])
      list = FLOW_LIST_TCP;          /* answered: no longer half-open */
    if((f->flags & FLOW_F_RST) ||
       (f->flags & (FLOW_F_FIN0 | FLOW_F_FIN1)) ==
       (FLOW_F_FIN0 | FLOW_F_FIN1))
      list = FLOW_LIST_CLOSED;
  }
  flowtab_touch(e->ft, f, list, ts);

  if(f->name)
    credit_packet(e, f, ep, d.ip_len, ts);
  if(f->pend)
    pending_packet(e, f, ep, &d, ts);
  else if((f->flags & FLOW_F_HTTP) && f->name && ep == f->client &&
          d.payload_len && http_looks_like_request(d.payload,
                                                   d.payload_len)) {
    /* later requests on a keep-alive connection: more paths */
    struct http_request req;
    if(http_parse_request(d.payload, d.payload_len, &req) == PP_OK &&
       req.path[0]) {
      struct inv_entry *ent = inv_entry(e->inv, f->name, ts);
      if(ent)
        add_path(e, ent, req.path);
    }
  }
}

int engine_flush(struct engine *e)
{
  flush(e);
  return e->sink_err;
}

int engine_finish(struct engine *e)
{
  struct flow *f;
  if(e->held.active)
    release_held(e, false);            /* nothing came to confirm it */
  while((f = flowtab_any(e->ft)))
    flow_end(e, f);
  flush(e);
  return e->sink_err;
}

void engine_get_stats(const struct engine *e, struct engine_stats *st)
{
  *st = e->st;
  st->pending_bytes = e->pending_bytes;
  st->flows_active = flowtab_count(e->ft);
  st->flowtab_bytes = flowtab_memory(e->ft);
}

void engine_get_inv_stats(const struct engine *e, struct inv_stats *st)
{
  inv_get_stats(e->inv, st);
}
