/*
 * stream.c: TCP stream prefix reassembly.
 */
#include "config.h"

#include "pp_alloc.h"
#include "pp_err.h"
#include "stream.h"

#define STREAM_FIRST_ALLOC 2048u

void stream_init(struct stream *s, uint32_t max)
{
  memset(s, 0, sizeof(*s));
  s->max = max ? max : 1;
}

void stream_release(struct stream *s)
{
  uint32_t max;
  if(!s)
    return;
  max = s->max;
  pp_free(s->buf);
  stream_init(s, max);
}

void stream_reset(struct stream *s)
{
  s->contig = 0;
  s->n_ranges = 0;
  s->full = 0;
}

void stream_syn(struct stream *s, uint32_t seq)
{
  if(s->base_known == 2 || s->contig || s->n_ranges)
    return;          /* retransmitted SYN, or data already placed */
  s->base = seq + 1;
  s->base_known = 2;
}

bool stream_offset(const struct stream *s, uint32_t seq, int64_t *off)
{
  int32_t d = (int32_t)(seq - s->base);   /* modular distance */
  *off = d;
  return s->base_known && d > -(int64_t)s->max && d < (int64_t)s->max;
}

static int ensure_cap(struct stream *s, uint32_t need)
{
  uint32_t ncap;
  uint8_t *nb;
  if(need <= s->cap)
    return PP_OK;
  ncap = s->cap ? s->cap : STREAM_FIRST_ALLOC;
  while(ncap < need)
    ncap *= 2;
  if(ncap > s->max)
    ncap = s->max;
  nb = pp_realloc(s->buf, ncap);
  if(!nb)
    return PP_ENOMEM;
  s->buf = nb;
  s->cap = ncap;
  return PP_OK;
}

/* Insert [start, end) into the sorted, disjoint range list (merging). */
static bool ranges_add(struct stream *s, uint32_t start, uint32_t end)
{
  struct stream_range *r = s->ranges;
  unsigned i = 0, j, n = s->n_ranges;
  while(i < n && r[i].end < start)
    i++;
  j = i;
  while(j < n && r[j].start <= end) {
    if(r[j].start < start)
      start = r[j].start;
    if(r[j].end > end)
      end = r[j].end;
    j++;
  }
  if(i == j) {                        /* no overlap: insert at i */
    if(n == STREAM_HOLES_MAX)
      return false;
    memmove(&r[i + 1], &r[i], (n - i) * sizeof(*r));
    s->n_ranges++;
  }
  else if(j - i > 1) {                /* merged several: close the gap */
    memmove(&r[i + 1], &r[j], (n - j) * sizeof(*r));
    s->n_ranges = (uint8_t)(n - (j - i - 1));
  }
  r[i].start = start;
  r[i].end = end;
  return true;
}

/* Copy data for [start, end) into the buffer, not overwriting bytes we
 * already hold (first copy wins). */
static void copy_new_bytes(struct stream *s, uint32_t start, uint32_t end,
                           const uint8_t *data)
{
  uint32_t pos = start;
  unsigned i;
  /* before the contiguous prefix end everything is already held */
  if(pos < s->contig)
    pos = s->contig;
  for(i = 0; i < s->n_ranges && pos < end; i++) {
    const struct stream_range *r = &s->ranges[i];
    if(r->end <= pos)
      continue;
    if(r->start > pos) {
      uint32_t stop = PP_MIN(r->start, end);
      memcpy(s->buf + pos, data + (pos - start), stop - pos);
    }
    pos = PP_MAX(pos, r->end);
  }
  if(pos < end)
    memcpy(s->buf + pos, data + (pos - start), end - pos);
}

long stream_add(struct stream *s, uint32_t seq, const uint8_t *data,
                uint32_t len)
{
  int64_t off;
  uint32_t start, end, before = s->contig;
  bool rebased = false;
  if(!len)
    return 0;
  if(!s->base_known) {
    s->base = seq;
    s->base_known = 1;
  }
  if(!stream_offset(s, seq, &off)) {
    s->dropped++;
    return 0;
  }
  if(off < 0) {
    uint32_t back = (uint32_t)-off;
    if(s->base_known == 1 && !s->contig && !s->n_ranges) {
      s->base = seq;                  /* nothing placed yet: rebase */
      off = 0;
    }
    else if(s->base_known == 1 && back + (uint64_t)s->contig <= s->max &&
            s->contig && !s->n_ranges) {
      /* reordered first segment: shift what we hold and rebase */
      if(ensure_cap(s, PP_MIN(s->max, back + s->contig)))
        return PP_ENOMEM;
      memmove(s->buf + back, s->buf, PP_MIN(s->contig, s->cap - back));
      s->contig = 0;
      if(!ranges_add(s, back, PP_MIN(s->max, back + before))) {
        s->dropped++;
        return 0;
      }
      s->base = seq;
      off = 0;
      rebased = true;
    }
    else if((uint64_t)len <= back)
      return 0;                       /* wholly before the start */
    else {
      data += back;                   /* keep the part after the start */
      len -= back;
      off = 0;
    }
  }
  start = (uint32_t)off;
  /* A longer segment at offset 0 that disagrees with a tiny first segment
   * replaces it: middleboxes put junk bytes on handshake ACKs and the real
   * data then reuses the sequence number (true retransmissions repeat the
   * same bytes, so they are not affected). */
  if(start == 0 && s->contig && s->contig <= STREAM_JUNK_MAX &&
     !s->n_ranges && len > s->contig && memcmp(s->buf, data, s->contig)) {
    s->contig = 0;
    s->replaced++;
    before = 0;
    rebased = true;
  }
  if(start >= s->max) {
    s->full = 1;
    return 0;
  }
  if(start > s->contig + STREAM_AHEAD_MAX) {
    s->dropped++;
    return 0;
  }
  end = (uint32_t)PP_MIN((uint64_t)start + len, (uint64_t)s->max);
  if((uint64_t)start + len > s->max)
    s->full = 1;
  if(end <= s->contig)
    return 0;                         /* duplicate */
  if(ensure_cap(s, end)) {
    s->dropped++;
    return PP_ENOMEM;
  }
  copy_new_bytes(s, start, end, data);
  if(start <= s->contig) {
    s->contig = end;
  }
  else if(!ranges_add(s, start, end)) {
    s->dropped++;
    return 0;
  }
  /* absorb ranges that now touch the prefix */
  while(s->n_ranges && s->ranges[0].start <= s->contig) {
    if(s->ranges[0].end > s->contig)
      s->contig = s->ranges[0].end;
    memmove(&s->ranges[0], &s->ranges[1],
            (s->n_ranges - 1u) * sizeof(s->ranges[0]));
    s->n_ranges--;
  }
  if(rebased)
    s->gen++;
  return (rebased || s->contig != before) ? 1 : 0;
}
