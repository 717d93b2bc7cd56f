/*
 * pcap_clients.c: list the client addresses of capture files, for the
 * privacy test (tests/scripts/privacy.sh), one per line.
 *
 * A client is an address that opens a TCP connection (SYN without ACK),
 * sends a DNS query (UDP to port 53), a QUIC long-header packet to port
 * 443, or a TCP payload that starts like an HTTP request or a TLS
 * ClientHello.  Addresses that also act as servers in the same capture
 * (they receive a SYN, answer DNS, or receive such requests) are not
 * listed: they are servers too, and servers may be written.
 */
#include "config.h"

#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>

#include "decode.h"
#include "pp_addr.h"

#define MAX_ADDRS 65536

struct set {
  struct pp_addr a[MAX_ADDRS];
  size_t n;
};

static struct set clients, servers;

static void add(struct set *s, const struct pp_addr *a)
{
  size_t i;
  for(i = 0; i < s->n; i++)
    if(pp_addr_eq(&s->a[i], a))
      return;
  if(s->n < MAX_ADDRS)
    s->a[s->n++] = *a;
}

static bool has(const struct set *s, const struct pp_addr *a)
{
  size_t i;
  for(i = 0; i < s->n; i++)
    if(pp_addr_eq(&s->a[i], a))
      return true;
  return false;
}

static bool request_like(const uint8_t *p, uint32_t n)
{
  static const char *const methods[] = {"GET ", "POST ", "HEAD ", "PUT ",
                                        "CONNECT ", "OPTIONS "};
  size_t i;
  if(n >= 6 && p[0] == 0x16 && p[1] == 0x03 && p[5] == 0x01)
    return true;
  for(i = 0; i < sizeof(methods) / sizeof(methods[0]); i++)
    if(n >= strlen(methods[i]) && !memcmp(p, methods[i], strlen(methods[i])))
      return true;
  return false;
}

int main(int argc, char **argv)
{
  char err[PCAP_ERRBUF_SIZE], buf[PP_ADDR_STRLEN];
  size_t i;
  int f;
  for(f = 1; f < argc; f++) {
    struct pcap_pkthdr *h;
    const u_char *data;
    pcap_t *p = pcap_open_offline(argv[f], err);
    if(!p)
      continue;
    while(pcap_next_ex(p, &h, &data) == 1) {
      struct decoded d;
      if(decode_packet(pcap_datalink(p), data, h->caplen, &d) != DECODE_OK)
        continue;
      if(d.l4proto == 6) {
        if((d.tcp_flags & (TCPF_SYN | TCPF_ACK)) == TCPF_SYN ||
           (d.payload_len && request_like(d.payload, d.payload_len))) {
          add(&clients, &d.src);
          add(&servers, &d.dst);
        }
      }
      else if(d.l4proto == 17) {
        if(d.dport == 53 || (d.dport == 443 && d.payload_len &&
                             (d.payload[0] & 0x80))) {
          add(&clients, &d.src);
          add(&servers, &d.dst);
        }
        else if(d.sport == 53)
          add(&servers, &d.src);
      }
    }
    pcap_close(p);
  }
  for(i = 0; i < clients.n; i++)
    if(!has(&servers, &clients.a[i]))
      printf("%s\n", pp_addr_str(&clients.a[i], buf));
  return 0;
}
