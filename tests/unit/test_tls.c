/*
 * tests/unit/test_tls.c: the TLS ClientHello parser (capture/tls.c).
 *
 * Built ClientHellos (every field, GREASE, bad lengths, bad names), the
 * record layer (splitting, partial input, other content types), and real
 * ClientHellos from captures (tests/data/tls/, see its README): each one
 * whole, in every prefix, and re-split into records of many sizes.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"
#include "testutil.h"

#include "pp_err.h"
#include "tls.h"

#define BUF_MAX 32768
#define SCRATCH 16384

/* ---- helpers --------------------------------------------------------- */

/*
 * Read tests/data/tls/<name>: '#' lines are comments, the other lines are
 * TCP segments in hex, joined into one client stream in out.  Returns
 * its length (0 on error); *first gets the length of the first segment.
 */
static size_t stream_load(const char *name, uint8_t *out, size_t cap,
                          size_t *first)
{
  char path[2048];
  FILE *f;
  size_t n = 0;
  int c, hi = -1;
  bool comment = false, bol = true;
  snprintf(path, sizeof(path), "%s/tests/data/tls/%s", test_srcdir(__FILE__), name);
  f = fopen(path, "rb");
  if(!f)
    return 0;
  *first = 0;
  while((c = getc(f)) != EOF) {
    int v;
    if(bol && c == '#')
      comment = true;
    bol = c == '\n';
    if(c == '\n') {
      if(!comment && n && !*first)
        *first = n;
      comment = false;
      continue;
    }
    if(comment || (v = test_hexval(c)) < 0)
      continue;
    if(hi < 0) {
      hi = v;
      continue;
    }
    if(n == cap) {
      fclose(f);
      return 0;
    }
    out[n++] = (uint8_t)(hi << 4 | v);
    hi = -1;
  }
  fclose(f);
  return n;
}

static size_t put16(uint8_t *p, unsigned v)
{
  p[0] = (uint8_t)(v >> 8);
  p[1] = (uint8_t)v;
  return 2;
}

/* A ClientHello under construction. */
struct hello {
  uint8_t b[BUF_MAX];
  size_t n;
  size_t ext_at;    /* where the extensions length goes */
};

static void hello_start(struct hello *h, unsigned version)
{
  size_t i;
  h->n = 4;
  h->n += put16(h->b + h->n, version);
  for(i = 0; i < 32; i++)
    h->b[h->n++] = (uint8_t)(0xa0 + i);
  h->b[h->n++] = 32;                            /* session id */
  for(i = 0; i < 32; i++)
    h->b[h->n++] = (uint8_t)i;
  h->n += put16(h->b + h->n, 8);
  h->n += put16(h->b + h->n, 0x0a0a);           /* GREASE */
  h->n += put16(h->b + h->n, 0x1301);
  h->n += put16(h->b + h->n, 0xc02f);
  h->n += put16(h->b + h->n, 0x00ff);
  h->b[h->n++] = 1;
  h->b[h->n++] = 0;
  h->ext_at = h->n;
  h->n += 2;
}

static void hello_ext(struct hello *h, unsigned type, const void *data,
                      size_t len)
{
  h->n += put16(h->b + h->n, type);
  h->n += put16(h->b + h->n, (unsigned)len);
  if(len)
    memcpy(h->b + h->n, data, len);
  h->n += len;
}

static void hello_sni(struct hello *h, const char *name, size_t len)
{
  uint8_t e[600];
  size_t n = 0;
  n += put16(e, (unsigned)(len + 3));
  e[n++] = 0;
  n += put16(e + n, (unsigned)len);
  memcpy(e + n, name, len);
  hello_ext(h, 0, e, n + len);
}

/* Fill in the lengths; returns the message size. */
static size_t hello_end(struct hello *h)
{
  put16(h->b + h->ext_at, (unsigned)(h->n - h->ext_at - 2));
  h->b[0] = 1;
  h->b[1] = (uint8_t)((h->n - 4) >> 16);
  h->b[2] = (uint8_t)((h->n - 4) >> 8);
  h->b[3] = (uint8_t)(h->n - 4);
  return h->n;
}

/* A typical hello: GREASE, versions, ALPN, padding, ECH, name. */
static size_t hello_typical(struct hello *h, const char *sni)
{
  static const uint8_t vers[] = { 6, 0x1a, 0x1a, 0x03, 0x04, 0x03, 0x03 };
  static const uint8_t alpn[] = { 0, 12, 2, 'h', '2', 8, 'h', 't', 't', 'p',
                                  '/', '1', '.', '1' };
  static const uint8_t ech[8] = { 0 };
  uint8_t pad[300] = { 0 };
  hello_start(h, 0x0303);
  hello_ext(h, 0xdada, NULL, 0);                 /* GREASE, empty */
  hello_ext(h, 43, vers, sizeof(vers));
  hello_ext(h, 16, alpn, sizeof(alpn));
  hello_ext(h, 21, pad, sizeof(pad));
  hello_sni(h, sni, strlen(sni));
  hello_ext(h, 0xfe0d, ech, sizeof(ech));
  hello_ext(h, 0x4a4a, "\x00", 1);               /* GREASE, 1 byte */
  return hello_end(h);
}

/* Wrap a handshake message in records of at most `rec` bytes. */
static size_t records(const uint8_t *hs, size_t len, size_t rec,
                      uint8_t *out)
{
  size_t n = 0, off;
  for(off = 0; off < len; off += rec) {
    size_t k = PP_MIN(rec, len - off);
    out[n++] = 22;
    out[n++] = 3;
    out[n++] = off ? 3 : 1;
    n += put16(out + n, (unsigned)k);
    memcpy(out + n, hs + off, k);
    n += k;
  }
  return n;
}

/* ---- built hellos ----------------------------------------------------- */

static void test_fields(void)
{
  static struct hello h;
  struct tls_hello_info info;
  size_t n = hello_typical(&h, "www.example.com");
  is_int(tls_parse_hello(h.b, n, &info), PP_OK, "typical hello");
  ok(info.has_sni && info.sni_valid && info.complete, "SNI, valid, complete");
  is_str(info.sni, "www.example.com", "SNI");
  is_str(info.alpn, "h2,http/1.1", "ALPN");
  ok(info.tls13 && info.has_ech && !info.has_esni, "TLS 1.3, ECH, no ESNI");
  is_int(info.legacy_version, 0x0303, "legacy_version");
  /* Bytes after the message (the next message) are ignored. */
  memset(h.b + n, 0x14, 10);
  is_int(tls_parse_hello(h.b, n + 10, &info), PP_OK, "trailing bytes");
  is_int(tls_parse_hello(NULL, 0, &info), PP_EAGAIN, "nothing: EAGAIN");
  is_int(tls_parse_hello(h.b, n, NULL), PP_EINVAL, "NULL info");

  /* No extensions at all (SSL 3.0 style). */
  hello_start(&h, 0x0300);
  h.n -= 2;
  h.b[1] = 0;
  h.b[2] = 0;
  h.b[3] = (uint8_t)(h.n - 4);
  is_int(tls_parse_hello(h.b, h.n, &info), PP_OK, "no extensions");
  ok(!info.has_sni && info.complete, "... complete, no SNI");
  is_int(tls_parse_hello(h.b, h.n - 1, &info), PP_EAGAIN,
         "... cut in compression methods");

  /* An empty server_name (as servers echo it): no name, not an error. */
  hello_start(&h, 0x0303);
  hello_ext(&h, 0, NULL, 0);
  n = hello_end(&h);
  is_int(tls_parse_hello(h.b, n, &info), PP_OK, "empty server_name");
  ok(!info.has_sni && info.complete, "... no name");

  /* ESNI, no name. */
  hello_start(&h, 0x0303);
  hello_ext(&h, 0xffce, "esni", 4);
  n = hello_end(&h);
  is_int(tls_parse_hello(h.b, n, &info), PP_OK, "ESNI hello");
  ok(info.has_esni && !info.has_sni && info.complete && !info.tls13,
     "... ESNI, no SNI");

  /* Several names: the first host_name counts; other types skipped. */
  {
    static const uint8_t list[] = {
      0, 23, 1, 0, 3, 'a', 'b', 'c', 0, 0, 5, 'f', 'i', 'r', 's', 't',
      0, 0, 6, 's', 'e', 'c', 'o', 'n', 'd'
    };
    uint8_t e[64];
    memcpy(e, list, sizeof(list));
    hello_start(&h, 0x0303);
    hello_ext(&h, 0, e, sizeof(list) - 0);
    hello_ext(&h, 0, "\x00\x04\x00\x00\x01z", 6);   /* repeated: ignored */
    n = hello_end(&h);
    is_int(tls_parse_hello(h.b, n, &info), PP_OK, "name list");
    is_str(info.sni, "first", "first host_name");
  }

  /* Long ALPN lists are cut; odd bytes shown as '?'. */
  {
    uint8_t a[200];
    size_t k, m = 2;
    for(k = 0; k < 20; k++) {
      a[m++] = 5;
      memcpy(a + m, "ab,\x01z", 5);
      m += 5;
    }
    put16(a, (unsigned)(m - 2));
    hello_start(&h, 0x0303);
    hello_ext(&h, 16, a, m);
    n = hello_end(&h);
    is_int(tls_parse_hello(h.b, n, &info), PP_OK, "long ALPN");
    is_int(strlen(info.alpn), TLS_ALPN_MAX, "ALPN cut at TLS_ALPN_MAX");
    ok(!strncmp(info.alpn, "ab??z,ab??z", 11), "ALPN text: %s", info.alpn);
  }
}

static void test_names(void)
{
  static const struct {
    const char *name;
    size_t len;
    bool valid;
  } v[] = {
    { "a", 1, true },
    { "xn--bcher-kva.example", 21, true },
    { "", 0, false },
    { "has space.com", 13, false },
    { "nul\0.com", 8, false },
    { "ctl\x01.com", 8, false },
    { "del\x7f.com", 8, false },
    { "high\x80.com", 9, false },
    { "tab\t.com", 8, false },
  };
  static struct hello h;
  struct tls_hello_info info;
  char big[300];
  size_t i, n;
  for(i = 0; i < PP_ARRAY_LEN(v); i++) {
    hello_start(&h, 0x0303);
    hello_sni(&h, v[i].name, v[i].len);
    n = hello_end(&h);
    is_int(tls_parse_hello(h.b, n, &info), PP_OK, "name %zu parses", i);
    ok(info.has_sni && info.sni_valid == v[i].valid, "name %zu: valid %d",
       i, v[i].valid);
  }
  memset(big, 'a', sizeof(big));
  for(n = 254; n <= 257; n++) {
    size_t m;
    hello_start(&h, 0x0303);
    hello_sni(&h, big, n);
    m = hello_end(&h);
    is_int(tls_parse_hello(h.b, m, &info), PP_OK, "%zu-byte name", n);
    ok(info.sni_valid == (n <= TLS_SNI_MAX) &&
       strlen(info.sni) == PP_MIN(n, (size_t)TLS_SNI_MAX),
       "%zu-byte name: valid %d, kept %zu", n, info.sni_valid,
       strlen(info.sni));
  }
}

/* Hellos with one broken length each. */
static void test_malformed(void)
{
  static struct hello h;
  struct tls_hello_info info;
  size_t n, base;
  uint8_t buf[64];

  n = hello_typical(&h, "m.example");
  h.b[4] = 2;                                   /* legacy_version 0x0203 */
  is_int(tls_parse_hello(h.b, n, &info), PP_EMALFORMED, "version 2.3");

  n = hello_typical(&h, "m.example");
  h.b[38] = 33;                                 /* session id > 32 */
  is_int(tls_parse_hello(h.b, n, &info), PP_EMALFORMED, "session id 33");
  is_int(tls_parse_hello(h.b, 40, &info), PP_EMALFORMED,
         "... seen in a prefix");

  n = hello_typical(&h, "m.example");
  h.b[72] = 7;                                  /* cipher suites odd */
  is_int(tls_parse_hello(h.b, n, &info), PP_EMALFORMED, "suites odd");

  n = hello_typical(&h, "m.example");
  h.b[71] = 0;
  h.b[72] = 0;                                  /* no cipher suites */
  is_int(tls_parse_hello(h.b, n, &info), PP_EMALFORMED, "no suites");

  n = hello_typical(&h, "m.example");
  h.b[81] = 0;                                  /* no compression */
  is_int(tls_parse_hello(h.b, n, &info), PP_EMALFORMED, "no compression");

  base = hello_typical(&h, "m.example");
  h.b[h.ext_at + 1]++;                          /* extensions too long */
  is_int(tls_parse_hello(h.b, base, &info), PP_EMALFORMED, "exts too long");
  h.b[h.ext_at + 1] -= 2;                       /* too short */
  is_int(tls_parse_hello(h.b, base, &info), PP_EMALFORMED, "exts short");

  base = hello_typical(&h, "m.example");
  h.b[3] += 3;                                  /* message longer */
  is_int(tls_parse_hello(h.b, base, &info), PP_EMALFORMED,
         "message 3 bytes longer than its extensions");

  /* An extension that runs past the block. */
  hello_start(&h, 0x0303);
  hello_ext(&h, 0, NULL, 0);
  n = hello_end(&h);
  h.b[n - 1] = 9;
  is_int(tls_parse_hello(h.b, n, &info), PP_EMALFORMED, "extension overrun");

  /* server_name list length wrong, name past the list, ALPN empty id,
   * versions odd. */
  {
    static const struct {
      unsigned type;
      const char *data;
      size_t len;
      const char *what;
    } e[] = {
      { 0, "\x00\x09\x00\x00\x03" "abc", 8, "SNI list length" },
      { 0, "\x00\x06\x00\x00\x09" "abc", 8, "SNI name length" },
      { 0, "\x00\x00", 2, "SNI empty list" },
      { 16, "\x00\x03\x00\x01" "a", 5, "ALPN empty id" },
      { 16, "\x00\x05\x02" "h2", 5, "ALPN list length" },
      { 43, "\x03\x03\x04\x03", 4, "versions odd" },
      { 43, "\x04\x03\x04", 3, "versions short" },
    };
    size_t i;
    for(i = 0; i < PP_ARRAY_LEN(e); i++) {
      hello_start(&h, 0x0303);
      hello_ext(&h, e[i].type, e[i].data, e[i].len);
      n = hello_end(&h);
      is_int(tls_parse_hello(h.b, n, &info), PP_EMALFORMED, "%s", e[i].what);
    }
  }

  /* Handshake types. */
  memcpy(buf, "\x02\x00\x00\x26\x03\x03", 6);
  is_int(tls_parse_hello(buf, 6, &info), PP_ENOTFOUND, "ServerHello");
  buf[0] = 11;
  is_int(tls_parse_hello(buf, 1, &info), PP_ENOTFOUND, "Certificate");
  buf[0] = 99;
  is_int(tls_parse_hello(buf, 6, &info), PP_EMALFORMED, "type 99");
  memcpy(buf, "\x01\x01\x00\x01", 4);
  is_int(tls_parse_hello(buf, 4, &info), PP_ELIMIT, "64 KB + 1: ELIMIT");
  memcpy(buf, "\x01\x00\x00\x10\x03\x03", 6);
  is_int(tls_parse_hello(buf, 6, &info), PP_EMALFORMED,
         "16-byte body cannot hold version and random");
}

static void test_records(void)
{
  static struct hello h;
  static uint8_t rec[BUF_MAX], scratch[SCRATCH];
  static const size_t sizes[] = { 1, 2, 3, 4, 5, 7, 64, 100, 333, 1000 };
  struct tls_hello_info info;
  size_t n = hello_typical(&h, "records.example"), r, i;
  int rc;
  bool same = true;

  for(i = 0; i < PP_ARRAY_LEN(sizes); i++) {
    r = records(h.b, n, sizes[i], rec);
    rc = tls_parse_records(rec, r, scratch, sizeof(scratch), &info);
    if(rc != PP_OK || strcmp(info.sni, "records.example") || !info.complete)
      same = false;
  }
  ok(same, "records of 1..1000 bytes: same hello");

  /* Records of 7 bytes, every prefix of the stream. */
  r = records(h.b, n, 7, rec);
  same = true;
  for(i = 0; i < r; i++) {
    rc = tls_parse_records(rec, i, scratch, sizeof(scratch), &info);
    if(!(rc == PP_EAGAIN ||
         (rc == PP_OK && !strcmp(info.sni, "records.example"))))
      same = false;
  }
  ok(same, "every prefix of 7-byte records: EAGAIN or the SNI");

  /* Scratch too small: the SNI ends at byte 446 of 463, so found; with a
   * 100-byte scratch it is not. */
  r = records(h.b, n, 50, rec);
  is_int(tls_parse_records(rec, r, scratch, 450, &info), PP_OK,
         "small scratch, SNI in it");
  ok(!info.complete, "... not complete");
  is_int(tls_parse_records(rec, r, scratch, 100, &info), PP_ELIMIT,
         "scratch of 100: ELIMIT");
  is_int(tls_parse_records(rec, r, NULL, 0, &info), PP_ELIMIT,
         "no scratch: ELIMIT");
  r = records(h.b, n, 16384, rec);
  is_int(tls_parse_records(rec, r, NULL, 0, &info), PP_OK,
         "one record needs no scratch");

  /* Damaged record layers. */
  r = records(h.b, n, 100, rec);
  rec[105] = 23;                                /* 2nd record: app data */
  is_int(tls_parse_records(rec, r, scratch, sizeof(scratch), &info),
         PP_EMALFORMED, "application data inside the hello");
  r = records(h.b, n, 100, rec);
  rec[106] = 2;
  is_int(tls_parse_records(rec, r, scratch, sizeof(scratch), &info),
         PP_EMALFORMED, "record version 2.x");
  r = records(h.b, n, 100, rec);
  rec[108] = 0;
  rec[109] = 0;
  is_int(tls_parse_records(rec, r, scratch, sizeof(scratch), &info),
         PP_EMALFORMED, "empty handshake record");
  memcpy(rec, "\x16\x03\x01\x40\x01", 5);
  is_int(tls_parse_records(rec, 5, scratch, sizeof(scratch), &info),
         PP_EMALFORMED, "record over 2^14");
  is_int(tls_parse_records((const uint8_t *)"GET / HTTP/1.1\r\n", 16, scratch,
                           sizeof(scratch), &info), PP_EMALFORMED, "HTTP");
  is_int(tls_parse_records((const uint8_t *)"\x16\x03", 2, scratch,
                           sizeof(scratch), &info), PP_EAGAIN,
         "2 bytes of a record");
  is_int(tls_parse_records((const uint8_t *)"\x16\x02", 2, scratch,
                           sizeof(scratch), &info), PP_EMALFORMED,
         "2 bytes, version 2");
  is_int(tls_parse_records((const uint8_t *)"\x16\x03\x05", 3, scratch,
                           sizeof(scratch), &info), PP_EMALFORMED,
         "version 3.5");
  is_int(tls_parse_records(NULL, 0, scratch, sizeof(scratch), &info),
         PP_EAGAIN, "empty stream");
  is_int(tls_parse_records(rec, 5, scratch, sizeof(scratch), NULL),
         PP_EINVAL, "NULL info");
  /* A partial second header that is wrong. */
  r = records(h.b, n, 100, rec);
  rec[105] = 21;
  is_int(tls_parse_records(rec, 107, scratch, sizeof(scratch), &info),
         PP_EMALFORMED, "alert header after the first record");
  /* A server's first flight. */
  memcpy(rec, "\x16\x03\x03\x00\x06\x02\x00\x00\x26\x03\x03", 11);
  is_int(tls_parse_records(rec, 11, scratch, sizeof(scratch), &info),
         PP_ENOTFOUND, "ServerHello record");

  ok(tls_looks_like_record((const uint8_t *)"\x16\x03\x01", 3), "looks: 3.1");
  ok(tls_looks_like_record((const uint8_t *)"\x16\x03\x04", 3), "looks: 3.4");
  ok(!tls_looks_like_record((const uint8_t *)"\x16\x03\x05", 3), "not 3.5");
  ok(!tls_looks_like_record((const uint8_t *)"\x17\x03\x03", 3), "not 23");
  ok(!tls_looks_like_record((const uint8_t *)"\x16\x02\x00", 3), "not 2.0");
  ok(!tls_looks_like_record((const uint8_t *)"\x16\x03", 2), "2 bytes: no");
  ok(!tls_looks_like_record(NULL, 0), "NULL: no");
}

/* ---- real captures ---------------------------------------------------- */

static void test_captures(void)
{
  static const struct {
    const char *file;
    int want;
    const char *sni;       /* NULL: no server_name */
    bool complete, ech, esni;
  } cap[] = {
    { "dingtalk.hex", PP_OK, "static.dingtalk.com", true, false, false },
    { "tls-ech.hex", PP_OK, "performance.radar.cloudflare.com", true, true,
      false },
    { "esni.hex", PP_OK, NULL, true, false, true },
    { "esni-sni-both.hex", PP_OK,
      "these-are-not-the-droids-youre-looking-for.com", true, false, true },
    { "huge-ch.hex", PP_OK, NULL, true, false, false },
    { "missing-frag.hex", PP_OK, "r1---sn-5f5nxgvh5o-hjul.googlevideo.com",
      false, false, false },
  };
  static uint8_t s[BUF_MAX], rec[8 * BUF_MAX], scratch[SCRATCH];
  static const size_t sizes[] = { 1, 3, 5, 17, 256, 1000, 4096 };
  size_t i, j, first;
  for(i = 0; i < PP_ARRAY_LEN(cap); i++) {
    struct tls_hello_info info;
    size_t n = stream_load(cap[i].file, s, sizeof(s), &first), hs_len;
    const char *want = cap[i].sni ? cap[i].sni : "";
    bool good = true;
    int rc;
    if(!n) {
      ok(0, "load %s", cap[i].file);
      continue;
    }
    rc = tls_parse_records(s, n, scratch, sizeof(scratch), &info);
    is_int(rc, cap[i].want, "%s: result", cap[i].file);
    is_str(info.sni, want, "%s: SNI", cap[i].file);
    ok(info.has_sni == (cap[i].sni != NULL) && info.complete ==
       cap[i].complete && info.has_ech == cap[i].ech &&
       info.has_esni == cap[i].esni && (!cap[i].sni || info.sni_valid),
       "%s: has_sni %d complete %d ech %d esni %d tls13 %d alpn '%s'",
       cap[i].file, info.has_sni, info.complete, info.has_ech,
       info.has_esni, info.tls13, info.alpn);
    if(first < n) {
      rc = tls_parse_records(s, first, scratch, sizeof(scratch), &info);
      ok(rc == PP_EAGAIN || (rc == PP_OK && !strcmp(info.sni, want)),
         "%s: first segment (%zu bytes) alone: %d", cap[i].file, first, rc);
    }

    /* Every prefix: EAGAIN or the right name, never anything else. */
    for(j = 0; j < n && good; j++) {
      rc = tls_parse_records(s, j, scratch, sizeof(scratch), &info);
      if(!(rc == PP_EAGAIN || (rc == PP_OK && info.has_sni &&
                               !strcmp(info.sni, want))))
        good = false;
    }
    ok(good, "%s: all %zu stream prefixes: EAGAIN or the SNI (%zu)",
       cap[i].file, n, j);

    /* The handshake message itself (one record in all these files), and
     * every prefix of it. */
    hs_len = n - 5;
    good = true;
    for(j = 0; j <= hs_len && good; j++) {
      rc = tls_parse_hello(s + 5, j, &info);
      if(!(rc == PP_EAGAIN || (rc == PP_OK && !strcmp(info.sni, want) &&
                               (info.has_sni || j == hs_len))))
        good = false;
    }
    ok(good, "%s: all handshake prefixes: EAGAIN or the SNI", cap[i].file);

    /* Re-split into records of other sizes. */
    good = true;
    for(j = 0; j < PP_ARRAY_LEN(sizes); j++) {
      size_t r = records(s + 5, hs_len, sizes[j], rec);
      rc = tls_parse_records(rec, r, scratch, sizeof(scratch), &info);
      if(rc != cap[i].want || strcmp(info.sni, want) ||
         info.complete != cap[i].complete)
        good = false;
    }
    ok(good, "%s: same answer in records of 1..4096 bytes", cap[i].file);
  }
}

int main(void)
{
  test_fields();
  test_names();
  test_malformed();
  test_records();
  test_captures();
  return tap_done();
}
