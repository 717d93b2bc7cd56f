/* lib/pp_json.c: placeholder, not written yet. */
#include "config.h"
