#!/bin/sh
# badfiles.sh: damaged input: files cut mid-record, a bad record length,
# garbage, empty and missing files.  Each gives a clear message and exit
# status 2, keeps everything before the damage, and the run goes on with
# the next file.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/scripts/lib.sh"
need_python
make_key "$TMP/key"
SRC="$DATA_PCAPS/heuristic_tcp_ack_payload.pcap"     # classic pcap, 7 names

inventory() {      # inventory OUT FILE... -> exit status; CSV in OUT.csv
  out=$1
  shift
  args=""
  for f in "$@"; do args="$args -r $f"; done
  rm -f "$out.db"
  # shellcheck disable=SC2086
  "$PP" capture -q $args --db "$out.db" --key-file "$TMP/key" 2> "$out.err"
  rc=$?
  "$PP" domains --db "$out.db" --format csv > "$out.csv"
  return $rc
}

size=$(wc -c < "$SRC")
for pct in 13 37 50 71 96; do
  cut=$((size * pct / 100))
  kept=$("$PYTHON3" "$top_srcdir/tests/scripts/pcap_prefix.py" "$SRC" \
         "$TMP/cut.pcap" "$cut")
  inventory "$TMP/cut" "$TMP/cut.pcap"
  is $? 2 "cut at $pct% (byte $cut): exit status 2"
  grep -q 'truncated' "$TMP/cut.err"
  ok $? "cut at $pct%: the message says truncated"
  inventory "$TMP/clean" "$TMP/cut.pcap.clean"
  cmp -s "$TMP/cut.csv" "$TMP/clean.csv"
  ok $? "cut at $pct%: inventory equals that of the $kept whole records"
done

"$PYTHON3" "$top_srcdir/tests/scripts/pcap_prefix.py" "$SRC" \
  "$TMP/badlen.pcap" -1 > /dev/null
inventory "$TMP/bad" "$TMP/badlen.pcap"
is $? 2 "absurd record length: exit status 2"
inventory "$TMP/clean" "$TMP/badlen.pcap.clean"
cmp -s "$TMP/bad.csv" "$TMP/clean.csv"
ok $? "absurd record length: the records before it are kept"

# a cut pcapng file
ng="$DATA_PCAPS/steam.pcapng"
head -c $(($(wc -c < "$ng") / 2)) "$ng" > "$TMP/half.pcapng"
inventory "$TMP/ng" "$TMP/half.pcapng"
is $? 2 "pcapng cut in half: exit status 2"
test "$(wc -l < "$TMP/ng.csv")" -gt 1
ok $? "pcapng cut in half: names before the cut kept"

# garbage, empty, missing: reported, and the next file is still read
head -c 5000 /dev/urandom > "$TMP/garbage.pcap"
: > "$TMP/empty.pcap"
inventory "$TMP/mixed" "$TMP/garbage.pcap" "$TMP/empty.pcap" \
  "$TMP/missing.pcap" "$DATA_PCAPS/dingtalk.pcap"
is $? 2 "garbage, empty and missing files: exit status 2"
grep -q 'garbage.pcap: unknown file format' "$TMP/mixed.err"
ok $? "garbage: 'unknown file format'"
grep -q 'empty.pcap: empty file' "$TMP/mixed.err"
ok $? "empty file: 'empty file'"
grep -q 'missing.pcap: No such file' "$TMP/mixed.err"
ok $? "missing file: 'No such file'"
grep -q '^static.dingtalk.com,' "$TMP/mixed.csv"
ok $? "the good file after them was read"
inventory "$TMP/dir" "$TMP"
is $? 2 "a directory as input: exit status 2"

# a store that is not a store
printf 'not a database at all, just text\n' > "$TMP/notdb.db"
"$PP" capture -q -r "$DATA_PCAPS/dingtalk.pcap" --db "$TMP/notdb.db" \
  --key-file "$TMP/key" 2> "$TMP/notdb.err"
is $? 1 "a non-SQLite store: exit status 1"
test -s "$TMP/notdb.err"
ok $? "with a message"
done_testing
