/*
 * fuzz_rules.c: the rule loader on arbitrary text.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct rules_diag d;
  struct ruleset *rs = NULL;
  char *text = malloc(size + 1);
  if(!text)
    return 0;
  memcpy(text, data, size);
  text[size] = '\0';
  if(rules_load_mem("fuzz.yaml", text, size, &rs, &d) == 0)
    rules_free(rs);
  free(text);
  return 0;
}
