"""Đọc Báo Nhanh: a lawful link aggregator.  Every item is a headline with a short summary,
the press source and its age, linking to a preview page that links out to the original."""
from common import item as I
from layouts import river

H = "docbaonhanh.test"

SITE = {
    "content_type": "text/html",
    "host": H, "name": "Đọc Báo Nhanh", "prefix": "dbn",
    "class": "aggregator", "kind": "lawful-aggregator",
    "licence_number": "1964/GP-STTTT", "licence_kind": "giw",
    "issuer": "Sở Thông tin và Truyền thông Hà Nội",
    "notes": "Link aggregator with 'bao' in the domain and a broad newspaper-like tab menu (Thời sự, Pháp luật, Thế giới...), but every item names its press source and age and links out to the original; headlines of other papers' series (Kỳ 1) appear attributed. Hard on domain and menu signals.",
    "layout": river,
    "tagline": "Đọc nhanh tin mới từ các báo điện tử",
    "home_title": "Đọc Báo Nhanh - Tổng hợp tin tức mới nhất từ các báo",
    "description": "Đọc Báo Nhanh tổng hợp tin tức mới nhất từ hàng chục báo điện tử chính thống, cập nhật liên tục, dẫn link bài gốc.",
    "logo_html": '<img src="https://cdn.docbaonhanh.test/logo.svg" alt="Đọc Báo Nhanh" height="36">',
    "menu": [("Tin mới", "/"), ("Thời sự", "/thoi-su"), ("Thế giới", "/the-gioi"), ("Kinh tế", "/kinh-te"), ("Pháp luật", "/phap-luat"),
             ("Thể thao", "/the-thao"), ("Giải trí", "/giai-tri"), ("Công nghệ", "/cong-nghe"), ("Sức khỏe", "/suc-khoe"), ("Giáo dục", "/giao-duc")],
    "knobs": {"sprite": 36, "og": True, "jsonld": None, "ga": "G-DBN1964HN", "css_rules": 40, "cookie": False, "cdn": "cdn.docbaonhanh.test"},
    "sidebar_extra": '<div class="dbn-box"><h3>Chủ đề nóng</h3><ul><li><a href="/chu-de/gia-vang">Giá vàng</a></li><li><a href="/chu-de/thi-tot-nghiep-thpt">Thi tốt nghiệp THPT</a></li><li><a href="/chu-de/v-league">V-League</a></li><li><a href="/chu-de/sot-xuat-huyet">Sốt xuất huyết</a></li></ul></div><div class="dbn-box"><h3>Nguồn báo</h3><p>Báo Phương Nam · Báo Sông Hồng · Báo Tuổi Xanh · Thời báo Cửu Long · Báo Kinh Tế Ngày Nay · Báo Bình Lâm · Thể Thao Ngày Mới · Tạp chí Kinh Tế Xanh</p></div>',
    "footer": """<p><b>Đọc Báo Nhanh</b> - Trang thông tin điện tử tổng hợp của Công ty TNHH Dữ Liệu Tin Việt</p>
<p>Giấy phép thiết lập trang thông tin điện tử tổng hợp trên Internet số 1964/GP-STTTT cấp ngày 14/5/2018 của Sở Thông tin và Truyền thông Hà Nội</p>
<p>Chịu trách nhiệm nội dung: Bà Hồ Thị Ngọc Lan</p>
<p>Địa chỉ: Tầng 3, số 7 Duy Tân, phường Cầu Giấy, Hà Nội. Điện thoại: 024 3795 1964. Email: hotro@docbaonhanh.test</p>
<p>Đọc Báo Nhanh không sản xuất tin tức. Bản quyền nội dung thuộc về các cơ quan báo chí có bài gốc.</p>
<p><a href="/dieu-khoan">Điều khoản sử dụng</a> · <a href="/chinh-sach-bao-mat">Chính sách bảo mật</a> · <a href="/lien-he">Liên hệ</a></p>""",
}

SRC = {"pn": ("Báo Phương Nam", "https://baophuongnam.test/"), "sh": ("Báo Sông Hồng", "https://songhong.test/"), "tx": ("Báo Tuổi Xanh", "https://tuoixanh.test/"),
       "cl": ("Thời báo Cửu Long", "https://thoibaocuulong.test/"), "kt": ("Báo Kinh Tế Ngày Nay", "https://kinhtengaynay.test/"),
       "bl": ("Báo Bình Lâm", "https://baobinhlam.test/"), "tt": ("Thể Thao Ngày Mới", "https://thethaongaymoi.test/"), "kx": ("Tạp chí Kinh Tế Xanh", "https://tapchikinhtexanh.test/"),
       "sk": ("Báo Sức Khỏe Cộng Đồng", "https://suckhoecongdong.test/")}


def R(title, sid, src, age, sapo="", rel=0):
    n, home = SRC[src]
    return {"title": title, "url": f"/tin/{sid}", "source": n, "src_home": home, "age": age, "sapo": sapo, "rel": rel, "id": sid.split("-")[-1].split(".")[0]}


P_ITEM = "/tin/thu-tuong-yeu-cau-hoan-thanh-giai-ngan-von-dau-tu-cong-9817325.html"
T = [
    R("Thủ tướng yêu cầu hoàn thành giải ngân vốn đầu tư công trước ngày 31/12", "thu-tuong-yeu-cau-hoan-thanh-giai-ngan-von-dau-tu-cong-9817325.html", "pn", "25 phút trước", "Các bộ, ngành, địa phương có tỷ lệ giải ngân dưới mức bình quân phải báo cáo nguyên nhân.", 6),
    R("Khởi công cầu vượt sông nối hai bờ khu đô thị phía Đông", "khoi-cong-cau-vuot-song-noi-hai-bo-9817301.html", "pn", "1 giờ trước", "Cây cầu dài 1,2 km, vốn đầu tư hơn 3.100 tỷ đồng.", 2),
    R("Hà Nội lắp thêm 200 camera giám sát giao thông trên vành đai 3", "ha-noi-lap-them-200-camera-giam-sat-9817298.html", "sh", "1 giờ trước", "Hệ thống giúp phát hiện vi phạm tốc độ, lấn làn và dừng đỗ sai quy định.", 3),
    R("Khai mạc Kỳ họp thứ 10, HĐND tỉnh Bình Lâm khóa XI", "khai-mac-ky-hop-thu-10-hdnd-tinh-binh-lam-9817290.html", "bl", "2 giờ trước", "Kỳ họp xem xét 24 nghị quyết quan trọng."),
    R("Sạt lở bờ sông uy hiếp hàng chục hộ dân ở Vĩnh Long", "sat-lo-bo-song-uy-hiep-ho-dan-vinh-long-9817281.html", "cl", "2 giờ trước", "Chính quyền đã di dời khẩn cấp 14 hộ ra khỏi vùng nguy hiểm.", 4),
    R("Gần 1,1 triệu thí sinh bước vào kỳ thi tốt nghiệp THPT", "gan-1-1-trieu-thi-sinh-buoc-vao-ky-thi-9817270.html", "tx", "3 giờ trước", "Bộ GD-ĐT lưu ý thí sinh không mang điện thoại vào phòng thi.", 11),
    R("Bẫy vay qua ứng dụng - Kỳ 1: Vay 5 triệu, nợ 60 triệu sau ba tháng", "bay-vay-qua-ung-dung-ky-1-9817102.html", "pn", "5 giờ trước", "Chỉ cần ảnh căn cước và danh bạ điện thoại, người vay được giải ngân trong 15 phút."),
    R("Giá vàng miếng lập đỉnh mới, chênh lệch mua bán nới rộng", "gia-vang-mieng-lap-dinh-moi-9817264.html", "kt", "3 giờ trước", "", 8),
    R("EU siết quy định pin tái chế, doanh nghiệp châu Á phải thích ứng", "eu-siet-quy-dinh-pin-tai-che-9817090.html", "pn", "10 giờ trước", ""),
    R("Từ 2027, các khu công nghiệp phải báo cáo kiểm kê khí nhà kính", "tu-2027-khu-cong-nghiep-bao-cao-kiem-ke-9817011.html", "kx", "22 giờ trước", ""),
    R("Bệnh viện nhi tăng bệnh nhân sốt xuất huyết đầu mùa mưa", "benh-vien-nhi-tang-benh-nhan-sot-xuat-huyet-9817055.html", "pn", "16 giờ trước", "", 5),
    R("Uống nước thế nào cho đúng trong ngày nắng nóng", "uong-nuoc-the-nao-cho-dung-9817040.html", "sk", "18 giờ trước", ""),
]
S = [
    R("Hà Nội Xanh ngược dòng trước Sông Lam, giữ đỉnh bảng V-League", "ha-noi-xanh-nguoc-dong-truoc-song-lam-9817210.html", "tt", "11 giờ trước", "Bị dẫn trước từ phút 12, đội chủ nhà giành chiến thắng 3-1.", 5),
    R("HLV trưởng đội tuyển: 'Chúng tôi không chọn cầu thủ theo tên tuổi'", "hlv-truong-doi-tuyen-khong-chon-cau-thu-9817195.html", "tt", "14 giờ trước", "Danh sách có 5 gương mặt lần đầu được triệu tập.", 7),
    R("Đội tuyển Việt Nam chốt danh sách 26 cầu thủ cho vòng loại", "doi-tuyen-viet-nam-chot-danh-sach-26-9817188.html", "pn", "10 giờ trước", ""),
    R("U23 Việt Nam tập huấn tại Hàn Quốc, đá giao hữu 3 trận", "u23-viet-nam-tap-huan-tai-han-quoc-9817170.html", "tt", "17 giờ trước", ""),
    R("Tay vợt số một Việt Nam thăng hạng ATP sau giải Challenger", "tay-vot-so-mot-viet-nam-thang-hang-atp-9817150.html", "tt", "1 ngày trước", ""),
    R("Đội bóng đá Bình Lâm giành vé lên hạng Nhất", "doi-bong-da-binh-lam-gianh-ve-len-hang-nhat-9817001.html", "bl", "1 ngày trước", ""),
    R("World Cup 2026: Đội chủ nhà công bố danh sách cuối cùng", "world-cup-2026-doi-chu-nha-cong-bo-danh-sach-9817120.html", "sh", "1 ngày trước", ""),
    R("Esports Việt Nam vào chung kết Liên Minh Huyền Thoại khu vực", "esports-viet-nam-vao-chung-ket-lmht-9817111.html", "tx", "1 ngày trước", ""),
    R("Cầu thủ trẻ cần phút thi đấu hơn là hợp đồng 'khủng'", "cau-thu-tre-can-phut-thi-dau-9817099.html", "tt", "1 ngày trước", ""),
]

PAGES = [
    {"kind": "home", "path": "/", "groups": [("Tin nóng", T[:6]), ("Đáng chú ý", T[6:]), ("Thể thao", S[:3])]},
    {"kind": "section", "path": "/thoi-su", "label": "Thời sự", "items": [T[0], T[1], T[2], T[3], T[4],
        R("Mưa lớn gây ngập cục bộ nhiều tuyến phố sau 40 phút", "mua-lon-gay-ngap-cuc-bo-9817044.html", "sh", "1 ngày trước", ""),
        R("Ủy ban MTTQ tỉnh Bình Lâm trao 120 nhà Đại đoàn kết", "uy-ban-mttq-tinh-binh-lam-trao-120-nha-9817021.html", "bl", "2 ngày trước", ""),
        R("Khánh thành cầu dân sinh thay thế cầu khỉ ở xã vùng sâu", "khanh-thanh-cau-dan-sinh-9816990.html", "cl", "3 ngày trước", "")]},
    {"kind": "section", "path": "/the-thao", "label": "Thể thao", "items": S},
    {"kind": "article", "path": P_ITEM, "section": ("Thời sự", "/thoi-su"), "title": T[0]["title"], "sapo": T[0]["sapo"], "date": "2026-06-12 07:45",
     "source_line": '<a class="dbn-src" href="https://baophuongnam.test/" rel="nofollow">Báo Phương Nam</a> · <time datetime="2026-06-12T07:45:00+07:00">07:45 12/06/2026</time> · Cập nhật trên Đọc Báo Nhanh lúc 08:52',
     "body": [
         "Tại phiên họp trực tuyến với các địa phương, Thủ tướng yêu cầu các bộ, ngành, địa phương quyết liệt đẩy mạnh giải ngân vốn đầu tư công, phấn đấu hoàn thành 100% kế hoạch vốn được giao trước ngày 31/12.",
         "Những đơn vị có tỷ lệ giải ngân dưới mức bình quân cả nước phải báo cáo rõ nguyên nhân, xác định trách nhiệm của tập thể, cá nhân liên quan...",
         '<p class="dbn-readmore"><a href="https://baophuongnam.test/thoi-su/thu-tuong-yeu-cau-hoan-thanh-giai-ngan-von-dau-tu-cong-d712410.html" target="_blank" rel="nofollow noopener">Xem toàn bộ bài viết tại Báo Phương Nam »</a></p>'],
     "related": [T[1], T[3], R("Giải ngân đầu tư công 5 tháng đạt 29% kế hoạch", "giai-ngan-dau-tu-cong-5-thang-9816950.html", "kt", "4 ngày trước", "")],
     "related_title": "6 bài viết cùng chủ đề"},
]
