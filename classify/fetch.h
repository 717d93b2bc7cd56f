/* fetch.h: placeholder. */
#ifndef PP_FETCH_H
#define PP_FETCH_H
#endif
