"""Nhịp Sống Miền Tây: licensed GIW whose items are field reports: reporter presence
phrases, 'Nhóm PV' bylines, no sources.  One article page is stored in NFD."""
from common import item as I
from layouts import news

H = "nhipsongmientay.test"
DP = ("Tin địa phương", "/tin-dia-phuong")
DS = ("Đời sống", "/doi-song")
GT = ("Giao thông", "/giao-thong")
BD = ("Bạn đọc phản ánh", "/ban-doc-phan-anh")

SITE = {
    "host": H, "name": "Nhịp Sống Miền Tây", "prefix": "nsmt",
    "class": "press-like", "kind": "drifted-aggregator",
    "licence_number": "09/GP-TTĐT", "licence_kind": "giw",
    "issuer": "Sở TT&TT thành phố Cần Thơ",
    "notes": "GIW licence and a plain footer, regional topical menu; the drift is reporting: 'Phóng viên đã có mặt', 'Theo ghi nhận của PV', 'PV đã liên hệ', 'Nhóm PV' bylines, readers' complaints investigated on site, no source lines. One article in NFD.",
    "layout": news,
    "title_suffix": " - Nhịp Sống Miền Tây",
    "description": "Nhịp Sống Miền Tây - thông tin đời sống, giao thông, nông nghiệp, du lịch các tỉnh miền Tây Nam Bộ.",
    "topbar": '<span class="nsmt-weather">Cần Thơ 29°C - Có mưa rào</span>',
    "menu": [DP, DS, GT, ("Nông nghiệp", "/nong-nghiep"), ("Du lịch - Ẩm thực", "/du-lich-am-thuc"), BD, ("Video", "/video")],
    "knobs": {"date_style": "dash", "list_date": "dash", "byline": "top", "byline_prefix": "", "jsonld": "Article",
              "og_article": False, "og_type_article": "article", "comments": "form", "ads": True, "cookie": True,
              "ga": "G-NSMT09CT", "css_rules": 50, "related_title": "Xem thêm", "most_read_title": "Nổi bật", "share": False},
    "footer": """<p>© 2026 Nhịp Sống Miền Tây - Trang tin tổng hợp.</p>
<p>Giấy phép số 09/GP-TTĐT do Sở TT&amp;TT thành phố Cần Thơ cấp ngày 06/5/2021.</p>
<p>Đơn vị quản lý: Công ty TNHH Dịch vụ Truyền thông Mekong Xanh. Chịu trách nhiệm quản lý nội dung: Bà Huỳnh Thị Mỹ Lệ.</p>
<p>Địa chỉ: 56 đường 30 Tháng 4, phường Ninh Kiều, TP. Cần Thơ. ĐT: 0292 3811 009. Email: lienhe@nhipsongmientay.test</p>
<p><a href="/chinh-sach-rieng-tu">Chính sách riêng tư</a> | <a href="/dieu-khoan">Điều khoản sử dụng</a> | <a href="/lien-he">Liên hệ</a></p>""",
}

A1 = "/ban-doc-phan-anh/cau-sat-xuong-cap-hoc-sinh-lieu-minh-qua-kenh-moi-ngay-a18823.html"
A2 = "/giao-thong/tuyen-duong-tinh-lo-nat-nhu-tuong-sau-mua-mua-a18815.html"
it1 = I("Cầu sắt xuống cấp, học sinh liều mình qua kênh mỗi ngày", A1,
        "Cây cầu sắt bắc qua kênh Xẻo Tre đã mục nát nhiều đoạn, lan can gãy rời, nhưng mỗi ngày vẫn có hàng trăm học sinh và người dân qua lại.",
        "2026-06-11 07:00", BD)
it2 = I("Tuyến đường tỉnh lộ 'nát như tương' sau mùa mưa", A2,
        "Hàng trăm ổ gà, ổ voi xuất hiện dày đặc trên đoạn tỉnh lộ dài gần 8 km, nhiều người đi xe máy bị té ngã.", "2026-06-09 06:30", GT)
HL = [
    I("Người dân khổ sở vì bãi rác tự phát cạnh chợ nổi", "/ban-doc-phan-anh/nguoi-dan-kho-so-vi-bai-rac-tu-phat-canh-cho-noi-a18820.html", "Theo ghi nhận của PV, bãi rác rộng hàng trăm mét vuông, bốc mùi hôi thối nồng nặc.", "2026-06-10 16:00", BD),
    I("Chợ quê rộn ràng mùa chôm chôm chín", "/doi-song/cho-que-ron-rang-mua-chom-chom-chin-a18819.html", "", "2026-06-10 09:00", DS),
    I("Nhà máy nước đá xả thải ra sông, cá chết trắng mặt nước", "/ban-doc-phan-anh/nha-may-nuoc-da-xa-thai-ra-song-ca-chet-a18812.html", "Phóng viên đã có mặt tại hiện trường và ghi nhận nước sông chuyển màu đen, bốc mùi.", "2026-06-08 14:20", BD),
    I("Phà Vàm Cống đông nghẹt dịp cuối tuần", "/giao-thong/pha-vam-cong-dong-nghet-dip-cuoi-tuan-a18810.html", "", "2026-06-08 08:10", GT),
    I("Mùa nước nổi sớm, nông dân tranh thủ thu hoạch lúa", "/nong-nghiep/mua-nuoc-noi-som-nong-dan-tranh-thu-thu-hoach-a18806.html", "", "2026-06-07 17:30", ("Nông nghiệp", "/nong-nghiep")),
    I("Về Sóc Trăng thưởng thức bánh pía nóng hổi", "/du-lich-am-thuc/ve-soc-trang-thuong-thuc-banh-pia-a18801.html", "", "2026-06-06 10:00", ("Du lịch - Ẩm thực", "/du-lich-am-thuc")),
    I("Bạn đọc phản ánh: Đèn tín hiệu giao thông 'lúc đỏ lúc tắt' ở ngã tư", "/ban-doc-phan-anh/den-tin-hieu-giao-thong-luc-do-luc-tat-a18797.html", "", "2026-06-05 15:40", BD),
    I("Hộ dân bị 'bao vây' bởi công trình xây dựng trái phép", "/ban-doc-phan-anh/ho-dan-bi-bao-vay-boi-cong-trinh-xay-dung-trai-phep-a18790.html", "", "2026-06-04 08:00", BD),
]
SITE["most_read"] = [it1, HL[2], it2, HL[0]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it1, it2, HL[2]],
     "river": [HL[0], HL[1], HL[3], HL[4], HL[5]], "river_title": "Tin mới",
     "boxes": [("Bạn đọc phản ánh", "/ban-doc-phan-anh", [it1, HL[0], HL[2]]), ("Giao thông", "/giao-thong", [it2, HL[3]]), ("Đời sống", "/doi-song", [HL[1]])]},
    {"kind": "section", "path": "/ban-doc-phan-anh", "label": "Bạn đọc phản ánh",
     "intro": '<div class="nsmt-hotline-box">Bạn đọc có thông tin phản ánh xin gửi về email <b>phananh@nhipsongmientay.test</b> hoặc Zalo 0939 09 09 09. Nhóm PV sẽ xác minh và phản ánh kịp thời.</div>',
     "items": [it1, HL[0], HL[2], HL[6], HL[7]]},
    {"kind": "article", "path": A1, "section": BD, "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"],
     "author": "Nhóm PV", "variant": "nfd",
     "body": [
         "Nhận được phản ánh của bạn đọc về tình trạng xuống cấp của cây cầu sắt bắc qua kênh Xẻo Tre (ấp Long Hòa), nhóm PV Nhịp Sống Miền Tây đã về tận nơi để ghi nhận.",
         "Phóng viên đã có mặt tại cầu vào khoảng 6h30 sáng, thời điểm học sinh đi học. Theo ghi nhận của PV, mặt cầu lát ván gỗ đã mục nát, nhiều chỗ bị thủng lỗ lớn, người đi bộ phải bước né. Lan can hai bên gãy rời từng đoạn, chỉ còn vài sợi dây kẽm buộc tạm.",
         "Em Nguyễn Thị Ngọc Trâm (học sinh lớp 7) cho biết mỗi ngày em đi qua cầu 4 lần. \"Lúc trời mưa ván trơn lắm, tụi con phải nắm tay nhau đi\", Trâm nói.",
         "Ông Sáu Lợi, người dân sống cạnh chân cầu, cho hay cây cầu được xây dựng từ năm 2005. \"Mấy năm nay người dân kiến nghị hoài mà chưa thấy sửa. Năm rồi có một cháu bị lọt chân xuống lỗ thủng, trầy hết chân\".",
         "Để làm rõ thông tin, PV đã liên hệ UBND xã. Trao đổi với phóng viên, ông Trần Văn Hiếu, Phó Chủ tịch UBND xã, thừa nhận cây cầu đã xuống cấp nghiêm trọng. Xã đã lập tờ trình xin kinh phí xây mới nhưng chưa được bố trí vốn. \"Trước mắt, xã sẽ cho gia cố tạm mặt cầu và lan can trong tuần này\", ông Hiếu cho biết.",
         "Nhịp Sống Miền Tây sẽ tiếp tục theo dõi và thông tin đến bạn đọc."],
     "n_comments": 2,
     "comments_html": '<div class="nsmt-cmt"><b>Út Nhỏ</b>: Cầu này đi sợ lắm, mong sớm sửa.</div><div class="nsmt-cmt"><b>Minh Khoa</b>: Cảm ơn nhóm PV đã phản ánh.</div>',
     "related": [HL[0], HL[6]]},
    {"kind": "article", "path": A2, "section": GT, "title": it2["title"], "sapo": it2["sapo"], "date": it2["date"],
     "author": "Nhóm PV",
     "body": [
         "Đoạn tỉnh lộ dài gần 8 km, từ ngã ba Cái Tắc đến cầu Rạch Gòi, là tuyến huyết mạch nối nhiều xã với trung tâm. Tuy nhiên, sau những trận mưa lớn vừa qua, tuyến đường đã xuống cấp nghiêm trọng.",
         "Theo ghi nhận của PV chiều 8/6, trên đoạn đường xuất hiện hàng trăm ổ gà, có ổ sâu tới 20-30 cm, đọng đầy nước. Xe tải trọng lớn chạy qua làm nước bắn tung tóe lên người đi đường.",
         "Chị Lê Thị Hồng (bán hàng ăn sáng ven đường) kể: \"Tuần nào cũng có người té. Hôm bữa có bà cụ chở cháu đi học bị té, may mà không sao\".",
         "PV đã liên hệ đơn vị quản lý tuyến đường. Đại diện đơn vị cho biết đã có kế hoạch dặm vá các ổ gà trong tháng 6, còn việc nâng cấp toàn tuyến phải chờ nguồn vốn.",
         "Nhóm PV sẽ tiếp tục phản ánh khi có thông tin mới."],
     "related": [HL[3], it1]},
]
