"""baovanlinh.test: provincial Party newspaper, licensed e-newspaper.
Old ASP.NET WebForms portal, table layout, no JSON-LD, no og:type article.
One article page is served in windows-1258."""
from common import Page, esc, paras

SITE = {
    "site": "baovanlinh.test",
    "class": "press-like",
    "kind": "e-newspaper",
    "licence_number": "58/GP-BTTTT",
    "licence_kind": "e-newspaper",
    "issuer": "Bộ Thông tin và Truyền thông",
    "notes": ("Provincial Party newspaper with a 'Giấy phép hoạt động báo điện tử' licence; old ASP.NET table "
              "portal with no JSON-LD and no og:type article, bylines as a bold right-aligned last paragraph, "
              "a Bạn đọc/Đường dây nóng section with reporter field checks; one article served in windows-1258 "
              "(decomposed tone marks)."),
}

BASE = "https://baovanlinh.test"

A_SATLO = BASE + "/Tin-tuc/Thoi-su/Van-Linh-ho-tro-khan-cap-412-ho-dan-vung-sat-lo-sau-mua-lon-51842.aspx"
A_NA = BASE + "/Tin-tuc/Kinh-te/Nong-dan-Phu-Cat-thu-hoach-na-som-thuong-lai-vao-tan-vuon-51836.aspx"
A_DUONG = BASE + "/Tin-tuc/Ban-doc/Duong-vao-Truong-Tieu-hoc-Thuong-Duong-lay-loi-phu-huynh-mong-som-sua-chua-51829.aspx"
SEC_THOISU = BASE + "/Chuyen-muc/Thoi-su-2.aspx"

MENU = [
    ("/", "Trang chủ"), ("/Chuyen-muc/Thoi-su-2.aspx", "Thời sự"), ("/Chuyen-muc/Chinh-tri-3.aspx", "Chính trị"),
    ("/Chuyen-muc/Kinh-te-4.aspx", "Kinh tế"), ("/Chuyen-muc/Xa-hoi-5.aspx", "Xã hội"),
    ("/Chuyen-muc/Quoc-phong-An-ninh-6.aspx", "Quốc phòng - An ninh"), ("/Chuyen-muc/Van-hoa-Du-lich-7.aspx", "Văn hóa - Du lịch"),
    ("/Chuyen-muc/The-thao-8.aspx", "Thể thao"), ("/Chuyen-muc/Ban-doc-9.aspx", "Bạn đọc"),
    ("/Chuyen-muc/Xay-dung-Dang-10.aspx", "Xây dựng Đảng"), ("/Bao-in.aspx", "Báo in"),
]

VIEWSTATE = ("/wEPDwUKMTc2NDQ3OTU1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFBzE1LzA5LzIwMjZkAgMPZBYCAgEPFgIf"
             "AGZkZIuH4mQ0b5Zk8xJ3Uq1gF2b0bTQ0kY7aQ9c1HcVw3RkM")

CSS = """
body{margin:0;font:13px/1.45 Arial,Helvetica,sans-serif;background:#f3f3f3;color:#222}
.tblMain{width:1000px;margin:0 auto;background:#fff;border-collapse:collapse}
#banner{background:#b4121b url(/Images/banner_bg.jpg) no-repeat;height:110px}
#banner .date{color:#fff;font-size:12px;padding:6px 12px;text-align:right}
#menu{background:#8c0d14;border-top:2px solid #e8b923}
#menu ul{list-style:none;margin:0;padding:0 0 0 6px}
#menu li{display:inline-block}
#menu a{display:block;color:#fff;text-decoration:none;font-weight:bold;padding:8px 9px;font-size:12px}
#menu a:hover,#menu .active a{background:#e8b923;color:#8c0d14}
.tin-noi-bat h1{font-size:22px;margin:6px 0;color:#8c0d14}
.boxTitle{border-bottom:2px solid #b4121b;font-weight:bold;text-transform:uppercase;padding:4px 0;margin-top:12px}
.listNews li{padding:5px 0;border-bottom:1px dotted #ccc}
.listNews .time{color:#888;font-size:11px}
.ctl00_ContentPlaceHolder1_lblContent p{text-align:justify}
.footer{background:#8c0d14;color:#f6e7c1;font-size:12px;padding:12px 16px}
.footer a{color:#fff}
"""


def layout(title, content, active="", charset="utf-8", desc=""):
    menu = "\n".join('<li%s><a href="%s">%s</a></li>' % (' class="active"' if t == active else "", h, esc(t))
                     for h, t in MENU)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc or title)}" />
<meta name="keywords" content="Báo Vân Lĩnh, tin tức Vân Lĩnh, thời sự Vân Lĩnh" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:site_name" content="Báo Vân Lĩnh điện tử" />
<link href="/App_Themes/Default/Style.css" type="text/css" rel="stylesheet" />
<link rel="shortcut icon" href="/favicon.ico" />
<style type="text/css">{CSS}</style>
<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="./Default.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" />
</div>
<table class="tblMain" cellpadding="0" cellspacing="0">
<tr><td id="banner" colspan="2">
<div class="date">Thứ Ba, 15/09/2026 | <a href="/RSS.aspx" style="color:#fff">RSS</a> | <a href="/Lien-he.aspx" style="color:#fff">Liên hệ Tòa soạn</a></div>
<a href="/"><img src="/Images/logo_baovanlinh.png" alt="Báo Vân Lĩnh điện tử" width="420" height="70" style="margin-left:14px" /></a>
</td></tr>
<tr><td colspan="2"><div id="menu"><ul>
{menu}
</ul></div></td></tr>
<tr>
<td valign="top" style="width:680px;padding:10px 14px">
{content}
</td>
<td valign="top" style="width:290px;padding:10px 10px 10px 0">
<div class="boxTitle">Đọc nhiều</div>
<ul class="listNews">
<li><a href="{A_SATLO}">Vân Lĩnh hỗ trợ khẩn cấp 412 hộ dân vùng sạt lở sau mưa lớn</a></li>
<li><a href="/Tin-tuc/Xa-hoi/Hon-18-nghin-hoc-sinh-vung-cao-nhan-sach-giao-khoa-mien-phi-51817.aspx">Hơn 18 nghìn học sinh vùng cao nhận sách giáo khoa miễn phí</a></li>
<li><a href="/Tin-tuc/Van-hoa-Du-lich/Le-hoi-com-moi-xa-Nam-Khieu-tro-lai-sau-ba-nam-51803.aspx">Lễ hội cốm mới xã Nậm Khiêu trở lại sau ba năm</a></li>
<li><a href="{A_NA}">Nông dân Phú Cát thu hoạch na sớm, thương lái vào tận vườn</a></li>
<li><a href="/Tin-tuc/Quoc-phong-An-ninh/Bat-giu-doi-tuong-van-chuyen-1-200-bao-thuoc-la-lau-51798.aspx">Bắt giữ đối tượng vận chuyển 1.200 bao thuốc lá lậu</a></li>
</ul>
<div class="boxTitle">Đường dây nóng</div>
<p style="font-size:12px">Bạn đọc phản ánh thông tin xin gọi: <b>0216.3855.110</b> hoặc gửi thư điện tử về <a href="mailto:bandoc@baovanlinh.test">bandoc@baovanlinh.test</a>.</p>
<div class="boxTitle">Quảng cáo</div>
<a href="/QC/Click.aspx?id=37"><img src="/Uploads/QC/qc-xo-so-van-linh-300x250.jpg" alt="" width="280" height="233" /></a>
</td>
</tr>
<tr><td colspan="2" class="footer">
<table width="100%"><tr>
<td valign="top" width="60%">
<b>BÁO VÂN LĨNH ĐIỆN TỬ</b><br />
Cơ quan của Đảng bộ tỉnh Vân Lĩnh - Tiếng nói của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Vân Lĩnh<br />
Giấy phép hoạt động báo điện tử số 58/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/3/2021<br />
Tổng Biên tập: Đinh Quang Thịnh<br />
Phó Tổng Biên tập: Lê Thị Thu Nguyệt - Hoàng Văn Khải
</td>
<td valign="top">
Tòa soạn: Số 27 đường Trần Hưng Đạo, phường Đông Lĩnh, tỉnh Vân Lĩnh<br />
Điện thoại: 0216.3855.102 - Fax: 0216.3855.109<br />
Email: <a href="mailto:toasoan@baovanlinh.test">toasoan@baovanlinh.test</a><br />
® Ghi rõ nguồn "Báo Vân Lĩnh" khi phát hành lại thông tin từ website này.
</td></tr></table>
</td></tr>
</table>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
</form>
</body>
</html>
"""


def article(section, title, sapo, time, body, related):
    rel = "\n".join('<li><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in related)
    return f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="#">{esc(section)}</a></div>
<div class="ctl00_ContentPlaceHolder1_pnDetail">
<h1 class="title_detail" style="font-size:21px;color:#8c0d14;margin:8px 0">{esc(title)}</h1>
<div class="time_detail" style="color:#888;font-size:11px">Cập nhật lúc {time}</div>
<div class="sapo_detail"><b>{sapo}</b></div>
<div id="ctl00_ContentPlaceHolder1_lblContent" class="ctl00_ContentPlaceHolder1_lblContent">
{body}
</div>
<div class="tools"><a href="javascript:window.print()">In bài viết</a> | <a href="/Gui-email.aspx">Gửi email</a></div>
<div class="boxTitle">Tin cùng chuyên mục</div>
<ul class="listNews">
{rel}
</ul>
</div>"""


SATLO_BODY = """
Chiều 14/9, đoàn công tác của UBND tỉnh Vân Lĩnh do đồng chí Nông Đức Trung, Phó Chủ tịch UBND tỉnh, dẫn đầu đã đến thăm hỏi, động viên và trao tiền hỗ trợ khẩn cấp cho các hộ dân bị thiệt hại do đợt mưa lớn kéo dài từ ngày 9 đến ngày 12/9 tại các xã Nậm Khiêu, Suối Mơn và Thượng Dương.

Theo báo cáo của Ban Chỉ huy Phòng thủ dân sự tỉnh, mưa lớn trên diện rộng đã gây sạt lở đất tại 29 điểm, làm 37 nhà ở bị sập hoàn toàn, 375 nhà bị hư hỏng, tốc mái hoặc phải di dời khẩn cấp. Khoảng 1,2 km đường giao thông liên thôn bị vùi lấp; hơn 60 ha lúa mùa và hoa màu của người dân bị ngập úng, vùi lấp. Tổng thiệt hại ban đầu ước tính trên 46 tỷ đồng.

<div style="text-align:center"><img src="/Uploads/2026/9/14/sat-lo-nam-khieu.jpg" alt="Sạt lở tại xã Nậm Khiêu" width="600" /><br /><i>Lực lượng chức năng giúp người dân thôn Khuổi Lầu, xã Nậm Khiêu di dời tài sản ra khỏi khu vực nguy hiểm.</i></div>

Tại thôn Khuổi Lầu, xã Nậm Khiêu, nơi có 11 hộ phải di dời khẩn cấp trong đêm 11/9, đồng chí Phó Chủ tịch UBND tỉnh đã thăm hỏi từng gia đình, trao 412 suất hỗ trợ với tổng số tiền hơn 1,6 tỷ đồng từ nguồn dự phòng ngân sách tỉnh và Quỹ Phòng, chống thiên tai. Mỗi hộ có nhà bị sập hoàn toàn được hỗ trợ 40 triệu đồng; hộ có nhà bị hư hỏng nặng được hỗ trợ từ 10 đến 20 triệu đồng.

Phát biểu tại buổi làm việc với lãnh đạo ba xã, đồng chí Nông Đức Trung yêu cầu chính quyền cơ sở tuyệt đối không để người dân nào bị đói, thiếu chỗ ở; khẩn trương rà soát các điểm có nguy cơ sạt lở cao để chủ động sơ tán trước khi có mưa lớn. Các đơn vị quân đội, công an đóng quân trên địa bàn tiếp tục huy động lực lượng giúp nhân dân dọn dẹp nhà cửa, khơi thông đường giao thông, sớm ổn định cuộc sống.

Đồng chí cũng giao Sở Nông nghiệp và Môi trường phối hợp với các xã khảo sát quỹ đất, lập phương án bố trí dân cư tập trung cho các hộ ở vùng có nguy cơ cao; Sở Xây dựng hướng dẫn người dân dựng lại nhà ở bảo đảm an toàn, tránh xây dựng ven taluy âm và suối.

Ông Lò Văn Pằn, thôn Khuổi Lầu, có nhà bị đất đá vùi lấp một nửa, xúc động cho biết: "Đêm hôm đó mưa to quá, cán bộ xã với bộ đội đến gọi cả nhà đi sớm nên mới giữ được người. Được Nhà nước hỗ trợ thế này, gia đình tôi yên tâm hơn để làm lại nhà trước mùa rét".

Cùng ngày, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đã tiếp nhận thêm 2,3 tỷ đồng ủng hộ của các doanh nghiệp, cơ quan, đơn vị để hỗ trợ người dân vùng thiên tai.

<p style="text-align:right"><b>Minh Hà</b></p>
"""

NA_BODY = """
Những ngày giữa tháng 9, trên các sườn đồi đá vôi ở xã Phú Cát, không khí thu hoạch na đã rộn ràng. Năm nay, nhờ thời tiết đầu vụ thuận lợi và người dân áp dụng biện pháp thụ phấn bổ sung, na chín sớm hơn mọi năm khoảng hai tuần, quả to, đều và ít sâu bệnh.

Có mặt tại thôn Nà Pheo vào buổi sáng sớm, chúng tôi thấy từng tốp người đeo gùi men theo các lối mòn hái những quả na mở mắt, xếp cẩn thận vào sọt lót lá chuối. Dưới chân đồi, nhiều xe tải nhỏ của thương lái đã chờ sẵn để cân hàng ngay tại vườn.

Gia đình anh Hoàng Văn Thào có gần 900 gốc na đang cho quả. Anh Thào cho biết, đợt đầu gia đình đã hái được khoảng 3 tấn, thương lái thu mua tại vườn với giá từ 45.000 đến 60.000 đồng/kg tùy loại, cao hơn cùng kỳ năm ngoái chừng 10.000 đồng. "Năm nay tôi bỏ hẳn thuốc kích thích, chỉ dùng phân chuồng ủ hoai và bao quả từ sớm, quả đẹp nên không lo đầu ra", anh Thào nói.

Theo UBND xã Phú Cát, toàn xã hiện có khoảng 610 ha na, trong đó hơn 480 ha đang cho thu hoạch; sản lượng dự kiến đạt trên 7.000 tấn. Có 3 hợp tác xã và 2 tổ hợp tác đã được cấp mã số vùng trồng, giúp quả na Phú Cát có mặt tại một số hệ thống siêu thị ở các thành phố lớn.

Bên cạnh niềm vui được mùa, người trồng na cũng bày tỏ lo ngại khi giá vật tư, công thuê nhân công tăng cao. Ông Hà Đức Lượng, Giám đốc Hợp tác xã Nông sản sạch Phú Cát, cho rằng để cây na phát triển bền vững, người dân cần liên kết chặt chẽ hơn trong khâu tiêu thụ, tránh tình trạng mỗi hộ tự bán dẫn đến bị ép giá khi vào chính vụ.

Được biết, từ nay đến cuối tháng 9, xã Phú Cát sẽ phối hợp với Sở Công Thương tổ chức tuần lễ quảng bá, giới thiệu sản phẩm na gắn với trải nghiệm du lịch vườn, nhằm mở rộng thị trường và nâng cao thu nhập cho người dân.

<p style="text-align:right"><b>Bài, ảnh: Quang Vinh</b></p>
"""

DUONG_BODY = """
<p><i>Báo Vân Lĩnh nhận được phản ánh của phụ huynh học sinh thôn Bản Lìm, xã Thượng Dương về việc đoạn đường dẫn vào điểm trường chính của Trường Tiểu học Thượng Dương bị xuống cấp nghiêm trọng, mỗi khi mưa xuống trở nên lầy lội, gây khó khăn cho việc đi lại của học sinh.</i></p>

Theo phản ánh, đoạn đường dài khoảng 700 m từ đường liên xã vào trường được đổ bê tông từ năm 2012, đến nay nhiều đoạn đã bong tróc, lộ đá hộc, hình thành các ổ gà lớn. Những ngày mưa vừa qua, nước từ taluy dương tràn xuống khiến mặt đường ngập bùn đất, nhiều em nhỏ phải được bố mẹ cõng qua.

Ngày 12/9, phóng viên Báo Vân Lĩnh đã có mặt tại thôn Bản Lìm. Ghi nhận cho thấy, nhiều đoạn đường bị xói lở một bên lề, chỉ còn rộng khoảng 1,5 m. Chị Vi Thị Hoa, phụ huynh có con học lớp 2, cho biết: "Sáng nào tôi cũng phải đưa con đến tận cổng trường, hôm nào mưa thì xe máy không đi được, phải dắt bộ. Chúng tôi chỉ mong đường sớm được sửa để các cháu đi học an toàn".

Trao đổi với phóng viên, thầy Nguyễn Văn Tuyến, Hiệu trưởng Trường Tiểu học Thượng Dương, xác nhận tình trạng trên và cho biết nhà trường đã nhiều lần kiến nghị chính quyền địa phương. Đầu năm học, giáo viên và phụ huynh đã góp ngày công san lấp tạm các ổ gà nhưng chỉ được một thời gian ngắn.

Ông Hứa Văn Minh, Chủ tịch UBND xã Thượng Dương, cho biết tuyến đường đã được đưa vào danh mục đầu tư năm 2027 từ nguồn vốn chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số. Trước mắt, xã sẽ huy động lực lượng đoàn viên thanh niên và dân quân khắc phục tạm thời, rải đá dăm các đoạn lầy lội để bảo đảm đi lại trong mùa mưa.

Báo Vân Lĩnh chuyển tiếp phản ánh của bạn đọc đến Sở Xây dựng và UBND xã Thượng Dương, đề nghị sớm có phương án sửa chữa, bảo đảm an toàn cho học sinh đến trường.

<p style="text-align:right"><b>Nhóm PV Bạn đọc</b></p>
"""


def listing(items):
    out = []
    for href, title, time, sapo in items:
        out.append(f"""<li><a href="{href}"><b>{esc(title)}</b></a> <span class="time">({time})</span><br />
<span class="sapo">{esc(sapo)}</span></li>""")
    return '<ul class="listNews">\n' + "\n".join(out) + "\n</ul>"


THOISU_ITEMS = [
    (A_SATLO, "Vân Lĩnh hỗ trợ khẩn cấp 412 hộ dân vùng sạt lở sau mưa lớn", "14/09/2026 19:05",
     "Mỗi hộ có nhà bị sập hoàn toàn được hỗ trợ 40 triệu đồng; tỉnh yêu cầu rà soát ngay các điểm có nguy cơ sạt lở cao."),
    ("/Tin-tuc/Thoi-su/Ban-Thuong-vu-Tinh-uy-cho-y-kien-ve-du-thao-quy-hoach-do-thi-Dong-Linh-51840.aspx",
     "Ban Thường vụ Tỉnh ủy cho ý kiến về dự thảo quy hoạch đô thị Đông Lĩnh", "14/09/2026 16:40",
     "Quy hoạch mở rộng không gian đô thị về phía Nam, dành quỹ đất cho công viên và trường học."),
    ("/Tin-tuc/Thoi-su/Cac-xa-bien-gioi-gap-mat-nguoi-co-uy-tin-dip-dau-thu-51821.aspx",
     "Các xã biên giới tổ chức gặp mặt người có uy tín nhân dịp đầu thu", "13/09/2026 10:15",
     "Chính quyền các xã biên giới gặp mặt già làng, trưởng bản, người có uy tín trong đồng bào để lắng nghe ý kiến."),
    ("/Tin-tuc/Thoi-su/Tinh-Van-Linh-giai-ngan-von-dau-tu-cong-dat-58-phan-tram-51812.aspx",
     "Giải ngân vốn đầu tư công 8 tháng đạt 58% kế hoạch", "12/09/2026 15:30",
     "Nhiều dự án giao thông liên xã chậm do vướng mặt bằng; tỉnh thành lập tổ công tác đôn đốc từng dự án."),
    ("/Tin-tuc/Thoi-su/Doan-dai-bieu-Quoc-hoi-tinh-tiep-xuc-cu-tri-xa-Suoi-Mon-51806.aspx",
     "Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri xã Suối Mơn", "11/09/2026 17:20",
     "Cử tri kiến nghị về giá vật tư nông nghiệp, nước sạch sinh hoạt và chính sách cho cán bộ không chuyên trách."),
    ("/Tin-tuc/Thoi-su/Khoi-cong-cau-Ban-Ve-noi-hai-bo-song-Lieng-51799.aspx",
     "Khởi công cầu Bản Vè nối hai bờ sông Liêng", "10/09/2026 09:00",
     "Cây cầu dài 126 m thay thế bến đò ngang, dự kiến hoàn thành trong 14 tháng."),
    ("/Tin-tuc/Thoi-su/Hoi-nghi-so-ket-mo-hinh-chinh-quyen-hai-cap-sau-mot-nam-51790.aspx",
     "Sơ kết hơn một năm vận hành chính quyền địa phương hai cấp", "09/09/2026 14:10",
     "Thời gian giải quyết thủ tục hành chính tại cấp xã rút ngắn bình quân 30%; một số xã còn thiếu cán bộ chuyên môn."),
    ("/Tin-tuc/Thoi-su/Trien-khai-dot-cao-diem-phong-chong-dich-ta-lon-chau-Phi-51784.aspx",
     "Triển khai đợt cao điểm phòng, chống bệnh dịch tả lợn châu Phi", "08/09/2026 16:45",
     "Ngành chăn nuôi thú y tăng cường kiểm soát vận chuyển, tiêu độc khử trùng tại các chợ đầu mối."),
]


def home():
    top = f"""<div class="tin-noi-bat">
<a href="{A_SATLO}"><img src="/Uploads/2026/9/14/sat-lo-nam-khieu-thumb.jpg" alt="" width="420" height="260" style="float:left;margin:0 12px 8px 0" /></a>
<h1><a href="{A_SATLO}" style="color:#8c0d14;text-decoration:none">Vân Lĩnh hỗ trợ khẩn cấp 412 hộ dân vùng sạt lở sau mưa lớn</a></h1>
<p>Chiều 14/9, đoàn công tác UBND tỉnh đã đến thăm, trao hơn 1,6 tỷ đồng hỗ trợ các hộ dân bị thiệt hại tại Nậm Khiêu, Suối Mơn và Thượng Dương; yêu cầu không để người dân nào bị đói, thiếu chỗ ở.</p>
<div style="clear:both"></div>
</div>"""
    blocks = [
        ("Thời sự", THOISU_ITEMS[1:5]),
        ("Kinh tế", [
            (A_NA, "Nông dân Phú Cát thu hoạch na sớm, thương lái vào tận vườn", "14/09/2026 08:20",
             "Na chín sớm hai tuần, giá bán tại vườn từ 45.000 đến 60.000 đồng/kg, cao hơn năm ngoái."),
            ("/Tin-tuc/Kinh-te/Cum-cong-nghiep-Tay-Dong-Linh-thu-hut-them-hai-du-an-51826.aspx",
             "Cụm công nghiệp Tây Đông Lĩnh thu hút thêm hai dự án", "12/09/2026 11:00",
             "Hai dự án chế biến gỗ và dược liệu với tổng vốn hơn 380 tỷ đồng, tạo việc làm cho khoảng 600 lao động."),
            ("/Tin-tuc/Kinh-te/Gia-che-bup-tuoi-tang-nguoi-trong-che-phan-khoi-51815.aspx",
             "Giá chè búp tươi tăng, người trồng chè phấn khởi", "11/09/2026 07:50",
             "Giá chè búp tươi loại một đạt 13.000 đồng/kg, cao nhất trong ba năm trở lại đây."),
        ]),
        ("Bạn đọc", [
            (A_DUONG, "Đường vào Trường Tiểu học Thượng Dương lầy lội, phụ huynh mong sớm sửa chữa", "13/09/2026 09:30",
             "Đoạn đường 700 m xuống cấp nghiêm trọng; xã cam kết rải đá khắc phục tạm trong mùa mưa."),
            ("/Tin-tuc/Ban-doc/Hoi-am-vu-chay-den-duong-tren-tuyen-tranh-pho-Le-Loi-51788.aspx",
             "Hồi âm: Đã sửa xong hệ thống đèn chiếu sáng trên tuyến tránh phố Lê Lợi", "09/09/2026 15:00",
             "Sau phản ánh của bạn đọc, đơn vị quản lý đã thay mới 46 bộ đèn hỏng."),
        ]),
    ]
    parts = [top]
    for name, items in blocks:
        parts.append('<div class="boxTitle">%s</div>' % esc(name))
        parts.append(listing(items))
    return layout("Báo Vân Lĩnh điện tử - Tin tức thời sự tỉnh Vân Lĩnh", "\n".join(parts),
                  active="Trang chủ",
                  desc="Báo Vân Lĩnh điện tử - Cơ quan của Đảng bộ tỉnh Vân Lĩnh. Tin tức thời sự, chính trị, kinh tế, xã hội.")


def section():
    content = '<div class="boxTitle">Thời sự</div>\n' + listing(THOISU_ITEMS) + """
<div class="paging" style="margin:12px 0">Trang: <b>1</b> <a href="/Chuyen-muc/Thoi-su-2.aspx?page=2">2</a> <a href="/Chuyen-muc/Thoi-su-2.aspx?page=3">3</a> <a href="/Chuyen-muc/Thoi-su-2.aspx?page=4">4</a> ... <a href="/Chuyen-muc/Thoi-su-2.aspx?page=2">Trang sau &raquo;</a></div>"""
    return layout("Thời sự - Báo Vân Lĩnh điện tử", content, active="Thời sự")


REL = [(h, t) for h, t, _, _ in THOISU_ITEMS[1:5]]


def pages():
    yield Page(BASE + "/", home())
    yield Page(SEC_THOISU, section())
    body = article("Thời sự", "Vân Lĩnh hỗ trợ khẩn cấp 412 hộ dân vùng sạt lở sau mưa lớn",
                   "(BVL) - Mỗi hộ có nhà bị sập hoàn toàn được hỗ trợ 40 triệu đồng; lãnh đạo tỉnh yêu cầu chính quyền cơ sở "
                   "không để người dân nào bị đói, thiếu chỗ ở và chủ động sơ tán trước khi có mưa lớn.",
                   "19:05 ngày 14/09/2026", paras(SATLO_BODY), REL)
    yield Page(A_SATLO, layout("Vân Lĩnh hỗ trợ khẩn cấp 412 hộ dân vùng sạt lở sau mưa lớn", body,
                               active="Thời sự", charset="windows-1258"),
               content_type="text/html; charset=windows-1258", encoding="cp1258")
    body = article("Kinh tế", "Nông dân Phú Cát thu hoạch na sớm, thương lái vào tận vườn",
                   "(BVL) - Na chín sớm hơn mọi năm khoảng hai tuần, quả to và đều; giá bán tại vườn cao hơn cùng kỳ, "
                   "nhưng người trồng vẫn lo chi phí vật tư, nhân công tăng.",
                   "08:20 ngày 14/09/2026", paras(NA_BODY), [(A_SATLO, "Vân Lĩnh hỗ trợ khẩn cấp 412 hộ dân vùng sạt lở sau mưa lớn")] + REL[:2])
    yield Page(A_NA, layout("Nông dân Phú Cát thu hoạch na sớm, thương lái vào tận vườn", body, active="Kinh tế"))
    body = article("Bạn đọc", "Đường vào Trường Tiểu học Thượng Dương lầy lội, phụ huynh mong sớm được sửa chữa",
                   "(BVL) - Đoạn đường dẫn vào điểm trường chính xuống cấp, mỗi khi mưa trở nên lầy lội khiến học sinh "
                   "đi học vất vả. Chính quyền xã cam kết khắc phục tạm thời trong mùa mưa.",
                   "09:30 ngày 13/09/2026", paras(DUONG_BODY), REL[2:])
    yield Page(A_DUONG, layout("Đường vào Trường Tiểu học Thượng Dương lầy lội, phụ huynh mong sớm được sửa chữa", body,
                               active="Bạn đọc"))
