"""diemtinsang.test: lawful GIW with a full newspaper menu and dense news.
Every item names its press source, the source time and links the original; NewsArticle
JSON-LD (with isBasedOn) on items; one removed item answers 404."""
from common import Page, esc, jsonld, paras

SITE = {
    "site": "diemtinsang.test",
    "class": "aggregator",
    "kind": "lawful-aggregator",
    "licence_number": "1318/GP-TTĐT",
    "licence_kind": "giw",
    "issuer": "Sở Thông tin và Truyền thông Hà Nội",
    "notes": ("Dense GIW with 'tin' in the domain and a full newspaper menu (Thời sự, Chính trị, Pháp luật, Kinh tế, Thế giới...), "
              "NewsArticle JSON-LD and og:type article; but every item is a verbatim quote with the original author, 'Nguồn: "
              "Báo ...', the original time (republished >1 h later), a link to the original, from several press agencies, and no "
              "comments. The verbatim Pháp luật item keeps the source's 'Theo ghi nhận của phóng viên Báo Tin Sớm'. One removed "
              "item is a 404 ('đã bị gỡ bỏ theo yêu cầu của cơ quan báo chí nguồn')."),
}

BASE = "https://diemtinsang.test"
SEC = BASE + "/phap-luat"
A_PL = BASE + "/phap-luat/khoi-to-giam-doc-cong-ty-van-tai-lua-dao-hon-40-ty-dong-gop-von-mua-xe-p71254.html"
A_SK = BASE + "/suc-khoe/tre-tro-lai-truong-phu-huynh-can-de-phong-benh-tay-chan-mieng-p71249.html"
A_404 = BASE + "/thoi-su/cong-bo-ket-qua-thanh-tra-du-an-nha-o-xa-hoi-phuong-kim-hoa-p71203.html"

SECTIONS = [("thoi-su", "Thời sự"), ("chinh-tri", "Chính trị"), ("phap-luat", "Pháp luật"), ("kinh-te", "Kinh tế"),
            ("the-gioi", "Thế giới"), ("giao-duc", "Giáo dục"), ("suc-khoe", "Sức khỏe"), ("the-thao", "Thể thao"),
            ("giai-tri", "Giải trí"), ("cong-nghe", "Công nghệ")]

SOURCES = {
    "Báo Tin Sớm": "https://tinsom.example",
    "Báo Thanh Âm": "https://thanham.example",
    "Báo Kinh tế Bình Nguyên": "https://kinhtebinhnguyen.example",
    "Báo Vân Lĩnh": "https://baovanlinh.test",
    "Báo Lúa Vàng": "https://luavang.example",
    "Báo Sân Cỏ Mới": "https://sancomoi.example",
}

CSS = """
body{margin:0;font:15px/1.5 "Segoe UI",Arial,sans-serif;background:#f5f6f8;color:#1d2129}
.header{background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.header .inner,.main{width:1100px;margin:0 auto}
.logo{font:800 30px Georgia,serif;color:#e05a00;text-decoration:none}
nav.cats ul{display:flex;flex-wrap:wrap;gap:2px;list-style:none;margin:0;padding:0}
nav.cats a{display:block;padding:10px 12px;color:#1d2129;text-decoration:none;font-weight:600}
.cluster{background:#fff;margin:12px 0;padding:12px 16px;border-radius:6px}
.cluster h2{font-size:16px;border-left:4px solid #e05a00;padding-left:8px}
.news{padding:8px 0;border-bottom:1px solid #eee}.news a.t{font-weight:600;color:#1d2129}
.src{font-size:12px;color:#6a7280}.src b{color:#c24d00}
.detail{background:#fff;padding:20px 26px;border-radius:6px}.detail h1{font-size:28px}
.source-box{background:#fff6ee;border:1px solid #f3c9a4;padding:10px 14px;font-size:14px;margin:14px 0}
.footer{background:#22262e;color:#b8bec8;font-size:13px;padding:20px 0;margin-top:24px}
"""


def layout(title, content, url, head_extra="", og_type="website"):
    nav = "\n".join('<li><a href="/%s">%s</a></li>' % (s, esc(n)) for s, n in SECTIONS)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="{url}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="Điểm Tin Sáng">
{head_extra}
<style>{CSS}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DTS7731X"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-DTS7731X');</script>
</head>
<body>
<div class="header"><div class="inner">
<a class="logo" href="/">Điểm Tin Sáng</a> <span class="slogan">Điểm tin nhanh từ các báo</span>
<nav class="cats"><ul>
<li><a href="/">Mới nhất</a></li>
{nav}
</ul></nav>
</div></div>
<div class="main">
{content}
</div>
<div class="footer"><div class="main">
<p><b>Điểm Tin Sáng</b> - Trang thông tin điện tử tổng hợp. Đơn vị chủ quản: Công ty CP Công nghệ Dữ liệu Sao Sáng.</p>
<p>Giấy phép thiết lập trang thông tin điện tử tổng hợp trên mạng số 1318/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 10 tháng 4 năm 2024.</p>
<p>Chịu trách nhiệm nội dung: Bà Đỗ Thu Trang. Địa chỉ: Tầng 3, số 16 ngõ 82 phố Duy Tân, phường Cầu Giấy, Hà Nội. Email: lienhe@diemtinsang.test</p>
<p>Điểm Tin Sáng tổng hợp thông tin từ các cơ quan báo chí theo thỏa thuận hợp tác. Bản quyền nội dung thuộc về cơ quan báo chí nguồn; mỗi tin đều ghi rõ nguồn và liên kết tới bài gốc.</p>
</div></div>
</body>
</html>
"""


def news(href, title, source, src_path, src_time, posted):
    return f"""<div class="news"><a class="t" href="{href}">{esc(title)}</a>
<div class="src">Theo <b>{esc(source)}</b> · bài gốc đăng {src_time} · đăng lại {posted} · <a href="{SOURCES[source]}{src_path}" rel="nofollow noopener" target="_blank">Xem bài gốc</a></div></div>"""


CLUSTERS = [
    ("Thời sự", [
        ("/thoi-su/ha-noi-thi-diem-phan-luong-gio-cao-diem-tren-truc-phia-tay-p71258.html", "Hà Nội thí điểm phân luồng giờ cao điểm trên trục phía Tây",
         "Báo Thanh Âm", "/thoi-su/ha-noi-thi-diem-phan-luong-gio-cao-diem-truc-phia-tay-a412873.html", "05:40 15/09", "07:05 15/09"),
        ("/thoi-su/van-linh-ho-tro-khan-cap-ho-dan-vung-sat-lo-p71251.html", "Vân Lĩnh hỗ trợ khẩn cấp 412 hộ dân vùng sạt lở sau mưa lớn",
         "Báo Vân Lĩnh", "/Tin-tuc/Thoi-su/Van-Linh-ho-tro-khan-cap-412-ho-dan-vung-sat-lo-sau-mua-lon-51842.aspx", "19:05 14/09", "21:30 14/09"),
        ("/thoi-su/nang-nong-keo-dai-o-nam-trung-bo-nguy-co-thieu-nuoc-cuc-bo-p71244.html", "Nắng nóng kéo dài ở Nam Trung Bộ, nguy cơ thiếu nước cục bộ",
         "Báo Lúa Vàng", "/thoi-tiet/nang-nong-keo-dai-nam-trung-bo-thieu-nuoc-cuc-bo-90331.htm", "16:10 14/09", "17:45 14/09"),
    ]),
    ("Chính trị", [
        ("/chinh-tri/chinh-phu-hop-phien-chuyen-de-ve-xay-dung-phap-luat-thang-9-p71256.html", "Chính phủ họp phiên chuyên đề về xây dựng pháp luật tháng 9",
         "Báo Tin Sớm", "/chinh-tri/chinh-phu-hop-phien-chuyen-de-xay-dung-phap-luat-thang-9-d667102.html", "06:00 15/09", "07:20 15/09"),
        ("/chinh-tri/ra-soat-van-ban-sau-mot-nam-van-hanh-chinh-quyen-hai-cap-p71240.html", "Rà soát văn bản sau một năm vận hành chính quyền hai cấp",
         "Báo Thanh Âm", "/chinh-tri/ra-soat-van-ban-sau-mot-nam-chinh-quyen-hai-cap-a412790.html", "13:00 14/09", "14:25 14/09"),
    ]),
    ("Pháp luật", [
        (A_PL, "Khởi tố giám đốc công ty vận tải lừa đảo hơn 40 tỷ đồng tiền góp vốn mua xe",
         "Báo Tin Sớm", "/phap-luat/khoi-to-giam-doc-cong-ty-van-tai-lua-dao-40-ty-gop-von-mua-xe-d667088.html", "05:30 15/09", "07:10 15/09"),
        ("/phap-luat/triet-pha-duong-day-ca-do-bong-da-qua-mang-quy-mo-lon-p71247.html", "Triệt phá đường dây cá độ bóng đá qua mạng quy mô lớn",
         "Báo Thanh Âm", "/phap-luat/triet-pha-duong-day-ca-do-bong-da-qua-mang-a412851.html", "20:15 14/09", "21:40 14/09"),
        ("/phap-luat/canh-bao-thu-doan-gia-danh-nhan-vien-dien-luc-goi-dien-doa-cat-dien-p71236.html", "Cảnh báo thủ đoạn giả danh nhân viên điện lực gọi điện dọa cắt điện",
         "Báo Tin Sớm", "/phap-luat/canh-bao-gia-danh-nhan-vien-dien-luc-doa-cat-dien-d666990.html", "10:20 14/09", "11:50 14/09"),
    ]),
    ("Kinh tế", [
        ("/kinh-te/gia-can-ho-so-cap-tiep-tuc-tang-p71253.html", "Giá căn hộ sơ cấp tiếp tục tăng, nguồn cung mới khan hiếm",
         "Báo Kinh tế Bình Nguyên", "/bat-dong-san/gia-can-ho-so-cap-tiep-tuc-tang-nguon-cung-moi-khan-hiem-post228914.html", "06:15 14/09", "08:00 14/09"),
        ("/kinh-te/xuat-khau-rau-qua-8-thang-tang-manh-nho-sau-rieng-dong-lanh-p71242.html", "Xuất khẩu rau quả 8 tháng tăng mạnh nhờ sầu riêng đông lạnh",
         "Báo Lúa Vàng", "/thi-truong/xuat-khau-rau-qua-8-thang-sau-rieng-dong-lanh-90318.htm", "14:30 14/09", "16:00 14/09"),
        ("/kinh-te/ty-gia-trung-tam-tang-nhe-dau-tuan-p71257.html", "Tỷ giá trung tâm tăng nhẹ đầu tuần",
         "Báo Kinh tế Bình Nguyên", "/tai-chinh/ty-gia-trung-tam-tang-nhe-dau-tuan-post228951.html", "08:40 15/09", "09:55 15/09"),
    ]),
    ("Thế giới", [
        ("/the-gioi/bao-nhiet-doi-do-bo-gay-mua-lon-tai-nhieu-dao-phia-nam-thai-binh-duong-p71246.html", "Bão nhiệt đới đổ bộ, gây mưa lớn tại nhiều đảo phía Nam Thái Bình Dương",
         "Báo Tin Sớm", "/the-gioi/bao-nhiet-doi-do-bo-nam-thai-binh-duong-d667031.html", "18:00 14/09", "19:20 14/09"),
    ]),
    ("Giáo dục", [
        ("/giao-duc/nhieu-truong-dai-hoc-cong-bo-phuong-an-tuyen-sinh-som-p71243.html", "Nhiều trường đại học công bố sớm dự kiến phương án tuyển sinh",
         "Báo Thanh Âm", "/giao-duc/nhieu-truong-dai-hoc-cong-bo-som-phuong-an-tuyen-sinh-a412812.html", "15:00 14/09", "16:30 14/09"),
    ]),
    ("Sức khỏe", [
        (A_SK, "Trẻ trở lại trường, phụ huynh cần đề phòng bệnh tay chân miệng",
         "Báo Thanh Âm", "/suc-khoe/tre-tro-lai-truong-de-phong-benh-tay-chan-mieng-a412840.html", "17:30 14/09", "19:00 14/09"),
    ]),
    ("Thể thao", [
        ("/the-thao/doi-tuyen-futsal-chot-danh-sach-du-giai-chau-a-p71245.html", "Đội tuyển futsal chốt danh sách dự giải châu Á",
         "Báo Sân Cỏ Mới", "/futsal/doi-tuyen-futsal-chot-danh-sach-du-giai-chau-a-n55721.html", "17:00 14/09", "18:30 14/09"),
        ("/the-thao/clb-hoa-khe-thua-nguoc-o-phut-bu-gio-p71239.html", "CLB Hòa Khê thua ngược ở phút bù giờ",
         "Báo Sân Cỏ Mới", "/bong-da-trong-nuoc/clb-hoa-khe-thua-nguoc-phut-bu-gio-n55702.html", "21:05 13/09", "22:30 13/09"),
    ]),
]

PL_BODY = """
<p><strong>Lợi dụng nhu cầu góp vốn mua xe khách, xe tải để kinh doanh vận tải, giám đốc một công ty đã chiếm đoạt hơn 40 tỷ đồng của 83 người.</strong></p>

Ngày 14/9, Cơ quan Cảnh sát điều tra Công an tỉnh Hòa Khê cho biết đã ra quyết định khởi tố vụ án, khởi tố bị can và thi hành lệnh bắt tạm giam Mạc Văn Quyết (45 tuổi), Giám đốc Công ty TNHH Vận tải Thịnh Quyết, để điều tra về tội Lừa đảo chiếm đoạt tài sản.

Theo kết quả điều tra ban đầu, từ năm 2023, Quyết giới thiệu với nhiều người về mô hình "hợp tác kinh doanh vận tải": người góp vốn bỏ tiền mua xe đứng tên công ty, công ty khai thác và chia lợi nhuận hằng tháng từ 2,5 đến 3% số vốn góp. Để tạo lòng tin, những tháng đầu Quyết trả lợi nhuận đúng hẹn, thậm chí đưa nhà đầu tư đi xem xe tại bãi.

Tuy nhiên, thực tế nhiều xe không được mua, hoặc một chiếc xe được Quyết "bán" cho nhiều người góp vốn. Từ cuối năm 2025, công ty chậm trả lợi nhuận, sau đó ngừng hẳn. Khi các nhà đầu tư đòi lại tiền, Quyết viện nhiều lý do để khất lần.

Theo ghi nhận của phóng viên Báo Tin Sớm tại trụ sở công ty trên đường Bạch Đằng, phường Hòa Khê Trung, chiều 14/9, cửa văn phòng đã đóng kín, bãi xe phía sau chỉ còn vài chiếc xe tải cũ. Nhiều người góp vốn vẫn tụ tập trước cổng để hỏi thông tin.

Cơ quan công an đề nghị những ai là bị hại trong vụ án liên hệ với Phòng Cảnh sát kinh tế Công an tỉnh Hòa Khê để được hướng dẫn giải quyết.

<p style="text-align:right"><strong>Khánh Duy</strong></p>
"""

SK_BODY = """
<p><strong>Thời điểm học sinh trở lại trường là giai đoạn bệnh tay chân miệng dễ bùng phát trong các trường mầm non, tiểu học. Bác sĩ khuyến cáo phụ huynh theo dõi sát các dấu hiệu của trẻ.</strong></p>

Theo thống kê của ngành y tế dự phòng, từ đầu tháng 9 đến nay, số ca mắc tay chân miệng ghi nhận tại nhiều địa phương có xu hướng tăng so với tháng trước, chủ yếu ở trẻ dưới 5 tuổi. Phần lớn trẻ mắc bệnh ở mức độ nhẹ, được điều trị ngoại trú.

BSCKII Lương Thị Hạnh, Trưởng khoa Nhiễm, một bệnh viện nhi tuyến tỉnh, cho biết bệnh lây chủ yếu qua đường tiêu hóa, tiếp xúc trực tiếp với dịch tiết mũi họng, nước bọt, phỏng nước hoặc phân của trẻ bệnh. Môi trường lớp học, nơi trẻ dùng chung đồ chơi, là điều kiện thuận lợi để bệnh lây lan.

Các dấu hiệu thường gặp là sốt, đau họng, loét miệng, nổi phỏng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông. Phụ huynh cần đưa trẻ đến cơ sở y tế ngay khi trẻ sốt cao khó hạ, giật mình chới với, nôn nhiều, quấy khóc liên tục hoặc đi loạng choạng.

Để phòng bệnh, cha mẹ nên cho trẻ rửa tay bằng xà phòng nhiều lần trong ngày, lau rửa đồ chơi, sàn nhà bằng dung dịch khử khuẩn; trẻ mắc bệnh cần nghỉ học, cách ly tại nhà ít nhất 10 ngày kể từ khi khởi phát.

<p style="text-align:right"><strong>Thùy Dương</strong></p>
"""


def detail(url, sec, title, author, source, src_url, src_time_iso, src_time_txt, posted_iso, posted_txt, body):
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                 "mainEntityOfPage": url, "articleSection": sec,
                 "datePublished": posted_iso, "dateModified": posted_iso,
                 "author": {"@type": "Person", "name": author},
                 "isBasedOn": {"@type": "NewsArticle", "url": src_url, "datePublished": src_time_iso,
                               "publisher": {"@type": "NewsMediaOrganization", "name": source}},
                 "publisher": {"@type": "Organization", "name": "Điểm Tin Sáng", "url": BASE + "/"}})
    head = ld + f"""
<meta property="article:section" content="{esc(sec)}">
<meta property="article:published_time" content="{posted_iso}">"""
    content = f"""<div class="detail">
<div class="crumb"><a href="/">Điểm Tin Sáng</a> › <a href="#">{esc(sec)}</a></div>
<h1>{esc(title)}</h1>
<div class="src">Nguồn: <b>{esc(source)}</b> · Tác giả: {esc(author)} · Bài gốc đăng lúc {src_time_txt} · Điểm Tin Sáng đăng lại lúc {posted_txt}</div>
<div class="body">
{body}
</div>
<div class="source-box">Nguồn: <b>{esc(source)}</b> - <a href="{src_url}" rel="nofollow noopener" target="_blank">{esc(src_url)}</a><br>Bài viết được trích dẫn nguyên văn từ {esc(source)} theo thỏa thuận hợp tác nội dung. Mọi ý kiến về nội dung xin gửi về cơ quan báo chí nguồn.</div>
</div>"""
    return layout(title + " - Điểm Tin Sáng", content, url, head, "article")


def pages():
    parts = []
    for name, items in CLUSTERS:
        parts.append('<div class="cluster"><h2>%s</h2>\n%s\n</div>' % (esc(name), "\n".join(
            news(BASE + h if h.startswith("/") else h, t, s, p, st, po) for h, t, s, p, st, po in items)))
    yield Page(BASE + "/", layout("Điểm Tin Sáng - Điểm tin nhanh từ các báo", "\n".join(parts), BASE + "/"))
    pl = CLUSTERS[2][1] + [
        ("/phap-luat/xu-phat-co-so-kinh-doanh-thuc-pham-chuc-nang-quang-cao-sai-su-that-p71231.html", "Xử phạt cơ sở kinh doanh thực phẩm chức năng quảng cáo sai sự thật",
         "Báo Thanh Âm", "/phap-luat/xu-phat-co-so-thuc-pham-chuc-nang-quang-cao-sai-a412702.html", "08:00 14/09", "09:30 14/09"),
        ("/phap-luat/tam-giu-nhom-thanh-nien-dua-xe-trai-phep-tren-quoc-lo-p71228.html", "Tạm giữ nhóm thanh niên đua xe trái phép trên quốc lộ",
         "Báo Vân Lĩnh", "/Tin-tuc/Quoc-phong-An-ninh/Tam-giu-nhom-thanh-nien-dua-xe-trai-phep-51833.aspx", "22:10 13/09", "23:45 13/09"),
        ("/phap-luat/phuc-tham-vu-an-lua-dao-ban-dat-nen-ao-p71224.html", "Phúc thẩm vụ án lừa đảo bán đất nền \"ảo\": Bài 2 - Những lời khai mâu thuẫn",
         "Báo Tin Sớm", "/phap-luat/phuc-tham-vu-an-ban-dat-nen-ao-bai-2-d666915.html", "07:00 13/09", "08:30 13/09"),
    ]
    sec = '<div class="cluster"><h2>Pháp luật</h2>\n%s\n</div>' % "\n".join(
        news(BASE + h if h.startswith("/") else h, t, s, p, st, po) for h, t, s, p, st, po in pl)
    yield Page(SEC, layout("Pháp luật - Điểm Tin Sáng", sec, SEC))
    yield Page(A_PL, detail(A_PL, "Pháp luật", "Khởi tố giám đốc công ty vận tải lừa đảo hơn 40 tỷ đồng tiền góp vốn mua xe",
                            "Khánh Duy", "Báo Tin Sớm",
                            SOURCES["Báo Tin Sớm"] + "/phap-luat/khoi-to-giam-doc-cong-ty-van-tai-lua-dao-40-ty-gop-von-mua-xe-d667088.html",
                            "2026-09-15T05:30:00+07:00", "05:30 ngày 15/09/2026", "2026-09-15T07:10:00+07:00", "07:10 ngày 15/09/2026",
                            paras(PL_BODY)))
    yield Page(A_SK, detail(A_SK, "Sức khỏe", "Trẻ trở lại trường, phụ huynh cần đề phòng bệnh tay chân miệng",
                            "Thùy Dương", "Báo Thanh Âm",
                            SOURCES["Báo Thanh Âm"] + "/suc-khoe/tre-tro-lai-truong-de-phong-benh-tay-chan-mieng-a412840.html",
                            "2026-09-14T17:30:00+07:00", "17:30 ngày 14/09/2026", "2026-09-14T19:00:00+07:00", "19:00 ngày 14/09/2026",
                            paras(SK_BODY)))
    gone = """<div class="detail" style="text-align:center;padding:60px 20px">
<h1>404 - Không tìm thấy trang</h1>
<p>Bài viết bạn tìm không tồn tại hoặc đã bị gỡ bỏ theo yêu cầu của cơ quan báo chí nguồn.</p>
<p><a href="/">Quay lại trang chủ Điểm Tin Sáng</a></p>
<div class="cluster" style="text-align:left"><h2>Có thể bạn quan tâm</h2>
""" + "\n".join(news(BASE + h, t, s, p, st, po) for h, t, s, p, st, po in CLUSTERS[0][1]) + """
</div></div>"""
    yield Page(A_404, layout("Không tìm thấy trang - Điểm Tin Sáng", gone, A_404).replace(
        '<meta property="og:type" content="website">', '<meta name="robots" content="noindex">'), status=404)
