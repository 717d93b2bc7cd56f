"""giacanongsan.example: farm-price aggregator on WordPress (GeneratePress) with no licence footer.
Every post is a quoted market report with 'Nguồn: Báo ...', the original time and a link."""
from common import Page, esc, jsonld, paras

SITE = {
    "site": "giacanongsan.example",
    "class": "aggregator",
    "kind": "lawful-aggregator",
    "licence_number": "-",
    "licence_kind": "-",
    "issuer": "-",
    "content_type": "text/html; charset=UTF-8",
    "notes": ("Farm-price aggregator that shows no licence anywhere (only '© 2026' and a contact email): a DSP/registry finding, "
              "not a press signal. Every post is a quoted daily price report ending 'Nguồn: Báo ...' with the original time and a "
              "link, from three press sources; author 'admin', no own reporting, comments closed (the text 'Bình luận đã bị "
              "đóng.' is present). Daily 'Giá ... hôm nay' titles look like a news cadence."),
}

BASE = "https://giacanongsan.example"
SEC = BASE + "/chuyen-muc/ca-phe-ho-tieu"
A_CF = BASE + "/gia-ca-phe-hom-nay-15-9-2026-tang-tiep-700-dong-kg.html"
A_LUA = BASE + "/gia-lua-gao-hom-nay-15-9-2026-lua-thu-dong-duoc-hoi-mua-som.html"

CSS = """
body{background:#f7f8f9;color:#222;font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:17px;line-height:1.6;margin:0}
.site-header{background:#2e7d32}.inside-header{max-width:1100px;margin:0 auto;padding:14px 20px;display:flex;justify-content:space-between;align-items:center}
.main-title a{color:#fff;font-size:26px;font-weight:700;text-decoration:none}.site-description{color:#d7f0d8;font-size:14px}
.main-navigation ul{display:flex;list-style:none;margin:0;padding:0}.main-navigation a{color:#fff;padding:0 14px;text-decoration:none}
.site-content{max-width:1100px;margin:20px auto;display:flex;gap:30px}.content-area{flex:1}.widget-area{width:300px}
.inside-article{background:#fff;padding:24px 30px;margin-bottom:20px}.entry-meta{font-size:14px;color:#777}
table.gia{border-collapse:collapse;width:100%}table.gia td,table.gia th{border:1px solid #ddd;padding:6px 10px}
.nguon{background:#f1f8e9;border-left:4px solid #2e7d32;padding:10px 14px;font-size:15px}
.site-footer{background:#222;color:#aaa;text-align:center;padding:18px;font-size:14px}
"""

MENU = [("/", "Trang chủ"), ("/chuyen-muc/ca-phe-ho-tieu", "Cà phê - Hồ tiêu"), ("/chuyen-muc/lua-gao", "Lúa gạo"),
        ("/chuyen-muc/rau-qua", "Rau quả"), ("/chuyen-muc/chan-nuoi", "Chăn nuôi"), ("/chuyen-muc/thuy-san", "Thủy sản"),
        ("/chuyen-muc/phan-bon-vat-tu", "Phân bón - Vật tư")]


def layout(title, content, url, body_class, head_extra=""):
    nav = "\n".join('<li class="menu-item"><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in MENU)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{esc(title)}</title>
<meta name='robots' content='index, follow' />
<link rel="canonical" href="{url}" />
{head_extra}
<link rel='stylesheet' id='generate-style-css' href='{BASE}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />
<style id='generate-style-inline-css'>{CSS}</style>
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="{body_class} wp-embed-responsive right-sidebar nav-float-right one-container header-aligned-left" itemtype="https://schema.org/WebPage" itemscope>
<header class="site-header" id="masthead" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="{BASE}/" rel="home">Giá Cả Nông Sản</a></p>
<p class="site-description" itemprop="description">Cập nhật giá nông sản mỗi ngày từ các báo</p></div>
<nav class="main-navigation" id="site-navigation"><div class="inside-navigation"><ul id="menu-menu-chinh" class="menu sf-menu">
{nav}
</ul></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
{content}
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>
<li><a href="{A_CF}">Giá cà phê hôm nay 15/9/2026: Tăng tiếp 700 đồng/kg</a></li>
<li><a href="{A_LUA}">Giá lúa gạo hôm nay 15/9/2026: Lúa thu đông được hỏi mua sớm</a></li>
<li><a href="{BASE}/gia-heo-hoi-hom-nay-15-9-2026-di-ngang-o-ca-ba-mien.html">Giá heo hơi hôm nay 15/9/2026: Đi ngang ở cả ba miền</a></li>
<li><a href="{BASE}/gia-na-tai-vuon-cao-hon-cung-ky-nam-truoc.html">Giá na tại vườn cao hơn cùng kỳ năm trước</a></li>
</ul></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar">© 2026 Giá Cả Nông Sản · Thông tin giá cả được trích dẫn từ các báo, ghi rõ nguồn ở cuối mỗi bài · Liên hệ: lienhe.giacanongsan@mail.example</div></div>
</footer></div>
<script id="generate-menu-js" src="{BASE}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
</body>
</html>
"""


def post(url, pid, cat, title, date_iso, date_txt, body):
    head = f"""<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{url}" />
<meta property="article:published_time" content="{date_iso}" />
""" + jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "BlogPosting", "@id": url + "#article", "headline": title, "datePublished": date_iso,
         "author": {"@type": "Person", "name": "admin"}, "mainEntityOfPage": url,
         "publisher": {"@type": "Organization", "name": "Giá Cả Nông Sản"}}]})
    content = f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{date_iso}" itemprop="datePublished">{date_txt}</time></span> <span class="byline">bởi <span class="author vcard"><a class="url fn n" href="{BASE}/author/admin" rel="author"><span class="author-name" itemprop="name">admin</span></a></span></span></div>
</header>
<div class="entry-content" itemprop="text">
{body}
</div>
<footer class="entry-meta"><span class="cat-links">Chuyên mục: <a href="#" rel="category tag">{esc(cat)}</a></span></footer>
</div></article>
<div class="comments-area"><p class="no-comments">Bình luận đã bị đóng.</p></div>"""
    return layout(title + " - Giá Cả Nông Sản", content, url,
                  "post-template-default single single-post postid-%d single-format-standard" % pid, head)


CF_BODY = """
<p><em>Giá cà phê nhân xô tại các tỉnh Tây Nguyên sáng nay tiếp tục tăng 600-700 đồng/kg, dao động quanh mức 118.500-119.600 đồng/kg. Giá tiêu đi ngang.</em></p>

Thị trường trong nước sáng 15/9 ghi nhận giá cà phê tăng phiên thứ ba liên tiếp theo đà đi lên của hai sàn giao dịch thế giới. Mức thu mua cao nhất tại khu vực Tây Nguyên đạt khoảng 119.600 đồng/kg; khu vực có giá thấp nhất cũng đạt 118.500 đồng/kg.

<table class="gia"><tr><th>Khu vực</th><th>Giá thu mua (đồng/kg)</th><th>Thay đổi</th></tr>
<tr><td>Khu vực 1</td><td>119.600</td><td>+700</td></tr>
<tr><td>Khu vực 2</td><td>119.300</td><td>+600</td></tr>
<tr><td>Khu vực 3</td><td>118.900</td><td>+700</td></tr>
<tr><td>Khu vực 4</td><td>118.500</td><td>+600</td></tr></table>

Trên thị trường thế giới, kết thúc phiên giao dịch gần nhất, giá cà phê Robusta kỳ hạn giao tháng 11 tăng 1,8%; giá Arabica cũng tăng nhẹ do lo ngại thời tiết khô hạn tại một số vùng trồng lớn ở Nam Mỹ. Lượng tồn kho đạt chuẩn trên sàn tiếp tục giảm.

Các doanh nghiệp xuất khẩu cho biết nhu cầu mua hàng giao vụ mới khá tốt, song nông dân vẫn thận trọng, chỉ bán ra lượng nhỏ để chờ giá. Vụ thu hoạch mới dự kiến bắt đầu từ cuối tháng 10 tại các vùng có độ cao thấp.

Đối với hồ tiêu, giá thu mua tại các địa phương hôm nay ổn định trong khoảng 142.000-145.000 đồng/kg.

<p class="nguon">Nguồn: <strong>Báo Lúa Vàng</strong> - bài "Giá cà phê hôm nay 15/9: Tăng phiên thứ ba liên tiếp", đăng lúc 05:50 ngày 15/09/2026. Xem bài gốc: <a href="https://luavang.example/thi-truong/gia-ca-phe-hom-nay-15-9-tang-phien-thu-ba-lien-tiep-90342.htm" rel="nofollow" target="_blank">luavang.example</a></p>
"""

LUA_BODY = """
<p><em>Tại Đồng bằng sông Cửu Long, giá lúa gạo hôm nay nhìn chung ổn định; một số địa phương ghi nhận thương lái đặt cọc sớm lúa thu đông.</em></p>

Theo khảo sát tại các tỉnh trọng điểm lúa, giá lúa tươi loại thường dao động 6.200-6.600 đồng/kg, lúa chất lượng cao 7.000-7.400 đồng/kg. Ở một số cánh đồng lúa thu đông sắp thu hoạch, thương lái đã vào đặt cọc với giá cao hơn vụ trước khoảng 200 đồng/kg.

Trên thị trường gạo nguyên liệu, gạo nguyên liệu loại thường được giao dịch quanh mức 9.100-9.300 đồng/kg; phụ phẩm như tấm, cám ổn định. Các kho cho biết lượng gạo về ít, giao dịch chậm do nhiều doanh nghiệp đang chờ đơn hàng mới.

Về xuất khẩu, giá gạo 5% tấm của Việt Nam được chào bán ở mức 398-402 USD/tấn, nhích nhẹ so với tuần trước, khi nhu cầu từ một số thị trường châu Á và châu Phi phục hồi.

Ngành nông nghiệp khuyến cáo nông dân không nên bán lúa non khi chưa rõ chất lượng, đồng thời lưu ý hợp đồng đặt cọc phải ghi rõ giá, thời điểm thu hoạch và trách nhiệm của các bên để tránh tranh chấp khi giá biến động.

<p class="nguon">Nguồn: <strong>Báo Kinh tế Bình Nguyên</strong>, đăng lúc 06:20 ngày 15/09/2026 - <a href="https://kinhtebinhnguyen.example/thi-truong/gia-lua-gao-15-9-lua-thu-dong-duoc-dat-coc-som-post228960.html" rel="nofollow" target="_blank">Xem bài gốc</a></p>
"""


def excerpt(href, title, date, text, src):
    return f"""<article class="post type-post status-publish"><div class="inside-article">
<header class="entry-header"><h2 class="entry-title"><a href="{href}" rel="bookmark">{esc(title)}</a></h2>
<div class="entry-meta"><time class="entry-date published">{date}</time></div></header>
<div class="entry-summary"><p>{esc(text)} <em>Nguồn: {esc(src)}</em></p></div>
<a class="read-more" href="{href}">Xem chi tiết</a></div></article>"""


ITEMS = [
    (A_CF, "Giá cà phê hôm nay 15/9/2026: Tăng tiếp 700 đồng/kg", "15/09/2026",
     "Giá cà phê nhân xô tại Tây Nguyên tăng phiên thứ ba liên tiếp, cao nhất khoảng 119.600 đồng/kg.", "Báo Lúa Vàng"),
    (A_LUA, "Giá lúa gạo hôm nay 15/9/2026: Lúa thu đông được hỏi mua sớm", "15/09/2026",
     "Thương lái đặt cọc lúa thu đông cao hơn vụ trước khoảng 200 đồng/kg.", "Báo Kinh tế Bình Nguyên"),
    (BASE + "/gia-heo-hoi-hom-nay-15-9-2026-di-ngang-o-ca-ba-mien.html", "Giá heo hơi hôm nay 15/9/2026: Đi ngang ở cả ba miền", "15/09/2026",
     "Giá heo hơi dao động 58.000-63.000 đồng/kg, chưa có biến động mới.", "Báo Lúa Vàng"),
    (BASE + "/gia-na-tai-vuon-cao-hon-cung-ky-nam-truoc.html", "Giá na tại vườn cao hơn cùng kỳ năm trước", "14/09/2026",
     "Na chín sớm, thương lái thu mua tại vườn 45.000-60.000 đồng/kg.", "Báo Vân Lĩnh"),
    (BASE + "/gia-ho-tieu-hom-nay-14-9-2026-on-dinh.html", "Giá hồ tiêu hôm nay 14/9/2026: Ổn định", "14/09/2026",
     "Hồ tiêu giữ mức 142.000-145.000 đồng/kg tại các vùng trồng chính.", "Báo Lúa Vàng"),
    (BASE + "/gia-phan-ure-tang-nhe-truoc-vu-dong-xuan.html", "Giá phân urê tăng nhẹ trước vụ đông xuân", "13/09/2026",
     "Các đại lý điều chỉnh giá urê tăng 20.000-30.000 đồng/bao.", "Báo Kinh tế Bình Nguyên"),
]


def pages():
    home = '<h1 class="page-title" style="font-size:20px">Bài viết mới nhất</h1>\n' + "\n".join(excerpt(*i) for i in ITEMS)
    yield Page(BASE + "/", layout("Giá Cả Nông Sản - Cập nhật giá nông sản mỗi ngày", home, BASE + "/", "home blog",
                                   '<meta property="og:type" content="website" />'))
    cf_items = [ITEMS[0], ITEMS[4],
                (BASE + "/gia-ca-phe-hom-nay-12-9-2026-quay-dau-tang.html", "Giá cà phê hôm nay 12/9/2026: Quay đầu tăng", "12/09/2026",
                 "Sau hai phiên giảm, giá cà phê trong nước tăng trở lại 300-400 đồng/kg.", "Báo Lúa Vàng"),
                (BASE + "/xuat-khau-ca-phe-8-thang-dat-kim-ngach-cao-ky-luc.html", "Xuất khẩu cà phê 8 tháng đạt kim ngạch cao kỷ lục", "11/09/2026",
                 "Khối lượng giảm nhưng giá xuất khẩu bình quân tăng mạnh.", "Báo Kinh tế Bình Nguyên"),
                (BASE + "/nong-dan-tay-nguyen-chuan-bi-thu-hoach-ca-phe-vu-moi.html", "Nông dân Tây Nguyên chuẩn bị thu hoạch cà phê vụ mới", "10/09/2026",
                 "Nhiều nhà vườn sửa sân phơi, mua bạt, thuê máy sấy từ sớm.", "Báo Lúa Vàng")]
    sec = '<header class="page-header"><h1 class="page-title">Chuyên mục: <span>Cà phê - Hồ tiêu</span></h1></header>\n' + \
        "\n".join(excerpt(*i) for i in cf_items)
    yield Page(SEC, layout("Cà phê - Hồ tiêu - Giá Cả Nông Sản", sec, SEC, "archive category category-ca-phe-ho-tieu"))
    yield Page(A_CF, post(A_CF, 9182, "Cà phê - Hồ tiêu", "Giá cà phê hôm nay 15/9/2026: Tăng tiếp 700 đồng/kg",
                          "2026-09-15T07:05:00+07:00", "15/09/2026", paras(CF_BODY)))
    yield Page(A_LUA, post(A_LUA, 9183, "Lúa gạo", "Giá lúa gạo hôm nay 15/9/2026: Lúa thu đông được hỏi mua sớm",
                           "2026-09-15T07:40:00+07:00", "15/09/2026", paras(LUA_BODY)))
