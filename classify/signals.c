/*
 * signals.c: the signal engine (see signals.h).
 */
#include "config.h"

#include <stdio.h>
#include <strings.h>

#include "acmatch.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_names.h"
#include "signals.h"
#include "textnorm.h"

/* A pattern of the automaton: which phrase of which signal. */
struct pat {
  uint16_t signal;
  uint16_t phrase;
  uint8_t edges;         /* EDGE_*: word edges checked after the match */
};

#define EDGE_LEFT 1u     /* the phrase starts with a word character */
#define EDGE_RIGHT 2u    /* ... ends with one */

struct sig_engine {
  const struct ruleset *rs;
  struct ac *ac_match;          /* MATCH-form phrases of all signals */
  struct ac *ac_plain;          /* PLAIN forms of `unaccented` signals */
  struct pat *pm, *pp;
  size_t n_pm, n_pp;
  unsigned plain_regions;       /* regions some unaccented signal uses */
};

static const char *const class_names[SIG_CLASS_COUNT] = {
  "press-like", "aggregator", "social", "other", "unreachable",
};

const char *sig_class_name(enum sig_class c)
{
  return (unsigned)c < SIG_CLASS_COUNT ? class_names[c] : "?";
}

const struct ruleset *sig_engine_rules(const struct sig_engine *e)
{
  return e->rs;
}

/* Is the byte at this edge of a phrase part of a word?  (ASCII letters
 * and digits, and any byte of a multi-byte character.) */
static bool wordish(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

/* Phrases match whole words: each edge that is a word character must not
 * touch another one.  Both edges: the automaton checks; one edge only
 * ("toasoan@", "(còn nữa)"): on_match checks that edge, the punctuation
 * edge carries its own boundary. */
static unsigned phrase_edges(const char *p)
{
  size_t n = strlen(p);
  if(!n)
    return 0;
  return (wordish((unsigned char)p[0]) ? EDGE_LEFT : 0) |
         (wordish((unsigned char)p[n - 1]) ? EDGE_RIGHT : 0);
}

static int add_phrases(struct ac *ac, struct pat **pats, size_t *n,
                       uint16_t sig, char **phrases, size_t count)
{
  size_t i;
  struct pat *np = pp_realloc(*pats, (*n + count) * sizeof(**pats));
  if(!np)
    return PP_ENOMEM;
  *pats = np;
  for(i = 0; i < count; i++) {
    int rc;
    if(!phrases[i])
      continue;
    unsigned edges = phrase_edges(phrases[i]);
    bool both = edges == (EDGE_LEFT | EDGE_RIGHT);
    rc = ac_add(ac, phrases[i], strlen(phrases[i]), (uint32_t)*n,
                both ? AC_WORD_BOUNDARY : 0);
    if(rc)
      return rc;
    np[*n].signal = sig;
    np[*n].phrase = (uint16_t)i;
    np[*n].edges = both ? 0 : (uint8_t)edges;
    (*n)++;
  }
  return PP_OK;
}

void sig_engine_free(struct sig_engine *e)
{
  if(!e)
    return;
  ac_free(e->ac_match);
  ac_free(e->ac_plain);
  pp_free(e->pm);
  pp_free(e->pp);
  pp_free(e);
}

int sig_engine_new(const struct ruleset *rs, struct sig_engine **out)
{
  struct sig_engine *e;
  size_t i;
  int rc = PP_OK;
  *out = NULL;
  if(rs->n > UINT16_MAX)
    return PP_ELIMIT;
  e = pp_calloc(1, sizeof(*e));
  if(!e)
    return PP_ENOMEM;
  e->rs = rs;
  e->ac_match = ac_new();
  e->ac_plain = ac_new();
  if(!e->ac_match || !e->ac_plain) {
    sig_engine_free(e);
    return PP_ENOMEM;
  }
  for(i = 0; i < rs->n && !rc; i++) {
    const struct rule_signal *s = &rs->sig[i];
    if(s->detector != DET_PHRASES)
      continue;
    rc = add_phrases(e->ac_match, &e->pm, &e->n_pm, (uint16_t)i, s->phrases,
                     s->n_phrases);
    if(!rc && s->unaccented) {
      rc = add_phrases(e->ac_plain, &e->pp, &e->n_pp, (uint16_t)i,
                       s->phrases_plain, s->n_phrases);
      e->plain_regions |= s->regions;
    }
  }
  if(!rc && e->n_pm)
    rc = ac_compile(e->ac_match);
  if(!rc && e->n_pp)
    rc = ac_compile(e->ac_plain);
  if(rc) {
    sig_engine_free(e);
    return rc;
  }
  *out = e;
  return PP_OK;
}

/* ---- the site accumulator ---------------------------------------------- */

int sig_site_init(const struct sig_engine *e, struct sig_site *s,
                  const char *site)
{
  memset(s, 0, sizeof(*s));
  s->n_signals = e->rs->n;
  s->pages_fired = pp_calloc(s->n_signals ? s->n_signals : 1,
                             sizeof(*s->pages_fired));
  s->page_mark = pp_calloc(s->n_signals ? s->n_signals : 1,
                           sizeof(*s->page_mark));
  s->hits = pp_calloc(SIG_HITS_MAX, sizeof(*s->hits));
  s->sources = pp_calloc(SIG_SOURCES_MAX, sizeof(*s->sources));
  s->tn = pp_malloc(sizeof(*s->tn));
  if(s->tn)
    textnorm_init(s->tn);
  if(!s->pages_fired || !s->page_mark || !s->hits || !s->sources ||
     !s->tn) {
    sig_site_free(s);
    return PP_ENOMEM;
  }
  snprintf(s->site, sizeof(s->site), "%s", site ? site : "");
  return PP_OK;
}

static void free_urls(struct sig_site *s)
{
  size_t i;
  for(i = 0; s->urls && i < s->n_pages; i++)
    pp_free(s->urls[i]);
  pp_free(s->urls);
  s->urls = NULL;
}

void sig_site_reset(struct sig_site *s, const char *site)
{
  free_urls(s);
  memset(s->pages_fired, 0, s->n_signals * sizeof(*s->pages_fired));
  memset(s->page_mark, 0, s->n_signals * sizeof(*s->page_mark));
  s->n_pages = s->n_articles = s->n_attributed = 0;
  s->n_hits = 0;
  s->hits_dropped = 0;
  s->n_sources = 0;
  s->have_footer = false;
  snprintf(s->site, sizeof(s->site), "%s", site ? site : "");
}

void sig_site_free(struct sig_site *s)
{
  if(!s)
    return;
  free_urls(s);
  pp_free(s->pages_fired);
  pp_free(s->page_mark);
  pp_free(s->hits);
  pp_free(s->sources);
  if(s->tn) {
    textnorm_free(s->tn);
    pp_free(s->tn);
  }
  memset(s, 0, sizeof(*s));
}

/* Copy bytes [a, b) of text, as one line, cut at UTF-8 character
 * boundaries, into dst (cap bytes). */
static void copy_line(char *dst, size_t cap, const char *text, size_t len,
                      size_t a, size_t b)
{
  size_t i, o = 0;
  if(b > len)
    b = len;
  while(a < b && ((unsigned char)text[a] & 0xc0) == 0x80)
    a++;
  while(b < len && b > a && ((unsigned char)text[b] & 0xc0) == 0x80)
    b--;
  for(i = a; i < b && o + 1 < cap; i++) {
    unsigned char c = (unsigned char)text[i];
    if(c < 0x20) {
      if(o && dst[o - 1] != ' ')
        dst[o++] = ' ';
      continue;
    }
    /* do not cut a multi-byte character at the end of dst */
    if(c >= 0xc0) {
      size_t need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      if(o + need >= cap)
        break;
    }
    dst[o++] = (char)c;
  }
  dst[o] = '\0';
}

/* The context of text[a..b): up to SIG_CONTEXT bytes each side, cut at
 * word boundaries, with "…" where the region goes on. */
static void copy_context(char *dst, size_t cap, const char *text,
                         size_t len, size_t a, size_t b)
{
  size_t ca = a > SIG_CONTEXT ? a - SIG_CONTEXT : 0;
  size_t cb = b + SIG_CONTEXT < len ? b + SIG_CONTEXT : len;
  size_t o;
  if(ca > 0) {                       /* start after a blank, if any */
    size_t k = ca;
    while(k < a && text[k] != ' ' && text[k] != '\n')
      k++;
    if(k < a)
      ca = k + 1;
  }
  if(cb < len) {                     /* end before a blank, if any */
    size_t k = cb;
    while(k > b && text[k] != ' ' && text[k] != '\n')
      k--;
    if(k > b)
      cb = k;
  }
  o = 0;
  if(ca > 0 && cap > 4) {
    memcpy(dst, "\xe2\x80\xa6", 3);    /* U+2026 */
    o = 3;
  }
  copy_line(dst + o, cap - o, text, len, ca, cb);
  o += strlen(dst + o);
  if(cb < len && o + 4 <= cap) {
    memcpy(dst + o, "\xe2\x80\xa6", 4);
  }
}

/* Signal sig fired on the current page; keep the evidence. */
static void fire(struct sig_site *s, uint16_t sig, enum rule_region region,
                 const char *text, size_t len, size_t a, size_t b,
                 const char *finding)
{
  uint32_t mark = (uint32_t)s->n_pages;       /* page index + 1 */
  struct sig_hit *h;
  size_t i, same = 0;
  if(s->page_mark[sig] != mark) {
    s->page_mark[sig] = mark;
    s->pages_fired[sig]++;
  }
  /* bounded evidence: a few hits per signal and page */
  for(i = s->n_hits; i > 0 && s->hits[i - 1].page == mark - 1; i--)
    if(s->hits[i - 1].signal == sig)
      same++;
  if(same >= SIG_HITS_PER_PAGE)
    return;
  /* The same words found again (in the unaccented form, or in the whole
   * page after a region) are the same evidence: kept once. */
  if(!finding) {
    char t[SIG_TEXT_MAX], cx[sizeof(h->context)];
    copy_line(t, sizeof(t), text, len, a, b);
    copy_context(cx, sizeof(cx), text, len, a, b);
    for(i = s->n_hits; i > 0 && s->hits[i - 1].page == mark - 1; i--)
      if(s->hits[i - 1].signal == sig && !strcmp(s->hits[i - 1].text, t) &&
         (!strcmp(s->hits[i - 1].context, cx) ||
          strstr(cx, s->hits[i - 1].context) ||
          strstr(s->hits[i - 1].context, cx)))
        return;
  } else {
    for(i = s->n_hits; i > 0 && s->hits[i - 1].page == mark - 1; i--)
      if(s->hits[i - 1].signal == sig &&
         !strcmp(s->hits[i - 1].text, finding))
        return;
  }
  if(s->n_hits >= SIG_HITS_MAX) {
    s->hits_dropped++;
    return;
  }
  h = &s->hits[s->n_hits++];
  h->signal = sig;
  h->page = (uint16_t)(mark - 1);
  h->region = (uint8_t)region;
  if(finding) {
    snprintf(h->text, sizeof(h->text), "%s", finding);
    h->context[0] = '\0';
    return;
  }
  copy_line(h->text, sizeof(h->text), text, len, a, b);
  copy_context(h->context, sizeof(h->context), text, len, a, b);
}

struct scan_ctx {
  const struct sig_engine *e;
  struct sig_site *s;
  const struct pat *pats;
  enum rule_region region;
  const struct textnorm *tn;
  const char *raw;              /* the region as the page wrote it */
  size_t raw_len;
};

static int on_match(void *user, uint32_t id, size_t start, size_t end)
{
  struct scan_ctx *c = user;
  const struct pat *pt = &c->pats[id];
  const struct rule_signal *sig = &c->e->rs->sig[pt->signal];
  size_t a = 0, b = 0;
  if(!(sig->regions & (1u << c->region)))
    return 0;
  if(((pt->edges & EDGE_LEFT) &&
      ac_word_left((const uint8_t *)c->tn->text, c->tn->len, start)) ||
     ((pt->edges & EDGE_RIGHT) &&
      ac_word_right((const uint8_t *)c->tn->text, c->tn->len, end)))
    return 0;
  if(c->raw && textnorm_span(c->tn, start, end, &a, &b) == PP_OK)
    fire(c->s, pt->signal, c->region, c->raw, c->raw_len, a, b, NULL);
  else
    fire(c->s, pt->signal, c->region, c->tn->text, c->tn->len, start, end,
         NULL);
  return 0;
}

/* Normalize one region's text and scan it with one automaton. */
static int scan_region(const struct sig_engine *e, struct sig_site *s,
                       struct textnorm *tn, const struct ac *ac,
                       const struct pat *pats, unsigned flags,
                       enum rule_region region, const char *raw, size_t len)
{
  struct scan_ctx c;
  int rc = textnorm_run(tn, raw, len, flags | TEXTNORM_MAP);
  if(rc)
    return rc;
  c.e = e;
  c.s = s;
  c.pats = pats;
  c.region = region;
  c.tn = tn;
  c.raw = raw;
  c.raw_len = tn->in_len;
  return ac_scan(ac, tn->text, tn->len, AC_SCAN_ALL, on_match, &c);
}

/* The path (and query) of an absolute URL, or "". */
static const char *url_path(const char *url)
{
  const char *p = strstr(url, "://");
  if(!p)
    return url;
  p = strchr(p + 3, '/');
  return p ? p : "";
}

/* URL and domain regions: slugs with '-' as spaces, unaccented. */
static int scan_slug(const struct sig_engine *e, struct sig_site *s,
                     struct textnorm *tn, enum rule_region region,
                     const char *text)
{
  char buf[2048];
  size_t i;
  snprintf(buf, sizeof(buf), "%s", text);
  for(i = 0; buf[i]; i++)
    if(buf[i] == '-' || buf[i] == '/' || buf[i] == '_' || buf[i] == '.')
      buf[i] = ' ';
  return scan_region(e, s, tn, e->ac_plain, e->pp, TEXTNORM_PLAIN, region,
                     buf, strlen(buf));
}

/* '*' any run, '#' one or more digits, other bytes themselves; the whole
 * path must match.  Iterative with one backtrack point for '*' and '#'
 * each: linear-ish and bounded by the path and shape lengths. */
UNITTEST bool shape_match(const char *shape, const char *s)
{
  const char *star = NULL, *ss = NULL;
  while(*s) {
    if(*shape == '#' && *s >= '0' && *s <= '9') {
      while(*s >= '0' && *s <= '9')
        s++;
      shape++;
      continue;
    }
    if(*shape == '*') {
      star = shape++;
      ss = s;
      continue;
    }
    if(*shape && *shape != '#' && *shape == *s) {
      shape++;
      s++;
      continue;
    }
    if(star) {
      shape = star + 1;
      s = ++ss;
      continue;
    }
    return false;
  }
  while(*shape == '*')
    shape++;
  return !*shape;
}

/* Does the normalized menu item contain the section name as words? */
static bool item_has(const char *item, const char *name)
{
  size_t n = strlen(name);
  const char *p = item;
  while((p = strstr(p, name))) {
    bool start = p == item || !wordish((unsigned char)p[-1]);
    bool end = !p[n] || !wordish((unsigned char)p[n]);
    if(start && end)
      return true;
    p++;
  }
  return false;
}

static void detect_sections(const struct rule_signal *sig, uint16_t idx,
                            struct sig_site *s, const struct sig_page *p,
                            struct textnorm *tn)
{
  char found[SIG_TEXT_MAX];
  bool *seen = pp_calloc(sig->n_values ? sig->n_values : 1, sizeof(bool));
  size_t i, j, count = 0, o = 0;
  if(!seen)
    return;
  found[0] = '\0';
  for(i = 0; i < p->n_nav_items && i < SIG_NAV_MAX; i++) {
    const char *item = p->nav_items[i];
    if(!item || textnorm_run(tn, item, strlen(item), TEXTNORM_MATCH) ||
       !tn->len || tn->len > 80)
      continue;
    for(j = 0; j < sig->n_values; j++) {
      if(seen[j] || !item_has(tn->text, sig->values[j]))
        continue;
      seen[j] = true;
      count++;
      o += (size_t)snprintf(found + o, o < sizeof(found) ? sizeof(found) - o
                                                       : 0,
                            "%s%s", o ? ", " : "", sig->values[j]);
      if(o >= sizeof(found))
        o = sizeof(found) - 1;
    }
  }
  pp_free(seen);
  if(count >= sig->min) {
    char note[SIG_TEXT_MAX];
    snprintf(note, sizeof(note), "%zu sections: %s", count, found);
    fire(s, idx, REG_NAV, NULL, 0, 0, 0, note);
  }
}

/* Does a label of the site start or end with the token, or have it as a
 * '-'-separated word? */
static bool domain_has_token(const char *site, const char *tok)
{
  const char *label = site;
  size_t tl = strlen(tok);
  while(*label) {
    size_t n = strcspn(label, ".");
    const char *w = label, *end = label + n;
    if(n >= tl && (!strncasecmp(label, tok, tl) ||
                   !strncasecmp(end - tl, tok, tl)))
      return true;
    while(w < end) {                   /* '-' words */
      size_t wn = strcspn(w, "-.");
      if(w + wn > end)
        wn = (size_t)(end - w);
      if(wn == tl && !strncasecmp(w, tok, tl))
        return true;
      w += wn + 1;
    }
    label = *end ? end + 1 : end;
  }
  return false;
}

/* The registrable domain without its public suffix ("baomoi24h" of
 * "www.baomoi24h.com.vn"): where press words are looked for. */
static void site_label(const char *site, char *out, size_t cap)
{
  const char *dot = strchr(site, '.');
  size_t n = dot ? (size_t)(dot - site) : strlen(site);
  snprintf(out, cap, "%.*s", (int)PP_MIN(n, cap - 1), site);
}

static bool gov_domain(const char *site, const char *suffix)
{
  const char *p = site;
  size_t n = strlen(suffix);
  while((p = strstr(p, suffix))) {
    if((p == site || p[-1] == '.') && (!p[n] || p[n] == '.'))
      return true;
    p++;
  }
  return false;
}

static void detect_page(const struct sig_engine *e, struct sig_site *s,
                        const struct sig_page *p, struct textnorm *tn)
{
  const struct ruleset *rs = e->rs;
  struct footer_result *fr = NULL;
  bool footer_done = false;
  uint16_t i;
  size_t j, k;

  for(i = 0; i < rs->n; i++) {
    const struct rule_signal *sig = &rs->sig[i];
    char note[SIG_TEXT_MAX];
    switch(sig->detector) {
    case DET_JSONLD_TYPE:
      for(j = 0; j < p->n_jsonld_types; j++)
        for(k = 0; k < sig->n_values; k++)
          if(p->jsonld_types[j] &&
             !strcasecmp(p->jsonld_types[j], sig->values[k])) {
            snprintf(note, sizeof(note), "JSON-LD @type %s",
                     p->jsonld_types[j]);
            fire(s, i, REG_META, NULL, 0, 0, 0, note);
          }
      break;
    case DET_OG_TYPE:
      for(k = 0; p->og_type && k < sig->n_values; k++)
        if(!strcasecmp(p->og_type, sig->values[k])) {
          snprintf(note, sizeof(note), "og:type %s", p->og_type);
          fire(s, i, REG_META, NULL, 0, 0, 0, note);
        }
      break;
    case DET_SECTIONS:
      detect_sections(sig, i, s, p, tn);
      break;
    case DET_URL_SHAPE: {
      const char *path = p->url ? url_path(p->url) : "";
      for(k = 0; k < sig->n_values; k++)
        if(*path && strlen(path) < 2048 && shape_match(sig->values[k],
                                                       path)) {
          snprintf(note, sizeof(note), "URL %s", path);
          fire(s, i, REG_URL, NULL, 0, 0, 0, note);
          break;
        }
      break;
    }
    case DET_DOMAIN_TOKEN:
      if(s->n_pages == 1) {             /* once per site */
        char label[256];
        site_label(s->site, label, sizeof(label));
        for(k = 0; k < sig->n_values; k++)
          if(domain_has_token(label, sig->values[k])) {
            snprintf(note, sizeof(note), "'%s' in %s", sig->values[k],
                     s->site);
            fire(s, i, REG_DOMAIN, NULL, 0, 0, 0, note);
            break;
          }
      }
      break;
    case DET_COMMENTS:
      if(p->comments)
        fire(s, i, REG_PAGE, NULL, 0, 0, 0, "comment widget");
      break;
    case DET_GOV_DOMAIN:
      if(s->n_pages == 1)
        for(k = 0; k < sig->n_values; k++)
          if(gov_domain(s->site, sig->values[k])) {
            snprintf(note, sizeof(note), "%s is under %s", s->site,
                     sig->values[k]);
            fire(s, i, REG_DOMAIN, NULL, 0, 0, 0, note);
          }
      break;
    case DET_LICENCE_KIND:
      if(!footer_done) {
        footer_done = true;
        fr = pp_malloc(sizeof(*fr));
        if(fr && footer_parse(p->text[REG_FOOTER], p->len[REG_FOOTER],
                              p->links, p->n_links, fr) != PP_OK) {
          pp_free(fr);
          fr = NULL;
        }
        /* The site's footer facts: the first licences found and the
         * first people found, each kept once found (a later footer with
         * only a name does not lose an earlier licence). */
        if(fr && !s->have_footer) {
          s->footer = *fr;
          s->have_footer = true;
        } else if(fr) {
          if(!s->footer.n_licences && fr->n_licences) {
            memcpy(s->footer.licences, fr->licences,
                   sizeof(fr->licences));
            s->footer.n_licences = fr->n_licences;
          }
          if(!s->footer.n_people && fr->n_people) {
            memcpy(s->footer.people, fr->people, sizeof(fr->people));
            s->footer.n_people = fr->n_people;
          }
          if(!s->footer.n_badges && fr->n_badges) {
            memcpy(s->footer.badges, fr->badges, sizeof(fr->badges));
            s->footer.n_badges = fr->n_badges;
          }
          if(!s->footer.n_business && fr->n_business) {
            memcpy(s->footer.business, fr->business, sizeof(fr->business));
            s->footer.n_business = fr->n_business;
          }
        }
      }
      for(j = 0; fr && j < fr->n_licences; j++) {
        const char *kind = footer_kind_name(fr->licences[j].kind);
        for(k = 0; k < sig->n_values; k++)
          if(!strcmp(kind, sig->values[k])) {
            snprintf(note, sizeof(note), "licence %s (%s)",
                     fr->licences[j].number, kind);
            fire(s, i, REG_FOOTER, NULL, 0, 0, 0, note);
          }
      }
      break;
    default:
      break;                             /* phrases; site-level counts */
    }
  }
  pp_free(fr);
}

int sig_site_add_page(const struct sig_engine *e, struct sig_site *s,
                      const struct sig_page *p)
{
  char **nu;
  int r, rc = PP_OK;
  size_t i;

  nu = pp_realloc(s->urls, (s->n_pages + 1) * sizeof(*nu));
  if(!nu)
    return PP_ENOMEM;
  s->urls = nu;
  s->urls[s->n_pages] = pp_strdup(p->url ? p->url : "");
  if(!s->urls[s->n_pages])
    return PP_ENOMEM;
  s->n_pages++;
  if(s->n_pages > UINT16_MAX)
    return PP_ELIMIT;
  for(r = 0; r <= REG_PAGE && !rc; r++) {
    if(!p->text[r] || !p->len[r])
      continue;
    if(e->n_pm)
      rc = scan_region(e, s, s->tn, e->ac_match, e->pm, TEXTNORM_MATCH,
                       (enum rule_region)r, p->text[r], p->len[r]);
    if(!rc && e->n_pp && (e->plain_regions & (1u << r)))
      rc = scan_region(e, s, s->tn, e->ac_plain, e->pp, TEXTNORM_PLAIN,
                       (enum rule_region)r, p->text[r], p->len[r]);
  }
  if(!rc && e->n_pp && p->url && (e->plain_regions & (1u << REG_URL)))
    rc = scan_slug(e, s, s->tn, REG_URL, url_path(p->url));
  if(!rc && e->n_pp && s->n_pages == 1 &&
     (e->plain_regions & (1u << REG_DOMAIN)))
    rc = scan_slug(e, s, s->tn, REG_DOMAIN, s->site);
  if(!rc)
    detect_page(e, s, p, s->tn);
  if(p->article) {
    s->n_articles++;
    if(p->n_sources)
      s->n_attributed++;
  }
  for(i = 0; i < p->n_sources && s->n_sources < SIG_SOURCES_MAX; i++) {
    size_t j;
    char line[SIG_TEXT_MAX];
    if(!p->sources[i])
      continue;
    copy_line(line, sizeof(line), p->sources[i], strlen(p->sources[i]), 0,
              strlen(p->sources[i]));
    for(j = 0; j < s->n_sources; j++)
      if(!strcmp(s->sources[j], line))
        break;
    if(j == s->n_sources)
      memcpy(s->sources[s->n_sources++], line, sizeof(line));
  }
  return rc;
}

/* ---- verdict ------------------------------------------------------------- */

int sig_site_verdict(const struct sig_engine *e, const struct sig_site *s,
                     struct sig_verdict *v)
{
  const struct ruleset *rs = e->rs;
  const int *th = rs->scoring.threshold;
  size_t i;
  memset(v, 0, sizeof(*v));
  v->fired = pp_calloc(rs->n ? rs->n : 1, sizeof(*v->fired));
  if(!v->fired)
    return PP_ENOMEM;
  for(i = 0; i < rs->n; i++) {
    const struct rule_signal *sig = &rs->sig[i];
    unsigned k = s->pages_fired[i];
    unsigned pct = s->n_articles
                   ? (unsigned)(s->n_attributed * 100 / s->n_articles) : 0;
    if(sig->detector == DET_ATTRIBUTED)
      k = s->n_articles >= 1 && pct >= sig->min;
    else if(sig->detector == DET_UNATTRIBUTED)
      k = s->n_articles >= 2 && pct < sig->min;
    if(!k)
      continue;
    v->fired[v->n_fired].signal = (uint16_t)i;
    v->fired[v->n_fired].pages = (uint16_t)k;
    v->fired[v->n_fired].contribution =
      sig->weight * (int)PP_MIN(k, sig->max);
    v->score[sig->towards] += v->fired[v->n_fired].contribution;
    v->n_fired++;
  }
  if(!s->n_pages)
    v->cls = SIG_CLASS_UNREACHABLE;
  else if(th[TOWARDS_OTHER] && v->score[TOWARDS_OTHER] >= th[TOWARDS_OTHER] &&
          v->score[TOWARDS_OTHER] >= v->score[TOWARDS_PRESS] &&
          v->score[TOWARDS_OTHER] >= v->score[TOWARDS_AGGREGATOR] &&
          v->score[TOWARDS_OTHER] >= v->score[TOWARDS_SOCIAL])
    v->cls = SIG_CLASS_OTHER;
  else if(th[TOWARDS_SOCIAL] &&
          v->score[TOWARDS_SOCIAL] >= th[TOWARDS_SOCIAL] &&
          v->score[TOWARDS_SOCIAL] >= v->score[TOWARDS_PRESS] &&
          v->score[TOWARDS_SOCIAL] >= v->score[TOWARDS_AGGREGATOR])
    v->cls = SIG_CLASS_SOCIAL;
  else if(th[TOWARDS_PRESS] && v->score[TOWARDS_PRESS] >= th[TOWARDS_PRESS] &&
          v->score[TOWARDS_PRESS] >= v->score[TOWARDS_AGGREGATOR])
    v->cls = SIG_CLASS_PRESS_LIKE;
  else if(th[TOWARDS_AGGREGATOR] &&
          v->score[TOWARDS_AGGREGATOR] >= th[TOWARDS_AGGREGATOR])
    v->cls = SIG_CLASS_AGGREGATOR;
  else
    v->cls = SIG_CLASS_OTHER;
  return PP_OK;
}

void sig_verdict_free(struct sig_verdict *v)
{
  if(!v)
    return;
  pp_free(v->fired);
  v->fired = NULL;
  v->n_fired = 0;
}
