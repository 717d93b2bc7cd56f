/*
 * fuzz_footer.c: text normalization, then the licence footer parser, on
 * arbitrary bytes.
 *
 * Checks (abort on failure):
 *  - every flag set: the output is well-formed UTF-8, NUL-terminated, its
 *    map never decreases and stays in the input, spans are in range;
 *  - on well-formed input, NFC and NFC + folding equal libunistring's
 *    whole-string u8_normalize / u8_casefold (unless a cluster was split
 *    at TEXTNORM_MARKS_MAX marks);
 *  - MATCH is idempotent, and the fixed-buffer textnorm_str gives the
 *    allocated result when it fits;
 *  - footer_parse: counts within their caps, spans inside the input,
 *    text fields NUL-terminated UTF-8, dates flagged valid only when real.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uninorm.h>
#include <unicase.h>
#include <unistr.h>

#include "footer.h"
#include "pp_err.h"
#include "textnorm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define ORACLE_MAX (64 * 1024)   /* libunistring comparisons up to here */

static void check(bool cond)
{
  if(!cond)
    abort();
}

static void check_result(const struct textnorm *tn, size_t size)
{
  size_t i, a, b;
  check(tn->text[tn->len] == '\0');
  check(u8_check((const uint8_t *)tn->text, tn->len) == NULL);
  check(tn->in_len <= size);
  if(!tn->map)
    return;
  check(tn->map[tn->len] == tn->in_len);
  for(i = 0; i < tn->len; i++)
    check(tn->map[i] <= tn->map[i + 1] && tn->map[i] < tn->in_len);
  for(i = 0; i + 3 <= tn->len; i += 3) {
    check(textnorm_span(tn, i, i + 3, &a, &b) == PP_OK);
    check(a <= b && b <= tn->in_len);
  }
}

static void check_span(struct footer_span s, size_t size)
{
  check((size_t)s.off + s.len <= size);
}

static void check_text(const char *s, size_t cap)
{
  size_t n = strnlen(s, cap);
  check(n < cap);
  check(u8_check((const uint8_t *)s, n) == NULL);
}

static void check_date(const struct footer_date *d, size_t size)
{
  if(!d->present)
    return;
  check_span(d->span, size);
  if(d->valid)
    check(d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= 31);
}

static void check_footer(const struct footer_result *r, size_t size)
{
  size_t i;
  check(r->n_licences <= FOOTER_LICENCES_MAX);
  check(r->n_people <= FOOTER_PEOPLE_MAX);
  check(r->n_badges <= FOOTER_BADGES_MAX);
  check(r->n_business <= FOOTER_BUSINESS_MAX);
  for(i = 0; i < r->n_licences; i++) {
    const struct footer_licence *l = &r->licences[i];
    check_text(l->number, sizeof(l->number));
    check_text(l->number_key, sizeof(l->number_key));
    check_text(l->issuer_text, sizeof(l->issuer_text));
    check(strstr(l->number_key, "/G") != NULL);
    check_span(l->number_span, size);
    check(l->number_span.len > 0);
    check_span(l->kind_span, size);
    check_span(l->issuer_span, size);
    check_span(l->province_span, size);
    check(!l->province == !l->province_2025);
    check_date(&l->issued, size);
    check_date(&l->expires, size);
    check(*footer_kind_name(l->kind) && footer_issuer_name(l->issuer));
  }
  for(i = 0; i < r->n_people; i++) {
    const struct footer_person *p = &r->people[i];
    check_text(p->label, sizeof(p->label));
    check_text(p->title, sizeof(p->title));
    check_text(p->name, sizeof(p->name));
    check(p->name_span.len > 0);
    check_span(p->label_span, size);
    check_span(p->title_span, size);
    check_span(p->name_span, size);
  }
  for(i = 0; i < r->n_badges; i++) {
    check_text(r->badges[i].cat, sizeof(r->badges[i].cat));
    check_text(r->badges[i].id, sizeof(r->badges[i].id));
    check(r->badges[i].link >= -1 && r->badges[i].link < 2);
    check_span(r->badges[i].span, size);
  }
  for(i = 0; i < r->n_business; i++) {
    check_text(r->business[i].number, sizeof(r->business[i].number));
    check_span(r->business[i].span, size);
    check_span(r->business[i].number_span, size);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const unsigned flag_sets[] = {
    0, TEXTNORM_FOLD, TEXTNORM_MATCH, TEXTNORM_PLAIN | TEXTNORM_LINES,
    TEXTNORM_SLUG, TEXTNORM_TONE | TEXTNORM_SPACE,
  };
  struct textnorm tn, again;
  struct footer_result res;
  const char *links[2];
  char small[512];
  size_t i, n;
  bool valid = u8_check(data, size) == NULL && size <= ORACLE_MAX;
  textnorm_init(&tn);
  textnorm_init(&again);
  for(i = 0; i < sizeof(flag_sets) / sizeof(flag_sets[0]); i++) {
    unsigned f = flag_sets[i];
    int rc;
    if(textnorm_run(&tn, data, size, f | TEXTNORM_MAP) != PP_OK)
      continue;
    check_result(&tn, size);
    /* the fixed buffer gives the same text when it fits */
    rc = textnorm_str(data, size, f, small, sizeof(small), &n);
    check(rc == PP_OK || rc == PP_ELIMIT);
    check(n < sizeof(small) && small[n] == '\0');
    check(u8_check((const uint8_t *)small, n) == NULL);
    if(rc == PP_OK)
      check(n == tn.len && !memcmp(small, tn.text, n));
    if(valid && !tn.n_long && (f == 0 || f == TEXTNORM_FOLD)) {
      size_t rn;
      uint8_t *ref = f ? u8_casefold(data, size, NULL, UNINORM_NFC, NULL,
                                     &rn)
                       : u8_normalize(UNINORM_NFC, data, size, NULL, &rn);
      if(ref) {
        check(rn == tn.len && !memcmp(ref, tn.text, rn));
        free(ref);
      }
    }
    if(f == TEXTNORM_MATCH && !tn.n_long && tn.n_invalid == 0 &&
       textnorm_run(&again, tn.text, tn.len, f) == PP_OK)
      check(again.len == tn.len && !memcmp(again.text, tn.text, tn.len));
  }
  textnorm_free(&tn);
  textnorm_free(&again);

  /* the footer, with the input also as a link */
  links[0] = "https://giayphep.abei.gov.vn/i/12345";
  n = size < sizeof(small) ? size : sizeof(small) - 1;
  memcpy(small, data, n);
  small[n] = '\0';
  links[1] = small;
  if(footer_parse((const char *)data, size, links, 2, &res) == PP_OK)
    check_footer(&res, size);
  (void)footer_province((const char *)data, size, NULL);
  return 0;
}
