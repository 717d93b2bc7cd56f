/*
 * fuzz_http.c: HTTP/1.x request-head parser, on every prefix length of
 * the input as the stream grows segment by segment.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "http.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct http_request req;
  size_t n;
  for(n = size > 64 ? size - 64 : 0; n <= size; n++) {
    uint8_t *copy = malloc(n ? n : 1);
    if(!copy)
      return 0;
    memcpy(copy, data, n);
    http_looks_like_request(copy, n);
    http_looks_like_response(copy, n);
    if(http_parse_request(copy, n, &req) == 0 &&
       (strlen(req.host) > HTTP_HOST_MAX || strlen(req.path) > HTTP_PATH_MAX))
      abort();
    free(copy);
  }
  return 0;
}
