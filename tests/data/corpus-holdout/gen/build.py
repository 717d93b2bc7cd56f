#!/usr/bin/env python3
"""Write the held-out corpus: ../pages/<site>/<file>, ../pages.tsv, ../sites.tsv.

Deterministic, no network, standard library only. Run from anywhere:
    python3 tests/data/corpus-holdout/gen/build.py
"""
import importlib
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep gen/ free of __pycache__

from common import UTF8, file_name  # noqa: E402

# Order of rows in sites.tsv / pages.tsv.
SITES = [
    # press-like: licensed press
    "baovanlinh", "nhipcaukythuat",
    # press-like: báo hóa
    "vungcaoxanh", "gocnhinthitruong", "doanhthuongphuongdong",
    # aggregator
    "diemtinsang", "giacanongsan", "phapluatthuongthuc", "thitruong365",
    # social
    "chamehoctro", "hangxomvui",
    # other
    "noithatmocan", "suoingan", "snnmthoakhe", "bvdktaylinh", "sotaycuakhang",
]

SITE_COLS = ["site", "class", "kind", "licence_number", "licence_kind", "issuer", "notes"]
PAGE_COLS = ["site", "url", "file", "status", "content_type"]


def host_ok(site, url):
    host = url.split("://", 1)[1].split("/", 1)[0]
    return host in (site, "www." + site, "m." + site)


def clean(v):
    v = str(v)
    if "\t" in v or "\n" in v:
        raise ValueError("tab or newline in TSV field: %r" % v)
    return v


def main():
    pages_dir = os.path.join(ROOT, "pages")
    if os.path.isdir(pages_dir):
        shutil.rmtree(pages_dir)
    site_rows, page_rows = [], []
    seen_urls = set()
    for name in SITES:
        mod = importlib.import_module("sites." + name)
        info = mod.SITE
        site = info["site"]
        site_rows.append([info[c] for c in SITE_COLS])
        pages = list(mod.pages())
        # A site module may set SITE["content_type"]: the header its server sends
        # for pages that do not set their own (e.g. WordPress's "charset=UTF-8").
        server_ct = info.get("content_type")
        if not 3 <= len(pages) <= 5:
            raise SystemExit("%s: %d pages" % (site, len(pages)))
        for pg in pages:
            if not host_ok(site, pg.url):
                raise SystemExit("%s: foreign host in %s" % (site, pg.url))
            if pg.url in seen_urls:
                raise SystemExit("duplicate url %s" % pg.url)
            seen_urls.add(pg.url)
            rel = "pages/%s/%s" % (site, file_name(pg.url))
            data = pg.data()
            if not 3 * 1024 <= len(data) <= 40 * 1024:
                raise SystemExit("%s: %d bytes" % (pg.url, len(data)))
            path = os.path.join(ROOT, rel)
            if os.path.exists(path):
                raise SystemExit("file name clash: " + rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            ct = server_ct if (server_ct and pg.content_type == UTF8) else pg.content_type
            page_rows.append([site, pg.url, rel, pg.status, ct])
    for fn, cols, rows in (("sites.tsv", SITE_COLS, site_rows),
                           ("pages.tsv", PAGE_COLS, page_rows)):
        with open(os.path.join(ROOT, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write("\t".join(cols) + "\n")
            for r in rows:
                f.write("\t".join(clean(v) for v in r) + "\n")
    print("%d sites, %d pages" % (len(site_rows), len(page_rows)))


if __name__ == "__main__":
    main()
