/*
 * acmatch.h: multi-pattern byte-string matcher (Aho-Corasick automaton).
 *
 * Reference: A. V. Aho and M. J. Corasick, "Efficient string matching: an
 * aid to bibliographic search", CACM 18(6), 1975.  Word characters for
 * AC_WORD_BOUNDARY: Unicode general categories L, M and N (UAX #44) of
 * UTF-8 (RFC 3629) text.
 *
 * Every phrase of every rule is added once; the compiled automaton then
 * finds all of them in one pass over a page's normalized text, at a cost
 * per byte that does not grow with the number of phrases.
 *
 *   struct ac *ac = ac_new();
 *   ac_add(ac, "tòa soạn", strlen("tòa soạn"), 17, AC_WORD_BOUNDARY);
 *   ...
 *   ac_compile(ac);                 (from here on: read-only)
 *   ac_scan(ac, text, len, AC_SCAN_ALL, on_match, user);   (any thread)
 *   ac_free(ac);
 *
 * Patterns are byte strings (the UTF-8 of already normalized text); the
 * matcher itself does no case folding or normalization.  Positions given
 * to the callback are byte offsets into the scanned text: the match is
 * text[start, end).
 *
 * Building is single-threaded.  After a successful ac_compile() nothing
 * writes to the automaton again, so any number of threads may call
 * ac_scan(), ac_memory() and ac_stats() on it at the same time.
 */
#ifndef PP_ACMATCH_H
#define PP_ACMATCH_H

#include "pp_common.h"

/* Caps (ac_add returns PP_ELIMIT past them).  They bound the memory: at
 * most AC_PATTERN_BYTES_MAX + 1 states, compiled into the dense table
 * (ac_set_dense_limit) and about 20 bytes a state and 21 a pattern
 * besides; while ac_compile runs, about 40 bytes a state more. */
#define AC_PATTERNS_MAX (1u << 18)          /* patterns per automaton */
#define AC_PATTERN_BYTES_MAX (1u << 22)     /* sum of pattern lengths */
#define AC_PATTERN_LEN_MAX 1024u            /* bytes in one pattern */

/* Dense (full-row) transition table: default size and largest setting. */
#define AC_DENSE_DEFAULT (8u << 20)
#define AC_DENSE_MAX (1u << 30)

/* ac_add flags. */
#define AC_WORD_BOUNDARY 0x1u   /* no word character just before or after */

/* ac_scan modes. */
#define AC_SCAN_ALL 0u                /* every match, overlapping too */
#define AC_SCAN_LEFTMOST_LONGEST 1u   /* non-overlapping, leftmost-longest */

struct ac;

/*
 * Called once per match: id as given to ac_add, the match is
 * text[start, end).  Return 0 to go on; any other value stops the scan and
 * becomes ac_scan's return value (a negative pp_err, say PP_ELIMIT, or a
 * positive value of the caller's own).
 */
typedef int (*ac_match_fn)(void *user, uint32_t id, size_t start,
                           size_t end);

struct ac_stats {
  size_t patterns;      /* added */
  size_t states;        /* trie nodes, root included (0 before compile) */
  size_t dense_states;  /* of those, with a full transition row */
  size_t classes;       /* byte classes, the class of unused bytes too */
  size_t max_len;       /* longest pattern */
  size_t memory;        /* bytes held, as ac_memory() */
};

/* An empty automaton, still open for ac_add; NULL on ENOMEM.  The caller
 * frees it with ac_free. */
struct ac *ac_new(void);

/* Free everything; NULL ok. */
void ac_free(struct ac *ac);

/*
 * Add one pattern: len bytes at pat (copied), reported as id, flags 0 or
 * AC_WORD_BOUNDARY.  Two patterns with the same bytes are both kept and
 * both reported, also with the same id.
 * Returns PP_OK; PP_EINVAL for ac or pat NULL, len 0, unknown flags or an
 * automaton already compiled; PP_ELIMIT past AC_PATTERN_LEN_MAX,
 * AC_PATTERNS_MAX or AC_PATTERN_BYTES_MAX; PP_ENOMEM.  On error nothing
 * was added.
 */
int ac_add(struct ac *ac, const void *pat, size_t len, uint32_t id,
           unsigned flags);

/*
 * Bytes the dense transition table may take (default AC_DENSE_DEFAULT).
 * States nearest the root get a full row each (4 bytes per byte class)
 * while the table stays within this; the deeper ones keep their children
 * in a sorted list and a failure link.  0 gives the root alone a row.
 * Only changes speed and memory, never results.  Before ac_compile only.
 * PP_OK, PP_EINVAL (ac NULL, compiled, or bytes > AC_DENSE_MAX).
 */
int ac_set_dense_limit(struct ac *ac, size_t bytes);

/*
 * Build the automaton from the patterns added (none is fine: nothing ever
 * matches).  Afterwards the automaton is read-only: ac_add refuses, the
 * pattern bytes are released.  PP_OK; PP_EINVAL (ac NULL or compiled
 * already); PP_ENOMEM, the automaton then unchanged and still open (the
 * call may be repeated).
 */
int ac_compile(struct ac *ac);

/*
 * Find the patterns in text[0, len) (text may be NULL when len is 0) and
 * call cb for each match.
 *
 * AC_SCAN_ALL: every occurrence of every pattern, overlapping and nested
 * ones too, in order of end; at the same end the longer first; patterns
 * with the same bytes in the order they were added.
 * AC_SCAN_LEFTMOST_LONGEST: from the start of the text on, the match that
 * starts first and, among those, the longest; then the same from its end
 * on.  Every pattern with exactly those bytes is reported (in the order
 * added); matches never overlap.  Word-boundary patterns whose boundary
 * test fails do not count as matches in either mode.
 *
 * A word character is a letter, mark or digit (Unicode general category
 * L, M or N) decoded from the UTF-8 around the match: ASCII letters and
 * digits, "ạ", "đ", "ư"... are word characters; space, ASCII punctuation
 * and multi-byte punctuation or spaces (NBSP, "…", "“", "–") are not.
 * Bytes that do not decode as UTF-8 count as word characters (a pattern
 * cut inside a character never sits at a word boundary).
 *
 * Returns PP_OK, the callback's non-zero value, or PP_EINVAL (ac NULL or
 * not compiled, cb NULL, text NULL with len > 0, unknown mode).  Never
 * allocates (about 21 KB of stack); safe from several threads at once;
 * the callback must not free the automaton.
 */
int ac_scan(const struct ac *ac, const void *text, size_t len,
            unsigned mode, ac_match_fn cb, void *user);

/* Bytes held by the automaton (before compile: the pattern store); 0 for
 * NULL. */
size_t ac_memory(const struct ac *ac);

/* Sizes of the automaton into *st (zeroes for ac NULL). */
void ac_stats(const struct ac *ac, struct ac_stats *st);

/* Is there a word character (as AC_WORD_BOUNDARY means it) just before
 * text[start] / just at text[end]?  For callers that check one edge of a
 * match themselves. */
bool ac_word_left(const uint8_t *text, size_t len, size_t start);
bool ac_word_right(const uint8_t *text, size_t len, size_t end);

#ifdef PP_UNITTESTS
/* Bytes per lane of the interleaved scan; 0: the default.  Any value
 * gives the same results. */
extern size_t ac_lane_bytes;
/* Is text[0, len) free of a word character just before pos (pos 0: yes)
 * and just after end (end == len: yes)? */
bool ac_boundary_ok(const uint8_t *text, size_t len, size_t start,
                    size_t end);
#endif

#endif
