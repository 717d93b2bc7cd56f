/*
 * cmd_crawl.c: `pressprobe crawl`, fetch candidate sites' public pages
 * politely and safely, and keep every fetch as WARC evidence.
 *
 *   pressprobe crawl --db PATH --warc-dir DIR [--site NAME|URL ...]
 *                    [--sites-file FILE] [--max-sites N]
 *                    [--pages-per-site N] [--concurrency N]
 *                    [--per-host-delay MS] [--timeout S] [--max-bytes N]
 *                    [--user-agent S] [--resolve HOST:PORT:ADDR ...]
 *                    [--allow-private] [-c CONFIG] [-q] [--progress]
 *   pressprobe crawl --read-warc FILE ...
 *
 * Settings come from the defaults, then the configuration file (-c, or
 * $PRESSPROBE_CONFIG; section crawl: of pressprobe.yaml(5)), then the
 * options, as for capture: the table conf_keys gives keys and ranges.
 *
 * Sites are the ones given (--site, --sites-file), else the inventory's
 * (most distinct clients first, without infrastructure: see
 * pressprobe-skip-hosts(5)).  Everything the crawl does goes through
 * classify/crawl.c and classify/fetch.c; this file parses options,
 * opens the store and the WARC writer, and reports.
 */
#include "config.h"

#include <curl/curl.h>
#include <errno.h>
#include <getopt.h>
#include <libxml/parser.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "crawl.h"
#include "fetch.h"
#include "httpmsg.h"
#include "pp_addr.h"
#include "pp_alloc.h"
#include "pp_config.h"
#include "pp_err.h"
#include "pp_json.h"
#include "pp_store.h"
#include "tool.h"
#include "warc.h"

#define SITES_MAX 1000000           /* sites given or listed */
#define SITE_LINE_MAX 4096
#define WARC_PREFIX "pressprobe"
#define READ_DECODE_MAX (64u * 1024 * 1024)

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
  (void)sig;
  stop_requested = 1;
}

/* nDPI categories that are no news site (doc/pressprobe-crawl.1). */
static const char *const default_skip_categories[] = {
  "Advertisement", "SoftwareUpdate", "ConnCheck", "System", "Network",
  "Cybersecurity", "Antimalware", "Malware", "Mining", "Crypto_Currency",
  "RemoteAccess", "Database", "RPC", "IoT-Scada", "VirtAssistant", "VPN",
  "Streaming", "Video", "Music", "Game", "Chat", "VoIP", "Email",
  "DataTransfer", "Download-FileTransfer-FileSharing", "FileSharing",
  "AdultContent",
};

struct crawl_conf {
  struct pp_cfg_list sites, resolve, allow_addrs, skip_categories;
  char *sites_file, *user_agent, *skip_hosts, *warc_dir, *operator_;
  char *db, *stats_file;
  uint64_t max_sites, pages, concurrency, per_host, delay_ms, timeout,
           connect_timeout, max_bytes, warc_size;
  int allow_private, sitemaps, conditional, progress, quiet;
};

#define K(name, type, flags, field, min, max, opt, help, example) \
  {name, type, flags, offsetof(struct crawl_conf, field), min, max, opt, \
   help, example}
static const struct pp_cfg_key conf_keys[] = {
  K("crawl.sites", PP_CFG_LIST, 0, sites, 0, PP_CFG_LIST_MAX, "--site",
    "Sites to crawl (names or URLs); none: the inventory's candidates",
    "[vnexpress.net, \"http://example.vn:8080/\"]"),
  K("crawl.sites-file", PP_CFG_PATH, 0, sites_file, 0, 0, "--sites-file",
    "A file of sites to crawl, one name or URL per line", "sites.txt"),
  K("crawl.max-sites", PP_CFG_UINT, 0, max_sites, 0, SITES_MAX,
    "--max-sites", "Crawl at most this many sites (0: all)", NULL),
  K("crawl.pages-per-site", PP_CFG_UINT, 0, pages, 0, CRAWL_PAGES_MAX,
    "--pages-per-site", "Pages chosen from each home page's links", NULL),
  K("crawl.concurrency", PP_CFG_UINT, 0, concurrency, 1,
    FETCH_CONCURRENCY_MAX, "--concurrency",
    "Transfers at once, all hosts together", NULL),
  K("crawl.per-host-connections", PP_CFG_UINT, 0, per_host, 1,
    FETCH_PER_HOST_MAX, "--per-host-connections",
    "Transfers at once to one host", NULL),
  K("crawl.per-host-delay", PP_CFG_UINT, 0, delay_ms, 0,
    FETCH_DELAY_MAX_MS, "--per-host-delay",
    "Milliseconds between requests to one host (robots.txt Crawl-delay "
    "can raise it)", NULL),
  K("crawl.timeout", PP_CFG_DURATION, 0, timeout, 1, 3600, "--timeout",
    "Longest time one request may take", NULL),
  K("crawl.connect-timeout", PP_CFG_DURATION, 0, connect_timeout, 1, 600,
    "--connect-timeout", "Longest time to connect (TLS included)", NULL),
  K("crawl.max-bytes", PP_CFG_UINT, PP_CFG_F_SUFFIX, max_bytes, 1024,
    1ull << 30, "--max-bytes",
    "Body bytes received per response; more is cut (too-large)", NULL),
  K("crawl.user-agent", PP_CFG_STRING, 0, user_agent, 0, 512,
    "--user-agent", "User-Agent sent: name the crawler and a contact",
    "\"pressprobe/0.1 (+https://cuc.example.vn/crawler; crawl@example.vn)\""),
  K("crawl.resolve", PP_CFG_LIST, 0, resolve, 0, FETCH_RESOLVE_MAX,
    "--resolve", "HOST:PORT:ADDRESS entries, as curl's --resolve",
    "[\"news.example:443:203.0.113.7\"]"),
  K("crawl.allow-private", PP_CFG_BOOL, 0, allow_private, 0, 0,
    "--allow-private",
    "Allow connections to private, loopback and other special addresses",
    NULL),
  K("crawl.allow-addresses", PP_CFG_LIST, 0, allow_addrs, 0,
    FETCH_ALLOW_MAX, "--allow-address",
    "Special addresses allowed one by one (a lab server)",
    "[192.168.10.5]"),
  K("crawl.sitemaps", PP_CFG_BOOL, 0, sitemaps, 0, 0, "--no-sitemaps",
    "Fetch news sitemaps", NULL),
  K("crawl.conditional", PP_CFG_BOOL, 0, conditional, 0, 0,
    "--no-conditional",
    "Ask pages fetched before with If-None-Match / If-Modified-Since",
    NULL),
  K("crawl.skip-hosts", PP_CFG_PATH, 0, skip_hosts, 0, 0, "--skip-hosts",
    "Infrastructure hosts never crawled from the inventory (default: the "
    "installed skip-hosts.txt)", "/etc/pressprobe/skip-hosts.txt"),
  K("crawl.skip-categories", PP_CFG_LIST, 0, skip_categories, 0, 256, NULL,
    "nDPI categories never crawled from the inventory (replaces the "
    "default list)", "[Advertisement, SoftwareUpdate]"),
  K("crawl.warc-dir", PP_CFG_PATH, 0, warc_dir, 0, 0, "--warc-dir",
    "Folder of the WARC files (must exist)", "/var/lib/pressprobe/warc"),
  K("crawl.warc-size", PP_CFG_UINT, PP_CFG_F_SUFFIX, warc_size, 1 << 20,
    1ull << 40, NULL, "A WARC file is finished at this size", NULL),
  K("crawl.operator", PP_CFG_STRING, 0, operator_, 0, 512, NULL,
    "Who crawls and how to reach them (WARC warcinfo record)",
    "\"Cuc PTTH&TTDT <crawl@example.vn>\""),
  K("store.db", PP_CFG_PATH, 0, db, 0, 0, "--db",
    "SQLite store: the inventory read, the fetches written",
    "/var/lib/pressprobe/inventory.db"),
  K("output.stats-file", PP_CFG_PATH, 0, stats_file, 0, 0, "--stats-file",
    "Write run statistics here (Prometheus text format)",
    "/var/lib/pressprobe/crawl.prom"),
  K("output.progress", PP_CFG_BOOL, 0, progress, 0, 0, "--[no-]progress",
    "Progress line on standard error (default: when it is a terminal)",
    "true"),
  K("output.quiet", PP_CFG_BOOL, 0, quiet, 0, 0, "-q",
    "No summary at the end", NULL),
};
#undef K
const struct pp_cfg_table crawl_conf_table = {
  conf_keys, PP_ARRAY_LEN(conf_keys)
};

static const char sample_header[] =
"# pressprobe.yaml: configuration of `pressprobe crawl`.\n"
"#\n"
"# Written by `pressprobe crawl --print-sample-config`; the reference is\n"
"# pressprobe.yaml(5) and pressprobe-crawl(1).  Every key is optional: a\n"
"# key left commented out keeps the value shown, its default (or, where\n"
"# there is none, an example).  Options on the command line override\n"
"# this file.  Relative paths are relative to the folder of this file.\n";

struct opts {
  struct crawl_conf conf;
  const char *config;
  bool print_config, print_sample;
  struct pp_cfg_list read_warc;
};

enum {
  OPT_DB = 1000, OPT_WARC_DIR, OPT_SITE, OPT_SITES_FILE, OPT_MAX_SITES,
  OPT_PAGES, OPT_CONCURRENCY, OPT_PER_HOST, OPT_DELAY, OPT_TIMEOUT,
  OPT_CONNECT_TIMEOUT, OPT_MAX_BYTES, OPT_UA, OPT_RESOLVE, OPT_ALLOW_PRIV,
  OPT_ALLOW_ADDR, OPT_SKIP_HOSTS, OPT_NO_SITEMAPS, OPT_NO_CONDITIONAL,
  OPT_STATS, OPT_PROGRESS, OPT_NO_PROGRESS, OPT_PRINT_CONFIG,
  OPT_PRINT_SAMPLE, OPT_READ_WARC,
};

static const struct option longopts[] = {
  {"db", required_argument, NULL, OPT_DB},
  {"warc-dir", required_argument, NULL, OPT_WARC_DIR},
  {"site", required_argument, NULL, OPT_SITE},
  {"sites-file", required_argument, NULL, OPT_SITES_FILE},
  {"max-sites", required_argument, NULL, OPT_MAX_SITES},
  {"pages-per-site", required_argument, NULL, OPT_PAGES},
  {"concurrency", required_argument, NULL, OPT_CONCURRENCY},
  {"per-host-connections", required_argument, NULL, OPT_PER_HOST},
  {"per-host-delay", required_argument, NULL, OPT_DELAY},
  {"timeout", required_argument, NULL, OPT_TIMEOUT},
  {"connect-timeout", required_argument, NULL, OPT_CONNECT_TIMEOUT},
  {"max-bytes", required_argument, NULL, OPT_MAX_BYTES},
  {"user-agent", required_argument, NULL, OPT_UA},
  {"resolve", required_argument, NULL, OPT_RESOLVE},
  {"allow-private", no_argument, NULL, OPT_ALLOW_PRIV},
  {"allow-address", required_argument, NULL, OPT_ALLOW_ADDR},
  {"skip-hosts", required_argument, NULL, OPT_SKIP_HOSTS},
  {"no-sitemaps", no_argument, NULL, OPT_NO_SITEMAPS},
  {"no-conditional", no_argument, NULL, OPT_NO_CONDITIONAL},
  {"stats-file", required_argument, NULL, OPT_STATS},
  {"progress", no_argument, NULL, OPT_PROGRESS},
  {"no-progress", no_argument, NULL, OPT_NO_PROGRESS},
  {"quiet", no_argument, NULL, 'q'},
  {"config", required_argument, NULL, 'c'},
  {"print-config", no_argument, NULL, OPT_PRINT_CONFIG},
  {"print-sample-config", no_argument, NULL, OPT_PRINT_SAMPLE},
  {"read-warc", required_argument, NULL, OPT_READ_WARC},
  {"help", no_argument, NULL, 'h'},
  {"version", no_argument, NULL, 'V'},
  {NULL, 0, NULL, 0},
};

static const char shortopts[] = "c:qhV";

static void usage(FILE *f)
{
  fprintf(f,
"Usage: pressprobe crawl --db PATH --warc-dir DIR [--site NAME|URL ...]\n"
"                        [--sites-file FILE] [OPTIONS]\n"
"       pressprobe crawl -c FILE [OPTIONS]\n"
"       pressprobe crawl --read-warc FILE [--read-warc FILE ...]\n"
"\n"
"Fetch the public pages of candidate sites (robots.txt, home page, news\n"
"sitemaps, then section and article pages chosen from the home page),\n"
"politely and safely, and keep every request and response as WARC\n"
"evidence; each fetch is recorded in the store.\n"
"\n"
"Configuration:\n"
"  -c, --config FILE        read the settings from this YAML file first\n"
"                           (default: $PRESSPROBE_CONFIG); options\n"
"                           override it; see pressprobe.yaml(5)\n"
"      --print-config       print the effective configuration and exit\n"
"      --print-sample-config\n"
"                           print a commented sample file and exit\n"
"\n"
"What to crawl:\n"
"      --db PATH            SQLite store (the inventory; fetches recorded)\n"
"      --warc-dir DIR       folder for the WARC files (must exist)\n"
"      --site NAME|URL      a site: NAME means https://NAME/ (http when\n"
"                           https does not connect); a URL is the home\n"
"                           page, port included; repeatable.  Without\n"
"                           sites, the inventory's candidates\n"
"      --sites-file FILE    sites, one per line ('#' comments)\n"
"      --max-sites N        at most N sites (0: all)\n"
"      --pages-per-site N   pages chosen from the home page (10)\n"
"      --skip-hosts FILE    infrastructure host list (nDPI format; default\n"
"                           the installed skip-hosts.txt)\n"
"      --no-sitemaps        do not fetch news sitemaps\n"
"      --no-conditional     no If-None-Match / If-Modified-Since\n"
"\n"
"Politeness and limits:\n"
"      --concurrency N      transfers at once (16)\n"
"      --per-host-connections N  transfers at once per host (2)\n"
"      --per-host-delay MS  delay between requests to a host (1000);\n"
"                           a larger robots.txt Crawl-delay wins\n"
"      --timeout S          time one request may take (30)\n"
"      --connect-timeout S  time to connect, TLS included (10)\n"
"      --max-bytes N        body bytes per response (4M; k, M, G)\n"
"      --user-agent S       User-Agent (default names pressprobe and a\n"
"                           contact URL)\n"
"\n"
"Safety:\n"
"      --resolve HOST:PORT:ADDR  use ADDR for HOST:PORT (as curl)\n"
"      --allow-private      allow private, loopback and other special\n"
"                           addresses (labs, tests); refused by default\n"
"      --allow-address ADDR allow this one special address (repeatable)\n"
"\n"
"Other:\n"
"      --read-warc FILE     list the responses of a WARC file (ours or\n"
"                           another tool's): URI, status, charset, title\n"
"      --stats-file PATH    write run statistics (Prometheus text)\n"
"      --progress           progress on stderr (default: when a TTY)\n"
"      --no-progress        no progress line\n"
"  -q, --quiet              no summary at the end\n"
"  -h, --help               this help\n"
"  -V, --version            version\n"
"\n"
"Exit status: 0 done (whatever the sites answered); 1 fatal error (the\n"
"store or the WARC files could not be written); 2 interrupted, or a WARC\n"
"file read with --read-warc was damaged; 64 usage error.  See\n"
"pressprobe-crawl(1).\n");
}

static void conf_defaults(struct crawl_conf *c)
{
  struct fetch_config fc;
  struct crawl_config cc;
  fetch_config_defaults(&fc);
  crawl_config_defaults(&cc);
  memset(c, 0, sizeof(*c));
  c->pages = cc.pages_per_site;
  c->concurrency = fc.concurrency;
  c->per_host = fc.per_host;
  c->delay_ms = fc.per_host_delay_ms;
  c->timeout = fc.timeout_ms / 1000;
  c->connect_timeout = fc.connect_timeout_ms / 1000;
  c->max_bytes = fc.max_bytes;
  c->warc_size = 1ull << 30;
  c->allow_private = 0;
  c->sitemaps = cc.sitemaps;
  c->conditional = cc.conditional;
  c->progress = -1;
  c->quiet = 0;
}

static int opt_number(struct opts *o, const char *key, const char *opt,
                      const char *arg)
{
  return tool_conf_number(&crawl_conf_table, &o->conf, key, opt, arg);
}

static int opt_string(struct opts *o, const char *key, const char *arg)
{
  return tool_conf_string(&crawl_conf_table, &o->conf, key, arg);
}

static int opt_list(struct opts *o, const char *key, const char *opt,
                    const char *arg, bool *given)
{
  return tool_conf_list(&crawl_conf_table, &o->conf, key, opt, arg, given);
}

static void prescan(int argc, char **argv, struct opts *o)
{
  int c;
  optind = 0;
  opterr = 0;
  while((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
    switch(c) {
    case 'c': o->config = optarg; break;
    case 'h': usage(stdout); exit(EXIT_OK);
    case 'V': tool_version();
    case OPT_PRINT_SAMPLE: o->print_sample = true; break;
    default: break;
    }
  }
  opterr = 1;
}

static int load_config(struct opts *o, bool from_env)
{
  return tool_conf_load(&crawl_conf_table, &o->conf, o->config, from_env);
}

static int parse_args(int argc, char **argv, struct opts *o)
{
  bool sites_given = false, resolve_given = false, allow_given = false;
  bool read_given = false;
  int c, rc;
  optind = 0;
  while((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
    rc = EXIT_OK;
    switch(c) {
    case OPT_DB:
      if(opt_string(o, "store.db", optarg))
        return EXIT_FATAL;
      break;
    case OPT_WARC_DIR:
      if(opt_string(o, "crawl.warc-dir", optarg))
        return EXIT_FATAL;
      break;
    case OPT_SITE:
      rc = opt_list(o, "crawl.sites", "--site", optarg, &sites_given);
      break;
    case OPT_SITES_FILE:
      if(opt_string(o, "crawl.sites-file", optarg))
        return EXIT_FATAL;
      break;
    case OPT_MAX_SITES:
      if(opt_number(o, "crawl.max-sites", "--max-sites", optarg))
        return EXIT_USAGE;
      break;
    case OPT_PAGES:
      if(opt_number(o, "crawl.pages-per-site", "--pages-per-site", optarg))
        return EXIT_USAGE;
      break;
    case OPT_CONCURRENCY:
      if(opt_number(o, "crawl.concurrency", "--concurrency", optarg))
        return EXIT_USAGE;
      break;
    case OPT_PER_HOST:
      if(opt_number(o, "crawl.per-host-connections",
                    "--per-host-connections", optarg))
        return EXIT_USAGE;
      break;
    case OPT_DELAY:
      if(opt_number(o, "crawl.per-host-delay", "--per-host-delay", optarg))
        return EXIT_USAGE;
      break;
    case OPT_TIMEOUT:
      if(opt_number(o, "crawl.timeout", "--timeout", optarg))
        return EXIT_USAGE;
      break;
    case OPT_CONNECT_TIMEOUT:
      if(opt_number(o, "crawl.connect-timeout", "--connect-timeout",
                    optarg))
        return EXIT_USAGE;
      break;
    case OPT_MAX_BYTES:
      if(opt_number(o, "crawl.max-bytes", "--max-bytes", optarg))
        return EXIT_USAGE;
      break;
    case OPT_UA:
      if(opt_string(o, "crawl.user-agent", optarg))
        return EXIT_FATAL;
      break;
    case OPT_RESOLVE:
      rc = opt_list(o, "crawl.resolve", "--resolve", optarg,
                    &resolve_given);
      break;
    case OPT_ALLOW_PRIV: o->conf.allow_private = 1; break;
    case OPT_ALLOW_ADDR:
      rc = opt_list(o, "crawl.allow-addresses", "--allow-address", optarg,
                    &allow_given);
      break;
    case OPT_SKIP_HOSTS:
      if(opt_string(o, "crawl.skip-hosts", optarg))
        return EXIT_FATAL;
      break;
    case OPT_NO_SITEMAPS: o->conf.sitemaps = 0; break;
    case OPT_NO_CONDITIONAL: o->conf.conditional = 0; break;
    case OPT_STATS:
      if(opt_string(o, "output.stats-file", optarg))
        return EXIT_FATAL;
      break;
    case OPT_PROGRESS: o->conf.progress = 1; break;
    case OPT_NO_PROGRESS: o->conf.progress = 0; break;
    case 'q': o->conf.quiet = 1; break;
    case 'c': break;
    case OPT_PRINT_CONFIG: o->print_config = true; break;
    case OPT_PRINT_SAMPLE: break;
    case OPT_READ_WARC:
      if(!read_given)
        read_given = true;
      if(pp_config_list_add(&o->read_warc, optarg, PP_CFG_LIST_MAX)) {
        tool_err("too many --read-warc files");
        return EXIT_USAGE;
      }
      break;
    case 'h': usage(stdout); exit(EXIT_OK);
    case 'V': tool_version();
    default:
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
  return EXIT_OK;
}

/* ---- --read-warc -------------------------------------------------------- */

/* Tabs and line ends in a value would break the listing. */
static void print_field(const char *s)
{
  for(; s && *s; s++)
    putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static int read_warc_file(const char *path)
{
  char errbuf[PP_ERRBUF_SIZE];
  struct warc_reader *r;
  struct warc_record rec;
  int rc, damaged = 0;

  rc = warc_reader_open(path, NULL, &r, errbuf);
  if(rc) {
    tool_err("%s", errbuf);
    return 1;
  }
  while((rc = warc_next(r, &rec)) != PP_ENOENT) {
    struct httpmsg m;
    struct warc_verify v;
    uint8_t *entity = NULL, *text = NULL;
    size_t elen = 0, tlen = 0;
    char charset[CHARSET_NAME_MAX] = "", title[512] = "";
    uint64_t invalid = 0;
    if(rc == PP_EIO || rc == PP_ENOMEM) {
      tool_err("%s: %s", path, warc_reader_errmsg(r));
      damaged = 1;
      break;
    }
    if(rc) {
      tool_warn("%s: %s", path, warc_reader_errmsg(r));
      damaged = 1;
      continue;
    }
    if(rec.type != WARC_RESPONSE || !rec.block)
      continue;
    if(warc_verify(&rec, &v))
      memset(&v, 0, sizeof(v));
    if(httpmsg_split(rec.block, rec.block_len, &m) != PP_OK) {
      printf("%s\t-\t-\t%s\t-\n", rec.target_uri ? rec.target_uri : "-",
             warc_digest_check_name(v.payload));
      continue;
    }
    fetch_decode(&m, READ_DECODE_MAX, NULL, &entity, &elen, &text, &tlen,
                 charset, &invalid);
    if(text)
      crawl_html_title(text, tlen, title, sizeof(title));
    print_field(rec.target_uri ? rec.target_uri : "-");
    printf("\t%d\t%s\t%s\t", m.status, charset[0] ? charset : "-",
           warc_digest_check_name(v.payload));
    print_field(title[0] ? title : "-");
    putchar('\n');
    pp_free(entity);
    pp_free(text);
  }
  warc_reader_close(r);
  return damaged;
}

/* ---- sites -------------------------------------------------------------- */

static int add_site(struct crawl *c, const char *spec, const char *where,
                    unsigned line, uint64_t *added, uint64_t max)
{
  char errbuf[PP_ERRBUF_SIZE];
  int rc;
  if(max && *added >= max)
    return 0;
  rc = crawl_add_site(c, spec, errbuf);
  if(rc == PP_EINVAL) {
    if(where)
      tool_err("%s:%u: %s", where, line, errbuf);
    else
      tool_err("--site %s", errbuf);
    return EXIT_USAGE;
  }
  if(rc) {
    tool_err("out of memory");
    return EXIT_FATAL;
  }
  (*added)++;
  return 0;
}

static int read_sites_file(struct crawl *c, const char *path,
                           uint64_t *added, uint64_t max)
{
  char line[SITE_LINE_MAX + 2];
  FILE *f = fopen(path, "r");
  unsigned lineno = 0;
  int rc = 0;
  if(!f) {
    tool_err("%s: %s", path, strerror(errno));
    return EXIT_USAGE;
  }
  while(!rc && fgets(line, sizeof(line), f)) {
    char *s = line, *end;
    lineno++;
    if(!strchr(line, '\n') && !feof(f)) {
      tool_err("%s:%u: line too long (at most %d bytes)", path, lineno,
               SITE_LINE_MAX);
      rc = EXIT_USAGE;
      break;
    }
    end = strchr(s, '#');
    if(end)
      *end = '\0';
    while(*s == ' ' || *s == '\t')
      s++;
    end = s + strlen(s);
    while(end > s && (end[-1] == '\n' || end[-1] == '\r' ||
                      end[-1] == ' ' || end[-1] == '\t'))
      *--end = '\0';
    if(*s)
      rc = add_site(c, s, path, lineno, added, max);
  }
  fclose(f);
  return rc;
}

struct cand {
  struct crawl *c;
  uint64_t added;
  int rc;
};

static int cand_site(void *user, const char *site)
{
  struct cand *x = user;
  char errbuf[PP_ERRBUF_SIZE];
  int rc = crawl_add_site(x->c, site, errbuf);
  if(rc == PP_ENOMEM)
    return rc;
  if(rc == PP_OK)
    x->added++;
  return 0;
}

static const char *find_rule_file(const char *name, char *buf, size_t cap)
{
  const char *dirs[3];
  size_t i;
  dirs[0] = getenv("PRESSPROBE_RULES");
  dirs[1] = PP_PKGDATADIR;
  dirs[2] = PP_SRCDIR "/rules";
  for(i = 0; i < PP_ARRAY_LEN(dirs); i++) {
    if(!dirs[i] || !*dirs[i])
      continue;
    snprintf(buf, cap, "%s/%s", dirs[i], name);
    if(access(buf, R_OK) == 0)
      return buf;
  }
  return NULL;
}

/* ---- reporting ---------------------------------------------------------- */

static double now_secs(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress_line(void *user, const struct crawl_stats *s)
{
  (void)user;
  fprintf(stderr, "\r[%llu/%llu sites] %llu pages, %llu errors, "
          "%llu refused, %.1f MB \033[K",
          (unsigned long long)s->sites_done,
          (unsigned long long)s->sites_total,
          (unsigned long long)s->pages_ok, (unsigned long long)s->errors,
          (unsigned long long)s->outcomes[FETCH_REFUSED_PRIVATE],
          (double)s->bytes / 1e6);
}

static void summary(const struct crawl_stats *s, const struct fetch_stats *fs,
                    double secs)
{
  size_t i;
  int n = 0;
  fprintf(stderr, "pressprobe crawl: %llu site%s (%llu with a home page, "
          "%llu unreachable, %llu of them refused), %llu pages, %.1f MB in "
          "%.1f s", (unsigned long long)s->sites_done,
          s->sites_done == 1 ? "" : "s", (unsigned long long)s->sites_ok,
          (unsigned long long)s->sites_unreachable,
          (unsigned long long)s->sites_refused,
          (unsigned long long)s->pages_ok, (double)s->bytes / 1e6, secs);
  if(secs > 0)
    fprintf(stderr, " (%.1f pages/s)", (double)s->pages_ok / secs);
  fputc('\n', stderr);
  fprintf(stderr, "  fetches: %llu rows", (unsigned long long)s->rows);
  for(i = 0; i < FETCH_OUTCOME_COUNT; i++) {
    if(!s->outcomes[i])
      continue;
    fprintf(stderr, "%s%s %llu", n++ ? ", " : ": ",
            fetch_outcome_name((enum fetch_outcome)i),
            (unsigned long long)s->outcomes[i]);
  }
  fputc('\n', stderr);
  fprintf(stderr, "  connections refused by the address guard: %llu; WARC "
          "records: %llu\n", (unsigned long long)fs->refused,
          (unsigned long long)fs->warc_records);
}

static void stats_json(FILE *f, const struct crawl_stats *s,
                       const struct fetch_stats *fs)
{
  struct pp_jsonw w;
  size_t i;
  jsonw_init(&w, f);
  jsonw_obj_begin(&w);
#define U(name, v) do { jsonw_key(&w, name); jsonw_u64(&w, v); } while(0)
  U("sites_total", s->sites_total);
  U("sites_done", s->sites_done);
  U("sites_ok", s->sites_ok);
  U("sites_unreachable", s->sites_unreachable);
  U("sites_refused", s->sites_refused);
  U("pages_ok", s->pages_ok);
  U("rows", s->rows);
  U("errors", s->errors);
  U("bytes", s->bytes);
  U("connections_refused", fs->refused);
  U("warc_records", fs->warc_records);
  U("active_peak", fs->active_peak);
  U("queued_peak", fs->queued_peak);
  jsonw_key(&w, "outcomes");
  jsonw_obj_begin(&w);
  for(i = 0; i < FETCH_OUTCOME_COUNT; i++)
    U(fetch_outcome_name((enum fetch_outcome)i), s->outcomes[i]);
  jsonw_obj_end(&w);
  jsonw_key(&w, "kinds");
  jsonw_obj_begin(&w);
  for(i = CRAWL_KIND_OTHER; i <= CRAWL_KIND_SITEMAP; i++)
    U(crawl_kind_name((enum crawl_kind)i), s->kinds[i]);
  jsonw_obj_end(&w);
#undef U
  jsonw_obj_end(&w);
}

static int write_prometheus(const char *path, const struct crawl_stats *s,
                            const struct fetch_stats *fs)
{
  char tmp[4096];
  FILE *f;
  size_t i;
  snprintf(tmp, sizeof(tmp), "%s.tmp", path);
  f = fopen(tmp, "w");
  if(!f)
    return -1;
  fprintf(f, "# HELP pressprobe_crawl_sites_total sites by state\n"
          "# TYPE pressprobe_crawl_sites_total counter\n"
          "pressprobe_crawl_sites_total{state=\"done\"} %llu\n"
          "pressprobe_crawl_sites_total{state=\"home-ok\"} %llu\n"
          "pressprobe_crawl_sites_total{state=\"unreachable\"} %llu\n"
          "pressprobe_crawl_sites_total{state=\"refused\"} %llu\n",
          (unsigned long long)s->sites_done,
          (unsigned long long)s->sites_ok,
          (unsigned long long)s->sites_unreachable,
          (unsigned long long)s->sites_refused);
  fprintf(f, "# HELP pressprobe_crawl_fetches_total exchanges by outcome\n"
          "# TYPE pressprobe_crawl_fetches_total counter\n");
  for(i = 0; i < FETCH_OUTCOME_COUNT; i++)
    fprintf(f, "pressprobe_crawl_fetches_total{outcome=\"%s\"} %llu\n",
            fetch_outcome_name((enum fetch_outcome)i),
            (unsigned long long)s->outcomes[i]);
  fprintf(f, "# HELP pressprobe_crawl_pages_total pages fetched ok\n"
          "# TYPE pressprobe_crawl_pages_total counter\n"
          "pressprobe_crawl_pages_total %llu\n"
          "# HELP pressprobe_crawl_bytes_total body bytes received\n"
          "# TYPE pressprobe_crawl_bytes_total counter\n"
          "pressprobe_crawl_bytes_total %llu\n"
          "# HELP pressprobe_crawl_refused_total connections refused by "
          "the address guard\n"
          "# TYPE pressprobe_crawl_refused_total counter\n"
          "pressprobe_crawl_refused_total %llu\n"
          "# HELP pressprobe_crawl_warc_records_total WARC records "
          "written\n"
          "# TYPE pressprobe_crawl_warc_records_total counter\n"
          "pressprobe_crawl_warc_records_total %llu\n",
          (unsigned long long)s->pages_ok, (unsigned long long)s->bytes,
          (unsigned long long)fs->refused,
          (unsigned long long)fs->warc_records);
  if(fclose(f) != 0 || rename(tmp, path) != 0) {
    unlink(tmp);
    return -1;
  }
  return 0;
}

/* The run as recorded in the store: settings, numbers and yes/no only. */
static void describe_args(const struct crawl_conf *c, bool config,
                          size_t n_sites, char *out, size_t cap)
{
  snprintf(out, cap,
           "sites=%zu sites-file=%s config=%s max-sites=%llu "
           "pages-per-site=%llu concurrency=%llu per-host-connections=%llu "
           "per-host-delay=%llu timeout=%llu connect-timeout=%llu "
           "max-bytes=%llu resolve=%zu allow-private=%s "
           "allow-addresses=%zu sitemaps=%s conditional=%s",
           n_sites, c->sites_file ? "yes" : "no", config ? "yes" : "no",
           (unsigned long long)c->max_sites, (unsigned long long)c->pages,
           (unsigned long long)c->concurrency,
           (unsigned long long)c->per_host,
           (unsigned long long)c->delay_ms,
           (unsigned long long)c->timeout,
           (unsigned long long)c->connect_timeout,
           (unsigned long long)c->max_bytes, c->resolve.n,
           c->allow_private ? "yes" : "no", c->allow_addrs.n,
           c->sitemaps ? "yes" : "no", c->conditional ? "yes" : "no");
}

/* ---- the command -------------------------------------------------------- */

int cmd_crawl(int argc, char **argv)
{
  struct opts o;
  struct crawl_conf *cf = &o.conf;
  struct pp_store *st = NULL;
  struct warc_writer *w = NULL;
  struct crawl *cr = NULL;
  struct fetch *f = NULL;
  struct crawl_skip *skip = NULL;
  struct fetch_config fc;
  struct crawl_config cc;
  struct warc_writer_opts wo;
  struct pp_addr *allow = NULL;
  struct crawl_stats cs;
  struct fetch_stats fs;
  struct sigaction sa;
  char errbuf[PP_ERRBUF_SIZE], rulebuf[4096], cwd[4096], host[256];
  char args[1024], part_of[64];
  bool from_env = false, progress, curl_up = false;
  int status = EXIT_OK, rc;
  int64_t run_id = 0;
  uint64_t added = 0, skipped[4] = {0};
  double t0;
  size_t i;

  memset(&o, 0, sizeof(o));
  memset(&cs, 0, sizeof(cs));
  memset(&fs, 0, sizeof(fs));
  conf_defaults(cf);
  prescan(argc, argv, &o);
  if(o.print_sample) {
    fputs(sample_header, stdout);
    if(pp_config_print_sample(stdout, &crawl_conf_table, cf))
      status = EXIT_FATAL;
    goto out;
  }
  if(!o.config && getenv(TOOL_CONFIG_ENV) && *getenv(TOOL_CONFIG_ENV)) {
    o.config = getenv(TOOL_CONFIG_ENV);
    from_env = true;
  }
  if(o.config && (status = load_config(&o, from_env)) != EXIT_OK)
    goto out;
  if((status = parse_args(argc, argv, &o)) != EXIT_OK)
    goto out;
  if(o.print_config) {
    if(getcwd(cwd, sizeof(cwd)) &&
       pp_config_rebase(&crawl_conf_table, cf, cwd) == PP_ENOMEM) {
      tool_err("out of memory");
      status = EXIT_FATAL;
      goto out;
    }
    if(o.config)
      printf("# pressprobe crawl: effective configuration: the defaults,\n"
             "# then %s, then the command-line options\n", o.config);
    else
      printf("# pressprobe crawl: effective configuration: the defaults,\n"
             "# then the command-line options (no configuration file)\n");
    if(pp_config_print(stdout, &crawl_conf_table, cf))
      status = EXIT_FATAL;
    goto out;
  }
  xmlInitParser();
  if(o.read_warc.n) {
    for(i = 0; i < o.read_warc.n; i++) {
      if(read_warc_file(o.read_warc.v[i]))
        status = EXIT_PARTIAL;
    }
    if(fflush(stdout) != 0)
      status = EXIT_FATAL;
    goto out;
  }
  if(!cf->db) {
    tool_err("no store: give --db PATH (or store.db in the configuration)");
    status = EXIT_USAGE;
    goto out;
  }
  if(!cf->warc_dir) {
    tool_err("no WARC folder: give --warc-dir DIR (or crawl.warc-dir)");
    status = EXIT_USAGE;
    goto out;
  }
  if(cf->allow_addrs.n) {
    allow = pp_calloc(cf->allow_addrs.n, sizeof(*allow));
    if(!allow) {
      tool_err("out of memory");
      status = EXIT_FATAL;
      goto out;
    }
    for(i = 0; i < cf->allow_addrs.n; i++) {
      if(pp_addr_parse(&allow[i], cf->allow_addrs.v[i])) {
        tool_err("--allow-address '%s': not an IPv4 or IPv6 address",
                 cf->allow_addrs.v[i]);
        status = EXIT_USAGE;
        goto out;
      }
    }
  }
  for(i = 0; i < cf->resolve.n; i++) {
    if(!fetch_resolve_valid(cf->resolve.v[i])) {
      tool_err("--resolve '%s': expected HOST:PORT:ADDRESS[,ADDRESS...]",
               cf->resolve.v[i]);
      status = EXIT_USAGE;
      goto out;
    }
  }
  progress = cf->progress < 0 ? isatty(2) != 0 : cf->progress != 0;

  /* the engine's settings, checked before anything is opened */
  fetch_config_defaults(&fc);
  fc.concurrency = (unsigned)cf->concurrency;
  fc.per_host = (unsigned)cf->per_host;
  fc.per_host_delay_ms = (uint32_t)cf->delay_ms;
  fc.timeout_ms = (uint32_t)(cf->timeout * 1000);
  fc.connect_timeout_ms = (uint32_t)(cf->connect_timeout * 1000);
  fc.max_bytes = cf->max_bytes;
  fc.user_agent = cf->user_agent;
  fc.allow_private = cf->allow_private > 0;
  fc.allow_addrs = allow;
  fc.n_allow_addrs = cf->allow_addrs.n;
  fc.resolve = (const char *const *)cf->resolve.v;
  fc.n_resolve = cf->resolve.n;
  crawl_config_defaults(&cc);
  cc.pages_per_site = (size_t)cf->pages;
  cc.sites_at_once = PP_MAX((size_t)cf->concurrency * 4, (size_t)8);
  cc.site_inflight = PP_MAX((size_t)cf->per_host * 2, (size_t)2);
  cc.sitemaps = cf->sitemaps != 0;
  cc.conditional = cf->conditional != 0;
  cc.per_host_delay_ms = fc.per_host_delay_ms;

  if(curl_global_init(CURL_GLOBAL_DEFAULT)) {
    tool_err("libcurl initialisation failed");
    status = EXIT_FATAL;
    goto out;
  }
  curl_up = true;
  rc = store_open(cf->db, STORE_RDWR, &st, errbuf);
  if(rc) {
    tool_err("%s", errbuf);
    status = EXIT_FATAL;
    goto out;
  }
  rc = crawl_new(&cc, st, &cr);
  if(rc) {
    tool_err("out of memory");
    status = EXIT_FATAL;
    goto out;
  }
  /* the sites: given, else the inventory's candidates */
  for(i = 0; i < cf->sites.n && !status; i++)
    status = add_site(cr, cf->sites.v[i], NULL, 0, &added, cf->max_sites);
  if(!status && cf->sites_file)
    status = read_sites_file(cr, cf->sites_file, &added, cf->max_sites);
  if(status)
    goto out;
  if(!cf->sites.n && !cf->sites_file) {
    struct cand x;
    const char *path = cf->skip_hosts;
    if(!path)
      path = find_rule_file("skip-hosts.txt", rulebuf, sizeof(rulebuf));
    if(path && (rc = crawl_skip_load(&skip, path, errbuf)) != PP_OK) {
      tool_err("%s", errbuf);
      status = rc == PP_ENOMEM ? EXIT_FATAL : EXIT_USAGE;
      goto out;
    }
    if(!path)
      tool_warn("no skip-hosts.txt found: infrastructure hosts are not "
                "left out");
    if(cf->skip_categories.n) {
      for(i = 0; i < cf->skip_categories.n && !rc; i++)
        rc = crawl_skip_add_category(&skip, cf->skip_categories.v[i]);
    }
    else {
      for(i = 0; i < PP_ARRAY_LEN(default_skip_categories) && !rc; i++)
        rc = crawl_skip_add_category(&skip, default_skip_categories[i]);
    }
    if(rc) {
      tool_err("out of memory");
      status = EXIT_FATAL;
      goto out;
    }
    memset(&x, 0, sizeof(x));
    x.c = cr;
    rc = crawl_candidates(st, skip, (size_t)cf->max_sites, cand_site, &x,
                          skipped);
    if(rc) {
      tool_err("store: %s", rc == PP_EDB ? store_errmsg(st)
                                         : pp_strerror(rc));
      status = EXIT_FATAL;
      goto out;
    }
    added = x.added;
    if(!added)
      tool_warn("no candidate sites in the inventory (%llu left out as "
                "infrastructure)", (unsigned long long)(skipped[1] +
                skipped[2] + skipped[3]));
  }

  describe_args(cf, o.config != NULL, (size_t)added, args, sizeof(args));
  if(store_run_start(st, "crawl", args, (pp_usec_t)time(NULL) * 1000000u,
                     &run_id) != PP_OK)
    tool_warn("store: cannot record the run: %s", store_errmsg(st));
  crawl_set_run(cr, run_id);

  memset(&wo, 0, sizeof(wo));
  if(gethostname(host, sizeof(host)) == 0) {
    host[sizeof(host) - 1] = '\0';
    wo.hostname = host;
  }
  wo.operator = cf->operator_;
  wo.robots = "obey";
  wo.user_agent = cf->user_agent ? cf->user_agent : FETCH_DEFAULT_UA;
  snprintf(part_of, sizeof(part_of), "pressprobe-crawl-run-%lld",
           (long long)run_id);
  wo.is_part_of = part_of;
  wo.description = "pressprobe crawl: robots.txt, home pages, news "
                   "sitemaps, section and article pages";
  rc = warc_writer_open(cf->warc_dir, WARC_PREFIX, cf->warc_size, &wo, &w,
                        errbuf);
  if(rc) {
    tool_err("%s", errbuf);
    status = rc == PP_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    goto finish;
  }
  rc = fetch_new(&fc, w, crawl_fetch_done, cr, &f, errbuf);
  if(rc) {
    tool_err("%s", errbuf);
    status = rc == PP_EINVAL ? EXIT_USAGE : EXIT_FATAL;
    goto finish;
  }
  crawl_set_fetch(cr, f);

  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);

  t0 = now_secs();
  rc = crawl_run(cr, &stop_requested, progress ? progress_line : NULL,
                 NULL, 500);
  if(progress)
    fprintf(stderr, "\r\033[K");
  if(rc) {
    tool_err("%s", crawl_errmsg(cr));
    status = EXIT_FATAL;
  }
  else if(stop_requested) {
    tool_warn("interrupted: what was fetched is kept");
    status = EXIT_PARTIAL;
  }
  crawl_get_stats(cr, &cs);
  fetch_get_stats(f, &fs);
  if(!cf->quiet)
    summary(&cs, &fs, now_secs() - t0);
  if(cf->stats_file && write_prometheus(cf->stats_file, &cs, &fs))
    tool_warn("%s: cannot write statistics: %s", cf->stats_file,
              strerror(errno));

finish:
  fetch_free(f);                      /* before the crawl: its tasks */
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
      stats_json(mf, &cs, &fs);
      fclose(mf);
    }
    if(store_run_finish(st, run_id, (pp_usec_t)time(NULL) * 1000000u,
                        status, json ? json : "{}") != PP_OK)
      tool_warn("store: cannot record the run: %s", store_errmsg(st));
    free(json);
  }
out:
  fetch_free(f);
  crawl_free(cr);
  if(w)
    warc_writer_close(w, NULL);
  store_close(st);
  crawl_skip_free(skip);
  pp_free(allow);
  if(curl_up)
    curl_global_cleanup();
  pp_config_list_clear(&o.read_warc);
  pp_config_free(&crawl_conf_table, cf);
  return status;
}
