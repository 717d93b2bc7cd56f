"""doanhthuongphuongdong.test: GIW (ABEI licence) that brands itself a magazine.
Joomla 4 with microdata; masthead 'TẠP CHÍ ...', 'Diễn đàn của ...', Tòa soạn, Tổng biên tập
'Nhà báo ...', VPĐD, toasoan@ email, interviews, recruiting 'phóng viên'."""
from common import Page, esc, paras

SITE = {
    "site": "doanhthuongphuongdong.test",
    "class": "press-like",
    "kind": "drifted-aggregator",
    "licence_number": "207/GP-TTĐT",
    "licence_kind": "giw",
    "issuer": "Cục Phát thanh, Truyền hình và Thông tin điện tử, Bộ Thông tin và Truyền thông",
    "notes": ("Holds only a GIW licence (207/GP-TTĐT, printed small at the bottom) but calls itself 'TẠP CHÍ DOANH THƯƠNG "
              "PHƯƠNG ĐÔNG - Diễn đàn của cộng đồng doanh nhân', with Tòa soạn, Tổng biên tập 'Nhà báo ...', Ban Biên tập, "
              "Văn phòng đại diện, toasoan@ email; self-produced interviews (PV: turns) and event coverage, and a notice "
              "recruiting 'phóng viên, cộng tác viên' with press cards (1418 III.1 F(2), F(5); 147 press titles). Domain has no "
              "press word."),
}

BASE = "https://doanhthuongphuongdong.test"
SEC = BASE + "/doanh-nhan.html"
A_PV = BASE + "/doanh-nhan/2291-doanh-nhan-ta-thi-kim-oanh-lam-hang-thu-cong-phai-ke-duoc-cau-chuyen.html"
A_HN = BASE + "/kinh-te-dia-phuong/2288-hoi-nghi-ket-noi-giao-thuong-cac-tinh-duyen-hai-thu-hut-hon-300-doanh-nghiep.html"
A_TB = BASE + "/thong-bao/2275-thong-bao-tuyen-phong-vien-cong-tac-vien-khu-vuc-phia-nam.html"

MENU = [("/", "Trang chủ"), ("/thoi-su-kinh-te.html", "Thời sự kinh tế"), ("/doanh-nhan.html", "Doanh nhân"),
        ("/doanh-nghiep.html", "Doanh nghiệp"), ("/kinh-te-dia-phuong.html", "Kinh tế địa phương"),
        ("/dau-tu-tai-chinh.html", "Đầu tư - Tài chính"), ("/phong-su-anh.html", "Phóng sự ảnh"),
        ("/goc-nhin.html", "Góc nhìn"), ("/thong-bao.html", "Thông báo Tòa soạn")]

CSS = """
body{font-family:"Times New Roman",Times,serif;background:#faf7f0;margin:0}
.t4-wrapper{max-width:1140px;margin:0 auto;background:#fff}
.t4-masthead{text-align:center;padding:18px 0 10px;border-bottom:double 4px #7a1f1f}
.t4-masthead .brand{font-size:40px;letter-spacing:2px;color:#7a1f1f;font-weight:bold}
.t4-masthead .tagline{font-style:italic;color:#555}
.t4-mainnav ul.nav.menu{list-style:none;display:flex;justify-content:center;gap:4px;margin:0;padding:6px 0;background:#7a1f1f}
.t4-mainnav a{color:#fff;text-decoration:none;padding:8px 12px;display:block;font-family:Arial,sans-serif;font-size:13px}
.item-page h1{font-size:30px;color:#222}.article-info{color:#888;font-size:13px}
.item-page p{font-size:17px;line-height:1.65}.blog-item{border-bottom:1px solid #ddd;padding:12px 0}
.t4-footer{background:#2a0f0f;color:#e6d8c8;padding:20px;font-family:Arial,sans-serif;font-size:13px;line-height:1.7}
.t4-footer .small{font-size:11px;color:#b9a999}
"""


def layout(title, content, url, itemid, og_type="website"):
    menu = "\n".join('<li class="nav-item item-%d"><a href="%s">%s</a></li>' % (101 + i, h, esc(t))
                     for i, (h, t) in enumerate(MENU))
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="{url}" rel="canonical">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="Tạp chí Doanh Thương Phương Đông">
<link href="/media/templates/site/t4_blank/css/template.min.css?b6e6a1" rel="stylesheet">
<style>{CSS}</style>
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script type="application/json" class="joomla-script-options new">{{"system.paths":{{"root":"","rootFull":"{BASE}/","base":""}}}}</script>
</head>
<body class="site-grid site com-content view-article layout-default task-none itemid-{itemid} jfalse">
<div class="t4-wrapper">
<div class="t4-topbar"><span>Thứ Ba, 15/09/2026</span> | <a href="/lien-he-toa-soan.html">Liên hệ Tòa soạn</a> | <a href="/quang-cao.html">Quảng cáo</a></div>
<header class="t4-masthead">
<div class="brand"><a href="/" style="color:inherit;text-decoration:none">TẠP CHÍ DOANH THƯƠNG PHƯƠNG ĐÔNG</a></div>
<div class="tagline">Diễn đàn của cộng đồng doanh nhân - Tiếng nói của doanh nghiệp vừa và nhỏ</div>
</header>
<nav class="t4-mainnav"><ul class="mod-menu mod-list nav menu">
{menu}
</ul></nav>
<div id="t4-main-body" class="t4-section t4-main-body">
{content}
</div>
<footer class="t4-footer">
<p><strong>TẠP CHÍ DOANH THƯƠNG PHƯƠNG ĐÔNG</strong></p>
<p>Tổng Biên tập: Nhà báo Lương Thế Hiển</p>
<p>Phó Tổng Biên tập thường trực: Nhà báo Kiều Thị Minh Phương</p>
<p>Tòa soạn: Tầng 7, tòa nhà Yên Hòa Center, số 88 phố Trần Duy Hưng, phường Yên Hòa, Hà Nội · Điện thoại: 024.6293.7788</p>
<p>Văn phòng đại diện khu vực phía Nam: 27 đường Phan Xích Long, phường Cầu Kiệu, TP. Hồ Chí Minh</p>
<p>Email Tòa soạn: <a href="mailto:toasoan@doanhthuongphuongdong.test" style="color:#fff">toasoan@doanhthuongphuongdong.test</a></p>
<p class="small">Giấy phép số: 207/GP-TTĐT do Cục Phát thanh, Truyền hình và Thông tin điện tử, Bộ Thông tin và Truyền thông cấp ngày 4/8/2020. Cơ quan chủ quản: Công ty CP Truyền thông Phương Đông Việt.</p>
<p class="small">Bản quyền © 2020-2026 Tạp chí Doanh Thương Phương Đông. Nghiêm cấm sao chép dưới mọi hình thức.</p>
</footer>
</div>
<script src="/media/system/js/core.min.js?576eb5"></script>
</body>
</html>
"""


def item_page(url, itemid, cat, title, intro, author, date_iso, date_txt, hits, body):
    content = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline">{esc(title)}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Thông tin bài viết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi: <span itemprop="name">{esc(author)}</span></dd>
<dd class="category-name">Chuyên mục: <a href="#" itemprop="genre">{esc(cat)}</a></dd>
<dd class="published"><time datetime="{date_iso}" itemprop="datePublished">Ngày đăng: {date_txt}</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{hits}">Lượt xem: {hits}</dd>
</dl>
<div itemprop="articleBody" class="com-content-article__body">
<p><strong>{intro}</strong></p>
{body}
</div>
<ul class="pagenav"><li class="previous"><a href="#" rel="prev">Bài trước</a></li><li class="next"><a href="#" rel="next">Bài tiếp</a></li></ul>
</div>"""
    return layout(title + " - Tạp chí Doanh Thương Phương Đông", content, url, itemid, "article")


PV_BODY = """
<p><em>Từ một xưởng nhỏ đan lục bình ở quê nhà, doanh nhân Tạ Thị Kim Oanh đã đưa sản phẩm thủ công của hơn 400 lao động nông thôn đến với khách hàng ở 17 quốc gia. Phóng viên Tạp chí Doanh Thương Phương Đông đã có cuộc trò chuyện với bà bên lề Hội chợ Hàng thủ công mỹ nghệ diễn ra tại Hà Nội.</em></p>

<p><strong>PV: Thưa bà, điều gì khiến bà chọn con đường làm hàng thủ công trong khi đây là ngành được xem là nhiều rủi ro, lợi nhuận mỏng?</strong></p>

Bà Tạ Thị Kim Oanh: Tôi lớn lên ở làng nghề, tuổi thơ gắn với tiếng dao chẻ lục bình. Ra trường, đi làm cho một công ty xuất khẩu mấy năm, tôi thấy hàng của làng mình bán ra nước ngoài với giá gấp mười lần giá người thợ nhận được. Tôi nghĩ nếu mình làm được khâu thiết kế và tìm khách trực tiếp thì người thợ sẽ được hưởng nhiều hơn. Đúng là rủi ro, nhưng tôi tin vào đôi tay của người làng.

<p><strong>PV: Bà thường nói "làm hàng thủ công phải kể được câu chuyện". Xin bà giải thích rõ hơn?</strong></p>

Bà Tạ Thị Kim Oanh: Khách hàng ở châu Âu, Nhật Bản không chỉ mua một cái giỏ. Họ muốn biết ai đan, đan ở đâu, sợi được phơi bao nhiêu nắng. Mỗi sản phẩm của chúng tôi có một tấm thẻ nhỏ in tên người thợ và làng nghề. Nhờ vậy, giá bán cao hơn 20-30% mà khách vẫn sẵn lòng. Câu chuyện đó phải thật, không thể dựng lên được.

<p><strong>PV: Khó khăn lớn nhất của doanh nghiệp lúc này là gì?</strong></p>

Bà Tạ Thị Kim Oanh: Là nhân lực trẻ. Thợ giỏi phần lớn đã ngoài năm mươi. Lớp trẻ thích đi làm khu công nghiệp vì thu nhập ổn định. Chúng tôi đang thử trả lương theo tháng cho một nhóm thợ trẻ, kèm đào tạo thiết kế, để các em thấy nghề này có tương lai. Bên cạnh đó là chi phí logistics và yêu cầu ngày càng khắt khe về truy xuất nguồn gốc nguyên liệu.

<p><strong>PV: Bà có kiến nghị gì với cơ quan quản lý?</strong></p>

Bà Tạ Thị Kim Oanh: Tôi mong có chính sách hỗ trợ doanh nghiệp nhỏ tham gia hội chợ quốc tế, vì chi phí một gian hàng ở nước ngoài với chúng tôi là rất lớn. Ngoài ra, cần quy hoạch vùng nguyên liệu lục bình, cói, mây tre một cách bài bản để tránh tình trạng tranh mua, đẩy giá.

<p><strong>PV: Xin cảm ơn bà về cuộc trò chuyện!</strong></p>

<p style="text-align:right"><strong>Thu Trang (thực hiện)</strong></p>
"""

HN_BODY = """
Ngày 12/9, tại thành phố biển Hòa Khê, Hiệp hội Doanh nghiệp nhỏ và vừa các tỉnh duyên hải phối hợp với Trung tâm Xúc tiến Đầu tư - Thương mại tỉnh Hòa Khê tổ chức Hội nghị kết nối giao thương năm 2026, với sự tham gia của hơn 300 doanh nghiệp đến từ 9 tỉnh, thành phố.

Phát biểu khai mạc, ông Ninh Văn Thọ, Chủ tịch Hiệp hội, cho biết năm nay hội nghị tập trung vào ba nhóm ngành: chế biến thủy hải sản, hàng thủ công mỹ nghệ và dịch vụ du lịch. Mục tiêu là giúp doanh nghiệp nhỏ tìm được đối tác cung ứng ổn định, giảm phụ thuộc vào khâu trung gian.

Phóng viên Tạp chí Doanh Thương Phương Đông ghi nhận, khu vực trưng bày sản phẩm thu hút đông đảo khách tham quan. Nhiều gian hàng nước mắm, cá khô, mực một nắng đã có đơn đặt hàng ngay trong buổi sáng. Anh Phùng Minh Đạt, chủ một cơ sở chế biến hải sản, cho biết đã ký được hai hợp đồng cung ứng cho chuỗi nhà hàng tại Hà Nội với tổng giá trị gần 1,8 tỷ đồng.

Tại phiên thảo luận, nhiều doanh nghiệp nêu khó khăn về vốn, đặc biệt là thủ tục vay không có tài sản bảo đảm. Đại diện một số ngân hàng thương mại đã giới thiệu các gói tín dụng ưu đãi dành cho doanh nghiệp nhỏ và vừa, với lãi suất thấp hơn 1-1,5 điểm phần trăm so với mặt bằng chung.

Kết thúc hội nghị, đã có 46 biên bản ghi nhớ hợp tác được ký kết. Ban tổ chức cho biết sẽ duy trì nền tảng kết nối trực tuyến sau hội nghị để doanh nghiệp tiếp tục trao đổi.

<p style="text-align:right"><strong>Nhóm PV Doanh Thương Phương Đông</strong></p>
"""

TB_BODY = """
Nhằm đáp ứng yêu cầu phát triển, mở rộng mạng lưới thông tin tại các tỉnh, thành phố phía Nam, Tòa soạn Tạp chí Doanh Thương Phương Đông thông báo tuyển dụng phóng viên, cộng tác viên làm việc tại Văn phòng đại diện khu vực phía Nam như sau:

<h3>1. Vị trí tuyển dụng</h3>
<ul><li>Phóng viên thường trú tại TP. Hồ Chí Minh, tỉnh Hòa Khê và các tỉnh Tây Nam Bộ: 05 người.</li>
<li>Cộng tác viên viết bài mảng doanh nghiệp, đầu tư, bất động sản: không giới hạn số lượng.</li></ul>

<h3>2. Yêu cầu</h3>
<ul><li>Tốt nghiệp cao đẳng trở lên các chuyên ngành báo chí, kinh tế, luật hoặc tương đương.</li>
<li>Có kỹ năng viết tin, bài, phóng sự; ưu tiên người đã có kinh nghiệm tác nghiệp tại các cơ quan báo chí.</li>
<li>Có phương tiện đi lại, máy tính cá nhân, chủ động thời gian đi cơ sở.</li></ul>

<h3>3. Quyền lợi</h3>
<ul><li>Được Tòa soạn cấp giấy giới thiệu, thẻ cộng tác viên để tác nghiệp.</li>
<li>Hưởng nhuận bút theo quy chế của Tạp chí và thù lao khai thác quảng cáo, hợp tác truyền thông.</li>
<li>Được tham gia các lớp bồi dưỡng nghiệp vụ do Tòa soạn tổ chức.</li></ul>

<h3>4. Hồ sơ</h3>
Hồ sơ gồm đơn xin việc, sơ yếu lý lịch có xác nhận, bản sao văn bằng, 03 bài viết đã đăng (nếu có), gửi về Văn phòng đại diện khu vực phía Nam hoặc qua email toasoan@doanhthuongphuongdong.test trước ngày 30/9/2026.

<p style="text-align:right"><strong>TÒA SOẠN TẠP CHÍ DOANH THƯƠNG PHƯƠNG ĐÔNG</strong></p>
"""

LIST = [
    (A_PV, "Doanh nhân", "Doanh nhân Tạ Thị Kim Oanh: Làm hàng thủ công phải kể được câu chuyện",
     "Từ xưởng đan lục bình ở quê, bà Oanh đưa sản phẩm của hơn 400 lao động nông thôn tới 17 quốc gia.", "14/09/2026"),
    (A_HN, "Kinh tế địa phương", "Hội nghị kết nối giao thương các tỉnh duyên hải thu hút hơn 300 doanh nghiệp",
     "46 biên bản ghi nhớ hợp tác được ký kết; nhiều cơ sở chế biến hải sản có đơn hàng ngay trong ngày.", "13/09/2026"),
    (BASE + "/doanh-nghiep/2286-chuoi-ca-phe-nho-song-sot-the-nao-giua-cuoc-canh-tranh-gia-re.html", "Doanh nghiệp",
     "Chuỗi cà phê nhỏ sống sót thế nào giữa cuộc cạnh tranh giá rẻ?",
     "Tinh gọn thực đơn, chọn mặt bằng trong ngõ và bán thêm hạt rang là cách nhiều chủ quán lựa chọn.", "12/09/2026"),
    (BASE + "/goc-nhin/2284-thu-tuc-hanh-chinh-va-chi-phi-co-hoi-cua-doanh-nghiep-nho.html", "Góc nhìn",
     "Thủ tục hành chính và chi phí cơ hội của doanh nghiệp nhỏ",
     "Mỗi tháng chậm cấp phép là một tháng doanh nghiệp trả lãi và tiền thuê mặt bằng mà chưa có doanh thu.", "11/09/2026"),
    (BASE + "/phong-su-anh/2280-mua-lam-muoi-tren-dong-trang-ven-bien.html", "Phóng sự ảnh",
     "Phóng sự ảnh: Mùa làm muối trên đồng trắng ven biển", "Những diêm dân dậy từ ba giờ sáng cào muối trước khi nắng gắt.", "10/09/2026"),
    (A_TB, "Thông báo Tòa soạn", "Thông báo tuyển phóng viên, cộng tác viên khu vực phía Nam",
     "Tòa soạn tuyển 05 phóng viên thường trú và cộng tác viên mảng doanh nghiệp, đầu tư, bất động sản.", "05/09/2026"),
]

DN_LIST = [LIST[0],
           (BASE + "/doanh-nhan/2279-nguoi-dua-gao-huu-co-vao-sieu-thi-nhat.html", "Doanh nhân", "Người đưa gạo hữu cơ vào siêu thị Nhật",
            "Kỹ sư nông nghiệp Đào Văn Lộc và hành trình mười năm thuyết phục nông dân bỏ thuốc diệt cỏ.", "08/09/2026"),
           (BASE + "/doanh-nhan/2266-nu-giam-doc-9x-va-startup-tai-che-luoi-danh-ca.html", "Doanh nhân", "Nữ giám đốc 9X và startup tái chế lưới đánh cá",
            "Biến lưới cũ thành sợi nhựa in 3D, doanh nghiệp trẻ vừa gọi được vốn vòng hạt giống.", "31/08/2026"),
           (BASE + "/doanh-nhan/2253-doanh-nhan-cuu-chien-binh-giu-nghe-gom-lang-bai.html", "Doanh nhân", "Doanh nhân cựu chiến binh giữ nghề gốm làng Bãi",
            "Ở tuổi 70, ông vẫn mỗi sáng ra lò, tự tay kiểm tra từng mẻ gốm trước khi giao hàng.", "24/08/2026")]


def blog(items):
    out = []
    for href, cat, title, intro, date in items:
        out.append(f"""<div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<h2 itemprop="name"><a href="{href}" itemprop="url">{esc(title)}</a></h2>
<dl class="article-info"><dd class="category-name">{esc(cat)}</dd><dd class="published">{date}</dd></dl>
<p>{esc(intro)}</p><a class="readmore" href="{href}">Đọc tiếp...</a></div>""")
    return "\n".join(out)


def pages():
    home = f"""<div class="com-content-featured blog-featured">
<h2 class="section-title">Tin nổi bật</h2>
{blog(LIST)}
</div>"""
    yield Page(BASE + "/", layout("Tạp chí Doanh Thương Phương Đông - Diễn đàn của cộng đồng doanh nhân", home, BASE + "/", 101))
    sec = f"""<div class="com-content-category-blog blog"><h1>Doanh nhân</h1>
{blog(DN_LIST)}
<div class="com-content-category-blog__navigation"><ul class="pagination"><li class="active"><span>1</span></li><li><a href="{SEC}?start=10">2</a></li></ul></div>
</div>"""
    yield Page(SEC, layout("Doanh nhân - Tạp chí Doanh Thương Phương Đông", sec, SEC, 103))
    yield Page(A_PV, item_page(A_PV, 103, "Doanh nhân", "Doanh nhân Tạ Thị Kim Oanh: Làm hàng thủ công phải kể được câu chuyện",
                               "Mỗi sản phẩm mang tên người thợ và làng nghề, giá bán cao hơn mà khách vẫn sẵn lòng: đó là cách doanh nghiệp của bà Tạ Thị Kim Oanh giữ chân khách hàng quốc tế.",
                               "Thu Trang", "2026-09-14T08:00:00+07:00", "14/09/2026 08:00", 1873, paras(PV_BODY)))
    yield Page(A_HN, item_page(A_HN, 105, "Kinh tế địa phương", "Hội nghị kết nối giao thương các tỉnh duyên hải thu hút hơn 300 doanh nghiệp",
                               "Hội nghị tập trung vào chế biến thủy hải sản, thủ công mỹ nghệ và dịch vụ du lịch; 46 biên bản ghi nhớ hợp tác đã được ký kết.",
                               "Nhóm PV", "2026-09-13T10:30:00+07:00", "13/09/2026 10:30", 964, paras(HN_BODY)))
    yield Page(A_TB, item_page(A_TB, 109, "Thông báo Tòa soạn", "Thông báo tuyển phóng viên, cộng tác viên khu vực phía Nam",
                               "Tòa soạn Tạp chí Doanh Thương Phương Đông thông báo tuyển phóng viên thường trú và cộng tác viên tại Văn phòng đại diện khu vực phía Nam.",
                               "Tòa soạn", "2026-09-05T09:00:00+07:00", "05/09/2026 09:00", 3410, paras(TB_BODY)))
