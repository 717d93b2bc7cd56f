"""phapluatthuongthuc.test: legal-news GIW with an unusually worded, abbreviated licence footer.
Items open with 'Theo <báo> | time' and close with '(Theo <báo>)' + link; a Q&A quoted from a magazine."""
from common import Page, esc, paras

SITE = {
    "site": "phapluatthuongthuc.test",
    "class": "aggregator",
    "kind": "lawful-aggregator",
    "licence_number": "09/GP-STTTT",
    "licence_kind": "giw",
    "issuer": "Sở TT-TT Hòa Khê",
    "notes": ("Legal-news GIW with a 'Pháp luật'/'An ninh - Trật tự' menu and 'phapluat' in the domain; its footer is unusual: "
              "'TTTĐT tổng hợp - GPTL số 09/GP-STTTT, Sở TT-TT Hòa Khê cấp 05.9.2022', 'Người chịu TN nội dung: Ô. ...' "
              "(no word 'Giấy phép', abbreviated issuer, dotted date). Every item is quoted with 'Theo <báo> | time' on top and "
              "'(Theo <báo>)' + link at the end; an attributed headline carries a source's 'Bài 1:' series marker and a quoted "
              "lawyer Q&A uses Hỏi/Trả lời turns."),
}

BASE = "https://phapluatthuongthuc.test"
SEC = BASE + "/an-ninh-trat-tu"
A_THUE = BASE + "/an-ninh-trat-tu/bat-tam-giam-doi-tuong-gia-danh-can-bo-thue-lua-dao-doanh-nghiep-t5821.html"
A_HD = BASE + "/hoi-dap/con-rieng-cua-vo-co-duoc-huong-thua-ke-tai-san-cua-bo-duong-t5817.html"

MENU = [("/", "Trang chủ"), ("/thoi-su-phap-luat", "Thời sự pháp luật"), ("/an-ninh-trat-tu", "An ninh - Trật tự"),
        ("/van-ban-moi", "Văn bản mới"), ("/hoi-dap", "Hỏi - Đáp"), ("/nguoi-tieu-dung", "Người tiêu dùng"),
        ("/giao-thong", "Giao thông")]

CSS = """
body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;background:#fff}
.navbar-ptt{background:#0e3a5b;border:0;border-radius:0}.navbar-ptt .navbar-nav>li>a{color:#fff;font-weight:bold}
.brand-bar{padding:12px 0}.brand-bar .name{font-size:28px;color:#0e3a5b;font-weight:bold}
.list-news .item{padding:10px 0;border-bottom:1px solid #eee}.list-news .item h3{font-size:17px;margin:0 0 4px}
.list-news .via{color:#a0522d;font-size:12px}.detail h1{font-size:26px;color:#0e3a5b}
.detail .via-top{background:#f3f6f9;padding:6px 10px;font-size:13px;color:#555}
.detail .content p{line-height:1.7;text-align:justify}
footer.ptt{background:#eef1f4;border-top:3px solid #0e3a5b;margin-top:30px;padding:16px 0;font-size:12px;color:#555}
"""


def layout(title, content, url, og_type="website"):
    nav = "\n".join('<li><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in MENU)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="q8pV1kz2Yl0n3bXc7R4wE9uTfH6aJ2mD5sGvK0oP">
<title>{esc(title)}</title>
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<link href="/css/bootstrap.min.css" rel="stylesheet">
<link href="/css/app.css?id=8f3a1c2b" rel="stylesheet">
<style>{CSS}</style>
</head>
<body>
<div class="container brand-bar"><a href="/" class="name">Pháp Luật Thường Thức</a> <small class="text-muted">Thông tin pháp luật cho mọi nhà</small>
<form class="pull-right" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Tìm kiếm..."></form></div>
<nav class="navbar navbar-ptt"><div class="container"><ul class="nav navbar-nav">
{nav}
</ul></div></nav>
<div class="container">
{content}
</div>
<footer class="ptt"><div class="container">
<p>Website phapluatthuongthuc.test là TTTĐT tổng hợp - GPTL số 09/GP-STTTT, Sở TT-TT Hòa Khê cấp 05.9.2022</p>
<p>Người chịu TN nội dung: Ô. Phan Gia Lạc | Đ/c: 14 Nguyễn Trãi, P. Hòa Khê Trung, T. Hòa Khê | ĐT: 0235.3812.447</p>
<p>Tin, bài trên trang được dẫn lại nguyên văn từ các cơ quan báo chí, có ghi rõ nguồn và thời gian đăng tải. Trang không có chức năng bình luận.</p>
</div></footer>
<script src="/js/jquery.min.js"></script><script src="/js/bootstrap.min.js"></script>
</body>
</html>
"""


def item(href, title, src, when, teaser):
    return f"""<div class="item"><h3><a href="{href}">{esc(title)}</a></h3>
<div class="via">Theo {esc(src)} | {when}</div><p>{esc(teaser)}</p></div>"""


ITEMS = [
    (A_THUE, "Bắt tạm giam đối tượng giả danh cán bộ thuế để lừa đảo doanh nghiệp", "Báo Hòa Khê", "14/09/2026 16:20",
     "Đối tượng gọi điện yêu cầu doanh nghiệp nộp tiền \"hoàn tất hồ sơ quyết toán\" vào tài khoản cá nhân."),
    (A_HD, "Con riêng của vợ có được hưởng thừa kế tài sản của bố dượng?", "Tạp chí Lẽ Phải", "13/09/2026 09:00",
     "Luật sư giải đáp trường hợp bố dượng mất không để lại di chúc."),
    (BASE + "/thoi-su-phap-luat/tu-1-10-ap-dung-muc-phat-moi-voi-vi-pham-ve-quang-cao-tren-mang-t5819.html",
     "Từ 1/10, áp dụng mức phạt mới với vi phạm về quảng cáo trên mạng", "Báo Tin Sớm", "14/09/2026 08:30",
     "Nghị định mới nâng mức phạt với hành vi quảng cáo sai sự thật trên nền tảng số."),
    (BASE + "/an-ninh-trat-tu/bay-tin-dung-den-qua-ung-dung-bai-1-vay-3-trieu-tra-30-trieu-t5815.html",
     "Bẫy tín dụng đen qua ứng dụng - Bài 1: Vay 3 triệu, trả 30 triệu", "Báo Thanh Âm", "12/09/2026 06:00",
     "Loạt bài của Báo Thanh Âm về các ứng dụng cho vay lãi nặng biến tướng."),
    (BASE + "/giao-thong/phat-nguoi-qua-camera-nhung-luu-y-khi-tra-cuu-t5812.html",
     "Phạt nguội qua camera: những lưu ý khi tra cứu", "Báo Tin Sớm", "11/09/2026 15:45",
     "Chỉ tra cứu trên cổng thông tin chính thức, cảnh giác với tin nhắn mạo danh."),
    (BASE + "/nguoi-tieu-dung/mua-hang-online-bi-giao-sai-khieu-nai-the-nao-t5809.html",
     "Mua hàng online bị giao sai: khiếu nại thế nào?", "Báo Kinh tế Bình Nguyên", "10/09/2026 10:10",
     "Người mua cần lưu lại video mở hàng, hóa đơn và trao đổi với người bán."),
    (BASE + "/van-ban-moi/nhung-chinh-sach-moi-co-hieu-luc-tu-thang-10-2026-t5806.html",
     "Những chính sách mới có hiệu lực từ tháng 10/2026", "Báo Tin Sớm", "10/09/2026 07:00",
     "Điểm lại các quy định mới về thuế, giao thông, lao động có hiệu lực trong tháng tới."),
]

THUE_BODY = """
<p><strong>Giả danh cán bộ cơ quan thuế, Trịnh Văn Khôi gọi điện yêu cầu nhiều doanh nghiệp nộp tiền "hoàn tất hồ sơ quyết toán", chiếm đoạt hơn 1,1 tỷ đồng.</strong></p>

Ngày 14/9, Công an tỉnh Hòa Khê cho biết đã bắt tạm giam Trịnh Văn Khôi (38 tuổi, trú tỉnh Hòa Khê) về hành vi lừa đảo chiếm đoạt tài sản.

Theo cơ quan điều tra, từ tháng 5/2026, Khôi mua danh sách số điện thoại của kế toán nhiều doanh nghiệp trên mạng, sau đó gọi điện xưng là cán bộ thuế, thông báo doanh nghiệp có sai sót trong hồ sơ quyết toán và phải nộp "tiền phạt chậm nộp" hoặc "phí xử lý hồ sơ" vào một tài khoản cá nhân. Để tạo lòng tin, Khôi gửi kèm văn bản giả có hình con dấu, chữ ký của lãnh đạo cơ quan thuế.

Có 14 doanh nghiệp đã chuyển tiền cho Khôi, số tiền mỗi lần từ vài chục đến hơn 200 triệu đồng. Chỉ khi một kế toán đến trực tiếp cơ quan thuế để hỏi thì vụ việc mới bị phát hiện.

Cơ quan thuế khuyến cáo doanh nghiệp: mọi thông báo về nghĩa vụ thuế đều được gửi qua hệ thống thuế điện tử hoặc văn bản chính thức; cơ quan thuế không yêu cầu nộp tiền vào tài khoản cá nhân. Khi nhận cuộc gọi đáng ngờ, doanh nghiệp cần liên hệ trực tiếp cơ quan thuế quản lý để xác minh.

<p style="text-align:right"><strong>Ngọc Sơn</strong></p>

<p><em>(Theo Báo Hòa Khê) - Bài gốc: <a href="https://baohoakhe.example/phap-luat/bat-tam-giam-doi-tuong-gia-danh-can-bo-thue-lua-dao-doanh-nghiep-201445.html" target="_blank" rel="nofollow">baohoakhe.example</a>, đăng 14/09/2026 14:55</em></p>
"""

HD_BODY = """
<p><strong>Hỏi:</strong> Mẹ tôi đi bước nữa khi tôi 6 tuổi. Bố dượng nuôi tôi từ nhỏ đến khi trưởng thành, nhưng không làm thủ tục nhận con nuôi. Tháng 6 vừa qua, bố dượng tôi mất, không để lại di chúc. Tài sản gồm căn nhà đứng tên ông và mẹ tôi. Xin hỏi tôi có được hưởng thừa kế phần tài sản của bố dượng không? <em>(Bạn đọc Đ.T.M., Hòa Khê)</em></p>

<p><strong>Trả lời:</strong></p>

Luật sư Khúc Thị Bảo Ngân, Công ty Luật TNHH Ngân Khúc, trả lời: Theo quy định của Bộ luật Dân sự, con riêng và bố dượng, mẹ kế nếu có quan hệ chăm sóc, nuôi dưỡng nhau như cha con, mẹ con thì được thừa kế di sản của nhau như cha đẻ, con đẻ, mẹ đẻ, con đẻ, và còn được thừa kế theo quy định về thừa kế thế vị.

Như vậy, trong trường hợp của bạn, dù không làm thủ tục nhận con nuôi, nếu chứng minh được giữa bạn và bố dượng có quan hệ chăm sóc, nuôi dưỡng nhau như cha con (chẳng hạn ông trực tiếp nuôi dưỡng, chu cấp cho bạn ăn học; khi ông ốm đau bạn chăm sóc ông), thì bạn thuộc hàng thừa kế thứ nhất của ông, cùng với mẹ bạn và các con đẻ, con nuôi (nếu có) của ông.

Về tài sản, căn nhà đứng tên cả bố dượng và mẹ bạn được xác định là tài sản chung. Khi chia thừa kế, trước hết cần xác định phần của mẹ bạn trong khối tài sản chung; phần còn lại là di sản của bố dượng và được chia đều cho những người thừa kế cùng hàng.

Để bảo vệ quyền lợi, bạn nên thu thập các giấy tờ, lời xác nhận của hàng xóm, chính quyền địa phương, nhà trường… chứng minh quá trình chung sống, nuôi dưỡng. Các bên có thể thỏa thuận phân chia di sản tại văn phòng công chứng; nếu có tranh chấp thì khởi kiện tại tòa án nơi có bất động sản.

<p><em>(Theo Tạp chí Lẽ Phải, chuyên mục "Luật sư của bạn", đăng 12/09/2026 20:00 - <a href="https://lephai.example/luat-su-cua-ban/con-rieng-co-duoc-thua-ke-cua-bo-duong-khong-a30871.html" target="_blank" rel="nofollow">xem bài gốc</a>)</em></p>
"""


def detail(url, cat, title, src, when, body):
    content = f"""<div class="row"><div class="col-md-8 detail">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="#">{esc(cat)}</a></li></ol>
<h1>{esc(title)}</h1>
<div class="via-top">Theo <b>{esc(src)}</b> | {when}</div>
<div class="content">
{body}
</div>
</div>
<div class="col-md-4"><h4>Tin khác</h4><ul>
{"".join('<li><a href="%s">%s</a></li>' % (h, esc(t)) for h, t, _, _, _ in ITEMS[2:6])}
</ul></div></div>"""
    return layout(title + " | Pháp Luật Thường Thức", content, url, "article")


def pages():
    home = '<div class="row"><div class="col-md-8 list-news"><h2>Tin mới cập nhật</h2>\n' + \
        "\n".join(item(*i) for i in ITEMS) + "\n</div></div>"
    yield Page(BASE + "/", layout("Pháp Luật Thường Thức - Thông tin pháp luật cho mọi nhà", home, BASE + "/"))
    an = [ITEMS[0], ITEMS[3],
          (BASE + "/an-ninh-trat-tu/khoi-to-nhom-doi-tuong-cuop-giat-tai-san-tren-duong-ven-bien-t5803.html",
           "Khởi tố nhóm đối tượng cướp giật tài sản trên đường ven biển", "Báo Hòa Khê", "09/09/2026 17:30",
           "Nhóm đối tượng dùng xe máy không biển số, gây ra 7 vụ cướp giật trong một tháng."),
          (BASE + "/an-ninh-trat-tu/canh-giac-chieu-lua-dat-phong-khach-san-gia-re-mua-du-lich-t5798.html",
           "Cảnh giác chiêu lừa đặt phòng khách sạn giá rẻ mùa du lịch", "Báo Thanh Âm", "08/09/2026 11:15",
           "Nhiều du khách chuyển khoản đặt cọc cho các trang giả mạo khách sạn."),
          (BASE + "/an-ninh-trat-tu/bat-qua-tang-co-so-san-xuat-nuoc-giat-gia-nhan-hieu-t5791.html",
           "Bắt quả tang cơ sở sản xuất nước giặt giả nhãn hiệu", "Báo Kinh tế Bình Nguyên", "06/09/2026 09:40",
           "Lực lượng quản lý thị trường thu giữ hơn 3.000 can nước giặt giả.")]
    sec = '<div class="row"><div class="col-md-8 list-news"><h1>An ninh - Trật tự</h1>\n' + \
        "\n".join(item(*i) for i in an) + '\n<ul class="pagination"><li class="active"><span>1</span></li><li><a href="?page=2">2</a></li></ul></div></div>'
    yield Page(SEC, layout("An ninh - Trật tự | Pháp Luật Thường Thức", sec, SEC))
    yield Page(A_THUE, detail(A_THUE, "An ninh - Trật tự", "Bắt tạm giam đối tượng giả danh cán bộ thuế để lừa đảo doanh nghiệp",
                              "Báo Hòa Khê", "14/09/2026 16:20", paras(THUE_BODY)))
    yield Page(A_HD, detail(A_HD, "Hỏi - Đáp", "Con riêng của vợ có được hưởng thừa kế tài sản của bố dượng?",
                            "Tạp chí Lẽ Phải", "13/09/2026 09:00", paras(HD_BODY)))
