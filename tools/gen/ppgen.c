/*
 * ppgen.c: deterministic generator of test captures for pressprobe.
 *
 * Writes a pcap or pcapng file of interleaved web traffic (HTTP/1.1, TLS
 * over TCP, QUIC v1/v2 Initials, DNS over UDP and TCP, DNS-attributed
 * flows, ECH fronts, IP fragments, bulk) between simulated subscribers and
 * servers, and a tab-separated ground-truth file with the name each flow
 * must be inventoried under.  See tools/gen/README.md for the options,
 * the truth format and the guarantees.
 *
 * References: pcap and pcapng (draft-ietf-opsawg-pcap,
 * draft-ietf-opsawg-pcapng), link types (tcpdump.org/linktypes.html),
 * RFC 791/8200 (IP), RFC 9293 (TCP), RFC 768 (UDP), RFC 1071 (checksum),
 * RFC 7323 (timestamps, window scale), RFC 2018 (SACK), RFC 2784/2890
 * (GRE), RFC 3032 (MPLS), RFC 2516 (PPPoE), IEEE 802.1Q/ad, RFC 8754
 * (SRH), and those listed in gen_proto.c.
 *
 * Layout: this file holds the shared model, the options and main(); the
 * parts are #included below (one compilation unit, as the build wants):
 *   gen_util.c   PRNG, writer, checksum, Punycode, Zipf
 *   gen_names.c  names, sites, addresses, clients, DNS answer map
 *   gen_proto.c  TLS, QUIC, DNS, HTTP payloads
 *   gen_wire.c   headers from TCP/UDP down to the link, file writers
 *   gen_flow.c   flow state machines, visits and the scheduler
 *
 * Determinism: every random choice comes from xoshiro256** streams seeded
 * by --seed (one stream per flow, keyed by its id), floating point uses
 * only exactly rounded operations, and files are written little-endian
 * whatever the host; same arguments give byte-identical files.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pp_common.h"
#include "pp_addr.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "quic.h"

#include "gen_util.c"
#include "gen_names.c"
#include "gen_proto.c"

/* ---- the model ---------------------------------------------------------- */

/* Flow kinds: the `kind` column of the truth file. */
enum kind {
  K_HTTP, K_HTTP_PROXY, K_HTTP_SPLIT,
  K_TLS, K_TLS_SPLIT, K_TLS_PQ, K_TLS_RECORDS, K_TLS12,
  K_QUIC, K_QUIC_SPLIT, K_QUIC_V2,
  K_DNS, K_DNS_TCP, K_DNS_NX,
  K_ATTR, K_ECH, K_FRAG, K_BULK_NONAME,
  K_N
};

static const char *const kind_names[K_N] = {
  "http", "http-proxy", "http-split",
  "tls", "tls-split", "tls-pq", "tls-records", "tls12",
  "quic", "quic-split", "quic-v2",
  "dns", "dns-tcp", "dns-nx",
  "attr", "ech", "frag", "bulk-noname",
};

enum link { L_ETHER, L_SLL, L_SLL2, L_RAW, L_NULL, L_N };
#define L_MIXED L_N
static const char *const link_names[L_N + 1] = {
  "ether", "sll", "sll2", "raw", "null", "mixed",
};
static const uint16_t link_dlt[L_N] = { 1, 113, 276, 101, 0 };

enum encap { E_NONE, E_VLAN, E_QINQ, E_MPLS, E_PPPOE, E_GRE, E_N };
#define E_MIXED E_N
static const char *const encap_names[E_N + 1] = {
  "none", "vlan", "qinq", "mpls", "pppoe", "gre", "mixed",
};

enum mix {
  MIX_DEFAULT, MIX_WEB, MIX_DNS, MIX_QUIC, MIX_TLS_SPLIT, MIX_ECH,
  MIX_ATTR, MIX_ALL, MIX_N
};
static const char *const mix_names[MIX_N] = {
  "default", "web", "dns", "quic", "tls-split", "ech", "attr", "all",
};

/* IPv6 extension headers put in front of TCP/UDP (RFC 8200 4.1 order). */
#define X_HBH 0x01u        /* hop-by-hop options, PadN */
#define X_DST 0x02u        /* destination options, PadN */
#define X_RH0 0x04u        /* routing type 0, no addresses, 0 left */
#define X_SRH 0x08u        /* routing type 4 (RFC 8754), 0 left */

#define GRE_C 0x8000u
#define GRE_K 0x2000u
#define GRE_S 0x1000u

/* What a queued packet carries. */
enum ptype {
  PT_TCP,                  /* a TCP segment of the flow's byte streams */
  PT_UDP,                  /* a stored datagram (DNS, QUIC long header) */
  PT_QSHORT,               /* a QUIC short header packet, random body */
  PT_WG,                   /* a WireGuard message: type in flags,
                              counter in aux2, random body */
  PT_FRAG                  /* one IPv4 fragment of a WireGuard datagram */
};

#define PN_DNSREG 0x01u    /* emitting it registers the lookup's answers */
#define PN_BULK 0x02u      /* counted as bulk in the statistics */

struct pkt {
  uint64_t t;              /* capture time, usec since the epoch */
  uint32_t seq;            /* TCP: relative seq (SYN = 0); PT_UDP: offset
                              in f->buf; PT_FRAG: offset in datagram */
  uint32_t ack;            /* TCP: relative ack; PT_FRAG: datagram size */
  uint32_t aux;            /* TCP: SACK left edge; else a pool offset */
  uint32_t aux2;           /* TCP: SACK right edge, 0 = no SACK;
                              WireGuard: the message counter */
  uint16_t len;            /* payload (or fragment) bytes */
  uint16_t ipid;           /* PT_FRAG: the datagram's IP ID */
  uint8_t dir;             /* C2S or S2C */
  uint8_t flags;           /* TCP flags; PT_FRAG: more fragments */
  uint8_t type;            /* enum ptype */
  uint8_t note;            /* PN_* */
};

/* A flow's byte stream in one direction is a list of pieces. */
enum { PC_BYTES, PC_RANDOM, PC_TLSREC };

struct piece {
  uint32_t start;          /* stream offset */
  uint32_t len;
  uint32_t src;            /* PC_BYTES: offset in f->buf; else pool */
  uint16_t rec;            /* PC_TLSREC: record payload size */
  uint8_t type;
};

#define PIECES_MAX 16

struct stream {
  struct piece pc[PIECES_MAX];
  uint32_t n;
  uint32_t len;
};

enum stage { ST_OPEN, ST_BULK, ST_AFTER, ST_CLOSE, ST_END };

/* Packets a flow keeps queued, and the most one generation step adds. */
#define QMAX 96
#define STEP_MAX 30

struct flow {
  uint64_t id;
  struct rng rng;
  uint8_t kind;            /* enum kind */
  uint8_t stage;           /* enum stage */
  uint8_t l4;              /* 6 or 17 */
  uint8_t link;            /* enum link */
  uint8_t encap;           /* enum encap */
  uint8_t qinq_i;          /* outer TPID: 0x88a8, 0x9100, 0x8100 */
  uint8_t mpls_n;          /* labels, 1-3 */
  uint8_t gre_eth;         /* GRE carries Ethernet (0x6558) */
  uint16_t gre_flags;      /* GRE_C | GRE_K | GRE_S */
  uint8_t v6ext;           /* X_* */
  uint8_t os;              /* enum os */
  uint8_t shape;           /* enum shape (TLS/QUIC/HTTP) */
  uint8_t reorder;         /* ORD_*: how the ClientHello segments go */
  uint8_t close_mode;      /* CLOSE_* */
  bool df;                 /* IPv4 don't fragment */
  bool keepalive;          /* HTTP: a second request */
  bool started;            /* first packet written */
  bool primary;            /* counts towards --flows */
  bool ts;                 /* TCP timestamps negotiated */
  uint32_t client;
  int64_t name;            /* index in g->names, -1 none */
  struct pp_addr cli, srv;
  uint16_t cport, sport;
  uint8_t ttl[2];
  uint32_t flowlabel[2];
  uint32_t rc, rs;         /* round trips probe<->client, probe<->server */
  uint32_t gap;            /* usec between bulk segments */
  uint16_t mss;            /* TCP payload bytes of a full segment */
  uint16_t mtu;            /* path MTU of the (inner) IP packets */
  uint64_t t0;
  /* TCP */
  uint32_t isn[2], snd[2], tsbase[2], last_tsval[2];
  uint16_t win0[2], win[2];
  uint8_t ws[2];
  /* byte streams, stored payloads */
  struct stream st[2];
  uint8_t *buf;
  uint32_t blen, bcap;
  /* QUIC */
  uint8_t odcid[20], cid_c[20], cid_s[20];
  uint8_t odcid_len, cid_c_len, cid_s_len;
  uint32_t qver;
  /* DNS: queries asked, answers registered for attribution */
  uint16_t qtype[3];
  uint8_t nqt;
  bool edns;
  struct pp_addr reg[4];
  uint8_t nreg;
  uint64_t answered;       /* time of the last answer */
  /* GRE */
  uint32_t gre_key, gre_seq[2];
  /* WireGuard (unnamed UDP) */
  uint32_t wg_idx[2], wg_ctr[2];
  /* schedule */
  struct pkt q[QMAX];
  uint32_t nq;
  uint64_t gen_t;          /* no later packet is earlier than this */
  uint64_t tmax;           /* latest time queued so far */
  uint32_t bulk;           /* bulk packets planned */
  uint32_t left;           /* UDP bulk: packets or datagrams to go */
  uint32_t heap_i;
  uint32_t est;            /* packets expected when created */
  /* accounting and truth */
  uint64_t packets, bytes;
  char expect[256];        /* expected name, "-" for none */
  const char *via;
  char path[160];
  char attr[256];
};

struct opts {
  const char *out;
  const char *truth;
  uint64_t seed;
  uint64_t flows;          /* primary flows (0 with --packets) */
  uint64_t packets;        /* about this many packets (0 with --flows) */
  bool pcapng;
  unsigned link;           /* enum link or L_MIXED */
  unsigned encap;          /* enum encap or E_MIXED */
  unsigned mix;
  unsigned ipv6;           /* percent of visits over IPv6 */
  uint64_t bulk;           /* mean bulk packets per flow */
  uint64_t start;          /* unix seconds */
  uint64_t duration;       /* seconds over which visits start */
  uint32_t snaplen;
  uint32_t names;
  bool verbose;
};

#define OUT_BUF (4u << 20)

struct out {
  FILE *fp;
  uint8_t *buf;
  size_t len;
  bool pcapng;
  uint32_t snaplen;
  int ifid[L_N];           /* pcapng interface per link type, -1 none */
  int nif;
  int err;                 /* errno of the first failure, 0 none */
};

/* Scratch for one packet: headroom for every header, then the payload. */
#define HEAD 512
#define SCR_SIZE (HEAD + 65536)

struct gen {
  struct opts o;
  struct rng rng;          /* visits and arrivals */
  uint8_t *pool;           /* POOL_SIZE random bytes for payloads */
  struct names names;
  struct clients clients;
  struct dmap dmap;
  uint16_t ipid_srv[768];
  uint8_t ech_cfg;
  uint8_t ech_pub[32];
  double bulk_xm;          /* Pareto scale of the bulk sizes */
  struct flow **heap;      /* active flows by next packet time */
  uint32_t nheap;
  struct out out;
  FILE *truth;
  int err;                 /* first enum pp_err that stops the run */
  const char *errwhat;
  uint64_t t_start;        /* usec */
  uint64_t now;            /* time of the last packet written */
  uint64_t next_id;
  uint64_t visits;
  uint64_t committed;      /* --packets: written + still expected */
  uint64_t next_visit_t;
  double visit_gap;        /* mean usec between visits */
  /* statistics */
  uint64_t packets, bulk_packets, wire_bytes, flows_done, clamped;
  uint64_t kind_count[K_N];
  uint8_t scr[SCR_SIZE];
  uint8_t scr2[SCR_SIZE];
};

static const char *progname = "ppgen";

#define POOL_BITS 20
#define POOL_SIZE (1u << POOL_BITS)

#include "gen_wire.c"
#include "gen_flow.c"

/* ---- options ---------------------------------------------------------- */

static void usage(FILE *fp)
{
  fprintf(fp,
"Usage: %s -o OUT.pcap --truth OUT.tsv [options]\n"
"Write a deterministic test capture and its ground truth.\n"
"\n"
"  -o, --output FILE      capture to write (required)\n"
"  -t, --truth FILE       ground-truth TSV to write (required)\n"
"  -s, --seed N           random seed (default 1)\n"
"  -f, --flows N          exactly N primary (name-carrying) flows, plus\n"
"                         their DNS lookups and noise (default 1000)\n"
"  -p, --packets N        instead: add flows until about N packets\n"
"  -F, --format FMT       pcap (default) or pcapng\n"
"  -l, --link TYPE        ether (default), sll, sll2, raw, null, or mixed\n"
"                         (one link type per flow; needs pcapng)\n"
"  -e, --encap TYPE       none (default), vlan, qinq, mpls, pppoe, gre,\n"
"                         or mixed (all of them, IPv6 extension headers)\n"
"  -m, --mix MIX          default, web, dns, quic, tls-split, ech, attr,\n"
"                         all\n"
"      --ipv6 PERCENT     share of visits over IPv6 (default 25)\n"
"      --bulk PACKETS     mean bulk packets per flow (default 150)\n"
"      --start SECONDS    time of the first visit, Unix (default\n"
"                         1717200000 = 2024-06-01T00:00:00Z)\n"
"      --duration SECONDS span over which visits start (default 60)\n"
"      --snaplen N        capture length limit (default 262144)\n"
"      --names N          size of the server name pool (default 400)\n"
"  -v, --verbose          print a summary on stderr\n"
"  -h, --help             this text\n"
"  -V, --version          version\n", progname);
}

/* Strict decimal: digits only, no sign, no spaces, within [min, max]. */
static int parse_num(const char *opt, const char *s, uint64_t min,
                     uint64_t max, uint64_t *out)
{
  char *end;
  unsigned long long v;
  if(!s || *s < '0' || *s > '9')
    goto bad;
  errno = 0;
  v = strtoull(s, &end, 10);
  if(errno || *end)
    goto bad;
  if(v < min || v > max) {
    fprintf(stderr, "%s: invalid value for %s: '%s' (allowed %" PRIu64
            "..%" PRIu64 ")\n", progname, opt, s, min, max);
    return -1;
  }
  *out = v;
  return 0;
bad:
  fprintf(stderr, "%s: invalid value for %s: '%s' (expected a number)\n",
          progname, opt, s ? s : "");
  return -1;
}

/* Index of s in names[0..n), or -1 with a message. */
static int parse_word(const char *opt, const char *s,
                      const char *const *names, unsigned n)
{
  unsigned i;
  for(i = 0; i < n; i++)
    if(!strcmp(s, names[i]))
      return (int)i;
  fprintf(stderr, "%s: invalid value for %s: '%s' (one of:", progname, opt,
          s);
  for(i = 0; i < n; i++)
    fprintf(stderr, " %s", names[i]);
  fprintf(stderr, ")\n");
  return -1;
}

enum {
  OPT_IPV6 = 256, OPT_BULK, OPT_START, OPT_DURATION, OPT_SNAPLEN,
  OPT_NAMES,
};

/* Parse argv into o; returns 0, 1 (--help/--version done) or -1. */
static int parse_args(int argc, char **argv, struct opts *o)
{
  static const struct option lo[] = {
    { "output", required_argument, NULL, 'o' },
    { "truth", required_argument, NULL, 't' },
    { "seed", required_argument, NULL, 's' },
    { "flows", required_argument, NULL, 'f' },
    { "packets", required_argument, NULL, 'p' },
    { "format", required_argument, NULL, 'F' },
    { "link", required_argument, NULL, 'l' },
    { "encap", required_argument, NULL, 'e' },
    { "mix", required_argument, NULL, 'm' },
    { "ipv6", required_argument, NULL, OPT_IPV6 },
    { "bulk", required_argument, NULL, OPT_BULK },
    { "start", required_argument, NULL, OPT_START },
    { "duration", required_argument, NULL, OPT_DURATION },
    { "snaplen", required_argument, NULL, OPT_SNAPLEN },
    { "names", required_argument, NULL, OPT_NAMES },
    { "verbose", no_argument, NULL, 'v' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 },
  };
  static const char *const formats[] = { "pcap", "pcapng" };
  uint64_t v;
  int c, w;
  memset(o, 0, sizeof(*o));
  o->seed = 1;
  o->ipv6 = 25;
  o->bulk = 150;
  o->start = 1717200000;
  o->duration = 60;
  o->snaplen = 262144;
  o->names = 400;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":o:t:s:f:p:F:l:e:m:vhV", lo,
                         NULL)) != -1) {
    switch(c) {
    case 'o':
      o->out = optarg;
      break;
    case 't':
      o->truth = optarg;
      break;
    case 's':
      if(parse_num("--seed", optarg, 0, UINT64_MAX, &o->seed))
        return -1;
      break;
    case 'f':
      if(parse_num("--flows", optarg, 1, 100000000, &o->flows))
        return -1;
      break;
    case 'p':
      if(parse_num("--packets", optarg, 1, 10000000000ull, &o->packets))
        return -1;
      break;
    case 'F':
      if((w = parse_word("--format", optarg, formats, 2)) < 0)
        return -1;
      o->pcapng = w == 1;
      break;
    case 'l':
      if((w = parse_word("--link", optarg, link_names, L_N + 1)) < 0)
        return -1;
      o->link = (unsigned)w;
      break;
    case 'e':
      if((w = parse_word("--encap", optarg, encap_names, E_N + 1)) < 0)
        return -1;
      o->encap = (unsigned)w;
      break;
    case 'm':
      if((w = parse_word("--mix", optarg, mix_names, MIX_N)) < 0)
        return -1;
      o->mix = (unsigned)w;
      break;
    case OPT_IPV6:
      if(parse_num("--ipv6", optarg, 0, 100, &v))
        return -1;
      o->ipv6 = (unsigned)v;
      break;
    case OPT_BULK:
      if(parse_num("--bulk", optarg, 0, 100000, &o->bulk))
        return -1;
      break;
    case OPT_START:
      if(parse_num("--start", optarg, 0, 4000000000ull, &o->start))
        return -1;
      break;
    case OPT_DURATION:
      if(parse_num("--duration", optarg, 1, 86400 * 7, &o->duration))
        return -1;
      break;
    case OPT_SNAPLEN:
      if(parse_num("--snaplen", optarg, 64, 262144, &v))
        return -1;
      o->snaplen = (uint32_t)v;
      break;
    case OPT_NAMES:
      if(parse_num("--names", optarg, 1, 1000000, &v))
        return -1;
      o->names = (uint32_t)v;
      break;
    case 'v':
      o->verbose = true;
      break;
    case 'h':
      usage(stdout);
      return 1;
    case 'V':
      printf("ppgen (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 1;
    case ':':
      fprintf(stderr, "%s: option '%s' needs a value\n", progname,
              argv[optind - 1]);
      return -1;
    default:
      fprintf(stderr, "%s: unknown option '%s' (try --help)\n", progname,
              argv[optind - 1]);
      return -1;
    }
  }
  if(optind < argc) {
    fprintf(stderr, "%s: unexpected argument '%s' (try --help)\n",
            progname, argv[optind]);
    return -1;
  }
  if(!o->out || !o->truth) {
    fprintf(stderr, "%s: -o FILE and --truth FILE are required "
            "(try --help)\n", progname);
    return -1;
  }
  if(o->flows && o->packets) {
    fprintf(stderr, "%s: --flows and --packets exclude each other\n",
            progname);
    return -1;
  }
  if(!o->flows && !o->packets)
    o->flows = 1000;
  if(o->link == L_MIXED && !o->pcapng) {
    fprintf(stderr, "%s: --link mixed needs --format pcapng (a pcap file "
            "has one link type)\n", progname);
    return -1;
  }
  if((o->link == L_RAW || o->link == L_NULL) && o->encap != E_NONE &&
     o->encap != E_GRE && o->encap != E_MIXED) {
    fprintf(stderr, "%s: --encap %s needs a link with an EtherType "
            "(ether, sll, sll2)\n", progname, encap_names[o->encap]);
    return -1;
  }
  if(o->start + o->duration * 4 > 4200000000ull) {
    fprintf(stderr, "%s: --start/--duration go past the 32-bit seconds "
            "of pcap\n", progname);
    return -1;
  }
  return 0;
}

int main(int argc, char **argv)
{
  struct gen *g;
  struct timespec t0, t1;
  int rc;
  if(argc > 0 && argv[0] && *argv[0]) {
    const char *slash = strrchr(argv[0], '/');
    progname = slash ? slash + 1 : argv[0];
  }
  g = pp_calloc(1, sizeof(*g));
  if(!g) {
    fprintf(stderr, "%s: out of memory\n", progname);
    return 1;
  }
  rc = parse_args(argc, argv, &g->o);
  if(rc) {
    pp_free(g);
    return rc > 0 ? 0 : 2;
  }
  clock_gettime(CLOCK_MONOTONIC, &t0);   /* for the summary only */
  rc = gen_main(g);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  if(rc)
    fprintf(stderr, "%s: %s%s%s\n", progname,
            g->errwhat ? g->errwhat : "", g->errwhat ? ": " : "",
            rc == PP_EIO && g->out.err ? strerror(g->out.err) :
            pp_strerror(rc));
  else if(g->o.verbose)
    gen_summary(g, (double)(t1.tv_sec - t0.tv_sec) +
                   (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
  gen_free(g);
  pp_free(g);
  return rc ? 1 : 0;
}
