"""Shared helpers for the corpus generator: dates, noise (CSS/JS/ads),
encoding variants (NFD, old-style tone placement, windows-1258), JSON-LD.

Nothing here decides a label; labels live in each site module (CLASS, KIND,
NOTES) and in ../sites.tsv, which build.py writes from them.
"""
import datetime as _dt
import hashlib
import html
import json
import random
import re
import unicodedata

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WEEKDAYS_LC = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def esc(s):
    return html.escape(s, quote=True)


def dt(s):
    """'2026-06-01 10:15' -> datetime (local time, GMT+7)."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:00+07:00")


def vn_date(d, style="full"):
    """Date strings in the shapes Vietnamese CMSs print."""
    wd = WEEKDAYS[d.weekday()]
    if style == "full":          # Thứ Hai, 01/06/2026 10:15 (GMT+7)
        return f"{wd}, {d:%d/%m/%Y} {d:%H:%M} (GMT+7)"
    if style == "full_lc":       # Thứ hai, ngày 01/06/2026 - 10:15
        return f"{WEEKDAYS_LC[d.weekday()]}, ngày {d:%d/%m/%Y} - {d:%H:%M}"
    if style == "dmy_hm":        # 01/06/2026 10:15
        return f"{d:%d/%m/%Y} {d:%H:%M}"
    if style == "hm_dmy":        # 10:15 | 01/06/2026
        return f"{d:%H:%M} | {d:%d/%m/%Y}"
    if style == "hm_dmy2":       # 10:15 01/06/2026
        return f"{d:%H:%M} {d:%d/%m/%Y}"
    if style == "dmy":           # 01/06/2026
        return f"{d:%d/%m/%Y}"
    if style == "words":         # 1 tháng 6, 2026
        return f"{d.day} tháng {d.month}, {d.year}"
    if style == "ngay_thang":    # ngày 1 tháng 6 năm 2026
        return f"ngày {d.day} tháng {d.month} năm {d.year}"
    if style == "wd_dmy":        # Thứ Hai, 01/06/2026
        return f"{wd}, {d:%d/%m/%Y}"
    if style == "dash":          # 01-06-2026 10:15
        return f"{d:%d-%m-%Y} {d:%H:%M}"
    raise ValueError(style)


def rng(key):
    return random.Random(int(hashlib.sha1(key.encode()).hexdigest()[:12], 16))


_CSS_PROPS = [
    "margin:0 auto", "padding:8px 12px", "display:flex", "display:block", "display:none",
    "font-size:14px", "font-size:13px", "font-size:18px", "line-height:1.5", "line-height:1.35",
    "color:#222", "color:#666", "color:#999", "color:#b30000", "color:#004a99",
    "background:#fff", "background:#f5f5f5", "background:#f0f2f5", "border-bottom:1px solid #e5e5e5",
    "font-weight:700", "text-transform:uppercase", "position:relative", "position:absolute",
    "overflow:hidden", "white-space:nowrap", "text-overflow:ellipsis", "width:100%",
    "max-width:1170px", "float:left", "float:right", "clear:both", "border-radius:4px",
    "box-shadow:0 1px 3px rgba(0,0,0,.12)", "justify-content:space-between", "align-items:center",
    "gap:16px", "object-fit:cover", "aspect-ratio:16/9", "transition:all .2s ease",
    "font-family:'Roboto',Arial,sans-serif", "font-family:'Merriweather',Georgia,serif",
    "z-index:99", "top:0", "left:0", "height:auto", "min-height:48px", "cursor:pointer",
]
_CSS_PARTS = ["header", "nav", "menu", "item", "box", "list", "thumb", "title", "sapo", "meta",
              "time", "cate", "footer", "col", "wrap", "inner", "link", "icon", "btn", "banner",
              "sidebar", "widget", "tag", "share", "related", "pagination", "breadcrumb", "logo"]


def css_noise(key, prefix, n):
    """n plausible CSS rules with the site's class prefix."""
    r = rng("css" + key)
    out = []
    for _ in range(n):
        sel = f".{prefix}-" + "-".join(r.sample(_CSS_PARTS, r.randint(1, 3)))
        if r.random() < 0.3:
            sel += " " + r.choice(["a", "img", "h3", "span", "li", "p", "a:hover", "> div"])
        props = ";".join(r.sample(_CSS_PROPS, r.randint(2, 6)))
        out.append(f"{sel}{{{props}}}")
        if r.random() < 0.05:
            out.append("@media (max-width:768px){" + f"{sel}{{display:none}}" + "}")
    return "\n".join(out)


def ga_snippet(tag):
    return f"""<script async src="https://www.googletagmanager.com/gtag/js?id={tag}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{tag}');</script>"""


def lazy_js():
    return """<script>!function(){var e=document.querySelectorAll("img[data-src]");if("IntersectionObserver"in window){var t=new IntersectionObserver(function(e){e.forEach(function(e){if(e.isIntersecting){var n=e.target;n.src=n.dataset.src,n.removeAttribute("data-src"),t.unobserve(n)}})},{rootMargin:"200px"});e.forEach(function(e){t.observe(e)})}else e.forEach(function(e){e.src=e.dataset.src})}();</script>"""


def adsense(slot, client="ca-pub-0000000000000000"):
    return f"""<div class="ads-slot" data-slot="{slot}"><ins class="adsbygoogle" style="display:block" data-ad-client="{client}" data-ad-slot="{slot}" data-ad-format="auto" data-full-width-responsive="true"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({{}});</script></div>"""


def banner_ad(host, name, w=300, h=250):
    return f"""<div class="qc qc-{w}x{h}"><a href="https://{host}/qc/click?b={name}" rel="nofollow sponsored" target="_blank"><img src="https://static.{host}/qc/{name}-{w}x{h}.jpg" width="{w}" height="{h}" alt="Quảng cáo"></a></div>"""


def cookie_banner(text="Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với chính sách cookie.", btn="Đồng ý"):
    return f"""<div id="cookie-consent" class="cookie-consent" style="display:none"><p>{text}</p><button type="button" onclick="document.cookie='cc=1;max-age=31536000;path=/';this.parentNode.remove()">{btn}</button></div>
<script>if(document.cookie.indexOf('cc=1')<0){{document.getElementById('cookie-consent').style.display='block'}}</script>"""


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False, indent=1) + "</script>"


def paras(body):
    """Body blocks: plain strings become <p>; strings starting with '<' are raw HTML."""
    out = []
    for b in body:
        if b.startswith("<"):
            out.append(b)
        else:
            out.append(f"<p>{b}</p>")
    return "\n".join(out)


# --- encoding variants ----------------------------------------------------

_LETTER = "a-zA-ZđĐ\u00c0-\u024f\u1e00-\u1eff"
_M = "[\u0300\u0301\u0303\u0309\u0323]"
_OLD_RE = re.compile("(?:([oO])(" + _M + ")([aAeE])|([uU])(" + _M + ")([yY]))(?![" + _LETTER + "\u0300-\u036f])")


def old_tone(s):
    """New-style (hòa, thủy, khỏe) -> old-style (hoà, thuỷ, khoẻ) tone placement.
    Only open syllables oa/oe/uy are moved (hoàng, toán, thuyền are unaffected).
    'qu' + y (quý) keeps its mark on y in both styles, so it never matches."""
    d = unicodedata.normalize("NFD", s)
    def sub(m):
        if m.group(1):
            return m.group(1) + m.group(3) + m.group(2)
        return m.group(4) + m.group(6) + m.group(5)
    # "quý"/"Quý": the mark is already on y, so nothing to move there.
    d = _OLD_RE.sub(sub, d)
    return unicodedata.normalize("NFC", d)


def nfd(s):
    return unicodedata.normalize("NFD", s)


def sid(s, mod=900000, base=100000):
    """Stable numeric id from a string (Python's hash() is salted per run)."""
    return int(hashlib.md5(s.encode()).hexdigest()[:10], 16) % mod + base


def item(title, url, sapo="", date=None, cat=None, **kw):
    d = {"title": title, "url": url, "sapo": sapo, "date": date, "cat": cat}
    d.update(kw)
    return d


_ICONS = ["home", "search", "menu", "close", "facebook", "zalo", "youtube", "tiktok", "rss", "mail", "phone", "clock", "user", "comment",
          "share", "print", "bookmark", "arrow-left", "arrow-right", "arrow-up", "play", "camera", "video", "podcast", "weather-sun",
          "weather-rain", "gold", "chart", "chevron-down", "chevron-up", "link", "copy", "font-plus", "font-minus", "star", "heart"]


def svg_sprite(key, n):
    """An inline SVG icon sprite (common in Vietnamese news themes; adds realistic bulk)."""
    r = rng("svg" + key)
    out = ['<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">']
    for i in range(n):
        name = _ICONS[i % len(_ICONS)] + ("" if i < len(_ICONS) else f"-{i // len(_ICONS)}")
        d = "M" + " ".join(f"{r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}" + r.choice(["L", "C", "Q", "L", "z M"]) for _ in range(r.randint(12, 30)))
        out.append(f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path d="{d.rstrip("LCQz M")}"/></symbol>')
    out.append("</svg>")
    return "\n".join(out)


def ad_config(key, host, n):
    """Inline ad-server zone configuration, as ad networks in Vietnam inject it."""
    r = rng("ad" + key)
    zones = [{"zoneId": r.randint(10**6, 10**7), "pos": r.choice(["top", "right1", "right2", "inread", "bottom", "sticky", "popup"]),
              "size": r.choice([[300, 250], [300, 600], [728, 90], [970, 250], [320, 100]]),
              "refresh": r.choice([0, 30, 60]), "lazy": r.random() < 0.7, "campaigns": [r.randint(10**5, 10**6) for _ in range(r.randint(1, 6))]}
             for _ in range(n)]
    import json as _json
    return "<script>window.__adZones=" + _json.dumps({"site": host, "zones": zones}, separators=(",", ":")) + ";</script>"
