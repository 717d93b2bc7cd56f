/*
 * httpmsg.h: HTTP/1.x messages as archived (the blocks of WARC request and
 * response records): split into start line, header fields and body; undo
 * the chunked transfer coding; undo a gzip or deflate content coding.
 *
 * References: RFC 9112 (HTTP/1.1 message syntax: 2.1 message format, 2.2
 * bare LF, 4 status line, 5.2 obsolete line folding, 7.1 chunked coding),
 * RFC 9110 (8.4 Content-Encoding, 5.6 lists and tokens), RFC 1950/1951/
 * 1952 (zlib, deflate, gzip).
 *
 *   message = start-line CRLF *( field-line CRLF ) CRLF [ body ]
 *   chunked = *( chunk-size [ ";" ext ] CRLF data CRLF )
 *             "0" [ ";" ext ] CRLF *( trailer-field CRLF ) CRLF
 *
 * Everything is bounded: the head (HTTPMSG_HEAD_MAX, HTTPMSG_FIELDS_MAX),
 * chunk sizes (checked against the bytes present), decoded output (a cap
 * from the caller).  Pointers in struct httpmsg point into the caller's
 * buffer; nothing here keeps state.  The start line may also be a libcurl
 * style "HTTP/2 200" (crawlers record HTTP/2 responses that way).
 */
#ifndef PP_HTTPMSG_H
#define PP_HTTPMSG_H

#include <zlib.h>

#include "pp_common.h"
#include "pp_cursor.h"

#define HTTPMSG_HEAD_MAX (64 * 1024)  /* start line + fields + empty line */
#define HTTPMSG_FIELDS_MAX 256        /* field lines in a head */

enum httpmsg_coding {
  HTTPMSG_IDENTITY = 0,   /* no content coding */
  HTTPMSG_GZIP,           /* gzip, x-gzip */
  HTTPMSG_DEFLATE,        /* deflate (zlib-wrapped, or raw as some send) */
  HTTPMSG_BR,             /* brotli: recognised, not decoded */
  HTTPMSG_OTHER,          /* zstd, compress, a list of several, unknown */
};

struct httpmsg {
  bool response;          /* status line (else a request line) */
  int status;             /* 100..999 for a response, 0 for a request */
  const uint8_t *start;   /* the start line, without its line end */
  size_t start_len;
  const uint8_t *head;    /* the field lines, through the empty line */
  size_t head_len;
  size_t n_fields;        /* field lines (not counting folded ones) */
  const uint8_t *body;    /* the body as sent (still chunked if it was) */
  size_t body_len;
  bool chunked;           /* Transfer-Encoding ends in "chunked" */
  enum httpmsg_coding coding;   /* Content-Encoding */
};

/*
 * Split msg (len bytes, NULL ok when len is 0) into start line, head and
 * body.  Interim 1xx heads before the final one are skipped (m describes
 * the final message); field lines that are no "name: value" are skipped,
 * as browsers do.  Returns PP_OK; PP_ETRUNC when the head does not end
 * within the message (a truncated record); PP_ELIMIT when the head is
 * longer than HTTPMSG_HEAD_MAX or has more than HTTPMSG_FIELDS_MAX
 * fields; PP_EMALFORMED when the start line is neither a status line nor
 * a request line.  *m is zeroed on error.
 */
int httpmsg_split(const uint8_t *msg, size_t len, struct httpmsg *m);

/*
 * First field called name (case-insensitive) in m's head: *value and
 * *len get its value without surrounding blanks (continuation lines of a
 * folded field are not included).  PP_OK or PP_ENOTFOUND.
 */
int httpmsg_field(const struct httpmsg *m, const char *name,
                  const uint8_t **value, size_t *len);

/*
 * Undo the chunked coding of body[0..len).  Each run of data is passed to
 * sink (which returns PP_OK to go on, anything else to stop with that
 * code).  Returns PP_OK once the last chunk is read (trailer fields are
 * skipped; bytes after the message are ignored), PP_ETRUNC when body ends
 * first (everything present was passed on: per WARC 1.1 6.3.2 the
 * payload of a truncated message is truncated at the same place), or
 * PP_EMALFORMED at a broken chunk-size line or chunk end.
 */
typedef int (*httpmsg_sink)(void *ctx, const uint8_t *p, size_t n);
int httpmsg_dechunk_walk(const uint8_t *body, size_t len, httpmsg_sink sink,
                         void *ctx);

/*
 * The same into out (cap bytes): *out_len gets the bytes decoded.
 * Returns as httpmsg_dechunk_walk, or PP_ELIMIT when cap was reached
 * (out then holds the first cap bytes).  The output is never longer than
 * the input, so cap = len always suffices.
 */
int httpmsg_dechunk(const uint8_t *body, size_t len, uint8_t *out,
                    size_t cap, size_t *out_len);

/*
 * Undo content coding c of in[0..len) into a new buffer of at most max
 * bytes.  HTTPMSG_IDENTITY copies.  Returns PP_OK; PP_ETRUNC (the
 * compressed data ends early), PP_EMALFORMED (corrupt data) and PP_ELIMIT
 * (max reached: a compression bomb stops here) with *out holding what was
 * decoded; PP_ENOTSUP for HTTPMSG_BR and HTTPMSG_OTHER, PP_ENOMEM, both
 * with *out NULL.  The caller frees *out with pp_free.
 */
int httpmsg_decode(enum httpmsg_coding c, const uint8_t *in, size_t len,
                   size_t max, uint8_t **out, size_t *out_len);

/*
 * The entity of m as a reader wants it: body with the chunked coding and
 * the content coding undone, at most max bytes, in a new buffer (*out,
 * freed by the caller with pp_free).  Returns as httpmsg_decode; a
 * dechunking error (PP_ETRUNC, PP_EMALFORMED) is returned when decoding
 * itself succeeded, with the entity decoded from what was there.
 */
int httpmsg_entity(const struct httpmsg *m, size_t max, uint8_t **out,
                   size_t *out_len);

/* ---- head syntax, shared with the WARC header parser ------------------ */

/*
 * Cut the next line off r into *line, without its CR LF or bare LF.
 * PP_OK, or PP_ETRUNC when r holds no LF (r is then in error).
 */
int httpmsg_line(struct pp_rd *r, struct pp_rd *line);

/* A field line split by httpmsg_fieldline (pointers into the line). */
struct httpmsg_fieldline {
  const uint8_t *name;    /* token; NULL for a continuation line */
  size_t name_len;
  const uint8_t *value;   /* without leading and trailing SP / HTAB */
  size_t value_len;
};

/*
 * Split one line (from httpmsg_line, not empty) into name and value:
 * "name: value", or a continuation of the previous field's value when it
 * starts with SP or HTAB (obsolete line folding; name is then NULL).
 * PP_OK; PP_EMALFORMED without a colon, with an empty name or one that is
 * not a token (RFC 9110 5.6.2).  Consumes the line.
 */
int httpmsg_fieldline(struct pp_rd *line, struct httpmsg_fieldline *f);

/* Route the allocations of zs through pp_alloc (so tests can fail
 * them); call before inflateInit2 or deflateInit2. */
void httpmsg_zhooks(z_stream *zs);

#endif
