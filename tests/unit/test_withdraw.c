/*
 * test_withdraw.c: the source-withdrawal decision table (classify/
 * withdraw.h, rules 1-12), the URL rules, the not-found phrases in
 * Vietnamese and English (fictional pages), the home-page fingerprint,
 * allocation failures, and the withdrawals table (pp_store_withdraw.h).
 * The check over the network is tests/scripts/sources.sh.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include <stdlib.h>
#include <unistd.h>

#include "fetch.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_store.h"
#include "pp_store_withdraw.h"
#include "withdraw.h"

#define CT_HTML "text/html; charset=utf-8"

/* ---- fake fetches ------------------------------------------------------ */

struct fake {
  struct fetch_exchange hops[FETCH_HOPS_MAX];
  struct fetch_result r;
  unsigned n;
};

/* A hop: url answered status with outcome; a redirect hop's location is
 * the next hop's url (set by fake_done). */
static void hop(struct fake *f, const char *url, int status,
                enum fetch_outcome o)
{
  struct fetch_exchange *x = &f->hops[f->n++];
  memset(x, 0, sizeof(*x));
  x->url = url;
  x->status = status;
  x->outcome = o;
  x->content_type = status ? CT_HTML : NULL;
  if(o == FETCH_TIMEOUT)
    snprintf(x->error, sizeof(x->error), "Operation timed out");
}

static const struct fetch_result *done(struct fake *f, const char *body)
{
  unsigned i;
  for(i = 0; i + 1 < f->n; i++)
    f->hops[i].location = f->hops[i + 1].url;
  memset(&f->r, 0, sizeof(f->r));
  f->r.url = f->hops[0].url;
  f->r.hops = f->hops;
  f->r.n_hops = f->n;
  f->r.last = &f->hops[f->n - 1];
  f->r.final_url = f->r.last->url;
  if(body && (f->r.last->outcome == FETCH_OK ||
              f->r.last->outcome == FETCH_DECODE_LIMIT)) {
    f->r.entity = (const uint8_t *)body;
    f->r.entity_len = strlen(body);
  }
  f->n = 0;
  return &f->r;
}

static struct withdraw_judge *J;
static struct fake F;

/* Judge a chain: urls[i] answered statuses[i] (3xx: redirect hops), the
 * last one's body. */
static struct withdraw_result judge3(const char *const *urls,
                                     const int *statuses, unsigned n,
                                     const char *body,
                                     const struct withdraw_home *home)
{
  struct withdraw_result res;
  unsigned i;
  for(i = 0; i < n; i++) {
    int s = statuses[i];
    enum fetch_outcome o = s >= 300 && s < 400 && i + 1 < n
                           ? FETCH_REDIRECT
                           : s >= 400 ? FETCH_HTTP_ERROR : FETCH_OK;
    hop(&F, urls[i], s, o);
  }
  if(withdraw_judge(J, done(&F, body), home, &res))
    ok(0, "withdraw_judge failed");
  return res;
}

static struct withdraw_result judge1(const char *url, int status,
                                     const char *body)
{
  return judge3(&url, &status, 1, body, NULL);
}

static struct withdraw_result judge2(const char *url, const char *to,
                                     const char *body,
                                     const struct withdraw_home *home)
{
  const char *u[2] = {url, to};
  const int s[2] = {301, 200};
  return judge3(u, s, 2, body, home);
}

#define VERDICT(res_, v_, rule_, what_) do { \
    struct withdraw_result r_ = (res_); \
    is_str(withdraw_verdict_name(r_.verdict), withdraw_verdict_name(v_), \
           "%s: %s", what_, withdraw_verdict_name(v_)); \
    is_int(r_.rule, rule_, "%s: rule %d (%s)", what_, (int)(rule_), \
           r_.reason); \
  } while(0)

/* ---- fictional pages --------------------------------------------------- */

#define HEAD(title) \
  "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">" \
  "<title>" title "</title>"
#define NAV \
  "<header class=\"site-header\"><a href=\"/\">Báo Mẫu</a></header>" \
  "<nav><ul><li><a href=\"/thoi-su/\">Thời sự</a></li>" \
  "<li><a href=\"/kinh-te/\">Kinh tế</a></li>" \
  "<li><a href=\"/phap-luat/\">Pháp luật</a></li></ul></nav>"
#define FOOT \
  "<footer>Báo Mẫu - Cơ quan của Hội Mẫu. Giấy phép số 00/GP-BTTTT." \
  "</footer></body></html>"
/* about 250 bytes of prose, to build article text */
#define PROSE \
  "Chiều 12/3, Ủy ban nhân dân huyện Mẫu Sơn tổ chức hội nghị tổng kết " \
  "công tác năm, đánh giá kết quả thực hiện các chỉ tiêu kinh tế xã hội " \
  "và đề ra nhiệm vụ trọng tâm cho năm tới, trong đó có việc cải cách " \
  "thủ tục hành chính và số hóa hồ sơ. "

static const char home_page[] =
  HEAD("Báo Mẫu - Tin tức thời sự") "</head><body>" NAV
  "<main><div class=\"teaser\"><h3><a href=\"/thoi-su/a-d100001.html\">"
  "Hội nghị tổng kết năm</a></h3><p>Tóm tắt tin thứ nhất.</p></div>"
  "<div class=\"teaser\"><h3><a href=\"/kinh-te/b-d100002.html\">Giá "
  "lúa tăng</a></h3><p>Tóm tắt tin thứ hai.</p></div></main>" FOOT;

static const char article_page[] =
  HEAD("Hội nghị tổng kết năm - Báo Mẫu")
  "<meta property=\"og:type\" content=\"article\"></head><body>" NAV
  "<article><h1>Hội nghị tổng kết năm</h1><p>" PROSE PROSE "</p><p>"
  PROSE "</p></article>" FOOT;

/* the same article without any markup: found by text density */
static const char plain_article_page[] =
  HEAD("Hội nghị tổng kết năm") "</head><body>" NAV
  "<div class=\"content\"><h1>Hội nghị tổng kết năm</h1><p>" PROSE PROSE
  "</p><p>" PROSE "</p></div>" FOOT;

static const char soft_vi_page[] =
  HEAD("Báo Mẫu") "</head><body>" NAV
  "<div class=\"error\"><h1>Bài viết không tồn tại hoặc đã bị gỡ</h1>"
  "<p>Mời bạn quay lại <a href=\"/\">trang chủ</a>.</p></div>" FOOT;

static const char soft_title_page[] =
  HEAD("Không tìm thấy trang | Báo Mẫu") "</head><body>" NAV
  "<p>Xin lỗi vì sự bất tiện này.</p>" FOOT;

static const char soft_search_page[] =
  HEAD("Báo Mẫu - Thông báo") "</head><body>" NAV
  "<div class=\"box\"><h2>Rất tiếc! Trang bạn tìm không tồn tại.</h2>"
  "<p>Đường dẫn có thể đã thay đổi.</p></div>" FOOT;

static const char soft_removed_page[] =
  HEAD("Thông báo") "</head><body>" NAV
  "<p class=\"msg\">Nội dung đã bị gỡ theo yêu cầu.</p>" FOOT;

static const char soft_loi404_page[] =
  HEAD("Báo Mẫu") "</head><body>" NAV
  "<div class=\"center\"><h1>Lỗi 404</h1><p>Quay về trang chủ</p></div>"
  FOOT;

static const char soft_apache_page[] =
  "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\"><html><head>"
  "<title>404 Not Found</title></head><body><h1>Not Found</h1><p>The "
  "requested URL was not found on this server.</p></body></html>";

static const char soft_english_page[] =
  "<html><head><title>Daily Sample</title></head><body><nav><a "
  "href=\"/\">Home</a></nav><h2>Page not found</h2><p>Try the search "
  "box.</p></body></html>";

static const char soft_unaccented_page[] =
  HEAD("Bao Mau") "</head><body><h1>Bai viet khong ton tai</h1>"
  "<p>Vui long quay lai trang chu</p></body></html>";

/* "xoá" (new tone placement) while the phrase list says "xóa" */
static const char soft_tone_page[] =
  HEAD("Báo Mẫu") "</head><body>" NAV
  "<p>Bài viết này đã bị xoá.</p>" FOOT;

/* the message written decomposed (NFD: letters and combining marks) */
static const char soft_nfd_page[] =
  HEAD("Ba\xcc\x81o Ma\xcc\xa3\xcc\x82u") "</head><body>"
  "<h1>Ba\xcc\x80i vie\xcc\x82\xcc\x81t kho\xcc\x82ng to\xcc\x82\xcc\x80n "
  "ta\xcc\xa3i</h1></body></html>";

/* a soft 404 rendered in the article template: og:type article, an
 * empty article body with the message */
static const char soft_template_page[] =
  HEAD("Báo Mẫu") "<meta property=\"og:type\" content=\"article\">"
  "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}"
  "</script></head><body>" NAV
  "<article><div itemprop=\"articleBody\"><p>Tin bài không tồn tại.</p>"
  "</div></article>" FOOT;

/* an article about a 404 error: title and text say 404 */
static const char article_404_page[] =
  HEAD("Cổng dịch vụ công báo lỗi 404 suốt hai ngày")
  "<meta property=\"og:type\" content=\"article\"></head><body>" NAV
  "<article><h1>Cổng dịch vụ công báo lỗi 404 suốt hai ngày</h1>"
  "<p>Người dân truy cập cổng dịch vụ công của tỉnh Mẫu liên tục gặp "
  "thông báo 404 Not Found.</p><p>" PROSE PROSE "</p><p>Trang bạn tìm "
  "không tồn tại, dòng chữ hiện ra mỗi khi bấm nộp hồ sơ.</p><p>" PROSE
  "</p></article>" FOOT;

/* an English article whose title starts like an error page */
static const char article_english_page[] =
  "<html><head><title>Page not found: why broken links cost publishers"
  "</title><meta property=\"og:type\" content=\"article\"></head><body>"
  "<article><p>" PROSE PROSE PROSE "</p></article></body></html>";

/* a short item whose headline uses a bare predicate */
static const char bare_predicate_page[] =
  HEAD("Hàng loạt tài khoản mạo danh đã bị xóa") "</head><body>" NAV
  "<h1>Hàng loạt tài khoản mạo danh đã bị xóa</h1><p>Ngắn gọn.</p>"
  FOOT;

/* a headline with words between subject and predicate */
static const char gap_headline_page[] =
  HEAD("Bài viết xúc phạm lãnh đạo tỉnh đã bị gỡ bỏ") "</head><body>"
  NAV "<h1>Bài viết xúc phạm lãnh đạo tỉnh đã bị gỡ bỏ</h1>"
  "<p>Tin vắn.</p>" FOOT;

/* the phrase inside a paragraph of prose (a long line) */
static const char prose_line_page[] =
  HEAD("Góc nhìn") "</head><body>" NAV
  "<p>Khi bấm vào đường dẫn cũ, độc giả nhận được dòng chữ bài viết không "
  "tồn tại, một trải nghiệm khó chịu mà nhiều tòa soạn đang tìm cách khắc "
  "phục bằng cách chuyển hướng đường dẫn cũ sang bài mới.</p>" FOOT;

static const char section_page[] =
  HEAD("Thời sự - Báo Mẫu") "</head><body>" NAV
  "<h1>Thời sự</h1><ul><li><a href=\"/thoi-su/a-d100001.html\">Tin một"
  "</a></li><li><a href=\"/thoi-su/b-d100003.html\">Tin hai</a></li></ul>"
  FOOT;

/* the home page's title on an article (a CMS that titles every page
 * with the site's name), no markup */
static const char same_title_article_page[] =
  HEAD("Báo Mẫu - Tin tức thời sự") "</head><body>" NAV
  "<div class=\"content\"><p>" PROSE PROSE "</p><p>" PROSE "</p></div>"
  FOOT;

/* the home page's body with article markup added */
static const char home_marked_page[] =
  HEAD("Báo Mẫu - Tin tức thời sự")
  "<meta property=\"og:type\" content=\"article\"></head><body>" NAV
  "<main><div class=\"teaser\"><h3><a href=\"/thoi-su/a-d100001.html\">"
  "Hội nghị tổng kết năm</a></h3><p>Tóm tắt tin thứ nhất.</p></div>"
  "<div class=\"teaser\"><h3><a href=\"/kinh-te/b-d100002.html\">Giá "
  "lúa tăng</a></h3><p>Tóm tắt tin thứ hai.</p></div></main>" FOOT;

#define ORIG "https://baomau.test/thoi-su/hoi-nghi-tong-ket-d100001.html"

/* ---- tests ------------------------------------------------------------- */

static void test_names(void)
{
  is_str(withdraw_verdict_name(WITHDRAW_NOT_CHECKED), "not-checked",
         "name: not-checked");
  is_str(withdraw_verdict_name(WITHDRAW_PRESENT), "present", "present");
  is_str(withdraw_verdict_name(WITHDRAW_GONE_404), "gone-404", "gone-404");
  is_str(withdraw_verdict_name(WITHDRAW_GONE_410), "gone-410", "gone-410");
  is_str(withdraw_verdict_name(WITHDRAW_GONE_REDIRECT_HOME),
         "gone-redirect-home", "gone-redirect-home");
  is_str(withdraw_verdict_name(WITHDRAW_SOFT_404), "soft-404", "soft-404");
  is_str(withdraw_verdict_name(WITHDRAW_VERDICT_COUNT), "?", "out of range");
  ok(!withdraw_verdict_gone(WITHDRAW_NOT_CHECKED) &&
     !withdraw_verdict_gone(WITHDRAW_PRESENT) &&
     withdraw_verdict_gone(WITHDRAW_GONE_404) &&
     withdraw_verdict_gone(WITHDRAW_GONE_410) &&
     withdraw_verdict_gone(WITHDRAW_GONE_REDIRECT_HOME) &&
     withdraw_verdict_gone(WITHDRAW_SOFT_404), "which verdicts are gone");
  ok(store_withdrawal_gone("gone-404") && store_withdrawal_gone("soft-404") &&
     !store_withdrawal_gone("present") &&
     !store_withdrawal_gone("not-checked") && !store_withdrawal_gone(NULL),
     "the store's words agree");
}

static void test_urls(void)
{
  static const struct {
    const char *url;
    bool home;
  } homes[] = {
    {"https://baomau.test/", true},
    {"https://baomau.test", true},
    {"https://baomau.test/index.html", true},
    {"https://baomau.test/INDEX.HTML", true},
    {"https://baomau.test/index.php", true},
    {"https://baomau.test/default.aspx", true},
    {"https://baomau.test/home", true},
    {"https://baomau.test/home/", true},
    {"https://baomau.test/trang-chu", true},
    {"https://baomau.test/trang-chu.html", true},
    {"http://baomau.test:8080/", true},
    {"https://baomau.test/?utm_source=x", false},
    {"https://baomau.test/index.html?p=12", false},
    {"https://baomau.test/thoi-su/", false},
    {"https://baomau.test/homepage-news.html", false},
    {"https://baomau.test/vi/", false},
    {"ftp://baomau.test/", false},
  };
  static const struct {
    const char *url;
    bool error;
  } errors[] = {
    {"https://baomau.test/404.html", true},
    {"https://baomau.test/404", true},
    {"https://baomau.test/error/404.aspx", true},
    {"https://baomau.test/Error.aspx?aspxerrorpath=/x", true},
    {"https://baomau.test/page-not-found/", true},
    {"https://baomau.test/khong-tim-thay.html", true},
    {"https://baomau.test/loi-404", true},
    {"https://baomau.test/thoi-su/bai-404-nguoi-d100404.html", false},
    {"https://baomau.test/errors-and-omissions/", false},
    {"https://baomau.test/", false},
  };
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(homes); i++)
    is_int(withdraw_url_home(homes[i].url), homes[i].home, "home path: %s",
           homes[i].url);
  for(i = 0; i < PP_ARRAY_LEN(errors); i++)
    is_int(withdraw_url_error_page(errors[i].url), errors[i].error,
           "error page: %s", errors[i].url);
}

static void test_status(void)
{
  struct withdraw_result r;
  const char *u3[3] = {"http://baomau.test/a-d100001.html",
                       "https://baomau.test/a-d100001.html",
                       "https://baomau.test/tin/a-d100001.html"};
  const int s3[3] = {301, 301, 404};
  const int s3b[3] = {302, 307, 410};

  VERDICT(judge1(ORIG, 404, NULL), WITHDRAW_GONE_404,
          WITHDRAW_R_STATUS_GONE, "404");
  VERDICT(judge1(ORIG, 410, NULL), WITHDRAW_GONE_410,
          WITHDRAW_R_STATUS_GONE, "410");
  r = judge3(u3, s3, 3, NULL, NULL);
  VERDICT(r, WITHDRAW_GONE_404, WITHDRAW_R_STATUS_GONE,
          "301, 301, then 404");
  ok(strstr(r.reason, "after 2 redirects") != NULL, "reason: %s", r.reason);
  is_int(r.hop, 2, "the evidence: the last hop");
  is_int(r.status, 404, "final status");
  VERDICT(judge3(u3, s3b, 3, NULL, NULL), WITHDRAW_GONE_410,
          WITHDRAW_R_STATUS_GONE, "302, 307, then 410");
  {
    static const int other[] = {400, 401, 403, 405, 429, 451, 500, 502, 503,
                                504, 204, 206, 304};
    size_t i;
    for(i = 0; i < PP_ARRAY_LEN(other); i++) {
      r = judge1(ORIG, other[i], "");
      if(other[i] == 304) {
        /* the engine calls a 304 not-modified */
        hop(&F, ORIG, 304, FETCH_NOT_MODIFIED);
        withdraw_judge(J, done(&F, NULL), NULL, &r);
      }
      is_int(r.verdict, WITHDRAW_NOT_CHECKED, "HTTP %d: not-checked (%s)",
             other[i], r.reason);
      ok(!withdraw_verdict_gone(r.verdict), "HTTP %d: never gone",
         other[i]);
    }
  }
  {
    const char *u[2] = {ORIG, "https://baomau.test/"};
    const int s[2] = {301, 503};
    VERDICT(judge3(u, s, 2, NULL, NULL), WITHDRAW_NOT_CHECKED,
            WITHDRAW_R_STATUS_OTHER, "a redirect to a home that says 503");
  }
}

static void test_transient(void)
{
  static const enum fetch_outcome outs[] = {
    FETCH_TIMEOUT, FETCH_CONNECT_FAILED, FETCH_DNS_FAILED, FETCH_TLS_ERROR,
    FETCH_REFUSED_PRIVATE, FETCH_RESET, FETCH_TRUNCATED,
    FETCH_PROTOCOL_ERROR, FETCH_TOO_MANY_REDIRECTS, FETCH_BAD_REDIRECT,
    FETCH_TOO_LARGE, FETCH_DECODE_ERROR, FETCH_ERROR,
  };
  struct withdraw_result r;
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(outs); i++) {
    int status = outs[i] == FETCH_TOO_LARGE ? 200
                 : outs[i] == FETCH_TOO_MANY_REDIRECTS ? 302 : 0;
    hop(&F, ORIG, status, outs[i]);
    withdraw_judge(J, done(&F, NULL), NULL, &r);
    VERDICT(r, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NO_RESPONSE,
            fetch_outcome_name(outs[i]));
    ok(strstr(r.reason, fetch_outcome_name(outs[i])) == r.reason,
       "reason names the outcome: %s", r.reason);
  }
  /* a redirect to the home page that then times out: unknown */
  hop(&F, ORIG, 302, FETCH_REDIRECT);
  hop(&F, "https://baomau.test/", 0, FETCH_TIMEOUT);
  withdraw_judge(J, done(&F, NULL), NULL, &r);
  VERDICT(r, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NO_RESPONSE,
          "redirect to home, then a timeout");
  /* a redirect into the address guard */
  hop(&F, ORIG, 302, FETCH_REDIRECT);
  hop(&F, "http://10.0.0.1/", 0, FETCH_REFUSED_PRIVATE);
  withdraw_judge(J, done(&F, NULL), NULL, &r);
  VERDICT(r, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NO_RESPONSE,
          "redirect to a private address");
}

static void test_not_fetched(void)
{
  struct withdraw_result r;
  struct fetch_result fr;
  struct fetch_exchange x;

  hop(&F, ORIG, 0, FETCH_ROBOTS);
  withdraw_judge(J, done(&F, NULL), NULL, &r);
  VERDICT(r, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NOT_FETCHED,
          "robots-disallowed");
  withdraw_not_fetched(&r, "robots.txt disallows it");
  VERDICT(r, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NOT_FETCHED,
          "withdraw_not_fetched");
  is_str(r.reason, "robots.txt disallows it", "its reason");
  /* a request that never started (no hop) */
  memset(&fr, 0, sizeof(fr));
  memset(&x, 0, sizeof(x));
  x.url = ORIG;
  x.outcome = FETCH_INTERRUPTED;
  fr.url = fr.final_url = ORIG;
  fr.last = &x;
  withdraw_judge(J, &fr, NULL, &r);
  VERDICT(r, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NOT_FETCHED, "interrupted");
  x.outcome = FETCH_BAD_URL;
  withdraw_judge(J, &fr, NULL, &r);
  VERDICT(r, WITHDRAW_NOT_CHECKED, WITHDRAW_R_NOT_FETCHED, "bad-url");
  /* a link to a home page names no article, whatever it answers */
  VERDICT(judge1("https://baomau.test/", 404, NULL), WITHDRAW_NOT_CHECKED,
          WITHDRAW_R_LINK_HOME, "a link to a home page that says 404");
  VERDICT(judge2("https://baomau.test/index.php", "https://baomau.test/",
                 home_page, NULL), WITHDRAW_NOT_CHECKED,
          WITHDRAW_R_LINK_HOME, "a home link redirected to the home");
  is_int(withdraw_judge(NULL, NULL, NULL, &r), PP_EINVAL, "NULL: EINVAL");
  is_int(r.verdict, WITHDRAW_NOT_CHECKED, "and says not-checked");
  is_int(withdraw_judge(J, NULL, NULL, NULL), PP_EINVAL, "no out: EINVAL");
}

static void test_redirects(void)
{
  struct withdraw_result r;
  struct withdraw_home home;

  r = judge2(ORIG, "https://baomau.test/", home_page, NULL);
  VERDICT(r, WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_REDIRECT_HOME,
          "301 to /");
  is_int(r.hop, 0, "the evidence: the redirect hop");
  ok(strstr(r.reason, "home page https://baomau.test/") != NULL,
     "reason: %s", r.reason);
  VERDICT(judge2(ORIG, "https://baomau.test/index.html", home_page, NULL),
          WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_REDIRECT_HOME,
          "to /index.html");
  VERDICT(judge2(ORIG, "https://baomau.test/trang-chu", home_page, NULL),
          WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_REDIRECT_HOME,
          "to /trang-chu");
  {
    /* five redirects (the engine's most), the last to the home page */
    const char *u[6] = {
      "http://baomau.test/a-d100001.html",
      "https://baomau.test/a-d100001.html",
      "https://www.baomau.test/a-d100001.html",
      "https://www.baomau.test/tin/a-d100001.html",
      "https://www.baomau.test/tin/a-d100001.html?r=1",
      "https://www.baomau.test/",
    };
    const int s[6] = {301, 301, 302, 307, 308, 200};
    r = judge3(u, s, 6, home_page, NULL);
    VERDICT(r, WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_REDIRECT_HOME,
            "a chain of five redirects ending at the home page");
    is_int(r.hop, 4, "the evidence: the last redirect");
  }
  /* http straight to the https home page: the https article was not
   * asked (a server that upgrades and drops the path) */
  r = judge2("http://baomau.test/thoi-su/hoi-nghi-tong-ket-d100001.html",
             "https://baomau.test/", home_page, NULL);
  VERDICT(r, WITHDRAW_NOT_CHECKED, WITHDRAW_R_REDIRECT_HOME,
          "http to the https home page, path dropped");
  ok(strstr(r.reason, "https address was not asked") != NULL,
     "reason: %s", r.reason);
  {
    const char *u[3] = {
      "http://baomau.test/thoi-su/hoi-nghi-tong-ket-d100001.html", ORIG,
      "https://baomau.test/",
    };
    const int s[3] = {301, 302, 200};
    VERDICT(judge3(u, s, 3, home_page, NULL), WITHDRAW_GONE_REDIRECT_HOME,
            WITHDRAW_R_REDIRECT_HOME,
            "http to https keeping the path, then to the home page");
  }
  {
    const char *u[3] = {
      "http://baomau.test/thoi-su/hoi-nghi-tong-ket-d100001.html",
      "http://baomau.test/", "https://baomau.test/",
    };
    const int s[3] = {301, 301, 200};
    r = judge3(u, s, 3, home_page, NULL);
    VERDICT(r, WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_REDIRECT_HOME,
            "to the http home page, then upgraded to https");
    is_int(r.hop, 0, "the evidence: the redirect to the home page, not "
           "the upgrade after it");
  }
  VERDICT(judge2("http://baomau.test/thoi-su/hoi-nghi-tong-ket-d100001.html",
                 "https://baomau.test/thoi-su/", section_page, NULL),
          WITHDRAW_NOT_CHECKED, WITHDRAW_R_REDIRECT_SECTION,
          "http to an https section page: not asked over https");
  VERDICT(judge2("http://baomau.test/thoi-su/hoi-nghi-tong-ket-d100001.html",
                 "http://baomau.test/thoi-su/", section_page, NULL),
          WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_REDIRECT_SECTION,
          "http to an http section page");
  r = judge2(ORIG, "https://baokhac.test/", home_page, NULL);
  VERDICT(r, WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_REDIRECT_HOME,
          "to another site's home page");
  ok(strstr(r.reason, "another site") != NULL, "reason: %s", r.reason);
  r = judge2(ORIG, "https://m.baomau.test/", home_page, NULL);
  ok(strstr(r.reason, "another site") == NULL,
     "the mobile host is the same site: %s", r.reason);
  /* a home page that lives at /vi/: known from the origin's "/" */
  hop(&F, "https://baomau.test/", 302, FETCH_REDIRECT);
  hop(&F, "https://baomau.test/vi/", 200, FETCH_OK);
  is_int(withdraw_home_learn(J, done(&F, home_page), &home), PP_OK,
         "learn the home page");
  ok(home.known, "home known");
  is_str(home.final_url, "https://baomau.test/vi/", "its final URL");
  VERDICT(judge2(ORIG, "https://baomau.test/vi/", home_page, &home),
          WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_REDIRECT_HOME,
          "to /vi/, where / ends");
  VERDICT(judge2(ORIG, "https://baomau.test/vi/", home_page, NULL),
          WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_REDIRECT_SECTION,
          "to /vi/ without knowing the home page: a section-like page "
          "without an article");
  VERDICT(judge2(ORIG, "https://baomau.test/vi/", article_page, NULL),
          WITHDRAW_PRESENT, WITHDRAW_R_PRESENT,
          "to /vi/ that shows an article: present");
  /* an error page */
  r = judge2(ORIG, "https://baomau.test/404.html", "<p>Oops</p>", NULL);
  VERDICT(r, WITHDRAW_SOFT_404, WITHDRAW_R_REDIRECT_ERROR,
          "to /404.html");
  is_int(r.hop, 0, "the evidence: the redirect hop");
  VERDICT(judge2("https://baomau.test/error/bai-d1.html",
                 "https://baomau.test/error/bai-d2.html", article_page,
                 NULL), WITHDRAW_PRESENT, WITHDRAW_R_PRESENT,
          "within /error/ already: no error-page rule");
  /* a section page */
  VERDICT(judge2(ORIG, "https://baomau.test/thoi-su/", section_page, NULL),
          WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_REDIRECT_SECTION,
          "to the section /thoi-su/");
  /* a moved article */
  VERDICT(judge2(ORIG, "https://baomau.test/thoi-su/moi-d200001.html",
                 article_page, NULL), WITHDRAW_PRESENT, WITHDRAW_R_PRESENT,
          "to another article URL");
  VERDICT(judge2(ORIG, "https://baomau.test/ong-a-duoc-khen.html",
                 article_page, NULL), WITHDRAW_PRESENT, WITHDRAW_R_PRESENT,
          "to a one-segment article slug (looks like a section)");
  VERDICT(judge2(ORIG, "https://baomau.test/hoi-nghi.html",
                 plain_article_page, NULL), WITHDRAW_PRESENT,
          WITHDRAW_R_PRESENT, "to a one-segment article without markup");
  VERDICT(judge2("http://baomau.test/thoi-su/hoi-nghi-tong-ket-d100001.html",
                 ORIG, article_page, NULL), WITHDRAW_PRESENT,
          WITHDRAW_R_PRESENT, "http to https, same article");
}

static void test_soft404(void)
{
  static const struct {
    const char *page, *what;
  } soft[] = {
    {soft_vi_page, "\"Bài viết không tồn tại hoặc đã bị gỡ\""},
    {soft_title_page, "title \"Không tìm thấy trang\""},
    {soft_search_page, "\"Rất tiếc! Trang bạn tìm không tồn tại.\""},
    {soft_removed_page, "\"Nội dung đã bị gỡ theo yêu cầu\""},
    {soft_loi404_page, "\"Lỗi 404\""},
    {soft_apache_page, "an Apache 404 page served with 200"},
    {soft_english_page, "\"Page not found\""},
    {soft_unaccented_page, "without diacritics"},
    {soft_tone_page, "\"đã bị xoá\" (new tone placement)"},
    {soft_nfd_page, "written decomposed (NFD)"},
    {soft_template_page, "the article template, empty body, markup"},
  };
  static const struct {
    const char *page, *what;
  } present[] = {
    {article_page, "an article"},
    {plain_article_page, "an article without markup"},
    {article_404_page, "an article about a 404 error (title and text)"},
    {article_english_page, "an English article \"Page not found: ...\""},
    {bare_predicate_page, "a headline with a bare \"đã bị xóa\""},
    {gap_headline_page, "subject and predicate far apart"},
    {prose_line_page, "the phrase in a paragraph of prose"},
    {home_page, "a home page (no home known)"},
  };
  struct withdraw_result r;
  char reason[WITHDRAW_REASON_MAX];
  bool s;
  size_t i;

  for(i = 0; i < PP_ARRAY_LEN(soft); i++) {
    r = judge1(ORIG, 200, soft[i].page);
    VERDICT(r, WITHDRAW_SOFT_404, WITHDRAW_R_PHRASE, soft[i].what);
    is_int(r.hop, 0, "%s: the evidence is the response", soft[i].what);
  }
  for(i = 0; i < PP_ARRAY_LEN(present); i++)
    VERDICT(judge1(ORIG, 200, present[i].page), WITHDRAW_PRESENT,
            WITHDRAW_R_PRESENT, present[i].what);
  r = judge1(ORIG, 200, soft_vi_page);
  ok(strstr(r.reason, "Bài viết không tồn tại hoặc đã bị gỡ") != NULL,
     "the reason quotes the page: %s", r.reason);
  ok(strstr(r.reason, "(bài viết không tồn tại)") != NULL,
     "and names the phrase: %s", r.reason);
  r = judge1(ORIG, 200, soft_title_page);
  ok(strstr(r.reason, "title says \"Không tìm thấy trang | Báo Mẫu\"") !=
     NULL, "a title match quotes the title: %s", r.reason);
  r = judge1(ORIG, 200, article_page);
  ok(strstr(r.reason, "Hội nghị tổng kết năm - Báo Mẫu") != NULL,
     "present quotes the title: %s", r.reason);
  /* soft 404 after a redirect (http -> https) */
  r = judge2("http://baomau.test/thoi-su/hoi-nghi-tong-ket-d100001.html",
             ORIG, soft_vi_page, NULL);
  VERDICT(r, WITHDRAW_SOFT_404, WITHDRAW_R_PHRASE,
          "soft 404 after a redirect");
  is_int(r.hop, 1, "the evidence: the final response");
  /* 203 is a 200 for this purpose */
  VERDICT(judge1(ORIG, 203, soft_vi_page), WITHDRAW_SOFT_404,
          WITHDRAW_R_PHRASE, "203 with a not-found message");
  /* the helper alone */
  is_int(withdraw_page_soft404(J, ORIG, soft_vi_page, strlen(soft_vi_page),
                               &s, reason, sizeof(reason)), PP_OK,
         "withdraw_page_soft404");
  ok(s && strstr(reason, "the page says"), "soft: %s", reason);
  withdraw_page_soft404(J, ORIG, article_404_page, strlen(article_404_page),
                        &s, reason, sizeof(reason));
  ok(!s, "the 404 article is not");
  withdraw_page_soft404(J, ORIG, "", 0, &s, reason, sizeof(reason));
  ok(!s, "an empty page is not");
}

static void test_bodies(void)
{
  struct withdraw_result r;
  static const char pdf[] = "%PDF-1.4 fake";

  /* not HTML: the document is there */
  hop(&F, ORIG, 200, FETCH_OK);
  F.hops[0].content_type = "application/pdf";
  withdraw_judge(J, done(&F, pdf), NULL, &r);
  VERDICT(r, WITHDRAW_PRESENT, WITHDRAW_R_NOT_HTML, "a PDF");
  ok(strstr(r.reason, "application/pdf") != NULL, "reason: %s", r.reason);
  VERDICT(judge1(ORIG, 200, ""), WITHDRAW_NOT_CHECKED, WITHDRAW_R_NOT_HTML,
          "an empty body");
  VERDICT(judge1(ORIG, 200, NULL), WITHDRAW_NOT_CHECKED,
          WITHDRAW_R_NOT_HTML, "no body");
  /* decode-limit: judged on what decoded */
  hop(&F, ORIG, 200, FETCH_DECODE_LIMIT);
  withdraw_judge(J, done(&F, soft_vi_page), NULL, &r);
  VERDICT(r, WITHDRAW_SOFT_404, WITHDRAW_R_PHRASE,
          "decode-limit, the start says not found");
  /* bytes that are not UTF-8 do not break anything */
  VERDICT(judge1(ORIG, 200, "<html><title>\xff\xfe</title><p>\x80\x81"
                 "</p></html>"), WITHDRAW_PRESENT, WITHDRAW_R_PRESENT,
          "garbage bytes: present");
}

static void test_home_body(void)
{
  struct withdraw_home home, none;
  struct withdraw_result r;

  hop(&F, "https://baomau.test/", 200, FETCH_OK);
  is_int(withdraw_home_learn(J, done(&F, home_page), &home), PP_OK,
         "learn the home page");
  ok(home.known && home.title[0] && home.article_len + home.body_len > 0,
     "title and text fingerprints (\"%s\")", home.title);
  is_str(home.final_url, "https://baomau.test/", "final URL");
  r = judge3((const char *const[]){ORIG}, (const int[]){200}, 1, home_page,
             &home);
  VERDICT(r, WITHDRAW_SOFT_404, WITHDRAW_R_HOME_BODY,
          "200 at the article URL with the home page's body");
  ok(strstr(r.reason, "Báo Mẫu - Tin tức thời sự") != NULL,
     "reason quotes the title: %s", r.reason);
  r = judge2(ORIG, "https://baomau.test/?from=old", home_page, &home);
  VERDICT(r, WITHDRAW_GONE_REDIRECT_HOME, WITHDRAW_R_HOME_BODY,
          "redirected to /?from=old, which is the home page");
  is_int(r.hop, 0, "the evidence: the redirect hop");
  VERDICT(judge3((const char *const[]){ORIG}, (const int[]){200}, 1,
                 same_title_article_page, &home), WITHDRAW_PRESENT,
          WITHDRAW_R_PRESENT,
          "the home page's title on an article without markup");
  VERDICT(judge3((const char *const[]){ORIG}, (const int[]){200}, 1,
                 home_marked_page, &home), WITHDRAW_PRESENT,
          WITHDRAW_R_PRESENT, "the home page's body with article markup");
  VERDICT(judge3((const char *const[]){ORIG}, (const int[]){200}, 1,
                 article_page, &home), WITHDRAW_PRESENT, WITHDRAW_R_PRESENT,
          "an article, home known");
  /* home pages that teach nothing */
  hop(&F, "https://baomau.test/", 404, FETCH_HTTP_ERROR);
  withdraw_home_learn(J, done(&F, NULL), &none);
  ok(!none.known && !none.final_url[0], "a 404 home: unknown");
  hop(&F, "https://baomau.test/", 0, FETCH_TIMEOUT);
  withdraw_home_learn(J, done(&F, NULL), &none);
  ok(!none.known, "a home that timed out: unknown");
  VERDICT(judge3((const char *const[]){ORIG}, (const int[]){200}, 1,
                 home_page, &none), WITHDRAW_PRESENT, WITHDRAW_R_PRESENT,
          "home unknown: the home body rule does not apply");
  is_int(withdraw_home_learn(J, NULL, NULL), PP_EINVAL, "NULL: EINVAL");
}

/* The copy is judged the same way: "still served" is present. */
static void test_copy(void)
{
  VERDICT(judge1("https://saochep.test/tin/hoi-nghi-123456.html", 200,
                 article_page), WITHDRAW_PRESENT, WITHDRAW_R_PRESENT,
          "copy still served");
  VERDICT(judge1("https://saochep.test/tin/hoi-nghi-123456.html", 404,
                 NULL), WITHDRAW_GONE_404, WITHDRAW_R_STATUS_GONE,
          "copy removed too");
  VERDICT(judge1("https://saochep.test/tin/hoi-nghi-123456.html", 200,
                 soft_search_page), WITHDRAW_SOFT_404, WITHDRAW_R_PHRASE,
          "copy now a soft 404");
}

static void test_alloc(void)
{
  struct withdraw_judge *j = NULL;
  struct withdraw_result r;
  long n;
  int rc = PP_ENOMEM, failures = 0, judged = 0;

  /* every early failure point, then a spread over the phrase list */
  for(n = 0; n < 1000000; n += n < 64 ? 1 : 97) {
    pp_alloc_fail_after(n);
    rc = withdraw_judge_new(&j);
    pp_alloc_fail_after(-1);
    if(rc != PP_ENOMEM)
      break;
    failures++;
  }
  is_int(rc, PP_OK, "withdraw_judge_new succeeds once memory suffices "
         "(%d failures before, each clean)", failures);
  ok(failures > 64, "it failed cleanly at many points");
  /* judging while allocations fail: not-checked or the right verdict */
  for(n = 0; n < 40 && j; n++) {
    hop(&F, ORIG, 200, FETCH_OK);
    pp_alloc_fail_after(n);
    rc = withdraw_judge(j, done(&F, soft_vi_page), NULL, &r);
    pp_alloc_fail_after(-1);
    if(rc == PP_ENOMEM ? r.verdict != WITHDRAW_NOT_CHECKED
                       : r.verdict != WITHDRAW_SOFT_404)
      break;
    judged++;
  }
  is_int(judged, 40, "out of memory while judging: not-checked, else "
         "soft-404");
  hop(&F, ORIG, 200, FETCH_OK);
  withdraw_judge(j, done(&F, soft_vi_page), NULL, &r);
  is_int(r.verdict, WITHDRAW_SOFT_404, "and afterwards it still judges");
  withdraw_judge_free(j);
  withdraw_judge_free(NULL);
  ok(1, "withdraw_judge_free(NULL)");
}

/* ---- the withdrawals table ---------------------------------------------- */

static char dir[64];

/* What a query returned (the first two rows copied). */
struct row_copy {
  char copy_url[128], verdict[32], copy_record_id[32], attrib_warc_file[64];
  char source[64];
  unsigned checks;
  pp_usec_t first_gone_at;
  uint64_t copy_warc_offset, original_warc_offset;
};

struct rows {
  int n, findings, stop_at;
  struct row_copy first, second;
};

static void copy_row(struct row_copy *c, const struct store_withdrawal *w)
{
  snprintf(c->copy_url, sizeof(c->copy_url), "%s", w->copy_url);
  snprintf(c->verdict, sizeof(c->verdict), "%s", w->verdict);
  snprintf(c->copy_record_id, sizeof(c->copy_record_id), "%s",
           w->copy_record_id ? w->copy_record_id : "");
  snprintf(c->attrib_warc_file, sizeof(c->attrib_warc_file), "%s",
           w->attrib_warc_file ? w->attrib_warc_file : "");
  snprintf(c->source, sizeof(c->source), "%s", w->source ? w->source : "");
  c->checks = w->checks;
  c->first_gone_at = w->first_gone_at;
  c->copy_warc_offset = w->copy_warc_offset;
  c->original_warc_offset = w->original_warc_offset;
}

static int row_cb(void *user, const struct store_withdrawal *w)
{
  struct rows *r = user;
  r->n++;
  r->findings += store_withdrawal_finding(w);
  if(r->n == 1)
    copy_row(&r->first, w);
  else if(r->n == 2)
    copy_row(&r->second, w);
  return r->stop_at && r->n == r->stop_at ? 7 : 0;
}


static void test_store(void)
{
  struct pp_store *st = NULL;
  struct store_withdrawal w;
  char err[PP_ERRBUF_SIZE], path[128];
  int64_t id = 0;

  snprintf(path, sizeof(path), "%s/w.db", dir);
  if(store_open(path, STORE_RDWR, &st, err)) {
    ok(0, "store_open: %s", err);
    return;
  }
  memset(&w, 0, sizeof(w));
  w.site = "saochep.test";
  w.copy_url = "https://saochep.test/a-123456.html";
  w.source_url = ORIG;
  w.source = "Theo Báo Mẫu";
  w.verdict = "present";
  w.reason = "200";
  w.copy_verdict = "not-checked";
  w.checked_at = 1000;
  w.original_status = 200;
  w.original_warc_file = "pressprobe-sources-1.warc.gz";
  w.original_warc_offset = 1234;
  w.attrib_warc_file = "pressprobe-1.warc.gz";
  is_int(store_withdrawal_put(st, &w, &id), PP_OK, "put: present");
  ok(id > 0, "row id");
  w.checked_at = 2000;
  w.verdict = "gone-404";
  w.original_status = 404;
  w.copy_verdict = "present";
  w.copy_status = 200;
  w.copy_warc_file = "pressprobe-sources-2.warc.gz";
  w.copy_warc_offset = 99;
  w.copy_record_id = "<urn:uuid:x>";
  is_int(store_withdrawal_put(st, &w, NULL), PP_OK, "put: gone, served");
  ok(store_withdrawal_finding(&w), "a finding");
  w.copy_url = "https://saochep.test/b-123457.html";
  w.checked_at = 2000;
  w.verdict = "soft-404";
  w.copy_verdict = "gone-404";
  w.copy_status = 404;
  is_int(store_withdrawal_put(st, &w, NULL), PP_OK, "put: gone, copy gone");
  ok(!store_withdrawal_finding(&w), "not a finding");
  w.copy_url = "https://khac.test/c-1.html";
  w.site = "khac.test";
  w.verdict = "gone-410";
  w.copy_verdict = "present";
  is_int(store_withdrawal_put(st, &w, NULL), PP_OK, "put: another site");
  w.verdict = NULL;
  is_int(store_withdrawal_put(st, &w, NULL), PP_EINVAL, "no verdict: EINVAL");
  w.verdict = "gone-410";
  w.copy_verdict = NULL;
  is_int(store_withdrawal_put(st, &w, NULL), PP_EINVAL,
         "no copy verdict: EINVAL");
  is_int(store_withdrawal_put(NULL, &w, NULL), PP_EINVAL, "no store");
  store_close(st);
  st = NULL;

  /* queries, read-only */
  is_int(store_open(path, STORE_RDONLY, &st, err), PP_OK, "read-only open");
  {
    static const struct {
      struct store_withdrawal_query q;
      int want, findings;
      const char *what;
    } qs[] = {
      {{NULL, false, false, 0}, 2, 2, "findings of the latest checks"},
      {{"saochep.test", false, false, 0}, 1, 1, "of one site"},
      {{NULL, true, false, 0}, 3, 2, "every pair's latest"},
      {{NULL, true, true, 0}, 4, 2, "every check"},
      {{NULL, true, true, 2}, 2, 1, "a limit"},
      {{"nosuch.test", true, true, 0}, 0, 0, "an unknown site"},
    };
    size_t i;
    struct rows rs;
    for(i = 0; i < PP_ARRAY_LEN(qs); i++) {
      memset(&rs, 0, sizeof(rs));
      is_int(store_withdrawals_query(st, &qs[i].q, row_cb, &rs), PP_OK,
             "query: %s", qs[i].what);
      is_int(rs.n, qs[i].want, "%s: %d rows", qs[i].what, qs[i].want);
      is_int(rs.findings, qs[i].findings, "%s: %d findings", qs[i].what,
             qs[i].findings);
    }
    memset(&rs, 0, sizeof(rs));
    store_withdrawals_query(st, NULL, row_cb, &rs);
    is_int(rs.n, 2, "NULL query: the findings");
    is_str(rs.first.copy_url, "https://khac.test/c-1.html",
           "ordered by site: khac.test first");
    is_str(rs.second.verdict, "gone-404", "saochep.test: its latest row");
    is_int(rs.second.checks, 2, "which knows the pair was checked twice");
    is_int(rs.second.first_gone_at, 2000, "and since when it is gone");
    is_int(rs.second.copy_warc_offset, 99, "the copy's record offset");
    is_str(rs.second.copy_record_id, "<urn:uuid:x>", "and id");
    is_int(rs.second.original_warc_offset, 1234, "the original's offset");
    is_str(rs.second.attrib_warc_file, "pressprobe-1.warc.gz",
           "the attribution's record");
    is_str(rs.second.source, "Theo Báo Mẫu", "the attribution line");
    memset(&rs, 0, sizeof(rs));
    rs.stop_at = 1;
    is_int(store_withdrawals_query(st, NULL, row_cb, &rs), 7,
           "a callback result stops the query");
    is_int(rs.n, 1, "after one row");
    is_int(store_withdrawals_query(st, NULL, NULL, NULL), PP_EINVAL,
           "no callback: EINVAL");
  }
  store_close(st);
  w.verdict = "gone-404";
  is_int(store_open(path, STORE_RDONLY, &st, err), PP_OK, "read-only");
  w.copy_verdict = "present";
  is_int(store_withdrawal_put(st, &w, NULL), PP_EINVAL,
         "read-only: EINVAL");
  store_close(st);
  unlink(path);
}

int main(void)
{
  snprintf(dir, sizeof(dir), "%s", "/tmp/test_withdraw.XXXXXX");
  if(!mkdtemp(dir))
    tap_skip_all("no temporary folder");
  if(withdraw_judge_new(&J)) {
    ok(0, "withdraw_judge_new");
    return tap_done();
  }
  test_names();
  test_urls();
  test_status();
  test_transient();
  test_not_fetched();
  test_redirects();
  test_soft404();
  test_bodies();
  test_home_body();
  test_copy();
  withdraw_judge_free(J);
  test_alloc();
  test_store();
  rmdir(dir);
  return tap_done();
}
