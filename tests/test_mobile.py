"""Readers on a phone (390×844): no sideways scrolling, no serious accessibility
problem (axe-core), dates in Vietnamese form, search reachable from the header."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from digest.render import BASIS_WORDS

pytestmark = pytest.mark.browser

AXE = "axe-core@4.14.1"
PHONE = {"width": 390, "height": 844}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


@pytest.fixture(scope="session")
def axe_script(tmp_path_factory) -> Path:
    """axe-core's axe.min.js from the pinned npm package, installed where the test controls it."""
    if not shutil.which("npm"):
        pytest.fail("npm is needed for axe-core (see .ci/run)")
    prefix = tmp_path_factory.mktemp("axe")
    subprocess.run(["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", AXE],
                   check=True, capture_output=True, text=True)
    return prefix / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=3, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def reports(seed_site) -> list[tuple[str, dict]]:
    """(URL path, front matter) of every report page."""
    found = []
    for page in sorted((seed_site.docs / "ban-tin" / "bao-cao").glob("*.md")):
        meta = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])
        found.append((f"ban-tin/bao-cao/{page.stem}/", meta))
    return found


def reader_pages(seed_site) -> dict[str, str]:
    longest = max(reports(seed_site), key=lambda r: len(r[1]["title"]))[0]
    return {"home": "", "report": longest, "official": "ban-tin/can-bo/to-lam/",
            "resolution": "ban-tin/nghi-quyet/57-nq-tw/"}


@pytest.fixture(scope="module")
def pages(seed_site):
    found = reader_pages(seed_site)
    for path in found.values():
        assert (seed_site.site / path / "index.html").is_file(), path
    return found


@pytest.mark.parametrize("kind", ["home", "report", "official", "resolution"])
def test_no_sideways_scrolling_on_a_phone(phone, seed_server, pages, kind):
    phone.goto(seed_server + pages[kind], wait_until="load")
    widths = phone.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"{kind}: page is {widths[0]}px wide on a {widths[1]}px screen"
    too_wide = phone.evaluate("""() => [...document.querySelectorAll('article *')]
        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                     && getComputedStyle(e).position !== 'fixed' && !e.closest('.md-typeset__scrollwrap'))
        .map(e => e.tagName + '.' + e.className).slice(0, 5)""")
    assert too_wide == [], f"{kind}: elements overflowing the screen"


@pytest.mark.parametrize("kind", ["home", "report", "official", "resolution"])
def test_no_serious_accessibility_violation(phone, seed_server, pages, axe_script, kind):
    phone.goto(seed_server + pages[kind], wait_until="load")
    phone.add_script_tag(path=str(axe_script))
    violations = phone.evaluate("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations)")
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations
               if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{kind}: {serious}"


def test_report_pages_show_the_day_with_its_vietnamese_weekday(phone, seed_server, seed_site):
    days = [(path, meta) for path, meta in reports(seed_site) if meta["date_precision"] == "day"]
    assert days
    for path, meta in days:
        phone.goto(seed_server + path, wait_until="load")
        day = dt.date.fromisoformat(meta["date"])
        shown = phone.locator(".digest-meta").inner_text()
        assert f"{WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y}" in shown, path


def test_an_inferred_date_says_in_words_how_it_was_found(phone, seed_server, seed_site):
    inferred = [(path, meta) for path, meta in reports(seed_site)
                if meta["date_basis"] in ("inferred", "event") and meta["date_evidence"]]
    assert inferred, "the seeds include reports whose year is inferred"
    for path, meta in inferred:
        phone.goto(seed_server + path, wait_until="load")
        shown = " ".join(phone.locator(".digest-meta").inner_text().split())
        assert f"({BASIS_WORDS[meta['date_basis']]})" in shown, path
        assert " ".join(meta["date_evidence"].split()) in shown, path


def test_search_opens_from_the_header_on_a_phone(phone, seed_server):
    phone.goto(seed_server, wait_until="load")
    search = phone.locator(".md-header .md-search__input")
    opened = "document.getElementById('__search').checked"
    assert not phone.evaluate(opened), "on a phone the box opens from the magnifier"
    phone.locator("label.md-header__button[for=__search]").click()
    assert phone.evaluate(opened)
    search.fill("to lam")
    phone.locator(".md-search-result__item").first.wait_for()
    widths = phone.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1]
