/*
 * charset.c: the character set of a fetched page and its conversion to
 * NFC UTF-8 (see charset.h).
 *
 * References: HTML Standard 13.2.3.1-13.2.3.2 (encoding sniffing, the
 * "prescan a byte stream to determine its encoding" algorithm and its
 * "get an attribute" step), 2.5.x "algorithm for extracting a character
 * encoding from a meta element"; WHATWG Encoding Standard 4.2 (labels)
 * and 6 (BOM sniff); WHATWG MIME Sniffing 4.4 (parameters of a MIME
 * type); RFC 3629 (UTF-8); Unicode Standard Annex #15 (NFC); TCVN
 * 5712:1993 and VISCII (RFC 1456) for the Vietnamese encodings, which
 * iconv implements.
 *
 * Conversion is glibc iconv (every legacy encoding, stateful ones
 * included) followed by libunistring's u8_normalize(UNINORM_NFC).  What
 * is ours: the label table, the bounded meta prescan, invalid-input
 * handling (iconv stops at the first bad byte; we emit U+FFFD and go on)
 * and the output cap, applied during conversion so that a large body
 * costs no more than max_out.
 */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "charset.h"
#include "pp_alloc.h"
#include "pp_cursor.h"
#include "pp_err.h"

#define DEFAULT_FALLBACK "CP1258"
#define CT_MAX 4096              /* Content-Type octets looked at */
#define ATTR_NAME_MAX 32         /* longer attribute names are cut */
#define ATTR_VALUE_MAX 256       /* longer values are unusable */
#define RAW_SLACK 16             /* one iconv call may pass the raw cap */
#define RAW_ROOM 32              /* room for a flush and a U+FFFD */

/* WHATWG Encoding Standard labels of the encodings iconv has, then the
 * Vietnamese ones WHATWG lacks.  Lower case. */
static const struct charset_alias aliases[] = {
  /* UTF-8 */
  { "unicode-1-1-utf-8", "UTF-8" }, { "unicode11utf8", "UTF-8" },
  { "unicode20utf8", "UTF-8" }, { "utf-8", "UTF-8" }, { "utf8", "UTF-8" },
  { "x-unicode20utf8", "UTF-8" },
  /* Vietnamese */
  { "cp1258", "CP1258" }, { "windows-1258", "CP1258" },
  { "x-cp1258", "CP1258" },
  { "viscii", "VISCII" }, { "csviscii", "VISCII" },
  { "tcvn", "TCVN5712-1" }, { "tcvn-5712", "TCVN5712-1" },
  { "tcvn5712-1", "TCVN5712-1" }, { "tcvn5712-1:1993", "TCVN5712-1" },
  { "x-viet-tcvn5712", "TCVN5712-1" },
  /* windows-1252, which ISO-8859-1 and ASCII labels also mean */
  { "ansi_x3.4-1968", "CP1252" }, { "ascii", "CP1252" },
  { "cp1252", "CP1252" }, { "cp819", "CP1252" },
  { "csisolatin1", "CP1252" }, { "ibm819", "CP1252" },
  { "iso-8859-1", "CP1252" }, { "iso-ir-100", "CP1252" },
  { "iso8859-1", "CP1252" }, { "iso88591", "CP1252" },
  { "iso_8859-1", "CP1252" }, { "iso_8859-1:1987", "CP1252" },
  { "l1", "CP1252" }, { "latin1", "CP1252" }, { "us-ascii", "CP1252" },
  { "windows-1252", "CP1252" }, { "x-cp1252", "CP1252" },
  /* other Windows code pages */
  { "cp1250", "CP1250" }, { "windows-1250", "CP1250" },
  { "x-cp1250", "CP1250" },
  { "cp1251", "CP1251" }, { "windows-1251", "CP1251" },
  { "x-cp1251", "CP1251" },
  { "cp1253", "CP1253" }, { "windows-1253", "CP1253" },
  { "x-cp1253", "CP1253" },
  { "cp1254", "CP1254" }, { "csisolatin5", "CP1254" },
  { "iso-8859-9", "CP1254" }, { "iso-ir-148", "CP1254" },
  { "iso8859-9", "CP1254" }, { "iso88599", "CP1254" },
  { "iso_8859-9", "CP1254" }, { "iso_8859-9:1989", "CP1254" },
  { "l5", "CP1254" }, { "latin5", "CP1254" },
  { "windows-1254", "CP1254" }, { "x-cp1254", "CP1254" },
  { "cp1255", "CP1255" }, { "windows-1255", "CP1255" },
  { "x-cp1255", "CP1255" },
  { "cp1256", "CP1256" }, { "windows-1256", "CP1256" },
  { "x-cp1256", "CP1256" },
  { "cp1257", "CP1257" }, { "windows-1257", "CP1257" },
  { "x-cp1257", "CP1257" },
  { "dos-874", "CP874" }, { "iso-8859-11", "CP874" },
  { "iso8859-11", "CP874" }, { "iso885911", "CP874" },
  { "tis-620", "CP874" }, { "windows-874", "CP874" },
  /* ISO 8859 */
  { "csisolatin2", "ISO-8859-2" }, { "iso-8859-2", "ISO-8859-2" },
  { "iso-ir-101", "ISO-8859-2" }, { "iso8859-2", "ISO-8859-2" },
  { "iso88592", "ISO-8859-2" }, { "iso_8859-2", "ISO-8859-2" },
  { "iso_8859-2:1987", "ISO-8859-2" }, { "l2", "ISO-8859-2" },
  { "latin2", "ISO-8859-2" },
  { "csisolatin3", "ISO-8859-3" }, { "iso-8859-3", "ISO-8859-3" },
  { "iso-ir-109", "ISO-8859-3" }, { "iso8859-3", "ISO-8859-3" },
  { "iso88593", "ISO-8859-3" }, { "iso_8859-3", "ISO-8859-3" },
  { "iso_8859-3:1988", "ISO-8859-3" }, { "l3", "ISO-8859-3" },
  { "latin3", "ISO-8859-3" },
  { "csisolatin4", "ISO-8859-4" }, { "iso-8859-4", "ISO-8859-4" },
  { "iso-ir-110", "ISO-8859-4" }, { "iso8859-4", "ISO-8859-4" },
  { "iso88594", "ISO-8859-4" }, { "iso_8859-4", "ISO-8859-4" },
  { "iso_8859-4:1988", "ISO-8859-4" }, { "l4", "ISO-8859-4" },
  { "latin4", "ISO-8859-4" },
  { "csisolatincyrillic", "ISO-8859-5" }, { "cyrillic", "ISO-8859-5" },
  { "iso-8859-5", "ISO-8859-5" }, { "iso-ir-144", "ISO-8859-5" },
  { "iso8859-5", "ISO-8859-5" }, { "iso88595", "ISO-8859-5" },
  { "iso_8859-5", "ISO-8859-5" }, { "iso_8859-5:1988", "ISO-8859-5" },
  { "arabic", "ISO-8859-6" }, { "asmo-708", "ISO-8859-6" },
  { "csiso88596e", "ISO-8859-6" }, { "csiso88596i", "ISO-8859-6" },
  { "csisolatinarabic", "ISO-8859-6" }, { "ecma-114", "ISO-8859-6" },
  { "iso-8859-6", "ISO-8859-6" }, { "iso-8859-6-e", "ISO-8859-6" },
  { "iso-8859-6-i", "ISO-8859-6" }, { "iso-ir-127", "ISO-8859-6" },
  { "iso8859-6", "ISO-8859-6" }, { "iso88596", "ISO-8859-6" },
  { "iso_8859-6", "ISO-8859-6" }, { "iso_8859-6:1987", "ISO-8859-6" },
  { "csisolatingreek", "ISO-8859-7" }, { "ecma-118", "ISO-8859-7" },
  { "elot_928", "ISO-8859-7" }, { "greek", "ISO-8859-7" },
  { "greek8", "ISO-8859-7" }, { "iso-8859-7", "ISO-8859-7" },
  { "iso-ir-126", "ISO-8859-7" }, { "iso8859-7", "ISO-8859-7" },
  { "iso88597", "ISO-8859-7" }, { "iso_8859-7", "ISO-8859-7" },
  { "iso_8859-7:1987", "ISO-8859-7" }, { "sun_eu_greek", "ISO-8859-7" },
  { "csiso88598e", "ISO-8859-8" }, { "csisolatinhebrew", "ISO-8859-8" },
  { "hebrew", "ISO-8859-8" }, { "iso-8859-8", "ISO-8859-8" },
  { "iso-8859-8-e", "ISO-8859-8" }, { "iso-ir-138", "ISO-8859-8" },
  { "iso8859-8", "ISO-8859-8" }, { "iso88598", "ISO-8859-8" },
  { "iso_8859-8", "ISO-8859-8" }, { "iso_8859-8:1988", "ISO-8859-8" },
  { "visual", "ISO-8859-8" },
  { "csiso88598i", "ISO-8859-8" }, { "iso-8859-8-i", "ISO-8859-8" },
  { "logical", "ISO-8859-8" },
  { "csisolatin6", "ISO-8859-10" }, { "iso-8859-10", "ISO-8859-10" },
  { "iso-ir-157", "ISO-8859-10" }, { "iso8859-10", "ISO-8859-10" },
  { "iso885910", "ISO-8859-10" }, { "l6", "ISO-8859-10" },
  { "latin6", "ISO-8859-10" },
  { "iso-8859-13", "ISO-8859-13" }, { "iso8859-13", "ISO-8859-13" },
  { "iso885913", "ISO-8859-13" },
  { "iso-8859-14", "ISO-8859-14" }, { "iso8859-14", "ISO-8859-14" },
  { "iso885914", "ISO-8859-14" },
  { "csisolatin9", "ISO-8859-15" }, { "iso-8859-15", "ISO-8859-15" },
  { "iso8859-15", "ISO-8859-15" }, { "iso885915", "ISO-8859-15" },
  { "iso_8859-15", "ISO-8859-15" }, { "l9", "ISO-8859-15" },
  { "iso-8859-16", "ISO-8859-16" },
  /* Cyrillic */
  { "866", "IBM866" }, { "cp866", "IBM866" }, { "csibm866", "IBM866" },
  { "ibm866", "IBM866" },
  { "cskoi8r", "KOI8-R" }, { "koi", "KOI8-R" }, { "koi8", "KOI8-R" },
  { "koi8-r", "KOI8-R" }, { "koi8_r", "KOI8-R" },
  { "koi8-ru", "KOI8-U" }, { "koi8-u", "KOI8-U" },
  { "x-mac-cyrillic", "MAC-CYRILLIC" },
  { "x-mac-ukrainian", "MAC-CYRILLIC" },
  { "csmacintosh", "MACINTOSH" }, { "mac", "MACINTOSH" },
  { "macintosh", "MACINTOSH" }, { "x-mac-roman", "MACINTOSH" },
  /* Chinese, Japanese, Korean */
  { "chinese", "GBK" }, { "csgb2312", "GBK" },
  { "csiso58gb231280", "GBK" }, { "gb2312", "GBK" },
  { "gb_2312", "GBK" }, { "gb_2312-80", "GBK" }, { "gbk", "GBK" },
  { "iso-ir-58", "GBK" }, { "x-gbk", "GBK" },
  { "gb18030", "GB18030" },
  { "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" },
  { "cn-big5", "BIG5-HKSCS" }, { "csbig5", "BIG5-HKSCS" },
  { "x-x-big5", "BIG5-HKSCS" },
  { "cseucpkdfmtjapanese", "EUC-JP" }, { "euc-jp", "EUC-JP" },
  { "x-euc-jp", "EUC-JP" },
  { "csiso2022jp", "ISO-2022-JP" }, { "iso-2022-jp", "ISO-2022-JP" },
  { "csshiftjis", "CP932" }, { "ms932", "CP932" },
  { "ms_kanji", "CP932" }, { "shift-jis", "CP932" },
  { "shift_jis", "CP932" }, { "sjis", "CP932" },
  { "windows-31j", "CP932" }, { "x-sjis", "CP932" },
  { "cseuckr", "CP949" }, { "csksc56011987", "CP949" },
  { "euc-kr", "CP949" }, { "iso-ir-149", "CP949" },
  { "korean", "CP949" }, { "ks_c_5601-1987", "CP949" },
  { "ks_c_5601-1989", "CP949" }, { "ksc5601", "CP949" },
  { "ksc_5601", "CP949" }, { "windows-949", "CP949" },
  /* UTF-16 */
  { "unicodefffe", "UTF-16BE" }, { "utf-16be", "UTF-16BE" },
  { "csunicode", "UTF-16LE" }, { "iso-10646-ucs-2", "UTF-16LE" },
  { "ucs-2", "UTF-16LE" }, { "unicode", "UTF-16LE" },
  { "unicodefeff", "UTF-16LE" }, { "utf-16", "UTF-16LE" },
  { "utf-16le", "UTF-16LE" },
};

static bool is_ws(uint8_t c)
{
  /* ASCII whitespace (HTML, Encoding Standard) */
  return c == 0x09 || c == 0x0a || c == 0x0c || c == 0x0d || c == 0x20;
}

static uint8_t lower(uint8_t c)
{
  return c >= 'A' && c <= 'Z' ? (uint8_t)(c + 32) : c;
}

static bool is_alpha(uint8_t c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_name_char(uint8_t c)
{
  return is_alpha(c) || (c >= '0' && c <= '9') ||
         (c && strchr("._:+()-", c));
}

static bool iconv_knows(const char *name)
{
  iconv_t cd = iconv_open("UTF-8", name);
  if(cd == (iconv_t)-1)
    return false;
  iconv_close(cd);
  return true;
}

bool charset_label(const char *label, size_t len, char *name)
{
  struct pp_rd rd;
  char buf[CHARSET_NAME_MAX], low[CHARSET_NAME_MAX];
  size_t a = 0, b = len, i;
  if(!label || !name)
    return false;
  rd_init(&rd, label, len);
  while(a < b && is_ws(rd_peek(&rd, a)))
    a++;
  while(b > a && is_ws(rd_peek(&rd, b - 1)))
    b--;
  if(a == b || b - a >= CHARSET_NAME_MAX)
    return false;
  for(i = a; i < b; i++) {
    uint8_t c = rd_peek(&rd, i);
    if(!is_name_char(c))
      return false;
    buf[i - a] = (char)c;
    low[i - a] = (char)lower(c);
  }
  buf[b - a] = low[b - a] = '\0';
  for(i = 0; i < PP_ARRAY_LEN(aliases); i++)
    if(!strcmp(aliases[i].label, low)) {
      snprintf(name, CHARSET_NAME_MAX, "%s", aliases[i].iconv);
      return true;
    }
  if(!iconv_knows(buf))
    return false;
  memcpy(name, buf, b - a + 1);
  return true;
}

UNITTEST bool charset_ct_param(const char *ct, char *label, size_t size)
{
  struct pp_rd rd;
  uint8_t c;
  rd_init(&rd, ct, strnlen(ct, CT_MAX));
  /* type/subtype */
  while(rd_left(&rd) && rd_peek(&rd, 0) != ';')
    rd_skip(&rd, 1);
  while(rd_left(&rd)) {
    size_t nlen = 0, o = 0, start;
    bool over = false;
    char pname[8];
    rd_skip(&rd, 1);                /* the ';' */
    while(is_ws(rd_peek(&rd, 0)))
      rd_skip(&rd, 1);
    /* name, up to '=' or ';' */
    while(rd_left(&rd) && (c = rd_peek(&rd, 0)) != '=' && c != ';') {
      if(nlen < sizeof(pname))
        pname[nlen] = (char)lower(c);
      nlen++;
      rd_skip(&rd, 1);
    }
    while(nlen && nlen <= sizeof(pname) && is_ws((uint8_t)pname[nlen - 1]))
      nlen--;
    if(rd_peek(&rd, 0) != '=' || !rd_left(&rd))
      continue;
    rd_skip(&rd, 1);
    if(nlen != 7 || memcmp(pname, "charset", 7)) {
      /* skip the value; a quoted one may hold ';' */
      if(rd_peek(&rd, 0) == '"') {
        rd_skip(&rd, 1);
        while(rd_left(&rd) && (c = rd_u8(&rd)) != '"')
          if(c == '\\')
            rd_skip(&rd, PP_MIN((size_t)1, rd_left(&rd)));
      }
      while(rd_left(&rd) && rd_peek(&rd, 0) != ';')
        rd_skip(&rd, 1);
      continue;
    }
    if(rd_peek(&rd, 0) == '"') {
      rd_skip(&rd, 1);
      while(rd_left(&rd) && (c = rd_u8(&rd)) != '"') {
        if(c == '\\' && rd_left(&rd))
          c = rd_u8(&rd);
        if(o + 1 < size)
          label[o++] = (char)c;
        else
          over = true;
      }
    }
    else {
      start = o;
      while(rd_left(&rd) && (c = rd_peek(&rd, 0)) != ';') {
        if(o + 1 < size)
          label[o++] = (char)c;
        else if(!is_ws(c))
          over = true;
        rd_skip(&rd, 1);
      }
      while(o > start && is_ws((uint8_t)label[o - 1]))
        o--;
    }
    if(size)
      label[o] = '\0';
    return size && !over;
  }
  return false;
}

struct attr {
  char name[ATTR_NAME_MAX];
  size_t nlen;
  char value[ATTR_VALUE_MAX];
  size_t vlen;
  bool vlong;             /* the value did not fit: unusable */
};

static void add_name(struct attr *a, uint8_t c)
{
  if(a->nlen + 1 < sizeof(a->name))
    a->name[a->nlen++] = (char)lower(c);
}

static void add_value(struct attr *a, uint8_t c)
{
  if(a->vlen + 1 < sizeof(a->value))
    a->value[a->vlen++] = (char)lower(c);
  else
    a->vlong = true;
}

/*
 * HTML "get an attribute" from rd[*pos..n).  True with *a filled; false
 * when there is none, with *pos at the '>' that ends the tag, or at n when
 * the input ended first (the prescan then stops).
 */
static bool get_attr(const struct pp_rd *rd, size_t n, size_t *pos,
                     struct attr *a)
{
  size_t i = *pos;
  uint8_t c, q;
  memset(a, 0, sizeof(*a));
  while(i < n && (is_ws(rd_peek(rd, i)) || rd_peek(rd, i) == '/'))
    i++;
  if(i >= n || rd_peek(rd, i) == '>')
    goto none;
  for(;; i++) {                     /* name */
    if(i >= n)
      goto none;
    c = rd_peek(rd, i);
    if(c == '=' && a->nlen)
      break;
    if(is_ws(c)) {
      while(i < n && is_ws(rd_peek(rd, i)))
        i++;
      if(i >= n)
        goto none;
      if(rd_peek(rd, i) != '=')
        goto done;                  /* a name without a value */
      break;
    }
    if(c == '/' || c == '>')
      goto done;
    add_name(a, c);
  }
  i++;                              /* past '=' */
  while(i < n && is_ws(rd_peek(rd, i)))
    i++;
  if(i >= n)
    goto none;
  c = rd_peek(rd, i);
  if(c == '"' || c == '\'') {
    q = c;
    for(i++;; i++) {
      if(i >= n)
        goto none;
      c = rd_peek(rd, i);
      if(c == q) {
        i++;
        goto done;
      }
      add_value(a, c);
    }
  }
  if(c == '>')
    goto done;
  for(;; i++) {
    if(i >= n)
      goto none;
    c = rd_peek(rd, i);
    if(is_ws(c) || c == '>')
      goto done;
    add_value(a, c);
  }
done:
  a->name[a->nlen] = '\0';
  a->value[a->vlen] = '\0';
  *pos = i;
  return true;
none:
  *pos = i;
  return false;
}

/* HTML "extracting a character encoding from a meta element": the label
 * after "charset=" in a content attribute value (lower case already). */
static bool content_charset(const char *v, char *label, size_t size)
{
  const char *p = v, *e;
  for(;;) {
    p = strstr(p, "charset");
    if(!p)
      return false;
    p += 7;
    while(is_ws((uint8_t)*p))
      p++;
    if(*p == '=')
      break;
  }
  p++;
  while(is_ws((uint8_t)*p))
    p++;
  if(*p == '"' || *p == '\'') {
    e = strchr(p + 1, *p);
    if(!e)
      return false;
    p++;
  }
  else {
    if(!*p)
      return false;
    for(e = p; *e && !is_ws((uint8_t)*e) && *e != ';'; e++)
      ;
  }
  snprintf(label, size, "%.*s", (int)(e - p), p);
  return true;
}

/* Does rd[i..) start with s (ASCII case-insensitive)? */
static bool starts(const struct pp_rd *rd, size_t n, size_t i,
                   const char *s)
{
  size_t k, m = strlen(s);
  if(n - i < m)
    return false;
  for(k = 0; k < m; k++)
    if(lower(rd_peek(rd, i + k)) != (uint8_t)s[k])
      return false;
  return true;
}

/* Index of the first '>' at or after i, or n. */
static size_t find_gt(const struct pp_rd *rd, size_t n, size_t i)
{
  while(i < n && rd_peek(rd, i) != '>')
    i++;
  return i;
}

/* A <meta>'s attributes from *pos; true and name set when it declares a
 * usable encoding. */
static bool meta_tag(const struct pp_rd *rd, size_t n, size_t *pos,
                     char *name)
{
  struct attr a;
  char label[ATTR_VALUE_MAX];
  bool seen_he = false, seen_content = false, seen_charset = false;
  bool got_pragma = false, have = false;
  int need_pragma = -1;             /* -1 null, 0 false, 1 true */
  while(get_attr(rd, n, pos, &a)) {
    if(!strcmp(a.name, "http-equiv")) {
      if(seen_he)
        continue;
      seen_he = true;
      if(!strcmp(a.value, "content-type"))
        got_pragma = true;
    }
    else if(!strcmp(a.name, "content")) {
      if(seen_content)
        continue;
      seen_content = true;
      if(!have && !a.vlong &&
         content_charset(a.value, label, sizeof(label))) {
        have = true;
        need_pragma = 1;
      }
    }
    else if(!strcmp(a.name, "charset")) {
      if(seen_charset)
        continue;
      seen_charset = true;
      if(a.vlong)
        continue;
      snprintf(label, sizeof(label), "%s", a.value);
      have = true;
      need_pragma = 0;
    }
  }
  if(*pos >= n || need_pragma < 0 || (need_pragma == 1 && !got_pragma) ||
     !have || !charset_label(label, strlen(label), name))
    return false;
  /* a page that can say so in ASCII is not UTF-16 */
  if(!strncmp(name, "UTF-16", 6))
    snprintf(name, CHARSET_NAME_MAX, "UTF-8");
  return true;
}

UNITTEST bool charset_meta_prescan(const uint8_t *body, size_t len,
                                   char *name)
{
  struct pp_rd rd;
  struct attr a;
  size_t i = 0, n = len;
  rd_init(&rd, body, len);
  while(i < n) {
    if(starts(&rd, n, i, "<!--")) {
      /* the first '>' after two '-' (those of "<!--" count) */
      for(i += 4; i < n; i++)
        if(rd_peek(&rd, i) == '>' && rd_peek(&rd, i - 1) == '-' &&
           rd_peek(&rd, i - 2) == '-')
          break;
    }
    else if(starts(&rd, n, i, "<meta") && i + 5 < n &&
            (is_ws(rd_peek(&rd, i + 5)) || rd_peek(&rd, i + 5) == '/')) {
      i += 5;
      if(meta_tag(&rd, n, &i, name))
        return true;
    }
    else if(rd_peek(&rd, i) == '<' && i + 1 < n &&
            (is_alpha(rd_peek(&rd, i + 1)) ||
             (rd_peek(&rd, i + 1) == '/' && i + 2 < n &&
              is_alpha(rd_peek(&rd, i + 2))))) {
      for(i++; i < n && !is_ws(rd_peek(&rd, i)) && rd_peek(&rd, i) != '>';
          i++)
        ;
      while(get_attr(&rd, n, &i, &a))
        ;
    }
    else if(starts(&rd, n, i, "<!") || starts(&rd, n, i, "</") ||
            starts(&rd, n, i, "<?"))
      i = find_gt(&rd, n, i + 1);
    if(i >= n)
      break;
    i++;                            /* next byte */
  }
  return false;
}

/* Is body valid UTF-8?  A sequence cut by the end counts as valid: the
 * fetcher may have cut the body. */
static bool utf8_valid(const uint8_t *body, size_t len)
{
  struct pp_rd rd;
  rd_init(&rd, body, len);
  while(rd_left(&rd)) {
    uint8_t c = rd_u8(&rd), lo = 0x80, hi = 0xbf;
    size_t need, k;
    if(c < 0x80)
      continue;
    if(c >= 0xc2 && c <= 0xdf)
      need = 1;
    else if(c >= 0xe0 && c <= 0xef) {
      need = 2;
      lo = c == 0xe0 ? 0xa0 : 0x80;     /* no overlongs */
      hi = c == 0xed ? 0x9f : 0xbf;     /* no surrogates */
    }
    else if(c >= 0xf0 && c <= 0xf4) {
      need = 3;
      lo = c == 0xf0 ? 0x90 : 0x80;
      hi = c == 0xf4 ? 0x8f : 0xbf;     /* up to U+10FFFF */
    }
    else
      return false;
    for(k = 0; k < need; k++) {
      if(!rd_left(&rd))
        return true;
      c = rd_u8(&rd);
      if(c < lo || c > hi)
        return false;
      lo = 0x80;
      hi = 0xbf;
    }
  }
  return true;
}

enum charset_source charset_detect(const char *content_type,
                                   const uint8_t *body, size_t len,
                                   const char *fallback, char *name)
{
  struct pp_rd rd;
  char label[CHARSET_NAME_MAX + 8];
  rd_init(&rd, body, len);
  if(rd_peek(&rd, 0) == 0xef && rd_peek(&rd, 1) == 0xbb &&
     rd_peek(&rd, 2) == 0xbf) {
    snprintf(name, CHARSET_NAME_MAX, "UTF-8");
    return CHARSET_FROM_BOM;
  }
  if(len >= 2 && rd_peek(&rd, 0) == 0xfe && rd_peek(&rd, 1) == 0xff) {
    snprintf(name, CHARSET_NAME_MAX, "UTF-16BE");
    return CHARSET_FROM_BOM;
  }
  if(len >= 2 && rd_peek(&rd, 0) == 0xff && rd_peek(&rd, 1) == 0xfe) {
    snprintf(name, CHARSET_NAME_MAX, "UTF-16LE");
    return CHARSET_FROM_BOM;
  }
  if(content_type && charset_ct_param(content_type, label, sizeof(label)) &&
     charset_label(label, strlen(label), name))
    return CHARSET_FROM_HTTP;
  if(charset_meta_prescan(body, PP_MIN(len, (size_t)CHARSET_SNIFF_MAX),
                          name))
    return CHARSET_FROM_META;
  if(utf8_valid(body, len))
    snprintf(name, CHARSET_NAME_MAX, "UTF-8");
  else if(!fallback || !charset_label(fallback, strlen(fallback), name))
    snprintf(name, CHARSET_NAME_MAX, DEFAULT_FALLBACK);
  return CHARSET_FROM_GUESS;
}

/* Make room for `room` more bytes after len in *buf (cap *cap, never
 * over max). */
static int grow(char **buf, size_t *cap, size_t len, size_t room,
                size_t max)
{
  size_t ncap;
  char *nb;
  if(*cap - len >= room)
    return PP_OK;
  ncap = *cap ? *cap : 256;
  while(ncap - len < room && ncap < max)
    ncap = ncap > max / 2 ? max : ncap * 2;
  if(ncap - len < room)
    return PP_ELIMIT;
  nb = pp_realloc(*buf, ncap);
  if(!nb)
    return PP_ENOMEM;
  *buf = nb;
  *cap = ncap;
  return PP_OK;
}

/* Octets of one code unit of the encoding: what an invalid one costs. */
static size_t unit_size(const char *name)
{
  if(!strncasecmp(name, "UTF-16", 6) || !strncasecmp(name, "UCS-2", 5) ||
     !strncasecmp(name, "UTF16", 5))
    return 2;
  if(!strncasecmp(name, "UTF-32", 6) || !strncasecmp(name, "UCS-4", 5) ||
     !strncasecmp(name, "UTF32", 5))
    return 4;
  return 1;
}

/* Bytes of a BOM of the encoding at the start of in, or 0. */
static size_t bom_len(const char *name, const uint8_t *in, size_t len)
{
  struct pp_rd rd;
  rd_init(&rd, in, len);
  if((!strcasecmp(name, "UTF-8") || !strcasecmp(name, "UTF8")) &&
     rd_peek(&rd, 0) == 0xef && rd_peek(&rd, 1) == 0xbb &&
     rd_peek(&rd, 2) == 0xbf)
    return 3;
  if(len >= 2 && !strcasecmp(name, "UTF-16LE") && rd_peek(&rd, 0) == 0xff &&
     rd_peek(&rd, 1) == 0xfe)
    return 2;
  if(len >= 2 && !strcasecmp(name, "UTF-16BE") && rd_peek(&rd, 0) == 0xfe &&
     rd_peek(&rd, 1) == 0xff)
    return 2;
  return 0;
}

/* Start of the code point before i in UTF-8 s (i > 0). */
static size_t prev_cp(const uint8_t *s, size_t i)
{
  i--;
  while(i > 0 && (s[i] & 0xc0) == 0x80)
    i--;
  return i;
}

/* Canonical combining class of the code point at s[i..n). */
static int ccc_at(const uint8_t *s, size_t n, size_t i)
{
  ucs4_t uc;
  u8_mbtouc(&uc, s + i, n - i);
  return uc_combining_class(uc);
}

/* Where to cut s[0..n) to keep at most max bytes: a code point boundary
 * that splits no base from its combining marks.  more: the text goes on
 * after n (conversion stopped), so the last character may be cut too. */
static size_t cut_point(const uint8_t *s, size_t n, size_t max, bool more)
{
  size_t cut = PP_MIN(n, max);
  if(cut == n && !more)
    return n;
  if(cut == n && cut > 0)
    cut = prev_cp(s, cut);
  while(cut > 0 && cut < n && (s[cut] & 0xc0) == 0x80)
    cut--;
  while(cut > 0 && ccc_at(s, n, cut) != 0)
    cut = prev_cp(s, cut);
  return cut;
}

/*
 * Code points that NFC leaves alone wherever they stand: combining class
 * 0, their own NFC, and the second character of no composition.  A text
 * of these alone is NFC already (UAX #15 9, quick check "yes"), so the
 * normalization pass is skipped: most Vietnamese pages are ASCII,
 * Latin-1, the precomposed letters of Latin Extended Additional, common
 * punctuation and currency signs (the dong sign).  The ranges are
 * checked against libunistring by test_charset for every code point in
 * them (charset_nfc_stable_ranges).
 */
static const struct {
  uint32_t lo, hi;
} nfc_stable[] = {
  {0x0000, 0x02FF},   /* ASCII .. Spacing Modifier Letters */
  {0x1E00, 0x1EFF},   /* Latin Extended Additional */
  {0x2010, 0x2027},   /* dashes, quotes, bullets, ellipsis */
  {0x2030, 0x205E},   /* per mille .. punctuation */
  {0x20A0, 0x20C0},   /* currency signs */
};

static bool nfc_stable_cp(uint32_t c)
{
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(nfc_stable); i++)
    if(c >= nfc_stable[i].lo && c <= nfc_stable[i].hi)
      return true;
  return false;
}

/* True when s (well-formed UTF-8: iconv's output) is NFC for certain. */
static bool quick_nfc(const char *s, size_t n)
{
  const uint8_t *p = (const uint8_t *)s, *end = p + n;
  while(p < end) {
    uint32_t c;
    if(*p < 0x80) {
      p++;
      continue;
    }
    if(*p < 0xe0 && p + 1 < end) {
      c = ((uint32_t)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
      p += 2;
    } else if(*p < 0xf0 && p + 2 < end) {
      c = ((uint32_t)(p[0] & 0x0f) << 12) | ((uint32_t)(p[1] & 0x3f) << 6) |
          (p[2] & 0x3f);
      p += 3;
    } else {
      return false;                   /* astral, or cut: the full pass */
    }
    if(!nfc_stable_cp(c))
      return false;
  }
  return true;
}

int charset_to_utf8(const char *name, const uint8_t *in, size_t len,
                    size_t max_out, uint8_t **out, size_t *out_len,
                    bool *truncated, size_t *invalid)
{
  iconv_t cd;
  char *raw = NULL, *ip, *op;
  uint8_t *nfc = NULL, *res;
  size_t raw_len = 0, cap = 0, raw_cap, buf_max, inleft, ol, room, nlen;
  size_t nbad = 0, unit, cut, skip, r;
  bool stopped = false;
  int rc = PP_OK, err;
  if(out)
    *out = NULL;
  if(out_len)
    *out_len = 0;
  if(truncated)
    *truncated = false;
  if(invalid)
    *invalid = 0;
  if(!name || !out || !out_len || (!in && len))
    return PP_EINVAL;
  cd = iconv_open("UTF-8", name);
  if(cd == (iconv_t)-1)
    return PP_ENOTSUP;
  /* raw output before NFC: twice the cap leaves room for composition
   * (NFD Vietnamese shrinks to about 0.6) and bounds the work */
  raw_cap = max_out > (SIZE_MAX / 4) ? SIZE_MAX / 2 : 2 * max_out + 256;
  buf_max = raw_cap + RAW_SLACK + RAW_ROOM;
  unit = unit_size(name);
  skip = bom_len(name, in, len);
  ip = in ? (char *)(uintptr_t)(in + skip) : NULL;
  inleft = len - skip;
  while(inleft) {
    if(raw_len >= raw_cap) {
      stopped = true;
      break;
    }
    rc = grow(&raw, &cap, raw_len, PP_MIN(len, raw_cap) + RAW_ROOM,
              buf_max);
    if(rc == PP_ELIMIT)
      rc = grow(&raw, &cap, raw_len, RAW_ROOM, buf_max);
    if(rc != PP_OK)
      goto done;
    op = raw + raw_len;
    room = PP_MIN(cap - raw_len, raw_cap + RAW_SLACK - raw_len);
    ol = room;
    r = iconv(cd, &ip, &inleft, &op, &ol);
    err = errno;
    raw_len += room - ol;
    if(r != (size_t)-1)
      break;
    if(err == E2BIG) {
      if(room == ol) {              /* no progress: treat as the cap */
        stopped = true;
        break;
      }
      continue;
    }
    /* EILSEQ or EINVAL (cut at the end): emit what the converter holds
     * back, then U+FFFD, and skip one code unit */
    rc = grow(&raw, &cap, raw_len, RAW_ROOM, buf_max);
    if(rc != PP_OK)
      goto done;
    op = raw + raw_len;
    ol = cap - raw_len;
    iconv(cd, NULL, NULL, &op, &ol);
    raw_len = (size_t)(op - raw);
    memcpy(raw + raw_len, "\xef\xbf\xbd", 3);
    raw_len += 3;
    nbad++;
    if(err == EINVAL)
      break;
    skip = PP_MIN(unit, inleft);
    ip += skip;
    inleft -= skip;
  }
  if(!stopped && raw_len < raw_cap + RAW_SLACK) {
    /* the converter's held-back character (CP1258, TCVN compose) */
    rc = grow(&raw, &cap, raw_len, RAW_ROOM, buf_max);
    if(rc != PP_OK)
      goto done;
    op = raw + raw_len;
    ol = cap - raw_len;
    iconv(cd, NULL, NULL, &op, &ol);
    raw_len = (size_t)(op - raw);
  }
  if(raw_len && !quick_nfc(raw, raw_len)) {
    nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)raw, raw_len, NULL,
                       &nlen);
    if(!nfc) {
      rc = PP_ENOMEM;
      goto done;
    }
  }
  else
    nlen = raw_len;
  {
    const uint8_t *text = nfc ? nfc : (const uint8_t *)raw;
    cut = text ? cut_point(text, nlen, max_out, stopped) : 0;
    res = pp_malloc(cut + 1);
    if(!res) {
      rc = PP_ENOMEM;
      goto done;
    }
    if(cut)
      memcpy(res, text, cut);
    res[cut] = '\0';
  }
  *out = res;
  *out_len = cut;
  if(truncated)
    *truncated = stopped || cut < nlen;
  if(invalid)
    *invalid = nbad;
done:
  free(nfc);                        /* libunistring allocates with malloc */
  pp_free(raw);
  iconv_close(cd);
  return rc;
}

#ifdef PP_UNITTESTS
size_t charset_nfc_stable_ranges(uint32_t *lo, uint32_t *hi, size_t cap)
{
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(nfc_stable) && i < cap; i++) {
    lo[i] = nfc_stable[i].lo;
    hi[i] = nfc_stable[i].hi;
  }
  return PP_ARRAY_LEN(nfc_stable);
}

const struct charset_alias *charset_aliases(size_t *n)
{
  *n = PP_ARRAY_LEN(aliases);
  return aliases;
}
#endif
