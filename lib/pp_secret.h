/*
 * pp_secret.h: the per-deployment secret key file.
 *
 * The file holds 32 random bytes (the first 16 key SipHash).  It is created
 * on first use with mode 0600 (O_CREAT|O_EXCL, so two processes racing
 * cannot both create it; the loser reads the winner's file).  A file of
 * the wrong size or readable by others is refused with a clear message.
 */
#ifndef PP_SECRET_H
#define PP_SECRET_H

#include "pp_common.h"

#define PP_SECRET_FILE_LEN 32

/* Load the key from path, creating the file when absent (*created set).
 * errbuf (PP_ERRBUF_SIZE) gets the reason on error.  Returns PP_OK,
 * PP_EIO, PP_EFORMAT (wrong size), PP_EINVAL (permissions too open). */
int pp_secret_load(const char *path, uint8_t key[PP_SECRET_FILE_LEN],
                   bool *created, char *errbuf);

#endif
