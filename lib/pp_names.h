/* lib/pp_names.h: placeholder. */
#ifndef PP_PP_NAMES_H
#define PP_PP_NAMES_H
#endif
