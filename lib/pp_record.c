/*
 * pp_record.c: text form of the `via` bit set.
 */
#include "config.h"

#include <string.h>

#include "pp_err.h"
#include "pp_record.h"

static const struct {
  unsigned bit;
  const char *name;
} via_names[] = {
  {PP_VIA_HTTP, "http"},
  {PP_VIA_TLS, "tls"},
  {PP_VIA_QUIC, "quic"},
  {PP_VIA_DNS, "dns"},
  {PP_VIA_DNS_ATTR, "dns-attributed"},
  {PP_VIA_ECH_FRONT, "ech-front"},
};

char *pp_via_str(unsigned via, char *buf)
{
  size_t i, n = 0;
  buf[0] = '\0';
  for(i = 0; i < PP_ARRAY_LEN(via_names); i++) {
    size_t len;
    if(!(via & via_names[i].bit))
      continue;
    len = strlen(via_names[i].name);
    if(n + len + 2 > PP_VIA_STRLEN)
      break;
    if(n)
      buf[n++] = ';';
    memcpy(buf + n, via_names[i].name, len + 1);
    n += len;
  }
  return buf;
}

int pp_via_parse(const char *s, unsigned *via)
{
  unsigned v = 0;
  while(*s) {
    size_t len = strcspn(s, ";");
    size_t i;
    bool found = false;
    for(i = 0; i < PP_ARRAY_LEN(via_names); i++) {
      if(strlen(via_names[i].name) == len &&
         !memcmp(via_names[i].name, s, len)) {
        v |= via_names[i].bit;
        found = true;
        break;
      }
    }
    if(!found && len)
      return PP_EINVAL;
    s += len;
    if(*s == ';')
      s++;
  }
  *via = v;
  return PP_OK;
}
