"""Tạp chí điện tử Pháp Lý Số: licensed legal e-magazine (fictional) on WordPress, with
its own investigative series about a named (fictional) developer."""
from common import item as I
from layouts import wp

H = "tapchiphaplyso.test"
U = f"https://{H}"
BD = ("Bạn đọc - Đơn thư", "/ban-doc-don-thu")
PL = ("Pháp luật", "/phap-luat")
HD = ("Hỏi đáp pháp luật", "/hoi-dap-phap-luat")
NC = ("Nghiên cứu - Trao đổi", "/nghien-cuu-trao-doi")

SITE = {
    "content_type": "text/html; charset=UTF-8",
    "host": H, "name": "Tạp chí Pháp Lý Số", "prefix": "pls",
    "class": "press-like", "kind": "e-magazine",
    "licence_number": "402/GP-BTTTT", "licence_kind": "e-magazine",
    "issuer": "Bộ Thông tin và Truyền thông",
    "notes": "Licensed legal e-magazine on a WordPress theme: its own investigative series (Bài 1) on a named developer with pressure wording and 'Tòa soạn đã nhận được đơn' - all legitimate for press; the press licence is what differs from the drifted sites.",
    "layout": wp,
    "tagline": "Cơ quan của Viện Nghiên cứu Pháp luật và Phát triển Kinh tế",
    "title_suffix": " - Tạp chí Pháp Lý Số",
    "home_title": "Tạp chí Pháp Lý Số - Thông tin pháp luật, bạn đọc, đơn thư",
    "description": "Tạp chí điện tử Pháp Lý Số - thông tin, nghiên cứu, trao đổi pháp luật; tiếp nhận đơn thư bạn đọc; hỏi đáp pháp luật miễn phí.",
    "topbar": "date",
    "logo_html": f'<a href="{U}/" class="custom-logo-link" rel="home"><img src="{U}/wp-content/uploads/2023/09/logo-phaplyso.png" class="custom-logo" alt="Tạp chí Pháp Lý Số" width="320" height="80"></a>',
    "menu": [("Thời sự", "/thoi-su"), PL, ("Kinh tế - Doanh nghiệp", "/kinh-te-doanh-nghiep"), ("Đất đai - Xây dựng", "/dat-dai-xay-dung"), BD, HD, NC, ("Luật sư", "/luat-su"), ("Văn bản mới", "/van-ban-moi")],
    "knobs": {"theme": "jnews", "wpver": "6.4.5", "date_style": "dmy_hm", "list_date": "dmy", "byline": "both", "byline_prefix": "Bởi",
              "jsonld": "NewsArticle", "publisher_type": "NewsMediaOrganization", "og_article": True, "comments": None,
              "ads": False, "cookie": False, "ga": "G-PLS402BT23", "css_rules": 70, "related_title": "Tin cùng chuyên mục", "most_read_title": "Đọc nhiều nhất"},
    "footer": """<div class="pls-footer-about"><p><strong>TẠP CHÍ ĐIỆN TỬ PHÁP LÝ SỐ</strong></p>
<p>Cơ quan chủ quản: Viện Nghiên cứu Pháp luật và Phát triển Kinh tế</p>
<p>Giấy phép hoạt động tạp chí điện tử số 402/GP-BTTTT ngày 15/8/2023 do Bộ Thông tin và Truyền thông cấp.</p>
<p>Tổng biên tập: Luật sư, ThS. Mai Xuân Trường</p>
<p>Tòa soạn: Tầng 8, tòa nhà 102 Trường Chinh, phường Kim Liên, Hà Nội | Điện thoại: 024 6686 4020</p>
<p>Văn phòng đại diện khu vực miền Trung: 31 Lê Duẩn, phường Hải Châu, TP. Đà Nẵng</p>
<p>Email nhận đơn thư, tin bài: toasoan@tapchiphaplyso.test</p></div>
<p class="pls-copyright">© 2023-2026 Tạp chí Pháp Lý Số. Ghi rõ nguồn khi trích dẫn lại thông tin từ website này.</p>""",
}

A_B1 = "/2026/06/bai-1-du-an-nha-o-thanh-dat-phu-cu-dan-cho-so-hong-sau-7-nam/"
A_HD = "/2026/06/hoi-dap-hang-xom-xay-nha-lan-chiem-2-tac-dat-xu-ly-the-nao/"

it_b1 = I("Bài 1: Dự án nhà ở Thành Đạt Phú - cư dân chờ sổ hồng sau 7 năm", U + A_B1,
          "Hơn 300 hộ dân tại dự án Khu nhà ở Thành Đạt Phú đã thanh toán đủ tiền nhưng đến nay vẫn chưa được cấp giấy chứng nhận quyền sở hữu nhà.",
          "2026-06-09 07:00", BD, author="Nhóm phóng viên", author_slug="nhom-phong-vien")
it_hd = I("Hỏi đáp: Hàng xóm xây nhà lấn chiếm 2 tấc đất, xử lý thế nào?", U + A_HD,
          "Bạn đọc Trần Văn Lợi (Thái Nguyên) hỏi: Nhà hàng xóm xây tường rào lấn sang đất nhà tôi khoảng 20 cm...", "2026-06-10 09:00", HD)
HL = [
    I("Đơn thư bạn đọc: Bị thu hồi đất nhưng chưa nhận được tiền bồi thường sau 3 năm", U + "/2026/06/don-thu-bi-thu-hoi-dat-chua-nhan-duoc-tien-boi-thuong/", "Tòa soạn nhận được đơn của 12 hộ dân phản ánh việc chậm chi trả bồi thường khi thu hồi đất làm đường.", "2026-06-08 08:30", BD),
    I("Chuyển đơn của bạn đọc đến UBND phường Tân Phong", U + "/2026/06/chuyen-don-cua-ban-doc-den-ubnd-phuong-tan-phong/", "", "2026-06-06 10:00", BD),
    I("Những điểm mới của Luật Đất đai sửa đổi về cấp sổ cho nhà ở thương mại", U + "/2026/06/nhung-diem-moi-luat-dat-dai-cap-so-nha-o-thuong-mai/", "", "2026-06-07 15:00", PL),
    I("Trách nhiệm của chủ đầu tư khi chậm làm thủ tục cấp giấy chứng nhận", U + "/2026/06/trach-nhiem-cua-chu-dau-tu-khi-cham-lam-thu-tuc/", "", "2026-06-05 09:20", NC),
    I("Hỏi đáp: Hợp đồng đặt cọc mua nhà không công chứng có hiệu lực?", U + "/2026/06/hoi-dap-hop-dong-dat-coc-khong-cong-chung/", "", "2026-06-04 08:00", HD),
    I("Bạn đọc phản ánh: Cơ sở chế biến gỗ gây ô nhiễm tiếng ồn ban đêm", U + "/2026/06/ban-doc-phan-anh-co-so-che-bien-go-gay-on/", "", "2026-06-03 16:40", BD),
    I("Phản hồi của Sở Xây dựng về đơn thư cư dân chung cư Hòa Lạc Xanh", U + "/2026/06/phan-hoi-so-xay-dung-don-thu-cu-dan-chung-cu/", "", "2026-06-02 11:10", BD),
    I("Đơn thư: Người lao động bị nợ lương, công ty 'biến mất'", U + "/2026/05/don-thu-nguoi-lao-dong-bi-no-luong/", "", "2026-05-30 09:00", BD),
]
SITE["most_read"] = [it_b1, HL[0], HL[2], it_hd, HL[3]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it_b1, HL[2], it_hd],
     "boxes": [("Bạn đọc - Đơn thư", "/ban-doc-don-thu", [HL[0], HL[1], HL[5]]), ("Pháp luật", "/phap-luat", [HL[2]]),
               ("Nghiên cứu - Trao đổi", "/nghien-cuu-trao-doi", [HL[3]]), ("Hỏi đáp pháp luật", "/hoi-dap-phap-luat", [it_hd, HL[4]])],
     "river": [HL[6], HL[7]], "river_title": "Tin mới"},
    {"kind": "section", "path": "/ban-doc-don-thu", "label": "Bạn đọc - Đơn thư",
     "intro": '<div class="taxonomy-description"><p>Chuyên mục tiếp nhận, phản ánh đơn thư của bạn đọc. Đơn thư xin gửi về Tòa soạn theo địa chỉ ở chân trang hoặc email toasoan@tapchiphaplyso.test.</p></div>',
     "items": [it_b1, HL[0], HL[1], HL[5], HL[6], HL[7]]},
    {"kind": "article", "path": A_B1, "section": BD, "title": it_b1["title"], "sapo": it_b1["sapo"], "date": it_b1["date"],
     "author": "Nhóm phóng viên", "author_slug": "nhom-phong-vien",
     "author_ld": {"@type": "Organization", "name": "Nhóm phóng viên Tạp chí Pháp Lý Số"},
     "body": [
         "Thời gian qua, Tòa soạn Tạp chí Pháp Lý Số đã nhận được đơn của đại diện hơn 300 hộ dân đang sinh sống tại dự án Khu nhà ở Thành Đạt Phú (phường Phú Lợi) phản ánh việc chủ đầu tư là Công ty TNHH Xây dựng và Thương mại Thành Đạt Phú chậm làm thủ tục cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở (sổ hồng) cho người mua.",
         "Theo đơn phản ánh, các hộ dân ký hợp đồng mua nhà từ năm 2018-2019, đã thanh toán 95-100% giá trị hợp đồng và nhận bàn giao nhà từ năm 2019. Theo hợp đồng, chủ đầu tư có trách nhiệm làm thủ tục cấp sổ trong vòng 50 ngày kể từ ngày bàn giao.",
         "\"Bảy năm rồi chúng tôi không có sổ. Muốn thế chấp vay vốn làm ăn cũng không được, muốn bán cũng không ai mua\", ông Đỗ Văn Khang, một cư dân, chia sẻ với phóng viên.",
         "<h2>Dấu hiệu chậm thực hiện nghĩa vụ tài chính</h2>",
         "Tìm hiểu của phóng viên cho thấy một trong những nguyên nhân khiến hồ sơ cấp sổ bị \"treo\" là chủ đầu tư chưa hoàn thành nghĩa vụ tài chính về tiền sử dụng đất đối với phần diện tích điều chỉnh quy hoạch năm 2020. Văn bản của cơ quan thuế mà phóng viên tiếp cận được cho thấy số tiền doanh nghiệp còn nợ hơn 46 tỷ đồng.",
         "Việc người mua đã thanh toán gần như toàn bộ tiền nhà nhưng doanh nghiệp chưa nộp đủ tiền sử dụng đất có dấu hiệu vi phạm nghĩa vụ của chủ đầu tư theo Luật Kinh doanh bất động sản, cần được cơ quan chức năng làm rõ.",
         "Để thông tin khách quan, ngày 3/6/2026 Tạp chí Pháp Lý Số đã gửi văn bản đề nghị Công ty Thành Đạt Phú cung cấp thông tin. Đến thời điểm đăng bài, phía doanh nghiệp chưa có phản hồi.",
         "Luật sư Nguyễn Quốc Định (Đoàn Luật sư Hà Nội) cho rằng các hộ dân có quyền khởi kiện yêu cầu chủ đầu tư thực hiện nghĩa vụ và bồi thường thiệt hại; đồng thời UBND tỉnh cần chỉ đạo các sở, ngành kiểm tra, có biện pháp bảo vệ quyền lợi hợp pháp của người mua nhà.",
         "<p><em>Tạp chí Pháp Lý Số sẽ tiếp tục thông tin về vụ việc. Bài 2: Chính quyền nói gì?</em></p>"],
     "tags": ["sổ hồng", "chủ đầu tư", "đơn thư bạn đọc", "Thành Đạt Phú"], "related": [HL[0], HL[3]]},
    {"kind": "article", "path": A_HD, "section": HD, "title": it_hd["title"], "sapo": it_hd["sapo"], "date": it_hd["date"],
     "author": "Luật sư Đinh Thị Ngọc", "author_slug": "ls-dinh-thi-ngoc",
     "body": [
         "<p><em>Bạn đọc Trần Văn Lợi (Thái Nguyên) hỏi: Nhà hàng xóm xây tường rào lấn sang đất nhà tôi khoảng 20 cm, chiều dài 15 m. Tôi đã nói chuyện nhưng họ không chịu tháo dỡ. Tôi phải làm gì để bảo vệ quyền lợi?</em></p>",
         "<strong>Trả lời:</strong>",
         "Theo quy định của Bộ luật Dân sự, người sử dụng đất được sử dụng không gian và lòng đất theo chiều thẳng đứng từ ranh giới của thửa đất. Việc xây dựng lấn sang thửa đất liền kề là xâm phạm quyền của người sử dụng đất hợp pháp.",
         "Trước hết, ông nên đề nghị UBND cấp xã nơi có đất tổ chức hòa giải tranh chấp đất đai. Đây là thủ tục bắt buộc trước khi khởi kiện tranh chấp về ranh giới.",
         "Trường hợp hòa giải không thành, ông có thể khởi kiện tại Tòa án nhân dân khu vực nơi có đất, yêu cầu bên lấn chiếm tháo dỡ công trình, trả lại phần đất và bồi thường thiệt hại (nếu có).",
         "Ngoài ra, hành vi lấn đất có thể bị xử phạt vi phạm hành chính theo quy định về xử phạt trong lĩnh vực đất đai."],
     "tags": ["tranh chấp đất đai", "lấn chiếm"], "related": [HL[4]]},
]
