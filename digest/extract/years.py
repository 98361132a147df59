"""The year of the event when the lead leaves it out.

When the lead's day has no year, every clue in the text becomes either an anchor (a
year the text points at: a dateline, "lần thứ 2 năm 2023", "tổng kết công tác năm 2015")
or a bound (the event comes after the documents it cites, inside the tenure and rank of
the officials named, before a deadline). The year is given only when the anchors agree
inside the bounds, or the bounds meet: an invented date is worse than none. A lead with
no day at all may still be dated by the dateline ("sáng nay", "vừa tổ chức") or get a
year alone.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..knowledge import Knowledge, fold_text
from ..model import CleanText, DateInfo, Official, Resolution
from .dates import (EARLIEST_YEAR, EVENT_MARK, FULL_DATE, MAX_SENTENCE, LeadDate, dmy, full_date,
                    make_date, ordinal_in, sentences)
from .fastre import first_letter, word_start

TODAY_BOUND = "không muộn hơn hôm nay"


@dataclass
class Clues:
    anchors: list[tuple[int, str, bool]] = field(default_factory=list)  # year, evidence, written in text
    weak: list[tuple[int, str, bool]] = field(default_factory=list)  # anchors read elsewhere in the body
    lows: list[tuple[int, str]] = field(default_factory=list)
    highs: list[tuple[int, str]] = field(default_factory=list)


def event_date_from(lead: LeadDate | None, text: CleanText, kb: Knowledge, officials: list[Official],
                    resolutions: list[Resolution], documents_issued: list[tuple[dt.date, str]],
                    today: dt.date | None = None) -> tuple[DateInfo, list[str]]:
    """The event's DateInfo and editor notes about how (or why not) it was found, for a lead date
    already looked for (the event extractor needs it too)."""
    if lead is None:
        return _without_day(text, kb, officials, resolutions, documents_issued, today or dt.date.today())
    today = today or dt.date.today()
    if lead.year is not None:
        value = make_date(lead.year, lead.month, lead.day)
        if value is None:
            return DateInfo(), [f"Ngày không hợp lệ: {lead.written}"]
        if not EARLIEST_YEAR <= value.year <= today.year + 1:  # "01/01/0001", "31/12/9999": a typo or a test
            return DateInfo(evidence=lead.written), [f"Năm không hợp lý: {lead.written}"]
        return DateInfo(value.isoformat(), "day", "explicit", lead.written), []
    clues = Clues()
    _dateline(text.dateline, lead, clues)
    body = "\n".join([text.headline or "", *text.paragraphs, *text.captions])  # the dateline has its own rule
    _same_day(body, lead, clues)
    _status_as_of(body, lead, clues)
    _last_years_figures(body, lead, clues)
    _first_months(body, lead, clues)
    _month_reviewed(body, lead, clues)
    _school_year(lead, clues)
    _lead_years(lead, clues)
    _series(lead, kb, clues)
    _anniversary(lead, resolutions, clues)
    _studied(lead, resolutions, clues)
    _jubilee(lead, kb, clues)
    if not clues.anchors:
        for when, evidence in _occasion(text, kb):
            year = _nearest_year(lead, when) if isinstance(when, dt.date) else when
            clues.weak.extend([(year, evidence, False)] if year else [])
    _launch(lead, clues)
    _congress_term(lead, clues)
    _cited(resolutions, documents_issued, lead, clues)
    _tenures(officials, kb, lead, clues)
    _past_years(text.evidence, lead, clues)
    _year_so_far(body, lead, clues)
    _effective(body, lead, clues)
    _deadlines(text.evidence, clues)
    clues.highs.append((today.year if (lead.month, lead.day) <= (today.month, today.day) else today.year - 1,
                        TODAY_BOUND))
    return _decide(lead, clues)


NO_DAY = "Không tìm thấy ngày diễn ra sự kiện trong bài."


def _without_day(text: CleanText, kb: Knowledge, officials: list[Official], resolutions: list[Resolution],
                 documents_issued: list[tuple[dt.date, str]], today: dt.date) -> tuple[DateInfo, list[str]]:
    """A lead with no day and month: 'sáng nay' or 'vừa tổ chức' before the dateline, else the
    year alone where the lead sentence names it and nothing in the text contradicts it."""
    leads = event_sentences(text)
    if not leads:
        return DateInfo(), [NO_DAY]
    near = _near_dateline(leads, text.dateline, today)
    if near:
        return near, [f"Ngày suy ra từ dòng thời gian của bài: {near.evidence}."]
    clues = Clues()
    _year_anchors(leads[0], kb, resolutions, clues)
    _opening_years(text, leads, clues)
    if not clues.anchors:
        clues.anchors.extend((_year_of(when), evidence, False) for when, evidence in _occasion(text, kb))
    if not clues.anchors:
        return DateInfo(), [NO_DAY]
    _year_bounds(officials, kb, resolutions, documents_issued, text.evidence, clues)
    clues.highs.append((today.year, TODAY_BOUND))
    low = max(clues.lows, default=(EARLIEST_YEAR, ""))
    high = min(clues.highs)
    years = {a[0] for a in clues.anchors}
    if len(years) != 1 or not low[0] <= min(years) <= high[0]:
        return DateInfo(), [NO_DAY, f"Gợi ý năm không đủ chắc: {', '.join(a[1] for a in clues.anchors)}."]
    year = years.pop()
    evidence = " + ".join(_unique([a[1] for a in clues.anchors]))
    basis = "explicit" if any(a[2] for a in clues.anchors) else "inferred"
    return DateInfo(str(year), "year", basis, evidence), [f"Chỉ biết năm: {evidence}."]


def event_sentences(text: CleanText, count: int = 3) -> list[str]:
    """The first sentences that report an event, dated or not: a caption or a clause may come
    before the lead."""
    found = []
    for paragraph in text.paragraphs[:4]:
        for _, sentence in sentences(paragraph[:MAX_SENTENCE * 3])[:3]:
            if EVENT_MARK.search(sentence[:MAX_SENTENCE]):
                found.append(sentence[:MAX_SENTENCE])
                if len(found) == count:
                    return found
    return found


# "Hội nghị … nhân dịp kỷ niệm 80 năm Ngày truyền thống …": the event is held for that anniversary
_OCCASION = re.compile(r"hân dịp (?:kỷ niệm|chào mừng)")


def _occasion(text: CleanText, kb: Knowledge) -> list[tuple[dt.date | int, str]]:
    """The anniversary the event is held for, told early in the report (as _jubilee_years)."""
    for paragraph in text.paragraphs[:5]:
        for match in _OCCASION.finditer(paragraph, 0, MAX_SENTENCE * 3):
            found = list(_jubilee_years(paragraph[match.start():match.start() + 300], kb))
            if found:
                return found
    return []


# "Sáng nay, …" / "hôm qua": the dateline's day or the day before; "vừa tổ chức": shortly before it
_TODAY = re.compile(r"(?<!\w)(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Hh]ôm)\s+(nay|qua)\b(?!\s*(?:ngày\s*)?\(?\s*\d)")
_JUST = re.compile(r"(?<!\w)(?:vừa|mới đây)(?!\w)")
EARLY_IN_MONTH = 7  # a report 'vừa' (just) held dated this early may tell of the month before


def _near_dateline(leads: list[str], dateline: str | None, today: dt.date) -> DateInfo | None:
    when = full_date(dateline or "")
    if when is None or not EARLIEST_YEAR <= when.year <= today.year + 1:  # "31/12/9999": a typo or a test
        return None
    nay = next(filter(None, map(_TODAY.search, leads)), None)
    if nay:
        day = when - dt.timedelta(days=1) if nay.group(1) == "qua" else when
        return DateInfo(day.isoformat(), "day", "inferred", f"'{nay.group(0)}' + dateline {dateline}")
    just = next(filter(None, map(_JUST.search, leads)), None)
    if just is None:
        return None
    evidence = f"'{just.group(0)}' + dateline {dateline}"
    if when.day > EARLY_IN_MONTH:
        return DateInfo(f"{when.year}-{when.month:02d}", "month", "inferred", evidence)
    if when.month > 1:
        return DateInfo(str(when.year), "year", "inferred", evidence)
    return None


def _year_anchors(sentence: str, kb: Knowledge, resolutions: list[Resolution], clues: Clues) -> None:
    """Years the lead sentence gives its event without a day: 'năm 2024', 'lần thứ N' of a known
    series, a jubilee, a resolution studied early in its year. Year-end reviews and plans are left
    out: one is held in either of two years."""
    for year, kind, evidence in _named_years(sentence):
        if kind in ("", "lan thu", "so ket"):
            clues.anchors.append((year, evidence, True))
    for when, evidence in _jubilee_years(sentence, kb):
        clues.anchors.append((_year_of(when), evidence, False))
    undated = LeadDate(0, 0, None, "", sentence)
    _series(undated, kb, clues)
    _anniversary(undated, resolutions, clues)
    for issued, written in _studied_in(sentence, resolutions):
        if issued.month <= 12 - STUDY_DAYS // 30:
            clues.anchors.append((issued.year, _studied_label(written, issued), False))


def _opening_years(text: CleanText, leads: list[str], clues: Clues) -> None:
    """Where the stored text starts after the lead: a congress in the opening sentences, or
    'Trong 6 tháng đầu năm 2020, …' opening a paragraph (a review held that year)."""
    openings = leads + [first for p in text.paragraphs[:3] for _, first in sentences(p[:MAX_SENTENCE])[:1]]
    congress = next(filter(None, map(congress_year, dict.fromkeys(openings))), None)
    if congress:
        clues.anchors.append((*congress, False))
    for paragraph in text.paragraphs[:3]:
        match = _OPENING_MONTHS.match(paragraph)
        if match and int(match.group(1)) <= 9:
            clues.anchors.append((int(match.group(2)), f"'{match.group(0)}'", True))


_OPENING_MONTHS = re.compile(r"(?:Trong|Qua)\s+(\d{1,2}) tháng đầu năm (\d{4}),")


def _year_bounds(officials: list[Official], kb: Knowledge, resolutions: list[Resolution],
                 documents_issued: list[tuple[dt.date, str]], evidence: str, clues: Clues) -> None:
    """Whole-year bounds: cited documents already issued, offices held, deadlines ahead."""
    for r in resolutions:
        if r.issued and "dự thảo" not in fold_text(r.sentence):
            clues.lows.append((int(r.issued[:4]), f"Nghị quyết {r.id or r.number}"))
    for issued, label in documents_issued:
        clues.lows.append((issued.year, label))
    for person in officials:
        for office in _offices_held(person, kb):
            if office.start:
                clues.lows.append((office.start.year, f"{person.name} là {office.title}"))
            if office.end:
                clues.highs.append((office.end.year, f"{person.name} là {office.title}"))
    _deadlines(evidence, clues)


def _decide(lead: LeadDate, clues: Clues) -> tuple[DateInfo, list[str]]:
    """Anchors of the lead sentence and the dateline first; figures elsewhere in the body
    (a same-day date, 'tính đến ngày ...') only when those say nothing. Bounds filter both."""
    low = max(clues.lows, default=(None, ""))
    high = min(clues.highs, default=(None, ""))

    def fits(anchor: tuple[int, str, bool]) -> bool:
        return (low[0] is None or anchor[0] >= low[0]) and (high[0] is None or anchor[0] <= high[0])

    notes = [f"Bỏ qua gợi ý năm {a[0]} ({a[1]}): mâu thuẫn với các ràng buộc."
             for a in clues.anchors + clues.weak if not fits(a)]
    inside = [a for a in clues.anchors if fits(a)] or [a for a in clues.weak if fits(a)]
    years = sorted({a[0] for a in inside})
    bounds = [b[1] for b in (low, high) if b[0] is not None and b[1] != TODAY_BOUND]
    if len(years) == 1:
        used = [a for a in inside + clues.weak if a[0] == years[0]]
        basis = "explicit" if any(a[2] for a in used) else "inferred"
        evidence = " + ".join([lead.written] + _unique([a[1] for a in used] + bounds))
        if basis == "inferred":
            notes.append(f"Năm được suy ra: {evidence}.")
        return _day(years[0], lead, basis, evidence), notes
    if len(years) > 1:
        notes.append(f"Các gợi ý năm mâu thuẫn ({', '.join(map(str, years))}); để trống ngày.")
        return DateInfo(evidence=lead.written), notes
    if low[0] is not None and low[0] == high[0]:
        evidence = " + ".join([lead.written] + _unique([low[1], high[1]]))
        notes.append(f"Năm được suy ra: {evidence}.")
        return _day(low[0], lead, "inferred", evidence), notes
    span = f"{low[0] or '?'}–{high[0] or '?'}"
    notes.append(f"'{lead.written}' không có năm và bài không đủ căn cứ để xác định năm (khoảng {span}).")
    return DateInfo(evidence=lead.written), notes


def _day(year: int, lead: LeadDate, basis: str, evidence: str) -> DateInfo:
    value = make_date(year, lead.month, lead.day)
    if value is None:
        return DateInfo(evidence=evidence)
    return DateInfo(value.isoformat(), "day", basis, evidence)  # type: ignore[arg-type]


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _before(lead: LeadDate, when: dt.date) -> bool:
    """Does the lead's day/month come before when's day/month in a year?"""
    return (lead.month, lead.day) < (when.month, when.day)


PUBLISHED_WITHIN = 31  # days: a news report comes out soon after its event


def _dateline(dateline: str | None, lead: LeadDate, clues: Clues) -> None:
    """A report is published on or after the event: the latest such day/month. A dateline
    months after that day is more likely the page's own clock (a site banner 'Thứ Hai,
    19/01/2026' over a report of 'Chiều 10/10') or a reprint: then it only counts when
    nothing in the lead says otherwise."""
    when = full_date(dateline or "")
    if when:
        year = when.year - 1 if (lead.month, lead.day) > (when.month, when.day) else when.year
        event = make_date(year, lead.month, lead.day)
        soon = event is not None and (when - event).days <= PUBLISHED_WITHIN
        (clues.anchors if soon else clues.weak).append((year, f"dateline {dateline}", True))


_DOC_BEFORE = re.compile(r"(?:Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Đề án|Luật|Nghị định|Thông tư|Kết luận|"
                         r"Công văn|Chương trình|Quy định|(?:Thông báo|Báo cáo|Hướng dẫn|Công điện|Tờ trình)\s+số)"
                         r"[^.;\n]{0,40}$", re.I)


# "diễn ra trong hai ngày 15-16/12/2025": the first day of a several-day event, before its last day's full date
_FIRST_OF_RANGE = re.compile(r"(?<!\d)(\d{1,2})\s*(?:-|–|và|đến)\s*$")


def _same_day(evidence: str, lead: LeadDate, clues: Clues) -> None:
    """'Tính đến ngày 9/12/2022' in a report of 'Chiều 9/12': the same day, so the same year;
    so is 'diễn ra trong hai ngày 15-16/12/2025' in a report of 'Sáng 15/12'."""
    for match in FULL_DATE.finditer(evidence):
        last, month, year = (int(g) for g in match.groups())
        if month != lead.month or lead.day > last:
            continue
        start, first = match.start(), last
        if lead.day < last:
            earlier = _FIRST_OF_RANGE.search(evidence, max(0, start - 12), start)
            if not earlier or not int(earlier.group(1)) <= lead.day:
                continue
            start, first = earlier.start(), int(earlier.group(1))
        if _DOC_BEFORE.search(evidence[max(0, start - 60):start]):
            continue
        line_start = evidence.rfind("\n", 0, start) + 1
        clues.weak.append((year, f"'{evidence[max(line_start, start - 15):match.end()].strip()}'", True))


# "Tính đến ngày 31/8/2023", "Đến hết tháng 9/2022": figures as of a day shortly before the event
# also a bare "đến ngày": a deadline ("phấn đấu đến ngày 31/5") lies after the event, which the
# window of _status_as_of (at most two months before) leaves out
_AS_OF_WORDS = first_letter(("Tính đến", "Đến hết", "Tính đến hết", "Tính tới", "Tính từ đầu năm đến", "Đến ngày"),
                            either_case=True)
_AS_OF = re.compile(rf"(?:{_AS_OF_WORDS})\s+(?:ngày\s+)?"
                    r"(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})|tháng\s+(\d{1,2}))\s*[/.-]\s*(\d{4})(?!\d)")
RECENT_DAYS = 62


def _status_as_of(evidence: str, lead: LeadDate, clues: Clues) -> None:
    """A report gives its figures as of a recent day: 'Ngày 5/9 ... tính đến ngày 31/8/2023' is 2023.
    Only a day at most two months before the event's day and month counts."""
    for match in _AS_OF.finditer(evidence):
        day, month, month_only, year = match.groups()
        as_of = make_date(int(year), int(month or month_only), int(day) if day else 1)
        if as_of is None:
            continue
        if month_only:  # "hết tháng 9/2022": the last day of that month
            as_of = (as_of.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        for event_year in (as_of.year, as_of.year + 1):
            event = make_date(event_year, lead.month, lead.day)
            if event and 0 <= (event - as_of).days <= RECENT_DAYS:
                clues.weak.append((event_year, f"'{match.group(0)}'", True))
                break


# "Lễ khai giảng năm học 2022 – 2023", "năm học mới (2014-2015)"
_SCHOOL_YEAR = re.compile(r"năm học (?:mới )?\(?\s*(\d{4})\s*[-–]\s*(\d{4})(?!\d)", re.I)


def _school_year(lead: LeadDate, clues: Clues) -> None:
    """A school year runs from September to the summer: 'năm học 2022 – 2023' opened in the autumn
    is 2022, reviewed in the spring or summer 2023."""
    for match in _SCHOOL_YEAR.finditer(lead.sentence):
        first, second = int(match.group(1)), int(match.group(2))
        if second == first + 1:
            clues.anchors.append((first if lead.month >= 8 else second, f"'{match.group(0)}'", False))


# "Trong tháng 7.2022, …", "giao ban tháng 7/2022": the figures of the month just ended
_MONTH_REVIEWED = re.compile(r"tháng (\d{1,2})\s*[./]\s*(\d{4})(?!\d)")  # the literal first; the word before in code
_REVIEW_WORDS = ("trong ", "Trong ", "giao ban ", "sơ kết ", "kết quả ")


def _month_reviewed(evidence: str, lead: LeadDate, clues: Clues) -> None:
    """A meeting early in a month reviews the month before: 'Sáng 1.8 … Trong tháng 7.2022' is 2022."""
    for match in _MONTH_REVIEWED.finditer(evidence):
        if not evidence.endswith(_REVIEW_WORDS, 0, match.start()):
            continue
        month, year = int(match.group(1)), int(match.group(2))
        if month == 12 and lead.month == 1:
            year += 1
        elif lead.month not in (month, month + 1):
            continue
        clues.weak.append((year, f"'{match.group(0)}'", False))


# "Trong 9 tháng đầu năm 2022, …": the figures of a review held in the months right after
_FIRST_MONTHS = re.compile(r"tháng đầu năm (\d{4})(?!\d)")  # the literal first, the count read before it
_COUNT_BEFORE = re.compile(r"(?<!\d)(\d{1,2}) $")


def _first_months(evidence: str, lead: LeadDate, clues: Clues) -> None:
    """A meeting in October that gives the figures of '9 tháng đầu năm 2022' is held in 2022: the
    review of the first N months comes in month N to N + 2 of that year."""
    for match in _FIRST_MONTHS.finditer(evidence):
        count = _COUNT_BEFORE.search(evidence, max(0, match.start() - 3), match.start())
        if count is None or evidence.endswith(("so với ", "cùng kỳ "), 0, count.start()):
            continue  # no count, or the figures compared with, not the ones reviewed
        months, year = int(count.group(1)), int(match.group(1))
        if f"{months} {match.group(0)}" in lead.sentence:
            continue  # the lead's own words: its year is read there already ('sơ kết 6 tháng đầu năm 2021')
        if 1 <= months <= 11 and months <= lead.month <= months + 2:
            clues.weak.append((year, f"'{months} {match.group(0)}'", False))


# "kéo giảm 4,6% số vụ so với cùng kỳ năm 2022": this year's figures against last year's
_SAME_PERIOD = re.compile(r"(?:so với|bằng|như)\s+cùng kỳ\s+năm\s+(\d{4})(?!\d)")


def _last_years_figures(evidence: str, lead: LeadDate, clues: Clues) -> None:
    """Figures compared 'so với cùng kỳ năm 2022' are the next year's, and a meeting from April
    on reviews the year it is held in. Early in a year it may review the whole of the year
    before ('tổng kết'), so then it says nothing."""
    if lead.month < 4:
        return
    for match in _SAME_PERIOD.finditer(evidence):
        clues.weak.append((int(match.group(1)) + 1, f"'{match.group(0)}'", False))


_YEAR = re.compile(r"\bnăm\s+(\d{4})\b")
_NOT_NOW = re.compile(r"(?:đến|tới|tầm nhìn|giai đoạn|từ|trước|sau|quý\s+\w+|kể từ|cuối|nhiệm kỳ|khóa|khoá)\s+$", re.I)
# "Luật Căn cước năm 2023", "Chỉ thị số 05 năm 2016": the year of a document, not of the event
_DOCUMENT_YEAR = re.compile(r"(?:Luật|Bộ luật|Hiến pháp|Nghị quyết|Chỉ thị|Quyết định|Kết luận|Nghị định|Thông tư|"
                            r"Đề án|Chiến lược|Pháp lệnh)\b[^,;:]{0,40}$")
_REVIEW = re.compile(r"(tổng kết|sơ kết|triển khai|phương hướng|kế hoạch|nhiệm vụ|lần thứ)", re.I)


def _lead_years(lead: LeadDate, clues: Clues) -> None:
    """'lần thứ 2 năm 2023', 'sơ kết 6 tháng đầu năm 2021', 'tổng kết công tác năm 2015 và
    triển khai công tác năm 2016': the year the lead sentence names as the current one."""
    for year, kind, evidence in _named_years(lead.sentence):
        if kind == "tong ket":  # the review of year Y is held in December Y or early Y+1
            year = year + 1 if lead.month <= 3 else year if lead.month >= 10 else None
        elif kind in ("trien khai", "phuong huong", "ke hoach", "nhiem vu"):  # the plan for Y: from late Y-1
            year = year - 1 if lead.month >= 10 else year
        if year is not None:
            clues.anchors.append((year, evidence, True))


def _named_years(sentence: str):
    """(year, the review word before it folded or "", evidence) for each 'năm YYYY' of the event."""
    for match in _YEAR.finditer(sentence):
        before = sentence[max(0, match.start() - 40):match.start()]
        if _NOT_NOW.search(before) or re.search(r"\d\s*[-–]\s*$", before) or _DOCUMENT_YEAR.search(before):
            continue
        kinds = _REVIEW.findall(before)
        yield int(match.group(1)), fold_text(kinds[-1]) if kinds else "", f"'{_words_tail(before, 25) + match.group(0)}'"


def _words_tail(text: str, size: int) -> str:
    """The last words of text, about size characters, never starting mid-word."""
    tail = text[-size:]
    if len(text) > size and " " in tail:
        tail = tail[tail.index(" ") + 1:]
    return tail.lstrip()


SERIES_REACH = 30  # editions before the one a series is dated by that the rules still count back to


def _series(lead: LeadDate, kb: Knowledge, clues: Clues) -> None:
    """'lần thứ 4' of a yearly series whose first edition is known."""
    number = ordinal_in(lead.sentence)
    if not number:
        return
    folded = fold_text(lead.sentence)
    for series in kb.series:
        if number < series.edition - SERIES_REACH:
            continue  # "Hội nghị Công an toàn quốc … lần thứ nhất về …": another count, not the series'
        if all(fold_text(w) in folded for w in series.all) and (not series.any or any(fold_text(w) in folded for w in series.any)):
            clues.anchors.append((series.year_of(number),
                                  f"lần thứ {number} (lần {series.edition}: {dmy(series.held)})", False))


_YEARS_OF = re.compile(r"\b(\d{1,2}|một|hai|ba|bốn|năm|mười)\s+năm\s+(?:triển khai\s+)?(?:thực hiện|thi hành)\b", re.I)
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10}


def _anniversary(lead: LeadDate, resolutions: list[Resolution], clues: Clues) -> None:
    """'đánh giá kết quả 01 năm thực hiện Nghị quyết số 12-NQ/TW ngày 16/3/2022' -> 2023."""
    for match in _YEARS_OF.finditer(lead.sentence):
        word = match.group(1).lower()
        years = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        rest = lead.sentence[match.end():match.end() + 160]
        since = full_date(rest) or _cited_date(rest, resolutions)
        if since:
            clues.anchors.append((since.year + years, f"'{match.group(0)} ... {dmy(since)}'", False))


STUDY_DAYS = 270  # a resolution is studied ("quán triệt") in the months after it is issued
_STUDY = re.compile(r"quán triệt|học tập", re.I)


def _studied(lead: LeadDate, resolutions: list[Resolution], clues: Clues) -> None:
    """'Sáng 24/11, … quán triệt Nghị quyết số 13-NQ/TU ngày 10/10/2022': the one 24 November
    within months of the issue, 2022."""
    for issued, written in _studied_in(lead.sentence, resolutions):
        for year in (issued.year, issued.year + 1):
            day = make_date(year, lead.month, lead.day)
            if day and 0 <= (day - issued).days <= STUDY_DAYS:
                clues.anchors.append((year, _studied_label(written, issued), False))
                break


def _studied_label(written: str, issued: dt.date) -> str:
    return f"quán triệt {written}" + ("" if dmy(issued) in written else f" ({dmy(issued)})")


def _studied_in(sentence: str, resolutions: list[Resolution]) -> list[tuple[dt.date, str]]:
    """The resolutions with a known issue day that the sentence says are studied."""
    study = _STUDY.search(sentence)
    if not study or "tiếp tục" in sentence:  # "tiếp tục quán triệt": studied again, any year
        return []
    rest = fold_text(sentence[study.end():])
    return [(dt.date.fromisoformat(r.issued), r.as_written) for r in resolutions
            if r.issued and fold_text(r.as_written) in rest]


# "kỷ niệm 77 năm Ngày truyền thống lực lượng CAND (19/8/1945 – 19/8/2022)", "(19.8.1945 – 19.8.2022)",
# "(19-8-1945 – 19-8-2020)", "(1945 - 2022)"
_JUBILEE = re.compile(r"\bkỷ niệm\s+\d{1,4}\s+năm\b[^()]{0,160}\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?\d{4}\s*[-–—]\s*"
                      r"(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*)?(\d{4})\s*\)", re.I)


def _jubilee(lead: LeadDate, kb: Knowledge, clues: Clues) -> None:
    """An anniversary is held around its day: the year that puts the event nearest to it. The day
    is written out ('(19/8/1945 – 19/8/2022)') or is one the knowledge files know ('kỷ niệm 80 năm
    Ngày truyền thống Công an nhân dân': 19/8/1945 + 80 years)."""
    for when, evidence in _jubilee_years(lead.sentence, kb):
        year = _nearest_year(lead, when) if isinstance(when, dt.date) else when
        if year:
            clues.anchors.append((year, evidence, False))


def _year_of(when: dt.date | int) -> int:
    return when.year if isinstance(when, dt.date) else when


def _jubilee_years(sentence: str, kb: Knowledge):
    """(the anniversary's day, or its year when no day is written; evidence) for each jubilee."""
    found = False
    for match in _JUBILEE.finditer(sentence):
        day, month, year = (int(g) if g else None for g in match.groups())
        when = make_date(year, month, day) if day and month else None
        written = match.group(0)
        found = True
        yield when or year, f"'{written[:written.index(' năm') + 4]} ... {written[written.rindex('('):]}'"
    if found or "niệm" not in sentence:
        return
    folded = fold_text(sentence)
    for match in _YEARS_SINCE.finditer(folded):
        after = folded[match.end():match.end() + 80]
        for day in kb.anniversaries:
            if any(after.startswith(m) or after.startswith("ngay " + m) for m in day.match):
                when = make_date(day.date.year + int(match.group(1)), day.date.month, day.date.day)
                if when:
                    yield when, f"kỷ niệm {match.group(1)} năm {day.name} ({dmy(day.date)})"
                break


# folded: "ky niem 80 nam ngay truyen thong …"
_YEARS_SINCE = re.compile(r"ky niem (\d{1,3}) nam ")


def _nearest_year(lead: LeadDate, when: dt.date) -> int | None:
    """The year, of the three around `when`, that puts the lead's day nearest to it."""
    days = [d for y in (when.year - 1, when.year, when.year + 1) if (d := make_date(y, lead.month, lead.day))]
    return min(days, key=lambda d: abs((d - when).days)).year if days else None  # "29/2": none


def _cited_date(rest: str, resolutions: list[Resolution]) -> dt.date | None:
    folded = fold_text(rest)
    for r in resolutions:
        if r.issued and fold_text(r.as_written) in folded:
            return dt.date.fromisoformat(r.issued)
    return None


# the event launches a plan: "hội nghị triển khai đề án ... giai đoạn 2022 - 2025"
_LAUNCH = re.compile(r"(?:triển khai|phát động|khởi động|công bố|ban hành)\s+(?:thực hiện\s+)?"
                     r"(?:đề án|kế hoạch|chương trình|chiến lược|dự án)\b[^.;]{0,200}?giai đoạn\s+(\d{4})\s*[-–]\s*\d{4}",
                     re.I)
_REVIEWING = re.compile(r"\b(?:sơ kết|tổng kết|đánh giá|kết quả|năm thực hiện|năm triển khai)\b", re.I)


def _launch(lead: LeadDate, clues: Clues) -> None:
    """Launching a plan for 'giai đoạn 2022 - 2025' early in a year: that first year.
    A review of the plan ('sơ kết', 'đánh giá kết quả') is held later and says nothing."""
    match = _LAUNCH.search(lead.sentence)
    if match and lead.month <= 4 and not _REVIEWING.search(lead.sentence):
        clues.anchors.append((int(match.group(1)), f"triển khai 'giai đoạn {match.group(1)}-…'", False))


# "Đại hội đại biểu Đảng bộ Công an tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030"
_CONGRESS_TERM = re.compile(r"(?i:đại hội)\b[^.;]{0,200}?(?P<term>nhiệm kỳ)\s+(?P<first>\d{4})\s*[-–]\s*(?P<last>\d{4})(?!\d)")
# "trong nhiệm kỳ 2015 - 2020, Đảng ủy đã …": the term the congress reviews, which ends that year
_TERM_REVIEWED = re.compile(r"(?:trong|qua)\s+$", re.I)


def congress_year(sentence: str) -> tuple[int, str] | None:
    """The year of the congress a sentence tells of: the first year of the term it elects
    ('Đại hội …, nhiệm kỳ 2025 - 2030'), the last of the one it reviews ('trong nhiệm kỳ 2015 -
    2020'). 'Nghị quyết Đại hội … nhiệm kỳ 2020 - 2025' is carried out all through the term: no year."""
    for match in _CONGRESS_TERM.finditer(sentence):
        first, last = int(match.group("first")), int(match.group("last"))
        if not 1 <= last - first <= 5 or sentence.endswith(("Nghị quyết ", "nghị quyết "), 0, match.start()):
            continue
        reviewed = _TERM_REVIEWED.search(sentence, max(0, match.start("term") - 8), match.start("term"))
        return (last if reviewed else first), f"Đại hội 'nhiệm kỳ {first}-{last}'"
    return None


def _congress_term(lead: LeadDate, clues: Clues) -> None:
    """A congress is held in the year its term starts. Late in a year it may open next year's
    term early, so from October it only bounds the year."""
    found = congress_year(lead.sentence)
    if not found:
        return
    year, written = found
    if lead.month <= 9:
        clues.anchors.append((year, written, False))
    else:
        clues.lows.append((year - 1, written))
        clues.highs.append((year, written))


def _cited(resolutions: list[Resolution], documents_issued: list[tuple[dt.date, str]], lead: LeadDate,
           clues: Clues) -> None:
    """A document the report cites was issued before the event."""
    cited = [(dt.date.fromisoformat(r.issued), f"Nghị quyết {r.id or r.number} ({dmy(dt.date.fromisoformat(r.issued))})")
             for r in resolutions if r.issued and "dự thảo" not in fold_text(r.sentence)]
    for issued, label in cited + documents_issued:
        year = issued.year + 1 if _before(lead, issued) else issued.year
        clues.lows.append((year, f"{label} đã được ban hành"))


def _tenures(officials: list[Official], kb: Knowledge, lead: LeadDate, clues: Clues) -> None:
    """An official named with an office held it on the day of the event."""
    for person in officials:
        for office in _offices_held(person, kb):
            if office.start:
                clues.lows.append((office.start.year + (1 if _before(lead, office.start) else 0),
                                   f"{person.name} là {office.title} (từ {dmy(office.start)})"))
            if office.end:
                late = (lead.month, lead.day) > (office.end.month, office.end.day)
                clues.highs.append((office.end.year - (1 if late else 0),
                                    f"{person.name} là {office.title} (đến {dmy(office.end)})"))


def _offices_held(person: Official, kb: Knowledge) -> list:
    """The known offices and rank of a known official that the report names them with."""
    known = kb.official(person.name)
    if not known:
        return []
    rank = fold_text(person.rank or "")
    return ([o for o in known.offices if _holds(person.positions, o.match)] +
            [r for r in known.ranks if rank and fold_text(r.title) == rank])


def _holds(positions: list[str], forms: tuple[str, ...]) -> bool:
    for position in positions:
        folded = fold_text(position)
        if folded.startswith(("nguyen ", "co ")):  # "nguyên Bộ trưởng", "cố Tổng Bí thư": a former office
            continue
        if any(folded == fold_text(f) or (len(f.split()) > 1 and folded.startswith(fold_text(f) + " ")) for f in forms):
            return True
    return False


_PAST_YEAR = re.compile(r"(?:^|[\s,.(])(?:[Tt]rong\s+)?[Nn]ăm\s+(\d{4})\s*,\s*(?:[^.;\n]{0,80}?\s)?đã\s")
# what every match holds from "ăm" on: a scan for that literal is fast, and most reports have none
_PAST_YEAR_HINT = re.compile(r"ăm\s+\d{4}\s*,\s*(?:[^.;\n]{0,80}?\s)?đã\s")


def _past_years(evidence: str, lead: LeadDate, clues: Clues) -> None:
    """'Năm 2015, Công an tỉnh đã ...' reports a year in the past tense: the event is not
    before that year, and early in a year it reports the whole of the year before."""
    if not _PAST_YEAR_HINT.search(evidence):
        return
    for match in _PAST_YEAR.finditer(evidence):
        before = evidence[max(0, match.start() - 20):match.start() + 1]
        if _NOT_NOW.search(before) or re.search(r"tháng\s+(?:đầu|cuối)\s*$", before):
            continue
        year = int(match.group(1))
        if lead.month <= 3:
            clues.lows.append((year + 1, f"'{match.group(0).strip()}' (kết quả cả năm {year})"))
        else:
            clues.lows.append((year, f"'{match.group(0).strip()}'"))


# "Trong năm 2022, Công an tỉnh bắt 252 vụ": the figures of a year, told in its last weeks
_YEAR_SO_FAR = re.compile(r"(?:^|(?<=[\s“\"(]))[Tt]rong năm (\d{4}),(?![^.;\n]{0,60}?\b(?:sẽ|phấn đấu|cần|dự kiến|mục tiêu)\b)")
YEAR_END_MONTHS = (11, 12)


def _year_so_far(evidence: str, lead: LeadDate, clues: Clues) -> None:
    """A meeting in November or December that gives 'Trong năm 2022, …' figures is in 2022."""
    if lead.month not in YEAR_END_MONTHS or "rong năm " not in evidence:
        return
    years = {int(m.group(1)) for m in _YEAR_SO_FAR.finditer(evidence)}
    if years:
        clues.weak.append((max(years), f"'Trong năm {max(years)}, …' (số liệu cả năm)", False))


# "Lên thay ông Xô … kể từ ngày 1/2/2023": a handover a few days before the day it takes effect
_EFFECTIVE = re.compile(r"kể từ ngày (\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
EFFECTIVE_DAYS = 45


def _effective(evidence: str, lead: LeadDate, clues: Clues) -> None:
    """The year that puts the event within weeks of a day something takes effect."""
    for match in _EFFECTIVE.finditer(evidence):
        day, month, year = (int(g) for g in match.groups())
        when = make_date(year, month, day)
        if when is None:
            continue
        near = [y for y in (year - 1, year, year + 1)
                if (d := make_date(y, lead.month, lead.day)) and abs((d - when).days) <= EFFECTIVE_DAYS]
        if len(near) == 1:
            clues.weak.append((near[0], f"'{match.group(0)}'", False))


# the deadline words and the time phrase with at most three words between, no comma
_DEADLINE_WORDS = word_start(("báo cáo", "hoàn thành", "hoàn tất", "xong"), ignore_case=True)
_DEADLINE = re.compile(rf"(?:{_DEADLINE_WORDS})(?i:\s+(?:[^\s,.;]+\s+){{0,3}}?"
                       r"(?:trước|trong|chậm nhất|đến hết|đến)\s+(?:(?:quý|tháng)\s+[\wIV]+\s+)?năm\s+(\d{4}))")


def _deadlines(evidence: str, clues: Clues) -> None:
    """'có báo cáo trong quý II năm 2016': a deadline after the event, never its date."""
    for match in _DEADLINE.finditer(evidence):
        clues.highs.append((int(match.group(1)), f"hạn '{match.group(0).strip()}'"))
