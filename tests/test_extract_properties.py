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
    assert report.date.value is None or report.date.precision == "day"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TRIGGERS), max_size=80).map(" ".join), max_size=8))
def test_no_vietnamese_like_text_makes_extraction_crash(paragraphs):
    report = report_of(paragraphs)
    for official in report.officials:
        assert official.name.strip() and official.slug
    for resolution in report.resolutions:
        assert resolution.number and resolution.slug
    if report.date.value:  # a date always rests on words of the text
        assert report.date.evidence


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
