"""Nhân Chứng Online: calls itself a general information site in its header and About page,
while the footer claims an e-newspaper licence number."""
from common import item as I
from layouts import news

H = "nhanchungonline.test"
AN = ("An ninh - Hình sự", "/an-ninh-hinh-su")
PL = ("Pháp luật", "/phap-luat")
XH = ("Xã hội", "/xa-hoi")

SITE = {
    "host": H, "name": "Nhân Chứng Online", "prefix": "nco",
    "class": "press-like", "kind": "drifted-aggregator",
    "licence_number": "215/GP-BTTTT", "licence_kind": "e-newspaper",
    "issuer": "Bộ Thông tin và Truyền thông",
    "notes": "Contradiction: footer claims 'Giấy phép hoạt động báo điện tử số 215/GP-BTTTT' while the header, meta description and About page say 'Trang thông tin điện tử tổng hợp'; crime reporting with 'phóng viên' and Toà soạn; licence_kind is what the footer claims (registry should refute it). Home page uses old tone placement.",
    "layout": news,
    "title_suffix": " | Nhân Chứng Online",
    "home_title": "Nhân Chứng Online - Trang thông tin điện tử tổng hợp",
    "description": "Nhân Chứng Online - Trang thông tin điện tử tổng hợp: an ninh, hình sự, pháp luật, xã hội, nhân chứng kể chuyện.",
    "topbar": '<span class="nco-tag">Trang thông tin điện tử tổng hợp</span> <span class="nco-hot">Đường dây nóng: 0933 215 215</span>',
    "menu": [AN, PL, XH, ("Nhân chứng kể", "/nhan-chung-ke"), ("Hồ sơ", "/ho-so"), ("Pháp đình", "/phap-dinh"), ("Cảnh giác", "/canh-giac"), ("Giới thiệu", "/gioi-thieu")],
    "knobs": {"sprite": 50, "date_style": "full", "list_date": "dmy_hm", "byline": "bottom", "jsonld": "NewsArticle", "publisher_type": "NewsMediaOrganization",
              "og_article": True, "comments": None, "ads": True, "cookie": False, "ga": "G-NCO215BT", "css_rules": 70,
              "related_title": "Cùng chuyên mục", "footer_menu_n": 7},
    "footer": """<p><strong>NHÂN CHỨNG ONLINE</strong></p>
<p>Giấy phép hoạt động báo điện tử số 215/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 09/9/2022</p>
<p>Cơ quan chủ quản: Công ty CP Truyền thông Nhân Chứng Việt</p>
<p>Tổng biên tập: Hà Minh Đức</p>
<p>Tòa soạn: 155 Tô Hiến Thành, phường Diên Hồng, TP. Hồ Chí Minh - ĐT: 028 3868 2150</p>
<p>Email: toasoan@nhanchungonline.test</p>""",
}

A1 = "/an-ninh-hinh-su/lat-tay-bang-nhom-chuyen-trom-xe-may-o-khu-tro-cong-nhan-215884.htm"
it1 = I("Lật tẩy băng nhóm chuyên trộm xe máy ở khu trọ công nhân", A1,
        "Trong 4 tháng, nhóm đối tượng thực hiện hơn 30 vụ trộm xe máy tại các khu trọ, sau đó tháo rời phụ tùng bán cho các tiệm sửa xe.",
        "2026-06-11 19:00", AN)
HL = [
    I("Nhân chứng kể lại giây phút giải cứu bé gái bị bắt cóc", "/nhan-chung-ke/nhan-chung-ke-lai-giay-phut-giai-cuu-be-gai-215880.htm", "", "2026-06-11 10:00", ("Nhân chứng kể", "/nhan-chung-ke")),
    I("Bắt giữ đối tượng truy nã đặc biệt lẩn trốn 12 năm", "/an-ninh-hinh-su/bat-giu-doi-tuong-truy-na-dac-biet-lan-tron-12-nam-215877.htm", "", "2026-06-10 21:30", AN),
    I("Cảnh giác chiêu giả danh công an gọi điện 'cập nhật định danh'", "/canh-giac/canh-giac-chieu-gia-danh-cong-an-goi-dien-215872.htm", "", "2026-06-10 08:40", ("Cảnh giác", "/canh-giac")),
    I("Phiên tòa xét xử vụ lừa đảo đầu tư vàng: bị cáo khai gì?", "/phap-dinh/phien-toa-xet-xu-vu-lua-dao-dau-tu-vang-215868.htm", "", "2026-06-09 16:00", ("Pháp đình", "/phap-dinh")),
    I("Hồ sơ: Vụ án mạng bí ẩn trong căn nhà khóa trái", "/ho-so/vu-an-mang-bi-an-trong-can-nha-khoa-trai-215860.htm", "", "2026-06-08 20:00", ("Hồ sơ", "/ho-so")),
    I("Triệt phá ổ nhóm cho vay nặng lãi, thu giữ nhiều sổ sách", "/an-ninh-hinh-su/triet-pha-o-nhom-cho-vay-nang-lai-215855.htm", "", "2026-06-08 09:15", AN),
    I("Nhóm thanh niên đua xe trái phép bị bắt giữ trong đêm", "/an-ninh-hinh-su/nhom-thanh-nien-dua-xe-trai-phep-215849.htm", "", "2026-06-07 23:50", AN),
    I("Đối tượng dùng dao cướp tiệm vàng bị bắt sau 6 giờ", "/an-ninh-hinh-su/doi-tuong-dung-dao-cuop-tiem-vang-215842.htm", "", "2026-06-06 18:10", AN),
]
SITE["most_read"] = [it1, HL[1], HL[0], HL[4]]

PAGES = [
    {"kind": "home", "path": "/", "variant": "oldtone", "featured": [it1, HL[0], HL[1]],
     "river": [HL[2], HL[3], HL[4], HL[5], HL[6]],
     "boxes": [("An ninh - Hình sự", "/an-ninh-hinh-su", [it1, HL[1], HL[5]]), ("Nhân chứng kể", "/nhan-chung-ke", [HL[0]]), ("Pháp đình", "/phap-dinh", [HL[3]])]},
    {"kind": "static", "path": "/gioi-thieu", "title": "Giới thiệu",
     "html": """<div class="nco-about">
<p><strong>Nhân Chứng Online</strong> là trang thông tin điện tử tổng hợp do Công ty CP Truyền thông Nhân Chứng Việt quản lý, hoạt động từ năm 2022.</p>
<p>Chúng tôi cung cấp thông tin về an ninh trật tự, pháp luật, đời sống xã hội; đặc biệt là những câu chuyện do chính nhân chứng kể lại. Đội ngũ phóng viên, cộng tác viên của Nhân Chứng Online có mặt tại nhiều tỉnh, thành phố trên cả nước.</p>
<p>Mọi thông tin phản ánh, cung cấp tư liệu, xin gửi về Tòa soạn qua email toasoan@nhanchungonline.test hoặc đường dây nóng 0933 215 215.</p>
<h2>Ban biên tập</h2>
<ul><li>Tổng biên tập: Hà Minh Đức</li><li>Thư ký tòa soạn: Lương Thị Hạnh</li><li>Trưởng ban Pháp luật: Đặng Quốc Toản</li></ul>
</div>"""},
    {"kind": "section", "path": "/an-ninh-hinh-su", "label": "An ninh - Hình sự", "items": [it1, HL[1], HL[5], HL[6], HL[7]]},
    {"kind": "article", "path": A1, "section": AN, "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"],
     "author": "Đặng Quốc Toản", "author_ld": {"@type": "Person", "name": "Đặng Quốc Toản", "jobTitle": "Phóng viên"},
     "body": [
         "Từ đầu năm 2026, người thuê trọ ở các khu nhà trọ quanh khu công nghiệp Tân Phú Trung liên tục trình báo mất xe máy, có đêm mất tới 2-3 chiếc. Đáng nói, các vụ trộm đều xảy ra trong khoảng từ 1h đến 4h sáng, dù cổng khu trọ đã khóa.",
         "Qua trích xuất camera, lực lượng công an xác định một nhóm 4 đối tượng thường dùng xe máy đi tuần quanh các khu trọ vào ban ngày để \"chấm\" mục tiêu. Ban đêm, chúng dùng kìm cộng lực phá khóa cổng, dắt xe ra ngoài rồi dùng đoản phá khóa điện.",
         "Xe trộm được đưa về một căn nhà thuê ở xã lân cận, tháo rời động cơ, khung, phụ tùng để bán cho một số tiệm sửa xe. Một chiếc xe trị giá 30-40 triệu đồng bị bán phụ tùng với giá chỉ 3-5 triệu đồng.",
         "Rạng sáng 10/6, công an ập vào căn nhà, bắt quả tang các đối tượng đang tháo dỡ 2 chiếc xe máy, thu giữ nhiều phụ tùng và công cụ gây án.",
         "Phóng viên Nhân Chứng Online đã gặp anh Phạm Văn Sáng (28 tuổi, công nhân), một nạn nhân. \"Xe tôi mua trả góp còn chưa trả hết, giờ mất rồi phải đi bộ 3 cây số đi làm\", anh Sáng nói.",
         "Vụ việc đang được công an tiếp tục điều tra, mở rộng."],
     "tags": ["trộm xe máy", "khu trọ công nhân"], "related": [HL[1], HL[5]]},
]
