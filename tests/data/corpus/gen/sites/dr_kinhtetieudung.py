"""Kinh tế & Tiêu dùng: licensed GIW running its own investigative series against a named
(fictional) developer, with pressure wording and follow-up promises."""
from common import item as I
from layouts import wp

H = "kinhtetieudung.example"
U = f"https://{H}"
BDS = ("Bất động sản", "/chuyen-muc/bat-dong-san")
TD = ("Tiêu dùng", "/chuyen-muc/tieu-dung")
DN = ("Doanh nghiệp", "/chuyen-muc/doanh-nghiep")
BD = ("Bạn đọc", "/chuyen-muc/ban-doc")

SITE = {
    "content_type": "text/html; charset=UTF-8",
    "host": H, "name": "Kinh tế & Tiêu dùng", "prefix": "kttd",
    "class": "press-like", "kind": "drifted-aggregator",
    "licence_number": "76/GP-TTĐT", "licence_kind": "giw",
    "issuer": "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh",
    "notes": "Compliant-looking GIW footer (no press words), but a self-produced multi-part series (Kỳ 1, Kỳ 2) against one named developer with pressure wording (dấu hiệu sai phạm, cần làm rõ, cơ quan chức năng vào cuộc, sẽ tiếp tục thông tin); the drift is only in the article content.",
    "layout": wp,
    "tagline": "Thông tin kinh tế - tiêu dùng - thị trường",
    "title_suffix": " - Kinh tế & Tiêu dùng",
    "description": "Kinh tế & Tiêu dùng: thông tin thị trường, doanh nghiệp, bất động sản, quyền lợi người tiêu dùng.",
    "menu": [TD, DN, BDS, ("Tài chính - Ngân hàng", "/chuyen-muc/tai-chinh-ngan-hang"), ("Thị trường", "/chuyen-muc/thi-truong"), BD, ("Cảnh báo", "/chuyen-muc/canh-bao")],
    "knobs": {"theme": "newsmag", "wpver": "6.5.2", "date_style": "dmy_hm", "list_date": "dmy", "byline": "top",
              "jsonld": "NewsArticle", "og_article": True, "comments": "wp", "ads": True, "ga": "G-KTTD76TT",
              "css_rules": 55, "related_title": "Bài viết liên quan", "most_read_title": "Xem nhiều", "cat_prefix": "Chuyên mục: "},
    "footer": """<p><strong>Kinh tế &amp; Tiêu dùng</strong> - Trang thông tin điện tử tổng hợp</p>
<p>Giấy phép số 76/GP-TTĐT do Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh cấp ngày 22/10/2025</p>
<p>Đơn vị chủ quản: Công ty TNHH Truyền thông Tiêu Dùng Việt</p>
<p>Chịu trách nhiệm nội dung: Ông Vũ Đình Phong</p>
<p>Địa chỉ: 210/14 Điện Biên Phủ, phường Gia Định, TP. Hồ Chí Minh. Điện thoại: 028 3512 7676. Email: lienhe@kinhtetieudung.example</p>
<p>Theme by Newsmag - Powered by WordPress</p>""",
}

K1 = "/ky-1-du-an-ho-ngoc-garden-cua-hoang-kim-phat-dau-hieu-sai-pham-trong-chuyen-nhuong-dat-12431.html"
K2 = "/ky-2-hoang-kim-phat-huy-dong-von-khi-chua-du-dieu-kien-co-quan-chuc-nang-can-vao-cuoc-12458.html"
it1 = I("Kỳ 1: Dự án Hồ Ngọc Garden của Hoàng Kim Phát - dấu hiệu sai phạm trong chuyển nhượng đất?", U + K1,
        "Hàng chục nghìn mét vuông đất nông nghiệp được 'phù phép' thành đất ở, trong khi người dân bị thu hồi đất với giá đền bù thấp. Có hay không việc buông lỏng quản lý?",
        "2026-06-05 07:30", BDS, author="Minh Quân - Hải Đăng", author_slug="minh-quan")
it2 = I("Kỳ 2: Hoàng Kim Phát huy động vốn khi chưa đủ điều kiện, cơ quan chức năng cần vào cuộc", U + K2,
        "Dù dự án chưa được cấp giấy phép xây dựng, chủ đầu tư vẫn ký hàng trăm 'hợp đồng góp vốn', thu của khách hàng hàng trăm tỷ đồng.",
        "2026-06-10 07:30", BDS, author="Minh Quân - Hải Đăng", author_slug="minh-quan")
HL = [
    I("Người tiêu dùng 'sập bẫy' khóa học làm giàu online giá 30 triệu", U + "/nguoi-tieu-dung-sap-bay-khoa-hoc-lam-giau-online-12450.html", "", "2026-06-09 10:00", TD),
    I("Giá xăng dầu giảm nhẹ trong kỳ điều hành chiều nay", U + "/gia-xang-dau-giam-nhe-trong-ky-dieu-hanh-12455.html", "Liên Bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu. (Theo Báo Kinh Tế Ngày Nay)", "2026-06-09 15:10", ("Thị trường", "/chuyen-muc/thi-truong"), source="Theo Báo Kinh Tế Ngày Nay"),
    I("Siêu thị điện máy đồng loạt giảm giá điều hòa mùa nắng nóng", U + "/sieu-thi-dien-may-dong-loat-giam-gia-dieu-hoa-12446.html", "", "2026-06-08 09:00", TD),
    I("Chung cư Riverside Tân Phú: cư dân phản đối phí quản lý tăng gấp đôi", U + "/chung-cu-riverside-tan-phu-cu-dan-phan-doi-phi-quan-ly-12441.html", "", "2026-06-07 16:20", BDS),
    I("Bạn đọc phản ánh: Mua xe máy trả góp bị tính 'phí ẩn'", U + "/ban-doc-phan-anh-mua-xe-may-tra-gop-bi-tinh-phi-an-12437.html", "", "2026-06-06 11:30", BD),
    I("Ngân hàng đồng loạt giảm lãi suất cho vay mua nhà", U + "/ngan-hang-dong-loat-giam-lai-suat-cho-vay-mua-nha-12429.html", "Nhiều ngân hàng giảm 0,5-1 điểm phần trăm lãi suất cho vay mua nhà. (Theo Báo Sông Hồng)", "2026-06-05 14:00", ("Tài chính - Ngân hàng", "/chuyen-muc/tai-chinh-ngan-hang"), source="Theo Báo Sông Hồng"),
    I("Cảnh báo chiêu lừa bán đất nền 'sổ đỏ từng nền' ở vùng ven", U + "/canh-bao-chieu-lua-ban-dat-nen-so-do-tung-nen-12422.html", "", "2026-06-03 08:45", BDS),
    I("Thị trường căn hộ quý II: nguồn cung mới tăng, giá vẫn neo cao", U + "/thi-truong-can-ho-quy-ii-nguon-cung-moi-tang-12418.html", "", "2026-06-02 13:00", BDS),
]
SITE["most_read"] = [it1, it2, HL[0], HL[3], HL[6]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it2, it1, HL[0]],
     "boxes": [("Bất động sản", "/chuyen-muc/bat-dong-san", [it2, it1, HL[3]]), ("Tiêu dùng", "/chuyen-muc/tieu-dung", [HL[0], HL[2]]),
               ("Bạn đọc", "/chuyen-muc/ban-doc", [HL[4]])],
     "river": [HL[1], HL[5], HL[6]], "river_title": "Tin mới"},
    {"kind": "section", "path": "/chuyen-muc/bat-dong-san", "label": "Bất động sản", "items": [it2, it1, HL[3], HL[6], HL[7]]},
    {"kind": "article", "path": K1, "section": BDS, "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"],
     "author": "Minh Quân - Hải Đăng", "author_slug": "minh-quan",
     "box_before": '<div class="kttd-series"><b>Loạt bài: Những khuất tất tại dự án Hồ Ngọc Garden</b></div>',
     "body": [
         "Dự án Khu đô thị sinh thái Hồ Ngọc Garden có quy mô gần 48 ha tại xã Hồ Ngọc, do Công ty CP Đầu tư Địa ốc Hoàng Kim Phát (gọi tắt là Hoàng Kim Phát) làm chủ đầu tư. Dự án được quảng cáo rầm rộ là \"khu đô thị xanh bậc nhất phía Tây\" với giá bán từ 35 triệu đồng/m².",
         "Tuy nhiên, theo phản ánh của nhiều hộ dân gửi đến Kinh tế & Tiêu dùng, quá trình hình thành quỹ đất của dự án có nhiều điểm bất thường.",
         "<h3>Đất nông nghiệp \"lên đời\" đất ở</h3>",
         "Tài liệu mà nhóm phóng viên thu thập được cho thấy, từ năm 2021 đến 2023, các cá nhân có liên quan đến Hoàng Kim Phát đã nhận chuyển nhượng hơn 12 ha đất trồng lúa của người dân với giá chỉ 400.000-600.000 đồng/m². Chỉ vài tháng sau, toàn bộ diện tích này được điều chỉnh quy hoạch thành đất ở đô thị.",
         "Việc điều chỉnh quy hoạch diễn ra nhanh chóng như vậy có dấu hiệu sai phạm, cần làm rõ trách nhiệm của các cơ quan tham mưu. Có hay không việc \"đi trước đón đầu\" quy hoạch để trục lợi?",
         "\"Lúc bán đất, chúng tôi không hề biết khu này sắp lên đô thị. Giờ họ bán lại giá gấp 60 lần\", một người dân ở ấp 3 (xin giấu tên) bức xúc nói.",
         "<h3>Chủ đầu tư nói gì?</h3>",
         "Nhóm phóng viên đã liên hệ với Hoàng Kim Phát để làm rõ các nội dung trên. Đại diện công ty hẹn sẽ trả lời bằng văn bản nhưng đến nay vẫn chưa có phản hồi.",
         "Dư luận đặt câu hỏi: Vì sao một dự án có nhiều khuất tất như vậy vẫn được \"bật đèn xanh\"? Đề nghị cơ quan chức năng vào cuộc kiểm tra, làm rõ.",
         "<p><strong>Kinh tế &amp; Tiêu dùng sẽ tiếp tục thông tin.</strong></p>"],
     "tags": ["Hoàng Kim Phát", "Hồ Ngọc Garden", "dấu hiệu sai phạm"], "related": [it2, HL[6]],
     "comments_html": '<h2 class="comments-title">12 bình luận</h2><ol class="comment-list"><li class="comment"><b>Nguyễn Thành</b> <time>05/06/2026</time><p>Đề nghị làm rõ, dân mất đất mà doanh nghiệp hưởng lợi.</p></li><li class="comment"><b>Khách hàng HNG</b> <time>06/06/2026</time><p>Tôi đã góp vốn 800 triệu, giờ rất lo.</p></li></ol>'},
    {"kind": "article", "path": K2, "section": BDS, "title": it2["title"], "sapo": it2["sapo"], "date": it2["date"],
     "author": "Minh Quân - Hải Đăng", "author_slug": "minh-quan",
     "box_before": f'<div class="kttd-series"><b>Loạt bài: Những khuất tất tại dự án Hồ Ngọc Garden</b><br><a href="{U + K1}">Kỳ 1: Dấu hiệu sai phạm trong chuyển nhượng đất?</a></div>',
     "body": [
         "Như Kinh tế & Tiêu dùng đã phản ánh ở Kỳ 1, dự án Hồ Ngọc Garden của Hoàng Kim Phát có dấu hiệu sai phạm trong quá trình hình thành quỹ đất. Sau khi bài viết được đăng tải, nhiều khách hàng đã liên hệ với chúng tôi cung cấp thêm tài liệu.",
         "Theo các hợp đồng mà chúng tôi tiếp cận được, từ tháng 3/2024, Hoàng Kim Phát đã ký hơn 400 \"hợp đồng hợp tác đầu tư\" và \"hợp đồng góp vốn\" với khách hàng, mỗi hợp đồng thu từ 30% đến 50% giá trị nền đất. Tổng số tiền ước tính lên tới hơn 700 tỷ đồng.",
         "Trong khi đó, theo quy định của Luật Kinh doanh bất động sản, chủ đầu tư chỉ được thu tiền đặt cọc tối đa 5% giá bán khi dự án đã có đủ điều kiện đưa vào kinh doanh. Tại thời điểm ký các hợp đồng trên, dự án chưa có giấy phép xây dựng, chưa hoàn thành hạ tầng kỹ thuật.",
         "Luật sư Bùi Văn Tín nhận định việc huy động vốn như trên là trái quy định, tiềm ẩn rủi ro rất lớn cho khách hàng. \"Cơ quan chức năng cần sớm vào cuộc làm rõ dòng tiền, tránh để xảy ra hậu quả như nhiều vụ việc đã xảy ra\", luật sư Tín nói.",
         "Ghi nhận thực tế tại dự án ngày 8/6, phần lớn diện tích vẫn là bãi đất trống, cỏ mọc um tùm; chỉ có một số tuyến đường nội bộ đang được san lấp.",
         "Những dấu hiệu bất thường tại dự án Hồ Ngọc Garden cần được các cơ quan chức năng kiểm tra, làm rõ và xử lý nghiêm nếu có sai phạm.",
         "<p><strong>Kinh tế &amp; Tiêu dùng sẽ tiếp tục thông tin về vụ việc. Mời bạn đọc đón xem Kỳ 3: Ai \"chống lưng\" cho Hoàng Kim Phát?</strong></p>"],
     "tags": ["Hoàng Kim Phát", "Hồ Ngọc Garden", "huy động vốn"], "related": [it1, HL[7]]},
]
