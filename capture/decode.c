/*
 * decode.c: frame decoding from the link layer to TCP/UDP.
 *
 * References: IEEE 802.1Q (VLAN tags), RFC 3032 (MPLS label stack),
 * RFC 4385 (pseudowire control word), RFC 2516 (PPPoE), RFC 1661/1662
 * (PPP), RFC 2784/2890 (GRE), RFC 2003/4213 (IP in IP), 3GPP TS 29.281
 * (GTP-U), RFC 7348 (VXLAN), draft-foschiano-erspan (ERSPAN II/III),
 * RFC 791 (IPv4), RFC 8200 (IPv6), RFC 4302 (AH), RFC 9293 (TCP),
 * RFC 768 (UDP), tcpdump.org/linktypes.html (link types).
 *
 * Every read goes through struct pp_rd.  A cursor's end is clipped to the
 * IP length as soon as an IP header is known, so Ethernet padding never
 * counts as payload.
 *
 *   IPv4 header                         IPv6 header
 *   +-------+-------+-------+-------+   +-------+-------+-------+-------+
 *   |Ver|IHL|  TOS  | Total Length  |   |Ver| TC  |      Flow Label     |
 *   | Identification|Flg| FragOffset|   | Payload Length| NextHdr| Hops |
 *   |  TTL  | Proto | Checksum      |   |  Source Address (16 bytes)    |
 *   |        Source Address         |   |  Destination Address (16)     |
 *   |     Destination Address       |   +-------------------------------+
 *   +-------------------------------+
 */
#include "config.h"

#include "decode.h"
#include "pp_cursor.h"

#define ETH_IPV4 0x0800
#define ETH_IPV6 0x86dd
#define ETH_VLAN 0x8100
#define ETH_QINQ 0x88a8
#define ETH_QINQ_OLD1 0x9100
#define ETH_QINQ_OLD2 0x9200
#define ETH_MPLS_UC 0x8847
#define ETH_MPLS_MC 0x8848
#define ETH_PPPOE_SESS 0x8864
#define ETH_TEB 0x6558          /* transparent Ethernet bridging (GRE) */
#define ETH_ERSPAN2 0x88be
#define ETH_ERSPAN3 0x22eb
#define ETH_PPP_GRE 0x880b          /* PPP in enhanced GRE (PPTP) */

#define PPP_IPV4 0x0021
#define PPP_IPV6 0x0057

#define IPV6_EXT_MAX 16         /* extension headers walked */
#define GTPU_PORT 2152
#define VXLAN_PORT 4789
#define CAPWAP_DATA_PORT 5247

static const char *const result_names[DECODE_RESULT_COUNT] = {
  [DECODE_OK] = "ok",
  [DECODE_NOT_IP] = "not-ip",
  [DECODE_OTHER_L4] = "other-l4",
  [DECODE_FRAGMENT] = "ip-fragment",
  [DECODE_UNSUPPORTED_LINK] = "unsupported-link",
  [DECODE_UNSUPPORTED_ENCAP] = "unsupported-encap",
  [DECODE_TRUNC_LINK] = "trunc-link",
  [DECODE_TRUNC_ENCAP] = "trunc-encap",
  [DECODE_TRUNC_IP] = "trunc-ip",
  [DECODE_TRUNC_L4] = "trunc-l4",
  [DECODE_BAD_IP_VERSION] = "bad-ip-version",
  [DECODE_BAD_IP_HEADER] = "bad-ip-header",
  [DECODE_BAD_IPV6_EXT] = "bad-ipv6-ext",
  [DECODE_BAD_L4_HEADER] = "bad-l4-header",
  [DECODE_TOO_DEEP] = "too-deep",
};

const char *decode_result_name(enum decode_result r)
{
  if((unsigned)r >= DECODE_RESULT_COUNT)
    return "?";
  return result_names[r];
}

bool decode_result_is_error(enum decode_result r)
{
  return r >= DECODE_TRUNC_LINK && r < DECODE_RESULT_COUNT;
}

static enum decode_result dec_ethertype(struct pp_rd *r, uint16_t type,
                                        struct decoded *d, int depth);
static enum decode_result dec_ip(struct pp_rd *r, struct decoded *d,
                                 int depth);
static enum decode_result dec_ppp_frame(struct pp_rd *r, struct decoded *d,
                                        int depth);

/* ---- transport ---------------------------------------------------------- */

static enum decode_result dec_gtpu(struct pp_rd *r, struct decoded *d,
                                   int depth)
{
  /* 3GPP TS 29.281 5.1: flags(1) type(1) length(2) TEID(4)
   * [seq(2) npdu(1) next-ext(1)] [extension headers...] T-PDU */
  uint8_t flags = rd_u8(r);
  uint8_t type = rd_u8(r);
  uint8_t next;
  int n = 0;
  rd_skip(r, 6);
  if(!rd_ok(r))
    return DECODE_TRUNC_ENCAP;
  if((flags >> 5) != 1 || !(flags & 0x10) || type != 0xff)
    return DECODE_UNSUPPORTED_ENCAP;   /* not a GTPv1-U G-PDU */
  if(flags & 0x07) {
    rd_skip(r, 3);
    next = rd_u8(r);
    while(next && rd_ok(r)) {
      uint8_t words = rd_u8(r);
      if(!words || ++n > 8)
        return DECODE_UNSUPPORTED_ENCAP;
      rd_skip(r, (size_t)words * 4 - 2);
      next = rd_u8(r);
    }
    if(!rd_ok(r))
      return DECODE_TRUNC_ENCAP;
  }
  d->encap |= DECODE_ENC_GTPU;
  return dec_ip(r, d, depth + 1);
}

static enum decode_result dec_vxlan(struct pp_rd *r, struct decoded *d,
                                    int depth)
{
  /* RFC 7348 5: flags(1, I=0x08) reserved(3) VNI(3) reserved(1) */
  uint8_t flags = rd_u8(r);
  rd_skip(r, 7);
  if(!rd_ok(r))
    return DECODE_TRUNC_ENCAP;
  if(!(flags & 0x08))
    return DECODE_UNSUPPORTED_ENCAP;
  d->encap |= DECODE_ENC_VXLAN;
  rd_skip(r, 12);
  {
    uint16_t type = rd_be16(r);
    if(!rd_ok(r))
      return DECODE_TRUNC_ENCAP;
    return dec_ethertype(r, type, d, depth + 1);
  }
}

/* IEEE 802.11 data frame (as CAPWAP carries it): MAC header, LLC/SNAP. */
static enum decode_result dec_ieee80211(struct pp_rd *r, struct decoded *d,
                                        int depth)
{
  uint8_t fc0 = rd_u8(r), fc1 = rd_u8(r);
  unsigned type, subtype;
  uint16_t ethertype;
  if(!rd_ok(r))
    return DECODE_TRUNC_ENCAP;
  /* Cisco access points send the frame control field byte-swapped */
  if(((fc0 >> 2) & 3) != 2 && ((fc1 >> 2) & 3) == 2 && !(fc1 & 0x03)) {
    uint8_t t = fc0;
    fc0 = fc1;
    fc1 = t;
  }
  type = (fc0 >> 2) & 3;
  subtype = fc0 >> 4;
  if(type != 2 || (subtype & 0x4))        /* not data, or null data */
    return DECODE_NOT_IP;
  if(fc1 & 0x40)                          /* protected: encrypted */
    return DECODE_NOT_IP;
  rd_skip(r, 2 + 6 + 6 + 6 + 2);          /* duration, 3 addresses, seq */
  if((fc1 & 0x03) == 0x03)
    rd_skip(r, 6);                        /* 4th address (WDS) */
  if(subtype & 0x8) {                     /* QoS control [+ HT control] */
    rd_skip(r, 2);
    if(fc1 & 0x80)
      rd_skip(r, 4);
  }
  /* LLC/SNAP: AA AA 03 00 00 00, then the Ethernet type */
  if(rd_u8(r) != 0xaa || rd_u8(r) != 0xaa || rd_u8(r) != 0x03)
    return rd_ok(r) ? DECODE_NOT_IP : DECODE_TRUNC_ENCAP;
  rd_skip(r, 3);
  ethertype = rd_be16(r);
  if(!rd_ok(r))
    return DECODE_TRUNC_ENCAP;
  return dec_ethertype(r, ethertype, d, depth + 1);
}

static enum decode_result dec_capwap(struct pp_rd *r, struct decoded *d,
                                     int depth)
{
  /* RFC 5415 4.3: preamble(1) | HLEN(5) RID(5) WBID(5) T F L W M K
   * flags(3) | fragment id(2) | fragment offset(13) reserved(3) | ... */
  uint8_t pre = rd_u8(r);
  uint32_t w = rd_be24(r);
  unsigned hlen = (w >> 19) * 4u, wbid = (w >> 9) & 0x1f;
  bool native = (w >> 8) & 1, frag = (w >> 7) & 1;
  if(!rd_ok(r))
    return DECODE_TRUNC_ENCAP;
  if(pre != 0 || hlen < 8)
    return DECODE_UNSUPPORTED_ENCAP;      /* DTLS, or not CAPWAP */
  if(frag)
    return DECODE_FRAGMENT;
  rd_skip(r, hlen - 4);
  if(!rd_ok(r))
    return DECODE_TRUNC_ENCAP;
  d->encap |= DECODE_ENC_CAPWAP;
  if(native && wbid == 1)
    return dec_ieee80211(r, d, depth);
  if(native)
    return DECODE_UNSUPPORTED_ENCAP;
  rd_skip(r, 12);                         /* 802.3 frame */
  {
    uint16_t type = rd_be16(r);
    if(!rd_ok(r))
      return DECODE_TRUNC_ENCAP;
    return dec_ethertype(r, type, d, depth + 1);
  }
}

/* r covers the IP payload.  Fills the L4 fields of d. */
static enum decode_result dec_l4(struct pp_rd *r, uint8_t proto,
                                 uint32_t wire_len, struct decoded *d,
                                 int depth)
{
  d->l4proto = proto;
  if(proto == 6) {
    uint8_t off, hlen;
    d->sport = rd_be16(r);
    d->dport = rd_be16(r);
    d->seq = rd_be32(r);
    d->ack = rd_be32(r);
    off = rd_u8(r);
    d->tcp_flags = rd_u8(r);
    rd_skip(r, 6);
    if(!rd_ok(r))
      return DECODE_TRUNC_L4;
    hlen = (uint8_t)((off >> 4) * 4);
    if(hlen < 20 || hlen > wire_len)
      return DECODE_BAD_L4_HEADER;
    rd_skip(r, hlen - 20u);
    if(!rd_ok(r))
      return DECODE_TRUNC_L4;
    d->payload_wire_len = wire_len - hlen;
  }
  else if(proto == 17) {
    uint16_t ulen;
    d->sport = rd_be16(r);
    d->dport = rd_be16(r);
    ulen = rd_be16(r);
    rd_skip(r, 2);
    if(!rd_ok(r))
      return DECODE_TRUNC_L4;
    /* ulen 0 is legal for IPv6 jumbograms only; trust the IP length */
    if(ulen != 0 && (ulen < 8 || ulen > wire_len))
      return DECODE_BAD_L4_HEADER;
    d->payload_wire_len = (ulen ? ulen : wire_len) - 8u;
    if(rd_left(r) > d->payload_wire_len)
      r->end = r->pos + d->payload_wire_len;
    if(depth < DECODE_DEPTH_MAX) {
      if(d->dport == GTPU_PORT || d->sport == GTPU_PORT) {
        struct pp_rd in = *r;
        struct decoded save = *d;
        enum decode_result res = dec_gtpu(&in, d, depth);
        if(res != DECODE_UNSUPPORTED_ENCAP)
          return res;
        *d = save;                    /* GTP signalling: keep outer UDP */
      }
      else if(d->dport == VXLAN_PORT || d->dport == CAPWAP_DATA_PORT ||
              d->sport == CAPWAP_DATA_PORT) {
        struct pp_rd in = *r;
        struct decoded save = *d;
        enum decode_result res = d->dport == VXLAN_PORT
                                 ? dec_vxlan(&in, d, depth)
                                 : dec_capwap(&in, d, depth);
        if(res != DECODE_UNSUPPORTED_ENCAP)
          return res;
        *d = save;
      }
    }
  }
  else
    return DECODE_OTHER_L4;
  d->payload = r->pos;
  d->payload_len = (uint32_t)rd_left(r);
  return DECODE_OK;
}

/* ---- GRE --------------------------------------------------------------- */

static enum decode_result dec_gre(struct pp_rd *r, struct decoded *d,
                                  int depth)
{
  /*  RFC 2784/2890: |C|R|K|S|s|Recur|A|Flags|Ver| Protocol Type |
   *  [Checksum | Reserved1] [Key] [Sequence Number] */
  uint16_t fl = rd_be16(r);
  uint16_t proto = rd_be16(r);
  if(!rd_ok(r))
    return DECODE_TRUNC_ENCAP;
  if((fl & 0x0007) == 1 && proto == ETH_PPP_GRE) {
    /* RFC 2637 enhanced GRE (PPTP): key, [sequence], [ack], PPP */
    rd_skip(r, 4);
    if(fl & 0x1000)
      rd_skip(r, 4);
    if(fl & 0x0080)
      rd_skip(r, 4);
    if(!rd_ok(r))
      return DECODE_TRUNC_ENCAP;
    d->encap |= DECODE_ENC_GRE;
    return dec_ppp_frame(r, d, depth + 1);
  }
  if((fl & 0x0007) != 0 || (fl & 0x4000))
    return DECODE_UNSUPPORTED_ENCAP;  /* other versions, source routing */
  if(fl & 0x8000)
    rd_skip(r, 4);
  if(fl & 0x2000)
    rd_skip(r, 4);
  if(fl & 0x1000)
    rd_skip(r, 4);
  if(!rd_ok(r))
    return DECODE_TRUNC_ENCAP;
  d->encap |= DECODE_ENC_GRE;
  switch(proto) {
  case ETH_ERSPAN2:
    /* type II has a sequence number and an 8-byte header; type I none */
    if(fl & 0x1000)
      rd_skip(r, 8);
    d->encap |= DECODE_ENC_ERSPAN;
    proto = ETH_TEB;
    break;
  case ETH_ERSPAN3: {
    uint8_t last;
    rd_skip(r, 11);
    last = rd_u8(r);
    if(last & 0x01)
      rd_skip(r, 8);                /* optional platform sub-header */
    d->encap |= DECODE_ENC_ERSPAN;
    proto = ETH_TEB;
    break;
  }
  default:
    break;
  }
  if(!rd_ok(r))
    return DECODE_TRUNC_ENCAP;
  return dec_ethertype(r, proto, d, depth + 1);
}

/* ---- IP ------------------------------------------------------------------ */

static enum decode_result dec_ip_payload(struct pp_rd *r, uint8_t proto,
                                         uint32_t wire_len, struct decoded *d,
                                         int depth)
{
  switch(proto) {
  case 4:   /* IPv4 in IP */
  case 41:  /* IPv6 in IP */
    d->encap |= DECODE_ENC_IPIP;
    return dec_ip(r, d, depth + 1);
  case 47:
    return dec_gre(r, d, depth);
  default:
    return dec_l4(r, proto, wire_len, d, depth);
  }
}

static enum decode_result dec_ipv4(struct pp_rd *r, struct decoded *d,
                                   int depth)
{
  const uint8_t *l3 = r->pos;
  size_t avail = rd_left(r);
  uint8_t vihl, proto;
  uint16_t total, frag;
  unsigned ihl;
  struct pp_rd h;

  rd_sub(r, PP_MIN(avail, 20), &h);
  vihl = rd_u8(&h);
  rd_skip(&h, 1);
  total = rd_be16(&h);
  rd_skip(&h, 2);
  frag = rd_be16(&h);
  rd_skip(&h, 1);
  proto = rd_u8(&h);
  rd_skip(&h, 2);
  if(!rd_ok(&h) || rd_left(&h) < 8)
    return DECODE_TRUNC_IP;
  if((vihl >> 4) != 4)
    return DECODE_BAD_IP_VERSION;
  ihl = (vihl & 0x0fu) * 4;
  if(ihl < 20 || total < ihl)
    return DECODE_BAD_IP_HEADER;
  if(avail < ihl)
    return DECODE_TRUNC_IP;
  d->ipver = 4;
  d->l3 = l3;
  d->ip_len = total;
  d->l3_len = (uint32_t)PP_MIN(avail, (size_t)total);
  pp_addr_set4(&d->src, rd_ptr(&h, 4));
  pp_addr_set4(&d->dst, rd_ptr(&h, 4));
  d->l4proto = proto;
  if(frag & 0x3fff)                   /* MF set or offset != 0 */
    return DECODE_FRAGMENT;
  rd_init(r, l3 + ihl, d->l3_len - ihl);
  return dec_ip_payload(r, proto, total - ihl, d, depth);
}

static enum decode_result dec_ipv6(struct pp_rd *r, struct decoded *d,
                                   int depth)
{
  const uint8_t *l3 = r->pos;
  size_t avail = rd_left(r);
  uint16_t plen;
  uint8_t next;
  uint32_t total, used = 40;
  int n;
  uint32_t vtf = rd_be32(r);

  plen = rd_be16(r);
  next = rd_u8(r);
  rd_skip(r, 1);
  if(!rd_ok(r) || rd_left(r) < 32)
    return DECODE_TRUNC_IP;
  if((vtf >> 28) != 6)
    return DECODE_BAD_IP_VERSION;
  d->ipver = 6;
  d->l3 = l3;
  pp_addr_set6(&d->src, rd_ptr(r, 16));
  pp_addr_set6(&d->dst, rd_ptr(r, 16));
  /* payload length 0 means a jumbogram (RFC 2675): take what is there */
  total = plen ? 40u + plen : (uint32_t)avail;
  d->ip_len = total;
  d->l3_len = (uint32_t)PP_MIN(avail, (size_t)total);
  rd_init(r, l3 + 40, d->l3_len - 40);

  for(n = 0; n < IPV6_EXT_MAX; n++) {
    uint32_t len;
    switch(next) {
    case 0: case 43: case 60: case 135: case 139: case 140:
      next = rd_u8(r);
      len = ((uint32_t)rd_u8(r) + 1) * 8;
      break;
    case 51:  /* AH: length in 4-byte units, minus 2 */
      next = rd_u8(r);
      len = ((uint32_t)rd_u8(r) + 2) * 4;
      break;
    case 44: {  /* fragment header */
      uint16_t off;
      next = rd_u8(r);
      rd_skip(r, 1);
      off = rd_be16(r);
      rd_skip(r, 4);
      if(!rd_ok(r))
        return DECODE_TRUNC_IP;
      used += 8;
      d->l4proto = next;
      d->encap |= DECODE_ENC_IPV6_EXT;
      if(off & 0xfff9)          /* offset != 0 or M flag */
        return DECODE_FRAGMENT;
      continue;                 /* atomic fragment: go on */
    }
    case 59:
      d->l4proto = 59;
      return DECODE_OTHER_L4;
    default:
      d->l4proto = next;
      if(total < used)
        return DECODE_BAD_IPV6_EXT;
      return dec_ip_payload(r, next, total - used, d, depth);
    }
    if(!rd_ok(r))
      return DECODE_TRUNC_IP;
    d->encap |= DECODE_ENC_IPV6_EXT;
    rd_skip(r, len - 2);
    used += len;
    if(!rd_ok(r))
      return used > total ? DECODE_BAD_IPV6_EXT : DECODE_TRUNC_IP;
  }
  return DECODE_BAD_IPV6_EXT;
}

static enum decode_result dec_ip(struct pp_rd *r, struct decoded *d,
                                 int depth)
{
  if(depth > DECODE_DEPTH_MAX)
    return DECODE_TOO_DEEP;
  if(!rd_left(r))
    return DECODE_TRUNC_IP;
  switch(rd_peek(r, 0) >> 4) {
  case 4:
    return dec_ipv4(r, d, depth);
  case 6:
    return dec_ipv6(r, d, depth);
  default:
    return DECODE_BAD_IP_VERSION;
  }
}

/* ---- link and layer-2.5 -------------------------------------------------- */

static enum decode_result dec_mpls(struct pp_rd *r, struct decoded *d,
                                   int depth)
{
  uint32_t label;
  int n = 0;
  d->encap |= DECODE_ENC_MPLS;
  do {
    label = rd_be32(r);
    if(!rd_ok(r))
      return DECODE_TRUNC_ENCAP;
    if(++n > DECODE_DEPTH_MAX)
      return DECODE_TOO_DEEP;
  } while(!(label & 0x100));          /* bottom of stack */
  if(!rd_left(r))
    return DECODE_TRUNC_ENCAP;
  switch(rd_peek(r, 0) >> 4) {
  case 4:
  case 6:
    return dec_ip(r, d, depth + 1);
  case 0: {
    /* RFC 4385 control word, then an Ethernet pseudowire frame */
    uint16_t type;
    rd_skip(r, 4 + 12);
    type = rd_be16(r);
    if(!rd_ok(r))
      return DECODE_TRUNC_ENCAP;
    return dec_ethertype(r, type, d, depth + 1);
  }
  default:
    return DECODE_UNSUPPORTED_ENCAP;
  }
}

static enum decode_result dec_ppp_proto(struct pp_rd *r, uint16_t proto,
                                        struct decoded *d, int depth)
{
  if(proto == PPP_IPV4 || proto == PPP_IPV6)
    return dec_ip(r, d, depth + 1);
  return DECODE_NOT_IP;
}

static enum decode_result dec_ethertype(struct pp_rd *r, uint16_t type,
                                        struct decoded *d, int depth)
{
  int n;
  for(n = 0; n <= DECODE_DEPTH_MAX; n++) {
    switch(type) {
    case ETH_IPV4:
    case ETH_IPV6:
      return dec_ip(r, d, depth);
    case ETH_VLAN:
    case ETH_QINQ:
    case ETH_QINQ_OLD1:
    case ETH_QINQ_OLD2:
      rd_skip(r, 2);
      type = rd_be16(r);
      if(!rd_ok(r))
        return DECODE_TRUNC_ENCAP;
      d->encap |= DECODE_ENC_VLAN;
      depth++;
      continue;
    case ETH_MPLS_UC:
    case ETH_MPLS_MC:
      return dec_mpls(r, d, depth);
    case ETH_PPPOE_SESS: {
      uint8_t vt = rd_u8(r);
      uint8_t code = rd_u8(r);
      uint16_t proto;
      rd_skip(r, 4);                  /* session id, length */
      proto = rd_be16(r);
      if(!rd_ok(r))
        return DECODE_TRUNC_ENCAP;
      if(vt != 0x11 || code != 0)
        return DECODE_UNSUPPORTED_ENCAP;
      d->encap |= DECODE_ENC_PPPOE;
      return dec_ppp_proto(r, proto, d, depth);
    }
    case ETH_TEB:
      if(depth > DECODE_DEPTH_MAX)
        return DECODE_TOO_DEEP;
      rd_skip(r, 12);
      type = rd_be16(r);
      if(!rd_ok(r))
        return DECODE_TRUNC_ENCAP;
      depth++;
      continue;
    default:
      if(type < 0x0600) {
        /* 802.3 length: only LLC/SNAP (AA AA 03, OUI 0) carries IP */
        if(rd_peek(r, 0) == 0xaa && rd_peek(r, 1) == 0xaa &&
           rd_peek(r, 2) == 0x03 && rd_peek(r, 3) == 0 &&
           rd_peek(r, 4) == 0 && rd_peek(r, 5) == 0) {
          rd_skip(r, 6);
          type = rd_be16(r);
          if(!rd_ok(r))
            return DECODE_TRUNC_ENCAP;
          continue;
        }
      }
      return DECODE_NOT_IP;
    }
  }
  return DECODE_TOO_DEEP;
}

static enum decode_result dec_link_ether(struct pp_rd *r, struct decoded *d)
{
  uint16_t type;
  rd_skip(r, 12);
  type = rd_be16(r);
  if(!rd_ok(r))
    return DECODE_TRUNC_LINK;
  return dec_ethertype(r, type, d, 0);
}

static enum decode_result dec_link_sll(struct pp_rd *r, struct decoded *d)
{
  uint16_t hatype, type;
  rd_skip(r, 2);                      /* packet type */
  hatype = rd_be16(r);
  rd_skip(r, 10);                     /* address length, address */
  type = rd_be16(r);
  if(!rd_ok(r))
    return DECODE_TRUNC_LINK;
  if(hatype == 824)                   /* netlink */
    return DECODE_NOT_IP;
  return dec_ethertype(r, type, d, 0);
}

static enum decode_result dec_link_sll2(struct pp_rd *r, struct decoded *d)
{
  uint16_t type = rd_be16(r);
  uint16_t hatype;
  rd_skip(r, 6);                      /* reserved, interface index */
  hatype = rd_be16(r);
  rd_skip(r, 10);                     /* pkt type, addr len, address */
  if(!rd_ok(r))
    return DECODE_TRUNC_LINK;
  if(hatype == 824)
    return DECODE_NOT_IP;
  return dec_ethertype(r, type, d, 0);
}

static enum decode_result dec_link_raw(struct pp_rd *r, struct decoded *d)
{
  return dec_ip(r, d, 0);
}

static bool af_is_ip(uint32_t af)
{
  /* AF_INET is 2 everywhere; AF_INET6 is 10 (Linux), 24 (NetBSD,
   * OpenBSD), 28 (FreeBSD), 30 (Darwin) */
  return af == 2 || af == 10 || af == 24 || af == 28 || af == 30;
}

static enum decode_result dec_link_null(struct pp_rd *r, struct decoded *d)
{
  /* the AF value is in the byte order of the machine that wrote it */
  struct pp_rd peek = *r;
  uint32_t le = rd_le32(&peek);
  uint32_t be = rd_be32(r);
  if(!rd_ok(r))
    return DECODE_TRUNC_LINK;
  if(!af_is_ip(le) && !af_is_ip(be))
    return DECODE_NOT_IP;
  return dec_ip(r, d, 0);
}

static enum decode_result dec_link_loop(struct pp_rd *r, struct decoded *d)
{
  uint32_t af = rd_be32(r);
  if(!rd_ok(r))
    return DECODE_TRUNC_LINK;
  if(!af_is_ip(af))
    return DECODE_NOT_IP;
  return dec_ip(r, d, 0);
}

static enum decode_result dec_link_ppp(struct pp_rd *r, struct decoded *d)
{
  return dec_ppp_frame(r, d, 0);
}

static enum decode_result dec_ppp_frame(struct pp_rd *r, struct decoded *d,
                                        int depth)
{
  uint16_t proto;
  if(rd_peek(r, 0) == 0xff && rd_peek(r, 1) == 0x03)
    rd_skip(r, 2);                    /* HDLC address and control */
  else if(rd_peek(r, 0) == 0x0f || rd_peek(r, 0) == 0x8f) {
    /* Cisco HDLC: address, control, Ethernet type */
    rd_skip(r, 2);
    proto = rd_be16(r);
    if(!rd_ok(r))
      return DECODE_TRUNC_LINK;
    return dec_ethertype(r, proto, d, depth);
  }
  if(rd_peek(r, 0) & 0x01)            /* protocol field compression */
    proto = rd_u8(r);
  else
    proto = rd_be16(r);
  if(!rd_ok(r))
    return DECODE_TRUNC_LINK;
  return dec_ppp_proto(r, proto, d, depth);
}

static const struct {
  int dlt;
  enum decode_result (*fn)(struct pp_rd *r, struct decoded *d);
} links[] = {
  {DECODE_DLT_EN10MB, dec_link_ether},
  {DECODE_DLT_LINUX_SLL, dec_link_sll},
  {DECODE_DLT_LINUX_SLL2, dec_link_sll2},
  {DECODE_DLT_RAW, dec_link_raw},
  {DECODE_DLT_RAW_OPENBSD, dec_link_raw},
  {DECODE_DLT_LINKTYPE_RAW, dec_link_raw},
  {DECODE_DLT_IPV4, dec_link_raw},
  {DECODE_DLT_IPV6, dec_link_raw},
  {DECODE_DLT_NULL, dec_link_null},
  {DECODE_DLT_LOOP, dec_link_loop},
  {DECODE_DLT_PPP, dec_link_ppp},
  {DECODE_DLT_PPP_SERIAL, dec_link_ppp},
};

bool decode_link_supported(int dlt)
{
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(links); i++)
    if(links[i].dlt == dlt)
      return true;
  return false;
}

enum decode_result decode_packet(int dlt, const uint8_t *data,
                                 uint32_t caplen, struct decoded *d)
{
  struct pp_rd r;
  size_t i;
  memset(d, 0, sizeof(*d));
  rd_init(&r, data, caplen);
  /* Ethernet first: by far the most common */
  if(pp_likely(dlt == DECODE_DLT_EN10MB))
    return dec_link_ether(&r, d);
  for(i = 0; i < PP_ARRAY_LEN(links); i++)
    if(links[i].dlt == dlt)
      return links[i].fn(&r, d);
  return DECODE_UNSUPPORTED_LINK;
}
