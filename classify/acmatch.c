/* acmatch.c: placeholder. */
#include "config.h"
