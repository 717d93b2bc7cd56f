#!/usr/bin/env python3
"""genmix_check.py LABEL TRUTH.tsv OUT.jsonl: compare pressprobe's records
with ppgen's ground truth.  Prints TAP lines (no plan):
  - no wrong names: every reported name is a truth name;
  - recall of names >= 99%;
  - recall of (name, how seen) >= 99%, per flow of the truth;
  - flows: per name, reported flows match the truth's flows (>= 99% of
    them found, none counted twice).  One allowance: a flow the truth
    leaves without a DNS name (its client did not resolve the address)
    may be attributed to the one name its server address ever had: that
    is pressprobe's documented fallback for clients whose lookups are
    not visible (DoH), and the truth model knows only per-client lookups;
  - bytes of the named flows: >= 99% credited to the right name."""
import collections, csv, json, sys

def main():
    label, truth_path, out_path = sys.argv[1:4]
    truth = list(csv.DictReader(open(truth_path), delimiter='\t'))
    rec = collections.defaultdict(lambda: {'via': set(), 'flows': 0,
                                           'bytes': 0, 'paths': set()})
    for line in open(out_path):
        r = json.loads(line)
        e = rec[r['name']]
        e['via'].update(r['via'])
        e['flows'] += r['flows']
        e['bytes'] += r['bytes_up'] + r['bytes_down']
        e['paths'].update(p['path'] for p in r.get('paths', []))
    want_names = set()
    want_via = []                  # (name, via) per flow
    tflows = collections.Counter()
    tbytes = collections.Counter()
    for t in truth:
        name, via, attr = t['expected_name'], t['expected_via'], t['attr_name']
        if name == '-' or via == '-':
            continue
        want_names.add(name)
        if attr != '-':
            # an ECH flow whose server a client resolved: DNS names it,
            # the front is still recorded
            want_names.add(attr)
            want_via.append((attr, 'dns-attributed'))
            want_via.append((name, via))
            tflows[attr] += 1
            tflows[name] += 1
            tbytes[attr] += int(t['bytes'])
            continue
        want_via.append((name, via))
        if via != 'dns':
            tflows[name] += 1
            tbytes[name] += int(t['bytes'])
    # server address -> every name the truth gives it
    names_of_server = collections.defaultdict(set)
    for t in truth:
        if t['expected_via'] not in ('dns', '-', 'ech-front') and \
                t['expected_name'] != '-':
            names_of_server[t['server']].add(t['expected_name'])
        if t['attr_name'] != '-':
            names_of_server[t['server']].add(t['attr_name'])
    allowed = collections.Counter()
    for t in truth:
        if t['kind'] in ('ech', 'attr', 'bulk-noname') and t['attr_name'] == '-' \
                and t['expected_via'] != 'dns-attributed':
            for nm in names_of_server.get(t['server'], ()):
                allowed[nm] += 1
    got = set(rec)
    wrong = sorted(got - want_names)
    n = 0
    def tap(good, msg):
        nonlocal n
        n += 1
        print('%sok - %s: %s' % ('' if good else 'not ', label, msg))
    tap(not wrong, 'no wrong names (%d reported)%s' % (
        len(got), '' if not wrong else ': ' + ' '.join(wrong[:8])))
    found = want_names & got
    r = len(found) / len(want_names) if want_names else 1
    tap(r >= 0.99, 'name recall %.4f (%d of %d)' % (r, len(found),
                                                   len(want_names)))
    ok_via = sum(1 for nm, v in want_via if v in rec.get(nm, {'via': ()})['via'])
    r = ok_via / len(want_via) if want_via else 1
    tap(r >= 0.99, '(name, via) recall %.4f (%d of %d flows)' % (
        r, ok_via, len(want_via)))
    tf = sum(tflows.values())
    hit = sum(min(rec[nm]['flows'], c) for nm, c in tflows.items() if nm in rec)
    over = sum(max(rec[nm]['flows'] - c - allowed[nm], 0)
               for nm, c in tflows.items() if nm in rec)
    r = hit / tf if tf else 1
    tap(r >= 0.99 and over == 0,
        'flows %.4f of %d found, %d counted twice' % (r, tf, over))
    tb = sum(tbytes.values())
    hb = sum(min(rec[nm]['bytes'], b) for nm, b in tbytes.items() if nm in rec)
    r = hb / tb if tb else 1
    tap(r >= 0.99, 'bytes of named flows credited %.4f' % r)
    shown = 0
    for nm, v in sorted(set(want_via)):
        if v not in rec.get(nm, {'via': ()})['via'] and shown < 20:
            shown += 1
            print('#   %s: %s not seen via %s (got %s)' % (
                label, nm, v, ','.join(sorted(rec[nm]['via'])) if nm in rec
                else 'nothing'))
    return 0

if __name__ == '__main__':
    sys.exit(main())
