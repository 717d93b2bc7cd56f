"""Diễn đàn Xe Máy Việt: a XenForo-style forum (licensed social network).  One thread is a
members' discussion of a press article, pasted with its source."""
from common import esc, css_noise, jsonld, rng

H = "diendanxemay.test"
SITE = {
    "host": H, "name": "Diễn đàn Xe Máy Việt", "prefix": "xf",
    "class": "social", "kind": "forum",
    "licence_number": "126/GP-BTTTT", "licence_kind": "sns",
    "issuer": "Bộ Thông tin và Truyền thông",
    "notes": "Forum (XenForo markup): threads, replies, member names, Đăng nhập/Đăng ký, SNS licence footer; one thread pastes a press article with 'Theo Báo ...' and a 'Tin tức - Thời sự xe' sub-forum exists, so news words and quotes appear in a social site.",
}

NODES = [
    ("Thông báo", [("Thông báo từ Ban quản trị", "/forums/thong-bao-tu-ban-quan-tri.2/", 48, 302, "Lịch offline hè 2026"),
                   ("Nội quy diễn đàn", "/forums/noi-quy.3/", 6, 41, "Nội quy đăng bài mua bán")]),
    ("Kỹ thuật", [("Kỹ thuật xe số", "/forums/ky-thuat-xe-so.11/", 12840, 198320, "Xe Wave 110 hụt ga khi lên dốc"),
                  ("Kỹ thuật xe tay ga", "/forums/ky-thuat-xe-tay-ga.12/", 15210, 241870, "Vario 160 kêu lạch cạch ở nồi"),
                  ("Xe điện", "/forums/xe-dien.15/", 2310, 30118, "Pin LFP có đáng tiền không?")]),
    ("Cộng đồng", [("Tin tức - Thời sự xe", "/forums/tin-tuc-thoi-su-xe.21/", 5120, 87342, "Đề xuất thu phí xe máy vào nội đô"),
                   ("Phượt - Du lịch", "/forums/phuot-du-lich.22/", 8870, 120455, "Hà Giang mùa lúa chín 4 ngày 3 đêm"),
                   ("Cà phê xe", "/forums/ca-phe-xe.23/", 20410, 512007, "Anh em đi làm bằng xe gì?")]),
    ("Chợ xe", [("Mua bán xe máy", "/forums/mua-ban-xe-may.31/", 40211, 160230, "Bán SH 150i 2020 chính chủ"),
                ("Phụ tùng - Đồ chơi", "/forums/phu-tung-do-choi.32/", 18720, 70110, "Thanh lý pô độ, mâm zin")])]

THREADS_KT = [("Xe Wave 110 hụt ga khi lên dốc, đã vệ sinh chế hòa khí", "hoanglong_dn", 23, 1840, "Hôm qua 22:14"),
              ("Nhớt 10W-40 hay 10W-30 cho xe số chạy phố?", "bacsixe_88", 41, 5120, "Hôm qua 20:01"),
              ("Hỏi về bugi iridium có đáng thay không", "tunguyen", 17, 980, "Hôm qua 18:30"),
              ("[Chia sẻ] Tự thay xích nhông dĩa tại nhà, có hình", "thanhcongmoto", 65, 12044, "10/6/2026"),
              ("Dream đời cũ tiếng máy lộc cộc, anh em chẩn đoán giúp", "chudream99", 29, 2210, "10/6/2026"),
              ("Xe Future đề không nổ buổi sáng", "minhtri.ct", 12, 760, "9/6/2026"),
              ("Kinh nghiệm chọn lốp không săm cho xe số", "lopxe_saigon", 38, 4410, "8/6/2026"),
              ("Hỏi: Đèn pha yếu, có nên độ LED?", "namcaca", 22, 1903, "8/6/2026")]


def _head(title, tpl, key):
    return f"""<!DOCTYPE html>
<html id="XF" lang="vi-VN" dir="LTR" data-app="public" data-template="{tpl}" data-container-key="" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-{tpl}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{esc(title)}</title>
<meta name="description" content="Diễn đàn Xe Máy Việt - cộng đồng chia sẻ kinh nghiệm sử dụng, sửa chữa, mua bán xe máy lớn nhất Việt Nam.">
<meta property="og:site_name" content="Diễn đàn Xe Máy Việt">
<meta property="og:type" content="website">
<meta property="og:title" content="{esc(title)}">
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=2&amp;d=1717000000&amp;k=9a1b2c">
<style>
{css_noise(key, "p", 35)}
</style>
<script src="/js/xf/preamble.min.js?_v=5b1f2e4a"></script>
</head>"""


def _header(active="forums"):
    return f"""<body data-template="forum_list">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content">
<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/xmv/logo.png" alt="Diễn đàn Xe Máy Việt" width="220" height="48"></a></div>
</div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<div class="p-nav-scroller hScroller"><ul class="p-nav-list">
<li><div class="p-navEl {"is-selected" if active == "forums" else ""}"><a href="/" class="p-navEl-link">Diễn đàn</a></div></li>
<li><div class="p-navEl"><a href="/whats-new/" class="p-navEl-link">Có gì mới</a></div></li>
<li><div class="p-navEl"><a href="/media/" class="p-navEl-link">Hình ảnh</a></div></li>
<li><div class="p-navEl"><a href="/members/" class="p-navEl-link">Thành viên</a></div></li>
</ul></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay"><span class="p-navgroup-linkText">Đăng nhập</span></a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay"><span class="p-navgroup-linkText">Đăng ký</span></a>
</div><div class="p-navgroup p-discovery"><a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" title="Tìm kiếm"><span class="p-navgroup-linkText">Tìm kiếm</span></a></div></div>
</div></nav></div>
<div class="p-body"><div class="p-body-inner">"""


def _footer():
    return """</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner">
<div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList"><li><a href="/misc/style" data-xf-click="overlay">Giao diện mặc định</a></li><li><a href="/misc/language">Tiếng Việt</a></li></ul></div>
<div class="p-footer-row-opposite"><ul class="p-footer-linkList"><li><a href="/misc/contact" data-xf-click="overlay">Liên hệ</a></li><li><a href="/help/terms/">Điều khoản và quy định</a></li><li><a href="/help/privacy-policy/">Chính sách bảo mật</a></li><li><a href="/help/">Trợ giúp</a></li></ul></div></div>
<div class="p-footer-copyright"><p>Mạng xã hội Diễn đàn Xe Máy Việt - Giấy phép thiết lập mạng xã hội số 126/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 05/3/2020.</p>
<p>Đơn vị chủ quản: Công ty TNHH Cộng Đồng Xe Việt. Người chịu trách nhiệm quản lý nội dung: Ông Nguyễn Hải Nam. Địa chỉ: 19 Hoàng Diệu, phường Xóm Chiếu, TP. Hồ Chí Minh. Email: bqt@diendanxemay.test</p>
<p>Thành viên tự chịu trách nhiệm về nội dung đăng tải. Community platform by XenForo® © 2010-2026 XenForo Ltd.</p></div>
</div></footer></div>
<script src="/js/xf/core-compiled.js?_v=5b1f2e4a"></script>
<script>jQuery.extend(true, XF.config, {"userId":0,"enablePush":false,"url":{"fullBase":"https:\\/\\/diendanxemay.test\\/","css":"\\/css.php?css=__SENTINEL__&s=3&l=2"}});</script>
</body>
</html>
"""


def _node_list():
    out = []
    for cat, forums in NODES:
        out.append(f'<div class="block block--category"><div class="block-container"><h2 class="block-header"><a href="#{cat}">{esc(cat)}</a></h2><div class="block-body">')
        for name, url, th, msg, last in forums:
            out.append(f"""<div class="node node--forum node--read"><div class="node-body"><span class="node-icon"><i class="fa--xf far fa-comments"></i></span>
<div class="node-main"><h3 class="node-title"><a href="{url}">{esc(name)}</a></h3></div>
<div class="node-stats"><dl class="pairs pairs--rows"><dt>Chủ đề</dt><dd>{f"{th:,}".replace(",", ".")}</dd></dl><dl class="pairs pairs--rows"><dt>Bài viết</dt><dd>{f"{msg:,}".replace(",", ".")}</dd></dl></div>
<div class="node-extra"><div class="node-extra-row"><a href="{url}" class="node-extra-title">{esc(last)}</a></div></div></div></div>""")
        out.append("</div></div></div>")
    return "\n".join(out)


def _post(n, user, title, joined, posts, date, body, likes=0):
    return f"""<article class="message message--post js-post" data-author="{esc(user)}" data-content="post-{n}" id="js-post-{n}">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">
<div class="message-avatar"><a href="/members/{user}.{n % 9000 + 100}/" class="avatar avatar--m" data-user-id="{n % 9000 + 100}"><span class="avatar-u-s">{esc(user[:1].upper())}</span></a></div>
<div class="message-userDetails"><h4 class="message-name"><a href="/members/{user}.{n % 9000 + 100}/" class="username">{esc(user)}</a></h4><h5 class="userTitle message-userTitle">{esc(title)}</h5></div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Tham gia</dt><dd>{joined}</dd></dl><dl class="pairs pairs--justified"><dt>Bài viết</dt><dd>{posts}</dd></dl></div>
</section></div>
<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="#post-{n}"><time class="u-dt">{date}</time></a></li></ul><ul class="message-attribution-opposite listInline"><li><a href="#post-{n}">#{n % 100}</a></li></ul></header>
<div class="message-content"><div class="message-userContent"><article class="message-body"><div class="bbWrapper">{body}</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="/login/" class="actionBar-action actionBar-action--reaction">Thích</a> <a href="/login/" class="actionBar-action actionBar-action--reply">Trả lời</a></div></div>
{f'<div class="reactionsBar is-active"><a href="#">{likes} người</a> đã thích bài này</div>' if likes else ""}</footer></div></div></div></article>"""


T1 = "/threads/xe-wave-110-hut-ga-khi-len-doc-da-ve-sinh-che-hoa-khi.482913/"
T2 = "/threads/de-xuat-thu-phi-xe-may-vao-noi-do-anh-em-nghi-sao.483102/"


def render(site, page):
    k = page["kind"]
    if k == "home":
        body = [_head("Diễn đàn Xe Máy Việt | Cộng đồng xe máy lớn nhất Việt Nam", "forum_list", "/"), _header(),
                '<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">Diễn đàn Xe Máy Việt</h1></div></div>',
                '<div class="p-body-main p-body-main--withSidebar"><div class="p-body-content">', _node_list(), "</div>",
                """<div class="p-body-sidebar"><div class="block"><div class="block-container"><h3 class="block-minorHeader">Thành viên trực tuyến</h3><div class="block-body"><p>Tổng: 2.341 (thành viên: 412, khách: 1.929)</p><ul class="listInline listInline--comma"><li><a href="/members/bacsixe_88.3310/" class="username">bacsixe_88</a></li><li><a href="/members/hoanglong_dn.5521/" class="username">hoanglong_dn</a></li><li><a href="/members/thanhcongmoto.1220/" class="username">thanhcongmoto</a></li><li><a href="/members/vespa_lover.7781/" class="username">vespa_lover</a></li></ul></div></div></div>
<div class="block"><div class="block-container"><h3 class="block-minorHeader">Thống kê diễn đàn</h3><div class="block-body"><dl class="pairs pairs--justified"><dt>Chủ đề</dt><dd>123.615</dd></dl><dl class="pairs pairs--justified"><dt>Bài viết</dt><dd>1.440.395</dd></dl><dl class="pairs pairs--justified"><dt>Thành viên</dt><dd>318.204</dd></dl><dl class="pairs pairs--justified"><dt>Thành viên mới nhất</dt><dd><a href="/members/lamvu2026.318204/" class="username">lamvu2026</a></dd></dl></div></div></div></div></div>""",
                _footer()]
        return "\n".join(body)
    if k == "section":
        rows = []
        for i, (t, u, rep, views, last) in enumerate(THREADS_KT):
            url = T1 if i == 0 else f"/threads/{t[:20].lower().replace(' ', '-')}.{482900 - i * 37}/"
            rows.append(f"""<div class="structItem structItem--thread js-inlineModContainer" data-author="{u}"><div class="structItem-cell structItem-cell--icon"><div class="structItem-iconContainer"><a href="/members/{u}.{1000 + i}/" class="avatar avatar--s"><span class="avatar-u-s">{u[0].upper()}</span></a></div></div>
<div class="structItem-cell structItem-cell--main"><div class="structItem-title"><a href="{url}" data-tp-primary="on">{esc(t)}</a></div><div class="structItem-minor"><ul class="structItem-parts"><li><a href="/members/{u}.{1000 + i}/" class="username">{u}</a></li><li class="structItem-startDate"><time>{last}</time></li></ul></div></div>
<div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>Trả lời</dt><dd>{rep}</dd></dl><dl class="pairs pairs--justified structItem-minor"><dt>Lượt xem</dt><dd>{f"{views:,}".replace(",", ".")}</dd></dl></div>
<div class="structItem-cell structItem-cell--latest"><time>{last}</time></div></div>""")
        body = [_head("Kỹ thuật xe số | Diễn đàn Xe Máy Việt", "forum_view", "/forums"), _header(),
                '<ul class="p-breadcrumbs"><li><a href="/"><span>Diễn đàn</span></a></li><li><a href="/#Kỹ thuật"><span>Kỹ thuật</span></a></li></ul>',
                '<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">Kỹ thuật xe số</h1></div><div class="p-description">Hỏi đáp, chia sẻ kinh nghiệm bảo dưỡng, sửa chữa xe số. Vui lòng ghi rõ đời xe, số km khi đặt câu hỏi.</div></div>',
                '<div class="block-outer"><div class="block-outer-opposite"><a href="/forums/ky-thuat-xe-so.11/post-thread" class="button--cta button">Đăng chủ đề</a></div></div>',
                '<div class="block-container"><div class="block-body"><div class="structItemContainer">', "\n".join(rows), "</div></div></div>",
                '<div class="pageNav"><ul class="pageNav-main"><li class="pageNav-page pageNav-page--current"><a href="/forums/ky-thuat-xe-so.11/">1</a></li><li class="pageNav-page"><a href="/forums/ky-thuat-xe-so.11/page-2">2</a></li><li class="pageNav-page"><a href="/forums/ky-thuat-xe-so.11/page-1605">1605</a></li></ul></div>',
                _footer()]
        return "\n".join(body)
    posts = page["posts"]
    ld = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "@id": f"https://{H}{page['path']}", "headline": page["title"],
          "author": {"@type": "Person", "name": posts[0][1]}, "datePublished": page["iso"], "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction", "userInteractionCount": len(posts) - 1}}
    body = [_head(page["title"] + " | Diễn đàn Xe Máy Việt", "thread_view", page["path"]).replace("</head>", jsonld(ld) + "\n</head>"), _header(),
            f'<ul class="p-breadcrumbs"><li><a href="/"><span>Diễn đàn</span></a></li><li><a href="{page["forum"][1]}"><span>{esc(page["forum"][0])}</span></a></li></ul>',
            f'<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">{esc(page["title"])}</h1></div><div class="p-description"><ul class="listInline listInline--bullet"><li>Người tạo chủ đề <a href="/members/{posts[0][1]}.{posts[0][0] % 9000 + 100}/" class="username u-concealed">{posts[0][1]}</a></li><li><time>{posts[0][4]}</time></li></ul></div></div>',
            '<div class="block block--messages"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">']
    body += [_post(*p) for p in posts]
    body += ["</div></div></div>",
             '<div class="block"><div class="block-container"><div class="block-body"><div class="block-row">Bạn phải <a href="/login/">đăng nhập</a> hoặc <a href="/register/">đăng ký</a> để trả lời bài viết.</div></div></div></div>',
             _footer()]
    return "\n".join(body)


PAGES = [
    {"kind": "home", "path": "/"},
    {"kind": "section", "path": "/forums/ky-thuat-xe-so.11/"},
    {"kind": "thread", "path": T1, "title": "Xe Wave 110 hụt ga khi lên dốc, đã vệ sinh chế hòa khí", "forum": ("Kỹ thuật xe số", "/forums/ky-thuat-xe-so.11/"), "iso": "2026-06-09T21:40:00+07:00",
     "posts": [
         (482913, "hoanglong_dn", "Thành viên mới", "Th3 12, 2025", "37", "9/6/2026 lúc 21:40", "Chào các bác. Xe em Wave 110 đời 2019, đi được 48.000 km. Dạo này lên dốc cầu là xe hụt ga, vặn hết tay mà không bốc, xuống dốc thì bình thường.<br><br>Em đã mang ra tiệm vệ sinh chế hòa khí, thay lọc gió mới nhưng vẫn bị. Các bác có kinh nghiệm chỉ giúp em với. Cảm ơn các bác!", 2),
         (482921, "bacsixe_88", "Thành viên tích cực", "Th1 5, 2017", "8.214", "9/6/2026 lúc 22:03", "48 nghìn km rồi thì bác kiểm tra bộ nồi (ly hợp) xem, má bố mòn là bị trượt, lên dốc hụt ga đúng bệnh. Thử đạp số 1 chạy rồi vặn mạnh ga xem vòng tua lên mà xe không lên là đúng nồi.", 14),
         (482930, "thanhcongmoto", "Thợ xe", "Th8 20, 2015", "12.470", "9/6/2026 lúc 22:31", '<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote"><div class="bbCodeBlock-title">bacsixe_88 đã viết:</div><div class="bbCodeBlock-content">48 nghìn km rồi thì bác kiểm tra bộ nồi (ly hợp) xem</div></blockquote>Đồng ý. Ngoài ra check luôn xích có chùng quá không, bugi màu gì. Bugi đen muội là chế đang giàu xăng, chỉnh lại vít gió.', 9),
         (482944, "hoanglong_dn", "Thành viên mới", "Th3 12, 2025", "38", "10/6/2026 lúc 07:15", "Cảm ơn các bác, chiều nay em ra thợ kiểm tra nồi, có kết quả em báo lại.", 0),
         (483012, "hoanglong_dn", "Thành viên mới", "Th3 12, 2025", "39", "Hôm qua lúc 22:14", "Cập nhật: đúng là mòn bố nồi các bác ạ. Thay bộ bố + lò xo hết 380k, giờ lên dốc ngon lành. Cảm ơn mọi người!", 21)]},
    {"kind": "thread", "path": T2, "title": "Đề xuất thu phí xe máy vào nội đô - anh em nghĩ sao?", "forum": ("Tin tức - Thời sự xe", "/forums/tin-tuc-thoi-su-xe.21/"), "iso": "2026-06-11T08:20:00+07:00",
     "posts": [
         (483102, "vespa_lover", "Thành viên tích cực", "Th6 2, 2016", "5.902", "11/6/2026 lúc 08:20",
          '<b>Đề xuất thu phí phương tiện vào một số khu vực nội đô giờ cao điểm</b><br><br>Cơ quan giao thông thành phố vừa đưa ra lấy ý kiến phương án thu phí ô tô và xe máy đi vào khu vực trung tâm trong giờ cao điểm, nhằm giảm ùn tắc và ô nhiễm không khí. Mức phí dự kiến với xe máy là 5.000-10.000 đồng/lượt...<br><br>Theo Báo Sông Hồng: <a href="https://songhong.test/giao-thong/de-xuat-thu-phi-phuong-tien-vao-noi-do-post771455.html" target="_blank" class="link link--external" rel="nofollow ugc noopener">https://songhong.test/giao-thong/de-xuat-thu-phi-phuong-tien-vao-noi-do-post771455.html</a><br><br>Các bác thấy sao? Mình đi làm ngày 2 lượt qua trung tâm, tính ra tháng mất thêm vài trăm nghìn.', 6),
         (483110, "minhtri.ct", "Thành viên", "Th9 9, 2019", "1.120", "11/6/2026 lúc 08:47", "Thu phí thì được, nhưng xe buýt phải tốt lên đã. Giờ bỏ xe máy thì đi bằng gì?", 33),
         (483118, "tunguyen", "Thành viên", "Th11 30, 2020", "840", "11/6/2026 lúc 09:05", "Mới là lấy ý kiến thôi bác, chắc còn lâu mới áp dụng. Bên ô tô thì nên thu sớm.", 5),
         (483131, "lopxe_saigon", "Thành viên tích cực", "Th4 1, 2018", "3.318", "11/6/2026 lúc 09:40", "Nước ngoài làm lâu rồi, quan trọng là tiền thu được dùng vào việc gì, có minh bạch không.", 18),
         (483150, "namcaca", "Thành viên", "Th2 14, 2022", "402", "11/6/2026 lúc 10:12", "Chỗ em làm ngay trung tâm, chắc phải chuyển qua đi xe điện công cộng thôi :(", 2)]},
]
