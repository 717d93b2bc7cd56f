"""Tạp chí điện tử Kinh Tế Xanh: a licensed e-magazine (fictional), licence issued by MCST after 2025."""
from common import item as I
from layouts import news

H = "tapchikinhtexanh.test"
CS = ("Chính sách", "/chinh-sach")
DN = ("Doanh nghiệp", "/doanh-nghiep")
NL = ("Năng lượng", "/nang-luong")
NN = ("Nông nghiệp xanh", "/nong-nghiep-xanh")
DT = ("Đô thị bền vững", "/do-thi-ben-vung")
TC = ("Tài chính xanh", "/tai-chinh-xanh")
MT = ("Môi trường", "/moi-truong")
PV = ("Phỏng vấn", "/phong-van")

SITE = {
    "host": H, "name": "Tạp chí Kinh Tế Xanh", "prefix": "ktx",
    "class": "press-like", "kind": "e-magazine",
    "licence_number": "74/GP-BVHTTDL", "licence_kind": "e-magazine",
    "issuer": "Bộ Văn hóa, Thể thao và Du lịch",
    "notes": "Licensed e-magazine (post-2025 MCST licence): narrow, specialised sections (no Pháp luật/Thời sự), interviews with PV: turns, Tổng Biên tập and Tòa soạn in footer. Hard because its menu looks like a topical aggregator.",
    "layout": news,
    "title_suffix": " - Tạp chí Kinh Tế Xanh",
    "home_title": "Tạp chí Kinh Tế Xanh - Kinh tế tuần hoàn, năng lượng sạch, phát triển bền vững",
    "description": "Tạp chí điện tử Kinh Tế Xanh - diễn đàn chính sách và doanh nghiệp về kinh tế tuần hoàn, chuyển đổi xanh, năng lượng tái tạo và phát triển bền vững.",
    "topbar": '<span class="ktx-lang"><a href="/en">English</a></span> <span class="ktx-social"><a href="https://facebook.example/tapchikinhtexanh">Facebook</a> <a href="https://youtube.example/@kinhtexanh">YouTube</a></span>',
    "menu": [("Thời sự", "/thoi-su"), CS, DN, NL, NN, DT, TC, MT, PV, ("Emagazine", "/emagazine"), ("Multimedia", "/multimedia")],
    "knobs": {"sprite": 40, "date_style": "hm_dmy", "list_date": "dmy", "byline": "top", "byline_prefix": "",
              "jsonld": "NewsArticle", "publisher_type": "NewsMediaOrganization", "og_article": True,
              "ads": False, "cookie": True, "rss": False, "ga": "G-KTX74BV2025", "css_rules": 90,
              "related_title": "Bài viết cùng chuyên mục", "most_read_title": "Tiêu điểm", "sapo_tag": "div", "tags_title": "Chủ đề:"},
    "footer": """<div class="ktx-f-col"><h4>TẠP CHÍ ĐIỆN TỬ KINH TẾ XANH</h4>
<p>Cơ quan chủ quản: Hiệp hội Phát triển Kinh tế Tuần hoàn Việt Nam</p>
<p>Giấy phép hoạt động tạp chí điện tử số 74/GP-BVHTTDL do Bộ Văn hóa, Thể thao và Du lịch cấp ngày 18 tháng 9 năm 2025</p>
<p>Tổng Biên tập: TS. Đoàn Minh Khuê<br>Phó Tổng Biên tập: Nguyễn Hữu Lộc</p></div>
<div class="ktx-f-col"><p>Trụ sở Tòa soạn: Số 9 ngõ 46 Phạm Ngọc Thạch, phường Kim Liên, Hà Nội</p>
<p>Điện thoại: 024 3562 7474 | Email: toasoan@tapchikinhtexanh.test</p>
<p>Văn phòng đại diện phía Nam: 14 Đinh Tiên Hoàng, phường Sài Gòn, TP. Hồ Chí Minh</p>
<p>Liên hệ quảng cáo, truyền thông: 0987 74 74 74</p></div>
<p class="ktx-copy">Copyright © 2026 Tạp chí Kinh Tế Xanh. Mọi hình thức sao chép phải được sự đồng ý bằng văn bản của Tạp chí.</p>""",
}

A_PV = "/phong-van/doanh-nghiep-nho-khong-the-dung-ngoai-cuoc-chuyen-doi-xanh-a28714.html"
A_CS = "/chinh-sach/tu-2027-cac-khu-cong-nghiep-phai-bao-cao-kiem-ke-khi-nha-kinh-a28702.html"

it_pv = I("\"Doanh nghiệp nhỏ không thể đứng ngoài cuộc chuyển đổi xanh\"", A_PV,
          "Trao đổi với Tạp chí Kinh Tế Xanh, ông Hà Quang Vinh, Giám đốc Trung tâm Tư vấn Sản xuất sạch hơn, cho rằng áp lực từ người mua quốc tế đang đến nhanh hơn dự báo.",
          "2026-06-10 14:00", PV)
it_cs = I("Từ 2027, các khu công nghiệp phải báo cáo kiểm kê khí nhà kính", A_CS,
          "Dự thảo sửa đổi danh mục cơ sở phải kiểm kê khí nhà kính mở rộng đối tượng sang hạ tầng khu công nghiệp và các cơ sở dệt nhuộm, thuộc da quy mô vừa.",
          "2026-06-11 09:30", CS)
HL = [
    I("Ngành dệt may tăng tốc lắp điện mặt trời mái nhà để giữ đơn hàng", "/doanh-nghiep/nganh-det-may-tang-toc-lap-dien-mat-troi-mai-nha-a28710.html", "Nhiều nhãn hàng châu Âu yêu cầu nhà cung cấp công bố tỷ lệ điện tái tạo trong hợp đồng năm 2027.", "2026-06-11 16:10", DN),
    I("Một doanh nghiệp bao bì giảm 40% nhựa nguyên sinh nhờ thiết kế lại sản phẩm", "/doanh-nghiep/doanh-nghiep-bao-bi-giam-40-nhua-nguyen-sinh-a28699.html", "", "2026-06-10 10:20", DN),
    I("Tín dụng xanh tăng trưởng 22%, nhưng vẫn chưa tới 5% tổng dư nợ", "/tai-chinh-xanh/tin-dung-xanh-tang-truong-22-phan-tram-a28706.html", "", "2026-06-11 11:00", TC),
    I("Cơ chế mua bán điện trực tiếp: Doanh nghiệp chờ hướng dẫn chi tiết", "/nang-luong/co-che-mua-ban-dien-truc-tiep-doanh-nghiep-cho-huong-dan-a28703.html", "", "2026-06-11 08:00", NL),
    I("Lúa phát thải thấp ở đồng bằng: bài toán thu gom rơm rạ", "/nong-nghiep-xanh/lua-phat-thai-thap-bai-toan-thu-gom-rom-ra-a28695.html", "", "2026-06-09 15:45", NN),
    I("Đô thị ven biển và bài học thoát nước từ mùa mưa năm ngoái", "/do-thi-ben-vung/do-thi-ven-bien-bai-hoc-thoat-nuoc-a28690.html", "", "2026-06-09 09:00", DT),
    I("Rác thải điện tử: 'mỏ vàng' chưa được khai thác", "/moi-truong/rac-thai-dien-tu-mo-vang-chua-duoc-khai-thac-a28688.html", "", "2026-06-08 20:00", MT),
    I("Emagazine: Những người gom nhựa trên sông", "/emagazine/nhung-nguoi-gom-nhua-tren-song-a28680.html", "", "2026-06-08 07:00", ("Emagazine", "/emagazine")),
    I("Chuỗi cà phê cam kết 100% ly giấy có thể tái chế vào năm 2028", "/doanh-nghiep/chuoi-ca-phe-cam-ket-ly-giay-tai-che-a28677.html", "", "2026-06-07 13:30", DN),
    I("Hợp tác xã chế biến vỏ sầu riêng thành phân bón hữu cơ", "/doanh-nghiep/hop-tac-xa-che-bien-vo-sau-rieng-thanh-phan-bon-a28671.html", "", "2026-06-06 09:10", DN),
    I("Doanh nghiệp logistics thử nghiệm xe tải điện cho tuyến nội đô", "/doanh-nghiep/doanh-nghiep-logistics-thu-nghiem-xe-tai-dien-a28664.html", "", "2026-06-05 17:20", DN),
    I("Báo cáo ESG: từ 'làm cho có' đến công cụ quản trị", "/doanh-nghiep/bao-cao-esg-tu-lam-cho-co-den-cong-cu-quan-tri-a28659.html", "", "2026-06-05 08:40", DN),
]
SITE["most_read"] = [it_cs, it_pv, HL[2], HL[3], HL[6]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it_cs, it_pv, HL[0], HL[3]],
     "river": [HL[2], HL[1], HL[4], HL[5], HL[6], HL[7]], "river_title": "Mới nhất",
     "boxes": [("Chính sách", "/chinh-sach", [it_cs]), ("Doanh nghiệp", "/doanh-nghiep", [HL[0], HL[1], HL[8]]),
               ("Năng lượng", "/nang-luong", [HL[3]]), ("Tài chính xanh", "/tai-chinh-xanh", [HL[2]]),
               ("Phỏng vấn", "/phong-van", [it_pv]), ("Emagazine", "/emagazine", [HL[7]])]},
    {"kind": "section", "path": "/doanh-nghiep", "label": "Doanh nghiệp",
     "sub": [("Doanh nghiệp xanh", "/doanh-nghiep/doanh-nghiep-xanh"), ("ESG", "/doanh-nghiep/esg"), ("Khởi nghiệp", "/doanh-nghiep/khoi-nghiep")],
     "items": [HL[0], HL[1], HL[8], HL[9], HL[10], HL[11],
               I("Nhà máy giấy tái sử dụng 90% nước thải sau xử lý", "/doanh-nghiep/nha-may-giay-tai-su-dung-90-nuoc-thai-a28650.html", "", "2026-06-04 10:00", DN),
               I("Startup biến bã mía thành hộp đựng thức ăn nhận vốn đầu tư", "/doanh-nghiep/startup-bien-ba-mia-thanh-hop-dung-thuc-an-a28641.html", "", "2026-06-03 14:25", DN)]},
    {"kind": "article", "path": A_PV, "section": PV, "title": it_pv["title"], "sapo": it_pv["sapo"], "date": it_pv["date"],
     "author": "Thanh Hà (thực hiện)", "author_url": "/tac-gia/thanh-ha", "jsonld_type": "NewsArticle",
     "author_ld": {"@type": "Person", "name": "Thanh Hà", "jobTitle": "Phóng viên"},
     "body": [
         "<p><strong>PV: Thưa ông, vì sao ông cho rằng chuyển đổi xanh đã trở thành yêu cầu bắt buộc, kể cả với doanh nghiệp nhỏ và vừa?</strong></p>",
         "Ông Hà Quang Vinh: Ba năm trước, khi chúng tôi đi tư vấn, câu hỏi thường gặp là \"làm xanh thì được gì\". Bây giờ câu hỏi đã đổi thành \"không làm thì có mất đơn hàng không\". Các nhà nhập khẩu lớn đang chuyển yêu cầu về phát thải xuống cả nhà cung cấp cấp hai, cấp ba, tức là những xưởng 50-100 lao động.",
         "<p><strong>PV: Nhưng chi phí đầu tư là rào cản lớn. Doanh nghiệp nhỏ nên bắt đầu từ đâu?</strong></p>",
         "Ông Hà Quang Vinh: Không phải cứ chuyển đổi xanh là phải mua thiết bị đắt tiền. Kinh nghiệm của chúng tôi ở hơn 120 cơ sở cho thấy 30-40% cơ hội tiết kiệm đến từ quản lý nội vi: sửa rò rỉ hơi, lắp đồng hồ đo điện theo từng dây chuyền, sắp xếp ca máy. Những việc này gần như không tốn vốn.",
         "Bước tiếp theo là đo đếm. Doanh nghiệp nào có số liệu tiêu thụ năng lượng, nước, nguyên liệu theo tháng thì mới nói chuyện được với ngân hàng về tín dụng xanh.",
         "<p><strong>PV: Ông đánh giá thế nào về các gói tín dụng xanh hiện nay?</strong></p>",
         "Ông Hà Quang Vinh: Nguồn vốn có, nhưng thủ tục chứng minh \"tính xanh\" của dự án vẫn là bài toán khó với doanh nghiệp nhỏ. Tôi mong có bộ tiêu chí phân loại xanh đơn giản hơn cho các khoản vay dưới 10 tỷ đồng.",
         "<p><strong>PV: Xin cảm ơn ông!</strong></p>"],
     "tags": ["chuyển đổi xanh", "doanh nghiệp nhỏ và vừa", "tín dụng xanh"],
     "related": [HL[0], HL[11], HL[2]]},
    {"kind": "article", "path": A_CS, "section": CS, "title": it_cs["title"], "sapo": it_cs["sapo"], "date": it_cs["date"],
     "author": "Quang Minh", "author_url": "/tac-gia/quang-minh",
     "body": [
         "Bộ Nông nghiệp và Môi trường đang lấy ý kiến dự thảo quyết định cập nhật danh mục lĩnh vực, cơ sở phát thải khí nhà kính phải thực hiện kiểm kê. So với danh mục hiện hành, dự thảo bổ sung khoảng 1.100 cơ sở.",
         "Điểm mới đáng chú ý là các công ty kinh doanh hạ tầng khu công nghiệp sẽ phải kiểm kê phát thải của hệ thống xử lý nước thải tập trung, chiếu sáng và giao thông nội khu, thay vì chỉ từng nhà máy thành viên báo cáo riêng lẻ.",
         "Theo ban soạn thảo, việc này giúp hình thành số liệu nền cho các khu công nghiệp sinh thái và chuẩn bị cho thị trường carbon trong nước dự kiến vận hành thí điểm.",
         "Đại diện một công ty hạ tầng khu công nghiệp ở phía Bắc cho rằng quy định là cần thiết, nhưng đề nghị lùi thời hạn báo cáo lần đầu sang quý II/2027 để doanh nghiệp kịp thuê đơn vị tư vấn và lắp thiết bị đo.",
         "Dự thảo được lấy ý kiến đến hết ngày 30/6/2026."],
     "tags": ["kiểm kê khí nhà kính", "khu công nghiệp", "thị trường carbon"],
     "related": [HL[3], HL[2]]},
]
