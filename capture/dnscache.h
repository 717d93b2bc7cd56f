/*
 * dnscache.h: bounded map from a server address to the name a client
 * resolved it from, used to attribute flows that carry no name (TLS
 * resumption without SNI, ECH, plain TCP/UDP to a looked-up address).
 *
 * The cache holds at most `max_entries` entries.  When full, the least
 * recently used entry is evicted (and counted).  Entries expire at
 * max(ttl, min_ttl) after insertion, capped at max_ttl (the cap wins when
 * min_ttl > max_ttl), rounded up to the next whole second; expired
 * entries are not returned, and a lookup that finds one removes it.
 * Later answers for the same address replace the name and the expiry.
 * IPv4 and IPv6 addresses are distinct keys (no v4-mapped folding).
 *
 * Cost: put and get are O(1) (one seeded hash, a short bucket chain, LRU
 * list moves); get never allocates, put allocates only a new entry.
 * Memory (64-bit): one allocation per entry of 61 + strlen(name) + 1
 * bytes, rounded up to glibc's 16n+8 usable sizes (a name of up to 22
 * characters takes an 80-byte malloc chunk, malloc's 8-byte header
 * included; 23-38 characters 96 bytes), plus one bucket pointer (8-16
 * bytes: the bucket array, the power of two >= max_entries, is allocated
 * once).  About 90-110 bytes per entry for typical names: 1M entries
 * take about 100 MB.
 *
 * Hash flooding: the bucket index is a strongly universal hash (vector
 * multiply-shift) keyed with random words drawn at creation, so addresses
 * chosen without knowing the keys spread like random ones.
 *
 * Not thread-safe.  Privacy: the cache holds server addresses and names
 * only, in memory.
 */
#ifndef PP_DNSCACHE_H
#define PP_DNSCACHE_H

#include "pp_addr.h"
#include "pp_common.h"

#define DNSCACHE_NAME_MAX 253    /* longest name stored */
#define DNSCACHE_ENTRIES_MAX ((size_t)1 << 30)

struct dnscache;

struct dnscache_stats {
  uint64_t inserts;     /* new entries */
  uint64_t updates;     /* existing address got a new answer */
  uint64_t hits;
  uint64_t misses;      /* absent or expired */
  uint64_t evictions;   /* removed because the cache was full (limit hit) */
  uint64_t expired;     /* lookups that found an expired entry */
  size_t entries;       /* current */
  size_t max_entries;   /* the limit */
};

/* 1 <= max_entries <= DNSCACHE_ENTRIES_MAX; min_ttl/max_ttl in seconds.
 * The hash keys come from getentropy() (or, where that fails, from the
 * clock and addresses: weaker).  NULL on ENOMEM or a bad max_entries. */
struct dnscache *dnscache_new(size_t max_entries, uint32_t min_ttl,
                              uint32_t max_ttl);

/* The same with hash keys derived from `seed`: for tests and reproducible
 * runs; a fixed seed gives up the protection against chosen addresses. */
struct dnscache *dnscache_new_seeded(size_t max_entries, uint32_t min_ttl,
                                     uint32_t max_ttl, uint64_t seed);

/* Frees the cache and every entry.  NULL is a no-op. */
void dnscache_free(struct dnscache *c);

/* Insert or refresh addr -> name (name copied; 1..DNSCACHE_NAME_MAX
 * chars) at time now; marks it most recently used.  When full, the least
 * recently used entry makes room.  Returns PP_OK, PP_EINVAL (NULL
 * argument, family not PP_AF_INET/PP_AF_INET6, bad name length), or
 * PP_ENOMEM (the cache is then unchanged). */
int dnscache_put(struct dnscache *c, const struct pp_addr *addr,
                 const char *name, uint32_t ttl, pp_usec_t now);

/* The name for addr, or NULL (NULL arguments too).  The pointer stays
 * valid until the next dnscache_put, dnscache_free, or dnscache_get that
 * finds this entry expired.  Marks the entry recently used. */
const char *dnscache_get(struct dnscache *c, const struct pp_addr *addr,
                         pp_usec_t now);

/*
 * The same, in a scope: entries of different scopes are separate (a scope
 * is any 64-bit value; the engine uses the keyed hash of the client that
 * asked, so that a flow is attributed to the name *its* client resolved
 * even when a CDN address serves many names).  Scope 0 is the one that
 * dnscache_put/get use.
 */
int dnscache_put_scoped(struct dnscache *c, const struct pp_addr *addr,
                        uint64_t scope, const char *name, uint32_t ttl,
                        pp_usec_t now);
const char *dnscache_get_scoped(struct dnscache *c,
                                const struct pp_addr *addr, uint64_t scope,
                                pp_usec_t now);

/* Scope 0's name for addr, but NULL when answers have given this address
 * different names while the entry lived (a CDN address serving many
 * sites): for guessing the name of a flow whose client's own lookup was
 * not seen. */
const char *dnscache_get_unique(struct dnscache *c,
                                const struct pp_addr *addr, pp_usec_t now);

/* Counters and sizes; c must not be NULL. */
void dnscache_get_stats(const struct dnscache *c, struct dnscache_stats *st);

#ifdef PP_UNITTESTS
/* Walks every structure: 0 when consistent, else the number of the first
 * failed check.  *longest (may be NULL) gets the longest bucket chain. */
int dnscache_check(const struct dnscache *c, size_t *longest);
#endif

#endif
