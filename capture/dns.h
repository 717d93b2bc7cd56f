/*
 * dns.h: DNS message parsing (RFC 1035 4.1, RFC 3596 AAAA, RFC 9460
 * SVCB/HTTPS with the ECH SvcParam, RFC 7766 DNS over TCP framing).
 *
 * The parser walks one message through pp_cursor, decompresses names with
 * a bound on pointer hops (pointers must point strictly before the labels
 * that hold them, so there are no loops), and reports, through callbacks,
 * what the capture needs:
 *
 *  - the question name and type;
 *  - for every A/AAAA answer, the address and the name the client ASKED
 *    for: CNAME chains inside the answer section are followed back from
 *    the address record's owner to the question name (bounded depth), so
 *    "www.example.vn CNAME x.cdn.net, x.cdn.net A 192.0.2.1" maps
 *    192.0.2.1 -> www.example.vn;
 *  - ECH public names found in HTTPS/SVCB answers (SvcParamKey 5, an
 *    ECHConfigList; its public_name is the outer SNI clients will send).
 *
 * Names are returned in presentation form, lowercase, without the final
 * dot.  A name with bytes outside [a-z0-9-_] in its labels is reported
 * with valid == false, its odd bytes (a '.' inside a label included)
 * escaped as \DDD; the root name is "" and not valid either.  A label over
 * 63 bytes, an extended label type (0x40, 0x80) or a name over 255 wire
 * bytes (253 characters) makes the message malformed.
 */
#ifndef PP_DNS_H
#define PP_DNS_H

#include "pp_addr.h"
#include "pp_common.h"

#define DNS_NAME_BUF 1024   /* room for 253 chars, or escaped odd names */
#define DNS_CHAIN_MAX 16    /* CNAME hops followed */
#define DNS_PTR_HOPS_MAX 32 /* compression pointers followed per name */
#define DNS_RR_MAX 256      /* records (questions included) walked */
#define DNS_CMP_MISS_MAX 64 /* different names with equal hashes compared
                               in full per message (hash-collision bound) */

enum dns_type {
  DNS_T_A = 1, DNS_T_NS = 2, DNS_T_CNAME = 5, DNS_T_SOA = 6, DNS_T_PTR = 12,
  DNS_T_MX = 15, DNS_T_TXT = 16, DNS_T_AAAA = 28, DNS_T_SRV = 33,
  DNS_T_OPT = 41, DNS_T_SVCB = 64, DNS_T_HTTPS = 65, DNS_T_ANY = 255,
};

struct dns_msg {
  uint16_t id;
  bool is_response;
  uint8_t opcode;
  uint8_t rcode;             /* 0 NOERROR, 3 NXDOMAIN, ... */
  uint16_t qdcount, ancount, nscount, arcount;
  bool has_question;
  char qname[DNS_NAME_BUF];  /* first question's name */
  bool qname_valid;
  uint16_t qtype, qclass;
  /* What the walk did (for counters): */
  bool rr_limit;             /* DNS_RR_MAX reached, the rest not walked */
  bool cmp_limit;            /* DNS_CMP_MISS_MAX reached: names with equal
                                hashes were taken as different (hostile) */
  uint16_t n_address;        /* address callbacks made */
  uint16_t n_ech;            /* ech_public_name callbacks made */
  uint16_t n_bad_svcb;       /* HTTPS/SVCB answers of qname whose
                                SvcParams or ECHConfigList were bad */
};

struct dns_callbacks {
  /* An address the question name resolves to (chain followed). */
  void (*address)(void *user, const char *qname, const struct pp_addr *addr,
                  uint32_t ttl);
  /* An ECH public_name from an HTTPS/SVCB record of qname. */
  void (*ech_public_name)(void *user, const char *qname,
                          const char *public_name);
  void *user;
};

/*
 * Parse one DNS message of len bytes at buf (NULL with len 0 is a
 * truncated message).  Fills *msg (NULL: not wanted; qname is then kept
 * on the stack).  Never allocates.
 *
 * Callbacks (cb, or either of its functions, may be NULL) are made only
 * for standard-query responses (QR 1, opcode 0) with rcode 0 whose first
 * question name is valid, and only for class IN answers owned by the
 * question name or by a name it reaches through answer-section CNAMEs
 * (at most DNS_CHAIN_MAX hops; a CNAME back into the chain ends it).
 * Other answers are ignored.  `qname` is always msg->qname.  `ttl` is the
 * smallest TTL along the chain (TTLs with the top bit set count as 0,
 * RFC 2181 8).  ech_public_name gets each public_name of a version 0xfe0d
 * ECHConfig that is a valid host name (draft-ietf-tls-esni 4), lowercase.
 * Callbacks are made once the answer section is walked, or when the
 * message ends inside it (PP_ETRUNC) or DNS_RR_MAX is hit; a malformed
 * record in the question or answer section suppresses them all.
 *
 * Returns PP_OK, PP_ETRUNC (message cut short: msg and callbacks made so
 * far stay valid), or PP_EMALFORMED.  Bytes after the last record are
 * ignored; hitting DNS_RR_MAX returns PP_OK with msg->rr_limit set.
 */
int dns_parse(const uint8_t *buf, size_t len, struct dns_msg *msg,
              const struct dns_callbacks *cb);

/*
 * DNS over TCP: `stream` holds the start of one direction of the TCP
 * stream.  Parses every complete length-prefixed message in it (at most
 * max_msgs), calling on_msg (may be NULL) for each; msg points into
 * stream.  *consumed (may be NULL) gets the bytes used by complete
 * messages: a partial last message is not consumed.  Returns PP_OK, or
 * PP_EMALFORMED at a zero length prefix (RFC 7766 8; *consumed then stops
 * before it).
 */
int dns_parse_tcp_stream(const uint8_t *stream, size_t len, size_t max_msgs,
                         size_t *consumed,
                         void (*on_msg)(void *user, const uint8_t *msg,
                                        size_t len),
                         void *user);

#endif
