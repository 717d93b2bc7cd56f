/*
 * gen_proto.c: application payloads of ppgen (a part of ppgen.c).
 *
 * - TLS ClientHello in browser shapes: RFC 8446 4.1.2, GREASE RFC 8701,
 *   X25519MLKEM768 (0x11ec, draft-ietf-tls-ecdhe-mlkem: 1184-byte ML-KEM
 *   key + 32-byte X25519 = 1216), ECH (0xfe0d, draft-ietf-tls-esni-22
 *   ECHClientHello outer), ALPS 0x44cd, compress_certificate RFC 8879,
 *   record_size_limit RFC 8449, delegated_credentials RFC 9345,
 *   pre_shared_key 4.2.11, quic_transport_parameters RFC 9001 8.2.
 *       Handshake: type(1)=1 length(3) version(2) random(32)
 *                  session_id<0..32> cipher_suites<2..> compression<1..>
 *                  extensions<..>: { type(2) length(2) data }
 *   Records (5.1): type(1) version(2) length(2) fragment.
 * - ServerHello for TLS 1.3 and for TLS 1.2 abbreviated handshakes.
 * - QUIC: transport parameters (RFC 9000 18), CRYPTO frames (19.6) in
 *   Chrome's "chaos protection" order, random-looking long and short
 *   header packets for the parts the generator does not encrypt.
 * - DNS (RFC 1035 4.1, compression 4.1.4; HTTPS RR RFC 9460 with the ech
 *   SvcParam holding an ECHConfigList).
 * - HTTP/1.1 requests and responses (RFC 9112), paths.
 */

#define TLS_EXT_MAX 24
#define TLS_CH_MAX 4096

enum shape { SH_CHROME, SH_FIREFOX, SH_SAFARI, SH_TLS12, SH_N };
enum ech_mode { ECH_NONE, ECH_GREASE, ECH_REAL };

#define ECH_PUBLIC_NAME "cloudflare-ech.com"

struct hello {
  uint8_t shape;           /* enum shape */
  uint8_t ech;             /* enum ech_mode */
  uint8_t ech_cfg;         /* config_id for ECH_REAL */
  bool pq;                 /* X25519MLKEM768 key share */
  bool quic;               /* QUIC CryptoHello: TLS 1.3 only, h3, 0x39 */
  bool psk;                /* resumption: pre_shared_key */
  const char *sni;         /* NULL: no server_name */
  const uint8_t *scid;     /* QUIC initial_source_connection_id */
  size_t scid_len;
  uint32_t qver;
  /* out: where the host_name bytes start in the message, 0 if none */
  size_t sni_off;
};

struct extlist {
  uint16_t type[TLS_EXT_MAX];
  uint16_t off[TLS_EXT_MAX];
  uint16_t len[TLS_EXT_MAX];
  uint16_t sni_at;         /* offset of host_name inside its body */
  unsigned n;
  struct wb w;             /* the bodies, back to back */
};

static void ext_begin(struct extlist *x, unsigned type)
{
  if(x->n == TLS_EXT_MAX) {
    x->w.err = true;
    return;
  }
  x->type[x->n] = (uint16_t)type;
  x->off[x->n] = (uint16_t)x->w.len;
}

static void ext_end(struct extlist *x)
{
  if(x->n == TLS_EXT_MAX)
    return;
  x->len[x->n] = (uint16_t)(x->w.len - x->off[x->n]);
  x->n++;
}

static void ext_empty(struct extlist *x, unsigned type)
{
  ext_begin(x, type);
  ext_end(x);
}

/* 0x?a?a: one of the 16 GREASE values (RFC 8701 2). */
static uint16_t grease(struct rng *r)
{
  unsigned v = rng_below(r, 16);
  return (uint16_t)(v << 12 | 0x0a00 | v << 4 | 0x0a);
}

static void wb_list16(struct wb *w, const uint16_t *v, size_t n,
                      unsigned lenbytes)
{
  size_t at = wb_open(w, lenbytes), i;
  for(i = 0; i < n; i++)
    wb_u16(w, v[i]);
  wb_close(w, at, lenbytes);
}

static void ext_alpn(struct extlist *x, const char *const *ids, size_t n)
{
  size_t at, i;
  ext_begin(x, 0x0010);
  at = wb_open(&x->w, 2);
  for(i = 0; i < n; i++) {
    wb_u8(&x->w, (unsigned)strlen(ids[i]));
    wb_str(&x->w, ids[i]);
  }
  wb_close(&x->w, at, 2);
  ext_end(x);
}

static void ext_sni(struct extlist *x, const char *sni)
{
  size_t at;
  ext_begin(x, 0x0000);
  at = wb_open(&x->w, 2);
  wb_u8(&x->w, 0);                       /* host_name */
  wb_u16(&x->w, (unsigned)strlen(sni));
  x->sni_at = (uint16_t)(x->w.len - x->off[x->n]);
  wb_str(&x->w, sni);
  wb_close(&x->w, at, 2);
  ext_end(x);
}

static void ext_key_share(struct extlist *x, struct rng *r,
                          const uint16_t *groups, size_t n, uint16_t gr)
{
  size_t at, i;
  ext_begin(x, 0x0033);
  at = wb_open(&x->w, 2);
  if(gr) {
    wb_u16(&x->w, gr);
    wb_u16(&x->w, 1);
    wb_u8(&x->w, 0);
  }
  for(i = 0; i < n; i++) {
    size_t klen = groups[i] == 0x11ec ? 1216 :
                  groups[i] == 0x0017 ? 65 : 32;
    wb_u16(&x->w, groups[i]);
    wb_u16(&x->w, (unsigned)klen);
    if(groups[i] == 0x0017) {
      wb_u8(&x->w, 4);                   /* uncompressed point */
      wb_rand(&x->w, r, klen - 1);
    }
    else
      wb_rand(&x->w, r, klen);
  }
  wb_close(&x->w, at, 2);
  ext_end(x);
}

static void ext_versions(struct extlist *x, const uint16_t *v, size_t n)
{
  ext_begin(x, 0x002b);
  wb_list16(&x->w, v, n, 1);
  ext_end(x);
}

static void ext_u8list(struct extlist *x, unsigned type, const uint8_t *v,
                       size_t n)
{
  ext_begin(x, type);
  wb_u8(&x->w, (unsigned)n);
  wb_mem(&x->w, v, n);
  ext_end(x);
}

static void ext_list16(struct extlist *x, unsigned type, const uint16_t *v,
                       size_t n, unsigned lenbytes)
{
  ext_begin(x, type);
  wb_list16(&x->w, v, n, lenbytes);
  ext_end(x);
}

static void ext_ech(struct extlist *x, struct rng *r, const struct hello *h)
{
  size_t plen = h->ech == ECH_REAL ? 208 + 32 * rng_below(r, 6) :
                144 + 32 * rng_below(r, 4);
  ext_begin(x, 0xfe0d);
  wb_u8(&x->w, 0);                       /* outer */
  wb_u16(&x->w, 0x0001);                 /* HKDF-SHA256 */
  wb_u16(&x->w, 0x0001);                 /* AES-128-GCM */
  wb_u8(&x->w, h->ech == ECH_REAL ? h->ech_cfg : rng_below(r, 256));
  wb_u16(&x->w, 32);
  wb_rand(&x->w, r, 32);                 /* enc: X25519 share */
  wb_u16(&x->w, (unsigned)plen);
  wb_rand(&x->w, r, plen);               /* the encrypted inner hello */
  ext_end(x);
}

static void ext_psk(struct extlist *x, struct rng *r)
{
  size_t at, tl = 160 + rng_below(r, 96);
  ext_begin(x, 0x0029);
  at = wb_open(&x->w, 2);
  wb_u16(&x->w, (unsigned)tl);
  wb_rand(&x->w, r, tl);                 /* the ticket */
  wb_u32(&x->w, (uint32_t)rng_next(r));  /* obfuscated_ticket_age */
  wb_close(&x->w, at, 2);
  wb_u16(&x->w, 33);
  wb_u8(&x->w, 32);
  wb_rand(&x->w, r, 32);                 /* binder */
  ext_end(x);
}

/* quic_transport_parameters (RFC 9000 18.2), Chrome-like values. */
static void ext_quic_tp(struct extlist *x, struct rng *r,
                        const struct hello *h)
{
  static const struct { uint16_t id; uint32_t v; } ints[] = {
    { 0x01, 30000 }, { 0x03, 1472 }, { 0x04, 15728640 },
    { 0x05, 6291456 }, { 0x06, 6291456 }, { 0x07, 6291456 },
    { 0x08, 100 }, { 0x09, 103 }, { 0x20, 65536 },
  };
  size_t i;
  uint64_t gid = 27 + 31 * (uint64_t)rng_below(r, 1000);
  size_t glen = rng_below(r, 16);
  ext_begin(x, 0x0039);
  for(i = 0; i < PP_ARRAY_LEN(ints); i++) {
    wb_varint(&x->w, ints[i].id);
    wb_varint(&x->w, varint_len(ints[i].v));
    wb_varint(&x->w, ints[i].v);
  }
  wb_varint(&x->w, 0x0f);                /* initial_source_connection_id */
  wb_varint(&x->w, h->scid_len);
  wb_mem(&x->w, h->scid, h->scid_len);
  wb_varint(&x->w, 0x11);                /* version_information */
  wb_varint(&x->w, 8);
  wb_u32(&x->w, h->qver);
  wb_u32(&x->w, h->qver == 1 ? 0x6b3343cfu : 1u);
  wb_varint(&x->w, gid);                 /* a GREASE parameter */
  wb_varint(&x->w, glen);
  wb_rand(&x->w, r, glen);
  ext_end(x);
}

/*
 * A ClientHello handshake message (type 1 + 3-byte length + body) in
 * `out`.  Returns its length, 0 when it did not fit.  Fills h->sni_off.
 */
static size_t tls_client_hello(struct rng *r, struct hello *h, uint8_t *out,
                               size_t cap)
{
  static const uint16_t cs_chrome[] = {
    0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9,
    0xcca8, 0xc013, 0xc014, 0x009c, 0x009d, 0x002f, 0x0035,
  };
  static const uint16_t cs_firefox[] = {
    0x1301, 0x1303, 0x1302, 0xc02b, 0xc02f, 0xcca9, 0xcca8, 0xc02c,
    0xc030, 0xc00a, 0xc009, 0xc013, 0xc014, 0x009c, 0x009d, 0x002f,
    0x0035,
  };
  static const uint16_t cs_safari[] = {
    0x1302, 0x1303, 0x1301, 0xc02c, 0xc02b, 0xcca9, 0xc030, 0xc02f,
    0xcca8, 0xc00a, 0xc009, 0xc014, 0xc013, 0x009d, 0x009c, 0x0035,
    0x002f, 0xc008, 0xc012, 0x000a,
  };
  static const uint16_t cs_tls12[] = {
    0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8, 0xc013, 0xc014,
    0x009c, 0x009d, 0x002f, 0x0035, 0x000a,
  };
  static const uint16_t sa_chrome[] = {
    0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601,
  };
  static const uint16_t sa_firefox[] = {
    0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501,
    0x0601, 0x0203, 0x0201,
  };
  static const uint16_t sa_safari[] = {
    0x0403, 0x0804, 0x0401, 0x0503, 0x0203, 0x0805, 0x0501, 0x0806,
    0x0601, 0x0201,
  };
  static const uint16_t sa_tls12[] = {
    0x0601, 0x0603, 0x0501, 0x0503, 0x0401, 0x0403, 0x0301, 0x0303,
    0x0201, 0x0203,
  };
  static const char *const alpn_web[] = { "h2", "http/1.1" };
  static const char *const alpn_h3[] = { "h3" };
  static const char *const alpn_h11[] = { "http/1.1" };
  static const uint8_t ecpf[] = { 0 };
  static const uint8_t pskm[] = { 1 };
  static const uint8_t status_req[] = { 1, 0, 0, 0, 0 };
  uint8_t ebuf[TLS_CH_MAX];
  struct extlist x;
  struct wb w;
  uint16_t g1 = grease(r), g2 = grease(r), gg = grease(r), gv = grease(r);
  uint16_t gc = grease(r), list[16];
  const uint16_t *cs;
  size_t ncs, at_body, at_cs, at_ext, i, n;
  unsigned order[TLS_EXT_MAX], first = 0, last;
  bool quic = h->quic, gr = h->shape == SH_CHROME || h->shape == SH_SAFARI;

  memset(&x, 0, sizeof(x));
  wb_init(&x.w, ebuf, sizeof(ebuf));
  while(g2 == g1)
    g2 = grease(r);

  /* ---- extensions, in the shape's canonical order ---- */
  if(gr)
    ext_empty(&x, g1);
  if(h->sni)
    ext_sni(&x, h->sni);
  if(!quic) {
    ext_empty(&x, 0x0017);               /* extended_master_secret */
    if(h->shape == SH_TLS12)
      ext_empty(&x, 0x0016);             /* encrypt_then_mac */
    ext_begin(&x, 0xff01);               /* renegotiation_info */
    wb_u8(&x.w, 0);
    ext_end(&x);
  }
  n = 0;
  if(gr)
    list[n++] = gg;
  if(h->pq && h->shape != SH_TLS12)
    list[n++] = 0x11ec;
  list[n++] = 0x001d;
  list[n++] = 0x0017;
  list[n++] = 0x0018;
  if(h->shape == SH_FIREFOX || h->shape == SH_SAFARI)
    list[n++] = 0x0019;
  if(h->shape == SH_FIREFOX) {
    list[n++] = 0x0100;
    list[n++] = 0x0101;
  }
  ext_list16(&x, 0x000a, list, n, 2);    /* supported_groups */
  if(!quic) {
    ext_u8list(&x, 0x000b, ecpf, 1);     /* ec_point_formats */
    if(h->shape != SH_SAFARI)
      ext_empty(&x, 0x0023);             /* session_ticket */
  }
  if(quic)
    ext_alpn(&x, alpn_h3, 1);
  else if(h->shape == SH_TLS12)
    ext_alpn(&x, alpn_h11, 1);
  else
    ext_alpn(&x, alpn_web, 2);
  if(!quic) {
    ext_begin(&x, 0x0005);               /* status_request */
    wb_mem(&x.w, status_req, sizeof(status_req));
    ext_end(&x);
  }
  if(h->shape == SH_FIREFOX) {
    static const uint16_t dc[] = { 0x0403, 0x0503, 0x0603, 0x0203 };
    ext_list16(&x, 0x0022, dc, 4, 2);    /* delegated_credentials */
  }
  if(h->shape == SH_FIREFOX)
    cs = sa_firefox, ncs = PP_ARRAY_LEN(sa_firefox);
  else if(h->shape == SH_SAFARI)
    cs = sa_safari, ncs = PP_ARRAY_LEN(sa_safari);
  else if(h->shape == SH_TLS12)
    cs = sa_tls12, ncs = PP_ARRAY_LEN(sa_tls12);
  else
    cs = sa_chrome, ncs = PP_ARRAY_LEN(sa_chrome);
  ext_list16(&x, 0x000d, cs, ncs, 2);    /* signature_algorithms */
  if(!quic && h->shape != SH_FIREFOX && h->shape != SH_TLS12)
    ext_empty(&x, 0x0012);               /* signed_certificate_timestamp */
  if(h->shape != SH_TLS12) {
    n = 0;
    if(h->pq)
      list[n++] = 0x11ec;
    list[n++] = 0x001d;
    if(h->shape == SH_FIREFOX)
      list[n++] = 0x0017;
    ext_key_share(&x, r, list, n, gr ? gg : 0);
    ext_u8list(&x, 0x002d, pskm, 1);     /* psk_key_exchange_modes */
    n = 0;
    if(gr)
      list[n++] = gv;
    list[n++] = 0x0304;
    if(!quic) {
      list[n++] = 0x0303;
      if(h->shape == SH_SAFARI) {
        list[n++] = 0x0302;
        list[n++] = 0x0301;
      }
    }
    ext_versions(&x, list, n);
    if(h->shape == SH_FIREFOX) {
      ext_begin(&x, 0x001c);             /* record_size_limit */
      wb_u16(&x.w, 0x4001);
      ext_end(&x);
    }
    n = 0;
    if(h->shape == SH_FIREFOX) {
      list[n++] = 1;
      list[n++] = 2;
      list[n++] = 3;
    }
    else
      list[n++] = h->shape == SH_SAFARI ? 1 : 2;
    ext_begin(&x, 0x001b);               /* compress_certificate */
    wb_list16(&x.w, list, n, 1);
    ext_end(&x);
    if(h->shape == SH_CHROME) {
      static const char *const alps[] = { "h2", "h3" };
      size_t at;
      ext_begin(&x, 0x44cd);             /* application_settings */
      at = wb_open(&x.w, 2);
      wb_u8(&x.w, 2);
      wb_str(&x.w, alps[quic ? 1 : 0]);
      wb_close(&x.w, at, 2);
      ext_end(&x);
    }
    if(quic)
      ext_quic_tp(&x, r, h);
    if(h->ech != ECH_NONE)
      ext_ech(&x, r, h);
  }
  if(gr) {
    ext_begin(&x, g2);
    wb_u8(&x.w, 0);
    ext_end(&x);
  }
  if(h->psk && h->shape != SH_TLS12)
    ext_psk(&x, r);                      /* must stay last (4.2.11) */
  if(x.w.err)
    return 0;

  /* ---- order: Chrome permutes all but GREASE ends and the PSK ---- */
  for(i = 0; i < x.n; i++)
    order[i] = (unsigned)i;
  last = x.n;
  if(h->shape == SH_CHROME) {
    if(gr)
      first = 1;
    if(h->psk)
      last--;
    if(gr)
      last--;
    if(last > first)
      rng_shuffle(r, order + first, last - first, sizeof(unsigned));
  }

  /* ---- the message ---- */
  wb_init(&w, out, cap);
  wb_u8(&w, 1);
  at_body = wb_open(&w, 3);
  wb_u16(&w, 0x0303);
  wb_rand(&w, r, 32);
  if(quic || (h->shape == SH_TLS12 && !h->psk)) {
    wb_u8(&w, 0);
  }
  else {
    wb_u8(&w, 32);
    wb_rand(&w, r, 32);
  }
  at_cs = wb_open(&w, 2);
  if(quic) {
    wb_u16(&w, 0x1301);
    wb_u16(&w, 0x1302);
    wb_u16(&w, 0x1303);
  }
  else {
    if(h->shape == SH_FIREFOX)
      cs = cs_firefox, ncs = PP_ARRAY_LEN(cs_firefox);
    else if(h->shape == SH_SAFARI)
      cs = cs_safari, ncs = PP_ARRAY_LEN(cs_safari);
    else if(h->shape == SH_TLS12)
      cs = cs_tls12, ncs = PP_ARRAY_LEN(cs_tls12);
    else
      cs = cs_chrome, ncs = PP_ARRAY_LEN(cs_chrome);
    if(gr)
      wb_u16(&w, gc);
    for(i = 0; i < ncs; i++)
      wb_u16(&w, cs[i]);
  }
  wb_close(&w, at_cs, 2);
  wb_u8(&w, 1);
  wb_u8(&w, 0);                          /* null compression */
  at_ext = wb_open(&w, 2);
  h->sni_off = 0;
  for(i = 0; i < x.n; i++) {
    unsigned k = order[i];
    wb_u16(&w, x.type[k]);
    wb_u16(&w, x.len[k]);
    if(x.type[k] == 0x0000 && h->sni)
      h->sni_off = w.len + x.sni_at;
    wb_mem(&w, ebuf + x.off[k], x.len[k]);
  }
  wb_close(&w, at_ext, 2);
  wb_close(&w, at_body, 3);
  return w.err ? 0 : w.len;
}

/*
 * ServerHello (handshake message) answering `h`: TLS 1.3 with
 * supported_versions and a key share of `group` (plus the PSK choice), or
 * a TLS 1.2 resumption echoing the session id.  Returns the length, 0 on
 * overflow.
 */
static size_t tls_server_hello(struct rng *r, const struct hello *h,
                               const uint8_t *sid, size_t sid_len,
                               uint8_t *out, size_t cap)
{
  struct wb w;
  size_t at_body, at_ext;
  bool tls13 = h->shape != SH_TLS12;
  wb_init(&w, out, cap);
  wb_u8(&w, 2);
  at_body = wb_open(&w, 3);
  wb_u16(&w, 0x0303);
  wb_rand(&w, r, 32);
  wb_u8(&w, (unsigned)sid_len);
  wb_mem(&w, sid, sid_len);
  wb_u16(&w, tls13 ? (rng_chance(r, 0.7) ? 0x1301 : 0x1302) : 0xc02f);
  wb_u8(&w, 0);
  at_ext = wb_open(&w, 2);
  if(tls13) {
    bool pq = h->pq;
    wb_u16(&w, 0x002b);
    wb_u16(&w, 2);
    wb_u16(&w, 0x0304);
    wb_u16(&w, 0x0033);
    wb_u16(&w, pq ? 4 + 1120 : 4 + 32);
    wb_u16(&w, pq ? 0x11ec : 0x001d);
    wb_u16(&w, pq ? 1120 : 32);
    wb_rand(&w, r, pq ? 1120 : 32);
    if(h->psk) {
      wb_u16(&w, 0x0029);
      wb_u16(&w, 2);
      wb_u16(&w, 0);
    }
  }
  else {
    wb_u16(&w, 0xff01);
    wb_u16(&w, 1);
    wb_u8(&w, 0);
    wb_u16(&w, 0x0017);
    wb_u16(&w, 0);
    wb_u16(&w, 0x000b);
    wb_u16(&w, 2);
    wb_u8(&w, 1);
    wb_u8(&w, 0);
  }
  wb_close(&w, at_ext, 2);
  wb_close(&w, at_body, 3);
  return w.err ? 0 : w.len;
}

/* Wrap msg in TLS records of `type`, cutting at the sorted offsets
 * cuts[0..ncut) (each inside msg).  Appends to w. */
static void tls_records(struct wb *w, unsigned type, unsigned ver,
                        const uint8_t *msg, size_t n, const size_t *cuts,
                        size_t ncut)
{
  size_t from = 0, i;
  for(i = 0; i <= ncut; i++) {
    size_t to = i < ncut ? cuts[i] : n;
    wb_u8(w, type);
    wb_u16(w, ver);
    wb_u16(w, (unsigned)(to - from));
    wb_mem(w, msg + from, to - from);
    from = to;
  }
}

/* One record of random (encrypted-looking) bytes. */
static void tls_random_record(struct wb *w, struct rng *r, unsigned type,
                              size_t n)
{
  wb_u8(w, type);
  wb_u16(w, 0x0303);
  wb_u16(w, (unsigned)n);
  wb_rand(w, r, n);
}

/* ---- QUIC -------------------------------------------------------------- */

/* A CRYPTO frame for ch[from, to). */
static void quic_crypto_frame(struct wb *w, const uint8_t *ch, size_t from,
                              size_t to)
{
  wb_u8(w, 0x06);
  wb_varint(w, from);
  wb_varint(w, to - from);
  wb_mem(w, ch + from, to - from);
}

/*
 * Frames of one client Initial carrying ch[from, to) the way Chrome
 * scrambles them: the range cut in 2-4 pieces sent out of order, one piece
 * widened so that it overlaps bytes sent elsewhere, sometimes a duplicate
 * of a small range, PING and short PADDING runs in between.  Returns the
 * frame bytes, 0 when they exceed cap.
 */
static size_t quic_chaos_frames(struct rng *r, const uint8_t *ch,
                                size_t chlen, size_t from, size_t to,
                                uint8_t *out, size_t cap)
{
  struct range { size_t a, b; } rg[6];
  size_t nr = 0, k = 2 + rng_below(r, 3), i, cut[4];
  struct wb w;
  /* cut points, sorted, strictly inside (from, to) */
  for(i = 0; i + 1 < k; i++)
    cut[i] = from + (to - from) * (i + 1) / k +
             rng_below(r, 33) - 16;
  rg[nr].a = from;
  for(i = 0; i + 1 < k; i++) {
    rg[nr].b = cut[i];
    nr++;
    rg[nr].a = cut[i];
  }
  rg[nr].b = to;
  nr++;
  /* widen one piece backwards into bytes already covered */
  i = rng_below(r, (uint32_t)nr);
  if(rg[i].a > 0) {
    size_t back = rng_range(r, 4, 40);
    rg[i].a -= PP_MIN(rg[i].a, back);
  }
  /* a duplicate of a small range, possibly from another packet */
  if(rng_chance(r, 0.4)) {
    size_t len = rng_range(r, 8, 48);
    size_t a = rng_below(r, (uint32_t)(chlen - len));
    rg[nr].a = a;
    rg[nr].b = a + len;
    nr++;
  }
  rng_shuffle(r, rg, nr, sizeof(rg[0]));
  wb_init(&w, out, cap);
  for(i = 0; i < nr; i++) {
    unsigned extra = rng_below(r, 4);
    if(extra == 1)
      wb_u8(&w, 0x01);                   /* PING */
    else if(extra == 2)
      wb_zero(&w, rng_range(r, 1, 12));  /* PADDING */
    quic_crypto_frame(&w, ch, rg[i].a, rg[i].b);
  }
  if(rng_chance(r, 0.5))
    wb_u8(&w, 0x01);
  return w.err ? 0 : w.len;
}

/* Long header packet type bits (RFC 9000 17.2, RFC 9369 3.2). */
static unsigned quic_type_bits(uint32_t ver, bool handshake)
{
  if(ver == 0x6b3343cfu)
    return handshake ? 3 : 1;
  return handshake ? 2 : 0;
}

/* A long header Initial or Handshake packet whose protected part is
 * random bytes (the generator holds no server keys).  payload counts
 * packet number + frames + tag. */
static void quic_long_random(struct wb *w, struct rng *r, uint32_t ver,
                             bool handshake, const uint8_t *dcid,
                             size_t dlen, const uint8_t *scid, size_t slen,
                             size_t payload)
{
  wb_u8(w, 0xc0 | quic_type_bits(ver, handshake) << 4 | rng_below(r, 16));
  wb_u32(w, ver);
  wb_u8(w, (unsigned)dlen);
  wb_mem(w, dcid, dlen);
  wb_u8(w, (unsigned)slen);
  wb_mem(w, scid, slen);
  if(!handshake)
    wb_u8(w, 0);                         /* token length */
  wb_u16(w, 0x4000 | (unsigned)payload);
  wb_rand(w, r, payload);
}

/* ---- DNS --------------------------------------------------------------- */

#define DNS_SFX_MAX 48

#define DNS_A 1
#define DNS_CNAME 5
#define DNS_SOA 6
#define DNS_AAAA 28
#define DNS_OPT 41
#define DNS_HTTPS 65

/* A message being written, with the names already in it for
 * compression (RFC 1035 4.1.4). */
struct dnsw {
  struct wb w;
  const char *sfx[DNS_SFX_MAX];
  uint16_t at[DNS_SFX_MAX];
  unsigned n;
};

/* Write a name, pointing at the longest suffix already written.  The
 * string must stay valid until the message is done. */
static void dns_name(struct dnsw *d, const char *name, bool compress)
{
  const char *s = name;
  while(*s) {
    const char *dot;
    size_t len;
    unsigned i;
    if(compress) {
      for(i = 0; i < d->n; i++)
        if(!strcmp(d->sfx[i], s)) {
          wb_u16(&d->w, 0xc000u | d->at[i]);
          return;
        }
      if(d->n < DNS_SFX_MAX && d->w.len < 0x3fff) {
        d->sfx[d->n] = s;
        d->at[d->n++] = (uint16_t)d->w.len;
      }
    }
    dot = strchr(s, '.');
    len = dot ? (size_t)(dot - s) : strlen(s);
    wb_u8(&d->w, (unsigned)len);
    wb_mem(&d->w, s, len);
    s += len;
    if(*s == '.')
      s++;
  }
  wb_u8(&d->w, 0);
}

static void dns_header(struct dnsw *d, unsigned id, unsigned flags,
                       unsigned qd, unsigned an, unsigned ns, unsigned ar)
{
  wb_u16(&d->w, id);
  wb_u16(&d->w, flags);
  wb_u16(&d->w, qd);
  wb_u16(&d->w, an);
  wb_u16(&d->w, ns);
  wb_u16(&d->w, ar);
}

/* Start a resource record; returns where RDLENGTH is, for dns_rr_end. */
static size_t dns_rr(struct dnsw *d, const char *owner, unsigned type,
                     uint32_t ttl)
{
  dns_name(d, owner, true);
  wb_u16(&d->w, type);
  wb_u16(&d->w, 1);
  wb_u32(&d->w, ttl);
  return wb_open(&d->w, 2);
}

static void dns_rr_end(struct dnsw *d, size_t at)
{
  wb_close(&d->w, at, 2);
}

static void dns_opt(struct dnsw *d)
{
  wb_u8(&d->w, 0);
  wb_u16(&d->w, DNS_OPT);
  wb_u16(&d->w, 1232);                   /* UDP payload size */
  wb_u32(&d->w, 0);
  wb_u16(&d->w, 0);
}

static void dns_soa(struct dnsw *d, const char *zone, const char *mname,
                    const char *rname)
{
  size_t at = dns_rr(d, zone, DNS_SOA, 900);
  dns_name(d, mname, true);
  dns_name(d, rname, true);
  wb_u32(&d->w, 2024060101u);
  wb_u32(&d->w, 7200);
  wb_u32(&d->w, 3600);
  wb_u32(&d->w, 1209600);
  wb_u32(&d->w, 300);
  dns_rr_end(d, at);
}

/* ECHConfigList (draft-ietf-tls-esni-22 4) with one X25519 config. */
static void ech_config_list(struct wb *w, uint8_t cfg, const uint8_t *pub)
{
  size_t at_list = wb_open(w, 2), at_cfg;
  wb_u16(w, 0xfe0d);
  at_cfg = wb_open(w, 2);
  wb_u8(w, cfg);
  wb_u16(w, 0x0020);                     /* DHKEM(X25519, HKDF-SHA256) */
  wb_u16(w, 32);
  wb_mem(w, pub, 32);
  wb_u16(w, 4);
  wb_u16(w, 0x0001);
  wb_u16(w, 0x0001);
  wb_u8(w, 0);                           /* maximum_name_length */
  wb_u8(w, sizeof(ECH_PUBLIC_NAME) - 1);
  wb_str(w, ECH_PUBLIC_NAME);
  wb_u16(w, 0);                          /* extensions */
  wb_close(w, at_cfg, 2);
  wb_close(w, at_list, 2);
}

/* HTTPS RR RDATA (RFC 9460 2.2): priority 1, target ".", alpn, ipv4hint,
 * ech (when cfg_pub), ipv6hint; keys ascending as 2.2 requires. */
static void dns_https_rdata(struct wb *w, const struct pp_addr *v4,
                            const struct pp_addr *v6, uint8_t cfg,
                            const uint8_t *cfg_pub)
{
  size_t at;
  wb_u16(w, 1);
  wb_u8(w, 0);                           /* TargetName ".", uncompressed */
  wb_u16(w, 1);                          /* alpn */
  wb_u16(w, 6);
  wb_u8(w, 2);
  wb_str(w, "h3");
  wb_u8(w, 2);
  wb_str(w, "h2");
  wb_u16(w, 4);                          /* ipv4hint */
  wb_u16(w, 4);
  wb_mem(w, v4->a, 4);
  if(cfg_pub) {
    wb_u16(w, 5);                        /* ech */
    at = wb_open(w, 2);
    ech_config_list(w, cfg, cfg_pub);
    wb_close(w, at, 2);
  }
  wb_u16(w, 6);                          /* ipv6hint */
  wb_u16(w, 16);
  wb_mem(w, v6->a, 16);
}

/* ---- HTTP -------------------------------------------------------------- */

static void wb_printf(struct wb *w, const char *fmt, ...) PP_PRINTF(2, 3);

static void wb_printf(struct wb *w, const char *fmt, ...)
{
  va_list ap;
  int n;
  size_t room = w->cap - w->len;
  if(w->err)
    return;
  va_start(ap, fmt);
  n = vsnprintf((char *)w->p + w->len, room, fmt, ap);
  va_end(ap);
  if(n < 0 || (size_t)n >= room) {
    w->err = true;
    return;
  }
  w->len += (size_t)n;
}

static const char *const sections[] = {
  "thoi-su", "kinh-doanh", "the-thao", "giai-tri", "suc-khoe",
  "phap-luat", "giao-duc", "doi-song", "du-lich", "so-hoa", "the-gioi",
  "xe", "bat-dong-san", "van-hoa",
};

/* A request path (no query) in path, and a query ("" or "?...") in q. */
static void http_path(struct rng *r, char *path, size_t pcap, char *q,
                      size_t qcap)
{
  const char *sec = sections[rng_below(r, PP_ARRAY_LEN(sections))];
  char slug[96];
  unsigned i, nw = 3 + rng_below(r, 4);
  size_t sl = 0;
  slug[0] = '\0';
  for(i = 0; i < nw && sl + 16 < sizeof(slug); i++)
    sl += (size_t)snprintf(slug + sl, sizeof(slug) - sl, "%s%s",
                           i ? "-" : "", word(r));
  q[0] = '\0';
  switch(rng_below(r, 12)) {
  case 0:
    snprintf(path, pcap, "/");
    break;
  case 1:
  case 2:
    snprintf(path, pcap, "/%s/%s-%u.html", sec, slug,
             rng_range(r, 100000, 4999999));
    break;
  case 3:
    snprintf(path, pcap, "/%s-%u.htm", slug, rng_range(r, 1000, 999999));
    break;
  case 4:
    snprintf(path, pcap, "/video/%u", rng_range(r, 10000, 999999));
    break;
  case 5:
    snprintf(path, pcap, "/api/v1/articles");
    snprintf(q, qcap, "?page=%u&limit=20&cat=%s", rng_range(r, 1, 40),
             sec);
    break;
  case 6:
    snprintf(path, pcap, "/static/js/app.%08x.js", (unsigned)rng_next(r));
    break;
  case 7: {
    unsigned a = (unsigned)rng_next(r), b = rng_below(r, 65536);
    snprintf(path, pcap, "/images/2024/06/%08x%04x.jpg", a, b);
    break;
  }
  case 8: {
    const char *a = word(r), *b = word(r);
    snprintf(path, pcap, "/search");
    snprintf(q, qcap, "?q=%s+%s", a, b);
    break;
  }
  case 9:
    snprintf(path, pcap, "/index.php");
    snprintf(q, qcap, "?option=com_content&view=article&id=%u",
             rng_range(r, 1, 9999));
    break;
  case 10:
    snprintf(path, pcap, "/rss/%s.rss", sec);
    break;
  default:
    snprintf(path, pcap, "/%s/", sec);
    break;
  }
  if(!q[0] && rng_chance(r, 0.25))
    snprintf(q, qcap, "?utm_source=%s&utm_medium=social", word(r));
}

static const char *user_agent(unsigned os, unsigned shape)
{
  if(shape == SH_TLS12)
    return "okhttp/3.12.13";
  switch(os) {
  case OS_ANDROID:
    return "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 "
           "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
  case OS_WINDOWS:
    return shape == SH_FIREFOX ?
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) "
           "Gecko/20100101 Firefox/127.0" :
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
           "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
  case OS_APPLE:
    return "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
           "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
           "Mobile/15E148 Safari/604.1";
  default:
    return "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 "
           "Firefox/127.0";
  }
}

struct httpreq {
  const char *host;        /* as it goes in Host (may have odd case) */
  const char *path;
  const char *query;
  unsigned port;           /* 0: none in Host */
  bool proxy;              /* absolute-form target (RFC 9112 3.2.2) */
  bool post;
  bool host_late;          /* Host after User-Agent */
  bool host_lc;            /* "host:" in lower case */
  unsigned os, shape;
  /* out: offset of the Host value in the request */
  size_t host_off;
};

static size_t http_request(struct rng *r, struct httpreq *q, uint8_t *out,
                           size_t cap)
{
  struct wb w;
  char hostport[300];
  const char *ua = user_agent(q->os, q->shape);
  if(q->port)
    snprintf(hostport, sizeof(hostport), "%s:%u", q->host, q->port);
  else
    snprintf(hostport, sizeof(hostport), "%s", q->host);
  wb_init(&w, out, cap);
  if(q->proxy)
    wb_printf(&w, "%s http://%s%s%s HTTP/1.1\r\n", q->post ? "POST" : "GET",
              hostport, q->path, q->query);
  else
    wb_printf(&w, "%s %s%s HTTP/1.1\r\n", q->post ? "POST" : "GET",
              q->path, q->query);
  if(q->host_late)
    wb_printf(&w, "User-Agent: %s\r\n", ua);
  wb_str(&w, q->host_lc ? "host: " : "Host: ");
  q->host_off = w.len;
  wb_printf(&w, "%s\r\n", hostport);
  if(q->proxy)
    wb_str(&w, "Proxy-Connection: keep-alive\r\n");
  else
    wb_str(&w, "Connection: keep-alive\r\n");
  if(!q->host_late)
    wb_printf(&w, "User-Agent: %s\r\n", ua);
  wb_str(&w, "Accept: text/html,application/xhtml+xml,application/xml;"
         "q=0.9,image/avif,image/webp,*/*;q=0.8\r\n"
         "Accept-Encoding: gzip, deflate\r\n"
         "Accept-Language: vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7\r\n");
  if(rng_chance(r, 0.5)) {
    /* one draw per declarator: argument order is unspecified in C */
    unsigned a = rng_range(r, 100000000, 999999999);
    unsigned b = rng_range(r, 1700000000, 1717000000);
    unsigned c = (unsigned)rng_next(r), d = (unsigned)rng_next(r);
    wb_printf(&w, "Cookie: _ga=GA1.1.%u.%u; sid=%08x%08x\r\n", a, b, c, d);
  }
  if(q->post) {
    char body[64];
    unsigned id = rng_range(r, 1, 99999), vote = rng_below(r, 5);
    const char *ref = word(r);
    int n = snprintf(body, sizeof(body), "id=%u&vote=%u&ref=%s", id, vote,
                     ref);
    wb_printf(&w, "Content-Type: application/x-www-form-urlencoded\r\n"
              "Content-Length: %d\r\n\r\n%s", n, body);
  }
  else
    wb_str(&w, "\r\n");
  return w.err ? 0 : w.len;
}

/* Response header; body_len < 0: 304 Not Modified. */
static size_t http_response(struct rng *r, uint64_t t_us, long body_len,
                            bool html, uint8_t *out, size_t cap)
{
  static const char *const servers[] = {
    "nginx", "Apache", "openresty", "LiteSpeed", "nginx/1.24.0",
  };
  static const char *const wd[] = {
    "Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed",
  };
  static const char *const mon[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
    "Nov", "Dec",
  };
  struct wb w;
  time_t sec = (time_t)(t_us / 1000000u);
  struct tm tm;
  gmtime_r(&sec, &tm);
  wb_init(&w, out, cap);
  if(body_len < 0)
    wb_str(&w, "HTTP/1.1 304 Not Modified\r\n");
  else
    wb_str(&w, "HTTP/1.1 200 OK\r\n");
  wb_printf(&w, "Server: %s\r\n", servers[rng_below(r, 5)]);
  wb_printf(&w, "Date: %s, %02d %s %04d %02d:%02d:%02d GMT\r\n",
            wd[(sec / 86400) % 7], tm.tm_mday, mon[tm.tm_mon],
            tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  if(body_len >= 0) {
    wb_printf(&w, "Content-Type: %s\r\n", html ?
              "text/html; charset=utf-8" : "application/octet-stream");
    wb_printf(&w, "Content-Length: %ld\r\n", body_len);
    wb_printf(&w, "Cache-Control: max-age=%u\r\n", rng_range(r, 30, 3600));
  }
  else
    wb_printf(&w, "ETag: \"%08x\"\r\n", (unsigned)rng_next(r));
  wb_str(&w, "Connection: keep-alive\r\n\r\n");
  return w.err ? 0 : w.len;
}

/* An ASCII HTML page of exactly n bytes (n >= 64). */
static void html_body(struct rng *r, uint8_t *out, size_t n)
{
  static const char head[] = "<!doctype html><html><head><title>";
  static const char tail[] = "</p></body></html>\n";
  size_t i = sizeof(head) - 1, end = n - (sizeof(tail) - 1);
  memcpy(out, head, i);
  while(i < end) {
    const char *wd = word(r);
    size_t k = PP_MIN(strlen(wd), end - i);
    memcpy(out + i, wd, k);
    i += k;
    if(i < end)
      out[i++] = ' ';
  }
  memcpy(out + end, tail, sizeof(tail) - 1);
}
