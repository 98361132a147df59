"""The main event: what the lead sentence says was held (Hội nghị, Hội thảo, Lễ,
buổi làm việc), its ordinal, its form and the provinces of its linked sites."""
from __future__ import annotations

import re

from ..knowledge import Knowledge, fold_text
from ..model import CleanText, Event
from ..vietnamese import identity, slug
from .dates import LeadDate, find_lead_date, ordinal_in, sentences
from .fastre import first_letter, word_start

# The event nouns, and the page type each one means.
# "tại Phòng Hội thảo 1", "Trung tâm Hội nghị Quốc gia": a room or a building, not the event
_NOUN = re.compile(r"\b(?<!Phòng )(?<!Trung tâm )(?<!Nhà )(?<!Cung )(Hội nghị|Hội thảo|Tọa đàm|Toạ đàm|Diễn đàn|Lễ|Buổi làm việc|Buổi lễ|Cuộc họp|Phiên họp|"
                   r"Đại hội|Chương trình|Hội thi|Hội thao|Cuộc thi|Giải|Lớp tập huấn|Lớp bồi dưỡng|Lớp học)\b", re.I)
# Keyed by identity, not by folded text: "Hội thao" (a sports meet) is no "Hội thảo".
_TYPES = {"hội nghị": "hoi-nghi", "cuộc họp": "hoi-nghi", "phiên họp": "hoi-nghi", "đại hội": "hoi-nghi",
          "hội thảo": "hoi-thao", "tọa đàm": "hoi-thao", "diễn đàn": "hoi-thao", "lễ": "le", "buổi lễ": "le",
          "buổi làm việc": "buoi-lam-viec"}
_LABELS = {"hoi-nghi": "Hội nghị", "hoi-thao": "Hội thảo", "le": "Lễ", "buoi-lam-viec": "Buổi làm việc",
           "khac": "Sự kiện"}
_VISIT = re.compile(r"\b(?:làm việc|thăm và làm việc|đến thăm|đến chào|chào xã giao|(?<!trực )tiếp(?! (?:tục|theo|cận|nhận|thu)\b)|hội đàm|"
                    r"kiểm tra)\b", re.I)
# Where an event's name ends: the clause ends, a new subject or the guest list begins.
_NAME_END = re.compile(r"[.;:]\s|\.$|[;:]|\s(?:có các|có sự|với sự|dưới sự)\s|\scó\s+(?=[A-ZÀ-ỸĐ])|"
                       r",?\s(?:vào\s+)?(?:sáng|chiều|trưa|tối)\s+(?:nay|qua|(?:ngày\s+)?\d)|"  # "Buổi lễ vào chiều ngày 31/1"
                       r"\s(?:diễn ra|được tổ chức|đã|đang|sẽ)\s|,\s+(?:[A-ZÀ-ỸĐ]|đồng chí|do|với|dưới|có|tại|lãnh đạo|các|đại diện)")
_AT_START = re.compile(r"^(?:Tại|Trong|Sau|Qua|Dự|Tham dự|Kết thúc|Phát biểu tại|Phát biểu chỉ đạo tại)\s", re.I)
_SITE = re.compile(rf"(?:{first_letter(['điểm cầu'], ignore_case=True)})(?i:\s+(?:Công an\s+)?(?:tỉnh|thành phố|TP\.?)?\s*)")


def extract_event(text: CleanText, kb: Knowledge) -> Event:
    return extract_event_from(find_lead_date(text), text, kb)


def extract_event_from(lead_date: LeadDate | None, text: CleanText, kb: Knowledge) -> Event:
    """extract_event for a lead date already looked for (the date extractor needs it too)."""
    lead = _lead_sentence(lead_date, text)
    match = _event_noun(lead, lead_date.written if lead_date else "") if lead else None
    headline = _NOUN.search(text.headline) if match is None and text.headline else None
    if headline:  # else the lead sentence still says what was held ('tổ chức tập huấn …')
        lead, match = text.headline, headline
    if match is None:
        kind, name = _unnamed(lead or "", text)
    else:
        kind = _TYPES.get(identity(match.group(1)), "khac")
        name = _name_from(lead, match.start())
    return Event(name=name, type=kind, slug="", ordinal=ordinal_in(name) if match else None,  # type: ignore[arg-type]
                 form=_form(text.evidence), provinces=_provinces(text.evidence, kb))


def _event_noun(lead: str, written_date: str) -> re.Match | None:
    """The event noun of the lead sentence: the first one after its date ('Quán triệt Nghị quyết
    Đại hội XIII ..., sáng 16/8/2022, Bộ Công an tổ chức Hội thảo ...'), else the first one
    ('Hội thảo ... diễn ra sáng 16/8'); never one that names a resolution ('Nghị quyết Đại hội')."""
    at = lead.find(written_date) if written_date else -1
    nouns = [m for m in _NOUN.finditer(lead) if not lead.endswith(("Nghị quyết ", "nghị quyết "), 0, m.start())]
    return next((m for m in nouns if m.start() > at >= 0), nouns[0] if nouns else None)


def event_slug(event: Event, date_value: str | None) -> str:
    """Same type and same day: the same event across reports; undated events use their name."""
    if date_value:
        return slug(f"{_LABELS.get(event.type, 'Sự kiện')} {date_value}")
    return slug(event.name, max_length=60)


# the date a lead opens with ("Sáng 25/11,", "Chiều 17-8,"): what was done is told after it
_LEAD_DATE_WORDS = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,?")
_HELD = re.compile(r"\btổ chức\s+((?:tổng kết|sơ kết|triển khai|quán triệt|đánh giá|tập huấn|giao ban|họp)\b[^.;]{3,200})",
                   re.I)


def _unnamed(lead: str, text: CleanText) -> tuple[str, str]:
    """No event noun in the lead: 'đã tổ chức tổng kết công tác năm 2015 ...' is a meeting,
    and a later sentence that calls it 'hội nghị' or 'buổi làm việc' gives the type."""
    later = _NOUN.search(" ".join(p[:2000] for p in text.paragraphs[:2]))
    kind = _TYPES.get(identity(later.group(1)), "khac") if later else "khac"
    held = _HELD.search(lead)
    if held:
        kind = kind if kind != "khac" else "hoi-nghi"
        return kind, _name_from(held.group(1), 0)
    if _VISIT.search(lead):
        kind = "buoi-lam-viec"
    return kind, _what_was_done(lead) or _LABELS[kind]


# What a lead without an event noun says was done: the name starts at the verb ("tiếp Bộ trưởng …");
# after "tổ chức" the activity held names it ("tổ chức gặp mặt các Trưởng Cơ quan đại diện …").
_ACTIVITY = re.compile("|".join([word_start(("tổ chức", "tiếp", "hội đàm", "hội kiến", "trao", "gặp mặt", "đến thăm",
                                               "thăm", "làm việc", "dâng hoa", "dâng hương", "viếng", "chúc Tết",
                                               "chúc mừng", "ra mắt", "phát động", "diễn tập", "duyệt", "tuyên dương",
                                               "đến chào", "chào xã giao"),
                                            either_case=True), r"(?<!\w)[Kk](?:ý kết|iểm tra|hai trương|hánh thành)"]))
_NOT_ACTIVITY = (" tục", " theo", " cận", " thu", " nhận")  # "tiếp tục", "tiếp theo", "tiếp cận", "tiếp nhận"
_ACTIVITY_WORDS = 16
# where an activity's name ends: before who led the guests, the occasion or a person's office; a long
# one also before its partner or its place
_HOST_CUT = re.compile(r" (?:do|nhân dịp|[-–]) ")
_ACTIVITY_CUT = re.compile(r" (?:với|do|tại|cho|nhân dịp|[-–]) ")


def _what_was_done(lead: str) -> str | None:
    date = _LEAD_DATE_WORDS.search(lead)
    activity = next((m for m in _ACTIVITY.finditer(lead, date.end() if date else 0)
                     if not lead.startswith(_NOT_ACTIVITY, m.end()) and not lead.endswith("trực ", 0, m.start())), None)
    if activity is None:
        return None
    held = activity.group(0).lower() == "tổ chức"
    start = activity.end() if held else activity.start()
    name = _name_from(lead, start + len(lead[start:]) - len(lead[start:].lstrip()))
    cut = _ACTIVITY_CUT if len(name.split()) > _ACTIVITY_WORDS else _HOST_CUT
    cuts = [m.start() for m in cut.finditer(name) if len(name[:m.start()].split()) >= 2]
    name = name[:cuts[0]] if cuts else " ".join(name.split()[:_ACTIVITY_WORDS])
    name = name.rstrip(" ,.;:")
    if len(name.split()) < 2:
        return None
    subject = "" if held else _subject(lead[date.end() if date else 0:activity.start()])
    return f"{subject} {name[0].lower()}{name[1:]}" if subject else name


_SUBJECT_WORDS = 8
_TENSE = re.compile(r"(?:\s+(?:đã|đang|sẽ|vừa|có|buổi|cuộc|có buổi|có cuộc|các cuộc|đến))+\s*$")


def _subject(before: str) -> str:
    """Who did it, when the lead says so briefly right before the verb: 'Thủ tướng Nguyễn Tấn Dũng
    (đã) tiếp …', after any opening clause ('tại Trụ sở Chính phủ, …')."""
    clause = _TENSE.sub("", before.rsplit(",", 1)[-1]).strip(" -–")
    words = clause.split()
    if not words or len(words) > _SUBJECT_WORDS or not words[0][:1].isupper() or _AT_START.match(clause):
        return ""
    return clause



def _lead_sentence(lead: LeadDate | None, text: CleanText) -> str | None:
    if lead:
        return lead.sentence
    for paragraph in text.paragraphs[:3]:
        for _, sentence in sentences(paragraph[:3000])[:2]:
            if _NOUN.search(sentence[:1000]) or _VISIT.search(sentence[:1000]):
                return sentence[:1000]
    return None


def _name_from(sentence: str, start: int) -> str:
    rest = sentence[start:]
    if _AT_START.match(sentence[:start]):  # "Tại buổi làm việc, ...": the noun alone names it
        rest = rest.split(",")[0]
    end = _NAME_END.search(_mask_quotes(rest))
    name = rest[:end.start()] if end else rest
    words = name.split()
    name = _without_open_quote(" ".join(words[:40]).strip(" ,."))
    name = _THIS.sub("", name)  # "Buổi làm việc này": the one the report tells of
    return name[0].upper() + name[1:] if name else name


_THIS = re.compile(r"\s+(?:này|đó|nói trên|trên)$")


def _without_open_quote(name: str) -> str:
    """'Hội nghị ... Ngày Chuyển đổi số ngành Công an”': the name began inside quotes
    whose opening mark is not part of it, so neither is the closing one."""
    if name.endswith("”") and name.count("”") > name.count("“"):
        return name[:-1].rstrip(" ,.")
    if name.endswith('"') and name.count('"') % 2:
        return name[:-1].rstrip(" ,.")
    return name


def _mask_quotes(text: str) -> str:
    """The same text with quoted words blanked, so a colon or comma inside a quoted title
    does not end the name."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", lambda m: "x" * len(m.group(0)), text)


_DIRECT = re.compile(rf"(?:{word_start(['truc tiep'])})\b(?! (?:chi dao|tham gia|giai dap|lam viec|thuc hien))")


# "dịch vụ công trực tuyến", "thanh toán trực tuyến": online services the report is about, not the form
# (the lookbehinds follow the literal, so that re skips ahead to each "truc tuyen" instead of trying every place)
_ONLINE = re.compile(r"truc tuyen(?<!dich vu cong truc tuyen)(?<!dich vu truc tuyen)(?<!thanh toan truc tuyen)"
                     r"(?<!thu tuc truc tuyen)(?<!ho so truc tuyen)|dien cau|diem cau")


def _form(evidence: str) -> str | None:
    folded = fold_text(evidence[:3000])
    online = _ONLINE.search(folded) is not None
    direct = _DIRECT.search(folded)
    if online and direct and re.search(r"hinh thuc truc tiep|truc tiep (?:tai|tu|ket hop)|truc tiep va truc tuyen", folded):
        return "trực tiếp và trực tuyến"
    if online:
        return "trực tuyến"
    return "trực tiếp" if direct and "hinh thuc truc tiep" in folded else None


def _provinces(evidence: str, kb: Knowledge) -> list[str]:
    found: list[str] = []
    for match in _SITE.finditer(evidence):
        province = kb.province_at(fold_text(evidence[match.end():match.end() + 40]))
        if province and province not in found:
            found.append(province)
    return found
