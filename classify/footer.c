/* footer.c: placeholder. */
#include "config.h"
