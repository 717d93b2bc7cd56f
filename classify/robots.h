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
 * Status (RFC 9309 2.3.1): a 4xx answer means "unavailable": everything is
 * allowed; a 5xx answer or no answer means "unreachable": everything is
 * disallowed (robots_disallow_all).
 */
#ifndef PP_ROBOTS_H
#define PP_ROBOTS_H

#include "pp_common.h"

#define ROBOTS_PARSE_MAX (512u * 1024)
#define ROBOTS_RULES_MAX 4096       /* rules kept for our group */
#define ROBOTS_SITEMAPS_MAX 64
#define ROBOTS_LINE_MAX 2048        /* longer lines are ignored */

struct robots;

/*
 * Parse body (untrusted) for the product token `agent` (e.g.
 * "pressprobe").  Never fails on content; PP_OK or PP_ENOMEM.
 */
int robots_parse(const uint8_t *body, size_t len, const char *agent,
                 struct robots **out);
struct robots *robots_allow_all(void);      /* NULL on ENOMEM */
struct robots *robots_disallow_all(void);
void robots_free(struct robots *r);         /* NULL ok */

/* May `path` (path and query of a URL, starting with '/', percent-
 * encoding as in the URL) be fetched? */
bool robots_allowed(const struct robots *r, const char *path);

/* Crawl-delay of our group in milliseconds, or 0 when absent. */
uint32_t robots_crawl_delay_ms(const struct robots *r);

/* Sitemap URLs listed (absolute, as written); count returned. */
size_t robots_sitemaps(const struct robots *r, const char *const **urls);

#endif
