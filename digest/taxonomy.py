"""The browsable views of the digest: each taxonomy term is a small object
with its own slug and path (like Pelican's URLWrappers), built by the link stage
and read by the templates."""
from __future__ import annotations

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
UNDATED = "chua-ro-ngay"


def report_path(slug: str) -> str:
    return f"{REPORTS}/{slug}.md"


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
        return f"{self.section}/{self.slug}.md"

    @property
    def reports(self) -> list[Report]:
        return [c.report for c in self.citations]


@dataclass
class OfficialTerm(Term):
    known: bool = False

    @property
    def latest(self) -> Citation | None:
        """The most recent dated mention, which gives the rank and office shown in lists."""
        dated = [c for c in self.citations if c.report.date.value]
        return max(dated, key=lambda c: c.report.sort_key) if dated else (self.citations[-1] if self.citations else None)


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


@dataclass
class YearTerm(Term):
    year: int | None = None


@dataclass
class ReviewItem:
    kind: str  # date | official | resolution | duplicate | skipped | override
    subject: str  # a report source, a file name or a term name
    note: str
    path: str | None = None  # page to link to, when there is one


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
