/*
 * pp_hll.c: HyperLogLog distinct counter, precision 12 (see pp_hll.h).
 *
 * References: P. Flajolet, E. Fusy, O. Gandouet, F. Meunier, "HyperLogLog:
 * the analysis of a near-optimal cardinality estimation algorithm", 2007;
 * S. Heule, M. Nunkesser, A. Hall, "HyperLogLog in Practice", EDBT 2013
 * (sparse representation); O. Ertl, "New cardinality estimation algorithms
 * for HyperLogLog sketches", arXiv:1702.01284, 2017 (the estimator here).
 *
 * A 64-bit hash h updates register idx = h >> 52 (top 12 bits) with
 * rank = 1 + number of leading zeros of the low 52 bits, 1..53.
 *
 * Memory: a sketch starts sparse, an ascending array of (idx << 8 | rank)
 * words, one per non-zero register, and turns dense (4096 one-byte
 * registers) once more than SPARSE_MAX registers are set, i.e. when the
 * sparse array would outgrow the dense one.  One byte per register rather
 * than 6 bits: 1 KiB more per dense sketch, but registers are plain bytes
 * (merge is a byte-wise max that the compiler vectorises, no bit fiddling)
 * and only the few names with over a thousand clients are ever dense.
 *
 * Estimator: Ertl's improved raw estimator (Algorithm 6 of the paper).  It
 * uses the register histogram only, needs neither bias tables nor a switch
 * to linear counting, and is as exact as linear counting for small sets.
 *
 * Serialized form (little endian; doc/pressprobe-store.5):
 *
 *   0       1       2       3
 *   +-------+-------+-------+---------------------------------------+
 *   |version| mode  | prec. | data ...                              |
 *   +-------+-------+-------+---------------------------------------+
 *   version = 1, prec. = 12
 *   mode 0, sparse: count (le16, <= 4096), then count entries of
 *                   index (le16, < 4096, strictly ascending), rank (u8,
 *                   1..53)
 *   mode 1, dense:  4096 registers, one byte each, 0..53
 *
 * Nothing may follow the data.
 */
#include "config.h"

#include <math.h>

#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"
#include "pp_hll.h"

#define M PP_HLL_REGISTERS
#define Q (64 - PP_HLL_P)          /* bits of the hash that give the rank */
#define RANK_MAX (Q + 1)           /* 53 */
#define SPARSE_MAX (M / sizeof(uint32_t))   /* entries before going dense */
#define SPARSE_MIN_CAP 4

#define SERIAL_VERSION 1
#define MODE_SPARSE 0
#define MODE_DENSE 1
#define HDR_LEN 3
#define SPARSE_ENTRY_LEN 3

/* Estimates are clamped here: beyond, the number means nothing and it
 * still converts safely to uint64_t / int64_t. */
#define ESTIMATE_MAX 9.0e18

#define ENTRY(idx, rank) ((uint32_t)(idx) << 8 | (uint32_t)(rank))
#define E_IDX(e) ((e) >> 8)
#define E_RANK(e) ((uint8_t)((e) & 0xff))

struct pp_hll {
  uint8_t *dense;      /* M registers, or NULL while sparse */
  uint32_t *sparse;    /* n entries, ascending index; NULL when empty */
  uint32_t n, cap;
};

struct pp_hll *pp_hll_new(void)
{
  return pp_calloc(1, sizeof(struct pp_hll));
}

void pp_hll_free(struct pp_hll *h)
{
  if(!h)
    return;
  pp_free(h->dense);
  pp_free(h->sparse);
  pp_free(h);
}

void pp_hll_reset(struct pp_hll *h)
{
  if(!h)
    return;
  pp_free(h->dense);
  pp_free(h->sparse);
  memset(h, 0, sizeof(*h));
}

UNITTEST PP_UNUSED bool hll_is_dense(const struct pp_hll *h)
{
  return h->dense != NULL;
}

/* Sparse -> dense.  PP_ENOMEM leaves h as it was. */
static int to_dense(struct pp_hll *h)
{
  uint32_t i;
  uint8_t *d = pp_calloc(M, 1);
  if(!d)
    return PP_ENOMEM;
  for(i = 0; i < h->n; i++)
    d[E_IDX(h->sparse[i])] = E_RANK(h->sparse[i]);
  pp_free(h->sparse);
  h->sparse = NULL;
  h->n = h->cap = 0;
  h->dense = d;
  return PP_OK;
}

/* Binary search: position of idx, or where it would be inserted. */
static uint32_t sparse_find(const struct pp_hll *h, uint32_t idx)
{
  uint32_t lo = 0, hi = h->n;
  while(lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if(E_IDX(h->sparse[mid]) < idx)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Raise register idx to rank. */
static int set_register(struct pp_hll *h, uint32_t idx, uint8_t rank)
{
  uint32_t pos;
  if(h->dense) {
    if(h->dense[idx] < rank)
      h->dense[idx] = rank;
    return PP_OK;
  }
  pos = sparse_find(h, idx);
  if(pos < h->n && E_IDX(h->sparse[pos]) == idx) {
    if(E_RANK(h->sparse[pos]) < rank)
      h->sparse[pos] = ENTRY(idx, rank);
    return PP_OK;
  }
  if(h->n == SPARSE_MAX) {
    int rc = to_dense(h);
    if(rc)
      return rc;
    h->dense[idx] = rank;
    return PP_OK;
  }
  if(h->n == h->cap) {
    uint32_t cap = h->cap ? h->cap * 2 : SPARSE_MIN_CAP;
    uint32_t *s;
    if(cap > SPARSE_MAX)
      cap = SPARSE_MAX;
    s = pp_realloc(h->sparse, cap * sizeof(*s));
    if(!s)
      return PP_ENOMEM;
    h->sparse = s;
    h->cap = cap;
  }
  memmove(h->sparse + pos + 1, h->sparse + pos,
          (h->n - pos) * sizeof(*h->sparse));
  h->sparse[pos] = ENTRY(idx, rank);
  h->n++;
  return PP_OK;
}

int pp_hll_add(struct pp_hll *h, uint64_t hash)
{
  uint32_t idx = (uint32_t)(hash >> Q);
  /* The guard bit caps the rank at Q + 1 when the low bits are all 0. */
  uint64_t w = hash << PP_HLL_P | (uint64_t)1 << (PP_HLL_P - 1);
  return set_register(h, idx, (uint8_t)(__builtin_clzll(w) + 1));
}

/*
 * Merge n ascending, index-unique entries into h.  PP_ENOMEM leaves h
 * as it was.
 */
static int merge_entries(struct pp_hll *h, const uint32_t *e, uint32_t n)
{
  uint32_t i = 0, j = 0, k = 0, *out;
  if(h->dense) {
    for(j = 0; j < n; j++) {
      if(h->dense[E_IDX(e[j])] < E_RANK(e[j]))
        h->dense[E_IDX(e[j])] = E_RANK(e[j]);
    }
    return PP_OK;
  }
  if(!n)
    return PP_OK;
  out = pp_malloc(((size_t)h->n + n) * sizeof(*out));
  if(!out)
    return PP_ENOMEM;
  while(i < h->n || j < n) {
    if(j == n || (i < h->n && E_IDX(h->sparse[i]) < E_IDX(e[j])))
      out[k++] = h->sparse[i++];
    else if(i == h->n || E_IDX(e[j]) < E_IDX(h->sparse[i]))
      out[k++] = e[j++];
    else {
      /* Same register: same index, so the larger word has the max rank. */
      out[k++] = PP_MAX(h->sparse[i], e[j]);
      i++;
      j++;
    }
  }
  if(k > SPARSE_MAX) {
    uint8_t *d = pp_calloc(M, 1);
    if(!d) {
      pp_free(out);
      return PP_ENOMEM;
    }
    for(i = 0; i < k; i++)
      d[E_IDX(out[i])] = E_RANK(out[i]);
    pp_free(out);
    pp_free(h->sparse);
    h->sparse = NULL;
    h->n = h->cap = 0;
    h->dense = d;
    return PP_OK;
  }
  pp_free(h->sparse);
  h->sparse = out;
  h->cap = h->n + n;
  h->n = k;
  return PP_OK;
}

int pp_hll_merge(struct pp_hll *dst, const struct pp_hll *src)
{
  uint32_t i;
  if(!src || src == dst)
    return PP_OK;
  if(!src->dense)
    return merge_entries(dst, src->sparse, src->n);
  if(!dst->dense) {
    int rc = to_dense(dst);
    if(rc)
      return rc;
  }
  for(i = 0; i < M; i++)
    dst->dense[i] = PP_MAX(dst->dense[i], src->dense[i]);
  return PP_OK;
}

/* Ertl's sigma(x) = x + sum_{k>=1} x^(2^k) 2^(k-1), for x in [0, 1]. */
static double sigma(double x)
{
  double y = 1.0, z = x, zp;
  if(x >= 1.0)
    return HUGE_VAL;
  do {
    x *= x;
    zp = z;
    z += x * y;
    y += y;
  } while(z != zp);
  return z;
}

/* Ertl's tau(x) = (1 - x - sum_{k>=1} (1 - x^(2^-k))^2 2^-k) / 3. */
static double tau(double x)
{
  double y = 1.0, z, zp;
  if(x <= 0.0 || x >= 1.0)
    return 0.0;
  z = 1.0 - x;
  do {
    x = sqrt(x);
    zp = z;
    y *= 0.5;
    z -= (1.0 - x) * (1.0 - x) * y;
  } while(z != zp);
  return z / 3.0;
}

double pp_hll_estimate(const struct pp_hll *h)
{
  uint32_t c[RANK_MAX + 1] = {0};
  uint32_t i;
  double z, e;
  const double m = M;
  const double alpha_inf = 0.5 / M_LN2;

  if(!h || (!h->dense && !h->n))
    return 0.0;
  if(h->dense) {
    for(i = 0; i < M; i++)
      c[h->dense[i]]++;
  }
  else {
    c[0] = M - h->n;
    for(i = 0; i < h->n; i++)
      c[E_RANK(h->sparse[i])]++;
  }
  z = m * tau(1.0 - c[RANK_MAX] / m);
  for(i = Q; i >= 1; i--)
    z = 0.5 * (z + c[i]);
  z += m * sigma(c[0] / m);
  if(!(z > 0.0))
    return ESTIMATE_MAX;
  e = alpha_inf * m * m / z;
  return e < ESTIMATE_MAX ? e : ESTIMATE_MAX;
}

int pp_hll_serialize(const struct pp_hll *h, uint8_t *buf, size_t cap,
                     size_t *len)
{
  bool dense = h && h->dense;
  uint32_t n = h && !dense ? h->n : 0, i;
  size_t need = dense ? HDR_LEN + (size_t)M
                      : HDR_LEN + 2 + (size_t)n * SPARSE_ENTRY_LEN;
  uint8_t *p = buf;

  if(cap < need)
    return PP_ERANGE;
  *p++ = SERIAL_VERSION;
  *p++ = dense ? MODE_DENSE : MODE_SPARSE;
  *p++ = PP_HLL_P;
  if(dense)
    memcpy(p, h->dense, M);
  else {
    *p++ = (uint8_t)n;
    *p++ = (uint8_t)(n >> 8);
    for(i = 0; i < n; i++) {
      uint32_t idx = E_IDX(h->sparse[i]);
      *p++ = (uint8_t)idx;
      *p++ = (uint8_t)(idx >> 8);
      *p++ = E_RANK(h->sparse[i]);
    }
  }
  *len = need;
  return PP_OK;
}

/* The sparse data after the header: validate and merge. */
static int merge_sparse(struct pp_hll *h, struct pp_rd *r)
{
  uint32_t n = rd_le16(r), i, prev = 0, *e;
  int rc = PP_OK;

  if(!rd_ok(r))
    return r->err;
  if(n > M)
    return PP_EMALFORMED;
  if(rd_left(r) != (size_t)n * SPARSE_ENTRY_LEN)
    return rd_left(r) < (size_t)n * SPARSE_ENTRY_LEN ? PP_ETRUNC
                                                     : PP_EMALFORMED;
  if(!n)
    return PP_OK;
  e = pp_malloc(n * sizeof(*e));
  if(!e)
    return PP_ENOMEM;
  for(i = 0; i < n; i++) {
    uint32_t idx = rd_le16(r);
    uint8_t rank = rd_u8(r);
    if(idx >= M || rank < 1 || rank > RANK_MAX || (i && idx <= prev)) {
      rc = PP_EMALFORMED;
      goto out;
    }
    e[i] = ENTRY(idx, rank);
    prev = idx;
  }
  if(!rd_ok(r))
    rc = r->err;   /* cannot happen: the length was checked above */
  else
    rc = merge_entries(h, e, n);
out:
  pp_free(e);
  return rc;
}

/* The dense data after the header: validate and merge. */
static int merge_dense(struct pp_hll *h, struct pp_rd *r)
{
  uint8_t regs[M];
  uint32_t i;

  if(rd_left(r) != M)
    return rd_left(r) < M ? PP_ETRUNC : PP_EMALFORMED;
  rd_copy(r, regs, M);
  if(!rd_ok(r))
    return r->err;
  for(i = 0; i < M; i++) {
    if(regs[i] > RANK_MAX)
      return PP_EMALFORMED;
  }
  if(!h->dense) {
    int rc = to_dense(h);
    if(rc)
      return rc;
  }
  for(i = 0; i < M; i++)
    h->dense[i] = PP_MAX(h->dense[i], regs[i]);
  return PP_OK;
}

int pp_hll_merge_serialized(struct pp_hll *h, const uint8_t *buf, size_t len)
{
  struct pp_rd r;
  uint8_t version, mode, prec;

  rd_init(&r, buf, len);
  version = rd_u8(&r);
  mode = rd_u8(&r);
  prec = rd_u8(&r);
  if(!rd_ok(&r))
    return r.err;
  if(version != SERIAL_VERSION || prec != PP_HLL_P)
    return PP_EMALFORMED;
  switch(mode) {
  case MODE_SPARSE:
    return merge_sparse(h, &r);
  case MODE_DENSE:
    return merge_dense(h, &r);
  default:
    return PP_EMALFORMED;
  }
}
