/*
 * htmlfeat.c: the regions of an HTML page for the signal engine (see
 * htmlfeat.h).
 *
 * References: libxml2 2.9 HTML parser (HTMLparser.h, SAX2); RFC 3986
 * 5.2-5.4 (reference resolution; the examples of 5.4 are the tests);
 * HTML Living Standard 4.2.3 (the first <base href> applies), 13.2.5
 * (script and style are raw text); JSON-LD 1.1 (@graph, @type);
 * schema.org (NewsArticle, author, publisher).
 *
 * Steps, each bounded:
 *
 *   guard   the input is cut at HTMLFEAT_IN_MAX; ill-formed UTF-8 and
 *           NUL bytes become U+FFFD (libxml2 2.9 copies stray bytes into
 *           the tree, and takes a NUL for the end of a tag); a start tag
 *           keeps at most HTMLFEAT_TAG_ATTRS_MAX attributes and the page
 *           HTMLFEAT_ATTRS_MAX (libxml2 checks duplicate attributes
 *           pairwise, quadratic in one tag, and each attribute kept costs
 *           ~200 bytes of tree).  Tags are read as libxml2 2.9 reads
 *           them, erring on the side of counting: what libxml2 takes for
 *           text ("<!x", "</ ", "<?" without a name) is not skipped.  A
 *           copy is made only when something has to change.
 *   parse   htmlCtxtReadMemory, recover mode, no network, the page's own
 *           charset declarations ignored (the input is UTF-8).  Our
 *           startElement hook stops the parser after
 *           HTMLFEAT_ELEMENTS_MAX elements, and at HTMLFEAT_DEPTH_MAX
 *           nesting: libxml2 itself halts at 256 and drops the rest of
 *           the page, so we restart on the rest instead (at most
 *           HTMLFEAT_RESUMES_MAX times), much as browsers flatten deep
 *           trees.  XML_PARSE_HUGE is not used: without a depth limit
 *           libxml2's end-tag lookup is quadratic in the depth.
 *           Comments and processing instructions are not built.
 *   walk    one iterative pre-order walk (no recursion, no XPath) over
 *           a stack of frames: inherited context (head, masthead, menu,
 *           footer, comments, aside, <article>, bold, link) and what the
 *           element opened.  Visible text is appended once, to BODY,
 *           whitespace collapsed; an element's text is the range of BODY
 *           it produced, so anchor texts, menu items, bylines, masthead,
 *           footer and article body are copies of ranges, taken when the
 *           element is left (at the end, for the article).  Lines of
 *           BODY are looked at as they complete: attributions, comment
 *           prompts, first and last lines (fallback masthead, footer).
 *   jsonld  every ld+json script parsed by json-c (size and nesting
 *           capped), its values visited under one budget per page.
 *   finish  the article (itemprop=articleBody, else the container with
 *           the most paragraph text), bylines at its end, the footer
 *           tail, IN_ARTICLE bits (pre-order serial ranges).
 *
 * Untrusted bytes are read through pp_rd.  The three hot loops (the
 * UTF-8 check, the BODY copy, collapse) index a view taken with rd_ptr,
 * every index checked against the view's length.
 *
 * Why by hand: the RFC 3986 resolver, because libxml2's xmlBuildURI
 * re-parses the base and allocates on every call and libcurl's URL API
 * refuses what pages write (spaces, Vietnamese letters); class and id
 * matching, because it runs on every element (one scan, an index by
 * first letter).  Everything else is libxml2, json-c, libunistring and
 * textnorm.
 */
#include "config.h"

#include <stdio.h>
#include <strings.h>

#include <json-c/json.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <unictype.h>
#include <unistr.h>

#include "htmlfeat.h"
#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"
#include "textnorm.h"

#define PARSE_OPTS (HTML_PARSE_RECOVER | HTML_PARSE_NONET | \
                    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                    HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC)

#define FRAMES_MAX (HTMLFEAT_DEPTH_MAX + 16)  /* implied html/body... */
#define URL_IN_MAX (2 * HTMLFEAT_URL_MAX)  /* href bytes looked at */
#define CLASS_SCAN_MAX 256   /* bytes of an id/class value matched */
#define STYLE_SCAN_MAX 512   /* bytes of a style attribute looked at */
#define ATTR_SCAN_MAX (4 * HTMLFEAT_VALUE_MAX)  /* attribute bytes read */
#define NAME_MAX_ 128        /* bytes of a menu name or detail kept */
#define PROP_NAME_MAX 96     /* bytes of a property name */
#define TAILS_MAX 8          /* short paragraphs remembered */
#define TAIL_SLACK 200       /* article bytes allowed after a byline */
#define TAIL_STYLED_MAX 100  /* bytes of a bold or right-aligned byline */
#define TAIL_SHORT_MAX 40    /* bytes of a plain short byline */
#define TAIL_SHORT_WORDS 6
#define COMMENT_LINE_MAX 64  /* longer lines are not comment prompts */
#define COMMENT_PER_KIND 2   /* evidence kept per kind */
#define OWN_PARA_MIN 40      /* direct text that makes a paragraph */
#define LD_ARRAY_MAX 64      /* elements of one JSON array looked at */
#define LD_TEXTS_MAX 4       /* JSON texts in one script */
#define LD_KEY_MAX 48        /* bytes of a JSON key used in a path */
#define NORM_MAX 256         /* scratch for short normalized texts */

/* ---- tags --------------------------------------------------------- */

enum tag {
  T_OTHER, T_A, T_ARTICLE, T_ASIDE, T_AREA, T_B, T_BASE, T_BODY, T_BR,
  T_COMMENTS, T_DIV, T_FOOTER, T_HEAD, T_HEADER, T_HTML, T_IFRAME, T_IMG,
  T_INPUT, T_LINK, T_MAIN, T_META, T_NAV, T_OL, T_P, T_SCRIPT, T_STRONG,
  T_TEXTAREA, T_TIME, T_TITLE, T_UL, T_BLOCK, T_SKIP, T_CONT, T_CAND,
  T_TD,
};

enum {
  P_BLOCK = 1,   /* a line break before and after */
  P_SKIP = 2,    /* content invisible: not walked */
  P_CONT = 4,    /* a container: may open a menu, masthead, footer... */
  P_CAND = 8,    /* may be the article body */
  P_SPACE = 16,  /* skipped, but stands between words */
};

struct tag_def {
  const char *name;
  uint8_t len;
  uint8_t tag;
  uint8_t props;
};

/* Sorted by length (tag_index relies on it). */
static const struct tag_def tag_defs[] = {
  { "a", 1, T_A, 0 },
  { "b", 1, T_B, 0 },
  { "p", 1, T_P, P_BLOCK | P_CONT },
  { "br", 2, T_BR, 0 },
  { "dd", 2, T_BLOCK, P_BLOCK },
  { "dl", 2, T_BLOCK, P_BLOCK },
  { "dt", 2, T_BLOCK, P_BLOCK },
  { "h1", 2, T_BLOCK, P_BLOCK },
  { "h2", 2, T_BLOCK, P_BLOCK },
  { "h3", 2, T_BLOCK, P_BLOCK },
  { "h4", 2, T_BLOCK, P_BLOCK },
  { "h5", 2, T_BLOCK, P_BLOCK },
  { "h6", 2, T_BLOCK, P_BLOCK },
  { "hr", 2, T_BLOCK, P_BLOCK },
  { "li", 2, T_BLOCK, P_BLOCK },
  { "ol", 2, T_OL, P_BLOCK | P_CONT },
  { "td", 2, T_TD, P_BLOCK | P_CONT | P_CAND },
  { "th", 2, T_BLOCK, P_BLOCK },
  { "tr", 2, T_BLOCK, P_BLOCK },
  { "ul", 2, T_UL, P_BLOCK | P_CONT },
  { "div", 3, T_DIV, P_BLOCK | P_CONT | P_CAND },
  { "img", 3, T_IMG, 0 },
  { "nav", 3, T_NAV, P_BLOCK | P_CONT },
  { "pre", 3, T_BLOCK, P_BLOCK },
  { "svg", 3, T_SKIP, P_SKIP | P_SPACE },
  { "area", 4, T_AREA, 0 },
  { "base", 4, T_BASE, 0 },
  { "body", 4, T_BODY, P_BLOCK | P_CAND },
  { "form", 4, T_BLOCK, P_BLOCK },
  { "head", 4, T_HEAD, 0 },
  { "html", 4, T_HTML, P_BLOCK },
  { "link", 4, T_LINK, 0 },
  { "main", 4, T_MAIN, P_BLOCK | P_CONT | P_CAND },
  { "math", 4, T_SKIP, P_SKIP | P_SPACE },
  { "menu", 4, T_CONT, P_BLOCK | P_CONT },
  { "meta", 4, T_META, 0 },
  { "time", 4, T_TIME, 0 },
  { "aside", 5, T_ASIDE, P_BLOCK | P_CONT },
  { "audio", 5, T_SKIP, P_SKIP | P_SPACE },
  { "embed", 5, T_SKIP, P_SKIP | P_SPACE },
  { "input", 5, T_INPUT, 0 },
  { "style", 5, T_SKIP, P_SKIP },
  { "table", 5, T_CONT, P_BLOCK | P_CONT },
  { "tbody", 5, T_BLOCK, P_BLOCK },
  { "tfoot", 5, T_BLOCK, P_BLOCK },
  { "thead", 5, T_BLOCK, P_BLOCK },
  { "title", 5, T_TITLE, 0 },
  { "video", 5, T_SKIP, P_SKIP | P_SPACE },
  { "canvas", 6, T_SKIP, P_SKIP | P_SPACE },
  { "center", 6, T_CONT, P_BLOCK | P_CONT },
  { "dialog", 6, T_BLOCK, P_BLOCK },
  { "figure", 6, T_BLOCK, P_BLOCK },
  { "footer", 6, T_FOOTER, P_BLOCK | P_CONT },
  { "header", 6, T_HEADER, P_BLOCK | P_CONT },
  { "hgroup", 6, T_BLOCK, P_BLOCK },
  { "iframe", 6, T_IFRAME, P_SKIP | P_SPACE },
  { "legend", 6, T_BLOCK, P_BLOCK },
  { "object", 6, T_SKIP, P_SKIP | P_SPACE },
  { "option", 6, T_SKIP, P_SKIP },
  { "script", 6, T_SCRIPT, P_SKIP },
  { "select", 6, T_SKIP, P_SKIP | P_SPACE },
  { "strong", 6, T_STRONG, 0 },
  { "address", 7, T_BLOCK, P_BLOCK },
  { "article", 7, T_ARTICLE, P_BLOCK | P_CONT | P_CAND },
  { "caption", 7, T_BLOCK, P_BLOCK },
  { "details", 7, T_BLOCK, P_BLOCK },
  { "section", 7, T_CONT, P_BLOCK | P_CONT | P_CAND },
  { "summary", 7, T_BLOCK, P_BLOCK },
  { "comments", 8, T_COMMENTS, 0 },
  { "fieldset", 8, T_BLOCK, P_BLOCK },
  { "noframes", 8, T_SKIP, P_SKIP },
  { "noscript", 8, T_SKIP, P_SKIP },
  { "template", 8, T_SKIP, P_SKIP },
  { "textarea", 8, T_TEXTAREA, P_SKIP | P_SPACE },
  { "blockquote", 10, T_BLOCK, P_BLOCK },
  { "figcaption", 10, T_BLOCK, P_BLOCK },
  { "fb:comments", 11, T_COMMENTS, 0 },
};

#define TAG_LEN_MAX 11

/* ---- attributes ---------------------------------------------------- */

enum attr {
  A_ALIGN, A_ALT, A_CLASS, A_CONTENT, A_DATETIME, A_HREF, A_ID,
  A_ITEMPROP, A_ITEMTYPE, A_LANG, A_NAME, A_PLACEHOLDER, A_PROPERTY,
  A_REL, A_ROLE, A_SRC, A_STYLE, A_TITLE, A_TYPE, A_VALUE, A_N
};

struct attrs {
  const char *v[A_N];   /* NULL: absent; "" for an attribute without
                           value */
};

/* ---- id/class patterns --------------------------------------------- */

enum {
  C_NAV = 1u << 0,
  C_BREAD = 1u << 1,
  C_HEADER = 1u << 2,
  C_FOOTER = 1u << 3,
  C_BYLINE = 1u << 4,
  C_COMMENT = 1u << 5,
  C_FB = 1u << 6,
  C_DISQUS = 1u << 7,
  C_ASIDE = 1u << 8,
  C_BODY = 1u << 9,     /* article-body-like names: density bonus */
  C_NEG = 1u << 10,     /* sidebars, sharing, ads: density malus */
  C_RIGHT = 1u << 11,   /* right-aligned */
  C_BANNER = 1u << 12,  /* a masthead only near the top of the page */
};

struct pat {
  const char *s;
  uint8_t len;
  uint8_t at_start;     /* only at the start of a class name */
  uint16_t bits;
};

/* Sorted by first letter (pat_index relies on it); lower case.  Where a
 * masthead and a footer name both match, the first in the value wins
 * ("footer-logo" is footer, "header-bottom" masthead). */
static const struct pat pats[] = {
  { "advert", 6, 0, C_NEG },
  { "article", 7, 0, C_BODY },
  { "aside", 5, 0, C_ASIDE },
  { "author", 6, 0, C_BYLINE },
  { "banner", 6, 0, C_NEG },
  { "banner", 6, 1, C_BANNER },
  { "binh-luan", 9, 0, C_COMMENT | C_NEG },
  { "binh_luan", 9, 0, C_COMMENT | C_NEG },
  { "binhluan", 8, 0, C_COMMENT | C_NEG },
  { "body", 4, 0, C_BODY },
  { "bottom", 6, 1, C_FOOTER },
  { "brand", 5, 0, C_HEADER },
  { "breadcrumb", 10, 0, C_BREAD },
  { "byline", 6, 0, C_BYLINE },
  { "categor", 7, 0, C_NAV },
  { "chi-tiet", 8, 0, C_BODY },
  { "chuyen-muc", 10, 0, C_NAV },
  { "chuyen_muc", 10, 0, C_NAV },
  { "chuyenmuc", 9, 0, C_NAV },
  { "comment", 7, 0, C_COMMENT | C_NEG },
  { "content", 7, 0, C_BODY },
  { "copy-right", 10, 0, C_FOOTER },
  { "copyright", 9, 0, C_FOOTER },
  { "danh-muc", 8, 0, C_NAV },
  { "danh_muc", 8, 0, C_NAV },
  { "danhmuc", 7, 0, C_NAV },
  { "detail", 6, 0, C_BODY },
  { "disqus", 6, 0, C_DISQUS | C_COMMENT },
  { "entry", 5, 0, C_BODY },
  { "fb-comment", 10, 0, C_FB | C_COMMENT },
  { "fck", 3, 0, C_BODY },
  { "footer", 6, 0, C_FOOTER },
  { "global-header", 13, 1, C_HEADER },
  { "header", 6, 1, C_HEADER },
  { "lien-quan", 9, 0, C_ASIDE | C_NEG },
  { "logo", 4, 0, C_HEADER },
  { "main-header", 11, 1, C_HEADER },
  { "masthead", 8, 0, C_HEADER },
  { "menu", 4, 0, C_NAV },
  { "nav", 3, 0, C_NAV },
  { "noi-dung", 8, 0, C_BODY },
  { "page-header", 11, 1, C_HEADER },
  { "post", 4, 0, C_BODY },
  { "promo", 5, 0, C_NEG },
  { "related", 7, 0, C_ASIDE | C_NEG },
  { "reporter", 8, 0, C_BYLINE },
  { "right", 5, 0, C_RIGHT },
  { "share", 5, 0, C_NEG },
  { "side-bar", 8, 0, C_ASIDE | C_NEG },
  { "sidebar", 7, 0, C_ASIDE | C_NEG },
  { "site-header", 11, 1, C_HEADER },
  { "social", 6, 0, C_NEG },
  { "story", 5, 0, C_BODY },
  { "tac-gia", 7, 0, C_BYLINE },
  { "tac_gia", 7, 0, C_BYLINE },
  { "tacgia", 6, 0, C_BYLINE },
  { "top-header", 10, 1, C_HEADER },
  { "widget", 6, 0, C_ASIDE | C_NEG },
  { "writer", 6, 0, C_BYLINE },
};

/* ---- private flags and frames --------------------------------------- */

#define F_WHERE 0xffu          /* HTMLFEAT_IN_* bits */
#define F_BOLD (1u << 16)
#define F_LINK (1u << 17)
#define F_EXCL (HTMLFEAT_IN_HEAD | HTMLFEAT_IN_HEADER | HTMLFEAT_IN_NAV | \
                HTMLFEAT_IN_FOOTER | HTMLFEAT_IN_ASIDE | \
                HTMLFEAT_IN_COMMENTS)

enum {
  O_LINK = 1u << 0,
  O_MENU = 1u << 1,
  O_HEADER = 1u << 2,
  O_FOOTER = 1u << 3,
  O_BYLINE = 1u << 4,
  O_ITEMPROP = 1u << 5,     /* an itemprop whose value is the text */
  O_ARTBODY = 1u << 6,      /* itemprop=articleBody */
  O_AUTHOR = 1u << 7,       /* itemprop=author: a byline */
};

struct frame {
  uint32_t flags;           /* inherited context */
  uint32_t open;            /* O_* */
  uint32_t serial;          /* pre-order number */
  uint32_t start;           /* BODY length on entering */
  uint32_t ptext;           /* paragraph text credited (density) */
  uint32_t own;             /* non-space bytes of direct text */
  uint32_t chars;           /* non-space bytes inside (p, div) */
  uint32_t bold;            /* of which bold */
  int32_t link;             /* link opened here, -1 none or dropped */
  uint32_t prev_blk;        /* enclosing p/div frame (restored) */
  uint32_t line;            /* source line */
  const char *cls;          /* id/class value that matched (byline) */
  const char *alt;          /* link: first img alt inside */
  const char *title;        /* link: title attribute */
  const char *itemprop;     /* O_ITEMPROP: the property name */
  struct htmlfeat_str href; /* link: resolved href */
  uint8_t tag;
  uint8_t props;
  uint8_t weight;           /* density weight, candidates */
  uint8_t list;             /* list nesting inside the menu */
  bool styled;              /* right-aligned or bold by style */
  bool by_child;            /* a byline was taken inside */
  bool rel_author;          /* link rel=author */
};

struct tail {
  uint32_t start, end;      /* BODY range */
  uint32_t serial;
  bool styled;
};

/* RFC 3986 components of a URI reference (offsets into s). */
struct uri {
  const char *s;
  uint32_t scheme;          /* scheme length, 0 none */
  bool auth, query, frag;
  uint32_t a_off, a_len, p_off, p_len, q_off, q_len, f_off, f_len;
};

/* An output buffer that remembers when it overflowed. */
struct ob {
  char *p;
  size_t len, cap;          /* cap includes the NUL */
  bool over;
};

enum stop {
  STOP_NONE,
  STOP_DEPTH,
  STOP_ELEMENTS,
};

struct htmlfeat_work {
  int err;                  /* first PP_ENOMEM */
  char *pool;
  size_t pool_cap;

  /* indexes built once */
  uint8_t tag_lo[TAG_LEN_MAX + 2];
  uint8_t pat_lo[27];

  /* parse */
  startElementSAXFunc sax_start;
  enum stop stop;
  size_t stop_pos;
  uint32_t parsed;          /* elements parsed, all parts */

  /* walk */
  struct frame frames[FRAMES_MAX];
  uint32_t nf;              /* frames in use (frames[0]: the root) */
  uint32_t deep;            /* open elements beyond FRAMES_MAX */
  uint32_t serial;
  uint32_t blk;             /* innermost p/div frame, 0 none */
  int32_t menu;             /* open menu, -1 none */
  bool menu_open;

  /* BODY */
  char sep;                 /* pending separator: 0, ' ', '\n' */
  bool body_full;
  uint32_t line_start, line_flags;
  uint32_t n_lines;
  uint32_t head_end;        /* BODY after HTMLFEAT_HEAD_LINES lines */
  uint32_t tail_lines[HTMLFEAT_TAIL_LINES];  /* ring of line starts */

  /* regions */
  bool footer_seen;
  uint32_t footer_end;      /* BODY length after the last footer */
  struct tail tails[TAILS_MAX];
  uint32_t n_tails;
  bool art_set, ib_set;     /* density article, itemprop articleBody */
  uint64_t art_score;
  uint32_t art_start, art_end, art_lo, art_hi;
  uint32_t ib_start, ib_end, ib_lo, ib_hi;
  struct tail art_tails[TAILS_MAX], ib_tails[TAILS_MAX];
  uint32_t n_art_tails, n_ib_tails;

  /* per item, private */
  uint32_t *link_off;       /* BODY length when the link opened */
  uint32_t *link_serial;
  uint32_t by_serial[HTMLFEAT_BYLINES_MAX];
  uint32_t attrib_start[HTMLFEAT_ATTRIBS_MAX];

  /* URLs */
  bool have_base;
  struct uri base;
  char base_buf[HTMLFEAT_URL_MAX];
  char url_buf[HTMLFEAT_URL_MAX];
  char ref_buf[URL_IN_MAX + 1];
  char merge_buf[2 * URL_IN_MAX + 2];

  /* JSON-LD */
  struct json_tokener *tok;
  uint32_t ld_nodes, ld_items;
  char *jbuf;
  size_t jcap;

  /* guard output */
  char *g1, *g2;
  size_t g1_cap, g2_cap;

  char scratch[HTMLFEAT_VALUE_MAX + 1];
  char scratch2[HTMLFEAT_VALUE_MAX + 1];
};

/* ---- small helpers ------------------------------------------------- */

static bool is_space(uint8_t c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

static bool is_alpha(uint8_t c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_digit(uint8_t c)
{
  return c >= '0' && c <= '9';
}

static uint8_t lower(uint8_t c)
{
  return (c >= 'A' && c <= 'Z') ? (uint8_t)(c + 32) : c;
}

/* 1: collapsed as a space (ASCII whitespace, C0 controls, DEL); 2: a
 * space when followed by 0xA0 (U+00A0). */
static const uint8_t ws_class[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, [0x7f] = 1, [0xC2] = 2,
};

/* Length of the space at p[i] (i < n), 0 when none. */
static size_t space_len(const uint8_t *p, size_t n, size_t i)
{
  uint8_t k = ws_class[p[i]];
  if(k == 2 && (i + 1 >= n || p[i + 1] != 0xA0))
    return 0;
  return k;
}

/* Largest m <= n that does not split a UTF-8 character of s (n bytes
 * available after m when m < n). */
static size_t utf8_cut(const char *s, size_t avail, size_t n)
{
  struct pp_rd r;
  rd_init(&r, s, avail);
  while(n > 0 && n < avail && (rd_peek(&r, n) & 0xC0) == 0x80)
    n--;
  return n;
}

/* Length of the NUL-terminated s, at most max bytes, not splitting a
 * character. */
static size_t slen(const char *s, size_t max)
{
  size_t n = strnlen(s, max);
  return n < max ? n : utf8_cut(s, max + 1, max);
}

/* ASCII case-insensitive search of needle in the first max bytes of s. */
static bool ci_has(const char *s, size_t max, const char *needle)
{
  size_t n = strnlen(s, max), m = strlen(needle), i;
  for(i = 0; i + m <= n; i++)
    if(!strncasecmp(s + i, needle, m))
      return true;
  return false;
}

static const char *attr_value(const xmlAttr *a)
{
  const xmlNode *c = a->children;
  if(c && (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
     c->content)
    return (const char *)c->content;
  return "";
}

static int attr_id(const char *n)
{
  switch(n[0]) {
  case 'a':
    if(!strcmp(n, "alt"))
      return A_ALT;
    if(!strcmp(n, "align"))
      return A_ALIGN;
    break;
  case 'c':
    if(!strcmp(n, "class"))
      return A_CLASS;
    if(!strcmp(n, "content"))
      return A_CONTENT;
    break;
  case 'd':
    if(!strcmp(n, "datetime"))
      return A_DATETIME;
    break;
  case 'h':
    if(!strcmp(n, "href"))
      return A_HREF;
    break;
  case 'i':
    if(!strcmp(n, "id"))
      return A_ID;
    if(!strcmp(n, "itemprop"))
      return A_ITEMPROP;
    if(!strcmp(n, "itemtype"))
      return A_ITEMTYPE;
    break;
  case 'l':
    if(!strcmp(n, "lang"))
      return A_LANG;
    break;
  case 'n':
    if(!strcmp(n, "name"))
      return A_NAME;
    break;
  case 'p':
    if(!strcmp(n, "property"))
      return A_PROPERTY;
    if(!strcmp(n, "placeholder"))
      return A_PLACEHOLDER;
    break;
  case 'r':
    if(!strcmp(n, "rel"))
      return A_REL;
    if(!strcmp(n, "role"))
      return A_ROLE;
    break;
  case 's':
    if(!strcmp(n, "src"))
      return A_SRC;
    if(!strcmp(n, "style"))
      return A_STYLE;
    break;
  case 't':
    if(!strcmp(n, "type"))
      return A_TYPE;
    if(!strcmp(n, "title"))
      return A_TITLE;
    break;
  case 'v':
    if(!strcmp(n, "value"))
      return A_VALUE;
    break;
  case 'x':
    if(!strcmp(n, "xml:lang"))
      return A_LANG;
    break;
  default:
    break;
  }
  return -1;
}

static void read_attrs(const xmlNode *n, struct attrs *a)
{
  const xmlAttr *p;
  memset(a, 0, sizeof(*a));
  for(p = n->properties; p; p = p->next) {
    int id;
    if(!p->name)
      continue;
    id = attr_id((const char *)p->name);
    if(id >= 0 && !a->v[id])
      a->v[id] = attr_value(p);
  }
}

static void build_indexes(struct htmlfeat_work *w)
{
  size_t i;
  unsigned c;
  memset(w->tag_lo, (int)PP_ARRAY_LEN(tag_defs), sizeof(w->tag_lo));
  for(i = PP_ARRAY_LEN(tag_defs); i-- > 0;)
    w->tag_lo[tag_defs[i].len] = (uint8_t)i;
  /* lengths without a tag start where the next length starts */
  for(c = TAG_LEN_MAX + 1; c-- > 0;)
    if(w->tag_lo[c] > w->tag_lo[c + 1])
      w->tag_lo[c] = w->tag_lo[c + 1];
  memset(w->pat_lo, (int)PP_ARRAY_LEN(pats), sizeof(w->pat_lo));
  for(i = PP_ARRAY_LEN(pats); i-- > 0;)
    w->pat_lo[pats[i].s[0] - 'a'] = (uint8_t)i;
  for(c = 26; c-- > 0;)
    if(w->pat_lo[c] > w->pat_lo[c + 1])
      w->pat_lo[c] = w->pat_lo[c + 1];
}

static const struct tag_def *tag_of(const struct htmlfeat_work *w,
                                    const char *name)
{
  size_t n = strnlen(name, TAG_LEN_MAX + 1), i;
  if(!n || n > TAG_LEN_MAX)
    return NULL;
  for(i = w->tag_lo[n]; i < w->tag_lo[n + 1]; i++)
    if(tag_defs[i].name[0] == name[0] &&
       !memcmp(tag_defs[i].name, name, n))
      return &tag_defs[i];
  return NULL;
}

static unsigned class_bits(const struct htmlfeat_work *w, const char *v,
                           size_t n)
{
  char buf[CLASS_SCAN_MAX];
  unsigned bits = 0;
  size_t i;
  struct pp_rd r;
  rd_init(&r, v, n);
  if(n > sizeof(buf))
    n = sizeof(buf);
  for(i = 0; i < n; i++)
    buf[i] = (char)lower(rd_peek(&r, i));
  for(i = 0; i < n; i++) {
    uint8_t c = (uint8_t)buf[i];
    bool st;
    size_t k;
    if(c < 'a' || c > 'z')
      continue;
    st = i == 0 || is_space((uint8_t)buf[i - 1]);
    for(k = w->pat_lo[c - 'a']; k < w->pat_lo[c - 'a' + 1]; k++) {
      const struct pat *p = &pats[k];
      unsigned b = p->bits;
      if((p->at_start && !st) || p->len > n - i ||
         memcmp(buf + i, p->s, p->len))
        continue;
      if(bits & (C_HEADER | C_FOOTER))
        b &= ~(unsigned)(C_HEADER | C_FOOTER);
      bits |= b;
    }
  }
  return bits;
}

/* ---- growable texts and the pool ----------------------------------- */

static bool tx_grow(struct htmlfeat *f, struct htmlfeat_text *t,
                    size_t need)
{
  size_t cap;
  char *p;
  if(need <= t->cap)
    return true;
  if(f->work->err)
    return false;
  cap = t->cap ? t->cap : 256;
  while(cap < need)
    cap *= 2;
  p = pp_realloc(t->s, cap);
  if(!p) {
    f->work->err = PP_ENOMEM;
    return false;
  }
  t->s = p;
  t->cap = cap;
  return true;
}

/* Append n bytes (cut at a character boundary to stay within max bytes);
 * returns the bytes appended and counts the rest in text_cut. */
static size_t tx_put(struct htmlfeat *f, struct htmlfeat_text *t,
                     size_t max, const char *s, size_t n)
{
  size_t m = n;
  if(t->len >= max)
    m = 0;
  else if(m > max - t->len)
    m = utf8_cut(s, n, max - t->len);
  if(m && !tx_grow(f, t, t->len + m + 1))
    m = 0;
  if(m) {
    memcpy(t->s + t->len, s, m);
    t->len += m;
    t->s[t->len] = '\0';
  }
  f->stats.text_cut += n - m;
  return m;
}

static void tx_reset(struct htmlfeat_text *t)
{
  t->len = 0;
  if(t->s)
    t->s[0] = '\0';
}

static struct htmlfeat_str pool_put(struct htmlfeat *f, const char *s,
                                    size_t n)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_str r = { 0, 0 };
  if(!n || w->err)
    return r;
  if(f->pool_len + n + 1 > HTMLFEAT_POOL_MAX) {
    f->stats.pool_cut++;
    return r;
  }
  if(f->pool_len + n + 1 > w->pool_cap) {
    size_t cap = w->pool_cap * 2;
    char *p;
    while(cap < f->pool_len + n + 1)
      cap *= 2;
    if(cap > HTMLFEAT_POOL_MAX)
      cap = HTMLFEAT_POOL_MAX;
    p = pp_realloc(w->pool, cap);
    if(!p) {
      w->err = PP_ENOMEM;
      return r;
    }
    w->pool = p;
    w->pool_cap = cap;
    f->pool = p;
  }
  memcpy(w->pool + f->pool_len, s, n);
  w->pool[f->pool_len + n] = '\0';
  r.off = (uint32_t)f->pool_len;
  r.len = (uint32_t)n;
  f->pool_len += n + 1;
  return r;
}

/*
 * Copy n bytes of s into out (cap bytes with the NUL) with whitespace and
 * controls collapsed to single spaces, trimmed, cut at a character
 * boundary (*cut set when something did not fit).  Returns the length.
 */
static size_t collapse(const char *s, size_t n, char *out, size_t cap,
                       bool *cut)
{
  struct pp_rd r;
  const uint8_t *p;
  size_t len = 0, i = 0;
  bool sp = false;
  *cut = false;
  rd_init(&r, s, n);
  p = rd_ptr(&r, n);
  if(p)
    while(i < n) {
      size_t k = space_len(p, n, i), m;
      if(k) {
        sp = len > 0;
        i += k;
        continue;
      }
      for(m = 1; i + m < n && !space_len(p, n, i + m); m++)
        ;
      if(len + sp + m + 1 > cap) {
        size_t room = cap - 1 - len;
        if(sp && room)
          room--;
        room = utf8_cut((const char *)p + i, m, room > m ? m : room);
        if(room) {
          if(sp)
            out[len++] = ' ';
          memcpy(out + len, p + i, room);
          len += room;
        }
        *cut = true;
        break;
      }
      if(sp)
        out[len++] = ' ';
      sp = false;
      memcpy(out + len, p + i, m);
      len += m;
      i += m;
    }
  out[len] = '\0';
  return len;
}

/* A pool string of an attribute value (or any NUL-terminated string),
 * collapsed, at most max bytes. */
static struct htmlfeat_str pool_clean(struct htmlfeat *f, const char *s,
                                      size_t max)
{
  char buf[HTMLFEAT_VALUE_MAX + 1];
  size_t cap = max + 1 < sizeof(buf) ? max + 1 : sizeof(buf);
  bool cut;
  size_t n = collapse(s, slen(s, ATTR_SCAN_MAX), buf, cap, &cut);
  if(cut)
    f->stats.values_cut++;
  return pool_put(f, buf, n);
}

/* A pool string of s made lower case (ASCII), collapsed. */
static struct htmlfeat_str pool_lower(struct htmlfeat *f, const char *s,
                                      size_t max)
{
  struct htmlfeat_str r = pool_clean(f, s, max);
  uint32_t i;
  for(i = 0; i < r.len; i++)
    f->work->pool[r.off + i] = (char)lower((uint8_t)f->work->pool[r.off + i]);
  return r;
}

/* ---- input guard --------------------------------------------------- */

static bool g_reserve(struct htmlfeat *f, char **buf, size_t *cap,
                      size_t need)
{
  char *p;
  if(need <= *cap)
    return true;
  p = pp_realloc(*buf, need);
  if(!p) {
    f->work->err = PP_ENOMEM;
    return false;
  }
  *buf = p;
  *cap = need;
  return true;
}

/*
 * The UTF-8 sequence at the cursor (Unicode 3.9, table 3-7): its length
 * when well formed, else minus the length of its maximal subpart (the
 * bytes one U+FFFD replaces).  A NUL byte counts as ill-formed: libxml2
 * takes it for the end of the input in places (a start tag ends there).
 */
static int utf8_seq(const struct pp_rd *r)
{
  uint8_t c = rd_peek(r, 0), lo = 0x80, hi = 0xBF;
  size_t left = rd_left(r), i, n;
  if(c < 0x80)
    return c || !left ? 1 : -1;
  if(c < 0xC2 || c > 0xF4)
    return -1;
  n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if(c == 0xE0)
    lo = 0xA0;
  else if(c == 0xED)
    hi = 0x9F;
  else if(c == 0xF0)
    lo = 0x90;
  else if(c == 0xF4)
    hi = 0x8F;
  if(left < 2 || rd_peek(r, 1) < lo || rd_peek(r, 1) > hi)
    return -1;
  for(i = 2; i < n; i++)
    if(i >= left || (rd_peek(r, i) & 0xC0) != 0x80)
      return -(int)i;
  return (int)n;
}

/*
 * Length of the well-formed prefix of s.  The hot loop of the guard: it
 * reads a view taken with rd_ptr, every index checked against its
 * length; ASCII eight bytes at a time, then whole sequences (the common
 * two- and three-byte ones inline, the rest through utf8_seq).
 */
static size_t utf8_valid(const char *s, size_t len)
{
  struct pp_rd r;
  const uint8_t *p;
  size_t i = 0;
  rd_init(&r, s, len);
  p = rd_ptr(&r, len);
  if(!p)
    return 0;
  while(i < len) {
    uint8_t c;
    while(len - i >= 8) {
      uint64_t v;
      memcpy(&v, p + i, 8);
      /* a high bit, or a zero byte (the classic bit trick) */
      if((v & UINT64_C(0x8080808080808080)) ||
         ((v - UINT64_C(0x0101010101010101)) & ~v &
          UINT64_C(0x8080808080808080)))
        break;
      i += 8;
    }
    if(i >= len)
      break;
    c = p[i];
    if(c && c < 0x80)
      i++;
    else if(c >= 0xC2 && c < 0xE0 && len - i >= 2 &&
            (p[i + 1] & 0xC0) == 0x80)
      i += 2;
    else if(c > 0xE0 && c < 0xF0 && c != 0xED && len - i >= 3 &&
            (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80)
      i += 3;
    else {
      struct pp_rd q;
      int k;
      rd_init(&q, p + i, len - i);
      k = utf8_seq(&q);
      if(k < 0)
        break;
      i += (size_t)k;
    }
  }
  return i;
}

/* Ill-formed UTF-8 to U+FFFD, one per maximal subpart. */
static const char *guard_utf8(struct htmlfeat *f, const char *in,
                              size_t len, size_t *out_len)
{
  struct htmlfeat_work *w = f->work;
  struct pp_rd r;
  size_t o = utf8_valid(in, len), need = o;
  *out_len = len;
  if(o == len)
    return in;
  /* the exact size first (a subpart of 1 to 3 bytes becomes 3), capped
   * like the input */
  rd_init(&r, in + o, len - o);
  while(rd_left(&r)) {
    int k = utf8_seq(&r);
    need += k < 0 ? 3 : (size_t)k;
    rd_skip(&r, k < 0 ? (size_t)-k : (size_t)k);
  }
  if(need > HTMLFEAT_IN_MAX)
    need = HTMLFEAT_IN_MAX;
  if(!g_reserve(f, &w->g1, &w->g1_cap, need + 1))
    return NULL;
  memcpy(w->g1, in, o);
  rd_init(&r, in + o, len - o);
  while(rd_left(&r)) {
    int k = utf8_seq(&r);
    size_t m = k < 0 ? 3 : (size_t)k;
    if(o + m > need) {
      f->stats.in_cut += rd_left(&r);
      break;
    }
    if(k < 0) {
      f->stats.invalid_utf8++;
      memcpy(w->g1 + o, "\xEF\xBF\xBD", 3);
      rd_skip(&r, (size_t)-k);
    }
    else
      rd_copy(&r, w->g1 + o, m);
    o += m;
  }
  *out_len = o;
  return w->g1;
}

static bool attr_start_char(uint8_t c)
{
  return is_alpha(c) || c == '_' || c == ':' || c == '.';
}

static bool name_char(uint8_t c)
{
  return is_alpha(c) || is_digit(c) || c == ':' || c == '-' || c == '_' ||
         c == '.';
}

/* Offset of the first byte c at or after the cursor, or rd_left. */
static size_t find_byte(const struct pp_rd *r, size_t from, uint8_t c)
{
  size_t left = rd_left(r);
  const uint8_t *p;
  if(from >= left)
    return left;
  p = memchr(r->pos + from, c, left - from);
  return p ? (size_t)(p - r->pos) : left;
}

/* Skip the raw text of <script>/<style> up to "</name" (any case). */
static void skip_raw(struct pp_rd *r, const char *name, size_t n)
{
  size_t k = 0;
  for(;;) {
    size_t i;
    k = find_byte(r, k, '<');
    if(k >= rd_left(r))
      break;
    if(rd_peek(r, k + 1) == '/') {
      for(i = 0; i < n && lower(rd_peek(r, k + 2 + i)) == (uint8_t)name[i];
          i++)
        ;
      if(i == n)
        break;
    }
    k++;
  }
  rd_skip(r, k);
}

/* "!DOCTYPE" (any case) at the cursor. */
static bool doctype_at(const struct pp_rd *r)
{
  static const char dt[] = "!doctype";
  size_t i;
  for(i = 0; i < sizeof(dt) - 1; i++)
    if(lower(rd_peek(r, i)) != (uint8_t)dt[i])
      return false;
  return true;
}

/*
 * Keep at most HTMLFEAT_TAG_ATTRS_MAX attributes per start tag and
 * HTMLFEAT_ATTRS_MAX per page, reading tags as libxml2 2.9 does
 * (htmlParseStartTag: names [A-Za-z_:.][A-Za-z0-9:._-]*, values quoted
 * or up to a blank or '>', bogus runs skipped to a blank); script and
 * style content is raw text.  Attributes over a cap are cut out up to
 * the end of the tag.
 */
static const char *guard_tags(struct htmlfeat *f, const char *in,
                              size_t len, size_t *out_len)
{
  struct htmlfeat_work *w = f->work;
  struct pp_rd r;
  size_t done = 0, o = 0, total = 0;
  bool copy = false;
  rd_init(&r, in, len);
  while(rd_left(&r)) {
    size_t k = find_byte(&r, 0, '<'), nlen, n_attr = 0, cut = 0;
    const uint8_t *name;
    uint8_t c;
    rd_skip(&r, k + 1);
    c = rd_peek(&r, 0);
    if(c == '!' && rd_peek(&r, 1) == '-' && rd_peek(&r, 2) == '-') {
      /* a comment ends at "-->" (libxml2 2.9 ends it no sooner) */
      size_t e = 3;
      for(;;) {
        e = find_byte(&r, e, '>');
        if(e >= rd_left(&r) ||
           (e >= 2 && rd_peek(&r, e - 1) == '-' && rd_peek(&r, e - 2) == '-'))
          break;
        e++;
      }
      rd_skip(&r, e < rd_left(&r) ? e + 1 : e);
      continue;
    }
    /* a doctype, an end tag or a PI with a name: skipped to '>' as
     * libxml2 does; any other "<!", "</", "<?" is text to libxml2, which
     * then goes on parsing what follows, so we do too */
    if((c == '!' && doctype_at(&r)) ||
       ((c == '/' || c == '?') && is_alpha(rd_peek(&r, 1)))) {
      k = find_byte(&r, 0, '>');
      rd_skip(&r, k < rd_left(&r) ? k + 1 : k);
      continue;
    }
    if(!is_alpha(c))
      continue;
    for(nlen = 0; name_char(rd_peek(&r, nlen)); nlen++)
      ;
    name = r.pos;
    rd_skip(&r, nlen);
    for(;;) {
      size_t at;
      while(is_space(rd_peek(&r, 0)))
        rd_skip(&r, 1);
      c = rd_peek(&r, 0);
      if(!rd_left(&r) || c == '>' || (c == '/' && rd_peek(&r, 1) == '>'))
        break;
      at = (size_t)(r.pos - (const uint8_t *)in);
      if(!attr_start_char(c)) {
        while(rd_left(&r) && !is_space(rd_peek(&r, 0)) &&
              rd_peek(&r, 0) != '>' &&
              !(rd_peek(&r, 0) == '/' && rd_peek(&r, 1) == '>'))
          rd_skip(&r, 1);
        continue;
      }
      n_attr++;
      total++;
      if(!cut && (n_attr > HTMLFEAT_TAG_ATTRS_MAX ||
                  total > HTMLFEAT_ATTRS_MAX))
        cut = at;
      if(cut)
        f->stats.attrs_dropped++;
      while(name_char(rd_peek(&r, 0)))
        rd_skip(&r, 1);
      while(is_space(rd_peek(&r, 0)))
        rd_skip(&r, 1);
      if(rd_peek(&r, 0) != '=')
        continue;
      rd_skip(&r, 1);
      while(is_space(rd_peek(&r, 0)))
        rd_skip(&r, 1);
      c = rd_peek(&r, 0);
      if(c == '"' || c == '\'') {
        k = find_byte(&r, 1, c);
        rd_skip(&r, k < rd_left(&r) ? k + 1 : k);
      }
      else {
        while(rd_left(&r) && !is_space(rd_peek(&r, 0)) &&
              rd_peek(&r, 0) != '>')
          rd_skip(&r, 1);
      }
    }
    if(cut) {
      size_t here = (size_t)(r.pos - (const uint8_t *)in);
      if(!copy) {
        if(!g_reserve(f, &w->g2, &w->g2_cap, len + 1))
          return NULL;
        copy = true;
      }
      memcpy(w->g2 + o, in + done, cut - done);
      o += cut - done;
      done = here;
    }
    if((nlen == 6 && !strncasecmp((const char *)name, "script", 6)) ||
       (nlen == 5 && !strncasecmp((const char *)name, "style", 5)))
      skip_raw(&r, nlen == 6 ? "script" : "style", nlen);
  }
  if(!copy) {
    *out_len = len;
    return in;
  }
  memcpy(w->g2 + o, in + done, len - done);
  o += len - done;
  *out_len = o;
  return w->g2;
}

UNITTEST const char *htmlfeat_guard(struct htmlfeat *f, const char *in,
                                    size_t len, size_t *out_len)
{
  const char *p;
  size_t n;
  if(len > HTMLFEAT_IN_MAX) {
    size_t keep = utf8_cut(in, len, HTMLFEAT_IN_MAX);
    f->stats.in_cut = len - keep;
    len = keep;
  }
  p = guard_utf8(f, in, len, &n);
  if(!p)
    return NULL;
  return guard_tags(f, p, n, out_len);
}

/* ---- URLs (RFC 3986) ----------------------------------------------- */

static uint32_t scheme_len(const char *s, size_t n)
{
  struct pp_rd r;
  size_t i;
  rd_init(&r, s, n);
  if(!is_alpha(rd_peek(&r, 0)))
    return 0;
  for(i = 1; i < n; i++) {
    uint8_t c = rd_peek(&r, i);
    if(c == ':')
      return (uint32_t)i;
    if(!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.')
      return 0;
  }
  return 0;
}

/* Split s (n bytes) per RFC 3986 appendix B, with a valid scheme only. */
static void uri_split(const char *s, size_t n, struct uri *u)
{
  struct pp_rd r;
  size_t i = 0;
  uint8_t c;
  memset(u, 0, sizeof(*u));
  u->s = s;
  rd_init(&r, s, n);
  u->scheme = scheme_len(s, n);
  if(u->scheme)
    i = u->scheme + 1;
  if(rd_peek(&r, i) == '/' && rd_peek(&r, i + 1) == '/' && i + 1 < n) {
    u->auth = true;
    i += 2;
    u->a_off = (uint32_t)i;
    while(i < n && (c = rd_peek(&r, i)) != '/' && c != '?' && c != '#')
      i++;
    u->a_len = (uint32_t)(i - u->a_off);
  }
  u->p_off = (uint32_t)i;
  while(i < n && (c = rd_peek(&r, i)) != '?' && c != '#')
    i++;
  u->p_len = (uint32_t)(i - u->p_off);
  if(i < n && rd_peek(&r, i) == '?') {
    u->query = true;
    u->q_off = (uint32_t)++i;
    while(i < n && rd_peek(&r, i) != '#')
      i++;
    u->q_len = (uint32_t)(i - u->q_off);
  }
  if(i < n && rd_peek(&r, i) == '#') {
    u->frag = true;
    u->f_off = (uint32_t)++i;
    u->f_len = (uint32_t)(n - i);
  }
}

static void ob_put(struct ob *o, const char *s, size_t n)
{
  if(o->over || n >= o->cap - o->len) {
    o->over = true;
    return;
  }
  memcpy(o->p + o->len, s, n);
  o->len += n;
}

static void ob_putc(struct ob *o, char c)
{
  ob_put(o, &c, 1);
}

/* Append with spaces, controls and "<>`\"" %-encoded; lower case when
 * asked (scheme, host). */
static void ob_enc(struct ob *o, const char *s, size_t n, bool low)
{
  static const char hex[] = "0123456789ABCDEF";
  struct pp_rd r;
  rd_init(&r, s, n);
  while(rd_left(&r) && !o->over) {
    size_t m;
    uint8_t c = 0;
    for(m = 0; m < rd_left(&r); m++) {
      c = rd_peek(&r, m);
      if(c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' ||
         c == '`' || (low && c >= 'A' && c <= 'Z'))
        break;
    }
    ob_put(o, (const char *)r.pos, m);
    rd_skip(&r, m);
    if(!rd_left(&r))
      break;
    rd_skip(&r, 1);
    if(c >= 'A' && c <= 'Z')
      ob_putc(o, (char)lower(c));
    else {
      char e[3] = { '%', hex[c >> 4], hex[c & 15] };
      ob_put(o, e, 3);
    }
  }
}

/* RFC 3986 5.2.4, appending the result to o (which may already hold
 * the scheme and authority: the path starts at o->len). */
static void dot_segments(struct ob *o, const char *in, size_t n)
{
  size_t base = o->len, i = 0;
  struct pp_rd r;
  rd_init(&r, in, n);
  while(i < n && !o->over) {
    size_t rest = n - i, j;
    const char *p = in + i;
    if(rest >= 3 && !memcmp(p, "../", 3))
      i += 3;
    else if(rest >= 2 && !memcmp(p, "./", 2))
      i += 2;
    else if(rest >= 3 && !memcmp(p, "/./", 3))
      i += 2;
    else if(rest == 2 && !memcmp(p, "/.", 2)) {
      ob_putc(o, '/');
      i += 2;
    }
    else if((rest >= 4 && !memcmp(p, "/../", 4)) ||
            (rest == 3 && !memcmp(p, "/..", 3))) {
      while(o->len > base && o->p[o->len - 1] != '/')
        o->len--;
      if(o->len > base)
        o->len--;
      if(rest == 3) {
        ob_putc(o, '/');
        i += 3;
      }
      else
        i += 3;
    }
    else if((rest == 1 && p[0] == '.') || (rest == 2 && !memcmp(p, "..", 2)))
      i = n;
    else {
      j = i;
      if(rd_peek(&r, j) == '/')
        j++;
      while(j < n && rd_peek(&r, j) != '/')
        j++;
      ob_enc(o, p, j - i, false);
      i = j;
    }
  }
}

/* "//" and an authority, its host in lower case. */
static void put_auth(struct ob *o, const char *a, size_t n)
{
  size_t at = 0, i;
  ob_put(o, "//", 2);
  for(i = 0; i < n; i++)
    if(a[i] == '@')
      at = i + 1;
  ob_enc(o, a, at, false);
  ob_enc(o, a + at, n - at, true);
}

static void put_scheme(struct ob *o, const struct uri *u)
{
  ob_enc(o, u->s, u->scheme, true);
  ob_putc(o, ':');
}

/*
 * Clean a reference as HTML does before parsing it: leading and trailing
 * spaces and controls dropped, tab/CR/LF removed, '\' as '/' before any
 * '?' or '#' when the scheme (its own, else the base's) is http(s).
 * Returns the length in out, or -1 when over cap.
 */
static long clean_ref(const char *ref, size_t n, const struct uri *base,
                      char *out, size_t cap)
{
  struct pp_rd r;
  size_t len = 0, i, end = n, sl;
  bool special;
  rd_init(&r, ref, n);
  while(rd_left(&r) && rd_peek(&r, 0) <= 0x20)
    rd_skip(&r, 1);
  while(end > 0 && (uint8_t)ref[end - 1] <= 0x20 &&
        (size_t)(r.pos - (const uint8_t *)ref) < end)
    end--;
  for(i = (size_t)(r.pos - (const uint8_t *)ref); i < end; i++) {
    char c = ref[i];
    if(c == '\t' || c == '\n' || c == '\r')
      continue;
    if(len + 1 >= cap)
      return -1;
    out[len++] = c;
  }
  out[len] = '\0';
  sl = scheme_len(out, len);
  if(sl)
    special = (sl == 4 && !strncasecmp(out, "http", 4)) ||
              (sl == 5 && !strncasecmp(out, "https", 5));
  else
    special = base && ((base->scheme == 4 &&
                        !strncasecmp(base->s, "http", 4)) ||
                       (base->scheme == 5 &&
                        !strncasecmp(base->s, "https", 5)));
  if(special)
    for(i = 0; i < len && out[i] != '?' && out[i] != '#'; i++)
      if(out[i] == '\\')
        out[i] = '/';
  return (long)len;
}

/* RFC 3986 5.2.2 of the clean reference ref against base into o; tmp
 * (tmp_cap bytes) holds a merged path. */
static void resolve(const struct uri *b, const char *ref, size_t n,
                    struct ob *o, char *tmp, size_t tmp_cap)
{
  struct uri r;
  const struct uri *q;          /* where the query comes from */
  uri_split(ref, n, &r);
  q = &r;
  if(r.scheme || r.auth) {
    put_scheme(o, r.scheme ? &r : b);
    if(r.auth)
      put_auth(o, ref + r.a_off, r.a_len);
    dot_segments(o, ref + r.p_off, r.p_len);
  }
  else {
    put_scheme(o, b);
    if(b->auth)
      put_auth(o, b->s + b->a_off, b->a_len);
    if(!r.p_len) {
      ob_enc(o, b->s + b->p_off, b->p_len, false);
      if(!r.query)
        q = b;
    }
    else if(ref[r.p_off] == '/')
      dot_segments(o, ref + r.p_off, r.p_len);
    else {
      /* merge (5.2.3): the base path up to its last '/' */
      size_t m = 0, keep = 0, i;
      if(b->auth && !b->p_len)
        tmp[m++] = '/';
      else
        for(i = 0; i < b->p_len; i++)
          if(b->s[b->p_off + i] == '/')
            keep = i + 1;
      if(m + keep + r.p_len > tmp_cap) {
        o->over = true;
        return;
      }
      memcpy(tmp + m, b->s + b->p_off, keep);
      m += keep;
      memcpy(tmp + m, ref + r.p_off, r.p_len);
      m += r.p_len;
      dot_segments(o, tmp, m);
    }
  }
  if(q->query) {
    ob_putc(o, '?');
    ob_enc(o, q->s + q->q_off, q->q_len, false);
  }
  if(r.frag) {
    ob_putc(o, '#');
    ob_enc(o, r.s + r.f_off, r.f_len, false);
  }
}

int htmlfeat_resolve(const char *base, const char *ref, size_t ref_len,
                     char *out, size_t cap, size_t *out_len)
{
  char clean[URL_IN_MAX + 1], tmp[2 * URL_IN_MAX + 2];
  struct uri b;
  struct ob o;
  long n;
  if(out_len)
    *out_len = 0;
  if(!base || !ref || !out || !cap)
    return PP_EINVAL;
  out[0] = '\0';
  uri_split(base, strnlen(base, URL_IN_MAX + 1), &b);
  n = clean_ref(ref, ref_len, b.scheme ? &b : NULL, clean, sizeof(clean));
  if(n < 0)
    return PP_ELIMIT;
  if(!b.scheme && !scheme_len(clean, (size_t)n))
    return PP_EINVAL;
  o.p = out;
  o.len = 0;
  o.cap = cap;
  o.over = false;
  resolve(&b, clean, (size_t)n, &o, tmp, sizeof(tmp));
  if(o.over) {
    out[0] = '\0';
    return PP_ELIMIT;
  }
  out[o.len] = '\0';
  if(out_len)
    *out_len = o.len;
  return PP_OK;
}

/* An href of the page made absolute, in the pool. */
static struct htmlfeat_str url_pool(struct htmlfeat *f, const char *href)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_str none = { 0, 0 };
  size_t n = strnlen(href, URL_IN_MAX + 1);
  long k;
  struct ob o;
  if(n > URL_IN_MAX) {
    f->stats.urls_long++;
    return none;
  }
  k = clean_ref(href, n, w->have_base ? &w->base : NULL, w->ref_buf,
                sizeof(w->ref_buf));
  if(k < 0) {
    f->stats.urls_long++;
    return none;
  }
  if(!w->have_base) {
    if(!scheme_len(w->ref_buf, (size_t)k))
      f->stats.urls_unresolved++;
    if((size_t)k >= HTMLFEAT_URL_MAX) {
      f->stats.urls_long++;
      return none;
    }
    return pool_put(f, w->ref_buf, (size_t)k);
  }
  o.p = w->url_buf;
  o.len = 0;
  o.cap = sizeof(w->url_buf);
  o.over = false;
  resolve(&w->base, w->ref_buf, (size_t)k, &o, w->merge_buf,
          sizeof(w->merge_buf));
  if(o.over) {
    f->stats.urls_long++;
    return none;
  }
  return pool_put(f, w->url_buf, o.len);
}

/* The base URL: the page URL, then the first <base href> of the head. */
static void set_base(struct htmlfeat *f, const char *page_url,
                     xmlDoc *doc)
{
  struct htmlfeat_work *w = f->work;
  const char *href = NULL;
  xmlNode *html = doc ? xmlDocGetRootElement(doc) : NULL, *h, *c;
  size_t n;
  w->have_base = false;
  if(page_url) {
    n = strnlen(page_url, HTMLFEAT_URL_MAX);
    if(n < HTMLFEAT_URL_MAX && scheme_len(page_url, n) &&
       utf8_valid(page_url, n) == n) {
      memcpy(w->base_buf, page_url, n);
      w->base_buf[n] = '\0';
      uri_split(w->base_buf, n, &w->base);
      w->have_base = true;
      f->url = pool_put(f, page_url, n);
    }
  }
  for(h = html ? html->children : NULL; h && !href; h = h->next) {
    if(h->type != XML_ELEMENT_NODE || strcmp((const char *)h->name, "head"))
      continue;
    for(c = h->children; c && !href; c = c->next) {
      if(c->type == XML_ELEMENT_NODE &&
         !strcmp((const char *)c->name, "base")) {
        const xmlAttr *a;
        for(a = c->properties; a; a = a->next)
          if(a->name && !strcmp((const char *)a->name, "href"))
            href = attr_value(a);
      }
    }
  }
  if(href) {
    struct htmlfeat_str s = url_pool(f, href);
    if(s.len && s.len < HTMLFEAT_URL_MAX &&
       scheme_len(htmlfeat_s(f, s), s.len)) {
      memcpy(w->base_buf, htmlfeat_s(f, s), s.len);
      w->base_buf[s.len] = '\0';
      uri_split(w->base_buf, s.len, &w->base);
      w->have_base = true;
    }
  }
  if(w->have_base)
    f->base = pool_put(f, w->base_buf, strlen(w->base_buf));
}

/* ---- BODY and its lines ---------------------------------------------- */

/* Normalized (folded, unaccented) form of a short text in out. */
static size_t plain(const char *s, size_t n, char *out, size_t cap)
{
  size_t k = 0;
  int rc = textnorm_str(s, n, TEXTNORM_PLAIN, out, cap, &k);
  if(rc != PP_OK && rc != PP_ELIMIT)
    k = 0;
  out[k] = '\0';
  return k;
}

static bool starts(const char *s, size_t n, const char *p)
{
  size_t m = strlen(p);
  return n >= m && !memcmp(s, p, m);
}

/* After a comment prompt only a count, punctuation or a few words may
 * follow ("Bình luận (12)", "Bình luận của bạn"), not a topic ("Bình
 * luận xã hội"). */
static bool prompt_rest(const char *r)
{
  static const char *const words[] = {
    "cua ban doc", "cua ban", "ban doc", "ve bai viet", "cho bai viet",
    "facebook", "bai viet",
  };
  size_t i;
  bool more = true;
  while(more) {
    more = false;
    while(*r && (strchr(" ()[]:.,-+*#0123456789", *r) ||
                 !strncmp(r, "\xE2\x80\xA6", 3))) {
      r += *r == '\xE2' ? 3 : 1;
    }
    for(i = 0; i < PP_ARRAY_LEN(words); i++)
      if(starts(r, strlen(r), words[i])) {
        r += strlen(words[i]);
        more = true;
      }
  }
  return !*r;
}

/* A line or label that asks for comments: a line that is such a prompt,
 * or (anywhere) a label that mentions one. */
static bool says_comment(const char *s, size_t n, bool anywhere)
{
  static const char *const ph[] = {
    "gui binh luan", "viet binh luan", "them binh luan", "binh luan",
    "y kien ban doc", "gui y kien", "y kien cua ban",
  };
  char buf[NORM_MAX];
  struct pp_rd r;
  size_t i, k;
  bool hint = false;
  rd_init(&r, s, n);
  if(!anywhere && !strchr("BbGgVvTtYy\xC3", rd_peek(&r, 0)))
    return false;
  /* "luận" / "kiến" in any case: an 'l' or 'k' then 'u' or 'i' */
  for(i = 0; i + 1 < n && !hint; i++) {
    uint8_t a = lower(rd_peek(&r, i)), b = lower(rd_peek(&r, i + 1));
    hint = (a == 'l' && b == 'u') || (a == 'k' && b == 'i');
  }
  if(!hint)
    return false;
  k = plain(s, n > NORM_MAX / 2 ? NORM_MAX / 2 : n, buf, sizeof(buf));
  for(i = 0; i < PP_ARRAY_LEN(ph); i++) {
    if(anywhere ? strstr(buf, ph[i]) != NULL :
       starts(buf, k, ph[i]) && prompt_rest(buf + strlen(ph[i])))
      return true;
  }
  return false;
}

static void comment_add(struct htmlfeat *f, unsigned kind, const char *what,
                        size_t n, uint32_t line)
{
  struct htmlfeat_work *w = f->work;
  size_t i, same = 0;
  bool cut;
  char buf[NAME_MAX_ + 1];
  f->comment_kinds |= kind;
  for(i = 0; i < f->n_comments; i++)
    same += f->comments[i].kind == (enum htmlfeat_comment_kind)kind;
  if(same >= COMMENT_PER_KIND)
    return;
  if(f->n_comments >= HTMLFEAT_COMMENTS_MAX) {
    f->stats.comments_dropped++;
    return;
  }
  n = collapse(what, n, buf, sizeof(buf), &cut);
  f->comments[f->n_comments].kind = (enum htmlfeat_comment_kind)kind;
  f->comments[f->n_comments].what = pool_put(f, buf, n);
  f->comments[f->n_comments].line = line;
  f->n_comments++;
  (void)w;
}

/* After "Theo ": a source is named ("Theo Tuổi Trẻ", "(Theo TTXVN)",
 * "Theo vnexpress.net"), not a person or a reasoning ("Theo ông A",
 * "Theo tính toán của phóng viên"): the next word starts with a capital
 * letter or is a domain name. */
static bool names_a_source(const char *s, size_t n)
{
  const uint8_t *p = (const uint8_t *)s;
  size_t w = 0, i;
  ucs4_t uc;
  int k;
  while(w < n && p[w] != ' ' && p[w] != ')' && p[w] != ',')
    w++;
  if(!w)
    return false;
  for(i = 0; i + 1 < w; i++)
    if(p[i] == '.' && ((p[i + 1] | 0x20) >= 'a' && (p[i + 1] | 0x20) <= 'z'))
      return true;                         /* a domain name */
  k = u8_mbtouc(&uc, p, w);
  return k > 0 && (uc_is_upper(uc) ||
                   (uc >= '0' && uc <= '9'));
}

/* Add the line [start, end) of BODY to the attributions when it starts
 * like one. */
static void attrib_check(struct htmlfeat *f, uint32_t start, uint32_t end)
{
  struct htmlfeat_work *w = f->work;
  const char *s = f->text[HTMLFEAT_BODY].s + start;
  size_t n = end - start, k;
  char buf[64];
  enum htmlfeat_attrib_kind kind;
  struct htmlfeat_attrib *a;
  struct htmlfeat_text *t = &f->text[HTMLFEAT_ATTRIB];
  size_t i, off;
  struct pp_rd r;
  uint8_t c, c1, c2;
  rd_init(&r, s, n);
  c = lower(rd_peek(&r, 0));
  c1 = lower(rd_peek(&r, 1));
  c2 = lower(rd_peek(&r, 2));
  /* "Ng", "Th", "Tr", "T\xe1\xbb\x95", "(T", "B", "X": most lines stop
   * here */
  if(!(c == 'n' && c1 == 'g') && !(c == 't' && (c1 == 'h' || c1 == 'r' ||
                                                c1 >= 0x80)) &&
     !(c == '(' && c1 == 't') && c != 'b' && !(c == 'x' && c1 == 'e'))
    return;
  (void)c2;
  if(w->line_flags & (HTMLFEAT_IN_NAV | HTMLFEAT_IN_HEADER |
                      HTMLFEAT_IN_COMMENTS | HTMLFEAT_IN_HEAD))
    return;
  if(n > HTMLFEAT_ATTRIB_LEN_MAX)
    return;
  k = plain(s, n > 48 ? 48 : n, buf, sizeof(buf));
  if(starts(buf, k, "nguon anh"))          /* a photo credit */
    return;
  if(starts(buf, k, "nguon tin:") || starts(buf, k, "nguon tin :"))
    kind = HTMLFEAT_ATTRIB_NGUON_TIN;
  else if(starts(buf, k, "nguon tham khao") ||
          starts(buf, k, "nguon bai viet") || starts(buf, k, "nguon bai:") ||
          starts(buf, k, "trich nguon") || starts(buf, k, "trich dan tu ") ||
          starts(buf, k, "trich tu ") ||
          starts(buf, k, "bai viet duoc trich dan tu ") ||
          starts(buf, k, "bai viet duoc tong hop tu ") ||
          starts(buf, k, "bai viet duoc dang lai tu ") ||
          starts(buf, k, "tong hop tu ") || starts(buf, k, "bai goc:") ||
          starts(buf, k, "bai goc ") || starts(buf, k, "xem bai goc"))
    kind = HTMLFEAT_ATTRIB_QUOTED;
  else if(starts(buf, k, "nguon:") || starts(buf, k, "nguon :"))
    kind = HTMLFEAT_ATTRIB_NGUON;
  else if(starts(buf, k, "(theo ") && n > 6 && names_a_source(s + 6, n - 6))
    kind = HTMLFEAT_ATTRIB_THEO_PAREN;
  else if(starts(buf, k, "theo ") && n > 5 && names_a_source(s + 5, n - 5))
    kind = HTMLFEAT_ATTRIB_THEO;
  else
    return;
  if(f->n_attribs >= HTMLFEAT_ATTRIBS_MAX) {
    f->stats.attribs_dropped++;
    return;
  }
  a = &f->attribs[f->n_attribs];
  memset(a, 0, sizeof(*a));
  a->kind = kind;
  a->where = w->line_flags & F_WHERE;
  /* the first link that opened on this line */
  for(i = f->n_links; i-- > 0;) {
    if(w->link_off[i] + 1 < start)
      break;
    if(w->link_off[i] <= end)
      a->href = f->links[i].href;
  }
  if(t->len)
    tx_put(f, t, HTMLFEAT_REGION_MAX, "\n", 1);
  off = t->len;
  n = tx_put(f, t, HTMLFEAT_REGION_MAX, f->text[HTMLFEAT_BODY].s + start,
             n);
  if(!n)
    return;
  a->off = (uint32_t)off;
  a->len = (uint32_t)n;
  w->attrib_start[f->n_attribs] = start;
  f->n_attribs++;
}

/* A line of BODY is complete. */
static void line_done(struct htmlfeat *f, uint32_t start, uint32_t end)
{
  struct htmlfeat_work *w = f->work;
  const char *s = f->text[HTMLFEAT_BODY].s + start;
  w->tail_lines[w->n_lines % HTMLFEAT_TAIL_LINES] = start;
  w->n_lines++;
  if(w->n_lines == HTMLFEAT_HEAD_LINES)
    w->head_end = end;
  if(end <= start)
    return;
  attrib_check(f, start, end);
  if(end - start <= COMMENT_LINE_MAX &&
     !(w->line_flags & (HTMLFEAT_IN_NAV | HTMLFEAT_IN_HEAD)) &&
     says_comment(s, end - start, false))
    comment_add(f, HTMLFEAT_COMMENT_TEXT, s, end - start, 0);
}

/* Append one word (no spaces) to BODY after the pending separator; the
 * caller reserved room for it. */
static void body_word(struct htmlfeat *f, const uint8_t *p, size_t n,
                      uint32_t flags)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_text *t = &f->text[HTMLFEAT_BODY];
  size_t room, sep = t->len && w->sep;
  if(t->len + sep >= HTMLFEAT_TEXT_MAX) {
    f->stats.text_cut += n;
    w->body_full = true;
    return;
  }
  if(sep) {
    if(w->sep == '\n') {
      line_done(f, w->line_start, (uint32_t)t->len);
      w->line_flags = flags;
    }
    t->s[t->len++] = w->sep;
    if(w->sep == '\n')
      w->line_start = (uint32_t)t->len;
  }
  else if(!t->len) {
    w->line_start = 0;
    w->line_flags = flags;
  }
  w->sep = 0;
  room = HTMLFEAT_TEXT_MAX - t->len;
  if(n > room) {
    size_t m = utf8_cut((const char *)p, n, room);
    f->stats.text_cut += n - m;
    w->body_full = true;
    n = m;
  }
  memcpy(t->s + t->len, p, n);
  t->len += n;
  t->s[t->len] = '\0';
}

/* Append text to BODY, collapsing whitespace; returns the bytes of text
 * seen (inner single spaces included).  A hot loop: it reads a view
 * taken with rd_ptr, every index checked against its length. */
static uint32_t body_put(struct htmlfeat *f, const char *s, size_t n,
                         uint32_t flags)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_text *t = &f->text[HTMLFEAT_BODY];
  struct pp_rd r;
  const uint8_t *p;
  uint32_t seen = 0;
  size_t need = t->len + n + 2, i = 0, k;
  rd_init(&r, s, n);
  p = rd_ptr(&r, n);
  if(!p)
    return 0;
  /* one reservation for the whole node: words and separators fit */
  if(need > HTMLFEAT_TEXT_MAX + 1)
    need = HTMLFEAT_TEXT_MAX + 1;
  if(!w->body_full && !tx_grow(f, t, need))
    w->body_full = true;
  while(i < n) {
    size_t j;
    k = space_len(p, n, i);
    if(k) {
      if(!w->sep)
        w->sep = ' ';
      i += k;
      continue;
    }
    /* a run of words with single spaces between them is copied whole */
    for(j = i + 1; j < n;) {
      if(!ws_class[p[j]])
        j++;
      else if(p[j] == ' ' && j + 1 < n && !ws_class[p[j + 1]])
        j += 2;
      else if(!space_len(p, n, j))
        j++;
      else
        break;
    }
    if(w->body_full)
      f->stats.text_cut += j - i;
    else
      body_word(f, p + i, j - i, flags);
    seen += (uint32_t)(j - i);
    i = j;
  }
  return seen;
}

static void body_break(struct htmlfeat_work *w)
{
  w->sep = '\n';
}

static void body_space(struct htmlfeat_work *w)
{
  if(!w->sep)
    w->sep = ' ';
}

/* BODY [*start, *end) without the spaces at either end. */
static void trim(const struct htmlfeat *f, uint32_t *start, uint32_t *end)
{
  const char *s = f->text[HTMLFEAT_BODY].s;
  size_t len = f->text[HTMLFEAT_BODY].len;
  if(*end > len)
    *end = (uint32_t)len;
  if(*start > *end)
    *start = *end;
  while(*start < *end && is_space((uint8_t)s[*start]))
    (*start)++;
  while(*end > *start && is_space((uint8_t)s[*end - 1]))
    (*end)--;
}

/* Copy BODY [start, end) to text id as a new line. */
static void region_add(struct htmlfeat *f, enum htmlfeat_text_id id,
                       uint32_t start, uint32_t end)
{
  struct htmlfeat_text *t = &f->text[id];
  trim(f, &start, &end);
  if(start == end)
    return;
  if(t->len)
    tx_put(f, t, HTMLFEAT_REGION_MAX, "\n", 1);
  tx_put(f, t, HTMLFEAT_REGION_MAX, f->text[HTMLFEAT_BODY].s + start,
         end - start);
}

/* BODY [start, end) collapsed into scratch (at most max bytes). */
static size_t range_text(struct htmlfeat *f, uint32_t start, uint32_t end,
                         size_t max)
{
  struct htmlfeat_work *w = f->work;
  bool cut;
  size_t cap = max + 1 < sizeof(w->scratch) ? max + 1 : sizeof(w->scratch);
  trim(f, &start, &end);
  return collapse(f->text[HTMLFEAT_BODY].s + start, end - start,
                  w->scratch, cap, &cut);
}

/* ---- items --------------------------------------------------------- */

static void byline_add(struct htmlfeat *f, enum htmlfeat_byline_kind kind,
                       const char *s, size_t n, struct htmlfeat_str detail,
                       uint32_t where, uint32_t line, uint32_t serial)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_text *t = &f->text[HTMLFEAT_BYLINE];
  struct htmlfeat_byline *b;
  size_t off;
  if(!n)
    return;
  if(f->n_bylines >= HTMLFEAT_BYLINES_MAX) {
    f->stats.bylines_dropped++;
    return;
  }
  if(t->len)
    tx_put(f, t, HTMLFEAT_REGION_MAX, "\n", 1);
  off = t->len;
  n = tx_put(f, t, HTMLFEAT_REGION_MAX, s, n);
  if(!n)
    return;
  b = &f->bylines[f->n_bylines];
  b->kind = kind;
  b->off = (uint32_t)off;
  b->len = (uint32_t)n;
  b->detail = detail;
  b->where = where;
  b->line = line;
  w->by_serial[f->n_bylines] = serial;
  f->n_bylines++;
}

static bool prop_same(const struct htmlfeat *f, const struct htmlfeat_prop *p,
                      const char *name, size_t nl, const char *v, size_t vl)
{
  return p->name.len == nl && p->value.len == vl &&
         !memcmp(htmlfeat_s(f, p->name), name, nl) &&
         !memcmp(htmlfeat_s(f, p->value), v, vl);
}

/* Add a property; value is collapsed (and cut at HTMLFEAT_VALUE_MAX).
 * JSON-LD duplicates within one item are dropped. */
static void prop_add(struct htmlfeat *f, enum htmlfeat_src src,
                     const char *name, size_t nl, const char *value,
                     size_t vl, struct htmlfeat_str type, uint32_t item,
                     uint32_t line)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_prop *p;
  size_t i, n;
  bool cut;
  char *v = w->scratch2, nb[PROP_NAME_MAX + 1];
  n = collapse(value, vl, v, sizeof(w->scratch2), &cut);
  if(cut)
    f->stats.values_cut++;
  nl = collapse(name, nl, nb, sizeof(nb), &cut);
  name = nb;
  if(!n || !nl)
    return;
  if(src == HTMLFEAT_SRC_JSONLD)
    for(i = f->n_props; i-- > 0 && f->props[i].src == src &&
        f->props[i].item == item;)
      if(prop_same(f, &f->props[i], name, nl, v, n))
        return;
  if(f->n_props >= HTMLFEAT_PROPS_MAX) {
    f->stats.props_dropped++;
    return;
  }
  p = &f->props[f->n_props];
  p->src = src;
  p->name = pool_put(f, name, nl);
  p->value = pool_put(f, v, n);
  p->type = type;
  p->item = item;
  p->line = line;
  if(!p->name.len || !p->value.len)
    return;
  f->n_props++;
}

/* A property whose name is an attribute value (lower-cased). */
static void prop_attr(struct htmlfeat *f, enum htmlfeat_src src,
                      const char *name, const char *value,
                      struct htmlfeat_str type, uint32_t line)
{
  char nb[PROP_NAME_MAX + 1];
  bool cut;
  size_t nl = collapse(name, slen(name, PROP_NAME_MAX * 4), nb,
                       sizeof(nb), &cut), i;
  for(i = 0; i < nl; i++)
    nb[i] = (char)lower((uint8_t)nb[i]);
  prop_add(f, src, nb, nl, value, slen(value, ATTR_SCAN_MAX), type, 0,
           line);
}

/* ---- JSON-LD ------------------------------------------------------- */

static bool ld_budget(struct htmlfeat *f)
{
  struct htmlfeat_work *w = f->work;
  if(w->ld_nodes >= HTMLFEAT_JSONLD_NODES_MAX) {
    if(w->ld_nodes++ == HTMLFEAT_JSONLD_NODES_MAX)
      f->stats.jsonld_cut++;
    return false;
  }
  w->ld_nodes++;
  return true;
}

/* The text of a JSON value: strings, numbers, booleans; objects by their
 * "@value" or "name".  Ill-formed UTF-8 (lone surrogate escapes) is
 * replaced.  NULL when none. */
static const char *ld_text(struct htmlfeat *f, json_object *v, size_t *n)
{
  struct htmlfeat_work *w = f->work;
  json_object *x;
  const char *s;
  size_t len, o = 0;
  struct pp_rd r;
  if(!v)
    return NULL;
  switch(json_object_get_type(v)) {
  case json_type_string:
    break;
  case json_type_int:
  case json_type_double:
  case json_type_boolean:
    break;
  case json_type_object:
    if(json_object_object_get_ex(v, "@value", &x) ||
       json_object_object_get_ex(v, "name", &x)) {
      if(json_object_is_type(x, json_type_string))
        return ld_text(f, x, n);
    }
    return NULL;
  default:
    return NULL;
  }
  s = json_object_get_string(v);
  len = json_object_is_type(v, json_type_string) ?
        (size_t)json_object_get_string_len(v) : strlen(s);
  if(len > ATTR_SCAN_MAX)
    len = utf8_cut(s, len, ATTR_SCAN_MAX);
  if(!u8_check((const uint8_t *)s, len)) {
    *n = len;
    return s;
  }
  rd_init(&r, s, len);
  while(rd_left(&r) && o + 4 < sizeof(w->scratch)) {
    ucs4_t uc;
    int k = u8_mbtoucr(&uc, r.pos, rd_left(&r));
    if(k < 0) {
      memcpy(w->scratch + o, "\xEF\xBF\xBD", 3);
      o += 3;
      rd_skip(&r, 1);
      continue;
    }
    rd_copy(&r, w->scratch + o, (size_t)k);
    o += (size_t)k;
  }
  *n = o;
  return w->scratch;
}

/* Elements of a JSON array looked at (a longer one is counted cut). */
static size_t ld_len(struct htmlfeat *f, json_object *a, size_t max)
{
  size_t n = json_object_array_length(a);
  if(n > max) {
    f->stats.jsonld_cut++;
    n = max;
  }
  return n;
}

static void ld_prop(struct htmlfeat *f, const char *name, json_object *v,
                    uint32_t item)
{
  struct htmlfeat_str none = { 0, 0 };
  const char *s;
  size_t n = 0, i, len;
  if(json_object_is_type(v, json_type_array)) {
    len = ld_len(f, v, LD_ARRAY_MAX);
    for(i = 0; i < len && ld_budget(f); i++) {
      s = ld_text(f, json_object_array_get_idx(v, i), &n);
      if(s)
        prop_add(f, HTMLFEAT_SRC_JSONLD, name, strlen(name), s, n, none,
                 item, 0);
    }
    return;
  }
  s = ld_text(f, v, &n);
  if(s)
    prop_add(f, HTMLFEAT_SRC_JSONLD, name, strlen(name), s, n, none, item,
             0);
}

/* "key.sub": the key (any bytes a JSON key may hold, "\\ud800"
 * included) made well-formed and cut at LD_KEY_MAX bytes, at a character
 * boundary. */
static void ld_path(char *out, size_t cap, const char *key,
                    const char *sub)
{
  struct pp_rd r;
  size_t o = 0;
  rd_init(&r, key, strnlen(key, 4 * LD_KEY_MAX));
  while(rd_left(&r)) {
    int k = utf8_seq(&r);
    size_t m = k < 0 ? 3 : (size_t)k;
    if(o + m > LD_KEY_MAX)
      break;
    if(k < 0) {
      memcpy(out + o, "\xEF\xBF\xBD", 3);
      rd_skip(&r, (size_t)-k);
    }
    else
      rd_copy(&r, out + o, m);
    o += m;
  }
  snprintf(out + o, cap - o, ".%s", sub);
}

static bool ld_is_author(const char *key)
{
  return !strcmp(key, "author") || !strcmp(key, "creator");
}

static bool in_list(const char *k, const char *const *list, size_t n)
{
  size_t i;
  for(i = 0; i < n; i++)
    if(!strcmp(k, list[i]))
      return true;
  return false;
}

static void ld_types(struct htmlfeat *f, const char *key, json_object *v,
                     uint32_t item, unsigned depth);

/* author, publisher... given as an object. */
static void ld_party(struct htmlfeat *f, const char *key, json_object *o,
                     uint32_t item)
{
  static const char *const subs[] = { "@type", "name", "jobTitle", "url" };
  char path[LD_KEY_MAX + 16];
  json_object *v;
  size_t i;
  struct json_object_iterator it, end;
  for(i = 0; i < PP_ARRAY_LEN(subs); i++) {
    if(!json_object_object_get_ex(o, subs[i], &v) || !ld_budget(f))
      continue;
    ld_path(path, sizeof(path), key, subs[i]);
    ld_prop(f, path, v, item);
  }
  /* the types of what else it holds (a logo's ImageObject...) */
  it = json_object_iter_begin(o);
  end = json_object_iter_end(o);
  while(!json_object_iter_equal(&it, &end)) {
    const char *k = json_object_iter_peek_name(&it);
    json_object *x = json_object_iter_peek_value(&it);
    if(!in_list(k, subs, PP_ARRAY_LEN(subs)) &&
       (json_object_is_type(x, json_type_object) ||
        json_object_is_type(x, json_type_array)))
      ld_types(f, k, x, item, 2);
    json_object_iter_next(&it);
  }
  if(ld_is_author(key) && json_object_object_get_ex(o, "name", &v)) {
    size_t n = 0, dn = 0;
    const char *s = ld_text(f, v, &n), *d;
    struct htmlfeat_str detail = { 0, 0 };
    bool cut;
    char buf[HTMLFEAT_BYLINE_LEN_MAX + 1];
    if(!s)
      return;
    n = collapse(s, n, buf, sizeof(buf), &cut);
    if(json_object_object_get_ex(o, "jobTitle", &v)) {
      if(json_object_is_type(v, json_type_array))
        v = json_object_array_get_idx(v, 0);
      d = ld_text(f, v, &dn);
      if(d) {
        char db[NAME_MAX_ + 1];
        dn = collapse(d, dn, db, sizeof(db), &cut);
        detail = pool_put(f, db, dn);
      }
    }
    byline_add(f, HTMLFEAT_BY_JSONLD, buf, n, detail, 0, 0, 0);
  }
}

static void ld_person(struct htmlfeat *f, const char *key, json_object *v,
                      uint32_t item)
{
  size_t i, len;
  json_object *e;
  if(json_object_is_type(v, json_type_array)) {
    len = ld_len(f, v, LD_ARRAY_MAX);
    for(i = 0; i < len && ld_budget(f); i++) {
      e = json_object_array_get_idx(v, i);
      if(json_object_is_type(e, json_type_object))
        ld_party(f, key, e, item);
      else if(json_object_is_type(e, json_type_string))
        ld_person(f, key, e, item);
    }
  }
  else if(json_object_is_type(v, json_type_object))
    ld_party(f, key, v, item);
  else if(json_object_is_type(v, json_type_string)) {
    size_t n = 0;
    const char *s = ld_text(f, v, &n);
    struct htmlfeat_str none = { 0, 0 };
    char buf[HTMLFEAT_BYLINE_LEN_MAX + 1];
    bool cut;
    if(!s)
      return;
    prop_add(f, HTMLFEAT_SRC_JSONLD, key, strlen(key), s, n, none, item, 0);
    if(ld_is_author(key)) {
      n = collapse(s, n, buf, sizeof(buf), &cut);
      byline_add(f, HTMLFEAT_BY_JSONLD, buf, n, none, 0, 0, 0);
    }
  }
}

/* @type of nested objects anywhere below key, as "key.@type". */
static void ld_types(struct htmlfeat *f, const char *key, json_object *v,
                     uint32_t item, unsigned depth)
{
  char path[LD_KEY_MAX + 16];
  json_object *t;
  if(!v || depth > HTMLFEAT_JSONLD_DEPTH_MAX || !ld_budget(f))
    return;
  if(json_object_is_type(v, json_type_array)) {
    size_t i, len = ld_len(f, v, LD_ARRAY_MAX);
    for(i = 0; i < len; i++)
      ld_types(f, key, json_object_array_get_idx(v, i), item, depth + 1);
  }
  else if(json_object_is_type(v, json_type_object)) {
    struct json_object_iterator it = json_object_iter_begin(v);
    struct json_object_iterator end = json_object_iter_end(v);
    if(json_object_object_get_ex(v, "@type", &t)) {
      ld_path(path, sizeof(path), key, "@type");
      ld_prop(f, path, t, item);
    }
    while(!json_object_iter_equal(&it, &end)) {
      const char *k = json_object_iter_peek_name(&it);
      json_object *x = json_object_iter_peek_value(&it);
      if(strcmp(k, "@type") &&
         (json_object_is_type(x, json_type_object) ||
          json_object_is_type(x, json_type_array)))
        ld_types(f, k, x, item, depth + 1);
      json_object_iter_next(&it);
    }
  }
}

static void ld_item(struct htmlfeat *f, json_object *o)
{
  static const char *const item_keys[] = {
    "@type", "headline", "name", "articleSection", "datePublished",
    "dateModified", "dateCreated", "keywords", "genre", "inLanguage",
    "url",
  };
  static const char *const party_keys[] = {
    "author", "creator", "editor", "contributor", "publisher",
    "sourceOrganization", "copyrightHolder", "provider",
    "accountablePerson",
  };
  struct htmlfeat_work *w = f->work;
  struct json_object_iterator it, end;
  uint32_t item;
  if(w->ld_items >= HTMLFEAT_JSONLD_ITEMS_MAX) {
    f->stats.jsonld_cut++;
    return;
  }
  item = w->ld_items++;
  it = json_object_iter_begin(o);
  end = json_object_iter_end(o);
  while(!json_object_iter_equal(&it, &end) && ld_budget(f)) {
    const char *k = json_object_iter_peek_name(&it);
    json_object *v = json_object_iter_peek_value(&it);
    if(in_list(k, item_keys, PP_ARRAY_LEN(item_keys)))
      ld_prop(f, k, v, item);
    else if(in_list(k, party_keys, PP_ARRAY_LEN(party_keys)))
      ld_person(f, k, v, item);
    else if(strcmp(k, "@graph"))
      ld_types(f, k, v, item, 1);
    json_object_iter_next(&it);
  }
}

static void ld_root(struct htmlfeat *f, json_object *o, unsigned level)
{
  json_object *g, *t;
  size_t i, len;
  if(!o || !ld_budget(f))
    return;
  if(json_object_is_type(o, json_type_array)) {
    if(level >= 2)
      return;
    len = ld_len(f, o, HTMLFEAT_JSONLD_ITEMS_MAX);
    for(i = 0; i < len; i++)
      ld_root(f, json_object_array_get_idx(o, i), level + 1);
    return;
  }
  if(!json_object_is_type(o, json_type_object))
    return;
  if(json_object_object_get_ex(o, "@graph", &g) &&
     json_object_is_type(g, json_type_array)) {
    len = ld_len(f, g, HTMLFEAT_JSONLD_ITEMS_MAX);
    for(i = 0; i < len && ld_budget(f); i++) {
      json_object *e = json_object_array_get_idx(g, i);
      if(json_object_is_type(e, json_type_object))
        ld_item(f, e);
    }
    if(!json_object_object_get_ex(o, "@type", &t))
      return;
  }
  ld_item(f, o);
}

/* Strip "<!-- -->" and "<![CDATA[ ]]>" wrappers and spaces. */
static void ld_unwrap(const char **s, size_t *n)
{
  static const char *const pre[] = { "<!--", "//<![CDATA[", "<![CDATA[" };
  static const char *const post[] = { "-->", "//]]>", "]]>" };
  size_t i, m;
  bool again = true;
  while(again) {
    again = false;
    while(*n && is_space((uint8_t)**s)) {
      (*s)++;
      (*n)--;
    }
    while(*n && is_space((uint8_t)(*s)[*n - 1]))
      (*n)--;
    for(i = 0; i < PP_ARRAY_LEN(pre); i++) {
      m = strlen(pre[i]);
      if(*n >= m && !memcmp(*s, pre[i], m)) {
        *s += m;
        *n -= m;
        again = true;
      }
      m = strlen(post[i]);
      if(*n >= m && !memcmp(*s + *n - m, post[i], m)) {
        *n -= m;
        again = true;
      }
    }
  }
}

static void ld_parse(struct htmlfeat *f, const char *s, size_t n)
{
  struct htmlfeat_work *w = f->work;
  size_t off = 0;
  unsigned texts = 0;
  ld_unwrap(&s, &n);
  while(off < n && texts < LD_TEXTS_MAX) {
    json_object *o;
    size_t used;
    while(off < n && (is_space((uint8_t)s[off]) || s[off] == ';' ||
                      s[off] == ','))
      off++;
    if(off >= n)
      break;
    json_tokener_reset(w->tok);
    o = json_tokener_parse_ex(w->tok, s + off, (int)(n - off));
    if(json_tokener_get_error(w->tok) != json_tokener_success) {
      if(!texts)
        f->stats.jsonld_errors++;
      json_object_put(o);
      break;
    }
    texts++;
    ld_root(f, o, 0);
    json_object_put(o);
    used = json_tokener_get_parse_end(w->tok);
    if(!used)
      break;
    off += used;
  }
  if(texts)
    f->stats.jsonld_parsed++;
}

static bool is_ldjson(const char *type)
{
  char buf[40];
  bool cut;
  size_t n = collapse(type, strnlen(type, 64), buf, sizeof(buf), &cut);
  return n >= 19 && !strncasecmp(buf, "application/ld+json", 19) &&
         (n == 19 || buf[19] == ';' || buf[19] == ' ');
}

static void script(struct htmlfeat *f, const xmlNode *n,
                   const struct attrs *a)
{
  struct htmlfeat_work *w = f->work;
  const xmlNode *c;
  const char *s = NULL;
  size_t len = 0;
  if(a->v[A_SRC]) {
    if(ci_has(a->v[A_SRC], URL_IN_MAX, "disqus.com"))
      comment_add(f, HTMLFEAT_COMMENT_DISQUS, a->v[A_SRC],
                  slen(a->v[A_SRC], NAME_MAX_ * 4), n->line);
    return;
  }
  if(!a->v[A_TYPE] || !is_ldjson(a->v[A_TYPE]))
    return;
  f->stats.jsonld_scripts++;
  if(f->stats.jsonld_scripts > HTMLFEAT_JSONLD_MAX) {
    f->stats.jsonld_skipped++;
    return;
  }
  for(c = n->children; c; c = c->next) {
    size_t k;
    if((c->type != XML_TEXT_NODE && c->type != XML_CDATA_SECTION_NODE) ||
       !c->content)
      continue;
    k = strnlen((const char *)c->content, HTMLFEAT_JSONLD_IN_MAX + 1);
    if(!s && (!c->next)) {
      s = (const char *)c->content;
      len = k;
      break;
    }
    if(len + k > HTMLFEAT_JSONLD_IN_MAX) {
      len = HTMLFEAT_JSONLD_IN_MAX + 1;
      break;
    }
    if(!g_reserve(f, &w->jbuf, &w->jcap, len + k + 1))
      return;
    memcpy(w->jbuf + len, c->content, k);
    len += k;
    s = w->jbuf;
  }
  if(len > HTMLFEAT_JSONLD_IN_MAX) {
    f->stats.jsonld_skipped++;
    return;
  }
  if(s && len)
    ld_parse(f, s, len);
}

/* ---- the walk ------------------------------------------------------ */

static struct frame *top(struct htmlfeat_work *w)
{
  return &w->frames[w->nf - 1];
}

static void title(struct htmlfeat *f, const xmlNode *n)
{
  struct htmlfeat_text *t = &f->text[HTMLFEAT_TITLE];
  const xmlNode *c;
  char *buf = f->work->scratch;
  size_t len = 0;
  bool cut = false;
  if(t->len)
    return;
  for(c = n->children; c && len + 2 < sizeof(f->work->scratch); c = c->next)
    if((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
       c->content) {
      size_t k = slen((const char *)c->content, ATTR_SCAN_MAX);
      if(len)
        buf[len++] = ' ';
      len += collapse((const char *)c->content, k, buf + len,
                      sizeof(f->work->scratch) - len, &cut);
    }
  if(cut)
    f->stats.values_cut++;
  /* collapse again: pieces may end or start with spaces */
  if(len) {
    char tmp[HTMLFEAT_VALUE_MAX + 1];
    len = collapse(buf, len, tmp, sizeof(tmp), &cut);
    tx_put(f, t, HTMLFEAT_VALUE_MAX, tmp, len);
  }
}

static void meta(struct htmlfeat *f, const xmlNode *n, const struct attrs *a)
{
  struct htmlfeat_str none = { 0, 0 };
  const char *c = a->v[A_CONTENT];
  if(!c)
    return;
  if(a->v[A_NAME]) {
    prop_attr(f, HTMLFEAT_SRC_META, a->v[A_NAME], c, none, n->line);
    if(!strcasecmp(a->v[A_NAME], "author")) {
      char buf[HTMLFEAT_BYLINE_LEN_MAX + 1];
      bool cut;
      size_t k = collapse(c, slen(c, ATTR_SCAN_MAX), buf, sizeof(buf),
                          &cut);
      byline_add(f, HTMLFEAT_BY_META, buf, k, none,
                 top(f->work)->flags & F_WHERE, n->line, 0);
    }
  }
  if(a->v[A_PROPERTY])
    prop_attr(f, HTMLFEAT_SRC_PROPERTY, a->v[A_PROPERTY], c, none, n->line);
  if(a->v[A_ITEMPROP])
    prop_attr(f, HTMLFEAT_SRC_ITEMPROP, a->v[A_ITEMPROP], c, none, n->line);
}

static void link_rel(struct htmlfeat *f, const xmlNode *n,
                     const struct attrs *a)
{
  static const char *const keep[] = {
    "canonical", "amphtml", "alternate", "author", "publisher", "shortlink",
    "next", "prev", "index", "home", "license", "search",
  };
  char rel[64];
  bool cut, ok = false;
  size_t k, i;
  struct htmlfeat_str href, type = { 0, 0 };
  if(a->v[A_ITEMPROP] && a->v[A_HREF]) {
    href = url_pool(f, a->v[A_HREF]);
    prop_attr(f, HTMLFEAT_SRC_ITEMPROP, a->v[A_ITEMPROP],
              htmlfeat_s(f, href), type, n->line);
  }
  if(!a->v[A_REL] || !a->v[A_HREF])
    return;
  k = collapse(a->v[A_REL], slen(a->v[A_REL], 256), rel, sizeof(rel),
               &cut);
  for(i = 0; i < k; i++)
    rel[i] = (char)lower((uint8_t)rel[i]);
  for(i = 0; i < PP_ARRAY_LEN(keep) && !ok; i++) {
    size_t m = strlen(keep[i]), j;
    for(j = 0; j + m <= k && !ok; j++)
      ok = !memcmp(rel + j, keep[i], m) && (j == 0 || rel[j - 1] == ' ') &&
           (j + m == k || rel[j + m] == ' ');
  }
  if(!ok)
    return;
  href = url_pool(f, a->v[A_HREF]);
  if(a->v[A_TYPE])
    type = pool_lower(f, a->v[A_TYPE], NAME_MAX_);
  if(!href.len)
    return;
  if(f->n_props < HTMLFEAT_PROPS_MAX) {
    struct htmlfeat_prop *p = &f->props[f->n_props++];
    p->src = HTMLFEAT_SRC_LINK;
    p->name = pool_put(f, rel, k);
    p->value = href;
    p->type = type;
    p->item = 0;
    p->line = n->line;
  }
  else
    f->stats.props_dropped++;
  if(!strcmp(rel, "canonical") && !f->canonical.len)
    f->canonical = href;
  if(!strcmp(rel, "amphtml") && !f->amphtml.len)
    f->amphtml = href;
}

static void img(struct htmlfeat *f, const xmlNode *n, const struct attrs *a)
{
  struct htmlfeat_work *w = f->work;
  struct frame *t = top(w);
  const char *alt = a->v[A_ALT];
  (void)n;
  if(!alt || !*alt)
    return;
  if(t->flags & F_LINK) {
    uint32_t i;
    for(i = w->nf; i-- > 1;)
      if(w->frames[i].open & O_LINK) {
        if(!w->frames[i].alt)
          w->frames[i].alt = alt;
        break;
      }
  }
  /* logos and badges: alt text is the masthead or footer's text */
  if(t->flags & (HTMLFEAT_IN_HEADER | HTMLFEAT_IN_FOOTER)) {
    uint32_t seen;
    body_space(w);
    seen = body_put(f, alt, slen(alt, ATTR_SCAN_MAX), t->flags);
    t->own += seen;
    body_space(w);
  }
}

static void menu_open(struct htmlfeat *f, struct frame *fr,
                      enum htmlfeat_menu_kind kind, const char *name)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_menu *m;
  fr->flags |= HTMLFEAT_IN_NAV;
  fr->open |= O_MENU;
  fr->list = 0;
  w->menu_open = true;
  if(f->n_menus >= HTMLFEAT_MENUS_MAX) {
    f->stats.menus_dropped++;
    w->menu = -1;
    return;
  }
  m = &f->menus[f->n_menus];
  m->kind = kind;
  m->name = pool_clean(f, name, NAME_MAX_);
  m->first = (uint32_t)f->n_menu_items;
  m->n = 0;
  m->where = fr->flags & F_WHERE;
  m->line = fr->line;
  w->menu = (int32_t)f->n_menus++;
}

static void menu_close(struct htmlfeat *f)
{
  struct htmlfeat_work *w = f->work;
  w->menu_open = false;
  if(w->menu < 0)
    return;
  f->menus[w->menu].n = (uint32_t)f->n_menu_items - f->menus[w->menu].first;
  /* a "menu" without links (an icon, a button) is not kept */
  if(!f->menus[w->menu].n && (size_t)w->menu == f->n_menus - 1)
    f->n_menus--;
  w->menu = -1;
}

static void menu_item(struct htmlfeat *f, const char *s, size_t n,
                      struct htmlfeat_str href, uint32_t level)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_text *t = &f->text[HTMLFEAT_NAV];
  struct htmlfeat_menu_item *it;
  size_t off;
  if(w->menu < 0 || !n)
    return;
  if(f->n_menu_items >= HTMLFEAT_MENU_ITEMS_MAX) {
    f->stats.menu_items_dropped++;
    return;
  }
  if(t->len)
    tx_put(f, t, HTMLFEAT_REGION_MAX, "\n", 1);
  off = t->len;
  n = tx_put(f, t, HTMLFEAT_REGION_MAX, s, n);
  if(!n)
    return;
  it = &f->menu_items[f->n_menu_items++];
  it->off = (uint32_t)off;
  it->len = (uint32_t)n;
  it->href = href;
  it->menu = (uint32_t)w->menu;
  it->level = level;
}

static void link_open(struct htmlfeat *f, struct frame *fr, const xmlNode *n,
                      const struct attrs *a)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_link *l;
  fr->href = url_pool(f, a->v[A_HREF]);
  fr->open |= O_LINK;
  fr->flags |= F_LINK;
  fr->title = a->v[A_TITLE];
  fr->link = -1;
  if(a->v[A_REL]) {
    char rel[64];
    bool cut;
    size_t k = collapse(a->v[A_REL], slen(a->v[A_REL], 256), rel,
                        sizeof(rel), &cut);
    fr->rel_author = ci_has(rel, k, "author");
  }
  if(f->n_links >= HTMLFEAT_LINKS_MAX) {
    f->stats.links_dropped++;
    return;
  }
  l = &f->links[f->n_links];
  memset(l, 0, sizeof(*l));
  l->href = fr->href;
  if(a->v[A_REL])
    l->rel = pool_lower(f, a->v[A_REL], NAME_MAX_);
  l->where = fr->flags & F_WHERE;
  l->line = n->line;
  w->link_off[f->n_links] = (uint32_t)f->text[HTMLFEAT_BODY].len;
  w->link_serial[f->n_links] = fr->serial;
  fr->link = (int32_t)f->n_links++;
}

static void link_close(struct htmlfeat *f, struct frame *fr, uint32_t end)
{
  struct htmlfeat_work *w = f->work;
  size_t n = range_text(f, fr->start, end, HTMLFEAT_LINK_TEXT_MAX);
  struct htmlfeat_str text;
  const char *alt = fr->alt ? fr->alt : fr->title;
  if(!n && alt) {
    bool cut;
    n = collapse(alt, slen(alt, ATTR_SCAN_MAX), w->scratch,
                 HTMLFEAT_LINK_TEXT_MAX + 1, &cut);
  }
  text = pool_put(f, w->scratch, n);
  if(fr->link >= 0)
    f->links[fr->link].text = text;
  /* from scratch, not the pool: it may be full */
  if((fr->flags & HTMLFEAT_IN_NAV) && w->menu_open)
    menu_item(f, w->scratch, n, fr->href, fr->list ? fr->list - 1u : 0);
  if(fr->rel_author && n && n <= HTMLFEAT_BYLINE_LEN_MAX &&
     !(fr->flags & (HTMLFEAT_IN_NAV | HTMLFEAT_IN_COMMENTS))) {
    struct htmlfeat_str none = { 0, 0 };
    byline_add(f, HTMLFEAT_BY_REL, w->scratch, n, none,
               fr->flags & F_WHERE, fr->line, fr->serial);
    fr->by_child = true;
  }
}

static void itemprop_open(struct htmlfeat *f, struct frame *fr,
                          const xmlNode *n, const struct attrs *a)
{
  static const char *const text_props[] = {
    "author", "headline", "articlesection", "datepublished",
    "datemodified", "publisher", "creator",
  };
  struct htmlfeat_str none = { 0, 0 };
  const char *ip = a->v[A_ITEMPROP];
  size_t i;
  if(ci_has(ip, 64, "articlebody"))
    fr->open |= O_ARTBODY;
  if(ci_has(ip, 64, "author") && !(fr->flags & HTMLFEAT_IN_COMMENTS))
    fr->open |= O_AUTHOR;
  if(a->v[A_CONTENT]) {
    prop_attr(f, HTMLFEAT_SRC_ITEMPROP, ip, a->v[A_CONTENT], none, n->line);
    return;
  }
  if(fr->tag == T_TIME && a->v[A_DATETIME]) {
    prop_attr(f, HTMLFEAT_SRC_ITEMPROP, ip, a->v[A_DATETIME], none, n->line);
    return;
  }
  for(i = 0; i < PP_ARRAY_LEN(text_props); i++)
    if(!strcasecmp(ip, text_props[i])) {
      fr->open |= O_ITEMPROP;
      fr->itemprop = ip;
      return;
    }
}

/* Right-aligned or bold by its attributes (a byline at the article's
 * end). */
static bool styled(const struct attrs *a, unsigned bits)
{
  const char *st = a->v[A_STYLE];
  if(bits & C_RIGHT)
    return true;
  if(a->v[A_ALIGN] && !strcasecmp(a->v[A_ALIGN], "right"))
    return true;
  return st && ((ci_has(st, STYLE_SCAN_MAX, "text-align") &&
                 ci_has(st, STYLE_SCAN_MAX, "right")) ||
                ci_has(st, STYLE_SCAN_MAX, "bold"));
}

/* Elements that are not walked into, or have no frame. */
static bool enter_special(struct htmlfeat *f, const xmlNode *n,
                          unsigned tag, const struct attrs *a)
{
  struct htmlfeat_work *w = f->work;
  uint32_t flags = top(w)->flags;
  const char *v;
  switch(tag) {
  case T_TITLE:
    title(f, n);
    return true;
  case T_META:
    meta(f, n, a);
    return true;
  case T_LINK:
    link_rel(f, n, a);
    return true;
  case T_BASE:
    return true;
  case T_SCRIPT:
    script(f, n, a);
    return true;
  case T_BR:
    body_break(w);
    return true;
  case T_IMG:
    img(f, n, a);
    return true;
  case T_INPUT:
    v = a->v[A_VALUE] ? a->v[A_VALUE] : a->v[A_PLACEHOLDER];
    if(v && says_comment(v, slen(v, COMMENT_LINE_MAX * 2), true))
      comment_add(f, HTMLFEAT_COMMENT_TEXT, v,
                  slen(v, COMMENT_LINE_MAX * 2), n->line);
    return true;
  case T_TEXTAREA:
    v = a->v[A_PLACEHOLDER];
    if((flags & HTMLFEAT_IN_COMMENTS) ||
       (v && says_comment(v, slen(v, COMMENT_LINE_MAX * 2), true)))
      comment_add(f, HTMLFEAT_COMMENT_FORM, v ? v : "textarea",
                  v ? slen(v, COMMENT_LINE_MAX * 2) : 8, n->line);
    return true;
  case T_IFRAME:
    v = a->v[A_SRC];
    if(v && ci_has(v, URL_IN_MAX, "facebook.com/plugins/comment"))
      comment_add(f, HTMLFEAT_COMMENT_FB, v, slen(v, NAME_MAX_ * 4),
                  n->line);
    return true;
  default:
    return false;
  }
}

static void open_regions(struct htmlfeat *f, struct frame *fr,
                         const struct attrs *a, unsigned bits,
                         const char *matched)
{
  uint32_t up = fr->flags;
  bool cont = fr->props & P_CONT;
  const char *role = a->v[A_ROLE];
  int kind = -1;
  const char *name = matched;
  if(bits & (C_COMMENT | C_FB | C_DISQUS)) {
    unsigned k = (bits & C_FB) ? HTMLFEAT_COMMENT_FB :
                 (bits & C_DISQUS) ? HTMLFEAT_COMMENT_DISQUS :
                 HTMLFEAT_COMMENT_BOX;
    comment_add(f, k, matched, slen(matched, NAME_MAX_), fr->line);
    if(cont)
      fr->flags |= HTMLFEAT_IN_COMMENTS;
  }
  if(cont && (bits & C_ASIDE))
    fr->flags |= HTMLFEAT_IN_ASIDE;
  /* "banner" and role=banner: the masthead of old portals, when no other
   * was seen and the page has not gone far */
  if(cont && !(f->header_from & HTMLFEAT_FROM_ELEMENT) &&
     ((bits & C_BANNER) && f->work->n_lines < HTMLFEAT_HEAD_LINES))
    bits |= C_HEADER;
  if(role && !strcasecmp(role, "banner"))
    bits |= C_HEADER;
  if(!(up & (HTMLFEAT_IN_HEADER | HTMLFEAT_IN_FOOTER |
             HTMLFEAT_IN_ARTICLE_TAG | HTMLFEAT_IN_HEAD |
             HTMLFEAT_IN_COMMENTS)) &&
     (fr->tag == T_HEADER || (cont && (bits & C_HEADER)))) {
    fr->open |= O_HEADER;
    fr->flags |= HTMLFEAT_IN_HEADER;
  }
  else if(!(up & (HTMLFEAT_IN_FOOTER | HTMLFEAT_IN_HEADER |
                  HTMLFEAT_IN_ARTICLE_TAG | HTMLFEAT_IN_HEAD)) &&
          (fr->tag == T_FOOTER || (cont && (bits & C_FOOTER)))) {
    fr->open |= O_FOOTER;
    fr->flags |= HTMLFEAT_IN_FOOTER;
  }
  if(cont && !(up & (HTMLFEAT_IN_NAV | HTMLFEAT_IN_HEAD))) {
    if(fr->tag == T_NAV) {
      kind = HTMLFEAT_MENU_NAV;
      name = "nav";
    }
    else if(role && !strcasecmp(role, "navigation")) {
      kind = HTMLFEAT_MENU_ROLE;
      name = "navigation";
    }
    else if(bits & C_BREAD)
      kind = HTMLFEAT_MENU_BREADCRUMB;
    else if(bits & C_NAV)
      kind = HTMLFEAT_MENU_CLASS;
    else if((fr->tag == T_UL || fr->tag == T_OL) &&
            (fr->flags & HTMLFEAT_IN_HEADER)) {
      kind = HTMLFEAT_MENU_HEADER_LIST;
      name = fr->tag == T_UL ? "ul" : "ol";
    }
    if(kind >= 0) {
      menu_open(f, fr, (enum htmlfeat_menu_kind)kind, name ? name : "");
      fr->list = fr->tag == T_UL || fr->tag == T_OL;
    }
  }
  if((bits & C_BYLINE) &&
     !(fr->flags & (HTMLFEAT_IN_NAV | HTMLFEAT_IN_COMMENTS |
                    HTMLFEAT_IN_HEAD))) {
    fr->open |= O_BYLINE;
    fr->cls = matched;
  }
}

static bool enter(struct htmlfeat *f, const xmlNode *n)
{
  struct htmlfeat_work *w = f->work;
  struct frame *up = top(w), *fr;
  const struct tag_def *td = tag_of(w, (const char *)n->name);
  unsigned tag = td ? td->tag : T_OTHER, props = td ? td->props : 0;
  unsigned bits = 0;
  const char *matched = NULL;
  struct attrs a;
  f->stats.elements++;
  w->serial++;
  if(props & P_SKIP) {
    if(tag == T_SCRIPT || tag == T_TEXTAREA || tag == T_IFRAME) {
      read_attrs(n, &a);
      enter_special(f, n, tag, &a);
    }
    /* replaced content (a frame, a control, a picture) stands between
     * words; scripts and styles do not */
    if(props & P_SPACE)
      body_space(w);
    return false;
  }
  if(w->nf >= FRAMES_MAX) {
    w->deep++;
    body_space(w);
    return true;
  }
  read_attrs(n, &a);
  if(enter_special(f, n, tag, &a))
    return false;
  if(tag == T_HTML && a.v[A_LANG] && !f->lang.len)
    f->lang = pool_clean(f, a.v[A_LANG], 64);
  if(tag == T_COMMENTS)
    comment_add(f, HTMLFEAT_COMMENT_FB, "fb:comments", 11, n->line);

  fr = &w->frames[w->nf++];
  memset(fr, 0, sizeof(*fr));
  fr->flags = up->flags;
  fr->serial = w->serial;
  fr->start = (uint32_t)f->text[HTMLFEAT_BODY].len;
  fr->link = -1;
  fr->tag = (uint8_t)tag;
  fr->props = (uint8_t)props;
  fr->line = n->line;
  fr->list = up->list;
  if((tag == T_UL || tag == T_OL) && fr->list < UINT8_MAX)
    fr->list++;
  fr->prev_blk = w->blk;
  if(tag == T_HEAD)
    fr->flags |= HTMLFEAT_IN_HEAD;
  if(tag == T_B || tag == T_STRONG ||
     (a.v[A_STYLE] && ci_has(a.v[A_STYLE], STYLE_SCAN_MAX, "bold")))
    fr->flags |= F_BOLD;
  if(tag == T_ARTICLE)
    fr->flags |= HTMLFEAT_IN_ARTICLE_TAG;
  if(tag == T_ASIDE)
    fr->flags |= HTMLFEAT_IN_ASIDE;

  if(a.v[A_CLASS] && *a.v[A_CLASS]) {
    bits = class_bits(w, a.v[A_CLASS], strnlen(a.v[A_CLASS],
                                               CLASS_SCAN_MAX));
    if(bits)
      matched = a.v[A_CLASS];
  }
  if(a.v[A_ID] && *a.v[A_ID]) {
    unsigned b = class_bits(w, a.v[A_ID], strnlen(a.v[A_ID],
                                                  CLASS_SCAN_MAX));
    if((bits & (C_HEADER | C_FOOTER)) && (b & (C_HEADER | C_FOOTER)))
      b &= ~(unsigned)(C_HEADER | C_FOOTER);
    if(b && !matched)
      matched = a.v[A_ID];
    bits |= b;
  }
  if(bits || tag == T_HEADER || tag == T_FOOTER || tag == T_NAV ||
     a.v[A_ROLE] || ((tag == T_UL || tag == T_OL) &&
                     (fr->flags & HTMLFEAT_IN_HEADER)))
    open_regions(f, fr, &a, bits, matched ? matched : "");

  if(tag == T_P || tag == T_DIV) {
    fr->styled = styled(&a, bits);
    w->blk = w->nf - 1;
  }
  if((tag == T_A || tag == T_AREA) && a.v[A_HREF] &&
     !(fr->flags & HTMLFEAT_IN_HEAD)) {
    link_open(f, fr, n, &a);
    if(tag == T_AREA)
      fr->alt = a.v[A_ALT];
  }
  if(a.v[A_ITEMTYPE]) {
    struct htmlfeat_str none = { 0, 0 };
    prop_attr(f, HTMLFEAT_SRC_ITEMTYPE, "itemtype", a.v[A_ITEMTYPE], none,
              n->line);
  }
  if(a.v[A_ITEMPROP])
    itemprop_open(f, fr, n, &a);
  if(props & P_CAND) {
    fr->weight = 4;
    if((bits & C_BODY) || tag == T_ARTICLE || tag == T_MAIN)
      fr->weight++;
    if(bits & C_NEG)
      fr->weight -= 2;
  }
  if(props & P_BLOCK)
    body_break(w);
  return true;
}

static void on_text(struct htmlfeat *f, const xmlNode *n)
{
  struct htmlfeat_work *w = f->work;
  struct frame *t = top(w);
  uint32_t seen;
  if(!n->content || (t->flags & HTMLFEAT_IN_HEAD))
    return;
  seen = body_put(f, (const char *)n->content,
                  strlen((const char *)n->content), t->flags);
  t->own += seen;
  if(w->blk) {
    w->frames[w->blk].chars += seen;
    if(t->flags & F_BOLD)
      w->frames[w->blk].bold += seen;
  }
}

/* The last short paragraphs inside the element of frame index fi. */
static uint32_t tails_inside(const struct htmlfeat_work *w, uint32_t serial,
                             struct tail *out)
{
  uint32_t k = w->n_tails > TAILS_MAX ? w->n_tails - TAILS_MAX : 0, n = 0;
  for(; k < w->n_tails; k++) {
    const struct tail *t = &w->tails[k % TAILS_MAX];
    if(t->serial > serial)
      out[n++] = *t;
  }
  return n;
}

static void tail_push(struct htmlfeat *f, const struct frame *fr,
                      uint32_t end)
{
  struct htmlfeat_work *w = f->work;
  struct tail *t;
  uint32_t s = fr->start, e = end;
  trim(f, &s, &e);
  if(s == e || e - s > TAIL_STYLED_MAX || (fr->flags & F_EXCL) ||
     (fr->open & O_BYLINE) || fr->by_child)
    return;
  t = &w->tails[w->n_tails++ % TAILS_MAX];
  t->start = s;
  t->end = e;
  t->serial = fr->serial;
  t->styled = fr->styled || (fr->chars && fr->bold * 10 >= fr->chars * 9);
}

static void density(struct htmlfeat *f, struct frame *fr, uint32_t end)
{
  struct htmlfeat_work *w = f->work;
  uint64_t score;
  if(fr->flags & F_EXCL)
    return;
  if(fr->tag == T_P) {
    w->frames[w->nf - 2].ptext += fr->chars;
    if(w->nf >= 3)
      w->frames[w->nf - 3].ptext += fr->chars / 2;
  }
  else if((fr->props & P_BLOCK) && fr->own >= OWN_PARA_MIN)
    fr->ptext += fr->own;
  if(!(fr->props & P_CAND) || !fr->ptext)
    return;
  score = (uint64_t)fr->ptext * fr->weight;
  if(score <= w->art_score)
    return;
  w->art_set = true;
  w->art_score = score;
  w->art_start = fr->start;
  w->art_end = end;
  w->art_lo = fr->serial;
  w->art_hi = w->serial;
  w->n_art_tails = tails_inside(w, fr->serial, w->art_tails);
}

static void leave(struct htmlfeat *f)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_str none = { 0, 0 };
  struct frame *fr;
  uint32_t end = (uint32_t)f->text[HTMLFEAT_BODY].len;
  if(w->deep) {
    w->deep--;
    body_space(w);
    return;
  }
  fr = top(w);
  if(fr->open & O_LINK)
    link_close(f, fr, end);
  if(fr->open & (O_ITEMPROP | O_AUTHOR | O_BYLINE)) {
    size_t n = range_text(f, fr->start, end, HTMLFEAT_VALUE_MAX);
    if((fr->open & O_ITEMPROP) && n)
      prop_attr(f, HTMLFEAT_SRC_ITEMPROP, fr->itemprop, w->scratch, none,
                fr->line);
    if((fr->open & (O_AUTHOR | O_BYLINE)) && !fr->by_child && n &&
       n <= HTMLFEAT_BYLINE_LEN_MAX) {
      bool ip = fr->open & O_AUTHOR;
      struct htmlfeat_str detail = ip ? none :
                                   pool_clean(f, fr->cls, NAME_MAX_);
      byline_add(f, ip ? HTMLFEAT_BY_ITEMPROP : HTMLFEAT_BY_CLASS,
                 w->scratch, n, detail, fr->flags & F_WHERE, fr->line,
                 fr->serial);
      fr->by_child = true;
    }
  }
  if(fr->open & O_MENU)
    menu_close(f);
  if(fr->open & O_HEADER) {
    region_add(f, HTMLFEAT_HEADER, fr->start, end);
    f->header_from |= HTMLFEAT_FROM_ELEMENT;
  }
  if(fr->open & O_FOOTER) {
    region_add(f, HTMLFEAT_FOOTER, fr->start, end);
    f->footer_from |= HTMLFEAT_FROM_ELEMENT;
    w->footer_seen = true;
    w->footer_end = end;
  }
  if(fr->open & O_ARTBODY) {
    uint32_t s = fr->start, e = end;
    trim(f, &s, &e);
    if(e > s && (!w->ib_set || e - s > w->ib_end - w->ib_start)) {
      w->ib_set = true;
      w->ib_start = s;
      w->ib_end = e;
      w->ib_lo = fr->serial;
      w->ib_hi = w->serial;
      w->n_ib_tails = tails_inside(w, fr->serial, w->ib_tails);
    }
  }
  density(f, fr, end);
  if(fr->tag == T_P || fr->tag == T_DIV) {
    tail_push(f, fr, end);
    w->blk = fr->prev_blk;
  }
  if(fr->props & P_BLOCK)
    body_break(w);
  if(fr->by_child)
    w->frames[w->nf - 2].by_child = true;
  w->nf--;
}

static void walk(struct htmlfeat *f, xmlDoc *doc)
{
  struct htmlfeat_work *w = f->work;
  xmlNode *n = doc->children;
  memset(&w->frames[0], 0, sizeof(w->frames[0]));
  w->nf = 1;
  w->deep = 0;
  w->blk = 0;
  while(n) {
    bool open = false;
    if(n->type == XML_ELEMENT_NODE)
      open = enter(f, n);
    else if(n->type == XML_TEXT_NODE)
      on_text(f, n);
    if(open && n->children) {
      n = n->children;
      continue;
    }
    if(open)
      leave(f);
    while(!n->next) {
      n = n->parent;
      if(!n || n->type != XML_ELEMENT_NODE)
        return;
      leave(f);
    }
    n = n->next;
  }
}

/* ---- parse --------------------------------------------------------- */

static void sax_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
  xmlParserCtxtPtr c = ctx;
  struct htmlfeat *f = c->_private;
  struct htmlfeat_work *w = f->work;
  w->sax_start(ctx, name, atts);
  w->parsed++;
  if(w->stop == STOP_NONE && (w->parsed >= HTMLFEAT_ELEMENTS_MAX ||
                              c->nodeNr >= HTMLFEAT_DEPTH_MAX)) {
    /* Where the parser is, in the bytes given: its UTF-8 to UTF-8
     * conversion of the (guarded, well-formed) input is the identity,
     * so offsets in its buffer are offsets in ours (xmlByteConsumed
     * gets this wrong once the input was converted in chunks). */
    xmlParserInputPtr in = c->input;
    w->stop = w->parsed >= HTMLFEAT_ELEMENTS_MAX ? STOP_ELEMENTS :
              STOP_DEPTH;
    w->stop_pos = in && in->cur >= in->base ?
                  (size_t)in->consumed + (size_t)(in->cur - in->base) : 0;
    xmlStopParser(c);
  }
}

static int parse_part(struct htmlfeat *f, const char *buf, size_t len,
                      const char *page_url, bool first)
{
  struct htmlfeat_work *w = f->work;
  htmlParserCtxtPtr c = htmlNewParserCtxt();
  xmlDoc *doc;
  if(!c || !c->sax)
    goto oom;
  c->_private = f;
  w->sax_start = c->sax->startElement;
  c->sax->startElement = sax_start;
  /* not needed: never built */
  c->sax->comment = NULL;
  c->sax->processingInstruction = NULL;
  w->stop = STOP_NONE;
  w->stop_pos = 0;
  doc = htmlCtxtReadMemory(c, buf, (int)len, NULL, "UTF-8", PARSE_OPTS);
  htmlFreeParserCtxt(c);
  if(first)
    set_base(f, page_url, doc);
  if(!doc) {
    if(first)
      f->stats.parse_failed++;
    return PP_OK;
  }
  walk(f, doc);
  xmlFreeDoc(doc);
  return PP_OK;
oom:
  if(c)
    htmlFreeParserCtxt(c);
  return PP_ENOMEM;
}

static void tail_bylines(struct htmlfeat *f, const struct tail *t,
                         uint32_t n, uint32_t art_start, uint32_t art_end)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_str none = { 0, 0 };
  uint32_t i, s = art_start, e = art_end;
  trim(f, &s, &e);
  for(i = 0; i < n; i++) {
    enum htmlfeat_byline_kind kind;
    size_t len;
    /* at the end, after some text of the article */
    if(t[i].end > art_end || art_end - t[i].end > TAIL_SLACK ||
       t[i].start <= s)
      continue;
    len = range_text(f, t[i].start, t[i].end, HTMLFEAT_BYLINE_LEN_MAX);
    if(t[i].styled)
      kind = HTMLFEAT_BY_TAIL_STYLED;
    else {
      size_t words = 1, k;
      char last = len ? w->scratch[len - 1] : '.';
      if(i != n - 1 || len > TAIL_SHORT_MAX || strchr(".!?:;,", last))
        continue;
      for(k = 0; k < len; k++)
        words += w->scratch[k] == ' ';
      if(words > TAIL_SHORT_WORDS)
        continue;
      kind = HTMLFEAT_BY_TAIL_SHORT;
    }
    byline_add(f, kind, w->scratch, len, none, 0, 0, t[i].serial);
  }
}

static void finish(struct htmlfeat *f)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_text *b = &f->text[HTMLFEAT_BODY];
  uint32_t lo = 0, hi = 0, as = 0, ae = 0, oldest;
  size_t i, before;
  bool art = false;
  if(b->len > w->line_start)
    line_done(f, w->line_start, (uint32_t)b->len);
  if(w->ib_set) {
    art = true;
    as = w->ib_start;
    ae = w->ib_end;
    lo = w->ib_lo;
    hi = w->ib_hi;
    f->article_from = HTMLFEAT_FROM_ITEMPROP;
    tail_bylines(f, w->ib_tails, w->n_ib_tails, as, ae);
  }
  else if(w->art_set) {
    art = true;
    as = w->art_start;
    ae = w->art_end;
    lo = w->art_lo;
    hi = w->art_hi;
    f->article_from = HTMLFEAT_FROM_DENSITY;
    tail_bylines(f, w->art_tails, w->n_art_tails, as, ae);
  }
  if(art) {
    region_add(f, HTMLFEAT_ARTICLE, as, ae);
    for(i = 0; i < f->n_links; i++)
      if(w->link_serial[i] >= lo && w->link_serial[i] <= hi)
        f->links[i].where |= HTMLFEAT_IN_ARTICLE;
    for(i = 0; i < f->n_bylines; i++)
      if(w->by_serial[i] && w->by_serial[i] >= lo && w->by_serial[i] <= hi)
        f->bylines[i].where |= HTMLFEAT_IN_ARTICLE;
    for(i = 0; i < f->n_attribs; i++)
      if(w->attrib_start[i] >= as && w->attrib_start[i] < ae)
        f->attribs[i].where |= HTMLFEAT_IN_ARTICLE;
  }
  /* the footer: what follows the last footer element, else the last
   * lines of the page */
  oldest = w->n_lines > HTMLFEAT_TAIL_LINES ?
           w->tail_lines[w->n_lines % HTMLFEAT_TAIL_LINES] : 0;
  before = f->text[HTMLFEAT_FOOTER].len;
  if(w->footer_seen) {
    if(b->len > w->footer_end)
      region_add(f, HTMLFEAT_FOOTER, PP_MAX(w->footer_end, oldest),
                 (uint32_t)b->len);
  }
  else if(b->len)
    region_add(f, HTMLFEAT_FOOTER, oldest, (uint32_t)b->len);
  if(f->text[HTMLFEAT_FOOTER].len > before)
    f->footer_from |= HTMLFEAT_FROM_LINES;
  if(!(f->header_from & HTMLFEAT_FROM_ELEMENT) && b->len) {
    region_add(f, HTMLFEAT_HEADER, 0,
               w->n_lines >= HTMLFEAT_HEAD_LINES ? w->head_end :
                                                   (uint32_t)b->len);
    if(f->text[HTMLFEAT_HEADER].len)
      f->header_from |= HTMLFEAT_FROM_LINES;
  }
}

static void reset(struct htmlfeat *f)
{
  struct htmlfeat_work *w = f->work;
  struct htmlfeat_str none = { 0, 0 };
  size_t i;
  for(i = 0; i < HTMLFEAT_TEXTS; i++)
    tx_reset(&f->text[i]);
  w->pool[0] = '\0';
  f->pool = w->pool;
  f->pool_len = 1;
  f->url = f->base = f->lang = f->canonical = f->amphtml = none;
  f->header_from = f->footer_from = f->article_from = 0;
  f->comment_kinds = 0;
  f->n_links = f->n_props = f->n_menus = f->n_menu_items = 0;
  f->n_bylines = f->n_attribs = f->n_comments = 0;
  memset(&f->stats, 0, sizeof(f->stats));
  w->err = PP_OK;
  w->stop = STOP_NONE;
  w->stop_pos = 0;
  w->parsed = 0;
  w->nf = 0;
  w->deep = 0;
  w->serial = 0;
  w->blk = 0;
  w->menu = -1;
  w->menu_open = false;
  w->sep = 0;
  w->body_full = false;
  w->line_start = w->line_flags = w->n_lines = w->head_end = 0;
  w->footer_seen = false;
  w->footer_end = 0;
  w->n_tails = 0;
  w->art_set = w->ib_set = false;
  w->art_score = 0;
  w->art_start = w->art_end = w->art_lo = w->art_hi = 0;
  w->ib_start = w->ib_end = w->ib_lo = w->ib_hi = 0;
  w->n_art_tails = w->n_ib_tails = 0;
  w->have_base = false;
  w->ld_nodes = w->ld_items = 0;
}

/* ---- API ----------------------------------------------------------- */

struct htmlfeat *htmlfeat_new(void)
{
  struct htmlfeat *f = pp_calloc(1, sizeof(*f));
  struct htmlfeat_work *w;
  size_t i;
  if(!f)
    return NULL;
  w = f->work = pp_calloc(1, sizeof(*w));
  if(!w)
    goto fail;
  f->links = pp_calloc(HTMLFEAT_LINKS_MAX, sizeof(*f->links));
  f->props = pp_calloc(HTMLFEAT_PROPS_MAX, sizeof(*f->props));
  f->menus = pp_calloc(HTMLFEAT_MENUS_MAX, sizeof(*f->menus));
  f->menu_items = pp_calloc(HTMLFEAT_MENU_ITEMS_MAX,
                            sizeof(*f->menu_items));
  f->bylines = pp_calloc(HTMLFEAT_BYLINES_MAX, sizeof(*f->bylines));
  f->attribs = pp_calloc(HTMLFEAT_ATTRIBS_MAX, sizeof(*f->attribs));
  f->comments = pp_calloc(HTMLFEAT_COMMENTS_MAX, sizeof(*f->comments));
  w->link_off = pp_calloc(HTMLFEAT_LINKS_MAX, sizeof(*w->link_off));
  w->link_serial = pp_calloc(HTMLFEAT_LINKS_MAX, sizeof(*w->link_serial));
  w->pool_cap = 4096;
  w->pool = pp_malloc(w->pool_cap);
  if(!f->links || !f->props || !f->menus || !f->menu_items ||
     !f->bylines || !f->attribs || !f->comments || !w->link_off ||
     !w->link_serial || !w->pool)
    goto fail;
  for(i = 0; i < HTMLFEAT_TEXTS; i++) {
    f->text[i].s = pp_malloc(256);
    if(!f->text[i].s)
      goto fail;
    f->text[i].cap = 256;
    f->text[i].s[0] = '\0';
  }
  w->tok = json_tokener_new_ex(HTMLFEAT_JSONLD_DEPTH_MAX);
  if(!w->tok)
    goto fail;
  build_indexes(w);
  xmlInitParser();
  reset(f);
  return f;
fail:
  htmlfeat_free(f);
  return NULL;
}

void htmlfeat_free(struct htmlfeat *f)
{
  size_t i;
  if(!f)
    return;
  for(i = 0; i < HTMLFEAT_TEXTS; i++)
    pp_free(f->text[i].s);
  pp_free(f->links);
  pp_free(f->props);
  pp_free(f->menus);
  pp_free(f->menu_items);
  pp_free(f->bylines);
  pp_free(f->attribs);
  pp_free(f->comments);
  if(f->work) {
    struct htmlfeat_work *w = f->work;
    pp_free(w->link_off);
    pp_free(w->link_serial);
    pp_free(w->pool);
    pp_free(w->jbuf);
    pp_free(w->g1);
    pp_free(w->g2);
    if(w->tok)
      json_tokener_free(w->tok);
    pp_free(w);
  }
  pp_free(f);
}

int htmlfeat_parse(struct htmlfeat *f, const char *html, size_t len,
                   const char *page_url)
{
  struct htmlfeat_work *w;
  const char *buf;
  size_t n = 0, off = 0;
  int rc = PP_OK;
  bool first = true;
  if(!f || (!html && len))
    return PP_EINVAL;
  w = f->work;
  reset(f);
  f->stats.in_bytes = len;
  if(!len) {
    set_base(f, page_url, NULL);
    goto done;
  }
  buf = htmlfeat_guard(f, html, len, &n);
  if(!buf)
    goto done;
  for(;;) {
    size_t pos;
    rc = parse_part(f, buf + off, n - off, page_url, first);
    first = false;
    if(rc != PP_OK || w->err || w->stop == STOP_NONE)
      break;
    pos = off + w->stop_pos;
    /* continue after the '>' of the tag that went too deep */
    if(pos < n && buf[pos] == '/')
      pos++;
    if(pos < n && buf[pos] == '>')
      pos++;
    if(w->stop == STOP_ELEMENTS)
      f->stats.elements_stop = 1;
    if(w->stop == STOP_ELEMENTS || !w->stop_pos ||
       f->stats.resumes >= HTMLFEAT_RESUMES_MAX || pos >= n) {
      f->stats.unparsed += pos < n ? n - pos : 0;
      break;
    }
    f->stats.resumes++;
    off = pos;
  }
done:
  if(rc == PP_OK && !w->err)
    finish(f);
  if(rc == PP_OK && w->err)
    rc = w->err;
  if(rc != PP_OK) {
    uint64_t in = f->stats.in_bytes;
    reset(f);
    f->stats.in_bytes = in;
  }
  return rc;
}

const struct htmlfeat_prop *htmlfeat_prop(const struct htmlfeat *f,
                                          enum htmlfeat_src src,
                                          const char *name, size_t *from)
{
  size_t i = from ? *from : 0;
  if(!f || !name)
    return NULL;
  for(; i < f->n_props; i++)
    if(f->props[i].src == src &&
       !strcasecmp(htmlfeat_s(f, f->props[i].name), name)) {
      if(from)
        *from = i + 1;
      return &f->props[i];
    }
  if(from)
    *from = f->n_props;
  return NULL;
}

const char *htmlfeat_meta(const struct htmlfeat *f, const char *name)
{
  const struct htmlfeat_prop *p;
  p = htmlfeat_prop(f, HTMLFEAT_SRC_META, name, NULL);
  if(!p)
    p = htmlfeat_prop(f, HTMLFEAT_SRC_PROPERTY, name, NULL);
  return p ? htmlfeat_s(f, p->value) : "";
}

const char *htmlfeat_schema_type(const char *s)
{
  static const char *const pre[] = {
    "http://schema.org/", "https://schema.org/", "http://www.schema.org/",
    "https://www.schema.org/", "schema:",
  };
  size_t i;
  if(!s)
    return "";
  for(i = 0; i < PP_ARRAY_LEN(pre); i++)
    if(!strncasecmp(s, pre[i], strlen(pre[i])))
      return s + strlen(pre[i]);
  return s;
}

const char *htmlfeat_text_name(enum htmlfeat_text_id id)
{
  switch(id) {
  case HTMLFEAT_TITLE: return "title";
  case HTMLFEAT_BODY: return "body";
  case HTMLFEAT_HEADER: return "header";
  case HTMLFEAT_NAV: return "nav";
  case HTMLFEAT_ARTICLE: return "article";
  case HTMLFEAT_FOOTER: return "footer";
  case HTMLFEAT_BYLINE: return "byline";
  case HTMLFEAT_ATTRIB: return "attribution";
  case HTMLFEAT_TEXTS: break;
  }
  return "?";
}

const char *htmlfeat_src_name(enum htmlfeat_src src)
{
  switch(src) {
  case HTMLFEAT_SRC_META: return "meta";
  case HTMLFEAT_SRC_PROPERTY: return "property";
  case HTMLFEAT_SRC_LINK: return "link";
  case HTMLFEAT_SRC_ITEMPROP: return "itemprop";
  case HTMLFEAT_SRC_ITEMTYPE: return "itemtype";
  case HTMLFEAT_SRC_JSONLD: return "jsonld";
  }
  return "?";
}

const char *htmlfeat_menu_kind_name(enum htmlfeat_menu_kind kind)
{
  switch(kind) {
  case HTMLFEAT_MENU_NAV: return "nav";
  case HTMLFEAT_MENU_ROLE: return "role";
  case HTMLFEAT_MENU_CLASS: return "class";
  case HTMLFEAT_MENU_BREADCRUMB: return "breadcrumb";
  case HTMLFEAT_MENU_HEADER_LIST: return "header-list";
  }
  return "?";
}

const char *htmlfeat_byline_kind_name(enum htmlfeat_byline_kind kind)
{
  switch(kind) {
  case HTMLFEAT_BY_CLASS: return "class";
  case HTMLFEAT_BY_REL: return "rel";
  case HTMLFEAT_BY_META: return "meta";
  case HTMLFEAT_BY_ITEMPROP: return "itemprop";
  case HTMLFEAT_BY_JSONLD: return "jsonld";
  case HTMLFEAT_BY_TAIL_STYLED: return "tail-styled";
  case HTMLFEAT_BY_TAIL_SHORT: return "tail-short";
  }
  return "?";
}

const char *htmlfeat_attrib_kind_name(enum htmlfeat_attrib_kind kind)
{
  switch(kind) {
  case HTMLFEAT_ATTRIB_NGUON: return "nguon";
  case HTMLFEAT_ATTRIB_NGUON_TIN: return "nguon-tin";
  case HTMLFEAT_ATTRIB_THEO: return "theo";
  case HTMLFEAT_ATTRIB_THEO_PAREN: return "theo-paren";
  case HTMLFEAT_ATTRIB_QUOTED: return "quoted";
  }
  return "?";
}

const char *htmlfeat_comment_kind_name(enum htmlfeat_comment_kind kind)
{
  switch(kind) {
  case HTMLFEAT_COMMENT_FB: return "facebook";
  case HTMLFEAT_COMMENT_DISQUS: return "disqus";
  case HTMLFEAT_COMMENT_BOX: return "box";
  case HTMLFEAT_COMMENT_FORM: return "form";
  case HTMLFEAT_COMMENT_TEXT: return "text";
  }
  return "?";
}

#ifdef PP_UNITTESTS
unsigned htmlfeat_class_bits(const struct htmlfeat *f, const char *v,
                             size_t n)
{
  return class_bits(f->work, v, n);
}
#endif
