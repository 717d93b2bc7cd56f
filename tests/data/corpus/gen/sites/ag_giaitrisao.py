"""Giải Trí Sao: lawful entertainment aggregator on WordPress, ABEI-format licence (2025)
with a badge link; every post ends with '(Theo <báo>)'."""
from common import item as I
from layouts import wp

H = "giaitrisao.test"
U = f"https://{H}"
SV = ("Sao Việt", "/sao-viet")
AN = ("Âm nhạc", "/am-nhac")
DA = ("Điện ảnh", "/dien-anh")

SITE = {
    "host": H, "name": "Giải Trí Sao", "prefix": "gts",
    "class": "aggregator", "kind": "lawful-aggregator",
    "licence_number": "61/GP-PTTH&TTĐT", "licence_kind": "giw",
    "issuer": "-",
    "notes": "Entertainment GIW (WordPress) with the 2025 ABEI licence format (number and date only, no issuer printed; GP-PTTH&TTĐT implies ABEI) and a badge link to the licence portal; menu includes 'Tin hot'; every post ends with '(Theo <báo>)' and links the original; pen-name author on posts; has a Facebook comments box (a Decree 147 compliance issue, not press behaviour). Lawful aggregator despite gossip tone.",
    "layout": wp,
    "tagline": "Tin giải trí tổng hợp",
    "title_suffix": " - Giải Trí Sao",
    "description": "Giải Trí Sao - tổng hợp tin sao Việt, âm nhạc, điện ảnh, thời trang từ các báo điện tử.",
    "menu": [("Tin hot", "/tin-hot"), SV, ("Sao quốc tế", "/sao-quoc-te"), AN, DA, ("Truyền hình", "/truyen-hinh"), ("Thời trang", "/thoi-trang")],
    "knobs": {"adzones": 35, "theme": "soledad", "wpver": "6.5.5", "date_style": "words", "list_date": "words", "byline": "top", "byline_prefix": "bởi",
              "jsonld": "BlogPosting", "og_article": True, "comments": "fb", "ads": True, "cookie": True, "ga": "G-GTS61ABEI", "css_rules": 45,
              "related_title": "Có thể bạn thích", "most_read_title": "Đọc nhiều"},
    "footer": """<div class="gts-footer"><p>© 2026 Giải Trí Sao - Trang thông tin điện tử tổng hợp. Đơn vị chủ quản: Công ty TNHH Giải Trí Số Ánh Sao.</p>
<p>Giấy phép số 61/GP-PTTH&amp;TTĐT cấp ngày 14/03/2025. <a href="https://giayphep.abei.gov.vn/i/4b9e21c7" target="_blank" rel="noopener"><img src="https://giaitrisao.test/wp-content/uploads/2025/03/badge-giayphep.png" alt="Đã cấp phép" width="120"></a></p>
<p>Chịu trách nhiệm nội dung: Bà Trần Ngọc Diệp. Địa chỉ: 41 Lê Thánh Tôn, phường Bến Nghé, TP. Hồ Chí Minh. Email: contact@giaitrisao.test</p>
<p>Tin bài được tổng hợp và trích dẫn từ các báo điện tử, có ghi nguồn.</p></div>""",
}

A1 = "/sao-viet/ca-si-ha-vy-tro-lai-voi-album-sau-4-nam-vang-bong/"
A2 = "/dien-anh/phim-viet-chieu-rap-thang-6-cuoc-dua-cua-phim-kinh-di/"
it1 = I("Ca sĩ Hà Vy trở lại với album sau 4 năm vắng bóng", U + A1, "Album gồm 10 ca khúc, trong đó có 3 bài do chính nữ ca sĩ sáng tác.", "2026-06-11 14:00", SV, author="Minh Thư", author_slug="minhthu")
it2 = I("Phim Việt chiếu rạp tháng 6: cuộc đua của phim kinh dị", U + A2, "Ba phim kinh dị Việt ra rạp cùng tháng, hứa hẹn cuộc cạnh tranh doanh thu gay cấn.", "2026-06-11 09:30", DA, author="Minh Thư", author_slug="minhthu")
HL = [
    I("Nam diễn viên Quốc Khang tiết lộ chuyện hậu trường phim mới", U + "/sao-viet/nam-dien-vien-quoc-khang-tiet-lo-hau-truong/", "", "2026-06-10 20:00", SV),
    I("MV mới của nhóm nhạc nữ đạt 10 triệu lượt xem sau 2 ngày", U + "/am-nhac/mv-moi-nhom-nhac-nu-dat-10-trieu-luot-xem/", "", "2026-06-10 16:00", AN),
    I("Gameshow âm nhạc mùa mới công bố dàn huấn luyện viên", U + "/truyen-hinh/gameshow-am-nhac-mua-moi-cong-bo-dan-hlv/", "", "2026-06-10 11:00", ("Truyền hình", "/truyen-hinh")),
    I("Hoa hậu Ngọc Lam làm đại sứ chiến dịch bảo vệ rùa biển", U + "/sao-viet/hoa-hau-ngoc-lam-lam-dai-su-bao-ve-rua-bien/", "", "2026-06-09 18:30", SV),
    I("Nữ đạo diễn trẻ giành giải tại liên hoan phim châu Á", U + "/dien-anh/nu-dao-dien-tre-gianh-giai-lien-hoan-phim-chau-a/", "", "2026-06-09 08:00", DA),
    I("Danh hài Tám Lợi kỷ niệm 30 năm đứng sân khấu", U + "/sao-viet/danh-hai-tam-loi-ky-niem-30-nam/", "", "2026-06-08 15:00", SV),
    I("Cặp đôi ca sĩ - diễn viên công khai chuyện hẹn hò", U + "/sao-viet/cap-doi-ca-si-dien-vien-cong-khai-hen-ho/", "", "2026-06-07 21:00", SV),
]
SITE["most_read"] = [it1, it2, HL[1], HL[3]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it1, it2, HL[1]],
     "boxes": [("Sao Việt", "/sao-viet", [it1, HL[0], HL[3]]), ("Điện ảnh", "/dien-anh", [it2, HL[4]]), ("Âm nhạc", "/am-nhac", [HL[1]])],
     "river": [HL[2], HL[5], HL[6]], "river_title": "Mới cập nhật"},
    {"kind": "section", "path": "/sao-viet", "label": "Sao Việt", "items": [it1, HL[0], HL[3], HL[5], HL[6]]},
    {"kind": "article", "path": A1, "section": SV, "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"],
     "author": "Minh Thư", "author_slug": "minhthu",
     "body": [
         "Sau 4 năm tạm rời sân khấu để chăm sóc gia đình, ca sĩ Hà Vy chính thức phát hành album mới mang tên \"Mùa Về\". Album gồm 10 ca khúc mang màu sắc pop ballad pha chất liệu dân gian.",
         "Chia sẻ với báo chí, Hà Vy cho biết 3 trong số 10 ca khúc do cô tự sáng tác trong thời gian sống ở quê. \"Tôi muốn kể lại những gì mình đã trải qua, nhẹ nhàng thôi\", nữ ca sĩ nói.",
         "Album được thực hiện trong hơn một năm, với sự tham gia của nhiều nhạc sĩ, nhà sản xuất trẻ. Hà Vy dự kiến tổ chức đêm nhạc ra mắt album vào tháng 8.",
         '<p style="text-align:right"><em>(Theo <a href="https://tuoixanh.test/giai-tri/ca-si-ha-vy-tro-lai-voi-album-20260611112045.htm" rel="nofollow" target="_blank">Báo Tuổi Xanh</a>)</em></p>'],
     "tags": ["Hà Vy", "album mới"], "related": [HL[1], HL[5]]},
    {"kind": "article", "path": A2, "section": DA, "title": it2["title"], "sapo": it2["sapo"], "date": it2["date"],
     "author": "Minh Thư", "author_slug": "minhthu",
     "body": [
         "Tháng 6 năm nay, khán giả sẽ được chứng kiến cuộc đua của ba bộ phim kinh dị Việt cùng ra rạp, một điều hiếm thấy ở thị trường phòng vé trong nước.",
         "Cả ba phim đều khai thác chất liệu tâm linh dân gian, từ truyền thuyết làng quê Bắc Bộ đến những câu chuyện ma ở miền Tây sông nước.",
         "Giới phát hành nhận định thể loại kinh dị đang có lượng khán giả trẻ ổn định, chi phí sản xuất vừa phải, nên được nhiều nhà sản xuất lựa chọn.",
         '<p style="text-align:right"><em>(Theo <a href="https://baophuongnam.test/giai-tri/phim-viet-chieu-rap-thang-6-cuoc-dua-phim-kinh-di-d712360.html" rel="nofollow" target="_blank">Báo Phương Nam</a>)</em></p>'],
     "tags": ["phim Việt", "phim kinh dị", "phòng vé"], "related": [HL[4]]},
]
