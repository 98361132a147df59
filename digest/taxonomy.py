"""The browsable views of the digest: each taxonomy term is a small object
with its own slug and path (like Pelican's URLWrappers), built by the link stage
and read by the templates.

Long lists are split into pages of PAGE_SIZE entries with stable paths: the
first page is `<section>/<slug>.md`, the next ones `<section>/<slug>/trang-<k>.md`,
so no page grows with the number of reports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Report

REPORTS = "bao-cao"
YEARS = "nam"
RESOLUTIONS = "nghi-quyet"
DOCUMENTS = "van-ban"
OFFICIALS = "can-bo"
EVENTS = "su-kien"
HOME = "trang-chu.md"  # served as the site's home page through docs/index.md
REVIEW = "ra-soat.md"
REVIEW_DIR = "ra-soat"
UNDATED = "chua-ro-ngay"

PAGE_SIZE = 200  # report entries per list page: keeps every page far below 1 MB
INDEX_PAGE_SIZE = 300  # terms per index page
_RESERVED = re.compile(r"^(?:index|trang-\d+)$")  # paths the paginated index pages use


def report_path(slug: str) -> str:
    return f"{REPORTS}/{slug}.md"


def term_path(section: str, slug: str) -> str:
    """A term's first page; a slug that would collide with an index page is suffixed."""
    return f"{section}/{slug}-muc.md" if _RESERVED.match(slug) else f"{section}/{slug}.md"


def page_path(first: str, number: int) -> str:
    """Page `number` (1-based) of a list whose first page is `first`."""
    return first if number == 1 else f"{first[:-3]}/trang-{number}.md"


def index_page_path(section: str, number: int) -> str:
    return f"{section}/index.md" if number == 1 else f"{section}/trang-{number}.md"


def chunks(items: list, size: int) -> list[list]:
    """`items` cut into pages of `size`; an empty list is one empty page."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


@dataclass
class Citation:
    """One report's mention of a term, with the words that mention it."""

    report: Report
    sentence: str = ""
    rank: str | None = None
    positions: list[str] = field(default_factory=list)


@dataclass
class Term:
    slug: str
    name: str
    section: str
    citations: list[Citation] = field(default_factory=list)

    @property
    def path(self) -> str:
        return term_path(self.section, self.slug)

    @property
    def reports(self) -> list[Report]:
        return [c.report for c in self.citations]


@dataclass
class Stage:
    """A stretch of an official's career: the same rank and offices in consecutive dated reports."""

    rank: str | None
    positions: list[str]
    first: str  # ISO date of the first report of the stretch
    last: str
    count: int


@dataclass
class OfficialTerm(Term):
    known: bool = False

    @property
    def latest(self) -> Citation | None:
        """The most recent mention that gives a rank or an office."""
        return self._latest(lambda c: c.rank or c.positions)

    @property
    def current(self) -> tuple[str | None, list[str]]:
        """The latest known rank and the latest known offices, each from the most
        recent report that gives it ("Bộ trưởng Lương Tam Quang" gives no rank)."""
        with_rank, with_office = self._latest(lambda c: c.rank), self._latest(lambda c: c.positions)
        return (with_rank.rank if with_rank else None, list(with_office.positions) if with_office else [])

    def _latest(self, gives) -> Citation | None:
        described = [c for c in self.citations if gives(c)]
        dated = [c for c in described if c.report.date.value]
        if dated:
            return max(dated, key=lambda c: c.report.sort_key)
        return described[-1] if described else None

    @property
    def career(self) -> list[Stage]:
        """Rank and offices as reported at each dated report, consecutive equal ones
        merged. Too many stretches (outlets disagree often) fall back to one per year,
        so the line stays short however many reports cite the official."""
        dated = sorted((c for c in self.citations if c.report.date.value and (c.rank or c.positions)),
                       key=lambda c: c.report.sort_key)
        stages = _stretches(dated, lambda c: (c.rank, tuple(c.positions)))
        if len(stages) > MAX_STAGES:
            stages = _yearly(dated)
        return stages


MAX_STAGES = 24


def _stretches(citations: list[Citation], key) -> list[Stage]:
    stages: list[Stage] = []
    for c in citations:
        if stages and key(c) == (stages[-1].rank, tuple(stages[-1].positions)):
            stages[-1].last, stages[-1].count = c.report.date.value, stages[-1].count + 1
        else:
            stages.append(Stage(c.rank, list(c.positions), c.report.date.value, c.report.date.value, 1))
    return stages


def _yearly(citations: list[Citation]) -> list[Stage]:
    """One stage per year: the rank and offices reported most often that year (ties: the latest)."""
    stages = []
    for year in sorted({c.report.date.year for c in citations}):
        those = [c for c in citations if c.report.date.year == year]
        counts: dict[tuple, int] = {}
        for c in those:
            counts[(c.rank or "", tuple(c.positions))] = counts.get((c.rank or "", tuple(c.positions)), 0) + 1
        last_seen = {(c.rank or "", tuple(c.positions)): i for i, c in enumerate(those)}
        rank, positions = max(counts, key=lambda k: (counts[k], last_seen[k]))
        stages.append(Stage(rank or None, list(positions), those[0].report.date.value,
                            those[-1].report.date.value, len(those)))
    return stages


@dataclass
class ResolutionTerm(Term):
    id: str | None = None
    number: str = ""
    issuer: str | None = None
    issued: str | None = None
    title: str | None = None
    known: bool = False


@dataclass
class DocumentTerm(Term):
    kind: str = ""
    number: str | None = None
    title: str | None = None


@dataclass
class EventTerm(Term):
    type: str = "khac"
    date: str | None = None
    date_basis: str = "unknown"
    form: str | None = None
    ordinal: int | None = None
    provinces: list[str] = field(default_factory=list)


@dataclass
class YearTerm(Term):
    year: int | None = None


@dataclass
class ReviewItem:
    kind: str  # skipped | note | date | official | resolution | duplicate | override
    subject: str  # a report source, a file name or a term name
    note: str
    path: str | None = None  # page to link to, when there is one
    fields: tuple[str, ...] = ()  # for an override: the fields it set


@dataclass
class Site:
    reports: list[Report]
    years: list[YearTerm]
    undated: YearTerm
    officials: list[OfficialTerm]
    resolutions: list[ResolutionTerm]
    documents: list[DocumentTerm]
    events: list[EventTerm]
    review: list[ReviewItem]
    neighbours: dict[str, tuple[Report | None, Report | None]]  # source -> (previous, next) in time
