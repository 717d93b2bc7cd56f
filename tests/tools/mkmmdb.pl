#!/usr/bin/perl
# mkmmdb.pl: write the small MaxMind DB files the GeoIP tests use
# (tests/unit/test_geoip.c, run by tests/scripts/geoip.sh).
#
# Format: MaxMind DB File Format Specification 2.0, written by
# MaxMind::DB::Writer::Tree (Debian: libmaxmind-db-writer-perl).  Only
# documentation addresses appear (RFC 5737: 192.0.2.0/24, 198.51.100.0/24,
# 203.0.113.0/24; RFC 3849: 2001:db8::/32) and documentation AS numbers
# (RFC 5398: 64496-64511).  The build epoch is fixed (1700000000,
# 2023-11-14 UTC) so that the files are the same on every run.
#
#   mkmmdb.pl --country FILE --asn FILE [--country-v4 FILE]
#             [--odd-country FILE] [--odd-asn FILE]
#
#   --country      GeoLite2-Country look-alike, IPv6 tree, IPv4 under ::/96
#                  (aliased like MaxMind's own files)
#   --asn          GeoLite2-ASN look-alike, same tree layout
#   --country-v4   the country data in an IPv4-only tree (ip_version 4)
#   --odd-country  well-formed file, ill-typed records (iso_code a number,
#                  country a string, lower case and 3-letter codes, a record
#                  without country)
#   --odd-asn      well-formed file, odd records (AS number as a string, as
#                  int32 -5, as uint64 over 32 bits, as uint16; control
#                  characters, bidi overrides, a 300-byte name and invalid
#                  UTF-8 in the organisation)
#
# Exit status 0, or 1 with a message (2: bad usage).
use strict;
use warnings;
use utf8;

use Getopt::Long qw(GetOptions);
use MaxMind::DB::Writer::Tree;

my $BUILD_EPOCH = 1700000000;

# Same length as its replacement, patched in after writing: the writer
# only writes valid UTF-8.
my $BAD_MARK = '@@BADUTF8@@';
my $BAD_BYTES = "a\xffb\xc3(c\xed\xa0\x80de";

my %opt;
GetOptions(\%opt, 'country=s', 'asn=s', 'country-v4=s', 'odd-country=s',
           'odd-asn=s')
  or exit 2;
if(!$opt{country} || !$opt{asn}) {
  print STDERR "usage: $0 --country FILE --asn FILE [--country-v4 FILE]"
             . " [--odd-country FILE] [--odd-asn FILE]\n";
  exit 2;
}

# ---- value types: by key, and for the odd files by value -----------------
my %type_of = (
  continent => 'map', country => 'map', registered_country => 'map',
  names => 'map', code => 'utf8_string', iso_code => 'utf8_string',
  geoname_id => 'uint32', en => 'utf8_string', vi => 'utf8_string',
  autonomous_system_number => 'uint32',
  autonomous_system_organization => 'utf8_string',
);
# AS numbers that the odd file stores with another type
my %asn_type = (
  '64510' => 'utf8_string', '-5' => 'int32', '4200000000' => 'uint64',
  '1099511627776' => 'uint64', '64501' => 'uint16',
);

sub key_type {
  my ($key, $value) = @_;
  if($key eq 'country' || $key eq 'registered_country') {
    return ref($value) eq 'HASH' ? 'map' : 'utf8_string';
  }
  if($key eq 'iso_code') {
    return $value =~ /^[0-9]+$/ ? 'uint32' : 'utf8_string';
  }
  if($key eq 'autonomous_system_number') {
    return $asn_type{$value} // 'uint32';
  }
  return $type_of{$key} // die "mkmmdb.pl: no type for key '$key'\n";
}

sub tree {
  my ($type, $ip_version) = @_;
  my $t = MaxMind::DB::Writer::Tree->new(
    ip_version => $ip_version,
    record_size => 24,
    database_type => $type,
    languages => ['en', 'vi'],
    description => { en => 'pressprobe test data (documentation addresses)' },
    map_key_type_callback => \&key_type,
    remove_reserved_networks => 0,     # every address here is reserved
    alias_ipv6_to_ipv4 => $ip_version == 6 ? 1 : 0,
  );
  $t->_set_build_epoch($BUILD_EPOCH);
  return $t;
}

sub write_tree {
  my ($t, $path, $patch) = @_;
  open(my $fh, '>:raw', $path) or die "mkmmdb.pl: $path: $!\n";
  $t->write_tree($fh);
  close($fh) or die "mkmmdb.pl: $path: $!\n";
  return unless $patch;
  open($fh, '<:raw', $path) or die "mkmmdb.pl: $path: $!\n";
  my $bytes = do { local $/; <$fh> };
  close($fh);
  my $n = ($bytes =~ s/\Q$BAD_MARK\E/$BAD_BYTES/g);
  die "mkmmdb.pl: $path: marker not found\n" unless $n;
  open($fh, '>:raw', $path) or die "mkmmdb.pl: $path: $!\n";
  print $fh $bytes;
  close($fh) or die "mkmmdb.pl: $path: $!\n";
}

sub place {
  my ($iso, $en, $vi, $id) = @_;
  return { iso_code => $iso, geoname_id => $id,
           names => { en => $en, vi => $vi } };
}

my $VN = place('VN', 'Vietnam', 'Việt Nam', 1562822);
my $SG = place('SG', 'Singapore', 'Singapore', 1880251);
my $US = place('US', 'United States', 'Hoa Kỳ', 6252001);
my $JP = place('JP', 'Japan', 'Nhật Bản', 1861060);
my $ASIA = { code => 'AS', geoname_id => 6255147,
             names => { en => 'Asia', vi => 'Châu Á' } };

# Order matters: a more specific network inserted later wins.
my @country = (
  [ '192.0.2.0/24',       { continent => $ASIA, country => $VN,
                            registered_country => $VN } ],
  [ '192.0.2.128/25',     { continent => $ASIA, country => $SG,
                            registered_country => $VN } ],
  [ '198.51.100.0/24',    { continent => $ASIA, country => $SG,
                            registered_country => $US } ],
  [ '2001:db8::/32',      { continent => $ASIA, country => $VN,
                            registered_country => $VN } ],
  [ '2001:db8:abcd::/48', { continent => $ASIA, country => $JP,
                            registered_country => $JP } ],
);
my $ORG_VN = 'Công ty Báo Test';
my @asn = (
  [ '192.0.2.0/24',    { autonomous_system_number => 64500,
                         autonomous_system_organization => $ORG_VN } ],
  [ '192.0.2.128/25',  { autonomous_system_number => 64502,
                         autonomous_system_organization => 'Nested Net' } ],
  [ '198.51.100.0/24', { autonomous_system_number => 64501,   # uint16
                         autonomous_system_organization =>
                           'Example SG Pte Ltd' } ],
  [ '2001:db8::/32',   { autonomous_system_number => 64500,
                         autonomous_system_organization => $ORG_VN } ],
);
my @odd_country = (
  [ '192.0.2.0/24',       { country => { iso_code => '704' } } ],
  [ '198.51.100.0/25',    { country => 'VN' } ],
  [ '198.51.100.128/25',  { country => { iso_code => 'vn' },
                            registered_country => { iso_code => 'V1' } } ],
  [ '203.0.113.0/25',     { country => { iso_code => 'VNM' } } ],
  [ '203.0.113.128/25',   { continent => $ASIA } ],
  [ '2001:db8::/32',      { registered_country => { iso_code => 704 } } ],
);
my $LONG = 'Báo ' x 75;                    # 375 bytes
my @odd_asn = (
  [ '192.0.2.0/24',     { autonomous_system_number => '64510',
                          autonomous_system_organization => 'String AS' } ],
  [ '198.51.100.0/24',  { autonomous_system_number => 64501,
                          autonomous_system_organization =>
                            "  Ctl\x01\x02Org\tName\n\x{202E}evil\x7f  " } ],
  [ '203.0.113.0/25',   { autonomous_system_number => 4200000000,
                          autonomous_system_organization => $LONG } ],
  [ '203.0.113.128/25', { autonomous_system_number => 1099511627776,
                          autonomous_system_organization => 'Too big' } ],
  [ '2001:db8::/32',    { autonomous_system_number => -5,
                          autonomous_system_organization => 'Negative' } ],
  [ '2001:db8:1::/48',  { autonomous_system_number => 64503,
                          autonomous_system_organization => $BAD_MARK } ],
  [ '2001:db8:2::/48',  { autonomous_system_organization => 'No number' } ],
);

sub build {
  my ($path, $type, $ip_version, $records, $patch) = @_;
  return unless $path;
  my $t = tree($type, $ip_version);
  for my $r (@{$records}) {
    next if $ip_version == 4 && $r->[0] =~ /:/;
    $t->insert_network($r->[0], $r->[1]);
  }
  write_tree($t, $path, $patch);
}

eval {
  build($opt{country}, 'GeoLite2-Country', 6, \@country);
  build($opt{asn}, 'GeoLite2-ASN', 6, \@asn);
  build($opt{'country-v4'}, 'GeoLite2-Country', 4, \@country);
  build($opt{'odd-country'}, 'GeoLite2-Country', 6, \@odd_country);
  build($opt{'odd-asn'}, 'GeoLite2-ASN', 6, \@odd_asn, 1);
  1;
} or do {
  print STDERR $@ =~ /^mkmmdb/ ? $@ : "mkmmdb.pl: $@";
  exit 1;
};
exit 0;
