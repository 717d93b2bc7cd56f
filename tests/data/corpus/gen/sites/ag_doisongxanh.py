"""Đời Sống Xanh: lifestyle/health aggregator with NO licence footer at all, but every
item attributed to a press source with a link.  Old tone placement on one page, NFD on another."""
from common import item as I
from layouts import wp

H = "doisongxanh.example"
U = f"https://{H}"
SK = ("Sức khoẻ", "/suc-khoe")
DD = ("Dinh dưỡng", "/dinh-duong")
NC = ("Nhà cửa", "/nha-cua")

SITE = {
    "host": H, "name": "Đời Sống Xanh", "prefix": "dsx",
    "class": "aggregator", "kind": "lawful-aggregator",
    "licence_number": "-", "licence_kind": "-", "issuer": "-",
    "notes": "Behaves as an aggregator (every post attributed to a named press source with a link and the source date, no bylines of its own, no comments) but shows no licence footer at all: the label is behavioural; the missing licence is a DSP/registry finding, not a press signal. Old tone placement (Sức khoẻ) and one NFD page.",
    "layout": wp,
    "tagline": "Sống khoẻ mỗi ngày",
    "title_suffix": " - Đời Sống Xanh",
    "description": "Đời Sống Xanh tổng hợp thông tin sức khoẻ, dinh dưỡng, mẹo nhà cửa từ các báo điện tử chính thống.",
    "menu": [SK, DD, ("Làm đẹp", "/lam-dep"), NC, ("Mẹ và bé", "/me-va-be")],
    "knobs": {"theme": "astra", "wpver": "6.5.3", "date_style": "dmy", "list_date": "dmy", "byline": "none",
              "jsonld": None, "og_article": False, "comments": None, "ads": True, "cookie": False, "ga": "G-DSX0000LS", "css_rules": 30,
              "related_title": "Bài viết tương tự", "most_read_title": "Bài mới", "breadcrumb": False},
    "footer": """<p>© 2026 Đời Sống Xanh. Thông tin trên website được tổng hợp từ các báo điện tử chính thống, bản quyền thuộc về các cơ quan báo chí đăng tải gốc.</p>
<p>Thông tin chỉ mang tính tham khảo, không thay thế cho chẩn đoán và điều trị của bác sĩ.</p>
<p>Liên hệ: doisongxanh.lienhe@gmail.example</p>""",
}

A1 = "/suc-khoe/uong-nuoc-the-nao-cho-dung-trong-ngay-nang-nong.html"
A2 = "/dinh-duong/5-loai-rau-mua-he-giup-thanh-nhiet-de-tim-o-cho-viet.html"
it1 = I("Uống nước thế nào cho đúng trong ngày nắng nóng", U + A1, "Không nên đợi khát mới uống, và cũng không nên uống quá nhiều nước một lúc.", "2026-06-11 10:00", SK, source="Báo Sức Khoẻ Cộng Đồng")
it2 = I("5 loại rau mùa hè giúp thanh nhiệt, dễ tìm ở chợ Việt", U + A2, "Rau má, mồng tơi, rau đay, mướp đắng và bí đao là những lựa chọn rẻ tiền cho bữa ăn ngày hè.", "2026-06-10 09:00", DD, source="Thời báo Cửu Long")
HL = [
    I("Bệnh viện nhi tăng bệnh nhân sốt xuất huyết đầu mùa mưa", U + "/suc-khoe/benh-vien-nhi-tang-benh-nhan-sot-xuat-huyet.html", "", "2026-06-11 16:00", SK, source="Báo Phương Nam"),
    I("Ăn chay đúng cách: 5 sai lầm khiến cơ thể thiếu chất", U + "/dinh-duong/an-chay-dung-cach-5-sai-lam.html", "", "2026-06-10 20:00", DD, source="Báo Phương Nam"),
    I("Mẹo khử mùi tủ lạnh bằng nguyên liệu có sẵn trong bếp", U + "/nha-cua/meo-khu-mui-tu-lanh.html", "", "2026-06-09 08:00", NC, source="Báo Tuổi Xanh"),
    I("Ngủ trưa bao lâu là tốt cho sức khoẻ?", U + "/suc-khoe/ngu-trua-bao-lau-la-tot.html", "", "2026-06-08 11:00", SK, source="Báo Sức Khoẻ Cộng Đồng"),
    I("Dấu hiệu sốc nhiệt và cách sơ cứu đúng", U + "/suc-khoe/dau-hieu-soc-nhiet-va-cach-so-cuu.html", "", "2026-06-07 09:00", SK, source="Báo Sông Hồng"),
    I("Người bị tiểu đường nên ăn trái cây gì?", U + "/suc-khoe/nguoi-bi-tieu-duong-nen-an-trai-cay-gi.html", "", "2026-06-06 15:00", SK, source="Báo Sức Khoẻ Cộng Đồng"),
]
SITE["most_read"] = [it1, it2, HL[0], HL[3]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it1, it2],
     "boxes": [("Sức khoẻ", "/suc-khoe", [it1, HL[0], HL[3]]), ("Dinh dưỡng", "/dinh-duong", [it2, HL[1]]), ("Nhà cửa", "/nha-cua", [HL[2]])]},
    {"kind": "section", "path": "/suc-khoe", "label": "Sức khoẻ", "items": [it1, HL[0], HL[3], HL[4], HL[5]]},
    {"kind": "article", "path": A1, "section": SK, "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"], "variant": "oldtone",
     "body": [
         "Trong những ngày nắng nóng, cơ thể mất nhiều nước qua mồ hôi. Theo các bác sĩ dinh dưỡng, người trưởng thành cần khoảng 2-2,5 lít nước mỗi ngày, nhiều hơn nếu lao động ngoài trời.",
         "Không nên đợi đến khi khát mới uống, vì khi đó cơ thể đã bắt đầu thiếu nước. Nên chia nhỏ, uống từng ngụm, mỗi lần 150-200 ml, cách nhau 15-20 phút.",
         "Tránh uống quá nhiều nước đá ngay khi vừa đi nắng về, vì sự thay đổi nhiệt độ đột ngột có thể gây viêm họng, ảnh hưởng đến sức khỏe.",
         "Người có bệnh tim, thận cần hỏi ý kiến bác sĩ về lượng nước phù hợp.",
         '<p class="dsx-src">Bài viết được trích dẫn từ <a href="https://suckhoecongdong.test/dinh-duong/uong-nuoc-the-nao-cho-dung-trong-ngay-nang-nong-n220931.html" rel="nofollow" target="_blank">Báo Sức Khỏe Cộng Đồng</a>, đăng ngày 11/06/2026 lúc 07:40.</p>'],
     "related": [HL[4], HL[3]]},
    {"kind": "article", "path": A2, "section": DD, "title": it2["title"], "sapo": it2["sapo"], "date": it2["date"], "variant": "nfd",
     "body": [
         "Rau má có tính mát, thường được xay lấy nước uống hoặc nấu canh với tôm. Mồng tơi, rau đay nấu canh cua là món quen thuộc trong bữa cơm ngày hè của nhiều gia đình.",
         "Mướp đắng (khổ qua) có vị đắng nhưng giúp kích thích ăn ngon; có thể nhồi thịt, xào trứng hoặc nấu canh. Bí đao nấu canh xương hoặc luộc chấm mắm cũng giúp giải nhiệt.",
         "Khi chọn rau, nên ưu tiên rau tươi, không có mùi lạ, mua ở nơi có nguồn gốc rõ ràng và rửa kỹ dưới vòi nước chảy.",
         '<p class="dsx-src">Nguồn: <a href="https://thoibaocuulong.test/doi-song/5-loai-rau-mua-he-giup-thanh-nhiet-a55120.html" rel="nofollow" target="_blank">Thời báo Cửu Long</a> (09/06/2026)</p>'],
     "related": [HL[1]]},
]
