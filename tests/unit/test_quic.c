/*
 * tests/unit/test_quic.c: QUIC Initial keys, protection, frames and CRYPTO
 * reassembly (capture/quic.c).
 *
 * RFC 9001 A.1/A.2 and RFC 9369 A.1/A.2 vectors; quic_build_initial()
 * round trips (v1 and v2, ClientHello over three Initials with shuffled,
 * overlapping CRYPTO frames, coalesced 0-RTT/Handshake, DCID change,
 * Retry restart); damaged packets; limits; allocation failures; and
 * client datagrams of real captures (tests/data/quic/, see its README).
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"
#include "testutil.h"

#include "pp_alloc.h"
#include "pp_err.h"
#include "quic.h"
#include "tls.h"

#define PKT_MAX 2048
#define LINES_MAX 16

/* ---- helpers --------------------------------------------------------- */

struct hexfile {
  size_t n;
  uint8_t *line[LINES_MAX];
  size_t len[LINES_MAX];
};

/* Decode hex (whitespace ignored) into out; returns bytes or 0 on error. */
static size_t unhex(const char *s, uint8_t *out, size_t cap)
{
  size_t n = 0;
  int hi = -1;
  for(; *s; s++) {
    int v = test_hexval((unsigned char)*s);
    if(v < 0)
      continue;
    if(hi < 0) {
      hi = v;
      continue;
    }
    if(n == cap)
      return 0;
    out[n++] = (uint8_t)(hi << 4 | v);
    hi = -1;
  }
  return n;
}

static void hex_free(struct hexfile *h)
{
  size_t i;
  for(i = 0; i < h->n; i++)
    free(h->line[i]);
  h->n = 0;
}

/*
 * Read tests/data/quic/<name>: '#' lines are comments, every other
 * non-empty line is one datagram in hex.  When join is set the lines
 * are concatenated into one datagram.
 */
static int hex_load(const char *name, bool join, struct hexfile *h)
{
  char path[2048];
  FILE *f;
  int c, hi = -1;
  bool comment = false, bol = true, fresh = true;
  memset(h, 0, sizeof(*h));
  snprintf(path, sizeof(path), "%s/tests/data/quic/%s", test_srcdir(__FILE__), name);
  f = fopen(path, "rb");
  if(!f)
    return -1;
  while((c = getc(f)) != EOF) {
    int v;
    if(bol && c == '#')
      comment = true;
    bol = c == '\n';
    if(c == '\n') {
      if(!comment && !join && h->n)
        fresh = true;     /* the next hex digit starts a new datagram */
      comment = false;
      continue;
    }
    if(comment || (v = test_hexval(c)) < 0)
      continue;
    if(fresh && (!join || !h->n)) {
      if(h->n == LINES_MAX)
        break;
      h->line[h->n] = malloc(PKT_MAX);
      h->len[h->n] = 0;
      if(!h->line[h->n])
        break;
      h->n++;
    }
    fresh = false;
    if(hi < 0) {
      hi = v;
      continue;
    }
    if(h->len[h->n - 1] < PKT_MAX)
      h->line[h->n - 1][h->len[h->n - 1]++] = (uint8_t)(hi << 4 | v);
    hi = -1;
  }
  fclose(f);
  return h->n ? 0 : -1;
}

/* Tiny deterministic PRNG (xorshift32) for shuffles. */
static uint32_t rng_state = 2463534242u;
static uint32_t rnd(void)
{
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 17;
  rng_state ^= rng_state << 5;
  return rng_state;
}

static size_t put_varint(uint8_t *p, uint64_t v)
{
  if(v < 64) {
    p[0] = (uint8_t)v;
    return 1;
  }
  if(v < 16384) {
    p[0] = (uint8_t)(0x40 | v >> 8);
    p[1] = (uint8_t)v;
    return 2;
  }
  if(v < ((uint64_t)1 << 30)) {
    p[0] = (uint8_t)(0x80 | v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
    return 4;
  }
  for(int i = 0; i < 8; i++)
    p[i] = (uint8_t)(v >> (56 - 8 * i));
  p[0] |= 0xc0;
  return 8;
}

static size_t put_crypto(uint8_t *p, uint64_t off, const uint8_t *data,
                         size_t len)
{
  size_t n = 0;
  p[n++] = 0x06;
  n += put_varint(p + n, off);
  n += put_varint(p + n, len);
  memcpy(p + n, data, len);
  return n + len;
}

static size_t put16(uint8_t *p, unsigned v)
{
  p[0] = (uint8_t)(v >> 8);
  p[1] = (uint8_t)v;
  return 2;
}

/*
 * A ClientHello handshake message with GREASE, a padding extension of
 * `pad` bytes and, last of all, server_name `sni` (so that the name is
 * only there once the whole message is).
 */
static size_t make_hello(uint8_t *out, const char *sni, size_t pad)
{
  size_t n = 4, ext_at, sl = strlen(sni), i;
  n += put16(out + n, 0x0303);
  for(i = 0; i < 32; i++)
    out[n++] = (uint8_t)i;
  out[n++] = 0;                                  /* session id */
  n += put16(out + n, 6);
  n += put16(out + n, 0x2a2a);                   /* GREASE suite */
  n += put16(out + n, 0x1301);
  n += put16(out + n, 0x1302);
  out[n++] = 1;
  out[n++] = 0;
  ext_at = n;
  n += 2;
  n += put16(out + n, 0x3a3a);                   /* GREASE extension */
  n += put16(out + n, 0);
  n += put16(out + n, 43);                       /* supported_versions */
  n += put16(out + n, 5);
  out[n++] = 4;
  n += put16(out + n, 0x7a7a);
  n += put16(out + n, 0x0304);
  n += put16(out + n, 16);                       /* ALPN "h3" */
  n += put16(out + n, 5);
  n += put16(out + n, 3);
  out[n++] = 2;
  out[n++] = 'h';
  out[n++] = '3';
  n += put16(out + n, 21);                       /* padding */
  n += put16(out + n, (unsigned)pad);
  memset(out + n, 0, pad);
  n += pad;
  n += put16(out + n, 0);                        /* server_name */
  n += put16(out + n, (unsigned)(sl + 5));
  n += put16(out + n, (unsigned)(sl + 3));
  out[n++] = 0;
  n += put16(out + n, (unsigned)sl);
  memcpy(out + n, sni, sl);
  n += sl;
  put16(out + ext_at, (unsigned)(n - ext_at - 2));
  out[0] = 1;
  out[1] = (uint8_t)((n - 4) >> 16);
  out[2] = (uint8_t)((n - 4) >> 8);
  out[3] = (uint8_t)(n - 4);
  return n;
}

/* A long-header packet of another type (0-RTT, Handshake): header and
 * `len` bytes of noise; wire_type is the on-the-wire type bits. */
static size_t make_other(uint8_t *out, uint32_t version, unsigned wire_type,
                         const uint8_t *dcid, size_t dcid_len, size_t len)
{
  bool initial = wire_type == (version == QUIC_VERSION_2 ? 1u : 0u);
  size_t n = 0, i;
  out[n++] = (uint8_t)(0xc3 | wire_type << 4);
  out[n++] = (uint8_t)(version >> 24);
  out[n++] = (uint8_t)(version >> 16);
  out[n++] = (uint8_t)(version >> 8);
  out[n++] = (uint8_t)version;
  out[n++] = (uint8_t)dcid_len;
  memcpy(out + n, dcid, dcid_len);
  n += dcid_len;
  out[n++] = 0;
  if(initial)
    out[n++] = 0;                                /* token length */
  n += put_varint(out + n, len);
  for(i = 0; i < len; i++)
    out[n++] = (uint8_t)rnd();
  return n;
}

static const uint8_t rfc_dcid[8] = {
  0x83, 0x94, 0xc8, 0xf0, 0x3e, 0x51, 0x57, 0x08
};

/* The CRYPTO frame of RFC 9001 A.2 (and RFC 9369 A.2). */
static const char rfc_crypto_hex[] =
  "060040f1010000ed0303ebf8fa56f12939b9584a3896472ec40bb863cfd3e868"
  "04fe3a47f06a2b69484c00000413011302010000c000000010000e00000b6578"
  "616d706c652e636f6dff01000100000a00080006001d00170018001000070005"
  "04616c706e000500050100000000003300260024001d00209370b2c9caa47fba"
  "baf4559fedba753de171fa71f50f1ce15d43e994ec74d748002b000302030400"
  "0d0010000e0403050306030203080408050806002d00020101001c0002400100"
  "3900320408ffffffffffffffff05048000ffff07048000ffff08011001048000"
  "75300901100f088394c8f03e51570806048000ffff";

/* ---- RFC vectors ----------------------------------------------------- */

static void test_keys(void)
{
  uint8_t key[16], iv[12], hp[16], want[16];
  is_int(quic_initial_keys(QUIC_VERSION_1, rfc_dcid, 8, key, iv, hp), PP_OK,
         "v1 keys derive");
  unhex("1f369613dd76d5467730efcbe3b1a22d", want, 16);
  ok(!memcmp(key, want, 16), "RFC 9001 A.1 client key");
  unhex("fa044b2f42a3fd3b46fb255c", want, 12);
  ok(!memcmp(iv, want, 12), "RFC 9001 A.1 client iv");
  unhex("9f50449e04a0e810283a1e9933adedd2", want, 16);
  ok(!memcmp(hp, want, 16), "RFC 9001 A.1 client hp");

  is_int(quic_initial_keys(QUIC_VERSION_2, rfc_dcid, 8, key, iv, hp), PP_OK,
         "v2 keys derive");
  unhex("8b1a0bc121284290a29e0971b5cd045d", want, 16);
  ok(!memcmp(key, want, 16), "RFC 9369 A.1 client key");
  unhex("91f73e2351d8fa91660e909f", want, 12);
  ok(!memcmp(iv, want, 12), "RFC 9369 A.1 client iv");
  unhex("45b95e15235d6f45a6b19cbcb0294ba9", want, 16);
  ok(!memcmp(hp, want, 16), "RFC 9369 A.1 client hp");

  is_int(quic_initial_keys(0x51303530, rfc_dcid, 8, key, iv, hp),
         PP_ENOTSUP, "gQUIC Q050: no keys");
  is_int(quic_initial_keys(0xff000016, rfc_dcid, 8, key, iv, hp),
         PP_ENOTSUP, "draft-22: not supported");
  is_int(quic_initial_keys(QUIC_VERSION_1, rfc_dcid, 0, key, iv, hp), PP_OK,
         "an empty DCID still derives");

  /* RFC 9000 A.3 example. */
  is_int(quic_pn_decode(0xa82f30ea + 1, 0x9b32, 16), 0xa82f9b32,
         "RFC 9000 A.3 packet number decoding");
  is_int(quic_pn_decode(0, 0xff, 8), 0xff, "first packet number as is");
  is_int(quic_pn_decode(0x100, 0x02, 8), 0x102, "same window");
  is_int(quic_pn_decode(0x1f0, 0x05, 8), 0x205, "wraps forward");
  is_int(quic_pn_decode(0x205, 0xfe, 8), 0x1fe, "wraps back");
  is_int(quic_pn_decode(0x1f0, 0xfe, 8), 0x1fe, "stays in the window");
}

static void test_rfc_packets(void)
{
  static const struct {
    const char *file;
    uint32_t version;
  } v[] = {
    { "rfc9001-client-initial.hex", QUIC_VERSION_1 },
    { "rfc9369-client-initial.hex", QUIC_VERSION_2 },
  };
  uint8_t frame[512], out[PKT_MAX];
  size_t flen = unhex(rfc_crypto_hex, frame, sizeof(frame)), olen = 0, i;
  ok(flen == 245, "RFC A.2 CRYPTO frame is 245 bytes (%zu)", flen);
  for(i = 0; i < PP_ARRAY_LEN(v); i++) {
    struct hexfile h;
    struct tls_hello_info info;
    struct quic_ctx *q;
    uint32_t ver = 0;
    if(hex_load(v[i].file, true, &h)) {
      ok(0, "load %s", v[i].file);
      continue;
    }
    is_int(h.len[0], 1200, "%s: 1200 bytes", v[i].file);
    ok(quic_is_initial(h.line[0], h.len[0], &ver), "%s: quic_is_initial",
       v[i].file);
    is_int(ver, v[i].version, "%s: version", v[i].file);
    q = quic_ctx_new();
    is_int(quic_feed(q, h.line[0], h.len[0], &info), PP_OK,
           "%s: decrypts", v[i].file);
    is_str(info.sni, "example.com", "%s: SNI", v[i].file);
    ok(info.complete && info.sni_valid && info.tls13, "%s: complete TLS 1.3",
       v[i].file);
    is_str(info.alpn, "alpn", "%s: ALPN", v[i].file);
    quic_ctx_free(q);

    /* Sealing the same plaintext must give the RFC's bytes exactly. */
    is_int(quic_build_initial(v[i].version, rfc_dcid, 8, NULL, 0, 2, frame,
                              flen, 1200, out, sizeof(out), &olen), PP_OK,
           "%s: build", v[i].file);
    ok(olen == 1200 && memcmp(out, h.line[0], 1200) == 0,
       "%s: quic_build_initial gives the RFC packet byte for byte",
       v[i].file);
    hex_free(&h);
  }
}

/* ---- round trips ----------------------------------------------------- */

struct piece {
  size_t off, len;
};

/*
 * Seal a ClientHello into `npkt` Initials: pieces of 40..300 bytes, each
 * overlapping the next by up to 24 bytes, a few repeated, shuffled, with
 * PING/PADDING/ACK frames mixed in.  Returns the packet count.
 */
static size_t seal_hello(uint32_t version, const uint8_t *hello, size_t hlen,
                         const uint8_t *dcid, size_t dcid_len,
                         uint8_t pkt[][PKT_MAX], size_t *pkt_len, size_t npkt)
{
  struct piece pc[64];
  uint8_t frames[4][PKT_MAX];
  size_t flen[4] = { 0 }, n = 0, off = 0, i, p;
  while(off < hlen && n < 60) {
    size_t len = 40 + rnd() % 260, ext = rnd() % 25;
    if(off + len > hlen)
      len = hlen - off;
    pc[n].off = off;
    pc[n].len = PP_MIN(len + ext, hlen - off);
    n++;
    off += len;
  }
  for(i = 0; i < 2; i++) {   /* duplicates */
    size_t d = rnd() % n;
    pc[n++] = pc[d];
  }
  for(i = n - 1; i > 0; i--) {
    size_t j = rnd() % (i + 1);
    struct piece t = pc[i];
    pc[i] = pc[j];
    pc[j] = t;
  }
  for(i = 0; i < n; i++) {
    p = i % npkt;
    if(rnd() % 3 == 0)
      frames[p][flen[p]++] = 0x01;                       /* PING */
    if(rnd() % 4 == 0) {
      static const uint8_t ack_ecn[] = { 0x03, 0x05, 0x00, 0x01, 0x00,
                                         0x01, 0x02, 0x00, 0x01, 0x00 };
      memcpy(frames[p] + flen[p], ack_ecn, sizeof(ack_ecn));
      flen[p] += sizeof(ack_ecn);
    }
    flen[p] += put_crypto(frames[p] + flen[p], pc[i].off, hello + pc[i].off,
                          pc[i].len);
    if(rnd() % 3 == 0)
      frames[p][flen[p]++] = 0x00;                       /* PADDING */
  }
  for(p = 0; p < npkt; p++)
    if(quic_build_initial(version, dcid, dcid_len, NULL, 0, (uint32_t)p,
                          frames[p], flen[p], 1200, pkt[p], PKT_MAX,
                          &pkt_len[p]))
      return 0;
  return npkt;
}

static void test_roundtrip(uint32_t version)
{
  static const uint8_t dcid[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
  static const size_t order[3] = { 2, 0, 1 };
  uint8_t hello[4096], pkt[3][PKT_MAX];
  size_t hlen = make_hello(hello, "split.example.net", 2300), plen[3], i;
  struct tls_hello_info info;
  struct quic_ctx *q = quic_ctx_new();
  struct quic_stats st;
  int rc[3];
  ok(hlen > 2300 && seal_hello(version, hello, hlen, dcid, sizeof(dcid), pkt,
                              plen, 3) == 3,
     "v%08x: hello of %zu bytes sealed in 3 Initials", version, hlen);
  for(i = 0; i < 3; i++)
    rc[i] = quic_feed(q, pkt[order[i]], plen[order[i]], &info);
  ok(rc[0] == PP_EAGAIN && rc[1] == PP_EAGAIN,
     "v%08x: first two packets: EAGAIN (%d %d)", version, rc[0], rc[1]);
  is_int(rc[2], PP_OK, "v%08x: third packet: OK", version);
  is_str(info.sni, "split.example.net", "v%08x: SNI", version);
  ok(info.complete && info.tls13 && info.sni_valid,
     "v%08x: complete, TLS 1.3", version);
  is_str(info.alpn, "h3", "v%08x: ALPN", version);
  /* A repeat changes nothing. */
  is_int(quic_feed(q, pkt[0], plen[0], &info), PP_OK, "v%08x: repeat",
         version);
  quic_ctx_stats(q, &st);
  ok(st.initials == 4 && st.decrypted == 4 && st.auth_failed == 0,
     "v%08x: stats %llu/%llu", version, (unsigned long long)st.decrypted,
     (unsigned long long)st.initials);
  quic_ctx_free(q);
}

/* 0-RTT before the Initial; Initial coalesced between 0-RTT and
 * Handshake, zero padding after them. */
static void test_coalesced(uint32_t version)
{
  static const uint8_t dcid[] = { 9, 9, 9, 9, 8, 8, 8, 8 };
  bool v2 = version == QUIC_VERSION_2;
  unsigned t0rtt = v2 ? 2 : 1, ths = v2 ? 3 : 2;
  uint8_t hello[1024], frames[1100], ini[PKT_MAX], dg[4096];
  size_t hlen = make_hello(hello, "coalesced.example", 100), ilen, n = 0;
  struct tls_hello_info info;
  struct quic_ctx *q = quic_ctx_new();
  struct quic_stats st;
  size_t flen = put_crypto(frames, 0, hello, hlen);
  quic_build_initial(version, dcid, sizeof(dcid), dcid, 4, 0, frames, flen,
                     0, ini, sizeof(ini), &ilen);
  n = make_other(dg, version, t0rtt, dcid, sizeof(dcid), 300);
  is_int(quic_feed(q, dg, n, &info), PP_EAGAIN,
         "v%08x: lone 0-RTT: EAGAIN", version);
  n = make_other(dg, version, t0rtt, dcid, sizeof(dcid), 200);
  memcpy(dg + n, ini, ilen);
  n += ilen;
  n += make_other(dg + n, version, ths, dcid, sizeof(dcid), 50);
  memset(dg + n, 0, 64);
  n += 64;
  is_int(quic_feed(q, dg, n, &info), PP_OK,
         "v%08x: 0-RTT + Initial + Handshake + padding", version);
  is_str(info.sni, "coalesced.example", "v%08x: SNI", version);
  quic_ctx_stats(q, &st);
  is_int(st.skipped, 3, "v%08x: three packets skipped", version);
  quic_ctx_free(q);
}

/* A client that switches DCID keeps the first DCID's keys; after a Retry
 * the new DCID's own keys open it and the stream starts over. */
static void test_dcid_change(void)
{
  static const uint8_t a[8] = { 0xa, 0xa, 0xa, 0xa, 0xa, 0xa, 0xa, 0xa };
  static const uint8_t b[5] = { 0xb, 0xb, 0xb, 0xb, 0xb };
  static const uint8_t c[12] = { 0xc, 0xc, 0xc, 0xc, 0xc, 0xc,
                                 0xc, 0xc, 0xc, 0xc, 0xc, 0xc };
  uint8_t hello[2048], f1[1400], f2[1400], p1[PKT_MAX], p2[PKT_MAX];
  uint8_t junk[1024];
  size_t hlen = make_hello(hello, "dcid.example.org", 1000), half = hlen / 2;
  size_t l1, l2, n1, n2;
  struct tls_hello_info info;
  struct quic_ctx *q = quic_ctx_new();
  struct quic_stats st;
  n1 = put_crypto(f1, 0, hello, half);
  n2 = put_crypto(f2, half, hello + half, hlen - half);
  quic_build_initial(QUIC_VERSION_1, a, sizeof(a), NULL, 0, 0, f1, n1, 1200,
                     p1, PKT_MAX, &l1);
  is_int(quic_build_initial_keyed(a, sizeof(a), QUIC_VERSION_1, b, sizeof(b),
                                  NULL, 0, 1, f2, n2, 1200, p2, PKT_MAX, &l2),
         PP_OK, "second Initial: header DCID b, keys of a");
  is_int(quic_feed(q, p1, l1, &info), PP_EAGAIN, "first half");
  is_int(quic_feed(q, p2, l2, &info), PP_OK, "second half, other DCID");
  is_str(info.sni, "dcid.example.org", "SNI across DCIDs");
  quic_ctx_stats(q, &st);
  ok(st.dcid_fallback == 1 && st.auth_failed == 0 && st.restarts == 0,
     "one fallback to the first DCID's keys");
  quic_ctx_free(q);

  /* Retry: half of another hello under a, then the real one under c's
   * keys: the stream starts over, nothing of the first one is kept. */
  q = quic_ctx_new();
  make_hello(junk, "before-retry.example", 400);
  n1 = put_crypto(f1, 0, junk, 300);
  quic_build_initial(QUIC_VERSION_1, a, sizeof(a), NULL, 0, 0, f1, n1, 1200,
                     p1, PKT_MAX, &l1);
  is_int(quic_feed(q, p1, l1, &info), PP_EAGAIN, "before Retry: a prefix");
  n1 = put_crypto(f1, 0, hello, half);
  quic_build_initial(QUIC_VERSION_1, c, sizeof(c), NULL, 0, 1, f1, n1, 1200,
                     p1, PKT_MAX, &l1);
  quic_build_initial_keyed(c, sizeof(c), QUIC_VERSION_1, b, sizeof(b), NULL,
                           0, 2, f2, n2, 1200, p2, PKT_MAX, &l2);
  is_int(quic_feed(q, p1, l1, &info), PP_EAGAIN, "after Retry: first half");
  is_int(quic_feed(q, p2, l2, &info), PP_OK, "after Retry: second half");
  is_str(info.sni, "dcid.example.org", "SNI of the restarted stream");
  quic_ctx_stats(q, &st);
  ok(st.restarts == 1 && st.dcid_fallback == 1, "one restart, one fallback");
  quic_ctx_free(q);
}

/* ---- damage, limits, refusals ----------------------------------------- */

/* Half a hello, then a datagram with the other half damaged: the damage
 * is reported; the intact copy then completes the hello.  Also the
 * mvfst-22 (draft-22 salt) round trip. */
static void test_partial_then_bad(void)
{
  static const uint8_t dcid[8] = { 3, 1, 4, 1, 5, 9, 2, 6 };
  uint8_t hello[2048], f1[1400], f2[1400], p1[PKT_MAX], p2[PKT_MAX];
  size_t hlen = make_hello(hello, "partial.example", 1000), half = hlen / 2;
  size_t l1, l2, n1, n2;
  struct tls_hello_info info;
  struct quic_ctx *q = quic_ctx_new();
  n1 = put_crypto(f1, 0, hello, half);
  n2 = put_crypto(f2, half, hello + half, hlen - half);
  quic_build_initial(0xfaceb001, dcid, 8, NULL, 0, 0, f1, n1, 1200, p1,
                     PKT_MAX, &l1);
  quic_build_initial(0xfaceb001, dcid, 8, NULL, 0, 1, f2, n2, 1200, p2,
                     PKT_MAX, &l2);
  is_int(quic_feed(q, p1, l1, &info), PP_EAGAIN, "mvfst-22: first half");
  p2[l2 - 1] ^= 1;
  is_int(quic_feed(q, p2, l2, &info), PP_ECRYPTO, "damaged second half");
  p2[l2 - 1] ^= 1;
  is_int(quic_feed(q, p2, l2, &info), PP_OK, "intact second half");
  is_str(info.sni, "partial.example", "mvfst-22 SNI");
  quic_ctx_free(q);
}

static void test_bad(void)
{
  static const uint8_t dcid[8] = { 1, 1, 2, 3, 5, 8, 13, 21 };
  uint8_t hello[1024], frames[1400], pkt[PKT_MAX], bad[PKT_MAX];
  size_t hlen = make_hello(hello, "bad.example", 10), flen, plen, n;
  struct tls_hello_info info;
  struct quic_ctx *q = quic_ctx_new();
  struct quic_stats st;
  uint32_t ver;
  flen = put_crypto(frames, 0, hello, hlen);
  quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 7, frames, flen, 1200,
                     pkt, PKT_MAX, &plen);

  is_int(quic_feed(q, pkt, plen - 1, &info), PP_ETRUNC, "cut: ETRUNC");
  memcpy(bad, pkt, plen);
  bad[plen - 40] ^= 0x20;
  is_int(quic_feed(q, bad, plen, &info), PP_ECRYPTO, "flipped payload bit");
  memcpy(bad, pkt, plen);
  bad[3] ^= 0x01;                          /* version 0x00000101 */
  is_int(quic_feed(q, bad, plen, &info), PP_ENOTSUP, "unknown version");
  memcpy(bad, pkt, plen);
  bad[8] ^= 0x01;                          /* DCID byte: other keys */
  is_int(quic_feed(q, bad, plen, &info), PP_ECRYPTO, "DCID garbled");
  memcpy(bad, pkt, plen);
  bad[5] = 21;
  is_int(quic_feed(q, bad, plen, &info), PP_EMALFORMED, "DCID of 21 bytes");
  is_int(quic_feed(q, pkt, 3, &info), PP_ETRUNC, "3 bytes: ETRUNC");
  is_int(quic_feed(q, NULL, 0, &info), PP_ENOTSUP, "empty datagram");
  is_int(quic_feed(q, (const uint8_t *)"\x40\x01\x02", 3, &info), PP_ENOTSUP,
         "short header");
  is_int(quic_feed(NULL, pkt, plen, &info), PP_EINVAL, "NULL ctx");
  is_int(quic_feed(q, pkt, plen, NULL), PP_EINVAL, "NULL info");
  /* Length too small for the header-protection sample. */
  n = make_other(bad, QUIC_VERSION_1, 0, dcid, 8, 19);
  is_int(quic_feed(q, bad, n, &info), PP_EMALFORMED, "Initial of 19 bytes");
  ok(!quic_is_initial(bad, n, NULL), "... is not an Initial");
  ok(!quic_is_initial(pkt, 10, &ver), "10 bytes are not an Initial");
  ok(!quic_is_initial((const uint8_t *)"GET / HTTP/1.1", 14, &ver),
     "HTTP is not");
  n = make_other(bad, QUIC_VERSION_1, 1, dcid, 8, 100);
  ok(!quic_is_initial(bad, n, &ver), "0-RTT is not an Initial");
  /* A token length past the end. */
  n = 0;
  bad[n++] = 0xc3;
  memcpy(bad + n, "\x00\x00\x00\x01\x08", 5);
  n += 5;
  memcpy(bad + n, dcid, 8);
  n += 8;
  bad[n++] = 0;
  bad[n++] = 0x44;                         /* token: 1024 bytes */
  bad[n++] = 0x00;
  memset(bad + n, 0, 100);
  n += 100;
  is_int(quic_feed(q, bad, n, &info), PP_ETRUNC, "token past the end");
  quic_ctx_stats(q, &st);
  is_int(st.decrypted, 0, "nothing decrypted so far");
  is_int(quic_feed(q, pkt, plen, &info), PP_OK, "the good one still works");
  is_str(info.sni, "bad.example", "SNI after the bad ones");
  quic_ctx_free(q);
  quic_ctx_free(NULL);

  /* A coalesced packet with another DCID is ignored (RFC 9000 12.2). */
  {
    static const uint8_t other[8] = { 9, 8, 7, 6, 5, 4, 3, 2 };
    uint8_t dg[2 * PKT_MAX];
    size_t l2;
    q = quic_ctx_new();
    quic_build_initial(QUIC_VERSION_1, other, 8, NULL, 0, 0, frames, flen, 0,
                       bad, PKT_MAX, &l2);
    memcpy(dg, bad, l2);
    memcpy(dg + l2, pkt, plen);
    is_int(quic_feed(q, dg, l2 + plen, &info), PP_OK,
           "first of two coalesced Initials");
    quic_ctx_stats(q, &st);
    is_int(st.initials, 1, "the one with another DCID is not looked at");
    quic_ctx_free(q);
  }

  /* Garbage with a new DCID each time: keys derived QUIC_KEYS_MAX times. */
  q = quic_ctx_new();
  for(n = 0; n < QUIC_KEYS_MAX + 3; n++) {
    memcpy(bad, pkt, plen);
    bad[6] = (uint8_t)(0x80 | n);          /* DCID */
    quic_feed(q, bad, plen, &info);
  }
  quic_ctx_stats(q, &st);
  ok(st.keys_derived == QUIC_KEYS_MAX && st.keys_limit == 3 &&
     st.auth_failed == QUIC_KEYS_MAX + 3, "key derivations capped: %llu, "
     "%llu refused", (unsigned long long)st.keys_derived,
     (unsigned long long)st.keys_limit);
  quic_ctx_free(q);
}

static void test_frames(void)
{
  static const uint8_t dcid[8] = { 7, 7, 7, 7, 7, 7, 7, 7 };
  uint8_t hello[1024], other[1024], fr[1400], pkt[PKT_MAX];
  size_t hlen = make_hello(hello, "frames.example", 10), n, plen;
  struct tls_hello_info info;
  struct quic_ctx *q;
  struct quic_stats st;

  /* CONNECTION_CLOSE, ACK with ranges, then CRYPTO. */
  static const uint8_t pre[] = {
    0x1c, 0x0a, 0x06, 0x03, 'b', 'y', 'e',             /* CONNECTION_CLOSE */
    0x02, 0x40, 0x10, 0x00, 0x02, 0x01, 0x00, 0x01, 0x00, 0x00,  /* ACK */
    0x01, 0x00, 0x00
  };
  memcpy(fr, pre, sizeof(pre));
  n = sizeof(pre) + put_crypto(fr + sizeof(pre), 0, hello, hlen);
  quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 0, fr, n, 1200, pkt,
                     PKT_MAX, &plen);
  q = quic_ctx_new();
  is_int(quic_feed(q, pkt, plen, &info), PP_OK, "CLOSE, ACK, PING, CRYPTO");
  quic_ctx_free(q);

  /* An unknown frame ends the walk quietly: the CRYPTO after it is lost. */
  fr[0] = 0x08;                                        /* STREAM */
  n = 1 + put_crypto(fr + 1, 0, hello, hlen);
  quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 0, fr, n, 1200, pkt,
                     PKT_MAX, &plen);
  q = quic_ctx_new();
  is_int(quic_feed(q, pkt, plen, &info), PP_EAGAIN, "STREAM frame: stop");
  quic_ctx_stats(q, &st);
  is_int(st.unknown_frames, 1, "unknown frame counted");
  quic_ctx_free(q);

  /* A CRYPTO frame longer than the packet. */
  n = 0;
  fr[n++] = 0x06;
  fr[n++] = 0x00;
  fr[n++] = 0x44;
  fr[n++] = 0x00;                                      /* 1024 bytes */
  memcpy(fr + n, hello, 10);
  n += 10;
  quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 0, fr, n, 0, pkt,
                     PKT_MAX, &plen);
  q = quic_ctx_new();
  is_int(quic_feed(q, pkt, plen, &info), PP_EMALFORMED, "CRYPTO overrun");
  quic_ctx_free(q);

  /* A ServerHello in the stream: not a client. */
  memcpy(other, hello, hlen);
  other[0] = 2;
  n = put_crypto(fr, 0, other, hlen);
  quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 0, fr, n, 1200, pkt,
                     PKT_MAX, &plen);
  q = quic_ctx_new();
  is_int(quic_feed(q, pkt, plen, &info), PP_ENOTFOUND, "ServerHello");
  quic_ctx_free(q);

  /* A malformed hello. */
  memcpy(other, hello, hlen);
  other[4] = 0x09;                                     /* legacy_version */
  n = put_crypto(fr, 0, other, hlen);
  quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 0, fr, n, 1200, pkt,
                     PKT_MAX, &plen);
  q = quic_ctx_new();
  is_int(quic_feed(q, pkt, plen, &info), PP_EMALFORMED, "bad hello");
  quic_ctx_free(q);
}

static void test_limits(void)
{
  static const uint8_t dcid[8] = { 4, 4, 4, 4, 4, 4, 4, 4 };
  uint8_t hello[20000], fr[1400], pkt[PKT_MAX];
  size_t hlen, n, plen, off;
  struct tls_hello_info info;
  struct quic_ctx *q = quic_ctx_new();
  struct quic_stats st;
  int rc = PP_EAGAIN;

  /* Data past QUIC_CRYPTO_MAX. */
  memset(fr + 200, 0x55, 100);
  n = put_crypto(fr, QUIC_CRYPTO_MAX - 10, fr + 200, 100);
  quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 0, fr, n, 1200, pkt,
                     PKT_MAX, &plen);
  is_int(quic_feed(q, pkt, plen, &info), PP_ELIMIT, "CRYPTO past the cap");
  n = put_crypto(fr, (uint64_t)1 << 40, fr + 200, 10);
  quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 1, fr, n, 1200, pkt,
                     PKT_MAX, &plen);
  is_int(quic_feed(q, pkt, plen, &info), PP_ELIMIT, "CRYPTO at 2^40");
  quic_ctx_stats(q, &st);
  is_int(st.crypto_limit, 2, "limit counted twice");
  quic_ctx_free(q);

  /* A 19 KB hello, name last: the first 16 KB cannot decide. */
  hlen = make_hello(hello, "huge.example", 19000);
  q = quic_ctx_new();
  for(off = 0; off < hlen && rc == PP_EAGAIN; off += 1100) {
    n = put_crypto(fr, off, hello + off, PP_MIN((size_t)1100, hlen - off));
    quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, (uint32_t)off, fr, n,
                       1200, pkt, PKT_MAX, &plen);
    rc = quic_feed(q, pkt, plen, &info);
  }
  is_int(rc, PP_ELIMIT, "19 KB hello: ELIMIT at the cap");
  ok(off <= 17600, "... as soon as the cap is reached (%zu)", off);
  quic_ctx_free(q);

  /* Builder limits. */
  is_int(quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 0, fr, 10,
                            1200, pkt, 1000, &plen), PP_ERANGE, "out small");
  is_int(quic_build_initial(0x12345678, dcid, 8, NULL, 0, 0, fr, 10, 1200,
                            pkt, PKT_MAX, &plen), PP_EINVAL, "bad version");
  is_int(quic_build_initial(QUIC_VERSION_1, dcid, 21, NULL, 0, 0, fr, 10,
                            1200, pkt, PKT_MAX, &plen), PP_EINVAL, "DCID 21");
  is_int(quic_build_initial(QUIC_VERSION_1, NULL, 8, NULL, 0, 0, fr, 10, 1200,
                            pkt, PKT_MAX, &plen), PP_EINVAL, "NULL DCID");
  is_int(quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 0, fr, 10,
                            70000, pkt, PKT_MAX, &plen), PP_ERANGE,
         "pad_to over a datagram");
}

/* Packets over 16 KB need a 4-byte Length field. */
static void test_big_packet(void)
{
  static const uint8_t dcid[8] = { 5, 5, 5, 5, 5, 5, 5, 5 };
  static uint8_t fr[17000], pkt[20000];
  uint8_t hello[1024];
  size_t hlen = make_hello(hello, "jumbo.example", 10), n, plen = 0;
  struct tls_hello_info info;
  struct quic_ctx *q = quic_ctx_new();
  n = put_crypto(fr, 0, hello, hlen);
  is_int(quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 0, fr, n,
                            17000, pkt, sizeof(pkt), &plen), PP_OK,
         "17000-byte Initial");
  ok(plen >= 17000 && plen <= 17002, "size %zu", plen);
  is_int(quic_feed(q, pkt, plen, &info), PP_OK, "decrypts");
  is_str(info.sni, "jumbo.example", "SNI");
  quic_ctx_free(q);
}

static void test_alloc_failures(void)
{
  static const uint8_t dcid[8] = { 6, 6, 6, 6, 6, 6, 6, 6 };
  uint8_t hello[1024], fr[1400], pkt[PKT_MAX];
  size_t hlen = make_hello(hello, "nomem.example", 10), n, plen;
  struct tls_hello_info info;
  long i;
  bool clean = true;
  n = put_crypto(fr, 0, hello, hlen);
  quic_build_initial(QUIC_VERSION_1, dcid, 8, NULL, 0, 0, fr, n, 1200, pkt,
                     PKT_MAX, &plen);
  for(i = 0; i < 4; i++) {
    struct quic_ctx *q;
    int rc;
    pp_alloc_fail_after(i);
    q = quic_ctx_new();
    if(!q) {
      clean &= i == 0;
      continue;
    }
    rc = quic_feed(q, pkt, plen, &info);
    if(rc != (i == 1 ? PP_ENOMEM : PP_OK))
      clean = false;
    quic_ctx_free(q);
  }
  pp_alloc_fail_after(-1);
  ok(clean, "allocation failures: NULL ctx, then PP_ENOMEM, then fine");
}

/* ---- real captures ---------------------------------------------------- */

static void test_captures(void)
{
  static const struct {
    const char *file;
    int want;
    const char *sni;
    size_t at;      /* datagram (1-based) that decides */
    bool complete;  /* after all datagrams: the whole hello was there */
    unsigned fallback, restarts;
  } cap[] = {
    { "quic29-retry.hex", PP_OK, "localhost", 1, true, 1, 1 },
    { "quic27.hex", PP_OK, "play.google.com", 1, true, 0, 0 },
    { "quicv2.hex", PP_OK, "test", 1, true, 0, 0 },
    { "chrome-crazy.hex", PP_OK, "update.googleapis.com", 1, true, 0, 0 },
    { "different-dcid.hex", PP_OK, "cdnjs.cloudflare.com", 1, true, 1, 0 },
    { "0rtt-first.hex", PP_OK, "ssl.gstatic.com", 3, true, 0, 0 },
    { "draft28-0rtt.hex", PP_OK, "abcd", 1, true, 0, 0 },
    { "google-meet.hex", PP_OK, "meet.google.com", 1, true, 0, 0 },
    { "mvfst27.hex", PP_OK, "graph.facebook.com", 1, true, 0, 0 },
    { "gquic-q.hex", PP_ENOTSUP, "", 1, false, 0, 0 },
  };
  size_t i, j;
  for(i = 0; i < PP_ARRAY_LEN(cap); i++) {
    struct hexfile h;
    struct tls_hello_info info;
    struct quic_ctx *q;
    struct quic_stats st;
    int rc = PP_EAGAIN;
    if(hex_load(cap[i].file, false, &h)) {
      ok(0, "load %s", cap[i].file);
      continue;
    }
    q = quic_ctx_new();
    for(j = 0; j < h.n; j++) {
      rc = quic_feed(q, h.line[j], h.len[j], &info);
      if(rc != PP_EAGAIN)
        break;
    }
    is_int(rc, cap[i].want, "%s: result", cap[i].file);
    is_str(rc == PP_OK ? info.sni : "", cap[i].sni, "%s: SNI", cap[i].file);
    is_int(j + 1, cap[i].at, "%s: decided at datagram %zu", cap[i].file,
           j + 1);
    /* Feeding every datagram of the flow never changes the answer. */
    for(j++; j < h.n && rc == PP_OK; j++) {
      int again = quic_feed(q, h.line[j], h.len[j], &info);
      if(again != PP_OK || strcmp(info.sni, cap[i].sni))
        rc = again;
    }
    is_int(rc, cap[i].want, "%s: the rest of the flow agrees", cap[i].file);
    quic_ctx_stats(q, &st);
    ok(info.complete == cap[i].complete &&
       st.dcid_fallback == cap[i].fallback && st.restarts == cap[i].restarts
       && st.auth_failed == 0,
       "%s: complete %d, fallback %llu, restarts %llu, auth failures %llu",
       cap[i].file, info.complete, (unsigned long long)st.dcid_fallback,
       (unsigned long long)st.restarts, (unsigned long long)st.auth_failed);
    quic_ctx_free(q);
    if(h.n > 1) {
      /* Backwards, the datagrams still end in the same name (a packet
       * under keys not yet known is lost, not misread). */
      q = quic_ctx_new();
      for(j = h.n; j > 0; j--)
        rc = quic_feed(q, h.line[j - 1], h.len[j - 1], &info);
      ok(rc == cap[i].want && !strcmp(info.sni, cap[i].sni),
         "%s: backwards: %d %s", cap[i].file, rc, info.sni);
      quic_ctx_free(q);
    }
    hex_free(&h);
  }
}

int main(void)
{
  test_keys();
  test_rfc_packets();
  test_roundtrip(QUIC_VERSION_1);
  test_roundtrip(QUIC_VERSION_2);
  test_roundtrip(0xff00001d);
  test_coalesced(QUIC_VERSION_1);
  test_coalesced(QUIC_VERSION_2);
  test_dcid_change();
  test_bad();
  test_partial_then_bad();
  test_frames();
  test_limits();
  test_big_packet();
  test_alloc_failures();
  test_captures();
  return tap_done();
}
