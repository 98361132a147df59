"""The one data model that flows through the pipeline.

read -> clean -> extract -> link -> render -> write: every stage takes and
returns these objects, so a stage can be tested with hand-made values.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month", "year", "unknown"]
Basis = Literal["explicit", "inferred", "event", "override", "unknown"]
EventType = Literal["hoi-nghi", "buoi-lam-viec", "hoi-thao", "le", "khac"]


class Note(str):
    """What reading did to a file that an editor should know (its encoding, bytes
    dropped): in English like the terminal's other messages, and in Vietnamese
    (`vi`) for the review page."""

    vi: str

    def __new__(cls, en: str, vi: str) -> Note:
        note = super().__new__(cls, en)
        note.vi = vi
        return note

    def __getnewargs__(self) -> tuple[str, str]:
        return str(self), self.vi


@dataclass
class SourceText:
    """A report file as read from disk: its name and decoded text."""

    name: str
    text: str
    encoding: str = "utf-8"
    warnings: list[Note] = field(default_factory=list)


@dataclass
class CleanText:
    """A report with page furniture removed and its parts recognised."""

    source: str
    headline: str | None
    dateline: str | None
    paragraphs: list[str]
    author: str | None
    captions: list[str] = field(default_factory=list)  # photo captions: not body, still evidence
    dropped: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def evidence(self) -> str:
        """All text the extractors may read: headline, dateline, body, captions."""
        parts = [self.headline or "", self.dateline or "", *self.paragraphs, *self.captions]
        return "\n".join(p for p in parts if p)


@dataclass
class DateInfo:
    value: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    precision: Precision = "unknown"
    basis: Basis = "unknown"
    evidence: str | None = None

    @property
    def year(self) -> int | None:
        return int(self.value[:4]) if self.value else None


@dataclass
class Official:
    name: str
    slug: str
    rank: str | None = None
    positions: list[str] = field(default_factory=list)
    known: bool = False  # found in the knowledge file


@dataclass
class Resolution:
    number: str
    issuer: str | None
    id: str | None  # canonical symbol, e.g. 57-NQ/TW, when known
    slug: str
    title: str | None = None
    as_written: str = ""
    sentence: str = ""  # the sentence of the report that cites it
    issued: str | None = None  # ISO date from the knowledge file
    known: bool = False


@dataclass
class Document:
    kind: str  # Đề án, Quyết định, Chỉ thị, Chương trình, Kế hoạch, Luật, Nghị định ...
    number: str | None
    title: str | None
    slug: str
    as_written: str = ""
    sentence: str = ""


@dataclass
class Event:
    name: str
    type: EventType
    slug: str
    ordinal: int | None = None
    form: str | None = None  # trực tiếp | trực tuyến | trực tiếp và trực tuyến
    provinces: list[str] = field(default_factory=list)


@dataclass
class Report:
    source: str
    slug: str
    title: str
    date: DateInfo
    event: Event
    officials: list[Official]
    resolutions: list[Resolution]
    documents: list[Document]
    author: str | None
    paragraphs: list[str]
    headline: str | None = None
    dateline: str | None = None
    notes: list[str] = field(default_factory=list)  # for the editors' review page
    figures: frozenset[str] | None = None  # counted things, for same-event linking; None: not counted yet

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.date.value or "", self.source)
