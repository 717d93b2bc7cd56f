/* crawl.c: placeholder. */
#include "config.h"
