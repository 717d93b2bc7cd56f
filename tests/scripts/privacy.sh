#!/bin/sh
# privacy.sh: no client address of any test capture appears in any output:
# the store (and its WAL), JSON lines, statistics, terminal output, and
# every listing format.  Bytes are searched in text and binary forms.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/scripts/lib.sh"
need_python
CLIENTS="$top_builddir/tests/tools/pcap_clients"

check_run() {      # check_run LABEL ADDRS FILE...
  label=$1
  addrs=$2
  shift 2
  out=$(mktemp "$TMP/cap.XXXXXX")
  make_key "$out.key"
  args=""
  for f in "$@"; do args="$args -r $f"; done
  # shellcheck disable=SC2086
  "$PP" capture $args --db "$out.db" --jsonl "$out.jsonl" \
    --key-file "$out.key" --stats-file "$out.prom" > "$out.stdout" \
    2> "$out.stderr"
  rc=$?
  ok $((rc != 0 && rc != 2)) "$label: capture ran (exit $rc)"
  for fmt in table csv json; do
    "$PP" domains --db "$out.db" --format $fmt > "$out.$fmt"
    "$PP" domains --db "$out.db" --format $fmt --sites > "$out.sites.$fmt"
  done
  test -s "$addrs"
  ok $? "$label: $(wc -l < "$addrs") client addresses to look for"
  set -- "$out".db* "$out.jsonl" "$out.prom" "$out.stdout" "$out.stderr" \
    "$out".table "$out".csv "$out".json "$out".sites.*
  if "$PYTHON3" "$top_srcdir/tests/scripts/privacy_check.py" "$addrs" "$@" \
     > "$out.tap"; then
    ok 0 "$label: no client address in $(($(grep -c '^ok' "$out.tap"))) outputs"
  else
    ok 1 "$label: client addresses leaked"
    grep '^not ok' "$out.tap" | sed 's/^/#   /'
  fi
}

# all the real captures bundled with the tests, in one run
"$CLIENTS" "$DATA_PCAPS"/*.pcap* > "$TMP/real.addrs"
check_run "bundled captures" "$TMP/real.addrs" "$DATA_PCAPS"/*.pcap*

# the larger shared captures, when present
if [ -f "$SHARED_PCAPS/1kxun.pcap" ]; then
  "$CLIENTS" "$SHARED_PCAPS"/*.pcap* > "$TMP/shared.addrs"
  check_run "shared captures" "$TMP/shared.addrs" "$SHARED_PCAPS"/*.pcap*
fi

# a generated mix of every shape: the truth file names every client
"$PPGEN" --seed 11 --flows 1500 --mix all --encap mixed --ipv6 30 \
  -o "$TMP/mix.pcap" --truth "$TMP/mix.tsv" > /dev/null 2>&1
ok $? "generated a mix of every shape"
awk -F'\t' 'NR > 1 { print $4 }' "$TMP/mix.tsv" | sort -u > "$TMP/mix.addrs"
check_run "generated mix" "$TMP/mix.addrs" "$TMP/mix.pcap"
done_testing
