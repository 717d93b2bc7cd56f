/*
 * clfpage.h: one fetched page on its way to the signal engine: an HTTP
 * response (as a WARC response record holds it) or a body with its
 * Content-Type, decoded to NFC UTF-8 HTML, its regions extracted
 * (htmlfeat.h) and laid out as the engine's struct sig_page (signals.h).
 *
 *   HTTP message --httpmsg_split--> status, head, body
 *     --httpmsg_entity--> entity (chunked and gzip/deflate undone)
 *     --charset_detect/charset_to_utf8--> UTF-8
 *     --htmlfeat_parse--> regions and lists
 *     --layout--> struct sig_page
 *
 * Only pages are classified: a 2xx response whose Content-Type is HTML
 * (text/html, application/xhtml+xml), or that has none and whose body
 * starts like HTML.  Anything else is skipped with a reason
 * (enum clfpage_skip) that the caller counts; a skipped page is not an
 * error.  Every size is capped (CLFPAGE_*_MAX), so hostile input costs
 * bounded memory and time.
 *
 * What goes into each region of struct sig_page:
 *   TITLE        <title>, og:title, JSON-LD headline
 *   META         meta description/keywords/news_keywords, og:site_name,
 *                og:description, article:section, article:tag, JSON-LD
 *                publisher name (one per line)
 *   NAV, HEADER, FOOTER, BYLINE, ATTRIBUTION: the htmlfeat regions
 *   BODY         the article body (htmlfeat ARTICLE)
 *   PAGE         all visible text
 * plus menu items, JSON-LD and microdata types, og:type, link targets,
 * attribution lines, whether a comment widget is there, and whether the
 * page is an article (clfpage_is_article).
 *
 * A struct clfpage is reused from page to page; one per thread.
 */
#ifndef PP_CLFPAGE_H
#define PP_CLFPAGE_H

#include "charset.h"
#include "htmlfeat.h"
#include "pp_common.h"
#include "signals.h"

#define CLFPAGE_ENTITY_MAX (8u * 1024 * 1024)   /* decoded body bytes */
#define CLFPAGE_HTML_MAX (8u * 1024 * 1024)     /* UTF-8 bytes parsed */
#define CLFPAGE_ITEMS_MAX 600       /* nav items, types, links, sources */
#define CLFPAGE_COMPOSE_MAX (64u * 1024)  /* TITLE and META text bytes */
#define CLFPAGE_ARTICLE_MIN 600     /* bytes of article text that make a
                                       page found by text density an
                                       article */

enum clfpage_skip {
  CLFPAGE_PAGE = 0,         /* a page: p->page is ready */
  CLFPAGE_NOT_HTTP,         /* no HTTP response head (cut, malformed) */
  CLFPAGE_STATUS,           /* status not 2xx */
  CLFPAGE_NOT_HTML,         /* another media type */
  CLFPAGE_CODING,           /* a content coding we cannot undo (br,
                               zstd) or corrupt compressed data */
  CLFPAGE_EMPTY,            /* no body */
  CLFPAGE_SKIP_COUNT
};

/* "page", "not-http", "status", "not-html", "coding", "empty". */
const char *clfpage_skip_name(enum clfpage_skip s);

struct clfpage_work;

struct clfpage {
  struct htmlfeat *hf;          /* the regions, for callers that want
                                   more than sig_page carries */
  struct sig_page page;         /* valid after CLFPAGE_PAGE, until the
                                   next call */
  int status;                   /* HTTP status (0: none) */
  char charset[CHARSET_NAME_MAX];
  enum charset_source charset_from;
  size_t invalid;               /* U+FFFD made while decoding */
  bool cut;                     /* entity or text cut at a cap */
  bool coding_partial;          /* compressed data ended early or was
                                   corrupt: what decoded was used */
  struct clfpage_work *work;    /* private */
};

/* NULL when out of memory. */
struct clfpage *clfpage_new(void);
void clfpage_free(struct clfpage *p);        /* NULL ok */

/*
 * An HTTP response message (msg[0..len), untrusted) fetched from url
 * (absolute).  *skip gets CLFPAGE_PAGE and p->page is filled, or the
 * reason the message is not a page.  PP_OK, PP_ENOMEM, PP_EINVAL.
 */
int clfpage_from_http(struct clfpage *p, const char *url,
                      const uint8_t *msg, size_t len,
                      enum clfpage_skip *skip);

/*
 * A body already out of its HTTP message: entity bytes (content coding
 * undone) and the Content-Type it came with (NULL: none).  As above.
 */
int clfpage_from_entity(struct clfpage *p, const char *url,
                        const char *content_type, const uint8_t *body,
                        size_t len, enum clfpage_skip *skip);

/* Whether the page now held is an article (not a home, section or
 * listing page): a path other than "/" and article markup (JSON-LD
 * Article types, og:type article, itemprop=articleBody), or at least
 * CLFPAGE_ARTICLE_MIN bytes of article text found by density. */
bool clfpage_is_article(const struct clfpage *p);

/* Whether the page now held has article markup: og:type article, a
 * schema.org Article type (JSON-LD or microdata), itemprop=articleBody. */
bool clfpage_has_article_markup(const struct clfpage *p);

#endif
