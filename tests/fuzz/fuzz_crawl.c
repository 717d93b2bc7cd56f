/*
 * fuzz_crawl.c: the crawler's parsers of untrusted input
 * (classify/crawl.c): href resolution and normalization, path
 * classification, link collection from HTML and the page chooser, and
 * sitemaps (plain or gzip).
 *
 * The first byte picks the base URL; the rest is used whole as an href,
 * as an HTML page and as a sitemap.  Oracles: a resolved URL is within
 * its cap, holds only URI characters, is http(s) and splits; resolving
 * it again against any base gives it back (normalization is idempotent);
 * chosen pages are distinct and on the site.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "crawl.h"
#include "pp_err.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const bases[] = {
  "https://bao.vn/", "http://www.bao.vn:8080/a/b/c;p?q",
  "https://m.bao.vn/thoi-su/", "http://127.0.0.1:1/x/",
};

static int loc_cb(void *user, const char *loc)
{
  (void)user;
  if(strlen(loc) > CRAWL_URL_MAX)
    abort();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static char out[CRAWL_URL_MAX + 1], again[CRAWL_URL_MAX + 1];
  static struct crawl_choice ch[16];
  const char *base;
  struct crawl_links *l;
  struct crawl_url_parts p;
  bool idx;
  size_t i, j, n;

  if(!size)
    return 0;
  base = bases[data[0] % 4];
  data++;
  size--;
  if(crawl_url_resolve(base, (const char *)data, size, out,
                       sizeof(out)) == PP_OK) {
    if(strlen(out) > CRAWL_URL_MAX || crawl_url_split(out, &p))
      abort();
    for(i = 0; out[i]; i++) {
      unsigned char c = (unsigned char)out[i];
      if(c <= 0x20 || c >= 0x7f || strchr("\"<>\\^`{|}", c))
        abort();
    }
    if(crawl_url_resolve(bases[0], out, strlen(out), again,
                         sizeof(again)) != PP_OK || strcmp(out, again))
      abort();
    crawl_classify_path(p.path, p.path_len, p.query, p.query_len);
  }
  l = crawl_links_new();
  if(l) {
    crawl_links_add_html(l, base, "bao.vn", data, size);
    n = crawl_links_choose(l, 16, NULL, ch);
    for(i = 0; i < n; i++) {
      char site[CRAWL_SITE_MAX];
      if(crawl_url_split(ch[i].url, &p) ||
         crawl_host_site(p.host, p.host_len, site) || strcmp(site, "bao.vn"))
        abort();
      for(j = 0; j < i; j++) {
        if(!strcmp(ch[i].url, ch[j].url))
          abort();
      }
    }
    crawl_links_free(l);
  }
  crawl_sitemap_parse(data, size, &idx, loc_cb, NULL);
  return 0;
}
