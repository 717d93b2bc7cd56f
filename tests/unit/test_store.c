/*
 * test_store.c: the SQLite inventory store (pp_store.c): creation and
 * migration, refusal of foreign, newer and non-SQLite files, put and
 * merge, bounded server/path sets, queries (order, sites, time bounds,
 * limit), run bookkeeping, read-only handles, damaged sketches, and
 * allocation failures that leave the store as it was.
 *
 * PP_STORE_BENCH=N in the environment also times N puts in one
 * transaction.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include <math.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_hll.h"
#include "pp_store.h"
#include "pp_store_sites.h"

#define HOUR (3600ull * 1000000)
#define T0 (1727784000ull * 1000000)   /* 2024-10-01T12:00:00Z */

static char dir[64];

static const char *in_dir(const char *name)
{
  static char path[2][128];
  static int i;
  i ^= 1;
  snprintf(path[i], sizeof(path[i]), "%s/%s", dir, name);
  return path[i];
}

static uint64_t mix(uint64_t x)
{
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

/* Clients lo..hi-1 as a sketch. */
static struct pp_hll *clients(uint64_t lo, uint64_t hi)
{
  struct pp_hll *h = pp_hll_new();
  while(h && lo < hi)
    pp_hll_add(h, mix(lo++));
  return h;
}

static void rec_init(struct pp_record *r, const char *name, const char *site,
                     pp_usec_t bucket)
{
  memset(r, 0, sizeof(*r));
  r->name = name;
  r->site = site;
  r->bucket_start = bucket;
  r->bucket_seconds = 3600;
  r->first_seen = bucket + 10;
  r->last_seen = bucket + 20;
  r->flows = 1;
  r->packets = 10;
  r->bytes_up = 100;
  r->bytes_down = 1000;
  r->via = PP_VIA_TLS;
}

/* Run one SQL statement on the file behind the store's back. */
static int64_t sql_int(const char *path, const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *s;
  int64_t v = -1;
  if(sqlite3_open(path, &db) == SQLITE_OK &&
     sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
    int rc = sqlite3_step(s);
    if(rc == SQLITE_ROW)
      v = sqlite3_column_int64(s, 0);
    else if(rc == SQLITE_DONE)
      v = 0;
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  return v;
}

/* ---- query results, collected ------------------------------------------ */

#define ROWS_MAX 8
struct row_copy {
  char name[64], site[64], unicode[64], proto[32], category[32];
  bool has_unicode;
  pp_usec_t first, last;
  uint64_t flows, packets, up, down, lookups;
  double clients;
  unsigned via;
  size_t n_servers, n_paths;
  char server0[48], path0[64];
  uint64_t hits0;
};

struct rows {
  size_t n;
  struct row_copy r[ROWS_MAX];
  int stop_after;
};

static int collect(void *user, const struct store_row *row)
{
  struct rows *rs = user;
  if(rs->n < ROWS_MAX) {
    struct row_copy *o = &rs->r[rs->n];
    snprintf(o->name, sizeof(o->name), "%s", row->name);
    snprintf(o->site, sizeof(o->site), "%s", row->site);
    snprintf(o->unicode, sizeof(o->unicode), "%s",
             row->unicode ? row->unicode : "");
    snprintf(o->proto, sizeof(o->proto), "%s",
             row->proto ? row->proto : "-");
    snprintf(o->category, sizeof(o->category), "%s",
             row->category ? row->category : "-");
    o->has_unicode = row->unicode != NULL;
    o->first = row->first_seen;
    o->last = row->last_seen;
    o->flows = row->flows;
    o->packets = row->packets;
    o->up = row->bytes_up;
    o->down = row->bytes_down;
    o->lookups = row->lookups;
    o->clients = row->clients;
    o->via = row->via;
    o->n_servers = row->n_servers;
    o->n_paths = row->n_paths;
    snprintf(o->server0, sizeof(o->server0), "%s",
             row->n_servers ? row->servers[0] : "");
    snprintf(o->path0, sizeof(o->path0), "%s",
             row->n_paths ? row->paths[0] : "");
    o->hits0 = row->n_paths ? row->path_hits[0] : 0;
  }
  rs->n++;
  if(rs->stop_after && (int)rs->n == rs->stop_after)
    return 42;
  return 0;
}

static int query(struct pp_store *st, bool by_site, pp_usec_t since,
                 pp_usec_t until, size_t limit, struct rows *rs)
{
  struct store_query q = {by_site, since, until, limit};
  int stop = rs->stop_after;
  memset(rs, 0, sizeof(*rs));
  rs->stop_after = stop;
  return store_query_names(st, &q, collect, rs);
}

/* ---- tests ------------------------------------------------------------- */

static void test_open(void)
{
  struct pp_store *st = (struct pp_store *)&st;
  char err[PP_ERRBUF_SIZE];
  const char *path = in_dir("new.db");

  is_int(store_open(path, STORE_RDONLY, &st, err), PP_ENOENT,
         "read-only, missing: ENOENT");
  ok(st == NULL, "*out NULL on error");
  ok(strstr(err, "no such file") != NULL, "message: %s", err);
  ok(access(path, F_OK) != 0, "read-only open created nothing");

  is_int(store_open(path, STORE_RDWR, &st, err), PP_OK, "create");
  ok(st != NULL && !strcmp(store_errmsg(st), ""), "handle, no error");
  store_close(st);
  is_int(sql_int(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION,
         "user_version = schema version");
  is_int(sql_int(path, "PRAGMA application_id"), 0x50505242,
         "application_id = PPRB");
  is_int(sql_int(path, "SELECT count(*) FROM sqlite_master WHERE type ="
                 " 'table' AND name IN ('names', 'buckets', "
                 "'bucket_servers', 'bucket_paths', 'runs')"), 5,
         "the five tables exist");
  is_int(sql_int(path, "SELECT journal_mode = 'wal' FROM "
                 "pragma_journal_mode"), 1, "WAL mode");

  is_int(store_open(path, STORE_RDWR, &st, err), PP_OK, "reopen read-write");
  store_close(st);
  is_int(store_open(path, STORE_RDONLY, &st, err), PP_OK, "open read-only");
  store_close(st);
  store_close(NULL);
  is_int(store_open(NULL, STORE_RDWR, &st, err), PP_EINVAL, "NULL path");
  is_int(store_open(in_dir("no/such/dir.db"), STORE_RDWR, &st, err), PP_EDB,
         "folder missing: EDB");
  ok(strstr(err, "dir.db") != NULL, "message names the file: %s", err);
  unlink(path);
}

static void write_bytes(const char *path, const void *data, size_t len)
{
  FILE *f = fopen(path, "wb");
  if(f) {
    if(len)
      fwrite(data, 1, len, f);
    fclose(f);
  }
}

static void test_refuse(void)
{
  struct pp_store *st;
  char err[PP_ERRBUF_SIZE];
  const char *path = in_dir("other.db");
  uint8_t noise[8192];
  size_t i;

  /* An empty file is migrated from version 0 when opened read-write. */
  write_bytes(path, "", 0);
  is_int(store_open(path, STORE_RDONLY, &st, err), PP_EFORMAT,
         "empty file read-only: EFORMAT");
  ok(strstr(err, "empty") != NULL, "message: %s", err);
  is_int(store_open(path, STORE_RDWR, &st, err), PP_OK,
         "empty file read-write: migrated");
  store_close(st);
  is_int(sql_int(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION,
         "empty file now at the schema version");

  /* Newer schema. */
  sql_int(path, "PRAGMA user_version = 99");
  is_int(store_open(path, STORE_RDWR, &st, err), PP_EFORMAT,
         "newer schema: EFORMAT");
  ok(strstr(err, "newer") && strstr(err, "99"), "message: %s", err);
  is_int(store_open(path, STORE_RDONLY, &st, err), PP_EFORMAT,
         "newer schema, read-only: EFORMAT");
  is_int(sql_int(path, "PRAGMA user_version"), 99, "left untouched");
  unlink(path);

  /* Another program's database, with and without an application_id. */
  sql_int(path, "CREATE TABLE t(x)");
  is_int(store_open(path, STORE_RDWR, &st, err), PP_EFORMAT,
         "foreign database: EFORMAT");
  ok(strstr(err, "not a pressprobe store") != NULL, "message: %s", err);
  is_int(sql_int(path, "SELECT count(*) FROM sqlite_master"), 1,
         "foreign database not modified");
  is_int(sql_int(path, "SELECT journal_mode = 'delete' FROM "
                 "pragma_journal_mode"), 1, "not even its journal mode");
  unlink(path);
  sql_int(path, "PRAGMA application_id = 42");
  is_int(store_open(path, STORE_RDWR, &st, err), PP_EFORMAT,
         "foreign application_id: EFORMAT");
  ok(strstr(err, "0x0000002a") != NULL, "message: %s", err);
  unlink(path);

  /* Not SQLite at all. */
  for(i = 0; i < sizeof(noise); i++)
    noise[i] = (uint8_t)mix(i);
  write_bytes(path, noise, sizeof(noise));
  is_int(store_open(path, STORE_RDWR, &st, err), PP_EFORMAT,
         "random bytes: EFORMAT");
  ok(strstr(err, "not an SQLite database") != NULL, "message: %s", err);
  is_int(store_open(path, STORE_RDONLY, &st, err), PP_EFORMAT,
         "random bytes, read-only: EFORMAT");
  write_bytes(path, "name,site\nexample.com,example.com\n", 34);
  is_int(store_open(path, STORE_RDONLY, &st, err), PP_EFORMAT,
         "a CSV file: EFORMAT");
  unlink(path);
}

static void test_put_merge(void)
{
  struct pp_store *st;
  struct pp_record r;
  struct pp_hll *a = clients(0, 300), *b = clients(200, 500);
  struct pp_addr srv[2];
  struct pp_path_sample paths[2] = {{"/", 2}, {"/news", 5}};
  struct rows rs = {0};
  char err[PP_ERRBUF_SIZE];
  const char *path = in_dir("merge.db");

  pp_addr_parse(&srv[0], "192.0.2.1");
  pp_addr_parse(&srv[1], "2001:db8::1");
  if(store_open(path, STORE_RDWR, &st, err)) {
    ok(0, "open: %s", err);
    return;
  }
  rec_init(&r, "www.example.com", "example.com", T0);
  r.clients = a;
  r.proto = "TLS";
  r.servers = srv;
  r.n_servers = 1;
  r.paths = paths;
  r.n_paths = 1;
  is_int(store_begin(st), PP_OK, "begin");
  is_int(store_put(st, &r), PP_OK, "first put");
  r.first_seen = T0 + 5;
  r.last_seen = T0 + 15;
  r.via = PP_VIA_DNS;
  r.lookups = 3;
  r.clients = b;
  r.proto = NULL;
  r.category = "Web";
  r.n_servers = 2;
  r.n_paths = 2;
  is_int(store_put(st, &r), PP_OK, "second put, same name and bucket");
  is_int(store_commit(st), PP_OK, "commit");
  is_int(sql_int(path, "SELECT count(*) FROM buckets"), 1, "one row");

  is_int(query(st, false, 0, 0, 0, &rs), PP_OK, "query");
  is_int(rs.n, 1, "one name");
  is_str(rs.r[0].name, "www.example.com", "name");
  is_int(rs.r[0].flows, 2, "flows add up");
  is_int(rs.r[0].packets, 20, "packets add up");
  is_int(rs.r[0].up + rs.r[0].down, 2200, "bytes add up");
  is_int(rs.r[0].lookups, 3, "lookups add up");
  ok(rs.r[0].first == T0 + 5 && rs.r[0].last == T0 + 20,
     "first_seen = min, last_seen = max");
  is_int(rs.r[0].via, PP_VIA_TLS | PP_VIA_DNS, "via ORed");
  ok(fabs(rs.r[0].clients - 500) < 25, "clients: union of 0..299 and "
     "200..499 = 500 (%.1f)", rs.r[0].clients);
  is_str(rs.r[0].proto, "TLS", "proto kept when the new one is NULL");
  is_str(rs.r[0].category, "Web", "category set");
  is_int(rs.r[0].n_servers, 2, "servers united");
  is_int(rs.r[0].n_paths, 2, "paths united");
  is_str(rs.r[0].path0, "/news", "most hit path first");
  is_int(rs.r[0].hits0, 5, "its hits");

  /* A put outside a transaction is its own transaction. */
  r.n_paths = 1;
  r.n_servers = 0;
  r.clients = NULL;
  is_int(store_put(st, &r), PP_OK, "put without begin");
  query(st, false, 0, 0, 0, &rs);
  is_int(rs.r[0].flows, 3, "autocommitted");
  ok(fabs(rs.r[0].clients - 500) < 25, "NULL sketch leaves clients");
  is_int(sql_int(path, "SELECT hits FROM bucket_paths WHERE path = '/'"), 6,
         "path hits add up (2 + 2 + 2)");

  /* Rollback discards. */
  store_begin(st);
  store_put(st, &r);
  store_rollback(st);
  store_rollback(st);
  query(st, false, 0, 0, 0, &rs);
  is_int(rs.r[0].flows, 3, "rollback discards the put");

  r.name = NULL;
  is_int(store_put(st, &r), PP_EINVAL, "NULL name: EINVAL");
  store_close(st);

  if(store_open(path, STORE_RDONLY, &st, err) == PP_OK) {
    r.name = "x.example";
    is_int(store_put(st, &r), PP_EINVAL, "read-only handle: EINVAL");
    ok(strstr(store_errmsg(st), "read-only") != NULL, "message: %s",
       store_errmsg(st));
    is_int(query(st, false, 0, 0, 0, &rs), PP_OK, "read-only query");
    is_int(rs.n, 1, "sees the data");
    store_close(st);
  }
  pp_hll_free(a);
  pp_hll_free(b);
  unlink(path);
}

static void test_bounds(void)
{
  struct pp_store *st;
  struct pp_record r;
  struct pp_addr srv[STORE_SERVERS_MAX + 4];
  struct pp_path_sample paths[STORE_PATHS_MAX + 3];
  char names[STORE_PATHS_MAX + 3][16];
  struct store_stats stats;
  char err[PP_ERRBUF_SIZE];
  const char *path = in_dir("bounds.db");
  size_t i;

  for(i = 0; i < PP_ARRAY_LEN(srv); i++) {
    uint8_t a4[4] = {198, 51, 100, (uint8_t)i};
    pp_addr_set4(&srv[i], a4);
  }
  for(i = 0; i < PP_ARRAY_LEN(paths); i++) {
    snprintf(names[i], sizeof(names[i]), "/p%02zu", i);
    paths[i].path = names[i];
    paths[i].hits = 1;
  }
  if(store_open(path, STORE_RDWR, &st, err)) {
    ok(0, "open: %s", err);
    return;
  }
  rec_init(&r, "a.example", "a.example", T0);
  r.servers = srv;
  r.n_servers = PP_ARRAY_LEN(srv);
  r.paths = paths;
  r.n_paths = PP_ARRAY_LEN(paths);
  store_begin(st);
  is_int(store_put(st, &r), PP_OK, "put over the bounds");
  is_int(store_put(st, &r), PP_OK, "again");
  store_commit(st);
  is_int(sql_int(path, "SELECT count(*) FROM bucket_servers"),
         STORE_SERVERS_MAX, "servers bounded");
  is_int(sql_int(path, "SELECT count(*) FROM bucket_paths"), STORE_PATHS_MAX,
         "paths bounded");
  is_int(sql_int(path, "SELECT count(*) FROM bucket_paths WHERE hits = 2"),
         STORE_PATHS_MAX, "kept paths still count hits when full");
  store_get_stats(st, &stats);
  is_int(stats.servers_dropped, 8, "dropped servers counted");
  is_int(stats.paths_dropped, 6, "dropped paths counted");
  store_close(st);
  unlink(path);
}

static void put_name(struct pp_store *st, const char *name, const char *site,
                     const char *unicode, pp_usec_t bucket, uint64_t flows,
                     uint64_t bytes, uint64_t c0, uint64_t c1)
{
  struct pp_record r;
  struct pp_hll *h = clients(c0, c1);
  char a[32];
  struct pp_addr srv;
  snprintf(a, sizeof(a), "203.0.113.%u", (unsigned)(flows % 250));
  pp_addr_parse(&srv, a);
  rec_init(&r, name, site, bucket);
  r.unicode = unicode;
  r.flows = flows;
  r.bytes_up = bytes;
  r.bytes_down = 0;
  r.clients = h;
  r.servers = &srv;
  r.n_servers = 1;
  if(store_put(st, &r))
    diag("put %s: %s", name, store_errmsg(st));
  pp_hll_free(h);
}

static void test_query(void)
{
  struct pp_store *st;
  struct rows rs = {0};
  char err[PP_ERRBUF_SIZE];
  const char *path = in_dir("query.db");

  if(store_open(path, STORE_RDWR, &st, err)) {
    ok(0, "open: %s", err);
    return;
  }
  store_begin(st);
  /* Clients: big 100, a 50 (hours 0 and 1: 0..49 twice), c and b tie at
   * 10 clients; b has more flows.  d ties with c on clients and flows but
   * has more bytes; e ties with d on everything, and sorts after by name. */
  put_name(st, "big.example", "big.example", NULL, T0, 1, 1, 0, 100);
  put_name(st, "www.a.example", "a.example", NULL, T0, 1, 1, 0, 50);
  put_name(st, "www.a.example", "a.example", NULL, T0 + HOUR, 1, 1, 0, 50);
  put_name(st, "m.a.example", "a.example", NULL, T0 + 2 * HOUR, 1, 1, 40,
           60);
  put_name(st, "b.example", "b.example", NULL, T0, 5, 1, 1000, 1010);
  put_name(st, "c.example", "c.example", NULL, T0, 2, 1, 2000, 2010);
  put_name(st, "e.example", "e.example", NULL, T0, 2, 9, 3000, 3010);
  put_name(st, "d.example", "d.example", NULL, T0, 2, 9, 4000, 4010);
  put_name(st, "www.xn--bcher-kva.example", "xn--bcher-kva.example",
           "www.b\xc3\xbc" "cher.example", T0 + 3 * HOUR, 1, 1, 5000, 5003);
  is_int(store_commit(st), PP_OK, "commit");

  is_int(query(st, false, 0, 0, 0, &rs), PP_OK, "query names");
  is_int(rs.n, 8, "8 names");
  is_str(rs.r[0].name, "big.example", "1st: most clients");
  is_str(rs.r[1].name, "www.a.example", "2nd: union over buckets (50)");
  ok(fabs(rs.r[1].clients - 50) < 1.5, "www.a.example: 50 clients, not "
     "100 (%.1f)", rs.r[1].clients);
  is_str(rs.r[2].name, "m.a.example", "3rd: 20 clients");
  is_str(rs.r[3].name, "b.example", "tie on clients: more flows first");
  is_str(rs.r[4].name, "d.example", "tie on flows: more bytes first");
  is_str(rs.r[5].name, "e.example", "tie on bytes: name ascending");
  is_str(rs.r[6].name, "c.example", "then c");
  is_str(rs.r[7].name, "www.xn--bcher-kva.example", "last: 3 clients");
  is_str(rs.r[7].unicode, "www.b\xc3\xbc" "cher.example", "unicode form");
  is_str(rs.r[6].server0, "203.0.113.2", "servers listed");

  is_int(query(st, true, 0, 0, 0, &rs), PP_OK, "query sites");
  is_int(rs.n, 7, "7 sites");
  is_str(rs.r[0].name, "big.example", "1st site");
  is_str(rs.r[1].name, "a.example", "2nd: a.example");
  is_str(rs.r[1].site, "a.example", "site column = site");
  ok(fabs(rs.r[1].clients - 60) < 2, "a.example: union of www and m = 60 "
     "(%.1f)", rs.r[1].clients);
  is_int(rs.r[1].flows, 3, "a.example: flows summed over names");
  ok(rs.r[1].first == T0 + 10 && rs.r[1].last == T0 + 2 * HOUR + 20,
     "a.example: first/last over names");
  ok(!rs.r[1].has_unicode, "ASCII site: no unicode");
  is_str(rs.r[6].name, "xn--bcher-kva.example", "IDN site");
  is_str(rs.r[6].unicode, "b\xc3\xbc" "cher.example",
         "site's unicode from its name's");

  is_int(query(st, false, T0 + HOUR, 0, 0, &rs), PP_OK, "since");
  is_int(rs.n, 3, "since: buckets at or after");
  is_int(query(st, false, T0 + 1, 0, 0, &rs), PP_OK, "since mid-second");
  is_int(rs.n, 3, "since rounds up to the next bucket start");
  is_int(query(st, false, 0, T0 + HOUR, 0, &rs), PP_OK, "until");
  is_int(rs.n, 6, "until: buckets before");
  ok(fabs(rs.r[1].clients - 50) < 1.5 && rs.r[1].flows == 1,
     "until: only the first hour of www.a.example");
  is_int(query(st, false, T0 + HOUR, T0 + 2 * HOUR, 0, &rs), PP_OK,
         "since and until");
  ok(rs.n == 1 && !strcmp(rs.r[0].name, "www.a.example"), "one bucket");
  is_int(query(st, false, 0, 0, 2, &rs), PP_OK, "limit");
  ok(rs.n == 2 && !strcmp(rs.r[1].name, "www.a.example"), "limit 2: top 2");
  is_int(query(st, false, T0 + 10 * HOUR, 0, 0, &rs), PP_OK, "empty range");
  is_int(rs.n, 0, "no rows");
  rs.stop_after = 3;
  is_int(query(st, false, 0, 0, 0, &rs), 42, "callback's stop value");
  is_int(rs.n, 3, "stopped after 3");
  store_close(st);
  unlink(path);
}

/* Processes that open a new store at once: all succeed, one migrates. */
static void test_race(void)
{
  const char *path = in_dir("race.db");
  pid_t pids[6];
  int i, failed = 0;

  for(i = 0; i < 6; i++) {
    pids[i] = fork();
    if(pids[i] == 0) {
      struct pp_store *st;
      char err[PP_ERRBUF_SIZE];
      struct pp_record r;
      int rc = store_open(path, STORE_RDWR, &st, err);
      if(rc == PP_OK) {
        rec_init(&r, "race.example", "race.example", T0);
        rc = store_begin(st) || store_put(st, &r) || store_commit(st);
        if(rc)
          snprintf(err, sizeof(err), "%s", store_errmsg(st));
        store_close(st);
      }
      if(rc)
        fprintf(stderr, "# racer: %s\n", err);
      _exit(rc ? 1 : 0);
    }
  }
  for(i = 0; i < 6; i++) {
    int status = 1;
    if(pids[i] < 0 || waitpid(pids[i], &status, 0) < 0 ||
       !WIFEXITED(status) || WEXITSTATUS(status))
      failed++;
  }
  is_int(failed, 0, "6 processes create and write one store at once");
  is_int(sql_int(path, "SELECT flows FROM buckets"), 6, "all puts merged");
  is_int(sql_int(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION,
         "migrated once");
  unlink(path);
}

static void test_runs(void)
{
  struct pp_store *st;
  char err[PP_ERRBUF_SIZE];
  const char *path = in_dir("runs.db");
  int64_t id = 0, id2 = 0;

  if(store_open(path, STORE_RDWR, &st, err)) {
    ok(0, "open: %s", err);
    return;
  }
  is_int(store_run_start(st, "capture", "-r x.pcap", T0, &id), PP_OK,
         "run start");
  is_int(store_run_start(st, "capture", NULL, T0 + 1, &id2), PP_OK,
         "second run");
  ok(id > 0 && id2 > id, "ids increase");
  is_int(store_run_finish(st, id, T0 + 5, 2, "{\"packets\":3}"), PP_OK,
         "run finish");
  is_int(store_run_finish(st, 9999, T0, 0, NULL), PP_ENOENT,
         "unknown run: ENOENT");
  store_close(st);
  is_int(sql_int(path, "SELECT exit_status FROM runs WHERE id = 1"), 2,
         "exit status stored");
  is_int(sql_int(path, "SELECT finished FROM runs WHERE id = 1"), T0 + 5,
         "finish time stored");
  is_int(sql_int(path, "SELECT finished IS NULL FROM runs WHERE id = 2"), 1,
         "unfinished run has no finish time");
  unlink(path);
}

/* ---- site verdicts (pp_store_sites.h) ----------------------------------- */

struct vs_seen {
  char rows[8][256];
  int n;
  char last_signals[256];
};

static int vs_row(void *user, const struct store_verdict *v,
                  const char *signals)
{
  struct vs_seen *z = user;
  if(z->n < 8)
    snprintf(z->rows[z->n++], 256, "%s|%s|%d|%u|%s|%s|%s|%s", v->site,
             v->cls, v->score, v->pages,
             v->licence_number ? v->licence_number : "-",
             v->licence_date ? v->licence_date : "-",
             v->responsible ? v->responsible : "-",
             v->as_org ? v->as_org : "-");
  snprintf(z->last_signals, sizeof(z->last_signals), "%s", signals);
  return PP_OK;
}

static int vs_hit(void *user, const struct store_vhit *h)
{
  struct vs_seen *z = user;
  if(z->n < 8)
    snprintf(z->rows[z->n++], 256, "%s|%s|%s|%s", h->signal,
             h->page_url ? h->page_url : "-", h->region, h->text);
  return PP_OK;
}

static int vs_page(void *user, const struct store_vpage *p)
{
  struct vs_seen *z = user;
  if(z->n < 8)
    snprintf(z->rows[z->n++], 256, "%s|%d|%s|%d|%s|%llu", p->url,
             p->status, p->outcome, p->article,
             p->warc_file ? p->warc_file : "-",
             (unsigned long long)p->warc_offset);
  return PP_OK;
}

static int vs_text(void *user, const char *t)
{
  struct vs_seen *z = user;
  if(z->n < 8)
    snprintf(z->rows[z->n++], 256, "%s", t);
  return PP_OK;
}

static int vs_stop(void *user, const struct store_verdict *v,
                   const char *signals)
{
  (void)v;
  (void)signals;
  ++*(int *)user;
  return PP_ELIMIT;
}

static void test_sites(void)
{
  struct pp_store *st;
  char err[PP_ERRBUF_SIZE];
  const char *path = in_dir("sites.db");
  struct store_verdict v = {
    .site = "baothu.test", .cls = "press-like", .classified_at = T0,
    .score = 31, .score_aggregator = 9, .score_social = 0, .score_other = 4,
    .pages = 4, .articles = 2, .attributed = 0,
    .licence_number = "76/GP-TTĐT", .licence_kind = "giw",
    .licence_issuer = "Sở TT&TT Bình Lâm", .licence_date = "2025-10-22",
    .responsible = "Vũ Đình Phong", .rules = "rules (33 signals)",
    .server_ip = "203.0.113.9", .country = "VN", .asn = 64500,
    .as_org = "Công ty Báo Test",
  };
  struct store_vsignal sig[] = {
    {"a.small", "small", "basis a", "secondary", "press", 1, 2, 2},
    {"b.big", "big", "basis b", "confirmed", "press", 10, 3, 20},
    {"c.mid", "mid", "basis c", "secondary", "aggregator", 4, 2, 8},
  };
  struct store_vhit hits[] = {
    {"a.small", "https://baothu.test/1", "body", "one", "… one …"},
    {"b.big", "https://baothu.test/1", "footer", "Tòa soạn", "x"},
    {"b.big", NULL, "domain", "'bao' in baothu.test", ""},
    {"z.nofire", "https://baothu.test/2", "body", "zz", "zz"},
  };
  struct store_vpage pages[] = {
    {"https://baothu.test/", 200, "page", false, "UTF-8", T0, "203.0.113.9",
     "a.warc.gz", NULL, 0},
    {"https://baothu.test/1", 200, "page", true, "UTF-8", T0, NULL,
     "a.warc.gz", "<urn:uuid:x>", 4096},
    {"https://baothu.test/gone", 404, "status", false, NULL, 0, NULL, NULL,
     NULL, 0},
  };
  const char *sources[] = {"Nguồn: Báo Gốc", "(Theo Báo Kia)"};
  struct store_site_result r = {
    .v = &v, .signals = sig, .n_signals = 3, .hits = hits, .n_hits = 4,
    .pages = pages, .n_pages = 3, .sources = sources, .n_sources = 2,
  };
  struct store_site_query q = {0};
  struct vs_seen z;
  int stops = 0;

  if(store_open(path, STORE_RDWR, &st, err)) {
    ok(0, "open: %s", err);
    return;
  }
  is_int(store_site_put(st, &r), PP_OK, "verdict put");
  v.site = "shop.test";
  v.cls = "other";
  v.score = 2;
  v.licence_number = v.licence_date = v.responsible = v.as_org = NULL;
  v.asn = 0;
  r.n_signals = r.n_hits = r.n_pages = r.n_sources = 0;
  is_int(store_site_put(st, &r), PP_OK, "second site");
  memset(&z, 0, sizeof(z));
  is_int(store_sites_query(st, &q, vs_row, &z), PP_OK, "query");
  is_int(z.n, 2, "two verdicts");
  is_str(z.rows[0], "baothu.test|press-like|31|4|76/GP-TTĐT|2025-10-22|"
         "Vũ Đình Phong|Công ty Báo Test", "most press-like first, texts");
  is_str(z.rows[1], "shop.test|other|2|4|-|-|-|-", "NULLs stay NULL");
  q.cls = "press-like";
  memset(&z, 0, sizeof(z));
  store_sites_query(st, &q, vs_row, &z);
  ok(z.n == 1 && !strcmp(z.last_signals, "b.big;c.mid;a.small"),
     "class filter; signals by contribution (%s)", z.last_signals);
  q.cls = NULL;
  q.limit = 1;
  memset(&z, 0, sizeof(z));
  store_sites_query(st, &q, vs_row, &z);
  is_int(z.n, 1, "limit");
  q.limit = 0;
  is_int(store_sites_query(st, &q, vs_stop, &stops), PP_ELIMIT,
         "a callback's result stops the query");
  is_int(stops, 1, "after one row");
  memset(&z, 0, sizeof(z));
  store_site_hits(st, "baothu.test", vs_hit, &z);
  is_int(z.n, 4, "four hits");
  is_str(z.rows[0], "b.big|https://baothu.test/1|footer|Tòa soạn",
         "hits of the biggest signal first");
  is_str(z.rows[1], "b.big|-|domain|'bao' in baothu.test",
         "then in the order found; a site-level finding has no page");
  is_str(z.rows[3], "z.nofire|https://baothu.test/2|body|zz",
         "hits of a signal that did not count last");
  memset(&z, 0, sizeof(z));
  store_site_pages(st, "baothu.test", vs_page, &z);
  is_int(z.n, 3, "three pages");
  is_str(z.rows[1], "https://baothu.test/1|200|page|1|a.warc.gz|4096",
         "page evidence");
  is_str(z.rows[2], "https://baothu.test/gone|404|status|0|-|0",
         "a page without a record");
  memset(&z, 0, sizeof(z));
  store_site_sources(st, "baothu.test", vs_text, &z);
  ok(z.n == 2 && !strcmp(z.rows[0], "Nguồn: Báo Gốc"), "sources in order");

  /* a new classification replaces the old one whole */
  v.site = "baothu.test";
  v.cls = "aggregator";
  r.n_signals = 1;
  r.n_hits = 1;
  is_int(store_site_put(st, &r), PP_OK, "replace");
  memset(&z, 0, sizeof(z));
  store_site_hits(st, "baothu.test", vs_hit, &z);
  is_int(z.n, 1, "old hits gone");
  memset(&z, 0, sizeof(z));
  store_site_pages(st, "baothu.test", vs_page, &z);
  is_int(z.n, 0, "old pages gone");
  /* refusals */
  v.site = NULL;
  is_int(store_site_put(st, &r), PP_EINVAL, "no site: EINVAL");
  v.site = "";
  is_int(store_site_put(st, &r), PP_EINVAL, "empty site: EINVAL");
  v.site = "x.test";
  v.cls = NULL;
  is_int(store_site_put(st, &r), PP_EINVAL, "no class: EINVAL");
  v.cls = "other";
  store_close(st);
  is_int(store_open(path, STORE_RDONLY, &st, err), PP_OK, "read-only open");
  is_int(store_site_put(st, &r), PP_EINVAL, "read-only: EINVAL");
  memset(&z, 0, sizeof(z));
  is_int(store_site_hits(st, "nosuch.test", vs_hit, &z), PP_OK,
         "unknown site: no rows, no error");
  is_int(z.n, 0, "nothing");
  store_close(st);

  /* a version 2 store (before classification) migrates */
  sql_int(path, "DROP TABLE verdicts");
  sql_int(path, "DROP TABLE verdict_signals");
  sql_int(path, "DROP TABLE verdict_hits");
  sql_int(path, "DROP TABLE verdict_pages");
  sql_int(path, "DROP TABLE verdict_sources");
  sql_int(path, "DROP TABLE verdict_attributions");
  sql_int(path, "DROP TABLE withdrawals");
  sql_int(path, "PRAGMA user_version = 2");
  is_int(store_open(path, STORE_RDWR, &st, err), PP_OK, "v2 migrates");
  store_close(st);
  is_int(sql_int(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION,
         "now current");
  is_int(sql_int(path, "SELECT count(*) FROM sqlite_master WHERE name LIKE "
                 "'verdict%'"), 8, "the verdict tables and indexes");
  unlink(path);
}

static void test_damaged(void)
{
  struct pp_store *st;
  struct pp_record r;
  struct pp_hll *h = clients(0, 10);
  struct rows rs = {0};
  char err[PP_ERRBUF_SIZE];
  const char *path = in_dir("damaged.db");

  if(store_open(path, STORE_RDWR, &st, err)) {
    ok(0, "open: %s", err);
    return;
  }
  put_name(st, "ok.example", "ok.example", NULL, T0, 1, 1, 0, 5);
  put_name(st, "bad.example", "bad.example", NULL, T0, 1, 1, 0, 5);
  store_close(st);
  sql_int(path, "UPDATE buckets SET clients = x'01000c01000010ff' WHERE "
          "name_id = (SELECT id FROM names WHERE name = 'bad.example')");
  sql_int(path, "UPDATE buckets SET flows = -5 WHERE name_id = "
          "(SELECT id FROM names WHERE name = 'ok.example')");
  if(store_open(path, STORE_RDWR, &st, err)) {
    ok(0, "reopen: %s", err);
    return;
  }
  is_int(query(st, false, 0, 0, 0, &rs), PP_EDB, "damaged sketch: EDB");
  ok(strstr(store_errmsg(st), "malformed HyperLogLog") != NULL,
     "message: %s", store_errmsg(st));
  store_begin(st);
  rec_init(&r, "bad.example", "bad.example", T0);
  r.clients = h;
  is_int(store_put(st, &r), PP_EDB, "merge into damaged sketch: EDB");
  rec_init(&r, "new.example", "new.example", T0);
  r.clients = h;
  is_int(store_put(st, &r), PP_OK, "transaction still usable");
  is_int(store_commit(st), PP_OK, "commit");
  is_int(sql_int(path, "SELECT flows FROM buckets WHERE name_id = (SELECT id"
                 " FROM names WHERE name = 'bad.example')"), 1,
         "failed put left the row as it was");
  sql_int(path, "UPDATE buckets SET clients = NULL WHERE name_id = "
          "(SELECT id FROM names WHERE name = 'bad.example')");
  is_int(query(st, false, 0, 0, 0, &rs), PP_OK, "query after repair");
  ok(rs.n == 3 && !strcmp(rs.r[1].name, "ok.example") &&
     rs.r[1].flows == 0, "negative counter read as 0");
  store_close(st);
  pp_hll_free(h);
  unlink(path);
}

/* Sum of flows and a digest of the rows, to compare store states. */
static uint64_t state(struct pp_store *st)
{
  struct rows rs = {0};
  uint64_t d = 0;
  size_t i;
  if(query(st, false, 0, 0, 0, &rs))
    return 0;
  for(i = 0; i < rs.n && i < ROWS_MAX; i++)
    d = mix(d ^ rs.r[i].flows ^ (uint64_t)llround(rs.r[i].clients * 16) ^
            rs.r[i].n_paths << 20 ^ rs.r[i].n_servers << 30);
  return d ^ rs.n;
}

static void test_enomem(void)
{
  struct pp_store *st;
  struct pp_record r;
  struct pp_hll *h = clients(100, 2000);
  struct pp_path_sample p = {"/x", 1};
  struct rows rs = {0};
  char err[PP_ERRBUF_SIZE];
  const char *path = in_dir("enomem.db");
  int k, fails = 0, bad = 0, rc;
  uint64_t before;

  pp_alloc_fail_after(0);
  rc = store_open(path, STORE_RDWR, &st, err);
  pp_alloc_fail_after(-1);
  is_int(rc, PP_ENOMEM, "open: ENOMEM");

  if(store_open(path, STORE_RDWR, &st, err)) {
    ok(0, "open: %s", err);
    return;
  }
  put_name(st, "a.example", "a.example", NULL, T0, 1, 1, 0, 700);
  put_name(st, "b.example", "b.example", NULL, T0, 1, 1, 0, 5);
  store_begin(st);
  before = state(st);
  for(k = 0; k < 50; k++) {
    rec_init(&r, "a.example", "a.example", T0);
    r.clients = h;
    r.paths = &p;
    r.n_paths = 1;
    pp_alloc_fail_after(k);
    rc = store_put(st, &r);
    pp_alloc_fail_after(-1);
    if(rc == PP_OK)
      break;
    fails++;
    if(rc != PP_ENOMEM || state(st) != before)
      bad++;
  }
  ok(fails > 0, "put: allocation failures injected (%d)", fails);
  is_int(bad, 0, "put: each failure ENOMEM, store unchanged");
  is_int(store_commit(st), PP_OK, "transaction survived, commit");
  before = state(st);
  ok(before != 0, "state after the put");

  fails = bad = 0;
  for(k = 0; k < 50; k++) {
    memset(&rs, 0, sizeof(rs));
    pp_alloc_fail_after(k);
    rc = query(st, true, 0, 0, 0, &rs);
    pp_alloc_fail_after(-1);
    if(rc == PP_OK)
      break;
    fails++;
    bad += rc != PP_ENOMEM;
  }
  ok(fails > 0, "query: allocation failures injected (%d)", fails);
  is_int(bad, 0, "query: each failure ENOMEM");
  is_int(state(st), before, "store unchanged by failed queries");
  store_close(st);
  pp_hll_free(h);
  unlink(path);
}

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* N records over N/10 names and 10 buckets, 1..50 clients each. */
static void bench(long n)
{
  struct pp_store *st;
  struct pp_record r;
  struct pp_hll *h = pp_hll_new();
  struct pp_addr srv;
  struct pp_path_sample p = {"/index.html", 1};
  char err[PP_ERRBUF_SIZE], name[64], site[64];
  const char *path = in_dir("bench.db");
  double t0, t1, t2;
  long i;
  int rc = 0;

  pp_addr_parse(&srv, "192.0.2.7");
  if(store_open(path, STORE_RDWR, &st, err))
    return;
  t0 = now();
  store_begin(st);
  for(i = 0; i < n && !rc; i++) {
    uint64_t j;
    snprintf(name, sizeof(name), "host%ld.site%ld.example", i / 10,
             i / 100);
    snprintf(site, sizeof(site), "site%ld.example", i / 100);
    rec_init(&r, name, site, T0 + (uint64_t)(i % 10) * HOUR);
    pp_hll_reset(h);
    for(j = 0; j < 1 + (uint64_t)i % 50; j++)
      pp_hll_add(h, mix((uint64_t)i * 64 + j));
    r.clients = h;
    r.servers = &srv;
    r.n_servers = 1;
    r.paths = &p;
    r.n_paths = 1;
    rc = store_put(st, &r);
  }
  t1 = now();
  rc = rc ? rc : store_commit(st);
  t2 = now();
  ok(rc == PP_OK, "bench: %ld new rows: put %.0f/s, %.3f s + commit %.3f s",
     n, (double)n / (t1 - t0), t1 - t0, t2 - t1);
  /* The same records again: every put merges into an existing row. */
  t0 = now();
  store_begin(st);
  for(i = 0; i < n && !rc; i++) {
    snprintf(name, sizeof(name), "host%ld.site%ld.example", i / 10,
             i / 100);
    snprintf(site, sizeof(site), "site%ld.example", i / 100);
    rec_init(&r, name, site, T0 + (uint64_t)(i % 10) * HOUR);
    r.clients = h;
    r.servers = &srv;
    r.n_servers = 1;
    r.paths = &p;
    r.n_paths = 1;
    rc = store_put(st, &r);
  }
  rc = rc ? rc : store_commit(st);
  t1 = now();
  ok(rc == PP_OK, "bench: %ld merging puts: %.0f/s incl. commit", n,
     (double)n / (t1 - t0));
  t0 = now();
  {
    struct rows rs = {0};
    rs.stop_after = 0;
    rc = query(st, false, 0, 0, 0, &rs);
    t1 = now();
    ok(rc == PP_OK, "bench: query of %zu names: %.3f s", rs.n, t1 - t0);
    t0 = now();
    rc = query(st, true, 0, 0, 0, &rs);
    t1 = now();
    ok(rc == PP_OK, "bench: query of %zu sites: %.3f s", rs.n, t1 - t0);
  }
  store_close(st);
  pp_hll_free(h);
  unlink(path);
}

int main(void)
{
  const char *b = getenv("PP_STORE_BENCH");
  char cmd[128];

  snprintf(dir, sizeof(dir), "/tmp/pp_store.XXXXXX");
  if(!mkdtemp(dir))
    tap_skip_all("mkdtemp failed");
  test_open();
  test_refuse();
  test_put_merge();
  test_bounds();
  test_query();
  test_race();
  test_runs();
  test_sites();
  test_damaged();
  test_enomem();
  bench(b ? strtol(b, NULL, 10) : 2000);
  snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
  if(system(cmd))
    diag("cannot remove %s", dir);
  return tap_done();
}
