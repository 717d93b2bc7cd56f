/*
 * quic.c: QUIC Initial packets: key derivation, header and packet
 * protection, frames, and reassembly of the client's CRYPTO stream.
 *
 * References: RFC 9000 17.2 (long header), 17.2.2 (Initial), 12.4 and 19
 * (frames), A.3 (packet number decoding); RFC 9001 5.2 (Initial secrets),
 * 5.3 (AEAD), 5.4 (header protection), Appendix A (test vectors); RFC 9369
 * 3 (QUIC v2: version 0x6b3343cf, packet types, salt, "quicv2" labels);
 * draft-ietf-quic-tls-23..34 for the draft salts.
 *
 * Long header (RFC 9000 17.2), as a client sends an Initial:
 *
 *    0   1   2   3   4   5   6   7
 *  +---+---+---+---+---+---+---+---+
 *  | 1 | 1 |  Type |  Rsv  | PNLen |   low 4 bits: header-protected
 *  +---+---+---+---+---+---+---+---+
 *  |         Version (32)          |
 *  | DCID Len (8) | DCID (0..160)  |   client DCID: >= 8 random bytes
 *  | SCID Len (8) | SCID (0..160)  |
 *  | Token Length (i) | Token      |   Initial only
 *  | Length (i)                    |   = packet number + payload + tag
 *  | Packet Number (8..32)         |   header-protected
 *  | Payload: frames, AES-128-GCM  |
 *  | Tag (128)                     |
 *
 *  Type: v1 and drafts 0 Initial, 1 0-RTT, 2 Handshake, 3 Retry;
 *        v2 1 Initial, 2 0-RTT, 3 Handshake, 0 Retry.
 *
 * Keys (RFC 9001 5.2, HKDF with SHA-256):
 *   initial_secret = HKDF-Extract(salt(version), client's first DCID)
 *   client_secret  = HKDF-Expand-Label(initial_secret, "client in", "", 32)
 *   key, iv, hp    = HKDF-Expand-Label(client_secret, "quic key" | "quic iv"
 *                    | "quic hp", "", 16 | 12 | 16)  ("quicv2 ..." for v2)
 * Header protection: mask = AES-128-ECB(hp, 16 bytes that start 4 bytes
 * after the packet number offset).  Payload: AES-128-GCM, nonce = iv XOR
 * packet number, associated data = the unprotected header.
 *
 * Per flow, the derived keys of two DCIDs are kept with keyed EVP
 * contexts: the DCID that opened the current CRYPTO stream and the last
 * other one tried, so a packet costs one AES block (the mask) and one GCM
 * pass, and no HKDF.
 */
#include "config.h"

#include <stdatomic.h>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#if OPENSSL_VERSION_NUMBER < 0x30000000L
#error "quic.c needs OpenSSL 3.0 or later (EVP_KDF)"
#endif

#include "pp_alloc.h"
#include "pp_common.h"
#include "pp_cursor.h"
#include "pp_err.h"
#include "quic.h"

#define KEY_LEN 16
#define IV_LEN 12
#define TAG_LEN 16
#define SAMPLE_LEN 16
#define SECRET_LEN 32
#define PN_MAX_LEN 4

/* Packet types, numbered as in v1 (v2's wire values are mapped). */
enum { PT_INITIAL = 0, PT_0RTT = 1, PT_HANDSHAKE = 2, PT_RETRY = 3 };

/* Frame types allowed in Initial packets (RFC 9000 12.4). */
enum {
  FT_PADDING = 0x00, FT_PING = 0x01, FT_ACK = 0x02, FT_ACK_ECN = 0x03,
  FT_CRYPTO = 0x06, FT_CLOSE = 0x1c, FT_CLOSE_APP = 0x1d
};

/* Largest UDP payload; bounds the plaintext buffer. */
#define DGRAM_MAX 65535

static const uint8_t salt_v1[20] = {   /* RFC 9001 5.2; drafts 33, 34 */
  0x38, 0x76, 0x2c, 0xf7, 0xf5, 0x59, 0x34, 0xb3, 0x4d, 0x17,
  0x9a, 0xe6, 0xa4, 0xc8, 0x0c, 0xad, 0xcc, 0xbb, 0x7f, 0x0a
};
static const uint8_t salt_v2[20] = {   /* RFC 9369 3.3.1 */
  0x0d, 0xed, 0xe3, 0xde, 0xf7, 0x00, 0xa6, 0xdb, 0x81, 0x93,
  0x81, 0xbe, 0x6e, 0x26, 0x9d, 0xcb, 0xf9, 0xbd, 0x2e, 0xd9
};
static const uint8_t salt_d29[20] = {  /* draft-ietf-quic-tls-29..32 */
  0xaf, 0xbf, 0xec, 0x28, 0x99, 0x93, 0xd2, 0x4c, 0x9e, 0x97,
  0x86, 0xf1, 0x9c, 0x61, 0x11, 0xe0, 0x43, 0x90, 0xa8, 0x99
};
static const uint8_t salt_d23[20] = {  /* draft 23..28, mvfst 27 and exp */
  0xc3, 0xee, 0xf7, 0x12, 0xc7, 0x2e, 0xbb, 0x5a, 0x11, 0xa7,
  0xd2, 0x43, 0x2b, 0xb4, 0x63, 0x65, 0xbe, 0xf9, 0xf5, 0x02
};
static const uint8_t salt_d22[20] = {  /* draft 22 = mvfst 0xfaceb001 */
  0x7f, 0xbc, 0xdb, 0x0e, 0x7c, 0x66, 0xbb, 0xe9, 0x19, 0x3a,
  0x96, 0xcd, 0x21, 0x51, 0x9e, 0xbd, 0x7a, 0x02, 0x64, 0x4a
};

#define MVFST_22 0xfaceb001u
#define MVFST_27 0xfaceb002u
#define MVFST_EXP 0xfaceb00eu
#define DRAFT(n) (0xff000000u | (n))

/* The salt of a version we decrypt, NULL for the others. */
static const uint8_t *version_salt(uint32_t v)
{
  if(v == QUIC_VERSION_1 || v == DRAFT(33) || v == DRAFT(34))
    return salt_v1;
  if(v == QUIC_VERSION_2)
    return salt_v2;
  if(v >= DRAFT(29) && v <= DRAFT(32))
    return salt_d29;
  if((v >= DRAFT(23) && v <= DRAFT(28)) || v == MVFST_27 || v == MVFST_EXP)
    return salt_d23;
  if(v == MVFST_22)
    return salt_d22;
  return NULL;
}

/* Long-header type bits (v1 numbering) <-> wire value for the version. */
static unsigned type_from_wire(uint32_t v, unsigned bits)
{
  return v == QUIC_VERSION_2 ? (bits + 3) & 3 : bits;
}

static unsigned type_to_wire(uint32_t v, unsigned type)
{
  return v == QUIC_VERSION_2 ? (type + 1) & 3 : type;
}

/* Derived keys for one (version, DCID), with keyed cipher contexts. */
struct qkeys {
  bool ready;
  uint32_t version;
  uint8_t cid_len;
  uint8_t cid[QUIC_CID_MAX];
  uint8_t iv[IV_LEN];
  EVP_CIPHER_CTX *aead;   /* AES-128-GCM with the packet key */
  EVP_CIPHER_CTX *hp;     /* AES-128-ECB with the header key */
};

struct quic_ctx {
  struct qkeys first;     /* keys that opened the current CRYPTO stream */
  struct qkeys other;     /* the last other DCID's keys */
  uint64_t next_pn;       /* largest authenticated packet number + 1 */
  bool limit_hit;         /* CRYPTO data reached past QUIC_CRYPTO_MAX */
  size_t contig;          /* bytes present from offset 0 */
  uint8_t *plain;         /* decrypted payload of the current packet */
  size_t plain_cap;
  struct quic_stats st;
  uint8_t have[QUIC_CRYPTO_MAX / 8];   /* bitmap: which bytes are stored */
  uint8_t buf[QUIC_CRYPTO_MAX];        /* the CRYPTO stream */
};

/* ---- key derivation ----------------------------------------------------- */

/*
 * HKDF, fetched from libcrypto once per process: a fetch costs more than
 * the derivation (about 9 us against 2 per call with OpenSSL 3.0), and a
 * new flow needs four.  Threads may race here; the loser frees its copy.
 * The handle is never freed (it stays reachable until exit).
 */
static EVP_KDF *hkdf_alg(void)
{
  static _Atomic(EVP_KDF *) cached;
  EVP_KDF *alg = atomic_load(&cached), *none = NULL;
  if(alg)
    return alg;
  alg = EVP_KDF_fetch(NULL, OSSL_KDF_NAME_HKDF, NULL);
  if(alg && !atomic_compare_exchange_strong(&cached, &none, alg)) {
    EVP_KDF_free(alg);
    alg = none;
  }
  return alg;
}

/*
 * One HKDF-SHA256 run (RFC 5869): `mode` is an EVP_KDF_HKDF_MODE_*; salt
 * may be NULL (EXPAND_ONLY ignores it).
 */
static int hkdf(int mode, const uint8_t *salt, size_t salt_len,
                const uint8_t *key, size_t key_len, const uint8_t *info,
                size_t info_len, uint8_t *out, size_t out_len)
{
  static const uint8_t none[1];
  static char digest[] = "SHA256";
  EVP_KDF *alg = hkdf_alg();
  EVP_KDF_CTX *kc = alg ? EVP_KDF_CTX_new(alg) : NULL;
  OSSL_PARAM p[6], *q = p;
  bool ok;
  *q++ = OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode);
  *q++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
  *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY,
                                           (void *)(key_len ? key : none),
                                           key_len);
  if(salt)
    *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
                                             (void *)salt, salt_len);
  *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO,
                                           (void *)info, info_len);
  *q = OSSL_PARAM_construct_end();
  ok = kc && EVP_KDF_derive(kc, out, out_len, p) > 0;
  EVP_KDF_CTX_free(kc);
  return ok ? PP_OK : PP_ECRYPTO;
}

/* HkdfLabel (RFC 8446 7.1) with an empty context: returns its length. */
static size_t hkdf_label(uint8_t *p, size_t out_len, const char *label)
{
  static const char prefix[] = "tls13 ";
  size_t plen = sizeof(prefix) - 1, llen = strlen(label);
  p[0] = (uint8_t)(out_len >> 8);
  p[1] = (uint8_t)out_len;
  p[2] = (uint8_t)(plen + llen);
  memcpy(p + 3, prefix, plen);
  memcpy(p + 3 + plen, label, llen);
  p[3 + plen + llen] = 0;
  return 4 + plen + llen;
}

/* HKDF-Expand-Label(secret, label, "", out_len). */
static int expand_label(const uint8_t *secret, const char *label,
                        uint8_t *out, size_t out_len)
{
  uint8_t info[32];
  size_t n = hkdf_label(info, out_len, label);
  return hkdf(EVP_KDF_HKDF_MODE_EXPAND_ONLY, NULL, 0, secret, SECRET_LEN,
              info, n, out, out_len);
}

/*
 * The client Initial key, IV and header-protection key of a version and
 * client DCID (RFC 9001 5.2, RFC 9369 3.3).  PP_OK, PP_ENOTSUP for a
 * version we do not know, PP_ECRYPTO when libcrypto fails.
 */
UNITTEST int quic_initial_keys(uint32_t version, const uint8_t *dcid,
                               size_t dcid_len, uint8_t key[16],
                               uint8_t iv[12], uint8_t hp[16])
{
  const uint8_t *salt = version_salt(version);
  bool v2 = version == QUIC_VERSION_2;
  uint8_t secret[SECRET_LEN], info[32];
  size_t n;
  int rc;
  if(!salt)
    return PP_ENOTSUP;
  /* Extract-and-expand is HKDF-Expand(HKDF-Extract(salt, dcid), info). */
  n = hkdf_label(info, SECRET_LEN, "client in");
  rc = hkdf(EVP_KDF_HKDF_MODE_EXTRACT_AND_EXPAND, salt, sizeof(salt_v1),
            dcid, dcid_len, info, n, secret, SECRET_LEN);
  if(!rc)
    rc = expand_label(secret, v2 ? "quicv2 key" : "quic key", key, KEY_LEN);
  if(!rc)
    rc = expand_label(secret, v2 ? "quicv2 iv" : "quic iv", iv, IV_LEN);
  if(!rc)
    rc = expand_label(secret, v2 ? "quicv2 hp" : "quic hp", hp, KEY_LEN);
  return rc;
}

/* Derive and load the keys of (version, dcid); enc: for sealing. */
static int keys_setup(struct qkeys *k, uint32_t version, const uint8_t *dcid,
                      size_t dcid_len, int enc)
{
  uint8_t key[KEY_LEN], hp[KEY_LEN];
  int rc;
  k->ready = false;
  if(dcid_len > QUIC_CID_MAX)
    return PP_EINVAL;
  rc = quic_initial_keys(version, dcid, dcid_len, key, k->iv, hp);
  if(rc)
    return rc;
  if(!k->aead)
    k->aead = EVP_CIPHER_CTX_new();
  if(!k->hp)
    k->hp = EVP_CIPHER_CTX_new();
  if(!k->aead || !k->hp ||
     !EVP_CipherInit_ex(k->aead, EVP_aes_128_gcm(), NULL, key, NULL, enc) ||
     !EVP_EncryptInit_ex(k->hp, EVP_aes_128_ecb(), NULL, hp, NULL) ||
     !EVP_CIPHER_CTX_set_padding(k->hp, 0))
    return PP_ECRYPTO;
  k->version = version;
  k->cid_len = (uint8_t)dcid_len;
  if(dcid_len)
    memcpy(k->cid, dcid, dcid_len);
  k->ready = true;
  return PP_OK;
}

static void keys_free(struct qkeys *k)
{
  EVP_CIPHER_CTX_free(k->aead);
  EVP_CIPHER_CTX_free(k->hp);
  k->aead = k->hp = NULL;
  k->ready = false;
}

static bool keys_match(const struct qkeys *k, uint32_t version,
                       const uint8_t *dcid, size_t dcid_len)
{
  return k->ready && k->version == version && k->cid_len == dcid_len &&
         memcmp(k->cid, dcid, dcid_len) == 0;
}

/* The 5-byte header-protection mask (RFC 9001 5.4.3). */
static int hp_mask(struct qkeys *k, const uint8_t sample[SAMPLE_LEN],
                   uint8_t mask[5])
{
  uint8_t block[SAMPLE_LEN];
  int n = 0;
  if(!EVP_EncryptUpdate(k->hp, block, &n, sample, SAMPLE_LEN) ||
     n != SAMPLE_LEN)
    return PP_ECRYPTO;
  memcpy(mask, block, 5);
  return PP_OK;
}

/* Nonce = iv XOR the packet number, left-padded (RFC 9001 5.3). */
static void make_nonce(const struct qkeys *k, uint64_t pn,
                       uint8_t nonce[IV_LEN])
{
  int i;
  memcpy(nonce, k->iv, IV_LEN);
  for(i = 0; i < 8; i++)
    nonce[IV_LEN - 1 - i] ^= (uint8_t)(pn >> (8 * i));
}

/*
 * RFC 9000 A.3: the full packet number closest to `expected` whose low
 * `bits` bits are `truncated`.
 */
UNITTEST uint64_t quic_pn_decode(uint64_t expected, uint64_t truncated,
                                 unsigned bits)
{
  uint64_t win = (uint64_t)1 << bits, hwin = win / 2;
  uint64_t cand = (expected & ~(win - 1)) | truncated;
  if(expected >= hwin && cand <= expected - hwin &&
     cand < ((uint64_t)1 << 62) - win)
    return cand + win;
  if(cand > expected + hwin && cand >= win)
    return cand - win;
  return cand;
}

/* ---- long header -------------------------------------------------------- */

/*
 * rd_init() that never sees NULL: pp_cursor.h computes NULL + 0, which C
 * leaves undefined (clang's UBSan reports it).
 */
static void rd_open(struct pp_rd *r, const uint8_t *p, size_t len)
{
  static const uint8_t none[1];
  rd_init(r, p ? p : none, p ? len : 0);
}

/* A long-header packet as found in a datagram. */
struct lhdr {
  uint8_t first;          /* first byte, still protected */
  uint32_t version;
  unsigned type;          /* PT_*, v1 numbering */
  const uint8_t *dcid;
  uint8_t dcid_len;
  uint64_t length;        /* the Length field (not for Retry) */
  const uint8_t *pkt;     /* start of the packet */
  size_t pn_off;          /* offset of the packet number */
};

/*
 * Parse a long header up to and including the Length field.  Returns
 * PP_OK; PP_ENOTSUP (not a long header, or a version we do not decrypt:
 * its layout after the version is unknown); PP_EMALFORMED (a CID over 20
 * bytes); PP_ETRUNC.  For Retry packets nothing after the CIDs is read.
 */
static int parse_header(struct pp_rd *r, struct lhdr *h)
{
  size_t start = rd_left(r);
  uint8_t scid_len;
  memset(h, 0, sizeof(*h));
  h->pkt = rd_ptr(r, 0);
  h->first = rd_u8(r);
  h->version = rd_be32(r);
  if(!rd_ok(r))
    return PP_ETRUNC;
  /* The fixed bit (0x40) is not checked: RFC 9287 lets it be greased. */
  if(!(h->first & 0x80) || !version_salt(h->version))
    return PP_ENOTSUP;
  h->type = type_from_wire(h->version, (h->first >> 4) & 3);
  h->dcid_len = rd_u8(r);
  h->dcid = rd_ptr(r, h->dcid_len);
  scid_len = rd_u8(r);
  rd_skip(r, scid_len);
  if(h->dcid_len > QUIC_CID_MAX || scid_len > QUIC_CID_MAX)
    return PP_EMALFORMED;
  if(h->type == PT_RETRY)
    return rd_ok(r) ? PP_OK : PP_ETRUNC;
  if(h->type == PT_INITIAL) {
    uint64_t token_len = rd_quic_varint(r);
    if(token_len > rd_left(r))
      return PP_ETRUNC;
    rd_skip(r, (size_t)token_len);
  }
  h->length = rd_quic_varint(r);
  if(!rd_ok(r))
    return PP_ETRUNC;
  h->pn_off = start - rd_left(r);
  return PP_OK;
}

bool quic_is_initial(const uint8_t *p, size_t len, uint32_t *version)
{
  struct pp_rd r;
  struct lhdr h;
  rd_open(&r, p, len);
  if(parse_header(&r, &h) || h.type != PT_INITIAL ||
     h.length < PN_MAX_LEN + SAMPLE_LEN)
    return false;
  if(version)
    *version = h.version;
  return true;
}

/* ---- packet protection -------------------------------------------------- */

/*
 * Remove header protection with k and open the payload into q->plain.
 * *plain_len and *pn are set on success.  PP_ECRYPTO when the tag does
 * not verify (wrong keys, or damage), PP_ENOMEM.
 */
static int open_packet(struct quic_ctx *q, struct qkeys *k,
                       const struct lhdr *h, size_t *plain_len, uint64_t *pn)
{
  struct pp_rd r;
  uint8_t pnb[PN_MAX_LEN], sample[SAMPLE_LEN], mask[5], nonce[IV_LEN];
  uint8_t first;
  const uint8_t *hdr, *ct, *tag;
  size_t pn_len, ct_len, i;
  uint64_t trunc = 0;
  int n;
  /* Header protection samples 4 bytes past the packet number offset. */
  rd_init(&r, h->pkt, h->pn_off + (size_t)h->length);
  rd_skip(&r, 1);
  hdr = rd_ptr(&r, h->pn_off - 1);     /* the header after its first byte */
  rd_copy(&r, pnb, PN_MAX_LEN);
  rd_copy(&r, sample, SAMPLE_LEN);
  if(!rd_ok(&r) || hp_mask(k, sample, mask))
    return PP_ECRYPTO;
  first = h->first ^ (mask[0] & 0x0f);
  pn_len = (size_t)(first & 3) + 1;
  for(i = 0; i < pn_len; i++) {
    pnb[i] ^= mask[1 + i];
    trunc = trunc << 8 | pnb[i];
  }
  *pn = quic_pn_decode(q->next_pn, trunc, (unsigned)(8 * pn_len));
  ct_len = (size_t)h->length - pn_len - TAG_LEN;
  rd_init(&r, h->pkt, h->pn_off + (size_t)h->length);
  rd_skip(&r, h->pn_off + pn_len);
  ct = rd_ptr(&r, ct_len);
  tag = rd_ptr(&r, TAG_LEN);
  if(!rd_ok(&r))
    return PP_ECRYPTO;
  if(!q->plain || ct_len > q->plain_cap) {
    size_t cap = PP_MAX(ct_len, (size_t)1);
    uint8_t *p = pp_realloc(q->plain, cap);
    if(!p)
      return PP_ENOMEM;
    q->plain = p;
    q->plain_cap = cap;
  }
  make_nonce(k, *pn, nonce);
  /* AAD: the header as sent but with first byte and packet number
   * unprotected (RFC 9001 5.3). */
  if(!EVP_DecryptInit_ex(k->aead, NULL, NULL, NULL, nonce) ||
     !EVP_DecryptUpdate(k->aead, NULL, &n, &first, 1) ||
     !EVP_DecryptUpdate(k->aead, NULL, &n, hdr, (int)h->pn_off - 1) ||
     !EVP_DecryptUpdate(k->aead, NULL, &n, pnb, (int)pn_len) ||
     !EVP_DecryptUpdate(k->aead, q->plain, &n, ct, (int)ct_len) ||
     !EVP_CIPHER_CTX_ctrl(k->aead, EVP_CTRL_GCM_SET_TAG, TAG_LEN,
                          (void *)(uintptr_t)tag) ||
     EVP_DecryptFinal_ex(k->aead, q->plain + n, &n) <= 0)
    return PP_ECRYPTO;
  *plain_len = ct_len;
  return PP_OK;
}

/* ---- CRYPTO stream ------------------------------------------------------ */

static bool have_byte(const struct quic_ctx *q, size_t i)
{
  return q->have[i >> 3] & (1u << (i & 7));
}

/* Forget the stream: new keys mean a new ClientHello (Retry, VN). */
static void stream_reset(struct quic_ctx *q)
{
  memset(q->have, 0, sizeof(q->have));
  q->contig = 0;
  q->limit_hit = false;
  q->next_pn = 0;
  q->st.restarts++;
}

/*
 * Store CRYPTO data at `off`.  The first copy of a byte wins (as TCP
 * reassembly does), so a later overlapping frame cannot rewrite it.
 */
static void stream_store(struct quic_ctx *q, uint64_t off, const uint8_t *data,
                         uint64_t len)
{
  size_t i, run, n;
  if(off + len > QUIC_CRYPTO_MAX) {
    q->st.crypto_limit++;
    q->limit_hit = true;
    if(off >= QUIC_CRYPTO_MAX)
      return;
    len = QUIC_CRYPTO_MAX - off;
  }
  n = (size_t)len;
  for(i = 0; i < n; i += run) {
    bool present = have_byte(q, (size_t)off + i);
    for(run = 1; i + run < n && have_byte(q, (size_t)off + i + run) == present;
        run++)
      ;
    if(!present)
      memcpy(q->buf + off + i, data + i, run);
  }
  for(i = (size_t)off; i < (size_t)off + n; i++)
    q->have[i >> 3] |= (uint8_t)(1u << (i & 7));
  while(q->contig < QUIC_CRYPTO_MAX && have_byte(q, q->contig))
    q->contig++;
}

/*
 * Walk the frames of a decrypted Initial (RFC 9000 19).  PADDING, PING,
 * ACK, CRYPTO and CONNECTION_CLOSE are what an Initial may hold; the walk
 * stops quietly at anything else.  PP_EMALFORMED for a truncated frame
 * (data of the frames before it is kept: the packet was authentic).
 */
static int walk_frames(struct quic_ctx *q, size_t len)
{
  struct pp_rd r;
  rd_init(&r, q->plain, len);
  while(rd_left(&r)) {
    uint64_t type = rd_quic_varint(&r), n, i, off;
    const uint8_t *data;
    switch(type) {
    case FT_PADDING:
    case FT_PING:
      break;
    case FT_ACK:
    case FT_ACK_ECN:
      rd_quic_varint(&r);              /* largest acknowledged */
      rd_quic_varint(&r);              /* ack delay */
      n = rd_quic_varint(&r);          /* range count */
      rd_quic_varint(&r);              /* first range */
      for(i = 0; i < n && rd_ok(&r); i++) {
        rd_quic_varint(&r);            /* gap */
        rd_quic_varint(&r);            /* range length */
      }
      if(type == FT_ACK_ECN) {
        rd_quic_varint(&r);            /* ECT(0), ECT(1), ECN-CE */
        rd_quic_varint(&r);
        rd_quic_varint(&r);
      }
      break;
    case FT_CRYPTO:
      off = rd_quic_varint(&r);
      n = rd_quic_varint(&r);
      data = rd_ptr(&r, (size_t)PP_MIN(n, (uint64_t)SIZE_MAX));
      if(data)
        stream_store(q, off, data, n);
      break;
    case FT_CLOSE:
    case FT_CLOSE_APP:
      rd_quic_varint(&r);              /* error code */
      if(type == FT_CLOSE)
        rd_quic_varint(&r);            /* frame type */
      n = rd_quic_varint(&r);
      rd_skip(&r, (size_t)PP_MIN(n, (uint64_t)SIZE_MAX));
      break;
    default:
      q->st.unknown_frames++;
      return PP_OK;
    }
    if(!rd_ok(&r))
      return PP_EMALFORMED;
  }
  return PP_OK;
}

/*
 * One Initial packet: open it with its own DCID's keys, else with the keys
 * of the DCID that opened the stream (a client keeps those after it
 * switches to the server's CID), then store its CRYPTO frames.
 */
static int do_initial(struct quic_ctx *q, const struct lhdr *h)
{
  struct qkeys *k = &q->other, tmp;
  size_t plain_len = 0;
  uint64_t pn = 0;
  int rc;
  q->st.initials++;
  /* Room for the sample; and no bigger than a datagram, which keeps the
   * lengths handed to libcrypto (as int) small. */
  if(h->length < PN_MAX_LEN + SAMPLE_LEN ||
     h->pn_off + h->length > DGRAM_MAX)
    return PP_EMALFORMED;
  if(keys_match(&q->first, h->version, h->dcid, h->dcid_len))
    k = &q->first;
  else if(!keys_match(k, h->version, h->dcid, h->dcid_len)) {
    if(q->st.keys_derived < QUIC_KEYS_MAX) {
      q->st.keys_derived++;
      keys_setup(k, h->version, h->dcid, h->dcid_len, 0);   /* sets ready */
    }
    else {
      q->st.keys_limit++;
      k->ready = false;
    }
  }
  rc = k->ready ? open_packet(q, k, h, &plain_len, &pn) : PP_ECRYPTO;
  if(rc == PP_ECRYPTO && k == &q->other && q->first.ready &&
     q->first.version == h->version) {
    k = &q->first;
    rc = open_packet(q, k, h, &plain_len, &pn);
    if(!rc)
      q->st.dcid_fallback++;
  }
  if(rc) {
    if(rc == PP_ECRYPTO)
      q->st.auth_failed++;
    return rc;
  }
  if(k == &q->other) {
    /* First keys of the flow, or new ones: after a Retry or Version
     * Negotiation the client restarts with a fresh ClientHello. */
    if(q->first.ready)
      stream_reset(q);
    tmp = q->first;
    q->first = q->other;
    q->other = tmp;
  }
  q->st.decrypted++;
  if(pn + 1 > q->next_pn)
    q->next_pn = pn + 1;
  return walk_frames(q, plain_len);
}

/* ---- API ---------------------------------------------------------------- */

struct quic_ctx *quic_ctx_new(void)
{
  return pp_calloc(1, sizeof(struct quic_ctx));
}

size_t quic_ctx_size(void)
{
  return sizeof(struct quic_ctx);
}

void quic_ctx_free(struct quic_ctx *q)
{
  if(!q)
    return;
  keys_free(&q->first);
  keys_free(&q->other);
  pp_free(q->plain);
  pp_free(q);
}

void quic_ctx_stats(const struct quic_ctx *q, struct quic_stats *st)
{
  if(q && st)
    *st = q->st;
}

/* Same destination connection ID? */
static bool same_cid(const struct lhdr *a, const struct lhdr *b)
{
  return a->dcid_len == b->dcid_len &&
         memcmp(a->dcid, b->dcid, a->dcid_len) == 0;
}

int quic_feed(struct quic_ctx *q, const uint8_t *dgram, size_t len,
              struct tls_hello_info *info)
{
  struct pp_rd r;
  struct lhdr first;
  bool any = false;
  int err = PP_OK, rc;
  if(!q || !info)
    return PP_EINVAL;
  memset(info, 0, sizeof(*info));
  q->st.datagrams++;
  rd_open(&r, dgram, len);
  /* Coalesced packets (RFC 9000 12.2): each long header carries its
   * length; a short header runs to the end of the datagram. */
  while(rd_left(&r) && (rd_peek(&r, 0) & 0x80)) {
    struct lhdr h;
    rc = parse_header(&r, &h);
    if(rc == PP_ENOTSUP && any)
      break;            /* trailing junk after valid packets */
    if(rc) {
      err = rc;
      break;
    }
    /* One datagram, one connection: a receiver ignores coalesced packets
     * with another DCID (RFC 9000 12.2), which also bounds the keys a
     * datagram can make us derive. */
    if(any && !same_cid(&h, &first))
      break;
    if(!any)
      first = h;
    any = true;
    if(h.type == PT_RETRY)
      break;            /* Retry has no Length: it ends the datagram */
    if(h.length > rd_left(&r)) {
      err = PP_ETRUNC;
      break;
    }
    rd_skip(&r, (size_t)h.length);
    if(h.type != PT_INITIAL) {
      q->st.skipped++;
      continue;
    }
    rc = do_initial(q, &h);
    if(rc == PP_ENOMEM)
      return rc;
    if(rc && !err)
      err = rc;
  }
  if(!any && !err)
    return PP_ENOTSUP;
  if(!q->contig)
    return err ? err : q->limit_hit ? PP_ELIMIT : PP_EAGAIN;
  rc = tls_parse_hello(q->buf, q->contig, info);
  if(rc == PP_EAGAIN && (q->limit_hit || q->contig == QUIC_CRYPTO_MAX))
    return PP_ELIMIT;
  if(rc == PP_EAGAIN && err)
    return err;
  return rc;
}

/*
 * quic_build_initial with the keys of key_dcid, which may differ from the
 * DCID written in the header (as a client's later Initials do).
 */
UNITTEST int quic_build_initial_keyed(const uint8_t *key_dcid,
                                      size_t key_dcid_len, uint32_t version,
                                      const uint8_t *dcid, size_t dcid_len,
                                      const uint8_t *scid, size_t scid_len,
                                      uint32_t packet_number,
                                      const uint8_t *frames, size_t frames_len,
                                      size_t pad_to, uint8_t *out,
                                      size_t out_cap, size_t *out_len)
{
  struct qkeys k;
  uint8_t nonce[IV_LEN], mask[5];
  size_t hdr, pn_off, len_bytes, payload, total, i;
  uint64_t length;
  int n, rc;
  if(!out || !out_len || (!dcid && dcid_len) || (!scid && scid_len) ||
     (!frames && frames_len) || dcid_len > QUIC_CID_MAX ||
     scid_len > QUIC_CID_MAX || key_dcid_len > QUIC_CID_MAX ||
     (!key_dcid && key_dcid_len))
    return PP_EINVAL;
  if(!version_salt(version))
    return PP_EINVAL;
  if(frames_len > DGRAM_MAX || pad_to > DGRAM_MAX)
    return PP_ERANGE;   /* no UDP datagram is that big */
  /* first, version, DCID, SCID, empty token; then Length, 4-byte PN.  If
   * padding makes the Length field grow to 4 bytes the packet ends up 2
   * bytes over pad_to, which "at least" allows. */
  hdr = 1 + 4 + 1 + dcid_len + 1 + scid_len + 1;
  payload = frames_len;
  for(;;) {
    length = PN_MAX_LEN + payload + TAG_LEN;
    len_bytes = length < 16384 ? 2 : 4;
    total = hdr + len_bytes + (size_t)length;
    if(total >= pad_to)
      break;
    payload += pad_to - total;
  }
  if(total > out_cap)
    return PP_ERANGE;
  i = 0;
  out[i++] = (uint8_t)(0xc0 | type_to_wire(version, PT_INITIAL) << 4 |
                       (PN_MAX_LEN - 1));
  for(n = 3; n >= 0; n--)
    out[i++] = (uint8_t)(version >> (8 * n));
  out[i++] = (uint8_t)dcid_len;
  if(dcid_len)
    memcpy(out + i, dcid, dcid_len);
  i += dcid_len;
  out[i++] = (uint8_t)scid_len;
  if(scid_len)
    memcpy(out + i, scid, scid_len);
  i += scid_len;
  out[i++] = 0;   /* token length */
  if(len_bytes == 2) {
    out[i++] = (uint8_t)(0x40 | length >> 8);
    out[i++] = (uint8_t)length;
  }
  else {
    out[i++] = (uint8_t)(0x80 | length >> 24);
    out[i++] = (uint8_t)(length >> 16);
    out[i++] = (uint8_t)(length >> 8);
    out[i++] = (uint8_t)length;
  }
  pn_off = i;
  for(n = 3; n >= 0; n--)
    out[i++] = (uint8_t)(packet_number >> (8 * n));
  if(frames_len)
    memcpy(out + i, frames, frames_len);
  memset(out + i + frames_len, 0, payload - frames_len);   /* PADDING */

  memset(&k, 0, sizeof(k));
  rc = keys_setup(&k, version, key_dcid, key_dcid_len, 1);
  if(!rc) {
    make_nonce(&k, packet_number, nonce);
    if(!EVP_EncryptInit_ex(k.aead, NULL, NULL, NULL, nonce) ||
       !EVP_EncryptUpdate(k.aead, NULL, &n, out, (int)i) ||
       !EVP_EncryptUpdate(k.aead, out + i, &n, out + i, (int)payload) ||
       !EVP_EncryptFinal_ex(k.aead, out + i + n, &n) ||
       !EVP_CIPHER_CTX_ctrl(k.aead, EVP_CTRL_GCM_GET_TAG, TAG_LEN,
                            out + i + payload))
      rc = PP_ECRYPTO;
  }
  if(!rc)
    rc = hp_mask(&k, out + pn_off + PN_MAX_LEN, mask);
  if(!rc) {
    out[0] ^= mask[0] & 0x0f;
    for(n = 0; n < PN_MAX_LEN; n++)
      out[pn_off + (size_t)n] ^= mask[1 + n];
    *out_len = total;
  }
  keys_free(&k);
  return rc;
}

int quic_build_initial(uint32_t version,
                       const uint8_t *dcid, size_t dcid_len,
                       const uint8_t *scid, size_t scid_len,
                       uint32_t packet_number,
                       const uint8_t *frames, size_t frames_len,
                       size_t pad_to,
                       uint8_t *out, size_t out_cap, size_t *out_len)
{
  return quic_build_initial_keyed(dcid, dcid_len, version, dcid, dcid_len,
                                  scid, scid_len, packet_number, frames,
                                  frames_len, pad_to, out, out_cap, out_len);
}
