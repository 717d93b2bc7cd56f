/*
 * acmatch.c: multi-pattern byte-string matcher (Aho-Corasick automaton).
 *
 * Reference: A. V. Aho and M. J. Corasick, "Efficient string matching: an
 * aid to bibliographic search", CACM 18(6), 1975.  Word characters: Unicode
 * general categories L, M, N (UAX #44) through libunistring.
 *
 * Building.  ac_add copies patterns into one byte pool.  ac_compile sorts
 * them (bytes, then order added) and builds the trie breadth first from
 * the sorted list: a node is a range of sorted patterns sharing its
 * prefix, its children are the runs of equal next bytes, so the children
 * of a node get consecutive numbers, in byte order, and the numbering is
 * by depth.  Failure links follow in the same breadth-first pass (a
 * failure target is shallower, so it is done before the node that needs
 * it).
 *
 * Alphabet reduction.  Bytes that occur in no pattern share class 0 (from
 * any state they lead back to the root); each byte that occurs gets a
 * class of its own, so a row has 1 + (distinct pattern bytes) columns:
 * about 70 for Vietnamese UTF-8 rather than 256.
 *
 * Compiled layout.  A state is named by a 32-bit code:
 *
 *   code < dense_entries    dense state, code = its row * stride
 *   code >= dense_entries   sparse state, record at sw[code - dense_entries]
 *   bit 31 (MATCH) of a transition: the target state has output
 *
 *   dense[]: the states nearest the root (breadth first), as many as the
 *   dense limit allows, one row each, failures resolved at compile time:
 *   +-------+-------+-----+------------+---------------+
 *   | cls 0 | cls 1 | ... | cls ncls-1 | output record |  stride = ncls + 1
 *   +-------+-------+-----+------------+---------------+
 *
 *   sw[]: the other states, a record each (32-bit words), depth first:
 *   +-----+------+-----+--------------------+-----------------+
 *   | nch | fail | out | labels, 4 a word   | nch child codes |
 *   +-----+------+-----+--------------------+-----------------+
 *   A step compares the byte with four labels at a time (SWAR) and
 *   follows failure codes until a child matches or a dense row answers.
 *
 *   outs[]: output records: the patterns that end exactly at a state
 *   (one: its id inline; more: duplicates, in pid[] / pflags[]), their
 *   length and word-boundary flags, and next: the record of the longest
 *   proper suffix that is a pattern (dictionary suffix link), so the
 *   matches at one end are a short chain.
 *
 * Why this layout.  A full DFA (a row for every state) makes every step
 * one load, but at 4 * stride bytes a state it takes about 25 MB for
 * 10,000 phrases and 110 MB for 50,000, far out of cache, and then every
 * step is a cache miss.  Rows are kept for the states nearest the root,
 * which every scan keeps coming back to and which have many children; the
 * deeper ones, mostly one child after another, are records of 12 to 20
 * bytes laid out in the order a phrase is walked.  Under the default
 * limit (8 MiB) a set of up to about 3,000 phrases is a full DFA.
 *
 * Scanning.  Each step needs the state of the step before, so a scan is a
 * chain of dependent loads and runs at their latency.  Texts longer than
 * about 8 KB are cut into four lanes scanned in lockstep (scan_lanes), so
 * that four chains are in flight; their matches are buffered and handed
 * on in order.  Matches go to a sink: all of them, or the leftmost-longest
 * ones.  The work per byte does not grow with the number of patterns; the
 * time per byte does, through the caches (tools/bench/bench_acmatch.c).
 *
 * The text is untrusted page text, but it is not parsed: the scan reads
 * every byte once, in order, under a loop bound of len (a cursor would only
 * repeat that test).  The variable-offset reads around a match (word
 * boundaries) go through struct pp_rd.
 */
#include "config.h"

#include <stdlib.h>
#include <unictype.h>
#include <unistr.h>

#include "acmatch.h"
#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"

#define NONE UINT32_MAX
#define MATCH 0x80000000u

struct pat {               /* a pattern as added */
  uint32_t off;            /* in pool */
  uint32_t len;
  uint32_t id;
  uint32_t flags;
};

struct outrec {            /* the patterns that end exactly at one state */
  uint32_t next;           /* record of the longest suffix, or NONE */
  uint16_t len;            /* their length: the state's depth */
  uint8_t wb;              /* WB_NONE, WB_SOME, WB_ALL of them bounded */
  uint8_t pad;
  uint32_t n;              /* how many (more than one: duplicates) */
  uint32_t idx;            /* n == 1: the id; else first in pid[], pflags[] */
};

enum { WB_NONE, WB_SOME, WB_ALL };

/* Sparse state record in sw[], in 32-bit words. */
#define SP_NCH 0           /* number of children */
#define SP_FAIL 1          /* code of the failure state, no MATCH bit */
#define SP_OUT 2           /* output record, or NONE */
#define SP_LAB 3           /* labels, 4 a word, then the children's codes */
#define SP_WORDS(nch) (SP_LAB + ((nch) + 3) / 4 + (nch))

struct ac {
  /* open for ac_add */
  uint8_t *pool;
  size_t pool_len, pool_cap;
  struct pat *pats;
  size_t npats, pats_cap;
  size_t dense_limit;
  size_t max_len;
  bool compiled;

  /* compiled */
  uint8_t cls[256];        /* byte -> class */
  uint32_t ncls, stride;   /* classes; row length (ncls + output column) */
  uint32_t dense_entries;  /* ndense * stride: codes below are dense */
  uint32_t *dense;
  uint32_t *sw;            /* sparse state records */
  size_t nsw;              /* words in sw[] */
  struct outrec *outs;
  uint32_t *pid;           /* pattern ids, sorted by bytes then order */
  uint8_t *pflags;
  size_t nstates, ndense, nouts;
};

/* ---- word boundaries ---------------------------------------------------- */

static bool cp_is_word(ucs4_t uc)
{
  return uc_is_general_category_withtable(uc, UC_CATEGORY_MASK_L |
                                          UC_CATEGORY_MASK_M |
                                          UC_CATEGORY_MASK_N);
}

static bool ascii_is_word(uint8_t b)
{
  return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') ||
         (b >= 'A' && b <= 'Z');
}

/* Decode exactly the n bytes of r as one character; invalid: a word. */
static bool seq_is_word(struct pp_rd *r, size_t n)
{
  uint8_t buf[4];
  ucs4_t uc;
  rd_copy(r, buf, n);
  if(!rd_ok(r) || u8_mbtoucr(&uc, buf, n) != (int)n)
    return true;
  return cp_is_word(uc);
}

/* The character that ends at text[pos - 1]: a word character? */
static bool word_before(const uint8_t *text, size_t pos)
{
  struct pp_rd r;
  size_t k, back = PP_MIN(pos, 4);
  uint8_t b;
  rd_init(&r, text + pos - back, back);
  b = rd_peek(&r, back - 1);
  if(b < 0x80)
    return ascii_is_word(b);
  /* Back over continuation bytes to the lead byte (at most 3 of them). */
  for(k = 1; k <= back; k++)
    if((rd_peek(&r, back - k) & 0xc0) != 0x80)
      break;
  if(k > back)
    return true;
  rd_skip(&r, back - k);
  return seq_is_word(&r, k);
}

/* The character that starts at text[pos]: a word character? */
static bool word_after(const uint8_t *text, size_t len, size_t pos)
{
  struct pp_rd r;
  uint8_t b;
  size_t n;
  rd_init(&r, text + pos, PP_MIN(len - pos, 4));
  b = rd_peek(&r, 0);
  if(b < 0x80)
    return ascii_is_word(b);
  n = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  if(n > rd_left(&r))
    return true;
  return seq_is_word(&r, n);
}

bool ac_word_left(const uint8_t *text, size_t len, size_t start)
{
  return start > 0 && start <= len && word_before(text, start);
}

bool ac_word_right(const uint8_t *text, size_t len, size_t end)
{
  return end < len && word_after(text, len, end);
}

UNITTEST bool ac_boundary_ok(const uint8_t *text, size_t len, size_t start,
                             size_t end)
{
  if(start > 0 && word_before(text, start))
    return false;
  if(end < len && word_after(text, len, end))
    return false;
  return true;
}

/* ac_boundary_ok, with the ASCII neighbours (most of them) inline. */
static inline bool boundary_ok(const uint8_t *text, size_t len,
                               size_t start, size_t end)
{
  struct pp_rd r;
  uint8_t before, after;
  rd_init(&r, text, len);
  before = start ? rd_peek(&r, start - 1) : ' ';
  after = end < len ? rd_peek(&r, end) : ' ';
  if(before < 0x80 && after < 0x80)
    return !ascii_is_word(before) && !ascii_is_word(after);
  return ac_boundary_ok(text, len, start, end);
}

/* ---- building ----------------------------------------------------------- */

struct ac *ac_new(void)
{
  struct ac *ac = pp_calloc(1, sizeof(*ac));
  if(ac)
    ac->dense_limit = AC_DENSE_DEFAULT;
  return ac;
}

static void free_compiled(struct ac *ac)
{
  pp_free(ac->dense);
  pp_free(ac->sw);
  pp_free(ac->outs);
  pp_free(ac->pid);
  pp_free(ac->pflags);
  ac->dense = NULL;
  ac->sw = NULL;
  ac->outs = NULL;
  ac->pid = NULL;
  ac->pflags = NULL;
}

void ac_free(struct ac *ac)
{
  if(!ac)
    return;
  free_compiled(ac);
  pp_free(ac->pool);
  pp_free(ac->pats);
  pp_free(ac);
}

int ac_set_dense_limit(struct ac *ac, size_t bytes)
{
  if(!ac || ac->compiled || bytes > AC_DENSE_MAX)
    return PP_EINVAL;
  ac->dense_limit = bytes;
  return PP_OK;
}

int ac_add(struct ac *ac, const void *pat, size_t len, uint32_t id,
           unsigned flags)
{
  if(!ac || !pat || !len || ac->compiled || (flags & ~AC_WORD_BOUNDARY))
    return PP_EINVAL;
  if(len > AC_PATTERN_LEN_MAX || ac->npats >= AC_PATTERNS_MAX ||
     len > AC_PATTERN_BYTES_MAX - ac->pool_len)
    return PP_ELIMIT;
  if(ac->npats == ac->pats_cap) {
    size_t cap = ac->pats_cap ? ac->pats_cap * 2 : 64;
    struct pat *p = pp_realloc(ac->pats, cap * sizeof(*p));
    if(!p)
      return PP_ENOMEM;
    ac->pats = p;
    ac->pats_cap = cap;
  }
  if(ac->pool_len + len > ac->pool_cap) {
    size_t cap = ac->pool_cap ? ac->pool_cap : 1024;
    uint8_t *p;
    while(cap < ac->pool_len + len)
      cap *= 2;
    p = pp_realloc(ac->pool, cap);
    if(!p)
      return PP_ENOMEM;
    ac->pool = p;
    ac->pool_cap = cap;
  }
  memcpy(ac->pool + ac->pool_len, pat, len);
  ac->pats[ac->npats].off = (uint32_t)ac->pool_len;
  ac->pats[ac->npats].len = (uint32_t)len;
  ac->pats[ac->npats].id = id;
  ac->pats[ac->npats].flags = flags;
  ac->npats++;
  ac->pool_len += len;
  if(len > ac->max_len)
    ac->max_len = len;
  return PP_OK;
}

/* A pattern for sorting: bytes, then the order it was added. */
struct skey {
  const uint8_t *p;
  uint32_t len;
  uint32_t idx;
};

static int cmp_skey(const void *a, const void *b)
{
  const struct skey *x = a, *y = b;
  int c = memcmp(x->p, y->p, PP_MIN(x->len, y->len));
  if(c)
    return c;
  if(x->len != y->len)
    return x->len < y->len ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}

struct node {              /* build-time trie node, breadth-first order */
  uint32_t lo, hi;         /* its patterns: sorted[lo, hi) */
  uint32_t own;            /* sorted[lo, lo + own) end here */
  uint32_t first;          /* first child (children are consecutive) */
  uint32_t fail;
  uint32_t out;            /* output record, or NONE */
  uint32_t code;           /* its code in the compiled automaton */
  uint16_t depth, nch;
  uint8_t label;
};

/* Child of u labelled b, or NONE. */
static uint32_t child_of(const struct node *nd, uint32_t u, uint8_t b)
{
  uint32_t lo = nd[u].first, hi = lo + nd[u].nch;
  while(lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if(nd[mid].label < b)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < nd[u].first + nd[u].nch && nd[lo].label == b ? lo : NONE;
}

/* The goto function with failures: the state after u on byte b. */
static uint32_t go(const struct node *nd, uint32_t u, uint8_t b)
{
  for(;;) {
    uint32_t c = child_of(nd, u, b);
    if(c != NONE)
      return c;
    if(u == 0)
      return 0;
    u = nd[u].fail;
  }
}

/* The code of v, with the MATCH bit when v has output. */
static uint32_t code_of(const struct node *nd, uint32_t v)
{
  return nd[v].out != NONE ? nd[v].code | MATCH : nd[v].code;
}

/* States of the trie of the sorted patterns: the root, and per pattern
 * the bytes past what it shares with the one before. */
static size_t count_nodes(const struct skey *sk, size_t n)
{
  size_t i, total = 1;
  for(i = 0; i < n; i++) {
    size_t l = 0;
    if(i)
      while(l < sk[i].len && l < sk[i - 1].len && sk[i].p[l] == sk[i - 1].p[l])
        l++;
    total += sk[i].len - l;
  }
  return total;
}

/* Trie from the sorted patterns into nd (room for count_nodes());
 * *nnodes gets the count, *nouts the states where patterns end. */
static void build_trie(const struct ac *ac, const struct skey *sk,
                       struct node *nd, size_t *nnodes, size_t *nouts)
{
  size_t n = 1, v, recs = 0;
  memset(&nd[0], 0, sizeof(nd[0]));
  nd[0].hi = (uint32_t)ac->npats;
  for(v = 0; v < n; v++) {
    struct node *x = &nd[v];
    uint32_t k = x->lo, d = x->depth;
    while(k < x->hi && sk[k].len == d)
      k++;
    x->own = k - x->lo;
    x->out = NONE;
    if(x->own)
      recs++;
    x->first = (uint32_t)n;
    while(k < x->hi) {
      uint8_t b = sk[k].p[d];
      uint32_t j = k + 1;
      struct node *c = &nd[n++];
      while(j < x->hi && sk[j].p[d] == b)
        j++;
      c->lo = k;
      c->hi = j;
      c->depth = (uint16_t)(d + 1);
      c->label = b;
      c->nch = 0;
      c->fail = 0;
      x->nch++;
      k = j;
    }
  }
  *nnodes = n;
  *nouts = recs;
}

/*
 * Codes: the dense rows premultiplied by the stride; then the sparse
 * records by offset, in depth-first order under each dense state, so that
 * walking down a phrase (mostly one child after another) reads adjacent
 * memory.  stack has room for every state.  Returns the words of the sparse
 * records; the caps keep every code well below the MATCH bit.
 */
static size_t number_states(struct ac *ac, struct node *nd, uint32_t *stack)
{
  size_t v, nsw = 0, top;
  for(v = 0; v < ac->ndense; v++)
    nd[v].code = (uint32_t)(v * ac->stride);
  for(v = 0; v < ac->ndense; v++) {
    uint32_t c;
    for(c = nd[v].first; c < nd[v].first + nd[v].nch; c++) {
      if(c < ac->ndense)
        continue;
      top = 0;
      stack[top++] = c;
      while(top) {
        uint32_t u = stack[--top], k;
        nd[u].code = ac->dense_entries + (uint32_t)nsw;
        nsw += SP_WORDS(nd[u].nch);
        for(k = nd[u].nch; k > 0; k--)
          stack[top++] = nd[u].first + k - 1;
      }
    }
  }
  ac->nsw = nsw;
  return nsw;
}

int ac_compile(struct ac *ac)
{
  struct skey *sk = NULL;
  struct node *nd = NULL;
  uint32_t *stack = NULL;
  size_t i, v, nnodes = 0, nouts = 0, nrec = 0, ndense, rowbytes, nsw;
  bool used[256] = { false };
  int rc = PP_ENOMEM;

  if(!ac || ac->compiled)
    return PP_EINVAL;

  /* Byte classes: 0 for bytes in no pattern, then one per byte used. */
  for(i = 0; i < ac->pool_len; i++)
    used[ac->pool[i]] = true;
  ac->ncls = 1;
  for(i = 0; i < 256; i++)
    ac->cls[i] = used[i] ? (uint8_t)ac->ncls++ : 0;
  ac->stride = ac->ncls + 1;

  sk = pp_malloc((ac->npats ? ac->npats : 1) * sizeof(*sk));
  if(!sk)
    goto out;
  for(i = 0; i < ac->npats; i++) {
    sk[i].p = ac->pool + ac->pats[i].off;
    sk[i].len = ac->pats[i].len;
    sk[i].idx = (uint32_t)i;
  }
  if(ac->npats)
    qsort(sk, ac->npats, sizeof(*sk), cmp_skey);
  nd = pp_malloc(count_nodes(sk, ac->npats) * sizeof(*nd));
  if(!nd)
    goto out;
  build_trie(ac, sk, nd, &nnodes, &nouts);

  /* As many states (breadth first: the shallowest) as fit the limit get
   * a row; the root always does, so every failure chain ends in one. */
  rowbytes = (size_t)ac->stride * sizeof(uint32_t);
  ndense = PP_MAX((size_t)1, PP_MIN(nnodes, ac->dense_limit / rowbytes));
  ac->ndense = ndense;
  ac->nstates = nnodes;
  ac->dense_entries = (uint32_t)(ndense * ac->stride);
  stack = pp_malloc(nnodes * sizeof(*stack));
  if(!stack)
    goto out;
  nsw = number_states(ac, nd, stack);

  ac->dense = pp_malloc(ndense * rowbytes);
  ac->sw = pp_malloc((nsw ? nsw : 1) * sizeof(*ac->sw));
  ac->outs = pp_malloc((nouts ? nouts : 1) * sizeof(*ac->outs));
  ac->pid = pp_malloc((ac->npats ? ac->npats : 1) * sizeof(*ac->pid));
  ac->pflags = pp_malloc(ac->npats ? ac->npats : 1);
  if(!ac->dense || !ac->sw || !ac->outs || !ac->pid || !ac->pflags)
    goto out;

  for(i = 0; i < ac->npats; i++) {
    ac->pid[i] = ac->pats[sk[i].idx].id;
    ac->pflags[i] = (uint8_t)ac->pats[sk[i].idx].flags;
  }

  /* Breadth first: failure links and output records of v's children
   * (their failure targets are shallower than they are, so done), then
   * v's own row, which needs its children's outputs for the MATCH bits. */
  nd[0].fail = 0;
  for(v = 0; v < nnodes; v++) {
    struct node *x = &nd[v];
    uint32_t c, end = x->first + x->nch;
    for(c = x->first; c < end; c++) {
      struct node *y = &nd[c];
      y->fail = v ? go(nd, x->fail, y->label) : 0;
      if(y->own) {
        struct outrec *o = &ac->outs[nrec];
        uint32_t k, nwb = 0;
        o->next = nd[y->fail].out;
        o->len = y->depth;
        o->pad = 0;
        o->n = y->own;
        /* One pattern (the rule, duplicates the exception): its id right
         * here, one memory access less per match. */
        o->idx = y->own == 1 ? ac->pid[y->lo] : y->lo;
        for(k = y->lo; k < y->lo + y->own; k++)
          nwb += (ac->pflags[k] & AC_WORD_BOUNDARY) != 0;
        o->wb = !nwb ? WB_NONE : nwb == y->own ? WB_ALL : WB_SOME;
        y->out = (uint32_t)nrec++;
      }
      else
        y->out = nd[y->fail].out;
    }
    if(v < ndense) {
      uint32_t *row = ac->dense + v * ac->stride;
      if(v)
        memcpy(row, ac->dense + (size_t)x->fail * ac->stride,
               ac->ncls * sizeof(uint32_t));
      else
        memset(row, 0, ac->ncls * sizeof(uint32_t));
      for(c = x->first; c < end; c++)
        row[ac->cls[nd[c].label]] = code_of(nd, c);
      row[ac->ncls] = x->out;
    }
    else {
      uint32_t *w = ac->sw + (x->code - ac->dense_entries);
      uint32_t nlw = (x->nch + 3u) / 4;
      w[SP_NCH] = x->nch;
      w[SP_FAIL] = nd[x->fail].code;
      w[SP_OUT] = x->out;
      memset(w + SP_LAB, 0, nlw * sizeof(uint32_t));
      for(c = 0; c < x->nch; c++) {
        /* lane c % 4 of word c / 4, by shifts: the same on any byte
         * order */
        w[SP_LAB + c / 4] |= (uint32_t)nd[x->first + c].label << (8 * (c % 4));
        w[SP_LAB + nlw + c] = code_of(nd, x->first + c);
      }
    }
  }
  ac->nouts = nrec;
  ac->compiled = true;
  pp_free(ac->pool);
  pp_free(ac->pats);
  ac->pool = NULL;
  ac->pats = NULL;
  ac->pool_cap = ac->pats_cap = 0;
  rc = PP_OK;

out:
  if(rc)
    free_compiled(ac);
  pp_free(sk);
  pp_free(nd);
  pp_free(stack);
  return rc;
}

/* ---- scanning ----------------------------------------------------------- */

/* The state after sparse state s on byte b (with the MATCH bit). */
static uint32_t sparse_next(const struct ac *ac, uint32_t s, uint8_t b)
{
  const uint32_t de = ac->dense_entries, bb = b * 0x01010101u;
  for(;;) {
    const uint32_t *st = ac->sw + (s - de);
    uint32_t n = st[SP_NCH], nlw = (n + 3) / 4, w;
    /* Four labels a word: a lane equal to b is a zero lane of x; the
     * lowest flagged lane is exact (borrows only flag lanes above a zero
     * one).  Padding lanes are 0 and lie past n. */
    for(w = 0; w < nlw; w++) {
      uint32_t x = st[SP_LAB + w] ^ bb;
      uint32_t z = (x - 0x01010101u) & ~x & 0x80808080u;
      if(z) {
        uint32_t i = 4 * w + (uint32_t)__builtin_ctz(z) / 8;
        if(i < n)
          return st[SP_LAB + nlw + i];
        break;
      }
    }
    s = st[SP_FAIL];
    if(s < de)
      return ac->dense[s + ac->cls[b]];
  }
}

static inline uint32_t out_of(const struct ac *ac, uint32_t s)
{
  return s < ac->dense_entries ? ac->dense[s + ac->ncls]
                               : ac->sw[s - ac->dense_entries + SP_OUT];
}

/*
 * The sink: what a scan does with a state that has output, reached at
 * end.  It gets the events in order of end.
 *
 * AC_SCAN_ALL walks the state's output chain and calls back.
 *
 * AC_SCAN_LEFTMOST_LONGEST: matches arrive by end, not by start, so the
 * longest valid match per start is kept in a ring indexed by start; a
 * start is final once every match it could have has arrived (an event
 * more than max_len past it), and starts are finalized in order: the
 * first final start at or after `pos` that holds a match is the leftmost,
 * its entry the longest.
 */
struct sink {
  const struct ac *ac;
  const uint8_t *t;
  size_t len;
  unsigned mode;
  ac_match_fn cb;
  void *user;
  /* leftmost-longest */
  size_t maxl, mask;
  size_t pos;              /* matches may not start before this */
  size_t fin;              /* no entry starts before this */
  size_t pending;          /* entries in ring */
  uint64_t used[AC_PATTERN_LEN_MAX / 64];   /* which slots hold one */
  uint32_t ring[AC_PATTERN_LEN_MAX];        /* output record by start */
};

/* Does record o have a pattern that matches at [start, end)? */
static bool rec_valid(const struct outrec *o, const uint8_t *t, size_t len,
                      size_t start, size_t end)
{
  return o->wb != WB_ALL || boundary_ok(t, len, start, end);
}

/* Report the patterns of record o at [start, end). */
static int emit_rec(const struct sink *k, const struct outrec *o,
                    size_t start, size_t end)
{
  const struct ac *ac = k->ac;
  bool bounded = o->wb == WB_NONE || boundary_ok(k->t, k->len, start, end);
  uint32_t i;
  int rc;
  if(o->n == 1)
    return bounded ? k->cb(k->user, o->idx, start, end) : 0;
  for(i = o->idx; i < o->idx + o->n; i++) {
    if(!bounded && (ac->pflags[i] & AC_WORD_BOUNDARY))
      continue;
    if((rc = k->cb(k->user, ac->pid[i], start, end)))
      return rc;
  }
  return 0;
}

/* The smallest start with an entry (pending > 0): the first used slot
 * from fin's on, around the ring (entries span less than its size). */
static size_t next_pending(const struct sink *k)
{
  size_t slot = k->fin & k->mask, nw = k->mask / 64 + 1, w = slot / 64, i;
  uint64_t bits = k->used[w] & (~(uint64_t)0 << (slot % 64));
  for(i = 0; !bits && i < nw; i++) {
    w = (w + 1) % nw;
    bits = k->used[w];
  }
  return k->fin +
         ((w * 64 + (size_t)__builtin_ctzll(bits) - slot) & k->mask);
}

/* Start s0 has all its matches: report its entry unless overlapped. */
static int finalize(struct sink *k, size_t s0)
{
  size_t slot = s0 & k->mask;
  const struct outrec *o = &k->ac->outs[k->ring[slot]];
  k->used[slot / 64] &= ~((uint64_t)1 << (slot % 64));
  k->pending--;
  k->fin = s0 + 1;
  if(s0 < k->pos)
    return 0;
  k->pos = s0 + o->len;
  return emit_rec(k, o, s0, k->pos);
}

/* Output record r (and the chain behind it) at end. */
static int sink_event(struct sink *k, size_t end, uint32_t r)
{
  const struct ac *ac = k->ac;
  int rc;

  if(k->mode == AC_SCAN_ALL) {
    for(; r != NONE; r = ac->outs[r].next) {
      const struct outrec *o = &ac->outs[r];
      if((rc = emit_rec(k, o, end - o->len, end)))
        return rc;
    }
    return 0;
  }
  /* Every event before this one ended before end, so a start more than
   * maxl before end has all its matches. */
  while(k->pending) {
    size_t s0 = next_pending(k);
    if(s0 + k->maxl >= end)
      break;
    if((rc = finalize(k, s0)))
      return rc;
  }
  /* Entries left, and matches from here on, start at end - maxl or
   * later: fin moves up, which keeps every entry within one ring. */
  if(k->fin + k->maxl < end)
    k->fin = end - k->maxl;
  for(; r != NONE; r = ac->outs[r].next) {
    const struct outrec *o = &ac->outs[r];
    size_t start = end - o->len, slot = start & k->mask;
    uint64_t bit = (uint64_t)1 << (slot % 64);
    if(start < k->pos || !rec_valid(o, k->t, k->len, start, end))
      continue;
    /* A later end at the same start is a longer match. */
    if(!(k->used[slot / 64] & bit)) {
      k->used[slot / 64] |= bit;
      k->pending++;
    }
    k->ring[slot] = r;
  }
  return 0;
}

static int sink_done(struct sink *k)
{
  int rc;
  while(k->pending)
    if((rc = finalize(k, next_pending(k))))
      return rc;
  return 0;
}

/* Scan t[from, to) from state *state (exact there), one byte after the
 * other; *state gets the state at the end. */
static int scan_seq(struct sink *k, size_t from, size_t to, uint32_t *state)
{
  const struct ac *ac = k->ac;
  const uint32_t *dense = ac->dense;
  const uint32_t de = ac->dense_entries;
  const uint8_t *t = k->t, *p = t + from, *e = t + to;
  uint32_t s = *state;
  int rc = PP_OK;

  while(p < e) {
    uint32_t x;
    uint8_t b = *p++;
    if(pp_likely(s < de))
      x = dense[s + ac->cls[b]];
    else
      x = sparse_next(ac, s, b);
    s = x & ~MATCH;
    if(pp_unlikely(x & MATCH) &&
       (rc = sink_event(k, (size_t)(p - t), out_of(ac, s))))
      break;
  }
  *state = s;
  return rc;
}

/*
 * Interleaved lanes.  One byte after the other, a scan is a chain of
 * dependent loads (the next state needs the previous one), so the time per
 * byte is the latency of one table load.  Four lanes over four stretches
 * of the text keep four independent chains in flight instead.
 *
 * A superblock of LANES * B + W bytes at base (W = the longest pattern):
 * lane j reads B + W bytes from base + j B.  Lane 0 starts from the exact
 * state at base and keeps every event; lane j > 0 starts from the root,
 * and after W bytes its state is exact (a state is the longest suffix of
 * the text read that is a prefix of a pattern, never longer than W), so
 * it keeps the events that end after base + j B + W.  Events are buffered
 * per lane and handed to the sink lane after lane, which is order of end.
 * A lane whose buffer fills remembers where, and that part is scanned
 * again one byte after the other when its turn comes.
 */
#define LANES 4
#define LANE_EVENTS 512
#define LANE_BYTES_MIN 2048u

/* Bytes per lane: 0 for max(LANE_BYTES_MIN, 8 W); tests set it small. */
UNITTEST size_t ac_lane_bytes = 0;

struct lane {
  size_t from;             /* first byte read */
  size_t arm;              /* events ending after this are kept */
  size_t resume;           /* buffer full: rescan from here (else SIZE_MAX) */
  uint32_t resume_s;       /* the exact state there */
  uint32_t nev;
  uint32_t ev_end[LANE_EVENTS];   /* end - from */
  uint32_t ev_s[LANE_EVENTS];     /* state reached */
};

static void lane_event(struct lane *ln, size_t end, uint32_t s,
                       uint32_t before)
{
  if(end <= ln->arm || ln->resume != SIZE_MAX)
    return;
  if(ln->nev == LANE_EVENTS) {
    ln->resume = end - 1;
    ln->resume_s = before;
    return;
  }
  ln->ev_end[ln->nev] = (uint32_t)(end - ln->from);
  ln->ev_s[ln->nev++] = s;
}

/* One step of lane j: byte i of its stretch. */
#define LANE_STEP(j)                                                    \
  do {                                                                  \
    uint8_t b_ = p##j[i];                                               \
    uint32_t x_ = pp_likely(s##j < de) ? dense[s##j + cls[b_]]          \
                                       : sparse_next(ac, s##j, b_);     \
    if(pp_unlikely(x_ & MATCH))                                         \
      lane_event(&ln[j], ln[j].from + i + 1, x_ & ~MATCH, s##j);        \
    s##j = x_ & ~MATCH;                                                 \
  } while(0)

static int scan_lanes(struct sink *k, size_t base, size_t B, size_t W,
                      uint32_t *state)
{
  const struct ac *ac = k->ac;
  const uint32_t *dense = ac->dense;
  const uint8_t *cls = ac->cls;
  const uint32_t de = ac->dense_entries;
  struct lane ln[LANES];
  const uint8_t *p0, *p1, *p2, *p3;
  uint32_t s0 = *state, s1 = 0, s2 = 0, s3 = 0, e, tmp;
  size_t i, n = B + W;
  int j, rc;

  for(j = 0; j < LANES; j++) {
    ln[j].from = base + (size_t)j * B;
    ln[j].arm = j ? ln[j].from + W : base;
    ln[j].resume = SIZE_MAX;
    ln[j].nev = 0;
  }
  p0 = k->t + ln[0].from;
  p1 = k->t + ln[1].from;
  p2 = k->t + ln[2].from;
  p3 = k->t + ln[3].from;
  for(i = 0; i < n; i++) {
    LANE_STEP(0);
    LANE_STEP(1);
    LANE_STEP(2);
    LANE_STEP(3);
  }
  *state = s3;
  for(j = 0; j < LANES; j++) {
    for(e = 0; e < ln[j].nev; e++)
      if((rc = sink_event(k, ln[j].from + ln[j].ev_end[e],
                          out_of(ac, ln[j].ev_s[e]))))
        return rc;
    tmp = ln[j].resume_s;
    if(ln[j].resume != SIZE_MAX &&
       (rc = scan_seq(k, ln[j].resume, ln[j].from + n, &tmp)))
      return rc;
  }
  return PP_OK;
}

static int scan(struct sink *k)
{
  size_t W = k->ac->max_len, pos = 0;
  size_t B = ac_lane_bytes ? ac_lane_bytes : PP_MAX(LANE_BYTES_MIN, 8 * W);
  uint32_t s = 0;
  int rc;

  while(k->len - pos >= LANES * B + W) {
    if((rc = scan_lanes(k, pos, B, W, &s)))
      return rc;
    pos += LANES * B + W;
  }
  if((rc = scan_seq(k, pos, k->len, &s)))
    return rc;
  return sink_done(k);
}

int ac_scan(const struct ac *ac, const void *text, size_t len,
            unsigned mode, ac_match_fn cb, void *user)
{
  struct sink k;
  if(!ac || !ac->compiled || !cb || (!text && len) ||
     mode > AC_SCAN_LEFTMOST_LONGEST)
    return PP_EINVAL;
  if(!len || !ac->npats)
    return PP_OK;
  k.ac = ac;
  k.t = text;
  k.len = len;
  k.mode = mode;
  k.cb = cb;
  k.user = user;
  k.maxl = ac->max_len;
  k.pos = k.fin = k.pending = 0;
  for(k.mask = 1; k.mask < k.maxl; k.mask *= 2)
    ;
  k.mask--;
  if(mode == AC_SCAN_LEFTMOST_LONGEST)
    memset(k.used, 0, (k.mask / 64 + 1) * sizeof(k.used[0]));
  return scan(&k);
}

size_t ac_memory(const struct ac *ac)
{
  if(!ac)
    return 0;
  if(!ac->compiled)
    return sizeof(*ac) + ac->pool_cap + ac->pats_cap * sizeof(*ac->pats);
  return sizeof(*ac) + ac->ndense * ac->stride * sizeof(uint32_t) +
         ac->nsw * sizeof(*ac->sw) +
         ac->nouts * sizeof(*ac->outs) +
         ac->npats * (sizeof(*ac->pid) + 1);
}

void ac_stats(const struct ac *ac, struct ac_stats *st)
{
  memset(st, 0, sizeof(*st));
  if(!ac)
    return;
  st->patterns = ac->npats;
  st->states = ac->compiled ? ac->nstates : 0;
  st->dense_states = ac->compiled ? ac->ndense : 0;
  st->classes = ac->compiled ? ac->ncls : 0;
  st->max_len = ac->max_len;
  st->memory = ac_memory(ac);
}
