"""Render stage: the linked Site to Markdown pages, through Jinja2 templates.

Every string that comes from a report passes the `md` filter, which escapes
HTML and Markdown syntax, so no report can add markup, links or script to the
site. Front matter is YAML text that PyYAML's emitter would write (frontmatter.py),
never strings pasted into a template.
"""
from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TypeVar

import jinja2

from . import frontmatter
from . import taxonomy as tx
from .model import Report
from .taxonomy import Site
from .timeline import timeline_svg
from .workers import fork_context, pool_size

OWNED = "ban-tin"  # the folder of the docs dir that the generator owns
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EVENT_TYPES = {"hoi-nghi": "Hội nghị", "buoi-lam-viec": "Buổi làm việc", "hoi-thao": "Hội thảo",
               "le": "Lễ", "khac": "Sự kiện khác"}
BASIS_WORDS = {"explicit": "ghi trong bài", "inferred": "năm suy ra", "event": "theo bài cùng sự kiện",
               "override": "do biên tập viên sửa", "unknown": "chưa rõ"}
LATEST_ON_HOME = 20
TEMPLATES = ["home.md.j2", "years.md.j2", "year.md.j2", "report.md.j2", "review.md.j2", "review_list.md.j2",
             "official.md.j2", "officials.md.j2", "resolution.md.j2", "resolutions.md.j2", "document.md.j2",
             "documents.md.j2", "event.md.j2", "events.md.j2"]  # every template a page is rendered with
T = TypeVar("T")

_MD_ANYWHERE = re.compile(r"([\\`*_{}\[\]|#])")  # '#': a headline ending in "##" lost them to the heading
_MD_LINE_START = re.compile(r"^(\s*)([#+\-!]|\d+[.)])", re.M)
_MD_CHARACTER = re.compile(r"[&<>\\`*_{}\[\]|#]")  # a character md escapes wherever it is


@dataclass(frozen=True)
class Page:
    path: str  # relative to the docs dir, e.g. ban-tin/bao-cao/x.md
    text: str


def md(value: object) -> str:
    """Text that Markdown shows literally: no HTML, no links, no emphasis."""
    text = str(value if value is not None else "")
    # Most names and many paragraphs need no escape: skip the five passes. Two searches, not
    # one alternation with ^: that tries the line-start branch at every character (2x slower).
    if not _MD_CHARACTER.search(text) and not _MD_LINE_START.search(text):
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_ANYWHERE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), text)


# Python-Markdown spends tens of microseconds on every escaped character, and more than that
# per character in a long paragraph full of them: one hostile report of 1 MB of "<b> " kept
# `mkdocs build` busy for over a quarter of an hour.
MANY_ESCAPES = 32


def md_paragraph(value: object) -> str:
    """A paragraph of report text, shown literally. Most are written as Markdown with md(); one
    that would need more than MANY_ESCAPES escapes (a pasted table, code, a hostile file) is an
    HTML paragraph with its text HTML-escaped, which Markdown passes through as one block."""
    text = str(value if value is not None else "")
    if sum(1 for _ in itertools.islice(_MD_CHARACTER.finditer(text), MANY_ESCAPES + 1)) <= MANY_ESCAPES:
        return md(text)
    return "<p>" + html.escape(" ".join(text.split()), quote=False) + "</p>"


def _escape_marker(marker: str) -> str:
    return marker[:-1] + "\\" + marker[-1] if marker[-1] in ".)" else "\\" + marker


def runs(items, attribute: str, default: str = "") -> list[tuple[str, list]]:
    """Group consecutive items by an attribute, keeping the order the link stage chose."""
    return [(key, list(group)) for key, group in itertools.groupby(items, lambda x: getattr(x, attribute) or default)]


@lru_cache(maxsize=65536)
def vndate(iso: str | None, with_weekday: bool = True) -> str:
    """dd/mm/yyyy (with the Vietnamese weekday), mm/yyyy or yyyy."""
    if not iso:
        return "Chưa rõ ngày"
    parts = iso.split("-")
    if len(parts) == 3:
        day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        text = day.strftime("%d/%m/%Y")
        return f"{WEEKDAYS[day.weekday()]}, {text}" if with_weekday else text
    if len(parts) == 2:
        return f"{parts[1]}/{parts[0]}"
    return parts[0]


def front_matter(data: dict) -> str:
    return "---\n" + frontmatter.dump(data) + "---\n"


def report_meta(report: Report) -> dict:
    """The report-page contract: tests, index pages and outside scorers read it."""
    return {
        "source": report.source,
        "title": report.title,
        "date": report.date.value,
        "date_precision": report.date.precision,
        "date_basis": report.date.basis,
        "date_evidence": report.date.evidence,
        "event": {"name": report.event.name, "type": report.event.type, "slug": report.event.slug,
                  "ordinal": report.event.ordinal, "form": report.event.form,
                  "provinces": list(report.event.provinces)},
        "officials": [{"name": o.name, "slug": o.slug, "rank": o.rank, "positions": list(o.positions)}
                      for o in report.officials],
        "resolutions": [{"id": r.id, "number": r.number, "issuer": r.issuer, "slug": r.slug, "title": r.title}
                        for r in report.resolutions],
        "documents": [{"kind": d.kind, "number": d.number, "title": d.title} for d in report.documents],
        "author": report.author,
    }


class RenderError(Exception):
    """A template that cannot be used: names the file and the problem."""


class Renderer:
    def __init__(self, templates: Path):
        self.templates = templates
        # auto_reload off: templates do not change during a build, and checking costs a stat per page.
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)),
                                      undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                                      trim_blocks=True, lstrip_blocks=True, autoescape=False, auto_reload=False)
        self.env.filters.update(md=md, md_paragraph=md_paragraph, vndate=vndate, event_type=EVENT_TYPES.get, basis=BASIS_WORDS.get)
        # Links are filters, not functions: Jinja calls a filter directly but a function through
        # Context.call, ~15x slower, and a page has dozens of links.
        self.env.filters.update(runs=runs, rel=_link_from, own=owned, report_path=_report_file,
                                term_path=_term_file, month=_month, office=office)
        # The same helpers as functions, for templates written against them (--templates).
        self.env.globals.update(own=owned, term_path=tx.term_path, report_path=_report_file, month=_month)

    def load(self) -> None:
        """Compile every template now, so a broken or missing one stops the build
        before anything is rendered, with a message naming it."""
        partials = [name for name in self.env.list_templates() if name.startswith("_")]  # e.g. _macros
        for name in [*TEMPLATES, *partials]:
            try:
                self.env.get_template(name)
            except jinja2.TemplateSyntaxError as error:
                raise RenderError(f"{self.templates / name}: line {error.lineno}: {error.message}") from None
            except jinja2.TemplateNotFound as error:
                raise RenderError(f"{self.templates}: no template {error.name} (a --templates folder needs "
                                  f"all of {', '.join(TEMPLATES)})") from None

    def page(self, template: str, served: str, file: str | None = None, meta: dict | None = None, **context) -> Page:
        rel = partial(_relative, served)
        try:
            body = self.env.get_template(template).render(here=served, rel=rel, home=rel("index.md"), **context)
        except jinja2.TemplateError as error:  # e.g. a --templates template using a name pages do not have
            raise RenderError(f"{self.templates / template}: {error} (rendering {served})") from None
        return Page(path=file or served, text=front_matter(meta or {"title": context.get("title", "")}) + body)

    def pages(self, template: str, first: str, items: list, size: int, path_of=tx.page_path, **context) -> list[Page]:
        """One list cut into pages of `size` items, each with a pager to all the others."""
        parts = tx.chunks(items, size)
        paths = [owned(path_of(first, k + 1)) for k in range(len(parts))]
        title = context.pop("title")
        return [self.page(template, path, title=title if k == 0 else f"{title} (trang {k + 1})", items=part,
                          pager=Pager(k + 1, paths), **context)
                for k, (path, part) in enumerate(zip(paths, parts))]


@dataclass(frozen=True)
class Pager:
    number: int  # 1-based
    paths: list[str]  # every page of the list, in order

    @property
    def first(self) -> bool:
        return self.number == 1


def _relative(served: str, target: str) -> str:
    """The link from page `served` to `target`, both paths inside the docs dir
    (posixpath.relpath does the same but asks the OS for the working folder)."""
    folder, _, name = target.rpartition("/")
    return _folder_link(served.rpartition("/")[0], folder) + name


@lru_cache(maxsize=4096)
def _folder_link(base: str, folder: str) -> str:
    """From folder `base` to folder `folder` ("" is the docs dir), with a trailing slash:
    a site has few folders, and its pages link to each other's tens of thousands of times."""
    here, there = _parts(base), _parts(folder)
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    return "../" * (len(here) - common) + "".join(part + "/" for part in there[common:])


def _parts(folder: str) -> list[str]:
    return folder.split("/") if folder else []


def _link_from(target: str, served: str) -> str:
    """The `rel` filter: `target | rel(here)` is the link to target from the page being rendered."""
    return _relative(served, target)


def _term_file(slug: str, section: str) -> str:
    """The `term_path` filter: `slug | term_path(section)`."""
    return tx.term_path(section, slug)


def office(rank: str | None, positions: list[str]) -> str:
    """Rank and offices as one line of text: "Đại tướng, Bộ trưởng"."""
    return md(", ".join(x for x in [rank, *positions] if x))


def owned(path: str) -> str:
    return f"{OWNED}/{path}"


def _report_file(report: Report) -> str:
    return owned(tx.report_path(report.slug))


def _month(iso: str | None) -> str:
    """The heading a dated report is listed under: Tháng mm/yyyy, or the year alone."""
    if not iso:
        return "Chưa rõ ngày"
    return f"Tháng {iso[5:7]}/{iso[:4]}" if len(iso) >= 7 else f"Năm {iso[:4]} (chưa rõ tháng)"


REVIEW_KINDS = [("skipped", "tep-bo-qua", "Tệp bị bỏ qua"), ("note", "tep-chuyen-doi", "Tệp được chuyển đổi khi đọc"),
                ("date", "ngay", "Ngày cần kiểm tra"),
                ("duplicate", "trung-lap", "Có thể trùng lặp"), ("official", "can-bo", "Cán bộ chưa có trong dữ liệu"),
                ("resolution", "nghi-quyet", "Nghị quyết chưa có trong dữ liệu"),
                ("override", "sua-doi", "Đã sửa theo tệp sửa đổi")]
REVIEW_PREVIEW = 30  # items of each kind shown on the review page itself; the rest on their own pages


TASK_SIZE = 100  # report pages or terms per task: small enough to share out evenly, big enough to be cheap


def render_site(site: Site, templates: Path, jobs: int = 0) -> list[Page]:
    """Every page of the site, ordered by path."""
    return sorted(render_pages(site, Renderer(templates), jobs), key=lambda p: p.path)


def render_pages(site: Site, renderer: Renderer, jobs: int = 0,
                 then: Callable[[Page], T] = lambda page: page) -> Iterator[T]:
    """then(page) for every page of the site, in no set order: as soon as each is
    ready, so the caller can write pages while the rest render. Pages are
    independent once the Site is linked, so on a large site they are rendered by
    forked workers that inherit the Site (nothing big is pickled on the way in)
    and call `then` themselves: with then=Output.place, they write their own pages."""
    renderer.load()  # before any fork: each worker would compile the templates again
    tasks = [partial(_each, then, task) for task in _tasks(renderer, site)]
    workers = pool_size(jobs, len(site.reports))
    if workers <= 1 or fork_context() is None:  # workers inherit the tasks: fork only
        for task in tasks:
            yield from task()
    else:
        yield from _render_in_workers(tasks, workers)


def _each(then: Callable[[Page], T], task: Callable[[], list[Page]]) -> list[T]:
    return [then(page) for page in task()]


def _tasks(r: Renderer, site: Site) -> list[Callable[[], list[Page]]]:
    """The site's pages as independent units of work, each returning a few pages."""
    from .feeds import feed_pages  # imported here: feeds builds on this module
    # The feeds are the longest single task: first, so no worker is left finishing them alone.
    tasks: list[Callable[[], list[Page]]] = [partial(feed_pages, site), partial(_front_pages, r, site)]
    events = {event.slug: event for event in site.events}
    year_pages = _pages_of([*site.years, site.undated])
    for batch in tx.chunks(site.reports, TASK_SIZE):
        tasks.append(partial(_reports, r, site, batch, events, year_pages))
    for year in [*site.years, site.undated]:
        tasks.append(partial(r.pages, "year.md.j2", year.path, year.citations, tx.PAGE_SIZE, title=year.name,
                             year=year))
    sections = [(site.officials, "official.md.j2", "officials.md.j2", tx.OFFICIALS, "Cán bộ"),
                (site.resolutions, "resolution.md.j2", "resolutions.md.j2", tx.RESOLUTIONS, "Nghị quyết"),
                (site.documents, "document.md.j2", "documents.md.j2", tx.DOCUMENTS, "Văn bản khác"),
                (site.events, "event.md.j2", "events.md.j2", tx.EVENTS, "Sự kiện")]
    for terms, one, index, section, title in sections:
        tasks.append(partial(r.pages, index, section, terms, tx.INDEX_PAGE_SIZE, path_of=tx.index_page_path,
                             title=title, total=len(terms)))
        for batch in tx.chunks(terms, TASK_SIZE):
            tasks.append(partial(_term_pages, r, one, batch))
    return tasks


def _front_pages(r: Renderer, site: Site) -> list[Page]:
    return [_home(r, site), _years_index(r, site), *_review(r, site)]


def _reports(r: Renderer, site: Site, reports: list[Report], events: dict, year_pages: dict) -> list[Page]:
    return [_report(r, site, report, events[report.event.slug], year_pages[report.source]) for report in reports]


def _term_pages(r: Renderer, template: str, terms: list) -> list[Page]:
    return [page for term in terms
            for page in r.pages(template, term.path, _in_time_order(term.citations), tx.PAGE_SIZE,
                                title=term.name, term=term)]


# The tasks of the render in progress. A forked worker inherits them with the linked Site,
# so a task is sent as its index alone.
_pending: list[Callable[[], list]] = []


def _run_task(index: int) -> list:
    return _pending[index]()


def _render_in_workers(tasks: list[Callable[[], list[T]]], workers: int) -> Iterator[T]:
    _pending[:] = tasks
    pool = ProcessPoolExecutor(workers, mp_context=fork_context())
    try:
        for done in as_completed([pool.submit(_run_task, index) for index in range(len(tasks))]):
            yield from done.result()
    finally:
        pool.shutdown(cancel_futures=True)  # the caller may stop early (a write error)
        _pending.clear()


def _in_time_order(citations: list) -> list:
    return sorted(citations, key=lambda c: (c.report.date.value is None, c.report.date.value or "", c.report.source))


def _pages_of(years: list[tx.YearTerm]) -> dict[str, str]:
    """Report source -> the page of its year's list that shows it."""
    return {c.report.source: owned(tx.page_path(year.path, k // tx.PAGE_SIZE + 1))
            for year in years for k, c in enumerate(year.citations)}


def _report(r: Renderer, site: Site, report: Report, event: tx.EventTerm, year_page: str) -> Page:
    previous, following = site.neighbours[report.source]
    path = owned(tx.report_path(report.slug))
    return r.page("report.md.j2", path, meta=report_meta(report), report=report, event=event, previous=previous,
                  following=following, year_page=year_page)


def _home(r: Renderer, site: Site) -> Page:
    latest = [x for x in site.reports if x.date.value][::-1][:LATEST_ON_HOME]
    return r.page("home.md.j2", "index.md", file=owned(tx.HOME), title="Bản tin Công an nhân dân", site=site,
                  latest=latest)


def _years_index(r: Renderer, site: Site) -> Page:
    return r.page("years.md.j2", owned(f"{tx.YEARS}/index.md"), title="Theo năm", site=site,
                  svg=timeline_svg(site))


def _review(r: Renderer, site: Site) -> list[Page]:
    """The review page shows the first items of each kind; every kind also has
    its own paginated list, so the page stays small however many items there are."""
    kinds = []
    pages = []
    for kind, folder, heading in REVIEW_KINDS:
        items = [item for item in site.review if item.kind == kind]
        first = f"{tx.REVIEW_DIR}/{folder}.md"
        more = len(items) > REVIEW_PREVIEW
        kinds.append((heading, items[:REVIEW_PREVIEW], len(items), owned(first) if more else None))
        if more:
            pages += r.pages("review_list.md.j2", first, items, tx.PAGE_SIZE, title=f"Cần rà soát: {heading}")
    pages.append(r.page("review.md.j2", owned(tx.REVIEW), title="Cần rà soát", kinds=kinds,
                        anything=bool(site.review)))
    return pages
