"""Thế Giới Quanh Ta: a licensed GIW that mostly aggregates with proper sources, but runs an
'Điều tra' section of its own reportage and a 'Gửi bài cho Tòa soạn' form (subtle case)."""
from common import item as I
from layouts import news

H = "thegioiquanhta.test"
DT = ("Điều tra", "/dieu-tra")
XH = ("Xã hội", "/xa-hoi")
KT = ("Kinh tế", "/kinh-te")
SK = ("Sức khỏe", "/suc-khoe")

SITE = {
    "host": H, "name": "Thế Giới Quanh Ta", "prefix": "tgqt",
    "class": "press-like", "kind": "drifted-aggregator",
    "licence_number": "318/GP-STTTT", "licence_kind": "giw",
    "issuer": "Sở Thông tin và Truyền thông TP. Đà Nẵng",
    "notes": "Subtle: most items are attributed copies ('Nguồn: Báo ... (link), time') and the footer is a plain GIW one, but an 'Điều tra' section carries self-produced reportage (Phóng sự, Kỳ 1, Còn nữa) and a 'Gửi bài cho Tòa soạn' form. Label follows the self-produced investigations (1418 §I; 147 ban on investigations).",
    "layout": news,
    "title_suffix": " - Thế Giới Quanh Ta",
    "description": "Thế Giới Quanh Ta - tổng hợp thông tin xã hội, kinh tế, sức khỏe, đời sống từ các báo điện tử chính thống.",
    "menu": [("Xã hội", "/xa-hoi"), KT, ("Thế giới", "/the-gioi"), SK, ("Đời sống", "/doi-song"), ("Công nghệ", "/cong-nghe"), DT, ("Gửi bài", "/gui-bai")],
    "knobs": {"date_style": "dmy_hm", "list_date": "dmy_hm", "byline": "top", "byline_prefix": "", "jsonld": "Article",
              "og_article": True, "comments": None, "ads": True, "cookie": True, "ga": "G-TGQT318DN", "css_rules": 55,
              "related_title": "Tin khác", "most_read_title": "Được quan tâm"},
    "footer": """<p>Thế Giới Quanh Ta - Trang thông tin điện tử tổng hợp</p>
<p>Giấy phép số 318/GP-STTTT do Sở Thông tin và Truyền thông TP. Đà Nẵng cấp ngày 09/11/2022</p>
<p>Chủ quản: Công ty TNHH Công nghệ và Truyền thông Sông Hàn. Chịu trách nhiệm nội dung: Ông Phan Thanh Tùng</p>
<p>Địa chỉ: 88 Bạch Đằng, phường Hải Châu, TP. Đà Nẵng - ĐT: 0236 3655 318 - Email: lienhe@thegioiquanhta.test</p>
<p>Thông tin trên trang được tổng hợp từ các cơ quan báo chí chính thống, có ghi rõ nguồn.</p>""",
}

A_AGG = "/xa-hoi/nhieu-dia-phuong-tang-gio-hoc-ky-nang-boi-cho-hoc-sinh-he-nay-n90421.html"
A_DT = "/dieu-tra/phong-su-ky-1-nhung-chuyen-xe-vang-lai-don-khach-trai-phep-o-ben-xe-phia-nam-n90410.html"

it_agg = I("Nhiều địa phương tăng giờ học kỹ năng bơi cho học sinh hè này", A_AGG,
           "Trước mùa mưa lũ, các trường phối hợp với trung tâm thể thao mở lớp dạy bơi miễn phí cho học sinh tiểu học.", "2026-06-11 16:30", XH, source="Báo Tuổi Xanh")
it_dt = I("Phóng sự - Kỳ 1: Những chuyến xe 'vãng lai' đón khách trái phép ở bến xe phía Nam", A_DT,
          "Chỉ cách cổng bến xe vài chục mét, hàng loạt xe khách không phù hiệu ngang nhiên đón trả khách, 'cò' vây kín người đi đường.", "2026-06-09 06:00", DT, kicker="Điều tra")
HL = [
    I("Giá điện sinh hoạt có thể điều chỉnh từ tháng 7", "/kinh-te/gia-dien-sinh-hoat-co-the-dieu-chinh-tu-thang-7-n90424.html", "Tập đoàn điện lực đang tính toán phương án điều chỉnh giá bán lẻ điện bình quân.", "2026-06-11 20:10", KT, source="Báo Kinh Tế Ngày Nay"),
    I("Bệnh viện nhi tăng bệnh nhân sốt xuất huyết đầu mùa mưa", "/suc-khoe/benh-vien-nhi-tang-benh-nhan-sot-xuat-huyet-n90423.html", "Số trẻ nhập viện vì sốt xuất huyết tại ba bệnh viện nhi lớn tăng gần gấp đôi so với cùng kỳ.", "2026-06-11 17:20", SK, source="Báo Phương Nam"),
    I("EU siết quy định pin tái chế, doanh nghiệp châu Á phải thích ứng", "/the-gioi/eu-siet-quy-dinh-pin-tai-che-n90422.html", "", "2026-06-11 23:00", ("Thế giới", "/the-gioi"), source="Báo Phương Nam"),
    it_agg,
    I("Điện thoại gập giảm giá mạnh sau 3 tháng ra mắt", "/cong-nghe/dien-thoai-gap-giam-gia-manh-n90419.html", "", "2026-06-11 11:00", ("Công nghệ", "/cong-nghe"), source="Tạp chí Thế Giới Số"),
    I("Nông dân Lâm Hà thu lãi cao từ cà phê ghép cải tạo", "/kinh-te/nong-dan-lam-ha-thu-lai-cao-tu-ca-phe-ghep-n90417.html", "", "2026-06-10 09:30", KT, source="Báo Bình Lâm"),
    I("5 thói quen buổi sáng giúp ngủ ngon hơn vào ban đêm", "/doi-song/5-thoi-quen-buoi-sang-giup-ngu-ngon-hon-n90415.html", "", "2026-06-10 07:00", ("Đời sống", "/doi-song"), source="Báo Sức Khỏe Cộng Đồng"),
    it_dt,
    I("Điều tra: Nước giếng khoan nhiễm phèn, dân dùng để nấu ăn", "/dieu-tra/nuoc-gieng-khoan-nhiem-phen-dan-dung-de-nau-an-n90398.html", "Nhóm phóng viên đã lấy mẫu nước tại 12 hộ dân và gửi đi xét nghiệm độc lập.", "2026-06-05 06:00", DT, kicker="Điều tra"),
    I("Ghi chép: Một đêm theo chân đội phản ứng nhanh cứu hộ giao thông", "/dieu-tra/ghi-chep-mot-dem-theo-chan-doi-cuu-ho-giao-thong-n90387.html", "", "2026-06-02 06:00", DT, kicker="Ghi chép"),
    I("Bãi đỗ xe 'chặt chém' cạnh bệnh viện: 50.000 đồng một lượt", "/dieu-tra/bai-do-xe-chat-chem-canh-benh-vien-n90370.html", "", "2026-05-28 06:00", DT),
]
SITE["most_read"] = [HL[0], it_dt, HL[1], HL[4]]
FORM = """<section class="tgqt-widget tgqt-submit"><h2 class="tgqt-widget-title">Gửi bài cho Tòa soạn</h2>
<p>Bạn có thông tin, hình ảnh, video về các vấn đề bức xúc? Hãy gửi cho chúng tôi.</p><a class="tgqt-btn" href="/gui-bai">Gửi bài ngay</a></section>"""
SITE["sidebar_extra"] = FORM

PAGES = [
    {"kind": "home", "path": "/", "featured": [HL[0], HL[1], HL[2], it_agg],
     "river": [HL[4], HL[5], HL[6], it_dt], "river_title": "Tin tổng hợp",
     "boxes": [("Xã hội", "/xa-hoi", [it_agg]), ("Kinh tế", "/kinh-te", [HL[0], HL[5]]), ("Sức khỏe", "/suc-khoe", [HL[1]]),
               ("Điều tra", "/dieu-tra", [it_dt, HL[8]])]},
    {"kind": "section", "path": "/dieu-tra", "label": "Điều tra",
     "intro": '<p class="tgqt-cate-desc">Những phóng sự, ghi chép thực tế của nhóm phóng viên Thế Giới Quanh Ta.</p>',
     "items": [it_dt, HL[8], HL[9], HL[10]]},
    {"kind": "article", "path": A_AGG, "section": XH, "title": it_agg["title"], "sapo": it_agg["sapo"], "date": it_agg["date"],
     "author": "Báo Tuổi Xanh", "author_ld": {"@type": "Organization", "name": "Báo Tuổi Xanh"},
     "body": [
         "Theo kế hoạch của nhiều sở giáo dục, trong tháng 6 và tháng 7, các trường tiểu học sẽ phối hợp với trung tâm văn hóa - thể thao địa phương tổ chức lớp dạy bơi an toàn cho học sinh, ưu tiên học sinh lớp 3 đến lớp 5.",
         "Tại nhiều xã ven sông, trường học tận dụng hồ bơi di động lắp ghép đặt ngay trong sân trường. Mỗi lớp học kéo dài 10 buổi, học sinh được hướng dẫn kỹ năng nổi, thở và tự cứu khi rơi xuống nước.",
         "Đại diện một sở giáo dục cho biết mục tiêu đến năm 2027 có ít nhất 70% học sinh tiểu học biết bơi an toàn."],
     "source_html": '<p class="tgqt-source">Nguồn: <a href="https://tuoixanh.test/giao-duc/nhieu-dia-phuong-tang-gio-hoc-ky-nang-boi-20260611143012.htm" rel="nofollow" target="_blank">Báo Tuổi Xanh</a>, đăng lúc 14:30 ngày 11/06/2026</p>',
     "related": [HL[6], HL[1]]},
    {"kind": "article", "path": A_DT, "section": DT, "kicker": "Phóng sự", "title": it_dt["title"], "sapo": it_dt["sapo"], "date": it_dt["date"],
     "author": "Hoàng Vũ - Thanh Tâm", "author_ld": [{"@type": "Person", "name": "Hoàng Vũ"}, {"@type": "Person", "name": "Thanh Tâm"}],
     "body": [
         "6h sáng, cổng bến xe phía Nam đã tấp nập. Chúng tôi vừa dừng xe máy bên đường, lập tức 3-4 thanh niên ập tới: \"Đi đâu em? Đi Quảng Ngãi, Quy Nhơn không? Xe giường nằm, giá rẻ hơn trong bến\".",
         "Trong vai hành khách, nhóm phóng viên theo một \"cò\" đi bộ khoảng 50 m đến một chiếc xe 45 chỗ đậu sát lề. Xe không có phù hiệu tuyến cố định, không có lệnh vận chuyển. Giá vé được báo 250.000 đồng, rẻ hơn vé trong bến 60.000 đồng.",
         "Theo quan sát của chúng tôi trong 3 buổi sáng liên tiếp, mỗi buổi có từ 7 đến 10 chiếc xe như vậy dừng đón khách, mỗi xe đậu 15-20 phút rồi chạy đi. Lực lượng chức năng xuất hiện thì các xe lập tức rời đi, 10 phút sau lại quay về.",
         "Anh Nguyễn Văn Phước, một tài xế xe tuyến cố định trong bến, bức xúc: \"Chúng tôi đóng đủ phí, chạy đúng giờ, còn mấy xe này cứ đứng ngoài cổng giành khách\".",
         "Ở kỳ tiếp theo, chúng tôi sẽ theo chân một chuyến xe \"vãng lai\" để thấy những rủi ro mà hành khách phải đối mặt.",
         "<p><em>(Còn nữa)</em></p>"],
     "related": [HL[8], HL[9]]},
    {"kind": "static", "path": "/gui-bai", "title": "Gửi bài cho Tòa soạn",
     "html": """<div class="tgqt-form-page"><p>Thế Giới Quanh Ta trân trọng tiếp nhận tin, bài, hình ảnh, video phản ánh của bạn đọc. Tòa soạn cam kết bảo mật thông tin cá nhân của người gửi. Tin bài được sử dụng sẽ được trả nhuận bút theo quy định.</p>
<form class="tgqt-submit-form" action="/gui-bai/submit" method="post" enctype="multipart/form-data">
<label>Họ và tên *<input type="text" name="hoten" required></label>
<label>Số điện thoại *<input type="tel" name="sdt" required></label>
<label>Email<input type="email" name="email"></label>
<label>Tiêu đề *<input type="text" name="tieude" required></label>
<label>Nội dung phản ánh *<textarea name="noidung" rows="10" required></textarea></label>
<label>Đính kèm hình ảnh, video, tài liệu<input type="file" name="dinhkem" multiple></label>
<label><input type="checkbox" name="dongy" required> Tôi đồng ý với điều khoản gửi bài của Tòa soạn</label>
<button type="submit">Gửi bài</button></form></div>"""},
]
