/* addrguard.c: placeholder. */
#include "config.h"
