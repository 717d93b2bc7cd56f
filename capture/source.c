/*
 * source.c: capture-file sources.
 *
 * Files are mapped read-only and read in place by our readers: classic
 * pcap (pcapfile.c) and pcapng (pcapng.c, which also takes sections whose
 * interfaces have different link types, which libpcap 1.10 refuses).
 * Reading from the mapping skips the read(2) and per-record copies of a
 * stdio reader, which on a page-cached file are most of the cost of
 * reading.  Other pcap variants (Kuznetzov, Nokia) go through libpcap.
 * A BPF filter is compiled once per link type with pcap_open_dead() and
 * applied with pcap_offline_filter().
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pcap/pcap.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pcapfile.h"
#include "pcapng.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "source.h"

#define FILTERS_MAX 16            /* distinct link types with a filter */
/* Mapped pages behind the read position are released in steps of this
 * size, so that resident memory does not grow with the file. */
#define RELEASE_STEP (8u * 1024 * 1024)

struct filter {
  int linktype;
  struct bpf_program prog;
};

struct file_source {
  struct source base;
  pcap_t *p;                      /* libpcap fallback, or NULL */
  FILE *f;                        /* its stream before libpcap owns it */
  const uint8_t *map;             /* the mapped file */
  size_t map_len;
  size_t released;                /* bytes of the mapping given back */
  size_t populated;               /* bytes of the mapping populated */
  struct pcapng *ng;
  struct pcapfile *pf;
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

/* File link types (LINKTYPE_*) that libpcap knows by another DLT_ value. */
static int dlt_of_linktype(int linktype)
{
  switch(linktype) {
  case 100: return DLT_ATM_RFC1483;
  case 101: return DLT_RAW;
  default: return linktype;
  }
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
  if(fs->n_filters == FILTERS_MAX) {
    snprintf(fs->base.err, sizeof(fs->base.err),
             "filter: more than %d link types in one file", FILTERS_MAX);
    return NULL;
  }
  flt = &fs->filters[fs->n_filters];
  dead = pcap_open_dead(dlt_of_linktype(linktype), 262144);
  if(!dead)
    return NULL;
  /* the filter text is not repeated: it may name a client address */
  if(pcap_compile(dead, &flt->prog, fs->bpf, 1, PCAP_NETMASK_UNKNOWN)) {
    snprintf(fs->base.err, sizeof(fs->base.err), "filter: %s",
             pcap_geterr(dead));
    pcap_close(dead);
    return NULL;
  }
  pcap_close(dead);
  flt->linktype = linktype;
  fs->n_filters++;
  return &flt->prog;
}

/* Apply the filter, if any, to a packet of this link type. */
static int keep(struct file_source *fs, int linktype, const uint8_t *data,
                uint32_t caplen, uint32_t wirelen)
{
  const struct bpf_program *prog;
  struct pcap_pkthdr h;
  if(!fs->bpf)
    return 1;
  prog = filter_for(fs, linktype);
  if(!prog)
    return PP_EINVAL;
  memset(&h, 0, sizeof(h));
  h.caplen = caplen;
  h.len = wirelen;
  return pcap_offline_filter(prog, &h, data) ? 1 : 0;
}

/*
 * Keep the mapping ahead of the reader populated and give back what lies
 * behind it.  Populating AHEAD_STEP bytes at a time (MADV_POPULATE_READ,
 * Linux 5.14) replaces one page fault per page with one call per step;
 * where the kernel lacks it, pages fault in as usual.  Pages behind `pos`
 * (less one step, as the current packet may start before pos) are
 * dropped from this process's mapping; the page cache keeps them, and
 * resident memory stays flat however large the file.
 */
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif
#define AHEAD_STEP (4u * 1024 * 1024)

static void window(struct file_source *fs, size_t pos)
{
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  if(pos + AHEAD_STEP > fs->populated && fs->populated < fs->map_len) {
    size_t from = fs->populated, len = PP_MIN(2 * (size_t)AHEAD_STEP,
                                              fs->map_len - from);
    madvise((void *)(fs->map + from), len, MADV_POPULATE_READ);
    fs->populated = from + len;
  }
  if(pos >= fs->released + 2 * (size_t)RELEASE_STEP) {
    size_t upto = (pos - RELEASE_STEP) / page * page;
    madvise((void *)(fs->map + fs->released), upto - fs->released,
            MADV_DONTNEED);
    fs->released = upto;
  }
}

static int ng_src_next(struct source *s, struct src_packet *pkt)
{
  struct file_source *fs = (struct file_source *)s;
  struct pcapng_packet np;
  int rc;
  for(;;) {
    window(fs, pcapng_offset(fs->ng));
    rc = pcapng_next(fs->ng, &np);
    if(rc != 1)
      break;
    int k = keep(fs, np.linktype, np.data, np.caplen, np.wirelen);
    if(k < 0)
      return k;
    if(!k)
      continue;
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

static int pf_src_next(struct source *s, struct src_packet *pkt)
{
  struct file_source *fs = (struct file_source *)s;
  struct pcapfile_packet fp;
  int rc;
  for(;;) {
    size_t pos = pcapfile_offset(fs->pf);
    /* cheap test first: the window moves every few megabytes */
    if(pp_unlikely(pos + AHEAD_STEP > fs->populated ||
                   pos >= fs->released + 2 * (size_t)RELEASE_STEP))
      window(fs, pos);
    rc = pcapfile_next(fs->pf, &fp);
    if(rc != 1)
      break;
    if(pp_unlikely(fs->bpf)) {
      int k = keep(fs, fp.linktype, fp.data, fp.caplen, fp.wirelen);
      if(k < 0)
        return k;
      if(!k)
        continue;
    }
    pkt->ts = fp.ts;
    pkt->data = fp.data;
    pkt->caplen = fp.caplen;
    pkt->wirelen = fp.wirelen;
    pkt->dlt = fp.linktype;
    return 1;
  }
  if(rc < 0)
    snprintf(s->err, sizeof(s->err), "%s", pcapfile_error(fs->pf));
  return rc;
}

static void src_close(struct source *s)
{
  struct file_source *fs = (struct file_source *)s;
  int i;
  if(fs->p)
    pcap_close(fs->p);
  pcapng_close(fs->ng);
  pcapfile_close(fs->pf);
  if(fs->map)
    munmap((void *)fs->map, fs->map_len);
  if(fs->f)
    fclose(fs->f);
  for(i = 0; i < fs->n_filters; i++)
    pcap_freecode(&fs->filters[i].prog);
  pp_free(fs);
}

static double src_progress(struct source *s)
{
  struct file_source *fs = (struct file_source *)s;
  long pos;
  if(fs->size <= 0)
    return -1.0;
  if(fs->pf)
    pos = (long)pcapfile_offset(fs->pf);
  else if(fs->ng)
    pos = (long)pcapng_offset(fs->ng);
  else
    pos = fs->p && pcap_file(fs->p) ? ftell(pcap_file(fs->p)) : -1;
  return pos < 0 ? -1.0 : (double)pos / (double)fs->size;
}

static const struct source_ops pcap_ops = {
  pcap_src_next, src_close, src_progress,
};

static const struct source_ops ng_ops = {
  ng_src_next, src_close, src_progress,
};

static const struct source_ops pf_ops = {
  pf_src_next, src_close, src_progress,
};

/* Check the filter expression once, on Ethernet, to fail early. */
static int check_filter(struct file_source *fs, const char *bpf,
                        char *errbuf)
{
  if(!bpf || !*bpf)
    return PP_OK;
  fs->bpf = bpf;
  if(!filter_for(fs, 1)) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s", fs->base.err);
    return PP_EINVAL;
  }
  return PP_OK;
}

static int open_mapped(struct file_source *fs, const char *path,
                       const char *bpf, char *errbuf)
{
  char err[PP_ERRBUF_SIZE];
  int rc;
  if(fs->map_len >= 4 && fs->map[0] == 0x0a && fs->map[1] == 0x0d &&
     fs->map[2] == 0x0d && fs->map[3] == 0x0a) {
    fs->base.ops = &ng_ops;
    rc = pcapng_open(fs->map, fs->map_len, &fs->ng, err);
  }
  else {
    fs->base.ops = &pf_ops;
    rc = pcapfile_open(fs->map, fs->map_len, &fs->pf, err);
  }
  if(rc) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, err);
    return rc;
  }
  return check_filter(fs, bpf, errbuf);
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
      snprintf(errbuf, PP_ERRBUF_SIZE, "filter: %s", pcap_geterr(fs->p));
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
  if(S_ISREG(st.st_mode)) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if(fd < 0) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, strerror(errno));
      pp_free(fs);
      return PP_EIO;
    }
    fs->map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if(fs->map == MAP_FAILED)
      fs->map = NULL;
    else {
      fs->map_len = (size_t)st.st_size;
      madvise((void *)fs->map, fs->map_len, MADV_SEQUENTIAL);
    }
  }
  if(fs->map && (pcapfile_is_classic(fs->map, fs->map_len) ||
                 (fs->map_len >= 4 && fs->map[0] == 0x0a &&
                  fs->map[1] == 0x0d && fs->map[2] == 0x0d &&
                  fs->map[3] == 0x0a)))
    rc = open_mapped(fs, path, bpf, errbuf);
  else {
    /* other pcap variants, or a file we cannot map: libpcap */
    fs->f = fopen(path, "rb");
    if(!fs->f) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, strerror(errno));
      src_close(&fs->base);
      return PP_EIO;
    }
    rc = open_pcap(fs, path, bpf, errbuf);
  }
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
