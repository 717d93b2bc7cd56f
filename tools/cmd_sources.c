/*
 * cmd_sources.c: `pressprobe sources`, source withdrawal: press originals
 * that are gone while the copies that name them are still served.
 *
 *   pressprobe sources --check --db PATH --warc-dir DIR [--site SITE ...]
 *                      [--concurrency N] [--per-host-connections N]
 *                      [--per-host-delay MS] [--timeout S]
 *                      [--connect-timeout S] [--max-bytes N]
 *                      [--user-agent S] [--operator S]
 *                      [--resolve HOST:PORT:ADDR ...] [--allow-private]
 *                      [--allow-address ADDR ...] [-q] [--progress]
 *   pressprobe sources --db PATH [--site SITE ...]
 *                      [--format table|csv|json] [--all] [--history]
 *                      [--limit N]
 *
 * With --check, every linked attribution `pressprobe classify` kept
 * (verdict_attributions) is checked by classify/withdraw.c: the
 * originals and then the copies of the originals found gone are fetched
 * through the fetch engine (the crawler's safety and politeness rules;
 * WARC evidence in --warc-dir), and one row per pair goes to the
 * withdrawals table (pp_store_withdraw.h).  Without --check, the
 * findings of each pair's latest check are listed; the CSV header and
 * the JSON member names are a stable interface (pressprobe-sources(1)).
 *
 * Everything shown on a terminal goes through tool_term_append (reasons
 * quote page text); CSV fields from pages are protected against
 * spreadsheet formulas.
 */
#include "config.h"

#include <curl/curl.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fetch.h"
#include "pp_addr.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_json.h"
#include "pp_store.h"
#include "pp_store_sites.h"
#include "pp_store_withdraw.h"
#include "tool.h"
#include "warc.h"
#include "withdraw.h"

#define SITES_MAX 100000            /* --site given */
#define TERM_MAX 2048               /* bytes of one text shown */
#define WARC_PREFIX "pressprobe-sources"
#define WARC_SIZE (1ull << 30)

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
  (void)sig;
  stop_requested = 1;
}

enum format { FMT_TABLE, FMT_CSV, FMT_JSON };

struct opts {
  const char *db, *warc_dir, *user_agent, *operator_;
  const char **sites;
  size_t n_sites;
  const char **resolve;
  size_t n_resolve;
  const char **allow;
  size_t n_allow;
  bool check, all, history, allow_private, quiet;
  int progress;                 /* -1: when stderr is a terminal */
  enum format fmt;
  uint64_t limit, concurrency, per_host, delay_ms, timeout,
           connect_timeout, max_bytes;
};

enum {
  OPT_DB = 1000, OPT_WARC_DIR, OPT_SITE, OPT_CHECK, OPT_FORMAT, OPT_ALL,
  OPT_HISTORY, OPT_LIMIT, OPT_CONCURRENCY, OPT_PER_HOST, OPT_DELAY,
  OPT_TIMEOUT, OPT_CONNECT_TIMEOUT, OPT_MAX_BYTES, OPT_UA, OPT_OPERATOR,
  OPT_RESOLVE, OPT_ALLOW_PRIV, OPT_ALLOW_ADDR, OPT_PROGRESS,
  OPT_NO_PROGRESS,
};

static const struct option longopts[] = {
  {"db", required_argument, NULL, OPT_DB},
  {"warc-dir", required_argument, NULL, OPT_WARC_DIR},
  {"site", required_argument, NULL, OPT_SITE},
  {"check", no_argument, NULL, OPT_CHECK},
  {"format", required_argument, NULL, OPT_FORMAT},
  {"all", no_argument, NULL, OPT_ALL},
  {"history", no_argument, NULL, OPT_HISTORY},
  {"limit", required_argument, NULL, OPT_LIMIT},
  {"concurrency", required_argument, NULL, OPT_CONCURRENCY},
  {"per-host-connections", required_argument, NULL, OPT_PER_HOST},
  {"per-host-delay", required_argument, NULL, OPT_DELAY},
  {"timeout", required_argument, NULL, OPT_TIMEOUT},
  {"connect-timeout", required_argument, NULL, OPT_CONNECT_TIMEOUT},
  {"max-bytes", required_argument, NULL, OPT_MAX_BYTES},
  {"user-agent", required_argument, NULL, OPT_UA},
  {"operator", required_argument, NULL, OPT_OPERATOR},
  {"resolve", required_argument, NULL, OPT_RESOLVE},
  {"allow-private", no_argument, NULL, OPT_ALLOW_PRIV},
  {"allow-address", required_argument, NULL, OPT_ALLOW_ADDR},
  {"progress", no_argument, NULL, OPT_PROGRESS},
  {"no-progress", no_argument, NULL, OPT_NO_PROGRESS},
  {"quiet", no_argument, NULL, 'q'},
  {"help", no_argument, NULL, 'h'},
  {"version", no_argument, NULL, 'V'},
  {NULL, 0, NULL, 0},
};

static void usage(FILE *f)
{
  fputs(
"Usage: pressprobe sources --check --db PATH --warc-dir DIR [OPTIONS]\n"
"       pressprobe sources --db PATH [--format table|csv|json] [--all]\n"
"\n"
"Source withdrawal: for the articles 'pressprobe classify' found naming a\n"
"press original by a link, is the original gone (404, 410, a redirect to\n"
"the home page, a soft 404) while the copy is still served?\n"
"\n"
"With --check, fetch the originals, then the copies of those found gone,\n"
"as the crawler does (robots.txt obeyed, address guard, politeness),\n"
"keep every exchange as WARC evidence in --warc-dir and record one row\n"
"per copy and original.  Without --check, list the findings (original\n"
"gone, copy still served) of each pair's latest check.\n"
"\n"
"Options:\n"
"      --db PATH            the store (required)\n"
"      --site SITE          only the copies of this classified site\n"
"                           (repeatable)\n"
"      --check              fetch and record (else: list)\n"
"\n"
"Listing:\n"
"      --format FORMAT      table (default), csv or json\n"
"      --all                every pair's latest verdict, not only the\n"
"                           findings\n"
"      --history            every check of each pair, oldest first\n"
"      --limit N            at most N rows (for each --site; 0: all)\n"
"\n"
"Checking (as 'pressprobe crawl'):\n"
"      --warc-dir DIR       folder for the WARC files (must exist)\n"
"      --concurrency N      transfers at once (16)\n"
"      --per-host-connections N  transfers at once per host (2)\n"
"      --per-host-delay MS  delay between requests to a host (1000); a\n"
"                           larger robots.txt Crawl-delay wins\n"
"      --timeout S          time one request may take (30)\n"
"      --connect-timeout S  time to connect, TLS included (10)\n"
"      --max-bytes N        body bytes per response (4M; k, M, G)\n"
"      --user-agent S       User-Agent (default names pressprobe and a\n"
"                           contact URL)\n"
"      --operator S         who checks, for the WARC files' warcinfo\n"
"      --resolve HOST:PORT:ADDR  use ADDR for HOST:PORT (as curl)\n"
"      --allow-private      allow private, loopback and other special\n"
"                           addresses (labs, tests); refused by default\n"
"      --allow-address ADDR allow this one special address (repeatable)\n"
"      --progress           progress on stderr (default: when a TTY)\n"
"      --no-progress        no progress line\n"
"  -q, --quiet              no summary at the end\n"
"  -h, --help               this help\n"
"  -V, --version            version\n"
"\n"
"Verdicts: gone-404, gone-410, gone-redirect-home, soft-404 (the original\n"
"is gone), present, not-checked (robots.txt, timeout, 5xx ...: never\n"
"gone).  CSV columns: site,copy_url,source_url,source,verdict,reason,\n"
"checked_at,first_gone_at,original_status,original_final_url,\n"
"original_warc_file,original_warc_offset,original_record_id,copy_verdict,\n"
"copy_reason,copy_status,copy_warc_file,copy_warc_offset,copy_record_id,\n"
"attrib_warc_file,attrib_warc_offset,attrib_record_id,run_id.\n"
"\n"
"Exit status: 0 done (whatever the servers answered); 1 fatal error (the\n"
"store or the WARC files could not be read or written); 2 interrupted\n"
"(what was checked is kept); 64 usage error.  See pressprobe-sources(1).\n",
        f);
}

/* Append to a list of option values (pointers into argv). */
static int list_add(const char ***v, size_t *n, const char *s,
                    const char *opt, size_t max)
{
  const char **nv;
  if(*n >= max) {
    tool_err("too many %s (at most %zu)", opt, max);
    return EXIT_USAGE;
  }
  nv = pp_realloc((void *)*v, (*n + 1) * sizeof(*nv));
  if(!nv) {
    tool_err("out of memory");
    return EXIT_FATAL;
  }
  nv[(*n)++] = s;
  *v = nv;
  return EXIT_OK;
}

static int parse_args(int argc, char **argv, struct opts *o)
{
  struct fetch_config fc;
  int c, rc;

  fetch_config_defaults(&fc);
  o->concurrency = fc.concurrency;
  o->per_host = fc.per_host;
  o->delay_ms = fc.per_host_delay_ms;
  o->timeout = fc.timeout_ms / 1000;
  o->connect_timeout = fc.connect_timeout_ms / 1000;
  o->max_bytes = fc.max_bytes;
  o->progress = -1;
  opterr = 0;
  optind = 1;
  while((c = getopt_long(argc, argv, ":qhV", longopts, NULL)) != -1) {
    rc = EXIT_OK;
    switch(c) {
    case OPT_DB: o->db = optarg; break;
    case OPT_WARC_DIR: o->warc_dir = optarg; break;
    case OPT_SITE:
      rc = list_add(&o->sites, &o->n_sites, optarg, "--site", SITES_MAX);
      break;
    case OPT_CHECK: o->check = true; break;
    case OPT_FORMAT:
      if(!strcmp(optarg, "table"))
        o->fmt = FMT_TABLE;
      else if(!strcmp(optarg, "csv"))
        o->fmt = FMT_CSV;
      else if(!strcmp(optarg, "json"))
        o->fmt = FMT_JSON;
      else {
        tool_err("invalid value for --format: '%s' (expected table, csv or "
                 "json)", optarg);
        return EXIT_USAGE;
      }
      break;
    case OPT_ALL: o->all = true; break;
    case OPT_HISTORY: o->history = true; break;
    case OPT_LIMIT:
      if(tool_parse_u64("--limit", optarg, 0, UINT64_MAX, &o->limit))
        return EXIT_USAGE;
      break;
    case OPT_CONCURRENCY:
      if(tool_parse_u64("--concurrency", optarg, 1, FETCH_CONCURRENCY_MAX,
                        &o->concurrency))
        return EXIT_USAGE;
      break;
    case OPT_PER_HOST:
      if(tool_parse_u64("--per-host-connections", optarg, 1,
                        FETCH_PER_HOST_MAX, &o->per_host))
        return EXIT_USAGE;
      break;
    case OPT_DELAY:
      if(tool_parse_u64("--per-host-delay", optarg, 0, FETCH_DELAY_MAX_MS,
                        &o->delay_ms))
        return EXIT_USAGE;
      break;
    case OPT_TIMEOUT:
      if(tool_parse_u64("--timeout", optarg, 1, 3600, &o->timeout))
        return EXIT_USAGE;
      break;
    case OPT_CONNECT_TIMEOUT:
      if(tool_parse_u64("--connect-timeout", optarg, 1, 600,
                        &o->connect_timeout))
        return EXIT_USAGE;
      break;
    case OPT_MAX_BYTES:
      if(tool_parse_size("--max-bytes", optarg, 1024, 1ull << 30,
                         &o->max_bytes))
        return EXIT_USAGE;
      break;
    case OPT_UA: o->user_agent = optarg; break;
    case OPT_OPERATOR: o->operator_ = optarg; break;
    case OPT_RESOLVE:
      if(!fetch_resolve_valid(optarg)) {
        tool_err("--resolve '%s': expected HOST:PORT:ADDRESS[,ADDRESS...]",
                 optarg);
        return EXIT_USAGE;
      }
      rc = list_add(&o->resolve, &o->n_resolve, optarg, "--resolve",
                    FETCH_RESOLVE_MAX);
      break;
    case OPT_ALLOW_PRIV: o->allow_private = true; break;
    case OPT_ALLOW_ADDR:
      rc = list_add(&o->allow, &o->n_allow, optarg, "--allow-address",
                    FETCH_ALLOW_MAX);
      break;
    case OPT_PROGRESS: o->progress = 1; break;
    case OPT_NO_PROGRESS: o->progress = 0; break;
    case 'q': o->quiet = true; break;
    case 'h': usage(stdout); exit(EXIT_OK);
    case 'V': tool_version();
    case ':':
      tool_err("option %s needs a value", argv[optind - 1]);
      usage(stderr);
      return EXIT_USAGE;
    default:
      tool_err("unknown option '%s'", argv[optind - 1]);
      usage(stderr);
      return EXIT_USAGE;
    }
    if(rc)
      return rc;
  }
  if(optind < argc) {
    tool_err("unexpected argument '%s' (sites are given with --site)",
             argv[optind]);
    return EXIT_USAGE;
  }
  if(!o->db) {
    tool_err("no store: give --db PATH");
    return EXIT_USAGE;
  }
  if(o->check && !o->warc_dir) {
    tool_err("no WARC folder: --check needs --warc-dir DIR");
    return EXIT_USAGE;
  }
  if(!o->check && o->warc_dir) {
    tool_err("--warc-dir is for --check");
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

/* ---- listing ------------------------------------------------------------ */

/* Text for the terminal, in a static buffer per slot. */
static const char *term(const char *s, unsigned slot)
{
  static char buf[4][TERM_MAX];
  size_t len = 0;
  buf[slot & 3][0] = '\0';
  tool_term_append(buf[slot & 3], &len, TERM_MAX, s ? s : "", NULL);
  return buf[slot & 3];
}

struct list_ctx {
  enum format fmt;
  size_t n;
};

static const char *num(char *buf, size_t cap, uint64_t v, bool present)
{
  if(!present)
    return "";
  snprintf(buf, cap, "%llu", (unsigned long long)v);
  return buf;
}

static void csv_row(const struct store_withdrawal *w)
{
  char t1[PP_TIME_ISO_LEN], t2[PP_TIME_ISO_LEN], n[8][32];
  tool_csv_field(w->site, false);
  tool_csv_text(w->copy_url, false);
  tool_csv_text(w->source_url, false);
  tool_csv_text(w->source, false);
  tool_csv_field(w->verdict, false);
  tool_csv_text(w->reason, false);
  tool_csv_field(pp_time_iso(w->checked_at, t1, sizeof(t1)), false);
  tool_csv_field(w->first_gone_at ? pp_time_iso(w->first_gone_at, t2,
                                                sizeof(t2)) : "", false);
  tool_csv_field(num(n[0], 32, (uint64_t)w->original_status,
                     w->original_status > 0), false);
  tool_csv_text(w->original_final_url, false);
  tool_csv_field(w->original_warc_file, false);
  tool_csv_field(num(n[1], 32, w->original_warc_offset,
                     w->original_warc_file != NULL), false);
  tool_csv_field(w->original_record_id, false);
  tool_csv_field(w->copy_verdict, false);
  tool_csv_text(w->copy_reason, false);
  tool_csv_field(num(n[2], 32, (uint64_t)w->copy_status,
                     w->copy_status > 0), false);
  tool_csv_field(w->copy_warc_file, false);
  tool_csv_field(num(n[3], 32, w->copy_warc_offset,
                     w->copy_warc_file != NULL), false);
  tool_csv_field(w->copy_record_id, false);
  tool_csv_field(w->attrib_warc_file, false);
  tool_csv_field(num(n[4], 32, w->attrib_warc_offset,
                     w->attrib_warc_file != NULL), false);
  tool_csv_field(w->attrib_record_id, false);
  tool_csv_field(num(n[5], 32, (uint64_t)w->run_id, w->run_id > 0), true);
}

static void json_opt_str(struct pp_jsonw *j, const char *key, const char *v)
{
  jsonw_key(j, key);
  if(v)
    jsonw_str(j, v);
  else
    jsonw_null(j);
}

static void json_record(struct pp_jsonw *j, const char *key,
                        const char *file, uint64_t offset,
                        const char *record_id)
{
  jsonw_key(j, key);
  if(!file) {
    jsonw_null(j);
    return;
  }
  jsonw_obj_begin(j);
  json_opt_str(j, "file", file);
  jsonw_key(j, "offset");
  jsonw_u64(j, offset);
  json_opt_str(j, "record_id", record_id);
  jsonw_obj_end(j);
}

static void json_status(struct pp_jsonw *j, int status)
{
  jsonw_key(j, "status");
  if(status > 0)
    jsonw_i64(j, status);
  else
    jsonw_null(j);
}

static int json_row(const struct store_withdrawal *w)
{
  struct pp_jsonw j;
  jsonw_init(&j, stdout);
  jsonw_obj_begin(&j);
  json_opt_str(&j, "site", w->site);
  jsonw_key(&j, "finding");
  jsonw_bool(&j, store_withdrawal_finding(w));
  jsonw_key(&j, "checked_at");
  jsonw_time(&j, w->checked_at);
  jsonw_key(&j, "first_gone_at");
  if(w->first_gone_at)
    jsonw_time(&j, w->first_gone_at);
  else
    jsonw_null(&j);
  jsonw_key(&j, "checks");
  jsonw_u64(&j, w->checks);
  jsonw_key(&j, "run_id");
  if(w->run_id > 0)
    jsonw_i64(&j, w->run_id);
  else
    jsonw_null(&j);
  jsonw_key(&j, "original");
  jsonw_obj_begin(&j);
  json_opt_str(&j, "url", w->source_url);
  json_opt_str(&j, "verdict", w->verdict);
  json_opt_str(&j, "reason", w->reason);
  json_status(&j, w->original_status);
  json_opt_str(&j, "final_url", w->original_final_url);
  json_record(&j, "warc", w->original_warc_file, w->original_warc_offset,
              w->original_record_id);
  jsonw_obj_end(&j);
  jsonw_key(&j, "copy");
  jsonw_obj_begin(&j);
  json_opt_str(&j, "url", w->copy_url);
  json_opt_str(&j, "verdict", w->copy_verdict);
  json_opt_str(&j, "reason", w->copy_reason);
  json_status(&j, w->copy_status);
  json_record(&j, "warc", w->copy_warc_file, w->copy_warc_offset,
              w->copy_record_id);
  jsonw_obj_end(&j);
  jsonw_key(&j, "attribution");
  jsonw_obj_begin(&j);
  json_opt_str(&j, "text", w->source);
  json_record(&j, "warc", w->attrib_warc_file, w->attrib_warc_offset,
              w->attrib_record_id);
  jsonw_obj_end(&j);
  jsonw_obj_end(&j);
  return jsonw_error(&j) ? PP_EIO : PP_OK;
}

static int list_row(void *user, const struct store_withdrawal *w)
{
  struct list_ctx *c = user;
  char day[PP_TIME_ISO_LEN], shown[TERM_MAX];
  size_t len = 0, width = 0;

  c->n++;
  switch(c->fmt) {
  case FMT_CSV:
    csv_row(w);
    break;
  case FMT_JSON:
    fputs(c->n > 1 ? ",\n" : "[\n", stdout);
    if(json_row(w))
      return PP_EIO;
    break;
  default:
    if(c->n == 1)
      printf("%-28s %-18s %-11s %-10s %s\n", "SITE", "ORIGINAL", "COPY",
             "CHECKED", "COPY URL -> ORIGINAL URL");
    pp_time_iso(w->checked_at, day, sizeof(day));
    day[10] = '\0';
    /* printf pads by bytes: pad the UTF-8 site by characters */
    tool_term_append(shown, &len, sizeof(shown), w->site, &width);
    printf("%s%*s %-18s %-11s %-10s %s -> %s\n", shown,
           (int)(width < 28 ? 28 - width : 0), "", term(w->verdict, 0),
           term(w->copy_verdict, 1), day, term(w->copy_url, 2),
           term(w->source_url, 3));
    printf("%29s%s\n", "", term(w->reason ? w->reason : "", 0));
    break;
  }
  return ferror(stdout) ? PP_EIO : PP_OK;
}

static int cmd_list(const struct opts *o)
{
  char errbuf[PP_ERRBUF_SIZE];
  struct store_withdrawal_query q;
  struct list_ctx ctx = {.fmt = o->fmt};
  struct pp_store *st = NULL;
  size_t i;
  int rc;

  rc = store_open(o->db, STORE_RDONLY, &st, errbuf);
  if(rc) {
    tool_err("%s%s", errbuf, rc == PP_ENOENT ? " (no store yet: run "
             "'pressprobe classify' and 'pressprobe sources --check')" : "");
    return EXIT_FATAL;
  }
  memset(&q, 0, sizeof(q));
  q.all = o->all;
  q.history = o->history;
  q.limit = o->limit;
  if(ctx.fmt == FMT_CSV)
    fputs("site,copy_url,source_url,source,verdict,reason,checked_at,"
          "first_gone_at,original_status,original_final_url,"
          "original_warc_file,original_warc_offset,original_record_id,"
          "copy_verdict,copy_reason,copy_status,copy_warc_file,"
          "copy_warc_offset,copy_record_id,attrib_warc_file,"
          "attrib_warc_offset,attrib_record_id,run_id\n", stdout);
  rc = PP_OK;
  for(i = 0; i < (o->n_sites ? o->n_sites : 1) && !rc; i++) {
    q.site = o->n_sites ? o->sites[i] : NULL;
    rc = store_withdrawals_query(st, &q, list_row, &ctx);
  }
  if(ctx.fmt == FMT_JSON)
    fputs(ctx.n ? "\n]\n" : "[]\n", stdout);
  else if(ctx.fmt == FMT_TABLE && !ctx.n && !rc)
    fprintf(stderr, "pressprobe sources: no %s in %s%s\n",
            o->all || o->history ? "checks" : "findings", o->db,
            o->all || o->history ? " (run 'pressprobe sources --check')"
                                 : "");
  if(rc && rc != PP_EIO)
    tool_err("%s: %s", o->db, rc == PP_ENOMEM ? pp_strerror(rc)
                                               : store_errmsg(st));
  store_close(st);
  if(fflush(stdout) || ferror(stdout) || rc == PP_EIO) {
    if(rc == PP_OK || rc == PP_EIO)
      tool_err("cannot write the listing: %s", strerror(errno));
    return EXIT_FATAL;
  }
  return rc ? EXIT_FATAL : EXIT_OK;
}

/* ---- checking ----------------------------------------------------------- */

struct add_ctx {
  struct withdraw_check *c;
  int rc;
};

static int add_attrib(void *user, const char *site,
                      const struct store_vattrib *a)
{
  struct add_ctx *x = user;
  struct withdraw_pair p = {
    .site = site, .copy_url = a->page_url, .source_url = a->source_url,
    .source = a->source, .warc_file = a->warc_file,
    .warc_offset = a->warc_offset, .record_id = a->record_id,
  };
  int rc;
  if(!site || !a->page_url || !a->source_url)
    return PP_OK;
  rc = withdraw_add(x->c, &p);
  if(rc == PP_ELIMIT || rc == PP_EINVAL)
    return PP_OK;                 /* counted; the cap is reported */
  x->rc = rc;
  return rc;
}

static double now_secs(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress_line(void *user, const struct withdraw_stats *s)
{
  (void)user;
  fprintf(stderr, "\r[%llu requests] %llu robots.txt-disallowed, "
          "%.1f MB \033[K", (unsigned long long)s->requests,
          (unsigned long long)s->robots_disallowed,
          (double)s->bytes / 1e6);
}

static void summary(const struct withdraw_stats *s, double secs)
{
  uint64_t gone = 0;
  size_t i;
  for(i = 0; i < WITHDRAW_VERDICT_COUNT; i++)
    if(withdraw_verdict_gone((enum withdraw_verdict)i))
      gone += s->originals[i];
  fprintf(stderr, "pressprobe sources: %llu pair%s checked (%llu URLs on "
          "%llu origins, %llu requests, %.1f s): %llu originals gone, "
          "%llu present, %llu not checked; %llu copies still served; "
          "%llu finding%s\n", (unsigned long long)s->recorded,
          s->recorded == 1 ? "" : "s", (unsigned long long)s->urls,
          (unsigned long long)s->origins,
          (unsigned long long)s->requests, secs,
          (unsigned long long)gone,
          (unsigned long long)s->originals[WITHDRAW_PRESENT],
          (unsigned long long)s->originals[WITHDRAW_NOT_CHECKED],
          (unsigned long long)s->copies_served,
          (unsigned long long)s->findings, s->findings == 1 ? "" : "s");
  fprintf(stderr, "  originals:");
  for(i = 0; i < WITHDRAW_VERDICT_COUNT; i++)
    fprintf(stderr, "%s %s %llu", i ? "," : "",
            withdraw_verdict_name((enum withdraw_verdict)i),
            (unsigned long long)s->originals[i]);
  fprintf(stderr, "; robots.txt kept us from %llu URLs\n",
          (unsigned long long)s->robots_disallowed);
  if(s->duplicates || s->over_cap || s->unfinished)
    fprintf(stderr, "  %llu duplicate pairs, %llu over the cap of %d, %llu "
            "left unrecorded (interrupted)\n",
            (unsigned long long)s->duplicates,
            (unsigned long long)s->over_cap, WITHDRAW_PAIRS_MAX,
            (unsigned long long)s->unfinished);
}

static void stats_json(FILE *f, const struct withdraw_stats *s)
{
  struct pp_jsonw w;
  size_t i;
  jsonw_init(&w, f);
  jsonw_obj_begin(&w);
#define U(name, v) do { jsonw_key(&w, name); jsonw_u64(&w, v); } while(0)
  U("pairs", s->pairs);
  U("recorded", s->recorded);
  U("duplicates", s->duplicates);
  U("over_cap", s->over_cap);
  U("unfinished", s->unfinished);
  U("urls", s->urls);
  U("origins", s->origins);
  U("requests", s->requests);
  U("rows", s->rows);
  U("robots_disallowed", s->robots_disallowed);
  U("bytes", s->bytes);
  U("copies_fetched", s->copies_fetched);
  U("copies_served", s->copies_served);
  U("findings", s->findings);
  jsonw_key(&w, "originals");
  jsonw_obj_begin(&w);
  for(i = 0; i < WITHDRAW_VERDICT_COUNT; i++)
    U(withdraw_verdict_name((enum withdraw_verdict)i), s->originals[i]);
  jsonw_obj_end(&w);
#undef U
  jsonw_obj_end(&w);
}

static int cmd_check(const struct opts *o)
{
  struct pp_store *st = NULL;
  struct warc_writer *w = NULL;
  struct withdraw_check *chk = NULL;
  struct fetch *f = NULL;
  struct fetch_config fc;
  struct withdraw_config wc;
  struct warc_writer_opts wo;
  struct withdraw_stats ws;
  struct pp_addr *allow = NULL;
  struct sigaction sa;
  struct add_ctx ax;
  char errbuf[PP_ERRBUF_SIZE], host[256], args[512], part_of[64];
  bool curl_up = false, progress;
  int status = EXIT_OK, rc;
  int64_t run_id = 0;
  double t0;
  size_t i;

  memset(&ws, 0, sizeof(ws));
  if(o->n_allow) {
    allow = pp_calloc(o->n_allow, sizeof(*allow));
    if(!allow) {
      tool_err("out of memory");
      return EXIT_FATAL;
    }
    for(i = 0; i < o->n_allow; i++)
      if(pp_addr_parse(&allow[i], o->allow[i])) {
        tool_err("--allow-address '%s': not an IPv4 or IPv6 address",
                 o->allow[i]);
        pp_free(allow);
        return EXIT_USAGE;
      }
  }
  progress = o->progress < 0 ? isatty(2) != 0 : o->progress != 0;
  fetch_config_defaults(&fc);
  fc.concurrency = (unsigned)o->concurrency;
  fc.per_host = (unsigned)o->per_host;
  fc.per_host_delay_ms = (uint32_t)o->delay_ms;
  fc.timeout_ms = (uint32_t)(o->timeout * 1000);
  fc.connect_timeout_ms = (uint32_t)(o->connect_timeout * 1000);
  fc.max_bytes = o->max_bytes;
  fc.user_agent = o->user_agent;
  fc.allow_private = o->allow_private;
  fc.allow_addrs = allow;
  fc.n_allow_addrs = o->n_allow;
  fc.resolve = o->resolve;
  fc.n_resolve = o->n_resolve;
  withdraw_config_defaults(&wc);
  wc.origins_at_once = PP_MIN(PP_MAX((size_t)o->concurrency * 4, (size_t)8),
                              (size_t)WITHDRAW_ORIGINS_AT_ONCE_MAX);
  wc.origin_inflight = PP_MAX((size_t)o->per_host, (size_t)1);

  if(curl_global_init(CURL_GLOBAL_DEFAULT)) {
    tool_err("libcurl initialisation failed");
    status = EXIT_FATAL;
    goto out;
  }
  curl_up = true;
  rc = store_open(o->db, STORE_RDWR, &st, errbuf);
  if(rc) {
    tool_err("%s", errbuf);
    status = EXIT_FATAL;
    goto out;
  }
  rc = withdraw_check_new(&wc, st, &chk);
  if(rc) {
    tool_err("%s", pp_strerror(rc));
    status = EXIT_FATAL;
    goto out;
  }
  memset(&ax, 0, sizeof(ax));
  ax.c = chk;
  rc = PP_OK;
  for(i = 0; i < (o->n_sites ? o->n_sites : 1) && !rc; i++)
    rc = store_attributions(st, o->n_sites ? o->sites[i] : NULL,
                            add_attrib, &ax);
  if(rc) {
    tool_err("%s: %s", o->db, ax.rc ? pp_strerror(ax.rc)
                                     : store_errmsg(st));
    status = EXIT_FATAL;
    goto out;
  }
  withdraw_get_stats(chk, &ws);
  if(!ws.pairs) {
    tool_warn("no linked source attributions in %s%s (run 'pressprobe "
              "classify' first)", o->db, o->n_sites ? " for those sites"
                                                    : "");
    goto out;
  }
  if(ws.over_cap)
    tool_warn("more than %d pairs: %llu left out of this check",
              WITHDRAW_PAIRS_MAX, (unsigned long long)ws.over_cap);

  snprintf(args, sizeof(args), "check sites=%zu concurrency=%llu "
           "per-host-connections=%llu per-host-delay=%llu timeout=%llu "
           "connect-timeout=%llu max-bytes=%llu resolve=%zu "
           "allow-private=%s allow-addresses=%zu", o->n_sites,
           (unsigned long long)o->concurrency,
           (unsigned long long)o->per_host,
           (unsigned long long)o->delay_ms, (unsigned long long)o->timeout,
           (unsigned long long)o->connect_timeout,
           (unsigned long long)o->max_bytes, o->n_resolve,
           o->allow_private ? "yes" : "no", o->n_allow);
  if(store_run_start(st, "sources", args, (pp_usec_t)time(NULL) * 1000000u,
                     &run_id) != PP_OK)
    tool_warn("store: cannot record the run: %s", store_errmsg(st));
  withdraw_set_run(chk, run_id);

  memset(&wo, 0, sizeof(wo));
  if(gethostname(host, sizeof(host)) == 0) {
    host[sizeof(host) - 1] = '\0';
    wo.hostname = host;
  }
  wo.operator = o->operator_;
  wo.robots = "obey";
  wo.user_agent = o->user_agent ? o->user_agent : FETCH_DEFAULT_UA;
  snprintf(part_of, sizeof(part_of), "pressprobe-sources-run-%lld",
           (long long)run_id);
  wo.is_part_of = part_of;
  wo.description = "pressprobe sources --check: press originals named by "
                   "copied articles, and the copies";
  rc = warc_writer_open(o->warc_dir, WARC_PREFIX, WARC_SIZE, &wo, &w,
                        errbuf);
  if(rc) {
    tool_err("%s", errbuf);
    status = rc == PP_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    goto finish;
  }
  rc = fetch_new(&fc, w, withdraw_fetch_done, chk, &f, errbuf);
  if(rc) {
    tool_err("%s", errbuf);
    status = rc == PP_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    goto finish;
  }
  withdraw_set_fetch(chk, f);

  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);

  t0 = now_secs();
  rc = withdraw_run(chk, &stop_requested, progress ? progress_line : NULL,
                    NULL, 500);
  if(progress)
    fprintf(stderr, "\r\033[K");
  if(rc) {
    tool_err("%s", withdraw_errmsg(chk));
    status = EXIT_FATAL;
  }
  else if(stop_requested) {
    tool_warn("interrupted: what was checked is kept");
    status = EXIT_PARTIAL;
  }
  withdraw_get_stats(chk, &ws);
  if(!o->quiet)
    summary(&ws, now_secs() - t0);

finish:
  fetch_free(f);
  f = NULL;
  if(w && warc_writer_close(w, errbuf) != PP_OK) {
    tool_err("%s", errbuf);
    status = EXIT_FATAL;
  }
  w = NULL;
  if(st && run_id) {
    char *json = NULL;
    size_t jlen = 0;
    FILE *mf = open_memstream(&json, &jlen);
    if(mf) {
      stats_json(mf, &ws);
      fclose(mf);
    }
    if(store_run_finish(st, run_id, (pp_usec_t)time(NULL) * 1000000u,
                        status, json ? json : "{}") != PP_OK)
      tool_warn("store: cannot record the run: %s", store_errmsg(st));
    free(json);
  }
out:
  fetch_free(f);
  withdraw_check_free(chk);
  if(w)
    warc_writer_close(w, NULL);
  store_close(st);
  pp_free(allow);
  if(curl_up)
    curl_global_cleanup();
  return status;
}

int cmd_sources(int argc, char **argv)
{
  struct opts o;
  int status;

  memset(&o, 0, sizeof(o));
  status = parse_args(argc, argv, &o);
  if(status == EXIT_OK)
    status = o.check ? cmd_check(&o) : cmd_list(&o);
  pp_free((void *)o.sites);
  pp_free((void *)o.resolve);
  pp_free((void *)o.allow);
  return status;
}
