/*
 * pp_alloc.h: the allocation wrappers every module uses.
 *
 * All heap memory of pressprobe goes through these so that tests can make
 * the Nth allocation fail (pp_alloc_fail_after) and check that every error
 * path cleans up, as curl's torture mode does.  pp_free(NULL) is a no-op.
 */
#ifndef PP_ALLOC_H
#define PP_ALLOC_H

#include "pp_common.h"

void *pp_malloc(size_t n);
void *pp_calloc(size_t nmemb, size_t size);
void *pp_realloc(void *p, size_t n);
char *pp_strdup(const char *s);
char *pp_strndup(const char *s, size_t n);
void pp_free(void *p);

/*
 * Make the allocation after the next n succeed-calls fail (n = 0: the very
 * next one).  A negative n switches failure injection off (the default).
 * Returns the number of allocations made since the last call.
 */
long pp_alloc_fail_after(long n);

#endif
