"""Clean stage: headline, dateline, byline and page furniture recognised by the shape of lines."""
from digest.clean import clean, is_timestamp
from digest.model import SourceText


def cleaned(text):
    return clean(SourceText(name="x.txt", text=text))


def test_headline_dateline_body_and_byline():
    c = cleaned("Hội nghị chuyển đổi số năm 2022\n15:37, 10/10/2022\nSáng 10/10, Bộ Công an tổ chức Hội nghị.\n"
                "Hội nghị đã thảo luận nhiều nội dung.\nLê Thành")
    assert (c.headline, c.dateline, c.author) == ("Hội nghị chuyển đổi số năm 2022", "15:37, 10/10/2022", "Lê Thành")
    assert c.paragraphs == ["Sáng 10/10, Bộ Công an tổ chức Hội nghị.", "Hội nghị đã thảo luận nhiều nội dung."]


def test_timestamps_of_related_items_above_the_dateline_are_furniture():
    c = cleaned("15:41 22/11/2024\nThông báo tìm người bị hại trong vụ án lừa đảo\n11:38 13/12/2021\n"
                "Ngày 08/12/2021, tại Hà Nội, Bộ Công an tổ chức Hội thảo.")
    assert c.headline is None and c.dateline == "11:38 13/12/2021"
    assert "15:41 22/11/2024" in c.dropped


def test_timestamp_forms():
    for line in ("15:37, 10/10/2022", "19:35 25/06/2021", "Thứ Tư, 10/01/2024 - 16:20", "Cập nhật: 14:30 | 10/10/2023",
                 "Thứ hai, 27/10/2025 10:15 (GMT+7)", "Ngày đăng: 10/10/2022", "Thứ Ba, 13/10/2020, 18:46 [GMT+7]"):
        assert is_timestamp(line), line
    assert not is_timestamp("Sáng 10/10/2022, Bộ Công an tổ chức Hội nghị.")


def test_poll_widgets_and_image_residue_are_dropped():
    c = cleaned("Sáng 19/7/2022, Bộ Công an tổ chức Hội nghị sơ kết.\n.JPG)\nTác giả: Minh Phương\nThăm dò ý kiến\n"
                "noData\nKhông có dữ liệu")
    assert c.author == "Minh Phương" and c.paragraphs == ["Sáng 19/7/2022, Bộ Công an tổ chức Hội nghị sơ kết."]
    assert {".JPG)", "Thăm dò ý kiến", "noData", "Không có dữ liệu"} <= set(c.dropped)


def test_photo_caption_inside_the_text_is_a_caption_not_body():
    c = cleaned("Sáng 10/10, Bộ Công an tổ chức Hội nghị.\nToàn cảnh hội nghị\nHội nghị đã thảo luận nhiều nội dung.")
    assert c.captions == ["Toàn cảnh hội nghị"] and len(c.paragraphs) == 2


def test_byline_in_capitals_and_byline_with_two_names():
    assert cleaned("Ngày 13-3, Bộ Công an tổ chức hội nghị.\nĐỖ TRUNG").author == "ĐỖ TRUNG"
    assert cleaned("Sáng 27/10, Bộ Công an tổ chức Hội nghị.\nThanh Nga – Duy Công (PX03)").author == \
        "Thanh Nga – Duy Công (PX03)"


def test_a_sentence_at_the_end_is_not_a_byline():
    assert cleaned("Sáng 27/10, Bộ Công an tổ chức Hội nghị.\nHội nghị kết thúc tốt đẹp.").author is None


def test_repeated_headline_is_kept_once():
    c = cleaned("Đánh giá kết quả thực hiện Nghị quyết số 12\n\nĐánh giá kết quả thực hiện Nghị quyết số 12\n"
                "Chiều 9/12, Đảng ủy Công an Trung ương tổ chức Hội nghị.")
    assert c.headline == "Đánh giá kết quả thực hiện Nghị quyết số 12"
    assert c.paragraphs == ["Chiều 9/12, Đảng ủy Công an Trung ương tổ chức Hội nghị."]


def test_sentence_ends_are_seen_past_closing_quotes_and_every_run_of_spaces_is_one_space():
    c = cleaned("Sáng 10/10, Bộ Công an tổ chức Hội nghị.\nBộ  trưởng\u00a0nói: “Phải làm ngay.”\n"
                "Quang cảnh hội nghị\nCác đơn vị \t báo cáo kết quả (năm 2022).\nHội nghị kết thúc./.")
    assert c.paragraphs == ["Sáng 10/10, Bộ Công an tổ chức Hội nghị.", "Bộ trưởng nói: “Phải làm ngay.”",
                            "Các đơn vị báo cáo kết quả (năm 2022).", "Hội nghị kết thúc./."]
    assert c.captions == ["Quang cảnh hội nghị"]


def test_a_line_ending_open_is_not_a_caption():
    c = cleaned("Sáng 10/10, Bộ Công an tổ chức Hội nghị.\nTham dự có các đồng chí,\nHội nghị kết thúc.")
    assert c.paragraphs[1] == "Tham dự có các đồng chí," and c.captions == []


def test_a_paragraph_ending_with_a_photo_credit_is_body_without_the_credit():
    paragraph = ("Chiều 14/5, đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh có buổi làm việc với "
                 "Công an tỉnh. Tham dự buổi làm việc có lãnh đạo các sở, ban, ngành của tỉnh và đại diện các "
                 "đơn vị nghiệp vụ. Về phía Công an tỉnh có đồng chí Thiếu tướng Trần Văn Bình, Giám đốc Công an tỉnh.")
    c = cleaned(paragraph + " Ảnh: Phạm Bằng")
    assert c.paragraphs == [paragraph] and c.captions == []
    short = cleaned("Sáng 10/10, Bộ Công an tổ chức Hội nghị.\nThứ trưởng phát biểu. Ảnh: Đình Hiếu\n"
                    "Hội nghị đã thảo luận nhiều nội dung.")
    assert short.captions == ["Thứ trưởng phát biểu. Ảnh: Đình Hiếu"]


def test_a_timestamp_pasted_onto_the_headline_is_the_dateline():
    c = cleaned("Công an triển khai thí điểm sinh trắc học tại sân bay 04/06/2025 20:22\n"
                "Chiều 4-6, Đại tướng Lương Tam Quang chủ trì Hội nghị.")
    assert (c.headline, c.dateline) == ("Công an triển khai thí điểm sinh trắc học tại sân bay", "04/06/2025 20:22")
    assert cleaned("Hội nghị sơ kết ngày 19/7/2022\nSáng 19/7/2022, Bộ Công an tổ chức Hội nghị.").headline == \
        "Hội nghị sơ kết ngày 19/7/2022"


def test_a_clock_in_the_site_header_far_above_the_lead_is_no_dateline():
    page = ("Thứ Hai, 22/12/2025 14:46 GMT+7\n  • Trang chủ\n  • Hotline: 0123456789\n  • Email: toasoan@example.vn\n"
            "Khẩu hiệu của báo\nSự kiện\nChính trị\nTăng cường hợp tác giữa hai Bộ\n"
            "Sáng 25/11, Thứ trưởng Bộ Công an tiếp Đoàn đại biểu Công an tỉnh bạn.\n")
    text = cleaned(page)
    assert text.dateline is None
    assert text.paragraphs == ["Sáng 25/11, Thứ trưởng Bộ Công an tiếp Đoàn đại biểu Công an tỉnh bạn."]
    # a report's own time next to its headline is still its dateline
    assert cleaned("Tăng cường hợp tác giữa hai Bộ\n15:37, 25/11/2025\nSáng 25/11, Thứ trưởng tiếp đoàn.\n"
                   ).dateline == "15:37, 25/11/2025"


def test_a_paragraph_cut_off_at_the_end_is_no_related_headline():
    from digest.clean import clean
    from digest.model import SourceText
    text = ("Sáng 5/3, Bộ Công an tổ chức hội nghị tổng kết công tác.\n\n"
            "Thiếu tướng Nguyễn Văn An, Chánh Văn phòng Bộ Công an trình bày báo cáo tại hội nghị\n\n"
            "Đồng thời, Bộ đã tham mưu Thủ tướng ban hành Đề án tăng cường kiểm tra, giám sát chuyên đ")
    cleaned = clean(SourceText(name="x.txt", text=text, encoding="utf-8", warnings=[]))
    assert cleaned.captions == ["Thiếu tướng Nguyễn Văn An, Chánh Văn phòng Bộ Công an trình bày báo cáo tại hội nghị"]
    assert cleaned.paragraphs[-1].startswith("Đồng thời, Bộ đã tham mưu")
