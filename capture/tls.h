/*
 * tls.h: TLS ClientHello parsing (RFC 8446 4.1.2, RFC 6066 3 server_name,
 * RFC 7301 ALPN, draft-ietf-tls-esni encrypted_client_hello 0xfe0d,
 * draft ESNI 0xffce).
 *
 * Used for TLS over TCP (record layer) and for QUIC (CRYPTO stream, which
 * carries handshake messages without records).  Parsers read through
 * pp_cursor; nothing allocates.
 *
 * Partial input: a ClientHello often spans several TCP segments or QUIC
 * packets (post-quantum key shares make it ~1.8 KB and more).  Given a
 * prefix of the message, the parser walks as far as the bytes go; if the
 * server_name extension lies completely inside the prefix it returns PP_OK
 * with info->complete == false, otherwise PP_EAGAIN (give me more).
 */
#ifndef PP_TLS_H
#define PP_TLS_H

#include "pp_common.h"

#define TLS_SNI_MAX 255     /* longest host_name we keep (DNS limit 253) */
#define TLS_ALPN_MAX 63     /* ALPN list text kept, truncated */

/* Largest ClientHello message we are willing to reassemble. */
#define TLS_HELLO_MAX (64 * 1024)

struct tls_hello_info {
  char sni[TLS_SNI_MAX + 1];   /* server_name host_name as sent, NUL-ended */
  bool has_sni;
  bool sni_valid;              /* host_name is printable LDH-ish, no NUL */
  bool has_ech;                /* encrypted_client_hello (0xfe0d) present */
  bool has_esni;               /* encrypted_server_name (0xffce) present */
  bool tls13;                  /* supported_versions offers 0x0304 */
  bool complete;               /* whole ClientHello was parsed */
  uint16_t legacy_version;     /* client_version field */
  char alpn[TLS_ALPN_MAX + 1]; /* offered ALPN ids, comma-joined */
};

/*
 * Parse a handshake-layer byte string that starts with a Handshake header
 * (msg_type 1 = client_hello, 3-byte length).  hs may be NULL when len is
 * 0.  Bytes after the message are ignored.  info is reset first and is
 * meaningful on PP_OK only: the first host_name of server_name (cut at
 * TLS_SNI_MAX; sni_valid when 1..255 printable non-space ASCII bytes),
 * ALPN ids (bytes that are not printable, and ',', shown as '?'),
 * tls13, has_ech, has_esni; repeated extensions count once (the first).
 *
 * Returns PP_OK when the SNI was found (or the message was complete and
 * has none: info->has_sni tells); PP_EAGAIN when the prefix is too short
 * to decide; PP_EMALFORMED when it is not a well-formed ClientHello (also
 * decided on a prefix, as soon as its bytes prove it); PP_ENOTFOUND when
 * it is a handshake message of another type (e.g. a ServerHello: the
 * bytes came from the server side); PP_ELIMIT when the message is longer
 * than TLS_HELLO_MAX; PP_EINVAL when info is NULL.
 */
int tls_parse_hello(const uint8_t *hs, size_t len,
                    struct tls_hello_info *info);

/*
 * Parse a TLS record-layer byte stream (the start of a TCP client stream):
 * handshake records (content type 22, version 3.0..3.4, 1..2^14 bytes)
 * are unwrapped and their fragments joined in `scratch` (scratch_cap
 * bytes, at least 16 KB recommended; NULL/0 is fine when the hello sits
 * in the first record, which is then parsed in place) before
 * tls_parse_hello() runs on them.  Records after the hello are not read.
 * Same return values; PP_EMALFORMED when the stream does not start with
 * a TLS handshake record or another record type comes before the hello
 * is whole; PP_ELIMIT when the hello does not fit in scratch and its
 * first scratch_cap bytes hold no server_name.
 */
int tls_parse_records(const uint8_t *stream, size_t len, uint8_t *scratch,
                      size_t scratch_cap, struct tls_hello_info *info);

/* Cheap test: could a stream starting with these bytes be a TLS
 * handshake record (0x16 0x03 0x00..0x04)?  Needs 3 bytes. */
bool tls_looks_like_record(const uint8_t *p, size_t len);

#endif
