/*
 * footer.h: licence statements in the footer text of a Vietnamese site.
 *
 * References: Decree 72/2013 as amended by Decree 27/2018 and Circular
 * 09/2014 (a general information website shows the number, date and
 * issuing body of its licence, and the person responsible for content);
 * the phrasings seen in the wild are in ../shared/docs/domain.md A4, B2.
 *
 * What is extracted, with the byte span of every field in the input:
 *
 *  - licences: "Giấy phép (thiết lập trang thông tin điện tử tổng hợp)
 *    số 2215/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 10
 *    tháng 4 năm 2019": the number (serial, "GP" or "GXN", the suffix as
 *    written: STTTT, TTĐT, BTTTT, PTTH&TTĐT, ...), the kind from the
 *    wording around it, the issuer (Sở / Cục / Bộ, with its province,
 *    or the Cục's ministry), the issue date and an expiry date ("có giá
 *    trị đến ngày ..."), each date checked against the calendar;
 *  - people: "Chịu trách nhiệm (quản lý) nội dung:", "Người chịu trách
 *    nhiệm:", "Tổng biên tập:", "Phó Tổng biên tập:" with the titles
 *    before the name ("Nhà báo", "ThS.", "Ông") and whether one of them
 *    is a press title;
 *  - ABEI badge links giayphep.abei.gov.vn/<cat>/<id>, in the text or in
 *    the links given;
 *  - business registrations (enterprise registration certificate, tax
 *    code, business or investment licence): kept apart, never taken for
 *    a press or information licence.
 *
 * The text is normalized twice with textnorm: an unaccented, folded form
 * with line breaks kept, in which a hand-written parser looks for the
 * wording (so "GIAY PHEP SO 123/GP-TTDT" and "giấy phép số: 123/GP-TTĐT"
 * parse alike) through a bounded cursor, and the input itself, from
 * which field values are copied (NFC, spaces collapsed, case kept).  A
 * licence is a number of the shape <digits>/GP-<suffix>; a phone number,
 * a date or "Giấy phép kinh doanh số 0101234567" is not one.
 *
 * Work is bounded: input over FOOTER_IN_MAX bytes is cut (flag cut),
 * every list and text field has a cap, items over a cap are counted.
 */
#ifndef PP_FOOTER_H
#define PP_FOOTER_H

#include "pp_common.h"

#define FOOTER_IN_MAX (64 * 1024)   /* bytes of footer text parsed */
#define FOOTER_LICENCES_MAX 8
#define FOOTER_PEOPLE_MAX 6
#define FOOTER_BADGES_MAX 4
#define FOOTER_BUSINESS_MAX 4
#define FOOTER_TEXT_MAX 160         /* one text field, NUL included */
#define FOOTER_NUMBER_MAX 48        /* a licence number, NUL included */
#define FOOTER_LINKS_MAX 256        /* links looked at */

enum footer_kind {
  FOOTER_KIND_UNKNOWN,
  FOOTER_KIND_GIW,          /* trang thông tin điện tử tổng hợp */
  FOOTER_KIND_ENEWSPAPER,   /* (hoạt động) báo điện tử */
  FOOTER_KIND_EMAGAZINE,    /* tạp chí điện tử */
  FOOTER_KIND_PRESS,        /* hoạt động báo chí, báo in (no medium) */
  FOOTER_KIND_SOCIAL,       /* mạng xã hội */
  FOOTER_KIND_GAME,         /* trò chơi điện tử */
};

enum footer_issuer {
  FOOTER_ISSUER_UNKNOWN,
  FOOTER_ISSUER_SO_TTTT,      /* Sở Thông tin và Truyền thông */
  FOOTER_ISSUER_CUC_PTTH,     /* Cục Phát thanh, Truyền hình và TTĐT */
  FOOTER_ISSUER_BO_TTTT,      /* Bộ Thông tin và Truyền thông */
  FOOTER_ISSUER_SO_VHTTDL,    /* Sở Văn hóa, Thể thao và Du lịch */
  FOOTER_ISSUER_BO_VHTTDL,    /* Bộ Văn hóa, Thể thao và Du lịch */
  FOOTER_ISSUER_CUC_BAO_CHI,  /* Cục Báo chí */
  FOOTER_ISSUER_SO_KHCN,      /* Sở Khoa học và Công nghệ */
  FOOTER_ISSUER_BO_KHCN,      /* Bộ Khoa học và Công nghệ */
};

enum footer_role {
  FOOTER_ROLE_CONTENT,        /* chịu trách nhiệm (quản lý) nội dung */
  FOOTER_ROLE_EDITOR,         /* Tổng biên tập */
  FOOTER_ROLE_DEPUTY_EDITOR,  /* Phó Tổng biên tập */
};

enum footer_business_kind {
  FOOTER_BUSINESS_ENTERPRISE, /* giấy chứng nhận đăng ký doanh nghiệp,
                                 mã số doanh nghiệp, đăng ký kinh doanh */
  FOOTER_BUSINESS_LICENCE,    /* giấy phép kinh doanh */
  FOOTER_BUSINESS_TAX,        /* mã số thuế */
  FOOTER_BUSINESS_INVESTMENT, /* giấy phép / chứng nhận đầu tư */
};

/* Bytes [off, off + len) of the input; len 0: absent. */
struct footer_span {
  uint32_t off, len;
};

struct footer_date {
  bool present;
  bool valid;               /* a real calendar date (31/02 is not) */
  uint16_t year;            /* as written, even when not valid */
  uint8_t month, day;
  struct footer_span span;
};

struct footer_licence {
  char number[FOOTER_NUMBER_MAX];     /* "2215/GP-TTĐT": NFC, upper case,
                                         no spaces, '-' for any dash */
  char number_key[FOOTER_NUMBER_MAX]; /* "2215/GP-TTDT": unaccented, to
                                         compare with registries */
  uint32_t serial;                    /* 2215 */
  struct footer_span number_span;
  enum footer_kind kind;
  struct footer_span kind_span;       /* the wording the kind came from */
  enum footer_issuer issuer;
  enum footer_issuer issuer_parent;   /* the Bộ of a Cục, when written */
  char issuer_text[FOOTER_TEXT_MAX];  /* as written: "Sở TTTT Thành phố
                                         Hồ Chí Minh" */
  struct footer_span issuer_span;
  const char *province;               /* canonical name ("Hồ Chí Minh"),
                                         NULL when none was written */
  const char *province_2025;          /* its province since 1 July 2025 */
  struct footer_span province_span;
  struct footer_date issued;
  struct footer_date expires;
};

struct footer_person {
  enum footer_role role;
  char label[FOOTER_TEXT_MAX];        /* "Chịu trách nhiệm nội dung" */
  struct footer_span label_span;
  char title[FOOTER_TEXT_MAX];        /* "Nhà báo", "ThS." ("" none) */
  struct footer_span title_span;
  bool press_title;                   /* the title or label is a press
                                         title (nhà báo, tổng biên tập,
                                         phóng viên ...) */
  char name[FOOTER_TEXT_MAX];         /* "Nguyễn Văn A" */
  struct footer_span name_span;
};

struct footer_badge {
  char cat[8];                        /* "i", "s", "g1" ... */
  char id[64];
  int link;                           /* index in links, -1: in the text */
  struct footer_span span;            /* in the text (link -1) */
};

struct footer_business {
  enum footer_business_kind kind;
  char number[32];                    /* "0101234567", "0101234567-001" */
  struct footer_span span;            /* wording and number */
  struct footer_span number_span;
};

struct footer_result {
  size_t n_licences;
  struct footer_licence licences[FOOTER_LICENCES_MAX];
  size_t n_people;
  struct footer_person people[FOOTER_PEOPLE_MAX];
  size_t n_badges;
  struct footer_badge badges[FOOTER_BADGES_MAX];
  size_t n_business;
  struct footer_business business[FOOTER_BUSINESS_MAX];
  uint32_t n_dropped;       /* items over a cap, not kept */
  bool cut;                 /* the text was over FOOTER_IN_MAX */
};

/*
 * Parse len bytes of footer text (UTF-8, any normalization, untrusted;
 * NULL only with len 0) and n_links link targets (href values; links may
 * be NULL when n_links is 0; NULL entries are skipped; only the first
 * FOOTER_LINKS_MAX are looked at) into *res, which is overwritten and
 * owns nothing (no free).  PP_OK (an empty result is not an error),
 * PP_EINVAL (res NULL, text NULL with len > 0, links NULL with n_links
 * > 0) or PP_ENOMEM (res then empty).
 */
int footer_parse(const char *text, size_t len, const char *const *links,
                 size_t n_links, struct footer_result *res);

/* Stable names for outputs ("giw", "e-newspaper", ...); never NULL. */
const char *footer_kind_name(enum footer_kind kind);
/* Canonical Vietnamese name of an issuer ("" for unknown); never NULL. */
const char *footer_issuer_name(enum footer_issuer issuer);
/* "content", "editor-in-chief", "deputy-editor"; never NULL. */
const char *footer_role_name(enum footer_role role);
/* "enterprise", "business-licence", "tax-code", "investment". */
const char *footer_business_name(enum footer_business_kind kind);

/*
 * The canonical name of a province written in text (any case, accents
 * or none, "TP." / "tỉnh" prefixes allowed: "TP.HCM", "Thừa Thiên -
 * Huế", "tinh lam dong"), and through *after_2025 (may be NULL) the
 * province it belongs to since the merger of 1 July 2025.  NULL when
 * none of the 63 provinces of 2024 (nor "Huế") is recognized.
 */
const char *footer_province(const char *text, size_t len,
                            const char **after_2025);

#endif
