/* textnorm.h: placeholder. */
#ifndef PP_TEXTNORM_H
#define PP_TEXTNORM_H
#endif
