"""Extract stage: one CleanText in, one Report out.

Each extractor is a rule set in its own module (dates, officials, resolutions,
documents, events, figures); this module only wires them together.
"""
from __future__ import annotations

import datetime as dt

from ..knowledge import Knowledge
from ..model import CleanText, Report
from .dates import dmy, find_lead_date
from .documents import documents_issued, extract_documents
from .events import event_slug, extract_event_from
from .figures import counted_figures
from .officials import extract_officials
from .resolutions import extract_resolutions
from .years import event_date_from

__all__ = ["extract_report"]


def extract_report(text: CleanText, kb: Knowledge, today: dt.date | None = None) -> Report:
    evidence = text.evidence
    officials = extract_officials(evidence, kb)
    resolutions = extract_resolutions(evidence, kb)
    documents = extract_documents(evidence, kb)
    lead = find_lead_date(text)
    date, notes = event_date_from(lead, text, kb, officials, resolutions, documents_issued(documents, kb), today)
    event = extract_event_from(lead, text, kb)
    event.slug = event_slug(event, date.value)
    unknown = [o.name for o in officials if not o.known]
    if unknown:
        notes.append("Cán bộ chưa có trong dữ liệu: " + ", ".join(unknown))
    return Report(source=text.source, slug="", title=_title(text, event.name, date.value), date=date, event=event,
                  officials=officials, resolutions=resolutions, documents=documents, author=text.author,
                  paragraphs=list(text.paragraphs), headline=text.headline, dateline=text.dateline, notes=notes,
                  figures=counted_figures(text.paragraphs))


def _title(text: CleanText, event_name: str, date_value: str | None) -> str:
    if text.headline:
        return text.headline
    if date_value and len(date_value) == 10:
        return f"{event_name} ({dmy(dt.date.fromisoformat(date_value))})"
    return event_name
