/* lib/pp_secret.c: placeholder, not written yet. */
#include "config.h"
