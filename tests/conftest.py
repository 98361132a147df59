"""Shared fixtures: real builds of the real site into temporary folders, and one report through extraction."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from digest.extract import extract_report
from digest.knowledge import Knowledge, load_knowledge
from digest.model import CleanText, Report
from digest.publish import inheriting_config

# Generator runs in tests keep their extraction caches in a throwaway folder, not in ~/.cache.
os.environ.setdefault("XDG_CACHE_HOME", tempfile.mkdtemp(prefix="digest-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TODAY = dt.date(2026, 11, 1)  # "today" for the extraction tests: a date after it is in the future
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@dataclass
class Build:
    root: Path
    seeds: Path
    docs: Path
    site: Path
    config: Path

    def generate(self, *extra: str) -> subprocess.CompletedProcess:
        """Run build_site.py as a user does."""
        return run_generator("--seeds", str(self.seeds), "--docs", str(self.docs), *extra)

    def mkdocs(self) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "digest.publish", "--config", str(self.config),
                               "--site", str(self.site)], cwd=ROOT, capture_output=True, text=True)

    def pages(self, section: str = "") -> list[Path]:
        return sorted((self.docs / "ban-tin" / section).rglob("*.md"))


def run_generator(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build_site.py"), *args], cwd=ROOT,
                          capture_output=True, text=True)


def new_build(root: Path, seeds: Path | None = None) -> Build:
    """A scratch project: its own seeds, docs (with the hand-written pages) and
    an mkdocs.yml that inherits the project's."""
    root.mkdir(parents=True, exist_ok=True)
    if seeds is None:
        seeds = root / "seeds"
        shutil.copytree(SEEDS, seeds)
    docs = root / "docs"
    shutil.copytree(ROOT / "docs", docs, ignore=shutil.ignore_patterns("ban-tin", "index.md", ".ban-tin*"))
    config = root / "mkdocs.yml"
    config.write_text(yaml.safe_dump(inheriting_config(ROOT / "mkdocs.yml", docs_dir=str(docs),
                                                       site_dir=str(root / "site")),
                                     allow_unicode=True), encoding="utf-8")
    return Build(root=root, seeds=seeds, docs=docs, site=root / "site", config=config)


@pytest.fixture
def scratch(tmp_path) -> Build:
    return new_build(tmp_path / "project")


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Build:
    """The seeds built once into Markdown and HTML, shared by read-only tests."""
    build = new_build(tmp_path_factory.mktemp("seed-site"))
    generated = build.generate()
    assert generated.returncode == 0, generated.stderr
    built = build.mkdocs()
    assert built.returncode == 0, built.stderr
    return build


@pytest.fixture(scope="session")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (see .ci/run)")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def seed_server(seed_site):
    """The seed site served over HTTP, as GitHub Pages serves it (Pagefind
    fetch()es its index, which pages opened from file:// cannot)."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(Quiet, directory=str(seed_site.site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


_KNOWLEDGE: list[Knowledge] = []


def knowledge() -> Knowledge:
    """data/, loaded once for the tests that extract."""
    if not _KNOWLEDGE:
        _KNOWLEDGE.append(load_knowledge(ROOT / "data"))
    return _KNOWLEDGE[0]


def report(*paragraphs: str, dateline: str | None = None, headline: str | None = None) -> Report:
    """One report of these paragraphs through extraction, as of TODAY."""
    text = CleanText(source="x.txt", headline=headline, dateline=dateline, paragraphs=list(paragraphs), author=None)
    return extract_report(text, knowledge(), today=TODAY)


def date_of(*paragraphs: str, **kw) -> str | None:
    return report(*paragraphs, **kw).date.value
