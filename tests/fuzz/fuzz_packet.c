/*
 * fuzz_packet.c: the whole packet path (decode, flows, TCP reassembly,
 * HTTP/TLS/QUIC/DNS parsers, nDPI, DNS cache, inventory, flush).
 *
 * Input: byte 0 picks the link type; then frames, each as a 2-byte
 * big-endian length and that many bytes (a short last frame takes what is
 * left).  Frames of one input share a flow table, so multi-packet flows
 * (split ClientHellos, out-of-order segments) are reachable.  Time moves
 * 1.5 s per frame; a frame whose first byte is 0xff jumps two days ahead
 * and 0xfe one hour back (clock, bucket and expiry logic).
 *
 * One engine serves every input (nDPI's start-up would otherwise dominate);
 * each input ends with engine_finish(), so no flow outlives its input.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "engine.h"
#include "pp_cursor.h"
#include "pp_record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const int dlts[] = {
  DECODE_DLT_EN10MB, DECODE_DLT_RAW, DECODE_DLT_LINUX_SLL,
  DECODE_DLT_LINUX_SLL2, DECODE_DLT_NULL, DECODE_DLT_LOOP, DECODE_DLT_PPP,
  DECODE_DLT_IPV4, DECODE_DLT_IPV6,
};

static int sink(void *user, const struct pp_record *rec)
{
  size_t *n = user;
  if(rec) {
    /* touch what a real sink reads */
    *n += strlen(rec->name) + strlen(rec->site) + rec->n_servers +
          rec->n_paths;
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static struct engine *e;
  static pp_usec_t ts = 1700000000ull * 1000000u;
  static size_t seen;
  struct pp_rd r;
  int dlt;

  if(!e) {
    struct engine_config cfg;
    char errbuf[PP_ERRBUF_SIZE];
    engine_config_defaults(&cfg);
    cfg.max_flows = 64;
    cfg.dns_cache_max = 64;
    cfg.inv.max_names = 64;
    cfg.stream_max = 4096;
    cfg.max_pending_bytes = 1024 * 1024;
    cfg.hash_seed = 42;
    if(engine_new(&cfg, &e, errbuf))
      abort();
    engine_set_sink(e, sink, &seen);
    engine_add_ech_front(e, "cloudflare-ech.com");
  }
  if(size < 1)
    return 0;
  rd_init(&r, data, size);
  dlt = dlts[rd_u8(&r) % (sizeof(dlts) / sizeof(dlts[0]))];
  while(rd_left(&r)) {
    size_t len = rd_be16(&r);
    const uint8_t *frame;
    uint8_t *copy;
    if(!rd_ok(&r))
      break;
    if(len > rd_left(&r))
      len = rd_left(&r);
    frame = rd_ptr(&r, len);
    /* exact-size copy so that ASan sees any read past the frame */
    copy = malloc(len ? len : 1);
    if(!copy)
      break;
    memcpy(copy, frame, len);
    if(len && copy[0] == 0xff)
      ts += 2ull * 86400 * 1000000u;
    else if(len && copy[0] == 0xfe)
      ts -= 3600ull * 1000000u;
    else
      ts += 1500000;
    engine_packet(e, dlt, ts, copy, (uint32_t)len, (uint32_t)len);
    free(copy);
  }
  engine_finish(e);
  return 0;
}
