"""Properties: no input makes an extractor crash, and time grows linearly with the input."""
import datetime as dt
import random
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.extract import extract_report
from digest.knowledge import load_knowledge
from digest.model import CleanText

ROOT = Path(__file__).resolve().parent.parent
KB = load_knowledge(ROOT / "data")
SEEDS = ROOT / "seeds"
# Words that trigger every rule: ranks, titles, names, numbers, dates, quotes, brackets.
VOCAB = ("Đại tướng Thượng tướng thiếu tướng Đại tá Trung tá Thứ trưởng Bộ trưởng Bộ Công an Ủy viên Uỷ viên Chính trị "
         "Chủ tịch UBND tỉnh Giám đốc Phó đồng chí Đồng chí ông bà TS. GS.TS Tô Lâm Nguyễn Duy Ngọc Lương Tam Quang "
         "Phan Thị Hường TOP NETH Hà Nội Phú Thọ điểm cầu Công an Nghị quyết số 57-NQ/TW 26-NQ/ĐUCA 71/NQ-CP của Chính phủ "
         "Đại hội XIII Đề án 06 06/CP Quyết định 3750/QĐ-BCA Chỉ thị về Kế hoạch số 118 Chương trình hành động "
         "Sáng Chiều Ngày 27/10 19/7/2022 13-3 18.1 ngày tháng năm 2023 lần thứ 4 nhất Hội nghị hội thảo Lễ buổi làm việc "
         "tổ chức trực tuyến trực tiếp tổng kết sơ kết 6 tháng đầu giai đoạn 2022-2025 triển khai đã báo cáo quý II "
         "“ ” \" ( ) , ; : . – - — / \n").split(" ")


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
@given(st.lists(st.lists(st.sampled_from(VOCAB), max_size=80).map(" ".join), max_size=8))
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


def _vietnamese_like(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words, length = [], 0
    while length < size:
        word = rng.choice(VOCAB)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def _news_like(size: int, seed: int = 5) -> str:
    """Random words of the real seed reports, in paragraphs: Vietnamese as the pages write it."""
    words = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).split()
    rng = random.Random(seed)
    out, length = [], 0
    while length < size:
        out.append(rng.choice(words) + ("\n" if rng.random() < 0.012 else ""))
        length += len(out[-1]) + 1
    return " ".join(out)


def test_one_megabyte_of_vietnamese_news_like_text_is_fast():
    assert _timed(_news_like(1_000_000), runs=2) < 1.5  # about 0.5 s of CPU; a margin for slower machines


def test_time_grows_linearly_with_the_input():
    small, large = _timed(_vietnamese_like(100_000)), _timed(_vietnamese_like(400_000))
    assert large < 4 * small * 2.5 + 0.2


def test_one_very_long_line_with_repeated_triggers_stays_linear():
    for unit in ("Nghị quyết số 12 của ", "Thứ trưởng Lâm, Đại tá Tô Lâm. ", "Đề án “", "Sáng 1/1, ", "Nguyễn "):
        small = _timed(unit * (30_000 // len(unit)), runs=2)
        large = _timed(unit * (120_000 // len(unit)), runs=2)
        assert large < 4 * small * 2.5 + 0.2, unit


def test_random_unicode_megabyte_is_fast():
    rng = random.Random(3)
    text = "".join(chr(rng.choice((rng.randrange(32, 0x2FF), rng.randrange(0x1EA0, 0x1EFA), 10, 32)))
                   for _ in range(300_000))
    assert _timed(text, runs=2) < 2.0
