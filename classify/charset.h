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

/* Decide; name (CHARSET_NAME_MAX) gets an iconv name ("UTF-8", "CP1258").
 * content_type may be NULL; fallback NULL means "CP1258".  Returns the
 * source of the decision. */
enum charset_source charset_detect(const char *content_type,
                                   const uint8_t *body, size_t len,
                                   const char *fallback, char *name);

/*
 * Convert len bytes in charset `name` to NFC UTF-8 in a new buffer
 * (*out, pp_free it), at most max_out bytes (more is cut at a character
 * boundary; *truncated set).  Invalid input bytes become U+FFFD (counted
 * in *invalid).  A BOM is dropped.  PP_OK, PP_ENOTSUP (unknown charset),
 * PP_ENOMEM.
 */
int charset_to_utf8(const char *name, const uint8_t *in, size_t len,
                    size_t max_out, uint8_t **out, size_t *out_len,
                    bool *truncated, size_t *invalid);

#endif
