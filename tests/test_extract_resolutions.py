"""Resolutions cited by number: canonical symbol, issuer, one entry per resolution."""
from pathlib import Path

import pytest

from digest.extract.resolutions import extract_resolutions
from digest.knowledge import load_knowledge

KB = load_knowledge(Path(__file__).resolve().parent.parent / "data")


def cited(text):
    return [(r.number, r.id, r.issuer) for r in extract_resolutions(text, KB)]


def test_symbol_as_written_without_a_named_issuer_leaves_the_issuer_null():
    assert cited("thực hiện Nghị quyết số 36-NQ/TW về công nghệ thông tin") == [("36", "36-NQ/TW", None)]


def test_party_committee_symbol():
    assert cited("Nghị quyết 26-NQ/ĐUCA và các văn bản")[0][:2] == ("26", "26-NQ/ĐUCA")


def test_government_symbol_with_slash():
    assert cited("theo Nghị quyết 71/NQ-CP của Chính phủ")[0][:2] == ("71", "71/NQ-CP")


def test_number_date_and_issuer_give_the_symbol():
    r = extract_resolutions("Hội nghị sơ kết Nghị quyết số 26 ngày 13/4/2015 của Đảng ủy Công an Trung ương.", KB)[0]
    assert (r.id, r.issuer, r.issued, r.known) == ("26-NQ/ĐUCA", "Đảng ủy Công an Trung ương", "2015-04-13", True)
    assert r.as_written == "Nghị quyết số 26 ngày 13/4/2015 của Đảng ủy Công an Trung ương"


@pytest.mark.parametrize("issuer, symbol", [("Bộ Chính trị", "57-NQ/TW"), ("Ban Bí thư", "57-NQ/TW"),
                                            ("Chính phủ", "57/NQ-CP"), ("Đảng ủy Công an Trung ương", "57-NQ/ĐUCA")])
def test_issuer_named_after_the_number_gives_the_symbol(issuer, symbol):
    assert cited(f"thực hiện Nghị quyết 57 của {issuer} về chuyển đổi số")[0][1] == symbol


def test_known_resolution_gets_title_and_issue_date():
    r = extract_resolutions("Nghị quyết 57 của Bộ Chính trị", KB)[0]
    assert r.issued == "2024-12-22" and "chuyển đổi số" in r.title and r.known


def test_issuer_as_subject_before_the_verb():
    assert cited("Bộ Chính trị ban hành Nghị quyết số 36-NQ/TW")[0][2] == "Bộ Chính trị"


def test_issuer_as_subject_gives_the_symbol_like_an_issuer_after_the_number():
    # one resolution, one index page: "Bộ Chính trị ban hành Nghị quyết 57" is 57-NQ/TW
    assert cited("ngay sau khi Bộ Chính trị ban hành Nghị quyết 57, Bộ Công an đã triển khai") == \
        [("57", "57-NQ/TW", "Bộ Chính trị")]


def test_later_bare_number_is_the_same_resolution():
    assert cited("Nghị quyết số 26 của Đảng ủy Công an Trung ương. Sau 7 năm thực hiện Nghị quyết số 26, ...") == [
        ("26", "26-NQ/ĐUCA", "Đảng ủy Công an Trung ương")]


def test_same_number_from_two_issuers_is_two_resolutions():
    assert len(cited("Nghị quyết 71 của Chính phủ và Nghị quyết 71 của Bộ Chính trị")) == 2


def test_party_congress_resolution():
    assert cited("Nghị quyết Đại hội XIII của Đảng") == [("XIII", None, "Đại hội Đảng")]


def test_a_local_party_congress_resolution_is_one_per_organisation():
    found = extract_resolutions("Đảng ủy Công an tỉnh Thanh Hoá quán triệt Nghị quyết Đại hội XIII của Đảng, Nghị quyết "
                                "Đại hội Đảng bộ tỉnh lần thứ XIX, Nghị quyết Đại hội đại biểu Đảng bộ Công an Trung ương "
                                "lần thứ VII và Nghị quyết Đại hội Đảng bộ Công an tỉnh lần thứ XIX.", KB)
    assert [(r.number, r.issuer) for r in found] == [
        ("XIII", "Đại hội Đảng"), ("XIX", "Đại hội Đảng bộ tỉnh Thanh Hóa"),
        ("XIX", "Đại hội Đảng bộ Công an tỉnh Thanh Hóa"), ("VII", "Đại hội Đảng bộ Công an Trung ương")]
    assert len({r.slug for r in found}) == 4


def test_a_local_congress_with_no_province_in_the_report_gets_a_page_of_its_own():
    one = extract_resolutions("Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX tại hội nghị.", KB)[0]
    other = extract_resolutions("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Công an tỉnh ra quân.", KB)[0]
    assert one.issuer == other.issuer == "Đại hội Đảng bộ tỉnh" and one.slug != other.slug


def test_a_provincial_police_party_committee_is_not_the_central_one():
    r = extract_resolutions("thực hiện Nghị quyết số 10 của Đảng ủy Công an tỉnh Nghệ An về chuyển đổi số", KB)[0]
    assert (r.id, r.issuer, r.known) == (None, "Đảng ủy Công an tỉnh Nghệ An", False)
    assert r.slug == "nghi-quyet-10-nghe-an"
    city = extract_resolutions("Nghị quyết số 10 của Đảng ủy Công an Thành phố Hà Nội", KB)[0]
    assert (city.id, city.issuer, city.slug) == (None, "Đảng ủy Công an Thành phố Hà Nội", "nghi-quyet-10-ha-noi")


def test_local_resolutions_are_one_per_province():
    nghe_an = extract_resolutions("Quán triệt Nghị quyết số 09-NQ/TU của Tỉnh ủy Nghệ An.", KB)[0]
    thanh_hoa = extract_resolutions("Công an tỉnh Thanh Hóa thực hiện Nghị quyết 09-NQ/TU. Nghị quyết số 09 "
                                    "đặt mục tiêu mới.", KB)
    council = extract_resolutions("Nghị quyết số 05/2021/NQ-HĐND của HĐND tỉnh Lào Cai", KB)[0]
    assert (nghe_an.id, nghe_an.issuer, nghe_an.slug) == ("09-NQ/TU", "Tỉnh ủy Nghệ An", "09-nq-tu-nghe-an")
    assert [r.slug for r in thanh_hoa] == ["09-nq-tu-thanh-hoa"]  # the later bare mention is the same one
    assert council.slug == "05-2021-nq-hdnd-lao-cai"


def test_tu_is_a_provincial_party_committee_and_tư_the_central_committee():
    assert KB.issuer_of_suffix("NQ/TU") is None and KB.issuer_of_suffix("NQ/TƯ").group == "TW"


def test_congress_itself_is_not_a_resolution():
    assert cited("bảo vệ an toàn Đại hội lần thứ XII của Đảng") == []


def test_plural_reference_without_a_number_is_not_a_resolution():
    assert cited("thực hiện các nghị quyết, kết luận của Hội nghị Trung ương 6") == []


def test_number_without_issuer_has_no_symbol():
    assert cited("triển khai Nghị quyết số 16 trong toàn lực lượng") == [("16", None, None)]


def test_sentence_of_the_citation_is_kept():
    r = extract_resolutions("Mở đầu. Bộ trưởng nhấn mạnh Nghị quyết 12 của Bộ Chính trị. Kết thúc.", KB)[0]
    assert r.sentence == "Bộ trưởng nhấn mạnh Nghị quyết 12 của Bộ Chính trị."


def test_list_of_numbers_shares_the_issuer():
    assert cited("triển khai các Nghị quyết số 57, 66 và 68 của Bộ Chính trị") == [
        ("57", "57-NQ/TW", "Bộ Chính trị"), ("66", "66-NQ/TW", "Bộ Chính trị"), ("68", "68-NQ/TW", "Bộ Chính trị")]


def test_abbreviation_nq():
    assert cited("thực hiện NQ 57-NQ/TW")[0][:2] == ("57", "57-NQ/TW")


def test_national_assembly_symbol_with_year():
    assert cited("theo Nghị quyết số 01/2022/QH15 của Quốc hội")[0][:2] == ("1", "01/2022/QH15")


def test_leading_zero_is_kept_in_the_symbol_and_dropped_in_the_number():
    assert cited("Nghị quyết số 06-NQ/TW")[0][:2] == ("6", "06-NQ/TW")


@pytest.mark.parametrize("written", ["Nghị quyết Đại hội Đảng toàn quốc lần thứ XII", "Nghị quyết Đại hội XII của Đảng",
                                     "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
                                     "Nghị quyết Đại hội Đảng lần thứ XII"])
def test_the_national_party_congress_resolution_in_its_common_forms(written):
    found = extract_resolutions(f"Năm 2016 là năm đầu thực hiện {written}, trong bối cảnh mới.", KB)
    assert [(r.number, r.issuer) for r in found] == [("XII", "Đại hội Đảng")]


def test_a_central_committee_plenums_resolution_is_cited_by_plenum_and_term():
    found = extract_resolutions("Hội nghị quán triệt Nghị quyết TW9, khoá XI về văn hóa và Nghị quyết Hội nghị Trung ương 8 "
                                "khóa XIII. Cần học tập kỹ Nghị quyết TW9 và Nghị quyết Hội nghị lần thứ 6 Ban chấp hành "
                                "Trung ương Đảng khóa XII.", KB)
    assert [(r.number, r.issuer, r.slug) for r in found] == [
        ("9", "Ban Chấp hành Trung ương khóa XI", "nghi-quyet-trung-uong-9-khoa-xi"),
        ("8", "Ban Chấp hành Trung ương khóa XIII", "nghi-quyet-trung-uong-8-khoa-xiii"),
        ("6", "Ban Chấp hành Trung ương khóa XII", "nghi-quyet-trung-uong-6-khoa-xii")]
    # without its term, a plenum's resolution gets a page of this report's own (plenum 4 of which term?)
    bare = extract_resolutions("Thực hiện Nghị quyết Trung ương 4 về xây dựng Đảng.", KB)
    assert bare[0].number == "4" and bare[0].slug.startswith("nghi-quyet-trung-uong-4-") and "khoa" not in bare[0].slug
