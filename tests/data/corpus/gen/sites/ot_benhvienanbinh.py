"""Bệnh viện Đa khoa An Bình: a private hospital site with 'Tin tức y tế'; its footer carries a
medical operating licence (not an information licence)."""
from common import esc, css_noise, jsonld, ga_snippet, cookie_banner

H = "benhvienanbinh.test"
SITE = {
    "host": H, "name": "Bệnh viện Đa khoa An Bình", "prefix": "bvab",
    "class": "other", "kind": "hospital",
    "licence_number": "-", "licence_kind": "-", "issuer": "-",
    "notes": "Private hospital: Chuyên khoa, Đặt lịch khám, Bảng giá, 'Tin tức y tế' (hospital activities, health tips), Hospital JSON-LD; footer has 'Giấy phép hoạt động khám bệnh, chữa bệnh số .../SYT-GPHĐ do Sở Y tế cấp' - a licence line that is not an information or press licence (footer parser trap).",
}

MENU = [("Giới thiệu", "/gioi-thieu"), ("Chuyên khoa", "/chuyen-khoa"), ("Bác sĩ", "/doi-ngu-bac-si"), ("Bảng giá dịch vụ", "/bang-gia"),
        ("Bảo hiểm", "/bao-hiem"), ("Tin tức y tế", "/tin-tuc"), ("Tuyển dụng", "/tuyen-dung"), ("Liên hệ", "/lien-he")]
NEWS = [
    ("phau-thuat-noi-soi-thanh-cong-ca-u-than-hiem-gap", "Phẫu thuật nội soi thành công ca u thận hiếm gặp ở bệnh nhân 82 tuổi", "Hoạt động bệnh viện", "09/06/2026",
     "Ê-kíp Khoa Ngoại tiết niệu đã phẫu thuật nội soi cắt bỏ khối u thận kích thước 9 cm, bảo tồn phần thận lành cho cụ ông 82 tuổi."),
    ("mua-mua-canh-giac-sot-xuat-huyet-o-tre", "Mùa mưa: cảnh giác sốt xuất huyết ở trẻ nhỏ", "Kiến thức y khoa", "06/06/2026", "Dấu hiệu cảnh báo và những việc phụ huynh không nên làm khi trẻ sốt."),
    ("kham-sang-loc-mien-phi-benh-ly-tuyen-giap", "Khám sàng lọc miễn phí bệnh lý tuyến giáp cho 500 người dân", "Hoạt động bệnh viện", "02/06/2026", ""),
    ("an-binh-dat-chung-nhan-chat-luong-quoc-te", "Bệnh viện An Bình đạt chứng nhận chất lượng quốc tế về an toàn người bệnh", "Hoạt động bệnh viện", "25/05/2026", ""),
    ("5-xet-nghiem-nen-lam-khi-kham-suc-khoe-dinh-ky", "5 xét nghiệm nên làm khi khám sức khỏe định kỳ", "Kiến thức y khoa", "20/05/2026", ""),
]


def _shell(title, key, main, extra=""):
    nav = "".join(f'<li><a href="{p}">{esc(l)}</a></li>' for l, p in MENU)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="Bệnh viện Đa khoa An Bình - khám chữa bệnh chất lượng cao, đặt lịch khám online, bảo hiểm y tế và bảo lãnh viện phí.">
<meta property="og:type" content="website"><meta property="og:site_name" content="Bệnh viện Đa khoa An Bình">
<link rel="stylesheet" href="/wp-content/themes/anbinh/assets/css/app.css?ver=3.2">
<style>{css_noise(key, "bvab", 45)}</style>
{jsonld({"@context": "https://schema.org", "@type": "Hospital", "name": "Bệnh viện Đa khoa An Bình", "telephone": "1900 1155", "address": {"@type": "PostalAddress", "streetAddress": "25 Tô Ký", "addressLocality": "TP. Hồ Chí Minh", "addressCountry": "VN"}, "medicalSpecialty": ["Cardiovascular", "Urologic", "Pediatric", "Obstetric"]})}
{extra}
{ga_snippet("G-BVAB1155")}
</head>
<body>
<div class="bvab-top"><span>Cấp cứu 24/7: <a href="tel:02837151155">028 3715 1155</a></span> <span>Tổng đài đặt lịch: <a href="tel:19001155">1900 1155</a></span> <a class="bvab-book" href="/dat-lich-kham">ĐẶT LỊCH KHÁM</a></div>
<header class="bvab-header"><a href="/" class="bvab-logo"><img src="/wp-content/uploads/logo-anbinh.svg" alt="Bệnh viện Đa khoa An Bình"></a><nav><ul class="bvab-menu">{nav}</ul></nav></header>
<main>{main}</main>
<footer class="bvab-footer"><div class="bvab-footer-cols">
<div><h4>BỆNH VIỆN ĐA KHOA AN BÌNH</h4><p>Địa chỉ: 25 Tô Ký, phường Trung Mỹ Tây, TP. Hồ Chí Minh</p><p>Giấy phép hoạt động khám bệnh, chữa bệnh số 0412/SYT-GPHĐ do Sở Y tế TP. Hồ Chí Minh cấp ngày 21/7/2016</p><p>Công ty Cổ phần Y tế An Bình - MST: 0313 920 447</p></div>
<div><h4>Giờ làm việc</h4><p>Thứ Hai - Thứ Bảy: 7h00 - 19h00<br>Chủ nhật: 7h00 - 12h00<br>Cấp cứu: 24/7</p></div>
<div><h4>Kết nối</h4><p><a href="https://facebook.example/benhvienanbinh">Facebook</a> · <a href="https://vietclip.test/@benhvienanbinh">VietClip</a> · <a href="https://zalo.example/benhvienanbinh">Zalo</a></p></div></div>
<p class="bvab-disclaimer">Thông tin trên website chỉ mang tính tham khảo, không thay thế cho việc thăm khám, chẩn đoán của bác sĩ. © 2026 Bệnh viện Đa khoa An Bình.</p></footer>
{cookie_banner("Website sử dụng cookie để ghi nhớ lịch hẹn và cải thiện trải nghiệm.")}
</body>
</html>
"""


def _card(n):
    slug, t, c, d, s = n
    return f'<article class="bvab-post"><a href="/tin-tuc/{slug}"><img src="/wp-content/uploads/2026/06/{slug[:25]}.jpg" alt=""></a><span class="bvab-cat">{esc(c)}</span><h3><a href="/tin-tuc/{slug}">{esc(t)}</a></h3><time>{d}</time>{f"<p>{esc(s)}</p>" if s else ""}</article>'


def render(site, page):
    k = page["kind"]
    if k == "home":
        main = f"""<section class="bvab-hero"><h1>Chăm sóc sức khỏe tận tâm cho mọi gia đình</h1><p>Hơn 30 chuyên khoa, 200 bác sĩ, hệ thống máy móc hiện đại.</p><a href="/dat-lich-kham" class="btn">Đặt lịch ngay</a></section>
<section class="bvab-specialties"><h2>Chuyên khoa nổi bật</h2><ul><li><a href="/chuyen-khoa/tim-mach">Tim mạch</a></li><li><a href="/chuyen-khoa/tiet-nieu">Ngoại tiết niệu</a></li><li><a href="/chuyen-khoa/san-phu-khoa">Sản phụ khoa</a></li><li><a href="/chuyen-khoa/nhi">Nhi</a></li><li><a href="/chuyen-khoa/tieu-hoa">Tiêu hóa - Nội soi</a></li><li><a href="/chuyen-khoa/chan-doan-hinh-anh">Chẩn đoán hình ảnh</a></li></ul></section>
<section class="bvab-booking"><h2>Đặt lịch khám</h2><form action="/dat-lich-kham" method="post"><input name="hoten" placeholder="Họ và tên"><input name="sdt" placeholder="Số điện thoại"><select name="chuyenkhoa"><option>Chọn chuyên khoa</option><option>Tim mạch</option><option>Nhi</option></select><input type="date" name="ngay"><button>Gửi yêu cầu</button></form></section>
<section class="bvab-news"><h2><a href="/tin-tuc">Tin tức y tế</a></h2>{"".join(_card(n) for n in NEWS[:3])}</section>"""
        return _shell("Bệnh viện Đa khoa An Bình - Đặt lịch khám online", "/", main)
    if k == "list":
        main = f'<div class="bvab-breadcrumb"><a href="/">Trang chủ</a> / Tin tức y tế</div><h1>Tin tức y tế</h1><div class="bvab-tabs"><a href="/tin-tuc" class="on">Tất cả</a> <a href="/tin-tuc/hoat-dong-benh-vien">Hoạt động bệnh viện</a> <a href="/tin-tuc/kien-thuc-y-khoa">Kiến thức y khoa</a> <a href="/tin-tuc/cau-chuyen-nguoi-benh">Câu chuyện người bệnh</a></div>{"".join(_card(n) for n in NEWS)}'
        return _shell("Tin tức y tế - Bệnh viện Đa khoa An Bình", "/tin-tuc", main)
    slug, t, c, d, s = NEWS[0]
    ld = {"@context": "https://schema.org", "@type": "MedicalWebPage", "headline": t, "datePublished": "2026-06-09T10:00:00+07:00",
          "reviewedBy": {"@type": "Person", "name": "BS.CKII Lê Hoàng Phong"}, "publisher": {"@type": "Hospital", "name": "Bệnh viện Đa khoa An Bình"}}
    main = f"""<div class="bvab-breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức y tế</a> / {esc(c)}</div>
<article class="bvab-article"><h1>{esc(t)}</h1><div class="bvab-meta"><time>{d}</time> · Tham vấn y khoa: BS.CKII Lê Hoàng Phong - Trưởng khoa Ngoại tiết niệu</div>
<p><strong>{esc(s)}</strong></p>
<p>Cụ ông N.V.T. (82 tuổi, ngụ tỉnh Tây Ninh) nhập viện vì đau âm ỉ vùng hông trái kéo dài, tiểu ra máu. Kết quả chụp CT cho thấy khối u thận trái kích thước khoảng 9 cm, nằm sát cuống thận.</p>
<p>Do bệnh nhân lớn tuổi, có tiền sử tăng huyết áp và đái tháo đường, ê-kíp đã hội chẩn cùng Khoa Gây mê hồi sức và Khoa Tim mạch trước khi quyết định phẫu thuật nội soi sau phúc mạc, cắt khối u và bảo tồn phần thận lành.</p>
<p>Ca mổ kéo dài 3 giờ, lượng máu mất ít. Sau 5 ngày, bệnh nhân đi lại bình thường và được xuất viện. Kết quả giải phẫu bệnh xác định khối u lành tính.</p>
<p>Theo BS.CKII Lê Hoàng Phong, người cao tuổi có biểu hiện tiểu máu, đau hông lưng kéo dài nên đi khám sớm để được chẩn đoán và điều trị kịp thời.</p>
<div class="bvab-cta">Đặt lịch khám chuyên khoa Ngoại tiết niệu: <a href="tel:19001155">1900 1155</a></div></article>
<aside><h3>Bài viết liên quan</h3>{"".join(_card(n) for n in NEWS[2:4])}</aside>"""
    return _shell(t + " - Bệnh viện Đa khoa An Bình", "/tin-tuc/" + slug, main, jsonld(ld))


PAGES = [
    {"kind": "home", "path": "/"},
    {"kind": "list", "path": "/tin-tuc"},
    {"kind": "article", "path": "/tin-tuc/" + NEWS[0][0]},
]
