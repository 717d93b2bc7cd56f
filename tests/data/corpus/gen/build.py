#!/usr/bin/env python3
"""Build the labelled page corpus: python3 build.py  (from this folder).

Writes ../pages/<host>/<file>, ../sites.tsv and ../pages.tsv from the site
modules in sites/.  Every module defines SITE (with the label) and PAGES, and
renders pages with a layout from layouts.py or with its own render().
The output is deterministic; the generated files are the corpus (committed),
this script is how they were written.
"""
import sys
sys.dont_write_bytecode = True  # keep __pycache__ out of the tree

import importlib
import os
import pkgutil
import shutil
import subprocess
import sys
import unicodedata

import common

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import sites  # noqa: E402

CLASSES = {"press-like", "aggregator", "social", "other"}
LKINDS = {"giw", "e-newspaper", "e-magazine", "sns", "-"}


def fname(path):
    p = path.split("#")[0].strip("/")
    if not p:
        return "index.html"
    p = p.replace("@", "at-").replace("/", "_").replace("?", "_").replace("=", "-").replace("&", "-")
    if not (p.endswith(".html") or p.endswith(".htm")):
        p += ".html"
    return p


def main():
    pages_dir = os.path.join(ROOT, "pages")
    if os.path.isdir(pages_dir):
        shutil.rmtree(pages_dir)
    site_rows, page_rows = [], []
    mods = sorted(m.name for m in pkgutil.iter_modules(sites.__path__))
    for name in mods:
        mod = importlib.import_module("sites." + name)
        S = mod.SITE
        assert S["class"] in CLASSES, (name, S["class"])
        assert S["licence_kind"] in LKINDS, (name, S["licence_kind"])
        host = S["host"]
        assert host.endswith(".test") or host.endswith(".example"), host
        render = getattr(mod, "render", None) or S["layout"]
        seen = set()
        for pg in mod.PAGES:
            html = render(S, pg)
            v = pg.get("variant", "")
            if "oldtone" in v:
                html = common.old_tone(html)
            if "nfd" in v:
                html = common.nfd(html)
            enc = "utf-8"
            if "cp1258" in v:
                enc = "cp1258"
            if enc == "cp1258":
                # Python's cp1258 codec is a plain charmap (no decomposition of
                # precomposed letters), so use iconv, which emits base letter +
                # combining tone mark where the code page needs it.
                data = subprocess.run(["iconv", "-f", "utf-8", "-t", "cp1258"], input=html.encode(),
                                      capture_output=True, check=True).stdout
                back = subprocess.run(["iconv", "-f", "cp1258", "-t", "utf-8"], input=data,
                                      capture_output=True, check=True).stdout.decode()
                assert unicodedata.normalize("NFC", back) == unicodedata.normalize("NFC", html)
            else:
                data = html.encode(enc)
            f = fname(pg["path"])
            assert f not in seen, (host, f)
            seen.add(f)
            out = os.path.join(pages_dir, host, f)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "wb") as fh:
                fh.write(data)
            ct = pg.get("content_type", S.get("content_type", "text/html; charset=utf-8"))
            page_rows.append((host, f"https://{host}{pg['path']}", f"pages/{host}/{f}", str(pg.get("status", 200)), ct))
        site_rows.append((host, S["class"], S["kind"], S["licence_number"], S["licence_kind"], S["issuer"], S["notes"]))
    with open(os.path.join(ROOT, "sites.tsv"), "w", encoding="utf-8") as fh:
        fh.write("site\tclass\tkind\tlicence_number\tlicence_kind\tissuer\tnotes\n")
        for r in sorted(site_rows, key=lambda r: (r[1], r[2], r[0])):
            assert all("\t" not in c and "\n" not in c for c in r), r
            fh.write("\t".join(r) + "\n")
    with open(os.path.join(ROOT, "pages.tsv"), "w", encoding="utf-8") as fh:
        fh.write("site\turl\tfile\tstatus\tcontent_type\n")
        for r in page_rows:
            fh.write("\t".join(r) + "\n")
    by = {}
    for r in site_rows:
        by.setdefault(r[1], [0, 0])
        by[r[1]][0] += 1
    for r in page_rows:
        c = [s for s in site_rows if s[0] == r[0]][0][1]
        by[c][1] += 1
    for c, (ns, np) in sorted(by.items()):
        print(f"{c:11s} {ns:3d} sites {np:4d} pages")
    print(f"total       {len(site_rows):3d} sites {len(page_rows):4d} pages")


if __name__ == "__main__":
    main()
