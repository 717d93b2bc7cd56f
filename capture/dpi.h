/* capture/dpi.h: placeholder. */
#ifndef PP_DPI_H
#define PP_DPI_H
#endif
