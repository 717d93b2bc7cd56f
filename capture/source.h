/*
 * source.h: where packets come from, behind one small ops table so that
 * live interfaces (-i) and other readers slot in beside the file reader.
 *
 * The file reader wraps libpcap (pcap and pcapng, micro- or nanosecond,
 * either byte order; libpcap detects the format, not the file name) with
 * an optional BPF filter.  A damaged file (cut mid-record, bad record
 * length) ends with PP_EIO and a message; every packet before the damage
 * has been delivered.
 */
#ifndef PP_SOURCE_H
#define PP_SOURCE_H

#include "pp_common.h"

struct source;

struct src_packet {
  pp_usec_t ts;
  const uint8_t *data;    /* valid until the next source_next() */
  uint32_t caplen;
  uint32_t wirelen;
  int dlt;                /* link type of this packet */
};

struct source_ops {
  /* 1: a packet; 0: end of input; < 0: error (see source_error) */
  int (*next)(struct source *s, struct src_packet *pkt);
  void (*close)(struct source *s);
  /* fraction of the input read, 0..1, or < 0 when unknown */
  double (*progress)(struct source *s);
};

struct source {
  const struct source_ops *ops;
  char err[PP_ERRBUF_SIZE];
};

/* Open a capture file; bpf may be NULL.  errbuf gets the reason.
 * Returns PP_OK, PP_ENOENT, PP_EFORMAT (not a capture file, or empty),
 * PP_EINVAL (bad filter), PP_ENOMEM. */
int source_open_file(const char *path, const char *bpf, struct source **out,
                     char *errbuf);

static inline int source_next(struct source *s, struct src_packet *pkt)
{
  return s->ops->next(s, pkt);
}

static inline double source_progress(struct source *s)
{
  return s->ops->progress ? s->ops->progress(s) : -1.0;
}

static inline const char *source_error(const struct source *s)
{
  return s->err;
}

void source_close(struct source *s);   /* NULL ok */

#endif
