/*
 * quic.h: QUIC Initial packets (RFC 9000 17.2.2, RFC 9001 5 "Packet
 * Protection", RFC 9369 QUIC v2) and the ClientHello inside them.
 *
 * Debian's nDPI 4.2 only reassembles in-order CRYPTO data, so Chrome's
 * ClientHellos (split over several Initials, CRYPTO frames shuffled and
 * overlapping) lose their SNI.  This module derives the Initial keys from
 * the client's Destination Connection ID with libcrypto (HKDF-SHA256,
 * AES-128-GCM, AES-128-ECB header protection), removes the protection,
 * walks the frames and reassembles the CRYPTO stream in any order.
 *
 * Supported versions: 1 (0x00000001), 2 (0x6b3343cf), IETF drafts 23-34
 * (0xff000017..0xff000022), Facebook mvfst (0xfaceb001/2/e).
 *
 * Memory: one struct quic_ctx per UDP flow while its handshake is pending
 * (bounded by QUIC_CRYPTO_MAX); free it when the flow is named.
 */
#ifndef PP_QUIC_H
#define PP_QUIC_H

#include "pp_common.h"
#include "tls.h"

#define QUIC_VERSION_1 0x00000001u
#define QUIC_VERSION_2 0x6b3343cfu
#define QUIC_CID_MAX 20
/* Largest CRYPTO stream offset we reassemble (bytes of ClientHello). */
#define QUIC_CRYPTO_MAX (16 * 1024)
/* Initial keys derived per context (one HKDF run each, ~10 us): a client
 * uses one to three DCIDs; garbage with a new DCID per packet stops here. */
#define QUIC_KEYS_MAX 8

struct quic_ctx;

/* What one context has seen; limits hit are counted here. */
struct quic_stats {
  uint64_t datagrams;       /* quic_feed() calls */
  uint64_t initials;        /* Initial packets found */
  uint64_t decrypted;       /* ... that authenticated */
  uint64_t auth_failed;     /* ... that no key could open (PP_ECRYPTO) */
  uint64_t dcid_fallback;   /* opened with the first DCID's keys */
  uint64_t keys_derived;    /* (version, DCID) key sets derived */
  uint64_t keys_limit;      /* Initials not tried: QUIC_KEYS_MAX reached */
  uint64_t skipped;         /* 0-RTT and Handshake packets stepped over */
  uint64_t restarts;        /* CRYPTO stream restarted: new keys (Retry) */
  uint64_t crypto_limit;    /* CRYPTO frames cut at QUIC_CRYPTO_MAX */
  uint64_t unknown_frames;  /* frame walks stopped at an unexpected type */
};

/*
 * New empty per-flow state (about 19 KB: the CRYPTO buffer is inline);
 * NULL on allocation failure.
 */
struct quic_ctx *quic_ctx_new(void);
/* Free it; NULL is fine. */
void quic_ctx_free(struct quic_ctx *q);
/* Bytes one context takes (for memory budgets). */
size_t quic_ctx_size(void);
/* Copy the counters of q into *st (nothing happens if either is NULL). */
void quic_ctx_stats(const struct quic_ctx *q, struct quic_stats *st);

/* True when a UDP payload starts with a long-header Initial packet of a
 * version we can decrypt (fills *version).  Cheap: no crypto. */
bool quic_is_initial(const uint8_t *p, size_t len, uint32_t *version);

/*
 * Feed one UDP payload (possibly several coalesced QUIC packets) sent by
 * one endpoint.  Initial packets are decrypted and their CRYPTO frames
 * stored by offset; 0-RTT and Handshake packets are skipped; a short
 * header, a Retry, bytes that are not a long header, or a packet with
 * another DCID than the first one's (RFC 9000 12.2) end the datagram.
 * An Initial is opened with the keys of its own DCID, else with those of
 * the DCID that opened the CRYPTO stream (a client keeps the keys of its
 * first DCID when it switches to the server's CID); if its own DCID's
 * keys open it and they are new, the client restarted (after a Retry)
 * and the stream starts over.  CRYPTO frames may come in any order,
 * overlap or repeat; the first copy of a byte wins.  After each datagram
 * tls_parse_hello() runs on the bytes present from offset 0 and its
 * answer is returned, unless it is PP_EAGAIN and a packet of this datagram
 * failed, in which case that packet's error is returned.
 *
 * Returns PP_OK when the reassembled CRYPTO stream yields a ClientHello
 * decision (SNI found, or complete without SNI: see info->has_sni;
 * info->complete tells whether all of it was there); PP_EAGAIN when more
 * Initial packets are needed; PP_ENOTFOUND when the CRYPTO stream holds a
 * non-ClientHello message (server Initials are sealed with the server's
 * keys, so a server-side context usually sees PP_ECRYPTO instead);
 * PP_ENOTSUP for a non-QUIC or unknown-version payload (gQUIC included);
 * PP_ECRYPTO when authentication failed; PP_EMALFORMED / PP_ETRUNC for bad
 * packets or a malformed ClientHello; PP_ELIMIT when the CRYPTO data
 * exceeds QUIC_CRYPTO_MAX (or the hello TLS_HELLO_MAX) before a decision;
 * PP_ENOMEM; PP_EINVAL when q or info is NULL.  Every return leaves q
 * usable: a caller keeps feeding a flow's datagrams until PP_OK or
 * PP_ENOTFOUND, or until its own budget runs out.  info is reset on each
 * call and is meaningful on PP_OK only.
 */
int quic_feed(struct quic_ctx *q, const uint8_t *dgram, size_t len,
              struct tls_hello_info *info);

/*
 * Build one protected client Initial packet (for the test-capture
 * generator and unit tests).  `frames` is the plaintext frame payload
 * (e.g. CRYPTO frames), copied as is; the packet is padded with PADDING
 * frames so that the whole packet is at least pad_to bytes (2 more when
 * the padding makes the Length field need 4 bytes, past 16 KB).  The
 * header has the version's Initial type, an empty token and a 4-byte
 * packet number; keys come from dcid, as for a client's first Initial.
 * Writes *out_len bytes into out.  Returns PP_OK, PP_ERANGE (out too
 * small, or frames_len or pad_to over 65535), PP_EINVAL (NULL pointer
 * with a length, a CID over QUIC_CID_MAX, a version we cannot seal),
 * PP_ECRYPTO.
 */
int quic_build_initial(uint32_t version,
                       const uint8_t *dcid, size_t dcid_len,
                       const uint8_t *scid, size_t scid_len,
                       uint32_t packet_number,
                       const uint8_t *frames, size_t frames_len,
                       size_t pad_to,
                       uint8_t *out, size_t out_cap, size_t *out_len);

#ifdef PP_UNITTESTS
/* Client Initial key, IV and header-protection key for a version and
 * client DCID (RFC 9001 5.2); PP_ENOTSUP for an unknown version. */
int quic_initial_keys(uint32_t version, const uint8_t *dcid,
                      size_t dcid_len, uint8_t key[16], uint8_t iv[12],
                      uint8_t hp[16]);
/* RFC 9000 A.3 packet number decoding; expected = largest seen + 1. */
uint64_t quic_pn_decode(uint64_t expected, uint64_t truncated,
                        unsigned bits);
/* quic_build_initial() sealing with the keys of key_dcid instead of
 * those of the header's dcid. */
int quic_build_initial_keyed(const uint8_t *key_dcid, size_t key_dcid_len,
                             uint32_t version,
                             const uint8_t *dcid, size_t dcid_len,
                             const uint8_t *scid, size_t scid_len,
                             uint32_t packet_number,
                             const uint8_t *frames, size_t frames_len,
                             size_t pad_to,
                             uint8_t *out, size_t out_cap, size_t *out_len);
#endif

#endif
