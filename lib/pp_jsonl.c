/*
 * pp_jsonl.c: JSON lines sink (see pp_jsonl.h) and base64 (RFC 4648).
 *
 * One record is one line, one JSON object (RFC 8259), members in this
 * order (doc/pressprobe-jsonl.5 is the reference):
 *
 *   {"bucket":"2024-10-01T12:00:00Z","bucket_seconds":3600,
 *    "name":"www.xn--bcher-kva.example","site":"xn--bcher-kva.example",
 *    "unicode":"www.bücher.example",                  (only when set)
 *    "first_seen":"2024-10-01T12:00:03.250000Z","last_seen":"...",
 *    "flows":2,"packets":40,"bytes_up":1200,"bytes_down":48000,
 *    "lookups":1,"via":["tls","dns"],"clients":2,"clients_hll":"AQAM...",
 *    "proto":"TLS","category":"Web","servers":["192.0.2.1"],
 *    "paths":[{"path":"/news","hits":3}]}
 *
 * clients_hll is base64 of the pp_hll serialization (pp_hll.c); an absent
 * sketch is written as the empty one so every line has the field.
 */
#include "config.h"

#include <math.h>

#include "pp_err.h"
#include "pp_hll.h"
#include "pp_json.h"
#include "pp_jsonl.h"

static const char b64_alphabet[] =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

size_t jsonl_base64_encode(const void *in, size_t n, char *out, size_t cap)
{
  const uint8_t *p = in;
  size_t i, o = 0;

  if(cap < JSONL_B64_LEN(n) + 1 || (n && !p)) {
    if(cap)
      out[0] = '\0';
    return 0;
  }
  for(i = 0; i + 2 < n; i += 3) {
    uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
    out[o++] = b64_alphabet[v >> 18];
    out[o++] = b64_alphabet[(v >> 12) & 63];
    out[o++] = b64_alphabet[(v >> 6) & 63];
    out[o++] = b64_alphabet[v & 63];
  }
  if(i < n) {
    uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8
                                                    : 0);
    out[o++] = b64_alphabet[v >> 18];
    out[o++] = b64_alphabet[(v >> 12) & 63];
    out[o++] = i + 1 < n ? b64_alphabet[(v >> 6) & 63] : '=';
    out[o++] = '=';
  }
  out[o] = '\0';
  return o;
}

/* Value of a base64 character, or -1. */
static int b64_value(uint8_t c)
{
  if(c >= 'A' && c <= 'Z')
    return c - 'A';
  if(c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if(c >= '0' && c <= '9')
    return c - '0' + 52;
  if(c == '+')
    return 62;
  if(c == '/')
    return 63;
  return -1;
}

int jsonl_base64_decode(struct pp_rd *r, size_t n, uint8_t *out, size_t cap,
                        size_t *outlen)
{
  size_t o = 0, q;

  *outlen = 0;
  if(!rd_need(r, n))
    return r->err;
  if(n % 4)
    return rd_fail(r, PP_EMALFORMED);
  for(q = 0; q < n; q += 4) {
    uint8_t c[4];
    int v[4], i, pad = 0;
    uint32_t bits;
    rd_copy(r, c, 4);
    for(i = 0; i < 4; i++) {
      v[i] = b64_value(c[i]);
      if(v[i] < 0) {
        /* '=' only as the last one or two characters of the text. */
        if(c[i] != '=' || q + 4 != n || i < 2 || (i == 2 && c[3] != '='))
          return rd_fail(r, PP_EMALFORMED);
        v[i] = 0;
        pad++;
      }
    }
    bits = (uint32_t)v[0] << 18 | (uint32_t)v[1] << 12 | (uint32_t)v[2] << 6 |
           (uint32_t)v[3];
    /* Canonical form: the bits under the padding are zero. */
    if((pad == 1 && (bits & 0xff)) || (pad == 2 && (bits & 0xffff)))
      return rd_fail(r, PP_EMALFORMED);
    if(cap - o < (size_t)(3 - pad))
      return PP_ERANGE;
    out[o++] = (uint8_t)(bits >> 16);
    if(pad < 2)
      out[o++] = (uint8_t)(bits >> 8);
    if(pad < 1)
      out[o++] = (uint8_t)bits;
  }
  if(!rd_ok(r))
    return r->err;
  *outlen = o;
  return PP_OK;
}

/* "via" as an array of the pp_via_str names. */
static void write_via(struct pp_jsonw *w, unsigned via)
{
  char buf[PP_VIA_STRLEN];
  const char *p = pp_via_str(via, buf);
  jsonw_arr_begin(w);
  while(*p) {
    size_t len = strcspn(p, ";");
    jsonw_strn(w, p, len);
    p += len + (p[len] == ';');
  }
  jsonw_arr_end(w);
}

static void write_clients(struct pp_jsonw *w, const struct pp_hll *h)
{
  uint8_t blob[PP_HLL_SERIAL_MAX];
  char text[JSONL_B64_LEN(PP_HLL_SERIAL_MAX) + 1];
  size_t len = 0;

  jsonw_key(w, "clients");
  jsonw_u64(w, (uint64_t)llround(pp_hll_estimate(h)));
  jsonw_key(w, "clients_hll");
  /* Cannot fail: the buffers have the documented maximum sizes. */
  pp_hll_serialize(h, blob, sizeof(blob), &len);
  jsonl_base64_encode(blob, len, text, sizeof(text));
  jsonw_str(w, text);
}

int jsonl_write_record(FILE *f, const struct pp_record *rec)
{
  struct pp_jsonw w;
  size_t i;

  if(!f || !rec)
    return PP_EINVAL;
  jsonw_init(&w, f);
  jsonw_obj_begin(&w);
  jsonw_key(&w, "bucket");
  jsonw_time(&w, rec->bucket_start);
  jsonw_key(&w, "bucket_seconds");
  jsonw_u64(&w, rec->bucket_seconds);
  jsonw_key(&w, "name");
  jsonw_str(&w, rec->name);
  jsonw_key(&w, "site");
  jsonw_str(&w, rec->site);
  if(rec->unicode) {
    jsonw_key(&w, "unicode");
    jsonw_str(&w, rec->unicode);
  }
  jsonw_key(&w, "first_seen");
  jsonw_time_usec(&w, rec->first_seen);
  jsonw_key(&w, "last_seen");
  jsonw_time_usec(&w, rec->last_seen);
  jsonw_key(&w, "flows");
  jsonw_u64(&w, rec->flows);
  jsonw_key(&w, "packets");
  jsonw_u64(&w, rec->packets);
  jsonw_key(&w, "bytes_up");
  jsonw_u64(&w, rec->bytes_up);
  jsonw_key(&w, "bytes_down");
  jsonw_u64(&w, rec->bytes_down);
  jsonw_key(&w, "lookups");
  jsonw_u64(&w, rec->lookups);
  jsonw_key(&w, "via");
  write_via(&w, rec->via);
  write_clients(&w, rec->clients);
  jsonw_key(&w, "proto");
  jsonw_str(&w, rec->proto);
  jsonw_key(&w, "category");
  jsonw_str(&w, rec->category);
  jsonw_key(&w, "servers");
  jsonw_arr_begin(&w);
  for(i = 0; rec->servers && i < rec->n_servers; i++) {
    char addr[PP_ADDR_STRLEN];
    if(rec->servers[i].family)
      jsonw_str(&w, pp_addr_str(&rec->servers[i], addr));
  }
  jsonw_arr_end(&w);
  jsonw_key(&w, "paths");
  jsonw_arr_begin(&w);
  for(i = 0; rec->paths && i < rec->n_paths; i++) {
    jsonw_obj_begin(&w);
    jsonw_key(&w, "path");
    jsonw_str(&w, rec->paths[i].path);
    jsonw_key(&w, "hits");
    jsonw_u64(&w, rec->paths[i].hits);
    jsonw_obj_end(&w);
  }
  jsonw_arr_end(&w);
  jsonw_obj_end(&w);
  if(jsonw_error(&w) || fputc('\n', f) == EOF)
    return PP_EIO;
  return PP_OK;
}
