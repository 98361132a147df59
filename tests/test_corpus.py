"""The benchmark corpus: deterministic, realistic enough for the pipeline, and
with the fan-out of a real site. No timing here: speed is measured by bench.run."""
from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from pathlib import Path

import pytest

from bench import corpus
from digest.clean import clean
from digest.read import read_all


@pytest.fixture(scope="module")
def specs() -> list[corpus.ReportSpec]:
    return corpus.generate(1500, seed=7)


def _bytes_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    corpus.write(corpus.generate(40, seed=3), tmp_path / "a")
    corpus.main(["--n", "40", "--seed", "3", "--out", str(tmp_path / "b")])
    assert _bytes_of(tmp_path / "a") == _bytes_of(tmp_path / "b")


def test_other_seed_other_reports() -> None:
    first = [s.text for s in corpus.generate(10, seed=1)]
    second = [s.text for s in corpus.generate(10, seed=2)]
    assert not set(first) & set(second)


def test_smaller_corpus_is_a_prefix_of_a_larger_one(specs: list[corpus.ReportSpec]) -> None:
    small = corpus.generate(50, seed=7)
    assert [(s.name, s.text) for s in small] == [(s.name, s.text) for s in specs[:50]]


def test_writes_n_files_and_drops_files_of_a_larger_run(tmp_path: Path) -> None:
    corpus.write(corpus.generate(30), tmp_path)
    (tmp_path / "notes.txt").write_text("kept: not a corpus file", encoding="utf-8")
    assert len(list(tmp_path.glob("*.txt"))) == 31
    assert corpus.write(corpus.generate(20), tmp_path) == 0  # same bytes: nothing rewritten
    assert len(list(tmp_path.glob("*.txt"))) == 21
    assert (tmp_path / "notes.txt").exists()


def test_reports_are_two_to_four_kilobytes(specs: list[corpus.ReportSpec]) -> None:
    sizes = [len(s.text.encode("utf-8")) for s in specs]
    assert 2000 <= statistics.mean(sizes) <= 4000
    assert min(sizes) >= 1500 and max(sizes) <= 6000


def test_every_named_official_and_resolution_is_in_the_text(specs: list[corpus.ReportSpec]) -> None:
    for spec in specs[:300]:
        for name in spec.officials:
            assert name in spec.text, (spec.name, name)
        for symbol in spec.resolutions:
            assert symbol.split("-")[0].split("/")[0] in spec.text, (spec.name, symbol)


def test_real_date_forms_and_page_furniture_occur(specs: list[corpus.ReportSpec]) -> None:
    texts = [s.text for s in specs]
    def share(needle: str) -> float:
        return sum(needle in t for t in texts) / len(texts)
    assert share("Thăm dò ý kiến\n") > 0.03  # poll widget
    assert share(".JPG)") > 0.03
    assert share("Ảnh: ") > 0.05
    assert share("Tác giả: ") > 0.05
    assert share("Ngày ") > 0.1 and share("Sáng ") > 0.1
    dated = [t for t in texts if any(line[:2].isdigit() and ":" in line[:6] for line in t.splitlines()[:8])]
    assert len(dated) > 0.2 * len(texts)  # datelines such as "15:37, 10/10/2022"
    assert any("Thị " in name for s in specs for name in s.officials)


def test_dates_span_2014_to_2026_and_follow_offices(specs: list[corpus.ReportSpec]) -> None:
    years = Counter(s.date.year for s in specs)
    assert min(years) == 2014 and max(years) == 2026 and len(years) == 13
    for spec in specs:
        if "Trần Đại Quang" in spec.officials:  # Bộ trưởng until 9/4/2016
            assert spec.date < dt.date(2016, 4, 9)
        if "57-NQ/TW" in spec.resolutions:
            assert spec.date.year >= 2024


def test_fan_out_is_zipf_like(specs: list[corpus.ReportSpec]) -> None:
    """A few officials and resolutions in hundreds of reports, most in a few."""
    for counts in (Counter(o for s in specs for o in s.officials),
                   Counter(r for s in specs for r in s.resolutions)):
        ranked = [n for _, n in counts.most_common()]
        assert ranked[0] >= 100
        assert statistics.median(ranked) <= 10
        assert ranked[0] >= 20 * statistics.median(ranked)
    officials = Counter(o for s in specs for o in s.officials)
    assert sum(1 for n in officials.values() if n <= 3) > 0.4 * len(officials)


def test_reports_pass_the_read_and_clean_stages(tmp_path: Path, specs: list[corpus.ReportSpec]) -> None:
    corpus.write(specs[:200], tmp_path)
    texts, skips = read_all(tmp_path)
    assert not skips and len(texts) == 200
    cleaned = [clean(t) for t in texts]
    assert all(len(c.paragraphs) >= 3 for c in cleaned)
    furniture = [line for c in cleaned for line in c.paragraphs if line in ("noData", ".JPG)")]
    assert not furniture
    with_author = [s for s in specs[:200] if s.author]
    found = sum(1 for s, c in zip(specs[:200], cleaned) if s.author and c.author)
    assert found >= 0.8 * len(with_author)


def test_reports_pass_the_extract_stage(tmp_path: Path, specs: list[corpus.ReportSpec]) -> None:
    extract = pytest.importorskip("digest.extract")
    if not hasattr(extract, "extract_report"):
        pytest.skip("extract stage not written yet")
    knowledge = pytest.importorskip("digest.knowledge")
    kb = knowledge.load_knowledge(Path(__file__).resolve().parent.parent / "data")
    corpus.write(specs[:100], tmp_path)
    texts, _ = read_all(tmp_path)
    reports = [extract.extract_report(clean(t), kb) for t in texts]
    assert sum(1 for r in reports if r.date.value) >= 0.7 * len(reports)
    assert sum(len(r.officials) for r in reports) >= 100


def test_ministers_ranks_follow_their_promotions(specs: list[corpus.ReportSpec]) -> None:
    """A report never gives a minister a rank he did not hold that day (the date rules would then drop its date)."""
    for spec in specs:
        if "Tô Lâm" in spec.officials and spec.date < dt.date(2019, 1, 29):
            assert "Đại tướng Tô Lâm" not in spec.text
        if "Lương Tam Quang" in spec.officials and spec.date >= dt.date(2024, 10, 20):
            assert "Thượng tướng Lương Tam Quang" not in spec.text
