/* lib/pp_hll.c: placeholder, not written yet. */
#include "config.h"
