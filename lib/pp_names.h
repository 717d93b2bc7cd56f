/*
 * pp_names.h: host names as the inventory keeps them.
 *
 * Names arrive from HTTP Host headers, TLS/QUIC server_name and DNS.  The
 * inventory key is the normalized ASCII form: lowercase, no trailing dot,
 * no port, IDN labels as punycode (IDNA2008 with UTS #46 mapping, libidn2),
 * only letters, digits, '-' and '_' in labels of 1..63 bytes, at most 253
 * bytes, at least two labels.  IP literals and single-label names
 * (intranet names like "wpad") are not web domains: they are rejected with
 * their own result so callers can count them.  So are names that carry an
 * address (they could carry a subscriber's): reverse-DNS names, four
 * numeric labels in a row (DNSBL lookups), a numeric last label, and IP
 * literals spelled with full-width digits or ideographic dots (checked
 * after IDNA mapping).
 *
 * The registrable domain ("site", eTLD+1) comes from libpsl's built-in
 * Public Suffix List; the display form turns punycode labels back into
 * Unicode.
 */
#ifndef PP_NAMES_H
#define PP_NAMES_H

#include "pp_common.h"

#define PP_NAME_MAX 253
#define PP_NAME_BUF (PP_NAME_MAX + 1)
/* Unicode display forms can be longer than their punycode. */
#define PP_NAME_UNICODE_BUF 1024

enum pp_name_result {
  PP_NAME_OK = 0,
  PP_NAME_EMPTY,          /* nothing left after trimming */
  PP_NAME_IP_LITERAL,     /* an IPv4 or IPv6 address */
  PP_NAME_SINGLE_LABEL,   /* no dot: intranet, NetBIOS, mDNS-like */
  PP_NAME_TOO_LONG,       /* over 253 bytes or a label over 63 */
  PP_NAME_BAD_CHARS,      /* bytes outside the host name alphabet */
  PP_NAME_BAD_IDN,        /* UTF-8 that IDNA refuses */
  PP_NAME_EMBEDDED_ADDR,  /* carries an IP address: reverse-DNS names,
                             DNSBL queries (4.3.2.1.zen.example), a numeric
                             last label; never inventoried (privacy) */
  PP_NAME_RESULT_COUNT
};

/* Input may carry a ":port" (Host header) or be "[v6]:port". */
#define PP_NAME_HOSTPORT 0x1u

/* Short identifier of a result ("ip-literal", ...), for statistics. */
const char *pp_name_result_name(enum pp_name_result r);

/*
 * Normalize len bytes at in into out (PP_NAME_BUF bytes).  On anything but
 * PP_NAME_OK, out holds an empty string.
 */
enum pp_name_result pp_name_normalize(const char *in, size_t len,
                                      unsigned flags, char out[PP_NAME_BUF]);

/*
 * Registrable domain of a normalized name into out (PP_NAME_BUF).  A name
 * that has none (it is a public suffix itself, e.g. "com.vn") is its own
 * site.  Returns out.
 */
char *pp_name_site(const char *name, char out[PP_NAME_BUF]);

/* How many labels of a normalized name are its public suffix in the
 * Public Suffix List's ICANN section, without the default rule ("gov.vn"
 * of "binhlam.gov.vn": 2; "vn": 1); 0 when its top-level label is not in
 * the list ("congnghe360"). */
unsigned pp_name_suffix_labels(const char *name);

/*
 * Unicode display form of a normalized name into out (cap bytes).
 * Returns true when it differs from the name (some xn-- label decoded),
 * false otherwise (out then holds the name unchanged, or "" if it did not
 * fit).
 */
bool pp_name_unicode(const char *name, char *out, size_t cap);

#endif
