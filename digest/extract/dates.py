"""The lead date: the day at the start of the sentence that reports the event.

"Sáng 27/10, Bộ Công an tổ chức Hội nghị ...": the first sentence with an event mark
gives the day, and a year when it is written. What the year is when it is not is the
work of extract/years.py. This module also holds the small sentence and date-string
helpers the other extractors share.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import CleanText
from .fastre import first_letter, word_start

# --- shared helpers -------------------------------------------------------------------------

# degrees and "TP." before a name end with a dot and no sentence: "Thiếu tướng, TS. Chử Văn Dũng"
_ABBREVIATIONS = ("TS", "ThS", "GS", "PGS", "NCS", "BS", "KS", "TP", "Tp")
_SENTENCE_END = re.compile(r"(?<=[.!?…])" + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS) +
                           r"[\"'”’»)]*\s+(?=[\"“'(«]?[A-ZÀ-ỸĐ0-9])|\n")
# (?<!\d)(\d{1,2}) with the lookbehind after the first digit: a pattern that starts with a digit
# lets a scan of the whole report skip to the next digit
FULL_DATE = re.compile(r"(\d(?<!\d\d)\d?)\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs covering text."""
    out = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[start:match.start()].strip():
            out.append((start, text[start:match.start()]))
        start = match.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def sentence_at(text: str, offset: int) -> str:
    """The sentence of text that holds offset (bounded, so long lines stay cheap)."""
    window = max(0, offset - 600)
    left = max([text.rfind("\n", window, offset)] +
               [text.rfind(mark, window, offset) for mark in (". ", "! ", "? ", "… ")])
    start = left + 1 if left >= 0 else window
    ends = [i for i in (text.find(mark, offset, offset + 600) for mark in (". ", "\n", "! ", "? ")) if i >= 0]
    end = min(ends) + 1 if ends else min(len(text), offset + 600)
    return text[start:end].strip()


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def full_date(text: str) -> dt.date | None:
    """'13/4/2015', '13-4-2015', '13.4.2015' -> date, or None."""
    match = FULL_DATE.search(text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    return make_date(year, month, day)


def dmy(value: dt.date) -> str:
    return f"{value.day}/{value.month}/{value.year}"


# --- the lead date --------------------------------------------------------------------------

_TIME_WORD = r"(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Nn]gày|[Hh]ôm nay|[Hh]ôm qua)"
_LEAD_DATE = re.compile(
    rf"(?:({_TIME_WORD}(?:\s+(?:nay|qua|mai))?(?:\s+ngày)?)\s+\(?)?"
    r"(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})(?!\d)(?:\s*[/.-]\s*(\d{4}))?(?![\d/.-]\d)"
)
# an event of several days starts on its first day: "Trong hai ngày 27-28/10", "Ngày 27 và 28/10/2025",
# "Trong 2 ngày (26 - 27/12)", "Từ ngày 12 đến ngày 14/6/2024"
_RANGE_DATE = re.compile(
    r"((?:[Tt]rong\s+(?:hai|ba|bốn|năm|\d)\s+)?[Nn]gày|[Tt]ừ(?:\s+ngày)?)\s+\(?(\d{1,2})"
    r"(?:\s*(?:-|–|và|,|đến(?:\s+ngày)?)\s*\d{1,2}){1,3}\s*([/.-])\s*(\d{1,2})(?!\d)(?:\s*[/.-]\s*(\d{4}))?(?![\d/.-]\d)"
)
# "Nhân dịp kỷ niệm ... (19/8/1945 – 19/8/2022), chiều ngày 18/8, ...", "... do Sở tổ chức sáng 31.12":
# an opening clause puts the day further in; a time of day before it still marks the event's date
_CLAUSE_DATE = re.compile(
    r"(?<!\w)((?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)(?:\s+(?:nay|qua|mai))?(?:\s+ngày)?)\s+\(?"
    r"(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})(?!\d)(?:\s*[/.-]\s*(\d{4}))?(?![\d/.-]\d)"
)
LATE_LEAD = 500  # characters of a sentence an opening clause may take before the time of day
_WORDS_DATE = re.compile(rf"(?:({_TIME_WORD})\s+)?(?:ngày\s+)?(\d{{1,2}})\s+tháng\s+(\d{{1,2}})(?:\s+năm\s+(\d{{4}}))?")
_ISSUING = re.compile(r"\b(?:ban hành|ký|phê duyệt|thông qua)\b", re.I)
# Literal first letters (fastre): "\\blễ" as one branch of a re.I alternation made re try a match
# at every character. Words in k are written out: fastre refuses k under re.I (the Kelvin sign).
_K_MARKS = ("khai mạc", "kiểm tra", "khai trương", "khánh thành", "khởi công", "khai giảng", "ký kết")
EVENT_MARK = re.compile("|".join([first_letter(
    ("tổ chức", "diễn ra", "chủ trì", "dự", "làm việc", "đến thăm", "tiếp", "họp", "hội nghị", "hội thảo",
     "tọa đàm", "toạ đàm", "diễn đàn", "phát động", "công bố", "ra mắt", "gặp mặt", "thăm", "hội đàm",
     "hội kiến", "thảo luận", "họp báo", "đưa vào vận hành", "trao", "bế giảng", "mít tinh", "tuyên dương",
     "dâng hoa", "dâng hương", "viếng", "báo công", "chúc mừng", "chúc Tết", "đến chào", "chào xã giao"),
    ignore_case=True), "[Kk](?i:" + "|".join(re.escape(w[1:]) for w in _K_MARKS) + ")",
    word_start(("lễ",), ignore_case=True) + r"\b"]))


# "Quyết định số 700/QĐ-BCA-V12 ngày", "Thông báo số 343/TB-T04-P5, ngày": a document's own date follows
_NUMBERED_DOCUMENT = re.compile(r"(?:Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Đề án|Nghị định|Thông tư|Kết luận|Công văn|"
                                r"Chương trình|Quy định|Thông báo|Báo cáo|Hướng dẫn|Công điện|Tờ trình)\s+(?:số\s*)?"
                                r"\d[\w/.-]*[\s,]*(?:ngày\s*)?$", re.I)
MAX_SENTENCE = 1000
EARLIEST_YEAR = 1900  # an explicit year outside EARLIEST_YEAR .. next year is no event's


@dataclass
class LeadDate:
    day: int
    month: int
    year: int | None
    written: str
    sentence: str
    start: int = 0  # where the date is written in the sentence


def find_lead_date(text: CleanText) -> LeadDate | None:
    """The date at the start of the first sentence that reports an event."""
    for paragraph in text.paragraphs[:6]:
        for _, sentence in sentences(paragraph[:MAX_SENTENCE * 3])[:3]:
            lead = _lead_in(sentence[:MAX_SENTENCE])  # a lead sentence is short; cap runaway lines
            if lead:
                return lead
    return None


# (pattern, characters of the sentence it looks at, latest start of the date)
_LEADS = ((_WORDS_DATE, 80, 45), (_RANGE_DATE, 80, 45), (_LEAD_DATE, 80, 45), (_CLAUSE_DATE, LATE_LEAD, LATE_LEAD))


def _lead_in(sentence: str) -> LeadDate | None:
    if not EVENT_MARK.search(sentence):
        return None
    span = _span_in(sentence)
    for pattern, window, latest in _LEADS:
        match = pattern.search(sentence[:window])
        if not match or match.start() > latest:
            continue
        if span and match.start() >= span.start:  # "từ ngày 28/12 đến 2/1/2024": the span's own first day
            return span
        if _ISSUING.search(sentence[match.end():match.end() + 120]) and not EVENT_MARK.search(
                sentence[match.end():match.end() + 60].replace("ban hành", "")):
            continue
        if _NUMBERED_DOCUMENT.search(sentence, max(0, match.start() - 80), match.start()):
            continue  # "Thực hiện Quyết định số 700/QĐ-BCA ngày 26/02/2018 …": the document's date
        if pattern is not _WORDS_DATE:
            prefix, day, sep, month, year = match.groups()
            if sep == "." and not prefix:  # "4.0", "85.18": a dot needs "Sáng", "Ngày" ...
                continue
        else:
            prefix, day, month, year = match.groups()
        if not prefix and match.start() > 12:
            continue
        day_n, month_n = int(day), int(month)
        if make_date(int(year) if year else 2000, month_n, day_n) is None:
            continue
        written = match.group(0).strip(" ,")
        written += ")" * (written.count("(") - written.count(")"))  # "sáng nay (22/9/2022)"
        return LeadDate(day_n, month_n, int(year) if year else None, written, sentence)
    return span


# a visit or a meeting abroad is dated by its span, often at the end of the lead sentence:
# "… sang thăm, làm việc với Bộ Công an Trung Quốc từ ngày 11 đến 15-4-2023", "từ 25/6/2018 đến 28/6/2018"
_SPAN = re.compile(r"(?<!\w)([Tt]ừ(?:\s+ngày)?)\s+(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?)?"
                   r"\s*(?:-|–|đến)\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
# "đợt cao điểm … từ ngày 15/3 đến 15/6/2024": a campaign's period, not the day of an event
_PERIOD_BEFORE = re.compile(r"(?:đợt|cao điểm|giai đoạn|thời gian|thời hạn|kế hoạch|chiến dịch|hiệu lực|kỳ)\b[^,;]{0,40}$",
                            re.I)


def _span_in(sentence: str) -> LeadDate | None:
    """The first day of a span with its year, anywhere in the lead sentence."""
    match = _SPAN.search(sentence, 0, LATE_LEAD + 80)
    if not match or _PERIOD_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
        return None
    _, day, month, year, last_month, last_year = match.groups()
    month_n, year_n = int(month or last_month), int(year or last_year)
    if not year and month_n > int(last_month):  # "từ 28/12 đến 3/1/2024"
        year_n -= 1
    if make_date(year_n, month_n, int(day)) is None:
        return None
    return LeadDate(int(day), month_n, year_n, match.group(0).strip(), sentence, match.start())


# --- the event's own ordinal ---------------------------------------------------------------

_ORDINAL = re.compile(r"lần thứ\s+(\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)\b", re.I)
ORDINAL_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                 "chín": 9, "mười": 10}


# "cách mạng công nghiệp lần thứ tư", "Đại hội lần thứ XIII", "Hội nghị Trung ương lần thứ 6": not the event's own count
_OTHER_COUNT = re.compile(r"(?:công nghiệp|Đại hội|đại hội|Trung ương|khóa|khoá)\s*$")


def ordinal_in(sentence: str) -> int | None:
    """The event's own ordinal: 'lần thứ 4', 'lần thứ nhất'."""
    for match in _ORDINAL.finditer(sentence):
        if _OTHER_COUNT.search(sentence[max(0, match.start() - 20):match.start()]):
            continue
        word = match.group(1).lower()
        return int(word) if word.isdigit() else ORDINAL_WORDS.get(word)
    return None
