/*
 * tls.c: TLS ClientHello parser: server_name, ALPN, supported_versions,
 * ECH and ESNI presence, over the record layer or bare handshake bytes.
 *
 * References: RFC 8446 4 (handshake header), 4.1.2 (ClientHello), 4.2.1
 * (supported_versions), 5.1 (record layer); RFC 6066 3 (server_name);
 * RFC 7301 3.1 (ALPN); draft-ietf-tls-esni (encrypted_client_hello 0xfe0d;
 * its early drafts' encrypted_server_name 0xffce); RFC 8701 (GREASE: the
 * values 0x?a?a appear as cipher suites, extensions and versions and are
 * skipped like any unknown value).
 *
 *   record     type(1) = 22 | version(2) = 0x0300..0x0304 | length(2) |
 *              fragment (at most 2^14 bytes)
 *   handshake  msg_type(1) = 1 | length(3) | body
 *   body       legacy_version(2) | random(32) | session_id<0..32> |
 *              cipher_suites<2..2^16-2> | compression_methods<1..2^8-1> |
 *              extensions<0..2^16-1>   (absent in old clients)
 *   extension  type(2) | length(2) | data
 *
 * Prefixes: a vector whose declared length runs past the end of the input
 * is read as a `struct vec`: the bytes present plus the count of declared
 * bytes that are missing.  A read that needs missing bytes means "give me
 * more" (PP_EAGAIN); one that needs bytes beyond what the enclosing length
 * declares means the hello is malformed.  So a prefix never makes a
 * well-formed hello look malformed, and a malformed one is caught as soon
 * as the bytes that prove it are present.
 */
#include "config.h"

#include "pp_common.h"
#include "pp_cursor.h"
#include "pp_err.h"
#include "tls.h"

#define REC_HANDSHAKE 22
#define REC_HEADER_LEN 5
#define REC_FRAGMENT_MAX 16384   /* RFC 8446 5.1: 2^14 */
#define HS_HEADER_LEN 4
#define HS_CLIENT_HELLO 1

#define EXT_SERVER_NAME 0
#define EXT_ALPN 16
#define EXT_SUPPORTED_VERSIONS 43
#define EXT_ECH 0xfe0d
#define EXT_ESNI 0xffce

#define SNI_HOST_NAME 0
#define TLS13 0x0304

/*
 * rd_init() that never sees NULL: pp_cursor.h computes NULL + 0, which C
 * leaves undefined (clang's UBSan reports it).
 */
static void rd_open(struct pp_rd *r, const uint8_t *p, size_t len)
{
  static const uint8_t none[1];
  rd_init(r, p ? p : none, p ? len : 0);
}

/* A vector of the hello: the bytes present, and how many declared bytes
 * the input lacks (0 when it is whole). */
struct vec {
  struct pp_rd r;
  size_t missing;
};

/*
 * Can n more bytes be read from v?  PP_OK; PP_EAGAIN when some of them are
 * declared but absent from the input; PP_EMALFORMED when they overrun the
 * declared length.
 */
static int vec_need(const struct vec *v, size_t n)
{
  size_t have = rd_left(&v->r);
  if(n <= have)
    return PP_OK;
  return n - have <= v->missing ? PP_EAGAIN : PP_EMALFORMED;
}

/* Split the next n declared bytes of p off as c (c may be cut short). */
static int vec_sub(struct vec *p, size_t n, struct vec *c)
{
  size_t have = rd_left(&p->r);
  size_t take = PP_MIN(n, have);
  if(n - take > p->missing)
    return PP_EMALFORMED;
  rd_sub(&p->r, take, &c->r);
  c->missing = n - take;
  p->missing -= n - take;
  return PP_OK;
}

/* Read a 1- or 2-byte length in [min, max] and split that vector off. */
static int vec_vector(struct vec *p, unsigned lenbytes, size_t min,
                      size_t max, struct vec *c)
{
  size_t n;
  int rc = vec_need(p, lenbytes);
  if(rc)
    return rc;
  n = lenbytes == 1 ? rd_u8(&p->r) : rd_be16(&p->r);
  if(n < min || n > max)
    return PP_EMALFORMED;
  return vec_sub(p, n, c);
}

static size_t vec_len(const struct vec *v)
{
  return rd_left(&v->r) + v->missing;
}

/* Printable, no space: what a host name (or an IDNA A-label) is made of. */
static bool graphic(unsigned c)
{
  return c > 0x20 && c < 0x7f;
}

/* server_name (RFC 6066 3): keep the first host_name entry. */
static int ext_server_name(struct pp_rd *r, struct tls_hello_info *info)
{
  uint16_t list_len;
  size_t i, n;
  if(!rd_left(r))
    return PP_OK;   /* empty: what servers echo; tolerated, means no name */
  list_len = rd_be16(r);
  if(!rd_ok(r) || list_len == 0 || list_len != rd_left(r))
    return PP_EMALFORMED;
  while(rd_left(r)) {
    uint8_t type = rd_u8(r);
    uint16_t len = rd_be16(r);
    struct pp_rd name;
    if(!rd_need(r, len))
      return PP_EMALFORMED;
    rd_sub(r, len, &name);
    if(type != SNI_HOST_NAME || info->has_sni)
      continue;
    info->has_sni = true;
    n = PP_MIN((size_t)len, (size_t)TLS_SNI_MAX);
    rd_copy(&name, info->sni, n);
    info->sni[n] = '\0';
    info->sni_valid = len >= 1 && len <= TLS_SNI_MAX;
    for(i = 0; i < n; i++)
      if(!graphic((uint8_t)info->sni[i]))
        info->sni_valid = false;
  }
  return PP_OK;
}

/* ALPN (RFC 7301 3.1): protocol ids joined with ',', cut at TLS_ALPN_MAX;
 * bytes that are not printable (or are ',') become '?' so the text is
 * safe to log. */
static int ext_alpn(struct pp_rd *r, struct tls_hello_info *info)
{
  size_t out = 0;
  uint16_t list_len = rd_be16(r);
  if(!rd_ok(r) || list_len < 2 || list_len != rd_left(r))
    return PP_EMALFORMED;
  while(rd_left(r)) {
    uint8_t len = rd_u8(r);
    struct pp_rd id;
    if(!rd_need(r, len) || len == 0)
      return PP_EMALFORMED;
    rd_sub(r, len, &id);
    if(out && out < TLS_ALPN_MAX)
      info->alpn[out++] = ',';
    while(rd_left(&id)) {
      uint8_t c = rd_u8(&id);
      if(out < TLS_ALPN_MAX)
        info->alpn[out++] = (char)(graphic(c) && c != ',' ? c : '?');
    }
  }
  info->alpn[out] = '\0';
  return PP_OK;
}

/* supported_versions in a ClientHello (RFC 8446 4.2.1): a list of 2-byte
 * versions behind a 1-byte length. */
static int ext_versions(struct pp_rd *r, struct tls_hello_info *info)
{
  uint8_t list_len = rd_u8(r);
  if(!rd_ok(r) || list_len < 2 || (list_len & 1) || list_len != rd_left(r))
    return PP_EMALFORMED;
  while(rd_left(r))
    if(rd_be16(r) == TLS13)
      info->tls13 = true;
  return PP_OK;
}

/* One complete extension.  A repeated extension is ignored (the first
 * one counts); unknown and GREASE types are skipped. */
static int parse_ext(uint16_t type, struct pp_rd *r,
                     struct tls_hello_info *info)
{
  switch(type) {
  case EXT_SERVER_NAME:
    return info->has_sni ? PP_OK : ext_server_name(r, info);
  case EXT_ALPN:
    return info->alpn[0] ? PP_OK : ext_alpn(r, info);
  case EXT_SUPPORTED_VERSIONS:
    return ext_versions(r, info);
  case EXT_ECH:
    info->has_ech = true;
    return PP_OK;
  case EXT_ESNI:
    info->has_esni = true;
    return PP_OK;
  default:
    return PP_OK;
  }
}

/*
 * The ClientHello body.  PP_OK when all of it was present and parsed;
 * PP_EAGAIN when the input ends first (what was present was fine);
 * PP_EMALFORMED.
 */
static int parse_body(struct vec *b, struct tls_hello_info *info)
{
  struct vec sid, suites, comp, exts;
  int rc = vec_need(b, 2 + 32);
  if(rc)
    return rc;
  info->legacy_version = rd_be16(&b->r);
  rd_skip(&b->r, 32);   /* random */
  if(info->legacy_version >> 8 != 3)
    return PP_EMALFORMED;
  if((rc = vec_vector(b, 1, 0, 32, &sid)) ||
     (rc = vec_vector(b, 2, 2, 0xfffe, &suites)))
    return rc;
  if(vec_len(&suites) & 1)
    return PP_EMALFORMED;
  if((rc = vec_vector(b, 1, 1, 0xff, &comp)))
    return rc;
  if(comp.missing)
    return PP_EAGAIN;
  if(!rd_left(&b->r) && !b->missing)
    return PP_OK;   /* no extensions at all (SSL 3.0 style) */
  if((rc = vec_vector(b, 2, 0, 0xffff, &exts)))
    return rc;
  if(rd_left(&b->r) || b->missing)
    return PP_EMALFORMED;   /* bytes after the extensions */
  while(rd_left(&exts.r) || exts.missing) {
    uint16_t type;
    struct vec e;
    if((rc = vec_need(&exts, 2)))
      return rc;
    type = rd_be16(&exts.r);
    if((rc = vec_vector(&exts, 2, 0, 0xffff, &e)))
      return rc;
    if(e.missing)
      return PP_EAGAIN;   /* cut inside this extension */
    if((rc = parse_ext(type, &e.r, info)))
      return rc;
  }
  return PP_OK;
}

/* Handshake types other than client_hello (RFC 8446 4, RFC 5246 7.4). */
static bool other_handshake_type(uint8_t type)
{
  switch(type) {
  case 0: case 2: case 4: case 5: case 6: case 8: case 11: case 12:
  case 13: case 14: case 15: case 16: case 20: case 21: case 22: case 23:
  case 24: case 254:
    return true;
  default:
    return false;
  }
}

int tls_parse_hello(const uint8_t *hs, size_t len, struct tls_hello_info *info)
{
  struct pp_rd r;
  struct vec body;
  uint32_t msg_len;
  size_t take;
  uint8_t type;
  int rc;
  if(!info)
    return PP_EINVAL;
  memset(info, 0, sizeof(*info));
  rd_open(&r, hs, len);
  if(!rd_left(&r))
    return PP_EAGAIN;
  type = rd_u8(&r);
  if(type != HS_CLIENT_HELLO)
    return other_handshake_type(type) ? PP_ENOTFOUND : PP_EMALFORMED;
  if(rd_left(&r) < 3)
    return PP_EAGAIN;
  msg_len = rd_be24(&r);
  if(msg_len > TLS_HELLO_MAX)
    return PP_ELIMIT;
  take = PP_MIN((size_t)msg_len, rd_left(&r));
  rd_sub(&r, take, &body.r);   /* bytes after the message are ignored */
  body.missing = msg_len - take;
  rc = parse_body(&body, info);
  if(rc == PP_OK)
    info->complete = true;
  else if(rc == PP_EAGAIN && info->has_sni)
    rc = PP_OK;   /* the name is in the prefix: no need to wait */
  return rc;
}

/*
 * Check the bytes of a record header that are present (fewer than 5):
 * PP_EAGAIN when they could start a handshake record, else PP_EMALFORMED.
 */
static int partial_header(struct pp_rd *r)
{
  size_t n = rd_left(r);
  if(n >= 1 && rd_peek(r, 0) != REC_HANDSHAKE)
    return PP_EMALFORMED;
  if(n >= 2 && rd_peek(r, 1) != 3)
    return PP_EMALFORMED;
  if(n >= 3 && rd_peek(r, 2) > 4)
    return PP_EMALFORMED;
  return PP_EAGAIN;
}

/* Length of the handshake message (header included) that starts buf, or
 * 0 when its 4-byte header is not all there. */
static size_t hs_msg_len(const uint8_t *buf, size_t len)
{
  struct pp_rd r;
  rd_open(&r, buf, len);
  rd_skip(&r, 1);
  return rd_left(&r) >= 3 ? HS_HEADER_LEN + (size_t)rd_be24(&r) : 0;
}

int tls_parse_records(const uint8_t *stream, size_t len, uint8_t *scratch,
                      size_t scratch_cap, struct tls_hello_info *info)
{
  struct pp_rd r;
  size_t got = 0;       /* handshake bytes joined in scratch */
  size_t want = 0;      /* length of the whole message, once known */
  bool full = false;    /* scratch could not take everything */
  int rc;
  if(!info)
    return PP_EINVAL;
  memset(info, 0, sizeof(*info));
  if(!scratch)
    scratch_cap = 0;
  rd_open(&r, stream, len);
  while(rd_left(&r) && !full && (!want || got < want)) {
    uint8_t type, major, minor;
    uint16_t rec_len;
    const uint8_t *frag;
    size_t take, room;
    if(rd_left(&r) < REC_HEADER_LEN) {
      rc = partial_header(&r);
      if(rc != PP_EAGAIN || !got)
        return rc;
      break;
    }
    type = rd_u8(&r);
    major = rd_u8(&r);
    minor = rd_u8(&r);
    rec_len = rd_be16(&r);
    /* Handshake records may not be empty nor interleaved with other
     * content types (RFC 8446 5.1). */
    if(type != REC_HANDSHAKE || major != 3 || minor > 4 || rec_len == 0 ||
       rec_len > REC_FRAGMENT_MAX)
      return PP_EMALFORMED;
    take = PP_MIN((size_t)rec_len, rd_left(&r));
    frag = rd_ptr(&r, take);
    if(!got) {
      /* Common case, no copy: the message lies in the first record, or
       * the stream ends inside it. */
      size_t m = hs_msg_len(frag, take);
      if(!rd_left(&r) || (m && m <= take))
        return tls_parse_hello(frag, take, info);
    }
    room = scratch_cap - got;
    if(take > room) {
      take = room;
      full = true;
    }
    if(take)
      memcpy(scratch + got, frag, take);
    got += take;
    if(!want)
      want = hs_msg_len(scratch, got);
  }
  rc = tls_parse_hello(scratch, got, info);
  if(rc == PP_EAGAIN && full)
    rc = PP_ELIMIT;   /* more input cannot help: scratch is too small */
  return rc;
}

bool tls_looks_like_record(const uint8_t *p, size_t len)
{
  struct pp_rd r;
  uint8_t type, major, minor;
  rd_open(&r, p, len);
  type = rd_u8(&r);
  major = rd_u8(&r);
  minor = rd_u8(&r);
  return rd_ok(&r) && type == REC_HANDSHAKE && major == 3 && minor <= 4;
}
