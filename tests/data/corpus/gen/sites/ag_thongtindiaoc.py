"""Thông Tin Địa Ốc: lawful real-estate aggregator (post-2025 provincial licence) with
'Tin tức', 'Doanh nghiệp', 'Dự án' sections; each item carries 'Nguồn: <báo> - time'."""
from common import item as I
from layouts import news

H = "thongtindiaoc.test"
TT = ("Thị trường", "/thi-truong")
DA = ("Dự án", "/du-an")
CS = ("Chính sách", "/chinh-sach")
DN = ("Doanh nghiệp", "/doanh-nghiep")

SITE = {
    "host": H, "name": "Thông Tin Địa Ốc", "prefix": "ttdo",
    "class": "aggregator", "kind": "lawful-aggregator",
    "licence_number": "14/GP-TTĐT", "licence_kind": "giw",
    "issuer": "Sở Văn hóa và Thể thao thành phố Hà Nội",
    "notes": "Real-estate GIW with 'tin' in its domain, 'Tin tức' menu and Doanh nghiệp/Dự án sections (the same topics a drifted site would use), post-2025 provincial licence from a Sở Văn hóa và Thể thao; every item is a short attributed summary ('Nguồn: <báo> - hh:mm dd/mm/yyyy' + link), no own reporting about named developers.",
    "layout": news,
    "title_suffix": " - Thông Tin Địa Ốc",
    "home_title": "Thông Tin Địa Ốc - Tổng hợp tin tức bất động sản",
    "description": "Tổng hợp tin tức thị trường bất động sản, chính sách đất đai, dự án, doanh nghiệp địa ốc từ các báo điện tử.",
    "menu": [("Tin tức", "/tin-tuc"), TT, CS, DA, DN, ("Tài chính", "/tai-chinh"), ("Kiến trúc", "/kien-truc")],
    "knobs": {"adzones": 8, "date_style": "dmy_hm", "list_date": "dmy_hm", "byline": "none", "jsonld": "Article", "og_article": True, "comments": None,
              "ads": True, "cookie": False, "ga": "G-TTDO14HN", "css_rules": 40, "related_title": "Tin cùng chủ đề", "most_read_title": "Đọc nhiều", "share": True},
    "footer": """<p><b>THÔNG TIN ĐỊA ỐC</b> - Trang thông tin điện tử tổng hợp</p>
<p>Giấy phép thiết lập trang thông tin điện tử tổng hợp trên mạng số 14/GP-TTĐT do Sở Văn hóa và Thể thao thành phố Hà Nội cấp ngày 19/11/2025</p>
<p>Đơn vị chủ quản: Công ty TNHH Dữ liệu Bất động sản An Cư. Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thanh Xuân</p>
<p>Địa chỉ: Tầng 12, 89 Láng Hạ, phường Đống Đa, Hà Nội. ĐT: 024 3514 1414. Email: lienhe@thongtindiaoc.test</p>
<p>Tin bài được trích dẫn từ các cơ quan báo chí theo quy định, ghi rõ nguồn và thời gian đăng tải gốc.</p>""",
}

A1 = "/thi-truong/thi-truong-can-ho-quy-ii-nguon-cung-moi-tang-gia-van-neo-cao-n44218.html"
it1 = I("Thị trường căn hộ quý II: nguồn cung mới tăng, giá vẫn neo cao", A1, "Nguồn cung căn hộ mới tại hai thành phố lớn tăng khoảng 30% so với quý trước, nhưng giá bán sơ cấp chưa có dấu hiệu giảm.", "2026-06-11 14:20", TT, source="Nguồn: Báo Kinh Tế Ngày Nay")
HL = [
    I("Ngân hàng đồng loạt giảm lãi suất cho vay mua nhà", "/tai-chinh/ngan-hang-dong-loat-giam-lai-suat-cho-vay-mua-nha-n44215.html", "Nhiều ngân hàng giảm 0,5-1 điểm phần trăm lãi suất cho vay mua nhà.", "2026-06-11 09:00", ("Tài chính", "/tai-chinh"), source="Nguồn: Báo Sông Hồng"),
    I("Hướng dẫn mới về cấp sổ cho nhà ở thương mại chậm thủ tục", "/chinh-sach/huong-dan-moi-ve-cap-so-cho-nha-o-thuong-mai-n44211.html", "", "2026-06-10 16:30", CS, source="Nguồn: Tạp chí Pháp Lý Số"),
    I("Doanh nghiệp địa ốc niêm yết báo lãi quý I tăng 18%", "/doanh-nghiep/doanh-nghiep-dia-oc-niem-yet-bao-lai-quy-i-tang-n44207.html", "", "2026-06-10 10:00", DN, source="Nguồn: Báo Kinh Tế Ngày Nay"),
    I("Khởi công cầu vượt sông nối hai bờ khu đô thị phía Đông", "/du-an/khoi-cong-cau-vuot-song-noi-hai-bo-khu-do-thi-phia-dong-n44203.html", "", "2026-06-12 08:10", DA, source="Nguồn: Báo Phương Nam"),
    I("Tỉnh Bình Lâm thu hút 14 dự án đầu tư mới trong 5 tháng", "/du-an/tinh-binh-lam-thu-hut-14-du-an-dau-tu-moi-n44199.html", "", "2026-06-09 18:00", DA, source="Nguồn: Báo Bình Lâm"),
    I("Giá thuê phòng trọ gần khu công nghiệp tăng 20%", "/thi-truong/gia-thue-phong-tro-gan-khu-cong-nghiep-tang-n44196.html", "", "2026-06-09 08:30", TT, source="Nguồn: Thời báo Cửu Long"),
    I("Đất nền vùng ven: giao dịch chậm, nhà đầu tư thận trọng", "/thi-truong/dat-nen-vung-ven-giao-dich-cham-n44190.html", "", "2026-06-08 15:00", TT, source="Nguồn: Báo Tuổi Xanh"),
]
SITE["most_read"] = [it1, HL[0], HL[1], HL[2]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it1, HL[0], HL[3], HL[1]],
     "river": [HL[2], HL[4], HL[5], HL[6]], "river_title": "Tin tức mới",
     "boxes": [("Thị trường", "/thi-truong", [it1, HL[5]]), ("Dự án", "/du-an", [HL[3], HL[4]]), ("Doanh nghiệp", "/doanh-nghiep", [HL[2]]), ("Chính sách", "/chinh-sach", [HL[1]])]},
    {"kind": "section", "path": "/thi-truong", "label": "Thị trường", "items": [it1, HL[5], HL[6],
        I("Giá căn hộ cho thuê khu trung tâm tăng nhẹ", "/thi-truong/gia-can-ho-cho-thue-khu-trung-tam-tang-nhe-n44182.html", "", "2026-06-06 09:00", TT, source="Nguồn: Báo Sông Hồng")]},
    {"kind": "article", "path": A1, "section": TT, "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"],
     "body": [
         "Theo báo cáo của một số đơn vị nghiên cứu thị trường, trong quý II/2026, hai thành phố lớn có khoảng 11.500 căn hộ mới được chào bán, tăng khoảng 30% so với quý I. Tỷ lệ hấp thụ trung bình đạt 62%.",
         "Giá bán sơ cấp căn hộ trung cấp dao động 55-70 triệu đồng/m², căn hộ cao cấp từ 90 triệu đồng/m² trở lên. Các chuyên gia cho rằng chi phí đất và vật liệu xây dựng khiến giá khó giảm trong ngắn hạn.",
         "Người mua ở thực vẫn là nhóm khách hàng chính, trong khi nhà đầu tư lướt sóng giảm mạnh so với giai đoạn trước.",
         '<p class="ttdo-source"><b>Nguồn:</b> <a href="https://kinhtengaynay.test/bat-dong-san/thi-truong-can-ho-quy-ii-nguon-cung-moi-tang-a99188.html" rel="nofollow" target="_blank">Báo Kinh Tế Ngày Nay</a> - 11:05 11/06/2026</p>'],
     "related": [HL[6], HL[0]]},
]
