#!/bin/sh
# geoip.sh: GeoIP/ASN lookups (classify/geoip.c) on MaxMind DB files this
# test writes itself with tests/tools/mkmmdb.pl (needs perl and
# MaxMind::DB::Writer, Debian libmaxmind-db-writer-perl; without them
# only the tests that need no database run).  Runs tests/unit/test_geoip
# with GEOIP_TEST_* naming the files and passes its results on as ours,
# then opens hostile files with `test_geoip --open`: copies cut short, a
# zero-length file, random bytes with and without a metadata marker, a
# country file given as the ASN file and the reverse, a missing file, a
# folder.  Each must give a clean error code and message, never a crash.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/scripts/lib.sh"

T="${TEST_GEOIP:-$top_builddir/tests/unit/test_geoip}"
PERL="${PERL:-perl}"
MKMMDB="$top_srcdir/tests/tools/mkmmdb.pl"
[ -x "$T" ] || skip_all "$T not built"

# ---- the databases -------------------------------------------------------
C="$TMP/country.mmdb"
A="$TMP/asn.mmdb"
have_db=no
if ! command -v "$PERL" >/dev/null 2>&1; then
  diag "perl not found: database tests skipped"
elif ! "$PERL" -MMaxMind::DB::Writer::Tree -e 1 2>/dev/null; then
  diag "MaxMind::DB::Writer missing (apt-get install" \
       "libmaxmind-db-writer-perl): database tests skipped"
else
  "$PERL" "$MKMMDB" --country "$C" --asn "$A" \
    --country-v4 "$TMP/country4.mmdb" --odd-country "$TMP/odd-country.mmdb" \
    --odd-asn "$TMP/odd-asn.mmdb" 2> "$TMP/mkmmdb.err"
  ok $? "mkmmdb.pl writes the test databases"
  if [ -s "$C" ] && [ -s "$A" ]; then
    have_db=yes
  else
    sed 's/^/# /' "$TMP/mkmmdb.err"
  fi
fi

# ---- the unit test, its results passed on ---------------------------------
if [ "$have_db" = yes ]; then
  GEOIP_TEST_COUNTRY="$C" GEOIP_TEST_ASN="$A" \
  GEOIP_TEST_COUNTRY_V4="$TMP/country4.mmdb" \
  GEOIP_TEST_ODD_COUNTRY="$TMP/odd-country.mmdb" \
  GEOIP_TEST_ODD_ASN="$TMP/odd-asn.mmdb" \
    "$T" > "$TMP/unit.tap" 2>&1
else
  "$T" > "$TMP/unit.tap" 2>&1
fi
urc=$?
n=0
plan=""
while IFS= read -r line; do
  case $line in
    "ok "*) ok 0 "unit: ${line#ok * - }"; n=$((n + 1)) ;;
    "not ok "*) ok 1 "unit: ${line#not ok * - }"; n=$((n + 1)) ;;
    "1..0 # SKIP"*) diag "unit test skipped: ${line#1..0 # SKIP }" ;;
    "1.."*) plan=${line#1..} ;;
    "#"*) echo "$line" ;;
    *) echo "# $line" ;;
  esac
done < "$TMP/unit.tap"
is "$urc" 0 "test_geoip exits 0 (no crash, no failure)"
is "$plan" "$n" "test_geoip ran to its plan"

# ---- hostile files ------------------------------------------------------
# open COUNTRY ASN [ADDR...]: test_geoip --open, output in $TMP/out
open_db() {
  "$T" --open "$@" > "$TMP/out" 2>&1
}

open_db "$TMP/none.mmdb" -
if grep -q '^open: ENOTSUP' "$TMP/out"; then
  grep -q 'libmaxminddb-dev' "$TMP/out"
  ok $? "built without libmaxminddb: ENOTSUP, saying what to install"
  diag "built without libmaxminddb: hostile-file tests skipped"
  done_testing
  exit $?
fi
grep -q "^open: ENOENT: $TMP/none.mmdb: No such file" "$TMP/out"
ok $? "a missing file: ENOENT with its name"
open_db "$TMP" -
grep -q "^open: EINVAL: $TMP: not a regular file" "$TMP/out"
ok $? "a folder: EINVAL, not a regular file"

# hostile FILE ROLE WHAT REGEX: FILE opened as the country (ROLE c) or the
# ASN (ROLE a) database gives EFORMAT, a message matching REGEX, exit 0
hostile() {
  if [ "$2" = c ]; then
    open_db "$1" - 192.0.2.1 2001:db8::1
  else
    open_db - "$1" 192.0.2.1 2001:db8::1
  fi
  rc=$?
  if [ "$rc" -ne 0 ]; then
    ok 1 "$3: test_geoip exit status $rc (a crash?)"
    sed 's/^/# /' "$TMP/out"
    return
  fi
  if grep -Eq "^open: EFORMAT: $1: $4" "$TMP/out"; then
    ok 0 "$3: EFORMAT, '$(sed -n 's/^open: EFORMAT: //p' "$TMP/out" |
      sed "s|$TMP/||")'"
  else
    ok 1 "$3: want EFORMAT and '$4'"
    sed 's/^/# /' "$TMP/out"
  fi
}

: > "$TMP/empty.mmdb"
hostile "$TMP/empty.mmdb" c "zero-length file" "empty file"
hostile "$TMP/empty.mmdb" a "zero-length file as the ASN file" "empty file"
"$PERL" -e 'srand(20231114); print map { chr(int(rand(256))) } 1..4096' \
  > "$TMP/random.mmdb" 2>/dev/null ||
  head -c 4096 /dev/urandom > "$TMP/random.mmdb"
hostile "$TMP/random.mmdb" c "4096 random bytes" "not a MaxMind DB file"
# random bytes around a metadata marker: the metadata is garbage
{ head -c 3000 "$TMP/random.mmdb"; printf '\253\315\357MaxMind.com'
  tail -c 1000 "$TMP/random.mmdb"; } > "$TMP/marker.mmdb"
hostile "$TMP/marker.mmdb" c "random bytes with a metadata marker" \
  "(damaged|not a) MaxMind DB file"

if [ "$have_db" = yes ]; then
  size=$(wc -c < "$C")
  for cut in 16 $((size / 4)) $((size / 2)) $((size * 3 / 4)) \
             $((size - 200)) $((size - 1)); do
    head -c "$cut" "$C" > "$TMP/cut.mmdb"
    hostile "$TMP/cut.mmdb" c "country file cut at $cut of $size bytes" \
      "(damaged|not a) MaxMind DB file"
  done
  head -c $((size / 2)) "$A" > "$TMP/cut-asn.mmdb"
  hostile "$TMP/cut-asn.mmdb" a "ASN file cut in half" \
    "(damaged|not a) MaxMind DB file"
  hostile "$C" a "the country file as the ASN file" \
    "database type 'GeoLite2-Country' is not an ASN database"
  hostile "$A" c "the ASN file as the country file" \
    "database type 'GeoLite2-ASN' is not a country database"

  # and the good files, through the same door
  open_db "$C" "$A" 192.0.2.1 192.0.2.200 2001:db8::1 203.0.113.1
  is "$?" 0 "the good files open"
  grep -qx 'lookup 192.0.2.1: OK VN VN 64500 /25 /25 Công ty Báo Test' \
    "$TMP/out"
  ok $? "192.0.2.1: VN, AS64500, the Vietnamese organisation"
  grep -qx 'lookup 192.0.2.200: OK SG VN 64502 /25 /25 Nested Net' \
    "$TMP/out"
  ok $? "192.0.2.200: the nested /25 wins"
  grep -qx 'lookup 2001:db8::1: OK VN VN 64500 /33 /32 C.*' "$TMP/out"
  ok $? "2001:db8::1: IPv6"
  grep -qx 'lookup 203.0.113.1: ENOTFOUND - - 0 /-1 /-1 ' "$TMP/out"
  ok $? "203.0.113.1: not in the files, ENOTFOUND"
fi
done_testing
