/*
 * fuzz_warc.c: the WARC reader and the HTTP message helpers on hostile
 * bytes (classify/warc.c, classify/httpmsg.c).
 *
 * The input is read three ways: as it is (gzip or plain, told by its
 * first bytes), gzip-compressed as one stream, and gzip-compressed one
 * member per "WARC/" line (so mutations of plain records reach the
 * member logic).  Caps are small so that the limits are reached.  Every
 * record read goes through warc_verify, httpmsg_split, httpmsg_dechunk and
 * httpmsg_entity, and warc_reader_seek goes back to it.  Then the input is
 * written as a response record and read back: that must give the same
 * block with digests that verify (an oracle for writer and reader).
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stdlib.h>
#include <zlib.h>

#include "httpmsg.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "warc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CALLS_MAX 4096           /* warc_next calls per reading */
#define GZ_INPUT_MAX (256 * 1024)

static void http_checks(const uint8_t *p, size_t n)
{
  struct httpmsg m;
  uint8_t *out;
  size_t len;
  if(httpmsg_split(p, n, &m))
    return;
  if(m.head_len > HTTPMSG_HEAD_MAX || m.body + m.body_len != p + n)
    abort();
  out = malloc(m.body_len + 1);
  if(out && httpmsg_dechunk(m.body, m.body_len, out, m.body_len, &len) !=
     PP_ELIMIT && len > m.body_len)
    abort();
  free(out);
  out = NULL;
  if(httpmsg_entity(&m, 64 * 1024, &out, &len) != PP_ENOMEM && out &&
     len > 64 * 1024)
    abort();
  pp_free(out);
}

static void read_all(const uint8_t *p, size_t n)
{
  struct warc_reader_opts o = { 64 * 1024, 1024 * 1024 };
  struct warc_reader *r;
  struct warc_record rec;
  struct warc_verify v;
  uint64_t first = UINT64_MAX;
  int i, rc;
  if(warc_reader_open_mem(p, n, &o, &r))
    return;
  for(i = 0; i < CALLS_MAX; i++) {
    rc = warc_next(r, &rec);
    if(rc == PP_ENOENT || rc == PP_EIO || rc == PP_ENOMEM)
      break;
    if(rc)
      continue;
    if(!rec.block || rec.block_len != rec.content_length ||
       rec.block_len > o.block_max)
      abort();
    if(first == UINT64_MAX)
      first = rec.offset;
    warc_verify(&rec, &v);
    warc_field(&rec, "WARC-Segment-Number");
    http_checks(rec.block, rec.block_len);
  }
  if(i == CALLS_MAX)
    abort();                      /* each call must make progress */
  if(first != UINT64_MAX && !warc_reader_seek(r, first))
    warc_next(r, &rec);
  warc_reader_close(r);
}

/* gzip p[0..n): one member, or one member per line starting "WARC/". */
static uint8_t *gzip(const uint8_t *p, size_t n, bool split, size_t *len)
{
  z_stream zs;
  size_t cap = n + n / 2 + 64, i, start = 0;
  uint8_t *out = malloc(cap);
  memset(&zs, 0, sizeof(zs));
  if(!out || deflateInit2(&zs, 1, Z_DEFLATED, 31, 8,
                          Z_DEFAULT_STRATEGY) != Z_OK) {
    free(out);
    return NULL;
  }
  zs.next_out = out;
  for(i = 0; i <= n; i++) {
    bool cut = i == n || (split && i > start && i + 5 <= n &&
                          p[i - 1] == '\n' && !memcmp(p + i, "WARC/", 5));
    size_t used = (size_t)(zs.next_out - out);
    if(!cut)
      continue;
    zs.next_in = (Bytef *)(uintptr_t)(p + start);
    zs.avail_in = (uInt)(i - start);
    /* a member costs at most ~n/1000 + 30 bytes over its input */
    if(cap - used < i - start + (i - start) / 2 + 64)
      break;
    zs.avail_out = (uInt)(cap - used);
    if(deflate(&zs, Z_FINISH) != Z_STREAM_END)
      break;
    deflateReset(&zs);
    start = i;
  }
  *len = (size_t)(zs.next_out - out);
  deflateEnd(&zs);
  return out;
}

/* The input as a response record, read back. */
static void round_trip(const uint8_t *p, size_t n)
{
  struct warc_wrec w = { .type = WARC_RESPONSE,
    .target_uri = "https://example.vn/", .ip = "192.0.2.1",
    .date = 1795887662123456ull, .block = p, .block_len = n };
  struct warc_reader *r;
  struct warc_record rec;
  struct warc_verify v;
  uint8_t *m;
  size_t len;
  if(warc_record_to_mem(&w, "<urn:uuid:x>", &m, &len))
    return;
  if(!warc_reader_open_mem(m, len, NULL, &r)) {
    if(warc_next(r, &rec) || rec.block_len != n ||
       (n && memcmp(rec.block, p, n)) || warc_verify(&rec, &v) ||
       v.block != WARC_DIGEST_OK ||
       (v.payload != WARC_DIGEST_OK && v.payload != WARC_DIGEST_ABSENT) ||
       warc_next(r, &rec) != PP_ENOENT)
      abort();
    warc_reader_close(r);
  }
  pp_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char *s;
  pp_usec_t t;
  int alg;
  uint8_t raw[64];
  size_t n, i;

  read_all(data, size);
  for(i = 0; i < 2 && size <= GZ_INPUT_MAX; i++) {
    uint8_t *z = gzip(data, size, i == 1, &n);
    if(z)
      read_all(z, n);
    free(z);
  }
  http_checks(data, size);
  round_trip(data, size);
  s = malloc(size + 1);
  if(s) {
    memcpy(s, data, size);
    s[size] = '\0';
    warc_date_parse(s, &t);
    warc_digest_decode(s, &alg, raw, &n);
    free(s);
  }
  return 0;
}
