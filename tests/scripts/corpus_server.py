#!/usr/bin/env python3
"""corpus_server.py: serve a labelled page corpus (tests/data/corpus,
pages.tsv) as the web sites it was taken from, for tests/scripts/classify.sh
(a crawl of the corpus, then its classification).  Python 3 standard
library only.

  corpus_server.py CORPUS_DIR LOGFILE

Binds 127.0.0.1 only, on a free port, prints the port on stdout and serves
until killed (at most 300 seconds).  The Host header (port dropped) picks
the site; each page is served with its status and Content-Type from
pages.tsv and its bytes as they are, except that absolute links to the
corpus's own sites ("https://SITE/...") are rewritten to this server
("http://SITE:PORT/..."), so that a crawler reached through --resolve
follows them.  robots.txt is 404 (allow all); anything else is 404.
Requests are logged to LOGFILE as "HOST PATH".
"""
import csv
import http.server
import os
import re
import socketserver
import sys
import threading
import time
import urllib.parse

PAGES = {}       # (host, path) -> (status, ctype, body bytes)
HOSTS = set()
PORT = 0
LOG = None
LOCK = threading.Lock()


def load(corpus):
    with open(os.path.join(corpus, "pages.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            u = urllib.parse.urlsplit(row["url"])
            path = u.path or "/"
            if u.query:
                path += "?" + u.query
            with open(os.path.join(corpus, row["file"]), "rb") as pf:
                body = pf.read()
            PAGES[(u.hostname, path)] = (int(row["status"]),
                                         row["content_type"], body)
            HOSTS.add(u.hostname)


def rewrite(body):
    def sub(m):
        host = m.group(2).decode("ascii")
        if host in HOSTS:
            return b"http://" + m.group(2) + (":%d" % PORT).encode()
        return m.group(0)
    return re.sub(rb"(https?)://([A-Za-z0-9.-]+)", sub, body)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        with LOCK:
            LOG.write("%s %s\n" % (host, self.path))
            LOG.flush()
        page = PAGES.get((host, self.path))
        if page is None:
            status, ctype, body = 404, "text/html", b"<h1>404</h1>"
        else:
            status, ctype, body = page[0], page[1], rewrite(page[2])
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


def main():
    global PORT, LOG
    load(sys.argv[1])
    LOG = open(sys.argv[2], "a")
    srv = Server(("127.0.0.1", 0), Handler)
    PORT = srv.server_address[1]
    print(PORT, flush=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    time.sleep(300)
    return 0


if __name__ == "__main__":
    sys.exit(main())
