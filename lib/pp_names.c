/* lib/pp_names.c: placeholder, not written yet. */
#include "config.h"
