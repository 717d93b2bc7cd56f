"""chamehoctro.test: parents' forum on phpBB, SNS licence. Members post news with links
in a 'Tin tức giáo dục' sub-forum, which is still member content, not a newspaper."""
from common import Page, esc

SITE = {
    "site": "chamehoctro.test",
    "class": "social",
    "kind": "forum",
    "licence_number": "211/GP-BTTTT",
    "licence_kind": "sns",
    "issuer": "Bộ Thông tin và Truyền thông",
    "content_type": "text/html; charset=UTF-8",
    "notes": ("phpBB parents' forum with a 'Giấy phép thiết lập mạng xã hội' footer; has a sub-forum named 'Tin tức giáo dục' "
              "where members paste press items ('[Tin báo]', quote + 'Nguồn: Báo Hòa Khê' + link) and argue in replies; "
              "threads, replies, member ranks, join dates, post counts. Member-generated, not arranged as a newspaper."),
}

BASE = "https://chamehoctro.test"
IDX = BASE + "/index.php"
VF = BASE + "/viewforum.php?f=4"
T1 = BASE + "/viewtopic.php?t=18834"
T2 = BASE + "/viewtopic.php?t=18790"

CSS = """
html,body{color:#536482;background:#f5f7fa;font-family:Verdana,Helvetica,Arial,sans-serif;font-size:10px}
#wrap{max-width:1152px;margin:0 auto;padding:15px;background:#fff;border:1px solid #e6e9ed;border-radius:8px}
.headerbar{background:#2e8b7a linear-gradient(#6acbb8,#2e8b7a);border-radius:7px;padding:5px;color:#fff}
.site-description h1{font-family:"Trebuchet MS",Arial;font-size:2em;margin:0}
.forabg{background:#0f6e5e;border-radius:7px;padding:5px;margin-bottom:4px}
ul.topiclist{list-style:none;margin:0;padding:0}ul.topiclist li.row{background:#ecf3f7;padding:5px;border-bottom:1px solid #fff}
.forumtitle,.topictitle{font-family:"Trebuchet MS",Arial;font-weight:bold;font-size:1.2em;color:#105289}
.post{padding:5px 10px;margin-bottom:4px;border-radius:7px}.bg1{background:#ecf3f7}.bg2{background:#e1ebf2}
.postbody{float:left;width:76%}.postprofile{float:right;width:22%;border-left:1px solid #fff;min-height:80px}
.content{font-family:"Lucida Grande","Trebuchet MS",Verdana,sans-serif;font-size:1.3em;line-height:1.5;color:#333}
blockquote{background:#ebeadd;border:1px solid #dbdbce;margin:10px 1px;padding:5px}blockquote cite{font-weight:bold;display:block}
.copyright{padding:10px;text-align:center;color:#555}
"""


def layout(title, crumbs, content):
    crumb = " ‹ ".join('<a href="%s">%s</a>' % (h, esc(t)) for h, t in crumbs)
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<style>{CSS}</style>
</head>
<body id="phpbb" class="nojs notouch section-{'viewtopic' if 'Chủ đề' in title else 'index'} ltr">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner">
<div id="site-description" class="site-description"><a id="logo" class="logo" href="./index.php" title="Trang chủ"><span class="site_logo"></span></a>
<h1>Diễn đàn Cha Mẹ Học Trò</h1><p>Nơi cha mẹ chia sẻ kinh nghiệm nuôi dạy con và đồng hành cùng con đến trường</p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><input name="keywords" type="search" placeholder="Tìm kiếm…"><button type="submit">Tìm</button></form></div>
</div></div>
<div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li><a href="/faq.php">Trợ giúp</a></li><li><a href="/memberlist.php">Thành viên</a></li><li><a href="/ucp.php?mode=register">Đăng ký</a></li><li><a href="/ucp.php?mode=login">Đăng nhập</a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks"><li class="breadcrumbs">{crumb}</li></ul></div>
</div>
<div id="page-body" class="page-body" role="main">
{content}
</div>
<div id="page-footer" class="page-footer" role="contentinfo">
<div class="copyright">
<p>Diễn đàn Cha Mẹ Học Trò - Mạng xã hội chia sẻ kinh nghiệm nuôi dạy con.</p>
<p>Giấy phép thiết lập mạng xã hội số 211/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 15/6/2021.</p>
<p>Đơn vị chủ quản: Công ty TNHH Cộng đồng Học Đường Xanh. Chịu trách nhiệm nội dung: Bà Quách Thị Lệ Hằng. Email: bqt@chamehoctro.test</p>
<p>Nội dung bài viết thuộc về thành viên đăng bài. Thành viên tuân thủ <a href="/thoa-thuan-cung-cap-dich-vu.html">Thỏa thuận cung cấp và sử dụng dịch vụ mạng xã hội</a>.</p>
<p>Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited · Việt hóa bởi cộng đồng</p>
</div></div>
</div>
</body>
</html>
"""


def forum_row(href, title, desc, topics, posts, last):
    return f"""<li class="row"><dl class="row-item forum_read"><dt><div class="list-inner">
<a href="{href}" class="forumtitle">{esc(title)}</a><br />{esc(desc)}</div></dt>
<dd class="topics">{topics} <dfn>Chủ đề</dfn></dd><dd class="posts">{posts} <dfn>Bài viết</dfn></dd>
<dd class="lastpost"><span>{last}</span></dd></dl></li>"""


def topic_row(href, title, author, date, replies, views, last):
    return f"""<li class="row bg1"><dl class="row-item topic_read"><dt><div class="list-inner">
<a href="{href}" class="topictitle">{esc(title)}</a><br /><div class="responsive-hide">bởi <a href="#" class="username">{esc(author)}</a> » {date}</div></div></dt>
<dd class="posts">{replies} <dfn>Trả lời</dfn></dd><dd class="views">{views} <dfn>Lượt xem</dfn></dd>
<dd class="lastpost"><span>{last}</span></dd></dl></li>"""


def post(pid, bg, subject, user, rank, joined, nposts, when, content):
    return f"""<div id="p{pid}" class="post has-profile {bg}"><div class="inner">
<dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u={pid % 9973}" class="username">{esc(user)}</a></dt>
<dd class="profile-rank">{esc(rank)}</dd><dd class="profile-posts"><strong>Bài viết:</strong> {nposts}</dd><dd class="profile-joined"><strong>Ngày tham gia:</strong> {joined}</dd></dl>
<div class="postbody"><div id="post_content{pid}">
<h3><a href="#p{pid}">{esc(subject)}</a></h3>
<p class="author"><span class="responsive-hide">bởi <strong><a href="#" class="username">{esc(user)}</a></strong> » </span>{when}</p>
<div class="content">{content}</div>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p={pid}" class="button">Trích dẫn</a></li><li><a href="#" class="button">Thích</a></li></ul>
</div></div><div class="back2top"><a href="#top" class="top">Lên đầu</a></div></div></div>
<hr class="divider" />"""


T1_TITLE = "[Tin báo] Hòa Khê dự kiến xét tuyển lớp 10 kết hợp học bạ từ năm học 2027-2028"
T2_TITLE = "Con lớp 6 bài tập về nhà nhiều quá, các bố mẹ xử lý thế nào?"


def pages():
    idx = """<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Chung</div></dt></dl></li></ul>
<ul class="topiclist forums">
""" + "\n".join([
        forum_row("./viewforum.php?f=2", "Thông báo của Ban Quản trị", "Nội quy, hướng dẫn sử dụng diễn đàn", 38, 112, "Quy định đăng bài có dẫn link báo » 02/09/2026"),
        forum_row("./viewforum.php?f=4", "Tin tức giáo dục", "Thành viên chia sẻ, bàn luận tin tức giáo dục trên báo chí. Ghi rõ nguồn khi đăng.", 2417, 19804, T1_TITLE[:40] + "… » 15/09/2026 08:52"),
    ]) + """
</ul></div></div>
<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Theo lứa tuổi</div></dt></dl></li></ul>
<ul class="topiclist forums">
""" + "\n".join([
        forum_row("./viewforum.php?f=7", "Mầm non", "Chọn trường, chuẩn bị cho con vào lớp 1", 5120, 61877, "Lớp tiền tiểu học có cần thiết? » 14/09/2026 22:10"),
        forum_row("./viewforum.php?f=8", "Tiểu học", "Học tập, bán trú, hoạt động ngoài giờ", 8844, 120453, "Con hay quên đồ dùng học tập » 15/09/2026 07:31"),
        forum_row("./viewforum.php?f=9", "THCS", "Lớp 6 đến lớp 9, ôn thi vào lớp 10", 7310, 98112, T2_TITLE[:36] + "… » 15/09/2026 06:40"),
        forum_row("./viewforum.php?f=10", "THPT & Tuyển sinh đại học", "Chọn khối, chọn ngành, kinh nghiệm thi cử", 6032, 77560, "Xét tuyển sớm có nên? » 14/09/2026 23:02"),
    ]) + """
</ul></div></div>
<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt><div class="list-inner">Đời sống gia đình</div></dt></dl></li></ul>
<ul class="topiclist forums">
""" + "\n".join([
        forum_row("./viewforum.php?f=12", "Sức khỏe học đường", "Dinh dưỡng, giấc ngủ, tâm lý tuổi học trò", 2988, 30214, "Con bị cận tăng nhanh » 14/09/2026 20:17"),
        forum_row("./viewforum.php?f=13", "Chợ đồ cũ học trò", "Trao đổi sách vở, đồng phục, xe đạp cũ", 4410, 21007, "Pass sách lớp 7 bộ mới » 15/09/2026 09:05"),
    ]) + """
</ul></div></div>
<div class="stat-block online-list"><h3>Ai đang trực tuyến</h3><p>Tổng cộng có <strong>412</strong> người trực tuyến: 57 thành viên, 355 khách.</p></div>
<div class="stat-block statistics"><h3>Thống kê</h3><p>Tổng số bài viết <strong>563.221</strong> • Tổng số chủ đề <strong>39.508</strong> • Tổng số thành viên <strong>48.916</strong> • Thành viên mới nhất <strong>bo_cua_Na</strong></p></div>"""
    yield Page(IDX, layout("Diễn đàn Cha Mẹ Học Trò - Trang chủ", [("./index.php", "Trang chủ")], idx))

    vf = """<h2 class="forum-title"><a href="./viewforum.php?f=4">Tin tức giáo dục</a></h2>
<div><p>Thành viên chia sẻ, bàn luận tin tức giáo dục trên báo chí. <strong>Bắt buộc ghi rõ nguồn và đường link bài gốc; không sao chép toàn văn.</strong></p></div>
<div class="action-bar bar-top"><a href="./posting.php?mode=post&amp;f=4" class="button">Chủ đề mới</a> <span class="pagination">2417 chủ đề • Trang <strong>1</strong> trên <strong>97</strong></span></div>
<div class="forumbg"><div class="inner"><ul class="topiclist topics">
""" + "\n".join([
        topic_row("./viewtopic.php?t=17001", "Quy định khi đăng tin trong box Tin tức giáo dục - đọc trước khi post", "BQT_HocDuong", "10/01/2025", 0, 15209, "10/01/2025"),
        topic_row("./viewtopic.php?t=18834", T1_TITLE, "me_Bong_2015", "15/09/2026 07:18", 23, 2841, "nguyenthanhbinh_hk » 15/09/2026 08:52"),
        topic_row("./viewtopic.php?t=18829", "Bộ GD&ĐT lấy ý kiến dự thảo về dạy thêm, học thêm sửa đổi (link báo)", "thaygiaoLang", "14/09/2026 21:03", 41, 5120, "me2con_HN » 15/09/2026 07:55"),
        topic_row("./viewtopic.php?t=18815", "Nhiều trường công bố sớm phương án tuyển sinh đại học - tổng hợp link", "bo_Minh_Khoi", "14/09/2026 16:45", 12, 1987, "co_Ut » 14/09/2026 22:30"),
        topic_row("./viewtopic.php?t=18801", "Báo đưa tin: bệnh tay chân miệng tăng sau khai giảng, các mẹ lưu ý", "Mecuti", "14/09/2026 19:30", 18, 2210, "Hong_Nhung85 » 15/09/2026 06:12"),
        topic_row("./viewtopic.php?t=18776", "Tranh cãi chuyện quỹ lớp đầu năm - bài báo này nói đúng không các mẹ?", "ba_Bap", "13/09/2026 10:02", 67, 9335, "me_Su_Hao » 15/09/2026 00:41"),
        topic_row("./viewtopic.php?t=18760", "Sách giáo khoa điện tử có thay được sách giấy? (ý kiến trên báo)", "Loan_Le", "12/09/2026 20:48", 9, 1043, "bo_cua_Na » 13/09/2026 11:20"),
    ]) + """
</ul></div></div>"""
    yield Page(VF, layout("Tin tức giáo dục - Diễn đàn Cha Mẹ Học Trò",
                          [("./index.php", "Trang chủ"), ("./viewforum.php?f=4", "Tin tức giáo dục")], vf))

    t1 = f"""<h2 class="topic-title"><a href="./viewtopic.php?t=18834">{esc(T1_TITLE)}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=18834" class="button">Trả lời</a> <span class="pagination">24 bài viết • Trang <strong>1</strong> trên <strong>3</strong></span></div>
""" + "\n".join([
        post(241907, "bg2", T1_TITLE, "me_Bong_2015", "Thành viên tích cực", "03/08/2019", 1287, "15/09/2026 07:18",
             """Sáng nay đọc báo thấy tin này, chia sẻ để các bố mẹ có con đang học lớp 7, lớp 8 tham khảo:<br /><br />
<blockquote><div><cite>Báo Hòa Khê viết:</cite>Sở Giáo dục và Đào tạo tỉnh Hòa Khê đang xây dựng dự thảo phương án tuyển sinh vào lớp 10 từ năm học 2027-2028, theo hướng kết hợp kết quả học tập 4 năm THCS với điểm bài thi ba môn. Dự thảo sẽ được lấy ý kiến rộng rãi của phụ huynh, giáo viên trong tháng 10.</div></blockquote>
Nguồn: Báo Hòa Khê - <a href="https://baohoakhe.example/giao-duc/du-kien-xet-tuyen-lop-10-ket-hop-hoc-ba-201452.html" class="postlink">https://baohoakhe.example/giao-duc/du-kien-xet-tuyen-lop-10-ket-hop-hoc-ba-201452.html</a><br /><br />
Mình thấy cũng hợp lý vì đỡ áp lực một kỳ thi, nhưng lo học bạ mỗi trường chấm một kiểu. Các bố mẹ nghĩ sao?"""),
        post(241911, "bg1", "Re: " + T1_TITLE, "nguyenthanhbinh_hk", "Thành viên mới", "21/02/2026", 36, "15/09/2026 07:34",
             """Nhà mình con đang lớp 7, đúng lứa luôn. Mình thì không tin điểm học bạ lắm, trường con mình cô cho điểm rất rộng tay, 9 với 10 đầy lớp. Nếu tính học bạ thì trường chấm chặt sẽ thiệt."""),
        post(241915, "bg2", "Re: " + T1_TITLE, "thaygiaoLang", "Điều hành viên", "11/11/2016", 5402, "15/09/2026 07:49",
             """<blockquote><div><cite>nguyenthanhbinh_hk đã viết:</cite>Nếu tính học bạ thì trường chấm chặt sẽ thiệt.</div></blockquote>
Mình là giáo viên THCS, góp ý một chút: bài báo nói là <em>dự thảo</em> và còn lấy ý kiến, chưa phải quyết định. Thường thì khi kết hợp học bạ, Sở sẽ có hệ số và bài thi vẫn chiếm phần lớn. Các bố mẹ nên chờ văn bản chính thức, đừng nghe các trung tâm "luyện học bạ" quảng cáo.<br /><br />
<em>Nhắc nhẹ: box này chỉ dẫn link và trích đoạn ngắn, các bạn đừng dán nguyên bài báo nhé.</em>"""),
        post(241920, "bg1", "Re: " + T1_TITLE, "Hong_Nhung85", "Thành viên tích cực", "05/05/2020", 944, "15/09/2026 08:03",
             """Ủng hộ bớt thi. Con mình năm ngoái ôn thi lớp 10 mà gầy rộc, tối nào cũng học đến 12 giờ. Nếu học đều bốn năm mà được tính thì các con cũng đỡ học tủ."""),
        post(241926, "bg2", "Re: " + T1_TITLE, "ba_Bap", "Thành viên", "17/09/2022", 215, "15/09/2026 08:21",
             """Mình thì thấy nên giữ thi. Học bạ dễ bị "làm đẹp" lắm. Với lại đang là dự thảo thì các bố mẹ lên góp ý trên cổng của Sở đi, để ở đây bàn thì họ không biết đâu <img class="smilies" src="./images/smilies/icon_e_biggrin.gif" alt=":D" />"""),
        post(241933, "bg1", "Re: " + T1_TITLE, "nguyenthanhbinh_hk", "Thành viên mới", "21/02/2026", 37, "15/09/2026 08:52",
             """@ba_Bap chuẩn luôn, để tối mình tìm link góp ý rồi post vào đây cho mọi người."""),
    ])
    yield Page(T1, layout("Chủ đề: " + T1_TITLE + " - Diễn đàn Cha Mẹ Học Trò",
                          [("./index.php", "Trang chủ"), ("./viewforum.php?f=4", "Tin tức giáo dục")], t1))

    t2 = f"""<h2 class="topic-title"><a href="./viewtopic.php?t=18790">{esc(T2_TITLE)}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=18790" class="button">Trả lời</a> <span class="pagination">9 bài viết • Trang <strong>1</strong> trên <strong>1</strong></span></div>
""" + "\n".join([
        post(241502, "bg2", T2_TITLE, "me2con_HN", "Thành viên tích cực", "14/03/2018", 2310, "13/09/2026 21:40",
             """Con nhà mình mới lên lớp 6, tuần đầu đã thấy bài tập về nhà nhiều quá: Toán 2 trang, Văn viết đoạn văn, Tiếng Anh chép từ mới mỗi từ 2 dòng, thêm phiếu Khoa học tự nhiên. Tối nào con cũng ngồi đến 10 rưỡi. Con mệt, mẹ cũng mệt.<br /><br />
Các bố mẹ có con học THCS cho mình hỏi: có nên nói chuyện với cô chủ nhiệm không, hay để con quen dần? Mình sợ nói ra cô lại nghĩ phụ huynh khó tính."""),
        post(241509, "bg1", "Re: " + T2_TITLE, "co_Ut", "Thành viên", "30/06/2021", 178, "13/09/2026 22:05",
             """Tuần đầu lớp 6 ai cũng vậy bạn ơi, chuyển từ tiểu học lên nhiều môn, nhiều cô, mỗi cô giao một ít cộng lại thành nhiều. Bạn cứ theo dõi thêm hai tuần, giúp con lập thời gian biểu, làm môn khó trước."""),
        post(241517, "bg2", "Re: " + T2_TITLE, "thaygiaoLang", "Điều hành viên", "11/11/2016", 5398, "13/09/2026 22:31",
             """Góc nhìn của giáo viên: bố mẹ hoàn toàn có thể nhắn cô chủ nhiệm một cách nhẹ nhàng, kiểu "con mất khoảng bao lâu mỗi tối, con chưa quen nhịp". GVCN mới là người tổng hợp được các môn, giáo viên bộ môn thường không biết các môn khác giao bao nhiêu. Đừng ngại, phần lớn giáo viên trân trọng phản hồi cụ thể."""),
        post(241525, "bg1", "Re: " + T2_TITLE, "Loan_Le", "Thành viên", "08/01/2023", 92, "14/09/2026 06:15",
             """Nhà mình cho con làm ở bàn riêng, tắt hết điện thoại, đặt đồng hồ 25 phút nghỉ 5 phút. Lúc đầu cũng lâu, sau một tháng thì xong trước 9 giờ. Quan trọng là con tự làm, bố mẹ đừng ngồi kèm từng câu."""),
        post(241533, "bg2", "Re: " + T2_TITLE, "me2con_HN", "Thành viên tích cực", "14/03/2018", 2311, "15/09/2026 06:40",
             """Cảm ơn cả nhà nhiều. Tối qua mình đã nhắn cô chủ nhiệm, cô trả lời rất dễ thương, bảo sẽ nhắc các thầy cô bộ môn cân đối lại. Sẽ thử cách đặt đồng hồ của chị Loan <img class="smilies" src="./images/smilies/icon_e_smile.gif" alt=":)" />"""),
    ])
    yield Page(T2, layout("Chủ đề: " + T2_TITLE + " - Diễn đàn Cha Mẹ Học Trò",
                          [("./index.php", "Trang chủ"), ("./viewforum.php?f=9", "THCS")], t2))
