#!/bin/sh
# cli.sh: command-line behaviour: help, versions, usage errors, exit codes.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/scripts/lib.sh"

"$PP" --help > "$TMP/out" 2>&1
ok $? "pressprobe --help exits 0"
grep -q '^Usage: pressprobe' "$TMP/out"
ok $? "pressprobe --help prints usage"
"$PP" --version | grep -q '^pressprobe [0-9]'
ok $? "--version"
for cmd in capture domains; do
  "$PP" $cmd --help > "$TMP/out" 2>&1
  ok $? "$cmd --help exits 0"
  grep -q "^Usage: pressprobe $cmd" "$TMP/out"
  ok $? "$cmd --help prints its usage"
done
"$PP" > /dev/null 2>&1
is $? 64 "no command: usage error 64"
"$PP" frobnicate > /dev/null 2>&1
is $? 64 "unknown command: 64"
"$PP" capture --db "$TMP/x.db" > /dev/null 2>&1
is $? 64 "capture without -r: 64"
"$PP" capture -r "$DATA_PCAPS/dns.pcap" > /dev/null 2>&1
is $? 64 "capture without an output: 64"
"$PP" capture -r "$DATA_PCAPS/dns.pcap" --db "$TMP/x.db" --bucket 0 \
  > /dev/null 2> "$TMP/err"
is $? 64 "--bucket 0 refused"
grep -q 'invalid value for --bucket' "$TMP/err"
ok $? "and the message names the option"
"$PP" capture -r "$DATA_PCAPS/dns.pcap" --db "$TMP/x.db" --max-flows 12x \
  > /dev/null 2>&1
is $? 64 "--max-flows 12x refused"
"$PP" capture -r "$DATA_PCAPS/dns.pcap" --db "$TMP/x.db" --bogus \
  > /dev/null 2>&1
is $? 64 "unknown option: 64"
"$PP" capture -r "$DATA_PCAPS/dns.pcap" --db "$TMP/x.db" -f "port port" \
  > /dev/null 2> "$TMP/err"
is $? 64 "bad BPF filter: 64"
grep -q "filter: " "$TMP/err" && ! grep -q "port port" "$TMP/err"
ok $? "and the message does not repeat the filter (it may name a client)"
"$PP" domains --db "$TMP/none.db" > /dev/null 2> "$TMP/err"
is $? 1 "domains on a missing store: 1"
test -s "$TMP/err"
ok $? "with a message"
"$PP" domains --db "$TMP/x.db" --format xml > /dev/null 2>&1
is $? 64 "domains --format xml: 64"

# a key file readable by others is refused
printf '0123456789abcdef0123456789abcdef' > "$TMP/open.key"
chmod 644 "$TMP/open.key"
"$PP" capture -q -r "$DATA_PCAPS/dns.pcap" --db "$TMP/k.db" \
  --key-file "$TMP/open.key" > /dev/null 2> "$TMP/err"
is $? 1 "world-readable key file refused"
# a key file is created with mode 0600
"$PP" capture -q -r "$DATA_PCAPS/dns.pcap" --db "$TMP/new.db" > /dev/null
ok $? "capture with a new store"
is "$(stat -c %a "$TMP/new.db.key")" 600 "key file created beside the store, 0600"
"$PP" domains --db "$TMP/new.db" --format csv | head -n 1 > "$TMP/head"
is "$(cat "$TMP/head")" "name,site,first_seen,last_seen,flows,packets,bytes,clients,via" \
  "CSV header, exactly"

# --stats-file: Prometheus text
"$PP" capture -q -r "$DATA_PCAPS/dingtalk.pcap" --db "$TMP/s.db" \
  --stats-file "$TMP/stats.prom"
grep -q '^pressprobe_packets_total 16$' "$TMP/stats.prom"
ok $? "stats file counts packets"
grep -q '^pressprobe_flows_named_total{source="tls"} 1$' "$TMP/stats.prom"
ok $? "stats file counts named flows"

# invalid ECH fronts file: file:line error
printf 'good.example\nnot a name\n' > "$TMP/ech.txt"
"$PP" capture -q -r "$DATA_PCAPS/dns.pcap" --db "$TMP/e.db" \
  --ech-fronts "$TMP/ech.txt" 2> "$TMP/err"
is $? 1 "bad ECH fronts file refused"
grep -q 'ech.txt:2:' "$TMP/err"
ok $? "error points at file:line"

# the recorded command line never holds filter text or file names
"$PP" capture -q -r "$DATA_PCAPS/dns.pcap" --db "$TMP/f.db" \
  -f "host 100.64.77.88 or port 53" --bucket 600
if command -v sqlite3 >/dev/null 2>&1; then
  sqlite3 "$TMP/f.db" 'select args from runs' > "$TMP/args"
  grep -q '^files=1 filter=yes config=no db=yes jsonl=no bucket=600 ' \
    "$TMP/args" && ! grep -q '100\.64' "$TMP/args"
  ok $? "run arguments are described, the filter text is not kept"
fi

# runs are recorded
"$PP" capture -q -r "$DATA_PCAPS/dns.pcap" --db "$TMP/r.db"
"$PP" capture -q -r "$DATA_PCAPS/dns.pcap" --db "$TMP/r.db"
if command -v sqlite3 >/dev/null 2>&1; then
  is "$(sqlite3 "$TMP/r.db" 'select count(*) from runs where exit_status = 0')" 2 \
    "two runs recorded"
fi
done_testing
