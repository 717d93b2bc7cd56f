/* lib/pp_store.c: placeholder, not written yet. */
#include "config.h"
