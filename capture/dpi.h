/*
 * dpi.h: the nDPI facade.  The only module that includes nDPI headers.
 *
 * nDPI gives each flow an application protocol and a category (used by the
 * crawl stage to skip infrastructure).  Names come from our own parsers;
 * nDPI's host_server_name is only a fallback for protocols we do not parse
 * ourselves (gQUIC).  The API differs between nDPI 4.2 (Debian 12) and
 * later releases; every difference is handled here with version guards
 * (see ../shared/notes/ndpi-4.2-api.md).
 *
 * A struct dpi is not thread-safe: one per capture thread.  Per-flow state
 * (struct dpi_flow, ~700 bytes plus nDPI's own buffers) should be freed as
 * soon as the flow is classified or named.
 */
#ifndef PP_DPI_H
#define PP_DPI_H

#include "pp_common.h"

struct dpi;
struct dpi_flow;

struct dpi_result {
  uint16_t master;      /* nDPI master protocol id, 0 = unknown */
  uint16_t app;         /* nDPI application protocol id, 0 = unknown */
  uint16_t category;    /* nDPI category id */
};

/* Protocol families the engine cares about. */
enum dpi_family {
  DPI_FAM_OTHER = 0,
  DPI_FAM_HTTP,
  DPI_FAM_TLS,
  DPI_FAM_QUIC,
  DPI_FAM_DNS,
};

/* New detection module with every dissector enabled.  protos_file, when not
 * NULL, is an nDPI protocols file (host and port rules).  errbuf gets the
 * reason on failure.  Returns PP_OK, PP_ENOMEM, PP_EIO. */
int dpi_new(const char *protos_file, struct dpi **out, char *errbuf);
void dpi_free(struct dpi *d);

/* "nDPI 4.2.0" style text of the library version in use. */
const char *dpi_version(void);

struct dpi_flow *dpi_flow_new(void);      /* zeroed; NULL on ENOMEM */
void dpi_flow_free(struct dpi_flow *f);   /* NULL ok */

/*
 * Feed one packet (l3 = IP header, len bytes, both directions in capture
 * order).  Fills *res; returns true once nDPI has classified the flow and
 * wants no more packets.
 */
bool dpi_process(struct dpi *d, struct dpi_flow *f, const uint8_t *l3,
                 uint32_t len, pp_usec_t ts, struct dpi_result *res);
/* Classified (res->app or master known), even if nDPI would like more. */
bool dpi_classified(const struct dpi_result *res);
/* Final guess for a flow nDPI could not classify (by port, address). */
void dpi_giveup(struct dpi *d, struct dpi_flow *f, struct dpi_result *res);
/* nDPI's host name of the flow ("" if none); valid until the flow is
 * freed. */
const char *dpi_flow_host(const struct dpi_flow *f);

enum dpi_family dpi_family(const struct dpi_result *res);
/* "TLS.Google", "HTTP", "Unknown" into buf (cap bytes); returns buf. */
char *dpi_proto_name(struct dpi *d, const struct dpi_result *res, char *buf,
                     size_t cap);
/* "Web", "Advertisement", ...; never NULL. */
const char *dpi_category_name(struct dpi *d, uint16_t category);

#endif
