/*
 * pp_store.c: the inventory store on SQLite (see pp_store.h; the schema,
 * sketch format and merge rules are documented in doc/pressprobe-store.5).
 *
 * Reference: SQLite 3 (https://sqlite.org/lang.html); needs 3.31 or later
 * (UPSERT, SQLITE_DIRECTONLY, PRAGMA trusted_schema).
 *
 * File identity: PRAGMA application_id = 0x50505242 ("PPRB") and PRAGMA
 * user_version = schema version.  A file with another application_id, or
 * with no application_id but tables, is not ours and is never modified.
 *
 * Migrations: migrations[v] takes the schema from version v to v + 1.  On
 * a read-write open every missing step runs in one IMMEDIATE transaction
 * (re-checking the version inside it, so two processes opening a new file
 * at once migrate it once).  Schema version 2 is one more array entry.
 *
 * Store files may come from elsewhere, so their content is untrusted: the
 * connection is DEFENSIVE with trusted_schema off, our SQL functions are
 * DIRECTONLY (never run from a view or trigger in the file), every sketch
 * is validated by pp_hll_merge_serialized, and NULL or negative numbers
 * read back are mapped to "" and 0.
 *
 * Merging in SQL: pp_hll_merge(a, b) unites two serialized sketches in the
 * UPSERT of store_put; the queries aggregate with pp_hll_count(blob)
 * (estimate of the union), pp_bit_or(int) and pp_latest(text, time).
 * These exist only on pressprobe's own connections.
 */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>
#include <sys/stat.h>

#include "pp_addr.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_hll.h"
#include "pp_store.h"
#include "pp_store_int.h"

#define APPLICATION_ID 0x50505242   /* "PPRB" */
#define USEC 1000000

/* ---- schema ------------------------------------------------------------ */

static const char *const migrations[] = {
  /* 0 -> 1 */
  "CREATE TABLE names("
  " id INTEGER PRIMARY KEY,"
  " name TEXT NOT NULL UNIQUE,"
  " site TEXT NOT NULL,"
  " unicode TEXT);"
  "CREATE INDEX names_site ON names(site);"
  "CREATE TABLE buckets("
  " name_id INTEGER NOT NULL REFERENCES names(id) ON DELETE CASCADE,"
  " bucket_start INTEGER NOT NULL,"
  " bucket_seconds INTEGER NOT NULL,"
  " first_seen INTEGER NOT NULL,"
  " last_seen INTEGER NOT NULL,"
  " flows INTEGER NOT NULL,"
  " packets INTEGER NOT NULL,"
  " bytes_up INTEGER NOT NULL,"
  " bytes_down INTEGER NOT NULL,"
  " lookups INTEGER NOT NULL,"
  " via INTEGER NOT NULL,"
  " clients BLOB,"
  " proto TEXT,"
  " category TEXT,"
  " PRIMARY KEY(name_id, bucket_start)) WITHOUT ROWID;"
  "CREATE INDEX buckets_start ON buckets(bucket_start);"
  "CREATE TABLE bucket_servers("
  " name_id INTEGER NOT NULL,"
  " bucket_start INTEGER NOT NULL,"
  " addr TEXT NOT NULL,"
  " PRIMARY KEY(name_id, bucket_start, addr),"
  " FOREIGN KEY(name_id, bucket_start)"
  "  REFERENCES buckets(name_id, bucket_start) ON DELETE CASCADE)"
  " WITHOUT ROWID;"
  "CREATE TABLE bucket_paths("
  " name_id INTEGER NOT NULL,"
  " bucket_start INTEGER NOT NULL,"
  " path TEXT NOT NULL,"
  " hits INTEGER NOT NULL,"
  " PRIMARY KEY(name_id, bucket_start, path),"
  " FOREIGN KEY(name_id, bucket_start)"
  "  REFERENCES buckets(name_id, bucket_start) ON DELETE CASCADE)"
  " WITHOUT ROWID;"
  "CREATE TABLE runs("
  " id INTEGER PRIMARY KEY,"
  " command TEXT NOT NULL,"
  " args TEXT,"
  " started INTEGER NOT NULL,"
  " finished INTEGER,"
  " exit_status INTEGER,"
  " stats TEXT);",
  /* 1 -> 2: the crawler's fetches (one row per HTTP exchange) */
  "CREATE TABLE fetches("
  " id INTEGER PRIMARY KEY,"
  " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
  " site TEXT NOT NULL,"
  " url TEXT NOT NULL,"
  " final_url TEXT,"
  " hop INTEGER NOT NULL DEFAULT 0,"
  " kind TEXT,"
  " status INTEGER,"
  " fetched_at INTEGER NOT NULL,"
  " elapsed_ms INTEGER,"
  " bytes INTEGER,"
  " content_type TEXT,"
  " charset TEXT,"
  " text_bytes INTEGER,"
  " invalid_bytes INTEGER,"
  " server_ip TEXT,"
  " etag TEXT,"
  " last_modified TEXT,"
  " warc_file TEXT,"
  " warc_offset INTEGER,"
  " warc_length INTEGER,"
  " block_digest TEXT,"
  " payload_digest TEXT,"
  " truncated TEXT,"
  " outcome TEXT NOT NULL,"
  " error TEXT);"
  "CREATE INDEX fetches_url ON fetches(url, fetched_at);"
  "CREATE INDEX fetches_site ON fetches(site, fetched_at);"
  "CREATE INDEX fetches_run ON fetches(run_id);",
  /* 2 -> 3: classification (pp_store_sites.h): the verdict of each site,
   * the signals that fired, every hit, the pages looked at, the source
   * attributions seen */
  "CREATE TABLE verdicts("
  " site TEXT PRIMARY KEY,"
  " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
  " classified_at INTEGER NOT NULL,"
  " class TEXT NOT NULL,"
  " score INTEGER NOT NULL,"
  " score_aggregator INTEGER NOT NULL,"
  " score_social INTEGER NOT NULL,"
  " score_other INTEGER NOT NULL,"
  " pages INTEGER NOT NULL,"
  " articles INTEGER NOT NULL,"
  " attributed INTEGER NOT NULL,"
  " licence_number TEXT,"
  " licence_kind TEXT,"
  " licence_issuer TEXT,"
  " licence_date TEXT,"
  " responsible TEXT,"
  " responsible_title TEXT,"
  " rules TEXT,"
  " server_ip TEXT,"
  " country TEXT,"
  " asn INTEGER,"
  " as_org TEXT,"
  " hits_dropped INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX verdicts_class ON verdicts(class, score);"
  "CREATE TABLE verdict_signals("
  " site TEXT NOT NULL,"
  " signal TEXT NOT NULL,"
  " title TEXT,"
  " basis TEXT,"
  " certainty TEXT,"
  " towards TEXT NOT NULL,"
  " weight INTEGER NOT NULL,"
  " pages INTEGER NOT NULL,"
  " contribution INTEGER NOT NULL,"
  " PRIMARY KEY(site, signal)) WITHOUT ROWID;"
  "CREATE TABLE verdict_hits("
  " site TEXT NOT NULL,"
  " seq INTEGER NOT NULL,"
  " signal TEXT NOT NULL,"
  " page_url TEXT,"
  " region TEXT NOT NULL,"
  " text TEXT NOT NULL,"
  " context TEXT,"
  " PRIMARY KEY(site, seq)) WITHOUT ROWID;"
  "CREATE TABLE verdict_pages("
  " site TEXT NOT NULL,"
  " seq INTEGER NOT NULL,"
  " url TEXT NOT NULL,"
  " status INTEGER,"
  " outcome TEXT NOT NULL,"
  " article INTEGER NOT NULL,"
  " charset TEXT,"
  " fetched_at INTEGER,"
  " server_ip TEXT,"
  " warc_file TEXT,"
  " warc_offset INTEGER,"
  " record_id TEXT,"
  " PRIMARY KEY(site, seq)) WITHOUT ROWID;"
  "CREATE TABLE verdict_sources("
  " site TEXT NOT NULL,"
  " seq INTEGER NOT NULL,"
  " source TEXT NOT NULL,"
  " PRIMARY KEY(site, seq)) WITHOUT ROWID;"
  "CREATE TABLE verdict_attributions("
  " site TEXT NOT NULL,"
  " seq INTEGER NOT NULL,"
  " page_url TEXT NOT NULL,"
  " source TEXT NOT NULL,"
  " source_url TEXT NOT NULL,"
  " warc_file TEXT,"
  " warc_offset INTEGER,"
  " record_id TEXT,"
  " PRIMARY KEY(site, seq)) WITHOUT ROWID;"
  "CREATE INDEX verdict_attributions_url"
  " ON verdict_attributions(source_url);"
  /* source-withdrawal checks (pp_store_withdraw.h): one row per (copy,
   * original) pair per check run */
  "CREATE TABLE withdrawals("
  " id INTEGER PRIMARY KEY,"
  " run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,"
  " checked_at INTEGER NOT NULL,"
  " site TEXT NOT NULL,"
  " copy_url TEXT NOT NULL,"
  " source_url TEXT NOT NULL,"
  " source TEXT,"
  " verdict TEXT NOT NULL,"
  " reason TEXT,"
  " original_status INTEGER,"
  " original_final_url TEXT,"
  " original_warc_file TEXT,"
  " original_warc_offset INTEGER,"
  " original_record_id TEXT,"
  " copy_verdict TEXT NOT NULL,"
  " copy_reason TEXT,"
  " copy_status INTEGER,"
  " copy_warc_file TEXT,"
  " copy_warc_offset INTEGER,"
  " copy_record_id TEXT,"
  " attrib_warc_file TEXT,"
  " attrib_warc_offset INTEGER,"
  " attrib_record_id TEXT);"
  "CREATE INDEX withdrawals_pair"
  " ON withdrawals(copy_url, source_url, checked_at);"
  "CREATE INDEX withdrawals_site ON withdrawals(site, checked_at);"
  "CREATE INDEX withdrawals_run ON withdrawals(run_id);",
};

_Static_assert(PP_ARRAY_LEN(migrations) == STORE_SCHEMA_VERSION,
               "one migration step per schema version");

/* ---- statements, prepared once per handle on first use ----------------- */

enum stmt_id {
  S_BEGIN, S_COMMIT, S_ROLLBACK, S_SAVEPOINT, S_RELEASE, S_ROLLBACK_TO,
  S_NAME_GET, S_NAME_INS, S_NAME_UPD, S_BUCKET_PUT,
  S_SRV_COUNT, S_SRV_HAS, S_SRV_INS,
  S_PATH_COUNT, S_PATH_ADD, S_PATH_INS,
  S_RUN_START, S_RUN_FINISH,
  S_QUERY_NAMES, S_QUERY_SITES,
  S_SRV_OF_NAME, S_SRV_OF_SITE, S_PATHS_OF_NAME, S_PATHS_OF_SITE,
  S_FETCH_PUT, S_FETCH_LAST,
  S_COUNT
};

/* Query parameters: ?1 since, ?2 until (bucket_start seconds), ?3 limit;
 * per-row lists: ?1 name id or site, ?2 since, ?3 until, ?4 limit. */
#define AGGREGATES                                                      \
  " min(b.first_seen), max(b.last_seen), sum(b.flows) AS f,"            \
  " sum(b.packets), sum(b.bytes_up) AS bu, sum(b.bytes_down) AS bd,"    \
  " sum(b.lookups), pp_bit_or(b.via), pp_hll_count(b.clients) AS c,"    \
  " pp_latest(b.proto, b.bucket_start),"                                \
  " pp_latest(b.category, b.bucket_start)"                              \
  " FROM buckets b JOIN names n ON n.id = b.name_id"                    \
  " WHERE b.bucket_start >= ?1 AND b.bucket_start < ?2"
#define ORDER " ORDER BY round(c) DESC, f DESC, bu + bd DESC, 2 LIMIT ?3"

static const char *const stmt_sql[S_COUNT] = {
  [S_BEGIN] = "BEGIN IMMEDIATE",
  [S_COMMIT] = "COMMIT",
  [S_ROLLBACK] = "ROLLBACK",
  [S_SAVEPOINT] = "SAVEPOINT put",
  [S_RELEASE] = "RELEASE put",
  [S_ROLLBACK_TO] = "ROLLBACK TO put",
  [S_NAME_GET] = "SELECT id, site, unicode FROM names WHERE name = ?1",
  [S_NAME_INS] = "INSERT INTO names(name, site, unicode) VALUES(?1, ?2, ?3)",
  [S_NAME_UPD] = "UPDATE names SET site = ?2,"
                 " unicode = coalesce(?3, unicode) WHERE id = ?1",
  [S_BUCKET_PUT] =
    "INSERT INTO buckets(name_id, bucket_start, bucket_seconds, first_seen,"
    " last_seen, flows, packets, bytes_up, bytes_down, lookups, via,"
    " clients, proto, category)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
    " ON CONFLICT(name_id, bucket_start) DO UPDATE SET"
    " bucket_seconds = max(bucket_seconds, excluded.bucket_seconds),"
    " first_seen = min(first_seen, excluded.first_seen),"
    " last_seen = max(last_seen, excluded.last_seen),"
    " flows = flows + excluded.flows,"
    " packets = packets + excluded.packets,"
    " bytes_up = bytes_up + excluded.bytes_up,"
    " bytes_down = bytes_down + excluded.bytes_down,"
    " lookups = lookups + excluded.lookups,"
    " via = via | excluded.via,"
    " clients = pp_hll_merge(clients, excluded.clients),"
    " proto = coalesce(excluded.proto, proto),"
    " category = coalesce(excluded.category, category)",
  [S_SRV_COUNT] = "SELECT count(*) FROM bucket_servers"
                  " WHERE name_id = ?1 AND bucket_start = ?2",
  [S_SRV_HAS] = "SELECT 1 FROM bucket_servers"
                " WHERE name_id = ?1 AND bucket_start = ?2 AND addr = ?3",
  [S_SRV_INS] = "INSERT OR IGNORE INTO bucket_servers(name_id, bucket_start,"
                " addr) VALUES(?1, ?2, ?3)",
  [S_PATH_COUNT] = "SELECT count(*) FROM bucket_paths"
                   " WHERE name_id = ?1 AND bucket_start = ?2",
  [S_PATH_ADD] = "UPDATE bucket_paths SET hits = hits + ?4"
                 " WHERE name_id = ?1 AND bucket_start = ?2 AND path = ?3",
  [S_PATH_INS] = "INSERT INTO bucket_paths(name_id, bucket_start, path,"
                 " hits) VALUES(?1, ?2, ?3, ?4)",
  [S_RUN_START] = "INSERT INTO runs(command, args, started)"
                  " VALUES(?1, ?2, ?3)",
  [S_RUN_FINISH] = "UPDATE runs SET finished = ?2, exit_status = ?3,"
                   " stats = ?4 WHERE id = ?1",
  [S_QUERY_NAMES] = "SELECT n.id, n.name, n.site, n.unicode," AGGREGATES
                    " GROUP BY n.id" ORDER,
  [S_QUERY_SITES] = "SELECT n.site, n.site, n.site, max(n.unicode),"
                    AGGREGATES " GROUP BY n.site" ORDER,
  [S_SRV_OF_NAME] =
    "SELECT addr FROM bucket_servers"
    " WHERE name_id = ?1 AND bucket_start >= ?2 AND bucket_start < ?3"
    " GROUP BY addr ORDER BY count(*) DESC, addr LIMIT ?4",
  [S_SRV_OF_SITE] =
    "SELECT s.addr FROM bucket_servers s JOIN names n ON n.id = s.name_id"
    " WHERE n.site = ?1 AND s.bucket_start >= ?2 AND s.bucket_start < ?3"
    " GROUP BY s.addr ORDER BY count(*) DESC, s.addr LIMIT ?4",
  [S_PATHS_OF_NAME] =
    "SELECT path, sum(hits) AS h FROM bucket_paths"
    " WHERE name_id = ?1 AND bucket_start >= ?2 AND bucket_start < ?3"
    " GROUP BY path ORDER BY h DESC, path LIMIT ?4",
  [S_PATHS_OF_SITE] =
    "SELECT p.path, sum(p.hits) AS h FROM bucket_paths p"
    " JOIN names n ON n.id = p.name_id"
    " WHERE n.site = ?1 AND p.bucket_start >= ?2 AND p.bucket_start < ?3"
    " GROUP BY p.path ORDER BY h DESC, p.path LIMIT ?4",
  [S_FETCH_PUT] =
    "INSERT INTO fetches(run_id, site, url, final_url, hop, kind, status,"
    " fetched_at, elapsed_ms, bytes, content_type, charset, text_bytes,"
    " invalid_bytes, server_ip, etag, last_modified, warc_file,"
    " warc_offset, warc_length, block_digest, payload_digest, truncated,"
    " outcome, error)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
    " ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
  /* The newest complete 200 of the URL: its validators and its evidence
   * (a 304 has no body of its own). */
  [S_FETCH_LAST] =
    "SELECT etag, last_modified, warc_file, warc_offset, fetched_at,"
    " content_type FROM fetches"
    " WHERE url = ?1 AND outcome = 'ok' AND status = 200"
    " ORDER BY fetched_at DESC, id DESC LIMIT 1",
};

struct pp_store {
  sqlite3 *db;
  sqlite3_stmt *stmt[S_COUNT];
  sqlite3_stmt *ext[STORE_EXT_SLOTS];   /* pp_store_int.h */
  bool rdonly;
  int fn_err;                  /* set by our SQL functions: PP_ENOMEM */
  int last_sqlite;             /* SQLite's code of the last error */
  struct store_stats stats;
  char errmsg[PP_ERRBUF_SIZE];
};

/* ---- errors ------------------------------------------------------------ */

static int set_err(struct pp_store *st, int code, const char *fmt, ...)
  PP_PRINTF(3, 4);
static int set_err(struct pp_store *st, int code, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(st->errmsg, sizeof(st->errmsg), fmt, ap);
  va_end(ap);
  return code;
}

/* Record SQLite's error (rc) and map it to a pp_err. */
static int db_err(struct pp_store *st, int rc)
{
  int fn = st->fn_err;
  st->last_sqlite = rc;
  st->fn_err = PP_OK;
  set_err(st, 0, "%s", sqlite3_errmsg(st->db));
  if(fn)
    return fn;
  switch(rc & 0xff) {
  case SQLITE_NOMEM: return PP_ENOMEM;
  case SQLITE_NOTADB: return PP_EFORMAT;
  default: return PP_EDB;
  }
}

const char *store_errmsg(const struct pp_store *st)
{
  return st ? st->errmsg : "no store";
}

void store_get_stats(const struct pp_store *st, struct store_stats *out)
{
  *out = st->stats;
}

/* ---- for the other store modules (pp_store_int.h) ---------------------- */

sqlite3 *store_int_db(struct pp_store *st)
{
  return st->db;
}

bool store_int_rdonly(const struct pp_store *st)
{
  return st->rdonly;
}

int store_int_db_err(struct pp_store *st, int sqlite_rc)
{
  return db_err(st, sqlite_rc);
}

int store_int_err(struct pp_store *st, int code, const char *msg)
{
  return set_err(st, code, "%s", msg);
}

sqlite3_stmt *store_int_stmt(struct pp_store *st, unsigned slot,
                             const char *sql)
{
  if(slot >= STORE_EXT_SLOTS)
    return NULL;
  if(!st->ext[slot]) {
    int rc = sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                                &st->ext[slot], NULL);
    if(rc) {
      db_err(st, rc);
      st->ext[slot] = NULL;
    }
  }
  return st->ext[slot];
}

/* ---- statement helpers ------------------------------------------------- */

static sqlite3_stmt *stmt(struct pp_store *st, enum stmt_id id)
{
  if(!st->stmt[id]) {
    int rc = sqlite3_prepare_v3(st->db, stmt_sql[id], -1,
                                SQLITE_PREPARE_PERSISTENT, &st->stmt[id],
                                NULL);
    if(rc) {
      db_err(st, rc);
      st->stmt[id] = NULL;
    }
  }
  return st->stmt[id];
}

/* Run a statement that returns no rows (its parameters bound). */
static int run(struct pp_store *st, sqlite3_stmt *s)
{
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if(rc != SQLITE_DONE)
    return db_err(st, rc);
  return PP_OK;
}

/* Run a parameterless statement by id. */
static int run_id(struct pp_store *st, enum stmt_id id)
{
  sqlite3_stmt *s = stmt(st, id);
  return s ? run(st, s) : PP_EDB;
}

/* Run a one-row, one-integer query; a missing row gives 0. */
static int query_int(struct pp_store *st, sqlite3_stmt *s, int64_t *out)
{
  int rc = sqlite3_step(s);
  *out = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
  if(rc == SQLITE_ROW)
    rc = SQLITE_DONE;
  sqlite3_reset(s);
  return rc == SQLITE_DONE ? PP_OK : db_err(st, rc);
}

/* SQLite integers are signed: larger counters saturate. */
static sqlite3_int64 i64(uint64_t v)
{
  return v > INT64_MAX ? INT64_MAX : (sqlite3_int64)v;
}

/* Numbers read back: negative only in a tampered file. */
static uint64_t u64(sqlite3_int64 v)
{
  return v < 0 ? 0 : (uint64_t)v;
}

static const char *text_or(sqlite3_stmt *s, int col, const char *dflt)
{
  const unsigned char *t = sqlite3_column_text(s, col);
  return t ? (const char *)t : dflt;
}

/* ---- SQL functions ----------------------------------------------------- */

static void fn_fail(sqlite3_context *ctx, int err)
{
  struct pp_store *st = sqlite3_user_data(ctx);
  /* Not sqlite3_result_error_nomem(): on a write, SQLite answers
   * SQLITE_NOMEM by rolling back the whole transaction; an ordinary
   * error only undoes the statement. */
  if(err == PP_ENOMEM) {
    st->fn_err = PP_ENOMEM;
    sqlite3_result_error(ctx, "out of memory", -1);
  }
  else
    sqlite3_result_error(ctx, "malformed HyperLogLog sketch in the store",
                         -1);
}

static int merge_value(struct pp_hll *h, sqlite3_value *v)
{
  if(sqlite3_value_type(v) == SQLITE_NULL)
    return PP_OK;
  return pp_hll_merge_serialized(h, sqlite3_value_blob(v),
                                 (size_t)sqlite3_value_bytes(v));
}

/* pp_hll_merge(a, b): serialized union; NULL is the empty sketch. */
static void fn_hll_merge(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  uint8_t buf[PP_HLL_SERIAL_MAX];
  struct pp_hll *h;
  size_t len;
  int rc;

  (void)argc;
  if(sqlite3_value_type(argv[1]) == SQLITE_NULL) {
    sqlite3_result_value(ctx, argv[0]);
    return;
  }
  h = pp_hll_new();
  if(!h) {
    fn_fail(ctx, PP_ENOMEM);
    return;
  }
  rc = merge_value(h, argv[0]);
  if(!rc)
    rc = merge_value(h, argv[1]);
  if(!rc)
    rc = pp_hll_serialize(h, buf, sizeof(buf), &len);
  if(rc)
    fn_fail(ctx, rc);
  else
    sqlite3_result_blob(ctx, buf, (int)len, SQLITE_TRANSIENT);
  pp_hll_free(h);
}

/* pp_hll_count(blob): estimate of the union of a group's sketches. */
static void fn_hll_count_step(sqlite3_context *ctx, int argc,
                              sqlite3_value **argv)
{
  struct pp_hll **h = sqlite3_aggregate_context(ctx, sizeof(*h));
  int rc;
  (void)argc;
  if(!h) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if(sqlite3_value_type(argv[0]) == SQLITE_NULL)
    return;
  if(!*h && !(*h = pp_hll_new())) {
    fn_fail(ctx, PP_ENOMEM);
    return;
  }
  rc = merge_value(*h, argv[0]);
  if(rc)
    fn_fail(ctx, rc);
}

static void fn_hll_count_final(sqlite3_context *ctx)
{
  struct pp_hll **h = sqlite3_aggregate_context(ctx, 0);
  sqlite3_result_double(ctx, h ? pp_hll_estimate(*h) : 0.0);
  if(h)
    pp_hll_free(*h);
}

/* pp_bit_or(int): OR of a group's via sets. */
static void fn_bit_or_step(sqlite3_context *ctx, int argc,
                           sqlite3_value **argv)
{
  sqlite3_int64 *acc = sqlite3_aggregate_context(ctx, sizeof(*acc));
  (void)argc;
  if(acc)
    *acc |= sqlite3_value_int64(argv[0]) & PP_VIA_ALL;
}

static void fn_bit_or_final(sqlite3_context *ctx)
{
  sqlite3_int64 *acc = sqlite3_aggregate_context(ctx, 0);
  sqlite3_result_int64(ctx, acc ? *acc : 0);
}

/* pp_latest(text, time): the non-NULL text with the largest time. */
struct latest {
  char *text;
  sqlite3_int64 t;
};

static void fn_latest_step(sqlite3_context *ctx, int argc,
                           sqlite3_value **argv)
{
  struct latest *l = sqlite3_aggregate_context(ctx, sizeof(*l));
  const unsigned char *v = sqlite3_value_text(argv[0]);
  sqlite3_int64 t = sqlite3_value_int64(argv[1]);
  char *copy;
  (void)argc;
  if(!l) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if(!v || (l->text && t < l->t))
    return;
  copy = pp_strdup((const char *)v);
  if(!copy) {
    fn_fail(ctx, PP_ENOMEM);
    return;
  }
  pp_free(l->text);
  l->text = copy;
  l->t = t;
}

static void fn_latest_final(sqlite3_context *ctx)
{
  struct latest *l = sqlite3_aggregate_context(ctx, 0);
  if(l && l->text)
    sqlite3_result_text(ctx, l->text, -1, pp_free);   /* SQLite frees */
  else
    sqlite3_result_null(ctx);
}

static int register_functions(struct pp_store *st)
{
  const int flags = SQLITE_UTF8 | SQLITE_DIRECTONLY;
  int rc;
  rc = sqlite3_create_function_v2(st->db, "pp_hll_merge", 2,
                                  flags | SQLITE_DETERMINISTIC, st,
                                  fn_hll_merge, NULL, NULL, NULL);
  if(!rc)
    rc = sqlite3_create_function_v2(st->db, "pp_hll_count", 1, flags, st,
                                    NULL, fn_hll_count_step,
                                    fn_hll_count_final, NULL);
  if(!rc)
    rc = sqlite3_create_function_v2(st->db, "pp_bit_or", 1, flags, st,
                                    NULL, fn_bit_or_step, fn_bit_or_final,
                                    NULL);
  if(!rc)
    rc = sqlite3_create_function_v2(st->db, "pp_latest", 2, flags, st,
                                    NULL, fn_latest_step, fn_latest_final,
                                    NULL);
  return rc ? db_err(st, rc) : PP_OK;
}

/* ---- open, identity, migration ----------------------------------------- */

struct header {
  int64_t app_id, version, objects;
};

/* One statement, so one snapshot: a writer may be migrating the file. */
static int read_header(struct pp_store *st, struct header *h)
{
  static const char sql[] =
    "SELECT (SELECT application_id FROM pragma_application_id),"
    " (SELECT user_version FROM pragma_user_version),"
    " (SELECT count(*) FROM sqlite_master)";
  sqlite3_stmt *s;
  int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);

  if(rc)
    return db_err(st, rc);
  rc = sqlite3_step(s);
  if(rc == SQLITE_ROW) {
    h->app_id = sqlite3_column_int64(s, 0);
    h->version = sqlite3_column_int64(s, 1);
    h->objects = sqlite3_column_int64(s, 2);
    rc = PP_OK;
  }
  else
    rc = db_err(st, rc);
  sqlite3_finalize(s);
  return rc;
}

/* Is this file ours, and at which version?  PP_OK or PP_EFORMAT. */
static int check_header(struct pp_store *st, const struct header *h)
{
  bool blank = h->app_id == 0 && h->version == 0 && h->objects == 0;
  if(h->app_id != APPLICATION_ID && !blank) {
    if(h->app_id)
      return set_err(st, PP_EFORMAT, "not a pressprobe store (an SQLite "
                     "database with application_id 0x%08" PRIx32 ")",
                     (uint32_t)h->app_id);
    return set_err(st, PP_EFORMAT, "not a pressprobe store (an SQLite "
                   "database of another program)");
  }
  if(h->version > STORE_SCHEMA_VERSION)
    return set_err(st, PP_EFORMAT, "store schema version %" PRId64 " is "
                   "newer than this pressprobe's (%d): use a newer "
                   "pressprobe", h->version, STORE_SCHEMA_VERSION);
  if(h->version < STORE_SCHEMA_VERSION && st->rdonly) {
    if(blank)
      return set_err(st, PP_EFORMAT, "empty file, not a pressprobe store "
                     "yet");
    return set_err(st, PP_EFORMAT, "store schema version %" PRId64 " is "
                   "older than %d: open it read-write once (pressprobe "
                   "capture) to upgrade it", h->version,
                   STORE_SCHEMA_VERSION);
  }
  return PP_OK;
}

static int exec(struct pp_store *st, const char *sql)
{
  int rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
  return rc ? db_err(st, rc) : PP_OK;
}

static int migrate(struct pp_store *st)
{
  struct header h;
  char sql[64];
  int rc;
  int64_t v;

  rc = exec(st, "BEGIN IMMEDIATE");
  if(rc)
    return rc;
  /* Again, under the write lock: another process may have been first. */
  rc = read_header(st, &h);
  if(!rc)
    rc = check_header(st, &h);
  for(v = h.version; !rc && v < STORE_SCHEMA_VERSION; v++)
    rc = exec(st, migrations[v]);
  if(!rc && h.version < STORE_SCHEMA_VERSION) {
    snprintf(sql, sizeof(sql), "PRAGMA application_id = %d; "
             "PRAGMA user_version = %d", APPLICATION_ID,
             STORE_SCHEMA_VERSION);
    rc = exec(st, sql);
  }
  if(!rc)
    rc = exec(st, "COMMIT");
  if(rc)
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
  return rc;
}

/* Was the last error a lock held by another connection? */
static bool busy(const struct pp_store *st)
{
  int e = st->last_sqlite & 0xff;
  return e == SQLITE_BUSY || e == SQLITE_LOCKED;
}

static int setup(struct pp_store *st, const char *path, enum store_mode mode)
{
  int flags = mode == STORE_RDONLY ? SQLITE_OPEN_READONLY
                                   : SQLITE_OPEN_READWRITE |
                                     SQLITE_OPEN_CREATE;
  struct header h;
  unsigned attempt;
  int rc;

  rc = sqlite3_open_v2(path, &st->db, flags, NULL);
  if(!st->db)
    return set_err(st, PP_ENOMEM, "out of memory");
  if(rc)
    return db_err(st, rc);
  sqlite3_extended_result_codes(st->db, 1);
  sqlite3_busy_timeout(st->db, STORE_BUSY_MS);
  sqlite3_db_config(st->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config(st->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  rc = register_functions(st);
  if(rc)
    return rc;
  /* Several processes opening a new store at once: switching it to WAL
   * and migrating it take locks that SQLite's busy handler does not
   * always wait for (a journal mode change, a reader meeting a database
   * that is becoming WAL).  Try again until STORE_BUSY_MS has passed. */
  for(attempt = 0;; attempt++) {
    st->last_sqlite = SQLITE_OK;
    rc = read_header(st, &h);
    if(rc == PP_EFORMAT)
      return set_err(st, rc, "not an SQLite database");
    if(!rc)
      rc = check_header(st, &h);
    /* Only now that the file is known to be ours may it be changed. */
    if(!rc && !st->rdonly) {
      rc = exec(st, "PRAGMA journal_mode = WAL");
      if(!rc && h.version < STORE_SCHEMA_VERSION)
        rc = migrate(st);
    }
    if(!rc || !busy(st) || attempt >= STORE_BUSY_MS / 20)
      break;
    sqlite3_sleep(10 + (int)(attempt % 4) * 5);
  }
  if(!st->rdonly) {
    /* NORMAL: in WAL mode a crash loses at most the last commits, never
     * consistency.  16 MiB of page cache keeps a big flush off the WAL. */
    if(!rc)
      rc = exec(st, "PRAGMA synchronous = NORMAL; "
                "PRAGMA cache_size = -16384");
  }
  if(!rc)
    rc = exec(st, "PRAGMA foreign_keys = ON");
  return rc;
}

int store_open(const char *path, enum store_mode mode, struct pp_store **out,
               char *errbuf)
{
  char dummy[PP_ERRBUF_SIZE];
  struct pp_store *st;
  struct stat sb;
  int rc;

  if(!errbuf)
    errbuf = dummy;
  errbuf[0] = '\0';
  if(!out)
    return PP_EINVAL;
  *out = NULL;
  if(!path || !*path) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "no store path given");
    return PP_EINVAL;
  }
  /* SQLite would only say "unable to open database file". */
  if(mode == STORE_RDONLY && stat(path, &sb) && errno == ENOENT) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: no such file", path);
    return PP_ENOENT;
  }
  st = pp_calloc(1, sizeof(*st));
  if(!st) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: out of memory", path);
    return PP_ENOMEM;
  }
  st->rdonly = mode == STORE_RDONLY;
  rc = setup(st, path, mode);
  if(rc) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, st->errmsg);
    store_close(st);
    return rc;
  }
  st->errmsg[0] = '\0';
  *out = st;
  return PP_OK;
}

void store_close(struct pp_store *st)
{
  size_t i;
  if(!st)
    return;
  for(i = 0; i < S_COUNT; i++)
    sqlite3_finalize(st->stmt[i]);
  for(i = 0; i < STORE_EXT_SLOTS; i++)
    sqlite3_finalize(st->ext[i]);
  sqlite3_close_v2(st->db);   /* rolls back an open transaction */
  pp_free(st);
}

/* ---- writes ------------------------------------------------------------ */

int store_begin(struct pp_store *st)
{
  return run_id(st, S_BEGIN);
}

int store_commit(struct pp_store *st)
{
  return run_id(st, S_COMMIT);
}

void store_rollback(struct pp_store *st)
{
  if(st && !sqlite3_get_autocommit(st->db))
    run_id(st, S_ROLLBACK);
}

/* Id of rec's name, inserting it or updating its site / Unicode form. */
static int name_id(struct pp_store *st, const struct pp_record *rec,
                   int64_t *id)
{
  sqlite3_stmt *s = stmt(st, S_NAME_GET), *u;
  bool update;
  int rc;

  if(!s)
    return PP_EDB;
  sqlite3_bind_text(s, 1, rec->name, -1, SQLITE_STATIC);
  rc = sqlite3_step(s);
  if(rc == SQLITE_DONE) {
    sqlite3_reset(s);
    u = stmt(st, S_NAME_INS);
    if(!u)
      return PP_EDB;
    sqlite3_bind_text(u, 1, rec->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(u, 2, rec->site, -1, SQLITE_STATIC);
    sqlite3_bind_text(u, 3, rec->unicode, -1, SQLITE_STATIC);
    rc = run(st, u);
    *id = sqlite3_last_insert_rowid(st->db);
    return rc;
  }
  if(rc != SQLITE_ROW) {
    sqlite3_reset(s);
    return db_err(st, rc);
  }
  *id = sqlite3_column_int64(s, 0);
  update = strcmp(text_or(s, 1, ""), rec->site) ||
           (rec->unicode && strcmp(text_or(s, 2, ""), rec->unicode));
  sqlite3_reset(s);
  if(!update)
    return PP_OK;
  u = stmt(st, S_NAME_UPD);
  if(!u)
    return PP_EDB;
  sqlite3_bind_int64(u, 1, *id);
  sqlite3_bind_text(u, 2, rec->site, -1, SQLITE_STATIC);
  sqlite3_bind_text(u, 3, rec->unicode, -1, SQLITE_STATIC);
  return run(st, u);
}

static int put_bucket(struct pp_store *st, const struct pp_record *rec,
                      int64_t id, int64_t start)
{
  sqlite3_stmt *s = stmt(st, S_BUCKET_PUT);
  uint8_t blob[PP_HLL_SERIAL_MAX];
  size_t len = 0;

  if(!s)
    return PP_EDB;
  sqlite3_bind_int64(s, 1, id);
  sqlite3_bind_int64(s, 2, start);
  sqlite3_bind_int64(s, 3, rec->bucket_seconds);
  sqlite3_bind_int64(s, 4, i64(rec->first_seen));
  sqlite3_bind_int64(s, 5, i64(rec->last_seen));
  sqlite3_bind_int64(s, 6, i64(rec->flows));
  sqlite3_bind_int64(s, 7, i64(rec->packets));
  sqlite3_bind_int64(s, 8, i64(rec->bytes_up));
  sqlite3_bind_int64(s, 9, i64(rec->bytes_down));
  sqlite3_bind_int64(s, 10, i64(rec->lookups));
  sqlite3_bind_int64(s, 11, rec->via & PP_VIA_ALL);
  /* An empty sketch is stored as NULL. */
  if(rec->clients && pp_hll_estimate(rec->clients) > 0.0 &&
     pp_hll_serialize(rec->clients, blob, sizeof(blob), &len) == PP_OK)
    sqlite3_bind_blob(s, 12, blob, (int)len, SQLITE_STATIC);
  else
    sqlite3_bind_null(s, 12);
  sqlite3_bind_text(s, 13, rec->proto, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 14, rec->category, -1, SQLITE_STATIC);
  return run(st, s);
}

/* Count of the row's servers or paths (s: S_SRV_COUNT / S_PATH_COUNT). */
static int row_count(struct pp_store *st, enum stmt_id id, int64_t name,
                     int64_t start, int64_t *n)
{
  sqlite3_stmt *s = stmt(st, id);
  if(!s)
    return PP_EDB;
  sqlite3_bind_int64(s, 1, name);
  sqlite3_bind_int64(s, 2, start);
  return query_int(st, s, n);
}

static int put_servers(struct pp_store *st, const struct pp_record *rec,
                       int64_t id, int64_t start)
{
  sqlite3_stmt *ins = stmt(st, S_SRV_INS), *has = stmt(st, S_SRV_HAS);
  int64_t n, found;
  size_t i;
  int rc;

  if(!ins || !has)
    return PP_EDB;
  rc = row_count(st, S_SRV_COUNT, id, start, &n);
  for(i = 0; !rc && i < rec->n_servers; i++) {
    char addr[PP_ADDR_STRLEN];
    if(!rec->servers[i].family)
      continue;
    pp_addr_str(&rec->servers[i], addr);
    if(n < STORE_SERVERS_MAX) {
      sqlite3_bind_int64(ins, 1, id);
      sqlite3_bind_int64(ins, 2, start);
      sqlite3_bind_text(ins, 3, addr, -1, SQLITE_STATIC);
      rc = run(st, ins);
      n += sqlite3_changes(st->db);
      continue;
    }
    sqlite3_bind_int64(has, 1, id);
    sqlite3_bind_int64(has, 2, start);
    sqlite3_bind_text(has, 3, addr, -1, SQLITE_STATIC);
    rc = query_int(st, has, &found);
    if(!rc && !found)
      st->stats.servers_dropped++;
  }
  return rc;
}

static int put_paths(struct pp_store *st, const struct pp_record *rec,
                     int64_t id, int64_t start)
{
  sqlite3_stmt *add = stmt(st, S_PATH_ADD), *ins = stmt(st, S_PATH_INS);
  int64_t n;
  size_t i;
  int rc;

  if(!add || !ins)
    return PP_EDB;
  rc = row_count(st, S_PATH_COUNT, id, start, &n);
  for(i = 0; !rc && i < rec->n_paths; i++) {
    const struct pp_path_sample *p = &rec->paths[i];
    if(!p->path)
      continue;
    sqlite3_bind_int64(add, 1, id);
    sqlite3_bind_int64(add, 2, start);
    sqlite3_bind_text(add, 3, p->path, -1, SQLITE_STATIC);
    sqlite3_bind_int64(add, 4, i64(p->hits));
    rc = run(st, add);
    if(rc || sqlite3_changes(st->db))
      continue;
    if(n >= STORE_PATHS_MAX) {
      st->stats.paths_dropped++;
      continue;
    }
    sqlite3_bind_int64(ins, 1, id);
    sqlite3_bind_int64(ins, 2, start);
    sqlite3_bind_text(ins, 3, p->path, -1, SQLITE_STATIC);
    sqlite3_bind_int64(ins, 4, i64(p->hits));
    rc = run(st, ins);
    n++;
  }
  return rc;
}

int store_put(struct pp_store *st, const struct pp_record *rec)
{
  int64_t id = 0, start;
  int rc;

  if(!st || !rec || !rec->name || !rec->site)
    return st ? set_err(st, PP_EINVAL, "record without name or site")
              : PP_EINVAL;
  if(st->rdonly)
    return set_err(st, PP_EINVAL, "store opened read-only");
  start = (int64_t)(rec->bucket_start / USEC);
  rc = run_id(st, S_SAVEPOINT);
  if(rc)
    return rc;
  rc = name_id(st, rec, &id);
  if(!rc)
    rc = put_bucket(st, rec, id, start);
  if(!rc && rec->servers && rec->n_servers)
    rc = put_servers(st, rec, id, start);
  if(!rc && rec->paths && rec->n_paths)
    rc = put_paths(st, rec, id, start);
  if(rc) {
    /* Keep the first error's text, not the rollback's. */
    char msg[PP_ERRBUF_SIZE];
    memcpy(msg, st->errmsg, sizeof(msg));
    run_id(st, S_ROLLBACK_TO);
    run_id(st, S_RELEASE);
    memcpy(st->errmsg, msg, sizeof(msg));
    return rc;
  }
  return run_id(st, S_RELEASE);
}

/* ---- runs -------------------------------------------------------------- */

int store_run_start(struct pp_store *st, const char *command,
                    const char *args, pp_usec_t started, int64_t *run_id)
{
  sqlite3_stmt *s;
  int rc;

  if(!command || !run_id)
    return set_err(st, PP_EINVAL, "run without command");
  s = stmt(st, S_RUN_START);
  if(!s)
    return PP_EDB;
  sqlite3_bind_text(s, 1, command, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, args, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 3, i64(started));
  rc = run(st, s);
  *run_id = rc ? 0 : sqlite3_last_insert_rowid(st->db);
  return rc;
}

int store_run_finish(struct pp_store *st, int64_t run_id, pp_usec_t finished,
                     int exit_status, const char *stats_json)
{
  sqlite3_stmt *s = stmt(st, S_RUN_FINISH);
  int rc;

  if(!s)
    return PP_EDB;
  sqlite3_bind_int64(s, 1, run_id);
  sqlite3_bind_int64(s, 2, i64(finished));
  sqlite3_bind_int(s, 3, exit_status);
  sqlite3_bind_text(s, 4, stats_json, -1, SQLITE_STATIC);
  rc = run(st, s);
  if(!rc && !sqlite3_changes(st->db))
    return set_err(st, PP_ENOENT, "no run %" PRId64, run_id);
  return rc;
}

/* ---- queries ----------------------------------------------------------- */

/* A row's servers or paths, copied (the statement reuses its buffers). */
struct list {
  char *s[PP_MAX(STORE_QUERY_SERVERS_MAX, STORE_QUERY_PATHS_MAX)];
  uint64_t n[PP_MAX(STORE_QUERY_SERVERS_MAX, STORE_QUERY_PATHS_MAX)];
  size_t count;
};

static void list_free(struct list *l)
{
  while(l->count)
    pp_free(l->s[--l->count]);
}

static int list_load(struct pp_store *st, enum stmt_id id,
                     sqlite3_stmt *row, int64_t since, int64_t until,
                     size_t max, struct list *l)
{
  sqlite3_stmt *s = stmt(st, id);
  int rc;

  if(!s)
    return PP_EDB;
  /* The row's key: names.id, or the site text. */
  sqlite3_bind_value(s, 1, sqlite3_column_value(row, 0));
  sqlite3_bind_int64(s, 2, since);
  sqlite3_bind_int64(s, 3, until);
  sqlite3_bind_int64(s, 4, (sqlite3_int64)max);
  while((rc = sqlite3_step(s)) == SQLITE_ROW && l->count < max) {
    char *copy = pp_strdup(text_or(s, 0, ""));
    if(!copy) {
      sqlite3_reset(s);
      return set_err(st, PP_ENOMEM, "out of memory");
    }
    l->n[l->count] = u64(sqlite3_column_int64(s, 1));
    l->s[l->count++] = copy;
  }
  sqlite3_reset(s);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? PP_OK : db_err(st, rc);
}

/*
 * The Unicode form of a site, from the Unicode form u of one of its
 * names: the last as many labels as the site has.  NULL when there is
 * none or it is the site itself.
 */
static const char *site_unicode(const char *site, const char *u)
{
  size_t labels = 1, ulen;
  const char *p;

  if(!u)
    return NULL;
  for(p = site; *p; p++)
    labels += *p == '.';
  ulen = strlen(u);
  for(p = u + ulen; p > u; p--) {
    if(p[-1] == '.' && --labels == 0)
      break;
  }
  if(labels > 1 || strcasecmp(p, site) == 0)
    return NULL;
  return p;
}

/* Bucket-start bounds in seconds: [since, until). */
static void bounds(const struct store_query *q, int64_t *since,
                   int64_t *until)
{
  uint64_t s = q->since / USEC + (q->since % USEC != 0);
  uint64_t u = q->until / USEC + (q->until % USEC != 0);
  *since = q->since ? (int64_t)s : INT64_MIN;
  *until = q->until ? (int64_t)u : INT64_MAX;
}

int store_query_names(struct pp_store *st, const struct store_query *q,
                      int (*cb)(void *user, const struct store_row *row),
                      void *user)
{
  static const struct store_query all;
  sqlite3_stmt *s;
  int64_t since, until;
  int rc, step;

  if(!q)
    q = &all;
  s = stmt(st, q->by_site ? S_QUERY_SITES : S_QUERY_NAMES);
  if(!s)
    return PP_EDB;
  bounds(q, &since, &until);
  sqlite3_bind_int64(s, 1, since);
  sqlite3_bind_int64(s, 2, until);
  sqlite3_bind_int64(s, 3, q->limit && q->limit <= INT64_MAX
                           ? (sqlite3_int64)q->limit : -1);
  rc = PP_OK;
  while(!rc && (step = sqlite3_step(s)) == SQLITE_ROW) {
    struct list srv = {0}, paths = {0};
    struct store_row row;
    memset(&row, 0, sizeof(row));
    row.name = text_or(s, 1, "");
    row.site = text_or(s, 2, "");
    row.unicode = sqlite3_column_type(s, 3) == SQLITE_NULL ? NULL
                  : text_or(s, 3, NULL);
    if(q->by_site)
      row.unicode = site_unicode(row.site, row.unicode);
    row.first_seen = u64(sqlite3_column_int64(s, 4));
    row.last_seen = u64(sqlite3_column_int64(s, 5));
    row.flows = u64(sqlite3_column_int64(s, 6));
    row.packets = u64(sqlite3_column_int64(s, 7));
    row.bytes_up = u64(sqlite3_column_int64(s, 8));
    row.bytes_down = u64(sqlite3_column_int64(s, 9));
    row.lookups = u64(sqlite3_column_int64(s, 10));
    row.via = (unsigned)sqlite3_column_int64(s, 11) & PP_VIA_ALL;
    row.clients = sqlite3_column_double(s, 12);
    row.proto = sqlite3_column_type(s, 13) == SQLITE_NULL ? NULL
                : text_or(s, 13, NULL);
    row.category = sqlite3_column_type(s, 14) == SQLITE_NULL ? NULL
                   : text_or(s, 14, NULL);
    rc = list_load(st, q->by_site ? S_SRV_OF_SITE : S_SRV_OF_NAME, s, since,
                   until, STORE_QUERY_SERVERS_MAX, &srv);
    if(!rc)
      rc = list_load(st, q->by_site ? S_PATHS_OF_SITE : S_PATHS_OF_NAME, s,
                     since, until, STORE_QUERY_PATHS_MAX, &paths);
    if(!rc) {
      row.servers = (const char *const *)srv.s;
      row.n_servers = srv.count;
      row.paths = (const char *const *)paths.s;
      row.path_hits = paths.n;
      row.n_paths = paths.count;
      rc = cb(user, &row);
    }
    list_free(&srv);
    list_free(&paths);
  }
  if(!rc && step != SQLITE_DONE)
    rc = db_err(st, step);
  sqlite3_reset(s);
  return rc;
}

/* ---- fetches ----------------------------------------------------------- */

static void bind_text_or_null(sqlite3_stmt *s, int i, const char *v)
{
  if(v)
    sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null(s, i);
}

int store_fetch_put(struct pp_store *st, const struct store_fetch *f,
                    int64_t *id)
{
  sqlite3_stmt *s;
  int rc;

  if(!st || !f || !f->site || !f->url || !f->outcome)
    return st ? set_err(st, PP_EINVAL, "fetch without site, url or "
                        "outcome") : PP_EINVAL;
  if(st->rdonly)
    return set_err(st, PP_EINVAL, "store opened read-only");
  s = stmt(st, S_FETCH_PUT);
  if(!s)
    return PP_EDB;
  if(f->run_id > 0)
    sqlite3_bind_int64(s, 1, f->run_id);
  else
    sqlite3_bind_null(s, 1);
  sqlite3_bind_text(s, 2, f->site, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, f->url, -1, SQLITE_STATIC);
  bind_text_or_null(s, 4, f->final_url);
  sqlite3_bind_int64(s, 5, f->hop);
  bind_text_or_null(s, 6, f->kind);
  if(f->status > 0)
    sqlite3_bind_int(s, 7, f->status);
  else
    sqlite3_bind_null(s, 7);
  sqlite3_bind_int64(s, 8, i64(f->fetched_at));
  sqlite3_bind_int64(s, 9, f->elapsed_ms);
  sqlite3_bind_int64(s, 10, i64(f->bytes));
  bind_text_or_null(s, 11, f->content_type);
  bind_text_or_null(s, 12, f->charset);
  sqlite3_bind_int64(s, 13, i64(f->text_bytes));
  sqlite3_bind_int64(s, 14, i64(f->invalid_bytes));
  bind_text_or_null(s, 15, f->server_ip);
  bind_text_or_null(s, 16, f->etag);
  bind_text_or_null(s, 17, f->last_modified);
  bind_text_or_null(s, 18, f->warc_file);
  if(f->warc_file) {
    sqlite3_bind_int64(s, 19, i64(f->warc_offset));
    sqlite3_bind_int64(s, 20, i64(f->warc_length));
  }
  else {
    sqlite3_bind_null(s, 19);
    sqlite3_bind_null(s, 20);
  }
  bind_text_or_null(s, 21, f->block_digest);
  bind_text_or_null(s, 22, f->payload_digest);
  bind_text_or_null(s, 23, f->truncated);
  sqlite3_bind_text(s, 24, f->outcome, -1, SQLITE_STATIC);
  bind_text_or_null(s, 25, f->error);
  rc = run(st, s);
  if(id)
    *id = rc ? 0 : sqlite3_last_insert_rowid(st->db);
  return rc;
}

/* Copy column col into out[cap], or leave "" when NULL or too long. */
static void copy_col(sqlite3_stmt *s, int col, char *out, size_t cap)
{
  const char *t = text_or(s, col, "");
  size_t n = strlen(t);
  out[0] = '\0';
  if(n < cap)
    memcpy(out, t, n + 1);
}

int store_fetch_last(struct pp_store *st, const char *url,
                     struct store_fetch_prev *out)
{
  sqlite3_stmt *s;
  int rc;

  if(!st || !url || !out)
    return st ? set_err(st, PP_EINVAL, "no url") : PP_EINVAL;
  memset(out, 0, sizeof(*out));
  s = stmt(st, S_FETCH_LAST);
  if(!s)
    return PP_EDB;
  sqlite3_bind_text(s, 1, url, -1, SQLITE_STATIC);
  rc = sqlite3_step(s);
  if(rc == SQLITE_ROW) {
    copy_col(s, 0, out->etag, sizeof(out->etag));
    copy_col(s, 1, out->last_modified, sizeof(out->last_modified));
    copy_col(s, 2, out->warc_file, sizeof(out->warc_file));
    out->warc_offset = u64(sqlite3_column_int64(s, 3));
    out->fetched_at = u64(sqlite3_column_int64(s, 4));
    copy_col(s, 5, out->content_type, sizeof(out->content_type));
    rc = PP_OK;
  }
  else if(rc == SQLITE_DONE)
    rc = PP_ENOTFOUND;
  else
    rc = db_err(st, rc);
  sqlite3_reset(s);
  return rc;
}
