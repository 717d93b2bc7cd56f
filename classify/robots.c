/* robots.c: placeholder. */
#include "config.h"
