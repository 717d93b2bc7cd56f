/*
 * bench_htmlfeat.c: throughput of the HTML feature extractor beside a
 * bare libxml2 parse of the same pages.
 *
 *   bench_htmlfeat [-r ROUNDS] [-u URL] FILE...
 *
 * Each round parses every file once with htmlReadMemory + xmlFreeDoc
 * (the options htmlfeat uses, so the difference is the extraction) and
 * once with htmlfeat_parse (guard, parse, walk, JSON-LD, regions); the
 * fastest round of each is kept.  Prints MB/s of both and their ratio.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <libxml/HTMLparser.h>

#include "htmlfeat.h"

#define FILES_MAX 64

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
  const char *url = "https://bench.example/muc/bai-viet-d123456.html";
  int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
             HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT |
             HTML_PARSE_IGNORE_ENC;
  long rounds = 200;
  int i, n = 0, r;
  size_t total = 0;
  double best_bare = 1e30, best_feat = 1e30, mb;
  struct htmlfeat *f;
  for(i = 1; i < argc; i++) {
    if(!strcmp(argv[i], "-r") && i + 1 < argc)
      rounds = strtol(argv[++i], NULL, 10);
    else if(!strcmp(argv[i], "-u") && i + 1 < argc)
      url = argv[++i];
    else if(n < FILES_MAX) {
      buf[n] = slurp(argv[i], &len[n]);
      if(!buf[n]) {
        fprintf(stderr, "bench_htmlfeat: cannot read %s\n", argv[i]);
        return 1;
      }
      total += len[n++];
    }
  }
  if(!n || rounds < 1) {
    fprintf(stderr, "usage: bench_htmlfeat [-r ROUNDS] [-u URL] FILE...\n");
    return 2;
  }
  f = htmlfeat_new();
  if(!f)
    return 1;
  for(r = 0; r < rounds; r++) {
    double t0 = now(), t1, t2;
    for(i = 0; i < n; i++) {
      htmlDocPtr d = htmlReadMemory(buf[i], (int)len[i], NULL, "UTF-8",
                                    opts);
      xmlFreeDoc(d);
    }
    t1 = now();
    for(i = 0; i < n; i++)
      if(htmlfeat_parse(f, buf[i], len[i], url) != 0)
        return 1;
    t2 = now();
    if(t1 - t0 < best_bare)
      best_bare = t1 - t0;
    if(t2 - t1 < best_feat)
      best_feat = t2 - t1;
  }
  mb = (double)total / 1e6;
  printf("pages %d, %.1f KB per round, %ld rounds (best round kept)\n", n,
         (double)total / 1e3, rounds);
  printf("bare htmlReadMemory+xmlFreeDoc: %8.1f MB/s  %7.3f ms/round\n",
         mb / best_bare, best_bare * 1e3);
  printf("htmlfeat_parse:                 %8.1f MB/s  %7.3f ms/round\n",
         mb / best_feat, best_feat * 1e3);
  printf("ratio htmlfeat / bare: %.2f\n", best_feat / best_bare);
  htmlfeat_free(f);
  for(i = 0; i < n; i++)
    free(buf[i]);
  return 0;
}
