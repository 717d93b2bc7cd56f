#!/bin/sh
# update.sh: regenerate the golden outputs (tests/golden/*.out) from the
# current build.  Review `git diff tests/golden` before committing.
#   top_builddir=_build sh tests/golden/update.sh
set -eu
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
top_builddir=${top_builddir:-$top_srcdir}
export top_srcdir top_builddir
grep -v '^#' "$top_srcdir/tests/golden/TESTLIST" | while read -r name file opts; do
  [ -n "$name" ] || continue
  # shellcheck disable=SC2086
  sh "$top_srcdir/tests/golden/run1.sh" "$name" "$file" $opts \
    > "$top_srcdir/tests/golden/$name.out"
done
