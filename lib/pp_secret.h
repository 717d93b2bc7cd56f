/*
 * pp_secret.h: the per-deployment secret key file.
 *
 * The file holds 32 random bytes from getrandom(2) (the first 16 key
 * SipHash).  It is created on first use with mode 0600: written and
 * fsync'd under a temporary name (O_CREAT|O_EXCL|O_NOFOLLOW), then linked
 * to its name, which fails if another process got there first; the loser
 * reads the winner's file.  So a key file is never seen half-written.  A
 * file of the wrong size, a symbolic link, or a file that group or others
 * may read or write is refused with a clear message.
 */
#ifndef PP_SECRET_H
#define PP_SECRET_H

#include "pp_common.h"

#define PP_SECRET_FILE_LEN 32

/* Load the key from path, creating the file when absent (*created set;
 * created may be NULL).  errbuf (PP_ERRBUF_SIZE, may be NULL) gets the
 * reason on error, and key is zeroed.  Returns PP_OK, PP_EIO (cannot
 * read or create; symbolic link), PP_EFORMAT (wrong size, not a regular
 * file), PP_EINVAL (permissions too open; path NULL or empty). */
int pp_secret_load(const char *path, uint8_t key[PP_SECRET_FILE_LEN],
                   bool *created, char *errbuf);

#endif
