#!/usr/bin/env python3
"""server.py: scripted hostile and friendly web sites for
tests/scripts/crawl.sh and tools/bench/bench_crawl.sh.  Python 3 standard
library only.

  server.py LOGFILE [--bench N]

Binds 127.0.0.1 only, on a free port, prints the port on stdout, and serves
until killed (at most 300 seconds).  One server plays many sites: the Host
header (port dropped) picks the site; a Host that is no site below (such
as 127.0.0.1) gets good.test.  Every request is logged to LOGFILE as
"HOST PATH" (one line each), so the test can check what was asked.

Sites (robots.txt is 404, "allow all", unless said otherwise):
  good.test      robots.txt names /sitemap-news.xml; a home page with two
                 sections and two articles; the sitemap adds a third
                 article; every page has ETag "v1" and answers 304 to
                 If-None-Match: "v1"
  robots.test    robots.txt: Disallow: /  (nothing else may be asked)
  loop.test      / -> /a -> / -> ...  (302 forever)
  private.test   / -> http://evil.test:PORT/  (evil.test: 127.0.0.2)
  slow.test      / sends its head, then one byte a second
  endless.test   / sends a body that never ends (no length)
  gigabyte.test  / declares Content-Length: 1073741824, sends 100 bytes,
                 closes
  bomb.test      / gzip of 64 MiB of zeros (Content-Encoding: gzip)
  badutf8.test   / says charset=utf-8 and sends bytes that are not UTF-8
  cp1258.test    / in windows-1258: <title>Bao Viet Nam</title> with its
                 Vietnamese letters ("B\\xe1o Vi\\xea\\xf2t Nam")
  status.test    / links /the-thao/ (404), /giai-tri/ (410), /kinh-te/ (500)
  reset.test     / resets the connection (SO_LINGER 0)
  delay.test     robots.txt: Crawl-delay: 1; a home page with two sections
With --bench N: every host is one generated site: a home page linking 10
sections and N articles (about 20 KB each), for tools/bench/bench_crawl.sh.
"""
import gzip
import http.server
import socket
import socketserver
import struct
import sys
import threading
import time

LOG = None
LOCK = threading.Lock()
PORT = 0
BENCH = 0
BOMB = None


def page(title, body="", links=()):
    a = "".join('<a href="%s">%s</a>\n' % (u, u) for u in links)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            "<title>%s</title></head><body><h1>%s</h1>%s<p>%s</p>"
            "</body></html>\n" % (title, title, a, body)).encode("utf-8")


GOOD_HOME = page("Báo Tốt", "Trang chủ", [
    "/thoi-su/", "/phap-luat/", "/thoi-su/bai-mot-d100001.html",
    "/phap-luat/bai-hai-post100002.html", "/logo.png", "mailto:a@good.test",
    "https://facebook.com/good"])


def bench_page(i):
    n = BENCH
    links = ["/muc-%d/" % (i % 10)] + \
        ["/muc-%d/bai-%d-d%06d.html" % ((i + k) % 10, (i + k) % n,
                                        (i + k) % n)
         for k in range(1, 6)]
    return page("Bài %d" % i, "Nội dung " * 2000, links)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8",
             extra=()):
        # head and body in one write: no Nagle / delayed-ACK stall
        head = ["HTTP/1.1 %d %s" % (status, self.responses.get(
            status, ("X",))[0]), "Server: crawl-test"]
        if ctype:
            head.append("Content-Type: " + ctype)
        head += ["%s: %s" % kv for kv in extra]
        head.append("Content-Length: %d" % len(body))
        self.log_request(status)
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)

    def etag_page(self, body):
        if self.headers.get("If-None-Match") == '"v1"':
            self.send(304, b"", None, [("ETag", '"v1"')])
        else:
            self.send(200, body, extra=[("ETag", '"v1"')])

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        path = self.path
        with LOCK:
            LOG.write("%s %s\n" % (host, path))
            LOG.flush()
        site = host if host.endswith(".test") else "good.test"
        if BENCH:
            site = "bench.test"
        fn = getattr(self, "site_" + site.split(".")[0], None)
        if fn is None:
            fn = self.site_good
        try:
            fn(path)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    # ---- sites ------------------------------------------------------------

    def site_good(self, path):
        if path == "/robots.txt":
            self.send(200, ("User-agent: *\nAllow: /\nSitemap: "
                            "http://good.test:%d/sitemap-news.xml\n"
                            % PORT).encode(), "text/plain")
        elif path == "/":
            self.send(200, GOOD_HOME)
        elif path == "/sitemap-news.xml":
            self.send(200, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            "<urlset xmlns=\"http://www.sitemaps.org/"
                            "schemas/sitemap/0.9\"><url><loc>http://good."
                            "test:%d/kinh-te/bai-ba-d100003.html</loc></url>"
                            "</urlset>" % PORT).encode(), "application/xml")
        elif path.endswith(".png"):
            self.send(200, b"\x89PNG", "image/png")
        elif path.startswith("/thoi-su/") or path.startswith("/phap-luat/") \
                or path.startswith("/kinh-te/"):
            self.etag_page(page("Trang " + path, "nội dung"))
        else:
            self.send(404, page("404"))

    def site_robots(self, path):
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /\n", "text/plain")
        else:
            self.send(200, page("must not be fetched"))

    def site_loop(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
        else:
            self.send(302, b"", None,
                      [("Location", "/a" if path == "/" else "/")])

    def site_private(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
        else:
            self.send(302, b"", None,
                      [("Location", "http://evil.test:%d/" % PORT)])

    def site_slow(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.wfile.flush()
        for _ in range(1000):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(1)

    def site_endless(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<p>endless</p>" * 1000
        while True:
            self.wfile.write(chunk)

    def site_gigabyte(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1073741824")
        self.end_headers()
        self.wfile.write(b"<html>" + b"g" * 94)
        self.wfile.flush()
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def site_bomb(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
            return
        self.send(200, BOMB, "text/html", [("Content-Encoding", "gzip")])

    def site_badutf8(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
            return
        self.send(200, b"<html><head><title>bad \xff\xfe utf8 \xc3</title>"
                  b"</head><body>\x80\x81 text</body></html>")

    def site_cp1258(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
            return
        self.send(200, b"<html><head><title>B\xe1o Vi\xea\xf2t Nam</title>"
                  b"</head><body>Tin t\xfd\xecc</body></html>",
                  "text/html; charset=windows-1258")

    def site_status(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
        elif path == "/":
            self.send(200, page("Status", "", ["/the-thao/", "/giai-tri/",
                                               "/kinh-te/"]))
        elif path == "/the-thao/":
            self.send(404, page("404"))
        elif path == "/giai-tri/":
            self.send(410, page("410"))
        else:
            self.send(500, page("500"))

    def site_delay(self, path):
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nCrawl-delay: 1\n", "text/plain")
        elif path == "/":
            self.send(200, page("Delay", "", ["/mot/", "/hai/"]))
        else:
            self.send(200, page("Trang " + path))

    def site_reset(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
            return
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                   struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def site_bench(self, path):
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        elif path == "/":
            self.send(200, page("Bench", "", ["/muc-%d/" % k
                                              for k in range(10)] +
                                ["/muc-%d/bai-%d-d%06d.html" % (i % 10, i, i)
                                 for i in range(BENCH)]))
        elif path.startswith("/muc-") and path.endswith("/"):
            k = int(path[5:-1] or 0)
            self.send(200, page("Mục %d" % k, "", [
                "/muc-%d/bai-%d-d%06d.html" % (i % 10, i, i)
                for i in range(k, BENCH, 10)][:200]))
        elif "/bai-" in path:
            try:
                i = int(path.split("-d")[-1].split(".")[0])
            except ValueError:
                i = 0
            self.send(200, bench_page(i))
        else:
            self.send(404, page("404"))


class FastHandler(socketserver.BaseRequestHandler):
    """--bench: the same site as site_bench, from prepared responses, with
    keep-alive and no header parsing, so that the server is not what the
    benchmark measures."""

    def handle(self):
        sock = self.request
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buf = b""
        while True:
            while b"\r\n\r\n" not in buf:
                data = sock.recv(65536)
                if not data:
                    return
                buf += data
            head, buf = buf.split(b"\r\n\r\n", 1)
            parts = head.split(b" ", 2)
            path = parts[1].decode("latin-1") if len(parts) > 2 else "/"
            sock.sendall(bench_response(path))


CACHE = {}


def bench_response(path):
    r = CACHE.get(path)
    if r is not None:
        return r
    if path == "/robots.txt":
        status, ctype, body = 200, "text/plain", b"User-agent: *\nAllow: /\n"
    elif path == "/":
        status, ctype, body = 200, "text/html; charset=utf-8", page(
            "Bench", "", ["/muc-%d/" % k for k in range(10)] +
            ["/muc-%d/bai-%d-d%06d.html" % (i % 10, i, i)
             for i in range(BENCH)])
    elif path.startswith("/muc-") and path.endswith("/"):
        k = int(path[5:-1] or 0)
        status, ctype, body = 200, "text/html; charset=utf-8", page(
            "Muc %d" % k, "", ["/muc-%d/bai-%d-d%06d.html" % (i % 10, i, i)
                               for i in range(k, BENCH, 10)][:200])
    elif "/bai-" in path:
        try:
            i = int(path.split("-d")[-1].split(".")[0])
        except ValueError:
            i = 0
        status, ctype, body = 200, "text/html; charset=utf-8", bench_page(i)
    else:
        status, ctype, body = 404, "text/html", page("404")
    r = ("HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
         % (status, ctype, len(body))).encode() + body
    if len(CACHE) < 100000:
        CACHE[path] = r
    return r


class FastServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def handle_error(self, request, client_address):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request, client_address):
        pass


def main():
    global LOG, PORT, BENCH, BOMB
    LOG = open(sys.argv[1], "a")
    if len(sys.argv) > 3 and sys.argv[2] == "--bench":
        BENCH = int(sys.argv[3])
    else:
        BOMB = gzip.compress(b"\0" * (64 << 20), 9)
    if BENCH:
        srv = FastServer(("127.0.0.1", 0), FastHandler)
    else:
        srv = Server(("127.0.0.1", 0), Handler)
    PORT = srv.server_address[1]
    print(PORT, flush=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    time.sleep(300)
    return 0


if __name__ == "__main__":
    sys.exit(main())
