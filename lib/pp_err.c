/*
 * pp_err.c: text of the error codes in pp_err.h.
 */
#include "config.h"

#include <string.h>

#include "pp_common.h"
#include "pp_err.h"

const char *pp_strerror(int code)
{
  switch(code) {
  case PP_OK: return "success";
  case PP_ENOMEM: return "out of memory";
  case PP_EINVAL: return "invalid argument";
  case PP_EIO: return "input/output error";
  case PP_ENOENT: return "no such file or item";
  case PP_ENOTSUP: return "not supported";
  case PP_EAGAIN: return "more input needed";
  case PP_ERANGE: return "value out of range";
  case PP_ETRUNC: return "truncated input";
  case PP_EMALFORMED: return "malformed input";
  case PP_ELIMIT: return "limit reached";
  case PP_EDB: return "store error";
  case PP_ECRYPTO: return "decryption failed";
  case PP_ENOTFOUND: return "not found";
  case PP_EFORMAT: return "unknown file format";
  default:
    break;
  }
  if(code < 0 && code > -1000)
    return strerror(-code);
  return "unknown error";
}
