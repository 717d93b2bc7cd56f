/*
 * cmd_rules.c: `pressprobe rules check [--list] [DIR]`, validate a rule
 * set (pressprobe-rules(5)); a set with any error is refused whole, and
 * every error is shown as FILE:LINE:COLUMN: message.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pp_err.h"
#include "rules.h"
#include "tool.h"

static void usage(FILE *f)
{
  fprintf(f,
"Usage: pressprobe rules check [--list] [DIR]\n"
"\n"
"Check a signal rule set: every *.yaml file of DIR (default: the installed\n"
"rules/signals).  Errors are printed as FILE:LINE:COLUMN: message and the\n"
"exit status is 1; a valid set prints a one-line summary (and, with\n"
"--list, every signal) and exits 0.  See pressprobe-rules(5).\n"
"\n"
"  -l, --list     list the signals: id, towards, weight, detector, phrases\n"
"  -h, --help     this help\n");
}

/* The installed rule set, or the source tree's when not installed. */
const char *rules_default_dir(char *buf, size_t cap)
{
  const char *env = getenv("PRESSPROBE_RULES");
  if(env && *env) {
    snprintf(buf, cap, "%s/signals", env);
    if(access(buf, R_OK) == 0)
      return buf;
  }
  snprintf(buf, cap, "%s/signals", PP_PKGDATADIR);
  if(access(buf, R_OK) == 0)
    return buf;
  snprintf(buf, cap, "%s/rules/signals", PP_SRCDIR);
  return buf;
}

struct ruleset *tool_load_rules(const char *dir)
{
  struct rules_diag diag;
  struct ruleset *rs;
  unsigned i;
  int rc = rules_load_dir(dir, &rs, &diag);
  if(rc == PP_EINVAL) {
    for(i = 0; i < diag.n; i++)
      fprintf(stderr, "%s\n", diag.msg[i]);
    if(diag.total > diag.n)
      fprintf(stderr, "... and %u more errors\n", diag.total - diag.n);
    fprintf(stderr, "%s: %u error%s: the rule set is refused\n", dir,
            diag.total, diag.total == 1 ? "" : "s");
    return NULL;
  }
  if(rc) {
    tool_err("%s: %s", dir, pp_strerror(rc));
    return NULL;
  }
  return rs;
}

int cmd_rules(int argc, char **argv)
{
  static const struct option longopts[] = {
    {"list", no_argument, NULL, 'l'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
  };
  struct ruleset *rs;
  char dirbuf[4096];
  const char *dir;
  bool list = false;
  int c;
  size_t i;

  if(argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
    usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? EXIT_USAGE : EXIT_OK;
  }
  if(strcmp(argv[1], "check")) {
    tool_err("unknown action '%s' (check)", argv[1]);
    return EXIT_USAGE;
  }
  argc--;
  argv++;
  optind = 1;
  while((c = getopt_long(argc, argv, "lh", longopts, NULL)) != -1) {
    switch(c) {
    case 'l': list = true; break;
    case 'h': usage(stdout); return EXIT_OK;
    default: usage(stderr); return EXIT_USAGE;
    }
  }
  if(optind + 1 < argc) {
    tool_err("one rule folder at most");
    return EXIT_USAGE;
  }
  dir = optind < argc ? argv[optind] : rules_default_dir(dirbuf,
                                                        sizeof(dirbuf));
  rs = tool_load_rules(dir);
  if(!rs)
    return EXIT_FATAL;
  if(list) {
    printf("%-34s %-10s %6s %-13s %s\n", "ID", "TOWARDS", "WEIGHT",
           "DETECTOR", "PHRASES/VALUES");
    for(i = 0; i < rs->n; i++) {
      const struct rule_signal *s = &rs->sig[i];
      printf("%-34s %-10s %6d %-13s %zu\n", s->id,
             rules_towards_name(s->towards), s->weight,
             rules_detector_name(s->detector),
             s->detector == DET_PHRASES ? s->n_phrases : s->n_values);
    }
  }
  printf("%s: %zu signals, %zu phrases, thresholds press %d, aggregator %d,"
         " social %d, other %d: ok\n", dir, rs->n, rs->n_phrases,
         rs->scoring.threshold[TOWARDS_PRESS],
         rs->scoring.threshold[TOWARDS_AGGREGATOR],
         rs->scoring.threshold[TOWARDS_SOCIAL],
         rs->scoring.threshold[TOWARDS_OTHER]);
  rules_free(rs);
  return EXIT_OK;
}
