"""Editors' fixes: a YAML file, one entry per report file name, applied after
extraction and before linking (so links follow the fixed values).

    002_35a579631d0f381e.txt:
      date: "2025-10-27"            # YYYY-MM-DD, YYYY-MM or YYYY; null clears it
      date_evidence: "Thư mời hội nghị"
      title: "…"
      author: "…"
      event: {name: "…", type: hoi-nghi, slug: "…"}
      officials:
        rename: {"Lương Tam Quan": "Lương Tam Quang"}
        remove: ["Trần Xuân"]
      resolutions:
        remove: ["71/NQ-CP"]
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

FIELDS = {"date", "date_evidence", "title", "author", "event", "officials", "resolutions"}
EVENT_TYPES = {"hoi-nghi", "buoi-lam-viec", "hoi-thao", "le", "khac"}
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
    if date is not None and not _DATE.match(str(date)):
        raise OverrideError(f"{where}: date {date!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    event = fixes.get("event")
    if event is not None and (not isinstance(event, dict) or event.get("type", "khac") not in EVENT_TYPES):
        raise OverrideError(f"{where}: event must be a mapping with type one of {', '.join(sorted(EVENT_TYPES))}")


def apply_overrides(reports: list[Report], overrides: dict[str, dict]) -> tuple[list[Report], list[ReviewItem]]:
    by_source = {r.source: r for r in reports}
    applied = [ReviewItem("override", source, "tệp sửa đổi nhắc tới một bài không có trong thư mục đầu vào")
               for source in sorted(overrides) if source not in by_source]
    for source in sorted(set(overrides) & set(by_source)):
        fixes = overrides[source]
        _apply(by_source[source], fixes)
        applied.append(ReviewItem("override", source, "đã sửa: " + ", ".join(sorted(map(str, fixes)))))
    return reports, applied


def _apply(report: Report, fixes: dict) -> None:
    if "date" in fixes:
        value = None if fixes["date"] is None else str(fixes["date"])
        report.date = DateInfo(value, _PRECISION[len(value)] if value else "unknown", "override",
                               str(fixes.get("date_evidence") or "sửa bởi biên tập viên"))
    if fixes.get("title"):
        report.title = nfc(str(fixes["title"]))
    if "author" in fixes:
        report.author = nfc(str(fixes["author"])) if fixes["author"] else None
    if fixes.get("event"):
        event = {k: nfc(str(v)) for k, v in fixes["event"].items() if k in ("name", "type", "slug")}
        if "name" in event and "slug" not in event:
            event["slug"] = make_slug(event["name"])
        report.event = replace(report.event, **event)
    _fix_officials(report, fixes.get("officials") or {})
    removed = {identity(str(x)) for x in (fixes.get("resolutions") or {}).get("remove", [])}
    report.resolutions = [r for r in report.resolutions if identity(r.id or r.number) not in removed]


def _fix_officials(report: Report, fixes: dict) -> None:
    renames = {identity(str(k)): nfc(str(v)) for k, v in (fixes.get("rename") or {}).items()}
    removed = {identity(str(x)) for x in fixes.get("remove") or []}
    kept = []
    for official in report.officials:
        key = identity(official.name)
        if key in removed:
            continue
        if key in renames:
            official = replace(official, name=renames[key], slug=make_slug(renames[key]))
        kept.append(official)
    report.officials = kept

