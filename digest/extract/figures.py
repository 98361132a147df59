"""Figures: the counted things of a report ("20 tập thể", "1.250 cán bộ"). Two
outlets copy them from the same press release, so the link stage compares them
to find reports of one event; they are counted here, with the rest of
extraction, so that the work is shared out over the extraction workers."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vietnamese import fold

# A count followed by what is counted ("20 tập thể", "25 cá nhân"): the figures
# two outlets copy from the same press release.
_FIGURE = re.compile(r"(\d[\d.,]*) ([^\W\d_]+)(?: ([^\W\d_]+))?")
_NOT_COUNTED = {"cua", "ngay", "thang", "nam", "ve", "va", "den", "tu", "trong", "tai", "la", "voi", "lan", "gio",
                "phut", "tuan", "quy", "khoa", "nhiem", "so", "nq", "qd", "ct", "kh"}  # "26 của", "3 năm": not counts
_DOCUMENT_WORD = {"so", "quyet", "an", "dinh", "thi", "hoach", "luan", "tu", "trinh", "thu", "khoa", "dieu",
                  "khoan", "chuong", "muc", "luat", "phong", "doi"}  # "Nghị quyết 26 …", "lần thứ 2 …": numbers, not counts
_COMMON_COUNTS = {"1", "2", "3", "63", "34"}  # "63 tỉnh, thành phố" is in every national report


def counted_figures(paragraphs: list[str]) -> frozenset[str]:
    """Counted things ("20 tập thể"): numbers of documents, dates, years and ordinals are left out."""
    found = set()
    for paragraph in paragraphs:
        for m in _FIGURE.finditer(paragraph):
            if _inside_word_or_date(paragraph, m.start()):  # the cheapest test first
                continue
            number = m.group(1).rstrip(".,").replace(".", "").replace(",", "")
            if number in _COMMON_COUNTS or _is_year(number):
                continue
            unit = _fold_word(m.group(2))
            before = paragraph[max(0, m.start() - 12):m.start()].split()
            if unit in _NOT_COUNTED or (before and _fold_word(before[-1]) in _DOCUMENT_WORD):
                continue
            found.add(" ".join(x for x in (number, unit, _fold_word(m.group(3) or "")) if x))
    return frozenset(found)


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


def _inside_word_or_date(text: str, start: int) -> bool:
    """'19/7/2022', 'A05', '1.5': the digits continue something else."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "./,:-")


def _is_year(number: str) -> bool:
    return number.isdigit() and 1900 <= int(number) <= 2100
