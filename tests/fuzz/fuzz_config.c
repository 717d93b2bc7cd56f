/*
 * fuzz_config.c: the input as a YAML configuration file
 * (pp_config_load_buffer) against a table with every type of key, laid
 * out like the one of `pressprobe capture`.
 *
 * Checks the loader's promises: the return code is one of four; an
 * accepted file has no error and every number in its range; a refused
 * file has at least one error, each message starting with the file's
 * name, and left the struct exactly as it was (all or nothing); what an
 * accepted file set prints (pp_config_print) as YAML that loads back to
 * the same text (a fixed point), so --print-config never writes what the
 * loader would read differently.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pp_config.h"
#include "pp_err.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fconf {
  struct pp_cfg_list read, tags;
  char *filter, *db, *jsonl;
  uint64_t flows, stream, timeout, bucket;
  int progress, quiet;
};

#define K(name, type, flags, field, min, max) \
  {name, type, flags, offsetof(struct fconf, field), min, max, NULL, \
   "help", NULL}
static const struct pp_cfg_key keys[] = {
  K("capture.read", PP_CFG_LIST, PP_CFG_F_PATHS, read, 0, 64),
  K("capture.filter", PP_CFG_STRING, 0, filter, 0, 0),
  K("capture.max-flows", PP_CFG_UINT, 0, flows, 1, 1ull << 32),
  K("capture.max-stream-bytes", PP_CFG_UINT, PP_CFG_F_SUFFIX, stream, 512,
    1 << 20),
  K("capture.tcp-timeout", PP_CFG_DURATION, 0, timeout, 1, 86400),
  K("capture.bucket", PP_CFG_DURATION, 0, bucket, 1, 31 * 86400),
  K("store.db", PP_CFG_PATH, 0, db, 0, 0),
  K("store.jsonl", PP_CFG_PATH, PP_CFG_F_DASH, jsonl, 0, 0),
  K("output.progress", PP_CFG_BOOL, 0, progress, 0, 0),
  K("output.quiet", PP_CFG_BOOL, 0, quiet, 0, 0),
  K("misc.tags", PP_CFG_LIST, 0, tags, 0, 0),
};
#undef K
static const struct pp_cfg_table table = {keys, PP_ARRAY_LEN(keys)};

static void check(bool cond)
{
  if(!cond)
    __builtin_trap();
}

static void defaults(struct fconf *c)
{
  memset(c, 0, sizeof(*c));
  c->flows = 1000000;
  c->stream = 16384;
  c->timeout = 300;
  c->bucket = 3600;
  c->progress = -1;
}

static char *print(const struct fconf *c, size_t *len)
{
  char *buf = NULL;
  FILE *f = open_memstream(&buf, len);
  if(!f)
    return NULL;
  check(pp_config_print(f, &table, c) == PP_OK);
  fclose(f);
  return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static struct pp_cfg_diags d, d2;
  struct fconf c, fresh, back;
  char *a = NULL, *b = NULL;
  size_t alen = 0, blen = 0, i;
  int rc;

  defaults(&c);
  defaults(&fresh);
  rc = pp_config_load_buffer(&table, &c, "fuzz.yaml", "/base", data, size,
                             &d);
  check(rc == PP_OK || rc == PP_EMALFORMED || rc == PP_ELIMIT ||
        rc == PP_ENOMEM);
  check(d.n <= PP_CFG_DIAGS_MAX && d.n <= d.total);
  for(i = 0; i < d.n; i++) {
    check(memchr(d.v[i].msg, '\0', sizeof(d.v[i].msg)) != NULL);
    check(!strncmp(d.v[i].msg, "fuzz.yaml:", 10));
  }
  if(rc != PP_OK) {
    check(d.total >= 1 && d.n >= 1);
    check(!memcmp(&c, &fresh, sizeof(c)));     /* nothing applied */
    return 0;
  }
  check(d.total == 0);
  check(c.flows >= 1 && c.flows <= 1ull << 32);
  check(c.stream >= 512 && c.stream <= 1 << 20);
  check(c.timeout >= 1 && c.timeout <= 86400);
  check(c.bucket >= 1 && c.bucket <= 31 * 86400);
  check(c.progress >= -1 && c.progress <= 1);
  check(c.read.n <= 64 && c.tags.n <= PP_CFG_LIST_MAX);
  check(!c.db || (c.db[0] == '/' && strlen(c.db) <= PP_CFG_PATH_MAX));

  /* print, load back, print again: the same text */
  a = print(&c, &alen);
  defaults(&back);
  if(a && alen <= PP_CFG_FILE_MAX) {   /* escapes may make it longer */
    check(pp_config_load_buffer(&table, &back, "print", NULL, a, alen,
                                &d2) == PP_OK);
    b = print(&back, &blen);
    check(!b || (alen == blen && !memcmp(a, b, alen)));
  }
  free(a);
  free(b);
  pp_config_free(&table, &back);
  pp_config_free(&table, &c);
  return 0;
}
