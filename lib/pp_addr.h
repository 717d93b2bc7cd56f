/*
 * pp_addr.h: an IPv4 or IPv6 address as a value type.
 *
 * IPv4 is stored in the first 4 bytes of a[] with the rest zero, so two
 * addresses compare equal with memcmp over the whole struct.
 */
#ifndef PP_ADDR_H
#define PP_ADDR_H

#include "pp_common.h"

#define PP_AF_INET 4
#define PP_AF_INET6 6

struct pp_addr {
  uint8_t family;   /* PP_AF_INET or PP_AF_INET6; 0 = none */
  uint8_t pad[3];
  uint8_t a[16];    /* network byte order */
};

/* Longest text form: "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255" + NUL */
#define PP_ADDR_STRLEN 46

void pp_addr_set4(struct pp_addr *ad, const uint8_t a4[4]);
void pp_addr_set6(struct pp_addr *ad, const uint8_t a6[16]);
bool pp_addr_eq(const struct pp_addr *x, const struct pp_addr *y);
/* Text form into buf (PP_ADDR_STRLEN bytes); returns buf. */
char *pp_addr_str(const struct pp_addr *ad, char *buf);
/* Parse text (IPv4 dotted quad or IPv6); PP_OK or PP_EINVAL. */
int pp_addr_parse(struct pp_addr *ad, const char *s);

#endif
