"""Reproducible output: the same input gives byte-identical Markdown and HTML,
whatever the folder, the time, the file dates, the hash seed or the number of
worker processes.

The one thing that differs is what MkDocs itself stamps: the build date (UTC
day, or SOURCE_DATE_EPOCH) in sitemap.xml's <lastmod> elements, and hence
sitemap.xml.gz, whose gzip header also carries that date as its mtime.
The test builds on two different days (through SOURCE_DATE_EPOCH) to find
exactly that difference and nothing else.

The extractor bounds an inferred year by the build day (a report cannot
describe a day after it), so the generator, like MkDocs, takes that day from
SOURCE_DATE_EPOCH when it is set: then a build on another day gives the same
pages. The last test moves the generator's clock to prove it.
"""
from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, Build, new_build

pytestmark = pytest.mark.slow

DAY_ONE, DAY_TWO = "1735689600", "1767312000"  # 2025-01-01 and 2026-01-02, UTC
PINNED = "1795392000"  # 2026-11-23, UTC
# Loaded by every Python started with this folder on PYTHONPATH: date.today()
# answers FAKE_TODAY, so a build can run "on another day".
FAKE_CLOCK = """
import datetime, os
if os.environ.get("FAKE_TODAY"):
    _day = datetime.date.fromisoformat(os.environ["FAKE_TODAY"])

    class _Date(datetime.date):
        @classmethod
        def today(cls):
            return cls(_day.year, _day.month, _day.day)

    datetime.date = _Date
"""
MKDOCS_STAMPS = {"sitemap.xml", "sitemap.xml.gz"}


def files(folder: Path) -> dict[str, bytes]:
    """The output under folder; hidden folders at its top (the extraction cache)
    are not output: MkDocs does not publish them."""
    found = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if name.startswith("."):
            continue
        if path.is_symlink():
            found[name] = b"-> " + os.readlink(path).encode()
        elif path.is_file():
            found[name] = path.read_bytes()
    return found


def run(build: Build, command: list[str], **env: str) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, **env})
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Build, Build]:
    """The seeds plus a slice of the benchmark corpus, built twice: different
    folders (and depths), file dates, hash seeds, worker counts and days."""
    corpus = tmp_path_factory.mktemp("repro-corpus")
    made = subprocess.run([sys.executable, "-m", "bench.corpus", "--n", "40", "--out", str(corpus)],
                          cwd=ROOT, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    builds = []
    for folder, when, hash_seed, jobs, day in (("a", 1_000_000_000, "1", "1", DAY_ONE),
                                               ("deeper/b b", 1_700_000_000, "2", "2", DAY_TWO)):
        root = tmp_path_factory.mktemp("repro") / folder
        seeds = root.parent / "inputs"
        shutil.copytree(SEEDS, seeds)
        for path in corpus.glob("*.txt"):
            shutil.copy(path, seeds / path.name)
        for path in seeds.iterdir():
            os.utime(path, (when, when))
        build = new_build(root, seeds=seeds)
        run(build, [sys.executable, str(ROOT / "build_site.py"), "--seeds", str(seeds), "--docs", str(build.docs),
                    "--jobs", jobs, "--quiet"], PYTHONHASHSEED=hash_seed)
        run(build, [sys.executable, "-m", "digest.publish", "--config", str(build.config), "--site", str(build.site)],
            PYTHONHASHSEED=hash_seed, SOURCE_DATE_EPOCH=day)
        builds.append(build)
    return builds[0], builds[1]


def test_the_markdown_is_byte_identical(two_builds):
    first, second = two_builds
    markdown = files(first.docs)
    assert len([name for name in markdown if name.startswith("ban-tin/bao-cao/")]) == 45
    assert markdown == files(second.docs)


def test_the_html_differs_only_in_the_build_date_mkdocs_stamps(two_builds):
    first, second = two_builds
    one, two = files(first.site), files(second.site)
    assert set(one) == set(two)
    assert {name for name in one if one[name] != two[name]} == MKDOCS_STAMPS


def test_sitemap_lines_differ_only_in_lastmod(two_builds):
    first, second = two_builds
    one = (first.site / "sitemap.xml").read_text(encoding="utf-8").splitlines()
    two = (second.site / "sitemap.xml").read_text(encoding="utf-8").splitlines()
    assert len(one) == len(two)
    changed = [(a.strip(), b.strip()) for a, b in zip(one, two) if a != b]
    assert changed and all(a.startswith("<lastmod>") and b.startswith("<lastmod>") for a, b in changed)
    assert {a for a, _ in changed} == {"<lastmod>2025-01-01</lastmod>"}
    assert {b for _, b in changed} == {"<lastmod>2026-01-02</lastmod>"}
    for build in two_builds:
        assert gzip.decompress((build.site / "sitemap.xml.gz").read_bytes()) == (build.site / "sitemap.xml").read_bytes()


def test_source_date_epoch_makes_the_markdown_independent_of_the_build_day(tmp_path):
    corpus = tmp_path / "corpus"
    made = subprocess.run([sys.executable, "-m", "bench.corpus", "--n", "300", "--out", str(corpus)],
                          cwd=ROOT, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    clock = tmp_path / "clock"
    clock.mkdir()
    (clock / "sitecustomize.py").write_text(FAKE_CLOCK, encoding="utf-8")

    def markdown(name: str, **env: str) -> dict[str, bytes]:
        docs = tmp_path / name
        result = subprocess.run([sys.executable, str(ROOT / "build_site.py"), "--seeds", str(corpus),
                                 "--docs", str(docs), "--quiet"], cwd=ROOT, capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": str(clock), **env})
        assert result.returncode == 0, result.stderr
        return files(docs / "ban-tin")

    pinned_now = markdown("pinned-now", SOURCE_DATE_EPOCH=PINNED)
    pinned_later = markdown("pinned-later", SOURCE_DATE_EPOCH=PINNED, FAKE_TODAY="2031-06-01")
    unpinned_later = markdown("unpinned-later", FAKE_TODAY="2031-06-01")
    assert pinned_later == pinned_now
    assert unpinned_later != pinned_now, "the clock should matter when nothing pins the day"
