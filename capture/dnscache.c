/* capture/dnscache.c: placeholder, not written yet. */
#include "config.h"
