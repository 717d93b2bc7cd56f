/*
 * robots.h: robots.txt (RFC 9309, Robots Exclusion Protocol).
 *
 * Parsing follows RFC 9309: groups of user-agent lines followed by rules;
 * the group matching our product token (case-insensitive), else the "*"
 * group; rules are allow/disallow with "*" and "$"; the longest matching
 * rule wins, allow winning ties; "/robots.txt" is always allowed.  Lines
 * that are not understood are ignored.  At least ROBOTS_PARSE_MAX bytes
 * are parsed (RFC 9309 2.5: at least 500 KiB); more are ignored.
 * Non-standard but common lines are kept: Sitemap: (any group) and
 * Crawl-delay: (our group).
 *
 * How the crawler reads a robots.txt, in detail:
 *   - A UTF-8 byte order mark at the start is skipped; lines end at CR,
 *     LF or CR LF; "#" starts a comment; blanks (SP, HTAB) around keys
 *     and values are dropped; field names are case-insensitive.
 *   - A key is separated from its value by ":" or, when there is no ":",
 *     by blanks ("Disallow /x", as Google's parser accepts).  Besides the
 *     RFC's keys, these common misspellings are read (RFC 9309 2.2.4 lets
 *     a crawler read other records; every one of them makes us obey more,
 *     never less, except "useragent"/"user agent" which only name a
 *     group): "useragent", "user agent"; "dissallow", "dissalow",
 *     "disalow", "diasllow", "disallaw"; "site-map"; "crawldelay".
 *   - Groups: consecutive user-agent lines (blank lines, comments and
 *     other records between them do not matter) start a group; the group
 *     ends at the next user-agent line that follows a rule.  Rules before
 *     any user-agent line are ignored.
 *   - Matching our product token: the value of a user-agent line is cut
 *     to its leading product-token characters (letters, "_", "-"; so
 *     "pressprobe/1.0", "PressProbe (+https://...)" and "pressprobe 2"
 *     all give "pressprobe"), then compared case-insensitively and whole
 *     with our token (cut the same way): "pressprobe" is matched by
 *     "PRESSPROBE" and "pressprobe/1.0", not by "press" or
 *     "pressprobe-news".  A value starting with "*" followed by nothing
 *     or blanks is the "*" group.  Every group naming us is merged into
 *     one (RFC 9309 2.2.1); if none names us, every "*" group is merged;
 *     if there is neither, everything is allowed.
 *   - Paths: a rule's value and the path asked about are compared in one
 *     normal form (RFC 9309 2.2.2, RFC 3986 2.1 and 2.3): "%" escapes of
 *     unreserved characters (letters, digits, "-", ".", "_", "~") are
 *     decoded, other escapes get upper-case hex digits, and octets that
 *     may not appear raw in a URI (non-ASCII, controls, space, and
 *     "\"<>\\^`{|}") and a "%" that starts no escape are escaped; so
 *     "/a%3cd" and "/a<d" match, as do "/%7Efoo" and "/~foo", while
 *     "%2F" stays distinct from "/".  Matching is case-sensitive.
 *   - Patterns: "*" matches any run of octets; "$" at the very end
 *     anchors the pattern to the end of the path (elsewhere it is an
 *     ordinary "$"); a pattern otherwise matches a prefix of the path.
 *     An empty Allow or Disallow value is ignored.  The most specific
 *     match wins: the rule whose pattern (in normal form, "*" and "$"
 *     included) has the most octets; Allow wins a tie; no match allows.
 *     Matching is linear in the lengths of path and pattern (the literal
 *     pieces between "*" are found leftmost-first with KMP), so hostile
 *     patterns cost no backtracking.
 *   - Crawl-delay: seconds, fractions allowed ("0.5"), from the groups in
 *     use; several values: the largest; capped at ROBOTS_DELAY_MAX_MS.
 *   - Sitemap: every Sitemap line, in any group or none, as written,
 *     duplicates dropped, at most ROBOTS_SITEMAPS_MAX; a value with a
 *     control octet, blank or NUL inside is not a URL and is ignored.
 *   - Caps: bytes after ROBOTS_PARSE_MAX are ignored, and so is a line
 *     the cap cuts (a cut "Allow: /private-area" must not become
 *     "Allow: /"); lines longer than ROBOTS_LINE_MAX octets are ignored;
 *     rules past ROBOTS_RULES_MAX for our group are ignored.  Each cap
 *     is counted in robots_stats.
 *
 * Status (RFC 9309 2.3.1): a 4xx answer means "unavailable": everything is
 * allowed; a 5xx answer or no answer means "unreachable": everything is
 * disallowed (robots_disallow_all).  robots_for_status() applies this.
 */
#ifndef PP_ROBOTS_H
#define PP_ROBOTS_H

#include "pp_common.h"

#define ROBOTS_PARSE_MAX (512u * 1024)
#define ROBOTS_RULES_MAX 4096       /* rules kept for our group */
#define ROBOTS_SITEMAPS_MAX 64
#define ROBOTS_LINE_MAX 2048        /* longer lines are ignored */
#define ROBOTS_PATH_MAX 8192        /* longer paths are never allowed */
#define ROBOTS_DELAY_MAX_MS 60000u  /* Crawl-delay cap */

struct robots;

/* Which groups a parsed robots.txt applies to us. */
enum robots_group {
  ROBOTS_GROUP_NONE = 0,      /* no group for us nor "*": all allowed */
  ROBOTS_GROUP_STAR,          /* the "*" group(s) */
  ROBOTS_GROUP_AGENT,         /* group(s) naming our product token */
};

/* What parsing saw, and the caps it hit. */
struct robots_stats {
  enum robots_group group;
  bool disallow_all;          /* from robots_disallow_all() */
  size_t lines;               /* lines read */
  size_t rules;               /* rules kept for us */
  size_t rules_dropped;       /* over ROBOTS_RULES_MAX */
  size_t long_lines;          /* over ROBOTS_LINE_MAX, ignored */
  size_t unknown_lines;       /* not understood, ignored */
  size_t sitemaps_dropped;    /* over ROBOTS_SITEMAPS_MAX */
  size_t bytes_ignored;       /* past ROBOTS_PARSE_MAX */
};

/*
 * Parse body (untrusted) for the product token `agent` (e.g.
 * "pressprobe"; cut to its leading product-token characters, so a full
 * User-Agent string works too; NULL or empty: only "*" groups apply).
 * body may be NULL when len is 0.  Never fails on content: PP_OK, or
 * PP_ENOMEM, or PP_EINVAL when out is NULL.  *out: robots_free() it.
 */
int robots_parse(const uint8_t *body, size_t len, const char *agent,
                 struct robots **out);
struct robots *robots_allow_all(void);      /* NULL on ENOMEM */
struct robots *robots_disallow_all(void);
void robots_free(struct robots *r);         /* NULL ok */

/*
 * The robots of a site from the answer to GET /robots.txt, after the
 * fetcher followed redirects (RFC 9309 2.3.1.2: at least five):
 *   status 200-299: parse body;
 *   300-399 (redirects exhausted), 400-499 but 429: allow all
 *     ("unavailable");
 *   429, 500-599, 0 (no answer: DNS, connect, TLS, timeout), anything
 *     else: disallow all ("unreachable"; 429 as Google does, since
 *     "Too Many Requests" asks us to back off).
 * PP_OK, PP_ENOMEM, PP_EINVAL (out NULL).
 */
int robots_for_status(int status, const uint8_t *body, size_t len,
                      const char *agent, struct robots **out);

/* May `path` (path and query of a URL, starting with '/', percent-
 * encoding as in the URL) be fetched?  "/robots.txt" always may; an
 * empty path means "/".  False when r or path is NULL, when the path is
 * longer than ROBOTS_PATH_MAX, or when memory runs out. */
bool robots_allowed(const struct robots *r, const char *path);

/* Crawl-delay of our group in milliseconds, or 0 when absent. */
uint32_t robots_crawl_delay_ms(const struct robots *r);

/* Sitemap URLs listed (absolute, as written); count returned. */
size_t robots_sitemaps(const struct robots *r, const char *const **urls);

/* Counters of the parse (zeroes for NULL). */
void robots_get_stats(const struct robots *r, struct robots_stats *st);

#ifdef PP_UNITTESTS
/* Normal form of n octets of s into out (3 * n + 1 bytes); its length. */
size_t robots_canon(const char *s, size_t n, char *out);
/* Does the raw pattern (Allow/Disallow value) match the raw path? */
bool robots_pattern_matches(const char *pattern, const char *path);
#endif

#endif
