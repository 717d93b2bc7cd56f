/*
 * pp_store_withdraw.h: source-withdrawal checks in the store (table
 * withdrawals, schema version 3).
 *
 * `pressprobe sources --check` fetches, for every linked attribution
 * that `pressprobe classify` kept (verdict_attributions: an article of a
 * site, the copy, naming a press original by its URL), the original and
 * the copy again, and adds one row per (copy_url, source_url) per check
 * run: the original's verdict (classify/withdraw.h) and the copy's, with
 * the WARC records each verdict rests on.  Rows are never replaced: a
 * re-check adds rows, so the history of a pair is kept.
 *
 * A finding is a row whose original is gone (verdict gone-404, gone-410,
 * gone-redirect-home or soft-404) while its copy is still served
 * (copy_verdict present).  The queries read the latest row of each pair
 * (or every row, for the history).  Tables and columns:
 * pressprobe-store(5).
 *
 * Texts are UTF-8 as the checker produced them (reasons quote page
 * text).  No client address is ever among them.
 */
#ifndef PP_STORE_WITHDRAW_H
#define PP_STORE_WITHDRAW_H

#include "pp_common.h"
#include "pp_store.h"

/* One check of one (copy, original) pair.  Strings may be NULL (stored
 * as NULL) but for site, copy_url, source_url, verdict and
 * copy_verdict; a status of 0 and a NULL WARC file are stored as NULL
 * (the offset with them). */
struct store_withdrawal {
  int64_t id;                   /* row id (query results; ignored by put) */
  int64_t run_id;               /* runs.id of the check, 0: none */
  pp_usec_t checked_at;         /* when the original was asked for */
  const char *site;             /* the copy's site (as classified) */
  const char *copy_url;         /* the article that names the original */
  const char *source_url;       /* the original it links to */
  const char *source;           /* the attribution line, as written */
  const char *verdict;          /* the original's: gone-404, gone-410,
                                   gone-redirect-home, soft-404, present,
                                   not-checked */
  const char *reason;           /* why, in words */
  int original_status;          /* final HTTP status, 0: none */
  const char *original_final_url;
  const char *original_warc_file;     /* the record the verdict rests on */
  uint64_t original_warc_offset;
  const char *original_record_id;
  const char *copy_verdict;     /* the copy's, same words; "present" is
                                   "still served" */
  const char *copy_reason;
  int copy_status;
  const char *copy_warc_file;   /* the copy's record of this check */
  uint64_t copy_warc_offset;
  const char *copy_record_id;
  const char *attrib_warc_file; /* the crawled copy the attribution was
                                   read from (verdict_attributions) */
  uint64_t attrib_warc_offset;
  const char *attrib_record_id;
  /* query results only: */
  pp_usec_t first_gone_at;      /* earliest row of the pair whose original
                                   was gone, 0: never */
  unsigned checks;              /* rows of the pair */
};

/* Is verdict one of the "gone" words?  False for NULL. */
bool store_withdrawal_gone(const char *verdict);

/* Is the row a finding (original gone, copy still served)? */
bool store_withdrawal_finding(const struct store_withdrawal *w);

/*
 * Add one row (outside a transaction it is its own).  *id (may be NULL)
 * gets the row id.  PP_OK, PP_EINVAL (a required string missing,
 * read-only handle), PP_EDB.
 */
int store_withdrawal_put(struct pp_store *st,
                         const struct store_withdrawal *w, int64_t *id);

struct store_withdrawal_query {
  const char *site;             /* only this copy site; NULL: all */
  bool all;                     /* every verdict, not only findings */
  bool history;                 /* every row, not only each pair's
                                   latest (the latest: newest
                                   checked_at, then highest id) */
  uint64_t limit;               /* rows; 0: no limit */
};

/*
 * Rows (q NULL: each pair's latest, findings only) ordered by site, copy
 * URL, source URL, then time.  The callback's strings are valid during
 * the call; a result other than PP_OK stops the query with that result.
 * PP_OK, PP_EINVAL, PP_EDB.
 */
int store_withdrawals_query(struct pp_store *st,
                            const struct store_withdrawal_query *q,
                            int (*cb)(void *user,
                                      const struct store_withdrawal *w),
                            void *user);

#endif
