/* footer.h: placeholder. */
#ifndef PP_FOOTER_H
#define PP_FOOTER_H
#endif
