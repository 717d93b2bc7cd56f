/*
 * bench_classify.c: throughput of page classification (charset decoding
 * to NFC, the HTML parse, the regions, every rule of a rule set) beside a
 * bare libxml2 parse of the same pages (htmlReadMemory + xmlFreeDoc with
 * the options the extractor uses), in one run.
 *
 *   bench_classify [-r ROUNDS] -R RULES_DIR FILE...
 *
 * Each round runs every file through both; the fastest round of each is
 * kept.  A site accumulator takes the pages (reset every 50 pages, as a
 * site's page cap would).  Prints one line:
 *   pages N bytes B phrases P bare MB/s classify MB/s ratio R us/page U
 * Used by tools/bench/bench_classify.sh.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/HTMLparser.h>

#include "clfpage.h"
#include "pp_err.h"
#include "rules.h"
#include "signals.h"

#define FILES_MAX 512

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
  FILE *fp = fopen(path, "rb");
  char *buf = NULL;
  long sz;
  if(!fp)
    return NULL;
  if(fseek(fp, 0, SEEK_END) || (sz = ftell(fp)) < 0 ||
     fseek(fp, 0, SEEK_SET) || !(buf = malloc((size_t)sz + 1)) ||
     fread(buf, 1, (size_t)sz, fp) != (size_t)sz) {
    fclose(fp);
    free(buf);
    return NULL;
  }
  fclose(fp);
  *len = (size_t)sz;
  return buf;
}

int main(int argc, char **argv)
{
  static char *buf[FILES_MAX];
  static size_t len[FILES_MAX];
  const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                   HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
  static struct rules_diag dg;
  const char *rules_dir = NULL;
  struct ruleset *rs;
  struct sig_engine *e;
  struct sig_site site;
  struct clfpage *pg;
  double best_bare = 1e30, best_cls = 1e30;
  long rounds = 20, r;
  size_t total = 0;
  int i, n = 0, c;

  while((c = getopt(argc, argv, "r:R:")) != -1) {
    switch(c) {
    case 'r': rounds = strtol(optarg, NULL, 10); break;
    case 'R': rules_dir = optarg; break;
    default:
      fprintf(stderr, "usage: bench_classify [-r ROUNDS] -R RULES FILE...\n");
      return 2;
    }
  }
  if(!rules_dir || optind >= argc || rounds < 1) {
    fprintf(stderr, "usage: bench_classify [-r ROUNDS] -R RULES FILE...\n");
    return 2;
  }
  for(i = optind; i < argc && n < FILES_MAX; i++) {
    buf[n] = slurp(argv[i], &len[n]);
    if(!buf[n]) {
      fprintf(stderr, "bench_classify: cannot read %s\n", argv[i]);
      return 1;
    }
    total += len[n++];
  }
  if(rules_load_dir(rules_dir, &rs, &dg) != PP_OK) {
    fprintf(stderr, "bench_classify: %s: %s\n", rules_dir,
            dg.n ? dg.msg[0] : "cannot load");
    return 1;
  }
  if(sig_engine_new(rs, &e) != PP_OK || !(pg = clfpage_new()) ||
     sig_site_init(e, &site, "bench.example") != PP_OK) {
    fprintf(stderr, "bench_classify: out of memory\n");
    return 1;
  }
  for(r = 0; r < rounds; r++) {
    double t0 = now(), t1, t2;
    for(i = 0; i < n; i++) {
      htmlDocPtr d = htmlReadMemory(buf[i], (int)len[i], NULL, "UTF-8",
                                    opts);
      xmlFreeDoc(d);
    }
    t1 = now();
    for(i = 0; i < n; i++) {
      enum clfpage_skip skip;
      if(i % 50 == 0)
        sig_site_reset(&site, "bench.example");
      clfpage_from_entity(pg, "https://bench.example/muc/bai-d123456.html",
                          "text/html; charset=utf-8", (const uint8_t *)buf[i],
                          len[i], &skip);
      if(skip == CLFPAGE_PAGE)
        sig_site_add_page(e, &site, &pg->page);
    }
    t2 = now();
    if(t1 - t0 < best_bare)
      best_bare = t1 - t0;
    if(t2 - t1 < best_cls)
      best_cls = t2 - t1;
  }
  printf("pages %d bytes %zu phrases %zu bare %.1f classify %.1f ratio %.2f "
         "us/page %.1f\n", n, total, rs->n_phrases,
         (double)total / best_bare / 1e6, (double)total / best_cls / 1e6,
         best_cls / best_bare, best_cls / n * 1e6);
  sig_site_free(&site);
  clfpage_free(pg);
  sig_engine_free(e);
  rules_free(rs);
  for(i = 0; i < n; i++)
    free(buf[i]);
  return 0;
}
