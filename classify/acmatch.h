/* acmatch.h: placeholder. */
#ifndef PP_ACMATCH_H
#define PP_ACMATCH_H
#endif
