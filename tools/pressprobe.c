/*
 * pressprobe.c: the program's entry point; dispatches to subcommands.
 *
 *   pressprobe [--help|--version] COMMAND [OPTIONS]
 *
 * Commands are registered in one table, which also feeds --help.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pp_config.h"
#include "tool.h"

/* Every command's configuration keys: one pressprobe.yaml(5) serves them
 * all, each command passing over the others' keys. */
static const struct pp_cfg_table *const conf_tables[] = {
  &capture_conf_table, &crawl_conf_table, NULL,
};

static const struct command {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
} commands[] = {
  {"capture", cmd_capture,
   "read pcap/pcapng files into the domain inventory"},
  {"domains", cmd_domains, "list the domain inventory"},
  {"crawl", cmd_crawl, "fetch candidate sites' pages as WARC evidence"},
  {"classify", cmd_classify,
   "score fetched sites' pages for newspaper-like signals"},
  {"sites", cmd_sites, "list the site verdicts"},
  {"explain", cmd_explain, "show the evidence behind one site's verdict"},
  {"sources", cmd_sources, "find press originals gone while copies stay"},
  {"rules", cmd_rules, "check a signal rule set"},
};

static void usage(FILE *f)
{
  size_t i;
  fprintf(f,
          "Usage: pressprobe COMMAND [OPTIONS]\n"
          "       pressprobe --help | --version\n"
          "\n"
          "Finds websites that behave like newspapers without a press\n"
          "licence: inventories the web domains seen on a network tap.\n"
          "\n"
          "Commands:\n");
  for(i = 0; i < PP_ARRAY_LEN(commands); i++)
    fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf(f,
          "\n"
          "Run 'pressprobe COMMAND --help' for a command's options;\n"
          "see pressprobe(1) and the pages it lists.\n");
}

int main(int argc, char **argv)
{
  size_t i;
  pp_config_set_known(conf_tables);
  if(argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  if(!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
     !strcmp(argv[1], "help")) {
    usage(stdout);
    return EXIT_OK;
  }
  if(!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V"))
    tool_version();
  for(i = 0; i < PP_ARRAY_LEN(commands); i++) {
    if(!strcmp(argv[1], commands[i].name)) {
      tool_set_command(commands[i].name);
      return commands[i].run(argc - 1, argv + 1);
    }
  }
  fprintf(stderr, "pressprobe: unknown command '%s'\n", argv[1]);
  usage(stderr);
  return EXIT_USAGE;
}
