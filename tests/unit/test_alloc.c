/*
 * test_alloc.c: allocation wrappers and failure injection.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include "pp_alloc.h"
#include "tap.h"

int main(void)
{
  char *a, *b;
  pp_alloc_fail_after(1);
  a = pp_malloc(10);
  b = pp_strdup("x");
  ok(a && !b, "second allocation fails with fail_after(1)");
  ok(pp_calloc(1, 1) == NULL, "stays failed until reset");
  pp_free(a);
  pp_alloc_fail_after(-1);
  b = pp_strndup("abcdef", 3);
  is_str(b, "abc", "strndup copies n bytes");
  pp_free(b);
  a = pp_calloc(0, 5);
  ok(a != NULL, "zero-sized calloc returns a pointer");
  a = pp_realloc(a, 100);
  ok(a != NULL, "realloc");
  pp_free(a);
  pp_free(NULL);
  ok(pp_alloc_fail_after(-1) >= 3, "allocations are counted");
  return tap_done();
}
