/*
 * pp_err.h: the one error vocabulary of pressprobe.
 *
 * 0 is success; every error is negative (errno-mapped where one fits).
 * Library code returns these and never prints; tools turn them into text
 * with pp_strerror() and add context from a caller's errbuf when given.
 */
#ifndef PP_ERR_H
#define PP_ERR_H

#include <errno.h>

enum pp_err {
  PP_OK = 0,
  PP_ENOMEM = -ENOMEM,        /* allocation failed */
  PP_EINVAL = -EINVAL,        /* invalid argument from the caller */
  PP_EIO = -EIO,              /* read or write failed (see errno/errbuf) */
  PP_ENOENT = -ENOENT,        /* file or item does not exist */
  PP_ENOTSUP = -ENOTSUP,      /* feature not built in or not supported */
  PP_EAGAIN = -EAGAIN,        /* need more input (resumable parsers) */
  PP_ERANGE = -ERANGE,        /* value out of range */
  PP_ETRUNC = -1000,          /* input ends before the structure does */
  PP_EMALFORMED = -1001,      /* input is complete but not well formed */
  PP_ELIMIT = -1002,          /* a configured limit was reached */
  PP_EDB = -1003,             /* the store (SQLite) reported an error */
  PP_ECRYPTO = -1004,         /* decryption or key derivation failed */
  PP_ENOTFOUND = -1005,       /* parsed fine, but the item sought is absent */
  PP_EFORMAT = -1006,         /* unknown or unsupported file format */
};

/* Text for an error code; never NULL. */
const char *pp_strerror(int code);

#endif
