/*
 * test_decode.c: link types, encapsulations, IP/L4 decoding, and that no
 * truncation of a valid frame can read out of bounds or be accepted as
 * something else.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stdlib.h>

#include "decode.h"
#include "pktbuild.h"
#include "tap.h"

static const uint8_t C4[4] = {100, 64, 1, 2};
static const uint8_t S4[4] = {198, 51, 100, 7};
static const uint8_t O4[4] = {192, 0, 2, 1};      /* tunnel endpoints */
static const uint8_t O4b[4] = {192, 0, 2, 2};
static uint8_t C6[16] = {0x20, 0x01, 0x0d, 0xb8, 0xc0, 0, 0, 0,
                         0, 0, 0, 0, 0, 0, 0, 1};
static uint8_t S6[16] = {0x20, 0x01, 0x0d, 0xb8, 0x5e, 0, 0, 0,
                         0, 0, 0, 0, 0, 0, 0, 2};

/* An IPv4/TCP packet to port 443 with a 5-byte payload. */
static void inner_tcp4(struct pb *b)
{
  size_t ip = pb_ipv4(b, 6, C4, S4);
  pb_tcp(b, 40000, 443, 1000, 0, TCPF_ACK | TCPF_PSH);
  pb_bytes(b, "hello", 5);
  pb_ipv4_fix(b, ip);
}

static void check_inner(const struct pb *b, int dlt, const char *what,
                        unsigned encap)
{
  struct decoded d;
  enum decode_result r = decode_packet(dlt, b->d, (uint32_t)b->n, &d);
  is_int(r, DECODE_OK, "%s: decodes", what);
  ok(r == DECODE_OK && d.ipver == 4 && d.l4proto == 6 && d.sport == 40000 &&
     d.dport == 443 && d.payload_len == 5 &&
     !memcmp(d.payload, "hello", 5) && !memcmp(d.src.a, C4, 4) &&
     !memcmp(d.dst.a, S4, 4), "%s: inner TCP 5-tuple and payload", what);
  ok((d.encap & encap) == encap, "%s: encapsulation flags %#x", what,
     d.encap);
}

/* Every prefix of a valid frame: never OK with a payload beyond the cut,
 * and a trunc-* result once headers are cut. */
static void check_truncations(const struct pb *b, int dlt, const char *what)
{
  size_t cut, bad = 0;
  for(cut = 0; cut < b->n; cut++) {
    struct decoded d;
    uint8_t *copy = malloc(cut ? cut : 1);
    enum decode_result r;
    memcpy(copy, b->d, cut);
    r = decode_packet(dlt, copy, (uint32_t)cut, &d);
    if(r == DECODE_OK && d.payload + d.payload_len > copy + cut)
      bad++;
    if(r != DECODE_OK && !decode_result_is_error(r) &&
       r != DECODE_NOT_IP)
      bad++;
    free(copy);
  }
  is_int(bad, 0, "%s: all %zu truncations handled", what, b->n);
}

static void test_links(void)
{
  struct pb b;
  /* Ethernet */
  pb_init(&b);
  pb_eth(&b, 0x0800);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_EN10MB, "ethernet", 0);
  check_truncations(&b, DECODE_DLT_EN10MB, "ethernet");
  /* Ethernet padding must not count as payload */
  pb_zero(&b, 6);
  check_inner(&b, DECODE_DLT_EN10MB, "ethernet with padding", 0);

  /* Linux SLL */
  pb_init(&b);
  pb_be16(&b, 0);
  pb_be16(&b, 1);
  pb_be16(&b, 6);
  pb_zero(&b, 8);
  pb_be16(&b, 0x0800);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_LINUX_SLL, "sll", 0);
  check_truncations(&b, DECODE_DLT_LINUX_SLL, "sll");

  /* Linux SLL2 */
  pb_init(&b);
  pb_be16(&b, 0x0800);
  pb_be16(&b, 0);
  pb_be32(&b, 3);
  pb_be16(&b, 1);
  pb_u8(&b, 0);
  pb_u8(&b, 6);
  pb_zero(&b, 8);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_LINUX_SLL2, "sll2", 0);

  /* raw IP */
  pb_init(&b);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_RAW, "raw", 0);
  check_inner(&b, DECODE_DLT_LINKTYPE_RAW, "linktype raw 101", 0);

  /* null, little-endian AF_INET; loop, big-endian */
  pb_init(&b);
  pb_u8(&b, 2);
  pb_zero(&b, 3);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_NULL, "null", 0);
  pb_init(&b);
  pb_be32(&b, 2);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_LOOP, "loop", 0);
  /* null with an unknown AF is not IP */
  b.d[3] = 99;
  {
    struct decoded d;
    is_int(decode_packet(DECODE_DLT_LOOP, b.d, (uint32_t)b.n, &d),
           DECODE_NOT_IP, "loop: unknown AF is not IP");
  }
  /* PPP with HDLC framing */
  pb_init(&b);
  pb_u8(&b, 0xff);
  pb_u8(&b, 0x03);
  pb_be16(&b, 0x0021);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_PPP, "ppp", 0);
  {
    struct decoded d;
    is_int(decode_packet(147, b.d, (uint32_t)b.n, &d),
           DECODE_UNSUPPORTED_LINK, "unknown link type is reported");
  }
}

static void test_encaps(void)
{
  struct pb b;
  size_t ip, udp;
  /* 802.1Q */
  pb_init(&b);
  pb_eth(&b, 0x8100);
  pb_be16(&b, 100);
  pb_be16(&b, 0x0800);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_EN10MB, "vlan", DECODE_ENC_VLAN);
  check_truncations(&b, DECODE_DLT_EN10MB, "vlan");
  /* QinQ: 802.1ad outer, 802.1Q inner; and 0x9100 outer */
  pb_init(&b);
  pb_eth(&b, 0x88a8);
  pb_be16(&b, 10);
  pb_be16(&b, 0x8100);
  pb_be16(&b, 20);
  pb_be16(&b, 0x0800);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_EN10MB, "qinq 88a8", DECODE_ENC_VLAN);
  b.d[12] = 0x91;
  b.d[13] = 0x00;
  check_inner(&b, DECODE_DLT_EN10MB, "qinq 9100", DECODE_ENC_VLAN);
  /* MPLS, two labels */
  pb_init(&b);
  pb_eth(&b, 0x8847);
  pb_be32(&b, (100u << 12) | 64);
  pb_be32(&b, (200u << 12) | 0x100 | 64);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_EN10MB, "mpls x2", DECODE_ENC_MPLS);
  check_truncations(&b, DECODE_DLT_EN10MB, "mpls");
  /* MPLS pseudowire with control word, then Ethernet */
  pb_init(&b);
  pb_eth(&b, 0x8847);
  pb_be32(&b, (300u << 12) | 0x100 | 64);
  pb_be32(&b, 0);
  pb_eth(&b, 0x0800);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_EN10MB, "mpls pseudowire", DECODE_ENC_MPLS);
  /* PPPoE session */
  pb_init(&b);
  pb_eth(&b, 0x8864);
  pb_u8(&b, 0x11);
  pb_u8(&b, 0);
  pb_be16(&b, 7);
  pb_be16(&b, 0);
  pb_be16(&b, 0x0021);
  inner_tcp4(&b);
  check_inner(&b, DECODE_DLT_EN10MB, "pppoe", DECODE_ENC_PPPOE);
  /* GRE with key and sequence carrying IPv4 */
  pb_init(&b);
  pb_eth(&b, 0x0800);
  ip = pb_ipv4(&b, 47, O4, O4b);
  pb_be16(&b, 0x3000);
  pb_be16(&b, 0x0800);
  pb_be32(&b, 42);
  pb_be32(&b, 1);
  inner_tcp4(&b);
  pb_ipv4_fix(&b, ip);
  check_inner(&b, DECODE_DLT_EN10MB, "gre key+seq", DECODE_ENC_GRE);
  check_truncations(&b, DECODE_DLT_EN10MB, "gre");
  /* GRE transparent Ethernet and ERSPAN II */
  pb_init(&b);
  pb_eth(&b, 0x0800);
  ip = pb_ipv4(&b, 47, O4, O4b);
  pb_be16(&b, 0x1000);
  pb_be16(&b, 0x88be);
  pb_be32(&b, 5);
  pb_be32(&b, 0x10000001);
  pb_be32(&b, 0);
  pb_eth(&b, 0x0800);
  inner_tcp4(&b);
  pb_ipv4_fix(&b, ip);
  check_inner(&b, DECODE_DLT_EN10MB, "erspan II",
              DECODE_ENC_GRE | DECODE_ENC_ERSPAN);
  /* IPv4 in IPv4 */
  pb_init(&b);
  ip = pb_ipv4(&b, 4, O4, O4b);
  inner_tcp4(&b);
  pb_ipv4_fix(&b, ip);
  check_inner(&b, DECODE_DLT_RAW, "ipip", DECODE_ENC_IPIP);
  /* VXLAN */
  pb_init(&b);
  pb_eth(&b, 0x0800);
  ip = pb_ipv4(&b, 17, O4, O4b);
  udp = pb_udp(&b, 50000, 4789);
  pb_u8(&b, 0x08);
  pb_zero(&b, 3);
  pb_be32(&b, 0x00100000);
  pb_eth(&b, 0x0800);
  inner_tcp4(&b);
  pb_udp_fix(&b, udp);
  pb_ipv4_fix(&b, ip);
  check_inner(&b, DECODE_DLT_EN10MB, "vxlan", DECODE_ENC_VXLAN);
  /* GTP-U G-PDU with a sequence number */
  pb_init(&b);
  ip = pb_ipv4(&b, 17, O4, O4b);
  udp = pb_udp(&b, 2152, 2152);
  pb_u8(&b, 0x32);
  pb_u8(&b, 0xff);
  pb_be16(&b, 0);
  pb_be32(&b, 0xabcdef);
  pb_be16(&b, 1);
  pb_u8(&b, 0);
  pb_u8(&b, 0);
  inner_tcp4(&b);
  pb_udp_fix(&b, udp);
  pb_ipv4_fix(&b, ip);
  check_inner(&b, DECODE_DLT_RAW, "gtp-u", DECODE_ENC_GTPU);
  /* CAPWAP data carrying an 802.11 QoS data frame, both frame-control
   * byte orders (Cisco access points swap them) */
  {
    int swapped;
    for(swapped = 0; swapped < 2; swapped++) {
      pb_init(&b);
      ip = pb_ipv4(&b, 17, O4, O4b);
      udp = pb_udp(&b, 5246, 5247);
      pb_u8(&b, 0);
      pb_u8(&b, (4 << 3) | 0);          /* HLEN 4 words */
      pb_u8(&b, 0x03);                  /* WBID 1 (bits), T set */
      pb_u8(&b, 0x00);
      pb_zero(&b, 12);
      pb_u8(&b, swapped ? 0x01 : 0x88);  /* QoS data, ToDS */
      pb_u8(&b, swapped ? 0x88 : 0x01);
      pb_zero(&b, 2 + 18 + 2 + 2);
      pb_u8(&b, 0xaa);
      pb_u8(&b, 0xaa);
      pb_u8(&b, 0x03);
      pb_zero(&b, 3);
      pb_be16(&b, 0x0800);
      inner_tcp4(&b);
      pb_udp_fix(&b, udp);
      pb_ipv4_fix(&b, ip);
      check_inner(&b, DECODE_DLT_RAW, swapped ? "capwap 802.11 swapped FC"
                  : "capwap 802.11", DECODE_ENC_CAPWAP);
    }
  }
  /* nesting beyond the limit is refused, not recursed forever */
  pb_init(&b);
  {
    int i;
    size_t offs[12];
    for(i = 0; i < 12; i++)
      offs[i] = pb_ipv4(&b, 4, O4, O4b);
    inner_tcp4(&b);
    for(i = 11; i >= 0; i--)
      pb_ipv4_fix(&b, offs[i]);
  }
  {
    struct decoded d;
    is_int(decode_packet(DECODE_DLT_RAW, b.d, (uint32_t)b.n, &d),
           DECODE_TOO_DEEP, "12 nested IP-in-IP headers: too deep");
  }
}

static void test_ip(void)
{
  struct pb b;
  struct decoded d;
  size_t ip, udp;
  /* IPv6 with hop-by-hop and destination options, UDP */
  pb_init(&b);
  ip = pb_ipv6(&b, 0, C6, S6);
  pb_u8(&b, 60);
  pb_u8(&b, 0);
  pb_zero(&b, 6);
  pb_u8(&b, 17);
  pb_u8(&b, 1);
  pb_zero(&b, 14);
  udp = pb_udp(&b, 5000, 443);
  pb_bytes(&b, "quic", 4);
  pb_udp_fix(&b, udp);
  pb_ipv6_fix(&b, ip);
  is_int(decode_packet(DECODE_DLT_RAW, b.d, (uint32_t)b.n, &d), DECODE_OK,
         "ipv6 with extension headers");
  ok(d.ipver == 6 && d.l4proto == 17 && d.dport == 443 &&
     d.payload_len == 4 && (d.encap & DECODE_ENC_IPV6_EXT),
     "ipv6: UDP found behind the options");
  check_truncations(&b, DECODE_DLT_RAW, "ipv6 ext");
  /* IPv6 fragment (offset 0, more fragments) */
  pb_init(&b);
  ip = pb_ipv6(&b, 44, C6, S6);
  pb_u8(&b, 17);
  pb_u8(&b, 0);
  pb_be16(&b, 0x0001);
  pb_be32(&b, 77);
  pb_zero(&b, 16);
  pb_ipv6_fix(&b, ip);
  is_int(decode_packet(DECODE_DLT_RAW, b.d, (uint32_t)b.n, &d),
         DECODE_FRAGMENT, "ipv6 first fragment is a fragment");
  /* IPv4 fragments: first (MF) and later (offset) */
  pb_init(&b);
  inner_tcp4(&b);
  b.d[6] = 0x20;
  b.d[7] = 0;
  is_int(decode_packet(DECODE_DLT_RAW, b.d, (uint32_t)b.n, &d),
         DECODE_FRAGMENT, "ipv4 MF fragment");
  b.d[6] = 0;
  b.d[7] = 10;
  is_int(decode_packet(DECODE_DLT_RAW, b.d, (uint32_t)b.n, &d),
         DECODE_FRAGMENT, "ipv4 later fragment");
  /* bad headers */
  pb_init(&b);
  inner_tcp4(&b);
  b.d[0] = 0x44;
  is_int(decode_packet(DECODE_DLT_RAW, b.d, (uint32_t)b.n, &d),
         DECODE_BAD_IP_HEADER, "IHL 4 is malformed");
  b.d[0] = 0x45;
  b.d[2] = 0;
  b.d[3] = 10;
  is_int(decode_packet(DECODE_DLT_RAW, b.d, (uint32_t)b.n, &d),
         DECODE_BAD_IP_HEADER, "total length < header is malformed");
  pb_init(&b);
  inner_tcp4(&b);
  b.d[32] = 0x40;
  is_int(decode_packet(DECODE_DLT_RAW, b.d, (uint32_t)b.n, &d),
         DECODE_BAD_L4_HEADER, "TCP data offset 4 is malformed");
  pb_init(&b);
  inner_tcp4(&b);
  b.d[0] = 0x75;
  is_int(decode_packet(DECODE_DLT_RAW, b.d, (uint32_t)b.n, &d),
         DECODE_BAD_IP_VERSION, "IP version 7");
  /* snaplen: payload present is clipped, wire length kept */
  pb_init(&b);
  inner_tcp4(&b);
  is_int(decode_packet(DECODE_DLT_RAW, b.d, 42, &d), DECODE_OK,
         "snaplen cut inside the payload decodes");
  ok(d.payload_len == 2 && d.payload_wire_len == 5 && d.ip_len == 45,
     "snaplen: 2 of 5 payload bytes, IP length 45");
  /* ICMP and ARP are not errors */
  pb_init(&b);
  ip = pb_ipv4(&b, 1, C4, S4);
  pb_zero(&b, 8);
  pb_ipv4_fix(&b, ip);
  is_int(decode_packet(DECODE_DLT_RAW, b.d, (uint32_t)b.n, &d),
         DECODE_OTHER_L4, "ICMP is other-l4");
  pb_init(&b);
  pb_eth(&b, 0x0806);
  pb_zero(&b, 28);
  is_int(decode_packet(DECODE_DLT_EN10MB, b.d, (uint32_t)b.n, &d),
         DECODE_NOT_IP, "ARP is not-ip");
  ok(!decode_result_is_error(DECODE_NOT_IP) &&
     decode_result_is_error(DECODE_TRUNC_IP) &&
     !strcmp(decode_result_name(DECODE_TRUNC_L4), "trunc-l4"),
     "result names and classes");
}

int main(void)
{
  test_links();
  test_encaps();
  test_ip();
  return tap_done();
}
