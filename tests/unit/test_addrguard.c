/*
 * test_addrguard.c: the crawler's address guard (classify/addrguard.c).
 *
 * Every row of the special-address table, written out here again from
 * the registries: its first and last address and the addresses just
 * below and just above it; a check that the table has no row this list
 * lacks; the embedded IPv4 forms (v4-mapped, v4-compatible, NAT64 both
 * prefixes, 6to4, Teredo with the RFC 4380 example); addrguard_allowed
 * with and without --allow-private; class names; sockaddr conversion
 * (both families, short lengths, other families, unaligned buffers).
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/un.h>

#include "addrguard.h"
#include "pp_err.h"

enum {
  NONE = -1,
  P = ADDR_PUBLIC,
  U = ADDR_UNSPECIFIED,
  L = ADDR_LOOPBACK,
  PR = ADDR_PRIVATE,
  CG = ADDR_CGNAT,
  LL = ADDR_LINK_LOCAL,
  M = ADDR_MULTICAST,
  B = ADDR_BROADCAST,
  D = ADDR_DOCUMENTATION,
  R = ADDR_RESERVED,
};

/* A row, and the classes of its first and last addresses and of the
 * addresses just below and above it (NONE: no such address). */
struct row {
  const char *prefix;
  unsigned len;
  int first, last, below, above;
};

static const struct row rows[] = {
  { "0.0.0.0", 8, U, U, NONE, P },
  { "10.0.0.0", 8, PR, PR, P, P },
  { "100.64.0.0", 10, CG, CG, P, P },
  { "127.0.0.0", 8, L, L, P, P },
  { "169.254.0.0", 16, LL, LL, P, P },
  { "172.16.0.0", 12, PR, PR, P, P },
  { "192.0.0.0", 24, R, R, P, P },
  { "192.0.0.0", 29, R, R, P, R },
  { "192.0.0.8", 32, R, R, R, R },
  { "192.0.0.9", 32, R, R, R, R },
  { "192.0.0.10", 32, R, R, R, R },
  { "192.0.0.170", 31, R, R, R, R },
  { "192.0.2.0", 24, D, D, P, P },
  { "192.31.196.0", 24, P, P, P, P },
  { "192.52.193.0", 24, P, P, P, P },
  { "192.88.99.0", 24, R, R, P, P },
  { "192.168.0.0", 16, PR, PR, P, P },
  { "192.175.48.0", 24, P, P, P, P },
  { "198.18.0.0", 15, R, R, P, P },
  { "198.51.100.0", 24, D, D, P, P },
  { "203.0.113.0", 24, D, D, P, P },
  { "224.0.0.0", 4, M, M, P, R },
  { "240.0.0.0", 4, R, B, M, NONE },
  { "255.255.255.255", 32, B, B, R, NONE },

  { "::", 0, U, M, NONE, NONE },
  { "2000::", 3, P, P, R, R },
  { "::", 128, U, U, NONE, L },
  { "::1", 128, L, L, U, U },            /* ::2 is ::0.0.0.2 */
  { "::", 96, U, B, NONE, R },
  { "::ffff:0.0.0.0", 96, U, B, R, R },
  { "64:ff9b::", 96, U, B, R, R },
  { "64:ff9b:1::", 48, U, B, R, R },
  { "100::", 64, R, R, R, R },
  { "100:0:0:1::", 64, R, R, R, R },
  { "2001::", 23, B, R, P, P },          /* 2001:: is Teredo, client ~0 */
  { "2001::", 32, B, U, P, R },
  { "2001:1::1", 128, R, R, R, R },
  { "2001:1::2", 128, R, R, R, R },
  { "2001:1::3", 128, R, R, R, R },
  { "2001:2::", 48, R, R, R, R },
  { "2001:3::", 32, P, P, R, R },
  { "2001:4:112::", 48, P, P, R, R },
  { "2001:10::", 28, R, R, R, R },
  { "2001:20::", 28, R, R, R, R },
  { "2001:30::", 28, R, R, R, R },
  { "2001:db8::", 32, D, D, P, P },
  { "2002::", 16, U, B, P, P },
  { "2620:4f:8000::", 48, P, P, P, P },
  { "3fff::", 20, D, D, P, P },
  { "5f00::", 16, R, R, R, R },
  { "fc00::", 7, PR, PR, R, R },
  { "fe80::", 10, LL, LL, R, R },
  { "fec0::", 10, R, R, LL, M },
  { "ff00::", 8, M, M, R, NONE },
};

static struct pp_addr addr(const char *s)
{
  struct pp_addr a;
  if(pp_addr_parse(&a, s) != PP_OK) {
    diag("cannot parse %s", s);
    memset(&a, 0, sizeof(a));
  }
  return a;
}

static int cls(const char *s)
{
  struct pp_addr a = addr(s);
  return addrguard_classify(&a);
}

/* Set the host bits of a (after len bits) to one (ones) or zero. */
static void host_bits(struct pp_addr *a, unsigned len, bool ones)
{
  unsigned nbytes = a->family == PP_AF_INET ? 4 : 16, i;
  for(i = 0; i < nbytes * 8; i++) {
    if(i < len)
      continue;
    if(ones)
      a->a[i / 8] |= (uint8_t)(0x80 >> (i % 8));
    else
      a->a[i / 8] &= (uint8_t)~(0x80 >> (i % 8));
  }
}

/* a +/- 1; false when it wraps. */
static bool step(struct pp_addr *a, int dir)
{
  int i = a->family == PP_AF_INET ? 3 : 15;
  for(; i >= 0; i--) {
    if(dir > 0) {
      if(++a->a[i] != 0)
        return true;
    }
    else if(a->a[i]-- != 0)
      return true;
  }
  return false;
}

static void check_row(const struct row *w)
{
  struct pp_addr first = addr(w->prefix), last, x;
  char buf[PP_ADDR_STRLEN];
  host_bits(&first, w->len, false);
  last = first;
  host_bits(&last, w->len, true);
  is_int(addrguard_classify(&first), w->first, "%s/%u first %s",
         w->prefix, w->len, pp_addr_str(&first, buf));
  is_int(addrguard_classify(&last), w->last, "%s/%u last %s", w->prefix,
         w->len, pp_addr_str(&last, buf));
  x = first;
  if(step(&x, -1))
    is_int(addrguard_classify(&x), w->below, "%s/%u below: %s", w->prefix,
           w->len, pp_addr_str(&x, buf));
  else
    is_int(NONE, w->below, "%s/%u: nothing below", w->prefix, w->len);
  x = last;
  if(step(&x, 1))
    is_int(addrguard_classify(&x), w->above, "%s/%u above: %s", w->prefix,
           w->len, pp_addr_str(&x, buf));
  else
    is_int(NONE, w->above, "%s/%u: nothing above", w->prefix, w->len);
}

static void test_table(void)
{
  size_t n, i, j, missing = 0;
  const struct addrguard_range *t = addrguard_ranges(&n);
  for(i = 0; i < PP_ARRAY_LEN(rows); i++)
    check_row(&rows[i]);
  /* every row of the table is tested above, with the same class */
  for(i = 0; i < n; i++) {
    bool found = false;
    for(j = 0; j < PP_ARRAY_LEN(rows) && !found; j++) {
      struct pp_addr a = addr(rows[j].prefix);
      found = a.family == t[i].family && rows[j].len == t[i].len &&
              !memcmp(a.a, t[i].prefix, 16);
    }
    if(!found) {
      struct pp_addr a;
      char buf[PP_ADDR_STRLEN];
      memset(&a, 0, sizeof(a));
      a.family = t[i].family;
      memcpy(a.a, t[i].prefix, 16);
      diag("table row %s/%u has no test", pp_addr_str(&a, buf), t[i].len);
      missing++;
    }
  }
  is_int(missing, 0, "every table row is tested");
  is_int(n, PP_ARRAY_LEN(rows), "as many rows tested as in the table");
}

static void test_embedded(void)
{
  /* v4-mapped */
  is_int(cls("::ffff:127.0.0.1"), L, "mapped loopback");
  is_int(cls("::ffff:10.1.2.3"), PR, "mapped private");
  is_int(cls("::ffff:100.64.0.1"), CG, "mapped CGNAT");
  is_int(cls("::ffff:169.254.169.254"), LL, "mapped metadata address");
  is_int(cls("::ffff:192.0.0.9"), R, "mapped PCP anycast");
  is_int(cls("::ffff:8.8.8.8"), P, "mapped public");
  /* v4-compatible (deprecated): never public */
  is_int(cls("::127.0.0.1"), L, "compatible loopback");
  is_int(cls("::10.0.0.1"), PR, "compatible private");
  is_int(cls("::8.8.8.8"), R, "compatible public is reserved");
  /* NAT64 */
  is_int(cls("64:ff9b::10.0.0.1"), PR, "NAT64 private");
  is_int(cls("64:ff9b::127.0.0.1"), L, "NAT64 loopback");
  is_int(cls("64:ff9b::224.0.0.1"), M, "NAT64 multicast");
  is_int(cls("64:ff9b::8.8.8.8"), P, "NAT64 public");
  is_int(cls("64:ff9b:1::127.0.0.1"), L, "local NAT64 loopback");
  is_int(cls("64:ff9b:1::8.8.8.8"), PR, "local NAT64 public is private");
  is_int(cls("64:ff9b:1:ab::8.8.8.8"), PR, "local NAT64 subnet");
  /* 6to4 */
  is_int(cls("2002:7f00:1::1"), L, "6to4 loopback");
  is_int(cls("2002:a00:1::"), PR, "6to4 10.0.0.1");
  is_int(cls("2002:c0a8:101::1"), PR, "6to4 192.168.1.1");
  is_int(cls("2002:a9fe:a9fe::"), LL, "6to4 link-local");
  is_int(cls("2002:6440:1::"), CG, "6to4 CGNAT");
  is_int(cls("2002:808:808::1"), P, "6to4 public");
  /* Teredo: RFC 4380 example, server 65.54.227.120, client
   * 192.0.2.45 port 40000 */
  is_int(cls("2001:0:4136:e378:8000:63bf:3fff:fdd2"), D,
         "Teredo RFC 4380 example: client is documentation");
  is_int(cls("2001:0:4136:e378:8000:63bf:80ff:fffe"), L,
         "Teredo client 127.0.0.1");
  is_int(cls("2001:0:4136:e378:8000:63bf:f5ff:fffe"), PR,
         "Teredo client 10.0.0.1");
  is_int(cls("2001:0:4136:e378:8000:63bf:f7f7:f7f7"), P,
         "Teredo client 8.8.8.8");
  is_int(cls("2001:0:a00:1:8000:63bf:f7f7:f7f7"), P,
         "Teredo: only the client address counts");
  /* ordinary addresses */
  is_int(cls("8.8.8.8"), P, "8.8.8.8");
  is_int(cls("2001:4860:4860::8888"), P, "2001:4860:4860::8888");
  is_int(cls("2405:4800::1"), P, "a Vietnamese allocation");
  is_int(cls("2001:200::1"), P, "first RIR block after 2001::/23");
  is_int(cls("fd12:3456::1"), PR, "ULA fd00::/8");
  is_int(cls("ff02::1"), M, "all-nodes multicast");
  is_int(cls("4000::1"), R, "unallocated 4000::/3");
  is_int(cls("::1:2:3:4"), R, "inside ::/8, not embedded");
  is_int(cls("::ffff:0:1.2.3.4"), R, "SIIT ::ffff:0:0:0/96 is reserved");
}

static void test_allowed(void)
{
  struct pp_addr a = addr("127.0.0.1"), b = addr("93.184.216.34"), z;
  memset(&z, 0, sizeof(z));
  ok(!addrguard_allowed(&a, false), "loopback refused");
  ok(addrguard_allowed(&a, true), "loopback allowed with --allow-private");
  ok(addrguard_allowed(&b, false), "public allowed");
  ok(addrguard_allowed(&b, true), "public allowed with --allow-private");
  ok(!addrguard_allowed(NULL, true), "NULL never allowed");
  ok(!addrguard_allowed(&z, true), "no family never allowed");
  is_int(addrguard_classify(NULL), U, "NULL is unspecified");
  is_int(addrguard_classify(&z), U, "no family is unspecified");
  z.family = 5;
  is_int(addrguard_classify(&z), U, "unknown family is unspecified");
  a = addr("::ffff:192.168.0.1");
  ok(!addrguard_allowed(&a, false), "mapped private refused");
}

static void test_names(void)
{
  int c, d, same = 0;
  for(c = 0; c < ADDR_CLASS_COUNT; c++)
    for(d = 0; d < c; d++)
      same += !strcmp(addrguard_class_name(c), addrguard_class_name(d));
  is_int(same, 0, "class names are distinct");
  is_str(addrguard_class_name(ADDR_PUBLIC), "public", "public");
  is_str(addrguard_class_name(ADDR_LOOPBACK), "loopback", "loopback");
  is_str(addrguard_class_name(ADDR_LINK_LOCAL), "link-local",
         "link-local");
  is_str(addrguard_class_name(ADDR_CLASS_COUNT), "unknown", "past the end");
  is_str(addrguard_class_name((enum addr_class)-1), "unknown", "negative");
}

static void test_sockaddr(void)
{
  struct sockaddr_in sin;
  struct sockaddr_in6 sin6;
  struct sockaddr_un sun;
  struct pp_addr a;
  char buf[PP_ADDR_STRLEN];
  unsigned char raw[sizeof(struct sockaddr_in6) + 1];

  memset(&sin, 0, sizeof(sin));
  sin.sin_family = AF_INET;
  sin.sin_port = htons(80);
  inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr);
  is_int(addrguard_from_sockaddr((struct sockaddr *)&sin, sizeof(sin), &a),
         PP_OK, "sockaddr_in");
  is_str(pp_addr_str(&a, buf), "127.0.0.1", "IPv4 address");
  is_int(a.family, PP_AF_INET, "IPv4 family");
  is_int(addrguard_classify(&a), L, "IPv4 loopback");
  is_int(addrguard_from_sockaddr((struct sockaddr *)&sin, sizeof(sin) - 1,
                                 &a), PP_EINVAL, "short sockaddr_in");
  is_int(a.family, 0, "output cleared on error");

  memset(&sin6, 0, sizeof(sin6));
  sin6.sin6_family = AF_INET6;
  inet_pton(AF_INET6, "::ffff:10.0.0.1", &sin6.sin6_addr);
  is_int(addrguard_from_sockaddr((struct sockaddr *)&sin6, sizeof(sin6),
                                 &a), PP_OK, "sockaddr_in6");
  is_int(a.family, PP_AF_INET6, "mapped stays IPv6");
  is_int(addrguard_classify(&a), PR, "mapped private via sockaddr");
  is_int(addrguard_from_sockaddr((struct sockaddr *)&sin6,
                                 sizeof(struct sockaddr_in), &a),
         PP_EINVAL, "sockaddr_in6 cut to sockaddr_in size");

  /* unaligned copy of a sockaddr_in6 */
  inet_pton(AF_INET6, "2001:db8::1", &sin6.sin6_addr);
  memcpy(raw + 1, &sin6, sizeof(sin6));
  is_int(addrguard_from_sockaddr((const struct sockaddr *)(void *)(raw + 1),
                                 sizeof(sin6), &a), PP_OK, "unaligned");
  is_str(pp_addr_str(&a, buf), "2001:db8::1", "unaligned address");

  memset(&sun, 0, sizeof(sun));
  sun.sun_family = AF_UNIX;
  is_int(addrguard_from_sockaddr((struct sockaddr *)&sun, sizeof(sun), &a),
         PP_EINVAL, "AF_UNIX refused");
  is_int(addrguard_from_sockaddr(NULL, sizeof(sin), &a), PP_EINVAL,
         "NULL sockaddr");
  is_int(addrguard_from_sockaddr((struct sockaddr *)&sin, sizeof(sin), NULL),
         PP_EINVAL, "NULL output");
  is_int(addrguard_from_sockaddr((struct sockaddr *)&sin, 0, &a), PP_EINVAL,
         "zero length");
}

int main(void)
{
  test_table();
  test_embedded();
  test_allowed();
  test_names();
  test_sockaddr();
  return tap_done();
}
