/*
 * pp_config.h: table-driven loader of YAML configuration files.
 *
 * Format: YAML 1.1 (libyaml), documented for the user in
 * pressprobe.yaml(5).  One document whose root is a mapping of sections;
 * a section is a mapping of keys (or of further sections); a key's value
 * is a scalar, or a sequence of scalars for lists:
 *
 *   capture:
 *     read: [/srv/pcap/mon.pcapng, /srv/pcap/tue.pcapng]
 *     max-flows: 2000000
 *     tcp-timeout: 5m
 *   store:
 *     db: /var/lib/pressprobe/inventory.db
 *
 * A command describes what it accepts with a static table of keys (dotted
 * paths such as "capture.max-flows"), each with a type, a range, the
 * offset of its value in the command's own struct, and a one-line help.
 * The loader validates every value against the table and applies them
 * only when the whole file is valid: a file with any error (YAML syntax,
 * unknown key or section, wrong type, value out of range, duplicate key,
 * anchors, aliases and tags, a limit reached) changes nothing.  Each error
 * is reported as "FILE:LINE:COLUMN: message" (positions from libyaml,
 * 1-based; columns count characters); an unknown key gets a "did you
 * mean" suggestion.
 *
 * Bounded: the file (PP_CFG_FILE_MAX), nesting (PP_CFG_DEPTH_MAX), list
 * items (PP_CFG_LIST_MAX, or the key's own smaller limit), strings
 * (PP_CFG_STRING_MAX, or the key's own), key names (PP_CFG_KEY_MAX).
 * Aliases are refused, so no input expands beyond its own size.
 *
 * Types and what their value in the caller's struct is:
 *   PP_CFG_STRING    char *: any scalar, as text (owned, NULL = unset)
 *   PP_CFG_PATH      char *: a non-empty scalar; a relative path is taken
 *                    relative to the folder of the file it is read from
 *                    (flag PP_CFG_F_DASH: "-" is kept as it is)
 *   PP_CFG_UINT      uint64_t: a plain decimal integer in [min, max]
 *                    (flag PP_CFG_F_SUFFIX: k, M, G = powers of 1024)
 *   PP_CFG_DURATION  uint64_t seconds: an integer with an optional unit
 *                    s, m, h or d, in [min, max] seconds
 *   PP_CFG_BOOL      int: true/false (also yes/no, on/off), -1 = unset
 *   PP_CFG_LIST      struct pp_cfg_list: a sequence of strings, at most
 *                    max items (flag PP_CFG_F_PATHS: items are paths)
 *
 * Owned strings and lists are allocated with pp_malloc; pp_config_free()
 * releases every one of a struct.  Library code: nothing here prints on
 * its own; the print functions write to the FILE the caller gives.
 */
#ifndef PP_CONFIG_H
#define PP_CONFIG_H

#include <stdio.h>

#include "pp_common.h"

#define PP_CFG_FILE_MAX (1024u * 1024)  /* bytes of a configuration file */
#define PP_CFG_DEPTH_MAX 16      /* nested mappings and sequences */
#define PP_CFG_LIST_MAX 4096     /* items of one list */
#define PP_CFG_STRING_MAX 4095   /* bytes of one string value */
#define PP_CFG_KEY_MAX 64        /* bytes of one key name (one level) */
#define PP_CFG_PATH_MAX 4095     /* bytes of a path after joining */
#define PP_CFG_DIAGS_MAX 16      /* errors kept with their message */

enum pp_cfg_type {
  PP_CFG_STRING = 1,
  PP_CFG_PATH,
  PP_CFG_UINT,
  PP_CFG_DURATION,
  PP_CFG_BOOL,
  PP_CFG_LIST,
};

#define PP_CFG_F_SUFFIX 0x1u   /* UINT: k/M/G suffixes (powers of 1024) */
#define PP_CFG_F_DASH 0x2u     /* PATH: "-" stays "-" (standard output) */
#define PP_CFG_F_PATHS 0x4u    /* LIST: items are paths */

struct pp_cfg_key {
  const char *name;        /* dotted path: "capture.max-flows" */
  enum pp_cfg_type type;
  unsigned flags;          /* PP_CFG_F_* */
  size_t off;              /* offset of the value in the caller's struct */
  uint64_t min, max;       /* UINT, DURATION: range (inclusive);
                              STRING, PATH: max bytes (0: the global cap);
                              LIST: max items (0: the global cap) */
  const char *opt;         /* the command-line option that overrides it,
                              or NULL: shown in the sample */
  const char *help;        /* one line, no trailing period */
  const char *example;     /* value shown in the sample when the key has
                              no default (YAML text), or NULL */
};

struct pp_cfg_table {
  const struct pp_cfg_key *keys;
  size_t n;
};

struct pp_cfg_list {
  char **v;                /* n owned strings */
  size_t n;
};

/* What went wrong, for callers and tests that look closer than the text. */
enum pp_cfg_kind {
  PP_CFG_E_IO = 1,         /* the file cannot be read */
  PP_CFG_E_SYNTAX,         /* not YAML (libyaml's message) */
  PP_CFG_E_STRUCTURE,      /* root not a mapping, several documents,
                              a key that is not a scalar */
  PP_CFG_E_UNKNOWN,        /* unknown key or section */
  PP_CFG_E_TYPE,           /* value of the wrong type or form */
  PP_CFG_E_RANGE,          /* number out of range */
  PP_CFG_E_DUPLICATE,      /* key or section given twice */
  PP_CFG_E_UNSUPPORTED,    /* anchor, alias or tag */
  PP_CFG_E_LIMIT,          /* a PP_CFG_*_MAX cap */
  PP_CFG_E_NOMEM,
};

struct pp_cfg_diag {
  enum pp_cfg_kind kind;
  unsigned line, col;      /* 1-based; 0 when not tied to a place */
  char msg[PP_ERRBUF_SIZE];/* "FILE:LINE:COL: text" (or "FILE: text") */
};

struct pp_cfg_diags {
  size_t total;            /* errors found (all of them) */
  size_t n;                /* kept in v: the first PP_CFG_DIAGS_MAX */
  struct pp_cfg_diag v[PP_CFG_DIAGS_MAX];
};

/*
 * Load the file at path into base (the caller's struct described by t).
 * Relative paths in the file are taken relative to path's folder.
 * d (required) is reset, then receives the errors.  Returns PP_OK (every
 * value of the file applied), or, with nothing in base changed:
 * PP_ENOENT (no such file), PP_EIO (unreadable), PP_ELIMIT (larger than
 * PP_CFG_FILE_MAX), PP_EMALFORMED (the file has errors, see d),
 * PP_ENOMEM.
 */
int pp_config_load_file(const struct pp_cfg_table *t, void *base,
                        const char *path, struct pp_cfg_diags *d);

/*
 * The same on len bytes in memory (need not be NUL-terminated).  name is
 * used in messages; basedir (NULL or "": none) is prefixed to relative
 * paths.  Returns PP_OK, PP_ELIMIT (len over PP_CFG_FILE_MAX),
 * PP_EMALFORMED, PP_ENOMEM.
 */
int pp_config_load_buffer(const struct pp_cfg_table *t, void *base,
                          const char *name, const char *basedir,
                          const void *data, size_t len,
                          struct pp_cfg_diags *d);

/* Free every owned string and list of base and set them unset (NULL,
 * empty).  Numbers and booleans are left alone.  base NULL: no-op. */
void pp_config_free(const struct pp_cfg_table *t, void *base);

/* Join dir to every relative path of base (PATH keys, LIST keys with
 * PP_CFG_F_PATHS; "-" of PP_CFG_F_DASH keys stays), so that printed paths
 * mean the same from any folder.  dir NULL or "": no-op.  PP_OK, or the
 * first of PP_ELIMIT, PP_ENOMEM (the paths concerned are left as they
 * were). */
int pp_config_rebase(const struct pp_cfg_table *t, void *base,
                     const char *dir);

/* The tables of every command (NULL-terminated; kept, not copied).  A
 * file configures every command: a key or section that this table does
 * not describe but another one does is passed over (its own command
 * checks it); anything no table describes is an error.  Set once by the
 * program before loading. */
void pp_config_set_known(const struct pp_cfg_table *const *all);

/* The key called name, or NULL. */
const struct pp_cfg_key *pp_config_find(const struct pp_cfg_table *t,
                                        const char *name);

/* Typed access to a key's value in base (the key must be of that type). */
char **pp_config_str(const struct pp_cfg_key *k, void *base);
uint64_t *pp_config_u64(const struct pp_cfg_key *k, void *base);
int *pp_config_bool(const struct pp_cfg_key *k, void *base);
struct pp_cfg_list *pp_config_list(const struct pp_cfg_key *k, void *base);

/* Replace a STRING or PATH value with a copy of s (NULL: unset), as a
 * command-line option does (no path joining).  PP_OK or PP_ENOMEM (the
 * old value is kept). */
int pp_config_set_str(const struct pp_cfg_key *k, void *base, const char *s);
/* Append a copy of s to a list.  PP_OK, PP_ELIMIT (the key's max items),
 * PP_ENOMEM. */
int pp_config_list_add(struct pp_cfg_list *l, const char *s, size_t max);
/* Empty a list. */
void pp_config_list_clear(struct pp_cfg_list *l);

/*
 * Write the effective configuration (every key of t with its value in
 * base) to f as YAML that pp_config_load_* reads back to the same values.
 * Unset keys are written as comments.  PP_OK or PP_EIO (write error).
 */
int pp_config_print(FILE *f, const struct pp_cfg_table *t, const void *base);

/*
 * Write a commented sample configuration to f: every key of t with its
 * help, type, range and option, and the value in base (the defaults) or
 * its example, commented out.  The sample itself loads without error and
 * sets nothing.  PP_OK or PP_EIO.
 */
int pp_config_print_sample(FILE *f, const struct pp_cfg_table *t,
                           const void *base);

#ifdef PP_UNITTESTS
/* Optimal string alignment distance; SIZE_MAX past PP_CFG_KEY_MAX. */
size_t edit_distance(const char *a, const char *b);
#endif

#endif
