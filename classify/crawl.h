/*
 * crawl.h: the crawler: which sites, and which of their pages, to fetch
 * through the fetch engine (fetch.h), and what to record of each fetch
 * in the store (pp_store.h, table fetches).
 *
 * References: RFC 9309 (robots.txt), RFC 3986 (URI syntax, 5.2 reference
 * resolution, 6.2 normalization), sitemaps.org protocol 0.9 and Google's
 * news sitemap extension (urlset/url/loc, sitemapindex/sitemap/loc),
 * HTML Standard 4.2.3 (<base href>), the Public Suffix List (a site is a
 * registrable domain, lib/pp_names.h), nDPI's protocols file format
 * (host:"NAME" entries; doc/pressprobe-skip-hosts.5).
 *
 * Per site, in this order, every request through the engine (so every
 * politeness and safety rule applies to all of them):
 *   1. robots.txt of the home page's origin (RFC 9309 status rules via
 *      robots_for_status; a bare site name tries https first and falls
 *      back to http when https cannot connect or its TLS fails); a site
 *      whose robots.txt could not be reached at all (refused by the
 *      address guard, no DNS, no connection) ends here;
 *   2. the home page, and news sitemaps: those listed in robots.txt whose
 *      URL says "news", else the first of /sitemap-news.xml,
 *      /sitemap_news.xml, /news-sitemap.xml that answers with XML;
 *   3. up to pages_per_site pages chosen from the home page's links and
 *      the sitemaps' URLs (crawl_choose): distinct sections first, then
 *      articles from distinct sections; every page on the site (same
 *      registrable domain), at most CRAWL_ORIGINS_MAX origins per site,
 *      each with its own robots.txt fetched first.
 * A page robots.txt disallows is recorded (outcome robots-disallowed)
 * and not fetched.  Pages other than robots.txt, sitemaps and the home
 * page are asked conditionally when the store has a previous complete
 * fetch of the URL (If-None-Match / If-Modified-Since).
 *
 * Memory: at most sites_at_once sites are in progress; each holds its
 * robots rules, at most CRAWL_CANDIDATES_MAX candidate links, its chosen
 * pages (a URL each), and hands at most site_inflight requests at a time
 * to the engine.  Pages are parsed one at a time, inside the engine's
 * callback, and never kept.
 */
#ifndef PP_CRAWL_H
#define PP_CRAWL_H

#include <signal.h>

#include "fetch.h"
#include "pp_common.h"
#include "pp_names.h"
#include "pp_store.h"

#define CRAWL_URL_MAX FETCH_URL_MAX
#define CRAWL_SITE_MAX PP_NAME_BUF        /* a site key, NUL included */
#define CRAWL_ORIGINS_MAX 4        /* scheme+host+port per site */
#define CRAWL_PAGES_MAX 1000       /* --pages-per-site */
#define CRAWL_HTML_MAX (4u * 1024 * 1024)   /* HTML bytes parsed */
#define CRAWL_LINKS_MAX 5000       /* <a href> looked at per page */
#define CRAWL_CANDIDATES_MAX 512   /* distinct links kept per site */
#define CRAWL_SITEMAPS_MAX 2       /* news sitemaps fetched per site
                                      (an index counts, and one child) */
#define CRAWL_SITEMAP_MAX (16u * 1024 * 1024)  /* XML bytes parsed */
#define CRAWL_SITEMAP_URLS_MAX 1000   /* <loc> read per sitemap */
#define CRAWL_SITEMAP_NODES_MAX 200000  /* XML nodes read per sitemap */
#define CRAWL_SKIP_LINE_MAX 65536  /* a skip-hosts line */
#define CRAWL_SKIP_HOSTS_MAX 100000
#define CRAWL_AGENT_TOKEN "pressprobe"   /* robots.txt product token */

/* ---- URLs --------------------------------------------------------------- */

/*
 * Resolve ref (ref_len bytes, untrusted: an href as written) against the
 * absolute http(s) URL base (RFC 3986 5.2, with the WHATWG-compatible
 * leniencies browsers use for hrefs: surrounding blanks dropped, tabs and
 * newlines inside removed, '\' read as '/'), and normalize the result
 * into out (cap bytes): scheme and host in lowercase, the scheme's
 * default port dropped, dot segments removed, an empty path made "/",
 * the fragment dropped, and bytes that may not appear in a URI
 * (controls, space, non-ASCII, "\"<>\\^`{|}") percent-encoded.  An
 * internationalized host name becomes punycode (pp_name_normalize).
 * Returns PP_OK; PP_EINVAL when the result is not an http or https URL
 * with a host (mailto:, javascript:, data:, a relative ref without a
 * usable base, user information in the authority, a bad port);
 * PP_ELIMIT when it would not fit in cap or CRAWL_URL_MAX.
 */
int crawl_url_resolve(const char *base, const char *ref, size_t ref_len,
                      char *out, size_t cap);

/* Parts of a URL made by crawl_url_resolve (pointers into it). */
struct crawl_url_parts {
  const char *scheme; size_t scheme_len;   /* "http" or "https" */
  const char *host; size_t host_len;       /* without brackets or port */
  unsigned port;                           /* 0: the scheme's default */
  const char *path; size_t path_len;       /* from '/' to before '?' */
  const char *query; size_t query_len;     /* after '?', or NULL */
  size_t origin_len;        /* bytes of "scheme://host[:port]" */
};

/* Split a normalized absolute URL.  PP_OK or PP_EINVAL. */
int crawl_url_split(const char *url, struct crawl_url_parts *p);

/*
 * The site of a host (a registrable domain via pp_name_site, or the host
 * itself when it is an IP literal or a name pp_name_normalize refuses,
 * such as "localhost") into out (CRAWL_SITE_MAX).  PP_OK or PP_EINVAL.
 */
int crawl_host_site(const char *host, size_t len, char *out);

/* ---- choosing pages ----------------------------------------------------- */

enum crawl_kind {
  CRAWL_KIND_SKIP = 0,       /* not a page: image, script, login, ... */
  CRAWL_KIND_OTHER,          /* a page, but neither of the below */
  CRAWL_KIND_SECTION,        /* /thoi-su/, /phap-luat.htm, ... */
  CRAWL_KIND_ARTICLE,        /* ...-d123456.html, /2024/05/..., ... */
  CRAWL_KIND_HOME,           /* "/" or /index.html and the like */
  CRAWL_KIND_ROBOTS,         /* robots.txt (fetches only) */
  CRAWL_KIND_SITEMAP,        /* a sitemap (fetches only) */
};

/* "skip", "page", "section", "article", "home", "robots", "sitemap". */
const char *crawl_kind_name(enum crawl_kind k);

/*
 * Classify a URL's path and query (path from '/', query without '?' or
 * NULL).  Article shapes (Vietnamese CMSs and common others): a last
 * segment ending in -<5+ digits>, -d<digits>, -post<digits>, -p<digits>,
 * -a<digits> or -n<digits> (before an optional .html, .htm, .chn, .shtml,
 * .aspx, .php, .vn), a run of 6+ digits in the last segment, a
 * /YYYY/MM/ date path, or a long slug (4 or more '-') under a section.
 * Section shapes: one or two short segments (at most 40 bytes, at most
 * 4 '-', no run of 4+ digits), with an optional .html/.htm/.chn.
 * Skipped: file types that are no page (images, styles, scripts, feeds,
 * documents, archives, media, fonts), and paths or queries that mention
 * login, registration, accounts, carts, checkout, search or printing
 * (in English or Vietnamese, e.g. dang-nhap, tim-kiem, gio-hang).
 */
enum crawl_kind crawl_classify_path(const char *path, size_t path_len,
                                    const char *query, size_t query_len);

/* A page chosen to fetch. */
struct crawl_choice {
  char url[CRAWL_URL_MAX];
  enum crawl_kind kind;
};

/* Links of a page, as collected from its HTML. */
struct crawl_links;

/* New empty link set; NULL on ENOMEM. */
struct crawl_links *crawl_links_new(void);
void crawl_links_free(struct crawl_links *l);     /* NULL ok */
size_t crawl_links_count(const struct crawl_links *l);

/*
 * Add the links of an HTML page (UTF-8 text, at most CRAWL_HTML_MAX
 * bytes parsed) fetched from page_url, that belong to site: <a href>
 * resolved against <base href> or page_url, classified, deduplicated,
 * at most CRAWL_CANDIDATES_MAX in all, at most CRAWL_ORIGINS_MAX origins.
 * Parsed with libxml2's HTML parser (recover, no network, no errors
 * shown).  PP_OK, PP_ENOMEM.
 */
int crawl_links_add_html(struct crawl_links *l, const char *page_url,
                         const char *site, const uint8_t *html, size_t len);

/* Add one absolute URL (e.g. from a sitemap) as an article when it
 * belongs to site and is a page; PP_OK (added or not), PP_ENOMEM. */
int crawl_links_add_url(struct crawl_links *l, const char *url,
                        const char *site, enum crawl_kind kind);

/*
 * Choose at most n pages from l: sections first, each from a distinct
 * section (first path segment), up to half of n (rounded up); then
 * articles, round-robin over their sections in order of appearance;
 * then more sections, then other pages, until n.  exclude (may be
 * NULL) is a URL never chosen (the home page).  Writes at most n
 * choices to out; returns how many.
 */
size_t crawl_links_choose(const struct crawl_links *l, size_t n,
                          const char *exclude, struct crawl_choice *out);

/* ---- sitemaps ----------------------------------------------------------- */

/*
 * Read a sitemap (XML, untrusted, at most CRAWL_SITEMAP_MAX bytes; gzip
 * data is inflated first, capped) with libxml2's XML reader: no network,
 * no DTD loading, no entity substitution.  *is_index tells a
 * sitemapindex from a urlset; each <loc> (at most
 * CRAWL_SITEMAP_URLS_MAX, trimmed) is passed to cb, which returns 0 to
 * go on.  PP_OK (also for XML that is cut or broken: what was read
 * counts), PP_EMALFORMED (not a sitemap at all), PP_ENOMEM, or cb's
 * non-zero value.
 */
int crawl_sitemap_parse(const uint8_t *xml, size_t len, bool *is_index,
                        int (*cb)(void *user, const char *loc),
                        void *user);

/* ---- candidate sites from the inventory -------------------------------- */

struct crawl_skip;

/*
 * Load host names to skip from a file in nDPI's protocols format
 * (doc/pressprobe-skip-hosts.5): lines of comma-separated host:"NAME"
 * entries with an optional "@Protocol" at the end; '#' comments; tcp:,
 * udp: and ip: entries are ignored (the file can be shared with nDPI).
 * A name stands for itself, its subdomains and its whole registrable
 * domain.  Appends to *sk (created when NULL).  errbuf (PP_ERRBUF_SIZE)
 * gets "path:line: reason".  PP_OK, PP_ENOENT, PP_EIO, PP_EMALFORMED
 * (a bad entry: nothing of the file is kept), PP_ELIMIT (more than
 * CRAWL_SKIP_HOSTS_MAX names), PP_ENOMEM.
 */
int crawl_skip_load(struct crawl_skip **sk, const char *path,
                    char *errbuf);

/* Add one category name to skip (nDPI category, case-insensitive). */
int crawl_skip_add_category(struct crawl_skip **sk, const char *category);
void crawl_skip_free(struct crawl_skip *sk);       /* NULL ok */
size_t crawl_skip_hosts(const struct crawl_skip *sk);

/* Why a site is not a candidate. */
enum crawl_skip_reason {
  CRAWL_SKIP_NONE = 0,
  CRAWL_SKIP_HOST,           /* in the host list */
  CRAWL_SKIP_CATEGORY,       /* its nDPI category is skipped */
  CRAWL_SKIP_ECH,            /* seen as an ECH public name */
};

/* Should the inventory row (by site) be skipped, and why. */
enum crawl_skip_reason crawl_skip_check(const struct crawl_skip *sk,
                                        const struct store_row *row);

/*
 * The candidate sites of the inventory, most distinct clients first
 * (store_query_names by site), without those crawl_skip_check refuses:
 * cb gets each site name until max (0: all) were given or cb returns
 * non-zero.  skipped (may be NULL) counts the refused per reason
 * (indexed by enum crawl_skip_reason).  PP_OK, or as store_query_names.
 */
int crawl_candidates(struct pp_store *st, const struct crawl_skip *sk,
                     size_t max, int (*cb)(void *user, const char *site),
                     void *user, uint64_t skipped[4]);

/* ---- the crawl ---------------------------------------------------------- */

struct crawl_config {
  size_t pages_per_site;       /* pages besides home, robots, sitemaps */
  size_t sites_at_once;        /* sites in progress at once */
  size_t site_inflight;        /* requests of one site handed to the
                                  engine at once (the rest wait in the
                                  site's list: memory stays flat) */
  bool sitemaps;               /* fetch news sitemaps */
  bool conditional;            /* conditional GET from the store */
  uint32_t per_host_delay_ms;  /* the engine's; Crawl-delay raises it */
  int64_t run_id;              /* recorded in each fetch row (0: none) */
};

void crawl_config_defaults(struct crawl_config *c);

/* Counters, for progress and the summary. */
struct crawl_stats {
  uint64_t sites_total;        /* added */
  uint64_t sites_done;
  uint64_t sites_ok;           /* home page fetched ok */
  uint64_t sites_unreachable;  /* robots.txt origin never answered */
  uint64_t sites_refused;      /* ... because the address guard refused */
  uint64_t pages_ok;           /* rows with outcome ok or not-modified */
  uint64_t rows;               /* fetch rows recorded */
  uint64_t errors;             /* rows with another outcome but redirect
                                  and robots-disallowed */
  uint64_t robots_disallowed;
  uint64_t outcomes[FETCH_OUTCOME_COUNT];
  uint64_t bytes;              /* body bytes received */
  uint64_t kinds[CRAWL_KIND_SITEMAP + 1];   /* rows per kind */
  uint64_t store_errors;       /* rows that could not be written */
};

struct crawl;

/*
 * A crawl over the engine f (whose callback must be crawl_fetch_done with
 * the crawl as its user: create the engine with crawl_fetch_done and
 * set it with crawl_new) recording into st (may be NULL: nothing is
 * recorded, nothing is asked conditionally).  PP_OK, PP_EINVAL,
 * PP_ENOMEM.
 */
int crawl_new(const struct crawl_config *cfg, struct pp_store *st,
              struct crawl **out);
void crawl_set_fetch(struct crawl *c, struct fetch *f);
/* The runs.id recorded in each fetch row from now on (0: none). */
void crawl_set_run(struct crawl *c, int64_t run_id);
void crawl_free(struct crawl *c);                 /* NULL ok */

/* The engine's callback (its cbuser is the crawl). */
void crawl_fetch_done(void *crawl, const struct fetch_result *r);

/*
 * Queue a site: a host name (its home page is https://NAME/, falling
 * back to http://NAME/) or an http(s) URL (its home page, port
 * included).  Duplicates (same home page) are dropped.  PP_OK,
 * PP_EINVAL (neither; errbuf says why), PP_ENOMEM.
 */
int crawl_add_site(struct crawl *c, const char *spec, char *errbuf);

/*
 * Crawl the queued sites.  progress (may be NULL) is called at most
 * every progress_ms with the counters.  Stops early, cutting what runs,
 * when *stop becomes non-zero.  PP_OK; PP_EIO (the WARC file or the
 * store could not be written: see crawl_errmsg); PP_ENOMEM.
 */
int crawl_run(struct crawl *c, volatile sig_atomic_t *stop,
              void (*progress)(void *user, const struct crawl_stats *s),
              void *user, uint32_t progress_ms);

void crawl_get_stats(const struct crawl *c, struct crawl_stats *out);
const char *crawl_errmsg(const struct crawl *c);

/* The <title> of an HTML page (UTF-8, blanks collapsed) into out (cap);
 * "" when none.  For inspection (pressprobe crawl --read-warc). */
void crawl_html_title(const uint8_t *html, size_t len, char *out,
                      size_t cap);

#endif
