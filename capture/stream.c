/* capture/stream.c: placeholder, not written yet. */
#include "config.h"
