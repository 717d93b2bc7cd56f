/* htmlfeat.h: placeholder. */
#ifndef PP_HTMLFEAT_H
#define PP_HTMLFEAT_H
#endif
