"""snnmt.hoakhe.gov.vn.test: portal of a provincial Department of Agriculture and Environment.
SharePoint-like portal; served as plain 'text/html' (charset only in <meta>); old-style tone
placement ('Hoà Khê', 'thuỷ lợi'); news with bylines, a Ban Biên tập, a licence line, an item
reposted from the provincial paper."""
from common import Page, esc, paras

SITE = {
    "site": "snnmt.hoakhe.gov.vn.test",
    "class": "other",
    "kind": "government",
    "licence_number": "17/GP-TTĐT",
    "licence_kind": "giw",
    "issuer": "Sở Văn hoá, Thể thao và Du lịch tỉnh Hoà Khê",
    "notes": ("Portal of a provincial Sở Nông nghiệp và Môi trường (.gov.vn.test), served as plain 'text/html' with the charset only "
              "in <meta>, old-style tone placement (Hoà, thuỷ) throughout; has 'Tin tức - Sự kiện', bylines 'Tin, ảnh: ...', "
              "view counts, a 'Trưởng Ban Biên tập' and a 'Giấy phép số 17/GP-TTĐT do Sở Văn hoá, Thể thao và Du lịch ... cấp' "
              "footer, and an item reposted with 'Nguồn: Báo Hoà Khê'. A state agency's own portal is not báo hóa."),
}

BASE = "https://snnmt.hoakhe.gov.vn.test"
SEC = BASE + "/Pages/tin-tuc-su-kien.aspx"
N1 = BASE + "/Pages/chi-tiet-tin.aspx?ItemID=2741"
N2 = BASE + "/Pages/chi-tiet-tin.aspx?ItemID=2736"
CT = "text/html"

CSS = """
body{margin:0;font-family:Arial,sans-serif;font-size:13px;background:#e9efe6}
#s4-workspace{width:1050px;margin:0 auto;background:#fff}
.banner{height:130px;background:#1f6f3a url(/Style%20Library/images/banner-snnmt.jpg) no-repeat}
.banner .qh{color:#ffe98a;font-size:15px;padding:22px 0 0 150px;font-weight:bold}.banner .ten{color:#fff;font-size:24px;padding:4px 0 0 150px;font-weight:bold;text-transform:uppercase}
#topnav{background:#185a2f}#topnav ul{margin:0;padding:0;list-style:none}#topnav li{display:inline-block}#topnav a{display:block;color:#fff;padding:10px 12px;text-decoration:none;font-weight:bold}
.ms-webpart-titleText{display:block;background:#2d8a4e;color:#fff;padding:6px 10px;font-weight:bold;text-transform:uppercase}
.tin-item{padding:8px 0;border-bottom:1px dashed #ccc}.tin-item .ngay{color:#888;font-size:11px}
.chitiet h1{font-size:20px;color:#185a2f}.chitiet .noidung p{text-align:justify;line-height:1.6}
.footer-portal{background:#185a2f;color:#e7f1e9;padding:14px 20px;line-height:1.7;font-size:12px}
"""

MENU = [("/", "Trang chủ"), ("/Pages/gioi-thieu.aspx", "Giới thiệu"), ("/Pages/tin-tuc-su-kien.aspx", "Tin tức - Sự kiện"),
        ("/Pages/chi-dao-dieu-hanh.aspx", "Chỉ đạo điều hành"), ("/Pages/van-ban.aspx", "Văn bản"),
        ("/Pages/thu-tuc-hanh-chinh.aspx", "Thủ tục hành chính"), ("/Pages/thong-bao.aspx", "Thông báo"),
        ("/Pages/hoi-dap.aspx", "Hỏi đáp"), ("/Pages/lien-he.aspx", "Liên hệ")]


def layout(title, content):
    menu = "\n".join('<li><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in MENU)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="GENERATOR" content="Microsoft SharePoint" />
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a4Iv%2BWzTk4ogq" />
<style type="text/css">{CSS}</style>
<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"/",webLanguage:1066,currentLanguage:1066,siteClientTag:"2$$16.0.5391.1000"}};</script>
</head>
<body>
<form method="post" action="./tin-tuc-su-kien.aspx" id="aspnetForm">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x4E1C7B52A0D3F1E8,15 Sep 2026 07:12:03 -0000" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="banner"><div class="qh">UỶ BAN NHÂN DÂN TỈNH HOÀ KHÊ</div><div class="ten">Sở Nông nghiệp và Môi trường</div></div>
<div id="topnav"><ul>
{menu}
</ul></div>
<div id="contentRow" style="display:flex;gap:14px;padding:12px">
<div id="contentBox" style="flex:1">
{content}
</div>
<div id="rightBox" style="width:260px">
<span class="ms-webpart-titleText">Liên kết</span>
<ul><li><a href="https://hoakhe.gov.vn.test/">Cổng TTĐT tỉnh Hoà Khê</a></li><li><a href="https://dichvucong.hoakhe.gov.vn.test/">Dịch vụ công trực tuyến</a></li><li><a href="/Pages/du-bao-thuy-van.aspx">Bản tin dự báo thuỷ văn</a></li><li><a href="/Pages/lich-cong-tac.aspx">Lịch công tác của lãnh đạo Sở</a></li></ul>
<span class="ms-webpart-titleText">Thống kê truy cập</span><p>Đang trực tuyến: 37<br />Tổng lượt truy cập: 2.418.906</p>
</div></div>
<div class="footer-portal">
<b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HOÀ KHÊ</b><br />
Cơ quan chủ quản: Sở Nông nghiệp và Môi trường tỉnh Hoà Khê. Địa chỉ: Số 2 đường Hùng Vương, phường Hoà Khê Trung, tỉnh Hoà Khê.<br />
Chịu trách nhiệm chính: Ông Lưu Văn Chính - Giám đốc Sở. Trưởng Ban Biên tập: Bà Phí Thị Hồng Vân - Phó Giám đốc Sở.<br />
Giấy phép số 17/GP-TTĐT do Sở Văn hoá, Thể thao và Du lịch tỉnh Hoà Khê cấp ngày 12/8/2025.<br />
Điện thoại: 0256.3822.415 - Email: snnmt@hoakhe.gov.vn.test. Ghi rõ nguồn "Cổng TTĐT Sở NN&amp;MT Hoà Khê" khi phát hành lại thông tin từ cổng này.
</div>
</div></div>
</form>
</body>
</html>
"""


def tin(href, title, date, sapo):
    return f"""<div class="tin-item"><a href="{href}"><b>{esc(title)}</b></a> <span class="ngay">({date})</span><br />{esc(sapo)}</div>"""


LIST = [
    (N1, "Kiểm tra công tác phòng, chống thiên tai tại các xã ven biển", "14/09/2026",
     "Đoàn công tác của Sở kiểm tra hệ thống đê kè, cống dưới đê và phương án sơ tán dân tại 5 xã ven biển."),
    (N2, "Hơn 1.200 ha lúa thu đông áp dụng quy trình canh tác giảm phát thải", "12/09/2026",
     "Mô hình giúp giảm 20-30% lượng giống, phân bón và tiết kiệm nước tưới."),
    (BASE + "/Pages/chi-tiet-tin.aspx?ItemID=2733", "Hội nghị tập huấn về kiểm kê khí nhà kính cấp cơ sở", "11/09/2026",
     "Hơn 120 cán bộ các xã, phường và doanh nghiệp tham dự tập huấn."),
    (BASE + "/Pages/chi-tiet-tin.aspx?ItemID=2729", "Ra quân thu gom rác thải nhựa ven biển năm 2026", "09/09/2026",
     "Hơn 2.000 đoàn viên, thanh niên và người dân tham gia thu gom 6,5 tấn rác thải."),
    (BASE + "/Pages/chi-tiet-tin.aspx?ItemID=2724", "Triển khai tiêm phòng vắc xin lở mồm long móng đợt 2", "08/09/2026",
     "Chỉ tiêu tiêm phòng đạt trên 80% tổng đàn trâu, bò diện tiêm."),
    (BASE + "/Pages/chi-tiet-tin.aspx?ItemID=2718", "Công bố kết quả quan trắc chất lượng nước sông Liêng quý III", "05/09/2026",
     "Chất lượng nước cơ bản đạt quy chuẩn, một số điểm hạ lưu có chỉ số amoni cao."),
]

N1_BODY = """
Ngày 13/9, đoàn công tác của Sở Nông nghiệp và Môi trường do đồng chí Hứa Đình Khang, Phó Giám đốc Sở, làm trưởng đoàn đã kiểm tra công tác phòng, chống thiên tai và tìm kiếm cứu nạn tại các xã Hoà Phú, Tân Lạc Điền, An Hải, Bình Sa và Cửa Liêng.

Tại các địa phương, đoàn đã kiểm tra thực địa tuyến đê biển An Hải - Bình Sa dài 11,6 km, hệ thống cống dưới đê, các khu neo đậu tàu thuyền và điểm sơ tán dân tập trung. Qua kiểm tra, các xã đã kiện toàn Ban Chỉ huy phòng thủ dân sự, xây dựng phương án ứng phó với bão mạnh, siêu bão theo phương châm "bốn tại chỗ", chuẩn bị vật tư, phương tiện cứu hộ.

Tuy nhiên, đoàn cũng chỉ ra một số tồn tại: đoạn đê kè tại thôn Cửa Liêng dài khoảng 400 m có hiện tượng sạt lở mái phía biển; 3 cống dưới đê đã xuống cấp, cánh cống đóng mở khó khăn; một số hộ dân vẫn nuôi trồng thuỷ sản ngoài đê, ngoài khu vực được bảo vệ.

Phát biểu kết luận, đồng chí Hứa Đình Khang đề nghị các xã khẩn trương rà soát, cập nhật danh sách hộ dân cần sơ tán, nhất là người già, trẻ em, người khuyết tật; phối hợp với Chi cục Thuỷ lợi xử lý ngay các điểm sạt lở, sửa chữa cống trước ngày 30/9. Chi cục Thuỷ lợi tổng hợp nhu cầu kinh phí, báo cáo Sở trình UBND tỉnh xem xét, bố trí vốn.

<p style="text-align:right"><b>Tin, ảnh: Chi cục Thuỷ lợi</b></p>
"""

N2_BODY = """
Vụ thu đông năm nay, toàn tỉnh có hơn 1.200 ha lúa tại 14 hợp tác xã được áp dụng quy trình canh tác giảm phát thải, tăng gần gấp đôi so với vụ trước.

Theo đánh giá bước đầu của ngành nông nghiệp, quy trình này giúp nông dân giảm 20-30% lượng giống gieo sạ nhờ sử dụng máy sạ cụm, giảm khoảng 25% phân đạm nhờ bón phân theo bảng so màu lá, đồng thời tiết kiệm nước tưới bằng kỹ thuật tưới ướt khô xen kẽ. Rơm rạ sau thu hoạch được thu gom làm phân hữu cơ thay vì đốt bỏ.

Ông Mạc Văn Tùng, Giám đốc Hợp tác xã nông nghiệp Tân Lạc, cho biết chi phí sản xuất mỗi ha giảm khoảng 3 triệu đồng, trong khi năng suất tương đương hoặc cao hơn ruộng đối chứng. Một số doanh nghiệp xuất khẩu gạo đã đặt vấn đề thu mua lúa của vùng mô hình với giá cao hơn thị trường 300-500 đồng/kg.

Sở Nông nghiệp và Môi trường cho biết sẽ tiếp tục phối hợp với các xã, hợp tác xã nhân rộng mô hình, phấn đấu đến năm 2030 có ít nhất 15.000 ha lúa canh tác theo quy trình giảm phát thải.

<p style="text-align:right"><i>Nguồn: Báo Hoà Khê</i></p>
"""


def detail(title, date, views, body):
    return f"""<div class="chitiet">
<div class="duongdan"><a href="/">Trang chủ</a> &gt; <a href="/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></div>
<h1>{esc(title)}</h1>
<div class="ngay">Ngày đăng: {date} | Lượt xem: {views}</div>
<div class="noidung">
{body}
</div>
<div class="tinkhac"><span class="ms-webpart-titleText">Các tin khác</span>
{"".join(tin(*x) for x in LIST[2:6])}
</div></div>"""


def pages():
    home = f"""<span class="ms-webpart-titleText">Tin tức - Sự kiện</span>
{"".join(tin(*x) for x in LIST)}
<span class="ms-webpart-titleText">Chỉ đạo điều hành</span>
<ul><li><a href="/Pages/chi-tiet-tin.aspx?ItemID=2739">Công điện về việc chủ động ứng phó với áp thấp nhiệt đới trên Biển Đông</a> (13/09/2026)</li>
<li><a href="/Pages/chi-tiet-tin.aspx?ItemID=2721">Kế hoạch kiểm tra chuyên ngành về bảo vệ môi trường đối với cơ sở sản xuất năm 2026</a> (06/09/2026)</li></ul>
<span class="ms-webpart-titleText">Thông báo</span>
<ul><li><a href="/Pages/thong-bao.aspx?ItemID=311">Thông báo lịch tiếp công dân tháng 9/2026</a></li>
<li><a href="/Pages/thong-bao.aspx?ItemID=309">Thông báo kết quả xét tuyển viên chức sự nghiệp năm 2026</a></li></ul>"""
    yield Page(BASE + "/", layout("Sở Nông nghiệp và Môi trường tỉnh Hoà Khê", home), content_type=CT)
    sec = f"""<span class="ms-webpart-titleText">Tin tức - Sự kiện</span>
{"".join(tin(*x) for x in LIST)}
<div class="phantrang">Trang: <b>1</b> <a href="/Pages/tin-tuc-su-kien.aspx?Page=2">2</a> <a href="/Pages/tin-tuc-su-kien.aspx?Page=3">3</a></div>"""
    yield Page(SEC, layout("Tin tức - Sự kiện - Sở Nông nghiệp và Môi trường tỉnh Hoà Khê", sec), content_type=CT)
    yield Page(N1, layout("Kiểm tra công tác phòng, chống thiên tai tại các xã ven biển",
                          detail("Kiểm tra công tác phòng, chống thiên tai tại các xã ven biển", "14/09/2026 08:40", 186, paras(N1_BODY))),
               content_type=CT)
    yield Page(N2, layout("Hơn 1.200 ha lúa thu đông áp dụng quy trình canh tác giảm phát thải",
                          detail("Hơn 1.200 ha lúa thu đông áp dụng quy trình canh tác giảm phát thải", "12/09/2026 15:10", 402, paras(N2_BODY))),
               content_type=CT)
