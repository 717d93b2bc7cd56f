"""Công Nghệ 360: lawful tech aggregator that republishes full items from partner press
with 'Theo <báo>' + link + time, and still carries NewsArticle JSON-LD and og:type article."""
from common import item as I
from layouts import news

H = "congnghe360.test"
DTH = ("Điện thoại", "/dien-thoai")
MT = ("Máy tính", "/may-tinh")
IN = ("Internet", "/internet")
KH = ("Khoa học", "/khoa-hoc")

SITE = {
    "host": H, "name": "Công Nghệ 360", "prefix": "cn360",
    "class": "aggregator", "kind": "lawful-aggregator",
    "licence_number": "93/GP-STTTT", "licence_kind": "giw",
    "issuer": "Sở TT&TT Đà Nẵng",
    "notes": "Topical (technology) GIW that republishes whole items with the original author, 'Theo <báo>' + link + original time; has NewsArticle JSON-LD, og:type article and 'Tin công nghệ' wording, so markup and news words alone must not make it press-like; the verbatim copy keeps the original's 'trao đổi với phóng viên'.",
    "layout": news,
    "title_suffix": " - Công Nghệ 360",
    "home_title": "Công Nghệ 360 - Tin công nghệ, điện thoại, máy tính mới nhất",
    "description": "Công Nghệ 360 tổng hợp tin tức công nghệ, điện thoại, máy tính, internet, khoa học từ các báo điện tử uy tín.",
    "menu": [("Tin công nghệ", "/tin-cong-nghe"), DTH, MT, IN, KH, ("Xe điện", "/xe-dien"), ("Thủ thuật", "/thu-thuat")],
    "knobs": {"sprite": 70, "adzones": 15, "date_style": "dmy_hm", "list_date": "dmy", "byline": "top", "byline_prefix": "", "jsonld": "NewsArticle",
              "og_article": True, "og_author": False, "comments": None, "ads": True, "cookie": True, "ga": "G-CN36093DN",
              "css_rules": 60, "related_title": "Có thể bạn quan tâm", "most_read_title": "Xem nhiều", "share": True, "home_ld": "WebSite"},
    "footer": """<p>Công Nghệ 360 - Trang thông tin điện tử tổng hợp về khoa học, công nghệ</p>
<p>Giấy phép thiết lập trang TTĐT tổng hợp số 93/GP-STTTT, Sở TT&amp;TT Đà Nẵng cấp ngày 17/06/2020</p>
<p>Đơn vị chủ quản: Công ty Cổ phần Giải pháp Số Miền Trung - Chịu trách nhiệm nội dung: Ông Lý Gia Bảo</p>
<p>Địa chỉ: 12 Nguyễn Văn Linh, phường Hải Châu, TP. Đà Nẵng | Email: lienhe@congnghe360.test | ĐT: 0236 3777 093</p>
<p>Nội dung được tổng hợp từ các cơ quan báo chí theo thỏa thuận hợp tác; bản quyền thuộc về tác giả và cơ quan báo chí đăng tải gốc.</p>""",
}

A1 = "/dien-thoai/dien-thoai-gap-giam-gia-manh-sau-3-thang-ra-mat-post80412.html"
A2 = "/internet/nguoi-dung-can-lam-gi-khi-tai-khoan-mang-xa-hoi-bi-chiem-doat-post80405.html"
it1 = I("Điện thoại gập giảm giá mạnh sau 3 tháng ra mắt", A1, "Nhiều mẫu điện thoại màn hình gập cao cấp đã giảm 5-8 triệu đồng so với giá niêm yết, mức giảm nhanh hơn các năm trước.", "2026-06-11 11:00", DTH, source="Theo Tạp chí Thế Giới Số")
it2 = I("Người dùng cần làm gì khi tài khoản mạng xã hội bị chiếm đoạt?", A2, "Chuyên gia an ninh mạng hướng dẫn các bước khôi phục tài khoản và cảnh báo người thân ngay khi phát hiện bị chiếm quyền.", "2026-06-10 20:30", IN, source="Theo Báo Sông Hồng")
HL = [
    I("Laptop dùng chip AI đầu tiên về Việt Nam, giá từ 28 triệu đồng", "/may-tinh/laptop-dung-chip-ai-dau-tien-ve-viet-nam-post80410.html", "", "2026-06-11 09:00", MT, source="Theo Báo Tuổi Xanh"),
    I("Nhà mạng thử nghiệm 5G tại 12 tỉnh mới, tốc độ đạt 1,2 Gbps", "/internet/nha-mang-thu-nghiem-5g-tai-12-tinh-moi-post80408.html", "", "2026-06-11 07:30", IN, source="Theo Báo Kinh Tế Ngày Nay"),
    I("Kính thiên văn không gian chụp được 'vườn ươm sao' rực rỡ", "/khoa-hoc/kinh-thien-van-chup-duoc-vuon-uom-sao-post80401.html", "", "2026-06-10 15:00", KH, source="Theo Báo Phương Nam"),
    I("Xe máy điện bán chạy tăng gấp đôi nhờ giá xăng biến động", "/xe-dien/xe-may-dien-ban-chay-tang-gap-doi-post80399.html", "", "2026-06-10 10:20", ("Xe điện", "/xe-dien"), source="Theo Báo Kinh Tế Ngày Nay"),
    I("Cách bật chế độ chống lừa đảo trên điện thoại Android", "/thu-thuat/cach-bat-che-do-chong-lua-dao-tren-android-post80395.html", "", "2026-06-09 19:00", ("Thủ thuật", "/thu-thuat"), source="Theo Tạp chí Thế Giới Số"),
    it1,
    I("Smartphone tầm trung 2026: pin 6.000 mAh thành tiêu chuẩn mới", "/dien-thoai/smartphone-tam-trung-2026-pin-6000-mah-post80397.html", "", "2026-06-09 14:40", DTH, source="Theo Tạp chí Thế Giới Số"),
    I("Hãng điện thoại Việt ra mắt mẫu máy dành cho người cao tuổi", "/dien-thoai/hang-dien-thoai-viet-ra-mat-mau-may-cho-nguoi-cao-tuoi-post80390.html", "", "2026-06-08 09:00", DTH, source="Theo Báo Tuổi Xanh"),
    I("Giá iPhone đời cũ giảm sâu trước mùa ra mắt sản phẩm mới", "/dien-thoai/gia-iphone-doi-cu-giam-sau-post80386.html", "", "2026-06-07 16:30", DTH, source="Theo Báo Sông Hồng"),
    I("Điện thoại bị nóng khi sạc: nguyên nhân và cách khắc phục", "/dien-thoai/dien-thoai-bi-nong-khi-sac-post80381.html", "", "2026-06-06 08:15", DTH, source="Theo Báo Sức Khỏe Cộng Đồng"),
]
SITE["most_read"] = [it2, it1, HL[0], HL[1]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it1, it2, HL[0], HL[1]],
     "river": [HL[2], HL[3], HL[4], HL[6], HL[7]], "river_title": "Tin công nghệ mới",
     "boxes": [("Điện thoại", "/dien-thoai", [it1, HL[6]]), ("Internet", "/internet", [it2, HL[1]]), ("Khoa học", "/khoa-hoc", [HL[2]])]},
    {"kind": "section", "path": "/dien-thoai", "label": "Điện thoại", "items": [it1, HL[6], HL[7], HL[8], HL[9]]},
    {"kind": "article", "path": A1, "section": DTH, "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"],
     "author": "Quang Huy (Tạp chí Thế Giới Số)", "author_ld": {"@type": "Person", "name": "Quang Huy"},
     "body": [
         "Khảo sát tại các chuỗi bán lẻ lớn cho thấy, sau khoảng 3 tháng lên kệ, nhiều mẫu điện thoại màn hình gập cao cấp đã được giảm giá từ 5 đến 8 triệu đồng, tùy phiên bản bộ nhớ.",
         "Trao đổi với phóng viên Tạp chí Thế Giới Số, đại diện một hệ thống bán lẻ cho biết mức giảm năm nay nhanh hơn so với các thế hệ trước do cạnh tranh gay gắt giữa các hãng và sức mua phân khúc cao cấp chậm lại.",
         "Bên cạnh giảm giá trực tiếp, các cửa hàng còn áp dụng chương trình thu cũ đổi mới, trợ giá thêm 2-3 triệu đồng và trả góp 0% lãi suất trong 12 tháng.",
         "Giới phân tích cho rằng điện thoại gập vẫn chiếm tỷ trọng nhỏ, khoảng 2% thị trường smartphone trong nước, nhưng đang dần thoát khỏi hình ảnh \"sản phẩm thử nghiệm\" nhờ độ bền bản lề được cải thiện."],
     "source_html": '<p class="cn360-source"><em>Theo <a href="https://thegioiso.test/dien-thoai/dien-thoai-gap-giam-gia-manh-sau-3-thang-ra-mat-20260611082210.html" rel="nofollow" target="_blank">Tạp chí Thế Giới Số</a> (08:22 ngày 11/06/2026)</em></p>',
     "tags": ["điện thoại gập", "giảm giá"], "related": [HL[6], HL[8]]},
    {"kind": "article", "path": A2, "section": IN, "title": it2["title"], "sapo": it2["sapo"], "date": it2["date"],
     "author": "Ngọc Mai (Báo Sông Hồng)", "author_ld": {"@type": "Person", "name": "Ngọc Mai"},
     "body": [
         "Theo các chuyên gia an ninh mạng, ngay khi phát hiện tài khoản mạng xã hội bị chiếm đoạt, người dùng cần nhanh chóng thông báo cho bạn bè, người thân qua các kênh khác để tránh bị lợi dụng vay mượn tiền.",
         "Bước tiếp theo là sử dụng tính năng khôi phục tài khoản của nền tảng, cung cấp giấy tờ tùy thân nếu được yêu cầu. Người dùng nên đổi mật khẩu email, số điện thoại liên kết và bật xác thực hai lớp.",
         "Chuyên gia cũng khuyến cáo không đăng nhập tài khoản qua các đường link lạ, không cung cấp mã OTP cho bất kỳ ai, kể cả người tự xưng là nhân viên hỗ trợ của nền tảng.",
         "Trường hợp bị lợi dụng để lừa đảo, người dùng nên trình báo cơ quan công an gần nhất để được hỗ trợ."],
     "source_html": '<p class="cn360-source">Theo <a href="https://songhong.test/cong-nghe/nguoi-dung-can-lam-gi-khi-tai-khoan-mang-xa-hoi-bi-chiem-doat-post771203.html" rel="nofollow" target="_blank">Báo Sông Hồng</a>, 10/06/2026 18:05</p>',
     "tags": ["an ninh mạng", "mạng xã hội"], "related": [HL[4]]},
]
