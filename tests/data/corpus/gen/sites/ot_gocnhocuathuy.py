"""Góc Nhỏ Của Thuỷ: a personal WordPress blog (travel, food, books), with comments and one
post that discusses a newspaper article."""
from common import item as I
from layouts import wp

H = "gocnhocuathuy.test"
U = f"https://{H}"
DL = ("Du lịch", "/category/du-lich")
AT = ("Ẩm thực", "/category/am-thuc")
DS = ("Đọc sách", "/category/doc-sach")
LT = ("Linh tinh", "/category/linh-tinh")

SITE = {
    "content_type": "text/html; charset=UTF-8",
    "host": H, "name": "Góc Nhỏ Của Thuỷ", "prefix": "gnct",
    "class": "other", "kind": "blog",
    "licence_number": "-", "licence_kind": "-", "issuer": "-",
    "notes": "Personal blog (exempt personal site): first-person posts, date permalinks /2026/06/slug/, WordPress comments, categories Du lịch/Ẩm thực/Đọc sách/Linh tinh; one post discusses a newspaper article ('Theo Báo Phương Nam') and the blogger's own 'ghi chép' on a trip. Old tone placement; one post in NFD.",
    "layout": wp,
    "tagline": "Viết cho mình, đọc cho vui",
    "title_suffix": " – Góc Nhỏ Của Thuỷ",
    "description": "Blog cá nhân của Thuỷ: du lịch, ẩm thực, đọc sách và những chuyện linh tinh.",
    "menu": [DL, AT, DS, LT, ("Giới thiệu", "/gioi-thieu")],
    "knobs": {"theme": "twentytwentyone", "wpver": "6.5.3", "date_style": "words", "list_date": "words", "byline": "top", "byline_prefix": "Đăng bởi",
              "jsonld": "BlogPosting", "og_article": True, "comments": "wp", "ads": False, "cookie": False, "ga": None, "css_rules": 20,
              "related_title": "Bài viết khác", "most_read_title": "Bài viết mới", "breadcrumb": False},
    "footer": """<p>© 2026 Góc Nhỏ Của Thuỷ · Blog cá nhân, không mang tính thương mại. Vui lòng ghi nguồn khi chia sẻ ảnh và bài viết.</p>
<p>Được tạo bằng <a href="https://wordpress.example/">WordPress</a></p>""",
}

P1 = "/2026/06/ha-giang-mua-lua-chin-4-ngay-3-dem-tu-tuc/"
P2 = "/2026/06/doc-loat-bai-ve-vay-qua-app-va-chuyen-nha-minh/"
it1 = I("Hà Giang mùa lúa chín: 4 ngày 3 đêm tự túc", U + P1, "Lần đầu tự chạy xe máy cung Đồng Văn – Mèo Vạc, mình ghi lại lịch trình, chi phí và vài điều ước gì mình biết sớm hơn.", "2026-06-07 21:30", DL, author="Thuỷ", author_slug="thuy")
it2 = I("Đọc loạt bài về vay qua app và chuyện nhà mình", U + P2, "Đọc bài báo sáng nay mà nhớ lại năm ngoái em họ mình cũng dính vào vòng vay app này vay app kia.", "2026-06-11 22:45", LT, author="Thuỷ", author_slug="thuy")
HL = [
    I("Bánh canh cua ở chợ Bà Chiểu – quán nhỏ mà đông", U + "/2026/05/banh-canh-cua-cho-ba-chieu/", "", "2026-05-28 20:00", AT),
    I("Đọc 'Những ngày thơ ấu' lần thứ ba", U + "/2026/05/doc-nhung-ngay-tho-au-lan-thu-ba/", "", "2026-05-20 22:10", DS),
    I("Đà Lạt mùa mưa, đi đâu cho khỏi ướt?", U + "/2026/05/da-lat-mua-mua-di-dau/", "", "2026-05-12 09:00", DL),
    I("Côn Đảo 3 ngày: lặn ngắm san hô và những buổi chiều lặng gió", U + "/2026/04/con-dao-3-ngay/", "", "2026-04-22 19:30", DL),
    I("Phú Yên – nắng, gió và bánh xèo mực", U + "/2026/03/phu-yen-nang-gio-banh-xeo-muc/", "", "2026-03-18 20:45", DL),
]
SITE["most_read"] = [it2, it1, HL[0], HL[1]]
CMTS = """<h2 class="comments-title">4 bình luận về &ldquo;Hà Giang mùa lúa chín: 4 ngày 3 đêm tự túc&rdquo;</h2><ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Hạnh Nguyễn</b> <time>8 tháng 6, 2026 lúc 07:12</time></footer><div class="comment-content"><p>Ảnh đẹp quá chị ơi! Chị thuê xe ở đâu vậy ạ?</p></div></article>
<ol class="children"><li class="comment byuser bypostauthor"><article class="comment-body"><footer class="comment-meta"><b class="fn">Thuỷ</b> <time>8 tháng 6, 2026 lúc 09:30</time></footer><div class="comment-content"><p>Mình thuê ở gần bến xe Hà Giang, 200k/ngày em nhé, nhớ kiểm tra phanh kỹ.</p></div></article></li></ol></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Tuấn Phượt</b> <time>9 tháng 6, 2026 lúc 21:04</time></footer><div class="comment-content"><p>Đoạn Mã Pí Lèng chiều tầm 5h là đẹp nhất, bài viết chi tiết ghê.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Mai</b> <time>10 tháng 6, 2026 lúc 12:40</time></footer><div class="comment-content"><p>Lưu lại cho chuyến đi tháng 9 😍</p></div></article></li></ol>"""

PAGES = [
    {"kind": "home", "path": "/", "variant": "oldtone", "river": [it2, it1, HL[0], HL[1], HL[2]], "river_title": "Bài viết mới"},
    {"kind": "section", "path": "/category/du-lich", "label": "Du lịch", "variant": "oldtone", "items": [it1, HL[2], HL[3], HL[4]]},
    {"kind": "article", "path": P1, "section": DL, "title": it1["title"], "sapo": "", "date": it1["date"], "author": "Thuỷ", "author_slug": "thuy", "variant": "oldtone nfd",
     "author_ld": {"@type": "Person", "name": "Thuỷ"}, "comments_html": CMTS,
     "body": [
         "Cuối cùng thì mình cũng đi Hà Giang đúng mùa lúa chín, sau ba năm lỡ hẹn. Lần này mình đi cùng hai đứa bạn thân, tự thuê xe máy và chạy cung quen thuộc Hà Giang – Quản Bạ – Yên Minh – Đồng Văn – Mèo Vạc – Du Già.",
         "<h2>Lịch trình</h2>",
         "<ul><li><b>Ngày 1:</b> Hà Nội đi xe giường nằm đêm, sáng tới TP. Hà Giang, thuê xe, chạy lên Quản Bạ ngắm núi đôi, ngủ ở Yên Minh.</li><li><b>Ngày 2:</b> Yên Minh – Đồng Văn, ghé dinh thự họ Vương, tối dạo phố cổ Đồng Văn.</li><li><b>Ngày 3:</b> Đèo Mã Pí Lèng, đi thuyền sông Nho Quế, về Du Già ngủ homestay.</li><li><b>Ngày 4:</b> Du Già – TP. Hà Giang, trả xe, bắt xe đêm về Hà Nội.</li></ul>",
         "<h2>Chi phí (3 người)</h2>",
         "Tổng cộng mỗi đứa hết khoảng 3,2 triệu, gồm xe khách hai chiều, thuê xe máy, xăng, homestay, ăn uống và vé thuyền. Mình thấy khá hợp lý.",
         "<h2>Vài điều ước gì mình biết sớm hơn</h2>",
         "Đường đẹp nhưng nhiều khúc cua tay áo, các bạn mới chạy xe số nên đi chậm, đừng cố chạy đêm. Trời trên cao nguyên đá sáng sớm khá lạnh dù là tháng 6, nhớ mang áo khoác mỏng. Và nhớ để dành thời gian ngồi yên ở một góc nào đó, ngắm ruộng bậc thang vàng ươm cho thoả thích.",
         "Mình sẽ viết thêm một bài riêng về homestay ở Du Già, chỗ đó đáng được một bài viết tử tế. Hẹn gặp lại nhé!"],
     "tags": ["Hà Giang", "du lịch tự túc", "mùa lúa chín"], "related": [HL[2], HL[3]]},
    {"kind": "article", "path": P2, "section": LT, "title": it2["title"], "sapo": "", "date": it2["date"], "author": "Thuỷ", "author_slug": "thuy", "variant": "oldtone",
     "author_ld": {"@type": "Person", "name": "Thuỷ"},
     "body": [
         "Sáng nay lướt điện thoại thấy loạt bài \"Bẫy vay qua ứng dụng\" của Báo Phương Nam, đọc kỳ 1 mà thấy nghẹn. Theo Báo Phương Nam, có người vay 5 triệu mà ba tháng sau nợ hơn 60 triệu, bị gọi điện đe doạ tới cả đồng nghiệp.",
         "Chuyện này mình không xa lạ. Năm ngoái em họ mình, đang học năm hai, cũng vay một app để đóng tiền trọ. Rồi vay app thứ hai để trả app thứ nhất, cứ thế đến lúc cả nhà biết thì đã là gần chục cái app. Mấy tuần đó điện thoại của mẹ mình cũng bị gọi, vì số mẹ có trong danh bạ của em.",
         "Cuối cùng cả nhà gom tiền trả, em thì xoá hết mấy app, đổi số. Nhưng cái cảm giác sợ hãi thì chắc lâu lắm mới hết.",
         "Mình viết lại đây không phải để kể khổ, mà mong ai đọc được thì nhớ: thiếu tiền thì nói với người nhà, đừng bao giờ cấp quyền danh bạ cho mấy app vay tiền. Link bài báo mình để ở dưới, mọi người đọc thêm nha.",
         '<p><a href="https://baophuongnam.test/phap-luat/bay-vay-qua-ung-dung-ky-1-vay-5-trieu-no-60-trieu-sau-ba-thang-d712406.html" rel="nofollow">Bẫy vay qua ứng dụng – Kỳ 1 (Báo Phương Nam)</a></p>'],
     "related": [HL[1]]},
]
