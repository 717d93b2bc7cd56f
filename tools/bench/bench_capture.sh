#!/bin/sh
# bench_capture.sh: packet rate and peak memory of `pressprobe capture`
# against two baselines measured in the same run on the same file:
#   - a bare libpcap read loop (tools/bench/pcaploop): the limit;
#   - Debian's ndpiReader (same nDPI library): `ndpiReader -i FILE -q`.
# The file is a deterministic generated mix (tools/gen/ppgen) of at least
# a million packets.  Peak memory is also shown for mixes of 1x, 2x and 4x
# the size, to show that it stays flat as the capture grows.
#
#   tools/bench/bench_capture.sh [BUILD_DIR] [PACKETS]
#
# Needs /usr/bin/time (Debian package "time") and ndpiReader (package
# "libndpi-bin"); the ndpiReader column is skipped when it is missing.
# This is a benchmark, not a test: it prints figures and never fails on
# them.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/_build}
packets=${2:-1000000}
reps=3
work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/ppbench.XXXXXX")}
PP="$build/pressprobe"
LOOP="$build/tools/bench/pcaploop"
GEN="$build/tools/gen/ppgen"
NDPI=$(command -v ndpiReader || true)
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
for p in "$PP" "$LOOP" "$GEN"; do
  [ -x "$p" ] || { echo "bench: build first: $p is missing" >&2; exit 1; }
done

# run NAME CMD...: best wall time of $reps runs and peak RSS (KiB)
run() {
  name=$1
  shift
  best=""
  rss=0
  i=0
  while [ $i -lt $reps ]; do
    rm -f "$work/bench.db" "$work/bench.db-wal" "$work/bench.db-shm"
    "$TIME" -f '%e %M' -o "$work/time.txt" "$@" > /dev/null 2>&1
    set -- "$@"
    t=$(cut -d' ' -f1 "$work/time.txt")
    m=$(cut -d' ' -f2 "$work/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    [ "$m" -gt "$rss" ] && rss=$m
    i=$((i + 1))
  done
  echo "$name $best $rss"
}

make_mix() {   # make_mix N FILE
  [ -f "$2" ] || "$GEN" --seed 2026 --packets "$1" --encap mixed --ipv6 20 \
    -o "$2" --truth "$2.tsv" > /dev/null
}

mix="$work/mix-$packets.pcap"
make_mix "$packets" "$mix"
npkts=$("$LOOP" "$mix" | awk '{print $2}')
size=$(($(wc -c < "$mix") / 1048576))
echo "pressprobe capture benchmark: $(basename "$mix"), $npkts packets," \
     "$size MiB, $(nproc) CPUs, $(uname -m)"
cat "$mix" > /dev/null                  # warm the page cache

rm -f "$work/pps" "$work/key"
head -c 32 /dev/urandom > "$work/key"
chmod 600 "$work/key"
run pcaploop "$LOOP" "$mix" > "$work/r.loop"
run pressprobe "$PP" capture -q -r "$mix" --db "$work/bench.db" \
  --key-file "$work/key" > "$work/r.pp"
if [ -n "$NDPI" ]; then
  run ndpiReader "$NDPI" -i "$mix" -q > "$work/r.ndpi"
else
  echo "ndpiReader - -" > "$work/r.ndpi"
fi

printf '\n%-26s %12s %10s %10s\n' "program" "packets/s" "seconds" "peak RSS"
for f in loop pp ndpi; do
  read -r name t rss < "$work/r.$f"
  if [ "$t" = "-" ]; then
    printf '%-26s %12s\n' "$name" "(not installed)"
    continue
  fi
  pps=$(awk "BEGIN{printf \"%.0f\", $npkts / ($t > 0 ? $t : 0.001)}")
  echo "$name $pps" >> "$work/pps"
  printf '%-26s %12s %10s %8s MiB\n' "$name" "$pps" "$t" \
    "$(awk "BEGIN{printf \"%.1f\", $rss / 1024}")"
done
loop=$(awk '$1=="pcaploop"{print $2}' "$work/pps")
pp=$(awk '$1=="pressprobe"{print $2}' "$work/pps")
nd=$(awk '$1=="ndpiReader"{print $2}' "$work/pps")
echo
awk "BEGIN{printf \"pressprobe / bare libpcap loop: %.0f%% (target >= 40%%)\n\", 100 * $pp / $loop}"
[ -n "$nd" ] && awk "BEGIN{printf \"pressprobe / ndpiReader:        %.1fx (target >= 3x)\n\", $pp / $nd}"

echo
echo "peak RSS of pressprobe capture as the capture grows:"
for mult in 1 2 4; do
  n=$((packets * mult))
  f="$work/mix-$n.pcap"
  make_mix "$n" "$f"
  read -r _ t rss <<EOT
$(reps=1 run pressprobe "$PP" capture -q -r "$f" --db "$work/bench.db" --key-file "$work/key")
EOT
  printf '  %9d packets: %7.1f MiB peak RSS, %6.2f s\n' "$n" \
    "$(awk "BEGIN{print $rss / 1024}")" "$t"
done
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
