/* warc.h: placeholder. */
#ifndef PP_WARC_H
#define PP_WARC_H
#endif
