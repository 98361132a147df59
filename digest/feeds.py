"""What readers and programs take away besides the pages: an Atom feed of the
newest reports and the whole catalogue as open data (reports.json, reports.csv).

They are rendered with the pages (render_site) and written with them into
ban-tin/, from where MkDocs copies them as they are. They are deterministic:
no build time anywhere; the feed's <updated> is the newest report's date.
Links are relative to the file (feed readers resolve them against the feed's
address), so the same files work on any host and in the offline bundle's folder.
"""
from __future__ import annotations

import csv
import io
import json
import uuid
import xml.etree.ElementTree as ET

from . import taxonomy as tx
from .model import Report
from .render import OWNED, Page, report_meta
from .taxonomy import Site

FEED = "feed.xml"
JSON = "reports.json"
CSV = "reports.csv"
FEED_SIZE = 50  # newest dated reports in the feed; the catalogue files hold all
SITE_TITLE = "Bản tin Công an nhân dân"
TIMEZONE = "+07:00"  # reports give Vietnamese local dates
ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "cand-digest")  # stable ids without a host name
CSV_COLUMNS = ["url", "source", "title", "date", "date_precision", "date_basis", "date_evidence",
               "event_name", "event_type", "event_slug", "event_ordinal", "event_form", "event_provinces",
               "officials", "resolutions", "documents", "author"]


def feed_pages(site: Site) -> list[Page]:
    return [Page(f"{OWNED}/{FEED}", atom_feed(site.reports)),
            Page(f"{OWNED}/{JSON}", reports_json(site.reports)),
            Page(f"{OWNED}/{CSV}", reports_csv(site.reports))]


def report_url(report: Report) -> str:
    """The report page's address relative to ban-tin/ (MkDocs directory URLs)."""
    return tx.report_path(report.slug).removesuffix(".md") + "/"


def atom_timestamp(iso: str) -> str:
    """A report date (YYYY-MM-DD, YYYY-MM or YYYY) as an Atom date-time: its first day."""
    year, month, day = (iso.split("-") + ["01", "01"])[:3]
    return f"{year}-{month}-{day}T00:00:00{TIMEZONE}"


def atom_feed(reports: list[Report]) -> str:
    newest = sorted((r for r in reports if r.date.value), key=lambda r: r.sort_key, reverse=True)[:FEED_SIZE]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: "vi"})
    _add(feed, "title", SITE_TITLE)
    _add(feed, "subtitle", "Các bài mới nhất về Bộ Công an và lực lượng Công an nhân dân")
    _add(feed, "id", f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, 'feed')}")
    _add(feed, "updated", atom_timestamp(newest[0].date.value) if newest else "1970-01-01T00:00:00Z")
    _add(feed, "link", rel="self", type="application/atom+xml", href=FEED)
    _add(feed, "link", rel="alternate", type="text/html", href="../")
    _add(_add(feed, "author"), "name", SITE_TITLE)
    for report in newest:
        entry = _add(feed, "entry")
        _add(entry, "title", report.title)
        _add(entry, "id", f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, report.source)}")
        _add(entry, "link", rel="alternate", type="text/html", href=report_url(report))
        _add(entry, "updated", atom_timestamp(report.date.value))
        if report.author:
            _add(_add(entry, "author"), "name", report.author)
        _add(entry, "category", term=report.event.slug, label=report.event.name)
        if report.paragraphs:
            _add(entry, "summary", report.paragraphs[0])
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = text
    return element


def catalogue(reports: list[Report]) -> list[dict]:
    """Every report's front-matter fields (the report-page contract) and its address."""
    return [{"url": f"{OWNED}/{report_url(r)}", **report_meta(r)} for r in reports]


def reports_json(reports: list[Report]) -> str:
    return indented_json(catalogue(reports)) + "\n"


class _NotPlain(Exception):
    """A value indented_json leaves to json.dumps."""


def indented_json(value: object) -> str:
    """json.dumps(value, ensure_ascii=False, indent=1), twice as fast for trees of dicts,
    lists, strings, ints, bools and None: with an indent the json module falls back to
    its pure-Python encoder, which goes through a generator for every value."""
    parts: list[str] = []
    try:
        _json(value, "\n", parts)
    except _NotPlain:
        return json.dumps(value, ensure_ascii=False, indent=1)
    return "".join(parts)


_JSON_STRING = json.encoder.encode_basestring  # the C function json.dumps uses for ensure_ascii=False
_JSON_WORDS = {"None": "null", "True": "true", "False": "false"}


def _json(value: object, newline: str, parts: list[str]) -> None:
    kind = type(value)
    if kind is str:
        parts.append(_JSON_STRING(value))
    elif value is None or kind is bool:
        parts.append(_JSON_WORDS[str(value)])
    elif kind is int:
        parts.append(int.__repr__(value))
    elif kind is dict and value:
        inner, opening = newline + " ", "{"
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain  # json.dumps turns other keys into strings its own way
            parts += (opening, inner, _JSON_STRING(key), ": ")
            _json(item, inner, parts)
            opening = ","
        parts += (newline, "}")
    elif kind is list and value:
        inner, opening = newline + " ", "["
        for item in value:
            parts += (opening, inner)
            _json(item, inner, parts)
            opening = ","
        parts += (newline, "]")
    elif kind in (dict, list):
        parts.append("{}" if kind is dict else "[]")
    else:
        raise _NotPlain


def reports_csv(reports: list[Report]) -> str:
    """One row a report; lists joined with "; ". Starts with a byte-order mark,
    which spreadsheet programs need to read Vietnamese UTF-8 correctly."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in catalogue(reports):
        event = row.pop("event")
        writer.writerow({key: _inert(value) for key, value in {
            **row,
            "event_name": event["name"], "event_type": event["type"], "event_slug": event["slug"],
            "event_ordinal": event["ordinal"], "event_form": event["form"],
            "event_provinces": "; ".join(event["provinces"]),
            "officials": "; ".join(o["name"] for o in row["officials"]),
            "resolutions": "; ".join(x["id"] or x["number"] for x in row["resolutions"]),
            "documents": "; ".join(" ".join(filter(None, [d["kind"], d["number"]])) for d in row["documents"]),
        }.items()})
    return "\ufeff" + out.getvalue()


def _inert(value: object) -> object:
    """A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
    gets a leading apostrophe, the usual defence against CSV formula injection."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
