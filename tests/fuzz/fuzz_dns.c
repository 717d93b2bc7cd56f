/*
 * fuzz_dns.c: the input as one DNS message (dns_parse) and as the start
 * of a DNS-over-TCP stream (dns_parse_tcp_stream, each message parsed);
 * every address reported goes through a 4-entry dnscache (so evictions,
 * updates and expiries happen).  Checks the parser's promises: qname
 * NUL-terminated within DNS_NAME_BUF, a valid qname is 1..253 chars of
 * [a-z0-9-_.], the return code is one of three, the TCP consumption
 * stays within the input.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dns.h"
#include "dnscache.h"
#include "pp_err.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct ctx {
  struct dnscache *cache;
  pp_usec_t now;
  size_t sum;                /* keeps the string reads from being dropped */
};

static void check(bool cond)
{
  if(!cond)
    __builtin_trap();
}

static void on_addr(void *user, const char *qname, const struct pp_addr *a,
                    uint32_t ttl)
{
  struct ctx *x = user;
  const char *got;
  check(a->family == PP_AF_INET || a->family == PP_AF_INET6);
  x->sum += strlen(qname);
  check(dnscache_put(x->cache, a, qname, ttl, x->now) == PP_OK);
  got = dnscache_get(x->cache, a, x->now);
  if(got)
    x->sum += strlen(got);
  /* Step the clock by the TTL's low bits so some entries expire. */
  x->now += (pp_usec_t)(ttl % 8) * 1000000;
  got = dnscache_get(x->cache, a, x->now);
  if(got)
    x->sum += strlen(got);
}

static void on_ech(void *user, const char *qname, const char *pub)
{
  struct ctx *x = user;
  size_t n = strlen(pub);
  check(n >= 1 && n <= 255);
  x->sum += strlen(qname) + n;
}

static void check_msg(const struct dns_msg *m, int rc)
{
  size_t n = strnlen(m->qname, DNS_NAME_BUF), i;
  check(rc == PP_OK || rc == PP_ETRUNC || rc == PP_EMALFORMED);
  check(n < DNS_NAME_BUF);
  if(m->qname_valid) {
    check(n >= 1 && n <= 253);
    for(i = 0; i < n; i++) {
      char ch = m->qname[i];
      check((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
            ch == '-' || ch == '_' || ch == '.');
    }
  }
}

static struct dns_callbacks cbs = { on_addr, on_ech, NULL };
static volatile size_t sink;

static void on_tcp(void *user, const uint8_t *msg, size_t len)
{
  struct dns_msg m;
  (void)user;
  check_msg(&m, dns_parse(msg, len, &m, &cbs));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct ctx x;
  struct dns_msg m;
  size_t used = SIZE_MAX;
  int rc;

  x.cache = dnscache_new_seeded(4, 1, 3600, 42);  /* small: evictions */
  if(!x.cache)
    return 0;
  x.now = 1700000000000000ull;
  x.sum = 0;
  cbs.user = &x;

  check_msg(&m, dns_parse(data, size, &m, &cbs));
  rc = dns_parse_tcp_stream(data, size, 16, &used, on_tcp, NULL);
  check(rc == PP_OK || rc == PP_EMALFORMED);
  check(used <= size);

  dnscache_free(x.cache);
  sink = x.sum;
  return 0;
}
