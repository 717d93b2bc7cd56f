/*
 * engine.h: the capture engine: frames in, inventory records out.
 *
 * For each frame: decode to the innermost IP packet; DNS over UDP is
 * parsed statelessly (names looked up, answers into the DNS cache);
 * everything else goes to its flow.  While a flow is "pending" it is fed
 * to nDPI and its first client bytes are searched for a name (HTTP Host,
 * TLS ClientHello, QUIC Initial, also behind PROXY protocol, SOCKS, RDP's
 * TPKT and STARTTLS).  Once the flow is named (or the search is over) and
 * nDPI has classified it, the pending state (nDPI flow, stream buffers,
 * QUIC reassembly) is freed: a named flow then costs a hash lookup and a
 * few counter updates per packet.  A flow with no name of its own is
 * attributed through the DNS cache (server address -> the name a client
 * resolved) when it ends its search.
 *
 * The engine never prints and never writes a client address anywhere:
 * clients reach the inventory only as keyed SipHash values.
 */
#ifndef PP_ENGINE_H
#define PP_ENGINE_H

#include "decode.h"
#include "flowtab.h"
#include "inventory.h"
#include "pp_common.h"
#include "pp_names.h"

#define ENGINE_ECH_FRONTS_MAX 4096
#define ENGINE_PENDING_PKTS_MAX 64   /* packets a flow may stay pending */
#define ENGINE_DPI_PKTS_MAX 32       /* packets fed to nDPI at most */
/* A packet more than this ahead of the clock is held until the next
 * packet: if that one is far ahead too, the jump is real (captures merged
 * from different days) and the held packet goes on at its own time; if
 * not, its timestamp was damaged and it goes on at the current time
 * (counted).  One damaged record must not move the clock for the rest of
 * the run. */
#define ENGINE_JUMP_MAX_USEC (24ull * 3600 * 1000000)

struct engine_config {
  size_t max_flows;                  /* flow table limit */
  size_t dns_cache_max;              /* DNS cache entries */
  uint32_t dns_min_ttl, dns_max_ttl; /* seconds */
  uint32_t stream_max;               /* client bytes kept for name search */
  size_t max_pending_bytes;          /* all flows' reassembly buffers and
                                        QUIC contexts together */
  struct flowtab_timeouts timeouts;  /* idle timeouts per flow list */
  struct inv_config inv;             /* buckets, names, servers, paths */
  uint8_t client_key[16];            /* SipHash key for client addresses */
  uint64_t hash_seed;                /* flow table seed; 0 = random */
  const char *ndpi_protos;           /* nDPI protocols file, or NULL */
};

/* Defaults for every field (key zero: set it from the secret file). */
void engine_config_defaults(struct engine_config *cfg);

/* Why the name search of a flow ended, for statistics. */
enum engine_name_src {
  ENGINE_NAMED_HTTP = 0,
  ENGINE_NAMED_TLS,
  ENGINE_NAMED_QUIC,
  ENGINE_NAMED_DPI,           /* nDPI's host name (gQUIC ...) */
  ENGINE_NAMED_DNS_ATTR,
  ENGINE_NAMED_ECH_FRONT,
  ENGINE_UNNAMED,
  ENGINE_NAME_SRC_COUNT
};

struct engine_stats {
  uint64_t packets, bytes;                 /* frames seen, wire bytes */
  uint64_t decode[DECODE_RESULT_COUNT];    /* per decode result */
  uint64_t late_packets;       /* timestamp before the current time */
  uint64_t time_jumps;         /* timestamps far ahead, not believed */
  uint64_t flows_created;
  uint64_t flows_ended_idle;   /* idle timeout */
  uint64_t flows_ended_closed; /* FIN/RST then linger */
  uint64_t flows_evicted;      /* flow table full (limit max_flows) */
  uint64_t flows_alloc_failed;
  uint64_t flows_named[ENGINE_NAME_SRC_COUNT];
  uint64_t names_rejected[PP_NAME_RESULT_COUNT];
  uint64_t ech_fronts_seen;    /* ClientHellos to a known ECH front */
  uint64_t ech_grease;         /* ECH extension with a real site name */
  uint64_t ech_learned_limit;  /* DNS-learned ECH names not kept: full */
  uint64_t dns_messages;
  uint64_t dns_truncated;
  uint64_t dns_malformed;
  uint64_t dns_bad_names;      /* question names we do not inventory */
  uint64_t dns_other_types;    /* PTR, TXT, SRV ... not inventoried */
  uint64_t dns_nxdomain;
  uint64_t dns_answers;        /* addresses put in the DNS cache */
  uint64_t mdns_llmnr_ignored; /* UDP 5353/5355 link-local names */
  uint64_t tls_malformed;
  uint64_t tls_no_sni;
  uint64_t http_malformed;
  uint64_t quic_initials;
  uint64_t quic_crypto_failed;
  uint64_t quic_malformed;
  uint64_t quic_limit;
  uint64_t stream_segments_dropped;
  uint64_t stream_full;
  uint64_t pending_alloc_failed;
  uint64_t pending_budget;     /* name searches stopped: max-pending-bytes */
  uint64_t flows_reused;       /* a new SYN on a finished 4-tuple */
  uint64_t dpi_giveups;
  /* gauges */
  size_t flows_active;
  size_t flows_peak;
  size_t pending_active;
  size_t pending_bytes;        /* reassembly buffers + QUIC contexts now */
  size_t flowtab_bytes;
};

struct engine;

/* errbuf (PP_ERRBUF_SIZE) gets the reason on failure. */
int engine_new(const struct engine_config *cfg, struct engine **out,
               char *errbuf);
void engine_free(struct engine *e);

/* Where flushed records go (store, JSON lines). */
void engine_set_sink(struct engine *e, inv_sink_fn sink, void *user);

/* Add a known ECH public name (rules/ech-fronts.txt).  PP_OK, PP_ELIMIT,
 * PP_EINVAL (not a valid name), PP_ENOMEM. */
int engine_add_ech_front(struct engine *e, const char *name);

/* One captured frame: link type, capture time, bytes present (caplen)
 * and the frame's length on the wire. */
void engine_packet(struct engine *e, int dlt, pp_usec_t ts,
                   const uint8_t *data, uint32_t caplen, uint32_t wirelen);

/* Write out the current bucket now (periodic flush of a live capture). */
int engine_flush(struct engine *e);
/* End of input: end every flow and flush.  Returns the first sink error. */
int engine_finish(struct engine *e);

void engine_get_stats(const struct engine *e, struct engine_stats *st);
void engine_get_inv_stats(const struct engine *e, struct inv_stats *st);
/* Text name of a name source ("http", "dns-attributed", ...). */
const char *engine_name_src_str(enum engine_name_src s);

#endif
