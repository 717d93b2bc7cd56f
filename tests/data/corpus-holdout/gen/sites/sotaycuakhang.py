"""sotaycuakhang.test: a teacher's personal WordPress blog with opinion posts and comments.
Category 'Góc nhìn', Jetpack og:type article, first-person voice, reader comments."""
from common import Page, esc, paras

SITE = {
    "site": "sotaycuakhang.test",
    "class": "other",
    "kind": "blog",
    "licence_number": "-",
    "licence_kind": "-",
    "issuer": "-",
    "content_type": "text/html; charset=UTF-8",
    "notes": ("Personal WordPress blog of a secondary-school teacher: first-person opinion posts under a 'Góc nhìn' category "
              "(a press-like section name), Jetpack og:type article, one post reacting to a newspaper's 'Kỳ 1/Kỳ 2' series on "
              "extra classes and quoting it with a link, threaded reader comments ('Bình luận', 'Phản hồi'). No licence, no "
              "newsroom, no reporting."),
}

BASE = "https://sotaycuakhang.test"
CAT = BASE + "/category/goc-nhin"
P1 = BASE + "/2026/09/doc-loat-bai-ve-day-them-thay-minh-trong-do"
P2 = BASE + "/2026/09/chieu-trung-thu-o-pho-cu"

CSS = """
body{background:#fbfaf6;color:#2b2b2b;font-family:"Literata",Georgia,serif;font-size:19px;line-height:1.7;margin:0}
.wp-site-blocks{max-width:720px;margin:0 auto;padding:0 20px}.wp-block-site-title a{font-size:28px;color:#2b2b2b;text-decoration:none}
.wp-block-site-tagline{color:#777;font-style:italic;font-size:16px}.wp-block-navigation ul{list-style:none;display:flex;gap:18px;padding:0;font-family:system-ui,sans-serif;font-size:15px}
.wp-block-post-title{font-size:34px;line-height:1.25}.wp-block-post-date{color:#888;font-family:system-ui,sans-serif;font-size:14px}
.comment-body{border-left:3px solid #e6dfcf;padding-left:14px;margin:16px 0}.children{list-style:none;margin-left:26px}
.comment-meta{font-family:system-ui,sans-serif;font-size:13px;color:#777}blockquote{border-left:3px solid #c7b98f;margin-left:0;padding-left:16px;color:#555}
footer.wp-block-template-part{font-family:system-ui,sans-serif;font-size:14px;color:#888;padding:40px 0}
"""


def layout(title, content, url, body_class, head_extra=""):
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<link rel="canonical" href="{url}" />
{head_extra}
<meta name="generator" content="WordPress 6.6.2" />
<link rel="alternate" type="application/rss+xml" title="Sổ tay của Khang &raquo; Dòng thông tin" href="{BASE}/feed/" />
<style id="global-styles-inline-css">{CSS}</style>
</head>
<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<p class="wp-block-site-title"><a href="{BASE}" rel="home">Sổ tay của Khang</a></p>
<p class="wp-block-site-tagline">Ghi chép lặt vặt của một thầy giáo dạy Văn</p>
<nav class="wp-block-navigation"><ul>
<li><a href="{BASE}/">Trang chủ</a></li><li><a href="{BASE}/category/goc-nhin">Góc nhìn</a></li><li><a href="{BASE}/category/tan-man">Tản mạn</a></li>
<li><a href="{BASE}/category/doc-sach">Đọc sách</a></li><li><a href="{BASE}/category/chuyen-nghe">Chuyện nghề</a></li><li><a href="{BASE}/gioi-thieu">Về tôi</a></li></ul></nav>
</header>
<main class="wp-block-group">
{content}
</main>
<footer class="wp-block-template-part"><p>Sổ tay của Khang · Viết cho vui, đọc cho vui. Các bài viết là ý kiến cá nhân của tôi, không đại diện cho nhà trường nơi tôi công tác.</p>
<p>Được tạo bằng WordPress</p></footer>
</div>
<script src="{BASE}/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""


def og(url, title, date):
    return f"""<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Sổ tay của Khang" />
<meta property="article:published_time" content="{date}" />
<meta property="article:author" content="{BASE}/author/khang" />"""


def comment(cid, author, date, text, children=""):
    kids = f'<ol class="children">{children}</ol>' if children else ""
    return f"""<li id="comment-{cid}" class="comment"><article class="comment-body">
<footer class="comment-meta"><b class="fn">{esc(author)}</b> <span class="says">đã viết:</span> · <time>{date}</time></footer>
<div class="comment-content"><p>{text}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}">Phản hồi</a></div>
</article>{kids}</li>"""


P1_BODY = """
Mấy hôm nay báo Thanh Âm đăng loạt bài về dạy thêm, học thêm sau hơn một năm có quy định mới. Kỳ 1 kể chuyện phụ huynh "chạy" theo lịch học thêm ở trung tâm, Kỳ 2 nói về giáo viên dạy thêm "chui" ở nhà. Tôi đọc cả hai kỳ trong một buổi tối, và thú thật, có lúc thấy mình trong đó.

<blockquote>"Không còn lớp học thêm ở trường, nhưng áp lực điểm số thì vẫn còn nguyên" - một câu trong Kỳ 2 mà tôi cứ nghĩ mãi. (<a href="https://thanham.example/giao-duc/day-them-hoc-them-sau-mot-nam-ky-2-a412688.html" rel="nofollow">đọc bài trên báo Thanh Âm</a>)</blockquote>

Tôi dạy Văn ở một trường THCS đã mười bốn năm. Trước đây tôi cũng có lớp dạy thêm buổi tối, chủ yếu là ôn thi vào lớp 10. Khi quy định mới ra, tôi dừng. Không phải vì tôi tốt đẹp gì hơn ai, mà vì tôi mệt, và vì tôi thấy không đáng để đánh đổi sự thoải mái khi đứng trước học trò của mình trên lớp.

Nhưng tôi cũng hiểu vì sao nhiều đồng nghiệp vẫn dạy. Lương giáo viên hạng III sau chừng ấy năm vẫn chưa đủ để một gia đình ở phố sống thong thả. Và phụ huynh vẫn tìm đến, vì họ lo. Cái lo ấy không biến mất chỉ bằng một văn bản.

Điều tôi muốn nói là: bài báo đúng, nhưng chưa đủ. Nếu kỳ thi vào lớp 10 vẫn là "cửa hẹp" như bây giờ, nếu đề thi vẫn thưởng cho học sinh thuộc dạng bài hơn là đọc hiểu thật sự, thì học thêm sẽ chỉ đổi chỗ, từ lớp học trong trường sang phòng khách nhà ai đó, từ tên "lớp học thêm" sang "câu lạc bộ".

Tôi không có giải pháp. Tôi chỉ biết mình có thể làm một việc nhỏ: dạy trên lớp cho kỹ, giao ít bài hơn nhưng chữa kỹ hơn, và nói thật với phụ huynh rằng con họ không cần học Văn ba buổi một tuần ở ngoài.

Còn các bạn, các bạn nghĩ sao? Cứ để lại bình luận, tôi đọc hết.
"""

P2_BODY = """
Chiều nay tan trường sớm, tôi đi bộ vòng qua phố cũ. Mới giữa tháng mà hàng đèn ông sao đã treo kín hai bên hiên, đỏ, vàng, xanh, lung linh cả trong nắng chiều.

Ở góc phố có bà cụ bán tò he vẫn ngồi đúng chỗ ấy, như hai mươi năm trước khi tôi còn là cậu sinh viên về đây thực tập. Tôi mua một con gà trống cho con gái. Bà nặn chậm hơn ngày xưa, tay run hơn, nhưng cái mào đỏ vẫn dựng lên kiêu hãnh y như thế.

Phố bây giờ đông khách du lịch hơn. Các cửa hàng bánh trung thu xếp hàng dài, người ta chụp ảnh nhiều hơn là mua. Tôi không thấy thế là buồn. Mỗi thời một khác. Chỉ là đứng giữa dòng người ấy, tôi bỗng nhớ cái mâm cỗ năm nào mẹ bày ở hiên nhà: vài quả bưởi, nải chuối, mấy cái bánh dẻo, và con chó bông mẹ tết bằng múi bưởi.

Về nhà, con gái hí hửng cầm con gà tò he, hỏi bố "con gà này ăn được không". Tôi cười, bảo không, con gà này để ngắm thôi. Rồi nghĩ, có những thứ chỉ để ngắm, để nhớ, mà đủ.
"""


def post(url, pid, cat, title, date_iso, date_txt, body, comments):
    content = f"""<article class="wp-block-post post-{pid} post type-post status-publish format-standard hentry category-{cat}">
<h1 class="wp-block-post-title">{esc(title)}</h1>
<div class="wp-block-post-date"><time datetime="{date_iso}">{date_txt}</time> · Khang · <a href="{BASE}/category/{cat}">{'Góc nhìn' if cat == 'goc-nhin' else 'Tản mạn'}</a></div>
<div class="entry-content wp-block-post-content">
{body}
</div>
</article>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">{len(comments)} bình luận về “{esc(title)}”</h2>
<ol class="wp-block-comment-template commentlist">
{"".join(comments)}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="{BASE}/wp-comments-post.php" method="post" id="commentform"><p><textarea id="comment" name="comment" cols="45" rows="6" required></textarea></p>
<p><input id="author" name="author" placeholder="Tên"> <input id="email" name="email" placeholder="Email"></p><p><input name="submit" type="submit" value="Gửi bình luận"></p></form></div></div>"""
    return layout(title + " – Sổ tay của Khang", content, url,
                  "post-template-default single single-post postid-%d single-format-standard" % pid, og(url, title, date_iso))


P1_COMMENTS = [
    comment(812, "Ngọc Hân", "14/09/2026 lúc 21:14",
            "Em là phụ huynh, đọc bài thầy thấy nhẹ lòng. Đúng là cái lo của bố mẹ không biến mất bằng văn bản. Nhưng nếu thầy cô trên lớp như thầy thì bọn em cũng bớt lo.",
            comment(813, "Khang", "14/09/2026 lúc 21:40", "Cảm ơn chị. Thật ra tôi cũng còn nhiều lúc làm chưa tốt, chỉ cố thôi.")),
    comment(815, "thầy Tuấn (Toán)", "14/09/2026 lúc 22:05",
            "Đồng ý với ông về chuyện đề thi. Học sinh cứ luyện dạng là điểm cao thì bố mẹ vẫn cho đi học thêm thôi."),
    comment(819, "Minh", "15/09/2026 lúc 06:32",
            "Em là học sinh lớp 9, em chỉ muốn được ngủ đủ tám tiếng :("),
]

P2_COMMENTS = [
    comment(801, "Lan Anh", "12/09/2026 lúc 19:02", "Đọc mà nhớ mâm cỗ của bà em quá thầy ạ."),
    comment(803, "Hải Đăng", "12/09/2026 lúc 20:47", "Bà cụ bán tò he đầu phố vẫn còn ạ? Lâu lắm em không về."),
]

POSTS = [
    (P1, "Đọc loạt bài về dạy thêm, thấy mình trong đó", "14/09/2026", "Góc nhìn",
     "Báo Thanh Âm đăng loạt bài về dạy thêm, học thêm. Tôi đọc cả hai kỳ trong một buổi tối, và có lúc thấy mình trong đó..."),
    (P2, "Chiều Trung thu ở phố cũ", "12/09/2026", "Tản mạn",
     "Bà cụ bán tò he vẫn ngồi đúng chỗ ấy, như hai mươi năm trước..."),
    (BASE + "/2026/08/nam-hoc-moi-va-chiec-so-chu-nhiem", "Năm học mới và chiếc sổ chủ nhiệm", "30/08/2026", "Chuyện nghề",
     "Năm nay tôi lại làm chủ nhiệm lớp 6. Chiếc sổ mới, ba mươi tám cái tên lạ..."),
    (BASE + "/2026/08/doc-lai-mot-cuon-sach-cu-cua-tuoi-muoi-lam", "Đọc lại một cuốn sách cũ của tuổi mười lăm", "21/08/2026", "Đọc sách",
     "Có những cuốn sách đọc lại ở tuổi bốn mươi thấy khác hẳn..."),
    (BASE + "/2026/07/ve-chuyen-cham-bai-van-bang-ai", "Về chuyện chấm bài văn bằng AI", "28/07/2026", "Góc nhìn",
     "Một đồng nghiệp trẻ hỏi tôi có nên dùng AI chấm bài tập làm văn không. Tôi nghĩ khá lâu..."),
]


def summary(href, title, date, cat, excerpt):
    return f"""<article class="wp-block-post"><h2 class="wp-block-post-title"><a href="{href}">{esc(title)}</a></h2>
<div class="wp-block-post-date">{date} · {esc(cat)}</div><div class="wp-block-post-excerpt"><p>{esc(excerpt)}</p><a href="{href}">Đọc tiếp →</a></div></article>"""


def pages():
    yield Page(BASE + "/", layout("Sổ tay của Khang – Ghi chép lặt vặt của một thầy giáo dạy Văn",
                                   "\n".join(summary(*p) for p in POSTS), BASE + "/", "home blog"))
    gn = [POSTS[0], POSTS[4],
          (BASE + "/2026/06/diem-thi-va-nhung-thu-khong-do-duoc", "Điểm thi và những thứ không đo được", "18/06/2026", "Góc nhìn",
           "Mùa thi nào cũng vậy, tôi lại nghĩ về những thứ mà bảng điểm không bao giờ ghi được..."),
          (BASE + "/2026/05/mang-xa-hoi-va-lop-hoc", "Mạng xã hội và lớp học", "09/05/2026", "Góc nhìn",
           "Học trò tôi biết tin trên mạng nhanh hơn tôi. Câu hỏi là các em có biết tin nào đáng tin không...")]
    yield Page(CAT, layout("Góc nhìn – Sổ tay của Khang",
                           '<h1 class="wp-block-query-title">Chuyên mục: Góc nhìn</h1>\n' + "\n".join(summary(*p) for p in gn),
                           CAT, "archive category category-goc-nhin"))
    yield Page(P1, post(P1, 1184, "goc-nhin", "Đọc loạt bài về dạy thêm, thấy mình trong đó", "2026-09-14T20:30:00+07:00",
                        "14/09/2026", paras(P1_BODY), P1_COMMENTS))
    yield Page(P2, post(P2, 1179, "tan-man", "Chiều Trung thu ở phố cũ", "2026-09-12T18:10:00+07:00",
                        "12/09/2026", paras(P2_BODY), P2_COMMENTS))
