/*
 * test_engine.c: flows through the whole engine: naming by HTTP, TLS
 * (split and reordered ClientHellos, STARTTLS, PROXY protocol), DNS
 * lookups and DNS attribution, ECH fronts, buckets, limits, and that no
 * record carries a client address.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stdlib.h>

#include "engine.h"
#include "pktbuild.h"
#include "pp_hll.h"
#include "tap.h"

#define T0 (1700000000ull * 1000000u)

static const uint8_t CLI[4] = {100, 64, 0, 9};
static const uint8_t CLI2[4] = {100, 64, 0, 10};
static const uint8_t SRV[4] = {198, 51, 100, 20};
static const uint8_t SRV2[4] = {198, 51, 100, 21};
static const uint8_t RES[4] = {203, 0, 113, 53};

/* ---- records collected from flushes ---------------------------------- */

struct rec {
  char name[256];
  uint64_t bucket, flows, packets, up, down, lookups;
  unsigned via;
  double clients;
  int n_servers;
  struct pp_addr servers[8];
  char path[64];
};
static struct rec recs[64];
static int n_recs;

static int sink(void *user, const struct pp_record *r)
{
  struct rec *o;
  (void)user;
  if(!r || n_recs == 64)
    return 0;
  o = &recs[n_recs++];
  snprintf(o->name, sizeof(o->name), "%s", r->name);
  o->bucket = r->bucket_start;
  o->flows = r->flows;
  o->packets = r->packets;
  o->up = r->bytes_up;
  o->down = r->bytes_down;
  o->lookups = r->lookups;
  o->via = r->via;
  o->clients = r->clients ? pp_hll_estimate(r->clients) : 0;
  o->n_servers = (int)PP_MIN(r->n_servers, (size_t)8);
  if(o->n_servers)
    memcpy(o->servers, r->servers,
           (size_t)o->n_servers * sizeof(struct pp_addr));
  snprintf(o->path, sizeof(o->path), "%s",
           r->n_paths ? r->paths[0].path : "");
  return 0;
}

static const struct rec *find(const char *name)
{
  int i;
  for(i = 0; i < n_recs; i++)
    if(!strcmp(recs[i].name, name))
      return &recs[i];
  return NULL;
}

static bool any_client_address(void)
{
  int i, j;
  for(i = 0; i < n_recs; i++)
    for(j = 0; j < recs[i].n_servers; j++)
      if(!memcmp(recs[i].servers[j].a, CLI, 4) ||
         !memcmp(recs[i].servers[j].a, CLI2, 4))
        return true;
  return false;
}

/* ---- frames ------------------------------------------------------------ */

static struct engine *eng;
static pp_usec_t now = T0;

static void tcp(const uint8_t *src, const uint8_t *dst, unsigned sp,
                unsigned dp, uint32_t seq, unsigned flags,
                const void *payload, size_t len)
{
  struct pb b;
  size_t ip;
  pb_init(&b);
  pb_eth(&b, 0x0800);
  ip = pb_ipv4(&b, 6, src, dst);
  pb_tcp(&b, sp, dp, seq, 1, flags);
  pb_bytes(&b, payload, len);
  pb_ipv4_fix(&b, ip);
  now += 1000;
  engine_packet(eng, DECODE_DLT_EN10MB, now, b.d, (uint32_t)b.n,
                (uint32_t)b.n);
}

static void udp(const uint8_t *src, const uint8_t *dst, unsigned sp,
                unsigned dp, const void *payload, size_t len)
{
  struct pb b;
  size_t ip, u;
  pb_init(&b);
  pb_eth(&b, 0x0800);
  ip = pb_ipv4(&b, 17, src, dst);
  u = pb_udp(&b, sp, dp);
  pb_bytes(&b, payload, len);
  pb_udp_fix(&b, u);
  pb_ipv4_fix(&b, ip);
  now += 1000;
  engine_packet(eng, DECODE_DLT_EN10MB, now, b.d, (uint32_t)b.n,
                (uint32_t)b.n);
}

/* A TLS 1.3-style ClientHello record with optional SNI, ECH and padding
 * (the padding extension makes it long enough to split). */
static size_t client_hello(uint8_t *out, const char *sni, bool ech,
                           size_t pad)
{
  struct pb b;
  size_t hs_len_at, ext_len_at, n;
  pb_init(&b);
  pb_u8(&b, 22);
  pb_be16(&b, 0x0301);
  pb_be16(&b, 0);                     /* record length, set below */
  pb_u8(&b, 1);
  hs_len_at = b.n;
  pb_u8(&b, 0);
  pb_be16(&b, 0);
  pb_be16(&b, 0x0303);
  pb_zero(&b, 32);                    /* random */
  pb_u8(&b, 0);                       /* session id */
  pb_be16(&b, 2);
  pb_be16(&b, 0x1301);
  pb_u8(&b, 1);
  pb_u8(&b, 0);
  ext_len_at = b.n;
  pb_be16(&b, 0);
  if(sni) {
    size_t l = strlen(sni);
    pb_be16(&b, 0);
    pb_be16(&b, l + 5);
    pb_be16(&b, l + 3);
    pb_u8(&b, 0);
    pb_be16(&b, l);
    pb_bytes(&b, sni, l);
  }
  if(ech) {
    pb_be16(&b, 0xfe0d);
    pb_be16(&b, 8);
    pb_zero(&b, 8);
  }
  if(pad) {
    pb_be16(&b, 21);
    pb_be16(&b, pad);
    pb_zero(&b, pad);
  }
  n = b.n;
  b.d[ext_len_at] = (uint8_t)((n - ext_len_at - 2) >> 8);
  b.d[ext_len_at + 1] = (uint8_t)(n - ext_len_at - 2);
  b.d[hs_len_at + 1] = (uint8_t)((n - hs_len_at - 3) >> 8);
  b.d[hs_len_at + 2] = (uint8_t)(n - hs_len_at - 3);
  b.d[3] = (uint8_t)((n - 5) >> 8);
  b.d[4] = (uint8_t)(n - 5);
  memcpy(out, b.d, n);
  return n;
}

/* DNS response: name A addr */
static size_t dns_response(uint8_t *out, const char *name,
                           const uint8_t addr[4], bool response)
{
  struct pb b;
  const char *p = name;
  pb_init(&b);
  pb_be16(&b, 0x1234);
  pb_be16(&b, response ? 0x8180 : 0x0100);
  pb_be16(&b, 1);
  pb_be16(&b, response ? 1 : 0);
  pb_be16(&b, 0);
  pb_be16(&b, 0);
  while(*p) {
    const char *dot = strchr(p, '.');
    size_t l = dot ? (size_t)(dot - p) : strlen(p);
    pb_u8(&b, (unsigned)l);
    pb_bytes(&b, p, l);
    p += l + (dot ? 1 : 0);
  }
  pb_u8(&b, 0);
  pb_be16(&b, 1);
  pb_be16(&b, 1);
  if(response) {
    pb_be16(&b, 0xc00c);
    pb_be16(&b, 1);
    pb_be16(&b, 1);
    pb_be32(&b, 600);
    pb_be16(&b, 4);
    pb_bytes(&b, addr, 4);
  }
  memcpy(out, b.d, b.n);
  return b.n;
}

static void new_engine(size_t max_flows)
{
  struct engine_config cfg;
  char err[PP_ERRBUF_SIZE];
  engine_config_defaults(&cfg);
  cfg.max_flows = max_flows;
  cfg.hash_seed = 7;
  memset(cfg.client_key, 0x42, sizeof(cfg.client_key));
  if(engine_new(&cfg, &eng, err)) {
    diag("engine_new: %s", err);
    exit(1);
  }
  engine_set_sink(eng, sink, NULL);
  n_recs = 0;
}

static void test_http_tls(void)
{
  static const char req[] =
    "GET /thoi-su/bai-viet-123.html?ref=home HTTP/1.1\r\n"
    "Host: WWW.Tin-Tuc.Example\r\n\r\n";
  static const char req2[] = "GET /the-thao/ HTTP/1.1\r\nHost: x\r\n\r\n";
  uint8_t ch[4096];
  size_t n, cut;
  const struct rec *r;
  struct engine_stats st;

  new_engine(1000);
  /* HTTP with handshake and a keep-alive second request */
  tcp(CLI, SRV, 40001, 80, 100, TCPF_SYN, NULL, 0);
  tcp(SRV, CLI, 80, 40001, 500, TCPF_SYN | TCPF_ACK, NULL, 0);
  tcp(CLI, SRV, 40001, 80, 101, TCPF_ACK, req, strlen(req));
  tcp(SRV, CLI, 80, 40001, 501, TCPF_ACK, "HTTP/1.1 200 OK\r\n\r\n", 19);
  tcp(CLI, SRV, 40001, 80, 101 + strlen(req), TCPF_ACK, req2,
      strlen(req2));
  /* TLS ClientHello of ~1.8 KB split in two segments, second first */
  n = client_hello(ch, "static.bao-moi.example", true, 1700);
  cut = 1000;
  tcp(CLI2, SRV2, 50000, 443, 7000, TCPF_SYN, NULL, 0);
  tcp(CLI2, SRV2, 50000, 443, 7001 + cut, TCPF_ACK, ch + cut, n - cut);
  tcp(CLI2, SRV2, 50000, 443, 7001, TCPF_ACK, ch, cut);
  tcp(SRV2, CLI2, 443, 50000, 9000, TCPF_ACK, "\x16\x03\x03\x00\x02xx", 7);
  engine_finish(eng);
  engine_get_stats(eng, &st);

  r = find("www.tin-tuc.example");
  ok(r != NULL, "HTTP Host named the flow (lowercased)");
  if(r) {
    ok(r->via == PP_VIA_HTTP && r->flows == 1 && r->packets == 5,
       "http: via http, 1 flow, 5 packets (got %u/%llu/%llu)", r->via,
       (unsigned long long)r->flows, (unsigned long long)r->packets);
    is_str(r->path, "/thoi-su/bai-viet-123.html", "path without query");
    ok(r->up > r->down && r->down > 0, "bytes up and down split by role");
    ok(r->n_servers == 1 && !memcmp(r->servers[0].a, SRV, 4),
       "server address recorded");
    ok(r->clients > 0.5 && r->clients < 1.5, "one client");
  }
  r = find("static.bao-moi.example");
  ok(r && r->via == PP_VIA_TLS && r->flows == 1,
     "reordered split ClientHello named (GREASE ECH: the real name)");
  is_int(st.ech_grease, 1, "GREASE ECH counted");
  ok(!any_client_address(), "no client address in any record");
  engine_free(eng);
}

static void test_dns_attr_ech(void)
{
  uint8_t msg[512], ch[1024];
  size_t n;
  const struct rec *r;

  new_engine(1000);
  engine_add_ech_front(eng, "cloudflare-ech.com");
  /* lookup + answer: real-site.example -> SRV */
  n = dns_response(msg, "real-site.example", SRV, false);
  udp(CLI, RES, 33333, 53, msg, n);
  n = dns_response(msg, "real-site.example", SRV, true);
  udp(RES, CLI, 53, 33333, msg, n);
  /* TLS without SNI to SRV: attributed by DNS */
  n = client_hello(ch, NULL, false, 0);
  tcp(CLI, SRV, 40010, 443, 1, TCPF_SYN, NULL, 0);
  tcp(CLI, SRV, 40010, 443, 2, TCPF_ACK, ch, n);
  /* real ECH to a front, server known by DNS too */
  n = client_hello(ch, "cloudflare-ech.com", true, 0);
  tcp(CLI, SRV, 40011, 443, 1, TCPF_SYN, NULL, 0);
  tcp(CLI, SRV, 40011, 443, 2, TCPF_ACK, ch, n);
  /* real ECH to an address nobody looked up: the front keeps it */
  tcp(CLI2, SRV2, 40012, 443, 1, TCPF_SYN, NULL, 0);
  tcp(CLI2, SRV2, 40012, 443, 2, TCPF_ACK, ch, n);
  /* mDNS is ignored */
  udp(CLI, CLI2, 5353, 5353, msg, 12);
  engine_finish(eng);

  r = find("real-site.example");
  ok(r != NULL, "looked-up name inventoried");
  if(r) {
    ok((r->via & (PP_VIA_DNS | PP_VIA_DNS_ATTR)) ==
       (PP_VIA_DNS | PP_VIA_DNS_ATTR), "via dns and dns-attributed");
    is_int(r->lookups, 1, "one lookup (queries count, answers do not)");
    is_int(r->flows, 2, "two flows attributed by DNS");
  }
  r = find("cloudflare-ech.com");
  ok(r && r->via == PP_VIA_ECH_FRONT && r->flows == 2,
     "ECH front recorded as such, for both ECH flows");
  ok(r && r->packets == 2, "front carries only the unattributed flow");
  ok(!any_client_address(), "no client address in any record");
  engine_free(eng);
}

static void test_wrappers(void)
{
  uint8_t ch[1024], buf[2048];
  size_t n;
  static const char proxy[] = "PROXY TCP4 100.64.0.9 198.51.100.20 "
                              "40020 443\r\n";
  new_engine(1000);
  /* SMTP STARTTLS, then the ClientHello */
  tcp(CLI, SRV, 40020, 25, 1, TCPF_SYN, NULL, 0);
  tcp(CLI, SRV, 40020, 25, 2, TCPF_ACK, "EHLO me\r\n", 9);
  tcp(CLI, SRV, 40020, 25, 11, TCPF_ACK, "STARTTLS\r\n", 10);
  n = client_hello(ch, "mail.example.net", false, 0);
  tcp(CLI, SRV, 40020, 25, 21, TCPF_ACK, ch, n);
  /* PROXY protocol v1 in front of TLS */
  memcpy(buf, proxy, strlen(proxy));
  n = client_hello(ch, "behind-proxy.example", false, 0);
  memcpy(buf + strlen(proxy), ch, n);
  tcp(CLI2, SRV2, 40021, 443, 1, TCPF_SYN, NULL, 0);
  tcp(CLI2, SRV2, 40021, 443, 2, TCPF_ACK, buf, strlen(proxy) + n);
  engine_finish(eng);
  ok(find("mail.example.net") != NULL, "SNI after STARTTLS");
  ok(find("behind-proxy.example") != NULL, "SNI behind PROXY v1");
  engine_free(eng);
}

static void test_buckets_limits(void)
{
  static const char req[] = "GET / HTTP/1.1\r\nHost: hourly.example\r\n\r\n";
  struct engine_stats st;
  int i, buckets = 0;
  new_engine(2);
  /* start 100 s before an hour boundary; answer 200 s later */
  now = (T0 / 3600000000u + 1) * 3600000000u - 100000000u;
  tcp(CLI, SRV, 40030, 80, 1, TCPF_SYN, NULL, 0);
  tcp(SRV, CLI, 80, 40030, 8, TCPF_SYN | TCPF_ACK, NULL, 0);
  tcp(CLI, SRV, 40030, 80, 2, TCPF_ACK, req, strlen(req));
  now += 200000000u;
  tcp(SRV, CLI, 80, 40030, 9, TCPF_ACK, "HTTP/1.1 200 OK\r\n\r\n", 19);
  /* three more flows with max_flows 2: evictions */
  tcp(CLI, SRV, 40031, 80, 1, TCPF_SYN, NULL, 0);
  tcp(CLI, SRV, 40032, 80, 1, TCPF_SYN, NULL, 0);
  tcp(CLI, SRV, 40033, 80, 1, TCPF_SYN, NULL, 0);
  engine_finish(eng);
  engine_get_stats(eng, &st);
  for(i = 0; i < n_recs; i++)
    if(!strcmp(recs[i].name, "hourly.example"))
      buckets++;
  is_int(buckets, 2, "a flow spanning two buckets makes two records");
  ok(n_recs >= 2 && recs[0].flows + recs[1].flows == 1,
     "the flow is counted once, in the bucket where it was named");
  ok(st.flows_evicted >= 2, "flow limit hit and counted (%llu)",
     (unsigned long long)st.flows_evicted);
  engine_free(eng);
}

/* Review findings, kept as regression tests. */
static void test_hostile(void)
{
  static const uint8_t ATT[4] = {203, 0, 113, 66};
  static const uint8_t PEER[4] = {198, 51, 100, 77};
  uint8_t msg[512], ch[1024], junk[64];
  struct engine_stats st;
  const struct rec *r;
  size_t n;
  int i;

  /* a DNS answer (anyone can send one) naming a client's address must
   * never put that address in the store, even when a flow of that client
   * is attributed by it */
  new_engine(1000);
  n = dns_response(msg, "x.evil.example", CLI, true);
  udp(RES, ATT, 53, 40000, msg, n);
  memset(junk, 1, sizeof(junk));
  udp(CLI, PEER, 51820, 51820, junk, sizeof(junk));
  udp(PEER, CLI, 51820, 51820, junk, sizeof(junk));
  engine_finish(eng);
  r = find("x.evil.example");
  ok(!any_client_address() && (!r || r->n_servers == 0),
     "guessed roles: no server address written");
  engine_free(eng);

  /* a reused 4-tuple after FIN is a new flow with its own name */
  new_engine(1000);
  n = client_hello(ch, "a.example.com", false, 0);
  tcp(CLI, SRV, 40100, 443, 1, TCPF_SYN, NULL, 0);
  tcp(SRV, CLI, 443, 40100, 9, TCPF_SYN | TCPF_ACK, NULL, 0);
  tcp(CLI, SRV, 40100, 443, 2, TCPF_ACK, ch, n);
  tcp(CLI, SRV, 40100, 443, 2 + (uint32_t)n, TCPF_FIN | TCPF_ACK, NULL, 0);
  tcp(SRV, CLI, 443, 40100, 10, TCPF_FIN | TCPF_ACK, NULL, 0);
  n = client_hello(ch, "b.example.org", false, 0);
  tcp(CLI, SRV, 40100, 443, 5000, TCPF_SYN, NULL, 0);
  tcp(CLI, SRV, 40100, 443, 5001, TCPF_ACK, ch, n);
  engine_finish(eng);
  engine_get_stats(eng, &st);
  ok(find("a.example.com") && find("b.example.org") && st.flows_reused == 1,
     "a new SYN on a closed 4-tuple starts a new flow");
  engine_free(eng);

  /* one damaged timestamp ten years ahead does not move the clock */
  new_engine(1000);
  n = client_hello(ch, "before.example", false, 0);
  tcp(CLI, SRV, 40200, 443, 1, TCPF_SYN, NULL, 0);
  tcp(CLI, SRV, 40200, 443, 2, TCPF_ACK, ch, n);
  now += 10ull * 365 * 86400 * 1000000u;
  tcp(CLI, SRV, 40201, 443, 1, TCPF_SYN, NULL, 0);     /* damaged */
  now -= 10ull * 365 * 86400 * 1000000u;
  n = client_hello(ch, "after.example", false, 0);
  tcp(CLI, SRV, 40202, 443, 1, TCPF_SYN, NULL, 0);
  tcp(CLI, SRV, 40202, 443, 2, TCPF_ACK, ch, n);
  engine_finish(eng);
  engine_get_stats(eng, &st);
  ok(find("before.example") && find("after.example") &&
     find("before.example")->bucket == find("after.example")->bucket &&
     st.time_jumps == 1, "a lone far-future timestamp is not believed");
  engine_free(eng);

  /* ... but a real jump (merged captures) is */
  new_engine(1000);
  tcp(CLI, SRV, 40300, 443, 1, TCPF_SYN, NULL, 0);
  now += 3ull * 86400 * 1000000u;
  n = client_hello(ch, "three-days-later.example", false, 0);
  tcp(CLI, SRV, 40301, 443, 1, TCPF_SYN, NULL, 0);
  tcp(CLI, SRV, 40301, 443, 2, TCPF_ACK, ch, n);
  engine_finish(eng);
  r = find("three-days-later.example");
  ok(r && r->packets == 2 && r->bucket > T0,
     "a confirmed jump: the held packet goes on at its own time");
  engine_free(eng);

  /* memory budget: flows that only send far-ahead fragments allocate
   * nothing, and buffering stops at the budget */
  new_engine(100000);
  for(i = 0; i < 2000; i++) {
    tcp(CLI, SRV, (unsigned)(20000 + i), 443, 1, TCPF_SYN, NULL, 0);
    tcp(CLI, SRV, (unsigned)(20000 + i), 443, 16000, TCPF_ACK, "x", 1);
  }
  engine_get_stats(eng, &st);
  ok(st.pending_bytes == 0, "segments far ahead buffer nothing (%zu)",
     st.pending_bytes);
  engine_free(eng);
}

int main(void)
{
  test_hostile();
  test_http_tls();
  test_dns_attr_ech();
  test_wrappers();
  test_buckets_limits();
  return tap_done();
}
