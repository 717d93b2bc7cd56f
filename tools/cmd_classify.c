/*
 * cmd_classify.c: `pressprobe classify`, site verdicts from fetched pages.
 *
 *   pressprobe classify --db PATH [--warc FILE|DIR ...] [--warc-dir DIR]
 *                       [--rules DIR] [--geoip-db FILE] [--asn-db FILE]
 *                       [--max-pages N] [-q]
 *
 * Pages come from the WARC files named with --warc (files, or folders
 * whose *.warc and *.warc.gz files are read), or, without --warc, from
 * the files the crawler recorded in the store's fetches table, found in
 * --warc-dir.  Every site is classified (classify.h) and its verdict,
 * signals, hits, pages and sources replace the site's previous ones in
 * the store (pp_store_sites.h).  See pressprobe-classify(1).
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "classify.h"
#include "geoip.h"
#include "pp_addr.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_siphash.h"
#include "pp_store.h"
#include "pp_store_sites.h"
#include "rules.h"
#include "tool.h"

#define COMMIT_EVERY 64          /* sites per store transaction */
#define WARC_ARGS_MAX 4096

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
  (void)sig;
  stop_requested = 1;
}

static void usage(FILE *f)
{
  fputs(
"Usage: pressprobe classify --db PATH [--warc FILE|DIR ...] [OPTIONS]\n"
"\n"
"Classify every fetched site as press-like, aggregator, social, other or\n"
"unreachable from its pages, with the evidence of each signal, and keep\n"
"the verdicts in the store (list them with 'pressprobe sites', explain\n"
"one with 'pressprobe explain').\n"
"\n"
"Pages come from the WARC files given with --warc (any tool's: wget,\n"
"Heritrix, warcio, pressprobe crawl); without --warc, from the files the\n"
"crawler recorded in the store, found in --warc-dir.\n"
"\n"
"Options:\n"
"      --db PATH            the store (required; created when absent)\n"
"      --warc FILE|DIR      a WARC file (.warc or .warc.gz), or a folder of\n"
"                           them; repeatable\n"
"      --warc-dir DIR       where the crawler's WARC files are (without\n"
"                           --warc)\n"
"      --rules DIR          signal rules (default: the installed ones)\n"
"      --geoip-db FILE      MaxMind-format country database (optional)\n"
"      --asn-db FILE        MaxMind-format ASN database (optional)\n"
"      --max-pages N        pages classified per site (default 200)\n"
"  -q, --quiet              no summary at the end\n"
"  -h, --help               this help\n"
"  -V, --version            version\n"
"\n"
"Exit status: 0 done; 1 fatal error (rules refused, store or WARC files\n"
"unreadable); 2 done, but some WARC records were damaged and skipped, or\n"
"interrupted; 64 usage error.  See pressprobe-classify(1).\n", f);
}

enum {
  OPT_DB = 256, OPT_WARC, OPT_WARC_DIR, OPT_RULES, OPT_GEOIP, OPT_ASN,
  OPT_MAX_PAGES,
};

static const struct option longopts[] = {
  {"db", required_argument, NULL, OPT_DB},
  {"warc", required_argument, NULL, OPT_WARC},
  {"warc-dir", required_argument, NULL, OPT_WARC_DIR},
  {"rules", required_argument, NULL, OPT_RULES},
  {"geoip-db", required_argument, NULL, OPT_GEOIP},
  {"asn-db", required_argument, NULL, OPT_ASN},
  {"max-pages", required_argument, NULL, OPT_MAX_PAGES},
  {"quiet", no_argument, NULL, 'q'},
  {"help", no_argument, NULL, 'h'},
  {"version", no_argument, NULL, 'V'},
  {NULL, 0, NULL, 0},
};

struct run {
  const struct ruleset *rs;
  struct pp_store *st;
  struct geoip *geo;
  int64_t run_id;
  pp_usec_t now;
  char rules_id[512];
  size_t in_txn;
  uint64_t per_class[SIG_CLASS_COUNT];
  int err;
};

static pp_usec_t now_usec(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (pp_usec_t)ts.tv_sec * 1000000 + (pp_usec_t)ts.tv_nsec / 1000;
}

static double mono(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The rule set's identity: its folder and a fingerprint of everything
 * that decides a verdict (ids, weights, caps, phrases, values,
 * thresholds), so a verdict names the rules that made it. */
static void rules_identity(const struct ruleset *rs, char *out, size_t cap)
{
  static const uint8_t key[PP_SIPHASH_KEYLEN] = {0};
  uint64_t h = 0;
  size_t i, k;
  char num[64];

#define MIX(p, n) (h ^= pp_siphash24(key, (p), (n)) + (h << 7) + (h >> 3))
  for(i = 0; i < rs->n; i++) {
    const struct rule_signal *s = &rs->sig[i];
    MIX(s->id, strlen(s->id) + 1);
    snprintf(num, sizeof(num), "%d/%d/%u/%u/%d/%u", s->weight,
             (int)s->towards, s->max, s->regions, (int)s->detector, s->min);
    MIX(num, strlen(num) + 1);
    for(k = 0; k < s->n_phrases; k++)
      MIX(s->phrases[k], strlen(s->phrases[k]) + 1);
    for(k = 0; k < s->n_values; k++)
      MIX(s->values[k], strlen(s->values[k]) + 1);
  }
  MIX(rs->scoring.threshold, sizeof(rs->scoring.threshold));
#undef MIX
  {
    char *real = rs->dir ? realpath(rs->dir, NULL) : NULL;
    snprintf(out, cap, "%s (%zu signals, fingerprint %016llx)",
             real ? real : rs->dir ? rs->dir : "?", rs->n,
             (unsigned long long)h);
    free(real);
  }
}

static const char *base_name(const char *path)
{
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

/* The server address seen most often on the site's pages. */
static const char *main_server(const struct classify_site *s)
{
  const char *best = NULL;
  size_t i, j, best_n = 0;
  for(i = 0; i < s->n_pages; i++) {
    size_t n = 0;
    if(!s->pages[i].ip[0])
      continue;
    for(j = 0; j < s->n_pages; j++)
      n += !strcmp(s->pages[i].ip, s->pages[j].ip);
    if(n > best_n) {
      best = s->pages[i].ip;
      best_n = n;
    }
  }
  return best;
}

static int commit_batch(struct run *r, bool force)
{
  int rc;
  if(!r->in_txn || (!force && r->in_txn < COMMIT_EVERY))
    return PP_OK;
  rc = store_commit(r->st);
  r->in_txn = 0;
  return rc;
}

static int on_site(void *ctx, const struct classify_site *s)
{
  struct run *r = ctx;
  const struct sig_site *a = s->acc;
  const struct sig_verdict *v = s->verdict;
  const struct footer_result *fr = a->have_footer ? &a->footer : NULL;
  struct store_verdict sv = {0};
  struct store_vsignal *sig = NULL;
  struct store_vhit *hits = NULL;
  struct store_vpage *pages = NULL;
  const char **sources = NULL;
  struct store_vattrib *attribs = NULL;
  struct store_site_result res;
  struct geoip_info gi;
  char date[16], ipbuf[64], findings[4][128];
  size_t i, n_hits, n_findings = 0;
  int rc;

  if(stop_requested)
    return PP_EAGAIN;
  sig = pp_calloc(v->n_fired + 1, sizeof(*sig));
  hits = pp_calloc(a->n_hits + v->n_fired + 1, sizeof(*hits));
  pages = pp_calloc(s->n_pages + 1, sizeof(*pages));
  sources = pp_calloc(a->n_sources + 1, sizeof(*sources));
  attribs = pp_calloc(s->n_attribs + 1, sizeof(*attribs));
  if(!sig || !hits || !pages || !sources || !attribs) {
    rc = PP_ENOMEM;
    goto done;
  }
  sv.site = s->site;
  sv.cls = sig_class_name(v->cls);
  sv.run_id = r->run_id;
  sv.classified_at = r->now;
  sv.score = v->score[TOWARDS_PRESS];
  sv.score_aggregator = v->score[TOWARDS_AGGREGATOR];
  sv.score_social = v->score[TOWARDS_SOCIAL];
  sv.score_other = v->score[TOWARDS_OTHER];
  sv.pages = (unsigned)s->n_classified;
  sv.articles = (unsigned)a->n_articles;
  sv.attributed = (unsigned)a->n_attributed;
  sv.rules = r->rules_id;
  sv.hits_dropped = a->hits_dropped;
  if(fr && fr->n_licences) {
    const struct footer_licence *l = &fr->licences[0];
    sv.licence_number = l->number;
    sv.licence_kind = footer_kind_name(l->kind);
    sv.licence_issuer = l->issuer_text[0] ? l->issuer_text
                        : l->issuer ? footer_issuer_name(l->issuer) : NULL;
    if(l->issued.present && l->issued.valid) {
      snprintf(date, sizeof(date), "%04u-%02u-%02u", l->issued.year,
               l->issued.month, l->issued.day);
      sv.licence_date = date;
    }
  }
  if(fr && fr->n_people) {
    sv.responsible = fr->people[0].name;
    sv.responsible_title = fr->people[0].title[0] ? fr->people[0].title
                                                  : NULL;
  }
  sv.server_ip = main_server(s);
  if(sv.server_ip && r->geo) {
    struct pp_addr addr;
    snprintf(ipbuf, sizeof(ipbuf), "%s", sv.server_ip);
    if(pp_addr_parse(&addr, ipbuf) == PP_OK &&
       geoip_lookup(r->geo, &addr, &gi) == PP_OK) {
      sv.country = gi.country[0] ? gi.country : NULL;
      sv.asn = gi.asn;
      sv.as_org = gi.as_org[0] ? gi.as_org : NULL;
    }
  }

  for(i = 0; i < v->n_fired; i++) {
    const struct rule_signal *rsig = &r->rs->sig[v->fired[i].signal];
    sig[i].signal = rsig->id;
    sig[i].title = rsig->title;
    sig[i].basis = rsig->basis;
    sig[i].certainty = rules_certainty_name(rsig->certainty);
    sig[i].towards = rules_towards_name(rsig->towards);
    sig[i].weight = rsig->weight;
    sig[i].pages = v->fired[i].pages;
    sig[i].contribution = v->fired[i].contribution;
  }
  for(i = 0; i < a->n_hits; i++) {
    const struct sig_hit *h = &a->hits[i];
    hits[i].signal = r->rs->sig[h->signal].id;
    /* the site's name is no page's: a site-level finding */
    hits[i].page_url = h->region == REG_DOMAIN || h->page >= a->n_pages
                       ? NULL : a->urls[h->page];
    hits[i].region = h->region < REG_COUNT
                     ? rules_region_name((enum rule_region)h->region)
                     : "detector";
    hits[i].text = h->text;
    hits[i].context = h->context;
  }
  n_hits = a->n_hits;
  /* Site-level detectors decided at the verdict leave no hit of their
   * own: say what they counted. */
  for(i = 0; i < v->n_fired; i++) {
    const struct rule_signal *rsig = &r->rs->sig[v->fired[i].signal];
    if(rsig->detector != DET_ATTRIBUTED && rsig->detector != DET_UNATTRIBUTED)
      continue;
    if(n_findings == PP_ARRAY_LEN(findings))
      break;
    snprintf(findings[n_findings], sizeof(findings[0]),
             "%zu of %zu articles have a source line (%s %u%%)",
             a->n_attributed, a->n_articles,
             rsig->detector == DET_ATTRIBUTED ? "at least" : "under",
             rsig->min);
    hits[n_hits].signal = rsig->id;
    hits[n_hits].page_url = NULL;
    hits[n_hits].region = "detector";
    hits[n_hits].text = findings[n_findings];
    hits[n_hits].context = "";
    n_hits++;
    n_findings++;
  }
  for(i = 0; i < s->n_pages; i++) {
    const struct classify_pageref *p = &s->pages[i];
    pages[i].url = p->url;
    pages[i].status = p->status;
    pages[i].outcome = clfpage_skip_name(p->skip);
    pages[i].article = p->article;
    pages[i].charset = p->charset[0] ? p->charset : NULL;
    pages[i].fetched_at = p->date;
    pages[i].server_ip = p->ip[0] ? p->ip : NULL;
    pages[i].warc_file = base_name(p->warc_file);
    pages[i].warc_offset = p->warc_offset;
    pages[i].record_id = p->record_id[0] ? p->record_id : NULL;
  }
  for(i = 0; i < a->n_sources; i++)
    sources[i] = a->sources[i];
  for(i = 0; i < s->n_attribs; i++) {
    const struct classify_attrib *ca = &s->attribs[i];
    attribs[i] = (struct store_vattrib){
      .page_url = ca->page_url, .source = ca->text,
      .source_url = ca->source_url, .warc_file = base_name(ca->warc_file),
      .warc_offset = ca->warc_offset,
      .record_id = ca->record_id && *ca->record_id ? ca->record_id : NULL,
    };
  }

  res = (struct store_site_result){
    .v = &sv, .signals = sig, .n_signals = v->n_fired, .hits = hits,
    .n_hits = n_hits, .pages = pages, .n_pages = s->n_pages,
    .sources = sources, .n_sources = a->n_sources,
    .attribs = attribs, .n_attribs = s->n_attribs,
  };
  rc = PP_OK;
  if(!r->in_txn)
    rc = store_begin(r->st);
  if(!rc) {
    r->in_txn++;
    rc = store_site_put(r->st, &res);
  }
  if(!rc)
    rc = commit_batch(r, false);
  if(!rc)
    r->per_class[v->cls]++;
done:
  if(rc && rc != PP_EAGAIN && rc != PP_ENOMEM)
    r->err = rc;
  pp_free(sig);
  pp_free(hits);
  pp_free(pages);
  pp_free(sources);
  pp_free(attribs);
  return rc;
}

/* ---- inputs ------------------------------------------------------------ */

static bool warc_name(const char *n)
{
  size_t l = strlen(n);
  return (l > 5 && !strcmp(n + l - 5, ".warc")) ||
         (l > 8 && !strcmp(n + l - 8, ".warc.gz"));
}

static int name_cmp(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

struct inputs {
  char **paths;
  size_t n;
};

static int add_path(struct inputs *in, const char *dir, const char *name)
{
  char **np;
  size_t len;
  char *p;
  if(in->n >= CLASSIFY_FILES_MAX) {
    tool_err("more than %d WARC files in one run", CLASSIFY_FILES_MAX);
    return EXIT_FATAL;
  }
  len = (dir ? strlen(dir) + 1 : 0) + strlen(name) + 1;
  p = pp_malloc(len);
  np = pp_realloc(in->paths, (in->n + 1) * sizeof(*np));
  if(!p || !np) {
    pp_free(p);
    if(np)
      in->paths = np;
    tool_err("out of memory");
    return EXIT_FATAL;
  }
  in->paths = np;
  if(dir)
    snprintf(p, len, "%s/%s", dir, name);
  else
    snprintf(p, len, "%s", name);
  in->paths[in->n++] = p;
  return EXIT_OK;
}

/* A file as given, or a folder's WARC files in name order. */
static int add_warc_arg(struct inputs *in, const char *arg)
{
  struct stat sb;
  DIR *d;
  struct dirent *e;
  size_t first = in->n;
  int rc = EXIT_OK;

  if(stat(arg, &sb)) {
    tool_err("%s: %s", arg, strerror(errno));
    return EXIT_FATAL;
  }
  if(!S_ISDIR(sb.st_mode))
    return add_path(in, NULL, arg);
  d = opendir(arg);
  if(!d) {
    tool_err("%s: %s", arg, strerror(errno));
    return EXIT_FATAL;
  }
  while(!rc && (e = readdir(d)))
    if(e->d_name[0] != '.' && warc_name(e->d_name))
      rc = add_path(in, arg, e->d_name);
  closedir(d);
  if(!rc && in->n == first)
    tool_warn("%s: no .warc or .warc.gz files", arg);
  qsort(in->paths + first, in->n - first, sizeof(*in->paths), name_cmp);
  return rc;
}

struct from_store {
  struct inputs *in;
  const char *dir;
  int rc;
};

static int store_file(void *user, const char *name)
{
  struct from_store *f = user;
  /* A name from the store: a file in the folder, never a path. */
  if(strchr(name, '/') || !strcmp(name, "..") || !strcmp(name, ".")) {
    tool_warn("fetches name a WARC file '%s' that is not a plain file "
              "name: skipped", name);
    return PP_OK;
  }
  f->rc = add_path(f->in, f->dir, name);
  return f->rc ? PP_EAGAIN : PP_OK;
}

static int store_site(void *user, const char *site)
{
  return classify_add_site(user, site);
}

static void free_inputs(struct inputs *in)
{
  size_t i;
  for(i = 0; i < in->n; i++)
    pp_free(in->paths[i]);
  pp_free(in->paths);
}

/* ---- the command ------------------------------------------------------- */

struct opts {
  const char *db, *warc_dir, *rules, *geoip, *asn;
  const char *warcs[WARC_ARGS_MAX];
  size_t n_warcs;
  uint64_t max_pages;
  bool quiet;
};

static int parse_args(int argc, char **argv, struct opts *o)
{
  int c;
  opterr = 0;
  optind = 1;
  while((c = getopt_long(argc, argv, ":qhV", longopts, NULL)) != -1) {
    switch(c) {
    case OPT_DB: o->db = optarg; break;
    case OPT_WARC:
      if(o->n_warcs == WARC_ARGS_MAX) {
        tool_err("too many --warc (at most %d)", WARC_ARGS_MAX);
        return EXIT_USAGE;
      }
      o->warcs[o->n_warcs++] = optarg;
      break;
    case OPT_WARC_DIR: o->warc_dir = optarg; break;
    case OPT_RULES: o->rules = optarg; break;
    case OPT_GEOIP: o->geoip = optarg; break;
    case OPT_ASN: o->asn = optarg; break;
    case OPT_MAX_PAGES:
      if(tool_parse_u64("--max-pages", optarg, 1, 65535, &o->max_pages))
        return EXIT_USAGE;
      break;
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
  }
  if(optind < argc) {
    tool_err("unexpected argument '%s'", argv[optind]);
    usage(stderr);
    return EXIT_USAGE;
  }
  if(!o->db) {
    tool_err("missing --db PATH");
    usage(stderr);
    return EXIT_USAGE;
  }
  if(o->n_warcs && o->warc_dir) {
    tool_err("--warc-dir is for the crawler's files; give --warc or "
             "--warc-dir, not both");
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

static void summary(const struct classify_stats *cs, const struct run *r,
                    double secs)
{
  size_t k;
  fprintf(stderr, "pressprobe classify: %llu sites:",
          (unsigned long long)cs->sites);
  for(k = 0; k < SIG_CLASS_COUNT; k++)
    fprintf(stderr, " %llu %s%s", (unsigned long long)r->per_class[k],
            sig_class_name((enum sig_class)k),
            k + 1 < SIG_CLASS_COUNT ? "," : "\n");
  fprintf(stderr, "  %llu WARC files, %llu records, %llu responses; "
          "%llu pages classified (%.1f MB of HTML) in %.2f s\n",
          (unsigned long long)cs->files, (unsigned long long)cs->records,
          (unsigned long long)cs->responses,
          (unsigned long long)cs->skipped[CLFPAGE_PAGE],
          (double)cs->html_bytes / 1e6, secs);
  fprintf(stderr, "  not classified:");
  for(k = 1; k < CLFPAGE_SKIP_COUNT; k++)
    fprintf(stderr, " %s %llu,", clfpage_skip_name((enum clfpage_skip)k),
            (unsigned long long)cs->skipped[k]);
  fprintf(stderr, " duplicate %llu, revisit %llu, no site %llu, over "
          "--max-pages %llu, damaged %llu\n",
          (unsigned long long)cs->duplicates,
          (unsigned long long)cs->revisits,
          (unsigned long long)cs->no_site,
          (unsigned long long)cs->over_cap,
          (unsigned long long)cs->bad_records);
}

int cmd_classify(int argc, char **argv)
{
  struct opts o = {0};
  struct run r = {0};
  struct inputs in = {0};
  struct ruleset *rs = NULL;
  struct sig_engine *eng = NULL;
  struct classify *cl = NULL;
  struct classify_opts co = {0};
  struct classify_stats cs;
  char dirbuf[4096], errbuf[PP_ERRBUF_SIZE], args[1024];
  int rc, status = EXIT_FATAL;
  size_t i;
  double t0;

  rc = parse_args(argc, argv, &o);
  if(rc)
    return rc;
  t0 = mono();
  rs = tool_load_rules(o.rules ? o.rules
                               : rules_default_dir(dirbuf, sizeof(dirbuf)));
  if(!rs)
    return EXIT_FATAL;
  r.rs = rs;
  rules_identity(rs, r.rules_id, sizeof(r.rules_id));
  rc = sig_engine_new(rs, &eng);
  if(rc) {
    tool_err("the rule set cannot be compiled: %s", pp_strerror(rc));
    goto out;
  }
  if(o.geoip || o.asn) {
    rc = geoip_open(o.geoip, o.asn, &r.geo, errbuf);
    if(rc) {
      tool_err("%s", errbuf);
      goto out;
    }
  }
  rc = store_open(o.db, STORE_RDWR, &r.st, errbuf);
  if(rc) {
    tool_err("%s", errbuf);
    goto out;
  }
  co.max_pages = (size_t)o.max_pages;
  rc = classify_new(eng, &co, &cl);
  if(rc) {
    tool_err("%s", pp_strerror(rc));
    goto out;
  }

  for(i = 0; i < o.n_warcs; i++)
    if((rc = add_warc_arg(&in, o.warcs[i])))
      goto out_rc;
  if(!o.n_warcs) {
    struct from_store fs = {.in = &in, .dir = o.warc_dir};
    if(!o.warc_dir) {
      tool_err("no pages to classify: give --warc FILE|DIR, or --warc-dir "
               "DIR with the crawler's WARC files");
      store_close(r.st);
      r.st = NULL;
      status = EXIT_USAGE;
      goto out;
    }
    rc = store_fetch_files(r.st, store_file, &fs);
    if(fs.rc) {
      rc = fs.rc;
      goto out_rc;
    }
    if(!rc)
      rc = store_fetch_sites(r.st, store_site, cl);
    if(rc) {
      tool_err("%s: %s", o.db, store_errmsg(r.st));
      goto out;
    }
    if(!in.n)
      tool_warn("%s: the crawler recorded no WARC file", o.db);
  }

  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  snprintf(args, sizeof(args), "%zu WARC files; rules %s", in.n,
           r.rules_id);
  r.now = now_usec();
  if(store_run_start(r.st, "classify", args, r.now, &r.run_id))
    r.run_id = 0;
  for(i = 0; i < in.n && !stop_requested; i++) {
    rc = classify_add_warc(cl, in.paths[i], errbuf);
    if(rc) {
      tool_err("%s", errbuf);
      goto out;
    }
  }
  rc = stop_requested ? PP_EAGAIN : classify_run(cl, on_site, &r, errbuf);
  if(!rc)
    rc = commit_batch(&r, true);
  else if(r.in_txn) {
    /* What was classified before the stop is kept. */
    if(commit_batch(&r, true))
      store_rollback(r.st);
  }
  classify_get_stats(cl, &cs);
  if(rc == PP_EAGAIN) {
    tool_warn("interrupted: %llu sites classified and kept",
              (unsigned long long)cs.sites);
    status = EXIT_PARTIAL;
  } else if(rc) {
    if(r.err)
      tool_err("%s: %s", o.db, store_errmsg(r.st));
    else if(errbuf[0])
      tool_err("%s", errbuf);
    else
      tool_err("%s", pp_strerror(rc));
    goto out;
  } else {
    status = cs.bad_records ? EXIT_PARTIAL : EXIT_OK;
    if(cs.bad_records)
      tool_warn("%llu damaged WARC records skipped",
                (unsigned long long)cs.bad_records);
  }
  if(r.run_id) {
    char stats[512];
    snprintf(stats, sizeof(stats),
             "{\"sites\":%llu,\"pages\":%llu,\"records\":%llu,"
             "\"damaged\":%llu}", (unsigned long long)cs.sites,
             (unsigned long long)cs.skipped[CLFPAGE_PAGE],
             (unsigned long long)cs.records,
             (unsigned long long)cs.bad_records);
    store_run_finish(r.st, r.run_id, now_usec(), status, stats);
  }
  if(!o.quiet)
    summary(&cs, &r, mono() - t0);
  goto out;
out_rc:
  status = rc;
out:
  classify_free(cl);
  store_close(r.st);
  geoip_close(r.geo);
  sig_engine_free(eng);
  rules_free(rs);
  free_inputs(&in);
  return status;
}
