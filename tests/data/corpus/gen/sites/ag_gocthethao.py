"""Góc Thể Thao: lawful sports aggregator; items end with 'Nguồn: <báo> - <time>' and link out.
Includes a 404 page."""
from common import item as I
from layouts import news

H = "gocthethao.example"
BD = ("Bóng đá", "/bong-da")
TN = ("Tennis", "/tennis")

SITE = {
    "host": H, "name": "Góc Thể Thao", "prefix": "gtt",
    "class": "aggregator", "kind": "lawful-aggregator",
    "licence_number": "203/GP-TTĐT", "licence_kind": "giw",
    "issuer": "Sở Thông tin và Truyền thông Hà Nội",
    "notes": "Sports GIW, date in 'ngày d tháng m năm yyyy' form in the licence line; menu has 'Tin nóng' and the items read like match reports, but each ends with 'Nguồn: <báo>' + link + time and bylines are the originals' authors; the shortened copy keeps the original's reporter-presence sentence. Includes one 404 page.",
    "layout": news,
    "title_suffix": " | Góc Thể Thao",
    "home_title": "Góc Thể Thao - Tổng hợp tin bóng đá, tennis, đua xe",
    "description": "Góc Thể Thao - tổng hợp tin bóng đá trong nước, quốc tế, tennis, đua xe từ các báo thể thao.",
    "menu": [("Tin nóng", "/tin-nong"), BD, ("Bóng đá quốc tế", "/bong-da-quoc-te"), TN, ("Đua xe", "/dua-xe"), ("Võ thuật", "/vo-thuat"), ("Lịch thi đấu", "/lich-thi-dau")],
    "knobs": {"date_style": "hm_dmy", "list_date": "hm_dmy", "byline": "top", "byline_prefix": "Tác giả bài gốc: ", "jsonld": None,
              "og_article": False, "og_type_article": "article", "comments": None, "ads": True, "cookie": False, "ga": "G-GTT203HN", "css_rules": 35,
              "related_title": "Tin thể thao khác", "most_read_title": "Tin nóng"},
    "footer": """<p>Góc Thể Thao - trang thông tin điện tử tổng hợp về thể thao</p>
<p>Giấy phép thiết lập trang thông tin điện tử tổng hợp số 203/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 03 tháng 8 năm 2022</p>
<p>Cơ quan chủ quản: Công ty TNHH Thể Thao Số Việt Nam - Chịu trách nhiệm nội dung: Ông Lê Minh Khôi</p>
<p>Địa chỉ liên hệ: Số 30 ngõ 82 Dịch Vọng Hậu, phường Cầu Giấy, Hà Nội - Hotline: 0904 203 203</p>""",
}

A1 = "/bong-da/ha-noi-xanh-nguoc-dong-truoc-song-lam-giu-dinh-bang-v-league-21877.htm"
it1 = I("Hà Nội Xanh ngược dòng trước Sông Lam, giữ đỉnh bảng V-League", A1, "Bị dẫn trước từ phút 12, đội chủ nhà vùng lên mạnh mẽ trong hiệp hai và giành chiến thắng 3-1.", "2026-06-11 22:10", BD, source="Nguồn: Thể Thao Ngày Mới")
HL = [
    I("HLV trưởng đội tuyển: 'Chúng tôi không chọn cầu thủ theo tên tuổi'", "/bong-da/hlv-truong-doi-tuyen-khong-chon-cau-thu-theo-ten-tuoi-21875.htm", "", "2026-06-11 19:40", BD, source="Nguồn: Thể Thao Ngày Mới"),
    I("Đội tuyển Việt Nam chốt danh sách 26 cầu thủ cho vòng loại", "/bong-da/doi-tuyen-viet-nam-chot-danh-sach-26-cau-thu-21873.htm", "", "2026-06-11 23:30", BD, source="Nguồn: Báo Phương Nam"),
    I("Đội bóng đá Bình Lâm giành vé lên hạng Nhất", "/bong-da/doi-bong-da-binh-lam-gianh-ve-len-hang-nhat-21866.htm", "", "2026-06-08 07:00", BD, source="Nguồn: Báo Bình Lâm"),
    I("Tay vợt số một Việt Nam thăng hạng ATP sau giải Challenger", "/tennis/tay-vot-so-mot-viet-nam-thang-hang-atp-21870.htm", "", "2026-06-11 06:30", TN, source="Nguồn: Thể Thao Ngày Mới"),
    I("Chặng đua MotoGP cuối tuần: tay đua trẻ giành pole", "/dua-xe/chang-dua-motogp-cuoi-tuan-tay-dua-tre-gianh-pole-21868.htm", "", "2026-06-10 21:00", ("Đua xe", "/dua-xe"), source="Nguồn: Báo Tuổi Xanh"),
    I("Võ sĩ Việt Nam thắng knock-out ở sự kiện MMA khu vực", "/vo-thuat/vo-si-viet-nam-thang-knock-out-mma-21864.htm", "", "2026-06-10 12:00", ("Võ thuật", "/vo-thuat"), source="Nguồn: Báo Sông Hồng"),
    I("World Cup 2026: Đội chủ nhà công bố danh sách cuối cùng", "/bong-da-quoc-te/world-cup-2026-doi-chu-nha-cong-bo-danh-sach-21869.htm", "", "2026-06-11 10:00", ("Bóng đá quốc tế", "/bong-da-quoc-te"), source="Nguồn: Báo Sông Hồng"),
    I("Thủ môn trẻ nhất V-League giữ sạch lưới 4 trận liên tiếp", "/bong-da/thu-mon-tre-nhat-v-league-giu-sach-luoi-21862.htm", "", "2026-06-10 13:00", BD, source="Nguồn: Thể Thao Ngày Mới"),
    I("Bóng đá nữ Việt Nam chuẩn bị cho vòng loại châu Á", "/bong-da/bong-da-nu-viet-nam-chuan-bi-vong-loai-chau-a-21858.htm", "", "2026-06-09 16:00", BD, source="Nguồn: Báo Tuổi Xanh"),
]
SITE["most_read"] = [it1, HL[0], HL[6], HL[3]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it1, HL[0], HL[1], HL[6]],
     "river": [HL[3], HL[4], HL[5], HL[2], HL[7]], "river_title": "Tin thể thao mới",
     "boxes": [("Bóng đá", "/bong-da", [it1, HL[1], HL[2]]), ("Tennis", "/tennis", [HL[3]]), ("Đua xe", "/dua-xe", [HL[4]])]},
    {"kind": "section", "path": "/bong-da", "label": "Bóng đá", "items": [it1, HL[0], HL[1], HL[7], HL[2], HL[8]]},
    {"kind": "article", "path": A1, "section": BD, "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"],
     "author": "Đức Trung (Thể Thao Ngày Mới)",
     "body": [
         "Trên sân nhà tối 11/6, Hà Nội Xanh nhập cuộc chậm chạp và phải nhận bàn thua ở phút 12 từ một tình huống cố định. Phóng viên Thể Thao Ngày Mới có mặt trên khán đài ghi nhận nhiều tiếng huýt sáo khi hai đội vào nghỉ giữa hiệp.",
         "Sau giờ nghỉ, tiền đạo nhập tịch vào sân và ghi cú đúp ở các phút 54 và 64, trước khi đội chủ nhà ấn định chiến thắng 3-1 ở phút bù giờ.",
         "Với chiến thắng này, Hà Nội Xanh có 46 điểm sau 21 vòng, hơn đội xếp thứ hai 3 điểm.",
         '<p class="gtt-src"><strong>Nguồn:</strong> <a href="https://thethaongaymoi.test/bong-da-viet-nam/ha-noi-xanh-nguoc-dong-truoc-song-lam-post318442.html" rel="nofollow" target="_blank">Thể Thao Ngày Mới</a> - 21:05 11/06/2026</p>'],
     "related": [HL[7], HL[0]]},
    {"kind": "404", "path": "/bong-da/ket-qua-tran-dau-cu-da-bi-go-21201.htm", "status": 404,
     "html": '<div class="gtt-404"><h1>404</h1><p>Rất tiếc, trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p><p><a href="/">Quay về trang chủ</a></p></div>'},
]
