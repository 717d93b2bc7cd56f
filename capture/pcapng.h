/*
 * pcapng.h: a pcapng reader (draft-ietf-opsawg-pcapng) that, unlike
 * libpcap 1.10, accepts sections whose interfaces have different link
 * types (captures from several interfaces at once: dumpcap -i eth0 -i any),
 * and per-interface timestamp resolutions and offsets.
 *
 * Blocks read: Section Header (either byte order; a new section resets the
 * interfaces), Interface Description (link type, snap length, if_tsresol,
 * if_tsoffset), Enhanced Packet, Simple Packet and the obsolete Packet
 * block.  Every other block is skipped.  Block bodies are read through
 * pp_cursor; a block is at most PCAPNG_BLOCK_MAX bytes and a section has at
 * most PCAPNG_IFACES_MAX interfaces.
 */
#ifndef PP_PCAPNG_H
#define PP_PCAPNG_H

#include "pp_common.h"

#define PCAPNG_BLOCK_MAX (16u * 1024 * 1024)
#define PCAPNG_IFACES_MAX 4096
#define PCAPNG_MAGIC 0x0a0d0d0au

struct pcapng;

struct pcapng_packet {
  pp_usec_t ts;
  const uint8_t *data;          /* into the file's memory */
  uint32_t caplen, wirelen;
  int linktype;                 /* of the interface the packet came on */
  uint32_t iface;
};

/* Reader over a file's bytes in memory (not copied: they must outlive the
 * reader).  PP_OK, PP_EFORMAT (not pcapng), PP_ENOMEM; errbuf
 * (PP_ERRBUF_SIZE) says why. */
int pcapng_open(const uint8_t *data, size_t len, struct pcapng **out,
                char *errbuf);

/* 1: a packet; 0: end of file; < 0: damage (errbuf of pcapng_error). */
int pcapng_next(struct pcapng *p, struct pcapng_packet *pkt);
const char *pcapng_error(const struct pcapng *p);
/* Bytes consumed so far (for progress). */
size_t pcapng_offset(const struct pcapng *p);
void pcapng_close(struct pcapng *p);

#endif
