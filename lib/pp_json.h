/*
 * pp_json.h: a small streaming JSON writer (RFC 8259) to a FILE.
 *
 * Strings are escaped; bytes that are not valid UTF-8 are written as
 * U+FFFD so output is always valid JSON.  Nesting is tracked for commas
 * (depth up to PP_JSON_DEPTH_MAX).  Errors are sticky: check jsonw_error()
 * once at the end.
 */
#ifndef PP_JSON_H
#define PP_JSON_H

#include <stdio.h>

#include "pp_common.h"

#define PP_JSON_DEPTH_MAX 32

struct pp_jsonw {
  FILE *f;
  int depth;
  bool first[PP_JSON_DEPTH_MAX];  /* no member written yet at this depth */
  bool after_key;
  int err;
};

void jsonw_init(struct pp_jsonw *w, FILE *f);
void jsonw_obj_begin(struct pp_jsonw *w);
void jsonw_obj_end(struct pp_jsonw *w);
void jsonw_arr_begin(struct pp_jsonw *w);
void jsonw_arr_end(struct pp_jsonw *w);
void jsonw_key(struct pp_jsonw *w, const char *key);
void jsonw_str(struct pp_jsonw *w, const char *s);      /* NULL -> null */
void jsonw_strn(struct pp_jsonw *w, const char *s, size_t n);
void jsonw_u64(struct pp_jsonw *w, uint64_t v);
void jsonw_i64(struct pp_jsonw *w, int64_t v);
void jsonw_double(struct pp_jsonw *w, double v);
void jsonw_bool(struct pp_jsonw *w, bool v);
void jsonw_null(struct pp_jsonw *w);
/* Times as ISO 8601 UTC strings, "2024-10-01T12:00:00Z" (seconds). */
void jsonw_time(struct pp_jsonw *w, pp_usec_t t);
int jsonw_error(const struct pp_jsonw *w);

/* Format t as ISO 8601 UTC ("YYYY-MM-DDTHH:MM:SSZ") into buf (>= 21). */
char *pp_time_iso(pp_usec_t t, char *buf, size_t cap);

#endif
