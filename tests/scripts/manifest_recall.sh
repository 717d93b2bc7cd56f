#!/bin/sh
# manifest_recall.sh: over every capture of ../shared/pcaps, the names
# pressprobe reports are all right (each is in tshark's or nDPI's list) and
# it finds >= 99% of the names tshark reports, after the documented
# exclusions (tests/data/manifest-exclusions.tsv, manifest-dns.tsv).
# Skips when ../shared/pcaps is absent.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/scripts/lib.sh"
[ -f "$SHARED_PCAPS/MANIFEST.tsv" ] || skip_all "no $SHARED_PCAPS"
need_python
exec "$PYTHON3" "$top_srcdir/tests/scripts/manifest_check.py" \
  --pressprobe "$PP" --pcaps "$SHARED_PCAPS" \
  --exclusions "$top_srcdir/tests/data/manifest-exclusions.tsv" \
  --dns "$top_srcdir/tests/data/manifest-dns.tsv" --min 0.99
