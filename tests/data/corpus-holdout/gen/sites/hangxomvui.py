"""hangxomvui.test: neighbourhood social network (SNS licence, ABEI under MCST).
Member posts, groups, likes, comments, a citizen's fire report with updates."""
from common import Page, esc

SITE = {
    "site": "hangxomvui.test",
    "class": "social",
    "kind": "sns",
    "licence_number": "64/GP-PTTH&TTĐT",
    "licence_kind": "sns",
    "issuer": "Cục Phát thanh, Truyền hình và Thông tin điện tử",
    "notes": ("Neighbourhood social network ('Mạng xã hội kết nối cộng đồng dân cư', SNS licence 64/GP-PTTH&TTĐT); feed of member "
              "posts with likes/comments/shares, groups with member counts, @handles in URLs; hard items: a member's on-the-spot "
              "fire report with 'Cập nhật' lines and a member sharing a press link. Not arranged into newspaper sections; "
              "the 'Xu hướng' box is hashtags."),
}

BASE = "https://hangxomvui.test"
GROUP = BASE + "/nhom/hang-xom-phuong-dong-linh"
P_FIRE = BASE + "/@tuan.xe.om/bai-viet/8f3k2aq"
P_ROAD = BASE + "/@hoa.nguyen.92/bai-viet/8f2x91b"

CSS = """
*{box-sizing:border-box}body{margin:0;background:#f0f2f5;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:15px;color:#050505}
.hx-top{position:sticky;top:0;background:#fff;height:56px;display:flex;align-items:center;padding:0 16px;box-shadow:0 1px 2px rgba(0,0,0,.1)}
.hx-logo{font-weight:800;color:#f57c00;font-size:22px;text-decoration:none}.hx-search{margin-left:12px;background:#f0f2f5;border-radius:20px;border:0;padding:8px 14px;width:260px}
.hx-layout{display:grid;grid-template-columns:280px 600px 300px;gap:20px;justify-content:center;padding-top:16px}
.hx-card{background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.1);padding:12px 16px;margin-bottom:16px}
.hx-post-head{display:flex;gap:8px;align-items:center}.hx-avatar{width:40px;height:40px;border-radius:50%;background:#ddd}
.hx-name{font-weight:600}.hx-time{font-size:13px;color:#65676b}.hx-stats{display:flex;justify-content:space-between;color:#65676b;font-size:14px;border-bottom:1px solid #ced0d4;padding:8px 0}
.hx-actions{display:flex;justify-content:space-around;padding:4px 0;color:#65676b;font-weight:600}
.hx-comment{display:flex;gap:8px;margin:8px 0}.hx-bubble{background:#f0f2f5;border-radius:18px;padding:8px 12px}
.hx-tag{color:#f57c00}.hx-foot{font-size:12px;color:#65676b;line-height:1.6}
"""


def layout(title, center, right_extra=""):
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta property="og:site_name" content="Hàng Xóm Vui">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="website">
<link rel="manifest" href="/manifest.json">
<style>{CSS}</style>
</head>
<body>
<div id="root">
<header class="hx-top"><a class="hx-logo" href="/">hàng xóm vui</a><input class="hx-search" placeholder="Tìm hàng xóm, nhóm, bài viết">
<nav style="margin-left:auto"><a href="/">Bảng tin</a> · <a href="/nhom">Nhóm</a> · <a href="/cho">Chợ hàng xóm</a> · <a href="/dang-nhap">Đăng nhập</a></nav></header>
<div class="hx-layout">
<aside class="hx-left"><div class="hx-card"><b>Lối tắt</b><ul>
<li><a href="/nhom/hang-xom-phuong-dong-linh">Hàng xóm phường Đông Lĩnh</a></li>
<li><a href="/nhom/cho-que-dong-linh">Chợ quê Đông Lĩnh</a></li>
<li><a href="/nhom/cha-me-tre-mam-non-khu-tay">Cha mẹ trẻ mầm non khu Tây</a></li>
<li><a href="/nhom/tim-do-that-lac">Tìm đồ thất lạc</a></li></ul></div></aside>
<main class="hx-center">
{center}
</main>
<aside class="hx-right">
<div class="hx-card"><b>Xu hướng quanh bạn</b><ul>
<li><a class="hx-tag" href="/hashtag/chaykho">#chaykho</a> · 318 bài</li>
<li><a class="hx-tag" href="/hashtag/duongtranhunghdao">#duongtranhunghdao</a> · 142 bài</li>
<li><a class="hx-tag" href="/hashtag/trungthu2026">#trungthu2026</a> · 96 bài</li>
<li><a class="hx-tag" href="/hashtag/meothatlac">#meothatlac</a> · 41 bài</li></ul></div>
{right_extra}
<div class="hx-card hx-foot">Hàng Xóm Vui - Mạng xã hội kết nối cộng đồng dân cư.<br>
Giấy phép thiết lập mạng xã hội số 64/GP-PTTH&amp;TTĐT do Cục Phát thanh, Truyền hình và Thông tin điện tử cấp ngày 21/10/2025.<br>
Đơn vị chủ quản: Công ty TNHH Công nghệ Cộng Đồng Xanh. Chịu trách nhiệm nội dung: Ông Lâm Gia Khiêm.<br>
<a href="/dieu-khoan">Điều khoản</a> · <a href="/chinh-sach-rieng-tu">Quyền riêng tư</a> · <a href="/bao-cao-vi-pham">Báo cáo vi phạm</a></div>
</aside>
</div>
</div>
<script src="/static/js/main.9c1e07d2.js" defer></script>
</body>
</html>
"""


def card(href, user, handle, where, when, text, likes, comments, shares, comment_list=(), img=None):
    cm = "\n".join(f"""<div class="hx-comment"><div class="hx-avatar"></div><div class="hx-bubble"><a class="hx-name" href="/@{h}">{esc(n)}</a><div>{t}</div></div></div>
<div class="hx-time" style="margin-left:48px">{w} · Thích · Phản hồi</div>""" for n, h, t, w in comment_list)
    image = f'<img src="{img}" alt="" width="568" style="border-radius:6px;margin-top:8px">' if img else ""
    return f"""<article class="hx-card hx-post" data-post-url="{href}">
<div class="hx-post-head"><div class="hx-avatar"></div><div><a class="hx-name" href="/@{handle}">{esc(user)}</a> {('▸ <a href="%s">%s</a>' % (GROUP, esc(where))) if where else ''}
<div class="hx-time"><a href="{href}">{when}</a> · 🌐</div></div></div>
<div class="hx-text">{text}</div>
{image}
<div class="hx-stats"><span>👍❤️ {likes}</span><span>{comments} bình luận · {shares} lượt chia sẻ</span></div>
<div class="hx-actions"><span>Thích</span><span>Bình luận</span><span>Chia sẻ</span></div>
{cm}
</article>"""


FIRE_TEXT = """Cháy kho hàng ở cuối đường Trần Hưng Đạo, đoạn gần cầu Khe Lim mọi người ơi!! Khói đen bốc cao lắm, đứng từ chợ Đông Lĩnh cũng thấy. Xe cứu hỏa đang vào, ai đi đường này thì tránh ra đường Lê Lai nhé, đang chặn một đoạn.<br><br>
<b>Cập nhật 21:15:</b> đã có 4 xe chữa cháy, công an phường phong tỏa từ ngã ba trạm điện. Người ở mấy nhà sát kho đã được đưa ra ngoài hết, chưa thấy ai bị thương.<br>
<b>Cập nhật 21:40:</b> lửa đã khống chế được, còn khói. Nghe anh bảo vệ nói kho chứa bao bì giấy với nhựa.<br>
<b>Cập nhật 22:30:</b> cơ bản dập xong. Nguyên nhân thì chờ cơ quan chức năng, mọi người đừng đoán mò rồi share lung tung nha. <a class="hx-tag" href="/hashtag/chaykho">#chaykho</a>"""

ROAD_TEXT = """Hỏi hàng xóm phường mình: đoạn đường Bế Văn Đàn từ ngã tư bưu điện đến trường mầm non Hoa Sen đào lên lắp cống từ đầu tháng 8 đến giờ vẫn chưa hoàn trả. Mấy hôm mưa bùn ngập mắt cá, sáng đưa con đi học phải dắt xe. Tối thì không có đèn cảnh báo, hôm qua có bác đi xe đạp ngã ở chỗ hố ga.<br><br>
Có ai biết bao giờ xong không ạ? Mình định gửi phản ánh lên tổng đài của phường mà không biết gửi ở đâu. Ai có số cho mình xin với. <a class="hx-tag" href="/hashtag/duongbevandan">#duongbevandan</a>"""

FIRE_COMMENTS = [
    ("Lan Phương", "lanphuong.dl", "Nhà em cách đó 200m, khói vào tận nhà, cả nhà phải đóng hết cửa. Cảm ơn anh cập nhật nhé.", "2 giờ"),
    ("Đức Mạnh", "ducmanh_88", "Các chú cứu hỏa vất vả quá. Mong không ai bị sao.", "2 giờ"),
    ("Bà Tư bán xôi", "batu.xoi", "Kho đó hồi trước là xưởng gỗ, chuyển sang làm kho mấy năm nay rồi.", "1 giờ"),
    ("Tuấn xe ôm", "tuan.xe.om", "@Lan Phương đóng cửa, để khăn ướt ở khe cửa nha em, sáng mai chắc hết khói.", "1 giờ"),
]

ROAD_COMMENTS = [
    ("Minh Quân", "minhquan.dl", "Gọi đường dây nóng của phường hoặc gửi qua ứng dụng phản ánh hiện trường của tỉnh bạn ơi, mình gửi rồi có người gọi lại.", "5 giờ"),
    ("UBND phường Đông Lĩnh ✔", "ubnd.phuongdonglinh", "Chào bạn Hoa, phường đã tiếp nhận phản ánh. Hạng mục cống thoát nước đoạn Bế Văn Đàn dự kiến hoàn trả mặt đường trước 30/9; phường đã đề nghị đơn vị thi công bổ sung đèn và biển cảnh báo ngay trong ngày 15/9. Cảm ơn bạn.", "3 giờ"),
    ("Hoa Nguyễn", "hoa.nguyen.92", "Dạ em cảm ơn phường ạ. Mong làm nhanh giúp bà con.", "3 giờ"),
    ("Cường Bún Chả", "cuong.buncha", "Quán mình ở đầu đoạn đó, khách giảm nửa từ tháng 8 rồi. Mong đúng hẹn 30/9 thật.", "1 giờ"),
]


def pages():
    feed = "\n".join([
        '<div class="hx-card"><input placeholder="Bạn muốn chia sẻ gì với hàng xóm?" style="width:100%;border:0;background:#f0f2f5;border-radius:20px;padding:10px"></div>',
        card(P_FIRE, "Tuấn xe ôm", "tuan.xe.om", "Hàng xóm phường Đông Lĩnh", "14 tháng 9 lúc 20:52", FIRE_TEXT, "1,2K", 186, 403,
             FIRE_COMMENTS[:2], "/media/u/tuan.xe.om/8f3k2aq-1.jpg"),
        card(P_ROAD, "Hoa Nguyễn", "hoa.nguyen.92", "Hàng xóm phường Đông Lĩnh", "15 tháng 9 lúc 06:18", ROAD_TEXT, 287, 64, 12,
             ROAD_COMMENTS[1:2]),
        card(BASE + "/@thuha.baking/bai-viet/8f2w55c", "Thu Hà Bánh Nướng", "thuha.baking", "Chợ quê Đông Lĩnh", "14 tháng 9 lúc 17:03",
             "Nhận đặt bánh Trung thu nhân đậu xanh, thập cẩm nhà làm, không chất bảo quản. Giao trong phường Đông Lĩnh và Tây Lĩnh. Inbox hoặc gọi 0977.xxx.xxx nha cả nhà 🥮", 54, 17, 3),
        card(BASE + "/@khoa.le/bai-viet/8f2v0d7", "Khoa Lê", "khoa.le", None, "14 tháng 9 lúc 09:40",
             """Chia sẻ bài báo cho bà con vùng sạt lở biết chính sách hỗ trợ: "Mỗi hộ có nhà bị sập được hỗ trợ 40 triệu đồng..." Đọc đầy đủ ở đây: <a href="https://baovanlinh.test/Tin-tuc/Thoi-su/Van-Linh-ho-tro-khan-cap-412-ho-dan-vung-sat-lo-sau-mua-lon-51842.aspx" rel="nofollow ugc">baovanlinh.test</a>. Ai có người nhà ở Nậm Khiêu thì nhắn họ liên hệ xã nhé.""", 96, 8, 31),
        card(BASE + "/@meo.meo.mun/bai-viet/8f2t3aa", "Mun Mun", "meo.meo.mun", "Tìm đồ thất lạc", "13 tháng 9 lúc 22:11",
             "Nhà mình lạc con mèo mướp, đeo vòng cổ đỏ có chuông, khu ngõ 4 Bế Văn Đàn. Ai thấy báo giúp mình với, hậu tạ ạ 😿", 43, 22, 15),
    ])
    yield Page(BASE + "/", layout("Hàng Xóm Vui - Bảng tin", feed))
    group = "\n".join([
        """<div class="hx-card"><h1 style="font-size:24px;margin:4px 0">Hàng xóm phường Đông Lĩnh</h1>
<div class="hx-time">Nhóm công khai · 18,4K thành viên · 35 bài viết mới hôm nay</div>
<p>Nhóm dành cho cư dân phường Đông Lĩnh chia sẻ thông tin hữu ích, hỏi đáp, giúp đỡ nhau. <b>Nội quy:</b> không quảng cáo ngoài chuyên mục Chợ; không đăng tin chưa kiểm chứng; tôn trọng nhau.</p>
<button>+ Tham gia nhóm</button> <button>Mời</button></div>""",
        '<div class="hx-card"><b>Quản trị viên:</b> <a href="/@minhquan.dl">Minh Quân</a>, <a href="/@lanphuong.dl">Lan Phương</a> · <a href="#">Bài viết đáng chú ý</a> · <a href="#">File</a> · <a href="#">Sự kiện</a></div>',
        card(P_ROAD, "Hoa Nguyễn", "hoa.nguyen.92", "Hàng xóm phường Đông Lĩnh", "15 tháng 9 lúc 06:18", ROAD_TEXT, 287, 64, 12),
        card(P_FIRE, "Tuấn xe ôm", "tuan.xe.om", "Hàng xóm phường Đông Lĩnh", "14 tháng 9 lúc 20:52", FIRE_TEXT, "1,2K", 186, 403,
             img="/media/u/tuan.xe.om/8f3k2aq-1.jpg"),
        card(BASE + "/@lanphuong.dl/bai-viet/8f2m7e1", "Lan Phương", "lanphuong.dl", "Hàng xóm phường Đông Lĩnh", "12 tháng 9 lúc 19:30",
             "Thông báo: Chủ nhật 20/9 tổ dân phố 7 tổ chức dọn vệ sinh bờ suối Khe Lim, bắt đầu 6h30. Mọi người mang theo găng tay, bao tải nhé. Tổ sẽ chuẩn bị nước uống và bánh mì cho các bạn nhỏ tham gia 💪", 412, 58, 27),
    ])
    yield Page(GROUP, layout("Hàng xóm phường Đông Lĩnh | Hàng Xóm Vui", group,
                             '<div class="hx-card"><b>Giới thiệu nhóm</b><p>Tạo ngày 02/03/2022 · Vị trí: phường Đông Lĩnh, tỉnh Vân Lĩnh</p></div>'))
    yield Page(P_FIRE, layout("Tuấn xe ôm trên Hàng Xóm Vui: Cháy kho hàng ở cuối đường Trần Hưng Đạo",
                              card(P_FIRE, "Tuấn xe ôm", "tuan.xe.om", "Hàng xóm phường Đông Lĩnh", "14 tháng 9 lúc 20:52", FIRE_TEXT,
                                   "1,2K", 186, 403, FIRE_COMMENTS, "/media/u/tuan.xe.om/8f3k2aq-1.jpg")
                              + '\n<div class="hx-card"><a href="#">Xem thêm 182 bình luận</a></div>'))
    yield Page(P_ROAD, layout("Hoa Nguyễn trên Hàng Xóm Vui: Đường Bế Văn Đàn đào lên lắp cống từ đầu tháng 8",
                              card(P_ROAD, "Hoa Nguyễn", "hoa.nguyen.92", "Hàng xóm phường Đông Lĩnh", "15 tháng 9 lúc 06:18", ROAD_TEXT,
                                   287, 64, 12, ROAD_COMMENTS)
                              + '\n<div class="hx-card"><a href="#">Xem thêm 60 bình luận</a></div>'))
