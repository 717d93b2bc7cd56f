/*
 * pp_store_sites.c: site verdicts in the store.  See pp_store_sites.h.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_store_int.h"
#include "pp_store_sites.h"

enum {
  X_SAVEPOINT, X_RELEASE, X_ROLLBACK_TO,
  X_DEL_VERDICT, X_DEL_SIGNALS, X_DEL_HITS, X_DEL_PAGES, X_DEL_SOURCES,
  X_DEL_ATTRIBS,
  X_PUT_VERDICT, X_PUT_SIGNAL, X_PUT_HIT, X_PUT_PAGE, X_PUT_SOURCE,
  X_PUT_ATTRIB,
  X_SIGNALS, X_HITS, X_PAGES,
  X_COUNT
};

/* Slots of this module in the handle: see pp_store_int.h. */
_Static_assert(X_COUNT <= 24, "pp_store_sites.c has slots 0..23");

static const char *const sql[X_COUNT] = {
  [X_SAVEPOINT] = "SAVEPOINT site",
  [X_RELEASE] = "RELEASE site",
  [X_ROLLBACK_TO] = "ROLLBACK TO site",
  [X_DEL_VERDICT] = "DELETE FROM verdicts WHERE site = ?1",
  [X_DEL_SIGNALS] = "DELETE FROM verdict_signals WHERE site = ?1",
  [X_DEL_HITS] = "DELETE FROM verdict_hits WHERE site = ?1",
  [X_DEL_PAGES] = "DELETE FROM verdict_pages WHERE site = ?1",
  [X_DEL_SOURCES] = "DELETE FROM verdict_sources WHERE site = ?1",
  [X_DEL_ATTRIBS] = "DELETE FROM verdict_attributions WHERE site = ?1",
  [X_PUT_VERDICT] =
    "INSERT INTO verdicts(site, run_id, classified_at, class, score,"
    " score_aggregator, score_social, score_other, pages, articles,"
    " attributed, licence_number, licence_kind, licence_issuer,"
    " licence_date, responsible, responsible_title, rules, server_ip,"
    " country, asn, as_org, hits_dropped)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
    " ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
  [X_PUT_SIGNAL] =
    "INSERT OR REPLACE INTO verdict_signals(site, signal, title, basis,"
    " certainty, towards, weight, pages, contribution)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  [X_PUT_HIT] =
    "INSERT INTO verdict_hits(site, seq, signal, page_url, region, text,"
    " context) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [X_PUT_PAGE] =
    "INSERT INTO verdict_pages(site, seq, url, status, outcome, article,"
    " charset, fetched_at, server_ip, warc_file, warc_offset, record_id)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
  [X_PUT_SOURCE] =
    "INSERT INTO verdict_sources(site, seq, source) VALUES(?1, ?2, ?3)",
  [X_PUT_ATTRIB] =
    "INSERT INTO verdict_attributions(site, seq, page_url, source,"
    " source_url, warc_file, warc_offset, record_id)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  [X_SIGNALS] =
    "SELECT signal, title, basis, certainty, towards, weight, pages,"
    " contribution FROM verdict_signals WHERE site = ?1"
    " ORDER BY contribution DESC, signal",
  [X_HITS] =
    "SELECT h.signal, h.page_url, h.region, h.text, h.context"
    " FROM verdict_hits h LEFT JOIN verdict_signals g"
    " ON g.site = h.site AND g.signal = h.signal"
    " WHERE h.site = ?1"
    " ORDER BY coalesce(g.contribution, -1) DESC, h.signal, h.seq",
  [X_PAGES] =
    "SELECT url, status, outcome, article, charset, fetched_at, server_ip,"
    " warc_file, warc_offset, record_id FROM verdict_pages"
    " WHERE site = ?1 ORDER BY seq",
};

static sqlite3_stmt *S(struct pp_store *st, unsigned id)
{
  return store_int_stmt(st, id, sql[id]);
}

static int step_done(struct pp_store *st, sqlite3_stmt *s)
{
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  return rc == SQLITE_DONE ? PP_OK : store_int_db_err(st, rc);
}

static int run_x(struct pp_store *st, unsigned id, const char *site)
{
  sqlite3_stmt *s = S(st, id);
  if(!s)
    return PP_EDB;
  if(site)
    sqlite3_bind_text(s, 1, site, -1, SQLITE_STATIC);
  return step_done(st, s);
}

static void text_or_null(sqlite3_stmt *s, int i, const char *v)
{
  if(v && *v)
    sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null(s, i);
}

static int64_t i64(uint64_t v)
{
  return v > INT64_MAX ? INT64_MAX : (int64_t)v;
}

static int put_verdict(struct pp_store *st, const struct store_verdict *v)
{
  sqlite3_stmt *s = S(st, X_PUT_VERDICT);
  if(!s)
    return PP_EDB;
  sqlite3_bind_text(s, 1, v->site, -1, SQLITE_STATIC);
  if(v->run_id > 0)
    sqlite3_bind_int64(s, 2, v->run_id);
  sqlite3_bind_int64(s, 3, i64(v->classified_at));
  sqlite3_bind_text(s, 4, v->cls, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 5, v->score);
  sqlite3_bind_int(s, 6, v->score_aggregator);
  sqlite3_bind_int(s, 7, v->score_social);
  sqlite3_bind_int(s, 8, v->score_other);
  sqlite3_bind_int64(s, 9, v->pages);
  sqlite3_bind_int64(s, 10, v->articles);
  sqlite3_bind_int64(s, 11, v->attributed);
  text_or_null(s, 12, v->licence_number);
  text_or_null(s, 13, v->licence_kind);
  text_or_null(s, 14, v->licence_issuer);
  text_or_null(s, 15, v->licence_date);
  text_or_null(s, 16, v->responsible);
  text_or_null(s, 17, v->responsible_title);
  text_or_null(s, 18, v->rules);
  text_or_null(s, 19, v->server_ip);
  text_or_null(s, 20, v->country);
  if(v->asn)
    sqlite3_bind_int64(s, 21, v->asn);
  text_or_null(s, 22, v->as_org);
  sqlite3_bind_int64(s, 23, v->hits_dropped);
  return step_done(st, s);
}

static int put_rest(struct pp_store *st, const struct store_site_result *r)
{
  const char *site = r->v->site;
  sqlite3_stmt *s;
  size_t i;
  int rc = PP_OK;

  for(i = 0; i < r->n_signals && !rc; i++) {
    const struct store_vsignal *g = &r->signals[i];
    if(!(s = S(st, X_PUT_SIGNAL)))
      return PP_EDB;
    sqlite3_bind_text(s, 1, site, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, g->signal ? g->signal : "", -1, SQLITE_STATIC);
    text_or_null(s, 3, g->title);
    text_or_null(s, 4, g->basis);
    text_or_null(s, 5, g->certainty);
    sqlite3_bind_text(s, 6, g->towards ? g->towards : "", -1,
                      SQLITE_STATIC);
    sqlite3_bind_int(s, 7, g->weight);
    sqlite3_bind_int64(s, 8, g->pages);
    sqlite3_bind_int(s, 9, g->contribution);
    rc = step_done(st, s);
  }
  for(i = 0; i < r->n_hits && !rc; i++) {
    const struct store_vhit *h = &r->hits[i];
    if(!(s = S(st, X_PUT_HIT)))
      return PP_EDB;
    sqlite3_bind_text(s, 1, site, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, (int64_t)i);
    sqlite3_bind_text(s, 3, h->signal ? h->signal : "", -1, SQLITE_STATIC);
    text_or_null(s, 4, h->page_url);
    sqlite3_bind_text(s, 5, h->region ? h->region : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, h->text ? h->text : "", -1, SQLITE_STATIC);
    text_or_null(s, 7, h->context);
    rc = step_done(st, s);
  }
  for(i = 0; i < r->n_pages && !rc; i++) {
    const struct store_vpage *p = &r->pages[i];
    if(!(s = S(st, X_PUT_PAGE)))
      return PP_EDB;
    sqlite3_bind_text(s, 1, site, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, (int64_t)i);
    sqlite3_bind_text(s, 3, p->url ? p->url : "", -1, SQLITE_STATIC);
    if(p->status > 0)
      sqlite3_bind_int(s, 4, p->status);
    sqlite3_bind_text(s, 5, p->outcome ? p->outcome : "", -1,
                      SQLITE_STATIC);
    sqlite3_bind_int(s, 6, p->article);
    text_or_null(s, 7, p->charset);
    if(p->fetched_at)
      sqlite3_bind_int64(s, 8, i64(p->fetched_at));
    text_or_null(s, 9, p->server_ip);
    text_or_null(s, 10, p->warc_file);
    if(p->warc_file)
      sqlite3_bind_int64(s, 11, i64(p->warc_offset));
    text_or_null(s, 12, p->record_id);
    rc = step_done(st, s);
  }
  for(i = 0; i < r->n_sources && !rc; i++) {
    if(!r->sources[i])
      continue;
    if(!(s = S(st, X_PUT_SOURCE)))
      return PP_EDB;
    sqlite3_bind_text(s, 1, site, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, (int64_t)i);
    sqlite3_bind_text(s, 3, r->sources[i], -1, SQLITE_STATIC);
    rc = step_done(st, s);
  }
  for(i = 0; i < r->n_attribs && !rc; i++) {
    const struct store_vattrib *a = &r->attribs[i];
    if(!a->page_url || !a->source_url)
      continue;
    if(!(s = S(st, X_PUT_ATTRIB)))
      return PP_EDB;
    sqlite3_bind_text(s, 1, site, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, (int64_t)i);
    sqlite3_bind_text(s, 3, a->page_url, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, a->source ? a->source : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, a->source_url, -1, SQLITE_STATIC);
    text_or_null(s, 6, a->warc_file);
    if(a->warc_file)
      sqlite3_bind_int64(s, 7, i64(a->warc_offset));
    text_or_null(s, 8, a->record_id);
    rc = step_done(st, s);
  }
  return rc;
}

int store_site_put(struct pp_store *st, const struct store_site_result *r)
{
  static const unsigned dels[] = {
    X_DEL_VERDICT, X_DEL_SIGNALS, X_DEL_HITS, X_DEL_PAGES, X_DEL_SOURCES,
    X_DEL_ATTRIBS,
  };
  size_t i;
  int rc;

  if(!st)
    return PP_EINVAL;
  if(!r || !r->v || !r->v->site || !*r->v->site || !r->v->cls)
    return store_int_err(st, PP_EINVAL, "a verdict needs a site and a "
                         "class");
  if(store_int_rdonly(st))
    return store_int_err(st, PP_EINVAL, "store opened read-only");
  rc = run_x(st, X_SAVEPOINT, NULL);
  if(rc)
    return rc;
  for(i = 0; i < PP_ARRAY_LEN(dels) && !rc; i++)
    rc = run_x(st, dels[i], r->v->site);
  if(!rc)
    rc = put_verdict(st, r->v);
  if(!rc)
    rc = put_rest(st, r);
  if(rc) {
    run_x(st, X_ROLLBACK_TO, NULL);
    run_x(st, X_RELEASE, NULL);
    return rc;
  }
  return run_x(st, X_RELEASE, NULL);
}

static const char *col_text(sqlite3_stmt *s, int i)
{
  return (const char *)sqlite3_column_text(s, i);
}

/* Run a prepared query (its statement freed here), calling row() per
 * row until it returns non-zero. */
static int each_row(struct pp_store *st, sqlite3_stmt *s,
                    int (*row)(sqlite3_stmt *s, void *ctx), void *ctx)
{
  int rc, cbrc = PP_OK;
  while((rc = sqlite3_step(s)) == SQLITE_ROW) {
    cbrc = row(s, ctx);
    if(cbrc)
      break;
  }
  if(!cbrc && rc != SQLITE_DONE)
    cbrc = store_int_db_err(st, rc);
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  return cbrc;
}

struct q_ctx {
  void *user;
  union {
    int (*verdict)(void *, const struct store_verdict *, const char *);
    int (*signal)(void *, const struct store_vsignal *);
    int (*hit)(void *, const struct store_vhit *);
    int (*page)(void *, const struct store_vpage *);
    int (*text)(void *, const char *);
    int (*attrib)(void *, const char *, const struct store_vattrib *);
  } cb;
};

static int verdict_row(sqlite3_stmt *s, void *ctx)
{
  struct q_ctx *q = ctx;
  struct store_verdict v = {0};
  v.site = col_text(s, 0);
  v.run_id = sqlite3_column_int64(s, 1);
  v.classified_at = (pp_usec_t)sqlite3_column_int64(s, 2);
  v.cls = col_text(s, 3);
  v.score = sqlite3_column_int(s, 4);
  v.score_aggregator = sqlite3_column_int(s, 5);
  v.score_social = sqlite3_column_int(s, 6);
  v.score_other = sqlite3_column_int(s, 7);
  v.pages = (unsigned)sqlite3_column_int64(s, 8);
  v.articles = (unsigned)sqlite3_column_int64(s, 9);
  v.attributed = (unsigned)sqlite3_column_int64(s, 10);
  v.licence_number = col_text(s, 11);
  v.licence_kind = col_text(s, 12);
  v.licence_issuer = col_text(s, 13);
  v.licence_date = col_text(s, 14);
  v.responsible = col_text(s, 15);
  v.responsible_title = col_text(s, 16);
  v.rules = col_text(s, 17);
  v.server_ip = col_text(s, 18);
  v.country = col_text(s, 19);
  v.asn = (uint32_t)sqlite3_column_int64(s, 20);
  v.as_org = col_text(s, 21);
  v.hits_dropped = (unsigned)sqlite3_column_int64(s, 22);
  return q->cb.verdict(q->user, &v, col_text(s, 23) ? col_text(s, 23) : "");
}

int store_sites_query(struct pp_store *st, const struct store_site_query *q,
                      int (*cb)(void *user, const struct store_verdict *v,
                                const char *signals),
                      void *user)
{
  /* Not cached: the filters change the text.  ?1 class, ?2 site. */
  static const char base[] =
    "SELECT v.site, v.run_id, v.classified_at, v.class, v.score,"
    " v.score_aggregator, v.score_social, v.score_other, v.pages,"
    " v.articles, v.attributed, v.licence_number, v.licence_kind,"
    " v.licence_issuer, v.licence_date, v.responsible,"
    " v.responsible_title, v.rules, v.server_ip, v.country, v.asn,"
    " v.as_org, v.hits_dropped,"
    " (SELECT group_concat(signal, ';') FROM (SELECT signal FROM"
    "   verdict_signals g WHERE g.site = v.site"
    "   ORDER BY g.contribution DESC, g.signal))"
    " FROM verdicts v"
    " WHERE (?1 IS NULL OR v.class = ?1) AND (?2 IS NULL OR v.site = ?2)"
    " ORDER BY CASE v.class WHEN 'press-like' THEN 0 WHEN 'aggregator'"
    " THEN 1 WHEN 'social' THEN 2 WHEN 'other' THEN 3 ELSE 4 END,"
    " v.score DESC, v.site LIMIT ?3";
  struct q_ctx c = {.user = user};
  sqlite3_stmt *s;
  int rc;

  if(!st || !cb)
    return PP_EINVAL;
  rc = sqlite3_prepare_v2(store_int_db(st), base, -1, &s, NULL);
  if(rc)
    return store_int_db_err(st, rc);
  text_or_null(s, 1, q ? q->cls : NULL);
  text_or_null(s, 2, q ? q->site : NULL);
  sqlite3_bind_int64(s, 3, q && q->limit ? i64(q->limit) : -1);
  c.cb.verdict = cb;
  rc = each_row(st, s, verdict_row, &c);
  sqlite3_finalize(s);
  return rc;
}

static int signal_row(sqlite3_stmt *s, void *ctx)
{
  struct q_ctx *q = ctx;
  struct store_vsignal g = {
    .signal = col_text(s, 0), .title = col_text(s, 1),
    .basis = col_text(s, 2), .certainty = col_text(s, 3),
    .towards = col_text(s, 4), .weight = sqlite3_column_int(s, 5),
    .pages = (unsigned)sqlite3_column_int64(s, 6),
    .contribution = sqlite3_column_int(s, 7),
  };
  return q->cb.signal(q->user, &g);
}

static int hit_row(sqlite3_stmt *s, void *ctx)
{
  struct q_ctx *q = ctx;
  struct store_vhit h = {
    .signal = col_text(s, 0), .page_url = col_text(s, 1),
    .region = col_text(s, 2), .text = col_text(s, 3),
    .context = col_text(s, 4) ? col_text(s, 4) : "",
  };
  return q->cb.hit(q->user, &h);
}

static int page_row(sqlite3_stmt *s, void *ctx)
{
  struct q_ctx *q = ctx;
  struct store_vpage p = {
    .url = col_text(s, 0), .status = sqlite3_column_int(s, 1),
    .outcome = col_text(s, 2), .article = sqlite3_column_int(s, 3) != 0,
    .charset = col_text(s, 4),
    .fetched_at = (pp_usec_t)sqlite3_column_int64(s, 5),
    .server_ip = col_text(s, 6), .warc_file = col_text(s, 7),
    .warc_offset = (uint64_t)sqlite3_column_int64(s, 8),
    .record_id = col_text(s, 9),
  };
  return q->cb.page(q->user, &p);
}

static int text_row(sqlite3_stmt *s, void *ctx)
{
  struct q_ctx *q = ctx;
  const char *t = col_text(s, 0);
  return t ? q->cb.text(q->user, t) : PP_OK;
}

static int by_site(struct pp_store *st, unsigned id, const char *site,
                   int (*row)(sqlite3_stmt *, void *), struct q_ctx *c)
{
  sqlite3_stmt *s;
  if(!st || !site)
    return PP_EINVAL;
  s = S(st, id);
  if(!s)
    return PP_EDB;
  sqlite3_bind_text(s, 1, site, -1, SQLITE_STATIC);
  return each_row(st, s, row, c);
}

int store_site_signals(struct pp_store *st, const char *site,
                       int (*cb)(void *user, const struct store_vsignal *s),
                       void *user)
{
  struct q_ctx c = {.user = user, .cb.signal = cb};
  return by_site(st, X_SIGNALS, site, signal_row, &c);
}

int store_site_hits(struct pp_store *st, const char *site,
                    int (*cb)(void *user, const struct store_vhit *h),
                    void *user)
{
  struct q_ctx c = {.user = user, .cb.hit = cb};
  return by_site(st, X_HITS, site, hit_row, &c);
}

int store_site_pages(struct pp_store *st, const char *site,
                     int (*cb)(void *user, const struct store_vpage *p),
                     void *user)
{
  struct q_ctx c = {.user = user, .cb.page = cb};
  return by_site(st, X_PAGES, site, page_row, &c);
}

/* A one-column query (not cached). */
static int texts(struct pp_store *st, const char *q, const char *site,
                 int (*cb)(void *user, const char *t), void *user)
{
  struct q_ctx c = {.user = user, .cb.text = cb};
  sqlite3_stmt *s;
  int rc;
  if(!st || !cb)
    return PP_EINVAL;
  rc = sqlite3_prepare_v2(store_int_db(st), q, -1, &s, NULL);
  if(rc)
    return store_int_db_err(st, rc);
  if(site)
    sqlite3_bind_text(s, 1, site, -1, SQLITE_STATIC);
  rc = each_row(st, s, text_row, &c);
  sqlite3_finalize(s);
  return rc;
}

int store_site_sources(struct pp_store *st, const char *site,
                       int (*cb)(void *user, const char *source),
                       void *user)
{
  if(!site)
    return PP_EINVAL;
  return texts(st, "SELECT source FROM verdict_sources WHERE site = ?1"
               " ORDER BY seq", site, cb, user);
}

static int attrib_row(sqlite3_stmt *s, void *ctx)
{
  struct q_ctx *q = ctx;
  struct store_vattrib a = {
    .page_url = col_text(s, 1), .source = col_text(s, 2),
    .source_url = col_text(s, 3), .warc_file = col_text(s, 4),
    .warc_offset = (uint64_t)sqlite3_column_int64(s, 5),
    .record_id = col_text(s, 6),
  };
  return q->cb.attrib(q->user, col_text(s, 0), &a);
}

int store_attributions(struct pp_store *st, const char *site,
                       int (*cb)(void *user, const char *site,
                                 const struct store_vattrib *a),
                       void *user)
{
  static const char q[] =
    "SELECT site, page_url, source, source_url, warc_file, warc_offset,"
    " record_id FROM verdict_attributions"
    " WHERE ?1 IS NULL OR site = ?1 ORDER BY site, seq";
  struct q_ctx c = {.user = user, .cb.attrib = cb};
  sqlite3_stmt *s;
  int rc;
  if(!st || !cb)
    return PP_EINVAL;
  rc = sqlite3_prepare_v2(store_int_db(st), q, -1, &s, NULL);
  if(rc)
    return store_int_db_err(st, rc);
  text_or_null(s, 1, site);
  rc = each_row(st, s, attrib_row, &c);
  sqlite3_finalize(s);
  return rc;
}

int store_fetch_sites(struct pp_store *st,
                      int (*cb)(void *user, const char *site), void *user)
{
  /* The crawl's fetches: not those of other commands (the source check
   * fetches press originals, which are no site to classify). */
  return texts(st, "SELECT DISTINCT f.site FROM fetches f"
               " LEFT JOIN runs r ON r.id = f.run_id"
               " WHERE r.command IS NULL OR r.command = 'crawl'"
               " ORDER BY f.site", NULL, cb, user);
}

int store_fetch_files(struct pp_store *st,
                      int (*cb)(void *user, const char *warc_file),
                      void *user)
{
  return texts(st, "SELECT DISTINCT f.warc_file FROM fetches f"
               " LEFT JOIN runs r ON r.id = f.run_id"
               " WHERE f.warc_file IS NOT NULL"
               " AND (r.command IS NULL OR r.command = 'crawl')"
               " ORDER BY f.warc_file", NULL, cb, user);
}
