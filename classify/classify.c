/*
 * classify.c: index WARC records by site, then classify site by site.
 * See classify.h.
 */
#include "classify.h"

#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define READERS_OPEN 16            /* WARC files kept open at once */
#define SEEK_RECORDS_MAX 100000    /* records walked in one member to find
                                      one (whole-file gzip streams) */
#define REF_TEXT 128

struct entry {
  char *site;
  char *url;
  uint64_t offset, in_member, seq;
  pp_usec_t date;
  uint32_t file;
};

struct ref_text {
  char record_id[REF_TEXT];
  char ip[64];
  char charset[CHARSET_NAME_MAX];
};

/* Linked attributions of the site being classified. */
struct attrib_buf {
  struct classify_attrib a[CLASSIFY_ATTRIBS_MAX];
  char text[CLASSIFY_ATTRIBS_MAX][HTMLFEAT_ATTRIB_LEN_MAX + 1];
  char url[CLASSIFY_ATTRIBS_MAX][CLASSIFY_URL_MAX];
  size_t n;
  uint32_t dropped;
};

struct reader_slot {
  struct warc_reader *r;
  uint32_t file;
  uint64_t used;
};

struct classify {
  const struct sig_engine *e;
  struct classify_opts o;
  char **files;
  size_t n_files;
  struct entry *ent;
  size_t n_ent, cap_ent;
  struct reader_slot slots[READERS_OPEN];
  struct attrib_buf *ab;
  uint64_t tick, seq;
  struct classify_stats st;
};

int classify_new(const struct sig_engine *e, const struct classify_opts *o,
                 struct classify **out)
{
  struct classify *c;
  if(!e || !out)
    return PP_EINVAL;
  c = pp_calloc(1, sizeof(*c));
  if(!c)
    return PP_ENOMEM;
  c->e = e;
  c->ab = pp_calloc(1, sizeof(*c->ab));
  if(!c->ab) {
    pp_free(c);
    return PP_ENOMEM;
  }
  if(o)
    c->o = *o;
  if(!c->o.max_pages)
    c->o.max_pages = CLASSIFY_PAGES_DEFAULT;
  *out = c;
  return PP_OK;
}

void classify_free(struct classify *c)
{
  size_t i;
  if(!c)
    return;
  for(i = 0; i < READERS_OPEN; i++)
    warc_reader_close(c->slots[i].r);
  for(i = 0; i < c->n_ent; i++) {
    pp_free(c->ent[i].site);
    pp_free(c->ent[i].url);
  }
  pp_free(c->ent);
  for(i = 0; i < c->n_files; i++)
    pp_free(c->files[i]);
  pp_free(c->files);
  pp_free(c->ab);
  pp_free(c);
}

void classify_get_stats(const struct classify *c, struct classify_stats *out)
{
  *out = c->st;
}

bool classify_url_host(const char *url, const char **host, size_t *len)
{
  const char *p, *end, *at;

  if(!strncasecmp(url, "http://", 7))
    p = url + 7;
  else if(!strncasecmp(url, "https://", 8))
    p = url + 8;
  else
    return false;
  end = p + strcspn(p, "/?#");
  /* userinfo@host */
  for(at = end; at > p && at[-1] != '@'; at--)
    ;
  if(at > p)
    p = at;
  if(*p == '[')                          /* IPv6 literal */
    return false;
  *host = p;
  *len = (size_t)(end - p);
  {
    const char *colon = memchr(p, ':', *len);
    if(colon)
      *len = (size_t)(colon - p);
  }
  return *len > 0;
}

static bool ends_with_label(const char *name, size_t n, const char *label,
                            size_t *cut)
{
  size_t ln = strlen(label);
  if(n > ln + 1 && name[n - ln - 1] == '.' &&
     !strcasecmp(name + n - ln, label)) {
    *cut = n - ln - 1;
    return true;
  }
  return false;
}

bool classify_site_of(const char *host, size_t len, char *out)
{
  char norm[PP_NAME_BUF], inner[PP_NAME_BUF];
  static const char *const special[] = {"test", "example"};
  size_t i, cut, n;

  out[0] = '\0';
  if(pp_name_normalize(host, len, 0, norm) != PP_NAME_OK)
    return false;
  n = strlen(norm);
  for(i = 0; i < sizeof(special) / sizeof(special[0]); i++) {
    if(!ends_with_label(norm, n, special[i], &cut))
      continue;
    memcpy(inner, norm, cut);
    inner[cut] = '\0';
    /* "binhlam.gov.vn" mirrors a real name under a second-level
     * registry: its registrable domain; "m.congnghe360" and "www.press"
     * do not: the last two labels of the whole name are the site. */
    if(strchr(inner, '.') && pp_name_suffix_labels(inner) >= 2) {
      char site[PP_NAME_BUF];
      size_t sl, xl = strlen(special[i]);
      pp_name_site(inner, site);
      sl = strlen(site);
      if(sl + 1 + xl >= PP_NAME_BUF)
        return false;
      memcpy(out, site, sl);
      out[sl] = '.';
      memcpy(out + sl + 1, special[i], xl + 1);
    } else {                          /* the last two labels */
      const char *q = norm + cut;       /* the dot before the label */
      while(q > norm && q[-1] != '.')
        q--;
      snprintf(out, PP_NAME_BUF, "%s", q);
    }
    return out[0] != '\0';
  }
  pp_name_site(norm, out);
  return out[0] != '\0';
}

static int add_entry(struct classify *c, const char *site, const char *url,
                     uint32_t file, const struct warc_record *rec)
{
  struct entry *e;
  if(c->n_ent == c->cap_ent) {
    size_t cap = c->cap_ent ? c->cap_ent * 2 : 1024;
    struct entry *ne = pp_realloc(c->ent, cap * sizeof(*ne));
    if(!ne)
      return PP_ENOMEM;
    c->ent = ne;
    c->cap_ent = cap;
  }
  e = &c->ent[c->n_ent];
  memset(e, 0, sizeof(*e));
  e->site = pp_strdup(site);
  e->url = url ? pp_strdup(url) : NULL;
  if(!e->site || (url && !e->url)) {
    pp_free(e->site);
    pp_free(e->url);
    return PP_ENOMEM;
  }
  e->file = file;
  if(rec) {
    e->offset = rec->offset;
    e->in_member = rec->offset_in_member;
    e->date = rec->date_usec;
  }
  e->seq = c->seq++;
  c->n_ent++;
  return PP_OK;
}

int classify_add_site(struct classify *c, const char *site)
{
  if(!c || !site || !*site)
    return PP_EINVAL;
  return add_entry(c, site, NULL, UINT32_MAX, NULL);
}

int classify_add_warc(struct classify *c, const char *path, char *errbuf)
{
  struct warc_reader_opts ro = {.block_max = c->o.block_max};
  struct warc_reader *r;
  struct warc_record rec;
  char **nf;
  uint32_t file;
  int rc;

  if(c->n_files >= CLASSIFY_FILES_MAX) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: more than %u WARC files", path,
             CLASSIFY_FILES_MAX);
    return PP_ELIMIT;
  }
  rc = warc_reader_open(path, &ro, &r, errbuf);
  if(rc != PP_OK)
    return rc;
  nf = pp_realloc(c->files, (c->n_files + 1) * sizeof(*nf));
  if(!nf) {
    warc_reader_close(r);
    return PP_ENOMEM;
  }
  c->files = nf;
  c->files[c->n_files] = pp_strdup(path);
  if(!c->files[c->n_files]) {
    warc_reader_close(r);
    return PP_ENOMEM;
  }
  file = (uint32_t)c->n_files++;
  c->st.files++;
  for(;;) {
    const char *host;
    size_t hlen;
    char site[PP_NAME_BUF];

    rc = warc_next(r, &rec);
    if(rc == PP_ENOENT)
      break;
    if(rc == PP_EIO || rc == PP_ENOMEM) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path,
               warc_reader_errmsg(r));
      warc_reader_close(r);
      return rc;
    }
    if(rc != PP_OK) {                  /* damaged: counted, skipped */
      c->st.bad_records++;
      continue;
    }
    c->st.records++;
    if(rec.type == WARC_REVISIT) {
      c->st.revisits++;
      continue;
    }
    if(rec.type != WARC_RESPONSE && rec.type != WARC_RESOURCE)
      continue;
    if(!rec.target_uri)
      continue;
    c->st.responses++;
    if(!classify_url_host(rec.target_uri, &host, &hlen) ||
       !classify_site_of(host, hlen, site)) {
      c->st.no_site++;
      continue;
    }
    rc = add_entry(c, site, rec.target_uri, file, &rec);
    if(rc != PP_OK) {
      warc_reader_close(r);
      return rc;
    }
    c->st.indexed++;
  }
  warc_reader_close(r);
  return PP_OK;
}

/* Site, then URL, then newest first (date, then the later record). */
static int entry_cmp(const void *a, const void *b)
{
  const struct entry *x = a, *y = b;
  int r = strcmp(x->site, y->site);
  if(r)
    return r;
  if(!x->url || !y->url)
    return x->url ? 1 : y->url ? -1 : 0;
  r = strcmp(x->url, y->url);
  if(r)
    return r;
  if(x->date != y->date)
    return x->date > y->date ? -1 : 1;
  return x->seq > y->seq ? -1 : x->seq < y->seq ? 1 : 0;
}

static bool is_home(const char *url)
{
  const char *p = strstr(url, "://");
  if(!p)
    return false;
  p = strchr(p + 3, '/');
  return !p || !strcmp(p, "/");
}

/* Home pages first, then URL order. */
static int page_cmp(const void *a, const void *b)
{
  const struct entry *const *x = a, *const *y = b;
  bool hx = is_home((*x)->url), hy = is_home((*y)->url);
  if(hx != hy)
    return hx ? -1 : 1;
  return strcmp((*x)->url, (*y)->url);
}

static struct warc_reader *reader_for(struct classify *c, uint32_t file,
                                      char *errbuf)
{
  struct warc_reader_opts ro = {.block_max = c->o.block_max};
  struct reader_slot *lru = &c->slots[0];
  size_t i;
  int rc;

  for(i = 0; i < READERS_OPEN; i++) {
    if(c->slots[i].r && c->slots[i].file == file) {
      c->slots[i].used = ++c->tick;
      return c->slots[i].r;
    }
    if(!c->slots[i].r || c->slots[i].used < lru->used)
      lru = &c->slots[i];
    if(!c->slots[i].r)
      break;
  }
  warc_reader_close(lru->r);
  lru->r = NULL;
  rc = warc_reader_open(c->files[file], &ro, &lru->r, errbuf);
  if(rc != PP_OK) {
    lru->r = NULL;
    return NULL;
  }
  lru->file = file;
  lru->used = ++c->tick;
  return lru->r;
}

/* Read the record an entry points at into *rec. */
static int read_entry(struct classify *c, const struct entry *e,
                      struct warc_record *rec, char *errbuf)
{
  struct warc_reader *r = reader_for(c, e->file, errbuf);
  size_t walked;
  int rc;

  if(!r)
    return PP_EIO;
  if(warc_reader_seek(r, e->offset) != PP_OK) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: cannot seek to %llu",
             c->files[e->file], (unsigned long long)e->offset);
    return PP_EIO;
  }
  for(walked = 0; walked < SEEK_RECORDS_MAX; walked++) {
    rc = warc_next(r, rec);
    if(rc == PP_ENOENT)
      break;
    if(rc == PP_EIO || rc == PP_ENOMEM)
      return rc;
    if(rec->offset == e->offset && rec->offset_in_member == e->in_member)
      return rc;
    if(rec->offset > e->offset)
      break;
  }
  return PP_ENOTFOUND;                   /* the file changed under us */
}

static void copy_text(char *dst, size_t cap, const char *src)
{
  snprintf(dst, cap, "%s", src ? src : "");
}

/* Keep the page's attributions that link to another site (the page is
 * an article: home and section pages list other items' sources). */
static void collect_attribs(struct classify *c, const char *site,
                            const struct clfpage *pg,
                            const struct classify_pageref *ref)
{
  const struct htmlfeat *f = pg->hf;
  struct attrib_buf *ab = c->ab;
  size_t i;

  if(!pg->page.article)
    return;
  for(i = 0; i < f->n_attribs; i++) {
    const struct htmlfeat_attrib *a = &f->attribs[i];
    const char *href = htmlfeat_s(f, a->href), *host;
    char other[PP_NAME_BUF];
    size_t hl;
    if(!*href || strlen(href) >= CLASSIFY_URL_MAX ||
       !classify_url_host(href, &host, &hl) ||
       !classify_site_of(host, hl, other) || !strcmp(other, site))
      continue;
    if(ab->n == CLASSIFY_ATTRIBS_MAX) {
      ab->dropped++;
      continue;
    }
    snprintf(ab->text[ab->n], sizeof(ab->text[0]), "%.*s", (int)a->len,
             f->text[HTMLFEAT_ATTRIB].s + a->off);
    snprintf(ab->url[ab->n], sizeof(ab->url[0]), "%s", href);
    ab->a[ab->n] = (struct classify_attrib){
      .page_url = ref->url, .text = ab->text[ab->n],
      .source_url = ab->url[ab->n], .warc_file = ref->warc_file,
      .warc_offset = ref->warc_offset, .record_id = ref->record_id,
    };
    ab->n++;
  }
}

static int run_site(struct classify *c, struct sig_site *acc,
                    struct clfpage *pg, struct entry *first, size_t n,
                    classify_sink sink, void *ctx, char *errbuf)
{
  struct entry **pages = NULL;
  struct classify_pageref *refs = NULL;
  struct ref_text *texts = NULL;
  struct sig_verdict v = {0};
  struct classify_site out;
  size_t i, n_pages = 0, n_refs = 0, n_classified = 0;
  int rc = PP_OK;

  sig_site_reset(acc, first->site);
  c->ab->n = 0;
  c->ab->dropped = 0;
  pages = pp_calloc(n ? n : 1, sizeof(*pages));
  refs = pp_calloc(n ? n : 1, sizeof(*refs));
  texts = pp_calloc(n ? n : 1, sizeof(*texts));
  if(!pages || !refs || !texts) {
    rc = PP_ENOMEM;
    goto done;
  }
  /* The newest record of each URL. */
  for(i = 0; i < n; i++) {
    if(!first[i].url)
      continue;                          /* a site with no page */
    if(n_pages && !strcmp(pages[n_pages - 1]->url, first[i].url)) {
      c->st.duplicates++;
      continue;
    }
    pages[n_pages++] = &first[i];
  }
  qsort(pages, n_pages, sizeof(*pages), page_cmp);

  for(i = 0; i < n_pages; i++) {
    struct warc_record rec;
    struct classify_pageref *ref = &refs[n_refs];
    enum clfpage_skip skip = CLFPAGE_NOT_HTTP;

    if(n_classified >= c->o.max_pages) {
      c->st.over_cap += n_pages - i;
      break;
    }
    memset(&rec, 0, sizeof(rec));
    rc = read_entry(c, pages[i], &rec, errbuf);
    if(rc == PP_ENOMEM || rc == PP_EIO)
      goto done;
    if(rc != PP_OK || !rec.block) {
      c->st.bad_records++;
      rc = PP_OK;
      continue;
    }
    copy_text(texts[n_refs].record_id, REF_TEXT, rec.record_id);
    copy_text(texts[n_refs].ip, sizeof(texts[n_refs].ip), rec.ip_address);
    if(rec.type == WARC_RESPONSE)
      rc = clfpage_from_http(pg, pages[i]->url, rec.block, rec.block_len,
                             &skip);
    else
      rc = clfpage_from_entity(pg, pages[i]->url, rec.content_type,
                               rec.block, rec.block_len, &skip);
    if(rc == PP_ENOMEM)
      goto done;
    if(rc != PP_OK) {
      skip = CLFPAGE_NOT_HTTP;
      rc = PP_OK;
    }
    c->st.skipped[skip]++;
    copy_text(texts[n_refs].charset, CHARSET_NAME_MAX,
              skip == CLFPAGE_PAGE ? pg->charset : "");
    ref->url = pages[i]->url;
    ref->warc_file = c->files[pages[i]->file];
    ref->warc_offset = pages[i]->offset;
    ref->record_id = texts[n_refs].record_id;
    ref->ip = texts[n_refs].ip;
    ref->charset = texts[n_refs].charset;
    ref->date = pages[i]->date;
    ref->status = pg->status;
    ref->skip = skip;
    if(rec.type == WARC_RESOURCE && skip == CLFPAGE_PAGE)
      ref->status = 200;
    if(skip == CLFPAGE_PAGE) {
      ref->article = pg->page.article;
      c->st.html_bytes += rec.block_len;
      collect_attribs(c, first->site, pg, ref);
      rc = sig_site_add_page(c->e, acc, &pg->page);
      if(rc == PP_ENOMEM)
        goto done;
      if(rc != PP_OK) {                  /* too many pages: stop here */
        rc = PP_OK;
        break;
      }
      n_classified++;
    }
    n_refs++;
  }
  /* Classified pages first, each group in the order read. */
  {
    size_t k = 0, j;
    struct classify_pageref *sorted = pp_calloc(n_refs ? n_refs : 1,
                                                sizeof(*sorted));
    if(!sorted) {
      rc = PP_ENOMEM;
      goto done;
    }
    for(j = 0; j < n_refs; j++)
      if(refs[j].skip == CLFPAGE_PAGE)
        sorted[k++] = refs[j];
    for(j = 0; j < n_refs; j++)
      if(refs[j].skip != CLFPAGE_PAGE)
        sorted[k++] = refs[j];
    pp_free(refs);
    refs = sorted;
  }
  rc = sig_site_verdict(c->e, acc, &v);
  if(rc != PP_OK)
    goto done;
  c->st.sites++;
  out.site = first->site;
  out.acc = acc;
  out.verdict = &v;
  out.pages = refs;
  out.n_pages = n_refs;
  out.n_classified = n_classified;
  out.attribs = c->ab->a;
  out.n_attribs = c->ab->n;
  out.attribs_dropped = c->ab->dropped;
  rc = sink ? sink(ctx, &out) : PP_OK;
  if(rc != PP_OK && errbuf[0] == '\0')
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: could not record the verdict",
             first->site);
done:
  sig_verdict_free(&v);
  pp_free(pages);
  pp_free(refs);
  pp_free(texts);
  return rc;
}

int classify_run(struct classify *c, classify_sink sink, void *ctx,
                 char *errbuf)
{
  struct sig_site acc;
  struct clfpage *pg;
  size_t i, j;
  int rc;

  errbuf[0] = '\0';
  if(c->n_ent > 1)
    qsort(c->ent, c->n_ent, sizeof(*c->ent), entry_cmp);
  pg = clfpage_new();
  if(!pg)
    return PP_ENOMEM;
  rc = sig_site_init(c->e, &acc, "");
  if(rc != PP_OK) {
    clfpage_free(pg);
    return rc;
  }
  for(i = 0; i < c->n_ent && rc == PP_OK; i = j) {
    for(j = i + 1; j < c->n_ent && !strcmp(c->ent[j].site, c->ent[i].site);
        j++)
      ;
    rc = run_site(c, &acc, pg, &c->ent[i], j - i, sink, ctx, errbuf);
  }
  sig_site_free(&acc);
  clfpage_free(pg);
  return rc;
}
