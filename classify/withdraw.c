/*
 * withdraw.c: source withdrawal: the judge and the check.  See withdraw.h,
 * where the rules are listed in the order they apply (pressprobe-sources(1)
 * says the same for its readers).
 *
 * References: RFC 9110, RFC 9309, RFC 3986; UAX #15 through textnorm.h.
 *
 * The judge reads a page as the classifier does (clfpage.h: decoding,
 * charset, htmlfeat regions), matches the not-found phrases with one
 * Aho-Corasick automaton (acmatch.h) over the text normalized by
 * textnorm.h (one pass per form: MATCH, then unaccented), and
 * fingerprints home pages with SipHash (a fixed key: the hash only tells
 * equal texts, nothing secret).  No new parser of page bytes here.
 *
 * The check drives the fetch engine as the crawler does (crawl.c): per
 * origin, robots.txt first (robots_for_status), then "/" (when allowed),
 * then the URLs, at most origin_inflight at a time; every hop becomes a
 * row of the fetches table, in transactions of at most 256 rows or 2
 * seconds.  Originals first; then the copies of the originals found gone
 * (the copy's evidence is then later than the original's, and copy
 * sites are not asked for pages the check does not need).  The pair rows
 * are written at the end.
 *
 * Memory: the pairs (their strings), one entry per distinct URL (a verdict
 * and its reason) and per origin (robots rules, a home fingerprint of
 * about 4.6 KB), at most origins_at_once origins in progress, and one
 * page parsed at a time inside the engine's callback.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <time.h>

#include "acmatch.h"
#include "crawl.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_siphash.h"
#include "pp_store_withdraw.h"
#include "robots.h"
#include "textnorm.h"
#include "withdraw.h"

/* ---- verdicts ----------------------------------------------------------- */

static const char *const verdict_names[WITHDRAW_VERDICT_COUNT] = {
  [WITHDRAW_NOT_CHECKED] = "not-checked",
  [WITHDRAW_PRESENT] = "present",
  [WITHDRAW_GONE_404] = "gone-404",
  [WITHDRAW_GONE_410] = "gone-410",
  [WITHDRAW_GONE_REDIRECT_HOME] = "gone-redirect-home",
  [WITHDRAW_SOFT_404] = "soft-404",
};

const char *withdraw_verdict_name(enum withdraw_verdict v)
{
  return (unsigned)v < WITHDRAW_VERDICT_COUNT ? verdict_names[v] : "?";
}

bool withdraw_verdict_gone(enum withdraw_verdict v)
{
  return v == WITHDRAW_GONE_404 || v == WITHDRAW_GONE_410 ||
         v == WITHDRAW_GONE_REDIRECT_HOME || v == WITHDRAW_SOFT_404;
}

static void set_result(struct withdraw_result *out, enum withdraw_verdict v,
                       enum withdraw_rule rule, const char *fmt, ...)
  PP_PRINTF(4, 5);
static void set_result(struct withdraw_result *out, enum withdraw_verdict v,
                       enum withdraw_rule rule, const char *fmt, ...)
{
  va_list ap;
  out->verdict = v;
  out->rule = rule;
  va_start(ap, fmt);
  vsnprintf(out->reason, sizeof(out->reason), fmt, ap);
  va_end(ap);
}

void withdraw_not_fetched(struct withdraw_result *out, const char *why)
{
  memset(out, 0, sizeof(*out));
  set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NOT_FETCHED, "%s",
             why ? why : "not fetched");
}

static void link_home(struct withdraw_result *out)
{
  set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_LINK_HOME,
             "the link is a home page, not an article");
}

/* ---- URLs --------------------------------------------------------------- */

static int lower(int c)
{
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static bool eq_nocase(const char *a, size_t n, const char *b)
{
  size_t i;
  if(strlen(b) != n)
    return false;
  for(i = 0; i < n; i++)
    if(lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
      return false;
  return true;
}

/* The URL in normal form (crawl_url_resolve) into out[cap]; false when
 * it is not an http(s) URL. */
static bool norm_url(const char *url, char *out, size_t cap)
{
  return url && crawl_url_resolve(url, url, strlen(url), out, cap) == PP_OK;
}

static const char *const home_paths[] = {
  "/", "/index.html", "/index.htm", "/index.php", "/index.asp",
  "/index.aspx", "/index.jsp", "/default.asp", "/default.aspx", "/home",
  "/home.html", "/trang-chu", "/trang-chu.html", "/trangchu",
};

static bool path_home(const char *path, size_t n)
{
  size_t i;
  if(n > 1 && path[n - 1] == '/')
    n--;                          /* "/home/" is "/home" */
  for(i = 0; i < PP_ARRAY_LEN(home_paths); i++)
    if(eq_nocase(path, n, home_paths[i]))
      return true;
  return false;
}

bool withdraw_url_home(const char *url)
{
  struct crawl_url_parts p;
  if(crawl_url_split(url, &p))
    return false;
  return !p.query && path_home(p.path, p.path_len);
}

static const char *const error_segments[] = {
  "404", "error", "error404", "error-404", "404-error", "not-found",
  "notfound", "page-not-found", "loi", "loi-404", "trang-loi",
  "khong-tim-thay",
};

UNITTEST bool withdraw_url_error_page(const char *url)
{
  struct crawl_url_parts p;
  size_t i = 0, k;
  if(crawl_url_split(url, &p))
    return false;
  while(i < p.path_len) {
    size_t start, n;
    while(i < p.path_len && p.path[i] == '/')
      i++;
    start = i;
    while(i < p.path_len && p.path[i] != '/')
      i++;
    n = i - start;
    for(k = start; k < i; k++)
      if(p.path[k] == '.') {
        n = k - start;              /* extension dropped */
        break;
      }
    for(k = 0; n && k < PP_ARRAY_LEN(error_segments); k++)
      if(eq_nocase(p.path + start, n, error_segments[k]))
        return true;
  }
  return false;
}

/* One short path segment that crawl_classify_path calls a section. */
static bool url_section(const struct crawl_url_parts *p)
{
  size_t i, segs = 0;
  bool in = false;
  if(p->query)
    return false;
  for(i = 0; i < p->path_len; i++) {
    if(p->path[i] != '/' && !in)
      segs++;
    in = p->path[i] != '/';
  }
  return segs == 1 && crawl_classify_path(p->path, p->path_len, NULL, 0) ==
                      CRAWL_KIND_SECTION;
}

static bool same_site(const char *a, const char *b)
{
  struct crawl_url_parts pa, pb;
  char sa[CRAWL_SITE_MAX], sb[CRAWL_SITE_MAX];
  return !crawl_url_split(a, &pa) && !crawl_url_split(b, &pb) &&
         !crawl_host_site(pa.host, pa.host_len, sa) &&
         !crawl_host_site(pb.host, pb.host_len, sb) && !strcmp(sa, sb);
}

/* ---- text helpers ------------------------------------------------------- */

/* At most max bytes of s[0..n), not cutting a UTF-8 sequence. */
static size_t utf8_cut(const char *s, size_t n, size_t max)
{
  if(n <= max)
    return n;
  n = max;
  while(n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
    n--;
  return n;
}

/* s[0..n) for a reason: blanks at the ends dropped, cut with "...". */
static void quote(const char *s, size_t n, char *out, size_t cap)
{
  size_t k;
  while(n && (*s == ' ' || *s == '\n' || *s == '\t')) {
    s++;
    n--;
  }
  while(n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
    n--;
  k = utf8_cut(s, n, WITHDRAW_QUOTE_MAX);
  snprintf(out, cap, "%.*s%s", (int)k, s, k < n ? "..." : "");
  /* one line: line breaks inside become spaces */
  for(k = 0; out[k]; k++)
    if(out[k] == '\n' || out[k] == '\r' || out[k] == '\t')
      out[k] = ' ';
}

/* ---- the phrases -------------------------------------------------------- */

static const char *const subjects[] = {
  "bài viết", "tin bài", "bài báo", "nội dung", "trang", "đường dẫn",
  "liên kết", "tin này", "bài này",
};

static const char *const qualifiers[] = {
  "", " này", " bạn tìm", " bạn cần tìm", " bạn đang tìm", " bạn tìm kiếm",
  " bạn đang tìm kiếm", " bạn yêu cầu", " yêu cầu", " bạn truy cập",
  " bạn đang truy cập", " bạn vừa truy cập", " bạn muốn xem",
  " bạn đang xem",
};

static const char *const predicates[] = {
  " không tồn tại", " không còn tồn tại", " hiện không tồn tại",
  " đã bị gỡ", " đã bị xóa", " đã được gỡ", " đã bị ẩn", " không tìm thấy",
  " không được tìm thấy",
};

static const char *const fixed_phrases[] = {
  "không tìm thấy trang", "không tìm thấy bài viết",
  "không tìm thấy nội dung", "không tìm thấy tin bài",
  "không tìm thấy đường dẫn", "lỗi 404", "404 not found", "error 404",
  "404 error", "page not found", "page cannot be found",
  "page could not be found", "page does not exist", "page doesn't exist",
  "article not found", "article does not exist", "article has been removed",
  "article has been deleted", "content has been removed",
  "content not found", "content is no longer available",
  "page is no longer available", "article is no longer available",
  "post not found", "the requested url was not found",
};

struct withdraw_judge {
  struct ac *ac;
  char **phrase;                /* by pattern id: the MATCH form */
  size_t n_phrase;
  struct clfpage *pg;
  struct textnorm tn;
};

static const uint8_t fp_key[PP_SIPHASH_KEYLEN];   /* fingerprints only */

/* Add raw (a phrase as listed) in both forms under the next id. */
static int add_phrase(struct withdraw_judge *j, const char *raw)
{
  char m[256], u[256];
  size_t ml, ul;
  int rc;
  if(textnorm_str(raw, strlen(raw), TEXTNORM_MATCH, m, sizeof(m), &ml) ||
     textnorm_str(raw, strlen(raw), TEXTNORM_PLAIN, u, sizeof(u), &ul))
    return PP_ELIMIT;
  j->phrase[j->n_phrase] = pp_strdup(m);
  if(!j->phrase[j->n_phrase])
    return PP_ENOMEM;
  rc = ac_add(j->ac, m, ml, (uint32_t)j->n_phrase, AC_WORD_BOUNDARY);
  if(!rc && (ul != ml || memcmp(u, m, ml)))
    rc = ac_add(j->ac, u, ul, (uint32_t)j->n_phrase, AC_WORD_BOUNDARY);
  j->n_phrase++;
  return rc;
}

int withdraw_judge_new(struct withdraw_judge **out)
{
  struct withdraw_judge *j;
  size_t s, q, p, i, max;
  int rc = PP_OK;

  if(!out)
    return PP_EINVAL;
  *out = NULL;
  j = pp_calloc(1, sizeof(*j));
  if(!j)
    return PP_ENOMEM;
  textnorm_init(&j->tn);
  max = PP_ARRAY_LEN(subjects) * PP_ARRAY_LEN(qualifiers) *
        PP_ARRAY_LEN(predicates) + PP_ARRAY_LEN(fixed_phrases);
  j->phrase = pp_calloc(max, sizeof(*j->phrase));
  j->ac = ac_new();
  j->pg = clfpage_new();
  if(!j->phrase || !j->ac || !j->pg)
    rc = PP_ENOMEM;
  /* the automaton is small: a modest dense table is plenty */
  if(!rc)
    rc = ac_set_dense_limit(j->ac, 1u << 20);
  for(s = 0; !rc && s < PP_ARRAY_LEN(subjects); s++) {
    bool has_nay = strstr(subjects[s], "này") != NULL;
    for(q = 0; !rc && q < PP_ARRAY_LEN(qualifiers); q++) {
      if(has_nay && !strcmp(qualifiers[q], " này"))
        continue;
      for(p = 0; !rc && p < PP_ARRAY_LEN(predicates); p++) {
        char raw[256];
        snprintf(raw, sizeof(raw), "%s%s%s", subjects[s], qualifiers[q],
                 predicates[p]);
        rc = add_phrase(j, raw);
      }
    }
  }
  for(i = 0; !rc && i < PP_ARRAY_LEN(fixed_phrases); i++)
    rc = add_phrase(j, fixed_phrases[i]);
  if(!rc)
    rc = ac_compile(j->ac);
  if(rc) {
    withdraw_judge_free(j);
    return rc == PP_ENOMEM ? PP_ENOMEM : PP_EINVAL;
  }
  *out = j;
  return PP_OK;
}

void withdraw_judge_free(struct withdraw_judge *j)
{
  size_t i;
  if(!j)
    return;
  for(i = 0; i < j->n_phrase; i++)
    pp_free(j->phrase[i]);
  pp_free(j->phrase);
  ac_free(j->ac);
  clfpage_free(j->pg);
  textnorm_free(&j->tn);
  pp_free(j);
}

/* A phrase match; with line_max, only in a line of at most line_max
 * characters. */
struct hit {
  const char *text;
  size_t len, line_max;
  size_t skip_from, skip_to;    /* the last line found too long */
  bool found;
  uint32_t id;
  size_t line_start, line_end;
};

/* Characters (UTF-8 lead bytes) of s[0..n): the same count in every
 * normalized form. */
static size_t chars(const char *s, size_t n)
{
  size_t i, k = 0;
  for(i = 0; i < n; i++)
    k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

static int on_phrase(void *user, uint32_t id, size_t start, size_t end)
{
  struct hit *h = user;
  size_t ls = start, le = end;
  if(h->line_max) {
    if(start >= h->skip_from && end <= h->skip_to)
      return 0;                   /* in the long line seen before */
    while(ls > 0 && h->text[ls - 1] != '\n')
      ls--;
    while(le < h->len && h->text[le] != '\n')
      le++;
    if(chars(h->text + ls, le - ls) > h->line_max) {
      h->skip_from = ls;
      h->skip_to = le;
      return 0;
    }
  }
  h->found = true;
  h->id = id;
  h->line_start = ls;
  h->line_end = le;
  return 1;
}

static void scan(const struct withdraw_judge *j, const char *text,
                 size_t len, size_t line_max, struct hit *h)
{
  memset(h, 0, sizeof(*h));
  h->text = text;
  h->len = len;
  h->line_max = line_max;
  ac_scan(j->ac, text, len, AC_SCAN_ALL, on_phrase, h);
}

/* Rule 9's phrase part: the title, then the short lines of the visible
 * text, each in its MATCH form then its unaccented form.  reason gets
 * the quote on a hit.  PP_OK (*found), PP_ENOMEM. */
static int find_phrase(struct withdraw_judge *j, const struct htmlfeat *f,
                       bool *found, char *reason, size_t cap)
{
  static const unsigned forms[] = {
    TEXTNORM_MATCH, TEXTNORM_PLAIN,
  };
  const struct htmlfeat_text *title = &f->text[HTMLFEAT_TITLE];
  const struct htmlfeat_text *body = &f->text[HTMLFEAT_BODY];
  char norm[4 * WITHDRAW_TITLE_MAX + 16], q[WITHDRAW_QUOTE_MAX + 8];
  size_t i, nl, tlen;
  struct hit h;
  int rc;

  *found = false;
  tlen = utf8_cut(title->s ? title->s : "", title->len, WITHDRAW_TITLE_MAX);
  for(i = 0; i < PP_ARRAY_LEN(forms) && tlen; i++) {
    rc = textnorm_str(title->s, tlen, forms[i], norm, sizeof(norm), &nl);
    if(rc && rc != PP_ELIMIT)
      return PP_OK;               /* no title to read */
    nl = strlen(norm);
    scan(j, norm, nl, 0, &h);
    if(h.found) {
      quote(title->s, title->len, q, sizeof(q));
      snprintf(reason, cap, "the title says \"%s\" (%s)", q,
               j->phrase[h.id]);
      *found = true;
      return PP_OK;
    }
  }
  for(i = 0; i < PP_ARRAY_LEN(forms) && body->len; i++) {
    size_t in_s = 0, in_e = 0;
    rc = textnorm_run(&j->tn, body->s, utf8_cut(body->s, body->len,
                                                WITHDRAW_SCAN_MAX),
                      forms[i] | TEXTNORM_LINES | TEXTNORM_MAP);
    if(rc)
      return rc == PP_ENOMEM ? rc : PP_OK;
    scan(j, j->tn.text, j->tn.len, WITHDRAW_LINE_MAX, &h);
    if(!h.found)
      continue;
    if(textnorm_span(&j->tn, h.line_start, h.line_end, &in_s, &in_e) ||
       in_e > body->len)
      in_s = in_e = 0;
    quote(body->s + in_s, in_e - in_s, q, sizeof(q));
    snprintf(reason, cap, "the page says \"%s\" (%s)", q, j->phrase[h.id]);
    *found = true;
    return PP_OK;
  }
  return PP_OK;
}

/* ---- pages -------------------------------------------------------------- */

/* The title in MATCH form into out[cap] ("" when none). */
static void normal_title(const struct htmlfeat *f, char *out, size_t cap)
{
  const struct htmlfeat_text *t = &f->text[HTMLFEAT_TITLE];
  size_t n = utf8_cut(t->s ? t->s : "", t->len, WITHDRAW_TITLE_MAX / 2);
  int rc;
  out[0] = '\0';
  if(!n)
    return;
  /* PP_ELIMIT leaves a prefix: the same one for the same title */
  rc = textnorm_str(t->s, n, TEXTNORM_MATCH, out, cap, NULL);
  if(rc && rc != PP_ELIMIT)
    out[0] = '\0';
}

/* Rule 10: the page now parsed is the home page. */
static bool is_home_body(const struct clfpage *pg,
                         const struct withdraw_home *home)
{
  const struct htmlfeat *f = pg->hf;
  const struct htmlfeat_text *a = &f->text[HTMLFEAT_ARTICLE];
  const struct htmlfeat_text *b = &f->text[HTMLFEAT_BODY];
  char title[WITHDRAW_TITLE_MAX];
  if(!home || !home->known || !home->title[0] ||
     clfpage_has_article_markup(pg))
    return false;
  normal_title(f, title, sizeof(title));
  if(strcmp(title, home->title))
    return false;
  if(a->len && a->len == home->article_len &&
     pp_siphash24(fp_key, a->s, a->len) == home->article_hash)
    return true;
  return b->len && b->len == home->body_len &&
         pp_siphash24(fp_key, b->s, b->len) == home->body_hash;
}

/* Read the last hop's body into j->pg; *skip says whether it is a page. */
static int read_page(struct withdraw_judge *j, const struct fetch_result *r,
                     enum clfpage_skip *skip)
{
  return clfpage_from_entity(j->pg, r->final_url, r->last->content_type,
                             r->entity, r->entity ? r->entity_len : 0, skip);
}

/* ---- the judge ---------------------------------------------------------- */

/* The last redirect went from an http URL to another path on https on
 * the same site (fin, normal form): a server that upgrades the scheme
 * and drops the path says nothing about the article's https address.
 * (An upgrade that keeps the path is no such case: the redirect that
 * changed the path came before it.) */
static bool scheme_upgrade(const struct fetch_result *r, const char *fin)
{
  const char *from = r->hops[r->n_hops - 2].url;
  char nf[WITHDRAW_URL_MAX + 1];
  struct crawl_url_parts a, b;
  if(!from || strncasecmp(from, "http://", 7) ||
     strncmp(fin, "https://", 8) || !same_site(from, fin) ||
     !norm_url(from, nf, sizeof(nf)) || crawl_url_split(nf, &a) ||
     crawl_url_split(fin, &b))
    return false;
  return a.path_len != b.path_len || memcmp(a.path, b.path, a.path_len) ||
         a.query_len != b.query_len ||
         (a.query && memcmp(a.query, b.query, a.query_len));
}

/* The hop whose redirect led to the page the chain ended on (fin, normal
 * form): the last one whose own path and query are another page's; the
 * redirects after it only moved between forms of the same address. */
static unsigned landing_hop(const struct fetch_result *r, const char *fin)
{
  struct crawl_url_parts b;
  unsigned i;
  if(crawl_url_split(fin, &b))
    return r->n_hops - 2;
  for(i = r->n_hops - 1; i-- > 0;) {
    char nf[WITHDRAW_URL_MAX + 1];
    struct crawl_url_parts a;
    if(!norm_url(r->hops[i].url, nf, sizeof(nf)) || crawl_url_split(nf, &a))
      return i;
    if(a.path_len != b.path_len || memcmp(a.path, b.path, a.path_len) ||
       a.query_len != b.query_len ||
       (a.query && memcmp(a.query, b.query, a.query_len)))
      return i;
  }
  return r->n_hops - 2;
}

#define UPGRADE_WHY \
  "%s redirects to %s, an https page of the same site: the article's " \
  "https address was not asked"

#ifdef PP_UNITTESTS
int withdraw_page_soft404(struct withdraw_judge *j, const char *url,
                                   const char *html, size_t len, bool *soft,
                                   char *reason, size_t cap)
{
  enum clfpage_skip skip;
  int rc;
  *soft = false;
  reason[0] = '\0';
  rc = clfpage_from_entity(j->pg, url, "text/html; charset=utf-8",
                           (const uint8_t *)html, len, &skip);
  if(rc || skip != CLFPAGE_PAGE)
    return rc;
  rc = find_phrase(j, j->pg->hf, soft, reason, cap);
  if(*soft && j->pg->hf->text[HTMLFEAT_ARTICLE].len >= WITHDRAW_ARTICLE_MIN)
    *soft = false;
  return rc;
}
#endif

int withdraw_judge(struct withdraw_judge *j, const struct fetch_result *r,
                   const struct withdraw_home *home,
                   struct withdraw_result *out)
{
  const struct fetch_exchange *x;
  char fin[WITHDRAW_URL_MAX + 1], asked[WITHDRAW_URL_MAX + 1];
  char why[WITHDRAW_REASON_MAX], q[WITHDRAW_QUOTE_MAX + 8];
  char at[WITHDRAW_URL_MAX + 64];
  enum clfpage_skip skip;
  unsigned redirs;
  bool soft, upgrade;
  int rc;

  if(!out)
    return PP_EINVAL;
  memset(out, 0, sizeof(*out));
  if(!j || !r || !r->last) {
    withdraw_not_fetched(out, "no fetch");
    return PP_EINVAL;
  }
  x = r->last;
  out->status = x->status;
  out->hop = r->n_hops ? r->n_hops - 1 : 0;
  /* 1: not fetched */
  if(!r->n_hops || x->outcome == FETCH_ROBOTS ||
     x->outcome == FETCH_BAD_URL || x->outcome == FETCH_INTERRUPTED) {
    set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NOT_FETCHED, "%s%s%s",
               fetch_outcome_name(x->outcome), x->error[0] ? ": " : "",
               x->error);
    return PP_OK;
  }
  /* 2: a link to a home page */
  if(withdraw_url_home(r->url)) {
    link_home(out);
    return PP_OK;
  }
  /* 3: no usable response */
  switch(x->outcome) {
  case FETCH_OK:
  case FETCH_HTTP_ERROR:
  case FETCH_DECODE_LIMIT:
    break;
  default:
    set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NO_RESPONSE, "%s%s%s",
               fetch_outcome_name(x->outcome), x->error[0] ? ": " : "",
               x->error);
    return PP_OK;
  }
  redirs = r->n_hops - 1;
  at[0] = '\0';
  if(redirs)
    snprintf(at, sizeof(at), " at %s after %u redirect%s", r->final_url,
             redirs, redirs == 1 ? "" : "s");
  /* 4, 5: the status */
  if(x->status == 404) {
    set_result(out, WITHDRAW_GONE_404, WITHDRAW_R_STATUS_GONE,
               "404 Not Found%s", at);
    return PP_OK;
  }
  if(x->status == 410) {
    set_result(out, WITHDRAW_GONE_410, WITHDRAW_R_STATUS_GONE, "410 Gone%s",
               at);
    return PP_OK;
  }
  if(x->status != 200 && x->status != 203) {
    set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_STATUS_OTHER,
               "HTTP %d%s (not a sign of removal)", x->status, at);
    return PP_OK;
  }
  if(!norm_url(r->final_url, fin, sizeof(fin)))
    snprintf(fin, sizeof(fin), "%s", r->final_url ? r->final_url : "");
  if(!norm_url(r->url, asked, sizeof(asked)))
    snprintf(asked, sizeof(asked), "%s", r->url ? r->url : "");
  /* 6, 7: where the redirects went */
  upgrade = redirs && scheme_upgrade(r, fin);
  if(redirs) {
    bool other = !same_site(asked, fin);
    if(withdraw_url_home(fin) ||
       (home && home->final_url[0] && !strcmp(fin, home->final_url))) {
      out->hop = landing_hop(r, fin);
      if(upgrade)
        set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_REDIRECT_HOME,
                   UPGRADE_WHY, r->hops[r->n_hops - 2].url, fin);
      else
        set_result(out, WITHDRAW_GONE_REDIRECT_HOME,
                   WITHDRAW_R_REDIRECT_HOME, "redirected to the home page%s "
                   "%s", other ? " of another site:" : "", fin);
      return PP_OK;
    }
    if(withdraw_url_error_page(fin) && !withdraw_url_error_page(asked)) {
      out->hop = landing_hop(r, fin);
      set_result(out, WITHDRAW_SOFT_404, WITHDRAW_R_REDIRECT_ERROR,
                 "redirected to an error page: %s", fin);
      return PP_OK;
    }
  }
  /* 8: not a page */
  rc = read_page(j, r, &skip);
  if(rc) {
    set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NOT_HTML,
               "the page could not be read: %s", pp_strerror(rc));
    return rc == PP_ENOMEM ? rc : PP_OK;
  }
  if(skip == CLFPAGE_NOT_HTML) {
    set_result(out, WITHDRAW_PRESENT, WITHDRAW_R_NOT_HTML,
               "%d, not an HTML page (%s)%s", x->status,
               x->content_type ? x->content_type : "no type", at);
    return PP_OK;
  }
  if(skip != CLFPAGE_PAGE) {
    set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NOT_HTML,
               "%d with %s%s", x->status, skip == CLFPAGE_EMPTY
               ? "an empty body" : "a body that cannot be decoded", at);
    return PP_OK;
  }
  /* 9: a not-found phrase on a page without article text */
  rc = find_phrase(j, j->pg->hf, &soft, why, sizeof(why));
  if(rc) {
    set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_PHRASE,
               "the page could not be read: %s", pp_strerror(rc));
    return rc;
  }
  if(soft && j->pg->hf->text[HTMLFEAT_ARTICLE].len < WITHDRAW_ARTICLE_MIN) {
    set_result(out, WITHDRAW_SOFT_404, WITHDRAW_R_PHRASE,
               "%d, %s, and no article text%s", x->status, why, at);
    return PP_OK;
  }
  /* 10: the home page's body */
  if(is_home_body(j->pg, home)) {
    quote(j->pg->hf->text[HTMLFEAT_TITLE].s,
          j->pg->hf->text[HTMLFEAT_TITLE].len, q, sizeof(q));
    if(upgrade) {
      out->hop = landing_hop(r, fin);
      set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_HOME_BODY,
                 UPGRADE_WHY, r->hops[r->n_hops - 2].url, fin);
    }
    else if(redirs) {
      out->hop = landing_hop(r, fin);
      set_result(out, WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_HOME_BODY,
                 "redirected to %s, which is the home page (same title "
                 "\"%s\" and main text, no article markup)", fin, q);
    }
    else
      set_result(out, WITHDRAW_SOFT_404, WITHDRAW_R_HOME_BODY,
                 "%d, but the page is the site's home page (same title "
                 "\"%s\" and main text, no article markup)", x->status, q);
    return PP_OK;
  }
  /* 11: redirected to a section page */
  if(redirs) {
    struct crawl_url_parts pf, pa;
    if(!crawl_url_split(fin, &pf) && !crawl_url_split(asked, &pa) &&
       url_section(&pf) && (pf.path_len != pa.path_len ||
                            memcmp(pf.path, pa.path, pf.path_len)) &&
       !clfpage_is_article(j->pg)) {
      out->hop = landing_hop(r, fin);
      if(upgrade)
        set_result(out, WITHDRAW_NOT_CHECKED, WITHDRAW_R_REDIRECT_SECTION,
                   UPGRADE_WHY, r->hops[r->n_hops - 2].url, fin);
      else
        set_result(out, WITHDRAW_GONE_REDIRECT_HOME,
                   WITHDRAW_R_REDIRECT_SECTION,
                   "redirected to the section page %s (no article there)",
                   fin);
      return PP_OK;
    }
  }
  /* 12 */
  quote(j->pg->hf->text[HTMLFEAT_TITLE].s,
        j->pg->hf->text[HTMLFEAT_TITLE].len, q, sizeof(q));
  set_result(out, WITHDRAW_PRESENT, WITHDRAW_R_PRESENT, "%d, \"%s\"%s",
             x->status, q, at);
  return PP_OK;
}

int withdraw_home_learn(struct withdraw_judge *j,
                        const struct fetch_result *r,
                        struct withdraw_home *out)
{
  enum clfpage_skip skip;
  const struct htmlfeat *f;
  int rc;

  if(!out)
    return PP_EINVAL;
  memset(out, 0, sizeof(*out));
  if(!j || !r || !r->n_hops || !r->last ||
     (r->last->outcome != FETCH_OK &&
      r->last->outcome != FETCH_DECODE_LIMIT) || r->last->status != 200)
    return PP_OK;
  if(!norm_url(r->final_url, out->final_url, sizeof(out->final_url)))
    out->final_url[0] = '\0';
  rc = read_page(j, r, &skip);
  if(rc || skip != CLFPAGE_PAGE)
    return rc == PP_ENOMEM ? rc : PP_OK;
  f = j->pg->hf;
  normal_title(f, out->title, sizeof(out->title));
  out->article_len = f->text[HTMLFEAT_ARTICLE].len;
  out->article_hash = pp_siphash24(fp_key, f->text[HTMLFEAT_ARTICLE].s,
                                   out->article_len);
  out->body_len = f->text[HTMLFEAT_BODY].len;
  out->body_hash = pp_siphash24(fp_key, f->text[HTMLFEAT_BODY].s,
                                out->body_len);
  out->known = true;
  return PP_OK;
}

/* ---- the check ---------------------------------------------------------- */

enum t_state { T_IDLE = 0, T_WAIT, T_RUNNING, T_DONE };
enum o_state { O_NEW = 0, O_ROBOTS, O_HOME, O_READY };
enum task_kind { TASK_ROBOTS, TASK_HOME, TASK_TARGET };

#define ROLE_ORIGINAL 1u
#define ROLE_COPY 2u
#define NO_TARGET SIZE_MAX

struct task {
  enum task_kind kind;
  size_t idx;
};

/* A distinct URL to fetch, and its verdict once fetched. */
struct target {
  char *url;                    /* normal form */
  size_t origin;
  unsigned roles;
  enum t_state state;
  bool interrupted;             /* the check stopped before its answer */
  enum withdraw_verdict verdict;
  int status;
  char *reason, *final_url;
  char *warc_file, *record_id;  /* the record the verdict rests on */
  uint64_t warc_offset;
  pp_usec_t checked_at;
  struct task task;
};

struct origin {
  char *origin;                 /* "scheme://host[:port]" */
  char site[CRAWL_SITE_MAX];
  enum o_state state;
  struct robots *robots;
  char *robots_why;             /* robots.txt unreachable: why */
  struct withdraw_home *home;   /* NULL: unknown */
  size_t first, n, next;        /* targets[first .. first + n) */
  unsigned inflight;
  struct task robots_task, home_task;
};

struct pair {
  char *site, *copy_url, *source_url, *source, *warc_file, *record_id;
  uint64_t warc_offset;
  size_t copy_t, orig_t;        /* targets, NO_TARGET: not http(s) */
  bool dup;
};

struct withdraw_check {
  struct withdraw_config cfg;
  struct pp_store *st;
  struct fetch *f;
  struct withdraw_judge *judge;
  struct pair *pairs;
  size_t n_pairs, cap_pairs;
  struct target *targets;
  size_t n_targets;
  struct origin *origins;
  size_t n_origins;
  size_t *queue, q_head, q_len; /* origins with work in this phase */
  size_t *active, n_active;
  bool prepared, stopping, full;
  int fatal;
  bool in_txn;
  unsigned txn_rows;
  struct timespec txn_start;
  struct withdraw_stats stats;
  char errmsg[PP_ERRBUF_SIZE];
};

void withdraw_config_defaults(struct withdraw_config *c)
{
  memset(c, 0, sizeof(*c));
  c->origins_at_once = 64;
  c->origin_inflight = 2;
}

int withdraw_check_new(const struct withdraw_config *cfg,
                       struct pp_store *st, struct withdraw_check **out)
{
  struct withdraw_check *c;
  int rc;
  if(!out)
    return PP_EINVAL;
  *out = NULL;
  if(!cfg || !cfg->origins_at_once ||
     cfg->origins_at_once > WITHDRAW_ORIGINS_AT_ONCE_MAX ||
     !cfg->origin_inflight || cfg->origin_inflight > FETCH_PER_HOST_MAX * 4)
    return PP_EINVAL;
  c = pp_calloc(1, sizeof(*c));
  if(!c)
    return PP_ENOMEM;
  c->cfg = *cfg;
  c->st = st;
  rc = withdraw_judge_new(&c->judge);
  if(rc) {
    pp_free(c);
    return rc;
  }
  *out = c;
  return PP_OK;
}

void withdraw_set_fetch(struct withdraw_check *c, struct fetch *f)
{
  c->f = f;
}

void withdraw_set_run(struct withdraw_check *c, int64_t run_id)
{
  c->cfg.run_id = run_id;
}

static void pair_free(struct pair *p)
{
  pp_free(p->site);
  pp_free(p->copy_url);
  pp_free(p->source_url);
  pp_free(p->source);
  pp_free(p->warc_file);
  pp_free(p->record_id);
}

void withdraw_check_free(struct withdraw_check *c)
{
  size_t i;
  if(!c)
    return;
  for(i = 0; i < c->n_pairs; i++)
    pair_free(&c->pairs[i]);
  pp_free(c->pairs);
  for(i = 0; i < c->n_targets; i++) {
    struct target *t = &c->targets[i];
    pp_free(t->url);
    pp_free(t->reason);
    pp_free(t->final_url);
    pp_free(t->warc_file);
    pp_free(t->record_id);
  }
  pp_free(c->targets);
  for(i = 0; i < c->n_origins; i++) {
    struct origin *o = &c->origins[i];
    pp_free(o->origin);
    robots_free(o->robots);
    pp_free(o->robots_why);
    pp_free(o->home);
  }
  pp_free(c->origins);
  pp_free(c->queue);
  pp_free(c->active);
  withdraw_judge_free(c->judge);
  pp_free(c);
}

void withdraw_get_stats(const struct withdraw_check *c,
                        struct withdraw_stats *out)
{
  *out = c->stats;
}

const char *withdraw_errmsg(const struct withdraw_check *c)
{
  return c ? c->errmsg : "no check";
}

static void set_fatal(struct withdraw_check *c, int code, const char *what,
                      const char *detail)
{
  if(c->fatal)
    return;
  c->fatal = code;
  snprintf(c->errmsg, sizeof(c->errmsg), "%s%s%s", what,
           detail ? ": " : "", detail ? detail : "");
}

static char *dup_or_null(const char *s, bool *fail)
{
  char *d;
  if(!s)
    return NULL;
  d = pp_strdup(s);
  if(!d)
    *fail = true;
  return d;
}

int withdraw_add(struct withdraw_check *c, const struct withdraw_pair *p)
{
  struct pair *np;
  bool fail = false;

  if(!c || !p || !p->site || !p->copy_url || !p->source_url)
    return PP_EINVAL;
  if(c->prepared)
    return PP_EINVAL;
  if(c->n_pairs >= WITHDRAW_PAIRS_MAX) {
    c->stats.over_cap++;
    c->full = true;
    return PP_ELIMIT;
  }
  if(c->n_pairs == c->cap_pairs) {
    size_t cap = c->cap_pairs ? c->cap_pairs * 2 : 64;
    np = pp_realloc(c->pairs, cap * sizeof(*np));
    if(!np)
      return PP_ENOMEM;
    c->pairs = np;
    c->cap_pairs = cap;
  }
  np = &c->pairs[c->n_pairs];
  memset(np, 0, sizeof(*np));
  np->site = dup_or_null(p->site, &fail);
  np->copy_url = dup_or_null(p->copy_url, &fail);
  np->source_url = dup_or_null(p->source_url, &fail);
  np->source = dup_or_null(p->source, &fail);
  np->warc_file = dup_or_null(p->warc_file, &fail);
  np->record_id = dup_or_null(p->record_id, &fail);
  np->warc_offset = p->warc_offset;
  np->copy_t = np->orig_t = NO_TARGET;
  if(fail) {
    pair_free(np);
    return PP_ENOMEM;
  }
  c->n_pairs++;
  c->stats.pairs++;
  return PP_OK;
}

/* ---- preparing: distinct URLs, grouped by origin ------------------------ */

struct urlref {
  char *url;                    /* normal form, owned until moved */
  unsigned roles;
};

static int urlref_cmp(const void *a, const void *b)
{
  return strcmp(((const struct urlref *)a)->url,
                ((const struct urlref *)b)->url);
}

static int pair_cmp(const void *a, const void *b)
{
  const struct pair *x = *(const struct pair *const *)a;
  const struct pair *y = *(const struct pair *const *)b;
  int d = strcmp(x->copy_url, y->copy_url);
  if(d)
    return d;
  d = strcmp(x->source_url, y->source_url);
  if(d)
    return d;
  return x < y ? -1 : x > y;    /* the first added stays */
}

static size_t find_target(const struct withdraw_check *c, const char *url)
{
  size_t lo = 0, hi = c->n_targets;
  while(lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int d = strcmp(c->targets[mid].url, url);
    if(!d)
      return mid;
    if(d < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NO_TARGET;
}

static int mark_duplicates(struct withdraw_check *c)
{
  struct pair **v;
  size_t i;
  if(c->n_pairs < 2)
    return PP_OK;
  v = pp_malloc(c->n_pairs * sizeof(*v));
  if(!v)
    return PP_ENOMEM;
  for(i = 0; i < c->n_pairs; i++)
    v[i] = &c->pairs[i];
  qsort(v, c->n_pairs, sizeof(*v), pair_cmp);
  for(i = 1; i < c->n_pairs; i++)
    if(!strcmp(v[i]->copy_url, v[i - 1]->copy_url) &&
       !strcmp(v[i]->source_url, v[i - 1]->source_url)) {
      v[i]->dup = true;
      c->stats.duplicates++;
    }
  pp_free(v);
  return PP_OK;
}

static int build_origins(struct withdraw_check *c)
{
  size_t i;
  c->origins = pp_calloc(c->n_targets ? c->n_targets : 1,
                         sizeof(*c->origins));
  if(!c->origins)
    return PP_ENOMEM;
  for(i = 0; i < c->n_targets; i++) {
    struct target *t = &c->targets[i];
    struct crawl_url_parts p;
    struct origin *o = c->n_origins ? &c->origins[c->n_origins - 1] : NULL;
    if(crawl_url_split(t->url, &p))
      return PP_EINVAL;           /* normal forms always split */
    if(!o || strlen(o->origin) != p.origin_len ||
       memcmp(o->origin, t->url, p.origin_len)) {
      o = &c->origins[c->n_origins];
      o->origin = pp_strndup(t->url, p.origin_len);
      if(!o->origin)
        return PP_ENOMEM;
      crawl_host_site(p.host, p.host_len, o->site);
      o->first = i;
      o->robots_task.kind = TASK_ROBOTS;
      o->robots_task.idx = c->n_origins;
      o->home_task.kind = TASK_HOME;
      o->home_task.idx = c->n_origins;
      c->n_origins++;
    }
    o->n++;
    t->origin = c->n_origins - 1;
  }
  c->stats.origins = c->n_origins;
  return PP_OK;
}

static int prepare(struct withdraw_check *c)
{
  struct urlref *refs;
  size_t i, n = 0;
  int rc;

  c->prepared = true;
  rc = mark_duplicates(c);
  if(rc)
    return rc;
  refs = pp_calloc(c->n_pairs * 2 + 1, sizeof(*refs));
  if(!refs)
    return PP_ENOMEM;
  for(i = 0; i < c->n_pairs && !rc; i++) {
    const struct pair *p = &c->pairs[i];
    const char *u[2] = {p->copy_url, p->source_url};
    unsigned roles[2] = {ROLE_COPY, ROLE_ORIGINAL};
    size_t k;
    if(p->dup)
      continue;
    for(k = 0; k < 2 && !rc; k++) {
      char buf[WITHDRAW_URL_MAX + 1];
      if(!norm_url(u[k], buf, sizeof(buf)))
        continue;
      refs[n].url = pp_strdup(buf);
      refs[n].roles = roles[k];
      if(!refs[n].url)
        rc = PP_ENOMEM;
      else
        n++;
    }
  }
  if(!rc && n)
    qsort(refs, n, sizeof(*refs), urlref_cmp);
  if(!rc) {
    c->targets = pp_calloc(n ? n : 1, sizeof(*c->targets));
    if(!c->targets)
      rc = PP_ENOMEM;
  }
  for(i = 0; !rc && i < n; i++) {
    struct target *t;
    if(c->n_targets && !strcmp(c->targets[c->n_targets - 1].url,
                               refs[i].url)) {
      c->targets[c->n_targets - 1].roles |= refs[i].roles;
      continue;
    }
    t = &c->targets[c->n_targets];
    t->url = refs[i].url;
    refs[i].url = NULL;
    t->roles = refs[i].roles;
    t->task.kind = TASK_TARGET;
    t->task.idx = c->n_targets++;
  }
  for(i = 0; i < n; i++)
    pp_free(refs[i].url);
  pp_free(refs);
  if(rc)
    return rc;
  c->stats.urls = c->n_targets;
  for(i = 0; i < c->n_pairs; i++) {
    struct pair *p = &c->pairs[i];
    char buf[WITHDRAW_URL_MAX + 1];
    if(p->dup)
      continue;
    if(norm_url(p->copy_url, buf, sizeof(buf)))
      p->copy_t = find_target(c, buf);
    if(norm_url(p->source_url, buf, sizeof(buf)))
      p->orig_t = find_target(c, buf);
  }
  rc = build_origins(c);
  if(rc)
    return rc;
  c->queue = pp_calloc(c->n_origins + 1, sizeof(*c->queue));
  c->active = pp_calloc(c->cfg.origins_at_once, sizeof(*c->active));
  return c->queue && c->active ? PP_OK : PP_ENOMEM;
}

/* ---- recording ---------------------------------------------------------- */

static pp_usec_t now_usec(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (pp_usec_t)ts.tv_sec * 1000000u + (pp_usec_t)ts.tv_nsec / 1000u;
}

static bool txn_due(struct withdraw_check *c)
{
  struct timespec now;
  if(!c->in_txn)
    return false;
  if(c->txn_rows >= 256)
    return true;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec - c->txn_start.tv_sec >= 2;
}

static void txn_commit(struct withdraw_check *c)
{
  if(!c->in_txn)
    return;
  c->in_txn = false;
  c->txn_rows = 0;
  if(store_commit(c->st))
    set_fatal(c, PP_EIO, "store", store_errmsg(c->st));
}

/* Open the batch transaction when none is; false on error (fatal). */
static bool txn_ensure(struct withdraw_check *c)
{
  if(!c->st || c->fatal)
    return false;
  if(c->in_txn)
    return true;
  if(store_begin(c->st)) {
    c->stats.store_errors++;
    set_fatal(c, PP_EIO, "store", store_errmsg(c->st));
    return false;
  }
  c->in_txn = true;
  clock_gettime(CLOCK_MONOTONIC, &c->txn_start);
  return true;
}

static void put_fetch(struct withdraw_check *c, const struct store_fetch *row)
{
  c->stats.rows++;
  if(!txn_ensure(c))
    return;
  if(store_fetch_put(c->st, row, NULL)) {
    c->stats.store_errors++;
    set_fatal(c, PP_EIO, "store", store_errmsg(c->st));
    return;
  }
  c->txn_rows++;
}

/* Every hop of r as a row of the fetches table (as the crawler writes). */
static void record_result(struct withdraw_check *c, const char *site,
                          const char *kind, const struct fetch_result *r)
{
  unsigned i, n = r->n_hops ? r->n_hops : 1;
  for(i = 0; i < n; i++) {
    const struct fetch_exchange *x = r->n_hops ? &r->hops[i] : r->last;
    struct store_fetch row;
    fetch_result_row(r, i, &row);
    row.run_id = c->cfg.run_id;
    row.site = site;
    row.kind = kind;
    c->stats.bytes += x->bytes;
    c->stats.outcomes[x->outcome]++;
    put_fetch(c, &row);
  }
}

static const char *target_kind(const struct target *t)
{
  return t->roles & ROLE_ORIGINAL ? "original" : "copy";
}

/* Keep a target's verdict; false when out of memory (fatal). */
static bool keep_result(struct withdraw_check *c, struct target *t,
                        const struct withdraw_result *res,
                        const struct fetch_result *r)
{
  bool fail = false;
  t->state = T_DONE;
  t->verdict = res->verdict;
  t->status = res->status;
  t->reason = dup_or_null(res->reason, &fail);
  t->checked_at = r && r->n_hops ? r->hops[0].started : now_usec();
  if(r && r->n_hops) {
    const struct fetch_exchange *x = &r->hops[PP_MIN(res->hop,
                                                     r->n_hops - 1)];
    t->final_url = dup_or_null(r->final_url, &fail);
    if(x->warc) {
      t->warc_file = dup_or_null(x->record.file, &fail);
      t->record_id = dup_or_null(x->record.record_id, &fail);
      t->warc_offset = x->record.offset;
    }
  }
  if(fail)
    set_fatal(c, PP_ENOMEM, "out of memory", NULL);
  return !fail;
}

/* A target decided without a fetch (robots.txt, a home link). */
static void skip_target(struct withdraw_check *c, struct target *t,
                        const struct origin *o,
                        const struct withdraw_result *res, bool row)
{
  if(row) {
    struct store_fetch f;
    memset(&f, 0, sizeof(f));
    f.run_id = c->cfg.run_id;
    f.site = o->site;
    f.url = t->url;
    f.final_url = t->url;
    f.kind = target_kind(t);
    f.fetched_at = now_usec();
    f.outcome = fetch_outcome_name(FETCH_ROBOTS);
    f.error = res->reason;
    c->stats.outcomes[FETCH_ROBOTS]++;
    put_fetch(c, &f);
  }
  keep_result(c, t, res, NULL);
}

/* ---- driving the engine ------------------------------------------------- */

static bool queue_req(struct withdraw_check *c, struct origin *o,
                      const char *url, struct task *task)
{
  struct fetch_request req;
  memset(&req, 0, sizeof(req));
  req.url = url;
  req.user = task;
  if(o->robots)
    req.delay_ms = robots_crawl_delay_ms(o->robots);
  if(fetch_add(c->f, &req)) {
    set_fatal(c, PP_ENOMEM, "out of memory", NULL);
    return false;
  }
  o->inflight++;
  c->stats.requests++;
  return true;
}

static void origin_robots(struct withdraw_check *c, struct origin *o)
{
  char url[WITHDRAW_URL_MAX + 16];
  snprintf(url, sizeof(url), "%s/robots.txt", o->origin);
  if(queue_req(c, o, url, &o->robots_task))
    o->state = O_ROBOTS;
}

/* Hand out the origin's waiting URLs (robots.txt first). */
static void origin_pump(struct withdraw_check *c, struct origin *o)
{
  if(c->stopping || c->fatal)
    return;
  if(o->state == O_NEW) {
    origin_robots(c, o);
    return;
  }
  if(o->state != O_READY)
    return;
  while(o->next < o->first + o->n &&
        o->inflight < c->cfg.origin_inflight && !c->fatal) {
    struct target *t = &c->targets[o->next];
    struct crawl_url_parts p;
    char path[WITHDRAW_URL_MAX + 2];
    struct withdraw_result res;
    if(t->state != T_WAIT) {
      o->next++;
      continue;
    }
    o->next++;
    memset(&res, 0, sizeof(res));
    if(withdraw_url_home(t->url)) {
      link_home(&res);
      skip_target(c, t, o, &res, false);
      continue;
    }
    crawl_url_split(t->url, &p);
    snprintf(path, sizeof(path), "%.*s%s%.*s", (int)p.path_len, p.path,
             p.query ? "?" : "", (int)p.query_len, p.query ? p.query : "");
    if(!robots_allowed(o->robots, path)) {
      withdraw_not_fetched(&res, o->robots_why ? o->robots_why
                                               : "robots.txt disallows it");
      c->stats.robots_disallowed++;
      skip_target(c, t, o, &res, true);
      continue;
    }
    t->state = T_RUNNING;
    if(t->roles == ROLE_COPY)
      c->stats.copies_fetched++;
    queue_req(c, o, t->url, &t->task);
  }
}

static bool origin_finished(const struct withdraw_check *c,
                            const struct origin *o)
{
  if(o->inflight)
    return false;
  if(c->stopping || c->fatal)
    return true;
  return o->state == O_READY && o->next >= o->first + o->n;
}

static void pump(struct withdraw_check *c)
{
  size_t i, k;
  for(i = 0; i < c->n_active; i++)
    origin_pump(c, &c->origins[c->active[i]]);
  while(!c->stopping && !c->fatal && c->n_active < c->cfg.origins_at_once &&
        c->q_head < c->q_len) {
    size_t oi = c->queue[c->q_head++];
    c->active[c->n_active++] = oi;
    origin_pump(c, &c->origins[oi]);
  }
  for(i = k = 0; i < c->n_active; i++)
    if(!origin_finished(c, &c->origins[c->active[i]]))
      c->active[k++] = c->active[i];
  c->n_active = k;
}

static void on_robots(struct withdraw_check *c, struct origin *o,
                      const struct fetch_result *r)
{
  const struct fetch_exchange *x = r->last;
  int status;
  if(!r->n_hops) {
    o->state = O_READY;           /* stopped: nothing more is asked */
    return;
  }
  switch(x->outcome) {
  case FETCH_OK:
  case FETCH_DECODE_LIMIT:
  case FETCH_HTTP_ERROR:
  case FETCH_TOO_MANY_REDIRECTS:
  case FETCH_BAD_REDIRECT:
    status = x->status;
    break;
  default:
    status = 0;                   /* no usable answer: unreachable */
    break;
  }
  robots_free(o->robots);
  o->robots = NULL;
  if(robots_for_status(status, r->entity, r->entity_len, CRAWL_AGENT_TOKEN,
                       &o->robots)) {
    set_fatal(c, PP_ENOMEM, "out of memory", NULL);
    return;
  }
  if(!status || status == 429 || status >= 500) {
    char why[PP_ERRBUF_SIZE + 96];
    snprintf(why, sizeof(why), "robots.txt unreachable (%s%s%s): all "
             "disallowed (RFC 9309)", fetch_outcome_name(x->outcome),
             x->error[0] ? ": " : "", x->error);
    pp_free(o->robots_why);
    o->robots_why = pp_strdup(why);
    if(!o->robots_why) {
      set_fatal(c, PP_ENOMEM, "out of memory", NULL);
      return;
    }
  }
  if(!c->stopping && robots_allowed(o->robots, "/")) {
    char url[WITHDRAW_URL_MAX + 2];
    snprintf(url, sizeof(url), "%s/", o->origin);
    if(queue_req(c, o, url, &o->home_task))
      o->state = O_HOME;
    return;
  }
  o->state = O_READY;
}

static void on_home(struct withdraw_check *c, struct origin *o,
                    const struct fetch_result *r)
{
  o->state = O_READY;
  if(!r->n_hops)
    return;
  o->home = pp_malloc(sizeof(*o->home));
  if(!o->home ||
     withdraw_home_learn(c->judge, r, o->home) == PP_ENOMEM)
    set_fatal(c, PP_ENOMEM, "out of memory", NULL);
}

static void on_target(struct withdraw_check *c, struct target *t,
                      const struct origin *o, const struct fetch_result *r)
{
  struct withdraw_result res;
  /* cut by a stop (before or during the chain): left for the next check,
   * not recorded as a verdict */
  if(r->last->outcome == FETCH_INTERRUPTED) {
    t->state = T_DONE;
    t->interrupted = true;
    return;
  }
  if(withdraw_judge(c->judge, r, o->home, &res) == PP_ENOMEM) {
    set_fatal(c, PP_ENOMEM, "out of memory", NULL);
    return;
  }
  keep_result(c, t, &res, r);
}

void withdraw_fetch_done(void *check, const struct fetch_result *r)
{
  struct withdraw_check *c = check;
  const struct task *task = r->user;
  struct origin *o;
  struct target *t = NULL;

  if(task->kind == TASK_TARGET) {
    t = &c->targets[task->idx];
    o = &c->origins[t->origin];
  }
  else
    o = &c->origins[task->idx];
  if(o->inflight)
    o->inflight--;
  /* requests that never went out (the check was stopped) leave no row */
  if(r->n_hops || r->last->outcome != FETCH_INTERRUPTED)
    record_result(c, o->site, task->kind == TASK_ROBOTS ? "robots"
                  : task->kind == TASK_HOME ? "home" : target_kind(t), r);
  switch(task->kind) {
  case TASK_ROBOTS:
    on_robots(c, o, r);
    break;
  case TASK_HOME:
    on_home(c, o, r);
    break;
  case TASK_TARGET:
    on_target(c, t, o, r);
    break;
  }
  if(!c->fatal)
    pump(c);
}

/* Make the targets of role (or, for copies, those of pairs whose
 * original is gone) wait, and queue their origins. */
static void phase_start(struct withdraw_check *c, unsigned role)
{
  size_t i;
  if(role == ROLE_ORIGINAL) {
    for(i = 0; i < c->n_targets; i++)
      if((c->targets[i].roles & ROLE_ORIGINAL) &&
         c->targets[i].state == T_IDLE)
        c->targets[i].state = T_WAIT;
  }
  else {
    for(i = 0; i < c->n_pairs; i++) {
      const struct pair *p = &c->pairs[i];
      struct target *o, *k;
      if(p->dup || p->orig_t == NO_TARGET || p->copy_t == NO_TARGET)
        continue;
      o = &c->targets[p->orig_t];
      k = &c->targets[p->copy_t];
      if(o->state == T_DONE && !o->interrupted &&
         withdraw_verdict_gone(o->verdict) && k->state == T_IDLE)
        k->state = T_WAIT;
    }
  }
  c->q_head = c->q_len = 0;
  for(i = 0; i < c->n_origins; i++) {
    struct origin *o = &c->origins[i];
    size_t k;
    o->next = o->first;
    for(k = o->first; k < o->first + o->n; k++)
      if(c->targets[k].state == T_WAIT) {
        c->queue[c->q_len++] = i;
        break;
      }
  }
}

static int run_phase(struct withdraw_check *c, volatile sig_atomic_t *stop,
                     void (*progress)(void *user,
                                      const struct withdraw_stats *s),
                     void *user, uint32_t progress_ms, struct timespec *last)
{
  struct timespec now;
  int rc;
  for(;;) {
    if(stop && *stop && !c->stopping) {
      c->stopping = true;
      fetch_stop(c->f);
    }
    pump(c);
    if(c->fatal)
      break;
    if(!fetch_pending(c->f)) {
      if(!c->n_active && (c->q_head == c->q_len || c->stopping))
        break;
      /* nothing runs, yet origins are open: they wait on nothing, so
       * they can never finish (a safety net; pump hands out what it
       * can) */
      c->n_active = 0;
      if(c->q_head == c->q_len || c->stopping)
        break;
      continue;
    }
    rc = fetch_run(c->f, 250);
    if(rc != PP_OK && rc != PP_EAGAIN) {
      set_fatal(c, rc == PP_ENOMEM ? PP_ENOMEM : PP_EIO,
                fetch_errmsg(c->f), NULL);
      break;
    }
    if(txn_due(c))
      txn_commit(c);
    clock_gettime(CLOCK_MONOTONIC, &now);
    if(progress && ((now.tv_sec - last->tv_sec) * 1000 +
                    (now.tv_nsec - last->tv_nsec) / 1000000 >=
                    (long)progress_ms)) {
      progress(user, &c->stats);
      *last = now;
    }
  }
  return c->fatal;
}

/* ---- the pair rows ------------------------------------------------------ */

static void pair_row(struct withdraw_check *c, const struct pair *p)
{
  const struct target *o = p->orig_t != NO_TARGET ? &c->targets[p->orig_t]
                                                  : NULL;
  const struct target *k = p->copy_t != NO_TARGET ? &c->targets[p->copy_t]
                                                  : NULL;
  struct store_withdrawal w;
  enum withdraw_verdict ov, kv;

  if(o && (o->state != T_DONE || o->interrupted)) {
    c->stats.unfinished++;
    return;
  }
  ov = o ? o->verdict : WITHDRAW_NOT_CHECKED;
  memset(&w, 0, sizeof(w));
  w.run_id = c->cfg.run_id;
  w.site = p->site;
  w.copy_url = p->copy_url;
  w.source_url = p->source_url;
  w.source = p->source;
  w.verdict = withdraw_verdict_name(ov);
  w.attrib_warc_file = p->warc_file;
  w.attrib_warc_offset = p->warc_offset;
  w.attrib_record_id = p->record_id;
  if(o) {
    w.checked_at = o->checked_at;
    w.reason = o->reason;
    w.original_status = o->status;
    w.original_final_url = o->final_url;
    w.original_warc_file = o->warc_file;
    w.original_warc_offset = o->warc_offset;
    w.original_record_id = o->record_id;
  }
  else {
    w.checked_at = now_usec();
    w.reason = "not an http or https URL";
  }
  kv = WITHDRAW_NOT_CHECKED;
  if(!withdraw_verdict_gone(ov) && !(k && k->state == T_DONE &&
                                     !k->interrupted))
    w.copy_reason = "not fetched: the original is not gone";
  else if(!k)
    w.copy_reason = "not an http or https URL";
  else if(k->state != T_DONE || k->interrupted) {
    c->stats.unfinished++;
    return;
  }
  else {
    kv = k->verdict;
    w.copy_reason = k->reason;
    w.copy_status = k->status;
    w.copy_warc_file = k->warc_file;
    w.copy_warc_offset = k->warc_offset;
    w.copy_record_id = k->record_id;
  }
  w.copy_verdict = withdraw_verdict_name(kv);
  c->stats.originals[ov]++;
  if(kv == WITHDRAW_PRESENT)
    c->stats.copies_served++;
  if(withdraw_verdict_gone(ov) && kv == WITHDRAW_PRESENT)
    c->stats.findings++;
  c->stats.recorded++;
  if(!txn_ensure(c))
    return;
  if(store_withdrawal_put(c->st, &w, NULL)) {
    c->stats.store_errors++;
    set_fatal(c, PP_EIO, "store", store_errmsg(c->st));
    return;
  }
  c->txn_rows++;
}

int withdraw_run(struct withdraw_check *c, volatile sig_atomic_t *stop,
                 void (*progress)(void *user,
                                  const struct withdraw_stats *s),
                 void *user, uint32_t progress_ms)
{
  struct timespec last;
  size_t i;
  int rc;

  if(!c || !c->f || c->prepared)
    return PP_EINVAL;
  rc = prepare(c);
  if(rc) {
    set_fatal(c, rc, pp_strerror(rc), NULL);
    return rc;
  }
  clock_gettime(CLOCK_MONOTONIC, &last);
  phase_start(c, ROLE_ORIGINAL);
  run_phase(c, stop, progress, user, progress_ms, &last);
  if(!c->fatal && !c->stopping) {
    phase_start(c, ROLE_COPY);
    run_phase(c, stop, progress, user, progress_ms, &last);
  }
  for(i = 0; i < c->n_pairs && !c->fatal; i++)
    if(!c->pairs[i].dup)
      pair_row(c, &c->pairs[i]);
  txn_commit(c);
  if(progress)
    progress(user, &c->stats);
  return c->fatal;
}
