/*
 * pp_alloc.c: allocation wrappers with failure injection for tests.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pp_alloc.h"

/* -1: never fail.  Counted down by every allocation; fails when it hits 0. */
static long fail_countdown = -1;
static long alloc_count;

static bool should_fail(void)
{
  alloc_count++;
  if(pp_likely(fail_countdown < 0))
    return false;
  if(fail_countdown == 0)
    return true;
  fail_countdown--;
  return false;
}

long pp_alloc_fail_after(long n)
{
  long made = alloc_count;
  alloc_count = 0;
  fail_countdown = n < 0 ? -1 : n;
  return made;
}

void *pp_malloc(size_t n)
{
  if(should_fail())
    return NULL;
  return malloc(n ? n : 1);
}

void *pp_calloc(size_t nmemb, size_t size)
{
  if(should_fail())
    return NULL;
  if(!nmemb || !size)
    return calloc(1, 1);
  return calloc(nmemb, size);
}

void *pp_realloc(void *p, size_t n)
{
  if(should_fail())
    return NULL;
  return realloc(p, n ? n : 1);
}

char *pp_strndup(const char *s, size_t n)
{
  size_t len = strnlen(s, n);
  char *d = pp_malloc(len + 1);
  if(d) {
    memcpy(d, s, len);
    d[len] = '\0';
  }
  return d;
}

char *pp_strdup(const char *s)
{
  return pp_strndup(s, strlen(s));
}

void pp_free(void *p)
{
  free(p);
}
