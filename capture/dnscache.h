/*
 * dnscache.h: bounded map from a server address to the name a client
 * resolved it from, used to attribute flows that carry no name (TLS
 * resumption without SNI, ECH, plain TCP/UDP to a looked-up address).
 *
 * The cache holds at most `max_entries` entries.  When full, the least
 * recently used entry is evicted (and counted).  Entries expire at
 * max(ttl, min_ttl) after insertion, capped at max_ttl; expired entries are
 * not returned.  Later answers for the same address replace the name.
 *
 * Privacy: the cache holds server addresses and names only, in memory.
 */
#ifndef PP_DNSCACHE_H
#define PP_DNSCACHE_H

#include "pp_addr.h"
#include "pp_common.h"

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

/* max_entries >= 1; min_ttl/max_ttl in seconds. NULL on ENOMEM. */
struct dnscache *dnscache_new(size_t max_entries, uint32_t min_ttl,
                              uint32_t max_ttl);
void dnscache_free(struct dnscache *c);

/* Insert or refresh addr -> name (name copied; at most 253 chars).
 * Returns PP_OK, PP_EINVAL, PP_ENOMEM. */
int dnscache_put(struct dnscache *c, const struct pp_addr *addr,
                 const char *name, uint32_t ttl, pp_usec_t now);

/* The name for addr, or NULL.  The pointer stays valid until the next
 * dnscache_put or dnscache_free.  Marks the entry recently used. */
const char *dnscache_get(struct dnscache *c, const struct pp_addr *addr,
                         pp_usec_t now);

void dnscache_get_stats(const struct dnscache *c, struct dnscache_stats *st);

#endif
