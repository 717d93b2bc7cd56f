"""Cổng thông tin điện tử tỉnh Bình Lâm: a provincial government portal (Liferay-like).
Has 'Tin tức - Sự kiện', a 'Ban Biên tập', bylines and items reposted from the provincial paper."""
from common import esc, css_noise, vn_date, dt

H = "binhlam.gov.vn.test"
SITE = {
    "content_type": "text/html;charset=UTF-8",
    "host": H, "name": "Cổng thông tin điện tử tỉnh Bình Lâm", "prefix": "gov",
    "class": "other", "kind": "government",
    "licence_number": "35/GP-TTĐT", "licence_kind": "giw",
    "issuer": "Cục Phát thanh, truyền hình và Thông tin điện tử",
    "notes": "Government portal (.gov.vn-style name): Tin tức - Sự kiện with Kinh tế/Văn hóa - Xã hội/Quốc phòng - An ninh sub-sections, Văn bản chỉ đạo điều hành, Thủ tục hành chính; footer 'Cơ quan chủ quản: Uỷ ban nhân dân tỉnh', Ban Biên tập, a GP-TTĐT licence and 'Ghi rõ nguồn' line; bylines of portal staff and items reposted from Báo Bình Lâm. Exempt/state site, not báo hóa. Old tone placement (Uỷ ban, hoà) throughout.",
}

MENU = [("Giới thiệu", "/web/guest/gioi-thieu"), ("Tin tức - Sự kiện", "/web/guest/tin-tuc-su-kien"), ("Chính quyền", "/web/guest/chinh-quyen"),
        ("Văn bản chỉ đạo điều hành", "/web/guest/van-ban-chi-dao-dieu-hanh"), ("Thủ tục hành chính", "https://dichvucong.binhlam.gov.vn.test/"),
        ("Thông tin tuyên truyền", "/web/guest/thong-tin-tuyen-truyen"), ("Hỏi đáp", "/web/guest/hoi-dap"), ("Liên hệ", "/web/guest/lien-he")]

NEWS = [
    ("chu-tich-ubnd-tinh-lam-viec-voi-cac-so-nganh-ve-giai-ngan-von-dau-tu-cong", "Chủ tịch UBND tỉnh làm việc với các sở, ngành về giải ngân vốn đầu tư công", "2026-06-11 16:40",
     "Chiều 11/6, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp với các sở, ngành, chủ đầu tư về tiến độ giải ngân vốn đầu tư công năm 2026.", "Tin hoạt động lãnh đạo"),
    ("khai-mac-ky-hop-thu-10-hdnd-tinh-khoa-xi", "Khai mạc Kỳ họp thứ 10, HĐND tỉnh khóa XI", "2026-06-11 10:15", "Kỳ họp xem xét, quyết định nhiều nội dung quan trọng về kinh tế - xã hội.", "Tin hoạt động lãnh đạo"),
    ("trien-khai-ke-hoach-phong-chong-thien-tai-mua-mua-bao-2026", "Triển khai kế hoạch phòng, chống thiên tai mùa mưa bão năm 2026", "2026-06-10 15:00", "", "Quốc phòng - An ninh"),
    ("tinh-binh-lam-thu-hut-14-du-an-dau-tu-moi-trong-5-thang", "Tỉnh Bình Lâm thu hút 14 dự án đầu tư mới trong 5 tháng", "2026-06-09 17:00", "", "Kinh tế"),
    ("hoi-thi-tieng-hat-dong-bao-cac-dan-toc-thieu-so-lan-thu-vii", "Hội thi tiếng hát đồng bào các dân tộc thiểu số lần thứ VII", "2026-06-08 21:00", "", "Văn hóa - Xã hội"),
    ("cong-bo-quyet-dinh-thanh-lap-trung-tam-phuc-vu-hanh-chinh-cong", "Công bố quyết định thành lập Trung tâm Phục vụ hành chính công tỉnh", "2026-06-05 09:30", "", "Tin hoạt động lãnh đạo"),
    ("hoa-giai-thanh-co-so-nam-2026-dat-92", "Công tác hoà giải ở cơ sở 5 tháng đầu năm đạt tỷ lệ thành 92%", "2026-06-04 14:00", "", "Văn hóa - Xã hội"),
]
DOCS = [("1245/QĐ-UBND", "10/06/2026", "Quyết định", "Về việc ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026"),
        ("3310/UBND-KT", "09/06/2026", "Công văn", "Về việc đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2026"),
        ("87/KH-UBND", "05/06/2026", "Kế hoạch", "Triển khai thực hiện Chương trình chuyển đổi số tỉnh Bình Lâm năm 2026"),
        ("15/CT-UBND", "02/06/2026", "Chỉ thị", "Về tăng cường công tác phòng, chống dịch sốt xuất huyết trên địa bàn tỉnh"),
        ("1198/QĐ-UBND", "30/05/2026", "Quyết định", "Công bố danh mục thủ tục hành chính được chuẩn hóa thuộc thẩm quyền giải quyết của Sở Văn hóa, Thể thao và Du lịch"),
        ("3187/UBND-VX", "28/05/2026", "Công văn", "Về việc tổ chức kỳ thi tốt nghiệp THPT năm 2026 an toàn, nghiêm túc")]


def _shell(title, key, main):
    nav = "".join(f'<li class="{"selected " if key.startswith(p) and p != "/" else ""}lfr-nav-item"><a href="{p}"><span>{esc(l)}</span></a></li>' for l, p in MENU)
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<meta name="description" content="Cổng thông tin điện tử tỉnh Bình Lâm">
<link href="/o/binhlam-theme/images/favicon.ico" rel="icon">
<link class="lfr-css-file" href="/o/binhlam-theme/css/main.css?browserId=other&amp;themeId=binhlamtheme_WAR_binhlamtheme&amp;languageId=vi_VN&amp;b=7310" rel="stylesheet" type="text/css">
<style>{css_noise(key, "portlet", 60)}</style>
<script>var themeDisplay={{getLayoutId:function(){{return "12"}},getLanguageId:function(){{return "vi_VN"}},getPathContext:function(){{return ""}},getScopeGroupId:function(){{return "20121"}},isSignedIn:function(){{return false}}}};var Liferay={{authToken:"Xk2sP0aa",currentURL:"{key}"}};</script>
</head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div class="banner-top"><span class="date">{vn_date(dt("2026-06-12 08:30"), "wd_dmy")}</span> <a href="/web/guest/so-do-cong">Sơ đồ cổng</a> | <a href="/c/portal/login">Đăng nhập</a> | <a href="/en">English</a></div>
<div class="banner-logo"><a href="/" title="Cổng thông tin điện tử tỉnh Bình Lâm"><img src="/o/binhlam-theme/images/quoc-huy.png" alt="Quốc huy" height="80"><span class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ<br><b>TỈNH BÌNH LÂM</b></span></a></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar"><li class="lfr-nav-item"><a href="/"><span>Trang chủ</span></a></li>{nav}</ul></nav></header>
<div id="content">{main}</div>
<footer id="footer" role="contentinfo"><div class="footer-info">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH LÂM</b></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Lâm</p>
<p>Cơ quan thường trực: Văn phòng Ủy ban nhân dân tỉnh - Trưởng Ban Biên tập: Ông Nguyễn Văn Hoà, Chánh Văn phòng UBND tỉnh</p>
<p>Giấy phép số 35/GP-TTĐT do Cục Phát thanh, truyền hình và Thông tin điện tử cấp ngày 12/4/2021</p>
<p>Địa chỉ: Số 1 Quảng trường 10 Tháng 3, phường Lâm Viên, tỉnh Bình Lâm. Điện thoại: 0263.3822.000. Email: congthongtin@binhlam.gov.vn.test</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Bình Lâm" khi phát hành lại thông tin từ Cổng này.</p>
</div><div class="footer-badge"><a href="https://tinnhiemmang.example/danh-ba-tin-nhiem/binhlam-gov" target="_blank"><img src="/o/binhlam-theme/images/tin-nhiem-mang.png" alt="Chung nhan Tin Nhiem Mang"></a></div></footer>
</div>
<script src="/o/frontend-js-web/liferay/global.bundle.js?browserId=other&amp;languageId=vi_VN&amp;b=7310"></script>
</body>
</html>
"""


def _asset(n, full=False):
    slug, t, d, s, cat = n
    return f"""<div class="asset-abstract"><div class="asset-image"><a href="/web/guest/tin-tuc-su-kien/-/asset_publisher/Ntr8YbQk2LwE/content/{slug}"><img src="/documents/20121/0/{slug[:24]}.jpg" alt=""></a></div>
<h3 class="asset-title"><a href="/web/guest/tin-tuc-su-kien/-/asset_publisher/Ntr8YbQk2LwE/content/{slug}">{esc(t)}</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{vn_date(dt(d), "dmy_hm")}</span> <span class="metadata-entry metadata-categories">{esc(cat)}</span></div>
{f'<div class="asset-summary">{esc(s)}</div>' if s else ""}</div>"""


def render(site, page):
    k = page["kind"]
    if k == "home":
        main = f"""<div class="columns-2-1"><div class="portlet-column portlet-column-first"><section class="portlet" id="portlet_hot"><div class="portlet-title">TIN TỨC - SỰ KIỆN</div>
<div class="portlet-content">{"".join(_asset(n) for n in NEWS[:5])}</div></section>
<section class="portlet"><div class="portlet-title">VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH</div><div class="portlet-content"><ul>{"".join(f'<li><a href="/web/guest/van-ban-chi-dao-dieu-hanh/-/vbpq/{d[0].replace("/", "-")}">{d[0]}</a> - {esc(d[3])}</li>' for d in DOCS[:4])}</ul></div></section></div>
<div class="portlet-column portlet-column-last"><section class="portlet"><div class="portlet-title">DỊCH VỤ CÔNG TRỰC TUYẾN</div><div class="portlet-content"><a href="https://dichvucong.binhlam.gov.vn.test/">Nộp hồ sơ trực tuyến</a><br><a href="https://dichvucong.binhlam.gov.vn.test/tra-cuu">Tra cứu hồ sơ</a></div></section>
<section class="portlet"><div class="portlet-title">THÔNG TIN CẦN BIẾT</div><div class="portlet-content"><ul><li><a href="/web/guest/lich-cong-tac">Lịch công tác của lãnh đạo UBND tỉnh</a></li><li><a href="/web/guest/thong-cao-bao-chi">Thông cáo báo chí</a></li><li><a href="/web/guest/phat-ngon">Người phát ngôn</a></li><li><a href="/web/guest/tiep-nhan-phan-anh-kien-nghi">Tiếp nhận phản ánh, kiến nghị</a></li></ul></div></section>
<section class="portlet"><div class="portlet-title">LIÊN KẾT WEBSITE</div><div class="portlet-content"><ul><li><a href="https://baobinhlam.test/">Báo Bình Lâm điện tử</a></li><li><a href="https://sovhttdl.binhlam.gov.vn.test/">Sở Văn hóa, Thể thao và Du lịch</a></li></ul></div></section></div></div>"""
        return _shell("Trang chủ - Cổng thông tin điện tử tỉnh Bình Lâm", "/", main)
    if k == "list":
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › <span>Tin tức - Sự kiện</span></div>
<ul class="nav nav-tabs"><li class="active"><a href="/web/guest/tin-tuc-su-kien">Tất cả</a></li><li><a href="/web/guest/tin-tuc-su-kien/tin-hoat-dong-lanh-dao">Tin hoạt động lãnh đạo</a></li><li><a href="/web/guest/tin-tuc-su-kien/kinh-te">Kinh tế</a></li><li><a href="/web/guest/tin-tuc-su-kien/van-hoa-xa-hoi">Văn hóa - Xã hội</a></li><li><a href="/web/guest/tin-tuc-su-kien/quoc-phong-an-ninh">Quốc phòng - An ninh</a></li><li><a href="/web/guest/tin-tuc-su-kien/tin-dia-phuong">Tin địa phương</a></li></ul>
<section class="portlet portlet-asset-publisher"><div class="portlet-content">{"".join(_asset(n) for n in NEWS)}</div>
<div class="pagination"><span class="current">1</span> <a href="?_com_liferay_asset_publisher_cur=2">2</a> <a href="?_com_liferay_asset_publisher_cur=3">3</a> ... <a href="?_com_liferay_asset_publisher_cur=214">214</a></div></section>"""
        return _shell("Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Bình Lâm", "/web/guest/tin-tuc-su-kien", main)
    if k == "article":
        slug, t, d, s, cat = NEWS[0]
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/web/guest/tin-tuc-su-kien">Tin tức - Sự kiện</a> › <span>{esc(cat)}</span></div>
<section class="portlet portlet-asset-publisher"><div class="asset-full-content"><h1 class="header-title">{esc(t)}</h1>
<div class="asset-metadata">{vn_date(dt(d), "dmy_hm")} <a href="javascript:window.print()" class="print">In bài viết</a></div>
<div class="asset-content journal-content-article"><p><b>{esc(s)}</b></p>
<p>Tham dự cuộc họp có lãnh đạo các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường; Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và dân dụng tỉnh; lãnh đạo UBND các xã, phường có dự án trọng điểm.</p>
<p>Theo báo cáo của Sở Tài chính, tổng kế hoạch vốn đầu tư công năm 2026 của tỉnh là 6.842 tỷ đồng. Đến ngày 31/5, giải ngân đạt 2.805 tỷ đồng, bằng 41% kế hoạch, cao hơn bình quân cả nước. Tuy nhiên, vẫn còn 9 chủ đầu tư có tỷ lệ giải ngân dưới 20%.</p>
<p>Phát biểu kết luận, đồng chí Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư rà soát từng dự án, xác định rõ vướng mắc, nhất là về giải phóng mặt bằng và nguồn vật liệu; người đứng đầu chịu trách nhiệm nếu để chậm giải ngân. Các sở, ngành phải giải quyết thủ tục trong thời gian ngắn nhất; định kỳ hằng tuần báo cáo tiến độ về Văn phòng UBND tỉnh.</p>
<p>UBND tỉnh sẽ điều chuyển vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải ngân tốt trước ngày 30/9/2026.</p>
<p style="text-align:right"><b>Minh Châu - Cổng TTĐT tỉnh</b></p></div>
<div class="asset-related"><h4>Tin liên quan</h4><ul>{"".join(f'<li><a href="/web/guest/tin-tuc-su-kien/-/asset_publisher/Ntr8YbQk2LwE/content/{n[0]}">{esc(n[1])}</a> ({vn_date(dt(n[2]), "dmy")})</li>' for n in NEWS[1:5])}</ul>
<p class="source-note">Tin "Khai mạc Kỳ họp thứ 10, HĐND tỉnh khóa XI" - Nguồn: Báo Bình Lâm điện tử</p></div></div></section>"""
        return _shell(t + " - Cổng thông tin điện tử tỉnh Bình Lâm", "/web/guest/tin-tuc-su-kien/content/" + slug, main)
    rows = "".join(f'<tr><td>{i}</td><td><a href="/web/guest/van-ban-chi-dao-dieu-hanh/-/vbpq/{d[0].replace("/", "-")}">{d[0]}</a></td><td>{d[1]}</td><td>{d[2]}</td><td>{esc(d[3])}</td><td><a href="/documents/20121/vbpq/{d[0].replace("/", "-")}.pdf">Tải về</a></td></tr>' for i, d in enumerate(DOCS, 1))
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › <span>Văn bản chỉ đạo điều hành</span></div>
<section class="portlet"><div class="portlet-title">VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH</div><form class="search-vb" method="get"><input name="sokyhieu" placeholder="Số/ký hiệu"> <select name="loaivb"><option>-- Loại văn bản --</option><option>Quyết định</option><option>Công văn</option><option>Kế hoạch</option><option>Chỉ thị</option></select> <select name="coquan"><option>Uỷ ban nhân dân tỉnh</option><option>Văn phòng UBND tỉnh</option></select> <button>Tìm kiếm</button></form>
<table class="table"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></section>"""
    return _shell("Văn bản chỉ đạo điều hành - Cổng thông tin điện tử tỉnh Bình Lâm", "/web/guest/van-ban-chi-dao-dieu-hanh", main)


PAGES = [
    {"kind": "home", "path": "/", "variant": "oldtone"},
    {"kind": "list", "path": "/web/guest/tin-tuc-su-kien", "variant": "oldtone"},
    {"kind": "article", "path": "/web/guest/tin-tuc-su-kien/-/asset_publisher/Ntr8YbQk2LwE/content/" + NEWS[0][0], "variant": "oldtone"},
    {"kind": "docs", "path": "/web/guest/van-ban-chi-dao-dieu-hanh", "variant": "oldtone"},
]
