/*
 * test_footer.c: every footer phrasing of domain.md A4, more realistic
 * variants (fictional sites), unaccented, upper-case, NFD and spaced-out
 * footers, several licences, people and their titles, ABEI badges,
 * business registrations that are not licences, things that look like
 * numbers or dates but are not licences, invalid dates, spans back into
 * the input, caps and allocation failures.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <uninorm.h>

#include "footer.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "tap.h"

struct lcase {
  const char *what;
  const char *text;
  const char *number;         /* the first licence; NULL: none expected */
  enum footer_kind kind;
  enum footer_issuer issuer;
  const char *province;       /* NULL: none */
  const char *issued;         /* "2019-04-10", "!" first when invalid,
                                 NULL: none */
  const char *person;         /* first person's name; NULL: none */
  const char *title;          /* its title ("" none) */
  int press;                  /* its press_title */
};

#define U FOOTER_KIND_UNKNOWN
#define GIW FOOTER_KIND_GIW
#define NEWS FOOTER_KIND_ENEWSPAPER
#define MAG FOOTER_KIND_EMAGAZINE
#define SOC FOOTER_KIND_SOCIAL
#define I_NONE FOOTER_ISSUER_UNKNOWN
#define SO FOOTER_ISSUER_SO_TTTT
#define CUC FOOTER_ISSUER_CUC_PTTH
#define BO FOOTER_ISSUER_BO_TTTT
#define SOVH FOOTER_ISSUER_SO_VHTTDL

static const struct lcase cases[] = {
  /* domain.md A4, every phrasing */
  { "A4 docbao: GIW wording, date without issuer, person",
    "Giấy phép thiết lập Trang thông tin điện tử tổng hợp trên Internet số "
    "2372/GP-STTTT cấp ngày 29/8/2014\nChịu trách nhiệm nội dung: Nguyễn "
    "Văn Hùng",
    "2372/GP-STTTT", GIW, I_NONE, NULL, "2014-08-29", "Nguyễn Văn Hùng", "",
    0 },
  { "A4 VCCorp: issuer with province, date in words",
    "Giấy phép thiết lập trang thông tin điện tử tổng hợp trên mạng số "
    "2215/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 10 tháng "
    "4 năm 2019",
    "2215/GP-TTĐT", GIW, SO, "Hà Nội", "2019-04-10", NULL, "", 0 },
  { "A4: TP. Đà Nẵng, no date",
    "Giấy phép số 447/GP-STTTT do Sở Thông tin và Truyền thông TP. Đà Nẵng "
    "cấp",
    "447/GP-STTTT", U, SO, "Đà Nẵng", NULL, NULL, "", 0 },
  { "A4: Sở TTTT Thành phố Hồ Chí Minh",
    "...số 191/GP-TTĐT do Sở TTTT Thành phố Hồ Chí Minh cấp ngày "
    "31/08/2020",
    "191/GP-TTĐT", U, SO, "Hồ Chí Minh", "2020-08-31", NULL, "", 0 },
  { "A4: 'số:' and the Cục with its ministry, on a magazine brand",
    "Tạp chí Đời Sống Số Example\nGiấy phép số: 142/GP-TTĐT do Cục Phát "
    "thanh, Truyền hình và Thông tin điện tử, Bộ Thông tin và Truyền thông "
    "cấp\nEmail: toasoan@doisongso.example",
    "142/GP-TTĐT", U, CUC, NULL, NULL, NULL, "", 0 },
  { "A4: 2025 ABEI format",
    "Giấy phép số 45/GP-PTTH&TTĐT cấp ngày 27/02/2025",
    "45/GP-PTTH&TTĐT", U, I_NONE, NULL, "2025-02-27", NULL, "", 0 },
  /* more variants (fictional sites) */
  { "abbreviated 'trang TTĐT tổng hợp', tỉnh, honorific",
    "© 2024 Tin Nhanh Miền Trung. Giấy phép thiết lập trang TTĐT tổng hợp "
    "số 12/GP-STTTT do Sở TT&TT tỉnh Quảng Nam cấp ngày 05/03/2021. Chịu "
    "trách nhiệm nội dung: Ông Hồ Văn Lợi.",
    "12/GP-STTTT", GIW, SO, "Quảng Nam", "2021-03-05", "Hồ Văn Lợi", "Ông",
    0 },
  { "kind on the line before, issuer after the date ('bởi')",
    "Trang thông tin điện tử tổng hợp Sống Xanh (songxanh.example)\nGiấy "
    "phép số: 3456/GP-TTĐT, cấp ngày 12 tháng 11 năm 2022 bởi Sở Thông tin "
    "và Truyền thông thành phố Hà Nội\nNgười chịu trách nhiệm: Trần Thị "
    "Thu Hà",
    "3456/GP-TTĐT", GIW, SO, "Hà Nội", "2022-11-12", "Trần Thị Thu Hà", "",
    0 },
  { "e-newspaper licence, editor-in-chief with a press title",
    "Báo điện tử Tiếng Nói Làng Quê - Cơ quan ngôn luận của Hội Nông dân "
    "Example. Giấy phép hoạt động báo điện tử số 99/GP-BTTTT do Bộ Thông "
    "tin và Truyền thông cấp ngày 15/01/2018. Tổng biên tập: Nhà báo Đỗ "
    "Minh Tuấn",
    "99/GP-BTTTT", NEWS, BO, NULL, "2018-01-15", "Đỗ Minh Tuấn", "Nhà báo",
    1 },
  { "e-magazine licence, academic title",
    "Tạp chí điện tử Gia Đình Việt Example. Giấy phép hoạt động tạp chí "
    "điện tử số 321/GP-BTTTT ngày 22/7/2019. Tổng Biên tập: TS. Vũ Thanh "
    "Hải",
    "321/GP-BTTTT", MAG, I_NONE, NULL, "2019-07-22", "Vũ Thanh Hải", "TS.",
    1 },
  { "social network licence",
    "Mạng xã hội Bạn Bè Example - Giấy phép cung cấp dịch vụ mạng xã hội "
    "trực tuyến số 473/GP-BTTTT do Bộ TT&TT cấp ngày 09/10/2020",
    "473/GP-BTTTT", SOC, BO, NULL, "2020-10-09", NULL, "", 0 },
  { "all lower case",
    "giấy phép số: 2020/gp-ttđt do sở tt&tt hà nội cấp ngày 1/1/2020",
    "2020/GP-TTĐT", U, SO, "Hà Nội", "2020-01-01", NULL, "", 0 },
  { "extra spaces and line breaks everywhere",
    "Giấy   phép\n thiết lập trang thông tin điện tử\ntổng hợp trên mạng "
    "số  88 / GP - STTTT\ndo Sở Thông tin và\nTruyền thông tỉnh Bình "
    "Dương cấp ngày  7 / 9 / 2016",
    "88/GP-STTTT", GIW, SO, "Bình Dương", "2016-09-07", NULL, "", 0 },
  { "2025: Sở Văn hóa, Thể thao và Du lịch",
    "Giấy phép số 15/GP-SVHTTDL do Sở Văn hóa, Thể thao và Du lịch tỉnh "
    "Nghệ An cấp ngày 20/08/2025",
    "15/GP-SVHTTDL", U, SOVH, "Nghệ An", "2025-08-20", NULL, "", 0 },
  { "'của' before the issuer, date first",
    "Giấy phép số 07/GP-STTTT ngày 03/04/2017 của Sở TTTT Đà Nẵng",
    "07/GP-STTTT", U, SO, "Đà Nẵng", "2017-04-03", NULL, "", 0 },
  { "Thừa Thiên - Huế with spaced '&'",
    "Giấy phép số 210/GP-STTTT do Sở TT & TT Thừa Thiên - Huế cấp ngày "
    "30/06/2015",
    "210/GP-STTTT", U, SO, "Thừa Thiên Huế", "2015-06-30", NULL, "", 0 },
  { "issuer written before the number",
    "Sở Thông tin và Truyền thông tỉnh Lâm Đồng cấp Giấy phép thiết lập "
    "trang TTĐT tổng hợp số 18/GP-STTTT ngày 02/02/2022.",
    "18/GP-STTTT", GIW, SO, "Lâm Đồng", "2022-02-02", NULL, "", 0 },
  { "table-like footer with '|' and 'Ngày cấp:'",
    "Số giấy phép: 55/GP-STTTT | Ngày cấp: 23-12-2019 | Nơi cấp: Sở TT&TT "
    "Cần Thơ",
    "55/GP-STTTT", U, SO, "Cần Thơ", "2019-12-23", NULL, "", 0 },
  { "unaccented lower-case footer, tp.hcm, lower-case name",
    "giay phep thiet lap trang thong tin dien tu tong hop so 404/gp-ttdt "
    "do so thong tin va truyen thong tp.hcm cap ngay 04/04/2014. chiu "
    "trach nhiem noi dung: pham van cuong",
    "404/GP-TTDT", GIW, SO, "Hồ Chí Minh", "2014-04-04", "pham van cuong",
    "", 0 },
  { "unaccented upper case, invalid date, press title",
    "GIAY PHEP SO 123/GP-TTDT DO SO TT&TT TINH LAM DONG CAP NGAY "
    "31/02/2019. CHIU TRACH NHIEM NOI DUNG: NHA BAO TRAN VAN BINH",
    "123/GP-TTDT", U, SO, "Lâm Đồng", "!2019-02-31", "TRAN VAN BINH",
    "NHA BAO", 1 },
  { "accented upper case",
    "GIẤY PHÉP SỐ 2468/GP-TTĐT DO SỞ THÔNG TIN VÀ TRUYỀN THÔNG HÀ NỘI CẤP "
    "NGÀY 08/08/2018",
    "2468/GP-TTĐT", U, SO, "Hà Nội", "2018-08-08", NULL, "", 0 },
  { "en dash in the number, Bà Rịa - Vũng Tàu",
    "Giấy phép số 66/GP–TTĐT do Sở TT&TT Bà Rịa – Vũng Tàu cấp ngày "
    "11.11.2011",
    "66/GP-TTĐT", U, SO, "Bà Rịa - Vũng Tàu", "2011-11-11", NULL, "", 0 },
  { "the Cục and a new ministry, abbreviations",
    "Giấy phép số 1127/GP-TTĐT do Cục PTTH&TTĐT - Bộ VHTTDL cấp ngày "
    "14/3/2025",
    "1127/GP-TTĐT", U, CUC, NULL, "2025-03-14", NULL, "", 0 },
  { "quản lý nội dung, 'Bà'",
    "Website Ẩm Thực Phố Example. Giấy phép số 31/GP-STTTT do Sở TT&TT "
    "Hải Phòng cấp ngày 29/02/2024.\nChịu trách nhiệm quản lý nội dung: "
    "Bà Lý Thị Hoa",
    "31/GP-STTTT", U, SO, "Hải Phòng", "2024-02-29", "Lý Thị Hoa", "Bà", 0 },
  { "Người chịu trách nhiệm nội dung, name before an email",
    "TTĐT tổng hợp Cà Phê Sáng Example - GP số 09/GP-STTTT do Sở TTTT Đắk "
    "Lắk cấp ngày 3/3/2023. Người chịu trách nhiệm nội dung: Lâm Quốc "
    "Bảo - Email: bao@caphesang.example",
    "09/GP-STTTT", GIW, SO, "Đắk Lắk", "2023-03-03", "Lâm Quốc Bảo", "", 0 },
  { "GXN registration number",
    "Giấy xác nhận đăng ký số 08/GXN-TTĐT do Cục Phát thanh, truyền hình "
    "và thông tin điện tử cấp ngày 16/05/2016",
    "08/GXN-TTĐT", U, CUC, NULL, "2016-05-16", NULL, "", 0 },
  { "Phụ trách nội dung, given name Tài",
    "Giấy phép số 77/GP-STTTT do Sở TT&TT Kiên Giang cấp ngày 01/06/2019. "
    "Phụ trách nội dung: Nguyễn Hữu Tài",
    "77/GP-STTTT", U, SO, "Kiên Giang", "2019-06-01", "Nguyễn Hữu Tài", "",
    0 },
  { "NFD input",
    "Gia\xcc\x82\xcc\x81y phe\xcc\x81p so\xcc\x82\xcc\x81 5/GP-TT\xc4\x90T "
    "do So\xcc\x9b\xcc\x89 TT&TT Ha\xcc\x80 No\xcc\x82\xcc\xa3i ca\xcc\x82"
    "\xcc\x81p nga\xcc\x80y 2/3/2021",
    "5/GP-TTĐT", U, SO, "Hà Nội", "2021-03-02", NULL, "", 0 },
  { "NBSP, zero-width space, soft hyphen inside the words",
    "Giấy\xc2\xa0phép\xe2\x80\x8b số\xc2\xad: 314/GP-STTTT do Sở\xc2\xa0TT&TT "
    "Quảng\xe2\x80\x8bNinh cấp ngày\xc2\xa0" "15/9/2020",
    "314/GP-STTTT", U, SO, "Quảng Ninh", "2020-09-15", NULL, "", 0 },
  { "an old ministry and suffix: kept as written",
    "Giấy phép số 1234/GP-BC do Bộ Văn hóa - Thông tin cấp ngày 12/12/2005",
    "1234/GP-BC", U, I_NONE, NULL, "2005-12-12", NULL, "", 0 },
  { "person first; the address after the licence is not its issuer",
    "Chịu trách nhiệm nội dung: Đinh Công Sơn. Giấy phép số 404/GP-STTTT "
    "cấp ngày 1/10/2021. Địa chỉ: Tầng 3, tòa nhà Sở Thông tin và Truyền "
    "thông Hà Nội, ngày 2/2/2022",
    "404/GP-STTTT", U, I_NONE, NULL, "2021-10-01", "Đinh Công Sơn", "", 0 },
  { "GIW wording after the number",
    "Giấy phép số 2/GP-STTTT cấp phép thiết lập trang thông tin điện tử "
    "tổng hợp, do Sở TT&TT Yên Bái cấp ngày 18/01/2013",
    "2/GP-STTTT", GIW, SO, "Yên Bái", "2013-01-18", NULL, "", 0 },
  /* negatives: no licence */
  { "a phone number and a date alone",
    "Hotline: 0912.345.678 - Điện thoại: (024) 3123 4567. Cập nhật ngày "
    "12/05/2021 lúc 10:30",
    NULL, U, I_NONE, NULL, NULL, NULL, "", 0 },
  { "an address number and a decision number",
    "Địa chỉ: Số 12/34 đường Lê Lợi, Quận 1. Quyết định số 123/QĐ-UBND.",
    NULL, U, I_NONE, NULL, NULL, NULL, "", 0 },
  { "an investment licence ('2316/GP' without a suffix)",
    "Giấy phép đầu tư số 2316/GP do Bộ Kế hoạch và Đầu tư cấp",
    NULL, U, I_NONE, NULL, NULL, NULL, "", 0 },
  { "'Giấy phép kinh doanh' with a GP-shaped number",
    "Giấy phép kinh doanh số 12/GP-KD do UBND quận Example cấp",
    NULL, U, I_NONE, NULL, NULL, NULL, "", 0 },
  { "'Tổng biên tập' in running text is not a person",
    "Ban Tổng biên tập Báo Example gửi lời chào. Bản quyền © 2015-2024",
    NULL, U, I_NONE, NULL, NULL, NULL, "", 0 },
};

/* The text of span s in the input. */
static const char *in_span(const char *text, struct footer_span s)
{
  static char out[256];
  snprintf(out, sizeof(out), "%.*s", (int)s.len, text + s.off);
  return out;
}

static bool date_is(const struct footer_date *d, const char *want)
{
  char got[32];
  if(!want)
    return !d->present;
  if(!d->present)
    return false;
  snprintf(got, sizeof(got), "%s%04u-%02u-%02u", d->valid ? "" : "!",
           (unsigned)d->year, (unsigned)d->month, (unsigned)d->day);
  return !strcmp(got, want);
}

static void check_case(const struct lcase *c)
{
  struct footer_result r;
  int rc = footer_parse(c->text, strlen(c->text), NULL, 0, &r);
  bool good = rc == PP_OK;
  if(!c->number)
    good = good && r.n_licences == 0;
  else {
    const struct footer_licence *l = &r.licences[0];
    good = good && r.n_licences == 1;
    if(good) {
      if(strcmp(l->number, c->number)) {
        diag("number %s", l->number);
        good = false;
      }
      if(l->kind != c->kind || l->issuer != c->issuer) {
        diag("kind %s issuer '%s'", footer_kind_name(l->kind),
             footer_issuer_name(l->issuer));
        good = false;
      }
      if(c->province ? !l->province || strcmp(l->province, c->province)
                     : l->province != NULL) {
        diag("province %s", l->province ? l->province : "(none)");
        good = false;
      }
      if(!date_is(&l->issued, c->issued)) {
        diag("issued %u-%u-%u present %d valid %d", (unsigned)l->issued.year,
             (unsigned)l->issued.month, (unsigned)l->issued.day,
             l->issued.present, l->issued.valid);
        good = false;
      }
    }
  }
  if(c->person) {
    const struct footer_person *p = &r.people[0];
    if(r.n_people < 1 || strcmp(p->name, c->person) ||
       strcmp(p->title, c->title) || p->press_title != c->press) {
      diag("person [%s] title [%s] press %d (n %zu)",
           r.n_people ? p->name : "", r.n_people ? p->title : "",
           r.n_people ? p->press_title : -1, r.n_people);
      good = false;
    }
  }
  else if(r.n_people) {
    diag("unexpected person [%s]", r.people[0].name);
    good = false;
  }
  ok(good, "%s", c->what);
}

int main(void)
{
  struct footer_result r;
  const struct footer_licence *l;
  const char *t, *after;
  char *big;
  size_t i;
  int rc;

  for(i = 0; i < PP_ARRAY_LEN(cases); i++)
    check_case(&cases[i]);

  /* spans point at the input as written */
  t = "Giấy phép thiết lập trang thông tin điện tử tổng hợp trên mạng số "
      "2215/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 10 "
      "tháng 4 năm 2019. Chịu trách nhiệm nội dung: Nhà báo Lê Văn Nam";
  rc = footer_parse(t, strlen(t), NULL, 0, &r);
  l = &r.licences[0];
  ok(rc == PP_OK && r.n_licences == 1, "VCCorp footer parsed");
  is_str(in_span(t, l->number_span), "2215/GP-TTĐT", "number span");
  is_str(in_span(t, l->kind_span),
         "trang thông tin điện tử tổng hợp", "kind span");
  is_str(in_span(t, l->issuer_span),
         "Sở Thông tin và Truyền thông Hà Nội", "issuer span");
  is_str(l->issuer_text, "Sở Thông tin và Truyền thông Hà Nội",
         "issuer text");
  is_str(in_span(t, l->province_span), "Hà Nội", "province span");
  is_str(in_span(t, l->issued.span), "10 tháng 4 năm 2019", "date span");
  is_str(l->number_key, "2215/GP-TTDT", "number key (unaccented)");
  ok(l->serial == 2215 && l->province_2025 &&
     !strcmp(l->province_2025, "Hà Nội"), "serial, province in 2025");
  ok(r.n_people == 1 && r.people[0].role == FOOTER_ROLE_CONTENT,
     "one person, content role");
  is_str(in_span(t, r.people[0].label_span), "Chịu trách nhiệm nội dung",
         "label span");
  is_str(in_span(t, r.people[0].title_span), "Nhà báo", "title span");
  is_str(in_span(t, r.people[0].name_span), "Lê Văn Nam", "name span");
  ok(r.people[0].press_title, "'Nhà báo' is a press title");

  /* the same text in NFD gives NFC values and spans into the NFD input */
  {
    static char d[1024];
    size_t n = sizeof(d) - 1;
    uint8_t *p = u8_normalize(UNINORM_NFD, (const uint8_t *)t, strlen(t),
                              (uint8_t *)d, &n);
    d[p == (uint8_t *)d ? n : 0] = '\0';
    rc = footer_parse(d, strlen(d), NULL, 0, &r);
    ok(rc == PP_OK && r.n_licences == 1 &&
       !strcmp(r.licences[0].number, "2215/GP-TTĐT") &&
       !strcmp(r.people[0].name, "Lê Văn Nam") &&
       r.licences[0].number_span.off + r.licences[0].number_span.len <=
       strlen(d), "NFD footer: NFC values");
  }

  /* several licences; a repeated footer counted once */
  t = "Giấy phép hoạt động báo điện tử số 548/GP-BTTTT ngày 01/12/2016 của "
      "Bộ TT&TT; Giấy phép MXH số 12/GP-BTTTT cấp ngày 5-6-2018, có giá "
      "trị đến ngày 5-6-2023.\nTổng biên tập: Lê Thị Mai – Phó Tổng biên "
      "tập: Phạm Quang Huy\n"
      "Giấy phép hoạt động báo điện tử số 548/GP-BTTTT";
  rc = footer_parse(t, strlen(t), NULL, 0, &r);
  ok(rc == PP_OK && r.n_licences == 2, "two licences, the repeat merged");
  ok(r.licences[0].kind == FOOTER_KIND_ENEWSPAPER &&
     r.licences[0].issuer == FOOTER_ISSUER_BO_TTTT &&
     date_is(&r.licences[0].issued, "2016-12-01") &&
     !r.licences[0].expires.present, "first: e-newspaper, Bộ, date");
  ok(r.licences[1].kind == FOOTER_KIND_SOCIAL &&
     r.licences[1].issuer == FOOTER_ISSUER_UNKNOWN &&
     date_is(&r.licences[1].issued, "2018-06-05") &&
     date_is(&r.licences[1].expires, "2023-06-05"),
     "second: social network, issue and expiry dates, no issuer taken "
     "from the first");
  ok(r.n_people == 2 && r.people[0].role == FOOTER_ROLE_EDITOR &&
     !strcmp(r.people[0].name, "Lê Thị Mai") &&
     r.people[1].role == FOOTER_ROLE_DEPUTY_EDITOR &&
     !strcmp(r.people[1].name, "Phạm Quang Huy") &&
     r.people[0].press_title && r.people[1].press_title,
     "editor-in-chief and deputy (press titles by label)");
  is_str(r.people[0].label, "Tổng biên tập", "label as written");

  /* invalid dates are flagged, leap years known */
  {
    static const char *const dates[][2] = {
      { "31/02/2019", "!2019-02-31" }, { "29/02/2023", "!2023-02-29" },
      { "29/02/2024", "2024-02-29" }, { "29/02/1900", "!1900-02-29" },
      { "29/02/2000", "2000-02-29" }, { "31/04/2020", "!2020-04-31" },
      { "00/12/2020", "!2020-12-00" }, { "15/13/2020", "!2020-13-15" },
      { "ngày 31 tháng 6 năm 2021", "!2021-06-31" },
    };
    char buf[128];
    int bad = 0;
    for(i = 0; i < PP_ARRAY_LEN(dates); i++) {
      snprintf(buf, sizeof(buf), "Giấy phép số 1/GP-STTTT cấp %s",
               dates[i][0]);
      if(footer_parse(buf, strlen(buf), NULL, 0, &r) != PP_OK ||
         r.n_licences != 1 || !date_is(&r.licences[0].issued, dates[i][1])) {
        diag("date %s", dates[i][0]);
        bad++;
      }
    }
    is_int(bad, 0, "invalid dates flagged (31/02, 29/02 off leap years, "
           "31/04, day 0, month 13)");
    t = "Giấy phép số 1/GP-STTTT cấp ngày 12/05/10";
    rc = footer_parse(t, strlen(t), NULL, 0, &r);
    ok(rc == PP_OK && r.n_licences == 1 && !r.licences[0].issued.present,
       "a two-digit year is not taken for a date");
  }

  /* business registrations are kept apart */
  t = "Công ty CP Truyền thông Sao Mai Example. Giấy chứng nhận đăng ký "
      "doanh nghiệp số 0101234567 do Sở KH&ĐT Hà Nội cấp lần đầu ngày "
      "01/01/2010. MST: 0101234567-001. Giấy phép kinh doanh số "
      "0312345678.";
  rc = footer_parse(t, strlen(t), NULL, 0, &r);
  ok(rc == PP_OK && r.n_licences == 0 && r.n_business == 3,
     "business registrations: no licence (%zu), %zu registrations",
     r.n_licences, r.n_business);
  ok(r.n_business == 3 &&
     r.business[0].kind == FOOTER_BUSINESS_ENTERPRISE &&
     !strcmp(r.business[0].number, "0101234567") &&
     r.business[1].kind == FOOTER_BUSINESS_TAX &&
     !strcmp(r.business[1].number, "0101234567-001") &&
     r.business[2].kind == FOOTER_BUSINESS_LICENCE &&
     !strcmp(r.business[2].number, "0312345678"),
     "enterprise certificate, tax code, business licence");
  is_str(in_span(t, r.business[0].number_span), "0101234567",
         "business number span");
  t = "Giấy phép kinh doanh số 12/GP-KD do UBND quận Example cấp";
  rc = footer_parse(t, strlen(t), NULL, 0, &r);
  ok(rc == PP_OK && r.n_licences == 0 && r.n_business == 1 &&
     r.business[0].kind == FOOTER_BUSINESS_LICENCE &&
     !strcmp(r.business[0].number, "12/GP-KD"),
     "a GP-shaped business licence is reported as business");

  /* ABEI badges, in the text and in links */
  t = "Giấy phép số 45/GP-PTTH&TTĐT cấp ngày 27/02/2025 "
      "https://GiayPhep.abei.gov.vn/g1/AbC123 ";
  {
    const char *links[] = { "/lien-he", NULL,
                            "https://giayphep.abei.gov.vn/i/31415?x=1",
                            "https://giayphep.abei.gov.vn/g1/AbC123" };
    rc = footer_parse(t, strlen(t), links, 4, &r);
  }
  ok(rc == PP_OK && r.n_badges == 2, "badges: one in the text, one link "
     "(the same badge once)");
  ok(r.n_badges == 2 && !strcmp(r.badges[0].cat, "g1") &&
     !strcmp(r.badges[0].id, "AbC123") && r.badges[0].link == -1 &&
     !strcmp(r.badges[1].cat, "i") && !strcmp(r.badges[1].id, "31415") &&
     r.badges[1].link == 2, "badge categories and ids (case kept)");
  is_str(in_span(t, r.badges[0].span), "GiayPhep.abei.gov.vn/g1/AbC123",
         "badge span");

  /* caps */
  {
    char buf[2048];
    size_t n = 0;
    for(i = 0; i < 10; i++)
      n += (size_t)snprintf(buf + n, sizeof(buf) - n,
                            "Giấy phép số %zu/GP-STTTT. ", i + 1);
    rc = footer_parse(buf, n, NULL, 0, &r);
    ok(rc == PP_OK && r.n_licences == FOOTER_LICENCES_MAX &&
       r.n_dropped == 10 - FOOTER_LICENCES_MAX,
       "10 licences: %d kept, the rest counted", FOOTER_LICENCES_MAX);
  }
  big = malloc(FOOTER_IN_MAX + 100);
  if(big) {
    const char *lic = "Giấy phép số 5/GP-STTTT cấp ngày 1/2/2020 ";
    memset(big, ' ', FOOTER_IN_MAX + 100);
    memcpy(big, lic, strlen(lic));
    memcpy(big + FOOTER_IN_MAX - 20, lic, strlen(lic));
    rc = footer_parse(big, FOOTER_IN_MAX + 100, NULL, 0, &r);
    ok(rc == PP_OK && r.cut && r.n_licences == 1 &&
       r.licences[0].serial == 5, "over FOOTER_IN_MAX: cut, the start "
       "parsed, the licence cut in two not seen");
    free(big);
  }
  {
    char buf[512];
    memset(buf, 0, sizeof(buf));
    snprintf(buf, sizeof(buf), "Chịu trách nhiệm nội dung: %s",
             "Nguyễn Văn Một Hai Ba Bốn Năm Sáu Bảy Tám");
    rc = footer_parse(buf, strlen(buf), NULL, 0, &r);
    ok(rc == PP_OK && r.n_people == 1 &&
       !strcmp(r.people[0].name, "Nguyễn Văn Một Hai Ba Bốn"),
       "a name stops after 6 words");
  }

  /* arguments and allocation failures */
  is_int(footer_parse("x", 1, NULL, 0, NULL), PP_EINVAL, "NULL result");
  is_int(footer_parse(NULL, 1, NULL, 0, &r), PP_EINVAL, "NULL text");
  is_int(footer_parse("x", 1, NULL, 1, &r), PP_EINVAL, "NULL links");
  ok(footer_parse(NULL, 0, NULL, 0, &r) == PP_OK && r.n_licences == 0,
     "empty text");
  {
    int fails = 0, okays = 0;
    long k;
    t = cases[1].text;
    for(k = 0; k < 6; k++) {
      pp_alloc_fail_after(k);
      rc = footer_parse(t, strlen(t), NULL, 0, &r);
      pp_alloc_fail_after(-1);
      if(rc == PP_ENOMEM && r.n_licences == 0)
        fails++;
      else if(rc == PP_OK && r.n_licences == 1)
        okays++;
    }
    ok(fails >= 3 && okays >= 1 && fails + okays == 6,
       "ENOMEM at each allocation: empty result (%d), then fine (%d)",
       fails, okays);
  }

  /* provinces */
  ok(footer_province("TP.HCM", 6, &after) &&
     !strcmp(footer_province("TP.HCM", 6, NULL), "Hồ Chí Minh") &&
     !strcmp(after, "Hồ Chí Minh"), "TP.HCM");
  t = "Thừa Thiên - Huế";
  ok(footer_province(t, strlen(t), &after) &&
     !strcmp(footer_province(t, strlen(t), NULL), "Thừa Thiên Huế") &&
     !strcmp(after, "Huế"), "Thừa Thiên - Huế -> Huế in 2025");
  t = "tinh binh duong";
  ok(footer_province(t, strlen(t), &after) && !strcmp(after, "Hồ Chí Minh"),
     "tỉnh Bình Dương, unaccented -> Hồ Chí Minh in 2025");
  t = "Thành phố Hà Nội ";
  ok(footer_province(t, strlen(t), NULL) &&
     !strcmp(footer_province(t, strlen(t), NULL), "Hà Nội"),
     "Thành phố Hà Nội");
  t = "Khánh Hoà";
  ok(footer_province(t, strlen(t), NULL) &&
     !strcmp(footer_province(t, strlen(t), NULL), "Khánh Hòa"),
     "new-style tone: Khánh Hoà -> Khánh Hòa");
  t = "Hà Tây";
  ok(!footer_province(t, strlen(t), &after) && !after,
     "Hà Tây (merged 2008): not a province");
  t = "Hà Nội Mới";
  ok(!footer_province(t, strlen(t), NULL), "trailing words: no");

  is_str(footer_kind_name(FOOTER_KIND_GIW), "giw", "kind name");
  is_str(footer_kind_name((enum footer_kind)99), "unknown", "bad kind");
  is_str(footer_issuer_name((enum footer_issuer)99), "", "bad issuer");
  is_str(footer_role_name(FOOTER_ROLE_EDITOR), "editor-in-chief",
         "role name");
  is_str(footer_business_name(FOOTER_BUSINESS_TAX), "tax-code",
         "business name");
  return tap_done();
}
