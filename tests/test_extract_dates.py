"""The lead date: the day the sentence that reports the event opens with, in every written form."""
import datetime as dt

import pytest

from conftest import date_of, report
from digest.extract.dates import find_lead_date, full_date
from digest.model import CleanText


@pytest.mark.parametrize("written", ["19/7/2022", "19-7-2022", "19.7.2022", "19 tháng 7 năm 2022"])
def test_full_dates_in_every_common_form(written):
    assert date_of(f"Sáng {written}, Bộ Công an tổ chức Hội nghị sơ kết.") == "2022-07-19"


def test_explicit_date_is_marked_explicit_with_its_words_as_evidence():
    info = report("Ngày 25/2/2025, Bộ Công an đã tổ chức Lễ công bố.").date
    assert (info.value, info.precision, info.basis, info.evidence) == ("2025-02-25", "day", "explicit", "Ngày 25/2/2025")


def test_day_and_month_with_a_dot_after_a_time_word():
    assert date_of("Chiều 18.1, Thủ tướng chủ trì hội nghị triển khai đề án giai đoạn 2022 - 2025.") == "2022-01-18"


def test_a_version_number_is_not_a_date():
    assert find_lead_date(CleanText("x", None, None, ["Cách mạng 4.0 đã tác động tới hội nghị."], None)) is None


@pytest.mark.parametrize("verb", ["trao quyết định thăng cấp bậc hàm cho", "khai giảng lớp tập huấn cho",
                                  "tổ chức mít tinh cùng", "ký kết quy chế phối hợp với"])
def test_leads_that_award_open_a_course_rally_or_sign_are_event_leads(verb):
    assert date_of(f"Sáng 12/9/2024, Công an tỉnh {verb} Công an huyện.") == "2024-09-12"


def test_no_date_at_all_stays_null_with_a_note():
    r = report("Tại buổi làm việc, lãnh đạo các đơn vị đã báo cáo.")
    assert r.date.value is None and r.notes


def test_date_of_a_document_is_not_the_event_date():
    assert date_of("Ngày 1/7/2014, Bộ Chính trị ban hành Nghị quyết số 36-NQ/TW về công nghệ thông tin.") is None


def test_future_deadline_is_not_the_event_date():
    assert date_of("Ngày 14/1, Thứ trưởng chủ trì buổi làm việc.", "Đề nghị có báo cáo trong quý II năm 2016.") is None


def test_invalid_day_is_not_a_date():
    assert date_of("Ngày 31/2/2022, Bộ Công an tổ chức Hội nghị.") is None


def test_full_date_helper():
    assert full_date("ngày 13/4/2015 của") == dt.date(2015, 4, 13)
    assert full_date("ngày 32/4/2015") is None


def test_today_in_brackets_after_the_time_word():
    assert date_of("Sáng nay (27/10/2025), Bộ Công an tổ chức Hội nghị.") == "2025-10-27"


def test_a_two_day_event_starts_on_its_first_day():
    assert date_of("Trong hai ngày 27-28/10/2025, Bộ Công an tổ chức Hội thảo.") == "2025-10-27"
    assert date_of("Ngày 27 và 28/10/2025, Bộ Công an tổ chức Hội thảo.") == "2025-10-27"
    assert date_of("Trong 2 ngày (26 - 27/12/2023), tại Hà Nội, Bộ Công an tổ chức Hội nghị.") == "2023-12-26"
    assert date_of("Từ ngày 12 đến ngày 14/6/2024, Cục Cảnh sát tổ chức lớp tập huấn.") == "2024-06-12"
    assert date_of("Trong ba ngày 4, 5 và 6/7/2024, Công an tỉnh tổ chức Hội thao.") == "2024-07-04"


def test_cand_prefix_before_the_lead_date():
    assert date_of("(CAND) - Sáng 19/7/2022, Bộ Công an tổ chức Hội nghị.") == "2022-07-19"


def test_the_time_of_day_after_an_opening_clause_is_the_lead_date():
    info = report("Nhân dịp kỷ niệm 77 năm Ngày truyền thống lực lượng Công an nhân dân (19/8/1945 – 19/8/2022), "
                  "chiều ngày 18/8, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy đã đến thăm, chúc mừng Công an tỉnh.").date
    assert (info.value, info.basis) == ("2022-08-18", "inferred")
    assert info.evidence.startswith("chiều ngày 18/8 + 'kỷ niệm 77 năm ... (19/8/1945 – 19/8/2022)'")


def test_a_document_date_after_a_comma_is_not_the_lead_date():
    info = report("Bộ Công an tổ chức Hội nghị quán triệt Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị.").date
    assert (info.value, info.precision) == ("2022", "year")  # studied in the months after: the year, never that day


def test_a_time_of_day_inside_the_lead_sentence_with_a_dot_or_in_brackets():
    info = report("Tại hội nghị giao ban về hoạt động thông tin cơ sở năm 2019 do Sở tổ chức sáng 31.12, "
                  "Thượng tá Lưu Thanh Long cho biết nhiều nội dung.").date
    assert (info.value, info.evidence) == ("2019-12-31", "sáng 31.12 + 'động thông tin cơ sở năm 2019'")
    info = report("Đây là nhấn mạnh của Thứ trưởng tại Hội nghị công tác phát triển chính phủ điện tử vừa được "
                  "tổ chức sáng nay (22/9/2022).").date
    assert (info.value, info.evidence) == ("2022-09-22", "sáng nay (22/9/2022)")


def test_an_official_visit_and_an_opening_are_events():
    assert date_of("Ngày 29-9-2023, Đoàn đại biểu cấp cao Bộ Công an đã tới Vientiane, bắt đầu chuyến thăm "
                   "chính thức nước bạn.") == "2023-09-29"
    assert date_of("Ngày 25-2-2021, Bộ Công an khai trương hệ thống cơ sở dữ liệu quốc gia về dân cư.") == "2021-02-25"


@pytest.mark.parametrize("written", ["01/01/0001", "12/5/1000", "31/12/9999"])
def test_an_explicit_year_no_event_can_have_is_no_date(written):
    info = report(f"Ngày {written}, Bộ Công an tổ chức Hội nghị.").date
    assert info.value is None and info.evidence == f"Ngày {written}"


def test_a_numbered_documents_date_in_the_lead_is_not_the_events():
    assert date_of("Thực hiện Quyết định số 700/QĐ-BCA-V12 ngày 26/02/2018 của Bộ trưởng, đoàn công tác đã dự "
                   "Hội nghị thường niên tại Doha.") is None
    assert date_of("Thực hiện Thông báo số 343/TB-T04, ngày 10/3/2022 của Hiệu trưởng về cuộc họp triển khai đề tài, "
                   "Khoa đã tiến hành các bước chuẩn bị.", "Theo đó, sáng ngày 06/4/2022, Khoa đã tổ chức Tọa đàm khoa học."
                   ) == "2022-04-06"
    # a plan named in passing before the date does not hide it
    assert date_of("Thực hiện kế hoạch công tác, sáng 12/3/2024, Công an tỉnh tổ chức Hội nghị.") == "2024-03-12"


def test_offering_flowers_and_incense_is_an_event_lead():
    assert date_of("Nhân kỷ niệm 76 năm Ngày truyền thống Công an nhân dân (19.8.1945 - 19.8.2021), sáng qua 18.8, "
                   "lãnh đạo Công an tỉnh đã đến dâng hoa, viếng hương tri ân các anh hùng liệt sĩ.") == "2021-08-18"


def test_a_visit_dated_by_its_span_at_the_end_of_the_lead_starts_on_its_first_day():
    lead = ("Đoàn công tác do Trung tướng Nguyễn Văn A dẫn đầu đã sang thăm, làm việc với Bộ Công an "
            "nước bạn từ ngày 11 đến 15-4-2023.")
    info = report(lead).date
    assert (info.value, info.evidence) == ("2023-04-11", "từ ngày 11 đến 15-4-2023")
    assert date_of("Được sự đồng ý của lãnh đạo Bộ, từ 25/6/2018 đến 28/6/2018, Đại tá Nguyễn Văn B đã có chuyến "
                   "công tác, tham dự Hội nghị.") == "2018-06-25"
    assert date_of("Đoàn đã dự hội nghị từ ngày 28/12 đến 2/1/2024 tại Hà Nội.") == "2023-12-28"


def test_a_campaigns_period_is_not_the_day_of_an_event():
    assert date_of("Công an tỉnh tổ chức đợt cao điểm tấn công trấn áp tội phạm từ ngày 15/3 đến 15/6/2024.") is None


def test_a_degree_before_a_name_does_not_end_the_lead_sentence():
    lead = ("Được sự đồng ý của lãnh đạo Bộ Công an, từ ngày 21-24/11/2023, đoàn đại biểu do đồng chí Thiếu tướng, "
            "TS. Nguyễn Văn C làm Trưởng đoàn đã tham dự Hội nghị thường niên.")
    assert date_of(lead) == "2023-11-21"


def test_a_courtesy_call_is_an_event_lead():
    assert date_of("Chiều 24/8/2016, Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, đến chào Tổng Bí thư nước bạn.") \
        == "2016-08-24"
