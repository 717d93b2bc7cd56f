#!/bin/sh
# crawl.sh: `pressprobe crawl` end to end against scripted web sites
# (tests/data/crawl/server.py, bound to 127.0.0.1 only, reached through
# --resolve): robots.txt disallow, a redirect loop, a redirect to a
# private address, a server sending one byte a second, an endless body, a
# declared gigabyte, a gzip bomb, bytes that are not UTF-8, a
# windows-1258 page, 404/410/500, a connection reset, and a good site
# beside them all (the crawl goes on).  Each case: the outcome recorded in
# the store, its time bound, what was asked of the server; the run's
# peak memory; the SSRF guard (a site resolving to 127.0.0.1 refused
# without --allow-private, and nothing sent); conditional GET on a second
# run; our WARC files read by an independent reader (check_warc.py) and
# each store row's offset pointing at its record; a WARC file written by
# `wget --warc-file` read by `pressprobe crawl --read-warc` (skipped
# without wget); usage errors.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/scripts/lib.sh"

need_python
SERVER="$top_srcdir/tests/data/crawl/server.py"
CHECK="$top_srcdir/tests/data/warc/check_warc.py"
DB="$TMP/crawl.db"
WARC="$TMP/warc"
mkdir -p "$WARC"

"$PYTHON3" "$SERVER" "$TMP/requests.log" > "$TMP/port" 2> "$TMP/server.err" &
SPID=$!
trap 'kill $SPID 2>/dev/null; wait $SPID 2>/dev/null; rm -rf "$TMP"' EXIT
i=0
while [ ! -s "$TMP/port" ] && [ $i -lt 100 ]; do
  sleep 0.1
  i=$((i + 1))
done
PORT=$(cat "$TMP/port")
[ -n "$PORT" ] || skip_all "the test server did not start"

# q SQL: rows of the store, fields joined by '|'
q() {
  "$PYTHON3" -c '
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for r in c.execute(sys.argv[2]):
    print("|".join("" if v is None else str(v) for v in r))
' "$DB" "$1"
}

now_ms() {
  "$PYTHON3" -c 'import time; print(int(time.monotonic() * 1000))'
}

SITES="good robots loop private slow endless gigabyte bomb badutf8 cp1258
status reset delay"
ARGS=""
for s in $SITES; do
  ARGS="$ARGS --site http://$s.test:$PORT/ --resolve $s.test:$PORT:127.0.0.1"
done
ARGS="$ARGS --resolve evil.test:$PORT:127.0.0.2"

# ---- the main run: every hostile case beside a good site -------------------
TIME=""
if [ -x /usr/bin/time ]; then
  TIME="/usr/bin/time -f %M -o $TMP/rss"
fi
t0=$(now_ms)
# shellcheck disable=SC2086
$TIME "$PP" crawl --db "$DB" --warc-dir "$WARC" $ARGS --allow-private \
  --per-host-delay 0 --timeout 3 --connect-timeout 2 --max-bytes 256k \
  --stats-file "$TMP/stats.prom" > "$TMP/out" 2> "$TMP/err"
rc=$?
t1=$(now_ms)
is "$rc" 0 "crawl of 13 sites: exit 0"
[ $rc -eq 0 ] || sed 's/^/#   /' "$TMP/err"
ok $([ $((t1 - t0)) -lt 30000 ] && echo 0 || echo 1) \
  "the whole run is bounded ($((t1 - t0)) ms)"
grep -q '^pressprobe crawl: 13 sites' "$TMP/err"
ok $? "summary on stderr"

home() {   # outcome of the last hop of site $1's home page
  q "SELECT outcome FROM fetches WHERE site = '$1.test' AND kind = 'home'
     ORDER BY id DESC LIMIT 1"
}

# robots.txt disallow: nothing fetched but robots.txt
is "$(home robots)" robots-disallowed \
  "robots.txt Disallow: / : home page not fetched"
is "$(grep '^robots.test ' "$TMP/requests.log" | sort -u)" \
  "robots.test /robots.txt" "robots.test: only robots.txt was asked"
is "$(q "SELECT count(*) FROM fetches WHERE site = 'robots.test' AND
         warc_file IS NOT NULL")" 1 "robots.test: only robots.txt archived"

# redirect loop
is "$(home loop)" too-many-redirects "redirect loop: too-many-redirects"
is "$(q "SELECT max(hop) FROM fetches WHERE site = 'loop.test' AND
         kind = 'home'")" 5 "loop: five redirects followed, each recorded"

# one byte a second: cut by the timeout within its bound
is "$(home slow)" timeout "one byte a second: timeout"
e=$(q "SELECT elapsed_ms FROM fetches WHERE site = 'slow.test' AND
       kind = 'home'")
ok $([ "$e" -ge 2500 ] && [ "$e" -le 4500 ] && echo 0 || echo 1) \
  "slow: cut at the 3 s limit ($e ms)"
is "$(q "SELECT truncated FROM fetches WHERE site = 'slow.test' AND
         kind = 'home'")" time "slow: WARC-Truncated: time"

# endless body
is "$(home endless)" too-large "endless body: too-large"
is "$(q "SELECT bytes FROM fetches WHERE site = 'endless.test' AND
         kind = 'home'")" 262144 "endless: cut at --max-bytes"
is "$(q "SELECT truncated FROM fetches WHERE site = 'endless.test' AND
         kind = 'home'")" length "endless: WARC-Truncated: length"

# a declared gigabyte, a short body
is "$(home gigabyte)" truncated "1 GB declared, 100 bytes sent: truncated"
is "$(q "SELECT bytes FROM fetches WHERE site = 'gigabyte.test' AND
         kind = 'home'")" 100 "gigabyte: the 100 bytes kept"

# gzip bomb
is "$(home bomb)" decode-limit "gzip bomb: decode-limit"
ok $([ "$(q "SELECT bytes < 262144 FROM fetches WHERE site = 'bomb.test'
            AND kind = 'home'")" = 1 ] && echo 0 || echo 1) \
  "bomb: the raw (compressed) bytes are what was kept"

# invalid UTF-8
is "$(q "SELECT outcome, charset, invalid_bytes > 0 FROM fetches
         WHERE site = 'badutf8.test' AND kind = 'home'")" "ok|UTF-8|1" \
  "invalid UTF-8: ok, UTF-8, invalid bytes counted"

# windows-1258
is "$(q "SELECT outcome, charset FROM fetches WHERE site = 'cp1258.test'
         AND kind = 'home'")" "ok|CP1258" "windows-1258 page: charset CP1258"

# 404, 410, 500
is "$(q "SELECT group_concat(status || ':' || outcome, ' ') FROM (SELECT
         status, outcome FROM fetches WHERE site = 'status.test' AND
         kind = 'section' ORDER BY status)")" \
  "404:http-error 410:http-error 500:http-error" "404, 410, 500 recorded"

# connection reset
is "$(home reset)" reset "connection reset: reset"

# the crawl went on: the good site
is "$(home good)" ok "good site: home page ok"
is "$(q "SELECT outcome FROM fetches WHERE site = 'good.test' AND
         kind = 'robots'")" ok "good site: robots.txt"
is "$(q "SELECT outcome FROM fetches WHERE site = 'good.test' AND
         kind = 'sitemap'")" ok "good site: the news sitemap robots.txt names"
is "$(q "SELECT count(*) FROM fetches WHERE site = 'good.test' AND
         kind IN ('section', 'article') AND outcome = 'ok'")" 5 \
  "good site: 2 sections and 3 articles (one from the sitemap)"
q "SELECT url FROM fetches WHERE site = 'good.test'" | \
  grep -q 'kinh-te/bai-ba-d100003'
ok $? "good site: the sitemap's article was fetched"
grep -q 'good.test /logo.png' "$TMP/requests.log"
ok $((1 - $?)) "good site: no image fetched"

# robots.txt Crawl-delay: 1 s between requests to the host (after
# robots.txt itself)
gaps=$(q "SELECT fetched_at FROM fetches WHERE site = 'delay.test' AND
          kind != 'robots' ORDER BY fetched_at" | "$PYTHON3" -c '
import sys
t = [int(x) for x in sys.stdin.read().split()]
print(min(b - a for a, b in zip(t, t[1:])) // 1000 if len(t) > 2 else -1)')
ok $([ "$gaps" -ge 990 ] && echo 0 || echo 1) \
  "Crawl-delay: 1 honoured (smallest gap $gaps ms)"

# every outcome is a word of the vocabulary
is "$(q "SELECT count(*) FROM fetches WHERE outcome NOT IN ('ok',
         'not-modified', 'redirect', 'http-error', 'robots-disallowed',
         'refused-private', 'too-many-redirects', 'bad-redirect',
         'too-large', 'decode-limit', 'decode-error', 'timeout',
         'connect-failed', 'dns-failed', 'tls-error', 'reset', 'truncated',
         'protocol-error', 'bad-url', 'interrupted', 'error')")" 0 \
  "every outcome is one of the documented ones"
is "$(q "SELECT count(*) FROM fetches WHERE status IS NOT NULL AND
         warc_file IS NULL")" 0 "every response has its WARC record"
is "$(q "SELECT count(*) FROM runs WHERE command = 'crawl' AND
         exit_status = 0")" 1 "the run is recorded"
is "$(q "SELECT count(DISTINCT run_id) FROM fetches")" 1 \
  "fetches name their run"

# memory
if [ -s "$TMP/rss" ]; then
  rss=$(tail -n 1 "$TMP/rss")
  ok $([ "$rss" -lt 150000 ] && echo 0 || echo 1) \
    "peak RSS bounded: $rss KiB (bomb, endless, gigabyte included)"
else
  ok 0 "# SKIP /usr/bin/time not available"
fi

# statistics
grep -q '^pressprobe_crawl_fetches_total{outcome="timeout"} ' \
  "$TMP/stats.prom"
ok $? "--stats-file: Prometheus counters"

# ---- WARC files: an independent reader, and the store's pointers ------------
"$PYTHON3" "$CHECK" "$WARC"/*.warc.gz > "$TMP/check.out" 2> "$TMP/check.err"
ok $? "check_warc.py accepts every record of our files"
[ -s "$TMP/check.err" ] && sed 's/^/#   /' "$TMP/check.err" | head -5
"$PYTHON3" -c '
import sqlite3, sys, zlib, os
db, d = sys.argv[1], sys.argv[2]
bad = n = 0
for url, f, off, ln in sqlite3.connect(db).execute(
        "SELECT url, warc_file, warc_offset, warc_length FROM fetches "
        "WHERE warc_file IS NOT NULL"):
    with open(os.path.join(d, f), "rb") as fh:
        fh.seek(off)
        member = fh.read(ln)
    rec = zlib.decompress(member, 31)
    head = rec.split(b"\r\n\r\n", 1)[0].decode()
    n += 1
    if ("WARC-Target-URI: " + url) not in head:
        bad += 1
print(n, bad)
sys.exit(1 if bad or not n else 0)
' "$DB" "$WARC" > "$TMP/ptr"
rc=$?
msg="each row's file, offset and length give its own record"
ok $rc "$msg (rows, bad: $(cat "$TMP/ptr"))"
"$PP" crawl --read-warc "$WARC"/*.warc.gz > "$TMP/read" 2> "$TMP/read.err"
is $? 0 "pressprobe reads its own WARC files back"
grep "cp1258.test:$PORT/	200	CP1258	ok	" "$TMP/read" | \
  grep -q 'Báo Việt Nam'
ok $? "windows-1258 page converted: title 'Báo Việt Nam' (NFC)"

# ---- second run: conditional GET (and proxies from the environment,
# which would fail every request, are ignored) --------------------------------
http_proxy=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 \
ALL_PROXY=http://127.0.0.1:9 \
"$PP" crawl -q --db "$DB" --warc-dir "$WARC" --site "http://good.test:$PORT/" \
  --resolve "good.test:$PORT:127.0.0.1" --allow-private --per-host-delay 0
is $? 0 "second crawl of the good site (proxy variables set, ignored)"
is "$(q "SELECT count(*) FROM fetches WHERE site = 'good.test' AND
         outcome = 'not-modified' AND status = 304")" 5 \
  "second run: pages asked with If-None-Match, 304 not-modified"

# ---- the SSRF guard ---------------------------------------------------------
: > "$TMP/requests.log"
"$PP" crawl --db "$DB" --warc-dir "$WARC" \
  --site "http://ssrf.test:$PORT/" --resolve "ssrf.test:$PORT:127.0.0.1" \
  --site ssrf2.test --resolve ssrf2.test:443:127.0.0.1 \
  --resolve ssrf2.test:80:127.0.0.1 --per-host-delay 0 2> "$TMP/err"
is $? 0 "crawl without --allow-private"
is "$(q "SELECT outcome || ' ' || error FROM fetches WHERE
         site = 'ssrf.test'")" "refused-private refused: loopback 127.0.0.1" \
  "a site resolving to 127.0.0.1: refused and recorded as refused"
is "$(q "SELECT count(*) FROM fetches WHERE site = 'ssrf.test' AND
         kind != 'robots'")" 0 "refused site: nothing more asked"
is "$(q "SELECT outcome FROM fetches WHERE site = 'ssrf2.test'")" \
  refused-private "a bare name on 127.0.0.1: refused (no http fallback)"
is "$(grep -c ssrf "$TMP/requests.log")" 0 "nothing reached the server"
grep -q '2 unreachable, 2 of them refused' "$TMP/err"
ok $? "summary counts the refusals"

# a redirect to another private address, one address being allowed
"$PP" crawl -q --db "$DB" --warc-dir "$WARC" \
  --site "http://private.test:$PORT/" \
  --resolve "private.test:$PORT:127.0.0.1" \
  --resolve "evil.test:$PORT:127.0.0.2" --allow-address 127.0.0.1 \
  --per-host-delay 0 --no-sitemaps
is $? 0 "crawl with --allow-address 127.0.0.1"
is "$(q "SELECT hop || ' ' || outcome || ' ' || error FROM fetches WHERE
         site = 'private.test' AND kind = 'home' ORDER BY id DESC LIMIT 1")" \
  "1 refused-private refused: loopback 127.0.0.2" \
  "redirect to a private address when not allowed: refused"

# ---- WARC written by wget ---------------------------------------------------
if command -v wget > /dev/null 2>&1; then
  (cd "$TMP" && wget -q -r -l 1 -P "$TMP/wg" --tries=1 --timeout=5 \
     --warc-file="$TMP/wget" "http://127.0.0.1:$PORT/" 2> /dev/null)
  test -s "$TMP/wget.warc.gz"
  ok $? "wget --warc-file wrote a file"
  "$PP" crawl --read-warc "$TMP/wget.warc.gz" > "$TMP/wread" 2>&1
  is $? 0 "pressprobe reads wget's WARC file"
  grep -q "127.0.0.1:$PORT/	200	UTF-8	ok	Báo Tốt" "$TMP/wread"
  ok $? "wget's home page: status, charset, digest, title"
else
  ok 0 "# SKIP wget not installed"
  ok 0 "# SKIP wget not installed"
  ok 0 "# SKIP wget not installed"
fi

# ---- usage ------------------------------------------------------------------
"$PP" crawl --help > "$TMP/out" 2>&1
is $? 0 "crawl --help"
grep -q '^Usage: pressprobe crawl' "$TMP/out"
ok $? "crawl --help prints its usage"
"$PP" crawl --warc-dir "$WARC" --site a.vn > /dev/null 2>&1
is $? 64 "no --db: 64"
"$PP" crawl --db "$TMP/u.db" --site a.vn > /dev/null 2>&1
is $? 64 "no --warc-dir: 64"
"$PP" crawl --db "$TMP/u.db" --warc-dir "$WARC" --site 'not a name!' \
  > /dev/null 2>&1
is $? 64 "a bad site: 64"
"$PP" crawl --db "$TMP/u.db" --warc-dir "$WARC" --site a.vn \
  --resolve 'a.vn:x:1.2.3.4' > /dev/null 2> "$TMP/err"
is $? 64 "a bad --resolve: 64"
grep -q 'HOST:PORT:ADDRESS' "$TMP/err"
ok $? "and the message gives the form"
"$PP" crawl --db "$TMP/u.db" --warc-dir "$TMP/none" --site a.vn \
  > /dev/null 2>&1
is $? 1 "a missing WARC folder: 1"
"$PP" crawl --db "$TMP/u.db" --warc-dir "$WARC" --concurrency 0 \
  > /dev/null 2>&1
is $? 64 "--concurrency 0: 64"

done_testing
