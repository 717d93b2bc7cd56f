/*
 * test_stream.c: TCP stream prefix reassembly: order, holes, overlaps,
 * wrap-around, limits.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stdlib.h>

#include "pp_alloc.h"
#include "pp_err.h"
#include "stream.h"
#include "tap.h"

static uint8_t data[8192];

static bool prefix_ok(const struct stream *s, uint32_t n)
{
  return s->contig == n && (!n || !memcmp(s->buf, data, n));
}

int main(void)
{
  struct stream s;
  uint32_t i, base = 0xfffffff0u;          /* wraps inside the data */
  uint32_t order[8] = {3, 0, 7, 5, 1, 6, 2, 4};
  for(i = 0; i < sizeof(data); i++)
    data[i] = (uint8_t)(i * 7 + 3);

  stream_init(&s, 4096);
  stream_syn(&s, base - 1);
  is_int(stream_add(&s, base, data, 100), 1, "in-order segment grows");
  ok(prefix_ok(&s, 100), "100 bytes contiguous");
  is_int(stream_add(&s, base, data, 100), 0, "duplicate: no growth");
  is_int(stream_add(&s, base + 300, data + 300, 100), 0, "hole: no growth");
  is_int(s.n_ranges, 1, "one range beyond the hole");
  is_int(stream_add(&s, base + 50, data + 50, 300), 1, "overlap fills hole");
  ok(prefix_ok(&s, 400), "400 bytes, across sequence wrap-around");
  stream_release(&s);

  /* shuffled segments of 100 bytes */
  stream_init(&s, 4096);
  stream_syn(&s, 999);
  for(i = 0; i < 8; i++)
    stream_add(&s, 1000 + order[i] * 100, data + order[i] * 100, 100);
  ok(prefix_ok(&s, 800), "8 shuffled segments reassemble");
  stream_release(&s);

  /* first copy wins */
  stream_init(&s, 4096);
  stream_add(&s, 5000, data, 10);
  {
    uint8_t junk[10];
    memset(junk, 0xee, sizeof(junk));
    stream_add(&s, 5005, junk, 10);
  }
  ok(s.contig == 15 && !memcmp(s.buf, data, 10) && s.buf[10] == 0xee,
     "overlap keeps the first copy, appends the new tail");
  stream_reset(&s);
  is_int(s.contig, 0, "reset forgets data");
  stream_add(&s, 5000, data, 20);
  ok(prefix_ok(&s, 20), "after reset the start is kept");
  stream_release(&s);

  /* junk on the handshake ACK, then the real data at the same seq */
  stream_init(&s, 4096);
  stream_syn(&s, 0);
  stream_add(&s, 1, (const uint8_t *)"\xbe\xef", 2);
  stream_add(&s, 1, data, 500);
  ok(prefix_ok(&s, 500) && s.replaced == 1,
     "tiny contradicting first segment replaced by the real data");
  stream_add(&s, 1, (const uint8_t *)"\xbe\xef", 2);
  ok(prefix_ok(&s, 500), "but not the other way round");
  stream_release(&s);

  /* no SYN: a reordered first segment moves the start back */
  stream_init(&s, 4096);
  stream_add(&s, 7100, data + 100, 100);
  stream_add(&s, 7000, data, 100);
  ok(prefix_ok(&s, 200), "reordered first segment without SYN");
  stream_release(&s);

  /* limit: only max bytes kept, full flagged */
  stream_init(&s, 1000);
  stream_syn(&s, 0);
  stream_add(&s, 1, data, 1500);
  ok(s.contig == 1000 && s.full && prefix_ok(&s, 1000),
     "segment over the limit is cut, stream marked full");
  stream_release(&s);

  /* holes limit */
  stream_init(&s, 8192);
  stream_syn(&s, 0);
  for(i = 0; i < STREAM_HOLES_MAX + 3; i++)
    stream_add(&s, 1 + 200 * (i + 1), data, 10);
  ok(s.n_ranges == STREAM_HOLES_MAX && s.dropped == 3,
     "ranges capped at %d, 3 segments dropped", STREAM_HOLES_MAX);
  stream_release(&s);

  /* far away sequence numbers are ignored */
  stream_init(&s, 4096);
  stream_syn(&s, 0);
  is_int(stream_add(&s, 0x80000000u, data, 10), 0, "far segment ignored");
  is_int(s.dropped, 1, "and counted");
  stream_release(&s);

  /* allocation failure */
  stream_init(&s, 4096);
  pp_alloc_fail_after(0);
  is_int(stream_add(&s, 1, data, 10), PP_ENOMEM, "ENOMEM reported");
  pp_alloc_fail_after(-1);
  is_int(stream_add(&s, 1, data, 10), 1, "works again afterwards");
  stream_release(&s);
  stream_release(NULL);
  return tap_done();
}
