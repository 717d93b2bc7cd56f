"""Bình Minh 24h: a licensed general information site (GIW) that presents itself as a
newspaper: press-like domain and masthead, newsroom furniture in the footer."""
from common import item as I
from layouts import news

H = "tintucbinhminh24h.test"
TS = ("Thời sự", "/thoi-su")
XH = ("Xã hội", "/xa-hoi")
PL = ("Pháp luật", "/phap-luat")
KT = ("Kinh tế", "/kinh-te")

SITE = {
    "host": H, "name": "Bình Minh 24h", "prefix": "bm",
    "class": "press-like", "kind": "drifted-aggregator",
    "licence_number": "1187/GP-STTTT", "licence_kind": "giw",
    "issuer": "Sở Thông tin và Truyền thông tỉnh Bình Lâm",
    "notes": "GIW licence, but press-like domain (tintuc, 24h) and a masthead reading 'BÁO BÌNH MINH 24H'; footer has Tòa soạn, Ban biên tập, Văn phòng đại diện, Phóng viên thường trú and 'Chịu trách nhiệm nội dung: Nhà báo ...'; own reports mixed with a few attributed items; licensed in one province, seated in Hà Nội.",
    "layout": news,
    "title_suffix": " - Bình Minh 24h",
    "home_title": "Báo Bình Minh 24h - Tin tức 24h mới nhất trong ngày",
    "description": "Tin tức 24h mới nhất, tin nóng thời sự, xã hội, pháp luật, kinh tế trong nước và quốc tế cập nhật liên tục 24/7.",
    "topbar": "date",
    "logo_html": '<a href="/" class="bm-logo" title="Báo Bình Minh 24h"><img src="https://cdn.tintucbinhminh24h.test/assets/img/logo-bm.png" alt="Báo Bình Minh 24h"><span class="bm-logo-text">BÁO BÌNH MINH 24H</span><span class="bm-slogan">Tin nhanh - Chính xác - Đa chiều</span></a>',
    "masthead_extra": '<div class="bm-hotline">Đường dây nóng: 0966 24 24 88</div>',
    "menu": [TS, XH, PL, KT, ("Thế giới", "/the-gioi"), ("Giáo dục", "/giao-duc"), ("Sức khỏe", "/suc-khoe"), ("Văn hóa - Giải trí", "/van-hoa-giai-tri"), ("Thể thao", "/the-thao"), ("Bạn đọc", "/ban-doc")],
    "knobs": {"sprite": 60, "adzones": 25, "date_style": "dmy_hm", "list_date": "dmy_hm", "byline": "bottom", "jsonld": "NewsArticle",
              "publisher_type": "Organization", "og_article": True, "comments": "fb", "ads": True, "cookie": False,
              "ga": "G-BM24H1187", "css_rules": 80, "related_title": "Tin cùng chuyên mục", "most_read_title": "Tin đọc nhiều"},
    "footer": """<div class="bm-f-logo"><span>BÁO BÌNH MINH 24H</span></div>
<p>Bình Minh 24h - Trang thông tin điện tử tổng hợp</p>
<p>Giấy phép thiết lập trang TTĐT tổng hợp số 1187/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Bình Lâm cấp ngày 14/02/2023</p>
<p>Cơ quan chủ quản: Công ty Cổ phần Truyền thông Bình Minh Việt</p>
<p>Chịu trách nhiệm nội dung: Nhà báo Trịnh Văn Khải</p>
<p>Ban biên tập: Trịnh Văn Khải (Trưởng ban), Nguyễn Thị Lụa, Đào Mạnh Cường</p>
<p>Tòa soạn: Số 18 Nguyễn Chí Thanh, phường Láng, Hà Nội - Điện thoại: 024 6292 1187</p>
<p>Văn phòng đại diện phía Nam: 72 Võ Văn Tần, phường Xuân Hòa, TP. Hồ Chí Minh</p>
<p>Phóng viên thường trú khu vực miền Trung - Tây Nguyên: Lê Hữu Tài - 0935 118 724</p>
<p>Email: toasoan.binhminh24h@gmail.example - Hotline: 0966 24 24 88</p>""",
}

A1 = "/thoi-su/xe-khach-lat-tren-deo-khanh-le-hanh-khach-hoang-loan-trong-dem-mua-d45102.html"
A2 = "/xa-hoi/gia-thue-phong-tro-gan-khu-cong-nghiep-tang-20-cong-nhan-xoay-xo-d45098.html"
A3 = "/kinh-te/gia-lua-dong-xuan-tang-nong-dan-phan-khoi-d45095.html"

it1 = I("Xe khách lật trên đèo Khánh Lê, hành khách hoảng loạn trong đêm mưa", A1,
        "Chiếc xe giường nằm chở 28 hành khách mất lái, lật nghiêng vào vách núi lúc rạng sáng. Rất may không có người tử vong.", "2026-06-12 05:40", TS)
it2 = I("Giá thuê phòng trọ gần khu công nghiệp tăng 20%, công nhân xoay xở", A2,
        "Nhiều dãy trọ tăng giá từ đầu năm, trong khi thu nhập của công nhân gần như không đổi.", "2026-06-11 17:15", XH)
it3 = I("Giá lúa Đông Xuân tăng, nông dân phấn khởi", A3,
        "Giá lúa tươi tại ruộng ở nhiều tỉnh đồng bằng tăng 300-500 đồng/kg so với tuần trước.", "2026-06-11 09:20", KT)
HL = [
    I("Cháy lớn tại xưởng gỗ, khói đen bao trùm khu dân cư", "/thoi-su/chay-lon-tai-xuong-go-khoi-den-bao-trum-khu-dan-cu-d45100.html", "", "2026-06-11 22:30", TS),
    I("Bắt quả tang nhóm đối tượng khai thác cát trái phép lúc nửa đêm", "/phap-luat/bat-qua-tang-nhom-khai-thac-cat-trai-phep-d45099.html", "", "2026-06-11 20:05", PL),
    I("Truy tìm tài xế ô tô tông xe máy rồi bỏ chạy", "/phap-luat/truy-tim-tai-xe-o-to-tong-xe-may-roi-bo-chay-d45096.html", "", "2026-06-11 11:50", PL),
    I("Sạt lở bờ sông uy hiếp hàng chục hộ dân", "/thoi-su/sat-lo-bo-song-uy-hiep-hang-chuc-ho-dan-d45093.html", "", "2026-06-10 18:00", TS),
    I("Nữ sinh nghèo đạt thủ khoa khối C của tỉnh", "/giao-duc/nu-sinh-ngheo-dat-thu-khoa-khoi-c-d45090.html", "", "2026-06-10 10:10", ("Giáo dục", "/giao-duc")),
    I("Người dân bức xúc vì trạm trộn bê tông hoạt động cả đêm", "/ban-doc/nguoi-dan-buc-xuc-vi-tram-tron-be-tong-d45088.html", "", "2026-06-09 16:30", ("Bạn đọc", "/ban-doc")),
    I("Va chạm giữa xe tải và xe máy trên quốc lộ 14, một người bị thương", "/thoi-su/va-cham-xe-tai-xe-may-quoc-lo-14-d45086.html", "", "2026-06-09 07:45", TS),
    I("Khánh thành cầu dân sinh thay thế cầu khỉ ở xã vùng sâu", "/thoi-su/khanh-thanh-cau-dan-sinh-thay-the-cau-khi-d45084.html", "", "2026-06-08 15:20", TS),
    I("Mưa lớn gây ngập cục bộ nhiều tuyến phố sau 40 phút", "/thoi-su/mua-lon-gay-ngap-cuc-bo-nhieu-tuyen-pho-d45081.html", "", "2026-06-08 06:10", TS),
]
SITE["most_read"] = [it1, HL[0], it2, HL[1], HL[5]]

PAGES = [
    {"kind": "home", "path": "/", "ticker": ("Tin nóng 24h", [it1, HL[0], HL[1]]),
     "featured": [it1, it2, HL[0], HL[3]],
     "river": [HL[1], it3, HL[2], HL[4], HL[5], HL[6]],
     "boxes": [("Thời sự", "/thoi-su", [it1, HL[0], HL[3]]), ("Xã hội", "/xa-hoi", [it2]), ("Pháp luật", "/phap-luat", [HL[1], HL[2]]),
               ("Kinh tế", "/kinh-te", [it3]), ("Bạn đọc", "/ban-doc", [HL[5]])]},
    {"kind": "section", "path": "/thoi-su", "label": "Thời sự", "items": [it1, HL[0], HL[3], HL[6], HL[7], HL[8]]},
    {"kind": "article", "path": A1, "section": TS, "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"],
     "author": "Hữu Tài", "author_ld": {"@type": "Person", "name": "Lê Hữu Tài"},
     "body": [
         "Khoảng 2h30 sáng 12/6, xe khách giường nằm biển kiểm soát 79B-0xx.xx chạy tuyến TP.HCM - Nha Trang khi đổ dốc đèo Khánh Lê thì bất ngờ mất lái, lật nghiêng vào vách núi bên phải đường.",
         "Có mặt tại hiện trường lúc 4h sáng, PV thường trú Bình Minh 24h ghi nhận phần đầu xe bị biến dạng, kính vỡ vụn khắp mặt đường. Nhiều hành khách ngồi co ro dưới mưa, chờ xe trung chuyển.",
         "\"Đang ngủ thì nghe một tiếng rầm, cả xe nghiêng hẳn sang một bên. Mọi người la hét, chen nhau trèo ra bằng cửa sổ\", chị Trần Thị M. (quê Ninh Thuận cũ) kể lại, giọng vẫn còn run.",
         "Người dân và lực lượng chức năng đã kịp thời đập kính, đưa toàn bộ hành khách ra ngoài. Sáu người bị thương nhẹ được chuyển đến bệnh viện để sơ cứu.",
         "Theo thông tin ban đầu, thời điểm xảy ra tai nạn trời mưa lớn, mặt đường trơn trượt. Vụ việc đang được cơ quan chức năng điều tra làm rõ nguyên nhân.",
         "Vụ tai nạn khiến đèo Khánh Lê ùn tắc cục bộ gần 3 giờ. Đến 7h sáng cùng ngày, giao thông qua khu vực đã trở lại bình thường."],
     "tags": ["tai nạn giao thông", "đèo Khánh Lê", "xe khách"], "related": [HL[6], HL[0]]},
    {"kind": "article", "path": A3, "section": KT, "title": it3["title"], "sapo": it3["sapo"], "date": it3["date"],
     "author": "Lan Anh (tổng hợp)",
     "body": [
         "Theo khảo sát tại các tỉnh đồng bằng sông Cửu Long, giá lúa tươi loại thường thu mua tại ruộng dao động 7.200-7.500 đồng/kg, lúa chất lượng cao 7.800-8.200 đồng/kg, tăng 300-500 đồng/kg so với tuần trước.",
         "Thương lái cho biết nhu cầu thu mua tăng do các doanh nghiệp xuất khẩu cần hàng cho các hợp đồng giao tháng 7 sang thị trường Philippines và châu Phi.",
         "Ông Ba Lực, nông dân ở Cần Thơ, phấn khởi: \"Vụ này năng suất được 7 tấn/ha, giá lại lên, trừ chi phí tôi lãi khoảng 25 triệu đồng mỗi ha\".",
         "Tuy nhiên, nhiều chuyên gia khuyến cáo nông dân không nên ồ ạt xuống giống trái vụ, cần tuân thủ lịch thời vụ để phòng tránh sâu bệnh và hạn mặn.",
         '<p class="bm-source"><em>(Theo Thời báo Cửu Long)</em></p>'],
     "tags": ["giá lúa", "nông nghiệp"], "related": [it2]},
]
