"""suoingan.example: mineral-water company site with its own press releases.
Bootstrap corporate site; 'Tin tức - Sự kiện' with NewsArticle JSON-LD and og:type article."""
from common import Page, esc, jsonld, paras

SITE = {
    "site": "suoingan.example",
    "class": "other",
    "kind": "company",
    "licence_number": "-",
    "licence_kind": "-",
    "issuer": "-",
    "notes": ("Corporate site of a (fictional) mineral-water company: 'Tin tức - Sự kiện' menu with 'Thông cáo báo chí', "
              "'Hoạt động cộng đồng' and 'Công bố thông tin'; items carry NewsArticle JSON-LD, og:type article, dates and a "
              "'Ban Truyền thông' byline, a 'Liên hệ báo chí' block. All items are about the company itself; no licence footer "
              "(business registration only)."),
}

BASE = "https://suoingan.example"
NEWS = BASE + "/tin-tuc"
PR1 = BASE + "/tin-tuc/thong-cao-bao-chi/suoi-ngan-khanh-thanh-nha-may-thu-hai-tai-kcn-tay-hoa-khe"
PR2 = BASE + "/tin-tuc/hoat-dong-cong-dong/suoi-ngan-trao-500-suat-hoc-bong-tiep-suc-den-truong-2026"

CSS = """
body{font-family:"Open Sans",Arial,sans-serif;color:#23313f}.navbar-sn{background:#fff;box-shadow:0 2px 10px rgba(0,60,120,.08)}
.navbar-sn .nav-link{color:#0a4d8c!important;font-weight:600;padding:22px 14px!important}.hero{background:#0a4d8c url(/assets/img/hero-suoi.jpg) center/cover;color:#fff;padding:120px 0}
.hero h1{font-size:46px;font-weight:700}.news-card{border:0;box-shadow:0 4px 18px rgba(0,0,0,.06);margin-bottom:24px}
.news-card .date{color:#6c8aa6;font-size:13px}.news-detail h1{font-size:32px;color:#0a4d8c}.news-detail p{line-height:1.8}
.press-contact{background:#eef6fc;border-left:4px solid #0a4d8c;padding:14px 18px}
footer.sn{background:#062c52;color:#b9d1e8;padding:40px 0 20px;font-size:14px}footer.sn a{color:#fff}
"""

NAV = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/san-pham", "Sản phẩm"), ("/tin-tuc", "Tin tức - Sự kiện"),
       ("/nha-dau-tu", "Nhà đầu tư"), ("/tuyen-dung", "Tuyển dụng"), ("/lien-he", "Liên hệ")]


def layout(title, content, url, head_extra="", og_type="website"):
    nav = "\n".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (h, esc(t)) for h, t in NAV)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="Công ty Cổ phần Nước khoáng Suối Ngàn - nước khoáng thiên nhiên từ nguồn mạch sâu 280 m.">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{BASE}/assets/img/og-suoingan.jpg">
{head_extra}
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<style>{CSS}</style>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-sn sticky-top"><div class="container">
<a class="navbar-brand" href="/"><img src="/assets/img/logo-suoingan.svg" alt="Suối Ngàn" height="46"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">
{nav}
</ul><a class="btn btn-outline-primary ms-3" href="/en">EN</a></div></div></nav>
{content}
<footer class="sn"><div class="container"><div class="row">
<div class="col-md-5"><h5>CÔNG TY CỔ PHẦN NƯỚC KHOÁNG SUỐI NGÀN</h5>
<p>Trụ sở: Khu công nghiệp Tây Hòa Khê, xã Hòa Phú, tỉnh Hòa Khê<br>Mã số doanh nghiệp: 4101329876, đăng ký lần đầu ngày 06/04/2009<br>Điện thoại: 0256.3647.200 · Email: info@suoingan.example</p></div>
<div class="col-md-4"><h5>Liên kết</h5><p><a href="/san-pham">Sản phẩm</a><br><a href="/nha-dau-tu/cong-bo-thong-tin">Công bố thông tin</a><br><a href="/tuyen-dung">Cơ hội nghề nghiệp</a></p></div>
<div class="col-md-3"><h5>Kết nối</h5><p><a href="https://facebook.example/suoingan">Facebook</a> · <a href="https://video.example/@suoingan">Video</a></p></div>
</div><hr><p class="small">© 2026 Suối Ngàn. Bảo lưu mọi quyền.</p></div></footer>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def ld(url, title, date, section, desc):
    return jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": desc,
                   "datePublished": date, "dateModified": date, "articleSection": section, "mainEntityOfPage": url,
                   "image": [BASE + "/uploads/tin-tuc/" + url.rsplit("/", 1)[1][:30] + ".jpg"],
                   "author": {"@type": "Organization", "name": "Ban Truyền thông Suối Ngàn"},
                   "publisher": {"@type": "Organization", "name": "Công ty CP Nước khoáng Suối Ngàn",
                                 "logo": {"@type": "ImageObject", "url": BASE + "/assets/img/logo-suoingan.png"}}})


PR1_BODY = """
<p class="text-uppercase fw-bold">Thông cáo báo chí</p>

<p><strong>Hòa Khê, ngày 10 tháng 9 năm 2026 - Công ty Cổ phần Nước khoáng Suối Ngàn (Suối Ngàn) hôm nay chính thức khánh thành nhà máy thứ hai tại Khu công nghiệp Tây Hòa Khê, nâng tổng công suất đóng chai của công ty lên 420 triệu lít mỗi năm.</strong></p>

Nhà máy mới có tổng vốn đầu tư 640 tỷ đồng, được xây dựng trên diện tích 5,2 ha, gồm ba dây chuyền chiết rót tự động tốc độ cao, hệ thống xử lý nước thải tuần hoàn và mái nhà lắp điện mặt trời công suất 1,8 MWp. Nhà máy tạo việc làm cho khoảng 260 lao động, phần lớn là người dân địa phương.

Phát biểu tại lễ khánh thành, ông Hồ Quang Vĩnh, Chủ tịch Hội đồng quản trị Suối Ngàn, cho biết: "Nhà máy thứ hai là bước đi quan trọng để Suối Ngàn đáp ứng nhu cầu ngày càng tăng của người tiêu dùng trên cả nước, đồng thời cam kết của chúng tôi với sản xuất xanh: 100% chai PET của dòng sản phẩm mới có 30% nhựa tái chế."

Trong năm 2027, Suối Ngàn dự kiến ra mắt dòng nước khoáng có ga bổ sung khoáng chất tự nhiên và mở rộng kênh phân phối tới các tỉnh phía Bắc.

<h3>Về Suối Ngàn</h3>

Thành lập năm 2009, Công ty Cổ phần Nước khoáng Suối Ngàn khai thác nguồn nước khoáng thiên nhiên từ mạch sâu 280 m tại chân núi Ngàn Hương, tỉnh Hòa Khê. Sản phẩm của công ty hiện có mặt tại hơn 40.000 điểm bán trên toàn quốc.

<div class="press-contact"><b>Liên hệ báo chí:</b><br>Bà Trương Ngọc Diệp - Trưởng Ban Truyền thông<br>Điện thoại: 0903.557.214 · Email: truyenthong@suoingan.example</div>
"""

PR2_BODY = """
Sáng 5/9, tại trụ sở công ty, Suối Ngàn phối hợp với Hội Khuyến học tỉnh Hòa Khê tổ chức lễ trao 500 suất học bổng "Tiếp sức đến trường" năm 2026 cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt tại các xã vùng nguồn nước của công ty.

Mỗi suất học bổng trị giá 2 triệu đồng kèm bộ đồ dùng học tập và balo. Tổng giá trị chương trình năm nay là 1,25 tỷ đồng, nâng tổng số học bổng Suối Ngàn đã trao sau 12 năm lên hơn 4.800 suất.

Em Đinh Thị Mai, học sinh lớp 9 xã Hòa Phú, có bố mất sớm, chia sẻ sẽ dùng học bổng để mua xe đạp đi học vì nhà cách trường gần 6 km.

Bên cạnh học bổng, cán bộ công nhân viên Suối Ngàn đã quyên góp thêm 2.000 cuốn sách, 300 áo ấm gửi tới các điểm trường vùng cao trước mùa đông.

<p class="text-end"><strong>Ban Truyền thông Suối Ngàn</strong></p>
"""

ITEMS = [
    (PR1, "Thông cáo báo chí", "Suối Ngàn khánh thành nhà máy thứ hai tại KCN Tây Hòa Khê", "10/09/2026",
     "Nâng tổng công suất đóng chai lên 420 triệu lít/năm, chai PET có 30% nhựa tái chế."),
    (PR2, "Hoạt động cộng đồng", "Suối Ngàn trao 500 suất học bổng \"Tiếp sức đến trường\" 2026", "05/09/2026",
     "Tổng giá trị 1,25 tỷ đồng dành cho học sinh vượt khó tại các xã vùng nguồn nước."),
    (BASE + "/nha-dau-tu/cong-bo-thong-tin/nghi-quyet-hdqt-ve-viec-chi-tra-co-tuc-dot-1-nam-2026", "Công bố thông tin",
     "Nghị quyết HĐQT về việc chi trả cổ tức đợt 1 năm 2026", "28/08/2026", "Tỷ lệ chi trả 12% bằng tiền mặt, ngày đăng ký cuối cùng 15/9/2026."),
    (BASE + "/tin-tuc/tin-doanh-nghiep/suoi-ngan-dat-chung-nhan-he-thong-quan-ly-nang-luong", "Tin doanh nghiệp",
     "Suối Ngàn đạt chứng nhận hệ thống quản lý năng lượng", "20/08/2026", "Tiêu thụ điện trên mỗi lít sản phẩm giảm 14% sau hai năm."),
    (BASE + "/tin-tuc/tin-doanh-nghiep/ra-mat-chai-thuy-tinh-750ml-cho-kenh-nha-hang", "Tin doanh nghiệp",
     "Ra mắt chai thủy tinh 750 ml cho kênh nhà hàng", "08/08/2026", "Thiết kế mới lấy cảm hứng từ những tầng đá suối Ngàn Hương."),
]


def news_cards(items):
    return '<div class="row">\n' + "\n".join(f"""<div class="col-md-4"><div class="card news-card"><img class="card-img-top" src="/uploads/tin-tuc/{h.rsplit('/', 1)[1][:30]}-thumb.jpg" alt="">
<div class="card-body"><span class="badge bg-primary">{esc(c)}</span> <span class="date">{d}</span><h5 class="card-title"><a href="{h}">{esc(t)}</a></h5><p class="card-text">{esc(s)}</p></div></div></div>""" for h, c, t, d, s in items) + "\n</div>"


def detail(url, cat, title, date_iso, date_txt, body, desc):
    content = f"""<section class="container news-detail py-5"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active">{esc(cat)}</li></ol></nav>
<h1>{esc(title)}</h1><p class="text-muted">{date_txt} · {esc(cat)}</p>
{body}
<hr><h4>Tin liên quan</h4>{news_cards([i for i in ITEMS if i[0] != url][:3])}
</section>"""
    return layout(title + " | Suối Ngàn", content, url,
                  ld(url, title, date_iso, cat, desc) + f'\n<meta property="article:published_time" content="{date_iso}">', "article")


def pages():
    home = f"""<section class="hero"><div class="container"><h1>Tinh khiết từ mạch nguồn</h1><p class="lead">Nước khoáng thiên nhiên Suối Ngàn - từ mạch sâu 280 m chân núi Ngàn Hương</p><a class="btn btn-light" href="/san-pham">Khám phá sản phẩm</a></div></section>
<section class="container py-5"><div class="row text-center"><div class="col"><h2>17</h2><p>năm phát triển</p></div><div class="col"><h2>420 triệu</h2><p>lít/năm</p></div><div class="col"><h2>40.000+</h2><p>điểm bán</p></div></div></section>
<section class="container pb-5"><h2 class="mb-4">Tin tức - Sự kiện</h2>{news_cards(ITEMS[:3])}<a href="/tin-tuc" class="btn btn-primary">Xem tất cả tin tức</a></section>"""
    yield Page(BASE + "/", layout("Suối Ngàn - Nước khoáng thiên nhiên", home, BASE + "/"))
    news = f"""<section class="container py-5"><h1 class="mb-3">Tin tức - Sự kiện</h1>
<ul class="nav nav-pills mb-4"><li class="nav-item"><a class="nav-link active" href="/tin-tuc">Tất cả</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc/tin-doanh-nghiep">Tin doanh nghiệp</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc/thong-cao-bao-chi">Thông cáo báo chí</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc/hoat-dong-cong-dong">Hoạt động cộng đồng</a></li></ul>
{news_cards(ITEMS)}
<nav><ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="/tin-tuc?page=2">2</a></li></ul></nav></section>"""
    yield Page(NEWS, layout("Tin tức - Sự kiện | Suối Ngàn", news, NEWS))
    yield Page(PR1, detail(PR1, "Thông cáo báo chí", "Suối Ngàn khánh thành nhà máy thứ hai tại KCN Tây Hòa Khê",
                           "2026-09-10T09:00:00+07:00", "10/09/2026", paras(PR1_BODY),
                           "Nhà máy mới nâng tổng công suất đóng chai của Suối Ngàn lên 420 triệu lít mỗi năm."))
    yield Page(PR2, detail(PR2, "Hoạt động cộng đồng", "Suối Ngàn trao 500 suất học bổng \"Tiếp sức đến trường\" 2026",
                           "2026-09-05T14:00:00+07:00", "05/09/2026", paras(PR2_BODY),
                           "500 suất học bổng trị giá 1,25 tỷ đồng cho học sinh vượt khó."))
