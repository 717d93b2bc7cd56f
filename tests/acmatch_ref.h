/*
 * acmatch_ref.h: the naive matcher that the acmatch unit test and fuzz
 * target compare classify/acmatch.c against (header-only).
 *
 * Every pattern is tried at every position with memcmp, and word
 * boundaries are decided by a separate route through libunistring
 * (u8_prev / u8_mbtoucr and uc_is_general_category), so that the two
 * implementations share nothing but the contract in acmatch.h.
 */
#ifndef PP_ACMATCH_REF_H
#define PP_ACMATCH_REF_H

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unistr.h>

#include "acmatch.h"

struct ref_pat {
  const uint8_t *p;
  size_t len;
  uint32_t id;
  unsigned flags;          /* 0 or AC_WORD_BOUNDARY */
};

struct ref_match {
  uint32_t id;
  size_t start, end;
};

struct ref_list {
  struct ref_match *m;
  size_t n, cap;
  bool oom;
};

static void ref_push(struct ref_list *l, uint32_t id, size_t start,
                     size_t end) __attribute__((unused));
static void ref_push(struct ref_list *l, uint32_t id, size_t start,
                     size_t end)
{
  if(l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 16;
    struct ref_match *m = realloc(l->m, cap * sizeof(*m));
    if(!m) {
      l->oom = true;
      return;
    }
    l->m = m;
    l->cap = cap;
  }
  l->m[l->n].id = id;
  l->m[l->n].start = start;
  l->m[l->n].end = end;
  l->n++;
}

static void ref_clear(struct ref_list *l) __attribute__((unused));
static void ref_clear(struct ref_list *l)
{
  free(l->m);
  memset(l, 0, sizeof(*l));
}

static bool ref_same(const struct ref_list *a, const struct ref_list *b)
  __attribute__((unused));
static bool ref_same(const struct ref_list *a, const struct ref_list *b)
{
  size_t i;
  if(a->n != b->n || a->oom || b->oom)
    return false;
  for(i = 0; i < a->n; i++)
    if(a->m[i].id != b->m[i].id || a->m[i].start != b->m[i].start ||
       a->m[i].end != b->m[i].end)
      return false;
  return true;
}

static bool ref_cp_word(ucs4_t uc)
{
  return uc_is_general_category(uc, UC_CATEGORY_L) ||
         uc_is_general_category(uc, UC_CATEGORY_M) ||
         uc_is_general_category(uc, UC_CATEGORY_N);
}

static bool ref_bound_ok(const uint8_t *t, size_t n, size_t start,
                         size_t end)
{
  ucs4_t uc;
  if(start > 0) {
    const uint8_t *q = u8_prev(&uc, t + start, t);
    /* u8_prev takes a lone byte < 0x80 as is; anything it cannot decode
     * counts as a word character. */
    if(!q || ref_cp_word(uc))
      return false;
  }
  if(end < n) {
    if(u8_mbtoucr(&uc, t + end, n - end) < 0 || ref_cp_word(uc))
      return false;
  }
  return true;
}

static bool ref_hit(const struct ref_pat *p, const uint8_t *t, size_t n,
                    size_t start)
{
  if(p->len > n - start || memcmp(t + start, p->p, p->len))
    return false;
  return !(p->flags & AC_WORD_BOUNDARY) ||
         ref_bound_ok(t, n, start, start + p->len);
}

/* Every match, by end, longer first, same bytes in the order given. */
static void ref_all(const struct ref_pat *pats, size_t np, const uint8_t *t,
                    size_t n, struct ref_list *out) __attribute__((unused));
static void ref_all(const struct ref_pat *pats, size_t np, const uint8_t *t,
                    size_t n, struct ref_list *out)
{
  size_t *ord = malloc((np ? np : 1) * sizeof(*ord)), end, i, j;
  if(!ord) {
    out->oom = true;
    return;
  }
  /* Insertion sort (stable): longer first. */
  for(i = 0; i < np; i++) {
    for(j = i; j > 0 && pats[ord[j - 1]].len < pats[i].len; j--)
      ord[j] = ord[j - 1];
    ord[j] = i;
  }
  for(end = 1; end <= n; end++)
    for(i = 0; i < np; i++) {
      const struct ref_pat *p = &pats[ord[i]];
      if(p->len <= end && ref_hit(p, t, n, end - p->len))
        ref_push(out, p->id, end - p->len, end);
    }
  free(ord);
}

/* Leftmost-longest, non-overlapping; all patterns of the chosen bytes. */
static void ref_ll(const struct ref_pat *pats, size_t np, const uint8_t *t,
                   size_t n, struct ref_list *out) __attribute__((unused));
static void ref_ll(const struct ref_pat *pats, size_t np, const uint8_t *t,
                   size_t n, struct ref_list *out)
{
  size_t s = 0, i;
  while(s < n) {
    size_t best = 0;
    for(i = 0; i < np; i++)
      if(pats[i].len > best && ref_hit(&pats[i], t, n, s))
        best = pats[i].len;
    if(!best) {
      s++;
      continue;
    }
    for(i = 0; i < np; i++)
      if(pats[i].len == best && ref_hit(&pats[i], t, n, s))
        ref_push(out, pats[i].id, s, s + best);
    s += best;
  }
}

#endif
