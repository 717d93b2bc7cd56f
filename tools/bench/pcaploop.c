/*
 * pcaploop.c: the baseline of the capture benchmark: a bare libpcap read
 * loop over a file, touching one byte of every packet.  Nothing can read a
 * capture file faster through libpcap, so it is the limit pressprobe's
 * packet rate is measured against.
 *
 *   pcaploop FILE...   ->  "packets N seconds S pps P"
 */
#include "config.h"

#include <pcap/pcap.h>
#include <stdio.h>
#include <time.h>

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
  char err[PCAP_ERRBUF_SIZE];
  unsigned long long n = 0, sum = 0;
  double t0 = now(), secs;
  int i;
  if(argc < 2) {
    fprintf(stderr, "usage: pcaploop FILE...\n");
    return 64;
  }
  for(i = 1; i < argc; i++) {
    struct pcap_pkthdr *h;
    const u_char *d;
    pcap_t *p = pcap_open_offline(argv[i], err);
    if(!p) {
      fprintf(stderr, "pcaploop: %s\n", err);
      return 1;
    }
    while(pcap_next_ex(p, &h, &d) == 1) {
      n++;
      sum += h->caplen + (h->caplen ? d[h->caplen - 1] : 0);
    }
    pcap_close(p);
  }
  secs = now() - t0;
  printf("packets %llu seconds %.3f pps %.0f checksum %llu\n", n, secs,
         secs > 0 ? (double)n / secs : 0.0, sum);
  return 0;
}
