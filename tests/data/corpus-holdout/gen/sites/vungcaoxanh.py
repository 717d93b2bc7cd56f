"""vungcaoxanh.test: provincially licensed GIW that sends its own staff to report.
Textbook GIW footer, no newsroom furniture, domain without press words, narrow
'highland life' menu; the drift is behavioural: self-produced field reports,
'phóng viên' used for its staff, 'PV X - Y' bylines, almost nothing attributed."""
from common import Page, esc, paras

SITE = {
    "site": "vungcaoxanh.test",
    "class": "press-like",
    "kind": "drifted-aggregator",
    "licence_number": "36/GP-STTTT",
    "licence_kind": "giw",
    "issuer": "Sở Thông tin và Truyền thông tỉnh Vân Lĩnh",
    "notes": ("GIW with a textbook footer (labels itself 'Trang thông tin điện tử tổng hợp', names its content person as Bà, no Tòa soạn) "
              "and a domain without press words, but nearly everything is self-produced field reporting: 'Ghi chép của ...', "
              "'phóng viên Vùng Cao Xanh có mặt', 'PV đã liên hệ', bylines 'PV Đức Anh - Hoàng Long'; only two home-page items "
              "are attributed. 1418 §I self-production + sending staff to report; 147 bans press titles for GIW staff."),
}

BASE = "https://vungcaoxanh.test"
SEC = BASE + "/chuyen-muc/ghi-chep"
A_GV = BASE + "/ghi-chep/theo-chan-co-giao-cam-ban-o-phin-sang-mua-khai-giang-3187.html"
A_NUOC = BASE + "/ban-lang/diem-truong-ta-co-van-cho-nuoc-sach-sau-mua-lu-3182.html"
A_CHE = BASE + "/nong-nghiep/hop-tac-xa-che-shan-tuyet-pu-lin-xuat-lo-hang-dau-tien-di-nhat-ban-3176.html"

CSS = """
body{margin:0;background:#eef3ea;font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#2b2b2b}
.wrap{width:1080px;margin:0 auto;background:#fff}
.header{height:96px;background:linear-gradient(90deg,#2f6b2f,#6aa84f);position:relative}
.header .logo{position:absolute;left:18px;top:14px}
.header .slogan{position:absolute;right:20px;top:36px;color:#eaf5df;font-style:italic}
#menu{background:#234d23}
#menu ul.menu{margin:0;padding:0;list-style:none;overflow:hidden}
#menu ul.menu li{float:left}
#menu ul.menu li a{display:block;padding:11px 14px;color:#fff;text-decoration:none;text-transform:uppercase;font-size:13px}
.col-left{float:left;width:720px;padding:14px}.col-right{float:right;width:300px;padding:14px}
.news-item{overflow:hidden;padding:10px 0;border-bottom:1px solid #e2e2e2}
.news-item img{float:left;margin-right:12px}
.news-item .title{font-size:16px;font-weight:bold;color:#234d23}
.detail-title{font-size:26px;color:#1f3d1f;margin:6px 0 8px}
.detail-sapo{font-weight:bold;color:#444}
.detail-content p{line-height:1.65;text-align:justify}
.author{display:block;text-align:right;font-weight:bold;margin-top:10px}
.footer{clear:both;background:#234d23;color:#dfe9d6;padding:16px 20px;font-size:12.5px;line-height:1.6}
"""

MENU = [("/", "Trang chủ"), ("/chuyen-muc/ban-lang", "Bản làng"), ("/chuyen-muc/nong-nghiep", "Nông nghiệp vùng cao"),
        ("/chuyen-muc/ghi-chep", "Ghi chép"), ("/chuyen-muc/van-hoa-dan-toc", "Văn hóa dân tộc"),
        ("/chuyen-muc/du-lich", "Du lịch"), ("/chuyen-muc/guong-sang", "Gương sáng"), ("/video", "Video")]

SIDEBAR = [
    (A_GV, "Theo chân cô giáo cắm bản ở Phìn Sáng mùa khai giảng"),
    (A_NUOC, "Điểm trường Ta Cò vẫn chờ nước sạch sau mùa lũ"),
    (A_CHE, "Hợp tác xã chè Shan tuyết Pù Lìn xuất lô hàng đầu tiên đi Nhật Bản"),
    (BASE + "/van-hoa-dan-toc/nguoi-giu-tieng-khen-cuoi-cung-cua-ban-lung-mu-3170.html", "Người giữ tiếng khèn cuối cùng của bản Lủng Mù"),
    (BASE + "/du-lich/homestay-ban-coc-lau-mua-lua-chin-3165.html", "Homestay bản Cốc Lầu đón khách mùa lúa chín"),
]


def layout(title, content, og_type="website", url=BASE + "/", extra=""):
    menu = "\n".join('<li><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in MENU)
    side = "\n".join('<li><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in SIDEBAR)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="viewport" content="width=1100" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Vùng Cao Xanh" />
<meta property="fb:app_id" content="418820331190872" />
{extra}
<link rel="stylesheet" href="/templates/vcx/css/style.css?v=2.3" />
<style>{CSS}</style>
</head>
<body>
<div id="fb-root"></div>
<div class="wrap">
<div class="header">
<a class="logo" href="/"><img src="/templates/vcx/images/logo.png" alt="Vùng Cao Xanh" height="66" /></a>
<div class="slogan">Kể chuyện bản làng - Lan tỏa sắc màu vùng cao</div>
</div>
<div id="menu"><ul class="menu">
{menu}
</ul></div>
<div class="col-left">
{content}
</div>
<div class="col-right">
<div class="box"><h3 class="box-title">Đọc nhiều nhất</h3><ul class="list">
{side}
</ul></div>
<div class="box"><h3 class="box-title">Fanpage</h3><div class="fb-page" data-href="https://facebook.example/vungcaoxanh" data-width="280"></div></div>
</div>
<div class="footer">
<b>TRANG THÔNG TIN ĐIỆN TỬ TỔNG HỢP VÙNG CAO XANH</b><br />
Giấy phép thiết lập trang thông tin điện tử tổng hợp trên mạng số 36/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Vân Lĩnh cấp ngày 18/5/2022.<br />
Đơn vị chủ quản: Công ty TNHH Truyền thông Mây Ngàn - Địa chỉ: Số 9 ngõ 4 đường Bế Văn Đàn, phường Đông Lĩnh, tỉnh Vân Lĩnh.<br />
Chịu trách nhiệm nội dung: Bà Sầm Thị Diệu - Điện thoại: 0912.448.306 - Email: lienhe@vungcaoxanh.test<br />
Thông tin tổng hợp từ các nguồn chính thống và do cộng tác viên cung cấp.
</div>
</div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v19.0"></script>
</body>
</html>
"""


def detail(url, cat, title, sapo, date, body):
    content = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="#">{esc(cat)}</a></div>
<h1 class="detail-title">{esc(title)}</h1>
<div class="detail-time">{date}</div>
<div class="detail-sapo">{esc(sapo)}</div>
<div class="detail-content">
{body}
</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Chia sẻ Facebook</a></div>
<h3>Bình luận</h3>
<div class="fb-comments" data-href="{url}" data-width="700" data-numposts="5"></div>"""
    return layout(title + " - Vùng Cao Xanh", content, "article", url,
                  f'<meta property="article:section" content="{esc(cat)}" />')


GV_BODY = """
Mới năm giờ sáng, bản Phìn Sáng còn chìm trong sương. Cô giáo Vàng Thị Nhung đã nhóm xong bếp, đun nồi nước để pha sữa cho mười một học trò lớp mầm non. Đây là năm thứ chín cô "cắm bản" ở điểm trường lẻ này, cách trung tâm xã gần 14 km đường dốc.

Phóng viên Vùng Cao Xanh có mặt ở Phìn Sáng đúng tuần khai giảng. Con đường đất đỏ từ ngã ba Lũng Pù lên bản sau mấy trận mưa lớn bị xẻ thành những rãnh sâu, xe máy phải cuốn xích vào bánh mới leo nổi. Có đoạn chúng tôi phải xuống dắt bộ, bùn ngập quá mắt cá chân.

Điểm trường có hai phòng học dựng bằng gỗ, mái lợp tôn, một phòng cho lớp ghép 1-2, một phòng cho các cháu mầm non. Phía sau là gian bếp và một căn phòng nhỏ kê hai chiếc giường, nơi cô Nhung và cô Giàng Thị Sua ở suốt tuần. "Cuối tuần nào trời tạnh thì về nhà, mưa thì ở lại luôn, quen rồi", cô Nhung cười.

Những ngày đầu năm học, việc khó nhất không phải là dạy chữ mà là vận động các cháu ra lớp. Cô Sua kể, năm nào cũng có vài gia đình định cho con nghỉ học để theo bố mẹ lên nương hoặc trông em. Hai cô giáo lại lặn lội đến từng nhà, nói chuyện bằng tiếng Mông, có khi phải đến ba, bốn lần mới thuyết phục được.

Năm học này, nhờ nhóm thiện nguyện dưới xuôi ủng hộ, điểm trường có thêm bồn chứa nước inox và tủ sách nhỏ. Nhưng điện lưới vẫn chưa về tới bản; buổi tối hai cô soạn giáo án dưới ánh đèn tích điện.

Trao đổi với chúng tôi, ông Thào A Dế, trưởng bản Phìn Sáng, nói người dân trong bản rất quý các cô giáo. Mùa lúa chín, nhà nào cũng mang biếu cô ít gạo mới; mùa đông, thanh niên trong bản góp củi cho điểm trường. "Các cô ở lại thì con cháu mình mới biết chữ", ông Dế nói.

Rời Phìn Sáng khi trời đã xế chiều, tiếng đánh vần của lũ trẻ vẫn vọng theo chúng tôi xuống dốc.

<span class="author">Ghi chép của Lò Thị Hiền</span>
"""

NUOC_BODY = """
Đã gần một tháng kể từ khi lũ quét cuốn trôi đường ống dẫn nước, hơn 60 học sinh và giáo viên điểm trường Ta Cò (Trường Phổ thông dân tộc bán trú Tiểu học xã Lũng Pù) vẫn phải dùng nước suối đục để sinh hoạt.

Theo ghi nhận của PV Vùng Cao Xanh ngày 10/9, đường ống nhựa dẫn nước từ khe núi về bể chứa của điểm trường bị đứt ở nhiều đoạn, có đoạn dài hàng chục mét bị vùi dưới lớp đất đá. Bể chứa 10 m³ gần như cạn. Hằng ngày, giáo viên và học sinh lớn phải xách can xuống suối cách trường khoảng 300 m để lấy nước, đem về lọc qua vải rồi đun sôi.

"Nước suối sau mưa rất đục, các cháu rửa tay, rửa bát xong lại thấy ngứa. Chúng tôi lo nhất là bệnh đường ruột", thầy Hầu Văn Páo, giáo viên phụ trách điểm trường, chia sẻ.

Một số phụ huynh cho biết đã cùng nhà trường góp công nối tạm đường ống, nhưng chỉ được vài ngày thì một trận mưa khác lại làm đứt. Vật tư mua tạm cũng không đủ để thay cả tuyến dài gần 1,5 km.

PV đã liên hệ với ông Sình Văn Khoa, Phó Chủ tịch UBND xã Lũng Pù. Ông Khoa xác nhận sự việc và cho biết xã đã lập danh sách các công trình nước sinh hoạt bị hư hỏng sau mưa lũ, trong đó có tuyến nước điểm trường Ta Cò, gửi các sở, ngành đề nghị hỗ trợ kinh phí. "Trong lúc chờ, xã sẽ cử lực lượng dân quân cùng nhà trường nối lại đường ống, di chuyển đầu nguồn lên vị trí an toàn hơn", ông Khoa nói.

Vùng Cao Xanh sẽ tiếp tục theo dõi và thông tin về việc khắc phục tuyến nước tại điểm trường này.

<span class="author">PV Đức Anh - Hoàng Long</span>
"""

CHE_BODY = """
Sáng 8/9, tại xưởng chế biến của Hợp tác xã chè Shan tuyết Pù Lìn, lô chè xanh đầu tiên nặng 1,2 tấn đã được đóng container để xuất sang Nhật Bản. Đây là kết quả sau ba năm hợp tác xã chuyển đổi sang quy trình canh tác hữu cơ.

Vùng Cao Xanh đã lên Pù Lìn trong những ngày hợp tác xã hoàn tất đơn hàng. Trên các sườn núi cao hơn 1.300 m, những cây chè cổ thụ thân phủ rêu trắng được người Dao đỏ chăm sóc theo cách truyền thống: không phun thuốc, chỉ làm cỏ bằng tay. Lá chè được hái một tôm hai lá, đem về sao ngay trong ngày.

Chị Triệu Thị Mẩy, Giám đốc hợp tác xã, cho biết để đạt tiêu chuẩn của đối tác, các thành viên phải ghi nhật ký canh tác, mỗi gốc chè được gắn mã. Giá thu mua búp tươi cho bà con tăng từ 25.000 lên 40.000 đồng/kg. "Lúc đầu nhiều nhà chưa quen ghi chép, giờ thì thành nếp rồi", chị Mẩy nói.

Hiện hợp tác xã có 47 hộ thành viên với khoảng 85 ha chè. Năm tới, hợp tác xã dự kiến mở thêm điểm du lịch trải nghiệm hái và sao chè cho du khách.

<span class="author">Bài và ảnh: Mai Anh</span>
"""


def item(href, title, sapo, date, cat=""):
    return f"""<div class="news-item"><a href="{href}"><img src="/uploads/thumb/{href.rsplit('-', 1)[1].replace('.html', '')}.jpg" width="180" height="115" alt="" /></a>
<a class="title" href="{href}">{esc(title)}</a><div class="time">{cat}{date}</div><p>{sapo}</p></div>"""


def pages():
    home = [
        '<h2 class="cat-title">Tin mới</h2>',
        item(A_GV, "Theo chân cô giáo cắm bản ở Phìn Sáng mùa khai giảng",
             "Năm thứ chín ở điểm trường lẻ cách trung tâm xã 14 km đường dốc, cô giáo Vàng Thị Nhung vẫn dậy từ năm giờ sáng nhóm bếp pha sữa cho học trò.", "14/09/2026 20:10", "Ghi chép | "),
        item(A_NUOC, "Điểm trường Ta Cò vẫn chờ nước sạch sau mùa lũ",
             "Đường ống bị lũ cuốn trôi gần một tháng, hơn 60 học sinh và giáo viên phải dùng nước suối đục.", "11/09/2026 07:45", "Bản làng | "),
        item(A_CHE, "Hợp tác xã chè Shan tuyết Pù Lìn xuất lô hàng đầu tiên đi Nhật Bản",
             "Sau ba năm chuyển đổi sang canh tác hữu cơ, lô chè xanh 1,2 tấn đã lên đường sang Nhật.", "09/09/2026 16:30", "Nông nghiệp | "),
        item(SIDEBAR[3][0], "Người giữ tiếng khèn cuối cùng của bản Lủng Mù",
             "Ở tuổi 78, cụ Giàng A Sử vẫn tự làm khèn và dạy miễn phí cho thanh niên trong bản mỗi tối thứ Bảy.", "07/09/2026 09:00", "Văn hóa dân tộc | "),
        item(SIDEBAR[4][0], "Homestay bản Cốc Lầu đón khách mùa lúa chín",
             "Mười hai hộ làm du lịch cộng đồng đã kín phòng đến hết tháng 10; phóng viên ghi nhận nhiều đoàn khách nước ngoài lưu trú dài ngày.", "05/09/2026 10:20", "Du lịch | "),
        item(BASE + "/ban-lang/tinh-van-linh-ho-tro-khan-cap-cac-ho-dan-vung-sat-lo-3179.html", "Tỉnh Vân Lĩnh hỗ trợ khẩn cấp các hộ dân vùng sạt lở",
             "Hơn 1,6 tỷ đồng đã được trao tận tay các hộ dân ở ba xã bị thiệt hại. (Theo Báo Vân Lĩnh)", "15/09/2026 06:30", "Bản làng | "),
        item(BASE + "/nong-nghiep/gia-che-bup-tuoi-tang-cao-nhat-ba-nam-3173.html", "Giá chè búp tươi tăng cao nhất ba năm",
             "Chè búp tươi loại một được thương lái mua 13.000 đồng/kg. Nguồn: Báo Vân Lĩnh", "11/09/2026 14:00", "Nông nghiệp | "),
        item(BASE + "/guong-sang/chang-trai-mong-dua-internet-ve-ban-3168.html", "Chàng trai Mông đưa Internet về bản",
             "Tốt nghiệp cao đẳng, Thào A Lềnh trở về vận động bà con góp tiền kéo cáp quang, lập điểm truy cập cộng đồng.", "06/09/2026 08:15", "Gương sáng | "),
    ]
    yield Page(BASE + "/", layout("Vùng Cao Xanh - Kể chuyện bản làng", "\n".join(home)))
    sec = [
        '<h1 class="cat-title">Ghi chép</h1>',
        item(A_GV, "Theo chân cô giáo cắm bản ở Phìn Sáng mùa khai giảng",
             "Con đường đất đỏ xẻ rãnh sau mưa, hai phòng học gỗ mái tôn và những buổi tối soạn giáo án dưới đèn tích điện.", "14/09/2026 20:10"),
        item(BASE + "/ghi-chep/mot-ngay-voi-to-bao-ve-rung-ban-nam-tha-3161.html", "Một ngày với tổ bảo vệ rừng bản Nậm Thà",
             "Bảy người, bốn nghìn héc-ta rừng và những chuyến tuần tra kéo dài hai ngày đêm. Chúng tôi đã đi cùng họ một vòng tuần tra.", "02/09/2026 18:00"),
        item(BASE + "/ghi-chep/chuyen-do-cuoi-cung-tren-song-lieng-3149.html", "Chuyến đò cuối cùng trên sông Liêng",
             "Khi cầu Bản Vè khởi công, người lái đò ba mươi năm biết mình sắp nghỉ nghề. Ghi chép từ bến đò ngang.", "27/08/2026 15:40"),
        item(BASE + "/ghi-chep/mua-ngo-tren-da-3137.html", "Mùa ngô trên đá",
             "Những hốc đá tai mèo được bà con tra từng hạt ngô; phóng viên ghi lại một mùa thu hoạch giữa mưa nắng thất thường.", "20/08/2026 09:30"),
        item(BASE + "/ghi-chep/dem-trang-o-lang-dao-tien-3122.html", "Đêm trăng ở làng Dao Tiền",
             "Một đêm hát giao duyên bên bếp lửa và nỗi lo giữ nghề in hoa văn sáp ong.", "12/08/2026 21:05"),
        '<div class="paging"><span>1</span> <a href="/chuyen-muc/ghi-chep?page=2">2</a> <a href="/chuyen-muc/ghi-chep?page=3">3</a></div>',
    ]
    yield Page(SEC, layout("Ghi chép - Vùng Cao Xanh", "\n".join(sec), url=SEC))
    yield Page(A_GV, detail(A_GV, "Ghi chép", "Theo chân cô giáo cắm bản ở Phìn Sáng mùa khai giảng",
                            "Năm thứ chín \"cắm bản\" ở điểm trường lẻ, cô giáo Vàng Thị Nhung vẫn dậy từ năm giờ sáng, nhóm bếp pha sữa cho học trò trước khi vào lớp.",
                            "Thứ Hai, 14/09/2026 - 20:10", paras(GV_BODY)))
    yield Page(A_NUOC, detail(A_NUOC, "Bản làng", "Điểm trường Ta Cò vẫn chờ nước sạch sau mùa lũ",
                              "Đường ống dẫn nước bị lũ cuốn trôi gần một tháng nay, hơn 60 học sinh và giáo viên phải dùng nước suối đục để sinh hoạt.",
                              "Thứ Sáu, 11/09/2026 - 07:45", paras(NUOC_BODY)))
    yield Page(A_CHE, detail(A_CHE, "Nông nghiệp vùng cao", "Hợp tác xã chè Shan tuyết Pù Lìn xuất lô hàng đầu tiên đi Nhật Bản",
                             "Sau ba năm chuyển đổi sang canh tác hữu cơ, lô chè xanh đầu tiên của hợp tác xã đã được xuất sang Nhật Bản, giá búp tươi thu mua của bà con tăng mạnh.",
                             "Thứ Tư, 09/09/2026 - 16:30", paras(CHE_BODY)))
