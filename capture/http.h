/* capture/http.h: placeholder. */
#ifndef PP_HTTP_H
#define PP_HTTP_H
#endif
