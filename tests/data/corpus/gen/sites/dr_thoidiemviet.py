"""Thời Điểm Việt: unlicensed site with a full hard-news menu (Thời sự, Chính trị,
Pháp luật, Điều tra, Nội chính, Đường dây nóng) and self-produced, unsourced items."""
from common import item as I
from layouts import wp

H = "thoidiemviet.test"
U = f"https://{H}"
NC = ("Nội chính", "/noi-chinh")
DT = ("Điều tra", "/dieu-tra")
TS = ("Thời sự", "/thoi-su")
PL = ("Pháp luật", "/phap-luat")

SITE = {
    "host": H, "name": "Thời Điểm Việt", "prefix": "tdv",
    "class": "press-like", "kind": "drifted-aggregator",
    "licence_number": "-", "licence_kind": "-", "issuer": "-",
    "notes": "No licence at all ('đang hoàn thiện hồ sơ cấp phép'); neutral domain; broad hard-news menu (Thời sự, Chính trị, Pháp luật, Điều tra, Nội chính, Quốc tế, Đường dây nóng); self-produced items with pen-name bylines and no sources; 'Ban biên tập' contact.",
    "layout": wp,
    "tagline": "Thông tin nhanh - Khách quan - Đa chiều",
    "title_suffix": " | Thời Điểm Việt",
    "description": "Thời Điểm Việt - tin tức thời sự, chính trị, nội chính, pháp luật, điều tra nóng nhất trong ngày.",
    "topbar": "date",
    "menu": [TS, ("Chính trị", "/chinh-tri"), NC, PL, DT, ("Kinh tế", "/kinh-te"), ("Quốc tế", "/quoc-te"), ("Xã hội", "/xa-hoi"), ("Đường dây nóng", "/duong-day-nong")],
    "knobs": {"adzones": 20, "theme": "Newspaper", "wpver": "6.3.4", "date_style": "dmy_hm", "list_date": "dmy", "byline": "top", "byline_prefix": "Tác giả:",
              "jsonld": "NewsArticle", "og_article": True, "comments": "fb", "ads": True, "ga": "G-TDV2026X",
              "css_rules": 65, "related_title": "Tin liên quan", "most_read_title": "Tin nổi bật"},
    "footer": """<p><strong>THỜI ĐIỂM VIỆT</strong> - Thông tin nhanh, khách quan, đa chiều.</p>
<p>Liên hệ Ban biên tập: bbt.thoidiemviet@gmail.example | Đường dây nóng: 0977 46 46 19</p>
<p>Website đang chạy thử nghiệm và hoàn thiện hồ sơ đề nghị cấp phép theo quy định.</p>
<p>Mọi hình thức sao chép nội dung phải ghi rõ nguồn "Thời Điểm Việt".</p>""",
}

A1 = "/noi-chinh/nhieu-sai-pham-trong-quan-ly-dat-cong-tai-phuong-an-hoi-trach-nhiem-thuoc-ve-ai/"
A2 = "/dieu-tra/dot-nhap-bai-tap-ket-cat-khong-phep-giua-long-song-co-chien/"
it1 = I("Nhiều sai phạm trong quản lý đất công tại phường An Hội: Trách nhiệm thuộc về ai?", U + A1,
        "Kết luận thanh tra chỉ ra hàng loạt sai phạm trong việc cho thuê, giao đất công trái thẩm quyền, nhưng đến nay việc xử lý trách nhiệm vẫn 'giậm chân tại chỗ'.",
        "2026-06-10 20:00", NC, author="Quốc Việt", author_slug="quocviet")
it2 = I("Đột nhập bãi tập kết cát không phép giữa lòng sông Cổ Chiên", U + A2,
        "Hàng chục sà lan hút cát hoạt động công khai cả ngày lẫn đêm, đổ về một bãi tập kết không phép rộng hơn 2 ha.",
        "2026-06-08 06:00", DT, author="Trường Sơn", author_slug="truongson")
HL = [
    I("Kỷ luật cảnh cáo nguyên chủ tịch UBND huyện vì vi phạm trong đầu tư công", U + "/noi-chinh/ky-luat-canh-cao-nguyen-chu-tich-ubnd-huyen/", "", "2026-06-11 19:30", NC, author="Quốc Việt", author_slug="quocviet"),
    I("Điều động, bổ nhiệm hàng loạt cán bộ chủ chốt sau sắp xếp bộ máy", U + "/chinh-tri/dieu-dong-bo-nhiem-hang-loat-can-bo-chu-chot/", "", "2026-06-11 15:00", ("Chính trị", "/chinh-tri")),
    I("Khởi tố vụ án sai phạm tại trung tâm đăng kiểm", U + "/phap-luat/khoi-to-vu-an-sai-pham-tai-trung-tam-dang-kiem/", "", "2026-06-11 09:40", PL),
    I("Đường dây nóng: Người dân tố trạm thu phí thu tiền sai quy định", U + "/duong-day-nong/nguoi-dan-to-tram-thu-phi-thu-tien-sai-quy-dinh/", "", "2026-06-10 11:00", ("Đường dây nóng", "/duong-day-nong")),
    I("Thanh tra chỉ ra nhiều sai phạm tại ban quản lý rừng phòng hộ", U + "/noi-chinh/thanh-tra-chi-ra-nhieu-sai-pham-ban-quan-ly-rung/", "", "2026-06-09 17:20", NC),
    I("Xung đột leo thang ở biên giới, Liên Hợp Quốc kêu gọi kiềm chế", U + "/quoc-te/xung-dot-leo-thang-lien-hop-quoc-keu-goi-kiem-che/", "", "2026-06-09 08:15", ("Quốc tế", "/quoc-te")),
    I("Cán bộ địa chính xã 'làm luật' khi cấp sổ đỏ?", U + "/noi-chinh/can-bo-dia-chinh-xa-lam-luat-khi-cap-so-do/", "", "2026-06-07 20:00", NC),
    I("Tỉnh ủy chỉ đạo làm rõ đơn tố cáo liên quan đến phó giám đốc sở", U + "/noi-chinh/tinh-uy-chi-dao-lam-ro-don-to-cao/", "", "2026-06-06 18:45", NC),
]
SITE["most_read"] = [it1, it2, HL[0], HL[2], HL[3]]

PAGES = [
    {"kind": "home", "path": "/", "featured": [it1, it2, HL[0], HL[1]],
     "boxes": [("Nội chính", "/noi-chinh", [it1, HL[0], HL[4]]), ("Điều tra", "/dieu-tra", [it2]), ("Pháp luật", "/phap-luat", [HL[2]]),
               ("Đường dây nóng", "/duong-day-nong", [HL[3]]), ("Quốc tế", "/quoc-te", [HL[5]])],
     "river": [HL[6], HL[7]], "river_title": "Tin mới nhận"},
    {"kind": "section", "path": "/noi-chinh", "label": "Nội chính", "items": [it1, HL[0], HL[4], HL[6], HL[7]]},
    {"kind": "article", "path": A1, "section": NC, "title": it1["title"], "sapo": it1["sapo"], "date": it1["date"],
     "author": "Quốc Việt", "author_slug": "quocviet",
     "body": [
         "Theo kết luận thanh tra được công bố cuối năm 2025, trong giai đoạn 2018-2023, UBND phường An Hội đã ký 27 hợp đồng cho thuê đất công với tổng diện tích hơn 9.000 m² khi không có thẩm quyền. Nhiều hợp đồng có thời hạn tới 20 năm, giá thuê thấp hơn nhiều so với giá thị trường.",
         "Đáng chú ý, một số khu đất được cho thuê lại được các cá nhân xây dựng nhà xưởng, quán ăn kiên cố, thậm chí chuyển nhượng lại cho người khác bằng giấy tay.",
         "Kết luận thanh tra yêu cầu thu hồi các hợp đồng trái quy định và kiểm điểm trách nhiệm tập thể, cá nhân có liên quan. Tuy nhiên, qua tìm hiểu của Thời Điểm Việt, sau gần 6 tháng, mới chỉ có 3 hợp đồng được thanh lý.",
         "Một cán bộ phường (đề nghị giấu tên) cho biết việc thu hồi gặp khó vì người thuê đã đầu tư xây dựng lớn và đòi bồi thường.",
         "Dư luận đặt câu hỏi: Vì sao việc cho thuê đất công trái thẩm quyền có thể kéo dài suốt 5 năm mà không bị phát hiện? Trách nhiệm của những người đứng đầu phường qua các thời kỳ đến đâu?",
         "Thời Điểm Việt sẽ tiếp tục thông tin về vụ việc."],
     "tags": ["đất công", "sai phạm", "phường An Hội"], "related": [HL[4], HL[6]]},
    {"kind": "article", "path": A2, "section": DT, "title": it2["title"], "sapo": it2["sapo"], "date": it2["date"],
     "author": "Trường Sơn", "author_slug": "truongson", "jsonld_type": "ReportageNewsArticle",
     "body": [
         "Trong vai người cần mua cát san lấp, chúng tôi tiếp cận một bãi tập kết cát nằm sát bờ sông Cổ Chiên. Bãi rộng hơn 2 ha, cát chất cao như núi, hàng chục xe ben ra vào liên tục.",
         "Người quản lý bãi, tự giới thiệu tên Hải, báo giá cát san lấp 190.000 đồng/m³, giao tận chân công trình. Khi được hỏi về nguồn gốc cát, Hải nói \"cát mỏ có phép\", nhưng không đưa ra được giấy tờ chứng minh.",
         "Trong ba đêm theo dõi, chúng tôi ghi nhận từ 20h đến 4h sáng, có từ 6 đến 10 sà lan cập bến, bơm cát lên bãi. Các sà lan này đều không có biển số hoặc biển số bị che khuất.",
         "Theo tìm hiểu, khu vực này không nằm trong danh mục mỏ cát được cấp phép khai thác của tỉnh. Việc khai thác, tập kết cát trái phép diễn ra công khai khiến người dân lo ngại tình trạng sạt lở bờ sông.",
         "<p><em>(Còn nữa)</em></p>"],
     "tags": ["cát lậu", "sông Cổ Chiên", "điều tra"], "related": [HL[3]]},
]
