/*
 * pp_config.c: table-driven loader of YAML configuration files (see
 * pp_config.h; the format for users is pressprobe.yaml(5)).
 *
 * Reference: YAML 1.1 (https://yaml.org/spec/1.1/), read with libyaml's
 * event API: the loader walks STREAM-START, DOCUMENT-START, the root
 * MAPPING-START and so on, and never builds a document tree.  Aliases are
 * refused (never expanded), so memory follows the size of the input.
 *
 * Two phases: every value of the file is parsed and checked into a
 * pending slot per key; only when the whole file had no error are the
 * slots moved into the caller's struct.  An error therefore changes
 * nothing.  After a YAML syntax error libyaml cannot go on, so that error
 * ends the load; every other error is reported and the load goes on, so
 * one run shows all the mistakes of a file (the first PP_CFG_DIAGS_MAX
 * with their message).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>
#include <yaml.h>

#include "pp_alloc.h"
#include "pp_config.h"
#include "pp_cursor.h"
#include "pp_err.h"

#define PATH_BUF (PP_CFG_DEPTH_MAX * (PP_CFG_KEY_MAX + 1) + 1)
#define SHOW_MAX 40          /* bytes of a bad value quoted in a message */
#define READ_CHUNK 65536

/* A value read from the file, moved into the caller's struct at the end. */
struct pend {
  bool seen;                 /* the key was given (duplicate detection) */
  bool set;                  /* ... with a valid value */
  unsigned line, col;        /* where it was given */
  uint64_t u;
  int b;
  char *s;
  struct pp_cfg_list l;
};

/* A section already opened, to refuse it a second time. */
struct sec_seen {
  size_t key;                /* first table key under the section */
  size_t len;                /* length of the section's dotted path */
  unsigned line, col;
};

struct ld {
  const struct pp_cfg_table *t;
  const char *name;          /* for messages */
  const char *basedir;       /* prefix of relative paths, or NULL */
  const uint8_t *data;       /* the input (positions of reader errors) */
  size_t len;
  yaml_parser_t p;
  yaml_event_t ev;
  bool have_ev;
  int depth;                 /* open mappings and sequences */
  bool stop;                 /* syntax error, limit or ENOMEM: no more */
  bool nomem;
  struct pp_cfg_diags *d;
  struct pend *pend;         /* one per table key */
  struct sec_seen *secs;
  size_t n_secs, cap_secs;
  char path[PATH_BUF];       /* dotted path of the current mapping */
};

/* ---- messages ---------------------------------------------------------- */

static void vreport(struct ld *L, enum pp_cfg_kind kind, unsigned line,
                    unsigned col, const char *fmt, va_list ap)
  PP_PRINTF(5, 0);
static void vreport(struct ld *L, enum pp_cfg_kind kind, unsigned line,
                    unsigned col, const char *fmt, va_list ap)
{
  struct pp_cfg_diag *g;
  int n;
  L->d->total++;
  if(kind == PP_CFG_E_NOMEM)
    L->nomem = true;
  if(L->d->n == PP_CFG_DIAGS_MAX)
    return;
  g = &L->d->v[L->d->n++];
  g->kind = kind;
  g->line = line;
  g->col = col;
  if(line)
    n = snprintf(g->msg, sizeof(g->msg), "%s:%u:%u: ", L->name, line, col);
  else
    n = snprintf(g->msg, sizeof(g->msg), "%s: ", L->name);
  if(n < 0 || (size_t)n >= sizeof(g->msg))
    return;
  vsnprintf(g->msg + n, sizeof(g->msg) - (size_t)n, fmt, ap);
}

static void report(struct ld *L, enum pp_cfg_kind kind, const yaml_mark_t *m,
                   const char *fmt, ...) PP_PRINTF(4, 5);
static void report(struct ld *L, enum pp_cfg_kind kind, const yaml_mark_t *m,
                   const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vreport(L, kind, m ? (unsigned)m->line + 1 : 0,
          m ? (unsigned)m->column + 1 : 0, fmt, ap);
  va_end(ap);
}

static void report_at(struct ld *L, enum pp_cfg_kind kind, unsigned line,
                      unsigned col, const char *fmt, ...) PP_PRINTF(5, 6);
static void report_at(struct ld *L, enum pp_cfg_kind kind, unsigned line,
                      unsigned col, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vreport(L, kind, line, col, fmt, ap);
  va_end(ap);
}

/* Whether a message built now would be kept (suggestions cost time). */
static bool wants_text(const struct ld *L)
{
  return L->d->n < PP_CFG_DIAGS_MAX;
}

/* A bad value for a message: at most SHOW_MAX bytes, controls as '?'. */
static void show(char *out, size_t cap, const void *s, size_t len)
{
  struct pp_rd r;
  size_t o = 0;
  rd_init(&r, s, len);
  while(rd_left(&r) && o + 4 < cap && o < SHOW_MAX) {
    uint8_t c = rd_u8(&r);
    out[o++] = c < 0x20 || c == 0x7f ? '?' : (char)c;
  }
  if(rd_left(&r) && o + 4 < cap) {
    memcpy(out + o, "...", 3);
    o += 3;
  }
  out[o] = '\0';
}

/* ---- the table --------------------------------------------------------- */

static size_t str_cap(const struct pp_cfg_key *k)
{
  return k->max && k->max < PP_CFG_STRING_MAX ? (size_t)k->max
                                              : PP_CFG_STRING_MAX;
}

static size_t list_cap(const struct pp_cfg_key *k)
{
  return k->max && k->max < PP_CFG_LIST_MAX ? (size_t)k->max
                                            : PP_CFG_LIST_MAX;
}

const struct pp_cfg_key *pp_config_find(const struct pp_cfg_table *t,
                                        const char *name)
{
  size_t i;
  for(i = 0; t && name && i < t->n; i++)
    if(!strcmp(t->keys[i].name, name))
      return &t->keys[i];
  return NULL;
}

char **pp_config_str(const struct pp_cfg_key *k, void *base)
{
  return (char **)(void *)((char *)base + k->off);
}

uint64_t *pp_config_u64(const struct pp_cfg_key *k, void *base)
{
  return (uint64_t *)(void *)((char *)base + k->off);
}

int *pp_config_bool(const struct pp_cfg_key *k, void *base)
{
  return (int *)(void *)((char *)base + k->off);
}

struct pp_cfg_list *pp_config_list(const struct pp_cfg_key *k, void *base)
{
  return (struct pp_cfg_list *)(void *)((char *)base + k->off);
}

/* Const views for the printers. */
static const char *get_str(const struct pp_cfg_key *k, const void *base)
{
  const char *s;
  memcpy(&s, (const char *)base + k->off, sizeof(s));
  return s;
}

static uint64_t get_u64(const struct pp_cfg_key *k, const void *base)
{
  uint64_t v;
  memcpy(&v, (const char *)base + k->off, sizeof(v));
  return v;
}

static int get_bool(const struct pp_cfg_key *k, const void *base)
{
  int v;
  memcpy(&v, (const char *)base + k->off, sizeof(v));
  return v;
}

static struct pp_cfg_list get_list(const struct pp_cfg_key *k,
                                   const void *base)
{
  struct pp_cfg_list l;
  memcpy(&l, (const char *)base + k->off, sizeof(l));
  return l;
}

void pp_config_list_clear(struct pp_cfg_list *l)
{
  size_t i;
  if(!l)
    return;
  for(i = 0; i < l->n; i++)
    pp_free(l->v[i]);
  pp_free(l->v);
  l->v = NULL;
  l->n = 0;
}

/* Append s (len bytes, no NUL inside) to l.  The capacity is implicit:
 * 4, then doubled each time n reaches a power of two. */
static int list_push(struct pp_cfg_list *l, const char *s, size_t len)
{
  char *copy;
  if(!l->n || (l->n >= 4 && !(l->n & (l->n - 1)))) {
    size_t cap = l->n ? l->n * 2 : 4;
    char **nv = pp_realloc(l->v, cap * sizeof(*nv));
    if(!nv)
      return PP_ENOMEM;
    l->v = nv;
  }
  copy = pp_strndup(s, len);
  if(!copy)
    return PP_ENOMEM;
  l->v[l->n++] = copy;
  return PP_OK;
}

int pp_config_list_add(struct pp_cfg_list *l, const char *s, size_t max)
{
  if(!l || !s)
    return PP_EINVAL;
  if(l->n >= (max && max < PP_CFG_LIST_MAX ? max : PP_CFG_LIST_MAX))
    return PP_ELIMIT;
  return list_push(l, s, strlen(s));
}

int pp_config_set_str(const struct pp_cfg_key *k, void *base, const char *s)
{
  char **slot = pp_config_str(k, base);
  char *copy = NULL;
  if(s && !(copy = pp_strdup(s)))
    return PP_ENOMEM;
  pp_free(*slot);
  *slot = copy;
  return PP_OK;
}

void pp_config_free(const struct pp_cfg_table *t, void *base)
{
  size_t i;
  if(!t || !base)
    return;
  for(i = 0; i < t->n; i++) {
    const struct pp_cfg_key *k = &t->keys[i];
    if(k->type == PP_CFG_STRING || k->type == PP_CFG_PATH) {
      char **slot = pp_config_str(k, base);
      pp_free(*slot);
      *slot = NULL;
    }
    else if(k->type == PP_CFG_LIST)
      pp_config_list_clear(pp_config_list(k, base));
  }
}

/*
 * dir joined to the path s (len bytes, len > 0) when s is relative, into a
 * new string; dir NULL or "": a copy.  "-" stays for PP_CFG_F_DASH keys.
 * PP_OK, PP_ELIMIT (over PP_CFG_PATH_MAX), PP_ENOMEM.
 */
static int join(const struct pp_cfg_key *k, const char *dir, const char *s,
                size_t len, char **out)
{
  size_t blen = dir ? strlen(dir) : 0, sep, total;
  struct pp_rd r;
  char *p;
  *out = NULL;
  rd_init(&r, s, len);
  if(((k->flags & PP_CFG_F_DASH) && len == 1 && rd_peek(&r, 0) == '-') ||
     rd_peek(&r, 0) == '/')
    blen = 0;
  sep = blen && dir[blen - 1] != '/';
  total = blen + sep + len;
  if(total > PP_CFG_PATH_MAX)
    return PP_ELIMIT;
  p = pp_malloc(total + 1);
  if(!p)
    return PP_ENOMEM;
  memcpy(p, blen ? dir : "", blen);
  if(sep)
    p[blen] = '/';
  memcpy(p + blen + sep, s, len);
  p[total] = '\0';
  *out = p;
  return PP_OK;
}

int pp_config_rebase(const struct pp_cfg_table *t, void *base,
                     const char *dir)
{
  size_t i, j;
  int rc = PP_OK;
  for(i = 0; t && base && dir && *dir && i < t->n; i++) {
    const struct pp_cfg_key *k = &t->keys[i];
    char **slot = NULL, *joined;
    size_t n = 1;
    if(k->type == PP_CFG_PATH)
      slot = pp_config_str(k, base);
    else if(k->type == PP_CFG_LIST && (k->flags & PP_CFG_F_PATHS)) {
      slot = pp_config_list(k, base)->v;
      n = pp_config_list(k, base)->n;
    }
    for(j = 0; slot && j < n; j++) {
      int r;
      if(!slot[j] || !*slot[j] || slot[j][0] == '/')
        continue;
      r = join(k, dir, slot[j], strlen(slot[j]), &joined);
      if(r) {
        rc = rc ? rc : r;              /* this one stays as it was */
        continue;
      }
      pp_free(slot[j]);
      slot[j] = joined;
    }
  }
  return rc;
}

/* Index of the first key under the section path[0..len) ("a.b" holds
 * "a.b.c"), or -1.  len 0: the root holds every key. */
static long section_key(const struct pp_cfg_table *t, const char *path,
                        size_t len)
{
  size_t i;
  for(i = 0; i < t->n; i++) {
    const char *name = t->keys[i].name;
    if(!len || (!strncmp(name, path, len) && name[len] == '.'))
      return (long)i;
  }
  return -1;
}

static long key_index(const struct pp_cfg_table *t, const char *path)
{
  size_t i;
  for(i = 0; i < t->n; i++)
    if(!strcmp(t->keys[i].name, path))
      return (long)i;
  return -1;
}

/* ---- "did you mean" ---------------------------------------------------- */

/*
 * Optimal string alignment distance (Levenshtein plus transpositions of
 * two neighbours).  Strings longer than PP_CFG_KEY_MAX count as far.
 */
UNITTEST size_t edit_distance(const char *a, const char *b)
{
  size_t row[3][PP_CFG_KEY_MAX + 1];
  size_t la = strlen(a), lb = strlen(b), i, j;
  if(la > PP_CFG_KEY_MAX || lb > PP_CFG_KEY_MAX)
    return SIZE_MAX;
  for(j = 0; j <= lb; j++)
    row[0][j] = j;
  for(i = 1; i <= la; i++) {
    size_t *cur = row[i % 3], *prev = row[(i - 1) % 3],
           *prev2 = row[(i + 1) % 3];
    cur[0] = i;
    for(j = 1; j <= lb; j++) {
      size_t cost = a[i - 1] != b[j - 1];
      size_t v = PP_MIN(prev[j] + 1, cur[j - 1] + 1);
      v = PP_MIN(v, prev[j - 1] + cost);
      if(i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        v = PP_MIN(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
  }
  return row[la % 3][lb];
}

/*
 * A suggestion for the unknown key `leaf` in the mapping at
 * path[0..plen): the same name in another section ("store.db" for a "db"
 * under "capture"), else the closest name of the same mapping when it is
 * close enough (at most 2 edits, or a third of the name).  Writes the
 * dotted name to out; false when there is nothing to suggest.
 */
static bool suggest(const struct pp_cfg_table *t, const char *path,
                    size_t plen, const char *leaf, char *out, size_t cap)
{
  size_t i, best = SIZE_MAX, llen = strlen(leaf);
  for(i = 0; i < t->n; i++) {
    const char *name = t->keys[i].name, *dot = strrchr(name, '.');
    if(!strcmp(dot ? dot + 1 : name, leaf)) {
      snprintf(out, cap, "%s", name);
      return true;
    }
  }
  for(i = 0; i < t->n; i++) {
    const char *name = t->keys[i].name, *seg, *end;
    char child[PP_CFG_KEY_MAX + 1];
    size_t d, clen;
    if(plen && (strncmp(name, path, plen) || name[plen] != '.'))
      continue;
    seg = plen ? name + plen + 1 : name;
    end = strchr(seg, '.');
    clen = end ? (size_t)(end - seg) : strlen(seg);
    if(clen > PP_CFG_KEY_MAX)
      continue;
    memcpy(child, seg, clen);
    child[clen] = '\0';
    d = edit_distance(leaf, child);
    if(d < best && (d <= 2 || d * 3 <= llen)) {
      best = d;
      snprintf(out, cap, "%.*s", (int)(seg - name + clen), name);
    }
  }
  return best != SIZE_MAX;
}

/* ---- events ------------------------------------------------------------- */

/* Line and column (1-based) of a byte offset: libyaml's reader errors
 * carry only the offset. */
static void offset_pos(const struct ld *L, size_t off, unsigned *line,
                       unsigned *col)
{
  struct pp_rd r;
  unsigned ln = 1, c = 1;
  rd_init(&r, L->data, PP_MIN(off, L->len));
  while(rd_left(&r)) {
    uint8_t b = rd_u8(&r);
    if(b == '\n' || (b == '\r' && rd_peek(&r, 0) != '\n')) {
      ln++;
      c = 1;
    }
    else if((b & 0xc0) != 0x80 && b != '\r')
      c++;                             /* count characters, not bytes */
  }
  *line = ln;
  *col = c;
}

/* Whether the character at mark m (0-based line, column in characters)
 * is a tab, for a hint: libyaml's message does not say. */
static bool tab_at(const struct ld *L, const yaml_mark_t *m)
{
  struct pp_rd r;
  size_t line = 0, col = 0;
  rd_init(&r, L->data, L->len);
  while(rd_left(&r) && line < m->line)
    if(rd_u8(&r) == '\n')
      line++;
  while(rd_left(&r) && col < m->column && rd_peek(&r, 0) != '\n') {
    rd_skip(&r, 1);
    if((rd_peek(&r, 0) & 0xc0) != 0x80)    /* a character ends here */
      col++;
  }
  return rd_peek(&r, 0) == '\t';
}

static void syntax_error(struct ld *L)
{
  const yaml_parser_t *p = &L->p;
  const char *problem = p->problem ? p->problem : "unknown error";
  unsigned line, col;
  bool utf8;
  L->stop = true;
  switch(p->error) {
  case YAML_MEMORY_ERROR:
    report(L, PP_CFG_E_NOMEM, NULL, "out of memory");
    break;
  case YAML_READER_ERROR:
    /* Bytes that are not UTF-8 text, or control characters. */
    offset_pos(L, p->problem_offset, &line, &col);
    utf8 = strstr(problem, "UTF") != NULL;
    if(p->problem_value >= 0)
      report_at(L, PP_CFG_E_SYNTAX, line, col, "%s%s (0x%02x)",
                utf8 ? "not UTF-8 text: " : "", problem,
                (unsigned)p->problem_value);
    else
      report_at(L, PP_CFG_E_SYNTAX, line, col, "%s%s",
                utf8 ? "not UTF-8 text: " : "", problem);
    break;
  default:
    if(p->context)
      report(L, PP_CFG_E_SYNTAX, &p->problem_mark,
             "YAML syntax error: %s %s at line %u%s", problem, p->context,
             (unsigned)p->context_mark.line + 1,
             tab_at(L, &p->problem_mark) ? " (a tab: YAML indents with "
                                           "spaces only)" : "");
    else
      report(L, PP_CFG_E_SYNTAX, &p->problem_mark,
             "YAML syntax error: %s%s", problem,
             tab_at(L, &p->problem_mark) ? " (a tab: YAML indents with "
                                           "spaces only)" : "");
    break;
  }
}

/*
 * Move to the next event (the previous one is released).  Refuses
 * anchors, aliases and tags (reported, the load goes on) and nesting
 * deeper than PP_CFG_DEPTH_MAX (reported, the load stops).  false when
 * the load must stop.
 */
static bool next_event(struct ld *L)
{
  const yaml_char_t *anchor = NULL, *tag = NULL;
  if(L->stop)
    return false;
  if(L->have_ev) {
    yaml_event_delete(&L->ev);
    L->have_ev = false;
  }
  if(!yaml_parser_parse(&L->p, &L->ev)) {
    syntax_error(L);
    return false;
  }
  L->have_ev = true;
  switch(L->ev.type) {
  case YAML_ALIAS_EVENT:
    report(L, PP_CFG_E_UNSUPPORTED, &L->ev.start_mark,
           "aliases (*name) are not supported: write the value out");
    break;
  case YAML_SCALAR_EVENT:
    anchor = L->ev.data.scalar.anchor;
    tag = L->ev.data.scalar.tag;
    break;
  case YAML_SEQUENCE_START_EVENT:
    anchor = L->ev.data.sequence_start.anchor;
    tag = L->ev.data.sequence_start.tag;
    L->depth++;
    break;
  case YAML_MAPPING_START_EVENT:
    anchor = L->ev.data.mapping_start.anchor;
    tag = L->ev.data.mapping_start.tag;
    L->depth++;
    break;
  case YAML_SEQUENCE_END_EVENT:
  case YAML_MAPPING_END_EVENT:
    L->depth--;
    break;
  default:
    break;
  }
  if(anchor)
    report(L, PP_CFG_E_UNSUPPORTED, &L->ev.start_mark,
           "anchors (&name) are not supported");
  if(tag)
    report(L, PP_CFG_E_UNSUPPORTED, &L->ev.start_mark,
           "tags (!name) are not supported");
  if(L->depth > PP_CFG_DEPTH_MAX) {
    report(L, PP_CFG_E_LIMIT, &L->ev.start_mark,
           "nested too deep (at most %d levels)", PP_CFG_DEPTH_MAX);
    L->stop = true;
    return false;
  }
  return true;
}

/* Skip the node whose first event is the current one. */
static bool skip_node(struct ld *L)
{
  int level;
  if(L->ev.type != YAML_SEQUENCE_START_EVENT &&
     L->ev.type != YAML_MAPPING_START_EVENT)
    return true;
  level = 1;
  while(level) {
    if(!next_event(L))
      return false;
    if(L->ev.type == YAML_SEQUENCE_START_EVENT ||
       L->ev.type == YAML_MAPPING_START_EVENT)
      level++;
    else if(L->ev.type == YAML_SEQUENCE_END_EVENT ||
            L->ev.type == YAML_MAPPING_END_EVENT)
      level--;
  }
  return true;
}

/* ---- values ------------------------------------------------------------- */

static const char *kind_text(const struct pp_cfg_key *k)
{
  switch(k->type) {
  case PP_CFG_STRING: return "a string";
  case PP_CFG_PATH: return "a path";
  case PP_CFG_UINT:
    return k->flags & PP_CFG_F_SUFFIX ? "a size" : "an integer";
  case PP_CFG_DURATION: return "a duration";
  case PP_CFG_BOOL: return "true or false";
  case PP_CFG_LIST: return "a list";
  }
  return "a value";
}

/* The plain scalars YAML reads as null: "", "~", "null". */
static bool is_null(const yaml_event_t *ev)
{
  const char *s = (const char *)ev->data.scalar.value;
  size_t n = ev->data.scalar.length;
  struct pp_rd r;
  if(ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
    return false;
  rd_init(&r, s, n);
  return !n || (n == 1 && rd_peek(&r, 0) == '~') ||
         (n == 4 && (!memcmp(s, "null", 4) || !memcmp(s, "Null", 4) ||
                     !memcmp(s, "NULL", 4)));
}

/*
 * Number of uint or duration type: decimal digits, no sign, no leading
 * zero (YAML 1.1 reads 010 as octal), then an optional unit.  0 ok,
 * 1 malformed, 2 too large for 64 bits.
 */
static int parse_number(const struct pp_cfg_key *k, const void *s,
                        size_t len, uint64_t *out)
{
  struct pp_rd r;
  uint64_t v = 0, mult = 1;
  rd_init(&r, s, len);
  if(rd_peek(&r, 0) < '0' || rd_peek(&r, 0) > '9')
    return 1;
  if(rd_peek(&r, 0) == '0' && rd_peek(&r, 1) >= '0' &&
     rd_peek(&r, 1) <= '9')
    return 1;
  while(rd_left(&r) && rd_peek(&r, 0) >= '0' && rd_peek(&r, 0) <= '9') {
    unsigned dig = (unsigned)(rd_u8(&r) - '0');
    if(v > (UINT64_MAX - dig) / 10)
      return 2;
    v = v * 10 + dig;
  }
  if(rd_left(&r)) {
    uint8_t u = rd_u8(&r);
    if(k->type == PP_CFG_DURATION) {
      switch(u) {
      case 's': mult = 1; break;
      case 'm': mult = 60; break;
      case 'h': mult = 3600; break;
      case 'd': mult = 86400; break;
      default: return 1;
      }
    }
    else if(k->flags & PP_CFG_F_SUFFIX) {
      switch(u) {
      case 'k': case 'K': mult = 1024; break;
      case 'm': case 'M': mult = 1024 * 1024; break;
      case 'g': case 'G': mult = 1024 * 1024 * 1024; break;
      default: return 1;
      }
    }
    else
      return 1;
    if(rd_left(&r))
      return 1;
  }
  if(v > UINT64_MAX / mult)
    return 2;
  *out = v * mult;
  return 0;
}

/* true/false, yes/no, on/off in any case: 0 or 1; -1 otherwise. */
static int parse_bool(const char *s, size_t len)
{
  static const char *const words[] = {"false", "no", "off",
                                      "true", "yes", "on"};
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(words); i++)
    if(strlen(words[i]) == len && !strncasecmp(words[i], s, len))
      return i >= 3;
  return -1;
}

/* A copy of the path s (len bytes), under basedir when relative. */
static char *join_path(struct ld *L, const struct pp_cfg_key *k,
                       const char *s, size_t len, const yaml_mark_t *m)
{
  char *out;
  int rc = join(k, L->basedir, s, len, &out);
  if(rc == PP_ELIMIT)
    report(L, PP_CFG_E_LIMIT, m, "'%s': path too long (at most %d bytes)",
           k->name, PP_CFG_PATH_MAX);
  else if(rc) {
    report(L, PP_CFG_E_NOMEM, m, "out of memory");
    L->stop = true;
  }
  return out;
}

/*
 * Check a string or path scalar (the current event): not null, no NUL
 * byte, not too long, a path not empty.  Returns its copy (joined for a
 * path), or NULL after reporting.
 */
static char *text_value(struct ld *L, const struct pp_cfg_key *k,
                        bool is_path, const char *what)
{
  const yaml_event_t *ev = &L->ev;
  const char *s = (const char *)ev->data.scalar.value;
  size_t len = ev->data.scalar.length, cap;
  char *copy;
  if(is_null(ev)) {
    report(L, PP_CFG_E_TYPE, &ev->start_mark,
           "'%s': no value%s", k->name,
           k->type == PP_CFG_LIST ? " in the list"
                                  : " (remove the key for the default)");
    return NULL;
  }
  if(memchr(s, '\0', len)) {
    report(L, PP_CFG_E_TYPE, &ev->start_mark,
           "'%s': %s holds a NUL character", k->name, what);
    return NULL;
  }
  /* a list's max counts items; its items have the global cap */
  cap = k->type == PP_CFG_LIST ? (size_t)PP_CFG_STRING_MAX : str_cap(k);
  if(len > cap) {
    report(L, PP_CFG_E_LIMIT, &ev->start_mark,
           "'%s': %s is too long (%zu bytes, at most %zu)", k->name, what,
           len, cap);
    return NULL;
  }
  if(is_path) {
    if(!len) {
      report(L, PP_CFG_E_TYPE, &ev->start_mark, "'%s': empty path",
             k->name);
      return NULL;
    }
    return join_path(L, k, s, len, &ev->start_mark);
  }
  copy = pp_strndup(s, len);
  if(!copy) {
    report(L, PP_CFG_E_NOMEM, &ev->start_mark, "out of memory");
    L->stop = true;
  }
  return copy;
}

/* A scalar for a key that is not a list. */
static void scalar_value(struct ld *L, const struct pp_cfg_key *k,
                         struct pend *pd)
{
  const yaml_event_t *ev = &L->ev;
  const char *s = (const char *)ev->data.scalar.value;
  size_t len = ev->data.scalar.length;
  char shown[SHOW_MAX + 8];
  uint64_t v = 0;
  int rc;

  if(k->type == PP_CFG_STRING || k->type == PP_CFG_PATH) {
    pd->s = text_value(L, k, k->type == PP_CFG_PATH,
                       k->type == PP_CFG_PATH ? "the path" : "the string");
    pd->set = pd->s != NULL;
    return;
  }
  if(is_null(ev)) {
    report(L, PP_CFG_E_TYPE, &ev->start_mark,
           "'%s': no value (remove the key for the default)", k->name);
    return;
  }
  show(shown, sizeof(shown), s, len);
  /* "100" in quotes is a string in YAML: numbers and booleans are plain. */
  if(ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE) {
    report(L, PP_CFG_E_TYPE, &ev->start_mark,
           "'%s': expected %s, not a quoted string", k->name, kind_text(k));
    return;
  }
  if(k->type == PP_CFG_BOOL) {
    rc = parse_bool(s, len);
    if(rc < 0) {
      report(L, PP_CFG_E_TYPE, &ev->start_mark,
             "'%s': expected true or false, not '%s'", k->name, shown);
      return;
    }
    pd->b = rc;
    pd->set = true;
    return;
  }
  rc = parse_number(k, s, len, &v);
  if(rc == 1) {
    report(L, PP_CFG_E_TYPE, &ev->start_mark, "'%s': expected %s%s, "
           "not '%s'", k->name, kind_text(k),
           k->type == PP_CFG_DURATION ? " (seconds, or a number with s, m, "
                                        "h or d)" :
           k->flags & PP_CFG_F_SUFFIX ? " (bytes, or a number with k, M "
                                        "or G)" : "", shown);
    return;
  }
  if(rc == 2 || v < k->min || v > k->max) {
    report(L, PP_CFG_E_RANGE, &ev->start_mark,
           "'%s': %s is out of range (allowed %llu..%llu%s)", k->name,
           shown, (unsigned long long)k->min, (unsigned long long)k->max,
           k->type == PP_CFG_DURATION ? " seconds" : "");
    return;
  }
  pd->u = v;
  pd->set = true;
}

/* A sequence (the current event is its start) for a list key. */
static void list_value(struct ld *L, const struct pp_cfg_key *k,
                       struct pend *pd)
{
  bool ok = true, over = false;
  while(next_event(L)) {
    char *item;
    if(L->ev.type == YAML_SEQUENCE_END_EVENT) {
      pd->set = ok;
      return;
    }
    if(L->ev.type == YAML_ALIAS_EVENT) {      /* reported */
      ok = false;
      continue;
    }
    if(L->ev.type != YAML_SCALAR_EVENT) {
      report(L, PP_CFG_E_TYPE, &L->ev.start_mark,
             "'%s': list items must be strings, not %s", k->name,
             L->ev.type == YAML_MAPPING_START_EVENT ? "mappings" : "lists");
      ok = false;
      if(!skip_node(L))
        return;
      continue;
    }
    if(over)
      continue;
    if(pd->l.n == list_cap(k)) {
      report(L, PP_CFG_E_LIMIT, &L->ev.start_mark,
             "'%s': too many items (at most %zu)", k->name, list_cap(k));
      ok = false;
      over = true;
      continue;
    }
    item = text_value(L, k, (k->flags & PP_CFG_F_PATHS) != 0, "an item");
    if(!item) {
      ok = false;
      continue;
    }
    /* list_push copies: hand it the joined text, then free ours. */
    if(list_push(&pd->l, item, strlen(item))) {
      report(L, PP_CFG_E_NOMEM, &L->ev.start_mark, "out of memory");
      L->stop = true;
      ok = false;
    }
    pp_free(item);
  }
}

/* The value (current event) of the key k, given at key mark m. */
static void key_value(struct ld *L, size_t idx, const yaml_mark_t *m)
{
  const struct pp_cfg_key *k = &L->t->keys[idx];
  struct pend *pd = &L->pend[idx];
  if(pd->seen) {
    report(L, PP_CFG_E_DUPLICATE, m, "duplicate key '%s' (first given at "
           "line %u, column %u)", k->name, pd->line, pd->col);
    skip_node(L);
    return;
  }
  pd->seen = true;
  pd->line = (unsigned)m->line + 1;
  pd->col = (unsigned)m->column + 1;
  switch(L->ev.type) {
  case YAML_ALIAS_EVENT:                      /* reported */
    break;
  case YAML_SCALAR_EVENT:
    if(k->type != PP_CFG_LIST)
      scalar_value(L, k, pd);
    else if(is_null(&L->ev))
      report(L, PP_CFG_E_TYPE, &L->ev.start_mark,
             "'%s': no value (remove the key for the default, [] for an "
             "empty list)", k->name);
    else
      report(L, PP_CFG_E_TYPE, &L->ev.start_mark,
             "'%s': expected a list: [a, b], or one '- item' per line",
             k->name);
    break;
  case YAML_SEQUENCE_START_EVENT:
    if(k->type == PP_CFG_LIST) {
      list_value(L, k, pd);
      break;
    }
    report(L, PP_CFG_E_TYPE, &L->ev.start_mark,
           "'%s': expected %s, not a list", k->name, kind_text(k));
    skip_node(L);
    break;
  default:
    report(L, PP_CFG_E_TYPE, &L->ev.start_mark,
           "'%s': expected %s, not a mapping", k->name, kind_text(k));
    skip_node(L);
    break;
  }
}

/* ---- structure ---------------------------------------------------------- */

/* Note a section opened at m; false (reported) when it was before. */
static bool section_once(struct ld *L, size_t key, size_t len,
                         const yaml_mark_t *m)
{
  size_t i;
  for(i = 0; i < L->n_secs; i++) {
    if(L->secs[i].key == key && L->secs[i].len == len) {
      report(L, PP_CFG_E_DUPLICATE, m, "duplicate section '%s' (first "
             "given at line %u, column %u): give each section once",
             L->path, L->secs[i].line, L->secs[i].col);
      return false;
    }
  }
  if(L->n_secs == L->cap_secs) {
    size_t cap = L->cap_secs ? L->cap_secs * 2 : 8;
    struct sec_seen *ns = pp_realloc(L->secs, cap * sizeof(*ns));
    if(!ns) {
      report(L, PP_CFG_E_NOMEM, m, "out of memory");
      L->stop = true;
      return false;
    }
    L->secs = ns;
    L->cap_secs = cap;
  }
  L->secs[L->n_secs].key = key;
  L->secs[L->n_secs].len = len;
  L->secs[L->n_secs].line = (unsigned)m->line + 1;
  L->secs[L->n_secs].col = (unsigned)m->column + 1;
  L->n_secs++;
  return true;
}

static void unknown_key(struct ld *L, size_t plen, const char *key,
                        const yaml_mark_t *m)
{
  char hint[PATH_BUF];
  const char *what = plen ? "key" : "section";
  if(!wants_text(L)) {
    report(L, PP_CFG_E_UNKNOWN, m, "unknown %s", what);
    return;
  }
  if(strchr(key, '.') && key_index(L->t, L->path) >= 0) {
    report(L, PP_CFG_E_UNKNOWN, m, "unknown %s '%s': keys are not dotted; "
           "write each part on its own line, indented below the one "
           "before", what, L->path);
    return;
  }
  if(suggest(L->t, L->path, plen, key, hint, sizeof(hint)))
    report(L, PP_CFG_E_UNKNOWN, m, "unknown %s '%s' (did you mean "
           "'%s'?)", what, L->path, hint);
  else
    report(L, PP_CFG_E_UNKNOWN, m, "unknown %s '%s'", what, L->path);
}

/* Every command's table (pp_config_set_known), NULL-terminated. */
static const struct pp_cfg_table *const *known_tables;

void pp_config_set_known(const struct pp_cfg_table *const *all)
{
  known_tables = all;
}

/* Whether path[0..len) is a key or section that another command reads:
 * one file configures them all, each command takes its own keys and
 * passes over the others' (their own command checks them). */
static bool foreign(const struct pp_cfg_table *self, const char *path,
                    size_t len)
{
  size_t i;
  for(i = 0; known_tables && known_tables[i]; i++) {
    if(known_tables[i] == self)
      continue;
    if(key_index(known_tables[i], path) >= 0 ||
       section_key(known_tables[i], path, len) >= 0)
      return true;
  }
  return false;
}

/* The entries of a mapping (its start is the current event) whose
 * dotted path is L->path[0..plen). */
static void mapping(struct ld *L, size_t plen)
{
  while(next_event(L)) {
    yaml_mark_t km;
    const char *key;
    size_t klen, nlen;
    long idx, sec;
    if(L->ev.type == YAML_MAPPING_END_EVENT)
      return;
    km = L->ev.start_mark;
    if(L->ev.type != YAML_SCALAR_EVENT) {
      report(L, PP_CFG_E_STRUCTURE, &km, "a key must be a plain name, "
             "not a %s", L->ev.type == YAML_ALIAS_EVENT ? "alias" :
             L->ev.type == YAML_MAPPING_START_EVENT ? "mapping" : "list");
      if(!skip_node(L) || !next_event(L) || !skip_node(L))
        return;
      continue;
    }
    key = (const char *)L->ev.data.scalar.value;
    klen = L->ev.data.scalar.length;
    if(!klen || klen > PP_CFG_KEY_MAX || memchr(key, '\0', klen)) {
      char shown[SHOW_MAX + 8];
      show(shown, sizeof(shown), key, klen);
      report(L, PP_CFG_E_UNKNOWN, &km, "unknown %s '%s'%s",
             plen ? "key" : "section", shown,
             klen > PP_CFG_KEY_MAX ? " (name too long)" : "");
      if(!next_event(L) || !skip_node(L))
        return;
      continue;
    }
    nlen = plen + (plen ? 1 : 0) + klen;
    if(nlen >= sizeof(L->path)) {     /* only a table this deep can */
      report(L, PP_CFG_E_LIMIT, &km, "nested too deep");
      L->stop = true;
      return;
    }
    if(plen)
      L->path[plen] = '.';
    memcpy(L->path + plen + (plen ? 1 : 0), key, klen);
    L->path[nlen] = '\0';

    /* "capture.max-flows:" is not a shorthand: one form only. */
    idx = memchr(key, '.', klen) ? -1 : key_index(L->t, L->path);
    sec = idx < 0 && !memchr(key, '.', klen) ?
          section_key(L->t, L->path, nlen) : -1;
    if(idx < 0 && sec < 0 && !memchr(key, '.', klen) &&
       foreign(L->t, L->path, nlen))
      sec = -2;                        /* another command's: skipped */
    else if(idx < 0 && sec < 0) {
      char name[PP_CFG_KEY_MAX + 1];
      memcpy(name, key, klen);
      name[klen] = '\0';
      unknown_key(L, plen, name, &km);
    }
    if(!next_event(L))
      return;
    if(idx >= 0)
      key_value(L, (size_t)idx, &km);
    else if(sec < 0)
      skip_node(L);
    else if(!section_once(L, (size_t)sec, nlen, &km))
      skip_node(L);
    else if(L->ev.type == YAML_MAPPING_START_EVENT)
      mapping(L, nlen);
    else if(L->ev.type == YAML_SCALAR_EVENT && is_null(&L->ev))
      ;                                /* an empty section */
    else if(L->ev.type != YAML_ALIAS_EVENT) {
      report(L, PP_CFG_E_TYPE, &L->ev.start_mark, "'%s' is a section: "
             "expected its keys, indented below it", L->path);
      skip_node(L);
    }
    L->path[plen] = '\0';
  }
}

/* The stream: nothing, or one document whose root is a mapping. */
static void document(struct ld *L)
{
  if(!next_event(L) || L->ev.type != YAML_STREAM_START_EVENT)
    return;
  if(!next_event(L) || L->ev.type == YAML_STREAM_END_EVENT)
    return;                            /* empty, or comments only */
  if(!next_event(L))                   /* the root node */
    return;
  if(L->ev.type == YAML_MAPPING_START_EVENT)
    mapping(L, 0);
  else if(L->ev.type == YAML_SCALAR_EVENT && is_null(&L->ev))
    ;                                  /* "---" alone */
  else if(L->ev.type != YAML_ALIAS_EVENT) {
    report(L, PP_CFG_E_STRUCTURE, &L->ev.start_mark, "expected a mapping "
           "of sections (such as 'capture:') at the top level, not %s",
           L->ev.type == YAML_SCALAR_EVENT ? "a scalar" : "a list");
    if(!skip_node(L))
      return;
  }
  if(!next_event(L))                   /* DOCUMENT-END */
    return;
  if(!next_event(L))
    return;
  if(L->ev.type == YAML_DOCUMENT_START_EVENT)
    report(L, PP_CFG_E_STRUCTURE, &L->ev.start_mark,
           "a second YAML document: the file must hold exactly one");
}

/* ---- loading ------------------------------------------------------------ */

static void apply(struct ld *L, void *base)
{
  size_t i;
  for(i = 0; i < L->t->n; i++) {
    const struct pp_cfg_key *k = &L->t->keys[i];
    struct pend *pd = &L->pend[i];
    if(!pd->set)
      continue;
    switch(k->type) {
    case PP_CFG_STRING:
    case PP_CFG_PATH: {
      char **slot = pp_config_str(k, base);
      pp_free(*slot);
      *slot = pd->s;
      pd->s = NULL;
      break;
    }
    case PP_CFG_UINT:
    case PP_CFG_DURATION:
      *pp_config_u64(k, base) = pd->u;
      break;
    case PP_CFG_BOOL:
      *pp_config_bool(k, base) = pd->b;
      break;
    case PP_CFG_LIST: {
      struct pp_cfg_list *l = pp_config_list(k, base);
      pp_config_list_clear(l);
      *l = pd->l;
      pd->l.v = NULL;
      pd->l.n = 0;
      break;
    }
    }
  }
}

int pp_config_load_buffer(const struct pp_cfg_table *t, void *base,
                          const char *name, const char *basedir,
                          const void *data, size_t len,
                          struct pp_cfg_diags *d)
{
  struct ld L;
  size_t i;
  int rc;

  memset(d, 0, sizeof(*d));
  memset(&L, 0, sizeof(L));
  L.t = t;
  L.name = name ? name : "(config)";
  L.basedir = basedir && *basedir ? basedir : NULL;
  L.data = data;
  L.len = len;
  L.d = d;
  if(len > PP_CFG_FILE_MAX) {
    report(&L, PP_CFG_E_LIMIT, NULL, "larger than %u bytes: not a "
           "configuration file", PP_CFG_FILE_MAX);
    return PP_ELIMIT;
  }
  L.pend = pp_calloc(t->n ? t->n : 1, sizeof(*L.pend));
  if(!L.pend || !yaml_parser_initialize(&L.p)) {
    pp_free(L.pend);
    report(&L, PP_CFG_E_NOMEM, NULL, "out of memory");
    return PP_ENOMEM;
  }
  yaml_parser_set_encoding(&L.p, YAML_UTF8_ENCODING);
  /* libyaml reads through a NULL pointer as an empty string */
  yaml_parser_set_input_string(&L.p, data ? data : (const void *)"",
                               data ? len : 0);
  document(&L);
  if(L.have_ev)
    yaml_event_delete(&L.ev);
  yaml_parser_delete(&L.p);

  if(L.nomem)
    rc = PP_ENOMEM;
  else if(d->total)
    rc = PP_EMALFORMED;
  else {
    apply(&L, base);
    rc = PP_OK;
  }
  for(i = 0; i < t->n; i++) {
    pp_free(L.pend[i].s);
    pp_config_list_clear(&L.pend[i].l);
  }
  pp_free(L.pend);
  pp_free(L.secs);
  return rc;
}

/* The whole file, at most PP_CFG_FILE_MAX + 1 bytes (to tell it is over).
 * Works on pipes too.  PP_OK, PP_ENOENT, PP_EIO, PP_ELIMIT, PP_ENOMEM. */
static int read_file(const char *path, uint8_t **out, size_t *outlen,
                     int *err)
{
  uint8_t *buf = NULL;
  size_t len = 0, cap = 0;
  int fd = open(path, O_RDONLY | O_CLOEXEC), rc = PP_OK;
  *err = 0;
  if(fd < 0) {
    *err = errno;
    return errno == ENOENT ? PP_ENOENT : PP_EIO;
  }
  for(;;) {
    ssize_t n;
    if(len == cap) {
      uint8_t *nb;
      if(cap > PP_CFG_FILE_MAX) {
        rc = PP_ELIMIT;
        break;
      }
      cap = cap ? PP_MIN(cap * 4, (size_t)PP_CFG_FILE_MAX + 1) : READ_CHUNK;
      nb = pp_realloc(buf, cap);
      if(!nb) {
        rc = PP_ENOMEM;
        break;
      }
      buf = nb;
    }
    n = read(fd, buf + len, cap - len);
    if(n < 0 && errno == EINTR)
      continue;
    if(n < 0) {
      *err = errno;
      rc = PP_EIO;
      break;
    }
    if(!n)
      break;
    len += (size_t)n;
  }
  close(fd);
  if(rc) {
    pp_free(buf);
    return rc;
  }
  *out = buf;
  *outlen = len;
  return PP_OK;
}

int pp_config_load_file(const struct pp_cfg_table *t, void *base,
                        const char *path, struct pp_cfg_diags *d)
{
  char dir[PP_CFG_PATH_MAX + 1];
  const char *slash;
  uint8_t *buf = NULL;
  size_t len = 0;
  int rc, err;

  memset(d, 0, sizeof(*d));
  rc = read_file(path, &buf, &len, &err);
  if(rc) {
    struct pp_cfg_diag *g = &d->v[0];
    d->total = d->n = 1;
    g->kind = rc == PP_ENOMEM ? PP_CFG_E_NOMEM :
              rc == PP_ELIMIT ? PP_CFG_E_LIMIT : PP_CFG_E_IO;
    if(rc == PP_ELIMIT)
      snprintf(g->msg, sizeof(g->msg), "%s: larger than %u bytes: not a "
               "configuration file", path, PP_CFG_FILE_MAX);
    else
      snprintf(g->msg, sizeof(g->msg), "%s: %s", path,
               err ? strerror(err) : pp_strerror(rc));
    return rc;
  }
  /* Relative paths in the file are relative to its folder. */
  slash = strrchr(path, '/');
  if(!slash)
    dir[0] = '\0';
  else if(slash == path)
    snprintf(dir, sizeof(dir), "/");
  else
    snprintf(dir, sizeof(dir), "%.*s", (int)(slash - path), path);
  rc = pp_config_load_buffer(t, base, path, dir, buf, len, d);
  pp_free(buf);
  return rc;
}

/* ---- printing ----------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at the cursor (2..4), or 0. */
static size_t utf8_seq(const struct pp_rd *r)
{
  uint8_t b0 = rd_peek(r, 0), b1 = rd_peek(r, 1);
  size_t n, i;
  if(b0 >= 0xc2 && b0 <= 0xdf)
    n = 2;
  else if(b0 >= 0xe0 && b0 <= 0xef)
    n = 3;
  else if(b0 >= 0xf0 && b0 <= 0xf4)
    n = 4;
  else
    return 0;
  for(i = 1; i < n; i++)
    if((rd_peek(r, i) & 0xc0) != 0x80)
      return 0;
  if((b0 == 0xe0 && b1 < 0xa0) || (b0 == 0xed && b1 > 0x9f) ||
     (b0 == 0xf0 && b1 < 0x90) || (b0 == 0xf4 && b1 > 0x8f))
    return 0;                          /* overlong, surrogate, > U+10FFFF */
  return n;
}

/* Whether s can be written as a plain scalar that reads back as s. */
static bool plain_ok(const char *s)
{
  struct pp_rd r;
  size_t len = strlen(s);
  uint8_t c;
  rd_init(&r, s, len);
  if(!len || rd_peek(&r, len - 1) == ' ' || !strcmp(s, "null") ||
     !strcmp(s, "Null") || !strcmp(s, "NULL"))
    return false;
  c = rd_peek(&r, 0);
  if(!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
       (c >= '0' && c <= '9') || c == '/' || c == '.' || c == '_'))
    return false;
  while(rd_left(&r)) {
    c = rd_u8(&r);
    if(!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || strchr("/._+-", c) ||
         (c == ' ' && rd_peek(&r, 0) != ' ')))
      return false;
  }
  return true;
}

/* The code point of the n-byte UTF-8 sequence at the cursor. */
static uint32_t utf8_cp(const struct pp_rd *r, size_t n)
{
  uint32_t cp = rd_peek(r, 0) & (n == 2 ? 0x1f : n == 3 ? 0x0f : 0x07);
  size_t i;
  for(i = 1; i < n; i++)
    cp = cp << 6 | (rd_peek(r, i) & 0x3f);
  return cp;
}

/*
 * s as a YAML scalar: plain when safe, else double-quoted.  Escaped: what
 * YAML does not allow raw (C0 and C1 controls, U+FFFE, U+FFFF) and what it
 * would fold as a line break (U+0085, U+2028, U+2029), and a BOM.  A byte
 * that is not part of valid UTF-8 (possible only from the command line)
 * has no YAML spelling; it is written as \xNN, read back as U+00NN.
 */
static void put_str(FILE *f, const char *s)
{
  struct pp_rd r;
  if(plain_ok(s)) {
    fputs(s, f);
    return;
  }
  fputc('"', f);
  rd_init(&r, s, strlen(s));
  while(rd_left(&r)) {
    uint8_t c = rd_peek(&r, 0);
    uint32_t cp;
    size_t n;
    if(c == '"' || c == '\\') {
      fputc('\\', f);
      fputc(rd_u8(&r), f);
    }
    else if(c == '\n' || c == '\t') {
      fputs(c == '\n' ? "\\n" : "\\t", f);
      rd_skip(&r, 1);
    }
    else if(c >= 0x20 && c < 0x7f)
      fputc(rd_u8(&r), f);
    else if(c < 0x80 || !(n = utf8_seq(&r)))
      fprintf(f, "\\x%02x", rd_u8(&r));
    else if((cp = utf8_cp(&r, n)) < 0xa0) {
      fprintf(f, "\\x%02x", (unsigned)cp);
      rd_skip(&r, n);
    }
    else if(cp == 0x2028 || cp == 0x2029 || cp == 0xfeff || cp == 0xfffe ||
            cp == 0xffff) {
      fprintf(f, "\\u%04X", (unsigned)cp);
      rd_skip(&r, n);
    }
    else
      fwrite(rd_ptr(&r, n), 1, n, f);
  }
  fputc('"', f);
}

static void fmt_u64(char *buf, size_t cap, const struct pp_cfg_key *k,
                    uint64_t v)
{
  static const struct unit {
    uint64_t mult;
    char c;
  } sizes[] = {{1024ull * 1024 * 1024, 'G'}, {1024 * 1024, 'M'},
               {1024, 'k'}},
    times[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
  const struct unit *u = NULL;
  size_t i, n = 0;
  if(k->type == PP_CFG_DURATION) {
    u = times;
    n = PP_ARRAY_LEN(times);
  }
  else if(k->flags & PP_CFG_F_SUFFIX) {
    u = sizes;
    n = PP_ARRAY_LEN(sizes);
  }
  for(i = 0; i < n; i++) {
    if(v && !(v % u[i].mult)) {
      snprintf(buf, cap, "%llu%c", (unsigned long long)(v / u[i].mult),
               u[i].c);
      return;
    }
  }
  snprintf(buf, cap, "%llu%s", (unsigned long long)v,
           k->type == PP_CFG_DURATION ? "s" : "");
}

/* Sections of name that differ from those of prev (NULL: none), written
 * as headers; returns the indentation of name's own line. */
static int headers(FILE *f, const char *prev, const char *name, bool blank)
{
  size_t same = 0, level = 0, i = 0;
  const char *seg = name;
  /* how many leading sections name shares with prev */
  if(prev) {
    const char *a = prev, *b = name;
    for(;;) {
      const char *da = strchr(a, '.'), *db = strchr(b, '.');
      if(!da || !db || da - a != db - b || strncmp(a, b, (size_t)(da - a)))
        break;
      same++;
      a = da + 1;
      b = db + 1;
    }
  }
  for(;;) {
    const char *dot = strchr(seg, '.');
    if(!dot)
      break;
    if(level >= same) {
      if(blank && level == 0)
        fputc('\n', f);
      for(i = 0; i < level; i++)
        fputs("  ", f);
      fprintf(f, "%.*s:\n", (int)(dot - seg), seg);
    }
    level++;
    seg = dot + 1;
  }
  return (int)level * 2;
}

static const char *leaf(const char *name)
{
  const char *dot = strrchr(name, '.');
  return dot ? dot + 1 : name;
}

/* The value of a scalar key as YAML text, or NULL when unset. */
static bool value_text(const struct pp_cfg_key *k, const void *base,
                       char *buf, size_t cap, const char **str)
{
  *str = NULL;
  switch(k->type) {
  case PP_CFG_STRING:
  case PP_CFG_PATH:
    *str = get_str(k, base);
    return *str != NULL;
  case PP_CFG_UINT:
  case PP_CFG_DURATION:
    fmt_u64(buf, cap, k, get_u64(k, base));
    return true;
  case PP_CFG_BOOL:
    if(get_bool(k, base) < 0)
      return false;
    snprintf(buf, cap, "%s", get_bool(k, base) ? "true" : "false");
    return true;
  case PP_CFG_LIST:
    break;
  }
  return false;
}

int pp_config_print(FILE *f, const struct pp_cfg_table *t, const void *base)
{
  size_t i, j;
  for(i = 0; i < t->n; i++) {
    const struct pp_cfg_key *k = &t->keys[i];
    int ind = headers(f, i ? t->keys[i - 1].name : NULL, k->name, false);
    char buf[64];
    const char *str;
    if(k->type == PP_CFG_LIST) {
      struct pp_cfg_list l = get_list(k, base);
      fprintf(f, "%*s%s:%s\n", ind, "", leaf(k->name), l.n ? "" : " []");
      for(j = 0; j < l.n; j++) {
        fprintf(f, "%*s  - ", ind, "");
        put_str(f, l.v[j]);
        fputc('\n', f);
      }
    }
    else if(!value_text(k, base, buf, sizeof(buf), &str))
      fprintf(f, "%*s# %s: (not set)\n", ind, "", leaf(k->name));
    else {
      fprintf(f, "%*s%s: ", ind, "", leaf(k->name));
      if(str)
        put_str(f, str);
      else
        fputs(buf, f);
      fputc('\n', f);
    }
  }
  return fflush(f) || ferror(f) ? PP_EIO : PP_OK;
}

/* "Integer, 1..4294967296." and the like, for the sample. */
static void type_text(const struct pp_cfg_key *k, char *buf, size_t cap)
{
  char lo[32], hi[32];
  switch(k->type) {
  case PP_CFG_STRING:
    snprintf(buf, cap, "String");
    break;
  case PP_CFG_PATH:
    snprintf(buf, cap, "Path%s", k->flags & PP_CFG_F_DASH ? " or -" : "");
    break;
  case PP_CFG_UINT:
  case PP_CFG_DURATION:
    fmt_u64(lo, sizeof(lo), k, k->min);
    fmt_u64(hi, sizeof(hi), k, k->max);
    snprintf(buf, cap, "%s, %s..%s%s",
             k->type == PP_CFG_DURATION ? "Duration" :
             k->flags & PP_CFG_F_SUFFIX ? "Size" : "Integer", lo, hi,
             k->type == PP_CFG_DURATION ? " (s, m, h, d)" :
             k->flags & PP_CFG_F_SUFFIX ? " (k, M, G)" : "");
    break;
  case PP_CFG_BOOL:
    snprintf(buf, cap, "Boolean (true or false)");
    break;
  case PP_CFG_LIST:
    snprintf(buf, cap, "List of %s, at most %zu",
             k->flags & PP_CFG_F_PATHS ? "paths" : "strings", list_cap(k));
    break;
  }
}

int pp_config_print_sample(FILE *f, const struct pp_cfg_table *t,
                           const void *base)
{
  size_t i, j;
  for(i = 0; i < t->n; i++) {
    const struct pp_cfg_key *k = &t->keys[i];
    const char *prev = i ? t->keys[i - 1].name : NULL;
    char tbuf[128], buf[64];
    const char *str;
    int ind;
    /* a blank line between keys of one section */
    if(prev && strrchr(prev, '.') && strrchr(k->name, '.') &&
       strrchr(prev, '.') - prev == strrchr(k->name, '.') - k->name &&
       !strncmp(prev, k->name, (size_t)(strrchr(prev, '.') - prev)))
      fputc('\n', f);
    ind = headers(f, prev, k->name, true);
    type_text(k, tbuf, sizeof(tbuf));
    fprintf(f, "%*s# %s.\n%*s# %s.", ind, "", k->help, ind, "", tbuf);
    if(k->opt)
      fprintf(f, "  Option %s.", k->opt);
    fprintf(f, "\n%*s#%s: ", ind, "", leaf(k->name));
    if(k->type == PP_CFG_LIST) {
      struct pp_cfg_list l = get_list(k, base);
      if(!l.n && k->example)
        fprintf(f, "%s  # example", k->example);
      else {
        fputc('[', f);
        for(j = 0; j < l.n; j++) {
          fputs(j ? ", " : "", f);
          put_str(f, l.v[j]);
        }
        fputc(']', f);
      }
    }
    else if(value_text(k, base, buf, sizeof(buf), &str)) {
      if(str)
        put_str(f, str);
      else
        fputs(buf, f);
    }
    else if(k->example)
      fprintf(f, "%s  # example", k->example);
    fputc('\n', f);
  }
  return fflush(f) || ferror(f) ? PP_EIO : PP_OK;
}
