#!/usr/bin/env python3
"""serve.py: a small HTTP/1.1 server on 127.0.0.1 for test_warc's wget case.

Binds a free port, prints it on stdout, serves until killed (or for at
most 60 seconds):
  /page.html  text/html with Content-Length
  /chunked    text/plain, Transfer-Encoding: chunked (three chunks)
  /gzip       text/plain, Content-Encoding: gzip
The bodies are the texts below; test_warc.c has the same constants.
"""
import gzip
import http.server
import sys
import time

PAGE = "<html><head><title>Tin t\u1ee9c</title></head>" \
       "<body>B\u00e1o \u0111i\u1ec7n t\u1eed</body></html>\n"
CHUNKS = [b"chunked ", b"body ", b"arrives in three parts\n"]
GZTEXT = b"this body was gzip-compressed by the server\n" * 20


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/page.html":
            body = PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for c in CHUNKS:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(c), c))
            self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/gzip":
            body = gzip.compress(GZTEXT, mtime=0)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)


def main():
    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    server.timeout = 1
    print(server.server_address[1], flush=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        server.handle_request()
    return 0


if __name__ == "__main__":
    sys.exit(main())
