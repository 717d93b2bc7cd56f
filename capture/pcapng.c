/*
 * pcapng.c: the pcapng reader.
 *
 *  Block:  | type (4) | total length (4) | body ... | total length (4) |
 *  SHB:    type 0x0a0d0d0a, body: byte-order magic 0x1a2b3c4d, major(2)
 *          minor(2), section length(8), options
 *  IDB:    type 1, body: link type(2), reserved(2), snap length(4), options
 *  EPB:    type 6, body: interface(4), ts high(4), ts low(4), captured(4),
 *          original(4), data (padded to 4), options
 *  SPB:    type 3, body: original length(4), data
 *  PB:     type 2 (obsolete), body: interface(2), drops(2), ts high, ts low,
 *          captured, original, data
 *  Options: | code (2) | length (2) | value, padded to 4 |, code 0 ends.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>

#include "pcapng.h"
#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"

#define BT_SHB 0x0a0d0d0au
#define BT_IDB 1u
#define BT_PB 2u
#define BT_SPB 3u
#define BT_EPB 6u
#define BOM 0x1a2b3c4du

#define OPT_TSRESOL 9
#define OPT_TSOFFSET 14

struct iface {
  int linktype;
  uint32_t snaplen;
  uint64_t units_per_sec;       /* timestamp resolution */
  int64_t offset_sec;           /* if_tsoffset */
};

struct pcapng {
  FILE *f;
  bool swap;                    /* section is in the other byte order */
  uint8_t *buf;                 /* current block */
  size_t cap;
  struct iface *ifaces;
  uint32_t n_ifaces, cap_ifaces;
  long offset;                  /* file offset of the current block */
  char err[PP_ERRBUF_SIZE];
};

static uint32_t get32(const struct pcapng *p, struct pp_rd *r)
{
  return p->swap ? rd_be32(r) : rd_le32(r);
}

static uint16_t get16(const struct pcapng *p, struct pp_rd *r)
{
  return p->swap ? rd_be16(r) : rd_le16(r);
}

/* Values are read as little- or big-endian as the section's byte-order
 * magic says, never in the host's order, so this works on any machine. */
static int fail(struct pcapng *p, int code, const char *what)
{
  snprintf(p->err, sizeof(p->err), "%s at byte %ld", what, p->offset);
  return code;
}

/* Read one whole block into p->buf; its type goes to *type and a cursor
 * over its body to *body.  1 ok, 0 end of file, < 0 damage. */
static int read_block(struct pcapng *p, uint32_t *type, struct pp_rd *body)
{
  uint8_t hdr[8];
  uint32_t total, trailer;
  size_t n;
  struct pp_rd r;

  p->offset = ftell(p->f);
  n = fread(hdr, 1, sizeof(hdr), p->f);
  if(n == 0 && feof(p->f))
    return 0;
  if(n != sizeof(hdr))
    return fail(p, PP_ETRUNC, "truncated pcapng block header");
  rd_init(&r, hdr, sizeof(hdr));
  /* the SHB type reads the same in both orders; others follow the
   * section's byte order */
  *type = rd_le32(&r);
  if(*type != BT_SHB) {
    r.pos = hdr;
    *type = get32(p, &r);
  }
  else {
    /* the byte order of a section is known only from its SHB */
    uint8_t bom[4];
    struct pp_rd b;
    if(fread(bom, 1, 4, p->f) != 4)
      return fail(p, PP_ETRUNC, "truncated section header");
    rd_init(&b, bom, 4);
    if(rd_le32(&b) == BOM)
      p->swap = false;
    else {
      rd_init(&b, bom, 4);
      if(rd_be32(&b) != BOM)
        return fail(p, PP_EFORMAT, "bad byte-order magic in section header");
      p->swap = true;
    }
    if(fseek(p->f, -4, SEEK_CUR) != 0)
      return fail(p, PP_EIO, "cannot seek");
  }
  r.pos = hdr + 4;
  total = get32(p, &r);
  if(total < 12 || total % 4)
    return fail(p, PP_EMALFORMED, "bad pcapng block length");
  if(total > PCAPNG_BLOCK_MAX)
    return fail(p, PP_EMALFORMED, "pcapng block larger than 16 MiB");
  if(total - 8 > p->cap) {
    uint8_t *nb = pp_realloc(p->buf, total - 8);
    if(!nb)
      return fail(p, PP_ENOMEM, "out of memory");
    p->buf = nb;
    p->cap = total - 8;
  }
  if(fread(p->buf, 1, total - 8, p->f) != total - 8)
    return fail(p, PP_ETRUNC, "truncated pcapng block");
  rd_init(&r, p->buf + total - 12, 4);
  trailer = get32(p, &r);
  if(trailer != total)
    return fail(p, PP_EMALFORMED, "pcapng block lengths disagree");
  rd_init(body, p->buf, total - 12);
  return 1;
}

static void parse_idb_options(struct pcapng *p, struct pp_rd *r,
                              struct iface *ifc)
{
  while(rd_left(r) >= 4) {
    uint16_t code = get16(p, r), len = get16(p, r);
    struct pp_rd v;
    if(code == 0)
      break;
    rd_sub(r, len, &v);
    rd_skip(r, (4u - len % 4) % 4);
    if(!rd_ok(r))
      break;
    if(code == OPT_TSRESOL && len >= 1) {
      uint8_t res = rd_u8(&v);
      uint64_t u = 1;
      unsigned i, e = res & 0x7f;
      if(e > 30)                        /* beyond nanoseconds: cap */
        e = 30;
      for(i = 0; i < e; i++)
        u *= (res & 0x80) ? 2 : 10;
      ifc->units_per_sec = u;
    }
    else if(code == OPT_TSOFFSET && len == 8) {
      uint32_t a = get32(p, &v), b = get32(p, &v);
      uint64_t off = p->swap ? ((uint64_t)a << 32 | b) : ((uint64_t)b << 32 | a);
      ifc->offset_sec = (int64_t)off;
    }
  }
}

static int add_iface(struct pcapng *p, struct pp_rd *r)
{
  struct iface ifc;
  if(p->n_ifaces >= PCAPNG_IFACES_MAX)
    return fail(p, PP_EMALFORMED, "more than 4096 interfaces");
  memset(&ifc, 0, sizeof(ifc));
  ifc.linktype = get16(p, r);
  rd_skip(r, 2);
  ifc.snaplen = get32(p, r);
  if(!rd_ok(r))
    return fail(p, PP_EMALFORMED, "short interface description");
  ifc.units_per_sec = 1000000;
  parse_idb_options(p, r, &ifc);
  if(p->n_ifaces == p->cap_ifaces) {
    uint32_t ncap = p->cap_ifaces ? p->cap_ifaces * 2 : 4;
    struct iface *n = pp_realloc(p->ifaces, ncap * sizeof(*n));
    if(!n)
      return fail(p, PP_ENOMEM, "out of memory");
    p->ifaces = n;
    p->cap_ifaces = ncap;
  }
  p->ifaces[p->n_ifaces++] = ifc;
  return PP_OK;
}

static pp_usec_t to_usec(const struct iface *ifc, uint64_t units)
{
  uint64_t u = ifc->units_per_sec ? ifc->units_per_sec : 1000000;
  uint64_t sec = units / u, frac = units % u;
  /* frac * 1e6 / u without overflow for any resolution up to 2^63 */
  uint64_t usec = u == 1000000 ? frac
                  : (uint64_t)((double)frac * 1e6 / (double)u);
  return (pp_usec_t)((int64_t)sec + ifc->offset_sec) * 1000000u + usec;
}

int pcapng_next(struct pcapng *p, struct pcapng_packet *pkt)
{
  for(;;) {
    uint32_t type, iface_id = 0, hi, lo, caplen, len;
    struct pp_rd r;
    int rc = read_block(p, &type, &r);
    if(rc <= 0)
      return rc;
    switch(type) {
    case BT_SHB:
      p->n_ifaces = 0;                 /* interfaces are per section */
      continue;
    case BT_IDB:
      rc = add_iface(p, &r);
      if(rc)
        return rc;
      continue;
    case BT_EPB:
      iface_id = get32(p, &r);
      hi = get32(p, &r);
      lo = get32(p, &r);
      caplen = get32(p, &r);
      len = get32(p, &r);
      break;
    case BT_PB:
      iface_id = get16(p, &r);
      rd_skip(&r, 2);
      hi = get32(p, &r);
      lo = get32(p, &r);
      caplen = get32(p, &r);
      len = get32(p, &r);
      break;
    case BT_SPB:
      len = get32(p, &r);
      hi = lo = 0;
      caplen = (uint32_t)PP_MIN((size_t)len, rd_left(&r));
      if(p->n_ifaces && p->ifaces[0].snaplen)
        caplen = PP_MIN(caplen, p->ifaces[0].snaplen);
      break;
    default:
      continue;                        /* name resolution, statistics ... */
    }
    if(!rd_ok(&r))
      return fail(p, PP_EMALFORMED, "short packet block");
    if(iface_id >= p->n_ifaces)
      return fail(p, PP_EMALFORMED, "packet of an undeclared interface");
    if(caplen > rd_left(&r))
      return fail(p, PP_EMALFORMED, "packet longer than its block");
    pkt->data = rd_ptr(&r, caplen);
    pkt->caplen = caplen;
    pkt->wirelen = len < caplen ? caplen : len;
    pkt->iface = iface_id;
    pkt->linktype = p->ifaces[iface_id].linktype;
    pkt->ts = to_usec(&p->ifaces[iface_id], (uint64_t)hi << 32 | lo);
    return 1;
  }
}

int pcapng_open(FILE *f, struct pcapng **out, char *errbuf)
{
  struct pcapng *p;
  uint8_t magic[4];
  struct pp_rd r;
  *out = NULL;
  if(fread(magic, 1, 4, f) != 4) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "too short for a capture file");
    return PP_EFORMAT;
  }
  rd_init(&r, magic, 4);
  if(rd_le32(&r) != BT_SHB || fseek(f, 0, SEEK_SET) != 0) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "not a pcapng file");
    return PP_EFORMAT;
  }
  p = pp_calloc(1, sizeof(*p));
  if(!p) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "out of memory");
    return PP_ENOMEM;
  }
  p->f = f;
  *out = p;
  return PP_OK;
}

const char *pcapng_error(const struct pcapng *p)
{
  return p->err;
}

void pcapng_close(struct pcapng *p)
{
  if(!p)
    return;
  pp_free(p->buf);
  pp_free(p->ifaces);
  pp_free(p);
}
