/* capture/stream.h: placeholder. */
#ifndef PP_STREAM_H
#define PP_STREAM_H
#endif
