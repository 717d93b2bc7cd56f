"""Báo điện tử Phương Nam: a licensed general e-newspaper (fictional)."""
from common import item as I
from layouts import news

H = "baophuongnam.test"
TS = ("Thời sự", "/thoi-su")
PL = ("Pháp luật", "/phap-luat")
KT = ("Kinh tế", "/kinh-te")
TG = ("Thế giới", "/the-gioi")
GD = ("Giáo dục", "/giao-duc")
SK = ("Sức khỏe", "/suc-khoe")
TT = ("Thể thao", "/the-thao")
GT = ("Giải trí", "/giai-tri")
BD = ("Bạn đọc", "/ban-doc")

SITE = {
    "host": H, "name": "Báo điện tử Phương Nam", "prefix": "pn",
    "class": "press-like", "kind": "e-newspaper",
    "licence_number": "318/GP-BTTTT", "licence_kind": "e-newspaper",
    "issuer": "Bộ Thông tin và Truyền thông",
    "notes": "Licensed general e-newspaper: press licence, Tổng biên tập, Tòa soạn, full news sections, bylines, an investigative series (Kỳ 1 ... Còn nữa), NewsArticle JSON-LD; also cites foreign agencies with (Theo Reuters) like any paper.",
    "layout": news,
    "title_suffix": " | Báo Phương Nam",
    "home_title": "Báo Phương Nam - Tin tức mới nhất, thời sự, pháp luật, kinh tế 24h",
    "description": "Báo điện tử Phương Nam cập nhật tin tức thời sự, pháp luật, kinh tế, thế giới, giáo dục, sức khỏe, thể thao, giải trí nhanh và chính xác.",
    "topbar": "date",
    "masthead_extra": '<div class="pn-hotline">Đường dây nóng: <a href="tel:0912000318">0912 000 318</a></div><a class="pn-epaper" href="/bao-in">Đọc báo in</a>',
    "menu": [TS, PL, KT, TG, GD, SK, TT, GT, ("Xe", "/xe"), ("Công nghệ", "/cong-nghe"), BD, ("Video", "/video"), ("Emagazine", "/emagazine")],
    "knobs": {"sprite": 120, "adzones": 40, "prefix": "pn", "date_style": "full", "byline": "bottom", "jsonld": "NewsArticle",
              "publisher_type": "NewsMediaOrganization", "og_article": True, "comments": "form",
              "ads": True, "cookie": False, "amp": True, "rss": True, "ga": "G-PN318A2021", "news_keywords": True,
              "css_rules": 140, "related_title": "Tin liên quan", "most_read_title": "Đọc nhiều"},
    "footer": """<div class="pn-footer-logo"><img src="https://cdn.baophuongnam.test/assets/img/logo-pn-white.svg" alt="Báo Phương Nam"></div>
<p><strong>BÁO ĐIỆN TỬ PHƯƠNG NAM</strong> - Cơ quan của Hội Doanh nhân trẻ Phương Nam</p>
<p>Giấy phép hoạt động báo điện tử số 318/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/7/2021</p>
<p>Tổng biên tập: <strong>Lâm Quốc Hưng</strong> - Phó Tổng biên tập: Võ Thị Bích Ngân, Trần Đăng Khoa</p>
<p>Tòa soạn: 86 Trần Hưng Đạo, phường Cầu Ông Lãnh, TP. Hồ Chí Minh - Điện thoại: (028) 3820 4567 - Fax: (028) 3820 4568</p>
<p>Văn phòng đại diện tại Hà Nội: Tầng 5, số 21 Láng Hạ, phường Giảng Võ, Hà Nội - Điện thoại: (024) 3771 0318</p>
<p>Đường dây nóng: 0912 000 318 - Email: <a href="mailto:toasoan@baophuongnam.test">toasoan@baophuongnam.test</a></p>
<p>Liên hệ quảng cáo: Phòng Truyền thông - Quảng cáo, 0903 318 318 - quangcao@baophuongnam.test</p>
<p class="pn-copy">© Bản quyền thuộc về Báo Phương Nam. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản. Ghi rõ nguồn "Báo Phương Nam" khi phát hành lại thông tin từ website này.</p>
<p class="pn-links"><a href="/gioi-thieu">Giới thiệu</a> · <a href="/lien-he-toa-soan">Liên hệ tòa soạn</a> · <a href="/rss">RSS</a> · <a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></p>""",
}

A_KY1 = "/phap-luat/bay-vay-qua-ung-dung-ky-1-vay-5-trieu-no-60-trieu-sau-ba-thang-d712406.html"
A_TG = "/the-gioi/eu-siet-quy-dinh-pin-tai-che-doanh-nghiep-chau-a-phai-thich-ung-d712377.html"
A_SK = "/suc-khoe/benh-vien-nhi-tang-benh-nhan-sot-xuat-huyet-dau-mua-mua-d712351.html"

it_ky1 = I("Bẫy vay qua ứng dụng - Kỳ 1: Vay 5 triệu, nợ 60 triệu sau ba tháng", A_KY1,
           "Chỉ cần ảnh căn cước và danh bạ điện thoại, người vay được giải ngân trong 15 phút. Nhưng đằng sau sự dễ dàng ấy là lãi suất cắt cổ và những cuộc gọi đe dọa đến cả đồng nghiệp, người thân.",
           "2026-06-11 06:00", PL, kicker="Điều tra")
it_tg = I("EU siết quy định pin tái chế, doanh nghiệp châu Á phải thích ứng", A_TG,
          "Từ năm 2027, pin bán tại EU phải có 'hộ chiếu số' ghi nguồn gốc vật liệu, khiến nhiều nhà sản xuất phải rà soát lại chuỗi cung ứng.",
          "2026-06-11 21:40", TG)
it_sk = I("Bệnh viện nhi tăng bệnh nhân sốt xuất huyết đầu mùa mưa", A_SK,
          "Số trẻ nhập viện vì sốt xuất huyết tại ba bệnh viện nhi lớn tăng gần gấp đôi so với cùng kỳ, bác sĩ khuyến cáo phụ huynh không tự ý truyền dịch tại nhà.",
          "2026-06-11 15:05", SK)

HL = [
    I("Thủ tướng yêu cầu hoàn thành giải ngân vốn đầu tư công trước ngày 31/12", "/thoi-su/thu-tuong-yeu-cau-hoan-thanh-giai-ngan-von-dau-tu-cong-d712410.html", "Các bộ, ngành, địa phương có tỷ lệ giải ngân dưới mức bình quân phải báo cáo nguyên nhân và người chịu trách nhiệm.", "2026-06-12 07:45", TS),
    I("Khởi công cầu vượt sông nối hai bờ khu đô thị phía Đông", "/thoi-su/khoi-cong-cau-vuot-song-noi-hai-bo-khu-do-thi-phia-dong-d712398.html", "Cây cầu dài 1,2 km, vốn đầu tư hơn 3.100 tỷ đồng, dự kiến thông xe vào quý II/2028.", "2026-06-12 06:30", TS),
    I("Triệt phá đường dây làm giả hóa đơn giá trị gia tăng quy mô 1.200 tỷ đồng", "/phap-luat/triet-pha-duong-day-lam-gia-hoa-don-gia-tri-gia-tang-d712402.html", "Nhóm đối tượng lập 47 công ty 'ma' để mua bán hóa đơn cho hơn 600 doanh nghiệp.", "2026-06-12 05:50", PL),
    I("Tạm giữ tài xế xe tải gây tai nạn liên hoàn trên quốc lộ 1", "/phap-luat/tam-giu-tai-xe-xe-tai-gay-tai-nan-lien-hoan-d712395.html", "Kết quả kiểm tra cho thấy tài xế có nồng độ cồn vượt mức cho phép.", "2026-06-11 23:10", PL),
    I("Giá vàng miếng lập đỉnh mới, chênh lệch mua bán nới rộng", "/kinh-te/gia-vang-mieng-lap-dinh-moi-chenh-lech-mua-ban-noi-rong-d712399.html", "", "2026-06-12 07:10", KT),
    I("Xuất khẩu sầu riêng 5 tháng đạt 1,4 tỷ USD", "/kinh-te/xuat-khau-sau-rieng-5-thang-dat-1-4-ty-usd-d712380.html", "", "2026-06-11 18:20", KT),
    it_tg,
    I("Bầu cử quốc hội ở Bắc Âu: liên minh cầm quyền mất thế đa số", "/the-gioi/bau-cu-bac-au-lien-minh-cam-quyen-mat-the-da-so-d712371.html", "", "2026-06-11 20:05", TG),
    I("Gần 1,1 triệu thí sinh bước vào kỳ thi tốt nghiệp THPT", "/giao-duc/gan-1-1-trieu-thi-sinh-buoc-vao-ky-thi-tot-nghiep-thpt-d712388.html", "Bộ GD-ĐT lưu ý thí sinh không mang điện thoại, thiết bị thu phát vào phòng thi.", "2026-06-11 17:00", GD),
    I("Nhiều trường đại học công bố điểm sàn xét học bạ", "/giao-duc/nhieu-truong-dai-hoc-cong-bo-diem-san-xet-hoc-ba-d712366.html", "", "2026-06-11 10:40", GD),
    it_sk,
    I("Ăn chay đúng cách: 5 sai lầm khiến cơ thể thiếu chất", "/suc-khoe/an-chay-dung-cach-5-sai-lam-d712330.html", "", "2026-06-10 19:30", SK),
    I("Đội tuyển Việt Nam chốt danh sách 26 cầu thủ cho vòng loại", "/the-thao/doi-tuyen-viet-nam-chot-danh-sach-26-cau-thu-d712392.html", "", "2026-06-11 22:15", TT),
    I("Tay vợt trẻ 17 tuổi vào tứ kết giải trẻ quốc tế", "/the-thao/tay-vot-tre-17-tuoi-vao-tu-ket-giai-tre-quoc-te-d712374.html", "", "2026-06-11 16:45", TT),
    I("Phim Việt chiếu rạp tháng 6: cuộc đua của phim kinh dị", "/giai-tri/phim-viet-chieu-rap-thang-6-cuoc-dua-phim-kinh-di-d712360.html", "", "2026-06-11 09:00", GT),
    I("Bạn đọc phản ánh: Con hẻm ngập nước mỗi khi triều cường", "/ban-doc/con-hem-ngap-nuoc-moi-khi-trieu-cuong-d712385.html", "Hàng chục hộ dân ở hẻm 42 phải kê cao đồ đạc, dựng ván chắn nước suốt nhiều năm nay.", "2026-06-11 14:20", BD),
    I("Phản hồi của quận về việc cắt cây xanh trên đường Lý Chính Thắng", "/ban-doc/phan-hoi-cua-quan-ve-viec-cat-cay-xanh-d712341.html", "", "2026-06-10 16:00", BD),
]

SITE["most_read"] = [it_ky1, HL[2], HL[0], it_sk, HL[8], HL[4]]

PAGES = [
    {"kind": "home", "path": "/",
     "ticker": ("Tin nóng", [HL[0], HL[2], HL[4]]),
     "featured": [it_ky1, HL[0], HL[1], it_tg],
     "river": [HL[2], HL[3], it_sk, HL[4], HL[8], HL[12], HL[15], HL[5], HL[7], HL[9]],
     "boxes": [("Thời sự", "/thoi-su", [HL[0], HL[1]]), ("Pháp luật", "/phap-luat", [it_ky1, HL[2], HL[3]]),
               ("Kinh tế", "/kinh-te", [HL[4], HL[5]]), ("Thế giới", "/the-gioi", [it_tg, HL[7]]),
               ("Giáo dục", "/giao-duc", [HL[8], HL[9]]), ("Sức khỏe", "/suc-khoe", [it_sk, HL[11]]),
               ("Thể thao", "/the-thao", [HL[12], HL[13]]), ("Giải trí", "/giai-tri", [HL[14]]),
               ("Bạn đọc", "/ban-doc", [HL[15], HL[16]])]},
    {"kind": "section", "path": "/phap-luat", "label": "Pháp luật",
     "sub": [("An ninh trật tự", "/phap-luat/an-ninh-trat-tu"), ("Hồ sơ vụ án", "/phap-luat/ho-so-vu-an"), ("Tư vấn pháp luật", "/phap-luat/tu-van"), ("Điều tra", "/phap-luat/dieu-tra")],
     "items": [it_ky1, HL[2], HL[3],
               I("Khởi tố nguyên giám đốc ban quản lý dự án vì vi phạm quy định đấu thầu", "/phap-luat/khoi-to-nguyen-giam-doc-ban-quan-ly-du-an-d712344.html", "Cơ quan điều tra xác định sai phạm trong ba gói thầu xây lắp gây thiệt hại hơn 18 tỷ đồng.", "2026-06-10 20:30", PL),
               I("Lừa đảo 'việc nhẹ lương cao' qua mạng: nạn nhân mất 400 triệu đồng", "/phap-luat/lua-dao-viec-nhe-luong-cao-qua-mang-d712320.html", "", "2026-06-10 11:15", PL),
               I("Tuyên án vụ buôn lậu 3 tấn ngà voi qua cảng biển", "/phap-luat/tuyen-an-vu-buon-lau-3-tan-nga-voi-d712301.html", "", "2026-06-09 17:40", PL),
               I("Luật sư giải đáp: Mua nhà bằng giấy tay có được cấp sổ hồng?", "/phap-luat/tu-van/mua-nha-bang-giay-tay-co-duoc-cap-so-hong-d712288.html", "", "2026-06-09 08:00", PL),
               I("Bắt nhóm thanh niên mang hung khí 'hỗn chiến' trong đêm", "/phap-luat/bat-nhom-thanh-nien-mang-hung-khi-hon-chien-d712270.html", "", "2026-06-08 22:50", PL),
               I("Xử phạt 14 cơ sở kinh doanh thực phẩm không rõ nguồn gốc", "/phap-luat/xu-phat-14-co-so-kinh-doanh-thuc-pham-d712252.html", "", "2026-06-08 15:30", PL),
               I("Hồ sơ vụ án: Cú lừa 'đầu tư tiền ảo' của cặp vợ chồng trẻ", "/phap-luat/ho-so-vu-an/cu-lua-dau-tu-tien-ao-d712231.html", "", "2026-06-07 19:00", PL)]},
    {"kind": "article", "path": A_KY1, "section": PL, "kicker": "Loạt bài điều tra: Bẫy vay qua ứng dụng",
     "title": "Bẫy vay qua ứng dụng - Kỳ 1: Vay 5 triệu, nợ 60 triệu sau ba tháng",
     "sapo": it_ky1["sapo"], "date": "2026-06-11 06:00", "author": "Hoàng Phúc - Mỹ Duyên",
     "author_ld": [{"@type": "Person", "name": "Hoàng Phúc", "jobTitle": "Phóng viên", "url": "https://baophuongnam.test/tac-gia/hoang-phuc"},
                   {"@type": "Person", "name": "Mỹ Duyên", "jobTitle": "Phóng viên", "url": "https://baophuongnam.test/tac-gia/my-duyen"}],
     "jsonld_type": "ReportageNewsArticle",
     "box_before": '<div class="pn-series"><strong>Loạt bài:</strong> <a href="' + A_KY1 + '">Kỳ 1: Vay 5 triệu, nợ 60 triệu sau ba tháng</a> · Kỳ 2: Những cuộc gọi "khủng bố" lúc nửa đêm · Kỳ 3: Đường đi của dòng tiền</div>',
     "body": [
         "Tháng 2/2026, chị N.T.H. (34 tuổi, công nhân một công ty may ở Bình Dương cũ) cần 5 triệu đồng để đóng học phí cho con. Một đồng nghiệp gửi cho chị đường link tải ứng dụng tên \"Ví Nhanh Plus\", quảng cáo \"duyệt vay 15 phút, không thẩm định, không gặp mặt\".",
         "\"Tôi chỉ chụp căn cước hai mặt, quay video khuôn mặt rồi bấm đồng ý. Họ đòi quyền truy cập danh bạ, tôi cũng bấm luôn vì nghĩ không sao\", chị H. kể với phóng viên Báo Phương Nam.",
         "Khoản vay được ghi 5 triệu đồng, thời hạn 7 ngày, nhưng số tiền về tài khoản chỉ có 3,4 triệu. Khoản chênh lệch 1,6 triệu được ứng dụng gọi là \"phí thẩm định hồ sơ\" và \"phí dịch vụ\".",
         "<h3>Vòng xoáy \"vay app này trả app kia\"</h3>",
         "Đến hạn, chị H. không xoay được tiền. Một nhân viên gọi điện gợi ý chị tải thêm hai ứng dụng khác \"cùng hệ thống\" để vay tiếp, lấy tiền trả khoản cũ. Sau ba tháng, chị đang nợ cùng lúc 11 ứng dụng, tổng số tiền bị đòi lên tới hơn 60 triệu đồng.",
         "Theo tính toán của nhóm phóng viên dựa trên hợp đồng điện tử mà chị H. cung cấp, lãi suất thực tế của khoản vay đầu tiên, khi cộng các loại phí, tương đương khoảng 1.700% mỗi năm, gấp hàng chục lần mức trần 20%/năm theo Bộ luật Dân sự.",
         "Trong hơn một tháng tìm hiểu, nhóm phóng viên đã tiếp xúc 23 người từng vay qua các ứng dụng tương tự ở TP.HCM, Đồng Nai và Cần Thơ. Phần lớn là công nhân, sinh viên và người bán hàng rong - những người khó tiếp cận tín dụng ngân hàng.",
         "<h3>Địa chỉ ghi trên ứng dụng không có thật</h3>",
         "Trên trang giới thiệu, \"Ví Nhanh Plus\" ghi đơn vị vận hành là một công ty tài chính có trụ sở tại quận 7 cũ. Phóng viên đã đến địa chỉ này: đó là một căn nhà ở đang cho thuê, chủ nhà khẳng định chưa từng có công ty nào đặt văn phòng tại đây.",
         "Trao đổi với phóng viên, luật sư Phan Minh Trí (Đoàn Luật sư TP.HCM) cho biết hành vi cho vay với lãi suất gấp 5 lần mức cao nhất quy định và thu lợi bất chính từ 30 triệu đồng trở lên có thể bị xử lý hình sự về tội cho vay lãi nặng trong giao dịch dân sự theo Điều 201 Bộ luật Hình sự.",
         "Kỳ tới, Báo Phương Nam sẽ phản ánh những thủ đoạn đòi nợ mà người vay gọi là \"khủng bố tinh thần\": gửi ảnh ghép vào nhóm Zalo của công ty, gọi điện cho cả những người chỉ tình cờ có số trong danh bạ.",
         "<p><em>(Còn nữa)</em></p>",
         '<div class="pn-note">Bạn đọc từng là nạn nhân của các ứng dụng cho vay có thể liên hệ đường dây nóng 0912 000 318 hoặc email toasoan@baophuongnam.test. Tòa soạn cam kết bảo mật thông tin người cung cấp.</div>'],
     "tags": ["tín dụng đen", "vay qua app", "lãi nặng", "loạt bài điều tra"], "n_comments": 3,
     "comments_html": '<ul class="pn-cmt-list"><li><b>Ngọc Hân</b> <span>2 giờ trước</span><p>Em gái tôi cũng dính y hệt, đến giờ vẫn bị gọi điện.</p></li><li><b>Trần Vũ</b> <span>3 giờ trước</span><p>Mong cơ quan chức năng sớm xử lý, chặn các app này.</p></li><li><b>lehoang88</b> <span>5 giờ trước</span><p>Cảm ơn báo đã vào cuộc.</p></li></ul>',
     "related": [HL[3], I("Cảnh báo chiêu lừa 'hỗ trợ xóa nợ xấu' qua mạng", "/phap-luat/canh-bao-chieu-lua-ho-tro-xoa-no-xau-d712190.html"), I("Bắt giam giám đốc công ty đòi nợ thuê khủng bố con nợ", "/phap-luat/bat-giam-giam-doc-cong-ty-doi-no-thue-d711980.html")]},
    {"kind": "article", "path": A_TG, "section": TG, "title": it_tg["title"], "sapo": it_tg["sapo"], "date": it_tg["date"],
     "author": "Minh Châu (Theo Reuters, Politico)", "author_ld": {"@type": "Person", "name": "Minh Châu", "jobTitle": "Biên tập viên"},
     "body": [
         "Quy định mới về pin của Liên minh châu Âu (EU) bước vào giai đoạn áp dụng chính, theo đó từ tháng 2/2027 mọi loại pin xe điện và pin công nghiệp có dung lượng trên 2 kWh bán tại thị trường này phải kèm \"hộ chiếu pin\" điện tử.",
         "Hộ chiếu là một mã QR dẫn tới hồ sơ số, ghi thành phần hóa học, nguồn gốc lithium, coban, niken, lượng phát thải carbon trong quá trình sản xuất và tỷ lệ vật liệu tái chế.",
         "Theo Reuters, nhiều nhà sản xuất pin ở Hàn Quốc, Trung Quốc và Nhật Bản đã thành lập các nhóm chuyên trách để thu thập dữ liệu từ nhà cung cấp nguyên liệu cấp hai, cấp ba - khâu trước đây hầu như không được ghi chép.",
         "Một quan chức Ủy ban châu Âu nói với Politico rằng quy định nhằm \"đưa chuỗi cung ứng pin ra ánh sáng\" và giảm phụ thuộc vào nguồn nguyên liệu khai thác thiếu minh bạch.",
         "Giới phân tích cho rằng các doanh nghiệp vừa và nhỏ trong chuỗi cung ứng, trong đó có một số nhà máy linh kiện tại Đông Nam Á, sẽ chịu áp lực chi phí lớn nhất khi phải đầu tư hệ thống truy xuất nguồn gốc.",
         "Từ năm 2031, pin công nghiệp và pin xe điện mới còn phải chứa tối thiểu 16% coban, 6% lithium và 6% niken tái chế."],
     "tags": ["EU", "pin tái chế", "xe điện"],
     "related": [HL[7], I("Giá lithium giảm sâu, nhiều mỏ tại Australia tạm dừng", "/the-gioi/gia-lithium-giam-sau-d712150.html")]},
    {"kind": "article", "path": A_SK, "section": SK, "title": it_sk["title"], "sapo": it_sk["sapo"], "date": it_sk["date"],
     "author": "Thanh Nga", "author_ld": {"@type": "Person", "name": "Thanh Nga", "jobTitle": "Phóng viên", "url": "https://baophuongnam.test/tac-gia/thanh-nga"},
     "body": [
         "Ghi nhận tại Bệnh viện Nhi Đồng Khu Nam sáng 11/6, khu vực chờ khám của khoa Nhiễm luôn kín ghế. Nhiều phụ huynh phải bế con đứng ngoài hành lang.",
         "Theo bác sĩ CKII Đặng Thu Hà, Phó Trưởng khoa Nhiễm, từ đầu tháng 5 đến nay khoa tiếp nhận trung bình 60-70 ca sốt xuất huyết mỗi ngày, trong đó khoảng 10% có dấu hiệu cảnh báo phải nhập viện theo dõi.",
         "\"Điều chúng tôi lo ngại là nhiều gia đình tự mua dịch truyền, gọi người đến truyền tại nhà khi trẻ sốt cao. Việc này có thể gây quá tải dịch, phù phổi, rất nguy hiểm\", bác sĩ Hà nói.",
         "Số liệu của Trung tâm Kiểm soát bệnh tật thành phố cho thấy 5 tháng đầu năm ghi nhận hơn 9.400 ca sốt xuất huyết, tăng 87% so với cùng kỳ; chưa có ca tử vong.",
         "<h3>Khi nào cần đưa trẻ đến bệnh viện?</h3>",
         "Các bác sĩ khuyến cáo phụ huynh đưa trẻ đi khám ngay khi trẻ sốt cao liên tục trên 2 ngày kèm một trong các dấu hiệu: đau bụng, nôn nhiều, chảy máu cam hoặc chảy máu chân răng, tay chân lạnh, li bì.",
         "Giai đoạn nguy hiểm thường rơi vào ngày thứ 3 đến ngày thứ 6 của bệnh, khi trẻ đã hết sốt. \"Nhiều phụ huynh thấy con hết sốt thì yên tâm, nhưng đây lại là lúc cần theo dõi sát nhất\", bác sĩ Hà lưu ý."],
     "tags": ["sốt xuất huyết", "bệnh viện nhi", "mùa mưa"],
     "related": [HL[11], I("Cách diệt lăng quăng trong nhà đơn giản, hiệu quả", "/suc-khoe/cach-diet-lang-quang-trong-nha-d711902.html")]},
]
