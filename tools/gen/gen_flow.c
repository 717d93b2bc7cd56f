/*
 * gen_flow.c: flows, visits and the scheduler of ppgen (a part of
 * ppgen.c).
 *
 * A visit is a client going to a name: usually a DNS lookup, then the
 * primary flow (HTTP, TLS, QUIC, ...), sometimes noise flows.  Each flow
 * is a small state machine (ST_OPEN handshake and first exchange, ST_BULK
 * server data, ST_AFTER keep-alive exchange, ST_CLOSE) that keeps a short
 * time-ordered queue of packets and refills it a step at a time, so a flow
 * with a million packets costs the same memory as one with ten.  Active
 * flows sit in a binary heap by the time of their next packet; the main
 * loop writes the earliest packet of all, so timestamps never decrease.
 * The number of active flows is capped (ACTIVE_MAX): memory is bounded
 * whatever --packets says.
 *
 * Times are in microseconds as seen at the probe, which sits between the
 * subscribers and the Internet: a client's packet is answered by the
 * server one server round trip (f->rs) later, and the client reacts to a
 * server packet one client round trip (f->rc) after it passed.
 */

#define ACTIVE_MAX 4096
#define VISIT_FLOWS_MAX 5
#define BUF_MAX (1u << 20)       /* stored payload bytes per flow */
#define BULK_CAP 1000000u        /* bulk packets of one flow */
#define BULK_ALPHA 1.3           /* Pareto tail of the bulk sizes */
#define WINDOW_SEGS 48           /* segments in flight at most */

enum { ORD_NONE, ORD_SWAP, ORD_LOSS };
enum { CLOSE_CFIN, CLOSE_SFIN, CLOSE_RST };

/* Primary kinds per mix, by weight. */
static const unsigned mix_weight[MIX_N][K_N] = {
  /* http prox splt  tls tspl  tpq trec tl12 quic qspl  qv2 */
  /* dns dtcp  dnx attr  ech frag bulk */
  [MIX_DEFAULT] = { 8, 1, 2, 18, 3, 22, 2, 4, 8, 16, 2,
                    0, 0, 0, 6, 4, 0, 0 },
  [MIX_WEB] = { 20, 4, 6, 25, 8, 25, 6, 6, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0 },
  [MIX_DNS] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                70, 10, 20, 0, 0, 0, 0 },
  [MIX_QUIC] = { 0, 0, 0, 0, 0, 0, 0, 0, 35, 50, 15,
                 0, 0, 0, 0, 0, 0, 0 },
  [MIX_TLS_SPLIT] = { 0, 0, 0, 0, 35, 35, 30, 0, 0, 0, 0,
                      0, 0, 0, 0, 0, 0, 0 },
  [MIX_ECH] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 1, 0, 0 },
  [MIX_ATTR] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                 0, 0, 0, 1, 0, 0, 0 },
  [MIX_ALL] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                1, 1, 1, 1, 1, 0, 0 },
};

/* Noise flows added to a visit: junk lookups, unnamed bulk, fragments. */
static const double mix_noise[MIX_N][3] = {
  [MIX_DEFAULT] = { 0.03, 0.04, 0.01 },
  [MIX_WEB] = { 0.03, 0.03, 0.005 },
  [MIX_DNS] = { 0, 0, 0 },
  [MIX_QUIC] = { 0.01, 0.02, 0 },
  [MIX_TLS_SPLIT] = { 0, 0.02, 0 },
  [MIX_ECH] = { 0, 0.01, 0 },
  [MIX_ATTR] = { 0, 0.02, 0 },
  [MIX_ALL] = { 0.05, 0.1, 0.1 },
};

static bool kind_is_dns(unsigned k)
{
  return k == K_DNS || k == K_DNS_TCP || k == K_DNS_NX;
}

static bool kind_is_quic(unsigned k)
{
  return k == K_QUIC || k == K_QUIC_SPLIT || k == K_QUIC_V2;
}

static void fail(struct gen *g, int err, const char *what)
{
  if(!g->err) {
    g->err = err;
    g->errwhat = what;
  }
}

/* ---- packet queue ------------------------------------------------------ */

static struct pkt *q_add(struct gen *g, struct flow *f, uint64_t t, int dir,
                         unsigned type)
{
  static struct pkt sink;
  uint32_t i = f->nq;
  if(f->nq == QMAX) {
    fail(g, PP_ELIMIT, "internal: flow queue full");
    return &sink;
  }
  while(i > 0 && f->q[i - 1].t > t) {
    f->q[i] = f->q[i - 1];
    i--;
  }
  memset(&f->q[i], 0, sizeof(f->q[i]));
  f->q[i].t = t;
  f->q[i].dir = (uint8_t)dir;
  f->q[i].type = (uint8_t)type;
  if(f->stage == ST_BULK)
    f->q[i].note = PN_BULK;
  f->nq++;
  if(t > f->tmax)
    f->tmax = t;
  return &f->q[i];
}

static void q_tcp(struct gen *g, struct flow *f, uint64_t t, int dir,
                  unsigned flags, uint32_t seq, uint32_t ack, uint32_t len)
{
  struct pkt *p = q_add(g, f, t, dir, PT_TCP);
  p->flags = (uint8_t)flags;
  p->seq = seq;
  p->ack = ack;
  p->len = (uint16_t)len;
}

/* ---- stored bytes and streams --------------------------------------- */

static bool buf_append(struct gen *g, struct flow *f, const uint8_t *p,
                       size_t n, uint32_t *off)
{
  if(f->blen + n > f->bcap) {
    size_t cap = f->bcap ? f->bcap : 2048;
    uint8_t *nb;
    while(cap < f->blen + n)
      cap *= 2;
    if(cap > BUF_MAX) {
      fail(g, PP_ELIMIT, "internal: flow payload store full");
      return false;
    }
    nb = pp_realloc(f->buf, cap);
    if(!nb) {
      fail(g, PP_ENOMEM, "flow payloads");
      return false;
    }
    f->buf = nb;
    f->bcap = (uint32_t)cap;
  }
  memcpy(f->buf + f->blen, p, n);
  *off = f->blen;
  f->blen += (uint32_t)n;
  return true;
}

static void st_piece(struct gen *g, struct flow *f, int dir, unsigned type,
                     uint32_t src, uint32_t len, uint16_t rec)
{
  struct stream *s = &f->st[dir];
  struct piece *pc;
  if(!len)
    return;
  if(s->n && type == PC_BYTES && s->pc[s->n - 1].type == PC_BYTES &&
     s->pc[s->n - 1].src + s->pc[s->n - 1].len == src) {
    s->pc[s->n - 1].len += len;
    s->len += len;
    return;
  }
  if(s->n == PIECES_MAX) {
    fail(g, PP_ELIMIT, "internal: stream pieces");
    return;
  }
  pc = &s->pc[s->n++];
  pc->start = s->len;
  pc->len = len;
  pc->src = src;
  pc->rec = rec;
  pc->type = (uint8_t)type;
  s->len += len;
}

static void st_bytes(struct gen *g, struct flow *f, int dir,
                     const uint8_t *p, size_t n)
{
  uint32_t off;
  if(n && buf_append(g, f, p, n, &off))
    st_piece(g, f, dir, PC_BYTES, off, (uint32_t)n, 0);
}

static void st_random(struct gen *g, struct flow *f, int dir, uint32_t n)
{
  st_piece(g, f, dir, PC_RANDOM, (uint32_t)rng_next(&f->rng), n, 0);
}

/* n bytes of application_data records (at least one byte in the last);
 * returns the length used. */
static uint32_t st_tlsrec(struct gen *g, struct flow *f, int dir,
                          uint32_t n)
{
  uint16_t rec = rng_chance(&f->rng, 0.7) ? 16401 :
                 (uint16_t)rng_range(&f->rng, 1200, 16401);
  uint32_t unit = 5u + rec, rem;
  if(n < 6)
    n = 6;
  rem = n % unit;
  if(rem && rem < 6)
    n += 6 - rem;
  st_piece(g, f, dir, PC_TLSREC, (uint32_t)rng_next(&f->rng), n, rec);
  return n;
}

/* Bytes of dir's stream not sent yet. */
static uint32_t st_unsent(const struct flow *f, int dir)
{
  return f->st[dir].len + 1 - f->snd[dir];
}

/* ---- TCP building blocks ---------------------------------------------- */

static uint64_t tcp_open(struct gen *g, struct flow *f, uint64_t t)
{
  q_tcp(g, f, t, C2S, TH_SYN, 0, 0, 0);
  t += f->rs;
  q_tcp(g, f, t, S2C, TH_SYN | TH_ACK, 0, 1, 0);
  t += f->rc;
  f->snd[C2S] = f->snd[S2C] = 1;
  q_tcp(g, f, t, C2S, TH_ACK, 1, 1, 0);
  return t;
}

static void tcp_ack(struct gen *g, struct flow *f, int dir, uint64_t t)
{
  q_tcp(g, f, t, dir, TH_ACK, f->snd[dir], f->snd[!dir], 0);
}

/* Queue the next n unsent bytes of dir's stream in full segments, the
 * first at t and then about `gap` apart, PSH on the last; `note` marks the
 * first.  Returns the time of the last. */
static uint64_t tcp_send(struct gen *g, struct flow *f, int dir, uint64_t t,
                         uint32_t n, uint32_t gap, unsigned note)
{
  bool first = true;
  while(n) {
    uint32_t k = PP_MIN(n, (uint32_t)f->mss);
    q_tcp(g, f, t, dir, TH_ACK | (k == n ? TH_PSH : 0), f->snd[dir],
          f->snd[!dir], k);
    if(first && note) {
      uint32_t i;
      for(i = 0; i < f->nq; i++)
        if(f->q[i].type == PT_TCP && f->q[i].dir == dir &&
           f->q[i].seq == f->snd[dir] && f->q[i].len == k)
          f->q[i].note |= (uint8_t)note;
    }
    first = false;
    f->snd[dir] += k;
    n -= k;
    if(n)
      t += 1 + rng_jitter(&f->rng, gap, 30);
  }
  return t;
}

/*
 * Send the next segments of dir's stream with the given lengths, in order
 * or not: ORD_SWAP sends the last one first (reordering on the way);
 * ORD_LOSS sends all, the receiver answers a duplicate ACK with a SACK
 * block (the first was lost after the probe) and the first is sent again.
 * Returns the time of the last packet.
 */
static uint64_t tcp_send_segs(struct gen *g, struct flow *f, int dir,
                              uint64_t t, const uint32_t *len, unsigned n,
                              unsigned order)
{
  uint32_t seq[4], ack = f->snd[!dir], s = f->snd[dir], end;
  unsigned i;
  for(i = 0; i < n; i++) {
    seq[i] = s;
    s += len[i];
  }
  end = s;
  if(n < 2)
    order = ORD_NONE;
  if(order == ORD_SWAP) {
    q_tcp(g, f, t, dir, TH_ACK | TH_PSH, seq[n - 1], ack, len[n - 1]);
    for(i = 0; i + 1 < n; i++) {
      t += rng_range(&f->rng, 5, 60);
      q_tcp(g, f, t, dir, TH_ACK, seq[i], ack, len[i]);
    }
  }
  else {
    for(i = 0; i < n; i++) {
      if(i)
        t += rng_range(&f->rng, 5, 60);
      q_tcp(g, f, t, dir, TH_ACK | (i + 1 == n ? TH_PSH : 0), seq[i], ack,
            len[i]);
    }
  }
  f->snd[dir] = end;
  if(order == ORD_LOSS) {
    struct pkt *p;
    uint64_t peer_rtt = dir == C2S ? f->rs : f->rc;
    uint64_t my_rtt = dir == C2S ? f->rc : f->rs;
    t += peer_rtt;
    p = q_add(g, f, t, !dir, PT_TCP);
    p->flags = TH_ACK;
    p->seq = f->snd[!dir];
    p->ack = seq[0];
    p->aux = seq[1];
    p->aux2 = end;
    t += my_rtt + rng_range(&f->rng, 100, 3000);
    q_tcp(g, f, t, dir, TH_ACK, seq[0], ack, len[0]);
  }
  return t;
}

/* Close: client FIN, server FIN, or client RST; from time t. */
static void tcp_close(struct gen *g, struct flow *f, uint64_t t)
{
  switch(f->close_mode) {
  case CLOSE_RST:
    q_tcp(g, f, t, C2S, TH_RST | TH_ACK, f->snd[C2S], f->snd[S2C], 0);
    break;
  case CLOSE_SFIN:
    q_tcp(g, f, t, S2C, TH_FIN | TH_ACK, f->snd[S2C], f->snd[C2S], 0);
    f->snd[S2C]++;
    t += f->rc;
    q_tcp(g, f, t, C2S, TH_FIN | TH_ACK, f->snd[C2S], f->snd[S2C], 0);
    f->snd[C2S]++;
    t += f->rs;
    tcp_ack(g, f, S2C, t);
    break;
  default:
    q_tcp(g, f, t, C2S, TH_FIN | TH_ACK, f->snd[C2S], f->snd[S2C], 0);
    f->snd[C2S]++;
    t += f->rs;
    q_tcp(g, f, t, S2C, TH_FIN | TH_ACK, f->snd[S2C], f->snd[C2S], 0);
    f->snd[S2C]++;
    t += f->rc;
    tcp_ack(g, f, C2S, t);
    break;
  }
}

/* Server -> client bytes for the planned bulk packets: two data
 * segments per client ACK. */
static uint32_t bulk_bytes(struct flow *f)
{
  uint32_t segs = (2 * f->bulk + 2) / 3;
  if(!segs)
    return 0;
  return (segs - 1) * f->mss + rng_range(&f->rng, 1, f->mss);
}

static uint64_t think(struct flow *f, uint32_t lo, uint32_t hi)
{
  return rng_range(&f->rng, lo, hi);
}

/* One bulk step: up to two server segments, then the client's ACK. */
static void bulk_tcp(struct gen *g, struct flow *f)
{
  uint64_t t = f->gen_t, last = t;
  unsigned i;
  if(!st_unsent(f, S2C)) {
    f->stage = ST_AFTER;
    f->gen_t = f->tmax + think(f, 20000, 600000);
    return;
  }
  for(i = 0; i < 2 && st_unsent(f, S2C); i++) {
    uint32_t left = st_unsent(f, S2C), k = PP_MIN(left, (uint32_t)f->mss);
    q_tcp(g, f, t, S2C, TH_ACK | (k == left ? TH_PSH : 0), f->snd[S2C],
          f->snd[C2S], k);
    f->snd[S2C] += k;
    last = t;
    t += 1 + rng_jitter(&f->rng, f->gap, 40);
  }
  /* jitter below half a gap keeps the ACKs in order */
  tcp_ack(g, f, C2S, last + f->rc + rng_below(&f->rng, f->gap / 2 + 1));
  f->gen_t = t;
}

/* ---- TLS hello choices ---------------------------------------------- */

static void hello_setup(struct gen *g, struct flow *f, struct hello *h)
{
  struct rng *r = &f->rng;
  unsigned k = f->kind;
  memset(h, 0, sizeof(*h));
  h->quic = f->l4 == IPP_UDP;
  h->qver = f->qver;
  h->scid = f->cid_c;
  h->scid_len = f->cid_c_len;
  h->sni = f->name >= 0 ? g->names.v[f->name].host : NULL;
  switch(k) {
  case K_TLS:
  case K_QUIC: {
    static const unsigned w[] = { 30, 20, 50 };
    h->shape = (uint8_t)rng_weighted(r, w, 3);
    h->ech = h->shape == SH_CHROME ? ECH_GREASE : ECH_NONE;
    break;
  }
  case K_TLS_SPLIT:
  case K_TLS_RECORDS: {
    static const unsigned w[] = { 45, 25, 30 };
    h->shape = (uint8_t)rng_weighted(r, w, 3);
    h->pq = k == K_TLS_RECORDS && h->shape != SH_SAFARI &&
            rng_chance(r, 0.5);
    h->ech = h->shape == SH_CHROME ? ECH_GREASE : ECH_NONE;
    break;
  }
  case K_TLS_PQ:
  case K_QUIC_SPLIT:
    h->shape = rng_chance(r, 0.7) ? SH_CHROME : SH_FIREFOX;
    h->pq = true;
    h->ech = h->shape == SH_CHROME || rng_chance(r, 0.5) ? ECH_GREASE :
             ECH_NONE;
    break;
  case K_QUIC_V2:
    h->shape = rng_chance(r, 0.5) ? SH_CHROME : SH_SAFARI;
    h->pq = h->shape == SH_CHROME;
    h->ech = h->shape == SH_CHROME ? ECH_GREASE : ECH_NONE;
    break;
  case K_TLS12:
    h->shape = SH_TLS12;
    h->psk = true;                       /* session-id resumption */
    break;
  case K_ATTR: {
    static const unsigned w[] = { 45, 20, 35 };
    h->shape = (uint8_t)rng_weighted(r, w, 3);
    h->pq = h->shape != SH_SAFARI && rng_chance(r, 0.5);
    h->psk = true;
    h->sni = NULL;                       /* resumption without SNI */
    break;
  }
  case K_ECH:
    h->shape = rng_chance(r, 0.6) ? SH_CHROME : SH_FIREFOX;
    h->pq = h->shape == SH_CHROME || f->l4 == IPP_UDP;
    h->ech = ECH_REAL;
    h->ech_cfg = g->ech_cfg;
    h->sni = ECH_PUBLIC_NAME;
    break;
  default:
    h->shape = SH_CHROME;
    break;
  }
  f->shape = h->shape;
}

/* Up to two sorted cut points strictly inside (lo, hi); the first, when
 * asked, lands inside the server_name at sni (hi > lo + 8). */
static size_t pick_cuts(struct rng *r, size_t lo, size_t hi, size_t sni,
                        size_t sni_len, size_t *cut)
{
  size_t n = 0, a, b;
  if(sni && sni_len > 2)
    a = sni + 1 + rng_below(r, (uint32_t)(sni_len - 2));
  else
    a = lo + 1 + rng_below(r, (uint32_t)(hi - lo - 2));
  cut[n++] = a;
  if(rng_chance(r, 0.5)) {
    b = lo + 1 + rng_below(r, (uint32_t)(hi - lo - 2));
    if(b != a)
      cut[n++] = b;
    if(n == 2 && cut[1] < cut[0]) {
      size_t tmp = cut[0];
      cut[0] = cut[1];
      cut[1] = tmp;
    }
  }
  return n;
}

/* ---- openers: the start of each kind of flow ------------------------- */

static void open_http(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  const struct name *nm = &g->names.v[f->name];
  uint8_t req[2048], hdr[512];
  char path[160], query[96], host[256];
  struct httpreq q;
  size_t n, hl, i;
  uint64_t t;
  long body;
  bool html = f->bulk < 3;
  snprintf(host, sizeof(host), "%s", nm->host);
  if(rng_chance(r, 0.02))                /* odd case: names are caseless */
    for(i = 0; host[i]; i++)
      if(host[i] >= 'a' && host[i] <= 'z' && rng_chance(r, 0.4))
        host[i] = (char)(host[i] - 32);
  http_path(r, path, sizeof(path), query, sizeof(query));
  memset(&q, 0, sizeof(q));
  q.host = host;
  q.path = path;
  q.query = query;
  q.proxy = f->kind == K_HTTP_PROXY;
  q.port = q.proxy ? (rng_chance(r, 0.2) ? 80 : 0) :
           f->sport != 80 || rng_chance(r, 0.05) ? f->sport : 0;
  q.post = rng_chance(r, 0.12);
  q.host_late = rng_chance(r, 0.1);
  q.host_lc = rng_chance(r, 0.03);
  q.os = f->os;
  q.shape = f->os == OS_APPLE ? SH_SAFARI : SH_CHROME;
  n = http_request(r, &q, req, sizeof(req));
  if(!n) {
    fail(g, PP_ERANGE, "internal: HTTP request too long");
    return;
  }
  snprintf(f->path, sizeof(f->path), "%s", path);
  st_bytes(g, f, C2S, req, n);
  t = tcp_open(g, f, f->t0) + think(f, 30, 400);
  if(f->kind == K_HTTP_SPLIT) {
    /* the request in two writes, the cut inside the Host value or just
     * before it; Nagle holds the second until the first is acked */
    uint32_t back = rng_below(r, 3);
    uint32_t cut = (uint32_t)(q.host_off - back +
                              rng_below(r, (uint32_t)strlen(host)));
    q_tcp(g, f, t, C2S, TH_ACK | TH_PSH, f->snd[C2S], f->snd[S2C], cut);
    f->snd[C2S] += cut;
    t += f->rs;
    tcp_ack(g, f, S2C, t);
    t += f->rc;
    t = tcp_send(g, f, C2S, t, (uint32_t)n - cut, 15, 0);
  }
  else
    t = tcp_send(g, f, C2S, t, (uint32_t)n, 15, 0);
  t += f->rs + think(f, 1000, 80000);
  if(html)
    body = rng_range(r, 300, 2400);
  else
    body = (long)bulk_bytes(f) - 200;
  if(body < 64)
    body = 64;
  hl = http_response(r, t, body, html, hdr, sizeof(hdr));
  st_bytes(g, f, S2C, hdr, hl);
  if(html) {
    uint8_t page[2400];
    html_body(r, page, (size_t)body);
    st_bytes(g, f, S2C, page, (size_t)body);
  }
  else
    st_random(g, f, S2C, (uint32_t)body);
  f->stage = ST_BULK;
  f->gen_t = t;
}

static void after_http(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  uint64_t t = f->gen_t;
  if(f->keepalive) {
    uint8_t req[2048], hdr[512], page[2000];
    char path[160], query[96];
    struct httpreq q;
    size_t n, hl;
    long body = rng_chance(r, 0.4) ? -1 : (long)rng_range(r, 200, 2000);
    http_path(r, path, sizeof(path), query, sizeof(query));
    memset(&q, 0, sizeof(q));
    q.host = g->names.v[f->name].host;
    q.path = path;
    q.query = query;
    q.proxy = f->kind == K_HTTP_PROXY;
    q.os = f->os;
    q.shape = SH_CHROME;
    n = http_request(r, &q, req, sizeof(req));
    st_bytes(g, f, C2S, req, n);
    t = tcp_send(g, f, C2S, t, (uint32_t)n, 15, 0);
    t += f->rs + think(f, 500, 30000);
    hl = http_response(r, t, body, true, hdr, sizeof(hdr));
    st_bytes(g, f, S2C, hdr, hl);
    if(body > 0) {
      html_body(r, page, (size_t)body);
      st_bytes(g, f, S2C, page, (size_t)body);
    }
    t = tcp_send(g, f, S2C, t, (uint32_t)(hl + (body > 0 ? body : 0)), 12,
                 0);
    tcp_ack(g, f, C2S, t + f->rc);
  }
  f->stage = ST_CLOSE;
  f->gen_t = f->tmax + think(f, 1000, 2000000);
}

static void open_tls(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  uint8_t ch[TLS_CH_MAX], rec[TLS_CH_MAX + 64], sh[1400], tmp[8192];
  struct hello h;
  struct wb w;
  size_t chlen, shlen, cut[2], ncut = 0, i;
  uint32_t seg[4];
  unsigned nseg = 0;
  uint64_t t;
  bool tls13;
  hello_setup(g, f, &h);
  tls13 = h.shape != SH_TLS12;
  chlen = tls_client_hello(r, &h, ch, sizeof(ch));
  if(!chlen) {
    fail(g, PP_ERANGE, "internal: ClientHello too long");
    return;
  }
  if(f->kind == K_TLS_RECORDS)
    ncut = pick_cuts(r, 8, chlen - 8, h.sni_off,
                     h.sni ? strlen(h.sni) : 0, cut);
  wb_init(&w, rec, sizeof(rec));
  tls_records(&w, 22, 0x0301, ch, chlen, cut, ncut);
  st_bytes(g, f, C2S, rec, w.len);
  t = tcp_open(g, f, f->t0) + think(f, 40, 600);
  if(f->kind == K_TLS_SPLIT) {
    /* several small writes: cut inside the SNI (record offset + 5) */
    size_t c2[2], k = pick_cuts(r, 8, w.len - 8,
                                h.sni_off ? h.sni_off + 5 : 0,
                                h.sni ? strlen(h.sni) : 0, c2), prev = 0;
    for(i = 0; i < k; i++) {
      seg[nseg++] = (uint32_t)(c2[i] - prev);
      prev = c2[i];
    }
    seg[nseg++] = (uint32_t)(w.len - prev);
  }
  else {
    size_t left = w.len;
    while(left && nseg < 4) {
      seg[nseg] = (uint32_t)PP_MIN(left, (size_t)f->mss);
      left -= seg[nseg++];
    }
  }
  t = tcp_send_segs(g, f, C2S, t, seg, nseg, f->reorder);

  /* server: ServerHello, CCS, encrypted flight (or TLS 1.2 Finished) */
  t += f->rs + think(f, 200, 3000);
  shlen = tls_server_hello(r, &h, ch + 39, ch[38], sh, sizeof(sh));
  wb_init(&w, tmp, sizeof(tmp));
  tls_records(&w, 22, 0x0303, sh, shlen, NULL, 0);
  wb_mem(&w, "\x14\x03\x03\x00\x01\x01", 6);
  if(!tls13)
    tls_random_record(&w, r, 22, 40);
  else if(h.psk)
    tls_random_record(&w, r, 23, rng_range(r, 60, 200));
  else {
    tls_random_record(&w, r, 23, rng_range(r, 1800, 4200));
    if(rng_chance(r, 0.4))
      tls_random_record(&w, r, 23, rng_range(r, 60, 300));
  }
  if(w.err || !shlen) {
    fail(g, PP_ERANGE, "internal: server flight too long");
    return;
  }
  st_bytes(g, f, S2C, tmp, w.len);
  t = tcp_send(g, f, S2C, t, (uint32_t)w.len, 12, 0);

  /* client: CCS, Finished, the first request */
  t += f->rc + think(f, 100, 2000);
  wb_init(&w, tmp, sizeof(tmp));
  if(ch[38] || !tls13)
    wb_mem(&w, "\x14\x03\x03\x00\x01\x01", 6);
  tls_random_record(&w, r, tls13 ? 23 : 22, tls13 ? 53 : 40);
  tls_random_record(&w, r, 23, rng_range(r, 80, 600));
  st_bytes(g, f, C2S, tmp, w.len);
  t = tcp_send(g, f, C2S, t, (uint32_t)w.len, 10, 0);

  /* server: the response, as the bulk */
  t += f->rs + think(f, 500, 40000);
  st_tlsrec(g, f, S2C, f->bulk ? bulk_bytes(f) :
                       rng_range(r, 200, 1400));
  f->stage = ST_BULK;
  f->gen_t = t;
}

static void after_tls(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  uint8_t tmp[64];
  struct wb w;
  uint64_t t = f->gen_t;
  if(f->keepalive) {
    st_tlsrec(g, f, C2S, rng_range(r, 60, 400));
    t = tcp_send(g, f, C2S, t, st_unsent(f, C2S), 10, 0);
    t += f->rs + think(f, 300, 20000);
    st_tlsrec(g, f, S2C, rng_range(r, 200, 3000));
    t = tcp_send(g, f, S2C, t, st_unsent(f, S2C), 12, 0);
    tcp_ack(g, f, C2S, t + f->rc);
    t = f->tmax + think(f, 1000, 1500000);
  }
  else
    t = f->tmax + think(f, 1000, 1500000);
  if(f->close_mode == CLOSE_CFIN && f->l4 == IPP_TCP &&
     f->kind != K_ATTR) {
    /* close_notify, encrypted */
    wb_init(&w, tmp, sizeof(tmp));
    tls_random_record(&w, r, f->shape == SH_TLS12 ? 21 : 23,
                      f->shape == SH_TLS12 ? 26 : 19);
    st_bytes(g, f, C2S, tmp, w.len);
    t = tcp_send(g, f, C2S, t, (uint32_t)w.len, 10, 0);
    t += 20;
  }
  f->stage = ST_CLOSE;
  f->gen_t = t;
}

/* DNS-attributed flow with an opaque (non-TLS) protocol on port 443,
 * and unnamed TCP bulk: random bytes both ways. */
static void open_opaque(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  uint8_t hello[700];
  uint32_t n = rng_range(r, 40, 600);
  uint64_t t;
  rng_fill(r, hello, n);
  hello[0] = (uint8_t)(1 + rng_below(r, 15));  /* not a TLS record */
  st_bytes(g, f, C2S, hello, n);
  t = tcp_open(g, f, f->t0) + think(f, 40, 800);
  t = tcp_send(g, f, C2S, t, n, 15, 0);
  t += f->rs + think(f, 200, 5000);
  st_random(g, f, S2C, f->bulk ? bulk_bytes(f) : rng_range(r, 60, 1400));
  f->stage = ST_BULK;
  f->gen_t = t;
}

/* QUIC: client Initial(s) from quic_build_initial(), a server flight of
 * long header packets, the client's Handshake + first 1-RTT packet. */
static void open_quic(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  uint8_t ch[TLS_CH_MAX], frames[1400], pkt[1600];
  struct hello h;
  struct wb w;
  size_t chlen, npk, i, pad_to, maxdg;
  bool chaos;
  uint64_t t = f->t0;
  unsigned k;
  hello_setup(g, f, &h);
  chlen = tls_client_hello(r, &h, ch, sizeof(ch));
  if(!chlen) {
    fail(g, PP_ERANGE, "internal: ClientHello too long");
    return;
  }
  pad_to = h.shape == SH_CHROME ? 1250 : h.shape == SH_FIREFOX ? 1252 :
           1200;
  npk = (chlen + 1080) / 1100;
  chaos = h.shape == SH_CHROME && npk > 1;
  for(i = 0; i < npk; i++) {
    size_t from = chlen * i / npk, to = chlen * (i + 1) / npk, fl, olen;
    int rc;
    /* Chrome scrambles; the rest (and any overflow) go in order */
    fl = chaos ? quic_chaos_frames(r, ch, chlen, from, to, frames, 1180) :
         0;
    if(!fl) {
      wb_init(&w, frames, sizeof(frames));
      quic_crypto_frame(&w, ch, from, to);
      fl = w.err ? 0 : w.len;
    }
    if(!fl) {
      fail(g, PP_ERANGE, "internal: CRYPTO frames too long");
      return;
    }
    rc = quic_build_initial(f->qver, f->odcid, f->odcid_len, f->cid_c,
                            f->cid_c_len, (uint32_t)i, frames, fl, pad_to,
                            pkt, sizeof(pkt), &olen);
    if(rc) {
      fail(g, rc, "quic_build_initial");
      return;
    }
    {
      uint32_t off;
      struct pkt *p;
      if(!buf_append(g, f, pkt, olen, &off))
        return;
      p = q_add(g, f, t, C2S, PT_UDP);
      p->seq = off;
      p->len = (uint16_t)olen;
    }
    t += think(f, 10, 80);
  }

  /* server: Initial (ServerHello) + Handshake, more Handshake */
  maxdg = PP_MIN((size_t)1350, (size_t)(f->mtu - (f->cli.family ==
                 PP_AF_INET ? 20 : 40 + v6ext_len(f->v6ext)) - 8));
  t += f->rs + think(f, 300, 4000);
  for(k = 0; k < 3; k++) {
    size_t target = k < 2 ? maxdg - rng_below(r, 40) :
                    rng_range(r, 200, 900);
    size_t hdr;
    uint32_t off;
    struct pkt *p;
    if(k == 2 && rng_chance(r, 0.5))
      break;
    wb_init(&w, pkt, sizeof(pkt));
    if(k == 0)
      quic_long_random(&w, r, f->qver, false, f->cid_c, f->cid_c_len,
                       f->cid_s, f->cid_s_len, rng_range(r, 130, 190));
    hdr = 1 + 4 + 1 + f->cid_c_len + 1 + f->cid_s_len + 2;
    quic_long_random(&w, r, f->qver, true, f->cid_c, f->cid_c_len,
                     f->cid_s, f->cid_s_len, target - w.len - hdr);
    if(w.err || !buf_append(g, f, pkt, w.len, &off)) {
      fail(g, PP_ERANGE, "internal: QUIC server datagram");
      return;
    }
    p = q_add(g, f, t, S2C, PT_UDP);
    p->seq = off;
    p->len = (uint16_t)w.len;
    t += think(f, 15, 90);
  }

  /* client: Handshake (ACK, Finished) coalesced with a 1-RTT request */
  t += f->rc + think(f, 200, 3000);
  {
    uint32_t off;
    struct pkt *p;
    wb_init(&w, pkt, sizeof(pkt));
    quic_long_random(&w, r, f->qver, true, f->cid_s, f->cid_s_len,
                     f->cid_c, f->cid_c_len, rng_range(r, 60, 90));
    wb_u8(&w, 0x40 | rng_below(r, 64));
    wb_mem(&w, f->cid_s, f->cid_s_len);
    wb_rand(&w, r, rng_range(r, 60, 400));
    if(w.err || !buf_append(g, f, pkt, w.len, &off))
      return;
    p = q_add(g, f, t, C2S, PT_UDP);
    p->seq = off;
    p->len = (uint16_t)w.len;
  }
  t += f->rs + think(f, 500, 40000);
  f->left = f->bulk ? f->bulk : 2;
  f->stage = ST_BULK;
  f->gen_t = t;
}

/* QUIC 1-RTT bulk: two full server packets, then a client ACK packet. */
static void bulk_quic(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  size_t maxdg = PP_MIN((size_t)1350, (size_t)(f->mtu - (f->cli.family ==
                        PP_AF_INET ? 20 : 40 + v6ext_len(f->v6ext)) - 8));
  uint64_t t = f->gen_t, last = t;
  unsigned i;
  struct pkt *p;
  if(!f->left) {
    f->stage = ST_END;
    return;
  }
  for(i = 0; i < 2 && f->left; i++) {
    p = q_add(g, f, t, S2C, PT_QSHORT);
    p->len = (uint16_t)(f->left > 2 ? maxdg : rng_range(r, 40, (uint32_t)
                                                        maxdg));
    p->aux = (uint32_t)rng_next(r);
    f->left--;
    last = t;
    t += 1 + rng_jitter(r, f->gap, 40);
  }
  if(f->left) {
    p = q_add(g, f, last + f->rc + rng_below(r, f->gap / 2 + 1), C2S,
              PT_QSHORT);
    p->len = (uint16_t)rng_range(r, 30, 48);
    p->aux = (uint32_t)rng_next(r);
    f->left--;
  }
  f->gen_t = t;
}

/* ---- DNS ---------------------------------------------------------------- */

/* The last `labels` labels of name (the whole name if it has fewer). */
static const char *last_labels(const char *name, unsigned labels)
{
  const char *p = name + strlen(name);
  unsigned seen = 0;
  while(p > name) {
    p--;
    if(*p == '.' && ++seen == labels)
      return p + 1;
  }
  return name;
}

static size_t dns_query(struct flow *f, unsigned qtype, unsigned id,
                        uint8_t *out, size_t cap)
{
  struct dnsw d;
  memset(&d, 0, sizeof(d));
  wb_init(&d.w, out, cap);
  dns_header(&d, id, 0x0100, 1, 0, 0, f->edns ? 1 : 0);
  dns_name(&d, f->expect, true);
  wb_u16(&d.w, qtype);
  wb_u16(&d.w, 1);
  if(f->edns)
    dns_opt(&d);
  return d.w.err ? 0 : d.w.len;
}

/* The resolver's answer: CNAME chain, address or HTTPS records (or an
 * NXDOMAIN / NODATA with the zone's SOA), compressed like real ones. */
static size_t dns_response(struct gen *g, struct flow *f, unsigned qtype,
                           unsigned id, uint8_t *out, size_t cap)
{
  const struct name *nm = f->name >= 0 ? &g->names.v[f->name] : NULL;
  char cn[2][256], mname[300], rname[300];
  const char *owner = f->expect, *zone;
  struct dnsw d;
  bool nx = f->kind == K_DNS_NX;
  bool nodata = !nx && qtype == DNS_HTTPS && !(nm->flags & NAME_ECH) &&
                (f->id & 1);
  unsigned hops = nx || nodata ? 0 : nm->hops, i, an;
  size_t at;
  memset(&d, 0, sizeof(d));
  wb_init(&d.w, out, cap);
  an = nx || nodata ? 0 : hops + 1;
  dns_header(&d, id, nx ? 0x8183 : 0x8180, 1, an, nx || nodata ? 1 : 0,
             f->edns ? 1 : 0);
  dns_name(&d, f->expect, true);
  wb_u16(&d.w, qtype);
  wb_u16(&d.w, 1);
  for(i = 0; i < hops; i++) {
    cname_text(&g->names, (uint32_t)f->name, i, cn[i], sizeof(cn[i]));
    at = dns_rr(&d, owner, DNS_CNAME, 3600);
    dns_name(&d, cn[i], true);
    dns_rr_end(&d, at);
    owner = cn[i];
  }
  if(an) {
    if(qtype == DNS_A) {
      at = dns_rr(&d, owner, DNS_A, nm->ttl);
      wb_mem(&d.w, nm->v4.a, 4);
    }
    else if(qtype == DNS_AAAA) {
      at = dns_rr(&d, owner, DNS_AAAA, nm->ttl);
      wb_mem(&d.w, nm->v6.a, 16);
    }
    else {
      at = dns_rr(&d, owner, DNS_HTTPS, nm->ttl);
      dns_https_rdata(&d.w, &nm->v4, &nm->v6, g->ech_cfg,
                      (nm->flags & NAME_ECH) ? g->ech_pub : NULL);
    }
    dns_rr_end(&d, at);
  }
  else {
    zone = last_labels(f->expect, 2);
    snprintf(mname, sizeof(mname), "ns1.%s", zone);
    snprintf(rname, sizeof(rname), "hostmaster.%s", zone);
    dns_soa(&d, zone, mname, rname);
  }
  if(f->edns)
    dns_opt(&d);
  return d.w.err ? 0 : d.w.len;
}

/* Which queries a lookup asks and which answers it registers. */
static void dns_plan(struct gen *g, struct flow *f, int fam_main)
{
  struct rng *r = &f->rng;
  const struct name *nm = f->name >= 0 ? &g->names.v[f->name] : NULL;
  f->nqt = 0;
  f->qtype[f->nqt++] = DNS_A;
  if(f->kind == K_DNS_NX)
    return;
  if(f->kind == K_DNS_TCP || fam_main == PP_AF_INET6 ||
     rng_chance(r, 0.6))
    f->qtype[f->nqt++] = DNS_AAAA;
  if(f->kind != K_DNS_TCP &&
     ((nm->flags & NAME_ECH) || rng_chance(r, 0.1)))
    f->qtype[f->nqt++] = DNS_HTTPS;
  f->reg[f->nreg++] = nm->v4;
  if(f->nqt > 1)
    f->reg[f->nreg++] = nm->v6;
}

static void open_dns(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  uint8_t msg[1024];
  uint64_t tq[3], t = f->t0, rr = f->rs;
  unsigned id[3], i;
  for(i = 0; i < f->nqt; i++) {
    size_t n;
    uint32_t off;
    struct pkt *p;
    id[i] = rng_below(r, 65536);
    n = dns_query(f, f->qtype[i], id[i], msg, sizeof(msg));
    if(!n || !buf_append(g, f, msg, n, &off)) {
      fail(g, PP_ERANGE, "internal: DNS query");
      return;
    }
    p = q_add(g, f, t, C2S, PT_UDP);
    p->seq = off;
    p->len = (uint16_t)n;
    tq[i] = t;
    t += think(f, 15, 300);
  }
  for(i = 0; i < f->nqt; i++) {
    size_t n = dns_response(g, f, f->qtype[i], id[i], msg, sizeof(msg));
    uint32_t off;
    struct pkt *p;
    uint64_t ta = tq[i] + rng_jitter(r, rr, 8);
    if(!n || !buf_append(g, f, msg, n, &off)) {
      fail(g, PP_ERANGE, "internal: DNS response");
      return;
    }
    p = q_add(g, f, ta, S2C, PT_UDP);
    p->seq = off;
    p->len = (uint16_t)n;
    if(i == 0)
      p->note |= PN_DNSREG;
  }
  f->answered = f->tmax;
  f->stage = ST_END;
}

/* DNS over TCP (RFC 7766): two length-prefixed queries on one
 * connection, their answers, the client closes. */
static void open_dns_tcp(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  uint8_t msg[1024];
  unsigned id[2], i;
  uint32_t qlen[2], alen = 0;
  uint64_t t = tcp_open(g, f, f->t0) + think(f, 30, 300);
  bool one = rng_chance(r, 0.5);
  for(i = 0; i < 2; i++) {
    size_t n;
    id[i] = rng_below(r, 65536);
    n = dns_query(f, f->qtype[i], id[i], msg + 2, sizeof(msg) - 2);
    put16(msg, (unsigned)n);
    st_bytes(g, f, C2S, msg, n + 2);
    qlen[i] = (uint32_t)n + 2;
  }
  if(one)
    t = tcp_send(g, f, C2S, t, qlen[0] + qlen[1], 10, 0);
  else {
    t = tcp_send(g, f, C2S, t, qlen[0], 10, 0);
    t = tcp_send(g, f, C2S, t + think(f, 20, 200), qlen[1], 10, 0);
  }
  t += rng_jitter(r, f->rs, 8);
  for(i = 0; i < 2; i++) {
    size_t n = dns_response(g, f, f->qtype[i], id[i], msg + 2,
                            sizeof(msg) - 2);
    put16(msg, (unsigned)n);
    st_bytes(g, f, S2C, msg, n + 2);
    alen += (uint32_t)n + 2;
  }
  t = tcp_send(g, f, S2C, t, alen, 12, PN_DNSREG);
  f->answered = t;
  f->close_mode = CLOSE_CFIN;
  f->stage = ST_CLOSE;
  f->gen_t = t + f->rc + think(f, 200, 30000);
}

/* ---- noise: unnamed UDP, fragments -------------------------------------- */

/* A WireGuard message of type 1, 2 or 4 (len: transport data bytes
 * after the 16-byte header, rounded up to 16). */
static struct pkt *q_wg(struct gen *g, struct flow *f, uint64_t t, int dir,
                        unsigned type, uint32_t len)
{
  struct pkt *p = q_add(g, f, t, dir, PT_WG);
  p->flags = (uint8_t)type;
  p->len = (uint16_t)(type == 1 ? 148 : type == 2 ? 92 :
                      16 + ((len + 15) & ~15u));
  p->aux = (uint32_t)rng_next(&f->rng);
  if(type == 4)
    p->aux2 = f->wg_ctr[dir]++;
  return p;
}

/* Unnamed UDP: a WireGuard tunnel (port 51820), handshake then data. */
static void open_wg(struct gen *g, struct flow *f)
{
  uint64_t t = f->t0;
  f->wg_idx[C2S] = (uint32_t)rng_next(&f->rng);
  f->wg_idx[S2C] = (uint32_t)rng_next(&f->rng);
  q_wg(g, f, t, C2S, 1, 0);
  t += f->rs;
  q_wg(g, f, t, S2C, 2, 0);
  t += f->rc;
  q_wg(g, f, t, C2S, 4, 0);              /* keepalive: empty payload */
  f->left = f->kind == K_FRAG ? 3 + f->bulk / 6 : (f->bulk ? f->bulk : 4);
  f->stage = ST_BULK;
  f->gen_t = t + think(f, 100, 5000);
}

static void bulk_udp_noise(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  if(!f->left) {
    f->stage = ST_END;
    return;
  }
  int dir = rng_chance(r, 0.7) ? S2C : C2S;
  q_wg(g, f, f->gen_t, dir, 4, rng_range(r, 40, 1380));
  f->left--;
  f->gen_t += 1 + rng_jitter(r, f->gap, 60);
}

/* One datagram; large ones go as IPv4 fragments of the path MTU. */
static void bulk_frag(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  int dir = rng_chance(r, 0.6) ? S2C : C2S;
  uint32_t size, fsz, off = 0, aux = (uint32_t)rng_next(r), nfr, i;
  uint16_t id;
  uint64_t t = f->gen_t;
  bool rev;
  struct pkt *p;
  if(!f->left) {
    f->stage = ST_END;
    return;
  }
  f->left--;
  f->gen_t += 1 + rng_jitter(r, f->gap, 60) * 2;
  if(rng_chance(r, 0.4)) {
    q_wg(g, f, t, dir, 4, rng_range(r, 80, 1000));
    return;
  }
  /* UDP header + a transport data message too big for the path */
  size = 8 + 16 + (rng_range(r, 1600, 8000) & ~15u);
  fsz = ((uint32_t)f->mtu - 20) & ~7u;
  nfr = (size + fsz - 1) / fsz;
  rev = rng_chance(r, 0.15);             /* some stacks send the tail first */
  id = (uint16_t)next_ipid(g, f, dir);
  for(i = 0; i < nfr; i++) {
    uint32_t k = rev ? nfr - 1 - i : i;
    off = k * fsz;
    p = q_add(g, f, t, dir, PT_FRAG);
    p->seq = off;
    p->len = (uint16_t)PP_MIN(fsz, size - off);
    p->ack = size;
    p->aux = aux;
    p->ipid = id;
    p->aux2 = f->wg_ctr[dir];
    p->flags = k + 1 < nfr ? 1 : 0;
    t += rng_range(r, 2, 20);
  }
  f->wg_ctr[dir]++;
  f->gen_t = PP_MAX(f->gen_t, t + 1);
}

/* ---- the step function -------------------------------------------------- */

static void flow_step(struct gen *g, struct flow *f)
{
  unsigned k = f->kind;
  switch(f->stage) {
  case ST_OPEN:
    if(k == K_HTTP || k == K_HTTP_PROXY || k == K_HTTP_SPLIT)
      open_http(g, f);
    else if(k == K_DNS || k == K_DNS_NX)
      open_dns(g, f);
    else if(k == K_DNS_TCP)
      open_dns_tcp(g, f);
    else if(k == K_FRAG || (k == K_BULK_NONAME && f->l4 == IPP_UDP))
      open_wg(g, f);
    else if(k == K_BULK_NONAME)
      open_opaque(g, f);
    else if(k == K_ATTR && f->shape == SH_N)
      open_opaque(g, f);
    else if(f->l4 == IPP_UDP)
      open_quic(g, f);
    else
      open_tls(g, f);
    break;
  case ST_BULK:
    if(k == K_FRAG)
      bulk_frag(g, f);
    else if(k == K_BULK_NONAME && f->l4 == IPP_UDP)
      bulk_udp_noise(g, f);
    else if(f->l4 == IPP_UDP)
      bulk_quic(g, f);
    else
      bulk_tcp(g, f);
    break;
  case ST_AFTER:
    if(k == K_HTTP || k == K_HTTP_PROXY || k == K_HTTP_SPLIT)
      after_http(g, f);
    else if(k == K_BULK_NONAME || (k == K_ATTR && f->shape == SH_N)) {
      f->stage = ST_CLOSE;
      f->gen_t = f->tmax + think(f, 1000, 1000000);
    }
    else
      after_tls(g, f);
    break;
  case ST_CLOSE:
    tcp_close(g, f, f->gen_t);
    f->stage = ST_END;
    break;
  default:
    f->stage = ST_END;
    break;
  }
}

/* Generate until the queue holds a packet that no later step can come
 * before (or the flow is fully generated). */
static void flow_fill(struct gen *g, struct flow *f)
{
  while(f->stage != ST_END && !g->err && f->nq + STEP_MAX <= QMAX &&
        (f->nq == 0 || f->gen_t <= f->q[0].t))
    flow_step(g, f);
}

/* ---- creating flows ------------------------------------------------- */

static uint32_t server_rtt(const struct gen *g, const struct pp_addr *a)
{
  uint64_t h = fnv1a(a->a, 16, FNV_INIT ^ g->o.seed);
  if(h % 100 < 12)
    return 150000 + (uint32_t)((h >> 8) % 80000);   /* abroad */
  return 2000 + (uint32_t)((h >> 8) % 38000);
}

static uint32_t bulk_sample(const struct gen *g, struct rng *r)
{
  double x;
  uint64_t cap = PP_MIN(g->o.bulk * 200, (uint64_t)BULK_CAP);
  if(!g->o.bulk)
    return 0;
  if(rng_chance(r, 0.2))
    return rng_below(r, 11);             /* short exchanges */
  x = g->bulk_xm * dexp(-dlog(1.0 - rng_unit(r)) / BULK_ALPHA);
  return x >= (double)cap ? (uint32_t)cap : (uint32_t)x;
}

static void pick_link_encap(struct gen *g, struct flow *f)
{
  static const unsigned link_w[L_N] = { 50, 15, 15, 10, 10 };
  static const unsigned encap_w[E_N] = { 35, 15, 12, 12, 12, 14 };
  static const uint16_t gre_fl[] = {
    0, GRE_K, GRE_S, GRE_K | GRE_S, GRE_C | GRE_K,
  };
  static const unsigned ext_set[] = {
    X_HBH, X_DST, X_HBH | X_DST, X_RH0, X_SRH, X_HBH | X_SRH, X_DST | X_RH0,
  };
  struct rng *r = &f->rng;
  bool mixed = g->o.encap == E_MIXED;
  f->link = (uint8_t)(g->o.link == L_MIXED ?
                      rng_weighted(r, link_w, L_N) : g->o.link);
  f->encap = (uint8_t)(mixed ? rng_weighted(r, encap_w, E_N) :
                       g->o.encap);
  if((f->link == L_RAW || f->link == L_NULL) && f->encap != E_NONE &&
     f->encap != E_GRE)
    f->encap = rng_chance(r, 0.6) ? E_NONE : E_GRE;
  f->qinq_i = (uint8_t)rng_weighted(r, (const unsigned[]){ 2, 1, 1 }, 3);
  f->mpls_n = (uint8_t)rng_range(r, 1, 3);
  f->gre_flags = gre_fl[rng_below(r, PP_ARRAY_LEN(gre_fl))];
  f->gre_eth = f->encap == E_GRE && rng_chance(r, 0.08);
  f->gre_key = 0x1000 + f->client % 4096;
  if(mixed && f->cli.family == PP_AF_INET6 && rng_chance(r, 0.3))
    f->v6ext = (uint8_t)ext_set[rng_below(r, PP_ARRAY_LEN(ext_set))];
}

static void set_path(struct flow *f)
{
  struct rng *r = &f->rng;
  unsigned gl = 4 + ((f->gre_flags & GRE_C) ? 4 : 0) +
                ((f->gre_flags & GRE_K) ? 4 : 0) +
                ((f->gre_flags & GRE_S) ? 4 : 0);
  unsigned iph = f->cli.family == PP_AF_INET ? 20 :
                 40 + (unsigned)v6ext_len(f->v6ext);
  unsigned adv_c, adv_s, m;
  f->mtu = 1500;
  if(f->encap == E_PPPOE)
    f->mtu = 1492;
  else if(f->encap == E_GRE)
    f->mtu = (uint16_t)(1500 - 20 - gl - (f->gre_eth ? 14 : 0));
  adv_c = f->mtu - (f->cli.family == PP_AF_INET ? 40 : 60);
  adv_s = f->cli.family == PP_AF_INET ?
          (rng_chance(r, 0.2) ? 1400 : 1460) :
          (rng_chance(r, 0.2) ? 1380 : 1440);
  m = PP_MIN(PP_MIN(adv_c, adv_s), f->mtu - iph - 20);
  f->ts = f->os != OS_WINDOWS && rng_chance(r, 0.95);
  f->mss = (uint16_t)(m - (f->ts ? 12 : 0));
}

/* A new flow starting at t0 (not yet queued or scheduled). */
static struct flow *flow_new(struct gen *g, unsigned kind, uint32_t client,
                             int64_t name, int fam, uint64_t t0,
                             bool primary)
{
  static const uint8_t srv_ttl[] = { 57, 52, 54, 60, 118, 113, 245, 49 };
  struct flow *f = pp_calloc(1, sizeof(*f));
  struct client *c = &g->clients.v[client];
  struct rng *r;
  uint64_t h;
  double bw;
  if(!f) {
    fail(g, PP_ENOMEM, "flows");
    return NULL;
  }
  f->id = ++g->next_id;
  rng_seed(&f->rng, g->o.seed, f->id);
  r = &f->rng;
  f->kind = (uint8_t)kind;
  f->client = client;
  f->name = name;
  f->primary = primary;
  f->t0 = f->gen_t = t0;
  f->os = c->os;
  f->shape = SH_CHROME;
  f->via = "-";
  snprintf(f->expect, sizeof(f->expect), "-");
  snprintf(f->path, sizeof(f->path), "-");
  snprintf(f->attr, sizeof(f->attr), "-");
  f->l4 = kind_is_quic(kind) || kind == K_DNS || kind == K_DNS_NX ||
          kind == K_FRAG ? IPP_UDP : IPP_TCP;
  if((kind == K_ECH && rng_chance(r, 0.25)) ||
     (kind == K_BULK_NONAME && rng_chance(r, 0.3)))
    f->l4 = IPP_UDP;
  if(fam == PP_AF_INET)
    pp_addr_set4(&f->cli, c->v4);
  else
    pp_addr_set6(&f->cli, c->v6);
  f->cport = client_port(c);

  /* the server side */
  if(kind_is_dns(kind)) {
    resolver_addr(&f->srv, fam, client);
    f->sport = 53;
  }
  else if(kind == K_HTTP_PROXY) {
    proxy_addr(&f->srv, fam, client);
    f->sport = rng_chance(r, 0.6) ? 8080 : 3128;
  }
  else if(kind == K_FRAG || kind == K_BULK_NONAME) {
    static const uint16_t tcp_ports[] = { 443, 8443, 5228, 8883 };
    unnamed_addr(&f->srv, fam, rng_next(r) & 0xffff);
    f->sport = f->l4 == IPP_TCP ?
               tcp_ports[rng_below(r, PP_ARRAY_LEN(tcp_ports))] : 51820;
  }
  else {
    const struct name *nm = &g->names.v[name];
    f->srv = fam == PP_AF_INET ? nm->v4 : nm->v6;
    if(kind == K_HTTP || kind == K_HTTP_SPLIT) {
      static const uint16_t alt[] = { 8080, 8000, 8888 };
      f->sport = rng_chance(r, 0.1) ? alt[rng_below(r, 3)] : 80;
    }
    else
      f->sport = kind == K_TLS && rng_chance(r, 0.02) ? 8443 : 443;
  }
  pick_link_encap(g, f);
  set_path(f);
  f->df = kind != K_FRAG;
  f->ttl[C2S] = c->os == OS_WINDOWS ? 128 : 64;
  h = fnv1a(f->srv.a, 16, FNV_INIT);
  f->ttl[S2C] = kind_is_dns(kind) ? 62 : srv_ttl[h % PP_ARRAY_LEN(srv_ttl)];
  if(fam == PP_AF_INET6) {
    f->flowlabel[C2S] = (uint32_t)rng_next(r) & 0xfffff;
    f->flowlabel[S2C] = rng_chance(r, 0.3) ? 0 :
                        (uint32_t)rng_next(r) & 0xfffff;
  }
  f->rc = (uint32_t)rng_jitter(r, c->rtt, 10) + 1;
  if(kind_is_dns(kind))
    f->rs = rng_chance(r, 0.85) ? rng_range(r, 600, 4000) :
            rng_range(r, 15000, 90000);
  else
    f->rs = (uint32_t)rng_jitter(r, server_rtt(g, &f->srv), 10) + 1;
  /* bulk pacing: bandwidth log-uniform between 5 and 300 Mbit/s */
  bw = 5.0 * dexp(rng_unit(r) * dlog(60.0));
  f->gap = (uint32_t)((double)f->mss * 8.0 / bw) + 1;
  /* a window of WINDOW_SEGS per round trip caps the rate (and keeps the
   * client ACKs in flight, hence the queue, short) */
  f->gap = PP_MAX(f->gap, (f->rs + f->rc) / WINDOW_SEGS + 1);

  /* TCP */
  f->isn[C2S] = (uint32_t)rng_next(r);
  f->isn[S2C] = (uint32_t)rng_next(r);
  f->tsbase[C2S] = (uint32_t)rng_next(r);
  f->tsbase[S2C] = (uint32_t)rng_next(r);
  f->ws[C2S] = c->os == OS_WINDOWS ? 8 : c->os == OS_APPLE ? 6 : 7;
  f->ws[S2C] = (uint8_t)rng_range(r, 7, 10);
  f->win0[C2S] = c->os == OS_APPLE || c->os == OS_ANDROID ? 65535 : 64240;
  f->win0[S2C] = rng_chance(r, 0.6) ? 65160 : 65535;
  f->win[C2S] = (uint16_t)rng_range(r, 500, 2100);
  f->win[S2C] = (uint16_t)rng_range(r, 480, 1200);
  f->close_mode = (uint8_t)rng_weighted(r, (const unsigned[]){ 60, 25, 15 },
                                        3);
  f->keepalive = rng_chance(r, kind == K_HTTP || kind == K_HTTP_SPLIT ||
                            kind == K_HTTP_PROXY ? 0.6 : 0.35);
  if(kind == K_TLS_SPLIT)
    f->reorder = (uint8_t)(rng_chance(r, 0.3) ? 1 + rng_below(r, 2) : 0);
  else if(kind == K_TLS_PQ || kind == K_TLS_RECORDS)
    f->reorder = (uint8_t)(rng_chance(r, 0.1) ? 1 + rng_below(r, 2) : 0);

  /* QUIC */
  f->qver = kind == K_QUIC_V2 ? QUIC_VERSION_2 : QUIC_VERSION_1;
  f->odcid_len = (uint8_t)(rng_chance(r, 0.8) ? 8 : rng_range(r, 9, 20));
  rng_fill(r, f->odcid, f->odcid_len);
  f->cid_c_len = (uint8_t)(rng_chance(r, 0.6) ? 0 : 8);
  rng_fill(r, f->cid_c, f->cid_c_len);
  f->cid_s_len = 8;
  rng_fill(r, f->cid_s, 8);

  /* what it carries */
  f->bulk = kind_is_dns(kind) ? 0 : bulk_sample(g, r);
  f->est = (kind_is_dns(kind) ? 4 : f->l4 == IPP_UDP ? 8 : 14) + f->bulk;
  if(kind == K_FRAG)
    f->est = 3 * (3 + f->bulk / 6);
  if(name >= 0)
    snprintf(f->expect, sizeof(f->expect), "%s", g->names.v[name].host);
  switch(kind) {
  case K_HTTP:
  case K_HTTP_PROXY:
  case K_HTTP_SPLIT:
    f->via = "http";
    break;
  case K_TLS:
  case K_TLS_SPLIT:
  case K_TLS_PQ:
  case K_TLS_RECORDS:
  case K_TLS12:
    f->via = "tls";
    break;
  case K_QUIC:
  case K_QUIC_SPLIT:
  case K_QUIC_V2:
    f->via = "quic";
    break;
  case K_DNS:
  case K_DNS_TCP:
  case K_DNS_NX:
    f->via = "dns";
    f->edns = rng_chance(r, 0.5);
    break;
  case K_ECH:
    snprintf(f->expect, sizeof(f->expect), "%s", ECH_PUBLIC_NAME);
    f->via = "ech-front";
    break;
  case K_ATTR:
    snprintf(f->expect, sizeof(f->expect), "-");
    if(rng_chance(r, 0.3))
      f->shape = SH_N;                   /* opaque payload, not TLS */
    break;
  default:
    snprintf(f->expect, sizeof(f->expect), "-");
    break;
  }
  return f;
}

/* A junk name that does not exist, for an NXDOMAIN. */
static void junk_name(struct gen *g, struct flow *f)
{
  struct rng *r = &f->rng;
  char lab[16];
  unsigned i, n = rng_range(r, 6, 14), how = rng_below(r, 10);
  for(i = 0; i < n; i++) {
    unsigned v = rng_below(r, 36);
    lab[i] = (char)(v < 26 ? 'a' + v : '0' + v - 26);
  }
  lab[n] = '\0';
  if(how < 3 || f->name < 0)
    snprintf(f->expect, sizeof(f->expect), "%s.invalid", lab);
  else if(how < 5)
    snprintf(f->expect, sizeof(f->expect), "%s.test", lab);
  else
    snprintf(f->expect, sizeof(f->expect), "%s.%s", lab,
             last_labels(g->names.v[f->name].host, 2));
  f->name = -1;
}

/* ---- the heap of active flows ------------------------------------- */

static bool flow_before(const struct flow *a, const struct flow *b)
{
  if(a->q[0].t != b->q[0].t)
    return a->q[0].t < b->q[0].t;
  return a->id < b->id;
}

static void heap_set(struct gen *g, uint32_t i, struct flow *f)
{
  g->heap[i] = f;
  f->heap_i = i;
}

static void heap_up(struct gen *g, uint32_t i)
{
  struct flow *f = g->heap[i];
  while(i > 0) {
    uint32_t parent = (i - 1) / 2;
    if(!flow_before(f, g->heap[parent]))
      break;
    heap_set(g, i, g->heap[parent]);
    i = parent;
  }
  heap_set(g, i, f);
}

static void heap_down(struct gen *g, uint32_t i)
{
  struct flow *f = g->heap[i];
  for(;;) {
    uint32_t c = 2 * i + 1;
    if(c >= g->nheap)
      break;
    if(c + 1 < g->nheap && flow_before(g->heap[c + 1], g->heap[c]))
      c++;
    if(!flow_before(g->heap[c], f))
      break;
    heap_set(g, i, g->heap[c]);
    i = c;
  }
  heap_set(g, i, f);
}

/* Queue the flow's first packets and schedule it. */
static void flow_start(struct gen *g, struct flow *f)
{
  flow_fill(g, f);
  if(g->err || !f->nq) {
    pp_free(f->buf);
    pp_free(f);
    return;
  }
  g->committed += f->est;
  g->nheap++;
  heap_set(g, g->nheap - 1, f);
  heap_up(g, g->nheap - 1);
}

static void flow_free(struct flow *f)
{
  if(f) {
    pp_free(f->buf);
    pp_free(f);
  }
}

/* ---- visits ------------------------------------------------------------- */

static void visit_new(struct gen *g, uint64_t t)
{
  struct rng *r = &g->rng;
  unsigned kind = rng_weighted(r, mix_weight[g->o.mix], K_N);
  uint32_t client = zipf_pick(&g->clients.zipf, r);
  int fam = rng_below(r, 100) < g->o.ipv6 ? PP_AF_INET6 : PP_AF_INET;
  int64_t name;
  uint64_t ts = t;
  struct flow *f;
  const double *noise = mix_noise[g->o.mix];
  if(kind == K_ECH && g->names.nech)
    name = g->names.ech[rng_below(r, g->names.nech)];
  else
    name = names_pick(&g->names, r);
  if(kind == K_ECH && !g->names.nech)
    kind = K_TLS_PQ;                     /* no site behind the front */
  g->visits++;
  g->kind_count[kind]++;
  if(kind_is_dns(kind)) {
    struct client *c = &g->clients.v[client];
    f = flow_new(g, kind, client, name, fam,
                 kind == K_DNS_NX ? t : PP_MAX(t, c->dns_busy + 1), true);
    if(!f)
      return;
    if(kind == K_DNS_NX)
      junk_name(g, f);
    dns_plan(g, f, fam);
    flow_start(g, f);
    if(kind != K_DNS_NX && !g->err)
      c->dns_busy = PP_MAX(c->dns_busy, f->answered);
  }
  else {
    double p_lookup = kind == K_ATTR ? 1.0 : kind == K_ECH ? 0.9 :
                      kind == K_HTTP_PROXY ? 0.0 : 0.75;
    if(rng_chance(r, p_lookup)) {
      unsigned dk = rng_chance(r, 0.03) ? K_DNS_TCP : K_DNS;
      struct client *c = &g->clients.v[client];
      struct flow *d;
      /* one lookup of a client at a time: the answers of two never
       * interleave, so which name the client resolved last for an
       * address does not depend on how a probe orders them */
      d = flow_new(g, dk, client, name, fam, PP_MAX(t, c->dns_busy + 1),
                   false);
      if(!d)
        return;
      dns_plan(g, d, fam);
      flow_start(g, d);
      if(g->err)
        return;
      c->dns_busy = d->answered;
      ts = d->answered + rng_range(r, 200, 20000);
      g->kind_count[dk]++;
    }
    f = flow_new(g, kind, client, name, fam, ts, true);
    if(!f)
      return;
    flow_start(g, f);
  }
  if(rng_chance(r, noise[0])) {
    f = flow_new(g, K_DNS_NX, client, name, fam,
                 t + rng_range(r, 0, 2000000), false);
    if(!f)
      return;
    junk_name(g, f);
    dns_plan(g, f, fam);
    flow_start(g, f);
    g->kind_count[K_DNS_NX]++;
  }
  /* (one draw per statement: argument order is unspecified in C) */
  if(rng_chance(r, noise[1])) {
    uint32_t other = zipf_pick(&g->clients.zipf, r);
    int ofam = rng_below(r, 100) < g->o.ipv6 ? PP_AF_INET6 : PP_AF_INET;
    uint64_t at = t + rng_range(r, 0, 2000000);
    f = flow_new(g, K_BULK_NONAME, other, -1, ofam, at, false);
    if(!f)
      return;
    flow_start(g, f);
    g->kind_count[K_BULK_NONAME]++;
  }
  if(rng_chance(r, noise[2])) {
    uint32_t other = zipf_pick(&g->clients.zipf, r);
    uint64_t at = t + rng_range(r, 0, 2000000);
    f = flow_new(g, K_FRAG, other, -1, PP_AF_INET, at, false);
    if(!f)
      return;
    flow_start(g, f);
    g->kind_count[K_FRAG]++;
  }
}

/* ---- truth -------------------------------------------------------------- */

static void encap_text(const struct flow *f, char *out, size_t cap)
{
  static const char *const ext_names[4] = { "hbh", "dst", "rh0", "srh" };
  size_t n;
  unsigned i;
  bool first = true;
  switch(f->encap) {
  case E_QINQ:
    n = (size_t)snprintf(out, cap, "qinq-%04x", qinq_tpid[f->qinq_i]);
    break;
  case E_MPLS:
    n = (size_t)snprintf(out, cap, "mpls%u", (unsigned)f->mpls_n);
    break;
  case E_GRE:
    n = (size_t)snprintf(out, cap, "gre%s%s%s%s",
                         (f->gre_flags & GRE_C) ? "-c" : "",
                         (f->gre_flags & GRE_K) ? "-k" : "",
                         (f->gre_flags & GRE_S) ? "-s" : "",
                         f->gre_eth ? "-eth" : "");
    break;
  default:
    n = (size_t)snprintf(out, cap, "%s", encap_names[f->encap]);
    break;
  }
  if(!f->v6ext || n >= cap)
    return;
  n += (size_t)snprintf(out + n, cap - n, "+v6ext:");
  for(i = 0; i < 4 && n < cap; i++)
    if(f->v6ext & (1u << i)) {
      n += (size_t)snprintf(out + n, cap - n, "%s%s", first ? "" : ",",
                            ext_names[i]);
      first = false;
    }
}

static void truth_line(struct gen *g, const struct flow *f)
{
  char ca[PP_ADDR_STRLEN], sa[PP_ADDR_STRLEN], enc[64];
  pp_addr_str(&f->cli, ca);
  pp_addr_str(&f->srv, sa);
  encap_text(f, enc, sizeof(enc));
  fprintf(g->truth, "%" PRIu64 "\t%s\t%s\t%s\t%u\t%s\t%u\t%s\t%s\t%"
          PRIu64 "\t%" PRIu64 "\t%s\t%s\t%s\t%s\n", f->id,
          kind_names[f->kind], f->l4 == IPP_TCP ? "tcp" : "udp", ca,
          (unsigned)f->cport, sa, (unsigned)f->sport, link_names[f->link],
          enc, f->packets, f->bytes, f->expect, f->via, f->path, f->attr);
}

/* Truth that depends on what the client resolved before: decided when
 * the first packet goes out, from the answers emitted so far. */
static void first_packet(struct gen *g, struct flow *f)
{
  int64_t nm;
  f->started = true;
  if(f->kind != K_ATTR && f->kind != K_ECH)
    return;
  nm = dmap_get(&g->dmap, f->client, f->cli.family, &f->srv, g->now);
  if(nm < 0)
    return;
  if(f->kind == K_ATTR) {
    snprintf(f->expect, sizeof(f->expect), "%s", g->names.v[nm].host);
    f->via = "dns-attributed";
  }
  else
    snprintf(f->attr, sizeof(f->attr), "%s", g->names.v[nm].host);
}

static void dns_register(struct gen *g, struct flow *f)
{
  const struct name *nm;
  unsigned i;
  if(f->name < 0)
    return;                              /* NXDOMAIN: nothing to map */
  nm = &g->names.v[f->name];
  for(i = 0; i < f->nreg; i++) {
    int rc = dmap_put(&g->dmap, f->client, f->cli.family, &f->reg[i],
                      (uint32_t)f->name, g->now + (uint64_t)nm->ttl *
                      1000000u, g->now);
    if(rc)
      fail(g, rc, "DNS answer map");
  }
}

/* ---- the run ------------------------------------------------------------ */

/* Pareto scale so that the mean of min(X, cap), mixed with 20% short
 * exchanges of mean 5, is --bulk. */
static double bulk_scale(uint64_t mean)
{
  double a = BULK_ALPHA, target = ((double)mean - 1.0) / 0.8, lo = 0.0;
  double cap = (double)PP_MIN(mean * 200, (uint64_t)BULK_CAP);
  double hi = target;
  int i;
  if(target <= 0.0)
    return 1.0;
  for(i = 0; i < 100; i++) {
    double xm = (lo + hi) / 2.0;
    /* E[min(X, C)] = a xm/(a-1) - xm^a C^(1-a)/(a-1) */
    double e = a * xm / (a - 1.0) -
               dexp(a * dlog(xm) + (1.0 - a) * dlog(cap)) / (a - 1.0);
    if(e < target)
      lo = xm;
    else
      hi = xm;
  }
  return (lo + hi) / 2.0;
}

static int gen_setup(struct gen *g)
{
  struct rng r;
  double per_visit;
  uint64_t visits;
  int rc;
  rng_seed(&g->rng, g->o.seed, 0);
  rng_seed(&r, g->o.seed, 0x706f6f6cull);
  g->pool = pp_malloc(POOL_SIZE);
  g->heap = pp_calloc(ACTIVE_MAX, sizeof(struct flow *));
  if(!g->pool || !g->heap)
    return PP_ENOMEM;
  rng_fill(&r, g->pool, POOL_SIZE);
  rng_fill(&r, g->ech_pub, sizeof(g->ech_pub));
  g->ech_cfg = (uint8_t)rng_next(&r);
  rng_fill(&r, (uint8_t *)g->ipid_srv, sizeof(g->ipid_srv));
  g->bulk_xm = bulk_scale(g->o.bulk);
  per_visit = g->o.mix == MIX_DNS ? 4.0 : 20.0 + (double)g->o.bulk;
  visits = g->o.flows ? g->o.flows :
           (uint64_t)((double)g->o.packets / per_visit) + 1;
  g->visit_gap = (double)g->o.duration * 1e6 / (double)visits;
  rc = names_init(&g->names, g->o.seed, g->o.names);
  if(rc)
    return rc;
  rc = clients_init(&g->clients, g->o.seed,
                    (uint32_t)PP_MAX(PP_MIN(visits / 6, 262144u), 8u));
  if(rc)
    return rc;
  g->t_start = g->o.start * 1000000u;
  g->now = g->t_start;
  g->next_visit_t = g->t_start;
  return PP_OK;
}

static int gen_run(struct gen *g)
{
  for(;;) {
    struct flow *f;
    struct pkt p;
    bool more = g->o.packets ? g->committed < g->o.packets :
                g->visits < g->o.flows;
    if(g->err || g->out.err)
      break;
    if(more && g->nheap + VISIT_FLOWS_MAX <= ACTIVE_MAX &&
       (!g->nheap || g->next_visit_t <= g->heap[0]->q[0].t)) {
      visit_new(g, PP_MAX(g->next_visit_t, g->now));
      g->next_visit_t += 1 + (uint64_t)rng_exp(&g->rng, g->visit_gap);
      continue;
    }
    if(!g->nheap)
      break;
    f = g->heap[0];
    p = f->q[0];
    f->nq--;
    memmove(f->q, f->q + 1, f->nq * sizeof(f->q[0]));
    if(p.t < g->now) {
      p.t = g->now;                      /* never: the queue discipline */
      g->clamped++;
    }
    g->now = p.t;
    if(!f->started)
      first_packet(g, f);
    emit(g, f, &p);
    if(p.note & PN_DNSREG)
      dns_register(g, f);
    flow_fill(g, f);
    if(f->nq) {
      heap_down(g, 0);
      continue;
    }
    truth_line(g, f);
    g->flows_done++;
    g->committed = g->committed + f->packets - f->est;
    g->nheap--;
    if(g->nheap) {
      heap_set(g, 0, g->heap[g->nheap]);
      heap_down(g, 0);
    }
    flow_free(f);
  }
  if(g->err)
    return g->err;
  return g->out.err ? PP_EIO : PP_OK;
}

/* Everything: set up, write both files, close them.  Returns enum pp_err
 * (g->errwhat says where). */
static int gen_main(struct gen *g)
{
  int rc = gen_setup(g);
  if(rc) {
    fail(g, rc, "setup");
    return rc;
  }
  rc = out_open(&g->out, g->o.out, g->o.pcapng,
                g->o.link == L_MIXED ? L_ETHER : g->o.link, g->o.snaplen);
  if(rc) {
    fail(g, rc, g->o.out);
    return rc;
  }
  g->truth = fopen(g->o.truth, "w");
  if(!g->truth) {
    g->out.err = errno;
    fail(g, PP_EIO, g->o.truth);
    return PP_EIO;
  }
  setvbuf(g->truth, NULL, _IOFBF, 1 << 16);
  fprintf(g->truth, "flow_id\tkind\tl4\tclient\tclient_port\tserver\t"
          "server_port\tlink\tencap\tpackets\tbytes\texpected_name\t"
          "expected_via\tpath\tattr_name\n");
  rc = gen_run(g);
  if(rc == PP_EIO)
    g->errwhat = g->o.out;
  if(out_close(&g->out) && !rc) {
    fail(g, PP_EIO, g->o.out);
    rc = PP_EIO;
  }
  if(ferror(g->truth) || fclose(g->truth)) {
    if(!rc) {
      g->out.err = errno ? errno : EIO;
      fail(g, PP_EIO, g->o.truth);
      rc = PP_EIO;
    }
  }
  g->truth = NULL;
  return rc;
}

static void gen_summary(const struct gen *g, double secs)
{
  unsigned k;
  fprintf(stderr, "%s: %" PRIu64 " packets, %" PRIu64 " bytes, %" PRIu64
          " flows (%" PRIu64 " visits), bulk %.1f%%, %.2f s",
          progname, g->packets, g->wire_bytes, g->flows_done, g->visits,
          g->packets ? 100.0 * (double)g->bulk_packets /
                       (double)g->packets : 0.0, secs);
  if(g->clamped)
    fprintf(stderr, ", %" PRIu64 " clamped", g->clamped);
  fprintf(stderr, "\n%s: flows by kind:", progname);
  for(k = 0; k < K_N; k++)
    if(g->kind_count[k])
      fprintf(stderr, " %s=%" PRIu64, kind_names[k], g->kind_count[k]);
  fprintf(stderr, "\n");
}

static void gen_free(struct gen *g)
{
  uint32_t i;
  for(i = 0; i < g->nheap; i++)
    flow_free(g->heap[i]);
  g->nheap = 0;
  pp_free(g->heap);
  out_close(&g->out);                    /* frees the buffer in any case */
  if(g->truth)
    fclose(g->truth);
  names_free(&g->names);
  clients_free(&g->clients);
  dmap_free(&g->dmap);
  pp_free(g->pool);
}
