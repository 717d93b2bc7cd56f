/*
 * pp_jsonl.h: the JSON lines sink, one object per inventory record.
 *
 * The format (documented in doc/pressprobe-jsonl.5) carries the same
 * fields as the store, including the client HyperLogLog (base64 of the
 * pp_hll serialization), so records from several probes merge exactly.
 */
#ifndef PP_JSONL_H
#define PP_JSONL_H

#include <stdio.h>

#include "pp_record.h"

/* Write rec as one line.  PP_OK or PP_EIO. */
int jsonl_write_record(FILE *f, const struct pp_record *rec);

#endif
