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
  STORE_RDWR = 1,     /* created when absent (its folder must exist) */
};

/*
 * Open or create the store at path.  STORE_RDWR creates the file (not its
 * folder) when absent and migrates an older schema forward; STORE_RDONLY
 * only reads and refuses a store whose schema is not the current one.
 * A handle is used by one thread at a time.  errbuf (PP_ERRBUF_SIZE, may
 * be NULL) gets "path: reason" on error, when *out is set to NULL.
 * Returns PP_OK, PP_ENOENT (RDONLY and absent), PP_EDB (SQLite error),
 * PP_EFORMAT (not a pressprobe store: another SQLite database, not SQLite
 * at all, or a schema newer than STORE_SCHEMA_VERSION), PP_ENOMEM.
 */
int store_open(const char *path, enum store_mode mode, struct pp_store **out,
               char *errbuf);
/* Close, rolling back an open transaction.  NULL ok. */
void store_close(struct pp_store *st);
/* Text of this handle's last error (never NULL; "" if none yet). */
const char *store_errmsg(const struct pp_store *st);

/* Transactions (BEGIN IMMEDIATE: the write lock is taken at once, and
 * waits up to STORE_BUSY_MS for another writer).  PP_OK, PP_EDB. */
#define STORE_BUSY_MS 10000
int store_begin(struct pp_store *st);
int store_commit(struct pp_store *st);
/* Roll back the open transaction, if any. */
void store_rollback(struct pp_store *st);

/*
 * Merge one record (see pp_record.h) into its (name, bucket) row; the
 * record is only read.  Meant to run inside store_begin/store_commit (it
 * works outside, as its own transaction, but slowly).  A put is atomic:
 * on error nothing of it is kept and the transaction stays usable.
 * Returns PP_OK, PP_EINVAL (NULL name or site, read-only handle),
 * PP_ENOMEM, PP_EDB (see store_errmsg; also for a malformed sketch
 * already stored in that row).
 */
int store_put(struct pp_store *st, const struct pp_record *rec);

/* What the bounds of store_put dropped since store_open. */
struct store_stats {
  uint64_t servers_dropped;  /* new server addresses, row already full */
  uint64_t paths_dropped;    /* new paths, row already full */
};
void store_get_stats(const struct pp_store *st, struct store_stats *out);

/*
 * Runs: every invocation that writes the store is recorded.  args is the
 * command line as the caller chooses to record it: it must not hold
 * anything that names a client (leave out BPF filters).  stats_json is a
 * JSON text or NULL.  Times are usec.  store_run_finish returns PP_ENOENT
 * for an unknown run_id.
 */
int store_run_start(struct pp_store *st, const char *command,
                    const char *args, pp_usec_t started, int64_t *run_id);
int store_run_finish(struct pp_store *st, int64_t run_id, pp_usec_t finished,
                     int exit_status, const char *stats_json);

/* ---- queries ---------------------------------------------------------- */

#define STORE_QUERY_SERVERS_MAX 16  /* servers per row, most buckets first */
#define STORE_QUERY_PATHS_MAX 32    /* paths per row, most hits first */

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
  const char *unicode;   /* display form, or NULL (by_site: the site's
                            Unicode form when one of its names has one) */
  pp_usec_t first_seen, last_seen;
  uint64_t flows, packets, bytes_up, bytes_down, lookups;
  double clients;        /* HyperLogLog estimate over all merged buckets */
  unsigned via;
  const char *proto, *category;   /* most recent non-NULL, or NULL */
  const char *const *servers; size_t n_servers;   /* text addresses */
  const char *const *paths; size_t n_paths;
  const uint64_t *path_hits;      /* hits of paths[i], summed */
};

/*
 * Aggregate the buckets selected by q (NULL: all) per name (or per site)
 * and call cb for each row: clients desc (rounded, as shown to people),
 * then flows desc, bytes desc, name asc; at most q->limit rows.  Servers
 * are the STORE_QUERY_SERVERS_MAX seen in most buckets, paths the
 * STORE_QUERY_PATHS_MAX with most hits.  cb returns 0 to go on, non-zero
 * to stop (that value is returned).  Else PP_OK, PP_EDB (see
 * store_errmsg; also for a malformed sketch in the store), PP_ENOMEM.
 */
int store_query_names(struct pp_store *st, const struct store_query *q,
                      int (*cb)(void *user, const struct store_row *row),
                      void *user);

#endif
