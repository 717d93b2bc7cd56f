/*
 * gen_names.c: the simulated population of ppgen (a part of ppgen.c):
 * server names grouped in sites, their server addresses and CDN CNAME
 * chains, the clients, and the map of DNS answers each client has seen
 * (the ground truth for DNS attribution).
 *
 * Names use reserved suffixes only (RFC 2606, RFC 6761): .test, .example,
 * .invalid and example.com/net/org; IDN labels are Vietnamese words in
 * Punycode.  A site has 1-5 host names (www., m., cdn., api., ...) so that
 * per-site aggregation has something to merge.
 *
 * Address plan (documentation space, RFC 5737 and RFC 3849; subscribers in
 * the shared space of RFC 6598).  The pools never overlap:
 *   clients  100.64.0.0/10, 2001:db8:c000::/40 (one /64 per client)
 *   infra    198.51.100.1-31: resolvers .1 .2, proxies .8 .9,
 *            ECH fronts .16-.19; 2001:db8:5e00::/48 likewise
 *   named    198.51.100.32-254 and 203.0.113.1-191 (CDN share .160-.191),
 *            2001:db8:5e01::/48 .. 2001:db8:5efe::/48
 *   unnamed  203.0.113.192-254, 2001:db8:5eff::/48 (flows with no name)
 *   tunnels  192.0.2.0/24 (GRE endpoints)
 */

#define NAME_ECH 0x01u     /* the site sits behind the ECH front */
#define NAME_IDN 0x02u     /* a label is Punycode */
#define NAME_CDN 0x04u     /* served from the shared CDN addresses */

struct name {
  char *host;              /* ASCII, lowercase, Punycode for IDN */
  uint32_t site;
  struct pp_addr v4;
  struct pp_addr v6;
  uint32_t ttl;            /* of the address records, seconds */
  uint8_t hops;            /* CNAME records before the addresses: 0-2 */
  uint8_t flags;           /* NAME_* */
};

enum os { OS_ANDROID, OS_WINDOWS, OS_APPLE, OS_LINUX, OS_N };

struct client {
  uint8_t v4[4];
  uint8_t v6[16];
  uint8_t mac[6];
  uint8_t os;              /* enum os: TCP options, TTL, browser */
  uint16_t ipid;           /* next IPv4 identification */
  uint16_t port;           /* last ephemeral port handed out */
  uint16_t port_step;      /* odd, so ports cycle through the range */
  uint32_t rtt;            /* probe <-> client round trip, usec */
  uint64_t dns_busy;       /* its last DNS answer so far, usec */
};

/* The server name pool. */
struct names {
  struct name *v;
  uint32_t n;
  uint32_t *rank;          /* popularity rank -> name index */
  uint32_t *ech;           /* indexes of the names behind the ECH front */
  uint32_t nech;
  struct zipf zipf;
};

struct clients {
  struct client *v;
  uint32_t n;
  struct zipf zipf;
};

#define EPHEMERAL_LO 32768u
#define EPHEMERAL_N (60999u - 32768u + 1u)

/* ---- word lists ------------------------------------------------------- */

static const char *const words[] = {
  "thoisu", "kinhte", "thethao", "giaitri", "congnghe", "suckhoe",
  "phapluat", "giaoduc", "doisong", "dulich", "xehoi", "nhadat",
  "vanhoa", "quocte", "tuoitre", "thanhnien", "dantri", "laodong",
  "nguoiviet", "saigon", "hanoi", "danang", "cantho", "haiphong",
  "mientay", "tayninh", "hue", "nhatrang", "vietnam", "tinmoi",
  "tinnhanh", "tinhot", "ngoisao", "phunu", "giadinh", "bongda",
  "amthuc", "sen", "mekong", "hoguom", "bienxanh", "ketnoi",
  "doanhnhan", "chungkhoan", "taichinh", "batdongsan", "congly",
  "nongnghiep", "khoahoc", "yte", "xahoi", "thoitiet", "giaothong",
  "24h", "360", "plus", "express", "today", "daily", "media", "online",
  "channel", "radio", "xanh", "moi", "nhanh", "sao", "viet", "dat",
  "trangchu", "docbao", "baomoi", "tintuc", "thegioi", "diaphuong",
};

/* Lowercase NFC Vietnamese words for IDN labels. */
static const char *const words_idn[] = {
  "tintức", "báomới", "thờisự", "đờisống", "thểthao", "giảitrí",
  "kinhtế", "sứckhỏe", "phápluật", "giáodục", "dulịch", "vănhóa",
  "côngnghệ", "nhàđất", "tuổitrẻ", "thanhniên", "dântrí", "laođộng",
  "quốctế", "ẩmthực", "điệnảnh", "âmnhạc", "bóngđá", "ngôisao",
  "phụnữ", "giađình", "sàigòn", "hànội", "đànẵng", "huế", "báođẹp",
};

static const char *const sub_prefix[] = {
  "www", "m", "cdn", "api", "static", "img", "video", "news", "amp",
  "live",
};

static bool prefix_is_cdn(const char *p)
{
  return !strcmp(p, "cdn") || !strcmp(p, "static") || !strcmp(p, "img") ||
         !strcmp(p, "video");
}

static const char *word(struct rng *r)
{
  return words[rng_below(r, PP_ARRAY_LEN(words))];
}

/* ---- addresses --------------------------------------------------------- */

static void addr4(struct pp_addr *a, unsigned b0, unsigned b1, unsigned b2,
                  unsigned b3)
{
  uint8_t v[4] = { (uint8_t)b0, (uint8_t)b1, (uint8_t)b2, (uint8_t)b3 };
  pp_addr_set4(a, v);
}

/* 2001:db8:<h2>:<h3>::<low> */
static void addr6(struct pp_addr *a, unsigned h2, unsigned h3, unsigned low)
{
  uint8_t v[16] = { 0x20, 0x01, 0x0d, 0xb8 };
  put16(v + 4, h2);
  put16(v + 6, h3);
  put16(v + 14, low);
  pp_addr_set6(a, v);
}

/* Named, not CDN: 382 addresses. */
static void named_v4(struct pp_addr *a, uint32_t slot)
{
  slot %= 223u + 159u;
  if(slot < 223)
    addr4(a, 198, 51, 100, 32 + slot);
  else
    addr4(a, 203, 0, 113, 1 + (slot - 223));
}

static void cdn_v4(struct pp_addr *a, uint32_t slot)
{
  addr4(a, 203, 0, 113, 160 + slot % 32);
}

static void ech_front(struct pp_addr *a, int fam, uint32_t slot)
{
  if(fam == PP_AF_INET)
    addr4(a, 198, 51, 100, 16 + slot % 4);
  else
    addr6(a, 0x5e00, 0x00ec, 0x10 + slot % 4);
}

static void resolver_addr(struct pp_addr *a, int fam, uint32_t slot)
{
  if(fam == PP_AF_INET)
    addr4(a, 198, 51, 100, 1 + slot % 2);
  else
    addr6(a, 0x5e00, 0, 1 + slot % 2);
}

static void proxy_addr(struct pp_addr *a, int fam, uint32_t slot)
{
  if(fam == PP_AF_INET)
    addr4(a, 198, 51, 100, 8 + slot % 2);
  else
    addr6(a, 0x5e00, 0, 8);
}

static void unnamed_addr(struct pp_addr *a, int fam, uint32_t slot)
{
  if(fam == PP_AF_INET)
    addr4(a, 203, 0, 113, 192 + slot % 63);
  else
    addr6(a, 0x5eff, 0, 1 + slot % 255);
}

/* Slot of an IPv4 server or tunnel address in the IP-ID counter table. */
static unsigned ipid_slot(const struct pp_addr *a)
{
  if(a->a[0] == 198)
    return a->a[3];
  if(a->a[0] == 203)
    return 256u + a->a[3];
  return 512u + a->a[3];
}

static uint64_t fnv1a(const void *p, size_t n, uint64_t h)
{
  const uint8_t *b = p;
  size_t i;
  for(i = 0; i < n; i++) {
    h ^= b[i];
    h *= 0x100000001b3ull;
  }
  return h;
}

#define FNV_INIT 0xcbf29ce484222325ull

/* ---- names -------------------------------------------------------------- */

/* A set of 64-bit string hashes, only used while names are made. */
struct hset {
  uint64_t *v;
  size_t cap;
};

/* Insert; true when it was new. */
static bool hset_add(struct hset *s, const char *str)
{
  uint64_t h = fnv1a(str, strlen(str), FNV_INIT) | 1u;
  size_t i = (size_t)(h ^ (h >> 29)) & (s->cap - 1);
  while(s->v[i]) {
    if(s->v[i] == h)
      return false;
    i = (i + 1) & (s->cap - 1);
  }
  s->v[i] = h;
  return true;
}

/* One site domain (registrable part), ASCII.  Returns false when it does
 * not fit. */
static bool make_site(struct rng *r, uint32_t site, char *out, size_t cap)
{
  static const unsigned weight[] = {
    10, 10, 10, 6, 10, 10, 6, 6, 6, 3, 1, 8, 3, 1, 1,
  };
  const char *a = word(r), *b = word(r);
  char idn[64];
  int n = -1;
  switch(rng_weighted(r, weight, PP_ARRAY_LEN(weight))) {
  case 0:
    n = snprintf(out, cap, "tintuc-%s.test", a);
    break;
  case 1:
    n = snprintf(out, cap, "%snews.example", a);
    break;
  case 2:
    n = snprintf(out, cap, "bao%s.test", a);
    break;
  case 3:
    n = snprintf(out, cap, "baomoi-%u.example", (unsigned)site);
    break;
  case 4:
    n = snprintf(out, cap, "tin-%s.test", a);
    break;
  case 5:
    n = snprintf(out, cap, "%s%s.test", a, b);
    break;
  case 6:
    n = snprintf(out, cap, "%s24h.example", a);
    break;
  case 7:
    n = snprintf(out, cap, "%s-online.test", a);
    break;
  case 8:
    n = snprintf(out, cap, "doc%s.example", a);
    break;
  case 9:
    n = snprintf(out, cap, "%s.example.%s", a,
                 rng_chance(r, 0.5) ? "net" : "com");
    break;
  case 10:
    n = snprintf(out, cap, "%s.invalid", a);
    break;
  case 11:
  case 12: {
    /* one or two Vietnamese words, e.g. "tintức" or "báomớisàigòn" */
    char u[96];
    const char *w1 = words_idn[rng_below(r, PP_ARRAY_LEN(words_idn))];
    const char *w2 = words_idn[rng_below(r, PP_ARRAY_LEN(words_idn))];
    snprintf(u, sizeof(u), "%s%s", w1, rng_chance(r, 0.6) ? w2 : "");
    if(!puny_label(u, idn, sizeof(idn)))
      return false;
    n = snprintf(out, cap, "%s.%s", idn,
                 rng_chance(r, 0.7) ? "test" : "example");
    break;
  }
  case 13:
    n = snprintf(out, cap, "%s.example.org", a);
    break;
  default:
    n = snprintf(out, cap, "%s-%s.example", a, b);
    break;
  }
  return n > 0 && (size_t)n < cap;
}

/*
 * Make n host names (deterministic from the seed), their addresses, CNAME
 * depth and popularity order into ns (zeroed by the caller).  PP_OK or
 * PP_ENOMEM; names_free() releases ns either way.
 */
static int names_init(struct names *ns, uint64_t seed, uint32_t n)
{
  struct rng r;
  struct hset set = { NULL, 0 };
  uint32_t i = 0, site = 0;
  int rc = PP_ENOMEM;
  rng_seed(&r, seed, 0x6e616d6573ull);
  set.cap = 64;
  while(set.cap < (size_t)n * 4 + 64)
    set.cap *= 2;
  set.v = pp_calloc(set.cap, sizeof(uint64_t));
  ns->v = pp_calloc(n, sizeof(struct name));
  ns->rank = pp_malloc(sizeof(uint32_t) * n);
  ns->ech = pp_malloc(sizeof(uint32_t) * n);
  if(!set.v || !ns->v || !ns->rank || !ns->ech)
    goto out;
  while(i < n) {
    static const unsigned nhost_w[] = { 30, 30, 20, 12, 8 };
    char dom[160], host[200];
    const char *pre[5];
    unsigned nh, k, tries = 0;
    bool ech = site % 13 == 1 || (site == 0 && n < 40);
    bool cdn_site = rng_chance(&r, 0.2);
    uint32_t slot = (uint32_t)rng_next(&r);
    bool ok;
    do {
      ok = make_site(&r, site, dom, sizeof(dom)) && hset_add(&set, dom);
      if(!ok && ++tries > 8) {
        /* fall back to a form that is unique by construction */
        const char *w1 = word(&r), *w2 = word(&r);
        snprintf(dom, sizeof(dom), "%s%s-%u.test", w1, w2, (unsigned)site);
        ok = hset_add(&set, dom);
      }
    } while(!ok);
    nh = 1 + rng_weighted(&r, nhost_w, PP_ARRAY_LEN(nhost_w));
    pre[0] = rng_chance(&r, 0.6) ? "www" : "";
    for(k = 1; k < nh; k++) {
      const char *p;
      unsigned j, again;
      do {
        p = sub_prefix[rng_below(&r, PP_ARRAY_LEN(sub_prefix))];
        if(!strcmp(p, "www") && pre[0][0])
          p = "";
        again = 0;
        for(j = 0; j < k; j++)
          if(!strcmp(pre[j], p))
            again = 1;
      } while(again);
      pre[k] = p;
    }
    for(k = 0; k < nh && i < n; k++) {
      struct name *nm = &ns->v[i];
      static const uint32_t ttls[] = { 300, 60, 20, 3600, 120, 600 };
      if(pre[k][0]) {
        snprintf(host, sizeof(host), "%s.%s", pre[k], dom);
        if(!hset_add(&set, host))
          continue;
      }
      else
        snprintf(host, sizeof(host), "%s", dom);   /* unique: dom is */
      nm->host = pp_strdup(host);
      if(!nm->host)
        goto out;
      nm->site = site;
      nm->ttl = ttls[rng_below(&r, PP_ARRAY_LEN(ttls))];
      if(strstr(host, "xn--"))
        nm->flags |= NAME_IDN;
      if(ech) {
        nm->flags |= NAME_ECH;
        ech_front(&nm->v4, PP_AF_INET, site);
        ech_front(&nm->v6, PP_AF_INET6, site);
        nm->hops = 0;
      }
      else if(cdn_site || prefix_is_cdn(pre[k])) {
        uint32_t c = slot + k * 7;
        nm->flags |= NAME_CDN;
        cdn_v4(&nm->v4, c);
        addr6(&nm->v6, 0x5ecd, 0, 1 + c % 32);
        nm->hops = (uint8_t)(1 + rng_below(&r, 2));
        nm->ttl = 60;
      }
      else {
        /* www, the bare name and m. usually share the site's address */
        uint32_t s = slot + (k > 0 && rng_chance(&r, 0.4) ? k : 0);
        named_v4(&nm->v4, s);
        addr6(&nm->v6, 0x5e01 + (s >> 16) % 0xfe, s & 0xffff, 1 + k);
        nm->hops = (uint8_t)(rng_chance(&r, 0.15) ? 1 : 0);
      }
      if(nm->flags & NAME_ECH)
        ns->ech[ns->nech++] = i;
      ns->rank[i] = i;
      i++;
      ns->n = i;
    }
    site++;
  }
  /* popularity is not creation order: shuffle the rank table */
  rng_shuffle(&r, ns->rank, n, sizeof(uint32_t));
  rc = zipf_init(&ns->zipf, n, 1.0);
out:
  pp_free(set.v);
  return rc;
}

static void names_free(struct names *ns)
{
  uint32_t i;
  for(i = 0; i < ns->n; i++)
    pp_free(ns->v[i].host);
  pp_free(ns->v);
  pp_free(ns->rank);
  pp_free(ns->ech);
  zipf_free(&ns->zipf);
  memset(ns, 0, sizeof(*ns));
}

/* A name drawn by popularity. */
static uint32_t names_pick(const struct names *ns, struct rng *r)
{
  return ns->rank[zipf_pick(&ns->zipf, r)];
}

/* Text of hop `hop` (0-based) of the CNAME chain of name `idx`. */
static void cname_text(const struct names *ns, uint32_t idx, unsigned hop,
                       char *out, size_t cap)
{
  const struct name *nm = &ns->v[idx];
  if(hop + 1 < nm->hops) {
    /* first of two hops: the site's name in a CDN provider's zone */
    char flat[200];
    size_t i;
    snprintf(flat, sizeof(flat), "%s", nm->host);
    for(i = 0; flat[i]; i++)
      if(flat[i] == '.')
        flat[i] = '-';
    snprintf(out, cap, "%.60s.edge.vncdn.example", flat);
  }
  else
    snprintf(out, cap, "e%u.a.cdnedge.example",
             (unsigned)(1000 + (idx * 2654435761u >> 8) % 9000));
}

/* ---- clients ---------------------------------------------------------- */

/* n clients into cs (zeroed by the caller); PP_OK or PP_ENOMEM, and
 * clients_free() either way. */
static int clients_init(struct clients *cs, uint64_t seed, uint32_t n)
{
  static const unsigned os_w[OS_N] = { 35, 25, 28, 12 };
  struct rng r;
  uint32_t i;
  rng_seed(&r, seed, 0x636c69656e74ull);
  cs->v = pp_calloc(n, sizeof(struct client));
  if(!cs->v)
    return PP_ENOMEM;
  cs->n = n;
  for(i = 0; i < n; i++) {
    struct client *c = &cs->v[i];
    /* odd multipliers are bijections mod 2^k: addresses never repeat */
    uint32_t x = (i * 2654435761u + 0x2f1d3u) & 0x3fffffu;
    uint32_t y = (i * 0x9e3779b1u + 0x1234u) & 0xffffffu;
    c->v4[0] = 100;
    c->v4[1] = (uint8_t)(64 | x >> 16);
    c->v4[2] = (uint8_t)(x >> 8);
    c->v4[3] = (uint8_t)x;
    memcpy(c->v6, "\x20\x01\x0d\xb8\xc0", 5);
    c->v6[5] = (uint8_t)(y >> 16);
    put16(c->v6 + 6, y & 0xffff);
    rng_fill(&r, c->v6 + 8, 8);
    c->v6[8] &= 0xfd;    /* a random (temporary) interface id */
    c->mac[0] = 0x02;
    c->mac[1] = 0xc1;
    put32(c->mac + 2, i);
    c->os = (uint8_t)rng_weighted(&r, os_w, OS_N);
    c->ipid = (uint16_t)rng_next(&r);
    c->port = (uint16_t)(EPHEMERAL_LO + rng_below(&r, EPHEMERAL_N));
    /* 28232 = 8 * 3529: an odd step below 3529 is coprime with it */
    c->port_step = (uint16_t)(1 + 2 * rng_below(&r, 1700));
    c->rtt = rng_chance(&r, 0.6) ? rng_range(&r, 800, 6000) :
             rng_range(&r, 12000, 60000);
  }
  /* 0.8: heavy users, but none so heavy that its ephemeral ports wrap
   * within a flow timeout in large runs */
  return zipf_init(&cs->zipf, n, 0.8);
}

static void clients_free(struct clients *cs)
{
  pp_free(cs->v);
  zipf_free(&cs->zipf);
  memset(cs, 0, sizeof(*cs));
}

static uint16_t client_port(struct client *c)
{
  c->port = (uint16_t)(EPHEMERAL_LO +
                       (c->port - EPHEMERAL_LO + c->port_step) % EPHEMERAL_N);
  return c->port;
}

/* ---- what each client has resolved -------------------------------------- */

/*
 * Latest DNS answer per (client, client address family, server address):
 * the name that DNS attribution must report for a flow from that client
 * to that address.  Open addressing; rebuilt twice as large, without the
 * expired entries, when half full.
 */
struct dment {
  uint32_t client;         /* client index + 1; 0: empty slot */
  uint8_t cfam;
  struct pp_addr srv;
  uint32_t name;
  uint64_t expire;         /* usec */
};

struct dmap {
  struct dment *e;
  size_t cap;
  size_t n;
};

static size_t dmap_slot(const struct dmap *m, uint32_t client, int cfam,
                        const struct pp_addr *srv)
{
  uint64_t h = fnv1a(&client, sizeof(client), FNV_INIT);
  h = fnv1a(&cfam, sizeof(cfam), h);
  h = fnv1a(srv->a, 16, h);
  return (size_t)(h ^ (h >> 31)) & (m->cap - 1);
}

static struct dment *dmap_find(struct dmap *m, uint32_t client, int cfam,
                               const struct pp_addr *srv)
{
  size_t i = dmap_slot(m, client, cfam, srv);
  while(m->e[i].client) {
    struct dment *e = &m->e[i];
    if(e->client == client + 1 && e->cfam == cfam &&
       pp_addr_eq(&e->srv, srv))
      return e;
    i = (i + 1) & (m->cap - 1);
  }
  return &m->e[i];
}

static int dmap_grow(struct dmap *m, uint64_t now)
{
  struct dmap nm;
  size_t i, live = 0;
  for(i = 0; i < m->cap; i++)
    if(m->e[i].client && m->e[i].expire > now)
      live++;
  nm.cap = 1024;
  while(nm.cap < live * 4)
    nm.cap *= 2;
  nm.n = 0;
  nm.e = pp_calloc(nm.cap, sizeof(struct dment));
  if(!nm.e)
    return PP_ENOMEM;
  for(i = 0; i < m->cap; i++) {
    struct dment *e = &m->e[i];
    if(e->client && e->expire > now) {
      *dmap_find(&nm, e->client - 1, e->cfam, &e->srv) = *e;
      nm.n++;
    }
  }
  pp_free(m->e);
  *m = nm;
  return PP_OK;
}

static int dmap_put(struct dmap *m, uint32_t client, int cfam,
                    const struct pp_addr *srv, uint32_t name,
                    uint64_t expire, uint64_t now)
{
  struct dment *e;
  if((m->n + 1) * 2 > m->cap) {
    int rc = dmap_grow(m, now);
    if(rc)
      return rc;
  }
  e = dmap_find(m, client, cfam, srv);
  if(!e->client) {
    e->client = client + 1;
    e->cfam = (uint8_t)cfam;
    e->srv = *srv;
    m->n++;
  }
  e->name = name;
  e->expire = expire;
  return PP_OK;
}

/* Name index last resolved to srv by this client and still valid, or -1. */
static int64_t dmap_get(struct dmap *m, uint32_t client, int cfam,
                        const struct pp_addr *srv, uint64_t now)
{
  struct dment *e;
  if(!m->cap)
    return -1;
  e = dmap_find(m, client, cfam, srv);
  if(!e->client || e->expire <= now)
    return -1;
  return e->name;
}

static void dmap_free(struct dmap *m)
{
  pp_free(m->e);
  memset(m, 0, sizeof(*m));
}
