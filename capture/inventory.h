/*
 * inventory.h: in-memory aggregation of traffic per name for the current
 * time bucket, flushed to the sinks (store, JSON lines) as pp_records.
 *
 * Names are interned once (struct inv_name: the normalized name, its site
 * and Unicode form) and referenced by flows, so per-packet accounting is a
 * pointer dereference.  Each name that had activity in the current bucket
 * has one struct inv_entry with the counters, the client HyperLogLog and
 * bounded sets of server addresses and paths.
 *
 * Limits (each counted in struct inv_stats when hit): names held at once
 * (max_names), servers and paths per entry.  After a flush the entries are
 * freed and names no flow refers to are released, so memory follows the
 * names of one bucket, not of the whole run.
 */
#ifndef PP_INVENTORY_H
#define PP_INVENTORY_H

#include "pp_addr.h"
#include "pp_common.h"
#include "pp_record.h"

#define INV_SERVERS_MAX_DEFAULT 8
#define INV_PATHS_MAX_DEFAULT 16
#define INV_PATHS_MAX 256               /* paths_max is clamped to this */
#define INV_NAMES_MAX_DEFAULT 1000000
#define INV_PROTO_MAX 48

struct inv;
struct inv_entry;

struct inv_name {
  struct inv_name *hnext;     /* hash chain */
  uint64_t hash;
  uint32_t refs;              /* flows pointing here */
  struct inv_entry *entry;    /* activity in the current bucket, or NULL */
  char *site;                 /* registrable domain (points into name when
                                 equal) */
  char *unicode;              /* display form, or NULL */
  char name[];                /* normalized name */
};

struct inv_path {
  char *path;
  uint64_t hits;
};

struct inv_entry {
  struct inv_entry *next;     /* entries of the current bucket */
  struct inv_name *name;
  pp_usec_t first_seen, last_seen;
  uint64_t flows, packets, bytes_up, bytes_down, lookups;
  unsigned via;
  struct pp_hll *clients;
  char proto[INV_PROTO_MAX];      /* nDPI protocol name, "" if unknown */
  char category[INV_PROTO_MAX];
  struct pp_addr *servers;
  struct inv_path *paths;
  uint16_t n_servers, cap_servers;
  uint16_t n_paths, cap_paths;
};

struct inv_config {
  uint32_t bucket_seconds;    /* > 0 */
  size_t max_names;
  uint16_t servers_max;
  uint16_t paths_max;
};

struct inv_stats {
  uint64_t names_interned;    /* distinct names created */
  uint64_t names_limit;       /* names refused: max_names reached */
  uint64_t servers_limit;     /* server addresses dropped per entry cap */
  uint64_t paths_limit;       /* paths dropped per entry cap */
  uint64_t records_flushed;
  uint64_t flushes;
  uint64_t oom;               /* allocation failures (data lost) */
  size_t names;               /* held now */
  size_t entries;             /* in the current bucket now */
};

struct inv *inv_new(const struct inv_config *cfg);
void inv_free(struct inv *inv);

/* Interned name for a normalized name (see pp_names.h), creating it; the
 * caller takes a reference (inv_unref when done).  NULL when max_names is
 * reached or on ENOMEM (both counted). */
struct inv_name *inv_intern(struct inv *inv, const char *name);
void inv_unref(struct inv *inv, struct inv_name *n);

/* Entry of n in the current bucket, created on first use (NULL on ENOMEM,
 * counted).  ts is the activity time (sets first/last seen). */
struct inv_entry *inv_entry(struct inv *inv, struct inv_name *n,
                            pp_usec_t ts);

/* Counter for "has this flow been credited in this bucket yet".  Changes
 * at every flush. */
uint32_t inv_epoch(const struct inv *inv);

/* Bucket that contains ts, and the bucket being aggregated now (0 before
 * the first activity). */
pp_usec_t inv_bucket_of(const struct inv *inv, pp_usec_t ts);
pp_usec_t inv_current_bucket(const struct inv *inv);
/* Set the current bucket (the engine does this as time moves on). */
void inv_set_bucket(struct inv *inv, pp_usec_t bucket_start);

void inv_add_client(struct inv *inv, struct inv_entry *e, uint64_t hash);
void inv_add_server(struct inv *inv, struct inv_entry *e,
                    const struct pp_addr *a);
void inv_add_path(struct inv *inv, struct inv_entry *e, const char *path);
/* Set proto/category text if not set yet. */
void inv_set_proto(struct inv_entry *e, const char *proto,
                   const char *category);

/* Sink for flushed records; returns PP_OK or an error (flush goes on with
 * the other records and returns the first error).  After the last record
 * of a flush the sink is called once more with rec == NULL: the end of
 * the flush (a sink commits its transaction there). */
typedef int (*inv_sink_fn)(void *user, const struct pp_record *rec);

/* Hand every entry of the current bucket to sink, then clear the bucket.
 * Returns PP_OK or the first sink error. */
int inv_flush(struct inv *inv, inv_sink_fn sink, void *user);

void inv_get_stats(const struct inv *inv, struct inv_stats *st);

#endif
