/* textnorm.c: placeholder. */
#include "config.h"
