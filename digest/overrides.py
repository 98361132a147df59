"""Editors' fixes: a YAML file, one entry per report file name, applied after
extraction and before linking (so links follow the fixed values).

    002_35a579631d0f381e.txt:
      date: "2025-10-27"            # YYYY-MM-DD, YYYY-MM or YYYY; null clears it
      date_evidence: "Thư mời hội nghị"
      title: "…"
      author: "…"                   # null clears it
      event: {name: "…", type: hoi-nghi, slug: "…"}   # a slug set here is kept: same slug = same event
      officials:
        rename: {"Lương Tam Quan": "Lương Tam Quang"}
        remove: ["Trần Xuân"]
        set: {"Lương Tam Quang": {rank: "Đại tướng", positions: ["Bộ trưởng Bộ Công an"]}}
      resolutions:
        remove: ["71/NQ-CP"]        # the symbol, or the number as the page shows it
      documents:
        remove: ["Đề án 06"]        # kind and number (or title) as the page shows them

A mistake in the file (unknown field, bad date, wrong shape) stops the build
with one line naming the file, the report and the field.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import yaml

from .model import DateInfo, Report
from .taxonomy import ReviewItem
from .vietnamese import identity, nfc
from .vietnamese import slug as make_slug

FIELDS = {"date", "date_evidence", "title", "author", "event", "officials", "resolutions", "documents"}
EVENT_FIELDS = {"name", "type", "slug", "ordinal", "form", "provinces"}
EVENT_TYPES = {"hoi-nghi", "buoi-lam-viec", "hoi-thao", "le", "khac"}
LIST_FIXES = {"officials": {"rename", "remove", "set"}, "resolutions": {"remove"}, "documents": {"remove"}}
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_PRECISION = {4: "year", 7: "month", 10: "day"}


class OverrideError(Exception):
    pass


def load_overrides(path: Path | None) -> dict[str, dict]:
    if path is None:
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as error:
        raise OverrideError(f"{path}: cannot be read ({error.strerror})") from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise OverrideError(f"{path}: not valid YAML ({_first_line(error)})") from None
    if not isinstance(data, dict):
        raise OverrideError(f"{path}: must map report file names to fixes")
    for source, fixes in data.items():
        _validate(path, str(source), fixes)
    return {nfc(str(k)): v for k, v in data.items()}


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0]


def _validate(path: Path, source: str, fixes: object) -> None:
    where = f"{path}: {source}"
    if not isinstance(fixes, dict):
        raise OverrideError(f"{where}: expected a mapping of fields, got {type(fixes).__name__}")
    unknown = sorted(set(map(str, fixes)) - FIELDS)
    if unknown:
        raise OverrideError(f"{where}: unknown field {unknown[0]!r} (known: {', '.join(sorted(FIELDS))})")
    date = fixes.get("date")
    if date is not None and not (_DATE.match(str(date)) and _real_date(str(date))):
        raise OverrideError(f"{where}: date {date!r} is not a date written YYYY-MM-DD, YYYY-MM or YYYY (in quotes)")
    _validate_event(where, fixes.get("event"))
    for name, allowed in LIST_FIXES.items():
        _validate_list_fix(f"{where}: {name}", fixes.get(name), allowed)


def _real_date(value: str) -> bool:
    parts = [int(p) for p in value.split("-")]
    return (len(parts) < 2 or 1 <= parts[1] <= 12) and (len(parts) < 3 or 1 <= parts[2] <= 31)


def _validate_event(where: str, event: object) -> None:
    if event is None:
        return
    if not isinstance(event, dict) or set(map(str, event)) - EVENT_FIELDS:
        raise OverrideError(f"{where}: event must be a mapping of {', '.join(sorted(EVENT_FIELDS))}")
    if event.get("type", "khac") not in EVENT_TYPES:
        raise OverrideError(f"{where}: event type must be one of {', '.join(sorted(EVENT_TYPES))}")
    if "slug" in event and make_slug(str(event["slug"])) != str(event["slug"]):
        raise OverrideError(f"{where}: event slug {event['slug']!r} must be lower-case ASCII words joined by '-'")


def _validate_list_fix(where: str, fix: object, allowed: set[str]) -> None:
    if fix is None:
        return
    if not isinstance(fix, dict) or set(map(str, fix)) - allowed:
        raise OverrideError(f"{where}: expected a mapping with {', '.join(sorted(allowed))}")
    if not isinstance(fix.get("remove", []), list):
        raise OverrideError(f"{where}: remove must be a list")
    for key in ("rename", "set"):
        if not isinstance(fix.get(key, {}), dict):
            raise OverrideError(f"{where}: {key} must be a mapping of names")
    for name, value in (fix.get("set") or {}).items():
        if not isinstance(value, dict) or set(map(str, value)) - {"rank", "positions"}:
            raise OverrideError(f"{where}: set {name!r} must be a mapping with rank and/or positions")


def apply_overrides(reports: list[Report], overrides: dict[str, dict]) -> tuple[list[Report], list[ReviewItem]]:
    """Apply each entry to its report; the returned review items record what was
    changed (and entries that name no report, most likely a typo)."""
    by_source = {r.source: r for r in reports}
    applied = [ReviewItem("override", source, "tệp sửa đổi nhắc tới một bài không có trong thư mục đầu vào")
               for source in sorted(overrides) if source not in by_source]
    for source in sorted(set(overrides) & set(by_source)):
        fixes = overrides[source]
        _apply(by_source[source], fixes)
        fields = tuple(sorted(map(str, fixes)))
        applied.append(ReviewItem("override", source, "đã sửa: " + ", ".join(fields), fields=fields))
    return reports, applied


def _apply(report: Report, fixes: dict) -> None:
    if "date" in fixes:
        value = None if fixes["date"] is None else str(fixes["date"])
        report.date = DateInfo(value, _PRECISION[len(value)] if value else "unknown", "override",
                               str(fixes.get("date_evidence") or "sửa bởi biên tập viên"))
    elif fixes.get("date_evidence"):
        report.date = replace(report.date, evidence=nfc(str(fixes["date_evidence"])), basis="override")
    if fixes.get("title"):
        report.title = nfc(str(fixes["title"]))
    if "author" in fixes:
        report.author = nfc(str(fixes["author"])) if fixes["author"] else None
    if fixes.get("event"):
        report.event = replace(report.event, **_event_fix(fixes["event"], report.event.slug))
    _fix_officials(report, fixes.get("officials") or {})
    removed = {identity(str(x)) for x in (fixes.get("resolutions") or {}).get("remove", [])}
    report.resolutions = [r for r in report.resolutions
                          if not {identity(r.id or ""), identity(r.number), identity(r.slug)} & removed]
    removed = {identity(str(x)) for x in (fixes.get("documents") or {}).get("remove", [])}
    report.documents = [d for d in report.documents
                        if not {identity(f"{d.kind} {d.number or d.title or ''}"), identity(d.slug)} & removed]


def _event_fix(fix: dict, current_slug: str) -> dict:
    event = {k: nfc(str(v)) for k, v in fix.items() if k in ("name", "type", "slug", "form") and v is not None}
    if "ordinal" in fix:
        event["ordinal"] = int(fix["ordinal"]) if fix["ordinal"] is not None else None
    if "provinces" in fix:
        event["provinces"] = [nfc(str(p)) for p in fix["provinces"] or []]
    if "slug" not in event:
        # the editor took this report's event in hand: it keeps a slug of its own
        event["slug"] = make_slug(event.get("name") or current_slug)
    return event


def _fix_officials(report: Report, fixes: dict) -> None:
    renames = {identity(str(k)): nfc(str(v)) for k, v in (fixes.get("rename") or {}).items()}
    removed = {identity(str(x)) for x in fixes.get("remove") or []}
    settings = {identity(str(k)): v for k, v in (fixes.get("set") or {}).items()}
    kept = []
    for official in report.officials:
        key = identity(official.name)
        if key in removed:
            continue
        if key in renames:
            official = replace(official, name=renames[key], slug=make_slug(renames[key]))
            key = identity(official.name)
        if key in settings:
            values = settings[key]
            official = replace(official, rank=nfc(str(values["rank"])) if values.get("rank") else official.rank,
                               positions=[nfc(str(p)) for p in values.get("positions", official.positions)])
        kept.append(official)
    report.officials = kept
