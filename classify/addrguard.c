/*
 * addrguard.c: which addresses the crawler may connect to (see
 * addrguard.h).
 *
 * References: IANA IPv4 and IPv6 Special-Purpose Address Registries
 * (RFC 6890, RFC 8190 and the RFCs cited per row), the IANA IPv6 Address
 * Space registry (only 2000::/3 is global unicast), RFC 4291 2.5.5
 * (v4-compatible and v4-mapped), RFC 6052 2.1 (64:ff9b::/96), RFC 8215
 * (64:ff9b:1::/48), RFC 3056 2 (6to4: 2002:V4ADDR::/48), RFC 4380 4
 * (Teredo: 2001:0:server:flags:port:client, port and client XORed with
 * all ones).
 *
 * One table of (prefix, length, class, embedding); the longest matching
 * prefix decides.  The IPv6 table starts from "::/0 reserved, 2000::/3
 * public", so every block the IETF has not handed out for unicast is
 * refused without being listed.  Rows marked with an embedding decode an
 * IPv4 address from the IPv6 one; when that address is not public its
 * class wins (a mapped loopback is loopback), else the row's class holds.
 *
 * Choices beyond the registries' "globally reachable" column (all refuse
 * more, never less):
 *   - 192.0.0.9 (PCP anycast), 192.0.0.10 (TURN anycast) and their IPv6
 *     counterparts 2001:1::1, ::2, ::3 (DNS-SD SRP) are globally
 *     reachable, but an anycast service address reaches the *nearest*
 *     server, which from a box inside an ISP is the ISP's own (its CGN's
 *     PCP server): reserved, like the rest of 192.0.0.0/24.
 *   - ORCHIDv2 2001:20::/28 and DRIP 2001:30::/28 are identifiers, not
 *     locators (RFC 7343 2, RFC 9374 3): reserved.
 *   - 192.88.99.0/24 (6to4 relay anycast, deprecated by RFC 7526):
 *     reserved.
 *   - ::a.b.c.d (v4-compatible, deprecated by RFC 4291) is never a real
 *     destination: reserved even when a.b.c.d is public.
 *   - 64:ff9b:1::/48 (local-use NAT64, RFC 8215) is not globally
 *     reachable and its translator is the operator's own, with a prefix
 *     length we cannot know: the last 32 bits (the /96 layout, the common
 *     one) are classified, and the row is private when those are public.
 * Rows that are globally reachable and not refused (AS112 and AMT blocks)
 * are listed as public so that the table documents every registry row.
 */
#include "config.h"

#include <netinet/in.h>

#include "addrguard.h"
#include "pp_err.h"

/* How an IPv6 row embeds an IPv4 address. */
enum {
  EMB_NONE = 0,
  EMB_LAST32,             /* bytes 12..15: mapped, compatible, NAT64 */
  EMB_6TO4,               /* bytes 2..5 */
  EMB_TEREDO,             /* bytes 12..15, XOR 0xff (client address) */
};

#define V4(a, b, c, d, l, k) \
  { PP_AF_INET, (l), (k), EMB_NONE, { (a), (b), (c), (d) } }
#define V6(l, k, e, ...) { PP_AF_INET6, (l), (k), (e), { __VA_ARGS__ } }

static const struct addrguard_range ranges[] = {
  /* IPv4: everything not listed is public. */
  V4(0, 0, 0, 0, 8, ADDR_UNSPECIFIED),           /* "this network" 1122 */
  V4(10, 0, 0, 0, 8, ADDR_PRIVATE),              /* RFC 1918 */
  V4(100, 64, 0, 0, 10, ADDR_CGNAT),             /* RFC 6598 */
  V4(127, 0, 0, 0, 8, ADDR_LOOPBACK),            /* RFC 1122 */
  V4(169, 254, 0, 0, 16, ADDR_LINK_LOCAL),       /* RFC 3927 */
  V4(172, 16, 0, 0, 12, ADDR_PRIVATE),           /* RFC 1918 */
  V4(192, 0, 0, 0, 24, ADDR_RESERVED),           /* IETF assignments */
  V4(192, 0, 0, 0, 29, ADDR_RESERVED),           /* DS-Lite, RFC 7335 */
  V4(192, 0, 0, 8, 32, ADDR_RESERVED),           /* dummy, RFC 7600 */
  V4(192, 0, 0, 9, 32, ADDR_RESERVED),           /* PCP anycast 7723 */
  V4(192, 0, 0, 10, 32, ADDR_RESERVED),          /* TURN anycast 8155 */
  V4(192, 0, 0, 170, 31, ADDR_RESERVED),         /* NAT64 discovery 7050 */
  V4(192, 0, 2, 0, 24, ADDR_DOCUMENTATION),      /* TEST-NET-1, 5737 */
  V4(192, 31, 196, 0, 24, ADDR_PUBLIC),          /* AS112-v4, RFC 7535 */
  V4(192, 52, 193, 0, 24, ADDR_PUBLIC),          /* AMT, RFC 7450 */
  V4(192, 88, 99, 0, 24, ADDR_RESERVED),         /* 6to4 relay, 7526 */
  V4(192, 168, 0, 0, 16, ADDR_PRIVATE),          /* RFC 1918 */
  V4(192, 175, 48, 0, 24, ADDR_PUBLIC),          /* AS112 DNAME, 7534 */
  V4(198, 18, 0, 0, 15, ADDR_RESERVED),          /* benchmarking 2544 */
  V4(198, 51, 100, 0, 24, ADDR_DOCUMENTATION),   /* TEST-NET-2, 5737 */
  V4(203, 0, 113, 0, 24, ADDR_DOCUMENTATION),    /* TEST-NET-3, 5737 */
  V4(224, 0, 0, 0, 4, ADDR_MULTICAST),           /* RFC 5771 */
  V4(240, 0, 0, 0, 4, ADDR_RESERVED),            /* RFC 1112 */
  V4(255, 255, 255, 255, 32, ADDR_BROADCAST),    /* RFC 919 */

  /* IPv6 */
  V6(0, ADDR_RESERVED, EMB_NONE, 0),             /* reserved by IETF */
  V6(3, ADDR_PUBLIC, EMB_NONE, 0x20),            /* global unicast */
  V6(128, ADDR_UNSPECIFIED, EMB_NONE, 0),        /* :: */
  V6(128, ADDR_LOOPBACK, EMB_NONE,               /* ::1 */
     0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
  V6(96, ADDR_RESERVED, EMB_LAST32, 0),          /* ::a.b.c.d, 4291 */
  V6(96, ADDR_PUBLIC, EMB_LAST32,                /* ::ffff:a.b.c.d */
     0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff),
  V6(96, ADDR_PUBLIC, EMB_LAST32,                /* 64:ff9b::/96, 6052 */
     0, 0x64, 0xff, 0x9b),
  V6(48, ADDR_PRIVATE, EMB_LAST32,               /* 64:ff9b:1::/48, 8215 */
     0, 0x64, 0xff, 0x9b, 0, 1),
  V6(64, ADDR_RESERVED, EMB_NONE, 1),            /* 100::/64 discard 6666 */
  V6(64, ADDR_RESERVED, EMB_NONE,                /* 100:0:0:1::/64 9780 */
     1, 0, 0, 0, 0, 0, 0, 1),
  V6(23, ADDR_RESERVED, EMB_NONE, 0x20, 0x01),   /* IETF assignments */
  V6(32, ADDR_PUBLIC, EMB_TEREDO, 0x20, 0x01),   /* Teredo, RFC 4380 */
  V6(128, ADDR_RESERVED, EMB_NONE,               /* PCP anycast 7723 */
     0x20, 0x01, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
  V6(128, ADDR_RESERVED, EMB_NONE,               /* TURN anycast 8155 */
     0x20, 0x01, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2),
  V6(128, ADDR_RESERVED, EMB_NONE,               /* DNS-SD SRP 9665 */
     0x20, 0x01, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3),
  V6(48, ADDR_RESERVED, EMB_NONE, 0x20, 0x01, 0, 2),  /* benchmark 5180 */
  V6(32, ADDR_PUBLIC, EMB_NONE, 0x20, 0x01, 0, 3),    /* AMT, RFC 7450 */
  V6(48, ADDR_PUBLIC, EMB_NONE,                  /* AS112-v6, RFC 7535 */
     0x20, 0x01, 0, 4, 0x01, 0x12),
  V6(28, ADDR_RESERVED, EMB_NONE, 0x20, 0x01, 0, 0x10),  /* ORCHID 4843 */
  V6(28, ADDR_RESERVED, EMB_NONE, 0x20, 0x01, 0, 0x20),  /* ORCHIDv2 */
  V6(28, ADDR_RESERVED, EMB_NONE, 0x20, 0x01, 0, 0x30),  /* DRIP 9374 */
  V6(32, ADDR_DOCUMENTATION, EMB_NONE,           /* RFC 3849 */
     0x20, 0x01, 0x0d, 0xb8),
  V6(16, ADDR_PUBLIC, EMB_6TO4, 0x20, 0x02),     /* 6to4, RFC 3056 */
  V6(48, ADDR_PUBLIC, EMB_NONE,                  /* AS112 DNAME, 7534 */
     0x26, 0x20, 0, 0x4f, 0x80, 0),
  V6(20, ADDR_DOCUMENTATION, EMB_NONE, 0x3f, 0xff),   /* RFC 9637 */
  V6(16, ADDR_RESERVED, EMB_NONE, 0x5f, 0),      /* SRv6 SIDs, 9602 */
  V6(7, ADDR_PRIVATE, EMB_NONE, 0xfc),           /* ULA, RFC 4193 */
  V6(10, ADDR_LINK_LOCAL, EMB_NONE, 0xfe, 0x80), /* RFC 4291 */
  V6(10, ADDR_RESERVED, EMB_NONE, 0xfe, 0xc0),   /* site-local, 3879 */
  V6(8, ADDR_MULTICAST, EMB_NONE, 0xff),         /* RFC 4291 */
};

static const char *const class_names[ADDR_CLASS_COUNT] = {
  [ADDR_PUBLIC] = "public",
  [ADDR_UNSPECIFIED] = "unspecified",
  [ADDR_LOOPBACK] = "loopback",
  [ADDR_PRIVATE] = "private",
  [ADDR_CGNAT] = "cgnat",
  [ADDR_LINK_LOCAL] = "link-local",
  [ADDR_MULTICAST] = "multicast",
  [ADDR_BROADCAST] = "broadcast",
  [ADDR_DOCUMENTATION] = "documentation",
  [ADDR_RESERVED] = "reserved",
};

/* Do the first len bits of a and p agree? */
static bool prefix_match(const uint8_t *a, const uint8_t *p, unsigned len)
{
  unsigned full = len / 8, rest = len % 8;
  if(memcmp(a, p, full))
    return false;
  if(rest) {
    uint8_t mask = (uint8_t)(0xff << (8 - rest));
    if((a[full] & mask) != (p[full] & mask))
      return false;
  }
  return true;
}

/* The longest row of the family matching a (the table has a /0 row for
 * IPv6 and none is needed for IPv4: NULL means public). */
static const struct addrguard_range *lookup(uint8_t family,
                                            const uint8_t *a)
{
  const struct addrguard_range *best = NULL;
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(ranges); i++) {
    const struct addrguard_range *r = &ranges[i];
    if(r->family == family && (!best || r->len > best->len) &&
       prefix_match(a, r->prefix, r->len))
      best = r;
  }
  return best;
}

static enum addr_class classify4(const uint8_t *a4)
{
  const struct addrguard_range *r = lookup(PP_AF_INET, a4);
  return r ? (enum addr_class)r->cls : ADDR_PUBLIC;
}

enum addr_class addrguard_classify(const struct pp_addr *a)
{
  const struct addrguard_range *r;
  uint8_t v4[4];
  enum addr_class inner;
  int i;
  if(!a)
    return ADDR_UNSPECIFIED;
  if(a->family == PP_AF_INET)
    return classify4(a->a);
  if(a->family != PP_AF_INET6)
    return ADDR_UNSPECIFIED;
  r = lookup(PP_AF_INET6, a->a);
  switch(r->embed) {
  case EMB_LAST32:
    memcpy(v4, a->a + 12, 4);
    break;
  case EMB_6TO4:
    memcpy(v4, a->a + 2, 4);
    break;
  case EMB_TEREDO:
    for(i = 0; i < 4; i++)
      v4[i] = (uint8_t)~a->a[12 + i];
    break;
  default:
    return (enum addr_class)r->cls;
  }
  inner = classify4(v4);
  return inner != ADDR_PUBLIC ? inner : (enum addr_class)r->cls;
}

bool addrguard_allowed(const struct pp_addr *a, bool allow_private)
{
  if(!a || (a->family != PP_AF_INET && a->family != PP_AF_INET6))
    return false;
  return allow_private || addrguard_classify(a) == ADDR_PUBLIC;
}

const char *addrguard_class_name(enum addr_class c)
{
  if((unsigned)c >= ADDR_CLASS_COUNT)
    return "unknown";
  return class_names[c];
}

int addrguard_from_sockaddr(const struct sockaddr *sa, socklen_t len,
                            struct pp_addr *out)
{
  sa_family_t family;
  if(out)
    memset(out, 0, sizeof(*out));
  if(!sa || !out ||
     len < (socklen_t)(offsetof(struct sockaddr, sa_family) +
                       sizeof(sa_family_t)))
    return PP_EINVAL;
  /* copies throughout: the caller's buffer need not be aligned */
  memcpy(&family, (const char *)sa + offsetof(struct sockaddr, sa_family),
         sizeof(family));
  if(family == AF_INET && len >= (socklen_t)sizeof(struct sockaddr_in)) {
    struct sockaddr_in sin;
    memcpy(&sin, sa, sizeof(sin));
    pp_addr_set4(out, (const uint8_t *)&sin.sin_addr);
    return PP_OK;
  }
  if(family == AF_INET6 &&
     len >= (socklen_t)sizeof(struct sockaddr_in6)) {
    struct sockaddr_in6 sin6;
    memcpy(&sin6, sa, sizeof(sin6));
    pp_addr_set6(out, sin6.sin6_addr.s6_addr);
    return PP_OK;
  }
  return PP_EINVAL;
}

#ifdef PP_UNITTESTS
const struct addrguard_range *addrguard_ranges(size_t *n)
{
  *n = PP_ARRAY_LEN(ranges);
  return ranges;
}
#endif
