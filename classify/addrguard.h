/*
 * addrguard.h: which addresses the crawler may connect to.
 *
 * The crawler runs on a box inside an ISP and fetches URLs that come from
 * the traffic it watched: it must never become a way into the ISP's own
 * network.  Every address it is about to connect to (checked at connect
 * time, on the resolved address, so DNS rebinding and redirects cannot get
 * around it) is classified here; only ADDR_PUBLIC is allowed unless the
 * operator passes --allow-private (labs and tests).
 *
 * References: IANA IPv4 and IPv6 Special-Purpose Address Registries
 * (RFC 6890 and updates), RFC 1918, RFC 6598 (CGNAT), RFC 4193 (ULA),
 * RFC 4291 (IPv4-mapped), RFC 6052 (NAT64), RFC 3056 (6to4), RFC 4380
 * (Teredo), RFC 5737 and RFC 3849 (documentation).
 */
#ifndef PP_ADDRGUARD_H
#define PP_ADDRGUARD_H

#include <sys/socket.h>

#include "pp_addr.h"
#include "pp_common.h"

enum addr_class {
  ADDR_PUBLIC = 0,        /* globally routable unicast */
  ADDR_UNSPECIFIED,       /* 0.0.0.0/8, :: */
  ADDR_LOOPBACK,          /* 127/8, ::1 */
  ADDR_PRIVATE,           /* 10/8, 172.16/12, 192.168/16, fc00::/7 (ULA),
                             64:ff9b:1::/48 (local-use NAT64) */
  ADDR_CGNAT,             /* 100.64/10 */
  ADDR_LINK_LOCAL,        /* 169.254/16, fe80::/10 */
  ADDR_MULTICAST,         /* 224/4, ff00::/8 */
  ADDR_BROADCAST,         /* 255.255.255.255 */
  ADDR_DOCUMENTATION,     /* 192.0.2/24, 198.51.100/24, 203.0.113/24,
                             2001:db8::/32, 3fff::/20 */
  ADDR_RESERVED,          /* 240/4, 192.0.0/24 (also .9 and .10),
                             192.88.99/24, 198.18/15 (benchmarking),
                             IPv6 outside 2000::/3 and the blocks above,
                             2001::/23 but Teredo and AMT, 2001:2::/48,
                             fec0::/10, 100::/64 (discard), 5f00::/16,
                             ::a.b.c.d (v4-compatible), ... */
  ADDR_CLASS_COUNT
};

/*
 * Class of an address: the longest matching row of a table built from the
 * IANA special-purpose registries (addrguard.c lists every row and the
 * choices made where a row is "globally reachable" but still refused).
 * IPv6 addresses that embed an IPv4 address (v4-mapped ::ffff:a.b.c.d,
 * v4-compatible ::a.b.c.d, NAT64 64:ff9b::/96 and 64:ff9b:1::/48 (last
 * 32 bits), 6to4 2002:V4ADDR::/48, Teredo 2001::/32 (the obfuscated
 * client address)) are classified by the embedded address when that is
 * not public (a mapped loopback is loopback).  NULL or an address of no
 * family: ADDR_UNSPECIFIED.
 */
enum addr_class addrguard_classify(const struct pp_addr *a);

/* ADDR_PUBLIC, or any address when allow_private; false for NULL or an
 * address of no family, whatever allow_private says. */
bool addrguard_allowed(const struct pp_addr *a, bool allow_private);

/* Stable short name ("loopback", "private", ...). */
const char *addrguard_class_name(enum addr_class c);

/* sockaddr (AF_INET / AF_INET6) to pp_addr; PP_OK or PP_EINVAL (NULL,
 * another family, len shorter than the family's sockaddr).  An IPv6
 * socket address stays IPv6 (a v4-mapped one is classified as such).
 * sa is read by copying, so it need not be aligned. */
int addrguard_from_sockaddr(const struct sockaddr *sa, socklen_t len,
                            struct pp_addr *out);

/* One row of the special-address table (in the header so that tests can
 * check every row; not for other modules). */
struct addrguard_range {
  uint8_t family;         /* PP_AF_INET or PP_AF_INET6 */
  uint8_t len;            /* prefix length in bits */
  uint8_t cls;            /* enum addr_class */
  uint8_t embed;          /* how an embedded IPv4 address is found */
  uint8_t prefix[16];
};

#ifdef PP_UNITTESTS
const struct addrguard_range *addrguard_ranges(size_t *n);
#endif

#endif
