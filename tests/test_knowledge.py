"""The knowledge files load into typed records; a broken file names itself and the problem."""
import datetime as dt
import shutil
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.knowledge import KnowledgeError, _fold_any, fold_text, load_knowledge

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def data_copy(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def test_the_shipped_data_loads():
    kb = load_knowledge(DATA)
    assert kb.resolution("57-NQ/TW").issued == dt.date(2024, 12, 22)
    assert kb.official("Tô Lâm").offices
    assert kb.is_surname("Nguyễn") and not kb.is_surname("Bộ")
    assert "Đại tướng" in kb.ranks and "Phú Thọ" in kb.provinces
    assert kb.series[0].year_of(4) == 2025


def test_issuer_lookup_by_name_and_by_symbol_suffix():
    kb = load_knowledge(DATA)
    assert kb.issuer_named("của Bộ Chính trị").symbol("57") == "57-NQ/TW"
    assert kb.issuer_of_suffix("NQ-CP").symbol("71") == "71/NQ-CP"
    assert kb.issuer_of_suffix("QH15").group == "QH"


def test_official_found_by_alias_or_other_tone_placement(data_copy):
    (data_copy / "officials.yaml").write_text("- name: Lê Thúy Hòa\n  aliases: [Lê Thị Thúy Hòa]\n", encoding="utf-8")
    kb = load_knowledge(data_copy)
    assert kb.official("Lê Thuý Hoà").name == "Lê Thúy Hòa"
    assert kb.official("Lê Thị Thúy Hòa").name == "Lê Thúy Hòa"


def test_missing_folder_is_an_error():
    with pytest.raises(KnowledgeError, match="does not exist"):
        load_knowledge(Path("/nonexistent/data"))


def test_missing_file_is_named(data_copy):
    (data_copy / "series.yaml").unlink()
    with pytest.raises(KnowledgeError) as error:
        load_knowledge(data_copy)
    assert "series.yaml" in str(error.value) and "missing" in str(error.value)


def test_invalid_yaml_is_named(data_copy):
    (data_copy / "resolutions.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="resolutions.yaml.*not valid YAML"):
        load_knowledge(data_copy)


def test_top_level_must_be_a_list(data_copy):
    (data_copy / "ranks.yaml").write_text("Đại tướng: 1\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="ranks.yaml.*list"):
        load_knowledge(data_copy)


def test_missing_key_names_the_item(data_copy):
    (data_copy / "resolutions.yaml").write_text("- id: 1-NQ/TW\n  issuer: Bộ Chính trị\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"resolutions.yaml, item 1.*number"):
        load_knowledge(data_copy)


def test_bad_date_is_named(data_copy):
    (data_copy / "resolutions.yaml").write_text("- {id: 1-NQ/TW, number: '1', issuer: Bộ Chính trị, issued: 32/13/2020}\n",
                                                encoding="utf-8")
    with pytest.raises(KnowledgeError, match="issued must be an ISO date"):
        load_knowledge(data_copy)


def test_tenure_ending_before_it_starts_is_an_error(data_copy):
    (data_copy / "officials.yaml").write_text(
        "- name: A B\n  offices:\n    - {title: Bộ trưởng, start: 2020-01-01, end: 2019-01-01}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="officials.yaml, item 1, office 1.*before start"):
        load_knowledge(data_copy)


def test_series_needs_a_whole_number_interval(data_copy):
    (data_copy / "series.yaml").write_text("- {name: X, first: 2022-10-10, every_years: 0, all: [x]}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="every_years"):
        load_knowledge(data_copy)


def test_symbol_pattern_needs_the_number_placeholder(data_copy):
    (data_copy / "issuers.yaml").write_text("- {group: TW, pattern: NQ/TW, names: [Bộ Chính trị]}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"\{n\}"):
        load_knowledge(data_copy)


def test_not_utf8_is_named(data_copy):
    (data_copy / "surnames.txt").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(KnowledgeError, match="surnames.txt.*cannot be read"):
        load_knowledge(data_copy)


# fold_text folds text of its one-byte table character by character; anything else the general way
_FOLD_ALPHABET = st.sampled_from(list("aAăĂâÂđĐeêÊiIoôƠơuưỨứyỷỵẶặ ,.“”–…\u00a0\n") +
                                 ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b",
                                  "\u0345", "\u05b0", "ß", "ǅ", "İ", "K", "\ue000", "\u1ab0"])


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(_FOLD_ALPHABET, max_size=30), st.text(max_size=30)))
def test_fold_text_is_the_same_as_normalising_and_stripping_marks(text):
    assert fold_text(text) == _fold_any(text)


def test_fold_text_folds_vietnamese_and_keeps_punctuation():
    assert fold_text("Ủy viên ĐẢNG “Trực tuyến” – điểm cầu") == "uy vien dang “truc tuyen” – diem cau"
    assert fold_text("Hoa\u0300 Straße") == "hoa strasse"  # a loose tone mark, a letter outside the table


def test_a_series_may_be_dated_by_a_known_edition_and_needs_its_date(data_copy):
    (data_copy / "series.yaml").write_text("- {name: X, edition: 81, held: 2025-12-15, all: [x]}\n", encoding="utf-8")
    assert load_knowledge(data_copy).series[0].year_of(72) == 2016
    (data_copy / "series.yaml").write_text("- {name: X, edition: 81, all: [x]}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="held"):
        load_knowledge(data_copy)


def test_ranks_load_like_offices_and_a_bad_one_is_named(data_copy):
    kb = load_knowledge(data_copy)
    assert any(r.title == "Đại tướng" and r.start for r in kb.official("Tô Lâm").ranks)
    (data_copy / "officials.yaml").write_text(
        "- name: A B\n  ranks:\n    - {title: Thượng tướng, start: 2020-01-01, end: 2019-01-01}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="officials.yaml, item 1, rank 1.*before start"):
        load_knowledge(data_copy)
