/*
 * stream.h: in-order prefix of one direction of a TCP byte stream.
 *
 * Names live in the first bytes a client sends (HTTP request head, TLS
 * ClientHello), but those bytes can span several segments that arrive out
 * of order, duplicated or overlapping.  A struct stream keeps the first
 * `max` bytes of the stream in sequence-number order and tells how many
 * of them are contiguous from the start.
 *
 * Policy (RFC 9293 3.4 sequence arithmetic, modulo 2^32):
 *  - the start is the SYN's sequence number + 1 when the SYN was seen,
 *    otherwise the first data segment's; with no SYN a segment just before
 *    the start moves the start back (reordered first segments);
 *  - overlapping bytes: the first copy wins (as most end hosts do), except
 *    that a longer segment at offset 0 replaces a first segment of at most
 *    STREAM_JUNK_MAX bytes that it contradicts (middleboxes put junk on
 *    handshake ACKs, then the real data reuses the sequence number);
 *  - at most STREAM_HOLES_MAX holes are tracked beyond the contiguous
 *    prefix, and a segment may start at most STREAM_AHEAD_MAX bytes beyond
 *    it; other segments are dropped and counted.
 *
 * Memory: the buffer is allocated on the first data byte and doubles as
 * needed up to max.  stream_release() frees it.
 */
#ifndef PP_STREAM_H
#define PP_STREAM_H

#include "pp_common.h"

#define STREAM_HOLES_MAX 8
#define STREAM_JUNK_MAX 16      /* first segments this small may be junk */
/* A segment may start at most this far beyond the contiguous prefix: a
 * lone segment far ahead would otherwise make a flow allocate the whole
 * buffer for two small packets. */
#define STREAM_AHEAD_MAX 4096
#define STREAM_MAX_DEFAULT (16 * 1024)

struct stream_range {
  uint32_t start, end;          /* offsets from the stream start */
};

struct stream {
  uint8_t *buf;
  uint32_t cap;                 /* allocated bytes */
  uint32_t max;                 /* largest prefix kept */
  uint32_t base;                /* sequence number of offset 0 */
  uint32_t contig;              /* bytes contiguous from offset 0 */
  uint8_t base_known;           /* 0 none, 1 from data (movable), 2 SYN */
  uint8_t n_ranges;
  uint8_t full;                 /* a segment reached past max */
  uint8_t pad;
  struct stream_range ranges[STREAM_HOLES_MAX];  /* stored beyond contig */
  uint32_t dropped;             /* segments dropped (holes limit, memory) */
  uint32_t replaced;            /* tiny junk first segments replaced */
  uint32_t gen;                 /* bumped whenever bytes already held move
                                   or change (rebase, junk replaced):
                                   offsets into buf taken before are void */
};

/* Prepare an empty stream keeping at most max bytes (>= 1). */
void stream_init(struct stream *s, uint32_t max);
/* Free the buffer; the stream is empty again.  NULL-safe. */
void stream_release(struct stream *s);
/* Forget the data but keep the start (for stream restarts). */
void stream_reset(struct stream *s);
/* A SYN with this sequence number: data starts at seq + 1. */
void stream_syn(struct stream *s, uint32_t seq);

/*
 * Add a segment.  Returns 1 when the contiguous prefix changed (grew, or
 * was rebuilt after a reordered first segment), 0 when it did not, or
 * PP_ENOMEM.
 */
long stream_add(struct stream *s, uint32_t seq, const uint8_t *data,
                uint32_t len);

/* Offset (from the start) of a segment with this sequence number, and
 * whether it lies inside [start - max, start + max). */
bool stream_offset(const struct stream *s, uint32_t seq, int64_t *off);

#endif
