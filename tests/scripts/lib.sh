# lib.sh: TAP helpers for the script tests (sourced, POSIX sh).
#
#   . "$top_srcdir/tests/scripts/lib.sh"
#   ok "$rc" "what was checked"     # rc 0 = pass
#   is "$got" "$want" "what"
#   done_testing

: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
PP="$top_builddir/pressprobe"
PPGEN="$top_builddir/tools/gen/ppgen"
SHARED_PCAPS="$top_srcdir/../shared/pcaps"
DATA_PCAPS="$top_srcdir/tests/data/pcaps"
PYTHON3="${PYTHON3:-python3}"

T_N=0
T_FAILED=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pptest.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

ok() {
  T_N=$((T_N + 1))
  if [ "$1" -eq 0 ]; then
    echo "ok $T_N - $2"
  else
    echo "not ok $T_N - $2"
    T_FAILED=$((T_FAILED + 1))
  fi
}

is() {
  if [ "$1" = "$2" ]; then
    ok 0 "$3"
  else
    ok 1 "$3"
    echo "#   got:  '$1'"
    echo "#   want: '$2'"
  fi
}

diag() {
  echo "# $*"
}

skip_all() {
  echo "1..0 # SKIP $*"
  exit 0
}

done_testing() {
  echo "1..$T_N"
  [ "$T_FAILED" -eq 0 ]
}

# A fixed client-hash key so outputs are reproducible.
make_key() {
  printf '0123456789abcdef0123456789abcdef' > "$1"
  chmod 600 "$1"
}

need_python() {
  command -v "$PYTHON3" >/dev/null 2>&1 || skip_all "python3 not found"
}
