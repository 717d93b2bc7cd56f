/*
 * test_acmatch.c: the multi-pattern matcher (classify/acmatch.c).
 *
 * The classic he/she/his/hers set, overlapping and nested patterns,
 * prefixes and suffixes of each other, duplicates (also thousands of
 * them), word boundaries next to ASCII, Vietnamese letters, marks,
 * multi-byte punctuation and broken UTF-8, all 256 byte values, patterns
 * longer than the text, empty text, leftmost-longest, a callback that
 * stops the scan, the caps (PP_ELIMIT), argument checks, every allocation
 * failing in turn, scans from several threads at once, long texts through
 * the interleaved lanes (their seams, full event buffers), and thousands
 * of random pattern sets and texts over small alphabets compared with the
 * naive matcher of tests/acmatch_ref.h.  Every case runs with the whole
 * automaton dense, with the root alone dense, and in between; the random
 * ones also with lanes of a few bytes.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include <pthread.h>

#include "acmatch.h"
#include "acmatch_ref.h"
#include "pp_alloc.h"
#include "pp_err.h"

/* Dense limits every fixed case runs under: root only, a few rows, all. */
static const size_t limits[] = { 0, 100, AC_DENSE_DEFAULT };

struct tp {
  const char *s;
  uint32_t id;
  unsigned flags;
};

static int collect(void *user, uint32_t id, size_t start, size_t end)
{
  ref_push(user, id, start, end);
  return 0;
}

static struct ac *build(const struct tp *p, size_t n, size_t dense)
{
  struct ac *ac = ac_new();
  size_t i;
  if(!ac || ac_set_dense_limit(ac, dense))
    goto fail;
  for(i = 0; i < n; i++)
    if(ac_add(ac, p[i].s, strlen(p[i].s), p[i].id, p[i].flags))
      goto fail;
  if(ac_compile(ac))
    goto fail;
  return ac;
fail:
  ac_free(ac);
  return NULL;
}

/* "id@start-end ..." of the matches (with_pos false: ids only). */
static const char *fmt(const struct ref_list *l, bool with_pos)
{
  static char buf[8192];
  size_t i, o = 0;
  buf[0] = '\0';
  for(i = 0; i < l->n && o < sizeof(buf) - 64; i++) {
    if(with_pos)
      o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s%u@%zu-%zu",
                            i ? " " : "", l->m[i].id, l->m[i].start,
                            l->m[i].end);
    else
      o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s%u", i ? " " : "",
                            l->m[i].id);
  }
  return buf;
}

static const char *scan_str(const struct ac *ac, const char *text,
                            unsigned mode, bool with_pos)
{
  struct ref_list l = { 0 };
  const char *s;
  int rc = ac_scan(ac, text, strlen(text), mode, collect, &l);
  s = rc ? "(error)" : fmt(&l, with_pos);
  ref_clear(&l);
  return s;
}

/* Build p under every dense limit and check both modes on text. */
static void check_set(const char *what, const struct tp *p, size_t n,
                      const char *text, const char *want_all,
                      const char *want_ll)
{
  size_t k;
  for(k = 0; k < PP_ARRAY_LEN(limits); k++) {
    struct ac *ac = build(p, n, limits[k]);
    if(!ok(ac != NULL, "%s: build (dense %zu)", what, limits[k]))
      continue;
    is_str(scan_str(ac, text, AC_SCAN_ALL, true), want_all,
           "%s: all matches (dense %zu)", what, limits[k]);
    is_str(scan_str(ac, text, AC_SCAN_LEFTMOST_LONGEST, true), want_ll,
           "%s: leftmost-longest (dense %zu)", what, limits[k]);
    ac_free(ac);
  }
}

static void test_classic(void)
{
  static const struct tp hs[] = {
    { "he", 0, 0 }, { "she", 1, 0 }, { "his", 2, 0 }, { "hers", 3, 0 },
  };
  static const struct tp nest[] = {
    { "a", 0, 0 }, { "aa", 1, 0 }, { "aaa", 2, 0 },
  };
  static const struct tp fix[] = {
    { "abcd", 0, 0 }, { "abc", 1, 0 }, { "ab", 2, 0 }, { "bcd", 3, 0 },
    { "cd", 4, 0 }, { "d", 5, 0 }, { "bc", 6, 0 },
  };
  static const struct tp dup[] = {
    { "x", 7, 0 }, { "x", 3, 0 }, { "x", 7, 0 }, { "xy", 1, 0 },
  };
  static const struct tp ll[] = {
    { "b", 0, 0 }, { "abcd", 1, 0 }, { "bc", 2, 0 }, { "cdef", 3, 0 },
    { "ef", 4, 0 },
  };
  struct ac *ac;
  struct ac_stats st;

  check_set("he/she/his/hers", hs, 4, "ushers",
            "1@1-4 0@2-4 3@2-6", "1@1-4");
  check_set("he/she/his/hers 2", hs, 4, "ahishers",
            "2@1-4 1@3-6 0@4-6 3@4-8", "2@1-4 3@4-8");
  check_set("he/she/his/hers none", hs, 4, "hhhhxyz", "", "");
  check_set("nested", nest, 3, "aaaa",
            "0@0-1 1@0-2 0@1-2 2@0-3 1@1-3 0@2-3 2@1-4 1@2-4 0@3-4",
            "2@0-3 0@3-4");
  check_set("prefixes and suffixes", fix, 7, "xabcdx",
            "2@1-3 1@1-4 6@2-4 0@1-5 3@2-5 4@3-5 5@4-5", "0@1-5");
  check_set("duplicates", dup, 4, "xxy",
            "7@0-1 3@0-1 7@0-1 7@1-2 3@1-2 7@1-2 1@1-3",
            "7@0-1 3@0-1 7@0-1 1@1-3");
  check_set("leftmost beats longest", ll, 5, "abcdefbcx",
            "0@1-2 2@1-3 1@0-4 3@2-6 4@4-6 0@6-7 2@6-8", "1@0-4 4@4-6 2@6-8");
  check_set("longer than the text", hs, 4, "her", "0@0-2", "0@0-2");

  ac = build(hs, 4, AC_DENSE_DEFAULT);
  ac_stats(ac, &st);
  is_int(st.patterns, 4, "stats: 4 patterns");
  is_int(st.states, 10, "stats: 10 states (root, h he her hers hi his s "
         "sh she)");
  is_int(st.dense_states, 10, "stats: all dense by default");
  is_int(st.classes, 6, "stats: 6 classes (e h i r s, and the rest)");
  is_int(st.max_len, 4, "stats: longest 4");
  ok(st.memory == ac_memory(ac) && st.memory > 10 * 7 * 4,
     "stats: memory %zu covers the rows", st.memory);
  ac_free(ac);
  ac = build(hs, 4, 0);
  ac_stats(ac, &st);
  is_int(st.dense_states, 1, "dense limit 0: the root alone has a row");
  ac_free(ac);
}

/* Does pattern (flags WB) match inside text, as the only pattern? */
static bool wb_hit(const char *pat, const char *text, size_t dense)
{
  struct tp p = { pat, 1, AC_WORD_BOUNDARY };
  struct ac *ac = build(&p, 1, dense);
  struct ref_list l = { 0 };
  bool hit;
  ac_scan(ac, text, strlen(text), AC_SCAN_ALL, collect, &l);
  hit = l.n > 0;
  ref_clear(&l);
  ac_free(ac);
  return hit;
}

static void test_word_boundary(void)
{
  static const struct {
    const char *text;
    bool hit;
  } cases[] = {
    { "tòa soạn", true },
    { "tòa soạn,", true },
    { " tòa soạn ", true },
    { "(tòa soạn)", true },
    { "tòa soạn-", true },
    { "tòa soạn_x", true },            /* '_' is ASCII punctuation */
    { "tòa soạn\t", true },
    { "“tòa soạn”", true },            /* U+201C, U+201D */
    { "«tòa soạn»", true },            /* U+00AB, U+00BB */
    { "tòa soạn…", true },             /* U+2026 */
    { "\xc2\xa0tòa soạn\xc2\xa0", true },  /* NBSP */
    { "tòa soạn—x", true },            /* U+2014 */
    { "\xf0\x9f\x98\x80tòa soạn", true },  /* emoji, So */
    { "tòa soạn tòa soạn", true },
    { "tòa soạnx", false },
    { "xtòa soạn", false },
    { "tòa soạn1", false },
    { "1tòa soạn", false },
    { "đtòa soạn", false },            /* U+0111, two bytes */
    { "tòa soạnđ", false },
    { "ạtòa soạn", false },            /* U+1EA1, three bytes */
    { "tòa soạnạ", false },
    { "中tòa soạn", false },            /* Lo */
    { "tòa soạn\xcc\x81", false },      /* combining acute, Mn */
    { "tòa soạn²", false },             /* No */
    { "tòa soạn\xff", false },          /* not UTF-8: a word */
    { "\x80tòa soạn", false },          /* stray continuation byte */
    { "tòa soạn\xe1\xba", false },      /* cut sequence */
    { "\xe1\xbatòa soạn", false },
    { "tòa soạntòa soạn", false },
  };
  static const struct tp mix[] = {
    { "soạn", 1, AC_WORD_BOUNDARY }, { "soạn", 2, 0 },
    { "tòa soạn", 3, AC_WORD_BOUNDARY }, { "kỳ 1", 4, AC_WORD_BOUNDARY },
  };
  size_t i, k;
  struct ac *ac;
  const uint8_t cut[] = { 's', 'o', 0xe1, 0xba };

  for(k = 0; k < PP_ARRAY_LEN(limits); k++)
    for(i = 0; i < PP_ARRAY_LEN(cases); i++)
      is_int(wb_hit("tòa soạn", cases[i].text, limits[k]), cases[i].hit,
             "word boundary: \"%s\" %s (dense %zu)", cases[i].text,
             cases[i].hit ? "matches" : "does not match", limits[k]);
  ok(wb_hit("toà soạn", "toà soạn, phóng viên", AC_DENSE_DEFAULT),
     "word boundary: \"toà soạn,\" (other tone placement) matches itself");
  ok(!wb_hit("toà soạn", "tòa soạn,", AC_DENSE_DEFAULT),
     "tone placement is the normalizer's job: toà != tòa");

  /* Without the flag a pattern matches anywhere; with and without on the
   * same bytes, each id on its own terms. */
  ac = build(mix, 4, AC_DENSE_DEFAULT);
  is_str(scan_str(ac, "tòa soạnx", AC_SCAN_ALL, false), "2",
         "mixed flags: only the unbounded id inside a word");
  is_str(scan_str(ac, "tòa soạn.", AC_SCAN_ALL, false), "3 1 2",
         "mixed flags: all three at a boundary, longer first");
  is_str(scan_str(ac, "tòa soạn.", AC_SCAN_LEFTMOST_LONGEST, false), "3",
         "mixed flags, leftmost-longest: the phrase");
  is_str(scan_str(ac, "xtòa soạn.", AC_SCAN_LEFTMOST_LONGEST, false),
         "1 2", "leftmost-longest: a bounded miss does not count");
  is_str(scan_str(ac, "kỳ 1, kỳ 10, kỳ 1.", AC_SCAN_ALL, true),
         "4@0-6 4@17-23", "kỳ 1 but not kỳ 10");
  ac_free(ac);

  /* The boundary test itself. */
  ok(ac_boundary_ok((const uint8_t *)"a b", 3, 2, 3), "boundary: at end");
  ok(ac_boundary_ok((const uint8_t *)"a b", 3, 0, 1), "boundary: at 0");
  ok(!ac_boundary_ok((const uint8_t *)"ab", 2, 1, 2), "boundary: a|b");
  ok(ac_boundary_ok((const uint8_t *)"", 0, 0, 0), "boundary: empty");
  ok(!ac_boundary_ok(cut, sizeof(cut), 0, 3),
     "boundary: a match ending inside a character is not bounded");
}

static int count_cb(void *user, uint32_t id, size_t start, size_t end)
{
  size_t *n = user;
  (void)id;
  (void)start;
  (void)end;
  (*n)++;
  return 0;
}

static void test_bytes(void)
{
  uint8_t all[512], pat[256];
  struct ref_list l = { 0 };
  size_t i, j, k;
  bool good;

  for(i = 0; i < 512; i++)
    all[i] = (uint8_t)i;
  for(i = 0; i < 256; i++)
    pat[i] = (uint8_t)(255 - i);
  for(k = 0; k < PP_ARRAY_LEN(limits); k++) {
    struct ac *ac = ac_new();
    good = ac_set_dense_limit(ac, limits[k]) == PP_OK;
    for(i = 0; i < 256; i++)
      good &= ac_add(ac, &all[i], 1, (uint32_t)i, 0) == PP_OK;
    good &= ac_add(ac, all, 256, 1000, 0) == PP_OK;
    good &= ac_add(ac, pat, 256, 1001, 0) == PP_OK;
    good &= ac_add(ac, "\0\0", 2, 1002, AC_WORD_BOUNDARY) == PP_OK;
    good &= ac_compile(ac) == PP_OK;
    ok(good, "256 one-byte patterns and two of all bytes (dense %zu)",
       limits[k]);
    is_int(ac_scan(ac, all, sizeof(all), AC_SCAN_ALL, collect, &l), PP_OK,
           "scan all byte values");
    good = l.n == 512 + 2;
    for(i = 0, j = 0; good && i < l.n; i++) {
      if(l.m[i].id == 1000)
        good = l.m[i].start == (l.m[i].end == 256 ? 0 : 256);
      else
        good = l.m[i].id == (l.m[i].start & 0xff) &&
               l.m[i].end == l.m[i].start + 1 && l.m[i].start == j++;
    }
    ok(good, "every byte at its place, the 256-byte pattern twice");
    ref_clear(&l);
    ac_scan(ac, pat, sizeof(pat), AC_SCAN_LEFTMOST_LONGEST, collect, &l);
    is_str(fmt(&l, true), "1001@0-256", "reversed bytes: one long match");
    ref_clear(&l);
    ac_scan(ac, "\0\0\0", 3, AC_SCAN_ALL, collect, &l);
    is_str(fmt(&l, true), "0@0-1 1002@0-2 0@1-2 1002@1-3 0@2-3",
           "NUL bytes: a NUL is no word character");
    ref_clear(&l);
    ac_free(ac);
  }
}

static void test_empty(void)
{
  static const struct tp hs[] = { { "he", 0, 0 }, { "she", 1, 0 } };
  struct ac *ac = build(hs, 2, AC_DENSE_DEFAULT);
  struct ac *none = build(NULL, 0, AC_DENSE_DEFAULT);
  size_t n = 0;
  struct ac_stats st;

  is_int(ac_scan(ac, NULL, 0, AC_SCAN_ALL, count_cb, &n), PP_OK,
         "empty text (NULL)");
  is_int(ac_scan(ac, "", 0, AC_SCAN_LEFTMOST_LONGEST, count_cb, &n), PP_OK,
         "empty text");
  is_int(n, 0, "no matches in empty text");
  ok(none != NULL, "no patterns compiles");
  is_int(ac_scan(none, "she", 3, AC_SCAN_ALL, count_cb, &n), PP_OK,
         "no patterns scans");
  is_int(ac_scan(none, "she", 3, AC_SCAN_LEFTMOST_LONGEST, count_cb, &n),
         PP_OK, "no patterns scans (leftmost-longest)");
  is_int(n, 0, "no patterns: nothing matches");
  ac_stats(none, &st);
  is_int(st.states, 1, "no patterns: the root");
  ac_free(ac);
  ac_free(none);
}

static void test_args(void)
{
  struct ac *ac = ac_new();
  size_t n = 0;
  struct ac_stats st;

  is_int(ac_add(NULL, "a", 1, 0, 0), PP_EINVAL, "add: ac NULL");
  is_int(ac_add(ac, NULL, 1, 0, 0), PP_EINVAL, "add: pattern NULL");
  is_int(ac_add(ac, "a", 0, 0, 0), PP_EINVAL, "add: empty pattern");
  is_int(ac_add(ac, "a", 1, 0, 0x80), PP_EINVAL, "add: unknown flag");
  is_int(ac_scan(ac, "a", 1, AC_SCAN_ALL, count_cb, &n), PP_EINVAL,
         "scan before compile");
  is_int(ac_set_dense_limit(ac, (size_t)AC_DENSE_MAX + 1), PP_EINVAL,
         "dense limit over the maximum");
  is_int(ac_set_dense_limit(NULL, 0), PP_EINVAL, "dense limit: ac NULL");
  is_int(ac_compile(NULL), PP_EINVAL, "compile NULL");
  is_int(ac_add(ac, "ab", 2, 5, AC_WORD_BOUNDARY), PP_OK, "add");
  is_int(ac_compile(ac), PP_OK, "compile");
  is_int(ac_compile(ac), PP_EINVAL, "compile twice");
  is_int(ac_add(ac, "c", 1, 0, 0), PP_EINVAL, "add after compile");
  is_int(ac_set_dense_limit(ac, 0), PP_EINVAL, "dense limit after compile");
  is_int(ac_scan(NULL, "a", 1, AC_SCAN_ALL, count_cb, &n), PP_EINVAL,
         "scan: ac NULL");
  is_int(ac_scan(ac, "a", 1, AC_SCAN_ALL, NULL, &n), PP_EINVAL,
         "scan: callback NULL");
  is_int(ac_scan(ac, NULL, 1, AC_SCAN_ALL, count_cb, &n), PP_EINVAL,
         "scan: text NULL with length");
  is_int(ac_scan(ac, "a", 1, 2, count_cb, &n), PP_EINVAL,
         "scan: unknown mode");
  is_int(ac_scan(ac, "ab ab", 5, AC_SCAN_ALL, count_cb, &n), PP_OK,
         "scan after the errors");
  is_int(n, 2, "two matches");
  is_int(ac_memory(NULL), 0, "memory of NULL");
  ac_stats(NULL, &st);
  is_int(st.memory + st.states + st.patterns, 0, "stats of NULL");
  ac_free(ac);
  ac_free(NULL);
}

struct stopper {
  int after, seen, rc;
};

static int stop_cb(void *user, uint32_t id, size_t start, size_t end)
{
  struct stopper *s = user;
  (void)id;
  (void)start;
  (void)end;
  return ++s->seen == s->after ? s->rc : 0;
}

static void test_stop(void)
{
  static const struct tp p[] = { { "a", 1, 0 }, { "a", 2, 0 } };
  struct ac *ac = build(p, 2, AC_DENSE_DEFAULT);
  struct stopper s = { 3, 0, 7 };
  is_int(ac_scan(ac, "aaaa", 4, AC_SCAN_ALL, stop_cb, &s), 7,
         "callback's value stops the scan");
  is_int(s.seen, 3, "no call after the stop");
  s.seen = 0;
  s.rc = PP_ELIMIT;
  is_int(ac_scan(ac, "aaaa", 4, AC_SCAN_LEFTMOST_LONGEST, stop_cb, &s),
         PP_ELIMIT, "leftmost-longest: stop with an error");
  is_int(s.seen, 3, "leftmost-longest: no call after the stop");
  s.seen = 0;
  s.after = 1;
  s.rc = -1;
  is_int(ac_scan(ac, "xa", 2, AC_SCAN_LEFTMOST_LONGEST, stop_cb, &s), -1,
         "leftmost-longest: stop at the last match (end of text)");
  ac_free(ac);
}

static void test_limits(void)
{
  static uint8_t big[AC_PATTERN_LEN_MAX + 1];
  struct ac *ac = ac_new();
  size_t i, n = 0;
  bool good = true;
  struct ac_stats st;
  uint8_t b;

  memset(big, 'a', sizeof(big));
  is_int(ac_add(ac, big, AC_PATTERN_LEN_MAX + 1, 0, 0), PP_ELIMIT,
         "pattern over AC_PATTERN_LEN_MAX");
  for(i = 0; i < AC_PATTERN_BYTES_MAX / AC_PATTERN_LEN_MAX; i++)
    good &= ac_add(ac, big, AC_PATTERN_LEN_MAX, (uint32_t)i, 0) == PP_OK;
  ok(good, "%u patterns of AC_PATTERN_LEN_MAX fill AC_PATTERN_BYTES_MAX",
     AC_PATTERN_BYTES_MAX / AC_PATTERN_LEN_MAX);
  is_int(ac_add(ac, "b", 1, 0, 0), PP_ELIMIT, "one byte more: PP_ELIMIT");
  is_int(ac_compile(ac), PP_OK, "compile the full pool");
  ac_stats(ac, &st);
  is_int(st.states, AC_PATTERN_LEN_MAX + 1, "one chain of states");
  is_int(ac_scan(ac, big, sizeof(big), AC_SCAN_ALL, count_cb, &n), PP_OK,
         "scan");
  is_int(n, 2 * AC_PATTERN_BYTES_MAX / AC_PATTERN_LEN_MAX,
         "every duplicate at both places");
  n = 0;
  ac_scan(ac, big, sizeof(big), AC_SCAN_LEFTMOST_LONGEST, count_cb, &n);
  is_int(n, AC_PATTERN_BYTES_MAX / AC_PATTERN_LEN_MAX,
         "leftmost-longest: every duplicate once");
  ac_free(ac);

  ac = ac_new();
  good = true;
  for(i = 0; i < AC_PATTERNS_MAX; i++) {
    b = (uint8_t)i;
    good &= ac_add(ac, &b, 1, (uint32_t)i, 0) == PP_OK;
  }
  ok(good, "AC_PATTERNS_MAX patterns");
  is_int(ac_add(ac, "b", 1, 0, 0), PP_ELIMIT, "one more: PP_ELIMIT");
  is_int(ac_compile(ac), PP_OK, "compile");
  n = 0;
  ac_scan(ac, "ab", 2, AC_SCAN_ALL, count_cb, &n);
  is_int(n, 2 * AC_PATTERNS_MAX / 256, "each byte: all its duplicates");
  ac_free(ac);
}

/* ---- allocation failures ---------------------------------------------- */

static const struct tp vn[] = {
  { "tòa soạn", 1, AC_WORD_BOUNDARY }, { "phóng viên", 2, AC_WORD_BOUNDARY },
  { "tổng biên tập", 3, AC_WORD_BOUNDARY }, { "kỳ 1", 4, AC_WORD_BOUNDARY },
  { "điều tra", 5, AC_WORD_BOUNDARY }, { "thời sự", 6, 0 },
  { "pháp luật", 7, 0 }, { "toa soan", 8, AC_WORD_BOUNDARY },
  { "phong vien", 9, AC_WORD_BOUNDARY }, { "biên", 10, 0 },
  { "tòa soạn", 11, 0 }, { "tra", 12, AC_WORD_BOUNDARY },
};
static const char vn_text[] =
  "Tin tức: tòa soạn báo, phóng viên điều tra (kỳ 1); tổng biên tập "
  "mục Thời sự, pháp luật. toa-soan, toa soan; phong vien kỳ 12. tra";
static const char vn_all[] = "1 11 2 5 12 4 10 3 7 8 9 12";
static const char vn_ll[] = "1 11 2 5 4 3 7 8 9 12";

static bool vn_ok(const struct ac *ac)
{
  return !strcmp(scan_str(ac, vn_text, AC_SCAN_ALL, false), vn_all) &&
         !strcmp(scan_str(ac, vn_text, AC_SCAN_LEFTMOST_LONGEST, false),
                 vn_ll);
}

static void test_vietnamese(void)
{
  size_t k;
  for(k = 0; k < PP_ARRAY_LEN(limits); k++) {
    struct ac *ac = build(vn, PP_ARRAY_LEN(vn), limits[k]);
    is_str(scan_str(ac, vn_text, AC_SCAN_ALL, false), vn_all,
           "Vietnamese phrases, all (dense %zu)", limits[k]);
    is_str(scan_str(ac, vn_text, AC_SCAN_LEFTMOST_LONGEST, false), vn_ll,
           "Vietnamese phrases, leftmost-longest (dense %zu)", limits[k]);
    ac_free(ac);
  }
}

static void test_alloc_fail(void)
{
  long n;
  int done = 0, failures = 0, bad = 0;
  for(n = 0; !done && n < 10000; n++) {
    struct ac *ac;
    size_t i;
    int rc = PP_OK;
    pp_alloc_fail_after(n);
    ac = ac_new();
    if(!ac) {
      failures++;
      continue;
    }
    for(i = 0; i < PP_ARRAY_LEN(vn) && rc == PP_OK; i++)
      rc = ac_add(ac, vn[i].s, strlen(vn[i].s), vn[i].id, vn[i].flags);
    if(rc == PP_OK) {
      rc = ac_compile(ac);
      pp_alloc_fail_after(-1);
      if(rc == PP_ENOMEM) {
        /* The automaton is left open and whole: compiling again works. */
        if(ac_compile(ac) != PP_OK || !vn_ok(ac))
          bad++;
      }
      else if(rc == PP_OK) {
        done = 1;
        if(!vn_ok(ac))
          bad++;
      }
    }
    pp_alloc_fail_after(-1);
    if(rc != PP_OK && rc != PP_ENOMEM)
      bad++;
    if(rc)
      failures++;
    ac_free(ac);
  }
  pp_alloc_fail_after(-1);
  ok(done && failures > 5 && !bad,
     "each of %d allocations failing in turn: PP_ENOMEM, nothing leaked, "
     "a failed compile repeated fine (%d bad)", failures, bad);
}

/* ---- several threads on one automaton ----------------------------------- */

struct thr {
  const struct ac *ac;
  int rounds, bad;
};

static void *thr_main(void *arg)
{
  struct thr *t = arg;
  int i;
  for(i = 0; i < t->rounds; i++) {
    struct ref_list a = { 0 }, l = { 0 };
    char buf[sizeof(vn_all)];
    ac_scan(t->ac, vn_text, strlen(vn_text), AC_SCAN_ALL, collect, &a);
    ac_scan(t->ac, vn_text, strlen(vn_text), AC_SCAN_LEFTMOST_LONGEST,
            collect, &l);
    /* fmt() has one static buffer: compare counts only here. */
    snprintf(buf, sizeof(buf), "%zu %zu", a.n, l.n);
    if(strcmp(buf, "12 10"))
      t->bad++;
    ref_clear(&a);
    ref_clear(&l);
  }
  return NULL;
}

static void test_threads(void)
{
  struct ac *ac = build(vn, PP_ARRAY_LEN(vn), 200);
  struct thr t[4];
  pthread_t th[4];
  int i, bad = 0, started = 0;
  for(i = 0; i < 4; i++) {
    t[i].ac = ac;
    t[i].rounds = 300;
    t[i].bad = 0;
    if(pthread_create(&th[i], NULL, thr_main, &t[i]) == 0)
      started++;
    else
      break;
  }
  for(i = 0; i < started; i++) {
    pthread_join(th[i], NULL);
    bad += t[i].bad;
  }
  ok(started == 4 && !bad, "4 threads scanning one automaton agree");
  ac_free(ac);
}

/* ---- random sets against the naive matcher ------------------------------ */

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint32_t rnd(uint32_t n)
{
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)((rng >> 11) % n);
}

/* Token alphabets: ASCII, Vietnamese UTF-8 with punctuation and a cut
 * sequence, raw bytes. */
static const char *const alpha_ab[] = { "a", "b" };
static const char *const alpha_abc[] = { "a", "b", "c", " " };
static const char *const alpha_vn[] = {
  "a", "\xe1\xba\xa1", "\xc4\x91", " ", ",", "n", "\xe1", "\xe2\x80\xa6",
};
static const char *const alpha_raw[] = { "\x01", "\xff", "\x80", "a", "0" };
/* Wide: states with more children than a linear search takes. */
static const char *const alpha_wide[] = {
  "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n",
  "o", "p", " ", "\xc3\xa0", "\xc3\xa1", "\xc3\xa2",
};

struct alpha {
  const char *const *tok;
  uint32_t n;
};

static const struct alpha alphas[] = {
  { alpha_ab, 2 }, { alpha_abc, 4 }, { alpha_vn, 8 }, { alpha_raw, 5 },
  { alpha_wide, 20 },
};

static size_t gen(uint8_t *buf, size_t cap, const struct alpha *a,
                  uint32_t ntok)
{
  size_t o = 0;
  uint32_t i;
  for(i = 0; i < ntok; i++) {
    const char *t = a->tok[rnd(a->n)];
    size_t l = strlen(t);
    if(o + l > cap)
      break;
    memcpy(buf + o, t, l);
    o += l;
  }
  return o;
}

/* One random set and text; false (with a diagnosis) on a difference. */
static size_t random_matches;     /* compared, both modes */

static bool random_round(uint32_t maxpat, uint32_t maxtok, uint32_t maxtext,
                         int round)
{
  static uint8_t pool[64 * 1024], text[128 * 1024];
  static struct ref_pat pats[512];
  static const size_t dl[] = { 0, 50, 200, 1000, AC_DENSE_DEFAULT };
  static const size_t lanes[] = { 0, 1, 2, 3, 7, 16, 64 };
  const struct alpha *a = &alphas[rnd(PP_ARRAY_LEN(alphas))];
  uint32_t np = 1 + rnd(maxpat), i;
  size_t used = 0, tlen, dense = dl[rnd(PP_ARRAY_LEN(dl))];
  struct ref_list want = { 0 }, got = { 0 };
  struct ac *ac = ac_new();
  bool same = true;
  unsigned mode;

  ac_set_dense_limit(ac, dense);
  ac_lane_bytes = lanes[rnd(PP_ARRAY_LEN(lanes))];
  for(i = 0; i < np; i++) {
    size_t l = 0;
    while(!l)
      l = gen(pool + used, sizeof(pool) - used, a, 1 + rnd(maxtok));
    pats[i].p = pool + used;
    pats[i].len = l;
    pats[i].id = rnd(np);
    pats[i].flags = rnd(3) ? 0 : AC_WORD_BOUNDARY;
    used += l;
    ac_add(ac, pats[i].p, l, pats[i].id, pats[i].flags);
  }
  /* Tokens, and now and then a whole pattern, so long ones match too. */
  for(tlen = 0, i = rnd(maxtext + 1); i > 0; i--) {
    const struct ref_pat *q = &pats[rnd(np)];
    if(!rnd(8) && q->len <= sizeof(text) - tlen) {
      memcpy(text + tlen, q->p, q->len);
      tlen += q->len;
    }
    else
      tlen += gen(text + tlen, sizeof(text) - tlen, a, 1);
  }
  if(ac_compile(ac)) {
    ac_free(ac);
    return false;
  }
  for(mode = 0; mode < 2 && same; mode++) {
    if(mode)
      ref_ll(pats, np, text, tlen, &want);
    else
      ref_all(pats, np, text, tlen, &want);
    ac_scan(ac, text, tlen, mode, collect, &got);
    same = ref_same(&want, &got);
    random_matches += want.n;
    if(!same) {
      diag("round %d mode %u dense %zu lanes %zu: %u patterns, text %zu "
           "bytes", round, mode, dense, ac_lane_bytes, np, tlen);
      diag("  want %s", fmt(&want, true));
      diag("  got  %s", fmt(&got, true));
    }
    ref_clear(&want);
    ref_clear(&got);
  }
  ac_free(ac);
  ac_lane_bytes = 0;
  return same;
}

static void test_random(void)
{
  int i, bad = 0;
  for(i = 0; i < 5000 && bad < 3; i++)
    bad += !random_round(12, 5, 60, i);
  ok(!bad, "5000 random small sets: same matches as the naive matcher");
  diag("%zu matches compared", random_matches);
  for(i = 0; i < 300 && bad < 3; i++)
    bad += !random_round(200, 8, 2000, i);
  ok(!bad, "300 random sets of up to 200 patterns over 2000-token texts");
  diag("%zu matches compared", random_matches);
  for(i = 0; i < 40 && bad < 3; i++)
    bad += !random_round(30, 6, 40000, i);
  ok(!bad, "40 random sets over texts of up to 40000 tokens (full lanes, "
     "lane buffers overflowing)");
  diag("%zu matches compared", random_matches);
  for(i = 0; i < 300 && bad < 3; i++)
    bad += !random_round(10, 300, 400, i);
  ok(!bad, "300 random sets of patterns up to 300 tokens long");
  diag("%zu matches compared", random_matches);
}

/* Long texts: the interleaved lanes, their seams, full event buffers. */
static void test_lanes(void)
{
  static const struct tp p[] = {
    { "a", 1, 0 }, { "aa", 2, 0 }, { "ab", 3, AC_WORD_BOUNDARY },
    { "b a", 4, 0 }, { "tòa soạn", 5, AC_WORD_BOUNDARY },
  };
  static const size_t lb[] = { 0, 1, 5, 100, 3000 };
  static const char *const fill[] = { "a", "b", "ab ", "tòa soạn ", "xyz " };
  size_t n = 60000, i, k, f, np = PP_ARRAY_LEN(p);
  uint8_t *t = malloc(n);
  struct ref_pat rp[PP_ARRAY_LEN(p)];
  int bad = 0, runs = 0;

  for(i = 0; i < np; i++) {
    rp[i].p = (const uint8_t *)p[i].s;
    rp[i].len = strlen(p[i].s);
    rp[i].id = p[i].id;
    rp[i].flags = p[i].flags;
  }
  for(f = 0; t && f < PP_ARRAY_LEN(fill); f++) {
    size_t fl = strlen(fill[f]);
    for(i = 0; i < n; i++)
      t[i] = (uint8_t)fill[f][i % fl];
    for(k = 0; k < PP_ARRAY_LEN(lb); k++) {
      struct ac *ac = build(p, np, k % 2 ? 0 : AC_DENSE_DEFAULT);
      unsigned mode;
      ac_lane_bytes = lb[k];
      for(mode = 0; mode < 2; mode++) {
        struct ref_list want = { 0 }, got = { 0 };
        if(mode)
          ref_ll(rp, np, t, n, &want);
        else
          ref_all(rp, np, t, n, &want);
        ac_scan(ac, t, n, mode, collect, &got);
        runs++;
        if(!ref_same(&want, &got)) {
          bad++;
          diag("fill \"%s\" lanes %zu mode %u: want %zu matches, got %zu",
               fill[f], lb[k], mode, want.n, got.n);
        }
        ref_clear(&want);
        ref_clear(&got);
      }
      ac_free(ac);
    }
  }
  ac_lane_bytes = 0;
  ok(t && !bad, "%d scans of 60000-byte texts with matches everywhere or "
     "nowhere, lanes of 1 to 3000 bytes and the default", runs);
  free(t);
}

/* A stop inside the third lane: nothing reported after it. */
static void test_lane_stop(void)
{
  static const struct tp p[] = { { "x", 9, 0 } };
  struct ac *ac = build(p, 1, AC_DENSE_DEFAULT);
  size_t n = 40000;
  char *t = malloc(n);
  struct stopper st = { 3, 0, 5 };
  if(t) {
    memset(t, '.', n);
    t[100] = t[5000] = t[20000] = t[20001] = t[39999] = 'x';
    is_int(ac_scan(ac, t, n, AC_SCAN_ALL, stop_cb, &st), 5,
           "stop at the third match of a long text");
    is_int(st.seen, 3, "no call after it");
    st.seen = 0;
    st.after = 5;
    is_int(ac_scan(ac, t, n, AC_SCAN_LEFTMOST_LONGEST, stop_cb, &st), 5,
           "leftmost-longest: stop at the last match of a long text");
  }
  free(t);
  ac_free(ac);
}

int main(void)
{
  test_classic();
  test_word_boundary();
  test_bytes();
  test_empty();
  test_args();
  test_stop();
  test_limits();
  test_vietnamese();
  test_alloc_fail();
  test_threads();
  test_lanes();
  test_lane_stop();
  test_random();
  return tap_done();
}
