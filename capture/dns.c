/*
 * dns.c: DNS message parser: question, answers through CNAME chains,
 * ECH public names of HTTPS/SVCB records, DNS over TCP framing.
 *
 * References: RFC 1035 4.1 (message), 4.1.4 (compression); RFC 2181 8
 * (TTL); RFC 3596 (AAAA); RFC 6891 (OPT, extended label 0x40 retired);
 * RFC 7766 8 (TCP framing); RFC 9460 2.2 (SVCB/HTTPS RDATA, SvcParams);
 * draft-ietf-tls-esni-22 4 (ECHConfigList, ECHConfig version 0xfe0d).
 *
 * Header (12 bytes), then QDCOUNT questions and AN+NS+AR records:
 *
 *    0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15
 *  +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 *  |                      ID                       |
 *  |QR|  Opcode   |AA|TC|RD|RA| Z|AD|CD|   RCODE   |
 *  |                    QDCOUNT                    |
 *  |                    ANCOUNT                    |
 *  |                    NSCOUNT                    |
 *  |                    ARCOUNT                    |
 *  +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 *
 *  Resource record (a question is NAME, TYPE, CLASS only):
 *  +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 *  /                     NAME                      /
 *  |                     TYPE                      |
 *  |                     CLASS                     |
 *  |                      TTL                      |  32 bits
 *  |                                               |
 *  |                   RDLENGTH                    |
 *  /                     RDATA                     /  RDLENGTH bytes
 *  +--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+--+
 *
 *  NAME: labels, each a length byte 00LLLLLL and L bytes, ending with the
 *  root (a zero byte) or with a pointer 11OOOOOO OOOOOOOO to the rest of
 *  the name at message offset O.  01xxxxxx/10xxxxxx are extended label
 *  types: malformed here.
 *
 *  HTTPS/SVCB RDATA: SvcPriority u16 | TargetName (uncompressed) |
 *  SvcParams: { key u16, length u16, value }, keys strictly increasing.
 *  ech (key 5) value: ECHConfigList = u16 length, ECHConfig* ;
 *  ECHConfig = version u16 | length u16 | contents; for 0xfe0d contents =
 *  config_id u8 | kem_id u16 | public_key<1..2^16-1> |
 *  cipher_suites<4..2^16-4> (kdf_id u16, aead_id u16 each) |
 *  maximum_name_length u8 | public_name<1..255> (u8 length) |
 *  extensions<0..2^16-1>.
 *
 * Cost: every name walk is bounded by 255 wire bytes and
 * DNS_PTR_HOPS_MAX hops; record owners are walked label by label, not
 * byte by byte.  Answer owners and CNAME targets are remembered as the
 * offset of their first label (equal offsets: same name, the usual case
 * with compression) and a hash computed on first need; two names compare
 * in O(1) unless the hashes match, so chain resolution costs at most
 * about 2 * DNS_CHAIN_MAX * DNS_RR_MAX compares, of which at most
 * DNS_CMP_MISS_MAX walk two different names.  Nothing is allocated.
 */
#include "config.h"

#include "dns.h"
#include "pp_cursor.h"
#include "pp_err.h"

#define HDR_LEN 12
#define MSG_MAX 65535        /* RFC 1035 4.2.2: the TCP length prefix */
#define NAME_WIRE_MAX 255    /* RFC 1035 2.3.4 */
#define CLASS_IN 1
#define SVC_KEY_ECH 5
#define ECH_VERSION 0xfe0d
#define PUBNAME_BUF 256      /* public_name<1..255> + NUL */
#define FNV_BASIS 2166136261u
#define FNV_PRIME 16777619u

/* A name inside the message: its first label and a hash of its
 * lowercased wire form, computed only when needed (most owners point at
 * the very name they are compared with). */
struct name_ref {
  uint32_t first;            /* offset of the first label's length byte */
  uint32_t hash;             /* 0: not computed yet */
};

/* An answer kept for chain resolution. */
struct answer {
  struct name_ref owner;
  struct name_ref target;    /* CNAME only */
  uint32_t ttl;
  uint32_t rdata;            /* offset of RDATA */
  uint16_t rdlen;
  uint16_t type;
};

/* Walks the labels of one name, following pointers. */
struct name_it {
  const uint8_t *msg;
  size_t len;
  struct pp_rd r;            /* over the whole message, at the next label */
  size_t run;                /* where the current run of labels began */
  size_t at;                 /* offset of the label last returned */
  size_t next;               /* offset past the name where it is stored;
                                0 until the first pointer or the root */
  unsigned hops;
  unsigned wire;             /* wire bytes so far */
};

static inline uint8_t lc(uint8_t b)
{
  return b >= 'A' && b <= 'Z' ? (uint8_t)(b + 32) : b;
}

static inline size_t rd_off(const struct pp_rd *r, const uint8_t *base)
{
  return (size_t)(r->pos - base);
}

/*
 * rd_sub for a split that may fail: on failure the child is a copy of the
 * parent, in error, rather than rd_sub's rd_init(NULL, 0), whose NULL + 0
 * clang's UBSan reports.
 */
static void split(struct pp_rd *r, size_t n, struct pp_rd *child)
{
  if(rd_need(r, n))
    rd_sub(r, n, child);
  else
    *child = *r;
}

static void it_init(struct name_it *it, const uint8_t *msg, size_t len,
                    size_t off)
{
  it->msg = msg;
  it->len = len;
  rd_init(&it->r, msg, len);
  rd_skip(&it->r, off);
  it->run = off;
  it->at = off;
  it->next = 0;
  it->hops = 0;
  it->wire = 0;
}

/*
 * Next label into *lab (a cursor over its bytes).  Returns its length
 * (1..63), 0 at the root, PP_ETRUNC or PP_EMALFORMED.
 */
static int it_next(struct name_it *it, struct pp_rd *lab)
{
  for(;;) {
    size_t at = rd_off(&it->r, it->msg);
    uint8_t c = rd_u8(&it->r);
    if(!rd_ok(&it->r))
      return PP_ETRUNC;
    if((c & 0xc0) == 0xc0) {
      size_t to = (size_t)(c & 0x3f) << 8 | rd_u8(&it->r);
      if(!rd_ok(&it->r))
        return PP_ETRUNC;
      if(!it->next)
        it->next = at + 2;
      /* Strictly before the run holding the pointer, not just before the
       * pointer: "3www C0 0C" at 12 would loop.  Runs start lower at each
       * hop, so no loop can form; the hop cap bounds the work. */
      if(to < HDR_LEN || to >= it->run || ++it->hops > DNS_PTR_HOPS_MAX)
        return PP_EMALFORMED;
      it->run = to;
      rd_init(&it->r, it->msg, it->len);
      rd_skip(&it->r, to);
      continue;
    }
    if(c & 0xc0)             /* 0x40, 0x80: extended label types */
      return PP_EMALFORMED;
    it->at = at;
    it->wire += 1u + c;
    if(it->wire > NAME_WIRE_MAX)
      return PP_EMALFORMED;
    if(!c) {
      if(!it->next)
        it->next = at + 1;
      return 0;
    }
    split(&it->r, c, lab);
    if(!rd_ok(&it->r))
      return PP_ETRUNC;
    return c;
  }
}

static bool name_byte_ok(uint8_t b)
{
  return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' ||
         b == '_';
}

/*
 * Walk and check the name at off.  *next gets the offset just past it
 * where it is stored, ref->first where its labels start.  Only with text
 * (DNS_NAME_BUF bytes) are the label bytes read: text gets the
 * presentation form, *valid whether it is a valid name, ref->hash the
 * hash; otherwise ref->hash is 0 and the walk costs per label, not byte.
 */
static int name_walk(const uint8_t *msg, size_t len, size_t off,
                     size_t *next, struct name_ref *ref, char *text,
                     bool *valid)
{
  struct name_it it;
  struct pp_rd lab;
  uint32_t h = FNV_BASIS;
  size_t o = 0;
  unsigned labels = 0;
  bool good = true;
  int n;

  it_init(&it, msg, len, off);
  while((n = it_next(&it, &lab)) > 0) {
    if(!labels++)
      ref->first = (uint32_t)it.at;
    if(!text)
      continue;
    h = (h ^ (uint32_t)n) * FNV_PRIME;
    if(o)
      text[o++] = '.';
    while(n--) {
      uint8_t b = lc(rd_u8(&lab));
      h = (h ^ b) * FNV_PRIME;
      /* 255 wire bytes escape to at most 1003 chars (4 labels of
       * 62-63 bytes, all escaped): fits DNS_NAME_BUF. */
      if(name_byte_ok(b))
        text[o++] = (char)b;
      else {
        text[o++] = '\\';
        text[o++] = (char)('0' + b / 100);
        text[o++] = (char)('0' + b / 10 % 10);
        text[o++] = (char)('0' + b % 10);
        good = false;
      }
    }
  }
  if(text) {
    text[o] = '\0';
    *valid = good && o > 0;
  }
  if(n < 0)
    return n;
  if(!labels)                /* the root */
    ref->first = (uint32_t)it.at;
  ref->hash = text ? (h ? h : 1) : 0;
  *next = it.next;
  return PP_OK;
}

/* The hash name_walk would give, for a name walked fine before. */
static uint32_t name_hash(const uint8_t *msg, size_t len,
                          struct name_ref *ref)
{
  struct name_it it;
  struct pp_rd lab;
  uint32_t h = FNV_BASIS;
  int n;

  if(ref->hash)
    return ref->hash;
  it_init(&it, msg, len, ref->first);
  while((n = it_next(&it, &lab)) > 0) {
    h = (h ^ (uint32_t)n) * FNV_PRIME;
    while(n--)
      h = (h ^ lc(rd_u8(&lab))) * FNV_PRIME;
  }
  ref->hash = h ? h : 1;
  return ref->hash;
}

/*
 * Same name (case-insensitive)?  Both were walked fine before.  The
 * hashes keep a mismatch O(1) after their first computation.  The hash is
 * not keyed, so a sender can make different names collide and force the
 * slow compare: *misses counts those, and past DNS_CMP_MISS_MAX names
 * with equal hashes at different offsets count as different.
 */
static bool name_eq(const uint8_t *msg, size_t len, struct name_ref *a,
                    struct name_ref *b, unsigned *misses)
{
  struct name_it ia, ib;
  struct pp_rd la, lb;
  int na, nb;

  if(a->first == b->first)
    return true;
  if(name_hash(msg, len, a) != name_hash(msg, len, b) ||
     *misses >= DNS_CMP_MISS_MAX)
    return false;
  it_init(&ia, msg, len, a->first);
  it_init(&ib, msg, len, b->first);
  do {
    na = it_next(&ia, &la);
    nb = it_next(&ib, &lb);
    if(na != nb || na < 0)
      goto miss;
    for(nb = na; nb > 0; nb--)
      if(lc(rd_u8(&la)) != lc(rd_u8(&lb)))
        goto miss;
  } while(na > 0);
  return true;
miss:
  ++*misses;
  return false;
}

/*
 * draft-ietf-tls-esni 4: a public_name is dot-separated LDH labels
 * (RFC 5890 2.3.1: letters, digits, inner hyphens) of 1..63 bytes, with
 * no leading or trailing dot, whose last label is neither all digits nor
 * "0x" + hex digits (IPv4 literal lookalikes).  Writes it lowercase.
 */
static bool public_name_ok(struct pp_rd *pn, size_t n, char *out)
{
  size_t i, lab = 0, last = 0;
  bool digits = true, hex = true;

  for(i = 0; i < n; i++) {
    uint8_t b = lc(rd_u8(pn));
    if(b == '.') {
      if(!lab || out[i - 1] == '-')
        return false;
      lab = 0;
      last = i + 1;
    }
    else if((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
            (b == '-' && lab)) {
      if(++lab > 63)
        return false;
    }
    else
      return false;
    out[i] = (char)b;
  }
  out[n] = '\0';
  if(!rd_ok(pn) || !lab || out[n - 1] == '-')
    return false;
  for(i = last; i < n; i++) {
    bool d = out[i] >= '0' && out[i] <= '9';
    digits = digits && d;
    if(i >= last + 2)
      hex = hex && (d || (out[i] >= 'a' && out[i] <= 'f'));
  }
  if(n - last >= 2 && out[last] == '0' && out[last + 1] == 'x' && hex)
    return false;
  return !digits;
}

/* ECHConfigList in *v; one callback per valid 0xfe0d public_name.
 * Returns false when the list is malformed. */
static bool ech_list(struct pp_rd *v, struct dns_msg *m,
                     const struct dns_callbacks *cb)
{
  struct pp_rd list, cfg;
  char pub[PUBNAME_BUF];
  bool good = true;

  split(v, rd_be16(v), &list);
  if(!rd_ok(v) || rd_left(v))
    return false;
  while(rd_left(&list)) {
    uint16_t version = rd_be16(&list);
    uint16_t pklen, cslen;
    uint8_t pnlen;
    struct pp_rd pn;

    split(&list, rd_be16(&list), &cfg);
    if(!rd_ok(&list))
      return false;
    if(version != ECH_VERSION)
      continue;              /* other versions are skipped (4) */
    rd_skip(&cfg, 3);        /* config_id, kem_id */
    pklen = rd_be16(&cfg);
    rd_skip(&cfg, pklen);
    cslen = rd_be16(&cfg);
    rd_skip(&cfg, cslen);
    rd_skip(&cfg, 1);        /* maximum_name_length */
    pnlen = rd_u8(&cfg);
    split(&cfg, pnlen, &pn);
    rd_skip(&cfg, rd_be16(&cfg));    /* extensions */
    if(!rd_ok(&cfg) || rd_left(&cfg) || !pklen || cslen < 4 || cslen % 4 ||
       !pnlen) {
      good = false;
      continue;
    }
    if(!public_name_ok(&pn, pnlen, pub)) {
      good = false;
      continue;
    }
    m->n_ech++;
    if(cb->ech_public_name)
      cb->ech_public_name(cb->user, m->qname, pub);
  }
  return good;
}

/* HTTPS/SVCB RDATA (RFC 9460 2.2): find the ech SvcParam once the whole
 * parameter list is known to be well formed. */
static void svcb_rdata(const uint8_t *msg, size_t len, const struct answer *a,
                       struct dns_msg *m, const struct dns_callbacks *cb)
{
  struct pp_rd r, s, v, ech;
  unsigned prev = 0, n = 0;
  uint16_t prio;
  uint8_t c;
  unsigned wire = 0;
  bool have_ech = false;

  rd_init(&r, msg, len);
  rd_skip(&r, a->rdata);
  split(&r, a->rdlen, &s);
  prio = rd_be16(&s);
  /* TargetName: uncompressed (2.2), so no pointers. */
  do {
    c = rd_u8(&s);
    wire += 1u + c;
    if((c & 0xc0) || wire > NAME_WIRE_MAX)
      goto bad;
    rd_skip(&s, c);
  } while(c && rd_ok(&s));
  if(!rd_ok(&s))
    goto bad;
  if(prio == 0)
    return;                  /* AliasMode: SvcParams ignored (2.4.2) */
  while(rd_left(&s)) {
    unsigned key = rd_be16(&s);
    split(&s, rd_be16(&s), &v);
    if(!rd_ok(&s) || (n++ && key <= prev))
      goto bad;
    prev = key;
    if(key == SVC_KEY_ECH) {
      ech = v;
      have_ech = true;
    }
  }
  if(!rd_ok(&s))
    goto bad;
  if(!have_ech || ech_list(&ech, m, cb))
    return;
bad:
  m->n_bad_svcb++;
}

struct chain_link {
  struct name_ref name;
  uint32_t ttl;              /* smallest TTL from the question to here */
};

/* Report the answers reachable from the question name q. */
static void resolve(const uint8_t *msg, size_t len, const struct name_ref *q,
                    struct answer *an, unsigned n, struct dns_msg *m,
                    const struct dns_callbacks *cb)
{
  struct chain_link chain[DNS_CHAIN_MAX + 1];
  unsigned nc = 1, i, j, misses = 0;

  chain[0].name = *q;
  chain[0].ttl = UINT32_MAX;
  /* The chain: the question name, then the target of the first CNAME
   * owned by the last name, until none, DNS_CHAIN_MAX, or a loop. */
  while(nc <= DNS_CHAIN_MAX) {
    for(i = 0; i < n; i++)
      if(an[i].type == DNS_T_CNAME &&
         name_eq(msg, len, &an[i].owner, &chain[nc - 1].name, &misses))
        break;
    if(i == n)
      break;
    for(j = 0; j < nc; j++)
      if(name_eq(msg, len, &an[i].target, &chain[j].name, &misses))
        break;
    if(j < nc)
      break;
    chain[nc].name = an[i].target;
    chain[nc].ttl = PP_MIN(chain[nc - 1].ttl, an[i].ttl);
    nc++;
  }
  for(i = 0; i < n; i++) {
    struct answer *a = &an[i];
    struct pp_addr addr;
    uint8_t raw[16];
    struct pp_rd r;

    if(a->type == DNS_T_CNAME)
      continue;
    for(j = 0; j < nc; j++)
      if(name_eq(msg, len, &a->owner, &chain[j].name, &misses))
        break;
    if(j == nc)
      continue;              /* not an answer to the question */
    if(a->type == DNS_T_HTTPS || a->type == DNS_T_SVCB) {
      svcb_rdata(msg, len, a, m, cb);
      continue;
    }
    rd_init(&r, msg, len);
    rd_skip(&r, a->rdata);
    rd_copy(&r, raw, a->type == DNS_T_A ? 4 : 16);
    if(a->type == DNS_T_A)
      pp_addr_set4(&addr, raw);
    else
      pp_addr_set6(&addr, raw);
    m->n_address++;
    if(cb->address)
      cb->address(cb->user, m->qname, &addr, PP_MIN(chain[j].ttl, a->ttl));
  }
  m->cmp_limit = misses >= DNS_CMP_MISS_MAX;
}

/*
 * One record at r.  When keep is given and the record matters for the
 * chain (class IN A, AAAA, CNAME, HTTPS, SVCB), fill it and set *kept.
 */
static int rr_walk(struct pp_rd *r, const uint8_t *msg, size_t len,
                   struct answer *keep, bool *kept)
{
  struct name_ref owner, target;
  size_t off = rd_off(r, msg), next, rdata;
  uint16_t type, klass, rdlen;
  uint32_t ttl;
  int rc;

  *kept = false;
  rc = name_walk(msg, len, off, &next, &owner, NULL, NULL);
  if(rc)
    return rc;
  rd_skip(r, next - off);
  type = rd_be16(r);
  klass = rd_be16(r);
  ttl = rd_be32(r);
  rdlen = rd_be16(r);
  rdata = rd_off(r, msg);
  rd_skip(r, rdlen);
  if(!rd_ok(r))
    return r->err;
  if(klass != CLASS_IN)
    return PP_OK;
  if((type == DNS_T_A && rdlen != 4) || (type == DNS_T_AAAA && rdlen != 16))
    return PP_EMALFORMED;
  if(!keep)
    return PP_OK;
  switch(type) {
  case DNS_T_CNAME:
    /* The target may be compressed but must fill RDATA exactly. */
    rc = name_walk(msg, len, rdata, &next, &target, NULL, NULL);
    if(rc || next != rdata + rdlen)
      return PP_EMALFORMED;
    keep->target = target;
    break;
  case DNS_T_A:
  case DNS_T_AAAA:
  case DNS_T_HTTPS:
  case DNS_T_SVCB:
    break;
  default:
    return PP_OK;
  }
  keep->owner = owner;
  keep->ttl = ttl > INT32_MAX ? 0 : ttl;     /* RFC 2181 8 */
  keep->rdata = (uint32_t)rdata;
  keep->rdlen = rdlen;
  keep->type = type;
  *kept = true;
  return PP_OK;
}

int dns_parse(const uint8_t *buf, size_t len, struct dns_msg *msg,
              const struct dns_callbacks *cb)
{
  struct dns_msg scratch;
  struct answer an[DNS_RR_MAX];
  struct name_ref q = { 0, 0 };
  struct pp_rd r;
  unsigned n_an = 0, walked = 0, sec, i;
  uint16_t flags, count[3];
  bool want;
  int rc = PP_OK;

  if(!msg)
    msg = &scratch;
  msg->id = 0;
  msg->is_response = msg->has_question = msg->qname_valid = false;
  msg->opcode = msg->rcode = 0;
  msg->qdcount = msg->ancount = msg->nscount = msg->arcount = 0;
  msg->qname[0] = '\0';
  msg->qtype = msg->qclass = 0;
  msg->rr_limit = msg->cmp_limit = false;
  msg->n_address = msg->n_ech = msg->n_bad_svcb = 0;
  if(!buf)
    return PP_ETRUNC;        /* (and no NULL + 0 in rd_init) */
  /* Bytes past 65535 cannot belong to a DNS message: ignored, like any
   * trailing bytes; offsets then fit the 32-bit fields above. */
  len = PP_MIN(len, (size_t)MSG_MAX);

  rd_init(&r, buf, len);
  msg->id = rd_be16(&r);
  flags = rd_be16(&r);
  msg->qdcount = rd_be16(&r);
  msg->ancount = count[0] = rd_be16(&r);
  msg->nscount = count[1] = rd_be16(&r);
  msg->arcount = count[2] = rd_be16(&r);
  msg->is_response = flags >> 15;
  msg->opcode = flags >> 11 & 0xf;
  msg->rcode = flags & 0xf;
  if(!rd_ok(&r))
    return r.err;

  for(i = 0; i < msg->qdcount; i++) {
    size_t off = rd_off(&r, buf), next;
    struct name_ref ref;
    uint16_t qtype = 0, qclass = 0;
    if(walked++ == DNS_RR_MAX) {
      msg->rr_limit = true;
      return PP_OK;
    }
    rc = name_walk(buf, len, off, &next, &ref, i ? NULL : msg->qname,
                   &msg->qname_valid);
    if(!rc) {
      rd_skip(&r, next - off);
      qtype = rd_be16(&r);
      qclass = rd_be16(&r);
      rc = r.err;
    }
    if(rc) {
      if(i == 0) {
        msg->qname[0] = '\0';
        msg->qname_valid = false;
      }
      return rc;
    }
    if(i == 0) {
      msg->has_question = true;
      msg->qtype = qtype;
      msg->qclass = qclass;
      q = ref;
    }
  }

  /* Answers are kept only when they can lead to callbacks. */
  want = cb && msg->is_response && msg->opcode == 0 && msg->rcode == 0 &&
         msg->has_question && msg->qname_valid;
  for(sec = 0; sec < 3 && !rc && !msg->rr_limit; sec++) {
    for(i = 0; i < count[sec]; i++) {
      bool kept;
      if(walked++ == DNS_RR_MAX) {
        msg->rr_limit = true;
        break;
      }
      /* n_an < DNS_RR_MAX: the question took one of the walks. */
      rc = rr_walk(&r, buf, len, want && !sec ? &an[n_an] : NULL, &kept);
      if(rc)
        break;
      n_an += kept;
    }
    /* The answer section is done, or cut short: report it, unless it
     * holds a malformed record. */
    if(sec == 0 && want && rc != PP_EMALFORMED)
      resolve(buf, len, &q, an, n_an, msg, cb);
  }
  return rc;
}

int dns_parse_tcp_stream(const uint8_t *stream, size_t len, size_t max_msgs,
                         size_t *consumed,
                         void (*on_msg)(void *user, const uint8_t *msg,
                                        size_t len),
                         void *user)
{
  struct pp_rd r, t;
  size_t n = 0;
  int rc = PP_OK;

  if(consumed)
    *consumed = 0;
  if(!stream)
    return PP_OK;
  rd_init(&r, stream, len);
  while(n < max_msgs && rd_left(&r) >= 2) {
    const uint8_t *m;
    uint16_t mlen;
    t = r;                   /* commit only whole messages */
    mlen = rd_be16(&t);
    if(!mlen) {
      rc = PP_EMALFORMED;
      break;
    }
    m = rd_ptr(&t, mlen);
    if(!m)
      break;                 /* partial: wait for the rest */
    if(on_msg)
      on_msg(user, m, mlen);
    r = t;
    n++;
  }
  if(consumed)
    *consumed = rd_off(&r, stream);
  return rc;
}
