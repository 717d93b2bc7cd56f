#!/usr/bin/env python3
"""check_warc.py: an independent check of WARC files written by pressprobe.

Used by tests/unit/test_warc.c; shares no code with classify/warc.c.
For each FILE.warc.gz given: gunzip it member by member (zlib with
wbits=31, the rest of the input from unused_data), require exactly one
record per member, split it by Content-Length and check the WARC 1.1
syntax (version line, field lines, mandatory fields, record ids, dates,
digests recomputed with hashlib + base64.b32encode, the CRLF CRLF after
the block), that the file starts with its warcinfo record (WARC-Filename
= the file's name), that every other record names it in
WARC-Warcinfo-ID and that WARC-Concurrent-To points at a record of the
same file.

Prints one line per record: "<file name> <member offset> <type> <id>".
Exits 1 (with the reasons on stderr) if anything is wrong.
"""
import base64
import hashlib
import os
import re
import sys
import zlib

TOKEN = re.compile(rb"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
UUID = re.compile(r"^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-"
                  r"[89ab][0-9a-f]{3}-[0-9a-f]{12}>$")
DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$")
TYPES = {"warcinfo", "request", "response", "resource", "metadata"}

errors = []


def bad(where, what):
    errors.append("%s: %s" % (where, what))


def sha256_b32(data):
    return "sha256:" + base64.b32encode(hashlib.sha256(data).digest()).decode()


def dechunk(body):
    """RFC 9112 7.1, written here independently of httpmsg.c."""
    out, pos = b"", 0
    while True:
        eol = body.find(b"\n", pos)
        if eol < 0:
            return out
        size = int(body[pos:eol].split(b";")[0].strip() or b"0", 16)
        pos = eol + 1
        if size == 0:
            return out
        out += body[pos:pos + size]
        pos += size
        if body[pos:pos + 2] == b"\r\n":
            pos += 2
        elif body[pos:pos + 1] == b"\n":
            pos += 1


def http_payload(block):
    end = block.find(b"\r\n\r\n")
    if end < 0:
        return None
    head, body = block[:end], block[end + 4:]
    if re.search(rb"(?im)^transfer-encoding:.*chunked\s*$", head):
        body = dechunk(body)
    return body


def parse_record(where, data):
    if not data.startswith(b"WARC/1.1\r\n"):
        bad(where, "no WARC/1.1 version line")
        return None
    end = data.find(b"\r\n\r\n")
    if end < 0:
        bad(where, "header without end")
        return None
    fields = {}
    for line in data[10:end].split(b"\r\n"):
        name, sep, value = line.partition(b": ")
        if not sep or not TOKEN.match(name) or b"\r" in value or \
                b"\n" in value:
            bad(where, "bad field line %r" % line)
            return None
        fields.setdefault(name.decode().lower(), value.decode())
    for need in ("warc-type", "warc-record-id", "warc-date",
                 "content-length"):
        if need not in fields:
            bad(where, "no " + need)
            return None
    length = int(fields["content-length"])
    block = data[end + 4:end + 4 + length]
    if len(block) != length:
        bad(where, "block shorter than Content-Length")
    if data[end + 4 + length:] != b"\r\n\r\n":
        bad(where, "not exactly CRLF CRLF after the block (one record "
            "per member)")
    if fields["warc-type"] not in TYPES:
        bad(where, "unexpected type " + fields["warc-type"])
    for name in ("warc-record-id", "warc-concurrent-to", "warc-warcinfo-id",
                 "warc-refers-to"):
        if name in fields and not UUID.match(fields[name]):
            bad(where, "bad " + name)
    if not DATE.match(fields["warc-date"]):
        bad(where, "bad WARC-Date")
    if fields.get("warc-block-digest") != sha256_b32(block):
        bad(where, "WARC-Block-Digest does not match")
    if "warc-payload-digest" in fields:
        payload = block if fields["warc-type"] == "resource" \
            else http_payload(block)
        if payload is None or \
                fields["warc-payload-digest"] != sha256_b32(payload):
            bad(where, "WARC-Payload-Digest does not match")
    return fields


def check_file(path):
    name = os.path.basename(path)
    with open(path, "rb") as f:
        rest = f.read()
    offset, records = 0, []
    while rest:
        d = zlib.decompressobj(wbits=31)
        data = d.decompress(rest)
        if not d.eof:
            bad("%s@%d" % (name, offset), "gzip member cut short")
            break
        fields = parse_record("%s@%d" % (name, offset), data)
        size = len(rest) - len(d.unused_data)
        if fields:
            records.append((offset, fields))
        offset += size
        rest = d.unused_data
    if not records or records[0][1]["warc-type"] != "warcinfo":
        bad(name, "does not start with a warcinfo record")
        return
    info = records[0][1]
    if info.get("warc-filename") != name:
        bad(name, "WARC-Filename is not the file's name")
    ids = {fields["warc-record-id"] for _, fields in records}
    for off, fields in records[1:]:
        if fields.get("warc-warcinfo-id") != info["warc-record-id"]:
            bad("%s@%d" % (name, off), "WARC-Warcinfo-ID is not the file's")
        if fields.get("warc-concurrent-to", next(iter(ids))) not in ids:
            bad("%s@%d" % (name, off), "WARC-Concurrent-To names no record")
    for off, fields in records:
        print(name, off, fields["warc-type"], fields["warc-record-id"])


def main():
    for path in sys.argv[1:]:
        check_file(path)
    for e in errors:
        print("check_warc: " + e, file=sys.stderr)
    return 1 if errors or len(sys.argv) < 2 else 0


if __name__ == "__main__":
    sys.exit(main())
