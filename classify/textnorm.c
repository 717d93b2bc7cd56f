/*
 * textnorm.c: NFC, case folding, Vietnamese tone placement, unaccented
 * form, whitespace collapse and offset map (see textnorm.h).
 *
 * Reference: Unicode UAX #15 1.3 and 3 (canonical composition algorithm,
 * blocked characters), 13 (Stream-Safe Text Format); The Unicode Standard
 * 3.9 (U+FFFD substitution of maximal subparts), 3.13 (case folding);
 * MoET Decision 1989/QD-BGDDT (2018), Art. 8 (tone placement).
 *
 * Pipeline.  Input code points are decomposed (NFD), folded and decomposed
 * again (the order of u8_casefold with UNINORM_NFC: NFC(fold(NFD(x)))),
 * and gathered into a cluster: one starter and the combining marks after
 * it.  A cluster is closed when the next starter arrives, unless that
 * starter composes with the cluster's last character (Hangul V/T jamo,
 * some Indic vowel signs: "composition seconds", found once by scanning
 * libunistring's decompositions), then reordered by combining class,
 * composed and emitted.  Code points of the common Latin, Greek,
 * Cyrillic and punctuation blocks have their decomposed, folded and
 * composed forms computed once (first use, pthread_once) in a table.
 *
 * Speed: NFC text is mostly runs of ASCII and precomposed letters, and a
 * mark rarely follows.  So ASCII runs are copied in a tight loop, and a
 * table letter is emitted at once in its composed form; when a mark (or
 * a composing starter) does follow, the unit just emitted is taken back
 * (pop) and becomes an open cluster again.  This gives the same result
 * as the general path, which the unit tests and the fuzz target check
 * against libunistring's whole-string u8_normalize and u8_casefold.
 *
 * Emitted characters are grouped into words (runs of letters); when a
 * word's letters show a tone mark that may sit on the wrong vowel
 * ("hòa": marked o then a), the word is parsed as a Vietnamese syllable
 * at its end and rewritten with the mark on its main vowel.
 */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>

#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"
#include "textnorm.h"

#define DMAX 6          /* decomposed + folded code points of one input
                           code point (4 in Unicode 14: U+1F82) */
#define CMAX DMAX       /* composed form of a simple code point */
#define CL_MAX 40       /* code points held in one cluster */
#define WORD_LETTERS_MAX 8  /* longest Vietnamese syllable: "nghiêng" 7 */
#define SECOND_SCAN_END 0x20000u  /* composites in planes 0 and 1 */
#define YPOGEGRAMMENI 0x0345u

/* Table range: U+0000-058F (ASCII, Latin-1, Latin Extended A/B, IPA,
 * modifiers, combining marks, Greek, Cyrillic, Armenian) and U+1E00-206F
 * (Latin Extended Additional: the Vietnamese letters; Greek Extended;
 * General Punctuation: spaces and zero-width characters). */
#define TAB_LO_END 0x590u
#define TAB_HI_START 0x1E00u
#define TAB_HI_END 0x2070u
#define TAB_N (TAB_LO_END + TAB_HI_END - TAB_HI_START)

enum {
  CI_SPACE = 1u << 1,    /* White_Space */
  CI_LINE = 1u << 2,     /* a line break */
  CI_CTRL = 1u << 3,     /* general category Cc */
  CI_IGNORE = 1u << 4,   /* Default_Ignorable_Code_Point */
  CI_LETTER = 1u << 5,   /* Alphabetic */
  CI_DIGIT = 1u << 6,    /* Nd */
  CI_MARK = 1u << 7,     /* general category M */
  CI_VIET = 1u << 9,     /* ASCII letter with Vietnamese marks only */
  CI_STROKE = 1u << 10,  /* đ, Đ */
};

struct cpinfo {
  uint16_t flags;
  uint8_t ccc;
  uint8_t nd[2];         /* [fold]: code points in d */
  uint8_t nc[2];         /* [fold]: code points in c; 0: not simple */
  char vbase;            /* CI_VIET: the ASCII base letter, case kept */
  uint8_t vq;            /* CI_VIET: quality mark (Q_*), 0 none */
  uint8_t vt;            /* CI_VIET: tone mark (T_*), 0 none */
  uint32_t d[2][DMAX];   /* [fold]: NFD(fold(NFD(cp))) or NFD(cp) */
  uint32_t c[2][CMAX];   /* [fold]: composed d when the code point is
                            "simple": one starter (not a composition
                            second) followed by marks only */
  uint32_t u[2];         /* [fold]: the unaccented form when it is one
                            starter (not a composition second), else 0 */
};

/* Vietnamese marks: vowel quality and the five tones (hand-made: the
 * tone rule is the one thing libunistring cannot know). */
enum { Q_NONE, Q_CIRC, Q_BREVE, Q_HORN };
static const uint32_t q_mark[] = { 0, 0x0302, 0x0306, 0x031B };
enum { T_NONE, T_GRAVE, T_ACUTE, T_HOOK, T_TILDE, T_DOT };
static const uint32_t t_mark[] = { 0, 0x0300, 0x0301, 0x0309, 0x0303,
                                   0x0323 };

static struct cpinfo tab[TAB_N];
static uint16_t aflags[0x80];   /* tab[c].flags of ASCII, packed */
static uint64_t second_bits[SECOND_SCAN_END / 64];
static pthread_once_t tab_once = PTHREAD_ONCE_INIT;

static inline int tab_index(uint32_t cp)
{
  if(cp < TAB_LO_END)
    return (int)cp;
  if(cp >= TAB_HI_START && cp < TAB_HI_END)
    return (int)(TAB_LO_END + cp - TAB_HI_START);
  return -1;
}

UNITTEST bool textnorm_is_second(uint32_t c)
{
  return c < SECOND_SCAN_END && (second_bits[c / 64] >> (c % 64) & 1);
}

static inline uint8_t ccc_of(uint32_t c)
{
  int i = tab_index(c);
  if(i >= 0)
    return tab[i].ccc;
  return (uint8_t)uc_combining_class(c);
}

/* Full canonical decomposition of c appended to out[*n..max); false when
 * it does not fit. */
static bool decompose(uint32_t c, uint32_t *out, size_t *n, size_t max)
{
  ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
  int k = uc_canonical_decomposition(c, d), i;
  if(k < 0) {
    if(*n >= max)
      return false;
    out[(*n)++] = c;
    return true;
  }
  for(i = 0; i < k; i++)
    if(!decompose(d[i], out, n, max))
      return false;
  return true;
}

/* Canonical ordering: stable sort of each run of marks by class. */
static void reorder(uint32_t *s, size_t n)
{
  size_t i, j;
  for(i = 1; i < n; i++) {
    uint32_t c = s[i];
    uint8_t cc = ccc_of(c);
    if(!cc)
      continue;
    for(j = i; j > 0; j--) {
      uint8_t pc = ccc_of(s[j - 1]);
      if(!pc || pc <= cc)
        break;
      s[j] = s[j - 1];
    }
    s[j] = c;
  }
}

/* UAX #15 canonical composition of s[0..*n), in place: a character
 * composes with the last starter unless a character between them has a
 * combining class of 0 or not lower than its own (it is blocked). */
static void compose(uint32_t *s, size_t *n)
{
  size_t i, out = 1, starter = 0;
  bool have = ccc_of(s[0]) == 0;   /* text may start with marks */
  int last_cc = 0;
  if(*n < 2)
    return;
  for(i = 1; i < *n; i++) {
    uint32_t c = s[i], comp;
    int cc = ccc_of(c);
    if(have && (last_cc < cc || last_cc == 0) &&
       (comp = uc_composition(s[starter], c)) != 0) {
      s[starter] = comp;
      continue;
    }
    if(cc == 0) {
      starter = out;
      have = true;
    }
    last_cc = cc;
    s[out++] = c;
  }
  *n = out;
}

/*
 * Order, fold what folding left for now, compose.  U+0345 COMBINING
 * GREEK YPOGEGRAMMENI is the one mark that case folding changes (into
 * the starter U+03B9); u8_casefold folds after canonical ordering, so it
 * is folded here, after ordering (being of class 240, the highest, it is
 * last in its run of marks and nothing has to move again).
 */
static void finish(uint32_t *s, size_t *n, int fold)
{
  size_t i;
  reorder(s, *n);
  if(fold)
    for(i = 0; i < *n; i++)
      if(s[i] == YPOGEGRAMMENI)
        s[i] = 0x03B9;
  compose(s, n);
}

/* Fold one code point (full folding) into out; its length, 0 if none. */
static size_t fold_cp(uint32_t c, uint32_t *out, size_t max)
{
  uint32_t buf[8], *res;
  size_t n = PP_ARRAY_LEN(buf), k;
  /* U+0345 stays a mark until its cluster is ordered (see finish) */
  if(c == YPOGEGRAMMENI || !uc_is_property_changes_when_casefolded(c)) {
    out[0] = c;
    return 1;
  }
  res = u32_casefold(&c, 1, NULL, NULL, buf, &n);
  if(!res)                    /* no memory inside libunistring: keep c */
    n = 0;
  for(k = 0; k < n && k < max; k++)
    out[k] = res[k];
  if(res && res != buf)
    free(res);                /* libunistring's own allocation */
  if(k < n || !n) {
    out[0] = c;
    return 1;
  }
  return k;
}

/* Vietnamese letter information from the NFD form of c. */
static void viet_info(uint32_t c, const uint32_t *d, size_t nd,
                      struct cpinfo *ci)
{
  size_t i, k;
  uint8_t q = 0, t = 0;
  if(c == 0x111 || c == 0x110) {
    ci->flags |= CI_VIET | CI_STROKE;
    ci->vbase = c == 0x111 ? 'd' : 'D';
    return;
  }
  if(!nd || d[0] >= 0x80 || !((d[0] | 0x20) >= 'a' && (d[0] | 0x20) <= 'z'))
    return;
  for(i = 1; i < nd; i++) {
    for(k = 1; k < PP_ARRAY_LEN(q_mark) && q_mark[k] != d[i]; k++)
      ;
    if(k < PP_ARRAY_LEN(q_mark) && !q) {
      q = (uint8_t)k;
      continue;
    }
    for(k = 1; k < PP_ARRAY_LEN(t_mark) && t_mark[k] != d[i]; k++)
      ;
    if(k < PP_ARRAY_LEN(t_mark) && !t) {
      t = (uint8_t)k;
      continue;
    }
    return;                   /* another mark: not a Vietnamese letter */
  }
  ci->flags |= CI_VIET;
  ci->vbase = (char)d[0];
  ci->vq = q;
  ci->vt = t;
}

static void compute_info(uint32_t c, struct cpinfo *ci)
{
  uint32_t base[DMAX];
  size_t nb = 0, i, f;
  memset(ci, 0, sizeof(*ci));
  ci->ccc = (uint8_t)uc_combining_class(c);
  if(uc_is_property_white_space(c))
    ci->flags |= CI_SPACE;
  if((c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029)
    ci->flags |= CI_LINE;
  if(uc_is_general_category(c, UC_CATEGORY_Cc))
    ci->flags |= CI_CTRL;
  if(uc_is_property_default_ignorable_code_point(c))
    ci->flags |= CI_IGNORE;
  if(uc_is_property_alphabetic(c))
    ci->flags |= CI_LETTER;
  if(uc_is_general_category(c, UC_CATEGORY_Nd))
    ci->flags |= CI_DIGIT;
  if(uc_is_general_category(c, UC_CATEGORY_M))
    ci->flags |= CI_MARK;
  if(!decompose(c, base, &nb, DMAX)) {
    base[0] = c;              /* cannot happen in Unicode 14 (max 4) */
    nb = 1;
  }
  viet_info(c, base, nb, ci);
  memcpy(ci->d[0], base, nb * sizeof(base[0]));
  ci->nd[0] = (uint8_t)nb;
  /* folded: NFD(fold(NFD(c))) */
  for(i = 0; i < nb; i++) {
    uint32_t fo[DMAX];
    size_t nf = fold_cp(base[i], fo, DMAX), j, n = ci->nd[1];
    for(j = 0; j < nf; j++)
      if(!decompose(fo[j], ci->d[1], &n, DMAX))
        break;
    if(j < nf) {              /* too long (cannot happen): no folding */
      memcpy(ci->d[1], base, nb * sizeof(base[0]));
      ci->nd[1] = (uint8_t)nb;
      break;
    }
    ci->nd[1] = (uint8_t)n;
  }
  for(f = 0; f < 2; f++) {
    uint32_t s[DMAX];
    size_t n = ci->nd[f];
    bool simple = n > 0 && uc_combining_class(ci->d[f][0]) == 0 &&
                  !textnorm_is_second(ci->d[f][0]);
    for(i = 1; simple && i < n; i++)
      if(!uc_combining_class(ci->d[f][i]))
        simple = false;
    if(!simple)
      continue;
    memcpy(s, ci->d[f], n * sizeof(s[0]));
    finish(s, &n, (int)f);
    memcpy(ci->c[f], s, n * sizeof(s[0]));
    ci->nc[f] = (uint8_t)n;
  }
  for(f = 0; f < 2; f++) {
    uint32_t u = 0;
    for(i = 0; i < ci->nd[f]; i++) {
      uint32_t d = ci->d[f][i];
      if(uc_combining_class(d))
        continue;             /* dropped */
      if(u) {
        u = 0;                /* two starters ("ss"): not simple */
        break;
      }
      u = d == 0x111 ? 'd' : d == 0x110 ? 'D' : d;
    }
    if(u && !textnorm_is_second(u))
      ci->u[f] = u;
  }
}

static void syllable_keys(void);

static void build_tables(void)
{
  uint32_t c;
  ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH];
  for(c = 0; c < SECOND_SCAN_END; c++) {
    if(uc_canonical_decomposition(c, d) == 2 &&
       uc_combining_class(d[1]) == 0 && d[1] < SECOND_SCAN_END)
      second_bits[d[1] / 64] |= (uint64_t)1 << (d[1] % 64);
  }
  /* ccc of the table range first: compose() in compute_info uses it */
  for(c = 0; c < TAB_HI_END; c++) {
    int i = tab_index(c);
    if(i >= 0)
      tab[i].ccc = (uint8_t)uc_combining_class(c);
  }
  for(c = 0; c < TAB_HI_END; c++) {
    int i = tab_index(c);
    if(i >= 0)
      compute_info(c, &tab[i]);
  }
  for(c = 0; c < 0x80; c++)
    aflags[c] = tab[c].flags;
  syllable_keys();
}

static void tables_ready(void)
{
  (void)pthread_once(&tab_once, build_tables);
}

static inline const struct cpinfo *info_of(uint32_t c, struct cpinfo *tmp)
{
  int i = tab_index(c);
  if(i >= 0)
    return &tab[i];
  compute_info(c, tmp);
  return tmp;
}

/* ---- output --------------------------------------------------------- */

struct vl {                   /* the previous letter of the word */
  char b;                     /* lower-case ASCII base, 0: not Vietnamese */
  bool t;                     /* carries a tone mark */
  bool q;                     /* carries a quality mark */
  size_t pos;                 /* its first byte in the output */
};

struct st {
  struct textnorm *tn;        /* growable output, or NULL (fixed) */
  char *buf;
  size_t len, cap;            /* cap: bytes, one kept for the NUL */
  uint32_t *map;              /* NULL: no map */
  int err;                    /* PP_OK, PP_ENOMEM or PP_ELIMIT (sticky) */
  unsigned flags;
  int fold;                   /* index into cpinfo's [fold] arrays */
  bool track;                 /* words are tracked (TONE or SLUG) */
  bool unaccent;
  /* the open cluster: one starter and its marks, not yet emitted */
  uint32_t cl[CL_MAX];
  size_t ncl, marks;
  uint32_t cl_src;
  /* the last unit emitted eagerly, taken back when a mark follows */
  bool undo;
  const struct cpinfo *undo_ci;
  size_t undo_pos;
  uint32_t undo_src;
  size_t put_pos;             /* where emit() put its character */
  /* a separator waiting for the next character */
  char pend;
  uint32_t pend_src;
  /* the current word */
  bool in_word, word_fix;
  size_t word_start;
  struct vl p1;
  uint32_t n_tone, n_long, n_invalid;
};

static bool grow(struct st *st, size_t need)
{
  struct textnorm *tn = st->tn;
  size_t cap = st->cap ? st->cap : 64;
  char *nb;
  while(cap < need)
    cap *= 2;
  nb = pp_realloc(tn->text, cap);
  if(!nb)
    return false;
  tn->text = nb;
  st->buf = nb;
  tn->cap = cap;
  if(st->map) {
    uint32_t *nm = pp_realloc(tn->map, cap * sizeof(*nm));
    if(!nm)
      return false;           /* map_cap < cap: the next run reallocates */
    tn->map = nm;
    st->map = nm;
    tn->map_cap = cap;
  }
  st->cap = cap;
  return true;
}

/* Room for n more bytes (and the NUL, and map[len]). */
static inline bool room(struct st *st, size_t n)
{
  if(pp_likely(st->len + n < st->cap))
    return true;
  if(st->err)
    return false;
  if(!st->tn) {
    st->err = PP_ELIMIT;
    return false;
  }
  if(!grow(st, st->len + n + 1)) {
    st->err = PP_ENOMEM;
    return false;
  }
  return true;
}

static inline void put_byte(struct st *st, char c, uint32_t src)
{
  if(!room(st, 1))
    return;
  st->buf[st->len] = c;
  if(st->map)
    st->map[st->len] = src;
  st->len++;
}

static size_t utf8_len(uint32_t c)
{
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

static void put_cp(struct st *st, uint32_t c, uint32_t src)
{
  size_t n = utf8_len(c), i;
  char *p;
  if(!room(st, n))
    return;
  p = st->buf + st->len;
  switch(n) {
  case 1:
    p[0] = (char)c;
    break;
  case 2:
    p[0] = (char)(0xC0 | c >> 6);
    p[1] = (char)(0x80 | (c & 0x3F));
    break;
  case 3:
    p[0] = (char)(0xE0 | c >> 12);
    p[1] = (char)(0x80 | (c >> 6 & 0x3F));
    p[2] = (char)(0x80 | (c & 0x3F));
    break;
  default:
    p[0] = (char)(0xF0 | c >> 18);
    p[1] = (char)(0x80 | (c >> 12 & 0x3F));
    p[2] = (char)(0x80 | (c >> 6 & 0x3F));
    p[3] = (char)(0x80 | (c & 0x3F));
    break;
  }
  if(st->map)
    for(i = 0; i < n; i++)
      st->map[st->len + i] = src;
  st->len += n;
}

/*
 * UTF-8 decoding of the next code point (Unicode 3.9, Table 3-7); an
 * ill-formed sequence yields U+FFFD and consumes its maximal subpart.
 */
static uint32_t next_cp(struct pp_rd *r, bool *bad)
{
  uint8_t b0 = rd_u8(r), lo = 0x80, hi = 0xBF;
  uint32_t c;
  unsigned need;
  if(b0 < 0x80)
    return b0;
  if(b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    c = b0 & 0x1F;
  }
  else if(b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    c = b0 & 0x0F;
    if(b0 == 0xE0)
      lo = 0xA0;
    else if(b0 == 0xED)
      hi = 0x9F;             /* no surrogates */
  }
  else if(b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    c = b0 & 0x07;
    if(b0 == 0xF0)
      lo = 0x90;
    else if(b0 == 0xF4)
      hi = 0x8F;             /* nothing over U+10FFFF */
  }
  else {
    *bad = true;
    return 0xFFFD;
  }
  while(need--) {
    uint8_t b = rd_peek(r, 0);
    if(b < lo || b > hi) {    /* also at the end: rd_peek gives 0 */
      *bad = true;
      return 0xFFFD;
    }
    rd_skip(r, 1);
    c = c << 6 | (b & 0x3Fu);
    lo = 0x80;
    hi = 0xBF;
  }
  return c;
}

/* ---- Vietnamese tone placement ---------------------------------------- */

static bool is_vowel(char b)
{
  return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' ||
         b == 'y';
}

/* One code per vowel: a ă â e ê i o ô ơ u ư y -> a W A e E i o O P u U y
 * (upper case: the vowel carries a quality mark). */
static char vowel_code(char b, uint8_t q)
{
  if(!q)
    return b;
  if(b == 'a')
    return q == Q_CIRC ? 'A' : q == Q_BREVE ? 'W' : 0;
  if(b == 'e')
    return q == Q_CIRC ? 'E' : 0;
  if(b == 'o')
    return q == Q_CIRC ? 'O' : q == Q_HORN ? 'P' : 0;
  if(b == 'u')
    return q == Q_HORN ? 'U' : 0;
  return 0;
}

/* Vowel nuclei of Vietnamese spelling (codes of vowel_code). */
static const char *const nuclei[] = {
  "a", "W", "A", "e", "E", "i", "o", "O", "P", "u", "U", "y",
  "ai", "ao", "au", "ay", "Au", "Ay", "eo", "Eu", "ia", "iE", "iu",
  "oa", "oW", "oe", "oi", "Oi", "Pi", "oo", "ua", "uA", "uE", "ui",
  "uO", "uP", "uy", "Ua", "Ui", "UP", "Uu", "yE",
  "oai", "oao", "oay", "oeo", "uAy", "uOi", "uya", "uyE", "uyu", "UPi",
  "UPu", "iEu", "yEu",
};
static const char *const onsets[] = {
  "", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n",
  "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
};
static const char *const codas[] = {
  "", "c", "ch", "m", "n", "ng", "nh", "p", "t",
};

/* The lists as integers (up to 3 bytes each), built with the tables. */
static uint32_t nucleus_key[PP_ARRAY_LEN(nuclei)];
static uint32_t onset_key[PP_ARRAY_LEN(onsets)];
static uint32_t coda_key[PP_ARRAY_LEN(codas)];

static uint32_t key3(const char *s)
{
  uint32_t k = 0;
  unsigned i;
  for(i = 0; i < 3 && s[i]; i++)
    k |= (uint32_t)(uint8_t)s[i] << (8 * i);
  return k;
}

static void syllable_keys(void)
{
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(nuclei); i++)
    nucleus_key[i] = key3(nuclei[i]);
  for(i = 0; i < PP_ARRAY_LEN(onsets); i++)
    onset_key[i] = key3(onsets[i]);
  for(i = 0; i < PP_ARRAY_LEN(codas); i++)
    coda_key[i] = key3(codas[i]);
}

static bool in_keys(const uint32_t *keys, size_t n, uint32_t k)
{
  size_t i;
  for(i = 0; i < n; i++)
    if(keys[i] == k)
      return true;
  return false;
}

struct letter {
  uint32_t cp;
  uint32_t src;
  const struct cpinfo *ci;
  char b;                     /* lower-case base ('d' for đ) */
};

/* Index of the letter that should carry the tone, or -1 when the letters
 * do not spell a Vietnamese syllable. */
static int tone_target(const struct letter *l, size_t n)
{
  char onset[4], nuc[4], coda[4];
  size_t i = 0, j, k, on = 0;
  int marked = -1;
  while(i < n && !is_vowel(l[i].b)) {
    if(on >= 3 || l[i].ci->vq || l[i].ci->vt)
      return -1;
    onset[on++] = l[i++].b;
  }
  onset[on] = '\0';
  if(i == n)
    return -1;
  /* "qu", and "gi" before another vowel: the u / i belongs to the onset */
  if(on == 1 && onset[0] == 'q' && l[i].b == 'u' && !l[i].ci->vq &&
     i + 1 < n && is_vowel(l[i + 1].b)) {
    onset[on++] = 'u';
    i++;
  }
  else if(on == 1 && onset[0] == 'g' && l[i].b == 'i' && !l[i].ci->vq &&
          i + 1 < n && is_vowel(l[i + 1].b)) {
    onset[on++] = 'i';
    i++;
  }
  onset[on] = '\0';
  if(!in_keys(onset_key, PP_ARRAY_LEN(onset_key), key3(onset)))
    return -1;
  for(j = i, k = 0; j < n && is_vowel(l[j].b); j++) {
    char v = vowel_code(l[j].b, l[j].ci->vq);
    if(!v || k >= 3)
      return -1;
    if(v != l[j].b)
      marked = (int)k;
    nuc[k++] = v;
  }
  nuc[k] = '\0';
  if(!in_keys(nucleus_key, PP_ARRAY_LEN(nucleus_key), key3(nuc)))
    return -1;
  for(on = 0; j < n; j++) {
    if(on >= 3 || is_vowel(l[j].b) || l[j].ci->vq || l[j].ci->vt ||
       (l[j].ci->flags & CI_STROKE))
      return -1;
    coda[on++] = l[j].b;
  }
  coda[on] = '\0';
  if(!in_keys(coda_key, PP_ARRAY_LEN(coda_key), key3(coda)))
    return -1;
  /* the main vowel: a vowel with a quality mark (the second of "ươ"),
   * the middle of three, the second of an open "oa", "oe", "uy" or of a
   * closed pair, else the first */
  if(marked >= 0)
    return (int)i + marked;
  if(k == 3)
    return (int)i + 1;
  if(k == 2 && (on > 0 || !strcmp(nuc, "oa") || !strcmp(nuc, "oe") ||
                !strcmp(nuc, "uy")))
    return (int)i + 1;
  return (int)i;
}

/* Letter l with quality mark q and tone t; 0 when it does not compose. */
static uint32_t make_letter(char base, uint8_t q, uint8_t t)
{
  uint32_t c = (uint8_t)base;
  if(q && !(c = uc_composition(c, q_mark[q])))
    return 0;
  if(t && !(c = uc_composition(c, t_mark[t])))
    return 0;
  return c;
}

/* Rewrite the word at the end of the output with its tone mark on the
 * main vowel, when it is a Vietnamese syllable. */
static void tone_fix(struct st *st)
{
  struct letter l[WORD_LETTERS_MAX];
  size_t n = 0, i, from = SIZE_MAX, bytes = 0;
  int to;
  uint8_t tone = 0;
  struct pp_rd r;
  bool bad = false;
  rd_init(&r, st->buf + st->word_start, st->len - st->word_start);
  while(rd_left(&r)) {
    uint32_t off = (uint32_t)(r.pos - (const uint8_t *)st->buf);
    uint32_t c = next_cp(&r, &bad);
    int ti = tab_index(c);
    if(bad || n == WORD_LETTERS_MAX || ti < 0 || !(tab[ti].flags & CI_VIET))
      return;
    l[n].cp = c;
    l[n].src = st->map ? st->map[off] : 0;
    l[n].ci = &tab[ti];
    l[n].b = (char)(tab[ti].vbase | 0x20);
    if(tab[ti].vt) {
      if(tone)
        return;               /* two tone marks: leave it */
      tone = tab[ti].vt;
      from = n;
    }
    n++;
  }
  if(!tone || (to = tone_target(l, n)) < 0 || (size_t)to == from)
    return;
  l[from].cp = make_letter(l[from].ci->vbase, l[from].ci->vq, 0);
  l[to].cp = make_letter(l[to].ci->vbase, l[to].ci->vq, tone);
  if(!l[from].cp || !l[to].cp)
    return;
  for(i = 0; i < n; i++)
    bytes += utf8_len(l[i].cp);
  if(st->word_start + bytes >= st->cap && !st->tn)
    return;                   /* fixed buffer without room: keep it */
  st->len = st->word_start;
  for(i = 0; i < n; i++)
    put_cp(st, l[i].cp, l[i].src);
  st->n_tone++;
}

static inline void word_end(struct st *st)
{
  if(st->word_fix)
    tone_fix(st);
  st->in_word = false;
  st->word_fix = false;
}

/*
 * Watch letters for the patterns whose tone mark may not be on the main
 * vowel: a marked o/u before a plain a/e/y ("hòa", "thúy", also "hòan"),
 * a marked u after q ("qủa"), a marked i after g before a vowel ("gìa").
 * Only those words are parsed as syllables (tone_fix) at their end.
 */
static inline void tone_track(struct st *st, char b, bool t, bool q,
                              size_t pos)
{
  const struct vl *p = &st->p1;
  if(p->t && !p->q) {
    if(!t && !q && ((p->b == 'o' && (b == 'a' || b == 'e')) ||
                    (p->b == 'u' && b == 'y')))
      st->word_fix = true;
    else if(p->b == 'i' && is_vowel(b) && p->pos > st->word_start &&
            (st->buf[p->pos - 1] | 0x20) == 'g')
      st->word_fix = true;
  }
  if(t && !q && b == 'u' && pos > st->word_start &&
     (st->buf[pos - 1] | 0x20) == 'q')
    st->word_fix = true;
  st->p1.b = b;
  st->p1.t = t;
  st->p1.q = q;
  st->p1.pos = pos;
}

/* A separator (space, line break, slug dash) before the next character. */
static inline void sep(struct st *st, char kind, uint32_t src)
{
  st->undo = false;
  if(st->track && st->in_word)
    word_end(st);
  if(!st->pend) {
    st->pend = kind;
    st->pend_src = src;
  }
  else if(kind == '\n')
    st->pend = '\n';
}

static inline void put_pending(struct st *st)
{
  if(st->len)
    put_byte(st, st->pend, st->pend_src);
  st->pend = 0;
}

/* Emit one output code point; st->put_pos gets where it went (SIZE_MAX:
 * it became a separator). */
static void emit(struct st *st, uint32_t c, uint32_t src)
{
  const struct cpinfo *ci = NULL;
  struct cpinfo tmp;
  st->put_pos = SIZE_MAX;
  if(st->track) {
    uint16_t fl;
    ci = info_of(c, &tmp);
    fl = ci->flags;
    if((st->flags & TEXTNORM_SLUG) && !(fl & (CI_LETTER | CI_DIGIT))) {
      sep(st, '-', src);
      return;
    }
    if(!(fl & (CI_LETTER | CI_MARK))) {
      if(st->in_word)
        word_end(st);
    }
    else if(!st->in_word) {
      if(st->pend)
        put_pending(st);
      st->in_word = true;
      st->word_start = st->len;
      memset(&st->p1, 0, sizeof(st->p1));
    }
  }
  if(st->pend)
    put_pending(st);
  st->put_pos = st->len;
  if(c < 0x80)
    put_byte(st, (char)c, src);
  else
    put_cp(st, c, src);
  if(st->in_word && (st->flags & TEXTNORM_TONE) && st->put_pos < st->len)
    tone_track(st, (ci->flags & CI_VIET) ? (char)(ci->vbase | 0x20) : 0,
               ci->vt != 0, ci->vq != 0, st->put_pos);
}

/* ---- clusters ----------------------------------------------------------- */

static void flush(struct st *st)
{
  size_t i;
  if(!st->ncl)
    return;
  finish(st->cl, &st->ncl, st->fold);
  for(i = 0; i < st->ncl; i++)
    emit(st, st->cl[i], st->cl_src);
  st->ncl = 0;
  st->marks = 0;
  st->undo = false;
}

/* Take back the unit emitted last (a mark or a composing starter
 * follows it): it becomes the open cluster again. */
static bool pop(struct st *st)
{
  const struct cpinfo *ci = st->undo_ci;
  if(!st->undo)
    return false;
  st->undo = false;
  st->len = st->undo_pos;
  if(st->unaccent) {
    st->cl[0] = ci->u[st->fold];
    st->ncl = 1;
  }
  else {
    st->ncl = ci->nd[st->fold];
    memcpy(st->cl, ci->d[st->fold], st->ncl * sizeof(st->cl[0]));
  }
  st->marks = st->ncl - 1;
  st->cl_src = st->undo_src;
  return true;
}

/* Emit a simple table code point at once, keeping the means to take it
 * back. */
static void eager(struct st *st, const struct cpinfo *ci, uint32_t src)
{
  size_t i, first = SIZE_MAX;
  if(st->ncl)
    flush(st);
  if(st->unaccent) {
    emit(st, ci->u[st->fold], src);
    first = st->put_pos;
  }
  else
    for(i = 0; i < ci->nc[st->fold]; i++) {
      emit(st, ci->c[st->fold][i], src);
      if(!i)
        first = st->put_pos;
    }
  st->undo = first != SIZE_MAX && !st->err;
  st->undo_ci = ci;
  st->undo_pos = first;
  st->undo_src = src;
}

/* One decomposed (and folded) code point joins the text. */
static void arrive(struct st *st, uint32_t d, uint32_t src)
{
  uint8_t cc = ccc_of(d);
  if(cc) {
    if(st->unaccent)
      return;
    if(!st->ncl)
      pop(st);
    if(st->ncl && (st->marks >= TEXTNORM_MARKS_MAX || st->ncl == CL_MAX)) {
      flush(st);
      st->n_long++;
    }
    if(!st->ncl)
      st->cl_src = src;
    st->cl[st->ncl++] = d;
    st->marks++;
    return;
  }
  if(st->unaccent && (d == 0x111 || d == 0x110))
    d = d == 0x111 ? 'd' : 'D';
  if(textnorm_is_second(d) && (st->ncl || pop(st)) && st->ncl < CL_MAX) {
    uint32_t last;
    finish(st->cl, &st->ncl, st->fold);
    last = st->cl[st->ncl - 1];
    if(!ccc_of(last) && uc_composition(last, d)) {
      st->cl[st->ncl++] = d;
      st->marks = 0;
      return;
    }
  }
  if(st->ncl)
    flush(st);
  st->undo = false;
  st->cl[0] = d;
  st->ncl = 1;
  st->marks = 0;
  st->cl_src = src;
}

/* One input code point that did not take the ASCII run. */
static void input_cp(struct st *st, uint32_t c, uint32_t src)
{
  struct cpinfo tmp;
  int ti = tab_index(c);
  const struct cpinfo *ci;
  size_t i, n;
  if(ti >= 0)
    ci = &tab[ti];
  else {
    compute_info(c, &tmp);
    ci = &tmp;
  }
  if(st->flags & TEXTNORM_SPACE) {
    if(ci->flags & CI_IGNORE)
      return;                 /* removed; a mark after it still composes */
    if(ci->flags & (CI_SPACE | CI_CTRL)) {
      flush(st);
      sep(st, (ci->flags & CI_LINE) && (st->flags & TEXTNORM_LINES) ?
          '\n' : st->flags & TEXTNORM_SLUG ? '-' : ' ', src);
      return;
    }
  }
  if(ti >= 0 && (st->unaccent ? ci->u[st->fold] != 0 :
                 ci->nc[st->fold] != 0)) {
    eager(st, ci, src);
    return;
  }
  n = ci->nd[st->fold];
  for(i = 0; i < n; i++)
    arrive(st, ci->d[st->fold][i], src);
}

/*
 * A run of k ASCII bytes (read through rd_ptr).  Nothing composes with
 * ASCII except a mark that follows it, which pop() handles, so the run
 * is written straight out: one byte per byte, spaces collapsed, words
 * and tone patterns followed.  The state lives in locals (stores into the
 * char buffer would make the compiler reload it from st) and is written
 * back around the calls that need it; calls that may move the buffer
 * (word_end rewrites a word) are followed by reloading it.
 */
static void ascii_run(struct st *st, const uint8_t *p, size_t k, uint32_t src)
{
  const bool space = (st->flags & TEXTNORM_SPACE) != 0;
  const bool slug = (st->flags & TEXTNORM_SLUG) != 0;
  const bool tone = (st->flags & TEXTNORM_TONE) != 0;
  const bool lines = (st->flags & TEXTNORM_LINES) != 0;
  const bool track = st->track, fold = st->fold != 0;
  char *o = st->buf, pend = st->pend;
  uint32_t *m = st->map, psrc = st->pend_src;
  size_t i, len = st->len, cap = st->cap, last = SIZE_MAX;
  bool in_word = st->in_word;
  for(i = 0; i < k; i++) {
    uint8_t c = p[i];
    uint16_t fl = aflags[c];
    if(pp_unlikely(len + 2 >= cap)) {
      /* room for a separator and this byte (a fixed buffer stops here,
       * on a character boundary) */
      st->len = len;
      if(!room(st, 2))
        break;
      o = st->buf;
      m = st->map;
      cap = st->cap;
    }
    if(space && (fl & (CI_SPACE | CI_CTRL))) {
      char kind = slug ? '-' : lines && (fl & CI_LINE) ? '\n' : ' ';
      if(in_word) {
        st->len = len;
        word_end(st);
        len = st->len;
        o = st->buf;
        m = st->map;
        cap = st->cap;
        in_word = false;
      }
      if(!pend) {
        pend = kind;
        psrc = src + (uint32_t)i;
      }
      else if(kind == '\n')
        pend = '\n';
      last = SIZE_MAX;
      continue;
    }
    if(fold && c >= 'A' && c <= 'Z')
      c |= 0x20;
    if(track) {
      if(!(fl & CI_LETTER)) {
        if(in_word) {
          st->len = len;
          word_end(st);
          len = st->len;
          o = st->buf;
          m = st->map;
          cap = st->cap;
          in_word = false;
        }
        if(slug && !(fl & CI_DIGIT)) {
          if(!pend) {
            pend = '-';
            psrc = src + (uint32_t)i;
          }
          last = SIZE_MAX;
          continue;
        }
      }
      else {
        if(!in_word) {
          if(pend && len) {
            o[len] = pend;
            if(m)
              m[len] = psrc;
            len++;
          }
          pend = 0;
          in_word = true;
          st->word_start = len;
          st->p1.t = false;
        }
        else if(tone && st->p1.t) {
          st->len = len;
          tone_track(st, (char)(c | 0x20), false, false, len);
        }
        st->p1.b = (char)(c | 0x20);
        st->p1.t = false;
        st->p1.q = false;
        st->p1.pos = len;
      }
    }
    if(pend) {
      if(len) {
        o[len] = pend;
        if(m)
          m[len] = psrc;
        len++;
      }
      pend = 0;
    }
    o[len] = (char)c;
    if(m)
      m[len] = src + (uint32_t)i;
    last = len++;
  }
  st->len = len;
  st->pend = pend;
  st->pend_src = psrc;
  st->in_word = in_word;
  st->undo = last != SIZE_MAX && i == k;
  if(st->undo) {
    st->undo_ci = &tab[p[k - 1]];
    st->undo_pos = last;
    st->undo_src = src + (uint32_t)(k - 1);
  }
}

static int normalize(struct st *st, const void *in, size_t len)
{
  struct pp_rd r;
  const uint8_t *start = in;
  bool bad;
  tables_ready();
  if(st->flags & TEXTNORM_SLUG)
    st->flags |= TEXTNORM_FOLD | TEXTNORM_UNACCENT | TEXTNORM_SPACE;
  if(st->flags & TEXTNORM_UNACCENT)
    st->flags &= ~(unsigned)TEXTNORM_TONE;
  st->fold = (st->flags & TEXTNORM_FOLD) ? 1 : 0;
  st->unaccent = (st->flags & TEXTNORM_UNACCENT) != 0;
  st->track = (st->flags & (TEXTNORM_TONE | TEXTNORM_SLUG)) != 0;
  rd_init(&r, in, len);
  while(rd_left(&r) && !st->err) {
    uint32_t src = (uint32_t)(r.pos - start), c;
    size_t k = 0, left = rd_left(&r);
    while(k < left && rd_peek(&r, k) < 0x80)
      k++;
    if(k) {
      if(st->ncl)
        flush(st);
      ascii_run(st, rd_ptr(&r, k), k, src);
      continue;
    }
    bad = false;
    c = next_cp(&r, &bad);
    if(bad)
      st->n_invalid++;
    input_cp(st, c, src);
  }
  flush(st);
  if(st->track && st->in_word)
    word_end(st);
  return st->err;
}

/* How much of the input is read: all of it, or a prefix of at most
 * TEXTNORM_IN_MAX bytes ending on a character boundary. */
static size_t input_len(const void *in, size_t len, bool *cut)
{
  struct pp_rd r;
  size_t n = TEXTNORM_IN_MAX, i;
  *cut = len > TEXTNORM_IN_MAX;
  if(!*cut)
    return len;
  rd_init(&r, in, len);
  /* back off over continuation bytes (at most 3) to a lead byte */
  for(i = 0; i < 3 && (rd_peek(&r, n) & 0xC0) == 0x80; i++)
    n--;
  return n;
}

static void st_init(struct st *st, unsigned flags)
{
  memset(st, 0, sizeof(*st));
  st->flags = flags;
}

#define FLAGS_ALL 0x7Fu

void textnorm_init(struct textnorm *tn)
{
  if(!tn)
    return;
  memset(tn, 0, sizeof(*tn));
  tn->text = (char *)"";
}

void textnorm_free(struct textnorm *tn)
{
  if(!tn)
    return;
  if(tn->cap)
    pp_free(tn->text);
  pp_free(tn->map);
  textnorm_init(tn);
}

int textnorm_run(struct textnorm *tn, const void *in, size_t len,
                 unsigned flags)
{
  struct st st;
  size_t n, want;
  bool cut;
  int rc;
  if(!tn || (!in && len) || (flags & ~FLAGS_ALL))
    return PP_EINVAL;
  n = input_len(in, len, &cut);
  st_init(&st, flags);
  st.tn = tn;
  if(!tn->cap) {
    tn->text = NULL;          /* was the static "" */
    tn->map = NULL;
  }
  /* NFC text is about the size of its input: start there */
  want = n + n / 8 + 64;
  if(tn->cap < want || ((flags & TEXTNORM_MAP) && tn->map_cap < tn->cap)) {
    size_t c = tn->cap > want ? tn->cap : want;
    char *nb = pp_realloc(tn->text, c);
    if(!nb)
      goto nomem;
    tn->text = nb;
    tn->cap = c;
    if(flags & TEXTNORM_MAP) {
      uint32_t *nm = pp_realloc(tn->map, c * sizeof(*nm));
      if(!nm)
        goto nomem;
      tn->map = nm;
      tn->map_cap = c;
    }
  }
  st.buf = tn->text;
  st.cap = tn->cap;
  st.map = (flags & TEXTNORM_MAP) ? tn->map : NULL;
  rc = normalize(&st, in, n);
  if(rc)
    goto nomem;
  tn->text[st.len] = '\0';
  if(st.map)
    st.map[st.len] = (uint32_t)n;
  tn->len = st.len;
  tn->in_len = n;
  tn->cut = cut;
  tn->n_invalid = st.n_invalid;
  tn->n_long = st.n_long;
  tn->n_tone = st.n_tone;
  if(!(flags & TEXTNORM_MAP) && tn->map) {
    pp_free(tn->map);         /* a stale map must not be read */
    tn->map = NULL;
    tn->map_cap = 0;
  }
  return PP_OK;
nomem:
  if(!tn->text) {
    tn->text = (char *)"";
    tn->cap = 0;
  }
  else
    tn->text[0] = '\0';
  if(!tn->map)
    tn->map_cap = 0;
  else if(flags & TEXTNORM_MAP)
    tn->map[0] = 0;
  tn->len = 0;
  tn->in_len = 0;
  tn->cut = false;
  tn->n_invalid = tn->n_long = tn->n_tone = 0;
  return PP_ENOMEM;
}

int textnorm_str(const void *in, size_t len, unsigned flags, char *out,
                 size_t cap, size_t *outlen)
{
  struct st st;
  size_t n;
  bool cut;
  int rc;
  if(!out || !cap || (!in && len) || (flags & ~FLAGS_ALL))
    return PP_EINVAL;
  n = input_len(in, len, &cut);
  st_init(&st, flags & ~(unsigned)TEXTNORM_MAP);
  st.buf = out;
  st.cap = cap;
  rc = normalize(&st, in, n);
  out[st.len] = '\0';
  if(outlen)
    *outlen = st.len;
  if(rc)
    return rc;
  return cut ? PP_ELIMIT : PP_OK;
}

int textnorm_span(const struct textnorm *tn, size_t start, size_t end,
                  size_t *in_start, size_t *in_end)
{
  size_t j;
  uint32_t last;
  if(!tn || !tn->map || start > end || end > tn->len || !in_start ||
     !in_end)
    return PP_EINVAL;
  *in_start = tn->map[start];
  if(start == end) {
    *in_end = *in_start;
    return PP_OK;
  }
  last = tn->map[end - 1];
  for(j = end; j < tn->len && tn->map[j] == last; j++)
    ;
  *in_end = tn->map[j];
  return PP_OK;
}
