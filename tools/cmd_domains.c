/* placeholder */
#include "config.h"
#include "tool.h"
int cmd_domains(int argc, char **argv)
{
  (void)argc;
  (void)argv;
  tool_err("not implemented yet");
  return EXIT_FATAL;
}
