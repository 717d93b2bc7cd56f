#!/bin/sh
# config.sh: `pressprobe capture -c FILE` end to end: the sample is what the
# code prints, options beat the file, --print-config reads back, relative
# paths follow the file, bad files are refused whole (exit 64, FILE:LINE:COL)
# and the file and the options check numbers against the same ranges.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/scripts/lib.sh"
unset PRESSPROBE_CONFIG

SAMPLE="$top_srcdir/etc/pressprobe.yaml.sample"
MAN="$top_srcdir/doc/pressprobe.yaml.5"
PCAP="$DATA_PCAPS/dns.pcap"

# ---- the sample is generated from the key table ---------------------------
"$PP" capture --print-sample-config > "$TMP/sample"
ok $? "--print-sample-config exits 0"
cmp -s "$TMP/sample" "$SAMPLE"
ok $? "etc/pressprobe.yaml.sample is what --print-sample-config prints"
if ! cmp -s "$TMP/sample" "$SAMPLE"; then
  diff -u "$SAMPLE" "$TMP/sample" | sed 's/^/# /'
  diag "regenerate: pressprobe capture --print-sample-config > $SAMPLE"
fi
is "$(awk 'length($0) > 79' "$TMP/sample" | wc -l)" 0 \
  "sample lines fit in 79 columns"
"$PP" capture --print-config | sed 1,2d > "$TMP/defaults"
"$PP" capture -c "$TMP/sample" --print-config | sed 1,2d > "$TMP/from-sample"
ok $? "the sample loads"
cmp -s "$TMP/defaults" "$TMP/from-sample"
ok $? "and changes nothing (every value shown is the default)"

# every key of the table is documented in pressprobe.yaml(5), by its
# dotted name, as the messages name it
missing=""
nkeys=0
for key in $(awk '/^[a-z]/ { sub(":.*", ""); sec = $0; next }
                  /^  (# )?[a-z-]+:/ { sub("^  (# )?", ""); sub(":.*", "");
                                       print sec "." $0 }' \
             "$TMP/defaults"); do
  nkeys=$((nkeys + 1))
  roff=$(printf '%s' "$key" | sed 's/-/\\-/g')     # max-flows: max\-flows
  grep -qxF ".B $roff" "$MAN" || missing="$missing $key"
done
test "$nkeys" -gt 0
ok $? "keys found in --print-config ($nkeys)"
is "$missing" "" "every key is in pressprobe.yaml(5)"

# ---- precedence: defaults, then the file, then the options ----------------
cat > "$TMP/pp.yaml" <<EOT
capture:
  read: [one.pcap, two.pcap]
  filter: port 53
  bucket: 10m
  max-flows: 5000
  max-stream-bytes: 64k
store:
  db: inventory.db
output:
  progress: false
  quiet: true
EOT
"$PP" capture -c "$TMP/pp.yaml" --print-config > "$TMP/eff"
ok $? "--print-config with a file: exit 0 without -r or --db"
grep -q '^  max-flows: 5000$' "$TMP/eff"
ok $? "the file sets max-flows"
grep -q '^  bucket: 10m$' "$TMP/eff"
ok $? "the file sets the bucket as a duration"
grep -q '^  max-names: 1000000$' "$TMP/eff"
ok $? "keys the file leaves out keep their default"
grep -q "^  db: $TMP/inventory.db\$" "$TMP/eff"
ok $? "relative paths are relative to the file's folder"
"$PP" capture -c "$TMP/pp.yaml" --max-flows 7 --bucket 60 --no-quiet \
  --print-config > /dev/null 2>&1
is $? 64 "an unknown option is still a usage error"
"$PP" capture -c "$TMP/pp.yaml" --max-flows 7 --bucket 60 -r x.pcap \
  --db other.db --progress --print-config > "$TMP/eff2"
ok $? "options with a file"
grep -q '^  max-flows: 7$' "$TMP/eff2"
ok $? "an option beats the file (number)"
grep -q '^  bucket: 1m$' "$TMP/eff2"
ok $? "an option beats the file (seconds)"
grep -q "^  db: $(pwd)/other.db\$" "$TMP/eff2"
ok $? "an option beats the file (path, relative to the current folder)"
grep -q '^  progress: true$' "$TMP/eff2"
ok $? "an option beats the file (boolean)"
is "$(sed -n '/^  read:/,/^  [a-z]/p' "$TMP/eff2" | grep -c '^    - ')" 1 \
  "-r replaces the file's list"
grep -q "^    - $(pwd)/x.pcap\$" "$TMP/eff2"
ok $? "with the option's file (printed as an absolute path)"
grep -q '^  max-stream-bytes: 64k$' "$TMP/eff2"
ok $? "values no option gives stay from the file"

# --print-config is a fixed point: its output loads back to itself, from
# another folder too (its paths are absolute)
sed 1,2d "$TMP/eff2" > "$TMP/eff2.body"
mkdir -p "$TMP/elsewhere"
cp "$TMP/eff2" "$TMP/elsewhere/printed.yaml"
"$PP" capture -c "$TMP/elsewhere/printed.yaml" --print-config |
  sed 1,2d > "$TMP/eff3"
cmp -s "$TMP/eff2.body" "$TMP/eff3"
ok $? "--print-config output loads back to the same configuration"

# the environment names the file; -c beats it
PRESSPROBE_CONFIG="$TMP/pp.yaml" "$PP" capture --print-config \
  > "$TMP/env" 2>&1
grep -q '^  max-flows: 5000$' "$TMP/env"
ok $? "PRESSPROBE_CONFIG is read"
printf 'capture:\n  max-flows: 42\n' > "$TMP/other.yaml"
PRESSPROBE_CONFIG="$TMP/pp.yaml" "$PP" capture -c "$TMP/other.yaml" \
  --print-config > "$TMP/env2" 2>&1
grep -q '^  max-flows: 42$' "$TMP/env2" && ! grep -q 'bucket: 10m' "$TMP/env2"
ok $? "-c beats PRESSPROBE_CONFIG (and only one file is read)"
printf 'capture:\n  bogus: 1\n' > "$TMP/bad-env.yaml"
PRESSPROBE_CONFIG="$TMP/bad-env.yaml" "$PP" capture --help > /dev/null 2>&1
ok $? "--help works whatever the configuration"
PRESSPROBE_CONFIG="$TMP/bad-env.yaml" "$PP" capture --print-config \
  > /dev/null 2> "$TMP/err"
is $? 64 "a bad file named by PRESSPROBE_CONFIG: 64"
grep -q 'PRESSPROBE_CONFIG' "$TMP/err"
ok $? "and the message says where the name came from"

# ---- a run configured by a file matches the same run by options -----------
cp "$PCAP" "$TMP/in.pcap"
make_key "$TMP/k.key"
mkdir -p "$TMP/etc"
cat > "$TMP/etc/run.yaml" <<EOT
# a capture appliance, relative paths: next to this file
capture:
  read:
    - ../in.pcap
  bucket: 10m
store:
  db: ../file.db
privacy:
  key-file: ../k.key
output:
  quiet: true
  progress: false
EOT
(cd / && "$PP" capture -c "$TMP/etc/run.yaml")
ok $? "capture configured by a file only"
"$PP" capture -q --no-progress -r "$TMP/in.pcap" --bucket 600 \
  --db "$TMP/opts.db" --key-file "$TMP/k.key"
ok $? "the same capture by options"
"$PP" domains --db "$TMP/file.db" --format csv > "$TMP/file.csv" 2>&1
"$PP" domains --db "$TMP/opts.db" --format csv > "$TMP/opts.csv" 2>&1
test -s "$TMP/file.csv" && cmp -s "$TMP/file.csv" "$TMP/opts.csv"
ok $? "same inventory either way"
if command -v sqlite3 >/dev/null 2>&1; then
  sqlite3 "$TMP/file.db" 'select args from runs' > "$TMP/args"
  grep -q '^files=1 filter=no config=yes db=yes ' "$TMP/args" &&
    ! grep -q / "$TMP/args"
  ok $? "the run's arguments name no path"
fi

# ---- refusals: exit 64, FILE:LINE:COLUMN, nothing applied ------------------
cat > "$TMP/bad.yaml" <<EOT
capture:
  read: [$TMP/in.pcap]
  max-flow: 5000
  tcp-timeout: 5w
store:
  db: $TMP/bad.db
EOT
"$PP" capture -c "$TMP/bad.yaml" > /dev/null 2> "$TMP/err"
is $? 64 "a file with errors: exit 64"
grep -q "bad.yaml:3:3: unknown key 'capture.max-flow' (did you mean \
'capture.max-flows'?)" "$TMP/err"
ok $? "unknown key at FILE:LINE:COL with a suggestion"
grep -q "bad.yaml:4:16: 'capture.tcp-timeout': expected a duration" "$TMP/err"
ok $? "every error is reported, not only the first"
grep -q "configuration refused" "$TMP/err"
ok $? "and the file is refused as a whole"
test ! -e "$TMP/bad.db"
ok $? "nothing was run: no store created"
"$PP" capture -c "$TMP/bad.yaml" --max-flows 9 -r "$TMP/in.pcap" \
  --db "$TMP/bad2.db" > /dev/null 2>&1
is $? 64 "options do not rescue a bad file"

"$PP" capture -c "$TMP/none.yaml" > /dev/null 2> "$TMP/err"
is $? 64 "a missing file: 64"
grep -q 'none.yaml: No such file' "$TMP/err"
ok $? "with the reason"
"$PP" capture -c "$PCAP" > /dev/null 2> "$TMP/err"
is $? 64 "a capture file given as configuration: 64"
grep -q 'dns.pcap:[0-9]*:[0-9]*: not UTF-8 text' "$TMP/err"
ok $? "with its position"
printf 'capture:\n  filter: caf\351\n' > "$TMP/latin1.yaml"
"$PP" capture -c "$TMP/latin1.yaml" > /dev/null 2> "$TMP/err"
is $? 64 "not UTF-8: 64"
grep -q 'latin1.yaml:2:14: not UTF-8 text' "$TMP/err"
ok $? "at the byte's place"
printf 'capture:\n  read: &files [a]\nstore:\n  db: *files\n' \
  > "$TMP/alias.yaml"
"$PP" capture -c "$TMP/alias.yaml" > /dev/null 2> "$TMP/err"
is $? 64 "anchors and aliases: 64"
grep -q 'alias.yaml:4:7: aliases' "$TMP/err"
ok $? "the alias is named at its place"
head -c 1100000 /dev/zero | tr '\0' '#' > "$TMP/big.yaml"
"$PP" capture -c "$TMP/big.yaml" > /dev/null 2> "$TMP/err"
is $? 64 "a file over 1 MiB: 64"
grep -q 'larger than 1048576 bytes' "$TMP/err"
ok $? "with the cap"

# the file and the options check against the same ranges
for pair in max-flows:4294967297 max-names:4294967297 dns-cache:4294967297 \
            max-servers:1025 max-paths:1025 max-stream-bytes:1048577 \
            tcp-timeout:86401 udp-timeout:86401 bucket:2678401; do
  key=${pair%%:*}
  val=${pair#*:}
  "$PP" capture --"$key" "$val" -r x --db y 2> "$TMP/opt.err" > /dev/null
  orc=$?
  printf 'capture:\n  %s: %s\n' "$key" "$val" > "$TMP/range.yaml"
  "$PP" capture -c "$TMP/range.yaml" 2> "$TMP/file.err" > /dev/null
  frc=$?
  o=$(sed -n 's/.*(allowed \([0-9]*\.\.[0-9]*\).*/\1/p' "$TMP/opt.err")
  f=$(sed -n 's/.*(allowed \([0-9]*\.\.[0-9]*\).*/\1/p' "$TMP/file.err")
  if [ "$orc" = 64 ] && [ "$frc" = 64 ] && [ -n "$o" ] && [ "$o" = "$f" ]
  then
    ok 0 "$key: option and file refuse $val alike ($o)"
  else
    ok 1 "$key: option ($orc, '$o') and file ($frc, '$f') disagree"
  fi
done
# one file configures every command: each passes over the others' keys
# and still refuses what no command knows
printf 'capture:\n  max-flows: 1000\ncrawl:\n  concurrency: 3\nstore:\n  db: shared.db\n  jsonl: out.jsonl\nprivacy:\n  key-file: k.key\n' > "$TMP/shared.yaml"
"$PP" crawl -c "$TMP/shared.yaml" --print-config > "$TMP/out" 2> "$TMP/err"
is $? 0 "crawl reads a file that also configures capture"
grep -q 'concurrency: 3' "$TMP/out"
ok $? "crawl took its own key from the shared file"
"$PP" capture -c "$TMP/shared.yaml" --print-config > "$TMP/out" 2> "$TMP/err"
is $? 0 "capture reads a file that also configures crawl"
grep -q 'max-flows: 1000' "$TMP/out"
ok $? "capture took its own key from the shared file"
printf 'crawl:\n  concurrency: 3\ncapture:\n  max-flowz: 1\n' > "$TMP/typo.yaml"
"$PP" capture -c "$TMP/typo.yaml" > /dev/null 2> "$TMP/err"
is $? 64 "capture still refuses a typo in its own section"
printf 'crawl:\n  concurrency: 3\nrepport:\n  x: 1\n' > "$TMP/typo2.yaml"
"$PP" crawl -c "$TMP/typo2.yaml" > /dev/null 2> "$TMP/err"
is $? 64 "a section no command knows is refused"
grep -q "unknown section 'repport'" "$TMP/err"
ok $? "and named"
done_testing
