/*
 * cmd_capture.c: `pressprobe capture`, capture files into the inventory.
 *
 *   pressprobe capture -r FILE [-r FILE ...] (--db PATH | --jsonl PATH)
 *                      [options]
 *   pressprobe capture -c pressprobe.yaml [options]
 *
 * Settings come from the defaults, then the configuration file (-c, or
 * $PRESSPROBE_CONFIG; format in pressprobe.yaml(5)), then the options:
 * an option beats the file.  The keys of the file are the table
 * conf_keys below, which also gives the options their ranges, so a value
 * is checked alike wherever it comes from.
 *
 * Files are read in the order given, as one timeline.  Records go to the
 * SQLite store (one transaction per flush) and/or JSON lines.  A damaged
 * file is reported, everything before the damage is kept, and the run goes
 * on with the next file (exit status 2).
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "engine.h"
#include "pp_config.h"
#include "pp_err.h"
#include "pp_json.h"
#include "pp_jsonl.h"
#include "pp_secret.h"
#include "pp_store.h"
#include "source.h"
#include "tool.h"

#define MAX_FILES 4096
#define ECH_LINE_MAX 512
#define USEC 1000000u

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
  (void)sig;
  stop_requested = 1;
}

/* Every setting of the command, as the file and the options set it.
 * Strings and the list are owned (pp_config_free). */
struct capture_conf {
  struct pp_cfg_list read;
  char *filter;
  uint64_t bucket, max_flows, max_names, dns_cache, max_servers, max_paths,
           max_stream, max_pending, tcp_timeout, udp_timeout;
  char *db, *jsonl, *key_file, *ech_fronts, *ndpi_protos, *stats_file;
  int progress;                   /* -1: when standard error is a TTY */
  int quiet;
};

/* Ranges, shared by the file and the options through the table. */
#define COUNT_MAX (1ull << 32)        /* max-flows, max-names, dns-cache */
#define SERVERS_MAX 1024              /* max-servers */
#define PATHS_MAX INV_PATHS_MAX       /* max-paths */

#define K(name, type, flags, field, min, max, opt, help, example) \
  {name, type, flags, offsetof(struct capture_conf, field), min, max, opt, \
   help, example}
static const struct pp_cfg_key conf_keys[] = {
  K("capture.read", PP_CFG_LIST, PP_CFG_F_PATHS, read, 0, MAX_FILES, "-r",
    "Capture files (pcap or pcapng), read in order as one timeline",
    "[/srv/pcap/mon.pcapng, /srv/pcap/tue.pcapng]"),
  K("capture.filter", PP_CFG_STRING, 0, filter, 0, 0, "-f",
    "Only packets matching this BPF expression (see pcap-filter(7))",
    "\"vlan 100\""),
  K("capture.bucket", PP_CFG_DURATION, 0, bucket, 1, 31 * 86400,
    "--bucket", "Length of a time bucket of the inventory", NULL),
  K("capture.max-flows", PP_CFG_UINT, 0, max_flows, 1, COUNT_MAX,
    "--max-flows", "Flows held at once; when full, the least recent ends",
    NULL),
  K("capture.max-names", PP_CFG_UINT, 0, max_names, 1, COUNT_MAX,
    "--max-names", "Names held per bucket; more are counted, not kept",
    NULL),
  K("capture.dns-cache", PP_CFG_UINT, 0, dns_cache, 1, COUNT_MAX,
    "--dns-cache", "Address-to-name entries kept, least recently used out",
    NULL),
  K("capture.max-servers", PP_CFG_UINT, 0, max_servers, 0, SERVERS_MAX,
    "--max-servers", "Server addresses kept per name and bucket", NULL),
  K("capture.max-paths", PP_CFG_UINT, 0, max_paths, 0, PATHS_MAX,
    "--max-paths", "HTTP paths kept per name and bucket", NULL),
  K("capture.max-stream-bytes", PP_CFG_UINT, PP_CFG_F_SUFFIX, max_stream,
    512, 1 << 20, "--max-stream-bytes",
    "Client bytes per connection searched for a name", NULL),
  K("capture.max-pending-bytes", PP_CFG_UINT, PP_CFG_F_SUFFIX, max_pending,
    1 << 20, 64ull << 30, "--max-pending-bytes",
    "Reassembly buffers of all connections being searched, together",
    NULL),
  K("capture.tcp-timeout", PP_CFG_DURATION, 0, tcp_timeout, 1, 86400,
    "--tcp-timeout", "Idle TCP flows end after this (closed ones after 10s)",
    NULL),
  K("capture.udp-timeout", PP_CFG_DURATION, 0, udp_timeout, 1, 86400,
    "--udp-timeout", "Idle UDP flows end after this", NULL),
  K("store.db", PP_CFG_PATH, 0, db, 0, 0, "--db",
    "SQLite store, created when absent (see pressprobe-store(5))",
    "/var/lib/pressprobe/inventory.db"),
  K("store.jsonl", PP_CFG_PATH, PP_CFG_F_DASH, jsonl, 0, 0, "--jsonl",
    "Also append the records as JSON lines; - is standard output",
    "/var/lib/pressprobe/inventory.jsonl"),
  K("privacy.key-file", PP_CFG_PATH, 0, key_file, 0, 0, "--key-file",
    "Secret for hashing client addresses (default: store.db plus .key)",
    "/etc/pressprobe/client.key"),
  K("rules.ech-fronts", PP_CFG_PATH, 0, ech_fronts, 0, 0, "--ech-fronts",
    "Known ECH public names (default: the installed ech-fronts.txt)",
    "/etc/pressprobe/ech-fronts.txt"),
  K("rules.ndpi-protos", PP_CFG_PATH, 0, ndpi_protos, 0, 0, "--ndpi-protos",
    "nDPI protocols file (host and port rules) loaded into nDPI",
    "/etc/pressprobe/ndpi-protos.txt"),
  K("output.stats-file", PP_CFG_PATH, 0, stats_file, 0, 0, "--stats-file",
    "Write run statistics here (Prometheus text format)",
    "/var/lib/pressprobe/capture.prom"),
  K("output.progress", PP_CFG_BOOL, 0, progress, 0, 0, "--[no-]progress",
    "Progress line on standard error (default: when it is a terminal)",
    "true"),
  K("output.quiet", PP_CFG_BOOL, 0, quiet, 0, 0, "-q",
    "No summary at the end", NULL),
};
#undef K
const struct pp_cfg_table capture_conf_table = {
  conf_keys, PP_ARRAY_LEN(conf_keys)
};

static const char sample_header[] =
"# pressprobe.yaml: configuration of `pressprobe capture`.\n"
"#\n"
"# Written by `pressprobe capture --print-sample-config`; the reference is\n"
"# pressprobe.yaml(5).  Every key is optional: a key left commented out\n"
"# keeps the value shown, its default (or, where there is none, an\n"
"# example).  Options on the command line override this file.  Relative\n"
"# paths are relative to the folder of this file.\n";

struct opts {
  struct capture_conf conf;
  const char *config;          /* -c FILE or $PRESSPROBE_CONFIG, or NULL */
  bool print_config, print_sample;
  /* resolved from conf after the options */
  const char *const *files;
  int n_files;
  const char *db, *jsonl, *bpf, *key_file, *ech_file, *protos, *stats_file;
  int quiet, progress;
  struct engine_config cfg;
};

enum {
  OPT_DB = 1000, OPT_JSONL, OPT_BUCKET, OPT_KEY, OPT_MAX_FLOWS,
  OPT_MAX_NAMES, OPT_DNS_CACHE, OPT_MAX_SERVERS, OPT_MAX_PATHS,
  OPT_MAX_STREAM, OPT_TCP_TIMEOUT, OPT_UDP_TIMEOUT, OPT_ECH, OPT_PROTOS,
  OPT_STATS, OPT_NO_PROGRESS, OPT_PROGRESS, OPT_PRINT_CONFIG,
  OPT_PRINT_SAMPLE, OPT_MAX_PENDING,
};

static const struct option longopts[] = {
  {"read", required_argument, NULL, 'r'},
  {"filter", required_argument, NULL, 'f'},
  {"db", required_argument, NULL, OPT_DB},
  {"jsonl", required_argument, NULL, OPT_JSONL},
  {"bucket", required_argument, NULL, OPT_BUCKET},
  {"key-file", required_argument, NULL, OPT_KEY},
  {"max-flows", required_argument, NULL, OPT_MAX_FLOWS},
  {"max-names", required_argument, NULL, OPT_MAX_NAMES},
  {"dns-cache", required_argument, NULL, OPT_DNS_CACHE},
  {"max-servers", required_argument, NULL, OPT_MAX_SERVERS},
  {"max-paths", required_argument, NULL, OPT_MAX_PATHS},
  {"max-stream-bytes", required_argument, NULL, OPT_MAX_STREAM},
  {"max-pending-bytes", required_argument, NULL, OPT_MAX_PENDING},
  {"tcp-timeout", required_argument, NULL, OPT_TCP_TIMEOUT},
  {"udp-timeout", required_argument, NULL, OPT_UDP_TIMEOUT},
  {"ech-fronts", required_argument, NULL, OPT_ECH},
  {"ndpi-protos", required_argument, NULL, OPT_PROTOS},
  {"stats-file", required_argument, NULL, OPT_STATS},
  {"progress", no_argument, NULL, OPT_PROGRESS},
  {"no-progress", no_argument, NULL, OPT_NO_PROGRESS},
  {"quiet", no_argument, NULL, 'q'},
  {"config", required_argument, NULL, 'c'},
  {"print-config", no_argument, NULL, OPT_PRINT_CONFIG},
  {"print-sample-config", no_argument, NULL, OPT_PRINT_SAMPLE},
  {"help", no_argument, NULL, 'h'},
  {"version", no_argument, NULL, 'V'},
  {NULL, 0, NULL, 0},
};

static void usage(FILE *f)
{
  fprintf(f,
"Usage: pressprobe capture -r FILE [-r FILE ...] (--db PATH | --jsonl PATH)\n"
"                          [OPTIONS]\n"
"       pressprobe capture -c FILE [OPTIONS]\n"
"\n"
"Read pcap/pcapng files (in the order given, as one timeline) and add the\n"
"web names seen in them (HTTP Host, TLS and QUIC SNI, DNS) to the domain\n"
"inventory.  No client address is ever written.\n"
"\n"
"Configuration:\n"
"  -c, --config FILE        read the settings from this YAML file first\n"
"                           (default: $PRESSPROBE_CONFIG, else none); the\n"
"                           options below override it; see\n"
"                           pressprobe.yaml(5)\n"
"      --print-config       print the effective configuration (defaults,\n"
"                           file, options) as YAML and exit\n"
"      --print-sample-config\n"
"                           print a commented sample file and exit\n"
"\n"
"Input and output:\n"
"  -r, --read FILE          capture file (pcap or pcapng); repeatable;\n"
"                           replaces the files of the configuration\n"
"  -f, --filter BPF         only packets matching this BPF expression\n"
"      --db PATH            SQLite store (created when absent)\n"
"      --jsonl PATH         also write records as JSON lines ('-': stdout)\n"
"      --bucket SECONDS     time bucket length (default 3600)\n"
"      --key-file PATH      secret for hashing client addresses (default:\n"
"                           PATH.key beside --db, else ./pressprobe.key;\n"
"                           created with mode 0600 when absent)\n"
"      --stats-file PATH    write run statistics (Prometheus text format)\n"
"\n"
"Limits (each counted in the statistics when hit):\n"
"      --max-flows N        flows held at once (default 1000000)\n"
"      --max-names N        names held per bucket (default 1000000)\n"
"      --dns-cache N        address-to-name entries (default 1000000)\n"
"      --max-servers N      server addresses kept per name and bucket (8)\n"
"      --max-paths N        HTTP paths kept per name and bucket (16)\n"
"      --max-stream-bytes N client bytes searched for a name (16k)\n"
"      --max-pending-bytes N  reassembly memory of all connections\n"
"                           being searched, together (512M)\n"
"      --tcp-timeout S      idle TCP flow timeout (default 300)\n"
"      --udp-timeout S      idle UDP flow timeout (default 120)\n"
"\n"
"Rules:\n"
"      --ech-fronts FILE    ECH public names (default: the installed\n"
"                           rules/ech-fronts.txt)\n"
"      --ndpi-protos FILE   nDPI protocols file (host and port rules)\n"
"\n"
"Other:\n"
"      --progress           progress on stderr (default: when a TTY)\n"
"      --no-progress        no progress line\n"
"  -q, --quiet              no summary at the end\n"
"  -h, --help               this help\n"
"  -V, --version            version\n"
"\n"
"Exit status: 0 done; 1 fatal error (nothing or not all written);\n"
"2 done, but some input was damaged or unreadable (what came before the\n"
"damage was kept); 64 usage error.  See pressprobe-capture(1).\n");
}

static const char shortopts[] = "r:f:c:qhV";

static const struct pp_cfg_key *conf_key(const char *name)
{
  return pp_config_find(&capture_conf_table, name);
}

/* Defaults: the engine's own, so they are defined once. */
static void conf_defaults(struct capture_conf *c)
{
  struct engine_config cfg;
  engine_config_defaults(&cfg);
  memset(c, 0, sizeof(*c));
  c->bucket = cfg.inv.bucket_seconds;
  c->max_flows = cfg.max_flows;
  c->max_names = cfg.inv.max_names;
  c->dns_cache = cfg.dns_cache_max;
  c->max_servers = cfg.inv.servers_max;
  c->max_paths = cfg.inv.paths_max;
  c->max_stream = cfg.stream_max;
  c->max_pending = cfg.max_pending_bytes;
  c->tcp_timeout = cfg.timeouts.idle[FLOW_LIST_TCP] / USEC;
  c->udp_timeout = cfg.timeouts.idle[FLOW_LIST_UDP] / USEC;
  c->progress = -1;
  c->quiet = 0;
}

/* A number option, checked with the range (and suffixes) of its key. */
static int opt_number(struct opts *o, const char *key, const char *opt,
                      const char *arg)
{
  return tool_conf_number(&capture_conf_table, &o->conf, key, opt, arg);
}

static int opt_string(struct opts *o, const char *key, const char *arg)
{
  return tool_conf_string(&capture_conf_table, &o->conf, key, arg);
}

/*
 * First pass over the options: only those that decide what happens
 * before the others apply (-c, help, version, the sample).  The others
 * are left to parse_args, once the file is loaded, so they override it.
 */
static void prescan(int argc, char **argv, struct opts *o)
{
  int c;
  optind = 0;                       /* full reset of getopt */
  opterr = 0;                       /* parse_args reports the errors */
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

/* Load o->config into o->conf; every error is reported. */
static int load_config(struct opts *o, bool from_env)
{
  return tool_conf_load(&capture_conf_table, &o->conf, o->config, from_env);
}

/* The options, over the defaults and the configuration file. */
static int parse_args(int argc, char **argv, struct opts *o)
{
  const struct pp_cfg_key *read_key = conf_key("capture.read");
  bool read_given = false;
  int c;
  optind = 0;
  while((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
    switch(c) {
    case 'r':
      if(!read_given) {               /* the options replace the file's */
        pp_config_list_clear(&o->conf.read);
        read_given = true;
      }
      switch(pp_config_list_add(&o->conf.read, optarg,
                                read_key ? read_key->max : MAX_FILES)) {
      case PP_OK:
        break;
      case PP_ELIMIT:
        tool_err("too many files (at most %d)", MAX_FILES);
        return EXIT_USAGE;
      default:
        tool_err("out of memory");
        return EXIT_FATAL;
      }
      break;
    case 'f':
      if(opt_string(o, "capture.filter", optarg))
        return EXIT_FATAL;
      break;
    case OPT_DB:
      if(opt_string(o, "store.db", optarg))
        return EXIT_FATAL;
      break;
    case OPT_JSONL:
      if(opt_string(o, "store.jsonl", optarg))
        return EXIT_FATAL;
      break;
    case OPT_KEY:
      if(opt_string(o, "privacy.key-file", optarg))
        return EXIT_FATAL;
      break;
    case OPT_ECH:
      if(opt_string(o, "rules.ech-fronts", optarg))
        return EXIT_FATAL;
      break;
    case OPT_PROTOS:
      if(opt_string(o, "rules.ndpi-protos", optarg))
        return EXIT_FATAL;
      break;
    case OPT_STATS:
      if(opt_string(o, "output.stats-file", optarg))
        return EXIT_FATAL;
      break;
    case OPT_PROGRESS: o->conf.progress = 1; break;
    case OPT_NO_PROGRESS: o->conf.progress = 0; break;
    case 'q': o->conf.quiet = 1; break;
    case 'c': break;                  /* taken by prescan */
    case OPT_PRINT_CONFIG: o->print_config = true; break;
    case OPT_PRINT_SAMPLE: break;     /* taken by prescan */
    case 'h': usage(stdout); exit(EXIT_OK);
    case 'V': tool_version();
    case OPT_BUCKET:
      if(opt_number(o, "capture.bucket", "--bucket", optarg))
        return EXIT_USAGE;
      break;
    case OPT_MAX_FLOWS:
      if(opt_number(o, "capture.max-flows", "--max-flows", optarg))
        return EXIT_USAGE;
      break;
    case OPT_MAX_NAMES:
      if(opt_number(o, "capture.max-names", "--max-names", optarg))
        return EXIT_USAGE;
      break;
    case OPT_DNS_CACHE:
      if(opt_number(o, "capture.dns-cache", "--dns-cache", optarg))
        return EXIT_USAGE;
      break;
    case OPT_MAX_SERVERS:
      if(opt_number(o, "capture.max-servers", "--max-servers", optarg))
        return EXIT_USAGE;
      break;
    case OPT_MAX_PATHS:
      if(opt_number(o, "capture.max-paths", "--max-paths", optarg))
        return EXIT_USAGE;
      break;
    case OPT_MAX_STREAM:
      if(opt_number(o, "capture.max-stream-bytes", "--max-stream-bytes",
                    optarg))
        return EXIT_USAGE;
      break;
    case OPT_MAX_PENDING:
      if(opt_number(o, "capture.max-pending-bytes", "--max-pending-bytes",
                    optarg))
        return EXIT_USAGE;
      break;
    case OPT_TCP_TIMEOUT:
      if(opt_number(o, "capture.tcp-timeout", "--tcp-timeout", optarg))
        return EXIT_USAGE;
      break;
    case OPT_UDP_TIMEOUT:
      if(opt_number(o, "capture.udp-timeout", "--udp-timeout", optarg))
        return EXIT_USAGE;
      break;
    default:
      usage(stderr);
      return EXIT_USAGE;
    }
  }
  if(optind < argc) {
    tool_err("unexpected argument '%s' (files are given with -r)",
             argv[optind]);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

/* What the rest of the command reads, from the settings. */
static int resolve(struct opts *o)
{
  const struct capture_conf *c = &o->conf;
  if(!c->read.n) {
    tool_err("no input: give capture files with -r FILE (or capture.read "
             "in the configuration)");
    usage(stderr);
    return EXIT_USAGE;
  }
  if(!c->db && !c->jsonl) {
    tool_err("no output: give --db PATH and/or --jsonl PATH (or store.db, "
             "store.jsonl in the configuration)");
    return EXIT_USAGE;
  }
  o->files = (const char *const *)c->read.v;
  o->n_files = (int)c->read.n;
  o->bpf = c->filter;
  o->db = c->db;
  o->jsonl = c->jsonl;
  o->key_file = c->key_file;
  o->ech_file = c->ech_fronts;
  o->protos = c->ndpi_protos;
  o->stats_file = c->stats_file;
  o->quiet = c->quiet;
  o->progress = c->progress;
  engine_config_defaults(&o->cfg);
  /* the table's ranges make every cast below lossless */
  o->cfg.inv.bucket_seconds = (uint32_t)c->bucket;
  o->cfg.max_flows = (size_t)c->max_flows;
  o->cfg.inv.max_names = (size_t)c->max_names;
  o->cfg.dns_cache_max = (size_t)c->dns_cache;
  o->cfg.inv.servers_max = (uint16_t)c->max_servers;
  o->cfg.inv.paths_max = (uint16_t)c->max_paths;
  o->cfg.stream_max = (uint32_t)c->max_stream;
  o->cfg.max_pending_bytes = (size_t)c->max_pending;
  o->cfg.timeouts.idle[FLOW_LIST_TCP] = c->tcp_timeout * USEC;
  o->cfg.timeouts.idle[FLOW_LIST_UDP] = c->udp_timeout * USEC;
  return EXIT_OK;
}

/* ---- ECH fronts rule file -------------------------------------------- */

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

/* One name per line, '#' comments.  Errors name file:line. */
static int load_ech_fronts(struct engine *e, const char *path, bool required)
{
  char line[ECH_LINE_MAX];
  FILE *f = fopen(path, "r");
  int lineno = 0, rc = 0;
  if(!f) {
    if(required) {
      tool_err("%s: %s", path, strerror(errno));
      return -1;
    }
    return 0;
  }
  while(fgets(line, sizeof(line), f)) {
    char *s = line, *end;
    lineno++;
    if(!strchr(line, '\n') && !feof(f)) {
      tool_err("%s:%d: line too long (at most %d bytes)", path, lineno,
               ECH_LINE_MAX - 2);
      rc = -1;
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
    if(!*s)
      continue;
    switch(engine_add_ech_front(e, s)) {
    case PP_OK:
      break;
    case PP_EINVAL:
      tool_err("%s:%d: not a valid host name: '%s'", path, lineno, s);
      rc = -1;
      break;
    default:
      tool_err("%s:%d: too many names (at most %d)", path, lineno,
               ENGINE_ECH_FRONTS_MAX);
      rc = -1;
      break;
    }
    if(rc)
      break;
  }
  fclose(f);
  return rc;
}

/* ---- sinks -------------------------------------------------------------- */

struct sinks {
  struct pp_store *store;
  FILE *jsonl;
  bool in_txn;
  int err;
  uint64_t records;
};

static int sink_record(void *user, const struct pp_record *rec)
{
  struct sinks *s = user;
  int rc = PP_OK;
  if(!rec) {                          /* end of a flush */
    if(s->in_txn) {
      rc = store_commit(s->store);
      s->in_txn = false;
    }
    if(s->jsonl && fflush(s->jsonl) != 0 && !rc)
      rc = PP_EIO;
  }
  else {
    s->records++;
    if(s->store) {
      if(!s->in_txn) {
        rc = store_begin(s->store);
        s->in_txn = rc == PP_OK;
      }
      if(!rc)
        rc = store_put(s->store, rec);
    }
    if(s->jsonl) {
      int jrc = jsonl_write_record(s->jsonl, rec);
      if(jrc && !rc)
        rc = jrc;
    }
  }
  if(rc && !s->err) {
    s->err = rc;
    if(s->store && rc == PP_EDB)
      tool_err("store: %s", store_errmsg(s->store));
    else
      tool_err("writing records: %s", pp_strerror(rc));
  }
  return rc;
}

/* ---- statistics ------------------------------------------------------- */

static const struct counter {
  const char *name;
  const char *help;
  size_t off;
} counters[] = {
#define C(field, help) {#field, help, offsetof(struct engine_stats, field)}
  C(packets, "frames read"),
  C(bytes, "frame bytes on the wire"),
  C(late_packets, "frames older than the current time"),
  C(flows_created, "flows created"),
  C(flows_ended_idle, "flows ended by idle timeout"),
  C(flows_ended_closed, "flows ended after FIN/RST"),
  C(flows_evicted, "flows evicted because --max-flows was reached"),
  C(flows_alloc_failed, "flows lost to allocation failure"),
  C(ech_fronts_seen, "ClientHellos to a known ECH front"),
  C(ech_grease, "ClientHellos with GREASE ECH and a real name"),
  C(dns_messages, "DNS messages parsed"),
  C(dns_truncated, "DNS messages cut short"),
  C(dns_malformed, "DNS messages refused as malformed"),
  C(dns_bad_names, "DNS question names not inventoried (bad bytes)"),
  C(dns_other_types, "DNS questions of types not inventoried"),
  C(dns_nxdomain, "DNS NXDOMAIN responses"),
  C(dns_answers, "DNS addresses put in the cache"),
  C(mdns_llmnr_ignored, "mDNS/LLMNR packets ignored"),
  C(tls_malformed, "TLS client streams refused as malformed"),
  C(tls_no_sni, "ClientHellos without server_name"),
  C(http_malformed, "HTTP request heads refused as malformed"),
  C(quic_initials, "QUIC Initial datagrams decrypted"),
  C(quic_crypto_failed, "QUIC Initials that failed authentication"),
  C(quic_malformed, "QUIC Initials refused as malformed"),
  C(quic_limit, "QUIC CRYPTO streams over the reassembly limit"),
  C(stream_segments_dropped, "TCP segments dropped by reassembly limits"),
  C(stream_full, "client streams that hit --max-stream-bytes"),
  C(pending_alloc_failed, "name searches lost to allocation failure"),
  C(dpi_giveups, "flows nDPI could not classify"),
  C(time_jumps, "timestamps far ahead that the next packet did not confirm"),
  C(pending_budget, "name searches stopped by --max-pending-bytes"),
  C(flows_reused, "new connections on a finished 4-tuple"),
  C(ech_learned_limit, "ECH public names from DNS not kept (set full)"),
#undef C
};

static uint64_t counter_value(const struct engine_stats *st, size_t off)
{
  uint64_t v;
  memcpy(&v, (const char *)st + off, sizeof(v));
  return v;
}

static void stats_json(FILE *f, const struct engine_stats *st,
                       const struct inv_stats *is, int files_ok,
                       int files_bad)
{
  struct pp_jsonw w;
  size_t i;
  jsonw_init(&w, f);
  jsonw_obj_begin(&w);
  jsonw_key(&w, "files_read");
  jsonw_u64(&w, (uint64_t)files_ok);
  jsonw_key(&w, "files_damaged");
  jsonw_u64(&w, (uint64_t)files_bad);
  for(i = 0; i < PP_ARRAY_LEN(counters); i++) {
    jsonw_key(&w, counters[i].name);
    jsonw_u64(&w, counter_value(st, counters[i].off));
  }
  jsonw_key(&w, "decode");
  jsonw_obj_begin(&w);
  for(i = 0; i < DECODE_RESULT_COUNT; i++) {
    jsonw_key(&w, decode_result_name((enum decode_result)i));
    jsonw_u64(&w, st->decode[i]);
  }
  jsonw_obj_end(&w);
  jsonw_key(&w, "flows_named");
  jsonw_obj_begin(&w);
  for(i = 0; i < ENGINE_NAME_SRC_COUNT; i++) {
    jsonw_key(&w, engine_name_src_str((enum engine_name_src)i));
    jsonw_u64(&w, st->flows_named[i]);
  }
  jsonw_obj_end(&w);
  jsonw_key(&w, "names_rejected");
  jsonw_obj_begin(&w);
  for(i = 1; i < PP_NAME_RESULT_COUNT; i++) {
    jsonw_key(&w, pp_name_result_name((enum pp_name_result)i));
    jsonw_u64(&w, st->names_rejected[i]);
  }
  jsonw_obj_end(&w);
  jsonw_key(&w, "names_interned");
  jsonw_u64(&w, is->names_interned);
  jsonw_key(&w, "names_limit");
  jsonw_u64(&w, is->names_limit);
  jsonw_key(&w, "servers_limit");
  jsonw_u64(&w, is->servers_limit);
  jsonw_key(&w, "paths_limit");
  jsonw_u64(&w, is->paths_limit);
  jsonw_key(&w, "records");
  jsonw_u64(&w, is->records_flushed);
  jsonw_key(&w, "flows_peak");
  jsonw_u64(&w, st->flows_peak);
  jsonw_obj_end(&w);
}

static int write_prometheus(const char *path, const struct engine_stats *st,
                            const struct inv_stats *is)
{
  char tmp[4096];
  FILE *f;
  size_t i;
  snprintf(tmp, sizeof(tmp), "%s.tmp", path);
  f = fopen(tmp, "w");
  if(!f)
    return -1;
  for(i = 0; i < PP_ARRAY_LEN(counters); i++)
    fprintf(f, "# HELP pressprobe_%s_total %s\n"
            "# TYPE pressprobe_%s_total counter\n"
            "pressprobe_%s_total %llu\n", counters[i].name, counters[i].help,
            counters[i].name, counters[i].name,
            (unsigned long long)counter_value(st, counters[i].off));
  fprintf(f, "# HELP pressprobe_decode_total frames per decode result\n"
          "# TYPE pressprobe_decode_total counter\n");
  for(i = 0; i < DECODE_RESULT_COUNT; i++)
    fprintf(f, "pressprobe_decode_total{result=\"%s\"} %llu\n",
            decode_result_name((enum decode_result)i),
            (unsigned long long)st->decode[i]);
  fprintf(f, "# HELP pressprobe_flows_named_total flows by name source\n"
          "# TYPE pressprobe_flows_named_total counter\n");
  for(i = 0; i < ENGINE_NAME_SRC_COUNT; i++)
    fprintf(f, "pressprobe_flows_named_total{source=\"%s\"} %llu\n",
            engine_name_src_str((enum engine_name_src)i),
            (unsigned long long)st->flows_named[i]);
  fprintf(f, "# HELP pressprobe_names_rejected_total names not inventoried\n"
          "# TYPE pressprobe_names_rejected_total counter\n");
  for(i = 1; i < PP_NAME_RESULT_COUNT; i++)
    fprintf(f, "pressprobe_names_rejected_total{reason=\"%s\"} %llu\n",
            pp_name_result_name((enum pp_name_result)i),
            (unsigned long long)st->names_rejected[i]);
  fprintf(f, "# HELP pressprobe_limit_hits_total times a limit was hit\n"
          "# TYPE pressprobe_limit_hits_total counter\n"
          "pressprobe_limit_hits_total{limit=\"max-flows\"} %llu\n"
          "pressprobe_limit_hits_total{limit=\"max-names\"} %llu\n"
          "pressprobe_limit_hits_total{limit=\"max-servers\"} %llu\n"
          "pressprobe_limit_hits_total{limit=\"max-paths\"} %llu\n"
          "pressprobe_limit_hits_total{limit=\"max-stream-bytes\"} %llu\n"
          "pressprobe_limit_hits_total{limit=\"max-pending-bytes\"} %llu\n",
          (unsigned long long)st->flows_evicted,
          (unsigned long long)is->names_limit,
          (unsigned long long)is->servers_limit,
          (unsigned long long)is->paths_limit,
          (unsigned long long)st->stream_full,
          (unsigned long long)st->pending_budget);
  fprintf(f, "# HELP pressprobe_flows_active flows held now\n"
          "# TYPE pressprobe_flows_active gauge\n"
          "pressprobe_flows_active %zu\n"
          "# HELP pressprobe_flows_peak most flows held at once\n"
          "# TYPE pressprobe_flows_peak gauge\n"
          "pressprobe_flows_peak %zu\n"
          "# HELP pressprobe_names_active names held now\n"
          "# TYPE pressprobe_names_active gauge\n"
          "pressprobe_names_active %zu\n",
          st->flows_active, st->flows_peak, is->names);
  if(fclose(f) != 0 || rename(tmp, path) != 0) {
    unlink(tmp);
    return -1;
  }
  return 0;
}

static void human_count(uint64_t v, char *buf, size_t cap)
{
  if(v >= 10000000)
    snprintf(buf, cap, "%.1fM", (double)v / 1e6);
  else if(v >= 10000)
    snprintf(buf, cap, "%.1fk", (double)v / 1e3);
  else
    snprintf(buf, cap, "%llu", (unsigned long long)v);
}

static void summary(const struct engine_stats *st, const struct inv_stats *is,
                    int files_ok, int files_bad, double secs)
{
  char a[32], b[32];
  uint64_t named = 0;
  size_t i;
  int n;
  for(i = 0; i < ENGINE_UNNAMED; i++)
    named += st->flows_named[i];
  human_count(st->packets, a, sizeof(a));
  fprintf(stderr, "pressprobe capture: %d file%s read%s, %s packets, "
          "%.1f MB in %.2f s", files_ok + files_bad,
          files_ok + files_bad == 1 ? "" : "s",
          files_bad ? " (some damaged)" : "", a, (double)st->bytes / 1e6,
          secs);
  if(secs > 0) {
    human_count((uint64_t)((double)st->packets / secs), b, sizeof(b));
    fprintf(stderr, " (%s packets/s)", b);
  }
  fprintf(stderr, "\n  flows: %llu, named %llu",
          (unsigned long long)st->flows_created, (unsigned long long)named);
  for(i = 0, n = 0; i < ENGINE_UNNAMED; i++) {
    if(!st->flows_named[i])
      continue;
    fprintf(stderr, "%s%s %llu", n++ ? ", " : " (",
            engine_name_src_str((enum engine_name_src)i),
            (unsigned long long)st->flows_named[i]);
  }
  fprintf(stderr, "%s, without a name %llu\n", n ? ")" : "",
          (unsigned long long)st->flows_named[ENGINE_UNNAMED]);
  fprintf(stderr, "  names: %llu in %llu records; DNS messages %llu\n",
          (unsigned long long)is->names_interned,
          (unsigned long long)is->records_flushed,
          (unsigned long long)st->dns_messages);
  fprintf(stderr, "  not inventoried:");
  n = 0;
  for(i = 1; i < DECODE_RESULT_COUNT; i++) {
    if(!st->decode[i] || decode_result_is_error((enum decode_result)i))
      continue;
    fprintf(stderr, "%s %s %llu", n++ ? "," : "",
            decode_result_name((enum decode_result)i),
            (unsigned long long)st->decode[i]);
  }
  fprintf(stderr, "%s\n", n ? "" : " none");
  fprintf(stderr, "  damaged:");
  n = 0;
  for(i = 1; i < DECODE_RESULT_COUNT; i++) {
    if(!st->decode[i] || !decode_result_is_error((enum decode_result)i))
      continue;
    fprintf(stderr, "%s %s %llu", n++ ? "," : "",
            decode_result_name((enum decode_result)i),
            (unsigned long long)st->decode[i]);
  }
  if(st->dns_malformed)
    fprintf(stderr, "%s dns-malformed %llu", n++ ? "," : "",
            (unsigned long long)st->dns_malformed);
  if(st->tls_malformed)
    fprintf(stderr, "%s tls-malformed %llu", n++ ? "," : "",
            (unsigned long long)st->tls_malformed);
  if(st->quic_malformed + st->quic_crypto_failed)
    fprintf(stderr, "%s quic-undecryptable %llu", n++ ? "," : "",
            (unsigned long long)(st->quic_malformed +
                                 st->quic_crypto_failed));
  fprintf(stderr, "%s\n", n ? "" : " none");
  {
    const struct {
      const char *name;
      uint64_t hits;
    } limits[] = {
      {"max-flows", st->flows_evicted},
      {"max-names", is->names_limit},
      {"max-servers", is->servers_limit},
      {"max-paths", is->paths_limit},
      {"max-stream-bytes", st->stream_full},
      {"max-pending-bytes", st->pending_budget},
    };
    for(i = 0, n = 0; i < PP_ARRAY_LEN(limits); i++) {
      if(!limits[i].hits)
        continue;
      fprintf(stderr, "%s %s %llu", n++ ? "," : "  limits hit:",
              limits[i].name, (unsigned long long)limits[i].hits);
    }
    if(n)
      fputc('\n', stderr);
  }
}

static double now_secs(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/*
 * The command line as recorded in the store's runs table, described from
 * the settings, never copied from argv.  Privacy: a BPF filter, a file
 * name or any path can hold a client address ("host 100.64.1.2"), so only
 * numbers and yes/no facts are written.
 */
static char *describe_args(const struct opts *o)
{
  const struct engine_config *c = &o->cfg;
  char *s = malloc(512);
  if(!s)
    return NULL;
  snprintf(s, 512,
           "files=%d filter=%s config=%s db=%s jsonl=%s bucket=%u "
           "max-flows=%zu max-names=%zu dns-cache=%zu max-servers=%u "
           "max-paths=%u max-stream-bytes=%u max-pending-bytes=%zu "
           "tcp-timeout=%llu udp-timeout=%llu",
           o->n_files, o->bpf ? "yes" : "no", o->config ? "yes" : "no",
           o->db ? "yes" : "no", o->jsonl ? "yes" : "no",
           c->inv.bucket_seconds, c->max_flows, c->inv.max_names,
           c->dns_cache_max, c->inv.servers_max, c->inv.paths_max,
           c->stream_max, c->max_pending_bytes,
           (unsigned long long)(c->timeouts.idle[FLOW_LIST_TCP] / 1000000u),
           (unsigned long long)(c->timeouts.idle[FLOW_LIST_UDP] / 1000000u));
  return s;
}

/* Read one file through the engine; 0 ok, 1 damaged, -1 unreadable. */
static int run_file(struct engine *e, const struct opts *o, int idx,
                    bool progress, uint64_t *pkts)
{
  char errbuf[PP_ERRBUF_SIZE];
  struct source *src;
  struct src_packet pkt;
  double last = now_secs();
  int rc = source_open_file(o->files[idx], o->bpf, &src, errbuf);
  if(rc) {
    tool_err("%s", errbuf);
    return rc == PP_EINVAL ? -2 : -1;
  }
  while(!stop_requested && (rc = source_next(src, &pkt)) == 1) {
    engine_packet(e, pkt.dlt, pkt.ts, pkt.data, pkt.caplen, pkt.wirelen);
    if(progress && !(++*pkts & 0xffff) && now_secs() - last > 0.5) {
      double frac = source_progress(src);
      last = now_secs();
      fprintf(stderr, "\r[%d/%d] %s %3.0f%%  %llu packets ", idx + 1,
              o->n_files, o->files[idx], frac < 0 ? 0.0 : frac * 100.0,
              (unsigned long long)*pkts);
    }
  }
  if(progress)
    fprintf(stderr, "\r\033[K");
  if(rc < 0)
    tool_warn("%s: %s; the packets before it were kept", o->files[idx],
              source_error(src));
  source_close(src);
  return rc < 0 ? 1 : 0;
}

int cmd_capture(int argc, char **argv)
{
  struct opts o;
  struct sinks sinks;
  struct engine *e = NULL;
  struct engine_stats st;
  struct inv_stats is;
  char errbuf[PP_ERRBUF_SIZE], keypath[4096], rulebuf[4096], cwd[4096];
  uint8_t key[PP_SECRET_FILE_LEN];
  int rc, i, files_ok = 0, files_bad = 0, status = EXIT_OK;
  int64_t run_id = 0;
  bool created, progress, from_env = false;
  double t0;
  uint64_t pkts = 0;
  char *args = NULL;
  struct sigaction sa;

  memset(&o, 0, sizeof(o));
  memset(&sinks, 0, sizeof(sinks));
  conf_defaults(&o.conf);
  /* defaults, then the file, then the options */
  prescan(argc, argv, &o);
  if(o.print_sample) {
    fputs(sample_header, stdout);
    if(pp_config_print_sample(stdout, &capture_conf_table, &o.conf))
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
    /* absolute paths: the output means the same wherever it is saved */
    if(getcwd(cwd, sizeof(cwd)) &&
       pp_config_rebase(&capture_conf_table, &o.conf, cwd) == PP_ENOMEM) {
      tool_err("out of memory");
      status = EXIT_FATAL;
      goto out;
    }
    if(o.config)
      printf("# pressprobe capture: effective configuration: the defaults,\n"
             "# then %s, then the command-line options\n", o.config);
    else
      printf("# pressprobe capture: effective configuration: the defaults,\n"
             "# then the command-line options (no configuration file)\n");
    if(pp_config_print(stdout, &capture_conf_table, &o.conf))
      status = EXIT_FATAL;
    goto out;
  }
  if((status = resolve(&o)) != EXIT_OK)
    goto out;
  progress = o.progress < 0 ? isatty(2) != 0 : o.progress != 0;

  if(!o.key_file) {
    if(o.db)
      snprintf(keypath, sizeof(keypath), "%s.key", o.db);
    else
      snprintf(keypath, sizeof(keypath), "pressprobe.key");
    o.key_file = keypath;
  }
  if(pp_secret_load(o.key_file, key, &created, errbuf)) {
    tool_err("key file: %s", errbuf);
    status = EXIT_FATAL;
    goto out;
  }
  memcpy(o.cfg.client_key, key, sizeof(o.cfg.client_key));
  o.cfg.ndpi_protos = o.protos;

  if(o.db) {
    rc = store_open(o.db, STORE_RDWR, &sinks.store, errbuf);
    if(rc) {
      tool_err("%s: %s", o.db, errbuf);
      status = EXIT_FATAL;
      goto out;
    }
  }
  if(o.jsonl) {
    sinks.jsonl = strcmp(o.jsonl, "-") ? fopen(o.jsonl, "a") : stdout;
    if(!sinks.jsonl) {
      tool_err("%s: %s", o.jsonl, strerror(errno));
      status = EXIT_FATAL;
      goto out;
    }
  }
  rc = engine_new(&o.cfg, &e, errbuf);
  if(rc) {
    tool_err("%s", errbuf);
    status = EXIT_FATAL;
    goto out;
  }
  engine_set_sink(e, sink_record, &sinks);
  if(o.ech_file) {
    if(load_ech_fronts(e, o.ech_file, true)) {
      status = EXIT_FATAL;
      goto out;
    }
  }
  else if(find_rule_file("ech-fronts.txt", rulebuf, sizeof(rulebuf)) &&
          load_ech_fronts(e, rulebuf, false)) {
    status = EXIT_FATAL;
    goto out;
  }

  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);

  args = describe_args(&o);
  if(sinks.store &&
     store_run_start(sinks.store, "capture", args ? args : "",
                     (pp_usec_t)time(NULL) * 1000000u, &run_id) != PP_OK)
    tool_warn("store: cannot record the run: %s",
              store_errmsg(sinks.store));

  t0 = now_secs();
  for(i = 0; i < o.n_files && !stop_requested; i++) {
    rc = run_file(e, &o, i, progress, &pkts);
    if(rc == -2) {                    /* bad filter: same for every file */
      status = EXIT_USAGE;
      break;
    }
    if(rc == 0)
      files_ok++;
    else
      files_bad++;
  }
  if(stop_requested)
    tool_warn("interrupted: flushing what was read");
  rc = engine_finish(e);
  engine_get_stats(e, &st);
  engine_get_inv_stats(e, &is);
  if(rc || sinks.err)
    status = EXIT_FATAL;
  else if(status == EXIT_OK && files_bad)
    status = EXIT_PARTIAL;

  if(sinks.store && run_id) {
    char *json = NULL;
    size_t jlen = 0;
    FILE *mf = open_memstream(&json, &jlen);
    if(mf) {
      stats_json(mf, &st, &is, files_ok, files_bad);
      fclose(mf);
    }
    if(store_run_finish(sinks.store, run_id,
                        (pp_usec_t)time(NULL) * 1000000u, status,
                        json ? json : "{}") != PP_OK)
      tool_warn("store: cannot record the run: %s",
                store_errmsg(sinks.store));
    free(json);
  }
  if(o.stats_file && write_prometheus(o.stats_file, &st, &is))
    tool_warn("%s: cannot write statistics: %s", o.stats_file,
              strerror(errno));
  if(!o.quiet)
    summary(&st, &is, files_ok, files_bad, now_secs() - t0);

out:
  engine_free(e);
  free(args);
  if(sinks.jsonl && sinks.jsonl != stdout && fclose(sinks.jsonl) != 0) {
    tool_err("%s: %s", o.jsonl, strerror(errno));
    status = EXIT_FATAL;
  }
  store_close(sinks.store);
  pp_config_free(&capture_conf_table, &o.conf);
  return status;
}
