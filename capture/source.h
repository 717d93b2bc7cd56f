/* capture/source.h: placeholder. */
#ifndef PP_SOURCE_H
#define PP_SOURCE_H
#endif
