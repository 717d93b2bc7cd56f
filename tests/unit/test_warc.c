/*
 * test_warc.c: WARC 1.1 files (classify/warc.c) and archived HTTP
 * messages (classify/httpmsg.c).
 *
 * Dates, record ids, base32 and digest labels; HTTP split, dechunking and
 * content decoding (with bombs); the writer's refusals (CR LF injection,
 * long URIs, bad addresses); a write -> read round trip of every record
 * type with digests against constants computed elsewhere; seeking to the
 * offsets the writer returns; rotation; the .open -> final name rename
 * (also after a crash); a failed write cut back; allocation failures;
 * damaged input (cut at every offset, garbage, corrupt gzip, wrong
 * Content-Length, bombs, nested damage crafted to be read again and
 * again) in both compressed and plain form; what other tools write
 * (WARC/1.0, LF-only, folded lines, one gzip stream, gzip header extras,
 * concatenated files); an independent Python check of our files
 * (tests/data/warc/check_warc.py); and files written by
 * `wget --warc-file` against a local server (skipped without wget or
 * python3).
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"
#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "httpmsg.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "warc.h"

#define SHA256_ABC "sha256:XJ4BNP4PAHH6UQKBIDPF3LRCEOYAGYNDSYLXVHFUCD7WD4" \
                   "QACWWQ===="
#define SHA256_HELLO "sha256:376WAIN3FPK3BL3HMKIIBHWDUUYZDXMBY73QUSZINCFD" \
                     "MIMCTBXQ===="
#define T_REC 1795887662123456ull     /* 2026-11-28T17:41:02.123456Z */

static char dir[64];
static const char *python;            /* NULL: no python3 */

static const char *in_dir(const char *name)
{
  static char path[4][512];
  static int i;
  i = (i + 1) % 4;
  snprintf(path[i], sizeof(path[i]), "%s/%s", dir, name);
  return path[i];
}

static uint8_t *read_file(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  uint8_t *buf = NULL;
  long n;
  *len = 0;
  if(!f)
    return NULL;
  if(!fseek(f, 0, SEEK_END) && (n = ftell(f)) >= 0 &&
     !fseek(f, 0, SEEK_SET) && (buf = malloc((size_t)n + 1)) &&
     fread(buf, 1, (size_t)n, f) == (size_t)n)
    *len = (size_t)n;
  fclose(f);
  return buf;
}

static void write_file(const char *path, const void *p, size_t n)
{
  FILE *f = fopen(path, "wb");
  if(f) {
    fwrite(p, 1, n, f);
    fclose(f);
  }
}

/* Names in folder d ending in suffix, sorted; returns how many. */
static int list_dir(const char *d, const char *suffix, char names[][128],
                    int max)
{
  DIR *dp = opendir(d);
  struct dirent *e;
  int n = 0, i, j;
  if(!dp)
    return -1;
  while((e = readdir(dp))) {
    size_t l = strlen(e->d_name), sl = strlen(suffix);
    if(l > sl && !strcmp(e->d_name + l - sl, suffix) && n < max)
      snprintf(names[n++], 128, "%s", e->d_name);
  }
  closedir(dp);
  for(i = 1; i < n; i++)
    for(j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
      char t[128];
      memcpy(t, names[j], 128);
      memcpy(names[j], names[j - 1], 128);
      memcpy(names[j - 1], t, 128);
    }
  return n;
}

/* Does rec's block hold text? */
static bool has(const struct warc_record *rec, const char *text)
{
  size_t i, n = strlen(text);
  for(i = 0; rec->block && i + n <= rec->block_len; i++)
    if(!memcmp(rec->block + i, text, n))
      return true;
  return false;
}

/* Pseudo-random printable bytes (xorshift), deterministic. */
static void noise(uint8_t *p, size_t n, uint64_t seed)
{
  uint64_t x = seed | 1;
  while(n--) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *p++ = (uint8_t)(' ' + x % 94);
  }
}

/* gzip (one member) of p[0..n) with an optional gzip header. */
static uint8_t *gz(const void *p, size_t n, size_t *out_len, gz_header *hd)
{
  z_stream zs;
  uLong cap = compressBound((uLong)n) + 256;
  uint8_t *out = malloc(cap);
  memset(&zs, 0, sizeof(zs));
  deflateInit2(&zs, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
  if(hd)
    deflateSetHeader(&zs, hd);
  zs.next_in = (Bytef *)(uintptr_t)p;
  zs.avail_in = (uInt)n;
  zs.next_out = out;
  zs.avail_out = (uInt)cap;
  deflate(&zs, Z_FINISH);
  *out_len = zs.total_out;
  deflateEnd(&zs);
  return out;
}

/* ---- reading a whole input into a summary ------------------------------ */

#define SEQ_MAX 600
struct seq {
  int n, ok, errors, last;
  int rc[SEQ_MAX];
  enum warc_type type[SEQ_MAX];
  char id[SEQ_MAX][WARC_ID_SIZE];
  uint64_t off[SEQ_MAX], inm[SEQ_MAX];
  struct warc_reader_stats st;
};

/* Read until PP_ENOENT (or a stop error) into s; s->last: the last rc. */
static void read_seq(struct warc_reader *r, struct seq *s)
{
  struct warc_record rec;
  memset(s, 0, sizeof(*s));
  while(s->n < SEQ_MAX) {
    int rc = warc_next(r, &rec);
    s->last = rc;
    if(rc == PP_ENOENT || rc == PP_EIO || rc == PP_ENOMEM)
      break;
    s->rc[s->n] = rc;
    s->type[s->n] = rec.type;
    snprintf(s->id[s->n], WARC_ID_SIZE, "%s",
             rec.record_id ? rec.record_id : "");
    s->off[s->n] = rec.offset;
    s->inm[s->n] = rec.offset_in_member;
    if(rc == PP_OK)
      s->ok++;
    else
      s->errors++;
    s->n++;
  }
  warc_reader_stats(r, &s->st);
}

static void read_mem(const void *p, size_t n,
                     const struct warc_reader_opts *o, struct seq *s)
{
  struct warc_reader *r;
  memset(s, 0, sizeof(*s));
  if(warc_reader_open_mem(p, n, o, &r)) {
    s->last = PP_ENOMEM;
    return;
  }
  read_seq(r, s);
  warc_reader_close(r);
}

/* ids of the records read OK, in order, equal want[0..n)? */
static bool ok_ids(const struct seq *s, char want[][WARC_ID_SIZE], int n)
{
  int i, k = 0;
  for(i = 0; i < s->n; i++)
    if(s->rc[i] == PP_OK && (k >= n || strcmp(s->id[i], want[k++])))
      return false;
  return k == n;
}

/* ---- plain records built by hand --------------------------------------- */

static char test_id[16][WARC_ID_SIZE];

static void make_ids(void)
{
  int i;
  for(i = 0; i < 16; i++)
    snprintf(test_id[i], WARC_ID_SIZE,
             "<urn:uuid:00000000-0000-4000-8000-%012d>", i);
}

/* Append record i (resource, block "record i: " + filler) to buf. */
static size_t plain_rec(char *buf, size_t at, size_t cap, int i, int cl_fix)
{
  char block[200];
  int bl = snprintf(block, sizeof(block), "record %d: %.*s", i, 20 + 7 * i,
                    "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnop"
                    "qrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz");
  int n = snprintf(buf + at, cap - at,
                   "WARC/1.1\r\nWARC-Type: resource\r\n"
                   "WARC-Record-ID: %s\r\n"
                   "WARC-Date: 2026-11-28T17:41:0%dZ\r\n"
                   "WARC-Target-URI: http://example.vn/%d\r\n"
                   "Content-Type: text/plain\r\n"
                   "Content-Length: %d\r\n\r\n%s\r\n\r\n",
                   test_id[i], i % 10, i, bl + cl_fix, block);
  return at + (size_t)n;
}

/* ---- dates, ids, base32, digest labels --------------------------------- */

static void test_dates(void)
{
  char s[WARC_DATE_SIZE];
  pp_usec_t t = 0;
  is_int(warc_date_format(0, s), PP_OK, "format epoch");
  is_str(s, "1970-01-01T00:00:00.000000Z", "epoch text");
  warc_date_format(T_REC, s);
  is_str(s, "2026-11-28T17:41:02.123456Z", "microseconds written");
  is_int(warc_date_parse(s, &t), PP_OK, "parse it back");
  ok(t == T_REC, "round trip to the microsecond");
  is_int(warc_date_parse("2026-11-28T17:41:02Z", &t), PP_OK, "seconds");
  ok(t == T_REC / 1000000 * 1000000, "seconds value");
  is_int(warc_date_parse("2026-11-28T17:41:02.123456789Z", &t), PP_OK,
         "nine fraction digits");
  ok(t == T_REC, "nanoseconds cut to microseconds");
  is_int(warc_date_parse("2026-11-28T17:41Z", &t), PP_OK, "minutes");
  is_int(warc_date_parse("2026-11-28", &t), PP_OK, "day");
  ok(t == T_REC / 86400000000ull * 86400000000ull, "day value");
  is_int(warc_date_parse("2026", &t), PP_OK, "year");
  is_int(warc_date_parse("2024-02-29T00:00:00Z", &t), PP_OK, "leap day");
  is_int(warc_date_parse("2026-02-29T00:00:00Z", &t), PP_EMALFORMED,
         "no Feb 29 in 2026");
  is_int(warc_date_parse("2026-13-01T00:00:00Z", &t), PP_EMALFORMED,
         "month 13");
  is_int(warc_date_parse("2026-11-28T17:41:02", &t), PP_EMALFORMED,
         "no Z");
  is_int(warc_date_parse("2026-11-28T17Z", &t), PP_EMALFORMED, "hour only");
  is_int(warc_date_parse("2026-11-28T17:41:02.1234567890Z", &t),
         PP_EMALFORMED, "ten fraction digits");
  is_int(warc_date_parse("2026-11-28T17:41:02.Z", &t), PP_EMALFORMED,
         "empty fraction");
  is_int(warc_date_parse("1969-12-31T23:59:59Z", &t), PP_ERANGE,
         "before 1970");
  is_int(warc_date_parse("", &t), PP_EMALFORMED, "empty");
  is_int(warc_date_format(253402300800ull * 1000000, s), PP_ERANGE,
         "year 10000");
}

static void test_ids_and_digests(void)
{
  static const char *const b32v[][2] = {
    { "", "" }, { "f", "MY======" }, { "fo", "MZXQ====" },
    { "foo", "MZXW6===" }, { "foob", "MZXW6YQ=" }, { "fooba", "MZXW6YTB" },
    { "foobar", "MZXW6YTBOI======" },
  };
  char a[WARC_ID_SIZE], b[WARC_ID_SIZE], out[64];
  uint8_t raw[64];
  size_t i, len;
  int alg, good = 1;

  is_int(warc_record_id_new(a), PP_OK, "record id");
  warc_record_id_new(b);
  ok(strlen(a) == 47 && !strncmp(a, "<urn:uuid:", 10) && a[46] == '>' &&
     a[24] == '4' && strchr("89ab", a[29]) && a[18] == '-',
     "uuid v4 syntax: %s", a);
  ok(strcmp(a, b), "ids differ");
  for(i = 0; i < PP_ARRAY_LEN(b32v); i++) {
    warc_base32((const uint8_t *)b32v[i][0], strlen(b32v[i][0]), out,
                sizeof(out));
    good &= !strcmp(out, b32v[i][1]);
  }
  ok(good, "RFC 4648 base32 test vectors");
  is_int(warc_base32(raw, 32, out, 56), 0, "base32 refuses a short buffer");

  is_int(warc_digest_decode("sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5", &alg,
                            raw, &len), PP_OK, "sha1 base32");
  ok(len == 20 && raw[0] == 0xa9 && raw[19] == 0x9d, "sha1 of abc");
  is_int(warc_digest_decode("SHA1:a9993e364706816aba3e25717850c26c9cd0d89d",
                            &alg, raw, &len), PP_OK, "sha1 hex, any case");
  ok(raw[0] == 0xa9 && raw[19] == 0x9d, "same digest");
  is_int(warc_digest_decode("sha1:vgmt4nsha2awvor6evyxqugcnsonbwe5", &alg,
                            raw, &len), PP_OK, "lowercase base32");
  is_int(warc_digest_decode(SHA256_ABC, &alg, raw, &len), PP_OK,
         "sha256 padded");
  ok(len == 32 && raw[0] == 0xba && raw[31] == 0xad, "sha256 of abc");
  is_int(warc_digest_decode("sha-256:XJ4BNP4PAHH6UQKBIDPF3LRCEOYAGYNDSYLXVH"
                            "FUCD7WD4QACWWQ", &alg, raw, &len), PP_OK,
         "sha-256 unpadded");
  is_int(warc_digest_decode("blake3:AAAA", &alg, raw, &len), PP_ENOTSUP,
         "unknown algorithm");
  is_int(warc_digest_decode("sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE", &alg,
                            raw, &len), PP_EMALFORMED, "short value");
  is_int(warc_digest_decode("sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5AA", &alg,
                            raw, &len), PP_EMALFORMED, "long value");
  is_int(warc_digest_decode("sha1:VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE1", &alg,
                            raw, &len), PP_EMALFORMED, "not base32");
  is_int(warc_digest_decode("sha1", &alg, raw, &len), PP_EMALFORMED,
         "no colon");
  is_str(warc_type_name(WARC_REVISIT), "revisit", "type names");
  is_str(warc_digest_check_name(WARC_DIGEST_OK_CHUNKED), "ok-chunked",
         "check names");
}

/* ---- HTTP messages ----------------------------------------------------- */

static const char chunked_resp[] =
  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
  "Transfer-Encoding: gzip, chunked\r\n\r\n"
  "5\r\nHello\r\n8;name=value\r\n, World!\r\n0\r\nX-Trailer: t\r\n\r\n";

static void test_httpmsg(void)
{
  struct httpmsg m;
  const uint8_t *v;
  uint8_t out[64], *dec;
  size_t n, zl, i;
  char big[9000];
  uint8_t *zero, *z;
  const char *s;

  s = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-A:  b  \r\n"
      "Content-Encoding: GZIP\r\n\r\nbody";
  is_int(httpmsg_split((const uint8_t *)s, strlen(s), &m), PP_OK,
         "split a response");
  ok(m.response && m.status == 200 && m.n_fields == 3 && m.body_len == 4 &&
     !memcmp(m.body, "body", 4) && m.coding == HTTPMSG_GZIP && !m.chunked,
     "status, fields, body, coding");
  ok(!httpmsg_field(&m, "x-a", &v, &n) && n == 1 && v[0] == 'b',
     "field lookup, trimmed");
  is_int(httpmsg_field(&m, "x-b", &v, &n), PP_ENOTFOUND, "absent field");
  s = "GET /a?b HTTP/1.1\nHost: x\n\n";
  ok(!httpmsg_split((const uint8_t *)s, strlen(s), &m) && !m.response &&
     !m.status && m.body_len == 0, "request, bare LF");
  s = "HTTP/2 301 \r\nLocation: /x\r\n\r\n";
  ok(!httpmsg_split((const uint8_t *)s, strlen(s), &m) && m.status == 301,
     "libcurl's HTTP/2 status line");
  s = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\n"
      "Content-Length: 1\r\n\r\nx";
  ok(!httpmsg_split((const uint8_t *)s, strlen(s), &m) && m.status == 404 &&
     m.body_len == 1, "interim 100 head skipped");
  s = "HTTP/1.1 200 OK\r\njunk line\r\n folded\r\nA: b\r\n\r\n";
  ok(!httpmsg_split((const uint8_t *)s, strlen(s), &m) && m.n_fields == 1,
     "junk lines tolerated");
  s = "HTTP/1.1 200 OK\r\nA: b\r\n";
  is_int(httpmsg_split((const uint8_t *)s, strlen(s), &m), PP_ETRUNC,
         "head not ended");
  s = "<html>HTTP/0.9 style\r\n\r\n";
  is_int(httpmsg_split((const uint8_t *)s, strlen(s), &m), PP_EMALFORMED,
         "no start line");
  s = "HTTP/1.1 20 OK\r\n\r\n";
  is_int(httpmsg_split((const uint8_t *)s, strlen(s), &m), PP_EMALFORMED,
         "two-digit status");
  n = (size_t)snprintf(big, sizeof(big), "HTTP/1.1 200 OK\r\n");
  for(i = 0; i < HTTPMSG_FIELDS_MAX + 1; i++)
    n += (size_t)snprintf(big + n, sizeof(big) - n, "F%zu: v\r\n", i);
  n += (size_t)snprintf(big + n, sizeof(big) - n, "\r\n");
  is_int(httpmsg_split((const uint8_t *)big, n, &m), PP_ELIMIT,
         "too many fields");
  is_int(httpmsg_split(NULL, 0, &m), PP_ETRUNC, "empty message");
  s = "HTTP/1.1 200 OK\r\nContent-Encoding: identity, Deflate\r\n\r\n";
  ok(!httpmsg_split((const uint8_t *)s, strlen(s), &m) &&
     m.coding == HTTPMSG_DEFLATE, "deflate (identity ignored)");
  s = "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n";
  ok(!httpmsg_split((const uint8_t *)s, strlen(s), &m) &&
     m.coding == HTTPMSG_BR, "br");
  s = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n"
      "Content-Encoding: zstd\r\n\r\n";
  ok(!httpmsg_split((const uint8_t *)s, strlen(s), &m) &&
     m.coding == HTTPMSG_OTHER, "two codings: not decoded here");

  /* chunked */
  is_int(httpmsg_split((const uint8_t *)chunked_resp, strlen(chunked_resp),
                       &m), PP_OK, "chunked response");
  ok(m.chunked && m.coding == HTTPMSG_IDENTITY, "chunked is the last "
     "transfer coding (gzip as a transfer coding is not a content coding)");
  is_int(httpmsg_dechunk(m.body, m.body_len, out, sizeof(out), &n), PP_OK,
         "dechunk with extension and trailer");
  ok(n == 13 && !memcmp(out, "Hello, World!", 13), "dechunked body");
  is_int(httpmsg_dechunk(m.body, m.body_len, out, 7, &n), PP_ELIMIT,
         "dechunk cap");
  ok(n == 7 && !memcmp(out, "Hello, ", 7), "cap keeps a prefix");
  is_int(httpmsg_dechunk(m.body, 26, out, sizeof(out), &n), PP_ETRUNC,
         "truncated in the second chunk");
  ok(n == 7 && !memcmp(out, "Hello, ", 7), "truncated payload kept");
  s = "5\nHello\n0\n\n";
  ok(!httpmsg_dechunk((const uint8_t *)s, strlen(s), out, sizeof(out), &n)
     && n == 5, "LF-only chunks");
  s = "zz\r\nHello\r\n";
  is_int(httpmsg_dechunk((const uint8_t *)s, strlen(s), out, sizeof(out),
                         &n), PP_EMALFORMED, "bad chunk size");
  s = "5\r\nHelloXX0\r\n\r\n";
  is_int(httpmsg_dechunk((const uint8_t *)s, strlen(s), out, sizeof(out),
                         &n), PP_EMALFORMED, "chunk not ended by CRLF");
  s = "fffffffffffffffff\r\nx";
  is_int(httpmsg_dechunk((const uint8_t *)s, strlen(s), out, sizeof(out),
                         &n), PP_EMALFORMED, "17 hex digits");
  s = "ffffffffffffffff\r\nxy";
  ok(httpmsg_dechunk((const uint8_t *)s, strlen(s), out, sizeof(out), &n) ==
     PP_ETRUNC && n == 2, "huge chunk size: only what is there");

  /* content codings */
  z = gz("decoded text", 12, &zl, NULL);
  ok(!httpmsg_decode(HTTPMSG_GZIP, z, zl, 100, &dec, &n) && n == 12 &&
     !memcmp(dec, "decoded text", 12), "gzip");
  pp_free(dec);
  {
    uint8_t two[128];
    memcpy(two, z, zl);
    memcpy(two + zl, z, zl);
    ok(!httpmsg_decode(HTTPMSG_GZIP, two, 2 * zl, 100, &dec, &n) &&
       n == 24 && !memcmp(dec + 12, "decoded text", 12),
       "gzip, two members");
    pp_free(dec);
  }
  ok(httpmsg_decode(HTTPMSG_GZIP, z, zl - 9, 100, &dec, &n) == PP_ETRUNC,
     "gzip cut short");
  pp_free(dec);
  z[zl - 8] ^= 0x55;
  ok(httpmsg_decode(HTTPMSG_GZIP, z, zl, 100, &dec, &n) == PP_EMALFORMED,
     "corrupt gzip (CRC)");
  pp_free(dec);
  free(z);
  {
    uint8_t zb[64];
    uLongf zbl = sizeof(zb);
    compress(zb, &zbl, (const Bytef *)"deflated", 8);
    ok(!httpmsg_decode(HTTPMSG_DEFLATE, zb, zbl, 100, &dec, &n) && n == 8,
       "deflate (zlib)");
    pp_free(dec);
    ok(!httpmsg_decode(HTTPMSG_DEFLATE, zb + 2, zbl - 6, 100, &dec, &n) &&
       n == 8 && !memcmp(dec, "deflated", 8), "deflate (raw, as IIS)");
    pp_free(dec);
  }
  is_int(httpmsg_decode(HTTPMSG_BR, (const uint8_t *)"x", 1, 10, &dec, &n),
         PP_ENOTSUP, "brotli not supported");
  ok(dec == NULL, "nothing allocated");
  zero = calloc(1, 8u << 20);
  z = gz(zero, 8u << 20, &zl, NULL);
  ok(httpmsg_decode(HTTPMSG_GZIP, z, zl, 1u << 20, &dec, &n) == PP_ELIMIT &&
     n == 1u << 20, "gzip bomb stops at the cap (%zu -> 8 MiB)", zl);
  pp_free(dec);
  free(z);
  free(zero);
  ok(httpmsg_decode(HTTPMSG_IDENTITY, (const uint8_t *)"abc", 3, 2, &dec,
                    &n) == PP_ELIMIT && n == 2 && !memcmp(dec, "ab", 2),
     "identity, capped");
  pp_free(dec);

  /* entity: chunked + gzip */
  {
    char msg[512];
    size_t ml;
    z = gz("the page", 8, &zl, NULL);
    ml = (size_t)snprintf(msg, sizeof(msg), "HTTP/1.1 200 OK\r\n"
                          "Content-Encoding: gzip\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n%zx\r\n", zl);
    memcpy(msg + ml, z, zl);
    ml += zl;
    memcpy(msg + ml, "\r\n0\r\n\r\n", 7);
    ml += 7;
    free(z);
    ok(!httpmsg_split((const uint8_t *)msg, ml, &m) &&
       !httpmsg_entity(&m, 100, &dec, &n) && n == 8 &&
       !memcmp(dec, "the page", 8), "entity: dechunked then gunzipped");
    pp_free(dec);
    s = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nnot chunked";
    ok(!httpmsg_split((const uint8_t *)s, strlen(s), &m) &&
       !httpmsg_entity(&m, 100, &dec, &n) && n == 11,
       "entity: a body that is not chunked after all is taken as is");
    pp_free(dec);
  }
}

/* ---- writer ------------------------------------------------------------ */

static const struct warc_writer_opts wopts = {
  .hostname = "probe-1.example.vn",
  .operator = "Cục PTTH&TTĐT <contact@example.vn>",
  .robots = "obey",
  .user_agent = "pressprobe/0.1.0 (+https://example.invalid/bot)",
  .is_part_of = "test-crawl",
};

static void test_writer_checks(void)
{
  struct warc_writer *w;
  struct warc_wrec rec = { .type = WARC_RESOURCE,
    .target_uri = "http://example.vn/", .content_type = "text/plain",
    .block = (const uint8_t *)"abc", .block_len = 3 };
  struct warc_wrec bad;
  struct warc_writer_opts o = wopts;
  char err[PP_ERRBUF_SIZE], *longuri, names[4][128];

  mkdir(in_dir("chk"), 0755);
  is_int(warc_writer_open(in_dir("nope"), "pp", 0, NULL, &w, err),
         PP_ENOENT, "folder absent");
  ok(w == NULL && strstr(err, "nope"), "errbuf names it: %s", err);
  write_file(in_dir("afile"), "x", 1);
  is_int(warc_writer_open(in_dir("afile"), "pp", 0, NULL, &w, err), PP_EIO,
         "not a folder");
  is_int(warc_writer_open(in_dir("chk"), "a/b", 0, NULL, &w, err),
         PP_EINVAL, "prefix with a slash");
  is_int(warc_writer_open(in_dir("chk"), ".hidden", 0, NULL, &w, err),
         PP_EINVAL, "prefix with a leading dot");
  is_int(warc_writer_open(in_dir("chk"), "", 0, NULL, &w, err), PP_EINVAL,
         "empty prefix");
  o.operator = "me\r\nWARC-Type: response";
  is_int(warc_writer_open(in_dir("chk"), "pp", 0, &o, &w, err), PP_EINVAL,
         "CR LF in an option refused");
  o = wopts;
  o.level = 12;
  is_int(warc_writer_open(in_dir("chk"), "pp", 0, &o, &w, err), PP_EINVAL,
         "gzip level 12");
  is_int(warc_writer_open(in_dir("chk"), "pp", 0, &wopts, &w, err), PP_OK,
         "open");

  bad = rec;
  bad.target_uri = "http://example.vn/\r\nWARC-Type: metadata";
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "CR LF in URI refused");
  ok(strstr(warc_writer_errmsg(w), "Target-URI") != NULL, "errmsg: %s",
     warc_writer_errmsg(w));
  bad.target_uri = "http://example.vn/a b";
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "space in URI refused");
  bad.target_uri = "/relative";
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "URI without scheme");
  longuri = malloc(WARC_URI_MAX + 2);
  memset(longuri, 'a', WARC_URI_MAX + 1);
  memcpy(longuri, "http://", 7);
  longuri[WARC_URI_MAX + 1] = '\0';
  bad.target_uri = longuri;
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "URI over WARC_URI_MAX");
  longuri[WARC_URI_MAX] = '\0';
  is_int(warc_write(w, &bad, NULL), PP_OK, "URI of WARC_URI_MAX");
  free(longuri);
  bad = rec;
  bad.ip = "10.0.0.300";
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "bad IPv4");
  bad.ip = "2001:db8::1";
  is_int(warc_write(w, &bad, NULL), PP_OK, "IPv6");
  bad = rec;
  bad.content_type = "text/plain\nX: y";
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "LF in Content-Type");
  bad.content_type = NULL;
  is_int(warc_write(w, &bad, NULL), PP_EINVAL,
         "resource needs a Content-Type");
  bad = rec;
  bad.concurrent_to = "urn:uuid:no-brackets";
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "record id without <>");
  bad.concurrent_to = "<urn:uuid:a>\r\n";
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "record id with CR LF");
  bad = rec;
  bad.truncated = "because";
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "unknown WARC-Truncated");
  bad = rec;
  bad.type = WARC_WARCINFO;
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "warcinfo is the writer's");
  bad.type = WARC_REVISIT;
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "revisit not written");
  bad = rec;
  bad.block = NULL;
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "NULL block with a length");
  bad = rec;
  bad.type = WARC_RESPONSE;
  bad.target_uri = NULL;
  is_int(warc_write(w, &bad, NULL), PP_EINVAL, "response needs a URI");
  is_int(warc_writer_close(w, err), PP_OK, "close");
  is_int(list_dir(in_dir("chk"), ".warc.gz", names, 4), 1,
         "one file (the refused records left nothing)");
  is_int(warc_writer_close(NULL, NULL), PP_OK, "close NULL");
}

/* What the round trip wrote, to compare with what is read. */
struct written {
  struct warc_written out[8];
  enum warc_type type[8];
  const uint8_t *block[8];
  size_t block_len[8];
  int n;
};

static const char req_msg[] =
  "GET /tin-tuc HTTP/1.1\r\nHost: example.vn\r\n"
  "User-Agent: pressprobe\r\n\r\n";
static const char page_text[] = "<html><body>Tin tức hôm nay</body></html>";

static void test_roundtrip(struct written *wr, char *file, size_t fcap)
{
  struct warc_writer *w;
  struct warc_wrec q = { .type = WARC_REQUEST,
    .target_uri = "https://example.vn/tin-tuc", .ip = "203.0.113.7",
    .block = (const uint8_t *)req_msg, .block_len = sizeof(req_msg) - 1 };
  struct warc_wrec p = q, res, meta, gzr;
  struct warc_reader *r;
  struct warc_record rec;
  struct warc_verify vf;
  struct httpmsg m;
  char err[PP_ERRBUF_SIZE], names[4][128], gzmsg[512], info_id[WARC_ID_SIZE];
  uint8_t *z, *dec;
  size_t zl, gl, n;
  int i, rc, good;

  memset(wr, 0, sizeof(*wr));
  mkdir(in_dir("rt"), 0755);
  is_int(warc_writer_open(in_dir("rt"), "pp-rt", 0, &wopts, &w, err), PP_OK,
         "open writer");
  p.type = WARC_RESPONSE;
  p.date = T_REC;
  p.block = (const uint8_t *)chunked_resp;
  p.block_len = sizeof(chunked_resp) - 1;
  is_int(warc_write_exchange(w, &q, &p, &wr->out[1], &wr->out[2]), PP_OK,
         "request + response");
  wr->type[1] = WARC_REQUEST;
  wr->block[1] = q.block;
  wr->block_len[1] = q.block_len;
  wr->type[2] = WARC_RESPONSE;
  wr->block[2] = p.block;
  wr->block_len[2] = p.block_len;
  is_str(wr->out[2].payload_digest, SHA256_HELLO,
         "payload digest = sha256 of the dechunked body (constant computed "
         "with hashlib)");
  ok(wr->out[1].payload_digest[0] == '\0', "request: no payload digest");

  memset(&res, 0, sizeof(res));
  res.type = WARC_RESOURCE;
  res.target_uri = "dns:example.vn";
  res.content_type = "text/dns";
  res.block = (const uint8_t *)"abc";
  res.block_len = 3;
  res.truncated = "length";
  is_int(warc_write(w, &res, &wr->out[3]), PP_OK, "resource");
  wr->type[3] = WARC_RESOURCE;
  wr->block[3] = res.block;
  wr->block_len[3] = 3;
  is_str(wr->out[3].block_digest, SHA256_ABC, "block digest of abc");
  is_str(wr->out[3].payload_digest, SHA256_ABC, "resource payload = block");

  memset(&meta, 0, sizeof(meta));
  meta.type = WARC_METADATA;
  meta.target_uri = "https://example.vn/tin-tuc";
  meta.refers_to = wr->out[2].record_id;
  meta.block = (const uint8_t *)"outlink: https://example.vn/a\r\n";
  meta.block_len = strlen((const char *)meta.block);
  is_int(warc_write(w, &meta, &wr->out[4]), PP_OK, "metadata");
  wr->type[4] = WARC_METADATA;
  wr->block[4] = meta.block;
  wr->block_len[4] = meta.block_len;

  z = gz(page_text, strlen(page_text), &zl, NULL);
  gl = (size_t)snprintf(gzmsg, sizeof(gzmsg), "HTTP/1.1 200 OK\r\n"
                        "Content-Type: text/html; charset=utf-8\r\n"
                        "Content-Encoding: gzip\r\n"
                        "Content-Length: %zu\r\n\r\n", zl);
  memcpy(gzmsg + gl, z, zl);
  gl += zl;
  free(z);
  gzr = p;
  gzr.block = (const uint8_t *)gzmsg;
  gzr.block_len = gl;
  gzr.concurrent_to = NULL;
  gzr.date = 0;
  is_int(warc_write(w, &gzr, &wr->out[5]), PP_OK, "gzip response");
  wr->type[5] = WARC_RESPONSE;
  wr->block[5] = gzr.block;
  wr->block_len[5] = gl;
  wr->n = 6;
  ok(!strcmp(wr->out[1].file, wr->out[5].file) &&
     wr->out[2].offset == wr->out[1].offset + wr->out[1].length &&
     wr->out[1].offset > 0, "offsets follow the members: %s",
     wr->out[1].file);

  is_int(list_dir(in_dir("rt"), ".open", names, 4), 1,
         "while written: a .open file");
  is_int(list_dir(in_dir("rt"), ".warc.gz", names, 4), 0,
         "and no final name yet");
  is_int(warc_writer_close(w, err), PP_OK, "close");
  is_int(list_dir(in_dir("rt"), ".open", names, 4), 0, "no .open left");
  is_int(list_dir(in_dir("rt"), ".warc.gz", names, 4), 1, "one file");
  is_str(names[0], wr->out[1].file, "named as the writer said");
  snprintf(file, fcap, "%s/%s", in_dir("rt"), names[0]);

  /* read it all back */
  is_int(warc_reader_open(file, NULL, &r, err), PP_OK, "reader");
  is_int(warc_next(r, &rec), PP_OK, "warcinfo");
  ok(rec.type == WARC_WARCINFO && rec.version == 1 && rec.offset == 0 &&
     !strcmp(rec.filename, names[0]) &&
     !strcmp(rec.content_type, "application/warc-fields"),
     "warcinfo: first, WARC-Filename, warc-fields");
  ok(has(&rec, "software: pressprobe/" PACKAGE_VERSION "\r\n") &&
     has(&rec, "format: WARC File Format 1.1\r\n") &&
     has(&rec, "operator: Cục PTTH&TTĐT <contact@example.vn>\r\n") &&
     has(&rec, "robots: obey\r\n") &&
     has(&rec, "hostname: probe-1.example.vn\r\n"), "warcinfo fields");
  snprintf(info_id, sizeof(info_id), "%s", rec.record_id);
  good = 1;
  for(i = 1; i < wr->n; i++) {
    rc = warc_next(r, &rec);
    good &= rc == PP_OK && rec.type == wr->type[i] &&
            !strcmp(rec.record_id, wr->out[i].record_id) &&
            rec.offset == wr->out[i].offset && !rec.offset_in_member &&
            rec.block_len == wr->block_len[i] &&
            !memcmp(rec.block, wr->block[i], rec.block_len) &&
            !strcmp(rec.block_digest, wr->out[i].block_digest) &&
            !strcmp(rec.warcinfo_id, info_id) &&
            !warc_verify(&rec, &vf) && vf.block == WARC_DIGEST_OK &&
            (wr->out[i].payload_digest[0] ? vf.payload == WARC_DIGEST_OK
                                          : vf.payload ==
                                            WARC_DIGEST_ABSENT);
    if(!good) {
      diag("record %d: rc %d %s", i, rc, warc_reader_errmsg(r));
      break;
    }
    if(i == 2) {
      ok(!strcmp(rec.concurrent_to, wr->out[1].record_id) &&
         !strcmp(rec.ip_address, "203.0.113.7") &&
         !strcmp(rec.date, "2026-11-28T17:41:02.123456Z") &&
         rec.date_usec == T_REC &&
         !strcmp(rec.target_uri, "https://example.vn/tin-tuc") &&
         !strcmp(rec.content_type, "application/http;msgtype=response"),
         "response fields");
      ok(!strcmp(warc_field(&rec, "warc-payload-digest"), SHA256_HELLO),
         "payload digest read back");
    }
    if(i == 1)
      ok(!strcmp(rec.concurrent_to, wr->out[2].record_id) &&
         !strcmp(rec.content_type, "application/http;msgtype=request") &&
         !strcmp(rec.date, "2026-11-28T17:41:02.123456Z"),
         "request names the response, same WARC-Date");
    if(i == 3)
      ok(!strcmp(rec.truncated, "length") &&
         !strcmp(rec.target_uri, "dns:example.vn"), "WARC-Truncated");
    if(i == 4)
      ok(!strcmp(rec.refers_to, wr->out[2].record_id), "WARC-Refers-To");
    if(i == 5) {
      ok(!httpmsg_split(rec.block, rec.block_len, &m) &&
         m.coding == HTTPMSG_GZIP && !httpmsg_entity(&m, 1 << 20, &dec, &n)
         && n == strlen(page_text) && !memcmp(dec, page_text, n),
         "gzip page decoded from the record");
      pp_free(dec);
    }
  }
  ok(good, "every record read back as written, digests verified");
  is_int(warc_next(r, &rec), PP_ENOENT, "then the end");
  is_int(warc_next(r, &rec), PP_ENOENT, "and it stays there");

  /* seek straight to each record */
  good = 1;
  for(i = wr->n - 1; i >= 1; i--) {
    good &= !warc_reader_seek(r, wr->out[i].offset) &&
            !warc_next(r, &rec) &&
            !strcmp(rec.record_id, wr->out[i].record_id);
  }
  ok(good, "seek to every offset the writer returned reads that record");
  warc_reader_close(r);
}

/* The Python checker agrees with our file and our offsets. */
static void test_python_check(const struct written *wr, const char *file)
{
  char cmd[2048], line[512];
  FILE *p;
  int i = 0, good = 1;
  if(!python) {
    ok(1, "independent check # SKIP python3 not found");
    return;
  }
  snprintf(cmd, sizeof(cmd), "'%s' '%s/tests/data/warc/check_warc.py' '%s'",
           python, test_srcdir(__FILE__), file);
  p = popen(cmd, "r");
  while(p && fgets(line, sizeof(line), p)) {
    /* "<name> <offset> <type> <id>" */
    char *type, *id, *sp = strchr(line, ' ');
    unsigned long long off = sp ? strtoull(sp + 1, &type, 10) : 0;
    if(!sp || *type++ != ' ' || !(id = strchr(type, ' '))) {
      good = 0;
      continue;
    }
    *id++ = '\0';
    id[strcspn(id, "\n")] = '\0';
    if(i > 0 && (i >= wr->n || off != wr->out[i].offset ||
                 strcmp(id, wr->out[i].record_id) ||
                 strcmp(type, warc_type_name(wr->type[i]))))
      good = 0;
    i++;
  }
  ok(p && pclose(p) == 0, "check_warc.py: syntax, digests (hashlib), one "
     "record per member, warcinfo links");
  ok(good && i == wr->n, "it finds our records at our offsets (%d)", i);
}

static void test_rotation(void)
{
  struct warc_writer *w;
  struct warc_wrec q = { .type = WARC_REQUEST,
    .target_uri = "http://example.vn/", .block = (const uint8_t *)req_msg,
    .block_len = sizeof(req_msg) - 1 };
  struct warc_wrec p = q;
  struct warc_written qo, po;
  struct warc_reader *r;
  struct warc_record rec;
  char names[16][128], err[PP_ERRBUF_SIZE], body[1200];
  int i, n, k, records = 0, good = 1, same = 1, named = 1;
  struct warc_writer_opts fs = { .fsync = true, .level = 9 };

  mkdir(in_dir("rot"), 0755);
  memcpy(body, "HTTP/1.1 200 OK\r\n\r\n", 19);
  p.type = WARC_RESPONSE;
  p.block = (const uint8_t *)body;
  p.block_len = sizeof(body);
  is_int(warc_writer_open(in_dir("rot"), "pp-rot", 4000, &fs, &w, err),
         PP_OK, "open with max_bytes 4000, fsync");
  for(i = 0; i < 12; i++) {
    noise((uint8_t *)body + 19, sizeof(body) - 19, (uint64_t)i + 1);
    good &= !warc_write_exchange(w, &q, &p, &qo, &po);
    same &= !strcmp(qo.file, po.file) && po.offset > qo.offset;
  }
  ok(good, "12 exchanges written");
  ok(same, "request and response always in the same file");
  is_int(warc_writer_close(w, NULL), PP_OK, "close");
  n = list_dir(in_dir("rot"), ".warc.gz", names, 16);
  ok(n >= 4 && n <= 7, "rotated into %d files", n);
  ok(list_dir(in_dir("rot"), ".open", names + 15, 1) == 0, "no .open left");
  good = 1;
  for(k = 0; k < n; k++) {
    char path[600], info[WARC_ID_SIZE];
    struct stat st;
    /* pp-rot-YYYYMMDDhhmmssmmm-NNNNN.warc.gz, serials in order */
    named &= strlen(names[k]) == 7 + 17 + 1 + 5 + 8 &&
             !strncmp(names[k], "pp-rot-", 7) && names[k][24] == '-' &&
             strspn(names[k] + 7, "0123456789") == 17 &&
             strtol(names[k] + 25, NULL, 10) == k;
    snprintf(path, sizeof(path), "%s/%s", in_dir("rot"), names[k]);
    stat(path, &st);
    good &= k == n - 1 || st.st_size >= 4000;
    if(warc_reader_open(path, NULL, &r, err)) {
      good = 0;
      continue;
    }
    good &= !warc_next(r, &rec) && rec.type == WARC_WARCINFO &&
            !strcmp(rec.filename, names[k]);
    snprintf(info, sizeof(info), "%s", rec.record_id ? rec.record_id : "");
    while(!warc_next(r, &rec)) {
      good &= !strcmp(rec.warcinfo_id, info);
      records++;
    }
    warc_reader_close(r);
  }
  ok(named, "file names: prefix, 17-digit UTC time, serial 00000...");
  if(python) {
    char cmd[1600];
    snprintf(cmd, sizeof(cmd), "'%s' '%s/tests/data/warc/check_warc.py' "
             "'%s'/*.warc.gz >/dev/null", python, test_srcdir(__FILE__),
             in_dir("rot"));
    ok(system(cmd) == 0, "check_warc.py agrees on every rotated file");
  }
  else
    ok(1, "check_warc.py on rotated files # SKIP python3 not found");
  ok(good, "each file starts with its own warcinfo, records name it, "
     "files reach max_bytes but the last");
  is_int(records, 24, "all 24 records");
}

static void test_atomic_and_crash(void)
{
  struct warc_writer *w;
  struct warc_wrec res = { .type = WARC_RESOURCE,
    .target_uri = "http://example.vn/x", .content_type = "text/plain",
    .block = (const uint8_t *)"x", .block_len = 1 };
  char names[4][128], path[600];
  struct seq s;
  uint8_t *buf;
  size_t len;
  pid_t pid;
  int st;

  mkdir(in_dir("crash"), 0755);
  pid = fork();
  if(pid == 0) {
    if(!warc_writer_open(in_dir("crash"), "pp", 0, NULL, &w, NULL))
      warc_write(w, &res, NULL);
    _exit(0);                          /* dies without closing */
  }
  waitpid(pid, &st, 0);
  is_int(list_dir(in_dir("crash"), ".warc.gz", names, 4), 0,
         "a crashed writer leaves no final name");
  is_int(list_dir(in_dir("crash"), ".open", names, 4), 1,
         "only its .open file");
  snprintf(path, sizeof(path), "%s/%s", in_dir("crash"), names[0]);
  buf = read_file(path, &len);
  read_mem(buf, len, NULL, &s);
  ok(s.ok == 2 && !s.errors && s.last == PP_ENOENT,
     "which holds whole records (warcinfo + resource)");
  free(buf);
}

static void test_write_failure(void)
{
  struct warc_writer *w;
  struct warc_wrec res = { .type = WARC_RESOURCE,
    .target_uri = "http://example.vn/x", .content_type = "text/plain",
    .block = (const uint8_t *)"small", .block_len = 5 };
  struct warc_written out;
  struct rlimit old, lim;
  char names[4][128], path[600];
  uint8_t *big = malloc(20000);
  struct seq s;
  uint8_t *buf;
  size_t len;
  struct stat st;

  mkdir(in_dir("full"), 0755);
  noise(big, 20000, 7);
  signal(SIGXFSZ, SIG_IGN);
  warc_writer_open(in_dir("full"), "pp", 0, NULL, &w, NULL);
  is_int(warc_write(w, &res, &out), PP_OK, "first record");
  list_dir(in_dir("full"), ".open", names, 4);
  snprintf(path, sizeof(path), "%s/%s", in_dir("full"), names[0]);
  getrlimit(RLIMIT_FSIZE, &old);
  lim = old;
  lim.rlim_cur = out.offset + out.length + 3000;
  setrlimit(RLIMIT_FSIZE, &lim);
  res.block = big;
  res.block_len = 20000;
  is_int(warc_write(w, &res, NULL), PP_EIO, "write over the file size "
         "limit fails");
  ok(strstr(warc_writer_errmsg(w), "cannot write") != NULL, "errmsg: %s",
     warc_writer_errmsg(w));
  setrlimit(RLIMIT_FSIZE, &old);
  signal(SIGXFSZ, SIG_DFL);
  stat(path, &st);
  ok((uint64_t)st.st_size == out.offset + out.length,
     "file cut back to its last whole record");
  res.block = (const uint8_t *)"after";
  res.block_len = 5;
  is_int(warc_write(w, &res, NULL), PP_OK, "the writer goes on");
  is_int(warc_writer_close(w, NULL), PP_OK, "close");
  list_dir(in_dir("full"), ".warc.gz", names, 4);
  snprintf(path, sizeof(path), "%s/%s", in_dir("full"), names[0]);
  buf = read_file(path, &len);
  read_mem(buf, len, NULL, &s);
  ok(s.ok == 3 && !s.errors, "3 whole records, no damage");
  free(buf);
  free(big);
}

/* ---- allocation failures ----------------------------------------------- */

static int alloc_writer(void)
{
  struct warc_writer *w;
  struct warc_wrec q = { .type = WARC_REQUEST,
    .target_uri = "http://example.vn/", .block = (const uint8_t *)req_msg,
    .block_len = sizeof(req_msg) - 1 };
  struct warc_wrec p = q;
  int rc;
  p.type = WARC_RESPONSE;
  p.block = (const uint8_t *)chunked_resp;
  p.block_len = sizeof(chunked_resp) - 1;
  rc = warc_writer_open(in_dir("alloc"), "pp", 0, &wopts, &w, NULL);
  if(rc)
    return rc;
  rc = warc_write_exchange(w, &q, &p, NULL, NULL);
  warc_writer_close(w, NULL);
  return rc;
}

static int alloc_reader(const uint8_t *buf, size_t len)
{
  struct warc_reader *r;
  struct warc_record rec;
  struct httpmsg m;
  int rc = warc_reader_open_mem(buf, len, NULL, &r);
  if(rc)
    return rc;
  while(!(rc = warc_next(r, &rec))) {
    uint8_t *dec = NULL;
    size_t n;
    if(!httpmsg_split(rec.block, rec.block_len, &m) &&
       httpmsg_entity(&m, 1 << 20, &dec, &n) == PP_ENOMEM)
      rc = PP_ENOMEM;
    pp_free(dec);
    if(rc)
      break;
  }
  warc_reader_close(r);
  return rc == PP_ENOENT ? PP_OK : rc;
}

static void test_alloc_failures(const char *file)
{
  uint8_t *buf;
  size_t len;
  long n;
  int rc = PP_ENOMEM, good = 1;

  mkdir(in_dir("alloc"), 0755);
  for(n = 0; n < 200 && rc == PP_ENOMEM; n++) {
    pp_alloc_fail_after(n);
    rc = alloc_writer();
    pp_alloc_fail_after(-1);
    good &= rc == PP_OK || rc == PP_ENOMEM;
  }
  ok(good && rc == PP_OK, "writer: each of the first %ld allocations "
     "failing gives PP_ENOMEM, no leak", n - 1);
  buf = read_file(file, &len);
  rc = PP_ENOMEM;
  good = 1;
  for(n = 0; n < 200 && rc == PP_ENOMEM; n++) {
    pp_alloc_fail_after(n);
    rc = alloc_reader(buf, len);
    pp_alloc_fail_after(-1);
    good &= rc == PP_OK || rc == PP_ENOMEM;
  }
  ok(good && rc == PP_OK, "reader and decoders: each of the first %ld "
     "allocations failing gives PP_ENOMEM, no leak", n - 1);
  free(buf);
}

/* ---- damaged input ----------------------------------------------------- */

#define NREC 5

/* NREC resource records, one gzip member each; off[i]: member starts. */
static uint8_t *gz_file(size_t *len, size_t off[NREC + 1],
                        char ids[][WARC_ID_SIZE])
{
  uint8_t *buf = NULL;
  size_t n = 0;
  int i;
  for(i = 0; i < NREC; i++) {
    char block[400];
    struct warc_wrec res = { .type = WARC_RESOURCE,
      .target_uri = "http://example.vn/r", .content_type = "text/plain",
      .record_id = ids[i], .block = (const uint8_t *)block };
    uint8_t *m;
    size_t ml;
    res.block_len = (size_t)snprintf(block, sizeof(block), "block %d %.*s",
                                     i, 40 * i, "The quick brown fox jumps "
                                     "over the lazy dog, the quick brown fox "
                                     "jumps over the lazy dog, the quick "
                                     "brown fox jumps over the lazy dog, the "
                                     "quick brown fox jumps over the lazy "
                                     "dog.");
    warc_record_to_mem(&res, NULL, &m, &ml);
    buf = realloc(buf, n + ml);
    memcpy(buf + n, m, ml);
    off[i] = n;
    n += ml;
    pp_free(m);
  }
  off[NREC] = n;
  *len = n;
  return buf;
}

static uint8_t *splice(const uint8_t *a, size_t at, const void *ins,
                       size_t ilen, size_t drop, size_t len, size_t *out)
{
  uint8_t *b = malloc(len + ilen + 1);
  memcpy(b, a, at);
  memcpy(b + at, ins, ilen);
  memcpy(b + at + ilen, a + at + drop, len - at - drop);
  *out = len + ilen - drop;
  return b;
}

static void test_damage_gz(void)
{
  size_t off[NREC + 1], len, cut, n, i;
  uint8_t *buf = gz_file(&len, off, test_id), *d;
  struct seq s;
  char skip2[NREC][WARC_ID_SIZE];
  int good = 1, ended = 1;

  read_mem(buf, len, NULL, &s);
  ok(s.ok == NREC && !s.errors && ok_ids(&s, test_id, NREC),
     "%d records, one gzip member each", NREC);
  for(cut = 0; cut <= len; cut++) {
    size_t want = 0;
    uint8_t *c = malloc(cut + 1);
    memcpy(c, buf, cut);
    while(want < NREC && off[want + 1] <= cut)
      want++;
    read_mem(c, cut, NULL, &s);
    good &= s.ok == (int)want && ok_ids(&s, test_id, (int)want);
    ended &= s.last == PP_ENOENT &&
             (cut == off[want] ? !s.errors : s.rc[s.n - 1] == PP_ETRUNC);
    free(c);
  }
  ok(good, "cut at each of %zu offsets: every whole member before the cut "
     "is delivered", len + 1);
  ok(ended, "and a cut member is reported as truncated (ETRUNC)");

  memcpy(skip2[0], test_id[0], WARC_ID_SIZE);
  memcpy(skip2[1], test_id[1], WARC_ID_SIZE);
  for(i = 3; i < NREC; i++)
    memcpy(skip2[i - 1], test_id[i], WARC_ID_SIZE);

  d = splice(buf, off[2], "GARBAGE\n", 8, 0, len, &n);
  read_mem(d, n, NULL, &s);
  ok(s.ok == NREC && s.errors == 1 && s.rc[2] == PP_EMALFORMED &&
     s.st.garbage_bytes == 8, "garbage between members: reported, skipped");
  free(d);
  d = splice(buf, 0, "\x1f\x8bXX", 4, 0, len, &n);
  d = realloc(d, n + 5);
  memcpy(d + n, "tail!", 5);
  read_mem(d, n + 5, NULL, &s);
  ok(s.ok == NREC && s.errors == 2, "garbage before and after");
  free(d);
  d = splice(buf, 0, "junk that is not gzip\n", 22, 0, len, &n);
  read_mem(d, n, NULL, &s);
  ok(s.ok == NREC && s.errors == 1 && s.rc[0] == PP_EMALFORMED,
     "a compressed file that starts with garbage is still told as gzip");
  free(d);
  d = splice(buf, 0, "", 0, 0, len, &n);
  for(i = 0; i < 6; i++)
    d[off[2] + (off[3] - off[2]) / 2 + i] ^= 0xa5;
  read_mem(d, n, NULL, &s);
  ok(s.ok == NREC - 1 && ok_ids(&s, skip2, NREC - 1) && s.errors >= 1,
     "corrupt deflate data: that record lost, the others read");
  free(d);
  d = splice(buf, off[3] - 12, "", 0, 12, len, &n);
  read_mem(d, n, NULL, &s);
  ok(s.ok == NREC - 1 && ok_ids(&s, skip2, NREC - 1),
     "a member cut short inside the file: the next members still read");
  free(d);
  free(buf);

  /* members holding damaged records: wrong lengths, a bad header */
  buf = NULL;
  len = 0;
  for(i = 0; i < NREC + 1; i++) {
    char plain[1024];
    size_t pl = i == NREC ? (size_t)snprintf(plain, sizeof(plain),
                                             "WARC/1.1\r\nBad Name: x\r\n"
                                             "Content-Length: 0\r\n\r\n")
                          : plain_rec(plain, 0, sizeof(plain), (int)i,
                                      i == 1 ? -5 : i == 2 ? 9 : 0);
    uint8_t *z = gz(plain, pl, &n, NULL);
    buf = realloc(buf, len + n);
    memcpy(buf + len, z, n);
    len += n;
    free(z);
  }
  memcpy(skip2[0], test_id[0], WARC_ID_SIZE);
  memcpy(skip2[1], test_id[3], WARC_ID_SIZE);
  memcpy(skip2[2], test_id[4], WARC_ID_SIZE);
  read_mem(buf, len, NULL, &s);
  ok(s.ok == 3 && ok_ids(&s, skip2, 3) && s.errors == 3 &&
     s.rc[1] == PP_EMALFORMED && s.rc[2] == PP_ETRUNC &&
     s.rc[5] == PP_EMALFORMED, "in members: Content-Length too small, too "
     "large, a bad header: each reported, the next member read");
  free(buf);
}

static void test_damage_plain(void)
{
  char buf[8192], d[8192];
  size_t off[NREC + 1], end[NREC], n = 0, cut, dl;
  char skip2[NREC][WARC_ID_SIZE];
  struct seq s;
  int i, good = 1;

  for(i = 0; i < NREC; i++) {
    off[i] = n;
    n = plain_rec(buf, n, sizeof(buf), i, 0);
    end[i] = n - 4;                    /* block end (before CRLF CRLF) */
  }
  off[NREC] = n;
  read_mem(buf, n, NULL, &s);
  ok(s.ok == NREC && !s.errors && s.off[3] == off[3] && !s.inm[3],
     "plain WARC: records and offsets");
  for(cut = 0; cut <= n; cut++) {
    int want = 0;
    while(want < NREC && end[want] <= cut)
      want++;
    read_mem(buf, cut, NULL, &s);
    good &= s.ok == want && ok_ids(&s, test_id, want) &&
            s.last == PP_ENOENT;
  }
  ok(good, "plain, cut at each of %zu offsets: every record with its whole "
     "block is delivered", n + 1);

  memcpy(skip2[0], test_id[0], WARC_ID_SIZE);
  memcpy(skip2[1], test_id[1], WARC_ID_SIZE);
  for(i = 3; i < NREC; i++)
    memcpy(skip2[i - 1], test_id[i], WARC_ID_SIZE);
  /* record 2 with a Content-Length 60 too large: it swallows record 3's
     head, and reading restarts after record 2's header */
  dl = plain_rec(d, 0, sizeof(d), 0, 0);
  dl = plain_rec(d, dl, sizeof(d), 1, 0);
  dl = plain_rec(d, dl, sizeof(d), 2, 60);
  dl = plain_rec(d, dl, sizeof(d), 3, 0);
  dl = plain_rec(d, dl, sizeof(d), 4, 0);
  read_mem(d, dl, NULL, &s);
  ok(s.ok == NREC - 1 && ok_ids(&s, skip2, NREC - 1) && s.errors == 1 &&
     s.rc[2] == PP_EMALFORMED, "Content-Length too large: one error, the "
     "records after it are read");
  dl = plain_rec(d, 0, sizeof(d), 0, 0);
  dl = plain_rec(d, dl, sizeof(d), 1, 0);
  dl = plain_rec(d, dl, sizeof(d), 2, -5);
  dl = plain_rec(d, dl, sizeof(d), 3, 0);
  dl = plain_rec(d, dl, sizeof(d), 4, 0);
  read_mem(d, dl, NULL, &s);
  ok(s.ok == NREC - 1 && ok_ids(&s, skip2, NREC - 1) && s.errors == 1,
     "Content-Length too small: the same");
  dl = plain_rec(d, 0, sizeof(d), 0, 0);
  dl = plain_rec(d, dl, sizeof(d), 1, 100000);
  read_mem(d, dl, NULL, &s);
  ok(s.ok == 1 && s.errors == 1 && s.rc[1] == PP_ETRUNC,
     "last record longer than the file: ETRUNC");
  memcpy(d, buf, off[2]);
  memcpy(d + off[2], "some junk\r\nWARC/1.x\r\n", 21);
  memcpy(d + off[2] + 21, buf + off[2], n - off[2]);
  read_mem(d, n + 21, NULL, &s);
  ok(s.ok == NREC && s.errors == 2 && s.st.garbage_bytes == 20,
     "garbage with a false version line between records: two errors, all "
     "records");
  memcpy(d, "junk\n", 5);
  memcpy(d + 5, buf, n);
  read_mem(d, n + 5, NULL, &s);
  ok(s.ok == NREC && s.errors == 1, "a plain file that starts with "
     "garbage");
  read_mem("just some text\n", 15, NULL, &s);
  ok(!s.ok && s.errors == 1 && s.last == PP_ENOENT, "not WARC at all");
  read_mem("", 0, NULL, &s);
  ok(!s.ok && !s.errors && s.last == PP_ENOENT, "empty input");
}

/* A plain file over the input buffer: a bad length read from disk. */
static void test_plain_file(void)
{
  size_t cap = 60 * 4096, n = 0;
  char *buf = malloc(cap), blk[3001];
  struct warc_reader *r;
  struct seq s;
  int i;

  for(i = 0; i < 60; i++) {
    noise((uint8_t *)blk, 3000, (uint64_t)i + 100);
    blk[3000] = '\0';
    n += (size_t)snprintf(buf + n, cap - n, "WARC/1.1\r\n"
                          "WARC-Type: resource\r\n"
                          "WARC-Record-ID: <urn:uuid:%d>\r\n"
                          "Content-Length: %d\r\n\r\n%s\r\n\r\n", i,
                          i == 30 ? 9000 : 3000, blk);
  }
  write_file(in_dir("big.warc"), buf, n);
  is_int(warc_reader_open(in_dir("big.warc"), NULL, &r, NULL), PP_OK,
         "a %zu-byte plain file", n);
  read_seq(r, &s);
  warc_reader_close(r);
  ok(s.ok == 59 && s.errors == 1 && s.rc[30] == PP_EMALFORMED &&
     s.off[31] == s.off[30] + (s.off[29] - s.off[28]),
     "Content-Length 6000 too large: read again from the file after the "
     "header, the 29 records after it found at their offsets");
  free(buf);
}

/*
 * Nested damage crafted to be read again and again: 20000 headers, each
 * claiming a block that runs past the end of the file.  Going back after
 * each would read 8 GB; the budget stops that after about the file's size.
 */
static void test_rework_bound(void)
{
  static const char h[] = "WARC/1.0\r\nContent-Length: 99999999\r\n\r\n";
  size_t n = 20000 * (sizeof(h) - 1), i;
  char *buf = malloc(n);
  struct timespec t0, t1;
  struct seq s;
  double secs;

  for(i = 0; i < 20000; i++)
    memcpy(buf + i * (sizeof(h) - 1), h, sizeof(h) - 1);
  clock_gettime(CLOCK_MONOTONIC, &t0);
  read_mem(buf, n, NULL, &s);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  secs = (double)(t1.tv_sec - t0.tv_sec) +
         (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  ok(s.last == PP_ENOENT && !s.ok && s.n < 200,
     "nested lengths past the end: %d errors, then the end (%.2f s)", s.n,
     secs);
  free(buf);
}

/* Headers from other tools, and headers that are wrong. */
static void test_tolerance(void)
{
  static const char lf_rec[] =
    "WARC/1.0\n"
    "WARC-Type: response\n"
    "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\n"
    "WARC-Date: 2026-11-28T17:41:02Z\n"
    "WARC-Target-URI: <http://example.vn/a>\n"
    "X-Unknown-Field: kept\n"
    "X-Folded: first part\n"
    "   second part\n"
    "\tthird part\n"
    "Content-Type: application/http;msgtype=response\n"
    "content-length: 50\n"
    "\n"
    "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<p>x</p>\n"
    "\n\n";
  char buf[80000], *p;
  struct warc_reader *r;
  struct warc_record rec;
  struct seq s;
  size_t n;
  int i;

  is_int(warc_reader_open_mem(lf_rec, sizeof(lf_rec) - 1, NULL, &r), PP_OK,
         "open");
  is_int(warc_next(r, &rec), PP_OK, "WARC/1.0, LF-only, folded fields");
  ok(rec.version == 0 && rec.type == WARC_RESPONSE &&
     !strcmp(rec.target_uri, "http://example.vn/a") &&
     rec.content_length == 50 && rec.block_len == 50, "fields and block");
  is_str(warc_field(&rec, "x-folded"),
         "first part second part third part", "folded value joined");
  is_str(warc_field(&rec, "X-UNKNOWN-FIELD"), "kept", "unknown field kept");
  ok(rec.n_fields == 8 && rec.date_usec == T_REC / 1000000 * 1000000,
     "8 fields, date parsed");
  is_int(warc_next(r, &rec), PP_ENOENT, "end");
  warc_reader_close(r);

  /* 129 fields; then a good record */
  n = (size_t)snprintf(buf, sizeof(buf), "WARC/1.1\r\n");
  for(i = 0; i < WARC_FIELDS_MAX + 1; i++)
    n += (size_t)snprintf(buf + n, sizeof(buf) - n, "X-F%d: v\r\n", i);
  n += (size_t)snprintf(buf + n, sizeof(buf) - n,
                        "Content-Length: 0\r\n\r\n\r\n\r\n");
  n = plain_rec(buf, n, sizeof(buf), 1, 0);
  read_mem(buf, n, NULL, &s);
  ok(s.rc[0] == PP_EMALFORMED && s.ok == 1 && s.n == 2,
     "more than %d fields: refused, next record read", WARC_FIELDS_MAX);
  /* a line over WARC_LINE_MAX, a header over WARC_HEAD_MAX */
  n = (size_t)snprintf(buf, sizeof(buf), "WARC/1.1\r\nX-Long: ");
  memset(buf + n, 'l', WARC_LINE_MAX);
  n += WARC_LINE_MAX;
  n += (size_t)snprintf(buf + n, sizeof(buf) - n,
                        "\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
  n = plain_rec(buf, n, sizeof(buf), 1, 0);
  read_mem(buf, n, NULL, &s);
  ok(s.rc[0] == PP_EMALFORMED && s.ok == 1 && s.n == 2,
     "header line over %d bytes: refused, next record read",
     WARC_LINE_MAX);
  n = (size_t)snprintf(buf, sizeof(buf), "WARC/1.1\r\nX-Big: ");
  memset(buf + n, 'b', 70000);
  n += 70000;
  n += (size_t)snprintf(buf + n, sizeof(buf) - n,
                        "\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
  n = plain_rec(buf, n, sizeof(buf), 1, 0);
  read_mem(buf, n, NULL, &s);
  ok(s.rc[0] == PP_EMALFORMED && s.ok == 1 && s.n == 2,
     "header over 64 KiB: refused, next record read");
  p = buf;
  n = (size_t)snprintf(p, sizeof(buf), "WARC/1.1\r\nWARC-Type: re\001source"
                       "\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
                       "WARC/1.1\r\nWARC-Type: resource\r\n\r\n\r\n\r\n"
                       "WARC/1.1\r\nContent-Length: 1\r\n"
                       "Content-Length: 2\r\n\r\nx\r\n\r\n"
                       "WARC/1.1\r\nContent-Length: 0x10\r\n\r\n\r\n\r\n"
                       "WARC/1.1\r\n continued\r\nContent-Length: 0\r\n\r\n"
                       "WARC/1.1 x\r\nContent-Length: 0\r\n\r\n"
                       "WARC/1.1\r\nBad Name: 1\r\nContent-Length: 0\r\n\r\n"
                       "WARC/1.1\r\nContent-Length: 99999999999999999999\r\n"
                       "\r\n");
  n = plain_rec(buf, n, sizeof(buf), 1, 0);
  read_mem(buf, n, NULL, &s);
  ok(s.ok == 1 && s.errors == 8 && ok_ids(&s, test_id + 1, 1),
     "control character, no Content-Length, two that differ, hex length, "
     "fold first, bad version line, bad name, huge length: each refused");
}

static void test_limits(void)
{
  uint8_t *zero = calloc(1, 32u << 20), *m1, *m2, *buf;
  struct warc_wrec bomb = { .type = WARC_RESOURCE,
    .target_uri = "http://example.vn/bomb", .content_type = "text/plain",
    .block = zero, .block_len = 32u << 20 };
  struct warc_wrec small = bomb;
  struct warc_reader_opts o = { 0 };
  struct warc_reader *r;
  struct warc_record rec;
  size_t l1, l2;
  struct seq s;

  small.block = (const uint8_t *)"small";
  small.block_len = 5;
  warc_record_to_mem(&bomb, NULL, &m1, &l1);
  warc_record_to_mem(&small, NULL, &m2, &l2);
  buf = malloc(l1 + l2);
  memcpy(buf, m1, l1);
  memcpy(buf + l1, m2, l2);
  o.inflate_max = 4u << 20;
  read_mem(buf, l1 + l2, &o, &s);
  ok(s.rc[0] == PP_ELIMIT && s.ok == 1 && s.n == 2 && s.st.bombs == 1,
     "a %zu-byte member inflating to 32 MiB stops at inflate_max; the next "
     "record is read", l1);
  o.inflate_max = 0;
  o.block_max = 1u << 20;
  is_int(warc_reader_open_mem(buf, l1 + l2, &o, &r), PP_OK, "block_max 1M");
  is_int(warc_next(r, &rec), PP_ELIMIT, "32 MiB block over block_max");
  ok(rec.block == NULL && rec.type == WARC_RESOURCE &&
     rec.content_length == 32u << 20 && rec.record_id,
     "skipped, with its header fields");
  ok(strstr(warc_reader_errmsg(r), "over the cap") != NULL, "errmsg: %s",
     warc_reader_errmsg(r));
  is_int(warc_next(r, &rec), PP_OK, "next record");
  ok(rec.block_len == 5 && !memcmp(rec.block, "small", 5), "intact");
  warc_reader_close(r);
  o.block_max = WARC_BLOCK_MAX_LIMIT + 1;
  is_int(warc_reader_open_mem(buf, l1 + l2, &o, &r), PP_EINVAL,
         "block_max over the limit");
  pp_free(m1);
  pp_free(m2);
  free(buf);
  free(zero);
}

/* One gzip stream for many records; gzip header extras; concatenation. */
static void test_gzip_forms(const char *file)
{
  char plain[8192];
  size_t off[NREC + 1], n = 0, zl, fl, i;
  uint8_t *z, *f, *cat;
  struct seq s;
  int good = 1;
  gz_header hd;

  for(i = 0; i < NREC; i++) {
    off[i] = n;
    n = plain_rec(plain, n, sizeof(plain), (int)i, 0);
  }
  z = gz(plain, n, &zl, NULL);
  read_mem(z, zl, NULL, &s);
  for(i = 0; i < NREC; i++)
    good &= s.off[i] == 0 && s.inm[i] == off[i];
  ok(s.ok == NREC && !s.errors && good, "one gzip stream holding %d "
     "records: offset 0, offsets in the member", NREC);
  read_mem(z, zl - 20, NULL, &s);
  ok(s.ok >= 1 && s.ok < NREC && ok_ids(&s, test_id, s.ok) &&
     s.rc[s.n - 1] == PP_ETRUNC, "cut short: the records before (%d)",
     s.ok);
  free(z);

  memset(&hd, 0, sizeof(hd));
  hd.extra = (Bytef *)"PP\004\000abcd";
  hd.extra_len = 8;
  hd.name = (Bytef *)"x.warc";
  hd.comment = (Bytef *)"a comment";
  hd.hcrc = 1;
  n = plain_rec(plain, 0, sizeof(plain), 0, 0);
  z = gz(plain, n, &zl, &hd);
  cat = malloc(zl * 2);
  memcpy(cat, z, zl);
  memcpy(cat + zl, z, zl);
  read_mem(cat, 2 * zl, NULL, &s);
  ok(s.ok == 2 && !s.errors && s.off[1] == zl,
     "gzip members with FEXTRA, FNAME, FCOMMENT, FHCRC");
  free(cat);
  free(z);

  f = read_file(file, &fl);
  cat = malloc(fl * 2);
  memcpy(cat, f, fl);
  memcpy(cat + fl, f, fl);
  read_mem(cat, 2 * fl, NULL, &s);
  ok(s.ok == 12 && !s.errors && s.off[6] == fl,
     "two files concatenated (cat a.warc.gz b.warc.gz)");
  free(cat);
  free(f);
}

static void test_verify(void)
{
  char buf[2048];
  struct warc_reader *r;
  struct warc_record rec;
  struct warc_verify v;
  size_t n;
  const char *resp = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "5\r\nHello\r\n8\r\n, World!\r\n0\r\n\r\n";

  /* sha1 hex block digest; payload digest over the chunked body as wget
     1.21 and others compute it */
  n = (size_t)snprintf(buf, sizeof(buf), "WARC/1.0\r\nWARC-Type: response\r\n"
                       "WARC-Block-Digest: sha1:%s\r\n"
                       "WARC-Payload-Digest: sha256:%s\r\n"
                       "Content-Length: %zu\r\n\r\n%s\r\n\r\n"
                       "WARC/1.1\r\nWARC-Type: resource\r\n"
                       "WARC-Block-Digest: md4:AAAA\r\n"
                       "WARC-Payload-Digest: sha1:VGMT4NSHA2AWVOR6EVYXQUGCNS"
                       "ONBWE5\r\nContent-Length: 3\r\n\r\nabd\r\n\r\n",
                       "6bd05f4b9c7ebf6b6c8f7b8e0b5cd3b0b2b4bff3",
                       "MZDLLP46EYPX4BNRGPN34N5S3UDO3SLK7LVSVNB6HWCKFKRBX2"
                       "XQ====", strlen(resp), resp);
  warc_reader_open_mem(buf, n, NULL, &r);
  is_int(warc_next(r, &rec), PP_OK, "record");
  is_int(warc_verify(&rec, &v), PP_OK, "verify");
  ok(v.block == WARC_DIGEST_MISMATCH, "wrong sha1 hex block digest: %s",
     warc_digest_check_name(v.block));
  ok(v.payload == WARC_DIGEST_OK_CHUNKED,
     "payload digest of the chunked body: %s",
     warc_digest_check_name(v.payload));
  is_int(warc_next(r, &rec), PP_OK, "resource");
  warc_verify(&rec, &v);
  ok(v.block == WARC_DIGEST_UNSUPPORTED && v.payload == WARC_DIGEST_MISMATCH,
     "unknown algorithm, mismatching payload (abd is not abc)");
  warc_reader_close(r);
}

/* ---- wget --warc-file ------------------------------------------------- */

static const char wget_page[] = "<html><head><title>Tin tức</title></head>"
                                "<body>Báo điện tử</body></html>\n";
static const char wget_chunked[] = "chunked body arrives in three parts\n";

static int check_wget_file(const char *path, int *responses)
{
  struct warc_reader *r;
  struct warc_record rec;
  struct warc_verify v;
  struct httpmsg m;
  int rc, good = 1;
  *responses = 0;
  if(warc_reader_open(path, NULL, &r, NULL))
    return 0;
  while((rc = warc_next(r, &rec)) != PP_ENOENT) {
    uint8_t *e = NULL;
    size_t n = 0;
    if(rc || warc_verify(&rec, &v) || v.block != WARC_DIGEST_OK ||
       (v.payload != WARC_DIGEST_OK && v.payload != WARC_DIGEST_OK_CHUNKED &&
        v.payload != WARC_DIGEST_ABSENT && v.payload !=
        WARC_DIGEST_UNCHECKED)) {
      diag("%s: rc %d (%s) block %s payload %s", path, rc,
           warc_reader_errmsg(r), warc_digest_check_name(v.block),
           warc_digest_check_name(v.payload));
      good = 0;
      if(rc)
        break;
      continue;
    }
    if(rec.type != WARC_RESPONSE)
      continue;
    (*responses)++;
    if(httpmsg_split(rec.block, rec.block_len, &m) ||
       httpmsg_entity(&m, 1 << 20, &e, &n)) {
      good = 0;
      pp_free(e);
      continue;
    }
    if(strstr(rec.target_uri, "/page.html"))
      good &= n == strlen(wget_page) && !memcmp(e, wget_page, n);
    else if(strstr(rec.target_uri, "/chunked"))
      good &= m.chunked && n == strlen(wget_chunked) &&
              !memcmp(e, wget_chunked, n);
    else if(strstr(rec.target_uri, "/gzip"))
      good &= m.coding == HTTPMSG_GZIP && n == 44 * 20 &&
              !memcmp(e, "this body was gzip-compressed by the server\n",
                      44);
    else
      good = 0;
    pp_free(e);
  }
  warc_reader_close(r);
  return good;
}

static void test_wget(void)
{
  char cmd[2048], port[16] = "";
  int fds[2], st, responses, i;
  pid_t pid;
  FILE *fp;

  if(!python || system("wget --version >/dev/null 2>&1")) {
    ok(1, "wget --warc-file # SKIP %s not installed",
       python ? "wget" : "python3");
    ok(1, "wget --no-warc-compression # SKIP");
    return;
  }
  if(pipe(fds))
    return;
  pid = fork();
  if(pid == 0) {
    char script[1100];
    snprintf(script, sizeof(script), "%s/tests/data/warc/serve.py",
             test_srcdir(__FILE__));
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    execlp(python, python, script, (char *)NULL);
    _exit(127);
  }
  close(fds[1]);
  fp = fdopen(fds[0], "r");
  if(!fp || !fgets(port, sizeof(port), fp))
    port[0] = '\0';
  port[strcspn(port, "\n")] = '\0';
  for(i = 0; i < 2 && !port[0]; i++)
    ok(1, "wget %d # SKIP the local HTTP server did not start", i);
  for(i = 0; i < 2 && port[0]; i++) {
    const char *name = i ? "wget-plain" : "wget";
    char path[600];
    snprintf(cmd, sizeof(cmd), "cd '%s' && wget -q --no-proxy --tries=1 "
             "--timeout=10 -e robots=off %s --warc-file='%s' -O /dev/null "
             "http://127.0.0.1:%s/page.html http://127.0.0.1:%s/chunked "
             "http://127.0.0.1:%s/gzip >/dev/null 2>&1", dir,
             i ? "--no-warc-compression" : "", name, port, port, port);
    if(system(cmd))
      diag("wget exited with an error");
    snprintf(path, sizeof(path), "%s/%s.warc%s", dir, name, i ? "" : ".gz");
    ok(check_wget_file(path, &responses) && responses == 3,
       "%s: all records read, digests ok, 3 responses decoded "
       "(plain, chunked, gzip)", path);
  }
  kill(pid, SIGTERM);
  waitpid(pid, &st, 0);
  if(fp)
    fclose(fp);
}

int main(void)
{
  struct written wr;
  char file[600], cmd[128];

  snprintf(dir, sizeof(dir), "/tmp/test_warc.XXXXXX");
  if(!mkdtemp(dir))
    tap_skip_all("mkdtemp failed");
  python = getenv("PYTHON3");
  if(!python || !*python)
    python = "python3";
  snprintf(cmd, sizeof(cmd), "'%s' -c pass >/dev/null 2>&1", python);
  if(system(cmd))
    python = NULL;
  make_ids();

  test_dates();
  test_ids_and_digests();
  test_httpmsg();
  test_writer_checks();
  test_roundtrip(&wr, file, sizeof(file));
  test_python_check(&wr, file);
  test_rotation();
  test_atomic_and_crash();
  test_write_failure();
  test_alloc_failures(file);
  test_damage_gz();
  test_damage_plain();
  test_plain_file();
  test_rework_bound();
  test_tolerance();
  test_limits();
  test_gzip_forms(file);
  test_verify();
  test_wget();

  snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
  if(system(cmd))
    diag("could not remove %s", dir);
  return tap_done();
}
