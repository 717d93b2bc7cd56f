/*
 * test_dns.c: DNS message parser (capture/dns.c): hand-built messages for
 * names, compression, chains, SVCB/ECH and truncation, then real
 * payloads from tests/data/dns/ checked against what tshark 4.0 reports.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include "dns.h"
#include "pp_err.h"

/* ---- a tiny message builder -------------------------------------------- */

struct mb {
  uint8_t b[8192];
  size_t n;
};

static void u8(struct mb *m, unsigned v)
{
  if(m->n < sizeof(m->b))
    m->b[m->n++] = (uint8_t)v;
}

static void u16(struct mb *m, unsigned v)
{
  u8(m, v >> 8);
  u8(m, v);
}

static void u32(struct mb *m, uint32_t v)
{
  u16(m, v >> 16);
  u16(m, v & 0xffff);
}

static void raw(struct mb *m, const void *p, size_t n)
{
  const uint8_t *s = p;
  while(n--)
    u8(m, *s++);
}

static void hdr(struct mb *m, unsigned flags, unsigned qd, unsigned an,
                unsigned ns, unsigned ar)
{
  m->n = 0;
  u16(m, 0x1234);
  u16(m, flags);
  u16(m, qd);
  u16(m, an);
  u16(m, ns);
  u16(m, ar);
}

/* Labels of a dotted name, without the root: "www.example" */
static void labels(struct mb *m, const char *dotted)
{
  while(*dotted) {
    size_t l = strcspn(dotted, ".");
    u8(m, (unsigned)l);
    raw(m, dotted, l);
    dotted += l;
    if(*dotted == '.')
      dotted++;
  }
}

/* A whole name; "" is the root. Returns its offset. */
static size_t name(struct mb *m, const char *dotted)
{
  size_t at = m->n;
  labels(m, dotted);
  u8(m, 0);
  return at;
}

/* Labels then a pointer to off.  Returns the offset of the name. */
static size_t name_ptr(struct mb *m, const char *dotted, size_t off)
{
  size_t at = m->n;
  labels(m, dotted);
  u16(m, 0xc000 | (unsigned)off);
  return at;
}

static void question(struct mb *m, const char *qname, unsigned qtype)
{
  name(m, qname);
  u16(m, qtype);
  u16(m, 1);
}

/* Type, class IN, TTL and a length to patch; returns where RDATA starts. */
static size_t rr(struct mb *m, unsigned type, uint32_t ttl)
{
  u16(m, type);
  u16(m, 1);
  u32(m, ttl);
  u16(m, 0);
  return m->n;
}

static void rr_end(struct mb *m, size_t rdata)
{
  size_t l = m->n - rdata;
  m->b[rdata - 2] = (uint8_t)(l >> 8);
  m->b[rdata - 1] = (uint8_t)l;
}

static void rr_a(struct mb *m, uint32_t ttl, unsigned a, unsigned b,
                 unsigned c, unsigned d)
{
  size_t at = rr(m, DNS_T_A, ttl);
  u8(m, a);
  u8(m, b);
  u8(m, c);
  u8(m, d);
  rr_end(m, at);
}

static void rr_aaaa(struct mb *m, uint32_t ttl, const char *text)
{
  struct pp_addr ad;
  size_t at = rr(m, DNS_T_AAAA, ttl);
  pp_addr_parse(&ad, text);
  raw(m, ad.a, 16);
  rr_end(m, at);
}

static void rr_cname(struct mb *m, uint32_t ttl, const char *target)
{
  size_t at = rr(m, DNS_T_CNAME, ttl);
  name(m, target);
  rr_end(m, at);
}

/* ---- recording callbacks ----------------------------------------------- */

#define REC_MAX 300

struct rec {
  int n_addr, n_ech;
  char qname[REC_MAX][DNS_NAME_BUF];
  char addr[REC_MAX][PP_ADDR_STRLEN];
  uint32_t ttl[REC_MAX];
  char ech[16][256];
};

static struct rec rec;

static void on_addr(void *user, const char *qname, const struct pp_addr *a,
                    uint32_t ttl)
{
  struct rec *r = user;
  if(r->n_addr < REC_MAX) {
    snprintf(r->qname[r->n_addr], DNS_NAME_BUF, "%s", qname);
    pp_addr_str(a, r->addr[r->n_addr]);
    r->ttl[r->n_addr] = ttl;
  }
  r->n_addr++;
}

static void on_ech(void *user, const char *qname, const char *pub)
{
  struct rec *r = user;
  (void)qname;
  if(r->n_ech < 16)
    snprintf(r->ech[r->n_ech], sizeof(r->ech[0]), "%s", pub);
  r->n_ech++;
}

static const struct dns_callbacks cbs = { on_addr, on_ech, &rec };
static struct dns_msg msg;

static int parse(const struct mb *m)
{
  memset(&rec, 0, sizeof(rec));
  return dns_parse(m->b, m->n, &msg, &cbs);
}

/* Addresses seen, comma separated, for one-line checks. */
static const char *addrs(void)
{
  static char out[4096];
  size_t o = 0;
  int i;
  out[0] = '\0';
  for(i = 0; i < rec.n_addr && i < REC_MAX; i++)
    o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%s", i ? "," : "",
                          rec.addr[i]);
  return out;
}

#define RESP 0x8180
#define QUERY 0x0100

/* ---- tests ------------------------------------------------------------ */

static void test_basic(void)
{
  struct mb m;
  hdr(&m, RESP, 1, 2, 0, 0);
  question(&m, "www.Example.COM", DNS_T_A);
  name_ptr(&m, "", 12);
  rr_a(&m, 300, 192, 0, 2, 1);
  name_ptr(&m, "", 12);
  rr_aaaa(&m, 60, "2001:db8::1");
  is_int(parse(&m), PP_OK, "A+AAAA response parses");
  is_int(msg.id, 0x1234, "id");
  ok(msg.is_response && msg.opcode == 0 && msg.rcode == 0, "flags");
  is_int(msg.qdcount, 1, "qdcount");
  is_int(msg.ancount, 2, "ancount");
  ok(msg.has_question, "has question");
  is_str(msg.qname, "www.example.com", "qname lowercased, no final dot");
  ok(msg.qname_valid, "qname valid");
  is_int(msg.qtype, DNS_T_A, "qtype");
  is_int(msg.qclass, 1, "qclass");
  is_int(rec.n_addr, 2, "two addresses");
  is_str(addrs(), "192.0.2.1,2001:db8::1", "A and AAAA");
  is_str(rec.qname[0], "www.example.com", "callback gets the qname");
  is_int(rec.ttl[0], 300, "A ttl");
  is_int(rec.ttl[1], 60, "AAAA ttl");
  is_int(msg.n_address, 2, "n_address");

  /* The same as a query: no callbacks.  NULL msg and cb are fine. */
  m.b[2] = 0x01;
  is_int(parse(&m), PP_OK, "query with answers parses");
  ok(!msg.is_response && rec.n_addr == 0, "no callbacks for queries");
  m.b[2] = 0x81;
  is_int(dns_parse(m.b, m.n, NULL, NULL), PP_OK, "NULL msg and cb");
  is_int(dns_parse(NULL, 0, &msg, NULL), PP_ETRUNC, "NULL buffer");
  is_int(dns_parse(m.b, 11, &msg, NULL), PP_ETRUNC, "short header");

  /* Opcode other than QUERY: no callbacks (UPDATE reuses the sections). */
  m.b[2] = 0x81 | 5 << 3;
  is_int(parse(&m), PP_OK, "UPDATE parses");
  ok(msg.opcode == 5 && rec.n_addr == 0, "no callbacks for UPDATE");

  /* TTL with the top bit set counts as 0 (RFC 2181 8). */
  hdr(&m, RESP, 1, 1, 0, 0);
  question(&m, "a.example", DNS_T_A);
  name_ptr(&m, "", 12);
  rr_a(&m, 0x80000001u, 192, 0, 2, 9);
  parse(&m);
  ok(rec.n_addr == 1 && rec.ttl[0] == 0, "TTL over 2^31-1 is 0");

  /* Trailing bytes after the last record are ignored. */
  u32(&m, 0xdeadbeef);
  is_int(parse(&m), PP_OK, "trailing bytes ignored");
}

static void test_rcode(void)
{
  struct mb m;
  hdr(&m, 0x8183, 1, 1, 0, 0);
  question(&m, "nx.example", DNS_T_A);
  name_ptr(&m, "", 12);
  rr_a(&m, 30, 192, 0, 2, 3);
  is_int(parse(&m), PP_OK, "NXDOMAIN parses");
  is_int(msg.rcode, 3, "rcode 3");
  is_str(msg.qname, "nx.example", "qname of NXDOMAIN");
  is_int(rec.n_addr, 0, "no address callbacks when rcode != 0");
}

static void test_compression(void)
{
  struct mb m;
  size_t ex, cdn;
  /* www.example.com CNAME cdn.example.com (compressed against the
   * question's example.com), then A for it, written as a pointer to the
   * CNAME target. */
  hdr(&m, RESP, 1, 3, 0, 0);
  question(&m, "www.example.com", DNS_T_A);
  ex = 12 + 4;                       /* "example.com" inside the question */
  name_ptr(&m, "", 12);
  {
    size_t at = rr(&m, DNS_T_CNAME, 100);
    cdn = name_ptr(&m, "cdn", ex);
    rr_end(&m, at);
  }
  name_ptr(&m, "", cdn);
  rr_a(&m, 50, 198, 51, 100, 7);
  /* mail.example.com: unrelated to the question, ignored */
  name_ptr(&m, "mail", ex);
  rr_a(&m, 50, 198, 51, 100, 8);
  is_int(parse(&m), PP_OK, "compressed response parses");
  is_str(addrs(), "198.51.100.7", "address through a compressed CNAME");
  is_int(rec.ttl[0], 50, "ttl is the chain minimum");
}

static void test_pointers(void)
{
  struct mb m;

  /* Self pointer as the question name. */
  hdr(&m, RESP, 1, 0, 0, 0);
  u16(&m, 0xc00c);
  u16(&m, 1);
  u16(&m, 1);
  is_int(parse(&m), PP_EMALFORMED, "self pointer");
  is_str(msg.qname, "", "no qname after a bad name");
  ok(!msg.has_question, "no question after a bad name");

  /* A pointer back into its own labels: "3www C0 0C" at 12. */
  hdr(&m, RESP, 1, 0, 0, 0);
  name_ptr(&m, "www", 12);
  u16(&m, 1);
  u16(&m, 1);
  is_int(parse(&m), PP_EMALFORMED, "pointer into its own run");

  /* Forward pointer. */
  hdr(&m, RESP, 1, 0, 0, 0);
  name_ptr(&m, "www", 40);
  u16(&m, 1);
  u16(&m, 1);
  while(m.n < 60)
    u8(&m, 0);
  is_int(parse(&m), PP_EMALFORMED, "forward pointer");

  /* Two-node loop: at 27 "b" then a pointer to 31, at 31 "c" then a
   * pointer back to 27. */
  hdr(&m, RESP, 2, 0, 0, 0);
  question(&m, "a.example", DNS_T_A);
  name_ptr(&m, "b", 31);
  name_ptr(&m, "c", 27);
  u16(&m, 1);
  u16(&m, 1);
  is_int(parse(&m), PP_EMALFORMED, "two-node loop");
  is_str(msg.qname, "a.example", "first question kept");
  ok(msg.has_question, "has question despite a bad second one");

  /* Pointer into the header. */
  hdr(&m, RESP, 1, 0, 0, 0);
  name_ptr(&m, "x", 4);
  u16(&m, 1);
  u16(&m, 1);
  is_int(parse(&m), PP_EMALFORMED, "pointer into the header");

  /* Legit chain of pointers (each to an earlier name). */
  hdr(&m, RESP, 3, 0, 0, 0);
  question(&m, "example.com", DNS_T_A);           /* 12 */
  name_ptr(&m, "b", 12);                           /* 29 */
  u16(&m, 1);
  u16(&m, 1);
  name_ptr(&m, "a", 29);
  u16(&m, 1);
  u16(&m, 1);
  is_int(parse(&m), PP_OK, "pointer to a name that ends in a pointer");

  /* Hop limit: an answer owner that is a pointer to the last of K
   * pointers stored in a TXT record, each to the one before, the first
   * to the question name: 1 + K hops. */
  hdr(&m, RESP, 1, 2, 0, 0);
  question(&m, "z", DNS_T_A);                      /* 12: 1z 0 */
  name_ptr(&m, "", 12);
  {
    size_t prev = 12, i, rd = rr(&m, DNS_T_TXT, 1);
    for(i = 0; i < DNS_PTR_HOPS_MAX; i++) {
      size_t at = m.n;
      u16(&m, 0xc000 | (unsigned)prev);
      prev = at;
    }
    rr_end(&m, rd);
    u16(&m, 0xc000 | (unsigned)prev);
    rr_a(&m, 1, 192, 0, 2, 1);
    is_int(parse(&m), PP_EMALFORMED, "DNS_PTR_HOPS_MAX + 1 hops");
    /* One hop less is fine: point at the one before. */
    m.n -= 2 + 14;
    u16(&m, 0xc000 | (unsigned)(prev - 2));
    rr_a(&m, 1, 192, 0, 2, 1);
    is_int(parse(&m), PP_OK, "DNS_PTR_HOPS_MAX hops");
    is_str(addrs(), "192.0.2.1", "owner found through many hops");
  }
}

static void test_labels(void)
{
  struct mb m;
  char l63[64], l61[62], big[300];
  memset(l63, 'a', 63);
  l63[63] = '\0';
  memset(l61, 'b', 61);
  l61[61] = '\0';

  /* Label of 63: fine; 64 (0x40, an extended label type): malformed. */
  hdr(&m, QUERY, 1, 0, 0, 0);
  question(&m, l63, DNS_T_A);
  is_int(parse(&m), PP_OK, "63-byte label");
  is_str(msg.qname, l63, "63-byte label text");
  hdr(&m, QUERY, 1, 0, 0, 0);
  u8(&m, 64);
  raw(&m, l63, 63);
  u8(&m, 'a');
  u8(&m, 0);
  u16(&m, 1);
  u16(&m, 1);
  is_int(parse(&m), PP_EMALFORMED, "64-byte label");
  m.b[12] = 0x80 | 1;
  is_int(parse(&m), PP_EMALFORMED, "label type 0x80");

  /* 255 wire bytes (253 chars): the longest name; 256: malformed. */
  snprintf(big, sizeof(big), "%s.%s.%s.%s", l63, l63, l63, l61);
  hdr(&m, QUERY, 1, 0, 0, 0);
  question(&m, big, DNS_T_A);
  is_int(parse(&m), PP_OK, "255-byte name");
  is_int(strlen(msg.qname), 253, "253 characters");
  ok(msg.qname_valid, "253-character name valid");
  snprintf(big, sizeof(big), "%s.%s.%s.%sb", l63, l63, l63, l61);
  hdr(&m, QUERY, 1, 0, 0, 0);
  question(&m, big, DNS_T_A);
  is_int(parse(&m), PP_EMALFORMED, "256-byte name");
  /* Also when the length comes together through a pointer. */
  hdr(&m, QUERY, 2, 0, 0, 0);
  snprintf(big, sizeof(big), "%s.%s.%s", l63, l63, l63);
  question(&m, big, DNS_T_A);
  snprintf(big, sizeof(big), "%sb", l61);
  name_ptr(&m, big, 12);
  u16(&m, 1);
  u16(&m, 1);
  is_int(parse(&m), PP_EMALFORMED, "256 bytes across a pointer");

  /* Root: "" and not valid. */
  hdr(&m, QUERY, 1, 0, 0, 0);
  question(&m, "", DNS_T_NS);
  is_int(parse(&m), PP_OK, "root question");
  is_str(msg.qname, "", "root is \"\"");
  ok(!msg.qname_valid, "root not valid");

  /* Odd bytes are escaped; uppercase is lowered. */
  hdr(&m, QUERY, 1, 0, 0, 0);
  u8(&m, 7);
  raw(&m, "A\001b.c \377", 7);
  name(&m, "Ex_Am-ple");
  u16(&m, 1);
  u16(&m, 1);
  is_int(parse(&m), PP_OK, "odd bytes parse");
  is_str(msg.qname, "a\\001b\\046c\\032\\255.ex_am-ple", "odd bytes escaped");
  ok(!msg.qname_valid, "odd name not valid");

  /* Escaping the longest name still fits DNS_NAME_BUF. */
  hdr(&m, QUERY, 1, 0, 0, 0);
  {
    int i, j;
    for(i = 0; i < 4; i++) {
      int l = i < 3 ? 63 : 61;
      u8(&m, (unsigned)l);
      for(j = 0; j < l; j++)
        u8(&m, 0xff);
    }
    u8(&m, 0);
    u16(&m, 1);
    u16(&m, 1);
  }
  is_int(parse(&m), PP_OK, "all-escaped 255-byte name");
  is_int(strlen(msg.qname), 250 * 4 + 3, "1003 characters");
}

/* Answers: qname with the given CNAMEs and A records (name:addr). */
static void chain_msg(struct mb *m, const char *qname,
                      const char *const *cnames, const char *const *as)
{
  unsigned n = 0;
  const char *const *p;
  for(p = cnames; *p; p += 2)
    n++;
  for(p = as; *p; p += 2)
    n++;
  hdr(m, RESP, 1, n, 0, 0);
  question(m, qname, DNS_T_A);
  for(p = cnames; *p; p += 2) {
    name(m, p[0]);
    rr_cname(m, 100, p[1]);
  }
  for(p = as; *p; p += 2) {
    struct pp_addr ad;
    size_t at;
    name(m, p[0]);
    pp_addr_parse(&ad, p[1]);
    at = rr(m, ad.family == PP_AF_INET ? DNS_T_A : DNS_T_AAAA, 200);
    raw(m, ad.a, ad.family == PP_AF_INET ? 4 : 16);
    rr_end(m, at);
  }
}

static void test_chains(void)
{
  struct mb m;
  {
    const char *cn[] = { "www.a.vn", "x.cdn.net", NULL };
    const char *as[] = { "x.cdn.net", "192.0.2.1", NULL };
    chain_msg(&m, "www.a.vn", cn, as);
    is_int(parse(&m), PP_OK, "1-hop chain");
    is_str(addrs(), "192.0.2.1", "1-hop chain address");
    is_str(rec.qname[0], "www.a.vn", "reported for the question name");
    is_int(rec.ttl[0], 100, "ttl: min over the chain");
  }
  {
    const char *cn[] = { "b.net", "c.net", "www.a.vn", "b.net", NULL };
    const char *as[] = { "c.net", "192.0.2.2", "C.NET", "2001:db8::2",
                         NULL };
    chain_msg(&m, "WWW.A.VN", cn, as);
    is_int(parse(&m), PP_OK, "2-hop chain, out of order");
    is_str(addrs(), "192.0.2.2,2001:db8::2", "2-hop chain addresses");
    is_str(rec.qname[1], "www.a.vn", "lowercase qname");
  }
  {
    const char *cn[] = { "www.a.vn", "b.net", "b.net", "c.net",
                         "c.net", "d.net", NULL };
    const char *as[] = { "d.net", "192.0.2.3", "b.net", "192.0.2.4",
                         "e.net", "192.0.2.5", "www.a.vn", "192.0.2.6",
                         NULL };
    chain_msg(&m, "www.a.vn", cn, as);
    is_int(parse(&m), PP_OK, "3-hop chain");
    is_str(addrs(), "192.0.2.3,192.0.2.4,192.0.2.6",
           "3-hop chain: every name on it, none off it");
  }
  {
    const char *cn[] = { "www.a.vn", "b.net", "b.net", "www.a.vn", NULL };
    const char *as[] = { "b.net", "192.0.2.7", NULL };
    chain_msg(&m, "www.a.vn", cn, as);
    is_int(parse(&m), PP_OK, "CNAME loop");
    is_str(addrs(), "192.0.2.7", "loop: names on it still map");
  }
  {
    const char *cn[] = { "www.a.vn", "www.a.vn", NULL };
    const char *as[] = { "www.a.vn", "192.0.2.8", NULL };
    chain_msg(&m, "www.a.vn", cn, as);
    is_int(parse(&m), PP_OK, "CNAME to itself");
    is_str(addrs(), "192.0.2.8", "self CNAME: owner still maps");
  }
  {
    const char *cn[] = { "www.a.vn", "b.net", "c.net", "d.net", NULL };
    const char *as[] = { "d.net", "192.0.2.9", "c.net", "192.0.2.10",
                         NULL };
    chain_msg(&m, "www.a.vn", cn, as);
    is_int(parse(&m), PP_OK, "broken chain");
    is_int(rec.n_addr, 0, "broken chain: nothing reported");
  }
  {
    const char *cn[] = { NULL };
    const char *as[] = { "other.example", "192.0.2.11", NULL };
    chain_msg(&m, "www.a.vn", cn, as);
    is_int(parse(&m), PP_OK, "answer for another name");
    is_int(rec.n_addr, 0, "answers for other names ignored");
  }
  {
    /* A chain longer than DNS_CHAIN_MAX: the far end is not reached. */
    static char names[DNS_CHAIN_MAX + 3][16];
    const char *cn[2 * (DNS_CHAIN_MAX + 2) + 1];
    const char *as[] = { NULL, "192.0.2.12", NULL, "192.0.2.13", NULL };
    int i;
    for(i = 0; i < DNS_CHAIN_MAX + 2; i++) {
      snprintf(names[i], sizeof(names[i]), "n%d.net", i);
      snprintf(names[i + 1], sizeof(names[i + 1]), "n%d.net", i + 1);
      cn[2 * i] = names[i];
      cn[2 * i + 1] = names[i + 1];
    }
    cn[2 * (DNS_CHAIN_MAX + 2)] = NULL;
    as[0] = names[DNS_CHAIN_MAX];            /* reachable: 16 hops */
    as[2] = names[DNS_CHAIN_MAX + 1];        /* 17 hops: not */
    chain_msg(&m, "n0.net", cn, as);
    is_int(parse(&m), PP_OK, "long chain");
    is_str(addrs(), "192.0.2.12", "chain stops at DNS_CHAIN_MAX hops");
  }
  {
    /* A CNAME target that overruns its RDATA is malformed, and a
     * malformed answer section reports nothing. */
    const char *cn[] = { "www.a.vn", "b.net", NULL };
    const char *as[] = { "b.net", "192.0.2.14", NULL };
    chain_msg(&m, "www.a.vn", cn, as);
    m.b[12 + 10 + 4 + 10 + 9] -= 1;  /* CNAME RDLENGTH 7 -> 6 */
    is_int(parse(&m), PP_EMALFORMED, "CNAME rdata too short");
    is_int(rec.n_addr, 0, "malformed answers: no callbacks");
  }
}

static void test_rdlength(void)
{
  struct mb m;
  size_t at;
  hdr(&m, RESP, 1, 2, 0, 0);
  question(&m, "a.example", DNS_T_A);
  name_ptr(&m, "", 12);
  rr_a(&m, 1, 192, 0, 2, 1);
  name_ptr(&m, "", 12);
  at = rr(&m, DNS_T_A, 1);
  u32(&m, 0xc0000201);
  u8(&m, 0);
  rr_end(&m, at);
  is_int(parse(&m), PP_EMALFORMED, "A with RDLENGTH 5");
  is_int(rec.n_addr, 0, "nothing reported");
  hdr(&m, RESP, 1, 1, 0, 0);
  question(&m, "a.example", DNS_T_AAAA);
  name_ptr(&m, "", 12);
  at = rr(&m, DNS_T_AAAA, 1);
  u32(&m, 0x20010db8);
  rr_end(&m, at);
  is_int(parse(&m), PP_EMALFORMED, "AAAA with RDLENGTH 4");
  /* RDLENGTH past the end: truncated. */
  m.b[m.n - 5] = 16;
  is_int(parse(&m), PP_ETRUNC, "RDLENGTH past the end");
  /* An A record in another class is not checked nor reported. */
  hdr(&m, RESP, 1, 1, 0, 0);
  question(&m, "a.example", DNS_T_A);
  name_ptr(&m, "", 12);
  u16(&m, DNS_T_A);
  u16(&m, 3);                                      /* CH */
  u32(&m, 1);
  u16(&m, 2);
  u16(&m, 0xc00c);
  is_int(parse(&m), PP_OK, "CH-class A of 2 bytes");
  is_int(rec.n_addr, 0, "CH-class A not reported");
}

/* HTTPS RDATA with the given SvcParams already encoded. */
static void https_msg(struct mb *m, unsigned prio, const uint8_t *params,
                      size_t plen)
{
  size_t at;
  hdr(m, RESP, 1, 1, 0, 0);
  question(m, "svc.example", DNS_T_HTTPS);
  name_ptr(m, "", 12);
  at = rr(m, DNS_T_HTTPS, 300);
  u16(m, prio);
  u8(m, 0);                                        /* TargetName "." */
  raw(m, params, plen);
  rr_end(m, at);
}

/* One ECHConfig, version 0xfe0d, with public_name pub. */
static void ech_config(struct mb *m, unsigned version, const char *pub)
{
  size_t at, pl = strlen(pub);
  u16(m, version);
  u16(m, 0);
  at = m->n;
  u8(m, 7);                                        /* config_id */
  u16(m, 0x0020);                                  /* X25519 */
  u16(m, 32);
  while(m->n < at + 5 + 32)
    u8(m, 0x42);
  u16(m, 4);
  u16(m, 1);                                       /* HKDF-SHA256 */
  u16(m, 1);                                       /* AES-128-GCM */
  u8(m, 0);                                        /* max name len */
  u8(m, (unsigned)pl);
  raw(m, pub, pl);
  u16(m, 0);                                       /* extensions */
  m->b[at - 2] = (uint8_t)((m->n - at) >> 8);
  m->b[at - 1] = (uint8_t)(m->n - at);
}

/* SvcParams: alpn=h2, ech=<configs for each pub>, then key `after`. */
static size_t ech_params(uint8_t *out, const char *const *pubs,
                         unsigned version, unsigned after)
{
  struct mb p, l;
  size_t i;
  p.n = l.n = 0;
  u16(&p, 1);                                      /* alpn */
  u16(&p, 3);
  u8(&p, 2);
  raw(&p, "h2", 2);
  for(i = 0; pubs[i]; i++)
    ech_config(&l, version, pubs[i]);
  u16(&p, 5);
  u16(&p, (unsigned)l.n + 2);
  u16(&p, (unsigned)l.n);
  raw(&p, l.b, l.n);
  if(after) {
    u16(&p, after);
    u16(&p, 0);
  }
  memcpy(out, p.b, p.n);
  return p.n;
}

static void test_https(void)
{
  struct mb m;
  uint8_t params[2048];
  size_t n;
  {
    const char *pubs[] = { "Public.Example.COM", NULL };
    n = ech_params(params, pubs, 0xfe0d, 6);
    https_msg(&m, 1, params, n);
    is_int(parse(&m), PP_OK, "HTTPS with ech parses");
    is_int(rec.n_ech, 1, "one public_name");
    is_str(rec.ech[0], "public.example.com", "public_name, lowercase");
    is_int(msg.n_bad_svcb, 0, "no bad SvcParams");
  }
  {
    const char *pubs[] = { "cover.example", "1.2.3.4", "x.0x1f", "-a.b",
                           "a..b", "a.b.", ".a", "x.0xg1", "c_d.example",
                           "ok.example", NULL };
    n = ech_params(params, pubs, 0xfe0d, 0);
    https_msg(&m, 1, params, n);
    parse(&m);
    is_int(rec.n_ech, 3, "invalid public names skipped");
    is_str(rec.ech[0], "cover.example", "first valid");
    is_str(rec.ech[1], "x.0xg1", "0x + non-hex is a name");
    is_str(rec.ech[2], "ok.example", "last valid");
    is_int(msg.n_bad_svcb, 1, "bad configs counted once per record");
  }
  {
    const char *pubs[] = { "old.example", NULL };
    n = ech_params(params, pubs, 0xfe0a, 0);
    https_msg(&m, 1, params, n);
    parse(&m);
    is_int(rec.n_ech, 0, "other ECHConfig versions skipped");
    is_int(msg.n_bad_svcb, 0, "and not counted as bad");
  }
  {
    const char *pubs[] = { "x.example", NULL };
    n = ech_params(params, pubs, 0xfe0d, 5);       /* ech twice */
    https_msg(&m, 1, params, n);
    parse(&m);
    is_int(rec.n_ech, 0, "keys not increasing: record ignored");
    is_int(msg.n_bad_svcb, 1, "and counted");
    n = ech_params(params, pubs, 0xfe0d, 0);
    https_msg(&m, 0, params, n);
    is_int(parse(&m), PP_OK, "AliasMode parses");
    is_int(rec.n_ech, 0, "AliasMode params ignored");
    /* The param value longer than the record. */
    https_msg(&m, 1, params, n);
    m.b[m.n - n + 4 + 3 + 2 + 1] += 1;
    parse(&m);
    ok(rec.n_ech == 0 && msg.n_bad_svcb == 1, "overlong param value");
    /* Every cut of the RDATA: never a public name from a partial one. */
    {
      size_t full, cut, bad = 0;
      https_msg(&m, 1, params, n);
      full = m.n;
      for(cut = full - n; cut < full; cut++) {
        struct mb t = m;
        t.n = cut;
        rr_end(&t, full - n - 3);
        parse(&t);
        bad += rec.n_ech != 0;
      }
      is_int(bad, 0, "no public_name from cut RDATA");
    }
  }
  {
    /* HTTPS through a CNAME, and SVCB for an unrelated owner. */
    const char *pubs[] = { "p.example", NULL };
    size_t at;
    n = ech_params(params, pubs, 0xfe0d, 0);
    hdr(&m, RESP, 1, 3, 0, 0);
    question(&m, "svc.example", DNS_T_HTTPS);
    name_ptr(&m, "", 12);
    rr_cname(&m, 10, "alias.example");
    name(&m, "alias.example");
    at = rr(&m, DNS_T_HTTPS, 10);
    u16(&m, 1);
    u8(&m, 0);
    raw(&m, params, n);
    rr_end(&m, at);
    name(&m, "other.example");
    at = rr(&m, DNS_T_SVCB, 10);
    u16(&m, 1);
    u8(&m, 0);
    raw(&m, params, n);
    rr_end(&m, at);
    is_int(parse(&m), PP_OK, "HTTPS via CNAME parses");
    is_int(rec.n_ech, 1, "only the chain's record reported");
  }
}

/* A rich response: CNAME, A, AAAA, HTTPS, authority SOA, OPT. */
static void rich(struct mb *m)
{
  const char *pubs[] = { "pub.example", NULL };
  uint8_t params[512];
  size_t n = ech_params(params, pubs, 0xfe0d, 0), at;
  hdr(m, RESP, 1, 4, 1, 1);
  question(m, "www.example.org", DNS_T_A);
  name_ptr(m, "", 12);
  at = rr(m, DNS_T_CNAME, 300);
  name_ptr(m, "edge", 16);
  rr_end(m, at);
  name_ptr(m, "", at);
  rr_a(m, 20, 203, 0, 113, 5);
  name_ptr(m, "", at);
  rr_aaaa(m, 20, "2001:db8::5");
  name_ptr(m, "", 12);
  at = rr(m, DNS_T_HTTPS, 20);
  u16(m, 1);
  u8(m, 0);
  raw(m, params, n);
  rr_end(m, at);
  name_ptr(m, "", 16);
  at = rr(m, DNS_T_SOA, 60);
  name_ptr(m, "ns", 16);
  name_ptr(m, "host", 16);
  u32(m, 1);
  u32(m, 2);
  u32(m, 3);
  u32(m, 4);
  u32(m, 5);
  rr_end(m, at);
  u8(m, 0);
  u16(m, DNS_T_OPT);
  u16(m, 1232);
  u32(m, 0);
  u16(m, 0);
}

static void test_truncation(void)
{
  struct mb m;
  size_t cut, bad = 0, more = 0, full_addr, full_ech;
  rich(&m);
  is_int(parse(&m), PP_OK, "rich response parses");
  is_str(addrs(), "203.0.113.5,2001:db8::5", "rich: addresses");
  is_int(rec.n_ech, 1, "rich: ech");
  full_addr = (size_t)rec.n_addr;
  full_ech = (size_t)rec.n_ech;
  for(cut = 0; cut < m.n; cut++) {
    int rc;
    memset(&rec, 0, sizeof(rec));
    /* Exact-size copy so a sanitizer sees any read past the end. */
    {
      uint8_t *p = malloc(cut ? cut : 1);
      memcpy(p, m.b, cut);
      rc = dns_parse(p, cut, &msg, &cbs);
      free(p);
    }
    /* Every cut of a well-formed message is a truncation. */
    if(rc != PP_ETRUNC)
      bad++;
    if((size_t)rec.n_addr > full_addr || (size_t)rec.n_ech > full_ech)
      more++;
  }
  is_int(bad, 0, "every cut: PP_ETRUNC");
  is_int(more, 0, "every cut: no more callbacks than the whole");
  /* Cut inside the answer section after the AAAA: reported so far. */
  {
    struct mb t = m;
    size_t i;
    /* find the HTTPS record's type bytes (00 41) after the AAAA one */
    for(i = 12; i + 1 < t.n; i++)
      if(t.b[i] == 0 && t.b[i + 1] == DNS_T_HTTPS && i > 60)
        break;
    t.n = i + 1;
    is_int(parse(&t), PP_ETRUNC, "cut inside the answers");
    is_str(addrs(), "203.0.113.5,2001:db8::5", "answers before the cut");
  }
}

static void test_counts(void)
{
  struct mb m;
  unsigned i;
  /* qdcount 2: both walked, the first reported. */
  hdr(&m, RESP, 2, 1, 0, 0);
  question(&m, "first.example", DNS_T_A);
  question(&m, "second.example", DNS_T_AAAA);
  name_ptr(&m, "", 12);
  rr_a(&m, 5, 192, 0, 2, 77);
  is_int(parse(&m), PP_OK, "two questions");
  is_str(msg.qname, "first.example", "first question reported");
  is_int(msg.qtype, DNS_T_A, "first question's type");
  is_str(addrs(), "192.0.2.77", "answer for the first question");

  /* More records than DNS_RR_MAX: the rest is not walked. */
  hdr(&m, RESP, 1, 300, 0, 0);
  question(&m, "many.example", DNS_T_A);
  for(i = 0; i < 300; i++) {
    name_ptr(&m, "", 12);
    rr_a(&m, 5, 10, 0, i >> 8, i & 0xff);
  }
  is_int(parse(&m), PP_OK, "300 answers");
  ok(msg.rr_limit, "rr_limit set");
  is_int(rec.n_addr, DNS_RR_MAX - 1, "DNS_RR_MAX - 1 answers reported");

  /* Counts larger than the message: truncated. */
  hdr(&m, RESP, 1, 2, 0, 0);
  question(&m, "a.example", DNS_T_A);
  name_ptr(&m, "", 12);
  rr_a(&m, 5, 192, 0, 2, 1);
  is_int(parse(&m), PP_ETRUNC, "ancount beyond the data");
  is_str(addrs(), "192.0.2.1", "answers before the end reported");

  /* No question: nothing to attribute. */
  hdr(&m, RESP, 0, 1, 0, 0);
  name(&m, "a.example");
  rr_a(&m, 5, 192, 0, 2, 1);
  is_int(parse(&m), PP_OK, "no question");
  ok(!msg.has_question && rec.n_addr == 0, "no question: no callbacks");

  /* Odd qname: not valid, so no callbacks either. */
  hdr(&m, RESP, 1, 1, 0, 0);
  question(&m, "a b.example", DNS_T_A);
  name_ptr(&m, "", 12);
  rr_a(&m, 5, 192, 0, 2, 1);
  is_int(parse(&m), PP_OK, "odd qname response");
  is_int(rec.n_addr, 0, "odd qname: no callbacks");
}

/*
 * FNV-1a multicollision: after the length byte of a 56-byte label, either
 * block of each pair leads to the same hash state, so all 128 labels made
 * of one block per pair hash alike (found offline by a birthday search).
 */
static const char coll[7][2][9] = {
  { "oppkzvr9", "s7mxn8uq" }, { "wfpwajgw", "nurgdgkw" },
  { "7ah4cc9z", "cv0n60xx" }, { "x1cq8yxr", "e2gikjjn" },
  { "3bs6s14d", "6e3y7lii" }, { "2thnr5j7", "dx0t3o08" },
  { "4wnxx1v1", "ztxag9sa" },
};

static const char *coll_name(unsigned pick)
{
  static char out[80];
  unsigned i;
  for(i = 0; i < 7; i++)
    memcpy(out + 8 * i, coll[i][pick >> i & 1], 8);
  memcpy(out + 56, ".example", 9);
  return out;
}

/* Owners that collide with the question name cost a full compare each:
 * bounded by DNS_CMP_MISS_MAX per message. */
static void test_collisions(void)
{
  struct mb m;
  unsigned n, i;
  for(n = 10; n <= 80; n += 70) {
    hdr(&m, RESP, 1, n + 1, 0, 0);
    question(&m, coll_name(0), DNS_T_A);
    for(i = 1; i <= n; i++) {
      name(&m, coll_name(i));
      rr_a(&m, 1, 192, 0, 2, i);
    }
    name(&m, coll_name(0));                   /* the qname, uncompressed */
    rr_a(&m, 1, 192, 0, 2, 200);
    is_int(parse(&m), PP_OK, "%u colliding owners parse", n);
    if(n < DNS_CMP_MISS_MAX) {
      is_str(addrs(), "192.0.2.200", "%u colliding owners ignored", n);
      ok(!msg.cmp_limit, "cmp_limit not set");
    }
    else {
      is_int(rec.n_addr, 0, "%u colliding owners: all dropped", n);
      ok(msg.cmp_limit, "cmp_limit set");
    }
  }
}

/* ---- TCP framing ----------------------------------------------------- */

struct tcp_rec {
  int n;
  size_t len[8];
};

static void on_tcp(void *user, const uint8_t *p, size_t len)
{
  struct tcp_rec *t = user;
  (void)p;
  if(t->n < 8)
    t->len[t->n] = len;
  t->n++;
}

static void test_tcp(void)
{
  struct mb a, b, s;
  struct tcp_rec t;
  size_t used = 99;
  hdr(&a, RESP, 1, 1, 0, 0);
  question(&a, "one.example", DNS_T_A);
  name_ptr(&a, "", 12);
  rr_a(&a, 5, 192, 0, 2, 1);
  hdr(&b, QUERY, 1, 0, 0, 0);
  question(&b, "two.example", DNS_T_AAAA);
  s.n = 0;
  u16(&s, (unsigned)a.n);
  raw(&s, a.b, a.n);
  u16(&s, (unsigned)b.n);
  raw(&s, b.b, b.n);
  u16(&s, 40);                                     /* partial third */
  raw(&s, b.b, 10);
  memset(&t, 0, sizeof(t));
  is_int(dns_parse_tcp_stream(s.b, s.n, 16, &used, on_tcp, &t), PP_OK,
         "stream of 2 + partial");
  is_int(t.n, 2, "two messages");
  ok(t.len[0] == a.n && t.len[1] == b.n, "message lengths");
  is_int(used, 4 + a.n + b.n, "partial message not consumed");
  memset(&t, 0, sizeof(t));
  dns_parse_tcp_stream(s.b, s.n, 1, &used, on_tcp, &t);
  ok(t.n == 1 && used == 2 + a.n, "max_msgs honoured");
  dns_parse_tcp_stream(s.b, 1, 16, &used, NULL, NULL);
  is_int(used, 0, "one byte: nothing");
  is_int(dns_parse_tcp_stream(NULL, 0, 16, &used, NULL, NULL), PP_OK,
         "empty stream");
  is_int(used, 0, "empty stream consumes nothing");
  s.b[2 + a.n] = 0;
  s.b[2 + a.n + 1] = 0;
  memset(&t, 0, sizeof(t));
  is_int(dns_parse_tcp_stream(s.b, s.n, 16, &used, on_tcp, &t),
         PP_EMALFORMED, "zero length is malformed");
  ok(t.n == 1 && used == 2 + a.n, "messages before it delivered");
}

/* ---- real payloads (tests/data/dns, from the nDPI captures) ---------- */

static char top[1024];

static size_t load(const char *file, uint8_t *buf, size_t cap)
{
  char path[2048];
  FILE *f;
  size_t n;
  snprintf(path, sizeof(path), "%s/tests/data/dns/%s", top, file);
  f = fopen(path, "rb");
  if(!f)
    return 0;
  n = fread(buf, 1, cap, f);
  fclose(f);
  return n;
}

struct real {
  const char *file;
  int rc;
  const char *qname;
  bool valid;
  int rcode;
  const char *addrs;           /* expected address callbacks */
};

/*
 * Expected values from `tshark -r F -Y frame.number==N -T json -O dns`
 * (tshark 4.0.17): question names, rcode and the answer-section A/AAAA of
 * the question name.  Where tshark shows more, the comment says why.
 */
static const struct real reals[] = {
  { "dns-1.bin", PP_OK, "www.l.google.com", true, 0, "" },
  { "dns-2.bin", PP_OK, "www.example.com", true, 0, "" },
  { "dns-3.bin", PP_OK, "www.example.com", true, 0, "" },
  { "dns-4.bin", PP_OK, "e7.whatsapp.net", true, 0, "" },
  { "dns-5.bin", PP_OK, "e7.whatsapp.net", true, 0,
    "169.45.219.235,169.47.40.142,169.45.248.121,108.168.176.234,"
    "169.45.248.189,169.45.248.180,169.53.81.79,169.45.219.232" },
  { "malformed_dns-1.bin", PP_OK, "www.xt.com", true, 0, "" },
  /* 2nd question's name is far over 255 bytes; tshark resyncs and shows
   * www.xt.com A 66.66.66.66: a malformed message reports nothing. */
  { "malformed_dns-2.bin", PP_EMALFORMED, "www.xt.com", true, 0, "" },
  { "dns-invalid-chars-1.bin", PP_OK,
    "www.allyourba\\004\\005\\006arebelongto.cn", false, 0, "" },
  /* tshark: A 19.185.141.241; odd question names get no callbacks. */
  { "dns-invalid-chars-2.bin", PP_OK,
    "www.allyourbasesare\\001\\002\\003ongto.cn", false, 0, "" },
  { "dns_long_domainname-1.bin", PP_OK,
    "gmr02c.16.0.fhkfhsdkfhsk.tunnel.example.com", true, 0, "" },
  { "dns_long_domainname-2.bin", PP_OK,
    "gmr02c.16.0.fhkfhsdkfhsk.tunnel.example.com", true, 3, "" },
  { "bad-dns-traffic-3.bin", PP_OK,
    "958700a621c3620001636f6e736f6c65202873697276696d65732900"
    ".skullseclabs.org", true, 0, "" },
  { "bad-dns-traffic-5.bin", PP_OK, "7cd501a621c362010a.skullseclabs.org",
    true, 0, "" },
  { "bad-dns-traffic-9.bin", PP_OK, "0ab801a621c362010a.skullseclabs.org",
    true, 0, "" },
  { "bad-dns-traffic-13.bin", PP_OK,
    "b73f01a621c362010a57656c636f6d6520746f20646e7363617021205468"
    ".6520666c61672069732062656c6f772c20686176652066756e21210a"
    ".skullseclabs.org", true, 0, "" },
  { "dns_fragmented-3.bin", PP_OK, "weberlab.de", true, 0, "" },
  /* tshark lists more A/AAAA: glue in the additional section. */
  { "dns_fragmented-6.bin", PP_OK, "pa.weberlab.de", true, 0,
    "2001:470:1f0b:1024::2" },
  { "dns_fragmented-14.bin", PP_OK, "fg2.weberlab.de", true, 0, "" },
  { "dns_fragmented-21.bin", PP_OK, "fg2-mgmt.weberlab.de", true, 0,
    "2001:470:1f0b:16b0::1" },
  { "dns_fragmented-29.bin", PP_OK, "sigok.verteiltesysteme.net", true, 0,
    "134.91.78.139" },
  { "dns_fragmented-31.bin", PP_OK, "sigfail.verteiltesysteme.net", true,
    2, "" },
  { "dns_fragmented-35.bin", PP_OK, "erfpop.de", true, 0,
    "2606:4700:30::6818:6291,2606:4700:30::6818:6391" },
};

static void on_tcp_parse(void *user, const uint8_t *p, size_t len)
{
  int *rc = user;
  memset(&rec, 0, sizeof(rec));
  *rc = dns_parse(p, len, &msg, &cbs);
}

static void test_real(void)
{
  static uint8_t buf[65536];
  size_t i, n, used;
  int rc = -1;
  for(i = 0; i < PP_ARRAY_LEN(reals); i++) {
    const struct real *r = &reals[i];
    n = load(r->file, buf, sizeof(buf));
    if(!ok(n > 0, "%s: loaded", r->file))
      continue;
    memset(&rec, 0, sizeof(rec));
    is_int(dns_parse(buf, n, &msg, &cbs), r->rc, "%s: rc", r->file);
    is_str(msg.qname, r->qname, "%s: qname", r->file);
    is_int(msg.qname_valid, r->valid, "%s: valid", r->file);
    is_int(msg.rcode, r->rcode, "%s: rcode", r->file);
    is_str(addrs(), r->addrs, "%s: addresses", r->file);
  }
  /* The response's large DNSSEC records and OPT walk fine. */
  n = load("dns_fragmented-3.bin", buf, sizeof(buf));
  dns_parse(buf, n, &msg, &cbs);
  ok(msg.ancount == 4 && msg.arcount == 1 && msg.qtype == 48,
     "DNSKEY response counts");

  /* DNS over TCP (frames 48 and 50 of dns_fragmented.pcap). */
  n = load("dns_fragmented-tcp-48.bin", buf, sizeof(buf));
  is_int(dns_parse_tcp_stream(buf, n, 8, &used, on_tcp_parse, &rc), PP_OK,
         "TCP query stream");
  ok(used == n && rc == PP_OK, "TCP query consumed and parsed");
  is_str(msg.qname, "weberlab.de", "TCP query name");
  ok(!msg.is_response && msg.qtype == 48, "TCP query type DNSKEY");
  n = load("dns_fragmented-tcp-50.bin", buf, sizeof(buf));
  rc = -1;
  is_int(dns_parse_tcp_stream(buf, n, 8, &used, on_tcp_parse, &rc), PP_OK,
         "TCP response stream");
  ok(used == n && n == 1732 && rc == PP_OK, "TCP response consumed");
  ok(msg.is_response && msg.ancount == 4, "TCP response answers");
  rc = -1;
  dns_parse_tcp_stream(buf, n - 1, 8, &used, on_tcp_parse, &rc);
  ok(used == 0 && rc == -1, "TCP response minus a byte: waits");
}

static void find_top(void)
{
  const char *env = getenv("top_srcdir");
  const char *f = __FILE__, *p = strstr(f, "tests/unit/test_dns.c");
  if(env)
    snprintf(top, sizeof(top), "%s", env);
  else if(p && p > f)
    snprintf(top, sizeof(top), "%.*s", (int)(p - f - 1), f);
  else
    snprintf(top, sizeof(top), ".");
}

int main(void)
{
  find_top();
  test_basic();
  test_rcode();
  test_compression();
  test_pointers();
  test_labels();
  test_chains();
  test_rdlength();
  test_https();
  test_truncation();
  test_counts();
  test_collisions();
  test_tcp();
  test_real();
  return tap_done();
}
