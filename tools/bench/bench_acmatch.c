/*
 * bench_acmatch.c: throughput of the multi-pattern matcher
 * (classify/acmatch.c) by number of phrases, beside a loop of memmem()
 * per phrase over the same text.
 *
 *   bench_acmatch [-d DENSE_BYTES] [-t TEXT_BYTES] [-p PAGE_BYTES]
 *                 [-s SEED] [-w] [N...]
 *
 * N: phrase counts (default 100 1000 10000 50000).  Phrases are 1 to 4
 * Vietnamese-like syllables (1: 10 %, 2: 45 %, 3: 30 %, 4: 15 %; onset +
 * rhyme + one of six tones, precomposed NFC, lower case) drawn from a
 * 4,000-syllable vocabulary with Zipf frequencies, led by real signal
 * phrases ("tòa soạn", "phóng viên"...), all with AC_WORD_BOUNDARY as the
 * rules use them.  The text (1 MB by default) is sentences of syllables
 * from the same vocabulary and distribution with punctuation and numbers,
 * and now and then a phrase of the set.  Everything is generated from
 * SEED, so runs are comparable.
 *
 * For each N: states, dense states, byte classes, memory, compile time
 * (ac_new to ac_compile), MB/s (10^6 bytes) of one AC_SCAN_ALL and one
 * AC_SCAN_LEFTMOST_LONGEST over the whole text, microseconds per page
 * (AC_SCAN_ALL over the text cut in PAGE_BYTES pieces, 20,000 by
 * default, one call each), and the matches; for N <= 1000 also MB/s of
 * the memmem() loop, whose raw occurrence count must equal that of the
 * same phrases without word boundaries (checked; exit 1 if not).  Times
 * are the best of several runs, in CPU time of the thread unless -w.
 *
 * Build (from the build tree):
 *   make tools/bench/bench_acmatch && tools/bench/bench_acmatch
 */
#define _GNU_SOURCE 1          /* memmem() */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "acmatch.h"
#include "pp_err.h"

#define VOCAB 4000
#define MEMMEM_MAX 1000

static uint64_t rng_state;

static uint64_t rnd64(void)
{
  /* splitmix64 */
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static uint32_t rnd(uint32_t n)
{
  return (uint32_t)(rnd64() % n);
}

static clockid_t clock_id = CLOCK_THREAD_CPUTIME_ID;

/* Seconds of this thread's CPU time (-w: wall-clock time).  CPU time by
 * default: a shared or loaded machine then still measures the code, not
 * the neighbours (caches shared with them still count). */
static double now(void)
{
  struct timespec ts;
  clock_gettime(clock_id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- Vietnamese-like syllables ------------------------------------------ */

enum { A, AW, AA, E, EE, I, O, OO, OW, U, UW, Y };

/* The 12 vowels with the 6 tones (ngang, huyền, sắc, hỏi, ngã, nặng). */
static const char *const tone[12][6] = {
  { "a", "à", "á", "ả", "ã", "ạ" }, { "ă", "ằ", "ắ", "ẳ", "ẵ", "ặ" },
  { "â", "ầ", "ấ", "ẩ", "ẫ", "ậ" }, { "e", "è", "é", "ẻ", "ẽ", "ẹ" },
  { "ê", "ề", "ế", "ể", "ễ", "ệ" }, { "i", "ì", "í", "ỉ", "ĩ", "ị" },
  { "o", "ò", "ó", "ỏ", "õ", "ọ" }, { "ô", "ồ", "ố", "ổ", "ỗ", "ộ" },
  { "ơ", "ờ", "ớ", "ở", "ỡ", "ợ" }, { "u", "ù", "ú", "ủ", "ũ", "ụ" },
  { "ư", "ừ", "ứ", "ử", "ữ", "ự" }, { "y", "ỳ", "ý", "ỷ", "ỹ", "ỵ" },
};

static const char *const onset[] = {
  "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m",
  "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v",
  "x",
};

/* Rhyme: what comes before the tone-bearing vowel, the vowel, after. */
static const struct {
  const char *pre;
  int v;
  const char *post;
} rhyme[] = {
  { "", A, "" }, { "", A, "i" }, { "", A, "m" }, { "", A, "n" },
  { "", A, "ng" }, { "", A, "nh" }, { "", A, "o" }, { "", A, "u" },
  { "", A, "y" }, { "", A, "c" }, { "", A, "ch" }, { "", A, "t" },
  { "", AW, "m" }, { "", AW, "n" }, { "", AW, "ng" }, { "", AW, "c" },
  { "", AW, "t" }, { "", AA, "m" }, { "", AA, "n" }, { "", AA, "ng" },
  { "", AA, "u" }, { "", AA, "y" }, { "", AA, "t" }, { "", AA, "c" },
  { "", E, "" }, { "", E, "m" }, { "", E, "n" }, { "", E, "o" },
  { "", E, "t" }, { "", EE, "" }, { "", EE, "n" }, { "", EE, "nh" },
  { "", EE, "u" }, { "", EE, "t" }, { "", EE, "ch" }, { "", I, "" },
  { "", I, "m" }, { "", I, "n" }, { "", I, "nh" }, { "", I, "u" },
  { "", I, "t" }, { "", I, "ch" }, { "i", EE, "n" }, { "i", EE, "u" },
  { "i", EE, "ng" }, { "i", EE, "t" }, { "", I, "a" }, { "", O, "" },
  { "", O, "i" }, { "", O, "n" }, { "", O, "ng" }, { "", O, "c" },
  { "", O, "t" }, { "o", A, "" }, { "o", A, "n" }, { "o", A, "nh" },
  { "o", A, "i" }, { "o", A, "t" }, { "", OO, "" }, { "", OO, "i" },
  { "", OO, "n" }, { "", OO, "ng" }, { "", OO, "t" }, { "", OO, "c" },
  { "", OW, "" }, { "", OW, "i" }, { "", OW, "n" }, { "", OW, "m" },
  { "", OW, "t" }, { "", U, "" }, { "", U, "a" }, { "", U, "i" },
  { "", U, "n" }, { "", U, "ng" }, { "", U, "t" }, { "", U, "c" },
  { "u", OO, "ng" }, { "u", OO, "c" }, { "u", OO, "i" }, { "u", Y, "" },
  { "uy", EE, "n" }, { "", UW, "" }, { "", UW, "a" }, { "", UW, "ng" },
  { "", UW, "c" }, { "ư", OW, "ng" }, { "ư", OW, "c" }, { "ư", OW, "i" },
  { "ư", OW, "t" }, { "ư", OW, "n" }, { "", Y, "" },
};

/* Phrases the rules really hold; they lead every set. */
static const char *const signal[] = {
  "tòa soạn", "phóng viên", "tổng biên tập", "phó tổng biên tập",
  "ban biên tập", "kỳ 1", "kỳ 2", "điều tra", "thời sự", "pháp luật",
  "kinh tế", "xã hội", "thế giới", "văn hóa", "thể thao", "giải trí",
  "bạn đọc", "đường dây nóng", "giấy phép", "chịu trách nhiệm nội dung",
  "cơ quan chủ quản", "theo", "nguồn", "ghi nhận", "phản ánh",
};

static char vocab[VOCAB][24];
static double zipf_cdf[VOCAB];

static void make_vocab(void)
{
  size_t n = 0, tries = 0, i;
  double sum = 0.0;
  while(n < VOCAB && tries++ < 1000000) {
    size_t r = rnd((uint32_t)PP_ARRAY_LEN(rhyme));
    char s[24];
    snprintf(s, sizeof(s), "%s%s%s%s", onset[rnd(PP_ARRAY_LEN(onset))],
             rhyme[r].pre, tone[rhyme[r].v][rnd(6)], rhyme[r].post);
    for(i = 0; i < n && strcmp(vocab[i], s); i++)
      ;
    if(i == n)
      memcpy(vocab[n++], s, sizeof(s));
  }
  for(i = 0; i < VOCAB; i++)
    sum += 1.0 / (double)(i + 1);
  zipf_cdf[0] = 1.0 / sum;
  for(i = 1; i < VOCAB; i++)
    zipf_cdf[i] = zipf_cdf[i - 1] + 1.0 / (double)(i + 1) / sum;
}

static const char *syllable(void)
{
  double u = (double)(rnd64() >> 11) / 9007199254740992.0;
  size_t lo = 0, hi = VOCAB - 1;
  while(lo < hi) {
    size_t mid = (lo + hi) / 2;
    if(zipf_cdf[mid] < u)
      lo = mid + 1;
    else
      hi = mid;
  }
  return vocab[lo];
}

/* ---- phrase sets and text ----------------------------------------------- */

struct phrases {
  char **s;
  size_t *len;
  size_t n;
};

static uint64_t fnv1a(const char *s)
{
  uint64_t h = 0xcbf29ce484222325ull;
  for(; *s; s++)
    h = (h ^ (uint8_t)*s) * 0x100000001b3ull;
  return h;
}

/* n distinct phrases: the signal phrases, then 1-4 Zipf syllables. */
static int make_phrases(struct phrases *ph, size_t n)
{
  size_t hcap = 1, i, sig = 0;
  char **set;                       /* open addressing, for uniqueness */
  int rc = -1;

  while(hcap < n * 2 + 2)
    hcap *= 2;
  set = calloc(hcap, sizeof(*set));
  ph->s = calloc(n ? n : 1, sizeof(*ph->s));
  ph->len = calloc(n ? n : 1, sizeof(*ph->len));
  ph->n = 0;
  if(!set || !ph->s || !ph->len)
    goto out;
  while(ph->n < n) {
    char buf[160];
    /* 1 syllable in 10 phrases, 2 in 45, 3 in 30, 4 in 15 */
    uint32_t u = rnd(100);
    size_t h, o = 0, k, w = u < 10 ? 1 : u < 55 ? 2 : u < 85 ? 3 : 4;
    if(sig < PP_ARRAY_LEN(signal))
      snprintf(buf, sizeof(buf), "%s", signal[sig++]);
    else
      for(k = 0; k < w; k++)
        o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s%s",
                              k ? " " : "", syllable());
    for(h = fnv1a(buf) & (hcap - 1); set[h]; h = (h + 1) & (hcap - 1))
      if(!strcmp(set[h], buf))
        break;
    if(set[h])
      continue;
    if(!(set[h] = strdup(buf)))
      goto out;
    ph->s[ph->n] = set[h];
    ph->len[ph->n++] = strlen(buf);
  }
  /* Shuffle so that the order added is neither sorted nor signals-first. */
  for(i = ph->n; i > 1; i--) {
    size_t r = rnd((uint32_t)i), l = ph->len[i - 1];
    char *t = ph->s[i - 1];
    ph->s[i - 1] = ph->s[r];
    ph->len[i - 1] = ph->len[r];
    ph->s[r] = t;
    ph->len[r] = l;
  }
  rc = 0;
out:
  free(set);
  return rc;
}

static void free_phrases(struct phrases *ph)
{
  size_t i;
  for(i = 0; i < ph->n; i++)
    free(ph->s[i]);
  free(ph->s);
  free(ph->len);
}

/* Sentences of Zipf syllables; 1 word in 25 starts a phrase of the set. */
static size_t make_text(char *t, size_t cap, const struct phrases *ph)
{
  size_t o = 0, words = 0;
  while(o + 256 < cap) {
    const char *w;
    char num[16];
    if(ph->n && !rnd(25))
      w = ph->s[rnd((uint32_t)ph->n)];
    else if(!rnd(60)) {
      snprintf(num, sizeof(num), "%u", rnd(2030));
      w = num;
    }
    else
      w = syllable();
    o += (size_t)snprintf(t + o, cap - o, "%s%s", words ? " " : "", w);
    words++;
    if(!rnd(12)) {
      static const char *const punct[] = { ".", ",", ";", ":", "…", "?" };
      o += (size_t)snprintf(t + o, cap - o, "%s",
                            punct[rnd(PP_ARRAY_LEN(punct))]);
    }
    if(!rnd(40)) {
      o += (size_t)snprintf(t + o, cap - o, "\n");
      words = 0;
    }
  }
  return o;
}

/* ---- measuring ---------------------------------------------------------- */

struct counter {
  uint64_t n, sum;
};

static int count_cb(void *user, uint32_t id, size_t start, size_t end)
{
  struct counter *c = user;
  c->n++;
  c->sum += id + start + end;
  return 0;
}

static struct ac *build(const struct phrases *ph, unsigned flags,
                        size_t dense, double *secs)
{
  struct ac *ac = ac_new();
  double t0 = now();
  size_t i;
  if(!ac || ac_set_dense_limit(ac, dense))
    goto fail;
  for(i = 0; i < ph->n; i++)
    if(ac_add(ac, ph->s[i], ph->len[i], (uint32_t)i, flags))
      goto fail;
  if(ac_compile(ac))
    goto fail;
  *secs = now() - t0;
  return ac;
fail:
  ac_free(ac);
  return NULL;
}

/* Best MB/s of several scans (at least 5, at least 0.5 s) of t in
 * pieces of page bytes (the whole text with page 0), one ac_scan each. */
static double scan_mbs(const struct ac *ac, const char *t, size_t len,
                       size_t page, unsigned mode, struct counter *c)
{
  double best = 1e30, start = now();
  int runs = 0;
  if(!page)
    page = len;
  while(runs < 5 || now() - start < 0.5) {
    double t0 = now(), d;
    size_t o;
    c->n = c->sum = 0;
    for(o = 0; o < len; o += page)
      ac_scan(ac, t + o, PP_MIN(page, len - o), mode, count_cb, c);
    d = now() - t0;
    if(d < best)
      best = d;
    runs++;
  }
  return (double)len / best / 1e6;
}

static uint64_t memmem_loop(const struct phrases *ph, const char *t,
                            size_t len)
{
  uint64_t n = 0;
  size_t i;
  for(i = 0; i < ph->n; i++) {
    const char *p = t, *e = t + len, *q;
    while(p < e && (q = memmem(p, (size_t)(e - p), ph->s[i], ph->len[i]))) {
      n++;
      p = q + 1;
    }
  }
  return n;
}

static double memmem_mbs(const struct phrases *ph, const char *t, size_t len,
                         uint64_t *n)
{
  double best = 1e30, start = now();
  int runs = 0;
  while(runs < 3 || now() - start < 0.5) {
    double t0 = now(), d;
    *n = memmem_loop(ph, t, len);
    d = now() - t0;
    if(d < best)
      best = d;
    runs++;
  }
  return (double)len / best / 1e6;
}

static void usage(void)
{
  fprintf(stderr, "usage: bench_acmatch [-d DENSE_BYTES] [-t TEXT_BYTES] "
          "[-p PAGE_BYTES] [-s SEED] [-w] [N...]\n");
  exit(64);
}

static unsigned long long num(const char *s)
{
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if(!*s || *end)
    usage();
  return v;
}

int main(int argc, char **argv)
{
  static const size_t def_n[] = { 100, 1000, 10000, 50000 };
  size_t ns[64], nn = 0, i, text_cap = 1000000, dense = AC_DENSE_DEFAULT;
  size_t page_bytes = 20000;
  uint64_t seed = 20240601;
  char *text;
  int a, rc = 0;

  for(a = 1; a < argc; a++) {
    if(!strcmp(argv[a], "-d") && a + 1 < argc)
      dense = (size_t)num(argv[++a]);
    else if(!strcmp(argv[a], "-t") && a + 1 < argc)
      text_cap = (size_t)num(argv[++a]);
    else if(!strcmp(argv[a], "-s") && a + 1 < argc)
      seed = num(argv[++a]);
    else if(!strcmp(argv[a], "-p") && a + 1 < argc)
      page_bytes = (size_t)num(argv[++a]);
    else if(!strcmp(argv[a], "-w"))
      clock_id = CLOCK_MONOTONIC;
    else if(argv[a][0] != '-' && nn < PP_ARRAY_LEN(ns))
      ns[nn++] = (size_t)num(argv[a]);
    else
      usage();
  }
  if(!nn)
    for(; nn < PP_ARRAY_LEN(def_n); nn++)
      ns[nn] = def_n[nn];
  text = malloc(text_cap + 256);
  if(!text)
    return 1;
  rng_state = seed;
  make_vocab();

  printf("dense limit %zu bytes, text %zu bytes, seed %llu, %s time\n",
         dense, text_cap, (unsigned long long)seed,
         clock_id == CLOCK_MONOTONIC ? "wall-clock" : "CPU");
  printf("%7s %8s %7s %4s %8s %8s %8s %8s %8s %8s %8s\n", "phrases",
         "states", "dense", "cls", "memory", "compile", "all MB/s",
         "LL MB/s", "page us", "matches", "memmem");
  for(i = 0; i < nn; i++) {
    struct phrases ph = { 0 };
    struct counter c_all, c_ll, c_page;
    struct ac_stats st;
    struct ac *ac;
    double csecs = 0.0, all, ll, page;
    size_t tlen;
    char mm[32] = "-";

    if(make_phrases(&ph, ns[i])) {
      fprintf(stderr, "bench_acmatch: out of memory\n");
      return 1;
    }
    tlen = make_text(text, text_cap + 256, &ph);
    if(tlen > text_cap)
      tlen = text_cap;
    ac = build(&ph, AC_WORD_BOUNDARY, dense, &csecs);
    if(!ac) {
      fprintf(stderr, "bench_acmatch: build failed for %zu phrases\n",
              ns[i]);
      return 1;
    }
    ac_stats(ac, &st);
    all = scan_mbs(ac, text, tlen, 0, AC_SCAN_ALL, &c_all);
    ll = scan_mbs(ac, text, tlen, 0, AC_SCAN_LEFTMOST_LONGEST, &c_ll);
    page = scan_mbs(ac, text, tlen, page_bytes, AC_SCAN_ALL, &c_page);
    ac_free(ac);

    if(ph.n <= MEMMEM_MAX) {
      struct counter c_raw = { 0, 0 };
      uint64_t raw = 0;
      double d;
      double mbs = memmem_mbs(&ph, text, tlen, &raw);
      struct ac *plain = build(&ph, 0, dense, &d);
      if(plain)
        ac_scan(plain, text, tlen, AC_SCAN_ALL, count_cb, &c_raw);
      ac_free(plain);
      if(!plain || c_raw.n != raw) {
        fprintf(stderr, "bench_acmatch: %zu phrases: memmem finds %llu, "
                "the automaton %llu\n", ph.n, (unsigned long long)raw,
                (unsigned long long)c_raw.n);
        rc = 1;
      }
      snprintf(mm, sizeof(mm), "%.1f", mbs);
    }
    printf("%7zu %8zu %7zu %4zu %7.1fM %6.1fms %8.1f %8.1f %8.1f %8llu "
           "%8s\n", ph.n, st.states, st.dense_states, st.classes,
           (double)st.memory / 1048576.0, csecs * 1e3, all, ll,
           (double)page_bytes / page, (unsigned long long)c_all.n, mm);
    (void)c_ll;
    free_phrases(&ph);
  }
  free(text);
  return rc;
}
