/* capture/http.c: placeholder, not written yet. */
#include "config.h"
