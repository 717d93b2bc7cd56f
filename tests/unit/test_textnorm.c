/*
 * test_textnorm.c: NFC from NFC and NFD input, case folding (checked
 * against libunistring's own u8_normalize / u8_casefold), both tone-mark
 * conventions mapped to one form on real words, qu-/gi- onsets, foreign
 * words left alone, the unaccented and slug forms, ill-formed UTF-8,
 * zero-width characters and NBSP, line breaks, the offset map on mixed
 * input, caps, the fixed-buffer variant and allocation failures.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <uninorm.h>
#include <unicase.h>
#include <unistr.h>

#include "pp_alloc.h"
#include "pp_err.h"
#include "tap.h"
#include "textnorm.h"

static struct textnorm tn;

/* Normalized form of s (a static buffer, valid until the next call). */
static const char *norm(const char *s, unsigned flags)
{
  static char out[4096];
  if(textnorm_run(&tn, s, strlen(s), flags) != PP_OK)
    return "(error)";
  snprintf(out, sizeof(out), "%s", tn.text);
  return out;
}

/* NFD of an NFC string, through libunistring. */
static const char *nfd(const char *s)
{
  static char out[1024];
  size_t n = sizeof(out) - 1;
  uint8_t *r = u8_normalize(UNINORM_NFD, (const uint8_t *)s, strlen(s),
                            (uint8_t *)out, &n);
  if(!r || r != (uint8_t *)out)
    return "(nfd error)";
  out[n] = '\0';
  return out;
}

static bool map_ok(const struct textnorm *t)
{
  size_t i;
  if(!t->map || t->map[t->len] != t->in_len)
    return false;
  for(i = 0; i < t->len; i++)
    if(t->map[i] > t->map[i + 1] || t->map[i] >= t->in_len)
      return false;
  return true;
}

/* Is the output of every flag set equal to libunistring's whole-string
 * NFC (flags 0) and NFC case folding (FOLD)? */
static bool same_as_libunistring(const char *s)
{
  size_t n;
  uint8_t *ref;
  bool same;
  ref = u8_normalize(UNINORM_NFC, (const uint8_t *)s, strlen(s), NULL, &n);
  same = ref && textnorm_run(&tn, s, strlen(s), 0) == PP_OK &&
         n == tn.len && !memcmp(ref, tn.text, n);
  free(ref);
  ref = u8_casefold((const uint8_t *)s, strlen(s), NULL, UNINORM_NFC, NULL,
                    &n);
  same = same && ref &&
         textnorm_run(&tn, s, strlen(s), TEXTNORM_FOLD) == PP_OK &&
         n == tn.len && !memcmp(ref, tn.text, n);
  free(ref);
  return same;
}

struct pair {
  const char *a, *b;          /* two spellings with one canonical form */
  const char *want;           /* TEXTNORM_MATCH of both */
};

static const struct pair tone_pairs[] = {
  { "hòa bình", "hoà bình", "hoà bình" },
  { "thúy", "thuý", "thuý" },
  { "khỏe mạnh", "khoẻ mạnh", "khoẻ mạnh" },
  { "thủy điện", "thuỷ điện", "thuỷ điện" },
  { "hỏa hoạn", "hoả hoạn", "hoả hoạn" },
  { "tòa soạn", "toà soạn", "toà soạn" },
  { "Thúy", "Thuý", "thuý" },
  { "Tòa soạn", "Toà soạn", "toà soạn" },
  { "TÒA SOẠN", "TOÀ SOẠN", "toà soạn" },
  { "văn hóa", "văn hoá", "văn hoá" },
  { "quý hóa", "quý hoá", "quý hoá" },
  { "Khánh Hòa", "Khánh Hoà", "khánh hoà" },
  { "Thanh Hóa", "Thanh Hoá", "thanh hoá" },
  { "họa sĩ", "hoạ sĩ", "hoạ sĩ" },
  { "xòe", "xoè", "xoè" },
  { "lòe loẹt", "loè loẹt", "loè loẹt" },
  { "lũy tre", "luỹ tre", "luỹ tre" },
  { "hủy bỏ", "huỷ bỏ", "huỷ bỏ" },
  { "thùy mị", "thuỳ mị", "thuỳ mị" },
  { "tùy ý", "tuỳ ý", "tuỳ ý" },
  { "sức khỏe", "sức khoẻ", "sức khoẻ" },
  { "hòa hợp", "hoà hợp", "hoà hợp" },
  { "ủy ban", "uỷ ban", "uỷ ban" },
  { "Ủy ban", "Uỷ ban", "uỷ ban" },
  /* misspellings of the qu- and gi- onsets */
  { "qủa", "quả", "quả" },
  { "qúy", "quý", "quý" },
  { "gìa", "già", "già" },
  /* a tone on the wrong letter of a closed syllable */
  { "hòan thành", "hoàn thành", "hoàn thành" },
  { "hùynh", "huỳnh", "huỳnh" },
};

/* Words whose tone mark is where both conventions put it. */
static const char *const unchanged[] = {
  "quý", "quả", "quạ", "quế", "quyển", "quỳnh", "quốc", "quái", "giá",
  "giữ", "giường", "giấy", "giỏi", "giếng", "gìn", "gì", "thuở", "lựa",
  "chọn", "ngoại", "xoáy", "hoài", "khuỷu", "thuyền", "khuya", "người",
  "được", "rượu", "cứu", "của", "múa", "kìa", "mía", "bìa", "lụa",
  "lửa", "biển", "nhuộm", "mái", "cháo", "cháu", "máy", "kẹo", "túi",
  "hoàn", "toán", "hoạch", "huỳnh", "khuếch", "thuế", "huệ", "khuấy",
  "hoặc", "nhoẻn", "ngoẻo", "xoong", "yêu", "yếu", "ý", "uỷ",
};

int main(void)
{
  size_t i, n, a, b;
  char buf[64], *big;
  int rc;

  textnorm_init(&tn);
  is_str(tn.text, "", "init: empty text");

  /* NFC from NFC and NFD input; folding; libunistring agrees */
  is_str(norm("Gia\xcc\x81y phe\xcc\x81p", 0), "Giáy phép", "NFD -> NFC");
  is_str(norm("GIẤY PHÉP Số", TEXTNORM_FOLD), "giấy phép số", "folding");
  is_str(norm("ĐẠI ĐOÀN KẾT", TEXTNORM_FOLD), "đại đoàn kết",
         "Đ folds to đ");
  is_str(norm("Straße İ ﬃ", TEXTNORM_FOLD), "strasse i\xcc\x87 ffi",
         "full case folding (ß, dotted I, ligature)");
  ok(same_as_libunistring("Tòa soạn báo Đại Đoàn Kết, Hà Nội"),
     "Vietnamese NFC: same as libunistring");
  ok(same_as_libunistring(nfd("Tòa soạn báo Đại Đoàn Kết, Hà Nội")),
     "Vietnamese NFD: same as libunistring");
  ok(same_as_libunistring("a\xcc\x81\xcc\xa3 e\xcc\xa3\xcc\x82 "
                          "o\xcc\x9b\xcc\x80\xcc\xa3 u\xcc\x9b\xcc\x83"),
     "marks in any order: same as libunistring");
  ok(same_as_libunistring("\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8 "
                          "\xea\xb0\x80\xe1\x86\xa8 \xe0\xad\x87\xe0\xac\xbe"),
     "Hangul jamo and an Oriya vowel sign compose across starters");
  ok(same_as_libunistring("\xe1\xbe\x88 \xce\x91\xcc\x93\xcd\x85 "
                          "\xcd\x85\xcc\x81 \xc5\x89 \xe1\xba\x9e"),
     "Greek iota subscript, marks first, U+0149, capital sharp s");
  ok(same_as_libunistring("<\xcc\xb8 =\xcc\xb8 A\xcc\x8a\xcc\x81"),
     "ASCII followed by a combining mark");
  ok(textnorm_is_second(0x1161) && textnorm_is_second(0x11A8) &&
     textnorm_is_second(0x0B3E) && !textnorm_is_second('a') &&
     !textnorm_is_second(0x0301),
     "composition seconds: jamo V/T, Oriya AA; not 'a', not a mark");

  /* tone placement: both conventions give one form */
  for(i = 0; i < PP_ARRAY_LEN(tone_pairs); i++) {
    const struct pair *p = &tone_pairs[i];
    char x[128];
    snprintf(x, sizeof(x), "%s", norm(p->a, TEXTNORM_MATCH));
    ok(!strcmp(x, p->want) &&
       !strcmp(norm(p->b, TEXTNORM_MATCH), p->want) &&
       !strcmp(norm(nfd(p->a), TEXTNORM_MATCH), p->want),
       "tone: \"%s\" = \"%s\" -> \"%s\" (NFC and NFD)", p->a, p->b,
       p->want);
  }
  for(i = 0, n = 0; i < PP_ARRAY_LEN(unchanged); i++) {
    if(strcmp(norm(unchanged[i], TEXTNORM_MATCH), unchanged[i])) {
      diag("changed: %s -> %s", unchanged[i], tn.text);
      n++;
    }
  }
  is_int(n, 0, "%zu words whose mark is already canonical are kept",
         PP_ARRAY_LEN(unchanged));
  is_str(norm("Hòa Bình, THÚY", TEXTNORM_TONE), "Hoà Bình, THUÝ",
         "tone without folding keeps the case");
  is_str(norm("où déjà café naïve", TEXTNORM_MATCH), "où déjà café naïve",
         "foreign words are not syllables: untouched");
  is_str(norm("hòabình thúyy hòa-bình", TEXTNORM_MATCH),
         "hòabình thúyy hoà-bình", "only whole Vietnamese syllables move");
  is_str(norm("hòa hòa", TEXTNORM_MATCH), "hoà hoà", "every word");
  ok(tn.n_tone == 2, "moves counted (%u)", (unsigned)tn.n_tone);
  is_str(norm("hoà bình", TEXTNORM_MATCH),
         norm(norm("hòa bình", TEXTNORM_MATCH), TEXTNORM_MATCH),
         "MATCH is idempotent");

  /* unaccented and slug forms */
  is_str(norm("Toà soạn  Phóng viên Kỳ 1", TEXTNORM_PLAIN),
         "toa soan phong vien ky 1", "unaccented");
  is_str(norm("Đà Nẵng, ĐẮK LẮK", TEXTNORM_UNACCENT), "Da Nang, DAK LAK",
         "unaccented without folding: đ/Đ -> d/D");
  is_str(norm(nfd("Tổng biên tập"), TEXTNORM_PLAIN), "tong bien tap",
         "unaccented from NFD");
  is_str(norm("Toà soạn", TEXTNORM_SLUG), "toa-soan", "slug toa-soan");
  is_str(norm("Phóng viên", TEXTNORM_SLUG), "phong-vien", "slug phong-vien");
  is_str(norm("  Kỳ 1: “Điều tra” — đường dây!  ", TEXTNORM_SLUG),
         "ky-1-dieu-tra-duong-day", "slug: punctuation runs, ends trimmed");

  /* spaces, zero-width characters, line breaks, controls */
  is_str(norm("Giấy\xc2\xa0phép\xe2\x80\x8b số\xe2\x80\xaf 1",
              TEXTNORM_MATCH), "giấy phép số 1",
         "NBSP and narrow NBSP are spaces, ZWSP removed");
  is_str(norm("Gi\xc2\xad\xe1\xba\xa5y \xef\xbb\xbfph\xe2\x80\x8d\xc3\xa9p",
              TEXTNORM_MATCH), "giấy phép",
         "soft hyphen, BOM, ZWJ removed");
  is_str(norm("to\xe2\x80\x8b\xcc\x80" "a", TEXTNORM_MATCH), "toà",
         "a mark after a removed ZWSP still composes");
  is_str(norm(" \t a \r\n\r\n b\xe2\x80\xa8" "c\x01" "d\xe3\x80\x80",
              TEXTNORM_SPACE | TEXTNORM_LINES), "a\nb\nc d",
         "lines: breaks kept once, controls are spaces, ends trimmed");
  is_str(norm("a \n b", TEXTNORM_SPACE), "a b", "no LINES: one space");
  is_str(norm("a \n b", 0), "a \n b", "no SPACE: kept as is");

  /* ill-formed UTF-8 */
  {
    static const char bad[] = "a\xff" "b\xc0\xaf" "c\xed\xa0\x80"
                              "d\xf4\x90\x80\x80" "e\xe1\xba";
    rc = textnorm_run(&tn, bad, sizeof(bad) - 1, TEXTNORM_MATCH);
  }
  is_int(rc, PP_OK, "ill-formed input is normalized");
  is_str(tn.text, "a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd" "c"
         "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "d\xef\xbf\xbd\xef\xbf\xbd"
         "\xef\xbf\xbd\xef\xbf\xbd" "e\xef\xbf\xbd",
         "one U+FFFD per maximal subpart (bad byte, overlong, surrogate, "
         "over U+10FFFF, cut)");
  is_int(tn.n_invalid, 11, "replacements counted");
  ok(u8_check((const uint8_t *)tn.text, tn.len) == NULL,
     "output is well-formed UTF-8");
  rc = textnorm_run(&tn, "x\0y", 3, 0);
  ok(rc == PP_OK && tn.len == 3 && !memcmp(tn.text, "x\0y", 3),
     "NUL kept without SPACE");
  is_str(norm("", TEXTNORM_MATCH), "", "empty input");
  is_int(textnorm_run(&tn, NULL, 0, 0), PP_OK, "NULL with length 0");

  /* the offset map on mixed input: find "soạn" and show the input */
  {
    const char *in = "  \xef\xbb\xbfTo\xcc\x80" "a\xc2\xa0 SO\xe1\xba\xa0N "
                     "\xe2\x80\x8b h\xc3\xb2" "a  b\xc3\xacnh\xff!";
    char *hit;
    rc = textnorm_run(&tn, in, strlen(in), TEXTNORM_MATCH | TEXTNORM_MAP);
    is_str(tn.text, "toà soạn hoà bình\xef\xbf\xbd!", "mixed input");
    ok(map_ok(&tn), "map: len + 1 entries, never decreasing, in range");
    hit = strstr(tn.text, "soạn");
    ok(hit && textnorm_span(&tn, (size_t)(hit - tn.text),
                            (size_t)(hit - tn.text) + strlen("soạn"), &a,
                            &b) == PP_OK &&
       b - a == 6 && !memcmp(in + a, "SO\xe1\xba\xa0N", 6),
       "span of \"soạn\" is \"SOẠN\" in the input");
    hit = strstr(tn.text, "toà");
    ok(hit && textnorm_span(&tn, (size_t)(hit - tn.text),
                            (size_t)(hit - tn.text) + strlen("toà"), &a,
                            &b) == PP_OK &&
       b - a == 5 && !memcmp(in + a, "To\xcc\x80" "a", 5),
       "span of \"toà\" is the decomposed \"Tòa\" (mark moved)");
    hit = strstr(tn.text, "hoà");
    ok(hit && textnorm_span(&tn, (size_t)(hit - tn.text),
                            (size_t)(hit - tn.text) + 2, &a, &b) == PP_OK &&
       b - a == 3 && !memcmp(in + a, "h\xc3\xb2", 3),
       "span of \"ho\" in \"hoà\" is \"hò\" (tone moved to a)");
    ok(textnorm_span(&tn, 3, 3, &a, &b) == PP_OK && a == b,
       "empty range -> empty span");
    ok(textnorm_span(&tn, 0, tn.len, &a, &b) == PP_OK && a == 5 &&
       b == strlen(in), "whole output -> input after the trimmed spaces "
       "and BOM");
    ok(textnorm_span(&tn, 2, 1, &a, &b) == PP_EINVAL &&
       textnorm_span(&tn, 0, tn.len + 1, &a, &b) == PP_EINVAL,
       "bad ranges refused");
    is_int(textnorm_run(&tn, in, strlen(in), TEXTNORM_MATCH), PP_OK,
           "again without a map");
    ok(tn.map == NULL &&
       textnorm_span(&tn, 0, 1, &a, &b) == PP_EINVAL,
       "no map: span refused");
  }
  /* every single-character unit maps back to itself */
  {
    const char *in = "A\xc3\x80\xe1\xba\xa0 B";
    rc = textnorm_run(&tn, in, strlen(in), TEXTNORM_FOLD | TEXTNORM_MAP);
    ok(rc == PP_OK && map_ok(&tn) && tn.map[0] == 0 && tn.map[1] == 1 &&
       tn.map[2] == 1 && tn.map[3] == 3 && tn.map[6] == 6,
       "map per byte: a=0, à=1,1, ạ=3..");
  }

  /* long mark clusters are split (Stream-Safe Text Format) */
  big = malloc(4 + 2 * 40);
  if(big) {
    memcpy(big, "a", 1);
    for(i = 0; i < 40; i++)
      memcpy(big + 1 + 2 * i, "\xcc\x81", 2);
    rc = textnorm_run(&tn, big, 1 + 2 * 40, 0);
    ok(rc == PP_OK && tn.n_long == 1 && tn.len == 2 + 2 * 39,
       "41 marks on one letter: split after %d, counted",
       TEXTNORM_MARKS_MAX);
    free(big);
  }

  /* caps: input over TEXTNORM_IN_MAX is cut on a character boundary */
  big = malloc(TEXTNORM_IN_MAX + 16);
  if(big) {
    memset(big, 'a', TEXTNORM_IN_MAX + 16);
    memcpy(big + TEXTNORM_IN_MAX - 1, "\xe1\xba\xa5", 3);
    rc = textnorm_run(&tn, big, TEXTNORM_IN_MAX + 16, TEXTNORM_MATCH |
                      TEXTNORM_MAP);
    ok(rc == PP_OK && tn.cut && tn.in_len == TEXTNORM_IN_MAX - 1 &&
       tn.len == TEXTNORM_IN_MAX - 1 && tn.map[tn.len] == tn.in_len,
       "cut before the character that crosses the cap");
    rc = textnorm_run(&tn, big, TEXTNORM_IN_MAX - 1, 0);
    ok(rc == PP_OK && !tn.cut, "under the cap: not cut");
    free(big);
  }

  /* the fixed-buffer variant */
  rc = textnorm_str("Tòa Soạn", strlen("Tòa Soạn"), TEXTNORM_MATCH, buf,
                    sizeof(buf), &n);
  ok(rc == PP_OK && n == strlen("toà soạn") && !strcmp(buf, "toà soạn"),
     "textnorm_str");
  rc = textnorm_str("Tòa Soạn", strlen("Tòa Soạn"), TEXTNORM_MATCH, buf,
                    6, &n);
  ok(rc == PP_ELIMIT && n < 6 && buf[n] == '\0' &&
     u8_check((const uint8_t *)buf, n) == NULL,
     "too small: PP_ELIMIT, NUL-terminated, whole characters (\"%s\")",
     buf);
  rc = textnorm_str("ấấấ", 9, 0, buf, 5, &n);
  ok(rc == PP_ELIMIT && n == 3 && !strcmp(buf, "ấ"),
     "multi-byte characters are not split");
  rc = textnorm_str("a b", 3, TEXTNORM_SPACE, buf, 1, &n);
  ok(rc == PP_ELIMIT && n == 0 && buf[0] == '\0', "cap 1: empty result");
  is_int(textnorm_str("a", 1, 0, NULL, 4, NULL), PP_EINVAL, "NULL out");
  is_int(textnorm_str("a", 1, 0, buf, 0, NULL), PP_EINVAL, "cap 0");
  is_int(textnorm_str(NULL, 1, 0, buf, 4, NULL), PP_EINVAL, "NULL in");
  is_int(textnorm_str("a", 1, 0x8000, buf, 4, NULL), PP_EINVAL,
         "unknown flag");
  is_int(textnorm_run(NULL, "a", 1, 0), PP_EINVAL, "NULL textnorm");
  is_int(textnorm_run(&tn, NULL, 1, 0), PP_EINVAL, "NULL input");

  /* allocation failures: every allocation of a growing run */
  textnorm_free(&tn);
  big = malloc(5000);
  if(big) {
    int fails = 0, okays = 0;
    long k;
    /* "hòa", five bad bytes (U+FFFD each: output twice the input) */
    for(i = 0; i < 5000; i += 10)
      memcpy(big + i, "h\xc3\xb2" "a\xff\xff\xff\xff\xff ", 10);
    for(k = 0; k < 8; k++) {
      struct textnorm t2;
      textnorm_init(&t2);
      /* a small first run, then a big one that must grow */
      (void)textnorm_run(&t2, "x", 1, TEXTNORM_MAP);
      pp_alloc_fail_after(k);
      rc = textnorm_run(&t2, big, 5000, TEXTNORM_MATCH | TEXTNORM_MAP);
      pp_alloc_fail_after(-1);
      if(rc == PP_ENOMEM && t2.len == 0 && t2.text[0] == '\0')
        fails++;
      else if(rc == PP_OK && t2.len > 0)
        okays++;
      rc = textnorm_run(&t2, "y", 1, TEXTNORM_MAP);
      if(rc != PP_OK || strcmp(t2.text, "y"))
        fails = -100;
      textnorm_free(&t2);
    }
    ok(fails > 0 && okays > 0 && fails + okays == 8,
       "ENOMEM at any allocation: empty result, reusable (%d failed, "
       "%d fine)", fails, okays);
    free(big);
  }
  textnorm_free(&tn);
  textnorm_free(&tn);
  textnorm_free(NULL);
  textnorm_init(NULL);
  ok(1, "free twice and NULL are no-ops");
  return tap_done();
}
