/*
 * fuzz_pcapng.c: the capture-file readers (pcapng, and classic pcap when
 * the input starts with a pcap magic) on arbitrary bytes.
 */
#include "config.h"

#include <stdint.h>

#include "pcapfile.h"
#include "pcapng.h"
#include "pp_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char err[PP_ERRBUF_SIZE];
  struct pcapng *p;
  struct pcapfile *pf;
  struct pcapng_packet pk;
  struct pcapfile_packet fp;
  unsigned sum = 0;
  if(pcapng_open(data, size, &p, err) == 0) {
    while(pcapng_next(p, &pk) == 1)
      sum += pk.caplen ? pk.data[pk.caplen - 1] : 0;
    pcapng_close(p);
  }
  if(pcapfile_open(data, size, &pf, err) == 0) {
    while(pcapfile_next(pf, &fp) == 1)
      sum += fp.caplen ? fp.data[fp.caplen - 1] : 0;
    pcapfile_close(pf);
  }
  return (int)(sum & 0);
}
