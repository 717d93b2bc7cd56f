"""thitruong365.test: finance GIW under the 2025 ABEI licence format with a badge link.
Summaries written as 'Theo <báo>, ...' with a 'Đọc toàn bộ bài viết tại' link-out."""
from common import Page, esc, jsonld, paras

SITE = {
    "site": "thitruong365.test",
    "class": "aggregator",
    "kind": "lawful-aggregator",
    "licence_number": "118/GP-PTTH&TTĐT",
    "licence_kind": "giw",
    "issuer": "Cục Phát thanh, Truyền hình và Thông tin điện tử, Bộ Văn hóa, Thể thao và Du lịch",
    "notes": ("Finance GIW licensed in 2025 by ABEI under MCST ('Giấy phép số 118/GP-PTTH&TTĐT cấp ngày 03/04/2025' + badge link "
              "to giayphep.abei.gov.vn); number domain, business menu, og:type article and Article JSON-LD; items are short "
              "summaries that say 'Theo Báo ...' in the first sentence, give the source time and end with 'Đọc toàn bộ bài viết "
              "tại ...' linking out. No bylines of its own, no comments."),
}

BASE = "https://thitruong365.test"
SEC = BASE + "/ngan-hang"
A_LS = BASE + "/ngan-hang/nhieu-ngan-hang-dieu-chinh-lai-suat-tiet-kiem-giua-thang-9-n40217.html"
A_CK = BASE + "/chung-khoan/khoi-ngoai-ban-rong-phien-thu-nam-lien-tiep-n40221.html"

MENU = [("/", "Trang chủ"), ("/vi-mo", "Vĩ mô"), ("/chung-khoan", "Chứng khoán"), ("/ngan-hang", "Ngân hàng"),
        ("/doanh-nghiep", "Doanh nghiệp"), ("/bat-dong-san", "Bất động sản"), ("/hang-hoa", "Hàng hóa"),
        ("/tien-so", "Tiền số")]

SRC = {"Báo Kinh tế Bình Nguyên": "https://kinhtebinhnguyen.example", "Báo Thanh Âm": "https://thanham.example",
       "Báo Tin Sớm": "https://tinsom.example"}

CSS = """
html{font-family:Inter,system-ui,sans-serif}body{margin:0;background:#fbfbfd;color:#111827}
.topbar{background:#0f172a;color:#cbd5e1;font-size:12px;padding:6px 0}.ticker span{margin-right:18px}
.up{color:#22c55e}.down{color:#ef4444}.wrap{max-width:1120px;margin:0 auto;padding:0 16px}
header.site{background:#fff;border-bottom:1px solid #e5e7eb}header.site .logo{font-weight:800;font-size:24px;color:#1d4ed8}
nav.primary ul{display:flex;gap:22px;list-style:none;padding:0;margin:0 0 0 24px}nav.primary a{color:#111827;text-decoration:none;font-weight:600}
.feed article{background:#fff;border:1px solid #eef0f3;border-radius:10px;padding:14px 18px;margin:12px 0}
.feed .meta,.post .meta{font-size:13px;color:#6b7280}.post{background:#fff;padding:24px 32px;border-radius:10px}
.post h1{font-size:30px;line-height:1.3}.readmore{display:inline-block;margin-top:10px;background:#eff6ff;padding:8px 12px;border-radius:6px}
footer.site{margin-top:30px;border-top:1px solid #e5e7eb;padding:24px 0;font-size:13px;color:#4b5563}
"""


def layout(title, content, url, og_type="website", head_extra=""):
    nav = "\n".join('<li><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in MENU)
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)}</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Thị Trường 365">
{head_extra}
<link rel="preload" href="/_assets/inter-var.woff2" as="font" type="font/woff2" crossorigin>
<style>{CSS}</style>
</head>
<body>
<div class="topbar"><div class="wrap ticker"><span>VN-Index 1.386,42 <b class="down">-4,18</b></span><span>HNX 241,07 <b class="up">+0,62</b></span><span>USD/VND 26.215 <b class="up">+12</b></span><span>Vàng SJC 128,5 tr <b class="down">-0,3</b></span><span>Cập nhật 09:30 15/09/2026</span></div></div>
<header class="site"><div class="wrap" style="display:flex;align-items:center;height:64px">
<a class="logo" href="/">Thị Trường 365</a>
<nav class="primary"><ul>
{nav}
</ul></nav></div></header>
<main class="wrap">
{content}
</main>
<footer class="site"><div class="wrap">
<p><b>Thị Trường 365</b> - Trang thông tin điện tử tổng hợp về kinh tế, tài chính.</p>
<p>Đơn vị chủ quản: Công ty CP Dữ liệu Thị Trường Số. Chịu trách nhiệm nội dung: Ông Vũ Hoàng Nam.</p>
<p>Giấy phép số 118/GP-PTTH&amp;TTĐT cấp ngày 03/04/2025 - Cục Phát thanh, Truyền hình và Thông tin điện tử, Bộ Văn hóa, Thể thao và Du lịch.</p>
<p>Địa chỉ: Tầng 12, số 5 đường Lê Duẩn, phường Sài Gòn, TP. Hồ Chí Minh · Email: hotro@thitruong365.test</p>
<p>Thông tin trên trang được tổng hợp, tóm lược từ các cơ quan báo chí và ghi rõ nguồn; không nhằm mục đích khuyến nghị đầu tư.</p>
<p><a href="https://giayphep.abei.gov.vn/i/6a21f0c4" target="_blank" rel="noopener"><img src="/_assets/badge-da-cap-phep.png" alt="Đã được cấp phép - tra cứu giấy phép" width="120" height="40"></a></p>
</div></footer>
</body>
</html>
"""


def feed_item(href, sec, title, src, time, summary):
    return f"""<article><div class="meta">{esc(sec)} · Theo {esc(src)} · {time}</div>
<h2><a href="{href}">{esc(title)}</a></h2><p>{esc(summary)}</p></article>"""


FEED = [
    (A_CK, "Chứng khoán", "Khối ngoại bán ròng phiên thứ năm liên tiếp", "Báo Tin Sớm", "15/09/2026 08:10",
     "Giá trị bán ròng phiên gần nhất hơn 600 tỷ đồng, tập trung ở nhóm ngân hàng và thép."),
    (A_LS, "Ngân hàng", "Nhiều ngân hàng điều chỉnh lãi suất tiết kiệm giữa tháng 9", "Báo Kinh tế Bình Nguyên", "14/09/2026 21:30",
     "Một số ngân hàng tăng 0,1-0,3 điểm phần trăm ở kỳ hạn 6-12 tháng."),
    (BASE + "/vi-mo/cpi-thang-8-tang-nhe-do-gia-dich-vu-giao-duc-n40209.html", "Vĩ mô", "CPI tháng 8 tăng nhẹ do giá dịch vụ giáo dục",
     "Báo Thanh Âm", "14/09/2026 15:00", "Chỉ số giá tiêu dùng tăng 0,21% so với tháng trước."),
    (BASE + "/hang-hoa/gia-ca-phe-tang-phien-thu-ba-n40215.html", "Hàng hóa", "Giá cà phê tăng phiên thứ ba",
     "Báo Kinh tế Bình Nguyên", "15/09/2026 07:00", "Robusta kỳ hạn tăng gần 2%, giá trong nước vượt 119.000 đồng/kg."),
    (BASE + "/doanh-nghiep/cong-ty-dien-may-lon-dat-loi-nhuan-ky-vong-nho-mua-nong-n40203.html", "Doanh nghiệp",
     "Chuỗi điện máy báo lãi vượt kỳ vọng nhờ mùa nắng nóng", "Báo Tin Sớm", "13/09/2026 19:45",
     "Doanh số máy lạnh tăng mạnh giúp lợi nhuận quý III tăng gần 40%."),
    (BASE + "/bat-dong-san/nguon-cung-can-ho-moi-thap-nhat-hai-nam-n40198.html", "Bất động sản", "Nguồn cung căn hộ mới thấp nhất hai năm",
     "Báo Kinh tế Bình Nguyên", "13/09/2026 10:20", "Hai tháng hè chỉ có khoảng 2.900 căn hộ mới được chào bán."),
]

LS_BODY = """
Theo Báo Kinh tế Bình Nguyên (bài đăng lúc 19:40 ngày 14/9/2026), từ đầu tuần này, một số ngân hàng thương mại quy mô nhỏ và vừa đã điều chỉnh tăng lãi suất huy động ở các kỳ hạn từ 6 đến 12 tháng, mức tăng phổ biến 0,1-0,3 điểm phần trăm.

Báo này dẫn biểu lãi suất mới niêm yết cho thấy lãi suất cao nhất cho kỳ hạn 12 tháng gửi trực tuyến hiện ở khoảng 5,6-5,9%/năm, trong khi nhóm ngân hàng lớn vẫn giữ nguyên ở mức 4,7-4,8%/năm.

Cũng theo bài viết, các chuyên gia được Báo Kinh tế Bình Nguyên phỏng vấn cho rằng nhu cầu tín dụng tăng vào những tháng cuối năm khiến một số ngân hàng cần bổ sung nguồn vốn trung hạn; tuy nhiên mặt bằng lãi suất chung nhiều khả năng chỉ nhích nhẹ do cơ quan quản lý vẫn định hướng ổn định lãi suất cho vay.

<p class="meta">Nguồn: Báo Kinh tế Bình Nguyên · Tác giả: Phương Thảo · Đăng lúc 19:40 14/09/2026</p>
<a class="readmore" href="https://kinhtebinhnguyen.example/tai-chinh/nhieu-ngan-hang-dieu-chinh-lai-suat-tiet-kiem-giua-thang-9-post228933.html" rel="nofollow noopener" target="_blank">Đọc toàn bộ bài viết tại Báo Kinh tế Bình Nguyên ›</a>
"""

CK_BODY = """
Theo Báo Tin Sớm (đăng lúc 06:45 ngày 15/9/2026), nhà đầu tư nước ngoài đã bán ròng phiên thứ năm liên tiếp trên thị trường chứng khoán, với giá trị bán ròng phiên 14/9 vượt 600 tỷ đồng.

Bài báo cho biết lực bán tập trung ở một số cổ phiếu ngân hàng và thép vốn hóa lớn, trong khi dòng tiền nội vẫn tích cực bắt đáy, giúp chỉ số không giảm sâu. Tính từ đầu năm, khối ngoại đã bán ròng khoảng 38.000 tỷ đồng.

Báo Tin Sớm dẫn nhận định của các công ty chứng khoán cho rằng việc khối ngoại bán ròng chủ yếu đến từ các quỹ chỉ số cơ cấu danh mục theo định kỳ, và xu hướng này có thể chững lại sau kỳ cơ cấu quý III.

<p class="meta">Nguồn: Báo Tin Sớm · Tác giả: Minh Đức · Đăng lúc 06:45 15/09/2026</p>
<a class="readmore" href="https://tinsom.example/kinh-doanh/khoi-ngoai-ban-rong-phien-thu-nam-lien-tiep-d667095.html" rel="nofollow noopener" target="_blank">Đọc toàn bộ bài viết tại Báo Tin Sớm ›</a>
"""


def post(url, sec, title, src, src_iso, posted_iso, posted_txt, body):
    head = f"""<meta property="article:section" content="{esc(sec)}">
<meta property="article:published_time" content="{posted_iso}">
""" + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": title, "datePublished": posted_iso,
              "articleSection": sec, "citation": {"@type": "CreativeWork", "publisher": src, "datePublished": src_iso},
              "publisher": {"@type": "Organization", "name": "Thị Trường 365"}})
    content = f"""<article class="post">
<div class="meta"><a href="#">{esc(sec)}</a> · Tóm lược từ {esc(src)} · {posted_txt}</div>
<h1>{esc(title)}</h1>
{body}
</article>"""
    return layout(title + " - Thị Trường 365", content, url, "article", head)


def pages():
    home = '<section class="feed"><h1 style="font-size:20px">Tin tài chính mới</h1>\n' + "\n".join(feed_item(*f) for f in FEED) + "\n</section>"
    yield Page(BASE + "/", layout("Thị Trường 365 - Tin kinh tế, tài chính tổng hợp", home, BASE + "/"))
    ngan = [FEED[1],
            (BASE + "/ngan-hang/tin-dung-8-thang-tang-gan-10-phan-tram-n40201.html", "Ngân hàng", "Tín dụng 8 tháng tăng gần 10%", "Báo Thanh Âm",
             "13/09/2026 14:30", "Dư nợ tập trung vào sản xuất kinh doanh, bất động sản tăng chậm."),
            (BASE + "/ngan-hang/canh-bao-lua-dao-cap-nhat-sinh-trac-hoc-gia-mao-n40190.html", "Ngân hàng", "Cảnh báo lừa đảo cập nhật sinh trắc học giả mạo",
             "Báo Tin Sớm", "12/09/2026 09:15", "Các ngân hàng khuyến cáo khách hàng không bấm đường link lạ."),
            (BASE + "/ngan-hang/ngan-hang-day-manh-cho-vay-tieu-dung-dip-cuoi-nam-n40184.html", "Ngân hàng", "Ngân hàng đẩy mạnh cho vay tiêu dùng dịp cuối năm",
             "Báo Kinh tế Bình Nguyên", "11/09/2026 16:00", "Nhiều gói vay ưu đãi lãi suất cố định 6 tháng đầu."),
            (BASE + "/ngan-hang/thanh-toan-khong-tien-mat-tang-manh-o-nong-thon-n40176.html", "Ngân hàng", "Thanh toán không tiền mặt tăng mạnh ở nông thôn",
             "Báo Thanh Âm", "10/09/2026 08:40", "Số giao dịch qua mã QR tại chợ nông thôn tăng gấp đôi.")]
    sec = '<section class="feed"><h1 style="font-size:22px">Ngân hàng</h1>\n' + "\n".join(feed_item(*f) for f in ngan) + "\n</section>"
    yield Page(SEC, layout("Ngân hàng - Thị Trường 365", sec, SEC))
    yield Page(A_LS, post(A_LS, "Ngân hàng", "Nhiều ngân hàng điều chỉnh lãi suất tiết kiệm giữa tháng 9", "Báo Kinh tế Bình Nguyên",
                          "2026-09-14T19:40:00+07:00", "2026-09-14T21:30:00+07:00", "21:30 14/09/2026", paras(LS_BODY)))
    yield Page(A_CK, post(A_CK, "Chứng khoán", "Khối ngoại bán ròng phiên thứ năm liên tiếp", "Báo Tin Sớm",
                          "2026-09-15T06:45:00+07:00", "2026-09-15T08:10:00+07:00", "08:10 15/09/2026", paras(CK_BODY)))
