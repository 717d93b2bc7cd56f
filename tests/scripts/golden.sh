#!/bin/sh
# golden.sh: every capture of tests/golden/TESTLIST must give exactly its
# reviewed output (tests/golden/NAME.out).  Regenerate with
# tests/golden/update.sh after an intended change.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/scripts/lib.sh"
export top_srcdir top_builddir
grep -v '^#' "$top_srcdir/tests/golden/TESTLIST" > "$TMP/list"
while read -r name file opts; do
  [ -n "$name" ] || continue
  # shellcheck disable=SC2086
  sh "$top_srcdir/tests/golden/run1.sh" "$name" "$file" $opts > "$TMP/got"
  if diff -u "$top_srcdir/tests/golden/$name.out" "$TMP/got" > "$TMP/diff"
  then
    ok 0 "$name"
  else
    ok 1 "$name"
    sed 's/^/#   /' "$TMP/diff" | head -n 40
  fi
done < "$TMP/list"
done_testing
