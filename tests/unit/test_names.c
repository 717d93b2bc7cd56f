/*
 * test_names.c: normalization, IDN, registrable domains.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include "pp_names.h"
#include "tap.h"

static enum pp_name_result norm(const char *in, unsigned fl, char *out)
{
  return pp_name_normalize(in, strlen(in), fl, out);
}

int main(void)
{
  char out[PP_NAME_BUF], site[PP_NAME_BUF], uni[PP_NAME_UNICODE_BUF];
  char longname[300];

  is_int(norm("WWW.Example.COM.", 0, out), PP_NAME_OK, "upper case, dot");
  is_str(out, "www.example.com", "lowercased, final dot dropped");
  is_int(norm("toni.lan:31337", PP_NAME_HOSTPORT, out), PP_NAME_OK,
         "host:port");
  is_str(out, "toni.lan", "port dropped");
  is_int(norm("toni.lan:31337", 0, out), PP_NAME_BAD_CHARS,
         "port not allowed without HOSTPORT");
  is_int(norm("[2001:db8::1]:443", PP_NAME_HOSTPORT, out),
         PP_NAME_IP_LITERAL, "bracketed IPv6");
  is_int(norm("192.168.1.1:8080", PP_NAME_HOSTPORT, out),
         PP_NAME_IP_LITERAL, "IPv4 literal with port");
  is_int(norm("2001:db8::1", PP_NAME_HOSTPORT, out), PP_NAME_IP_LITERAL,
         "bare IPv6 literal");
  is_int(norm("wpad", 0, out), PP_NAME_SINGLE_LABEL, "single label");
  is_int(norm("", 0, out), PP_NAME_EMPTY, "empty");
  is_int(norm("a..b", 0, out), PP_NAME_BAD_CHARS, "empty label");
  is_int(norm("a b.com", 0, out), PP_NAME_BAD_CHARS, "space");
  is_int(norm("x\x01.com", 0, out), PP_NAME_BAD_CHARS, "control char");
  is_int(norm("_dmarc.example.com", 0, out), PP_NAME_OK, "underscore ok");
  memset(longname, 'a', 70);
  strcpy(longname + 70, ".com");
  is_int(norm(longname, 0, out), PP_NAME_TOO_LONG, "label over 63");
  memset(longname, 'a', 260);
  {
    int i;
    for(i = 50; i < 260; i += 50)
      longname[i] = '.';
  }
  longname[260] = 0;
  is_int(norm(longname, 0, out), PP_NAME_TOO_LONG, "name over 253");
  is_int(norm("tintức.example", 0, out), PP_NAME_OK, "UTF-8 name");
  is_str(out, "xn--tintc-ye2b.example", "to punycode");
  ok(pp_name_unicode(out, uni, sizeof(uni)) && !strcmp(uni,
     "tintức.example"), "display form back to Unicode");
  ok(!pp_name_unicode("plain.example", uni, sizeof(uni)) &&
     !strcmp(uni, "plain.example"), "ASCII name displays as itself");
  is_int(norm("BÜCHER.example", 0, out), PP_NAME_OK, "upper-case UTF-8");
  is_str(out, "xn--bcher-kva.example", "mapped to lower case (UTS 46)");

  /* names that carry an address are never inventoried */
  is_int(norm("\xef\xbc\x91\xef\xbc\x90\xef\xbc\x90.64.0.9", 0, out),
         PP_NAME_IP_LITERAL, "full-width digits: an IP literal after IDNA");
  is_int(norm("100\xe3\x80\x82" "64\xe3\x80\x82" "0\xe3\x80\x82" "9", 0, out),
         PP_NAME_IP_LITERAL, "ideographic full stops: an IP literal");
  is_int(norm("100.064.000.009", 0, out), PP_NAME_EMBEDDED_ADDR,
         "zero-padded quad");
  is_int(norm("1.2.3.4.5", 0, out), PP_NAME_EMBEDDED_ADDR,
         "numeric last label");
  is_int(norm("9.0.64.100.in-addr.arpa", 0, out), PP_NAME_EMBEDDED_ADDR,
         "reverse DNS");
  is_int(norm("1.0.0.0.ip6.arpa", 0, out), PP_NAME_EMBEDDED_ADDR,
         "reverse DNS, IPv6");
  is_int(norm("9.0.64.100.zen.spamhaus.org", 0, out), PP_NAME_EMBEDDED_ADDR,
         "DNSBL query");
  is_int(norm("a.1.2.3.example", 0, out), PP_NAME_OK,
         "three numeric labels are fine");
  is_int(norm("1.256.3.4.example", 0, out), PP_NAME_OK,
         "256 is not an octet");
  is_int(norm("24h.com.vn", 0, out), PP_NAME_OK, "digits in a label");
  is_int(norm("365.example", 0, out), PP_NAME_OK, "numeric first label");

  is_str(pp_name_site("www.baomoi.com.vn", site), "baomoi.com.vn",
         "site under com.vn");
  is_str(pp_name_site("a.b.c.example.co.uk", site), "example.co.uk",
         "site under co.uk");
  is_str(pp_name_site("com.vn", site), "com.vn",
         "a public suffix is its own site");
  is_str(pp_name_site("toni.lan", site), "toni.lan", "unknown TLD");
  ok(!strcmp(pp_name_result_name(PP_NAME_IP_LITERAL), "ip-literal"),
     "result names");
  return tap_done();
}
