/* capture/engine.c: placeholder, not written yet. */
#include "config.h"
