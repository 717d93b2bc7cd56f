/*
 * fuzz_robots.c: robots.txt parsing and matching on hostile bytes
 * (classify/robots.c).
 *
 * The input is parsed as a robots.txt for "pressprobe" and for no agent;
 * fixed paths and paths taken from the input (its lines that start with
 * '/', and its tail) are asked.  Checks: "/robots.txt" is always
 * allowed; caps hold (rules, sitemaps, delay); an over-long path is
 * refused.  Then the first two lines are taken as a pattern and a path
 * and the matcher is compared with a dynamic-programming reference on
 * the normal forms (an oracle for the "*"/"$" logic and the KMP search).
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stdlib.h>

#include "pp_err.h"
#include "robots.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define PATHS_FROM_INPUT 8
#define ORACLE_MAX 96            /* raw octets of pattern and path */

static const char *const fixed_paths[] = {
  "/", "", "/robots.txt", "/a", "/private/x?y=1", "/%E1%BA%A1",
  "/tin-tuc/thoi-su.html", "/*", "/$", "/%2A",
};

static void check_paths(const struct robots *r, const uint8_t *data,
                        size_t size)
{
  char buf[ROBOTS_LINE_MAX + 1];
  size_t i = 0, taken = 0;
  for(i = 0; i < PP_ARRAY_LEN(fixed_paths); i++)
    robots_allowed(r, fixed_paths[i]);
  if(!robots_allowed(r, "/robots.txt"))
    abort();
  /* lines of the input that look like paths */
  for(i = 0; i < size && taken < PATHS_FROM_INPUT; i++) {
    size_t n = 0;
    if(data[i] != '/' || (i && data[i - 1] != '\n' && data[i - 1] != ' '))
      continue;
    while(i + n < size && n < ROBOTS_LINE_MAX && data[i + n] != '\n' &&
          data[i + n] != '\0')
      n++;
    memcpy(buf, data + i, n);
    buf[n] = '\0';
    robots_allowed(r, buf);
    taken++;
  }
  /* the tail of the input as a path */
  i = size > 64 ? size - 64 : 0;
  buf[0] = '/';
  memcpy(buf + 1, data + i, size - i);
  buf[1 + size - i] = '\0';
  robots_allowed(r, buf);
}

static void check_caps(const struct robots *r)
{
  struct robots_stats st;
  const char *const *urls;
  size_t n, i;
  char *longp;
  robots_get_stats(r, &st);
  n = robots_sitemaps(r, &urls);
  if(st.rules > ROBOTS_RULES_MAX || n > ROBOTS_SITEMAPS_MAX ||
     robots_crawl_delay_ms(r) > ROBOTS_DELAY_MAX_MS)
    abort();
  for(i = 0; i < n; i++)
    if(!urls[i][0] || strlen(urls[i]) > ROBOTS_LINE_MAX)
      abort();
  longp = malloc(ROBOTS_PATH_MAX + 2);
  if(!longp)
    return;
  memset(longp, 'a', ROBOTS_PATH_MAX + 1);
  longp[0] = '/';
  longp[ROBOTS_PATH_MAX + 1] = '\0';
  if(robots_allowed(r, longp))
    abort();
  free(longp);
}

/* Reference: does canonical pattern p (with '*', and '$' at the end for
 * an anchor) match a prefix of canonical path s (or all of it)? */
static bool ref_match(const char *p, size_t m, const char *s, size_t n)
{
  static bool prev[3 * ORACLE_MAX + 2], cur[3 * ORACLE_MAX + 2];
  bool anchored = m && p[m - 1] == '$', res = false;
  size_t i, j;
  if(anchored)
    m--;
  memset(prev, 0, sizeof(prev));
  prev[0] = true;
  for(i = 0; i < m; i++) {
    for(j = 0; j <= n; j++) {
      if(p[i] == '*')
        cur[j] = prev[j] || (j && cur[j - 1]);
      else
        cur[j] = j && prev[j - 1] && s[j - 1] == p[i];
    }
    memcpy(prev, cur, n + 1);
  }
  if(anchored)
    return prev[n];
  for(j = 0; j <= n && !res; j++)
    res = prev[j];
  return res;
}

static void oracle(const uint8_t *data, size_t size)
{
  char pat[ORACLE_MAX + 1], path[ORACLE_MAX + 1];
  char cp[3 * ORACLE_MAX + 1], cs[3 * ORACLE_MAX + 1];
  const uint8_t *nl = memchr(data, '\n', size);
  size_t pl, ql, cpl, csl;
  if(!nl)
    return;
  pl = (size_t)(nl - data);
  ql = size - pl - 1;
  if(!pl || pl > ORACLE_MAX || ql > ORACLE_MAX)
    return;
  memcpy(pat, data, pl);
  pat[pl] = '\0';
  memcpy(path, nl + 1, ql);
  path[ql] = '\0';
  pl = strlen(pat);               /* up to a NUL, as a C string */
  ql = strlen(path);
  if(!pl)
    return;
  cpl = robots_canon(pat, pl, cp);
  csl = robots_canon(path, ql, cs);
  if(robots_pattern_matches(pat, path) != ref_match(cp, cpl, cs, csl))
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct robots *r = NULL;
  if(robots_parse(data, size, "pressprobe", &r) == PP_OK) {
    check_paths(r, data, size);
    check_caps(r);
  }
  robots_free(r);
  r = NULL;
  if(robots_parse(data, size, NULL, &r) == PP_OK)
    check_paths(r, data, size);
  robots_free(r);
  oracle(data, size);
  return 0;
}
