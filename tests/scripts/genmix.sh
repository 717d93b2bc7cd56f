#!/bin/sh
# genmix.sh: generated captures of every shape (tools/gen/ppgen), checked
# against their ground truth by tests/scripts/genmix_check.py: no wrong
# names, >= 99% of names and of (name, how seen) found, flows counted once,
# bytes credited to the right name.
. "${top_srcdir:-$(dirname "$0")/../..}/tests/scripts/lib.sh"
need_python
make_key "$TMP/key"

run() {        # run LABEL PPGEN-ARGS...
  label=$1
  shift
  if ! "$PPGEN" "$@" -o "$TMP/g.cap" --truth "$TMP/g.tsv" > /dev/null 2>&1
  then
    ok 1 "$label: ppgen $*"
    return
  fi
  rm -f "$TMP/g.jsonl"
  "$PP" capture -q -r "$TMP/g.cap" --jsonl "$TMP/g.jsonl" \
    --key-file "$TMP/key"
  rc=$?
  ok $rc "$label: capture exit status 0"
  "$PYTHON3" "$top_srcdir/tests/scripts/genmix_check.py" "$label" \
    "$TMP/g.tsv" "$TMP/g.jsonl" > "$TMP/check.tap"
  while IFS= read -r line; do
    case $line in
      "ok - "*) ok 0 "${line#ok - }" ;;
      "not ok - "*) ok 1 "${line#not ok - }" ;;
      *) echo "$line" ;;
    esac
  done < "$TMP/check.tap"
}

n=400
for mix in default web dns quic tls-split ech attr all; do
  run "mix $mix" --seed 21 --flows $n --mix $mix
done
run "ipv6 60%" --seed 22 --flows $n --mix all --ipv6 60
for encap in vlan qinq mpls pppoe gre mixed; do
  run "encap $encap" --seed 23 --flows $n --mix all --encap $encap
done
for link in sll sll2 raw null; do
  run "link $link" --seed 24 --flows $n --mix all --link $link
done
run "pcapng, mixed links and encapsulations" --seed 25 --flows $n \
  --mix all --link mixed --encap mixed -F pcapng
run "large mix" --seed 26 --flows 3000 --mix all --encap mixed --ipv6 30

# the bundled sample of the quick start, against its committed truth
rm -f "$TMP/s.jsonl"
"$PP" capture -q -r "$top_srcdir/samples/sample.pcapng" --jsonl "$TMP/s.jsonl" \
  --key-file "$TMP/key"
ok $? "bundled sample: capture exit status 0"
"$PYTHON3" "$top_srcdir/tests/scripts/genmix_check.py" "bundled sample" \
  "$top_srcdir/samples/sample-truth.tsv" "$TMP/s.jsonl" |
  sed -e 's/^ok - /ok 0 /' -e 's/^not ok - /ok 1 /' > "$TMP/check.tap"
while read -r word rc rest; do
  [ "$word" = ok ] && ok "$rc" "$rest"
done < "$TMP/check.tap"
done_testing
