/* htmlfeat.c: placeholder. */
#include "config.h"
