#!/usr/bin/env python3
"""privacy_check.py ADDRS_FILE FILE...: fail if any address listed in
ADDRS_FILE (one per line, text form) occurs in any FILE, in text form
(IPv4 dotted quad; IPv6 compressed and exploded, any case) or in binary
form (16 network-order bytes for IPv6; 4 for IPv4, except in SQLite
files, whose page headers hold such 4-byte patterns by chance and where
pressprobe writes addresses only as text).  Prints TAP, one line per
file."""
import ipaddress, sys

def needles(addrs, sqlite):
    out = []
    for a in addrs:
        ip = ipaddress.ip_address(a)
        forms = set() if (sqlite and ip.version == 4) else {ip.packed}
        for t in {str(ip), ip.exploded}:
            forms.add(t.encode())
            forms.add(t.upper().encode())
        if ip.version == 4:
            forms.add(('::ffff:' + str(ip)).encode())
        out.append((a, forms))
    return out

def main():
    addrs = [l.strip() for l in open(sys.argv[1]) if l.strip()]
    n = failed = 0
    for path in sys.argv[2:]:
        data = open(path, 'rb').read()
        ns = needles(addrs, data.startswith(b'SQLite format 3\0') or
                     path.endswith(('-wal', '-shm')))
        hits = [a for a, forms in ns
                if any(f in data for f in forms if len(f) >= 4)]
        n += 1
        if hits:
            failed += 1
            print('not ok %d - %s holds client addresses: %s' % (
                n, path, ' '.join(hits[:5])))
        else:
            print('ok %d - %s: none of %d client addresses' % (
                n, path, len(addrs)))
    print('1..%d' % n)
    return 1 if failed else 0

if __name__ == '__main__':
    sys.exit(main())
