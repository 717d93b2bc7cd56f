"""bvdktaylinh.test: regional general hospital on WordPress (Flatsome theme).
'Tin tức' with NewsArticle JSON-LD, og:type article, bylines, a comment form; medical
operating licence in the footer. One post is stored NFD (decomposed)."""
import unicodedata

from common import Page, esc, jsonld, paras

SITE = {
    "site": "bvdktaylinh.test",
    "class": "other",
    "kind": "hospital",
    "licence_number": "-",
    "licence_kind": "-",
    "issuer": "-",
    "content_type": "text/html; charset=UTF-8",
    "notes": ("Regional hospital (WordPress/Flatsome): 'Tin tức' menu with Tin hoạt động / Tin y tế / Góc sức khỏe, posts with "
              "NewsArticle JSON-LD (Yoast-style graph), og:type article, 'Phòng Công tác xã hội' bylines, view counts and a "
              "WordPress comment form; the footer's 'Giấy phép hoạt động khám bệnh, chữa bệnh số 146/VL-GPHĐ do Sở Y tế ... "
              "cấp ngày ...' is a medical licence, not an information licence. The dengue post is stored in NFD."),
}

BASE = "https://bvdktaylinh.test"
CAT = BASE + "/chuyen-muc/tin-tuc/tin-hoat-dong"
P1 = BASE + "/phau-thuat-noi-soi-cap-cuu-thanh-cong-cho-cu-ong-89-tuoi-bi-thung-da-day.html"
P2 = BASE + "/khuyen-cao-phong-chong-sot-xuat-huyet-trong-mua-mua.html"

CSS = """
body{font-family:"Roboto",sans-serif;color:#333;margin:0}.header-top{background:#0072bc;color:#fff;font-size:13px;padding:6px 0}
.header-main{height:90px;display:flex;align-items:center}.container{max-width:1170px;margin:0 auto;padding:0 15px}
.nav-main{display:flex;list-style:none;margin:0 0 0 auto;padding:0}.nav-main>li>a{display:block;padding:0 14px;line-height:90px;color:#0a3a63;font-weight:700;text-decoration:none;text-transform:uppercase;font-size:14px}
.page-title-inner{background:#e9f4fb;padding:20px 0}.entry-title{color:#0a3a63}.entry-content p{line-height:1.75}
.post-item{display:flex;gap:18px;padding:14px 0;border-bottom:1px solid #eee}.post-meta{color:#888;font-size:13px}
.comment-respond textarea{width:100%;height:120px}.footer-wrapper{background:#0a3a63;color:#d5e6f3;padding:30px 0;font-size:14px}
.hotline{background:#e53935;color:#fff;padding:4px 10px;border-radius:14px}
"""

NAV = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/chuyen-khoa", "Chuyên khoa"),
       ("/chuyen-muc/tin-tuc", "Tin tức"), ("/huong-dan-khach-hang", "Hướng dẫn khách hàng"),
       ("/bang-gia-dich-vu", "Bảng giá"), ("/tuyen-dung", "Tuyển dụng"), ("/lien-he", "Liên hệ")]


def layout(title, content, url, body_class, head_extra="", og_type="website"):
    nav = "\n".join('<li class="menu-item"><a href="%s" class="nav-top-link">%s</a></li>' % (h, esc(t)) for h, t in NAV)
    return f"""<!DOCTYPE html>
<html lang="vi" class="loading-site no-js">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="robots" content="index, follow" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Bệnh viện Đa khoa khu vực Tây Lĩnh" />
{head_extra}
<link rel="stylesheet" id="flatsome-main-css" href="{BASE}/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.18.7" type="text/css" media="all" />
<style id="custom-css" type="text/css">{CSS}</style>
</head>
<body class="{body_class} lightbox nav-dropdown-has-arrow">
<div id="wrapper">
<header id="header" class="header has-sticky sticky-jump">
<div class="header-top"><div class="container">Cấp cứu 24/7: <span class="hotline">0216.3890.115</span> · Đặt lịch khám: 0216.3890.222 · Giờ làm việc: 7h00-17h00 (Thứ Hai - Thứ Bảy)</div></div>
<div class="header-main"><div class="container" style="display:flex;align-items:center">
<a href="{BASE}/" rel="home"><img width="320" height="70" src="{BASE}/wp-content/uploads/2023/05/logo-bvdk-taylinh.png" alt="Bệnh viện Đa khoa khu vực Tây Lĩnh" /></a>
<ul class="header-nav header-nav-main nav nav-main">
{nav}
</ul></div></div>
</header>
<main id="main">
{content}
</main>
<footer id="footer" class="footer-wrapper"><div class="container">
<p><b>BỆNH VIỆN ĐA KHOA KHU VỰC TÂY LĨNH</b> - trực thuộc Sở Y tế tỉnh Vân Lĩnh</p>
<p>Địa chỉ: Tổ 6, phường Tây Lĩnh, tỉnh Vân Lĩnh · Điện thoại: 0216.3890.100 · Email: bvdktaylinh@syt.vanlinh.gov.vn.test</p>
<p>Giấy phép hoạt động khám bệnh, chữa bệnh số 146/VL-GPHĐ do Sở Y tế tỉnh Vân Lĩnh cấp ngày 25/11/2019.</p>
<p>Thông tin trên website chỉ mang tính tham khảo, không thay thế cho việc khám và điều trị của bác sĩ.</p>
<p>© 2026 Bệnh viện Đa khoa khu vực Tây Lĩnh.</p>
</div></footer>
</div>
<script type="text/javascript" src="{BASE}/wp-content/themes/flatsome/assets/js/flatsome.js?ver=3.18.7" id="flatsome-js-js"></script>
</body>
</html>
"""


def post_page(url, pid, cat, title, date_iso, date_txt, author, views, body, desc):
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "headline": title, "description": desc,
         "datePublished": date_iso, "dateModified": date_iso, "articleSection": [cat],
         "author": {"@type": "Person", "name": author}, "mainEntityOfPage": {"@id": url},
         "publisher": {"@id": BASE + "/#organization"}, "inLanguage": "vi"},
        {"@type": ["Organization", "Hospital"], "@id": BASE + "/#organization", "name": "Bệnh viện Đa khoa khu vực Tây Lĩnh",
         "url": BASE + "/", "telephone": "+84-216-3890-100"}]}
    head = jsonld(graph) + f"""
<meta property="article:section" content="{esc(cat)}" />
<meta property="article:published_time" content="{date_iso}" />"""
    content = f"""<div class="page-title-inner"><div class="container"><div class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/tin-tuc">Tin tức</a> / {esc(cat)}</div></div></div>
<div class="container" style="display:flex;gap:30px;padding-top:20px">
<div class="large-9 col" style="flex:1">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on">Đăng ngày <time class="entry-date published" datetime="{date_iso}">{date_txt}</time></span> <span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="{BASE}/author/ctxh">{esc(author)}</a></span></span> · Lượt xem: {views}</div></header>
<div class="entry-content single-page">
{body}
</div>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3>
<form action="{BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các câu hỏi chuyên môn xin gọi tổng đài tư vấn.</p>
<p class="comment-form-comment"><textarea id="comment" name="comment" required></textarea></p><p><input name="author" placeholder="Tên *"> <input name="email" placeholder="Email *"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /><input type="hidden" name="comment_post_ID" value="{pid}" /></p></form></div></div>
</div>
<aside class="large-3 col" style="width:260px"><h3 class="widget-title">Tin mới</h3><ul>
<li><a href="{P1}">Phẫu thuật nội soi cấp cứu thành công cho cụ ông 89 tuổi bị thủng dạ dày</a></li>
<li><a href="{P2}">Khuyến cáo phòng, chống sốt xuất huyết trong mùa mưa</a></li>
<li><a href="{BASE}/benh-vien-trien-khai-dat-lich-kham-qua-ung-dung.html">Bệnh viện triển khai đặt lịch khám qua ứng dụng</a></li></ul></aside>
</div>"""
    return layout(title + " - Bệnh viện Đa khoa khu vực Tây Lĩnh", content, url,
                  "post-template-default single single-post postid-%d single-format-standard" % pid, head, "article")


P1_BODY = """
Ngày 11/9, Khoa Phẫu thuật tổng hợp, Bệnh viện Đa khoa khu vực Tây Lĩnh đã phẫu thuật nội soi cấp cứu thành công cho cụ ông N.V.K. (89 tuổi, trú xã Suối Mơn) bị thủng ổ loét dạ dày.

Người bệnh nhập viện trong tình trạng đau bụng dữ dội vùng thượng vị, bụng cứng như gỗ. Kết quả chụp cắt lớp vi tính cho thấy có hơi tự do trong ổ bụng, nghĩ đến thủng tạng rỗng. Do người bệnh cao tuổi, có tiền sử tăng huyết áp và bệnh phổi tắc nghẽn mạn tính, các bác sĩ đã hội chẩn liên khoa Phẫu thuật - Gây mê hồi sức - Hồi sức tích cực và quyết định phẫu thuật nội soi để giảm đau đớn và rút ngắn thời gian hồi phục.

Ca mổ kéo dài khoảng 70 phút. Kíp phẫu thuật phát hiện lỗ thủng đường kính khoảng 0,8 cm ở mặt trước hang vị, tiến hành khâu lỗ thủng, lau rửa ổ bụng và dẫn lưu. Sau mổ 5 ngày, người bệnh tỉnh táo, ăn uống được, dự kiến ra viện trong tuần tới.

Theo BSCKII Đàm Quốc Hưng, Trưởng khoa Phẫu thuật tổng hợp, người cao tuổi thường dùng thuốc giảm đau xương khớp kéo dài, đây là một trong những nguyên nhân gây loét và thủng dạ dày. Khi có biểu hiện đau bụng đột ngột, dữ dội, người nhà cần đưa người bệnh đến cơ sở y tế ngay, không tự ý dùng thuốc giảm đau tại nhà.

<p style="text-align:right"><strong>Phòng Công tác xã hội</strong></p>
"""

P2_BODY = """
Thời điểm tháng 9, tháng 10 là cao điểm của bệnh sốt xuất huyết. Từ đầu tháng 8 đến nay, Bệnh viện Đa khoa khu vực Tây Lĩnh đã tiếp nhận điều trị 63 ca sốt xuất huyết Dengue, tăng so với cùng kỳ năm trước; có 5 ca có dấu hiệu cảnh báo phải theo dõi tại khoa Hồi sức.

<h2>Dấu hiệu cần đi khám ngay</h2>

Bệnh thường khởi phát với sốt cao đột ngột 39-40 độ C, đau đầu, đau hốc mắt, đau cơ, có thể kèm chấm xuất huyết dưới da. Giai đoạn nguy hiểm thường rơi vào ngày thứ 3 đến ngày thứ 7 của bệnh, khi người bệnh bớt sốt nhưng có thể xuất hiện các dấu hiệu: đau bụng vùng gan, nôn nhiều, chảy máu chân răng, chảy máu cam, li bì hoặc vật vã, tiểu ít. Khi có một trong các dấu hiệu này, cần đưa người bệnh đến bệnh viện ngay.

<h2>Những điều không nên làm</h2>

Không tự ý dùng aspirin, ibuprofen để hạ sốt vì có thể làm tăng nguy cơ xuất huyết; chỉ dùng paracetamol theo đúng liều. Không truyền dịch tại nhà, không cạo gió, chích lể. Nên cho người bệnh uống nhiều nước, oresol, nước hoa quả.

<h2>Phòng bệnh từ mỗi gia đình</h2>

Hiện chưa có thuốc điều trị đặc hiệu. Biện pháp phòng bệnh hiệu quả nhất là diệt muỗi, diệt bọ gậy: đậy kín các dụng cụ chứa nước, thả cá vào bể nước lớn, lật úp các vật dụng có thể đọng nước, ngủ màn kể cả ban ngày. Người dân nên phối hợp với y tế cơ sở trong các đợt phun hóa chất diệt muỗi.

<p style="text-align:right"><strong>BS. Hà Thị Phương Thảo - Khoa Truyền nhiễm</strong></p>
"""


def item(href, title, date, excerpt):
    return f"""<div class="post-item"><a href="{href}"><img width="260" height="170" src="{BASE}/wp-content/uploads/2026/09/{href.rsplit('/', 1)[1][:30]}-260x170.jpg" alt="" /></a>
<div><h3 class="post-title"><a href="{href}">{esc(title)}</a></h3><div class="post-meta">{date}</div><p>{esc(excerpt)}</p></div></div>"""


LIST = [
    (P1, "Phẫu thuật nội soi cấp cứu thành công cho cụ ông 89 tuổi bị thủng dạ dày", "14/09/2026",
     "Kíp mổ khâu lỗ thủng 0,8 cm ở hang vị cho người bệnh cao tuổi có nhiều bệnh nền."),
    (BASE + "/benh-vien-trien-khai-dat-lich-kham-qua-ung-dung.html", "Bệnh viện triển khai đặt lịch khám qua ứng dụng", "10/09/2026",
     "Người bệnh có thể chọn giờ khám, bác sĩ và thanh toán trước qua điện thoại."),
    (BASE + "/hoi-nghi-khoa-hoc-dieu-duong-nam-2026.html", "Hội nghị khoa học điều dưỡng năm 2026", "04/09/2026",
     "18 báo cáo về chăm sóc người bệnh sau phẫu thuật và phòng ngừa té ngã."),
    (BASE + "/kham-sang-loc-mien-phi-benh-tim-mach-cho-nguoi-cao-tuoi.html", "Khám sàng lọc miễn phí bệnh tim mạch cho người cao tuổi", "29/08/2026",
     "Hơn 300 người cao tuổi tại hai xã vùng cao được khám, đo điện tim và tư vấn."),
    (BASE + "/tiep-nhan-may-chup-cong-huong-tu-1-5-tesla.html", "Tiếp nhận máy chụp cộng hưởng từ 1.5 Tesla", "20/08/2026",
     "Máy mới giúp người bệnh không phải chuyển tuyến để chụp MRI."),
]


def pages():
    home = f"""<section class="section" style="background:#e9f4fb;padding:40px 0"><div class="container"><h1 style="color:#0a3a63">Tận tâm - Chuyên nghiệp - An toàn</h1><p>Bệnh viện hạng II với 420 giường bệnh, 26 khoa, phòng.</p><a class="button primary" href="/dat-lich-kham">Đặt lịch khám</a></div></section>
<div class="container"><h2>Chuyên khoa nổi bật</h2><ul><li>Phẫu thuật tổng hợp</li><li>Tim mạch - Lão khoa</li><li>Sản - Nhi</li><li>Chấn thương chỉnh hình</li><li>Hồi sức tích cực - Chống độc</li></ul>
<h2>Tin tức</h2>
{"".join(item(*x) for x in LIST[:3])}
{item(P2, "Khuyến cáo phòng, chống sốt xuất huyết trong mùa mưa", "13/09/2026", "Giai đoạn nguy hiểm thường rơi vào ngày thứ 3 đến ngày thứ 7 của bệnh.")}
</div>"""
    yield Page(BASE + "/", layout("Bệnh viện Đa khoa khu vực Tây Lĩnh", home, BASE + "/", "home page-template"))
    cat = f"""<div class="page-title-inner"><div class="container"><h1 class="page-title">Tin hoạt động</h1></div></div>
<div class="container">
{"".join(item(*x) for x in LIST)}
<ul class="page-numbers nav-pagination links text-center"><li><span aria-current="page" class="page-number current">1</span></li><li><a class="page-number" href="{CAT}/page/2">2</a></li></ul>
</div>"""
    yield Page(CAT, layout("Tin hoạt động - Bệnh viện Đa khoa khu vực Tây Lĩnh", cat, CAT, "archive category category-tin-hoat-dong"))
    yield Page(P1, post_page(P1, 5521, "Tin hoạt động", "Phẫu thuật nội soi cấp cứu thành công cho cụ ông 89 tuổi bị thủng dạ dày",
                             "2026-09-14T10:20:00+07:00", "14/09/2026", "Phòng Công tác xã hội", 734, paras(P1_BODY),
                             "Kíp mổ khâu lỗ thủng ổ loét dạ dày cho người bệnh 89 tuổi có nhiều bệnh nền."))
    html = post_page(P2, 5516, "Góc sức khỏe", "Khuyến cáo phòng, chống sốt xuất huyết trong mùa mưa",
                     "2026-09-13T08:00:00+07:00", "13/09/2026", "Khoa Truyền nhiễm", 1208, paras(P2_BODY),
                     "Dấu hiệu cảnh báo, những điều không nên làm và cách phòng bệnh sốt xuất huyết.")
    yield Page(P2, unicodedata.normalize("NFD", html))
