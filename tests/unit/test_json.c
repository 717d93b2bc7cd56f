/*
 * test_json.c: the JSON writer (pp_json.c), ISO 8601 times, base64 and
 * the JSON lines record sink (pp_jsonl.c).
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include <math.h>

#include "pp_err.h"
#include "pp_hll.h"
#include "pp_json.h"
#include "pp_jsonl.h"

/* Output capture: every test writes to a memory stream, then compares. */
static char *mem;
static size_t mem_len;
static FILE *mf;

static struct pp_jsonw *start(void)
{
  static struct pp_jsonw w;
  free(mem);
  mem = NULL;
  mf = open_memstream(&mem, &mem_len);
  jsonw_init(&w, mf);
  return &w;
}

static const char *output(void)
{
  fclose(mf);
  mf = NULL;
  return mem;
}

static void test_structure(void)
{
  struct pp_jsonw *w = start();
  jsonw_obj_begin(w);
  jsonw_key(w, "a");
  jsonw_u64(w, 1);
  jsonw_key(w, "b");
  jsonw_arr_begin(w);
  jsonw_i64(w, -2);
  jsonw_arr_begin(w);
  jsonw_arr_end(w);
  jsonw_obj_begin(w);
  jsonw_key(w, "c");
  jsonw_null(w);
  jsonw_obj_end(w);
  jsonw_str(w, NULL);
  jsonw_arr_end(w);
  jsonw_key(w, "d");
  jsonw_bool(w, true);
  jsonw_key(w, "e");
  jsonw_obj_begin(w);
  jsonw_obj_end(w);
  jsonw_key(w, "max");
  jsonw_u64(w, UINT64_MAX);
  jsonw_key(w, "min");
  jsonw_i64(w, INT64_MIN);
  jsonw_obj_end(w);
  is_int(jsonw_error(w), PP_OK, "no error");
  is_str(output(), "{\"a\":1,\"b\":[-2,[],{\"c\":null},null],\"d\":true,"
         "\"e\":{},\"max\":18446744073709551615,"
         "\"min\":-9223372036854775808}", "nesting and commas");

  w = start();
  jsonw_u64(w, 1);
  jsonw_arr_begin(w);
  jsonw_arr_end(w);
  is_int(jsonw_error(w), PP_OK, "two top-level values");
  is_str(output(), "1\n[]", "top-level values are lines");
}

static void test_errors(void)
{
  struct pp_jsonw *w = start();
  FILE *full;
  int i;

  for(i = 0; i < PP_JSON_DEPTH_MAX + 2; i++)
    jsonw_arr_begin(w);
  is_int(jsonw_error(w), PP_ELIMIT, "too deep: ELIMIT");
  output();

  w = start();
  jsonw_arr_end(w);
  is_int(jsonw_error(w), PP_EINVAL, "end without begin: EINVAL");
  output();
  w = start();
  jsonw_obj_begin(w);
  jsonw_key(w, "k");
  jsonw_obj_end(w);
  is_int(jsonw_error(w), PP_EINVAL, "key without value: EINVAL");
  output();
  w = start();
  jsonw_obj_begin(w);
  is_int(jsonw_error(w), PP_EINVAL, "unfinished document: EINVAL");
  output();

  full = fopen("/dev/full", "w");
  if(full) {
    struct pp_jsonw fw;
    setvbuf(full, NULL, _IONBF, 0);
    jsonw_init(&fw, full);
    jsonw_str(&fw, "x");
    is_int(jsonw_error(&fw), PP_EIO, "write error: EIO");
    fclose(full);
  }
  else
    ok(1, "# SKIP no /dev/full");
}

static void check_str(const char *in, size_t n, const char *want,
                      const char *what)
{
  struct pp_jsonw *w = start();
  jsonw_strn(w, in, n);
  is_int(jsonw_error(w), PP_OK, "%s: no error", what);
  is_str(output(), want, "%s", what);
}

#define S(lit) lit, sizeof(lit) - 1
#define FFFD "\xef\xbf\xbd"

static void test_strings(void)
{
  check_str(S("plain"), "\"plain\"", "plain ASCII");
  check_str(S("q\"b\\s/"), "\"q\\\"b\\\\s/\"", "quote and backslash");
  check_str(S("\b\f\n\r\t"), "\"\\b\\f\\n\\r\\t\"", "short escapes");
  check_str(S("\x01\x1f\x7f"), "\"\\u0001\\u001f\x7f\"", "control chars");
  check_str(S("a\0b"), "\"a\\u0000b\"", "NUL inside strn");
  check_str(S("b\xc3\xbc" "cher"), "\"b\xc3\xbc" "cher\"", "UTF-8 kept");
  check_str(S("\xe1\xba\xa1 \xf0\x9f\x93\xb0"), "\"\xe1\xba\xa1 \xf0\x9f"
            "\x93\xb0\"", "3- and 4-byte UTF-8 kept");
  check_str(S("\x80"), "\"" FFFD "\"", "lone continuation");
  check_str(S("\xc0\xaf"), "\"" FFFD FFFD "\"", "overlong 2-byte");
  check_str(S("\xe0\x80\x80"), "\"" FFFD FFFD FFFD "\"", "overlong 3-byte");
  check_str(S("\xed\xa0\x80"), "\"" FFFD FFFD FFFD "\"", "surrogate");
  check_str(S("\xf4\x90\x80\x80"), "\"" FFFD FFFD FFFD FFFD "\"",
            "above U+10FFFF");
  check_str(S("\xf0\x9f\x93" "A"), "\"" FFFD "A\"",
            "cut 4-byte sequence: one U+FFFD");
  check_str(S("x\xe2\x82"), "\"x" FFFD "\"", "cut at the end");
  check_str(S("\xff\xfe"), "\"" FFFD FFFD "\"", "ff fe");
  check_str(NULL, 0, "\"\"", "strn(NULL, 0)");
}

static void check_double(double v, const char *want)
{
  struct pp_jsonw *w = start();
  jsonw_double(w, v);
  is_str(output(), want, "double %s", want);
}

static void test_numbers(void)
{
  char buf[40];
  check_double(0.1, "0.1");
  check_double(3.0, "3");
  check_double(-0.5, "-0.5");
  check_double(1e300, "1e+300");
  check_double(1.0 / 3.0, "0.33333333333333331");
  check_double((double)NAN, "null");
  check_double(HUGE_VAL, "null");
  c_locale_number("3,25", buf, sizeof(buf));
  is_str(buf, "3.25", "comma decimal point becomes '.'");
  c_locale_number("-3\xd9\xab" "25e-07", buf, sizeof(buf));
  is_str(buf, "-3.25e-07", "multibyte decimal point becomes '.'");
}

static void test_times(void)
{
  char buf[PP_TIME_ISO_USEC_LEN];
  struct pp_jsonw *w;

  is_str(pp_time_iso(0, buf, sizeof(buf)), "1970-01-01T00:00:00Z", "epoch");
  is_str(pp_time_iso(1727784000123456ull, buf, sizeof(buf)),
         "2024-10-01T12:00:00Z", "seconds, fraction dropped");
  is_str(pp_time_iso_usec(1727784000123456ull, buf, sizeof(buf)),
         "2024-10-01T12:00:00.123456Z", "microseconds");
  is_str(pp_time_iso_usec(5, buf, sizeof(buf)),
         "1970-01-01T00:00:00.000005Z", "leading zeros");
  is_str(pp_time_iso(UINT64_MAX, buf, sizeof(buf)), "9999-12-31T23:59:59Z",
         "far future clamps");
  is_str(pp_time_iso_usec(UINT64_MAX, buf, sizeof(buf)),
         "9999-12-31T23:59:59.999999Z", "far future clamps (usec)");
  is_str(pp_time_iso(0, buf, PP_TIME_ISO_LEN - 1), "", "short buffer: \"\"");
  is_str(pp_time_iso(0, buf, PP_TIME_ISO_LEN), "1970-01-01T00:00:00Z",
         "PP_TIME_ISO_LEN is enough");
  w = start();
  jsonw_arr_begin(w);
  jsonw_time(w, 1727784000000000ull);
  jsonw_time_usec(w, 1727784000000001ull);
  jsonw_arr_end(w);
  is_str(output(), "[\"2024-10-01T12:00:00Z\","
         "\"2024-10-01T12:00:00.000001Z\"]", "jsonw_time, jsonw_time_usec");
}

static void test_base64(void)
{
  static const char *const vec[][2] = {
    {"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"},
    {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"},
  };
  static const char *const bad[] = {
    "Zg=", "Z===", "====", "Zg==Zg==", "Zh==", "Zm9=", "Zm9v\n", "Zm-v",
    "Zm9 ", "Zg=a",
  };
  char text[16];
  uint8_t out[16];
  size_t i, len;
  struct pp_rd r;

  for(i = 0; i < PP_ARRAY_LEN(vec); i++) {
    size_t n = strlen(vec[i][0]);
    len = jsonl_base64_encode(vec[i][0], n, text, sizeof(text));
    ok(len == strlen(vec[i][1]) && !strcmp(text, vec[i][1]),
       "encode \"%s\" = \"%s\"", vec[i][0], text);
    rd_init(&r, vec[i][1], strlen(vec[i][1]));
    ok(jsonl_base64_decode(&r, strlen(vec[i][1]), out, sizeof(out), &len)
       == PP_OK && len == n && !memcmp(out, vec[i][0], n) &&
       rd_left(&r) == 0, "decode \"%s\"", vec[i][1]);
  }
  for(i = 0; i < PP_ARRAY_LEN(bad); i++) {
    rd_init(&r, bad[i], strlen(bad[i]));
    is_int(jsonl_base64_decode(&r, strlen(bad[i]), out, sizeof(out), &len),
           PP_EMALFORMED, "refuse \"%s\"",
           strchr(bad[i], '\n') ? "Zm9v\\n" : bad[i]);
  }
  rd_init(&r, "Zm9v", 4);
  is_int(jsonl_base64_decode(&r, 8, out, sizeof(out), &len), PP_ETRUNC,
         "text shorter than n: ETRUNC");
  rd_init(&r, "Zm9vYmFy", 8);
  is_int(jsonl_base64_decode(&r, 8, out, 5, &len), PP_ERANGE,
         "output too small: ERANGE");
  rd_init(&r, "Zm9vYmFy", 8);
  ok(jsonl_base64_decode(&r, 4, out, sizeof(out), &len) == PP_OK &&
     len == 3 && rd_left(&r) == 4, "decodes only n bytes of the cursor");
  is_int(jsonl_base64_encode("foo", 3, text, 4), 0, "encode: cap too small");
  is_str(text, "", "encode: cap too small gives \"\"");
}

static void test_record(void)
{
  struct pp_addr servers[3];
  struct pp_path_sample paths[2] = {{"/news", 3}, {"/a\"b", 1}};
  struct pp_record rec;
  struct pp_hll *h = pp_hll_new(), *back = pp_hll_new();
  const char *line, *p;
  uint8_t blob[PP_HLL_SERIAL_MAX];
  size_t len = 0;
  struct pp_rd r;
  FILE *full;

  pp_addr_parse(&servers[0], "192.0.2.1");
  pp_addr_parse(&servers[1], "2001:db8::1");
  memset(&servers[2], 0, sizeof(servers[2]));   /* no family: skipped */
  pp_hll_add(h, 0x0123456789abcdefull);
  pp_hll_add(h, 0xfedcba9876543210ull);

  memset(&rec, 0, sizeof(rec));
  rec.name = "www.xn--bcher-kva.example";
  rec.site = "xn--bcher-kva.example";
  rec.unicode = "www.b\xc3\xbc" "cher.example";
  rec.bucket_start = 1727784000000000ull;
  rec.bucket_seconds = 3600;
  rec.first_seen = 1727784003250000ull;
  rec.last_seen = 1727787599999999ull;
  rec.flows = 2;
  rec.packets = 40;
  rec.bytes_up = 1200;
  rec.bytes_down = 48000;
  rec.lookups = 1;
  rec.via = PP_VIA_TLS | PP_VIA_DNS;
  rec.clients = h;
  rec.proto = "TLS";
  rec.category = NULL;
  rec.servers = servers;
  rec.n_servers = 3;
  rec.paths = paths;
  rec.n_paths = 2;

  start();
  is_int(jsonl_write_record(mf, &rec), PP_OK, "write record");
  rec.unicode = NULL;
  rec.clients = NULL;
  rec.via = 0;
  rec.servers = NULL;
  rec.paths = NULL;
  is_int(jsonl_write_record(mf, &rec), PP_OK, "write sparse record");
  line = output();
  is_str(line,
         "{\"bucket\":\"2024-10-01T12:00:00Z\",\"bucket_seconds\":3600,"
         "\"name\":\"www.xn--bcher-kva.example\","
         "\"site\":\"xn--bcher-kva.example\","
         "\"unicode\":\"www.b\xc3\xbc" "cher.example\","
         "\"first_seen\":\"2024-10-01T12:00:03.250000Z\","
         "\"last_seen\":\"2024-10-01T12:59:59.999999Z\","
         "\"flows\":2,\"packets\":40,\"bytes_up\":1200,\"bytes_down\":48000,"
         "\"lookups\":1,\"via\":[\"tls\",\"dns\"],\"clients\":2,"
         "\"clients_hll\":\"AQAMAgASAAPtDwE=\","   /* (18,3) (4077,1) */
         "\"proto\":\"TLS\",\"category\":null,"
         "\"servers\":[\"192.0.2.1\",\"2001:db8::1\"],"
         "\"paths\":[{\"path\":\"/news\",\"hits\":3},"
         "{\"path\":\"/a\\\"b\",\"hits\":1}]}\n"
         "{\"bucket\":\"2024-10-01T12:00:00Z\",\"bucket_seconds\":3600,"
         "\"name\":\"www.xn--bcher-kva.example\","
         "\"site\":\"xn--bcher-kva.example\","
         "\"first_seen\":\"2024-10-01T12:00:03.250000Z\","
         "\"last_seen\":\"2024-10-01T12:59:59.999999Z\","
         "\"flows\":2,\"packets\":40,\"bytes_up\":1200,\"bytes_down\":48000,"
         "\"lookups\":1,\"via\":[],\"clients\":0,"
         "\"clients_hll\":\"AQAMAAA=\","
         "\"proto\":\"TLS\",\"category\":null,\"servers\":[],\"paths\":[]}\n",
         "two lines, exact");

  /* The sketch survives the trip through base64. */
  p = line ? strstr(line, "\"clients_hll\":\"") : NULL;
  if(p) {
    p += strlen("\"clients_hll\":\"");
    rd_init(&r, p, strcspn(p, "\""));
    ok(jsonl_base64_decode(&r, strcspn(p, "\""), blob, sizeof(blob), &len)
       == PP_OK && pp_hll_merge_serialized(back, blob, len) == PP_OK &&
       pp_hll_estimate(back) == pp_hll_estimate(h),
       "clients_hll decodes to the same sketch");
  }
  else
    ok(0, "clients_hll present");

  is_int(jsonl_write_record(NULL, &rec), PP_EINVAL, "NULL file");
  full = fopen("/dev/full", "w");
  if(full) {
    setvbuf(full, NULL, _IONBF, 0);
    is_int(jsonl_write_record(full, &rec), PP_EIO, "write error: EIO");
    fclose(full);
  }
  pp_hll_free(h);
  pp_hll_free(back);
}

int main(void)
{
  test_structure();
  test_errors();
  test_strings();
  test_numbers();
  test_times();
  test_base64();
  test_record();
  free(mem);
  return tap_done();
}
