/*
 * fuzz_hll.c: serialized HyperLogLog sketches from untrusted sources
 * (store rows, JSON lines of other probes) through
 * pp_hll_merge_serialized().
 *
 * The input is parsed into an empty sketch and into one that already holds
 * a few registers.  Whatever parses must serialize, parse back to the same
 * bytes (a fixed point), and give a finite, non-negative estimate; a
 * refused input must leave the sketch unchanged.  The input is also fed as
 * 8-byte hashes to pp_hll_add, whose result must survive the same round
 * trip.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "pp_cursor.h"
#include "pp_hll.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool cond)
{
  if(!cond)
    abort();
}

/* Serialize h, parse it into a fresh sketch, and compare the bytes. */
static void roundtrip(const struct pp_hll *h)
{
  static uint8_t a[PP_HLL_SERIAL_MAX], b[PP_HLL_SERIAL_MAX];
  size_t alen = 0, blen = 0;
  struct pp_hll *g = pp_hll_new();
  double e = pp_hll_estimate(h);

  check(isfinite(e) && e >= 0.0);
  check(pp_hll_serialize(h, a, sizeof(a), &alen) == PP_OK);
  if(!g)
    return;
  check(pp_hll_merge_serialized(g, a, alen) == PP_OK);
  check(pp_hll_serialize(g, b, sizeof(b), &blen) == PP_OK);
  check(alen == blen && !memcmp(a, b, alen));
  check(pp_hll_estimate(g) == e);
  pp_hll_free(g);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static uint8_t before[PP_HLL_SERIAL_MAX], after[PP_HLL_SERIAL_MAX];
  struct pp_hll *h = pp_hll_new(), *seeded = pp_hll_new();
  size_t blen = 0, alen = 0;
  struct pp_rd r;
  int rc;

  if(!h || !seeded)
    goto out;

  /* 1. The input as a blob, into an empty sketch. */
  if(pp_hll_merge_serialized(h, data, size) == PP_OK)
    roundtrip(h);

  /* 2. Into a sketch with registers set; refused means unchanged. */
  pp_hll_add(seeded, 0x0123456789abcdefull);
  pp_hll_add(seeded, 0xfedcba9876543210ull);
  pp_hll_add(seeded, 0);
  pp_hll_serialize(seeded, before, sizeof(before), &blen);
  rc = pp_hll_merge_serialized(seeded, data, size);
  pp_hll_serialize(seeded, after, sizeof(after), &alen);
  if(rc != PP_OK)
    check(alen == blen && !memcmp(before, after, alen));
  else
    roundtrip(seeded);

  /* 3. The input as hashes; merging h in again must be idempotent. */
  pp_hll_reset(h);
  rd_init(&r, data, size);
  while(rd_left(&r) >= 8)
    pp_hll_add(h, rd_be64(&r));
  roundtrip(h);
  if(pp_hll_merge(seeded, h) == PP_OK) {
    pp_hll_serialize(seeded, before, sizeof(before), &blen);
    check(pp_hll_merge(seeded, h) == PP_OK);
    pp_hll_serialize(seeded, after, sizeof(after), &alen);
    check(alen == blen && !memcmp(before, after, alen));
  }
out:
  pp_hll_free(h);
  pp_hll_free(seeded);
  return 0;
}
