/*
 * fuzz_htmlfeat.c: the HTML feature extractor on arbitrary bytes, with a
 * fixed page URL, through one extractor reused from input to input; and
 * the RFC 3986 resolver on the input split at its first NUL (base, then
 * reference).
 *
 * Checks (abort on failure):
 *  - htmlfeat_parse returns PP_OK (PP_ENOMEM only if memory runs out);
 *  - every text and pool string is NUL-terminated, well-formed UTF-8
 *    without NUL bytes; BODY and TITLE have no leading, trailing or
 *    repeated separators;
 *  - every count within its cap, every item range inside its text, every
 *    menu item in a menu, every comment's kind among comment_kinds;
 *  - htmlfeat_resolve: PP_OK, PP_EINVAL or PP_ELIMIT; on PP_OK the
 *    result fits, is NUL-terminated and holds no space or control byte.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "htmlfeat.h"
#include "pp_err.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define URL "https://tin.example/thoi-su/bai-viet-d123456.html?p=1"

static void check(bool cond)
{
  if(!cond)
    abort();
}

static void check_valid(const char *s, size_t n)
{
  check(s != NULL && s[n] == '\0');
  check(!memchr(s, '\0', n));
  check(u8_check((const uint8_t *)s, n) == NULL);
}

static void check_str(const struct htmlfeat *f, struct htmlfeat_str s)
{
  check((size_t)s.off + s.len < f->pool_len);
  check_valid(htmlfeat_s(f, s), s.len);
}

static void check_collapsed(const struct htmlfeat_text *t)
{
  size_t i;
  if(!t->len)
    return;
  check(t->s[0] != ' ' && t->s[0] != '\n');
  check(t->s[t->len - 1] != ' ' && t->s[t->len - 1] != '\n');
  for(i = 0; i + 1 < t->len; i++) {
    bool a = t->s[i] == ' ' || t->s[i] == '\n';
    bool b = t->s[i + 1] == ' ' || t->s[i + 1] == '\n';
    check(!(a && b));
    check((uint8_t)t->s[i] >= 0x20 || t->s[i] == '\n');
  }
}

static void check_range(const struct htmlfeat *f, enum htmlfeat_text_id id,
                        uint32_t off, uint32_t len)
{
  check(len > 0 && (size_t)off + len <= f->text[id].len);
}

static void check_all(const struct htmlfeat *f)
{
  size_t i;
  for(i = 0; i < HTMLFEAT_TEXTS; i++) {
    check_valid(f->text[i].s, f->text[i].len);
    if(i != HTMLFEAT_BODY && i != HTMLFEAT_TITLE)
      check(f->text[i].len <= HTMLFEAT_REGION_MAX);
  }
  check(f->text[HTMLFEAT_BODY].len <= HTMLFEAT_TEXT_MAX);
  check(f->text[HTMLFEAT_TITLE].len <= HTMLFEAT_VALUE_MAX);
  check_collapsed(&f->text[HTMLFEAT_BODY]);
  check_collapsed(&f->text[HTMLFEAT_TITLE]);
  check(f->pool_len <= HTMLFEAT_POOL_MAX);
  check_str(f, f->url);
  check_str(f, f->base);
  check_str(f, f->lang);
  check_str(f, f->canonical);
  check_str(f, f->amphtml);
  check(f->n_links <= HTMLFEAT_LINKS_MAX);
  for(i = 0; i < f->n_links; i++) {
    check_str(f, f->links[i].href);
    check_str(f, f->links[i].text);
    check_str(f, f->links[i].rel);
    check(f->links[i].href.len < HTMLFEAT_URL_MAX);
    check(f->links[i].text.len <= HTMLFEAT_LINK_TEXT_MAX);
  }
  check(f->n_props <= HTMLFEAT_PROPS_MAX);
  for(i = 0; i < f->n_props; i++) {
    check_str(f, f->props[i].name);
    check_str(f, f->props[i].value);
    check_str(f, f->props[i].type);
    check(f->props[i].name.len && f->props[i].value.len &&
          f->props[i].value.len <= HTMLFEAT_VALUE_MAX);
  }
  check(f->n_menus <= HTMLFEAT_MENUS_MAX);
  for(i = 0; i < f->n_menus; i++) {
    check_str(f, f->menus[i].name);
    check(f->menus[i].n > 0 &&
          f->menus[i].first + f->menus[i].n <= f->n_menu_items);
  }
  check(f->n_menu_items <= HTMLFEAT_MENU_ITEMS_MAX);
  for(i = 0; i < f->n_menu_items; i++) {
    check_range(f, HTMLFEAT_NAV, f->menu_items[i].off,
                f->menu_items[i].len);
    check_str(f, f->menu_items[i].href);
    check(f->menu_items[i].menu < f->n_menus);
  }
  check(f->n_bylines <= HTMLFEAT_BYLINES_MAX);
  for(i = 0; i < f->n_bylines; i++) {
    check_range(f, HTMLFEAT_BYLINE, f->bylines[i].off, f->bylines[i].len);
    check_str(f, f->bylines[i].detail);
    check(*htmlfeat_byline_kind_name(f->bylines[i].kind) != '?');
  }
  check(f->n_attribs <= HTMLFEAT_ATTRIBS_MAX);
  for(i = 0; i < f->n_attribs; i++) {
    check_range(f, HTMLFEAT_ATTRIB, f->attribs[i].off, f->attribs[i].len);
    check(f->attribs[i].len <= HTMLFEAT_ATTRIB_LEN_MAX);
    check_str(f, f->attribs[i].href);
  }
  check(f->n_comments <= HTMLFEAT_COMMENTS_MAX);
  for(i = 0; i < f->n_comments; i++) {
    check_str(f, f->comments[i].what);
    check(f->comment_kinds & f->comments[i].kind);
  }
  check(f->stats.in_bytes >= f->stats.in_cut);
}

static void fuzz_resolve(const uint8_t *data, size_t size)
{
  char base[512], out[HTMLFEAT_URL_MAX];
  const uint8_t *nul = memchr(data, '\0', size);
  size_t bl, n, i;
  int rc;
  if(!nul)
    return;
  bl = (size_t)(nul - data);
  if(bl >= sizeof(base))
    bl = sizeof(base) - 1;
  memcpy(base, data, bl);
  base[bl] = '\0';
  rc = htmlfeat_resolve(base, (const char *)nul + 1,
                        size - (size_t)(nul - data) - 1, out, sizeof(out),
                        &n);
  check(rc == PP_OK || rc == PP_EINVAL || rc == PP_ELIMIT);
  if(rc != PP_OK) {
    check(n == 0);
    return;
  }
  check(n < sizeof(out) && out[n] == '\0' && strlen(out) == n);
  for(i = 0; i < n; i++)
    check((uint8_t)out[i] > 0x20 && out[i] != 0x7f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static struct htmlfeat *f;
  int rc;
  if(!f) {
    f = htmlfeat_new();
    if(!f)
      return 0;
  }
  rc = htmlfeat_parse(f, (const char *)data, size, URL);
  check(rc == PP_OK || rc == PP_ENOMEM);
  if(rc == PP_OK)
    check_all(f);
  fuzz_resolve(data, size);
  return 0;
}
