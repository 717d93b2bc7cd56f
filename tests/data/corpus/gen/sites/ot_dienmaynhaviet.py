"""Điện Máy Nhà Việt: an online electronics shop (Haravan-like) with a 'Tin tức' blog of
promotional posts, one of which cites a newspaper."""
import json
from common import esc, css_noise, jsonld, ga_snippet, cookie_banner

H = "dienmaynhaviet.test"
SITE = {
    "host": H, "name": "Điện Máy Nhà Việt", "prefix": "dmnv",
    "class": "other", "kind": "shop",
    "licence_number": "-", "licence_kind": "-", "issuer": "-",
    "notes": "Online shop: products, prices in ₫, giỏ hàng, khuyến mãi, Product JSON-LD, business-registration footer (GPĐKKD, Bộ Công Thương notice - not an information licence); a 'Tin tức' blog whose posts are promotions and buying guides, one citing 'Theo Báo Kinh Tế Ngày Nay', one 'Bài viết' JSON-LD.",
}

MENU = [("Điều hòa", "/collections/dieu-hoa"), ("Tủ lạnh", "/collections/tu-lanh"), ("Máy giặt", "/collections/may-giat"), ("Tivi", "/collections/tivi"),
        ("Gia dụng", "/collections/gia-dung"), ("Khuyến mãi", "/collections/khuyen-mai"), ("Tin tức", "/blogs/tin-tuc")]

PRODUCTS = [
    ("dieu-hoa-inverter-1-hp-coolmax-cx-10i", "Điều hòa Inverter 1 HP CoolMax CX-10i", 7490000, 8990000, "Còn hàng"),
    ("dieu-hoa-inverter-1-5-hp-coolmax-cx-15i", "Điều hòa Inverter 1.5 HP CoolMax CX-15i", 9690000, 11290000, "Còn hàng"),
    ("dieu-hoa-2-chieu-1-hp-arctica-a2w", "Điều hòa 2 chiều Inverter 1 HP Arctica A2W", 10990000, 12490000, "Còn hàng"),
    ("dieu-hoa-1-hp-polarbreeze-pb-09", "Điều hòa 1 HP PolarBreeze PB-09 (không Inverter)", 5990000, 6590000, "Sắp hết"),
    ("dieu-hoa-inverter-2-hp-coolmax-cx-20i", "Điều hòa Inverter 2 HP CoolMax CX-20i", 15490000, 17990000, "Còn hàng"),
    ("dieu-hoa-am-tran-arctica-c4-24", "Điều hòa âm trần Arctica C4 24.000 BTU", 27900000, 31500000, "Liên hệ"),
    ("tu-lanh-inverter-360l-frostline-fl360", "Tủ lạnh Inverter 360 lít FrostLine FL360", 9290000, 10990000, "Còn hàng"),
    ("may-giat-cua-truoc-9kg-aquanova-an9", "Máy giặt cửa trước 9 kg AquaNova AN9", 7990000, 9490000, "Còn hàng"),
]
POSTS = [
    ("tuan-le-vang-dieu-hoa-giam-den-35-tang-ve-sinh-may-mien-phi", "Tuần lễ vàng điều hòa: Giảm đến 35%, tặng vệ sinh máy miễn phí", "10/06/2026", "Từ 10/6 đến 20/6, toàn bộ điều hòa CoolMax và Arctica giảm đến 35%, trả góp 0%, tặng gói vệ sinh máy 1 năm."),
    ("nen-chon-dieu-hoa-bao-nhieu-btu-cho-phong-15-20m2", "Nên chọn điều hòa bao nhiêu BTU cho phòng 15-20 m²?", "06/06/2026", "Hướng dẫn tính công suất điều hòa theo diện tích, hướng nắng và số người trong phòng."),
    ("khai-truong-chi-nhanh-thu-duc-mua-1-tang-1", "Khai trương chi nhánh Thủ Đức: Mua 1 tặng 1, bốc thăm trúng xe máy", "02/06/2026", "Mừng khai trương chi nhánh thứ 12, Điện Máy Nhà Việt dành hơn 1.000 phần quà cho khách hàng."),
    ("nang-nong-ky-luc-nhu-cau-mua-dieu-hoa-tang-manh", "Nắng nóng kỷ lục, nhu cầu mua điều hòa tăng mạnh", "28/05/2026", "Sức mua điều hòa tháng 5 tăng gấp đôi cùng kỳ, nhiều mẫu 1 HP cháy hàng."),
]


def vnd(x):
    return f"{x:,}".replace(",", ".") + "₫"


def _shell(title, desc, key, main, extra=""):
    menu = "".join(f'<li class="nav-item"><a href="{p}">{esc(l)}</a></li>' for l, p in MENU)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}">
<meta property="og:site_name" content="Điện Máy Nhà Việt">
<meta property="og:title" content="{esc(title)}">
<link rel="canonical" href="https://{H}{key}">
<link href="//theme.hstatic.example/1000412367/1000536021/14/main.scss.css?v=318" rel="stylesheet">
<style>{css_noise(key, "dm", 70)}</style>
{extra}
{ga_snippet("G-DMNV0316S")}
<script>window.shop={{"id":1000412367,"currency":"VND","money_format":"{{{{amount_no_decimals_with_comma_separator}}}}₫"}};</script>
<script>!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];}}(window,document,'script');fbq('init','000000000000000');fbq('track','PageView');</script>
</head>
<body class="template-{key.strip('/').split('/')[0] or 'index'}">
<div class="topbar"><span>🔥 Giảm đến 35% điều hòa - Trả góp 0% - Giao lắp miễn phí nội thành</span> <a href="/pages/he-thong-cua-hang">Hệ thống 12 cửa hàng</a> <a href="tel:19006868">Hotline: 1900 6868</a></div>
<header class="header"><a href="/" class="logo"><img src="//theme.hstatic.example/logo.png" alt="Điện Máy Nhà Việt"></a>
<form class="search-form" action="/search"><input name="q" placeholder="Bạn cần tìm gì hôm nay?"><button>Tìm</button></form>
<a href="/account/login" class="account">Đăng nhập / Đăng ký</a> <a href="/cart" class="cart">Giỏ hàng <span class="cart-count">0</span></a></header>
<nav class="main-nav"><ul>{menu}</ul></nav>
<main>{main}</main>
<footer class="footer"><div class="footer-cols">
<div><h4>Hỗ trợ khách hàng</h4><ul><li><a href="/pages/chinh-sach-doi-tra">Chính sách đổi trả</a></li><li><a href="/pages/chinh-sach-bao-hanh">Chính sách bảo hành</a></li><li><a href="/pages/huong-dan-tra-gop">Hướng dẫn trả góp</a></li><li><a href="/pages/giao-hang-lap-dat">Giao hàng - lắp đặt</a></li></ul></div>
<div><h4>Về chúng tôi</h4><ul><li><a href="/pages/gioi-thieu">Giới thiệu</a></li><li><a href="/blogs/tin-tuc">Tin tức</a></li><li><a href="/pages/tuyen-dung">Tuyển dụng</a></li><li><a href="/pages/lien-he">Liên hệ</a></li></ul></div>
<div><h4>Tổng đài</h4><p>Mua hàng: 1900 6868 (8h-21h)<br>Bảo hành: 1900 6869<br>Khiếu nại: 0909 686 868</p></div></div>
<div class="footer-legal"><p>© 2026 Công ty TNHH Thương mại Điện Máy Nhà Việt. Giấy chứng nhận đăng ký doanh nghiệp số 0316 482 137 do Sở Kế hoạch và Đầu tư TP. Hồ Chí Minh cấp lần đầu ngày 12/03/2019.</p>
<p>Địa chỉ: 388 Lý Thường Kiệt, phường Diên Hồng, TP. Hồ Chí Minh. Email: cskh@dienmaynhaviet.test</p>
<p><a href="http://online.gov.vn/Home/WebDetails/000000" rel="nofollow"><img src="//theme.hstatic.example/dathongbao.png" alt="Đã thông báo Bộ Công Thương" width="120"></a></p></div></footer>
{cookie_banner()}
<script src="//theme.hstatic.example/1000412367/1000536021/14/main.js?v=318" defer></script>
</body></html>
"""


def _pcard(p):
    slug, name, price, old, stock = p
    off = round((old - price) * 100 / old)
    return f"""<div class="product-item"><a href="/products/{slug}" class="product-img"><img src="//product.hstatic.example/{slug}.jpg" alt="{esc(name)}"><span class="sale-badge">-{off}%</span></a>
<h3 class="product-name"><a href="/products/{slug}">{esc(name)}</a></h3><div class="product-price"><span class="price">{vnd(price)}</span> <del class="compare-price">{vnd(old)}</del></div>
<div class="product-gift">🎁 Tặng vệ sinh máy 1 năm</div><button class="add-to-cart" data-id="{slug}">Thêm vào giỏ</button></div>"""


def _post_card(p):
    slug, t, d, s = p
    return f'<article class="blog-item"><a href="/blogs/tin-tuc/{slug}"><img src="//file.hstatic.example/blog/{slug}.jpg" alt=""></a><h3><a href="/blogs/tin-tuc/{slug}">{esc(t)}</a></h3><p class="blog-date">{d}</p><p>{esc(s)}</p></article>'


def render(site, page):
    k = page["kind"]
    if k == "home":
        main = f"""<section class="hero-slider"><a href="/blogs/tin-tuc/{POSTS[0][0]}"><img src="//file.hstatic.example/banner-tuan-le-vang.jpg" alt="Tuần lễ vàng điều hòa"></a></section>
<section class="flash-sale"><h2>⚡ Flash sale - Kết thúc sau <span class="countdown" data-end="2026-06-12T23:59:59+07:00">15:29:00</span></h2><div class="product-list">{"".join(_pcard(p) for p in PRODUCTS[:4])}</div></section>
<section class="home-cat"><h2><a href="/collections/dieu-hoa">Điều hòa bán chạy</a></h2><div class="product-list">{"".join(_pcard(p) for p in PRODUCTS[:6])}</div></section>
<section class="home-cat"><h2><a href="/collections/tu-lanh">Tủ lạnh - Máy giặt</a></h2><div class="product-list">{"".join(_pcard(p) for p in PRODUCTS[6:])}</div></section>
<section class="home-blog"><h2><a href="/blogs/tin-tuc">Tin tức - Khuyến mãi</a></h2>{"".join(_post_card(p) for p in POSTS[:3])}</section>"""
        return _shell("Điện Máy Nhà Việt - Điều hòa, tủ lạnh, máy giặt chính hãng giá tốt", "Mua điều hòa, tủ lạnh, máy giặt, tivi chính hãng, giá rẻ, trả góp 0%, giao lắp miễn phí.", "/", main)
    if k == "collection":
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <span>Điều hòa</span></div><h1 class="collection-title">Điều hòa</h1>
<div class="filters"><span>Hãng:</span> <label><input type="checkbox"> CoolMax</label> <label><input type="checkbox"> Arctica</label> <label><input type="checkbox"> PolarBreeze</label>
<span>Công suất:</span> <label><input type="checkbox"> 1 HP</label> <label><input type="checkbox"> 1.5 HP</label> <label><input type="checkbox"> 2 HP</label>
<select name="sort_by"><option value="best-selling">Bán chạy</option><option value="price-ascending">Giá tăng dần</option><option value="price-descending">Giá giảm dần</option></select></div>
<div class="product-list">{"".join(_pcard(p) for p in PRODUCTS[:6])}</div><div class="pagination"><span class="current">1</span> <a href="/collections/dieu-hoa?page=2">2</a></div>"""
        return _shell("Điều hòa - Điện Máy Nhà Việt", "Điều hòa inverter chính hãng giá tốt", "/collections/dieu-hoa", main)
    if k == "product":
        slug, name, price, old, stock = PRODUCTS[0]
        ld = {"@context": "https://schema.org/", "@type": "Product", "name": name, "image": [f"https://product.hstatic.example/{slug}.jpg"], "sku": "CX-10i", "brand": {"@type": "Brand", "name": "CoolMax"},
              "offers": {"@type": "Offer", "url": f"https://{H}/products/{slug}", "priceCurrency": "VND", "price": price, "availability": "https://schema.org/InStock"},
              "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.7", "reviewCount": "218"}}
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/collections/dieu-hoa">Điều hòa</a> / <span>{esc(name)}</span></div>
<div class="product-detail"><div class="gallery"><img src="//product.hstatic.example/{slug}.jpg" alt="{esc(name)}"></div>
<div class="product-info"><h1>{esc(name)}</h1><div class="rating">★★★★★ 4,7 (218 đánh giá)</div>
<div class="price-box"><span class="price">{vnd(price)}</span> <del>{vnd(old)}</del> <span class="tag">Giảm {vnd(old - price)}</span></div>
<div class="promo-box"><h4>Khuyến mãi</h4><ul><li>Tặng gói vệ sinh máy 1 năm</li><li>Trả góp 0% qua thẻ tín dụng</li><li>Miễn phí công lắp đặt nội thành (chưa gồm vật tư)</li></ul></div>
<form action="/cart/add" method="post"><input type="number" name="quantity" value="1" min="1"><button class="btn-buy">MUA NGAY</button> <button class="btn-cart">Thêm vào giỏ hàng</button></form>
<ul class="specs"><li>Công suất làm lạnh: 1 HP - 9.000 BTU</li><li>Phạm vi làm lạnh hiệu quả: dưới 15 m²</li><li>Công nghệ Inverter tiết kiệm điện</li><li>Gas R32</li><li>Bảo hành: 2 năm toàn máy, 10 năm máy nén</li></ul></div></div>
<section class="product-desc"><h2>Đặc điểm nổi bật</h2><p>Điều hòa CoolMax CX-10i sử dụng máy nén Inverter giúp tiết kiệm đến 50% điện năng so với điều hòa thường, vận hành êm với độ ồn chỉ 21 dB ở chế độ ngủ.</p><p>Chế độ làm lạnh nhanh Turbo đưa nhiệt độ phòng về mức cài đặt chỉ sau 3 phút; lưới lọc bụi mịn kháng khuẩn có thể tháo rời vệ sinh dễ dàng.</p></section>
<section class="reviews"><h2>Đánh giá sản phẩm</h2><div class="review"><b>Chị Hoa (Gò Vấp)</b> ★★★★★<p>Máy chạy êm, lắp nhanh, nhân viên nhiệt tình.</p></div><div class="review"><b>Anh Tuấn</b> ★★★★☆<p>Làm lạnh tốt, giao hàng hơi trễ 1 ngày.</p></div></section>"""
        return _shell(name + " | Điện Máy Nhà Việt", f"{name} giá {vnd(price)}, trả góp 0%, giao lắp miễn phí.", "/products/" + slug, main, jsonld(ld))
    if k == "blog":
        main = f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <span>Tin tức</span></div><h1>Tin tức</h1><div class="blog-tabs"><a class="on" href="/blogs/tin-tuc">Tất cả</a> <a href="/blogs/tin-tuc/tagged/khuyen-mai">Khuyến mãi</a> <a href="/blogs/tin-tuc/tagged/tu-van">Tư vấn chọn mua</a> <a href="/blogs/tin-tuc/tagged/tin-cong-ty">Tin công ty</a></div><div class="blog-list">{"".join(_post_card(p) for p in POSTS)}</div>'
        return _shell("Tin tức - Điện Máy Nhà Việt", "Tin khuyến mãi, tư vấn chọn mua điện máy", "/blogs/tin-tuc", main)
    slug, t, d, s = POSTS[3]
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": t, "datePublished": "2026-05-28T09:00:00+07:00",
          "author": {"@type": "Organization", "name": "Điện Máy Nhà Việt"}, "publisher": {"@type": "Organization", "name": "Điện Máy Nhà Việt"}}
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/blogs/tin-tuc">Tin tức</a> / <span>{esc(t)}</span></div>
<article class="article-detail"><h1>{esc(t)}</h1><div class="article-meta">Đăng bởi: Điện Máy Nhà Việt · {d}</div>
<div class="article-content"><p><strong>{esc(s)}</strong></p>
<p>Theo Báo Kinh Tế Ngày Nay, nắng nóng kéo dài trên diện rộng từ đầu tháng 5 khiến sức mua điều hòa tại các hệ thống điện máy tăng 80-120% so với cùng kỳ năm trước, trong đó các mẫu 1 HP và 1.5 HP chiếm hơn 70% doanh số.</p>
<p>Tại Điện Máy Nhà Việt, lượng đơn đặt điều hòa trong tháng 5 tăng gấp đôi. Để đáp ứng nhu cầu, chúng tôi đã tăng cường 40 đội kỹ thuật lắp đặt, cam kết giao lắp trong 24 giờ tại nội thành TP. Hồ Chí Minh.</p>
<h2>Mẹo chọn điều hòa tiết kiệm điện</h2><ul><li>Chọn máy Inverter nếu dùng trên 6 giờ mỗi ngày.</li><li>Chọn công suất phù hợp với diện tích phòng.</li><li>Vệ sinh lưới lọc 2-3 tuần một lần.</li></ul>
<p>Đừng bỏ lỡ <a href="/blogs/tin-tuc/{POSTS[0][0]}">Tuần lễ vàng điều hòa</a> với ưu đãi đến 35% và quà tặng hấp dẫn!</p>
<div class="product-list">{"".join(_pcard(p) for p in PRODUCTS[:3])}</div></div></article>
<section class="related-posts"><h3>Bài viết liên quan</h3>{"".join(_post_card(p) for p in POSTS[:2])}</section>"""
    return _shell(t + " - Điện Máy Nhà Việt", s, "/blogs/tin-tuc/" + slug, main, jsonld(ld))


PAGES = [
    {"kind": "home", "path": "/"},
    {"kind": "collection", "path": "/collections/dieu-hoa"},
    {"kind": "product", "path": "/products/" + PRODUCTS[0][0]},
    {"kind": "blog", "path": "/blogs/tin-tuc"},
    {"kind": "post", "path": "/blogs/tin-tuc/" + POSTS[3][0]},
]
