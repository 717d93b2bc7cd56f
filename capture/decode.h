/* capture/decode.h: placeholder. */
#ifndef PP_DECODE_H
#define PP_DECODE_H
#endif
