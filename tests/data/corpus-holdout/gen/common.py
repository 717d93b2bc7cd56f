"""Shared helpers for the held-out corpus generator (standard library only)."""
import datetime
import html
import json
import unicodedata

SNAPSHOT = datetime.date(2026, 9, 15)

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

UTF8 = "text/html; charset=utf-8"


def weekday(y, m, d):
    """Vietnamese weekday name for a date."""
    return WEEKDAYS[datetime.date(y, m, d).weekday()]


def esc(s):
    return html.escape(s, quote=True)


def jsonld(obj):
    """A <script type=application/ld+json> block, deterministic."""
    return ('<script type="application/ld+json">'
            + json.dumps(obj, ensure_ascii=False, indent=2)
            + "</script>")


def file_name(url):
    """File name for a URL, after the tuning corpus README's rule:
    '/' -> index.html, '/' -> '_', '?' -> '_', '=' -> '-', '@' -> 'at-',
    '.html' appended unless the path ends in .html/.htm."""
    rest = url.split("://", 1)[1]
    path = rest[rest.index("/"):] if "/" in rest else "/"
    path = path.lstrip("/")
    if not path:
        return "index.html"
    for a, b in (("/", "_"), ("?", "_"), ("=", "-"), ("@", "at-")):
        path = path.replace(a, b)
    if not (path.endswith(".html") or path.endswith(".htm")):
        path += ".html"
    return path


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode_cp1258(text):
    """Encode Vietnamese text in windows-1258 the way legacy Windows software
    does: precomposed where the code page has the letter, otherwise the base
    letter (with its circumflex/breve/horn) followed by a combining tone mark.
    Raises if anything cannot be encoded; checks the round trip."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        tones = "".join(c for c in d if c in _TONES)
        out += (base + tones).encode("cp1258")
    data = bytes(out)
    back = unicodedata.normalize("NFC", data.decode("cp1258"))
    if back != unicodedata.normalize("NFC", text):
        raise ValueError("cp1258 round trip failed")
    return data


class Page:
    def __init__(self, url, body, status=200, content_type=UTF8, encoding="utf-8"):
        self.url = url
        self.body = body
        self.status = status
        self.content_type = content_type
        self.encoding = encoding

    def data(self):
        if self.encoding == "cp1258":
            return encode_cp1258(self.body)
        return self.body.encode(self.encoding)


def ul(items, cls=None):
    """<ul> of (href, text) links."""
    c = ' class="%s"' % cls if cls else ""
    return "<ul%s>\n%s\n</ul>" % (c, "\n".join(
        '<li><a href="%s">%s</a></li>' % (esc(h), esc(t)) for h, t in items))


_BLOCK_TAGS = ("<h2", "<h3", "<h4", "<figure", "<blockquote", "<div", "<table",
               "<ul", "<ol", "<p", "<!--", "<aside", "<section")


def paras(text, indent=""):
    """Paragraphs separated by blank lines -> <p> elements (text is trusted HTML)."""
    out = []
    for block in text.strip().split("\n\n"):
        block = " ".join(line.strip() for line in block.strip().splitlines())
        if block.startswith(_BLOCK_TAGS):
            out.append(indent + block)
        else:
            out.append(indent + "<p>" + block + "</p>")
    return "\n".join(out)
