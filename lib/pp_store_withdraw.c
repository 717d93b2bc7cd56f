/*
 * pp_store_withdraw.c: source-withdrawal checks in the store.  See
 * pp_store_withdraw.h; the table is created by migration step 2 -> 3 in
 * pp_store.c.
 */
#include "config.h"

#include <string.h>

#include "pp_err.h"
#include "pp_store_int.h"
#include "pp_store_withdraw.h"

/* This module's statement slots in the handle (pp_store_int.h). */
enum { X_PUT = 24, X_QUERY, X_END };
_Static_assert(X_END <= STORE_EXT_SLOTS, "pp_store_withdraw.c has slots "
               "24..31");

#define GONE "('gone-404', 'gone-410', 'gone-redirect-home', 'soft-404')"

static const char put_sql[] =
  "INSERT INTO withdrawals(run_id, checked_at, site, copy_url, source_url,"
  " source, verdict, reason, original_status, original_final_url,"
  " original_warc_file, original_warc_offset, original_record_id,"
  " copy_verdict, copy_reason, copy_status, copy_warc_file,"
  " copy_warc_offset, copy_record_id, attrib_warc_file, attrib_warc_offset,"
  " attrib_record_id)"
  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
  " ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)";

/* ?1 site or NULL, ?2 history, ?3 all verdicts, ?4 limit (-1: none).
 * The latest row of a pair: newest checked_at, then highest id. */
static const char query_sql[] =
  "SELECT w.id, w.run_id, w.checked_at, w.site, w.copy_url, w.source_url,"
  " w.source, w.verdict, w.reason, w.original_status,"
  " w.original_final_url, w.original_warc_file, w.original_warc_offset,"
  " w.original_record_id, w.copy_verdict, w.copy_reason, w.copy_status,"
  " w.copy_warc_file, w.copy_warc_offset, w.copy_record_id,"
  " w.attrib_warc_file, w.attrib_warc_offset, w.attrib_record_id,"
  " (SELECT min(g.checked_at) FROM withdrawals g"
  "   WHERE g.copy_url = w.copy_url AND g.source_url = w.source_url"
  "   AND g.verdict IN " GONE "),"
  " (SELECT count(*) FROM withdrawals g"
  "   WHERE g.copy_url = w.copy_url AND g.source_url = w.source_url)"
  " FROM withdrawals w"
  " WHERE (?1 IS NULL OR w.site = ?1)"
  " AND (?2 OR w.id = (SELECT x.id FROM withdrawals x"
  "   WHERE x.copy_url = w.copy_url AND x.source_url = w.source_url"
  "   ORDER BY x.checked_at DESC, x.id DESC LIMIT 1))"
  " AND (?3 OR (w.verdict IN " GONE " AND w.copy_verdict = 'present'))"
  " ORDER BY w.site, w.copy_url, w.source_url, w.checked_at, w.id"
  " LIMIT ?4";

static const char *const gone_words[] = {
  "gone-404", "gone-410", "gone-redirect-home", "soft-404",
};

bool store_withdrawal_gone(const char *verdict)
{
  size_t i;
  for(i = 0; verdict && i < PP_ARRAY_LEN(gone_words); i++)
    if(!strcmp(verdict, gone_words[i]))
      return true;
  return false;
}

bool store_withdrawal_finding(const struct store_withdrawal *w)
{
  return w && store_withdrawal_gone(w->verdict) && w->copy_verdict &&
         !strcmp(w->copy_verdict, "present");
}

static int64_t i64(uint64_t v)
{
  return v > INT64_MAX ? INT64_MAX : (int64_t)v;
}

static void text_or_null(sqlite3_stmt *s, int i, const char *v)
{
  if(v)
    sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null(s, i);
}

static void status_or_null(sqlite3_stmt *s, int i, int status)
{
  if(status > 0)
    sqlite3_bind_int(s, i, status);
  else
    sqlite3_bind_null(s, i);
}

/* A WARC pointer: file, offset (NULL with the file), record id. */
static void bind_record(sqlite3_stmt *s, int i, const char *file,
                        uint64_t offset, const char *record_id)
{
  text_or_null(s, i, file);
  if(file)
    sqlite3_bind_int64(s, i + 1, i64(offset));
  else
    sqlite3_bind_null(s, i + 1);
  text_or_null(s, i + 2, record_id);
}

int store_withdrawal_put(struct pp_store *st,
                         const struct store_withdrawal *w, int64_t *id)
{
  sqlite3_stmt *s;
  int rc;

  if(id)
    *id = 0;
  if(!st)
    return PP_EINVAL;
  if(!w || !w->site || !w->copy_url || !w->source_url || !w->verdict ||
     !w->copy_verdict)
    return store_int_err(st, PP_EINVAL, "a withdrawal check needs a site, "
                         "both URLs and both verdicts");
  if(store_int_rdonly(st))
    return store_int_err(st, PP_EINVAL, "store opened read-only");
  s = store_int_stmt(st, X_PUT, put_sql);
  if(!s)
    return PP_EDB;
  if(w->run_id > 0)
    sqlite3_bind_int64(s, 1, w->run_id);
  else
    sqlite3_bind_null(s, 1);
  sqlite3_bind_int64(s, 2, i64(w->checked_at));
  sqlite3_bind_text(s, 3, w->site, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 4, w->copy_url, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 5, w->source_url, -1, SQLITE_STATIC);
  text_or_null(s, 6, w->source);
  sqlite3_bind_text(s, 7, w->verdict, -1, SQLITE_STATIC);
  text_or_null(s, 8, w->reason);
  status_or_null(s, 9, w->original_status);
  text_or_null(s, 10, w->original_final_url);
  bind_record(s, 11, w->original_warc_file, w->original_warc_offset,
              w->original_record_id);
  sqlite3_bind_text(s, 14, w->copy_verdict, -1, SQLITE_STATIC);
  text_or_null(s, 15, w->copy_reason);
  status_or_null(s, 16, w->copy_status);
  bind_record(s, 17, w->copy_warc_file, w->copy_warc_offset,
              w->copy_record_id);
  bind_record(s, 20, w->attrib_warc_file, w->attrib_warc_offset,
              w->attrib_record_id);
  rc = sqlite3_step(s);
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  if(rc != SQLITE_DONE)
    return store_int_db_err(st, rc);
  if(id)
    *id = sqlite3_last_insert_rowid(store_int_db(st));
  return PP_OK;
}

static const char *col_text(sqlite3_stmt *s, int i)
{
  return (const char *)sqlite3_column_text(s, i);
}

/* Numbers read back from a store file (untrusted): negative is 0. */
static uint64_t col_u64(sqlite3_stmt *s, int i)
{
  sqlite3_int64 v = sqlite3_column_int64(s, i);
  return v < 0 ? 0 : (uint64_t)v;
}

static int col_status(sqlite3_stmt *s, int i)
{
  sqlite3_int64 v = sqlite3_column_int64(s, i);
  return v < 0 || v > 999 ? 0 : (int)v;
}

int store_withdrawals_query(struct pp_store *st,
                            const struct store_withdrawal_query *q,
                            int (*cb)(void *user,
                                      const struct store_withdrawal *w),
                            void *user)
{
  static const struct store_withdrawal_query dflt;
  sqlite3_stmt *s;
  int rc, cbrc = PP_OK;

  if(!st || !cb)
    return PP_EINVAL;
  if(!q)
    q = &dflt;
  s = store_int_stmt(st, X_QUERY, query_sql);
  if(!s)
    return PP_EDB;
  text_or_null(s, 1, q->site);
  sqlite3_bind_int(s, 2, q->history);
  sqlite3_bind_int(s, 3, q->all);
  sqlite3_bind_int64(s, 4, q->limit ? i64(q->limit) : -1);
  while((rc = sqlite3_step(s)) == SQLITE_ROW) {
    struct store_withdrawal w;
    memset(&w, 0, sizeof(w));
    w.id = sqlite3_column_int64(s, 0);
    w.run_id = sqlite3_column_int64(s, 1);
    w.checked_at = col_u64(s, 2);
    w.site = col_text(s, 3);
    w.copy_url = col_text(s, 4);
    w.source_url = col_text(s, 5);
    w.source = col_text(s, 6);
    w.verdict = col_text(s, 7);
    w.reason = col_text(s, 8);
    w.original_status = col_status(s, 9);
    w.original_final_url = col_text(s, 10);
    w.original_warc_file = col_text(s, 11);
    w.original_warc_offset = col_u64(s, 12);
    w.original_record_id = col_text(s, 13);
    w.copy_verdict = col_text(s, 14);
    w.copy_reason = col_text(s, 15);
    w.copy_status = col_status(s, 16);
    w.copy_warc_file = col_text(s, 17);
    w.copy_warc_offset = col_u64(s, 18);
    w.copy_record_id = col_text(s, 19);
    w.attrib_warc_file = col_text(s, 20);
    w.attrib_warc_offset = col_u64(s, 21);
    w.attrib_record_id = col_text(s, 22);
    w.first_gone_at = col_u64(s, 23);
    w.checks = (unsigned)PP_MIN(col_u64(s, 24), UINT32_MAX);
    /* required columns are NOT NULL, but the file is untrusted */
    if(!w.site)
      w.site = "";
    if(!w.copy_url)
      w.copy_url = "";
    if(!w.source_url)
      w.source_url = "";
    if(!w.verdict)
      w.verdict = "";
    if(!w.copy_verdict)
      w.copy_verdict = "";
    cbrc = cb(user, &w);
    if(cbrc)
      break;
  }
  if(!cbrc && rc != SQLITE_DONE && rc != SQLITE_ROW)
    cbrc = store_int_db_err(st, rc);
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  return cbrc;
}
