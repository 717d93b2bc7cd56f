/*
 * pp_siphash.c: SipHash-2-4, a keyed 64-bit PRF.
 *
 * Reference: J.-P. Aumasson and D. J. Bernstein, "SipHash: a fast
 * short-input PRF", INDOCRYPT 2012 (https://131002.net/siphash/).
 *
 * State v0..v3 is initialised from the 128-bit key k0 || k1 (little
 * endian) XOR the constants "somepseudorandomlygeneratedbytes".  Each
 * 8-byte little-endian message word m is absorbed as v3 ^= m, two SipRounds,
 * v0 ^= m.  The last word holds the 0..7 remaining bytes with the message
 * length mod 256 in its top byte.  Finalisation: v2 ^= 0xff, four
 * SipRounds, output v0 ^ v1 ^ v2 ^ v3.
 *
 * The message is a plain byte buffer from the caller (a client address,
 * never more than 16 bytes in practice), not untrusted wire input, so it is
 * read directly.
 */
#include "config.h"

#include "pp_siphash.h"

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

static inline uint64_t load_le64(const uint8_t *p)
{
  return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
         (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
         (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

#define SIPROUND                                                        \
  do {                                                                  \
    v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);           \
    v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;                              \
    v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;                              \
    v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);           \
  } while(0)

/* SipHash-c-d: c rounds per message word, d finalization rounds. */
static inline uint64_t siphash(const uint8_t key[PP_SIPHASH_KEYLEN],
                               const void *data, size_t len, int c, int d)
{
  /* data may be NULL when len is 0; never do arithmetic on NULL. */
  const uint8_t *in = data ? (const uint8_t *)data : key;
  const uint8_t *end;
  uint64_t k0 = load_le64(key), k1 = load_le64(key + 8);
  uint64_t v0 = k0 ^ 0x736f6d6570736575ull;   /* "somepseu" */
  uint64_t v1 = k1 ^ 0x646f72616e646f6dull;   /* "dorandom" */
  uint64_t v2 = k0 ^ 0x6c7967656e657261ull;   /* "lygenera" */
  uint64_t v3 = k1 ^ 0x7465646279746573ull;   /* "tedbytes" */
  uint64_t m, b;
  size_t left;
  int i;

  if(!data)
    len = 0;
  end = in + (len & ~(size_t)7);
  left = len & 7;
  b = (uint64_t)len << 56;
  for(; in != end; in += 8) {
    m = load_le64(in);
    v3 ^= m;
    for(i = 0; i < c; i++)
      SIPROUND;
    v0 ^= m;
  }
  /* Last word: the remaining bytes, little endian, under the length. */
  while(left--)
    b |= (uint64_t)in[left] << (8 * left);
  v3 ^= b;
  for(i = 0; i < c; i++)
    SIPROUND;
  v0 ^= b;

  v2 ^= 0xff;
  for(i = 0; i < d; i++)
    SIPROUND;
  return v0 ^ v1 ^ v2 ^ v3;
}

uint64_t pp_siphash24(const uint8_t key[PP_SIPHASH_KEYLEN], const void *data,
                      size_t len)
{
  return siphash(key, data, len, 2, 4);
}

uint64_t pp_siphash13(const uint8_t key[PP_SIPHASH_KEYLEN], const void *data,
                      size_t len)
{
  return siphash(key, data, len, 1, 3);
}
