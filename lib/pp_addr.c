/*
 * pp_addr.c: address value helpers.
 */
#include "config.h"

#include <arpa/inet.h>
#include <string.h>

#include "pp_addr.h"
#include "pp_err.h"

void pp_addr_set4(struct pp_addr *ad, const uint8_t a4[4])
{
  memset(ad, 0, sizeof(*ad));
  ad->family = PP_AF_INET;
  memcpy(ad->a, a4, 4);
}

void pp_addr_set6(struct pp_addr *ad, const uint8_t a6[16])
{
  memset(ad, 0, sizeof(*ad));
  ad->family = PP_AF_INET6;
  memcpy(ad->a, a6, 16);
}

bool pp_addr_eq(const struct pp_addr *x, const struct pp_addr *y)
{
  return x->family == y->family &&
         memcmp(x->a, y->a, x->family == PP_AF_INET ? 4 : 16) == 0;
}

char *pp_addr_str(const struct pp_addr *ad, char *buf)
{
  int af = ad->family == PP_AF_INET ? AF_INET : AF_INET6;
  if(!ad->family || !inet_ntop(af, ad->a, buf, PP_ADDR_STRLEN))
    memcpy(buf, "?", 2);
  return buf;
}

int pp_addr_parse(struct pp_addr *ad, const char *s)
{
  memset(ad, 0, sizeof(*ad));
  if(inet_pton(AF_INET, s, ad->a) == 1) {
    ad->family = PP_AF_INET;
    return PP_OK;
  }
  if(inet_pton(AF_INET6, s, ad->a) == 1) {
    ad->family = PP_AF_INET6;
    return PP_OK;
  }
  return PP_EINVAL;
}
