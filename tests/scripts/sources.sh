#!/bin/sh
# sources.sh: `pressprobe sources` (source withdrawal) end to end against
# scripted sites (tests/data/sources/server.py, bound to 127.0.0.1 only,
# reached through --resolve): a copy site is crawled and classified, its
# eight articles attribute originals on two press sites; the check finds
# the originals that answer 404, 410, a redirect to the home page and a
# soft 404 ("Bài viết không tồn tại hoặc đã bị gỡ") while their copies
# are still served; an original that is there is present, one whose
# server never answers in time and one robots.txt disallows are
# not-checked (never gone), and one whose copy is now 404 too is no
# finding.  Then: both WARC records of each finding (and the
# attribution's) are read back at their offsets; every fetch is in the
# fetches table (kinds robots, home, original, copy); a second check adds
# rows (history) and keeps "gone since"; the address guard without
# --allow-address (nothing gone, nothing asked); listings in table, CSV
# and JSON; usage errors.  Nothing but 127.0.0.1 is ever contacted.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/scripts/lib.sh"

need_python
SERVER="$top_srcdir/tests/data/sources/server.py"
DB="$TMP/sources.db"
WARC="$TMP/warc"
mkdir -p "$WARC"

"$PYTHON3" "$SERVER" "$TMP/requests.log" "$TMP/after-crawl" > "$TMP/port" \
  2> "$TMP/server.err" &
SPID=$!
trap 'kill $SPID 2>/dev/null; wait $SPID 2>/dev/null; rm -rf "$TMP"' EXIT
i=0
while [ ! -s "$TMP/port" ] && [ $i -lt 100 ]; do
  sleep 0.1
  i=$((i + 1))
done
PORT=$(cat "$TMP/port")
[ -n "$PORT" ] || skip_all "the test server did not start"

# q SQL [DB]: rows of the store, fields joined by '|'
q() {
  "$PYTHON3" -c '
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for r in c.execute(sys.argv[2]):
    print("|".join("" if v is None else str(v) for v in r))
' "${2:-$DB}" "$1"
}

now_ms() {
  "$PYTHON3" -c 'import time; print(int(time.monotonic() * 1000))'
}

RESOLVE=""
for s in saochep baomau chamchap; do
  RESOLVE="$RESOLVE --resolve $s.test:$PORT:127.0.0.1"
done
COPY="http://saochep.test:$PORT/tin"
PRESS="http://baomau.test:$PORT"

# ---- the copies: crawled and classified -------------------------------------
# shellcheck disable=SC2086
"$PP" crawl -q --db "$DB" --warc-dir "$WARC" \
  --site "http://saochep.test:$PORT/" $RESOLVE --allow-address 127.0.0.1 \
  --per-host-delay 0 --pages-per-site 20 --no-sitemaps > /dev/null \
  2> "$TMP/err"
is $? 0 "crawl of the copy site"
"$PP" classify -q --db "$DB" --warc-dir "$WARC" > /dev/null 2> "$TMP/err"
is $? 0 "classify"
is "$(q "SELECT count(*) FROM verdict_attributions")" 8 \
  "eight linked attributions kept"
# from now on the copy of the eighth article is gone too
: > "$TMP/after-crawl"
: > "$TMP/requests.log"

# ---- the check --------------------------------------------------------------
CHECK="--db $DB --warc-dir $WARC $RESOLVE --allow-address 127.0.0.1
  --per-host-delay 0 --timeout 2 --connect-timeout 2"
t0=$(now_ms)
# shellcheck disable=SC2086
"$PP" sources --check $CHECK > "$TMP/out" 2> "$TMP/err"
rc=$?
t1=$(now_ms)
is "$rc" 0 "sources --check: exit 0"
[ $rc -eq 0 ] || sed 's/^/#   /' "$TMP/err"
ok $([ $((t1 - t0)) -lt 15000 ] && echo 0 || echo 1) \
  "bounded by the timeout ($((t1 - t0)) ms)"
grep -q '^pressprobe sources: 8 pairs checked' "$TMP/err"
ok $? "summary on stderr"
grep -q '4 findings' "$TMP/err"
ok $? "summary: 4 findings"
is "$(wc -c < "$TMP/out" | tr -d ' ')" 0 "--check writes nothing on stdout"

# verdict|copy_verdict of article N
v() {
  q "SELECT verdict || '|' || copy_verdict FROM withdrawals
     WHERE copy_url = '$COPY/a$1-d10000$1.html' ORDER BY id DESC LIMIT 1"
}
is "$(v 1)" "gone-404|present" "original 404, copy served"
is "$(v 2)" "gone-410|present" "original 410, copy served"
is "$(v 3)" "gone-redirect-home|present" \
  "original redirected to the home page, copy served"
is "$(v 4)" "soft-404|present" "original a soft 404, copy served"
is "$(v 5)" "present|not-checked" \
  "original present: the copy is not asked"
is "$(v 6)" "not-checked|not-checked" \
  "original whose server does not answer in time: not-checked"
is "$(v 7)" "not-checked|not-checked" \
  "original robots.txt disallows: not-checked"
is "$(v 8)" "gone-404|gone-404" "original gone, but the copy is gone too"
q "SELECT reason FROM withdrawals WHERE copy_url = '$COPY/a6-d100006.html'" |
  grep -q 'timed out'
ok $? "the slow original: the reason says it timed out"
is "$(q "SELECT reason FROM withdrawals
         WHERE copy_url = '$COPY/a7-d100007.html'")" \
  "robots.txt disallows it" "the disallowed original: robots.txt"
q "SELECT reason FROM withdrawals WHERE copy_url = '$COPY/a4-d100004.html'" |
  grep -q 'Bài viết không tồn tại hoặc đã bị gỡ'
ok $? "the soft 404's reason quotes the page"
is "$(q "SELECT original_final_url FROM withdrawals
         WHERE copy_url = '$COPY/a3-d100003.html'")" "$PRESS/" \
  "the redirect's final URL"
is "$(q "SELECT count(*) FROM withdrawals WHERE run_id =
         (SELECT id FROM runs WHERE command = 'sources' AND
          exit_status = 0)")" 8 "rows name their run"

# what was asked, and what not
grep -q '^baomau.test /bi-mat/' "$TMP/requests.log"
ok $((1 - $?)) "the disallowed original was never asked"
is "$(grep -c '^baomau.test /robots.txt' "$TMP/requests.log")" 1 \
  "robots.txt of the press site asked once"
is "$(grep -c '^saochep.test /tin/a5-' "$TMP/requests.log")" 0 \
  "copies of originals that are not gone are not asked"
is "$(grep -c '^saochep.test /tin/' "$TMP/requests.log")" 5 \
  "the five copies of gone originals asked once each"
is "$(q "SELECT group_concat(kind || ':' || n, ' ') FROM (SELECT kind,
         count(*) AS n FROM fetches WHERE run_id = (SELECT max(id) FROM runs)
         GROUP BY kind ORDER BY kind)")" \
  "copy:5 home:3 original:9 robots:3" \
  "fetch rows: robots.txt and home of 3 origins, 8 originals, 5 copies"
is "$(q "SELECT outcome FROM fetches
         WHERE url = '$PRESS/bi-mat/bai-cam-d200007.html'")" \
  robots-disallowed "the disallowed original is a robots-disallowed row"
is "$(q "SELECT count(*) FROM fetches WHERE run_id = (SELECT max(id) FROM
         runs) AND status IS NOT NULL AND warc_file IS NULL")" 0 \
  "every response of the check has its WARC record"

# ---- the evidence: both records of every finding ----------------------------
"$PP" sources --db "$DB" --format csv > "$TMP/findings.csv"
is $? 0 "sources --format csv"
is "$(tail -n +2 "$TMP/findings.csv" | wc -l | tr -d ' ')" 4 \
  "four findings listed"
"$PYTHON3" -c '
import csv, os, sys, zlib
d = sys.argv[2]
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
bad = []
def record(f, off):
    with open(os.path.join(d, f), "rb") as fh:
        fh.seek(int(off))
        z = zlib.decompressobj(31)
        data = z.decompress(fh.read(1 << 20))
    head = data.split(b"\r\n\r\n", 1)[0].decode()
    fields = dict(l.split(": ", 1) for l in head.split("\r\n")[1:])
    return fields
for r in rows:
    o = record(r["original_warc_file"], r["original_warc_offset"])
    c = record(r["copy_warc_file"], r["copy_warc_offset"])
    a = record(r["attrib_warc_file"], r["attrib_warc_offset"])
    if o["WARC-Target-URI"] != r["source_url"]: bad.append(("orig", r))
    if o["WARC-Record-ID"] != r["original_record_id"]: bad.append(("oid", r))
    if o["WARC-Type"] != "response": bad.append(("otype", r))
    if c["WARC-Target-URI"] != r["copy_url"]: bad.append(("copy", r))
    if c["WARC-Record-ID"] != r["copy_record_id"]: bad.append(("cid", r))
    if a["WARC-Target-URI"] != r["copy_url"]: bad.append(("attrib", r))
    if r["copy_verdict"] != "present" or r["copy_status"] != "200":
        bad.append(("served", r))
print(len(rows), len(bad))
sys.exit(1 if bad or len(rows) != 4 else 0)
' "$TMP/findings.csv" "$WARC" > "$TMP/ev"
msg="each finding's records (original, copy, attribution): URI and id"
ok $? "$msg (rows, bad: $(cat "$TMP/ev"))"
grep -q ',gone-redirect-home,' "$TMP/findings.csv" &&
  grep -q ',soft-404,' "$TMP/findings.csv"
ok $? "the CSV names the verdicts"

"$PP" sources --db "$DB" --format json > "$TMP/findings.json"
is $? 0 "sources --format json"
"$PYTHON3" -c '
import json, sys
v = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(v) == 4, len(v)
assert all(x["finding"] for x in v)
assert all(x["copy"]["verdict"] == "present" for x in v)
assert all(x["original"]["warc"]["file"] for x in v)
assert all(x["attribution"]["text"].startswith("Nguồn") for x in v)
assert sorted(x["original"]["verdict"] for x in v) == [
    "gone-404", "gone-410", "gone-redirect-home", "soft-404"], v
' "$TMP/findings.json"
ok $? "the JSON listing"
"$PP" sources --db "$DB" > "$TMP/table"
is $? 0 "sources (table)"
is "$(grep -c '^saochep.test ' "$TMP/table")" 4 "the table: four findings"
is "$("$PP" sources --db "$DB" --all --format csv | tail -n +2 | wc -l |
      tr -d ' ')" 8 "--all: every pair"
is "$("$PP" sources --db "$DB" --site nosuch.test --format csv | wc -l |
      tr -d ' ')" 1 "--site of another site: the header alone"

# ---- a second check: history ------------------------------------------------
sleep 1
# shellcheck disable=SC2086
"$PP" sources --check -q $CHECK > /dev/null 2> "$TMP/err"
is $? 0 "a second check"
is "$(q "SELECT count(*) FROM withdrawals")" 16 "it adds rows"
is "$("$PP" sources --db "$DB" --format csv | tail -n +2 | wc -l |
      tr -d ' ')" 4 "the listing: the latest check of each pair"
is "$("$PP" sources --db "$DB" --history --format csv | tail -n +2 |
      wc -l | tr -d ' ')" 8 "--history: both checks of the findings"
"$PP" sources --db "$DB" --format json | "$PYTHON3" -c '
import json, sys
v = json.load(sys.stdin)
assert all(x["checks"] == 2 for x in v)
assert all(x["first_gone_at"] < x["checked_at"] for x in v), v
'
ok $? "the findings know they were checked twice, and since when"

# ---- the address guard ------------------------------------------------------
cp "$DB" "$TMP/guard.db"
: > "$TMP/requests.log"
# shellcheck disable=SC2086
"$PP" sources --check -q --db "$TMP/guard.db" --warc-dir "$WARC" $RESOLVE \
  --per-host-delay 0 --timeout 2 > /dev/null 2> "$TMP/err"
is $? 0 "a check without --allow-address"
is "$(q "SELECT count(*) FROM withdrawals WHERE run_id = (SELECT max(id)
         FROM runs) AND verdict = 'not-checked'" "$TMP/guard.db")" 8 \
  "127.0.0.1 refused: every original not-checked, none gone"
q "SELECT reason FROM withdrawals WHERE id = (SELECT max(id) FROM
   withdrawals)" "$TMP/guard.db" | grep -q 'refused'
ok $? "and the reason says why"
is "$(wc -l < "$TMP/requests.log" | tr -d ' ')" 0 "nothing reached the server"
is "$("$PP" sources --db "$TMP/guard.db" --format csv | tail -n +2 |
      wc -l | tr -d ' ')" 0 "no finding stands on a check that could not see"

# ---- classify still reads the store ----------------------------------------
"$PP" classify -q --db "$DB" --warc-dir "$WARC" > /dev/null 2> "$TMP/err"
is $? 0 "classify after the checks"
is "$(q "SELECT class != 'unreachable' FROM verdicts
         WHERE site = 'saochep.test'")" 1 "the copy site keeps its pages"

# ---- usage ------------------------------------------------------------------
"$PP" sources --help > "$TMP/out" 2>&1
is $? 0 "sources --help"
grep -q '^Usage: pressprobe sources' "$TMP/out"
ok $? "sources --help prints its usage"
"$PP" sources > /dev/null 2>&1
is $? 64 "no --db: 64"
"$PP" sources --check --db "$DB" > /dev/null 2>&1
is $? 64 "--check without --warc-dir: 64"
"$PP" sources --db "$DB" --warc-dir "$WARC" > /dev/null 2>&1
is $? 64 "--warc-dir without --check: 64"
"$PP" sources --db "$DB" --format xml > /dev/null 2>&1
is $? 64 "--format xml: 64"
"$PP" sources --check --db "$DB" --warc-dir "$WARC" \
  --resolve 'a.vn:x:1.2.3.4' > /dev/null 2> "$TMP/err"
is $? 64 "a bad --resolve: 64"
grep -q 'HOST:PORT:ADDRESS' "$TMP/err"
ok $? "and the message gives the form"
"$PP" sources --check --db "$DB" --warc-dir "$WARC" --allow-address x \
  > /dev/null 2>&1
is $? 64 "a bad --allow-address: 64"
"$PP" sources --db "$TMP/none.db" > /dev/null 2>&1
is $? 1 "a missing store: 1"
"$PP" sources --check --db "$DB" --warc-dir "$TMP/none" $RESOLVE \
  --allow-address 127.0.0.1 > /dev/null 2>&1
is $? 1 "a missing WARC folder: 1"
"$PP" sources --check --db "$TMP/empty.db" --warc-dir "$WARC" \
  > /dev/null 2> "$TMP/err"
is $? 0 "a store without attributions: 0"
grep -q 'no linked source attributions' "$TMP/err"
ok $? "and a warning says so"

done_testing
