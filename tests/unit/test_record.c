/*
 * test_record.c: the `via` text form, both ways.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include "pp_err.h"
#include "pp_record.h"
#include "tap.h"

int main(void)
{
  char buf[PP_VIA_STRLEN];
  unsigned v;
  is_str(pp_via_str(0, buf), "", "empty set");
  is_str(pp_via_str(PP_VIA_DNS | PP_VIA_TLS, buf), "tls;dns",
         "fixed order http;tls;quic;dns");
  is_str(pp_via_str(PP_VIA_ALL, buf),
         "http;tls;quic;dns;dns-attributed;ech-front", "all bits");
  ok(pp_via_parse("quic;dns-attributed", &v) == PP_OK &&
     v == (PP_VIA_QUIC | PP_VIA_DNS_ATTR), "parse");
  is_int(pp_via_parse("tls;bogus", &v), PP_EINVAL, "unknown word refused");
  ok(pp_via_parse("", &v) == PP_OK && v == 0, "empty parses to 0");
  return tap_done();
}
