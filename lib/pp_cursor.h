/*
 * pp_cursor.h: bounds-checked reader over untrusted bytes.
 *
 * Every parser of packet, file or network bytes reads through a struct
 * pp_rd.  The error is sticky: the first read past the end sets
 * PP_ETRUNC (or a parser sets PP_EMALFORMED with rd_fail()), and from then
 * on every read is a no-op that returns 0 / NULL and zeroes its output.
 * A parser therefore does a group of reads and checks rd_ok() once.
 *
 *   struct pp_rd r;
 *   rd_init(&r, buf, len);
 *   uint8_t type = rd_u8(&r);
 *   uint16_t n = rd_be16(&r);
 *   rd_skip(&r, n);
 *   if(!rd_ok(&r)) return r.err;
 *
 * No function here reads outside [pos, end) and none allocates.
 */
#ifndef PP_CURSOR_H
#define PP_CURSOR_H

#include "pp_common.h"
#include "pp_err.h"

struct pp_rd {
  const uint8_t *pos;   /* next byte to read */
  const uint8_t *end;   /* one past the last readable byte */
  int err;              /* PP_OK, or the first error (sticky) */
};

static inline void rd_init(struct pp_rd *r, const void *buf, size_t len)
{
  r->pos = (const uint8_t *)buf;
  r->end = buf ? r->pos + len : r->pos;   /* never NULL + n (UB) */
  r->err = PP_OK;
}

static inline bool rd_ok(const struct pp_rd *r) { return r->err == PP_OK; }

/* Bytes left to read; 0 once in error. */
static inline size_t rd_left(const struct pp_rd *r)
{
  return r->err ? 0 : (size_t)(r->end - r->pos);
}

/* Put the cursor in error (first error wins). Returns the error. */
static inline int rd_fail(struct pp_rd *r, int err)
{
  if(r->err == PP_OK)
    r->err = err;
  return r->err;
}

/* True when n more bytes are available; sets PP_ETRUNC otherwise. */
static inline bool rd_need(struct pp_rd *r, size_t n)
{
  if(r->err)
    return false;
  if((size_t)(r->end - r->pos) < n) {
    r->err = PP_ETRUNC;
    return false;
  }
  return true;
}

static inline uint8_t rd_u8(struct pp_rd *r)
{
  if(!rd_need(r, 1))
    return 0;
  return *r->pos++;
}

static inline uint16_t rd_be16(struct pp_rd *r)
{
  uint16_t v;
  if(!rd_need(r, 2))
    return 0;
  v = (uint16_t)((unsigned)r->pos[0] << 8 | r->pos[1]);
  r->pos += 2;
  return v;
}

static inline uint32_t rd_be24(struct pp_rd *r)
{
  uint32_t v;
  if(!rd_need(r, 3))
    return 0;
  v = (uint32_t)r->pos[0] << 16 | (uint32_t)r->pos[1] << 8 | r->pos[2];
  r->pos += 3;
  return v;
}

static inline uint32_t rd_be32(struct pp_rd *r)
{
  uint32_t v;
  if(!rd_need(r, 4))
    return 0;
  v = (uint32_t)r->pos[0] << 24 | (uint32_t)r->pos[1] << 16 |
      (uint32_t)r->pos[2] << 8 | r->pos[3];
  r->pos += 4;
  return v;
}

static inline uint64_t rd_be64(struct pp_rd *r)
{
  uint64_t hi = rd_be32(r);
  uint64_t lo = rd_be32(r);
  return hi << 32 | lo;
}

static inline uint16_t rd_le16(struct pp_rd *r)
{
  uint16_t v;
  if(!rd_need(r, 2))
    return 0;
  v = (uint16_t)(r->pos[0] | (unsigned)r->pos[1] << 8);
  r->pos += 2;
  return v;
}

static inline uint32_t rd_le32(struct pp_rd *r)
{
  uint32_t v;
  if(!rd_need(r, 4))
    return 0;
  v = r->pos[0] | (uint32_t)r->pos[1] << 8 | (uint32_t)r->pos[2] << 16 |
      (uint32_t)r->pos[3] << 24;
  r->pos += 4;
  return v;
}

/* QUIC variable-length integer (RFC 9000, 16). */
static inline uint64_t rd_quic_varint(struct pp_rd *r)
{
  uint8_t first;
  unsigned len, i;
  uint64_t v;
  if(!rd_need(r, 1))
    return 0;
  first = r->pos[0];
  len = 1u << (first >> 6);
  if(!rd_need(r, len))
    return 0;
  v = first & 0x3f;
  for(i = 1; i < len; i++)
    v = v << 8 | r->pos[i];
  r->pos += len;
  return v;
}

static inline void rd_skip(struct pp_rd *r, size_t n)
{
  if(rd_need(r, n))
    r->pos += n;
}

/* Pointer to the next n bytes, and advance; NULL on error. */
static inline const uint8_t *rd_ptr(struct pp_rd *r, size_t n)
{
  const uint8_t *p;
  if(!rd_need(r, n))
    return NULL;
  p = r->pos;
  r->pos += n;
  return p;
}

/* Copy n bytes out and advance; zeroes dst on error. */
static inline void rd_copy(struct pp_rd *r, void *dst, size_t n)
{
  if(rd_need(r, n)) {
    memcpy(dst, r->pos, n);
    r->pos += n;
  }
  else if(n)
    memset(dst, 0, n);
}

/*
 * Split off the next n bytes as a child cursor and advance past them.
 * On error the child is empty and carries the parent's error.
 */
static inline void rd_sub(struct pp_rd *r, size_t n, struct pp_rd *child)
{
  const uint8_t *p = rd_ptr(r, n);
  rd_init(child, p, p ? n : 0);
  child->err = r->err;
}

/* Peek at the byte off positions ahead without advancing; 0 if absent. */
static inline uint8_t rd_peek(const struct pp_rd *r, size_t off)
{
  if(r->err || (size_t)(r->end - r->pos) <= off)
    return 0;
  return r->pos[off];
}

#endif
