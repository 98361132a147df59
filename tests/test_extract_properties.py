"""Properties: no input makes an extractor crash, and time grows linearly with the input."""
import datetime as dt
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.megabyte import TRIGGERS, dense_text
from digest.extract import extract_report
from digest.knowledge import load_knowledge
from digest.model import CleanText

ROOT = Path(__file__).resolve().parent.parent
KB = load_knowledge(ROOT / "data")


def report_of(paragraphs, headline=None, dateline=None):
    text = CleanText(source="p.txt", headline=headline, dateline=dateline, paragraphs=paragraphs, author=None)
    return extract_report(text, KB, today=dt.date(2026, 11, 1))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=300), max_size=6), st.one_of(st.none(), st.text(max_size=80)),
       st.one_of(st.none(), st.text(max_size=40)))
def test_no_unicode_text_makes_extraction_crash(paragraphs, headline, dateline):
    report = report_of(paragraphs, headline, dateline)
    assert report.paragraphs == paragraphs
    assert _precision_fits(report.date.value, report.date.precision)


def _precision_fits(value, precision) -> bool:
    return {None: "unknown", 4: "year", 7: "month", 10: "day"}[value and len(value)] == precision


# the words the date rules start from, beyond the benchmark's triggers: leads without a day, spans, jubilees,
# congresses, studied resolutions, reviews, handovers
DATE_TRIGGERS = TRIGGERS + ["Sáng nay", "hôm qua", "vừa tổ chức", "nhân dịp kỷ niệm 80 năm", "(19/8/1945 - 19/8/2025)",
                            "Đại hội", "nhiệm kỳ 2020 - 2025", "trong nhiệm kỳ", "Trong 6 tháng đầu năm 2020,",
                            "Trong năm 2022,", "kể từ ngày 1/2/2023", "quán triệt", "Nghị quyết Đại hội XIII",
                            "từ ngày 11 đến 15-4-2023", "từ 28/12 đến 2/1/2024", "Chiều 9/10,", "29/2", "năm 9999"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(DATE_TRIGGERS), max_size=80).map(" ".join), max_size=8),
       st.sampled_from([None, "19/02/2022 19:52", "01/03/2025", "29/02/2024 10:00", "31/12/9999"]))
def test_no_vietnamese_like_text_makes_extraction_crash(paragraphs, dateline):
    report = report_of(paragraphs, dateline=dateline)
    assert _precision_fits(report.date.value, report.date.precision)
    for official in report.officials:
        assert official.name.strip() and official.slug
    for resolution in report.resolutions:
        assert resolution.number and resolution.slug
    if report.date.value:  # a date always rests on words of the text
        assert report.date.evidence


# a lead with no day: the rules that date it by the dateline or give a year alone
NO_DAY_TRIGGERS = ["Công an tỉnh", "vừa tổ chức", "Sáng nay", "Hội nghị", "kỷ niệm 80 năm", "nhân dịp kỷ niệm",
                   "Ngày truyền thống Công an nhân dân", "(19/8/1945 - 19/8/2025)", "(1945 - 2025)", "Đại hội",
                   "nhiệm kỳ 2020 - 2025", "trong nhiệm kỳ", "Trong 6 tháng đầu năm 2020,", "quán triệt",
                   "Nghị quyết Đại hội XIII", "năm 2024", "lần thứ 81", "Hội nghị Công an toàn quốc", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(NO_DAY_TRIGGERS), max_size=30).map(" ".join), max_size=4),
       st.sampled_from([None, "19/02/2022 19:52", "03/01/2022", "31/12/9999"]))
def test_no_lead_without_a_day_makes_the_date_rules_crash(paragraphs, dateline):
    report = report_of(paragraphs, dateline=dateline)
    assert _precision_fits(report.date.value, report.date.precision)
    assert report.date.value is None or "1900" <= report.date.value <= "2027"


def _timed(text: str, runs: int = 3) -> float:
    """CPU seconds, best of a few runs: other work on a shared machine does not count."""
    paragraphs = text.split("\n")
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        report_of(paragraphs)
        best = min(best, time.process_time() - start)
    return best


# Absolute speed (1 MB in well under a second) is measured by the benchmark:
# python -m bench.megabyte, part of make bench. Here only how time grows.


def test_time_grows_linearly_with_the_input():
    small, large = _timed(dense_text(100_000)), _timed(dense_text(400_000))
    assert large < 4 * small * 2.5 + 0.2


def test_one_very_long_line_with_repeated_triggers_stays_linear():
    for unit in ("Nghị quyết số 12 của ", "Thứ trưởng Lâm, Đại tá Tô Lâm. ", "Đề án “", "Sáng 1/1, ", "Nguyễn "):
        small = _timed(unit * (30_000 // len(unit)), runs=2)
        large = _timed(unit * (120_000 // len(unit)), runs=2)
        assert large < 4 * small * 2.5 + 0.2, unit
