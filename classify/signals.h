/*
 * signals.h: the signal engine: a rule set (rules.h) compiled into one
 * automaton, run over the regions of a site's pages, and the site's
 * verdict with its evidence.
 *
 * Pages come in as struct sig_page: the text of each region (UTF-8, as
 * extracted from the HTML), the navigation items, and a few structural
 * facts.  For each region the text is normalized once (textnorm MATCH,
 * with the offset map) and scanned once by the automaton of every phrase
 * of every signal; a match counts for a signal when the signal looks in
 * that region.  Signals marked `unaccented` are also matched in the
 * unaccented (PLAIN) form; the URL and domain regions are matched in that
 * form only.  Detectors (rules.h enum rule_detector) are computed from the
 * page facts.  Each match is kept as evidence with the text exactly as
 * the page wrote it and its context, mapped back through the offset map.
 *
 * Verdict (pressprobe-rules(5), "Scoring"): a signal that fired on k
 * pages of a site adds weight x min(k, max) to the score of the class it
 * argues towards (site-level detectors count once).  Then, in order:
 * other if the other score reaches its threshold and is at least each
 * of the three others; social if the social score reaches its threshold
 * and is at least the press and the aggregator scores; press-like if the
 * press score reaches its threshold and is at least the aggregator
 * score; aggregator if the aggregator score reaches its threshold; other
 * otherwise.
 * A site with no page fetched is "unreachable".
 *
 * Memory: an engine is immutable after sig_engine_new and may be shared;
 * a struct sig_site accumulates one site (bounded evidence) and is reused
 * with sig_site_reset.
 */
#ifndef PP_SIGNALS_H
#define PP_SIGNALS_H

#include "footer.h"
#include "pp_common.h"
#include "rules.h"
#include "textnorm.h"

#define SIG_HITS_MAX 512          /* evidence kept per site */
#define SIG_HITS_PER_PAGE 4       /* per signal and page */
#define SIG_TEXT_MAX 160          /* matched text kept, bytes */
#define SIG_CONTEXT 60            /* bytes of context each side */
#define SIG_NAV_MAX 400           /* navigation items looked at */
#define SIG_SOURCES_MAX 64        /* attribution lines kept per site */

enum sig_class {
  SIG_CLASS_PRESS_LIKE = 0,
  SIG_CLASS_AGGREGATOR,
  SIG_CLASS_SOCIAL,
  SIG_CLASS_OTHER,
  SIG_CLASS_UNREACHABLE,
  SIG_CLASS_COUNT
};

/* "press-like", "aggregator", "social", "other", "unreachable". */
const char *sig_class_name(enum sig_class c);

/* One page, as the HTML extractor saw it.  Texts are UTF-8 (need not be
 * NUL-terminated); any may be NULL/0.  Nothing is kept after the call. */
struct sig_page {
  const char *url;                       /* absolute URL of the page */
  const char *text[REG_COUNT];           /* REG_URL and REG_DOMAIN are
                                            derived, leave them NULL */
  size_t len[REG_COUNT];
  const char *const *nav_items;          /* menu items, one per entry */
  size_t n_nav_items;
  const char *const *jsonld_types;       /* @type values */
  size_t n_jsonld_types;
  const char *og_type;                   /* or NULL */
  const char *const *links;              /* hrefs (badges in footers) */
  size_t n_links;
  const char *const *sources;            /* attribution lines */
  size_t n_sources;
  bool comments;                         /* a comment widget */
  bool article;                          /* an article page (not a home
                                            or section page) */
};

struct sig_hit {
  uint16_t signal;                       /* index in the rule set */
  uint16_t page;                         /* index of the page in the site */
  uint8_t region;                        /* enum rule_region; REG_COUNT for
                                            a detector */
  char text[SIG_TEXT_MAX];               /* as the page wrote it, or the
                                            detector's finding */
  char context[SIG_TEXT_MAX + 2 * SIG_CONTEXT + 8];
};

struct sig_fired {
  uint16_t signal;
  uint16_t pages;                        /* pages it fired on */
  int contribution;                      /* weight x min(pages, max) */
};

struct sig_site {
  char site[256];
  size_t n_pages, n_articles, n_attributed;
  /* per signal: pages fired, and whether it fired on the current page */
  uint16_t *pages_fired;
  uint32_t *page_mark;
  size_t n_signals;
  struct sig_hit *hits;
  size_t n_hits;
  uint32_t hits_dropped;
  char (*sources)[SIG_TEXT_MAX];         /* attribution lines seen */
  size_t n_sources;
  struct footer_result footer;           /* the first licences, people,
                                            badges and business numbers
                                            found in the pages' footers
                                            (spans refer to each one's
                                            own footer text) */
  bool have_footer;
  char **urls;                           /* page URLs, n_pages of them */
  struct textnorm *tn;                   /* private: buffers kept from
                                            page to page */
};

struct sig_verdict {
  enum sig_class cls;
  int score[TOWARDS_COUNT];
  struct sig_fired *fired;               /* signals that fired (owned by
                                            the site struct's arrays:
                                            valid until the next reset) */
  size_t n_fired;
};

struct sig_engine;

/* Compile a rule set (which must outlive the engine).  PP_OK, PP_ENOMEM,
 * PP_ELIMIT (the automaton's caps). */
int sig_engine_new(const struct ruleset *rs, struct sig_engine **out);
void sig_engine_free(struct sig_engine *e);           /* NULL ok */
const struct ruleset *sig_engine_rules(const struct sig_engine *e);

/* Prepare an accumulator for `site` (its registrable domain). */
int sig_site_init(const struct sig_engine *e, struct sig_site *s,
                  const char *site);
void sig_site_reset(struct sig_site *s, const char *site);
void sig_site_free(struct sig_site *s);

/* Run every signal over one page of the site.  PP_OK or PP_ENOMEM. */
int sig_site_add_page(const struct sig_engine *e, struct sig_site *s,
                      const struct sig_page *p);

/* The verdict for the pages added so far.  v->fired is allocated (free
 * with sig_verdict_free). */
int sig_site_verdict(const struct sig_engine *e, const struct sig_site *s,
                     struct sig_verdict *v);
void sig_verdict_free(struct sig_verdict *v);

#ifdef PP_UNITTESTS
/* URL shape: '*' any run, '#' a run of one or more digits. */
bool shape_match(const char *shape, const char *s);
#endif

#endif
