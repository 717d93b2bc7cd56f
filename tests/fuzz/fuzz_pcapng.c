/*
 * fuzz_pcapng.c: the pcapng reader on arbitrary bytes.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>

#include "pcapng.h"
#include "pp_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char err[PP_ERRBUF_SIZE];
  struct pcapng *p;
  struct pcapng_packet pk;
  unsigned sum = 0;
  FILE *f;
  if(!size)
    return 0;
  f = fmemopen((void *)data, size, "rb");
  if(!f)
    return 0;
  if(pcapng_open(f, &p, err) == 0) {
    while(pcapng_next(p, &pk) == 1)
      sum += pk.caplen ? pk.data[pk.caplen - 1] : 0;
    pcapng_close(p);
  }
  fclose(f);
  return (int)(sum & 0);
}
