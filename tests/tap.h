/*
 * tap.h: a minimal TAP producer for the unit tests (TAP version 13).
 *
 * Each test program calls ok()/is_int()/is_str()/... and ends with
 * `return tap_done();`.  automake's tap-driver.sh reads the output.
 * Header-only so every test binary is self-contained.
 */
#ifndef PP_TAP_H
#define PP_TAP_H

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_n;
static int tap_failed;

static void tap_vresult(int pass, const char *fmt, va_list ap)
  __attribute__((format(printf, 2, 0)));
static void tap_vresult(int pass, const char *fmt, va_list ap)
{
  tap_n++;
  if(!pass)
    tap_failed++;
  printf("%sok %d - ", pass ? "" : "not ", tap_n);
  vprintf(fmt, ap);
  printf("\n");
  fflush(stdout);
}

static int ok(int pass, const char *fmt, ...)
  __attribute__((format(printf, 2, 3), unused));
static int ok(int pass, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  tap_vresult(pass, fmt, ap);
  va_end(ap);
  return pass;
}

static void diag(const char *fmt, ...)
  __attribute__((format(printf, 1, 2), unused));
static void diag(const char *fmt, ...)
{
  va_list ap;
  printf("# ");
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
  printf("\n");
}

#define is_int(got, want, ...) \
  tap_is_int(__FILE__, __LINE__, (long long)(got), (long long)(want), __VA_ARGS__)
static int tap_is_int(const char *file, int line, long long got,
                      long long want, const char *fmt, ...)
  __attribute__((format(printf, 5, 6), unused));
static int tap_is_int(const char *file, int line, long long got,
                      long long want, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  tap_vresult(got == want, fmt, ap);
  va_end(ap);
  if(got != want)
    printf("#   %s:%d: got %lld, want %lld\n", file, line, got, want);
  return got == want;
}

#define is_str(got, want, ...) \
  tap_is_str(__FILE__, __LINE__, (got), (want), __VA_ARGS__)
static int tap_is_str(const char *file, int line, const char *got,
                      const char *want, const char *fmt, ...)
  __attribute__((format(printf, 5, 6), unused));
static int tap_is_str(const char *file, int line, const char *got,
                      const char *want, const char *fmt, ...)
{
  va_list ap;
  int pass = (got == NULL && want == NULL) ||
             (got && want && strcmp(got, want) == 0);
  va_start(ap, fmt);
  tap_vresult(pass, fmt, ap);
  va_end(ap);
  if(!pass)
    printf("#   %s:%d: got \"%s\", want \"%s\"\n", file, line,
           got ? got : "(null)", want ? want : "(null)");
  return pass;
}

#define is_mem(got, want, n, ...) \
  ok((got) && memcmp((got), (want), (n)) == 0, __VA_ARGS__)

/* Skip a whole test program (e.g. a capture file is absent). */
static void tap_skip_all(const char *why) __attribute__((unused, noreturn));
static void tap_skip_all(const char *why)
{
  printf("1..0 # SKIP %s\n", why);
  exit(0);
}

static int tap_done(void) __attribute__((unused));
static int tap_done(void)
{
  printf("1..%d\n", tap_n);
  if(tap_failed)
    printf("# failed %d of %d\n", tap_failed, tap_n);
  return tap_failed ? 1 : 0;
}

#endif
