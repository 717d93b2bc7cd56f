/*
 * fuzz_tls.c: the input as the start of a TLS client stream
 * (tls_parse_records, with a full scratch and with one just big enough
 * for a part of it) and as bare handshake bytes (tls_parse_hello, whole
 * and halved).  Checks the parser's promises: a known return code; on
 * PP_OK, sni and alpn NUL-terminated within their arrays, a valid name is
 * 1..255 printable non-space bytes; a prefix of a hello never names
 * another host than the whole of it.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pp_err.h"
#include "tls.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(bool cond)
{
  if(!cond)
    __builtin_trap();
}

static void check_info(int rc, const struct tls_hello_info *info)
{
  size_t i, n;
  check(rc == PP_OK || rc == PP_EAGAIN || rc == PP_EMALFORMED ||
        rc == PP_ENOTFOUND || rc == PP_ELIMIT);
  if(rc != PP_OK)
    return;
  n = strnlen(info->sni, sizeof(info->sni));
  check(n <= TLS_SNI_MAX);
  check(strnlen(info->alpn, sizeof(info->alpn)) <= TLS_ALPN_MAX);
  check(info->has_sni || info->complete);
  check(info->has_sni || !info->sni[0]);
  if(info->sni_valid) {
    check(info->has_sni && n >= 1);
    for(i = 0; i < n; i++)
      check(info->sni[i] > 0x20 && info->sni[i] < 0x7f);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static uint8_t scratch[16384];
  struct tls_hello_info info, half;
  uint8_t *small;
  size_t cap = size % 700;
  int rc;

  rc = tls_parse_records(data, size, scratch, sizeof(scratch), &info);
  check_info(rc, &info);
  /* An exact-size heap scratch, so that ASan sees any overrun. */
  small = malloc(cap ? cap : 1);
  if(small) {
    rc = tls_parse_records(data, size, small, cap, &info);
    check_info(rc, &info);
    free(small);
  }

  rc = tls_parse_hello(data, size, &info);
  check_info(rc, &info);
  if(rc == PP_OK && size > 1) {
    int hrc = tls_parse_hello(data, size / 2, &half);
    check_info(hrc, &half);
    check(hrc == PP_EAGAIN || hrc == PP_OK);
    if(hrc == PP_OK)
      check(!strcmp(half.sni, info.sni));
  }
  (void)tls_looks_like_record(data, size);
  return 0;
}
