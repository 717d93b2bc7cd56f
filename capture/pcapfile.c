/*
 * pcapfile.c: classic pcap records read from memory.
 */
#include "config.h"

#include <stdio.h>

#include "pcapfile.h"
#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"

#define MAGIC_USEC 0xa1b2c3d4u
#define MAGIC_NSEC 0xa1b23c4du

struct pcapfile {
  struct pp_rd r;             /* over the records */
  const uint8_t *base;
  bool be;                    /* header fields big-endian */
  bool nsec;
  bool swapped_lens;          /* version < 2.3: caplen and len swapped */
  int linktype;
  char err[PP_ERRBUF_SIZE];
};

static uint32_t get32(const struct pcapfile *f, struct pp_rd *r)
{
  return f->be ? rd_be32(r) : rd_le32(r);
}

bool pcapfile_is_classic(const uint8_t *p, size_t len)
{
  struct pp_rd r;
  uint32_t le, be;
  rd_init(&r, p, len);
  le = rd_le32(&r);
  rd_init(&r, p, len);
  be = rd_be32(&r);
  return len >= 24 && (le == MAGIC_USEC || le == MAGIC_NSEC ||
                       be == MAGIC_USEC || be == MAGIC_NSEC);
}

int pcapfile_open(const uint8_t *data, size_t len, struct pcapfile **out,
                  char *errbuf)
{
  struct pcapfile *f;
  uint32_t magic;
  *out = NULL;
  if(!pcapfile_is_classic(data, len)) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "not a classic pcap file");
    return PP_EFORMAT;
  }
  f = pp_calloc(1, sizeof(*f));
  if(!f) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "out of memory");
    return PP_ENOMEM;
  }
  f->base = data;
  rd_init(&f->r, data, len);
  magic = rd_le32(&f->r);
  if(magic != MAGIC_USEC && magic != MAGIC_NSEC) {
    f->be = true;
    rd_init(&f->r, data, len);
    magic = rd_be32(&f->r);
  }
  f->nsec = magic == MAGIC_NSEC;
  {
    uint16_t major = f->be ? rd_be16(&f->r) : rd_le16(&f->r);
    uint16_t minor = f->be ? rd_be16(&f->r) : rd_le16(&f->r);
    /* files before 2.3 wrote the two lengths the other way round */
    f->swapped_lens = major < 2 || (major == 2 && minor < 3);
  }
  rd_skip(&f->r, 8);                   /* thiszone, sigfigs */
  get32(f, &f->r);                     /* snaplen: records checked alone */
  /* the upper bits of the link type carry FCS information */
  f->linktype = (int)(get32(f, &f->r) & 0x0fffffff);
  *out = f;
  return PP_OK;
}

int pcapfile_next(struct pcapfile *f, struct pcapfile_packet *pkt)
{
  uint32_t sec, frac, incl, orig;
  size_t at = (size_t)(f->r.pos - f->base);
  if(!rd_left(&f->r))
    return 0;
  sec = get32(f, &f->r);
  frac = get32(f, &f->r);
  incl = get32(f, &f->r);
  orig = get32(f, &f->r);
  if(!rd_ok(&f->r)) {
    snprintf(f->err, sizeof(f->err),
             "truncated record header at byte %zu", at);
    return PP_ETRUNC;
  }
  if(f->swapped_lens && incl > orig) {
    uint32_t t = incl;
    incl = orig;
    orig = t;
  }
  if(incl > PCAPFILE_RECORD_MAX) {
    snprintf(f->err, sizeof(f->err), "record at byte %zu claims %u bytes "
             "(over %u): damaged file", at, incl, PCAPFILE_RECORD_MAX);
    f->r.err = PP_EMALFORMED;
    return PP_EMALFORMED;
  }
  pkt->data = rd_ptr(&f->r, incl);
  if(!pkt->data) {
    snprintf(f->err, sizeof(f->err), "truncated record at byte %zu: %u "
             "bytes announced, the file ends first", at, incl);
    return PP_ETRUNC;
  }
  /* the next record header and its first packet bytes will be read
   * while this packet is processed: start fetching them from memory */
  __builtin_prefetch(f->r.pos);
  __builtin_prefetch(f->r.pos + 64);
  pkt->caplen = incl;
  pkt->wirelen = orig < incl ? incl : orig;
  pkt->linktype = f->linktype;
  pkt->ts = (pp_usec_t)sec * 1000000u +
            (f->nsec ? frac / 1000u : (frac < 1000000u ? frac : 999999u));
  return 1;
}

const char *pcapfile_error(const struct pcapfile *f)
{
  return f->err;
}

size_t pcapfile_offset(const struct pcapfile *f)
{
  return (size_t)(f->r.pos - f->base);
}

void pcapfile_close(struct pcapfile *f)
{
  pp_free(f);
}
