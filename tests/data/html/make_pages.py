#!/usr/bin/env python3
"""make_pages.py: writes the realistic test pages of tests/data/html/.

Fictional Vietnamese sites under .example/.test, shaped like the CMS
pages pressprobe meets (inline CSS and scripts, big menus, teaser rivers,
sidebars, JSON-LD, footers with licence lines).  Deterministic: rerun to
regenerate byte-identical files.  Used by tests/unit/test_htmlfeat.c
(region checks) and tools/bench/bench_htmlfeat.c (throughput).
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

SENT = [
    "Sáng 12/3, UBND thành phố đã tổ chức hội nghị sơ kết công tác quản lý đô thị quý I.",
    "Theo báo cáo của Sở Xây dựng, trên địa bàn còn 37 công trình vi phạm trật tự xây dựng chưa được xử lý dứt điểm.",
    "Phóng viên đã có mặt tại hiện trường và ghi nhận nhiều xe tải trọng lớn vẫn ra vào khu đất trong đêm.",
    "Người dân phản ánh tình trạng bụi bẩn, tiếng ồn kéo dài nhiều tháng nay ảnh hưởng tới sinh hoạt.",
    "Ông Nguyễn Văn Hùng, Chủ tịch UBND phường, cho biết chính quyền đã lập biên bản và yêu cầu chủ đầu tư khắc phục.",
    "Tuy nhiên, đến thời điểm hiện tại, công trình vẫn tiếp tục thi công mà không có giấy phép.",
    "Dư luận đặt câu hỏi có hay không sự buông lỏng quản lý của cơ quan chức năng địa phương.",
    "Giá vàng trong nước sáng nay tăng thêm 300.000 đồng mỗi lượng so với phiên giao dịch hôm qua.",
    "Chỉ số VN-Index đóng cửa ở mức 1.245 điểm, thanh khoản đạt hơn 18.000 tỷ đồng.",
    "Ngân hàng Nhà nước tiếp tục duy trì mặt bằng lãi suất điều hành nhằm hỗ trợ doanh nghiệp phục hồi sản xuất.",
    "Đội tuyển Việt Nam sẽ hội quân vào cuối tháng để chuẩn bị cho vòng loại World Cup.",
    "Huấn luyện viên trưởng đánh giá cao tinh thần thi đấu của các cầu thủ trẻ trong trận giao hữu vừa qua.",
    "Bộ Giáo dục và Đào tạo vừa ban hành hướng dẫn tổ chức kỳ thi tốt nghiệp trung học phổ thông năm nay.",
    "Các trường đại học được yêu cầu công bố đề án tuyển sinh trước ngày 15/4.",
    "Mưa lớn kéo dài khiến nhiều tuyến đường tại các quận nội thành ngập sâu từ 30 đến 50 cm.",
    "Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo nguy cơ lũ quét và sạt lở đất tại các tỉnh miền núi.",
    "Cơ quan công an đã khởi tố vụ án, khởi tố bị can đối với ba đối tượng có hành vi lừa đảo chiếm đoạt tài sản.",
    "Theo cáo trạng, các bị can đã lập nhiều tài khoản mạng xã hội giả mạo để dụ dỗ người bị hại chuyển tiền.",
    "Tổng số tiền chiếm đoạt được xác định lên tới hơn 12 tỷ đồng.",
    "Tại buổi làm việc, đại diện doanh nghiệp không cung cấp được hồ sơ pháp lý liên quan tới dự án.",
    "Chúng tôi sẽ tiếp tục thông tin về vụ việc trong các số báo tiếp theo.",
    "Bạn đọc phản ánh về đường dây nóng của tòa soạn rằng khu chợ tạm đã tồn tại hơn hai năm.",
    "Bệnh viện Bạch Mai tiếp nhận nhiều ca ngộ độc thực phẩm sau bữa tiệc cưới tại huyện ngoại thành.",
    "Các bác sĩ khuyến cáo người dân không sử dụng thực phẩm không rõ nguồn gốc xuất xứ.",
    "Lễ hội hoa xuân năm nay thu hút hàng chục nghìn lượt khách tham quan trong ba ngày cuối tuần.",
    "Ca sĩ trẻ vừa ra mắt album mới với mười ca khúc mang âm hưởng dân gian đương đại.",
    "Giá thuê căn hộ tại các quận trung tâm tăng trung bình 8% so với cùng kỳ năm trước.",
    "Nhiều chủ đầu tư tung ra chính sách chiết khấu, giãn tiến độ thanh toán để kích cầu.",
    "Xuất khẩu nông sản trong hai tháng đầu năm đạt gần 9 tỷ USD, tăng 15% so với cùng kỳ.",
    "Sầu riêng, thanh long và cà phê tiếp tục là những mặt hàng chủ lực.",
    "Hội đồng nhân dân tỉnh đã thông qua nghị quyết về kế hoạch đầu tư công trung hạn.",
    "Đại biểu đề nghị làm rõ trách nhiệm của các đơn vị chậm giải ngân vốn đầu tư công.",
    "Nhiều phụ huynh bày tỏ lo lắng trước tình trạng lạm thu đầu năm học tại một số trường.",
    "Sở Giáo dục cho biết sẽ thành lập đoàn kiểm tra và xử lý nghiêm các sai phạm nếu có.",
    "Cơ quan chức năng vào cuộc xác minh những dấu hiệu bất thường trong việc cấp phép khai thác cát.",
    "Theo tìm hiểu của phóng viên, công ty này từng bị xử phạt vi phạm hành chính về môi trường.",
    "Trao đổi với phóng viên, đại diện công ty cho rằng mọi hoạt động đều đúng quy định.",
    "Vụ việc cần làm rõ để bảo vệ quyền lợi chính đáng của người dân và doanh nghiệp.",
]
SECTIONS = [
    ("Thời sự", "thoi-su", ["Chính trị", "Xã hội", "Nội chính", "Quốc phòng"]),
    ("Thế giới", "the-gioi", ["Quân sự", "Phân tích", "Người Việt 4 phương"]),
    ("Kinh tế", "kinh-te", ["Tài chính", "Chứng khoán", "Doanh nghiệp"]),
    ("Pháp luật", "phap-luat", ["Hồ sơ vụ án", "Điều tra", "Tư vấn"]),
    ("Bất động sản", "bat-dong-san", ["Dự án", "Thị trường"]),
    ("Giáo dục", "giao-duc", ["Tuyển sinh", "Du học"]),
    ("Sức khỏe", "suc-khoe", ["Dinh dưỡng", "Khỏe đẹp"]),
    ("Đời sống", "doi-song", ["Gia đình", "Tiêu dùng"]),
    ("Văn hóa", "van-hoa", ["Sách", "Di sản"]),
    ("Giải trí", "giai-tri", ["Âm nhạc", "Điện ảnh"]),
    ("Thể thao", "the-thao", ["Bóng đá", "Quần vợt"]),
    ("Bạn đọc", "ban-doc", ["Đường dây nóng", "Phản ánh"]),
    ("Góc nhìn", "goc-nhin", []),
    ("Emagazine", "emagazine", []),
]

CSS_RULES = [
    ".header{position:relative;background:#fff;border-bottom:1px solid #e5e5e5}",
    ".menu-main>li{float:left;position:relative}",
    ".menu-main>li>a{display:block;padding:0 12px;line-height:44px;font-weight:700;color:#222}",
    ".story{overflow:hidden;margin-bottom:16px;padding-bottom:16px;border-bottom:1px solid #eee}",
    ".story__thumb{float:left;width:240px;margin-right:16px}",
    ".story__title a{font-size:18px;line-height:1.4;color:#111}",
    ".detail__content p{font-size:18px;line-height:1.6;margin:0 0 16px}",
    ".box-related .title{font-weight:700;text-transform:uppercase}",
    "@media (max-width:768px){.story__thumb{width:120px}.sidebar{display:none}}",
    ".footer{background:#f7f7f7;padding:24px 0;font-size:13px;color:#555}",
]


def rnd_par(r, n):
    return " ".join(r.choice(SENT) for _ in range(n))


def css(r, kb):
    out, size = [], 0
    i = 0
    while size < kb * 1024:
        rule = CSS_RULES[i % len(CSS_RULES)].replace("{", "-%d{" % i, 1)
        out.append(rule)
        size += len(rule)
        i += 1
    return "<style>" + "\n".join(out) + "</style>\n"


def script(r, kb):
    out, size = ["window.dataLayer=window.dataLayer||[];"], 0
    i = 0
    while size < kb * 1024:
        s = ("var adSlot%d={id:'div-gpt-%d',size:[[300,250],[336,280]],"
             "targeting:{pos:'%s',cat:'%s'}};googletag.cmd.push(function()"
             "{if(a<b&&c>d){x.push('<div class=\"x\">'+i+'</div>')}});"
             % (i, i, r.choice(["top", "mid", "bot"]),
                r.choice(SECTIONS)[1]))
        out.append(s)
        size += len(s)
        i += 1
    return "<script>" + "\n".join(out) + "</script>\n"


def menu(site, cls, r, with_sub=True):
    h = ['<ul class="%s">' % cls, '<li class="home"><a href="/" title="Trang chủ"><i class="icon-home"></i></a></li>']
    for name, slug, subs in SECTIONS:
        h.append('<li class="menu-item"><a href="/%s/">%s</a>' % (slug, name))
        if subs and with_sub:
            h.append('<ul class="sub-menu">')
            for s in subs:
                h.append('<li><a href="/%s/%s/">%s</a></li>' % (
                    slug, s.lower().replace(" ", "-"), s))
            h.append("</ul>")
        h.append("</li>")
    h.append("</ul>")
    return "\n".join(h)


def teaser(r, i, site):
    name, slug, _ = r.choice(SECTIONS)
    title = r.choice(SENT)[:90]
    aid = 100000 + i * 37
    return ('<article class="story"><a class="story__thumb" href="/%s/%s-d%d.html">'
            '<img src="https://cdn.%s/img/2024/05/%d.jpg" alt="%s" loading="lazy" width="240" height="150"></a>'
            '<h3 class="story__title"><a href="/%s/bai-viet-d%d.html">%s</a></h3>'
            '<p class="story__sapo">%s</p><span class="story__time">2 giờ trước</span></article>'
            % (slug, slug, aid, site, aid, title, slug, aid, title, rnd_par(r, 1)))


def head(r, site, title, ld, og_type="article", extra=""):
    h = ['<!DOCTYPE html>', '<html lang="vi">', '<head>',
         '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % title,
         '<meta name="description" content="%s">' % rnd_par(r, 1),
         '<meta name="keywords" content="tin tức, thời sự, pháp luật, kinh tế">',
         '<meta name="news_keywords" content="tin tức, thời sự">',
         '<meta name="robots" content="index,follow">',
         '<meta name="generator" content="NewsCMS 4.2">',
         '<meta property="og:type" content="%s">' % og_type,
         '<meta property="og:site_name" content="%s">' % site,
         '<meta property="og:title" content="%s">' % title,
         '<meta property="fb:app_id" content="1234567890">',
         '<meta name="twitter:card" content="summary_large_image">',
         '<link rel="dns-prefetch" href="//cdn.%s">' % site,
         '<link rel="preload" as="font" href="/fonts/roboto.woff2" crossorigin>',
         '<link rel="stylesheet" href="/css/main.min.css?v=20240501">',
         '<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/home.rss">',
         extra,
         css(r, 22), script(r, 16),
         '<script type="application/ld+json">%s</script>' % ld,
         '</head>']
    return "\n".join(h)


def footer_news(site, lic):
    return ('<footer class="footer"><div class="container">'
            '<div class="footer__menu">%s</div>'
            '<div class="footer__info"><p><strong>%s</strong></p>'
            '<p>%s</p>'
            '<p>Tổng biên tập: Nhà báo Trần Minh Quang</p>'
            '<p>Phó Tổng biên tập: Lê Thị Hoa, Phạm Văn Đức</p>'
            '<p>Tòa soạn: Số 15 phố Lý Thường Kiệt, quận Hoàn Kiếm, Hà Nội. '
            'Điện thoại: 024.3825.1234 - Email: toasoan@%s</p>'
            '<p>Văn phòng đại diện tại TP. Hồ Chí Minh: 120 Nguyễn Thị Minh Khai, Quận 3</p>'
            '<p class="copyright">© Bản quyền thuộc về %s. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>'
            '</div></div></footer>' % (menu(site, "footer-menu", None, False), site, lic, site, site))


def page_news_home(r):
    site = "baotinmoi.example"
    ld = ('{"@context":"https://schema.org","@type":"NewsMediaOrganization",'
          '"name":"Báo điện tử Tin Mới","url":"https://baotinmoi.example/",'
          '"logo":{"@type":"ImageObject","url":"https://baotinmoi.example/logo.png"}}')
    h = [head(r, site, "Báo điện tử Tin Mới - Tin tức 24h", ld, "website"),
         '<body class="home">',
         '<div class="top-bar"><span class="date">Thứ Hai, 13/05/2024</span> '
         '<a href="/dang-nhap">Đăng nhập</a></div>',
         '<header class="header"><div class="header__logo"><a href="/">'
         '<img src="/logo.png" alt="Báo điện tử Tin Mới - Cơ quan ngôn luận của Hội Nhà báo"></a></div>',
         '<nav class="main-nav">%s</nav></header>' % menu(site, "menu-main", r),
         '<div id="offcanvas" class="mobile-menu">%s</div>' % menu(site, "menu-mobile", r, False),
         '<div class="ticker"><b>Tin nóng:</b> <a href="/thoi-su/tin-nong-d1.html">%s</a></div>' % SENT[0],
         '<div class="container"><div class="main-col">']
    for i in range(120):
        h.append(teaser(r, i, site))
        if i % 15 == 14:
            h.append('<div class="ads" id="div-gpt-%d"></div>' % i)
    h.append('</div><aside class="sidebar"><div class="box-most-read"><h2>Đọc nhiều</h2><ol>')
    for i in range(10):
        h.append('<li><a href="/doc-nhieu/bai-%d-d%d.html">%s</a></li>' % (i, 200000 + i, r.choice(SENT)[:70]))
    h.append('</ol></div></aside></div>')
    h.append(footer_news("Báo điện tử Tin Mới",
             "Giấy phép hoạt động báo điện tử số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 05/01/2021"))
    h.append(script(r, 4))
    h.append('</body></html>')
    return "\n".join(h)


def article_page(r, site, brand, lic_footer, attribution, series=True,
                 comments=True, extra_ld=""):
    aid = 654321
    title = "Kỳ 1: Dấu hiệu sai phạm tại dự án khu đô thị ven sông" if series else \
        "Giá vàng hôm nay tăng mạnh, nhà đầu tư lo ngại"
    ld = ('{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://%s/phap-luat/bai-d%d.html"},'
          '{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Pháp luật","item":"https://%s/phap-luat/"}]},'
          '{"@type":"NewsArticle","headline":"%s","articleSection":"Pháp luật",'
          '"datePublished":"2024-05-13T07:30:00+07:00","dateModified":"2024-05-13T09:00:00+07:00",'
          '"author":[{"@type":"Person","name":"Nhóm PV","jobTitle":"Phóng viên"}],'
          '"publisher":{"@type":"NewsMediaOrganization","name":"%s","logo":{"@type":"ImageObject","url":"https://%s/logo.png"}}}]}'
          % (site, aid, site, title, brand, site)) + extra_ld
    h = [head(r, site, title + " | " + brand, ld, "article",
              '<meta property="article:section" content="Pháp luật">'
              '<meta property="article:published_time" content="2024-05-13T07:30:00+07:00">'
              '<meta property="article:author" content="https://facebook.example/nhompv">'
              '<meta name="author" content="Nhóm PV">'
              '<link rel="canonical" href="https://%s/phap-luat/bai-d%d.html">'
              '<link rel="amphtml" href="/amp/phap-luat/bai-d%d.html">' % (site, aid, aid)),
         '<body class="detail">',
         '<div id="header" class="header-wrap"><div class="logo"><a href="/"><img src="/img/logo.svg" alt="%s"></a></div>' % brand,
         '<div class="header-right"><form action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></div></div>',
         '<div class="navigation"><div class="container">%s</div></div>' % menu(site, "nav-menu", r),
         '<div class="container"><ul class="breadcrumbs"><li><a href="/">Trang chủ</a></li>'
         '<li><a href="/phap-luat/">Pháp luật</a></li></ul>',
         '<div class="row"><div class="col-8"><div class="article-detail">',
         '<h1 class="title-detail">%s</h1>' % title,
         '<div class="meta"><span class="author"><a href="/tac-gia/nhom-pv" rel="author">Nhóm PV</a></span> '
         '<span class="time">Thứ Hai, 13/05/2024 07:30</span></div>',
         '<h2 class="sapo">%s</h2>' % rnd_par(r, 2),
         '<div class="detail__content fck_detail" itemprop="articleBody">']
    for i in range(44):
        h.append("<p>%s</p>" % rnd_par(r, r.randint(2, 5)))
        if i % 7 == 3:
            h.append('<figure class="image"><img src="https://cdn.%s/2024/05/13/anh-%d.jpg" alt="Ảnh minh họa">'
                     '<figcaption>Khu đất dự án (Ảnh: PV)</figcaption></figure>' % (site, i))
        if i == 10:
            h.append('<div class="box-related"><div class="title">Tin liên quan</div><ul>'
                     '<li><a href="/phap-luat/lien-quan-1-d111.html">Bài liên quan một</a></li>'
                     '<li><a href="/phap-luat/lien-quan-2-d112.html">Bài liên quan hai</a></li></ul></div>')
    if series:
        h.append("<p><em>(Còn nữa)</em></p>")
    if attribution:
        h.append('<p>%s</p>' % attribution)
    h.append('<p style="text-align: right;"><strong>Nhóm PV</strong></p>')
    h.append('</div>')
    h.append('<div class="tags"><span>Từ khóa:</span> <a href="/tag/du-an">dự án</a> <a href="/tag/sai-pham">sai phạm</a></div>')
    h.append('<div class="share"><a href="https://www.facebook.com/sharer.php?u=x">Chia sẻ</a></div>')
    if comments:
        h.append('<div id="box-comment" class="box-comment"><h3 class="title">Bình luận (12)</h3>'
                 '<form><textarea placeholder="Viết bình luận của bạn..."></textarea>'
                 '<button type="submit">Gửi bình luận</button></form>'
                 '<div class="fb-comments" data-href="https://%s/phap-luat/bai-d%d.html" data-width="100%%"></div></div>' % (site, aid))
    h.append('</div></div><div class="col-4 sidebar"><div class="box"><h2>Tin mới nhất</h2><ul>')
    for i in range(12):
        h.append('<li><a href="/tin-moi/bai-%d-post%d.html"><img src="/t/%d.jpg" alt="">%s</a></li>'
                 % (i, 300000 + i, i, r.choice(SENT)[:80]))
    h.append('</ul></div></div></div></div>')
    h.append(lic_footer)
    h.append(script(r, 3))
    h.append('<script src="https://connect.facebook.example/vi_VN/sdk.js#xfbml=1"></script></body></html>')
    return "\n".join(h)


def giw_footer(brand, site):
    # plain divs: no <footer>, no footer class
    return ('<div class="site-info"><div class="container">'
            '<div class="about"><p><strong>%s</strong></p>'
            '<p>Giấy phép thiết lập trang thông tin điện tử tổng hợp trên mạng số 2215/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày 10 tháng 4 năm 2019.</p>'
            '<p>Chịu trách nhiệm nội dung: Nhà báo Đỗ Văn Nam</p>'
            '<p>Địa chỉ: Tầng 5, tòa nhà ABC, 25 Trần Duy Hưng, Cầu Giấy, Hà Nội. Email: lienhe@%s</p>'
            '<p>Ghi rõ nguồn "%s" khi phát hành lại thông tin từ website này.</p></div></div></div>'
            % (brand, site, brand))


def page_drifted_article(r):
    site = "tintuc24h.test"
    brand = "Tin Tức 24h"
    return article_page(r, site, brand, giw_footer(brand, site), None,
                        series=True, comments=True)


def page_aggregator_article(r):
    site = "tonghop.example"
    brand = "Tổng Hợp Tin"
    foot = ('<footer id="colophon" class="site-footer"><div class="site-info">'
            '<p>Trang thông tin điện tử tổng hợp Tổng Hợp Tin. Giấy phép số 191/GP-TTĐT do Sở TTTT Thành phố Hồ Chí Minh cấp ngày 31/08/2020.</p>'
            '<p>Người chịu trách nhiệm: Trần Thị Mai</p></div></footer>')
    return article_page(r, site, brand, foot,
                        'Theo <a href="https://tuoitre.example/gia-vang-hom-nay-20240513.htm">Tuổi Trẻ</a>',
                        series=False, comments=False)


def page_shop(r):
    site = "noithatxinh.example"
    h = ['<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">',
         '<title>Nội Thất Xinh - Sofa, bàn ghế gỗ cao cấp</title>',
         '<meta name="description" content="Chuyên cung cấp sofa, bàn ăn, giường ngủ giá tốt">',
         '<meta property="og:type" content="website">',
         css(r, 20), script(r, 10),
         '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Store","name":"Nội Thất Xinh",'
         '"address":{"@type":"PostalAddress","streetAddress":"45 Lê Văn Sỹ","addressLocality":"TP. Hồ Chí Minh"},'
         '"telephone":"0909 123 456"}</script>',
         '</head><body>',
         '<header class="site-header"><a class="brand" href="/">Nội Thất Xinh</a>',
         '<ul class="main-menu"><li><a href="/sofa">Sofa</a></li><li><a href="/ban-an">Bàn ăn</a></li>'
         '<li><a href="/giuong-ngu">Giường ngủ</a></li><li><a href="/khuyen-mai">Khuyến mãi</a></li>'
         '<li><a href="/lien-he">Liên hệ</a></li></ul></header>',
         '<main><div class="products">']
    for i in range(90):
        h.append('<div class="product" itemscope itemtype="http://schema.org/Product">'
                 '<a href="/san-pham/sofa-go-%d.html"><img src="/p/%d.jpg" alt="Sofa gỗ %d"></a>'
                 '<h3 itemprop="name">Sofa gỗ sồi mẫu %d</h3><span class="price">%d.500.000đ</span>'
                 '<button class="add-to-cart">Thêm vào giỏ</button></div>' % (i, i, i, i, 5 + i % 20))
    h.append('</div></main>')
    h.append('<footer><p>Công ty TNHH Nội Thất Xinh. Giấy chứng nhận đăng ký doanh nghiệp số 0312345678 do Sở Kế hoạch và Đầu tư TP. Hồ Chí Minh cấp.</p>'
             '<p>Hotline: 0909 123 456</p></footer>')
    h.append(script(r, 4))
    h.append('</body></html>')
    return "\n".join(h)


def page_portal_tables(r):
    # an old table layout, upper-case tags, unclosed elements
    site = "xaphuctho.example"
    h = ['<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<TITLE>Cổng thông tin điện tử xã Phúc Thọ</TITLE>', css(r, 6), '</HEAD>',
         '<BODY topmargin=0><TABLE width=100% cellpadding=0 cellspacing=0>',
         '<TR><TD class=banner><IMG src="banner.jpg" alt="Cổng thông tin điện tử xã Phúc Thọ">',
         '<TR><TD class=menu-top><A href="/">Trang chủ</A> | <A href="/gioi-thieu">Giới thiệu</A> | '
         '<A href="/tin-tuc">Tin tức - Sự kiện</A> | <A href="/van-ban">Văn bản</A> | <A href="/lien-he">Liên hệ</A>',
         '<TR><TD><TABLE width=100%><TR><TD width=200 valign=top class=left>',
         '<DIV class=box-left><B>Thủ tục hành chính</B><BR><A href="/tthc/1">Chứng thực</A><BR><A href="/tthc/2">Hộ tịch</A></DIV>',
         '<TD valign=top class=content>']
    for i in range(110):
        h.append('<P><FONT face=Arial size=2><B>Thông báo số %d/TB-UBND</B> %s' % (i + 1, rnd_par(r, 3)))
    h.append('<TR><TD colspan=2 class=bottom align=center><FONT size=1>Bản quyền thuộc UBND xã Phúc Thọ. '
             'Chịu trách nhiệm nội dung: Chủ tịch UBND xã<BR>Địa chỉ: thôn 3, xã Phúc Thọ</FONT>')
    h.append('</TABLE></BODY></HTML>')
    return "\n".join(h)


PAGES = [
    ("news-home.html", page_news_home),
    ("drifted-article.html", page_drifted_article),
    ("aggregator-article.html", page_aggregator_article),
    ("shop-home.html", page_shop),
    ("portal-tables.html", page_portal_tables),
]


def main():
    for name, fn in PAGES:
        r = random.Random(name)
        text = fn(r)
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fp:
            fp.write(text + "\n")
        print("%-26s %7d bytes" % (name, len(text.encode("utf-8")) + 1))


if __name__ == "__main__":
    main()
