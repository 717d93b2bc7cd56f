#!/bin/sh
# bench_crawl.sh: pages per second and peak memory of `pressprobe crawl`
# against a local generated site (tests/data/crawl/server.py --bench N:
# a home page linking 10 sections and N articles of about 20 KB), beside
# `wget --recursive --level=1 --warc-file` on the same site in the same
# run.  Politeness is off (--per-host-delay 0, --allow-private); both
# write WARC files.  wget fetches one page at a time, so the comparison
# is at concurrency 1; pressprobe is also shown at concurrency 8.  Peak
# memory is shown for 1, 4 and 16 sites of N pages each (every host name
# given is the same generated site), to show that it stays flat as the
# number of pages grows.
#
#   tools/bench/bench_crawl.sh [BUILD_DIR] [PAGES]
#
# PAGES (default 490, at most 500: a site keeps 512 candidate links) is
# the pages per site besides the home page.  Needs python3 and
# /usr/bin/time (Debian package "time"); the wget column is skipped when
# wget is missing.  The server binds
# 127.0.0.1 only.  This is a benchmark, not a test: it prints figures and
# never fails on them.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/_build}
pages=${2:-490}
reps=3
work=$(mktemp -d "${TMPDIR:-/tmp}/ppcrawlbench.XXXXXX")
PP="$build/pressprobe"
TIME=/usr/bin/time
PY=${PYTHON3:-python3}
WGET=$(command -v wget || true)
[ -x "$TIME" ] ||
  { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ -x "$PP" ] || { echo "bench: build first: $PP is missing" >&2; exit 1; }
command -v "$PY" > /dev/null || { echo "bench: needs python3" >&2; exit 1; }

"$PY" "$top/tests/data/crawl/server.py" "$work/requests.log" --bench "$pages" \
  > "$work/port" &
spid=$!
trap 'kill $spid 2>/dev/null; wait $spid 2>/dev/null; rm -rf "$work"' EXIT
i=0
while [ ! -s "$work/port" ] && [ $i -lt 100 ]; do
  sleep 0.1
  i=$((i + 1))
done
port=$(cat "$work/port")

# run NAME PAGES CMD...: best wall time of $reps runs, pages per second
# (PAGES / best time), the client's CPU seconds (user + system) in that
# run, peak RSS (MiB)
run() {
  name=$1
  n=$2
  shift 2
  best=""
  rss=0
  i=0
  while [ $i -lt $reps ]; do
    rm -rf "$work/out"
    mkdir -p "$work/out/warc"
    "$TIME" -f '%e %M %U %S' -o "$work/time.txt" "$@" > /dev/null \
      2> "$work/err" ||
      { echo "bench: $name failed:" >&2; tail -n 5 "$work/err" >&2; }
    t=$(tail -n 1 "$work/time.txt" | cut -d' ' -f1)
    m=$(tail -n 1 "$work/time.txt" | cut -d' ' -f2)
    c=$(tail -n 1 "$work/time.txt" | awk '{print $3 + $4}')
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then
      best=$t
      cpu=$c
    fi
    [ "$m" -gt "$rss" ] && rss=$m
    i=$((i + 1))
  done
  rate=$(awk "BEGIN{printf \"%.0f\", $n / ($best > 0 ? $best : 0.001)}")
  printf '%-38s %6s pages %6s s %6s pages/s %6s CPU-s %6s MiB\n' "$name" \
    "$n" "$best" "$rate" "$cpu" "$(awk "BEGIN{printf \"%.1f\", $rss / 1024}")"
}

# crawl_args NSITES CONCURRENCY: the options of a pressprobe run
crawl_args() {
  k=1
  while [ $k -le "$1" ]; do
    printf ' --site http://b%d.test:%s/ --resolve b%d.test:%s:127.0.0.1' \
      $k "$port" $k "$port"
    k=$((k + 1))
  done
  printf ' --db %s --warc-dir %s --allow-private --per-host-delay 0' \
    "$work/out/crawl.db" "$work/out/warc"
  printf ' --no-sitemaps --no-conditional --pages-per-site %s' "$pages"
  printf ' --concurrency %s --per-host-connections %s' "$2" \
    "$(( $2 < 16 ? $2 : 16 ))"
}

echo "pressprobe crawl benchmark: $pages pages of ~20 KB per site, local" \
  "server, politeness off"
one=$((pages + 1))
# shellcheck disable=SC2046
run "pressprobe crawl, 1 site, concurrency 1" "$one" "$PP" crawl -q \
  $(crawl_args 1 1)
if [ -n "$WGET" ]; then
  run "wget -r -l1 --warc-file, 1 site" "$one" sh -c \
    "cd '$work/out' && '$WGET' -q -r -l 1 -P files --warc-file=wget \
     http://127.0.0.1:$port/"
else
  echo "wget not installed: its column is skipped"
fi
# shellcheck disable=SC2046
run "pressprobe crawl, 1 site, concurrency 8" "$one" "$PP" crawl -q \
  $(crawl_args 1 8)
echo "peak memory as the pages grow (concurrency 8):"
# shellcheck disable=SC2046
run "pressprobe crawl, 4 sites" $((4 * one)) "$PP" crawl -q $(crawl_args 4 8)
# shellcheck disable=SC2046
run "pressprobe crawl, 16 sites" $((16 * one)) "$PP" crawl -q \
  $(crawl_args 16 8)
