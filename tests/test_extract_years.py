"""The year when the lead leaves it out: datelines, anchors and bounds; a date only when the text pins it."""

import pytest

from conftest import date_of, report


def test_dateline_gives_the_year_of_a_day_without_one():
    assert date_of("Sáng 10/10, Bộ Công an tổ chức Hội nghị.", dateline="15:37, 10/10/2022") == "2022-10-10"


def test_a_dateline_months_after_the_event_gives_way_to_what_the_lead_says():
    lead = "Chiều 10/10, Bộ Công an tổ chức Hội nghị chuyển đổi số trong Công an nhân dân lần thứ 3."
    assert date_of(lead, dateline="Thứ Hai, 19/01/2026 07:01 GMT+7") == "2024-10-10"  # a site banner, not a dateline
    # with nothing else to go by, it still gives the latest year before it
    assert date_of("Chiều 10/10, Công an tỉnh tổ chức Hội nghị.", dateline="Thứ Hai, 19/01/2026") == "2025-10-10"
    # a dateline soon after the event still outweighs the lead's other clues, which then disagree: no date
    assert date_of(lead, dateline="15:37, 12/10/2025") is None


def test_a_several_day_event_written_with_its_year_elsewhere_gives_the_lead_day_its_year():
    opening = "Hội nghị Công an toàn quốc lần thứ 79 bàn các giải pháp bảo đảm an ninh, trật tự diễn ra trong hai ngày 14-15/12/2023."
    assert date_of(opening, "Sáng 15/12, Hội nghị khai mạc trọng thể tại Hà Nội.") == "2023-12-15"
    assert date_of(opening, "Sáng 17/12, Công an tỉnh tổ chức hội nghị triển khai.") is None


def test_figures_compared_with_the_same_period_of_a_year_are_the_next_years():
    body = "Trong 6 tháng đầu năm, số vụ phạm pháp hình sự giảm 5% so với cùng kỳ năm 2023."
    assert date_of("Sáng 8.7, Công an thành phố tổ chức Hội nghị sơ kết công tác.", body) == "2024-07-08"
    # early in a year the meeting may review the whole year before: no year from that
    assert date_of("Sáng 8.1, Công an thành phố tổ chức Hội nghị tổng kết công tác.", body) is None


def test_event_late_in_the_year_before_an_early_dateline_is_the_year_before():
    assert date_of("Chiều 30/12, Công an tỉnh tổ chức Hội nghị.", dateline="08:00 02/01/2023") == "2022-12-30"


def test_day_without_year_and_no_evidence_stays_null():
    info = report("Sáng 27/10, Bộ Công an tổ chức Hội nghị.").date
    assert info.value is None and info.basis == "unknown"


def test_yearly_series_ordinal_gives_the_year():
    info = report("Sáng 27/10, Bộ Công an tổ chức Hội nghị trực tuyến chuyển đổi số lần thứ 4 trong lực lượng "
                  "Công an nhân dân.").date
    assert info.value == "2025-10-27" and info.basis == "inferred" and "lần thứ 4" in info.evidence


def test_current_year_named_in_the_lead_sentence():
    assert date_of("Sáng 10/10, Bộ Công an tổ chức Hội nghị chuyển đổi số lần thứ 2 năm 2023.") == "2023-10-10"


def test_half_year_review_names_its_year():
    assert date_of("Ngày 01/7, Công an tỉnh tổ chức Hội nghị sơ kết 6 tháng đầu năm 2021.") == "2021-07-01"


def test_year_end_review_in_january_is_the_next_year():
    assert date_of("Ngày 14-1, Công an tỉnh đã tổ chức tổng kết công tác năm 2015 và triển khai công tác năm 2016.") \
        == "2016-01-14"


def test_year_end_review_in_december_is_the_same_year():
    assert date_of("Sáng 20/12, Công an tỉnh tổ chức Hội nghị tổng kết công tác năm 2019.") == "2019-12-20"


def test_one_year_of_carrying_out_a_resolution_of_a_given_date():
    assert date_of("Sáng 20/3, Bộ Công an tổ chức Hội nghị đánh giá kết quả 01 năm thực hiện Nghị quyết số 12-NQ/TW "
                   "ngày 16/3/2022 của Bộ Chính trị.") == "2023-03-20"


def test_full_date_elsewhere_with_the_same_day_and_month():
    assert date_of("Chiều 9/12, Đảng ủy Công an Trung ương tổ chức Hội nghị.",
                   "Tính đến ngày 9/12/2022, đã có 100% đơn vị ban hành kế hoạch.") == "2022-12-09"


def test_cited_resolution_and_officials_tenure_pin_the_year_together():
    # 57-NQ/TW was issued 22/12/2024, so 27/10 is 2025 at the earliest; no upper bound: stays null
    assert date_of("Sáng 27/10, Bộ Công an tổ chức Hội nghị. Nghị quyết 57 của Bộ Chính trị được triển khai.") is None


def test_tenure_end_and_a_completed_year_meet():
    info = report("Ngày 13-3, Bộ Công an tổ chức hội nghị trực tuyến toàn quốc.",
                  "Tại hội nghị, Bộ trưởng Bộ Công an Tô Lâm yêu cầu quyết liệt hơn.",
                  "Trong năm 2023, Bộ Công an đã tiếp nhận trên 67 triệu hồ sơ.").date
    assert info.value == "2024-03-13" and "Tô Lâm" in info.evidence


def test_launching_a_plan_for_a_period_early_in_its_first_year():
    assert date_of("Chiều 18.1, Thủ tướng chủ trì hội nghị triển khai đề án giai đoạn 2022 - 2025.") == "2022-01-18"


def test_conflicting_clues_leave_the_date_null_with_a_note():
    r = report("Sáng 10/10, Bộ Công an tổ chức Hội nghị chuyển đổi số trong Công an nhân dân lần thứ 2 năm 2025.")
    assert r.date.value is None and any("mâu thuẫn" in n for n in r.notes)


def test_the_year_is_never_later_than_today():
    r = report("Sáng 27/10, Bộ Công an tổ chức Hội nghị chuyển đổi số lần thứ 9 trong Công an nhân dân.")
    assert r.date.value is None


def test_figures_as_of_a_recent_day_give_the_year():
    assert date_of("Ngày 5/9, Đoàn công tác của Bộ Công an đã có buổi làm việc với Công an tỉnh.",
                   "Theo đó, tính đến ngày 31/8/2023, Công an tỉnh đã thu nhận hơn 1,5 triệu hồ sơ.") == "2023-09-05"


def test_figures_as_of_the_end_of_last_month_give_the_year():
    assert date_of("Sáng 10/10, Bộ Công an tổ chức Hội nghị.", "Đến hết tháng 9/2022, toàn lực lượng đã hoàn thành.") \
        == "2022-10-10"


def test_figures_as_of_an_old_day_say_nothing_about_the_year():
    assert date_of("Ngày 5/9, Bộ Công an tổ chức Hội nghị.", "Tính đến ngày 31/12/2020, đã cấp 50 triệu thẻ.") is None


def test_year_end_figures_reported_in_january_are_the_year_before():
    assert date_of("Ngày 8/1, Công an tỉnh tổ chức Hội nghị.", "Tính đến ngày 31/12/2023, đã cấp 2 triệu thẻ.") \
        == "2024-01-08"


def test_year_of_a_law_in_the_lead_is_not_the_event_year():
    assert date_of("Sáng 20/6, Công an tỉnh tổ chức Hội nghị triển khai Luật Căn cước năm 2023.") is None


def test_industrial_revolution_count_is_not_the_series_ordinal():
    assert date_of("Sáng 10/10, Bộ Công an tổ chức Hội nghị chuyển đổi số trong Công an nhân dân đáp ứng yêu cầu "
                   "cách mạng công nghiệp lần thứ tư.") is None


def test_reviewing_a_plan_for_a_period_says_nothing_about_the_year():
    assert date_of("Chiều 18.1, Bộ Công an tổ chức hội nghị sơ kết triển khai đề án giai đoạn 2022 - 2025.") is None


def test_lead_sentence_anchor_wins_over_a_same_day_date_of_an_earlier_edition():
    assert date_of("Sáng 10/10, Bộ Công an tổ chức Hội nghị chuyển đổi số trong Công an nhân dân lần thứ 3.",
                   "Tại hội nghị lần thứ nhất ngày 10/10/2022, Bộ Công an đã công bố Ngày Chuyển đổi số.") == "2024-10-10"


def test_an_anniversary_written_with_dots_sets_the_year_too():
    assert date_of("Sáng 12.8, Công an huyện gặp mặt kỷ niệm 79 năm, Ngày truyền thống lực lượng CAND "
                   "(19.8.1945 – 19.8.2024).") == "2024-08-12"


def test_an_anniversary_sets_the_year_nearest_to_its_day():
    # held a few days before the anniversary day, across the new year
    assert date_of("Hướng tới kỷ niệm 80 năm Ngày thành lập (3/1/1946 - 3/1/2026), sáng 28/12, Bộ Công an "
                   "tổ chức Lễ mít tinh.") == "2025-12-28"
    assert date_of("Nhân dịp kỷ niệm 78 năm Ngày truyền thống (1945 - 2023), sáng 18/8, Công an tỉnh tổ chức "
                   "Lễ gặp mặt.") == "2023-08-18"


def test_a_leap_day_far_from_any_leap_year_of_an_anniversary_gives_no_year_and_no_error():
    assert date_of("Nhân dịp kỷ niệm 10 năm Ngày thành lập (1/3/2012 – 1/3/2022), sáng 29/2, Công an tỉnh tổ chức "
                   "Lễ gặp mặt.") is None


def test_a_status_as_of_a_recent_day_gives_the_year_and_a_deadline_does_not():
    assert date_of("Chiều 12/5, Công an tỉnh tổ chức lễ công bố hoàn thành cấp căn cước.",
                   "Giám đốc cho biết, đến ngày 10/5/2023, Công an tỉnh đã hoàn thành việc thu nhận hồ sơ.") == "2023-05-12"
    assert date_of("Chiều 12/5, Công an tỉnh tổ chức lễ phát động.",
                   "Công an tỉnh phấn đấu đến ngày 31/5/2023 hoàn thành việc thu nhận hồ sơ.") is None


def test_a_congress_is_held_in_the_first_year_of_the_term_it_elects():
    assert date_of("Ngày 12/5, Đảng bộ Công an tỉnh tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2025 - 2030.") \
        == "2025-05-12"
    # late in a year the congress may open next year's term: no year from the term alone
    assert date_of("Ngày 20/12, Công đoàn Công an tổ chức Đại hội lần thứ V, nhiệm kỳ 2024 - 2029.") is None
    # a term named outside a congress says nothing ("Ban Chấp hành nhiệm kỳ 2020 - 2025")
    assert date_of("Ngày 12/5, Ban Chấp hành Đảng bộ nhiệm kỳ 2020 - 2025 tổ chức Hội nghị lần thứ 10.") is None


def test_the_figures_of_the_first_months_of_a_year_date_a_review_held_right_after_them():
    body = "Trong 9 tháng đầu năm 2022, lực lượng Công an đã triệt phá nhiều băng nhóm tội phạm."
    assert date_of("Ngày 4/10, Công an tỉnh tổ chức Hội nghị sơ kết công tác.", body) == "2022-10-04"
    assert date_of("Ngày 4/3, Công an tỉnh tổ chức Hội nghị triển khai công tác.", body) is None  # months later
    assert date_of("Ngày 4/10, Công an tỉnh tổ chức Hội nghị.", "Số vụ giảm so với 9 tháng đầu năm 2021.") is None


def test_a_series_dated_by_a_known_edition_gives_the_year_of_another():
    assert date_of("Sáng 26/12, Hội nghị Công an toàn quốc lần thứ 72 đã khai mạc trọng thể tại Hà Nội.") == "2016-12-26"
    info = report("Sáng 20/12, Hội nghị Công an toàn quốc lần thứ 78 khai mạc tại Hà Nội.").date
    assert info.value == "2022-12-20" and "lần 81: 15/12/2025" in info.evidence
    # an ordinal far before the known edition counts something else
    assert date_of("Sáng 20/12, Hội nghị Công an toàn quốc lần thứ nhất về phong trào toàn dân diễn ra.") is None


def test_a_school_year_dates_its_opening_and_its_closing():
    assert date_of("Ngày 15/9, Học viện tổ chức Lễ khai giảng năm học 2022 – 2023.") == "2022-09-15"
    assert date_of("Sáng 13/10, Học viện long trọng tổ chức Lễ khai giảng năm học mới (2014-2015).") == "2014-10-13"
    assert date_of("Sáng 20/6, Học viện tổ chức Lễ bế giảng năm học 2022-2023.") == "2023-06-20"


def test_a_meeting_early_in_a_month_that_gives_the_figures_of_the_month_before():
    body = "Trong tháng 7.2022, Công an tỉnh điều tra, khám phá 51 vụ."
    assert date_of("Sáng nay 1.8, Công an tỉnh tổ chức giao ban.", body) == "2022-08-01"
    assert date_of("Sáng nay 1.10, Công an tỉnh tổ chức giao ban.", body) is None


def test_an_anniversary_of_a_known_day_counted_in_years():
    assert date_of("Ngày 3/3, Công an tỉnh phát động phong trào thi đua chào mừng kỷ niệm 80 năm Ngày truyền thống "
                   "Công an nhân dân.") == "2025-03-03"
    assert date_of("Sáng 18/11, Học viện tổ chức kỷ niệm 39 năm Ngày Nhà giáo Việt Nam.") == "2021-11-18"
    assert date_of("Sáng 18/11, Học viện tổ chức kỷ niệm 39 năm thành lập Trường.") is None  # a day no file knows
    assert date_of("Nhân kỷ niệm 75 năm Ngày thành lập lực lượng CAND (19-8-1945 – 19-8-2020), sáng 19-8, Đoàn công tác "
                   "đã đến chúc mừng cán bộ, chiến sĩ.") == "2020-08-19"


def test_a_lead_without_a_day_has_no_date_when_nothing_else_speaks():
    info = report("Công an tỉnh vừa tổ chức Hội nghị sơ kết công tác.").date
    assert (info.value, info.precision) == (None, "unknown")


def test_sang_nay_is_the_dateline_day_and_hom_qua_the_day_before():
    assert date_of("Sáng nay, Bộ Công an tổ chức Hội nghị.", dateline="Thứ Sáu, 14/03/2025 11:02") == "2025-03-14"
    assert date_of("Hôm qua, Công an tỉnh tổ chức lễ ra mắt.", dateline="01/03/2025 08:00") == "2025-02-28"
    assert date_of("Sáng nay, Bộ Công an tổ chức Hội nghị.") is None  # no dateline: no day


def test_vua_to_chuc_gives_the_datelines_month_or_only_its_year_early_in_a_month():
    info = report("Ảnh: hai đơn vị ký kết.", "Công an tỉnh vừa tổ chức Hội nghị ký quy chế phối hợp.",
                  dateline="Thứ bảy, 19/02/2022 19:52").date
    assert (info.value, info.precision, info.basis) == ("2022-02", "month", "inferred")
    assert date_of("Công an tỉnh vừa tổ chức Hội nghị.", dateline="03/03/2022 10:00") == "2022"
    assert date_of("Công an tỉnh vừa tổ chức Hội nghị.", dateline="03/01/2022 10:00") is None  # maybe last December


def test_the_year_the_lead_names_for_an_event_without_a_day():
    info = report("Công an huyện vừa tổ chức thực tập phương án chữa cháy năm 2024.").date
    assert (info.value, info.precision, info.basis) == ("2024", "year", "explicit")
    # a year-end review or a plan for a year is held in either of two years
    assert date_of("Công an tỉnh vừa tổ chức hội nghị tổng kết công tác năm 2024.") is None
    assert date_of("Công an tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2025.") is None


def test_an_event_held_for_an_anniversary_without_a_day_is_in_its_year():
    text = ["Hội nghị được tổ chức theo hình thức trực tuyến.", "Các đại biểu dự hội nghị.",
            "Phát biểu khai mạc, Thứ trưởng nhấn mạnh hội nghị có ý nghĩa nhân dịp kỷ niệm 80 năm Ngày truyền "
            "thống lực lượng Công an nhân dân (19/8/1945-19/8/2025)."]
    info = report(*text).date
    assert (info.value, info.precision, info.basis) == ("2025", "year", "inferred")


def test_a_year_only_date_still_respects_what_the_text_bounds():
    # a deadline before the year named: the clues disagree, so no date
    lead = "Công an tỉnh vừa tổ chức diễn tập phương án năm 2024. Yêu cầu hoàn thành trước năm 2023."
    assert date_of(lead) is None


def test_studying_a_resolution_is_dated_in_the_months_after_its_issue():
    lead = ("Sáng 24-11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị học tập, quán triệt Nghị quyết số 13-NQ/TU "
            "ngày 10-10-2022 của Ban Thường vụ Tỉnh ủy.")
    info = report(lead).date
    assert (info.value, info.basis) == ("2022-11-24", "inferred")
    assert "quán triệt" in info.evidence
    # the same day a year on is too late for a first study, and "tiếp tục quán triệt" is no first study
    assert date_of(lead.replace("quán triệt", "tiếp tục quán triệt")) is None


def test_studying_a_congress_resolution_without_a_day_is_in_the_congress_year():
    info = report("Đảng ủy Công an tỉnh vừa tổ chức Hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội "
                  "đại biểu toàn quốc lần thứ XIII của Đảng.").date
    assert (info.value, info.precision) == ("2021", "year")


def test_a_rank_held_for_months_with_an_office_pins_the_year():
    # Thượng tướng from 6/1/2022 to 20/10/2024, Bộ trưởng from 6/6/2024: only 9 October 2024 fits
    info = report("Chiều 9/10, Thượng tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an "
                  "hội đàm với Bộ trưởng Bộ An ninh Lào.").date
    assert info.value == "2024-10-09"
    assert "Thượng tướng" in info.evidence and info.basis == "inferred"


def test_a_rank_as_written_in_lower_case_counts_too():
    assert date_of("Chiều 9/10, thượng tướng Lương Tam Quang, Bộ trưởng Bộ Công an hội đàm với đoàn.") == "2024-10-09"


def test_an_office_of_the_party_held_for_months_pins_the_year():
    assert date_of("Sáng 3/6, đồng chí Lương Cường, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự lễ kỷ niệm.") \
        == "2024-06-03"
    # a former office ("nguyên", "cố") bounds nothing
    assert date_of("Sáng 3/6, đồng chí Lương Cường, nguyên Thường trực Ban Bí thư dự lễ kỷ niệm.") is None


def test_a_years_figures_told_in_its_last_weeks_give_the_year():
    lead = "Chiều 7.12, Công an tỉnh làm việc với Cục Cảnh sát."
    assert date_of(lead, "Trong năm 2022, Công an tỉnh bắt 252 vụ 441 đối tượng.") == "2022-12-07"
    assert date_of(lead, "Trong năm 2023, Công an tỉnh sẽ tập trung mọi nguồn lực.") is None  # a plan, not figures
    assert date_of("Chiều 7.6, Công an tỉnh làm việc với Cục.", "Trong năm 2022, Công an tỉnh bắt 252 vụ.") is None


def test_a_handover_weeks_before_the_day_it_takes_effect():
    info = report("Chiều ngày 31/1, Bộ Công an tổ chức lễ công bố quyết định.",
                  "Lên thay ông A ở vị trí Chánh văn phòng Bộ kể từ ngày 1/2/2023 là Đại tá B.").date
    assert (info.value, info.basis) == ("2023-01-31", "inferred")
    assert date_of("Chiều ngày 31/7, Bộ Công an tổ chức lễ công bố quyết định.",
                   "Ông A giữ chức vụ kể từ ngày 1/2/2023.") is None  # months away: says nothing


def test_a_report_that_starts_after_its_lead_takes_the_year_of_a_mid_year_review():
    info = report("Tham dự và chỉ đạo hội nghị có đồng chí Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh.",
                  "Trong 6 tháng đầu năm 2020, Công an tỉnh đã bám sát Nghị quyết, Chương trình công tác.").date
    assert (info.value, info.precision) == ("2020", "year")
    # ten months or more: the review may be held early the next year
    assert date_of("Tham dự hội nghị có Đại tá Nguyễn Văn An.", "Trong 11 tháng đầu năm 2020, Công an tỉnh đã làm tốt.") \
        is None


def test_a_congress_is_in_the_year_its_term_starts_or_the_one_it_reviews_ends():
    assert date_of("Tham dự đại hội có Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh.",
                   "Tại đại hội, Đại tá An cho biết trong nhiệm kỳ 2015 - 2020, Đảng ủy đã lãnh đạo tốt.") == "2020"
    assert date_of("Sáng 12/6, Đảng ủy Công an tỉnh tổ chức Đại hội đại biểu Đảng bộ lần thứ XX, nhiệm kỳ 2025 - 2030.") \
        == "2025-06-12"
    # a congress's resolution is carried out all through its term: no year
    assert date_of("Sáng 12/6, Công an tỉnh tổ chức hội nghị sơ kết thực hiện Nghị quyết Đại hội Đảng bộ tỉnh "
                   "lần thứ XIX, nhiệm kỳ 2020 - 2025.") is None


@pytest.mark.parametrize("dateline", ["31/12/9999 10:00", "01/01/0001", "15/08/1890"])
def test_a_dateline_out_of_range_dates_nothing(dateline):
    assert date_of("Sáng nay, Bộ Công an tổ chức Hội nghị.", dateline=dateline) is None
    assert date_of("Công an tỉnh vừa tổ chức Hội nghị.", dateline=dateline) is None


def test_a_year_out_of_range_named_in_a_lead_without_a_day_dates_nothing():
    assert date_of("Công an tỉnh vừa tổ chức diễn tập phương án năm 1200.") is None
    assert date_of("Công an tỉnh vừa tổ chức diễn tập phương án năm 9999.") is None


def test_a_jubilee_with_its_days_in_a_lead_without_a_day_gives_its_year():
    info = report("Công an tỉnh vừa tổ chức gặp mặt kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân "
                  "(19/8/1945 - 19/8/2025).").date
    assert (info.value, info.precision) == ("2025", "year")
