/*
 * pp_store_sites.h: site verdicts in the store (schema version 3).
 *
 * `pressprobe classify` writes, for each site, its verdict (class and
 * scores, the licence its footer claims, the person responsible), the
 * signals that fired, every hit (matched text in context, page, region),
 * the pages it looked at with where their evidence is (WARC file and
 * offset), and the source attributions its articles carry.  A site's
 * rows are replaced whole by its next classification.  `pressprobe
 * sites` and `pressprobe explain` read them back.  Tables and columns:
 * pressprobe-store(5).
 *
 * Texts are UTF-8 as the classifier produced them.  No client address is
 * ever among them; server_ip is the site's own server.
 */
#ifndef PP_STORE_SITES_H
#define PP_STORE_SITES_H

#include "pp_common.h"
#include "pp_store.h"

struct store_verdict {
  const char *site;
  const char *cls;              /* press-like, aggregator, social, other,
                                   unreachable */
  int64_t run_id;               /* 0: none */
  pp_usec_t classified_at;
  int score;                    /* the press-like score */
  int score_aggregator, score_social, score_other;
  unsigned pages, articles, attributed;
  const char *licence_number, *licence_kind, *licence_issuer;
  const char *licence_date;     /* "YYYY-MM-DD", or NULL */
  const char *responsible, *responsible_title;
  const char *rules;            /* the rule set's identity (folder and
                                   digest) */
  const char *server_ip, *country, *as_org;   /* NULL: unknown */
  uint32_t asn;                 /* 0: unknown */
  unsigned hits_dropped;        /* evidence over the per-site cap */
};

struct store_vsignal {
  const char *signal, *title, *basis, *certainty, *towards;
  int weight;
  unsigned pages;
  int contribution;             /* weight x min(pages, max) */
};

struct store_vhit {
  const char *signal;
  const char *page_url;         /* NULL for a site-level finding */
  const char *region;           /* title, meta, nav ... or "detector" */
  const char *text;             /* as the page wrote it, or the finding */
  const char *context;          /* "" for a detector */
};

struct store_vpage {
  const char *url;
  int status;                   /* HTTP status, 0: none */
  const char *outcome;          /* page, status, not-html, ... */
  bool article;
  const char *charset;
  pp_usec_t fetched_at;
  const char *server_ip, *warc_file, *record_id;
  uint64_t warc_offset;
};

/* An article's link to the original it names as its source. */
struct store_vattrib {
  const char *page_url, *source, *source_url;
  const char *warc_file, *record_id;     /* the copy's evidence */
  uint64_t warc_offset;
};

/* One site's classification, all of it. */
struct store_site_result {
  const struct store_verdict *v;
  const struct store_vsignal *signals;
  size_t n_signals;
  const struct store_vhit *hits;
  size_t n_hits;
  const struct store_vpage *pages;
  size_t n_pages;
  const char *const *sources;
  size_t n_sources;
  const struct store_vattrib *attribs;
  size_t n_attribs;
};

/*
 * Replace the site's classification with r (in one savepoint: all of it
 * or nothing).  PP_OK, PP_EINVAL (no site or class; read-only handle),
 * PP_EDB.
 */
int store_site_put(struct pp_store *st, const struct store_site_result *r);

struct store_site_query {
  const char *cls;              /* only this class; NULL: all */
  const char *site;             /* only this site; NULL: all */
  uint64_t limit;               /* 0: no limit */
};

/*
 * Verdicts by class (press-like, aggregator, social, other, unreachable),
 * in each the highest press-like score first, then by site name.  signals is
 * the ';'-joined ids of the signals that fired, in the order of their
 * contribution.  The callback's strings are valid during the call; a
 * result other than PP_OK stops the query with that result.  PP_OK,
 * PP_EDB.
 */
int store_sites_query(struct pp_store *st, const struct store_site_query *q,
                      int (*cb)(void *user, const struct store_verdict *v,
                                const char *signals),
                      void *user);

/* A site's signals (largest contribution first), hits (by signal in
 * that order, then in the order found), pages and sources.  PP_OK (nothing when the site has no
 * verdict), PP_EDB. */
int store_site_signals(struct pp_store *st, const char *site,
                       int (*cb)(void *user, const struct store_vsignal *s),
                       void *user);
int store_site_hits(struct pp_store *st, const char *site,
                    int (*cb)(void *user, const struct store_vhit *h),
                    void *user);
int store_site_pages(struct pp_store *st, const char *site,
                     int (*cb)(void *user, const struct store_vpage *p),
                     void *user);
int store_site_sources(struct pp_store *st, const char *site,
                       int (*cb)(void *user, const char *source),
                       void *user);

/* Linked attributions: of one site (site non-NULL), or of every site
 * (site NULL: ordered by site), as the source-withdrawal check wants
 * them; the site is passed to the callback.  PP_OK, PP_EDB. */
int store_attributions(struct pp_store *st, const char *site,
                       int (*cb)(void *user, const char *site,
                                 const struct store_vattrib *a),
                       void *user);

/* What the crawler left (fetches table, rows of `crawl` runs only):
 * every site it tried, and every WARC file it wrote (names without their
 * folder), each once, in name order.  PP_OK, PP_EDB. */
int store_fetch_sites(struct pp_store *st,
                      int (*cb)(void *user, const char *site), void *user);
int store_fetch_files(struct pp_store *st,
                      int (*cb)(void *user, const char *warc_file),
                      void *user);

#endif
