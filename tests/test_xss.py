"""Nothing from a report can run in the site.

Reports carry script in every form a web page or an editor's paste can hold:
<script>, event-handler attributes, javascript: links (HTML and Markdown),
iframes, and quotes that try to break out of an attribute. Two sites are built
with MkDocs (through digest.publish) and every page is opened in headless
Chromium, which listens for any sign of a payload running: a call to
window.__pwned(), a dialog, a marked console message, a global set. The text
must also show literally, neither run nor swallowed nor double-escaped.

- reports_site: payload report files through build_site.py, as a user does;
- model_site: a site rendered from hand-made reports whose every field (title,
  event, officials, resolutions, documents, byline, file name …) is a payload,
  so every index page is reached whatever the extractors keep.
"""
from __future__ import annotations

import functools
import http.server
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT, new_build
from digest.link import link
from digest.model import DateInfo, Document, Event, Official, Report, Resolution
from digest.read import Skip
from digest.render import render_site
from digest.vietnamese import slug
from digest.write import write_pages

pytestmark = pytest.mark.browser

MARK = "PWNED"
SITE_NAME = "Bản tin Công an nhân dân"
PAYLOADS = [
    '<script>window.__pwned("script")</script>',
    '<img src=x onerror="window.__pwned(\'img\')">',
    '"><script>window.__pwned("attr")</script>',
    "' onmouseover='window.__pwned(1)' autofocus onfocus='window.__pwned(2)' x='",
    '[bấm vào đây](javascript:window.__pwned("md"))',
    '<a href="javascript:window.__pwned(\'a\')">liên kết</a>',
    '<iframe src="javascript:parent.__pwned(\'iframe\')"></iframe>',
    '<svg onload="alert(\'PWNED\')"></svg><details open ontoggle="console.log(\'PWNED\')">x</details>',
    '<script>window.__xss = "PWNED"</script>{{ 7*7 }}{% raw %}',
    '&lt;script&gt;window.__pwned("entity")&lt;/script&gt;',
]
REPORTS = {
    "headline.txt": f"""Hội nghị tổng kết {PAYLOADS[0]} {PAYLOADS[2]}
Thứ Hai, 27/10/2025 10:30
Sáng 27/10/2025, tại Hà Nội, Bộ Công an tổ chức Hội nghị tổng kết {PAYLOADS[1]} công tác chuyển đổi số.
Dự hội nghị có Đại tá Nguyễn Văn An "><script>window.__pwned("official")</script>, Giám đốc Công an tỉnh.
Xem chi tiết {PAYLOADS[4]} và {PAYLOADS[5]}.
Tác giả: Minh {PAYLOADS[2]}
""",
    "body.txt": f"""Buổi làm việc với Công an tỉnh {PAYLOADS[3]}
Chiều 5/3/2024, Thứ trưởng Nguyễn Văn Long làm việc với Công an tỉnh Bắc Ninh {PAYLOADS[6]} tại trụ sở.
Nghị quyết số 12-NQ/TW "><script>window.__pwned('res')</script> được quán triệt {PAYLOADS[7]} đầy đủ.
Đoạn có cú pháp mẫu {PAYLOADS[8]} và thực thể {PAYLOADS[9]}.
Tác giả: {PAYLOADS[3]}
""",
}


# -- the two sites ----------------------------------------------------------------

@pytest.fixture(scope="module")
def reports_site(tmp_path_factory):
    build = new_build(tmp_path_factory.mktemp("xss-reports"), seeds=tmp_path_factory.mktemp("xss-seeds"))
    for name, text in REPORTS.items():
        (build.seeds / name).write_text(text, encoding="utf-8")
    for seed in sorted((ROOT / "seeds").glob("*.txt"))[:2]:
        (build.seeds / seed.name).write_bytes(seed.read_bytes())
    generated = build.generate()
    assert generated.returncode == 0, generated.stderr
    published = build.mkdocs()
    assert published.returncode == 0, published.stderr
    return build


def hostile_report(i: int, payload: str) -> Report:
    """A report whose every text field is the payload."""
    return Report(
        source=f"{payload}-{i}.txt", slug="", title=f"Đại tá Nguyễn {payload}",
        date=DateInfo(f"2024-05-{i + 1:02d}", "day", "inferred", payload),
        event=Event(name=f"Hội nghị {payload}", type="hoi-nghi", slug=f"su-kien-{i}", form=payload,
                    provinces=[payload]),
        officials=[Official(name=f"Nguyễn {payload}", slug=f"can-bo-{i}", rank=payload, positions=[payload])],
        resolutions=[Resolution(number=payload, issuer=f"Bộ {payload}", id=payload, slug=f"nghi-quyet-{i}",
                                title=payload, as_written=payload, sentence=payload)],
        documents=[Document(kind=f"Đề án {payload}", number=payload, title=payload, slug=f"van-ban-{i}",
                            as_written=payload, sentence=payload)],
        author=payload, paragraphs=[payload, f"Đoạn hai {payload}"], headline=payload, dateline=payload,
        notes=[payload])


@pytest.fixture(scope="module")
def model_site(tmp_path_factory):
    build = new_build(tmp_path_factory.mktemp("xss-model"), seeds=tmp_path_factory.mktemp("xss-none"))
    reports = [hostile_report(i, p) for i, p in enumerate(PAYLOADS)]
    site = link(reports, [Skip(f"{PAYLOADS[0]}.txt", PAYLOADS[1])])
    write_pages(render_site(site, ROOT / "templates"), build.docs)
    published = build.mkdocs()
    assert published.returncode == 0, published.stderr
    return build, {r.slug: r for r in reports}  # link() gave them their page slugs


@pytest.fixture(scope="module")
def served(request):
    """An HTTP server for a built site: search fetches its index, which file:// forbids."""
    servers = {}

    def serve(site: Path) -> str:
        if site not in servers:
            handler = functools.partial(_QuietHandler, directory=str(site))
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers[site] = server
        return f"http://127.0.0.1:{servers[site].server_address[1]}/"

    yield serve
    for server in servers.values():
        server.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


# -- the browser ------------------------------------------------------------------

_DANGEROUS_DOM = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(el.tagName + ' ' + a.name);
      if (/^\\s*javascript:/i.test(a.value)) found.push(el.tagName + ' ' + a.name + '=' + a.value);
    }
  }
  for (const el of document.querySelectorAll('iframe, embed, object')) found.push(el.tagName);
  return found;
}"""


@dataclass
class Visit:
    hits: list[str]  # every sign of a payload running
    dangerous: list[str]  # event-handler attributes, javascript: URLs, frames in the DOM
    text: str
    title: str
    header: list[str]
    results: str = ""


class Tab:
    """One browser tab that listens for payloads on every page it opens."""

    def __init__(self, browser):
        self.hits: list[str] = []
        self.context = browser.new_context()
        # registered before any navigation, so a payload running while the page parses is caught too
        self.context.expose_binding("__pwned", lambda source, *args: self.hits.append(f"__pwned{args}"))
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda m: self.hits.append(f"console: {m.text}") if MARK in m.text else None)

    def _dialog(self, dialog):
        self.hits.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def visit(self, url: str, search: str | None = None) -> Visit:
        self.hits = []
        self.page.goto(url, wait_until="load")
        results = self._search(search) if search is not None else ""
        self.page.wait_for_timeout(50)  # let error and toggle events fire
        if self.page.evaluate("window.__xss") is not None:
            self.hits.append("window.__xss set")
        return Visit(hits=self.hits, dangerous=self.page.evaluate(_DANGEROUS_DOM),
                     text=self.page.evaluate("document.body.innerText"), title=self.page.title(),
                     header=self.page.evaluate("[...document.querySelectorAll('.md-header__topic .md-ellipsis')]"
                                               ".map(e => e.innerText.trim())"),
                     results=results)

    def _search(self, query: str) -> str:
        box = self.page.locator("input[name=query]")
        if box.count() == 0:
            pytest.skip("the site has no search box (digest-search.js not in this build)")
        box.fill(query)
        self.page.wait_for_selector(".md-search-result__item", timeout=10000)
        return self.page.evaluate("document.querySelector('.md-search-result').innerText")


@pytest.fixture
def tab(browser):
    opened = Tab(browser)
    yield opened
    opened.context.close()


def html_pages(site: Path) -> list[Path]:
    pages = [p for p in site.rglob("index.html") if "ban-tin" in p.parts or p.parent == site]
    return sorted(pages)


def url_of(base: str, site: Path, page: Path) -> str:
    folder = page.parent.relative_to(site).as_posix()
    return base if folder == "." else f"{base}{folder}/"


def check_page(tab: Tab, base: str, site: Path, page: Path) -> Visit:
    visit = tab.visit(url_of(base, site, page))
    where = page.relative_to(site)
    assert visit.hits == [], f"{where}: a payload ran"
    assert visit.dangerous == [], f"{where}: report markup reached the DOM"
    return visit


# -- the tests ----------------------------------------------------------------------

def test_no_payload_in_a_report_file_runs_on_any_page(tab, reports_site, served):
    base = served(reports_site.site)
    pages = html_pages(reports_site.site)
    assert len(pages) > 10
    texts = {page: check_page(tab, base, reports_site.site, page).text for page in pages}
    everything = "\n".join(texts.values())
    for payload in (PAYLOADS[0], PAYLOADS[4], PAYLOADS[6], PAYLOADS[9]):
        assert payload in everything, f"{payload} is not shown as text anywhere"


def test_report_pages_show_the_payload_title_literally_in_title_header_and_heading(tab, reports_site, served):
    base = served(reports_site.site)
    report = next(p for p in html_pages(reports_site.site) if "bao-cao" in p.parts and "script" in str(p))
    visit = check_page(tab, base, reports_site.site, report)
    headline = REPORTS["headline.txt"].splitlines()[0]
    assert visit.title == f"{headline} - {SITE_NAME}"
    assert headline in visit.header
    assert headline in visit.text


def test_every_field_of_a_hostile_report_shows_as_text_on_every_page(tab, model_site, served):
    build, reports = model_site
    base = served(build.site)
    pages = html_pages(build.site)
    sections = {p.relative_to(build.site).parts[1] for p in pages if len(p.relative_to(build.site).parts) > 2}
    assert {"bao-cao", "can-bo", "nghi-quyet", "van-ban", "su-kien", "nam", "ra-soat"} <= sections
    for page in pages:
        visit = check_page(tab, base, build.site, page)
        where = page.relative_to(build.site)
        listing = "nam" in where.parts and where.parts[-2] in ("nam", "chua-ro-ngay")  # counts only
        assert listing or any(p in visit.text for p in PAYLOADS), f"{where}: no payload shown as text"
        assert "&amp;lt;" not in visit.text, f"{where}: text escaped twice"


def test_the_title_tag_and_header_of_hostile_reports_are_literal(tab, model_site, served):
    build, reports = model_site
    base = served(build.site)
    for report_slug, report in reports.items():
        page = build.site / "ban-tin" / "bao-cao" / report_slug / "index.html"
        visit = check_page(tab, base, build.site, page)
        assert visit.title == f"{report.title} - {SITE_NAME}"
        assert report.title in visit.header
        for text in (report.title, *report.paragraphs, report.author, report.dateline, report.source):
            assert text in visit.text, f"{report_slug}: {text!r} not shown literally"


def test_search_results_for_hostile_reports_run_nothing(tab, model_site, served):
    build, _ = model_site
    base = served(build.site)
    for query in ("pwned", "script", "Nguyễn"):
        visit = tab.visit(base, search=query)
        assert visit.hits == [], f"search {query!r}: a payload ran"
        assert visit.dangerous == [], f"search {query!r}: report markup reached the DOM"
        assert "Đại tá Nguyễn" in visit.results
