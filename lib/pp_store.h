/*
 * pp_store.h: the inventory store, one SQLite file (WAL mode).
 *
 * Each stage of pressprobe reads and writes the store, so stages can run
 * separately (a capture appliance that runs for weeks, a nightly crawl, a
 * report on demand).  The schema is versioned (PRAGMA user_version) and
 * migrated forward on open; a store newer than this program is refused.
 * The schema is documented in doc/pressprobe-store.5.
 *
 * Writes happen in one transaction per flush (store_begin/store_put.../
 * store_commit).  store_put merges into an existing (name, bucket) row:
 * counters add up, first/last seen take min/max, via ORs, the client
 * HyperLogLogs merge, server and path sets unite (bounded per row by
 * STORE_SERVERS_MAX and STORE_PATHS_MAX).
 *
 * Privacy: nothing here stores a client address; the record type has none.
 */
#ifndef PP_STORE_H
#define PP_STORE_H

#include "pp_common.h"
#include "pp_record.h"

#define STORE_SCHEMA_VERSION 1
#define STORE_SERVERS_MAX 16   /* server addresses kept per (name, bucket) */
#define STORE_PATHS_MAX 32     /* paths kept per (name, bucket) */

struct pp_store;

enum store_mode {
  STORE_RDONLY = 0,   /* must exist and be readable */
  STORE_RDWR = 1,     /* created (with its folder-less path) when absent */
};

/* Open or create.  errbuf (PP_ERRBUF_SIZE) gets SQLite's text on error.
 * Returns PP_OK, PP_ENOENT (RDONLY and absent), PP_EDB, PP_EFORMAT (not a
 * pressprobe store, or a newer schema), PP_ENOMEM. */
int store_open(const char *path, enum store_mode mode, struct pp_store **out,
               char *errbuf);
void store_close(struct pp_store *st);   /* NULL ok */
/* Last SQLite error text of this handle (never NULL). */
const char *store_errmsg(const struct pp_store *st);

int store_begin(struct pp_store *st);
int store_commit(struct pp_store *st);
void store_rollback(struct pp_store *st);

/* Merge one record (see pp_record.h).  Inside a transaction. */
int store_put(struct pp_store *st, const struct pp_record *rec);

/* Runs: every invocation that writes the store is recorded. */
int store_run_start(struct pp_store *st, const char *command,
                    const char *args, pp_usec_t started, int64_t *run_id);
int store_run_finish(struct pp_store *st, int64_t run_id, pp_usec_t finished,
                     int exit_status, const char *stats_json);

/* ---- queries ---------------------------------------------------------- */

struct store_query {
  bool by_site;          /* aggregate per registrable domain */
  pp_usec_t since;       /* buckets starting at or after (0: no bound) */
  pp_usec_t until;       /* buckets starting before (0: no bound) */
  size_t limit;          /* rows (0: all) */
};

/* One aggregated row; pointers valid only during the callback. */
struct store_row {
  const char *name;      /* the FQDN, or the site when by_site */
  const char *site;
  const char *unicode;   /* display form, or NULL */
  pp_usec_t first_seen, last_seen;
  uint64_t flows, packets, bytes_up, bytes_down, lookups;
  double clients;        /* HyperLogLog estimate over all merged buckets */
  unsigned via;
  const char *proto, *category;   /* most recent non-NULL, or NULL */
  const char *const *servers; size_t n_servers;   /* text addresses */
  const char *const *paths; size_t n_paths;
};

/* Rows ordered by clients desc, then flows desc, bytes desc, name asc.
 * cb returns 0 to go on, non-zero to stop (that value is returned). */
int store_query_names(struct pp_store *st, const struct store_query *q,
                      int (*cb)(void *user, const struct store_row *row),
                      void *user);

#endif
