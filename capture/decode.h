/*
 * decode.h: link-layer, encapsulation, IP and transport decoding of one
 * captured frame, down to the innermost IP packet and its TCP/UDP header.
 *
 * Link types: Ethernet (DLT_EN10MB), Linux cooked v1/v2 (DLT_LINUX_SLL,
 * DLT_LINUX_SLL2), raw IP (DLT_RAW, LINKTYPE_IPV4/IPV6), BSD null and
 * loopback (DLT_NULL, DLT_LOOP), PPP (DLT_PPP, DLT_PPP_SERIAL).
 * Encapsulations, nested up to DECODE_DEPTH_MAX: 802.1Q/802.1ad VLAN tags
 * (0x8100, 0x88a8, 0x9100, 0x9200), MPLS label stacks, PPPoE session,
 * GRE (RFC 2784/2890; IPv4, IPv6, transparent Ethernet 0x6558, ERSPAN
 * type II 0x88be and III 0x22eb), IP-in-IP (4in4, 6in4, 4in6, 6in6),
 * GTP-U (UDP 2152, G-PDU), VXLAN (UDP 4789) and CAPWAP data (UDP 5247,
 * RFC 5415; 802.3 or IEEE 802.11 frames with LLC/SNAP).
 *
 * The flow is the innermost IP packet.  IPv6 extension headers are walked
 * (hop-by-hop, routing, destination options, AH, mobility, HIP, shim6).
 * IP fragments are reported (fragment = true) and never decoded further:
 * their bytes are not trusted.
 *
 * Every reject has a reason (enum decode_result) so the caller can count
 * them: truncated (caplen too short for a header) is told apart from
 * malformed (a header that is complete but wrong) and from "not for us"
 * (ARP, ICMP, unsupported link types), which is not an error.
 */
#ifndef PP_DECODE_H
#define PP_DECODE_H

#include "pp_addr.h"
#include "pp_common.h"

#define DECODE_DEPTH_MAX 8      /* nested encapsulations followed */

/* IANA link types we accept (values as pcap_datalink() returns them). */
#define DECODE_DLT_NULL 0
#define DECODE_DLT_EN10MB 1
#define DECODE_DLT_PPP 9
#define DECODE_DLT_RAW 12       /* libpcap maps LINKTYPE_RAW (101) to this */
#define DECODE_DLT_RAW_OPENBSD 14
#define DECODE_DLT_PPP_SERIAL 50
#define DECODE_DLT_LINKTYPE_RAW 101
#define DECODE_DLT_LOOP 108
#define DECODE_DLT_LINUX_SLL 113
#define DECODE_DLT_IPV4 228
#define DECODE_DLT_IPV6 229
#define DECODE_DLT_LINUX_SLL2 276

enum decode_result {
  DECODE_OK = 0,
  /* not errors: traffic we do not inventory */
  DECODE_NOT_IP,            /* ARP, LLDP, STP, ... */
  DECODE_OTHER_L4,          /* ICMP, SCTP, ESP, ... */
  DECODE_FRAGMENT,          /* IP fragment: counted, not decoded */
  DECODE_UNSUPPORTED_LINK,  /* link type we do not decode */
  DECODE_UNSUPPORTED_ENCAP, /* e.g. MPLS pseudowire, GRE of other type */
  /* truncated: the capture holds fewer bytes than the headers need */
  DECODE_TRUNC_LINK,
  DECODE_TRUNC_ENCAP,
  DECODE_TRUNC_IP,
  DECODE_TRUNC_L4,
  /* malformed: headers complete but inconsistent */
  DECODE_BAD_IP_VERSION,
  DECODE_BAD_IP_HEADER,     /* IHL < 5, total length < header, ... */
  DECODE_BAD_IPV6_EXT,      /* extension header chain runs off the end */
  DECODE_BAD_L4_HEADER,     /* TCP data offset < 5, UDP length < 8, ... */
  DECODE_TOO_DEEP,          /* more than DECODE_DEPTH_MAX encapsulations */
  DECODE_RESULT_COUNT
};

/* Short stable identifier of a result ("trunc-ip", ...), for stats. */
const char *decode_result_name(enum decode_result r);
/* True for results that mean damaged input (truncated or malformed). */
bool decode_result_is_error(enum decode_result r);

/* Encapsulations seen on the way (bit set, for statistics). */
enum decode_encap {
  DECODE_ENC_VLAN = 1u << 0,
  DECODE_ENC_MPLS = 1u << 1,
  DECODE_ENC_PPPOE = 1u << 2,
  DECODE_ENC_GRE = 1u << 3,
  DECODE_ENC_IPIP = 1u << 4,
  DECODE_ENC_GTPU = 1u << 5,
  DECODE_ENC_VXLAN = 1u << 6,
  DECODE_ENC_ERSPAN = 1u << 7,
  DECODE_ENC_IPV6_EXT = 1u << 8,
  DECODE_ENC_CAPWAP = 1u << 9,
};

struct decoded {
  /* innermost IP packet */
  const uint8_t *l3;        /* first byte of the IP header */
  uint32_t l3_len;          /* bytes of it in the capture, clipped to the
                               IP length (Ethernet padding excluded) */
  uint32_t ip_len;          /* IP length from the header (wire size) */
  uint8_t ipver;            /* 4 or 6 */
  uint8_t l4proto;          /* IPPROTO_TCP / IPPROTO_UDP */
  uint8_t tcp_flags;
  uint8_t pad;
  uint16_t encap;           /* enum decode_encap bits */
  uint16_t sport, dport;
  uint32_t seq, ack;        /* TCP */
  const uint8_t *payload;   /* L4 payload bytes present in the capture */
  uint32_t payload_len;
  uint32_t payload_wire_len;  /* L4 payload length per the headers */
  struct pp_addr src, dst;
};

/* TCP flag bits as in the header. */
#define TCPF_FIN 0x01
#define TCPF_SYN 0x02
#define TCPF_RST 0x04
#define TCPF_PSH 0x08
#define TCPF_ACK 0x10

/* True when decode() knows the link type. */
bool decode_link_supported(int dlt);

/*
 * Decode one frame of link type dlt holding caplen captured bytes.
 * Fills *d on DECODE_OK (pointers point into data).  On DECODE_FRAGMENT,
 * the addresses and ipver/l4proto/ip_len are filled.  Never reads past
 * data + caplen.
 */
enum decode_result decode_packet(int dlt, const uint8_t *data,
                                 uint32_t caplen, struct decoded *d);

#endif
