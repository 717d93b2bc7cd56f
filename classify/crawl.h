/* crawl.h: placeholder. */
#ifndef PP_CRAWL_H
#define PP_CRAWL_H
#endif
