#!/usr/bin/env python3
"""server.py: scripted web sites for tests/scripts/sources.sh (source
withdrawal).  Python 3 standard library only.  Every page is fictional.

  server.py LOGFILE FLAGFILE

Binds 127.0.0.1 only, on a free port, prints the port on stdout, and serves
until killed (at most 300 seconds).  The Host header (port dropped) picks
the site.  Every request is logged to LOGFILE as "HOST PATH".  Once
FLAGFILE exists (the test creates it after the crawl), the copy of the
eighth article is gone (404).

Sites:
  saochep.test   the copy site: robots.txt 404 (allow all); a home page
                 linking eight articles /tin/aN-d10000N.html, each an
                 article whose "Nguồn:" line links its original:
                   a1 -> baomau  /thoi-su/mat-404-d200001.html   404
                   a2 -> baomau  /thoi-su/mat-410-d200002.html   410
                   a3 -> baomau  /thoi-su/ve-trang-chu-d200003.html
                                 301 to http://baomau.test:PORT/
                   a4 -> baomau  /thoi-su/soft-404-d200004.html  200,
                                 "Bài viết không tồn tại hoặc đã bị gỡ"
                   a5 -> baomau  /thoi-su/con-day-d200005.html   200,
                                 the article
                   a6 -> chamchap /tin/cham-d300001.html        sleeps 30 s
                   a7 -> baomau  /bi-mat/bai-cam-d200007.html   robots.txt
                                 disallows it (must never be asked)
                   a8 -> baomau  /thoi-su/mat-ca-hai-d200008.html 404, and
                                 the copy a8 itself is 404 once FLAGFILE
                                 exists
  baomau.test    the press site: robots.txt "Disallow: /bi-mat/"; a home
                 page; the originals above
  chamchap.test  a press site whose articles never answer in time
"""
import http.server
import os
import socketserver
import sys
import threading
import time

LOG = None
FLAG = None
LOCK = threading.Lock()
PORT = 0

PROSE = ("Chiều 12/3, Ủy ban nhân dân huyện Mẫu Sơn tổ chức hội nghị tổng "
         "kết công tác năm, đánh giá kết quả thực hiện các chỉ tiêu kinh tế "
         "xã hội và đề ra nhiệm vụ trọng tâm cho năm tới, trong đó có việc "
         "cải cách thủ tục hành chính và số hóa hồ sơ. ")

ORIGINALS = {
    1: ("baomau", "/thoi-su/mat-404-d200001.html"),
    2: ("baomau", "/thoi-su/mat-410-d200002.html"),
    3: ("baomau", "/thoi-su/ve-trang-chu-d200003.html"),
    4: ("baomau", "/thoi-su/soft-404-d200004.html"),
    5: ("baomau", "/thoi-su/con-day-d200005.html"),
    6: ("chamchap", "/tin/cham-d300001.html"),
    7: ("baomau", "/bi-mat/bai-cam-d200007.html"),
    8: ("baomau", "/thoi-su/mat-ca-hai-d200008.html"),
}


def html(title, body, head=""):
    return ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
            "<title>%s</title>%s</head><body><header class=\"site-header\">"
            "<a href=\"/\">Trang chủ</a></header><nav><ul><li><a "
            "href=\"/thoi-su/\">Thời sự</a></li><li><a href=\"/kinh-te/\">"
            "Kinh tế</a></li></ul></nav>%s<footer>Liên hệ quảng cáo"
            "</footer></body></html>\n" % (title, head, body)).encode()


def article(title, extra=""):
    return html(title, "<article><h1>%s</h1><p>%s%s</p><p>%s</p>%s"
                "</article>" % (title, PROSE, PROSE, PROSE, extra),
                "<meta property=\"og:type\" content=\"article\">")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8",
             extra=()):
        head = ["HTTP/1.1 %d %s" % (status, self.responses.get(
            status, ("X",))[0]), "Server: sources-test"]
        if ctype:
            head.append("Content-Type: " + ctype)
        head += ["%s: %s" % kv for kv in extra]
        head.append("Content-Length: %d" % len(body))
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        with LOCK:
            LOG.write("%s %s\n" % (host, self.path))
            LOG.flush()
        fn = getattr(self, "site_" + host.split(".")[0], None)
        try:
            if fn is None:
                self.send(404, html("404", "<h1>Không có trang này</h1>"))
            else:
                fn(self.path)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def site_saochep(self, path):
        if path == "/":
            links = "".join("<li><a href=\"/tin/a%d-d10000%d.html\">Bài %d"
                            "</a></li>" % (i, i, i) for i in range(1, 9))
            self.send(200, html("Sao Chép - Tin nhanh", "<ul>%s</ul>" % links))
            return
        for i, (site, opath) in ORIGINALS.items():
            if path == "/tin/a%d-d10000%d.html" % (i, i):
                if i == 8 and os.path.exists(FLAG):
                    self.send(404, html("404", "<h1>404</h1>"))
                    return
                src = ("<p class=\"source\">Nguồn: <a href=\"http://%s.test:"
                       "%d%s\">Báo gốc</a></p>" % (site, PORT, opath))
                self.send(200, article("Bản sao bài %d" % i, src))
                return
        self.send(404, html("404", "<h1>404</h1>"))

    def site_baomau(self, path):
        if path == "/robots.txt":
            self.send(200, b"User-agent: *\nDisallow: /bi-mat/\n",
                      "text/plain")
        elif path == "/":
            self.send(200, html("Báo Mẫu - Tin tức", "<main><h2>Tin mới"
                                "</h2><ul><li><a href=\"/thoi-su/con-day-"
                                "d200005.html\">Hội nghị</a></li></ul>"
                                "</main>"))
        elif path == ORIGINALS[1][1] or path == ORIGINALS[8][1]:
            self.send(404, html("404", "<h1>404</h1>"))
        elif path == ORIGINALS[2][1]:
            self.send(410, html("410", "<h1>Gone</h1>"))
        elif path == ORIGINALS[3][1]:
            self.send(301, b"", None,
                      [("Location", "http://baomau.test:%d/" % PORT)])
        elif path == ORIGINALS[4][1]:
            self.send(200, html("Báo Mẫu", "<div class=\"error\"><h1>Bài "
                                "viết không tồn tại hoặc đã bị gỡ</h1><p>Mời "
                                "bạn quay lại trang chủ.</p></div>"))
        elif path == ORIGINALS[5][1]:
            self.send(200, article("Hội nghị tổng kết năm"))
        else:
            self.send(200, html("must not be asked", "<p>x</p>"))

    def site_chamchap(self, path):
        if path == "/robots.txt":
            self.send(404, b"")
        elif path == "/":
            self.send(200, html("Chậm Chạp", "<p>Trang chủ</p>"))
        else:
            time.sleep(30)
            self.send(200, article("Quá muộn"))


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address):
        pass


def main():
    global LOG, FLAG, PORT
    LOG = open(sys.argv[1], "a")
    FLAG = sys.argv[2]
    srv = Server(("127.0.0.1", 0), Handler)
    PORT = srv.server_address[1]
    print(PORT, flush=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    time.sleep(300)
    return 0


if __name__ == "__main__":
    sys.exit(main())
