#!/bin/sh
# bootstrap.sh: set up a Debian 12 machine and build pressprobe, then
#   sample  run the main job on the bundled sample (no network): capture
#           samples/sample.pcapng into a store and print the inventory;
#   check   run every test: the normal build and an ASan+UBSan build.
#
#   tools/bootstrap.sh sample | check | deps | build
#
# Installs the Debian packages it needs with apt-get when run as root;
# otherwise prints the apt-get line to run.  Builds out of tree in _build/
# (and _build-san/ for the sanitizer build).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
jobs=$(nproc 2>/dev/null || echo 2)

BUILD_PKGS="build-essential autoconf automake pkg-config libpcap-dev
libndpi-dev libsqlite3-dev libpsl-dev libidn2-dev libssl-dev zlib1g-dev
libunistring-dev libcurl4-openssl-dev libxml2-dev libjson-c-dev libyaml-dev
libmaxminddb-dev"
TEST_PKGS="python3 sqlite3 groff-base wget time libmaxmind-db-writer-perl"

missing() {
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
      grep -q "install ok installed" || echo "$p"
  done
}

deps() {
  # shellcheck disable=SC2086
  need=$(missing $BUILD_PKGS $TEST_PKGS)
  [ -z "$need" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "bootstrap: missing Debian packages; run as root:" >&2
    echo "  apt-get install -y" $need >&2
    exit 1
  fi
  echo "bootstrap: installing" $need
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # shellcheck disable=SC2086
  apt-get install -y -q --no-install-recommends $need
}

build() {      # build DIR [configure args...]
  dir=$1
  shift
  [ -x configure ] || autoreconf -fi
  mkdir -p "$dir"
  if [ ! -f "$dir/Makefile" ]; then
    (cd "$dir" && ../configure -q "$@")
  fi
  make -C "$dir" -j"$jobs" -s
}

# Run the test suite in DIR; print automake's counts as "N passed, N failed".
check_in() {
  dir=$1
  rc=0
  make -C "$dir" -j"$jobs" check || rc=$?
  log="$dir/test-suite.log"
  if [ -f "$log" ]; then
    pass=$(sed -n 's/^# PASS: *//p' "$log" | head -n 1)
    fail=$(sed -n 's/^# FAIL: *//p' "$log" | head -n 1)
    err=$(sed -n 's/^# ERROR: *//p' "$log" | head -n 1)
    echo "$dir: ${pass:-0} passed, $((${fail:-0} + ${err:-0})) failed"
    PASSED=$((PASSED + ${pass:-0}))
    FAILED=$((FAILED + ${fail:-0} + ${err:-0}))
  elif [ "$rc" -ne 0 ]; then
    echo "$dir: the build or the test harness failed before any test ran"
    FAILED=$((FAILED + 1))
  fi
  return $rc
}

case "${1:-}" in
deps)
  deps
  ;;
build)
  deps
  build _build
  ;;
sample)
  deps
  build _build
  out="$top/sample-out"
  mkdir -p "$out"
  rm -f "$out/inventory.db" "$out/inventory.db-wal" "$out/inventory.db-shm"
  ./_build/pressprobe capture -r samples/sample.pcapng \
    --db "$out/inventory.db" --jsonl "$out/inventory.jsonl.tmp" \
    --stats-file "$out/capture.prom"
  mv "$out/inventory.jsonl.tmp" "$out/inventory.jsonl"
  echo
  echo "Sites seen in the sample, most distinct clients first:"
  ./_build/pressprobe domains --db "$out/inventory.db" --sites --limit 25
  # The classifier on the bundled page corpus (27 fictional sites, as a
  # crawl would have archived them): no network.
  rm -rf "$out/warc"
  mkdir -p "$out/warc"
  ./_build/tests/tools/corpus2warc tests/data/corpus "$out/warc" corpus
  ./_build/pressprobe classify --db "$out/inventory.db" --warc "$out/warc"
  echo
  echo "Site verdicts of the bundled page corpus, most press-like first:"
  ./_build/pressprobe sites --db "$out/inventory.db"
  echo
  echo "Outputs in $out: inventory.db (SQLite store: inventory and verdicts),"
  echo "inventory.jsonl, capture.prom (statistics), warc/ (the corpus as WARC)."
  echo "More: ./_build/pressprobe domains --db $out/inventory.db --format csv"
  echo "      ./_build/pressprobe sites --db $out/inventory.db --format csv"
  echo "      ./_build/pressprobe explain kinhtetieudung.example --db" \
       "$out/inventory.db"
  ;;
check)
  deps
  PASSED=0
  FAILED=0
  status=0
  build _build
  check_in _build || status=1
  build _build-san --enable-sanitizers
  ASAN_OPTIONS=detect_leaks=1 check_in _build-san || status=1
  echo "$PASSED passed, $FAILED failed"
  exit $status
  ;;
*)
  echo "usage: tools/bootstrap.sh sample | check | deps | build" >&2
  exit 64
  ;;
esac
