/*
 * dnscache.c: bounded server address -> name map: a chained hash table
 * sized once, and an LRU list for eviction.
 *
 * Hash: vector multiply-shift, h = (k0 + k1 family + sum k(i+2) w[i])
 * mod 2^64, top `bits` bits, over the four 32-bit words w[] of the
 * address with random 64-bit keys: strongly universal for bits <= 32
 * (Thorup, "High Speed Hashing for Integers and Strings", 2015, 3.5;
 * Dietzfelbinger 1996).
 *
 *   bucket[2^bits] -> entry -hnext-> entry -> NULL
 *   head (newest) <-prev/next-> ... <-> tail (oldest: evicted first)
 *
 *   entry (one allocation):
 *   +-------+------+------+----------+---------+-----+--------------+
 *   | hnext | prev | next | pp_addr  | expires | cap | name, NUL    |
 *   |   8   |  8   |  8   |    20    |  u32 4  | u8  | cap + 1      |
 *   +-------+------+------+----------+---------+-----+--------------+
 */
#include "config.h"

#include <time.h>
#include <unistd.h>

#include "dnscache.h"
#include "pp_alloc.h"
#include "pp_err.h"

#define USEC 1000000u
#define BUCKET_BITS_MIN 4

/* The key: a server address, and the scope the answer belongs to (0 for
 * any client, or the keyed hash of the client that asked). */
struct ckey {
  struct pp_addr addr;       /* normalized: bytes past the family's zero */
  uint32_t pad;
  uint64_t scope;
};

struct entry {
  struct entry *hnext;       /* bucket chain */
  struct entry *prev, *next; /* LRU list; prev is more recent */
  struct ckey addr;
  uint32_t expires;          /* whole seconds since the epoch */
  uint8_t cap;               /* room in name[], NUL excluded */
  uint8_t shared;            /* answers gave this address other names */
  char name[];
};

#define ENTRY_HDR offsetof(struct entry, name)

struct dnscache {
  struct entry **bucket;
  unsigned shift;            /* 64 - bits */
  uint64_t key[6];
  struct entry *head, *tail;
  uint32_t min_ttl, max_ttl;
  struct dnscache_stats st;
};

static uint64_t splitmix64(uint64_t *s)
{
  uint64_t z = (*s += 0x9e3779b97f4a7c15u);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

static size_t bucket_of(const struct dnscache *c, const struct ckey *k)
{
  uint32_t w[4];
  uint64_t h;
  memcpy(w, k->addr.a, sizeof(w));
  h = c->key[0] + c->key[1] * (k->addr.family ^ (uint32_t)k->scope) +
      c->key[2] * (w[0] ^ (uint32_t)(k->scope >> 32)) +
      c->key[3] * w[1] + c->key[4] * w[2] + c->key[5] * w[3];
  return (size_t)(h >> c->shift);
}

/* Copy addr into *k with every unused byte zero; false for a bad family. */
static bool key_make(struct ckey *k, const struct pp_addr *addr,
                     uint64_t scope)
{
  memset(k, 0, sizeof(*k));
  if(addr->family == PP_AF_INET)
    memcpy(k->addr.a, addr->a, 4);
  else if(addr->family == PP_AF_INET6)
    memcpy(k->addr.a, addr->a, 16);
  else
    return false;
  k->addr.family = addr->family;
  k->scope = scope;
  return true;
}

/* The link that points at k's entry, or at the NULL ending its chain. */
static struct entry **find(struct dnscache *c, size_t b,
                           const struct ckey *k)
{
  struct entry **pp = &c->bucket[b];
  while(*pp && memcmp(&(*pp)->addr, k, sizeof(*k)))
    pp = &(*pp)->hnext;
  return pp;
}

static void lru_unlink(struct dnscache *c, struct entry *e)
{
  if(e->prev)
    e->prev->next = e->next;
  else
    c->head = e->next;
  if(e->next)
    e->next->prev = e->prev;
  else
    c->tail = e->prev;
}

static void lru_push(struct dnscache *c, struct entry *e)
{
  e->prev = NULL;
  e->next = c->head;
  if(c->head)
    c->head->prev = e;
  else
    c->tail = e;
  c->head = e;
}

/* Unlink *pp's entry from both lists and free it. */
static void drop(struct dnscache *c, struct entry **pp)
{
  struct entry *e = *pp;
  *pp = e->hnext;
  lru_unlink(c, e);
  pp_free(e);
  c->st.entries--;
}

/* Remove the least recently used entry; the cache is not empty. */
static void evict(struct dnscache *c)
{
  struct entry *t = c->tail, **pp;
  if(pp_unlikely(!t))
    return;
  pp = &c->bucket[bucket_of(c, &t->addr)];
  while(*pp && *pp != t)
    pp = &(*pp)->hnext;
  *pp = t->hnext;
  lru_unlink(c, t);
  pp_free(t);
  c->st.entries--;
  c->st.evictions++;
}

static struct entry *entry_new(size_t len)
{
  /* Ask for the size glibc hands out anyway (16n + 8 usable bytes): the
   * slack lets a later, longer name for the address fit in place. */
  size_t size = ((ENTRY_HDR + len + 1 + 8 + 15) & ~(size_t)15) - 8;
  size_t cap = PP_MIN(size - ENTRY_HDR - 1, (size_t)DNSCACHE_NAME_MAX);
  struct entry *e = pp_malloc(size);
  if(e)
    e->cap = (uint8_t)cap;
  return e;
}

/* max(ttl, min_ttl) capped at max_ttl, from now rounded up to a second. */
static uint32_t expiry(const struct dnscache *c, uint32_t ttl, pp_usec_t now)
{
  uint64_t t = PP_MIN(PP_MAX(ttl, c->min_ttl), c->max_ttl);
  t += now / USEC + (now % USEC != 0);
  return t > UINT32_MAX ? UINT32_MAX : (uint32_t)t;
}

static struct dnscache *cache_new(size_t max_entries, uint32_t min_ttl,
                                  uint32_t max_ttl, const uint64_t key[6])
{
  struct dnscache *c;
  unsigned bits = BUCKET_BITS_MIN;

  if(!max_entries || max_entries > DNSCACHE_ENTRIES_MAX)
    return NULL;
  while(((size_t)1 << bits) < max_entries)
    bits++;
  c = pp_calloc(1, sizeof(*c));
  if(!c)
    return NULL;
  /* Load factor <= 1, and the array never grows. */
  c->bucket = pp_calloc((size_t)1 << bits, sizeof(*c->bucket));
  if(!c->bucket) {
    pp_free(c);
    return NULL;
  }
  c->shift = 64 - bits;
  memcpy(c->key, key, sizeof(c->key));
  c->min_ttl = min_ttl;
  c->max_ttl = max_ttl;
  c->st.max_entries = max_entries;
  return c;
}

struct dnscache *dnscache_new_seeded(size_t max_entries, uint32_t min_ttl,
                                     uint32_t max_ttl, uint64_t seed)
{
  uint64_t key[6];
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(key); i++)
    key[i] = splitmix64(&seed);
  return cache_new(max_entries, min_ttl, max_ttl, key);
}

struct dnscache *dnscache_new(size_t max_entries, uint32_t min_ttl,
                              uint32_t max_ttl)
{
  uint64_t key[6];
  if(getentropy(key, sizeof(key))) {
    /* No kernel randomness (old kernel, seccomp): the clock, the pid and
     * a stack address are weak but still unknown to a remote sender. */
    struct timespec ts;
    uint64_t seed;
    size_t i;
    clock_gettime(CLOCK_REALTIME, &ts);
    seed = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    seed ^= (uint64_t)getpid() << 32 ^ (uint64_t)(uintptr_t)&ts;
    for(i = 0; i < PP_ARRAY_LEN(key); i++)
      key[i] = splitmix64(&seed);
  }
  return cache_new(max_entries, min_ttl, max_ttl, key);
}

void dnscache_free(struct dnscache *c)
{
  struct entry *e, *next;
  if(!c)
    return;
  for(e = c->head; e; e = next) {
    next = e->next;
    pp_free(e);
  }
  pp_free(c->bucket);
  pp_free(c);
}

int dnscache_put(struct dnscache *c, const struct pp_addr *addr,
                 const char *name, uint32_t ttl, pp_usec_t now)
{
  return dnscache_put_scoped(c, addr, 0, name, ttl, now);
}

int dnscache_put_scoped(struct dnscache *c, const struct pp_addr *addr,
                        uint64_t scope, const char *name, uint32_t ttl,
                        pp_usec_t now)
{
  struct ckey k;
  struct entry **pp, *e;
  size_t len, b;

  if(!c || !addr || !name || !key_make(&k, addr, scope))
    return PP_EINVAL;
  len = strnlen(name, DNSCACHE_NAME_MAX + 1);
  if(!len || len > DNSCACHE_NAME_MAX)
    return PP_EINVAL;
  b = bucket_of(c, &k);
  pp = find(c, b, &k);
  e = *pp;
  if(e) {
    uint8_t shared = e->shared || strcmp(e->name, name) != 0;
    if(len > e->cap) {
      /* No room: a bigger entry takes its place in the chain. */
      struct entry *n = entry_new(len);
      if(!n)
        return PP_ENOMEM;
      n->hnext = e->hnext;
      n->addr = k;
      *pp = n;
      lru_unlink(c, e);
      pp_free(e);
      e = n;
    }
    else
      lru_unlink(c, e);
    e->shared = shared;
    c->st.updates++;
  }
  else {
    /* Allocate before evicting, so ENOMEM changes nothing. */
    e = entry_new(len);
    if(!e)
      return PP_ENOMEM;
    if(c->st.entries == c->st.max_entries)
      evict(c);
    e->addr = k;
    e->shared = 0;
    e->hnext = c->bucket[b];
    c->bucket[b] = e;
    c->st.entries++;
    c->st.inserts++;
  }
  memcpy(e->name, name, len);
  e->name[len] = '\0';
  e->expires = expiry(c, ttl, now);
  lru_push(c, e);
  return PP_OK;
}

const char *dnscache_get(struct dnscache *c, const struct pp_addr *addr,
                         pp_usec_t now)
{
  return dnscache_get_scoped(c, addr, 0, now);
}

static const char *lookup(struct dnscache *c, const struct pp_addr *addr,
                          uint64_t scope, pp_usec_t now, bool unique);

const char *dnscache_get_scoped(struct dnscache *c,
                                const struct pp_addr *addr, uint64_t scope,
                                pp_usec_t now)
{
  return lookup(c, addr, scope, now, false);
}

const char *dnscache_get_unique(struct dnscache *c,
                                const struct pp_addr *addr, pp_usec_t now)
{
  return lookup(c, addr, 0, now, true);
}

static const char *lookup(struct dnscache *c, const struct pp_addr *addr,
                          uint64_t scope, pp_usec_t now, bool unique)
{
  struct ckey k;
  struct entry **pp, *e;

  if(!c || !addr)
    return NULL;
  if(!key_make(&k, addr, scope)) {
    c->st.misses++;
    return NULL;
  }
  pp = find(c, bucket_of(c, &k), &k);
  e = *pp;
  if(!e) {
    c->st.misses++;
    return NULL;
  }
  if(now / USEC >= e->expires) {
    drop(c, pp);
    c->st.expired++;
    c->st.misses++;
    return NULL;
  }
  if(unique && e->shared) {
    c->st.misses++;
    return NULL;
  }
  if(e != c->head) {
    lru_unlink(c, e);
    lru_push(c, e);
  }
  c->st.hits++;
  return e->name;
}

void dnscache_get_stats(const struct dnscache *c, struct dnscache_stats *st)
{
  *st = c->st;
}

#ifdef PP_UNITTESTS
int dnscache_check(const struct dnscache *c, size_t *longest)
{
  const struct entry *e, *f, *p = NULL;
  size_t n = 0, m = 0, i, chain, nb = (size_t)1 << (64 - c->shift);

  if(longest)
    *longest = 0;
  for(e = c->head; e; p = e, e = e->next) {
    if(e->prev != p)
      return 1;
    if(++n > c->st.entries)
      return 2;
    if(!e->name[0] || strnlen(e->name, (size_t)e->cap + 1) > e->cap)
      return 3;
    for(f = c->bucket[bucket_of(c, &e->addr)]; f && f != e; f = f->hnext)
      ;
    if(!f)
      return 4;
  }
  if(p != c->tail || n != c->st.entries || n > c->st.max_entries)
    return 5;
  for(i = 0; i < nb; i++) {
    chain = 0;
    for(e = c->bucket[i]; e; e = e->hnext) {
      if(bucket_of(c, &e->addr) != i || ++m > n)
        return 6;
      chain++;
    }
    if(longest && chain > *longest)
      *longest = chain;
  }
  return m == n ? 0 : 7;
}
#endif
