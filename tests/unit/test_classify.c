/*
 * test_classify.c: the classification pipeline (classify/clfpage.c,
 * classify/classify.c).
 *
 * Pages: HTTP responses as a crawl stores them (plain, chunked, gzip,
 * chunked gzip, a charset only in <meta>, windows-1258 from the header,
 * no Content-Type at all) become pages; a 404, an image, brotli, a cut
 * head, an empty body do not, each with its reason; the regions reach
 * struct sig_page (title with og:title, meta, menu items, attributions,
 * JSON-LD types, og:type, comments, the article flag).  Sites: names
 * under .test/.example, public suffixes, IP literals and single labels;
 * URL hosts with userinfo, ports, IPv6.  Runs: several sites'
 * records interleaved in two files, a newer record of a URL replacing
 * the older, a revisit record, a damaged record skipped beside good
 * ones, a site added with no page (unreachable), the per-site page cap,
 * and verdicts that follow from the pages (a press-like and an other
 * site, with a small rule set).
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"
#include "testutil.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "classify.h"
#include "clfpage.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_names.h"
#include "rules.h"
#include "signals.h"
#include "warc.h"

static const char article_html[] =
  "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
  "<title>Kỳ 1: Dự án treo - Báo Thử</title>"
  "<meta property=\"og:title\" content=\"Kỳ 1: Dự án treo\">"
  "<meta property=\"og:type\" content=\"article\">"
  "<meta name=\"description\" content=\"Phóng viên ghi nhận tại hiện "
  "trường\">"
  "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org"
  "\",\"@type\":\"NewsArticle\",\"headline\":\"Dự án treo\"}</script>"
  "</head><body><header class=\"site-header\"><a class=\"logo\">Báo Thử"
  "</a></header>"
  "<nav class=\"main-menu\"><ul><li><a href=\"/thoi-su\">Thời sự</a></li>"
  "<li><a href=\"/phap-luat\">Pháp luật</a></li></ul></nav>"
  "<article><h1>Kỳ 1: Dự án treo</h1>"
  "<p>Phóng viên đã có mặt tại hiện trường và ghi nhận nhiều sai phạm "
  "của dự án. Người dân cho biết dự án bị bỏ hoang nhiều năm nay.</p>"
  "<p>Theo tài liệu mà phóng viên có được, chủ đầu tư chưa hoàn thành "
  "nghĩa vụ tài chính. Báo sẽ tiếp tục thông tin về vụ việc.</p>"
  "<p class=\"source\">Nguồn: Báo Gốc</p>"
  "</article><div class=\"fb-comments\"></div>"
  "<footer>Giấy phép số 12/GP-BTTTT. Tổng biên tập: Nguyễn Văn A</footer>"
  "</body></html>";

static uint8_t *http(int status, const char *headers, const void *body,
                     size_t len, size_t *out_len)
{
  char head[2048];
  uint8_t *m;
  int n = snprintf(head, sizeof(head), "HTTP/1.1 %d X\r\n%s\r\n", status,
                   headers);
  m = malloc((size_t)n + len);
  memcpy(m, head, (size_t)n);
  if(len)
    memcpy(m + n, body, len);
  *out_len = (size_t)n + len;
  return m;
}

static size_t gzip_buf(const void *in, size_t len, uint8_t *out, size_t cap)
{
  z_stream zs;
  memset(&zs, 0, sizeof(zs));
  deflateInit2(&zs, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = (Bytef *)(uintptr_t)in;
  zs.avail_in = (uInt)len;
  zs.next_out = out;
  zs.avail_out = (uInt)cap;
  deflate(&zs, Z_FINISH);
  deflateEnd(&zs);
  return zs.total_out;
}

static bool has_str(const char *const *v, size_t n, const char *s)
{
  size_t i;
  for(i = 0; i < n; i++)
    if(v[i] && strstr(v[i], s))
      return true;
  return false;
}

static void test_pages(void)
{
  struct clfpage *p = clfpage_new();
  enum clfpage_skip skip;
  uint8_t *m, gz[16384], chunked[20000];
  size_t len, glen, clen;
  const char *url = "https://baothu.test/du-an/ky-1-du-an-treo-123.html";

  ok(p != NULL, "a page pipeline");
  m = http(200, "Content-Type: text/html; charset=utf-8\r\n", article_html,
           strlen(article_html), &len);
  is_int(clfpage_from_http(p, url, m, len, &skip), PP_OK, "plain: ok");
  is_int(skip, CLFPAGE_PAGE, "plain: a page");
  free(m);
  is_int(p->status, 200, "status kept");
  is_str(p->charset, "UTF-8", "charset from the header");
  ok(p->page.text[REG_TITLE] &&
     strstr(p->page.text[REG_TITLE], "Kỳ 1: Dự án treo - Báo Thử\n") &&
     strstr(p->page.text[REG_TITLE], "\nKỳ 1: Dự án treo\n") &&
     strstr(p->page.text[REG_TITLE], "\nDự án treo"),
     "title: <title>, og:title and the JSON-LD headline, one a line");
  ok(p->page.text[REG_META] &&
     strstr(p->page.text[REG_META], "Phóng viên ghi nhận"),
     "meta: the description");
  ok(has_str(p->page.nav_items, p->page.n_nav_items, "Thời sự") &&
     has_str(p->page.nav_items, p->page.n_nav_items, "Pháp luật"),
     "menu items");
  ok(has_str(p->page.jsonld_types, p->page.n_jsonld_types, "NewsArticle"),
     "JSON-LD type");
  is_str(p->page.og_type, "article", "og:type");
  ok(p->page.comments, "comment widget seen");
  ok(p->page.article, "an article page");
  ok(has_str(p->page.sources, p->page.n_sources, "Báo Gốc"),
     "source line kept");
  ok(p->page.text[REG_FOOTER] &&
     strstr(p->page.text[REG_FOOTER], "12/GP-BTTTT"), "footer text");
  ok(p->page.text[REG_BODY] &&
     strstr(p->page.text[REG_BODY], "hiện trường"), "article body");
  is_str(p->page.url, url, "URL kept");

  /* gzip, chunked, chunked gzip */
  glen = gzip_buf(article_html, strlen(article_html), gz, sizeof(gz));
  m = http(200, "Content-Type: text/html; charset=utf-8\r\n"
           "Content-Encoding: gzip\r\n", gz, glen, &len);
  clfpage_from_http(p, url, m, len, &skip);
  free(m);
  ok(skip == CLFPAGE_PAGE && p->page.article, "gzip: a page");
  clen = (size_t)snprintf((char *)chunked, sizeof(chunked), "%zx\r\n",
                          glen);
  memcpy(chunked + clen, gz, glen);
  clen += glen;
  memcpy(chunked + clen, "\r\n0\r\n\r\n", 7);
  clen += 7;
  m = http(200, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
           "Content-Encoding: gzip\r\n", chunked, clen, &len);
  clfpage_from_http(p, url, m, len, &skip);
  free(m);
  ok(skip == CLFPAGE_PAGE &&
     strstr(p->page.text[REG_TITLE], "Báo Thử"), "chunked gzip: a page");
  /* corrupt gzip after a good start: what decoded is used, noted */
  gz[glen / 2] ^= 0x55;
  gz[glen / 2 + 1] ^= 0x55;
  m = http(200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
           gz, glen, &len);
  is_int(clfpage_from_http(p, url, m, len, &skip), PP_OK,
         "corrupt gzip: no error");
  free(m);
  ok(skip == CLFPAGE_CODING || (skip == CLFPAGE_PAGE && p->coding_partial),
     "corrupt gzip: skipped or partial (%s)", clfpage_skip_name(skip));

  /* windows-1258 from the header */
  {
    static const uint8_t cp[] = "<html><head><title>B\xc1o Vi\xd2t</title>"
                                "</head><body><p>x</p></body></html>";
    m = http(200, "Content-Type: text/html; charset=windows-1258\r\n", cp,
             sizeof(cp) - 1, &len);
    clfpage_from_http(p, "http://a.test/", m, len, &skip);
    free(m);
    is_int(skip, CLFPAGE_PAGE, "windows-1258: a page");
    is_str(p->charset, "CP1258", "windows-1258: charset");
    ok(p->page.text[REG_TITLE] &&
       !strncmp(p->page.text[REG_TITLE], "B\xc3\x81o", 4),
       "windows-1258: decoded to UTF-8");
    ok(!p->page.article, "home page: not an article");
  }
  /* charset only in <meta>, no Content-Type at all (sniffed) */
  {
    static const char h[] = "<!doctype html><html><head><meta charset="
                            "\"utf-8\"><title>Tin tức</title></head>"
                            "<body></body></html>";
    m = http(200, "Server: x\r\n", h, strlen(h), &len);
    clfpage_from_http(p, "http://a.test/x", m, len, &skip);
    free(m);
    is_int(skip, CLFPAGE_PAGE, "no Content-Type, HTML body: sniffed");
    m = http(200, "Server: x\r\n", "\x89PNG\r\n", 6, &len);
    clfpage_from_http(p, "http://a.test/x", m, len, &skip);
    free(m);
    is_int(skip, CLFPAGE_NOT_HTML, "no Content-Type, PNG body: not HTML");
  }
  /* not pages */
  m = http(404, "Content-Type: text/html\r\n", "<html>gone</html>", 17,
           &len);
  clfpage_from_http(p, url, m, len, &skip);
  free(m);
  is_int(skip, CLFPAGE_STATUS, "404: status");
  is_int(p->status, 404, "404 kept");
  m = http(200, "Content-Type: image/jpeg\r\n", "\xff\xd8\xff", 3, &len);
  clfpage_from_http(p, url, m, len, &skip);
  free(m);
  is_int(skip, CLFPAGE_NOT_HTML, "image: not HTML");
  m = http(200, "Content-Type: text/html\r\nContent-Encoding: br\r\n",
           "\x1b\x00", 2, &len);
  clfpage_from_http(p, url, m, len, &skip);
  free(m);
  is_int(skip, CLFPAGE_CODING, "brotli: coding");
  m = http(200, "Content-Type: text/html\r\n", NULL, 0, &len);
  clfpage_from_http(p, url, m, len, &skip);
  free(m);
  is_int(skip, CLFPAGE_EMPTY, "empty body");
  clfpage_from_http(p, url, (const uint8_t *)"HTTP/1.1 200 OK\r\nConte",
                    23, &skip);
  is_int(skip, CLFPAGE_NOT_HTTP, "head cut: not HTTP");
  clfpage_from_http(p, url, (const uint8_t *)"GET / HTTP/1.1\r\n\r\n", 18,
                    &skip);
  is_int(skip, CLFPAGE_NOT_HTTP, "a request: not a response");
  is_int(clfpage_from_http(p, url, NULL, 5, &skip), PP_EINVAL,
         "NULL with a length: EINVAL");
  /* a body given without its HTTP message (resource records) */
  is_int(clfpage_from_entity(p, url, "text/html", (const uint8_t *)
                             article_html, strlen(article_html), &skip),
         PP_OK, "entity: ok");
  is_int(skip, CLFPAGE_PAGE, "entity: a page");
  clfpage_free(p);
  clfpage_free(NULL);
}

static void test_sites(void)
{
  static const struct {
    const char *host, *site;
  } cases[] = {
    {"www.binhlam.gov.vn.test", "binhlam.gov.vn.test"},
    {"binhlam.gov.vn.test", "binhlam.gov.vn.test"},
    {"congnghe360.test", "congnghe360.test"},
    {"m.congnghe360.test", "congnghe360.test"},
    {"doisongxanh.example", "doisongxanh.example"},
    {"news.vnexpress.net", "vnexpress.net"},
    {"WWW.Thanhnien.VN", "thanhnien.vn"},
    {"tuoitre.com.vn", "tuoitre.com.vn"},
    {"a.b.tuoitre.com.vn", "tuoitre.com.vn"},
    {"1.2.3.4", NULL},
    {"localhost", NULL},
    {"", NULL},
  };
  char out[PP_NAME_BUF];
  const char *h;
  size_t i, n;

  for(i = 0; i < PP_ARRAY_LEN(cases); i++) {
    bool r = classify_site_of(cases[i].host, strlen(cases[i].host), out);
    if(cases[i].site)
      ok(r && !strcmp(out, cases[i].site), "site of %s: %s (got %s)",
         cases[i].host, cases[i].site, out);
    else
      ok(!r, "%s is no site", *cases[i].host ? cases[i].host : "''");
  }
  ok(classify_url_host("https://user:pw@Báo.test:8443/x?y#z", &h, &n) &&
     n == strlen("Báo.test") && !strncmp(h, "Báo.test", n),
     "URL host: userinfo and port dropped");
  ok(classify_url_host("http://a.test", &h, &n) && n == 6,
     "URL host: no path");
  ok(!classify_url_host("http://[2001:db8::1]/", &h, &n),
     "URL host: IPv6 literal refused");
  ok(!classify_url_host("ftp://a.test/", &h, &n), "URL host: not http");
  ok(!classify_url_host("https:///x", &h, &n), "URL host: empty");
}

/* ---- runs over WARC files ----------------------------------------------- */

static const char rules_yaml[] =
  "scoring:\n  press: 6\n  aggregator: 3\n  social: 8\n  other: 4\n"
  "signals:\n"
  "  - id: t.reporter\n    title: reporter\n    family: articles\n"
  "    basis: test\n    certainty: confirmed\n    weight: 3\n"
  "    towards: press\n    max: 3\n    regions: [body, title]\n"
  "    phrases: [phóng viên]\n"
  "  - id: t.shop\n    title: shop\n    family: other\n    basis: test\n"
  "    certainty: secondary\n    weight: 4\n    towards: other\n"
  "    max: 2\n    regions: [page]\n    phrases: [giỏ hàng]\n";

static char tmpdir[] = "/tmp/test_classify.XXXXXX";

static void put(struct warc_writer *w, const char *url, const char *html,
                int status, pp_usec_t date, enum warc_type type)
{
  struct warc_wrec rec = {0};
  size_t len;
  uint8_t *m = http(status, "Content-Type: text/html; charset=utf-8\r\n",
                    html, strlen(html), &len);
  rec.type = type;
  rec.target_uri = url;
  rec.ip = "203.0.113.9";
  rec.date = date;
  if(type == WARC_RESOURCE) {
    rec.content_type = "text/html";
    rec.block = (const uint8_t *)html;
    rec.block_len = strlen(html);
  } else {
    rec.block = m;
    rec.block_len = len;
  }
  if(warc_write(w, &rec, NULL) != PP_OK)
    diag("write %s: %s", url, warc_writer_errmsg(w));
  free(m);
}

struct seen {
  char site[64][64];
  int cls[64];
  size_t pages[64], classified[64];
  char first_url[64][256];
  int n;
};

static int sink(void *ctx, const struct classify_site *s)
{
  struct seen *z = ctx;
  if(z->n < 64) {
    snprintf(z->site[z->n], 64, "%s", s->site);
    z->cls[z->n] = s->verdict->cls;
    z->pages[z->n] = s->n_pages;
    z->classified[z->n] = s->n_classified;
    snprintf(z->first_url[z->n], 256, "%s",
             s->n_pages ? s->pages[0].url : "");
    z->n++;
  }
  return PP_OK;
}

static int find(const struct seen *z, const char *site)
{
  int i;
  for(i = 0; i < z->n; i++)
    if(!strcmp(z->site[i], site))
      return i;
  return -1;
}

static const char press_page[] =
  "<html><head><title>Tin</title></head><body><article><p>Phóng viên "
  "ghi nhận tại chỗ.</p></article></body></html>";
static const char press_old[] =
  "<html><head><title>Tin cũ</title></head><body><p>Không có gì.</p>"
  "</body></html>";
static const char shop_page[] =
  "<html><head><title>Shop</title></head><body><p>Thêm vào giỏ hàng</p>"
  "</body></html>";

static void test_runs(void)
{
  struct rules_diag dg;
  struct ruleset *rs = NULL;
  struct sig_engine *e = NULL;
  struct classify *c = NULL;
  struct classify_opts o = {0};
  struct warc_writer *w1, *w2;
  struct classify_stats st;
  struct seen z;
  char err[PP_ERRBUF_SIZE], path[512];
  pp_usec_t t = (pp_usec_t)1780000000 * 1000000;
  int i, rc;

  if(!mkdtemp(tmpdir)) {
    ok(0, "mkdtemp");
    return;
  }
  is_int(rules_load_mem("t.yaml", rules_yaml, strlen(rules_yaml), &rs, &dg),
         PP_OK, "test rules load");
  if(!rs) {
    diag("%s", dg.msg[0]);
    return;
  }
  is_int(sig_engine_new(rs, &e), PP_OK, "engine");
  is_int(warc_writer_open(tmpdir, "a", 0, NULL, &w1, err), PP_OK, "file a");
  is_int(warc_writer_open(tmpdir, "b", 0, NULL, &w2, err), PP_OK, "file b");
  /* interleaved: press.test pages in both files, shop.test between */
  put(w1, "http://www.press.test/", press_page, 200, t, WARC_RESPONSE);
  put(w1, "https://shop.test/", shop_page, 200, t, WARC_RESPONSE);
  put(w2, "http://press.test/a-1.html", press_old, 200, t, WARC_RESPONSE);
  put(w1, "https://shop.test/p/2", shop_page, 200, t, WARC_RESPONSE);
  /* a newer fetch of the same URL wins, whatever the order in the files */
  put(w1, "http://press.test/a-1.html", press_page, 200, t + 1000000,
      WARC_RESPONSE);
  put(w2, "http://press.test/b-2.html", press_page, 200, t, WARC_RESPONSE);
  put(w2, "http://press.test/0-gone", press_page, 404, t, WARC_RESPONSE);
  put(w2, "http://press.test/d-4.html", press_page, 200, t, WARC_RESPONSE);
  put(w2, "http://res.test/", press_page, 200, t, WARC_RESOURCE);
  put(w2, "http://10.0.0.1/", press_page, 200, t, WARC_RESPONSE);
  is_int(warc_writer_close(w1, err), PP_OK, "close a");
  is_int(warc_writer_close(w2, err), PP_OK, "close b");
  {
    /* a revisit record (the writer makes none): an uncompressed file */
    static const char revisit[] =
      "WARC/1.1\r\nWARC-Type: revisit\r\n"
      "WARC-Target-URI: http://press.test/c-3.html\r\n"
      "WARC-Date: 2026-06-12T00:00:00Z\r\n"
      "WARC-Record-ID: <urn:uuid:8f1e2a3b-0000-4000-8000-000000000001>\r\n"
      "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/"
      "identical-payload-digest\r\n"
      "Content-Length: 0\r\n\r\n\r\n\r\n";
    FILE *f;
    snprintf(path, sizeof(path), "%s/c-revisit.warc.gz", tmpdir);
    f = fopen(path, "wb");
    ok(f && fwrite(revisit, 1, sizeof(revisit) - 1, f) ==
       sizeof(revisit) - 1, "revisit file written (plain, .gz name)");
    if(f)
      fclose(f);
  }

  o.max_pages = 3;
  is_int(classify_new(e, &o, &c), PP_OK, "classify_new");
  {
    /* both files, found by name */
    char cmd[600];
    FILE *ls;
    snprintf(cmd, sizeof(cmd), "ls %s/*.warc.gz", tmpdir);
    ls = popen(cmd, "r");
    while(ls && fgets(path, sizeof(path), ls)) {
      path[strcspn(path, "\n")] = '\0';
      rc = classify_add_warc(c, path, err);
      is_int(rc, PP_OK, "index %s", strrchr(path, '/') + 1);
    }
    if(ls)
      pclose(ls);
  }
  is_int(classify_add_warc(c, "/nonexistent/x.warc.gz", err), PP_ENOENT,
         "a missing file: ENOENT");
  ok(strstr(err, "/nonexistent/x.warc.gz") != NULL, "named: %s", err);
  is_int(classify_add_site(c, "down.test"), PP_OK, "a site with no page");
  memset(&z, 0, sizeof(z));
  is_int(classify_run(c, sink, &z, err), PP_OK, "run");
  classify_get_stats(c, &st);
  is_int(z.n, 4, "four sites: press, shop, res, down (not the IP)");
  i = find(&z, "press.test");
  ok(i >= 0 && z.cls[i] == SIG_CLASS_PRESS_LIKE,
     "press.test: press-like (3 pages x weight 3)");
  ok(i >= 0 && z.classified[i] == 3, "press.test: 3 pages classified");
  ok(i >= 0 && !strcmp(z.first_url[i], "http://www.press.test/"),
     "press.test: the home page first");
  ok(i >= 0 && z.pages[i] == 4, "press.test: and the 404 listed");
  i = find(&z, "shop.test");
  ok(i >= 0 && z.cls[i] == SIG_CLASS_OTHER, "shop.test: other");
  i = find(&z, "res.test");
  ok(i >= 0 && z.classified[i] == 1, "resource record: a page");
  i = find(&z, "down.test");
  ok(i >= 0 && z.cls[i] == SIG_CLASS_UNREACHABLE, "down.test: unreachable");
  is_int(st.revisits, 1, "revisit skipped");
  is_int(st.duplicates, 1, "older fetch of a URL: duplicate");
  is_int(st.no_site, 1, "IP literal: no site");
  is_int(st.skipped[CLFPAGE_STATUS], 1, "404 counted");
  is_int(st.over_cap, 1, "the page over the cap of 3: counted, not read");
  is_int(st.files, 3, "three files");
  classify_free(c);

  /* the newest record decides: with the old page only, no reporter */
  {
    struct warc_writer *w;
    char d2[600];
    snprintf(d2, sizeof(d2), "%s/only-old", tmpdir);
    mkdir(d2, 0700);
    warc_writer_open(d2, "o", 0, NULL, &w, err);
    put(w, "http://p2.test/x", press_page, 200, t, WARC_RESPONSE);
    put(w, "http://p2.test/x", press_old, 200, t + 5, WARC_RESPONSE);
    warc_writer_close(w, err);
    classify_new(e, NULL, &c);
    {
      char cmd[700];
      FILE *ls;
      snprintf(cmd, sizeof(cmd), "ls %s/*.warc.gz", d2);
      ls = popen(cmd, "r");
      while(ls && fgets(path, sizeof(path), ls)) {
        path[strcspn(path, "\n")] = '\0';
        classify_add_warc(c, path, err);
      }
      if(ls)
        pclose(ls);
    }
    memset(&z, 0, sizeof(z));
    classify_run(c, sink, &z, err);
    ok(z.n == 1 && z.cls[0] == SIG_CLASS_OTHER && z.classified[0] == 1,
       "same URL twice: the newer page is the one classified");
    classify_free(c);
  }

  /* a damaged record between good ones: skipped, counted, the rest kept */
  {
    struct warc_writer *w;
    char d3[600], cmd[700];
    FILE *ls, *f;
    long size;
    snprintf(d3, sizeof(d3), "%s/damaged", tmpdir);
    mkdir(d3, 0700);
    warc_writer_open(d3, "d", 0, NULL, &w, err);
    put(w, "http://d.test/1", press_page, 200, t, WARC_RESPONSE);
    put(w, "http://d.test/2", press_page, 200, t, WARC_RESPONSE);
    put(w, "http://d.test/3", press_page, 200, t, WARC_RESPONSE);
    warc_writer_close(w, err);
    snprintf(cmd, sizeof(cmd), "ls %s/*.warc.gz", d3);
    ls = popen(cmd, "r");
    if(ls && fgets(path, sizeof(path), ls)) {
      path[strcspn(path, "\n")] = '\0';
      /* flip bytes in the middle of the file: the second record */
      f = fopen(path, "r+b");
      fseek(f, 0, SEEK_END);
      size = ftell(f);
      fseek(f, size * 55 / 100, SEEK_SET);
      fwrite("\xde\xad\xbe\xef\xde\xad\xbe\xef", 1, 8, f);
      fclose(f);
      classify_new(e, NULL, &c);
      is_int(classify_add_warc(c, path, err), PP_OK,
             "damaged file: indexed");
      memset(&z, 0, sizeof(z));
      is_int(classify_run(c, sink, &z, err), PP_OK, "damaged file: run");
      classify_get_stats(c, &st);
      ok(st.bad_records >= 1, "damaged record counted (%llu)",
         (unsigned long long)st.bad_records);
      ok(z.n == 1 && z.classified[0] >= 2,
         "the other records classified (%zu)", z.n ? z.classified[0] : 0);
      classify_free(c);
    }
    if(ls)
      pclose(ls);
  }
  sig_engine_free(e);
  rules_free(rs);
  {
    char cmd[600];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpdir);
    if(system(cmd))
      diag("could not remove %s", tmpdir);
  }
}

int main(void)
{
  test_pages();
  test_sites();
  test_runs();
  return tap_done();
}
