/*
 * httpmsg.c: HTTP/1.x messages as archived (see httpmsg.h).
 *
 * References: RFC 9112 2.1, 2.2, 4, 5.2, 7.1; RFC 9110 5.6, 8.4;
 * RFC 1950, 1951, 1952.
 *
 *   status-line  = "HTTP/" DIGIT [ "." DIGIT ] SP 3DIGIT [ SP reason ]
 *   request-line = token SP target SP "HTTP/" DIGIT [ "." DIGIT ]
 *   field-line   = token ":" OWS value OWS, or SP/HTAB continuation
 *
 * Archived messages come from hostile servers, so the head parser is
 * lenient where browsers are (bare LF, junk lines without a colon are
 * skipped, interim 1xx heads before the final one) and strict where
 * framing is at stake (chunk sizes, caps).
 */
#include "config.h"

#include <limits.h>
#include <strings.h>

#include "httpmsg.h"
#include "pp_alloc.h"
#include "pp_err.h"

#define INTERIM_MAX 4            /* 1xx heads skipped before the final */
#define CHUNK_DIGITS_MAX 16      /* hex digits of a chunk size */
#define DECODE_FIRST (16 * 1024) /* first output buffer of a decoder */
#define ZIN_MAX (1u << 30)       /* bytes handed to zlib at once (uInt) */

static bool is_tchar(uint8_t c)
{
  /* RFC 9110 5.6.2 token characters */
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || (c && strchr("!#$%&'*+-.^_`|~", c));
}

static bool is_digit(uint8_t c)
{
  return c >= '0' && c <= '9';
}

static int hexval(uint8_t c)
{
  if(c >= '0' && c <= '9')
    return c - '0';
  if(c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if(c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* p[0..n) equals the text t, ignoring ASCII case. */
static bool eq_nocase(const uint8_t *p, size_t n, const char *t)
{
  return n == strlen(t) && !strncasecmp((const char *)p, t, n);
}

static void skip_blanks(struct pp_rd *r)
{
  while(rd_peek(r, 0) == ' ' || rd_peek(r, 0) == '\t')
    rd_skip(r, 1);
}

/* Take the rest of r, without trailing blanks. */
static const uint8_t *rest_trimmed(struct pp_rd *r, size_t *n)
{
  size_t len = rd_left(r);
  const uint8_t *p = rd_ptr(r, len);
  while(len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
    len--;
  *n = len;
  return p;
}

int httpmsg_line(struct pp_rd *r, struct pp_rd *line)
{
  size_t left = rd_left(r), n;
  const uint8_t *lf = left ? memchr(r->pos, '\n', left) : NULL;
  if(!lf) {
    rd_init(line, NULL, 0);
    return rd_fail(r, PP_ETRUNC);
  }
  n = (size_t)(lf - r->pos);
  rd_sub(r, n, line);
  rd_skip(r, 1);
  if(n && rd_peek(line, n - 1) == '\r')
    line->end--;
  return PP_OK;
}

int httpmsg_fieldline(struct pp_rd *line, struct httpmsg_fieldline *f)
{
  size_t n = 0;
  memset(f, 0, sizeof(*f));
  if(rd_peek(line, 0) != ' ' && rd_peek(line, 0) != '\t') {
    while(is_tchar(rd_peek(line, n)))
      n++;
    if(!n || rd_peek(line, n) != ':')
      return PP_EMALFORMED;
    f->name = rd_ptr(line, n);
    f->name_len = n;
    rd_skip(line, 1);
  }
  skip_blanks(line);
  f->value = rest_trimmed(line, &f->value_len);
  return rd_ok(line) ? PP_OK : PP_EMALFORMED;
}

/* Next comma-separated list element of v, trimmed, parameters cut off. */
static bool next_element(struct pp_rd *v, const uint8_t **p, size_t *n)
{
  while(rd_left(v)) {
    const uint8_t *comma = memchr(v->pos, ',', rd_left(v));
    size_t len = comma ? (size_t)(comma - v->pos) : rd_left(v);
    struct pp_rd e;
    const uint8_t *semi;
    rd_sub(v, len, &e);
    if(comma)
      rd_skip(v, 1);
    semi = len ? memchr(e.pos, ';', len) : NULL;
    if(semi)
      e.end = semi;
    skip_blanks(&e);
    *p = rest_trimmed(&e, n);
    if(*n)
      return true;
  }
  return false;
}

/* "HTTP/" DIGIT [ "." DIGIT ]; the cursor is left after it. */
static bool http_version(struct pp_rd *r)
{
  const uint8_t *p = rd_ptr(r, 5);
  if(!p || memcmp(p, "HTTP/", 5) || !is_digit(rd_u8(r)))
    return false;
  if(rd_peek(r, 0) == '.') {
    rd_skip(r, 1);
    if(!is_digit(rd_u8(r)))
      return false;
  }
  return rd_ok(r);
}

static int parse_start(struct pp_rd *line, struct httpmsg *m)
{
  struct pp_rd save = *line;
  size_t n = 0;
  if(http_version(line)) {
    int i, status = 0;
    if(rd_u8(line) != ' ')
      return PP_EMALFORMED;
    for(i = 0; i < 3; i++) {
      uint8_t c = rd_u8(line);
      if(!is_digit(c))
        return PP_EMALFORMED;
      status = status * 10 + (c - '0');
    }
    if(status < 100 || (rd_left(line) && rd_peek(line, 0) != ' '))
      return PP_EMALFORMED;
    m->response = true;
    m->status = status;
    return PP_OK;
  }
  *line = save;
  while(is_tchar(rd_peek(line, n)))
    n++;
  if(!n || rd_peek(line, n) != ' ')
    return PP_EMALFORMED;
  rd_skip(line, n + 1);
  for(n = 0; rd_peek(line, n) > ' ' && rd_peek(line, n) != 0x7f; n++)
    ;
  if(!n || rd_peek(line, n) != ' ')
    return PP_EMALFORMED;
  rd_skip(line, n + 1);
  if(!http_version(line) || rd_left(line))
    return PP_EMALFORMED;
  return PP_OK;
}

/* What a Transfer-Encoding or Content-Encoding value says. */
static void note_codings(const struct httpmsg_fieldline *f, struct httpmsg *m,
                         unsigned *n_codings)
{
  struct pp_rd v;
  const uint8_t *p;
  size_t n;
  bool te = eq_nocase(f->name, f->name_len, "transfer-encoding");
  if(!te && !eq_nocase(f->name, f->name_len, "content-encoding"))
    return;
  rd_init(&v, f->value, f->value_len);
  while(next_element(&v, &p, &n)) {
    if(te) {
      /* chunked must be the final coding (RFC 9112 6.1) */
      m->chunked = eq_nocase(p, n, "chunked");
      continue;
    }
    if(eq_nocase(p, n, "identity"))
      continue;
    if(++*n_codings > 1)
      m->coding = HTTPMSG_OTHER;
    else if(eq_nocase(p, n, "gzip") || eq_nocase(p, n, "x-gzip"))
      m->coding = HTTPMSG_GZIP;
    else if(eq_nocase(p, n, "deflate"))
      m->coding = HTTPMSG_DEFLATE;
    else if(eq_nocase(p, n, "br"))
      m->coding = HTTPMSG_BR;
    else
      m->coding = HTTPMSG_OTHER;
  }
}

/* One head at msg[0..len); the body is the rest. */
static int split_one(const uint8_t *msg, size_t len, struct httpmsg *m)
{
  struct pp_rd r, line;
  struct httpmsg_fieldline f;
  unsigned n_codings = 0;
  int short_rc = len > HTTPMSG_HEAD_MAX ? PP_ELIMIT : PP_ETRUNC;
  memset(m, 0, sizeof(*m));
  rd_init(&r, msg, PP_MIN(len, (size_t)HTTPMSG_HEAD_MAX));
  if(httpmsg_line(&r, &line))
    return short_rc;
  m->start = line.pos;
  m->start_len = rd_left(&line);
  if(parse_start(&line, m))
    return PP_EMALFORMED;
  m->head = r.pos;
  for(;;) {
    if(httpmsg_line(&r, &line))
      return short_rc;
    if(!rd_left(&line))
      break;
    /* junk lines and stray folds are skipped, as browsers do */
    if(httpmsg_fieldline(&line, &f) || !f.name)
      continue;
    if(++m->n_fields > HTTPMSG_FIELDS_MAX)
      return PP_ELIMIT;
    note_codings(&f, m, &n_codings);
  }
  m->head_len = (size_t)(r.pos - m->head);
  m->body = r.pos;
  m->body_len = len - (size_t)(r.pos - msg);
  return PP_OK;
}

int httpmsg_split(const uint8_t *msg, size_t len, struct httpmsg *m)
{
  int i, rc = split_one(msg, len, m);
  /* "100 Continue" and other interim heads precede the final one */
  for(i = 0; !rc && i < INTERIM_MAX && m->response && m->status < 200 &&
      m->status != 101 && m->body_len >= 5 &&
      !memcmp(m->body, "HTTP/", 5); i++)
    rc = split_one(m->body, m->body_len, m);
  if(rc)
    memset(m, 0, sizeof(*m));
  return rc;
}

int httpmsg_field(const struct httpmsg *m, const char *name,
                  const uint8_t **value, size_t *len)
{
  struct pp_rd r, line;
  struct httpmsg_fieldline f;
  rd_init(&r, m->head, m->head_len);
  while(!httpmsg_line(&r, &line) && rd_left(&line)) {
    if(httpmsg_fieldline(&line, &f) || !f.name ||
       !eq_nocase(f.name, f.name_len, name))
      continue;
    *value = f.value;
    *len = f.value_len;
    return PP_OK;
  }
  return PP_ENOTFOUND;
}

int httpmsg_dechunk_walk(const uint8_t *body, size_t len, httpmsg_sink sink,
                         void *ctx)
{
  struct pp_rd r, line;
  rd_init(&r, body, len);
  for(;;) {
    uint64_t size = 0;
    unsigned digits = 0;
    size_t n;
    int rc;
    if(!rd_left(&r))
      return PP_ETRUNC;
    while(hexval(rd_peek(&r, 0)) >= 0) {
      if(++digits > CHUNK_DIGITS_MAX)
        return PP_EMALFORMED;
      size = size << 4 | (uint64_t)hexval(rd_u8(&r));
    }
    /* no digit: this is no chunked body at all (told apart from a cut one,
       which callers may take as it is) */
    if(!digits)
      return PP_EMALFORMED;
    if(httpmsg_line(&r, &line))
      return PP_ETRUNC;
    if(rd_left(&line) && rd_peek(&line, 0) != ';' &&
       rd_peek(&line, 0) != ' ' && rd_peek(&line, 0) != '\t')
      return PP_EMALFORMED;
    if(!size) {
      /* trailer fields up to the empty line; a missing one is harmless */
      while(!httpmsg_line(&r, &line) && rd_left(&line))
        ;
      return PP_OK;
    }
    n = size < rd_left(&r) ? (size_t)size : rd_left(&r);
    if(n && (rc = sink(ctx, rd_ptr(&r, n), n)) != PP_OK)
      return rc;
    if(n < size || !rd_left(&r))
      return PP_ETRUNC;
    if(rd_peek(&r, 0) == '\r')
      rd_skip(&r, 1);
    if(!rd_left(&r))
      return PP_ETRUNC;
    if(rd_u8(&r) != '\n')
      return PP_EMALFORMED;
  }
}

struct copy_ctx {
  uint8_t *out;
  size_t cap, len;
};

static int copy_sink(void *ctx, const uint8_t *p, size_t n)
{
  struct copy_ctx *c = ctx;
  size_t room = c->cap - c->len;
  memcpy(c->out + c->len, p, PP_MIN(n, room));
  c->len += PP_MIN(n, room);
  return n > room ? PP_ELIMIT : PP_OK;
}

int httpmsg_dechunk(const uint8_t *body, size_t len, uint8_t *out,
                    size_t cap, size_t *out_len)
{
  struct copy_ctx c = { out, cap, 0 };
  int rc = httpmsg_dechunk_walk(body, len, copy_sink, &c);
  *out_len = c.len;
  return rc;
}

/* ---- zlib ----------------------------------------------------------- */

static voidpf z_alloc(voidpf opaque, uInt items, uInt size)
{
  (void)opaque;
  return pp_calloc(items, size);
}

static void z_free(voidpf opaque, voidpf p)
{
  (void)opaque;
  pp_free(p);
}

void httpmsg_zhooks(z_stream *zs)
{
  zs->zalloc = z_alloc;
  zs->zfree = z_free;
  zs->opaque = Z_NULL;
}

/*
 * Inflate in[0..len) (wbits as for inflateInit2) into a buffer that grows
 * to at most max bytes.  Concatenated gzip members are all decoded.
 */
static int inflate_all(const uint8_t *in, size_t len, size_t max, int wbits,
                       uint8_t **out, size_t *out_len)
{
  z_stream zs;
  uint8_t *buf = NULL;
  size_t cap = 0, left = len;
  int rc = PP_OK;

  memset(&zs, 0, sizeof(zs));
  httpmsg_zhooks(&zs);
  if(inflateInit2(&zs, wbits) != Z_OK)
    return PP_ENOMEM;
  zs.next_in = (z_const Bytef *)in;
  for(;;) {
    size_t done = cap ? (size_t)(zs.next_out - buf) : 0;
    int zrc;
    if(done == cap) {
      size_t ncap = cap ? cap * 2 : DECODE_FIRST;
      uint8_t *nb;
      if(cap == max) {
        rc = PP_ELIMIT;
        break;
      }
      if(ncap > max || ncap < cap)
        ncap = max;
      nb = pp_realloc(buf, ncap);
      if(!nb) {
        rc = PP_ENOMEM;
        break;
      }
      buf = nb;
      cap = ncap;
      zs.next_out = buf + done;
    }
    zs.avail_out = (uInt)PP_MIN(cap - done, (size_t)ZIN_MAX);
    if(!zs.avail_in && left) {
      zs.avail_in = (uInt)PP_MIN(left, (size_t)ZIN_MAX);
      left -= zs.avail_in;
    }
    zrc = inflate(&zs, Z_NO_FLUSH);
    if(zrc == Z_STREAM_END) {
      struct pp_rd t;
      rd_init(&t, zs.next_in, zs.avail_in);
      if(wbits > 15 && rd_be16(&t) == 0x1f8b && inflateReset(&zs) == Z_OK)
        continue;                      /* another gzip member */
      break;
    }
    if(zrc == Z_MEM_ERROR) {
      rc = PP_ENOMEM;
      break;
    }
    if(zrc != Z_OK && zrc != Z_BUF_ERROR) {
      rc = PP_EMALFORMED;
      break;
    }
    if(zs.avail_out && !zs.avail_in && !left) {
      rc = PP_ETRUNC;
      break;
    }
  }
  *out_len = cap ? (size_t)(zs.next_out - buf) : 0;
  inflateEnd(&zs);
  if(rc == PP_ENOMEM) {
    pp_free(buf);
    buf = NULL;
    *out_len = 0;
  }
  *out = buf;
  return rc;
}

int httpmsg_decode(enum httpmsg_coding c, const uint8_t *in, size_t len,
                   size_t max, uint8_t **out, size_t *out_len)
{
  int rc;
  *out = NULL;
  *out_len = 0;
  if(!max)
    return PP_EINVAL;
  switch(c) {
  case HTTPMSG_IDENTITY:
    *out = pp_malloc(PP_MIN(len, max));
    if(!*out)
      return PP_ENOMEM;
    *out_len = PP_MIN(len, max);
    if(*out_len)
      memcpy(*out, in, *out_len);
    return len > max ? PP_ELIMIT : PP_OK;
  case HTTPMSG_GZIP:
    /* 15 + 32: gzip, or zlib as some servers mislabel it */
    return inflate_all(in, len, max, 15 + 32, out, out_len);
  case HTTPMSG_DEFLATE:
    rc = inflate_all(in, len, max, 15, out, out_len);
    if(rc == PP_EMALFORMED && !*out_len) {
      /* raw deflate without the zlib wrapper, as IIS and others send */
      pp_free(*out);
      rc = inflate_all(in, len, max, -15, out, out_len);
    }
    return rc;
  case HTTPMSG_BR:
  case HTTPMSG_OTHER:
  default:
    return PP_ENOTSUP;
  }
}

int httpmsg_entity(const struct httpmsg *m, size_t max, uint8_t **out,
                   size_t *out_len)
{
  const uint8_t *src = m->body;
  size_t n = m->body_len;
  uint8_t *tmp = NULL;
  int crc = PP_OK, rc;

  *out = NULL;
  *out_len = 0;
  if(m->chunked && n) {
    tmp = pp_malloc(n);
    if(!tmp)
      return PP_ENOMEM;
    crc = httpmsg_dechunk(m->body, m->body_len, tmp, m->body_len, &n);
    src = tmp;
    if(crc == PP_EMALFORMED && !n) {
      /* not chunked after all (some tools strip the coding but keep
         the header): take the body as it is */
      src = m->body;
      n = m->body_len;
      crc = PP_OK;
    }
  }
  rc = n ? httpmsg_decode(m->coding, src, n, max, out, out_len)
         : httpmsg_decode(HTTPMSG_IDENTITY, src, 0, max, out, out_len);
  pp_free(tmp);
  return rc ? rc : crc;
}
