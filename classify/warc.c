/* warc.c: placeholder. */
#include "config.h"
