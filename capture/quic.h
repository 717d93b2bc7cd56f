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

struct quic_ctx;

/* New empty per-flow state; NULL on allocation failure. */
struct quic_ctx *quic_ctx_new(void);
/* Free it; NULL is fine. */
void quic_ctx_free(struct quic_ctx *q);

/* True when a UDP payload starts with a long-header Initial packet of a
 * version we can decrypt (fills *version).  Cheap: no crypto. */
bool quic_is_initial(const uint8_t *p, size_t len, uint32_t *version);

/*
 * Feed one UDP payload (possibly several coalesced QUIC packets) sent by
 * one endpoint.  Initial packets are decrypted and their CRYPTO frames
 * stored by offset; other packet types are skipped.
 *
 * Returns PP_OK when the reassembled CRYPTO stream yields a ClientHello
 * decision (SNI found, or complete without SNI: see info->has_sni);
 * PP_EAGAIN when more Initial packets are needed; PP_ENOTFOUND when the
 * CRYPTO stream holds a non-ClientHello message (this is the server side);
 * PP_ENOTSUP for a non-QUIC or unknown-version payload; PP_ECRYPTO when
 * authentication failed; PP_EMALFORMED / PP_ETRUNC for bad packets;
 * PP_ELIMIT when the CRYPTO data exceeds QUIC_CRYPTO_MAX.
 */
int quic_feed(struct quic_ctx *q, const uint8_t *dgram, size_t len,
              struct tls_hello_info *info);

/*
 * Build one protected client Initial packet (for the test-capture
 * generator and unit tests).  `frames` is the plaintext frame payload
 * (e.g. CRYPTO frames); the packet is padded with PADDING frames so that
 * the whole packet is at least pad_to bytes.  Writes into out.
 * Returns PP_OK, PP_ERANGE (out too small), PP_EINVAL, PP_ECRYPTO.
 */
int quic_build_initial(uint32_t version,
                       const uint8_t *dcid, size_t dcid_len,
                       const uint8_t *scid, size_t scid_len,
                       uint32_t packet_number,
                       const uint8_t *frames, size_t frames_len,
                       size_t pad_to,
                       uint8_t *out, size_t out_cap, size_t *out_len);

#endif
