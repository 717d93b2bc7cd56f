/*
 * rules.h: signal rules, the data that says what makes a site look like a
 * newspaper, and why (pressprobe-rules(5) documents the format).
 *
 * A rule set is a folder of YAML files ("*.yaml", read in name order).
 * Each file is a mapping with `signals:`, a list of signals, and in
 * exactly one file of the set `scoring:`, the thresholds of the verdict:
 *
 *   signals:
 *     - id: newsroom.toa-soan           # [a-z0-9.-], unique in the set
 *       title: "Tòa soạn, Ban biên tập"
 *       family: newsroom                # groups signals in reports
 *       basis: "Decision 1418/QĐ-BTTTT III.1(5)"
 *       certainty: confirmed            # confirmed|secondary|unconfirmed
 *       weight: 4                       # -100..100
 *       towards: press                  # press|aggregator|social|other
 *       max: 1                          # site count cap (1..100)
 *       regions: [header, footer]
 *       phrases: [tòa soạn, ban biên tập]
 *       unaccented: false               # also match without diacritics
 *     - id: markup.news-article
 *       detector: jsonld-type           # computed by code, see below
 *       values: [NewsArticle, ReportageNewsArticle]
 *       ...
 *   scoring:
 *     press: 12                         # thresholds of the class scores
 *     aggregator: 6
 *     social: 8
 *
 * A set with any error is refused whole; every error is reported as
 * "FILE:LINE:COLUMN: message" (libyaml positions, 1-based).  Phrases are
 * normalized at load time exactly as page text is (textnorm MATCH form,
 * and the unaccented PLAIN form when `unaccented` is true), so the
 * engine matches all phrases of all signals in one automaton pass.
 *
 * Bounded: RULES_FILE_MAX bytes per file, RULES_FILES_MAX files,
 * RULES_SIGNALS_MAX signals, RULES_PHRASES_MAX phrases in the set,
 * RULES_PHRASE_MAX bytes per phrase; aliases and anchors are refused.
 */
#ifndef PP_RULES_H
#define PP_RULES_H

#include <stdio.h>

#include "pp_common.h"

#define RULES_FILE_MAX (4u * 1024 * 1024)
#define RULES_FILES_MAX 256
#define RULES_SIGNALS_MAX 4096
#define RULES_PHRASES_MAX 200000
#define RULES_PHRASE_MAX 256
#define RULES_VALUES_MAX 1024      /* values of one detector */
#define RULES_DIAGS_MAX 32         /* errors kept with their message */

/* Where on a page a signal looks. */
enum rule_region {
  REG_TITLE = 0,      /* <title>, og:title, headline */
  REG_META,           /* meta description/keywords, og and article: props */
  REG_NAV,            /* navigation and menu items (sections) */
  REG_HEADER,         /* masthead */
  REG_FOOTER,         /* footer (licence, newsroom address) */
  REG_BYLINE,         /* author lines */
  REG_BODY,           /* article body */
  REG_ATTRIBUTION,    /* source lines ("Nguồn:", "Theo ...") */
  REG_PAGE,           /* all visible text */
  REG_URL,            /* the page's URL path, as a slug */
  REG_DOMAIN,         /* the site's name, labels as slugs */
  REG_COUNT
};

/* Signals computed by code rather than phrases. */
enum rule_detector {
  DET_PHRASES = 0,    /* phrases in regions (the default) */
  DET_JSONLD_TYPE,    /* a JSON-LD @type among values */
  DET_OG_TYPE,        /* og:type among values */
  DET_SECTIONS,       /* >= min distinct navigation items among values */
  DET_URL_SHAPE,      /* page URL path matches a shape among values:
                         '*' any run, '#' a run of one or more digits;
                         e.g. "*-d#.html", or a date path written as
                         star, "/#/#/", star */
  DET_DOMAIN_TOKEN,   /* a label of the site's registrable domain starts
                         or ends with a value, or has it as a '-' token */
  DET_COMMENTS,       /* a comment widget on the page */
  DET_LICENCE_KIND,   /* the footer's licence kind among values (giw,
                         e-newspaper, e-magazine, press, social-network,
                         game: footer_kind_name) */
  DET_ATTRIBUTED,     /* share of article pages with a source line is
                         >= min percent */
  DET_UNATTRIBUTED,   /* share of article pages with a source line is
                         < min percent (needs >= 2 article pages) */
  DET_GOV_DOMAIN,     /* the site is under a government suffix among
                         values (gov.vn) */
  DET_COUNT
};

enum rule_towards {
  TOWARDS_PRESS = 0,
  TOWARDS_AGGREGATOR,
  TOWARDS_SOCIAL,
  TOWARDS_OTHER,
  TOWARDS_COUNT
};

enum rule_certainty {
  CERT_CONFIRMED = 0, /* [C] in domain.md: a retrieved source */
  CERT_SECONDARY,     /* [S]: a secondary summary */
  CERT_UNCONFIRMED,   /* [U]: to be checked against the official text */
};

struct rule_signal {
  char *id, *title, *family, *basis;
  enum rule_certainty certainty;
  int weight;
  enum rule_towards towards;
  unsigned max;                /* site count cap */
  unsigned regions;            /* 1 << enum rule_region */
  enum rule_detector detector;
  char **phrases;              /* MATCH-normalized */
  char **phrases_plain;        /* PLAIN-normalized, when unaccented */
  size_t n_phrases;
  bool unaccented;
  char **values;               /* detector values (normalized like phrases
                                  for sections, as written otherwise) */
  size_t n_values;
  unsigned min;                /* DET_SECTIONS count, DET_*ATTRIBUTED % */
  char *file;                  /* where it was defined */
  unsigned line;
};

struct rule_scoring {
  int threshold[TOWARDS_COUNT];   /* class score needed; 0 = not used */
};

struct ruleset {
  struct rule_signal *sig;
  size_t n;
  size_t n_phrases;               /* in all signals */
  struct rule_scoring scoring;
  char *dir;
};

struct rules_diag {
  char msg[RULES_DIAGS_MAX][PP_ERRBUF_SIZE * 2];
  unsigned n;                     /* kept */
  unsigned total;                 /* found */
};

/* Load every *.yaml of dir.  PP_OK; PP_EINVAL with diag filled when the
 * set has errors (nothing returned); PP_ENOENT, PP_EIO, PP_ENOMEM. */
int rules_load_dir(const char *dir, struct ruleset **out,
                   struct rules_diag *diag);
/* Load one file's text as a whole set (tests, fuzzing); name is used in
 * messages.  Same return values. */
int rules_load_mem(const char *name, const char *text, size_t len,
                   struct ruleset **out, struct rules_diag *diag);
void rules_free(struct ruleset *rs);     /* NULL ok */

const struct rule_signal *rules_find(const struct ruleset *rs,
                                     const char *id);

const char *rules_region_name(enum rule_region r);
const char *rules_detector_name(enum rule_detector d);
const char *rules_towards_name(enum rule_towards t);
const char *rules_certainty_name(enum rule_certainty c);

#endif
