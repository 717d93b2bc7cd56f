/*
 * geoip.h: country and AS number of a site's server addresses, from
 * MaxMind-format databases (GeoLite2 / GeoIP2 / DB-IP files the operator
 * has; both optional), through libmaxminddb.
 *
 * Reference: MaxMind DB File Format Specification 2.0
 * (https://maxmind.github.io/MaxMind-DB/).  A file is a binary search
 * tree over the address bits, a data section of typed values (maps,
 * UTF-8 strings, unsigned integers, pointers ...) and a metadata map at
 * the end.  An IPv6 tree (ip_version 6) holds IPv4 under ::/96; an
 * IPv4 tree holds IPv4 only.
 *
 * This module is the only one that includes <maxminddb.h>.  Built
 * without libmaxminddb (HAVE_MAXMINDDB undefined), geoip_open() fails
 * with PP_ENOTSUP and a message saying what to install.  libmaxminddb
 * opens the file (mmap) and walks the search tree; the few values we
 * need from a record are read by our own bounded decoder (see geoip.c
 * for why).  The databases are operator-supplied files, not network
 * input, but a damaged or hostile file still only gives an error code.
 *
 * What we read: country.iso_code and registered_country.iso_code from a
 * country database (GeoLite2/GeoIP2 Country or City, DB-IP Country or
 * City: they share these keys); autonomous_system_number and
 * autonomous_system_organization from an ASN database (GeoLite2-ASN,
 * GeoIP2-ISP, DBIP-ASN).
 *
 * A struct geoip is read-only after geoip_open(): lookups from several
 * threads at once are fine.
 */
#ifndef PP_GEOIP_H
#define PP_GEOIP_H

#include "pp_common.h"
#include "pp_addr.h"

#define GEOIP_ORG_MAX 128        /* AS organisation, bytes with the NUL */
#define GEOIP_DESC_MAX 96        /* geoip_db_desc(), bytes with the NUL */
#define GEOIP_TYPE_MAX 64        /* database type kept for messages */

/* The two databases of a struct geoip. */
enum geoip_db {
  GEOIP_DB_COUNTRY,
  GEOIP_DB_ASN,
};

struct geoip;

/* What one address gives.  Strings are NUL-terminated UTF-8. */
struct geoip_info {
  char country[3];              /* ISO 3166-1 alpha-2, upper case; "" */
  char registered_country[3];   /* where the network is registered; "" */
  uint32_t asn;                 /* AS number; 0 = unknown */
  char as_org[GEOIP_ORG_MAX];   /* AS organisation, cleaned; "" */
  int country_prefix;           /* prefix length of the network matched */
  int asn_prefix;               /* (0-32 for IPv4, 0-128 for IPv6); -1 =
                                 * no entry or no such database */
};
/* The prefix is that of the search tree's record, as MaxMind's readers
 * report it: it may be longer than the network the file's author
 * inserted, when a more specific network split it (192.0.2.0/24 with
 * 192.0.2.128/25 inside is two /25 records). */

/*
 * Open the country database country_db and/or the ASN database asn_db
 * (paths; either may be NULL, not both).  Each must be a regular,
 * non-empty MaxMind DB file (format 2.x, record size 24, 28 or 32,
 * ip_version 4 or 6) of the right kind, by its metadata database_type:
 *
 *   country_db: contains "Country" or "City" ("GeoLite2-Country",
 *               "GeoIP2-City", "DBIP-City-Lite" ...), or "GeoIP2-
 *               Enterprise", or any other "DBIP-..." type; but not one
 *               that contains "ASN" or "ISP"
 *   asn_db:     contains "ASN" or "ISP" ("GeoLite2-ASN", "GeoIP2-ISP",
 *               "DBIP-ASN-Lite")
 *
 * The metadata is checked by our own bounded walk before libmaxminddb
 * reads it (nesting at most 16 deep, at most 4096 values; languages an
 * array of strings, description a map of strings, database_type a
 * string).
 *
 * On success *out is a new handle (geoip_close() it) and PP_OK is
 * returned.  Else *out is NULL, errbuf (PP_ERRBUF_SIZE bytes; may be
 * NULL) says why, naming the file, and the code is: PP_EINVAL (out
 * NULL, both paths NULL, a path that is not a regular file), PP_ENOENT
 * (no such file), PP_EIO (cannot read it), PP_EFORMAT (empty, not a
 * MaxMind DB, damaged, or a database of the wrong kind: the message
 * names the file and the type found), PP_ENOMEM, PP_ENOTSUP (built
 * without libmaxminddb).
 */
int geoip_open(const char *country_db, const char *asn_db,
               struct geoip **out, char *errbuf);

/*
 * Look up address a in each open database and fill *out (always
 * cleared first; unknown fields stay "" / 0 / -1).  An IPv4-mapped IPv6
 * address (::ffff:a.b.c.d) is looked up as the IPv4 address (its
 * prefix lengths then count IPv4 bits).  An IPv4 address in an IPv6
 * tree is found under ::/96 and its prefix counts IPv4 bits too.
 *
 *   iso codes:  a string of two ASCII letters, upper-cased; any other
 *               string (wrong length, digits) is treated as unknown
 *   asn:        uint16, uint32, uint64 or int32 that fits in 1..2^32-1
 *   as_org:     at most GEOIP_ORG_MAX - 1 bytes, cut at a character
 *               boundary (never between a letter and its combining
 *               marks); invalid UTF-8 becomes U+FFFD per bad byte;
 *               control characters (C0, DEL, C1) and bidirectional
 *               formatting characters (U+061C, U+200E, U+200F,
 *               U+202A-U+202E, U+2066-U+2069) and U+FEFF are removed;
 *               tab, line breaks, U+2028 and U+2029 become spaces; runs
 *               of spaces become one; leading and trailing spaces go
 *
 * Returns PP_OK (at least one database has an entry for a), PP_ENOTFOUND
 * (none has: an address in no network of the file, or an IPv6 address
 * and only IPv4 trees), PP_EINVAL (g, a or out NULL, a->family not
 * PP_AF_INET or PP_AF_INET6), PP_EFORMAT (a database is damaged where
 * the lookup went, or a value has the wrong type: a number where a map
 * or string belongs, an AS number that is a string, negative or over 32
 * bits; what the other database gave is still filled in), PP_ENOTSUP
 * (built without libmaxminddb).
 */
int geoip_lookup(const struct geoip *g, const struct pp_addr *a,
                 struct geoip_info *out);

/*
 * A one-line description of an open database for reports:
 * "GeoLite2-Country, built 2023-11-14" (the metadata build_epoch as a
 * UTC date; "build date unknown" when it is 0 or past year 9999).  The
 * type keeps printable ASCII only, at most GEOIP_TYPE_MAX - 1 bytes.
 * NULL when g is NULL or that database is not open.  The string lives
 * as long as g.
 */
const char *geoip_db_desc(const struct geoip *g, enum geoip_db which);

/* Close the databases and free g.  NULL is a no-op. */
void geoip_close(struct geoip *g);

/*
 * Whether a database_type names a country database / an ASN database
 * (the rules of geoip_open()).  NULL is neither.
 */
bool geoip_type_is_country(const char *type);
bool geoip_type_is_asn(const char *type);

#ifdef PP_UNITTESTS
/* These need no database and no libmaxminddb, so tests feed them
 * hand-made bytes. */

/* Clean len bytes of an organisation name into out (GEOIP_ORG_MAX), as
 * geoip_lookup() does. */
void geoip_clean_org(const uint8_t *p, size_t len, char *out);

/*
 * Read the country fields (want_asn false) or the ASN fields (true) of
 * the record at offset off of a data section sec[0..size) into out.
 * PP_OK, PP_EFORMAT (bad bytes, wrong types, the decode budget spent).
 */
int geoip_read_record(const uint8_t *sec, size_t size, uint32_t off,
                      bool want_asn, struct geoip_info *out);

/* Check a metadata section (the bytes after the last metadata marker):
 * a map, well formed, nesting and size bounded, the types of languages,
 * description and database_type.  PP_OK or PP_EFORMAT. */
int geoip_meta_check(const uint8_t *meta, size_t len);
#endif

#endif
