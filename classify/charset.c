/* charset.c: placeholder. */
#include "config.h"
