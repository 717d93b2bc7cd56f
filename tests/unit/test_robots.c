/*
 * test_robots.c: robots.txt (classify/robots.c, RFC 9309).
 *
 * The RFC's examples (5.1, 5.2, the percent-encoding table of 2.2.2, the
 * special characters of 2.2.3, group merging of 2.2.1); cases in the
 * spirit of Google's robots.txt parser tests, rewritten here (line
 * syntax, groups, case, longest match, encoding, special characters);
 * product-token matching; percent normalization; BOM, line ends,
 * comments; Sitemap and Crawl-delay; every cap (parse size, the cut last
 * line, rules, long lines, sitemaps, path length); hostile patterns
 * (timed); the matcher against a reference dynamic-programming matcher
 * on many generated patterns; the status helpers; NULL arguments and
 * allocation failures.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include <time.h>

#include "pp_alloc.h"
#include "pp_err.h"
#include "robots.h"

#define PATH_MAX_TEST 2000      /* over robots.c's stack buffer */

static struct robots *parse(const char *txt, const char *agent)
{
  struct robots *r = NULL;
  if(robots_parse((const uint8_t *)txt, strlen(txt), agent, &r) != PP_OK)
    diag("parse failed");
  return r;
}

/* Is path allowed for agent by txt? */
static bool allowed(const char *txt, const char *agent, const char *path)
{
  struct robots *r = parse(txt, agent);
  bool a = robots_allowed(r, path);
  robots_free(r);
  return a;
}

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void test_rfc_examples(void)
{
  /* RFC 9309 5.1 */
  static const char ex[] =
    "User-Agent: *\n"
    "Disallow: *.gif$\n"
    "Disallow: /example/\n"
    "Allow: /publications/\n"
    "\n"
    "User-Agent: foobot\n"
    "Disallow:/\n"
    "Allow:/example/page.html\n"
    "Allow:/example/allowed.gif\n"
    "\n"
    "User-Agent: barbot\n"
    "User-Agent: bazbot\n"
    "Disallow: /example/page.html\n"
    "\n"
    "User-Agent: quxbot\n"
    "\n"
    "EOF\n";
  /* RFC 9309 5.2 */
  static const char longest[] =
    "User-Agent: foobot\n"
    "Allow: /example/page/\n"
    "Disallow: /example/page/disallowed.gif\n";
  /* RFC 9309 2.2.1: groups of the same agent are merged */
  static const char merged[] =
    "user-agent: ExampleBot\n"
    "disallow: /foo\n"
    "disallow: /bar\n"
    "\n"
    "user-agent: ExampleBot\n"
    "disallow: /baz\n";

  ok(allowed(ex, "foobot", "/example/page.html"), "5.1 foobot page.html");
  ok(allowed(ex, "foobot", "/example/allowed.gif"),
     "5.1 foobot allowed.gif");
  ok(!allowed(ex, "foobot", "/example/other"), "5.1 foobot other");
  ok(!allowed(ex, "foobot", "/"), "5.1 foobot /");
  ok(!allowed(ex, "barbot", "/example/page.html"), "5.1 barbot page");
  ok(!allowed(ex, "bazbot", "/example/page.html"), "5.1 bazbot page");
  ok(allowed(ex, "bazbot", "/a.gif"), "5.1 bazbot gif: not in its group");
  ok(allowed(ex, "barbot", "/example/"), "5.1 barbot /example/");
  ok(allowed(ex, "quxbot", "/example/"), "5.1 quxbot: empty group");
  ok(allowed(ex, "quxbot", "/a.gif"), "5.1 quxbot gif");
  ok(!allowed(ex, "otherbot", "/a/b.gif"), "5.1 others: *.gif$");
  ok(allowed(ex, "otherbot", "/a/b.gif?x=1"), "5.1 others: $ anchors");
  ok(!allowed(ex, "otherbot", "/example/x"), "5.1 others /example/");
  ok(allowed(ex, "otherbot", "/publications/x"), "5.1 others pubs");
  ok(allowed(ex, "otherbot", "/"), "5.1 others /");
  ok(allowed(longest, "foobot", "/example/page/"), "5.2 allow");
  ok(allowed(longest, "foobot", "/example/page/x"), "5.2 allow prefix");
  ok(!allowed(longest, "foobot", "/example/page/disallowed.gif"),
     "5.2 longest disallow");
  ok(!allowed(merged, "examplebot", "/foo"), "2.2.1 merged /foo");
  ok(!allowed(merged, "examplebot", "/bar"), "2.2.1 merged /bar");
  ok(!allowed(merged, "examplebot", "/baz"), "2.2.1 merged /baz");
  ok(allowed(merged, "examplebot", "/qux"), "2.2.1 merged /qux");

  /* 2.2.2 encoding table */
  ok(allowed("user-agent: *\ndisallow: /\nallow: /foo/bar?baz=quz\n", "x",
             "/foo/bar?baz=quz"), "2.2.2 query");
  ok(allowed("user-agent: *\ndisallow: /\nallow: /foo/bar/\xe3\x83\x84\n",
             "x", "/foo/bar/%E3%83%84"), "2.2.2 UTF-8 rule, encoded path");
  ok(allowed("user-agent: *\ndisallow: /\nallow: /foo/bar/%E3%83%84\n", "x",
             "/foo/bar/%E3%83%84"), "2.2.2 encoded both");
  ok(allowed("user-agent: *\ndisallow: /\nallow: /foo/bar/%62%61%7A\n", "x",
             "/foo/bar/baz"), "2.2.2 unreserved escapes decoded");
  ok(allowed("user-agent: *\ndisallow: /\nallow: /foo/bar/\xe3\x83\x84\n",
             "x", "/foo/bar/\xe3\x83\x84"), "2.2.2 raw UTF-8 path");

  /* 2.2.3 */
  ok(!allowed("user-agent: *\nallow: /this/path/exactly$\ndisallow: /\n",
              "x", "/this/path/exactly/"), "2.2.3 $: longer path");
  ok(allowed("user-agent: *\nallow: /this/path/exactly$\ndisallow: /\n",
             "x", "/this/path/exactly"), "2.2.3 $: exact path");
  ok(!allowed("user-agent: *\ndisallow: /path/file-with-a-*.html\n", "x",
              "/path/file-with-a-z.html"), "2.2.3 * in the middle");
  ok(allowed("user-agent: *\ndisallow: /path/file-with-a-*.html\n", "x",
             "/path/file-with-b-z.html"), "2.2.3 * no match");
  ok(!allowed("user-agent: *\ndisallow: /path/foo-$\n", "x",
              "/path/foo-"), "2.2.3 literal end");
  ok(allowed("user-agent: *\ndisallow: /path/foo-$\n", "x",
             "/path/foo-bar"), "2.2.3 literal end, longer");
  ok(allowed("", "x", "/anything"), "empty file allows");
  ok(allowed("user-agent: *\ndisallow: /\n", "x", "/robots.txt"),
     "/robots.txt always allowed");
}

static void test_google_like(void)
{
  static const char groups[] =
    "allow: /foo/bar/\n"
    "\n"
    "user-agent: FooBot\n"
    "disallow: /\n"
    "allow: /x/\n"
    "user-agent: BarBot\n"
    "disallow: /\n"
    "allow: /y/\n"
    "\n"
    "\n"
    "allow: /w/\n"
    "user-agent: BazBot\n"
    "\n"
    "user-agent: FooBot\n"
    "allow: /z/\n"
    "disallow: /\n";
  static const char star_first[] =
    "user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n";
  static const char no_star[] =
    "user-agent: FooBot\nallow: /\nuser-agent: BarBot\ndisallow: /\n"
    "user-agent: BazBot\ndisallow: /\n";

  /* line syntax */
  ok(!allowed("user-agent: FooBot\ndisallow: /\n", "FooBot", "/x/y"),
     "line syntax: well formed");
  ok(allowed("foo: FooBot\nbar: /\n", "FooBot", "/x/y"),
     "line syntax: unknown keys ignored");
  ok(!allowed("user-agent FooBot\ndisallow /\n", "FooBot", "/x/y"),
     "line syntax: blank instead of colon accepted");
  ok(allowed("user-agent: FooBot\ndisallow / x\n", "FooBot", "/x/y"),
     "line syntax: no colon and two blanks is not a rule");

  /* groups */
  ok(allowed(groups, "FooBot", "/x/b"), "groups: FooBot /x/");
  ok(allowed(groups, "FooBot", "/z/d"), "groups: FooBot /z/ (merged)");
  ok(!allowed(groups, "FooBot", "/y/c"), "groups: FooBot /y/");
  ok(!allowed(groups, "FooBot", "/foo/bar/"),
     "groups: rule before any user-agent ignored");
  ok(allowed(groups, "BarBot", "/y/c"), "groups: BarBot /y/");
  ok(allowed(groups, "BarBot", "/w/a"), "groups: BarBot /w/ after blanks");
  ok(!allowed(groups, "BarBot", "/z/d"), "groups: BarBot /z/");
  ok(allowed(groups, "BazBot", "/z/d"), "groups: BazBot /z/");
  ok(!allowed(groups, "BazBot", "/x/b"), "groups: BazBot /x/");
  ok(!allowed("User-agent: BarBot\nSitemap: https://foo.bar/sitemap\n"
              "User-agent: *\nDisallow: /\n", "BarBot", "/"),
     "groups: a sitemap line does not end the user-agent lines");
  ok(!allowed("User-agent: BarBot\nInvalid-Unknown-Line: unknown\n"
              "User-agent: *\nDisallow: /\n", "BarBot", "/"),
     "groups: an unknown line does not either");
  ok(!allowed("User-agent: BarBot\nCrawl-delay: 3\n"
              "User-agent: *\nDisallow: /\n", "BarBot", "/"),
     "groups: nor does crawl-delay");

  /* case */
  ok(!allowed("USER-AGENT: FooBot\nALLOW: /x/\nDISALLOW: /\n", "FooBot",
              "/a"), "upper-case keys");
  ok(allowed("USER-AGENT: FooBot\nALLOW: /x/\nDISALLOW: /\n", "FooBot",
             "/x/y"), "upper-case keys: allow");
  ok(!allowed("uSeR-aGeNt: FooBot\naLlOw: /x/\ndIsAlLoW: /\n", "FooBot",
              "/a"), "mixed-case keys");
  ok(!allowed("User-Agent: FOO BAR\nAllow: /x/\nDisallow: /\n", "foo",
              "/a"), "agent value case-insensitive, cut at the blank");
  ok(allowed("User-Agent: FOO BAR\nAllow: /x/\nDisallow: /\n", "Foo",
             "/x/y"), "agent value case-insensitive: allow");
  ok(allowed("User-Agent: *\nDisallow: /\nUser-Agent: Foo Bar\n"
             "Allow: /x/\nDisallow: /\n", "Foo", "/x/y"),
     "agent up to the first blank");
  ok(!allowed("user-agent: FooBot\ndisallow: /x/\n", "FooBot", "/x/y"),
     "path case: same");
  ok(allowed("user-agent: FooBot\ndisallow: /X/\n", "FooBot", "/x/y"),
     "path case: differs");

  /* star group */
  ok(allowed("", "FooBot", "/"), "no file, no rules");
  ok(!allowed(star_first, "FooBot", "/x"), "specific group beats *");
  ok(allowed(star_first, "BarBot", "/x"), "others use *");
  ok(allowed(no_star, "QuxBot", "/x"), "no * group: allowed");
  ok(!allowed("User-agent: * \nDisallow: /\n", "x", "/a"),
     "star with a trailing blank");
  ok(!allowed("User-agent: * anything\nDisallow: /\n", "x", "/a"),
     "star followed by a blank and more");
  ok(allowed("User-agent: *bot\nDisallow: /\n", "x", "/a"),
     "\"*bot\" is not the star group");

  /* longest match */
  ok(allowed("user-agent: FooBot\nallow: /x/page.html\n"
             "disallow: /x/page.html\n", "FooBot", "/x/page.html"),
     "longest: tie, allow wins");
  ok(allowed("user-agent: FooBot\ndisallow: /x/page.html\n"
             "allow: /x/page.html\n", "FooBot", "/x/page.html"),
     "longest: tie, allow wins whatever the order");
  ok(!allowed("user-agent: FooBot\nallow: /page\ndisallow: /*.html\n",
              "FooBot", "/page.html"), "longest: pattern length counts");
  ok(allowed("user-agent: FooBot\nallow: /page\ndisallow: /*.html\n",
             "FooBot", "/page"), "longest: only allow matches");
  ok(allowed("user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n",
             "FooBot", "/x/page.html"), "longest: allow longer");
  ok(!allowed("user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n",
              "FooBot", "/x/y.html"), "longest: disallow matches");
  ok(allowed("user-agent: *\ndisallow: /x/\nuser-agent: FooBot\n"
             "disallow: /y/\n", "FooBot", "/x/page"),
     "longest: only our group counts");
  ok(!allowed("user-agent: *\ndisallow: /x/\nuser-agent: FooBot\n"
              "disallow: /y/\n", "FooBot", "/y/page"),
     "longest: our group");
  ok(allowed("user-agent: FooBot\nallow:\ndisallow:\n", "FooBot", "/"),
     "longest: empty values");
  ok(allowed("user-agent: FooBot\nallow: /\ndisallow: /\n", "FooBot",
             "/page"), "longest: allow / vs disallow /");
  ok(allowed("user-agent: FooBot\nallow: /$\ndisallow: /\n", "FooBot",
             "/"), "longest: /$ allows the root");
  ok(!allowed("user-agent: FooBot\nallow: /$\ndisallow: /\n", "FooBot",
              "/page.html"), "longest: /$ only the root");
  ok(allowed("user-agent: FooBot\nallow: /page*\ndisallow: /page\n",
             "FooBot", "/page.html"), "longest: the star counts");

  /* special characters */
  ok(!allowed("User-agent: FooBot\nDisallow: /foo/bar/quz\n"
              "Allow: /foo/*/qux\n", "FooBot", "/foo/bar/quz"),
     "special: disallow exact");
  ok(allowed("User-agent: FooBot\nDisallow: /foo/bar/quz\n"
             "Allow: /foo/*/qux\n", "FooBot", "/foo/quz"),
     "special: no rule");
  ok(allowed("User-agent: FooBot\nDisallow: /foo/bar/quz\n"
             "Allow: /foo/*/qux\n", "FooBot", "/foo//qux"),
     "special: star matches nothing");
  ok(allowed("User-agent: FooBot\nDisallow: /foo/bar$\n"
             "Allow: /foo/bar/qux\n", "FooBot", "/foo/bar/qux"),
     "special: $ then allow");
  ok(!allowed("User-agent: FooBot\nDisallow: /foo/bar$\n"
              "Allow: /foo/bar/qux\n", "FooBot", "/foo/bar"),
     "special: $ exact");
  ok(allowed("User-agent: FooBot\nDisallow: /foo/bar$\n"
             "Allow: /foo/bar/qux\n", "FooBot", "/foo/bar/baz"),
     "special: $ longer path");
  ok(allowed("User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\n"
             "Allow: /\n", "FooBot", "/foo/bar"), "special: comments");
  ok(!allowed("User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\n"
              "Allow: /\n", "FooBot", "/foo/quz"),
     "special: comment cut the value");
  ok(!allowed("User-agent: FooBot\nDisallow: /a$b\n", "FooBot", "/a$bc"),
     "special: inner $ is literal");

  /* long lines */
  {
    char *txt = malloc(ROBOTS_LINE_MAX + 200);
    struct robots *r;
    struct robots_stats st;
    size_t o = 0;
    o += (size_t)snprintf(txt, 64, "user-agent: FooBot\ndisallow: /x");
    memset(txt + o, 'a', ROBOTS_LINE_MAX);
    o += ROBOTS_LINE_MAX;
    snprintf(txt + o, 100, "\ndisallow: /y\n");
    r = parse(txt, "FooBot");
    ok(robots_allowed(r, "/xa"), "long line ignored");
    ok(!robots_allowed(r, "/y"), "line after a long line");
    robots_get_stats(r, &st);
    is_int(st.long_lines, 1, "long line counted");
    robots_free(r);
    free(txt);
  }
}

static void test_agents(void)
{
  static const char txt[] =
    "User-agent: *\nDisallow: /\n\n"
    "User-agent: PressProbe/1.0\nDisallow: /private\n";
  struct robots *r;
  struct robots_stats st;
  ok(allowed(txt, "pressprobe", "/news"), "pressprobe/1.0 names us");
  ok(!allowed(txt, "pressprobe", "/private/x"), "our group's rule");
  ok(allowed(txt, "pressprobe/0.1 (+https://example.invalid/bot)",
             "/news"), "a full User-Agent string as agent");
  ok(allowed(txt, "PRESSPROBE", "/news"), "case-insensitive");
  ok(allowed("User-agent: press\nDisallow: /\n", "pressprobe", "/x"),
     "no prefix matching: \"press\"");
  ok(allowed("User-agent: pressprobe-news\nDisallow: /\n", "pressprobe",
             "/x"), "\"pressprobe-news\" is another token");
  ok(allowed("User-agent: pressprobebot\nDisallow: /\n", "pressprobe",
             "/x"), "\"pressprobebot\" is another token");
  ok(!allowed("User-agent: pressprobe (crawler)\nDisallow: /\n",
              "pressprobe", "/x"), "value cut at the blank");
  ok(!allowed(txt, NULL, "/news"), "no agent: the star group");
  ok(!allowed(txt, "", "/news"), "empty agent: the star group");
  ok(!allowed(txt, "/1.0", "/news"), "agent without token chars");
  r = parse(txt, "pressprobe");
  robots_get_stats(r, &st);
  is_int(st.group, ROBOTS_GROUP_AGENT, "stats: our group");
  is_int(st.rules, 1, "stats: one rule");
  robots_free(r);
  r = parse(txt, "otherbot");
  robots_get_stats(r, &st);
  is_int(st.group, ROBOTS_GROUP_STAR, "stats: star group");
  robots_free(r);
  r = parse("User-agent: a\nDisallow: /\n", "otherbot");
  robots_get_stats(r, &st);
  is_int(st.group, ROBOTS_GROUP_NONE, "stats: no group");
  robots_free(r);
}

static void test_normal_form(void)
{
  char out[64];
  ok(robots_pattern_matches("/a%3cd", "/a<d"), "/a%%3cd matches /a<d");
  ok(robots_pattern_matches("/a<d", "/a%3Cd"), "/a<d matches /a%%3Cd");
  ok(robots_pattern_matches("/a%3Cd", "/a%3cd"), "hex case ignored");
  ok(robots_pattern_matches("/%7Efoo", "/~foo"), "%%7E is ~");
  ok(robots_pattern_matches("/~foo", "/%7efoo"), "~ is %%7e");
  ok(robots_pattern_matches("/%41", "/A"), "%%41 is A");
  ok(!robots_pattern_matches("/a%2Fb", "/a/b"), "%%2F is not /");
  ok(!robots_pattern_matches("/a/b", "/a%2fb"), "/ is not %%2f");
  ok(robots_pattern_matches("/a b", "/a%20b"), "space is %%20");
  ok(robots_pattern_matches("/100%", "/100%25"), "lone %% is %%25");
  ok(robots_pattern_matches("/%zz", "/%25zz"), "bad escape is %%25");
  ok(!robots_pattern_matches("/%2A", "/x"), "%%2A is a literal star");
  ok(robots_pattern_matches("/%2A", "/%2a"), "%%2A matches %%2a");
  ok(robots_pattern_matches("/ph\xe1\xba\xa1m", "/ph%E1%BA%A1m"),
     "Vietnamese UTF-8 rule vs escaped path");
  ok(robots_pattern_matches("/ph%e1%ba%a1m", "/ph\xe1\xba\xa1m"),
     "escaped rule vs raw UTF-8 path");
  is_int(robots_canon("/a%3cd%7e%2f\x80", 13, out), 13, "canon length");
  is_str(out, "/a%3Cd~%2F%80", "canon text");
}

static void test_syntax(void)
{
  struct robots *r;
  struct robots_stats st;
  const char *const *urls;
  size_t n;

  ok(!allowed("\xef\xbb\xbfUser-agent: *\nDisallow: /x\n", "a", "/x"),
     "UTF-8 BOM skipped");
  ok(allowed("\xef\xbbUser-agent: *\nDisallow: /x\n", "a", "/x"),
     "a partial BOM is not a BOM");
  ok(!allowed("User-agent: *\rDisallow: /x\r", "a", "/x"), "CR lines");
  ok(!allowed("User-agent: *\r\nDisallow: /x\r\n", "a", "/x"),
     "CRLF lines");
  ok(!allowed("User-agent: *\n\r\n\rDisallow: /x", "a", "/x"),
     "mixed ends, last line without one");
  ok(!allowed("  User-agent :\t* \n\tDisallow\t:  /x  # c\n", "a", "/x"),
     "blanks around keys and values");
  ok(!allowed("User-agent: *\nDissallow: /x\n", "a", "/x"),
     "typo \"Dissallow\" read");
  ok(!allowed("Useragent: *\nDisallow: /x\n", "a", "/x"),
     "\"Useragent\" read");
  ok(!allowed("User agent: *\nDisallow: /x\n", "a", "/x"),
     "\"User agent\" read");
  {
    static const char nul[] = "User-agent: *\nDisallow: /x\0y\n";
    r = NULL;
    robots_parse((const uint8_t *)nul, sizeof(nul) - 1, "a", &r);
    ok(robots_allowed(r, "/x"), "NUL in a value is an octet (%%00)");
    ok(!robots_allowed(r, "/x%00y"), "...matched escaped");
    robots_free(r);
  }

  r = parse("Sitemap: https://e.vn/s1.xml\n"
            "User-agent: *\n"
            "Sitemap: https://e.vn/s2.xml # news\n"
            "Disallow: /x\n"
            "sitemap: https://e.vn/s1.xml\n"
            "Site-map: https://e.vn/s3.xml\n"
            "Sitemap: https://e.vn/a b.xml\n"
            "Sitemap:\n", "a");
  n = robots_sitemaps(r, &urls);
  is_int(n, 3, "three sitemaps, duplicates dropped");
  if(n == 3) {
    is_str(urls[0], "https://e.vn/s1.xml", "sitemap 1");
    is_str(urls[1], "https://e.vn/s2.xml", "sitemap 2, comment cut");
    is_str(urls[2], "https://e.vn/s3.xml", "sitemap 3");
  }
  robots_free(r);
  {
    static const char nul[] = "Sitemap: \0\0x\nSitemap: https://e.vn/\0x\n";
    r = NULL;
    robots_parse((const uint8_t *)nul, sizeof(nul) - 1, "a", &r);
    is_int(robots_sitemaps(r, &urls), 0, "sitemaps with NUL ignored");
    robots_free(r);
  }
  {
    char txt[8192];
    size_t o = 0;
    int i;
    for(i = 0; i < ROBOTS_SITEMAPS_MAX + 6; i++)
      o += (size_t)snprintf(txt + o, sizeof(txt) - o,
                            "Sitemap: https://e.vn/%d.xml\n", i);
    r = parse(txt, "a");
    is_int(robots_sitemaps(r, &urls), ROBOTS_SITEMAPS_MAX, "sitemap cap");
    robots_get_stats(r, &st);
    is_int(st.sitemaps_dropped, 6, "sitemaps dropped counted");
    robots_free(r);
  }
  is_int(robots_sitemaps(NULL, &urls), 0, "no sitemaps for NULL");
  ok(urls == NULL, "NULL list for NULL");

  /* crawl-delay */
  r = parse("User-agent: *\nCrawl-delay: 2\nDisallow: /y\n"
            "User-agent: pressprobe\nCrawl-delay: 0.5\nDisallow: /x\n",
            "pressprobe");
  is_int(robots_crawl_delay_ms(r), 500, "crawl-delay of our group");
  robots_free(r);
  r = parse("User-agent: other\nCrawl-delay: 4\n"
            "User-agent: pressprobe\nDisallow: /x\n", "pressprobe");
  is_int(robots_crawl_delay_ms(r), 4000,
         "crawl-delay before our user-agent line, same group");
  robots_free(r);
  r = parse("User-agent: pressprobe\nDisallow: /x\nCrawl-delay: 7\n"
            "User-agent: other\nCrawl-delay: 9\n", "pressprobe");
  is_int(robots_crawl_delay_ms(r), 7000, "crawl-delay after rules");
  robots_free(r);
  r = parse("User-agent: *\nCrawl-delay: 2.25\n", "pressprobe");
  is_int(robots_crawl_delay_ms(r), 2250, "crawl-delay of the star group");
  robots_free(r);
  r = parse("User-agent: pressprobe\nCrawl-delay: 1\nCrawl-delay: 3\n"
            "User-agent: pressprobe\nCrawl-delay: 2\n", "pressprobe");
  is_int(robots_crawl_delay_ms(r), 3000, "several: the largest");
  robots_free(r);
  r = parse("User-agent: *\nCrawl-delay: 86400\n", "a");
  is_int(robots_crawl_delay_ms(r), ROBOTS_DELAY_MAX_MS, "capped");
  robots_free(r);
  r = parse("User-agent: *\nCrawl-delay: 99999999999999999999999\n", "a");
  is_int(robots_crawl_delay_ms(r), ROBOTS_DELAY_MAX_MS, "huge: capped");
  robots_free(r);
  r = parse("User-agent: *\nCrawl-delay: .5\n", "a");
  is_int(robots_crawl_delay_ms(r), 500, ".5");
  robots_free(r);
  r = parse("User-agent: *\nCrawl-delay: 1.23456\n", "a");
  is_int(robots_crawl_delay_ms(r), 1234, "sub-millisecond digits dropped");
  robots_free(r);
  r = parse("User-agent: *\nCrawl-delay: -1\nCrawl-delay: 5s\n"
            "Crawl-delay: .\nCrawl-delay: 1e3\n", "a");
  is_int(robots_crawl_delay_ms(r), 0, "bad values ignored");
  robots_get_stats(r, &st);
  is_int(st.unknown_lines, 4, "bad values counted");
  robots_free(r);
  r = parse("Crawl-delay: 5\nUser-agent: *\nDisallow: /x\n", "a");
  is_int(robots_crawl_delay_ms(r), 0, "crawl-delay before any group");
  robots_free(r);
  is_int(robots_crawl_delay_ms(NULL), 0, "NULL: no delay");
}

static void test_caps(void)
{
  size_t len = ROBOTS_PARSE_MAX + 4096, o = 0;
  char *txt = malloc(len + 1), *p;
  struct robots *r;
  struct robots_stats st;
  static const char cut_line[] = "Allow: /p-long-name\n";
  int i;

  /* a line cut by the parse cap is dropped */
  o += (size_t)snprintf(txt, len, "User-agent: *\nDisallow: /\n");
  while(o < ROBOTS_PARSE_MAX - 10) {
    size_t k = PP_MIN((size_t)80, ROBOTS_PARSE_MAX - 10 - o);
    memset(txt + o, '#', k);
    txt[o + k - 1] = '\n';
    o += k;
  }
  /* "Allow: /p" ends at the cap, the rest is past it */
  memcpy(txt + o, cut_line, sizeof(cut_line) - 1);
  o += sizeof(cut_line) - 1;
  memcpy(txt + o, "Disallow: /late\nAllow: /late\n", 29);
  o += 29;
  r = NULL;
  is_int(robots_parse((const uint8_t *)txt, o, "a", &r), PP_OK,
         "parse a file over the cap");
  ok(!robots_allowed(r, "/p-other"), "the line cut by the cap is dropped");
  ok(!robots_allowed(r, "/late"), "rules past the cap ignored");
  robots_get_stats(r, &st);
  is_int(st.bytes_ignored, o - ROBOTS_PARSE_MAX + 10,
         "bytes ignored: past the cap and the cut line");
  robots_free(r);
  /* the same file cut exactly at a line end keeps its last line */
  r = NULL;
  memcpy(txt + ROBOTS_PARSE_MAX - 10, "Allow: /p\n", 10);
  robots_parse((const uint8_t *)txt, ROBOTS_PARSE_MAX, "a", &r);
  ok(robots_allowed(r, "/p-other"), "a complete last line is read");
  robots_free(r);

  /* rules cap */
  o = (size_t)snprintf(txt, len, "User-agent: *\n");
  for(i = 0; i < ROBOTS_RULES_MAX + 100; i++)
    o += (size_t)snprintf(txt + o, len - o, "Disallow: /r%d$\n", i);
  r = parse(txt, "a");
  robots_get_stats(r, &st);
  is_int(st.rules, ROBOTS_RULES_MAX, "rules capped");
  is_int(st.rules_dropped, 100, "rules dropped counted");
  ok(!robots_allowed(r, "/r4095"), "last kept rule applies");
  ok(robots_allowed(r, "/r4096"), "dropped rule does not");
  robots_free(r);

  /* path cap */
  r = parse("User-agent: *\nDisallow: /x\n", "a");
  p = malloc(ROBOTS_PATH_MAX + 2);
  memset(p, 'a', ROBOTS_PATH_MAX + 1);
  p[0] = '/';
  p[ROBOTS_PATH_MAX] = '\0';
  ok(robots_allowed(r, p), "path at the cap is matched");
  p[ROBOTS_PATH_MAX] = 'a';
  p[ROBOTS_PATH_MAX + 1] = '\0';
  ok(!robots_allowed(r, p), "path over the cap is refused");
  ok(robots_allowed(r, ""), "empty path is /");
  ok(!robots_allowed(r, NULL), "NULL path refused");
  ok(!robots_allowed(NULL, "/"), "NULL robots refuses");
  robots_free(r);
  free(p);
  free(txt);
}

/* Reference matcher: dynamic programming over a pattern of literal
 * octets, "*" and a final "$" (no escapes), prefix semantics. */
static bool ref_match(const char *pat, const char *path)
{
  size_t m = strlen(pat), n = strlen(path), i, j;
  bool anchored = m && pat[m - 1] == '$', res = false;
  bool *prev = calloc(n + 1, 1), *cur = calloc(n + 1, 1);
  if(anchored)
    m--;
  prev[0] = true;
  for(i = 0; i < m; i++) {
    memset(cur, 0, n + 1);
    for(j = 0; j <= n; j++) {
      if(pat[i] == '*')
        cur[j] = prev[j] || (j && cur[j - 1]);
      else
        cur[j] = j && prev[j - 1] && path[j - 1] == pat[i];
    }
    memcpy(prev, cur, n + 1);
  }
  if(anchored)
    res = prev[n];
  else
    for(j = 0; j <= n && !res; j++)
      res = prev[j];
  free(prev);
  free(cur);
  return res;
}

static uint32_t rng = 12345;
static uint32_t next_rand(void)
{
  rng ^= rng << 13;
  rng ^= rng >> 17;
  rng ^= rng << 5;
  return rng;
}

static void test_reference(void)
{
  static const char alpha[] = "ab*/";
  int t, bad = 0;
  for(t = 0; t < 20000; t++) {
    char pat[16], path[24];
    size_t pl = 1 + next_rand() % 10, ql = next_rand() % 16, i;
    pat[0] = next_rand() % 4 ? '/' : '*';
    for(i = 1; i < pl; i++)
      pat[i] = alpha[next_rand() % 4];
    if(next_rand() % 3 == 0)
      pat[pl++] = '$';
    pat[pl] = '\0';
    path[0] = '/';
    for(i = 1; i <= ql; i++)
      path[i] = "ab/*"[next_rand() % (next_rand() % 5 ? 2 : 4)];
    path[ql + 1] = '\0';
    /* a literal star in the path is an ordinary octet for both */
    if(robots_pattern_matches(pat, path) != ref_match(pat, path)) {
      if(bad++ < 5)
        diag("pattern %s path %s: got %d", pat, path,
             robots_pattern_matches(pat, path));
    }
  }
  is_int(bad, 0, "matcher agrees with the reference on 20000 cases");
}

static void test_hostile(void)
{
  size_t len = ROBOTS_PARSE_MAX, o = 0, i;
  char *txt = malloc(len + 1), *path = malloc(ROBOTS_PATH_MAX + 1);
  struct robots *r;
  struct robots_stats st;
  double t0, t1;
  int k;
  bool a;

  /* 1000 stars against a long path of a's that never ends in b */
  o = (size_t)snprintf(txt, len, "User-agent: *\nDisallow: /");
  for(i = 0; i < 1000; i++) {
    txt[o++] = '*';
    txt[o++] = 'a';
  }
  txt[o++] = 'b';
  txt[o++] = '\n';
  txt[o] = '\0';
  memset(path, 'a', ROBOTS_PATH_MAX);
  path[0] = '/';
  path[ROBOTS_PATH_MAX] = '\0';
  r = parse(txt, "a");
  t0 = now();
  a = robots_allowed(r, path);
  t1 = now();
  ok(a, "1000 stars: no match");
  ok(t1 - t0 < 0.1, "1000 stars: %.4f s", t1 - t0);
  path[ROBOTS_PATH_MAX - 1] = 'b';
  ok(!robots_allowed(r, path), "1000 stars: match at the end");
  robots_free(r);

  /* as many rules as kept, each scanning the whole path in vain */
  o = (size_t)snprintf(txt, len, "User-agent: *\n");
  for(k = 0; k < ROBOTS_RULES_MAX; k++)
    o += (size_t)snprintf(txt + o, len - o, "Disallow: /*a*b%d\n", k);
  r = parse(txt, "a");
  robots_get_stats(r, &st);
  is_int(st.rules, ROBOTS_RULES_MAX, "hostile rule set parsed");
  memset(path, 'a', ROBOTS_PATH_MAX);
  path[0] = '/';
  path[ROBOTS_PATH_MAX] = '\0';
  t0 = now();
  for(k = 0; k < 5; k++)
    a = robots_allowed(r, path);
  t1 = now();
  ok(a, "hostile rule set: no match");
  ok((t1 - t0) / 5 < 0.5, "hostile rule set: %.4f s per path",
     (t1 - t0) / 5);
  memcpy(path + ROBOTS_PATH_MAX - 5, "b4095", 5);
  ok(!robots_allowed(r, path), "hostile rule set: the last rule matches");
  robots_free(r);

  /* a pattern of 600 pieces, each found once */
  o = (size_t)snprintf(txt, len, "User-agent: *\nDisallow: /");
  for(i = 0; i < 600; i++)
    o += (size_t)snprintf(txt + o, len - o, "*%c", 'a' + (int)(i % 26));
  txt[o++] = '\n';
  txt[o] = '\0';
  r = parse(txt, "a");
  for(i = 1; i < ROBOTS_PATH_MAX; i++)
    path[i] = (char)('a' + (i - 1) % 26);
  path[ROBOTS_PATH_MAX] = '\0';
  t0 = now();
  a = robots_allowed(r, path);
  t1 = now();
  ok(!a, "600 pieces in order: match");
  ok(t1 - t0 < 0.1, "600 pieces: %.4f s", t1 - t0);
  robots_free(r);
  free(txt);
  free(path);
}

static void test_status(void)
{
  static const uint8_t body[] = "User-agent: *\nDisallow: /x\n";
  static const int allow_all[] = { 300, 301, 399, 400, 401, 403, 404, 410,
                                   499 };
  static const int deny_all[] = { 0, -1, 100, 199, 429, 500, 503, 599,
                                  600, 999 };
  struct robots *r;
  struct robots_stats st;
  size_t i;
  is_int(robots_for_status(200, body, sizeof(body) - 1, "a", &r), PP_OK,
         "200 parses");
  ok(!robots_allowed(r, "/x") && robots_allowed(r, "/y"), "200: rules");
  robots_free(r);
  robots_for_status(206, body, sizeof(body) - 1, "a", &r);
  ok(!robots_allowed(r, "/x"), "2xx parses");
  robots_free(r);
  for(i = 0; i < PP_ARRAY_LEN(allow_all); i++) {
    robots_for_status(allow_all[i], body, sizeof(body) - 1, "a", &r);
    ok(robots_allowed(r, "/x"), "status %d: unavailable, allow all",
       allow_all[i]);
    robots_free(r);
  }
  for(i = 0; i < PP_ARRAY_LEN(deny_all); i++) {
    robots_for_status(deny_all[i], body, sizeof(body) - 1, "a", &r);
    ok(!robots_allowed(r, "/x") && !robots_allowed(r, "/"),
       "status %d: unreachable, disallow all", deny_all[i]);
    ok(robots_allowed(r, "/robots.txt"), "status %d: /robots.txt allowed",
       deny_all[i]);
    robots_free(r);
  }
  r = robots_disallow_all();
  robots_get_stats(r, &st);
  ok(st.disallow_all, "stats: disallow_all");
  ok(!robots_allowed(r, "/"), "disallow_all refuses /");
  is_int(robots_crawl_delay_ms(r), 0, "disallow_all: no delay");
  robots_free(r);
  r = robots_allow_all();
  ok(robots_allowed(r, "/any/thing?x"), "allow_all");
  robots_free(r);
  is_int(robots_for_status(200, body, 1, "a", NULL), PP_EINVAL,
         "for_status NULL out");
  is_int(robots_parse(body, 1, "a", NULL), PP_EINVAL, "parse NULL out");
  r = NULL;
  is_int(robots_parse(NULL, 0, "a", &r), PP_OK, "NULL body, len 0");
  ok(robots_allowed(r, "/"), "NULL body allows");
  robots_free(r);
  robots_free(NULL);
  robots_get_stats(NULL, &st);
  is_int(st.rules, 0, "stats of NULL");
}

static void test_alloc_failures(void)
{
  static const char txt[] =
    "User-agent: *\nDisallow: /a\nAllow: /a/b*c$\n"
    "User-agent: pressprobe\nDisallow: /x\nAllow: /x/y\nCrawl-delay: 1\n"
    "User-agent: *\nUser-agent: pressprobe\nDisallow: /both\n"
    "Sitemap: https://e.vn/1.xml\nSitemap: https://e.vn/2.xml\n";
  struct robots *r;
  long n;
  int rc = PP_ENOMEM, bad = 0;
  char *path = malloc(PATH_MAX_TEST);
  for(n = 0; n < 200 && rc != PP_OK; n++) {
    r = NULL;
    pp_alloc_fail_after(n);
    rc = robots_parse((const uint8_t *)txt, sizeof(txt) - 1, "pressprobe",
                      &r);
    pp_alloc_fail_after(-1);
    if(rc != PP_OK && (rc != PP_ENOMEM || r))
      bad++;
    if(rc == PP_OK) {
      ok(!robots_allowed(r, "/x/z") && robots_allowed(r, "/x/y"),
         "parse succeeds after %ld failures", n);
      /* a long path needs the heap: failure refuses */
      memset(path, 'a', PATH_MAX_TEST - 1);
      path[0] = '/';
      path[PATH_MAX_TEST - 1] = '\0';
      pp_alloc_fail_after(0);
      ok(!robots_allowed(r, path), "ENOMEM in robots_allowed refuses");
      pp_alloc_fail_after(-1);
      ok(robots_allowed(r, path), "same path with memory: allowed");
    }
    robots_free(r);
  }
  is_int(bad, 0, "every failure is PP_ENOMEM with nothing returned");
  ok(rc == PP_OK, "finally parsed");
  pp_alloc_fail_after(0);
  ok(robots_allow_all() == NULL, "allow_all ENOMEM");
  pp_alloc_fail_after(0);
  ok(robots_disallow_all() == NULL, "disallow_all ENOMEM");
  pp_alloc_fail_after(0);
  is_int(robots_for_status(404, NULL, 0, "a", &r), PP_ENOMEM,
         "for_status ENOMEM");
  pp_alloc_fail_after(-1);
  free(path);
}

int main(void)
{
  test_rfc_examples();
  test_google_like();
  test_agents();
  test_normal_form();
  test_syntax();
  test_caps();
  test_reference();
  test_hostile();
  test_status();
  test_alloc_failures();
  return tap_done();
}
