/*
 * pp_secret.c: the per-deployment secret key file (see pp_secret.h).
 *
 * File format: exactly PP_SECRET_FILE_LEN (32) bytes from getrandom(2), no
 * header.  Bytes 0..15 key SipHash-2-4 for client addresses; 16..31 are
 * reserved for a second key.
 *
 * Creation is atomic: the key is written and fsync'd to a temporary file
 * in the same folder (O_CREAT|O_EXCL|O_NOFOLLOW, mode 0600), then hard
 * linked to its name.  link(2) fails with EEXIST when another process got
 * there first; the loser then reads the winner's file.  A reader therefore
 * never sees a half-written key, and a crash leaves at most a stray
 * "<path>.tmp.<hex>" file, never a short key file.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pp_err.h"
#include "pp_secret.h"

#define PATH_CAP 4096
#define CREATE_TRIES 3   /* create/read rounds when racing an unlink */

static int fill_random(uint8_t *buf, size_t len)
{
  size_t got = 0;
  while(got < len) {
    ssize_t n = getrandom(buf + got, len - got, 0);
    if(n < 0) {
      if(errno == EINTR)
        continue;
      return -1;
    }
    got += (size_t)n;
  }
  return 0;
}

static int write_all(int fd, const uint8_t *buf, size_t len)
{
  while(len) {
    ssize_t n = write(fd, buf, len);
    if(n < 0) {
      if(errno == EINTR)
        continue;
      return -1;
    }
    buf += n;
    len -= (size_t)n;
  }
  return 0;
}

/* fsync the folder holding path, so the new link survives a crash. */
static void sync_dir(const char *path)
{
  char copy[PATH_CAP];
  int fd;
  snprintf(copy, sizeof(copy), "%s", path);
  fd = open(dirname(copy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if(fd >= 0) {
    (void)fsync(fd);
    close(fd);
  }
}

/*
 * Read an existing key file.  PP_ENOENT when absent (so the caller may
 * create it), else PP_OK or an error with errbuf filled.
 */
static int read_key(const char *path, uint8_t key[PP_SECRET_FILE_LEN],
                    char *errbuf)
{
  struct stat sb;
  size_t got = 0;
  int fd, rc = PP_OK;

  fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if(fd < 0) {
    if(errno == ENOENT)
      return PP_ENOENT;
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s%s", path, strerror(errno),
             errno == ELOOP ? " (a symbolic link is not accepted)" : "");
    return PP_EIO;
  }
  if(fstat(fd, &sb)) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path, strerror(errno));
    rc = PP_EIO;
    goto out;
  }
  if(!S_ISREG(sb.st_mode)) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: not a regular file", path);
    rc = PP_EFORMAT;
    goto out;
  }
  /* Group or others may neither read nor replace the key. */
  if(sb.st_mode & 077) {
    snprintf(errbuf, PP_ERRBUF_SIZE,
             "%s: permissions %04o are too open: the key must be "
             "accessible by its owner only (chmod 600)", path,
             (unsigned)(sb.st_mode & 07777));
    rc = PP_EINVAL;
    goto out;
  }
  if(sb.st_size != PP_SECRET_FILE_LEN) {
    snprintf(errbuf, PP_ERRBUF_SIZE,
             "%s: %lld bytes, a key file has exactly %d", path,
             (long long)sb.st_size, PP_SECRET_FILE_LEN);
    rc = PP_EFORMAT;
    goto out;
  }
  while(got < PP_SECRET_FILE_LEN) {
    ssize_t n = read(fd, key + got, PP_SECRET_FILE_LEN - got);
    if(n < 0 && errno == EINTR)
      continue;
    if(n <= 0) {
      snprintf(errbuf, PP_ERRBUF_SIZE, "%s: %s", path,
               n ? strerror(errno) : "file shrank while reading");
      rc = n ? PP_EIO : PP_EFORMAT;
      goto out;
    }
    got += (size_t)n;
  }
out:
  close(fd);
  return rc;
}

/*
 * Create path with a fresh key.  PP_OK (we created it), PP_ENOENT (someone
 * else created it first: read theirs), or an error with errbuf filled.
 */
static int create_key(const char *path, uint8_t key[PP_SECRET_FILE_LEN],
                      char *errbuf)
{
  char tmp[PATH_CAP];
  uint8_t suffix[6];
  int fd, rc = PP_OK;

  if(fill_random(key, PP_SECRET_FILE_LEN) ||
     fill_random(suffix, sizeof(suffix))) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "getrandom: %s", strerror(errno));
    return PP_EIO;
  }
  if(snprintf(tmp, sizeof(tmp), "%s.tmp.%02x%02x%02x%02x%02x%02x", path,
              suffix[0], suffix[1], suffix[2], suffix[3], suffix[4],
              suffix[5]) >= (int)sizeof(tmp)) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: path too long", path);
    return PP_EINVAL;
  }
  fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if(fd < 0) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "cannot create %s: %s", path,
             strerror(errno));
    return PP_EIO;
  }
  /* 0600 exactly, whatever the umask. */
  if(fchmod(fd, 0600) || write_all(fd, key, PP_SECRET_FILE_LEN) ||
     fsync(fd)) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "cannot write %s: %s", path,
             strerror(errno));
    rc = PP_EIO;
  }
  if(close(fd) && rc == PP_OK) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "cannot write %s: %s", path,
             strerror(errno));
    rc = PP_EIO;
  }
  if(rc == PP_OK && link(tmp, path)) {
    if(errno == EEXIST)
      rc = PP_ENOENT;   /* lost the race */
    else {
      snprintf(errbuf, PP_ERRBUF_SIZE, "cannot create %s: %s", path,
               strerror(errno));
      rc = PP_EIO;
    }
  }
  (void)unlink(tmp);
  if(rc == PP_OK)
    sync_dir(path);
  return rc;
}

int pp_secret_load(const char *path, uint8_t key[PP_SECRET_FILE_LEN],
                   bool *created, char *errbuf)
{
  char dummy[PP_ERRBUF_SIZE];
  int rc = PP_EIO, i;

  if(!errbuf)
    errbuf = dummy;
  errbuf[0] = '\0';
  if(created)
    *created = false;
  if(!path || !*path || !key) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "no key file given");
    return PP_EINVAL;
  }
  /* Absent: create.  Lost a creation race: read.  Only an unlink racing us
   * between the two can make this loop more than twice. */
  for(i = 0; i < CREATE_TRIES; i++) {
    rc = read_key(path, key, errbuf);
    if(rc != PP_ENOENT)
      break;
    rc = create_key(path, key, errbuf);
    if(rc == PP_OK && created)
      *created = true;
    if(rc != PP_ENOENT)
      break;
  }
  if(rc == PP_ENOENT) {
    snprintf(errbuf, PP_ERRBUF_SIZE, "%s: appears and disappears", path);
    rc = PP_EIO;
  }
  if(rc != PP_OK)
    memset(key, 0, PP_SECRET_FILE_LEN);
  return rc;
}
