/*
 * test_crawl.c: the crawler's pure parts (classify/crawl.c) and its
 * store tables (lib/pp_store.c, schema version 2).
 *
 * URL resolution against RFC 3986 5.4 (normal and abnormal examples) and
 * the normalization the crawler applies (case, default ports, IDN hosts,
 * percent-encoding, fragments, refused schemes and authorities); path
 * classification over Vietnamese CMS URL shapes; link collection from
 * fixed HTML (base href, other sites, non-pages, duplicates, origins);
 * the page chooser (distinct sections, then articles round-robin);
 * sitemaps (urlset, index, gzip, broken XML, a billion-laughs document,
 * an external entity that must not be read, caps); the skip-host file
 * (nDPI format, errors with file:line) and the candidate sites of an
 * inventory; the fetches table: migration from version 1, rows written
 * and read back for conditional requests; allocation failures.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"
#include "testutil.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "crawl.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_hll.h"
#include "pp_names.h"
#include "pp_record.h"
#include "pp_store.h"

static char dir[64];

static const char *in_dir(const char *name)
{
  static char path[2][256];
  static int i;
  i ^= 1;
  snprintf(path[i], sizeof(path[i]), "%s/%s", dir, name);
  return path[i];
}

static void write_file(const char *path, const char *text)
{
  FILE *f = fopen(path, "w");
  if(f) {
    fputs(text, f);
    fclose(f);
  }
}

/* ---- URLs --------------------------------------------------------------- */

static void resolve_is(const char *base, const char *ref, const char *want)
{
  char out[CRAWL_URL_MAX + 1], shown[128];
  int rc = crawl_url_resolve(base, ref, strlen(ref), out, sizeof(out));
  size_t i;
  /* control characters would break the TAP line */
  for(i = 0; ref[i] && i + 1 < sizeof(shown); i++)
    shown[i] = (unsigned char)ref[i] < 0x20 ? '?' : ref[i];
  shown[i] = '\0';
  if(want)
    is_str(rc ? "(error)" : out, want, "'%s' -> %s", shown, want);
  else
    ok(rc != PP_OK, "'%s' refused (%d)", shown, rc);
}

static void test_resolve(void)
{
  /* RFC 3986 5.4.1 and 5.4.2, with our http base (the RFC's "a" host
   * and "http://a/b/c/d;p?q") */
  static const char *const rfc[][2] = {
    {"g", "http://a.vn/b/c/g"},
    {"./g", "http://a.vn/b/c/g"},
    {"g/", "http://a.vn/b/c/g/"},
    {"/g", "http://a.vn/g"},
    {"//g.vn", "http://g.vn/"},
    {"?y", "http://a.vn/b/c/d;p?y"},
    {"g?y", "http://a.vn/b/c/g?y"},
    {"#s", "http://a.vn/b/c/d;p?q"},
    {"g#s", "http://a.vn/b/c/g"},
    {"g?y#s", "http://a.vn/b/c/g?y"},
    {";x", "http://a.vn/b/c/;x"},
    {"g;x", "http://a.vn/b/c/g;x"},
    {"", "http://a.vn/b/c/d;p?q"},
    {".", "http://a.vn/b/c/"},
    {"./", "http://a.vn/b/c/"},
    {"..", "http://a.vn/b/"},
    {"../", "http://a.vn/b/"},
    {"../g", "http://a.vn/b/g"},
    {"../..", "http://a.vn/"},
    {"../../", "http://a.vn/"},
    {"../../g", "http://a.vn/g"},
    {"../../../g", "http://a.vn/g"},
    {"../../../../g", "http://a.vn/g"},
    {"/./g", "http://a.vn/g"},
    {"/../g", "http://a.vn/g"},
    {"g.", "http://a.vn/b/c/g."},
    {".g", "http://a.vn/b/c/.g"},
    {"g..", "http://a.vn/b/c/g.."},
    {"..g", "http://a.vn/b/c/..g"},
    {"./../g", "http://a.vn/b/g"},
    {"./g/.", "http://a.vn/b/c/g/"},
    {"g/./h", "http://a.vn/b/c/g/h"},
    {"g/../h", "http://a.vn/b/c/h"},
    {"g;x=1/./y", "http://a.vn/b/c/g;x=1/y"},
    {"g;x=1/../y", "http://a.vn/b/c/y"},
    {"g?y/./x", "http://a.vn/b/c/g?y/./x"},
    {"g#s/../x", "http://a.vn/b/c/g"},
  };
  const char *base = "http://a.vn/b/c/d;p?q";
  size_t i;
  char out[64];

  for(i = 0; i < PP_ARRAY_LEN(rfc); i++)
    resolve_is(base, rfc[i][0], rfc[i][1]);
  /* normalization */
  resolve_is(base, "HTTPS://WWW.Example.VN:443/A/%7e?Q#f",
             "https://www.example.vn/A/%7e?Q");
  resolve_is(base, "http://x.vn:80", "http://x.vn/");
  resolve_is(base, "http://x.vn:8080/p", "http://x.vn:8080/p");
  resolve_is(base, "http://x.vn:/p", "http://x.vn/p");
  resolve_is(base, "  /tin tức/bài viết.html\n", "http://a.vn/tin%20t%E1"
             "%BB%A9c/b%C3%A0i%20vi%E1%BA%BFt.html");
  resolve_is(base, "/a\tb\nc", "http://a.vn/abc");
  resolve_is(base, "\\\\x.vn\\y", "http://x.vn/y");
  resolve_is(base, "/p?a=\"<x>\"", "http://a.vn/p?a=%22%3Cx%3E%22");
  resolve_is(base, "/100%", "http://a.vn/100%25");
  resolve_is(base, "/%41%zz", "http://a.vn/%41%25zz");
  resolve_is(base, "http://báo.vn/x", "http://xn--bo-mia.vn/x");
  resolve_is(base, "http://EXAMPLE.vn./", "http://example.vn/");
  resolve_is(base, "http://127.0.0.1:8080/", "http://127.0.0.1:8080/");
  resolve_is(base, "http://[::1]:8080/", "http://[::1]:8080/");
  resolve_is(base, "http://localhost/", "http://localhost/");
  /* refused */
  resolve_is(base, "mailto:toa-soan@bao.vn", NULL);
  resolve_is(base, "javascript:void(0)", NULL);
  resolve_is(base, "data:text/html,hi", NULL);
  resolve_is(base, "ftp://a.vn/x", NULL);
  resolve_is(base, "tel:+84123", NULL);
  resolve_is(base, "http:g", NULL);
  resolve_is(base, "http://user:pw@a.vn/", NULL);
  resolve_is(base, "http://a.vn:99999/", NULL);
  resolve_is(base, "http://a.vn:0/", NULL);
  resolve_is(base, "http://a.vn:8x/", NULL);
  resolve_is(base, "http://[zz]/", NULL);
  resolve_is(base, "http:///x", NULL);
  resolve_is(base, "http://a b.vn/", NULL);
  resolve_is(base, "http://1.2.3/", NULL);
  resolve_is(NULL, "/relative", NULL);
  resolve_is("not a url", "/x", NULL);
  is_int(crawl_url_resolve(base, "/x", 2, out, 10), PP_ELIMIT,
         "too long for the buffer: ELIMIT");
  {
    size_t n = CRAWL_URL_MAX * 3;
    char *longref = malloc(n + 1);
    memset(longref, 'a', n);
    longref[0] = '/';
    longref[n] = '\0';
    ok(crawl_url_resolve(base, longref, n, out, sizeof(out)) != PP_OK,
       "a very long href refused");
    free(longref);
  }
  {
    struct crawl_url_parts p;
    ok(crawl_url_split("https://x.vn:8443/a/b?c=d", &p) == PP_OK, "split");
    ok(p.host_len == 4 && !memcmp(p.host, "x.vn", 4), "host");
    is_int(p.port, 8443, "port");
    ok(p.path_len == 4 && !memcmp(p.path, "/a/b", 4), "path");
    ok(p.query_len == 3 && !memcmp(p.query, "c=d", 3), "query");
    is_int(p.origin_len, 17, "origin length");
    ok(crawl_url_split("http://[::1]/", &p) == PP_OK && p.host_len == 3,
       "bracketed host");
    ok(crawl_url_split("ftp://x/", &p) != PP_OK, "ftp refused");
  }
  {
    char site[CRAWL_SITE_MAX];
    crawl_host_site("www.vnexpress.net", 17, site);
    is_str(site, "vnexpress.net", "site of a host");
    crawl_host_site("tuoitre.vn", 10, site);
    is_str(site, "tuoitre.vn", "site of a site");
    crawl_host_site("m.baochinhphu.gov.vn", 20, site);
    is_str(site, "baochinhphu.gov.vn", "under gov.vn");
    crawl_host_site("127.0.0.1", 9, site);
    is_str(site, "127.0.0.1", "an address is its own site");
  }
}

/* ---- classification ----------------------------------------------------- */

static void kind_is(const char *url, enum crawl_kind want)
{
  struct crawl_url_parts p;
  enum crawl_kind k = CRAWL_KIND_SKIP;
  if(crawl_url_split(url, &p) == PP_OK)
    k = crawl_classify_path(p.path, p.path_len, p.query, p.query_len);
  is_str(crawl_kind_name(k), crawl_kind_name(want), "%s", url);
}

static void test_classify(void)
{
  /* articles: Vietnamese CMS shapes */
  kind_is("https://vnexpress.net/thu-tuong-chi-dao-4712345.html",
          CRAWL_KIND_ARTICLE);
  kind_is("https://dantri.com.vn/xa-hoi/mua-lon-20240520101112345.htm",
          CRAWL_KIND_ARTICLE);
  kind_is("https://tuoitre.vn/gia-xang-giam-2024052010111234.htm",
          CRAWL_KIND_ARTICLE);
  kind_is("https://znews.vn/ten-bai-viet-post1478523.html",
          CRAWL_KIND_ARTICLE);
  kind_is("https://bao.vn/thoi-su/vu-an-d123456.html", CRAWL_KIND_ARTICLE);
  kind_is("https://kenh14.vn/ten-bai-215240520101112.chn",
          CRAWL_KIND_ARTICLE);
  kind_is("https://vietnamnet.vn/ten-bai-2283456.html", CRAWL_KIND_ARTICLE);
  kind_is("https://blog.vn/2024/05/ten-bai-viet/", CRAWL_KIND_ARTICLE);
  kind_is("https://blog.vn/tin-tuc/2023/12/01/ten/", CRAWL_KIND_ARTICLE);
  kind_is("https://bao.vn/kinh-te/gia-vang-hom-nay-tang-manh/",
          CRAWL_KIND_ARTICLE);
  kind_is("https://bao.vn/news/1234567", CRAWL_KIND_ARTICLE);
  kind_is("https://bao.vn/ten-bai-dai-dong-nay-nhe.html",
          CRAWL_KIND_ARTICLE);
  /* sections */
  kind_is("https://vnexpress.net/thoi-su", CRAWL_KIND_SECTION);
  kind_is("https://bao.vn/phap-luat/", CRAWL_KIND_SECTION);
  kind_is("https://bao.vn/kinh-te.htm", CRAWL_KIND_SECTION);
  kind_is("https://cafef.vn/thi-truong-chung-khoan.chn",
          CRAWL_KIND_SECTION);
  kind_is("https://bao.vn/the-gioi/chau-a/", CRAWL_KIND_SECTION);
  kind_is("https://bao.vn/bat-dong-san", CRAWL_KIND_SECTION);
  /* home */
  kind_is("https://bao.vn/", CRAWL_KIND_HOME);
  kind_is("https://bao.vn/index.html", CRAWL_KIND_HOME);
  kind_is("https://bao.vn/trang-chu.htm", CRAWL_KIND_HOME);
  /* not pages */
  kind_is("https://bao.vn/logo.png", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/static/app.JS", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/files/bao-cao.pdf", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/rss/thoi-su.rss", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/video/clip.mp4", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/dang-nhap?return=/x", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/tim-kiem.html?q=abc", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/search?keyword=vang", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/gio-hang", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/tin?s=abc", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/wp-login.php?redirect_to=x", CRAWL_KIND_SKIP);
  kind_is("https://bao.vn/account/profile", CRAWL_KIND_SKIP);
  /* a slug that merely mentions a skip word is an article */
  kind_is("https://bao.vn/thoi-su/dang-ky-xe-tang-manh-d123456.html",
          CRAWL_KIND_ARTICLE);
  /* other pages */
  kind_is("https://bao.vn/a/b/c/d", CRAWL_KIND_OTHER);
  kind_is("https://bao.vn/page?id=12", CRAWL_KIND_OTHER);
  kind_is("https://bao.vn/tag/abc-2024", CRAWL_KIND_OTHER);
  is_int(crawl_classify_path(NULL, 0, NULL, 0), CRAWL_KIND_SKIP, "NULL");
  is_str(crawl_kind_name(CRAWL_KIND_ROBOTS), "robots", "kind names");
}

/* ---- links and choice --------------------------------------------------- */

static const char home_html[] =
  "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
  "<title>  Báo   Điện tử\n Thử </title></head><body>"
  "<nav><a href=\"/thoi-su/\">Thời sự</a><a href='/phap-luat'>Pháp luật</a>"
  "<a href=\"/kinh-te.htm\">Kinh tế</a><a href=\"/thoi-su/\">again</a>"
  "<a href=\"https://www.bao.vn/the-thao\">Thể thao (www)</a></nav>"
  "<a href=\"/thoi-su/a-b-c-d123001.html\">1</a>"
  "<a href=\"/thoi-su/a-b-c-d123002.html#comments\">2</a>"
  "<a href=\"/thoi-su/a-b-c-d123003.html\">3</a>"
  "<a href=\"/phap-luat/x-y-post123004.html\">4</a>"
  "<a href=\"kinh-te/z-123456005.htm\">5 (relative)</a>"
  "<a href=\"/logo.png\">img</a><a href=\"mailto:a@bao.vn\">m</a>"
  "<a href=\"javascript:void(0)\">j</a><a href=\"tel:123\">t</a>"
  "<a href=\"#top\">top</a>"
  "<a href=\"https://facebook.com/baovn\">fb</a>"
  "<a href=\"https://other.vn/thoi-su/\">other site</a>"
  "<a href=\"/dang-nhap?next=/\">login</a>"
  "<a href=\"/\">home</a><a>no href</a>"
  "<p><a href=\"/the-gioi\"><b>nested <i>deep</i></b></a>"
  "</body></html>";

static void test_links(void)
{
  struct crawl_links *l = crawl_links_new();
  struct crawl_choice ch[10];
  size_t n, i;
  char title[64];
  bool order_ok;

  ok(l != NULL, "link set");
  ok(crawl_links_add_html(l, "https://bao.vn/", "bao.vn",
                          (const uint8_t *)home_html, strlen(home_html))
     == PP_OK, "links of a home page");
  is_int(crawl_links_count(l), 10, "10 distinct links kept "
         "(sections, articles; nothing else)");
  n = crawl_links_choose(l, 6, "https://bao.vn/", ch);
  is_int(n, 6, "6 chosen");
  /* 3 sections (distinct), then articles round-robin by section */
  is_str(ch[0].url, "https://bao.vn/thoi-su/", "1st: a section");
  is_str(ch[1].url, "https://bao.vn/phap-luat", "2nd: another section");
  is_str(ch[2].url, "https://bao.vn/kinh-te.htm", "3rd: another section");
  is_str(ch[3].url, "https://bao.vn/thoi-su/a-b-c-d123001.html",
         "4th: thoi-su's first article");
  is_str(ch[4].url, "https://bao.vn/phap-luat/x-y-post123004.html",
         "5th: phap-luat's first article, not thoi-su's second");
  is_str(ch[5].url, "https://bao.vn/kinh-te/z-123456005.htm",
         "6th: kinh-te's (relative href resolved)");
  for(i = 0, order_ok = true; i < n; i++)
    order_ok &= strchr(ch[i].url, '#') == NULL;
  ok(order_ok, "no fragments");
  n = crawl_links_choose(l, 20, NULL, ch);
  is_int(n, 10, "all 10 when more are asked (capped by the array)");
  n = crawl_links_choose(l, 0, NULL, ch);
  is_int(n, 0, "0 asked, 0 given");
  crawl_links_free(l);

  /* <base href> and origins */
  {
    static const char html[] =
      "<html><head><base href=\"https://m.bao.vn/mobile/\"></head><body>"
      "<a href=\"thoi-su\">s</a><a href=\"//a1.bao.vn/x-d12345.html\">a1</a>"
      "<a href=\"//a2.bao.vn/x-d12346.html\">a2</a>"
      "<a href=\"//a3.bao.vn/x-d12347.html\">a3</a>"
      "<a href=\"//a4.bao.vn/x-d12348.html\">a4</a></body></html>";
    l = crawl_links_new();
    crawl_links_add_html(l, "https://bao.vn/", "bao.vn",
                         (const uint8_t *)html, strlen(html));
    n = crawl_links_choose(l, 10, NULL, ch);
    ok(n >= 1 && !strcmp(ch[0].url, "https://m.bao.vn/mobile/thoi-su"),
       "relative to <base href>");
    is_int(n, CRAWL_ORIGINS_MAX, "at most %d origins", CRAWL_ORIGINS_MAX);
    crawl_links_free(l);
  }
  /* hostile HTML: deep nesting, junk */
  {
    size_t sz = 200000, k;
    char *deep = malloc(sz * 4 + 64);
    char *p = deep;
    for(k = 0; k < sz; k++) {
      memcpy(p, "<a>", 3);
      p += 3;
    }
    memcpy(p, "<a href=\"/thoi-su\">x</a>", 25);
    l = crawl_links_new();
    ok(crawl_links_add_html(l, "https://bao.vn/", "bao.vn",
                            (const uint8_t *)deep, strlen(deep)) == PP_OK,
       "deeply nested anchors: survived");
    crawl_links_free(l);
    free(deep);
    l = crawl_links_new();
    ok(crawl_links_add_html(l, "https://bao.vn/", "bao.vn",
                            (const uint8_t *)"\0\xff\xfe<<<>>>&&&#;", 14)
       == PP_OK, "junk: survived");
    ok(crawl_links_add_html(l, "https://bao.vn/", "bao.vn", NULL, 0)
       == PP_OK, "nothing: fine");
    crawl_links_free(l);
  }
  /* sitemap URLs are articles when on the site */
  l = crawl_links_new();
  crawl_links_add_url(l, "https://bao.vn/tin/mot-hai", "bao.vn",
                      CRAWL_KIND_ARTICLE);
  crawl_links_add_url(l, "https://khac.vn/tin/mot-hai", "bao.vn",
                      CRAWL_KIND_ARTICLE);
  crawl_links_add_url(l, "https://bao.vn/anh.jpg", "bao.vn",
                      CRAWL_KIND_ARTICLE);
  n = crawl_links_choose(l, 5, NULL, ch);
  ok(n == 1 && ch[0].kind == CRAWL_KIND_ARTICLE, "sitemap URL: one "
     "article (other site and image dropped)");
  crawl_links_free(l);

  crawl_html_title((const uint8_t *)home_html, strlen(home_html), title,
                   sizeof(title));
  is_str(title, "Báo Điện tử Thử", "title, blanks collapsed");
  crawl_html_title((const uint8_t *)home_html, strlen(home_html), title, 6);
  is_str(title, "Báo", "title cut on a character boundary");
  crawl_html_title((const uint8_t *)"<p>none", 7, title, sizeof(title));
  is_str(title, "", "no title");
  {
    /* a page that says windows-1258 in its meta: the text given is UTF-8
     * already and must be read as such */
    static const char h[] = "<html><head><meta charset=\"windows-1258\">"
                            "<title>Việt Nam</title></head></html>";
    crawl_html_title((const uint8_t *)h, strlen(h), title, sizeof(title));
    is_str(title, "Việt Nam", "meta charset ignored on UTF-8 text");
  }
}

/* ---- sitemaps ----------------------------------------------------------- */

struct locs {
  char v[8][256];
  int n;
};

static int loc_cb(void *user, const char *loc)
{
  struct locs *l = user;
  if(l->n < 8)
    snprintf(l->v[l->n], sizeof(l->v[0]), "%s", loc);
  l->n++;
  return 0;
}

static int sm(const char *xml, size_t len, bool *idx, struct locs *l)
{
  memset(l, 0, sizeof(*l));
  return crawl_sitemap_parse((const uint8_t *)xml, len, idx, loc_cb, l);
}

static void test_sitemaps(void)
{
  static const char urlset[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
    "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\" "
    "xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">"
    "<url><loc> https://bao.vn/a-d1.html </loc><news:news><news:title>T"
    "</news:title></news:news><image:image><image:loc>https://bao.vn/i.jpg"
    "</image:loc></image:image></url>"
    "<url><loc>https://bao.vn/b-d2.html</loc></url></urlset>";
  static const char index[] =
    "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
    "<sitemap><loc>https://bao.vn/sm-1.xml</loc></sitemap>"
    "<sitemap><loc>https://bao.vn/sm-news.xml</loc></sitemap>"
    "</sitemapindex>";
  static const char laughs[] =
    "<?xml version=\"1.0\"?><!DOCTYPE urlset ["
    "<!ENTITY a \"aaaaaaaaaa\">"
    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
    "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
    "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
    "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
    "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">"
    "<!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">"
    "]><urlset><url><loc>&i;</loc></url></urlset>";
  static const char xxe[] =
    "<?xml version=\"1.0\"?><!DOCTYPE urlset ["
    "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
    "<urlset><url><loc>https://bao.vn/&x;</loc></url></urlset>";
  struct locs l;
  bool idx;
  int rc;

  rc = sm(urlset, strlen(urlset), &idx, &l);
  is_int(rc, PP_OK, "urlset");
  ok(!idx, "not an index");
  is_int(l.n, 2, "two <loc> (image:loc is not one)");
  is_str(l.v[0], "https://bao.vn/a-d1.html", "trimmed");
  rc = sm(index, strlen(index), &idx, &l);
  ok(rc == PP_OK && idx && l.n == 2, "sitemapindex");
  {
    uLongf zl = compressBound(sizeof(urlset));
    uint8_t *z = malloc(zl + 32);
    z_stream zs;
    memset(&zs, 0, sizeof(zs));
    deflateInit2(&zs, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
    zs.next_in = (Bytef *)(uintptr_t)urlset;
    zs.avail_in = (uInt)strlen(urlset);
    zs.next_out = z;
    zs.avail_out = (uInt)(zl + 32);
    deflate(&zs, Z_FINISH);
    rc = crawl_sitemap_parse(z, zs.total_out, &idx, loc_cb,
                             (memset(&l, 0, sizeof(l)), &l));
    ok(rc == PP_OK && l.n == 2, "gzip sitemap (.xml.gz)");
    deflateEnd(&zs);
    free(z);
  }
  rc = sm(urlset, strlen(urlset) - 40, &idx, &l);
  ok(rc == PP_OK && l.n >= 1, "cut XML: what was read counts");
  rc = sm("<html><body>404</body></html>", 29, &idx, &l);
  is_int(rc, PP_EMALFORMED, "an HTML page is no sitemap");
  rc = sm("", 0, &idx, &l);
  is_int(rc, PP_EMALFORMED, "empty");
  rc = sm(laughs, strlen(laughs), &idx, &l);
  ok(l.n == 0 || strlen(l.v[0]) < 1000, "billion laughs: not expanded "
     "(rc %d)", rc);
  rc = sm(xxe, strlen(xxe), &idx, &l);
  ok(l.n == 0 || !strstr(l.v[0], "root:"), "external entity not read");
}

/* ---- skip lists and candidates ------------------------------------------ */

static void put_name(struct pp_store *st, const char *name,
                     const char *category, unsigned via, int clients)
{
  struct pp_record r;
  struct pp_hll *h = pp_hll_new();
  int i;
  for(i = 0; i < clients; i++)
    pp_hll_add(h, (uint64_t)i * 0x9e3779b97f4a7c15ull + 12345);
  char site[PP_NAME_BUF];
  memset(&r, 0, sizeof(r));
  r.name = name;
  r.site = pp_name_site(name, site);
  r.bucket_start = 1727784000ull * 1000000;
  r.bucket_seconds = 3600;
  r.first_seen = r.bucket_start + 1;
  r.last_seen = r.bucket_start + 2;
  r.flows = 1;
  r.via = via;
  r.clients = h;
  r.category = category;
  store_put(st, &r);
  pp_hll_free(h);
}

struct cands {
  char v[16][64];
  int n;
};

static int cand_cb(void *user, const char *site)
{
  struct cands *c = user;
  if(c->n < 16)
    snprintf(c->v[c->n], sizeof(c->v[0]), "%s", site);
  c->n++;
  return 0;
}

static void test_skip(void)
{
  struct crawl_skip *sk = NULL;
  struct pp_store *st = NULL;
  struct cands c;
  uint64_t skipped[4] = {0};
  char err[PP_ERRBUF_SIZE];
  char path[512];
  int rc;

  write_file(in_dir("skip.txt"),
             "# comment\n"
             "host:\"googleapis.com\",host:\"gstatic.com\"@Google\n"
             "  host:\"s3.amazonaws.com\"  # a comment\n"
             "tcp:81,udp:5061@Custom\n"
             "ip:1.2.3.4/32@Other\n"
             "host:\"cloudfront.net\"@AmazonCDN\n"
             "\n");
  rc = crawl_skip_load(&sk, in_dir("skip.txt"), err);
  is_int(rc, PP_OK, "skip-hosts file loaded (%s)", err);
  ok(crawl_skip_hosts(sk) >= 4, "names kept");
  write_file(in_dir("bad.txt"), "host:\"ok.com\"\nhost:\"bad name\"@X\n");
  snprintf(path, sizeof(path), "%s", in_dir("bad.txt"));
  rc = crawl_skip_load(&sk, path, err);
  is_int(rc, PP_EMALFORMED, "a bad name refused");
  ok(strstr(err, "bad.txt:2:") != NULL, "file:line (%s)", err);
  write_file(in_dir("bad2.txt"), "port:80@X\n");
  rc = crawl_skip_load(&sk, in_dir("bad2.txt"), err);
  is_int(rc, PP_EMALFORMED, "an unknown entry refused");
  write_file(in_dir("bad3.txt"), "host:\"googlevideo\"\n");
  rc = crawl_skip_load(&sk, in_dir("bad3.txt"), err);
  is_int(rc, PP_EMALFORMED, "a partial (nDPI substring) name refused");
  is_int(crawl_skip_load(&sk, in_dir("none.txt"), err), PP_ENOENT,
         "missing file");
  ok(crawl_skip_add_category(&sk, "Advertisement") == PP_OK, "category");
  {
    char installed[512];
    struct crawl_skip *def = NULL;
    snprintf(installed, sizeof(installed), "%s/rules/skip-hosts.txt",
             test_srcdir(__FILE__));
    rc = crawl_skip_load(&def, installed, err);
    is_int(rc, PP_OK, "the shipped rules/skip-hosts.txt loads (%s)", err);
    ok(crawl_skip_hosts(def) > 100, "and lists many hosts (%zu)",
       crawl_skip_hosts(def));
    crawl_skip_free(def);
  }

  rc = store_open(in_dir("inv.db"), STORE_RDWR, &st, err);
  is_int(rc, PP_OK, "inventory store");
  store_begin(st);
  put_name(st, "www.bao.vn", "Web", PP_VIA_TLS, 50);
  put_name(st, "m.bao.vn", "Web", PP_VIA_TLS, 10);
  put_name(st, "fonts.gstatic.com", "Web", PP_VIA_TLS, 200);
  put_name(st, "x.s3.amazonaws.com", "Cloud", PP_VIA_TLS,
           150);
  put_name(st, "ads.example.com", "Advertisement", PP_VIA_TLS,
           120);
  put_name(st, "cloudflare-ech.com", NULL,
           PP_VIA_ECH_FRONT, 100);
  put_name(st, "d111.cloudfront.net", "Web",
           PP_VIA_TLS, 90);
  put_name(st, "tin.vn", NULL, PP_VIA_DNS, 20);
  store_commit(st);
  memset(&c, 0, sizeof(c));
  rc = crawl_candidates(st, sk, 0, cand_cb, &c, skipped);
  is_int(rc, PP_OK, "candidates");
  is_int(c.n, 2, "two candidates");
  is_str(c.v[0], "bao.vn", "most clients first");
  is_str(c.v[1], "tin.vn", "then the next");
  is_int(skipped[CRAWL_SKIP_HOST], 3, "skipped as hosts (gstatic, "
         "amazonaws via s3.amazonaws.com, cloudfront.net subdomain)");
  is_int(skipped[CRAWL_SKIP_CATEGORY], 1, "skipped by category");
  is_int(skipped[CRAWL_SKIP_ECH], 1, "skipped as an ECH front");
  memset(&c, 0, sizeof(c));
  crawl_candidates(st, sk, 1, cand_cb, &c, NULL);
  is_int(c.n, 1, "max 1");
  memset(&c, 0, sizeof(c));
  crawl_candidates(st, NULL, 0, cand_cb, &c, NULL);
  is_int(c.n, 6, "no skip list: only the ECH front is left out");
  store_close(st);
  crawl_skip_free(sk);
}

/* ---- the fetches table -------------------------------------------------- */

static int64_t sql_int(const char *path, const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *s;
  int64_t v = -1;
  if(sqlite3_open(path, &db) == SQLITE_OK &&
     sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
    if(sqlite3_step(s) == SQLITE_ROW)
      v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  return v;
}

static void test_store(void)
{
  struct pp_store *st = NULL;
  struct store_fetch f;
  struct store_fetch_prev prev;
  char err[PP_ERRBUF_SIZE];
  const char *path = in_dir("fetch.db");
  int64_t id = 0, run = 0;
  int rc;
  char longtag[400];

  /* a version 1 store (as the previous release left it) migrates */
  rc = store_open(path, STORE_RDWR, &st, err);
  store_close(st);
  st = NULL;
  sql_int(path, "DROP TABLE fetches");
  sql_int(path, "DROP TABLE verdicts");
  sql_int(path, "DROP TABLE verdict_signals");
  sql_int(path, "DROP TABLE verdict_hits");
  sql_int(path, "DROP TABLE verdict_pages");
  sql_int(path, "DROP TABLE verdict_sources");
  sql_int(path, "DROP TABLE verdict_attributions");
  sql_int(path, "DROP TABLE withdrawals");
  sql_int(path, "PRAGMA user_version = 1");
  is_int(sql_int(path, "PRAGMA user_version"), 1, "a version 1 store");
  rc = store_open(path, STORE_RDONLY, &st, err);
  is_int(rc, PP_EFORMAT, "read-only refuses the old schema");
  rc = store_open(path, STORE_RDWR, &st, err);
  is_int(rc, PP_OK, "read-write migrates it");
  is_int(sql_int(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION,
         "now the current version");
  is_int(sql_int(path, "SELECT count(*) FROM sqlite_master WHERE "
                 "name IN ('fetches', 'fetches_url', 'fetches_site', "
                 "'fetches_run')"), 4, "fetches table and its indexes");

  store_run_start(st, "crawl", "x", 1, &run);
  memset(&f, 0, sizeof(f));
  f.run_id = run;
  f.site = "bao.vn";
  f.url = "https://bao.vn/a";
  f.final_url = "https://bao.vn/a";
  f.kind = "article";
  f.status = 200;
  f.fetched_at = 1000;
  f.elapsed_ms = 12;
  f.bytes = 345;
  f.content_type = "text/html";
  f.charset = "UTF-8";
  f.server_ip = "203.0.113.5";
  f.etag = "\"v1\"";
  f.last_modified = "Sat, 01 Jun 2024 10:00:00 GMT";
  f.warc_file = "pp-1.warc.gz";
  f.warc_offset = 1234;
  f.warc_length = 567;
  f.block_digest = "sha256:AAAA";
  f.outcome = "ok";
  rc = store_fetch_put(st, &f, &id);
  ok(rc == PP_OK && id > 0, "row written");
  f.fetched_at = 2000;
  f.status = 304;
  f.outcome = "not-modified";
  f.etag = "\"v2\"";
  store_fetch_put(st, &f, NULL);
  f.fetched_at = 3000;
  f.status = 0;
  f.outcome = "timeout";
  f.warc_file = NULL;
  store_fetch_put(st, &f, NULL);
  rc = store_fetch_last(st, "https://bao.vn/a", &prev);
  is_int(rc, PP_OK, "last complete fetch found");
  is_str(prev.etag, "\"v1\"", "the 200's ETag (not the 304's)");
  is_str(prev.last_modified, "Sat, 01 Jun 2024 10:00:00 GMT",
         "Last-Modified");
  is_str(prev.warc_file, "pp-1.warc.gz", "its WARC file");
  is_int(prev.warc_offset, 1234, "its offset");
  is_int(store_fetch_last(st, "https://bao.vn/none", &prev), PP_ENOTFOUND,
         "never fetched: ENOTFOUND");
  memset(longtag, 'x', sizeof(longtag) - 1);
  longtag[sizeof(longtag) - 1] = '\0';
  f.url = "https://bao.vn/long";
  f.etag = longtag;
  f.status = 200;
  f.outcome = "ok";
  f.fetched_at = 4000;
  store_fetch_put(st, &f, NULL);
  store_fetch_last(st, "https://bao.vn/long", &prev);
  is_str(prev.etag, "", "an ETag too long to use is left out");
  f.outcome = NULL;
  is_int(store_fetch_put(st, &f, NULL), PP_EINVAL, "no outcome: EINVAL");
  is_int(sql_int(path, "SELECT count(*) FROM fetches WHERE run_id IS NOT "
                 "NULL AND warc_offset IS NULL"), 2,
         "no WARC record: offset NULL");
  store_close(st);
  st = NULL;
  rc = store_open(path, STORE_RDONLY, &st, err);
  f.outcome = "ok";
  is_int(store_fetch_put(st, &f, NULL), PP_EINVAL, "read-only: EINVAL");
  ok(store_fetch_last(st, "https://bao.vn/a", &prev) == PP_OK,
     "read-only: lookups work");
  store_close(st);
}

static void test_alloc(void)
{
  long k;
  bool clean = true;
  char out[CRAWL_URL_MAX + 1];
  for(k = 0; k < 60; k++) {
    struct crawl_links *l;
    pp_alloc_fail_after(k);
    l = crawl_links_new();
    if(l) {
      crawl_links_add_html(l, "https://bao.vn/", "bao.vn",
                           (const uint8_t *)home_html, strlen(home_html));
      crawl_links_free(l);
    }
    crawl_url_resolve("http://a.vn/b/", "../c d", 6, out, sizeof(out));
  }
  pp_alloc_fail_after(-1);
  ok(clean, "allocation failures in link collection: no leak, no crash");
}

int main(void)
{
  char cmd[128];
  snprintf(dir, sizeof(dir), "/tmp/pp_crawl_%d", (int)getpid());
  if(mkdir(dir, 0700)) {
    printf("Bail out! cannot create %s\n", dir);
    return 1;
  }
  test_resolve();
  test_classify();
  test_links();
  test_sitemaps();
  test_skip();
  test_store();
  test_alloc();
  snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
  if(system(cmd) != 0)
    diag("could not remove %s", dir);
  return tap_done();
}
