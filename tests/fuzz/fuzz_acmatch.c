/*
 * fuzz_acmatch.c: the multi-pattern matcher (classify/acmatch.c) against
 * the naive matcher of tests/acmatch_ref.h.
 *
 * Input layout:
 *
 *   +------+------+-------------------------------+------------------+
 *   | opt  | npat | npat x (head, head&63+1 bytes) | text (the rest)  |
 *   +------+------+-------------------------------+------------------+
 *   opt:  bits 0-1 dense limit (root only, 64 B, 1 KiB, default)
 *         bits 2-3 bytes per lane of the interleaved scan (default, 1,
 *         5, 64)
 *         bits 4-7 r: the text is the rest of the input 1 + 3 r times
 *         over (so that the default lanes are reached), at most TEXT_MAX
 *   npat: mod 33
 *   head: bits 0-5 length - 1, bit 6 id 0 (else the pattern's index),
 *         bit 7 AC_WORD_BOUNDARY
 *
 * A pattern cut by the end of the input is dropped, and the text is then
 * empty.  Both scan modes must report exactly what the naive matcher
 * finds, in the same order; any difference aborts.
 */
#define PP_UNITTESTS 1      /* ac_lane_bytes */
#include "config.h"

#include <stdlib.h>

#include "acmatch.h"
#include "acmatch_ref.h"
#include "pp_cursor.h"
#include "pp_err.h"

#define PAT_MAX 32
#define TEXT_MAX 32768

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool cond)
{
  if(!cond)
    abort();
}

static int collect(void *user, uint32_t id, size_t start, size_t end)
{
  ref_push(user, id, start, end);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const size_t dense[] = { 0, 64, 1024, AC_DENSE_DEFAULT };
  static const size_t lanes[] = { 0, 1, 5, 64 };
  struct ref_pat pats[PAT_MAX];
  struct ref_list want = { 0 }, got = { 0 };
  struct pp_rd r;
  struct ac *ac;
  const uint8_t *rest;
  uint8_t *text = NULL;
  size_t np = 0, want_np, rlen, tlen = 0, reps, i;
  uint8_t opt;
  unsigned mode;

  rd_init(&r, data, size);
  opt = rd_u8(&r);
  want_np = rd_u8(&r) % (PAT_MAX + 1);
  if(!rd_ok(&r))
    return 0;
  while(np < want_np) {
    uint8_t head = rd_u8(&r);
    size_t len = (size_t)(head & 63) + 1;
    const uint8_t *p = rd_ptr(&r, len);
    if(!p)
      break;
    pats[np].p = p;
    pats[np].len = len;
    pats[np].id = (head & 64) ? 0 : (uint32_t)np;
    pats[np].flags = (head & 128) ? AC_WORD_BOUNDARY : 0;
    np++;
  }
  /* A pattern cut short put the cursor in error: no text then. */
  rlen = PP_MIN(rd_left(&r), (size_t)TEXT_MAX);
  rest = rd_ptr(&r, rlen);
  reps = 1 + 3 * (size_t)(opt >> 4);
  if(rlen) {
    /* An exact-size copy, so that ASan sees any read past the end. */
    tlen = PP_MIN(rlen * reps, (size_t)TEXT_MAX);
    text = malloc(tlen);
    if(!text)
      return 0;
    for(i = 0; i < tlen; i += rlen)
      memcpy(text + i, rest, PP_MIN(rlen, tlen - i));
  }

  ac = ac_new();
  if(!ac) {
    free(text);
    return 0;
  }
  check(ac_set_dense_limit(ac, dense[opt & 3]) == PP_OK);
  ac_lane_bytes = lanes[(opt >> 2) & 3];
  for(i = 0; i < np; i++)
    check(ac_add(ac, pats[i].p, pats[i].len, pats[i].id, pats[i].flags) ==
          PP_OK);
  if(ac_compile(ac) != PP_OK)
    goto out;
  for(mode = 0; mode < 2; mode++) {
    if(mode)
      ref_ll(pats, np, text, tlen, &want);
    else
      ref_all(pats, np, text, tlen, &want);
    check(ac_scan(ac, text, tlen, mode, collect, &got) == PP_OK);
    if(!want.oom && !got.oom)
      check(ref_same(&want, &got));
    ref_clear(&want);
    ref_clear(&got);
  }
out:
  ac_lane_bytes = 0;
  ac_free(ac);
  free(text);
  return 0;
}
