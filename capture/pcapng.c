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
  const uint8_t *base;          /* the whole file, in memory */
  struct pp_rd r;               /* position of the next block */
  bool swap;                    /* section is big-endian */
  struct iface *ifaces;
  uint32_t n_ifaces, cap_ifaces;
  size_t offset;                /* file offset of the current block */
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
  snprintf(p->err, sizeof(p->err), "%s at byte %zu", what, p->offset);
  p->r.err = code;                    /* sticky: no block after damage */
  return code;
}

/* Next whole block: its type goes to *type and a cursor over its body to
 * *body (pointing into the file's memory).  1 ok, 0 end, < 0 damage. */
static int read_block(struct pcapng *p, uint32_t *type, struct pp_rd *body)
{
  struct pp_rd r = p->r, hdr;
  uint32_t total, trailer;

  if(p->r.err)
    return p->r.err;
  p->offset = (size_t)(p->r.pos - p->base);
  if(!rd_left(&r))
    return 0;
  if(rd_left(&r) < 8)
    return fail(p, PP_ETRUNC, "truncated pcapng block header");
  hdr = r;
  /* the SHB type reads the same in both orders; others follow the
   * section's byte order */
  *type = rd_le32(&hdr);
  if(*type == BT_SHB) {
    struct pp_rd b = hdr;
    uint32_t bom;
    rd_skip(&b, 4);
    bom = rd_le32(&b);
    if(bom == BOM)
      p->swap = false;
    else {
      b = hdr;
      rd_skip(&b, 4);
      if(rd_be32(&b) != BOM)
        return fail(p, rd_ok(&b) ? PP_EFORMAT : PP_ETRUNC,
                    "bad byte-order magic in section header");
      p->swap = true;
    }
  }
  else {
    hdr = r;
    *type = get32(p, &hdr);
  }
  total = get32(p, &hdr);
  if(total < 12 || total % 4)
    return fail(p, PP_EMALFORMED, "bad pcapng block length");
  if(total > PCAPNG_BLOCK_MAX)
    return fail(p, PP_EMALFORMED, "pcapng block larger than 16 MiB");
  if(rd_left(&r) < total)
    return fail(p, PP_ETRUNC, "truncated pcapng block");
  rd_sub(&r, total, &hdr);
  rd_skip(&hdr, 8);
  rd_sub(&hdr, total - 12, body);
  trailer = get32(p, &hdr);
  if(trailer != total)
    return fail(p, PP_EMALFORMED, "pcapng block lengths disagree");
  p->r = r;
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
      /* 10^19 and 2^63 are the largest that fit in 64 bits */
      if(e > ((res & 0x80) ? 63u : 19u))
        e = (res & 0x80) ? 63u : 19u;
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

/* Packet time in microseconds; false when it does not fit (damage). */
static bool to_usec(const struct iface *ifc, uint64_t units, pp_usec_t *out)
{
  uint64_t u = ifc->units_per_sec ? ifc->units_per_sec : 1000000;
  uint64_t sec = units / u, frac = units % u, usec;
  int64_t s;
  /* frac * 1e6 / u without overflow for any resolution up to 2^63 */
  usec = u == 1000000 ? frac : (uint64_t)((double)frac * 1e6 / (double)u);
  if(sec > (uint64_t)INT64_MAX ||
     __builtin_add_overflow((int64_t)sec, ifc->offset_sec, &s) || s < 0 ||
     (uint64_t)s > (UINT64_MAX - usec) / 1000000u)
    return false;
  *out = (pp_usec_t)s * 1000000u + usec;
  return true;
}

int pcapng_next(struct pcapng *p, struct pcapng_packet *pkt)
{
  for(;;) {
    uint32_t type = 0, iface_id = 0, hi, lo, caplen, len;
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
    if(!to_usec(&p->ifaces[iface_id], (uint64_t)hi << 32 | lo, &pkt->ts))
      return fail(p, PP_EMALFORMED, "packet timestamp out of range");
    return 1;
  }
}

int pcapng_open(const uint8_t *data, size_t len, struct pcapng **out,
                char *errbuf)
{
  struct pcapng *p;
  struct pp_rd r;
  *out = NULL;
  rd_init(&r, data, len);
  if(rd_le32(&r) != BT_SHB) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "not a pcapng file");
    return PP_EFORMAT;
  }
  p = pp_calloc(1, sizeof(*p));
  if(!p) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "out of memory");
    return PP_ENOMEM;
  }
  p->base = data;
  rd_init(&p->r, data, len);
  *out = p;
  return PP_OK;
}

size_t pcapng_offset(const struct pcapng *p)
{
  return (size_t)(p->r.pos - p->base);
}

const char *pcapng_error(const struct pcapng *p)
{
  return p->err;
}

void pcapng_close(struct pcapng *p)
{
  if(!p)
    return;
  pp_free(p->ifaces);
  pp_free(p);
}
