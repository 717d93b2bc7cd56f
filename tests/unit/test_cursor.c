/*
 * test_cursor.c: the bounds-checked reader: values, sticky errors, zeroed
 * outputs, sub-cursors, QUIC varints.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include "pp_cursor.h"
#include "tap.h"

int main(void)
{
  static const uint8_t b[] = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                              0x08, 0x09, 0x0a};
  static const uint8_t v[] = {0x25, 0x7b, 0xbd, 0x9d, 0x7f, 0x3e, 0x7d,
                              0xc2, 0x19, 0x7c, 0x5e, 0xff, 0x14, 0xe8,
                              0x8c};
  struct pp_rd r, c;
  uint8_t out[4];

  rd_init(&r, b, sizeof(b));
  is_int(rd_u8(&r), 1, "u8");
  is_int(rd_be16(&r), 0x0203, "be16");
  is_int(rd_be24(&r), 0x040506, "be24");
  is_int(rd_le16(&r), 0x0807, "le16");
  is_int(rd_left(&r), 2, "2 left");
  is_int(rd_be32(&r), 0, "be32 past the end reads 0");
  is_int(r.err, PP_ETRUNC, "and sets ETRUNC");
  is_int(rd_u8(&r), 0, "sticky: later reads are no-ops");
  is_int(rd_left(&r), 0, "nothing left once in error");
  ok(rd_ptr(&r, 1) == NULL, "rd_ptr NULL in error");
  memset(out, 0xaa, sizeof(out));
  rd_copy(&r, out, 4);
  ok(!out[0] && !out[3], "rd_copy zeroes its output in error");

  rd_init(&r, b, sizeof(b));
  rd_sub(&r, 4, &c);
  is_int(rd_be32(&c), 0x01020304, "sub-cursor reads its part");
  is_int(rd_u8(&c), 0, "and stops at its end");
  ok(rd_ok(&r) && rd_u8(&r) == 5, "parent advanced past it, still ok");
  rd_sub(&r, 100, &c);
  ok(!rd_ok(&r) && !rd_ok(&c) && rd_left(&c) == 0,
     "oversized sub-cursor: both in error");
  rd_init(&r, b, sizeof(b));
  rd_fail(&r, PP_EMALFORMED);
  rd_fail(&r, PP_ETRUNC);
  is_int(r.err, PP_EMALFORMED, "first error wins");
  rd_init(&r, NULL, 5);
  ok(rd_left(&r) == 0 && rd_u8(&r) == 0 && !rd_ok(&r), "NULL buffer empty");
  rd_init(&r, b, sizeof(b));
  is_int(rd_peek(&r, 9), 10, "peek in range");
  is_int(rd_peek(&r, 10), 0, "peek out of range is 0");
  ok(rd_ok(&r), "peek never errs");
  /* RFC 9000 A.1 examples: 1, 2, 4 and 8-byte encodings */
  rd_init(&r, v, sizeof(v));
  ok(rd_quic_varint(&r) == 37 && rd_quic_varint(&r) == 15293 &&
     rd_quic_varint(&r) == 494878333 &&
     rd_quic_varint(&r) == 151288809941952652ULL && rd_ok(&r),
     "QUIC varints of RFC 9000 A.1");
  rd_init(&r, v + 3, 3);
  rd_quic_varint(&r);
  is_int(r.err, PP_ETRUNC, "cut varint");
  return tap_done();
}
