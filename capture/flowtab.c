/* capture/flowtab.c: placeholder, not written yet. */
#include "config.h"
