/*
 * charset.h: the character set of a fetched page, and its conversion to
 * UTF-8 (NFC) for classification.  The raw bytes stay in the WARC file.
 *
 * Detection order (like browsers, HTML Standard 13.2.3): a byte order mark;
 * the charset parameter of the HTTP Content-Type; a <meta charset> or
 * <meta http-equiv="Content-Type"> in the first CHARSET_SNIFF_MAX bytes
 * (a bounded scan, no full HTML parse); else valid UTF-8 means UTF-8, and
 * other bytes the fallback (windows-1258, the Vietnamese Windows code
 * page; configurable).  Labels are normalized to iconv names through the
 * WHATWG Encoding Standard label table (e.g. "latin1" and "iso-8859-1"
 * mean windows-1252).  Legacy Vietnamese encodings that iconv knows
 * (windows-1258, VISCII, TCVN5712-1) are converted; windows-1258's
 * combining tone marks are composed (NFC).
 *
 * Choices: WHATWG's "replacement" labels (iso-2022-kr, iso-2022-cn, ...)
 * and x-user-defined are not in the table: the first two reach iconv as
 * written (we classify text, we do not render it, so decoding them is
 * harmless), x-user-defined is unknown.  "vn3" is not accepted: glibc's
 * TCVN5712-1 is the VN1 repertoire and we do not claim VN3 bytes decode
 * the same.  A page whose HTTP header lies (says UTF-8, sends
 * windows-1258) is decoded as the header says, as browsers do; its
 * invalid bytes become U+FFFD and are counted, so the caller can see it.
 */
#ifndef PP_CHARSET_H
#define PP_CHARSET_H

#include "pp_common.h"

#define CHARSET_SNIFF_MAX 4096
#define CHARSET_NAME_MAX 40

enum charset_source {
  CHARSET_FROM_BOM,
  CHARSET_FROM_HTTP,
  CHARSET_FROM_META,
  CHARSET_FROM_GUESS,       /* valid UTF-8, or the fallback */
};

/*
 * Decide; name (CHARSET_NAME_MAX bytes) gets an iconv name ("UTF-8",
 * "CP1258").  content_type (the HTTP field value, untrusted) may be NULL;
 * its first "charset" parameter counts (quoted or not, any case).  body
 * may be NULL when len is 0.  A label nobody knows (not in the WHATWG
 * table, not accepted by iconv) is ignored and the next source is asked.
 * A <meta> naming UTF-16 means UTF-8 (HTML Standard: a page that can say
 * so in ASCII is not UTF-16).  fallback NULL means "CP1258"; it goes
 * through charset_label() too (unknown: "CP1258").  Returns the source
 * of the decision.
 */
enum charset_source charset_detect(const char *content_type,
                                   const uint8_t *body, size_t len,
                                   const char *fallback, char *name);

/*
 * The iconv name of an encoding label (len bytes, untrusted): ASCII
 * blanks around it dropped, then the WHATWG Encoding Standard's label
 * table (case-insensitive; only encodings iconv has; "latin1",
 * "iso-8859-1", "ascii" mean CP1252, "utf-16" means UTF-16LE, ...), plus
 * the Vietnamese encodings WHATWG lacks: "viscii", "csviscii" (VISCII)
 * and "tcvn", "tcvn-5712", "tcvn5712-1", "tcvn5712-1:1993",
 * "x-viet-tcvn5712" (TCVN5712-1).  Any other label of at most
 * CHARSET_NAME_MAX - 1 characters from [A-Za-z0-9._:+()-] that iconv
 * accepts is returned as written.  True and name (CHARSET_NAME_MAX) set,
 * or false.
 */
bool charset_label(const char *label, size_t len, char *name);

/*
 * Convert len bytes in charset `name` (an iconv name, as charset_detect
 * and charset_label give) to NFC UTF-8 in a new buffer (*out, pp_free
 * it; NUL-terminated, the NUL not counted in *out_len), at most max_out
 * bytes: more is cut at a character boundary, before any combining
 * marks of the last character kept, and *truncated set.  Work is bounded
 * by max_out too: conversion stops after about 2 * max_out bytes of
 * output whatever len is.  Invalid input becomes U+FFFD: each invalid
 * sequence costs one code unit (one byte; two in UTF-16) and one U+FFFD,
 * a sequence cut by the end of the input one U+FFFD; *invalid counts
 * them.  A BOM matching the charset is dropped.  truncated and invalid
 * may be NULL.  PP_OK, PP_EINVAL (NULL name, out or out_len; in NULL
 * with len > 0), PP_ENOTSUP (unknown charset), PP_ENOMEM (nothing
 * returned).
 */
int charset_to_utf8(const char *name, const uint8_t *in, size_t len,
                    size_t max_out, uint8_t **out, size_t *out_len,
                    bool *truncated, size_t *invalid);

/* A row of the label table (in the header for tests only). */
struct charset_alias {
  const char *label;      /* lower case */
  const char *iconv;      /* iconv name */
};

#ifdef PP_UNITTESTS
const struct charset_alias *charset_aliases(size_t *n);
/* The first charset parameter of a Content-Type value into label (size
 * bytes); false when there is none or it does not fit. */
bool charset_ct_param(const char *ct, char *label, size_t size);
/* The HTML Standard's prescan over body[0..len): true and the iconv name
 * (CHARSET_NAME_MAX) of the first usable <meta> declaration. */
bool charset_meta_prescan(const uint8_t *body, size_t len, char *name);
/* The code point ranges NFC leaves alone (the quick check's). */
size_t charset_nfc_stable_ranges(uint32_t *lo, uint32_t *hi, size_t cap);
#endif

#endif
