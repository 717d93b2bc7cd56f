#!/usr/bin/env python3
"""manifest_check.py: compare pressprobe's names with the names tshark and
nDPI report for the captures in ../shared/pcaps (MANIFEST.tsv).

For every capture: run `pressprobe capture --jsonl`, collect the names, and
compare with `expected_hostnames` (tshark) after the documented exclusions
(tests/data/manifest-exclusions.tsv: names that are not web domains by
pressprobe's rules, e.g. IP literals, single-label and mDNS names, DNS
tunnel payloads of non-web query types).

Prints TAP: one line per capture (no wrong names: every name reported
must be in tshark's or either nDPI version's list), then the overall
recall over the filtered expected names, which must be at least --min.
"""
import argparse, csv, ipaddress, json, os, subprocess, sys, tempfile

def load_manifest(path):
    rows = {}
    with open(path, newline='') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            rows[r['file']] = r
    return rows

def split_list(cell):
    out = []
    for x in cell.split(',') if cell else []:
        x = x.strip().lower()
        if x:
            out.append(x)
    return out

def is_ip(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False

def load_exclusions(path):
    ex = []
    with open(path) as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            file, name, reason = line.split('\t', 2)
            ex.append((file, name, reason))
    return ex

WEB_QTYPES = {'1', '5', '28', '64', '65', '255'}   # A CNAME AAAA SVCB HTTPS ANY

def load_dns(path):
    d = {}
    with open(path) as f:
        for line in f:
            if line.startswith('#'):
                continue
            file, name, types, ports, frag = line.rstrip('\n').split('\t')
            d[(file, name)] = (set(filter(None, types.split(','))),
                               set(filter(None, ports.split(','))), frag)
    return d

def excluded(file, name, ex, dns):
    q = dns.get((file, name))
    if q:
        types, ports, frag = q
        if types and not types & WEB_QTYPES:
            return 'DNS question types %s are not web lookups' % ','.join(
                sorted(types))
        if ports and '53' not in ports:
            return 'DNS on port %s (only 53 is DNS; 5353/5355 are ' \
                'mDNS/LLMNR)' % ','.join(sorted(ports))
        if frag:
            return 'seen only in IP fragments (counted, never decoded)'
    if name.endswith('.local'):
        return '.local is mDNS (RFC 6762), not a web domain'
    for f, n, reason in ex:
        if f in ('*', file) and (n == '*' or n == name or
                                 (n.startswith('*.') and name.endswith(n[1:]))):
            return reason
    if is_ip(name):
        return 'IP literal: not a domain'
    if '.' not in name:
        return 'single-label name: intranet/mDNS/NetBIOS, not a web domain'
    if '\\x' in name or any(ord(c) < 0x21 or ord(c) > 0x7e for c in name):
        return 'bytes outside the host-name alphabet'
    return None

def names_of(pp, pcap, key, tmp):
    out = os.path.join(tmp, 'out.jsonl')
    if os.path.exists(out):
        os.unlink(out)
    rc = subprocess.run([pp, 'capture', '-q', '-r', pcap, '--jsonl', out,
                         '--key-file', key], stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL).returncode
    names = set()
    if os.path.exists(out):
        with open(out) as f:
            for line in f:
                names.add(json.loads(line)['name'])
    return rc, names

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pressprobe', required=True)
    ap.add_argument('--pcaps', required=True)
    ap.add_argument('--exclusions', required=True)
    ap.add_argument('--dns', required=True)
    ap.add_argument('--min', type=float, default=0.99)
    ap.add_argument('--verbose', action='store_true')
    a = ap.parse_args()
    manifest = load_manifest(os.path.join(a.pcaps, 'MANIFEST.tsv'))
    ex = load_exclusions(a.exclusions)
    dns = load_dns(a.dns)
    tmp = tempfile.mkdtemp(prefix='ppman.')
    key = os.path.join(tmp, 'key')
    with open(key, 'wb') as f:
        f.write(b'0123456789abcdef0123456789abcdef')
    os.chmod(key, 0o600)
    n = 0
    failed = 0
    tot_exp = tot_found = 0
    misses = []
    for file in sorted(manifest):
        r = manifest[file]
        pcap = os.path.join(a.pcaps, file)
        if not os.path.exists(pcap):
            continue
        rc, got = names_of(a.pressprobe, pcap, key, tmp)
        tshark = split_list(r['expected_hostnames'])
        known = set(tshark) | set(split_list(r['ndpi42_hosts'])) | \
            set(split_list(r['ndpi_latest_hosts']))
        want = {x for x in tshark if not excluded(file, x, ex, dns)}
        wrong = sorted(x for x in got if x not in known)
        found = want & got
        tot_exp += len(want)
        tot_found += len(found)
        for m in sorted(want - got):
            misses.append((file, m))
        n += 1
        good = not wrong and rc in (0, 2)
        if not good:
            failed += 1
        print('%sok %d - %s: %d/%d expected names, %d reported, exit %d%s' % (
            '' if good else 'not ', n, file, len(found), len(want), len(got),
            rc, '' if not wrong else ', WRONG: ' + ' '.join(wrong[:10])))
        if a.verbose:
            for m in sorted(want - got):
                print('#   missed %s' % m)
    recall = tot_found / tot_exp if tot_exp else 1.0
    n += 1
    good = recall >= a.min
    if not good:
        failed += 1
    print('%sok %d - recall %.4f (%d of %d names) >= %.2f' % (
        '' if good else 'not ', n, recall, tot_found, tot_exp, a.min))
    for f, m in misses:
        print('#   missed %s in %s' % (m, f))
    print('1..%d' % n)
    return 1 if failed else 0

if __name__ == '__main__':
    sys.exit(main())
