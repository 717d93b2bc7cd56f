/*
 * test_hll.c: HyperLogLog sketches (pp_hll.c): small-set exactness,
 * accuracy from 10^3 to 10^6, the sparse-to-dense switch, merge = union,
 * serialization in both modes, rejection of malformed blobs, and
 * allocation failures that leave the sketch unchanged.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include <math.h>

#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_hll.h"

/* splitmix64: a stand-in for keyed SipHash of distinct addresses. */
static uint64_t mix(uint64_t x)
{
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

static struct pp_hll *sketch_of(uint64_t from, uint64_t to)
{
  struct pp_hll *h = pp_hll_new();
  uint64_t i;
  for(i = from; h && i < to; i++) {
    if(pp_hll_add(h, mix(i))) {
      pp_hll_free(h);
      return NULL;
    }
  }
  return h;
}

/* Serialization as a comparable value. */
struct blob {
  uint8_t b[PP_HLL_SERIAL_MAX];
  size_t len;
};

static void blob_of(const struct pp_hll *h, struct blob *out)
{
  out->len = 0;
  if(pp_hll_serialize(h, out->b, sizeof(out->b), &out->len))
    out->len = 0;
}

static bool same(const struct pp_hll *a, const struct pp_hll *b)
{
  static struct blob x, y;
  blob_of(a, &x);
  blob_of(b, &y);
  return x.len && x.len == y.len && !memcmp(x.b, y.b, x.len);
}

static void test_small(void)
{
  static const int sizes[] = {0, 1, 2, 3, 10, 50, 100};
  size_t i;
  struct pp_hll *h;

  for(i = 0; i < PP_ARRAY_LEN(sizes); i++) {
    double e;
    h = sketch_of(1000, 1000 + (uint64_t)sizes[i]);
    e = pp_hll_estimate(h);
    /* Exact within 1 for tiny sets; within 2 % (1.3 sigma) above. */
    ok(h && fabs(e - sizes[i]) <= PP_MAX(1.0, sizes[i] * 0.02),
       "%d distinct: estimate %.3f", sizes[i], e);
    ok(h && !hll_is_dense(h), "%d distinct: sparse", sizes[i]);
    pp_hll_free(h);
  }
  h = sketch_of(0, 10);
  for(i = 0; h && i < 1000; i++)
    pp_hll_add(h, mix(i % 10));
  ok(h && fabs(pp_hll_estimate(h) - 10.0) <= 1.0, "duplicates not counted");
  pp_hll_free(h);
  ok(pp_hll_estimate(NULL) == 0.0, "estimate(NULL) = 0");
}

static void test_accuracy(void)
{
  static const uint64_t sizes[] = {500, 1000, 1024, 1500, 3000, 5000, 10000,
                                   30000, 100000, 1000000};
  /* 3 sigma; sigma = 1.04 / sqrt(4096) = 1.625 % */
  const double tol = 3 * 1.04 / 64.0;
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(sizes); i++) {
    struct pp_hll *h = sketch_of(sizes[i] * 7, sizes[i] * 8);
    double e = pp_hll_estimate(h);
    double rel = (e - (double)sizes[i]) / (double)sizes[i];
    ok(h && fabs(rel) < tol, "%llu distinct: estimate %.0f (%+.2f %%)",
       (unsigned long long)sizes[i], e, rel * 100);
    pp_hll_free(h);
  }
}

static void test_dense_switch(void)
{
  struct pp_hll *h = pp_hll_new();
  uint64_t i = 0;
  double before = 0, after;
  struct blob b;

  /* Add until the sketch turns dense; it must not be before 1024 regs. */
  while(h && !hll_is_dense(h) && i < 100000) {
    before = pp_hll_estimate(h);
    pp_hll_add(h, mix(i++));
  }
  after = pp_hll_estimate(h);
  ok(h && hll_is_dense(h), "turns dense (after %llu adds)",
     (unsigned long long)i);
  ok(fabs(after - before) < 2.0, "estimate continuous across the switch "
     "(%.1f -> %.1f)", before, after);
  ok(i > 1024, "not dense before 1024 registers are set");
  blob_of(h, &b);
  is_int(b.len, 3 + PP_HLL_REGISTERS, "dense blob is 4099 bytes");
  pp_hll_reset(h);
  ok(h && !hll_is_dense(h) && pp_hll_estimate(h) == 0.0, "reset: empty");
  blob_of(h, &b);
  is_int(b.len, 5, "empty blob is 5 bytes");
  pp_hll_reset(NULL);
  pp_hll_free(h);
  pp_hll_free(NULL);
}

/* merge(A, B) must equal the sketch of A u B, register for register. */
static void check_union(uint64_t a0, uint64_t a1, uint64_t b0, uint64_t b1,
                        const char *what)
{
  struct pp_hll *a = sketch_of(a0, a1), *b = sketch_of(b0, b1);
  struct pp_hll *u = sketch_of(PP_MIN(a0, b0), PP_MAX(a1, b1));
  double want = (double)(PP_MAX(a1, b1) - PP_MIN(a0, b0));
  ok(a && b && u && pp_hll_merge(a, b) == PP_OK, "%s: merge", what);
  ok(same(a, u), "%s: merge equals the sketch of the union", what);
  ok(fabs(pp_hll_estimate(a) - want) <= PP_MAX(1.0, want * 0.05),
     "%s: estimate %.0f of %.0f", what, pp_hll_estimate(a), want);
  pp_hll_free(a);
  pp_hll_free(b);
  pp_hll_free(u);
}

static void test_merge(void)
{
  struct pp_hll *a = sketch_of(0, 100), *c = sketch_of(0, 100);
  check_union(0, 10, 5, 20, "sparse+sparse");
  check_union(0, 700, 500, 1400, "sparse+sparse -> dense");
  check_union(0, 5000, 4000, 4100, "dense+sparse");
  check_union(0, 50, 20, 6000, "sparse+dense");
  check_union(0, 60000, 30000, 90000, "dense+dense");
  check_union(0, 0, 0, 0, "empty+empty");
  check_union(0, 0, 0, 9, "empty+sparse");
  ok(pp_hll_merge(a, NULL) == PP_OK && same(a, c), "merge NULL: no-op");
  ok(pp_hll_merge(a, a) == PP_OK && same(a, c), "merge self: no-op");
  pp_hll_free(a);
  pp_hll_free(c);
}

static void check_roundtrip(uint64_t n, const char *what)
{
  struct pp_hll *h = sketch_of(0, n), *g = pp_hll_new();
  struct blob b;
  uint8_t small[PP_HLL_SERIAL_MAX];
  size_t len = 0;
  blob_of(h, &b);
  ok(b.len && pp_hll_merge_serialized(g, b.b, b.len) == PP_OK,
     "%s: parse own blob (%zu bytes)", what, b.len);
  ok(same(g, h), "%s: roundtrip is exact", what);
  ok(pp_hll_merge_serialized(g, b.b, b.len) == PP_OK && same(g, h),
     "%s: merging it again changes nothing", what);
  ok(pp_hll_serialize(h, small, b.len - 1, &len) == PP_ERANGE,
     "%s: buffer one byte short: ERANGE", what);
  ok(pp_hll_serialize(h, small, b.len, &len) == PP_OK && len == b.len,
     "%s: exact buffer: OK", what);
  pp_hll_free(h);
  pp_hll_free(g);
}

static void test_serialize(void)
{
  static const uint8_t sparse2[] = {1, 0, 12, 2, 0, 0x05, 0x00, 3,
                                    0xff, 0x0f, 53};
  struct pp_hll *h = pp_hll_new();
  struct blob b;
  size_t len = 0;
  uint8_t empty[5];

  check_roundtrip(0, "empty");
  check_roundtrip(1, "1");
  check_roundtrip(1000, "sparse 1000");
  check_roundtrip(100000, "dense");
  ok(pp_hll_serialize(NULL, empty, sizeof(empty), &len) == PP_OK && len == 5,
     "serialize(NULL): the empty sketch");
  ok(!memcmp(empty, "\x01\x00\x0c\x00\x00", 5), "empty blob: 01 00 0c 00 00");
  /* A hand-written blob: registers 5 (rank 3) and 4095 (rank 53). */
  ok(h && pp_hll_merge_serialized(h, sparse2, sizeof(sparse2)) == PP_OK,
     "hand-written sparse blob");
  blob_of(h, &b);
  ok(b.len == sizeof(sparse2) && !memcmp(b.b, sparse2, b.len),
     "serializes back to the same bytes");
  pp_hll_free(h);
}

/* Each malformed blob is refused and leaves the sketch as it was. */
static struct pp_hll *victim, *victim_copy;

static void check_bad(const uint8_t *blob, size_t len, int want,
                      const char *what)
{
  is_int(pp_hll_merge_serialized(victim, blob, len), want, "refused: %s",
         what);
  ok(same(victim, victim_copy), "unchanged after: %s", what);
}

static void test_malformed(void)
{
  static uint8_t dense[3 + PP_HLL_REGISTERS + 1];
  struct pp_hll *h;
  uint8_t b[16];

  victim = sketch_of(0, 30);
  victim_copy = sketch_of(0, 30);
  check_bad((const uint8_t *)"", 0, PP_ETRUNC, "empty");
  check_bad((const uint8_t *)"\x01", 1, PP_ETRUNC, "1 byte");
  check_bad((const uint8_t *)"\x01\x00", 2, PP_ETRUNC, "2 bytes");
  check_bad((const uint8_t *)"\x01\x00\x0c", 3, PP_ETRUNC, "no count");
  check_bad((const uint8_t *)"\x01\x00\x0c\x01", 4, PP_ETRUNC, "half count");
  check_bad((const uint8_t *)"\x02\x00\x0c\x00\x00", 5, PP_EMALFORMED,
            "version 2");
  check_bad((const uint8_t *)"\x00\x00\x0c\x00\x00", 5, PP_EMALFORMED,
            "version 0");
  check_bad((const uint8_t *)"\x01\x00\x0e\x00\x00", 5, PP_EMALFORMED,
            "precision 14");
  check_bad((const uint8_t *)"\x01\x02\x0c\x00\x00", 5, PP_EMALFORMED,
            "mode 2");
  check_bad((const uint8_t *)"\x01\x00\x0c\x00\x00\x00", 6, PP_EMALFORMED,
            "trailing byte");
  check_bad((const uint8_t *)"\x01\x00\x0c\x01\x10", 5, PP_EMALFORMED,
            "count 4097");
  check_bad((const uint8_t *)"\x01\x00\x0c\x02\x00\x01\x00\x01", 8,
            PP_ETRUNC, "count 2, one entry");
  check_bad((const uint8_t *)"\x01\x00\x0c\x01\x00\x01\x00", 7, PP_ETRUNC,
            "entry cut");
  check_bad((const uint8_t *)"\x01\x00\x0c\x01\x00\x00\x10\x01", 8,
            PP_EMALFORMED, "index 4096");
  check_bad((const uint8_t *)"\x01\x00\x0c\x01\x00\x05\x00\x00", 8,
            PP_EMALFORMED, "rank 0");
  check_bad((const uint8_t *)"\x01\x00\x0c\x01\x00\x05\x00\x36", 8,
            PP_EMALFORMED, "rank 54");
  memcpy(b, "\x01\x00\x0c\x02\x00\x05\x00\x01\x04\x00\x01", 11);
  check_bad(b, 11, PP_EMALFORMED, "indexes descending");
  memcpy(b, "\x01\x00\x0c\x02\x00\x05\x00\x01\x05\x00\x02", 11);
  check_bad(b, 11, PP_EMALFORMED, "index twice");

  dense[0] = 1;
  dense[1] = 1;
  dense[2] = 12;
  check_bad(dense, sizeof(dense) - 2, PP_ETRUNC, "dense, 4095 registers");
  check_bad(dense, sizeof(dense), PP_EMALFORMED, "dense, trailing byte");
  dense[3 + 4095] = 54;
  check_bad(dense, sizeof(dense) - 1, PP_EMALFORMED, "dense, register 54");
  pp_hll_free(victim);
  pp_hll_free(victim_copy);

  h = pp_hll_new();
  is_int(pp_hll_merge_serialized(h, NULL, 0), PP_ETRUNC, "NULL buffer");
  pp_hll_free(h);
}

/*
 * Fail the k-th allocation of op for k = 0, 1, ... until op succeeds; each
 * failure must return PP_ENOMEM and leave the sketch as a copy of it was.
 */
static void test_enomem(void)
{
  struct pp_hll *src_sparse = sketch_of(5000, 5600);
  struct pp_hll *src_dense = sketch_of(5000, 9000);
  struct blob bs, bd;
  int op, fails = 0, bad = 0;

  blob_of(src_sparse, &bs);
  blob_of(src_dense, &bd);
  pp_alloc_fail_after(0);
  ok(pp_hll_new() == NULL, "new: NULL on ENOMEM");
  pp_alloc_fail_after(-1);

  for(op = 0; op < 5; op++) {
    long k;
    for(k = 0; k < 100; k++) {
      struct pp_hll *h = sketch_of(0, 900), *ref = sketch_of(0, 900);
      int rc = PP_OK;
      uint64_t i;
      pp_alloc_fail_after(k);
      switch(op) {
      case 0:   /* adds up to and through the dense switch */
        for(i = 900; i < 1300 && rc == PP_OK; i++) {
          rc = pp_hll_add(h, mix(i));
          if(rc == PP_OK)
            pp_hll_add(ref, mix(i));
        }
        break;
      case 1: rc = pp_hll_merge(h, src_sparse); break;
      case 2: rc = pp_hll_merge(h, src_dense); break;
      case 3: rc = pp_hll_merge_serialized(h, bs.b, bs.len); break;
      case 4: rc = pp_hll_merge_serialized(h, bd.b, bd.len); break;
      }
      pp_alloc_fail_after(-1);
      if(rc == PP_OK) {
        pp_hll_free(h);
        pp_hll_free(ref);
        break;
      }
      fails++;
      if(rc != PP_ENOMEM || !same(h, ref))
        bad++;
      pp_hll_free(h);
      pp_hll_free(ref);
    }
  }
  ok(fails >= 5, "allocation failures injected (%d)", fails);
  is_int(bad, 0, "every failure: ENOMEM and the sketch unchanged");
  pp_hll_free(src_sparse);
  pp_hll_free(src_dense);
}

int main(void)
{
  test_small();
  test_accuracy();
  test_dense_switch();
  test_merge();
  test_serialize();
  test_malformed();
  test_enomem();
  return tap_done();
}
