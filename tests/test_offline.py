"""The offline bundle: one zip that, unzipped and opened from disk with the
network blocked, works entirely: pages, links, search, icons, fonts."""
from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent


def make_offline(config: Path, out: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", "digest.offline", "--config", str(config), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    bundles = list(out.glob("*-offline.zip"))
    assert len(bundles) == 1, bundles
    return bundles[0]


@pytest.fixture(scope="module")
def bundle(seed_site, tmp_path_factory) -> Path:
    return make_offline(seed_site.config, tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def unzipped(bundle, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(bundle) as z:
        z.extractall(folder)
    tops = [p for p in folder.iterdir()]
    assert len(tops) == 1 and tops[0].is_dir(), "everything sits in one top folder"
    return tops[0]


@pytest.fixture(scope="module")
def offline_page(browser):
    """A browser page that may load only files: every other request is blocked and recorded."""
    context = browser.new_context()
    outside: list[str] = []
    failed: list[str] = []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    # A request cut short by the next navigation is not a missing file.
    page.on("requestfailed", lambda r: r.failure == "net::ERR_ABORTED" or failed.append(r.url))
    page.outside, page.failed = outside, failed
    yield page
    context.close()


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def local_targets(page: Path) -> list[str]:
    """href and src values of a page that point inside the site."""
    text = page.read_text(encoding="utf-8")
    values = re.findall(r'(?:href|src)="([^"]+)"', text)
    return [v for v in values if not re.match(r"^(?:[a-z]+:|#|//)", v)]


def test_make_offline_writes_one_zip_in_dist(bundle):
    assert bundle.parent.name.startswith("dist") and bundle.name.endswith("-offline.zip")


def test_the_bundle_is_deterministic(seed_site, bundle, tmp_path):
    again = make_offline(seed_site.config, tmp_path)
    assert hashlib.sha256(again.read_bytes()).digest() == hashlib.sha256(bundle.read_bytes()).digest()


def test_every_link_and_asset_points_to_a_file_in_the_bundle(unzipped):
    missing = []
    for page in pages(unzipped):
        for target in local_targets(page):
            path = unquote(urlsplit(target).path)
            if path and not (page.parent / path).resolve().is_file():
                missing.append(f"{page.relative_to(unzipped)} -> {target}")
    assert not missing, missing[:20]


def test_links_name_files_not_folders(unzipped):
    """file:// does not turn a/ into a/index.html."""
    folders = [t for p in pages(unzipped) for t in local_targets(p) if urlsplit(t).path.endswith("/")]
    assert not folders, folders[:10]


def test_every_page_opens_from_disk_without_the_network(unzipped, offline_page):
    for page in pages(unzipped):
        offline_page.goto(page.as_uri(), wait_until="load")
        assert offline_page.locator("article h1").count() >= 1, page
    assert offline_page.outside == [], "requests outside the bundle"
    assert offline_page.failed == [], "files the bundle lacks"


def test_icons_and_fonts_render(unzipped, offline_page):
    offline_page.goto((unzipped / "index.html").as_uri(), wait_until="load")
    logo = offline_page.locator(".md-header__button.md-logo svg, .md-header__button.md-logo img").first
    box = logo.bounding_box()
    assert box and box["width"] > 0 and box["height"] > 0
    fonts = offline_page.evaluate("document.fonts.ready.then(() => [...document.fonts].map(f => f.status))")
    assert "error" not in fonts
    # The heading is drawn in a font the machine has (no web font to wait for).
    family = offline_page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert family and "Roboto" not in family


def test_search_works_from_disk(unzipped, offline_page):
    offline_page.goto((unzipped / "index.html").as_uri(), wait_until="load")
    offline_page.fill(".md-header input.md-search__input", "to lam")
    first = offline_page.locator(".md-search-result__item").first
    first.wait_for()
    titles = offline_page.locator(".md-search-result__item h1").all_inner_texts()
    assert "Tô Lâm" in titles[:3]
    offline_page.locator(".md-search-result__link", has_text="Tô Lâm").first.click()
    offline_page.wait_for_load_state()
    assert offline_page.url.endswith("/ban-tin/can-bo/to-lam.html")
    assert offline_page.outside == []


def test_old_and_new_tone_placement_search_alike_offline(unzipped, offline_page):
    def results(query: str) -> list[str]:
        offline_page.goto((unzipped / "index.html").as_uri(), wait_until="load")
        offline_page.fill(".md-header input.md-search__input", query)
        offline_page.locator(".md-search-result__item").first.wait_for()
        return offline_page.locator(".md-search-result__link").evaluate_all("as => as.map(a => a.href)")

    assert results("Uỷ viên") == results("Ủy viên")
