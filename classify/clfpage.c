/*
 * clfpage.c: HTTP response -> UTF-8 HTML -> regions -> struct sig_page.
 * See clfpage.h.
 */
#include "clfpage.h"

#include "httpmsg.h"
#include "pp_alloc.h"
#include "pp_err.h"

#include <string.h>
#include <strings.h>

/* A growable byte buffer; grows to a cap, past which text is dropped. */
struct buf {
  char *s;
  size_t len, cap;
};

struct clfpage_work {
  char *url;                    /* the page URL, owned */
  struct buf title, meta;       /* composed regions */
  struct buf pool;              /* item strings (offsets until laid out) */
  size_t nav_off[CLFPAGE_ITEMS_MAX], n_nav;
  size_t src_off[CLFPAGE_ITEMS_MAX], n_src;
  const char *nav[CLFPAGE_ITEMS_MAX];
  const char *src[CLFPAGE_ITEMS_MAX];
  const char *types[CLFPAGE_ITEMS_MAX];
  const char *links[CLFPAGE_ITEMS_MAX];
  size_t n_types, n_links;
  bool article_markup;
};

const char *clfpage_skip_name(enum clfpage_skip s)
{
  static const char *const names[CLFPAGE_SKIP_COUNT] = {
    "page", "not-http", "status", "not-html", "coding", "empty",
  };
  return (unsigned)s < CLFPAGE_SKIP_COUNT ? names[s] : "?";
}

struct clfpage *clfpage_new(void)
{
  struct clfpage *p = pp_calloc(1, sizeof(*p));
  if(!p)
    return NULL;
  p->work = pp_calloc(1, sizeof(*p->work));
  p->hf = htmlfeat_new();
  if(!p->work || !p->hf) {
    clfpage_free(p);
    return NULL;
  }
  return p;
}

void clfpage_free(struct clfpage *p)
{
  if(!p)
    return;
  if(p->work) {
    pp_free(p->work->url);
    pp_free(p->work->title.s);
    pp_free(p->work->meta.s);
    pp_free(p->work->pool.s);
    pp_free(p->work);
  }
  htmlfeat_free(p->hf);
  pp_free(p);
}

/* Append n bytes (and a NUL after them, not counted) unless that would
 * pass max; false only when out of memory. */
static bool buf_add(struct buf *b, const char *s, size_t n, size_t max)
{
  if(b->len + n + 1 > max)
    return true;                        /* over the cap: dropped */
  if(b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    char *ns;
    while(cap < b->len + n + 1)
      cap *= 2;
    ns = pp_realloc(b->s, cap);
    if(!ns)
      return false;
    b->s = ns;
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
  return true;
}

/* Add a line to a composed region unless it is empty or already there. */
static bool compose_line(struct buf *b, const char *s)
{
  size_t n = strlen(s);
  const char *hit;

  while(n && (*s == ' ' || *s == '\n')) {
    s++;
    n--;
  }
  if(!n)
    return true;
  for(hit = b->s ? strstr(b->s, s) : NULL; hit;
      hit = strstr(hit + 1, s))
    if((hit == b->s || hit[-1] == '\n') && (hit[n] == '\n' || !hit[n]))
      return true;                      /* same line already there */
  if(b->len && !buf_add(b, "\n", 1, CLFPAGE_COMPOSE_MAX))
    return false;
  return buf_add(b, s, n, CLFPAGE_COMPOSE_MAX);
}

/* The media type of a Content-Type value, lower-cased into out. */
static void media_type(const char *ct, char *out, size_t cap)
{
  size_t n = 0;
  while(*ct == ' ' || *ct == '\t')
    ct++;
  while(*ct && *ct != ';' && *ct != ' ' && *ct != '\t' && n + 1 < cap) {
    char c = *ct++;
    out[n++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
  }
  out[n] = '\0';
}

/* Whether a body with no Content-Type starts like an HTML document. */
static bool sniff_html(const uint8_t *b, size_t len)
{
  static const char *const starts[] = {
    "<!doctype html", "<html", "<head", "<body", "<!--", "<title", "<meta",
  };
  size_t i = 0, k;

  if(len >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf)
    i = 3;
  while(i < len && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' ||
                    b[i] == '\n' || b[i] == '\f'))
    i++;
  for(k = 0; k < sizeof(starts) / sizeof(starts[0]); k++) {
    size_t n = strlen(starts[k]);
    if(len - i >= n && !strncasecmp((const char *)b + i, starts[k], n))
      return true;
  }
  return false;
}

static bool is_html_type(const char *ct, const uint8_t *body, size_t len)
{
  char mt[128];
  if(!ct || !*ct)
    return sniff_html(body, len);
  media_type(ct, mt, sizeof(mt));
  if(!strcmp(mt, "text/html") || !strcmp(mt, "application/xhtml+xml"))
    return true;
  /* Servers that do not know what they send. */
  if(!*mt || !strcmp(mt, "text/plain") ||
     !strcmp(mt, "application/octet-stream"))
    return sniff_html(body, len);
  return false;
}

static bool article_type(const char *t)
{
  static const char *const types[] = {
    "Article", "NewsArticle", "ReportageNewsArticle",
    "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
    "ReviewNewsArticle", "BlogPosting", "Report", "LiveBlogPosting",
  };
  size_t k;
  for(k = 0; k < sizeof(types) / sizeof(types[0]); k++)
    if(!strcasecmp(t, types[k]))
      return true;
  return false;
}

/* Lay the htmlfeat result out as a struct sig_page. */
static int layout(struct clfpage *p)
{
  struct clfpage_work *w = p->work;
  const struct htmlfeat *f = p->hf;
  struct sig_page *sp = &p->page;
  const struct htmlfeat_prop *pr;
  size_t i, from;
  const char *og;

  w->title.len = w->meta.len = w->pool.len = 0;
  w->n_nav = w->n_src = w->n_types = w->n_links = 0;
  w->article_markup = false;
  if(w->title.s)
    w->title.s[0] = '\0';
  if(w->meta.s)
    w->meta.s[0] = '\0';

  /* TITLE */
  if(!compose_line(&w->title, f->text[HTMLFEAT_TITLE].s) ||
     !compose_line(&w->title, htmlfeat_meta(f, "og:title")))
    return PP_ENOMEM;
  for(from = 0; (pr = htmlfeat_prop(f, HTMLFEAT_SRC_JSONLD, "headline",
                                    &from));)
    if(!compose_line(&w->title, htmlfeat_s(f, pr->value)))
      return PP_ENOMEM;

  /* META */
  static const char *const metas[] = {
    "description", "keywords", "news_keywords", "og:site_name",
    "og:description", "article:section", "article:tag", "application-name",
  };
  for(i = 0; i < sizeof(metas) / sizeof(metas[0]); i++) {
    enum htmlfeat_src src = strchr(metas[i], ':') ? HTMLFEAT_SRC_PROPERTY
                                                  : HTMLFEAT_SRC_META;
    for(from = 0; (pr = htmlfeat_prop(f, src, metas[i], &from));)
      if(!compose_line(&w->meta, htmlfeat_s(f, pr->value)))
        return PP_ENOMEM;
    if(src == HTMLFEAT_SRC_PROPERTY)      /* some write name="og:..." */
      for(from = 0; (pr = htmlfeat_prop(f, HTMLFEAT_SRC_META, metas[i],
                                        &from));)
        if(!compose_line(&w->meta, htmlfeat_s(f, pr->value)))
          return PP_ENOMEM;
  }
  for(from = 0; (pr = htmlfeat_prop(f, HTMLFEAT_SRC_JSONLD,
                                    "publisher.name", &from));)
    if(!compose_line(&w->meta, htmlfeat_s(f, pr->value)))
      return PP_ENOMEM;

  /* Menu items and attribution lines: copies, NUL-terminated, in the
   * pool; offsets first, pointers once the pool stops moving. */
  for(i = 0; i < f->n_menu_items && w->n_nav < CLFPAGE_ITEMS_MAX; i++) {
    const struct htmlfeat_menu_item *mi = &f->menu_items[i];
    if(!mi->len || mi->off + mi->len > f->text[HTMLFEAT_NAV].len)
      continue;
    w->nav_off[w->n_nav++] = w->pool.len;
    if(!buf_add(&w->pool, f->text[HTMLFEAT_NAV].s + mi->off, mi->len + 1,
                SIZE_MAX))
      return PP_ENOMEM;
    w->pool.s[w->pool.len - 1] = '\0';
  }
  for(i = 0; i < f->n_attribs && w->n_src < CLFPAGE_ITEMS_MAX; i++) {
    const struct htmlfeat_attrib *a = &f->attribs[i];
    if(!a->len || a->off + a->len > f->text[HTMLFEAT_ATTRIB].len)
      continue;
    w->src_off[w->n_src++] = w->pool.len;
    if(!buf_add(&w->pool, f->text[HTMLFEAT_ATTRIB].s + a->off, a->len + 1,
                SIZE_MAX))
      return PP_ENOMEM;
    w->pool.s[w->pool.len - 1] = '\0';
  }
  for(i = 0; i < w->n_nav; i++)
    w->nav[i] = w->pool.s + w->nav_off[i];
  for(i = 0; i < w->n_src; i++)
    w->src[i] = w->pool.s + w->src_off[i];

  /* Types: JSON-LD @type at any path ending in "@type", microdata. */
  for(i = 0; i < f->n_props && w->n_types < CLFPAGE_ITEMS_MAX; i++) {
    const char *name = htmlfeat_s(f, f->props[i].name);
    size_t nl = strlen(name);
    const char *t;
    if(f->props[i].src == HTMLFEAT_SRC_JSONLD) {
      if(nl < 5 || strcmp(name + nl - 5, "@type"))
        continue;
      /* Only the item's own type (not author.@type, publisher.@type). */
      if(nl != 5 && strcmp(name, "mainEntity.@type") &&
         strncmp(name, "@graph", 6))
        continue;
    } else if(f->props[i].src != HTMLFEAT_SRC_ITEMTYPE) {
      continue;
    }
    t = htmlfeat_schema_type(htmlfeat_s(f, f->props[i].value));
    if(!*t)
      continue;
    w->types[w->n_types++] = t;
    if(article_type(t))
      w->article_markup = true;
  }
  for(i = 0; i < f->n_links && w->n_links < CLFPAGE_ITEMS_MAX; i++) {
    const char *h = htmlfeat_s(f, f->links[i].href);
    if(*h)
      w->links[w->n_links++] = h;
  }
  og = htmlfeat_meta(f, "og:type");
  if(!strcasecmp(og, "article"))
    w->article_markup = true;
  if(f->article_from & HTMLFEAT_FROM_ITEMPROP)
    w->article_markup = true;

  memset(sp, 0, sizeof(*sp));
  sp->url = w->url;
  sp->text[REG_TITLE] = w->title.s;
  sp->len[REG_TITLE] = w->title.len;
  sp->text[REG_META] = w->meta.s;
  sp->len[REG_META] = w->meta.len;
  static const struct {
    enum rule_region reg;
    enum htmlfeat_text_id id;
  } map[] = {
    {REG_NAV, HTMLFEAT_NAV},         {REG_HEADER, HTMLFEAT_HEADER},
    {REG_FOOTER, HTMLFEAT_FOOTER},   {REG_BYLINE, HTMLFEAT_BYLINE},
    {REG_BODY, HTMLFEAT_ARTICLE},    {REG_ATTRIBUTION, HTMLFEAT_ATTRIB},
    {REG_PAGE, HTMLFEAT_BODY},
  };
  for(i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
    sp->text[map[i].reg] = f->text[map[i].id].s;
    sp->len[map[i].reg] = f->text[map[i].id].len;
  }
  sp->nav_items = w->nav;
  sp->n_nav_items = w->n_nav;
  sp->jsonld_types = w->types;
  sp->n_jsonld_types = w->n_types;
  sp->og_type = *og ? og : NULL;
  sp->links = w->links;
  sp->n_links = w->n_links;
  sp->sources = w->src;
  sp->n_sources = w->n_src;
  sp->comments = (f->comment_kinds & (HTMLFEAT_COMMENT_FB |
                                      HTMLFEAT_COMMENT_DISQUS |
                                      HTMLFEAT_COMMENT_FORM)) != 0 ||
                 ((f->comment_kinds & HTMLFEAT_COMMENT_BOX) &&
                  (f->comment_kinds & HTMLFEAT_COMMENT_TEXT));
  sp->article = clfpage_is_article(p);
  return PP_OK;
}

static bool root_path(const char *url)
{
  const char *p = strstr(url ? url : "", "://");
  if(!p)
    return false;
  p = strchr(p + 3, '/');
  return !p || !strcmp(p, "/") || p[1] == '?' || p[1] == '#' ||
         !strcasecmp(p, "/index.html") || !strcasecmp(p, "/index.php") ||
         !strcasecmp(p, "/index.htm");
}

bool clfpage_has_article_markup(const struct clfpage *p)
{
  return p->work->article_markup;
}

bool clfpage_is_article(const struct clfpage *p)
{
  if(root_path(p->work->url))
    return false;
  if(p->work->article_markup)
    return true;
  return (p->hf->article_from & HTMLFEAT_FROM_DENSITY) &&
         p->hf->text[HTMLFEAT_ARTICLE].len >= CLFPAGE_ARTICLE_MIN;
}

static int set_url(struct clfpage *p, const char *url)
{
  pp_free(p->work->url);
  p->work->url = pp_strdup(url ? url : "");
  return p->work->url ? PP_OK : PP_ENOMEM;
}

static int parse_entity(struct clfpage *p, const char *content_type,
                        const uint8_t *body, size_t len,
                        enum clfpage_skip *skip)
{
  uint8_t *utf8 = NULL;
  size_t utf8_len = 0;
  bool cut = false;
  int rc;

  if(!len) {
    *skip = CLFPAGE_EMPTY;
    return PP_OK;
  }
  if(!is_html_type(content_type, body, len)) {
    *skip = CLFPAGE_NOT_HTML;
    return PP_OK;
  }
  p->charset_from = charset_detect(content_type, body, len, NULL,
                                   p->charset);
  rc = charset_to_utf8(p->charset, body, len, CLFPAGE_HTML_MAX, &utf8,
                       &utf8_len, &cut, &p->invalid);
  if(rc == PP_ENOTSUP) {                /* iconv lacks it after all */
    snprintf(p->charset, sizeof(p->charset), "%s", "CP1258");
    p->charset_from = CHARSET_FROM_GUESS;
    rc = charset_to_utf8(p->charset, body, len, CLFPAGE_HTML_MAX, &utf8,
                         &utf8_len, &cut, &p->invalid);
  }
  if(rc != PP_OK)
    return rc == PP_ENOMEM ? PP_ENOMEM : PP_EINVAL;
  p->cut |= cut;
  rc = htmlfeat_parse(p->hf, (const char *)utf8, utf8_len, p->work->url);
  pp_free(utf8);
  if(rc != PP_OK)
    return rc;
  rc = layout(p);
  if(rc == PP_OK)
    *skip = CLFPAGE_PAGE;
  return rc;
}

static void reset(struct clfpage *p)
{
  p->status = 0;
  p->charset[0] = '\0';
  p->charset_from = CHARSET_FROM_GUESS;
  p->invalid = 0;
  p->cut = false;
  p->coding_partial = false;
}

int clfpage_from_entity(struct clfpage *p, const char *url,
                        const char *content_type, const uint8_t *body,
                        size_t len, enum clfpage_skip *skip)
{
  int rc;
  if(!p || !skip || (!body && len))
    return PP_EINVAL;
  reset(p);
  *skip = CLFPAGE_EMPTY;
  rc = set_url(p, url);
  if(rc != PP_OK)
    return rc;
  if(len > CLFPAGE_ENTITY_MAX) {
    len = CLFPAGE_ENTITY_MAX;
    p->cut = true;
  }
  return parse_entity(p, content_type, body, len, skip);
}

int clfpage_from_http(struct clfpage *p, const char *url,
                      const uint8_t *msg, size_t len,
                      enum clfpage_skip *skip)
{
  struct httpmsg m;
  const uint8_t *v;
  size_t vlen;
  char ct[512];
  uint8_t *ent = NULL;
  size_t ent_len = 0;
  int rc;

  if(!p || !skip || (!msg && len))
    return PP_EINVAL;
  reset(p);
  *skip = CLFPAGE_NOT_HTTP;
  rc = set_url(p, url);
  if(rc != PP_OK)
    return rc;
  if(httpmsg_split(msg, len, &m) != PP_OK || !m.response)
    return PP_OK;
  p->status = m.status;
  if(m.status < 200 || m.status > 299) {
    *skip = CLFPAGE_STATUS;
    return PP_OK;
  }
  ct[0] = '\0';
  if(httpmsg_field(&m, "content-type", &v, &vlen) == PP_OK) {
    size_t i, n = 0;
    for(i = 0; i < vlen && n + 1 < sizeof(ct); i++)
      if(v[i] >= 0x20 && v[i] < 0x7f)   /* printable ASCII only */
        ct[n++] = (char)v[i];
    ct[n] = '\0';
  }
  if(m.coding == HTTPMSG_BR || m.coding == HTTPMSG_OTHER) {
    *skip = CLFPAGE_CODING;
    return PP_OK;
  }
  /* A quick look before decompressing anything: a declared type that is
   * not HTML is skipped here (sniffing waits for the entity). */
  if(ct[0] && !is_html_type(ct, (const uint8_t *)"<html", 5)) {
    *skip = CLFPAGE_NOT_HTML;
    return PP_OK;
  }
  rc = httpmsg_entity(&m, CLFPAGE_ENTITY_MAX, &ent, &ent_len);
  switch(rc) {
  case PP_OK:
    break;
  case PP_ELIMIT:
    p->cut = true;
    break;
  case PP_ETRUNC:
  case PP_EMALFORMED:
    p->coding_partial = true;
    if(!ent || !ent_len) {
      pp_free(ent);
      *skip = CLFPAGE_CODING;
      return PP_OK;
    }
    break;
  case PP_ENOMEM:
    return PP_ENOMEM;
  default:
    pp_free(ent);
    *skip = CLFPAGE_CODING;
    return PP_OK;
  }
  rc = parse_entity(p, ct[0] ? ct : NULL, ent, ent_len, skip);
  pp_free(ent);
  return rc;
}
