/*
 * warc.h: WARC 1.1 evidence files: the crawler writes them, classification
 * reads them back (ours, and those of wget, Heritrix, warcio, ...).
 *
 * Reference: The WARC File Format 1.1 (ISO 28500:2017),
 * https://iipc.github.io/warc-specifications/specifications/warc-format/
 * warc-1.1/ ; what pressprobe writes and accepts is in
 * doc/pressprobe-warc.5.
 *
 *   record = "WARC/1.1" CRLF *( field-name ":" SP value CRLF ) CRLF
 *            block (Content-Length octets) CRLF CRLF
 *   file   = warcinfo record, then request / response / resource /
 *            metadata records; written gzip-compressed one record per
 *            gzip member, so a record is read by seeking to its member.
 *
 * Writer: files <prefix>-<YYYYMMDDhhmmssmmm>-<serial>.warc.gz in one
 * folder, built under "<name>.open" and renamed when finished, so a crash
 * never leaves a half-written record under a final name.  A file is
 * finished (and the next begun, with its own warcinfo record) once it has
 * reached max_bytes.  Digests are "sha256:" + RFC 4648 base32.
 *
 * Reader: streams a .warc.gz (one gzip member per record, or a whole-file
 * gzip stream holding many records) or an uncompressed .warc, from a file
 * or from memory.  Blocks up to a cap are delivered in memory; larger ones
 * are skipped and reported; damage is reported and reading goes on at the
 * next record found.  Bounded in memory and in decompression work.
 *
 * Handles are used by one thread at a time.
 */
#ifndef PP_WARC_H
#define PP_WARC_H

#include "pp_common.h"

#define WARC_ID_SIZE 48              /* "<urn:uuid:" 36 ">" NUL */
#define WARC_DATE_SIZE 32            /* "2026-11-28T17:41:02.123456Z" NUL */
#define WARC_DIGEST_SIZE 64          /* "sha256:" 56 base32 NUL */
#define WARC_NAME_SIZE 128           /* a file name we write, NUL */
#define WARC_PREFIX_MAX 64           /* file name prefix */
#define WARC_URI_MAX 8192            /* WARC-Target-URI we write */
#define WARC_TEXT_MAX 1024           /* any other field value we write */
#define WARC_HEAD_MAX (64 * 1024)    /* header block we read */
#define WARC_LINE_MAX (32 * 1024)    /* one header line we read */
#define WARC_FIELDS_MAX 128          /* named fields we read per record */
#define WARC_BLOCK_MAX_DEFAULT (16u * 1024 * 1024)
#define WARC_BLOCK_MAX_LIMIT (1024u * 1024 * 1024)
#define WARC_INFLATE_MAX_DEFAULT (256ull * 1024 * 1024)

enum warc_type {
  WARC_OTHER = 0,      /* absent or not one of these */
  WARC_WARCINFO,
  WARC_RESPONSE,
  WARC_RESOURCE,
  WARC_REQUEST,
  WARC_METADATA,
  WARC_REVISIT,
  WARC_CONVERSION,
  WARC_CONTINUATION,
};

/* "warcinfo", "response", ...; "other" for WARC_OTHER. */
const char *warc_type_name(enum warc_type t);

/* ---- dates and identifiers ------------------------------------------- */

/*
 * Format t (usec since the epoch, UTC) as a WARC-Date with microseconds:
 * "2026-11-28T17:41:02.123456Z".  PP_OK, PP_ERANGE past year 9999.
 */
int warc_date_format(pp_usec_t t, char out[WARC_DATE_SIZE]);

/*
 * Parse a WARC-Date (W3C-ISO8601, UTC): "YYYY-MM-DDThh:mm:ssZ" with an
 * optional fraction of 1 to 9 digits (kept to the microsecond), or the
 * coarser forms "YYYY-MM-DDThh:mmZ", "YYYY-MM-DD", "YYYY-MM", "YYYY".
 * PP_OK; PP_EMALFORMED; PP_ERANGE before 1970 or past 9999.
 */
int warc_date_parse(const char *s, pp_usec_t *out);

/* A new record id "<urn:uuid:...>" (random, version 4, from getrandom).
 * PP_OK, or PP_EIO when the system gives no randomness. */
int warc_record_id_new(char out[WARC_ID_SIZE]);

/* ---- writer ------------------------------------------------------------ */

struct warc_writer;

/* What the warcinfo record of every file says; strings are copied, NULL
 * leaves the field out.  software and format are always written. */
struct warc_writer_opts {
  const char *hostname;     /* "hostname": the crawling host */
  const char *operator;     /* "operator": who crawls, how to reach them */
  const char *robots;       /* "robots": the policy, e.g. "obey" */
  const char *user_agent;   /* "http-header-user-agent" */
  const char *is_part_of;   /* "isPartOf": the crawl's name */
  const char *description;  /* "description" */
  bool fsync;               /* fsync each finished file and the folder */
  int level;                /* gzip level 1..9; 0: 6 */
};

/*
 * Start writing WARC files into the existing folder dir.  prefix: 1 to
 * WARC_PREFIX_MAX of [A-Za-z0-9._-], not starting with '.'.  max_bytes:
 * finish a file once it holds at least this many bytes (0: never; the
 * record that crosses the line stays in the file).  opts may be NULL.
 * The first file is created by the first record.  errbuf
 * (PP_ERRBUF_SIZE, may be NULL) says why on error, when *out is NULL.
 * PP_OK, PP_EINVAL (bad prefix or option text), PP_ENOENT (no such
 * folder), PP_EIO (not a writable folder), PP_ENOMEM.
 */
int warc_writer_open(const char *dir, const char *prefix, uint64_t max_bytes,
                     const struct warc_writer_opts *opts,
                     struct warc_writer **out, char *errbuf);

/*
 * Finish the open file (fsync if asked, rename to its final name) and free
 * w.  NULL ok.  PP_OK, or PP_EIO (see errbuf): then the file keeps its
 * ".open" name (it may end in a partial record) and w is freed anyway.
 */
int warc_writer_close(struct warc_writer *w, char *errbuf);

/* Text of w's last error ("" if none). */
const char *warc_writer_errmsg(const struct warc_writer *w);

/* A record to write.  The block is the record's content as is: for
 * request and response records the raw HTTP message bytes as sent or
 * received (start line, head, body with any transfer coding). */
struct warc_wrec {
  enum warc_type type;       /* REQUEST, RESPONSE, RESOURCE, METADATA */
  const char *target_uri;    /* WARC-Target-URI; needed but for METADATA */
  const char *ip;            /* WARC-IP-Address (numeric) or NULL */
  pp_usec_t date;            /* WARC-Date: capture start; 0: now */
  const char *content_type;  /* NULL: application/http;msgtype=request|
                                response, application/warc-fields for
                                METADATA; RESOURCE needs one */
  const char *record_id;     /* from warc_record_id_new, or NULL: new */
  const char *concurrent_to; /* WARC-Concurrent-To record id, or NULL */
  const char *refers_to;     /* WARC-Refers-To record id, or NULL */
  const char *truncated;     /* WARC-Truncated: "length", "time",
                                "disconnect", "unspecified"; NULL: whole */
  const uint8_t *block;      /* may be NULL when block_len is 0 */
  size_t block_len;
};

/* Where a record went, for the store to point at the evidence. */
struct warc_written {
  char file[WARC_NAME_SIZE];            /* final file name, no folder (the
                                           name exists once finished) */
  uint64_t offset;                      /* of the record's gzip member */
  uint64_t length;                      /* of the member, compressed */
  char record_id[WARC_ID_SIZE];
  char block_digest[WARC_DIGEST_SIZE];
  char payload_digest[WARC_DIGEST_SIZE];  /* "" when none */
};

/*
 * Append one record (as one gzip member) to the open file, beginning a
 * new file first when none is open.  WARC-Warcinfo-ID names the file's
 * warcinfo record.  Digests (sha256, base32): the block; the payload of
 * a response (the body after the head, with the chunked coding undone,
 * content coding kept: WARC 1.1 6.3.2) when its head is complete; the
 * payload of a resource (its block).  out may
 * be NULL.  PP_OK; PP_EINVAL (a field value with CR, LF or another
 * control character, a URI over WARC_URI_MAX or without a scheme, a bad
 * IP address, record id or type); PP_EIO (the write failed: the file is
 * cut back to its last whole record); PP_ENOMEM; PP_ECRYPTO.  After a
 * write error that could not be undone every call returns PP_EIO.
 */
int warc_write(struct warc_writer *w, const struct warc_wrec *rec,
               struct warc_written *out);

/*
 * Write a fetch: request then response, in the same file, each with
 * WARC-Concurrent-To naming the other and both with the response's
 * WARC-Date.  record_id and concurrent_to of the two are set here.
 * Returns as warc_write; on error after the request was written, the
 * request stays.
 */
int warc_write_exchange(struct warc_writer *w, const struct warc_wrec *req,
                        const struct warc_wrec *resp,
                        struct warc_written *req_out,
                        struct warc_written *resp_out);

/* ---- reader ------------------------------------------------------------ */

struct warc_reader;

struct warc_reader_opts {
  size_t block_max;       /* largest block delivered (0: default, at most
                             WARC_BLOCK_MAX_LIMIT) */
  uint64_t inflate_max;   /* decompressed bytes one warc_next may produce
                             (0: default): past it a gzip member is
                             abandoned (a bomb) */
};

struct warc_field {
  const char *name, *value;
};

/*
 * One record.  Strings point into the reader and stay valid until the
 * next warc_next, warc_reader_seek or warc_reader_close; a field absent
 * from the record is NULL.  Repeated fields: the first one (all are in
 * fields[]).  Values are NUL-free and hold no control characters but HT.
 */
struct warc_record {
  enum warc_type type;
  unsigned version;         /* 0 for WARC/1.0, 1 for WARC/1.1 */
  const char *type_name;    /* WARC-Type as written */
  const char *record_id;    /* WARC-Record-ID */
  const char *date;         /* WARC-Date */
  pp_usec_t date_usec;      /* parsed, or 0 */
  const char *target_uri;   /* WARC-Target-URI, without any <> */
  const char *ip_address;   /* WARC-IP-Address */
  const char *content_type; /* Content-Type */
  const char *concurrent_to;/* WARC-Concurrent-To */
  const char *refers_to;    /* WARC-Refers-To */
  const char *warcinfo_id;  /* WARC-Warcinfo-ID */
  const char *block_digest; /* WARC-Block-Digest */
  const char *payload_digest;  /* WARC-Payload-Digest */
  const char *truncated;    /* WARC-Truncated */
  const char *filename;     /* WARC-Filename */
  uint64_t content_length;
  const uint8_t *block;     /* content_length bytes; NULL when skipped */
  size_t block_len;
  uint64_t offset;          /* input offset of the gzip member holding the
                               record's start (of "WARC/" if plain) */
  uint64_t offset_in_member;   /* decompressed bytes before it in that
                                  member: 0 when one record per member */
  const struct warc_field *fields;
  size_t n_fields;
};

/* Counters since open: what the caps and damage cost. */
struct warc_reader_stats {
  uint64_t records;         /* delivered with their block */
  uint64_t too_large;       /* blocks over block_max, skipped */
  uint64_t bombs;           /* members abandoned at inflate_max */
  uint64_t truncated;       /* records cut short */
  uint64_t malformed;       /* bad headers, trailers, gzip data */
  uint64_t garbage_bytes;   /* input bytes skipped to find a record */
};

/*
 * Open a WARC file (gzip-compressed or not: told by its first bytes).
 * opts may be NULL.  errbuf (PP_ERRBUF_SIZE, may be NULL) says why on
 * error, when *out is NULL.  PP_OK, PP_ENOENT, PP_EIO, PP_ENOMEM,
 * PP_EINVAL (block_max over the limit).
 */
int warc_reader_open(const char *path, const struct warc_reader_opts *opts,
                     struct warc_reader **out, char *errbuf);

/* The same over buf[0..len), which must outlive the reader. */
int warc_reader_open_mem(const void *buf, size_t len,
                         const struct warc_reader_opts *opts,
                         struct warc_reader **out);

/*
 * Go to input offset off (a warc_written.offset or a warc_record.offset)
 * and read on from there.  PP_OK, PP_EIO.
 */
int warc_reader_seek(struct warc_reader *r, uint64_t off);

/*
 * Read the next record into *rec.  Returns:
 *   PP_OK          a record with its block;
 *   PP_ENOENT      no more records;
 *   PP_ELIMIT      a block over block_max, skipped (header fields given,
 *                  block NULL), or a gzip member abandoned at inflate_max;
 *   PP_ETRUNC      a record cut short by the end of the input or of its
 *                  gzip member (header fields given when complete);
 *   PP_EMALFORMED  a bad header, a block not followed by the record end
 *                  (wrong Content-Length), corrupt gzip data, or bytes
 *                  that are no record (garbage);
 *   PP_EIO, PP_ENOMEM: stop reading.
 * After ELIMIT, ETRUNC and EMALFORMED call again: reading goes on at the
 * next record found (the next gzip member, or the next line starting
 * "WARC/1.").  warc_reader_errmsg says what and where.
 */
int warc_next(struct warc_reader *r, struct warc_record *rec);

/* Text of the last error of warc_next ("" if none). */
const char *warc_reader_errmsg(const struct warc_reader *r);

void warc_reader_stats(const struct warc_reader *r,
                       struct warc_reader_stats *out);

/* NULL ok. */
void warc_reader_close(struct warc_reader *r);

/* Value of the first field called name (case-insensitive), or NULL. */
const char *warc_field(const struct warc_record *rec, const char *name);

/* ---- verification ------------------------------------------------------ */

enum warc_digest_check {
  WARC_DIGEST_ABSENT = 0,   /* no such field */
  WARC_DIGEST_OK,
  WARC_DIGEST_OK_CHUNKED,   /* payload digest matches the body with its
                               chunked coding (as many tools compute it) */
  WARC_DIGEST_MISMATCH,
  WARC_DIGEST_UNSUPPORTED,  /* algorithm or encoding we do not know */
  WARC_DIGEST_UNCHECKED,    /* block skipped, or the payload is not in the
                               record (revisit, metadata, no HTTP head) */
};

struct warc_verify {
  enum warc_digest_check block, payload;
};

/*
 * Recompute the digests that rec's header names (sha1, sha256, sha512,
 * md5; values in base32 or hex, any case, padded or not) and compare.  A
 * mismatch is a result, not an error: PP_OK, or PP_ENOMEM / PP_ECRYPTO.
 */
int warc_verify(const struct warc_record *rec, struct warc_verify *out);

/* "absent", "ok", "ok-chunked", "mismatch", "unsupported", "unchecked". */
const char *warc_digest_check_name(enum warc_digest_check c);

#ifdef PP_UNITTESTS
int warc_digest_decode(const char *labelled, int *algo, uint8_t *raw,
                       size_t *raw_len);
size_t warc_base32(const uint8_t *p, size_t n, char *out, size_t cap);
int warc_record_to_mem(const struct warc_wrec *rec, const char *warcinfo_id,
                       uint8_t **out, size_t *out_len);
#endif

#endif
