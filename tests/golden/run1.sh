#!/bin/sh
# run1.sh NAME FILE [OPTIONS...]: the golden output of one capture, on
# stdout: the exit status of `pressprobe capture`, then the inventory as
# `pressprobe domains --format csv`.  Used by tests/scripts/golden.sh and
# tests/golden/update.sh.
set -u
name=$1 file=$2
shift 2
work=$(mktemp -d "${TMPDIR:-/tmp}/ppgold.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '0123456789abcdef0123456789abcdef' > "$work/key"
chmod 600 "$work/key"
"$top_builddir/pressprobe" capture -q -r "$top_srcdir/tests/data/pcaps/$file" \
  --db "$work/db" --key-file "$work/key" "$@" 2> "$work/err"
echo "# $name: exit $?"
"$top_builddir/pressprobe" domains --db "$work/db" --format csv
