"""Trường Đại học Công nghệ Nam Việt: a university site with 'Tin tức - Sự kiện' about itself."""
from common import esc, css_noise, jsonld

H = "dhcnnamviet.edu.vn.test"
SITE = {
    "content_type": "text/html",
    "host": H, "name": "Trường Đại học Công nghệ Nam Việt", "prefix": "ntu",
    "class": "other", "kind": "school",
    "licence_number": "-", "licence_kind": "-", "issuer": "-",
    "notes": "University site: Tuyển sinh, Đào tạo, Sinh viên, 'Tin tức - Sự kiện' and 'Thông báo' about the school itself, bylines of the communications office, establishment decision (QĐ-TTg) in the footer instead of an information licence; news-like layout and dates.",
}

MENU = [("Giới thiệu", "/gioi-thieu"), ("Tuyển sinh", "/tuyen-sinh"), ("Đào tạo", "/dao-tao"), ("Khoa học - Công nghệ", "/khoa-hoc-cong-nghe"),
        ("Sinh viên", "/sinh-vien"), ("Tin tức - Sự kiện", "/tin-tuc-su-kien"), ("Thông báo", "/thong-bao"), ("Liên hệ", "/lien-he")]
NEWS = [
    ("le-trao-bang-tot-nghiep-dot-1-nam-2026-2941.html", "Lễ trao bằng tốt nghiệp đợt 1 năm 2026", "10/06/2026", "Hơn 1.850 tân kỹ sư, cử nhân và 96 thạc sĩ nhận bằng tốt nghiệp trong niềm vui của gia đình, thầy cô."),
    ("sinh-vien-khoa-co-dien-tu-gianh-giai-nhat-cuoc-thi-robot-sang-tao-2938.html", "Sinh viên Khoa Cơ điện tử giành giải Nhất cuộc thi Robot sáng tạo toàn quốc", "06/06/2026", "Đội NVT-Titan vượt qua 48 đội đến từ 30 trường đại học để giành giải Nhất."),
    ("hoi-thao-quoc-te-ve-tri-tue-nhan-tao-trong-nong-nghiep-2935.html", "Hội thảo quốc tế về trí tuệ nhân tạo trong nông nghiệp thông minh", "02/06/2026", ""),
    ("ky-ket-hop-tac-dao-tao-voi-doanh-nghiep-ban-dan-2930.html", "Ký kết hợp tác đào tạo nhân lực ngành vi mạch bán dẫn với 5 doanh nghiệp", "28/05/2026", ""),
    ("ngay-hoi-viec-lam-2026-thu-hut-120-doanh-nghiep-2926.html", "Ngày hội việc làm 2026 thu hút 120 doanh nghiệp, 3.000 vị trí tuyển dụng", "22/05/2026", ""),
    ("doan-truong-ra-quan-mua-he-xanh-2026-2921.html", "Đoàn trường ra quân chiến dịch Mùa hè xanh 2026", "18/05/2026", ""),
]


def _shell(title, key, main, extra=""):
    act = ' class="active"'
    nav = "".join(f'<li><a href="{p}"{act if key.startswith(p) else ""}>{esc(l)}</a></li>' for l, p in MENU)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="Trường Đại học Công nghệ Nam Việt - đào tạo kỹ sư, cử nhân, thạc sĩ các ngành công nghệ, kỹ thuật, kinh tế.">
<link rel="stylesheet" href="/themes/ntu2024/css/style.min.css?v=1.8">
<style>{css_noise(key, "ntu", 40)}</style>
{extra}
</head>
<body>
<div class="ntu-topbar"><div class="container"><a href="https://portal.dhcnnamviet.edu.vn.test/">Cổng sinh viên</a> | <a href="https://elearning.dhcnnamviet.edu.vn.test/">E-learning</a> | <a href="https://thuvien.dhcnnamviet.edu.vn.test/">Thư viện</a> | <a href="/en">English</a></div></div>
<header class="ntu-header"><div class="container"><a href="/" class="ntu-logo"><img src="/themes/ntu2024/img/logo-ntu.png" alt="Trường Đại học Công nghệ Nam Việt"><span>TRƯỜNG ĐẠI HỌC CÔNG NGHỆ NAM VIỆT<br><small>NAM VIET UNIVERSITY OF TECHNOLOGY</small></span></a></div>
<nav class="ntu-nav"><div class="container"><ul><li><a href="/">Trang chủ</a></li>{nav}</ul></div></nav></header>
<main class="container ntu-main">{main}</main>
<footer class="ntu-footer"><div class="container">
<p><b>TRƯỜNG ĐẠI HỌC CÔNG NGHỆ NAM VIỆT</b></p>
<p>Thành lập theo Quyết định số 1782/QĐ-TTg ngày 14/10/2009 của Thủ tướng Chính phủ</p>
<p>Cơ sở chính: 300 Nguyễn Văn Cừ, phường An Khánh, TP. Cần Thơ - Cơ sở 2: Khu đô thị Nam Cần Thơ</p>
<p>Điện thoại: (0292) 3838 300 - Hotline tuyển sinh: 0939 300 300 - Email: tuyensinh@dhcnnamviet.edu.vn.test</p>
<p>Bản quyền © 2026 Trường Đại học Công nghệ Nam Việt. Phát triển bởi Trung tâm Công nghệ thông tin.</p></div></footer>
<script src="/themes/ntu2024/js/app.min.js?v=1.8" defer></script>
</body>
</html>
"""


def _card(n):
    slug, t, d, s = n
    return f'<div class="news-item"><a href="/tin-tuc-su-kien/{slug}"><img src="/uploads/news/{slug[:30]}.jpg" alt=""></a><div><h3><a href="/tin-tuc-su-kien/{slug}">{esc(t)}</a></h3><span class="date">{d}</span>{f"<p>{esc(s)}</p>" if s else ""}</div></div>'


def render(site, page):
    k = page["kind"]
    if k == "home":
        main = f"""<section class="ntu-slider"><img src="/uploads/banner/tuyen-sinh-2026.jpg" alt="Tuyển sinh 2026"></section>
<section class="ntu-quicklinks"><a href="/tuyen-sinh/dai-hoc-chinh-quy">Tuyển sinh đại học</a><a href="/tuyen-sinh/thac-si">Tuyển sinh sau đại học</a><a href="/dao-tao/nganh-dao-tao">Ngành đào tạo</a><a href="/sinh-vien/hoc-bong">Học bổng</a></section>
<div class="row"><div class="col-8"><h2 class="title"><a href="/tin-tuc-su-kien">TIN TỨC - SỰ KIỆN</a></h2>{"".join(_card(n) for n in NEWS[:5])}</div>
<div class="col-4"><h2 class="title"><a href="/thong-bao">THÔNG BÁO</a></h2><ul class="notice"><li><a href="/thong-bao/thong-bao-tuyen-sinh-dai-hoc-chinh-quy-nam-2026-1120.html">Thông báo tuyển sinh đại học chính quy năm 2026</a> <span class="new">Mới</span></li><li><a href="/thong-bao/lich-thi-hoc-ky-2-nam-hoc-2025-2026-1118.html">Lịch thi học kỳ 2 năm học 2025-2026</a></li><li><a href="/thong-bao/xet-hoc-bong-khuyen-khich-hoc-tap-1115.html">Xét học bổng khuyến khích học tập học kỳ 2</a></li></ul>
<h2 class="title">SỰ KIỆN SẮP DIỄN RA</h2><ul class="events"><li><b>15/06</b> Hội nghị nghiên cứu khoa học sinh viên</li><li><b>20/06</b> Ngày hội tư vấn tuyển sinh tại Sóc Trăng</li></ul></div></div>"""
        return _shell("Trường Đại học Công nghệ Nam Việt", "/", main)
    if k == "list":
        main = f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>Tin tức - Sự kiện</span></div><h1>Tin tức - Sự kiện</h1><ul class="subcats"><li><a href="/tin-tuc-su-kien/hoat-dong-chung">Hoạt động chung</a></li><li><a href="/tin-tuc-su-kien/dao-tao">Đào tạo</a></li><li><a href="/tin-tuc-su-kien/hop-tac">Hợp tác</a></li><li><a href="/tin-tuc-su-kien/doan-hoi">Đoàn - Hội</a></li></ul>{"".join(_card(n) for n in NEWS)}<div class="paging"><b>1</b> <a href="/tin-tuc-su-kien?p=2">2</a> <a href="/tin-tuc-su-kien?p=3">3</a></div>'
        return _shell("Tin tức - Sự kiện - Trường Đại học Công nghệ Nam Việt", "/tin-tuc-su-kien", main)
    slug, t, d, s = NEWS[0]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2026-06-10T15:00:00+07:00",
          "author": {"@type": "Organization", "name": "Phòng Truyền thông - Tuyển sinh"}, "publisher": {"@type": "CollegeOrUniversity", "name": "Trường Đại học Công nghệ Nam Việt"}}
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></div>
<article class="news-detail"><h1>{esc(t)}</h1><div class="meta">Ngày đăng: {d} | Lượt xem: 1.284</div><p class="lead"><b>{esc(s)}</b></p>
<p>Sáng 10/6/2026, Trường Đại học Công nghệ Nam Việt long trọng tổ chức Lễ trao bằng tốt nghiệp đợt 1 năm 2026 cho 1.852 tân kỹ sư, cử nhân hệ chính quy và 96 tân thạc sĩ.</p>
<p>Phát biểu tại buổi lễ, PGS.TS Trần Quang Định, Hiệu trưởng Nhà trường, chúc mừng các tân khoa và nhấn mạnh: tỷ lệ sinh viên có việc làm trong vòng 12 tháng sau tốt nghiệp của Trường đạt 94,6%, trong đó nhiều ngành đạt gần 100%.</p>
<p>Nhân dịp này, Nhà trường khen thưởng 42 sinh viên tốt nghiệp loại Xuất sắc và thủ khoa các ngành. Em Lâm Ngọc Hân, thủ khoa ngành Kỹ thuật phần mềm với điểm trung bình 3,92/4, đã có thư mời làm việc từ một doanh nghiệp công nghệ tại Nhật Bản.</p>
<p>Đại diện tân khoa, em Hân xúc động: "Bốn năm ở Nam Việt là hành trang quý giá nhất của chúng em. Em cảm ơn thầy cô đã luôn đồng hành."</p>
<p style="text-align:right"><i>Phòng Truyền thông - Tuyển sinh</i></p></article>
<div class="other-news"><h3>Tin khác</h3><ul>{"".join(f'<li><a href="/tin-tuc-su-kien/{n[0]}">{esc(n[1])}</a> ({n[2]})</li>' for n in NEWS[1:])}</ul></div>"""
    return _shell(t + " - Trường Đại học Công nghệ Nam Việt", "/tin-tuc-su-kien/" + slug, main, jsonld(ld))


PAGES = [
    {"kind": "home", "path": "/"},
    {"kind": "list", "path": "/tin-tuc-su-kien"},
    {"kind": "article", "path": "/tin-tuc-su-kien/" + NEWS[0][0]},
]
