"""Báo Bình Lâm điện tử: provincial party newspaper on a legacy ASP.NET CMS (fictional
province).  The article page is served in windows-1258, the section page uses old-style
tone placement (Uỷ ban, Toà soạn) as many older provincial sites do."""
from common import esc, dt, iso, vn_date, css_noise, rng, paras, item as I

H = "baobinhlam.test"

SITE = {
    "host": H, "name": "Báo Bình Lâm điện tử", "prefix": "bl",
    "class": "press-like", "kind": "e-newspaper",
    "licence_number": "112/GP-BTTTT", "licence_kind": "e-newspaper",
    "issuer": "Bộ Thông tin và Truyền thông",
    "notes": "Provincial party newspaper, table-based legacy CMS, no JSON-LD/OpenGraph; licence line says only 'Giấy phép số ...' (kind from the masthead) plus a 2025 amendment by Cục Báo chí; uppercase bylines; one page windows-1258, one with old tone placement.",
}

MENU = [("Thời sự", "/Tin-tuc/Thoi-su"), ("Chính trị", "/Tin-tuc/Chinh-tri"), ("Kinh tế", "/Tin-tuc/Kinh-te"), ("Xã hội", "/Tin-tuc/Xa-hoi"),
        ("Pháp luật", "/Tin-tuc/Phap-luat"), ("Quốc phòng - An ninh", "/Tin-tuc/Quoc-phong-An-ninh"), ("Văn hóa - Văn nghệ", "/Tin-tuc/Van-hoa"),
        ("Thể thao", "/Tin-tuc/The-thao"), ("Bạn đọc", "/Tin-tuc/Ban-doc"), ("Báo in", "/Bao-in")]

FOOTER = """<table width="100%" cellpadding="0" cellspacing="0" class="footer"><tr><td align="center" class="footer-text">
<b>BÁO BÌNH LÂM ĐIỆN TỬ</b><br>
Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Bình Lâm<br>
Giấy phép số 112/GP-BTTTT ngày 20/3/2019 của Bộ Thông tin và Truyền thông.<br>
Giấy phép sửa đổi, bổ sung số 15/GP-CBC ngày 02/10/2025 của Cục Báo chí, Bộ Văn hóa, Thể thao và Du lịch.<br>
Tổng Biên tập: HỒ VĂN THẠNH - Phó Tổng Biên tập: LÊ THỊ KIM THOA, NGUYỄN ĐÌNH SƠN<br>
Địa chỉ: 45 đường 3 Tháng 2, phường Lâm Viên, tỉnh Bình Lâm. Điện thoại: 0263.3822.145 - Fax: 0263.3822.146<br>
Email: baobinhlam@baobinhlam.test - Thư ký Tòa soạn: 0263.3822.147<br>
® Ghi rõ nguồn "Báo Bình Lâm điện tử" khi phát hành lại thông tin từ website này.
</td></tr></table>"""


def _viewstate(key, n):
    r = rng("vs" + key)
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "/wEPDwUKMTY" + "".join(r.choice(a) for _ in range(n)) + "=="


def _head(title, desc, charset, key):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}" />
<meta name="keywords" content="Báo Bình Lâm, tin tức Bình Lâm, thời sự Bình Lâm, bao binh lam" />
<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<style type="text/css">
{css_noise(key, "bl", 45)}
</style>
<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script>
<script type="text/javascript">function showClock(){{var d=new Date();var s=d.getHours()+':'+(d.getMinutes()<10?'0':'')+d.getMinutes();var e=document.getElementById('clock');if(e)e.innerHTML=s;setTimeout(showClock,30000);}}</script>
</head>"""


def _top(path, key):
    menu = "".join(f'<td class="menu-item"><a href="{p}" class="{"menu-active" if path.startswith(p) else "menu"}">{esc(l)}</a></td><td class="menu-sep">|</td>' for l, p in MENU)
    return f"""<body onload="showClock()">
<form name="aspnetForm" method="post" action="{path}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(key, 2400)}" /></div>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="top-date">{vn_date(dt("2026-06-12 08:30"), "wd_dmy")} - <span id="clock"></span></td><td align="right" class="top-link"><a href="/Lien-he">Liên hệ Toà soạn</a> | <a href="/RSS">RSS</a> | <a href="/Bao-in">Đọc Báo in</a></td></tr>
<tr><td colspan="2"><a href="/"><img src="/Images/banner_baobinhlam.jpg" width="1000" height="120" alt="BÁO BÌNH LÂM - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Bình Lâm" border="0" /></a></td></tr>
<tr><td colspan="2"><table cellpadding="0" cellspacing="0" class="menu-bar"><tr><td class="menu-item"><a href="/" class="menu">Trang chủ</a></td><td class="menu-sep">|</td>{menu}</tr></table></td></tr>
</table>"""


def _bottom():
    return f"""<table width="1000" align="center"><tr><td>{FOOTER}</td></tr></table>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgKm8+2YBALz9b3pCQ==" /></div>
</form>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1120319-1']);_gaq.push(['_trackPageview']);</script>
</body>
</html>
"""


def _list(items, with_sapo=True):
    rows = []
    for it in items:
        rows.append(f"""<tr><td valign="top" width="130"><a href="{it["url"]}"><img src="/Uploaded/2026/{it["url"][-10:-5]}.jpg" width="120" border="0" alt="" /></a></td>
<td valign="top"><a href="{it["url"]}" class="title-news">{esc(it["title"])}</a> <span class="date-news">({vn_date(dt(it["date"]), "dmy_hm")})</span>
{'<br /><span class="sapo-news">' + esc(it["sapo"]) + "</span>" if with_sapo and it.get("sapo") else ""}</td></tr>""")
    return '<table width="100%" cellpadding="4" cellspacing="0" class="list-news">' + "\n".join(rows) + "</table>"


A1 = "/Tin-tuc/Thoi-su/Khai-mac-Ky-hop-thu-10-HDND-tinh-khoa-XI-38214.aspx"
A2 = "/Tin-tuc/Kinh-te/Nong-dan-Lam-Ha-thu-lai-cao-tu-ca-phe-ghep-cai-tao-38207.aspx"

HL = [
    I("Khai mạc Kỳ họp thứ 10, HĐND tỉnh khóa XI", A1, "Kỳ họp xem xét, quyết định nhiều nội dung quan trọng về kinh tế - xã hội, đầu tư công và sắp xếp tổ chức bộ máy.", "2026-06-11 08:15"),
    I("Bí thư Tỉnh ủy kiểm tra tiến độ tuyến đường tránh phía Tây thành phố", "/Tin-tuc/Thoi-su/Bi-thu-Tinh-uy-kiem-tra-tien-do-tuyen-duong-tranh-38211.aspx", "Đồng chí Bí thư Tỉnh ủy yêu cầu chủ đầu tư và nhà thầu tập trung nhân lực, máy móc, bảo đảm thông xe kỹ thuật trước Tết.", "2026-06-10 17:30"),
    I("Ủy ban MTTQ tỉnh trao 120 nhà Đại đoàn kết cho hộ nghèo", "/Tin-tuc/Thoi-su/Uy-ban-MTTQ-tinh-trao-120-nha-Dai-doan-ket-38209.aspx", "Mỗi căn nhà được hỗ trợ 60 triệu đồng từ Quỹ Vì người nghèo của tỉnh.", "2026-06-10 10:05"),
    I("Nông dân Lâm Hà thu lãi cao từ cà phê ghép cải tạo", A2, "Sau 3 năm ghép cải tạo giống mới, năng suất cà phê của nhiều hộ tăng từ 3 tấn lên 5-6 tấn nhân/ha.", "2026-06-10 07:40"),
    I("Tỉnh Bình Lâm thu hút 14 dự án đầu tư mới trong 5 tháng", "/Tin-tuc/Kinh-te/Tinh-Binh-Lam-thu-hut-14-du-an-dau-tu-moi-38205.aspx", "", "2026-06-09 16:20"),
    I("Công an tỉnh triệt xóa tụ điểm cờ bạc tại xã Đạ Rơn", "/Tin-tuc/Phap-luat/Cong-an-tinh-triet-xoa-tu-diem-co-bac-38203.aspx", "", "2026-06-09 11:00"),
    I("Hội thi tiếng hát đồng bào các dân tộc thiểu số lần thứ VII", "/Tin-tuc/Van-hoa/Hoi-thi-tieng-hat-dong-bao-cac-dan-toc-38200.aspx", "", "2026-06-08 20:10"),
    I("Phường Lâm Viên: Người dân phản ánh đèn đường hư hỏng kéo dài", "/Tin-tuc/Ban-doc/Phuong-Lam-Vien-den-duong-hu-hong-38198.aspx", "", "2026-06-08 09:30"),
    I("Đội bóng đá Bình Lâm giành vé lên hạng Nhất", "/Tin-tuc/The-thao/Doi-bong-da-Binh-Lam-gianh-ve-len-hang-Nhat-38196.aspx", "", "2026-06-07 21:45"),
    I("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 8", "/Tin-tuc/Thoi-su/Hoi-nghi-Ban-Chap-hanh-Dang-bo-tinh-lan-thu-8-38192.aspx", "Hội nghị thảo luận, cho ý kiến về tình hình thực hiện nhiệm vụ chính trị 6 tháng đầu năm.", "2026-06-07 09:00"),
    I("Ủy ban nhân dân tỉnh đối thoại với doanh nghiệp về thủ tục đất đai", "/Tin-tuc/Thoi-su/UBND-tinh-doi-thoai-voi-doanh-nghiep-ve-thu-tuc-dat-dai-38188.aspx", "Hơn 200 doanh nghiệp, hợp tác xã tham dự và nêu 36 ý kiến, kiến nghị.", "2026-06-06 15:20"),
    I("Tuổi trẻ Bình Lâm ra quân Chiến dịch Thanh niên tình nguyện hè", "/Tin-tuc/Thoi-su/Tuoi-tre-Binh-Lam-ra-quan-chien-dich-he-38185.aspx", "", "2026-06-06 08:00"),
    I("Tỉnh Bình Lâm tiếp và làm việc với đoàn công tác Ủy ban Kinh tế của Quốc hội", "/Tin-tuc/Thoi-su/Tiep-doan-cong-tac-Uy-ban-Kinh-te-38181.aspx", "", "2026-06-05 14:00"),
]


def render(site, page):
    k = page["kind"]
    key = page["path"]
    if k == "home":
        out = [_head("Báo Bình Lâm điện tử - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Bình Lâm",
                     "Báo Bình Lâm điện tử - Tin tức thời sự, chính trị, kinh tế, xã hội tỉnh Bình Lâm", "utf-8", key), _top("/", key)]
        lead = HL[0]
        out.append(f"""<table width="1000" align="center" cellpadding="0" cellspacing="6"><tr>
<td width="660" valign="top">
<table width="100%" class="box-hot"><tr><td><a href="{lead["url"]}"><img src="/Uploaded/2026/kyhop10.jpg" width="420" border="0" alt="" /></a></td>
<td valign="top"><a href="{lead["url"]}" class="title-hot">{esc(lead["title"])}</a><br /><span class="sapo-news">{esc(lead["sapo"])}</span></td></tr></table>
<div class="box-title">TIN MỚI NHẤT</div>
{_list(HL[1:9])}
<div class="box-title"><a href="/Tin-tuc/Thoi-su">THỜI SỰ</a></div>{_list([HL[9], HL[10]], False)}
<div class="box-title"><a href="/Tin-tuc/Kinh-te">KINH TẾ</a></div>{_list([HL[3], HL[4]], False)}
<div class="box-title"><a href="/Tin-tuc/Ban-doc">BẠN ĐỌC</a></div>{_list([HL[7]], False)}
</td>
<td width="320" valign="top">
<div class="box-title">CHUYÊN ĐỀ</div>
<ul class="chuyen-de"><li><a href="/Chuyen-de/Hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-Ho-Chi-Minh">Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a></li>
<li><a href="/Chuyen-de/Xay-dung-nong-thon-moi">Xây dựng nông thôn mới</a></li><li><a href="/Chuyen-de/Chuyen-doi-so">Chuyển đổi số</a></li></ul>
<div class="box-title">BÁO IN</div><a href="/Bao-in"><img src="/Images/baoin_1206.jpg" width="300" border="0" alt="Báo in ngày 12/6/2026" /></a>
<div class="box-title">LIÊN KẾT</div><select onchange="window.open(this.value)"><option>-- Liên kết website --</option><option value="https://binhlam.gov.vn.test/">Cổng TTĐT tỉnh Bình Lâm</option></select>
</td></tr></table>""")
        out.append(_bottom())
        return "\n".join(out)
    if k == "section":
        out = [_head("Thời sự - Báo Bình Lâm điện tử", "Tin thời sự tỉnh Bình Lâm", "utf-8", key), _top(page["path"], key)]
        items = [HL[0], HL[1], HL[2], HL[9], HL[10], HL[11], HL[12]]
        out.append(f"""<table width="1000" align="center" cellpadding="0" cellspacing="6"><tr><td valign="top">
<div class="path"><a href="/">Trang chủ</a> &raquo; <a href="/Tin-tuc/Thoi-su">Thời sự</a></div>
{_list(items)}
<div class="paging">Trang: <b>1</b> <a href="/Tin-tuc/Thoi-su?page=2">2</a> <a href="/Tin-tuc/Thoi-su?page=3">3</a> <a href="/Tin-tuc/Thoi-su?page=4">4</a> ... <a href="/Tin-tuc/Thoi-su?page=2">Tiếp &raquo;</a></div>
</td></tr></table>""")
        out.append(_bottom())
        return "\n".join(out)
    # article
    charset = "windows-1258" if "cp1258" in page.get("variant", "") else "utf-8"
    d = dt(page["date"])
    out = [_head(page["title"] + " - Báo Bình Lâm điện tử", page["sapo"], charset, key), _top(page["path"], key)]
    others = [h for h in HL if h["url"] != page["path"]][:5]
    out.append(f"""<table width="1000" align="center" cellpadding="0" cellspacing="6"><tr><td width="660" valign="top">
<div class="path"><a href="/">Trang chủ</a> &raquo; <a href="{page["section"][1]}">{esc(page["section"][0])}</a></div>
<div class="news-date">Cập nhật lúc {d:%H:%M}, {vn_date(d, "wd_dmy")} (GMT+7)</div>
<h1 class="news-title">{esc(page["title"])}</h1>
<div class="news-sapo"><b>{esc(page["sapo"])}</b></div>
<div class="news-content">
{paras(page["body"])}
<p align="right"><b>{esc(page["author"])}</b></p>
</div>
<div class="news-tool"><a href="javascript:window.print()">In bài viết</a> | <a href="/Gui-email?id={page["path"][-10:-5]}">Gửi email</a> | <a href="#top">Về đầu trang</a></div>
<div class="box-title">CÁC TIN KHÁC</div>
<ul class="other-news">{"".join(f'<li><a href="{o["url"]}">{esc(o["title"])}</a> <span class="date-news">({vn_date(dt(o["date"]), "dmy")})</span></li>' for o in others)}</ul>
</td><td width="320" valign="top"><div class="box-title">TIN ĐỌC NHIỀU</div><ul class="other-news">{"".join(f'<li><a href="{o["url"]}">{esc(o["title"])}</a></li>' for o in HL[1:6])}</ul></td></tr></table>""")
    out.append(_bottom())
    return "\n".join(out)


PAGES = [
    {"kind": "home", "path": "/"},
    {"kind": "section", "path": "/Tin-tuc/Thoi-su", "variant": "oldtone"},
    {"kind": "article", "path": A1, "section": ("Thời sự", "/Tin-tuc/Thoi-su"), "variant": "cp1258",
     "content_type": "text/html; charset=windows-1258",
     "title": HL[0]["title"], "sapo": HL[0]["sapo"], "date": HL[0]["date"], "author": "BÍCH THỦY - KHÁNH HÒA",
     "body": [
         "Sáng 11/6, tại Hội trường Tỉnh ủy, HĐND tỉnh Bình Lâm khóa XI long trọng khai mạc Kỳ họp thứ 10 (kỳ họp thường lệ giữa năm 2026). Dự khai mạc có các đồng chí: Bí thư Tỉnh ủy; Chủ tịch HĐND tỉnh; Chủ tịch UBND tỉnh; lãnh đạo Ủy ban MTTQ Việt Nam tỉnh cùng các đại biểu HĐND tỉnh.",
         "Phát biểu khai mạc, Chủ tịch HĐND tỉnh nhấn mạnh: Kỳ họp diễn ra trong bối cảnh tỉnh đang tập trung hoàn thành các mục tiêu của năm bản lề, đồng thời triển khai mô hình chính quyền địa phương hai cấp. Đề nghị các vị đại biểu phát huy tinh thần trách nhiệm, tập trung trí tuệ, thảo luận dân chủ, thẳng thắn để các nghị quyết được thông qua có tính khả thi cao.",
         "Tại kỳ họp, UBND tỉnh trình bày báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm. Theo đó, tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,8% so với cùng kỳ; thu ngân sách nhà nước đạt 58% dự toán; giải ngân vốn đầu tư công đạt 41% kế hoạch vốn giao.",
         "Kỳ họp dự kiến diễn ra trong 3 ngày, xem xét thông qua 24 nghị quyết, trong đó có nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn, nghị quyết quy định mức hỗ trợ cho người làm công tác ở thôn, tổ dân phố và nghị quyết về chính sách hỗ trợ phát triển du lịch cộng đồng.",
         "Chiều cùng ngày, các đại biểu thảo luận tại tổ. Phiên chất vấn và trả lời chất vấn sẽ diễn ra vào sáng 12/6, tập trung vào các lĩnh vực đất đai, giáo dục và giải phóng mặt bằng các công trình trọng điểm.",
         "Báo Bình Lâm điện tử sẽ tiếp tục cập nhật thông tin về kỳ họp."]},
    {"kind": "article", "path": A2, "section": ("Kinh tế", "/Tin-tuc/Kinh-te"),
     "title": HL[3]["title"], "sapo": HL[3]["sapo"], "date": HL[3]["date"], "author": "VĂN HÒA",
     "body": [
         "Về xã Lâm Hà những ngày này, dễ dàng bắt gặp những vườn cà phê xanh tốt, cành quả sai trĩu. Nhiều vườn trước đây già cỗi, năng suất chỉ 2,5-3 tấn nhân/ha, nay đã được ghép cải tạo bằng các giống cao sản.",
         "Gia đình ông K'Brêu ở thôn 4 có 2 ha cà phê trồng từ năm 2000. Năm 2022, ông mạnh dạn cưa đốn, ghép chồi giống TR4 và TR9. \"Năm đầu không có thu hoạch nên cũng lo, nhưng đến vụ thứ hai thì vườn cho 5,6 tấn nhân/ha, trừ chi phí còn lãi hơn 400 triệu đồng\", ông K'Brêu phấn khởi nói.",
         "Theo Phòng Kinh tế xã Lâm Hà, đến nay toàn xã đã ghép cải tạo và tái canh được hơn 1.800 ha cà phê, chiếm 35% diện tích. Xã phối hợp với Trung tâm Khuyến nông tỉnh tổ chức 12 lớp tập huấn kỹ thuật ghép, chăm sóc cho gần 500 lượt nông dân.",
         "Bên cạnh giống mới, nhiều hộ chuyển sang canh tác theo hướng bền vững, giảm phân bón hóa học, sử dụng phân hữu cơ vi sinh và trồng xen cây sầu riêng, bơ để tăng thu nhập trên cùng diện tích.",
         "Ông Nguyễn Văn Tâm, Chủ tịch UBND xã Lâm Hà cho biết, mục tiêu đến năm 2028 xã hoàn thành cải tạo toàn bộ diện tích cà phê già cỗi, xây dựng ít nhất 3 chuỗi liên kết tiêu thụ cà phê đạt chứng nhận."]},
]
