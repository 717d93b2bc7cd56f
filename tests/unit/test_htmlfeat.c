/*
 * test_htmlfeat.c: every region of the HTML feature extractor on crafted
 * pages (title, meta, Open Graph, JSON-LD, microdata, menus, masthead,
 * footer, bylines, article body, attributions, links, comment widgets,
 * visible text), RFC 3986 resolution (the examples of 5.4) and <base>,
 * broken and hostile input (unclosed and misnested tags, garbage, huge
 * attributes, 10,000 nested divs, a page that is only text, malformed,
 * huge and deep JSON-LD, ill-formed UTF-8), every cap counted, reuse,
 * allocation failures, and the realistic pages of tests/data/html/.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <unistr.h>

#include "footer.h"
#include "htmlfeat.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "tap.h"
#include "testutil.h"
#include "textnorm.h"

#define URL "https://tin.example/thoi-su/bai-viet-123.html"

static struct htmlfeat *F;

static int parse_url(const char *html, const char *url)
{
  return htmlfeat_parse(F, html, strlen(html), url);
}

static int parse(const char *html)
{
  return parse_url(html, URL);
}

static const char *T(enum htmlfeat_text_id id)
{
  return F->text[id].s;
}

static bool has(enum htmlfeat_text_id id, const char *needle)
{
  return strstr(T(id), needle) != NULL;
}

static const char *S(struct htmlfeat_str s)
{
  return htmlfeat_s(F, s);
}

/* The text of an item of a joined text region (a static copy). */
static const char *piece(enum htmlfeat_text_id id, uint32_t off,
                         uint32_t len)
{
  static char buf[4096];
  snprintf(buf, sizeof(buf), "%.*s", (int)len, T(id) + off);
  return buf;
}

static const struct htmlfeat_byline *byline(enum htmlfeat_byline_kind k,
                                            const char *text)
{
  size_t i;
  for(i = 0; i < F->n_bylines; i++)
    if(F->bylines[i].kind == k &&
       (!text || !strcmp(piece(HTMLFEAT_BYLINE, F->bylines[i].off,
                               F->bylines[i].len), text)))
      return &F->bylines[i];
  return NULL;
}

static const struct htmlfeat_link *link_to(const char *href)
{
  size_t i;
  for(i = 0; i < F->n_links; i++)
    if(!strcmp(S(F->links[i].href), href))
      return &F->links[i];
  return NULL;
}

static const char *prop(enum htmlfeat_src src, const char *name)
{
  const struct htmlfeat_prop *p = htmlfeat_prop(F, src, name, NULL);
  return p ? S(p->value) : NULL;
}

static size_t n_props(enum htmlfeat_src src, const char *name)
{
  size_t from = 0, n = 0;
  while(htmlfeat_prop(F, src, name, &from))
    n++;
  return n;
}

static bool valid(const char *s, size_t n)
{
  return s && s[n] == '\0' && !u8_check((const uint8_t *)s, n) &&
         !memchr(s, '\0', n);
}

static bool str_ok(struct htmlfeat_str s)
{
  return (size_t)s.off + s.len < F->pool_len && valid(S(s), s.len);
}

static bool in_text(enum htmlfeat_text_id id, uint32_t off, uint32_t len)
{
  return (size_t)off + len <= F->text[id].len && len > 0;
}

/* Everything the extractor gives is well-formed and within its caps. */
#define FAIL_IF(c) \
  do { \
    if(c) { \
      diag("invariant broken at line %d", __LINE__); \
      return false; \
    } \
  } while(0)

static bool invariants(void)
{
  size_t i;
  for(i = 0; i < HTMLFEAT_TEXTS; i++)
    FAIL_IF(!valid(F->text[i].s, F->text[i].len));
  FAIL_IF(F->text[HTMLFEAT_BODY].len > HTMLFEAT_TEXT_MAX ||
          F->pool_len > HTMLFEAT_POOL_MAX ||
          F->n_links > HTMLFEAT_LINKS_MAX ||
          F->n_props > HTMLFEAT_PROPS_MAX ||
          F->n_menus > HTMLFEAT_MENUS_MAX ||
          F->n_bylines > HTMLFEAT_BYLINES_MAX ||
          F->n_attribs > HTMLFEAT_ATTRIBS_MAX ||
          F->n_comments > HTMLFEAT_COMMENTS_MAX);
  for(i = HTMLFEAT_HEADER; i < HTMLFEAT_TEXTS; i++)
    FAIL_IF(F->text[i].len > HTMLFEAT_REGION_MAX);
  FAIL_IF(!str_ok(F->url) || !str_ok(F->base) || !str_ok(F->lang) ||
          !str_ok(F->canonical) || !str_ok(F->amphtml));
  for(i = 0; i < F->n_links; i++)
    FAIL_IF(!str_ok(F->links[i].href) || !str_ok(F->links[i].text) ||
            !str_ok(F->links[i].rel) ||
            F->links[i].href.len >= HTMLFEAT_URL_MAX ||
            F->links[i].text.len > HTMLFEAT_LINK_TEXT_MAX);
  for(i = 0; i < F->n_props; i++)
    FAIL_IF(!str_ok(F->props[i].name) || !str_ok(F->props[i].value) ||
            !str_ok(F->props[i].type) || !F->props[i].value.len ||
            F->props[i].value.len > HTMLFEAT_VALUE_MAX);
  for(i = 0; i < F->n_menus; i++)
    FAIL_IF(!str_ok(F->menus[i].name) || !F->menus[i].n ||
            F->menus[i].first + F->menus[i].n > F->n_menu_items);
  for(i = 0; i < F->n_menu_items; i++)
    FAIL_IF(!in_text(HTMLFEAT_NAV, F->menu_items[i].off,
                     F->menu_items[i].len) ||
            !str_ok(F->menu_items[i].href) ||
            F->menu_items[i].menu >= F->n_menus);
  for(i = 0; i < F->n_bylines; i++)
    FAIL_IF(!in_text(HTMLFEAT_BYLINE, F->bylines[i].off,
                     F->bylines[i].len) ||
            !str_ok(F->bylines[i].detail));
  for(i = 0; i < F->n_attribs; i++)
    FAIL_IF(!in_text(HTMLFEAT_ATTRIB, F->attribs[i].off,
                     F->attribs[i].len) ||
            !str_ok(F->attribs[i].href));
  for(i = 0; i < F->n_comments; i++)
    FAIL_IF(!str_ok(F->comments[i].what) ||
            !(F->comment_kinds & F->comments[i].kind));
  return true;
}

static char *slurp(const char *name, size_t *len)
{
  char path[1024];
  FILE *fp;
  char *buf = NULL;
  long sz;
  snprintf(path, sizeof(path), "%s/tests/data/html/%s",
           test_srcdir(__FILE__), name);
  fp = fopen(path, "rb");
  if(!fp)
    return NULL;
  if(!fseek(fp, 0, SEEK_END) && (sz = ftell(fp)) >= 0 &&
     !fseek(fp, 0, SEEK_SET) && (buf = malloc((size_t)sz + 1)) &&
     fread(buf, 1, (size_t)sz, fp) == (size_t)sz) {
    buf[sz] = '\0';
    *len = (size_t)sz;
  }
  else {
    free(buf);
    buf = NULL;
  }
  fclose(fp);
  return buf;
}

/* A buffer of n copies of s, then tail. */
static char *repeat(const char *head, const char *s, size_t n,
                    const char *tail)
{
  size_t hl = strlen(head), sl = strlen(s), tl = strlen(tail), i;
  char *b = malloc(hl + sl * n + tl + 1), *p = b;
  if(!b)
    abort();
  memcpy(p, head, hl);
  p += hl;
  for(i = 0; i < n; i++, p += sl)
    memcpy(p, s, sl);
  memcpy(p, tail, tl + 1);
  return b;
}

/* ---- RFC 3986 --------------------------------------------------------- */

struct rcase {
  const char *ref, *want;
};

static void test_resolve(void)
{
  /* RFC 3986 5.4.1 and 5.4.2, base "http://a/b/c/d;p?q" */
  static const struct rcase rfc[] = {
    { "g:h", "g:h" }, { "g", "http://a/b/c/g" }, { "./g", "http://a/b/c/g" },
    { "g/", "http://a/b/c/g/" }, { "/g", "http://a/g" },
    { "//g", "http://g" }, { "?y", "http://a/b/c/d;p?y" },
    { "g?y", "http://a/b/c/g?y" }, { "#s", "http://a/b/c/d;p?q#s" },
    { "g#s", "http://a/b/c/g#s" }, { "g?y#s", "http://a/b/c/g?y#s" },
    { ";x", "http://a/b/c/;x" }, { "g;x", "http://a/b/c/g;x" },
    { "g;x?y#s", "http://a/b/c/g;x?y#s" }, { "", "http://a/b/c/d;p?q" },
    { ".", "http://a/b/c/" }, { "./", "http://a/b/c/" },
    { "..", "http://a/b/" }, { "../", "http://a/b/" },
    { "../g", "http://a/b/g" }, { "../..", "http://a/" },
    { "../../", "http://a/" }, { "../../g", "http://a/g" },
    { "../../../g", "http://a/g" }, { "../../../../g", "http://a/g" },
    { "/./g", "http://a/g" }, { "/../g", "http://a/g" },
    { "g.", "http://a/b/c/g." }, { ".g", "http://a/b/c/.g" },
    { "g..", "http://a/b/c/g.." }, { "..g", "http://a/b/c/..g" },
    { "./../g", "http://a/b/g" }, { "./g/.", "http://a/b/c/g/" },
    { "g/./h", "http://a/b/c/g/h" }, { "g/../h", "http://a/b/c/h" },
    { "g;x=1/./y", "http://a/b/c/g;x=1/y" },
    { "g;x=1/../y", "http://a/b/c/y" },
    { "g?y/./x", "http://a/b/c/g?y/./x" },
    { "g?y/../x", "http://a/b/c/g?y/../x" },
    { "g#s/./x", "http://a/b/c/g#s/./x" },
    { "g#s/../x", "http://a/b/c/g#s/../x" }, { "http:g", "http:g" },
  };
  /* what pages write */
  static const struct rcase html[] = {
    { "  /tin tuc/bài viết.html \n", "https://Tin" },
    { "\t/a\n/b\r/c", "https://tin.example/a/b/c" },
    { "\\\\cdn.example\\img\\a.png?x=\\1",
      "https://cdn.example/img/a.png?x=\\1" },
    { "HTTPS://WWW.Example.VN/Path/X", "https://www.example.vn/Path/X" },
    { "//User:Pw@Host.EXAMPLE:8080/x", "https://User:Pw@host.example:8080/x" },
    { "mailto:toasoan@tin.example", "mailto:toasoan@tin.example" },
    { "javascript:void(0)", "javascript:void(0)" },
    { "#top", "https://tin.example/thoi-su/bai-viet-123.html?id=1#top" },
    { "?page=2", "https://tin.example/thoi-su/bai-viet-123.html?page=2" },
    { "a\"b<c>d`e", "https://tin.example/thoi-su/a%22b%3Cc%3Ed%60e" },
    { "1abc:x", "https://tin.example/thoi-su/1abc:x" },
  };
  char out[256], big[5000];
  size_t i, n;
  int rc;
  for(i = 0; i < PP_ARRAY_LEN(rfc); i++) {
    rc = htmlfeat_resolve("http://a/b/c/d;p?q", rfc[i].ref,
                          strlen(rfc[i].ref), out, sizeof(out), &n);
    ok(rc == PP_OK && !strcmp(out, rfc[i].want) && n == strlen(out),
       "RFC 3986 5.4: \"%s\" -> %s (got %s)", rfc[i].ref, rfc[i].want, out);
  }
  for(i = 0; i < PP_ARRAY_LEN(html); i++) {
    const char *base = "https://tin.example/thoi-su/bai-viet-123.html?id=1";
    if(!strncmp(html[i].want, "https://Tin", 11))
      base = "https://tin.example/";
    rc = htmlfeat_resolve(base, html[i].ref, strlen(html[i].ref), out,
                          sizeof(out), &n);
    if(!strncmp(html[i].want, "https://Tin", 11))
      ok(rc == PP_OK &&
         !strcmp(out, "https://tin.example/tin%20tuc/bài%20viết.html"),
         "trimmed, spaces %%-encoded, Vietnamese kept (got %s)", out);
    else
      ok(rc == PP_OK && !strcmp(out, html[i].want), "html %zu -> %s "
         "(got %s)", i, html[i].want, out);
  }
  rc = htmlfeat_resolve("/relative/base", "x", 1, out, sizeof(out), &n);
  is_int(rc, PP_EINVAL, "relative base, relative ref: EINVAL");
  rc = htmlfeat_resolve("/relative/base", "https://a.example/x", 19, out,
                        sizeof(out), &n);
  ok(rc == PP_OK && !strcmp(out, "https://a.example/x"),
     "relative base, absolute ref: fine");
  rc = htmlfeat_resolve("http://a/", "bcdefghij", 9, out, 10, &n);
  ok(rc == PP_ELIMIT && !out[0] && !n, "result over cap: ELIMIT, empty");
  memset(big, 'a', sizeof(big));
  rc = htmlfeat_resolve("http://a/", big, sizeof(big), out, sizeof(out), &n);
  is_int(rc, PP_ELIMIT, "reference over the input cap: ELIMIT");
  is_int(htmlfeat_resolve(NULL, "x", 1, out, 8, NULL), PP_EINVAL, "NULL");
  is_int(htmlfeat_resolve("http://a/", "x", 1, out, 0, NULL), PP_EINVAL,
         "cap 0");
  rc = htmlfeat_resolve("http://a/b/c", "../../../../../../..", 20, out,
                        sizeof(out), NULL);
  ok(rc == PP_OK && !strcmp(out, "http://a/"), "dot segments above the root");
}

/* ---- regions ---------------------------------------------------------- */

static void test_head(void)
{
  const char *p =
    "<!DOCTYPE html><html lang=\"vi-VN\"><head><meta charset=utf-8>"
    "<title>\n  Báo   Tin Mới &amp; Đời sống\t</title>"
    "<base href=\"/goc/\">"
    "<meta name=\"Description\" content=\"  Tin  tức\n nóng  \">"
    "<meta name=keywords content=\"thời sự, pháp luật\">"
    "<meta name=news_keywords content=\"tin nóng\">"
    "<meta name=author content=\"Minh Anh\">"
    "<meta name=robots content=\"index,follow\">"
    "<meta name=generator content=\"WordPress 6.4\">"
    "<meta name=Googlebot-News content=index>"
    "<meta property=\"og:type\" content=article>"
    "<meta property=OG:Site_Name content=\"Tin Mới\">"
    "<meta property=\"article:section\" content=\"Pháp luật\">"
    "<meta property=\"article:published_time\" content=\"2024-05-13T07:30\">"
    "<meta property=\"article:tag\" content=\"a\">"
    "<meta property=\"article:tag\" content=\"b\">"
    "<meta property=\"og:title\" content=\"\">"
    "<link rel=canonical "
    "href=\"https://tin.example/thoi-su/bai-viet-123.html\">"
    "<link rel=amphtml href=\"amp/bai.html\">"
    "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss/a.rss\">"
    "<link rel=stylesheet href=\"/x.css\">"
    "<link rel=\"Shortcut Icon\" href=\"/f.ico\">"
    "<script>document.write('<p>not text</p>')</script>"
    "<style>p{color:red}</style>"
    "</head><body><a href=\"rel/x.html\">x</a></body></html>";
  const struct htmlfeat_prop *pr;
  is_int(parse(p), PP_OK, "head page parses");
  is_str(T(HTMLFEAT_TITLE), "Báo Tin Mới & Đời sống", "title collapsed");
  is_str(S(F->lang), "vi-VN", "html lang");
  is_str(S(F->url), URL, "page URL kept");
  is_str(S(F->base), "https://tin.example/goc/", "base href resolved");
  is_str(htmlfeat_meta(F, "description"), "Tin tức nóng",
         "meta description: name case folded, value collapsed");
  is_str(htmlfeat_meta(F, "keywords"), "thời sự, pháp luật", "keywords");
  is_str(htmlfeat_meta(F, "news_keywords"), "tin nóng", "news_keywords");
  is_str(htmlfeat_meta(F, "author"), "Minh Anh", "meta author");
  is_str(htmlfeat_meta(F, "robots"), "index,follow", "robots");
  is_str(htmlfeat_meta(F, "generator"), "WordPress 6.4", "generator");
  is_str(htmlfeat_meta(F, "googlebot-news"), "index", "Googlebot-News");
  is_str(htmlfeat_meta(F, "og:type"), "article", "og:type");
  is_str(prop(HTMLFEAT_SRC_PROPERTY, "og:site_name"), "Tin Mới",
         "og:site_name (property lower-cased)");
  is_str(htmlfeat_meta(F, "article:section"), "Pháp luật",
         "article:section");
  is_str(htmlfeat_meta(F, "article:published_time"), "2024-05-13T07:30",
         "article:published_time");
  is_int(n_props(HTMLFEAT_SRC_PROPERTY, "article:tag"), 2, "two tags");
  ok(!prop(HTMLFEAT_SRC_PROPERTY, "og:title"), "empty content: no prop");
  is_str(htmlfeat_meta(F, "nothing"), "", "absent meta: \"\"");
  is_str(S(F->canonical), "https://tin.example/thoi-su/bai-viet-123.html",
         "canonical");
  is_str(S(F->amphtml), "https://tin.example/goc/amp/bai.html",
         "amphtml resolved against <base>");
  pr = htmlfeat_prop(F, HTMLFEAT_SRC_LINK, "alternate", NULL);
  ok(pr && !strcmp(S(pr->value), "https://tin.example/rss/a.rss") &&
     !strcmp(S(pr->type), "application/rss+xml"), "RSS alternate, type");
  ok(!prop(HTMLFEAT_SRC_LINK, "stylesheet") &&
     !prop(HTMLFEAT_SRC_LINK, "shortcut icon"),
     "stylesheets and icons are not kept");
  ok(link_to("https://tin.example/goc/rel/x.html") != NULL,
     "body link resolved against <base>");
  ok(!has(HTMLFEAT_BODY, "not text") && !has(HTMLFEAT_BODY, "color"),
     "script and style are not text");
  ok(invariants(), "invariants");
}

static void test_jsonld(void)
{
  const char *p =
    "<html><head>"
    "<script type=\"application/ld+json\">"
    "{\"@context\":\"https://schema.org\","
    "\"@type\":[\"NewsArticle\",\"ReportageNewsArticle\"],"
    "\"headline\":\"Kỳ 1: Dấu hiệu sai phạm\",\"articleSection\":"
    "[\"Pháp luật\",\"Điều tra\"],"
    "\"datePublished\":\"2024-05-13T07:30:00+07:00\","
    "\"dateModified\":\"2024-05-13T09:00:00+07:00\","
    "\"author\":[{\"@type\":\"Person\",\"name\":\"Minh Anh\",\"jobTitle\":"
    "\"Phóng viên\"},{\"@type\":\"Person\",\"name\":\"Lê Hoa\",\"jobTitle\":"
    "{\"@type\":\"DefinedTerm\",\"name\":\"Biên tập viên\"}},\"Nhóm PV\"],"
    "\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Báo X\","
    "\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://x/l.png\"}},"
    "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://x/\"}}"
    "</script>"
    "<script type=\"Application/LD+JSON; charset=utf-8\">\n<!--\n"
    "{\"@context\":\"https://schema.org\",\"@graph\":["
    "{\"@type\":\"WebSite\",\"name\":\"Site\"},"
    "{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
    "{\"@type\":\"ListItem\",\"position\":1},{\"@type\":\"ListItem\","
    "\"position\":2}]},"
    "{\"@type\":\"Article\",\"author\":\"Trần Văn B\",\"headline\":"
    "\"a\\u0000b\\ud800c\"}]}\n-->\n</script>"
    "<script type=application/ld+json>[{\"@type\":\"Organization\","
    "\"name\":\"Org\"},{\"@type\":\"Person\",\"name\":\"P\"}]</script>"
    "<script type=application/ld+json>{\"@type\": NewsArticle}</script>"
    "<script type=application/ld+json>   </script>"
    "<script type=application/ld+json>{\"@type\":\"A\"} {\"@type\":\"B\"}"
    "</script>"
    "</head><body></body></html>";
  size_t from = 0, n = 0;
  const struct htmlfeat_prop *pr;
  const struct htmlfeat_byline *b;
  is_int(parse(p), PP_OK, "JSON-LD page parses");
  is_int(F->stats.jsonld_scripts, 6, "six ld+json scripts seen");
  is_int(F->stats.jsonld_parsed, 4, "four parsed");
  is_int(F->stats.jsonld_errors, 1, "one malformed");
  while((pr = htmlfeat_prop(F, HTMLFEAT_SRC_JSONLD, "@type", &from)))
    n++;
  is_int(n, 9, "@type of every item, arrays of types included");
  pr = htmlfeat_prop(F, HTMLFEAT_SRC_JSONLD, "@type", NULL);
  ok(pr && !strcmp(S(pr->value), "NewsArticle") && pr->item == 0,
     "first @type NewsArticle, item 0");
  is_str(prop(HTMLFEAT_SRC_JSONLD, "headline"), "Kỳ 1: Dấu hiệu sai phạm",
         "headline");
  is_int(n_props(HTMLFEAT_SRC_JSONLD, "articleSection"), 2,
         "articleSection array: two values");
  is_str(prop(HTMLFEAT_SRC_JSONLD, "datePublished"),
         "2024-05-13T07:30:00+07:00", "datePublished");
  is_str(prop(HTMLFEAT_SRC_JSONLD, "dateModified"),
         "2024-05-13T09:00:00+07:00", "dateModified");
  is_int(n_props(HTMLFEAT_SRC_JSONLD, "author.name"), 2, "two author names");
  is_int(n_props(HTMLFEAT_SRC_JSONLD, "author.@type"), 1,
         "author.@type Person once per item (duplicates dropped)");
  is_str(prop(HTMLFEAT_SRC_JSONLD, "author.jobTitle"), "Phóng viên",
         "author.jobTitle");
  from = 0;
  htmlfeat_prop(F, HTMLFEAT_SRC_JSONLD, "author.jobTitle", &from);
  pr = htmlfeat_prop(F, HTMLFEAT_SRC_JSONLD, "author.jobTitle", &from);
  ok(pr && !strcmp(S(pr->value), "Biên tập viên"),
     "jobTitle given as a DefinedTerm: its name");
  is_str(prop(HTMLFEAT_SRC_JSONLD, "publisher.@type"),
         "NewsMediaOrganization", "publisher.@type");
  is_str(prop(HTMLFEAT_SRC_JSONLD, "publisher.name"), "Báo X",
         "publisher.name");
  is_str(prop(HTMLFEAT_SRC_JSONLD, "mainEntityOfPage.@type"), "WebPage",
         "nested @type with its key");
  is_str(prop(HTMLFEAT_SRC_JSONLD, "logo.@type"), "ImageObject",
         "deeper nested @type");
  is_int(n_props(HTMLFEAT_SRC_JSONLD, "itemListElement.@type"), 1,
         "repeated ListItem types kept once");
  b = byline(HTMLFEAT_BY_JSONLD, "Minh Anh");
  ok(b && !strcmp(S(b->detail), "Phóng viên"),
     "JSON-LD byline with its jobTitle");
  ok(byline(HTMLFEAT_BY_JSONLD, "Nhóm PV") != NULL,
     "author given as a string: a byline");
  ok(byline(HTMLFEAT_BY_JSONLD, "Trần Văn B") != NULL,
     "author in @graph (comment-wrapped script, type with parameters)");
  pr = htmlfeat_prop(F, HTMLFEAT_SRC_JSONLD, "headline", &n);
  from = 0;
  n = 0;
  while((pr = htmlfeat_prop(F, HTMLFEAT_SRC_JSONLD, "headline", &from)))
    if(!strcmp(S(pr->value), "a b\xEF\xBF\xBD" "c"))
      n++;
  is_int(n, 1, "\\u0000 and a lone surrogate escape: valid UTF-8");
  ok(prop(HTMLFEAT_SRC_JSONLD, "name") != NULL, "root array of items");
  from = 0;
  n = 0;
  while((pr = htmlfeat_prop(F, HTMLFEAT_SRC_JSONLD, "@type", &from)))
    n += !strcmp(S(pr->value), "B");
  is_int(n, 1, "two JSON texts in one script");
  ok(invariants(), "invariants");
}

static void test_jsonld_limits(void)
{
  char *p;
  size_t i;
  /* nesting deeper than the tokener allows */
  p = repeat("<script type=application/ld+json>", "[", 200,
             "]</script>");
  is_int(parse(p), PP_OK, "deep JSON-LD");
  ok(F->stats.jsonld_errors == 1 && F->n_props == 0,
     "deeper than HTMLFEAT_JSONLD_DEPTH_MAX: an error");
  free(p);
  /* deep but allowed: types below the depth cap */
  p = repeat("<script type=application/ld+json>{\"@type\":\"NewsArticle\","
             "\"x\":", "{\"a\":", 25, "{\"@type\":\"Deep\"}");
  {
    size_t n = strlen(p);
    char *q = malloc(n + 64);
    memcpy(q, p, n);
    for(i = 0; i < 25; i++)
      q[n++] = '}';
    memcpy(q + n, "}</script>", 11);
    is_int(parse(q), PP_OK, "JSON-LD 27 levels");
    ok(F->stats.jsonld_parsed == 1 &&
       prop(HTMLFEAT_SRC_JSONLD, "a.@type") &&
       !strcmp(prop(HTMLFEAT_SRC_JSONLD, "a.@type"), "Deep"),
       "a @type 27 levels down");
    free(q);
  }
  free(p);
  /* over HTMLFEAT_JSONLD_IN_MAX */
  p = repeat("<script type=application/ld+json>{\"@type\":\"NewsArticle\","
             "\"x\":\"", "0123456789", HTMLFEAT_JSONLD_IN_MAX / 10 + 1,
             "\"}</script>");
  is_int(parse(p), PP_OK, "huge JSON-LD");
  ok(F->stats.jsonld_skipped == 1 && F->n_props == 0,
     "over HTMLFEAT_JSONLD_IN_MAX: skipped, counted");
  free(p);
  /* more scripts than HTMLFEAT_JSONLD_MAX */
  p = repeat("", "<script type=application/ld+json>{\"@type\":\"T\"}"
             "</script>", HTMLFEAT_JSONLD_MAX + 3, "");
  is_int(parse(p), PP_OK, "many scripts");
  ok(F->stats.jsonld_parsed == HTMLFEAT_JSONLD_MAX &&
     F->stats.jsonld_skipped == 3, "scripts over the cap counted");
  free(p);
  /* a huge array: the value budget */
  p = repeat("<script type=application/ld+json>{\"@type\":\"A\",\"x\":[",
             "{\"@type\":\"I\",\"y\":[[[{}]]]},", 15000,
             "{}]}</script>");
  is_int(parse(p), PP_OK, "huge array");
  ok(F->stats.jsonld_parsed == 1 && F->n_props <= HTMLFEAT_PROPS_MAX,
     "bounded (%u props)", (unsigned)F->n_props);
  free(p);
  p = repeat("<script type=application/ld+json>{\"@graph\":[",
             "{\"@type\":\"I\"},", HTMLFEAT_JSONLD_ITEMS_MAX + 10,
             "{}]}</script>");
  is_int(parse(p), PP_OK, "many items");
  ok(F->stats.jsonld_cut > 0 &&
     n_props(HTMLFEAT_SRC_JSONLD, "@type") == HTMLFEAT_JSONLD_ITEMS_MAX,
     "items over HTMLFEAT_JSONLD_ITEMS_MAX counted");
  free(p);
  ok(invariants(), "invariants");
}

static void test_microdata(void)
{
  const char *p =
    "<body><div itemscope itemtype=\"http://schema.org/NewsArticle\">"
    "<meta itemprop=datePublished content=\"2024-05-13\">"
    "<h1 itemprop=headline>Tiêu  đề</h1>"
    "<time itemprop=dateModified datetime=\"2024-05-14T10:00\">14/5</time>"
    "<span itemprop=author itemscope itemtype=\"https://schema.org/Person\">"
    "<span itemprop=name>Ngọc Lan</span></span>"
    "<link itemprop=url href=\"/bai.html\">"
    "<div itemprop=articleBody><p>Nội dung ngắn.</p></div></div></body>";
  is_int(parse(p), PP_OK, "microdata page");
  is_int(n_props(HTMLFEAT_SRC_ITEMTYPE, "itemtype"), 2, "two itemtypes");
  is_str(htmlfeat_schema_type(prop(HTMLFEAT_SRC_ITEMTYPE, "itemtype")),
         "NewsArticle", "itemtype NewsArticle");
  is_str(prop(HTMLFEAT_SRC_ITEMPROP, "datepublished"), "2024-05-13",
         "itemprop from meta content");
  is_str(prop(HTMLFEAT_SRC_ITEMPROP, "datePublished"), "2024-05-13",
         "names compared without case");
  is_str(prop(HTMLFEAT_SRC_ITEMPROP, "headline"), "Tiêu đề",
         "itemprop headline: the element's text");
  is_str(prop(HTMLFEAT_SRC_ITEMPROP, "datemodified"), "2024-05-14T10:00",
         "time datetime");
  is_str(prop(HTMLFEAT_SRC_ITEMPROP, "url"), "https://tin.example/bai.html",
         "link href resolved");
  ok(byline(HTMLFEAT_BY_ITEMPROP, "Ngọc Lan") != NULL,
     "itemprop=author: a byline");
  is_str(T(HTMLFEAT_ARTICLE), "Nội dung ngắn.",
         "itemprop=articleBody is the article");
  is_int(F->article_from, HTMLFEAT_FROM_ITEMPROP, "from itemprop");
  is_str(htmlfeat_schema_type("schema:Person"), "Person", "schema: prefix");
  is_str(htmlfeat_schema_type("HTTPS://WWW.SCHEMA.ORG/X"), "X", "www");
  is_str(htmlfeat_schema_type("Thing"), "Thing", "no prefix");
  is_str(htmlfeat_schema_type(NULL), "", "NULL");
  ok(invariants(), "invariants");
}

static void test_menus(void)
{
  const char *p =
    "<body><header><div class=logo><a href=\"/\"><img alt=\"Báo Điện Tử "
    "Tin Mới\" src=l.png></a></div>"
    "<ul><li><a href=\"/gioi-thieu\">Giới thiệu</a></li></ul></header>"
    "<nav id=main><ul>"
    "<li><a href=\"/thoi-su/\">Thời sự</a><ul>"
    "<li><a href=\"/thoi-su/chinh-tri/\">Chính trị</a>"
    "<ul><li><a href=\"/thoi-su/chinh-tri/quoc-hoi/\">Quốc hội</a></li>"
    "</ul></li></ul></li>"
    "<li><a href=\"/phap-luat/\"> Pháp\n luật </a></li>"
    "<li><a href=\"/video/\"><i class=icon></i></a></li>"
    "<li><a href=\"/anh/\" title=\"Ảnh\"></a></li>"
    "</ul></nav>"
    "<div class=\"Box-Chuyen-Muc\"><a href=\"/kinh-te/\">Kinh tế</a>"
    "<a href=\"/the-gioi/\">Thế giới</a></div>"
    "<div role=navigation><a href=\"/ban-doc/\">Bạn đọc</a></div>"
    "<div class=danhmuc><span>Không có liên kết</span></div>"
    "<ol class=breadcrumb><li><a href=\"/\">Trang chủ</a></li>"
    "<li><a href=\"/phap-luat/\">Pháp luật</a></li></ol>"
    "<p>Bài viết</p></body>";
  const struct htmlfeat_menu *m;
  const struct htmlfeat_menu_item *it;
  size_t i;
  is_int(parse(p), PP_OK, "menus page");
  is_int(F->n_menus, 5, "five menus (the empty one dropped)");
  m = &F->menus[0];
  ok(m->kind == HTMLFEAT_MENU_HEADER_LIST && m->n == 1 &&
     (m->where & HTMLFEAT_IN_HEADER), "a list in the masthead");
  m = &F->menus[1];
  ok(m->kind == HTMLFEAT_MENU_NAV && !strcmp(S(m->name), "nav") && m->n == 5,
     "<nav>: five items (%u)", m->n);
  it = &F->menu_items[m->first];
  ok(!strcmp(piece(HTMLFEAT_NAV, it[0].off, it[0].len), "Thời sự") &&
     !strcmp(S(it[0].href), "https://tin.example/thoi-su/") &&
     it[0].level == 0, "item 1: text, absolute href, level 0");
  ok(!strcmp(piece(HTMLFEAT_NAV, it[1].off, it[1].len), "Chính trị") &&
     it[1].level == 1, "submenu: level 1");
  ok(it[2].level == 2, "sub-submenu: level 2");
  ok(!strcmp(piece(HTMLFEAT_NAV, it[3].off, it[3].len), "Pháp luật"),
     "item text collapsed");
  ok(!strcmp(piece(HTMLFEAT_NAV, it[4].off, it[4].len), "Ảnh"),
     "an empty anchor: its title; an icon-only one: no item");
  m = &F->menus[2];
  ok(m->kind == HTMLFEAT_MENU_CLASS && !strcmp(S(m->name), "Box-Chuyen-Muc")
     && m->n == 2, "class chuyen-muc (any case), two items");
  m = &F->menus[3];
  ok(m->kind == HTMLFEAT_MENU_ROLE && m->n == 1, "role=navigation");
  m = &F->menus[4];
  ok(m->kind == HTMLFEAT_MENU_BREADCRUMB && m->n == 2, "breadcrumb");
  for(i = 0; i < F->n_menu_items; i++)
    if(F->menu_items[i].menu >= F->n_menus)
      break;
  ok(i == F->n_menu_items, "items point at their menus");
  ok(has(HTMLFEAT_NAV, "Thời sự\nChính trị\nQuốc hội\nPháp luật\n"),
     "NAV text: one item per line");
  ok(link_to("https://tin.example/thoi-su/") &&
     (link_to("https://tin.example/thoi-su/")->where & HTMLFEAT_IN_NAV),
     "menu links are links too, marked IN_NAV");
  ok(has(HTMLFEAT_HEADER, "Báo Điện Tử Tin Mới"), "logo alt in the masthead");
  is_int(F->header_from, HTMLFEAT_FROM_ELEMENT, "masthead from an element");
  ok(invariants(), "invariants");
}

static void test_header_footer(void)
{
  const char *p;
  p = "<body><div id=top-bar>Thứ Hai</div>"
      "<div class=\"site-header\"><h1>Tạp chí Kinh Tế Online</h1>"
      "<p>Cơ quan ngôn luận của Hội X</p></div>"
      "<article><header><h1>Tiêu đề bài</h1></header><p>Thân bài dài, "
      "đủ dài để làm bài viết chính của trang này nhé.</p>"
      "<footer>Chia sẻ bài</footer></article>"
      "<div class=\"footer-logo\"><img alt=\"Logo chân trang\"></div>"
      "<div class=\"widget\"><p>Quảng cáo</p></div>"
      "<div class=site-info>Giấy phép số 45/GP-PTTH&amp;TTĐT cấp ngày "
      "27/02/2025</div>"
      "<script>var x = 1;</script></body>";
  is_int(parse(p), PP_OK, "header/footer page");
  ok(has(HTMLFEAT_HEADER, "Tạp chí Kinh Tế Online\nCơ quan ngôn luận") &&
     !has(HTMLFEAT_HEADER, "Tiêu đề bài") && !has(HTMLFEAT_HEADER, "Thứ Hai"),
     "masthead: the site-header, not the article's header");
  ok(has(HTMLFEAT_FOOTER, "Logo chân trang") &&
     has(HTMLFEAT_FOOTER, "45/GP-PTTH&TTĐT") &&
     !has(HTMLFEAT_FOOTER, "Chia sẻ bài"),
     "footer: footer-logo (footer before logo), then the text after it; "
     "not the article's footer");
  is_int(F->footer_from, HTMLFEAT_FROM_ELEMENT | HTMLFEAT_FROM_LINES,
         "footer from an element and the lines after it");
  /* no footer element: the last lines of the page */
  p = "<body><div class=wrap><p>Một</p><p>Hai</p></div>"
      "<div><div>Giấy phép thiết lập trang thông tin điện tử tổng hợp số "
      "2215/GP-TTĐT</div><div>Chịu trách nhiệm nội dung: Nguyễn Văn A</div>"
      "</div></body>";
  is_int(parse(p), PP_OK, "plain-div footer");
  ok(has(HTMLFEAT_FOOTER, "2215/GP-TTĐT\nChịu trách nhiệm nội dung") &&
     F->footer_from == HTMLFEAT_FROM_LINES, "fallback footer: last lines");
  ok(has(HTMLFEAT_HEADER, "Một\nHai") &&
     F->header_from == HTMLFEAT_FROM_LINES, "fallback masthead: first lines");
  {
    struct footer_result fr;
    const struct htmlfeat_text *t = &F->text[HTMLFEAT_FOOTER];
    ok(footer_parse(t->s, t->len, NULL, 0, &fr) == PP_OK &&
       fr.n_licences == 1 &&
       !strcmp(fr.licences[0].number, "2215/GP-TTĐT") && fr.n_people == 1,
       "the footer text feeds footer_parse");
  }
  /* header-bottom is a masthead; copyright inside it is not a footer */
  p = "<body><div class=\"header-bottom\"><span class=copyright-x>Báo Y"
      "</span></div><div id=copyright>© 2024</div><p>Tail</p></body>";
  is_int(parse(p), PP_OK, "header-bottom");
  ok(has(HTMLFEAT_HEADER, "Báo Y") && !has(HTMLFEAT_FOOTER, "Báo Y") &&
     has(HTMLFEAT_FOOTER, "© 2024\nTail"), "first name wins");
  ok(invariants(), "invariants");
}

static void test_article(void)
{
  const char *p =
    "<body><div class=sidebar><p>Tin một ngắn.</p><p>Tin hai ngắn.</p>"
    "<p>Một đoạn văn dài trong cột bên nhưng vẫn là cột bên mà thôi nhé "
    "bạn đọc thân mến ơi.</p></div>"
    "<div class=main><div class=\"detail-content\">"
    "<p>Đoạn một của bài viết: phóng viên đã có mặt tại hiện trường để "
    "ghi nhận sự việc.</p>"
    "<p>Đoạn hai của bài viết: theo ghi nhận của phóng viên, sự việc vẫn "
    "tiếp diễn <a href=\"/lien-quan.html\">liên kết</a>.</p>"
    "<p>Đoạn ba: chúng tôi sẽ tiếp tục thông tin.</p>"
    "<p>(Theo <a href=\"https://baogoc.example/bai-1.html\">Báo Gốc</a>)"
    "</p>"
    "<p style=\"TEXT-ALIGN: Right\"><strong>Nhóm PV</strong></p>"
    "</div><div class=tags><a href=\"/tag/x\">x</a></div></div>"
    "<div class=\"comment-list\"><p>Bình luận của bạn đọc thứ nhất khá "
    "dài dòng và lặp lại nhiều lần nhiều lần nhiều lần nhiều lần.</p>"
    "<span class=author>Khách</span></div>"
    "</body>";
  const struct htmlfeat_link *l;
  is_int(parse(p), PP_OK, "article page");
  ok(has(HTMLFEAT_ARTICLE, "Đoạn một") && has(HTMLFEAT_ARTICLE, "Nhóm PV") &&
     !has(HTMLFEAT_ARTICLE, "cột bên") && !has(HTMLFEAT_ARTICLE, "Bình luận"),
     "density: the detail container, not the sidebar or the comments");
  is_int(F->article_from, HTMLFEAT_FROM_DENSITY, "from density");
  ok(has(HTMLFEAT_ARTICLE, "hiện trường để ghi nhận sự việc.\nĐoạn hai"),
     "paragraph breaks");
  l = link_to("https://tin.example/lien-quan.html");
  ok(l && (l->where & HTMLFEAT_IN_ARTICLE), "a link in the article");
  l = link_to("https://tin.example/tag/x");
  ok(l && !(l->where & HTMLFEAT_IN_ARTICLE), "a link outside");
  ok(byline(HTMLFEAT_BY_TAIL_STYLED, "Nhóm PV") &&
     (byline(HTMLFEAT_BY_TAIL_STYLED, "Nhóm PV")->where &
      HTMLFEAT_IN_ARTICLE), "right-aligned bold tail: a byline");
  ok(!byline(HTMLFEAT_BY_CLASS, "Khách"), "comment authors are not bylines");
  is_int(F->n_attribs, 1, "one attribution");
  ok(F->n_attribs == 1 && F->attribs[0].kind == HTMLFEAT_ATTRIB_THEO_PAREN &&
     !strcmp(piece(HTMLFEAT_ATTRIB, F->attribs[0].off, F->attribs[0].len),
             "(Theo Báo Gốc)") &&
     !strcmp(S(F->attribs[0].href), "https://baogoc.example/bai-1.html") &&
     (F->attribs[0].where & HTMLFEAT_IN_ARTICLE),
     "(Theo ...) with its link, in the article");
  ok(invariants(), "invariants");
}

/* Attribution lines as sites write them, and what only looks like one. */
static void test_attrib_phrasings(void)
{
  static const struct {
    const char *line;
    int kind;                  /* -1: not an attribution */
  } cases[] = {
    {"Nguồn: Báo Gốc", HTMLFEAT_ATTRIB_NGUON},
    {"NGUỒN TIN: Thông tấn xã", HTMLFEAT_ATTRIB_NGUON_TIN},
    {"Theo VnExpress", HTMLFEAT_ATTRIB_THEO},
    {"(Theo Báo Gốc)", HTMLFEAT_ATTRIB_THEO_PAREN},
    {"Bài viết được trích dẫn từ Báo Sức Khoẻ, đăng ngày 11/06/2026.",
     HTMLFEAT_ATTRIB_QUOTED},
    {"Bài viết được tổng hợp từ báo Dân Trí", HTMLFEAT_ATTRIB_QUOTED},
    {"Trích dẫn từ Báo Gốc", HTMLFEAT_ATTRIB_QUOTED},
    {"Trích nguồn: Báo Gốc", HTMLFEAT_ATTRIB_QUOTED},
    {"Tổng hợp từ Báo Gốc và Báo Kia", HTMLFEAT_ATTRIB_QUOTED},
    {"Nguồn tham khảo: Báo Gốc", HTMLFEAT_ATTRIB_QUOTED},
    {"Bài gốc: Báo Gốc", HTMLFEAT_ATTRIB_QUOTED},
    {"Xem bài gốc tại Báo Gốc", HTMLFEAT_ATTRIB_QUOTED},
    {"Nguồn ảnh: Báo Gốc", -1},
    {"Theo tính toán của nhóm phóng viên, dự án chậm 3 năm.", -1},
    {"Theo ông Nguyễn Văn A, giá sẽ tăng.", -1},
    {"Theo vnexpress.net", HTMLFEAT_ATTRIB_THEO},
    {"(Theo TTXVN)", HTMLFEAT_ATTRIB_THEO_PAREN},
    {"Theo Ủy ban nhân dân tỉnh", HTMLFEAT_ATTRIB_THEO},
    {"Bài viết hay nhất tuần", -1},
    {"Tổng kết năm 2025", -1},
    {"Thế giới hôm nay", -1},
  };
  char page[1024];
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(cases); i++) {
    snprintf(page, sizeof(page), "<body><article><p>Một đoạn văn của bài "
             "viết.</p><p>%s</p></article></body>", cases[i].line);
    parse(page);
    if(cases[i].kind < 0)
      ok(F->n_attribs == 0, "not an attribution: %s", cases[i].line);
    else
      ok(F->n_attribs == 1 && (int)F->attribs[0].kind == cases[i].kind,
         "%s: %s", htmlfeat_attrib_kind_name(
           (enum htmlfeat_attrib_kind)cases[i].kind), cases[i].line);
  }
}

static void test_bylines(void)
{
  const char *p =
    "<head><meta name=author content=\"Ban Thời sự\"></head><body>"
    "<nav><a class=author href=\"/tac-gia\">Tác giả</a></nav>"
    "<div class=\"article__meta\"><div class=\"author-box\">"
    "<span class=\"author-name\">Minh   Anh</span>"
    "<span class=\"author-bio\">Phóng viên ban Pháp luật</span></div>"
    "<p class=\"byline\"><a rel=\"author noopener\" href=\"/tac-gia/ha\">"
    "Thu Hà</a> - PV</p>"
    "<div class=tacgia>Nhà báo Lê Văn C</div>"
    "<div class=writer>" "Một đoạn rất dài không phải là tên tác giả vì nó "
    "dài quá giới hạn của một dòng ký tên ở cuối bài viết trên các trang "
    "báo điện tử Việt Nam hiện nay nhé bạn đọc thân mến.</div></div>"
    "<div class=content><p>Đoạn văn dài một của bài viết với nhiều chữ để "
    "được chọn làm thân bài.</p><p>Đoạn văn dài hai của bài viết với "
    "nhiều chữ để được chọn làm thân bài.</p>"
    "<p><b>Theo Tuổi Trẻ</b></p></div>"
    "<div class=content2><p>Một bài khác, đoạn văn dài một với nhiều chữ "
    "hơn nữa để là thân bài chính của trang này, dài hơn bài kia.</p>"
    "<p>Đoạn hai cũng dài, dài hơn nữa, để bài này chắc chắn được chọn "
    "làm thân bài chính.</p><p>Minh Anh</p></div></body>";
  const struct htmlfeat_byline *b;
  is_int(parse(p), PP_OK, "bylines page");
  b = byline(HTMLFEAT_BY_META, "Ban Thời sự");
  ok(b && (b->where & HTMLFEAT_IN_HEAD), "meta author");
  ok(!byline(HTMLFEAT_BY_CLASS, "Tác giả"), "not in menus");
  b = byline(HTMLFEAT_BY_CLASS, "Minh Anh");
  ok(b && !strcmp(S(b->detail), "author-name") && b->line == 1,
     "innermost class match, text collapsed, detail is the class");
  ok(byline(HTMLFEAT_BY_CLASS, "Phóng viên ban Pháp luật") != NULL,
     "a sibling author-bio too");
  ok(!byline(HTMLFEAT_BY_CLASS, "Minh Anh Phóng viên ban Pháp luật"),
     "the author-box around them is not a second candidate");
  ok(byline(HTMLFEAT_BY_REL, "Thu Hà") != NULL, "rel=author");
  ok(!byline(HTMLFEAT_BY_CLASS, "Thu Hà - PV"),
     "the byline class around rel=author is not repeated");
  ok(byline(HTMLFEAT_BY_CLASS, "Nhà báo Lê Văn C") != NULL, "tacgia");
  ok(!byline(HTMLFEAT_BY_CLASS, NULL) ||
     !strstr(T(HTMLFEAT_BYLINE), "Một đoạn rất dài"),
     "over HTMLFEAT_BYLINE_LEN_MAX: not a byline");
  ok(has(HTMLFEAT_ARTICLE, "Một bài khác") && !has(HTMLFEAT_ARTICLE,
                                                   "Tuổi Trẻ"),
     "the longer article wins");
  ok(byline(HTMLFEAT_BY_TAIL_SHORT, "Minh Anh") != NULL,
     "a very short last paragraph: tail-short");
  ok(!byline(HTMLFEAT_BY_TAIL_STYLED, "Theo Tuổi Trẻ"),
     "a bold tail of the other container is not the article's");
  /* bold tail in the chosen article, and a source line */
  p = "<body><div class=detail><p>Đoạn văn dài một của bài viết với nhiều "
      "chữ để được chọn làm thân bài nhé.</p><p>Đoạn hai.</p>"
      "<p><strong>Theo</strong> <b>Tuổi Trẻ</b></p><p></p></div></body>";
  is_int(parse(p), PP_OK, "bold tail");
  ok(byline(HTMLFEAT_BY_TAIL_STYLED, "Theo Tuổi Trẻ") != NULL,
     "bold last paragraph: tail-styled (\"Theo Tuổi Trẻ\")");
  ok(F->n_attribs == 1 && F->attribs[0].kind == HTMLFEAT_ATTRIB_THEO,
     "and an attribution");
  ok(!byline(HTMLFEAT_BY_TAIL_SHORT, "Đoạn hai."),
     "a sentence is not a short byline");
  ok(invariants(), "invariants");
}

static void test_attributions(void)
{
  const char *p =
    "<body><nav><a href=\"/nguon\">Nguồn: menu</a></nav>"
    "<div class=detail><p>Đoạn văn dài một của bài viết với nhiều chữ để "
    "được chọn làm thân bài nhé bạn.</p>"
    "<p>Nguồn: <a href=\"https://vnexpress.example/a.html\">VnExpress</a>"
    " - <a href=\"https://b.example/\">B</a></p>"
    "<p>NGUỒN TIN : Thông tấn xã</p>"
    "<p>Nguồn : Internet</p>"
    "<p>Theo ông Nguyễn Văn A, giám đốc công ty, thì " "mọi việc đều đúng "
    "quy định và không có gì sai phạm, không có gì bất thường, không có gì "
    "khuất tất, không có gì cần làm rõ thêm, không có gì phải bàn cãi, "
    "không có gì phải lo lắng, không có gì phải giải trình thêm nữa cả "
    "đâu ạ, chúng tôi xin khẳng định như vậy với bạn đọc.</p>"
    "<p>Thế là xong.</p>"
    "</div><p>theo Báo Gốc</p><p>theo dòng sự kiện</p></body>";
  is_int(parse(p), PP_OK, "attributions page");
  is_int(F->n_attribs, 4, "four attribution lines");
  ok(F->attribs[0].kind == HTMLFEAT_ATTRIB_NGUON &&
     !strcmp(piece(HTMLFEAT_ATTRIB, F->attribs[0].off, F->attribs[0].len),
             "Nguồn: VnExpress - B") &&
     !strcmp(S(F->attribs[0].href), "https://vnexpress.example/a.html"),
     "Nguồn: with its first link, line kept raw");
  ok(F->attribs[1].kind == HTMLFEAT_ATTRIB_NGUON_TIN &&
     !F->attribs[1].href.len,
     "NGUỒN TIN : (upper case, space before the colon)");
  ok(F->attribs[2].kind == HTMLFEAT_ATTRIB_NGUON, "Nguồn : Internet");
  ok(F->attribs[3].kind == HTMLFEAT_ATTRIB_THEO &&
     !(F->attribs[3].where & HTMLFEAT_IN_ARTICLE), "lowercase theo, after "
     "the article; 'theo dòng sự kiện' names no source");
  ok(F->attribs[0].where & HTMLFEAT_IN_ARTICLE, "in the article");
  ok(!strstr(T(HTMLFEAT_ATTRIB), "Theo ông"),
     "a paragraph over HTMLFEAT_ATTRIB_LEN_MAX is not one");
  ok(!strstr(T(HTMLFEAT_ATTRIB), "menu"), "not from menus");
  ok(invariants(), "invariants");
}

static size_t n_kind(unsigned kind)
{
  size_t i, n = 0;
  for(i = 0; i < F->n_comments; i++)
    n += F->comments[i].kind == (enum htmlfeat_comment_kind)kind;
  return n;
}

static void test_comments(void)
{
  const char *p;
  p = "<body><fb:comments href=\"x\" numposts=5></fb:comments>"
      "<div class=\"fb-comments\" data-href=x></div>"
      "<div id=disqus_thread></div>"
      "<script src=\"https://tin-example.disqus.com/embed.js\"></script>"
      "<iframe src=\"https://www.facebook.com/plugins/comments.php?href=x\">"
      "</iframe></body>";
  is_int(parse(p), PP_OK, "widgets");
  ok((F->comment_kinds & HTMLFEAT_COMMENT_FB) &&
     (F->comment_kinds & HTMLFEAT_COMMENT_DISQUS), "facebook and disqus");
  is_int(n_kind(HTMLFEAT_COMMENT_FB), 2, "two facebook items kept (of 3)");
  is_int(n_kind(HTMLFEAT_COMMENT_DISQUS), 2, "disqus: id and script");
  is_str(S(F->comments[0].what), "fb:comments", "what: the tag");
  p = "<body><nav><a href=\"/binh-luan\">Bình luận</a></nav>"
      "<h2>Bình luận xã hội</h2><p>Chuyên gia bình luận về giá vàng</p>"
      "</body>";
  is_int(parse(p), PP_OK, "not comments");
  is_int(F->comment_kinds, 0,
         "a menu section or a headline about commentary is no widget");
  p = "<body><div class=\"box-binh-luan\"><h3>BÌNH LUẬN (3)</h3>"
      "<textarea placeholder=\"Nhập nội dung\"></textarea>"
      "<input type=submit value=\"Gửi bình luận\"></div>"
      "<section><h4>Ý kiến bạn đọc</h4></section>"
      "<form><textarea placeholder=\"Viết bình luận...\"></textarea></form>"
      "<div id=comments></div></body>";
  is_int(parse(p), PP_OK, "comment box");
  ok(F->comment_kinds == (HTMLFEAT_COMMENT_BOX | HTMLFEAT_COMMENT_FORM |
                          HTMLFEAT_COMMENT_TEXT), "box, form, text");
  is_int(n_kind(HTMLFEAT_COMMENT_FORM), 2,
         "a textarea in a box, one asking for comments");
  ok(n_kind(HTMLFEAT_COMMENT_TEXT) == 2 &&
     F->comments[F->n_comments - 1].kind != HTMLFEAT_COMMENT_TEXT,
     "upper-case heading and button value; at most two per kind");
  ok(invariants(), "invariants");
}

static void test_text(void)
{
  const char *p =
    "<html><head><title>T</title><noscript>head noscript</noscript></head>"
    "<body>  Xin&nbsp;&nbsp; chào <b>bạn</b>,<i>đọc</i>\t giả"
    "<div>Khối\n\n một</div><div><div>Khối hai</div></div>Câu<br>mới"
    "<table><tr><td>Ô 1</td><td>Ô 2</td></tr></table>"
    "<script>x()</script><style>.a{}</style><noscript>ns</noscript>"
    "<template><p>tpl</p></template><svg><title>svg title</title>"
    "<text>svg</text></svg><select><option>Chọn</option></select>"
    "<textarea>ta</textarea><iframe>if</iframe>"
    "<p>a<img src=x alt=\"ảnh\">b</p><!-- comment -->"
    "<?pi x?><p>Cuối</p></body></html>";
  is_int(parse(p), PP_OK, "text page");
  is_str(T(HTMLFEAT_BODY),
         "Xin chào bạn,đọc giả\nKhối một\nKhối hai\nCâu\nmới\nÔ 1\nÔ 2\n"
         "ab\nCuối", "BODY: collapsed, blocks on lines, invisible left out");
  p = "Chỉ là văn bản, không có thẻ nào cả.";
  is_int(parse(p), PP_OK, "only text");
  is_str(T(HTMLFEAT_BODY), p, "only text: BODY");
  is_str(T(HTMLFEAT_ARTICLE), p, "the whole text is the article");
  p = "Một đoạn văn bản dài không có thẻ nào cả nhưng đủ dài để làm thân "
      "bài viết của trang.";
  is_int(parse(p), PP_OK, "only longer text");
  is_str(T(HTMLFEAT_ARTICLE), p, "only text: the body is the article");
  is_str(T(HTMLFEAT_HEADER), p, "and the fallback masthead");
  is_str(T(HTMLFEAT_FOOTER), p, "and the fallback footer");
  ok(invariants(), "invariants");
}

/* ---- broken and hostile input ---------------------------------------- */

static void test_broken(void)
{
  static const char garbage[] =
    "\x00\x01<<<>>>&&&;;<a href=<b><</a></b></p></div></html><html><body>"
    "<p<p<p>x<![CDATA[y]]><!--z<!DOCTYPE x><div \"=\"'><a href='unclosed";
  const char *p;
  size_t i;
  char buf[512];
  p = "<html><body><div><p>Một<div>Hai<span>Ba<p>Bốn</div></span>"
      "<a href=\"/x\">Năm<a href=\"/y\">Sáu</b></i><ul><li>Bảy<li>Tám"
      "<footer>Chân <p>trang";
  is_int(parse(p), PP_OK, "unclosed and misnested");
  ok(has(HTMLFEAT_BODY, "Một") && has(HTMLFEAT_BODY, "Tám") &&
     has(HTMLFEAT_FOOTER, "Chân\ntrang") && F->n_links == 2,
     "text, links and footer survive");
  ok(invariants(), "invariants");
  is_int(htmlfeat_parse(F, garbage, sizeof(garbage) - 1, URL), PP_OK,
         "garbage");
  ok(invariants(), "garbage: invariants");
  for(i = 0; i < sizeof(buf); i++)
    buf[i] = (char)(i * 131 + 7);
  is_int(htmlfeat_parse(F, buf, sizeof(buf), URL), PP_OK, "random bytes");
  ok(invariants() && F->stats.invalid_utf8 > 0,
     "random bytes: valid output (%u sequences replaced)",
     F->stats.invalid_utf8);
  is_int(htmlfeat_parse(F, NULL, 0, URL), PP_OK, "empty input");
  ok(!F->text[HTMLFEAT_BODY].len && !F->n_links && !F->stats.parse_failed &&
     !strcmp(S(F->base), URL), "empty: nothing, base is the URL");
  is_int(htmlfeat_parse(F, "   \n ", 5, NULL), PP_OK, "spaces, no URL");
  ok(invariants(), "invariants");
  is_int(htmlfeat_parse(NULL, "x", 1, URL), PP_EINVAL, "NULL f");
  is_int(htmlfeat_parse(F, NULL, 1, URL), PP_EINVAL, "NULL html, len 1");
  p = "<a href=\"/x\">a</a><a href=\"y\">b</a><a href=\"http://z.example/\">"
      "c</a>";
  is_int(parse_url(p, NULL), PP_OK, "no page URL");
  ok(F->n_links == 3 && !strcmp(S(F->links[0].href), "/x") &&
     F->stats.urls_unresolved == 2 && !F->base.len,
     "relative links kept as written, counted");
  is_int(parse_url(p, "not a url"), PP_OK, "page URL not absolute");
  ok(F->stats.urls_unresolved == 2, "same");
  p = "<html><head><base href=\"//cdn.example/b/\"></head><body>"
      "<a href=\"c\">c</a></body></html>";
  is_int(parse_url(p, "http://tin.example/"), PP_OK, "scheme-relative base");
  ok(F->n_links == 1 &&
     !strcmp(S(F->links[0].href), "http://cdn.example/b/c"), "resolved");
  /* ill-formed UTF-8 in text and attributes, a declared legacy charset */
  p = "<html><head><meta charset=windows-1258><meta http-equiv=Content-Type "
      "content=\"text/html; charset=iso-8859-1\"><title>Ti\xE1\xBA\xBFng "
      "Vi\xE1\xBB\x87t \xFF</title></head><body>"
      "<p>\xC3\x28 \xE0\x80\xAF \xED\xA0\x80 \xF4\x90\x80\x80 \xC0\xAF "
      "\xE1\xBB\x93 ok \xE1\xBB</p><a href=\"/\xFF\xFE/\xE1\xBB\x93\">"
      "\xF0\x9F\x98\x80</a></body></html>";
  is_int(parse(p), PP_OK, "ill-formed UTF-8");
  ok(!strcmp(T(HTMLFEAT_TITLE), "Tiếng Việt \xEF\xBF\xBD"),
     "meta charset ignored, bad byte replaced (%s)", T(HTMLFEAT_TITLE));
  ok(invariants() && F->stats.invalid_utf8 >= 10 &&
     has(HTMLFEAT_BODY, "\xE1\xBB\x93 ok"),
     "every bad sequence replaced, good text kept (%u)",
     F->stats.invalid_utf8);
  ok(F->n_links == 1 && strstr(S(F->links[0].href), "\xEF\xBF\xBD") &&
     !strcmp(S(F->links[0].text), "\xF0\x9F\x98\x80"), "link too");
}

static void test_hostile(void)
{
  char *p, *q;
  size_t i, n;
  /* 10,000 nested divs, text at the bottom, then more */
  p = repeat("<p>Trước</p>", "<div>", 10000, "đáy");
  n = strlen(p);
  q = repeat(p, "</div>", 10000, "<p>Sau</p>");
  free(p);
  is_int(parse(q), PP_OK, "10,000 nested divs");
  ok(has(HTMLFEAT_BODY, "Trước") && has(HTMLFEAT_BODY, "đáy") &&
     has(HTMLFEAT_BODY, "Sau") && F->stats.resumes > 0 &&
     F->stats.resumes <= HTMLFEAT_RESUMES_MAX && !F->stats.unparsed,
     "restarted below the depth cap (%u times), nothing lost",
     F->stats.resumes);
  ok(invariants(), "invariants");
  free(q);
  /* deeper than the restarts reach */
  p = repeat("<p>Trước</p>", "<b>", 40000, "đáy<p>Sau</p>");
  is_int(parse(p), PP_OK, "40,000 nested b");
  ok(has(HTMLFEAT_BODY, "Trước") && !has(HTMLFEAT_BODY, "đáy") &&
     F->stats.resumes == HTMLFEAT_RESUMES_MAX && F->stats.unparsed > 0,
     "restarts capped, the rest counted unparsed (%llu bytes)",
     (unsigned long long)F->stats.unparsed);
  free(p);
  /* the element cap */
  p = repeat("<p>Đầu</p>", "<br>", HTMLFEAT_ELEMENTS_MAX + 1000,
             "<p>Cuối</p>");
  is_int(parse(p), PP_OK, "many elements");
  ok(F->stats.elements_stop == 1 && F->stats.unparsed > 3000 &&
     has(HTMLFEAT_BODY, "Đầu") && !has(HTMLFEAT_BODY, "Cuối"),
     "parsing stops at HTMLFEAT_ELEMENTS_MAX, rest counted");
  free(p);
  /* attributes: many in one tag, many in the page */
  p = malloc(2000000);
  n = (size_t)snprintf(p, 100, "<p id=x ");
  for(i = 0; i < 100000; i++)
    n += (size_t)snprintf(p + n, 32, "a%zu=%zu ", i, i);
  memcpy(p + n, "class=author>Tên</p><p>sau</p>", 31);
  is_int(parse(p), PP_OK, "100,000 attributes in one tag");
  ok(F->stats.attrs_dropped == 100002 - HTMLFEAT_TAG_ATTRS_MAX &&
     has(HTMLFEAT_BODY, "Tên\nsau") && !byline(HTMLFEAT_BY_CLASS, NULL),
     "attributes over HTMLFEAT_TAG_ATTRS_MAX cut (%u)",
     F->stats.attrs_dropped);
  free(p);
  p = repeat("", "<i a b c d e f g h i j>x</i>", HTMLFEAT_ATTRS_MAX / 10 +
             100, "");
  is_int(parse(p), PP_OK, "many attributes in the page");
  ok(F->stats.attrs_dropped == 1000, "over HTMLFEAT_ATTRS_MAX cut (%u)",
     F->stats.attrs_dropped);
  free(p);
  /* what libxml2 takes for text before a tag is no hiding place, nor
   * is a NUL byte in a value (libxml2 ends a tag there) */
  {
    static const struct {
      const char *s;
      size_t n;
    } pre[] = {
      { "<!x <p ", 7 }, { "</ <p ", 6 }, { "<? <p ", 6 }, { "</1 <p ", 7 },
      { "<p a=\"\0\" ", 9 },
    };
    for(i = 0; i < PP_ARRAY_LEN(pre); i++) {
      size_t j;
      q = malloc(1000000);
      memcpy(q, pre[i].s, pre[i].n);
      n = pre[i].n;
      for(j = 0; j < 50000; j++)
        n += (size_t)snprintf(q + n, 32, "b%zu ", j);
      memcpy(q + n, ">x</p>", 7);
      is_int(htmlfeat_parse(F, q, n + 6, URL), PP_OK, "tag after "
             "text-like markup %zu", i);
      ok(F->stats.attrs_dropped >= 50000 - HTMLFEAT_TAG_ATTRS_MAX,
         "its attributes counted and cut (%u)", F->stats.attrs_dropped);
      free(q);
    }
    is_int(F->stats.invalid_utf8, 1, "the NUL made U+FFFD");
  }
  /* script content is raw: no attribute cut there */
  p = repeat("<script type=application/ld+json>{\"@type\":\"A\",\"t\":\"<b ",
             "x ", 1000, "\"}</script>");
  is_int(parse(p), PP_OK, "tag-like JSON");
  ok(!F->stats.attrs_dropped && F->stats.jsonld_parsed == 1,
     "script content left alone");
  free(p);
  /* huge attribute values */
  p = repeat("<html><head><meta name=description content=\"", "Tin ",
             250000, "\"></head><body><header><div class=\"");
  q = repeat(p, "nav ", 250000, "\"><img alt=\"");
  free(p);
  p = repeat(q, "Báo ", 250000, "\"><a href=\"/");
  free(q);
  q = repeat(p, "x", 1000000, "\">liên kết</a></div></header></body>");
  free(p);
  is_int(parse(q), PP_OK, "1 MB attribute values");
  ok(strlen(htmlfeat_meta(F, "description")) <= HTMLFEAT_VALUE_MAX &&
     F->stats.values_cut > 0, "meta value cut");
  ok(F->stats.urls_long == 1 && F->n_links == 1 && !F->links[0].href.len &&
     !strcmp(S(F->links[0].text), "liên kết"),
     "long href dropped and counted");
  ok(F->text[HTMLFEAT_HEADER].len < 40000, "alt bounded");
  ok(invariants(), "invariants");
  free(q);
}

static void test_caps(void)
{
  char *p;
  size_t i;
  p = repeat("<body>", "<a href=\"/a\">a</a> ", HTMLFEAT_LINKS_MAX + 500,
             "");
  is_int(parse(p), PP_OK, "many links");
  ok(F->n_links == HTMLFEAT_LINKS_MAX && F->stats.links_dropped == 500,
     "links over HTMLFEAT_LINKS_MAX counted");
  free(p);
  p = repeat("<nav>", "<a href=\"/a\">mục</a>", HTMLFEAT_MENU_ITEMS_MAX + 5,
             "</nav>");
  is_int(parse(p), PP_OK, "many menu items");
  ok(F->n_menu_items == HTMLFEAT_MENU_ITEMS_MAX &&
     F->stats.menu_items_dropped == 5, "menu items over the cap counted");
  free(p);
  p = repeat("", "<nav><a href=\"/a\">a</a></nav>", HTMLFEAT_MENUS_MAX + 2,
             "");
  is_int(parse(p), PP_OK, "many menus");
  ok(F->n_menus == HTMLFEAT_MENUS_MAX && F->stats.menus_dropped == 2,
     "menus over the cap counted");
  free(p);
  p = repeat("", "<meta name=x content=y>", HTMLFEAT_PROPS_MAX + 7, "");
  is_int(parse(p), PP_OK, "many metas");
  ok(F->n_props == HTMLFEAT_PROPS_MAX && F->stats.props_dropped == 7,
     "props over the cap counted");
  free(p);
  p = repeat("", "<span class=author>A</span>", HTMLFEAT_BYLINES_MAX + 3,
             "");
  is_int(parse(p), PP_OK, "many bylines");
  ok(F->n_bylines == HTMLFEAT_BYLINES_MAX && F->stats.bylines_dropped == 3,
     "bylines over the cap counted");
  free(p);
  p = repeat("", "<p>Nguồn: A</p>", HTMLFEAT_ATTRIBS_MAX + 4, "");
  is_int(parse(p), PP_OK, "many attributions");
  ok(F->n_attribs == HTMLFEAT_ATTRIBS_MAX && F->stats.attribs_dropped == 4,
     "attributions over the cap counted");
  free(p);
  p = repeat("", "<div class=\"fb-comments c1\"></div><div id=comment-1>"
             "</div><fb:comments></fb:comments><textarea placeholder=\"Bình "
             "luận\"></textarea><h3>Bình luận</h3><div class=disqus></div>"
             "<div class=\"comment-2\"></div>", 10, "");
  is_int(parse(p), PP_OK, "many comment widgets");
  ok(F->n_comments == 10 && F->comment_kinds == 0x1f,
     "two per kind (%u)", (unsigned)F->n_comments);
  free(p);
  /* BODY over HTMLFEAT_TEXT_MAX, cut at a character boundary */
  p = repeat("<p>", "ồ", HTMLFEAT_TEXT_MAX / 3 + 100, "</p><p>sau</p>");
  is_int(parse(p), PP_OK, "long text");
  ok(F->text[HTMLFEAT_BODY].len <= HTMLFEAT_TEXT_MAX &&
     F->text[HTMLFEAT_BODY].len % 3 == 0 && F->stats.text_cut > 300 &&
     invariants(), "BODY capped at a character boundary (%zu)",
     F->text[HTMLFEAT_BODY].len);
  free(p);
  /* input over HTMLFEAT_IN_MAX */
  p = repeat("<p>", "ồ ", HTMLFEAT_IN_MAX / 4 + 10, "</p>");
  is_int(parse(p), PP_OK, "input over HTMLFEAT_IN_MAX");
  ok(F->stats.in_cut > 0 && F->stats.in_bytes == strlen(p) &&
     invariants(), "cut, counted (%llu)",
     (unsigned long long)F->stats.in_cut);
  free(p);
  /* ill-formed input that grows when replaced stays within the cap */
  p = repeat("<p>", "\xFF", HTMLFEAT_IN_MAX / 2, "</p>");
  is_int(parse(p), PP_OK, "4 MiB of bad bytes");
  ok(F->stats.invalid_utf8 == HTMLFEAT_IN_MAX / 3 - 1 &&
     F->stats.in_cut > 0 && invariants(),
     "replaced up to HTMLFEAT_IN_MAX, the rest counted (%u, %llu)",
     F->stats.invalid_utf8, (unsigned long long)F->stats.in_cut);
  free(p);
  /* long anchor and menu texts */
  p = repeat("<nav><a href=\"/a\">", "chữ ", 1000, "</a></nav>");
  is_int(parse(p), PP_OK, "long anchor");
  ok(F->links[0].text.len <= HTMLFEAT_LINK_TEXT_MAX && invariants(),
     "anchor text capped");
  free(p);
  for(i = 0; i < 2; i++) {
    p = repeat("<title>", "Tiêu đề ", 2000, "</title>");
    is_int(parse(p), PP_OK, "long title");
    ok(F->text[HTMLFEAT_TITLE].len <= HTMLFEAT_VALUE_MAX && invariants(),
       "title capped");
    free(p);
  }
}

/* The input guard on its own. */
static void test_guard(void)
{
  static const char good[] = "<p class=x>Tiếng Việt \xF0\x9F\x98\x80</p>";
  static const char bad[] = "a\xFF" "b\xE1\xBB" "c\x00" "d\xED\xA0\x80";
  const char *out;
  char *p;
  size_t n;
  out = htmlfeat_guard(F, good, sizeof(good) - 1, &n);
  ok(out == good && n == sizeof(good) - 1, "well-formed, few attributes: "
     "the input itself, no copy");
  memset(&F->stats, 0, sizeof(F->stats));
  out = htmlfeat_guard(F, bad, sizeof(bad) - 1, &n);
  /* ED A0 80 (a surrogate) is three maximal subparts */
  ok(out && n == 22 &&
     !memcmp(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD"
             "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", n) &&
     F->stats.invalid_utf8 == 6,
     "one U+FFFD per maximal subpart, NUL too (%u)",
     F->stats.invalid_utf8);
  p = repeat("<div ", "a ", HTMLFEAT_TAG_ATTRS_MAX + 2, "b=\"c d\">x</div>"
             "<script>if(a<b c d e f)</script>");
  memset(&F->stats, 0, sizeof(F->stats));
  out = htmlfeat_guard(F, p, strlen(p), &n);
  ok(out && out != p && F->stats.attrs_dropped == 3 &&
     n == 5 + 2 * HTMLFEAT_TAG_ATTRS_MAX + strlen(">x</div><script>if(a<b "
                                                  "c d e f)</script>") &&
     !memcmp(out + n - 13, "c d e f)</script>" + 4, 13),
     "attributes over the cap cut to the tag's end, script left alone");
  free(p);
}

/* Several pages through one extractor: nothing leaks between them. */
static void test_reuse(void)
{
  const char *a = "<html lang=vi><head><title>A</title>"
                  "<link rel=canonical href=\"/a\"></head><body><nav>"
                  "<a href=\"/x\">X</a></nav><footer>Chân A</footer>"
                  "<p class=author>PV A</p></body></html>";
  const char *b = "<p>B</p>";
  is_int(parse(a), PP_OK, "page A");
  ok(F->n_menus == 1 && F->lang.len && F->canonical.len && F->n_bylines,
     "A has everything");
  is_int(parse(b), PP_OK, "page B");
  ok(!F->n_menus && !F->n_links && !F->lang.len && !F->canonical.len &&
     !F->n_bylines && !F->n_props && !strcmp(T(HTMLFEAT_TITLE), "") &&
     !strcmp(T(HTMLFEAT_BODY), "B") && !strcmp(T(HTMLFEAT_FOOTER), "B"),
     "B has none of A's");
}

/* Allocation failures: every one gives ENOMEM and an empty result. */
static void test_alloc(void)
{
  static const char tail[] =
    "<footer>Giấy phép số 1/GP-TTĐT</footer>\xFF</body></html>";
  struct htmlfeat *f;
  char *p, *q;
  long k, n;
  int fails = 0, okays = 0, news = 0, rc;
  size_t links;
  /* every buffer must grow: long texts, many links, bad bytes */
  p = repeat("<html><head><title>T</title><script type=application/ld+json>"
             "{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"A\"}}"
             "</script><script type=application/ld+json>",
             "{\"@type\":\"X\"} ", 1, "</script></head><body><header>"
             "<h1>Báo Một Hai Ba Bốn Năm Sáu Bảy Tám Chín Mười</h1>");
  q = repeat(p, "<nav><a href=\"/mot-hai-ba-bon-nam-sau-bay\">Mục một hai "
             "ba bốn</a></nav><p class=author>Phóng viên Một Hai Ba</p>"
             "<p>Nguồn: một hai ba bốn năm sáu bảy tám chín mười</p>", 60,
             "</header><div class=detail><p>Một đoạn văn khá dài để làm "
             "thân bài, nhé bạn đọc thân mến. Một đoạn văn khá dài để làm "
             "thân bài, nhé bạn đọc thân mến.</p></div>");
  free(p);
  p = repeat(q, "", 0, tail);
  free(q);
  for(k = 0; k < 40; k++) {
    pp_alloc_fail_after(k);
    f = htmlfeat_new();
    pp_alloc_fail_after(-1);
    if(!f) {
      news++;
      continue;
    }
    htmlfeat_free(f);
    break;
  }
  ok(news > 5 && k < 40, "htmlfeat_new: NULL at each allocation (%d)",
     news);
  /* count the allocations of one parse by a fresh extractor */
  f = htmlfeat_new();
  pp_alloc_fail_after(-1);
  rc = htmlfeat_parse(f, p, strlen(p), URL);
  n = pp_alloc_fail_after(-1);
  links = f->n_links;
  htmlfeat_free(f);
  ok(rc == PP_OK && n >= 8 && links == 60, "%ld allocations to fail", n);
  for(k = 0; k <= n; k++) {
    f = htmlfeat_new();
    if(!f)
      break;
    pp_alloc_fail_after(k);
    rc = htmlfeat_parse(f, p, strlen(p), URL);
    pp_alloc_fail_after(-1);
    if(rc == PP_ENOMEM && !f->n_links && !f->text[HTMLFEAT_BODY].len &&
       !f->n_props && !f->n_bylines && f->pool_len == 1)
      fails++;
    else if(rc == PP_OK && f->n_links == links)
      okays++;
    /* the same extractor still works afterwards */
    if(htmlfeat_parse(f, p, strlen(p), URL) != PP_OK ||
       f->n_links != links)
      okays = -1000;
    htmlfeat_free(f);
  }
  ok(fails == n && okays == 1,
     "ENOMEM and an empty result at each of %ld allocations (%d), then "
     "fine (%d)", n, fails, okays);
  htmlfeat_free(NULL);
  free(p);
}

/* A match in normalized text leads back to the page's words. */
static void test_evidence(void)
{
  const char *p = "<div class=detail><p>Theo ghi nhận của Phóng Viên, khu "
                  "đất vẫn được thi công trong đêm khuya.</p></div>";
  struct textnorm tn;
  const char *hit;
  size_t a = 0, b = 0;
  is_int(parse(p), PP_OK, "evidence page");
  textnorm_init(&tn);
  ok(textnorm_run(&tn, T(HTMLFEAT_ARTICLE), F->text[HTMLFEAT_ARTICLE].len,
                  TEXTNORM_MATCH | TEXTNORM_MAP) == PP_OK &&
     (hit = strstr(tn.text, "phóng viên")) != NULL &&
     textnorm_span(&tn, (size_t)(hit - tn.text),
                   (size_t)(hit - tn.text) + strlen("phóng viên"), &a,
                   &b) == PP_OK &&
     !strncmp(T(HTMLFEAT_ARTICLE) + a, "Phóng Viên", b - a),
     "textnorm map: a hit in ARTICLE shown as written");
  textnorm_free(&tn);
}

/* ---- the realistic pages --------------------------------------------- */

static void test_pages(void)
{
  size_t len, i;
  char *p;
  const struct htmlfeat_menu *m = NULL;
  struct footer_result fr;
  p = slurp("news-home.html", &len);
  if(!p) {
    ok(0, "tests/data/html/news-home.html readable");
    return;
  }
  is_int(htmlfeat_parse(F, p, len, "https://baotinmoi.example/"), PP_OK,
         "news-home.html");
  ok(has(HTMLFEAT_HEADER, "Cơ quan ngôn luận của Hội Nhà báo"),
     "masthead claim from the logo alt");
  for(i = 0; i < F->n_menus; i++)
    if(F->menus[i].kind == HTMLFEAT_MENU_NAV)
      m = &F->menus[i];
  ok(m && m->n >= 40, "main <nav> with its sections (%u)", m ? m->n : 0);
  ok(has(HTMLFEAT_NAV, "Thời sự") && has(HTMLFEAT_NAV, "Bạn đọc") &&
     has(HTMLFEAT_NAV, "Đường dây nóng"), "hard-news sections in NAV");
  ok(footer_parse(T(HTMLFEAT_FOOTER), F->text[HTMLFEAT_FOOTER].len, NULL, 0,
                  &fr) == PP_OK && fr.n_licences == 1 &&
     !strcmp(fr.licences[0].number, "123/GP-BTTTT"),
     "footer licence (e-newspaper)");
  ok(has(HTMLFEAT_FOOTER, "Tổng biên tập") && has(HTMLFEAT_FOOTER,
                                                   "Tòa soạn"),
     "newsroom furniture in the footer");
  is_str(prop(HTMLFEAT_SRC_JSONLD, "@type"), "NewsMediaOrganization",
         "JSON-LD publisher type");
  ok(F->n_links > 300 && invariants(), "links (%zu), invariants",
     F->n_links);
  free(p);

  p = slurp("drifted-article.html", &len);
  is_int(htmlfeat_parse(F, p, len,
                        "https://tintuc24h.test/phap-luat/bai-d654321.html"),
         PP_OK, "drifted-article.html");
  is_str(htmlfeat_meta(F, "og:type"), "article", "og:type article");
  ok(n_props(HTMLFEAT_SRC_JSONLD, "@type") >= 3 &&
     !strcmp(prop(HTMLFEAT_SRC_JSONLD, "publisher.@type"),
             "NewsMediaOrganization") &&
     !strcmp(prop(HTMLFEAT_SRC_JSONLD, "author.jobTitle"), "Phóng viên"),
     "JSON-LD @graph: NewsArticle, publisher, reporter");
  ok(byline(HTMLFEAT_BY_TAIL_STYLED, "Nhóm PV") &&
     byline(HTMLFEAT_BY_REL, "Nhóm PV") && byline(HTMLFEAT_BY_META,
                                                   "Nhóm PV"),
     "bylines: tail, rel, meta");
  ok(has(HTMLFEAT_ARTICLE, "(Còn nữa)") && F->article_from ==
     HTMLFEAT_FROM_ITEMPROP, "article body with the series marker");
  ok(F->footer_from == HTMLFEAT_FROM_LINES &&
     has(HTMLFEAT_FOOTER, "2215/GP-TTĐT") &&
     has(HTMLFEAT_FOOTER, "Ghi rõ nguồn"), "plain-div licence footer");
  ok((F->comment_kinds & HTMLFEAT_COMMENT_FB) &&
     (F->comment_kinds & HTMLFEAT_COMMENT_FORM) &&
     (F->comment_kinds & HTMLFEAT_COMMENT_TEXT), "comment widgets");
  ok(!strcmp(S(F->amphtml),
             "https://tintuc24h.test/amp/phap-luat/bai-d654321.html"),
     "amphtml");
  ok(invariants(), "invariants");
  free(p);

  p = slurp("aggregator-article.html", &len);
  is_int(htmlfeat_parse(F, p, len, "https://tonghop.example/a/b.html"), PP_OK,
         "aggregator-article.html");
  ok(F->n_attribs == 1 && F->attribs[0].kind == HTMLFEAT_ATTRIB_THEO &&
     !strcmp(S(F->attribs[0].href),
             "https://tuoitre.example/gia-vang-hom-nay-20240513.htm") &&
     (F->attribs[0].where & HTMLFEAT_IN_ARTICLE),
     "attribution with the source link");
  ok(!F->comment_kinds, "no comments");
  ok(F->footer_from & HTMLFEAT_FROM_ELEMENT && has(HTMLFEAT_FOOTER,
                                                   "191/GP-TTĐT"),
     "footer element");
  free(p);

  p = slurp("shop-home.html", &len);
  is_int(htmlfeat_parse(F, p, len, "https://noithatxinh.example/"), PP_OK,
         "shop-home.html");
  ok(!F->n_bylines && !F->n_attribs && !F->comment_kinds &&
     n_props(HTMLFEAT_SRC_ITEMTYPE, "itemtype") == 90 &&
     !strcmp(prop(HTMLFEAT_SRC_JSONLD, "@type"), "Store"),
     "shop: no newsroom signals, products");
  free(p);

  p = slurp("portal-tables.html", &len);
  is_int(htmlfeat_parse(F, p, len, "https://xaphuctho.example/"), PP_OK,
         "portal-tables.html");
  ok(has(HTMLFEAT_HEADER, "Cổng thông tin điện tử xã Phúc Thọ") &&
     has(HTMLFEAT_FOOTER, "Chịu trách nhiệm nội dung") &&
     has(HTMLFEAT_ARTICLE, "Thông báo số 1/TB-UBND"),
     "table layout: banner, bottom cell, content cell");
  ok(F->n_menus >= 1 && invariants(), "menu-top; invariants");
  free(p);
}

static void test_names(void)
{
  int i;
  for(i = 0; i < HTMLFEAT_TEXTS; i++)
    ok(strcmp(htmlfeat_text_name((enum htmlfeat_text_id)i), "?") != 0,
       "text name %s", htmlfeat_text_name((enum htmlfeat_text_id)i));
  is_str(htmlfeat_src_name(HTMLFEAT_SRC_JSONLD), "jsonld", "src name");
  is_str(htmlfeat_menu_kind_name(HTMLFEAT_MENU_BREADCRUMB), "breadcrumb",
         "menu kind name");
  is_str(htmlfeat_byline_kind_name(HTMLFEAT_BY_TAIL_STYLED), "tail-styled",
         "byline kind name");
  is_str(htmlfeat_attrib_kind_name(HTMLFEAT_ATTRIB_NGUON_TIN), "nguon-tin",
         "attribution kind name");
  is_str(htmlfeat_comment_kind_name(HTMLFEAT_COMMENT_DISQUS), "disqus",
         "comment kind name");
  is_str(htmlfeat_text_name(HTMLFEAT_TEXTS), "?", "out of range");
}

static void test_classes(void)
{
  static const char *const names[] = {
    "advert", "article", "aside", "author", "banner", "binh-luan",
    "binh_luan", "binhluan", "body", "bottom", "brand", "breadcrumb",
    "byline", "category", "chi-tiet", "chuyen-muc", "chuyen_muc",
    "chuyenmuc", "comment", "content", "copy-right", "copyright",
    "danh-muc", "danh_muc", "danhmuc", "detail", "disqus", "entry",
    "fb-comments", "fck_detail", "footer", "global-header", "header",
    "lien-quan", "logo", "main-header", "masthead", "menu", "nav",
    "noi-dung", "page-header", "post", "promo", "related", "reporter",
    "text-right", "share", "side-bar", "sidebar", "site-header", "social",
    "story", "tac-gia", "tac_gia", "tacgia", "top-header", "widget",
    "writer",
  };
  size_t i;
  unsigned b;
  for(i = 0; i < PP_ARRAY_LEN(names); i++)
    ok(htmlfeat_class_bits(F, names[i], strlen(names[i])) != 0,
       "class pattern %s", names[i]);
  ok(!htmlfeat_class_bits(F, "row col-md-8 clearfix", 21), "plain classes");
  ok(!htmlfeat_class_bits(F, "box-header", 10) &&
     !htmlfeat_class_bits(F, "entry-header", 12) ==
     !htmlfeat_class_bits(F, "entry", 5),
     "a box's header is not a masthead");
  b = htmlfeat_class_bits(F, "footer-logo", 11);
  ok(b == htmlfeat_class_bits(F, "footer", 6), "footer-logo is a footer");
  b = htmlfeat_class_bits(F, "Header-Bottom", 13);
  ok(b == htmlfeat_class_bits(F, "header", 6), "Header-Bottom: masthead");
  ok(htmlfeat_class_bits(F, "x bottom", 8) &&
     !htmlfeat_class_bits(F, "mb-bottom", 9), "bottom at a class start");
}

int main(void)
{
  F = htmlfeat_new();
  if(!F) {
    ok(0, "htmlfeat_new");
    return tap_done();
  }
  test_resolve();
  test_head();
  test_jsonld();
  test_jsonld_limits();
  test_microdata();
  test_menus();
  test_header_footer();
  test_article();
  test_attrib_phrasings();
  test_bylines();
  test_attributions();
  test_comments();
  test_text();
  test_broken();
  test_hostile();
  test_caps();
  test_guard();
  test_reuse();
  test_alloc();
  test_evidence();
  test_pages();
  test_names();
  test_classes();
  htmlfeat_free(F);
  return tap_done();
}
