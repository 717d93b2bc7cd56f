/*
 * fuzz_charset.c: charset detection and conversion on hostile bytes
 * (classify/charset.c).
 *
 * The input's first line (at most 96 bytes) is a Content-Type value, the
 * rest the body.  Detection runs with and without a fallback; the name
 * it gives is converted, and so are a few fixed charsets (single-byte,
 * Vietnamese, UTF-16, stateful, multi-byte), with small caps and one cap
 * taken from the input.  Checks: rc, the cap, valid UTF-8 out, the NUL
 * after it, the truncation flag, output already in NFC, and the invalid
 * count bounded by the work the cap allows.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stdlib.h>
#include <uninorm.h>
#include <unistr.h>

#include "charset.h"
#include "pp_alloc.h"
#include "pp_err.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CT_LINE_MAX 96

static const char *const fixed[] = {
  "UTF-8", "CP1258", "VISCII", "TCVN5712-1", "UTF-16LE", "UTF-16BE",
  "ISO-2022-JP", "GB18030", "CP1252",
};

static void convert(const char *name, const uint8_t *body, size_t len,
                    size_t cap)
{
  uint8_t *out = NULL, *nfc;
  size_t n = 0, bad = 0, nn = 0;
  bool trunc = false;
  int rc = charset_to_utf8(name, body, len, cap, &out, &n, &trunc, &bad);
  if(rc == PP_ENOTSUP)
    return;
  if(rc != PP_OK || !out || n > cap || out[n] || u8_check(out, n))
    abort();
  /* U+FFFD are made while converting, which stops near 2 * cap */
  if(bad > (2 * cap + 256) / 3 + 16)
    abort();
  if(n) {
    nfc = u8_normalize(UNINORM_NFC, out, n, NULL, &nn);
    if(nfc && (nn != n || memcmp(nfc, out, n)))
      abort();
    free(nfc);
  }
  pp_free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char ct[CT_LINE_MAX + 1], name[CHARSET_NAME_MAX], label[CHARSET_NAME_MAX];
  const uint8_t *nl = memchr(data, '\n', PP_MIN(size, (size_t)CT_LINE_MAX));
  const uint8_t *body = data;
  size_t len = size, i, cap;
  enum charset_source src;
  ct[0] = '\0';
  if(nl) {
    memcpy(ct, data, (size_t)(nl - data));
    ct[nl - data] = '\0';
    body = nl + 1;
    len = size - (size_t)(nl - data) - 1;
  }
  src = charset_detect(nl ? ct : NULL, body, len, NULL, name);
  if(src > CHARSET_FROM_GUESS || !name[0] ||
     strnlen(name, CHARSET_NAME_MAX) >= CHARSET_NAME_MAX)
    abort();
  cap = size ? (size_t)data[size - 1] * 4 : 0;
  convert(name, body, len, cap);
  convert(name, body, len, 64);
  charset_detect(nl ? ct : NULL, body, len, "viscii", name);
  charset_label(ct, strlen(ct), label);
  charset_meta_prescan(body, len, label);
  for(i = 0; i < PP_ARRAY_LEN(fixed); i++)
    convert(fixed[i], body, len, i & 1 ? 48 : 300);
  return 0;
}
