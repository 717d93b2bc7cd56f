/*
 * test_pcapng.c: the capture-file readers.  pcapng: sections in both byte
 * orders, interfaces of different link types, timestamp resolutions, all
 * packet block types, skipped blocks, damage.  Classic pcap (pcapfile.c):
 * both byte orders, nanosecond files, FCS bits in the link type, damage.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "pcapfile.h"
#include "pcapng.h"
#include "pp_err.h"
#include "tap.h"

struct buf {
  uint8_t d[8192];
  size_t n;
  bool be;
};

static void put32(struct buf *b, uint32_t v)
{
  int i;
  for(i = 0; i < 4; i++)
    b->d[b->n++] = (uint8_t)(b->be ? v >> (24 - 8 * i) : v >> (8 * i));
}

static void put16(struct buf *b, uint16_t v)
{
  b->d[b->n++] = (uint8_t)(b->be ? v >> 8 : v);
  b->d[b->n++] = (uint8_t)(b->be ? v : v >> 8);
}

static size_t begin(struct buf *b, uint32_t type)
{
  size_t at = b->n;
  put32(b, type);
  put32(b, 0);
  return at;
}

static void end(struct buf *b, size_t at)
{
  uint32_t len;
  size_t save;
  while(b->n % 4)
    b->d[b->n++] = 0;
  len = (uint32_t)(b->n - at + 4);
  put32(b, len);
  save = b->n;
  b->n = at + 4;
  put32(b, len);
  b->n = save;
}

static void shb(struct buf *b)
{
  size_t at = begin(b, 0x0a0d0d0a);
  put32(b, 0x1a2b3c4d);
  put16(b, 1);
  put16(b, 0);
  put32(b, 0xffffffff);
  put32(b, 0xffffffff);
  end(b, at);
}

static void idb(struct buf *b, uint16_t linktype, int tsresol)
{
  size_t at = begin(b, 1);
  put16(b, linktype);
  put16(b, 0);
  put32(b, 65535);
  if(tsresol >= 0) {
    put16(b, 9);
    put16(b, 1);
    b->d[b->n++] = (uint8_t)tsresol;
    b->n += 3;
  }
  put16(b, 0);
  put16(b, 0);
  end(b, at);
}

static void epb(struct buf *b, uint32_t iface, uint64_t ts, const char *data)
{
  size_t at = begin(b, 6), len = strlen(data);
  put32(b, iface);
  put32(b, (uint32_t)(ts >> 32));
  put32(b, (uint32_t)ts);
  put32(b, (uint32_t)len);
  put32(b, (uint32_t)len + 10);
  memcpy(b->d + b->n, data, len);
  b->n += len;
  end(b, at);
}

/* packets' first bytes, copied while reading (data is valid only until
 * the next pcapng_next) */
static char first[8][16];

static int read_all(const uint8_t *d, size_t n, struct pcapng_packet *pk,
                    int max, int *rc_out)
{
  char err[PP_ERRBUF_SIZE];
  struct pcapng *p;
  int count = 0, rc = 0;
  if(pcapng_open(d, n, &p, err)) {
    *rc_out = PP_EFORMAT;
    return 0;
  }
  while(count < max && (rc = pcapng_next(p, &pk[count])) == 1) {
    memset(first[count], 0, sizeof(first[count]));
    memcpy(first[count], pk[count].data,
           PP_MIN(pk[count].caplen, sizeof(first[count]) - 1));
    count++;
  }
  *rc_out = rc;
  pcapng_close(p);
  return count;
}

static void build(struct buf *b, bool be)
{
  size_t at;
  memset(b, 0, sizeof(*b));
  b->be = be;
  shb(b);
  idb(b, 1, -1);                        /* Ethernet, microseconds */
  idb(b, 113, 9);                       /* SLL, nanoseconds */
  epb(b, 0, 1700000000123456ull, "ether-frame");
  at = begin(b, 5);                     /* statistics block: skipped */
  put32(b, 0);
  end(b, at);
  epb(b, 1, 1700000001000000500ull, "sll");
  at = begin(b, 3);                     /* simple packet on iface 0 */
  put32(b, 4);
  memcpy(b->d + b->n, "spb!", 4);
  b->n += 4;
  end(b, at);
}

static size_t classic(struct buf *b, bool be, bool nsec)
{
  memset(b, 0, sizeof(*b));
  b->be = be;
  put32(b, nsec ? 0xa1b23c4d : 0xa1b2c3d4);
  put16(b, 2);
  put16(b, 4);
  put32(b, 0);
  put32(b, 0);
  put32(b, 65535);
  put32(b, 0x10000000u | 1);        /* FCS bits + Ethernet */
  put32(b, 1700000000);
  put32(b, nsec ? 123456789 : 123456);
  put32(b, 5);
  put32(b, 60);
  memcpy(b->d + b->n, "abcde", 5);
  b->n += 5;
  put32(b, 1700000001);
  put32(b, 0);
  put32(b, 3);
  put32(b, 3);
  memcpy(b->d + b->n, "xyz", 3);
  b->n += 3;
  return b->n;
}

static void test_classic(void)
{
  struct buf b;
  struct pcapfile *f;
  struct pcapfile_packet pk;
  char err[PP_ERRBUF_SIZE];
  int v, n, rc;
  for(v = 0; v < 4; v++) {
    bool be = v & 1, nsec = v & 2;
    classic(&b, be, nsec);
    ok(pcapfile_is_classic(b.d, b.n), "classic %d: recognized", v);
    if(pcapfile_open(b.d, b.n, &f, err))
      continue;
    rc = pcapfile_next(f, &pk);
    ok(rc == 1 && pk.linktype == 1 && pk.caplen == 5 && pk.wirelen == 60 &&
       pk.ts == 1700000000123456ull && !memcmp(pk.data, "abcde", 5),
       "classic %s%s: first record", be ? "big-endian" : "little-endian",
       nsec ? " nanoseconds" : "");
    rc = pcapfile_next(f, &pk);
    ok(rc == 1 && pk.caplen == 3 && !memcmp(pk.data, "xyz", 3),
       "classic %d: second record", v);
    is_int(pcapfile_next(f, &pk), 0, "classic %d: end", v);
    pcapfile_close(f);
  }
  classic(&b, false, false);
  for(n = 25; n < (int)b.n; n++) {
    int got = 0;
    if(pcapfile_open(b.d, (size_t)n, &f, err))
      break;
    while((rc = pcapfile_next(f, &pk)) == 1)
      got++;
    if((n == 45 || n == 68) ? rc != 0 : rc != PP_ETRUNC)
      break;
    pcapfile_close(f);
    f = NULL;
  }
  pcapfile_close(f);
  is_int(n, (int)b.n, "classic: every cut ends at a record or ETRUNC");
  classic(&b, false, false);
  b.d[24 + 8] = 0xff;
  b.d[24 + 9] = 0xff;
  b.d[24 + 10] = 0xff;
  pcapfile_open(b.d, b.n, &f, err);
  rc = pcapfile_next(f, &pk);
  ok(rc == PP_EMALFORMED && strstr(pcapfile_error(f), "claims"),
     "classic: absurd record length refused (%s)", pcapfile_error(f));
  pcapfile_close(f);
  ok(!pcapfile_is_classic((const uint8_t *)"\x0a\x0d\x0d\x0a", 4),
     "pcapng is not classic");
}

int main(void)
{
  struct buf b;
  struct pcapng_packet pk[8];
  int rc, n, order;

  for(order = 0; order < 2; order++) {
    const char *o = order ? "big-endian" : "little-endian";
    build(&b, order == 1);
    n = read_all(b.d, b.n, pk, 8, &rc);
    is_int(n, 3, "%s: three packets", o);
    is_int(rc, 0, "%s: clean end of file", o);
    ok(n == 3 && pk[0].linktype == 1 && pk[1].linktype == 113 &&
       pk[2].linktype == 1, "%s: link type per interface", o);
    ok(n >= 1 && pk[0].ts == 1700000000123456ull && pk[0].caplen == 11 &&
       pk[0].wirelen == 21 && !strcmp(first[0], "ether-frame"),
       "%s: microsecond packet", o);
    ok(n >= 2 && pk[1].ts == 1700000001000000ull,
       "%s: nanosecond resolution converted", o);
    ok(n >= 3 && pk[2].caplen == 4 && !strcmp(first[2], "spb!"),
       "%s: simple packet block", o);
  }

  /* every truncation: packets before the cut, then a clean error */
  build(&b, false);
  {
    size_t cut;
    int bad = 0;
    for(cut = 28; cut < b.n; cut++) {
      uint8_t *copy = malloc(cut);
      memcpy(copy, b.d, cut);
      n = read_all(copy, cut, pk, 8, &rc);
      /* a cut at a block boundary is a shorter, valid file */
      if(rc > 0 || (n >= 1 && strcmp(first[0], "ether-frame")) ||
         (n >= 2 && strcmp(first[1], "sll")))
        bad++;
      free(copy);
    }
    is_int(bad, 0, "all truncations: only right packets, then an end");
  }
  /* a packet on an undeclared interface */
  memset(&b, 0, sizeof(b));
  shb(&b);
  idb(&b, 1, -1);
  epb(&b, 7, 0, "x");
  n = read_all(b.d, b.n, pk, 8, &rc);
  ok(n == 0 && rc == PP_EMALFORMED, "undeclared interface refused");
  /* block lengths that disagree */
  build(&b, false);
  b.d[b.n - 1] ^= 0x01;
  n = read_all(b.d, b.n, pk, 8, &rc);
  ok(n == 2 && rc == PP_EMALFORMED, "trailer mismatch: earlier packets kept");
  /* a huge block length */
  memset(&b, 0, sizeof(b));
  shb(&b);
  put32(&b, 1);
  put32(&b, 0x7ffffff0);
  n = read_all(b.d, b.n, pk, 8, &rc);
  ok(n == 0 && rc == PP_EMALFORMED, "block over 16 MiB refused");
  /* not pcapng */
  n = read_all((const uint8_t *)"\xd4\xc3\xb2\xa1xxxxxxxx", 12, pk, 8, &rc);
  is_int(rc, PP_EFORMAT, "classic pcap is not pcapng");
  /* a new section forgets the interfaces of the previous one */
  build(&b, false);
  shb(&b);
  epb(&b, 0, 0, "orphan");
  n = read_all(b.d, b.n, pk, 8, &rc);
  ok(n == 3 && rc == PP_EMALFORMED, "interfaces are per section");
  test_classic();
  return tap_done();
}
