/* capture/decode.c: placeholder, not written yet. */
#include "config.h"
