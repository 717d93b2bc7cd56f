/* fetch.c: placeholder. */
#include "config.h"
