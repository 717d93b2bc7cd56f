/*
 * dpi.c: nDPI facade (nDPI 4.2 as shipped by Debian 12, and later 4.x/5.x
 * through the version guards below).
 */
#include "config.h"

#include <ndpi_api.h>
#include <stdio.h>

#include "dpi.h"
#include "pp_alloc.h"
#include "pp_err.h"

#define PP_NDPI_VER (NDPI_MAJOR * 100 + NDPI_MINOR)

#if PP_NDPI_VER >= 411
#define P_MASTER(p) ((p).proto.master_protocol)
#define P_APP(p) ((p).proto.app_protocol)
#else
#define P_MASTER(p) ((p).master_protocol)
#define P_APP(p) ((p).app_protocol)
#endif

struct dpi {
  struct ndpi_detection_module_struct *m;
};

struct dpi_flow {
  struct ndpi_flow_struct f;      /* nDPI's; zeroed at start */
};

int dpi_new(const char *protos_file, struct dpi **out, char *errbuf)
{
  struct dpi *d = pp_calloc(1, sizeof(*d));
  *out = NULL;
  if(!d) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "out of memory");
    return PP_ENOMEM;
  }
#if PP_NDPI_VER >= 410
  d->m = ndpi_init_detection_module(NULL);
#else
  d->m = ndpi_init_detection_module(ndpi_no_prefs);
#endif
  if(!d->m) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "nDPI initialisation failed");
    pp_free(d);
    return PP_ENOMEM;
  }
#if PP_NDPI_VER < 500
  {
    NDPI_PROTOCOL_BITMASK all;
    NDPI_BITMASK_SET_ALL(all);
    ndpi_set_protocol_detection_bitmask2(d->m, &all);
  }
#endif
  if(protos_file && ndpi_load_protocols_file(d->m, protos_file) != 0) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "cannot load nDPI protocols file %s",
             protos_file);
    ndpi_exit_detection_module(d->m);
    pp_free(d);
    return PP_EIO;
  }
#if PP_NDPI_VER >= 410
  if(ndpi_finalize_initialization(d->m) != 0) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "nDPI finalisation failed");
    ndpi_exit_detection_module(d->m);
    pp_free(d);
    return PP_ENOMEM;
  }
#else
  ndpi_finalize_initialization(d->m);
#endif
  *out = d;
  return PP_OK;
}

void dpi_free(struct dpi *d)
{
  if(!d)
    return;
  ndpi_exit_detection_module(d->m);
  pp_free(d);
}

const char *dpi_version(void)
{
  static char buf[48];
  snprintf(buf, sizeof(buf), "nDPI %s", ndpi_revision());
  return buf;
}

struct dpi_flow *dpi_flow_new(void)
{
  /* nDPI frees its heap members with ndpi_free_flow_data(); the struct
   * itself is ours. */
  return pp_calloc(1, sizeof(struct dpi_flow));
}

void dpi_flow_free(struct dpi_flow *f)
{
  if(!f)
    return;
  ndpi_free_flow_data(&f->f);
  pp_free(f);
}

static void set_result(struct dpi_result *res, ndpi_protocol p)
{
  res->master = P_MASTER(p);
  res->app = P_APP(p);
  res->category = (uint16_t)p.category;
}

bool dpi_classified(const struct dpi_result *res)
{
  return res->app != NDPI_PROTOCOL_UNKNOWN ||
         res->master != NDPI_PROTOCOL_UNKNOWN;
}

bool dpi_process(struct dpi *d, struct dpi_flow *f, const uint8_t *l3,
                 uint32_t len, pp_usec_t ts, struct dpi_result *res)
{
  ndpi_protocol p;
  if(len > 0xffff)
    len = 0xffff;
#if PP_NDPI_VER >= 406
  p = ndpi_detection_process_packet(d->m, &f->f, l3, (unsigned short)len,
                                    ts / 1000, NULL);
#else
  p = ndpi_detection_process_packet(d->m, &f->f, l3, (unsigned short)len,
                                    ts / 1000);
#endif
  set_result(res, p);
  if(!dpi_classified(res))
    return false;
#if PP_NDPI_VER < 500
  return !ndpi_extra_dissection_possible(d->m, &f->f);
#else
  return p.state == NDPI_STATE_CLASSIFIED;
#endif
}

void dpi_giveup(struct dpi *d, struct dpi_flow *f, struct dpi_result *res)
{
  ndpi_protocol p;
#if PP_NDPI_VER >= 500
  p = ndpi_detection_giveup(d->m, &f->f);
#elif PP_NDPI_VER >= 410
  u_int8_t guessed = 0;
  p = ndpi_detection_giveup(d->m, &f->f, &guessed);
#else
  u_int8_t guessed = 0;
  p = ndpi_detection_giveup(d->m, &f->f, 1, &guessed);
#endif
  set_result(res, p);
}

const char *dpi_flow_host(const struct dpi_flow *f)
{
  return f->f.host_server_name;
}

static enum dpi_family family_of(uint16_t id)
{
  switch(id) {
  case NDPI_PROTOCOL_HTTP:
  case NDPI_PROTOCOL_HTTP_CONNECT:
  case NDPI_PROTOCOL_HTTP_PROXY:
    return DPI_FAM_HTTP;
  case NDPI_PROTOCOL_TLS:
    return DPI_FAM_TLS;
  case NDPI_PROTOCOL_QUIC:
    return DPI_FAM_QUIC;
  case NDPI_PROTOCOL_DNS:
    return DPI_FAM_DNS;
  default:
    return DPI_FAM_OTHER;
  }
}

enum dpi_family dpi_family(const struct dpi_result *res)
{
  enum dpi_family fam = family_of(res->master);
  return fam != DPI_FAM_OTHER ? fam : family_of(res->app);
}

char *dpi_proto_name(struct dpi *d, const struct dpi_result *res, char *buf,
                     size_t cap)
{
  ndpi_protocol p;
  memset(&p, 0, sizeof(p));
  P_MASTER(p) = res->master;
  P_APP(p) = res->app;
  p.category = (ndpi_protocol_category_t)res->category;
  ndpi_protocol2name(d->m, p, buf, (u_int)cap);
  return buf;
}

const char *dpi_category_name(struct dpi *d, uint16_t category)
{
  const char *s = ndpi_category_get_name(d->m,
                                         (ndpi_protocol_category_t)category);
  return s ? s : "Unspecified";
}
