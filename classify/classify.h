/*
 * classify.h: site verdicts from fetched pages.
 *
 * Pages come from WARC files (the crawler's, or any other tool's): a
 * first pass reads every record once and keeps a small index entry for
 * each response that could be a page (target URI, site, where the record
 * is); the index is then sorted by site, and each site's pages are read
 * again by seeking to their records, run through the page pipeline
 * (clfpage.h) and the signal engine (signals.h), and the site's verdict
 * handed to a callback.  Memory is the index (about 100 bytes a page)
 * plus one site's evidence, whatever the crawl's size and however its
 * records are interleaved.
 *
 * Sites: the registrable domain of the page's host (pp_name_site).  Hosts
 * under the special-use names .test and .example (RFC 6761) that mirror
 * a real name under a second-level registry (gov.vn, com.vn ...) are
 * taken as that name's registrable domain with the label put back
 * ("www.binhlam.gov.vn.test" is the site "binhlam.gov.vn.test"); others
 * by their last two labels ("m.congnghe360.test" is "congnghe360.test").  IP-literal hosts are no site and are
 * skipped.
 *
 * Pages of a site: the newest response per URL (by WARC-Date, then by
 * position); revisit records are skipped (the payload is the same as a
 * record already seen); at most max_pages per site, the home page first,
 * then in URL order.  A site whose records include no page (errors,
 * redirects, non-HTML) is "unreachable".
 */
#ifndef PP_CLASSIFY_H
#define PP_CLASSIFY_H

#include "clfpage.h"
#include "pp_common.h"
#include "signals.h"
#include "warc.h"

#define CLASSIFY_PAGES_DEFAULT 200     /* pages per site */
#define CLASSIFY_FILES_MAX 65535       /* WARC files in one run */
#define CLASSIFY_ATTRIBS_MAX 256       /* linked attributions per site */
#define CLASSIFY_URL_MAX 2048

struct classify_opts {
  size_t max_pages;          /* per site; 0: CLASSIFY_PAGES_DEFAULT */
  size_t block_max;          /* WARC block cap (0: the reader's) */
};

/* Where a page's evidence is. */
struct classify_pageref {
  const char *url;
  const char *warc_file;     /* path as given */
  uint64_t warc_offset;      /* of the record's gzip member */
  const char *record_id;     /* WARC-Record-ID ("" when none) */
  const char *ip;            /* WARC-IP-Address ("" when none) */
  pp_usec_t date;            /* WARC-Date */
  int status;                /* HTTP status (0: none) */
  enum clfpage_skip skip;    /* CLFPAGE_PAGE for a classified page */
  bool article;
  const char *charset;
};

/* An article that names its source with a link to another site: what
 * the source-withdrawal check fetches (the original) and compares with
 * (the copy's evidence). */
struct classify_attrib {
  const char *page_url;      /* the copy */
  const char *text;          /* the attribution line as written */
  const char *source_url;    /* the linked original */
  const char *warc_file;     /* the copy's record */
  uint64_t warc_offset;
  const char *record_id;
};

/* One site's result, valid during the callback. */
struct classify_site {
  const char *site;
  const struct sig_site *acc;          /* evidence and counters */
  const struct sig_verdict *verdict;
  const struct classify_pageref *pages;/* every record considered, the
                                          classified ones first */
  size_t n_pages;                      /* entries in pages[] */
  size_t n_classified;                 /* of which pages classified */
  const struct classify_attrib *attribs;
  size_t n_attribs;
  uint32_t attribs_dropped;            /* over CLASSIFY_ATTRIBS_MAX */
};

typedef int (*classify_sink)(void *ctx, const struct classify_site *s);

struct classify_stats {
  uint64_t files, records, responses, indexed;
  uint64_t revisits, duplicates, no_site, over_cap;
  uint64_t bad_records;                /* malformed, cut, over caps */
  uint64_t skipped[CLFPAGE_SKIP_COUNT];  /* [CLFPAGE_PAGE]: classified */
  uint64_t html_bytes;                 /* entity bytes classified */
  uint64_t sites;
};

struct classify;

/* e must outlive c.  PP_OK, PP_ENOMEM. */
int classify_new(const struct sig_engine *e, const struct classify_opts *o,
                 struct classify **out);
void classify_free(struct classify *c);               /* NULL ok */

/*
 * Index the records of one WARC file.  Damaged records are counted and
 * skipped.  errbuf (PP_ERRBUF_SIZE) says why on error.  PP_OK; PP_ENOENT,
 * PP_EIO (the file cannot be read), PP_ELIMIT (too many files),
 * PP_ENOMEM.
 */
int classify_add_warc(struct classify *c, const char *path, char *errbuf);

/*
 * Add a site that has no page at all (e.g. every fetch failed), so that
 * it is reported "unreachable".  PP_OK, PP_ENOMEM, PP_EINVAL.
 */
int classify_add_site(struct classify *c, const char *site);

/*
 * Classify every site indexed, in site order, calling sink for each; a
 * sink result other than PP_OK stops the run with that result.  errbuf
 * says why on error.
 */
int classify_run(struct classify *c, classify_sink sink, void *ctx,
                 char *errbuf);

void classify_get_stats(const struct classify *c, struct classify_stats *out);

/* The site of a host name (see above) into out (PP_NAME_BUF); false when
 * the host is no site (IP literal, single label, invalid). */
bool classify_site_of(const char *host, size_t len, char *out);

/* The host of an absolute http(s) URL: *host and *len, or false. */
bool classify_url_host(const char *url, const char **host, size_t *len);

#endif
