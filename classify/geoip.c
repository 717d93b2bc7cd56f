/*
 * geoip.c: country and AS number of server addresses from MaxMind-format
 * databases (see geoip.h).
 *
 * Reference: MaxMind DB File Format Specification 2.0.  A value in the
 * data section starts with a control byte:
 *
 *    7 6 5 4 3 2 1 0
 *   +-----+---------+
 *   |type | size    |   type 0: extended, the next byte + 7 is the type
 *   +-----+---------+   size 29/30/31: 1/2/3 more bytes (29 + n,
 *                        285 + n, 65821 + n); else the size itself
 *
 *   pointer (type 1): |0 0 1|S S|V V V| then S + 1 bytes; the target
 *   offset (in the data section) is V:b0 (S=0), V:b0:b1 + 2048 (S=1),
 *   V:b0:b1:b2 + 526336 (S=2), b0:b1:b2:b3 (S=3).
 *
 *   2 utf8_string, 3 double (8), 4 bytes, 5 uint16, 6 uint32, 7 map
 *   (size = pairs; key a utf8_string or a pointer to one, then the
 *   value), 8 int32, 9 uint64, 10 uint128, 11 array, 12 data cache
 *   container and 13 end marker (not valid in data), 14 boolean (the
 *   size is the value), 15 float (4).  A pointer to a pointer is
 *   invalid.
 *
 * libmaxminddb opens the file (mmap), checks the metadata and walks the
 * search tree (MMDB_open, MMDB_lookup_sockaddr).  We decode the few
 * values we need ourselves, through pp_rd over its data section, because
 * the value API of libmaxminddb 1.7.1 (Debian 12) is not safe on a
 * crafted file: MMDB_aget_value() skips the values before the key it
 * wants with a recursion that has no depth limit (a file of nested maps
 * overflows the stack; fixed in 1.13.0), and MMDB_get_entry_data_list()
 * follows pointer fan-out without a budget (2^depth work).  Our decoder
 * does not recurse: skipping a value is a loop over a count of values
 * still to skip, every decoded value is charged to a per-lookup budget
 * (DECODE_MAX), and every read is bounded by the data section.  For
 * the same reason the metadata, which MMDB_open() decodes with the same
 * functions, is checked by our own walk (bounded depth and size) before
 * MMDB_open() sees the file; the walk also checks the types of the
 * languages and description, because MMDB_open() of 1.7.1 leaks memory
 * when a language is not a string.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unictype.h>
#include <unistd.h>
#include <unistr.h>
#ifdef HAVE_MAXMINDDB
#include <maxminddb.h>
#endif

#include "geoip.h"
#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"

#define DECODE_MAX 65536u        /* values decoded per record lookup */
#define META_VALUES_MAX 4096u    /* values in a metadata section */
#define META_DEPTH_MAX 16        /* nesting of the metadata map */
#define META_BLOCK_MAX 131072    /* libmaxminddb looks for the marker in
                                  * the last 128 KiB of the file */
#define ORG_SCAN_MAX 4096        /* bytes of an organisation looked at */
#define EPOCH_MAX 253402300799ULL /* 9999-12-31T23:59:59Z */

/* The data types of the specification. */
enum {
  T_EXTENDED = 0, T_POINTER = 1, T_UTF8 = 2, T_DOUBLE = 3, T_BYTES = 4,
  T_UINT16 = 5, T_UINT32 = 6, T_MAP = 7, T_INT32 = 8, T_UINT64 = 9,
  T_UINT128 = 10, T_ARRAY = 11, T_CONTAINER = 12, T_END = 13,
  T_BOOL = 14, T_FLOAT = 15,
};

/* ---- database types ------------------------------------------------- */

bool geoip_type_is_asn(const char *type)
{
  return type && (strstr(type, "ASN") || strstr(type, "ISP"));
}

bool geoip_type_is_country(const char *type)
{
  if(!type || geoip_type_is_asn(type))
    return false;
  return strstr(type, "Country") || strstr(type, "City") ||
         strcmp(type, "GeoIP2-Enterprise") == 0 ||
         strncmp(type, "DBIP-", 5) == 0;
}

#if defined(HAVE_MAXMINDDB) || defined(PP_UNITTESTS)

/* ---- organisation names --------------------------------------------- */

enum cclass { C_KEEP, C_SPACE, C_DROP };

static enum cclass char_class(ucs4_t uc)
{
  if(uc == ' ' || (uc >= 0x09 && uc <= 0x0d) || uc == 0x85 ||
     uc == 0x2028 || uc == 0x2029)
    return C_SPACE;
  if(uc < 0x20 || (uc >= 0x7f && uc <= 0x9f))
    return C_DROP;
  /* bidirectional formatting (Trojan Source, CVE-2021-42574) and BOM */
  if(uc == 0x061c || uc == 0x200e || uc == 0x200f ||
     (uc >= 0x202a && uc <= 0x202e) || (uc >= 0x2066 && uc <= 0x2069) ||
     uc == 0xfeff)
    return C_DROP;
  return C_KEEP;
}

UNITTEST void geoip_clean_org(const uint8_t *p, size_t len, char *out)
{
  struct pp_rd r;
  size_t n = 0;           /* bytes written */
  size_t base = 0;        /* where the last character of class 0 starts */
  bool space = false;     /* a space is due before the next character */
  bool capped = len > ORG_SCAN_MAX;

  rd_init(&r, p, capped ? ORG_SCAN_MAX : len);
  while(rd_left(&r) > 0) {
    ucs4_t uc;
    uint8_t enc[6];
    int m;
    int k = u8_mbtoucr(&uc, r.pos, rd_left(&r));
    if(k == -2 && capped)
      break;                          /* cut by ORG_SCAN_MAX, not bad */
    if(k <= 0) {
      uc = 0xfffd;                    /* one per bad byte */
      k = 1;
    }
    rd_skip(&r, (size_t)k);
    switch(char_class(uc)) {
    case C_DROP:
      continue;
    case C_SPACE:
      space = n > 0;                  /* none at the start */
      continue;
    case C_KEEP:
      break;
    }
    m = u8_uctomb(enc, uc, (int)sizeof(enc));
    if(m <= 0)
      continue;
    if(n + (space ? 1u : 0u) + (size_t)m > GEOIP_ORG_MAX - 1) {
      if(uc_combining_class(uc) != 0)
        n = base;                     /* no letter without its marks */
      break;
    }
    if(space) {
      out[n++] = ' ';
      space = false;
    }
    if(uc_combining_class(uc) == 0)
      base = n;
    memcpy(out + n, enc, (size_t)m);
    n += (size_t)m;
  }
  while(n > 0 && out[n - 1] == ' ')
    n--;
  out[n] = '\0';
}

/* ---- the decoder ---------------------------------------------------- */

/* A section of values (data or metadata) and what may still be spent. */
struct sec {
  const uint8_t *base;
  uint32_t size;
  uint32_t budget;        /* values left to decode */
};

/* One decoded value. */
struct val {
  uint8_t type;
  bool followed;          /* reached through a pointer */
  uint32_t size;          /* payload bytes; map: pairs; array: items */
  const uint8_t *data;    /* payload of scalars (size bytes) */
  uint32_t next;          /* containers: the first child; else the
                           * value after this one */
  uint32_t ptr;           /* pointer target (type T_POINTER) */
  uint32_t ptr_end;       /* followed: the value after the pointer */
};

/* Decode the value at off, a pointer as a pointer.  PP_OK or
 * PP_EFORMAT (outside the section, truncated, an invalid type or size,
 * the budget spent). */
static int decode_one(struct sec *s, uint32_t off, struct val *v)
{
  struct pp_rd r;
  uint8_t ctrl;
  uint32_t size;

  memset(v, 0, sizeof(*v));
  if(off >= s->size || s->budget == 0)
    return PP_EFORMAT;
  s->budget--;
  rd_init(&r, s->base + off, s->size - off);
  ctrl = rd_u8(&r);
  v->type = (uint8_t)(ctrl >> 5);
  if(v->type == T_POINTER) {
    uint32_t low = ctrl & 7u;
    switch((ctrl >> 3) & 3u) {
    case 0:
      v->ptr = low << 8 | rd_u8(&r);
      break;
    case 1:
      v->ptr = (low << 16 | rd_be16(&r)) + 2048u;
      break;
    case 2:
      v->ptr = (low << 24 | rd_be24(&r)) + 526336u;
      break;
    default:
      v->ptr = rd_be32(&r);
      break;
    }
    if(!rd_ok(&r))
      return PP_EFORMAT;
    v->next = off + (uint32_t)(r.pos - (s->base + off));
    return PP_OK;
  }
  if(v->type == T_EXTENDED) {
    uint8_t ext = rd_u8(&r);
    if(ext < 1 || ext > 8)            /* extended types are 8..15 */
      return PP_EFORMAT;
    v->type = (uint8_t)(7 + ext);
  }
  size = ctrl & 31u;
  if(size == 29)
    size = 29u + rd_u8(&r);
  else if(size == 30)
    size = 285u + rd_be16(&r);
  else if(size == 31)
    size = 65821u + rd_be24(&r);
  if(!rd_ok(&r))
    return PP_EFORMAT;
  v->size = size;
  switch(v->type) {
  case T_MAP:
  case T_ARRAY:
    break;                            /* the children follow */
  case T_BOOL:
    if(size > 1)
      return PP_EFORMAT;
    break;
  case T_CONTAINER:
  case T_END:
    return PP_EFORMAT;
  case T_UINT16:
  case T_UINT32:
  case T_INT32:
  case T_UINT64:
  case T_UINT128:
    if(size > (v->type == T_UINT16 ? 2u : v->type == T_UINT64 ? 8u :
               v->type == T_UINT128 ? 16u : 4u))
      return PP_EFORMAT;
    v->data = rd_ptr(&r, size);
    break;
  case T_FLOAT:
  case T_DOUBLE:
    if(size != (v->type == T_FLOAT ? 4u : 8u))
      return PP_EFORMAT;
    v->data = rd_ptr(&r, size);
    break;
  default:                            /* strings, bytes */
    v->data = rd_ptr(&r, size);
    break;
  }
  if(!rd_ok(&r))
    return PP_EFORMAT;
  v->next = off + (uint32_t)(r.pos - (s->base + off));
  return PP_OK;
}

/* Decode the value at off, following one pointer. */
static int decode_follow(struct sec *s, uint32_t off, struct val *v)
{
  uint32_t end;
  int rc = decode_one(s, off, v);
  if(rc || v->type != T_POINTER)
    return rc;
  end = v->next;
  rc = decode_one(s, v->ptr, v);
  if(rc)
    return rc;
  if(v->type == T_POINTER)
    return PP_EFORMAT;
  v->followed = true;
  v->ptr_end = end;
  if(v->type != T_MAP && v->type != T_ARRAY)
    v->next = end;
  return PP_OK;
}

/* Skip the value at off (pointers are not followed) and set *after to
 * the offset after it.  A loop, not a recursion: pending counts the
 * values still to skip. */
static int skip_value(struct sec *s, uint32_t off, uint32_t *after)
{
  uint64_t pending = 1;
  struct val v;
  while(pending > 0) {
    int rc = decode_one(s, off, &v);
    if(rc)
      return rc;
    pending--;
    if(v.type == T_MAP)
      pending += 2 * (uint64_t)v.size;
    else if(v.type == T_ARRAY)
      pending += v.size;
    off = v.next;
    if(pending > s->size - off)       /* each takes a byte at least */
      return PP_EFORMAT;
  }
  *after = off;
  return PP_OK;
}

/* The value of key in map m (followed).  PP_OK, PP_ENOTFOUND, or
 * PP_EFORMAT (a key that is not a string, bad bytes). */
static int map_find(struct sec *s, const struct val *m, const char *key,
                    struct val *out)
{
  size_t klen = strlen(key);
  uint32_t pos = m->next;
  uint32_t n = m->size;
  struct val k;
  int rc;

  while(n-- > 0) {
    rc = decode_follow(s, pos, &k);
    if(rc)
      return rc;
    if(k.type != T_UTF8)
      return PP_EFORMAT;
    pos = k.next;
    if(k.size == klen && memcmp(k.data, key, klen) == 0)
      return decode_follow(s, pos, out);
    rc = skip_value(s, pos, &pos);
    if(rc)
      return rc;
  }
  return PP_ENOTFOUND;
}

/* An unsigned integer value of at most 8 bytes, big-endian. */
static uint64_t uint_of(const struct val *v)
{
  struct pp_rd r;
  uint64_t u = 0;
  rd_init(&r, v->data, v->size);
  while(rd_left(&r) > 0)
    u = u << 8 | rd_u8(&r);
  return u;
}

static bool ascii_alpha(uint8_t c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* root[key].iso_code into out (3 bytes): "" when absent or not two
 * letters. */
static int read_iso(struct sec *s, const struct val *root, const char *key,
                    char *out)
{
  struct val m, v;
  struct pp_rd r;
  uint8_t c0, c1;
  int rc = map_find(s, root, key, &m);
  if(rc == PP_ENOTFOUND)
    return PP_OK;
  if(rc)
    return rc;
  if(m.type != T_MAP)
    return PP_EFORMAT;
  rc = map_find(s, &m, "iso_code", &v);
  if(rc == PP_ENOTFOUND)
    return PP_OK;
  if(rc)
    return rc;
  if(v.type != T_UTF8)
    return PP_EFORMAT;
  if(v.size != 2)
    return PP_OK;
  rd_init(&r, v.data, v.size);
  c0 = rd_u8(&r);
  c1 = rd_u8(&r);
  if(!rd_ok(&r) || !ascii_alpha(c0) || !ascii_alpha(c1))
    return PP_OK;
  out[0] = (char)(c0 & ~0x20);        /* ASCII upper case */
  out[1] = (char)(c1 & ~0x20);
  out[2] = '\0';
  return PP_OK;
}

static int read_asn(struct sec *s, const struct val *root,
                    struct geoip_info *out)
{
  struct val v;
  uint64_t u;
  int rc = map_find(s, root, "autonomous_system_number", &v);
  if(rc == PP_OK) {
    switch(v.type) {
    case T_INT32:                     /* negative only with 4 bytes */
      if(v.size == 4 && (uint_of(&v) & 0x80000000u))
        return PP_EFORMAT;
      /* fall through */
    case T_UINT16:
    case T_UINT32:
    case T_UINT64:
      u = uint_of(&v);
      if(u > UINT32_MAX)
        return PP_EFORMAT;
      out->asn = (uint32_t)u;
      break;
    default:
      return PP_EFORMAT;
    }
  }
  else if(rc != PP_ENOTFOUND)
    return rc;
  rc = map_find(s, root, "autonomous_system_organization", &v);
  if(rc == PP_ENOTFOUND)
    return PP_OK;
  if(rc)
    return rc;
  if(v.type != T_UTF8)
    return PP_EFORMAT;
  geoip_clean_org(v.data, v.size, out->as_org);
  return PP_OK;
}

UNITTEST int geoip_read_record(const uint8_t *sec, size_t size, uint32_t off,
                               bool want_asn, struct geoip_info *out)
{
  struct sec s;
  struct val root;
  int rc;

  if(!sec || !out || size == 0 || size > UINT32_MAX)
    return PP_EFORMAT;
  s.base = sec;
  s.size = (uint32_t)size;
  s.budget = DECODE_MAX;
  rc = decode_follow(&s, off, &root);
  if(rc)
    return rc;
  if(root.type != T_MAP)
    return PP_EFORMAT;
  if(want_asn)
    return read_asn(&s, &root, out);
  rc = read_iso(&s, &root, "country", out->country);
  if(rc == PP_OK)
    rc = read_iso(&s, &root, "registered_country", out->registered_country);
  return rc;
}

/* The items of array or map c (followed) must all be strings.  With
 * libmaxminddb 1.7.1 a language that is not a string leaks memory. */
static int all_strings(struct sec *s, const struct val *c)
{
  uint64_t n = (c->type == T_MAP ? 2u : 1u) * (uint64_t)c->size;
  uint32_t pos = c->next;
  struct val v;
  int rc;
  while(n-- > 0) {
    rc = decode_follow(s, pos, &v);
    if(rc)
      return rc;
    if(v.type != T_UTF8)
      return PP_EFORMAT;
    pos = v.next;
  }
  return PP_OK;
}

/* The keys libmaxminddb reads as containers or strings have the right
 * types: languages an array of strings, description a map of strings,
 * database_type a string.  (It checks the numbers itself, cleanly.) */
static int meta_types(const uint8_t *meta, uint32_t len)
{
  static const struct {
    const char *key;
    uint8_t type;
  } want[] = {
    { "languages", T_ARRAY }, { "description", T_MAP },
    { "database_type", T_UTF8 },
  };
  struct sec s;
  struct val root, v;
  size_t i;
  int rc;

  s.base = meta;
  s.size = len;
  s.budget = META_VALUES_MAX;
  rc = decode_follow(&s, 0, &root);
  if(rc)
    return rc;
  for(i = 0; i < PP_ARRAY_LEN(want); i++) {
    rc = map_find(&s, &root, want[i].key, &v);
    if(rc == PP_ENOTFOUND)
      continue;
    if(rc)
      return rc;
    if(v.type != want[i].type)
      return PP_EFORMAT;
    if(v.type != T_UTF8) {
      rc = all_strings(&s, &v);
      if(rc)
        return rc;
    }
  }
  return PP_OK;
}

/*
 * Walk the whole metadata map, following pointers, with an explicit
 * stack: at most META_DEPTH_MAX levels and META_VALUES_MAX values.  Map
 * keys must be strings.  Pointers in metadata are relative to its start
 * (libmaxminddb decodes it as a data section of its own).  Then the
 * types of what libmaxminddb reads as strings (meta_types()).
 */
UNITTEST int geoip_meta_check(const uint8_t *meta, size_t len)
{
  struct frame {
    uint32_t pos;         /* next child */
    uint64_t left;        /* children left (a map counts keys too) */
    bool is_map;
    bool followed;        /* reached through a pointer */
  } st[META_DEPTH_MAX];
  struct sec s;
  struct val v;
  unsigned depth;
  int rc;

  if(!meta || len == 0 || len > UINT32_MAX)
    return PP_EFORMAT;
  s.base = meta;
  s.size = (uint32_t)len;
  s.budget = META_VALUES_MAX;
  rc = decode_follow(&s, 0, &v);
  if(rc)
    return rc;
  if(v.type != T_MAP)
    return PP_EFORMAT;
  st[0].pos = v.next;
  st[0].left = 2 * (uint64_t)v.size;
  st[0].is_map = true;
  st[0].followed = v.followed;
  depth = 1;
  while(depth > 0) {
    struct frame *f = &st[depth - 1];
    bool key;
    if(f->left == 0) {
      depth--;
      if(depth > 0 && !f->followed)   /* the parent goes on after us */
        st[depth - 1].pos = f->pos;
      continue;
    }
    if(f->left > s.size - f->pos)     /* each takes a byte at least */
      return PP_EFORMAT;
    key = f->is_map && f->left % 2 == 0;
    rc = decode_follow(&s, f->pos, &v);
    if(rc)
      return rc;
    f->left--;
    if(key && v.type != T_UTF8)
      return PP_EFORMAT;
    if((v.type == T_MAP || v.type == T_ARRAY) && v.size > 0) {
      if(depth == META_DEPTH_MAX)
        return PP_EFORMAT;
      if(v.followed)
        f->pos = v.ptr_end;
      st[depth].pos = v.next;
      st[depth].left = (v.type == T_MAP ? 2u : 1u) * (uint64_t)v.size;
      st[depth].is_map = v.type == T_MAP;
      st[depth].followed = v.followed;
      depth++;
    }
    else
      f->pos = v.followed ? v.ptr_end : v.next;
  }
  return meta_types(meta, (uint32_t)len);
}

#endif /* HAVE_MAXMINDDB || PP_UNITTESTS */

/* ---- the facade ------------------------------------------------------- */

static void set_err(char *errbuf, const char *fmt, ...) PP_PRINTF(2, 3);
static void set_err(char *errbuf, const char *fmt, ...)
{
  va_list ap;
  if(!errbuf)
    return;
  va_start(ap, fmt);
  vsnprintf(errbuf, PP_ERRBUF_SIZE, fmt, ap);
  va_end(ap);
}

static void clear_info(struct geoip_info *out)
{
  memset(out, 0, sizeof(*out));
  out->country_prefix = -1;
  out->asn_prefix = -1;
}

#ifdef HAVE_MAXMINDDB

static const char META_MARKER[] = "\xab\xcd\xef" "MaxMind.com";
#define META_MARKER_LEN (sizeof(META_MARKER) - 1)

struct geoip_file {
  bool open;              /* mmdb must be MMDB_close()d */
  MMDB_s mmdb;
  char type[GEOIP_TYPE_MAX];
  char desc[GEOIP_DESC_MAX];
};

struct geoip {
  struct geoip_file db[2];    /* by enum geoip_db */
};

/* Printable ASCII of s into out (size bytes), others as '?'. */
static void ascii_copy(const char *s, char *out, size_t size)
{
  size_t n = 0;
  for(; s && *s && n + 1 < size; s++) {
    unsigned char c = (unsigned char)*s;
    out[n++] = c >= 0x20 && c < 0x7f ? (char)c : '?';
  }
  out[n] = '\0';
}

/* The metadata of an open file descriptor, checked before libmaxminddb
 * reads it (libmaxminddb's find_metadata(): the last marker in the last
 * META_BLOCK_MAX bytes; the metadata runs to the end of the file). */
static int meta_precheck(int fd, off_t fsize, const char *path,
                         char *errbuf)
{
  size_t n = fsize > META_BLOCK_MAX ? META_BLOCK_MAX : (size_t)fsize;
  off_t at = fsize - (off_t)n;
  size_t got = 0, i;
  bool found = false;
  uint8_t *buf;
  int rc = PP_OK;

  buf = pp_malloc(n);
  if(!buf) {
    set_err(errbuf, "%s: out of memory", path);
    return PP_ENOMEM;
  }
  while(got < n) {
    ssize_t r = pread(fd, buf + got, n - got, at + (off_t)got);
    if(r < 0 && errno == EINTR)
      continue;
    if(r <= 0) {
      set_err(errbuf, "%s: %s", path,
              r < 0 ? strerror(errno) : "file shrank while read");
      rc = PP_EIO;
      goto out;
    }
    got += (size_t)r;
  }
  for(i = n >= META_MARKER_LEN ? n - META_MARKER_LEN + 1 : 0; i-- > 0;) {
    if(memcmp(buf + i, META_MARKER, META_MARKER_LEN) == 0) {
      found = true;
      break;
    }
  }
  if(!found) {
    set_err(errbuf, "%s: not a MaxMind DB file (no metadata marker)",
            path);
    rc = PP_EFORMAT;
    goto out;
  }
  i += META_MARKER_LEN;
  if(geoip_meta_check(buf + i, n - i) != PP_OK) {
    set_err(errbuf, "%s: damaged MaxMind DB file (bad metadata)", path);
    rc = PP_EFORMAT;
  }
out:
  pp_free(buf);
  return rc;
}

/* libmaxminddb's open error as ours. */
static int open_error(int mrc, int err, const char *path, char *errbuf)
{
  switch(mrc) {
  case MMDB_FILE_OPEN_ERROR:
    set_err(errbuf, "%s: %s", path, strerror(err));
    return err == ENOENT ? PP_ENOENT : PP_EIO;
  case MMDB_IO_ERROR:
    set_err(errbuf, "%s: %s (%s)", path, MMDB_strerror(mrc),
            strerror(err));
    return PP_EIO;
  case MMDB_OUT_OF_MEMORY_ERROR:
    set_err(errbuf, "%s: out of memory", path);
    return PP_ENOMEM;
  case MMDB_INVALID_METADATA_ERROR:
  case MMDB_UNKNOWN_DATABASE_FORMAT_ERROR:
    set_err(errbuf, "%s: not a MaxMind DB file (%s)", path,
            MMDB_strerror(mrc));
    return PP_EFORMAT;
  default:
    set_err(errbuf, "%s: damaged MaxMind DB file (%s)", path,
            MMDB_strerror(mrc));
    return PP_EFORMAT;
  }
}

static void make_desc(struct geoip_file *d)
{
  uint64_t epoch = d->mmdb.metadata.build_epoch;
  char date[16] = "";
  struct tm tm;
  time_t t;

  if(epoch > 0 && epoch <= EPOCH_MAX) {
    t = (time_t)epoch;
    if(!gmtime_r(&t, &tm) ||
       strftime(date, sizeof(date), "%Y-%m-%d", &tm) == 0)
      date[0] = '\0';
  }
  if(date[0])
    snprintf(d->desc, sizeof(d->desc), "%s, built %s", d->type, date);
  else
    snprintf(d->desc, sizeof(d->desc), "%s, build date unknown", d->type);
}

static int file_open(struct geoip_file *d, const char *path,
                     enum geoip_db which, char *errbuf)
{
  const MMDB_metadata_s *md;
  struct stat st;
  int fd, rc, mrc;
  bool kind_ok;

  /* O_NONBLOCK: a FIFO named by mistake must not hang us; fstat then
   * refuses it */
  fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if(fd < 0) {
    int err = errno;
    set_err(errbuf, "%s: %s", path, strerror(err));
    return err == ENOENT ? PP_ENOENT : PP_EIO;
  }
  if(fstat(fd, &st) != 0) {
    set_err(errbuf, "%s: %s", path, strerror(errno));
    close(fd);
    return PP_EIO;
  }
  if(!S_ISREG(st.st_mode)) {
    set_err(errbuf, "%s: not a regular file", path);
    close(fd);
    return PP_EINVAL;
  }
  if(st.st_size == 0) {
    set_err(errbuf, "%s: empty file, not a MaxMind DB", path);
    close(fd);
    return PP_EFORMAT;
  }
  rc = meta_precheck(fd, st.st_size, path, errbuf);
  close(fd);
  if(rc)
    return rc;

  errno = 0;
  mrc = MMDB_open(path, MMDB_MODE_MMAP, &d->mmdb);
  if(mrc != MMDB_SUCCESS)
    return open_error(mrc, errno, path, errbuf);
  d->open = true;

  md = &d->mmdb.metadata;
  ascii_copy(md->database_type, d->type, sizeof(d->type));
  if((md->ip_version != 4 && md->ip_version != 6) ||
     (md->record_size != 24 && md->record_size != 28 &&
      md->record_size != 32) ||
     !md->database_type || d->mmdb.data_section_size < 3) {
    set_err(errbuf, "%s: unsupported MaxMind DB (ip_version %u, record "
            "size %u)", path, (unsigned)md->ip_version,
            (unsigned)md->record_size);
    return PP_EFORMAT;
  }
  kind_ok = which == GEOIP_DB_COUNTRY ?
            geoip_type_is_country(md->database_type) :
            geoip_type_is_asn(md->database_type);
  if(!kind_ok) {
    set_err(errbuf, "%s: database type '%s' is not %s", path, d->type,
            which == GEOIP_DB_COUNTRY ?
            "a country database (want a Country or City type)" :
            "an ASN database (want an ASN or ISP type)");
    return PP_EFORMAT;
  }
  make_desc(d);
  return PP_OK;
}

int geoip_open(const char *country_db, const char *asn_db,
               struct geoip **out, char *errbuf)
{
  struct geoip *g;
  int rc = PP_OK;

  if(errbuf)
    errbuf[0] = '\0';
  if(!out) {
    set_err(errbuf, "geoip_open: no output pointer");
    return PP_EINVAL;
  }
  *out = NULL;
  if(!country_db && !asn_db) {
    set_err(errbuf, "no GeoIP database given");
    return PP_EINVAL;
  }
  g = pp_calloc(1, sizeof(*g));
  if(!g) {
    set_err(errbuf, "out of memory");
    return PP_ENOMEM;
  }
  if(country_db)
    rc = file_open(&g->db[GEOIP_DB_COUNTRY], country_db, GEOIP_DB_COUNTRY,
                   errbuf);
  if(rc == PP_OK && asn_db)
    rc = file_open(&g->db[GEOIP_DB_ASN], asn_db, GEOIP_DB_ASN, errbuf);
  if(rc) {
    geoip_close(g);
    return rc;
  }
  *out = g;
  return PP_OK;
}

/* Look a up in one file; its fields into out. */
static int file_lookup(const struct geoip_file *d, const struct pp_addr *a,
                       enum geoip_db which, struct geoip_info *out)
{
  struct sockaddr_in sin;
  struct sockaddr_in6 sin6;
  const struct sockaddr *sa;
  MMDB_lookup_result_s res;
  struct geoip_info tmp;
  bool v4 = a->family == PP_AF_INET;
  int merr = MMDB_SUCCESS, plen, rc;

  if(v4) {
    memset(&sin, 0, sizeof(sin));
    sin.sin_family = AF_INET;
    memcpy(&sin.sin_addr, a->a, 4);
    sa = (const struct sockaddr *)&sin;
  }
  else {
    memset(&sin6, 0, sizeof(sin6));
    sin6.sin6_family = AF_INET6;
    memcpy(&sin6.sin6_addr, a->a, 16);
    sa = (const struct sockaddr *)&sin6;
  }
  res = MMDB_lookup_sockaddr(&d->mmdb, sa, &merr);
  if(merr == MMDB_IPV6_LOOKUP_IN_IPV4_DATABASE_ERROR)
    return PP_ENOTFOUND;
  if(merr != MMDB_SUCCESS)
    return PP_EFORMAT;
  if(!res.found_entry)
    return PP_ENOTFOUND;
  if(res.entry.offset >= d->mmdb.data_section_size)
    return PP_EFORMAT;
  plen = res.netmask;
  if(v4 && d->mmdb.metadata.ip_version == 6)    /* IPv4 is ::/96 */
    plen = plen > 96 ? plen - 96 : 0;
  if(plen > (v4 ? 32 : 128))
    return PP_EFORMAT;

  clear_info(&tmp);
  rc = geoip_read_record(d->mmdb.data_section, d->mmdb.data_section_size,
                         res.entry.offset, which == GEOIP_DB_ASN, &tmp);
  if(rc)
    return rc;
  if(which == GEOIP_DB_COUNTRY) {
    memcpy(out->country, tmp.country, sizeof(out->country));
    memcpy(out->registered_country, tmp.registered_country,
           sizeof(out->registered_country));
    out->country_prefix = plen;
  }
  else {
    out->asn = tmp.asn;
    memcpy(out->as_org, tmp.as_org, sizeof(out->as_org));
    out->asn_prefix = plen;
  }
  return PP_OK;
}

int geoip_lookup(const struct geoip *g, const struct pp_addr *a,
                 struct geoip_info *out)
{
  static const uint8_t mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                      0xff, 0xff };
  struct pp_addr v;
  bool found = false;
  int err = PP_OK;
  unsigned i;

  if(out)
    clear_info(out);
  if(!g || !a || !out ||
     (a->family != PP_AF_INET && a->family != PP_AF_INET6))
    return PP_EINVAL;
  v = *a;
  if(v.family == PP_AF_INET6 && memcmp(v.a, mapped, sizeof(mapped)) == 0)
    pp_addr_set4(&v, a->a + 12);
  for(i = 0; i < PP_ARRAY_LEN(g->db); i++) {
    int rc;
    if(!g->db[i].open)
      continue;
    rc = file_lookup(&g->db[i], &v, (enum geoip_db)i, out);
    if(rc == PP_OK)
      found = true;
    else if(rc != PP_ENOTFOUND && err == PP_OK)
      err = rc;
  }
  if(err)
    return err;
  return found ? PP_OK : PP_ENOTFOUND;
}

const char *geoip_db_desc(const struct geoip *g, enum geoip_db which)
{
  if(!g || (which != GEOIP_DB_COUNTRY && which != GEOIP_DB_ASN) ||
     !g->db[which].open)
    return NULL;
  return g->db[which].desc;
}

void geoip_close(struct geoip *g)
{
  unsigned i;
  if(!g)
    return;
  for(i = 0; i < PP_ARRAY_LEN(g->db); i++)
    if(g->db[i].open)
      MMDB_close(&g->db[i].mmdb);
  pp_free(g);
}

#else /* !HAVE_MAXMINDDB */

struct geoip {
  int unused;
};

int geoip_open(const char *country_db, const char *asn_db,
               struct geoip **out, char *errbuf)
{
  if(errbuf)
    errbuf[0] = '\0';
  if(!out) {
    set_err(errbuf, "geoip_open: no output pointer");
    return PP_EINVAL;
  }
  *out = NULL;
  if(!country_db && !asn_db) {
    set_err(errbuf, "no GeoIP database given");
    return PP_EINVAL;
  }
  set_err(errbuf, "GeoIP/ASN lookups are not built in: install "
          "libmaxminddb-dev and rebuild pressprobe");
  return PP_ENOTSUP;
}

int geoip_lookup(const struct geoip *g, const struct pp_addr *a,
                 struct geoip_info *out)
{
  if(out)
    clear_info(out);
  if(!g || !a || !out)
    return PP_EINVAL;
  return PP_ENOTSUP;
}

const char *geoip_db_desc(const struct geoip *g, enum geoip_db which)
{
  (void)g;
  (void)which;
  return NULL;
}

void geoip_close(struct geoip *g)
{
  pp_free(g);
}

#endif /* HAVE_MAXMINDDB */
