"""The main event: what the lead sentence says was held (Hội nghị, Hội thảo, Lễ,
buổi làm việc), its ordinal, its form and the provinces of its linked sites."""
from __future__ import annotations

import re

from ..knowledge import Knowledge
from ..model import CleanText, Event
from ..vietnamese import fold, slug
from .dates import find_lead_date, ordinal_in, sentences

# The event nouns, and the page type each one means.
_NOUN = re.compile(r"\b(Hội nghị|Hội thảo|Tọa đàm|Toạ đàm|Diễn đàn|Lễ|Buổi làm việc|Buổi lễ|Cuộc họp|Phiên họp|"
                   r"Đại hội|Chương trình|Hội thi|Giải)\b", re.I)
_TYPES = {"hoi nghi": "hoi-nghi", "cuoc hop": "hoi-nghi", "phien hop": "hoi-nghi", "dai hoi": "hoi-nghi",
          "hoi thao": "hoi-thao", "toa dam": "hoi-thao", "dien dan": "hoi-thao", "le": "le", "buoi le": "le",
          "buoi lam viec": "buoi-lam-viec"}
_LABELS = {"hoi-nghi": "Hội nghị", "hoi-thao": "Hội thảo", "le": "Lễ", "buoi-lam-viec": "Buổi làm việc",
           "khac": "Sự kiện"}
_VISIT = re.compile(r"\b(?:làm việc|thăm và làm việc|đến thăm|tiếp|hội đàm|kiểm tra)\b", re.I)
_NAME_END = re.compile(r"[.;]\s|\.$|;|,\s+(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|đồng chí|Đồng chí|"
                       r"với sự tham dự|dưới sự chủ trì|có sự tham dự|do)\b")
_SITE = re.compile(r"điểm cầu\s+(?:Công an\s+)?(?:tỉnh|thành phố|TP\.?)?\s*", re.I)


def extract_event(text: CleanText, kb: Knowledge) -> Event:
    lead = _lead_sentence(text)
    match = _NOUN.search(lead) if lead else None
    if match is None and text.headline:
        lead, match = text.headline, _NOUN.search(text.headline)
    if match is None:
        kind = "buoi-lam-viec" if lead and _VISIT.search(lead) else "khac"
        name = _LABELS[kind]
    else:
        kind = _TYPES.get(fold(match.group(1)), "khac")
        name = _name_from(lead, match.start())
    return Event(name=name, type=kind, slug="", ordinal=ordinal_in(name) if match else None,  # type: ignore[arg-type]
                 form=_form(text.evidence), provinces=_provinces(text.evidence, kb))


def event_slug(event: Event, date_value: str | None) -> str:
    """Same type and same day: the same event across reports; undated events use their name."""
    if date_value:
        return slug(f"{_LABELS.get(event.type, 'Sự kiện')} {date_value}")
    return slug(event.name, max_length=60)


def _lead_sentence(text: CleanText) -> str | None:
    lead = find_lead_date(text)
    if lead:
        return lead.sentence
    for paragraph in text.paragraphs[:3]:
        for _, sentence in sentences(paragraph)[:2]:
            if _NOUN.search(sentence) or _VISIT.search(sentence):
                return sentence
    return None


def _name_from(sentence: str, start: int) -> str:
    rest = sentence[start:]
    end = _NAME_END.search(rest)
    name = rest[:end.start()] if end else rest
    words = name.split()
    name = " ".join(words[:40]).strip(" ,.")
    return name[0].upper() + name[1:] if name else name


def _form(evidence: str) -> str | None:
    folded = fold(evidence[:3000])
    online = "truc tuyen" in folded or "dien cau" in folded or "diem cau" in folded
    direct = re.search(r"\btruc tiep\b(?! (?:chi dao|tham gia|giai dap|lam viec|thuc hien))", folded)
    if online and direct and re.search(r"hinh thuc truc tiep|truc tiep (?:tai|tu|ket hop)|truc tiep va truc tuyen", folded):
        return "trực tiếp và trực tuyến"
    if online:
        return "trực tuyến"
    return "trực tiếp" if direct and "hinh thuc truc tiep" in folded else None


def _provinces(evidence: str, kb: Knowledge) -> list[str]:
    found: list[str] = []
    for match in _SITE.finditer(evidence):
        rest = fold(evidence[match.end():match.end() + 40])
        for province in sorted(kb.provinces, key=len, reverse=True):
            if rest.startswith(fold(province)) and province not in found:
                found.append(province)
                break
    return found
