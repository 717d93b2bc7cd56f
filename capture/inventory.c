/* capture/inventory.c: placeholder, not written yet. */
#include "config.h"
