/*
 * textnorm.h: normalization of (Vietnamese) page text for matching.
 *
 * References: Unicode UAX #15 (NFC, canonical ordering and composition,
 * Stream-Safe Text Format), The Unicode Standard 3.13 (full case
 * folding) and 3.9 (U+FFFD for maximal subparts of ill-formed UTF-8),
 * UCD White_Space and Default_Ignorable_Code_Point; Vietnamese tone-mark
 * placement per MoET Decision 1989/QD-BGDDT of 25 May 2018, Art. 8.
 *
 * All Unicode data comes from libunistring (decompositions, combining
 * classes, compositions, case folding, properties); the only hand-made
 * table is the Vietnamese syllable rule.  One pass over the input, per
 * code point:
 *
 *   UTF-8 decode   ill-formed sequences (overlong, surrogates, > U+10FFFF,
 *                  cut) become one U+FFFD per maximal subpart, counted;
 *   SPACE          White_Space and control characters: runs collapse to
 *                  one ' ' (or '\n' with LINES when the run holds a line
 *                  break: LF VT FF CR NEL LS PS), none at either end;
 *                  Default_Ignorable code points (ZWSP, ZWNJ, ZWJ, WJ,
 *                  BOM, soft hyphen, bidi controls, variation selectors)
 *                  are removed; U+00A0, U+202F, U+3000... are spaces;
 *   FOLD           full case folding (Unicode CaseFolding C+F, no
 *                  language tailoring: "I" -> "i", "Đ" -> "đ");
 *   NFC            canonical decomposition, ordering and composition
 *                  (always done); a cluster of more than
 *                  TEXTNORM_MARKS_MAX combining marks is split, as in the
 *                  Stream-Safe Text Format (counted);
 *   UNACCENT       "không dấu": every combining mark dropped after
 *                  decomposition, "đ"/"Đ" -> "d"/"D" (toà soạn -> toa
 *                  soan, Kỳ -> Ky); other letters are kept;
 *   TONE           Vietnamese tone-mark placement made canonical (below);
 *   SLUG           UNACCENT + FOLD + SPACE, and every run of characters
 *                  that are not letters or digits becomes one '-'
 *                  ("Kỳ 1: Toà soạn" -> "ky-1-toa-soan").
 *
 * Tone placement.  Vietnamese writes the tone mark on one vowel of the
 * syllable, and two conventions differ in open syllables whose vowels
 * are "oa", "oe" or "uy": the old style "hòa, khỏe, thủy" and the style
 * of MoET Decision 1989/QD-BGDDT (2018), mark on the main vowel: "hoà,
 * khoẻ, thuỷ".  The canonical form here is the 2018 one: the rule is a
 * function of the syllable's structure (main vowel), it is the form of
 * the national textbooks, and the MoET text gives it explicitly for ia,
 * ua, ưa (first letter), iê, yê, uô, ươ (second letter).  TONE maps both
 * styles (and the misspellings "qủa", "gìa") to it: only syllables that
 * parse as Vietnamese (valid onset, vowel nucleus and final) with exactly
 * one tone mark are touched; "qu" and "gi" onsets are handled ("quý",
 * "quả", "giá", "gìn" keep their mark).  Foreign words ("où", "déjà")
 * do not parse and are left alone.
 *
 * Offset map.  With TEXTNORM_MAP, map[i] is the input byte offset of the
 * unit that produced output byte i, and map[len] is the number of input
 * bytes read.  A unit is an input character together with the combining
 * marks composed onto it (one grapheme-like cluster), or a whole
 * whitespace run for its one separator.  The map never decreases.
 * textnorm_span() turns an output range into the input range of the units
 * it touches, so a match found in the normalized text can be shown as
 * the page wrote it.  (4 bytes per output byte; inputs are capped.)
 *
 * Bounded work: input over TEXTNORM_IN_MAX bytes is cut at a character
 * boundary before that size (flag cut); output is at most 3 bytes per
 * input byte (U+FFFD for a single bad byte), plus 1 per moved tone mark.
 */
#ifndef PP_TEXTNORM_H
#define PP_TEXTNORM_H

#include "pp_common.h"

#define TEXTNORM_IN_MAX (4u * 1024 * 1024)   /* input bytes normalized */
#define TEXTNORM_MARKS_MAX 30  /* combining marks ordered/composed together
                                  (UAX #15 Stream-Safe Text Format) */

enum textnorm_flag {
  TEXTNORM_FOLD = 1u << 0,      /* full case folding */
  TEXTNORM_TONE = 1u << 1,      /* canonical Vietnamese tone placement */
  TEXTNORM_UNACCENT = 1u << 2,  /* drop marks, đ -> d */
  TEXTNORM_SPACE = 1u << 3,     /* collapse spaces, drop zero-width */
  TEXTNORM_LINES = 1u << 4,     /* with SPACE: keep line breaks as '\n' */
  TEXTNORM_SLUG = 1u << 5,      /* non-alphanumeric runs -> '-' */
  TEXTNORM_MAP = 1u << 6,       /* fill the offset map (textnorm_run) */
};

/* The form page text and rule phrases are matched in. */
#define TEXTNORM_MATCH (TEXTNORM_FOLD | TEXTNORM_TONE | TEXTNORM_SPACE)
/* The unaccented form (URLs, slugs, domain labels, unaccented pages). */
#define TEXTNORM_PLAIN (TEXTNORM_FOLD | TEXTNORM_UNACCENT | TEXTNORM_SPACE)

struct textnorm {
  char *text;          /* normalized UTF-8, NUL-terminated ("" at first);
                          may hold NUL bytes when SPACE is not set */
  size_t len;          /* bytes in text */
  uint32_t *map;       /* with TEXTNORM_MAP: len + 1 input offsets */
  size_t in_len;       /* input bytes read (less than given when cut) */
  bool cut;            /* the input was over TEXTNORM_IN_MAX */
  uint32_t n_invalid;  /* ill-formed UTF-8 sequences replaced */
  uint32_t n_long;     /* mark clusters split at TEXTNORM_MARKS_MAX */
  uint32_t n_tone;     /* syllables whose tone mark was moved */
  /* private: allocated sizes, kept between runs */
  size_t cap;
  size_t map_cap;
};

/* An empty result (text "" without allocation).  NULL is a no-op. */
void textnorm_init(struct textnorm *tn);

/*
 * Normalize len bytes of UTF-8 at in (NULL only with len 0) with flags
 * (enum textnorm_flag), replacing tn's previous result; the buffers are
 * kept and reused from run to run.  PP_OK (tn->cut tells whether the
 * input was cut), PP_EINVAL (tn NULL, in NULL with len > 0, unknown
 * flags) or PP_ENOMEM (tn then holds an empty result).  Free with
 * textnorm_free.
 */
int textnorm_run(struct textnorm *tn, const void *in, size_t len,
                 unsigned flags);

/* Release tn's buffers and make it empty again; NULL is a no-op. */
void textnorm_free(struct textnorm *tn);

/*
 * Normalize into the caller's buffer out of cap bytes (no allocation, no
 * map; TEXTNORM_MAP is ignored): the result is NUL-terminated and its
 * length goes to *outlen (may be NULL).  PP_OK; PP_ELIMIT when the
 * result (or the input, over TEXTNORM_IN_MAX) did not fit: out then holds
 * the normalized text of a prefix, cut at a character boundary;
 * PP_EINVAL when out is NULL, cap is 0, in is NULL with len > 0 or a
 * flag is unknown.
 */
int textnorm_str(const void *in, size_t len, unsigned flags, char *out,
                 size_t cap, size_t *outlen);

/*
 * The input range [*in_start, *in_end) of the units behind output bytes
 * [start, end) of a result made with TEXTNORM_MAP: from the unit of the
 * first byte to the end of the unit of the last one (an empty range maps
 * to an empty range).  PP_OK, or PP_EINVAL (no map, or start > end or
 * end > len).
 */
int textnorm_span(const struct textnorm *tn, size_t start, size_t end,
                  size_t *in_start, size_t *in_end);

#ifdef PP_UNITTESTS
/* True when code point c is a starter that some primary composite has as
 * its second character (Hangul V and T jamo, some Indic vowel signs). */
bool textnorm_is_second(uint32_t c);
#endif

#endif
