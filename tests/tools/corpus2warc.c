/*
 * corpus2warc: write a labelled page corpus (tests/data/corpus: pages.tsv
 * and the response bodies it names) as WARC response records, the way a
 * crawl would have stored them, so that `pressprobe classify --warc` can
 * be tested end to end with no network.
 *
 *   corpus2warc CORPUS_DIR OUT_DIR [PREFIX [SERVER_IP]]
 *
 * pages.tsv columns: site, url, file, status, content_type.  Each row
 * becomes one response record: a status line, Content-Type and
 * Content-Length, then the file's bytes as they are.  Records are written
 * in an interleaved order (every third row first, and so on) so that the
 * reader cannot rely on a site's pages being next to each other.
 */
#include "pp_common.h"
#include "pp_err.h"
#include "warc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROWS_MAX 4096

struct row {
  char *url, *file, *ctype;
  int status;
};

static char *slurp(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  size_t cap = 0, n = 0;

  if(!f)
    return NULL;
  for(;;) {
    if(n == cap) {
      char *nb;
      cap = cap ? cap * 2 : 65536;
      nb = realloc(buf, cap + 1);
      if(!nb) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = nb;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    if(!got)
      break;
    n += got;
  }
  fclose(f);
  buf[n] = '\0';
  *len = n;
  return buf;
}

static const char *reason(int status)
{
  switch(status) {
  case 200: return "OK";
  case 301: return "Moved Permanently";
  case 302: return "Found";
  case 404: return "Not Found";
  case 410: return "Gone";
  default: return "Status";
  }
}

int main(int argc, char **argv)
{
  static struct row rows[ROWS_MAX];
  char path[4096], err[PP_ERRBUF_SIZE];
  struct warc_writer *w;
  size_t n_rows = 0, tsv_len, i, pass;
  char *tsv, *line, *save = NULL;
  int rc;

  if(argc < 3 || argc > 5) {
    fprintf(stderr, "usage: corpus2warc CORPUS_DIR OUT_DIR [PREFIX "
            "[SERVER_IP]]\n");
    return 2;
  }
  snprintf(path, sizeof(path), "%s/pages.tsv", argv[1]);
  tsv = slurp(path, &tsv_len);
  if(!tsv) {
    fprintf(stderr, "corpus2warc: %s: %s\n", path, strerror(errno));
    return 1;
  }
  for(line = strtok_r(tsv, "\n", &save); line;
      line = strtok_r(NULL, "\n", &save)) {
    char *f[5];
    size_t k = 0;
    char *p = line;

    if(!strncmp(line, "site\t", 5))
      continue;                               /* the header */
    while(k < 5) {
      f[k++] = p;
      p = strchr(p, '\t');
      if(!p)
        break;
      *p++ = '\0';
    }
    if(k != 5 || n_rows == ROWS_MAX) {
      fprintf(stderr, "corpus2warc: pages.tsv: bad row '%s'\n", line);
      return 1;
    }
    rows[n_rows].url = f[1];
    rows[n_rows].file = f[2];
    rows[n_rows].status = atoi(f[3]);
    rows[n_rows].ctype = f[4];
    n_rows++;
  }

  struct warc_writer_opts o = {
    .operator = "pressprobe test suite",
    .description = "labelled page corpus (tests/data/corpus)",
  };
  rc = warc_writer_open(argv[2], argc > 3 ? argv[3] : "corpus", 0, &o, &w,
                        err);
  if(rc != PP_OK) {
    fprintf(stderr, "corpus2warc: %s\n", err);
    return 1;
  }
  /* Interleave: rows 0, 3, 6, ... then 1, 4, 7, ... then 2, 5, 8, ... */
  for(pass = 0; pass < 3; pass++) {
    for(i = pass; i < n_rows; i += 3) {
      struct warc_wrec rec = {0};
      size_t body_len, head_len;
      char *body, head[1024];
      uint8_t *msg;

      snprintf(path, sizeof(path), "%s/%s", argv[1], rows[i].file);
      body = slurp(path, &body_len);
      if(!body) {
        fprintf(stderr, "corpus2warc: %s: %s\n", path, strerror(errno));
        return 1;
      }
      head_len = (size_t)snprintf(head, sizeof(head),
                                  "HTTP/1.1 %d %s\r\n"
                                  "Content-Type: %s\r\n"
                                  "Content-Length: %zu\r\n"
                                  "Connection: close\r\n\r\n",
                                  rows[i].status, reason(rows[i].status),
                                  rows[i].ctype, body_len);
      msg = malloc(head_len + body_len);
      if(!msg)
        return 1;
      memcpy(msg, head, head_len);
      memcpy(msg + head_len, body, body_len);
      rec.type = WARC_RESPONSE;
      rec.target_uri = rows[i].url;
      rec.ip = argc > 4 ? argv[4] : NULL;
      rec.date = (pp_usec_t)1781222400 * 1000000;  /* 2026-06-12 */
      rec.block = msg;
      rec.block_len = head_len + body_len;
      rc = warc_write(w, &rec, NULL);
      free(msg);
      free(body);
      if(rc != PP_OK) {
        fprintf(stderr, "corpus2warc: %s: %s\n", rows[i].url,
                warc_writer_errmsg(w));
        return 1;
      }
    }
  }
  if(warc_writer_close(w, err) != PP_OK) {
    fprintf(stderr, "corpus2warc: %s\n", err);
    return 1;
  }
  free(tsv);
  return 0;
}
