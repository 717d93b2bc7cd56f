/* capture/tls.c: placeholder, not written yet. */
#include "config.h"
