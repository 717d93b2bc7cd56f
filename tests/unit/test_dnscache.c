/*
 * test_dnscache.c: the address -> name cache (capture/dnscache.c): put,
 * get, update, LRU order, expiry, stats, key families, a long random run
 * against a reference model, hash spread, allocation failures.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include "dnscache.h"
#include "pp_alloc.h"
#include "pp_err.h"

#define SEC 1000000ull
#define T0 (1700000000ull * SEC)

static struct pp_addr v4(unsigned a, unsigned b, unsigned c, unsigned d)
{
  struct pp_addr ad;
  uint8_t x[4];
  x[0] = (uint8_t)a;
  x[1] = (uint8_t)b;
  x[2] = (uint8_t)c;
  x[3] = (uint8_t)d;
  pp_addr_set4(&ad, x);
  return ad;
}

static struct pp_addr ip(const char *s)
{
  struct pp_addr ad;
  pp_addr_parse(&ad, s);
  return ad;
}

static void test_basic(void)
{
  struct dnscache *c;
  struct dnscache_stats st;
  struct pp_addr a = v4(192, 0, 2, 1), b = v4(192, 0, 2, 2), bad;
  char longname[300];

  ok(dnscache_new(0, 0, 10) == NULL, "max_entries 0 refused");
  ok(dnscache_new(DNSCACHE_ENTRIES_MAX + 1, 0, 10) == NULL,
     "max_entries too large refused");
  dnscache_free(NULL);
  c = dnscache_new(10, 0, 3600);
  if(!ok(c != NULL, "new"))
    return;
  is_int(dnscache_put(c, &a, "www.example.com", 60, T0), PP_OK, "put");
  is_str(dnscache_get(c, &a, T0), "www.example.com", "get");
  ok(dnscache_get(c, &b, T0) == NULL, "absent address");
  is_int(dnscache_put(c, &a, "cdn.example.net", 60, T0), PP_OK, "update");
  is_str(dnscache_get(c, &a, T0), "cdn.example.net", "updated name");
  memset(longname, 'x', 253);
  longname[253] = '\0';
  is_int(dnscache_put(c, &a, longname, 60, T0), PP_OK,
         "update with a longer name");
  is_str(dnscache_get(c, &a, T0), longname, "253-char name stored");
  is_int(dnscache_put(c, &a, "s.vn", 60, T0), PP_OK,
         "update with a shorter name");
  is_str(dnscache_get(c, &a, T0), "s.vn", "shorter name in place");
  longname[253] = 'x';
  longname[254] = '\0';
  is_int(dnscache_put(c, &b, longname, 60, T0), PP_EINVAL, "254 chars");
  is_int(dnscache_put(c, &b, "", 60, T0), PP_EINVAL, "empty name");
  is_int(dnscache_put(c, &b, NULL, 60, T0), PP_EINVAL, "NULL name");
  is_int(dnscache_put(c, NULL, "x", 60, T0), PP_EINVAL, "NULL addr");
  is_int(dnscache_put(NULL, &b, "x", 60, T0), PP_EINVAL, "NULL cache");
  memset(&bad, 0, sizeof(bad));
  is_int(dnscache_put(c, &bad, "x", 60, T0), PP_EINVAL, "family 0");
  ok(dnscache_get(c, &bad, T0) == NULL, "get family 0");
  ok(dnscache_get(c, NULL, T0) == NULL, "get NULL addr");
  ok(dnscache_get(NULL, &a, T0) == NULL, "get NULL cache");
  dnscache_get_stats(c, &st);
  is_int(st.inserts, 1, "inserts");
  is_int(st.updates, 3, "updates");
  is_int(st.hits, 4, "hits");
  is_int(st.misses, 2, "misses (absent, bad family)");
  is_int(st.entries, 1, "entries");
  is_int(st.max_entries, 10, "max_entries");
  is_int(st.evictions + st.expired, 0, "no evictions, no expiries");
  is_int(dnscache_check(c, NULL), 0, "consistent");
  dnscache_free(c);
}

static void test_families(void)
{
  struct dnscache *c = dnscache_new_seeded(16, 0, 3600, 1);
  struct pp_addr a4 = ip("192.0.2.1"), mapped = ip("::ffff:192.0.2.1");
  struct pp_addr same_bytes = ip("c000:201::"), dirty = a4;

  /* "c000:201::" has the IPv4 address's bytes and zeros after them. */
  dnscache_put(c, &a4, "v4.example", 60, T0);
  ok(dnscache_get(c, &mapped, T0) == NULL, "v4-mapped v6 is another key");
  ok(dnscache_get(c, &same_bytes, T0) == NULL,
     "v6 with the same bytes is another key");
  dnscache_put(c, &same_bytes, "v6.example", 60, T0);
  is_str(dnscache_get(c, &a4, T0), "v4.example", "v4 kept");
  is_str(dnscache_get(c, &same_bytes, T0), "v6.example", "v6 apart");
  /* Bytes past an IPv4 address are not part of the key. */
  dirty.a[10] = 0x55;
  dirty.pad[1] = 7;
  is_str(dnscache_get(c, &dirty, T0), "v4.example",
         "IPv4 key ignores unused bytes");
  is_int(dnscache_check(c, NULL), 0, "consistent");
  dnscache_free(c);
}

static void test_lru(void)
{
  struct dnscache *c = dnscache_new_seeded(3, 0, 3600, 2);
  struct dnscache_stats st;
  struct pp_addr a = v4(10, 0, 0, 1), b = v4(10, 0, 0, 2);
  struct pp_addr d = v4(10, 0, 0, 3), e = v4(10, 0, 0, 4);
  struct pp_addr f = v4(10, 0, 0, 5);

  dnscache_put(c, &a, "a.example", 60, T0);
  dnscache_put(c, &b, "b.example", 60, T0);
  dnscache_put(c, &d, "d.example", 60, T0);
  dnscache_get(c, &a, T0);                 /* order now: a d b (b oldest) */
  dnscache_put(c, &e, "e.example", 60, T0);        /* evicts b */
  ok(dnscache_get(c, &b, T0) == NULL, "least recently used evicted");
  ok(dnscache_get(c, &a, T0) && dnscache_get(c, &d, T0) &&
     dnscache_get(c, &e, T0), "the others stay");
  /* order: e d a; an update refreshes too */
  dnscache_put(c, &a, "a2.example", 60, T0);       /* order: a e d */
  dnscache_put(c, &f, "f.example", 60, T0);        /* evicts d */
  ok(dnscache_get(c, &d, T0) == NULL, "update counts as use");
  is_str(dnscache_get(c, &a, T0), "a2.example", "updated entry kept");
  dnscache_get_stats(c, &st);
  is_int(st.evictions, 2, "evictions counted");
  is_int(st.entries, 3, "at capacity");
  is_int(dnscache_check(c, NULL), 0, "consistent");
  dnscache_free(c);

  /* Capacity 1. */
  c = dnscache_new_seeded(1, 0, 3600, 3);
  dnscache_put(c, &a, "a.example", 60, T0);
  dnscache_put(c, &b, "b.example", 60, T0);
  ok(!dnscache_get(c, &a, T0) && dnscache_get(c, &b, T0), "capacity 1");
  is_int(dnscache_check(c, NULL), 0, "consistent");
  dnscache_free(c);
}

static void test_expiry(void)
{
  struct dnscache *c = dnscache_new_seeded(8, 10, 100, 4);
  struct dnscache_stats st;
  struct pp_addr a = v4(10, 1, 0, 1), b = v4(10, 1, 0, 2);
  struct pp_addr d = v4(10, 1, 0, 3), e = v4(10, 1, 0, 4);

  dnscache_put(c, &a, "short.example", 5, T0);     /* raised to 10 s */
  dnscache_put(c, &b, "long.example", 100000, T0); /* capped at 100 s */
  dnscache_put(c, &d, "mid.example", 30, T0 + SEC / 2); /* to 31 s */
  ok(dnscache_get(c, &a, T0 + 10 * SEC - 1) != NULL, "min_ttl: alive");
  ok(dnscache_get(c, &a, T0 + 10 * SEC) == NULL, "min_ttl: expired");
  ok(dnscache_get(c, &d, T0 + 31 * SEC - 1) != NULL,
     "expiry rounds up to a whole second");
  ok(dnscache_get(c, &d, T0 + 31 * SEC) == NULL, "then expires");
  ok(dnscache_get(c, &b, T0 + 100 * SEC - 1) != NULL, "max_ttl: alive");
  ok(dnscache_get(c, &b, T0 + 100 * SEC) == NULL, "max_ttl: expired");
  ok(dnscache_get(c, &b, T0 + 100 * SEC) == NULL, "expired entry gone");
  dnscache_get_stats(c, &st);
  is_int(st.expired, 3, "expired lookups counted");
  is_int(st.misses, 4, "expired lookups are misses");
  is_int(st.entries, 0, "expired entries removed");
  /* A new answer revives an address. */
  dnscache_put(c, &a, "short.example", 50, T0 + 200 * SEC);
  ok(dnscache_get(c, &a, T0 + 249 * SEC) != NULL, "refresh extends");
  dnscache_put(c, &a, "short.example", 20, T0 + 240 * SEC);
  ok(dnscache_get(c, &a, T0 + 260 * SEC) == NULL,
     "a later, shorter answer replaces the expiry");
  is_int(dnscache_check(c, NULL), 0, "consistent");
  dnscache_free(c);

  /* min_ttl > max_ttl: the cap wins.  TTL 0 with min 0: gone at once. */
  c = dnscache_new_seeded(8, 600, 60, 5);
  dnscache_put(c, &e, "x.example", 5, T0);
  ok(dnscache_get(c, &e, T0 + 59 * SEC) && !dnscache_get(c, &e, T0 + 60 * SEC),
     "min_ttl > max_ttl: max_ttl");
  dnscache_free(c);
  c = dnscache_new_seeded(8, 0, 60, 6);
  dnscache_put(c, &e, "x.example", 0, T0);
  ok(dnscache_get(c, &e, T0) == NULL, "TTL 0: not cached");
  dnscache_free(c);
}

/* ---- a long random run checked against a slow reference -------------- */

static uint64_t rng = 0x853c49e6748fea9bull;

static uint32_t rnd(void)
{
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 16);
}

#define REF_CAP 64
#define REF_POOL 200

struct ref_entry {
  bool used;
  unsigned addr;
  char name[32];
  uint64_t expires;          /* usec */
  uint64_t last;             /* use stamp */
};

static struct pp_addr pool_addr(unsigned i)
{
  /* half IPv4, half IPv6 with the same low bytes */
  if(i % 2)
    return v4(198, 18, (i >> 8) & 0xff, i & 0xff);
  else {
    struct pp_addr ad = ip("2001:db8::");
    ad.a[14] = (uint8_t)(i >> 8);
    ad.a[15] = (uint8_t)i;
    return ad;
  }
}

static void test_reference(void)
{
  static struct ref_entry ref[REF_CAP];
  struct dnscache *c = dnscache_new_seeded(REF_CAP, 5, 50, 7);
  uint64_t now = T0, stamp = 0;
  long i, wrong = 0;

  memset(ref, 0, sizeof(ref));
  for(i = 0; i < 200000; i++) {
    unsigned k = rnd() % REF_POOL, j, slot = REF_CAP;
    struct pp_addr ad = pool_addr(k);
    now += rnd() % (SEC / 4);
    for(j = 0; j < REF_CAP; j++)
      if(ref[j].used && ref[j].addr == k)
        slot = j;
    if(rnd() % 2) {
      char nm[32];
      uint32_t ttl = rnd() % 80;
      uint64_t t = ttl < 5 ? 5 : ttl > 50 ? 50 : ttl;
      snprintf(nm, sizeof(nm), "n%u-%u.example", k, rnd() % 1000);
      dnscache_put(c, &ad, nm, ttl, now);
      if(slot == REF_CAP) {
        unsigned n = 0, old = 0;
        for(j = 0; j < REF_CAP; j++) {
          if(!ref[j].used)
            slot = j;
          else {
            if(!n++ || ref[j].last < ref[old].last)
              old = j;
          }
        }
        if(slot == REF_CAP)
          slot = old;                      /* evict the LRU */
      }
      ref[slot].used = true;
      ref[slot].addr = k;
      snprintf(ref[slot].name, sizeof(ref[slot].name), "%s", nm);
      ref[slot].expires = (now / SEC + (now % SEC != 0) + t) * SEC;
      ref[slot].last = ++stamp;
    }
    else {
      const char *got = dnscache_get(c, &ad, now);
      const char *want = NULL;
      if(slot < REF_CAP) {
        if(now >= ref[slot].expires)
          ref[slot].used = false;
        else {
          want = ref[slot].name;
          ref[slot].last = ++stamp;
        }
      }
      if((got == NULL) != (want == NULL) || (got && strcmp(got, want)))
        wrong++;
    }
  }
  is_int(wrong, 0, "200k random operations match the reference model");
  is_int(dnscache_check(c, NULL), 0, "consistent after the run");
  dnscache_free(c);
}

static void test_million(void)
{
  struct dnscache *c = dnscache_new(1000, 0, 300);
  struct dnscache_stats st;
  uint64_t now = T0;
  long i, over = 0, bad = 0;
  size_t longest = 0;

  for(i = 0; i < 1000000; i++) {
    struct pp_addr ad = pool_addr(rnd() % 5000);
    now += rnd() % 1000;
    if(rnd() % 3)
      dnscache_put(c, &ad, "x.example", rnd() % 400, now);
    else
      dnscache_get(c, &ad, now);
    dnscache_get_stats(c, &st);
    over += st.entries > 1000;
    if(i % 100000 == 0)
      bad += dnscache_check(c, NULL) != 0;
  }
  dnscache_get_stats(c, &st);
  is_int(over, 0, "1M random operations: never over capacity");
  is_int(bad, 0, "consistent along the way");
  is_int(dnscache_check(c, &longest), 0, "consistent at the end");
  ok(st.evictions > 0 && st.expired > 0 && st.hits > 0,
     "evictions %llu, expiries %llu, hits %llu",
     (unsigned long long)st.evictions, (unsigned long long)st.expired,
     (unsigned long long)st.hits);
  dnscache_free(c);
}

/* Addresses a naive hash (e.g. the low bits of the last word) would pile
 * into one bucket: all differ only in their upper bytes. */
static void test_spread(void)
{
  struct dnscache *c = dnscache_new(65536, 0, 300);
  size_t longest = 0, i;
  for(i = 0; i < 65536; i++) {
    struct pp_addr ad = ip("2001:db8::");
    ad.a[4] = (uint8_t)(i >> 8);
    ad.a[5] = (uint8_t)i;
    dnscache_put(c, &ad, "x.example", 60, T0);
  }
  is_int(dnscache_check(c, &longest), 0, "65536 entries consistent");
  ok(longest <= 16, "longest chain %zu for 65536 aligned addresses",
     longest);
  dnscache_free(c);
}

static void test_alloc_fail(void)
{
  struct dnscache *c;
  struct dnscache_stats st;
  struct pp_addr a = v4(10, 2, 0, 1), b = v4(10, 2, 0, 2);
  struct pp_addr d = v4(10, 2, 0, 3);
  char longname[200];
  long n;

  for(n = 0; n < 2; n++) {
    pp_alloc_fail_after(n);
    c = dnscache_new(8, 0, 60);
    pp_alloc_fail_after(-1);
    ok(c == NULL, "new fails when allocation %ld fails", n);
    dnscache_free(c);
  }
  c = dnscache_new_seeded(2, 0, 60, 8);
  dnscache_put(c, &a, "a.example", 60, T0);
  dnscache_put(c, &b, "b.example", 60, T0);
  pp_alloc_fail_after(0);
  is_int(dnscache_put(c, &d, "d.example", 60, T0), PP_ENOMEM,
         "put: ENOMEM");
  pp_alloc_fail_after(-1);
  dnscache_get_stats(c, &st);
  ok(st.entries == 2 && st.evictions == 0 && st.inserts == 2,
     "ENOMEM at capacity evicts nothing");
  ok(dnscache_get(c, &a, T0) && dnscache_get(c, &b, T0),
     "entries intact after ENOMEM");
  memset(longname, 'q', sizeof(longname) - 1);
  longname[sizeof(longname) - 1] = '\0';
  pp_alloc_fail_after(0);
  is_int(dnscache_put(c, &a, longname, 60, T0), PP_ENOMEM,
         "update needing a bigger entry: ENOMEM");
  pp_alloc_fail_after(-1);
  is_str(dnscache_get(c, &a, T0), "a.example", "old name kept");
  pp_alloc_fail_after(0);
  is_int(dnscache_put(c, &a, "z.example", 60, T0), PP_OK,
         "update in place needs no allocation");
  pp_alloc_fail_after(-1);
  is_int(dnscache_check(c, NULL), 0, "consistent after failures");
  is_int(dnscache_put(c, &d, "d.example", 60, T0), PP_OK,
         "works again afterwards");
  is_int(dnscache_check(c, NULL), 0, "consistent");
  dnscache_free(c);
}

int main(void)
{
  test_basic();
  test_families();
  test_lru();
  test_expiry();
  test_reference();
  test_million();
  test_spread();
  test_alloc_fail();
  /* scopes and shared addresses */
  {
    struct dnscache *sc = dnscache_new(16, 60, 3600);
    struct pp_addr cdn;
    const uint8_t a4[4] = {198, 51, 100, 9};
    pp_addr_set4(&cdn, a4);
    dnscache_put_scoped(sc, &cdn, 11, "one.example", 300, 0);
    dnscache_put_scoped(sc, &cdn, 22, "two.example", 300, 0);
    ok(!strcmp(dnscache_get_scoped(sc, &cdn, 11, 0), "one.example") &&
       !strcmp(dnscache_get_scoped(sc, &cdn, 22, 0), "two.example") &&
       dnscache_get_scoped(sc, &cdn, 33, 0) == NULL &&
       dnscache_get(sc, &cdn, 0) == NULL, "scopes are separate keys");
    dnscache_put(sc, &cdn, "one.example", 300, 0);
    dnscache_put(sc, &cdn, "one.example", 300, 0);
    ok(dnscache_get_unique(sc, &cdn, 0) != NULL,
       "same name twice: still unique");
    dnscache_put(sc, &cdn, "two.example", 300, 0);
    ok(dnscache_get_unique(sc, &cdn, 0) == NULL &&
       !strcmp(dnscache_get(sc, &cdn, 0), "two.example"),
       "an address given two names is shared: no unique name");
    dnscache_free(sc);
  }
  return tap_done();
}
