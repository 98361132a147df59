"""Link stage: from independent reports to one cross-linked digest.

- every report gets a stable page slug;
- reports of the same event share one event slug, and an undated report takes
  the date of a dated report of the same event (basis 'event');
- officials, resolutions, documents, events and years become terms that list
  the reports citing them;
- each report learns its previous and next report in time.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import replace

from .model import DateInfo, Report
from .read import Skip
from .taxonomy import (DOCUMENTS, EVENTS, OFFICIALS, RESOLUTIONS, UNDATED, YEARS, Citation, DocumentTerm,
                       EventTerm, OfficialTerm, ResolutionTerm, ReviewItem, Site, YearTerm, report_path)
from .vietnamese import slug as make_slug
from .vietnamese import sort_key

# A count followed by what is counted ("20 tập thể", "25 cá nhân"): the figures
# two outlets copy from the same press release.
_FIGURE = re.compile(r"(?<![\d.,/])(\d{1,3}(?:[.,]\d{3})*)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)")
_COMMON_COUNTS = {"63", "1", "2", "3"}
_MAX_FEATURE_SHARE = 40  # a feature found in more reports than this says nothing about identity


def link(reports: list[Report], skips: list[Skip] = (), applied: list[ReviewItem] = ()) -> Site:
    reports = sorted(reports, key=lambda r: r.source)
    assign_slugs(reports)
    link_events(reports)
    ordered = sorted(reports, key=_time_key)
    return Site(
        reports=ordered,
        years=_years(ordered),
        undated=YearTerm(slug=UNDATED, name="Chưa rõ ngày", section=YEARS,
                         citations=[Citation(r) for r in ordered if not r.date.value]),
        officials=_officials(ordered),
        resolutions=_resolutions(ordered),
        documents=_documents(ordered),
        events=_events(ordered),
        review=_review(ordered, skips) + list(applied),
        neighbours=_neighbours(ordered),
    )


def _time_key(report: Report) -> tuple:
    return (0 if report.date.value else 1, report.date.value or "", report.source)


def assign_slugs(reports: list[Report]) -> None:
    """Title words for the reader, plus a short hash of the file name so that two
    reports with the same title and date still get distinct, stable slugs."""
    for report in reports:
        digest = hashlib.sha1(report.source.encode("utf-8")).hexdigest()[:6]
        report.slug = f"{make_slug(report.title, max_length=70)}-{digest}"


# -- events -------------------------------------------------------------------

def link_events(reports: list[Report]) -> None:
    groups = _event_groups(reports)
    for members in groups:
        if len(members) < 2:
            continue
        anchor = min(members, key=lambda r: (r.date.value is None, r.date.precision != "day", r.source))
        for report in members:
            report.event = replace(report.event, slug=anchor.event.slug)
            if not report.date.value and anchor.date.value:
                report.date = DateInfo(anchor.date.value, anchor.date.precision, "event",
                                       f"cùng sự kiện với {anchor.source} ({anchor.date.evidence or anchor.date.value})")
                report.notes.append(f"Ngày lấy từ bài cùng sự kiện: {anchor.source}")


def _event_groups(reports: list[Report]) -> list[list[Report]]:
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(reports):
        if _same_event(reports[i], reports[j]):
            parent[find(i)] = find(j)
    groups: dict[int, list[Report]] = defaultdict(list)
    for i, report in enumerate(reports):
        groups[find(i)].append(report)
    return [groups[k] for k in sorted(groups)]


def event_features(report: Report) -> set[str]:
    """What two reports of one event share: the figures they quote, the
    resolutions they cite, the officials they name, the day."""
    text = "\n".join(report.paragraphs)
    features = {f"n:{m.group(1)} {m.group(2).casefold()}" for m in _FIGURE.finditer(text)
                if m.group(1) not in _COMMON_COUNTS and not _is_year(m.group(1))}
    features |= {f"r:{r.slug}" for r in report.resolutions}
    features |= {f"o:{o.slug}" for o in report.officials}
    return features


def _is_year(number: str) -> bool:
    return number.isdigit() and 1900 <= int(number) <= 2100


def _candidate_pairs(reports: list[Report]) -> list[tuple[int, int]]:
    """Pairs sharing a distinctive feature or a day: far fewer than all pairs."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        keys = {f for f in event_features(report) if not f.startswith("o:")}
        if report.date.precision == "day":
            keys.add(f"d:{report.date.value}")
        for key in keys:
            index[key].append(i)
    pairs = set()
    for members in index.values():
        if len(members) <= _MAX_FEATURE_SHARE:
            pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1:])
    return sorted(pairs)


def _same_event(a: Report, b: Report) -> bool:
    if a.event.type != b.event.type:
        return False
    if a.date.value and b.date.value:
        if a.date.value != b.date.value:
            return False  # yearly meetings of the same name are different events
        shared = event_features(a) & event_features(b)
        return len({f for f in shared if not f.startswith("n:")}) >= 2
    shared = event_features(a) & event_features(b)
    figures = sum(f.startswith("n:") for f in shared)
    cited = sum(f.startswith("r:") for f in shared)
    return figures >= 2 and cited + figures >= 3


# -- terms ----------------------------------------------------------------------

def _years(reports: list[Report]) -> list[YearTerm]:
    by_year: dict[int, list[Citation]] = defaultdict(list)
    for report in reports:
        if report.date.year:
            by_year[report.date.year].append(Citation(report))
    return [YearTerm(slug=str(y), name=f"Năm {y}", section=YEARS, year=y, citations=by_year[y])
            for y in sorted(by_year, reverse=True)]


def _officials(reports: list[Report]) -> list[OfficialTerm]:
    terms: dict[str, OfficialTerm] = {}
    for report in reports:
        for official in report.officials:
            term = terms.setdefault(official.slug, OfficialTerm(slug=official.slug, name=official.name,
                                                                section=OFFICIALS, known=official.known))
            term.citations.append(Citation(report, rank=official.rank, positions=list(official.positions)))
    return sorted(terms.values(), key=lambda t: sort_key(t.name))


def _resolutions(reports: list[Report]) -> list[ResolutionTerm]:
    terms: dict[str, ResolutionTerm] = {}
    for report in reports:
        for res in report.resolutions:
            term = terms.setdefault(res.slug, ResolutionTerm(
                slug=res.slug, name=_resolution_name(res), section=RESOLUTIONS, id=res.id, number=res.number,
                issuer=res.issuer, issued=res.issued, title=res.title, known=res.known))
            term.issuer = term.issuer or res.issuer
            term.title = term.title or res.title
            term.citations.append(Citation(report, sentence=res.sentence or res.as_written))
    return sorted(terms.values(), key=lambda t: (sort_key(t.issuer or "~"), t.issued or "9999", _number_key(t.number)))


def _resolution_name(res) -> str:
    return f"Nghị quyết {res.id}" if res.id else f"Nghị quyết {res.number}" + (f" của {res.issuer}" if res.issuer else "")


def _number_key(number: str) -> tuple:
    return (0, int(number), "") if number.isdigit() else (1, 0, number)


def _documents(reports: list[Report]) -> list[DocumentTerm]:
    terms: dict[str, DocumentTerm] = {}
    for report in reports:
        for doc in report.documents:
            name = " ".join(x for x in (doc.kind, doc.number or "", f"“{doc.title}”" if doc.title and not doc.number else "") if x)
            term = terms.setdefault(doc.slug, DocumentTerm(slug=doc.slug, name=name, section=DOCUMENTS,
                                                           kind=doc.kind, number=doc.number, title=doc.title))
            term.citations.append(Citation(report, sentence=doc.sentence or doc.as_written))
    return sorted(terms.values(), key=lambda t: (sort_key(t.kind), sort_key(t.name)))


def _events(reports: list[Report]) -> list[EventTerm]:
    terms: dict[str, EventTerm] = {}
    for report in reports:
        term = terms.setdefault(report.event.slug, EventTerm(slug=report.event.slug, name=report.event.name,
                                                             section=EVENTS, type=report.event.type))
        term.citations.append(Citation(report))
        if report.date.value and (term.date is None or report.date.basis == "explicit"):
            term.date = report.date.value
    return sorted(terms.values(), key=lambda t: (t.date is None, "" if t.date is None else _desc(t.date), t.slug))


def _desc(iso: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in iso)  # newest first, as a plain string key


def _neighbours(reports: list[Report]) -> dict[str, tuple[Report | None, Report | None]]:
    return {r.source: (reports[i - 1] if i else None, reports[i + 1] if i + 1 < len(reports) else None)
            for i, r in enumerate(reports)}


def _review(reports: list[Report], skips) -> list[ReviewItem]:
    items = [ReviewItem("skipped", s.name, s.problem) for s in skips]
    for report in reports:
        page = report_path(report.slug)
        if report.date.basis in ("inferred", "unknown", "event"):
            note = {"inferred": "Năm được suy ra: ", "event": "Ngày lấy từ bài cùng sự kiện: ",
                    "unknown": "Không xác định được ngày"}[report.date.basis] + (report.date.evidence or "" if report.date.basis != "unknown" else "")
            items.append(ReviewItem("date", report.source, note, page))
        for official in report.officials:
            if not official.known:
                items.append(ReviewItem("official", report.source, f"Cán bộ chưa có trong dữ liệu: {official.name}", page))
        for res in report.resolutions:
            if not res.known:
                items.append(ReviewItem("resolution", report.source, f"Nghị quyết chưa có trong dữ liệu: {res.as_written or res.number}", page))
    items += _possible_duplicates(reports)
    return items


def _possible_duplicates(reports: list[Report]) -> list[ReviewItem]:
    by_event: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        by_event[report.event.slug].append(report)
    return [ReviewItem("duplicate", ", ".join(r.source for r in members),
                       f"{len(members)} bài về cùng một sự kiện: có thể trùng lặp", report_path(members[0].slug))
            for members in by_event.values() if len(members) > 1]
