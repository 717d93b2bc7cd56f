/*
 * htmlfeat.h: the regions of an HTML page that the signal engine reads.
 *
 * References: HTML Living Standard (parsing is libxml2's HTML parser in
 * recover mode: no network, no DTD, input taken as UTF-8); RFC 3986
 * section 5 (reference resolution); schema.org and JSON-LD 1.1 (the
 * @type, @graph, author, publisher properties); Open Graph protocol;
 * ../shared/docs/domain.md B1-B5 (what the regions are for).
 *
 * One parse, one walk of the tree.  libxml2 builds the tree (bounded:
 * input, element count, nesting; see htmlfeat.c), then a single
 * iterative walk collects everything below; JSON-LD is parsed with
 * json-c (size and depth capped).  Results are UTF-8, NUL-terminated,
 * with whitespace collapsed: runs of spaces become one ' ', block
 * elements (p, div, li, h1, td, br ...) produce line breaks.
 *
 * Texts (f->text[HTMLFEAT_*]), each one string:
 *   TITLE    <title>;
 *   BODY     all visible text of the body (script, style, noscript,
 *            template, svg, select, textarea, iframe content left out;
 *            img alt only in the masthead and the footer);
 *   HEADER   the masthead: <header> (not inside <article>), role=banner,
 *            elements whose id/class says header (at a class start, or
 *            site-, main-, top-, page-, global-header), masthead, logo
 *            or brand, or banner near the top of the page, with the alt
 *            text of their images; when none, the first
 *            HTMLFEAT_HEAD_LINES lines of BODY (header_from says which);
 *   NAV      menu items, one per line (items[] point into it);
 *   ARTICLE  the article body: [itemprop=articleBody], else the element
 *            whose paragraphs hold the most text (text density: a <p>
 *            credits its parent fully, its grandparent half; <article>
 *            and body-like class names weigh more, sidebars/comments
 *            less; menus, header, footer, comments never count);
 *   FOOTER   <footer> (not inside <article>), id/class footer,
 *            copyright or bottom, plus the text after the last such
 *            element; when none, the last HTMLFEAT_TAIL_LINES lines of
 *            BODY (licence footers are often plain divs);
 *   BYLINE   byline candidates, one per line (bylines[] point into it);
 *   ATTRIB   source attribution lines, one per line (attribs[]).
 *
 * Evidence: every item below is either an offset range in one of these
 * texts or a string in f->pool (struct htmlfeat_str, read with
 * htmlfeat_s()), so a match in a normalized text (textnorm with its map)
 * leads back to the region and the text as the page wrote it; items
 * also carry where they were (HTMLFEAT_IN_* bits) and the source line.
 *
 * Lists: links (every <a>/<area> href, absolute, with anchor text and
 * rel), props (meta name=, meta property= (Open Graph, article:),
 * microdata itemprop/itemtype, <link rel> targets, JSON-LD properties),
 * menus and their items (links inside <nav>, role=navigation, id/class
 * nav|menu|category|chuyen-muc|danh-muc|breadcrumb, lists in the
 * masthead), bylines, attributions, comment widgets.
 *
 * Bounded: every list and text has a cap; what does not fit is counted
 * in f->stats, never an error.  Garbage in gives an empty result and
 * PP_OK.  A struct htmlfeat is reused from page to page (its buffers
 * are kept); it is not shared between threads.
 */
#ifndef PP_HTMLFEAT_H
#define PP_HTMLFEAT_H

#include "pp_common.h"

#define HTMLFEAT_IN_MAX (8u * 1024 * 1024)   /* HTML bytes parsed */
#define HTMLFEAT_ELEMENTS_MAX 200000  /* elements parsed, then it stops */
#define HTMLFEAT_TAG_ATTRS_MAX 128    /* attributes kept in one tag */
#define HTMLFEAT_ATTRS_MAX 200000     /* attributes kept in one page */
#define HTMLFEAT_DEPTH_MAX 240        /* nesting parsed in one go: deeper
                                         content is parsed on its own */
#define HTMLFEAT_RESUMES_MAX 64       /* such restarts per page (each one
                                         parses a further part) */
#define HTMLFEAT_TEXT_MAX (2u * 1024 * 1024)     /* BODY bytes */
#define HTMLFEAT_REGION_MAX (256u * 1024)        /* any other text */
#define HTMLFEAT_POOL_MAX (4u * 1024 * 1024)     /* all item strings */
#define HTMLFEAT_HEAD_LINES 4         /* header fallback: first lines */
#define HTMLFEAT_TAIL_LINES 16        /* footer fallback: last lines */
#define HTMLFEAT_LINKS_MAX 2000
#define HTMLFEAT_LINK_TEXT_MAX 512    /* anchor text bytes kept */
#define HTMLFEAT_URL_MAX 2048         /* bytes of a resolved URL */
#define HTMLFEAT_PROPS_MAX 512
#define HTMLFEAT_VALUE_MAX 2048       /* bytes of one property value */
#define HTMLFEAT_MENUS_MAX 32
#define HTMLFEAT_MENU_ITEMS_MAX 600
#define HTMLFEAT_BYLINES_MAX 32
#define HTMLFEAT_BYLINE_LEN_MAX 160   /* longer element text: no byline */
#define HTMLFEAT_ATTRIBS_MAX 32
#define HTMLFEAT_ATTRIB_LEN_MAX 320   /* longer lines: not attributions */
#define HTMLFEAT_COMMENTS_MAX 16
#define HTMLFEAT_JSONLD_MAX 16        /* ld+json scripts parsed */
#define HTMLFEAT_JSONLD_IN_MAX (512u * 1024)  /* bytes of one script */
#define HTMLFEAT_JSONLD_DEPTH_MAX 32  /* json_tokener nesting */
#define HTMLFEAT_JSONLD_NODES_MAX 20000  /* JSON values visited per page */
#define HTMLFEAT_JSONLD_ITEMS_MAX 64  /* top-level JSON-LD items */

enum htmlfeat_text_id {
  HTMLFEAT_TITLE,
  HTMLFEAT_BODY,
  HTMLFEAT_HEADER,
  HTMLFEAT_NAV,
  HTMLFEAT_ARTICLE,
  HTMLFEAT_FOOTER,
  HTMLFEAT_BYLINE,
  HTMLFEAT_ATTRIB,
  HTMLFEAT_TEXTS
};

/* Where an item was on the page (bits). */
enum htmlfeat_where {
  HTMLFEAT_IN_HEAD = 1u << 0,      /* <head> */
  HTMLFEAT_IN_HEADER = 1u << 1,    /* the masthead */
  HTMLFEAT_IN_NAV = 1u << 2,       /* a menu */
  HTMLFEAT_IN_ARTICLE = 1u << 3,   /* the ARTICLE element */
  HTMLFEAT_IN_FOOTER = 1u << 4,    /* a footer element */
  HTMLFEAT_IN_ASIDE = 1u << 5,     /* <aside>, sidebar, related */
  HTMLFEAT_IN_COMMENTS = 1u << 6,  /* a comment box */
  HTMLFEAT_IN_ARTICLE_TAG = 1u << 7, /* any <article> element */
};

/* A string in f->pool: bytes [off, off + len), NUL-terminated; {0, 0}
 * is "". */
struct htmlfeat_str {
  uint32_t off, len;
};

/* One text: NUL-terminated UTF-8 ("" when empty). */
struct htmlfeat_text {
  char *s;
  size_t len;
  size_t cap;          /* private */
};

struct htmlfeat_link {
  struct htmlfeat_str href;  /* absolute (RFC 3986 against the page URL
                                and <base>), as an IRI: non-ASCII kept,
                                spaces and controls %-encoded; "" when
                                over HTMLFEAT_URL_MAX; as written (trimmed)
                                when there is no usable base */
  struct htmlfeat_str text;  /* anchor text, else its img alt or title */
  struct htmlfeat_str rel;   /* lower case, "" when none */
  uint32_t where;            /* HTMLFEAT_IN_* */
  uint32_t line;             /* source line (1-based; 65535 at most) */
};

enum htmlfeat_menu_kind {
  HTMLFEAT_MENU_NAV,         /* <nav> */
  HTMLFEAT_MENU_ROLE,        /* role="navigation" */
  HTMLFEAT_MENU_CLASS,       /* id/class nav, menu, category, chuyen-muc,
                                danh-muc */
  HTMLFEAT_MENU_BREADCRUMB,  /* id/class breadcrumb */
  HTMLFEAT_MENU_HEADER_LIST, /* a <ul>/<ol> inside the masthead */
};

struct htmlfeat_menu {
  enum htmlfeat_menu_kind kind;
  struct htmlfeat_str name;  /* "nav", or the id/class value */
  uint32_t first, n;         /* menu_items[first .. first + n) */
  uint32_t where;
  uint32_t line;
};

struct htmlfeat_menu_item {
  uint32_t off, len;         /* its text in text[HTMLFEAT_NAV] */
  struct htmlfeat_str href;  /* absolute */
  uint32_t menu;             /* index in menus */
  uint32_t level;            /* list nesting inside the menu: 0 top */
};

enum htmlfeat_byline_kind {
  HTMLFEAT_BY_CLASS,         /* id/class author, byline, tac-gia,
                                writer, reporter (innermost element) */
  HTMLFEAT_BY_REL,           /* <a rel=author> */
  HTMLFEAT_BY_META,          /* <meta name=author> */
  HTMLFEAT_BY_ITEMPROP,      /* microdata itemprop=author */
  HTMLFEAT_BY_JSONLD,        /* JSON-LD author / creator name */
  HTMLFEAT_BY_TAIL_STYLED,   /* short bold or right-aligned paragraph at
                                the end of the article ("Nhóm PV") */
  HTMLFEAT_BY_TAIL_SHORT,    /* very short last paragraph of the article
                                ("Minh Anh") */
};

struct htmlfeat_byline {
  enum htmlfeat_byline_kind kind;
  uint32_t off, len;         /* in text[HTMLFEAT_BYLINE] */
  struct htmlfeat_str detail;  /* the id/class that matched, JSON-LD
                                  jobTitle, or "" */
  uint32_t where;
  uint32_t line;             /* 0 when not from an element */
};

enum htmlfeat_attrib_kind {
  HTMLFEAT_ATTRIB_NGUON,     /* "Nguồn: ..." */
  HTMLFEAT_ATTRIB_NGUON_TIN, /* "Nguồn tin: ..." */
  HTMLFEAT_ATTRIB_THEO,      /* "Theo ..." */
  HTMLFEAT_ATTRIB_THEO_PAREN,/* "(Theo ...)" */
  HTMLFEAT_ATTRIB_QUOTED,    /* "Trích dẫn từ ...", "Bài viết được trích
                                dẫn / tổng hợp từ ...", "Tổng hợp từ",
                                "Nguồn tham khảo:", "Bài gốc:" */
};

struct htmlfeat_attrib {
  enum htmlfeat_attrib_kind kind;
  uint32_t off, len;         /* the whole line, in text[HTMLFEAT_ATTRIB] */
  struct htmlfeat_str href;  /* first link on the line, "" none */
  uint32_t where;            /* IN_ARTICLE when inside the article */
};

enum htmlfeat_src {
  HTMLFEAT_SRC_META,         /* <meta name=NAME content=VALUE> */
  HTMLFEAT_SRC_PROPERTY,     /* <meta property=og:type ...> (Open Graph,
                                article:, fb:, twitter: ...) */
  HTMLFEAT_SRC_LINK,         /* <link rel=NAME href=VALUE type=TYPE> */
  HTMLFEAT_SRC_ITEMPROP,     /* microdata itemprop=NAME: content,
                                datetime, href, or the element's text */
  HTMLFEAT_SRC_ITEMTYPE,     /* microdata itemtype (NAME "itemtype") */
  HTMLFEAT_SRC_JSONLD,       /* JSON-LD: NAME is a path from a top-level
                                item ("@type", "author.name",
                                "publisher.@type", "mainEntity.@type") */
};

struct htmlfeat_prop {
  enum htmlfeat_src src;
  struct htmlfeat_str name;  /* META, PROPERTY, LINK, ITEMPROP: lower
                                case; JSON-LD: as written */
  struct htmlfeat_str value; /* as written, whitespace collapsed (LINK:
                                the absolute href) */
  struct htmlfeat_str type;  /* LINK: the type attribute; else "" */
  uint32_t item;             /* JSON-LD: top-level item number */
  uint32_t line;             /* 0 for JSON-LD */
};

enum htmlfeat_comment_kind {
  HTMLFEAT_COMMENT_FB = 1u << 0,     /* fb:comments, .fb-comments, the
                                        comments plugin iframe */
  HTMLFEAT_COMMENT_DISQUS = 1u << 1, /* #disqus_thread, disqus.com */
  HTMLFEAT_COMMENT_BOX = 1u << 2,    /* id/class comment, binh-luan */
  HTMLFEAT_COMMENT_FORM = 1u << 3,   /* a textarea in a comment box or
                                        asking for comments */
  HTMLFEAT_COMMENT_TEXT = 1u << 4,   /* a short line or button saying
                                        "Bình luận", "Gửi bình luận",
                                        "Viết bình luận", "Ý kiến bạn
                                        đọc" */
};

struct htmlfeat_comment {
  enum htmlfeat_comment_kind kind;
  struct htmlfeat_str what;  /* the tag, id/class, src or text found */
  uint32_t line;
};

/* How a text region was found. */
enum htmlfeat_from {
  HTMLFEAT_FROM_NONE = 0,
  HTMLFEAT_FROM_ELEMENT = 1u << 0,   /* marked-up element(s) */
  HTMLFEAT_FROM_LINES = 1u << 1,     /* first/last lines of BODY */
  HTMLFEAT_FROM_ITEMPROP = 1u << 2,  /* ARTICLE: itemprop=articleBody */
  HTMLFEAT_FROM_DENSITY = 1u << 3,   /* ARTICLE: most paragraph text */
};

/* What was cut or left out (never an error). */
struct htmlfeat_stats {
  uint64_t in_bytes;         /* input given */
  uint64_t in_cut;           /* bytes over HTMLFEAT_IN_MAX, not parsed */
  uint32_t invalid_utf8;     /* ill-formed sequences and NUL bytes
                                made U+FFFD */
  uint32_t attrs_dropped;    /* over HTMLFEAT_TAG_ATTRS_MAX/ATTRS_MAX */
  uint32_t elements;         /* elements walked */
  uint32_t elements_stop;    /* 1: parsing stopped at ELEMENTS_MAX */
  uint32_t resumes;          /* restarts below HTMLFEAT_DEPTH_MAX */
  uint64_t unparsed;         /* bytes never parsed (element cap, too
                                many restarts) */
  uint32_t parse_failed;     /* libxml2 returned no document */
  uint64_t text_cut;         /* text bytes over a text cap */
  uint32_t pool_cut;         /* strings cut or left out: pool full */
  uint32_t values_cut;       /* values cut at their cap */
  uint32_t links_dropped;
  uint32_t urls_long;        /* hrefs over HTMLFEAT_URL_MAX */
  uint32_t urls_unresolved;  /* relative hrefs with no usable base */
  uint32_t props_dropped;
  uint32_t menus_dropped;
  uint32_t menu_items_dropped;
  uint32_t bylines_dropped;
  uint32_t attribs_dropped;
  uint32_t comments_dropped;
  uint32_t jsonld_scripts;   /* ld+json scripts seen */
  uint32_t jsonld_parsed;    /* of which parsed */
  uint32_t jsonld_errors;    /* not valid JSON (or over the depth cap) */
  uint32_t jsonld_skipped;   /* over HTMLFEAT_JSONLD_MAX or _IN_MAX */
  uint32_t jsonld_cut;       /* nodes/items over their caps */
};

struct htmlfeat_work;

struct htmlfeat {
  struct htmlfeat_text text[HTMLFEAT_TEXTS];
  const char *pool;          /* item strings (read with htmlfeat_s) */
  size_t pool_len;

  struct htmlfeat_str url;        /* the page URL given */
  struct htmlfeat_str base;       /* the base URL used ("" none) */
  struct htmlfeat_str lang;       /* <html lang>, as written */
  struct htmlfeat_str canonical;  /* <link rel=canonical>, absolute */
  struct htmlfeat_str amphtml;    /* <link rel=amphtml>, absolute */

  unsigned header_from;      /* enum htmlfeat_from bits */
  unsigned footer_from;
  unsigned article_from;
  unsigned comment_kinds;    /* enum htmlfeat_comment_kind bits found */

  struct htmlfeat_link *links;
  size_t n_links;
  struct htmlfeat_prop *props;
  size_t n_props;
  struct htmlfeat_menu *menus;
  size_t n_menus;
  struct htmlfeat_menu_item *menu_items;
  size_t n_menu_items;
  struct htmlfeat_byline *bylines;
  size_t n_bylines;
  struct htmlfeat_attrib *attribs;
  size_t n_attribs;
  struct htmlfeat_comment *comments;
  size_t n_comments;

  struct htmlfeat_stats stats;
  struct htmlfeat_work *work;     /* private */
};

/*
 * A new, empty extractor (every list allocated at its cap once), or NULL
 * when out of memory.  Also initializes libxml2 (xmlInitParser), so make
 * the first one before starting threads.  Free with htmlfeat_free.
 */
struct htmlfeat *htmlfeat_new(void);

/* Free f and everything it holds; NULL is a no-op. */
void htmlfeat_free(struct htmlfeat *f);

/*
 * Extract the regions of len bytes of HTML (UTF-8; untrusted: ill-formed
 * sequences and NUL bytes become U+FFFD, anything parses; html NULL only
 * with len 0) fetched from page_url (the absolute URL links are resolved
 * against; NULL, not absolute or not UTF-8: relative links are kept as
 * written) into f, replacing its previous result.  PP_OK (see f->stats
 * for what was cut), PP_EINVAL (f NULL, html NULL with len > 0) or
 * PP_ENOMEM (f then holds an empty result).  The strings stay valid
 * until the next call on f.
 */
int htmlfeat_parse(struct htmlfeat *f, const char *html, size_t len,
                   const char *page_url);

/* The text of a pool string; never NULL. */
static inline const char *htmlfeat_s(const struct htmlfeat *f,
                                     struct htmlfeat_str s)
{
  return f->pool ? f->pool + s.off : "";
}

/*
 * The first property from source src whose name equals name (ASCII case
 * ignored), searching from index *from (may be NULL: from 0; updated to
 * the index after the one returned, to iterate), or NULL.
 */
const struct htmlfeat_prop *htmlfeat_prop(const struct htmlfeat *f,
                                          enum htmlfeat_src src,
                                          const char *name, size_t *from);

/* The value of the first META prop named name, else of the first
 * PROPERTY prop ("" none). */
const char *htmlfeat_meta(const struct htmlfeat *f, const char *name);

/*
 * A schema.org type name without its vocabulary prefix:
 * "http://schema.org/NewsArticle", "https://schema.org/NewsArticle",
 * "schema:NewsArticle" -> "NewsArticle"; other text as given.  A pointer
 * into s.
 */
const char *htmlfeat_schema_type(const char *s);

/*
 * Resolve reference ref (ref_len bytes, as written in an href) against
 * absolute URL base (NUL-terminated) per RFC 3986 5.2, after the HTML
 * clean-up of the reference (leading/trailing spaces and controls
 * dropped, tab/CR/LF removed, '\' as '/' in http(s) paths); scheme and
 * host made lower case, spaces, controls and "<>`\"" %-encoded.  The
 * result goes to out (cap bytes, NUL-terminated), its length to *out_len
 * (may be NULL).  PP_OK; PP_EINVAL (NULL arguments, cap 0, or base not
 * absolute while ref is relative); PP_ELIMIT (result not under cap).
 */
int htmlfeat_resolve(const char *base, const char *ref, size_t ref_len,
                     char *out, size_t cap, size_t *out_len);

/* Stable names for outputs; never NULL. */
const char *htmlfeat_text_name(enum htmlfeat_text_id id);
const char *htmlfeat_src_name(enum htmlfeat_src src);
const char *htmlfeat_menu_kind_name(enum htmlfeat_menu_kind kind);
const char *htmlfeat_byline_kind_name(enum htmlfeat_byline_kind kind);
const char *htmlfeat_attrib_kind_name(enum htmlfeat_attrib_kind kind);
const char *htmlfeat_comment_kind_name(enum htmlfeat_comment_kind kind);

#ifdef PP_UNITTESTS
/* The id/class pattern classes of a value (bits of enum in htmlfeat.c). */
unsigned htmlfeat_class_bits(const struct htmlfeat *f, const char *v,
                             size_t n);
/* Make the input safe for libxml2 (see htmlfeat.c); returns the bytes
 * to parse (in, or a copy in the work buffers) and their length. */
const char *htmlfeat_guard(struct htmlfeat *f, const char *in, size_t len,
                           size_t *out_len);
#endif

#endif
