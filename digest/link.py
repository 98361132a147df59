"""Link stage: from independent reports to one cross-linked digest.

- every report gets a stable page slug;
- reports of the same event share one event slug, and a report with no date (or
  a coarser one) takes the date of a dated report of the same event (basis 'event');
- officials, resolutions, documents, events and years become terms that list
  the reports citing them;
- each report learns its previous and next report in time;
- what an editor should check becomes review items.

Same-event linking compares only candidate pairs found through blocking keys
(same type and day plus a word of the event's name; two shared figures), never
all pairs; a key shared by many reports yields a number of pairs linear in them.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from .extract.figures import counted_figures
from .model import DateInfo, Report
from .read import Skip
from .taxonomy import (DOCUMENTS, EVENTS, OFFICIALS, RESOLUTIONS, UNDATED, YEARS, Citation, DocumentTerm,
                       EventTerm, OfficialTerm, ResolutionTerm, ReviewItem, Site, YearTerm, report_path, term_path)
from .vietnamese import fold, identity
from .vietnamese import slug as make_slug
from .vietnamese import sort_key

_NAME_STOP = {"hoi", "nghi", "thao", "buoi", "lam", "viec", "le", "cong", "an", "nhan", "dan", "bo", "cua", "va",
              "ve", "trong", "tai", "cac", "voi", "lan", "thu", "nam", "so", "truc", "tuyen", "tiep", "toan",
              "quoc", "luc", "luong", "to", "chuc", "dong", "chi", "su", "kien", "co", "nhung", "de", "the", "duoc"}
_NAME_WORDS = 24  # an event name runs on into the sentence: only its head names the event
_SMALL_BLOCK = 40  # up to this many reports sharing a key, every pair of them is compared
_SAME_NAME = 0.6  # share of the shorter name's words two names of one event have in common


def link(reports: list[Report], skips: list[Skip] = (), applied: list[ReviewItem] = (),
         notes: dict[str, list[str]] | None = None) -> Site:
    """The linked site. `notes`: for a report's source, what reading did to the file
    (in Vietnamese), listed on the review page."""
    reports = sorted(reports, key=lambda r: r.source)
    assign_slugs(reports)
    pinned = {item.subject for item in applied if item.kind == "override" and "event" in item.fields}
    link_events(reports, pinned)
    ordered = sorted(reports, key=_time_key)
    officials = _officials(ordered)
    resolutions = _resolutions(ordered)
    return Site(
        reports=ordered,
        years=_years(ordered),
        undated=YearTerm(slug=UNDATED, name="Chưa rõ ngày", section=YEARS,
                         citations=[Citation(r) for r in ordered if not r.date.value]),
        officials=officials,
        resolutions=resolutions,
        documents=_documents(ordered),
        events=_events(ordered),
        review=_review(ordered, skips, officials, resolutions, notes or {}) + list(applied),
        neighbours=_neighbours(ordered),
    )


def _time_key(report: Report) -> tuple:
    return (0 if report.date.value else 1, report.date.value or "", report.source)


def assign_slugs(reports: list[Report]) -> None:
    """Title words for the reader, plus a short hash of the file name so that two
    reports with the same title and date still get distinct, stable slugs. Six hex
    digits tell two names apart but for one pair in 16 million: reports that would
    share a page take longer hashes instead, until every slug is its own."""
    titles = {r.source: make_slug(r.title, max_length=70) for r in reports}
    size = {r.source: 6 for r in reports}
    while True:
        by_slug: dict[str, list[Report]] = defaultdict(list)
        for report in reports:
            report.slug = f"{titles[report.source]}-{_short_hash(report.source, size[report.source])}"
            by_slug[report.slug].append(report)
        shared = [r for members in by_slug.values() if len(members) > 1 for r in members if size[r.source] < 40]
        if not shared:
            return  # (reports with the same file name, made by a caller, would share a page at any size)
        for report in shared:
            size[report.source] += 4


def _short_hash(text: str, size: int = 6) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


# -- events -------------------------------------------------------------------

@dataclass
class Facts:
    """What linking compares of one report."""

    type: str
    date: str | None
    words: set[str] = field(default_factory=set)  # distinctive words of the event's name
    figures: frozenset[str] = frozenset()
    cited: set[str] = field(default_factory=set)  # resolutions and documents
    people: set[str] = field(default_factory=set)


def facts_of(report: Report) -> Facts:
    return Facts(type=report.event.type, date=report.date.value, words=name_words(report.event.name),
                 figures=_figures(report), cited={f"r:{r.slug}" for r in report.resolutions}
                 | {f"d:{d.slug}" for d in report.documents}, people={o.slug for o in report.officials})


def _figures(report: Report) -> frozenset[str]:
    """Extraction workers count them; a report made elsewhere (tests) is counted here."""
    return report.figures if report.figures is not None else counted_figures(report.paragraphs)


def name_words(name: str) -> set[str]:
    return set(_name_words(name))


@lru_cache(maxsize=16384)
def _name_words(name: str) -> frozenset[str]:  # many reports of one event share its name
    words = re.findall(r"\w+", fold(name))[:_NAME_WORDS]
    return frozenset(w for w in words if w not in _NAME_STOP)


def _finer(a: str | None, b: str | None) -> str | None:
    return max((a, b), key=lambda d: len(d or ""))


def _compatible(a: str | None, b: str | None) -> bool:
    """Two dates that can be the same day: equal, or one is a coarser form of the other."""
    if not a or not b:
        return True
    short, long = sorted((a, b), key=len)
    return long.startswith(short)


def name_similarity(a: set[str], b: set[str]) -> float:
    if min(len(a), len(b)) < 2:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_event(a: Facts, b: Facts, people: tuple[set[str], set[str]] | None = None) -> bool:
    """Reports of one event: same type, dates that agree, and either the same
    name and people on the same day, or the same figures and documents.
    `people` replaces the two reports' own people (the groups' pooled ones)."""
    if a.type != b.type or not _compatible(a.date, b.date):
        return False
    shared_figures = len(a.figures & b.figures)
    if a.date and b.date and len(a.date) == len(b.date) == 10:
        similar = name_similarity(a.words, b.words) >= _SAME_NAME
        # two meetings of the same kind on one day (one per province) have different people
        ours, theirs = people or (a.people, b.people)
        people_agree = bool(ours & theirs) or not ours or not theirs
        return (similar and people_agree) or shared_figures >= 2
    return shared_figures >= 2 and (bool(a.cited & b.cited) or name_similarity(a.words, b.words) >= 0.5)


def link_events(reports: list[Report], pinned: set[str] = frozenset()) -> None:
    """Give reports of one event one slug; undated members take the event's date.
    Reports whose event an editor set (pinned) keep it and are not linked automatically."""
    free = [r for r in reports if r.source not in pinned]
    groups = event_groups(free)
    _name_events(groups)
    by_slug: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        by_slug[report.event.slug].append(report)
    for slug in sorted(by_slug):
        _share_date(by_slug[slug])


def event_groups(reports: list[Report]) -> list[list[Report]]:
    facts = [facts_of(r) for r in reports]
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Names and figures are compared report to report; the group's finest date
    # guards the join (a chain of undated reports cannot join two different days)
    # and its people are pooled (a minister chairs, another outlet names the prime minister).
    finest = [f.date for f in facts]
    people = [set(f.people) for f in facts]
    for i, j in candidate_pairs(facts):
        a, b = find(i), find(j)
        if a == b or not _compatible(finest[a], finest[b]):
            continue
        if same_event(facts[i], facts[j], (people[a], people[b])):
            a, b = min(a, b), max(a, b)
            parent[b] = a
            finest[a] = _finer(finest[a], finest[b])
            people[a] |= people[b]
    groups: dict[int, list[Report]] = defaultdict(list)
    for i, report in enumerate(reports):
        groups[find(i)].append(report)
    return [groups[k] for k in sorted(groups)]


def candidate_pairs(facts: list[Facts]) -> list[tuple[int, int]]:
    """Pairs sharing a blocking key: a day, a type and a word of the name; or two
    figures. A small block gives all its pairs; a large one (one event covered by
    hundreds of outlets, or a common word) only neighbours once sorted by name,
    and each member with the first: linear in the block, and equal names meet."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        keys = set()
        if f.date and len(f.date) == 10:
            keys |= {("day", f.type, f.date, w) for w in f.words}
        keys |= {("figures", a, b) for a, b in combinations(sorted(f.figures)[:12], 2)}
        for key in keys:
            blocks[key].append(i)
    pairs = set()
    for members in blocks.values():
        if len(members) <= _SMALL_BLOCK:
            pairs.update(combinations(members, 2))
        else:
            members = sorted(members, key=lambda i: (sorted(facts[i].words), i))
            pairs.update((min(a, b), max(a, b)) for a, b in zip(members, members[1:]))
            pairs.update((min(members[0], b), max(members[0], b)) for b in members[1:])
    return sorted(pairs)


def _name_events(groups: list[list[Report]]) -> None:
    """One readable slug per group: type and day when that is unique, else with
    the event's name, else with a hash of the group's first report."""
    anchors = [_anchor(members) for members in groups]
    slugs = [_short_event_slug(a) for a in anchors]
    for attempt in (_long_event_slug, lambda a: f"{_long_event_slug(a)}-{_short_hash(a.source)}"):
        counts = defaultdict(int)
        for slug in slugs:
            counts[slug] += 1
        slugs = [attempt(a) if counts[slug] > 1 else slug for a, slug in zip(anchors, slugs)]
    for members, slug in zip(groups, slugs):
        for report in members:
            report.event.slug = slug


def _short_event_slug(anchor: Report) -> str:
    if anchor.date.value:
        return f"{anchor.event.type}-{anchor.date.value}"  # both already slug-safe ASCII
    return make_slug(anchor.event.name, max_length=60)


@lru_cache(maxsize=16384)
def _long_event_slug_of(type_: str, date: str, name: str) -> str:
    named = make_slug(name, max_length=80)
    if named == type_ or named.startswith(type_ + "-"):  # "Buổi làm việc …": not "buoi-lam-viec-buoi-lam-viec"
        named = named[len(type_):]
    return make_slug(f"{type_} {date} {named}", max_length=70)


def _long_event_slug(anchor: Report) -> str:
    return _long_event_slug_of(anchor.event.type, anchor.date.value or "", anchor.event.name)




def _anchor(members: list[Report]) -> Report:
    """The member whose date is best: explicit before other bases, day before coarser, then by file name."""
    return min(members, key=lambda r: (r.date.value is None, r.date.basis not in ("explicit", "override"),
                                       -len(r.date.value or ""), r.source))


def _share_date(members: list[Report]) -> None:
    if len(members) < 2:
        return
    anchor = _anchor(members)
    if not anchor.date.value:
        return
    for report in members:
        if report.date.basis == "override":
            continue  # an editor's date, even an editor's "no date", stands
        if len(report.date.value or "") < len(anchor.date.value) and _compatible(report.date.value, anchor.date.value):
            evidence = f"cùng sự kiện với {anchor.source}: {anchor.date.evidence or anchor.date.value}"
            report.date = DateInfo(anchor.date.value, anchor.date.precision, "event", evidence)
            report.notes.append(f"Ngày lấy từ bài cùng sự kiện: {anchor.source}")


# -- terms ----------------------------------------------------------------------

def _years(reports: list[Report]) -> list[YearTerm]:
    by_year: dict[int, list[Citation]] = defaultdict(list)
    for report in reports:
        if report.date.year:
            by_year[report.date.year].append(Citation(report))
    return [YearTerm(slug=str(y), name=f"Năm {y}", section=YEARS, year=y, citations=by_year[y])
            for y in sorted(by_year, reverse=True)]


def _officials(reports: list[Report]) -> list[OfficialTerm]:
    terms: dict[tuple[str, str], OfficialTerm] = {}
    mentions: dict[tuple[str, str], list] = defaultdict(list)
    for report in reports:
        for official in report.officials:
            key = _person(official)
            term = terms.get(key)
            if term is None:  # not setdefault: that would build a term for each of ~6,000 citations
                term = terms[key] = OfficialTerm(slug=official.slug, name=official.name,
                                                 section=OFFICIALS, known=official.known)
            term.citations.append(Citation(report, rank=official.rank, positions=list(official.positions)))
            mentions[key].append(official)
    _own_slugs(list(terms.values()))
    for key, term in terms.items():
        for official in mentions[key]:
            official.slug = term.slug
    return sorted(terms.values(), key=lambda t: (sort_key(t.name), t.slug))


def _person(official) -> tuple[str, str]:
    """Who an official is: a known one by the knowledge file's slug (aliases included); any other
    by the name's identity, so "Lê Văn Tuyền" is not "Lê Văn Tuyến" though their ASCII slugs agree."""
    return official.slug, "" if official.known else identity(official.name)


def _own_slugs(terms: list[OfficialTerm]) -> None:
    """People whose names fold to one ASCII slug: the known one, else the first in Vietnamese
    order, keeps it; each other takes a hash of its name's identity, which no newcomer moves."""
    by_slug: dict[str, list[OfficialTerm]] = defaultdict(list)
    for term in terms:
        by_slug[term.slug].append(term)
    for same in by_slug.values():
        for term in sorted(same, key=lambda t: (not t.known, sort_key(t.name), t.name))[1:]:
            term.slug = f"{term.slug}-{_short_hash(identity(term.name))}"


def _resolutions(reports: list[Report]) -> list[ResolutionTerm]:
    terms: dict[str, ResolutionTerm] = {}
    for report in reports:
        for res in report.resolutions:
            term = terms.setdefault(res.slug, ResolutionTerm(
                slug=res.slug, name=_resolution_name(res), section=RESOLUTIONS, id=res.id, number=res.number,
                issuer=res.issuer, issued=res.issued, title=res.title, known=res.known))
            term.issuer = term.issuer or res.issuer
            term.title = term.title or res.title
            term.issued = term.issued or res.issued
            term.known = term.known or res.known
            term.citations.append(Citation(report, sentence=res.sentence or res.as_written))
    return sorted(terms.values(), key=lambda t: (t.issuer is None, sort_key(t.issuer or ""), t.issued or "9999",
                                                _number_key(t.number), t.slug))


def _resolution_name(res) -> str:
    if res.id:
        return f"Nghị quyết {res.id}"
    return f"Nghị quyết {res.number}" + (f" của {res.issuer}" if res.issuer else "")


def _number_key(number: str) -> tuple:
    return (0, int(number), "") if number.isdigit() else (1, 0, number)


def _documents(reports: list[Report]) -> list[DocumentTerm]:
    terms: dict[str, DocumentTerm] = {}
    for report in reports:
        for doc in report.documents:
            name = " ".join(x for x in (doc.kind, doc.number or "",
                                        f"“{doc.title}”" if doc.title and not doc.number else "") if x)
            term = terms.setdefault(doc.slug, DocumentTerm(slug=doc.slug, name=name, section=DOCUMENTS,
                                                           kind=doc.kind, number=doc.number, title=doc.title))
            term.title = term.title or doc.title
            term.citations.append(Citation(report, sentence=doc.sentence or doc.as_written))
    return sorted(terms.values(), key=lambda t: (sort_key(t.kind), _number_key(t.number or "~"), sort_key(t.name),
                                                t.slug))


def _events(reports: list[Report]) -> list[EventTerm]:
    members: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        members[report.event.slug].append(report)
    terms = [_event_term(slug, group) for slug, group in members.items()]
    return sorted(terms, key=lambda t: (t.date is None, _desc(t.date or ""), t.slug))


def _event_term(slug: str, members: list[Report]) -> EventTerm:
    anchor = _anchor(members)
    provinces = sorted({p for r in members for p in r.event.provinces}, key=sort_key)
    forms = sorted({r.event.form for r in members if r.event.form}, key=lambda f: (len(f), f))  # the fullest
    ordinals = sorted({r.event.ordinal for r in members if r.event.ordinal})
    return EventTerm(slug=slug, name=anchor.event.name, section=EVENTS, type=anchor.event.type,
                     date=anchor.date.value, date_basis=anchor.date.basis, form=forms[-1] if forms else None,
                     ordinal=ordinals[0] if len(ordinals) == 1 else None, provinces=provinces,
                     citations=[Citation(r) for r in members])


def _desc(iso: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in iso)  # newest first, as a plain string key


def _neighbours(reports: list[Report]) -> dict[str, tuple[Report | None, Report | None]]:
    return {r.source: (reports[i - 1] if i else None, reports[i + 1] if i + 1 < len(reports) else None)
            for i, r in enumerate(reports)}


# -- review ---------------------------------------------------------------------

_DATE_NOTES = {"inferred": "Năm được suy ra: ", "event": "Ngày lấy từ bài cùng sự kiện: "}


def _review(reports: list[Report], skips, officials: list[OfficialTerm],
            resolutions: list[ResolutionTerm], notes: dict[str, list[str]]) -> list[ReviewItem]:
    """What an editor should check. Unknown officials and resolutions are listed
    once per person or resolution (with their page), not once per report."""
    items = [ReviewItem("skipped", s.name, s.problem) for s in sorted(skips, key=lambda s: s.name)]
    items += [ReviewItem("note", r.source, "; ".join(notes[r.source]), report_path(r.slug))
              for r in sorted(reports, key=lambda r: r.source) if notes.get(r.source)]
    for report in reports:
        basis = report.date.basis
        if basis in _DATE_NOTES:
            items.append(ReviewItem("date", report.source, _DATE_NOTES[basis] + (report.date.evidence or ""),
                                    report_path(report.slug)))
        elif basis == "unknown":
            written = f" (bài ghi: {report.date.evidence})" if report.date.evidence else ""  # "Chiều 10/10", "31/12/9999"
            items.append(ReviewItem("date", report.source, "Không xác định được ngày" + written, report_path(report.slug)))
    items += [ReviewItem("official", t.name, f"chưa có trong dữ liệu cán bộ; {len(t.citations)} bài",
                         term_path(OFFICIALS, t.slug)) for t in officials if not t.known]
    items += [ReviewItem("resolution", t.name, f"chưa có trong dữ liệu nghị quyết; {len(t.citations)} bài",
                         term_path(RESOLUTIONS, t.slug)) for t in resolutions if not t.known]
    return items + possible_duplicates(reports)


def possible_duplicates(reports: list[Report]) -> list[ReviewItem]:
    """Reports whose text is the same once case and spacing are set aside: the
    same article filed twice, not two outlets covering one event. Only reports
    whose first and last paragraphs agree are compared in full."""
    by_ends: dict[tuple, list[Report]] = defaultdict(list)
    for report in reports:
        if report.paragraphs:
            ends = (len(report.paragraphs), _normal(report.paragraphs[0]), _normal(report.paragraphs[-1]))
            by_ends[ends].append(report)
    by_text: dict[str, list[Report]] = defaultdict(list)
    for members in by_ends.values():
        if len(members) > 1:
            for report in members:
                by_text[_normal("\n".join(report.paragraphs))].append(report)
    groups = sorted((sorted(g, key=lambda r: r.source) for g in by_text.values() if len(g) > 1),
                    key=lambda g: g[0].source)
    return [ReviewItem("duplicate", ", ".join(r.source for r in group),
                       f"{len(group)} bài có cùng nội dung: có thể trùng lặp", report_path(group[0].slug))
            for group in groups]


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()
