/*
 * robots.c: robots.txt parsing and matching (see robots.h for the
 * behaviour, in full).
 *
 * References: RFC 9309 (2.1 grammar, 2.2.1 groups, 2.2.2 rules and
 * percent-encoding, 2.2.3 "*" and "$", 2.3.1 status codes, 2.5 limits);
 * RFC 3986 2.1-2.4 (percent-encoding, reserved and unreserved).
 *
 *   robotstxt = *(group / emptyline)
 *   group     = startgroupline *(startgroupline / emptyline)
 *               *(rule / emptyline)
 *   startgroupline = *WS "user-agent" *WS ":" *WS product-token EOL
 *   rule      = *WS ("allow" / "disallow") *WS ":" *WS
 *               (path-pattern / empty-pattern) EOL
 *
 * Written here rather than taken from a library: Debian packages no C
 * robots.txt parser (Google's is C++ and built with Bazel), and ours must
 * be bounded against hostile files, which this one is by construction:
 * parsing is one pass over at most ROBOTS_PARSE_MAX bytes, and a pattern
 * is matched in O(path + pattern) time (leftmost-first KMP search of the
 * literal pieces between stars; leftmost is optimal because "*" matches
 * anything, so no backtracking is ever needed).
 */
#include "config.h"

#include <stdlib.h>
#include <strings.h>

#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"
#include "robots.h"

/* A pattern in normal form is at most 3 octets per input octet. */
#define CANON_MAX (3 * ROBOTS_LINE_MAX)
#define PATH_STACK 1024          /* normal-form paths this short: stack */

struct rule {
  uint32_t prio;          /* octets of the pattern: specificity */
  uint32_t order;         /* position in the file, for a stable sort */
  uint32_t len;           /* octets of pat */
  bool allow;
  bool anchored;          /* the pattern ended in "$" */
  char *pat;              /* normal form, "*" = wildcard, no "$" */
  uint16_t *fail;         /* KMP failure function of each "*" piece */
};

struct ruleset {
  struct rule *v;
  size_t n, cap;
  size_t dropped;         /* rules over ROBOTS_RULES_MAX */
  uint32_t delay_ms;
  bool seen;              /* a group of this kind exists */
};

struct robots {
  struct rule *rules;     /* sorted: most specific first, allow first */
  size_t nrules;
  char **sitemaps;
  size_t nsitemaps;
  uint32_t delay_ms;
  struct robots_stats st;
};

struct parser {
  struct robots *r;
  struct ruleset agent, star;
  const char *token;      /* our product token */
  size_t token_len;
  bool in_agents;         /* reading the user-agent lines of a group */
  bool cur_agent, cur_star;   /* the current group is ours / "*" */
  bool has_delay;         /* the current group has a Crawl-delay */
  uint32_t delay_ms;      /* ...the largest */
  uint32_t order;
};

enum key {
  KEY_UNKNOWN,
  KEY_AGENT,
  KEY_ALLOW,
  KEY_DISALLOW,
  KEY_SITEMAP,
  KEY_DELAY,
};

static const struct {
  const char *name;
  enum key key;
} keys[] = {
  { "user-agent", KEY_AGENT },
  { "useragent", KEY_AGENT },
  { "user agent", KEY_AGENT },
  { "allow", KEY_ALLOW },
  { "disallow", KEY_DISALLOW },
  { "dissallow", KEY_DISALLOW },
  { "dissalow", KEY_DISALLOW },
  { "disalow", KEY_DISALLOW },
  { "diasllow", KEY_DISALLOW },
  { "disallaw", KEY_DISALLOW },
  { "sitemap", KEY_SITEMAP },
  { "site-map", KEY_SITEMAP },
  { "crawl-delay", KEY_DELAY },
  { "crawldelay", KEY_DELAY },
};

static bool is_blank(uint8_t c)
{
  return c == ' ' || c == '\t';
}

static bool is_token_char(uint8_t c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == '-';
}

static int hexval(uint8_t c)
{
  if(c >= '0' && c <= '9')
    return c - '0';
  if(c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if(c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* RFC 3986 2.3 */
static bool is_unreserved(uint8_t c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
         c == '~';
}

/* Octets that a URI never carries raw. */
static bool must_escape(uint8_t c)
{
  return c <= 0x20 || c >= 0x7f || (c && strchr("\"<>\\^`{|}", c));
}

static size_t put_escape(char *out, size_t o, uint8_t c)
{
  static const char hex[] = "0123456789ABCDEF";
  out[o++] = '%';
  out[o++] = hex[c >> 4];
  out[o++] = hex[c & 15];
  return o;
}

UNITTEST size_t robots_canon(const char *s, size_t n, char *out)
{
  struct pp_rd rd;
  size_t o = 0;
  rd_init(&rd, s, n);
  while(rd_left(&rd)) {
    uint8_t c = rd_u8(&rd);
    int hi, lo;
    if(c == '%' && (hi = hexval(rd_peek(&rd, 0))) >= 0 &&
       (lo = hexval(rd_peek(&rd, 1))) >= 0) {
      uint8_t v = (uint8_t)(hi << 4 | lo);
      rd_skip(&rd, 2);
      if(is_unreserved(v))
        out[o++] = (char)v;
      else
        o = put_escape(out, o, v);
    }
    else if(c == '%' || must_escape(c))
      o = put_escape(out, o, c);
    else
      out[o++] = (char)c;
  }
  out[o] = '\0';
  return o;
}

/* KMP failure function of each piece of pat between stars. */
static void build_fail(const char *pat, size_t len, uint16_t *fail)
{
  size_t s = 0, i, k;
  while(s < len) {
    if(pat[s] == '*') {
      fail[s++] = 0;
      continue;
    }
    fail[s] = 0;
    k = 0;
    for(i = s + 1; i < len && pat[i] != '*'; i++) {
      while(k && pat[i] != pat[s + k])
        k = fail[s + k - 1];
      if(pat[i] == pat[s + k])
        k++;
      fail[i] = (uint16_t)k;
    }
    s = i;
  }
}

/*
 * Build a rule from a raw Allow/Disallow value (n octets, 1..LINE_MAX).
 * PP_OK or PP_ENOMEM.
 */
static int rule_init(struct rule *ru, const uint8_t *v, size_t n,
                     bool allow, uint32_t order)
{
  char canon[CANON_MAX + 1];
  size_t clen, i, o = 0;
  uint8_t *mem;
  memset(ru, 0, sizeof(*ru));
  clen = robots_canon((const char *)v, PP_MIN(n, (size_t)ROBOTS_LINE_MAX),
                      canon);
  ru->prio = (uint32_t)clen;
  ru->allow = allow;
  ru->order = order;
  if(clen && canon[clen - 1] == '$') {
    ru->anchored = true;
    clen--;
  }
  /* collapse runs of stars; a trailing star adds nothing to a prefix
   * match, so drop it unless the pattern is anchored */
  for(i = 0; i < clen; i++)
    if(canon[i] != '*' || !o || canon[o - 1] != '*')
      canon[o++] = canon[i];
  if(!ru->anchored)
    while(o && canon[o - 1] == '*')
      o--;
  ru->len = (uint32_t)o;
  /* one block: the failure table, then the pattern */
  mem = pp_malloc(o * sizeof(uint16_t) + o + 1);
  if(!mem)
    return PP_ENOMEM;
  ru->fail = (uint16_t *)(void *)mem;
  ru->pat = (char *)mem + o * sizeof(uint16_t);
  memcpy(ru->pat, canon, o);
  ru->pat[o] = '\0';
  build_fail(ru->pat, o, ru->fail);
  return PP_OK;
}

static void rule_free(struct rule *ru)
{
  pp_free(ru->fail);
  ru->fail = NULL;
  ru->pat = NULL;
}

/* First occurrence of p[0..m) (m >= 1) in t[from..tlen), or SIZE_MAX. */
static size_t kmp_find(const char *t, size_t tlen, size_t from,
                       const char *p, size_t m, const uint16_t *f)
{
  size_t i, k = 0;
  for(i = from; i < tlen; i++) {
    while(k && t[i] != p[k])
      k = f[k - 1];
    if(t[i] == p[k])
      k++;
    if(k == m)
      return i + 1 - m;
  }
  return SIZE_MAX;
}

/* Does the rule match the path (normal form, plen octets)? */
static bool rule_match(const struct rule *ru, const char *path, size_t plen)
{
  const char *pat = ru->pat;
  size_t len = ru->len, s = 0, e, pos;
  /* the first piece is a prefix of the path */
  while(s < len && pat[s] != '*')
    s++;
  if(plen < s || memcmp(path, pat, s))
    return false;
  pos = s;
  if(s == len)
    return !ru->anchored || pos == plen;
  for(;;) {
    s++;                  /* past the star */
    e = s;
    while(e < len && pat[e] != '*')
      e++;
    if(e == len && ru->anchored)
      /* the last piece ends the path, after everything matched so far */
      return plen - pos >= e - s && !memcmp(path + plen - (e - s),
                                            pat + s, e - s);
    /* leftmost occurrence: any later one leaves less room for the rest */
    pos = kmp_find(path, plen, pos, pat + s, e - s, ru->fail + s);
    if(pos == SIZE_MAX)
      return false;
    pos += e - s;
    if(e == len)
      return true;
    s = e;
  }
}

#ifdef PP_UNITTESTS
bool robots_pattern_matches(const char *pattern, const char *path)
{
  struct rule ru;
  char *canon;
  size_t n = strlen(path);
  bool m = false;
  if(!*pattern || strlen(pattern) > ROBOTS_LINE_MAX ||
     rule_init(&ru, (const uint8_t *)pattern, strlen(pattern), false, 0))
    return false;
  canon = pp_malloc(3 * n + 1);
  if(canon)
    m = rule_match(&ru, canon, robots_canon(path, n, canon));
  pp_free(canon);
  rule_free(&ru);
  return m;
}
#endif

static void ruleset_free(struct ruleset *rs)
{
  size_t i;
  for(i = 0; i < rs->n; i++)
    rule_free(&rs->v[i]);
  pp_free(rs->v);
  memset(rs, 0, sizeof(*rs));
}

static int ruleset_add(struct ruleset *rs, const uint8_t *v, size_t n,
                       bool allow, uint32_t order)
{
  int rc;
  if(rs->n >= ROBOTS_RULES_MAX) {
    rs->dropped++;
    return PP_OK;
  }
  if(rs->n == rs->cap) {
    size_t cap = rs->cap ? rs->cap * 2 : 16;
    struct rule *nv = pp_realloc(rs->v, cap * sizeof(*nv));
    if(!nv)
      return PP_ENOMEM;
    rs->v = nv;
    rs->cap = cap;
  }
  rc = rule_init(&rs->v[rs->n], v, n, allow, order);
  if(rc == PP_OK)
    rs->n++;
  return rc;
}

static int cmp_rules(const void *a, const void *b)
{
  const struct rule *x = a, *y = b;
  if(x->prio != y->prio)
    return x->prio > y->prio ? -1 : 1;
  if(x->allow != y->allow)
    return x->allow ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Leading product-token characters of s[0..n). */
static size_t token_len(const uint8_t *s, size_t n)
{
  struct pp_rd rd;
  size_t k = 0;
  rd_init(&rd, s, n);
  while(k < n && is_token_char(rd_peek(&rd, k)))
    k++;
  return k;
}

/* The current group ends: its Crawl-delay goes to the sets it names (a
 * Crawl-delay line may come before the group's last user-agent line). */
static void end_group(struct parser *p)
{
  if(p->has_delay) {
    if(p->cur_agent)
      p->agent.delay_ms = PP_MAX(p->agent.delay_ms, p->delay_ms);
    if(p->cur_star)
      p->star.delay_ms = PP_MAX(p->star.delay_ms, p->delay_ms);
  }
  p->has_delay = false;
  p->delay_ms = 0;
}

static void on_agent(struct parser *p, const uint8_t *v, size_t n)
{
  struct pp_rd rd;
  size_t k;
  rd_init(&rd, v, n);
  if(!p->in_agents) {
    /* a user-agent line after rules starts a new group */
    end_group(p);
    p->in_agents = true;
    p->cur_agent = p->cur_star = false;
  }
  if(rd_peek(&rd, 0) == '*' && (n == 1 || is_blank(rd_peek(&rd, 1)))) {
    p->cur_star = true;
    p->star.seen = true;
    return;
  }
  k = token_len(v, n);
  if(k && k == p->token_len && !strncasecmp((const char *)v, p->token, k)) {
    p->cur_agent = true;
    p->agent.seen = true;
  }
}

static int on_rule(struct parser *p, const uint8_t *v, size_t n, bool allow)
{
  int rc = PP_OK;
  p->in_agents = false;
  p->order++;
  if(!n)
    return PP_OK;         /* "Disallow:" alone allows everything */
  if(p->cur_agent)
    rc = ruleset_add(&p->agent, v, n, allow, p->order);
  if(rc == PP_OK && p->cur_star)
    rc = ruleset_add(&p->star, v, n, allow, p->order);
  return rc;
}

/* "12", "0.5", ".25", "3." in seconds to milliseconds, capped; false if
 * the value is not such a number. */
static bool parse_delay(const uint8_t *v, size_t n, uint32_t *ms)
{
  struct pp_rd rd;
  uint64_t sec = 0, frac = 0, scale = 100;
  bool digits = false;
  rd_init(&rd, v, n);
  while(rd_peek(&rd, 0) >= '0' && rd_peek(&rd, 0) <= '9') {
    if(sec < ROBOTS_DELAY_MAX_MS)
      sec = sec * 10 + (uint64_t)(rd_u8(&rd) - '0');
    else
      rd_skip(&rd, 1);
    digits = true;
  }
  if(rd_peek(&rd, 0) == '.') {
    rd_skip(&rd, 1);
    while(rd_peek(&rd, 0) >= '0' && rd_peek(&rd, 0) <= '9') {
      frac += (uint64_t)(rd_u8(&rd) - '0') * scale;
      scale /= 10;
      digits = true;
    }
  }
  if(!digits || rd_left(&rd))
    return false;
  sec = sec * 1000 + frac;
  *ms = sec > ROBOTS_DELAY_MAX_MS ? ROBOTS_DELAY_MAX_MS : (uint32_t)sec;
  return true;
}

static void on_delay(struct parser *p, const uint8_t *v, size_t n)
{
  uint32_t ms;
  if(!parse_delay(v, n, &ms)) {
    p->r->st.unknown_lines++;
    return;
  }
  p->delay_ms = PP_MAX(p->delay_ms, ms);
  p->has_delay = true;
}

static int on_sitemap(struct parser *p, const uint8_t *v, size_t n)
{
  struct robots *r = p->r;
  char **nv;
  size_t i;
  struct pp_rd rd;
  if(!n)
    return PP_OK;
  /* a URL carries no controls, blanks or NULs (and C strings stop at
   * NUL): such a value is not a sitemap */
  rd_init(&rd, v, n);
  for(i = 0; i < n; i++)
    if(rd_peek(&rd, i) <= 0x20 || rd_peek(&rd, i) == 0x7f) {
      r->st.unknown_lines++;
      return PP_OK;
    }
  for(i = 0; i < r->nsitemaps; i++)
    if(strlen(r->sitemaps[i]) == n && !memcmp(r->sitemaps[i], v, n))
      return PP_OK;
  if(r->nsitemaps >= ROBOTS_SITEMAPS_MAX) {
    r->st.sitemaps_dropped++;
    return PP_OK;
  }
  nv = pp_realloc(r->sitemaps, (r->nsitemaps + 1) * sizeof(*nv));
  if(!nv)
    return PP_ENOMEM;
  r->sitemaps = nv;
  nv[r->nsitemaps] = pp_strndup((const char *)v, n);
  if(!nv[r->nsitemaps])
    return PP_ENOMEM;
  r->nsitemaps++;
  return PP_OK;
}

static enum key find_key(const uint8_t *k, size_t n)
{
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(keys); i++)
    if(strlen(keys[i].name) == n &&
       !strncasecmp((const char *)k, keys[i].name, n))
      return keys[i].key;
  return KEY_UNKNOWN;
}

/* Trim blanks at both ends of [*s, *s + *n). */
static void trim(const uint8_t **s, size_t *n)
{
  struct pp_rd rd;
  size_t a = 0, b = *n;
  rd_init(&rd, *s, *n);
  while(a < b && is_blank(rd_peek(&rd, a)))
    a++;
  while(b > a && is_blank(rd_peek(&rd, b - 1)))
    b--;
  *s = b > a ? *s + a : *s;
  *n = b - a;
}

static int on_line(struct parser *p, struct pp_rd *line)
{
  size_t n = rd_left(line), kn, vn, i;
  const uint8_t *s = rd_ptr(line, n), *hash, *colon, *k, *v;
  if(!s)
    return PP_OK;
  hash = memchr(s, '#', n);
  if(hash)
    n = (size_t)(hash - s);
  trim(&s, &n);
  if(!n)
    return PP_OK;
  colon = memchr(s, ':', n);
  k = s;
  if(colon) {
    kn = (size_t)(colon - s);
    v = colon + 1;
    vn = n - kn - 1;
  }
  else {
    /* "key value": one blank run, no other blanks */
    struct pp_rd rd;
    rd_init(&rd, s, n);
    for(kn = 0; kn < n && !is_blank(rd_peek(&rd, kn)); kn++)
      ;
    for(i = kn; i < n && is_blank(rd_peek(&rd, i)); i++)
      ;
    v = s + i;
    vn = n - i;
    if(!vn || kn == n) {
      p->r->st.unknown_lines++;
      return PP_OK;
    }
    for(i = 0; i < vn; i++)
      if(is_blank(rd_peek(&rd, (size_t)(v - s) + i))) {
        p->r->st.unknown_lines++;
        return PP_OK;
      }
  }
  trim(&k, &kn);
  trim(&v, &vn);
  switch(find_key(k, kn)) {
  case KEY_AGENT:
    on_agent(p, v, vn);
    return PP_OK;
  case KEY_ALLOW:
    return on_rule(p, v, vn, true);
  case KEY_DISALLOW:
    return on_rule(p, v, vn, false);
  case KEY_SITEMAP:
    return on_sitemap(p, v, vn);
  case KEY_DELAY:
    on_delay(p, v, vn);
    return PP_OK;
  default:
    p->r->st.unknown_lines++;
    return PP_OK;
  }
}

int robots_parse(const uint8_t *body, size_t len, const char *agent,
                 struct robots **out)
{
  struct parser p;
  struct pp_rd rd;
  struct ruleset *use = NULL;
  bool cut = len > ROBOTS_PARSE_MAX;
  int rc = PP_OK;
  if(!out)
    return PP_EINVAL;
  *out = NULL;
  memset(&p, 0, sizeof(p));
  p.r = pp_calloc(1, sizeof(*p.r));
  if(!p.r)
    return PP_ENOMEM;
  p.token = agent ? agent : "";
  p.token_len = token_len((const uint8_t *)p.token, strlen(p.token));
  if(cut)
    p.r->st.bytes_ignored = len - ROBOTS_PARSE_MAX;
  rd_init(&rd, body, PP_MIN(len, (size_t)ROBOTS_PARSE_MAX));
  if(rd_peek(&rd, 0) == 0xef && rd_peek(&rd, 1) == 0xbb &&
     rd_peek(&rd, 2) == 0xbf)
    rd_skip(&rd, 3);
  while(rc == PP_OK && rd_left(&rd)) {
    struct pp_rd line;
    size_t n = 0, left = rd_left(&rd);
    uint8_t c = 0;
    while(n < left && (c = rd_peek(&rd, n)) != '\n' && c != '\r')
      n++;
    if(n == left && cut) {
      /* the cap cut this line: a prefix of a rule can mean more */
      p.r->st.bytes_ignored += n;
      break;
    }
    rd_sub(&rd, n, &line);
    if(rd_left(&rd) && rd_u8(&rd) == '\r' && rd_peek(&rd, 0) == '\n')
      rd_skip(&rd, 1);
    p.r->st.lines++;
    if(n > ROBOTS_LINE_MAX) {
      p.r->st.long_lines++;
      continue;
    }
    rc = on_line(&p, &line);
  }
  if(rc != PP_OK)
    goto fail;
  end_group(&p);
  if(p.agent.seen) {
    use = &p.agent;
    p.r->st.group = ROBOTS_GROUP_AGENT;
  }
  else if(p.star.seen) {
    use = &p.star;
    p.r->st.group = ROBOTS_GROUP_STAR;
  }
  if(use) {
    p.r->rules = use->v;
    p.r->nrules = use->n;
    p.r->delay_ms = use->delay_ms;
    p.r->st.rules_dropped = use->dropped;
    memset(use, 0, sizeof(*use));
    if(p.r->nrules > 1)
      qsort(p.r->rules, p.r->nrules, sizeof(*p.r->rules), cmp_rules);
  }
  p.r->st.rules = p.r->nrules;
  ruleset_free(&p.agent);
  ruleset_free(&p.star);
  *out = p.r;
  return PP_OK;
fail:
  ruleset_free(&p.agent);
  ruleset_free(&p.star);
  robots_free(p.r);
  return rc;
}

struct robots *robots_allow_all(void)
{
  return pp_calloc(1, sizeof(struct robots));
}

struct robots *robots_disallow_all(void)
{
  struct robots *r = pp_calloc(1, sizeof(*r));
  if(r)
    r->st.disallow_all = true;
  return r;
}

void robots_free(struct robots *r)
{
  size_t i;
  if(!r)
    return;
  for(i = 0; i < r->nrules; i++)
    rule_free(&r->rules[i]);
  pp_free(r->rules);
  for(i = 0; i < r->nsitemaps; i++)
    pp_free(r->sitemaps[i]);
  pp_free(r->sitemaps);
  pp_free(r);
}

int robots_for_status(int status, const uint8_t *body, size_t len,
                      const char *agent, struct robots **out)
{
  if(!out)
    return PP_EINVAL;
  if(status >= 200 && status <= 299)
    return robots_parse(body, len, agent, out);
  if(status >= 300 && status <= 499 && status != 429)
    *out = robots_allow_all();
  else
    *out = robots_disallow_all();
  return *out ? PP_OK : PP_ENOMEM;
}

bool robots_allowed(const struct robots *r, const char *path)
{
  char stackbuf[3 * PATH_STACK + 1], *buf = stackbuf;
  size_t n, plen, i;
  bool allowed = true;
  if(!r || !path)
    return false;
  n = strnlen(path, ROBOTS_PATH_MAX + 1);
  if(n > ROBOTS_PATH_MAX)
    return false;
  if(!n) {
    path = "/";
    n = 1;
  }
  if(n > PATH_STACK) {
    buf = pp_malloc(3 * n + 1);
    if(!buf)
      return false;
  }
  plen = robots_canon(path, n, buf);
  if(plen == 11 && !memcmp(buf, "/robots.txt", 11))
    allowed = true;
  else if(r->st.disallow_all)
    allowed = false;
  else
    for(i = 0; i < r->nrules; i++)
      if(rule_match(&r->rules[i], buf, plen)) {
        allowed = r->rules[i].allow;
        break;
      }
  if(buf != stackbuf)
    pp_free(buf);
  return allowed;
}

uint32_t robots_crawl_delay_ms(const struct robots *r)
{
  return r ? r->delay_ms : 0;
}

size_t robots_sitemaps(const struct robots *r, const char *const **urls)
{
  if(urls)
    *urls = r ? (const char *const *)r->sitemaps : NULL;
  return r ? r->nsitemaps : 0;
}

void robots_get_stats(const struct robots *r, struct robots_stats *st)
{
  if(!st)
    return;
  if(r)
    *st = r->st;
  else
    memset(st, 0, sizeof(*st));
}
