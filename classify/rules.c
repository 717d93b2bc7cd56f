/*
 * rules.c: the signal rule loader (format in rules.h and
 * pressprobe-rules(5)).
 *
 * Reads libyaml's event stream (no document tree, no alias expansion) with
 * a small recursive descent: file -> mapping {signals, scoring} -> list of
 * signal mappings -> scalar or list-of-scalar values.  Each signal is
 * validated when its mapping ends; the set is validated when all files
 * are read (unique ids, exactly one scoring).  Errors go to the caller's
 * rules_diag as "FILE:LINE:COLUMN: message" and make the load fail whole.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/stat.h>
#include <yaml.h>

#include "pp_alloc.h"
#include "pp_err.h"
#include "rules.h"
#include "textnorm.h"

#define NORM_BUF (RULES_PHRASE_MAX * 4)

static const char *const region_names[REG_COUNT] = {
  [REG_TITLE] = "title", [REG_META] = "meta", [REG_NAV] = "nav",
  [REG_HEADER] = "header", [REG_FOOTER] = "footer", [REG_BYLINE] = "byline",
  [REG_BODY] = "body", [REG_ATTRIBUTION] = "attribution",
  [REG_PAGE] = "page", [REG_URL] = "url", [REG_DOMAIN] = "domain",
};

static const char *const detector_names[DET_COUNT] = {
  [DET_PHRASES] = "phrases", [DET_JSONLD_TYPE] = "jsonld-type",
  [DET_OG_TYPE] = "og-type", [DET_SECTIONS] = "sections",
  [DET_URL_SHAPE] = "url-shape", [DET_DOMAIN_TOKEN] = "domain-token",
  [DET_COMMENTS] = "comments", [DET_LICENCE_KIND] = "licence-kind",
  [DET_ATTRIBUTED] = "attributed", [DET_UNATTRIBUTED] = "unattributed",
  [DET_GOV_DOMAIN] = "gov-domain",
};

static const char *const towards_names[TOWARDS_COUNT] = {
  [TOWARDS_PRESS] = "press", [TOWARDS_AGGREGATOR] = "aggregator",
  [TOWARDS_SOCIAL] = "social", [TOWARDS_OTHER] = "other",
};

static const char *const certainty_names[] = {
  [CERT_CONFIRMED] = "confirmed", [CERT_SECONDARY] = "secondary",
  [CERT_UNCONFIRMED] = "unconfirmed",
};

const char *rules_region_name(enum rule_region r)
{
  return (unsigned)r < REG_COUNT ? region_names[r] : "?";
}

const char *rules_detector_name(enum rule_detector d)
{
  return (unsigned)d < DET_COUNT ? detector_names[d] : "?";
}

const char *rules_towards_name(enum rule_towards t)
{
  return (unsigned)t < TOWARDS_COUNT ? towards_names[t] : "?";
}

const char *rules_certainty_name(enum rule_certainty c)
{
  return (unsigned)c <= CERT_UNCONFIRMED ? certainty_names[c] : "?";
}

/* What each detector needs. */
static bool det_needs_values(enum rule_detector d)
{
  return d != DET_COMMENTS && d != DET_PHRASES && d != DET_ATTRIBUTED &&
         d != DET_UNATTRIBUTED;
}

static bool det_needs_min(enum rule_detector d)
{
  return d == DET_SECTIONS || d == DET_ATTRIBUTED || d == DET_UNATTRIBUTED;
}

/* ---- loader state ---------------------------------------------------- */

struct loader {
  yaml_parser_t p;
  yaml_event_t ev;
  bool have_ev;
  bool fatal;                   /* syntax error: stop reading this file */
  const char *file;
  struct ruleset *rs;
  struct rules_diag *diag;
  unsigned scoring_count;
  int rc;                       /* PP_ENOMEM when out of memory */
};

static void diag_add(struct loader *L, const yaml_mark_t *m,
                     const char *fmt, ...) PP_PRINTF(3, 4);
static void diag_add(struct loader *L, const yaml_mark_t *m,
                     const char *fmt, ...)
{
  struct rules_diag *d = L->diag;
  va_list ap;
  d->total++;
  if(d->n >= RULES_DIAGS_MAX)
    return;
  {
    char msg[PP_ERRBUF_SIZE];
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    if(m)
      snprintf(d->msg[d->n], sizeof(d->msg[0]), "%s:%zu:%zu: %s", L->file,
               m->line + 1, m->column + 1, msg);
    else
      snprintf(d->msg[d->n], sizeof(d->msg[0]), "%s: %s", L->file, msg);
  }
  d->n++;
}

static void oom(struct loader *L)
{
  if(!L->rc)
    L->rc = PP_ENOMEM;
  L->fatal = true;
}

/* The next event into L->ev; false on a syntax error (reported). */
static bool next(struct loader *L)
{
  if(L->have_ev)
    yaml_event_delete(&L->ev);
  L->have_ev = false;
  if(L->fatal)
    return false;
  if(!yaml_parser_parse(&L->p, &L->ev)) {
    yaml_mark_t m = L->p.problem_mark;
    if(L->p.error == YAML_MEMORY_ERROR)
      oom(L);
    else
      diag_add(L, &m, "YAML syntax: %s%s%s",
               L->p.problem ? L->p.problem : "error",
               L->p.context ? " " : "", L->p.context ? L->p.context : "");
    L->fatal = true;
    return false;
  }
  L->have_ev = true;
  if(L->ev.type == YAML_ALIAS_EVENT ||
     ((L->ev.type == YAML_SCALAR_EVENT) && L->ev.data.scalar.anchor) ||
     ((L->ev.type == YAML_SEQUENCE_START_EVENT) &&
      L->ev.data.sequence_start.anchor) ||
     ((L->ev.type == YAML_MAPPING_START_EVENT) &&
      L->ev.data.mapping_start.anchor)) {
    diag_add(L, &L->ev.start_mark, "anchors and aliases are not allowed");
    L->fatal = true;
    return false;
  }
  return true;
}

/* Skip the value starting at the current event (scalar or collection). */
static bool skip_value(struct loader *L)
{
  int depth = 0;
  do {
    switch(L->ev.type) {
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT:
      depth++;
      break;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
      depth--;
      break;
    default:
      break;
    }
    if(depth == 0)
      return true;
  } while(next(L));
  return false;
}

static const char *scalar(const struct loader *L)
{
  return (const char *)L->ev.data.scalar.value;
}

/* Read the current scalar as a string; NULL (reported) if not a scalar. */
static char *take_string(struct loader *L, const char *key)
{
  char *s;
  if(L->ev.type != YAML_SCALAR_EVENT) {
    diag_add(L, &L->ev.start_mark, "%s: expected a text value", key);
    skip_value(L);
    return NULL;
  }
  if(L->ev.data.scalar.length > 4096) {
    diag_add(L, &L->ev.start_mark, "%s: value too long (over 4096 bytes)",
             key);
    return NULL;
  }
  s = pp_strdup(scalar(L));
  if(!s)
    oom(L);
  return s;
}

static bool take_int(struct loader *L, const char *key, long min, long max,
                     long *out)
{
  char *end;
  long v;
  if(L->ev.type != YAML_SCALAR_EVENT ||
     L->ev.data.scalar.style != YAML_PLAIN_SCALAR_STYLE) {
    diag_add(L, &L->ev.start_mark, "%s: expected a number", key);
    skip_value(L);
    return false;
  }
  errno = 0;
  v = strtol(scalar(L), &end, 10);
  if(errno || end == scalar(L) || *end) {
    diag_add(L, &L->ev.start_mark, "%s: '%s' is not a whole number", key,
             scalar(L));
    return false;
  }
  if(v < min || v > max) {
    diag_add(L, &L->ev.start_mark, "%s: %ld is out of range (%ld..%ld)",
             key, v, min, max);
    return false;
  }
  *out = v;
  return true;
}

static bool take_bool(struct loader *L, const char *key, bool *out)
{
  const char *s = L->ev.type == YAML_SCALAR_EVENT ? scalar(L) : NULL;
  if(s && (!strcmp(s, "true") || !strcmp(s, "yes"))) {
    *out = true;
    return true;
  }
  if(s && (!strcmp(s, "false") || !strcmp(s, "no"))) {
    *out = false;
    return true;
  }
  diag_add(L, &L->ev.start_mark, "%s: expected true or false", key);
  if(!s)
    skip_value(L);
  return false;
}

/* A scalar or a list of scalars, into a new array.  Items are checked
 * with RULES_PHRASE_MAX.  false (reported) on error. */
static bool take_list(struct loader *L, const char *key, char ***out,
                      size_t *n, size_t max)
{
  char **arr = NULL;
  size_t cnt = 0, cap = 0;
  bool single = L->ev.type == YAML_SCALAR_EVENT;
  if(!single && L->ev.type != YAML_SEQUENCE_START_EVENT) {
    diag_add(L, &L->ev.start_mark, "%s: expected a list", key);
    skip_value(L);
    return false;
  }
  for(;;) {
    if(!single) {
      if(!next(L))
        goto fail;
      if(L->ev.type == YAML_SEQUENCE_END_EVENT)
        break;
      if(L->ev.type != YAML_SCALAR_EVENT) {
        diag_add(L, &L->ev.start_mark, "%s: list items must be text", key);
        skip_value(L);
        continue;
      }
    }
    if(cnt >= max) {
      diag_add(L, &L->ev.start_mark, "%s: more than %zu items", key, max);
      if(!single)
        skip_value(L);
      goto fail;
    }
    if(L->ev.data.scalar.length == 0 ||
       L->ev.data.scalar.length > RULES_PHRASE_MAX) {
      diag_add(L, &L->ev.start_mark, "%s: items must be 1..%d bytes", key,
               RULES_PHRASE_MAX);
    }
    else {
      if(cnt == cap) {
        size_t ncap = cap ? cap * 2 : 8;
        char **na = pp_realloc(arr, ncap * sizeof(*na));
        if(!na) {
          oom(L);
          goto fail;
        }
        arr = na;
        cap = ncap;
      }
      arr[cnt] = pp_strdup(scalar(L));
      if(!arr[cnt]) {
        oom(L);
        goto fail;
      }
      cnt++;
    }
    if(single)
      break;
  }
  *out = arr;
  *n = cnt;
  return true;
fail:
  while(cnt)
    pp_free(arr[--cnt]);
  pp_free(arr);
  return false;
}

static void free_list(char **a, size_t n)
{
  while(a && n)
    pp_free(a[--n]);
  pp_free(a);
}

static void signal_clear(struct rule_signal *s)
{
  pp_free(s->id);
  pp_free(s->title);
  pp_free(s->family);
  pp_free(s->basis);
  free_list(s->phrases, s->n_phrases);
  free_list(s->phrases_plain, s->phrases_plain ? s->n_phrases : 0);
  free_list(s->values, s->n_values);
  pp_free(s->file);
  memset(s, 0, sizeof(*s));
}

static int index_of(const char *const *names, size_t n, const char *s)
{
  size_t i;
  for(i = 0; i < n; i++)
    if(names[i] && !strcmp(names[i], s))
      return (int)i;
  return -1;
}

static bool id_ok(const char *id)
{
  size_t i;
  if(!*id || strlen(id) > 64)
    return false;
  for(i = 0; id[i]; i++) {
    char c = id[i];
    if(!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-'))
      return false;
  }
  return true;
}

/* Normalize every phrase (and the plain forms); false (reported) when
 * one becomes empty. */
static bool normalize_phrases(struct loader *L, struct rule_signal *s,
                              const yaml_mark_t *m)
{
  char buf[NORM_BUF];
  size_t i;
  bool ok = true;
  if(s->unaccented) {
    s->phrases_plain = pp_calloc(s->n_phrases, sizeof(char *));
    if(!s->phrases_plain) {
      oom(L);
      return false;
    }
  }
  for(i = 0; i < s->n_phrases; i++) {
    char *raw = s->phrases[i];
    if(textnorm_str(raw, strlen(raw), TEXTNORM_MATCH, buf, sizeof(buf),
                    NULL) != PP_OK || !buf[0]) {
      diag_add(L, m, "signal %s: phrase '%s' is empty once normalized",
               s->id, raw);
      ok = false;
      continue;
    }
    s->phrases[i] = pp_strdup(buf);
    if(s->unaccented && s->phrases[i]) {
      textnorm_str(raw, strlen(raw), TEXTNORM_PLAIN, buf, sizeof(buf),
                   NULL);
      s->phrases_plain[i] = pp_strdup(buf);
      if(!s->phrases_plain[i])
        oom(L);
    }
    if(!s->phrases[i]) {
      s->phrases[i] = raw;
      oom(L);
      return false;
    }
    pp_free(raw);
  }
  return ok;
}

/* Check a signal once its mapping has ended. */
static bool signal_check(struct loader *L, struct rule_signal *s,
                         const yaml_mark_t *m, bool has_weight,
                         bool has_certainty)
{
  bool ok = true;
  if(!s->id) {
    diag_add(L, m, "signal without an id");
    return false;
  }
  if(!id_ok(s->id)) {
    diag_add(L, m, "signal id '%s': use 1..64 of a-z, 0-9, '.', '-'",
             s->id);
    ok = false;
  }
  if(!s->title) {
    diag_add(L, m, "signal %s: title is required", s->id);
    ok = false;
  }
  if(!s->basis) {
    diag_add(L, m, "signal %s: basis (the legal basis it evidences) is "
             "required", s->id);
    ok = false;
  }
  if(!has_weight) {
    diag_add(L, m, "signal %s: weight is required", s->id);
    ok = false;
  }
  if(!has_certainty) {
    diag_add(L, m, "signal %s: certainty is required (confirmed, "
             "secondary or unconfirmed)", s->id);
    ok = false;
  }
  if(s->detector == DET_PHRASES && !s->unaccented &&
     (s->regions & ((1u << REG_URL) | (1u << REG_DOMAIN)))) {
    diag_add(L, m, "signal %s: the url and domain regions are matched "
             "unaccented: add 'unaccented: true'", s->id);
    ok = false;
  }
  if(s->detector == DET_PHRASES) {
    if(!s->n_phrases) {
      diag_add(L, m, "signal %s: phrases are required (or a detector)",
               s->id);
      ok = false;
    }
    if(!s->regions) {
      diag_add(L, m, "signal %s: regions are required with phrases",
               s->id);
      ok = false;
    }
    if(s->n_values) {
      diag_add(L, m, "signal %s: values belong to detectors, not phrases",
               s->id);
      ok = false;
    }
  }
  else {
    if(s->n_phrases) {
      diag_add(L, m, "signal %s: a %s detector takes values, not phrases",
               s->id, rules_detector_name(s->detector));
      ok = false;
    }
    if(det_needs_values(s->detector) && !s->n_values) {
      diag_add(L, m, "signal %s: the %s detector needs values", s->id,
               rules_detector_name(s->detector));
      ok = false;
    }
  }
  if(det_needs_min(s->detector) && !s->min) {
    diag_add(L, m, "signal %s: the %s detector needs min", s->id,
             rules_detector_name(s->detector));
    ok = false;
  }
  if(ok && s->detector == DET_PHRASES)
    ok = normalize_phrases(L, s, m);
  if(ok && s->detector == DET_SECTIONS) {
    /* section names are compared with normalized menu items */
    size_t i;
    char buf[NORM_BUF];
    for(i = 0; i < s->n_values; i++) {
      char *n;
      textnorm_str(s->values[i], strlen(s->values[i]), TEXTNORM_MATCH, buf,
                   sizeof(buf), NULL);
      n = pp_strdup(buf);
      if(!n) {
        oom(L);
        return false;
      }
      pp_free(s->values[i]);
      s->values[i] = n;
    }
  }
  return ok;
}

static bool add_signal(struct loader *L, struct rule_signal *s)
{
  struct ruleset *rs = L->rs;
  struct rule_signal *n;
  if(rs->n >= RULES_SIGNALS_MAX) {
    diag_add(L, NULL, "more than %d signals in the set", RULES_SIGNALS_MAX);
    return false;
  }
  if(rs->n_phrases + s->n_phrases > RULES_PHRASES_MAX) {
    diag_add(L, NULL, "more than %d phrases in the set", RULES_PHRASES_MAX);
    return false;
  }
  n = pp_realloc(rs->sig, (rs->n + 1) * sizeof(*n));
  if(!n) {
    oom(L);
    return false;
  }
  rs->sig = n;
  rs->sig[rs->n++] = *s;
  rs->n_phrases += s->n_phrases;
  memset(s, 0, sizeof(*s));
  return true;
}

/* One signal mapping (the current event is its MAPPING_START). */
static void parse_signal(struct loader *L)
{
  struct rule_signal s;
  yaml_mark_t start = L->ev.start_mark;
  unsigned seen = 0;
  bool ok = true, has_weight = false, has_certainty = false;
  static const char *const keys[] = {
    "id", "title", "family", "basis", "certainty", "weight", "towards",
    "max", "regions", "phrases", "unaccented", "detector", "values", "min",
  };

  memset(&s, 0, sizeof(s));
  s.max = 1;
  s.file = pp_strdup(L->file);
  s.line = (unsigned)start.line + 1;
  if(!s.file) {
    oom(L);
    return;
  }
  while(next(L) && L->ev.type != YAML_MAPPING_END_EVENT) {
    char key[32];
    int k;
    long v;
    if(L->ev.type != YAML_SCALAR_EVENT) {
      diag_add(L, &L->ev.start_mark, "expected a key");
      skip_value(L);
      ok = false;
      continue;
    }
    snprintf(key, sizeof(key), "%s", scalar(L));
    k = index_of(keys, PP_ARRAY_LEN(keys), key);
    if(k < 0) {
      diag_add(L, &L->ev.start_mark, "unknown key '%s' in a signal", key);
      ok = false;
    }
    else if(seen & (1u << k)) {
      diag_add(L, &L->ev.start_mark, "key '%s' given twice", key);
      ok = false;
      k = -1;
    }
    else
      seen |= 1u << k;
    if(!next(L))
      break;
    switch(k) {
    case 0: s.id = take_string(L, key); ok &= s.id != NULL; break;
    case 1: s.title = take_string(L, key); ok &= s.title != NULL; break;
    case 2: s.family = take_string(L, key); ok &= s.family != NULL; break;
    case 3: s.basis = take_string(L, key); ok &= s.basis != NULL; break;
    case 4: {
      int c = L->ev.type == YAML_SCALAR_EVENT
              ? index_of(certainty_names, PP_ARRAY_LEN(certainty_names),
                         scalar(L)) : -1;
      if(c < 0) {
        diag_add(L, &L->ev.start_mark,
                 "certainty: confirmed, secondary or unconfirmed");
        skip_value(L);
        ok = false;
      }
      else {
        s.certainty = (enum rule_certainty)c;
      }
      has_certainty = true;            /* given: its own error if bad */
      break;
    }
    case 5:
      has_weight = true;               /* given: its own error if bad */
      if(take_int(L, key, -100, 100, &v))
        s.weight = (int)v;
      else
        ok = false;
      break;
    case 6: {
      int t = L->ev.type == YAML_SCALAR_EVENT
              ? index_of(towards_names, TOWARDS_COUNT, scalar(L)) : -1;
      if(t < 0) {
        diag_add(L, &L->ev.start_mark,
                 "towards: press, aggregator, social or other");
        skip_value(L);
        ok = false;
      }
      else
        s.towards = (enum rule_towards)t;
      break;
    }
    case 7:
      if(take_int(L, key, 1, 100, &v))
        s.max = (unsigned)v;
      else
        ok = false;
      break;
    case 8: {
      char **regs = NULL;
      size_t n = 0, i;
      if(!take_list(L, key, &regs, &n, REG_COUNT)) {
        ok = false;
        break;
      }
      for(i = 0; i < n; i++) {
        int r = index_of(region_names, REG_COUNT, regs[i]);
        if(r < 0) {
          diag_add(L, &L->ev.start_mark, "unknown region '%s' (title, meta,"
                   " nav, header, footer, byline, body, attribution, page,"
                   " url, domain)", regs[i]);
          ok = false;
        }
        else
          s.regions |= 1u << r;
      }
      free_list(regs, n);
      break;
    }
    case 9:
      ok &= take_list(L, key, &s.phrases, &s.n_phrases, RULES_PHRASES_MAX);
      break;
    case 10:
      ok &= take_bool(L, key, &s.unaccented);
      break;
    case 11: {
      int d = L->ev.type == YAML_SCALAR_EVENT
              ? index_of(detector_names, DET_COUNT, scalar(L)) : -1;
      if(d < 0) {
        diag_add(L, &L->ev.start_mark, "unknown detector '%s'",
                 L->ev.type == YAML_SCALAR_EVENT ? scalar(L) : "?");
        skip_value(L);
        ok = false;
      }
      else
        s.detector = (enum rule_detector)d;
      break;
    }
    case 12:
      ok &= take_list(L, key, &s.values, &s.n_values, RULES_VALUES_MAX);
      break;
    case 13:
      if(take_int(L, key, 1, 1000, &v))
        s.min = (unsigned)v;
      else
        ok = false;
      break;
    default:
      skip_value(L);
      break;
    }
  }
  if(!L->fatal) {
    /* every problem of the signal at once, not one round at a time */
    bool checked = signal_check(L, &s, &start, has_weight, has_certainty);
    if(ok && checked && add_signal(L, &s))
      return;
  }
  signal_clear(&s);
}

static void parse_signals(struct loader *L)
{
  if(L->ev.type != YAML_SEQUENCE_START_EVENT) {
    diag_add(L, &L->ev.start_mark, "signals: expected a list of signals");
    skip_value(L);
    return;
  }
  while(next(L) && L->ev.type != YAML_SEQUENCE_END_EVENT) {
    if(L->ev.type != YAML_MAPPING_START_EVENT) {
      diag_add(L, &L->ev.start_mark, "a signal must be a mapping");
      skip_value(L);
      continue;
    }
    parse_signal(L);
  }
}

static void parse_scoring(struct loader *L)
{
  yaml_mark_t start = L->ev.start_mark;
  unsigned seen = 0;
  if(L->ev.type != YAML_MAPPING_START_EVENT) {
    diag_add(L, &start, "scoring: expected a mapping of thresholds");
    skip_value(L);
    return;
  }
  if(++L->scoring_count > 1)
    diag_add(L, &start, "scoring: given more than once in the set");
  while(next(L) && L->ev.type != YAML_MAPPING_END_EVENT) {
    char key[32];
    int t;
    long v;
    if(L->ev.type != YAML_SCALAR_EVENT) {
      diag_add(L, &L->ev.start_mark, "expected a key");
      skip_value(L);
      continue;
    }
    snprintf(key, sizeof(key), "%s", scalar(L));
    t = index_of(towards_names, TOWARDS_COUNT, key);
    if(t < 0)
      diag_add(L, &L->ev.start_mark, "scoring: unknown class '%s'", key);
    else if(seen & (1u << t))
      diag_add(L, &L->ev.start_mark, "scoring: '%s' given twice", key);
    if(!next(L))
      break;
    if(t >= 0 && !(seen & (1u << t)) && take_int(L, key, 1, 10000, &v))
      L->rs->scoring.threshold[t] = (int)v;
    else if(L->ev.type != YAML_SCALAR_EVENT)
      skip_value(L);
    if(t >= 0)
      seen |= 1u << t;
  }
}

static void parse_file(struct loader *L)
{
  if(!next(L) || L->ev.type != YAML_STREAM_START_EVENT)
    return;
  if(!next(L) || L->ev.type == YAML_STREAM_END_EVENT)
    return;                          /* empty file */
  if(!next(L))
    return;
  if(L->ev.type == YAML_DOCUMENT_END_EVENT)
    return;
  if(L->ev.type != YAML_MAPPING_START_EVENT) {
    diag_add(L, &L->ev.start_mark, "expected a mapping with 'signals:' "
             "and/or 'scoring:'");
    return;
  }
  while(next(L) && L->ev.type != YAML_MAPPING_END_EVENT) {
    char key[32];
    if(L->ev.type != YAML_SCALAR_EVENT) {
      diag_add(L, &L->ev.start_mark, "expected a key");
      skip_value(L);
      continue;
    }
    snprintf(key, sizeof(key), "%s", scalar(L));
    if(!next(L))
      break;
    if(!strcmp(key, "signals"))
      parse_signals(L);
    else if(!strcmp(key, "scoring"))
      parse_scoring(L);
    else {
      diag_add(L, &L->ev.start_mark, "unknown section '%s' (signals, "
               "scoring)", key);
      skip_value(L);
    }
  }
  if(next(L) && L->ev.type == YAML_DOCUMENT_END_EVENT && next(L) &&
     L->ev.type != YAML_STREAM_END_EVENT)
    diag_add(L, &L->ev.start_mark, "only one YAML document per file");
}

static void load_text(struct loader *L, const char *name, const char *text,
                      size_t len)
{
  L->file = name;
  L->fatal = false;
  if(!yaml_parser_initialize(&L->p)) {
    oom(L);
    return;
  }
  yaml_parser_set_input_string(&L->p, (const unsigned char *)text, len);
  yaml_parser_set_encoding(&L->p, YAML_UTF8_ENCODING);
  parse_file(L);
  if(L->have_ev)
    yaml_event_delete(&L->ev);
  L->have_ev = false;
  yaml_parser_delete(&L->p);
}

/* Whole-set checks: unique ids, one scoring. */
static void check_set(struct loader *L)
{
  size_t i, j;
  for(i = 0; i < L->rs->n; i++)
    for(j = 0; j < i; j++)
      if(!strcmp(L->rs->sig[i].id, L->rs->sig[j].id)) {
        L->diag->total++;
        if(L->diag->n < RULES_DIAGS_MAX)
          snprintf(L->diag->msg[L->diag->n++], sizeof(L->diag->msg[0]),
                   "%s:%u: signal id '%s' already defined at %s:%u",
                   L->rs->sig[i].file, L->rs->sig[i].line, L->rs->sig[i].id,
                   L->rs->sig[j].file, L->rs->sig[j].line);
      }
  if(L->scoring_count == 0) {
    L->diag->total++;
    if(L->diag->n < RULES_DIAGS_MAX)
      snprintf(L->diag->msg[L->diag->n++], sizeof(L->diag->msg[0]),
               "%s: no 'scoring:' section in the rule set",
               L->rs->dir ? L->rs->dir : L->file);
  }
}

static int finish(struct loader *L, struct ruleset **out)
{
  if(!L->rc && !L->diag->total)
    check_set(L);
  if(L->rc || L->diag->total) {
    rules_free(L->rs);
    return L->rc ? L->rc : PP_EINVAL;
  }
  *out = L->rs;
  return PP_OK;
}

int rules_load_mem(const char *name, const char *text, size_t len,
                   struct ruleset **out, struct rules_diag *diag)
{
  struct loader L;
  *out = NULL;
  memset(diag, 0, sizeof(*diag));
  memset(&L, 0, sizeof(L));
  L.diag = diag;
  L.rs = pp_calloc(1, sizeof(*L.rs));
  if(!L.rs)
    return PP_ENOMEM;
  if(len > RULES_FILE_MAX) {
    L.file = name;
    diag_add(&L, NULL, "larger than %u bytes", RULES_FILE_MAX);
  }
  else
    load_text(&L, name, text, len);
  return finish(&L, out);
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_file(const char *path, size_t *len, int *err)
{
  FILE *f = fopen(path, "rb");
  char *buf;
  long sz;
  *err = PP_OK;
  if(!f) {
    *err = errno == ENOENT ? PP_ENOENT : PP_EIO;
    return NULL;
  }
  if(fseek(f, 0, SEEK_END) || (sz = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
    fclose(f);
    *err = PP_EIO;
    return NULL;
  }
  if((unsigned long)sz > RULES_FILE_MAX) {
    fclose(f);
    *err = PP_ELIMIT;
    return NULL;
  }
  buf = pp_malloc((size_t)sz + 1);
  if(!buf) {
    fclose(f);
    *err = PP_ENOMEM;
    return NULL;
  }
  *len = fread(buf, 1, (size_t)sz, f);
  buf[*len] = '\0';
  if(ferror(f))
    *err = PP_EIO;
  fclose(f);
  if(*err) {
    pp_free(buf);
    return NULL;
  }
  return buf;
}

int rules_load_dir(const char *dir, struct ruleset **out,
                   struct rules_diag *diag)
{
  struct loader L;
  DIR *d;
  struct dirent *e;
  char **names = NULL;
  size_t n = 0, i;
  int rc = PP_OK;

  *out = NULL;
  memset(diag, 0, sizeof(*diag));
  memset(&L, 0, sizeof(L));
  L.diag = diag;
  d = opendir(dir);
  if(!d)
    return errno == ENOENT ? PP_ENOENT : PP_EIO;
  L.rs = pp_calloc(1, sizeof(*L.rs));
  names = pp_calloc(RULES_FILES_MAX, sizeof(*names));
  if(!L.rs || !names) {
    closedir(d);
    pp_free(names);
    pp_free(L.rs);
    return PP_ENOMEM;
  }
  L.rs->dir = pp_strdup(dir);
  while((e = readdir(d))) {
    size_t len = strlen(e->d_name);
    if(e->d_name[0] == '.' || len < 6 ||
       strcmp(e->d_name + len - 5, ".yaml"))
      continue;
    if(n == RULES_FILES_MAX) {
      L.file = dir;
      diag_add(&L, NULL, "more than %d rule files", RULES_FILES_MAX);
      break;
    }
    names[n] = pp_malloc(strlen(dir) + len + 2);
    if(!names[n]) {
      rc = PP_ENOMEM;
      break;
    }
    snprintf(names[n], strlen(dir) + len + 2, "%s/%s", dir, e->d_name);
    n++;
  }
  closedir(d);
  qsort(names, n, sizeof(*names), cmp_str);
  for(i = 0; i < n && !rc; i++) {
    size_t len = 0;
    int err;
    char *text = read_file(names[i], &len, &err);
    if(!text) {
      L.file = names[i];
      if(err == PP_ENOMEM)
        rc = PP_ENOMEM;
      else
        diag_add(&L, NULL, "%s", err == PP_ELIMIT ? "file too large"
                                                  : "cannot read");
      continue;
    }
    load_text(&L, names[i], text, len);
    pp_free(text);
    if(L.rc)
      rc = L.rc;
  }
  if(!rc && !n) {
    L.file = dir;
    diag_add(&L, NULL, "no *.yaml rule files");
  }
  if(rc && !L.rc)
    L.rc = rc;
  L.file = dir;
  rc = finish(&L, out);
  for(i = 0; i < n; i++)
    pp_free(names[i]);
  pp_free(names);
  return rc;
}

void rules_free(struct ruleset *rs)
{
  size_t i;
  if(!rs)
    return;
  for(i = 0; i < rs->n; i++)
    signal_clear(&rs->sig[i]);
  pp_free(rs->sig);
  pp_free(rs->dir);
  pp_free(rs);
}

const struct rule_signal *rules_find(const struct ruleset *rs,
                                     const char *id)
{
  size_t i;
  for(i = 0; i < rs->n; i++)
    if(!strcmp(rs->sig[i].id, id))
      return &rs->sig[i];
  return NULL;
}
