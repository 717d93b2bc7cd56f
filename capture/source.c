/* capture/source.c: placeholder, not written yet. */
#include "config.h"
