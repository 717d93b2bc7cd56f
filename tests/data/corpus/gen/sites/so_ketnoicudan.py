"""Kết Nối Cư Dân: a licensed social network for residential communities (Next.js-style
pages with a large inline JSON state)."""
import json
from common import esc, css_noise, rng, jsonld

H = "ketnoicudan.test"
SITE = {
    "content_type": "text/html; charset=utf-8",
    "host": H, "name": "Kết Nối Cư Dân", "prefix": "kncd",
    "class": "social", "kind": "sns",
    "licence_number": "231/GP-BTTTT", "licence_kind": "sns",
    "issuer": "Bộ Thông tin và Truyền thông",
    "notes": "Social network: member posts with like/comment/share counts, groups, profile page, comment threads, SNS licence footer; members share press links (link cards) and write complaint posts that read like reader reports, but nothing is arranged in newspaper sections.",
}

POSTS = [
    {"id": "p9917341", "user": "Ngô Thị Thu Trang", "handle": "thutrang.ngo", "group": "Cư dân Phú Mỹ Garden", "time": "2 giờ", "likes": 124, "cmts": 32, "shares": 4,
     "text": "Mọi người ơi, tối qua thang máy block B lại kẹt giữa tầng 11 và 12, có 2 cháu nhỏ bên trong gần 20 phút mới được cứu ra. Tháng này là lần thứ ba rồi. Ban quản lý có hướng xử lý gì chưa ạ? 😢"},
    {"id": "p9917322", "user": "Lê Hoàng Nam", "handle": "hoangnam.le", "group": "Cư dân Phú Mỹ Garden", "time": "5 giờ", "likes": 58, "cmts": 14, "shares": 1,
     "text": "Pass lại xe đẩy em bé còn mới 90%, giá 800k, ai cần ib mình nha. Giao trong tòa."},
    {"id": "p9917298", "user": "Phạm Minh Đức", "handle": "ducpham.88", "group": "Hội phụ huynh Quận 7 cũ", "time": "Hôm qua lúc 21:15", "likes": 211, "cmts": 67, "shares": 39,
     "text": "Chia sẻ để các phụ huynh chú ý, con em sốt cao mấy ngày là đưa đi khám luôn nhé.",
     "link": ("baophuongnam.test", "Bệnh viện nhi tăng bệnh nhân sốt xuất huyết đầu mùa mưa", "https://baophuongnam.test/suc-khoe/benh-vien-nhi-tang-benh-nhan-sot-xuat-huyet-dau-mua-mua-d712351.html")},
    {"id": "p9917270", "user": "Trần Bảo Ngọc", "handle": "baongoc.tran", "group": "Cư dân Phú Mỹ Garden", "time": "Hôm qua lúc 18:02", "likes": 35, "cmts": 9, "shares": 0,
     "text": "Có ai biết chỗ sửa máy giặt uy tín gần đây không ạ? Máy nhà em báo lỗi E21."},
    {"id": "p9917244", "user": "Ban Quản trị Phú Mỹ Garden", "handle": "bqt.phumygarden", "group": "Cư dân Phú Mỹ Garden", "time": "Hôm qua lúc 09:00", "likes": 96, "cmts": 41, "shares": 7,
     "text": "THÔNG BÁO: Lịch bảo trì hệ thống điện khu B từ 8h00 đến 11h00 ngày Chủ nhật 14/6. Trong thời gian này, thang máy block B tạm ngừng hoạt động. Rất mong quý cư dân thông cảm."},
]
COMMENTS = [("Đỗ Quang Huy", "Nhà mình cũng ở block B, sợ thật sự. Đề nghị BQL công khai biên bản kiểm định thang máy.", 45),
            ("Nguyễn Thu Hà", "Hôm trước mình cũng bị kẹt 10 phút, bấm chuông cứu hộ mà không ai nghe.", 31),
            ("Ban Quản trị Phú Mỹ Garden", "BQL xin tiếp nhận phản ánh. Đơn vị bảo trì đã kiểm tra và sẽ thay bộ điều khiển cửa trong tuần này. BQL sẽ cập nhật thông tin trên nhóm.", 58),
            ("Võ Thanh Tùng", "Đề nghị họp cư dân sớm, chuyện an toàn không đùa được.", 22),
            ("Lý Mỹ Linh", "Thương mấy bé quá, chắc hoảng lắm.", 12)]


def _state(key, posts, n_suggest):
    r = rng("state" + key)
    first = ["Anh", "Bình", "Chi", "Dũng", "Giang", "Hạnh", "Khoa", "Lan", "Minh", "Ngân", "Phúc", "Quyên", "Sơn", "Thảo", "Uyên", "Vinh", "Yến"]
    last = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"]
    places = ["Phú Mỹ Garden", "Sky Lake", "Hoa Sen Residence", "An Phú Tower", "Green Park", "Sunrise Bay", "Lotus Home", "Vạn Xuân Plaza"]
    sugg = [{"id": f"g{r.randint(100000, 999999)}", "name": f"Cư dân {r.choice(places)} {r.choice(['Block A', 'Block B', 'Block C', 'Khu 1', 'Khu 2', 'phân khu Đông'])}",
             "members": r.randint(300, 20000), "privacy": r.choice(["PUBLIC", "PRIVATE"]), "cover": f"https://img.{H}/g/{r.randint(10**7, 10**8)}.jpg"} for _ in range(n_suggest)]
    people = [{"id": f"u{r.randint(10**6, 10**7)}", "name": f"{r.choice(last)} {r.choice(first)}", "mutual": r.randint(0, 40),
               "avatar": f"https://img.{H}/a/{r.randint(10**7, 10**8)}.jpg"} for _ in range(n_suggest)]
    state = {"props": {"pageProps": {"feed": posts, "suggestedGroups": sugg, "peopleYouMayKnow": people,
                                     "i18n": {"like": "Thích", "comment": "Bình luận", "share": "Chia sẻ", "login": "Đăng nhập", "register": "Đăng ký",
                                              "writeComment": "Viết bình luận...", "seeMore": "Xem thêm", "members": "thành viên"}},
                       "__N_SSP": True}, "page": "/feed", "query": {}, "buildId": "kX9w2b7Yt1", "isFallback": False, "gssp": True}
    return '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(state, ensure_ascii=False) + "</script>"


def _shell(title, desc, key, main, state, og_type="website"):
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(title)}</title><meta name="description" content="{esc(desc)}"/>
<meta property="og:type" content="{og_type}"/><meta property="og:title" content="{esc(title)}"/><meta property="og:site_name" content="Kết Nối Cư Dân"/>
<link rel="preload" href="/_next/static/css/6c1b8e0f2a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6c1b8e0f2a.css" data-n-g=""/>
<style>{css_noise(key, "kn", 25)}</style>
<script src="/_next/static/chunks/webpack-4f2c1b.js" defer=""></script><script src="/_next/static/chunks/framework-9d1e7a.js" defer=""></script><script src="/_next/static/chunks/main-1a2b3c.js" defer=""></script>
</head><body><div id="__next">
<header class="kn-topbar"><a href="/" class="kn-logo"><img src="/logo-kncd.svg" alt="Kết Nối Cư Dân"/></a>
<form class="kn-search" action="/search"><input name="q" placeholder="Tìm kiếm trên Kết Nối Cư Dân"/></form>
<nav class="kn-icons"><a href="/" aria-label="Bảng tin">Bảng tin</a><a href="/groups" aria-label="Nhóm">Nhóm</a><a href="/marketplace" aria-label="Chợ cư dân">Chợ cư dân</a><a href="/notifications">Thông báo</a></nav>
<div class="kn-auth"><a href="/login" class="kn-btn">Đăng nhập</a> <a href="/register" class="kn-btn kn-btn-primary">Đăng ký</a></div></header>
<div class="kn-layout"><aside class="kn-left"><ul><li><a href="/">Bảng tin</a></li><li><a href="/groups">Nhóm của bạn</a></li><li><a href="/events">Sự kiện</a></li><li><a href="/marketplace">Chợ cư dân</a></li><li><a href="/saved">Đã lưu</a></li></ul></aside>
<main class="kn-main">{main}</main>
<aside class="kn-right"><h3>Nhóm gợi ý</h3><ul><li><a href="/groups/hoi-phu-huynh-quan-7-cu">Hội phụ huynh Quận 7 cũ</a> · 18,2K thành viên</li><li><a href="/groups/cho-do-cu-phu-my">Chợ đồ cũ Phú Mỹ</a> · 9,4K thành viên</li></ul></aside></div>
<footer class="kn-footer"><p>Mạng xã hội Kết Nối Cư Dân - Giấy phép thiết lập mạng xã hội số 231/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 22/6/2022.</p>
<p>Công ty Cổ phần Công nghệ Kết Nối Cư Dân. Chịu trách nhiệm nội dung: Bà Đinh Thị Hồng Nhung. Trụ sở: 65 Nguyễn Thị Thập, phường Tân Mỹ, TP. Hồ Chí Minh.</p>
<p><a href="/terms">Điều khoản</a> · <a href="/privacy">Quyền riêng tư</a> · <a href="/community-standards">Tiêu chuẩn cộng đồng</a> · <a href="/report">Báo cáo vi phạm</a></p></footer>
</div>{state}</body></html>
"""


def _post_html(p, full=False):
    link = ""
    if p.get("link"):
        d, t, u = p["link"]
        link = f'<a class="kn-linkcard" href="{u}" target="_blank" rel="noopener nofollow"><img src="https://img.{H}/og/{p["id"]}.jpg" alt=""/><div><span class="kn-linkcard-domain">{d.upper()}</span><strong>{esc(t)}</strong></div></a>'
    slug = p["handle"]
    return f"""<article class="kn-post" data-id="{p["id"]}"><header class="kn-post-head"><a href="/u/{slug}" class="kn-avatar"><img src="https://img.{H}/a/{slug}.jpg" alt="{esc(p["user"])}"/></a>
<div><a href="/u/{slug}" class="kn-name">{esc(p["user"])}</a> ▸ <a href="/groups/{p["group"].lower().replace(" ", "-")}" class="kn-group">{esc(p["group"])}</a><br/><a href="/posts/{p["id"]}" class="kn-time">{p["time"]}</a> · <span class="kn-privacy">Công khai</span></div></header>
<div class="kn-post-body"><p>{esc(p["text"])}</p>{link}</div>
<div class="kn-post-stats"><span class="kn-likes">❤ {p["likes"]}</span><span><a href="/posts/{p["id"]}">{p["cmts"]} bình luận</a></span><span>{p["shares"]} lượt chia sẻ</span></div>
<div class="kn-post-actions"><button>Thích</button><button>Bình luận</button><button>Chia sẻ</button></div></article>"""


def render(site, page):
    k = page["kind"]
    if k == "home":
        main = '<div class="kn-composer"><a href="/login">Bạn đang nghĩ gì? Đăng nhập để chia sẻ với hàng xóm</a></div>' + "\n".join(_post_html(p) for p in POSTS)
        return _shell("Kết Nối Cư Dân - Mạng xã hội của cư dân chung cư, khu phố", "Kết nối hàng xóm, chia sẻ thông tin khu dân cư, chợ cư dân.", "home", main, _state("home", POSTS, 450))
    if k == "group":
        gp = [p for p in POSTS if p["group"] == "Cư dân Phú Mỹ Garden"]
        main = f"""<div class="kn-group-cover"><img src="https://img.{H}/g/phumygarden-cover.jpg" alt=""/><h1>Cư dân Phú Mỹ Garden</h1><p>Nhóm Riêng tư hiển thị · 4,8K thành viên · 12 bài viết mới hôm nay</p>
<div class="kn-group-tabs"><a href="#" class="on">Thảo luận</a><a href="#">Thành viên</a><a href="#">Sự kiện</a><a href="#">File</a><a href="#">Giới thiệu</a></div>
<button class="kn-btn kn-btn-primary">Tham gia nhóm</button></div>
<section class="kn-group-about"><h2>Giới thiệu</h2><p>Nhóm dành cho cư dân Phú Mỹ Garden trao đổi thông tin, hỗ trợ lẫn nhau. Không đăng quảng cáo, không công kích cá nhân. Bài viết được quản trị viên duyệt trước khi hiển thị.</p></section>
""" + "\n".join(_post_html(p) for p in gp)
        return _shell("Cư dân Phú Mỹ Garden | Kết Nối Cư Dân", "Nhóm cư dân Phú Mỹ Garden trên Kết Nối Cư Dân.", "group", main, _state("group", gp, 60))
    if k == "profile":
        mine = [POSTS[2]]
        main = f"""<div class="kn-profile"><img class="kn-cover" src="https://img.{H}/c/ducpham.jpg" alt=""/><div class="kn-profile-head"><img class="kn-avatar-lg" src="https://img.{H}/a/ducpham.88.jpg" alt="Phạm Minh Đức"/>
<h1>Phạm Minh Đức</h1><p>1.204 người theo dõi · 388 bạn bè</p><button class="kn-btn">Kết bạn</button> <button class="kn-btn">Nhắn tin</button></div>
<div class="kn-profile-tabs"><a href="#" class="on">Bài viết</a><a href="#">Giới thiệu</a><a href="#">Bạn bè</a><a href="#">Ảnh</a></div>
<section class="kn-intro"><h2>Giới thiệu</h2><ul><li>Sống tại Phú Mỹ Garden</li><li>Làm việc tại Công ty TNHH Kỹ thuật Nam Sơn</li><li>Tham gia tháng 8 năm 2022</li></ul></section></div>
""" + "\n".join(_post_html(p) for p in mine)
        return _shell("Phạm Minh Đức | Kết Nối Cư Dân", "Trang cá nhân của Phạm Minh Đức trên Kết Nối Cư Dân.", "profile", main, _state("profile", mine, 20), "profile")
    p = POSTS[0]
    cm = "\n".join(f'<li class="kn-cmt"><a href="/u/c{i}" class="kn-name">{esc(n)}</a><p>{esc(t)}</p><span class="kn-cmt-meta">Thích ({l}) · Trả lời · {i + 1} giờ</span></li>' for i, (n, t, l) in enumerate(COMMENTS))
    ld = {"@context": "https://schema.org", "@type": "SocialMediaPosting", "headline": p["text"][:80], "datePublished": "2026-06-12T06:30:00+07:00",
          "author": {"@type": "Person", "name": p["user"], "url": f"https://{H}/u/{p['handle']}"},
          "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": "https://schema.org/LikeAction", "userInteractionCount": p["likes"]},
                                   {"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction", "userInteractionCount": p["cmts"]}]}
    main = _post_html(p, True) + f'<section class="kn-comments"><h2>Bình luận</h2><ul>{cm}</ul><a href="/posts/{p["id"]}?comments=all">Xem thêm 27 bình luận</a><div class="kn-cmt-box"><a href="/login">Đăng nhập để viết bình luận...</a></div></section>'
    return _shell(f"{p['user']} - {p['text'][:60]}... | Kết Nối Cư Dân", p["text"][:150], "post", main, jsonld(ld) + _state("post", [p], 15), "article")


PAGES = [
    {"kind": "home", "path": "/"},
    {"kind": "group", "path": "/groups/cu-dan-phu-my-garden"},
    {"kind": "profile", "path": "/u/ducpham.88"},
    {"kind": "post", "path": "/posts/p9917341"},
]
