/*
 * cmd_domains.c: `pressprobe domains`, the domain inventory from the store
 * as a terminal table, CSV (RFC 4180) or JSON (RFC 8259).
 *
 *   pressprobe domains --db PATH [--format table|csv|json] [--sites]
 *                      [--since TIME] [--until TIME] [--limit N]
 *
 * Rows come from store_query_names(), most distinct clients first.  The
 * output formats are documented in pressprobe-domains(1); the CSV header
 * and the JSON member names are a stable interface for scripts.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_json.h"
#include "pp_store.h"
#include "tool.h"

#define TABLE_NAME_WIDTH_MAX 60   /* longer names push their line right */
#define TIME_MAX_SECONDS 253402300799ull   /* 9999-12-31T23:59:59Z */

enum format { FMT_TABLE, FMT_CSV, FMT_JSON };

static const char usage_text[] =
  "Usage: pressprobe domains --db PATH [OPTIONS]\n"
  "\n"
  "List the web domains of the inventory store, most distinct clients\n"
  "first.\n"
  "\n"
  "Options:\n"
  "  --db PATH             the store file (required)\n"
  "  --format FORMAT       table (default), csv or json\n"
  "  --sites               one row per registrable domain instead of per\n"
  "                        name\n"
  "  --since TIME          only time buckets starting at or after TIME\n"
  "  --until TIME          only time buckets starting before TIME\n"
  "  --limit N             at most N rows (0, the default: all)\n"
  "  -h, --help            show this help and exit\n"
  "\n"
  "TIME is a UTC date (2024-10-01), a date and time (2024-10-01T12:00:00Z,\n"
  "2024-10-01T19:00+07:00) or Unix seconds.  See pressprobe-domains(1).\n";

static void usage(FILE *f)
{
  fputs(usage_text, f);
}

/* ---- TIME ------------------------------------------------------------- */

/* Exactly n decimal digits at *p; advances. */
static bool digits(const char **p, int n, int *out)
{
  int v = 0, i;
  for(i = 0; i < n; i++) {
    if((*p)[i] < '0' || (*p)[i] > '9')
      return false;
    v = v * 10 + ((*p)[i] - '0');
  }
  *p += n;
  *out = v;
  return true;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil). */
static int64_t days_from_civil(int y, int m, int d)
{
  int64_t era, yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static int days_in_month(int y, int m)
{
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

/*
 * Unix seconds, "YYYY-MM-DD", or "YYYY-MM-DD[T ]HH:MM[:SS][Z|+HH:MM|-HH:MM]"
 * (UTC when no zone is given).  Returns 0 and *out in usec, or -1.
 */
static int parse_time(const char *s, pp_usec_t *out)
{
  int y, mo, d, h = 0, mi = 0, sec = 0, zh = 0, zm = 0, sign = 0;
  int64_t t;
  const char *p = s;

  if(*s && strspn(s, "0123456789") == strlen(s)) {
    char *end;
    unsigned long long v;
    errno = 0;
    v = strtoull(s, &end, 10);
    if(errno || *end || v > TIME_MAX_SECONDS)
      return -1;
    *out = (pp_usec_t)v * 1000000;
    return 0;
  }
  if(!digits(&p, 4, &y) || *p++ != '-' || !digits(&p, 2, &mo) ||
     *p++ != '-' || !digits(&p, 2, &d))
    return -1;
  if(*p == 'T' || *p == ' ') {
    p++;
    if(!digits(&p, 2, &h) || *p++ != ':' || !digits(&p, 2, &mi))
      return -1;
    if(*p == ':' && (p++, !digits(&p, 2, &sec)))
      return -1;
    if(*p == 'Z')
      p++;
    else if(*p == '+' || *p == '-') {
      sign = *p++ == '-' ? -1 : 1;
      if(!digits(&p, 2, &zh) || *p++ != ':' || !digits(&p, 2, &zm) ||
         zh > 23 || zm > 59)
        return -1;
    }
  }
  if(*p || y < 1970 || mo < 1 || mo > 12 || d < 1 ||
     d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 59)
    return -1;
  t = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
  t -= sign * (zh * 3600 + zm * 60);
  if(t < 0)
    return -1;
  *out = (pp_usec_t)t * 1000000;
  return 0;
}

/* ---- CSV (RFC 4180) ---------------------------------------------------- */

static int csv_row(void *user, const struct store_row *r)
{
  char first[PP_TIME_ISO_LEN], last[PP_TIME_ISO_LEN], via[PP_VIA_STRLEN];
  (void)user;
  tool_csv_field(r->name, false);
  tool_csv_field(r->site, false);
  tool_csv_field(pp_time_iso(r->first_seen, first, sizeof(first)), false);
  tool_csv_field(pp_time_iso(r->last_seen, last, sizeof(last)), false);
  printf("%llu,%llu,%llu,%.0f,", (unsigned long long)r->flows,
         (unsigned long long)r->packets,
         (unsigned long long)(r->bytes_up + r->bytes_down), round(r->clients));
  tool_csv_field(pp_via_str(r->via, via), true);
  return ferror(stdout) ? PP_EIO : 0;
}

/* ---- JSON -------------------------------------------------------------- */

static int json_row(void *user, const struct store_row *r)
{
  size_t *n = user, i;
  char via[PP_VIA_STRLEN];
  const char *p;
  struct pp_jsonw w;

  fputs(*n ? ",\n" : "[\n", stdout);
  ++*n;
  jsonw_init(&w, stdout);
  jsonw_obj_begin(&w);
  jsonw_key(&w, "name");
  jsonw_str(&w, r->name);
  jsonw_key(&w, "site");
  jsonw_str(&w, r->site);
  jsonw_key(&w, "unicode");
  jsonw_str(&w, r->unicode);
  jsonw_key(&w, "first_seen");
  jsonw_time(&w, r->first_seen);
  jsonw_key(&w, "last_seen");
  jsonw_time(&w, r->last_seen);
  jsonw_key(&w, "flows");
  jsonw_u64(&w, r->flows);
  jsonw_key(&w, "packets");
  jsonw_u64(&w, r->packets);
  jsonw_key(&w, "bytes_up");
  jsonw_u64(&w, r->bytes_up);
  jsonw_key(&w, "bytes_down");
  jsonw_u64(&w, r->bytes_down);
  jsonw_key(&w, "bytes");
  jsonw_u64(&w, r->bytes_up + r->bytes_down);
  jsonw_key(&w, "lookups");
  jsonw_u64(&w, r->lookups);
  jsonw_key(&w, "clients");
  jsonw_u64(&w, (uint64_t)llround(r->clients));
  jsonw_key(&w, "via");
  jsonw_arr_begin(&w);
  for(p = pp_via_str(r->via, via); *p; p += strcspn(p, ";"), p += *p == ';')
    jsonw_strn(&w, p, strcspn(p, ";"));
  jsonw_arr_end(&w);
  jsonw_key(&w, "proto");
  jsonw_str(&w, r->proto);
  jsonw_key(&w, "category");
  jsonw_str(&w, r->category);
  jsonw_key(&w, "servers");
  jsonw_arr_begin(&w);
  for(i = 0; i < r->n_servers; i++)
    jsonw_str(&w, r->servers[i]);
  jsonw_arr_end(&w);
  jsonw_key(&w, "paths");
  jsonw_arr_begin(&w);
  for(i = 0; i < r->n_paths; i++) {
    jsonw_obj_begin(&w);
    jsonw_key(&w, "path");
    jsonw_str(&w, r->paths[i]);
    jsonw_key(&w, "hits");
    jsonw_u64(&w, r->path_hits[i]);
    jsonw_obj_end(&w);
  }
  jsonw_arr_end(&w);
  jsonw_obj_end(&w);
  return jsonw_error(&w) ? PP_EIO : 0;
}

/* ---- table ------------------------------------------------------------- */

/* A row kept until the column widths are known. */
struct trow {
  char *name;      /* terminal-safe display form */
  size_t width;    /* its width in columns (code points) */
  uint64_t clients, flows, bytes;
  pp_usec_t first, last;
  unsigned via;
};

struct table {
  struct trow *rows;
  size_t n, cap;
};

static int table_row(void *user, const struct store_row *r)
{
  struct table *t = user;
  struct trow *row;
  size_t cap, len = 0, width = 0;

  if(t->n == t->cap) {
    size_t ncap = t->cap ? t->cap * 2 : 64;
    struct trow *nr = pp_realloc(t->rows, ncap * sizeof(*nr));
    if(!nr)
      return PP_ENOMEM;
    t->rows = nr;
    t->cap = ncap;
  }
  row = &t->rows[t->n];
  /* "ascii (unicode)": the ASCII form is what the network saw and cannot
   * hide a homograph; the Unicode form is what people read. */
  cap = strlen(r->name) + (r->unicode ? strlen(r->unicode) : 0) + 8;
  row->name = pp_malloc(cap);
  if(!row->name)
    return PP_ENOMEM;
  tool_term_append(row->name, &len, cap, r->name, &width);
  if(r->unicode) {
    tool_term_append(row->name, &len, cap, " (", &width);
    tool_term_append(row->name, &len, cap, r->unicode, &width);
    tool_term_append(row->name, &len, cap, ")", &width);
  }
  row->width = width;
  row->clients = (uint64_t)llround(r->clients);
  row->flows = r->flows;
  row->bytes = r->bytes_up + r->bytes_down;
  row->first = r->first_seen;
  row->last = r->last_seen;
  row->via = r->via;
  t->n++;
  return 0;
}

/* 1536 -> "1.5 KiB" */
static char *human_bytes(uint64_t v, char *buf, size_t cap)
{
  static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB",
                                      "EiB"};
  double x = (double)v;
  size_t u = 0;
  if(v < 1024) {
    snprintf(buf, cap, "%u B", (unsigned)v);
    return buf;
  }
  x /= 1024;
  while(x >= 1024 && u + 1 < PP_ARRAY_LEN(units)) {
    x /= 1024;
    u++;
  }
  snprintf(buf, cap, "%.1f %s", x, units[u]);
  return buf;
}

static void table_print(const struct table *t)
{
  size_t i, w = strlen("NAME");
  for(i = 0; i < t->n; i++)
    w = PP_MAX(w, PP_MIN(t->rows[i].width, TABLE_NAME_WIDTH_MAX));
  printf("%-*s %8s %10s %10s  %-20s  %-20s  %s\n", (int)w, "NAME",
         "CLIENTS", "FLOWS", "BYTES", "FIRST SEEN", "LAST SEEN", "VIA");
  for(i = 0; i < t->n; i++) {
    const struct trow *r = &t->rows[i];
    char first[PP_TIME_ISO_LEN], last[PP_TIME_ISO_LEN], bytes[16];
    char via[PP_VIA_STRLEN];
    /* printf pads by bytes; pad by columns for UTF-8 names. */
    fputs(r->name, stdout);
    printf("%*s %8llu %10llu %10s  %-20s  %-20s  %s\n",
           (int)(w > r->width ? w - r->width : 0), "",
           (unsigned long long)r->clients, (unsigned long long)r->flows,
           human_bytes(r->bytes, bytes, sizeof(bytes)),
           pp_time_iso(r->first, first, sizeof(first)),
           pp_time_iso(r->last, last, sizeof(last)),
           r->via ? pp_via_str(r->via, via) : "-");
  }
}

static void table_free(struct table *t)
{
  size_t i;
  for(i = 0; i < t->n; i++)
    pp_free(t->rows[i].name);
  pp_free(t->rows);
}

/* ---- the command ------------------------------------------------------- */

enum { OPT_DB = 256, OPT_FORMAT, OPT_SITES, OPT_SINCE, OPT_UNTIL, OPT_LIMIT };

static const struct option options[] = {
  {"db", required_argument, NULL, OPT_DB},
  {"format", required_argument, NULL, OPT_FORMAT},
  {"sites", no_argument, NULL, OPT_SITES},
  {"since", required_argument, NULL, OPT_SINCE},
  {"until", required_argument, NULL, OPT_UNTIL},
  {"limit", required_argument, NULL, OPT_LIMIT},
  {"help", no_argument, NULL, 'h'},
  {NULL, 0, NULL, 0},
};

static int bad_usage(const char *fmt, ...) PP_PRINTF(1, 2);
static int bad_usage(const char *fmt, ...)
{
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof(msg), fmt, ap);
  va_end(ap);
  tool_err("%s", msg);
  usage(stderr);
  return EXIT_USAGE;
}

int cmd_domains(int argc, char **argv)
{
  struct store_query q = {0};
  enum format fmt = FMT_TABLE;
  const char *db = NULL;
  struct pp_store *st = NULL;
  struct table table = {0};
  char errbuf[PP_ERRBUF_SIZE];
  size_t n_json = 0;
  uint64_t limit;
  int c, rc;

  opterr = 0;   /* our own messages, with the command's prefix */
  while((c = getopt_long(argc, argv, ":h", options, NULL)) != -1) {
    switch(c) {
    case OPT_DB:
      db = optarg;
      break;
    case OPT_FORMAT:
      if(!strcmp(optarg, "table"))
        fmt = FMT_TABLE;
      else if(!strcmp(optarg, "csv"))
        fmt = FMT_CSV;
      else if(!strcmp(optarg, "json"))
        fmt = FMT_JSON;
      else
        return bad_usage("invalid value for --format: '%s' (expected "
                         "table, csv or json)", optarg);
      break;
    case OPT_SITES:
      q.by_site = true;
      break;
    case OPT_SINCE:
    case OPT_UNTIL:
      if(parse_time(optarg, c == OPT_SINCE ? &q.since : &q.until))
        return bad_usage("invalid value for %s: '%s' (expected 2024-10-01, "
                         "2024-10-01T12:00:00Z or Unix seconds)",
                         c == OPT_SINCE ? "--since" : "--until", optarg);
      break;
    case OPT_LIMIT:
      if(tool_parse_u64("--limit", optarg, 0, SIZE_MAX, &limit)) {
        usage(stderr);
        return EXIT_USAGE;
      }
      q.limit = (size_t)limit;
      break;
    case 'h':
      usage(stdout);
      return EXIT_OK;
    case ':':
      return bad_usage("option %s needs a value", argv[optind - 1]);
    default:
      return bad_usage("unknown option '%s'", argv[optind - 1]);
    }
  }
  if(optind < argc)
    return bad_usage("unexpected argument '%s'", argv[optind]);
  if(!db)
    return bad_usage("missing --db PATH");
  if(q.since && q.until && q.since >= q.until)
    return bad_usage("--since must be before --until");

  rc = store_open(db, STORE_RDONLY, &st, errbuf);
  if(rc == PP_ENOENT) {
    tool_err("%s (no store yet: run 'pressprobe capture' first)", errbuf);
    return EXIT_FATAL;
  }
  if(rc) {
    tool_err("%s", errbuf);
    return EXIT_FATAL;
  }

  switch(fmt) {
  case FMT_CSV:
    fputs("name,site,first_seen,last_seen,flows,packets,bytes,clients,via\n",
          stdout);
    rc = store_query_names(st, &q, csv_row, NULL);
    break;
  case FMT_JSON:
    rc = store_query_names(st, &q, json_row, &n_json);
    fputs(n_json ? "\n]\n" : "[]\n", stdout);
    break;
  case FMT_TABLE:
    rc = store_query_names(st, &q, table_row, &table);
    if(!rc)
      table_print(&table);
    break;
  }
  if(rc && rc != PP_EIO)
    tool_err("%s: %s", db, rc == PP_ENOMEM ? pp_strerror(rc)
                                           : store_errmsg(st));
  table_free(&table);
  store_close(st);
  if(fflush(stdout) || ferror(stdout) || rc == PP_EIO) {
    if(rc == PP_OK || rc == PP_EIO)
      tool_err("cannot write the listing: %s", strerror(errno));
    return EXIT_FATAL;
  }
  return rc ? EXIT_FATAL : EXIT_OK;
}
