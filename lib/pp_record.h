/*
 * pp_record.h: one inventory record, the unit that capture produces and
 * every sink (SQLite store, JSON lines, later Kafka) writes.
 *
 * A record is the traffic of one name (FQDN) in one time bucket.  Records
 * of the same (name, bucket_start) merge by adding counters, taking the
 * min of first_seen and max of last_seen, OR-ing `via`, merging the
 * HyperLogLog of clients and uniting the bounded server and path sets.
 *
 * Privacy: no field holds a client address.  `clients` is a HyperLogLog
 * of a keyed hash of client addresses (see pp_hll.h, pp_siphash.h).
 *
 * Ownership: the producer (capture/inventory.c) owns every pointer; sinks
 * copy what they keep and must not free anything.
 */
#ifndef PP_RECORD_H
#define PP_RECORD_H

#include "pp_addr.h"
#include "pp_common.h"

struct pp_hll;

/* How a name was seen (bit set, stored as an integer). */
enum pp_via {
  PP_VIA_HTTP = 1u << 0,      /* HTTP/1.x Host header or absolute URI */
  PP_VIA_TLS = 1u << 1,       /* TLS ClientHello server_name over TCP */
  PP_VIA_QUIC = 1u << 2,      /* QUIC Initial ClientHello server_name */
  PP_VIA_DNS = 1u << 3,       /* DNS query/answer name */
  PP_VIA_DNS_ATTR = 1u << 4,  /* flow with no name, attributed by DNS cache */
  PP_VIA_ECH_FRONT = 1u << 5, /* outer (public) name of an ECH ClientHello */
};
#define PP_VIA_ALL 0x3fu

/*
 * Text form of a via set: ';'-joined subset of
 * "http;tls;quic;dns;dns-attributed;ech-front" in that order.
 * Writes into buf (at least PP_VIA_STRLEN bytes); returns buf.
 */
#define PP_VIA_STRLEN 64
char *pp_via_str(unsigned via, char *buf);
/* Parse that text form back; returns PP_OK or PP_EINVAL. */
int pp_via_parse(const char *s, unsigned *via);

/* Bounded sample of URL paths (no query string) seen for a name. */
struct pp_path_sample {
  const char *path;
  uint64_t hits;
};

struct pp_record {
  const char *name;          /* lowercase ASCII; IDN labels as punycode */
  const char *site;          /* registrable domain (eTLD+1), or the name */
  const char *unicode;       /* UTF-8 display form, NULL when same as name */
  pp_usec_t bucket_start;    /* start of the time bucket (UTC, usec) */
  uint32_t bucket_seconds;   /* bucket length */
  pp_usec_t first_seen;      /* first packet/lookup in this bucket */
  pp_usec_t last_seen;
  uint64_t flows;            /* flows attributed to the name */
  uint64_t packets;          /* packets of those flows, both directions */
  uint64_t bytes_up;         /* client to server, IP bytes */
  uint64_t bytes_down;       /* server to client */
  uint64_t lookups;          /* DNS questions for the name */
  unsigned via;              /* enum pp_via bits */
  const struct pp_hll *clients;  /* distinct-client sketch; may be NULL */
  const char *proto;         /* nDPI protocol name ("TLS.Google"), or NULL */
  const char *category;      /* nDPI category name, or NULL */
  const struct pp_addr *servers;  /* server addresses, n_servers of them */
  size_t n_servers;
  const struct pp_path_sample *paths;
  size_t n_paths;
};

#endif
