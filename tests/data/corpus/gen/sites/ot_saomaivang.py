"""Sao Mai Vàng: a food company's corporate site with 'Tin tức' (press releases about itself,
'Báo chí nói về chúng tôi') and recruitment."""
from common import esc, css_noise, jsonld, ga_snippet

H = "saomaivang.test"
SITE = {
    "host": H, "name": "Sao Mai Vàng", "prefix": "smv",
    "class": "other", "kind": "company",
    "licence_number": "-", "licence_kind": "-", "issuer": "-",
    "notes": "Corporate site: Giới thiệu, Sản phẩm, Tuyển dụng, 'Tin tức' with press-release articles about the company, 'Báo chí nói về chúng tôi' linking press coverage, 'Phòng Truyền thông' byline, company registration footer (MST); NewsArticle-looking dates but no press or GIW claims.",
}

MENU = [("Giới thiệu", "/gioi-thieu"), ("Sản phẩm", "/san-pham"), ("Nhà máy", "/nha-may"), ("Phát triển bền vững", "/phat-trien-ben-vung"),
        ("Tin tức", "/tin-tuc"), ("Quan hệ cổ đông", "/quan-he-co-dong"), ("Tuyển dụng", "/tuyen-dung"), ("Liên hệ", "/lien-he")]

NEWS = [
    ("tin-doanh-nghiep", "Tin doanh nghiệp", "sao-mai-vang-khanh-thanh-nha-may-che-bien-nong-san-tai-long-an", "Sao Mai Vàng khánh thành nhà máy chế biến nông sản tại Long An", "08/06/2026",
     "Nhà máy có công suất 30.000 tấn sản phẩm/năm, tổng vốn đầu tư 650 tỷ đồng, tạo việc làm cho 500 lao động địa phương."),
    ("tin-doanh-nghiep", "Tin doanh nghiệp", "sao-mai-vang-ra-mat-dong-banh-trang-gao-lut", "Sao Mai Vàng ra mắt dòng bánh tráng gạo lứt cho người ăn kiêng", "20/05/2026", "Sản phẩm mới không dùng chất bảo quản, có mặt tại các hệ thống siêu thị từ tháng 6."),
    ("hoat-dong-doan-the", "Hoạt động đoàn thể", "cong-doan-sao-mai-vang-to-chuc-hoi-thao-cong-nhan-2026", "Công đoàn Sao Mai Vàng tổ chức Hội thao công nhân 2026", "15/05/2026", "Hơn 800 công nhân tham gia 6 môn thi đấu: bóng đá, kéo co, cầu lông..."),
    ("tin-doanh-nghiep", "Tin doanh nghiệp", "dai-hoi-dong-co-dong-thuong-nien-2026", "Đại hội đồng cổ đông thường niên 2026 thông qua kế hoạch doanh thu 4.200 tỷ đồng", "25/04/2026", ""),
    ("bao-chi", "Báo chí nói về chúng tôi", "bao-kinh-te-ngay-nay-doanh-nghiep-nong-san-va-bai-toan-chuoi-gia-tri", "Báo Kinh Tế Ngày Nay: Doanh nghiệp nông sản và bài toán chuỗi giá trị", "12/05/2026",
     "Bài viết của Báo Kinh Tế Ngày Nay về mô hình liên kết vùng nguyên liệu của Sao Mai Vàng."),
]


def _shell(title, key, main, extra=""):
    nav = "".join(f'<li class="nav-item"><a class="nav-link{" active" if key.startswith(p) else ""}" href="{p}">{esc(l)}</a></li>' for l, p in MENU)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<meta name="description" content="Công ty Cổ phần Thực phẩm Sao Mai Vàng - sản xuất bánh tráng, bún khô, phở khô, nông sản chế biến xuất khẩu.">
<link rel="stylesheet" href="/assets/vendor/bootstrap-5.3.2/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/site.css?v=20260601">
<style>{css_noise(key, "smv", 40)}</style>
{jsonld({"@context": "https://schema.org", "@type": "Organization", "name": "Công ty Cổ phần Thực phẩm Sao Mai Vàng", "url": f"https://{H}/", "logo": f"https://{H}/assets/img/logo.png", "taxID": "0301847265", "address": {"@type": "PostalAddress", "streetAddress": "Lô C5, KCN Tân Đức", "addressLocality": "Long An", "addressCountry": "VN"}, "telephone": "+84-272-3769-888"})}
{extra}
{ga_snippet("G-SMV0301847")}
</head>
<body>
<div class="topbar bg-dark text-white small"><div class="container d-flex justify-content-between"><span>📞 (0272) 3769 888 · ✉ info@saomaivang.test</span><span><a href="/en" class="text-white">EN</a> | <a href="/" class="text-white">VI</a></span></div></div>
<nav class="navbar navbar-expand-lg bg-white shadow-sm"><div class="container"><a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="Sao Mai Vàng" height="52"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">{nav}</ul></div></div></nav>
{main}
<footer class="footer bg-success text-white pt-5 pb-3"><div class="container"><div class="row">
<div class="col-md-5"><h5>CÔNG TY CỔ PHẦN THỰC PHẨM SAO MAI VÀNG</h5><p>Trụ sở chính: Lô C5, Khu công nghiệp Tân Đức, xã Đức Hòa, tỉnh Tây Ninh<br>Văn phòng TP. Hồ Chí Minh: 27 Nguyễn Đình Chiểu, phường Sài Gòn<br>Mã số thuế: 0301847265 do Sở Kế hoạch và Đầu tư tỉnh Long An cấp lần đầu ngày 18/9/2007</p></div>
<div class="col-md-3"><h6>Liên kết</h6><ul class="list-unstyled"><li><a class="text-white" href="/san-pham">Sản phẩm</a></li><li><a class="text-white" href="/tin-tuc">Tin tức</a></li><li><a class="text-white" href="/tuyen-dung">Tuyển dụng</a></li><li><a class="text-white" href="/quan-he-co-dong">Quan hệ cổ đông</a></li></ul></div>
<div class="col-md-4"><h6>Đăng ký nhận bản tin</h6><form action="/newsletter" method="post"><input class="form-control" type="email" name="email" placeholder="Email của bạn"><button class="btn btn-warning mt-2">Đăng ký</button></form></div></div>
<p class="small mt-4 mb-0">© 2026 Sao Mai Vàng. All rights reserved.</p></div></footer>
<script src="/assets/vendor/bootstrap-5.3.2/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def _news_card(n):
    cat, catname, slug, t, d, s = n
    return f'<div class="col-md-4 mb-4"><div class="card h-100"><a href="/tin-tuc/{cat}/{slug}"><img class="card-img-top" src="/uploads/news/{slug}.jpg" alt=""></a><div class="card-body"><span class="badge bg-warning text-dark">{esc(catname)}</span><h5 class="card-title"><a href="/tin-tuc/{cat}/{slug}">{esc(t)}</a></h5><p class="card-text small text-muted">{d}</p><p class="card-text">{esc(s)}</p></div></div></div>'


def render(site, page):
    k = page["kind"]
    if k == "home":
        main = f"""<section class="hero"><div id="heroCarousel" class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner"><div class="carousel-item active"><img src="/uploads/banner/nha-may-long-an.jpg" class="d-block w-100" alt=""><div class="carousel-caption"><h2>Từ cánh đồng đến bữa cơm Việt</h2><p>18 năm gìn giữ hương vị truyền thống</p></div></div></div></div></section>
<section class="container py-5"><div class="row text-center"><div class="col"><h3>18+</h3><p>Năm kinh nghiệm</p></div><div class="col"><h3>3</h3><p>Nhà máy</p></div><div class="col"><h3>27</h3><p>Quốc gia xuất khẩu</p></div><div class="col"><h3>2.100</h3><p>Cán bộ công nhân viên</p></div></div></section>
<section class="container py-4"><h2 class="section-title">Sản phẩm</h2><div class="row"><div class="col-md-3"><img src="/uploads/sp/banh-trang.jpg" class="img-fluid" alt=""><h5>Bánh tráng</h5></div><div class="col-md-3"><img src="/uploads/sp/bun-kho.jpg" class="img-fluid" alt=""><h5>Bún khô - Phở khô</h5></div><div class="col-md-3"><img src="/uploads/sp/hu-tieu.jpg" class="img-fluid" alt=""><h5>Hủ tiếu</h5></div><div class="col-md-3"><img src="/uploads/sp/gao-lut.jpg" class="img-fluid" alt=""><h5>Sản phẩm gạo lứt</h5></div></div></section>
<section class="container py-4"><h2 class="section-title"><a href="/tin-tuc">Tin tức &amp; Sự kiện</a></h2><div class="row">{"".join(_news_card(n) for n in NEWS[:3])}</div></section>"""
        return _shell("Sao Mai Vàng - Thực phẩm truyền thống Việt", "/", main)
    if k == "list":
        main = f"""<div class="page-banner"><div class="container"><h1>Tin tức</h1><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">Tin tức</li></ol></nav></div></div>
<div class="container py-4"><ul class="nav nav-pills mb-4"><li class="nav-item"><a class="nav-link active" href="/tin-tuc">Tất cả</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc/tin-doanh-nghiep">Tin doanh nghiệp</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc/bao-chi">Báo chí nói về chúng tôi</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc/hoat-dong-doan-the">Hoạt động đoàn thể</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc/tin-nganh">Tin ngành</a></li></ul>
<div class="row">{"".join(_news_card(n) for n in NEWS)}</div><nav><ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="/tin-tuc?page=2">2</a></li><li class="page-item"><a class="page-link" href="/tin-tuc?page=3">3</a></li></ul></nav></div>"""
        return _shell("Tin tức - Sao Mai Vàng", "/tin-tuc", main)
    if k == "news":
        cat, catname, slug, t, d, s = NEWS[0]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2026-06-08T10:00:00+07:00",
              "author": {"@type": "Organization", "name": "Sao Mai Vàng"}, "publisher": {"@type": "Organization", "name": "Công ty Cổ phần Thực phẩm Sao Mai Vàng"}}
        main = f"""<div class="container py-4"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item"><a href="/tin-tuc/{cat}">{catname}</a></li></ol></nav>
<div class="row"><article class="col-lg-8"><h1 class="news-title">{esc(t)}</h1><p class="text-muted small">{d} · Phòng Truyền thông</p>
<p class="lead">{esc(s)}</p>
<p>Sáng 8/6/2026, Công ty Cổ phần Thực phẩm Sao Mai Vàng tổ chức lễ khánh thành Nhà máy chế biến nông sản Sao Mai Vàng Long An tại Khu công nghiệp Tân Đức. Tham dự buổi lễ có đại diện lãnh đạo UBND tỉnh, các sở, ngành, đối tác, khách hàng cùng toàn thể cán bộ công nhân viên công ty.</p>
<p>Nhà máy được xây dựng trên diện tích 6,5 ha, gồm 4 dây chuyền sản xuất bánh tráng, bún khô, phở khô và các sản phẩm từ gạo lứt với công nghệ sấy lạnh nhập khẩu từ Nhật Bản. Công suất thiết kế 30.000 tấn sản phẩm/năm, trong đó khoảng 60% dành cho xuất khẩu sang Nhật Bản, Hàn Quốc, Úc và EU.</p>
<p>Phát biểu tại buổi lễ, bà Huỳnh Thị Kim Yến, Tổng Giám đốc Sao Mai Vàng, cho biết: "Nhà máy Long An là bước đi quan trọng trong chiến lược nâng cao giá trị hạt gạo Việt. Chúng tôi cam kết thu mua ổn định nguyên liệu cho hơn 3.000 hộ nông dân liên kết trong vùng."</p>
<p>Nhà máy đạt các chứng nhận ISO 22000, HACCP, BRC và sử dụng 40% điện năng từ hệ thống điện mặt trời áp mái.</p>
<p>Nhân dịp này, Sao Mai Vàng trao tặng 200 suất học bổng cho học sinh nghèo hiếu học và 50 căn nhà tình thương cho hộ nghèo trên địa bàn tỉnh.</p>
<div class="share mt-4">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=https://{H}/tin-tuc/{cat}/{slug}">Facebook</a> <a href="#">LinkedIn</a></div></article>
<aside class="col-lg-4"><h5>Tin mới</h5><ul class="list-unstyled">{"".join(f'<li class="mb-2"><a href="/tin-tuc/{n[0]}/{n[2]}">{esc(n[3])}</a></li>' for n in NEWS[1:])}</ul>
<h5 class="mt-4">Báo chí nói về Sao Mai Vàng</h5><ul class="list-unstyled"><li><a href="https://kinhtengaynay.test/doanh-nghiep/doanh-nghiep-nong-san-va-bai-toan-chuoi-gia-tri-a99120.html" target="_blank" rel="noopener">Báo Kinh Tế Ngày Nay: Doanh nghiệp nông sản và bài toán chuỗi giá trị</a></li><li><a href="https://tapchikinhtexanh.test/doanh-nghiep/sao-mai-vang-san-xuat-xanh-a27710.html" target="_blank" rel="noopener">Tạp chí Kinh Tế Xanh: Sản xuất xanh từ hạt gạo</a></li></ul></aside></div></div>"""
        return _shell(t + " - Sao Mai Vàng", f"/tin-tuc/{cat}/{slug}", main, jsonld(ld))
    jobs = [("Nhân viên Kinh doanh xuất khẩu", "TP. Hồ Chí Minh", "15-25 triệu", "30/06/2026"), ("Kỹ sư Công nghệ thực phẩm", "Long An", "Thỏa thuận", "30/06/2026"),
            ("Trưởng ca sản xuất", "Long An", "14-18 triệu", "20/06/2026"), ("Nhân viên Kế toán tổng hợp", "TP. Hồ Chí Minh", "12-16 triệu", "25/06/2026"),
            ("Công nhân vận hành máy (20 người)", "Long An", "8-11 triệu", "15/07/2026")]
    rows = "".join(f'<tr><td><a href="/tuyen-dung/{i}">{esc(j[0])}</a></td><td>{j[1]}</td><td>{j[2]}</td><td>{j[3]}</td></tr>' for i, j in enumerate(jobs, 101))
    main = f"""<div class="page-banner"><div class="container"><h1>Tuyển dụng</h1></div></div><div class="container py-4">
<p>Sao Mai Vàng luôn chào đón những ứng viên nhiệt huyết, mong muốn gắn bó lâu dài. Chế độ: lương tháng 13, thưởng theo kết quả kinh doanh, bảo hiểm đầy đủ, xe đưa đón, bữa trưa miễn phí.</p>
<table class="table table-striped"><thead><tr><th>Vị trí</th><th>Nơi làm việc</th><th>Mức lương</th><th>Hạn nộp</th></tr></thead><tbody>{rows}</tbody></table>
<p>Hồ sơ gửi về: Phòng Nhân sự - tuyendung@saomaivang.test - ĐT: (0272) 3769 888 (máy lẻ 215).</p></div>"""
    return _shell("Tuyển dụng - Sao Mai Vàng", "/tuyen-dung", main)


PAGES = [
    {"kind": "home", "path": "/"},
    {"kind": "list", "path": "/tin-tuc"},
    {"kind": "news", "path": f"/tin-tuc/{NEWS[0][0]}/{NEWS[0][2]}"},
    {"kind": "jobs", "path": "/tuyen-dung"},
]
