/*
 * withdraw.h: source withdrawal ("bài gốc đã bị gỡ"): is the press
 * original that a copied article names as its source still online, and
 * is the copy?  Sites keep press articles online after the newspaper
 * removed them; a regulator needs the evidence.
 *
 * References: RFC 9110 (15.4 redirects, 15.5.5 404, 15.5.11 410), RFC
 * 9309 (robots.txt), RFC 3986 (URI paths), ../shared/docs/domain.md
 * ("Source-withdrawal checking"), pressprobe-sources(1).
 *
 * Two parts.  The judge decides, from one fetch (every hop of its
 * redirect chain and the final response) and what is known of the home
 * page of the URL's origin, whether the page is gone; it does no I/O.
 * The check runs the judge over a store's linked attributions
 * (pp_store_sites.h, store_attributions): it fetches the originals
 * through the fetch engine (fetch.h: address guard, politeness, caps,
 * every hop kept as WARC evidence), then the copies of the originals
 * found gone, and records every fetch (table fetches, kinds "original"
 * and "copy"; robots.txt and home pages as "robots" and "home") and one
 * row per (copy, original) pair (pp_store_withdraw.h).
 *
 * THE DECISION (withdraw_judge), in this order; the first rule that
 * applies gives the verdict.  "Home path": the path "/" or one of
 * /index.html, /index.htm, /index.php, /index.asp, /index.aspx,
 * /index.jsp, /default.asp, /default.aspx, /home, /home.html,
 * /trang-chu, /trang-chu.html, /trangchu (ASCII case ignored, a trailing
 * "/" allowed), with no query.
 *   1. Not fetched (robots.txt disallowed it, the URL is not http(s),
 *      the check was stopped): not-checked.
 *   2. The asked URL has a home path: not-checked (a link to a home page
 *      names no article).
 *   3. The chain ended without a usable HTTP response: timeout,
 *      connect-failed, dns-failed, tls-error, reset, truncated,
 *      protocol-error, refused-private (the address guard), too-large
 *      (body cut: unread), decode-error, too-many-redirects,
 *      bad-redirect, error: not-checked.  Transient or unknown: never
 *      gone.
 *   4. Final status 404: gone-404.  410: gone-410 (after redirects too:
 *      the chain the original's URL starts ends there).
 *   5. Any other final status but 200 and 203 (401, 403, 429, 451,
 *      5xx, 304, other 2xx): not-checked.
 *   From here on the final response is 200 (or 203).
 *   6. Redirected (at least one hop) to a home page: the final URL has a
 *      home path, or equals the final URL of the origin's home page as
 *      fetched for this check (a site whose "/" redirects to "/vi/"):
 *      gone-redirect-home.  The home page of another registrable domain
 *      counts the same (reason says which).  But when that redirect went
 *      from an http URL to another path on https of the same site (a
 *      server that upgrades the scheme and drops the path says nothing
 *      about the article's https address): not-checked; the same holds
 *      for the redirected cases of rules 10 and 11.
 *   7. Redirected to an error page: a path segment of the final URL
 *      (extension dropped, case ignored) is one of 404, error, error404,
 *      error-404, 404-error, not-found, notfound, page-not-found, loi,
 *      loi-404, trang-loi, khong-tim-thay, and the asked URL had no such
 *      segment: soft-404.
 *   8. The body is not HTML (a PDF, an image): present.  An empty body
 *      or a content coding that cannot be undone: not-checked.
 *   9. A not-found phrase (below) in the <title>, or in a short line of
 *      the visible text (at most WITHDRAW_LINE_MAX characters: a heading
 *      or a message, not a paragraph of prose),
 *      AND the page has less than WITHDRAW_ARTICLE_MIN bytes of article
 *      text (htmlfeat ARTICLE: itemprop=articleBody or the densest
 *      paragraphs): soft-404.  The article-text bound is what keeps an
 *      article that quotes "Lỗi 404" or "Page not found" present,
 *      whatever its title and markup say.
 *  10. The page is the home page: its title equals the home page's (both
 *      not empty, compared normalized), it has no article markup (no
 *      og:type article, no schema.org Article type in JSON-LD or
 *      microdata, no itemprop=articleBody), and its main text is the
 *      home page's (same article text, not empty, or same visible text,
 *      compared by length and SipHash).  Title and markup alone are not
 *      enough: some CMSs give every page the site's name as its title.
 *      Redirected: gone-redirect-home; else soft-404.
 *  11. Redirected to a section page: the final path is one short
 *      segment that crawl_classify_path() calls a section (/thoi-su/),
 *      the asked path was another, and the final page is no article
 *      (clfpage_is_article: no article markup, under CLFPAGE_ARTICLE_MIN
 *      bytes of article text): gone-redirect-home.
 *  12. Otherwise: present.
 *
 * Not-found phrases are matched whole-word in the text normalized as the
 * signal rules are (textnorm MATCH: case folded, NFC, canonical
 * Vietnamese tone placement, spaces collapsed; "xóa" and "xoá" are one
 * word), and in its unaccented form (for pages written without
 * diacritics).  They are:
 *   - a subject, an optional qualifier and a predicate, adjacent:
 *     subject: bài viết, tin bài, bài báo, nội dung, trang, đường dẫn,
 *       liên kết, tin này, bài này;
 *     qualifier: này, bạn tìm, bạn cần tìm, bạn đang tìm, bạn tìm kiếm,
 *       bạn đang tìm kiếm, bạn yêu cầu, yêu cầu, bạn truy cập, bạn đang
 *       truy cập, bạn vừa truy cập, bạn muốn xem, bạn đang xem;
 *     predicate: không tồn tại, không còn tồn tại, hiện không tồn tại,
 *       đã bị gỡ, đã bị xóa, đã được gỡ, đã bị ẩn, không tìm thấy,
 *       không được tìm thấy;
 *     ("Trang bạn tìm không tồn tại", "Bài viết không tồn tại", "Nội
 *     dung đã bị gỡ", "Bài viết này đã bị xóa");
 *   - and: không tìm thấy trang, không tìm thấy bài viết, không tìm thấy
 *     nội dung, không tìm thấy tin bài, không tìm thấy đường dẫn, lỗi
 *     404, 404 not found, error 404, 404 error, page not found, page
 *     cannot be found, page could not be found, page does not exist,
 *     page doesn't exist, article not found, article does not exist,
 *     article has been removed, article has been deleted, content has
 *     been removed, content not found, content is no longer available,
 *     page is no longer available, article is no longer available, post
 *     not found, the requested url was not found.
 *   A bare predicate ("đã bị xóa", "not found", "404") is not enough: it
 *   is everyday news wording.
 *
 * The copy is judged by the same rules: "still served" is the verdict
 * present.  A finding is a pair whose original is gone (gone-404,
 * gone-410, gone-redirect-home, soft-404) and whose copy is present.
 */
#ifndef PP_WITHDRAW_H
#define PP_WITHDRAW_H

#include <signal.h>

#include "clfpage.h"
#include "fetch.h"
#include "pp_common.h"
#include "pp_store.h"

#define WITHDRAW_URL_MAX FETCH_URL_MAX
#define WITHDRAW_REASON_MAX 512      /* bytes of a reason, NUL included */
#define WITHDRAW_QUOTE_MAX 160       /* page text quoted in a reason */
#define WITHDRAW_LINE_MAX 160        /* a message line, characters */
#define WITHDRAW_ARTICLE_MIN CLFPAGE_ARTICLE_MIN  /* article text bytes
                                        that make a page an article */
#define WITHDRAW_TITLE_MAX 512       /* title bytes compared / scanned */
#define WITHDRAW_SCAN_MAX (256u * 1024)   /* visible-text bytes scanned
                                        for phrases */
#define WITHDRAW_PAIRS_MAX 100000    /* pairs in one check */
#define WITHDRAW_ORIGINS_AT_ONCE_MAX 4096

enum withdraw_verdict {
  WITHDRAW_NOT_CHECKED = 0,   /* "not-checked": unknown, never gone */
  WITHDRAW_PRESENT,           /* "present" */
  WITHDRAW_GONE_404,          /* "gone-404" */
  WITHDRAW_GONE_410,          /* "gone-410" */
  WITHDRAW_GONE_REDIRECT_HOME,/* "gone-redirect-home" */
  WITHDRAW_SOFT_404,          /* "soft-404" */
  WITHDRAW_VERDICT_COUNT
};

/* Stable word of a verdict (as stored). */
const char *withdraw_verdict_name(enum withdraw_verdict v);
/* gone-404, gone-410, gone-redirect-home, soft-404. */
bool withdraw_verdict_gone(enum withdraw_verdict v);

/* The rule that decided (numbers as in the list above). */
enum withdraw_rule {
  WITHDRAW_R_NOT_FETCHED = 1,
  WITHDRAW_R_LINK_HOME,
  WITHDRAW_R_NO_RESPONSE,
  WITHDRAW_R_STATUS_GONE,
  WITHDRAW_R_STATUS_OTHER,
  WITHDRAW_R_REDIRECT_HOME,
  WITHDRAW_R_REDIRECT_ERROR,
  WITHDRAW_R_NOT_HTML,
  WITHDRAW_R_PHRASE,
  WITHDRAW_R_HOME_BODY,
  WITHDRAW_R_REDIRECT_SECTION,
  WITHDRAW_R_PRESENT,
};

/* What the judge knows of the home page of an origin (rules 6 and 10);
 * withdraw_home_learn fills it. */
struct withdraw_home {
  bool known;                 /* a 200 HTML page was read */
  char final_url[WITHDRAW_URL_MAX];   /* where "/" ended ("" unknown) */
  char title[WITHDRAW_TITLE_MAX];     /* normalized title */
  uint64_t article_hash, body_hash;
  size_t article_len, body_len;
};

/* A verdict, and why. */
struct withdraw_result {
  enum withdraw_verdict verdict;
  enum withdraw_rule rule;
  int status;                 /* the final HTTP status, 0: none */
  unsigned hop;               /* the hop the verdict rests on: the last
                                 one, or for a redirect verdict the
                                 redirect that led to the page the chain
                                 ended on (later hops only changed the
                                 scheme or host of that address) */
  char reason[WITHDRAW_REASON_MAX];   /* in words, quoting the page */
};

struct withdraw_judge;

/* A judge (its phrase automaton compiled, a page parser).  PP_OK,
 * PP_ENOMEM.  One per thread. */
int withdraw_judge_new(struct withdraw_judge **out);
void withdraw_judge_free(struct withdraw_judge *j);     /* NULL ok */

/*
 * Judge one fetch r (as the engine delivers it; r->url is the URL asked
 * for) with home (may be NULL: unknown) the home page of r->url's
 * origin.  Fills *out.  PP_OK, PP_EINVAL, PP_ENOMEM (*out then says
 * not-checked).
 */
int withdraw_judge(struct withdraw_judge *j, const struct fetch_result *r,
                   const struct withdraw_home *home,
                   struct withdraw_result *out);

/* A URL not fetched, with why (rule 1). */
void withdraw_not_fetched(struct withdraw_result *out, const char *why);

/*
 * Learn a home page from its fetch r (GET of an origin's "/"): *out is
 * known when r ended with a 200 HTML page; final_url is set whenever r
 * got an HTTP response.  PP_OK, PP_ENOMEM.
 */
int withdraw_home_learn(struct withdraw_judge *j,
                        const struct fetch_result *r,
                        struct withdraw_home *out);

/* Does the absolute URL have a home path (above)? */
bool withdraw_url_home(const char *url);

/* ---- the check ---------------------------------------------------------- */

struct withdraw_config {
  size_t origins_at_once;     /* origins in progress at once */
  size_t origin_inflight;     /* requests of one origin in the engine */
  int64_t run_id;             /* recorded in every row (0: none) */
};

void withdraw_config_defaults(struct withdraw_config *c);

/* One linked attribution to check (strings copied by withdraw_add). */
struct withdraw_pair {
  const char *site;           /* the copy's site */
  const char *copy_url;       /* the article that names the original */
  const char *source_url;     /* the original */
  const char *source;         /* the attribution line (may be NULL) */
  const char *warc_file;      /* the crawled copy's record (may be NULL) */
  uint64_t warc_offset;
  const char *record_id;
};

struct withdraw_stats {
  uint64_t pairs;             /* added */
  uint64_t duplicates;        /* pairs added twice: checked once */
  uint64_t over_cap;          /* over WITHDRAW_PAIRS_MAX: left out */
  uint64_t urls, origins;     /* distinct, to fetch */
  uint64_t requests;          /* handed to the engine */
  uint64_t rows;              /* fetch rows recorded */
  uint64_t robots_disallowed; /* URLs robots.txt kept us from */
  uint64_t outcomes[FETCH_OUTCOME_COUNT];   /* per hop */
  uint64_t bytes;             /* body bytes received */
  uint64_t originals[WITHDRAW_VERDICT_COUNT]; /* recorded pairs, by the
                                                 original's verdict */
  uint64_t copies_fetched;    /* copies asked for (originals gone) */
  uint64_t copies_served;     /* pairs whose copy is present */
  uint64_t findings;          /* pairs: original gone, copy present */
  uint64_t recorded;          /* pair rows written */
  uint64_t unfinished;        /* pairs left unrecorded (stopped) */
  uint64_t store_errors;
};

struct withdraw_check;

/*
 * A check over the engine f (created with withdraw_fetch_done as its
 * callback and the check as its user: create the check first, then the
 * engine, then withdraw_set_fetch), recording into st (may be NULL:
 * nothing recorded).  PP_OK, PP_EINVAL, PP_ENOMEM.
 */
int withdraw_check_new(const struct withdraw_config *cfg,
                       struct pp_store *st, struct withdraw_check **out);
void withdraw_set_fetch(struct withdraw_check *c, struct fetch *f);
/* The runs.id recorded in every row from now on (0: none). */
void withdraw_set_run(struct withdraw_check *c, int64_t run_id);
void withdraw_check_free(struct withdraw_check *c);     /* NULL ok */

/* The engine's callback (cbuser: the check). */
void withdraw_fetch_done(void *check, const struct fetch_result *r);

/*
 * Add a pair to check (before withdraw_run).  A pair already added (same
 * copy and source URL) is counted and dropped; past WITHDRAW_PAIRS_MAX
 * pairs are counted and dropped.  PP_OK, PP_EINVAL (no site or URL),
 * PP_ELIMIT (the cap: nothing more is taken), PP_ENOMEM.
 */
int withdraw_add(struct withdraw_check *c, const struct withdraw_pair *p);

/*
 * Check the pairs: for each origin, robots.txt (RFC 9309 through
 * robots_for_status, as the crawler) and its home page (when robots.txt
 * allows "/"), then the originals; then, for the originals found gone,
 * the copies the same way.  Then one row per pair into the store
 * (pairs whose fetches were cut by a stop are left out).  progress (may
 * be NULL) is called at most every progress_ms.  Stops early, cutting
 * what runs, when *stop becomes non-zero.  PP_OK; PP_EIO (the WARC file
 * or the store could not be written: withdraw_errmsg); PP_ENOMEM.
 */
int withdraw_run(struct withdraw_check *c, volatile sig_atomic_t *stop,
                 void (*progress)(void *user,
                                  const struct withdraw_stats *s),
                 void *user, uint32_t progress_ms);

void withdraw_get_stats(const struct withdraw_check *c,
                        struct withdraw_stats *out);
const char *withdraw_errmsg(const struct withdraw_check *c);

#ifdef PP_UNITTESTS
/* Rule 7's test on a URL's path. */
bool withdraw_url_error_page(const char *url);
/* Rule 9 alone on an HTML page (UTF-8) fetched from url: true and the
 * reason when it holds. */
int withdraw_page_soft404(struct withdraw_judge *j, const char *url,
                          const char *html, size_t len, bool *soft,
                          char *reason, size_t cap);
#endif

#endif
