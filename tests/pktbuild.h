/*
 * pktbuild.h: build frames byte by byte for unit tests (header-only).
 *
 *   struct pb b; pb_init(&b);
 *   pb_eth(&b, 0x0800); size_t ip = pb_ipv4(&b, 6, src, dst);
 *   pb_tcp(&b, 1234, 443, seq, ack, TCPF_ACK); pb_bytes(&b, "GET /", 5);
 *   pb_ipv4_fix(&b, ip);              -- sets the IP total length
 */
#ifndef PP_PKTBUILD_H
#define PP_PKTBUILD_H

#include <stdint.h>
#include <string.h>

#define PB_MAX 4096

struct pb {
  uint8_t d[PB_MAX];
  size_t n;
};

static inline void pb_init(struct pb *b) { b->n = 0; }

static inline void pb_u8(struct pb *b, unsigned v)
{
  if(b->n < PB_MAX)
    b->d[b->n++] = (uint8_t)v;
}

static inline void pb_be16(struct pb *b, unsigned v)
{
  pb_u8(b, v >> 8);
  pb_u8(b, v);
}

static inline void pb_be32(struct pb *b, uint32_t v)
{
  pb_be16(b, v >> 16);
  pb_be16(b, v & 0xffff);
}

static inline void pb_bytes(struct pb *b, const void *p, size_t n)
{
  if(n && b->n + n <= PB_MAX) {
    memcpy(b->d + b->n, p, n);
    b->n += n;
  }
}

static inline void pb_zero(struct pb *b, size_t n)
{
  while(n--)
    pb_u8(b, 0);
}

static inline void pb_eth(struct pb *b, unsigned type)
{
  static const uint8_t macs[12] = {0, 1, 2, 3, 4, 5, 0, 6, 7, 8, 9, 10};
  pb_bytes(b, macs, 12);
  pb_be16(b, type);
}

/* IPv4 header without options; returns its offset for pb_ipv4_fix. */
static inline size_t pb_ipv4(struct pb *b, unsigned proto,
                             const uint8_t src[4], const uint8_t dst[4])
{
  size_t off = b->n;
  pb_u8(b, 0x45);
  pb_u8(b, 0);
  pb_be16(b, 0);              /* total length: pb_ipv4_fix */
  pb_be16(b, 0x1234);
  pb_be16(b, 0x4000);         /* DF */
  pb_u8(b, 64);
  pb_u8(b, proto);
  pb_be16(b, 0);
  pb_bytes(b, src, 4);
  pb_bytes(b, dst, 4);
  return off;
}

static inline void pb_ipv4_fix(struct pb *b, size_t off)
{
  size_t len = b->n - off;
  b->d[off + 2] = (uint8_t)(len >> 8);
  b->d[off + 3] = (uint8_t)len;
}

static inline size_t pb_ipv6(struct pb *b, unsigned next,
                             const uint8_t src[16], const uint8_t dst[16])
{
  size_t off = b->n;
  pb_be32(b, 0x60000000u);
  pb_be16(b, 0);              /* payload length: pb_ipv6_fix */
  pb_u8(b, next);
  pb_u8(b, 64);
  pb_bytes(b, src, 16);
  pb_bytes(b, dst, 16);
  return off;
}

static inline void pb_ipv6_fix(struct pb *b, size_t off)
{
  size_t len = b->n - off - 40;
  b->d[off + 4] = (uint8_t)(len >> 8);
  b->d[off + 5] = (uint8_t)len;
}

static inline void pb_tcp(struct pb *b, unsigned sport, unsigned dport,
                          uint32_t seq, uint32_t ack, unsigned flags)
{
  pb_be16(b, sport);
  pb_be16(b, dport);
  pb_be32(b, seq);
  pb_be32(b, ack);
  pb_u8(b, 5 << 4);
  pb_u8(b, flags);
  pb_be16(b, 65535);
  pb_be16(b, 0);
  pb_be16(b, 0);
}

/* UDP header; returns its offset for pb_udp_fix. */
static inline size_t pb_udp(struct pb *b, unsigned sport, unsigned dport)
{
  size_t off = b->n;
  pb_be16(b, sport);
  pb_be16(b, dport);
  pb_be16(b, 0);
  pb_be16(b, 0);
  return off;
}

static inline void pb_udp_fix(struct pb *b, size_t off)
{
  size_t len = b->n - off;
  b->d[off + 4] = (uint8_t)(len >> 8);
  b->d[off + 5] = (uint8_t)len;
}

#endif
