/* capture/dns.c: placeholder, not written yet. */
#include "config.h"
