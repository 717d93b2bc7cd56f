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

struct pp_hll *pp_hll_new(void);          /* NULL on ENOMEM */
void pp_hll_free(struct pp_hll *h);       /* NULL ok */
void pp_hll_reset(struct pp_hll *h);      /* back to empty */
/* Add one hashed element; PP_OK or PP_ENOMEM (sketch unchanged). */
int pp_hll_add(struct pp_hll *h, uint64_t hash);
/* dst := dst u src; PP_OK or PP_ENOMEM. */
int pp_hll_merge(struct pp_hll *dst, const struct pp_hll *src);
double pp_hll_estimate(const struct pp_hll *h);

/* Serialize into buf (cap >= PP_HLL_SERIAL_MAX is always enough);
 * *len gets the size.  Versioned, little-endian, documented in
 * doc/pressprobe-store.5.  Returns PP_OK or PP_ERANGE. */
int pp_hll_serialize(const struct pp_hll *h, uint8_t *buf, size_t cap,
                     size_t *len);
/* Parse untrusted bytes (store rows, JSON lines from other probes) and
 * merge them into h.  PP_OK, PP_EMALFORMED, PP_ETRUNC, PP_ENOMEM. */
int pp_hll_merge_serialized(struct pp_hll *h, const uint8_t *buf, size_t len);

#endif
