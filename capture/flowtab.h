/* capture/flowtab.h: placeholder. */
#ifndef PP_FLOWTAB_H
#define PP_FLOWTAB_H
#endif
