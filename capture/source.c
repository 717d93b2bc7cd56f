/*
 * source.c: capture-file sources.  Classic pcap files (every variant
 * libpcap knows) are read through libpcap; pcapng files through our own
 * reader (pcapng.c), because libpcap 1.10 refuses sections whose
 * interfaces have different link types.  A BPF filter is compiled per link
 * type with pcap_open_dead() and applied with pcap_offline_filter().
 */
#include "config.h"

#include <errno.h>
#include <pcap/pcap.h>
#include <stdio.h>
#include <sys/stat.h>

#include "pcapng.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "source.h"

#define FILTERS_MAX 16            /* distinct link types with a filter */

struct filter {
  int linktype;
  struct bpf_program prog;
};

struct file_source {
  struct source base;
  pcap_t *p;                      /* classic pcap, or NULL */
  FILE *f;                        /* pcapng */
  struct pcapng *ng;
  int dlt;
  off_t size;
  const char *bpf;                /* filter text (pcapng), or NULL */
  struct filter filters[FILTERS_MAX];
  int n_filters;
};

static int pcap_src_next(struct source *s, struct src_packet *pkt)
{
  struct file_source *fs = (struct file_source *)s;
  struct pcap_pkthdr *h;
  const u_char *data;
  int rc = pcap_next_ex(fs->p, &h, &data);
  if(pp_likely(rc == 1)) {
    pkt->ts = (pp_usec_t)h->ts.tv_sec * 1000000u + (pp_usec_t)h->ts.tv_usec;
    pkt->data = data;
    pkt->caplen = h->caplen;
    pkt->wirelen = h->len;
    pkt->dlt = fs->dlt;
    return 1;
  }
  if(rc == PCAP_ERROR_BREAK)
    return 0;
  snprintf(s->err, sizeof(s->err), "%s", pcap_geterr(fs->p));
  return PP_EIO;
}

/* The compiled filter for a link type, compiling it on first use. */
static const struct bpf_program *filter_for(struct file_source *fs,
                                            int linktype)
{
  pcap_t *dead;
  struct filter *flt;
  int i;
  for(i = 0; i < fs->n_filters; i++)
    if(fs->filters[i].linktype == linktype)
      return &fs->filters[i].prog;
  if(fs->n_filters == FILTERS_MAX)
    return NULL;
  flt = &fs->filters[fs->n_filters];
  dead = pcap_open_dead(linktype, 262144);
  if(!dead)
    return NULL;
  if(pcap_compile(dead, &flt->prog, fs->bpf, 1, PCAP_NETMASK_UNKNOWN)) {
    snprintf(fs->base.err, sizeof(fs->base.err), "filter '%s': %s",
             fs->bpf, pcap_geterr(dead));
    pcap_close(dead);
    return NULL;
  }
  pcap_close(dead);
  flt->linktype = linktype;
  fs->n_filters++;
  return &flt->prog;
}

static int ng_src_next(struct source *s, struct src_packet *pkt)
{
  struct file_source *fs = (struct file_source *)s;
  struct pcapng_packet np;
  int rc;
  while((rc = pcapng_next(fs->ng, &np)) == 1) {
    if(fs->bpf) {
      const struct bpf_program *prog = filter_for(fs, np.linktype);
      struct pcap_pkthdr h;
      if(!prog)
        return PP_EINVAL;
      memset(&h, 0, sizeof(h));
      h.caplen = np.caplen;
      h.len = np.wirelen;
      if(!pcap_offline_filter(prog, &h, np.data))
        continue;
    }
    pkt->ts = np.ts;
    pkt->data = np.data;
    pkt->caplen = np.caplen;
    pkt->wirelen = np.wirelen;
    pkt->dlt = np.linktype;         /* LINKTYPE_ values: decode.h takes them */
    return 1;
  }
  if(rc < 0)
    snprintf(s->err, sizeof(s->err), "%s", pcapng_error(fs->ng));
  return rc;
}

static void src_close(struct source *s)
{
  struct file_source *fs = (struct file_source *)s;
  int i;
  if(fs->p)
    pcap_close(fs->p);
  pcapng_close(fs->ng);
  if(fs->f)
    fclose(fs->f);
  for(i = 0; i < fs->n_filters; i++)
    pcap_freecode(&fs->filters[i].prog);
  pp_free(fs);
}

static double src_progress(struct source *s)
{
  struct file_source *fs = (struct file_source *)s;
  FILE *f = fs->p ? pcap_file(fs->p) : fs->f;
  long pos;
  if(!f || fs->size <= 0)
    return -1.0;
  pos = ftell(f);
  return pos < 0 ? -1.0 : (double)pos / (double)fs->size;
}

static const struct source_ops pcap_ops = {
  pcap_src_next, src_close, src_progress,
};

static const struct source_ops ng_ops = {
  ng_src_next, src_close, src_progress,
};

static int open_pcapng(struct file_source *fs, const char *path,
                       const char *bpf, char *errbuf)
{
  int rc;
  fs->base.ops = &ng_ops;
  rc = pcapng_open(fs->f, &fs->ng, errbuf);
  if(rc)
    return rc;
  if(bpf && *bpf) {
    /* check the expression once, on Ethernet, to fail early */
    fs->bpf = bpf;
    if(!filter_for(fs, 1)) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "%s", fs->base.err);
      return PP_EINVAL;
    }
  }
  (void)path;
  return PP_OK;
}

static int open_pcap(struct file_source *fs, const char *path,
                     const char *bpf, char *errbuf)
{
  char pcap_err[PCAP_ERRBUF_SIZE];
  fs->base.ops = &pcap_ops;
  fs->p = pcap_fopen_offline_with_tstamp_precision(
    fs->f, PCAP_TSTAMP_PRECISION_MICRO, pcap_err);
  if(!fs->p) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, pcap_err);
    return PP_EFORMAT;
  }
  fs->f = NULL;                   /* libpcap closes it */
  fs->dlt = pcap_datalink(fs->p);
  if(bpf && *bpf) {
    struct bpf_program prog;
    if(pcap_compile(fs->p, &prog, bpf, 1, PCAP_NETMASK_UNKNOWN) != 0 ||
       pcap_setfilter(fs->p, &prog) != 0) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "filter '%s': %s", bpf,
               pcap_geterr(fs->p));
      return PP_EINVAL;
    }
    pcap_freecode(&prog);
  }
  return PP_OK;
}

int source_open_file(const char *path, const char *bpf, struct source **out,
                     char *errbuf)
{
  struct file_source *fs;
  struct stat st;
  uint8_t magic[4];
  int rc;

  *out = NULL;
  if(stat(path, &st) != 0) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, strerror(errno));
    return errno == ENOENT ? PP_ENOENT : PP_EIO;
  }
  if(S_ISDIR(st.st_mode)) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: is a directory", path);
    return PP_EFORMAT;
  }
  if(st.st_size == 0) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: empty file", path);
    return PP_EFORMAT;
  }
  fs = pp_calloc(1, sizeof(*fs));
  if(!fs) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "out of memory");
    return PP_ENOMEM;
  }
  fs->size = st.st_size;
  fs->f = fopen(path, "rb");
  if(!fs->f) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, strerror(errno));
    pp_free(fs);
    return PP_EIO;
  }
  if(fread(magic, 1, 4, fs->f) != 4 || fseek(fs->f, 0, SEEK_SET) != 0) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: too short for a capture file",
             path);
    src_close(&fs->base);
    return PP_EFORMAT;
  }
  if(magic[0] == 0x0a && magic[1] == 0x0d && magic[2] == 0x0d &&
     magic[3] == 0x0a)
    rc = open_pcapng(fs, path, bpf, errbuf);
  else
    rc = open_pcap(fs, path, bpf, errbuf);
  if(rc) {
    src_close(&fs->base);
    return rc;
  }
  *out = &fs->base;
  return PP_OK;
}

void source_close(struct source *s)
{
  if(s)
    s->ops->close(s);
}
