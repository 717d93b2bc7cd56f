"""noithatmocan.test (served as www.): furniture shop on a Haravan-like platform.
'Tin tức' blog with og:type article and BlogPosting JSON-LD; one post cites a newspaper."""
from common import Page, esc, jsonld, paras

SITE = {
    "site": "noithatmocan.test",
    "class": "other",
    "kind": "shop",
    "licence_number": "-",
    "licence_kind": "-",
    "issuer": "-",
    "notes": ("Furniture e-commerce shop (www.) with a 'Tin tức' blog: posts have og:type article, BlogPosting JSON-LD, an "
              "author and dates, and one post quotes 'Theo Báo Kinh tế Bình Nguyên'; the footer has a business-registration "
              "number 'do Sở Kế hoạch và Đầu tư ... cấp ngày ...' (not an information licence) and the Bộ Công Thương badge. "
              "Sells products: cart, prices, Product JSON-LD."),
}

BASE = "https://www.noithatmocan.test"
COL = BASE + "/collections/ban-an"
PROD = BASE + "/products/ban-an-go-soi-6-ghe-mc214"
BLOG = BASE + "/blogs/tin-tuc"
POST = BASE + "/blogs/tin-tuc/xu-huong-noi-that-go-tu-nhien-mua-thu-2026"

CSS = """
body{font-family:"Quicksand",Arial,sans-serif;margin:0;color:#3b2f2a;background:#fff}
.header-top{background:#5b3a29;color:#f3e6d8;font-size:13px;padding:6px 0;text-align:center}
.header-main{display:flex;align-items:center;justify-content:space-between;max-width:1200px;margin:0 auto;padding:12px 15px}
.header-main .logo img{height:54px}.main-menu{border-top:1px solid #eee;border-bottom:1px solid #eee}
.main-menu ul{display:flex;justify-content:center;list-style:none;margin:0;padding:0}.main-menu a{display:block;padding:12px 18px;color:#3b2f2a;text-decoration:none;font-weight:600;text-transform:uppercase;font-size:13px}
.container{max-width:1200px;margin:0 auto;padding:0 15px}.product-grid{display:grid;grid-template-columns:repeat(4,1fr);gap:20px}
.product-item .price{color:#c0392b;font-weight:700}.product-item .compare{text-decoration:line-through;color:#999;font-size:13px}
.btn-cart{background:#5b3a29;color:#fff;border:0;padding:12px 24px;text-transform:uppercase}.article-content p{line-height:1.75}
.footer{background:#2f211a;color:#d8c9bb;padding:30px 0;margin-top:40px;font-size:13px}
"""


def layout(title, content, url, template, head_extra="", og_type="website"):
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<title>{esc(title)}</title>
<link rel="canonical" href="{url}" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Nội Thất Mộc An" />
{head_extra}
<link href="//theme.hstatic.example/1000412/1000918/2026/09/theme.scss.css?v=284" rel="stylesheet" />
<style>{CSS}</style>
<script>var Haravan = Haravan || {{}}; Haravan.shop = "noithatmocan.myharavan.example"; Haravan.template = "{template}";</script>
</head>
<body class="template-{template}">
<div class="header-top">Miễn phí vận chuyển nội thành Hà Nội cho đơn từ 5 triệu · Hotline 1900.6xx.xxx</div>
<header class="header-main">
<a class="logo" href="/"><img src="//theme.hstatic.example/1000412/logo.png" alt="Nội Thất Mộc An" /></a>
<form action="/search" class="search-form"><input name="q" placeholder="Tìm sản phẩm..." /></form>
<div class="header-cart"><a href="/cart">Giỏ hàng (<span class="cart-count">0</span>)</a> · <a href="/account/login">Tài khoản</a></div>
</header>
<nav class="main-menu"><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/collections/phong-khach">Phòng khách</a></li><li><a href="/collections/ban-an">Bàn ăn</a></li>
<li><a href="/collections/phong-ngu">Phòng ngủ</a></li><li><a href="/collections/sale">Khuyến mãi</a></li>
<li><a href="/blogs/tin-tuc">Tin tức</a></li><li><a href="/pages/showroom">Hệ thống showroom</a></li><li><a href="/pages/lien-he">Liên hệ</a></li>
</ul></nav>
<main class="container">
{content}
</main>
<footer class="footer"><div class="container">
<p><b>CÔNG TY TNHH NỘI THẤT MỘC AN</b></p>
<p>Giấy chứng nhận đăng ký doanh nghiệp số 0109558214 do Sở Kế hoạch và Đầu tư TP. Hà Nội cấp ngày 12/02/2019</p>
<p>Showroom: 212 đường Nguyễn Trãi, phường Thanh Xuân, Hà Nội · Xưởng sản xuất: Cụm công nghiệp làng nghề Mộc Khê, tỉnh Hòa Khê</p>
<p>Chính sách: <a href="/pages/doi-tra">Đổi trả</a> · <a href="/pages/bao-hanh">Bảo hành 24 tháng</a> · <a href="/pages/van-chuyen">Vận chuyển</a> · <a href="/pages/thanh-toan">Thanh toán</a></p>
<p><a href="http://online.gov.vn/Home/WebDetails/118442"><img src="//theme.hstatic.example/1000412/logo-bct.png" alt="Đã thông báo Bộ Công Thương" width="130" /></a></p>
<p>© Bản quyền thuộc về Nội Thất Mộc An | Cung cấp bởi Haravan</p>
</div></footer>
<script src="//theme.hstatic.example/1000412/1000918/2026/09/scripts.js?v=284"></script>
</body>
</html>
"""


PRODUCTS = [
    ("/products/ban-an-go-soi-6-ghe-mc214", "Bàn ăn gỗ sồi 6 ghế MC214", "14.900.000₫", "17.500.000₫"),
    ("/products/ban-an-mat-da-sintered-4-ghe-mc231", "Bàn ăn mặt đá sintered 4 ghế MC231", "12.400.000₫", ""),
    ("/products/ban-an-tron-go-oc-cho-mc207", "Bàn ăn tròn gỗ óc chó MC207", "21.800.000₫", "24.000.000₫"),
    ("/products/ban-an-gap-thong-minh-mc198", "Bàn ăn gấp thông minh MC198", "6.900.000₫", ""),
    ("/products/ghe-an-boc-ni-mc-g12", "Ghế ăn bọc nỉ MC-G12", "1.350.000₫", "1.590.000₫"),
    ("/products/ban-an-go-cao-su-mc190", "Bàn ăn gỗ cao su 4 ghế MC190", "5.600.000₫", ""),
    ("/products/tu-ruou-go-soi-mc-t05", "Tủ rượu gỗ sồi MC-T05", "9.800.000₫", ""),
    ("/products/bo-ban-an-8-ghe-mc250", "Bộ bàn ăn 8 ghế mặt gỗ nguyên tấm MC250", "32.500.000₫", "36.000.000₫"),
]


def grid(items):
    return '<div class="product-grid">\n' + "\n".join(
        f"""<div class="product-item"><a href="{h}"><img src="//product.hstatic.example/1000412/{h.rsplit('-', 1)[1]}_medium.jpg" alt="{esc(t)}" /></a>
<h3><a href="{h}">{esc(t)}</a></h3><span class="price">{p}</span> <span class="compare">{c}</span></div>""" for h, t, p, c in items) + "\n</div>"


POST_BODY = """
Khi những cơn gió heo may bắt đầu về, nhiều gia đình lại có nhu cầu làm mới không gian sống. Năm nay, nội thất gỗ tự nhiên với tông màu ấm, đường nét tối giản tiếp tục là lựa chọn được khách hàng của Mộc An quan tâm nhiều nhất.

<h2>1. Gỗ sồi và óc chó lên ngôi</h2>

Gỗ sồi có vân đẹp, màu sáng, dễ phối với nhiều phong cách; gỗ óc chó lại mang vẻ sang trọng với sắc nâu trầm. Tại showroom Mộc An, các mẫu bàn ăn gỗ sồi 6 ghế chiếm hơn 40% đơn hàng trong tháng 8.

<h2>2. Bề mặt hoàn thiện gốc nước</h2>

Khách hàng ngày càng quan tâm đến sức khỏe, vì vậy sơn gốc nước ít mùi, không chứa formaldehyde đang thay thế dần sơn PU truyền thống. Toàn bộ sản phẩm của xưởng Mộc An từ năm 2025 đều hoàn thiện bằng sơn gốc nước.

<h2>3. Thị trường đồ gỗ nội địa đang phục hồi</h2>

Theo Báo Kinh tế Bình Nguyên, sức mua đồ gỗ nội thất trong nước 8 tháng đầu năm 2026 tăng khoảng 12% so với cùng kỳ, trong đó phân khúc gỗ tự nhiên tầm trung tăng mạnh nhất nhờ thị trường căn hộ bàn giao mới. Đây cũng là xu hướng chúng tôi ghi nhận tại các showroom.

<h2>4. Gợi ý cho gia đình bạn</h2>

Nếu căn hộ có diện tích phòng ăn dưới 12 m², bạn nên chọn bàn tròn hoặc bàn chữ nhật 1m4 kèm 4 ghế; phòng rộng hơn có thể dùng bàn 1m6-1m8 cho 6 người. Đừng quên để khoảng trống tối thiểu 80 cm quanh bàn để di chuyển thoải mái.

<p><em>Ghé showroom Mộc An tại 212 Nguyễn Trãi để trải nghiệm trực tiếp và nhận ưu đãi mùa thu giảm đến 15% đến hết 30/9/2026.</em></p>
"""


def pages():
    home = """<section class="slider"><a href="/collections/sale"><img src="//theme.hstatic.example/1000412/slide_1.jpg" alt="Ưu đãi mùa thu - giảm đến 15%" width="1170" /></a></section>
<h2 class="section-title">Sản phẩm bán chạy</h2>
""" + grid(PRODUCTS[:8]) + f"""
<h2 class="section-title">Tin tức &amp; cảm hứng</h2>
<div class="blog-home"><div class="article-item"><a href="{POST}">Xu hướng nội thất gỗ tự nhiên mùa thu 2026</a> <span>14/09/2026</span></div>
<div class="article-item"><a href="{BLOG}/cach-bao-quan-ban-an-go-khi-troi-nom">Cách bảo quản bàn ăn gỗ khi trời nồm</a> <span>05/09/2026</span></div>
<div class="article-item"><a href="{BLOG}/moc-an-khai-truong-showroom-thu-ba">Mộc An khai trương showroom thứ ba</a> <span>28/08/2026</span></div></div>"""
    yield Page(BASE + "/", layout("Nội Thất Mộc An - Nội thất gỗ tự nhiên cho gia đình Việt", home, BASE + "/", "index"))
    col = """<h1 class="collection-title">Bàn ăn</h1>
<div class="collection-filter">Sắp xếp: <select><option>Mới nhất</option><option>Giá tăng dần</option><option>Giá giảm dần</option></select> · Chất liệu: <label><input type="checkbox"> Gỗ sồi</label> <label><input type="checkbox"> Gỗ óc chó</label> <label><input type="checkbox"> Mặt đá</label></div>
""" + grid([PRODUCTS[i] for i in (0, 1, 2, 3, 5, 7)]) + """
<div class="pagination"><span class="current">1</span> <a href="/collections/ban-an?page=2">2</a></div>"""
    yield Page(COL, layout("Bàn ăn - Nội Thất Mộc An", col, COL, "collection"))
    pld = jsonld({"@context": "https://schema.org/", "@type": "Product", "name": "Bàn ăn gỗ sồi 6 ghế MC214",
                  "image": ["https://product.hstatic.example/1000412/mc214_grande.jpg"], "sku": "MC214",
                  "brand": {"@type": "Brand", "name": "Mộc An"},
                  "offers": {"@type": "Offer", "priceCurrency": "VND", "price": "14900000", "availability": "https://schema.org/InStock",
                             "url": PROD}})
    prod = f"""<div class="product-detail" style="display:flex;gap:30px">
<div class="product-gallery"><img src="//product.hstatic.example/1000412/mc214_grande.jpg" alt="Bàn ăn gỗ sồi 6 ghế MC214" width="560" /></div>
<div class="product-info"><h1>Bàn ăn gỗ sồi 6 ghế MC214</h1><div>Mã: MC214 · Tình trạng: Còn hàng</div>
<div class="price-box"><span class="price" style="font-size:26px;color:#c0392b">14.900.000₫</span> <del>17.500.000₫</del> <span class="sale">-15%</span></div>
<ul><li>Kích thước bàn: 1600 x 900 x 750 mm</li><li>Chất liệu: gỗ sồi Mỹ tự nhiên, sơn gốc nước</li><li>Bộ gồm 1 bàn + 6 ghế nệm bọc vải chống thấm</li><li>Bảo hành 24 tháng, miễn phí lắp đặt nội thành</li></ul>
<form action="/cart/add" method="post"><input type="hidden" name="id" value="1094418823" /><input type="number" name="quantity" value="1" min="1" /> <button class="btn-cart" type="submit">Thêm vào giỏ</button> <button class="btn-cart" name="buynow">Mua ngay</button></form>
</div></div>
<div class="product-description"><h2>Mô tả sản phẩm</h2>
<p>Bàn ăn MC214 được làm từ gỗ sồi Mỹ sấy đạt độ ẩm 10-12%, chân bàn vát thon nhẹ, mặt bàn ghép thanh lớn giữ được vân gỗ tự nhiên. Ghế có tựa lưng cong ôm theo cột sống, đệm mút D40 bọc vải chống thấm dễ vệ sinh.</p>
<p>Phù hợp phòng ăn từ 12 m² trở lên, phong cách Scandinavian, Japandi hoặc hiện đại.</p></div>
<div class="product-reviews"><h2>Đánh giá (18)</h2><p>★★★★★ “Giao đúng hẹn, lắp đặt nhanh, gỗ đẹp hơn ảnh.” - chị Thảo, Cầu Giấy</p><p>★★★★☆ “Ghế hơi cao so với nhà mình nhưng được đổi miễn phí.” - anh Dũng, Long Biên</p></div>"""
    yield Page(PROD, layout("Bàn ăn gỗ sồi 6 ghế MC214 - Nội Thất Mộc An", prod, PROD, "product",
                            pld + '\n<meta property="product:price:amount" content="14900000" />\n<meta property="product:price:currency" content="VND" />', "product"))
    blog = f"""<h1>Tin tức</h1>
<div class="blog-list">
<article class="blog-item"><h2><a href="{POST}">Xu hướng nội thất gỗ tự nhiên mùa thu 2026</a></h2><div class="meta">Đăng bởi Mộc An · 14/09/2026</div><p>Gỗ sồi, óc chó và sơn gốc nước là ba từ khóa của mùa thu năm nay...</p></article>
<article class="blog-item"><h2><a href="{BLOG}/cach-bao-quan-ban-an-go-khi-troi-nom">Cách bảo quản bàn ăn gỗ khi trời nồm</a></h2><div class="meta">Đăng bởi Mộc An · 05/09/2026</div><p>Giữ phòng thông thoáng, lau khô mặt bàn và tránh đặt đồ nóng trực tiếp...</p></article>
<article class="blog-item"><h2><a href="{BLOG}/moc-an-khai-truong-showroom-thu-ba">Mộc An khai trương showroom thứ ba</a></h2><div class="meta">Đăng bởi Mộc An · 28/08/2026</div><p>Showroom mới rộng 600 m² tại Long Biên chính thức đón khách từ ngày 29/8...</p></article>
<article class="blog-item"><h2><a href="{BLOG}/goi-y-chon-sofa-cho-can-ho-nho">Gợi ý chọn sofa cho căn hộ nhỏ</a></h2><div class="meta">Đăng bởi Mộc An · 18/08/2026</div><p>Sofa văng 1m8, chân cao và màu sáng giúp phòng khách nhỏ trông rộng hơn...</p></article>
</div>"""
    yield Page(BLOG, layout("Tin tức - Nội Thất Mộc An", blog, BLOG, "blog"))
    ld = jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Xu hướng nội thất gỗ tự nhiên mùa thu 2026",
                 "datePublished": "2026-09-14T10:00:00+07:00", "author": {"@type": "Person", "name": "Mộc An"},
                 "publisher": {"@type": "Organization", "name": "Nội Thất Mộc An"}, "mainEntityOfPage": POST})
    art = f"""<article class="article-detail"><h1>Xu hướng nội thất gỗ tự nhiên mùa thu 2026</h1>
<div class="meta">Người viết: Mộc An · 14/09/2026 · Chuyên mục: <a href="{BLOG}">Tin tức</a></div>
<div class="article-content">
{paras(POST_BODY)}
</div>
<div class="related-products"><h3>Sản phẩm nhắc đến trong bài</h3>{grid(PRODUCTS[:2])}</div>
</article>"""
    yield Page(POST, layout("Xu hướng nội thất gỗ tự nhiên mùa thu 2026 - Nội Thất Mộc An", art, POST, "article",
                            ld + '\n<meta property="article:published_time" content="2026-09-14T10:00:00+07:00" />', "article"))
