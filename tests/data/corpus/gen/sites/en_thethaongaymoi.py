"""Báo Thể Thao Ngày Mới: a licensed sports e-newspaper (fictional)."""
from common import item as I
from layouts import news

H = "thethaongaymoi.test"
VN = ("Bóng đá Việt Nam", "/bong-da-viet-nam")
QT = ("Bóng đá quốc tế", "/bong-da-quoc-te")
TT = ("Thể thao", "/the-thao")
GN = ("Góc nhìn", "/goc-nhin")

SITE = {
    "host": H, "name": "Thể Thao Ngày Mới", "prefix": "ttnm",
    "class": "press-like", "kind": "e-newspaper",
    "licence_number": "27/GP-CBC", "licence_kind": "e-newspaper",
    "issuer": "Cục Báo chí, Bộ Văn hóa, Thể thao và Du lịch",
    "notes": "Licensed sports e-newspaper: few hard-news sections (sports, Esports, Xe, Giải trí), post-2025 licence replacing an old GP-BTTTT one; newsroom furniture and bylines; hard because topic sections look like a sports aggregator's.",
    "layout": news,
    "title_suffix": " | Thể Thao Ngày Mới",
    "home_title": "Báo Thể Thao Ngày Mới - Tin bóng đá, thể thao 24h nhanh nhất",
    "description": "Báo Thể Thao Ngày Mới: tin bóng đá Việt Nam, bóng đá quốc tế, V-League, Ngoại hạng Anh, quần vợt, võ thuật, esports cập nhật liên tục.",
    "topbar": "date",
    "menu": [VN, QT, ("V-League", "/v-league"), ("Ngoại hạng Anh", "/ngoai-hang-anh"), TT, ("Esports", "/esports"), ("Xe", "/xe"), ("Giải trí", "/giai-tri"), GN, ("Bạn đọc", "/ban-doc"), ("Video", "/video")],
    "knobs": {"sprite": 80, "adzones": 30, "date_style": "full_lc", "list_date": "hm_dmy2", "byline": "top", "jsonld": "NewsArticle",
              "publisher_type": "NewsMediaOrganization", "og_article": True, "comments": "fb", "fb_app": "1480211556000272",
              "ads": True, "cookie": False, "amp": True, "rss": True, "ga": "G-TTNM27CBC", "css_rules": 120, "related_title": "Đọc thêm",
              "news_keywords": True, "sub_sapo": True},
    "footer": """<div class="ttnm-f1"><img src="https://cdn.thethaongaymoi.test/assets/img/logo-ttnm.svg" alt="Thể Thao Ngày Mới" width="180"></div>
<div class="ttnm-f2"><p><b>BÁO THỂ THAO NGÀY MỚI</b> - Cơ quan chủ quản: Liên đoàn Thể thao Quần chúng Việt Nam</p>
<p>Giấy phép hoạt động báo điện tử số 27/GP-CBC do Cục Báo chí, Bộ Văn hóa, Thể thao và Du lịch cấp ngày 05/01/2026 (thay thế Giấy phép số 561/GP-BTTTT ngày 14/11/2017).</p>
<p>Tổng biên tập: Phạm Gia Huy - Phó Tổng biên tập thường trực: Nguyễn Thị Hồng Vân</p>
<p>Trụ sở Tòa soạn: 5 Trịnh Hoài Đức, phường Đống Đa, Hà Nội - ĐT: (024) 3845 2727</p>
<p>Cơ quan thường trú phía Nam: 220 Cách Mạng Tháng Tám, phường Bàn Cờ, TP. Hồ Chí Minh</p>
<p>Email: toasoan@thethaongaymoi.test - Hotline bạn đọc: 0888 27 27 27</p></div>
<div class="ttnm-f3"><p>Thông tin trên website được bảo hộ bản quyền. Không sử dụng lại nội dung khi chưa có sự đồng ý bằng văn bản của Báo Thể Thao Ngày Mới.</p></div>""",
}

A_VN = "/bong-da-viet-nam/ha-noi-xanh-nguoc-dong-truoc-song-lam-post318442.html"
A_GN = "/goc-nhin/cau-thu-tre-can-phut-thi-dau-hon-la-hop-dong-khung-post318430.html"

it_vn = I("Hà Nội Xanh ngược dòng trước Sông Lam, giữ đỉnh bảng V-League", A_VN,
          "Bị dẫn trước từ phút 12, đội chủ nhà vùng lên mạnh mẽ trong hiệp hai và giành chiến thắng 3-1 nhờ cú đúp của tiền đạo nhập tịch.", "2026-06-11 21:05", VN)
it_gn = I("Cầu thủ trẻ cần phút thi đấu hơn là hợp đồng 'khủng'", A_GN,
          "Bóng đá Việt Nam không thiếu tài năng trẻ, nhưng thiếu môi trường để các em được ra sân đều đặn ở độ tuổi 18-21.", "2026-06-11 10:00", GN)
HL = [
    I("HLV trưởng đội tuyển: 'Chúng tôi không chọn cầu thủ theo tên tuổi'", "/bong-da-viet-nam/hlv-truong-doi-tuyen-khong-chon-cau-thu-theo-ten-tuoi-post318440.html", "Danh sách 26 cầu thủ cho hai trận vòng loại có 5 gương mặt lần đầu được triệu tập.", "2026-06-11 18:30", VN),
    I("U23 Việt Nam tập huấn tại Hàn Quốc, đá giao hữu 3 trận", "/bong-da-viet-nam/u23-viet-nam-tap-huan-tai-han-quoc-post318436.html", "", "2026-06-11 15:10", VN),
    I("Bầu Minh: 'CLB sẽ không bán trụ cột giữa mùa'", "/bong-da-viet-nam/bau-minh-clb-se-khong-ban-tru-cot-giua-mua-post318421.html", "", "2026-06-10 20:40", VN),
    I("Lịch thi đấu vòng 22 V-League: tâm điểm đại chiến ở Thiên Trường", "/v-league/lich-thi-dau-vong-22-v-league-post318419.html", "", "2026-06-10 17:00", ("V-League", "/v-league")),
    I("Chuyển nhượng Ngoại hạng Anh: Ba đội cạnh tranh tiền vệ người Brazil", "/ngoai-hang-anh/chuyen-nhuong-ba-doi-canh-tranh-tien-ve-brazil-post318438.html", "", "2026-06-11 16:45", ("Ngoại hạng Anh", "/ngoai-hang-anh")),
    I("World Cup 2026: Đội chủ nhà công bố danh sách cuối cùng", "/bong-da-quoc-te/world-cup-2026-doi-chu-nha-cong-bo-danh-sach-post318434.html", "", "2026-06-11 08:15", QT),
    I("Tay vợt số một Việt Nam thăng hạng ATP sau giải Challenger", "/the-thao/tay-vot-so-mot-viet-nam-thang-hang-atp-post318429.html", "", "2026-06-10 22:00", TT),
    I("Đội tuyển Liên Minh Huyền Thoại Việt Nam vào chung kết khu vực", "/esports/doi-tuyen-lmht-viet-nam-vao-chung-ket-khu-vuc-post318425.html", "", "2026-06-10 23:30", ("Esports", "/esports")),
    I("Bạn đọc viết: Sân vận động tỉnh cần được cải tạo khán đài", "/ban-doc/ban-doc-viet-san-van-dong-tinh-can-cai-tao-khan-dai-post318411.html", "", "2026-06-10 09:00", ("Bạn đọc", "/ban-doc")),
    I("Thủ môn trẻ nhất V-League giữ sạch lưới 4 trận liên tiếp", "/bong-da-viet-nam/thu-mon-tre-nhat-v-league-giu-sach-luoi-post318415.html", "", "2026-06-10 11:20", VN),
    I("Hạng Nhất: Cuộc đua thăng hạng hấp dẫn đến vòng cuối", "/bong-da-viet-nam/hang-nhat-cuoc-dua-thang-hang-post318408.html", "", "2026-06-09 19:50", VN),
    I("Bóng đá nữ Việt Nam chuẩn bị cho vòng loại châu Á", "/bong-da-viet-nam/bong-da-nu-viet-nam-chuan-bi-vong-loai-chau-a-post318401.html", "", "2026-06-09 14:00", VN),
    I("VFF công bố án phạt với cầu thủ phản ứng trọng tài", "/bong-da-viet-nam/vff-cong-bo-an-phat-cau-thu-phan-ung-trong-tai-post318396.html", "", "2026-06-09 10:30", VN),
]
SITE["most_read"] = [it_vn, HL[0], HL[4], HL[5], it_gn]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it_vn, HL[0], HL[5], HL[4]],
     "river": [HL[1], it_gn, HL[6], HL[7], HL[2], HL[3], HL[8]],
     "boxes": [("Bóng đá Việt Nam", "/bong-da-viet-nam", [it_vn, HL[0], HL[1], HL[2]]), ("Bóng đá quốc tế", "/bong-da-quoc-te", [HL[5], HL[4]]),
               ("Thể thao", "/the-thao", [HL[6]]), ("Esports", "/esports", [HL[7]]), ("Góc nhìn", "/goc-nhin", [it_gn]), ("Bạn đọc", "/ban-doc", [HL[8]])]},
    {"kind": "section", "path": "/bong-da-viet-nam", "label": "Bóng đá Việt Nam",
     "sub": [("Đội tuyển quốc gia", "/bong-da-viet-nam/doi-tuyen"), ("V-League", "/v-league"), ("Hạng Nhất", "/hang-nhat"), ("Bóng đá nữ", "/bong-da-nu")],
     "items": [it_vn, HL[0], HL[1], HL[2], HL[9], HL[10], HL[11], HL[12]]},
    {"kind": "article", "path": A_VN, "section": VN, "title": it_vn["title"], "sapo": it_vn["sapo"], "date": it_vn["date"],
     "author": "Đức Trung", "author_url": "/tac-gia/duc-trung", "author_ld": {"@type": "Person", "name": "Đức Trung", "jobTitle": "Phóng viên"},
     "body": [
         "Trên sân nhà tối 11/6, Hà Nội Xanh nhập cuộc chậm chạp và phải trả giá ở phút 12. Từ quả phạt góc bên cánh phải, trung vệ Sông Lam bật cao đánh đầu cận thành, không cho thủ môn chủ nhà cơ hội cản phá.",
         "Bàn thua khiến Hà Nội Xanh dâng cao đội hình, nhưng đến hết hiệp một, họ chỉ có hai cú sút trúng đích. Phóng viên Thể Thao Ngày Mới có mặt trên khán đài ghi nhận nhiều tiếng huýt sáo khi hai đội vào nghỉ giữa hiệp.",
         "Sau giờ nghỉ, HLV đội chủ nhà tung tiền đạo nhập tịch vào sân. Quyết định này lập tức phát huy hiệu quả: phút 54, anh dứt điểm một chạm từ đường căng ngang, gỡ hòa 1-1. Mười phút sau, cũng chính cầu thủ này đánh đầu nâng tỷ số lên 2-1.",
         "Sông Lam đẩy cao đội hình trong những phút cuối và phải nhận bàn thua thứ ba ở phút 90+2 từ một pha phản công nhanh.",
         "Phát biểu sau trận, HLV Hà Nội Xanh thừa nhận đội bóng \"chơi hiệp một không đúng tinh thần\". \"Tôi đã nói thẳng trong phòng thay đồ. Các cầu thủ phản ứng tốt, nhưng chúng tôi không thể lần nào cũng đợi bị dẫn bàn mới thức tỉnh\", ông nói.",
         "Với chiến thắng này, Hà Nội Xanh có 46 điểm sau 21 vòng, hơn đội xếp thứ hai 3 điểm.",
         '<table class="ttnm-lineup"><tr><th>Hà Nội Xanh</th><th>Sông Lam</th></tr><tr><td>Đức Thịnh, Quang Vũ, Văn Hậu (Tiến Dũng 70\'), Duy Khánh, Minh Tuấn, Hoàng Long, Văn Khoa, Đình Bảo (Gabriel 46\'), Tuấn Hải, Xuân Mạnh, Hùng Cường</td><td>Văn Thái, Ngọc Sơn, Trọng Đại, Hữu Phúc, Minh Phong, Đình Lâm, Văn Lực, Quốc Trung, Việt Hùng, Thanh Bình, Marlon</td></tr></table>'],
     "tags": ["V-League", "Hà Nội Xanh", "Sông Lam"], "related": [HL[3], HL[9]]},
    {"kind": "article", "path": A_GN, "section": GN, "title": it_gn["title"], "sapo": it_gn["sapo"], "date": it_gn["date"],
     "author": "Nhà báo Trương Quốc Bảo", "jsonld_type": "OpinionNewsArticle",
     "body": [
         "Mỗi kỳ chuyển nhượng, không khó để thấy những bản hợp đồng \"khủng\" dành cho cầu thủ trẻ vừa tỏa sáng ở một giải đấu trẻ khu vực. Nhưng hai, ba mùa sau, nhiều cái tên trong số đó vẫn ngồi dự bị, hoặc phải xuống hạng Nhất tìm cơ hội.",
         "Thống kê của chúng tôi ở mùa giải vừa qua cho thấy cầu thủ dưới 21 tuổi chỉ chiếm khoảng 6% tổng số phút thi đấu tại V-League, thấp hơn đáng kể so với các giải trong khu vực.",
         "Nguyên nhân không khó hiểu. Áp lực thành tích khiến các HLV ưu tiên cầu thủ nhiều kinh nghiệm. Một trận thua có thể khiến ghế HLV lung lay, nên ít ai dám đánh cược vào một cầu thủ 19 tuổi.",
         "Quy định bắt buộc đăng ký cầu thủ U21 trong danh sách thi đấu là một bước đi đúng, nhưng chưa đủ. Điều cần thiết là giải đấu dự bị chất lượng, hoặc cơ chế cho mượn minh bạch để cầu thủ trẻ có 20-25 trận mỗi mùa ở trình độ phù hợp.",
         "Hợp đồng lớn có thể giữ chân một tài năng. Nhưng chỉ có phút thi đấu mới biến tài năng đó thành cầu thủ thực thụ."],
     "tags": ["cầu thủ trẻ", "V-League", "đào tạo trẻ"], "related": [HL[9], HL[0]]},
]
