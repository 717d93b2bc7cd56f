/*
 * cmd_sites.c: the verdicts of `pressprobe classify`, from the store.
 *
 *   pressprobe sites --db PATH [--format table|csv|json] [--class C]
 *                    [--limit N]
 *   pressprobe explain SITE --db PATH [--format text|json]
 *
 * `sites` lists one row per site, most press-like first; its CSV header
 * and JSON member names are a stable interface (pressprobe-sites(1)).
 * `explain` prints everything behind one verdict: the scores, the
 * signals with their weight and legal basis, every hit with its page,
 * region and the matched text in context, the pages looked at with
 * their WARC evidence, and the source attributions seen.
 *
 * Every text shown on a terminal went through tool_term_append (page
 * text is hostile: no escape sequences reach the terminal); CSV fields
 * from pages are protected against spreadsheet formulas.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_json.h"
#include "pp_store.h"
#include "pp_store_sites.h"
#include "tool.h"

#define TERM_MAX 2048            /* bytes of one text shown */

enum format { FMT_TABLE, FMT_CSV, FMT_JSON, FMT_TEXT };

static const char *const classes[] = {
  "press-like", "aggregator", "social", "other", "unreachable",
};

/* Text for the terminal (see above), in a static buffer per slot. */
static const char *term(const char *s, unsigned slot)
{
  static char buf[4][TERM_MAX];
  size_t len = 0;
  buf[slot & 3][0] = '\0';
  tool_term_append(buf[slot & 3], &len, TERM_MAX, s ? s : "", NULL);
  return buf[slot & 3];
}

static int open_store(const char *db, struct pp_store **st)
{
  char errbuf[PP_ERRBUF_SIZE];
  int rc = store_open(db, STORE_RDONLY, st, errbuf);
  if(rc == PP_ENOENT) {
    tool_err("%s (no store yet: run 'pressprobe classify' first)", errbuf);
    return EXIT_FATAL;
  }
  if(rc) {
    tool_err("%s", errbuf);
    if(rc == PP_EFORMAT || strstr(errbuf, "schema"))
      tool_err("(a store of an older pressprobe is upgraded by the next "
               "'pressprobe classify' on it)");
    return EXIT_FATAL;
  }
  return EXIT_OK;
}

static int finish(int rc, struct pp_store *st, const char *db)
{
  if(rc && rc != PP_EIO)
    tool_err("%s: %s", db, rc == PP_ENOMEM ? pp_strerror(rc)
                                           : store_errmsg(st));
  store_close(st);
  if(fflush(stdout) || ferror(stdout) || rc == PP_EIO) {
    if(rc == PP_OK || rc == PP_EIO)
      tool_err("cannot write the listing: %s", strerror(errno));
    return EXIT_FATAL;
  }
  return rc ? EXIT_FATAL : EXIT_OK;
}

static void json_opt_str(struct pp_jsonw *w, const char *key, const char *v)
{
  jsonw_key(w, key);
  if(v)
    jsonw_str(w, v);
  else
    jsonw_null(w);
}

/* The verdict's members (inside an open object). */
static void json_verdict(struct pp_jsonw *w, const struct store_verdict *v)
{
  jsonw_key(w, "site");
  jsonw_str(w, v->site);
  jsonw_key(w, "class");
  jsonw_str(w, v->cls);
  jsonw_key(w, "score");
  jsonw_i64(w, v->score);
  jsonw_key(w, "scores");
  jsonw_obj_begin(w);
  jsonw_key(w, "press-like");
  jsonw_i64(w, v->score);
  jsonw_key(w, "aggregator");
  jsonw_i64(w, v->score_aggregator);
  jsonw_key(w, "social");
  jsonw_i64(w, v->score_social);
  jsonw_key(w, "other");
  jsonw_i64(w, v->score_other);
  jsonw_obj_end(w);
  jsonw_key(w, "pages");
  jsonw_u64(w, v->pages);
  jsonw_key(w, "articles");
  jsonw_u64(w, v->articles);
  jsonw_key(w, "attributed_articles");
  jsonw_u64(w, v->attributed);
  jsonw_key(w, "licence");
  jsonw_obj_begin(w);
  json_opt_str(w, "number", v->licence_number);
  json_opt_str(w, "kind", v->licence_kind);
  json_opt_str(w, "issuer", v->licence_issuer);
  json_opt_str(w, "date", v->licence_date);
  jsonw_obj_end(w);
  jsonw_key(w, "responsible");
  jsonw_obj_begin(w);
  json_opt_str(w, "name", v->responsible);
  json_opt_str(w, "title", v->responsible_title);
  jsonw_obj_end(w);
  jsonw_key(w, "server");
  jsonw_obj_begin(w);
  json_opt_str(w, "address", v->server_ip);
  json_opt_str(w, "country", v->country);
  jsonw_key(w, "asn");
  if(v->asn)
    jsonw_u64(w, v->asn);
  else
    jsonw_null(w);
  json_opt_str(w, "as_org", v->as_org);
  jsonw_obj_end(w);
  jsonw_key(w, "classified_at");
  jsonw_time(w, v->classified_at);
  json_opt_str(w, "rules", v->rules);
  jsonw_key(w, "hits_dropped");
  jsonw_u64(w, v->hits_dropped);
}

/* ---- sites ------------------------------------------------------------- */

struct list_ctx {
  enum format fmt;
  size_t n;
};

static int site_row(void *user, const struct store_verdict *v,
                    const char *signals)
{
  struct list_ctx *c = user;
  char num[32];

  c->n++;
  switch(c->fmt) {
  case FMT_CSV:
    tool_csv_field(v->site, false);
    tool_csv_field(v->cls, false);
    snprintf(num, sizeof(num), "%d", v->score);
    tool_csv_field(num, false);
    snprintf(num, sizeof(num), "%u", v->pages);
    tool_csv_field(num, false);
    tool_csv_text(v->licence_number, false);
    tool_csv_text(v->licence_kind, false);
    tool_csv_text(v->licence_issuer, false);
    tool_csv_text(v->licence_date, false);
    tool_csv_text(v->responsible, false);
    tool_csv_field(signals, true);
    break;
  case FMT_JSON: {
    struct pp_jsonw w;
    const char *p;
    fputs(c->n > 1 ? ",\n" : "[\n", stdout);
    jsonw_init(&w, stdout);
    jsonw_obj_begin(&w);
    json_verdict(&w, v);
    jsonw_key(&w, "signals");
    jsonw_arr_begin(&w);
    for(p = signals; *p; p += strcspn(p, ";"), p += *p == ';')
      jsonw_strn(&w, p, strcspn(p, ";"));
    jsonw_arr_end(&w);
    jsonw_obj_end(&w);
    if(jsonw_error(&w))
      return PP_EIO;
    break;
  }
  default: {
    char lic[160], shown[TERM_MAX], top[256];
    size_t len = 0, w = 0, k = 0, n_sig = 0;
    const char *p;
    if(c->n == 1)
      printf("%-32s %-11s %5s %5s  %-30s %s\n", "SITE", "CLASS", "SCORE",
             "PAGES", "LICENCE", "TOP SIGNALS");
    snprintf(lic, sizeof(lic), "%s%s%s%s",
             v->licence_number ? v->licence_number : "-",
             v->licence_kind ? " (" : "",
             v->licence_kind ? v->licence_kind : "",
             v->licence_kind ? ")" : "");
    /* the three largest contributions, and how many more */
    top[0] = '\0';
    for(p = signals; *p; p += strcspn(p, ";"), p += *p == ';', n_sig++)
      if(n_sig < 3)
        k += (size_t)snprintf(top + k, k < sizeof(top) ? sizeof(top) - k : 0,
                              "%s%.*s", n_sig ? ", " : "",
                              (int)strcspn(p, ";"), p);
    if(n_sig > 3 && k < sizeof(top))
      snprintf(top + k, sizeof(top) - k, " +%zu", n_sig - 3);
    /* printf pads by bytes: pad the UTF-8 columns by characters */
    tool_term_append(shown, &len, sizeof(shown), v->site, &w);
    printf("%s%*s %-11s %5d %5u  ", shown, (int)(w < 32 ? 32 - w : 0), "",
           v->cls, v->score, v->pages);
    len = w = 0;
    tool_term_append(shown, &len, sizeof(shown), lic, &w);
    printf("%s%*s %s\n", shown, (int)(w < 30 ? 30 - w : 0), "",
           term(top, 2));
    break;
  }
  }
  return ferror(stdout) ? PP_EIO : PP_OK;
}

static void sites_usage(FILE *f)
{
  fputs(
"Usage: pressprobe sites --db PATH [OPTIONS]\n"
"\n"
"List the site verdicts of 'pressprobe classify', most press-like first.\n"
"\n"
"Options:\n"
"      --db PATH          the store (required)\n"
"      --format FORMAT    table (default), csv or json\n"
"      --class CLASS      only press-like, aggregator, social, other or\n"
"                         unreachable sites\n"
"      --limit N          at most N rows (0, the default: all)\n"
"  -h, --help             this help\n"
"\n"
"CSV columns: site,class,score,pages,licence_number,licence_kind,\n"
"licence_issuer,licence_date,responsible,signals (signals ';'-joined).\n"
"score is the press-like score.  See pressprobe-sites(1).\n", f);
}

static enum format parse_format(const char *s, bool text_ok)
{
  if(!strcmp(s, "csv") && !text_ok)
    return FMT_CSV;
  if(!strcmp(s, "json"))
    return FMT_JSON;
  if(!strcmp(s, "table") && !text_ok)
    return FMT_TABLE;
  if(!strcmp(s, "text") && text_ok)
    return FMT_TEXT;
  return (enum format)-1;
}

int cmd_sites(int argc, char **argv)
{
  static const struct option longopts[] = {
    {"db", required_argument, NULL, 'd'},
    {"format", required_argument, NULL, 'f'},
    {"class", required_argument, NULL, 'C'},
    {"limit", required_argument, NULL, 'n'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
  };
  struct store_site_query q = {0};
  struct list_ctx ctx = {.fmt = FMT_TABLE};
  struct pp_store *st;
  const char *db = NULL;
  size_t k;
  int c, rc;

  opterr = 0;
  optind = 1;
  while((c = getopt_long(argc, argv, ":hV", longopts, NULL)) != -1) {
    switch(c) {
    case 'd': db = optarg; break;
    case 'f':
      ctx.fmt = parse_format(optarg, false);
      if((int)ctx.fmt < 0) {
        tool_err("invalid value for --format: '%s' (expected table, csv or "
                 "json)", optarg);
        return EXIT_USAGE;
      }
      break;
    case 'C':
      for(k = 0; k < PP_ARRAY_LEN(classes); k++)
        if(!strcmp(optarg, classes[k]))
          break;
      if(k == PP_ARRAY_LEN(classes)) {
        tool_err("invalid value for --class: '%s' (expected press-like, "
                 "aggregator, social, other or unreachable)", optarg);
        return EXIT_USAGE;
      }
      q.cls = optarg;
      break;
    case 'n':
      if(tool_parse_u64("--limit", optarg, 0, UINT64_MAX, &q.limit))
        return EXIT_USAGE;
      break;
    case 'h': sites_usage(stdout); return EXIT_OK;
    case 'V': tool_version();
    case ':':
      tool_err("option %s needs a value", argv[optind - 1]);
      sites_usage(stderr);
      return EXIT_USAGE;
    default:
      tool_err("unknown option '%s'", argv[optind - 1]);
      sites_usage(stderr);
      return EXIT_USAGE;
    }
  }
  if(optind < argc) {
    tool_err("unexpected argument '%s'", argv[optind]);
    return EXIT_USAGE;
  }
  if(!db) {
    tool_err("missing --db PATH");
    sites_usage(stderr);
    return EXIT_USAGE;
  }
  if((rc = open_store(db, &st)))
    return rc;
  if(ctx.fmt == FMT_CSV)
    fputs("site,class,score,pages,licence_number,licence_kind,"
          "licence_issuer,licence_date,responsible,signals\n", stdout);
  rc = store_sites_query(st, &q, site_row, &ctx);
  if(ctx.fmt == FMT_JSON)
    fputs(ctx.n ? "\n]\n" : "[]\n", stdout);
  else if(ctx.fmt == FMT_TABLE && !ctx.n && !rc)
    fprintf(stderr, "pressprobe sites: no verdicts in %s (run 'pressprobe "
            "classify')\n", db);
  return finish(rc, st, db);
}

/* ---- explain ----------------------------------------------------------- */

struct sigrow {
  char *id, *title, *basis, *certainty, *towards;
  int weight, contribution;
  unsigned pages;
};

struct explain {
  enum format fmt;
  struct pp_jsonw w;
  struct sigrow *sig;
  size_t n_sig;
  bool found;
  char last_signal[128];
  size_t n_items;
};

static int keep_signal(void *user, const struct store_vsignal *s)
{
  struct explain *x = user;
  struct sigrow *ns = pp_realloc(x->sig, (x->n_sig + 1) * sizeof(*ns));
  struct sigrow *r;
  if(!ns)
    return PP_ENOMEM;
  x->sig = ns;
  r = &x->sig[x->n_sig];
  memset(r, 0, sizeof(*r));
  r->id = pp_strdup(s->signal ? s->signal : "");
  r->title = pp_strdup(s->title ? s->title : "");
  r->basis = pp_strdup(s->basis ? s->basis : "");
  r->certainty = pp_strdup(s->certainty ? s->certainty : "");
  r->towards = pp_strdup(s->towards ? s->towards : "");
  x->n_sig++;
  if(!r->id || !r->title || !r->basis || !r->certainty || !r->towards)
    return PP_ENOMEM;
  r->weight = s->weight;
  r->contribution = s->contribution;
  r->pages = s->pages;
  return PP_OK;
}

static const struct sigrow *find_signal(const struct explain *x,
                                        const char *id)
{
  size_t i;
  for(i = 0; i < x->n_sig; i++)
    if(!strcmp(x->sig[i].id, id))
      return &x->sig[i];
  return NULL;
}

static int verdict_head(void *user, const struct store_verdict *v,
                        const char *signals)
{
  struct explain *x = user;
  (void)signals;
  x->found = true;
  if(x->fmt == FMT_JSON) {
    json_verdict(&x->w, v);
    return PP_OK;
  }
  printf("site        %s\n", term(v->site, 0));
  printf("class       %s\n", v->cls);
  printf("scores      press-like %d, aggregator %d, social %d, other %d\n",
         v->score, v->score_aggregator, v->score_social, v->score_other);
  printf("pages       %u classified, %u articles, %u of them with a "
         "source line\n", v->pages, v->articles, v->attributed);
  if(v->licence_number)
    printf("licence     %s (%s)%s%s%s%s\n", term(v->licence_number, 0),
           v->licence_kind ? v->licence_kind : "?",
           v->licence_issuer ? ", " : "",
           v->licence_issuer ? term(v->licence_issuer, 1) : "",
           v->licence_date ? ", issued " : "",
           v->licence_date ? term(v->licence_date, 2) : "");
  else
    printf("licence     none found in the footers\n");
  if(v->responsible)
    printf("responsible %s%s%s%s\n", term(v->responsible, 0),
           v->responsible_title ? " (" : "",
           v->responsible_title ? term(v->responsible_title, 1) : "",
           v->responsible_title ? ")" : "");
  if(v->server_ip)
    printf("server      %s%s%s\n", term(v->server_ip, 0),
           v->country ? ", country " : "",
           v->country ? term(v->country, 1) : "");
  if(v->asn)
    printf("network     AS%u %s\n", (unsigned)v->asn,
           v->as_org ? term(v->as_org, 0) : "");
  printf("rules       %s\n", term(v->rules, 0));
  if(v->hits_dropped)
    printf("            (%u more hits found than kept)\n", v->hits_dropped);
  return PP_OK;
}

static int count_verdict(void *user, const struct store_verdict *v,
                         const char *signals)
{
  (void)v;
  (void)signals;
  *(bool *)user = true;
  return PP_OK;
}

static int print_hit(void *user, const struct store_vhit *h)
{
  struct explain *x = user;
  const struct sigrow *s = find_signal(x, h->signal);
  if(x->fmt == FMT_JSON) {
    jsonw_obj_begin(&x->w);
    jsonw_key(&x->w, "signal");
    jsonw_str(&x->w, h->signal);
    jsonw_key(&x->w, "weight");
    if(s)
      jsonw_i64(&x->w, s->weight);
    else
      jsonw_null(&x->w);
    json_opt_str(&x->w, "basis", s ? s->basis : NULL);
    json_opt_str(&x->w, "page", h->page_url);
    jsonw_key(&x->w, "region");
    jsonw_str(&x->w, h->region);
    jsonw_key(&x->w, "text");
    jsonw_str(&x->w, h->text);
    jsonw_key(&x->w, "context");
    jsonw_str(&x->w, h->context);
    jsonw_obj_end(&x->w);
    return x->w.err ? PP_EIO : PP_OK;
  }
  if(strcmp(x->last_signal, h->signal)) {
    printf("\n%s  weight %d  %s%s\n", term(h->signal, 0),
           s ? s->weight : 0, s ? "" : "(did not count) ",
           s ? term(s->title, 1) : "");
    if(s)
      printf("  basis: %s [%s]\n", term(s->basis, 0), s->certainty);
    snprintf(x->last_signal, sizeof(x->last_signal), "%s", h->signal);
  }
  printf("  - %s [%s]\n", h->page_url ? term(h->page_url, 0) : "(site)",
         h->region);
  if(h->context && *h->context)
    printf("    \"%s\"  in  \"%s\"\n", term(h->text, 1),
           term(h->context, 2));
  else
    printf("    %s\n", term(h->text, 1));
  return ferror(stdout) ? PP_EIO : PP_OK;
}

static int print_page(void *user, const struct store_vpage *p)
{
  struct explain *x = user;
  if(x->fmt == FMT_JSON) {
    jsonw_obj_begin(&x->w);
    jsonw_key(&x->w, "url");
    jsonw_str(&x->w, p->url);
    jsonw_key(&x->w, "status");
    if(p->status)
      jsonw_i64(&x->w, p->status);
    else
      jsonw_null(&x->w);
    jsonw_key(&x->w, "outcome");
    jsonw_str(&x->w, p->outcome);
    jsonw_key(&x->w, "article");
    jsonw_bool(&x->w, p->article);
    json_opt_str(&x->w, "charset", p->charset);
    jsonw_key(&x->w, "fetched_at");
    if(p->fetched_at)
      jsonw_time(&x->w, p->fetched_at);
    else
      jsonw_null(&x->w);
    json_opt_str(&x->w, "server", p->server_ip);
    json_opt_str(&x->w, "warc_file", p->warc_file);
    jsonw_key(&x->w, "warc_offset");
    if(p->warc_file)
      jsonw_u64(&x->w, p->warc_offset);
    else
      jsonw_null(&x->w);
    json_opt_str(&x->w, "record_id", p->record_id);
    jsonw_obj_end(&x->w);
    return x->w.err ? PP_EIO : PP_OK;
  }
  if(!x->n_items++)
    printf("\npages\n");
  printf("  %-3d %-8s %s%s\n", p->status, p->outcome, term(p->url, 0),
         p->article ? "  (article)" : "");
  if(p->warc_file)
    printf("      %s @ %llu%s%s\n", term(p->warc_file, 0),
           (unsigned long long)p->warc_offset, p->record_id ? "  " : "",
           p->record_id ? term(p->record_id, 1) : "");
  return ferror(stdout) ? PP_EIO : PP_OK;
}

static int print_source(void *user, const char *src)
{
  struct explain *x = user;
  if(x->fmt == FMT_JSON) {
    jsonw_str(&x->w, src);
    return x->w.err ? PP_EIO : PP_OK;
  }
  if(!x->n_items++)
    printf("\nsource lines\n");
  printf("  %s\n", term(src, 0));
  return ferror(stdout) ? PP_EIO : PP_OK;
}

static void explain_usage(FILE *f)
{
  fputs(
"Usage: pressprobe explain SITE --db PATH [--format text|json]\n"
"\n"
"Show everything behind a site's verdict: the scores; each signal that\n"
"fired with its weight, legal basis and every hit (page, region, the\n"
"matched text in its context); the pages looked at with their WARC\n"
"evidence; the source attributions its articles carry.\n"
"\n"
"      --db PATH          the store (required)\n"
"      --format FORMAT    text (default) or json\n"
"  -h, --help             this help\n"
"\n"
"See pressprobe-explain(1).\n", f);
}

int cmd_explain(int argc, char **argv)
{
  static const struct option longopts[] = {
    {"db", required_argument, NULL, 'd'},
    {"format", required_argument, NULL, 'f'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
  };
  struct explain x = {.fmt = FMT_TEXT};
  struct store_site_query q = {0};
  struct pp_store *st;
  const char *db = NULL, *site = NULL;
  size_t i;
  int c, rc;

  opterr = 0;
  optind = 1;
  while((c = getopt_long(argc, argv, ":hV", longopts, NULL)) != -1) {
    switch(c) {
    case 'd': db = optarg; break;
    case 'f':
      x.fmt = parse_format(optarg, true);
      if((int)x.fmt < 0) {
        tool_err("invalid value for --format: '%s' (expected text or "
                 "json)", optarg);
        return EXIT_USAGE;
      }
      break;
    case 'h': explain_usage(stdout); return EXIT_OK;
    case 'V': tool_version();
    case ':':
      tool_err("option %s needs a value", argv[optind - 1]);
      return EXIT_USAGE;
    default:
      tool_err("unknown option '%s'", argv[optind - 1]);
      explain_usage(stderr);
      return EXIT_USAGE;
    }
  }
  if(optind < argc)
    site = argv[optind++];
  if(optind < argc) {
    tool_err("one site at a time ('%s')", argv[optind]);
    return EXIT_USAGE;
  }
  if(!site || !db) {
    tool_err(!site ? "missing SITE" : "missing --db PATH");
    explain_usage(stderr);
    return EXIT_USAGE;
  }
  if((rc = open_store(db, &st)))
    return rc;
  q.site = site;
  rc = store_site_signals(st, site, keep_signal, &x);
  if(!rc)
    rc = store_sites_query(st, &q, count_verdict, &x.found);
  if(!rc && x.found) {
    x.found = false;
    if(x.fmt == FMT_JSON) {
      jsonw_init(&x.w, stdout);
      jsonw_obj_begin(&x.w);
    }
    rc = store_sites_query(st, &q, verdict_head, &x);
  }
  if(!rc && !x.found) {
    tool_err("%s: no verdict for '%s' (see 'pressprobe sites')", db, site);
    store_close(st);
    for(i = 0; i < x.n_sig; i++) {
      pp_free(x.sig[i].id);
      pp_free(x.sig[i].title);
      pp_free(x.sig[i].basis);
      pp_free(x.sig[i].certainty);
      pp_free(x.sig[i].towards);
    }
    pp_free(x.sig);
    return EXIT_FATAL;
  }
  if(!rc) {
    if(x.fmt == FMT_JSON) {
      jsonw_key(&x.w, "signals");
      jsonw_arr_begin(&x.w);
      for(i = 0; i < x.n_sig; i++) {
        const struct sigrow *s = &x.sig[i];
        jsonw_obj_begin(&x.w);
        jsonw_key(&x.w, "id");
        jsonw_str(&x.w, s->id);
        jsonw_key(&x.w, "title");
        jsonw_str(&x.w, s->title);
        jsonw_key(&x.w, "basis");
        jsonw_str(&x.w, s->basis);
        jsonw_key(&x.w, "certainty");
        jsonw_str(&x.w, s->certainty);
        jsonw_key(&x.w, "towards");
        jsonw_str(&x.w, s->towards);
        jsonw_key(&x.w, "weight");
        jsonw_i64(&x.w, s->weight);
        jsonw_key(&x.w, "pages");
        jsonw_u64(&x.w, s->pages);
        jsonw_key(&x.w, "contribution");
        jsonw_i64(&x.w, s->contribution);
        jsonw_obj_end(&x.w);
      }
      jsonw_arr_end(&x.w);
      jsonw_key(&x.w, "hits");
      jsonw_arr_begin(&x.w);
    } else {
      printf("\nsignals (weight x pages, capped = contribution)\n");
      for(i = 0; i < x.n_sig; i++)
        printf("  %-34s %-10s %3d x %-3u = %4d\n", term(x.sig[i].id, 0),
               x.sig[i].towards, x.sig[i].weight, x.sig[i].pages,
               x.sig[i].contribution);
      printf("\nhits\n");
    }
    rc = store_site_hits(st, site, print_hit, &x);
  }
  if(!rc) {
    x.n_items = 0;
    if(x.fmt == FMT_JSON) {
      jsonw_arr_end(&x.w);
      jsonw_key(&x.w, "page_records");
      jsonw_arr_begin(&x.w);
    }
    rc = store_site_pages(st, site, print_page, &x);
  }
  if(!rc) {
    x.n_items = 0;
    if(x.fmt == FMT_JSON) {
      jsonw_arr_end(&x.w);
      jsonw_key(&x.w, "sources");
      jsonw_arr_begin(&x.w);
    }
    rc = store_site_sources(st, site, print_source, &x);
    if(x.fmt == FMT_JSON) {
      jsonw_arr_end(&x.w);
      jsonw_obj_end(&x.w);
      fputc('\n', stdout);
      if(jsonw_error(&x.w))
        rc = PP_EIO;
    }
  }
  for(i = 0; i < x.n_sig; i++) {
    pp_free(x.sig[i].id);
    pp_free(x.sig[i].title);
    pp_free(x.sig[i].basis);
    pp_free(x.sig[i].certainty);
    pp_free(x.sig[i].towards);
  }
  pp_free(x.sig);
  return finish(rc, st, db);
}
