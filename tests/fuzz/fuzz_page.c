/*
 * fuzz_page.c: a whole page through classification: arbitrary bytes as
 * an HTTP response (split, dechunk, decompress, charset, NFC, HTML
 * regions, the layout for the engine) and the page into the signal
 * engine with the shipped rules (loaded once from the source tree), then
 * a verdict.  Checks that the regions the engine gets are within their
 * buffers and NUL-terminated where the API says so.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clfpage.h"
#include "pp_err.h"
#include "rules.h"
#include "signals.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct ruleset *rs;
static struct sig_engine *eng;
static struct clfpage *pg;
static struct sig_site site;
static bool ready, failed;

static bool setup(void)
{
  static struct rules_diag d;
  const char *dir = getenv("PP_FUZZ_RULES");
  char path[4096];
  if(ready || failed)
    return ready;
  snprintf(path, sizeof(path), "%s", dir ? dir : PP_SRCDIR "/rules/signals");
  if(rules_load_dir(path, &rs, &d) != PP_OK ||
     sig_engine_new(rs, &eng) != PP_OK || !(pg = clfpage_new()) ||
     sig_site_init(eng, &site, "fuzz.test") != PP_OK) {
    failed = true;
    abort();                         /* the harness is broken, not the input */
  }
  ready = true;
  return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  enum clfpage_skip skip;
  struct sig_verdict v;
  size_t r;

  if(!setup())
    return 0;
  if(clfpage_from_http(pg, "https://fuzz.test/muc/bai-123.html", data, size,
                       &skip) != PP_OK)
    return 0;
  if(skip != CLFPAGE_PAGE) {
    /* the same bytes as a body with no head, sniffed */
    if(clfpage_from_entity(pg, "https://fuzz.test/", NULL, data, size,
                           &skip) != PP_OK || skip != CLFPAGE_PAGE)
      return 0;
  }
  for(r = 0; r < REG_COUNT; r++)
    if(pg->page.text[r] && pg->page.len[r] &&
       memchr(pg->page.text[r], '\0', pg->page.len[r]))
      abort();                       /* a region with a NUL inside */
  sig_site_reset(&site, "fuzz.test");
  if(sig_site_add_page(eng, &site, &pg->page) == PP_OK &&
     sig_site_verdict(eng, &site, &v) == PP_OK)
    sig_verdict_free(&v);
  return 0;
}
