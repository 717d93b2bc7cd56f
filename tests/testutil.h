/*
 * testutil.h: small helpers shared by unit tests (header-only).
 */
#ifndef PP_TESTUTIL_H
#define PP_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The source tree: $top_srcdir, else derived from the test file's path
 * (pass __FILE__ of a file under tests/unit/). */
static const char *test_srcdir(const char *file) __attribute__((unused));
static const char *test_srcdir(const char *file)
{
  static char top[1024];
  const char *env = getenv("top_srcdir"), *s;
  if(env && *env)
    return env;
  s = strstr(file, "tests/unit/");
  if(!s || s == file)
    return ".";
  snprintf(top, sizeof(top), "%.*s", (int)(s - file - 1), file);
  return top;
}

/* Value of a hex digit, or -1. */
static int test_hexval(int c) __attribute__((unused));
static int test_hexval(int c)
{
  if(c >= '0' && c <= '9')
    return c - '0';
  if(c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if(c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

#endif
