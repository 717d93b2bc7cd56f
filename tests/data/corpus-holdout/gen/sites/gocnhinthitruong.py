"""gocnhinthitruong.example: GIW (Sở TTTT TP. Hồ Chí Minh) on a Newspaper-theme WordPress.
Most home items are attributed copies, but it runs its own multi-part series against a
named (fictional) developer in another province, in pressure language."""
from common import Page, esc, jsonld, paras

SITE = {
    "site": "gocnhinthitruong.example",
    "class": "press-like",
    "kind": "drifted-aggregator",
    "licence_number": "5127/GP-TTĐT",
    "licence_kind": "giw",
    "issuer": "Sở Thông tin và Truyền thông TP. Hồ Chí Minh",
    "content_type": "text/html; charset=UTF-8",
    "notes": ("GIW licensed in TP. Hồ Chí Minh whose routine items are properly attributed '(Theo Báo ...)' with links, so most "
              "pages look like an aggregator; but it runs its own 'Kỳ 1/Kỳ 2 (Còn nữa)' series against a named developer "
              "(Bách Hợp Phong, Phong Lam Garden) in another province, built on 'đơn thư' from readers, with 'có hay không', "
              "'dấu hiệu', 'khuất tất', 'cơ quan chức năng cần vào cuộc', 'sẽ tiếp tục thông tin' (147 bans investigation by GIWs; "
              "out-of-province negative coverage per the MIC notice)."),
}

BASE = "https://gocnhinthitruong.example"
SEC = BASE + "/chuyen-muc/ban-doc-phan-anh"
K1 = BASE + "/du-an-phong-lam-garden-ky-1-chu-dau-tu-bach-hop-phong-ban-lua-non-khi-du-an-chua-du-dieu-kien.html"
K2 = BASE + "/du-an-phong-lam-garden-ky-2-hang-loat-khuat-tat-ve-dat-dai-co-quan-chuc-nang-can-vao-cuoc.html"
CP = BASE + "/gia-can-ho-so-cap-tiep-tuc-tang-nguon-cung-moi-khan-hiem.html"

MENU = [("/", "Trang chủ"), ("/chuyen-muc/thi-truong", "Thị trường"), ("/chuyen-muc/doanh-nghiep", "Doanh nghiệp"),
        ("/chuyen-muc/bat-dong-san", "Bất động sản"), ("/chuyen-muc/tai-chinh-ngan-hang", "Tài chính - Ngân hàng"),
        ("/chuyen-muc/tieu-dung", "Tiêu dùng"), ("/chuyen-muc/ban-doc-phan-anh", "Bạn đọc phản ánh")]

CSS = """
.td-header-wrap{background:#fff;border-bottom:4px solid #c8102e}.td-header-menu-wrap{background:#1a1a1a}
.sf-menu{list-style:none;margin:0;padding:0;display:flex}.sf-menu a{color:#fff;padding:0 14px;line-height:48px;display:block;font:700 14px "Roboto",sans-serif;text-transform:uppercase}
.td-container{width:1068px;margin:0 auto}.td-pb-span8{width:68%;float:left}.td-pb-span4{width:30%;float:right}
.entry-title{font:700 32px/1.25 "Roboto",sans-serif;color:#111}.td-post-content p{font:16px/1.74 Verdana,Geneva,sans-serif;color:#222}
.td-module-title{font:600 17px/1.35 "Roboto",sans-serif}.td-post-date{color:#767676;font-size:12px}
.td-category{background:#c8102e;color:#fff;font-size:10px;padding:3px 6px;text-transform:uppercase}
.series-box{border:2px solid #c8102e;padding:10px 14px;margin:14px 0}
.td-footer-wrapper{background:#111;color:#ccc;padding:24px 0;font-size:13px;line-height:1.7;clear:both}
"""


def layout(title, content, body_class, url, head_extra=""):
    menu = "\n".join('<li class="menu-item"><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in MENU)
    return f"""<!doctype html >
<html lang="vi">
<head>
<title>{esc(title)}</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name='robots' content='index, follow, max-image-preview:large' />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="Góc Nhìn Thị Trường" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{url}" />
{head_extra}
<link rel='stylesheet' id='td-theme-css' href='{BASE}/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />
<style id="td-theme-inline">{CSS}</style>
<script type='text/javascript' src='{BASE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</head>
<body class="{body_class} td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu"><span class="td-header-date">Thứ Ba, Tháng Chín 15, 2026</span> <a href="/lien-he">Liên hệ</a> <a href="/quang-cao">Quảng cáo</a></div>
<div class="td-header-sp-logo"><a class="td-main-logo" href="{BASE}/"><img src="{BASE}/wp-content/uploads/2024/01/logo-gntt.png" alt="Góc Nhìn Thị Trường" width="300" height="80"/></a></div>
<div class="td-header-menu-wrap"><div id="td-header-menu" role="navigation"><ul id="menu-main-menu" class="sf-menu">
{menu}
</ul></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
{content}
</div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container">
<div class="footer-text-wrap">
<p><strong>GÓC NHÌN THỊ TRƯỜNG</strong> - Trang thông tin điện tử tổng hợp</p>
<p>Giấy phép thiết lập trang thông tin điện tử tổng hợp trên mạng số 5127/GP-TTĐT do Sở Thông tin và Truyền thông TP. Hồ Chí Minh cấp ngày 22/12/2023.</p>
<p>Chủ quản: Công ty TNHH Dịch vụ Truyền thông Đông Thịnh An. Chịu trách nhiệm nội dung: Ông Trần Quốc Bảo.</p>
<p>Địa chỉ: 45/12 đường Nguyễn Thị Minh Khai, phường Bến Thành, TP. Hồ Chí Minh. Hotline/Đường dây nóng: 0909.118.276 · Email nhận đơn thư, phản ánh: banbientap@gocnhinthitruong.example</p>
<p>Ghi rõ nguồn "Góc Nhìn Thị Trường" khi phát hành lại thông tin từ website này.</p>
</div></div></div>
</div>
<script type='text/javascript' src='{BASE}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5' id='td-site-min-js'></script>
</body>
</html>
"""


def module(href, cat, title, date, excerpt):
    return f"""<div class="td_module_10 td_module_wrap td-animation-stack">
<div class="td-module-thumb"><a href="{href}" rel="bookmark" title="{esc(title)}"><img width="218" height="150" class="entry-thumb" src="{BASE}/wp-content/uploads/2026/09/{href.rsplit('/', 1)[1][:24]}-218x150.jpg" alt=""/></a></div>
<div class="item-details"><h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark">{esc(title)}</a></h3>
<div class="td-module-meta-info"><a href="#" class="td-post-category">{esc(cat)}</a> <span class="td-post-date"><time class="entry-date updated td-module-date">{date}</time></span></div>
<div class="td-excerpt">{excerpt}</div></div></div>"""


def single(url, postid, cat, title, author, date_iso, date_txt, body, tags):
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": author, "@id": BASE + "/#/schema/person/" + str(postid)},
         "headline": title, "datePublished": date_iso, "dateModified": date_iso,
         "mainEntityOfPage": {"@id": url}, "publisher": {"@id": BASE + "/#organization"},
         "articleSection": [cat], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": title, "isPartOf": {"@id": BASE + "/#website"}},
        {"@type": "Organization", "@id": BASE + "/#organization", "name": "Góc Nhìn Thị Trường", "url": BASE + "/"}]}
    head = f"""<meta property="og:type" content="article" />
<meta property="article:published_time" content="{date_iso}" />
<meta property="article:section" content="{esc(cat)}" />
<meta name="author" content="{esc(author)}" />
{jsonld(graph)}"""
    tag_html = " ".join('<li><a href="%s/tag/%s">%s</a></li>' % (BASE, esc(t.replace(" ", "-")), esc(t)) for t in tags)
    content = f"""<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main">
<article id="post-{postid}" class="post-{postid} post type-post status-publish format-standard has-post-thumbnail category-{cat.lower().replace(' ', '-')}">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="#">{esc(cat)}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{BASE}/author/bientap">{esc(author)}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{date_iso}">{date_txt}</time></span></div></header></div>
<div class="td-post-content tagdiv-type">
{body}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{tag_html}</ul></div></footer>
</article>
</div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="series-box"><h4>LOẠT BÀI: DỰ ÁN PHONG LAM GARDEN VÀ NHỮNG DẤU HỎI</h4>
<ul><li><a href="{K1}">Kỳ 1: Chủ đầu tư Bách Hợp Phong "bán lúa non" khi dự án chưa đủ điều kiện?</a></li>
<li><a href="{K2}">Kỳ 2: Hàng loạt "khuất tất" về đất đai, cơ quan chức năng cần vào cuộc</a></li>
<li>Kỳ 3: Tiền của khách hàng đi đâu? (đón đọc)</li></ul></div>
</div></div></div>"""
    return layout(title + " - Góc Nhìn Thị Trường", content,
                  "post-template-default single single-post postid-%d single-format-standard td-theme-Newspaper" % postid, url, head)


K1_BODY = """
<p><strong>Dù hạ tầng kỹ thuật còn dang dở và chưa có văn bản xác nhận đủ điều kiện huy động vốn, Công ty CP Đầu tư Bách Hợp Phong vẫn ký hàng trăm "hợp đồng đặt cọc giữ chỗ" với khách hàng tại dự án Khu dân cư Phong Lam Garden (xã Tân Lạc Điền, tỉnh Hòa Khê). Có hay không dấu hiệu huy động vốn trái quy định?</strong></p>

<h3>Đóng tiền từ hai năm trước, đến nay vẫn chưa thấy nền</h3>

Thời gian qua, Góc Nhìn Thị Trường liên tục nhận được đơn thư của bạn đọc phản ánh về việc đã nộp tiền đặt cọc cho Công ty CP Đầu tư Bách Hợp Phong (trụ sở tại phường Hòa Khê Trung, tỉnh Hòa Khê) để "giữ chỗ" các nền đất tại dự án Phong Lam Garden, nhưng nhiều lần quá hạn vẫn chưa được ký hợp đồng mua bán chính thức.

Bà N.T.H. (ngụ TP. Hồ Chí Minh) cho biết, tháng 10/2024, bà được nhân viên kinh doanh giới thiệu dự án "pháp lý hoàn chỉnh, sổ riêng từng nền" và đã ký văn bản thỏa thuận đặt cọc, nộp tổng cộng 620 triệu đồng, tương đương 30% giá trị nền đất. Theo cam kết, chậm nhất quý II/2025 công ty phải ký hợp đồng chuyển nhượng và bàn giao nền. "Đến giờ tôi chỉ nhận được những lời hẹn. Ra dự án thì thấy cỏ mọc um tùm, đường nội bộ mới trải đá", bà H. bức xúc.

Cùng cảnh ngộ, ông L.V.T. (ngụ tỉnh Hòa Khê) nộp 450 triệu đồng cho một nền góc. Theo ông T., mỗi lần khách hàng đến văn phòng hỏi tiến độ, công ty lại đưa ra lý do mới: chờ phê duyệt điều chỉnh quy hoạch, chờ nghiệm thu hạ tầng, chờ nộp tiền sử dụng đất.

<h3>Chưa đủ điều kiện nhưng vẫn "giữ chỗ" hàng loạt</h3>

Theo các tài liệu mà chúng tôi thu thập được, dự án Khu dân cư Phong Lam Garden có quy mô 18,6 ha, được UBND tỉnh Hòa Khê chấp thuận chủ trương đầu tư từ năm 2022, giao Công ty CP Đầu tư Bách Hợp Phong làm chủ đầu tư. Tuy nhiên, đến thời điểm công ty ký các văn bản "giữ chỗ", dự án chưa hoàn thành hạ tầng kỹ thuật, chưa được cơ quan quản lý nhà ở cấp tỉnh có văn bản thông báo đủ điều kiện đưa bất động sản hình thành trong tương lai vào kinh doanh.

Đáng chú ý, mẫu "thỏa thuận đặt cọc" mà bạn đọc cung cấp có điều khoản quy định nếu khách hàng chậm nộp tiền theo tiến độ sẽ bị phạt 0,05%/ngày, trong khi nghĩa vụ bồi thường của công ty khi chậm ký hợp đồng lại được ghi rất chung chung. Số tiền khách hàng nộp được chuyển vào tài khoản của một công ty phân phối có liên quan, không phải tài khoản của chủ đầu tư.

Luật sư Tạ Quang Hiếu (Đoàn Luật sư TP. Hồ Chí Minh) cho rằng, pháp luật về kinh doanh bất động sản không cho phép chủ đầu tư thu tiền đặt cọc vượt quá tỷ lệ luật định khi dự án chưa đủ điều kiện. "Việc thu tiền dưới hình thức 'giữ chỗ', 'đặt cọc' với tỷ lệ lớn như vậy có dấu hiệu né tránh quy định về điều kiện huy động vốn, cần được cơ quan chức năng làm rõ", luật sư Hiếu phân tích.

Để rộng đường dư luận, ngày 3/9, Góc Nhìn Thị Trường đã gửi câu hỏi tới Công ty CP Đầu tư Bách Hợp Phong đề nghị cung cấp thông tin về pháp lý dự án và phương án xử lý quyền lợi khách hàng. Tuy nhiên, đến thời điểm đăng bài, phía doanh nghiệp vẫn chưa có phản hồi.

Vậy việc chậm trễ kéo dài tại dự án xuất phát từ đâu? Quỹ đất của dự án có vướng mắc gì? Những câu hỏi này sẽ được làm rõ trong kỳ tiếp theo.

<p style="text-align:center"><em>(Còn nữa)</em></p>

<p style="text-align:right"><strong>Hoàng Phúc - Minh Tâm</strong></p>
"""

K2_BODY = """
<p><strong>Tiếp tục tìm hiểu dự án Khu dân cư Phong Lam Garden do Công ty CP Đầu tư Bách Hợp Phong làm chủ đầu tư, chúng tôi nhận thấy nhiều vấn đề bất thường liên quan đến việc chuyển mục đích sử dụng đất, nghĩa vụ tài chính và việc thi công khi chưa có giấy phép.</strong></p>

<p><em>Như Góc Nhìn Thị Trường đã phản ánh trong Kỳ 1, nhiều khách hàng đã nộp hàng trăm triệu đồng "giữ chỗ" tại dự án Phong Lam Garden nhưng đến nay vẫn chưa được ký hợp đồng.</em></p>

<h3>Nợ tiền sử dụng đất nhưng vẫn rầm rộ rao bán</h3>

Theo thông tin từ một cơ quan chuyên môn của tỉnh Hòa Khê, đến tháng 8/2026, Công ty CP Đầu tư Bách Hợp Phong mới nộp khoảng 40% tiền sử dụng đất của giai đoạn 1 dự án; phần còn lại đã quá hạn nộp nhiều tháng. Trong khi đó, trên các trang mạng, các sàn giao dịch liên kết vẫn quảng cáo dự án "đã có sổ", "ngân hàng bảo lãnh", kèm chính sách chiết khấu tới 8% cho khách hàng thanh toán nhanh.

Một cán bộ địa chính xã Tân Lạc Điền, đề nghị giấu tên, cho biết một phần diện tích trong ranh dự án vẫn còn hơn 20 hộ dân chưa nhận tiền bồi thường do chưa thống nhất về giá. "Phần đất đó chưa giải phóng xong thì không thể làm hạ tầng hoàn chỉnh được", vị này nói.

<h3>Từng bị xử phạt vì xây dựng không phép</h3>

Đáng chú ý, tài liệu chúng tôi có được cho thấy năm 2025, Công ty CP Đầu tư Bách Hợp Phong đã bị xử phạt vi phạm hành chính vì tổ chức thi công nhà mẫu và cổng dự án khi chưa có giấy phép xây dựng. Thế nhưng, sau khi nộp phạt, các hạng mục này vẫn tồn tại và được dùng làm nơi tiếp khách tham quan dự án.

Trả lời câu hỏi của chúng tôi, lãnh đạo UBND xã Tân Lạc Điền thừa nhận địa phương "đã nhiều lần nhắc nhở" chủ đầu tư, song việc xử lý dứt điểm thuộc thẩm quyền của các sở, ngành cấp tỉnh.

<h3>Cần sớm làm rõ trách nhiệm</h3>

Những dấu hiệu khuất tất tại dự án Phong Lam Garden không chỉ ảnh hưởng đến quyền lợi của hàng trăm khách hàng mà còn có nguy cơ gây thất thu ngân sách. Dư luận đặt câu hỏi: vì sao một doanh nghiệp chưa hoàn thành nghĩa vụ tài chính, từng bị xử phạt vì xây dựng không phép, vẫn có thể công khai huy động tiền của người mua suốt thời gian dài mà không bị ngăn chặn?

Đề nghị UBND tỉnh Hòa Khê và các cơ quan chức năng sớm vào cuộc kiểm tra, làm rõ có hay không sai phạm tại dự án, xử lý nghiêm các tổ chức, cá nhân liên quan nếu có vi phạm, bảo đảm quyền lợi hợp pháp cho khách hàng.

Góc Nhìn Thị Trường sẽ tiếp tục thông tin về vụ việc. Bạn đọc có thông tin liên quan xin gửi về hộp thư banbientap@gocnhinthitruong.example hoặc gọi đường dây nóng 0909.118.276.

<p style="text-align:right"><strong>Hoàng Phúc - Minh Tâm</strong></p>
"""

CP_BODY = """
<p><em>Giá căn hộ sơ cấp tại các đô thị lớn đã tăng 9-12% so với cùng kỳ năm trước, trong khi lượng dự án mới mở bán trong quý III đạt mức thấp nhất hai năm.</em></p>

Theo báo cáo thị trường được một đơn vị nghiên cứu công bố ngày 12/9, giá bán trung bình căn hộ sơ cấp phân khúc trung cấp hiện dao động 58-72 triệu đồng/m², phân khúc cao cấp vượt 110 triệu đồng/m². Nguồn cung mới trong hai tháng 7 và 8 chỉ khoảng 2.900 căn, giảm gần 30% so với cùng kỳ.

Các chuyên gia cho rằng chi phí đất đai tăng sau khi áp dụng bảng giá đất mới, cùng với thủ tục pháp lý kéo dài, khiến chủ đầu tư khó đưa ra thị trường sản phẩm giá vừa túi tiền. Trong khi đó, nhu cầu ở thực vẫn lớn, đặc biệt ở nhóm khách hàng trẻ mua căn hộ đầu tiên.

Báo cáo dự báo, trong quý IV, nguồn cung có thể cải thiện nhẹ khi một số dự án được tháo gỡ vướng mắc pháp lý, nhưng mặt bằng giá khó giảm.

<p style="text-align:right"><strong>Thu Hằng</strong></p>

<p><em>(Theo Báo Kinh tế Bình Nguyên, đăng lúc 06:15 ngày 14/9/2026. Xem bài gốc tại: <a href="https://kinhtebinhnguyen.example/bat-dong-san/gia-can-ho-so-cap-tiep-tuc-tang-nguon-cung-moi-khan-hiem-post228914.html" rel="nofollow" target="_blank">kinhtebinhnguyen.example</a>)</em></p>
"""

HOME_MODULES = [
    (K2, "Bạn đọc phản ánh", "Dự án Phong Lam Garden - Kỳ 2: Hàng loạt \"khuất tất\" về đất đai, cơ quan chức năng cần vào cuộc", "14/09/2026",
     "Nợ tiền sử dụng đất, từng bị xử phạt vì xây dựng không phép nhưng Bách Hợp Phong vẫn rầm rộ rao bán..."),
    (K1, "Bạn đọc phản ánh", "Dự án Phong Lam Garden - Kỳ 1: Chủ đầu tư Bách Hợp Phong \"bán lúa non\" khi dự án chưa đủ điều kiện?", "10/09/2026",
     "Hàng trăm khách hàng nộp tiền \"giữ chỗ\" từ hai năm trước đến nay vẫn chưa được ký hợp đồng..."),
    (CP, "Bất động sản", "Giá căn hộ sơ cấp tiếp tục tăng, nguồn cung mới khan hiếm", "14/09/2026",
     "Giá bán trung bình phân khúc trung cấp dao động 58-72 triệu đồng/m². (Theo Báo Kinh tế Bình Nguyên)"),
    (BASE + "/lai-suat-tiet-kiem-ky-han-12-thang-nhich-len-o-nhom-ngan-hang-nho.html", "Tài chính - Ngân hàng",
     "Lãi suất tiết kiệm kỳ hạn 12 tháng nhích lên ở nhóm ngân hàng nhỏ", "14/09/2026",
     "Một số ngân hàng quy mô nhỏ tăng 0,2-0,3 điểm phần trăm để hút tiền gửi cuối năm. (Theo Báo Thanh Âm)"),
    (BASE + "/xuat-khau-thuy-san-8-thang-vuot-7-ty-usd.html", "Thị trường",
     "Xuất khẩu thủy sản 8 tháng vượt 7 tỷ USD", "13/09/2026",
     "Tôm và cá tra tiếp tục là hai mặt hàng chủ lực. (Theo Báo Kinh tế Bình Nguyên)"),
    (BASE + "/gia-vang-mieng-quay-dau-giam-sau-chuoi-ngay-tang-nong.html", "Thị trường",
     "Giá vàng miếng quay đầu giảm sau chuỗi ngày tăng nóng", "13/09/2026",
     "Chênh lệch giá mua - bán vẫn ở mức cao. (Theo Báo Tin Sớm)"),
    (BASE + "/doanh-nghiep-banh-keo-tang-toc-chuan-bi-mua-trung-thu.html", "Doanh nghiệp",
     "Doanh nghiệp bánh kẹo tăng tốc chuẩn bị mùa Trung thu", "12/09/2026",
     "Nhiều cơ sở tăng ca, sản lượng bánh trung thu dự kiến tăng 10%. (Theo Báo Thanh Âm)"),
    (BASE + "/khach-hang-to-trung-tam-dien-may-lang-bao-hanh-may-lanh.html", "Bạn đọc phản ánh",
     "Khách hàng tố trung tâm điện máy \"lãng\" bảo hành máy lạnh", "11/09/2026",
     "Bạn đọc gửi đơn thư phản ánh về việc máy lạnh hỏng sau ba tháng nhưng chờ hơn một tháng chưa được sửa..."),
]


def pages():
    mods = "\n".join(module(*m) for m in HOME_MODULES)
    home = f"""<div class="td-pb-row"><div class="td-pb-span8">
<div class="series-box"><h4>LOẠT BÀI: DỰ ÁN PHONG LAM GARDEN VÀ NHỮNG DẤU HỎI</h4>
<p>Góc Nhìn Thị Trường nhận được nhiều đơn thư phản ánh của khách hàng về dự án Phong Lam Garden (tỉnh Hòa Khê). Loạt bài phản ánh những dấu hiệu bất thường trong việc huy động vốn, nghĩa vụ tài chính và thi công tại dự án.</p>
<a href="{K1}">Kỳ 1</a> · <a href="{K2}">Kỳ 2</a></div>
<div class="td-block-title-wrap"><h4 class="block-title"><span>TIN MỚI NHẤT</span></h4></div>
{mods}
</div><div class="td-pb-span4"><div class="widget"><h4 class="block-title"><span>ĐƯỜNG DÂY NÓNG</span></h4><p>Bạn đọc phản ánh sự việc xin gọi 0909.118.276 hoặc gửi đơn thư qua email banbientap@gocnhinthitruong.example</p></div></div></div>"""
    yield Page(BASE + "/", layout("Góc Nhìn Thị Trường - Thông tin thị trường, doanh nghiệp, bất động sản", home,
                                   "home page-template-default page td-theme-Newspaper", BASE + "/",
                                   '<meta property="og:type" content="website" />'))
    sec_mods = "\n".join(module(*m) for m in [HOME_MODULES[0], HOME_MODULES[1], HOME_MODULES[7]] + [
        (BASE + "/cu-dan-chung-cu-hoa-phong-to-ban-quan-tri-chi-tieu-quy-bao-tri-thieu-minh-bach.html", "Bạn đọc phản ánh",
         "Cư dân chung cư Hòa Phong tố ban quản trị chi tiêu quỹ bảo trì thiếu minh bạch", "08/09/2026",
         "Hơn 200 hộ dân ký đơn đề nghị kiểm toán quỹ bảo trì; ban quản trị nói \"làm đúng quy chế\"..."),
        (BASE + "/mua-xe-tra-gop-khach-hang-bat-ngo-bi-tinh-phi-ho-so-gap-doi.html", "Bạn đọc phản ánh",
         "Mua xe trả góp, khách hàng bất ngờ bị tính phí hồ sơ gấp đôi", "04/09/2026",
         "Bạn đọc phản ánh bị thu thêm nhiều khoản phí không có trong báo giá ban đầu...")])
    sec = f"""<div class="td-pb-row"><div class="td-pb-span8"><h1 class="entry-title td-page-title">Bạn đọc phản ánh</h1>
<div class="td-category-description"><p>Chuyên mục tiếp nhận đơn thư, phản ánh của bạn đọc về quyền lợi người tiêu dùng, khách hàng mua nhà và hoạt động của doanh nghiệp.</p></div>
{sec_mods}
<div class="page-nav td-pb-padding-side"><span class="current">1</span><a href="{SEC}/page/2" class="page">2</a><a href="{SEC}/page/3" class="page">3</a></div>
</div></div>"""
    yield Page(SEC, layout("Bạn đọc phản ánh - Góc Nhìn Thị Trường", sec,
                           "archive category category-ban-doc-phan-anh td-theme-Newspaper", SEC))
    yield Page(K1, single(K1, 48213, "Bạn đọc phản ánh",
                          "Dự án Phong Lam Garden - Kỳ 1: Chủ đầu tư Bách Hợp Phong \"bán lúa non\" khi dự án chưa đủ điều kiện?",
                          "Nhóm phóng viên", "2026-09-10T07:00:00+07:00", "10/09/2026", paras(K1_BODY),
                          ["Bách Hợp Phong", "Phong Lam Garden", "Hòa Khê", "huy động vốn"]))
    yield Page(K2, single(K2, 48377, "Bạn đọc phản ánh",
                          "Dự án Phong Lam Garden - Kỳ 2: Hàng loạt \"khuất tất\" về đất đai, cơ quan chức năng cần vào cuộc",
                          "Nhóm phóng viên", "2026-09-14T06:30:00+07:00", "14/09/2026", paras(K2_BODY),
                          ["Bách Hợp Phong", "Phong Lam Garden", "tiền sử dụng đất"]))
    yield Page(CP, single(CP, 48380, "Bất động sản", "Giá căn hộ sơ cấp tiếp tục tăng, nguồn cung mới khan hiếm",
                          "Biên tập", "2026-09-14T08:05:00+07:00", "14/09/2026", paras(CP_BODY),
                          ["giá căn hộ", "thị trường bất động sản"]))
