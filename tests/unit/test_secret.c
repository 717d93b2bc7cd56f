/*
 * test_secret.c: the per-deployment key file (pp_secret.c): creation with
 * mode 0600, reload, refusal of open permissions, wrong sizes, symbolic
 * links and non-files, and a creation race between processes.
 */
#define PP_UNITTESTS 1
#include "config.h"
#include "tap.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pp_err.h"
#include "pp_secret.h"

#define RACERS 8

static char dir[64];

static const char *in_dir(const char *name)
{
  static char path[128];
  snprintf(path, sizeof(path), "%s/%s", dir, name);
  return path;
}

static void write_file(const char *path, size_t len, mode_t mode)
{
  uint8_t buf[64] = {0};
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
  if(fd < 0 || write(fd, buf, len) != (ssize_t)len)
    diag("cannot write %s", path);
  if(fd >= 0)
    close(fd);
  chmod(path, mode);
}

static int count_entries(void)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  int n = 0;
  while(d && (e = readdir(d)))
    n += e->d_name[0] != '.';
  if(d)
    closedir(d);
  return n;
}

static void test_create_reload(void)
{
  uint8_t k1[PP_SECRET_FILE_LEN], k2[PP_SECRET_FILE_LEN];
  uint8_t zero[PP_SECRET_FILE_LEN] = {0};
  char err[PP_ERRBUF_SIZE];
  bool created = false;
  struct stat sb;
  const char *path = in_dir("key");

  is_int(pp_secret_load(path, k1, &created, err), PP_OK, "create");
  ok(created, "created is set");
  ok(stat(path, &sb) == 0 && (sb.st_mode & 07777) == 0600,
     "mode 0600");
  is_int(sb.st_size, PP_SECRET_FILE_LEN, "32 bytes");
  ok(memcmp(k1, zero, sizeof(k1)) != 0, "key is not all zero");
  is_int(count_entries(), 1, "no temporary file left behind");

  is_int(pp_secret_load(path, k2, &created, err), PP_OK, "reload");
  ok(!created, "created is clear on reload");
  ok(!memcmp(k2, k1, sizeof(k1)), "same key after reload");
  is_int(pp_secret_load(path, k2, NULL, NULL), PP_OK,
         "created and errbuf may be NULL");

  chmod(path, 0640);
  is_int(pp_secret_load(path, k2, &created, err), PP_EINVAL,
         "group-readable key refused");
  ok(strstr(err, "too open") && strstr(err, "chmod 600"),
     "message says why: %s", err);
  ok(memcmp(k2, zero, sizeof(k2)) == 0, "key zeroed on error");
  chmod(path, 0604);
  is_int(pp_secret_load(path, k2, &created, err), PP_EINVAL,
         "world-readable key refused");
  chmod(path, 0620);
  is_int(pp_secret_load(path, k2, &created, err), PP_EINVAL,
         "group-writable key refused");
  chmod(path, 0400);
  is_int(pp_secret_load(path, k2, &created, err), PP_OK,
         "read-only for the owner is fine");
  unlink(path);
}

static void test_refusals(void)
{
  uint8_t k[PP_SECRET_FILE_LEN];
  char err[PP_ERRBUF_SIZE];
  char path[128];

  snprintf(path, sizeof(path), "%s", in_dir("short"));
  write_file(path, 31, 0600);
  is_int(pp_secret_load(path, k, NULL, err), PP_EFORMAT, "31 bytes refused");
  ok(strstr(err, "31 bytes") != NULL, "message gives the size: %s", err);
  write_file(path, 0, 0600);
  is_int(pp_secret_load(path, k, NULL, err), PP_EFORMAT, "empty refused");
  write_file(path, 33, 0600);
  is_int(pp_secret_load(path, k, NULL, err), PP_EFORMAT, "33 bytes refused");
  unlink(path);

  write_file(in_dir("target"), PP_SECRET_FILE_LEN, 0600);
  if(symlink(in_dir("target"), path))
    diag("symlink failed");
  is_int(pp_secret_load(path, k, NULL, err), PP_EIO, "symlink refused");
  ok(strstr(err, "symbolic link") != NULL, "message: %s", err);
  unlink(path);
  unlink(in_dir("target"));

  /* A dangling symlink must not be followed when creating either. */
  if(symlink(in_dir("elsewhere"), path))
    diag("symlink failed");
  ok(pp_secret_load(path, k, NULL, err) != PP_OK, "dangling symlink refused");
  ok(access(in_dir("elsewhere"), F_OK) != 0, "nothing created through it");
  unlink(path);

  mkdir(path, 0700);
  is_int(pp_secret_load(path, k, NULL, err), PP_EFORMAT, "folder refused");
  rmdir(path);

  is_int(pp_secret_load(in_dir("no/such/key"), k, NULL, err), PP_EIO,
         "missing folder: EIO");
  ok(strstr(err, "cannot create") != NULL, "message: %s", err);
  is_int(pp_secret_load(NULL, k, NULL, err), PP_EINVAL, "NULL path");
  is_int(pp_secret_load("", k, NULL, err), PP_EINVAL, "empty path");
  is_int(count_entries(), 0, "folder clean");
}

/* RACERS processes create the same key at once: one creates, all agree. */
static void test_race(void)
{
  const char *path = in_dir("raced");
  uint8_t keys[RACERS][PP_SECRET_FILE_LEN];
  int fds[RACERS][2], i, creators = 0, same = 0, failed = 0;
  pid_t pids[RACERS];

  for(i = 0; i < RACERS; i++) {
    if(pipe(fds[i]))
      return;
    pids[i] = fork();
    if(pids[i] == 0) {
      uint8_t buf[PP_SECRET_FILE_LEN + 1];
      char err[PP_ERRBUF_SIZE];
      bool created;
      int rc = pp_secret_load(path, buf + 1, &created, err);
      buf[0] = (uint8_t)(rc ? 2 : created);
      if(write(fds[i][1], buf, sizeof(buf)) != (ssize_t)sizeof(buf))
        _exit(1);
      _exit(0);
    }
    close(fds[i][1]);
  }
  for(i = 0; i < RACERS; i++) {
    uint8_t buf[PP_SECRET_FILE_LEN + 1];
    if(read(fds[i][0], buf, sizeof(buf)) != (ssize_t)sizeof(buf))
      buf[0] = 2;
    close(fds[i][0]);
    waitpid(pids[i], NULL, 0);
    creators += buf[0] == 1;
    failed += buf[0] == 2;
    memcpy(keys[i], buf + 1, PP_SECRET_FILE_LEN);
  }
  for(i = 1; i < RACERS; i++)
    same += !memcmp(keys[i], keys[0], PP_SECRET_FILE_LEN);
  is_int(failed, 0, "no racer failed");
  is_int(creators, 1, "exactly one racer created the key");
  is_int(same, RACERS - 1, "all racers hold the same key");
  is_int(count_entries(), 1, "one file, no temporaries");
  unlink(path);
}

int main(void)
{
  snprintf(dir, sizeof(dir), "/tmp/pp_secret.XXXXXX");
  if(!mkdtemp(dir))
    tap_skip_all("mkdtemp failed");
  test_create_reload();
  test_refusals();
  test_race();
  rmdir(dir);
  return tap_done();
}
