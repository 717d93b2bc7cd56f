/*
 * source.c: the capture-file source (libpcap).
 */
#include "config.h"

#include <errno.h>
#include <pcap/pcap.h>
#include <stdio.h>
#include <sys/stat.h>

#include "pp_alloc.h"
#include "pp_err.h"
#include "source.h"

struct file_source {
  struct source base;
  pcap_t *p;
  int dlt;
  off_t size;
};

static int file_next(struct source *s, struct src_packet *pkt)
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

static void file_close(struct source *s)
{
  struct file_source *fs = (struct file_source *)s;
  pcap_close(fs->p);
  pp_free(fs);
}

static double file_progress(struct source *s)
{
  struct file_source *fs = (struct file_source *)s;
  FILE *f = pcap_file(fs->p);
  long pos;
  if(!f || fs->size <= 0)
    return -1.0;
  pos = ftell(f);
  return pos < 0 ? -1.0 : (double)pos / (double)fs->size;
}

static const struct source_ops file_ops = {
  file_next, file_close, file_progress,
};

int source_open_file(const char *path, const char *bpf, struct source **out,
                     char *errbuf)
{
  char pcap_err[PCAP_ERRBUF_SIZE];
  struct file_source *fs;
  struct stat st;

  *out = NULL;
  if(stat(path, &st) != 0) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, strerror(errno));
    return errno == ENOENT ? PP_ENOENT : PP_EIO;
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
  fs->base.ops = &file_ops;
  fs->size = st.st_size;
  fs->p = pcap_open_offline_with_tstamp_precision(
    path, PCAP_TSTAMP_PRECISION_MICRO, pcap_err);
  if(!fs->p) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, pcap_err);
    pp_free(fs);
    return PP_EFORMAT;
  }
  fs->dlt = pcap_datalink(fs->p);
  if(bpf && *bpf) {
    struct bpf_program prog;
    if(pcap_compile(fs->p, &prog, bpf, 1, PCAP_NETMASK_UNKNOWN) != 0 ||
       pcap_setfilter(fs->p, &prog) != 0) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "filter '%s': %s", bpf,
               pcap_geterr(fs->p));
      pcap_close(fs->p);
      pp_free(fs);
      return PP_EINVAL;
    }
    pcap_freecode(&prog);
  }
  *out = &fs->base;
  return PP_OK;
}

void source_close(struct source *s)
{
  if(s)
    s->ops->close(s);
}
