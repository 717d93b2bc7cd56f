/* capture/quic.c: placeholder, not written yet. */
#include "config.h"
