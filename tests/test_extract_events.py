"""The main event and the report that wraps it."""
import datetime as dt
from pathlib import Path

import pytest

from digest.extract import extract_report
from digest.extract.events import extract_event
from digest.knowledge import load_knowledge
from digest.model import CleanText

KB = load_knowledge(Path(__file__).resolve().parent.parent / "data")


def clean_text(*paragraphs, headline=None, dateline=None, author=None):
    return CleanText(source="x.txt", headline=headline, dateline=dateline, paragraphs=list(paragraphs), author=author)


def test_event_name_type_ordinal_from_the_lead_sentence():
    e = extract_event(clean_text("Sáng 27/10, Bộ Công an tổ chức Hội nghị trực tuyến chuyển đổi số lần thứ 4 trong "
                                 "lực lượng Công an nhân dân. Đại tướng Lương Tam Quang dự."), KB)
    assert e.name == "Hội nghị trực tuyến chuyển đổi số lần thứ 4 trong lực lượng Công an nhân dân"
    assert (e.type, e.ordinal, e.form) == ("hoi-nghi", 4, "trực tuyến")


def test_ordinal_in_words():
    e = extract_event(clean_text("Sáng 10/10, Bộ Công an tổ chức Hội nghị toàn quốc về chuyển đổi số lần thứ nhất."), KB)
    assert e.ordinal == 1


def test_name_stops_before_the_guest_list():
    e = extract_event(clean_text("Sáng 19/7/2022, Bộ Công an tổ chức Hội nghị sơ kết, Đại tướng Tô Lâm dự."), KB)
    assert e.name == "Hội nghị sơ kết"


def test_quoted_title_stays_whole():
    e = extract_event(clean_text('Ngày 03/01/2018, Bộ Công an tổ chức hội nghị báo cáo chuyên đề “Cách mạng 4.0: '
                                 'Nhận diện, tác động và ứng xử”.'), KB)
    assert e.name == "Hội nghị báo cáo chuyên đề “Cách mạng 4.0: Nhận diện, tác động và ứng xử”"


def test_a_name_that_begins_inside_quotes_ends_without_the_closing_quote():
    e = extract_event(clean_text("Sáng 10/10, Bộ Công an tổ chức “Hội nghị Chuyển đổi số ngành Công an nhân dân lần "
                                 "thứ nhất năm 2022”. Thủ tướng Chính phủ dự."), KB)
    assert e.name == "Hội nghị Chuyển đổi số ngành Công an nhân dân lần thứ nhất năm 2022"


def test_online_public_services_do_not_make_the_event_online():
    e = extract_event(clean_text("Sáng 10/10, Bộ Công an tổ chức Hội nghị chuyển đổi số lần thứ 2.",
                                 "Bộ Công an triển khai dịch vụ công trực tuyến và thanh toán trực tuyến."), KB)
    assert e.form is None


def test_the_event_noun_after_the_date_not_a_congress_named_by_a_resolution():
    e = extract_event(clean_text("Quán triệt Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII; thiết thực kỷ niệm 77 năm "
                                 "Ngày truyền thống lực lượng Công an nhân dân, sáng 16/8/2022, Bộ Công an tổ chức "
                                 "Hội thảo khoa học quốc gia về an ninh quốc gia."), KB)
    assert (e.name, e.type) == ("Hội thảo khoa học quốc gia về an ninh quốc gia", "hoi-thao")


def test_name_ends_before_the_guests_and_before_diễn_ra():
    assert extract_event(clean_text("Chủ trì Hội thảo có Trung tướng Nguyễn Văn Ngọc."), KB).name == "Hội thảo"
    e = extract_event(clean_text("Hội thảo “An ninh quốc gia trong tình hình mới” diễn ra sáng 16/8 tại Hà Nội."), KB)
    assert e.name == "Hội thảo “An ninh quốc gia trong tình hình mới”"
    assert extract_event(clean_text("Tại hội thảo ngày 15/6 đã có nhiều ý kiến."), KB).name == "Hội thảo ngày 15/6"


def test_types():
    assert extract_event(clean_text("Ngày 8/12/2021, Bộ Công an tổ chức Hội thảo khoa học."), KB).type == "hoi-thao"
    assert extract_event(clean_text("Ngày 25/2/2025, Bộ Công an tổ chức Lễ công bố thành lập."), KB).type == "le"
    visit = clean_text("Sáng ngày 03/7/2025 tại Hà Nội, Đoàn đại biểu Campuchia đến thăm và làm việc tại Cục.")
    assert extract_event(visit, KB).type == "buoi-lam-viec"


def test_meeting_named_without_an_event_noun():
    e = extract_event(clean_text("Ngày 14-1, Công an tỉnh đã tổ chức tổng kết công tác năm 2015. Thứ trưởng dự và "
                                 "chỉ đạo hội nghị."), KB)
    assert e.type == "hoi-nghi" and e.name == "Tổng kết công tác năm 2015"


def test_at_the_meeting_names_only_the_meeting():
    e = extract_event(clean_text("Tại buổi làm việc, lãnh đạo các đơn vị đã báo cáo."), KB)
    assert (e.name, e.type) == ("Buổi làm việc", "buoi-lam-viec")


def test_provinces_of_linked_sites_and_mixed_form():
    e = extract_event(clean_text("Hội nghị được tổ chức bằng hình thức trực tiếp và trực tuyến. Tại điểm cầu Công an "
                                 "tỉnh Phú Thọ, Đại tá Bùi Quang Khoa chủ trì. Tại điểm cầu Công an Thanh Hóa có đại biểu."),
                      KB)
    assert e.provinces == ["Phú Thọ", "Thanh Hóa"] and e.form == "trực tiếp và trực tuyến"


def test_report_fills_every_field():
    text = clean_text("Sáng 19/7/2022, Bộ Công an tổ chức Hội nghị sơ kết thực hiện Nghị quyết số 26 của Đảng ủy Công an "
                      "Trung ương. Đại tướng Tô Lâm, Bộ trưởng Bộ Công an dự.", "Triển khai Đề án 06 hiệu quả.",
                      headline="Tiêu đề bài", author="Minh Phương")
    r = extract_report(text, KB)
    assert (r.source, r.slug, r.title, r.author, r.headline) == ("x.txt", "", "Tiêu đề bài", "Minh Phương", "Tiêu đề bài")
    assert r.paragraphs == text.paragraphs
    assert r.date.value == "2022-07-19" and r.event.slug == "hoi-nghi-2022-07-19"
    assert [o.name for o in r.officials] == ["Tô Lâm"] and [x.id for x in r.resolutions] == ["26-NQ/ĐUCA"]
    assert [d.number for d in r.documents] == ["06"]


def test_title_without_headline_is_event_name_and_date():
    r = extract_report(clean_text("Ngày 25/2/2025, Bộ Công an đã tổ chức Lễ công bố thành lập Trung tâm dữ liệu Quốc gia."),
                       KB)
    assert r.title == "Lễ công bố thành lập Trung tâm dữ liệu Quốc gia (25/2/2025)"


def test_undated_title_is_the_event_name_and_the_slug_comes_from_it():
    r = extract_report(clean_text("Tại buổi làm việc, lãnh đạo các đơn vị đã báo cáo."), KB, today=dt.date(2026, 1, 1))
    assert r.title == "Buổi làm việc" and r.event.slug == "buoi-lam-viec"


def test_unknown_officials_are_noted_for_editors():
    r = extract_report(clean_text("Ngày 1/7/2021, Đại tá Hoàng Văn Bảy, Giám đốc Công an tỉnh chủ trì hội nghị."), KB)
    assert any("Hoàng Văn Bảy" in n for n in r.notes)


def test_a_training_course_or_a_sports_meet_is_named_by_its_noun():
    course = extract_event(clean_text("Từ ngày 12 đến ngày 14/6/2024, Cục Cảnh sát tổ chức lớp tập huấn về "
                                      "Đề án 06 cho cán bộ."), KB)
    meet = extract_event(clean_text("Sáng 5/7/2024, Công an tỉnh khai mạc Hội thao truyền thống năm 2024."), KB)
    assert (course.name, course.type) == ("Lớp tập huấn về Đề án 06 cho cán bộ", "khac")
    assert (meet.name, meet.type) == ("Hội thao truyền thống năm 2024", "khac")


def test_what_the_lead_says_was_held_names_the_event_when_the_headline_has_no_event_noun():
    e = extract_event(clean_text("Chiều 3/4/2024, Công an tỉnh phối hợp với Cục C06 tổ chức tập huấn về Đề án 06.",
                                 headline="Tập huấn"), KB)
    assert (e.name, e.type) == ("Tập huấn về Đề án 06", "hoi-nghi")


@pytest.mark.parametrize("lead, name", [
    ("Chiều 21/3, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Tấn Dũng đã tiếp Bộ trưởng Bộ Nội vụ Nga đang thăm Việt Nam.",
     "Thủ tướng Nguyễn Tấn Dũng tiếp Bộ trưởng Bộ Nội vụ Nga"),
    ("Sáng 25/11, Trung tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an đã có buổi tiếp Đoàn đại biểu Công an Lào do "
     "Trung tướng Bun-mi dẫn đầu.", "Thứ trưởng Bộ Công an tiếp Đoàn đại biểu Công an Lào"),
    ("Chiều 26/2, tại Hà Nội, Bộ Công an tổ chức gặp mặt các Trưởng Cơ quan đại diện Việt Nam ở nước ngoài.",
     "Gặp mặt các Trưởng Cơ quan đại diện Việt Nam ở nước ngoài"),
    ("Sáng 18/8, lãnh đạo Công an tỉnh cùng các đồng chí trong Ban Giám đốc và các đơn vị đã đến dâng hoa tại "
     "Khu di tích.", "Dâng hoa tại Khu di tích"),
])
def test_a_lead_without_an_event_noun_names_the_event_by_what_was_done(lead, name):
    assert extract_event(clean_text(lead), KB).name == name


def test_continuing_or_direct_work_is_not_a_reception():
    e = extract_event(clean_text("Sáng 5/3, Bộ Công an tiếp tục triển khai Đề án 06 tại các tỉnh."), KB)
    assert e.name == "Sự kiện"


def test_a_courtesy_call_is_a_working_meeting_named_by_it():
    e = extract_event(clean_text("Chiều 24/8, Đại tướng Nguyễn Văn An, Bộ trưởng Bộ Công an, đến chào Tổng Bí thư "
                                 "nước bạn."), KB)
    assert (e.type, e.name) == ("buoi-lam-viec", "Đến chào Tổng Bí thư nước bạn")


@pytest.mark.parametrize("lead, name", [
    ("Quyết định được công bố trong một buổi lễ vào chiều ngày 31/1 do Thượng tướng Trần Văn An chủ trì.", "Buổi lễ"),
    ("Lễ khai trương Trung tâm Dữ liệu do Bộ Công an tổ chức vào chiều 18/8 đã thành công.",
     "Lễ khai trương Trung tâm Dữ liệu do Bộ Công an tổ chức"),
    ("Tại buổi làm việc này, Thứ trưởng yêu cầu các đơn vị khẩn trương triển khai.", "Buổi làm việc"),
])
def test_an_events_name_ends_before_its_time_of_day_and_drops_a_demonstrative(lead, name):
    assert extract_event(clean_text(lead), KB).name == name


@pytest.mark.parametrize("lead, name", [
    ("Sáng ngày 06/4/2022 tại Phòng Hội thảo 1, Khoa An ninh đã tổ chức Tọa đàm khoa học triển khai chuyên đề.",
     "Tọa đàm khoa học triển khai chuyên đề"),
    ("Sáng 5/3, tại Trung tâm Hội nghị Quốc gia, Bộ Công an tổ chức Lễ kỷ niệm 80 năm.", "Lễ kỷ niệm 80 năm"),
])
def test_a_room_or_building_named_like_an_event_is_not_the_event(lead, name):
    assert extract_event(clean_text(lead), KB).name == name
