/*
 * pp_jsonl.h: the JSON lines sink, one object per inventory record.
 *
 * The format (documented in doc/pressprobe-jsonl.5) carries the same
 * fields as the store, including the client HyperLogLog (base64 of the
 * pp_hll serialization), so records from several probes merge exactly.
 *
 * Base64 (RFC 4648, section 4: standard alphabet, padded) lives here too,
 * since the sketch field is its only user.
 */
#ifndef PP_JSONL_H
#define PP_JSONL_H

#include <stdio.h>

#include "pp_cursor.h"
#include "pp_record.h"

/* Write rec as one line (an object and '\n') to f.  PP_OK, PP_EIO (write
 * failed: f's error flag is set), or PP_EINVAL (f or rec NULL). */
int jsonl_write_record(FILE *f, const struct pp_record *rec);

/* Base64 text length of n bytes, without the terminating NUL. */
#define JSONL_B64_LEN(n) (((n) + 2) / 3 * 4)

/* Encode n bytes of in as padded base64 into out and NUL-terminate it.
 * cap must be at least JSONL_B64_LEN(n) + 1.  Returns the text length,
 * or 0 with out[0] = '\0' (when cap > 0) if cap is too small. */
size_t jsonl_base64_encode(const void *in, size_t n, char *out, size_t cap);

/*
 * Decode the next n bytes of r, untrusted base64 text, into out (cap
 * bytes); *outlen gets the decoded size.  Strict: the standard alphabet
 * only, n a multiple of 4, padding only at the end, unused bits zero, no
 * whitespace.  Returns PP_OK, PP_ETRUNC (r holds fewer than n bytes),
 * PP_EMALFORMED, or PP_ERANGE (out too small).  On error r is in error
 * (PP_ERANGE aside) and out holds garbage.
 */
int jsonl_base64_decode(struct pp_rd *r, size_t n, uint8_t *out, size_t cap,
                        size_t *outlen);

#endif
