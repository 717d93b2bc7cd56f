/*
 * dns.h: DNS message parsing (RFC 1035 4.1, RFC 3596 AAAA, RFC 9460
 * SVCB/HTTPS with the ECH SvcParam, RFC 7766 DNS over TCP framing).
 *
 * The parser walks one message through pp_cursor, decompresses names with
 * a bound on pointer hops (no loops, no forward-pointer tricks beyond the
 * bound), and reports, through callbacks, what the capture needs:
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
 * dot.  A name with bytes outside [a-z0-9-_.] or with labels over 63
 * bytes or total length over 253 is reported with valid == false (the
 * text then escapes odd bytes as \DDD) so the caller can count and skip it.
 */
#ifndef PP_DNS_H
#define PP_DNS_H

#include "pp_addr.h"
#include "pp_common.h"

#define DNS_NAME_BUF 1024   /* room for 253 chars, or escaped odd names */
#define DNS_CHAIN_MAX 16    /* CNAME hops followed */
#define DNS_PTR_HOPS_MAX 32 /* compression pointers followed per name */
#define DNS_RR_MAX 256      /* resource records walked per message */

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
 * Parse one DNS message.  Fills *msg; calls cb (may be NULL) for answers
 * of responses.  Returns PP_OK, PP_ETRUNC (message cut short: msg and
 * callbacks made so far stay valid), or PP_EMALFORMED.
 */
int dns_parse(const uint8_t *buf, size_t len, struct dns_msg *msg,
              const struct dns_callbacks *cb);

/*
 * DNS over TCP: `stream` holds the start of one direction of the TCP
 * stream.  Parses every complete length-prefixed message in it (at most
 * max_msgs), calling on_msg for each.  *consumed gets the bytes used by
 * complete messages.  Returns PP_OK or PP_EMALFORMED.
 */
int dns_parse_tcp_stream(const uint8_t *stream, size_t len, size_t max_msgs,
                         size_t *consumed,
                         void (*on_msg)(void *user, const uint8_t *msg,
                                        size_t len),
                         void *user);

#endif
