/*
 * replay.c: main() for fuzz targets built without libFuzzer.
 *
 * Replays every file of tests/fuzz/corpus/<target>/ (the target's name is
 * the program's base name) through LLVMFuzzerTestOneInput, so that
 * `make check` reruns the whole corpus and every crash reproducer kept in
 * it.  Arguments, when given, are files or folders to replay instead.
 * Output is TAP: one line per folder or file replayed.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define REPLAY_FILE_MAX (16u * 1024 * 1024)

static int n_tests;

static int replay_file(const char *path)
{
  FILE *f = fopen(path, "rb");
  uint8_t *buf;
  size_t len;
  long sz;
  if(!f)
    return -1;
  if(fseek(f, 0, SEEK_END) || (sz = ftell(f)) < 0 ||
     (size_t)sz > REPLAY_FILE_MAX || fseek(f, 0, SEEK_SET)) {
    fclose(f);
    return -1;
  }
  /* Exact-size copy so ASan catches any read past the input. */
  buf = malloc(sz ? (size_t)sz : 1);
  if(!buf) {
    fclose(f);
    return -1;
  }
  len = fread(buf, 1, (size_t)sz, f);
  fclose(f);
  if(len != (size_t)sz) {
    free(buf);
    return -1;
  }
  LLVMFuzzerTestOneInput(buf, len);
  free(buf);
  return 0;
}

static int cmp_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void replay_dir(const char *dir)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  char **names = NULL;
  size_t n = 0, cap = 0, i, done = 0, failed = 0;
  if(!d) {
    printf("ok %d - %s # SKIP cannot open (%s)\n", ++n_tests, dir,
           strerror(errno));
    return;
  }
  while((e = readdir(d))) {
    if(e->d_name[0] == '.')
      continue;
    if(n == cap) {
      char **nn;
      cap = cap ? cap * 2 : 64;
      nn = realloc(names, cap * sizeof(*names));
      if(!nn)
        break;
      names = nn;
    }
    names[n] = strdup(e->d_name);
    if(names[n])
      n++;
  }
  closedir(d);
  qsort(names, n, sizeof(*names), cmp_names);
  for(i = 0; i < n; i++) {
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
    if(replay_file(path) == 0)
      done++;
    else
      failed++;
    free(names[i]);
  }
  free(names);
  printf("%sok %d - replayed %zu inputs from %s", failed ? "not " : "",
         ++n_tests, done, dir);
  if(failed)
    printf(" (%zu unreadable)", failed);
  printf("\n");
}

int main(int argc, char **argv)
{
  int i;
  if(argc > 1) {
    for(i = 1; i < argc; i++) {
      struct stat st;
      if(stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
        replay_dir(argv[i]);
      else
        printf("%sok %d - %s\n", replay_file(argv[i]) ? "not " : "",
               ++n_tests, argv[i]);
    }
  }
  else {
    const char *top = getenv("top_srcdir");
    const char *base = strrchr(argv[0], '/');
    char dir[4096];
    base = base ? base + 1 : argv[0];
    if(!strncmp(base, "lt-", 3))
      base += 3;
    snprintf(dir, sizeof(dir), "%s/tests/fuzz/corpus/%s", top ? top : ".",
             base);
    replay_dir(dir);
  }
  printf("1..%d\n", n_tests);
  return 0;
}
