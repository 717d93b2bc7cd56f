/* cmd_crawl.c: placeholder */
#include "config.h"
#include "tool.h"
int cmd_crawl(int argc, char **argv)
{
  (void)argc;
  (void)argv;
  tool_err("not implemented yet");
  return EXIT_FATAL;
}
