/*
 * flowtab.h: the flow table.
 *
 * A flow is one bidirectional 5-tuple (addresses, ports, protocol).  Keys
 * are canonical (the smaller endpoint first) so both directions of a
 * conversation find the same entry, and the table hash is symmetric by
 * construction.  The hash is SipHash-2-4 keyed per table (from the seed),
 * so crafted traffic cannot pick colliding keys.
 *
 * Lookups are O(1) (open addressing, linear probing, backward-shift
 * deletion).  Flows live on one of FLOW_LIST_COUNT idle lists, each kept
 * in last-activity order (touching a flow moves it to the tail), so expiry
 * only looks at list heads.  The table holds at most max_flows flows; the
 * caller evicts the oldest (flowtab_oldest) before inserting when full.
 *
 * Memory: flows come from chunks of FLOWTAB_CHUNK and are recycled through
 * a free list; the index doubles up to 2 x max_flows slots.  Memory grows
 * to the peak number of concurrent flows and stays there.
 */
#ifndef PP_FLOWTAB_H
#define PP_FLOWTAB_H

#include "pp_common.h"

#define FLOWTAB_CHUNK 1024

/* Idle lists, each with its own timeout (see struct flowtab_timeouts). */
enum flow_list {
  FLOW_LIST_UDP = 0,      /* UDP flows */
  FLOW_LIST_TCP,          /* TCP flows that exchanged data both ways */
  FLOW_LIST_CLOSED,       /* TCP flows after FIN both ways or RST */
  FLOW_LIST_NEW,          /* TCP flows not (yet) answered: half-open,
                             scans, SYN floods expire sooner */
  FLOW_LIST_COUNT
};

struct flow_key {
  uint8_t addr[2][16];    /* endpoint 0 < endpoint 1 (address, then port) */
  uint16_t port[2];
  uint8_t proto;          /* 6 or 17 */
  uint8_t family;         /* PP_AF_INET or PP_AF_INET6 */
  uint8_t pad[2];
};

struct inv_name;
struct flow_pending;

/* Endpoint roles. */
#define FLOW_CLIENT_UNKNOWN 0xff

/* flow->flags */
#define FLOW_F_SYN 0x01         /* a SYN (without ACK) was seen */
#define FLOW_F_FIN0 0x02        /* FIN from endpoint 0 */
#define FLOW_F_FIN1 0x04        /* FIN from endpoint 1 */
#define FLOW_F_RST 0x08
#define FLOW_F_DONE 0x10        /* name search finished (named or not) */
#define FLOW_F_HTTP 0x20        /* HTTP/1.x: later requests add paths */
#define FLOW_F_ROLE_SURE 0x40   /* client/server roles come from evidence
                                   (handshake, hello, request, reply), not
                                   from guesses: only then are the server
                                   address and the client hash recorded */

struct flow {
  struct flow_key key;
  uint64_t hash;
  struct flow *prev, *next;     /* idle list links */
  struct flow *free_next;       /* free list link (when not in use) */
  pp_usec_t first_ts, last_ts;
  uint64_t bytes[2];            /* IP bytes sent by endpoint 0 / 1 */
  uint32_t pkts[2];             /* packets sent by endpoint 0 / 1 */
  uint32_t epoch;               /* inventory epoch last credited */
  uint8_t list;                 /* enum flow_list */
  uint8_t client;               /* 0 or 1: the client endpoint; or
                                   FLOW_CLIENT_UNKNOWN */
  uint8_t flags;                /* FLOW_F_* */
  uint8_t via;                  /* enum pp_via bit of the name */
  uint16_t dpi_master, dpi_app; /* nDPI result (0 = unknown) */
  uint16_t dpi_category;
  uint16_t pad;
  uint64_t client_hash;         /* keyed hash of the client address */
  uint32_t syn_seq;             /* sequence number of the client's SYN */
  uint32_t pad2;
  pp_usec_t credited_ts;        /* last packet time already credited */
  struct inv_name *name;        /* interned name, or NULL */
  struct flow_pending *pend;    /* name-search state, or NULL when done */
};

struct flowtab;

struct flowtab_timeouts {
  pp_usec_t idle[FLOW_LIST_COUNT];
};

/* New table for at most max_flows flows; seed keys the hash.  NULL on
 * ENOMEM or max_flows == 0. */
struct flowtab *flowtab_new(size_t max_flows, uint64_t seed,
                            const struct flowtab_timeouts *to);
/* Free the table and every flow; fin (may be NULL) is called for each
 * flow still in use first. */
void flowtab_free(struct flowtab *t, void (*fin)(void *user, struct flow *f),
                  void *user);

uint64_t flowtab_hash(const struct flowtab *t, const struct flow_key *k);
struct flow *flowtab_lookup(struct flowtab *t, const struct flow_key *k,
                            uint64_t hash);
/* Insert a zeroed flow with this key on `list`; NULL when full or ENOMEM. */
struct flow *flowtab_insert(struct flowtab *t, const struct flow_key *k,
                            uint64_t hash, enum flow_list list,
                            pp_usec_t now);
/* Remove and recycle (the caller has released what the flow points to). */
void flowtab_remove(struct flowtab *t, struct flow *f);
/* Mark activity: move to the tail of `list`, last_ts = now. */
void flowtab_touch(struct flowtab *t, struct flow *f, enum flow_list list,
                   pp_usec_t now);
/* Oldest flow over all lists (by last_ts), or NULL when empty. */
struct flow *flowtab_oldest(struct flowtab *t);
/* Head of the list whose idle timeout has passed at `now`, or NULL. */
struct flow *flowtab_next_expired(struct flowtab *t, pp_usec_t now);
/* Any flow in use (for end of input), or NULL when empty. */
struct flow *flowtab_any(struct flowtab *t);

size_t flowtab_count(const struct flowtab *t);
size_t flowtab_max(const struct flowtab *t);
/* Bytes held by the table (chunks + index), for statistics. */
size_t flowtab_memory(const struct flowtab *t);

#endif
