/* capture/dpi.c: placeholder, not written yet. */
#include "config.h"
