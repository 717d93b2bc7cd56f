/*
 * fuzz_quic.c: QUIC Initial decryption and CRYPTO reassembly.
 *
 * Input: a flags byte, then records of a 2-byte big-endian length and
 * that many bytes.
 *   flags & 0x80 clear: every record is one UDP datagram fed as is to one
 *     quic_ctx (real captures make good seeds; random bytes mostly
 *     exercise the header parser, as they cannot authenticate).
 *   flags & 0x80 set: every record is the plaintext frames of one client
 *     Initial, sealed with quic_build_initial() (version picked by flags
 *     & 3; flags & 0x04 pads to 1200 bytes; flags & 0x08 writes the
 *     server's DCID in later packets but keeps the first DCID's keys, as
 *     clients do; flags & 0x10 coalesces each Initial behind a 0-RTT
 *     packet) and fed to one quic_ctx: this reaches the frame walk and
 *     the reassembly with fuzzed frames.  Every sealed packet must open.
 * Checks: a known return code; on PP_OK the hello info is sane.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pp_err.h"
#include "quic.h"
#include "tls.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define RECORDS_MAX 32
#define PKT_CAP 4096

static void check(bool cond)
{
  if(!cond)
    __builtin_trap();
}

static void check_rc(int rc, const struct tls_hello_info *info)
{
  check(rc == PP_OK || rc == PP_EAGAIN || rc == PP_ENOTFOUND ||
        rc == PP_ENOTSUP || rc == PP_ECRYPTO || rc == PP_EMALFORMED ||
        rc == PP_ETRUNC || rc == PP_ELIMIT || rc == PP_ENOMEM);
  if(rc == PP_OK) {
    check(strnlen(info->sni, sizeof(info->sni)) <= TLS_SNI_MAX);
    check(strnlen(info->alpn, sizeof(info->alpn)) <= TLS_ALPN_MAX);
    check(info->has_sni || info->complete);
  }
}

/* Feed a copy of exactly len bytes, so ASan sees reads past it. */
static int feed(struct quic_ctx *q, const uint8_t *p, size_t len,
                struct tls_hello_info *info)
{
  uint8_t *copy = malloc(len ? len : 1);
  int rc;
  if(!copy)
    return PP_ENOMEM;
  if(len)
    memcpy(copy, p, len);
  rc = quic_feed(q, copy, len, info);
  free(copy);
  check_rc(rc, info);
  return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const uint32_t versions[4] = {
    QUIC_VERSION_1, QUIC_VERSION_2, 0xff00001d, 0xfaceb002
  };
  static const uint8_t dcid[8] = { 0xc1, 0x1e, 0x17, 0x1d, 0, 1, 2, 3 };
  static const uint8_t server_cid[4] = { 5, 6, 7, 8 };
  static uint8_t pkt[PKT_CAP + 64];
  struct tls_hello_info info;
  struct quic_ctx *q;
  uint8_t flags;
  size_t off = 1, n = 0, sealed = 0;
  if(!size)
    return 0;
  flags = data[0];
  q = quic_ctx_new();
  if(!q)
    return 0;
  while(off + 2 <= size && n++ < RECORDS_MAX) {
    size_t len = (size_t)data[off] << 8 | data[off + 1];
    const uint8_t *rec = data + off + 2;
    off += 2;
    if(len > size - off)
      len = size - off;
    off += len;
    if(!(flags & 0x80)) {
      feed(q, rec, len, &info);
      continue;
    }
    {
      uint32_t version = versions[flags & 3];
      bool other = (flags & 0x08) && sealed;
      size_t at = 0, plen = 0;
      struct quic_stats before, after;
      int rc;
      const uint8_t *hdr_cid = other ? server_cid : dcid;
      size_t hdr_cid_len = other ? sizeof(server_cid) : sizeof(dcid);
      if(flags & 0x10) {   /* a 0-RTT packet first: 20 bytes of noise */
        pkt[at++] = version == QUIC_VERSION_2 ? 0xe3 : 0xd3;
        pkt[at++] = (uint8_t)(version >> 24);
        pkt[at++] = (uint8_t)(version >> 16);
        pkt[at++] = (uint8_t)(version >> 8);
        pkt[at++] = (uint8_t)version;
        pkt[at++] = (uint8_t)hdr_cid_len;   /* the same DCID: RFC 9000 12.2 */
        memcpy(pkt + at, hdr_cid, hdr_cid_len);
        at += hdr_cid_len;
        pkt[at++] = 0;
        pkt[at++] = 20;
        memset(pkt + at, 0x5a, 20);
        at += 20;
      }
      rc = quic_build_initial_keyed(dcid, sizeof(dcid), version, hdr_cid,
                                    hdr_cid_len, NULL, 0, (uint32_t)n, rec, len,
                                    (flags & 0x04) ? 1200 : 0, pkt + at,
                                    PKT_CAP, &plen);
      if(rc == PP_ERANGE)
        continue;
      check(rc == PP_OK);
      sealed++;
      quic_ctx_stats(q, &before);
      rc = feed(q, pkt, at + plen, &info);
      quic_ctx_stats(q, &after);
      /* What we seal we must open. */
      check(rc == PP_ENOMEM || after.decrypted == before.decrypted + 1);
    }
  }
  quic_ctx_free(q);
  return 0;
}
