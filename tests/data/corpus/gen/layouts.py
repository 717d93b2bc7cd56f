"""Page layouts shared by several sites.  Each site module picks a family and
sets knobs (class prefix, date style, byline position, JSON-LD type, comment
widget...) so that sites of one family still differ in markup.

news(site, page)  - a Vietnamese news CMS (home, section, article, static, 404)
wp(site, page)    - a WordPress news/blog theme
river(site, page) - a headline river that links out (link aggregator)
"""
from common import (esc, dt, iso, vn_date, css_noise, ga_snippet, lazy_js, adsense,
                    banner_ad, cookie_banner, jsonld, paras, sid, svg_sprite, ad_config)

CRAWL = dt("2026-06-12 08:30")


def _k(site, key, default=None):
    return site.get("knobs", {}).get(key, default)


def _url(site, path):
    if path.startswith("http"):
        return path
    return f"https://{site['host']}{path}"


def _img(site, item, w=400, h=225):
    slug = item["url"].rstrip("/").split("/")[-1].split(".")[0][:40]
    return f'<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://{_k(site, "cdn", "cdn." + site["host"])}/2026/06/{slug}-{w}x{h}.jpg" width="{w}" height="{h}" alt="{esc(item["title"])}">'


def head(site, page, title, desc, og_type="website", extra=""):
    p = site["prefix"]
    canon = _url(site, page["path"])
    charset = site.get("meta_charset", "utf-8")
    kw = _k(site, "keywords")
    h = [f'<!DOCTYPE html>\n<html lang="vi"{(" " + site["html_attr"]) if site.get("html_attr") else ""}>\n<head>',
         f'<meta charset="{charset}">' if not site.get("http_equiv") else
         f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{esc(title)}</title>",
         f'<meta name="description" content="{esc(desc)}">']
    if kw:
        h.append(f'<meta name="keywords" content="{esc(kw)}">')
    if _k(site, "news_keywords") and page.get("kind") == "article":
        h.append(f'<meta name="news_keywords" content="{esc(", ".join(page.get("tags", [])))}">')
    h.append(f'<link rel="canonical" href="{canon}">')
    if _k(site, "og", True):
        h += [f'<meta property="og:site_name" content="{esc(site["name"])}">',
              f'<meta property="og:type" content="{og_type}">',
              f'<meta property="og:title" content="{esc(title)}">',
              f'<meta property="og:description" content="{esc(desc)}">',
              f'<meta property="og:url" content="{canon}">',
              f'<meta property="og:image" content="https://{_k(site, "cdn", "cdn." + site["host"])}/share/{p}-og.jpg">',
              '<meta property="og:locale" content="vi_VN">']
    if _k(site, "fb_app"):
        h.append(f'<meta property="fb:app_id" content="{_k(site, "fb_app")}">')
    if _k(site, "rss"):
        h.append(f'<link rel="alternate" type="application/rss+xml" title="{esc(site["name"])} - Tin mới nhất" href="https://{site["host"]}/rss/home.rss">')
    h.append(f'<link rel="icon" href="https://{site["host"]}/favicon.ico">')
    h.append(f'<link rel="stylesheet" href="https://{_k(site, "cdn", "cdn." + site["host"])}/assets/css/{p}.main.min.css?v=2.{len(site["host"])}.4">')
    h.append(extra)
    h.append("<style>\n" + css_noise(site["host"] + page["path"][:1], p, _k(site, "css_rules", 60)) + "\n</style>")
    if _k(site, "ga"):
        h.append(ga_snippet(_k(site, "ga")))
    if _k(site, "ads"):
        h.append('<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>')
    h.append("</head>")
    return "\n".join(x for x in h if x)


def _menu(site, active=None):
    p = site["prefix"]
    lis = []
    for lab, path in site["menu"]:
        cls = ' class="active"' if active == path else ""
        lis.append(f'<li{cls}><a href="{path}" title="{esc(lab)}">{esc(lab)}</a></li>')
    return f'<ul class="{p}-menu">\n<li class="home"><a href="/" title="Trang chủ"><i class="icon-home"></i><span class="sr-only">Trang chủ</span></a></li>\n' + "\n".join(lis) + "\n</ul>"


# ---------------------------------------------------------------- news family

def _news_header(site, active=None):
    p = site["prefix"]
    top = site.get("topbar", "")
    if top == "date":
        top = f'<span class="{p}-today">{vn_date(CRAWL, "wd_dmy")}</span>'
    logo = site.get("logo_html") or f'<a href="/" class="{p}-logo" title="{esc(site["name"])}"><img src="https://{_k(site, "cdn", "cdn." + site["host"])}/assets/img/logo-{p}.svg" alt="{esc(site["name"])}"><span class="sr-only">{esc(site["name"])}</span></a>'
    return f"""<header class="{p}-header">
<div class="{p}-topbar"><div class="{p}-wrap">{top}</div></div>
<div class="{p}-masthead"><div class="{p}-wrap">{logo}{site.get("masthead_extra", "")}
<form class="{p}-search" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Tìm kiếm"><button type="submit">Tìm</button></form></div></div>
<nav class="{p}-nav" id="main-nav"><div class="{p}-wrap">
{_menu(site, active)}
</div></nav>
</header>"""


def _item(site, it, cls="story", sapo=True, thumb=True, time=True):
    p = site["prefix"]
    parts = [f'<article class="{p}-{cls}">']
    if thumb and it.get("thumb", True):
        parts.append(f'<a class="{p}-thumb" href="{it["url"]}" title="{esc(it["title"])}">{_img(site, it)}</a>')
    kicker = f'<span class="{p}-kicker">{esc(it["kicker"])}</span> ' if it.get("kicker") else ""
    parts.append(f'<h3 class="{p}-title">{kicker}<a href="{it["url"]}" title="{esc(it["title"])}">{esc(it["title"])}</a></h3>')
    meta = []
    if it.get("cat"):
        meta.append(f'<a class="{p}-cat" href="{it["cat"][1]}">{esc(it["cat"][0])}</a>')
    if time and it.get("date"):
        meta.append(f'<time datetime="{iso(dt(it["date"]))}">{vn_date(dt(it["date"]), _k(site, "list_date", "dmy_hm"))}</time>')
    if it.get("source"):
        meta.append(f'<span class="{p}-src">{esc(it["source"])}</span>')
    if it.get("by"):
        meta.insert(0, f'<a class="{p}-by" href="/thanh-vien/{it["by"][1]}">{esc(it["by"][0])}</a>')
    if meta:
        parts.append(f'<div class="{p}-meta">' + " ".join(meta) + "</div>")
    if sapo and it.get("sapo"):
        parts.append(f'<p class="{p}-sapo">{esc(it["sapo"])}</p>')
    parts.append("</article>")
    return "".join(parts)


def _sidebar(site):
    p = site["prefix"]
    out = [f'<aside class="{p}-sidebar">']
    if _k(site, "ads"):
        out.append(banner_ad(site["host"], "sidebar-top"))
    mr = site.get("most_read", [])
    if mr:
        out.append(f'<section class="{p}-widget {p}-mostread"><h2 class="{p}-widget-title">{esc(_k(site, "most_read_title", "Đọc nhiều"))}</h2><ol>')
        for it in mr:
            out.append(f'<li><a href="{it["url"]}">{esc(it["title"])}</a></li>')
        out.append("</ol></section>")
    if site.get("sidebar_extra"):
        out.append(site["sidebar_extra"])
    if _k(site, "ads"):
        out.append(adsense("88231" + str(len(site["host"]))))
    out.append("</aside>")
    return "\n".join(out)


def _footer(site):
    p = site["prefix"]
    return f"""<footer class="{p}-footer" id="footer">
<div class="{p}-wrap">
<div class="{p}-footer-menu">{" | ".join(f'<a href="{path}">{esc(lab)}</a>' for lab, path in site["menu"][:_k(site, "footer_menu_n", 10)])}</div>
<div class="{p}-footer-info">
{site["footer"]}
</div>
</div>
</footer>"""


def _body_open(site, page):
    n = _k(site, "sprite", 0)
    if not n:
        return site.get("body_open", "")
    if page.get("kind") == "home":
        n = int(n * 1.5)
    return site.get("body_open", "") + svg_sprite(site["host"] + page["path"], n)


def _tail(site, page=None):
    t = []
    if _k(site, "adzones") and page is not None:
        t.append(ad_config(site["host"] + page["path"], site["host"], _k(site, "adzones") * (3 if page.get("kind") == "home" else 1)))
    if _k(site, "cookie"):
        t.append(cookie_banner())
    t.append(lazy_js())
    if _k(site, "tail_js"):
        t.append(_k(site, "tail_js"))
    t.append("</body>\n</html>\n")
    return "\n".join(t)


def _article_jsonld(site, page):
    typ = _k(site, "jsonld")
    if not typ:
        return ""
    d = dt(page["date"])
    author = page.get("author_ld")
    obj = {"@context": "https://schema.org", "@type": page.get("jsonld_type", typ),
           "mainEntityOfPage": {"@type": "WebPage", "@id": _url(site, page["path"])},
           "headline": page["title"], "description": page.get("sapo", ""),
           "image": [f"https://{_k(site, 'cdn', 'cdn.' + site['host'])}/2026/06/{page['path'].split('/')[-1][:30]}.jpg"],
           "datePublished": iso(d), "dateModified": iso(dt(page.get("updated", page["date"])))}
    if page.get("section"):
        obj["articleSection"] = page["section"][0]
    if author is not False:
        if author is None:
            author = {"@type": "Person", "name": page.get("author", site["name"])}
        obj["author"] = author
    obj["publisher"] = {"@type": _k(site, "publisher_type", "Organization"), "name": site["name"],
                        "logo": {"@type": "ImageObject", "url": f"https://{_k(site, 'cdn', 'cdn.' + site['host'])}/assets/img/logo-{site['prefix']}.png"}}
    bc = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"https://{site['host']}/"}]}
    if page.get("section"):
        bc["itemListElement"].append({"@type": "ListItem", "position": 2, "name": page["section"][0], "item": _url(site, page["section"][1])})
    return jsonld(obj) + "\n" + (jsonld(bc) if _k(site, "breadcrumb_ld", True) else "")


def _og_article(site, page):
    if not _k(site, "og_article"):
        return ""
    d = dt(page["date"])
    o = [f'<meta property="article:published_time" content="{iso(d)}">',
         f'<meta property="article:modified_time" content="{iso(dt(page.get("updated", page["date"])))}">']
    if page.get("section"):
        o.append(f'<meta property="article:section" content="{esc(page["section"][0])}">')
    if page.get("author") and _k(site, "og_author", True):
        o.append(f'<meta property="article:author" content="{esc(page["author"])}">')
    for t in page.get("tags", [])[:5]:
        o.append(f'<meta property="article:tag" content="{esc(t)}">')
    return "\n".join(o)


def news(site, page):
    p = site["prefix"]
    kind = page["kind"]
    suffix = site.get("title_suffix", " - " + site["name"])
    if kind == "home":
        title = site.get("home_title", site["name"])
        hd = head(site, page, title, site["description"], "website",
                  jsonld({"@context": "https://schema.org", "@type": _k(site, "home_ld", "WebSite"), "name": site["name"], "url": f"https://{site['host']}/",
                          "potentialAction": {"@type": "SearchAction", "target": f"https://{site['host']}/tim-kiem?q={{q}}", "query-input": "required name=q"}})
                  if _k(site, "home_ld", "WebSite") else "")
        body = [_news_header(site)]
        body.append(f'<main class="{p}-main {p}-home"><div class="{p}-wrap">')
        if page.get("ticker"):
            body.append(f'<div class="{p}-ticker"><strong>{esc(page["ticker"][0])}</strong> ' + " ".join(f'<a href="{it["url"]}">{esc(it["title"])}</a>' for it in page["ticker"][1]) + "</div>")
        body.append(f'<section class="{p}-featured">')
        for i, it in enumerate(page.get("featured", [])):
            body.append(_item(site, it, "story-lead" if i == 0 else "story-sub", sapo=(i == 0 or _k(site, "sub_sapo", False))))
        body.append("</section>")
        if _k(site, "ads"):
            body.append(banner_ad(site["host"], "home-billboard", 970, 250))
        if page.get("river"):
            body.append(f'<section class="{p}-river"><h2 class="{p}-box-title">{esc(page.get("river_title", "Tin mới nhất"))}</h2>')
            for it in page["river"]:
                body.append(_item(site, it))
            body.append("</section>")
        for lab, path, items in page.get("boxes", []):
            body.append(f'<section class="{p}-box"><h2 class="{p}-box-title"><a href="{path}">{esc(lab)}</a></h2>')
            for i, it in enumerate(items):
                body.append(_item(site, it, "story" if i == 0 else "story-small", sapo=(i == 0), thumb=(i == 0)))
            body.append("</section>")
        if page.get("extra"):
            body.append(page["extra"])
        body.append("</div>")
        body.append(_sidebar(site))
        body.append("</main>")
    elif kind == "section":
        title = page.get("title", page["label"]) + suffix
        hd = head(site, page, title, page.get("desc", f"Tin tức {page['label'].lower()} mới nhất trên {site['name']}."))
        body = [_news_header(site, page["path"])]
        body.append(f'<main class="{p}-main {p}-cate"><div class="{p}-wrap">')
        body.append(f'<div class="{p}-breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <h1><a href="{page["path"]}">{esc(page["label"])}</a></h1></div>')
        if page.get("sub"):
            body.append(f'<ul class="{p}-submenu">' + "".join(f'<li><a href="{sp}">{esc(sl)}</a></li>' for sl, sp in page["sub"]) + "</ul>")
        if page.get("intro"):
            body.append(page["intro"])
        for i, it in enumerate(page["items"]):
            body.append(_item(site, it, "story-lead" if i == 0 else "story"))
        body.append(f'<div class="{p}-pagination"><span class="current">1</span> <a href="{page["path"]}/trang-2{_k(site, "page_ext", ".html")}">2</a> <a href="{page["path"]}/trang-3{_k(site, "page_ext", ".html")}">3</a> <a href="{page["path"]}/trang-2{_k(site, "page_ext", ".html")}">Xem thêm</a></div>')
        if page.get("extra"):
            body.append(page["extra"])
        body.append("</div>")
        body.append(_sidebar(site))
        body.append("</main>")
    elif kind == "article":
        title = page["title"] + suffix
        extra = _og_article(site, page) + "\n" + _article_jsonld(site, page)
        if _k(site, "amp"):
            extra += f'\n<link rel="amphtml" href="https://{site["host"]}/amp{page["path"]}">'
        hd = head(site, page, title, page.get("sapo", page["title"]), "article" if _k(site, "og_article") else _k(site, "og_type_article", "website"), extra)
        d = dt(page["date"])
        body = [_news_header(site, page["section"][1] if page.get("section") else None)]
        body.append(f'<main class="{p}-main {p}-detail"><div class="{p}-wrap">')
        if page.get("section"):
            body.append(f'<div class="{p}-breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <a href="{page["section"][1]}">{esc(page["section"][0])}</a></div>')
        body.append(f'<article class="{p}-article" id="article-{sid(page["path"])}">')
        if page.get("kicker"):
            body.append(f'<div class="{p}-article-kicker">{esc(page["kicker"])}</div>')
        body.append(f'<h1 class="{p}-article-title">{esc(page["title"])}</h1>')
        meta = [f'<span class="{p}-article-time"><time datetime="{iso(d)}">{vn_date(d, _k(site, "date_style", "full"))}</time></span>']
        if _k(site, "byline", "bottom") in ("top", "both") and page.get("author"):
            auth = page["author"]
            href = page.get("author_url")
            meta.insert(0, f'<span class="{p}-article-author">{_k(site, "byline_prefix", "")}' + (f'<a href="{href}">{esc(auth)}</a>' if href else esc(auth)) + "</span>")
        body.append(f'<div class="{p}-article-meta">' + " ".join(meta) + "</div>")
        if _k(site, "share", True):
            body.append(f'<div class="{p}-share"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={_url(site, page["path"])}" rel="nofollow" target="_blank">Chia sẻ</a> <a class="zalo" href="#" data-href="{_url(site, page["path"])}">Zalo</a> <a class="copy" href="#">Sao chép link</a></div>')
        if page.get("sapo"):
            tag = _k(site, "sapo_tag", "h2")
            body.append(f'<{tag} class="{p}-article-sapo">{esc(page["sapo"])}</{tag}>')
        if page.get("box_before"):
            body.append(page["box_before"])
        body.append(f'<div class="{p}-article-body">')
        body.append(paras(page["body"]))
        if _k(site, "byline", "bottom") in ("bottom", "both") and page.get("author"):
            body.append(f'<p class="{p}-article-author" style="text-align:right"><strong>{esc(page["author"])}</strong></p>')
        if page.get("source_html"):
            body.append(page["source_html"])
        body.append("</div>")
        if page.get("box_after"):
            body.append(page["box_after"])
        if page.get("tags"):
            body.append(f'<div class="{p}-tags"><span>{esc(_k(site, "tags_title", "Từ khóa:"))}</span> ' + " ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}" rel="tag">{esc(t)}</a>' for t in page["tags"]) + "</div>")
        body.append("</article>")
        cm = _k(site, "comments")
        if cm == "fb":
            body.append(f'<div class="{p}-comments"><h3>Bình luận</h3><div class="fb-comments" data-href="{_url(site, page["path"])}" data-width="100%" data-numposts="5"></div></div>')
        elif cm == "form":
            body.append(f"""<div class="{p}-comments" id="comments"><h3>Ý kiến bạn đọc ({page.get("n_comments", 0)})</h3>
<form class="{p}-comment-form" action="/binh-luan/gui" method="post"><textarea name="noidung" placeholder="Viết bình luận của bạn..."></textarea>
<input type="text" name="hoten" placeholder="Họ tên"><input type="email" name="email" placeholder="Email"><button type="submit">Gửi bình luận</button></form>
{page.get("comments_html", "")}</div>""")
        if page.get("related"):
            body.append(f'<section class="{p}-related"><h2>{esc(_k(site, "related_title", "Tin liên quan"))}</h2>')
            for it in page["related"]:
                body.append(_item(site, it, "story-small", sapo=False))
            body.append("</section>")
        body.append("</div>")
        body.append(_sidebar(site))
        body.append("</main>")
    elif kind == "static":
        title = page["title"] + suffix
        hd = head(site, page, title, page.get("desc", page["title"]))
        body = [_news_header(site)]
        body.append(f'<main class="{p}-main {p}-page"><div class="{p}-wrap"><div class="{p}-breadcrumb"><a href="/">Trang chủ</a> <span>›</span> <span>{esc(page["title"])}</span></div><h1>{esc(page["title"])}</h1>')
        body.append(page["html"])
        body.append("</div></main>")
    elif kind == "404":
        hd = head(site, page, "Không tìm thấy trang" + suffix, "Trang bạn tìm không tồn tại.")
        body = [_news_header(site)]
        body.append(f'<main class="{p}-main {p}-404"><div class="{p}-wrap">{page["html"]}</div></main>')
    else:
        raise ValueError(kind)
    body.append(_footer(site))
    return hd + f'\n<body class="{p}-{kind}">\n' + _body_open(site, page) + "\n".join(body) + "\n" + _tail(site, page)


# ----------------------------------------------------------------- WordPress

def _wp_header(site, active=None):
    p = site["prefix"]
    lis = "\n".join(
        f'<li id="menu-item-{1200 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-menu-item" if active == path else ""} menu-item-{1200 + i}"><a href="https://{site["host"]}{path}">{esc(lab)}</a></li>'
        for i, (lab, path) in enumerate(site["menu"]))
    top = site.get("topbar", "")
    if top == "date":
        top = f'<div class="{p}-date">{vn_date(CRAWL, "wd_dmy")}</div>'
    return f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<div class="{p}-topbar">{top}</div>
<header id="masthead" class="site-header {p}-header" role="banner">
<div class="site-branding">{site.get("logo_html") or f'<p class="site-title"><a href="https://{site["host"]}/" rel="home">{esc(site["name"])}</a></p>'}
{f'<p class="site-description">{esc(site["tagline"])}</p>' if site.get("tagline") else ""}</div>
{site.get("masthead_extra", "")}
<nav id="site-navigation" class="main-navigation" aria-label="Menu chính">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu nav-menu">
<li class="menu-item menu-item-home"><a href="https://{site["host"]}/">Trang chủ</a></li>
{lis}
</ul></nav>
</header>
<div id="content" class="site-content">"""


def _wp_item(site, it, sapo=True):
    p = site["prefix"]
    cat = f'<span class="cat-links"><a href="https://{site["host"]}{it["cat"][1]}" rel="category tag">{esc(it["cat"][0])}</a></span>' if it.get("cat") else ""
    date = f'<time class="entry-date published" datetime="{iso(dt(it["date"]))}">{vn_date(dt(it["date"]), _k(site, "list_date", "dmy"))}</time>' if it.get("date") else ""
    src = f' <span class="{p}-src">{esc(it["source"])}</span>' if it.get("source") else ""
    auth = f' <span class="byline">bởi <span class="author vcard"><a class="url fn n" href="https://{site["host"]}/author/{it["author_slug"]}/">{esc(it["author"])}</a></span></span>' if it.get("author") and it.get("author_slug") else ""
    ex = f'<div class="entry-summary"><p>{esc(it["sapo"])}</p></div>' if sapo and it.get("sapo") else ""
    th = f'<div class="post-thumbnail"><a href="{it["url"]}">{_img(site, it, 360, 240)}</a></div>' if it.get("thumb", True) else ""
    return f"""<article class="post type-post status-publish format-standard has-post-thumbnail hentry {p}-post">
{th}<header class="entry-header">{cat}<h2 class="entry-title"><a href="{it["url"]}" rel="bookmark">{esc(it["title"])}</a></h2>
<div class="entry-meta">{date}{auth}{src}</div></header>{ex}</article>"""


def _wp_sidebar(site):
    p = site["prefix"]
    out = ['<aside id="secondary" class="widget-area">']
    if _k(site, "ads"):
        out.append(f'<section class="widget widget_custom_html">{adsense("55102" + str(len(site["host"])))}</section>')
    out.append('<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" name="s"></label><input type="submit" class="search-submit" value="Tìm kiếm"></form></section>')
    if site.get("most_read"):
        out.append(f'<section class="widget widget_recent_entries"><h2 class="widget-title">{esc(_k(site, "most_read_title", "Bài viết mới"))}</h2><ul>')
        for it in site["most_read"]:
            out.append(f'<li><a href="{it["url"]}">{esc(it["title"])}</a></li>')
        out.append("</ul></section>")
    if site.get("sidebar_extra"):
        out.append(site["sidebar_extra"])
    out.append("</aside>")
    return "\n".join(out)


def wp(site, page):
    p = site["prefix"]
    kind = page["kind"]
    suffix = site.get("title_suffix", " - " + site["name"])
    gen = f'<meta name="generator" content="WordPress {_k(site, "wpver", "6.5.3")}">\n<link rel="https://api.w.org/" href="https://{site["host"]}/wp-json/">\n<link rel="stylesheet" id="wp-block-library-css" href="https://{site["host"]}/wp-includes/css/dist/block-library/style.min.css?ver={_k(site, "wpver", "6.5.3")}" media="all">\n<link rel="stylesheet" id="{_k(site, "theme", "newspaper")}-style-css" href="https://{site["host"]}/wp-content/themes/{_k(site, "theme", "newspaper")}/style.css?ver=12.6" media="all">'
    if kind == "home":
        hd = head(site, page, site.get("home_title", site["name"] + (" - " + site["tagline"] if site.get("tagline") else "")), site["description"], "website", gen)
        bcls = "home blog wp-embed-responsive"
        inner = []
        if page.get("featured"):
            inner.append(f'<div class="{p}-featured">' + "\n".join(_wp_item(site, it) for it in page["featured"]) + "</div>")
        for lab, path, items in page.get("boxes", []):
            inner.append(f'<section class="{p}-block"><h4 class="block-title"><a href="https://{site["host"]}{path}"><span>{esc(lab)}</span></a></h4>' + "\n".join(_wp_item(site, it, sapo=(i == 0)) for i, it in enumerate(items)) + "</section>")
        if page.get("river"):
            inner.append(f'<section class="{p}-latest"><h4 class="block-title"><span>{esc(page.get("river_title", "Mới cập nhật"))}</span></h4>' + "\n".join(_wp_item(site, it) for it in page["river"]) + "</section>")
        if page.get("extra"):
            inner.append(page["extra"])
        inner.append(f'<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="https://{site["host"]}/page/2/">2</a><a class="next page-numbers" href="https://{site["host"]}/page/2/">Trang sau »</a></div></nav>')
    elif kind == "section":
        hd = head(site, page, page["label"] + suffix, page.get("desc", f"Lưu trữ chuyên mục {page['label']}"), "website",
                  gen + f'\n<link rel="alternate" type="application/rss+xml" title="{esc(site["name"])} &raquo; {esc(page["label"])} Dòng thông tin chuyên mục" href="https://{site["host"]}{page["path"]}/feed/">')
        bcls = f"archive category category-{page['path'].strip('/').split('/')[-1]}"
        inner = [f'<header class="page-header"><h1 class="page-title">{esc(_k(site, "cat_prefix", ""))}{esc(page["label"])}</h1>{page.get("intro", "")}</header>']
        inner += [_wp_item(site, it) for it in page["items"]]
        if page.get("extra"):
            inner.append(page["extra"])
        inner.append(f'<nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span><a class="page-numbers" href="https://{site["host"]}{page["path"]}/page/2/">2</a><a class="next page-numbers" href="https://{site["host"]}{page["path"]}/page/2/">Trang sau »</a></div></nav>')
    elif kind == "article":
        extra = gen + "\n" + _og_article(site, page) + "\n" + _article_jsonld(site, page)
        hd = head(site, page, page["title"] + suffix, page.get("sapo", page["title"]), "article" if _k(site, "og_article") else "website", extra)
        pid = sid(page["path"], 90000, 10000)
        bcls = f"post-template-default single single-post postid-{pid} single-format-standard"
        d = dt(page["date"])
        auth = ""
        if page.get("author") and _k(site, "byline", "top") in ("top", "both"):
            slug = page.get("author_slug", "admin")
            auth = f' <span class="byline"> {_k(site, "byline_prefix", "bởi")} <span class="author vcard"><a class="url fn n" href="https://{site["host"]}/author/{slug}/">{esc(page["author"])}</a></span></span>'
        cat = f'<span class="cat-links"><a href="https://{site["host"]}{page["section"][1]}" rel="category tag">{esc(page["section"][0])}</a></span>' if page.get("section") else ""
        bc = f'<div class="{p}-breadcrumbs"><a href="https://{site["host"]}/">Trang chủ</a> » <a href="https://{site["host"]}{page["section"][1]}">{esc(page["section"][0])}</a> » <span>{esc(page["title"])}</span></div>' if page.get("section") and _k(site, "breadcrumb", True) else ""
        inner = [bc, f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry">',
                 f'<header class="entry-header">{cat}<h1 class="entry-title">{esc(page["title"])}</h1>',
                 f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(d)}">{vn_date(d, _k(site, "date_style", "dmy_hm"))}</time></span>{auth}</div></header>',
                 f'<div class="post-thumbnail">{_img(site, {"title": page["title"], "url": page["path"]}, 800, 450)}</div>',
                 '<div class="entry-content">']
        if page.get("sapo"):
            inner.append(f'<p><strong>{esc(page["sapo"])}</strong></p>')
        if page.get("box_before"):
            inner.append(page["box_before"])
        inner.append(paras(page["body"]))
        if page.get("author") and _k(site, "byline", "top") in ("bottom", "both"):
            inner.append(f'<p style="text-align: right;"><strong>{esc(page["author"])}</strong></p>')
        if page.get("source_html"):
            inner.append(page["source_html"])
        inner.append("</div>")
        if page.get("box_after"):
            inner.append(page["box_after"])
        if page.get("tags"):
            inner.append('<footer class="entry-footer"><span class="tags-links">Thẻ: ' + ", ".join(f'<a href="https://{site["host"]}/tag/{t.lower().replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in page["tags"]) + "</span></footer>")
        inner.append("</article>")
        if page.get("related"):
            inner.append(f'<div class="{p}-related"><h3 class="related-title">{esc(_k(site, "related_title", "Bài viết liên quan"))}</h3>' + "\n".join(_wp_item(site, it, sapo=False) for it in page["related"]) + "</div>")
        cm = _k(site, "comments")
        if cm == "wp":
            inner.append(f"""<div id="comments" class="comments-area">{page.get("comments_html", "")}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="https://{site["host"]}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label><input id="author" name="author" type="text" size="30" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" size="30" required></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"><input type="hidden" name="comment_post_ID" value="{pid}" id="comment_post_ID"></p></form></div></div>""")
        elif cm == "fb":
            inner.append(f'<div class="fb-comments" data-href="{_url(site, page["path"])}" data-width="100%" data-numposts="10"></div>')
    elif kind == "static":
        hd = head(site, page, page["title"] + suffix, page.get("desc", page["title"]), "website", gen)
        bcls = "page-template-default page"
        inner = [f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">{esc(page["title"])}</h1></header><div class="entry-content">{page["html"]}</div></article>']
    elif kind == "404":
        hd = head(site, page, "Không tìm thấy trang" + suffix, "Không tìm thấy trang", "website", gen)
        bcls = "error404"
        inner = [page["html"]]
    else:
        raise ValueError(kind)
    body = [f'<body class="{bcls} {p}-theme">', _body_open(site, page), _wp_header(site, page.get("path") if kind == "section" else (page.get("section") or [None, None])[1]),
            '<div id="primary" class="content-area"><main id="main" class="site-main">', "\n".join(inner), "</main></div>", _wp_sidebar(site), "</div>",
            f'<footer id="colophon" class="site-footer {p}-footer"><div class="footer-widgets">{site.get("footer_widgets", "")}</div><div class="site-info">{site["footer"]}</div></footer></div>',
            f'<script src="https://{site["host"]}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>',
            f'<script id="{_k(site, "theme", "newspaper")}-js-extra">var tdBlocksArray=[];var tds_general_modal_image="";var tdViewport={{"mobile":"767","tablet":"1018"}};</script>']
    return hd + "\n" + "\n".join(x for x in body if x) + "\n" + _tail(site, page)


# ----------------------------------------------------------------- river (link aggregator)

def river(site, page):
    """Headline river: every item is title + short summary + source + age, linking
    to /r/<id> (a preview page) or straight to the press original."""
    p = site["prefix"]
    kind = page["kind"]
    suffix = site.get("title_suffix", " | " + site["name"])

    def it_html(it):
        age = it.get("age", "")
        src = it.get("source", "")
        return f"""<div class="{p}-item" data-id="{it.get("id", "")}">
<a class="{p}-img" href="{it["url"]}" {'target="_blank" rel="noopener"' if it["url"].startswith("http") and site["host"] not in it["url"] else ""}>{_img(site, it, 200, 130)}</a>
<div class="{p}-text"><h4><a href="{it["url"]}">{esc(it["title"])}</a></h4>
<p class="{p}-sum">{esc(it.get("sapo", ""))}</p>
<div class="{p}-info"><a class="{p}-src" href="{it.get("src_home", "#")}" rel="nofollow">{esc(src)}</a> <span class="{p}-age">{esc(age)}</span>{' <span class="' + p + '-rel">' + str(it["rel"]) + " bài liên quan</span>" if it.get("rel") else ""}</div></div></div>"""

    nav = "\n".join(f'<a class="{p}-tab{" on" if page.get("path") == path else ""}" href="{path}">{esc(lab)}</a>' for lab, path in site["menu"])
    header = f"""<div class="{p}-top"><div class="{p}-container"><a href="/" class="{p}-brand" title="{esc(site["name"])}">{site.get("logo_html") or esc(site["name"])}</a>
<span class="{p}-slogan">{esc(site.get("tagline", ""))}</span>
<a class="{p}-login" href="/tai-khoan/dang-nhap">Đăng nhập</a></div>
<nav class="{p}-tabs">{nav}</nav></div>"""
    if kind in ("home", "section"):
        title = (site.get("home_title", site["name"]) if kind == "home" else page["label"] + suffix)
        hd = head(site, page, title, site["description"] if kind == "home" else page.get("desc", site["description"]))
        main = [f'<div class="{p}-container {p}-cols"><div class="{p}-colmain">']
        if kind == "section":
            main.append(f'<h1 class="{p}-h1">{esc(page["label"])}</h1>')
        for g in page.get("groups", [("", page.get("items", []))]):
            if g[0]:
                main.append(f'<h2 class="{p}-group">{esc(g[0])}</h2>')
            main += [it_html(it) for it in g[1]]
        main.append(f'<a class="{p}-more" href="{page["path"].rstrip("/")}/trang-2">Xem thêm tin</a></div>')
        main.append(f'<div class="{p}-colside">{page.get("side", site.get("sidebar_extra", ""))}</div></div>')
    elif kind == "article":
        hd = head(site, page, page["title"] + suffix, page.get("sapo", ""), "article" if _k(site, "og_article") else "website",
                  _og_article(site, page) + "\n" + _article_jsonld(site, page) + (f'\n<meta name="robots" content="noindex, follow">' if _k(site, "noindex_items") else ""))
        main = [f'<div class="{p}-container {p}-cols"><div class="{p}-colmain"><div class="{p}-crumb"><a href="/">Trang chủ</a> / <a href="{page["section"][1]}">{esc(page["section"][0])}</a></div>',
                f'<div class="{p}-preview"><h1>{esc(page["title"])}</h1>', f'<div class="{p}-info">{page["source_line"]}</div>',
                f'<p class="{p}-lead"><strong>{esc(page["sapo"])}</strong></p>', paras(page["body"]), page.get("source_html", ""),
                "</div>"]
        if page.get("related"):
            main.append(f'<h2 class="{p}-group">{esc(page.get("related_title", "Cùng chủ đề"))}</h2>' + "".join(it_html(it) for it in page["related"]))
        main.append(f'</div><div class="{p}-colside">{site.get("sidebar_extra", "")}</div></div>')
    elif kind == "404":
        hd = head(site, page, "404" + suffix, "Không tìm thấy")
        main = [page["html"]]
    else:
        raise ValueError(kind)
    body = [f'<body class="{p}-body {p}-{kind}">', _body_open(site, page), header, "\n".join(main),
            f'<footer class="{p}-foot"><div class="{p}-container">{site["footer"]}</div></footer>']
    return hd + "\n" + "\n".join(body) + "\n" + _tail(site, page)
