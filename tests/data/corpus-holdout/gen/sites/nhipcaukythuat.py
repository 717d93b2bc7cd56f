"""nhipcaukythuat.test: licensed e-magazine of an (invented) engineering association.
Modern custom CMS: NewsArticle JSON-LD with NewsMediaOrganization, og:type article,
author jobTitle, an interview with PV: turns, reporter site visit, comment box."""
from common import Page, esc, jsonld, paras

SITE = {
    "site": "nhipcaukythuat.test",
    "class": "press-like",
    "kind": "e-magazine",
    "licence_number": "317/GP-BTTTT",
    "licence_kind": "e-magazine",
    "issuer": "Bộ Thông tin và Truyền thông",
    "notes": ("Licensed e-magazine (tạp chí điện tử) of an engineering association; narrow technical menu (no Thời sự/Pháp luật), "
              "but self-produced interviews with 'PV:' turns, a reporter's site visit, NewsArticle JSON-LD with "
              "NewsMediaOrganization and author jobTitle 'Phóng viên', Tòa soạn/Tổng biên tập in the footer; licence date "
              "written 'ngày 9 tháng 11 năm 2023'."),
}

BASE = "https://nhipcaukythuat.test"
SEC = BASE + "/phong-van"
A_PV = BASE + "/phong-van/bao-tri-cau-cu-can-chuyen-tu-sua-khi-hong-sang-phong-ngua-theo-du-lieu-d20931.html"
A_CT = BASE + "/ha-tang-giao-thong/cao-toc-qua-vung-dat-yeu-bai-toan-lun-keo-dai-va-lua-chon-cong-nghe-d20925.html"
A_DT = BASE + "/cong-nghe-vat-lieu/lay-y-kien-du-thao-huong-dan-quan-trac-cau-bang-cam-bien-d20918.html"

MENU = [("/thoi-su-nganh", "Thời sự ngành"), ("/ha-tang-giao-thong", "Hạ tầng giao thông"), ("/do-thi", "Đô thị"),
        ("/cong-nghe-vat-lieu", "Công nghệ - Vật liệu"), ("/chuyen-doi-so", "Chuyển đổi số"),
        ("/doanh-nghiep", "Doanh nghiệp"), ("/phong-van", "Phỏng vấn"), ("/dien-dan", "Diễn đàn"),
        ("/emagazine", "Emagazine")]

CSS = """
:root{--brand:#0b4f8a;--ink:#1b1f24;--muted:#6b7480}
*{box-sizing:border-box}body{margin:0;font-family:"Roboto",system-ui,sans-serif;color:var(--ink)}
.container{max-width:1160px;margin:0 auto;padding:0 16px}
.site-header{border-bottom:3px solid var(--brand)}
.site-header .top{display:flex;justify-content:space-between;align-items:center;padding:10px 0}
.logo img{height:58px}.main-nav ul{display:flex;gap:18px;list-style:none;margin:0;padding:10px 0}
.main-nav a{color:var(--ink);font-weight:500;text-decoration:none}
.article-title{font-family:"Merriweather",Georgia,serif;font-size:34px;line-height:1.25}
.article-sapo{font-weight:700;font-size:18px}.article-body p{font-size:18px;line-height:1.7}
.article-body .qa-q{font-weight:700}.meta{color:var(--muted);font-size:14px}
.card{display:grid;grid-template-columns:240px 1fr;gap:16px;padding:14px 0;border-bottom:1px solid #e5e7eb}
.card h3{margin:0 0 6px;font-size:20px}.site-footer{background:#0d2238;color:#c9d3de;margin-top:40px;padding:28px 0;font-size:14px}
.site-footer a{color:#fff}.comments textarea{width:100%;min-height:90px}
"""

ORG = {"@type": "NewsMediaOrganization", "name": "Tạp chí điện tử Nhịp Cầu Kỹ Thuật", "url": BASE + "/",
       "logo": {"@type": "ImageObject", "url": BASE + "/static/img/logo-ncKT.png", "width": 600, "height": 120}}


def layout(title, content, head_extra="", og_type="website", url=BASE + "/", desc=""):
    nav = "\n".join('<li><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in MENU)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc or title)}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Nhịp Cầu Kỹ Thuật">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{BASE}/static/img/og-default.jpg">
<link rel="alternate" type="application/rss+xml" title="Nhịp Cầu Kỹ Thuật - Tin mới" href="{BASE}/rss/tin-moi.rss">
{head_extra}
<style>{CSS}</style>
</head>
<body>
<header class="site-header">
<div class="container top">
<a class="logo" href="/"><img src="/static/img/logo-ncKT.svg" alt="Tạp chí Nhịp Cầu Kỹ Thuật"></a>
<div class="header-tools"><span class="today">Thứ Ba, 15/09/2026</span> · <a href="/gioi-thieu">Giới thiệu</a> · <a href="/lien-he-toa-soan">Liên hệ Tòa soạn</a> · <a href="/dang-ky-bao-in">Đặt mua tạp chí in</a></div>
</div>
<nav class="main-nav container" aria-label="Chuyên mục"><ul>
{nav}
</ul></nav>
</header>
<main class="container">
{content}
</main>
<footer class="site-footer">
<div class="container">
<p><strong>TẠP CHÍ ĐIỆN TỬ NHỊP CẦU KỸ THUẬT</strong> - Cơ quan của Hội Kỹ thuật Hạ tầng Việt Nam</p>
<p>Giấy phép hoạt động tạp chí điện tử số 317/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 9 tháng 11 năm 2023.</p>
<p>Tổng Biên tập: TS. Trịnh Minh Quân · Phó Tổng Biên tập: ThS. Phạm Thị Ngọc Lan</p>
<p>Tòa soạn: Tầng 5, số 18 phố Nguyễn Công Trứ, phường Hai Bà Trưng, Hà Nội · ĐT: 024.3971.5820 · Email: <a href="mailto:toasoan@nhipcaukythuat.test">toasoan@nhipcaukythuat.test</a></p>
<p>Văn phòng đại diện phía Nam: 112 đường Võ Văn Tần, phường Xuân Hòa, TP. Hồ Chí Minh</p>
<p>© Bản quyền thuộc về Tạp chí Nhịp Cầu Kỹ Thuật. Không sao chép khi chưa có sự đồng ý bằng văn bản của Tòa soạn.</p>
</div>
</footer>
<script src="/static/js/app.4f1c2a.js" defer></script>
</body>
</html>
"""


def article_page(url, section, title, sapo, author, job, published, modified, body, keywords):
    ld = jsonld({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": title, "description": sapo, "articleSection": section,
        "image": [BASE + "/uploads/2026/09/" + url.rsplit("-d", 1)[1].replace(".html", "") + "-cover.jpg"],
        "datePublished": published, "dateModified": modified,
        "author": [{"@type": "Person", "name": author, "jobTitle": job}],
        "publisher": ORG, "keywords": keywords, "inLanguage": "vi"})
    head = ld + f"""
<meta property="article:section" content="{esc(section)}">
<meta property="article:published_time" content="{published}">
<meta property="article:author" content="{esc(author)}">"""
    content = f"""<article class="article-detail">
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="#">{esc(section)}</a></div>
<h1 class="article-title">{esc(title)}</h1>
<div class="meta"><span class="author">{esc(author)}</span> · <time datetime="{published}">{published[8:10]}/{published[5:7]}/{published[0:4]} {published[11:16]}</time></div>
<p class="article-sapo">{esc(sapo)}</p>
<div class="article-body">
{body}
</div>
<div class="tags">Từ khóa: {" ".join('<a href="/tag/%s">%s</a>' % (esc(k.replace(" ", "-").lower()), esc(k)) for k in keywords)}</div>
<section class="comments">
<h3>Ý kiến bạn đọc</h3>
<form action="/binh-luan/gui" method="post"><textarea name="noi_dung" placeholder="Ý kiến của bạn sẽ được Ban Biên tập xem xét trước khi đăng"></textarea>
<input name="ho_ten" placeholder="Họ tên"> <input name="email" placeholder="Email"> <button type="submit">Gửi ý kiến</button></form>
</section>
</article>"""
    return layout(title + " | Nhịp Cầu Kỹ Thuật", content, head, "article", url, sapo)


PV_BODY = """
<p><em>Nhiều cây cầu trên các tuyến quốc lộ và đường tỉnh được xây dựng từ những năm 1990 đang bước vào giai đoạn cần sửa chữa lớn. Nhịp Cầu Kỹ Thuật đã có cuộc trao đổi với PGS.TS Vương Hải Đăng, chuyên gia về kết cấu cầu, về cách tiếp cận mới trong công tác bảo trì.</em></p>

<p class="qa-q">PV: Thưa ông, thực trạng các cầu cũ hiện nay đáng lo ngại đến mức nào?</p>

PGS.TS Vương Hải Đăng: Cần nói rõ là phần lớn các cầu vẫn khai thác an toàn. Tuy nhiên, một số lượng không nhỏ cầu dầm bê tông cốt thép thường và dầm dự ứng lực nhịp nhỏ đã có biểu hiện suy giảm: nứt dọc đáy dầm, rỉ cốt thép ở vùng chịu ảnh hưởng của nước mặn, gối cầu bị lão hóa, khe co giãn hư hỏng. Những hư hỏng ấy nếu phát hiện sớm thì chi phí xử lý chỉ bằng một phần nhỏ so với khi phải thay dầm.

<p class="qa-q">PV: Vậy vì sao việc phát hiện sớm vẫn còn khó khăn?</p>

PGS.TS Vương Hải Đăng: Lý do chính là chúng ta vẫn bảo trì theo kiểu định kỳ và theo sự vụ. Kiểm tra thường xuyên chủ yếu bằng mắt, ghi chép trên giấy, còn kiểm định chuyên sâu thì vài năm mới làm một lần, có khi chỉ làm khi đã thấy hư hỏng rõ. Dữ liệu của các lần kiểm tra lại nằm rải rác ở nhiều đơn vị, rất khó so sánh để thấy xu hướng xuống cấp của từng bộ phận.

<p class="qa-q">PV: Ông đề xuất chuyển sang bảo trì phòng ngừa dựa trên dữ liệu. Cụ thể điều đó nghĩa là gì?</p>

PGS.TS Vương Hải Đăng: Nghĩa là mỗi cây cầu cần có một hồ sơ số, trong đó mọi kết quả kiểm tra, đo đạc, sửa chữa được ghi nhận theo cùng một chuẩn. Với các cầu quan trọng, có thể lắp thêm cảm biến đo biến dạng, độ võng, nhiệt độ, gia tốc dao động. Khi dữ liệu tích lũy đủ dài, ta xây dựng được đường cong suy giảm của từng cấu kiện và biết trước khoảng thời gian cần can thiệp. Tiền bảo trì khi đó được phân bổ theo rủi ro, chứ không chia đều.

<p class="qa-q">PV: Chi phí lắp đặt hệ thống quan trắc có phải là rào cản?</p>

PGS.TS Vương Hải Đăng: Mười năm trước thì đúng là đắt. Hiện nay giá cảm biến và thiết bị truyền dữ liệu đã giảm mạnh, nhiều sản phẩm do doanh nghiệp trong nước chế tạo. Rào cản lớn hơn nằm ở con người và quy trình: ai đọc dữ liệu, ai chịu trách nhiệm ra quyết định khi có cảnh báo. Nếu không có quy trình đó, hệ thống quan trắc chỉ là một khoản đầu tư nằm im.

<p class="qa-q">PV: Theo ông, cần bắt đầu từ đâu?</p>

PGS.TS Vương Hải Đăng: Tôi nghĩ nên chọn một số tuyến thí điểm, thống nhất bộ mã hư hỏng và mẫu báo cáo số, đào tạo lại đội ngũ kiểm tra. Song song, cần sửa quy định về định mức để chi phí quan trắc, phân tích dữ liệu được tính vào chi phí bảo trì hợp lệ. Làm được như vậy, trong vòng 5 năm chúng ta sẽ có một bức tranh khá đầy đủ về sức khỏe của hệ thống cầu.

<p class="qa-q">PV: Xin cảm ơn ông!</p>

<p style="text-align:right"><strong>Khánh Linh (thực hiện)</strong></p>
"""

CT_BODY = """
Gần hai năm sau khi thông xe, một số đoạn trên tuyến cao tốc Hòa Khê - Vân Lĩnh qua vùng trũng ven sông Liêng vẫn phải thường xuyên bù lún, thảm lại mặt đường. Câu chuyện không mới, nhưng đặt ra yêu cầu phải tính toán lại cách xử lý nền đất yếu ngay từ khâu thiết kế.

<h2>Những vệt lún ở cuối mố cầu</h2>

Có mặt trên đoạn tuyến qua xã Lạc Điền vào một buổi sáng cuối tháng 8, phóng viên Nhịp Cầu Kỹ Thuật ghi nhận tại vị trí tiếp giáp giữa đường đầu cầu và mố cầu vượt kênh Lạc Điền, mặt đường đã được thảm bù ít nhất hai lớp, vệt nối giữa các lớp vẫn còn khá rõ. Theo đại diện đơn vị quản lý khai thác tuyến, độ lún dư tại một số vị trí sau hai năm đã vượt 20 cm, cao hơn dự báo trong hồ sơ thiết kế.

Kỹ sư Đoàn Minh Trí, người tham gia giám sát thi công đoạn tuyến, cho biết lớp bùn sét ở khu vực này dày tới 28 m, có chỗ xen kẹp các thấu kính than bùn mà khảo sát ban đầu chưa phát hiện hết. Thời gian gia tải trước bị rút ngắn để kịp tiến độ, nên quá trình cố kết chưa hoàn tất khi tuyến đưa vào khai thác.

<h2>Chọn công nghệ: nhanh, rẻ hay chắc chắn?</h2>

Các giải pháp xử lý nền phổ biến hiện nay gồm bấc thấm kết hợp gia tải, cọc cát, cọc xi măng đất, hút chân không, và sàn giảm tải trên cọc. Mỗi giải pháp có ưu, nhược điểm riêng về chi phí và thời gian. Bấc thấm rẻ nhưng cần thời gian chờ lún dài; cọc xi măng đất và sàn giảm tải kiểm soát lún tốt hơn nhưng chi phí có thể gấp ba, bốn lần.

Theo TS. Lại Thế Vinh, giảng viên bộ môn Địa kỹ thuật, một cách tiếp cận hợp lý là phân đoạn tuyến theo mức độ rủi ro: dùng giải pháp chi phí thấp cho đoạn nền đồng nhất, xa công trình; còn khu vực chuyển tiếp đường - cầu, cống chui dân sinh thì dùng giải pháp kiểm soát lún chặt chẽ. "Chi phí bù lún, thảm lại mặt đường và thiệt hại do hạn chế tốc độ trong nhiều năm khai thác phải được tính vào bài toán so sánh phương án ngay từ đầu", ông nói.

<h2>Quan trắc để điều chỉnh kịp thời</h2>

Một điểm được nhiều chuyên gia nhấn mạnh là quan trắc lún phải đi cùng dự án suốt giai đoạn thi công và vài năm đầu khai thác. Dữ liệu bàn đo lún, mốc đo chuyển vị ngang và áp lực nước lỗ rỗng cho phép đánh giá độ cố kết thực tế, từ đó quyết định thời điểm dỡ tải, thi công kết cấu áo đường.

Đại diện Ban quản lý dự án cho biết trong đợt sửa chữa năm 2027, đơn vị sẽ thử nghiệm bơm vữa nhẹ và thay lớp đắp bằng vật liệu nhẹ tại 6 vị trí chuyển tiếp có độ lún lớn nhất, đồng thời lắp đặt hệ thống quan trắc tự động để theo dõi hiệu quả.

<p style="text-align:right"><strong>Trần Bảo Ngọc</strong></p>
"""

DT_BODY = """
Bộ Xây dựng vừa đăng tải dự thảo hướng dẫn kỹ thuật về quan trắc kết cấu cầu bằng hệ thống cảm biến để lấy ý kiến các cơ quan, tổ chức, cá nhân trong thời hạn 60 ngày.

Theo dự thảo, các cầu có chiều dài nhịp chính từ 150 m trở lên, cầu dây văng, cầu treo và các cầu có kết cấu đặc biệt phải được lắp đặt hệ thống quan trắc kết cấu ngay từ giai đoạn xây dựng. Với cầu đang khai thác, chủ sở hữu hoặc đơn vị quản lý căn cứ kết quả kiểm định để quyết định việc lắp bổ sung.

Dự thảo quy định các nhóm thông số tối thiểu cần theo dõi gồm: biến dạng tại các mặt cắt bất lợi, chuyển vị và độ võng, nhiệt độ kết cấu, gia tốc dao động, lực căng cáp đối với cầu dây; tần suất thu thập và cách lưu trữ dữ liệu cũng được hướng dẫn cụ thể. Dữ liệu phải được lưu tối thiểu trong suốt thời hạn sử dụng công trình và có thể kết nối với cơ sở dữ liệu kết cấu hạ tầng giao thông.

Một nội dung đáng chú ý là yêu cầu xác lập các ngưỡng cảnh báo theo ba cấp và quy trình xử lý tương ứng, trong đó nêu rõ trách nhiệm của đơn vị quản lý khi thông số vượt ngưỡng.

Trao đổi với Nhịp Cầu Kỹ Thuật, nhiều doanh nghiệp tư vấn đánh giá việc có hướng dẫn thống nhất sẽ giúp tránh tình trạng mỗi dự án lắp một kiểu thiết bị, dữ liệu không thể chia sẻ. Tuy vậy, cần có thêm hướng dẫn về định mức chi phí để chủ đầu tư có cơ sở bố trí vốn.

<p style="text-align:right"><strong>Hà Phương</strong></p>
"""

CARDS = [
    (A_PV, "Phỏng vấn", "PGS.TS Vương Hải Đăng: Bảo trì cầu cũ cần chuyển từ sửa khi hỏng sang phòng ngừa theo dữ liệu",
     "Nhiều cây cầu xây dựng từ những năm 1990 đang bước vào giai đoạn cần sửa chữa lớn; chuyên gia đề xuất hồ sơ số cho từng công trình.", "14/09/2026"),
    (A_CT, "Hạ tầng giao thông", "Cao tốc qua vùng đất yếu: Bài toán lún kéo dài và lựa chọn công nghệ",
     "Gần hai năm sau khi thông xe, một số đoạn ven sông Liêng vẫn phải bù lún thường xuyên.", "13/09/2026"),
    (A_DT, "Công nghệ - Vật liệu", "Lấy ý kiến dự thảo hướng dẫn quan trắc cầu bằng cảm biến",
     "Cầu nhịp chính từ 150 m trở lên phải có hệ thống quan trắc ngay từ giai đoạn xây dựng.", "12/09/2026"),
    (BASE + "/do-thi/thanh-pho-ven-song-va-bai-hoc-thoat-nuoc-do-thi-d20911.html", "Đô thị",
     "Thành phố ven sông và bài học thoát nước đô thị", "Mưa cực đoan buộc các đô thị phải coi hồ điều hòa, không gian xanh là hạ tầng thoát nước.", "11/09/2026"),
    (BASE + "/chuyen-doi-so/mo-hinh-bim-cho-du-an-giao-thong-von-ngan-sach-sau-ba-nam-thi-diem-d20904.html", "Chuyển đổi số",
     "Mô hình BIM cho dự án giao thông vốn ngân sách sau ba năm thí điểm", "Thiếu nhân lực và thư viện đối tượng dùng chung là hai điểm nghẽn lớn nhất.", "10/09/2026"),
    (BASE + "/doanh-nghiep/nha-thau-noi-va-cuoc-dua-thiet-bi-thi-cong-cau-nhip-lon-d20898.html", "Doanh nghiệp",
     "Nhà thầu nội và cuộc đua thiết bị thi công cầu nhịp lớn", "Xe đúc hẫng, hệ đà giáo di động tự chế tạo giúp giảm đáng kể chi phí thuê ngoài.", "09/09/2026"),
]

PV_CARDS = [CARDS[0],
            (BASE + "/phong-van/ky-su-tre-can-gi-de-lam-chu-cong-nghe-thi-cong-ham-d20877.html", "Phỏng vấn",
             "Kỹ sư trẻ cần gì để làm chủ công nghệ thi công hầm?", "Trò chuyện với một trưởng ca máy khoan hầm về nghề và những ca làm việc dưới lòng đất.", "06/09/2026"),
            (BASE + "/phong-van/vat-lieu-tai-che-trong-ket-cau-ao-duong-dung-so-nhung-dung-de-dai-d20851.html", "Phỏng vấn",
             "Vật liệu tái chế trong kết cấu áo đường: đừng sợ, nhưng đừng dễ dãi", "Chuyên gia vật liệu chỉ ra những điều kiện để tái chế bê tông nhựa đạt chất lượng.", "01/09/2026"),
            (BASE + "/phong-van/quy-hoach-ga-dau-moi-can-nhin-xa-hon-mot-nhiem-ky-d20820.html", "Phỏng vấn",
             "Quy hoạch ga đầu mối cần nhìn xa hơn một nhiệm kỳ", "Không gian quanh ga đường sắt là cơ hội phát triển đô thị nếu được giữ đất từ sớm.", "27/08/2026"),
            (BASE + "/phong-van/nu-ky-su-tren-cong-truong-cau-dinh-ngan-d20799.html", "Phỏng vấn",
             "Nữ kỹ sư trên công trường cầu Đỉnh Ngàn", "Mười hai năm theo các công trường vùng cao và những mùa mưa không về nhà.", "22/08/2026")]


def cards(items):
    out = []
    for href, sec, title, sapo, date in items:
        out.append(f"""<div class="card"><a href="{href}"><img src="/uploads/thumbs/{href.rsplit('-d', 1)[1].replace('.html', '')}.jpg" alt="" width="240" height="150"></a>
<div><span class="cat">{esc(sec)}</span><h3><a href="{href}">{esc(title)}</a></h3><p>{esc(sapo)}</p><span class="meta">{date}</span></div></div>""")
    return "\n".join(out)


def pages():
    ld = jsonld({"@context": "https://schema.org", **ORG, "sameAs": ["https://facebook.example/nhipcaukythuat"]})
    home = f"""<section class="hero"><h2 class="block-title">Tiêu điểm</h2>
{cards(CARDS[:2])}
</section>
<section><h2 class="block-title">Mới cập nhật</h2>
{cards(CARDS[2:])}
</section>
<section class="magazine"><h2 class="block-title">Tạp chí in số 9/2026</h2><p>Số chuyên đề “Bảo trì hạ tầng trong điều kiện khí hậu cực đoan” phát hành ngày 05/09/2026. <a href="/dang-ky-bao-in">Đặt mua</a></p></section>"""
    yield Page(BASE + "/", layout("Nhịp Cầu Kỹ Thuật - Tạp chí điện tử về hạ tầng và công nghệ xây dựng", home, ld,
                                   desc="Tạp chí điện tử Nhịp Cầu Kỹ Thuật - thông tin chuyên sâu về hạ tầng giao thông, đô thị, công nghệ xây dựng."))
    sec = f"""<h1 class="block-title">Phỏng vấn</h1>
{cards(PV_CARDS)}
<nav class="pagination"><a class="current">1</a> <a href="/phong-van/trang-2">2</a> <a href="/phong-van/trang-3">3</a></nav>"""
    yield Page(SEC, layout("Phỏng vấn | Nhịp Cầu Kỹ Thuật", sec, url=SEC))
    yield Page(A_PV, article_page(A_PV, "Phỏng vấn",
                                  "PGS.TS Vương Hải Đăng: Bảo trì cầu cũ cần chuyển từ sửa khi hỏng sang phòng ngừa theo dữ liệu",
                                  "Hồ sơ số cho từng cây cầu, cảm biến cho công trình quan trọng và quy trình xử lý cảnh báo rõ ràng là ba việc cần làm để bảo trì cầu hiệu quả hơn.",
                                  "Khánh Linh", "Phóng viên", "2026-09-14T07:30:00+07:00", "2026-09-14T09:12:00+07:00",
                                  paras(PV_BODY), ["bảo trì cầu", "quan trắc kết cấu", "hạ tầng giao thông"]))
    yield Page(A_CT, article_page(A_CT, "Hạ tầng giao thông",
                                  "Cao tốc qua vùng đất yếu: Bài toán lún kéo dài và lựa chọn công nghệ",
                                  "Độ lún dư vượt dự báo tại các vị trí chuyển tiếp đường - cầu cho thấy cần tính cả chi phí khai thác khi chọn giải pháp xử lý nền đất yếu.",
                                  "Trần Bảo Ngọc", "Phóng viên", "2026-09-13T06:00:00+07:00", "2026-09-13T06:00:00+07:00",
                                  paras(CT_BODY), ["nền đất yếu", "cao tốc", "quan trắc lún"]))
    yield Page(A_DT, article_page(A_DT, "Công nghệ - Vật liệu",
                                  "Lấy ý kiến dự thảo hướng dẫn quan trắc cầu bằng cảm biến",
                                  "Dự thảo yêu cầu cầu có nhịp chính từ 150 m trở lên, cầu dây văng, cầu treo phải lắp đặt hệ thống quan trắc kết cấu ngay từ giai đoạn xây dựng.",
                                  "Hà Phương", "Biên tập viên", "2026-09-12T15:20:00+07:00", "2026-09-12T16:02:00+07:00",
                                  paras(DT_BODY), ["quan trắc", "tiêu chuẩn kỹ thuật", "cầu"]))
