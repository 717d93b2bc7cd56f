/*
 * pp_hll.h: HyperLogLog distinct-count sketch (Flajolet et al. 2007, with
 * the small-range correction of Heule et al. 2013, "HyperLogLog in
 * Practice"), precision 12 (4096 registers, ~1.6% standard error).
 *
 * Sketches start sparse (a short sorted list of register updates) and turn
 * dense when that list would outgrow the dense form, so the many names with
 * a handful of clients cost a few bytes each.
 *
 * Input is a 64-bit hash (already keyed, see pp_siphash.h).  Sketches merge
 * by taking the register-wise maximum: merge(A, B) estimates |A u B|.
 */
#ifndef PP_HLL_H
#define PP_HLL_H

#include "pp_common.h"

#define PP_HLL_P 12
#define PP_HLL_REGISTERS (1u << PP_HLL_P)
/* Largest serialized form: header + dense registers. */
#define PP_HLL_SERIAL_MAX (8 + PP_HLL_REGISTERS)

struct pp_hll;

/* An empty sketch (a few bytes until the first add); NULL on ENOMEM.
 * The caller frees it with pp_hll_free. */
struct pp_hll *pp_hll_new(void);
void pp_hll_free(struct pp_hll *h);       /* NULL ok */
void pp_hll_reset(struct pp_hll *h);      /* back to empty; NULL ok */
/* Add one hashed element; PP_OK or PP_ENOMEM (sketch unchanged). */
int pp_hll_add(struct pp_hll *h, uint64_t hash);
/* dst := dst u src (src NULL or dst itself: no-op); PP_OK or PP_ENOMEM
 * (dst unchanged). */
int pp_hll_merge(struct pp_hll *dst, const struct pp_hll *src);
/* Estimated number of distinct elements: 0 for an empty sketch or NULL,
 * exact within 1 for a handful, ~1.6 % standard error above; finite and
 * at most 9e18. */
double pp_hll_estimate(const struct pp_hll *h);

/* Serialize h (NULL: the empty sketch) into buf (cap >= PP_HLL_SERIAL_MAX
 * is always enough); *len gets the size.  Versioned, little-endian,
 * documented in doc/pressprobe-store.5.  Returns PP_OK or PP_ERANGE. */
int pp_hll_serialize(const struct pp_hll *h, uint8_t *buf, size_t cap,
                     size_t *len);
/* Parse untrusted bytes (store rows, JSON lines from other probes) and
 * merge them into h.  Everything is validated first: on error h is
 * unchanged.  PP_OK, PP_EMALFORMED, PP_ETRUNC, PP_ENOMEM. */
int pp_hll_merge_serialized(struct pp_hll *h, const uint8_t *buf, size_t len);

#ifdef PP_UNITTESTS
bool hll_is_dense(const struct pp_hll *h);   /* false while sparse */
#endif

#endif
