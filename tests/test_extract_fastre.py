"""The skip-ahead regex helpers match exactly what the plain patterns they replace match."""
import random
import re

import pytest

from digest.extract.fastre import first_letter, longest_first, word_start

WORDS = ("Đề án", "Quyết định", "Chương trình", "Chỉ thị", "NQ")
PIECES = ("Đề án", "đề án", "Quyết định", "QUYẾT ĐỊNH", "Chương trình", "chỉ thị", "NQ", "nQ", "xĐề án", "_Chỉ thị",
          "5Đề án", " ", ",", "\n", "Đề", "án", "x", "é")


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _texts(count: int = 400) -> list[str]:
    rng = random.Random(11)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 12))) for _ in range(count)]


def test_word_start_matches_what_a_word_boundary_matches():
    plain = re.compile(r"\b(?:" + "|".join(WORDS) + ")")
    fast = re.compile(word_start(WORDS))
    for text in _texts():
        assert _spans(fast, text) == _spans(plain, text), text
    assert _spans(fast, "xĐề án, Đề án") == [(8, 13)]


def test_either_case_and_ignore_case_follow_the_plain_patterns():
    either = re.compile(r"\b(?:[Đđ]ề án|[Cc]hỉ thị)")
    ignore = re.compile(r"\b(?:đề án|chỉ thị)", re.I)
    fast_either = re.compile(word_start(("Đề án", "Chỉ thị"), either_case=True))
    fast_ignore = re.compile(word_start(("đề án", "chỉ thị"), ignore_case=True))
    for text in _texts():
        assert _spans(fast_either, text) == _spans(either, text), text
        assert _spans(fast_ignore, text) == _spans(ignore, text), text
    assert _spans(fast_ignore, "QUYẾT ĐỊNH và ĐỀ ÁN") == [(14, 19)]


def test_first_letter_keeps_the_order_of_the_alternatives():
    plain = re.compile(r"(?:[Tt]ính đến|[Tt]ính đến hết)\s+\d")
    fast = re.compile(rf"(?:{first_letter(('Tính đến', 'Tính đến hết'), either_case=True)})\s+\d")
    for text in ("tính đến hết 5", "Tính đến 5", "xtính đến 5", "TÍNH ĐẾN 5"):
        assert _spans(fast, text) == _spans(plain, text)


def test_words_the_helpers_cannot_write_exactly_are_refused():
    with pytest.raises(ValueError):
        word_start(["(số"])  # \b before "(" is not "starts a word"
    with pytest.raises(ValueError):
        word_start(["kế hoạch"], ignore_case=True)  # re.I also matches the Kelvin sign


def test_first_letter_ignoring_case_matches_in_any_case():
    plain = re.compile(r"điểm cầu\s+\w+", re.I)
    fast = re.compile(rf"(?:{first_letter(['điểm cầu'], ignore_case=True)})(?i:\s+\w+)")
    for text in ("ĐIỂM CẦU Hà Nội", "Tại điểm Cầu tỉnh", "xđiểm cầu A", "Điểm cầu: A"):
        assert _spans(fast, text) == _spans(plain, text)


def test_longest_first_matches_what_the_longest_first_plain_alternation_matches():
    for words in (["Chương trình", "Chỉ thị", "Quyết định", "Chỉ", "Đề án"], ["Chỉ", "Đề án", "đề", "Chỉ thị"],
                  ["Thứ trưởng", "Thứ trưởng Thường trực", "Bộ", "Bộ trưởng", "bộ trưởng Bộ Công an"]):
        by_length = sorted(words, key=len, reverse=True)
        for flags in (0, re.I):
            for tail in ("", r"(?!\w)"):  # a test after the words makes re go back to shorter ones
                plain = re.compile(f"(?:{'|'.join(map(re.escape, by_length))}){tail}", flags)
                fast = re.compile(f"(?:{longest_first(words, ignore_case=bool(flags))}){tail}", flags)
                for text in [*_texts(), "Thứ trưởng Thường trựcx và Bộ trưởngx, BỘ TRƯỞNG BỘ CÔNG AN"]:
                    assert _spans(fast, text) == _spans(plain, text), (words, text)
    assert longest_first(["Bộ trưởng", "Bộ", "Bí thư"]) == "B(?:ộ(?:\\ trưởng|)|í\\ thư)"
