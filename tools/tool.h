/*
 * tool.h: what the subcommands of the pressprobe program share.
 *
 * The program is thin: option parsing and calls into the libraries.  Each
 * subcommand is one `cmd_<name>()` registered in tools/pressprobe.c.
 * Exit statuses (documented in pressprobe(1)):
 */
#ifndef PP_TOOL_H
#define PP_TOOL_H

#include <stdio.h>

#include "pp_common.h"

enum {
  EXIT_OK = 0,        /* done */
  EXIT_FATAL = 1,     /* nothing (more) could be done: bad usage, no store */
  EXIT_PARTIAL = 2,   /* done, but some input was damaged or unreadable;
                         everything before the damage was kept */
  EXIT_USAGE = 64,    /* command-line usage error (EX_USAGE) */
};

extern const char *tool_progname;   /* "pressprobe" */

int cmd_capture(int argc, char **argv);
int cmd_domains(int argc, char **argv);
int cmd_crawl(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_classify(int argc, char **argv);
int cmd_sites(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_sources(int argc, char **argv);

/* The configuration keys of the commands that read pressprobe.yaml(5). */
struct pp_cfg_table;
extern const struct pp_cfg_table capture_conf_table, crawl_conf_table;

/* The rule folder: $PRESSPROBE_RULES/signals, the installed one, or the
 * source tree's (uninstalled builds).  Returns buf. */
const char *rules_default_dir(char *buf, size_t cap);

/* Load the rule set of dir, printing its errors (FILE:LINE:COL) on
 * stderr; NULL when it is refused or cannot be read. */
struct ruleset;
struct ruleset *tool_load_rules(const char *dir);

/* Messages on stderr, prefixed "pressprobe <cmd>: ". */
void tool_set_command(const char *cmd);
void tool_warn(const char *fmt, ...) PP_PRINTF(1, 2);
void tool_err(const char *fmt, ...) PP_PRINTF(1, 2);

/* Strict number parsing for options: whole string, in [min, max].
 * On failure prints "invalid value for --opt" and returns -1. */
int tool_parse_u64(const char *opt, const char *s, uint64_t min, uint64_t max,
                   uint64_t *out);
/* Sizes accept k/M/G suffixes (powers of 1024). */
int tool_parse_size(const char *opt, const char *s, uint64_t min, uint64_t max,
                    uint64_t *out);

/* One CSV field (RFC 4180 quoting, when needed) on stdout, then ',' or
 * (last) a newline.  Fields that come from web pages (untrusted) and
 * start with '=', '+', '-', '@', TAB or CR get a leading "'" so that a
 * spreadsheet shows them as text instead of running them as formulas. */
void tool_csv_field(const char *s, bool last);
void tool_csv_text(const char *s, bool last);

/*
 * Append s to out (at *len, cap bytes) for a terminal: well-formed UTF-8
 * is kept; control characters (C0, DEL, C1), bidirectional controls and
 * ill-formed bytes become '?', so that text from the store can neither
 * move the cursor nor reorder what is shown.  Adds the code points
 * written to *width (may be NULL).
 */
void tool_term_append(char *out, size_t *len, size_t cap, const char *s,
                      size_t *width);

/* ---- pressprobe.yaml(5) (tools/tool_conf.c) ---------------------------- */

#define TOOL_CONFIG_ENV "PRESSPROBE_CONFIG"

/* A number option, checked with the range (and k/M/G suffixes) of its
 * configuration key, into base: 0, or -1 (said on stderr). */
int tool_conf_number(const struct pp_cfg_table *t, void *base,
                     const char *key, const char *opt, const char *arg);
/* A string or path option: 0, or -1 (out of memory, said). */
int tool_conf_string(const struct pp_cfg_table *t, void *base,
                     const char *key, const char *arg);
/* A repeatable option appended to a list key; the first one given
 * replaces the file's list (*given tracks it).  EXIT_OK, EXIT_USAGE (too
 * many), EXIT_FATAL. */
int tool_conf_list(const struct pp_cfg_table *t, void *base,
                   const char *key, const char *opt, const char *arg,
                   bool *given);
/* Load the file at path into base, every error on stderr.  EXIT_OK,
 * EXIT_USAGE (the file is refused whole), EXIT_FATAL (out of memory).
 * from_env: the path came from $PRESSPROBE_CONFIG (said so). */
int tool_conf_load(const struct pp_cfg_table *t, void *base,
                   const char *path, bool from_env);

/* Print the version line and exit 0. */
void tool_version(void) __attribute__((noreturn));

#endif
