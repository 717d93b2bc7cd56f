/*
 * warc.c: WARC 1.1 files: writer, streaming reader, digest check (see
 * warc.h; the file format as pressprobe writes and accepts it is in
 * doc/pressprobe-warc.5).
 *
 * Reference: The WARC File Format 1.1 (ISO 28500:2017),
 * https://iipc.github.io/warc-specifications/specifications/warc-format/
 * warc-1.1/ : 4 file and record layout, 5 named fields, 6 record types
 * (6.3.2: the payload of an HTTP message is its body with the transfer
 * coding removed), Annex D (record-at-time gzip compression).  RFC 4648
 * 6 (base32), RFC 4122 4.4 (random UUIDs), RFC 1952 (gzip).
 *
 *   .warc.gz = member member ...          one gzip member per record
 *   member   = gzip( record )             (or one member holding many)
 *   record   = "WARC/1.1" CRLF            version line
 *              *( name ":" SP value CRLF )  named fields
 *              CRLF
 *              block                      Content-Length octets
 *              CRLF CRLF
 *
 * Reader model.  The input is cut into segments: each gzip member of a
 * compressed file, or the whole rest of an uncompressed one.  Segment
 * bytes (decompressed) pass through a window of WIN_CAP bytes; a header
 * must fit WARC_HEAD_MAX, a block is copied out (up to block_max) or
 * skipped.  A record never spans two members: a member that ends inside
 * a record cuts it short (ETRUNC) and the next member starts afresh.  All
 * inflating in one warc_next is capped (inflate_max), so a bomb costs
 * bounded time; past the cap the member is abandoned and the raw input
 * searched for the next member header.
 *
 * Damage and resynchronisation: bytes that are no gzip member are
 * skipped to the next "1f 8b 08" header; corrupt deflate data abandons
 * the member (search again from its second byte); bytes that are no
 * record are skipped to the next line starting "WARC/1." (or the next
 * member).  An uncompressed input can go back: after a bad block (wrong
 * Content-Length) the search restarts right after the damaged record's
 * header, so a Content-Length too large does not swallow the records
 * after it.  A compressed single-stream file cannot go back cheaply; the
 * search goes on from where reading stopped.  Going back is charged to a
 * budget (the input's size plus REDO_MIN, in bytes read again), so that
 * nested damage crafted to be read again and again costs linear time:
 * once it is spent, reading only goes forward.
 */
#include "config.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <openssl/evp.h>
#include <stdarg.h>
#include <stdio.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "httpmsg.h"
#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"
#include "warc.h"

#define SOFTWARE "pressprobe/" PACKAGE_VERSION
#define FORMAT "WARC File Format 1.1"
#define CONFORMS_TO \
  "http://iipc.github.io/warc-specifications/specifications/warc-format/" \
  "warc-1.1/"

#define ID_REF_MAX 256             /* record id given by a caller */
#define CTYPE_MAX 256              /* Content-Type given by a caller */
#define HEAD_BUF (WARC_URI_MAX + 4 * ID_REF_MAX + 1024)
#define INFO_BUF (6 * (WARC_TEXT_MAX + 32) + 256)
#define ZBUF_SIZE (64 * 1024)      /* deflate output chunk */
#define ZIN_MAX (1u << 30)         /* bytes handed to zlib at once */
#define RAW_BUF (64 * 1024)        /* file input buffer */
#define SNIFF_MAX 4096             /* bytes looked at to tell gzip */
#define WIN_CAP (WARC_HEAD_MAX + 64 * 1024)   /* decompressed window */
#define NAME_TRIES 1000            /* file names tried before giving up */
#define REDO_MIN (16u << 20)       /* going back after damage: this plus
                                      the input's size, per reader */
#define PATH_BUF 4096
#define DIGEST_RAW_MAX 64          /* sha512 */

static const char *const type_names[] = {
  [WARC_OTHER] = "other", [WARC_WARCINFO] = "warcinfo",
  [WARC_RESPONSE] = "response", [WARC_RESOURCE] = "resource",
  [WARC_REQUEST] = "request", [WARC_METADATA] = "metadata",
  [WARC_REVISIT] = "revisit", [WARC_CONVERSION] = "conversion",
  [WARC_CONTINUATION] = "continuation",
};

const char *warc_type_name(enum warc_type t)
{
  if((unsigned)t >= PP_ARRAY_LEN(type_names))
    return "other";
  return type_names[t];
}

static enum warc_type type_of(const char *name)
{
  size_t i;
  for(i = 1; name && i < PP_ARRAY_LEN(type_names); i++)
    if(!strcasecmp(name, type_names[i]))
      return (enum warc_type)i;
  return WARC_OTHER;
}

/* ---- dates ------------------------------------------------------------- */

#define USEC 1000000ull

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static int64_t days_from_civil(int y, unsigned m, unsigned d)
{
  int64_t era;
  unsigned yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = (unsigned)(y - era * 400);
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (int64_t)doe - 719468;
}

int warc_date_format(pp_usec_t t, char out[WARC_DATE_SIZE])
{
  struct tm tm;
  time_t s = (time_t)(t / USEC);
  if(t / USEC > 253402300799ull || !gmtime_r(&s, &tm))   /* 9999-12-31 */
    return PP_ERANGE;
  snprintf(out, WARC_DATE_SIZE, "%04d-%02d-%02dT%02d:%02d:%02d.%06uZ",
           tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
           tm.tm_min, tm.tm_sec, (unsigned)(t % USEC));
  return PP_OK;
}

/* n decimal digits from r as a number; -1 when they are not digits. */
static long digits(struct pp_rd *r, int n)
{
  long v = 0;
  while(n--) {
    uint8_t c = rd_u8(r);
    if(c < '0' || c > '9')
      return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int warc_date_parse(const char *s, pp_usec_t *out)
{
  static const unsigned mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30,
                                    31, 30, 31 };
  struct pp_rd r;
  long f[6] = { 0, 1, 1, 0, 0, 0 };     /* Y M D h m s */
  static const char sep[] = "--T::";
  uint64_t frac = 0, scale = USEC;
  int i, n = 1;
  bool leap;

  rd_init(&r, s, strlen(s));
  if((f[0] = digits(&r, 4)) < 0)
    return PP_EMALFORMED;
  /* each further part is its separator then two digits */
  for(i = 1; i < 6 && rd_peek(&r, 0) == (uint8_t)sep[i - 1]; i++, n++) {
    rd_skip(&r, 1);
    if((f[i] = digits(&r, 2)) < 0)
      return PP_EMALFORMED;
  }
  if(n == 4)                            /* hh needs mm */
    return PP_EMALFORMED;
  if(n == 6 && rd_peek(&r, 0) == '.') {
    int k = 0;
    rd_skip(&r, 1);
    while(rd_peek(&r, 0) >= '0' && rd_peek(&r, 0) <= '9') {
      uint8_t c = rd_u8(&r);
      if(++k > 9)
        return PP_EMALFORMED;
      if(scale > 1) {
        scale /= 10;
        frac += (uint64_t)(c - '0') * scale;
      }
    }
    if(!k)
      return PP_EMALFORMED;
  }
  if(n > 3 && rd_u8(&r) != 'Z')         /* times are UTC */
    return PP_EMALFORMED;
  if(!rd_ok(&r) || rd_left(&r))
    return PP_EMALFORMED;
  leap = (f[0] % 4 == 0 && f[0] % 100 != 0) || f[0] % 400 == 0;
  if(f[1] < 1 || f[1] > 12 || f[2] < 1 ||
     f[2] > (long)mdays[f[1] - 1] - (f[1] == 2 && !leap) || f[3] > 23 ||
     f[4] > 59 || f[5] > 60)
    return PP_EMALFORMED;
  if(f[0] < 1970)
    return PP_ERANGE;
  *out = ((uint64_t)days_from_civil((int)f[0], (unsigned)f[1],
                                    (unsigned)f[2]) * 86400 +
          (uint64_t)(f[3] * 3600 + f[4] * 60 + f[5])) * USEC + frac;
  return PP_OK;
}

static pp_usec_t now_usec(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (pp_usec_t)ts.tv_sec * USEC + (pp_usec_t)ts.tv_nsec / 1000;
}

int warc_record_id_new(char out[WARC_ID_SIZE])
{
  uint8_t b[16];
  size_t got = 0;
  while(got < sizeof(b)) {
    ssize_t n = getrandom(b + got, sizeof(b) - got, 0);
    if(n < 0 && errno == EINTR)
      continue;
    if(n <= 0)
      return PP_EIO;
    got += (size_t)n;
  }
  b[6] = (uint8_t)((b[6] & 0x0f) | 0x40);   /* version 4 */
  b[8] = (uint8_t)((b[8] & 0x3f) | 0x80);   /* RFC 4122 variant */
  snprintf(out, WARC_ID_SIZE,
           "<urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
           "%02x%02x%02x%02x%02x%02x>", b[0], b[1], b[2], b[3], b[4], b[5],
           b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
  return PP_OK;
}

/* ---- digests ----------------------------------------------------------- */

static const struct {
  const char *name, *alias;
  size_t len;
  const EVP_MD *(*md)(void);
} algs[] = {
  { "sha1", "sha-1", 20, EVP_sha1 },
  { "sha256", "sha-256", 32, EVP_sha256 },
  { "sha512", "sha-512", 64, EVP_sha512 },
  { "md5", "md5", 16, EVP_md5 },
};
#define ALG_SHA256 1

static const char b32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/* RFC 4648 base32, padded.  Returns the length, or 0 if cap is short. */
UNITTEST size_t warc_base32(const uint8_t *p, size_t n, char *out,
                            size_t cap)
{
  size_t i, o = 0;
  uint32_t acc = 0;
  int bits = 0;
  if(cap < (n + 4) / 5 * 8 + 1)
    return 0;
  for(i = 0; i < n; i++) {
    acc = acc << 8 | p[i];
    for(bits += 8; bits >= 5; bits -= 5)
      out[o++] = b32[(acc >> (bits - 5)) & 31];
  }
  if(bits)
    out[o++] = b32[(acc << (5 - bits)) & 31];
  while(o % 8)
    out[o++] = '=';
  out[o] = '\0';
  return o;
}

static int b32val(uint8_t c)
{
  if(c >= 'a' && c <= 'z')
    c = (uint8_t)(c - 32);
  if(c >= 'A' && c <= 'Z')
    return c - 'A';
  if(c >= '2' && c <= '7')
    return c - '2' + 26;
  return -1;
}

static int hexval(uint8_t c)
{
  if(c >= '0' && c <= '9')
    return c - '0';
  c = (uint8_t)(c | 0x20);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Decode v as hex (exactly 2 * len digits) or base32 into raw[len]. */
static bool decode_value(struct pp_rd *v, uint8_t *raw, size_t len)
{
  size_t n = rd_left(v), o = 0;
  uint32_t acc = 0;
  int bits = 0;
  if(n == 2 * len) {
    for(o = 0; o < len; o++) {
      int hi = hexval(rd_u8(v)), lo = hexval(rd_u8(v));
      if(hi < 0 || lo < 0)
        break;
      raw[o] = (uint8_t)(hi << 4 | lo);
    }
    if(o == len)
      return true;
    rd_init(v, v->end - n, n);          /* not hex: try base32 */
    o = 0;
  }
  while(rd_left(v) && rd_peek(v, 0) != '=') {
    int x = b32val(rd_u8(v));
    if(x < 0)
      return false;
    acc = acc << 5 | (uint32_t)x;
    bits += 5;
    if(bits >= 8) {
      if(o == len)
        return false;
      bits -= 8;
      raw[o++] = (uint8_t)(acc >> bits);
    }
  }
  while(rd_peek(v, 0) == '=')
    rd_skip(v, 1);
  return o == len && !rd_left(v) && bits < 5;
}

/*
 * "algorithm:value" to the index in algs[] and the raw digest.  PP_OK;
 * PP_ENOTSUP (algorithm unknown); PP_EMALFORMED.
 */
UNITTEST int warc_digest_decode(const char *labelled, int *algo,
                                uint8_t *raw, size_t *raw_len)
{
  const char *colon = strchr(labelled, ':');
  size_t i, n;
  struct pp_rd v;
  if(!colon)
    return PP_EMALFORMED;
  n = (size_t)(colon - labelled);
  for(i = 0; i < PP_ARRAY_LEN(algs); i++)
    if((strlen(algs[i].name) == n && !strncasecmp(labelled, algs[i].name,
                                                  n)) ||
       (strlen(algs[i].alias) == n && !strncasecmp(labelled, algs[i].alias,
                                                   n)))
      break;
  if(i == PP_ARRAY_LEN(algs))
    return PP_ENOTSUP;
  rd_init(&v, colon + 1, strlen(colon + 1));
  if(!decode_value(&v, raw, algs[i].len))
    return PP_EMALFORMED;
  *algo = (int)i;
  *raw_len = algs[i].len;
  return PP_OK;
}

struct md_ctx {
  EVP_MD_CTX *c;
  size_t n;                 /* bytes digested */
};

static int md_sink(void *ctx, const uint8_t *p, size_t n)
{
  struct md_ctx *m = ctx;
  m->n += n;
  return EVP_DigestUpdate(m->c, p, n) == 1 ? PP_OK : PP_ECRYPTO;
}

/*
 * Digest alg of p[0..n), or with dechunk of its content under the chunked
 * coding.  A body that does not even start with a chunk (a tool removed
 * the coding and kept the header) is digested as it is.
 */
static int digest(int alg, const uint8_t *p, size_t n, bool dechunk,
                  uint8_t out[DIGEST_RAW_MAX])
{
  struct md_ctx m = { EVP_MD_CTX_new(), 0 };
  unsigned len;
  int rc = PP_OK;
  if(!m.c)
    return PP_ENOMEM;
  if(EVP_DigestInit_ex(m.c, algs[alg].md(), NULL) != 1)
    rc = PP_ECRYPTO;
  else if(dechunk) {
    rc = httpmsg_dechunk_walk(p, n, md_sink, &m);
    if(rc == PP_EMALFORMED && !m.n)
      rc = EVP_DigestInit_ex(m.c, algs[alg].md(), NULL) == 1 ?
           md_sink(&m, p, n) : PP_ECRYPTO;
    else if(rc != PP_ECRYPTO)
      rc = PP_OK;           /* a truncated payload is digested as is */
  }
  else if(n)
    rc = md_sink(&m, p, n);
  if(!rc && EVP_DigestFinal_ex(m.c, out, &len) != 1)
    rc = PP_ECRYPTO;
  EVP_MD_CTX_free(m.c);
  return rc;
}

/* "sha256:" + base32 of the digest of p[0..n) (see digest()). */
static int digest_label(const uint8_t *p, size_t n, bool dechunk,
                        char out[WARC_DIGEST_SIZE])
{
  uint8_t raw[DIGEST_RAW_MAX];
  int rc = digest(ALG_SHA256, p, n, dechunk, raw);
  if(rc)
    return rc;
  memcpy(out, "sha256:", 7);
  warc_base32(raw, algs[ALG_SHA256].len, out + 7, WARC_DIGEST_SIZE - 7);
  return PP_OK;
}

/* ---- writer: checks of what callers give -------------------------------- */

/* 1..max bytes, no control characters but HT (no CR LF injection). */
static bool text_ok(const char *s, size_t max)
{
  size_t i, n = strnlen(s, max + 1);
  if(!n || n > max)
    return false;
  for(i = 0; i < n; i++)
    if(((unsigned char)s[i] < 0x20 && s[i] != '\t') || s[i] == 0x7f)
      return false;
  return true;
}

/* An absolute URI: scheme ":" then visible characters, no blanks. */
static bool uri_ok(const char *s, size_t max)
{
  size_t i, n = strnlen(s, max + 1), colon = 0;
  if(!n || n > max)
    return false;
  for(i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if(c <= 0x20 || c == 0x7f)
      return false;
    if(c == ':' && !colon)
      colon = i;
    if(!colon && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                   (i && ((c >= '0' && c <= '9') || c == '+' || c == '-' ||
                          c == '.'))))
      return false;
  }
  return colon > 0;
}

/* "<" URI ">" as WARC-Record-ID and the fields that name records. */
static bool id_ok(const char *s)
{
  size_t n = strnlen(s, ID_REF_MAX + 1);
  char inner[ID_REF_MAX];
  if(n < 3 || n > ID_REF_MAX || s[0] != '<' || s[n - 1] != '>')
    return false;
  memcpy(inner, s + 1, n - 2);
  inner[n - 2] = '\0';
  return uri_ok(inner, n - 2) && !strpbrk(inner, "<>");
}

static bool ip_ok(const char *s)
{
  struct in6_addr a;
  return inet_pton(AF_INET, s, &a) == 1 || inet_pton(AF_INET6, s, &a) == 1;
}

static bool truncated_ok(const char *s)
{
  return !strcmp(s, "length") || !strcmp(s, "time") ||
         !strcmp(s, "disconnect") || !strcmp(s, "unspecified");
}

static int invalid(char *err, const char *what)
{
  snprintf(err, PP_ERRBUF_SIZE, "invalid %s", what);
  return PP_EINVAL;
}

static int check_wrec(const struct warc_wrec *r, char *err)
{
  bool need_uri = r->type == WARC_REQUEST || r->type == WARC_RESPONSE ||
                  r->type == WARC_RESOURCE;
  if(!need_uri && r->type != WARC_METADATA && r->type != WARC_WARCINFO)
    return invalid(err, "record type");
  if(r->target_uri ? !uri_ok(r->target_uri, WARC_URI_MAX) : need_uri)
    return invalid(err, "WARC-Target-URI");
  if(r->ip && !ip_ok(r->ip))
    return invalid(err, "WARC-IP-Address");
  if(r->content_type ? !text_ok(r->content_type, CTYPE_MAX)
                     : r->type == WARC_RESOURCE)
    return invalid(err, "Content-Type");
  if((r->record_id && (!id_ok(r->record_id) ||
                       strlen(r->record_id) >= WARC_ID_SIZE)) ||
     (r->concurrent_to && !id_ok(r->concurrent_to)) ||
     (r->refers_to && !id_ok(r->refers_to)))
    return invalid(err, "record id");
  if(r->truncated && !truncated_ok(r->truncated))
    return invalid(err, "WARC-Truncated");
  if(!r->block && r->block_len)
    return invalid(err, "block");
  return PP_OK;
}

/* ---- writer: encoding one record as one gzip member -------------------- */

/* Where encoded bytes go: a file, or (fd < 0) a growing memory buffer. */
struct sink {
  int fd;
  uint8_t *mem;
  size_t len, cap;
  uint64_t n;               /* bytes put */
};

static int sink_put(struct sink *s, const uint8_t *p, size_t n)
{
  if(s->fd >= 0) {
    while(n) {
      ssize_t k = write(s->fd, p, n);
      if(k < 0 && errno == EINTR)
        continue;
      if(k <= 0)
        return PP_EIO;
      p += k;
      n -= (size_t)k;
      s->n += (uint64_t)k;
    }
    return PP_OK;
  }
  if(n > s->cap - s->len) {
    size_t cap = PP_MAX(s->cap * 2, s->len + n);
    uint8_t *m = pp_realloc(s->mem, cap);
    if(!m)
      return PP_ENOMEM;
    s->mem = m;
    s->cap = cap;
  }
  memcpy(s->mem + s->len, p, n);
  s->len += n;
  s->n += n;
  return PP_OK;
}

struct enc {
  z_stream zs;
  bool ready;
  uint8_t *zbuf;            /* ZBUF_SIZE */
  char *head;               /* HEAD_BUF */
};

static int enc_init(struct enc *e, int level)
{
  memset(e, 0, sizeof(*e));
  httpmsg_zhooks(&e->zs);
  e->zbuf = pp_malloc(ZBUF_SIZE);
  e->head = pp_malloc(HEAD_BUF);
  if(!e->zbuf || !e->head)
    return PP_ENOMEM;
  /* 16 + 15: a gzip wrapper, the largest window */
  if(deflateInit2(&e->zs, level, Z_DEFLATED, 16 + 15, 8,
                  Z_DEFAULT_STRATEGY) != Z_OK)
    return PP_ENOMEM;
  e->ready = true;
  return PP_OK;
}

static void enc_free(struct enc *e)
{
  if(e->ready)
    deflateEnd(&e->zs);
  pp_free(e->zbuf);
  pp_free(e->head);
  memset(e, 0, sizeof(*e));
}

/* Deflate in[0..n) into s; flush Z_FINISH ends the member. */
static int enc_put(struct enc *e, struct sink *s, const void *in, size_t n,
                   int flush)
{
  size_t left = n;
  e->zs.next_in = (z_const Bytef *)in;
  e->zs.avail_in = 0;
  for(;;) {
    size_t out;
    int zrc, rc;
    if(!e->zs.avail_in && left) {
      e->zs.avail_in = (uInt)PP_MIN(left, (size_t)ZIN_MAX);
      left -= e->zs.avail_in;
    }
    e->zs.next_out = e->zbuf;
    e->zs.avail_out = ZBUF_SIZE;
    zrc = deflate(&e->zs, left ? Z_NO_FLUSH : flush);
    if(zrc == Z_STREAM_ERROR)
      return PP_EINVAL;
    out = ZBUF_SIZE - e->zs.avail_out;
    if(out && (rc = sink_put(s, e->zbuf, out)) != PP_OK)
      return rc;
    if(flush == Z_FINISH ? zrc == Z_STREAM_END
                         : !left && !e->zs.avail_in && e->zs.avail_out)
      return PP_OK;
  }
}

/* Header text under construction; over once something did not fit. */
struct hbuf {
  char *p;
  size_t len, cap;
  bool over;
};

static void hb_field(struct hbuf *h, const char *name, const char *value)
{
  int n;
  if(!value || h->over)
    return;
  n = snprintf(h->p + h->len, h->cap - h->len, "%s: %s\r\n", name, value);
  if(n < 0 || (size_t)n >= h->cap - h->len)
    h->over = true;
  else
    h->len += (size_t)n;
}

/*
 * Check rec, digest it and put it into s as one gzip member.  info_id:
 * WARC-Warcinfo-ID (NULL in the warcinfo record itself), filename:
 * WARC-Filename (warcinfo only).  out gets the id and digests.
 */
static int encode(struct enc *e, const struct warc_wrec *rec,
                  const char *info_id, const char *filename, struct sink *s,
                  struct warc_written *out, char *err)
{
  struct hbuf h = { e->head, 0, HEAD_BUF, false };
  struct httpmsg m;
  char date[WARC_DATE_SIZE], len[24];
  const char *ctype = rec->content_type;
  int rc = check_wrec(rec, err);

  memset(out, 0, sizeof(*out));
  if(rc)
    return rc;
  if(rec->record_id)
    snprintf(out->record_id, sizeof(out->record_id), "%s", rec->record_id);
  else if((rc = warc_record_id_new(out->record_id)) != PP_OK)
    return rc;
  if(warc_date_format(rec->date ? rec->date : now_usec(), date))
    return invalid(err, "date");
  if((rc = digest_label(rec->block, rec->block_len, false,
                        out->block_digest)) != PP_OK)
    return rc;
  if(rec->type == WARC_RESOURCE)
    memcpy(out->payload_digest, out->block_digest, WARC_DIGEST_SIZE);
  else if(rec->type == WARC_RESPONSE &&
          !httpmsg_split(rec->block, rec->block_len, &m) &&
          (rc = digest_label(m.body, m.body_len, m.chunked,
                             out->payload_digest)) != PP_OK)
    return rc;
  if(!ctype)
    ctype = rec->type == WARC_REQUEST ? "application/http;msgtype=request" :
            rec->type == WARC_RESPONSE ? "application/http;msgtype=response"
                                       : "application/warc-fields";
  snprintf(len, sizeof(len), "%zu", rec->block_len);

  h.len = (size_t)snprintf(h.p, h.cap, "WARC/1.1\r\n");
  hb_field(&h, "WARC-Type", warc_type_name(rec->type));
  hb_field(&h, "WARC-Record-ID", out->record_id);
  hb_field(&h, "WARC-Date", date);
  hb_field(&h, "WARC-Filename", filename);
  hb_field(&h, "WARC-Target-URI", rec->target_uri);
  hb_field(&h, "WARC-IP-Address", rec->ip);
  hb_field(&h, "WARC-Concurrent-To", rec->concurrent_to);
  hb_field(&h, "WARC-Refers-To", rec->refers_to);
  hb_field(&h, "WARC-Warcinfo-ID", info_id);
  hb_field(&h, "WARC-Truncated", rec->truncated);
  hb_field(&h, "Content-Type", ctype);
  hb_field(&h, "WARC-Block-Digest", out->block_digest);
  hb_field(&h, "WARC-Payload-Digest",
           out->payload_digest[0] ? out->payload_digest : NULL);
  hb_field(&h, "Content-Length", len);
  if(h.over || h.len + 2 > h.cap)
    return invalid(err, "header (too long)");
  memcpy(h.p + h.len, "\r\n", 2);
  h.len += 2;

  if(deflateReset(&e->zs) != Z_OK)
    return PP_EINVAL;
  rc = enc_put(e, s, h.p, h.len, Z_NO_FLUSH);
  if(!rc)
    rc = enc_put(e, s, rec->block, rec->block_len, Z_NO_FLUSH);
  if(!rc)
    rc = enc_put(e, s, "\r\n\r\n", 4, Z_FINISH);
  if(rc)
    snprintf(err, PP_ERRBUF_SIZE, "writing a record: %s", pp_strerror(rc));
  return rc;
}

/* rec as one gzip member in a new buffer (for tests and fuzzing). */
UNITTEST PP_UNUSED int warc_record_to_mem(const struct warc_wrec *rec,
                                          const char *warcinfo_id,
                                          uint8_t **out, size_t *out_len)
{
  struct enc e;
  struct sink s = { .fd = -1 };
  struct warc_written w;
  char err[PP_ERRBUF_SIZE];
  int rc = enc_init(&e, Z_DEFAULT_COMPRESSION);
  if(!rc)
    rc = encode(&e, rec, warcinfo_id, NULL, &s, &w, err);
  enc_free(&e);
  if(rc) {
    pp_free(s.mem);
    s.mem = NULL;
    s.len = 0;
  }
  *out = s.mem;
  *out_len = s.len;
  return rc;
}

/* ---- writer: files ----------------------------------------------------- */

struct warc_writer {
  char *dir, *prefix;
  uint64_t max_bytes;
  bool fsync;
  char *info;               /* warcinfo block (application/warc-fields) */
  struct enc enc;
  int fd;                   /* open file, or -1 */
  char name[WARC_NAME_SIZE];  /* its final name */
  char info_id[WARC_ID_SIZE]; /* its warcinfo record */
  uint64_t size;            /* its bytes */
  unsigned serial;
  bool broken;              /* a failed write could not be undone */
  char errmsg[PP_ERRBUF_SIZE];
};

const char *warc_writer_errmsg(const struct warc_writer *w)
{
  return w ? w->errmsg : "";
}

static bool prefix_ok(const char *p)
{
  size_t i, n = strnlen(p, WARC_PREFIX_MAX + 1);
  if(!n || n > WARC_PREFIX_MAX || p[0] == '.')
    return false;
  for(i = 0; i < n; i++)
    if(!((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') ||
         (p[i] >= '0' && p[i] <= '9') || strchr("._-", p[i])))
      return false;
  return true;
}

/* The path of the open file: final, or with ".open" while written. */
static const char *path_of(const struct warc_writer *w, bool open,
                           char buf[PATH_BUF])
{
  snprintf(buf, PATH_BUF, "%s/%s%s", w->dir, w->name, open ? ".open" : "");
  return buf;
}

static int io_error(struct warc_writer *w, const char *what, const char *path)
{
  snprintf(w->errmsg, sizeof(w->errmsg), "%s %s: %s", what, path,
           strerror(errno));
  return PP_EIO;
}

/* Create the next file ("<name>.open") and write its warcinfo record. */
static int file_begin(struct warc_writer *w)
{
  struct warc_wrec info = { .type = WARC_WARCINFO };
  struct warc_written out;
  struct sink s = { .fd = -1 };
  struct timespec ts;
  struct tm tm;
  char stamp[16], path[PATH_BUF];
  int i, rc;

  clock_gettime(CLOCK_REALTIME, &ts);
  gmtime_r(&ts.tv_sec, &tm);
  strftime(stamp, sizeof(stamp), "%Y%m%d%H%M%S", &tm);
  for(i = 0; i < NAME_TRIES && s.fd < 0; i++) {
    snprintf(w->name, sizeof(w->name), "%s-%s%03ld-%05u.warc.gz", w->prefix,
             stamp, ts.tv_nsec / 1000000, w->serial++);
    if(!access(path_of(w, false, path), F_OK))
      continue;                     /* another writer's finished file */
    s.fd = open(path_of(w, true, path),
                O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0644);
    if(s.fd < 0 && errno != EEXIST)
      return io_error(w, "cannot create", path);
  }
  if(s.fd < 0) {
    snprintf(w->errmsg, sizeof(w->errmsg), "no free file name in %s",
             w->dir);
    return PP_EIO;
  }
  info.date = (pp_usec_t)ts.tv_sec * USEC + (pp_usec_t)ts.tv_nsec / 1000;
  info.block = (const uint8_t *)w->info;
  info.block_len = strlen(w->info);
  rc = encode(&w->enc, &info, NULL, w->name, &s, &out, w->errmsg);
  if(rc) {
    close(s.fd);
    unlink(path_of(w, true, path));
    return rc == PP_EIO ? io_error(w, "cannot write", path) : rc;
  }
  w->fd = s.fd;
  w->size = s.n;
  memcpy(w->info_id, out.record_id, sizeof(w->info_id));
  return PP_OK;
}

static void fsync_dir(const char *dir)
{
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if(fd >= 0) {
    fsync(fd);
    close(fd);
  }
}

/* Finish the open file: fsync, close, rename to the final name. */
static int file_finish(struct warc_writer *w)
{
  char from[PATH_BUF], to[PATH_BUF];
  int rc = PP_OK;
  if(w->fd < 0)
    return PP_OK;
  path_of(w, true, from);
  if(w->fsync && fsync(w->fd))
    rc = io_error(w, "cannot fsync", from);
  if(close(w->fd) && !rc)
    rc = io_error(w, "cannot close", from);
  w->fd = -1;
  if(!rc && w->broken) {
    snprintf(w->errmsg, sizeof(w->errmsg), "%s: left unfinished after a "
             "write error", from);
    rc = PP_EIO;
  }
  if(!rc && rename(from, path_of(w, false, to)))
    rc = io_error(w, "cannot rename", from);
  if(!rc && w->fsync)
    fsync_dir(w->dir);
  return rc;
}

/* Build the warcinfo block (WARC 1.1 6.2 and its example fields). */
static int build_info(struct warc_writer *w,
                      const struct warc_writer_opts *o, char *err)
{
  static const char *const names[] = { "hostname", "operator", "robots",
    "http-header-user-agent", "isPartOf", "description" };
  const char *vals[] = { o->hostname, o->operator, o->robots,
    o->user_agent, o->is_part_of, o->description };
  struct hbuf h = { NULL, 0, INFO_BUF, false };
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(vals); i++)
    if(vals[i] && !text_ok(vals[i], WARC_TEXT_MAX))
      return invalid(err, names[i]);
  h.p = w->info = pp_malloc(INFO_BUF);
  if(!h.p)
    return PP_ENOMEM;
  hb_field(&h, "software", SOFTWARE);
  hb_field(&h, "format", FORMAT);
  hb_field(&h, "conformsTo", CONFORMS_TO);
  for(i = 0; i < PP_ARRAY_LEN(vals); i++)
    hb_field(&h, names[i], vals[i]);
  return h.over ? invalid(err, "warcinfo (too long)") : PP_OK;
}

static void writer_free(struct warc_writer *w)
{
  if(!w)
    return;
  enc_free(&w->enc);
  pp_free(w->dir);
  pp_free(w->prefix);
  pp_free(w->info);
  pp_free(w);
}

int warc_writer_open(const char *dir, const char *prefix, uint64_t max_bytes,
                     const struct warc_writer_opts *opts,
                     struct warc_writer **out, char *errbuf)
{
  static const struct warc_writer_opts none;
  struct warc_writer *w;
  char err[PP_ERRBUF_SIZE] = "";
  struct stat st;
  int rc;

  *out = NULL;
  if(!opts)
    opts = &none;
  if(!dir || strlen(dir) > PATH_BUF - WARC_NAME_SIZE - 8)
    rc = invalid(err, "folder");
  else if(!prefix || !prefix_ok(prefix))
    rc = invalid(err, "file name prefix");
  else if(opts->level < 0 || opts->level > 9)
    rc = invalid(err, "gzip level");
  else if(stat(dir, &st)) {
    rc = errno == ENOENT ? PP_ENOENT : PP_EIO;
    snprintf(err, sizeof(err), "%s: %s", dir, strerror(errno));
  }
  else if(!S_ISDIR(st.st_mode) || access(dir, W_OK | X_OK)) {
    rc = PP_EIO;
    snprintf(err, sizeof(err), "%s: not a writable folder", dir);
  }
  else
    rc = PP_OK;
  if(rc)
    goto fail;
  w = pp_calloc(1, sizeof(*w));
  if(!w) {
    rc = PP_ENOMEM;
    goto fail;
  }
  w->fd = -1;
  w->max_bytes = max_bytes;
  w->fsync = opts->fsync;
  w->dir = pp_strdup(dir);
  w->prefix = pp_strdup(prefix);
  rc = !w->dir || !w->prefix ? PP_ENOMEM : build_info(w, opts, err);
  if(!rc)
    rc = enc_init(&w->enc, opts->level ? opts->level : 6);
  if(rc) {
    writer_free(w);
    goto fail;
  }
  *out = w;
  return PP_OK;
fail:
  if(errbuf)
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s", err[0] ? err : pp_strerror(rc));
  return rc;
}

/* Write one record; may_finish is false for the first of an exchange,
 * which must stay in the file of the second. */
static int write_one(struct warc_writer *w, const struct warc_wrec *rec,
                     struct warc_written *out, bool may_finish)
{
  struct warc_written tmp;
  struct sink s = { .fd = -1 };
  int rc;

  if(!out)
    out = &tmp;
  w->errmsg[0] = '\0';
  if(w->broken) {
    snprintf(w->errmsg, sizeof(w->errmsg), "an earlier write failed");
    return PP_EIO;
  }
  if(rec->type == WARC_WARCINFO)
    return invalid(w->errmsg, "record type (warcinfo is written by the "
                   "writer)");
  if((rc = check_wrec(rec, w->errmsg)) != PP_OK)
    return rc;
  if(w->fd < 0 && (rc = file_begin(w)) != PP_OK)
    return rc;
  s.fd = w->fd;
  rc = encode(&w->enc, rec, w->info_id, NULL, &s, out, w->errmsg);
  if(rc) {
    char path[PATH_BUF];
    if(rc == PP_EIO)
      io_error(w, "cannot write", path_of(w, true, path));
    /* cut back to the last whole record (O_APPEND writes go there) */
    if(s.n && ftruncate(w->fd, (off_t)w->size))
      w->broken = true;
    return rc;
  }
  snprintf(out->file, sizeof(out->file), "%s", w->name);
  out->offset = w->size;
  out->length = s.n;
  w->size += s.n;
  if(may_finish && w->max_bytes && w->size >= w->max_bytes)
    return file_finish(w);
  return PP_OK;
}

int warc_write(struct warc_writer *w, const struct warc_wrec *rec,
               struct warc_written *out)
{
  return write_one(w, rec, out, true);
}

int warc_write_exchange(struct warc_writer *w, const struct warc_wrec *req,
                        const struct warc_wrec *resp,
                        struct warc_written *req_out,
                        struct warc_written *resp_out)
{
  struct warc_wrec q = *req, p = *resp;
  char qid[WARC_ID_SIZE], pid[WARC_ID_SIZE];
  int rc;
  w->errmsg[0] = '\0';
  if(req->type != WARC_REQUEST || resp->type != WARC_RESPONSE)
    return invalid(w->errmsg, "record type");
  if(warc_record_id_new(qid) || warc_record_id_new(pid))
    return PP_EIO;
  q.record_id = qid;
  q.concurrent_to = pid;
  p.record_id = pid;
  p.concurrent_to = qid;
  if(!p.date)
    p.date = now_usec();
  q.date = p.date;
  /* both checked first, so that a bad response leaves no lone request */
  if((rc = check_wrec(&q, w->errmsg)) || (rc = check_wrec(&p, w->errmsg)))
    return rc;
  rc = write_one(w, &q, req_out, false);
  return rc ? rc : write_one(w, &p, resp_out, true);
}

int warc_writer_close(struct warc_writer *w, char *errbuf)
{
  int rc;
  if(!w)
    return PP_OK;
  rc = file_finish(w);
  if(rc && errbuf)
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s", w->errmsg);
  writer_free(w);
  return rc;
}

/* ---- reader: raw input ------------------------------------------------- */

struct warc_reader {
  FILE *f;                  /* file input, or NULL for memory */
  uint8_t *rbuf;            /* RAW_BUF bytes of file input */
  const uint8_t *raw;       /* input at hand: rbuf or the caller's buffer */
  size_t raw_len, raw_pos;
  uint64_t raw_off;         /* input offset of raw[0] */
  bool raw_eof;             /* nothing follows raw[raw_len) */
  bool gz;                  /* gzip-compressed input */
  z_stream zs;
  bool zs_ready;
  /* segment: a gzip member, or the rest of an uncompressed input */
  bool seg_open, seg_end;   /* being read; its data all in the window */
  uint64_t seg_off;         /* input offset of its start */
  uint8_t *win;             /* WIN_CAP: segment bytes [wpos, wlen) */
  size_t wpos, wlen;
  uint64_t win_seg;         /* segment offset of win[0] */
  uint64_t budget;          /* bytes this warc_next may still inflate */
  bool resync;              /* damage seen: next, look for a record */
  uint64_t redo_left;       /* bytes that may still be read again */
  bool quiet;               /* corrupt member: its rest is not garbage */
  size_t block_max;
  uint64_t inflate_max;
  uint8_t *blk;             /* the delivered block */
  size_t blk_cap;
  char *sbuf;               /* header strings, WARC_HEAD_MAX + 1 */
  struct warc_field fields[WARC_FIELDS_MAX];
  struct warc_reader_stats st;
  char errmsg[PP_ERRBUF_SIZE];
};

static size_t raw_left(const struct warc_reader *r)
{
  return r->raw_len - r->raw_pos;
}

static uint64_t raw_tell(const struct warc_reader *r)
{
  return r->raw_off + r->raw_pos;
}

/* Read more of the file behind the bytes at hand. */
static int raw_more(struct warc_reader *r)
{
  size_t n;
  if(r->raw_eof)
    return PP_OK;
  if(r->raw_pos) {
    memmove(r->rbuf, r->rbuf + r->raw_pos, raw_left(r));
    r->raw_off += r->raw_pos;
    r->raw_len -= r->raw_pos;
    r->raw_pos = 0;
  }
  n = fread(r->rbuf + r->raw_len, 1, RAW_BUF - r->raw_len, r->f);
  r->raw_len += n;
  if(!n) {
    if(ferror(r->f))
      return PP_EIO;
    r->raw_eof = true;
  }
  return PP_OK;
}

static int raw_seek(struct warc_reader *r, uint64_t off)
{
  if(!r->f) {
    r->raw_pos = (size_t)PP_MIN(off, (uint64_t)r->raw_len);
    return PP_OK;
  }
  if(off >= r->raw_off && off - r->raw_off <= r->raw_len) {
    r->raw_pos = (size_t)(off - r->raw_off);
    return PP_OK;
  }
  if(off > INT64_MAX || fseeko(r->f, (off_t)off, SEEK_SET))
    return PP_EIO;
  r->raw_off = off;
  r->raw_len = r->raw_pos = 0;
  r->raw_eof = false;
  return PP_OK;
}

/* Start a segment at the current input offset. */
static void seg_start(struct warc_reader *r)
{
  r->seg_open = true;
  r->seg_end = false;
  r->seg_off = raw_tell(r);
  r->wpos = r->wlen = 0;
  r->win_seg = 0;
}

/*
 * Find the next gzip member header ("1f 8b 08", reserved flags clear) and
 * start inflating it.  *skipped: input bytes passed over.  PP_OK,
 * PP_ENOENT (no member left), PP_ETRUNC (the input ends inside a member
 * header), PP_EIO.
 */
static int member_start(struct warc_reader *r, uint64_t *skipped)
{
  *skipped = 0;
  for(;;) {
    struct pp_rd h;
    const uint8_t *p;
    int rc;
    if(raw_left(r) < 4 && !r->raw_eof) {
      if((rc = raw_more(r)) != PP_OK)
        return rc;
      continue;
    }
    rd_init(&h, r->raw + r->raw_pos, raw_left(r));
    if(raw_left(r) < 4) {
      /* the input ends in the first bytes of a member header: cut */
      bool cut = raw_left(r) && !memcmp(rd_ptr(&h, raw_left(r)),
                                        "\x1f\x8b\x08", raw_left(r));
      if(!cut)
        *skipped += raw_left(r);
      r->raw_pos = r->raw_len;
      return cut ? PP_ETRUNC : PP_ENOENT;
    }
    p = memchr(h.pos, 0x1f, rd_left(&h));
    if(!p) {
      *skipped += raw_left(r);
      r->raw_pos = r->raw_len;
      continue;
    }
    *skipped += (size_t)(p - h.pos);
    r->raw_pos += (size_t)(p - h.pos);
    if(raw_left(r) < 4 && !r->raw_eof)
      continue;
    rd_init(&h, r->raw + r->raw_pos, raw_left(r));
    if(rd_be16(&h) == 0x1f8b && rd_u8(&h) == 8 && !(rd_u8(&h) & 0xe0) &&
       rd_ok(&h))
      break;
    r->raw_pos++;
    (*skipped)++;
  }
  if(inflateReset(&r->zs) != Z_OK)
    return PP_ENOMEM;
  seg_start(r);
  return PP_OK;
}

/* ---- reader: the window over the segment ------------------------------- */

static size_t avail(const struct warc_reader *r)
{
  return r->wlen - r->wpos;
}

/* Byte i of the window from wpos, 0 past the end. */
static uint8_t peek(const struct warc_reader *r, size_t i)
{
  struct pp_rd t;
  rd_init(&t, r->win + r->wpos, avail(r));
  return rd_peek(&t, i);
}

static bool at_record(const struct warc_reader *r)
{
  struct pp_rd t;
  const uint8_t *p;
  rd_init(&t, r->win + r->wpos, avail(r));
  p = rd_ptr(&t, 7);
  return p && !memcmp(p, "WARC/1.", 7);
}

/* The segment ends in the first bytes of a version line (a cut file). */
static bool at_cut_record(const struct warc_reader *r)
{
  struct pp_rd t;
  size_t n = avail(r);
  const uint8_t *p;
  rd_init(&t, r->win + r->wpos, n);
  p = rd_ptr(&t, n);
  return r->seg_end && n && n < 7 && p && !memcmp(p, "WARC/1.", n);
}

/*
 * Have at least need (<= WIN_CAP) bytes in the window unless the segment
 * ends first (seg_end).  PP_OK; from a gzip member: PP_ETRUNC (the input
 * ends inside it), PP_EMALFORMED (corrupt data), PP_ELIMIT (the inflate
 * budget is spent); PP_EIO, PP_ENOMEM.
 */
static int fill(struct warc_reader *r, size_t need)
{
  need = PP_MIN(need, (size_t)WIN_CAP);
  if(avail(r) >= need || r->seg_end)
    return PP_OK;
  if(r->wpos + need > WIN_CAP) {
    memmove(r->win, r->win + r->wpos, avail(r));
    r->win_seg += r->wpos;
    r->wlen -= r->wpos;
    r->wpos = 0;
  }
  while(avail(r) < need && !r->seg_end) {
    size_t room = WIN_CAP - r->wlen, in, made;
    int rc, zrc;
    if(!raw_left(r) && !r->raw_eof && (rc = raw_more(r)) != PP_OK)
      return rc;
    in = raw_left(r);
    if(!r->gz) {
      if(!in) {
        r->seg_end = true;
        break;
      }
      made = PP_MIN(in, room);
      memcpy(r->win + r->wlen, r->raw + r->raw_pos, made);
      r->wlen += made;
      r->raw_pos += made;
      continue;
    }
    if(!in)
      return PP_ETRUNC;                 /* the input ends in the member */
    if(!r->budget)
      return PP_ELIMIT;
    r->zs.next_in = (z_const Bytef *)(r->raw + r->raw_pos);
    r->zs.avail_in = (uInt)PP_MIN(in, (size_t)ZIN_MAX);
    r->zs.next_out = r->win + r->wlen;
    r->zs.avail_out = (uInt)PP_MIN((uint64_t)room, r->budget);
    zrc = inflate(&r->zs, Z_NO_FLUSH);
    r->raw_pos = (size_t)(r->zs.next_in - r->raw);
    made = (size_t)(r->zs.next_out - (r->win + r->wlen));
    r->wlen += made;
    r->budget -= made;
    if(zrc == Z_STREAM_END)
      r->seg_end = true;
    else if(zrc == Z_MEM_ERROR)
      return PP_ENOMEM;
    else if(zrc != Z_OK && zrc != Z_BUF_ERROR)
      return PP_EMALFORMED;
  }
  return PP_OK;
}

/* The first pat[0..m) (m > 0) in p[0..n), or NULL (memmem is GNU). */
static const uint8_t *find(const uint8_t *p, size_t n, const char *pat,
                           size_t m)
{
  const uint8_t *c;
  while(n >= m && (c = memchr(p, pat[0], n - m + 1))) {
    if(!memcmp(c, pat, m))
      return c;
    n -= (size_t)(c + 1 - p);
    p = c + 1;
  }
  return NULL;
}

/*
 * Move to the next line starting "WARC/1." in the segment (with here, the
 * current position counts as a line start), or to the segment's end.
 * *skipped counts the bytes passed.  Returns as fill.
 */
static int scan_record(struct warc_reader *r, bool here, uint64_t *skipped)
{
  for(;;) {
    const uint8_t *hit;
    size_t n;
    int rc = fill(r, 9);
    if(rc)
      return rc;
    if(here && at_record(r))
      return PP_OK;
    here = false;
    hit = find(r->win + r->wpos, avail(r), "\nWARC/1.", 8);
    /* past the hit's LF; else all but a tail that may start a hit */
    n = hit ? (size_t)(hit - (r->win + r->wpos)) + 1 :
        r->seg_end ? avail(r) : avail(r) - 7;
    *skipped += n;
    r->wpos += n;
    if(hit || r->seg_end)
      return PP_OK;
  }
}

/* CR and LF between records; *lf (may be NULL) counts the LFs. */
static int skip_newlines(struct warc_reader *r, unsigned *lf)
{
  for(;;) {
    int rc = fill(r, 1);
    uint8_t c = peek(r, 0);
    if(rc || !avail(r) || (c != '\r' && c != '\n'))
      return rc;
    if(c == '\n' && lf)
      (*lf)++;
    r->wpos++;
  }
}

/*
 * Length of the header at wpos through its empty line, or 0 while not
 * all there; *from keeps where to search on.
 */
static size_t head_end(const struct warc_reader *r, size_t *from)
{
  const uint8_t *base = r->win + r->wpos;
  size_t n = avail(r), i = *from;
  while(i < n) {
    struct pp_rd t;
    const uint8_t *lf = memchr(base + i, '\n', n - i);
    if(!lf)
      break;
    i = (size_t)(lf - base);
    rd_init(&t, lf + 1, n - i - 1);
    if(rd_peek(&t, 0) == '\n')
      return i + 2;
    if(rd_peek(&t, 0) == '\r' && rd_peek(&t, 1) == '\n')
      return i + 3;
    if(rd_left(&t) < 2) {
      *from = i;                        /* undecided until more comes */
      return 0;
    }
    i++;
  }
  *from = n;
  return 0;
}

/* ---- reader: records --------------------------------------------------- */

static int fail(struct warc_reader *r, int rc, const char *fmt, ...)
  PP_PRINTF(3, 4);
static int fail(struct warc_reader *r, int rc, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(r->errmsg, sizeof(r->errmsg), fmt, ap);
  va_end(ap);
  if(rc == PP_ETRUNC)
    r->st.truncated++;
  else if(rc == PP_EMALFORMED)
    r->st.malformed++;
  return rc;
}

/* May reading go back over n bytes already read?  Charged if so. */
static bool go_back(struct warc_reader *r, uint64_t n)
{
  if(n > r->redo_left)
    return false;
  r->redo_left -= n;
  return true;
}

/*
 * A fill error: the gzip member cannot be read on.  Corrupt data or a
 * member cut short (inflate may have run on into the next member): search
 * for the next member from this one's second byte; a spent budget: from
 * where inflating stopped.
 */
static int lost(struct warc_reader *r, int rc, uint64_t at)
{
  const char *what = "";
  if(rc == PP_EIO || rc == PP_ENOMEM)
    return fail(r, rc, "offset %" PRIu64 ": %s", at, pp_strerror(rc));
  r->seg_open = false;
  r->quiet = true;
  if(rc == PP_ELIMIT) {
    r->st.bombs++;
    what = "gzip member inflates past the cap: abandoned";
  }
  else {
    what = rc == PP_ETRUNC ? "gzip member cut short" : "corrupt gzip data";
    if(go_back(r, raw_tell(r) - r->seg_off - 1) &&
       raw_seek(r, r->seg_off + 1))
      return fail(r, PP_EIO, "offset %" PRIu64 ": cannot seek", at);
  }
  return fail(r, rc, "record at offset %" PRIu64 ": %s", at, what);
}

/*
 * Damage inside a readable segment: look for the next record from segment
 * offset resume (an uncompressed input is read again from there; from a
 * compressed one what the window still holds), or, once the budget for
 * going back is spent, after all that was read.
 */
static int damage(struct warc_reader *r, uint64_t resume)
{
  uint64_t read_to = r->win_seg + r->wlen;
  r->resync = true;
  if(!go_back(r, read_to - PP_MIN(resume, read_to)))
    r->wpos = r->wlen;
  else if(!r->gz) {
    if(raw_seek(r, r->seg_off + resume))
      return PP_EIO;
    r->seg_end = false;
    r->wpos = r->wlen = 0;
    r->win_seg = resume;
  }
  else if(resume >= r->win_seg)
    r->wpos = (size_t)(resume - r->win_seg);
  return PP_OK;
}

/* The fields struct warc_record names, in the order of slot[] in
 * parse_head. */
static const char *const known[] = {
  "WARC-Type", "WARC-Record-ID", "WARC-Date", "WARC-Target-URI",
  "WARC-IP-Address", "Content-Type", "WARC-Concurrent-To", "WARC-Refers-To",
  "WARC-Warcinfo-ID", "WARC-Block-Digest", "WARC-Payload-Digest",
  "WARC-Truncated", "WARC-Filename",
};
#define N_KNOWN PP_ARRAY_LEN(known)

#define LENGTH_MAX (1ull << 62)

/* Content-Length: 1 to 19 digits, at most LENGTH_MAX. */
static bool parse_length(const char *s, uint64_t *out)
{
  struct pp_rd r;
  uint64_t v = 0;
  size_t n = strlen(s), i;
  if(!n || n > 19)
    return false;
  rd_init(&r, s, n);
  for(i = 0; i < n; i++) {
    uint8_t c = rd_u8(&r);
    if(c < '0' || c > '9')
      return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return v <= LENGTH_MAX;
}

/* Copy p[0..n) to the string area; false when it holds control bytes. */
static bool put_text(char *s, size_t *used, const uint8_t *p, size_t n)
{
  struct pp_rd t;
  size_t i;
  rd_init(&t, p, n);
  for(i = 0; i < n; i++) {
    uint8_t c = rd_u8(&t);
    if((c < 0x20 && c != '\t') || !rd_ok(&t))
      return false;
    s[(*used)++] = (char)c;
  }
  s[(*used)++] = '\0';
  return true;
}

/*
 * Parse the header p[0..n) (version line through the empty line, n <=
 * WARC_HEAD_MAX) into rec, strings into r->sbuf.  Every field line adds
 * at most its own length to sbuf, so sbuf (WARC_HEAD_MAX + 1) suffices.
 * PP_OK, or PP_EMALFORMED with r->errmsg.
 */
static int parse_head(struct warc_reader *r, const uint8_t *p, size_t n,
                      struct warc_record *rec, uint64_t at)
{
  struct pp_rd h, line;
  struct httpmsg_fieldline f;
  char *s = r->sbuf;
  size_t used = 0, i, k;
  unsigned v = 0, digits = 0;
  bool have_len = false;
  const char **slot[] = {
    &rec->type_name, &rec->record_id, &rec->date, &rec->target_uri,
    &rec->ip_address, &rec->content_type, &rec->concurrent_to,
    &rec->refers_to, &rec->warcinfo_id, &rec->block_digest,
    &rec->payload_digest, &rec->truncated, &rec->filename,
  };
  _Static_assert(PP_ARRAY_LEN(slot) == N_KNOWN, "one slot per field");

  rd_init(&h, p, n);
  httpmsg_line(&h, &line);
  rd_skip(&line, 7);                    /* "WARC/1." */
  while(rd_peek(&line, 0) >= '0' && rd_peek(&line, 0) <= '9' &&
        ++digits <= 3)
    v = v * 10 + (unsigned)(rd_u8(&line) - '0');
  while(rd_peek(&line, 0) == ' ' || rd_peek(&line, 0) == '\t')
    rd_skip(&line, 1);
  if(!digits || rd_left(&line))
    return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": bad version line",
                at);
  rec->version = v;
  rec->fields = r->fields;
  while(!httpmsg_line(&h, &line) && rd_left(&line)) {
    if(rd_left(&line) > WARC_LINE_MAX)
      return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": header line over "
                  "%d bytes", at, WARC_LINE_MAX);
    if(httpmsg_fieldline(&line, &f))
      return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": bad field line",
                  at);
    if(!f.name && !rec->n_fields)
      return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": continuation "
                  "line without a field", at);
    if(f.name && rec->n_fields == WARC_FIELDS_MAX)
      return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": more than %d "
                  "fields", at, WARC_FIELDS_MAX);
    if(used + (f.name ? f.name_len + 1 : 0) + f.value_len + 1 >
       WARC_HEAD_MAX + 1)
      return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": header too long",
                  at);
    if(!f.name)                         /* folded: joins the last value */
      s[used - 1] = ' ';
    else {
      r->fields[rec->n_fields].name = s + used;
      put_text(s, &used, f.name, f.name_len);
      r->fields[rec->n_fields++].value = s + used;
    }
    if(!put_text(s, &used, f.value, f.value_len))
      return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": control "
                  "character in field %s", at,
                  r->fields[rec->n_fields - 1].name);
  }
  for(i = 0; i < rec->n_fields; i++) {
    const struct warc_field *fl = &r->fields[i];
    uint64_t len;
    if(!strcasecmp(fl->name, "Content-Length")) {
      if(!parse_length(fl->value, &len) ||
         (have_len && len != rec->content_length))
        return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": bad "
                    "Content-Length", at);
      rec->content_length = len;
      have_len = true;
      continue;
    }
    for(k = 0; k < N_KNOWN; k++)
      if(!*slot[k] && !strcasecmp(fl->name, known[k]))
        *slot[k] = fl->value;
  }
  if(!have_len)
    return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": no Content-Length",
                at);
  rec->type = type_of(rec->type_name);
  if(rec->target_uri && rec->target_uri[0] == '<') {
    /* WARC 1.0 examples wrote <uri>; 1.1 does not */
    char *u = (char *)rec->target_uri;
    size_t ul = strlen(u);
    if(ul >= 2 && u[ul - 1] == '>') {
      u[ul - 1] = '\0';
      rec->target_uri = u + 1;
    }
  }
  if(!rec->date || warc_date_parse(rec->date, &rec->date_usec))
    rec->date_usec = 0;
  return PP_OK;
}

/*
 * After a block: the record end (CRLF CRLF; LF LF and more newlines
 * pass), or fewer newlines followed by the segment's end or the next
 * record.  Anything else means the Content-Length was wrong.
 */
static int record_end(struct warc_reader *r)
{
  unsigned lf = 0;
  int rc = skip_newlines(r, &lf);
  if(!rc && lf < 2)
    rc = fill(r, 7);
  if(rc || lf >= 2 || (!avail(r) && r->seg_end) || at_record(r) ||
     at_cut_record(r))
    return rc;
  return PP_EMALFORMED;
}

static void clear_head(struct warc_record *rec)
{
  uint64_t off = rec->offset, in = rec->offset_in_member;
  memset(rec, 0, sizeof(*rec));
  rec->offset = off;
  rec->offset_in_member = in;
}

static int read_record(struct warc_reader *r, struct warc_record *rec)
{
  uint64_t start = r->win_seg + r->wpos, body, left, cl, skipped = 0;
  uint64_t at = r->gz ? r->seg_off : r->seg_off + start;
  size_t from = 0, hlen;
  bool skip;
  int rc;

  rec->offset = at;
  rec->offset_in_member = r->gz ? start : 0;
  if((rc = fill(r, 7)) != PP_OK)
    return lost(r, rc, at);
  if(at_cut_record(r)) {
    r->wpos = r->wlen;
    return fail(r, PP_ETRUNC, "offset %" PRIu64 ": record cut short", at);
  }
  if(!at_record(r)) {
    if((rc = scan_record(r, false, &skipped)) != PP_OK)
      return lost(r, rc, at);
    r->st.garbage_bytes += skipped;
    return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": %" PRIu64
                " bytes that are no WARC record", at, skipped);
  }
  while(!(hlen = head_end(r, &from))) {
    if(avail(r) >= WARC_HEAD_MAX || r->seg_end) {
      rc = avail(r) >= WARC_HEAD_MAX ? PP_EMALFORMED : PP_ETRUNC;
      if(damage(r, start + 1))
        return fail(r, PP_EIO, "offset %" PRIu64 ": cannot seek", at);
      return fail(r, rc, "offset %" PRIu64 ": header %s", at,
                  rc == PP_ETRUNC ? "cut short" : "too long");
    }
    if((rc = fill(r, avail(r) + 1)) != PP_OK)
      return lost(r, rc, at);
  }
  if(hlen > WARC_HEAD_MAX ||
     parse_head(r, r->win + r->wpos, hlen, rec, at)) {
    if(hlen > WARC_HEAD_MAX)
      fail(r, PP_EMALFORMED, "offset %" PRIu64 ": header too long", at);
    clear_head(rec);
    return damage(r, start + 1) ? PP_EIO : PP_EMALFORMED;
  }
  r->wpos += hlen;
  body = start + hlen;
  cl = rec->content_length;
  skip = cl > r->block_max;
  if(!skip && cl > r->blk_cap) {
    uint8_t *b = pp_realloc(r->blk, (size_t)cl);
    if(!b)
      return fail(r, PP_ENOMEM, "offset %" PRIu64 ": no memory for a "
                  "block of %" PRIu64 " bytes", at, cl);
    r->blk = b;
    r->blk_cap = (size_t)cl;
  }
  for(left = cl; left; ) {
    size_t n;
    if(!avail(r)) {
      if((rc = fill(r, (size_t)PP_MIN(left, (uint64_t)WIN_CAP))) != PP_OK)
        return lost(r, rc, at);
      if(!avail(r)) {
        if(damage(r, body))
          return fail(r, PP_EIO, "offset %" PRIu64 ": cannot seek", at);
        return fail(r, PP_ETRUNC, "offset %" PRIu64 ": block cut short "
                    "at %" PRIu64 " of %" PRIu64 " bytes", at, cl - left,
                    cl);
      }
    }
    n = (size_t)PP_MIN((uint64_t)avail(r), left);
    if(!skip)
      memcpy(r->blk + (cl - left), r->win + r->wpos, n);
    r->wpos += n;
    left -= n;
  }
  if((rc = record_end(r)) != PP_OK) {
    if(rc != PP_EMALFORMED)
      return lost(r, rc, at);
    if(damage(r, body))
      return fail(r, PP_EIO, "offset %" PRIu64 ": cannot seek", at);
    return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": block not followed "
                "by the record end (Content-Length %" PRIu64 " wrong?)", at,
                cl);
  }
  if(skip) {
    r->st.too_large++;
    return fail(r, PP_ELIMIT, "offset %" PRIu64 ": block of %" PRIu64
                " bytes over the cap of %zu: skipped", at, cl, r->block_max);
  }
  rec->block = r->blk ? r->blk : (const uint8_t *)"";
  rec->block_len = (size_t)cl;
  r->st.records++;
  return PP_OK;
}

int warc_next(struct warc_reader *r, struct warc_record *rec)
{
  memset(rec, 0, sizeof(*rec));
  r->errmsg[0] = '\0';
  r->budget = r->inflate_max;
  for(;;) {
    uint64_t skipped = 0, at = raw_tell(r);
    bool report;
    int rc;
    if(!r->seg_open) {
      if(!r->gz)
        return PP_ENOENT;
      rc = member_start(r, &skipped);
      r->st.garbage_bytes += skipped;
      report = skipped && !r->quiet;
      r->quiet = false;
      if(report)
        return fail(r, PP_EMALFORMED, "offset %" PRIu64 ": %" PRIu64
                    " bytes that are no gzip member", at, skipped);
      if(rc == PP_ETRUNC)
        return fail(r, rc, "offset %" PRIu64 ": gzip member cut short", at);
      if(rc)
        return rc == PP_ENOENT ? rc : fail(r, rc, "%s", pp_strerror(rc));
    }
    at = r->gz ? r->seg_off : r->seg_off + r->win_seg + r->wpos;
    if(r->resync) {
      r->resync = false;
      rc = scan_record(r, true, &skipped);
      r->st.garbage_bytes += skipped;
      if(rc)
        return lost(r, rc, at);
    }
    if((rc = skip_newlines(r, NULL)) != PP_OK)
      return lost(r, rc, at);
    if(!avail(r) && r->seg_end) {
      if(!r->gz)
        return PP_ENOENT;
      r->seg_open = false;
      continue;
    }
    return read_record(r, rec);
  }
}

/* ---- reader: opening --------------------------------------------------- */

static int reader_new(const struct warc_reader_opts *opts,
                      struct warc_reader **out)
{
  struct warc_reader *r;
  *out = NULL;
  if(opts && opts->block_max > WARC_BLOCK_MAX_LIMIT)
    return PP_EINVAL;
  r = pp_calloc(1, sizeof(*r));
  if(!r)
    return PP_ENOMEM;
  r->block_max = opts && opts->block_max ? opts->block_max
                                         : WARC_BLOCK_MAX_DEFAULT;
  r->inflate_max = opts && opts->inflate_max ? opts->inflate_max
                                             : WARC_INFLATE_MAX_DEFAULT;
  r->win = pp_malloc(WIN_CAP);
  r->sbuf = pp_malloc(WARC_HEAD_MAX + 1);
  r->redo_left = REDO_MIN;
  *out = r;
  return r->win && r->sbuf ? PP_OK : PP_ENOMEM;
}

/*
 * Tell gzip from plain and get ready to read: gzip when the input starts
 * with the gzip magic (a lone 1f byte is a gzip file cut short), else
 * when a member header comes before any version line in its first
 * SNIFF_MAX bytes (a compressed file that starts with garbage).
 */
static int reader_start(struct warc_reader *r)
{
  const uint8_t *gz, *warc;
  struct pp_rd h;
  size_t n;
  int rc;
  while(raw_left(r) < SNIFF_MAX && !r->raw_eof)
    if((rc = raw_more(r)) != PP_OK)
      return rc;
  n = PP_MIN(raw_left(r), (size_t)SNIFF_MAX);
  rd_init(&h, r->raw + r->raw_pos, n);
  gz = find(h.pos, n, "\x1f\x8b\x08", 3);
  warc = find(h.pos, n, "WARC/1.", 7);
  r->gz = (rd_peek(&h, 0) == 0x1f && (n == 1 || rd_peek(&h, 1) == 0x8b)) ||
          (gz && (!warc || gz < warc));
  if(!r->gz) {
    seg_start(r);
    return PP_OK;
  }
  httpmsg_zhooks(&r->zs);
  if(inflateInit2(&r->zs, 16 + 15) != Z_OK)    /* gzip wrapper only */
    return PP_ENOMEM;
  r->zs_ready = true;
  return PP_OK;
}

int warc_reader_open(const char *path, const struct warc_reader_opts *opts,
                     struct warc_reader **out, char *errbuf)
{
  struct warc_reader *r;
  int rc = reader_new(opts, &r);
  *out = NULL;
  if(!rc) {
    r->rbuf = pp_malloc(RAW_BUF);
    r->raw = r->rbuf;
    r->f = r->rbuf ? fopen(path, "rb") : NULL;
    if(r->f)
      setvbuf(r->f, NULL, _IONBF, 0);   /* rbuf is the buffer */
    if(!r->rbuf)
      rc = PP_ENOMEM;
    else if(!r->f)
      rc = errno == ENOENT ? PP_ENOENT : PP_EIO;
    else {
      struct stat st;
      if(!fstat(fileno(r->f), &st) && S_ISREG(st.st_mode))
        r->redo_left += (uint64_t)st.st_size;
      rc = reader_start(r);
    }
  }
  if(rc) {
    if(errbuf)
      snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path,
               rc == PP_EIO || rc == PP_ENOENT ? strerror(errno)
                                               : pp_strerror(rc));
    warc_reader_close(r);
    return rc;
  }
  *out = r;
  return PP_OK;
}

int warc_reader_open_mem(const void *buf, size_t len,
                         const struct warc_reader_opts *opts,
                         struct warc_reader **out)
{
  struct warc_reader *r;
  int rc = reader_new(opts, &r);
  *out = NULL;
  if(!rc) {
    r->raw = buf;
    r->raw_len = buf ? len : 0;
    r->raw_eof = true;
    r->redo_left += r->raw_len;
    rc = reader_start(r);
  }
  if(rc) {
    warc_reader_close(r);
    return rc;
  }
  *out = r;
  return PP_OK;
}

int warc_reader_seek(struct warc_reader *r, uint64_t off)
{
  if(raw_seek(r, off))
    return fail(r, PP_EIO, "cannot seek to %" PRIu64, off);
  r->resync = r->quiet = false;
  r->seg_open = false;
  if(!r->gz)
    seg_start(r);
  return PP_OK;
}

const char *warc_reader_errmsg(const struct warc_reader *r)
{
  return r ? r->errmsg : "";
}

void warc_reader_stats(const struct warc_reader *r,
                       struct warc_reader_stats *out)
{
  *out = r->st;
}

void warc_reader_close(struct warc_reader *r)
{
  if(!r)
    return;
  if(r->zs_ready)
    inflateEnd(&r->zs);
  if(r->f)
    fclose(r->f);
  pp_free(r->rbuf);
  pp_free(r->win);
  pp_free(r->sbuf);
  pp_free(r->blk);
  pp_free(r);
}

const char *warc_field(const struct warc_record *rec, const char *name)
{
  size_t i;
  for(i = 0; i < rec->n_fields; i++)
    if(!strcasecmp(rec->fields[i].name, name))
      return rec->fields[i].value;
  return NULL;
}

/* ---- verification ------------------------------------------------------ */

/* Compare the labelled digest with that of p[0..n) (see digest()). */
static int check(const char *label, const uint8_t *p, size_t n,
                 bool dechunk, enum warc_digest_check *res)
{
  uint8_t want[DIGEST_RAW_MAX], got[DIGEST_RAW_MAX];
  size_t len;
  int alg, rc;
  if(warc_digest_decode(label, &alg, want, &len)) {
    *res = WARC_DIGEST_UNSUPPORTED;
    return PP_OK;
  }
  if((rc = digest(alg, p, n, dechunk, got)) != PP_OK)
    return rc;
  *res = memcmp(want, got, len) ? WARC_DIGEST_MISMATCH : WARC_DIGEST_OK;
  return PP_OK;
}

int warc_verify(const struct warc_record *rec, struct warc_verify *out)
{
  struct httpmsg m;
  int rc = PP_OK;
  out->block = out->payload = WARC_DIGEST_ABSENT;
  if(rec->block_digest && !rec->block)
    out->block = WARC_DIGEST_UNCHECKED;
  else if(rec->block_digest)
    rc = check(rec->block_digest, rec->block, rec->block_len, false,
               &out->block);
  if(rc || !rec->payload_digest)
    return rc;
  out->payload = WARC_DIGEST_UNCHECKED;
  if(!rec->block)
    return PP_OK;
  if(rec->type == WARC_RESOURCE)
    return check(rec->payload_digest, rec->block, rec->block_len, false,
                 &out->payload);
  if((rec->type != WARC_RESPONSE && rec->type != WARC_REQUEST) ||
     httpmsg_split(rec->block, rec->block_len, &m))
    return PP_OK;
  rc = check(rec->payload_digest, m.body, m.body_len, m.chunked,
             &out->payload);
  if(!rc && m.chunked && out->payload == WARC_DIGEST_MISMATCH) {
    rc = check(rec->payload_digest, m.body, m.body_len, false,
               &out->payload);
    if(out->payload == WARC_DIGEST_OK)
      out->payload = WARC_DIGEST_OK_CHUNKED;
  }
  return rc;
}

const char *warc_digest_check_name(enum warc_digest_check c)
{
  static const char *const names[] = { "absent", "ok", "ok-chunked",
    "mismatch", "unsupported", "unchecked" };
  return (unsigned)c < PP_ARRAY_LEN(names) ? names[c] : "unknown";
}
