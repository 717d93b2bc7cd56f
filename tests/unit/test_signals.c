/*
 * test_signals.c: the signal engine: phrases per region, evidence shown as
 * the page wrote it, unaccented matching, detectors, caps, the verdict.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stdio.h>

#include "pp_err.h"
#include "rules.h"
#include "signals.h"
#include "tap.h"

static const char set[] =
  "signals:\n"
  "  - {id: newsroom, title: t, basis: b, certainty: secondary, weight: 5, max: 2,\n"
  "     regions: [footer, header], phrases: [tòa soạn, tổng biên tập],\n"
  "     unaccented: true}\n"
  "  - {id: reporter, title: t, basis: b, certainty: secondary, weight: 4, max: 3,\n"
  "     regions: [body], phrases: [phóng viên đã có mặt, \"(còn nữa)\"]}\n"
  "  - {id: sections, title: t, basis: b, certainty: secondary, weight: 4, detector: sections,\n"
  "     values: [thời sự, pháp luật, kinh tế, thể thao], min: 3}\n"
  "  - {id: news, title: t, basis: b, certainty: secondary, weight: 1, detector: jsonld-type,\n"
  "     values: [NewsArticle]}\n"
  "  - {id: domain, title: t, basis: b, certainty: secondary, weight: 3, detector: domain-token,\n"
  "     values: [bao, news]}\n"
  "  - {id: urlid, title: t, basis: b, certainty: secondary, weight: 1, detector: url-shape,\n"
  "     values: [\"*-d#.html\"]}\n"
  "  - {id: giw, title: t, basis: b, certainty: secondary, weight: 5, towards: aggregator,\n"
  "     detector: licence-kind, values: [giw]}\n"
  "  - {id: attributed, title: t, basis: b, certainty: secondary, weight: 6,\n"
  "     towards: aggregator, detector: attributed, min: 60}\n"
  "  - {id: gov, title: t, basis: b, certainty: secondary, weight: 30, towards: other,\n"
  "     detector: gov-domain, values: [gov.vn]}\n"
  "  - {id: forum, title: t, basis: b, certainty: secondary, weight: 3, towards: social,\n"
  "     max: 3, regions: [page], phrases: [diễn đàn, thành viên]}\n"
  "scoring: {press: 12, aggregator: 5, social: 8, other: 8}\n";

static struct ruleset *rs;
static struct sig_engine *eng;

static const struct sig_fired *fired(const struct sig_verdict *v,
                                     const char *id)
{
  size_t i;
  for(i = 0; i < v->n_fired; i++)
    if(!strcmp(rs->sig[v->fired[i].signal].id, id))
      return &v->fired[i];
  return NULL;
}

static void page_init(struct sig_page *p, const char *url)
{
  memset(p, 0, sizeof(*p));
  p->url = url;
}

static void set_text(struct sig_page *p, enum rule_region r, const char *t)
{
  p->text[r] = t;
  p->len[r] = strlen(t);
}

static void test_press(void)
{
  struct sig_site s;
  struct sig_page p;
  struct sig_verdict v;
  static const char *const nav[] = {"Trang chủ", "Thời sự", "PHÁP LUẬT",
                                    "Kinh tế - Tài chính", "Video"};
  static const char *const types[] = {"NewsArticle"};
  const struct sig_hit *h = NULL;
  size_t i;

  sig_site_init(eng, &s, "baomoi24h.test");
  page_init(&p, "https://baomoi24h.test/");
  /* old tone placement in the page, new style in the rule */
  set_text(&p, REG_FOOTER, "Trụ sở Tòa soạn: 12 Lê Lợi, Hà Nội.");
  set_text(&p, REG_HEADER, "BÁO MỚI 24H - Tong bien tap: Nguyen Van A");
  p.nav_items = nav;
  p.n_nav_items = 5;
  is_int(sig_site_add_page(eng, &s, &p), PP_OK, "home page");
  page_init(&p, "https://baomoi24h.test/vu-viec-d123456.html");
  set_text(&p, REG_BODY, "Ngày 3/7, phóng viên đã có mặt tại hiện trường. "
           "(Còn nữa)");
  set_text(&p, REG_FOOTER, "Tòa soạn: 12 Lê Lợi");
  p.jsonld_types = types;
  p.n_jsonld_types = 1;
  p.article = true;
  is_int(sig_site_add_page(eng, &s, &p), PP_OK, "article page");
  page_init(&p, "https://baomoi24h.test/khac-d7.html");
  set_text(&p, REG_FOOTER, "Tòa soạn");
  p.article = true;
  sig_site_add_page(eng, &s, &p);

  for(i = 0; i < s.n_hits; i++)
    if(!strcmp(rs->sig[s.hits[i].signal].id, "newsroom") &&
       s.hits[i].page == 0 && s.hits[i].region == REG_FOOTER)
      h = &s.hits[i];
  ok(h && !strcmp(h->text, "Tòa soạn"),
     "evidence is the page's own spelling ('%s')", h ? h->text : "-");
  ok(h && strstr(h->context, "Trụ sở Tòa soạn: 12 Lê Lợi"),
     "with its context ('%s')", h ? h->context : "-");
  is_int(sig_site_verdict(eng, &s, &v), PP_OK, "verdict");
  ok(fired(&v, "newsroom") && fired(&v, "newsroom")->pages == 3 &&
     fired(&v, "newsroom")->contribution == 10,
     "a signal on 3 pages counts max (2) times its weight");
  ok(fired(&v, "reporter") && fired(&v, "reporter")->pages == 1,
     "body phrases, incl. a phrase with punctuation edges");
  ok(fired(&v, "sections") != NULL, "3 of the sections in the menu");
  ok(fired(&v, "news") && fired(&v, "domain") && fired(&v, "urlid"),
     "JSON-LD type, domain token and URL shape detectors");
  ok(!fired(&v, "attributed") && !fired(&v, "gov"), "no false detectors");
  is_str(sig_class_name(v.cls), "press-like", "verdict press-like (press "
         "score %d)", v.score[TOWARDS_PRESS]);
  sig_verdict_free(&v);
  sig_site_free(&s);
}

static void test_others(void)
{
  struct sig_site s;
  struct sig_page p;
  struct sig_verdict v;
  static const char *const src[] = {"Nguồn: Báo Tuổi Trẻ"};
  static const char footer[] =
    "Giấy phép thiết lập trang thông tin điện tử tổng hợp số 2215/GP-TTĐT "
    "do Sở Thông tin và Truyền thông Hà Nội cấp ngày 10/4/2019.";
  int i;

  /* a lawful aggregator: licence GIW, every article attributed */
  sig_site_init(eng, &s, "tonghop.test");
  for(i = 0; i < 3; i++) {
    page_init(&p, "https://tonghop.test/a.html");
    set_text(&p, REG_FOOTER, footer);
    p.sources = src;
    p.n_sources = 1;
    p.article = i > 0;
    sig_site_add_page(eng, &s, &p);
  }
  sig_site_verdict(eng, &s, &v);
  ok(fired(&v, "giw") && fired(&v, "attributed"),
     "licence kind and attribution detectors");
  ok(s.have_footer && s.footer.n_licences == 1 &&
     !strcmp(s.footer.licences[0].number, "2215/GP-TTĐT"),
     "the footer's licence is kept for the report");
  ok(s.n_sources == 1, "source lines kept once");
  is_str(sig_class_name(v.cls), "aggregator", "verdict aggregator");
  sig_verdict_free(&v);

  /* a government portal, even with newsroom words */
  sig_site_reset(&s, "sotttt.tinhxyz.gov.vn");
  page_init(&p, "https://sotttt.tinhxyz.gov.vn/");
  set_text(&p, REG_FOOTER, "Tòa soạn ... Tổng biên tập");
  sig_site_add_page(eng, &s, &p);
  sig_site_verdict(eng, &s, &v);
  is_str(sig_class_name(v.cls), "other", "government domain: other");
  sig_verdict_free(&v);

  /* a forum */
  sig_site_reset(&s, "forum.test");
  page_init(&p, "https://forum.test/");
  set_text(&p, REG_PAGE, "Diễn đàn xe - 120 thành viên trực tuyến");
  sig_site_add_page(eng, &s, &p);
  page_init(&p, "https://forum.test/t/1");
  set_text(&p, REG_PAGE, "Thành viên mới: ...");
  sig_site_add_page(eng, &s, &p);
  page_init(&p, "https://forum.test/t/2");
  set_text(&p, REG_PAGE, "Diễn đàn: 3 trả lời");
  sig_site_add_page(eng, &s, &p);
  sig_site_verdict(eng, &s, &v);
  is_str(sig_class_name(v.cls), "social", "forum: social (score %d)",
         v.score[TOWARDS_SOCIAL]);
  sig_verdict_free(&v);

  /* nothing fetched */
  sig_site_reset(&s, "down.test");
  sig_site_verdict(eng, &s, &v);
  is_str(sig_class_name(v.cls), "unreachable", "no pages: unreachable");
  sig_verdict_free(&v);
  sig_site_free(&s);
}

/* A phrase with punctuation at one edge still needs a word boundary at
 * its other edge. */
static void test_edges(void)
{
  static const char y[] =
    "scoring: {press: 1}\n"
    "signals:\n"
    "  - {id: mail, title: t, basis: b, certainty: secondary, weight: 1,\n"
    "     regions: [footer], phrases: [\"toasoan@\", \"(còn nữa)\"]}\n";
  struct rules_diag dg;
  struct ruleset *ers = NULL;
  struct sig_engine *e = NULL;
  struct sig_site s;
  struct sig_page p;
  static const struct {
    const char *text;
    bool fires;
  } cases[] = {
    {"Email: toasoan@baothu.test", true},
    {"Email: xtoasoan@baothu.test", false},
    {"Email:toasoan@baothu.test", true},
    {"Bài 1 (còn nữa)", true},
    {"Bài 1 (còn nữa)x", true},
    {"(còn nữa) tiếp", true},
  };
  size_t i;
  if(rules_load_mem("e.yaml", y, strlen(y), &ers, &dg) != PP_OK ||
     sig_engine_new(ers, &e) != PP_OK) {
    ok(0, "edge rules: %s", dg.n ? dg.msg[0] : "?");
    return;
  }
  for(i = 0; i < PP_ARRAY_LEN(cases); i++) {
    sig_site_init(e, &s, "baothu.test");
    page_init(&p, "https://baothu.test/");
    set_text(&p, REG_FOOTER, cases[i].text);
    sig_site_add_page(e, &s, &p);
    ok((s.pages_fired[0] > 0) == cases[i].fires, "%s: %s", cases[i].text,
       cases[i].fires ? "fires" : "does not fire");
    sig_site_free(&s);
  }
  sig_engine_free(e);
  rules_free(ers);
}

int main(void)
{
  struct rules_diag d;
  int rc = rules_load_mem("set.yaml", set, strlen(set), &rs, &d);
  if(rc) {
    printf("Bail out! rules: %s\n", d.n ? d.msg[0] : "?");
    return 1;
  }
  is_int(sig_engine_new(rs, &eng), PP_OK, "engine compiled");
  ok(shape_match("*-d#.html", "/a/vu-viec-d123456.html") &&
     !shape_match("*-d#.html", "/a/vu-viec-d.html") &&
     shape_match("*/#/#/*", "/tin/2025/06/slug.html") &&
     !shape_match("*/#/#/*", "/tin/thoi-su/slug.html"), "URL shapes");
  test_press();
  test_others();
  sig_engine_free(eng);
  rules_free(rs);
  test_edges();
  return tap_done();
}
