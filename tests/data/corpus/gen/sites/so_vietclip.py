"""VietClip: a licensed video-sharing social network; one channel reposts news clips."""
from common import esc, css_noise, jsonld

H = "vietclip.test"
SITE = {
    "host": H, "name": "VietClip", "prefix": "vc",
    "class": "social", "kind": "video",
    "licence_number": "08/GP-PTTH&TTĐT", "licence_kind": "sns",
    "issuer": "Cục Phát thanh, truyền hình và Thông tin điện tử (Bộ Văn hóa, Thể thao và Du lịch)",
    "notes": "Video platform: channels, subscribers, views, comments, VideoObject JSON-LD, SNS licence (2025, ABEI under MCST). One user channel 'Tin Nhanh 24/7' reposts news clips ('tư liệu từ các báo, đài, có ghi nguồn') under a press-like name - a channel-level issue inside a social site; the site itself is social.",
}

VIDEOS = [
    ("v8KqW2xTz", "Cách làm cá kho tộ chuẩn vị miền Tây | Bếp Nhà Mơ", "Bếp Nhà Mơ", "bepnhamo", "1,2 Tr lượt xem", "3 ngày trước", "14:22"),
    ("vP0r7LmQa", "Toàn cảnh vụ lật xe khách trên đèo Khánh Lê rạng sáng nay", "Tin Nhanh 24/7", "tinnhanh247", "86 N lượt xem", "4 giờ trước", "3:05"),
    ("vH3sN9cYe", "Review xe máy điện 30 triệu: có đáng mua? | Hai Bánh TV", "Hai Bánh TV", "haibanhtv", "412 N lượt xem", "1 tuần trước", "18:40"),
    ("vT6uB1dXk", "Vlog Hà Giang mùa lúa chín - 4 ngày 3 đêm tự túc", "Lang Thang Cùng Vy", "langthangcungvy", "230 N lượt xem", "2 tuần trước", "25:13"),
    ("vR2mZ8fWp", "Học tiếng Anh giao tiếp 15 phút mỗi ngày - Bài 12", "English Mỗi Ngày", "englishmoingay", "57 N lượt xem", "5 ngày trước", "15:01"),
    ("vC9aQ4hJn", "Thời tiết hôm nay: Nắng nóng gay gắt ở Bắc Bộ", "Tin Nhanh 24/7", "tinnhanh247", "41 N lượt xem", "9 giờ trước", "1:48"),
    ("vL5eK7gUs", "Bánh flan không cần lò nướng, mềm mịn không rỗ", "Bếp Nhà Mơ", "bepnhamo", "880 N lượt xem", "2 tuần trước", "9:57"),
    ("vX1wD3tRb", "Top 10 bàn thắng đẹp nhất vòng 21 V-League", "Góc Sân Cỏ", "gocsanco", "150 N lượt xem", "1 ngày trước", "6:30"),
]


def _shell(title, desc, key, main, extra_head="", og="website"):
    return f"""<!doctype html>
<html lang="vi" dark>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}">
<meta property="og:site_name" content="VietClip">
<meta property="og:type" content="{og}">
<meta property="og:title" content="{esc(title)}">
<link rel="stylesheet" href="https://static.vietclip.test/app/v3/main.css">
<style>{css_noise(key, "vc", 40)}</style>
{extra_head}
<script>window.vcConfig={{"hl":"vi","gl":"VN","apiKey":"vc-public-3a9f","experiments":["shorts_shelf","autoplay_v2"]}};</script>
</head>
<body class="vc-app">
<header class="vc-masthead"><button class="vc-guide" aria-label="Hướng dẫn">☰</button><a href="/" class="vc-logo"><img src="https://static.vietclip.test/logo.svg" alt="VietClip"></a>
<form class="vc-search" action="/results"><input name="search_query" placeholder="Tìm kiếm video"><button>Tìm</button></form>
<a class="vc-upload" href="/upload">Tải lên</a> <a class="vc-signin" href="/signin">Đăng nhập</a></header>
<nav class="vc-guide-menu"><a href="/">Trang chủ</a><a href="/shorts">Clip ngắn</a><a href="/trending">Thịnh hành</a><a href="/subscriptions">Kênh đăng ký</a><a href="/library">Thư viện</a><a href="/history">Video đã xem</a></nav>
<main class="vc-page">{main}</main>
<footer class="vc-footer"><p>Mạng xã hội VietClip - Giấy phép thiết lập mạng xã hội số 08/GP-PTTH&amp;TTĐT do Cục Phát thanh, truyền hình và Thông tin điện tử (Bộ Văn hóa, Thể thao và Du lịch) cấp ngày 19/8/2025.</p>
<p>Công ty TNHH Nền Tảng Số VietClip - Người chịu trách nhiệm nội dung: Ông Châu Minh Quân - Địa chỉ: 102 Phan Xích Long, phường Cầu Kiệu, TP. Hồ Chí Minh.</p>
<p><a href="/about">Giới thiệu</a> · <a href="/creators">Nhà sáng tạo</a> · <a href="/terms">Điều khoản</a> · <a href="/policies">Chính sách và an toàn</a> · <a href="/copyright">Bản quyền</a></p></footer>
<script src="https://static.vietclip.test/app/v3/player.js" async></script>
</body>
</html>
"""


def _card(v):
    vid, t, ch, handle, views, age, dur = v
    return f"""<div class="vc-card"><a href="/watch?v={vid}" class="vc-thumb"><img src="https://i.vietclip.test/vi/{vid}/hq.jpg" alt=""><span class="vc-dur">{dur}</span></a>
<div class="vc-meta"><a href="/@{handle}" class="vc-ch-avatar"><img src="https://i.vietclip.test/ch/{handle}.jpg" alt=""></a><h3><a href="/watch?v={vid}" title="{esc(t)}">{esc(t)}</a></h3>
<a href="/@{handle}" class="vc-ch-name">{esc(ch)}</a><div class="vc-stats">{views} · {age}</div></div></div>"""


def _channel(handle, name, subs, nvid, about, vids):
    return f"""<div class="vc-channel-header"><img class="vc-banner" src="https://i.vietclip.test/banner/{handle}.jpg" alt=""><img class="vc-ch-avatar-lg" src="https://i.vietclip.test/ch/{handle}.jpg" alt="">
<h1>{esc(name)}</h1><p>@{handle} · {subs} người đăng ký · {nvid} video</p><p class="vc-ch-about">{esc(about)}</p><button class="vc-subscribe">Đăng ký</button>
<div class="vc-tabs"><a href="/@{handle}" class="on">Trang chủ</a><a href="/@{handle}/videos">Video</a><a href="/@{handle}/shorts">Clip ngắn</a><a href="/@{handle}/playlists">Danh sách phát</a><a href="/@{handle}/community">Cộng đồng</a><a href="/@{handle}/about">Giới thiệu</a></div></div>
<div class="vc-grid">{"".join(_card(v) for v in vids)}</div>"""


def render(site, page):
    k = page["kind"]
    if k == "home":
        chips = '<div class="vc-chips"><a class="on">Tất cả</a><a>Nấu ăn</a><a>Du lịch</a><a>Bóng đá</a><a>Âm nhạc</a><a>Tin tức</a><a>Trò chơi</a><a>Học tập</a></div>'
        return _shell("VietClip", "Xem, chia sẻ video của cộng đồng Việt", "home", chips + '<div class="vc-grid">' + "".join(_card(v) for v in VIDEOS) + "</div>")
    if k == "ch_cook":
        vids = [v for v in VIDEOS if v[3] == "bepnhamo"]
        return _shell("Bếp Nhà Mơ - VietClip", "Kênh nấu ăn gia đình Bếp Nhà Mơ", "cook",
                      _channel("bepnhamo", "Bếp Nhà Mơ", "1,34 Tr", 612, "Món ngon mỗi ngày, nấu dễ, ăn ngon. Video mới vào 19h thứ Ba, Năm, Bảy hằng tuần. Liên hệ hợp tác: bepnhamo.hoptac@gmail.example", vids), og="profile")
    if k == "ch_news":
        vids = [v for v in VIDEOS if v[3] == "tinnhanh247"] + [
            ("vZ4pF6yHm", "Giá vàng hôm nay tăng mạnh, người dân xếp hàng mua", "Tin Nhanh 24/7", "tinnhanh247", "63 N lượt xem", "1 ngày trước", "2:12"),
            ("vB8nM2kEq", "Thí sinh bước vào kỳ thi tốt nghiệp THPT 2026", "Tin Nhanh 24/7", "tinnhanh247", "29 N lượt xem", "1 ngày trước", "2:40")]
        return _shell("Tin Nhanh 24/7 - VietClip", "Kênh tổng hợp tin tức nóng mỗi ngày", "news",
                      _channel("tinnhanh247", "Tin Nhanh 24/7", "214 N", "3.420", "Tổng hợp tin tức nóng trong ngày. Video sử dụng tư liệu từ các báo, đài, có ghi nguồn trong phần mô tả. Kênh không phải cơ quan báo chí.", vids), og="profile")
    vid = VIDEOS[0]
    ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": vid[1], "description": "Cá kho tộ kiểu miền Tây đậm đà, thơm mùi nước màu dừa.",
          "thumbnailUrl": f"https://i.vietclip.test/vi/{vid[0]}/hq.jpg", "uploadDate": "2026-06-09T19:00:00+07:00", "duration": "PT14M22S",
          "embedUrl": f"https://{H}/embed/{vid[0]}", "interactionStatistic": {"@type": "InteractionCounter", "interactionType": {"@type": "WatchAction"}, "userInteractionCount": 1204331},
          "author": {"@type": "Person", "name": "Bếp Nhà Mơ", "url": f"https://{H}/@bepnhamo"}}
    cmts = [("@thuylinh_92", "Làm theo công thức của chị, cả nhà khen nức nở 😍", "1,2 N"), ("@anhtuan.cook", "Cho em hỏi nước màu dừa mua ở đâu ạ?", "86"),
            ("@bepnhamo", "@anhtuan.cook bạn ra chợ hoặc siêu thị gian hàng đặc sản miền Tây nha, hoặc tự thắng đường như video trước của mình nè", "140"),
            ("@hanguyen", "Giọng chị dễ thương quá, xem mà đói bụng", "52")]
    main = f"""<div class="vc-watch"><div class="vc-player" data-video-id="{vid[0]}"><video poster="https://i.vietclip.test/vi/{vid[0]}/maxres.jpg" controls preload="none"></video></div>
<h1 class="vc-title">{esc(vid[1])}</h1>
<div class="vc-owner"><a href="/@bepnhamo"><img src="https://i.vietclip.test/ch/bepnhamo.jpg" alt=""></a><a href="/@bepnhamo" class="vc-ch-name">Bếp Nhà Mơ</a> <span>1,34 Tr người đăng ký</span> <button class="vc-subscribe">Đăng ký</button>
<button class="vc-like">👍 32 N</button><button>Chia sẻ</button><button>Lưu</button></div>
<div class="vc-desc"><b>1.204.331 lượt xem · 9 thg 6, 2026</b><p>Cá kho tộ kiểu miền Tây đậm đà, thơm mùi nước màu dừa. Nguyên liệu: 500g cá lóc, nước màu dừa, tiêu, hành tím, ớt, nước mắm ngon...</p><p>#cakhoto #monngonmientay #bepnhamo</p></div>
<section class="vc-comments"><h2>2.418 bình luận</h2><div class="vc-cmt-box"><a href="/signin">Đăng nhập để bình luận</a></div>
{"".join(f'<div class="vc-cmt"><a class="vc-cmt-author" href="/{a}">{a}</a><p>{esc(t)}</p><span>👍 {l} · Phản hồi</span></div>' for a, t, l in cmts)}</section></div>
<aside class="vc-related">{"".join(_card(v) for v in VIDEOS[1:7])}</aside>"""
    return _shell(vid[1] + " - VietClip", "Cá kho tộ kiểu miền Tây đậm đà, thơm mùi nước màu dừa.", "watch", main, jsonld(ld), og="video.other")


PAGES = [
    {"kind": "home", "path": "/"},
    {"kind": "ch_cook", "path": "/@bepnhamo"},
    {"kind": "ch_news", "path": "/@tinnhanh247"},
    {"kind": "watch", "path": "/watch?v=v8KqW2xTz"},
]
