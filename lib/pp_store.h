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
 * The crawler (schema version 2) adds one row per HTTP exchange to the
 * fetches table (store_fetch_put) and reads the newest one of a URL back
 * for conditional requests (store_fetch_last).
 *
 * Classification (schema version 3) keeps each site's latest verdict with
 * its evidence: pp_store_sites.h.
 *
 * Privacy: nothing here stores a client address; the record type has none.
 * Fetch rows hold server addresses only (the crawler's own peers).
 */
#ifndef PP_STORE_H
#define PP_STORE_H

#include "pp_common.h"
#include "pp_record.h"

#define STORE_SCHEMA_VERSION 3
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

/* ---- fetches (the crawler) ------------------------------------------- */

/*
 * One HTTP exchange of the crawler, or a fetch it decided not to make
 * (outcome "robots-disallowed"), as a row of the fetches table.  Strings
 * may be NULL (stored as NULL) but for site, url and outcome; numbers 0
 * are stored as they are, except run_id, status and the WARC fields
 * (warc_file NULL: no record was written) which are then NULL.
 */
struct store_fetch {
  int64_t run_id;            /* runs.id of the crawl, or 0 */
  const char *site;          /* registrable domain (or the host) */
  const char *url;           /* the URL asked for in this exchange */
  const char *final_url;     /* where its redirect chain ended */
  unsigned hop;              /* 0: asked for; n: n-th redirect */
  const char *kind;          /* robots, sitemap, home, section, article,
                                page */
  int status;                /* HTTP status, 0: no response */
  pp_usec_t fetched_at;      /* when the request started (usec) */
  uint32_t elapsed_ms;
  uint64_t bytes;            /* body bytes as received (still encoded) */
  const char *content_type, *charset;
  uint64_t text_bytes;       /* UTF-8 text after decoding, 0: none */
  uint64_t invalid_bytes;    /* bytes that were not the charset's */
  const char *server_ip;     /* the server connected to (text) */
  const char *etag, *last_modified;   /* validators of the response */
  const char *warc_file;     /* file name (no folder) of the record */
  uint64_t warc_offset, warc_length;  /* its gzip member */
  const char *block_digest, *payload_digest;
  const char *truncated;     /* WARC-Truncated value, or NULL */
  const char *outcome;       /* see pressprobe-crawl(1): ok, ... */
  const char *error;         /* why, in words, or NULL */
};

/*
 * Add one fetch row (outside a transaction it is its own).  *id (may be
 * NULL) gets the row id.  PP_OK, PP_EINVAL (no site, url or outcome;
 * read-only handle), PP_EDB.
 */
int store_fetch_put(struct pp_store *st, const struct store_fetch *f,
                    int64_t *id);

#define STORE_VALIDATOR_MAX 256    /* longer ETags are not kept here */

/* What a conditional request needs from the previous fetch of a URL. */
struct store_fetch_prev {
  char etag[STORE_VALIDATOR_MAX];       /* "" when none */
  char last_modified[64];               /* "" when none */
  char warc_file[128];                  /* "" when none */
  uint64_t warc_offset;                 /* of the response record */
  pp_usec_t fetched_at;
  char content_type[STORE_VALIDATOR_MAX];
};

/*
 * The newest fetch of url that got a complete 200 ("ok"), for a
 * conditional GET (ETag, Last-Modified) and to find its body again in
 * the WARC files.  Values too long for their buffer are left empty.
 * PP_OK, PP_ENOTFOUND (never fetched whole), PP_EINVAL, PP_EDB.
 */
int store_fetch_last(struct pp_store *st, const char *url,
                     struct store_fetch_prev *out);

#endif
