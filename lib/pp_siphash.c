/* lib/pp_siphash.c: placeholder, not written yet. */
#include "config.h"
