/*
 * pp_store_int.h: what the store's other modules (pp_store_sites.c) use
 * of a handle.  Not for callers of the store: they use pp_store.h.
 */
#ifndef PP_STORE_INT_H
#define PP_STORE_INT_H

#include <sqlite3.h>

#include "pp_common.h"
#include "pp_store.h"

/* Prepared statements the other modules keep in the handle, by slot:
 * pp_store_sites.c uses 0..23, pp_store_withdraw.c 24..31. */
#define STORE_EXT_SLOTS 32

sqlite3 *store_int_db(struct pp_store *st);
bool store_int_rdonly(const struct pp_store *st);
/* Record SQLite's error rc; returns the pp_err it maps to. */
int store_int_db_err(struct pp_store *st, int sqlite_rc);
/* Record msg as the handle's error; returns code. */
int store_int_err(struct pp_store *st, int code, const char *msg);
/* The statement of slot, prepared from sql on first use (the same sql
 * every time), or NULL (error recorded). */
sqlite3_stmt *store_int_stmt(struct pp_store *st, unsigned slot,
                             const char *sql);

#endif
