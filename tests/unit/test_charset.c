/*
 * test_charset.c: charset detection and conversion (classify/charset.c).
 *
 * The label table (every iconv name exists, labels unique and lower
 * case, the WHATWG mappings that matter here); label cleanup and the
 * iconv pass-through; the Content-Type parameter parser; the HTML meta
 * prescan (both forms, any case and quoting, comments, other tags'
 * attributes, the 4096-byte window, a meta after 5000 bytes); detection
 * order (BOM, HTTP, meta, UTF-8, fallback); conversion of real
 * Vietnamese text from windows-1258, VISCII and TCVN 5712 (bytes made
 * with glibc's iconv -t, embedded as hex) and from UTF-8 (NFD and BOM),
 * UTF-16 both ways; invalid input (U+FFFD counted, also for a page whose
 * HTTP header lies), the output cap at every length, combining marks at
 * the cut, work bounded by the cap, stateful encodings, errors and
 * allocation failures.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"
#include "testutil.h"

#include <iconv.h>
#include <time.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "charset.h"
#include "pp_alloc.h"
#include "pp_err.h"

/* Two sentences, and their bytes from `iconv -f utf-8 -t X`. */
#define S1 "T\xc3\xb2" "a so\xe1\xba\xa1n b\xc3\xa1o \xc4\x91i\xe1\xbb\x87n " \
           "t\xe1\xbb\xad, Ph\xc3\xb3ng vi\xc3\xaan " \
           "th\xc6\xb0\xe1\xbb\x9dng " \
           "tr\xc3\xba, Gi\xe1\xba\xa5y ph\xc3\xa9p s\xe1\xbb\x91 " \
           "123/GP-TT\xc4\x90T"
#define S2 "T\xe1\xbb\x95ng bi\xc3\xaan t\xe1\xba\xadp: NGUY\xe1\xbb\x84N " \
           "V\xc4\x82N \xe1\xba\xa4N. C\xc6\xa1 quan ch\xe1\xbb\xa7 " \
           "qu\xe1\xba\xa3n: B\xe1\xbb\x99 Th\xc3\xb4ng tin v\xc3\xa0 " \
           "Truy\xe1\xbb\x81n th\xc3\xb4ng"

static const char s1_cp1258[] =
  "546fcc6120736f61f26e2062e16f20f069eaf26e2074fdd22c205068f36e6720766"
  "9ea6e207468fdf5cc6e67207472fa2c204769e2ec79207068e9702073f4ec2031323"
  "32f47502d5454d054";
static const char s2_cp1258[] =
  "54f4d26e67206269ea6e2074e2f2703a204e475559cade4e2056c34e20c2ec4e2e20"
  "43f5207175616e20636875d220717561d26e3a2042f4f2205468f46e672074696e20"
  "76e02054727579eacc6e207468f46e67";
static const char s1_viscii[] =
  "54f26120736fd56e2062e16f20f069ae6e2074d82c205068f36e67207669ea6e2074"
  "68dfb66e67207472fa2c204769a479207068e9702073af203132332f47502d5454d0"
  "54";
static const char s2_viscii[] =
  "54b16e67206269ea6e2074a7703a204e4755598d4e2056c54e20844e2e2043bd2071"
  "75616e206368fc207175e46e3a2042b5205468f46e672074696e2076e02054727579"
  "ab6e207468f46e67";
static const char s1_tcvn[] =
  "54df6120736fb96e2062b86f20ae69d66e2074f62c205068e36e67207669aa6e2074"
  "68adea6e67207472f32c204769ca79207068d0702073e8203132332f47502d5454a7"
  "54";
static const char s2_tcvn[] =
  "54e66e67206269aa6e2074cb703a204e475559d94e2056a14e20c44e2e2043ac2071"
  "75616e206368f1207175b66e3a2042e9205468ab6e672074696e2076b52054727579"
  "d26e207468ab6e67";
/* S1 in windows-1258 read as UTF-8, each bad byte one U+FFFD (20) */
static const char s1_cp1258_as_utf8[] =
  "546fefbfbd6120736f61efbfbd6e2062efbfbd6f20efbfbd69efbfbdefbfbd6e2074"
  "efbfbdefbfbd2c205068efbfbd6e67207669efbfbd6e207468efbfbdefbfbdefbfbd"
  "6e67207472efbfbd2c204769efbfbdefbfbd79207068efbfbd702073efbfbdefbfbd"
  "203132332f47502d5454efbfbd54";

/* Hex to bytes in a static buffer. */
static const uint8_t *unhex(const char *hex, size_t *len)
{
  static uint8_t buf[4][512];
  static int k;
  size_t i, n = strlen(hex) / 2;
  k = (k + 1) % 4;
  for(i = 0; i < n && i < sizeof(buf[k]); i++)
    buf[k][i] = (uint8_t)(test_hexval(hex[2 * i]) << 4 |
                          test_hexval(hex[2 * i + 1]));
  *len = i;
  return buf[k];
}

/* Convert and compare with want; checks the NUL and invalid count. */
static void conv_is(const char *cs, const uint8_t *in, size_t len,
                    const char *want, size_t want_bad, const char *what)
{
  uint8_t *out = NULL;
  size_t n = 0, bad = 99;
  bool trunc = true;
  int rc = charset_to_utf8(cs, in, len, 1 << 20, &out, &n, &trunc, &bad);
  is_int(rc, PP_OK, "%s: converted", what);
  ok(out && n == strlen(want) && !memcmp(out, want, n) && !out[n],
     "%s: text", what);
  if(out && (n != strlen(want) || memcmp(out, want, n)))
    diag("got %.*s", (int)n, (const char *)out);
  is_int(bad, want_bad, "%s: invalid count", what);
  ok(!trunc, "%s: not truncated", what);
  pp_free(out);
}

static void test_labels(void)
{
  size_t n, i, j, bad_iconv = 0, bad_case = 0, dups = 0;
  const struct charset_alias *t = charset_aliases(&n);
  char name[CHARSET_NAME_MAX];
  static const struct {
    const char *label, *want;
  } cases[] = {
    { "utf-8", "UTF-8" }, { "UTF8", "UTF-8" },
    { "unicode-1-1-utf-8", "UTF-8" },
    { "windows-1258", "CP1258" }, { "CP1258", "CP1258" },
    { "x-cp1258", "CP1258" },
    { "latin1", "CP1252" }, { "ISO-8859-1", "CP1252" },
    { "us-ascii", "CP1252" }, { "ascii", "CP1252" },
    { "windows-1252", "CP1252" },
    { "viscii", "VISCII" }, { "csVISCII", "VISCII" },
    { "tcvn", "TCVN5712-1" }, { "TCVN-5712", "TCVN5712-1" },
    { "tcvn5712-1", "TCVN5712-1" }, { "TCVN5712-1:1993", "TCVN5712-1" },
    { "utf-16", "UTF-16LE" }, { "utf-16le", "UTF-16LE" },
    { "utf-16be", "UTF-16BE" },
    { "gb2312", "GBK" }, { "gbk", "GBK" }, { "gb18030", "GB18030" },
    { "big5", "BIG5-HKSCS" }, { "shift_jis", "CP932" },
    { "euc-kr", "CP949" }, { "iso-8859-2", "ISO-8859-2" },
    { "iso-8859-9", "CP1254" }, { "iso-8859-11", "CP874" },
    { "iso-8859-15", "ISO-8859-15" }, { "iso-8859-16", "ISO-8859-16" },
    { "koi8-r", "KOI8-R" }, { "koi8-u", "KOI8-U" },
    { "koi8-ru", "KOI8-U" }, { "windows-1250", "CP1250" },
    { "windows-1257", "CP1257" },
    { " \t Windows-1258 \r\n", "CP1258" },
    { "UTF-7", "UTF-7" },                    /* iconv knows it */
    { "ISO-2022-KR", "ISO-2022-KR" },
    { "ibm037", "ibm037" },
  };
  static const char *const refused[] = {
    "", "   ", "bogus", "x-user-defined", "utf-8//TRANSLIT",
    "utf-8,x", "\"utf-8\"", "utf 8",
    "windows-1258-and-a-very-long-tail-over-forty",
  };
  for(i = 0; i < n; i++) {
    iconv_t cd = iconv_open("UTF-8", t[i].iconv);
    if(cd == (iconv_t)-1) {
      diag("iconv lacks %s (%s)", t[i].iconv, t[i].label);
      bad_iconv++;
    }
    else
      iconv_close(cd);
    for(j = 0; t[i].label[j]; j++)
      if(t[i].label[j] >= 'A' && t[i].label[j] <= 'Z')
        bad_case++;
    for(j = 0; j < i; j++)
      if(!strcmp(t[i].label, t[j].label)) {
        diag("label %s twice", t[i].label);
        dups++;
      }
  }
  is_int(bad_iconv, 0, "every iconv name of the table exists");
  is_int(bad_case, 0, "labels are lower case");
  is_int(dups, 0, "labels are unique");
  ok(n >= 200, "the WHATWG labels are there (%zu)", n);
  for(i = 0; i < PP_ARRAY_LEN(cases); i++) {
    memset(name, 0, sizeof(name));
    ok(charset_label(cases[i].label, strlen(cases[i].label), name),
       "label %zu (%s) known", i, cases[i].want);
    is_str(name, cases[i].want, "label %zu", i);
  }
  for(i = 0; i < PP_ARRAY_LEN(refused); i++)
    ok(!charset_label(refused[i], strlen(refused[i]), name),
       "label \"%s\" refused", refused[i]);
  ok(!charset_label("utf-8\0x", 7, name), "NUL inside a label refused");
  ok(charset_label("utf-8xyz", 5, name), "length respected");
  ok(!charset_label(NULL, 0, name), "NULL label");
}

static void test_content_type(void)
{
  char l[64];
  ok(charset_ct_param("text/html; charset=UTF-8", l, sizeof(l)) &&
     !strcmp(l, "UTF-8"), "plain");
  ok(charset_ct_param("text/html;charset=\"windows-1258\"", l, sizeof(l)) &&
     !strcmp(l, "windows-1258"), "quoted, no blank");
  ok(charset_ct_param("text/html; CharSet=viscii ; q=1", l, sizeof(l)) &&
     !strcmp(l, "viscii"), "name case, blank before ';'");
  ok(charset_ct_param("text/html; foo=\"a;charset=bad\"; charset=cp1258",
                      l, sizeof(l)) && !strcmp(l, "cp1258"),
     "quoted ';' in another parameter");
  ok(charset_ct_param("text/html; charset=\"ut\\f-8\"", l, sizeof(l)) &&
     !strcmp(l, "utf-8"), "backslash escape");
  ok(charset_ct_param("text/html; charset=utf-8; charset=cp1258", l,
                      sizeof(l)) && !strcmp(l, "utf-8"), "first wins");
  ok(charset_ct_param("text/html; charset=", l, sizeof(l)) && !*l,
     "empty value");
  ok(!charset_ct_param("text/html", l, sizeof(l)), "no parameter");
  ok(!charset_ct_param("text/html; charset", l, sizeof(l)), "no '='");
  ok(!charset_ct_param("", l, sizeof(l)), "empty");
  ok(!charset_ct_param("text/html; xcharset=utf-8", l, sizeof(l)),
     "other name");
  ok(!charset_ct_param("text/html; charset=\"unterminated-and-long-"
                       "enough-to-overflow-a-small-label\"", l, 16),
     "value too long for the buffer");
}

static const char *meta(const char *html)
{
  static char name[CHARSET_NAME_MAX];
  if(!charset_meta_prescan((const uint8_t *)html, strlen(html), name))
    return "(none)";
  return name;
}

static void test_meta(void)
{
  is_str(meta("<meta charset=\"windows-1258\">"), "CP1258", "charset");
  is_str(meta("<html><head><META CHARSET=VISCII></head>"), "VISCII",
         "upper case, unquoted");
  is_str(meta("<meta http-equiv=\"Content-Type\" "
              "content=\"text/html; charset=windows-1258\">"), "CP1258",
         "http-equiv form");
  is_str(meta("<meta content='text/html; charset=\"tcvn\"' "
              "http-equiv='content-type'>"), "TCVN5712-1",
         "content first, single quotes, quoted charset");
  is_str(meta("<meta\tHTTP-EQUIV=CONTENT-TYPE\nCONTENT=\"TEXT/HTML;"
              "CHARSET=UTF-8\">"), "UTF-8", "all upper case, whitespace");
  is_str(meta("<meta content=\"text/html; charset=utf-8\">"), "(none)",
         "content without http-equiv");
  is_str(meta("<meta http-equiv=\"refresh\" content=\"0; charset=utf-8\">"),
         "(none)", "http-equiv not content-type");
  is_str(meta("<!-- <meta charset=\"cp1252\"> --><meta charset=cp1258>"),
         "CP1258", "comment skipped");
  is_str(meta("<!--><meta charset=cp1252>"), "CP1252", "<!--> is closed");
  is_str(meta("<!-- never closed <meta charset=cp1252>"), "(none)",
         "open comment");
  is_str(meta("<meta charset=\"utf-16le\">"), "UTF-8", "UTF-16 means UTF-8");
  is_str(meta("<meta charset=\"utf-16be\">"), "UTF-8", "UTF-16BE too");
  is_str(meta("<meta charset=\"bogus\"><meta charset=\"cp1258\">"),
         "CP1258", "unknown label, next meta");
  is_str(meta("<title a=\"<meta charset=cp1252>\">x</title>"
              "<meta charset=viscii>"), "VISCII",
         "attribute values of other tags skipped");
  is_str(meta("<meta name=x charset=cp1258 charset=utf-8>"), "CP1258",
         "first charset attribute");
  is_str(meta("<meta/charset=\"cp1258\">"), "CP1258", "slash after meta");
  is_str(meta("<metacharset=\"cp1258\">"), "(none)", "no separator");
  is_str(meta("<meta charset=\"cp12"), "(none)", "cut in the value");
  is_str(meta("<meta charset=cp1258"), "(none)", "cut before '>'");
  is_str(meta("<meta http-equiv=content-type content=\"text/html; "
              "charset=\">"), "(none)", "empty charset in content");
  is_str(meta("<meta charset = ' cp1258 ' >"), "CP1258",
         "blanks around '=' and in the value");
  is_str(meta("<?xml version=\"1.0\"?><!DOCTYPE html></x><meta "
              "charset=\"tcvn\">"), "TCVN5712-1", "<? <! </ skipped");
  is_str(meta("<p>a < b</p><meta charset=cp1258>"), "CP1258",
         "lone '<' in text");
}

static void test_detect(void)
{
  char name[CHARSET_NAME_MAX], *big;
  size_t len, i;
  const uint8_t *cp = unhex(s1_cp1258, &len);
  static const char bom8[] = "\xef\xbb\xbf<meta charset=cp1258>";
  static const char utf8[] = "<p>" S1 "</p>";

  is_int(charset_detect("text/html; charset=cp1258", (const uint8_t *)bom8,
                        sizeof(bom8) - 1, NULL, name), CHARSET_FROM_BOM,
         "BOM beats HTTP");
  is_str(name, "UTF-8", "UTF-8 BOM");
  is_int(charset_detect(NULL, (const uint8_t *)"\xff\xfe<\0", 4, NULL,
                        name), CHARSET_FROM_BOM, "FF FE");
  is_str(name, "UTF-16LE", "UTF-16LE BOM");
  is_int(charset_detect(NULL, (const uint8_t *)"\xfe\xff\0<", 4, NULL,
                        name), CHARSET_FROM_BOM, "FE FF");
  is_str(name, "UTF-16BE", "UTF-16BE BOM");
  is_int(charset_detect("text/html; charset=\"Windows-1258\"",
                        (const uint8_t *)"<meta charset=viscii>", 21, NULL,
                        name), CHARSET_FROM_HTTP, "HTTP beats meta");
  is_str(name, "CP1258", "HTTP label, odd case and quotes");
  is_int(charset_detect("text/html; charset=nonsense",
                        (const uint8_t *)"<meta charset=viscii>", 21, NULL,
                        name), CHARSET_FROM_META, "unknown HTTP label");
  is_str(name, "VISCII", "then meta");
  is_int(charset_detect("text/html", (const uint8_t *)utf8, strlen(utf8),
                        NULL, name), CHARSET_FROM_GUESS, "no label");
  is_str(name, "UTF-8", "valid UTF-8 guessed");
  is_int(charset_detect(NULL, (const uint8_t *)utf8, strlen(utf8) - 6,
                        NULL, name), CHARSET_FROM_GUESS,
         "UTF-8 cut inside a character");
  is_str(name, "UTF-8", "a cut last character is still UTF-8");
  is_int(charset_detect(NULL, cp, len, NULL, name), CHARSET_FROM_GUESS,
         "windows-1258 bytes");
  is_str(name, "CP1258", "fallback CP1258");
  charset_detect(NULL, cp, len, "viscii", name);
  is_str(name, "VISCII", "configured fallback");
  charset_detect(NULL, cp, len, "nonsense", name);
  is_str(name, "CP1258", "unknown fallback: CP1258");
  is_int(charset_detect(NULL, NULL, 0, NULL, name), CHARSET_FROM_GUESS,
         "empty body");
  is_str(name, "UTF-8", "empty body is UTF-8");
  charset_detect(NULL, (const uint8_t *)"\xed\xa0\x80", 3, NULL, name);
  is_str(name, "CP1258", "UTF-8 surrogate is not UTF-8");
  charset_detect(NULL, (const uint8_t *)"\xc0\xaf", 2, NULL, name);
  is_str(name, "CP1258", "overlong is not UTF-8");
  charset_detect(NULL, (const uint8_t *)"\xf4\x90\x80\x80", 4, NULL, name);
  is_str(name, "CP1258", "over U+10FFFF is not UTF-8");

  /* a meta after 5000 bytes is not seen; one at 4000 is */
  big = malloc(6000);
  for(i = 0; i < 5000; i++)
    big[i] = "<p>x</p>\n"[i % 9];
  snprintf(big + 5000, 1000, "<meta charset=\"viscii\">");
  is_int(charset_detect(NULL, (const uint8_t *)big, strlen(big), NULL,
                        name), CHARSET_FROM_GUESS, "meta after 5000 bytes");
  is_str(name, "UTF-8", "...not seen");
  memcpy(big + 4000, "<meta charset=\"viscii\">", 23);
  is_int(charset_detect(NULL, (const uint8_t *)big, strlen(big), NULL,
                        name), CHARSET_FROM_META, "meta at 4000 bytes");
  is_str(name, "VISCII", "...seen");
  /* the window ends inside the tag */
  for(i = 0; i < 5000; i++)
    big[i] = "<p>x</p>\n"[i % 9];
  memcpy(big + CHARSET_SNIFF_MAX - 10, "<meta charset=\"viscii\">", 23);
  is_int(charset_detect(NULL, (const uint8_t *)big, strlen(big), NULL,
                        name), CHARSET_FROM_GUESS,
         "meta cut by the window end");
  free(big);
}

static void test_vietnamese(void)
{
  size_t len;
  const uint8_t *in;
  char name[CHARSET_NAME_MAX];
  uint8_t *u16 = NULL;

  in = unhex(s1_cp1258, &len);
  conv_is("CP1258", in, len, S1, 0, "windows-1258 sentence 1");
  in = unhex(s2_cp1258, &len);
  conv_is("CP1258", in, len, S2, 0, "windows-1258 sentence 2");
  charset_label("windows-1258", 12, name);
  conv_is(name, in, len, S2, 0, "windows-1258 through its label");
  in = unhex(s1_viscii, &len);
  conv_is("VISCII", in, len, S1, 0, "VISCII sentence 1");
  in = unhex(s2_viscii, &len);
  conv_is("VISCII", in, len, S2, 0, "VISCII sentence 2");
  in = unhex(s1_tcvn, &len);
  conv_is("TCVN5712-1", in, len, S1, 0, "TCVN sentence 1");
  in = unhex(s2_tcvn, &len);
  conv_is("TCVN5712-1", in, len, S2, 0, "TCVN sentence 2");

  conv_is("UTF-8", (const uint8_t *)S1, strlen(S1), S1, 0, "UTF-8");
  conv_is("UTF-8", (const uint8_t *)"\xef\xbb\xbf" S1, strlen(S1) + 3, S1,
          0, "UTF-8 BOM dropped");
  conv_is("UTF-8", (const uint8_t *)"To\xcc\x80" "a soa\xcc\xa3\xcc\x82"
          "n", 14, "T\xc3\xb2" "a so\xe1\xba\xad" "n", 0, "NFD to NFC");
  conv_is("CP1258", (const uint8_t *)"o\xcc", 2, "\xc3\xb2", 0,
          "windows-1258 mark at the very end composed");
  conv_is("CP1258", (const uint8_t *)"\xcc" "a", 2, "\xcc\x80" "a", 0,
          "windows-1258 mark without a base");
  conv_is("CP1258", (const uint8_t *)"o\x81o", 3, "o\xef\xbf\xbdo", 1,
          "windows-1258 undefined byte, order kept");

  /* UTF-16, made by iconv from UTF-8 and by hand */
  {
    iconv_t cd = iconv_open("UTF-16LE", "UTF-8");
    char src[] = S1, *ip = src, *op;
    size_t il = strlen(S1), ol = 4 * il + 2;
    u16 = malloc(ol + 2);
    u16[0] = 0xff;
    u16[1] = 0xfe;
    op = (char *)u16 + 2;
    iconv(cd, &ip, &il, &op, &ol);
    iconv_close(cd);
    len = (size_t)(op - (char *)u16);
    conv_is("UTF-16LE", u16, len, S1, 0, "UTF-16LE with BOM");
    conv_is("UTF-16LE", u16 + 2, len - 2, S1, 0, "UTF-16LE without BOM");
    is_int(charset_detect("text/html; charset=cp1258", u16, len, NULL,
                          name), CHARSET_FROM_BOM, "UTF-16LE BOM detected");
    free(u16);
  }
  conv_is("UTF-16BE", (const uint8_t *)"\xfe\xff\0T\0\xf2\0a\x1e\xa1", 10,
          "T\xc3\xb2" "a\xe1\xba\xa1", 0, "UTF-16BE by hand");
  conv_is("UTF-16LE", (const uint8_t *)"\x00\xd8" "A\0", 4,
          "\xef\xbf\xbd" "A", 1, "lone surrogate: one U+FFFD, one unit");
  conv_is("UTF-16LE", (const uint8_t *)"A\0B", 3, "A\xef\xbf\xbd", 1,
          "odd length: cut unit");
  conv_is("ISO-2022-JP", (const uint8_t *)"\x1b$B\x30\x21\x1b(B", 8,
          "\xe4\xba\x9c", 0, "stateful ISO-2022-JP");
}

static void test_invalid(void)
{
  size_t len;
  const uint8_t *in, *want;
  char name[CHARSET_NAME_MAX], w[512];

  conv_is("UTF-8", (const uint8_t *)"a\xff" "b\xc3(c", 6,
          "a\xef\xbf\xbd" "b\xef\xbf\xbd(c", 2, "invalid UTF-8");
  conv_is("UTF-8", (const uint8_t *)"ab\xe1\xba", 4, "ab\xef\xbf\xbd", 1,
          "UTF-8 cut at the end: one U+FFFD");
  conv_is("UTF-8", (const uint8_t *)"\xed\xa0\x80", 3,
          "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3,
          "encoded surrogate: one per byte");
  conv_is("UTF-8", (const uint8_t *)"\xc0\xaf", 2,
          "\xef\xbf\xbd\xef\xbf\xbd", 2, "overlong");

  /* HTTP says UTF-8, the body is windows-1258: we follow HTTP */
  in = unhex(s1_cp1258, &len);
  is_int(charset_detect("text/html; charset=utf-8", in, len, NULL, name),
         CHARSET_FROM_HTTP, "lying header followed");
  is_str(name, "UTF-8", "lying header: UTF-8");
  want = unhex(s1_cp1258_as_utf8, &len);
  memcpy(w, want, len);
  w[len] = '\0';
  in = unhex(s1_cp1258, &len);
  conv_is(name, in, len, w, 20, "lying header: 20 bad bytes");
}

static bool valid_utf8(const uint8_t *s, size_t n)
{
  return u8_check(s, n) == NULL;
}

static void test_cap(void)
{
  size_t len, full, k, bad = 0;
  const uint8_t *in = unhex(s1_cp1258, &len);
  uint8_t *out = NULL, *big;
  size_t n, inv;
  bool trunc;
  double t0, t1;
  struct timespec ts;

  full = strlen(S1);
  for(k = 0; k <= full + 1; k++) {
    size_t want = k;
    if(charset_to_utf8("CP1258", in, len, k, &out, &n, &trunc, &inv)) {
      bad++;
      continue;
    }
    /* the longest prefix of S1 at a character boundary, at most k */
    if(want > full)
      want = full;
    while(want > 0 && want < full && ((uint8_t)S1[want] & 0xc0) == 0x80)
      want--;
    if(n != want || memcmp(out, S1, n) || !valid_utf8(out, n) ||
       trunc != (k < full)) {
      if(bad++ < 3)
        diag("cap %zu: got %zu bytes, truncated %d", k, n, trunc);
    }
    pp_free(out);
  }
  is_int(bad, 0, "every cap from 0 to %zu: right prefix and flag", full + 1);

  /* a base with a mark that has no precomposed form is not split */
  charset_to_utf8("UTF-8", (const uint8_t *)"xq\xcc\x81y", 5, 3, &out, &n,
                  &trunc, NULL);
  ok(n == 1 && out[0] == 'x' && trunc, "q + acute: not split (cap 3)");
  pp_free(out);
  charset_to_utf8("UTF-8", (const uint8_t *)"xq\xcc\x81y", 5, 4, &out, &n,
                  &trunc, NULL);
  ok(n == 4 && !memcmp(out, "xq\xcc\x81", 4) && trunc,
     "q + acute: kept whole (cap 4)");
  pp_free(out);
  charset_to_utf8("UTF-8", (const uint8_t *)"xe\xcc\xa3\xcc\x81y", 7, 4,
                  &out, &n, &trunc, NULL);
  ok(n == 1 && out[0] == 'x' && trunc,
     "e + dot below + acute: NFC U+1EB9 U+0301 cut before the base");
  pp_free(out);
  charset_to_utf8("UTF-8", (const uint8_t *)"xe\xcc\xa3\xcc\x81y", 7, 6,
                  &out, &n, &trunc, NULL);
  ok(n == 6 && trunc, "whole sequence fits");
  pp_free(out);

  /* the cap bounds the work: 8 MB in, 100 bytes out */
  big = malloc(8u << 20);
  memset(big, 'a', 8u << 20);
  clock_gettime(CLOCK_MONOTONIC, &ts);
  t0 = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
  charset_to_utf8("CP1258", big, 8u << 20, 100, &out, &n, &trunc, &inv);
  clock_gettime(CLOCK_MONOTONIC, &ts);
  t1 = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
  ok(n == 100 && trunc, "8 MB, cap 100: 100 bytes, truncated");
  ok(t1 - t0 < 0.05, "8 MB, cap 100: %.4f s", t1 - t0);
  pp_free(out);
  /* 8 MB of invalid bytes: conversion stops near the cap too */
  memset(big, 0xff, 8u << 20);
  charset_to_utf8("UTF-8", big, 8u << 20, 1000, &out, &n, &trunc, &inv);
  ok(n <= 1000 && n % 3 == 0 && trunc, "invalid input capped (%zu)", n);
  ok(inv < 1000, "conversion stopped early: %zu U+FFFD made", inv);
  pp_free(out);
  free(big);

  /* max_out 0 */
  charset_to_utf8("UTF-8", (const uint8_t *)"abc", 3, 0, &out, &n, &trunc,
                  NULL);
  ok(out && n == 0 && !out[0] && trunc, "cap 0: empty, truncated");
  pp_free(out);
  charset_to_utf8("UTF-8", (const uint8_t *)"\xef\xbb\xbf", 3, 0, &out, &n,
                  &trunc, NULL);
  ok(out && n == 0 && !trunc, "cap 0, only a BOM: not truncated");
  pp_free(out);
}

static void test_errors(void)
{
  uint8_t *out = (uint8_t *)"x";
  size_t n = 5, inv = 5;
  bool trunc = true;
  long k;
  int rc = PP_ENOMEM, bad = 0;
  size_t len;
  const uint8_t *in = unhex(s1_cp1258, &len);

  is_int(charset_to_utf8("NO-SUCH-CHARSET", (const uint8_t *)"a", 1, 10,
                         &out, &n, &trunc, &inv), PP_ENOTSUP, "unknown");
  ok(out == NULL && n == 0 && !trunc && inv == 0, "outputs reset");
  is_int(charset_to_utf8(NULL, (const uint8_t *)"a", 1, 10, &out, &n, NULL,
                         NULL), PP_EINVAL, "NULL name");
  is_int(charset_to_utf8("UTF-8", (const uint8_t *)"a", 1, 10, NULL, &n,
                         NULL, NULL), PP_EINVAL, "NULL out");
  is_int(charset_to_utf8("UTF-8", (const uint8_t *)"a", 1, 10, &out, NULL,
                         NULL, NULL), PP_EINVAL, "NULL out_len");
  is_int(charset_to_utf8("UTF-8", NULL, 1, 10, &out, &n, NULL, NULL),
         PP_EINVAL, "NULL input with a length");
  is_int(charset_to_utf8("UTF-8", NULL, 0, 10, &out, &n, NULL, NULL), PP_OK,
         "NULL empty input");
  ok(out && n == 0, "empty output");
  pp_free(out);

  for(k = 0; k < 50 && rc != PP_OK; k++) {
    out = NULL;
    pp_alloc_fail_after(k);
    rc = charset_to_utf8("CP1258", in, len, 1000, &out, &n, &trunc, &inv);
    pp_alloc_fail_after(-1);
    if(rc != PP_OK && (rc != PP_ENOMEM || out))
      bad++;
    if(rc == PP_OK) {
      ok(n == strlen(S1) && !memcmp(out, S1, n),
         "converted after %ld failures", k);
      pp_free(out);
    }
  }
  is_int(bad, 0, "allocation failures: PP_ENOMEM, nothing returned");
  is_int(rc, PP_OK, "finally converted");
}

/* The quick check's ranges, against libunistring: every code point in
 * them has combining class 0, is its own NFC, and is the second
 * character of no canonical composition; and a page of them comes out
 * byte for byte (no normalization pass needed), while one combining
 * mark still gets composed. */
static void test_nfc_quick(void)
{
  uint32_t lo[16], hi[16], c;
  size_t n = charset_nfc_stable_ranges(lo, hi, 16), i;
  static uint8_t second[0x30000 / 8];
  bool all_ok = true;
  uint8_t *out;
  size_t out_len;

  for(c = 0; c < 0x30000; c++) {
    ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
    if(uc_canonical_decomposition(c, d) == 2 && d[1] < 0x30000)
      second[d[1] / 8] |= (uint8_t)(1u << (d[1] % 8));
  }
  for(i = 0; i < n; i++)
    for(c = lo[i]; c <= hi[i]; c++) {
      uint8_t u[8], *nf;
      size_t ul, nl = 0;
      if(c >= 0xd800 && c <= 0xdfff)
        continue;
      ul = (size_t)u8_uctomb(u, c, sizeof(u));
      nf = u8_normalize(UNINORM_NFC, u, ul, NULL, &nl);
      if(uc_combining_class(c) != 0 || !nf || nl != ul ||
         memcmp(nf, u, ul) || (second[c / 8] & (1u << (c % 8)))) {
        diag("U+%04X is not NFC-stable", (unsigned)c);
        all_ok = false;
      }
      free(nf);
    }
  ok(all_ok, "%zu ranges: every code point NFC-stable (libunistring)", n);
  {
    static const char t[] = "Báo Việt — “Tin tức” 10.000₫… ½";
    is_int(charset_to_utf8("UTF-8", (const uint8_t *)t, strlen(t), 1000,
                           &out, &out_len, NULL, NULL), PP_OK,
           "quick path: ok");
    ok(out_len == strlen(t) && !memcmp(out, t, out_len),
       "quick path: the text unchanged");
    pp_free(out);
  }
  {
    static const char t[] = "Vie\xcc\xa3\xcc\x82t \xe2\x80\x94 x";
    charset_to_utf8("UTF-8", (const uint8_t *)t, strlen(t), 1000, &out,
                    &out_len, NULL, NULL);
    ok(out_len && !strcmp((char *)out, "Vi\xe1\xbb\x87t \xe2\x80\x94 x"),
       "a combining mark still composed (NFD e + dot below + circumflex)");
    pp_free(out);
  }
}

int main(void)
{
  test_labels();
  test_content_type();
  test_meta();
  test_detect();
  test_vietnamese();
  test_invalid();
  test_cap();
  test_errors();
  test_nfc_quick();
  return tap_done();
}
