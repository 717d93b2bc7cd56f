"""Việt Nay: a licensed social network whose home page is arranged into fixed newspaper
sections with staff-written reportage ('báo hóa' of an SNS, Decision 1418 F(4), Decree 147)."""
from common import item as I
from layouts import news

H = "vietnay.test"
TS = ("Thời sự", "/chuyen-muc/thoi-su")
XH = ("Xã hội", "/chuyen-muc/xa-hoi")
PL = ("Pháp luật", "/chuyen-muc/phap-luat")
DS = ("Đời sống", "/chuyen-muc/doi-song")
GT = ("Giải trí", "/chuyen-muc/giai-tri")

SITE = {
    "host": H, "name": "Việt Nay", "prefix": "vn",
    "class": "press-like", "kind": "drifted-sns",
    "licence_number": "145/GP-BTTTT", "licence_kind": "sns",
    "issuer": "Bộ Thông tin và Truyền thông",
    "notes": "Licensed social network (SNS licence footer, login/đăng bài, member posts with like and comment counts) whose home and menus are fixed newspaper sections (Thời sự, Xã hội, Pháp luật...) filled by 'Ban biên tập' and 'Nhóm phóng viên Việt Nay' reportage - the SNS form of báo hóa (1418 F(4); 147: no fixed sections, no reportage on SNS). Hard against the social class.",
    "layout": news,
    "title_suffix": " - Mạng xã hội Việt Nay",
    "home_title": "Việt Nay - Mạng xã hội thông tin, chia sẻ, kết nối",
    "description": "Mạng xã hội Việt Nay - nơi cộng đồng chia sẻ thông tin thời sự, xã hội, pháp luật, đời sống, giải trí.",
    "topbar": '<span class="vn-user"><a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a> | <a href="/dang-bai" class="vn-post-btn">+ Đăng bài</a></span>',
    "menu": [TS, XH, PL, DS, GT, ("Thể thao", "/chuyen-muc/the-thao"), ("Phóng sự", "/chuyen-muc/phong-su"), ("Cộng đồng", "/cong-dong")],
    "knobs": {"sprite": 45, "adzones": 10, "date_style": "dmy_hm", "list_date": "dmy_hm", "byline": "top", "byline_prefix": "Đăng bởi ", "jsonld": "NewsArticle",
              "og_article": True, "comments": "form", "ads": True, "cookie": True, "ga": "G-VNAY145BT", "css_rules": 50,
              "related_title": "Bài viết cùng chuyên mục", "most_read_title": "Nổi bật trong cộng đồng", "sub_sapo": True},
    "footer": """<p>Mạng xã hội Việt Nay - Giấy phép thiết lập mạng xã hội số 145/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 17/10/2023</p>
<p>Đơn vị chủ quản: Công ty Cổ phần Công nghệ Việt Nay. Chịu trách nhiệm nội dung: Ông Tạ Quang Lâm</p>
<p>Liên hệ Ban biên tập: bbt@vietnay.test - Hotline: 0912 145 145 - Địa chỉ: 36 Hoàng Cầu, phường Ô Chợ Dừa, Hà Nội</p>
<p>Thành viên chịu trách nhiệm về nội dung bài viết do mình đăng tải. <a href="/thoa-thuan-cung-cap-dich-vu">Thỏa thuận cung cấp và sử dụng dịch vụ</a></p>""",
}

A1 = "/chuyen-muc/phong-su/phong-su-dem-trang-o-cho-dau-moi-nong-san-p728812.html"
it1 = I("Phóng sự: Đêm trắng ở chợ đầu mối nông sản", A1, "Từ 11 giờ đêm đến 5 giờ sáng, hàng nghìn người bốc vác, tiểu thương, tài xế tất bật để rau củ kịp lên mâm cơm thành phố.", "2026-06-10 06:00", ("Phóng sự", "/chuyen-muc/phong-su"), kicker="Phóng sự", by=("Nhóm phóng viên Việt Nay", "ban-bien-tap"))
HL = [
    I("Sạt lở bờ sông uy hiếp hàng chục hộ dân", "/chuyen-muc/thoi-su/sat-lo-bo-song-uy-hiep-hang-chuc-ho-dan-p728840.html", "👍 312 · 💬 48 bình luận", "2026-06-11 20:00", TS, by=("Lê Văn Trí", "levantri.vl")),
    I("Tranh cãi quanh đề xuất thu phí xe máy vào nội đô", "/chuyen-muc/xa-hoi/tranh-cai-quanh-de-xuat-thu-phi-xe-may-p728836.html", "👍 1,2K · 💬 406 bình luận", "2026-06-11 15:30", XH, by=("Ban biên tập Việt Nay", "ban-bien-tap")),
    I("Vụ lừa đảo 'việc nhẹ lương cao': nạn nhân kể lại", "/chuyen-muc/phap-luat/vu-lua-dao-viec-nhe-luong-cao-nan-nhan-ke-lai-p728830.html", "👍 540 · 💬 92 bình luận", "2026-06-11 10:00", PL, by=("Nhóm phóng viên Việt Nay", "ban-bien-tap")),
    I("Mẹo giữ rau tươi lâu trong tủ lạnh", "/chuyen-muc/doi-song/meo-giu-rau-tuoi-lau-trong-tu-lanh-p728825.html", "👍 88 · 💬 12 bình luận", "2026-06-10 21:00", DS, by=("bepcuame_", "bepcuame")),
    I("Ca sĩ Hà Vy trở lại sau 4 năm, fan xúc động", "/chuyen-muc/giai-tri/ca-si-ha-vy-tro-lai-sau-4-nam-p728820.html", "👍 2,3K · 💬 310 bình luận", "2026-06-10 18:30", GT, by=("Fan Hà Vy Official", "fanhavy")),
    I("Khởi công cầu vượt sông nối hai bờ khu đô thị phía Đông", "/chuyen-muc/thoi-su/khoi-cong-cau-vuot-song-p728843.html", "👍 150 · 💬 21 bình luận", "2026-06-12 07:00", TS, by=("Ban biên tập Việt Nay", "ban-bien-tap")),
    I("Cháy lớn tại xưởng gỗ, khói đen bao trùm khu dân cư", "/chuyen-muc/thoi-su/chay-lon-tai-xuong-go-p728838.html", "👍 402 · 💬 77 bình luận", "2026-06-11 22:45", TS, by=("Nguyễn Hùng", "nguyenhung.88")),
    I("Thủ tướng yêu cầu hoàn thành giải ngân vốn đầu tư công", "/chuyen-muc/thoi-su/thu-tuong-yeu-cau-hoan-thanh-giai-ngan-p728841.html", "👍 95 · 💬 9 bình luận", "2026-06-12 08:00", TS, by=("Ban biên tập Việt Nay", "ban-bien-tap")),
]
SITE["most_read"] = [HL[1], HL[4], it1, HL[2]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it1, HL[1], HL[0], HL[2]],
     "boxes": [("Thời sự", "/chuyen-muc/thoi-su", [HL[5], HL[0], HL[6]]), ("Xã hội", "/chuyen-muc/xa-hoi", [HL[1]]), ("Pháp luật", "/chuyen-muc/phap-luat", [HL[2]]),
               ("Đời sống", "/chuyen-muc/doi-song", [HL[3]]), ("Giải trí", "/chuyen-muc/giai-tri", [HL[4]]), ("Phóng sự", "/chuyen-muc/phong-su", [it1])],
     "river": [HL[7], HL[6], HL[3]], "river_title": "Bài viết mới từ cộng đồng"},
    {"kind": "section", "path": "/chuyen-muc/thoi-su", "label": "Thời sự", "items": [HL[7], HL[5], HL[6], HL[0]]},
    {"kind": "article", "path": A1, "section": ("Phóng sự", "/chuyen-muc/phong-su"), "kicker": "Phóng sự", "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"],
     "author": "Nhóm phóng viên Việt Nay", "author_url": "/thanh-vien/ban-bien-tap", "jsonld_type": "ReportageNewsArticle", "n_comments": 64,
     "body": [
         "23 giờ, khi thành phố đã chìm vào giấc ngủ, chợ đầu mối nông sản phía Nam mới bắt đầu một ngày làm việc. Những chiếc xe tải chở bắp cải, cà rốt từ Lâm Đồng, rau muống từ Hóc Môn nối đuôi nhau vào cổng.",
         "Nhóm phóng viên Việt Nay có mặt tại chợ đúng lúc xe hàng đầu tiên cập bến. Anh Lò Văn Thắng (35 tuổi, quê Điện Biên), làm nghề bốc vác ở chợ đã 9 năm, vác trên vai bao hàng 50 kg, nói vội: \"Đêm nay hàng về nhiều, chắc được 400-500 nghìn\".",
         "Theo ghi nhận của chúng tôi, cao điểm từ 1 giờ đến 3 giờ sáng, lối đi giữa các sạp gần như không còn chỗ trống. Tiếng xe đẩy, tiếng gọi nhau í ới, tiếng cân hàng xen lẫn.",
         "Bà Sáu Hồng, tiểu thương bán rau hơn 20 năm, cho biết mỗi đêm bà bán khoảng 2 tấn rau cho các mối nhà hàng, bếp ăn công nghiệp. \"Làm ngược giờ quen rồi, ban ngày ngủ, ban đêm đi chợ\", bà cười.",
         "5 giờ sáng, những chuyến xe cuối cùng rời chợ, mang theo rau củ tỏa đi khắp các chợ lẻ trong thành phố. Còn những người bốc vác như anh Thắng ngả lưng trên đống bao tải, tranh thủ chợp mắt trước khi về phòng trọ."],
     "comments_html": '<div class="vn-cmt"><b>hoangyen.92</b>: Đọc mà thương các cô chú quá. 👍 45</div><div class="vn-cmt"><b>Trần Khôi</b>: Bài viết hay, mong Việt Nay làm thêm nhiều phóng sự như này. 👍 31</div>',
     "related": [HL[3], HL[1]]},
]
