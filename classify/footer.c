/*
 * footer.c: licence statements, responsible people, ABEI badges and
 * business registrations in footer text (see footer.h).
 *
 * Reference: domain.md A4 (phrasings in the wild), B2 (the sketch this
 * follows):
 *
 *   Giấy phép [thiết lập trang thông tin điện tử tổng hợp [trên mạng]]
 *     [số][:] <digits> / GP - <suffix>
 *     [do|của|bởi] <issuer> [tỉnh|thành phố|TP.] <province> [cấp]
 *     [cấp] [ngày] <dd/mm/yyyy | d tháng m năm yyyy>
 *   (Người) chịu trách nhiệm (quản lý) nội dung [:] [title] <Name>
 *
 * The parser reads the unaccented, folded form K of the text (textnorm
 * PLAIN with line breaks, and its offset map back to the input) through
 * a pp_rd cursor: rd_peek() at a position, which reads nothing outside K
 * and gives 0 past its end.  It first finds every licence number (the
 * anchor: <digits>/GP-<suffix>, also GXN), then reads around each: the
 * wording before it (kind, issuer written first, business context) back
 * to the previous statement or a label that starts something else
 * (address, phone, people...), and the fields after it (issuer,
 * province, dates) up to the next statement or such a label.  People,
 * badges and business registrations are found by their labels anywhere.
 * Field values are taken from the input through the map.
 *
 * Phrases below are in K form: lower case, no accents, "đ" as "d".  In a
 * phrase, ' ' stands for up to SEP_MAX separators (spaces, line breaks,
 * '.', ',', '-', dashes) or none, so "so tt & tt" matches "Sở TT&TT" and
 * "Sở TT & TT", and "tp ho chi minh" matches "TP. Hồ Chí Minh".
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#include "footer.h"
#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"
#include "textnorm.h"

#define SEP_MAX 4          /* separator bytes one phrase space skips */
#define BEFORE_MAX 240     /* K bytes read before a licence number */
#define AFTER_MAX 320      /* K bytes read after it */
#define DATES_MAX 4        /* dates looked at after one number */
#define NAME_WORDS_MAX 6
#define NAME_WORD_MAX 24   /* bytes of one name word in K */
#define TITLES_MAX 3
#define SUFFIX_MAX 24      /* bytes of a licence number suffix in K */
#define SERIAL_DIGITS_MAX 6
#define BIZ_NUMBER_MAX 24
#define ANCHORS_MAX 64     /* licence numbers looked at (then capped) */
#define EXPIRY_LOOKBACK 28 /* bytes before a date searched for "đến" */

/* ---- phrase tables (K form) ---------------------------------------- */

struct kind_phrase {
  enum footer_kind kind;
  const char *ph;
};

static const struct kind_phrase kinds[] = {
  { FOOTER_KIND_GIW, "trang thong tin dien tu tong hop" },
  { FOOTER_KIND_GIW, "thong tin dien tu tong hop" },
  { FOOTER_KIND_GIW, "trang tin dien tu tong hop" },
  { FOOTER_KIND_GIW, "trang thong tin tong hop" },
  { FOOTER_KIND_GIW, "trang ttdt tong hop" },
  { FOOTER_KIND_GIW, "ttdt tong hop" },
  { FOOTER_KIND_GIW, "ttdtth" },
  { FOOTER_KIND_ENEWSPAPER, "hoat dong bao dien tu" },
  { FOOTER_KIND_ENEWSPAPER, "bao chi dien tu" },
  { FOOTER_KIND_ENEWSPAPER, "bao dien tu" },
  { FOOTER_KIND_EMAGAZINE, "hoat dong tap chi dien tu" },
  { FOOTER_KIND_EMAGAZINE, "tap chi dien tu" },
  { FOOTER_KIND_PRESS, "hoat dong bao chi" },
  { FOOTER_KIND_PRESS, "hoat dong bao in" },
  { FOOTER_KIND_PRESS, "xuat ban bao in" },
  { FOOTER_KIND_SOCIAL, "mang xa hoi" },
  { FOOTER_KIND_SOCIAL, "mxh" },
  { FOOTER_KIND_GAME, "tro choi dien tu" },
};

struct issuer_phrase {
  enum footer_issuer issuer;
  const char *ph;
};

static const struct issuer_phrase issuers[] = {
  { FOOTER_ISSUER_SO_TTTT, "so thong tin va truyen thong" },
  { FOOTER_ISSUER_SO_TTTT, "so thong tin truyen thong" },
  { FOOTER_ISSUER_SO_TTTT, "so tt & tt" },
  { FOOTER_ISSUER_SO_TTTT, "so tt va tt" },
  { FOOTER_ISSUER_SO_TTTT, "so tt tt" },
  { FOOTER_ISSUER_CUC_PTTH,
    "cuc phat thanh truyen hinh va thong tin dien tu" },
  { FOOTER_ISSUER_CUC_PTTH, "cuc phat thanh truyen hinh thong tin dien tu" },
  { FOOTER_ISSUER_CUC_PTTH, "cuc ptth & ttdt" },
  { FOOTER_ISSUER_CUC_PTTH, "cuc ptth va ttdt" },
  { FOOTER_ISSUER_CUC_PTTH, "cuc ptth ttdt" },
  { FOOTER_ISSUER_BO_TTTT, "bo thong tin va truyen thong" },
  { FOOTER_ISSUER_BO_TTTT, "bo thong tin truyen thong" },
  { FOOTER_ISSUER_BO_TTTT, "bo tt & tt" },
  { FOOTER_ISSUER_BO_TTTT, "bo tt va tt" },
  { FOOTER_ISSUER_BO_TTTT, "bo tt tt" },
  { FOOTER_ISSUER_BO_TTTT, "btttt" },
  { FOOTER_ISSUER_SO_VHTTDL, "so van hoa the thao va du lich" },
  { FOOTER_ISSUER_SO_VHTTDL, "so van hoa the thao du lich" },
  { FOOTER_ISSUER_SO_VHTTDL, "so van hoa va the thao" },
  { FOOTER_ISSUER_SO_VHTTDL, "so vh tt & dl" },
  { FOOTER_ISSUER_SO_VHTTDL, "so vh tt dl" },
  { FOOTER_ISSUER_BO_VHTTDL, "bo van hoa the thao va du lich" },
  { FOOTER_ISSUER_BO_VHTTDL, "bo van hoa the thao du lich" },
  { FOOTER_ISSUER_BO_VHTTDL, "bo vh tt & dl" },
  { FOOTER_ISSUER_BO_VHTTDL, "bo vh tt dl" },
  { FOOTER_ISSUER_BO_VHTTDL, "bvhttdl" },
  { FOOTER_ISSUER_CUC_BAO_CHI, "cuc bao chi" },
  { FOOTER_ISSUER_SO_KHCN, "so khoa hoc va cong nghe" },
  { FOOTER_ISSUER_SO_KHCN, "so khoa hoc cong nghe" },
  { FOOTER_ISSUER_SO_KHCN, "so kh & cn" },
  { FOOTER_ISSUER_SO_KHCN, "so khcn" },
  { FOOTER_ISSUER_BO_KHCN, "bo khoa hoc va cong nghe" },
  { FOOTER_ISSUER_BO_KHCN, "bo khoa hoc cong nghe" },
  { FOOTER_ISSUER_BO_KHCN, "bo kh & cn" },
  { FOOTER_ISSUER_BO_KHCN, "bo khcn" },
};

static const char *const issuer_names[] = {
  "",
  "Sở Thông tin và Truyền thông",
  "Cục Phát thanh, Truyền hình và Thông tin điện tử",
  "Bộ Thông tin và Truyền thông",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Bộ Văn hóa, Thể thao và Du lịch",
  "Cục Báo chí",
  "Sở Khoa học và Công nghệ",
  "Bộ Khoa học và Công nghệ",
};

/*
 * Provinces: the 63 of 2024 and Huế (a centrally governed city since
 * January 2025), with the province each is part of since 1 July 2025
 * (National Assembly Resolution 202/2025/QH15, 34 provinces and cities,
 * as reported: domain.md A5 marks the merger unverified).  Names are the
 * official spellings (old tone placement, as the state writes them).
 */
struct province {
  const char *name;
  const char *after;          /* since 1 July 2025; NULL: unchanged */
  const char *keys[4];
};

static const struct province provinces[] = {
  { "An Giang", NULL, { "an giang" } },
  { "Bà Rịa - Vũng Tàu", "Hồ Chí Minh",
    { "ba ria vung tau", "br vt", "brvt" } },
  { "Bắc Giang", "Bắc Ninh", { "bac giang" } },
  { "Bắc Kạn", "Thái Nguyên", { "bac kan", "bac can" } },
  { "Bạc Liêu", "Cà Mau", { "bac lieu" } },
  { "Bắc Ninh", NULL, { "bac ninh" } },
  { "Bến Tre", "Vĩnh Long", { "ben tre" } },
  { "Bình Định", "Gia Lai", { "binh dinh" } },
  { "Bình Dương", "Hồ Chí Minh", { "binh duong" } },
  { "Bình Phước", "Đồng Nai", { "binh phuoc" } },
  { "Bình Thuận", "Lâm Đồng", { "binh thuan" } },
  { "Cà Mau", NULL, { "ca mau" } },
  { "Cần Thơ", NULL, { "can tho" } },
  { "Cao Bằng", NULL, { "cao bang" } },
  { "Đà Nẵng", NULL, { "da nang" } },
  { "Đắk Lắk", NULL, { "dak lak", "dac lac", "dak lac", "daklak" } },
  { "Đắk Nông", "Lâm Đồng", { "dak nong", "dac nong", "daknong" } },
  { "Điện Biên", NULL, { "dien bien" } },
  { "Đồng Nai", NULL, { "dong nai" } },
  { "Đồng Tháp", NULL, { "dong thap" } },
  { "Gia Lai", NULL, { "gia lai" } },
  { "Hà Giang", "Tuyên Quang", { "ha giang" } },
  { "Hà Nam", "Ninh Bình", { "ha nam" } },
  { "Hà Nội", NULL, { "ha noi", "hanoi" } },
  { "Hà Tĩnh", NULL, { "ha tinh" } },
  { "Hải Dương", "Hải Phòng", { "hai duong" } },
  { "Hải Phòng", NULL, { "hai phong" } },
  { "Hậu Giang", "Cần Thơ", { "hau giang" } },
  { "Hòa Bình", "Phú Thọ", { "hoa binh" } },
  { "Hồ Chí Minh", NULL, { "ho chi minh", "hcm", "tphcm", "sai gon" } },
  { "Hưng Yên", NULL, { "hung yen" } },
  { "Khánh Hòa", NULL, { "khanh hoa" } },
  { "Kiên Giang", "An Giang", { "kien giang" } },
  { "Kon Tum", "Quảng Ngãi", { "kon tum", "kontum" } },
  { "Lai Châu", NULL, { "lai chau" } },
  { "Lâm Đồng", NULL, { "lam dong" } },
  { "Lạng Sơn", NULL, { "lang son" } },
  { "Lào Cai", NULL, { "lao cai" } },
  { "Long An", "Tây Ninh", { "long an" } },
  { "Nam Định", "Ninh Bình", { "nam dinh" } },
  { "Nghệ An", NULL, { "nghe an" } },
  { "Ninh Bình", NULL, { "ninh binh" } },
  { "Ninh Thuận", "Khánh Hòa", { "ninh thuan" } },
  { "Phú Thọ", NULL, { "phu tho" } },
  { "Phú Yên", "Đắk Lắk", { "phu yen" } },
  { "Quảng Bình", "Quảng Trị", { "quang binh" } },
  { "Quảng Nam", "Đà Nẵng", { "quang nam" } },
  { "Quảng Ngãi", NULL, { "quang ngai" } },
  { "Quảng Ninh", NULL, { "quang ninh" } },
  { "Quảng Trị", NULL, { "quang tri" } },
  { "Sóc Trăng", "Cần Thơ", { "soc trang" } },
  { "Sơn La", NULL, { "son la" } },
  { "Tây Ninh", NULL, { "tay ninh" } },
  { "Thái Bình", "Hưng Yên", { "thai binh" } },
  { "Thái Nguyên", NULL, { "thai nguyen" } },
  { "Thanh Hóa", NULL, { "thanh hoa" } },
  { "Thừa Thiên Huế", "Huế", { "thua thien hue", "tt hue" } },
  { "Tiền Giang", "Đồng Tháp", { "tien giang" } },
  { "Trà Vinh", "Vĩnh Long", { "tra vinh" } },
  { "Tuyên Quang", NULL, { "tuyen quang" } },
  { "Vĩnh Long", NULL, { "vinh long" } },
  { "Vĩnh Phúc", "Phú Thọ", { "vinh phuc" } },
  { "Yên Bái", "Lào Cai", { "yen bai" } },
  { "Huế", NULL, { "hue" } },
};

static const char *const province_prefixes[] = {
  "thanh pho", "tinh", "tp",
};

/* Labels that start something other than a licence statement: a window
 * around a licence number ends there. */
static const char *const stop_labels[] = {
  "dia chi", "tru so", "toa soan", "van phong", "dien thoai", "dt", "tel",
  "hotline", "fax", "email", "e mail", "lien he", "website",
  "chiu trach nhiem", "nguoi chiu trach nhiem", "tong bien tap",
  "pho tong bien tap", "ban quyen", "copyright", "\xc2\xa9", "giay phep",
  "giay chung nhan", "ma so", "mst", "gpkd", "dkkd", "ghi ro nguon",
};

struct person_label {
  enum footer_role role;
  const char *ph;
};

static const struct person_label person_labels[] = {
  { FOOTER_ROLE_CONTENT, "nguoi chiu trach nhiem quan ly noi dung" },
  { FOOTER_ROLE_CONTENT, "nguoi chiu trach nhiem noi dung" },
  { FOOTER_ROLE_CONTENT, "nguoi chiu trach nhiem" },
  { FOOTER_ROLE_CONTENT, "chiu trach nhiem quan ly noi dung" },
  { FOOTER_ROLE_CONTENT, "chiu trach nhiem noi dung" },
  { FOOTER_ROLE_CONTENT, "chiu trach nhiem chinh" },
  { FOOTER_ROLE_CONTENT, "chiu trach nhiem xuat ban" },
  { FOOTER_ROLE_CONTENT, "chiu trach nhiem" },
  { FOOTER_ROLE_CONTENT, "phu trach noi dung" },
  { FOOTER_ROLE_CONTENT, "quan ly noi dung" },
  { FOOTER_ROLE_DEPUTY_EDITOR, "pho tong bien tap" },
  { FOOTER_ROLE_DEPUTY_EDITOR, "pho tbt" },
  { FOOTER_ROLE_EDITOR, "tong bien tap" },
  { FOOTER_ROLE_EDITOR, "tbt" },
};

struct title_phrase {
  const char *ph;
  bool press;
};

static const struct title_phrase titles[] = {
  { "nha bao", true }, { "nb", true }, { "pho tong bien tap", true },
  { "pho tbt", true }, { "tong bien tap", true }, { "tbt", true },
  { "phong vien", true }, { "pv", true }, { "bien tap vien", true },
  { "btv", true }, { "thu ky toa soan", true },
  { "truong ban bien tap", true },
  { "pgs ts", false }, { "gs ts", false }, { "pgs", false },
  { "gs", false }, { "tien si", false }, { "ts", false },
  { "thac si", false }, { "ths", false }, { "luat su", false },
  { "ls", false }, { "ky su", false }, { "ks", false }, { "cu nhan", false },
  { "bac si", false }, { "bs", false }, { "tong giam doc", false },
  { "pho giam doc", false }, { "giam doc", false }, { "chu tich", false },
  { "ong", false }, { "ba", false },
};

/* Words that end a name (K form). */
static const char *const name_stops[] = {
  "dia chi", "dien thoai", "dt", "tel", "hotline", "fax", "email",
  "e mail", "lien he", "giay phep", "so", "toa soan", "tru so",
  "ban quyen", "copyright", "website", "chiu trach nhiem",
  "tong bien tap", "pho tong bien tap", "ghi ro", "cong ty", "don vi",
  "co quan", "van phong", "ma so", "mst", "ngay", "cap", "va", "theo",
  "thuoc",
};

/* Words a name does not start with (an organisation follows the label:
 * "Ban Tổng biên tập Báo ..."). */
static const char *const name_first_stops[] = {
  "bao", "tap chi", "trang", "cong thong tin", "ban", "hoi dong", "phong",
  "cuc", "bo", "ubnd", "uy ban", "website", "cong ty",
};

struct business_phrase {
  enum footer_business_kind kind;
  const char *ph;
};

static const struct business_phrase businesses[] = {
  { FOOTER_BUSINESS_ENTERPRISE, "giay chung nhan dang ky doanh nghiep" },
  { FOOTER_BUSINESS_ENTERPRISE, "giay chung nhan dang ky kinh doanh" },
  { FOOTER_BUSINESS_ENTERPRISE, "giay chung nhan dkdn" },
  { FOOTER_BUSINESS_ENTERPRISE, "giay chung nhan dkkd" },
  { FOOTER_BUSINESS_ENTERPRISE, "giay dang ky kinh doanh" },
  { FOOTER_BUSINESS_ENTERPRISE, "gcn dkdn" },
  { FOOTER_BUSINESS_ENTERPRISE, "gcn dkkd" },
  { FOOTER_BUSINESS_ENTERPRISE, "gcndkdn" },
  { FOOTER_BUSINESS_ENTERPRISE, "ma so doanh nghiep" },
  { FOOTER_BUSINESS_ENTERPRISE, "msdn" },
  { FOOTER_BUSINESS_ENTERPRISE, "dang ky kinh doanh" },
  { FOOTER_BUSINESS_ENTERPRISE, "dkkd" },
  { FOOTER_BUSINESS_LICENCE, "giay phep kinh doanh" },
  { FOOTER_BUSINESS_LICENCE, "gpkd" },
  { FOOTER_BUSINESS_TAX, "ma so thue" },
  { FOOTER_BUSINESS_TAX, "mst" },
  { FOOTER_BUSINESS_INVESTMENT, "giay chung nhan dang ky dau tu" },
  { FOOTER_BUSINESS_INVESTMENT, "giay chung nhan dau tu" },
  { FOOTER_BUSINESS_INVESTMENT, "giay phep dau tu" },
};

/* Before a date, these make it the expiry date ("có giá trị đến ngày",
 * "hết hạn"); "hiệu lực từ ngày" is not one. */
static const char *const expiry_phrases[] = {
  "den ngay", "den", "het han", "thoi han",
};

#define ABEI_HOST "giayphep.abei.gov.vn/"

/* ---- reading K ------------------------------------------------------- */

struct fctx {
  const char *raw;          /* the input (cut at FOOTER_IN_MAX) */
  size_t raw_len;
  struct textnorm k;        /* K form, with map (NULL in province-only) */
  struct pp_rd all;         /* over K: rd_peek(&all, pos) */
  size_t kn;
  bool has_upper;           /* the input has upper-case letters */
  struct footer_result *res;
};

static inline uint8_t at(const struct fctx *c, size_t pos)
{
  return rd_peek(&c->all, pos);
}

static inline bool is_digit(uint8_t b)
{
  return b >= '0' && b <= '9';
}

static inline bool is_alpha(uint8_t b)
{
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

/* The code point at pos (K is well-formed UTF-8 from textnorm). */
static ucs4_t cp_at(const struct fctx *c, size_t pos, size_t *n)
{
  ucs4_t uc = 0;
  size_t left = pos < c->kn ? c->kn - pos : 0;
  int k;
  if(!left) {
    *n = 0;
    return 0;
  }
  k = u8_mbtouc(&uc, (const uint8_t *)c->k.text + pos, left);
  *n = k > 0 ? (size_t)k : 1;
  return uc;
}

/* Is the character at pos a letter or digit (part of a word)? */
static bool word_at(const struct fctx *c, size_t pos)
{
  uint8_t b = at(c, pos);
  size_t n;
  ucs4_t uc;
  if(pos >= c->kn)
    return false;
  if(b < 0x80)
    return is_alpha(b) || is_digit(b);
  uc = cp_at(c, pos, &n);
  return uc_is_alpha(uc) || uc_is_digit(uc);
}

/* Does a word start at pos (a word character not preceded by one)? */
static bool word_start(const struct fctx *c, size_t pos)
{
  size_t q;
  if(!word_at(c, pos))
    return false;
  if(!pos)
    return true;
  q = pos - 1;
  while(q > 0 && pos - q < 4 && (at(c, q) & 0xC0) == 0x80)
    q--;
  return !word_at(c, q);
}

/* Length of a dash at pos ('-', U+2010..U+2015, U+2212), or 0. */
static size_t dash_at(const struct fctx *c, size_t pos)
{
  uint8_t b = at(c, pos);
  if(b == '-')
    return 1;
  if(b == 0xE2 && at(c, pos + 1) == 0x80 && at(c, pos + 2) >= 0x90 &&
     at(c, pos + 2) <= 0x95)
    return 3;
  if(b == 0xE2 && at(c, pos + 1) == 0x88 && at(c, pos + 2) == 0x92)
    return 3;
  return 0;
}

/* Skip up to max separator characters (spaces, line breaks, . , dashes). */
static size_t skip_sep(const struct fctx *c, size_t pos, unsigned max)
{
  unsigned i;
  for(i = 0; i < max && pos < c->kn; i++) {
    uint8_t b = at(c, pos);
    size_t d;
    if(b == ' ' || b == '\n' || b == '.' || b == ',')
      pos++;
    else if((d = dash_at(c, pos)) != 0)
      pos += d;
    else
      break;
  }
  return pos;
}

/* Skip spaces and at most one line break... up to max characters. */
static size_t skip_space(const struct fctx *c, size_t pos, unsigned max)
{
  unsigned i;
  for(i = 0; i < max && (at(c, pos) == ' ' || at(c, pos) == '\n'); i++)
    pos++;
  return pos;
}

/*
 * Match phrase ph at pos (see the file comment); returns the position
 * after it, or 0.  A phrase that ends with a letter or digit must end a
 * word there.
 */
static size_t match(const struct fctx *c, size_t pos, const char *ph)
{
  size_t p = pos;
  uint8_t last = 0;
  for(; *ph; ph++) {
    if(*ph == ' ') {
      p = skip_sep(c, p, SEP_MAX);
      continue;
    }
    if(p >= c->kn || at(c, p) != (uint8_t)*ph)
      return 0;
    last = (uint8_t)*ph;
    p++;
  }
  if((is_alpha(last) || is_digit(last)) && word_at(c, p))
    return 0;
  return p;
}

/* Exact bytes at pos (no separators, no boundary). */
static bool bytes_at(const struct fctx *c, size_t pos, const char *s)
{
  for(; *s; s++, pos++)
    if(pos >= c->kn || at(c, pos) != (uint8_t)*s)
      return false;
  return true;
}

/* The longest match among n phrases at pos: its index (end in *end), or
 * -1.  stride/offset walk an array of structs holding the phrase. */
#define LONGEST(c, pos, arr, field, end)                                   \
  longest_match((c), (pos), (const char *const *)(const void *)           \
                &(arr)[0].field, PP_ARRAY_LEN(arr), sizeof((arr)[0]), (end))

static int longest_match(const struct fctx *c, size_t pos,
                         const char *const *first, size_t n, size_t stride,
                         size_t *end)
{
  size_t i, best_end = 0;
  int best = -1;
  for(i = 0; i < n; i++) {
    const char *ph = *(const char *const *)(const void *)
                     ((const char *)first + i * stride);
    size_t e;
    if(at(c, pos) != (uint8_t)ph[0])
      continue;               /* cheap first-byte test */
    e = match(c, pos, ph);
    if(e > best_end) {
      best_end = e;
      best = (int)i;
    }
  }
  *end = best_end;
  return best;
}

static int match_list(const struct fctx *c, size_t pos,
                      const char *const *list, size_t n, size_t *end)
{
  return longest_match(c, pos, list, n, sizeof(list[0]), end);
}

/* ---- values from the input -------------------------------------------- */

/* Length of a space or invisible character ending at raw[end], or 0:
 * ASCII spaces, NBSP, soft hyphen, ZWSP..RLM, LS, PS, NNBSP, WJ,
 * ideographic space, BOM. */
static size_t blank_before(const struct fctx *c, size_t start, size_t end)
{
  struct pp_rd r;
  uint8_t a, b, d;
  if(end <= start)
    return 0;
  rd_init(&r, c->raw + start, end - start);
  d = rd_peek(&r, end - start - 1);
  if(d == ' ' || (d >= 0x09 && d <= 0x0D))
    return 1;
  if(end - start >= 2 && rd_peek(&r, end - start - 2) == 0xC2 &&
     (d == 0xA0 || d == 0xAD))
    return 2;
  if(end - start < 3)
    return 0;
  a = rd_peek(&r, end - start - 3);
  b = rd_peek(&r, end - start - 2);
  if((a == 0xE2 && b == 0x80 && ((d >= 0x8B && d <= 0x8F) || d == 0xA8 ||
                                 d == 0xA9 || d == 0xAF)) ||
     (a == 0xE2 && b == 0x81 && d == 0xA0) ||
     (a == 0xE3 && b == 0x80 && d == 0x80) ||
     (a == 0xEF && b == 0xBB && d == 0xBF))
    return 3;
  return 0;
}

/* The input span behind K bytes [ks, ke), without the spaces and
 * invisible characters the normalization dropped after it. */
static struct footer_span kspan(const struct fctx *c, size_t ks, size_t ke)
{
  struct footer_span s = { 0, 0 };
  size_t a, b, n;
  if(ke > ks && textnorm_span(&c->k, ks, ke, &a, &b) == PP_OK) {
    while((n = blank_before(c, a, b)) != 0)
      b -= n;
    s.off = (uint32_t)a;
    s.len = (uint32_t)(b - a);
  }
  return s;
}

/* The input text of a span: NFC, spaces collapsed, case kept, cut at a
 * character boundary to fit dst. */
static void span_text(const struct fctx *c, struct footer_span s, char *dst,
                      size_t cap)
{
  dst[0] = '\0';
  if(s.len && (size_t)s.off + s.len <= c->raw_len)
    (void)textnorm_str(c->raw + s.off, s.len, TEXTNORM_SPACE, dst, cap,
                       NULL);
}

/* Is the input letter at a span's start upper case? */
static bool raw_upper(const struct fctx *c, size_t kpos)
{
  ucs4_t uc = 0;
  size_t off;
  if(!c->k.map || kpos >= c->kn)
    return false;
  off = c->k.map[kpos];
  if(off >= c->raw_len)
    return false;
  if(u8_mbtouc(&uc, (const uint8_t *)c->raw + off, c->raw_len - off) <= 0)
    return false;
  return uc_is_upper(uc) || uc_is_property_uppercase(uc);
}

static bool any_upper(const char *s, size_t len)
{
  size_t i = 0;
  while(i < len) {
    ucs4_t uc;
    int n = u8_mbtouc(&uc, (const uint8_t *)s + i, len - i);
    if(uc_is_property_uppercase(uc))
      return true;
    i += n > 0 ? (size_t)n : 1;
  }
  return false;
}

/* ---- dates ------------------------------------------------------- */

/* Up to max digits at *pos; their count (0: none or too many). */
static size_t digits(const struct fctx *c, size_t *pos, size_t max,
                     unsigned *v)
{
  size_t n = 0;
  *v = 0;
  while(is_digit(at(c, *pos + n))) {
    if(n == max)
      return 0;
    *v = *v * 10 + (at(c, *pos + n) - '0');
    n++;
  }
  *pos += n;
  return n;
}

static bool leap(unsigned y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static void date_check(struct footer_date *d)
{
  static const uint8_t dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
                                 30, 31 };
  unsigned max;
  d->valid = false;
  if(d->month < 1 || d->month > 12 || d->day < 1)
    return;
  max = dim[d->month - 1] + (d->month == 2 && leap(d->year));
  d->valid = d->day <= max;
}

/*
 * A date at pos: d/m/yyyy, d-m-yyyy, d.m.yyyy (spaces around the
 * separators allowed) or "d tháng m năm yyyy".  Years 1900-2199 only
 * (anything else is not taken for a date); day and month as written,
 * checked by date_check.  Returns the end, or 0.
 */
static size_t parse_date(const struct fctx *c, size_t pos,
                         struct footer_date *d)
{
  size_t p = pos, e;
  unsigned dd, mm, yy;
  uint8_t sep;
  if(!digits(c, &p, 2, &dd))
    return 0;
  e = skip_space(c, p, 1);
  sep = at(c, e);
  if(sep == '/' || sep == '-' || sep == '.') {
    p = skip_space(c, e + 1, 1);
    if(!digits(c, &p, 2, &mm))
      return 0;
    p = skip_space(c, p, 1);
    if(at(c, p) != sep)
      return 0;
    p = skip_space(c, p + 1, 1);
  }
  else {
    if(!(e = match(c, e, "thang")))
      return 0;
    p = skip_space(c, e, 1);
    if(!digits(c, &p, 2, &mm))
      return 0;
    p = skip_space(c, p, 1);
    if(!(e = match(c, p, "nam")))
      return 0;
    p = skip_space(c, e, 1);
  }
  e = p;
  if(digits(c, &p, 4, &yy) != 4 || word_at(c, p) || yy < 1900 ||
     yy > 2199)
    return 0;
  (void)e;
  memset(d, 0, sizeof(*d));
  d->present = true;
  d->day = (uint8_t)dd;
  d->month = (uint8_t)mm;
  d->year = (uint16_t)yy;
  date_check(d);
  d->span = kspan(c, pos, p);
  return p;
}

/* ---- licence numbers ------------------------------------------------- */

struct anchor {
  size_t start, end;        /* the whole number in K */
  size_t digits;            /* digits of the serial, at start */
  size_t suf_start, suf_end;
  uint32_t serial;
  bool gxn;                 /* "GXN" (a registration certificate) */
};

/* <digits> [ ] / [ ] GP|GXN [ ] dash [ ] <suffix> */
static bool parse_number(const struct fctx *c, size_t pos, struct anchor *a)
{
  size_t p = pos, p0, q, n = 0;
  unsigned v;
  bool letter = false;
  if(!(n = digits(c, &p, SERIAL_DIGITS_MAX, &v)))
    return false;
  p0 = p;
  p = skip_space(c, p, 2);
  if(at(c, p) != '/')
    return false;
  p = skip_space(c, p + 1, 2);
  memset(a, 0, sizeof(*a));
  if(bytes_at(c, p, "gxn")) {
    a->gxn = true;
    p += 3;
  }
  else if(bytes_at(c, p, "gp"))
    p += 2;
  else
    return false;
  if(word_at(c, p))
    return false;             /* "GPKD", "GPS" */
  q = skip_space(c, p, 2);
  if(!(n = dash_at(c, q)))
    return false;             /* "2316/GP do ..." (an investment licence) */
  q = skip_space(c, q + n, 2);
  a->suf_start = q;
  for(n = 0; n < SUFFIX_MAX + 1; n++, q++) {
    uint8_t b = at(c, q);
    if(is_alpha(b))
      letter = true;
    else if(is_digit(b) || b == '&')
      ;
    else if((b == '-' || b == '.') && (is_alpha(at(c, q + 1)) ||
                                       is_digit(at(c, q + 1))))
      ;
    else
      break;
  }
  if(!n || n > SUFFIX_MAX || !letter || word_at(c, q))
    return false;
  a->start = pos;
  a->end = q;
  a->suf_end = q;
  a->serial = v;
  a->digits = (size_t)(p0 - pos);
  return true;
}

/* Upper-case copy of s (NFC) into dst without spaces, any dash as '-';
 * false when it does not fit. */
static bool upper_compact(const char *s, char *dst, size_t cap)
{
  uint8_t buf[FOOTER_NUMBER_MAX * 4], *u;
  size_t n = sizeof(buf), i = 0, o = 0;
  bool fit = true;
  u = u8_toupper((const uint8_t *)s, strlen(s), NULL, UNINORM_NFC, buf, &n);
  if(!u)
    return false;
  while(i < n) {
    ucs4_t uc;
    int k = u8_mbtouc(&uc, u + i, n - i);
    size_t kk = k > 0 ? (size_t)k : 1;
    const uint8_t *from = u + i;
    i += kk;
    if(uc == ' ')
      continue;
    if((uc >= 0x2010 && uc <= 0x2015) || uc == 0x2212) {
      from = (const uint8_t *)"-";
      kk = 1;
    }
    if(o + kk >= cap) {
      fit = false;
      break;
    }
    memcpy(dst + o, from, kk);
    o += kk;
  }
  dst[o] = '\0';
  if(u != buf)
    free(u);                  /* libunistring's own allocation */
  return fit;
}

static void fill_number(const struct fctx *c, const struct anchor *a,
                        struct footer_licence *l)
{
  char suf[FOOTER_NUMBER_MAX], up[FOOTER_NUMBER_MAX];
  char serial[SERIAL_DIGITS_MAX + 1];
  const char *kind = a->gxn ? "GXN" : "GP";
  size_t i, n = 0;
  /* the serial as written ("07"): registries may keep the zero */
  for(i = 0; i < a->digits && i < SERIAL_DIGITS_MAX; i++)
    serial[i] = (char)at(c, a->start + i);
  serial[i] = '\0';
  l->serial = a->serial;
  l->number_span = kspan(c, a->start, a->end);
  /* key: from K, upper case ASCII */
  for(i = a->suf_start; i < a->suf_end && n + 1 < sizeof(up); i++) {
    uint8_t b = at(c, i);
    up[n++] = (char)(b >= 'a' && b <= 'z' ? b - 32 : b);
  }
  up[n] = '\0';
  snprintf(l->number_key, sizeof(l->number_key), "%s/%s-%s", serial, kind,
           up);
  /* number: the suffix as written, upper case, when it fits whole
   * (snprintf must not cut a character): else the key */
  span_text(c, kspan(c, a->suf_start, a->suf_end), suf, sizeof(suf));
  n = sizeof(l->number) - strlen(serial) - strlen(kind) - 2;
  if(!upper_compact(suf, up, n) || !up[0])
    snprintf(l->number, sizeof(l->number), "%s", l->number_key);
  else
    snprintf(l->number, sizeof(l->number), "%s/%s-%s", serial, kind, up);
}

/* ---- issuers and provinces ------------------------------------------- */

/* A province (optionally after "tỉnh", "thành phố", "TP.") at pos. */
static int province_at(const struct fctx *c, size_t pos, size_t *start,
                       size_t *end)
{
  size_t p = pos, e, i, j, best_end = 0;
  int best = -1;
  if(match_list(c, p, province_prefixes, PP_ARRAY_LEN(province_prefixes),
                &e) >= 0)
    p = skip_sep(c, e, SEP_MAX);
  for(i = 0; i < PP_ARRAY_LEN(provinces); i++)
    for(j = 0; j < PP_ARRAY_LEN(provinces[i].keys) &&
               provinces[i].keys[j]; j++) {
      if(at(c, p) != (uint8_t)provinces[i].keys[j][0])
        continue;
      e = match(c, p, provinces[i].keys[j]);
      if(e > best_end) {
        best_end = e;
        best = (int)i;
      }
    }
  if(best < 0)
    return -1;
  *start = pos;
  *end = best_end;
  return best;
}

struct issuer_hit {
  enum footer_issuer issuer, parent;
  size_t start, end;          /* whole phrase, province or parent in */
  int province;
  size_t prov_start, prov_end;
};

static bool issuer_at(const struct fctx *c, size_t pos, struct issuer_hit *h)
{
  size_t e, p, ps, pe;
  int i = LONGEST(c, pos, issuers, ph, &e), prov;
  if(i < 0)
    return false;
  memset(h, 0, sizeof(*h));
  h->issuer = issuers[i].issuer;
  h->start = pos;
  h->end = e;
  h->province = -1;
  p = skip_sep(c, e, SEP_MAX);
  if(h->issuer == FOOTER_ISSUER_CUC_PTTH ||
     h->issuer == FOOTER_ISSUER_CUC_BAO_CHI) {
    size_t pe2;
    int j;
    if(match(c, p, "thuoc"))
      p = skip_sep(c, match(c, p, "thuoc"), SEP_MAX);
    j = LONGEST(c, p, issuers, ph, &pe2);
    if(j >= 0 && (issuers[j].issuer == FOOTER_ISSUER_BO_TTTT ||
                  issuers[j].issuer == FOOTER_ISSUER_BO_VHTTDL ||
                  issuers[j].issuer == FOOTER_ISSUER_BO_KHCN)) {
      h->parent = issuers[j].issuer;
      h->end = pe2;
    }
  }
  else if((prov = province_at(c, p, &ps, &pe)) >= 0) {
    h->province = prov;
    h->prov_start = ps;
    h->prov_end = pe;
    h->end = pe;
  }
  return true;
}

/* ---- windows around a licence number ---------------------------------- */

static bool stop_label_at(const struct fctx *c, size_t pos, size_t *end)
{
  return match_list(c, pos, stop_labels, PP_ARRAY_LEN(stop_labels), end) >=
         0;
}

static void set_issuer(const struct fctx *c, const struct issuer_hit *h,
                       struct footer_licence *l)
{
  l->issuer = h->issuer;
  l->issuer_parent = h->parent;
  l->issuer_span = kspan(c, h->start, h->end);
  span_text(c, l->issuer_span, l->issuer_text, sizeof(l->issuer_text));
  if(h->province >= 0) {
    const struct province *p = &provinces[h->province];
    l->province = p->name;
    l->province_2025 = p->after ? p->after : p->name;
    l->province_span = kspan(c, h->prov_start, h->prov_end);
  }
}

static bool expiry_before(const struct fctx *c, size_t from, size_t date)
{
  size_t p = date > EXPIRY_LOOKBACK ? date - EXPIRY_LOOKBACK : 0, e;
  if(p < from)
    p = from;
  for(; p < date; p++)
    if(word_start(c, p) &&
       match_list(c, p, expiry_phrases, PP_ARRAY_LEN(expiry_phrases),
                  &e) >= 0 && e <= date)
      return true;
  return false;
}

static void add_business(struct fctx *c, enum footer_business_kind kind,
                         size_t ks, size_t ns, size_t ne);

/*
 * Read the statement around anchor a: [from, a->start) before it,
 * [a->end, to) after it.  Returns the end of what it used, or 0 when
 * the number belongs to a business registration.
 */
static size_t read_statement(struct fctx *c, const struct anchor *a,
                             size_t from, size_t to,
                             struct footer_licence *l)
{
  size_t p, e, used = a->end, lo, hi;
  size_t last_biz = SIZE_MAX, last_lic = SIZE_MAX;
  int biz_kind = -1, ndates = 0;
  struct issuer_hit h, before_issuer;
  bool have_before_issuer = false, have_issuer = false;
  memset(l, 0, sizeof(*l));
  fill_number(c, a, l);
  /* before: back to the last label that starts something else */
  lo = a->start > BEFORE_MAX ? a->start - BEFORE_MAX : 0;
  if(lo < from)
    lo = from;
  for(p = lo; p < a->start; p++) {
    int k;
    if(!word_start(c, p))
      continue;
    if((k = LONGEST(c, p, businesses, ph, &e)) >= 0 && e <= a->start) {
      last_biz = p;
      biz_kind = (int)businesses[k].kind;
      continue;
    }
    if(match(c, p, "giay phep") || match(c, p, "gp")) {
      last_lic = p;
      continue;
    }
    if((k = LONGEST(c, p, kinds, ph, &e)) >= 0 && e <= a->start) {
      l->kind = kinds[k].kind;
      l->kind_span = kspan(c, p, e);
      last_lic = p;
      p = e - 1;
      continue;
    }
    if(issuer_at(c, p, &h) && h.end <= a->start) {
      before_issuer = h;
      have_before_issuer = true;
      p = h.end - 1;
      continue;
    }
    if(stop_label_at(c, p, &e) && e <= a->start) {
      /* an address or a person: what came before is another matter */
      l->kind = FOOTER_KIND_UNKNOWN;
      l->kind_span.off = l->kind_span.len = 0;
      have_before_issuer = false;
      last_lic = last_biz = SIZE_MAX;
      p = e - 1;
    }
  }
  if(last_biz != SIZE_MAX && (last_lic == SIZE_MAX || last_biz > last_lic)) {
    add_business(c, (enum footer_business_kind)biz_kind, last_biz, a->start,
                 a->end);
    return 0;
  }
  /* after: up to the next statement or label */
  hi = a->end + AFTER_MAX;
  if(hi > to)
    hi = to;
  for(p = a->end; p < hi; p++) {
    struct footer_date d;
    if(!word_start(c, p) && at(c, p) != 0xC2)
      continue;
    if(stop_label_at(c, p, &e))
      break;
    if(!have_issuer && issuer_at(c, p, &h)) {
      set_issuer(c, &h, l);
      have_issuer = true;
      used = h.end;
      p = h.end - 1;
      continue;
    }
    if(l->kind == FOOTER_KIND_UNKNOWN) {
      int k = LONGEST(c, p, kinds, ph, &e);
      if(k >= 0) {
        l->kind = kinds[k].kind;
        l->kind_span = kspan(c, p, e);
        used = e;
        p = e - 1;
        continue;
      }
    }
    if(is_digit(at(c, p)) && (e = parse_date(c, p, &d)) != 0) {
      if(expiry_before(c, used, p)) {
        if(!l->expires.present)
          l->expires = d;
      }
      else if(!l->issued.present)
        l->issued = d;
      used = e;
      p = e - 1;
      if(++ndates == DATES_MAX)
        break;
    }
  }
  if(!have_issuer && have_before_issuer)
    set_issuer(c, &before_issuer, l);
  return used;
}

/* ---- people ------------------------------------------------------------ */

static bool name_stop_at(const struct fctx *c, size_t pos)
{
  size_t e;
  return match_list(c, pos, name_stops, PP_ARRAY_LEN(name_stops), &e) >= 0;
}

/* Parse "label [:] [titles] Name" at pos; the end, or 0. */
static size_t read_person(struct fctx *c, size_t pos, int li, size_t lend)
{
  struct footer_person pp;
  size_t p = skip_space(c, lend, 2), ts = 0, te = 0, ns = 0, ne = 0, d;
  unsigned words = 0, nt = 0;
  bool colon = false;
  memset(&pp, 0, sizeof(pp));
  pp.role = person_labels[li].role;
  pp.press_title = pp.role != FOOTER_ROLE_CONTENT;
  if(at(c, p) == ':') {
    colon = true;
    p++;
  }
  else if((d = dash_at(c, p)) != 0) {
    colon = true;
    p += d;
  }
  p = skip_space(c, p, 3);
  /* titles: "Nhà báo", "ThS.", "Nhà báo, ThS." */
  while(nt < TITLES_MAX) {
    size_t e;
    int t = LONGEST(c, p, titles, ph, &e);
    if(t < 0 || !word_start(c, p))
      break;
    if(!nt)
      ts = p;
    te = at(c, e) == '.' ? e + 1 : e;   /* "TS.", "ThS." */
    pp.press_title |= titles[t].press;
    nt++;
    p = skip_sep(c, e, 3);
  }
  /* the name: capitalized words */
  while(words < NAME_WORDS_MAX) {
    size_t q = p, n = 0;
    if(!word_start(c, q) || is_digit(at(c, q)) || name_stop_at(c, q))
      break;
    if(!words && match_list(c, q, name_first_stops,
                            PP_ARRAY_LEN(name_first_stops), &d) >= 0)
      break;
    if(c->has_upper && !raw_upper(c, q))
      break;
    while(word_at(c, q) && !is_digit(at(c, q)) && n < NAME_WORD_MAX) {
      size_t k;
      (void)cp_at(c, q, &k);
      q += k;
      n++;
    }
    if(word_at(c, q))
      break;                  /* too long, or letters then digits */
    if(!words)
      ns = p;
    ne = q;
    words++;
    if(at(c, q) != ' ')
      break;
    p = q + 1;
  }
  if(!words || (!colon && words < 2))
    return 0;
  pp.label_span = kspan(c, pos, lend);
  span_text(c, pp.label_span, pp.label, sizeof(pp.label));
  if(nt) {
    pp.title_span = kspan(c, ts, te);
    span_text(c, pp.title_span, pp.title, sizeof(pp.title));
  }
  pp.name_span = kspan(c, ns, ne);
  span_text(c, pp.name_span, pp.name, sizeof(pp.name));
  {
    size_t i;
    for(i = 0; i < c->res->n_people; i++)
      if(c->res->people[i].role == pp.role &&
         !strcmp(c->res->people[i].name, pp.name))
        return ne;            /* the same line twice (mobile + desktop) */
  }
  if(c->res->n_people == FOOTER_PEOPLE_MAX)
    c->res->n_dropped++;
  else
    c->res->people[c->res->n_people++] = pp;
  return ne;
}

/* ---- business registrations -------------------------------------------- */

static void add_business(struct fctx *c, enum footer_business_kind kind,
                         size_t ks, size_t ns, size_t ne)
{
  struct footer_business b;
  char num[sizeof(b.number)];
  size_t i;
  memset(&b, 0, sizeof(b));
  b.kind = kind;
  b.span = kspan(c, ks, ne);
  b.number_span = kspan(c, ns, ne);
  span_text(c, b.number_span, num, sizeof(num));
  if(!upper_compact(num, b.number, sizeof(b.number)))
    snprintf(b.number, sizeof(b.number), "%s", num);
  for(i = 0; i < c->res->n_business; i++)
    if(!strcmp(c->res->business[i].number, b.number))
      return;
  if(c->res->n_business == FOOTER_BUSINESS_MAX)
    c->res->n_dropped++;
  else
    c->res->business[c->res->n_business++] = b;
}

/* "<label> [số] [:] <number>" with a number of at least 6 digits. */
static size_t read_business(struct fctx *c, size_t pos, int bi, size_t lend)
{
  size_t p = skip_space(c, lend, 2), s, n = 0, nd = 0, e;
  if((e = match(c, p, "so")) != 0)
    p = skip_space(c, e, 2);
  if(at(c, p) == ':' || at(c, p) == '.')
    p = skip_space(c, p + 1, 2);
  if(!is_digit(at(c, p)))
    return 0;
  s = p;
  while(n < BIZ_NUMBER_MAX) {
    uint8_t b = at(c, p);
    if(is_digit(b))
      nd++;
    else if(!(is_alpha(b) || (b == '-' && is_digit(at(c, p + 1)))))
      break;
    p++;
    n++;
  }
  if(nd < 6 || word_at(c, p))
    return 0;
  add_business(c, businesses[bi].kind, pos, s, p);
  return p;
}

/* ---- ABEI badges ------------------------------------------------------- */

static void add_badge(struct footer_result *res, const char *cat,
                      const char *id, int link, struct footer_span span)
{
  size_t i;
  for(i = 0; i < res->n_badges; i++)
    if(!strcmp(res->badges[i].cat, cat) && !strcmp(res->badges[i].id, id))
      return;
  if(res->n_badges == FOOTER_BADGES_MAX) {
    res->n_dropped++;
    return;
  }
  memset(&res->badges[res->n_badges], 0, sizeof(res->badges[0]));
  snprintf(res->badges[res->n_badges].cat, sizeof(res->badges[0].cat),
           "%s", cat);
  snprintf(res->badges[res->n_badges].id, sizeof(res->badges[0].id), "%s",
           id);
  res->badges[res->n_badges].link = link;
  res->badges[res->n_badges].span = span;
  res->n_badges++;
}

static bool id_char(uint8_t b)
{
  return is_alpha(b) || is_digit(b) || b == '-' || b == '_';
}

/*
 * "<cat>/<id>" after the host, read through r: cat of 1-7 letters or
 * digits (lower-cased), id of 1-63 [A-Za-z0-9_-].  The number of bytes
 * read, or 0.
 */
static size_t badge_path(struct pp_rd *r, char *cat, char *id)
{
  size_t n = 0, m = 0;
  while(n < 7 && (is_alpha(rd_peek(r, n)) || is_digit(rd_peek(r, n)))) {
    cat[n] = (char)(rd_peek(r, n) | (is_alpha(rd_peek(r, n)) ? 0x20 : 0));
    n++;
  }
  cat[n] = '\0';
  if(!n || rd_peek(r, n) != '/')
    return 0;
  n++;
  while(m < 63 && id_char(rd_peek(r, n + m))) {
    id[m] = (char)rd_peek(r, n + m);
    m++;
  }
  id[m] = '\0';
  if(!m || id_char(rd_peek(r, n + m)))
    return 0;
  return n + m;
}

static void badges_in_text(struct fctx *c)
{
  size_t p, hl = strlen(ABEI_HOST);
  for(p = 0; p + hl < c->kn; p++) {
    struct pp_rd r;
    char cat[8], id[64];
    size_t n;
    struct footer_span s;
    if(at(c, p) != 'g' || !bytes_at(c, p, ABEI_HOST))
      continue;
    rd_init(&r, c->k.text + p + hl, c->kn - p - hl);
    if(!(n = badge_path(&r, cat, id)))
      continue;
    s = kspan(c, p, p + hl + n);
    /* the id as written (K is folded): from its own span */
    {
      size_t il = strlen(id), i;
      struct footer_span is = kspan(c, p + hl + n - il, p + hl + n);
      struct pp_rd raw;
      if(is.len == il && (size_t)is.off + is.len <= c->raw_len) {
        rd_init(&raw, c->raw + is.off, il);
        for(i = 0; i < il; i++)
          if((rd_peek(&raw, i) | 0x20) == ((uint8_t)id[i] | 0x20))
            id[i] = (char)rd_peek(&raw, i);
      }
    }
    add_badge(c->res, cat, id, -1, s);
    p += hl + n - 1;
  }
}

static void badges_in_links(struct footer_result *res,
                            const char *const *links, size_t n_links)
{
  size_t i, hl = strlen(ABEI_HOST);
  for(i = 0; i < n_links && i < FOOTER_LINKS_MAX; i++) {
    struct pp_rd r;
    size_t len, p;
    if(!links[i])
      continue;
    len = strnlen(links[i], 4096);
    rd_init(&r, links[i], len);
    for(p = 0; p + hl < len; p++) {
      size_t j;
      for(j = 0; j < hl; j++) {
        uint8_t b = rd_peek(&r, p + j);
        if((is_alpha(b) ? (b | 0x20) : b) != (uint8_t)ABEI_HOST[j])
          break;
      }
      if(j == hl) {
        struct pp_rd t;
        char cat[8], id[64];
        struct footer_span none = { 0, 0 };
        rd_init(&t, links[i] + p + hl, len - p - hl);
        if(badge_path(&t, cat, id))
          add_badge(res, cat, id, (int)i, none);
        break;
      }
    }
  }
}

/* ---- the parse --------------------------------------------------- */

int footer_parse(const char *text, size_t len, const char *const *links,
                 size_t n_links, struct footer_result *res)
{
  struct fctx c;
  struct anchor *an = NULL;
  size_t n_an = 0, p, i, used = 0;
  int rc;
  if(!res || (!text && len) || (!links && n_links))
    return PP_EINVAL;
  memset(res, 0, sizeof(*res));
  memset(&c, 0, sizeof(c));
  c.res = res;
  c.raw = text ? text : "";
  c.raw_len = len;
  if(len > FOOTER_IN_MAX) {
    struct pp_rd r;
    rd_init(&r, text, len);
    c.raw_len = FOOTER_IN_MAX;
    /* back to a character boundary */
    for(i = 0; i < 3 && (rd_peek(&r, c.raw_len) & 0xC0) == 0x80; i++)
      c.raw_len--;
    res->cut = true;
  }
  textnorm_init(&c.k);
  rc = textnorm_run(&c.k, c.raw, c.raw_len,
                    TEXTNORM_PLAIN | TEXTNORM_LINES | TEXTNORM_MAP);
  if(rc)
    goto out;
  c.kn = c.k.len;
  rd_init(&c.all, c.k.text, c.kn);
  c.has_upper = any_upper(c.raw, c.raw_len);
  an = pp_calloc(ANCHORS_MAX, sizeof(*an));
  if(!an) {
    rc = PP_ENOMEM;
    goto out;
  }
  /* licence numbers */
  for(p = 0; p < c.kn && n_an < ANCHORS_MAX; p++) {
    if(is_digit(at(&c, p)) && word_start(&c, p) &&
       parse_number(&c, p, &an[n_an])) {
      p = an[n_an].end - 1;
      n_an++;
    }
  }
  for(i = 0; i < n_an; i++) {
    struct footer_licence l;
    size_t to = i + 1 < n_an ? an[i + 1].start : c.kn, u, j;
    u = read_statement(&c, &an[i], used, to, &l);
    if(!u)
      continue;               /* a business registration */
    used = u;
    for(j = 0; j < res->n_licences; j++)
      if(!strcmp(res->licences[j].number_key, l.number_key))
        break;
    if(j < res->n_licences) {
      /* the same number again (repeated footer): fill what is missing */
      struct footer_licence *o = &res->licences[j];
      if(!o->issuer && l.issuer) {
        o->issuer = l.issuer;
        o->issuer_parent = l.issuer_parent;
        o->issuer_span = l.issuer_span;
        memcpy(o->issuer_text, l.issuer_text, sizeof(o->issuer_text));
        o->province = l.province;
        o->province_2025 = l.province_2025;
        o->province_span = l.province_span;
      }
      if(!o->issued.present)
        o->issued = l.issued;
      if(!o->expires.present)
        o->expires = l.expires;
      if(!o->kind) {
        o->kind = l.kind;
        o->kind_span = l.kind_span;
      }
      continue;
    }
    if(res->n_licences == FOOTER_LICENCES_MAX)
      res->n_dropped++;
    else
      res->licences[res->n_licences++] = l;
  }
  if(n_an == ANCHORS_MAX)
    res->n_dropped++;
  /* people and business registrations, by their labels */
  for(p = 0; p < c.kn; p++) {
    size_t e, r;
    int k;
    if(!word_start(&c, p))
      continue;
    if((k = LONGEST(&c, p, person_labels, ph, &e)) >= 0) {
      r = read_person(&c, p, k, e);
      p = (r ? r : e) - 1;
      continue;
    }
    if((k = LONGEST(&c, p, businesses, ph, &e)) >= 0) {
      r = read_business(&c, p, k, e);
      p = (r ? r : e) - 1;
    }
  }
  badges_in_text(&c);
  badges_in_links(res, links, n_links);
  rc = PP_OK;
out:
  pp_free(an);
  textnorm_free(&c.k);
  if(rc)
    memset(res, 0, sizeof(*res));
  return rc;
}

const char *footer_province(const char *text, size_t len,
                            const char **after_2025)
{
  char buf[128];
  size_t n = 0, s, e;
  struct fctx c;
  int i;
  if(after_2025)
    *after_2025 = NULL;
  if(!text || textnorm_str(text, len, TEXTNORM_PLAIN, buf, sizeof(buf),
                           &n) != PP_OK)
    return NULL;
  memset(&c, 0, sizeof(c));
  c.k.text = buf;
  c.kn = n;
  rd_init(&c.all, buf, n);
  i = province_at(&c, 0, &s, &e);
  if(i < 0 || skip_sep(&c, e, SEP_MAX) != n)
    return NULL;
  if(after_2025)
    *after_2025 = provinces[i].after ? provinces[i].after : provinces[i].name;
  return provinces[i].name;
}

const char *footer_kind_name(enum footer_kind kind)
{
  switch(kind) {
  case FOOTER_KIND_GIW:
    return "giw";
  case FOOTER_KIND_ENEWSPAPER:
    return "e-newspaper";
  case FOOTER_KIND_EMAGAZINE:
    return "e-magazine";
  case FOOTER_KIND_PRESS:
    return "press";
  case FOOTER_KIND_SOCIAL:
    return "social-network";
  case FOOTER_KIND_GAME:
    return "game";
  default:
    return "unknown";
  }
}

const char *footer_issuer_name(enum footer_issuer issuer)
{
  if((size_t)issuer < PP_ARRAY_LEN(issuer_names))
    return issuer_names[issuer];
  return "";
}

const char *footer_role_name(enum footer_role role)
{
  switch(role) {
  case FOOTER_ROLE_EDITOR:
    return "editor-in-chief";
  case FOOTER_ROLE_DEPUTY_EDITOR:
    return "deputy-editor";
  default:
    return "content";
  }
}

const char *footer_business_name(enum footer_business_kind kind)
{
  switch(kind) {
  case FOOTER_BUSINESS_LICENCE:
    return "business-licence";
  case FOOTER_BUSINESS_TAX:
    return "tax-code";
  case FOOTER_BUSINESS_INVESTMENT:
    return "investment";
  default:
    return "enterprise";
  }
}
