"""Search as Vietnamese readers use it, in the built seed site in headless Chromium:
with or without diacritics, in any case, with old or new tone placement."""
from __future__ import annotations

import functools
import html
import http.server
import re
import threading
import unicodedata
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

TO_LAM = "ban-tin/can-bo/to-lam/"
LUONG_TAM_QUANG = "ban-tin/can-bo/luong-tam-quang/"
RESOLUTION_57 = "ban-tin/nghi-quyet/57-nq-tw/"
PLACEHOLDER = "Nhập để bắt đầu tìm kiếm"


@pytest.fixture(scope="module")
def page(browser, seed_server):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def search(page, base: str, query: str) -> list[str]:
    """Type into Material's header search box; the result links, best first,
    relative to the site root."""
    page.goto(base)
    page.fill(".md-header input.md-search__input", query)
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_not_text=PLACEHOLDER).wait_for()
    links = page.locator(".md-search-result__list .md-search-result__link")
    return [href.removeprefix(base) for href in
            (links.nth(i).evaluate("a => a.href") for i in range(links.count()))]


@pytest.mark.parametrize("query", ["Tô Lâm", "to lam", "TO LAM", "tô lâm"])
def test_an_official_is_found_with_or_without_diacritics(page, seed_server, query):
    assert TO_LAM in search(page, seed_server, query)[:3]


def test_a_multi_word_name_without_diacritics(page, seed_server):
    assert LUONG_TAM_QUANG in search(page, seed_server, "luong tam quang")[:3]


@pytest.mark.parametrize("query", ["nghi quyet 57", "57-NQ/TW", "Nghị quyết 57"])
def test_a_resolution_is_found_by_its_number(page, seed_server, query):
    assert RESOLUTION_57 in search(page, seed_server, query)[:3]


@pytest.mark.parametrize("old, new", [("Uỷ viên", "Ủy viên"), ("Đảng uỷ", "Đảng ủy"), ("Thanh Hoá", "Thanh Hóa")])
def test_old_and_new_tone_placement_give_the_same_results(page, seed_server, old, new):
    results = search(page, seed_server, old)
    assert results, f"{old!r} should find pages: the seeds use both spellings"
    assert results == search(page, seed_server, new)


def test_decomposed_input_is_the_same_query(page, seed_server):
    decomposed = unicodedata.normalize("NFD", "Tô Lâm")
    assert search(page, seed_server, decomposed) == search(page, seed_server, "Tô Lâm")


def test_exact_diacritics_rank_above_folded_matches(page, seed_server, seed_site):
    # "Lâm" also matches "làm" (to do) once diacritics are removed, which is in
    # almost every report; pages with the name itself must come first.
    results = search(page, seed_server, "Lâm")
    exact = [has_word(article_text(seed_site.site, url), "lâm") for url in results]
    assert True in exact and False in exact, "the seeds should give both kinds of match"
    assert exact == sorted(exact, reverse=True), list(zip(results, exact))


def test_results_look_like_material_and_speak_vietnamese(page, seed_server):
    search(page, seed_server, "chuyển đổi số")
    assert re.fullmatch(r"\d+ tài liệu liên quan", page.inner_text(".md-search-result__meta").strip())
    first = page.locator(".md-search-result__item").first
    assert first.locator("article.md-search-result__article h1").inner_text().strip()
    assert first.locator("mark").count() > 0, "matched words are highlighted"
    assert page.get_attribute(".md-search__input", "placeholder") == "Tìm kiếm"


def test_no_result_is_said_in_vietnamese(page, seed_server):
    assert search(page, seed_server, "zzqxw") == []
    assert page.inner_text(".md-search-result__meta").strip() == "Không tìm thấy tài liệu liên quan"


def test_a_result_opens_its_page(page, seed_server):
    search(page, seed_server, "luong tam quang")
    page.locator(".md-search-result__link", has_text="Lương Tam Quang").first.click()
    page.wait_for_load_state()
    assert page.url == seed_server + LUONG_TAM_QUANG
    assert page.inner_text("h1") == "Lương Tam Quang"


def test_reading_a_page_downloads_no_search_index(browser, seed_server):
    """The index is loaded when a reader searches, never with every page."""
    context = browser.new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(seed_server, wait_until="networkidle")
    assert not [u for u in requested if "/pagefind/" in u or "search_index" in u]
    page.fill(".md-header input.md-search__input", "Tô Lâm")
    page.locator(".md-search-result__item").first.wait_for()
    assert [u for u in requested if "/pagefind/" in u]
    context.close()


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def article_text(site: Path, url: str) -> str:
    """What the search indexes of a page: its article, without the links to
    neighbouring reports."""
    page = (site / url.split("#")[0] / "index.html").read_text(encoding="utf-8")
    article = re.search(r"<article.*?</article>", page, re.S).group(0)
    article = re.sub(r'<nav class="digest-neighbours".*?</nav>', "", article, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", article))


def has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", unicodedata.normalize("NFC", text).lower()) is not None


def test_results_link_into_the_site_when_it_is_served_under_a_sub_path(browser, seed_site, tmp_path):
    """GitHub Pages serves a project site under /<repository>/."""
    (tmp_path / "cand-digest").symlink_to(seed_site.site, target_is_directory=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context()
    try:
        base = f"http://127.0.0.1:{server.server_port}/cand-digest/"
        page = context.new_page()
        assert TO_LAM in search(page, base, "to lam")[:3]
        page.locator(".md-search-result__link").first.click()
        page.wait_for_load_state()
        assert page.url.startswith(base) and page.locator("article h1").count() == 1
    finally:
        context.close()
        server.shutdown()


def test_the_published_site_carries_its_search_index(seed_site):
    assert (seed_site.site / "pagefind" / "pagefind.js").is_file()
    assert list((seed_site.site / "pagefind" / "index").glob("*.pf_index"))
    assert not (seed_site.site / "search" / "search_index.json").exists(), "Material's own index is not built"


def test_a_failed_search_index_leaves_the_live_site_as_it_was(scratch, monkeypatch):
    from digest import publish

    generated = scratch.generate()
    assert generated.returncode == 0, generated.stderr
    scratch.site.mkdir()
    (scratch.site / "live.txt").write_text("the site readers see", encoding="utf-8")
    monkeypatch.setattr(publish, "index_search", lambda site: 1)
    assert publish.build(scratch.config, scratch.site) != 0
    assert [p.name for p in scratch.site.iterdir()] == ["live.txt"]
    assert not list(scratch.root.glob(".site.staging-*")), "no staging folder left behind"


def test_the_keyboard_reaches_and_opens_results(page, seed_server):
    page.goto(seed_server)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("luong tam quang")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == page.locator(".md-search-result__link").first.get_attribute("href")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Enter")
    page.wait_for_url(seed_server + LUONG_TAM_QUANG)
    page.keyboard.press("s")
    assert page.evaluate("document.getElementById('__search').checked")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
