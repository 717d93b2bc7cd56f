/*
 * pp_siphash.h: SipHash-2-4 (Aumasson & Bernstein, 2012), a keyed 64-bit
 * PRF.  pressprobe hashes client addresses with a per-deployment secret key
 * before they reach a HyperLogLog, so the sketches do not reveal addresses
 * and two probes with the same key produce mergeable sketches.
 */
#ifndef PP_SIPHASH_H
#define PP_SIPHASH_H

#include "pp_common.h"

#define PP_SIPHASH_KEYLEN 16

/* SipHash-2-4 of len bytes at data (NULL allowed when len is 0) under
 * key; the 8 output bytes read as a little-endian integer, as in the
 * paper's test vectors. */
uint64_t pp_siphash24(const uint8_t key[PP_SIPHASH_KEYLEN], const void *data,
                      size_t len);

/* SipHash-1-3: the same function with 1 compression and 3 finalization
 * rounds, half the cost; what hash tables on hostile keys use per packet
 * (the flow table).  Keys and output are as for pp_siphash24. */
uint64_t pp_siphash13(const uint8_t key[PP_SIPHASH_KEYLEN], const void *data,
                      size_t len);

#endif
