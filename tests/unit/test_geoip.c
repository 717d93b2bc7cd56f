/*
 * test_geoip.c: GeoIP/ASN lookups (classify/geoip.c).
 *
 * Without any database: the database-type rules; the organisation
 * cleaner (Vietnamese kept, controls and bidi overrides removed, invalid
 * UTF-8, the cap at a character boundary and before combining marks);
 * the record decoder on hand-made data sections (every pointer form,
 * wrong types, bad keys, pointer to pointer, a self pointer, nesting
 * 200000 deep, absurd sizes, the decode budget, every truncation and
 * random bytes); the metadata check (depth, fan-out, loops); argument
 * errors, missing, empty, directory, FIFO and device paths; and, built
 * without libmaxminddb, PP_ENOTSUP with its message.
 *
 * With the files of tests/tools/mkmmdb.pl named by GEOIP_TEST_COUNTRY
 * and GEOIP_TEST_ASN (tests/scripts/geoip.sh sets them; also
 * GEOIP_TEST_COUNTRY_V4, GEOIP_TEST_ODD_COUNTRY, GEOIP_TEST_ODD_ASN):
 * descriptions, IPv4, IPv6, IPv4 in an IPv6 tree, IPv4-mapped IPv6, the
 * nested prefix winning, unknown addresses, IPv6 in an IPv4 tree, the
 * Vietnamese organisation byte for byte, ill-typed records, the wrong
 * kind of file, allocation failures, and every truncation and a byte
 * flip at every offset of both files (each a clean error or a clean
 * lookup).
 *
 * `test_geoip --open COUNTRY|- ASN|- [ADDRESS...]` opens the files
 * ("-": none), looks the addresses up and prints one line per call
 * (tests/scripts/geoip.sh runs it on hostile files).  Exit status 0
 * unless it crashes.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"
#include "testutil.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unistr.h>

#include "geoip.h"
#include "pp_addr.h"
#include "pp_alloc.h"
#include "pp_err.h"

/* Data types of the MaxMind DB format. */
enum {
  T_PTR = 1, T_UTF8 = 2, T_DOUBLE = 3, T_BYTES = 4, T_U16 = 5, T_U32 = 6,
  T_MAP = 7, T_I32 = 8, T_U64 = 9, T_U128 = 10, T_ARRAY = 11,
  T_CONTAINER = 12, T_END = 13, T_BOOL = 14,
};

static const char *rcname(int rc)
{
  switch(rc) {
  case PP_OK: return "OK";
  case PP_ENOENT: return "ENOENT";
  case PP_EINVAL: return "EINVAL";
  case PP_EIO: return "EIO";
  case PP_ENOMEM: return "ENOMEM";
  case PP_ENOTSUP: return "ENOTSUP";
  case PP_ENOTFOUND: return "ENOTFOUND";
  case PP_EFORMAT: return "EFORMAT";
  default: return "other";
  }
}

/* ---- a writer of data sections ---------------------------------------- */

static uint8_t mb[1 << 22];
static size_t ml;

static void b1(uint32_t c)
{
  if(ml < sizeof(mb))
    mb[ml++] = (uint8_t)c;
}

static void ctrl(unsigned type, uint32_t size)
{
  unsigned t = type > 7 ? 0 : type;
  if(size < 29)
    b1(t << 5 | size);
  else if(size < 285)
    b1(t << 5 | 29);
  else if(size < 65821)
    b1(t << 5 | 30);
  else
    b1(t << 5 | 31);
  if(type > 7)
    b1(type - 7);
  if(size >= 29 && size < 285)
    b1(size - 29);
  else if(size >= 285 && size < 65821) {
    b1((size - 285) >> 8);
    b1((size - 285) & 0xff);
  }
  else if(size >= 65821) {
    uint32_t x = size - 65821;
    b1(x >> 16);
    b1(x >> 8 & 0xff);
    b1(x & 0xff);
  }
}

static void str(const char *s)
{
  size_t i, n = strlen(s);
  ctrl(T_UTF8, (uint32_t)n);
  for(i = 0; i < n; i++)
    b1((uint8_t)s[i]);
}

static void num(unsigned type, uint64_t v, unsigned nbytes)
{
  ctrl(type, nbytes);
  while(nbytes-- > 0)
    b1((uint32_t)(v >> (8 * nbytes) & 0xff));
}

/* A pointer in the shortest form, or form 3 when long is set. */
static void ptr(uint32_t to, bool form3)
{
  uint32_t x;
  if(form3) {
    b1(0x38);
    b1(to >> 24);
    b1(to >> 16 & 0xff);
    b1(to >> 8 & 0xff);
    b1(to & 0xff);
  }
  else if(to < 2048) {
    b1(0x20 | to >> 8);
    b1(to & 0xff);
  }
  else if(to < 2048 + (1u << 19)) {
    x = to - 2048;
    b1(0x28 | x >> 16);
    b1(x >> 8 & 0xff);
    b1(x & 0xff);
  }
  else {
    x = to - 526336;
    b1(0x30 | x >> 24);
    b1(x >> 16 & 0xff);
    b1(x >> 8 & 0xff);
    b1(x & 0xff);
  }
}

static int rec(uint32_t off, bool asn, struct geoip_info *gi)
{
  memset(gi, 0, sizeof(*gi));
  return geoip_read_record(mb, ml, off, asn, gi);
}

static uint32_t rng = 2463534242u;
static uint32_t xorshift(void)
{
  rng ^= rng << 13;
  rng ^= rng >> 17;
  rng ^= rng << 5;
  return rng;
}

/* ---- database types ---------------------------------------------------- */

static void test_types(void)
{
  static const char *country[] = {
    "GeoLite2-Country", "GeoIP2-Country", "GeoLite2-City", "GeoIP2-City",
    "GeoIP2-Precision-City", "GeoIP2-Enterprise", "DBIP-Country-Lite",
    "DBIP-City-Lite", "DBIP-Location", "My-Country-Test",
  };
  static const char *asn[] = {
    "GeoLite2-ASN", "GeoIP2-ISP", "DBIP-ASN-Lite", "DBIP-ISP",
    "DBIP-Location-ISP", "Test-ASN",
  };
  static const char *neither[] = {
    "GeoIP2-Anonymous-IP", "GeoIP2-Connection-Type", "GeoIP2-Domain",
    "ipinfo generic_country_free.mmdb", "", "country", "asn",
  };
  size_t i;
  bool good = true;

  for(i = 0; i < PP_ARRAY_LEN(country); i++)
    if(!geoip_type_is_country(country[i]) || geoip_type_is_asn(country[i])) {
      diag("country type refused: %s", country[i]);
      good = false;
    }
  ok(good, "country and city types are country databases");
  good = true;
  for(i = 0; i < PP_ARRAY_LEN(asn); i++)
    if(!geoip_type_is_asn(asn[i]) || geoip_type_is_country(asn[i])) {
      diag("ASN type refused: %s", asn[i]);
      good = false;
    }
  ok(good, "ASN and ISP types are ASN databases, never country");
  good = true;
  for(i = 0; i < PP_ARRAY_LEN(neither); i++)
    if(geoip_type_is_asn(neither[i]) || geoip_type_is_country(neither[i])) {
      diag("type accepted: %s", neither[i]);
      good = false;
    }
  ok(good, "other types (and lower-case names) are neither");
  ok(!geoip_type_is_country(NULL) && !geoip_type_is_asn(NULL),
     "NULL is neither");
}

/* ---- organisation names ------------------------------------------------ */

static void clean(const char *in, char *out)
{
  geoip_clean_org((const uint8_t *)in, strlen(in), out);
}

static void test_clean_org(void)
{
  char out[GEOIP_ORG_MAX];
  char in[1200];
  size_t i, n;

  clean("C\xc3\xb4ng ty B\xc3\xa1o Test", out);
  is_str(out, "C\xc3\xb4ng ty B\xc3\xa1o Test", "Vietnamese kept as is");
  clean("T\xe1\xbb\x95ng c\xe1\xbb\xa5" "c B\xc6\xb0u \xc4\x91i\xe1\xbb\x87n",
        out);
  is_str(out, "T\xe1\xbb\x95ng c\xe1\xbb\xa5" "c B\xc6\xb0u "
         "\xc4\x91i\xe1\xbb\x87n", "three-byte letters kept");
  clean("  Ctl\x01\x02Org\tName\n\xe2\x80\xae" "evil\x7f  ", out);
  is_str(out, "CtlOrg Name evil", "C0, DEL, RLO removed; tab and newline "
         "are spaces; ends trimmed");
  clean("a\xc2\x85" "b\xc2\x9b" "c\xe2\x80\xa8" "d\xe2\x81\xa6" "e\xef\xbb\xbf"
        "f\xd8\x9cg\xe2\x80\x8fh", out);
  is_str(out, "a bc de" "fgh", "NEL and U+2028 spaces; CSI, LRI, BOM, ALM, "
         "RLM removed");
  clean("a   b \t\r\n c", out);
  is_str(out, "a b c", "runs of spaces are one");
  clean("a\xff" "b\xc3(c\xed\xa0\x80" "d\xe2\x82", out);
  is_str(out, "a\xef\xbf\xbd" "b\xef\xbf\xbd(c\xef\xbf\xbd\xef\xbf\xbd"
         "\xef\xbf\xbd" "d\xef\xbf\xbd\xef\xbf\xbd",
         "invalid UTF-8: U+FFFD per bad byte (surrogates and cut too)");
  clean("", out);
  is_str(out, "", "empty stays empty");
  geoip_clean_org(NULL, 0, out);
  is_str(out, "", "NULL with length 0");
  clean("\x01\x02\t \xe2\x80\xae", out);
  is_str(out, "", "nothing but controls: empty");

  /* the cap: 2-byte letters, 127 bytes of room */
  for(n = 0, i = 0; i < 200; i++) {
    in[n++] = '\xc3';
    in[n++] = '\xa1';
  }
  in[n] = '\0';
  clean(in, out);
  is_int(strlen(out), 126, "cap: 63 two-byte letters (the 64th does not fit)");
  ok(u8_check((const uint8_t *)out, strlen(out)) == NULL,
     "cap: still valid UTF-8");
  /* NFD: a + U+0301, 3 bytes a letter; the 43rd 'a' fits at 126, its
   * mark does not: the 'a' goes too */
  for(n = 0, i = 0; i < 100; i++) {
    in[n++] = 'a';
    in[n++] = '\xcc';
    in[n++] = '\x81';
  }
  in[n] = '\0';
  clean(in, out);
  is_int(strlen(out), 126, "cap: a letter is not kept without its mark");
  ok(strlen(out) >= 2 && out[strlen(out) - 2] == '\xcc' &&
     out[strlen(out) - 1] == '\x81', "cap: ends with a whole mark");
  /* a cut that would leave a space at the end */
  memset(in, 'x', 126);
  memcpy(in + 126, " yy", 4);
  clean(in, out);
  is_int(strlen(out), 126, "cap: no trailing space after the cut");
  /* only the first 4096 bytes are looked at */
  {
    char *big = malloc(5000);
    if(big) {
      memset(big, '\x01', 4095);
      memcpy(big + 4095, "\xc3\xa1z", 3);
      geoip_clean_org((const uint8_t *)big, 4098, out);
      is_str(out, "", "a letter cut by the 4096-byte scan is dropped, "
             "not made U+FFFD");
      memset(big, '\x01', 4090);
      memcpy(big + 4090, "Name", 4);
      geoip_clean_org((const uint8_t *)big, 4094, out);
      is_str(out, "Name", "text after 4090 control bytes is kept");
      free(big);
    }
  }
}

/* ---- the record decoder --------------------------------------------- */

/* {continent: {code, names: {en}}, country: {geoname_id, iso_code:
 *  cc, names: {en, vi}}, registered_country: {iso_code: rc}} */
static void country_record(const char *cc, const char *rc)
{
  ctrl(T_MAP, 3);
  str("continent");
  ctrl(T_MAP, 2);
  str("code");
  str("AS");
  str("names");
  ctrl(T_MAP, 1);
  str("en");
  str("Asia");
  str("country");
  ctrl(T_MAP, 3);
  str("geoname_id");
  num(T_U32, 1562822, 3);
  str("iso_code");
  str(cc);
  str("names");
  ctrl(T_MAP, 2);
  str("en");
  str("Vietnam");
  str("vi");
  str("Vi\xe1\xbb\x87t Nam");
  str("registered_country");
  ctrl(T_MAP, 1);
  str("iso_code");
  str(rc);
}

static void test_record_country(void)
{
  struct geoip_info gi;
  uint32_t at, at2, i;
  size_t full;
  int rc, bad;

  ml = 0;
  country_record("VN", "SG");
  full = ml;
  rc = rec(0, false, &gi);
  is_int(rc, PP_OK, "country record");
  is_str(gi.country, "VN", "country after a skipped nested map");
  is_str(gi.registered_country, "SG", "registered country");
  is_int(rec(0, true, &gi), PP_OK, "asked for ASN fields: none, OK");
  is_int(gi.asn, 0, "and no AS number");

  ml = 0;
  country_record("vn", "V1");
  rc = rec(0, false, &gi);
  ok(rc == PP_OK && strcmp(gi.country, "VN") == 0,
     "lower case iso code is upper-cased");
  is_str(gi.registered_country, "", "a code with a digit is unknown");
  ml = 0;
  country_record("VNM", "");
  rc = rec(0, false, &gi);
  ok(rc == PP_OK && gi.country[0] == '\0' && gi.registered_country[0] == 0,
     "three letters or none: unknown, not an error");

  /* every truncation of a good record: an error or the right answer */
  ml = 0;
  country_record("VN", "SG");
  for(bad = 0, i = 1; i < full; i++) {
    memset(&gi, 0, sizeof(gi));
    rc = geoip_read_record(mb, i, 0, false, &gi);
    if(rc != PP_EFORMAT)
      bad++;
  }
  is_int(bad, 0, "every truncation of the record is PP_EFORMAT");

  /* country is a string, iso_code a number, the record not a map */
  ml = 0;
  ctrl(T_MAP, 1);
  str("country");
  str("VN");
  is_int(rec(0, false, &gi), PP_EFORMAT, "country a string: PP_EFORMAT");
  ml = 0;
  ctrl(T_MAP, 1);
  str("country");
  ctrl(T_MAP, 1);
  str("iso_code");
  num(T_U32, 704, 2);
  is_int(rec(0, false, &gi), PP_EFORMAT, "iso_code a number: PP_EFORMAT");
  ml = 0;
  str("VN");
  is_int(rec(0, false, &gi), PP_EFORMAT, "record a string: PP_EFORMAT");
  ml = 0;
  ctrl(T_ARRAY, 1);
  str("VN");
  is_int(rec(0, true, &gi), PP_EFORMAT, "record an array: PP_EFORMAT");
  ml = 0;
  ctrl(T_MAP, 2);
  num(T_U32, 1, 1);
  str("x");
  str("country");
  str("VN");
  is_int(rec(0, false, &gi), PP_EFORMAT, "a key that is a number");
  ml = 0;
  ctrl(T_MAP, 0);
  rc = rec(0, false, &gi);
  ok(rc == PP_OK && gi.country[0] == '\0', "empty map: OK, unknown");
  is_int(geoip_read_record(mb, ml, 1, false, &gi), PP_EFORMAT,
         "offset at the end of the section");
  is_int(geoip_read_record(mb, ml, 0xffffffffu, false, &gi), PP_EFORMAT,
         "offset far outside");
  is_int(geoip_read_record(NULL, 0, 0, false, &gi), PP_EFORMAT,
         "no section");

  /* types that are not valid in data */
  ml = 0;
  ctrl(T_CONTAINER, 0);
  is_int(rec(0, false, &gi), PP_EFORMAT, "data cache container");
  ml = 0;
  ctrl(T_END, 0);
  is_int(rec(0, false, &gi), PP_EFORMAT, "end marker");
  ml = 0;
  b1(0x01);
  b1(0x00);       /* extended type 0 would be 7, a map: invalid */
  is_int(rec(0, false, &gi), PP_EFORMAT, "extended type byte 0");
  ml = 0;
  b1(0x01);
  b1(0x09);       /* 16 */
  is_int(rec(0, false, &gi), PP_EFORMAT, "extended type 16");
  ml = 0;
  ctrl(T_MAP, 1);
  str("k");
  ctrl(T_BOOL, 2);
  is_int(rec(0, false, &gi), PP_EFORMAT, "boolean of size 2");
  ml = 0;
  ctrl(T_MAP, 1);
  str("k");
  ctrl(T_DOUBLE, 4);
  b1(0); b1(0); b1(0); b1(0);
  is_int(rec(0, false, &gi), PP_EFORMAT, "double of 4 bytes");

  /* pointers of every form, to the key, the map and the value */
  for(i = 0; i < 4; i++) {
    static const uint32_t pad[] = { 10, 3000, 600000, 20 };
    uint32_t keyoff, valoff, mapoff, root;
    ml = 0;
    ctrl(T_BYTES, pad[i]);
    ml += pad[i];
    keyoff = (uint32_t)ml;
    str("iso_code");
    valoff = (uint32_t)ml;
    str("JP");
    mapoff = (uint32_t)ml;
    ctrl(T_MAP, 1);
    ptr(keyoff, i == 3);
    ptr(valoff, i == 3);
    root = (uint32_t)ml;
    ctrl(T_MAP, 1);
    str("country");
    ptr(mapoff, i == 3);
    rc = rec(root, false, &gi);
    ok(rc == PP_OK && strcmp(gi.country, "JP") == 0,
       "pointer form %u to key, value and map (targets from %u)",
       (unsigned)i, (unsigned)keyoff);
  }
  /* the root itself through a pointer */
  ml = 0;
  country_record("VN", "SG");
  at = (uint32_t)ml;
  ptr(0, false);
  rc = rec(at, false, &gi);
  ok(rc == PP_OK && strcmp(gi.country, "VN") == 0, "record through a "
     "pointer");
  /* pointer to pointer */
  ml = 0;
  ctrl(T_MAP, 1);
  str("country");
  at = (uint32_t)ml;
  ptr(0, false);
  at2 = (uint32_t)ml;
  ctrl(T_MAP, 1);
  str("country");
  ptr(at, false);
  is_int(rec(at2, false, &gi), PP_EFORMAT, "pointer to a pointer");
  /* a pointer past the end */
  ml = 0;
  ctrl(T_MAP, 1);
  str("country");
  ptr(5000, false);
  is_int(rec(0, false, &gi), PP_EFORMAT, "pointer past the end");
  /* country points back at the record itself: no loop */
  ml = 0;
  ctrl(T_MAP, 2);
  str("country");
  ptr(0, false);
  str("registered_country");
  ptr(0, false);
  rc = rec(0, false, &gi);
  ok(rc == PP_OK && gi.country[0] == '\0', "a record that points at "
     "itself: ends, unknown");
}

static void test_record_hostile(void)
{
  struct geoip_info gi;
  uint32_t i, depth;
  size_t len;
  int rc, bad;

  /* nesting 1000 deep before the key: skipped without recursion */
  ml = 0;
  ctrl(T_MAP, 2);
  str("a");
  for(depth = 0; depth < 1000; depth++) {
    ctrl(T_MAP, 1);
    str("a");
  }
  str("x");
  str("country");
  ctrl(T_MAP, 1);
  str("iso_code");
  str("VN");
  rc = rec(0, false, &gi);
  ok(rc == PP_OK && strcmp(gi.country, "VN") == 0,
     "maps nested 1000 deep are skipped");
  /* 200000 deep: the budget stops it, the stack is not used */
  ml = 0;
  ctrl(T_MAP, 2);
  str("a");
  for(depth = 0; depth < 200000; depth++) {
    ctrl(T_MAP, 1);
    str("a");
  }
  str("x");
  str("country");
  str("VN");
  is_int(rec(0, false, &gi), PP_EFORMAT, "nesting 200000 deep: PP_EFORMAT");
  /* arrays nested 200000 deep */
  ml = 0;
  ctrl(T_MAP, 2);
  str("a");
  for(depth = 0; depth < 200000; depth++)
    ctrl(T_ARRAY, 1);
  str("x");
  str("country");
  str("VN");
  is_int(rec(0, false, &gi), PP_EFORMAT, "arrays 200000 deep: PP_EFORMAT");

  /* sizes far beyond the section */
  ml = 0;
  ctrl(T_MAP, 2);
  str("a");
  ctrl(T_ARRAY, 16000000);
  str("country");
  str("VN");
  is_int(rec(0, false, &gi), PP_EFORMAT, "an array of 16 million items");
  ml = 0;
  ctrl(T_MAP, 16000000);
  str("a");
  str("b");
  is_int(rec(0, false, &gi), PP_EFORMAT, "a map of 16 million pairs");
  ml = 0;
  ctrl(T_MAP, 1);
  str("country");
  ctrl(T_UTF8, 16000000);
  is_int(rec(0, false, &gi), PP_EFORMAT, "a string of 16 MB in 10 bytes");

  /* many keys before the one sought: within the budget, then over it */
  ml = 0;
  ctrl(T_MAP, 1001);
  for(i = 0; i < 1000; i++) {
    ptr(0, false);                /* keys must be strings: use "k" */
    num(T_U16, i, 2);
  }
  is_int(rec(0, false, &gi), PP_EFORMAT, "pointer keys to a non-string");
  ml = 0;
  ctrl(T_MAP, 15001);
  for(i = 0; i < 15000; i++) {
    str("k");
    num(T_U16, i, 2);
  }
  str("country");
  ctrl(T_MAP, 1);
  str("iso_code");
  str("VN");
  rc = rec(0, false, &gi);
  ok(rc == PP_OK && strcmp(gi.country, "VN") == 0,
     "15000 keys before each of the two sought: found");
  ml = 0;
  ctrl(T_MAP, 40001);
  for(i = 0; i < 40000; i++) {
    str("k");
    num(T_U16, i, 2);
  }
  str("country");
  str("VN");
  is_int(rec(0, false, &gi), PP_EFORMAT, "40000 keys: over the decode "
         "budget (65536 values a record), PP_EFORMAT");

  /* random sections and random offsets: never a crash, OK or EFORMAT */
  for(bad = 0, i = 0; i < 200000; i++) {
    uint32_t k;
    len = 1 + xorshift() % 48;
    for(k = 0; k < len; k++)
      mb[k] = (uint8_t)xorshift();
    if(i % 3 == 0)
      mb[0] = (uint8_t)(0xe0 | (mb[0] & 0x1f));   /* often a map */
    memset(&gi, 0, sizeof(gi));
    rc = geoip_read_record(mb, len, xorshift() % 4 ? 0 : xorshift() % 64,
                           i % 2 == 0, &gi);
    if(rc != PP_OK && rc != PP_EFORMAT)
      bad++;
  }
  is_int(bad, 0, "200000 random sections: OK or PP_EFORMAT only");

  /* a byte changed at every offset of a good record, to every value */
  for(bad = 0, i = 0; i < 256; i++) {
    size_t at;
    ml = 0;
    country_record("VN", "SG");
    len = ml;
    for(at = 0; at < len; at++) {
      uint8_t keep = mb[at];
      mb[at] = (uint8_t)i;
      rc = geoip_read_record(mb, len, 0, false, &gi);
      if(rc != PP_OK && rc != PP_EFORMAT)
        bad++;
      mb[at] = keep;
    }
  }
  is_int(bad, 0, "every byte of a record set to every value: no crash");
}

static void test_record_asn(void)
{
  struct geoip_info gi;
  static const struct {
    unsigned type;
    uint64_t v;
    unsigned bytes;
    int rc;
    uint32_t asn;
    const char *what;
  } cases[] = {
    { T_U32, 64500, 2, PP_OK, 64500, "uint32" },
    { T_U16, 64501, 2, PP_OK, 64501, "uint16" },
    { T_U64, 4200000000u, 4, PP_OK, 4200000000u, "uint64 (32 bits)" },
    { T_U64, 1ull << 40, 6, PP_EFORMAT, 0, "uint64 over 32 bits" },
    { T_I32, 64502, 2, PP_OK, 64502, "int32" },
    { T_I32, 0xfffffffbu, 4, PP_EFORMAT, 0, "int32 -5" },
    { T_I32, 0xfffffb, 3, PP_OK, 0xfffffb, "int32 of 3 bytes is positive" },
    { T_U32, 1, 5, PP_EFORMAT, 0, "uint32 of 5 bytes" },
    { T_U16, 1, 3, PP_EFORMAT, 0, "uint16 of 3 bytes" },
    { T_U128, 1, 1, PP_EFORMAT, 0, "uint128" },
    { T_U32, 0, 0, PP_OK, 0, "uint32 of no bytes: 0" },
  };
  size_t i;
  int rc;

  for(i = 0; i < PP_ARRAY_LEN(cases); i++) {
    ml = 0;
    ctrl(T_MAP, 2);
    str("autonomous_system_number");
    num(cases[i].type, cases[i].v, cases[i].bytes);
    str("autonomous_system_organization");
    str("Org");
    rc = rec(0, true, &gi);
    ok(rc == cases[i].rc && (rc || gi.asn == cases[i].asn),
       "AS number as %s: %s", cases[i].what, rcname(cases[i].rc));
  }
  ml = 0;
  ctrl(T_MAP, 2);
  str("autonomous_system_number");
  str("64500");
  str("autonomous_system_organization");
  str("Org");
  is_int(rec(0, true, &gi), PP_EFORMAT, "AS number as a string");
  ml = 0;
  ctrl(T_MAP, 1);
  str("autonomous_system_organization");
  num(T_U32, 5, 1);
  is_int(rec(0, true, &gi), PP_EFORMAT, "organisation a number");
  ml = 0;
  ctrl(T_MAP, 2);
  str("autonomous_system_organization");
  str("  Vi\xe1\xbb\x87t\x01 Nam\xe2\x80\xae ");
  str("autonomous_system_number");
  num(T_U32, 64500, 2);
  rc = rec(0, true, &gi);
  ok(rc == PP_OK && gi.asn == 64500 &&
     strcmp(gi.as_org, "Vi\xe1\xbb\x87t Nam") == 0,
     "organisation cleaned, keys in any order");
  ml = 0;
  ctrl(T_MAP, 1);
  str("autonomous_system_organization");
  str("No number");
  rc = rec(0, true, &gi);
  ok(rc == PP_OK && gi.asn == 0 && strcmp(gi.as_org, "No number") == 0,
     "organisation without a number: AS 0");
}

/* ---- the metadata check ---------------------------------------------- */

static void test_meta(void)
{
  uint32_t i, at;
  size_t len;
  int bad;

  ml = 0;
  ctrl(T_MAP, 4);
  str("binary_format_major_version");
  num(T_U16, 2, 1);
  str("languages");
  ctrl(T_ARRAY, 2);
  str("en");
  str("vi");
  str("description");
  ctrl(T_MAP, 1);
  str("en");
  str("test");
  str("build_epoch");
  num(T_U64, 1700000000, 4);
  is_int(geoip_meta_check(mb, ml), PP_OK, "metadata: a good map");
  len = ml;
  for(bad = 0, i = 1; i < len; i++)
    if(geoip_meta_check(mb, i) != PP_EFORMAT)
      bad++;
  is_int(bad, 0, "metadata: every truncation is PP_EFORMAT");
  is_int(geoip_meta_check(mb, 0), PP_EFORMAT, "metadata: empty");
  is_int(geoip_meta_check(NULL, 5), PP_EFORMAT, "metadata: NULL");
  ml = 0;
  ctrl(T_ARRAY, 0);
  is_int(geoip_meta_check(mb, ml), PP_EFORMAT, "metadata: not a map");
  ml = 0;
  ctrl(T_MAP, 1);
  num(T_U16, 2, 1);
  str("x");
  is_int(geoip_meta_check(mb, ml), PP_EFORMAT, "metadata: a number key");
  ml = 0;
  ctrl(T_MAP, 1);
  str("languages");
  ctrl(T_ARRAY, 2);
  str("en");
  num(T_U32, 7, 1);
  is_int(geoip_meta_check(mb, ml), PP_EFORMAT, "metadata: a language "
         "that is not a string");
  ml = 0;
  ctrl(T_MAP, 1);
  str("languages");
  str("en");
  is_int(geoip_meta_check(mb, ml), PP_EFORMAT, "metadata: languages not "
         "an array");
  ml = 0;
  ctrl(T_MAP, 1);
  str("description");
  ctrl(T_MAP, 1);
  str("en");
  ctrl(T_MAP, 0);
  is_int(geoip_meta_check(mb, ml), PP_EFORMAT, "metadata: a description "
         "that is not a string");
  ml = 0;
  ctrl(T_MAP, 1);
  str("database_type");
  num(T_U16, 2, 1);
  is_int(geoip_meta_check(mb, ml), PP_EFORMAT, "metadata: database_type "
         "a number");

  /* 15 levels below the root are fine, 16 are not */
  for(i = 15; i <= 16; i++) {
    uint32_t d;
    ml = 0;
    ctrl(T_MAP, 1);
    for(d = 0; d < i; d++) {
      str("k");
      ctrl(T_MAP, 1);
    }
    str("k");
    str("v");
    is_int(geoip_meta_check(mb, ml), i == 15 ? PP_OK : PP_EFORMAT,
           "metadata: %u maps below the root", (unsigned)i);
  }
  /* a map through a pointer is a level too; after it, the parent goes
   * on after the pointer, not after the map */
  ml = 0;
  ctrl(T_MAP, 3);
  str("p");
  ptr(30, false);
  str("q");
  str("r");
  str("s");
  str("t");
  while(ml < 30)
    b1(0);
  ctrl(T_MAP, 1);
  str("a");
  str("b");
  is_int(geoip_meta_check(mb, ml), PP_OK,
         "metadata: a map through a pointer, then more keys");
  /* a pointer loop: the root holds a pointer to itself */
  ml = 0;
  ctrl(T_MAP, 1);
  str("self");
  ptr(0, false);
  is_int(geoip_meta_check(mb, ml), PP_EFORMAT, "metadata: pointer loop");
  /* fan-out: 12 levels of maps of 8 pointers to the next level: 8^12
   * values for a naive reader, stopped by the value budget */
  {
    uint32_t next, k, l;
    size_t patch;
    ml = 0;
    ctrl(T_MAP, 1);
    str("x");
    patch = ml;
    ptr(0, true);                 /* to the top level, patched below */
    next = (uint32_t)ml;
    str("leaf");
    for(l = 0; l < 12; l++) {
      uint32_t here = (uint32_t)ml;
      ctrl(T_MAP, 8);
      for(k = 0; k < 8; k++) {
        b1(0x40 | 1);
        b1('a' + k);
        ptr(next, false);
      }
      next = here;
    }
    at = (uint32_t)ml;
    ml = patch;
    ptr(next, true);
    ml = at;
    is_int(geoip_meta_check(mb, ml), PP_EFORMAT,
           "metadata: pointer fan-out stopped by the value budget");
  }
  /* random bytes */
  for(bad = 0, i = 0; i < 100000; i++) {
    uint32_t k;
    int rc;
    len = 1 + xorshift() % 40;
    for(k = 0; k < len; k++)
      mb[k] = (uint8_t)xorshift();
    mb[0] = (uint8_t)(0xe0 | (mb[0] & 0x1f));     /* a map */
    rc = geoip_meta_check(mb, len);
    if(rc != PP_OK && rc != PP_EFORMAT)
      bad++;
  }
  is_int(bad, 0, "metadata: 100000 random maps, no crash");
}

/* ---- opening files ----------------------------------------------------- */

static char tmpdir[256];

static void make_tmpdir(void)
{
  const char *t = getenv("TMPDIR");
  snprintf(tmpdir, sizeof(tmpdir), "%s/test_geoip.XXXXXX",
           t && *t ? t : "/tmp");
  if(!mkdtemp(tmpdir))
    tmpdir[0] = '\0';
}

#ifdef HAVE_MAXMINDDB
static void tmp_path(char *out, size_t size, const char *name)
{
  snprintf(out, size, "%s/%s", tmpdir, name);
}

/* A new file each time: rewriting one in place (truncate) makes ext4
 * flush it on close (auto_da_alloc), which is slow thousands of times. */
static bool write_file(const char *path, const uint8_t *p, size_t n)
{
  FILE *f;
  bool good;
  unlink(path);
  f = fopen(path, "wb");
  if(!f)
    return false;
  good = fwrite(p, 1, n, f) == n;
  return fclose(f) == 0 && good;
}

static uint8_t *read_file(const char *path, size_t *n)
{
  FILE *f = fopen(path, "rb");
  uint8_t *p = NULL;
  long len;
  if(!f)
    return NULL;
  if(fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) > 0 &&
     fseek(f, 0, SEEK_SET) == 0) {
    p = malloc((size_t)len);
    if(p && fread(p, 1, (size_t)len, f) != (size_t)len) {
      free(p);
      p = NULL;
    }
    *n = (size_t)len;
  }
  fclose(f);
  return p;
}
#endif

static void test_open_args(void)
{
  char err[PP_ERRBUF_SIZE];
  char path[512];
  struct geoip *g = (struct geoip *)&g;
  struct geoip_info gi;
  struct pp_addr a;
  int rc;

  is_int(geoip_open("x", NULL, NULL, err), PP_EINVAL, "out NULL: EINVAL");
  rc = geoip_open(NULL, NULL, &g, err);
  ok(rc == PP_EINVAL && g == NULL && strstr(err, "no GeoIP database"),
     "no path at all: EINVAL, *out NULL, a message");
  is_int(geoip_open(NULL, NULL, &g, NULL), PP_EINVAL, "errbuf may be NULL");
  pp_addr_parse(&a, "192.0.2.1");
  memset(&gi, 0x55, sizeof(gi));
  rc = geoip_lookup(NULL, &a, &gi);
  ok(rc == PP_EINVAL && gi.asn == 0 && gi.country_prefix == -1 &&
     gi.as_org[0] == '\0', "lookup without a handle: EINVAL, out cleared");
  is_int(geoip_lookup(NULL, NULL, NULL), PP_EINVAL, "lookup of NULLs");
  ok(geoip_db_desc(NULL, GEOIP_DB_COUNTRY) == NULL, "desc of NULL");
  geoip_close(NULL);
  ok(1, "geoip_close(NULL)");

#ifndef HAVE_MAXMINDDB
  rc = geoip_open("/nonexistent/country.mmdb", NULL, &g, err);
  ok(rc == PP_ENOTSUP && g == NULL, "built without libmaxminddb: ENOTSUP");
  ok(strstr(err, "libmaxminddb-dev") && strstr(err, "rebuild"),
     "and the message says what to install: %s", err);
  (void)path;
#else
  rc = geoip_open("/nonexistent/country.mmdb", NULL, &g, err);
  ok(rc == PP_ENOENT && g == NULL &&
     strstr(err, "/nonexistent/country.mmdb"),
     "missing file: ENOENT naming it (%s)", err);
  rc = geoip_open(NULL, "/nonexistent/asn.mmdb", &g, err);
  ok(rc == PP_ENOENT && strstr(err, "asn.mmdb"), "missing ASN file");
  if(!tmpdir[0]) {
    ok(0, "temporary folder");
    return;
  }
  rc = geoip_open(tmpdir, NULL, &g, err);
  ok(rc == PP_EINVAL && strstr(err, "not a regular file"),
     "a folder: EINVAL, not a regular file");
  rc = geoip_open("/dev/null", NULL, &g, err);
  ok(rc == PP_EINVAL, "a device: EINVAL");
  tmp_path(path, sizeof(path), "fifo");
  if(mkfifo(path, 0600) == 0) {
    rc = geoip_open(path, NULL, &g, err);
    ok(rc == PP_EINVAL, "a FIFO: EINVAL, and no hang");
    unlink(path);
  }
  tmp_path(path, sizeof(path), "empty.mmdb");
  write_file(path, (const uint8_t *)"", 0);
  rc = geoip_open(path, NULL, &g, err);
  ok(rc == PP_EFORMAT && strstr(err, "empty"), "an empty file: EFORMAT (%s)",
     err);
  unlink(path);
  tmp_path(path, sizeof(path), "text.mmdb");
  write_file(path, (const uint8_t *)"hello\n", 6);
  rc = geoip_open(path, NULL, &g, err);
  ok(rc == PP_EFORMAT && strstr(err, "not a MaxMind DB"),
     "a text file: EFORMAT (%s)", err);
  unlink(path);
  /* the marker and a deep metadata map, which libmaxminddb 1.7.1 would
   * recurse into */
  {
    uint32_t d;
    ml = 0;
    memcpy(mb, "\xab\xcd\xef" "MaxMind.com", 14);
    ml = 14;
    ctrl(T_MAP, 2);
    str("a");
    for(d = 0; d < 100000; d++) {
      ctrl(T_MAP, 1);
      str("a");
    }
    str("x");
    str("node_count");
    num(T_U32, 1, 1);
    tmp_path(path, sizeof(path), "deepmeta.mmdb");
    write_file(path, mb, ml);
    rc = geoip_open(path, NULL, &g, err);
    ok(rc == PP_EFORMAT && strstr(err, "metadata"),
       "metadata nested 100000 deep: EFORMAT before libmaxminddb (%s)",
       err);
    unlink(path);
  }
#endif
}

#ifdef HAVE_MAXMINDDB

struct want {
  const char *addr;
  int rc;
  const char *cc, *reg;
  uint32_t asn;
  const char *org;
  int cplen, aplen;
};

static void check_lookups(struct geoip *g, const struct want *w, size_t n,
                          const char *what)
{
  struct geoip_info gi;
  struct pp_addr a;
  size_t i;
  int rc;

  for(i = 0; i < n; i++) {
    bool good;
    if(pp_addr_parse(&a, w[i].addr) != PP_OK) {
      ok(0, "%s: parse %s", what, w[i].addr);
      continue;
    }
    rc = geoip_lookup(g, &a, &gi);
    good = rc == w[i].rc && strcmp(gi.country, w[i].cc) == 0 &&
           strcmp(gi.registered_country, w[i].reg) == 0 &&
           gi.asn == w[i].asn && strcmp(gi.as_org, w[i].org) == 0 &&
           gi.country_prefix == w[i].cplen && gi.asn_prefix == w[i].aplen;
    ok(good, "%s: %s -> %s %s/%s AS%u '%s' /%d /%d", what, w[i].addr,
       rcname(w[i].rc), w[i].cc, w[i].reg, (unsigned)w[i].asn, w[i].org,
       w[i].cplen, w[i].aplen);
    if(!good)
      diag("got %s %s/%s AS%u '%s' /%d /%d", rcname(rc), gi.country,
           gi.registered_country, (unsigned)gi.asn, gi.as_org,
           gi.country_prefix, gi.asn_prefix);
  }
}

#define ORG_VN "C\xc3\xb4ng ty B\xc3\xa1o Test"

static void test_databases(const char *cdb, const char *adb)
{
  /* the prefix is that of the tree's record: 192.0.2.128/25 splits
   * 192.0.2.0/24 into two /25s, 2001:db8:abcd::/48 leaves 2001:db8::1
   * in a /33 (as MaxMind's own readers say) */
  static const struct want both[] = {
    { "192.0.2.1", PP_OK, "VN", "VN", 64500, ORG_VN, 25, 25 },
    { "192.0.2.127", PP_OK, "VN", "VN", 64500, ORG_VN, 25, 25 },
    { "192.0.2.200", PP_OK, "SG", "VN", 64502, "Nested Net", 25, 25 },
    { "198.51.100.7", PP_OK, "SG", "US", 64501, "Example SG Pte Ltd",
      24, 24 },
    { "::ffff:192.0.2.1", PP_OK, "VN", "VN", 64500, ORG_VN, 25, 25 },
    { "::ffff:198.51.100.9", PP_OK, "SG", "US", 64501,
      "Example SG Pte Ltd", 24, 24 },
    { "2001:db8::1", PP_OK, "VN", "VN", 64500, ORG_VN, 33, 32 },
    { "2001:db8:abcd:1::5", PP_OK, "JP", "JP", 64500, ORG_VN, 48, 32 },
    { "203.0.113.1", PP_ENOTFOUND, "", "", 0, "", -1, -1 },
    { "10.0.0.1", PP_ENOTFOUND, "", "", 0, "", -1, -1 },
    { "2001:db9::1", PP_ENOTFOUND, "", "", 0, "", -1, -1 },
    { "::1", PP_ENOTFOUND, "", "", 0, "", -1, -1 },
  };
  static const struct want country_only[] = {
    { "192.0.2.1", PP_OK, "VN", "VN", 0, "", 25, -1 },
    { "2001:db8::1", PP_OK, "VN", "VN", 0, "", 33, -1 },
  };
  char err[PP_ERRBUF_SIZE];
  struct geoip *g = NULL;
  int rc;

  rc = geoip_open(cdb, adb, &g, err);
  if(!ok(rc == PP_OK && g, "open both databases (%s)", err))
    return;
  is_str(geoip_db_desc(g, GEOIP_DB_COUNTRY),
         "GeoLite2-Country, built 2023-11-14", "country description");
  is_str(geoip_db_desc(g, GEOIP_DB_ASN), "GeoLite2-ASN, built 2023-11-14",
         "ASN description");
  ok(geoip_db_desc(g, (enum geoip_db)7) == NULL, "desc of a bad index");
  check_lookups(g, both, PP_ARRAY_LEN(both), "both");
  {
    struct pp_addr a;
    struct geoip_info gi;
    memset(&a, 0, sizeof(a));
    is_int(geoip_lookup(g, &a, &gi), PP_EINVAL, "family 0: EINVAL");
    a.family = 5;
    is_int(geoip_lookup(g, &a, &gi), PP_EINVAL, "family 5: EINVAL");
    pp_addr_parse(&a, "192.0.2.1");
    rc = geoip_lookup(g, &a, &gi);
    ok(rc == PP_OK && memcmp(gi.as_org, ORG_VN, sizeof(ORG_VN)) == 0,
       "the Vietnamese organisation survives byte for byte");
  }
  geoip_close(g);

  rc = geoip_open(cdb, NULL, &g, err);
  ok(rc == PP_OK && geoip_db_desc(g, GEOIP_DB_ASN) == NULL,
     "country only: no ASN description");
  if(rc == PP_OK)
    check_lookups(g, country_only, PP_ARRAY_LEN(country_only), "country");
  geoip_close(g);

  /* the wrong kind */
  rc = geoip_open(NULL, cdb, &g, err);
  ok(rc == PP_EFORMAT && g == NULL && strstr(err, cdb) &&
     strstr(err, "'GeoLite2-Country'") && strstr(err, "not an ASN"),
     "a country file as the ASN database: EFORMAT naming file and type "
     "(%s)", err);
  rc = geoip_open(adb, NULL, &g, err);
  ok(rc == PP_EFORMAT && strstr(err, adb) &&
     strstr(err, "'GeoLite2-ASN'") && strstr(err, "not a country"),
     "an ASN file as the country database: EFORMAT (%s)", err);
  rc = geoip_open(cdb, cdb, &g, err);
  ok(rc == PP_EFORMAT && g == NULL, "good country, wrong ASN: nothing "
     "opened");

  /* allocation failures: each a clean ENOMEM */
  {
    long n;
    bool clean = true;
    for(n = 0; n < 20; n++) {
      pp_alloc_fail_after(n);
      rc = geoip_open(cdb, adb, &g, err);
      pp_alloc_fail_after(-1);
      if(rc == PP_OK)
        break;
      if(rc != PP_ENOMEM || g != NULL)
        clean = false;
    }
    ok(clean && rc == PP_OK, "allocation failures: ENOMEM until %ld "
       "allocations succeed", n);
    geoip_close(g);
  }
}

static void test_v4_tree(const char *path)
{
  static const struct want w[] = {
    { "192.0.2.1", PP_OK, "VN", "VN", 0, "", 25, -1 },
    { "192.0.2.129", PP_OK, "SG", "VN", 0, "", 25, -1 },
    { "::ffff:198.51.100.1", PP_OK, "SG", "US", 0, "", 24, -1 },
    { "2001:db8::1", PP_ENOTFOUND, "", "", 0, "", -1, -1 },
    { "203.0.113.9", PP_ENOTFOUND, "", "", 0, "", -1, -1 },
  };
  char err[PP_ERRBUF_SIZE];
  struct geoip *g = NULL;
  int rc = geoip_open(path, NULL, &g, err);
  if(!ok(rc == PP_OK, "open the IPv4-only tree (%s)", err))
    return;
  check_lookups(g, w, PP_ARRAY_LEN(w), "v4 tree");
  geoip_close(g);
}

static void test_odd(const char *ocdb, const char *oadb)
{
  static const struct want wc[] = {
    { "192.0.2.1", PP_EFORMAT, "", "", 0, "", -1, -1 },
    { "198.51.100.1", PP_EFORMAT, "", "", 0, "", -1, -1 },
    { "198.51.100.129", PP_OK, "VN", "", 0, "", 25, -1 },
    { "203.0.113.1", PP_OK, "", "", 0, "", 25, -1 },
    { "203.0.113.129", PP_OK, "", "", 0, "", 25, -1 },
    { "2001:db8::1", PP_EFORMAT, "", "", 0, "", -1, -1 },
  };
  static const struct want wa[] = {
    { "192.0.2.1", PP_EFORMAT, "", "", 0, "", -1, -1 },
    { "198.51.100.1", PP_OK, "", "", 64501, "CtlOrg Name evil", -1, 24 },
    { "203.0.113.129", PP_EFORMAT, "", "", 0, "", -1, -1 },
    { "2001:db8::1", PP_EFORMAT, "", "", 0, "", -1, -1 },
    { "2001:db8:1::1", PP_OK, "", "", 64503,
      "a\xef\xbf\xbd" "b\xef\xbf\xbd(c\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"
      "de", -1, 48 },
    { "2001:db8:2::1", PP_OK, "", "", 0, "No number", -1, 48 },
  };
  char err[PP_ERRBUF_SIZE];
  struct geoip *g = NULL;
  struct geoip_info gi;
  struct pp_addr a;
  int rc;

  if(ocdb) {
    rc = geoip_open(ocdb, NULL, &g, err);
    if(ok(rc == PP_OK, "open the odd country file (%s)", err))
      check_lookups(g, wc, PP_ARRAY_LEN(wc), "odd country");
    geoip_close(g);
    g = NULL;
  }
  if(!oadb)
    return;
  rc = geoip_open(NULL, oadb, &g, err);
  if(!ok(rc == PP_OK, "open the odd ASN file (%s)", err))
    return;
  check_lookups(g, wa, PP_ARRAY_LEN(wa), "odd ASN");
  pp_addr_parse(&a, "203.0.113.1");
  rc = geoip_lookup(g, &a, &gi);
  ok(rc == PP_OK && gi.asn == 4200000000u && strlen(gi.as_org) <= 127 &&
     strlen(gi.as_org) >= 120 &&
     u8_check((const uint8_t *)gi.as_org, strlen(gi.as_org)) == NULL &&
     strncmp(gi.as_org, "B\xc3\xa1o B\xc3\xa1o", 9) == 0 &&
     gi.as_org[strlen(gi.as_org) - 1] != ' ',
     "a 375-byte organisation is capped at a character, no trailing "
     "space (%zu bytes)", strlen(gi.as_org));
  geoip_close(g);

  /* EFORMAT from one file keeps what the other gave */
  if(ocdb) {
    rc = geoip_open(ocdb, oadb, &g, err);
    pp_addr_parse(&a, "198.51.100.1");      /* country bad, ASN good */
    rc = rc ? rc : geoip_lookup(g, &a, &gi);
    ok(rc == PP_EFORMAT && gi.asn == 64501 && gi.asn_prefix == 24 &&
       gi.country_prefix == -1, "one file bad, the other's fields kept");
    geoip_close(g);
  }
}

/* What the damaged copies gave. */
struct damage {
  int bad;                /* a code or a result that is not clean */
  int opened;             /* copies that opened */
  int eformat;            /* lookups that said PP_EFORMAT */
  int found;              /* lookups that found something */
};

/* Open a damaged copy and look a few addresses up: only clean codes. */
static void try_damaged(const char *path, bool as_asn, struct damage *dm)
{
  static const char *addrs[] = {
    "192.0.2.1", "192.0.2.200", "198.51.100.7", "2001:db8::1",
    "2001:db8:abcd::1", "203.0.113.5", "::ffff:192.0.2.1",
  };
  char err[PP_ERRBUF_SIZE];
  struct geoip *g = NULL;
  struct geoip_info gi;
  struct pp_addr a;
  size_t i;
  int rc = geoip_open(as_asn ? NULL : path, as_asn ? path : NULL, &g, err);
  if(rc != PP_OK) {
    if(rc != PP_EFORMAT || !err[0] || g) {
      diag("open: %s %s", rcname(rc), err);
      dm->bad++;
    }
    return;
  }
  dm->opened++;
  for(i = 0; i < PP_ARRAY_LEN(addrs); i++) {
    pp_addr_parse(&a, addrs[i]);
    rc = geoip_lookup(g, &a, &gi);
    if(rc == PP_EFORMAT)
      dm->eformat++;
    else if(rc == PP_OK)
      dm->found++;
    else if(rc != PP_ENOTFOUND)
      dm->bad++;
    if(strlen(gi.as_org) >= GEOIP_ORG_MAX ||
       u8_check((const uint8_t *)gi.as_org, strlen(gi.as_org)) ||
       (gi.country[0] && strlen(gi.country) != 2))
      dm->bad++;
  }
  geoip_close(g);
}

static void test_damaged(const char *src, bool as_asn, const char *what)
{
  struct damage dm;
  char path[512];
  uint8_t *p;
  size_t n = 0, i;

  p = read_file(src, &n);
  if(!ok(p != NULL, "%s: read %s", what, src))
    return;
  tmp_path(path, sizeof(path), "damaged.mmdb");
  memset(&dm, 0, sizeof(dm));
  for(i = 1; i < n; i++) {
    write_file(path, p, i);
    try_damaged(path, as_asn, &dm);
  }
  is_int(dm.bad, 0, "%s: every truncation (%zu) is a clean error", what,
         n - 1);
  memset(&dm, 0, sizeof(dm));
  for(i = 0; i < n; i++) {
    uint8_t keep = p[i];
    p[i] = (uint8_t)(keep ^ (1u << (xorshift() % 8)));
    write_file(path, p, n);
    try_damaged(path, as_asn, &dm);
    p[i] = (uint8_t)(keep ^ 0xff);
    write_file(path, p, n);
    try_damaged(path, as_asn, &dm);
    p[i] = keep;
  }
  is_int(dm.bad, 0, "%s: a bit flip and a byte inverted at every offset "
         "(%zu): clean errors or clean lookups", what, n);
  diag("%s: %d damaged copies opened; their lookups: %d found, %d "
       "PP_EFORMAT", what, dm.opened, dm.found, dm.eformat);
  unlink(path);
  free(p);
}

#endif /* HAVE_MAXMINDDB */

/* ---- --open: one run on a file the script made ------------------------- */

static int probe(int argc, char **argv)
{
  char err[PP_ERRBUF_SIZE];
  struct geoip *g = NULL;
  const char *c = strcmp(argv[2], "-") ? argv[2] : NULL;
  const char *s = strcmp(argv[3], "-") ? argv[3] : NULL;
  int i, rc;

  rc = geoip_open(c, s, &g, err);
  printf("open: %s: %s\n", rcname(rc), rc ? err : "");
  for(i = 4; rc == PP_OK && i < argc; i++) {
    struct geoip_info gi;
    struct pp_addr a;
    int lrc;
    if(pp_addr_parse(&a, argv[i]) != PP_OK) {
      printf("lookup %s: bad address\n", argv[i]);
      continue;
    }
    lrc = geoip_lookup(g, &a, &gi);
    printf("lookup %s: %s %s %s %u /%d /%d %s\n", argv[i], rcname(lrc),
           gi.country[0] ? gi.country : "-",
           gi.registered_country[0] ? gi.registered_country : "-",
           (unsigned)gi.asn, gi.country_prefix, gi.asn_prefix, gi.as_org);
  }
  geoip_close(g);
  return 0;
}

int main(int argc, char **argv)
{
  const char *cdb = getenv("GEOIP_TEST_COUNTRY");
  const char *adb = getenv("GEOIP_TEST_ASN");

  if(argc >= 4 && strcmp(argv[1], "--open") == 0)
    return probe(argc, argv);
  if(argc > 1) {
    fprintf(stderr, "usage: test_geoip [--open COUNTRY|- ASN|- "
            "[ADDRESS...]]\n");
    return 64;
  }
  make_tmpdir();
  test_types();
  test_clean_org();
  test_record_country();
  test_record_hostile();
  test_record_asn();
  test_meta();
  test_open_args();
#ifdef HAVE_MAXMINDDB
  if(cdb && *cdb && adb && *adb) {
    const char *v4 = getenv("GEOIP_TEST_COUNTRY_V4");
    const char *oc = getenv("GEOIP_TEST_ODD_COUNTRY");
    const char *oa = getenv("GEOIP_TEST_ODD_ASN");
    test_databases(cdb, adb);
    if(v4 && *v4)
      test_v4_tree(v4);
    test_odd(oc && *oc ? oc : NULL, oa && *oa ? oa : NULL);
    test_damaged(cdb, false, "country file");
    test_damaged(adb, true, "ASN file");
  }
  else
    diag("GEOIP_TEST_COUNTRY/GEOIP_TEST_ASN not set: database tests "
         "skipped (tests/scripts/geoip.sh sets them)");
#else
  (void)cdb;
  (void)adb;
  diag("built without libmaxminddb: database tests skipped");
#endif
  if(tmpdir[0])
    rmdir(tmpdir);
  return tap_done();
}
