#!/usr/bin/env python3
"""pcap_prefix.py IN OUT CUT: write to OUT the classic-pcap file IN cut at
byte CUT (as a damaged file), and to OUT.clean the same packets but only
the records wholly before CUT (what a reader can keep).  With CUT = -1,
OUT gets IN with the caplen of its middle record set to 0x7fffffff and
OUT.clean the records before that one."""
import struct, sys

def records(data):
    magic = data[:4]
    endian = '<' if magic in (b'\xd4\xc3\xb2\xa1', b'\x4d\x3c\xb2\xa1') else '>'
    off = 24
    out = []
    while off + 16 <= len(data):
        incl = struct.unpack(endian + 'I', data[off + 8:off + 12])[0]
        if off + 16 + incl > len(data):
            break
        out.append((off, 16 + incl))
        off += 16 + incl
    return endian, out

def main():
    src, dst, cut = sys.argv[1], sys.argv[2], int(sys.argv[3])
    data = open(src, 'rb').read()
    endian, recs = records(data)
    if cut >= 0:
        damaged = data[:cut]
        keep = [r for r in recs if r[0] + r[1] <= cut]
    else:
        mid = recs[len(recs) // 2]
        damaged = bytearray(data)
        damaged[mid[0] + 8:mid[0] + 12] = struct.pack(endian + 'I', 0x7fffffff)
        keep = [r for r in recs if r[0] < mid[0]]
    clean = data[:24] + b''.join(data[o:o + n] for o, n in keep)
    open(dst, 'wb').write(bytes(damaged))
    open(dst + '.clean', 'wb').write(clean)
    print(len(keep))

if __name__ == '__main__':
    main()
