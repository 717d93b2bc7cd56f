/* lib/pp_jsonl.c: placeholder, not written yet. */
#include "config.h"
