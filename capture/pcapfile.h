/*
 * pcapfile.h: capture files read from memory (a read-only mapping of the
 * file): classic pcap (microsecond and nanosecond, either byte order) and
 * pcapng (pcapng.h).  Reading from the mapping avoids the copies of
 * stdio-based readers: no read(2) into a buffer, no copy per record.
 *
 * Classic pcap: tcpdump.org/manpages/pcap-savefile.5.html
 *   file header: magic(4) major(2) minor(2) thiszone(4) sigfigs(4)
 *                snaplen(4) linktype(4)
 *   record:      ts_sec(4) ts_frac(4) incl_len(4) orig_len(4) data
 * Variants with other record headers (Kuznetzov, Nokia) are left to
 * libpcap: pcapfile_is_classic() says which.
 */
#ifndef PP_PCAPFILE_H
#define PP_PCAPFILE_H

#include "pp_common.h"

#define PCAPFILE_RECORD_MAX (256u * 1024)  /* larger records: damage */

struct pcapfile;

struct pcapfile_packet {
  pp_usec_t ts;
  const uint8_t *data;        /* into the mapping */
  uint32_t caplen, wirelen;
  int linktype;
};

/* True when the first bytes are a classic pcap header we read ourselves. */
bool pcapfile_is_classic(const uint8_t *p, size_t len);

/* Reader over memory (not copied; must outlive the reader). */
int pcapfile_open(const uint8_t *data, size_t len, struct pcapfile **out,
                  char *errbuf);
/* 1 packet, 0 end, < 0 damage (message in pcapfile_error). */
int pcapfile_next(struct pcapfile *f, struct pcapfile_packet *pkt);
const char *pcapfile_error(const struct pcapfile *f);
size_t pcapfile_offset(const struct pcapfile *f);
void pcapfile_close(struct pcapfile *f);

#endif
