"""Officials: who counts, what their name, rank and offices are, one entry per person."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from digest.extract.officials import extract_officials
from digest.knowledge import load_knowledge
from digest.vietnamese import slug

KB = load_knowledge(Path(__file__).resolve().parent.parent / "data")


def people(text):
    return {o.name: o for o in extract_officials(text, KB)}


def test_rank_name_and_offices_after_the_name():
    o = people("Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự và chỉ đạo hội nghị.")["Tô Lâm"]
    assert o.rank == "Đại tướng"
    assert o.positions == ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"]
    assert o.known and o.slug == "to-lam"


def test_office_written_before_the_name():
    o = people("Tại hội nghị, Thứ trưởng Lê Văn Tuyến điều hành thảo luận.")["Lê Văn Tuyến"]
    assert o.rank is None and o.positions == ["Thứ trưởng"]


def test_office_with_its_ministry_before_the_name():
    assert people("Bộ trưởng Bộ Công an Tô Lâm yêu cầu các đơn vị.")["Tô Lâm"].positions == ["Bộ trưởng Bộ Công an"]


def test_several_offices_before_the_name():
    o = people("Tham dự có Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an Lương Tam Quang và các Thứ trưởng.")
    assert list(o) == ["Lương Tam Quang"]
    assert o["Lương Tam Quang"].positions == ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"]


def test_comrade_alone_marks_an_official():
    assert "Phạm Minh Chính" in people("Đồng chí Phạm Minh Chính về dự hội nghị.")


def test_mister_with_an_office_after_the_name():
    o = people("Phát biểu, ông Phạm Thiện Nghĩa – Chủ tịch UBND tỉnh đánh giá cao kết quả.")
    assert o["Phạm Thiện Nghĩa"].positions == ["Chủ tịch UBND tỉnh"]


def test_mister_without_an_office_is_not_an_official():
    assert people("Ông Nguyễn Văn Bình cho biết gia đình đã nhận tiền hỗ trợ.") == {}


def test_list_after_a_colon_with_offices_separated_by_semicolons():
    found = people("Tham dự có các đồng chí: Vũ Đức Đam, Phó Thủ tướng Chính phủ; Trần Văn Sơn, Bộ trưởng, "
                   "Chủ nhiệm Văn phòng Chính phủ.")
    assert found["Vũ Đức Đam"].positions == ["Phó Thủ tướng Chính phủ"]
    assert found["Trần Văn Sơn"].positions == ["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"]


def test_office_in_brackets_after_the_name():
    o = people("Trung tướng Nguyễn Duy Ngọc (Thứ trưởng Bộ Công an) nhấn mạnh.")["Nguyễn Duy Ngọc"]
    assert o.rank == "Trung tướng" and o.positions == ["Thứ trưởng Bộ Công an"]


@pytest.mark.parametrize("dash", [" – ", " - ", "-", " — "])
def test_office_after_a_dash(dash):
    o = people(f"Tham dự có Đại tá Văn Công Minh{dash}Phó Giám đốc Công an tỉnh.")["Văn Công Minh"]
    assert o.rank == "Đại tá" and o.positions == ["Phó Giám đốc Công an tỉnh"]


def test_women_names_with_thi():
    assert people("Đại tá Phan Thị Hường, Phó Giám đốc Công an tỉnh dự.")["Phan Thị Hường"].rank == "Đại tá"


def test_four_syllable_names():
    assert "Tôn Nữ Thị Ninh" in people("Bà Tôn Nữ Thị Ninh, Phó Chủ tịch Ủy ban đối ngoại phát biểu.")


def test_rank_in_lower_case_is_output_capitalised():
    assert people("Tại điểm cầu, thiếu tướng Lê Vinh Quy chủ trì.")["Lê Vinh Quy"].rank == "Thiếu tướng"


def test_every_police_rank_is_recognised():
    for rank in ("Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy"):
        assert people(f"{rank} Hoàng Minh An phát biểu.")["Hoàng Minh An"].rank == rank


def test_foreign_name_in_capitals_after_a_rank():
    o = people("Đoàn do Đại tướng TOP NETH, Tổng Cục trưởng dẫn đầu.")["TOP NETH"]
    assert o.rank == "Đại tướng"


@pytest.mark.parametrize("title", ["GS.TS", "TS.", "TS", "PGS.TS", "Tiến sỹ"])
def test_academic_titles_are_not_ranks_and_do_not_break_the_name(title):
    o = people(f"Thiếu tướng, {title} Lê Quốc Hùng, Thứ trưởng Bộ Công an đồng chủ trì.")
    assert list(o) == ["Lê Quốc Hùng"] and o["Lê Quốc Hùng"].rank == "Thiếu tướng"


def test_academic_title_with_office_but_no_rank():
    o = people("Tại Hội nghị, TS Nguyễn Thắng, Giám đốc Trung tâm phân tích và dự báo đã báo cáo.")
    assert o["Nguyễn Thắng"].rank is None


def test_short_mention_with_given_name_is_the_same_person():
    found = people("Trung tướng Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an phát biểu. Thứ trưởng Ngọc nói thêm.")
    assert list(found) == ["Nguyễn Duy Ngọc"]


def test_short_mention_with_office_is_the_same_person_and_adds_no_duplicate_office():
    found = people("Đại tướng Tô Lâm, Bộ trưởng Bộ Công an dự. Bộ trưởng Tô Lâm trao Bằng khen.")
    assert list(found) == ["Tô Lâm"] and found["Tô Lâm"].positions == ["Bộ trưởng Bộ Công an"]


def test_rank_comes_from_any_mention():
    found = people("Thứ trưởng Nguyễn Văn Long phát biểu. Sau đó, Thiếu tướng Nguyễn Văn Long trao quà.")
    assert found["Nguyễn Văn Long"].rank == "Thiếu tướng"


def test_rank_before_a_lone_given_name_goes_to_the_person_without_one():
    found = people("Thứ trưởng Lê Quốc Hùng phát biểu. Sau đó, Trung tướng Hùng trao quà.")
    assert found["Lê Quốc Hùng"].rank == "Trung tướng"


def test_rank_before_a_lone_given_name_does_not_replace_a_rank_already_found():
    found = people("Thiếu tướng Lê Quốc Hùng phát biểu. Sau đó, Trung tướng Hùng trao quà.")
    assert found["Lê Quốc Hùng"].rank == "Thiếu tướng"


def test_lone_given_name_of_nobody_is_not_an_official():
    assert people("Thứ trưởng Ngọc nói thêm về kế hoạch.") == {}


def test_office_without_a_name_is_not_an_official():
    assert people("Bộ trưởng Bộ Công an tặng Bằng khen; các Thứ trưởng Bộ Công an cùng dự.") == {}


def test_photo_credit_is_not_an_official():
    assert people("Toàn cảnh hội nghị. Ảnh: Nguyễn Hùng") == {}


def test_place_after_an_office_is_not_a_person():
    assert people("Giám đốc Công an tỉnh Hà Tĩnh cho biết. Trưởng Công an huyện Lâm Hà báo cáo.") == {}


def test_institution_after_an_office_is_not_a_person():
    assert people("Giám đốc Bệnh viện Bạch Mai phát biểu.") == {}


def test_family_name_phó_in_an_office_is_not_a_name():
    found = people("Thượng tướng Trần Quốc Tỏ, Phó Bí thư Đảng ủy Công an Trung ương dự.")
    assert list(found) == ["Trần Quốc Tỏ"]


def test_old_and_new_tone_placement_are_one_person_with_one_slug():
    found = extract_officials("Đại tá Lê Thuý Hoà, Phó Giám đốc dự. Đại tá Lê Thúy Hòa phát biểu.", KB)
    assert len(found) == 1 and found[0].slug == slug("Lê Thúy Hòa")


def test_byline_style_names_without_titles_are_not_officials():
    assert people("Thanh Nga – Duy Công") == {}


def test_names_listed_after_các_đồng_chí_are_officials():
    found = people("Dự hội nghị có các đồng chí: Trần Quốc Tỏ, Lương Tam Quang và Nguyễn Duy Ngọc.")
    assert list(found) == ["Trần Quốc Tỏ", "Lương Tam Quang", "Nguyễn Duy Ngọc"]


def test_province_with_a_family_name_word_before_a_name_is_not_part_of_it():
    found = people("Giám đốc Công an tỉnh Lâm Đồng Trần Văn Bình phát biểu.")
    assert list(found) == ["Trần Văn Bình"]


def test_name_after_an_office_and_a_province():
    assert list(people("Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn dự.")) == ["Đỗ Minh Tuấn"]


def test_office_with_và_inside_an_organisation_name_is_kept_whole():
    o = people("Cùng dự có ông Nguyễn Mạnh Hùng, Bộ trưởng Bộ Khoa học và Công nghệ.")["Nguyễn Mạnh Hùng"]
    assert o.positions == ["Bộ trưởng Bộ Khoa học và Công nghệ"]


def test_office_ends_before_what_the_person_does():
    o = people("Đoàn do Thiếu tướng Nguyễn Văn Tám – Cục trưởng Cục Công nghệ thông tin làm trưởng đoàn.")
    assert o["Nguyễn Văn Tám"].positions == ["Cục trưởng Cục Công nghệ thông tin"]


@pytest.mark.parametrize("what", ["phổ biến nội dung Nghị quyết", "tại buổi làm việc với lớp bồi dưỡng",
                                  "tham luận về chuyển đổi số", "truyền đạt chuyên đề"])
def test_office_ends_before_a_verb_or_the_event_it_is_at(what):
    o = people(f"Đại biểu đã nghe Thiếu tướng Vũ Văn Năm, Giám đốc Công an thành phố {what}.")
    assert o["Vũ Văn Năm"].positions == ["Giám đốc Công an thành phố"]


def test_titles_side_by_side_are_one_office():
    o = people("Thứ trưởng Thường trực Bộ Công an Đặng Văn Hiếu phát biểu.")
    assert o["Đặng Văn Hiếu"].positions == ["Thứ trưởng Thường trực Bộ Công an"]


def test_offices_listed_for_the_person_before_và_stay_with_that_person():
    o = people("Phó Thủ tướng, Bộ trưởng Vilay Lakhamphong và Bộ trưởng Tô Lâm duyệt Đội danh dự.")
    assert o["Tô Lâm"].positions == ["Bộ trưởng"]


def test_short_office_forms_and_offices_before_an_event_in_capitals():
    o = people("Thượng tá Lưu Thanh Long, Phó phòng An ninh chính trị nội bộ, cho biết. Thượng tướng Lê Huy Vịnh, "
               "Thứ trưởng Bộ Quốc phòng tại Hội nghị công tác phát triển chính phủ điện tử nhấn mạnh.")
    assert o["Lưu Thanh Long"].positions == ["Phó phòng An ninh chính trị nội bộ"]
    assert o["Lê Huy Vịnh"].positions == ["Thứ trưởng Bộ Quốc phòng"]


def test_offices_of_two_people_joined_by_và_and_a_rank_stay_apart():
    o = people("Chủ trì có Trung tướng Nguyễn Văn Ngọc - Trưởng Tiểu ban Lý luận, Giám đốc Học viện và Thiếu tướng "
               "Đặng Văn Đoài - Hiệu trưởng Trường Đại học. Thiếu tướng Bùi Quảng Bạ, nguyên Phó Tổng Cục trưởng "
               "Tổng cục An ninh; Đại tá Nguyễn Đình Thừa, Phó Giám đốc Công an tỉnh cũng đã kiểm tra. Thứ trưởng "
               "Bộ Công an, Trung tướng Nguyễn Văn Long phát biểu.")
    assert o["Nguyễn Văn Ngọc"].positions == ["Trưởng Tiểu ban Lý luận", "Giám đốc Học viện"]
    assert o["Đặng Văn Đoài"].positions == ["Hiệu trưởng Trường Đại học"]
    assert o["Bùi Quảng Bạ"].positions == ["nguyên Phó Tổng Cục trưởng Tổng cục An ninh"]
    assert o["Nguyễn Đình Thừa"].positions == ["Phó Giám đốc Công an tỉnh"]
    assert (o["Nguyễn Văn Long"].rank, o["Nguyễn Văn Long"].positions) == ("Trung tướng", ["Thứ trưởng Bộ Công an"])


def test_chủ_tịch_nước_is_an_office_not_a_country():
    assert people("Phát biểu tại Hội nghị, Chủ tịch nước Lương Cường yêu cầu lực lượng công an.")["Lương Cường"] \
        .positions == ["Chủ tịch nước"]


def test_an_appointment_gives_the_new_office_not_the_one_who_signs():
    o = people("Bộ Công an tổ chức lễ công bố quyết định của Bộ trưởng Bộ Công an về việc bổ nhiệm thiếu tướng "
               "Nguyễn Hải Trung giữ chức vụ Giám đốc Công an TP.Hà Nội.")
    assert o["Nguyễn Hải Trung"].positions == ["Giám đốc Công an TP.Hà Nội"]


def test_the_person_replaced_keeps_no_office_of_the_new_one():
    o = people("Thiếu tướng Hoàng Anh Tuyên được phân công làm Người phát ngôn Bộ Công an thay Trung tướng Tô Ân Xô.")
    assert (o["Tô Ân Xô"].rank, o["Tô Ân Xô"].positions) == ("Trung tướng", [])


def test_a_name_right_after_an_institution_word_is_not_cut_into_a_shorter_person():
    text = ("Trung tướng, PGS.TS Trần Văn Hoà, Giám đốc Học viện chủ trì hội thảo. "
            "Phát biểu khai mạc, Giám đốc Học viện Trần Văn Hoà nhấn mạnh.")
    people = extract_officials(text, KB)
    assert [(o.name, o.positions) for o in people] == [("Trần Văn Hoà", ["Giám đốc Học viện"])]


def test_the_first_rank_in_the_text_wins_whatever_the_hash_seed():
    # two spellings of one person's given name: their short mentions are looked for
    # one spelling after the other, but the rank taken is the first in the text
    text = ("Đồng chí Trần Văn Hùng, Giám đốc Công an tỉnh, phát biểu. Đồng chí TRẦN VĂN HÙNG, Giám đốc Công an "
            "tỉnh, nhấn mạnh. Đại tá HÙNG cho biết. Sau đó Thiếu tướng Hùng kết luận.")
    subprocess_ranks = set()
    for seed in ("1", "2", "3", "4", "5", "6", "7", "8"):
        code = ("import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
                "from digest.extract.officials import extract_officials; from digest.knowledge import load_knowledge; "
                "kb = load_knowledge(Path(sys.argv[1]) / 'data'); "
                "print([o.rank for o in extract_officials(sys.argv[2], kb)])")
        root = str(Path(__file__).resolve().parent.parent)
        out = subprocess.run([sys.executable, "-c", code, root, text], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout.strip()
        subprocess_ranks.add(out)
    assert subprocess_ranks == {"['Đại tá']"}


def test_an_office_written_right_after_the_name_ends_the_name():
    found = people("Bộ trưởng trao quyết định cho Thiếu tướng Nguyễn Minh Tuấn Giám đốc Công an tỉnh Phú Thọ "
                   "(trước khi sáp nhập) giữ chức vụ mới.")
    assert list(found) == ["Nguyễn Minh Tuấn"]
    assert found["Nguyễn Minh Tuấn"].positions == ["Giám đốc Công an tỉnh Phú Thọ"]


def test_family_names_of_ethnic_minorities():
    found = people("Dự có các đồng chí: Tòng Thị Phóng, Ủy viên Bộ Chính trị; Điêu Chính Tới, Bí thư Huyện ủy.")
    assert set(found) == {"Tòng Thị Phóng", "Điêu Chính Tới"}


def test_a_country_named_like_a_person_is_no_official_but_the_foreign_official_after_it_is():
    found = people("Đại tướng Tô Lâm tiếp ngài Park Noh-wan, Đại sứ đặc mệnh toàn quyền Hàn Quốc tại Việt Nam; "
                   "Đại sứ Thái Lan Nikorndej Balankura cùng dự.")
    assert set(found) == {"Tô Lâm", "Park Noh-wan", "Nikorndej Balankura"}
    assert found["Nikorndej Balankura"].positions == ["Đại sứ Thái Lan"]
    assert people("Đoàn đã làm việc tại Hàn Quốc và Thái Lan; Đại sứ Hàn Quốc cùng dự.") == {}


@pytest.mark.parametrize("sentence, name, office", [
    ("Thứ trưởng Lê Văn Tuyến hội đàm với Thứ trưởng Bộ Công an Trung Quốc Liu Zhao.", "Liu Zhao",
     "Thứ trưởng Bộ Công an Trung Quốc"),
    ("Thủ tướng tiếp Bộ trưởng Bộ Nội vụ Liên bang Nga Vladimir Kolokoltsev đang thăm Việt Nam.",
     "Vladimir Kolokoltsev", "Bộ trưởng Bộ Nội vụ Liên bang Nga"),
    ("Thứ trưởng tiếp Phó Cục trưởng Cục Bảo vệ An ninh Nội địa Bộ Công an Trung Quốc Hách Vân Hồng.",
     "Hách Vân Hồng", "Phó Cục trưởng Cục Bảo vệ An ninh Nội địa Bộ Công an Trung Quốc"),
    ("Bộ trưởng tiếp Phó Thủ tướng, Bộ trưởng Bộ Nội vụ Campuchia Samdech Sar Kheng nhân dịp sang thăm.",
     "Sar Kheng", "Bộ trưởng Bộ Nội vụ Campuchia"),
    ("Dự có đồng chí Sỉ-Thăn Khăm-Sôm-Phu, Phó Trưởng Cơ quan đại diện Bộ Công an Lào tại Việt Nam.",
     "Sỉ-Thăn Khăm-Sôm-Phu", "Phó Trưởng Cơ quan đại diện Bộ Công an Lào tại Việt Nam"),
])
def test_foreign_officials_after_a_country_or_an_honorific_with_an_office(sentence, name, office):
    assert people(sentence)[name].positions == [office]


def test_a_foreign_name_needs_an_office_and_a_hyphen_before_an_office_ends_a_name():
    assert people("Đoàn làm việc với Trung Quốc Quảng Tây Nam Ninh về hợp tác.") == {}
    assert people("Buổi tiếp có ngài Park Noh-wan cùng dự.") == {}
    o = people("Trung tướng Nguyễn Văn Long-Thứ trưởng Bộ Công an dự.")["Nguyễn Văn Long"]
    assert o.positions == ["Thứ trưởng Bộ Công an"]


def test_an_office_ends_before_sang_vừa_dẫn_đầu():
    found = people("Đại tướng Tô Lâm, Bộ trưởng Bộ Công an Việt Nam sang thăm Lào. Thiếu tướng Nguyễn Đức Dũng - "
                   "Giám đốc Công an tỉnh vừa đến thăm. Đoàn do Trung tướng Nguyễn Duy Ngọc, Thứ trưởng Bộ Công an "
                   "dẫn đầu.")
    assert found["Tô Lâm"].positions == ["Bộ trưởng Bộ Công an Việt Nam"]
    assert found["Nguyễn Đức Dũng"].positions == ["Giám đốc Công an tỉnh"]
    assert found["Nguyễn Duy Ngọc"].positions == ["Thứ trưởng Bộ Công an"]


def test_an_office_ends_before_the_time_of_day():
    found = people("Chủ tịch nước Lương Cường, Thống lĩnh các lực lượng vũ trang sáng nay trao quyết định.")
    assert found["Lương Cường"].positions == ["Chủ tịch nước", "Thống lĩnh các lực lượng vũ trang"]


def test_the_permanent_member_of_the_secretariat_is_one_office():
    assert people("Thường trực Ban Bí thư Lương Cường trao quyết định.")["Lương Cường"].positions == \
        ["Thường trực Ban Bí thư"]


def test_a_plural_rank_before_a_list_and_an_office_that_ends_at_the_next_name():
    found = people("Bộ trưởng trao quyết định bổ nhiệm chức vụ Thứ trưởng Bộ Công an đối với các thiếu tướng: "
                   "Lê Văn Tuyến, Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Công an Trung ương và Nguyễn Văn Long, "
                   "Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng.")
    assert found["Lê Văn Tuyến"].rank == "Thiếu tướng"
    assert found["Lê Văn Tuyến"].positions == ["Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Công an Trung ương"]
    assert found["Nguyễn Văn Long"].positions == ["Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng"]
    # an organisation with "và" keeps it: "Bộ Văn hóa, Thể thao và Du lịch" has no family name after "và"
    assert people("Ông Nguyễn Văn Hùng, Bộ trưởng Bộ Văn hóa và Du lịch dự.")["Nguyễn Văn Hùng"].positions == \
        ["Bộ trưởng Bộ Văn hóa và Du lịch"]


def test_a_list_of_officials_each_with_an_office_keeps_each_office_with_its_person():
    found = people("Tham dự có Bộ trưởng Tô Lâm, Thứ trưởng Lê Quốc Hùng, Giám đốc Công an tỉnh Nguyễn Văn An.")
    assert {name: o.positions for name, o in found.items()} == {
        "Tô Lâm": ["Bộ trưởng"], "Lê Quốc Hùng": ["Thứ trưởng"], "Nguyễn Văn An": ["Giám đốc Công an tỉnh"]}


def test_after_tỉnh_a_name_that_is_no_province_is_a_person():
    found = people("Giám đốc Công an tỉnh Nguyễn Văn An dự. Giám đốc Công an tỉnh Lâm Đồng Trần Văn Bình dự. "
                   "Chủ tịch UBND thành phố Hà Tiên Nguyễn Văn Xuân dự.")
    assert set(found) == {"Nguyễn Văn An", "Trần Văn Bình", "Nguyễn Văn Xuân"}
    assert found["Trần Văn Bình"].positions == ["Giám đốc Công an tỉnh Lâm Đồng"]


def test_an_honorific_between_office_and_name_and_an_office_that_is_another_persons():
    assert people("Bộ trưởng Bộ Công an, ông Tô Lâm phát biểu.")["Tô Lâm"].positions == ["Bộ trưởng Bộ Công an"]
    found = people("Thừa ủy quyền của Thủ tướng, ông Trương Hải Long, Thứ trưởng Bộ Nội vụ trao quyết định.")
    assert found["Trương Hải Long"].positions == ["Thứ trưởng Bộ Nội vụ"]
    # without the honorific, "của" is only whose direction it is: the office is the person's
    assert people("Thực hiện chỉ đạo của Bộ trưởng Tô Lâm, Công an tỉnh ra quân.")["Tô Lâm"].positions == ["Bộ trưởng"]


@pytest.mark.parametrize("office", [
    "Cục trưởng Cục Cảnh sát phòng, chống tội phạm về ma túy",
    "Phó Cục trưởng Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "Giám đốc Học viện Khoa học, Chiến lược và Lịch sử Công an",
    "Trưởng phòng Phòng An ninh mạng và phòng,chống tội phạm sử dụng công nghệ cao",
    "Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại",
])
def test_a_comma_or_và_inside_an_organisations_name_does_not_end_the_office(office):
    after = people(f"Dự buổi làm việc có Đại tá Hoàng Minh Khôi, {office}, Phó Chủ tịch Hội Cựu CAND.")
    assert after["Hoàng Minh Khôi"].positions == [office, "Phó Chủ tịch Hội Cựu CAND"]
    before = people(f"Sau đó, {office} Hoàng Minh Khôi trình bày tham luận.")
    assert before["Hoàng Minh Khôi"].positions == [office]


def test_a_name_phrase_written_with_old_style_tones_is_found_and_kept_as_written():
    o = people("Thiếu tướng Phạm Văn Tài, Cục trưởng Cục Cảnh sát phòng, chống tội phạm về hoá chất dự.")
    assert o["Phạm Văn Tài"].positions == ["Cục trưởng Cục Cảnh sát phòng, chống tội phạm về hoá chất"]
    o = people("Đại tá Phạm Văn Tài, Vụ trưởng Vụ Khoa học, Chiến lược và Lịch sử, Phó Chủ nhiệm Ủy ban Văn hoá, Giáo dục dự.")
    assert o["Phạm Văn Tài"].positions == ["Vụ trưởng Vụ Khoa học, Chiến lược và Lịch sử",
                                           "Phó Chủ nhiệm Ủy ban Văn hoá, Giáo dục"]


def test_outside_a_name_phrase_a_comma_still_ends_an_office_and_và_plus_a_verb_still_ends_it():
    o = people("Thiếu tướng Phạm Văn Tài, Cục trưởng Cục Cảnh sát giao thông, phòng họp số 2 chật kín.")
    assert o["Phạm Văn Tài"].positions == ["Cục trưởng Cục Cảnh sát giao thông"]
    o = people("Thiếu tướng Phạm Văn Tài, Cục trưởng Cục Cảnh sát giao thông và phát biểu tại hội nghị.")
    assert o["Phạm Văn Tài"].positions == ["Cục trưởng Cục Cảnh sát giao thông"]


def test_academic_titles_joined_by_a_dash_are_no_name_and_leave_the_rank_to_the_person():
    found = people("Các đại biểu nghe Thiếu tướng, Phó Giáo sư - Tiến sĩ Đỗ Minh Châu, nguyên Viện trưởng "
                   "Viện Lịch sử Công an trình bày chuyên đề.")
    assert list(found) == ["Đỗ Minh Châu"]
    assert found["Đỗ Minh Châu"].rank == "Thiếu tướng"


@pytest.mark.parametrize("office", ["Chủ tịch UBND TP.HCM", "Giám đốc Công an TP. Hà Nội",
                                    "Phó Chủ tịch UBND TP.Cần Thơ"])
def test_a_dot_inside_a_city_name_does_not_end_the_office_before_a_name(office):
    found = people(f"Tham dự có {office} Hà Minh Quân; các đại biểu khách mời.")
    assert found["Hà Minh Quân"].positions == [office]


def test_a_dot_that_ends_a_sentence_still_ends_the_office_before_a_name():
    assert people("Hội nghị có Bộ trưởng. Lê Minh Quân phát biểu.") == {}


def test_in_a_list_of_guests_a_foreign_name_after_a_country_or_an_honorific_ends_the_office_before_it():
    found = people("Dự lễ khai mạc có Phó Thủ tướng, Bộ trưởng Nội vụ Campuchia Samdech Krolahom Sar Kheng, Bộ trưởng "
                   "An ninh Lào Somkeo Silavong và Bộ trưởng Bộ Công an Việt Nam Tô Lâm.")
    assert found["Sar Kheng"].positions == ["Phó Thủ tướng", "Bộ trưởng Nội vụ Campuchia"]
    assert found["Somkeo Silavong"].positions == ["Bộ trưởng An ninh Lào"]
    assert found["Tô Lâm"].positions == ["Bộ trưởng Bộ Công an Việt Nam"]
    # a capitalised word of an office that is also a family name ("Ủy Viên") names no one
    found = people("Cùng dự có đồng chí Nguyễn Chí Dũng, Ủy Viên Trung ương Đảng, Phó Thủ tướng Chính phủ và các đồng chí khác.")
    assert found["Nguyễn Chí Dũng"].positions == ["Ủy Viên Trung ương Đảng", "Phó Thủ tướng Chính phủ"]


def test_ông_or_bà_before_a_foreign_name_with_an_office_and_a_lost_space_after_a_full_stop():
    found = people("Thứ trưởng đã làm việc với ông Ouk Kim Lek, Quốc vụ khanh Bộ Nội vụ Campuchia.Tại buổi làm việc, hai bên "
                   "trao đổi; bà YIN SOPHEA- Phó Cục trưởng, dự.")
    assert found["Ouk Kim Lek"].positions == ["Quốc vụ khanh Bộ Nội vụ Campuchia"]
    assert found["YIN SOPHEA"].positions == ["Phó Cục trưởng"]
    assert people("Ông Ba Đình cho biết nhiều điều.") == {}


def test_a_rank_then_a_comma_then_the_office_before_the_name():
    o = people("Buổi lễ do Thượng tướng, Thứ trưởng Bộ Công an Trần Quốc Tỏ chủ trì.")["Trần Quốc Tỏ"]
    assert (o.rank, o.positions) == ("Thượng tướng", ["Thứ trưởng Bộ Công an"])
    # another person's rank, with their name between, is not this one's
    b = people("Dự có Trung tướng Nguyễn Văn An, Cục trưởng; Thứ trưởng Trần Văn Bình.")["Trần Văn Bình"]
    assert b.rank is None


def test_chinese_family_names_written_in_vietnamese():
    assert "Mạnh Hồng Vỹ" in people("Cùng dự có Thứ trưởng Bộ Công an Trung Quốc Mạnh Hồng Vỹ, Chủ tịch Interpol.")


def test_a_plural_rank_opening_a_list_is_each_members():
    found = people("Bộ trưởng trao quyết định bổ nhiệm đối với các thiếu tướng: Lê Văn Tuyến, Phó Chủ nhiệm Ủy ban "
                   "Kiểm tra và Nguyễn Văn Long, Cục trưởng Cục Cảnh sát giao thông.")
    assert found["Lê Văn Tuyến"].rank == found["Nguyễn Văn Long"].rank == "Thiếu tướng"
    # a list of comrades is no rank, and the list ends with its sentence
    other = people("Dự có các đồng chí: Thượng tướng Trần Quốc Tỏ, Thứ trưởng; Nguyễn Văn An, Giám đốc Sở.")
    assert other["Nguyễn Văn An"].rank is None
    later = people("Thăng cấp cho các đại tá: Nguyễn Văn An, Giám đốc Công an tỉnh. Ông Trần Văn Bình, Chủ tịch UBND "
                   "tỉnh phát biểu.")
    assert later["Trần Văn Bình"].rank is None
