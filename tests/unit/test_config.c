/*
 * test_config.c: the YAML configuration loader (pp_config.c): every type,
 * every kind of error with its line and column, all-or-nothing loading,
 * overrides, limits (file size, nesting, list length, string length),
 * empty files, files that are not YAML or not UTF-8, anchors and aliases,
 * printing that reads back, the sample, and allocation failures.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "pp_alloc.h"
#include "pp_config.h"
#include "pp_err.h"

struct tconf {
  struct pp_cfg_list files, tags;
  char *name, *db, *out;
  uint64_t count, size, timeout, deep;
  int flag, verbose;
};

#define K(name, type, flags, field, min, max, help) \
  {name, type, flags, offsetof(struct tconf, field), min, max, NULL, help, \
   NULL}
static const struct pp_cfg_key keys[] = {
  K("input.files", PP_CFG_LIST, PP_CFG_F_PATHS, files, 0, 3, "files"),
  K("input.tags", PP_CFG_LIST, 0, tags, 0, 0, "tags"),
  K("input.name", PP_CFG_STRING, 0, name, 0, 16, "a name"),
  K("store.db", PP_CFG_PATH, 0, db, 0, 0, "the store"),
  K("store.out", PP_CFG_PATH, PP_CFG_F_DASH, out, 0, 0, "output"),
  K("limits.count", PP_CFG_UINT, 0, count, 1, 1000, "a count"),
  K("limits.size", PP_CFG_UINT, PP_CFG_F_SUFFIX, size, 512, 1 << 20,
    "a size"),
  K("limits.timeout", PP_CFG_DURATION, 0, timeout, 1, 86400, "a time"),
  K("output.flag", PP_CFG_BOOL, 0, flag, 0, 0, "a flag"),
  K("output.verbose", PP_CFG_BOOL, 0, verbose, 0, 0, "another"),
  K("deep.er.value", PP_CFG_UINT, 0, deep, 0, 10, "three levels"),
};
#undef K
static const struct pp_cfg_table table = {keys, PP_ARRAY_LEN(keys)};

static struct pp_cfg_diags d;

static void defaults(struct tconf *c)
{
  memset(c, 0, sizeof(*c));
  c->count = 7;
  c->size = 16384;
  c->timeout = 300;
  c->flag = -1;
  c->verbose = 0;
}

/* The errors of the last load, when a test did not expect them. */
static void dump(void)
{
  size_t i;
  for(i = 0; i < d.n; i++)
    diag("%s", d.v[i].msg);
}

static int load(struct tconf *c, const char *text)
{
  return pp_config_load_buffer(&table, c, "t.yaml", "/etc/pp", text,
                               strlen(text), &d);
}

/* One error expected: its kind, line, column, and a piece of its text. */
static void one_error(const char *text, enum pp_cfg_kind kind,
                      unsigned line, unsigned col, const char *piece,
                      const char *what)
{
  struct tconf c;
  int rc;
  defaults(&c);
  rc = load(&c, text);
  ok(rc == PP_EMALFORMED && d.total == 1 && d.n == 1 &&
     d.v[0].kind == kind && d.v[0].line == line && d.v[0].col == col &&
     strstr(d.v[0].msg, piece) != NULL,
     "%s: %s", what, d.n ? d.v[0].msg : "(no error)");
  if(d.n && (d.v[0].kind != kind || d.v[0].line != line ||
             d.v[0].col != col))
    diag("got kind %d at %u:%u, total %zu", d.v[0].kind, d.v[0].line,
         d.v[0].col, d.total);
  pp_config_free(&table, &c);
}

static void test_types(void)
{
  struct tconf c;
  defaults(&c);
  is_int(load(&c,
              "# a comment\n"
              "input:\n"
              "  files: [a.pcap, /abs/b.pcap, \"sub dir/c.pcap\"]\n"
              "  tags:\n"
              "    - one\n"
              "    - 'two: three'\n"
              "  name: \"caf\xc3\xa9 \\\"x\\\"\"\n"
              "store:\n"
              "  db: inv.db\n"
              "  out: '-'\n"
              "limits:\n"
              "  count: 1000\n"
              "  size: 16k\n"
              "  timeout: 5m\n"
              "output:\n"
              "  flag: yes\n"
              "  verbose: On\n"
              "deep:\n"
              "  er:\n"
              "    value: 0\n"), PP_OK, "every type loads");
  if(!is_int(d.total, 0, "no error"))
    dump();
  is_int(c.files.n, 3, "list of 3 paths");
  is_str(c.files.n > 0 ? c.files.v[0] : NULL, "/etc/pp/a.pcap",
         "relative path joined to the file's folder");
  is_str(c.files.n > 1 ? c.files.v[1] : NULL, "/abs/b.pcap",
         "absolute path kept");
  is_str(c.files.n > 2 ? c.files.v[2] : NULL, "/etc/pp/sub dir/c.pcap",
         "quoted path with a space");
  is_int(c.tags.n, 2, "block list");
  is_str(c.tags.n > 1 ? c.tags.v[1] : NULL, "two: three",
         "list of strings: not joined, quoted text kept");
  is_str(c.name, "caf\xc3\xa9 \"x\"", "UTF-8 string with escapes");
  is_str(c.db, "/etc/pp/inv.db", "path");
  is_str(c.out, "-", "'-' kept for a PP_CFG_F_DASH path");
  is_int(c.count, 1000, "uint at its maximum");
  is_int(c.size, 16384, "size with k");
  is_int(c.timeout, 300, "duration with m");
  is_int(c.flag, 1, "bool yes");
  is_int(c.verbose, 1, "bool On");
  is_int(c.deep, 0, "three levels deep, 0 at the minimum");
  pp_config_free(&table, &c);
  ok(!c.files.n && !c.files.v && !c.name && !c.db,
     "pp_config_free unsets strings and lists");
  pp_config_free(&table, NULL);
  pp_config_free(NULL, &c);
  ok(1, "pp_config_free(NULL) is a no-op");
}

static void test_numbers(void)
{
  static const struct {
    const char *text;
    uint64_t want;
  } sizes[] = {{"512", 512}, {"1k", 1024}, {"64K", 65536},
               {"1M", 1048576}, {"1m", 1048576}},
    times[] = {{"1", 1}, {"30s", 30}, {"2m", 120}, {"3h", 10800},
               {"1d", 86400}, {"86400", 86400}};
  static const struct {
    const char *text;
    int want;
  } bools[] = {{"true", 1}, {"false", 0}, {"TRUE", 1}, {"False", 0},
               {"yes", 1}, {"no", 0}, {"on", 1}, {"off", 0}};
  char text[128];
  struct tconf c;
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(sizes); i++) {
    defaults(&c);
    snprintf(text, sizeof(text), "limits:\n  size: %s\n", sizes[i].text);
    ok(load(&c, text) == PP_OK && c.size == sizes[i].want, "size %s = %llu",
       sizes[i].text, (unsigned long long)sizes[i].want);
  }
  for(i = 0; i < PP_ARRAY_LEN(times); i++) {
    defaults(&c);
    snprintf(text, sizeof(text), "limits:\n  timeout: %s\n", times[i].text);
    ok(load(&c, text) == PP_OK && c.timeout == times[i].want,
       "duration %s = %llu s", times[i].text,
       (unsigned long long)times[i].want);
  }
  for(i = 0; i < PP_ARRAY_LEN(bools); i++) {
    defaults(&c);
    snprintf(text, sizeof(text), "output:\n  flag: %s\n", bools[i].text);
    ok(load(&c, text) == PP_OK && c.flag == bools[i].want, "bool %s = %d",
       bools[i].text, bools[i].want);
  }
}

static void test_errors(void)
{
  /* unknown keys and sections, with suggestions */
  one_error("limits:\n  cuont: 5\n", PP_CFG_E_UNKNOWN, 2, 3,
            "unknown key 'limits.cuont' (did you mean 'limits.count'?)",
            "unknown key, transposition suggested");
  one_error("limits:\n  count: 5\n  time-out: 9\n", PP_CFG_E_UNKNOWN, 3,
            3, "did you mean 'limits.timeout'?",
            "unknown key, close name suggested");
  one_error("limts:\n  count: 5\n", PP_CFG_E_UNKNOWN, 1, 1,
            "unknown section 'limts' (did you mean 'limits'?)",
            "unknown section");
  one_error("limits:\n  db: x\n", PP_CFG_E_UNKNOWN, 2, 3,
            "did you mean 'store.db'?", "key in the wrong section");
  one_error("bogus:\n  anything: [1, 2]\n", PP_CFG_E_UNKNOWN, 1, 1,
            "unknown section 'bogus'", "unknown section, no suggestion");
  one_error("limits:\n  xyzzy: 1\n", PP_CFG_E_UNKNOWN, 2, 3,
            "unknown key 'limits.xyzzy'\0", "nothing close: no suggestion");
  one_error("limits.count: 5\n", PP_CFG_E_UNKNOWN, 1, 1,
            "keys are not dotted", "dotted key refused, with a hint");
  one_error("limits:\n  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            "aaaaaaaaaaaaaaaaaaaaaaaaaaa: 1\n", PP_CFG_E_UNKNOWN, 2, 3,
            "name too long", "key name over PP_CFG_KEY_MAX");
  /* wrong types */
  one_error("limits:\n  count: abc\n", PP_CFG_E_TYPE, 2, 10,
            "'limits.count': expected an integer, not 'abc'",
            "text for an integer");
  one_error("limits:\n  count: \"5\"\n", PP_CFG_E_TYPE, 2, 10,
            "not a quoted string", "quoted number refused");
  one_error("limits:\n  count: [1, 2]\n", PP_CFG_E_TYPE, 2, 10,
            "expected an integer, not a list", "list for an integer");
  one_error("limits:\n  count: {a: 1}\n", PP_CFG_E_TYPE, 2, 10,
            "not a mapping", "mapping for an integer");
  one_error("limits:\n  count: 010\n", PP_CFG_E_TYPE, 2, 10,
            "expected an integer", "leading zero (YAML octal) refused");
  one_error("limits:\n  count: -5\n", PP_CFG_E_TYPE, 2, 10,
            "expected an integer", "negative number");
  one_error("limits:\n  count: 5k\n", PP_CFG_E_TYPE, 2, 10,
            "expected an integer", "suffix on a plain integer");
  one_error("limits:\n  size: 5x\n", PP_CFG_E_TYPE, 2, 9,
            "expected a size (bytes, or a number with k, M or G)",
            "bad size suffix");
  one_error("limits:\n  timeout: 5w\n", PP_CFG_E_TYPE, 2, 12,
            "expected a duration", "bad duration unit");
  one_error("limits:\n  timeout: 5 m\n", PP_CFG_E_TYPE, 2, 12,
            "expected a duration", "space before the unit");
  one_error("output:\n  flag: maybe\n", PP_CFG_E_TYPE, 2, 9,
            "expected true or false, not 'maybe'", "bad boolean");
  one_error("output:\n  flag: 1\n", PP_CFG_E_TYPE, 2, 9,
            "expected true or false", "1 is not a boolean");
  one_error("input:\n  files: a.pcap\n", PP_CFG_E_TYPE, 2, 10,
            "expected a list", "scalar for a list");
  one_error("input:\n  files: [a, [b]]\n", PP_CFG_E_TYPE, 2, 14,
            "list items must be strings", "nested list in a list");
  one_error("input:\n  files:\n    - a\n    - {x: y}\n", PP_CFG_E_TYPE, 4,
            7, "list items must be strings", "mapping in a list");
  one_error("input:\n  files: [a, ~]\n", PP_CFG_E_TYPE, 2, 14,
            "no value in the list", "null list item");
  one_error("limits: 5\n", PP_CFG_E_TYPE, 1, 9,
            "'limits' is a section", "scalar for a section");
  one_error("limits:\n  count:\n", PP_CFG_E_TYPE, 2, 9, "no value",
            "key without a value");
  one_error("limits:\n  count: null\n", PP_CFG_E_TYPE, 2, 10, "no value",
            "null value");
  one_error("store:\n  db: \"\"\n", PP_CFG_E_TYPE, 2, 7, "empty path",
            "empty path");
  one_error("input:\n  name: \"a\\0b\"\n", PP_CFG_E_TYPE, 2, 9,
            "NUL character", "NUL byte in a string");
  /* ranges */
  one_error("limits:\n  count: 0\n", PP_CFG_E_RANGE, 2, 10,
            "'limits.count': 0 is out of range (allowed 1..1000)",
            "below the minimum");
  one_error("limits:\n  count: 1001\n", PP_CFG_E_RANGE, 2, 10,
            "allowed 1..1000", "above the maximum");
  one_error("limits:\n  count: 99999999999999999999999\n", PP_CFG_E_RANGE,
            2, 10, "out of range", "beyond 64 bits");
  one_error("limits:\n  size: 2M\n", PP_CFG_E_RANGE, 2, 9,
            "allowed 512..1048576", "size above the maximum");
  one_error("limits:\n  size: 16777216T\n", PP_CFG_E_TYPE, 2, 9,
            "expected a size", "unknown size suffix T");
  one_error("limits:\n  size: 18014398509481984k\n", PP_CFG_E_RANGE, 2, 9,
            "out of range", "suffix overflows 64 bits");
  one_error("limits:\n  timeout: 2d\n", PP_CFG_E_RANGE, 2, 12,
            "allowed 1..86400 seconds", "duration above the maximum");
  one_error("limits:\n  timeout: 0s\n", PP_CFG_E_RANGE, 2, 12,
            "out of range", "zero duration");
  /* duplicates */
  one_error("limits:\n  count: 1\n  count: 2\n", PP_CFG_E_DUPLICATE, 3, 3,
            "duplicate key 'limits.count' (first given at line 2, column 3)",
            "duplicate key");
  one_error("limits:\n  count: 1\nstore:\n  db: x\nlimits:\n  size: 1k\n",
            PP_CFG_E_DUPLICATE, 5, 1,
            "duplicate section 'limits' (first given at line 1", 
            "duplicate section");
  one_error("deep:\n  er:\n    value: 1\n  er:\n    value: 2\n",
            PP_CFG_E_DUPLICATE, 4, 3, "duplicate section 'deep.er'",
            "duplicate inner section");
  /* structure */
  one_error("hello\n", PP_CFG_E_STRUCTURE, 1, 1,
            "expected a mapping of sections", "a scalar at the top");
  one_error("- a\n- b\n", PP_CFG_E_STRUCTURE, 1, 1,
            "not a list", "a list at the top");
  one_error("limits:\n  count: 1\n---\nlimits:\n  count: 2\n",
            PP_CFG_E_STRUCTURE, 3, 1, "second YAML document",
            "two documents");
  one_error("? [a, b]\n: 1\n", PP_CFG_E_STRUCTURE, 1, 3,
            "a key must be a plain name", "a list as a key");
  /* YAML syntax */
  one_error("input:\n  tags: [1, 2\n", PP_CFG_E_SYNTAX, 3, 1,
            "YAML syntax error", "unclosed flow sequence");
  one_error("limits:\n  count: 1: 2\n", PP_CFG_E_SYNTAX, 2, 11,
            "mapping values are not allowed", "a: b: c");
  one_error("limits:\n\tcount: 1\n", PP_CFG_E_SYNTAX, 2, 1,
            "YAML syntax error", "tab indentation");
  one_error("limits:\n  count: 'unterminated\n", PP_CFG_E_SYNTAX, 3, 1,
            "YAML syntax error", "unterminated quote");
  /* anchors, aliases, tags */
  one_error("limits:\n  count: &n 5\n", PP_CFG_E_UNSUPPORTED, 2, 10,
            "anchors (&name) are not supported", "anchor refused");
  one_error("limits:\n  count: !!int 5\n", PP_CFG_E_UNSUPPORTED, 2, 10,
            "tags (!name) are not supported", "tag refused");
  one_error("input:\n  files: *x\n", PP_CFG_E_UNSUPPORTED, 2, 10,
            "aliases (*name) are not supported", "alias (to no anchor)");
  /* limits */
  one_error("input:\n  name: 12345678901234567\n", PP_CFG_E_LIMIT, 2, 9,
            "too long (17 bytes, at most 16)", "string over its cap");
  one_error("input:\n  files: [a, b, c, d, e]\n", PP_CFG_E_LIMIT, 2, 20,
            "too many items (at most 3)", "list over its cap");
}

static void test_alias_bomb(void)
{
  /* "billion laughs": libyaml never expands aliases and neither does the
   * loader; each alias is an error, the whole file is refused, and the
   * work is linear in the input. */
  const char *bomb =
    "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
    "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "input:\n  files: *f\n  tags: [*a, *b]\n";
  struct tconf c;
  defaults(&c);
  is_int(load(&c, bomb), PP_EMALFORMED, "alias bomb refused");
  ok(d.total > 10 && d.total < 100, "one error per anchor, alias and "
     "unknown section (%zu)", d.total);
  ok(d.n == PP_CFG_DIAGS_MAX, "the first %d kept", PP_CFG_DIAGS_MAX);
  ok(!c.files.n && !c.tags.n, "nothing applied");
  defaults(&c);
  is_int(load(&c, "limits:\n  count: &n 5\n  size: *n\n"), PP_EMALFORMED,
         "anchor and alias in known keys");
  ok(d.total == 2 && d.v[0].kind == PP_CFG_E_UNSUPPORTED &&
     d.v[1].kind == PP_CFG_E_UNSUPPORTED && d.v[1].line == 3 &&
     d.v[1].col == 9 && strstr(d.v[1].msg, "aliases (*name)"),
     "alias reported at its place: %s", d.n > 1 ? d.v[1].msg : "");
  ok(c.count == 7, "nothing applied");
}

static void test_all_or_nothing(void)
{
  struct tconf c;
  defaults(&c);
  is_int(load(&c, "store:\n  db: first.db\ninput:\n  files: [x]\n"), PP_OK,
         "a first file");
  is_int(load(&c, "store:\n  db: second.db\ninput:\n  files: [y, z]\n"
              "limits:\n  count: 9\n  size: 1\n"), PP_EMALFORMED,
         "a second file with one error");
  is_str(c.db, "/etc/pp/first.db", "its valid string was not applied");
  ok(c.files.n == 1 && !strcmp(c.files.v[0], "/etc/pp/x"),
     "nor its list");
  is_int(c.count, 7, "nor its valid number");
  /* several errors reported in one go, in order */
  is_int(load(&c, "limits:\n  count: 0\n  sise: 1k\noutput:\n  flag: 2\n"),
         PP_EMALFORMED, "three errors");
  ok(d.total == 3 && d.n == 3 && d.v[0].line == 2 && d.v[1].line == 3 &&
     d.v[2].line == 5, "all three reported, in order");
  ok(d.v[0].kind == PP_CFG_E_RANGE && d.v[1].kind == PP_CFG_E_UNKNOWN &&
     d.v[2].kind == PP_CFG_E_TYPE, "each of its kind");
  pp_config_free(&table, &c);
}

static void test_many_errors(void)
{
  char text[4096];
  size_t n = 0, i;
  struct tconf c;
  defaults(&c);
  n += (size_t)snprintf(text + n, sizeof(text) - n, "limits:\n");
  for(i = 0; i < 40; i++)
    n += (size_t)snprintf(text + n, sizeof(text) - n, "  k%zu: 1\n", i);
  is_int(load(&c, text), PP_EMALFORMED, "40 unknown keys");
  is_int(d.total, 40, "all counted");
  is_int(d.n, PP_CFG_DIAGS_MAX, "the first ones kept");
  is_int(d.v[PP_CFG_DIAGS_MAX - 1].line, PP_CFG_DIAGS_MAX + 1,
         "in order");
}

static void test_overrides(void)
{
  struct tconf c;
  const struct pp_cfg_key *k;
  defaults(&c);
  is_int(load(&c, "input:\n  files: [a, b]\n  name: one\n"
              "limits:\n  count: 3\n"), PP_OK, "first file");
  is_int(load(&c, "input:\n  files: [c]\n  name: two\n"), PP_OK,
         "second file");
  ok(c.files.n == 1 && !strcmp(c.files.v[0], "/etc/pp/c"),
     "a later list replaces, not appends");
  is_str(c.name, "two", "a later string replaces");
  is_int(c.count, 3, "keys the later file does not give are kept");
  k = pp_config_find(&table, "input.name");
  ok(k && k->type == PP_CFG_STRING, "pp_config_find");
  ok(!pp_config_find(&table, "input") && !pp_config_find(&table, NULL),
     "a section or NULL is not a key");
  is_int(pp_config_set_str(k, &c, "three"), PP_OK, "an option overrides");
  is_str(c.name, "three", "its value");
  is_int(pp_config_set_str(k, &c, NULL), PP_OK, "unset");
  ok(c.name == NULL, "unset is NULL");
  pp_config_list_clear(&c.files);
  is_int(pp_config_list_add(&c.files, "x", 2), PP_OK, "list add");
  is_int(pp_config_list_add(&c.files, "y", 2), PP_OK, "list add");
  is_int(pp_config_list_add(&c.files, "z", 2), PP_ELIMIT,
         "list add over its max");
  is_int(c.files.n, 2, "two items");
  *pp_config_u64(pp_config_find(&table, "limits.count"), &c) = 42;
  is_int(c.count, 42, "pp_config_u64 points at the field");
  pp_config_free(&table, &c);
}

static void test_rebase(void)
{
  static const char text[] = "input:\n  files: [a, /b]\n  tags: [t]\n"
                             "  name: n\nstore:\n  db: rel.db\n"
                             "  out: '-'\n";
  char dir[PP_CFG_PATH_MAX + 1];
  struct tconf c;
  defaults(&c);
  is_int(pp_config_load_buffer(&table, &c, "r", NULL, text, strlen(text),
                               &d), PP_OK,
         "relative paths without a base folder");
  is_str(c.db, "rel.db", "stay relative");
  is_int(pp_config_rebase(&table, &c, "/cwd"), PP_OK, "rebase");
  is_str(c.db, "/cwd/rel.db", "a relative path is joined");
  is_str(c.out, "-", "'-' of a PP_CFG_F_DASH key stays");
  ok(c.files.n == 2 && !strcmp(c.files.v[0], "/cwd/a") &&
     !strcmp(c.files.v[1], "/b"), "list of paths: relative ones joined");
  ok(c.tags.n == 1 && !strcmp(c.tags.v[0], "t") && !strcmp(c.name, "n"),
     "strings and lists of strings untouched");
  is_int(pp_config_rebase(&table, &c, "/other"), PP_OK, "rebase again");
  is_str(c.db, "/cwd/rel.db", "absolute paths untouched");
  pp_config_set_str(pp_config_find(&table, "store.db"), &c, "x.db");
  is_int(pp_config_rebase(&table, &c, "/"), PP_OK, "rebase on /");
  is_str(c.db, "/x.db", "no double slash");
  pp_config_set_str(pp_config_find(&table, "store.db"), &c, "x.db");
  is_int(pp_config_rebase(&table, &c, ""), PP_OK, "empty folder: no-op");
  is_str(c.db, "x.db", "unchanged");
  memset(dir, 'd', sizeof(dir) - 1);
  dir[0] = '/';
  dir[sizeof(dir) - 1] = '\0';
  is_int(pp_config_rebase(&table, &c, dir), PP_ELIMIT,
         "over PP_CFG_PATH_MAX: PP_ELIMIT");
  is_str(c.db, "x.db", "and the path stays as it was");
  pp_config_free(&table, &c);
}

static void test_empty(void)
{
  static const char *const texts[] = {
    "", "\n\n", "# only a comment\n", "---\n", "---\n...\n",
    "limits:\n", "limits:\n  # nothing yet\nstore: ~\n", "{}\n",
    "\xef\xbb\xbflimits:\n  count: 7\n", "limits:\r\n  count: 7\r\n",
  };
  struct tconf c;
  size_t i;
  for(i = 0; i < PP_ARRAY_LEN(texts); i++) {
    defaults(&c);
    ok(load(&c, texts[i]) == PP_OK && d.total == 0 && c.count == 7 &&
       !c.db, "empty or neutral file %zu loads and sets nothing", i);
  }
  defaults(&c);
  is_int(pp_config_load_buffer(&table, &c, "null", NULL, NULL, 0, &d),
         PP_OK, "NULL buffer of 0 bytes");
}

static void test_not_yaml(void)
{
  static const uint8_t pcap[] = {0xd4, 0xc3, 0xb2, 0xa1, 0x02, 0x00, 0x04,
                                 0x00, 0x00, 0x00, 0x00, 0x00};
  struct tconf c;
  defaults(&c);
  is_int(pp_config_load_buffer(&table, &c, "x.pcap", NULL, pcap,
                               sizeof(pcap), &d), PP_EMALFORMED,
         "a pcap file is refused");
  ok(d.n == 1 && d.v[0].kind == PP_CFG_E_SYNTAX &&
     strstr(d.v[0].msg, "x.pcap:1:2: not UTF-8 text"),
     "as not UTF-8 text at its second byte: %s", d.n ? d.v[0].msg : "");
  one_error("input:\n  name: caf\xe9\n", PP_CFG_E_SYNTAX, 2, 12,
            "not UTF-8 text:", "Latin-1 byte in a value");
  one_error("input:\n  name: \xc3\xa9t\xc3\xa9 \xff\n", PP_CFG_E_SYNTAX, 2,
            13, "(0xff)", "column counts characters, not bytes");
  one_error("inp\xc3\x28t:\n  a: 1\n", PP_CFG_E_SYNTAX, 1, 5,
            "invalid trailing UTF-8 octet", "bad UTF-8 in a key");
  one_error("input:\n  name: a\x01z\n", PP_CFG_E_SYNTAX, 2, 10,
            "control characters are not allowed", "control character");
  one_error("\xff\xfel\0i\0m\0", PP_CFG_E_SYNTAX, 1, 1, "not UTF-8 text",
            "UTF-16 refused");
  one_error("{\"json\": [1, 2]}\n", PP_CFG_E_UNKNOWN, 1, 2,
            "unknown section 'json'", "JSON is YAML: its keys are checked");
  one_error("<html><body>hello</body></html>\n", PP_CFG_E_STRUCTURE, 1, 1,
            "expected a mapping", "HTML");
}

static void test_size_cap(void)
{
  size_t len = PP_CFG_FILE_MAX + 1, i;
  char *big = malloc(len + 1);
  struct tconf c;
  char path[] = "/tmp/test_config.XXXXXX";
  int fd;
  if(!big)
    return;
  /* comment lines: a valid file of any size */
  for(i = 0; i < len; i++)
    big[i] = i % 64 == 63 ? '\n' : i % 64 == 0 ? '#' : 'x';
  big[len] = '\0';
  defaults(&c);
  is_int(pp_config_load_buffer(&table, &c, "big", NULL, big, len, &d),
         PP_ELIMIT, "a buffer of PP_CFG_FILE_MAX + 1 bytes is refused");
  ok(d.n == 1 && d.v[0].kind == PP_CFG_E_LIMIT &&
     strstr(d.v[0].msg, "larger than 1048576 bytes"), "%s",
     d.n ? d.v[0].msg : "");
  big[PP_CFG_FILE_MAX - 1] = '\n';
  is_int(pp_config_load_buffer(&table, &c, "big", NULL, big,
                               PP_CFG_FILE_MAX, &d), PP_OK,
         "exactly PP_CFG_FILE_MAX bytes load");
  fd = mkstemp(path);
  if(fd >= 0) {
    ok(write(fd, big, len) == (ssize_t)len, "write a 1 MiB + 1 file");
    close(fd);
    is_int(pp_config_load_file(&table, &c, path, &d), PP_ELIMIT,
           "the file is refused too");
    ok(d.n == 1 && d.v[0].kind == PP_CFG_E_LIMIT &&
       !strncmp(d.v[0].msg, path, strlen(path)), "%s", d.v[0].msg);
    unlink(path);
  }
  free(big);
}

static void test_depth(void)
{
  char text[512];
  size_t n = 0, i;
  struct tconf c;
  /* flow nesting as a value */
  n = (size_t)snprintf(text, sizeof(text), "input:\n  files: ");
  for(i = 0; i < 100; i++)
    text[n++] = '[';
  for(i = 0; i < 100; i++)
    text[n++] = ']';
  text[n++] = '\n';
  text[n] = '\0';
  defaults(&c);
  is_int(load(&c, text), PP_EMALFORMED, "100 nested lists refused");
  ok(d.total >= 1 && d.v[d.n - 1].kind == PP_CFG_E_LIMIT &&
     d.v[d.n - 1].line == 2 &&
     strstr(d.v[d.n - 1].msg, "nested too deep (at most 16 levels)"),
     "nesting limit at its line: %s", d.n ? d.v[d.n - 1].msg : "");
  /* block nesting of unknown sections */
  n = 0;
  for(i = 0; i < 20; i++)
    n += (size_t)snprintf(text + n, sizeof(text) - n, "%*sk%zu:\n",
                          (int)(2 * i), "", i);
  n += (size_t)snprintf(text + n, sizeof(text) - n, "%*sv: 1\n", 40, "");
  defaults(&c);
  is_int(load(&c, text), PP_EMALFORMED, "20 nested mappings refused");
  ok(d.v[d.n - 1].kind == PP_CFG_E_LIMIT && d.v[d.n - 1].line == 17,
     "at the 17th level: %s", d.v[d.n - 1].msg);
  /* 16 levels are allowed (and end as a type error): root, input and 14
   * lists */
  n = (size_t)snprintf(text, sizeof(text), "input:\n  tags: ");
  for(i = 0; i < 14; i++)
    text[n++] = '[';
  for(i = 0; i < 14; i++)
    text[n++] = ']';
  text[n++] = '\n';
  text[n] = '\0';
  defaults(&c);
  is_int(load(&c, text), PP_EMALFORMED, "16 levels: parsed");
  ok(d.total == 1 && d.v[0].kind == PP_CFG_E_TYPE,
     "and refused as a type error only");
}

static void test_file(void)
{
  char dir[] = "/tmp/test_config.XXXXXX", path[256], sub[256];
  struct tconf c;
  FILE *f;
  if(!mkdtemp(dir)) {
    ok(0, "mkdtemp");
    return;
  }
  snprintf(path, sizeof(path), "%s/none.yaml", dir);
  defaults(&c);
  is_int(pp_config_load_file(&table, &c, path, &d), PP_ENOENT,
         "missing file: PP_ENOENT");
  ok(d.n == 1 && d.v[0].kind == PP_CFG_E_IO && d.v[0].line == 0 &&
     strstr(d.v[0].msg, "No such file"), "%s", d.v[0].msg);
  is_int(pp_config_load_file(&table, &c, dir, &d), PP_EIO,
         "a folder: PP_EIO");
  snprintf(path, sizeof(path), "%s/pp.yaml", dir);
  f = fopen(path, "w");
  if(f) {
    fputs("store:\n  db: inv.db\n  out: /abs/out.jsonl\n", f);
    fclose(f);
  }
  is_int(pp_config_load_file(&table, &c, path, &d), PP_OK, "a file");
  snprintf(sub, sizeof(sub), "%s/inv.db", dir);
  is_str(c.db, sub, "relative to the file's folder");
  is_str(c.out, "/abs/out.jsonl", "absolute kept");
  if(chdir(dir) == 0) {
    is_int(pp_config_load_file(&table, &c, "pp.yaml", &d), PP_OK,
           "a file in the current folder");
    is_str(c.db, "inv.db", "relative stays relative");
    if(chdir("/") == 0) {
      snprintf(sub, sizeof(sub), "%s", dir + 1);   /* "tmp/..." */
      snprintf(path, sizeof(path), "%s/pp.yaml", sub);
      is_int(pp_config_load_file(&table, &c, path, &d), PP_OK,
             "a relative file name");
      snprintf(path, sizeof(path), "%s/inv.db", sub);
      is_str(c.db, path, "paths join its relative folder");
    }
  }
  snprintf(path, sizeof(path), "%s/pp.yaml", dir);
  unlink(path);
  rmdir(dir);
  pp_config_free(&table, &c);
}

/* Print c, load it back into a fresh struct, print again: same text. */
static void test_print_roundtrip(void)
{
  static const char *const names[] = {
    "plain", "with space", "-", "null", "~", "true", "123", "a: b",
    "# not a comment", "q\" and \\ bs", "tab\tnewline\n",
    "caf\xc3\xa9 \xe2\x82\xac", "[x]", " lead", "trail ", "'single'",
    "\x01", "",
  };
  char *a = NULL, *b = NULL;
  size_t alen = 0, blen = 0, i;
  struct tconf c, r;
  FILE *f;
  for(i = 0; i < PP_ARRAY_LEN(names); i++) {
    defaults(&c);
    defaults(&r);
    pp_config_set_str(pp_config_find(&table, "input.name"), &c, names[i]);
    pp_config_set_str(pp_config_find(&table, "store.db"), &c, "/a b/c.db");
    pp_config_list_add(&c.tags, names[i], 0);
    pp_config_list_add(&c.tags, "second", 0);
    c.size = 512 * 1024;
    c.timeout = 90;
    c.flag = 0;
    f = open_memstream(&a, &alen);
    is_int(pp_config_print(f, &table, &c), PP_OK, "print %zu", i);
    fclose(f);
    if(!is_int(pp_config_load_buffer(&table, &r, "print", NULL, a, alen,
                                     &d), PP_OK, "its output loads back"))
      dump();
    is_str(r.name, names[i], "the string reads back the same");
    ok(r.tags.n == 2 && !strcmp(r.tags.v[0], names[i]),
       "the list too");
    ok(r.size == c.size && r.timeout == 90 && r.flag == 0 && r.count == 7 &&
       r.verbose == 0 && r.db && !strcmp(r.db, "/a b/c.db") && !r.out,
       "and every other value");
    f = open_memstream(&b, &blen);
    pp_config_print(f, &table, &r);
    fclose(f);
    ok(alen == blen && !memcmp(a, b, alen), "print is a fixed point");
    free(a);
    free(b);
    a = b = NULL;
    pp_config_free(&table, &c);
    pp_config_free(&table, &r);
  }
  /* values formatted with units */
  defaults(&c);
  c.size = 16384;
  c.timeout = 7200;
  f = open_memstream(&a, &alen);
  pp_config_print(f, &table, &c);
  fclose(f);
  ok(strstr(a, "  size: 16k\n") && strstr(a, "  timeout: 2h\n") &&
     strstr(a, "  # flag: (not set)\n") && strstr(a, "  files: []\n") &&
     strstr(a, "  # db: (not set)\n") && strstr(a, "deep:\n  er:\n"
                                                   "    value: 0\n"),
     "units, unset keys and nested sections");
  free(a);
}

static void test_sample(void)
{
  char *a = NULL;
  size_t alen = 0;
  struct tconf c;
  FILE *f;
  defaults(&c);
  f = open_memstream(&a, &alen);
  is_int(pp_config_print_sample(f, &table, &c), PP_OK, "sample");
  fclose(f);
  ok(strstr(a, "limits:\n") && strstr(a, "  # a count.\n"
                                         "  # Integer, 1..1000.\n"
                                         "  #count: 7\n"),
     "help, type, range and the default, commented out");
  ok(strstr(a, "  # Size, 512..1M (k, M, G).\n  #size: 16k\n") != NULL,
     "size range with units");
  ok(strstr(a, "  # Duration, 1s..1d (s, m, h, d).\n  #timeout: 5m\n") !=
     NULL, "duration range with units");
  is_int(pp_config_load_buffer(&table, &c, "sample", NULL, a, alen, &d),
         PP_OK, "the sample loads");
  ok(c.count == 7 && !c.db && c.flag == -1, "and sets nothing");
  free(a);
}

static void test_edit_distance(void)
{
  char long_key[PP_CFG_KEY_MAX + 2];
  is_int(edit_distance("", ""), 0, "empty strings");
  is_int(edit_distance("", "abc"), 3, "insertions");
  is_int(edit_distance("max-flow", "max-flows"), 1, "one missing");
  is_int(edit_distance("max_flows", "max-flows"), 1, "one changed");
  is_int(edit_distance("max-lfows", "max-flows"), 1, "a transposition");
  is_int(edit_distance("kitten", "sitting"), 3, "kitten/sitting");
  memset(long_key, 'a', sizeof(long_key) - 1);
  long_key[sizeof(long_key) - 1] = '\0';
  ok(edit_distance(long_key, "a") == SIZE_MAX, "over PP_CFG_KEY_MAX: far");
}

/* Every allocation failing in turn: PP_ENOMEM and nothing applied, or
 * PP_OK; no leak either way (checked by the sanitizer build). */
static void test_alloc_failures(void)
{
  const char *text = "input:\n  files: [a, b, c]\n  tags: [x, y, z, w, v]\n"
                     "  name: n\nstore:\n  db: d\n  out: o\nlimits:\n"
                     "  count: 5\ndeep:\n  er:\n    value: 2\n";
  struct tconf c;
  long n;
  int rc = PP_ENOMEM, bad = 0, nomem = 0;
  for(n = 0; n < 200 && rc != PP_OK; n++) {
    defaults(&c);
    pp_alloc_fail_after(n);
    rc = load(&c, text);
    pp_alloc_fail_after(-1);
    if(rc == PP_ENOMEM) {
      nomem++;
      if(c.files.n || c.name || c.db || c.count != 7 ||
         d.v[d.n - 1].kind != PP_CFG_E_NOMEM)
        bad++;
    }
    else if(rc != PP_OK)
      bad++;
    pp_config_free(&table, &c);
  }
  is_int(rc, PP_OK, "loads once allocations succeed (after %ld)", n - 1);
  ok(nomem > 5, "%d allocation failures tried", nomem);
  is_int(bad, 0, "each one PP_ENOMEM with nothing applied");
}

static void test_speed(void)
{
  /* the worst the cap allows: 1 MiB of unknown keys (each a diagnostic,
   * suggestions only for those kept) must stay fast */
  size_t len = PP_CFG_FILE_MAX, n = 0;
  char *big = malloc(len + 1);
  struct tconf c;
  clock_t t0;
  double secs;
  if(!big)
    return;
  n = (size_t)snprintf(big, len, "limits:\n");
  while(n + 40 < len)
    n += (size_t)snprintf(big + n, len - n, "  abcdefghijklmnop%zu: 1\n", n);
  defaults(&c);
  t0 = clock();
  is_int(pp_config_load_buffer(&table, &c, "big", NULL, big, n, &d),
         PP_EMALFORMED, "1 MiB of unknown keys refused");
  secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  ok(secs < 10.0, "in %.2f s", secs);
  ok(d.total > 30000 && d.n == PP_CFG_DIAGS_MAX, "%zu errors counted",
     d.total);
  free(big);
}

int main(void)
{
  test_types();
  test_numbers();
  test_errors();
  test_alias_bomb();
  test_all_or_nothing();
  test_many_errors();
  test_overrides();
  test_rebase();
  test_empty();
  test_not_yaml();
  test_size_cap();
  test_depth();
  test_file();
  test_print_roundtrip();
  test_sample();
  test_edit_distance();
  test_alloc_failures();
  test_speed();
  return tap_done();
}
