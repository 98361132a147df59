"""Resolutions (Nghị quyết) cited by number: one entry per distinct resolution.

The canonical symbol comes from the symbol as written (57-NQ/TW), else from the
number and the issuer named right after it ("Nghị quyết 71 của Chính phủ" ->
71/NQ-CP); the knowledge file adds the title and the issue date.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re

from ..knowledge import Issuer, Knowledge, fold_text
from ..model import Resolution
from ..vietnamese import slug
from .dates import full_date, sentence_at
from .fastre import word_start

# "Nghị quyết số 12-NQ/TW", "Nghị quyết 26-NQ/ĐUCA", "Nghị quyết 71/NQ-CP", "Nghị quyết số 26",
# "NQ 57", "Nghị quyết số 01/2022/QH15" (a year in the symbol, then the issuer's code)
_SUFFIX = r"(?:\s*[-/]\s*((?:NQ|NQLT)[-/][A-ZĐƯa-zđư]{1,8}\d{0,3}|(?(2)[A-ZĐ]{2,8}\d{0,3}|(?!))))?"
# \b[Nn]ghị quyết(?: liên tịch)? or \bNQ, tried in that order, written so that scans skip ahead
_CITED = word_start(("Nghị quyết liên tịch", "Nghị quyết"), either_case=True) + "|" + word_start(["NQ"])
_NUMBERED = re.compile(rf"(?:{_CITED})\s+(?:số\s+)?(\d{{1,4}})(?:/(\d{{4}}))?" + _SUFFIX + r"(?![\w/-])")
# more numbers of the same kind: "Nghị quyết số 57, 66 và 68 của Bộ Chính trị"
_MORE = re.compile(r"\s*(?:,|;|\svà)\s*(?:số\s+)?(\d{1,4})(?:\s*[-/]\s*((?:NQ)[-/][A-ZĐƯa-zđư]{1,8}\d{0,3}))?"
                   r"(?=\s*(?:,|;|\svà\s|\scủa\s|\sdo\s|[.)]|$))")
# "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
# "Nghị quyết Đại hội Đảng toàn quốc lần thứ XII" (not "… Đại hội Đảng bộ …": a local congress, below)
_CONGRESS = re.compile(rf"(?:{word_start(['Nghị quyết Đại hội'], either_case=True)}) (?:đại biểu )?"
                       r"(?:Đảng (?!bộ)(?:Cộng sản Việt Nam )?)?(?:toàn quốc )?(?:lần thứ )?([XVIL]{1,6})\b")
# "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX", "Nghị quyết Đại hội đại biểu Đảng bộ Công an Trung ương lần thứ VII"
_LOCAL_CONGRESS = re.compile(rf"(?:{word_start(['Nghị quyết Đại hội'], either_case=True)}) (?:đại biểu )?"
                             r"(Đảng bộ(?: [^\s,.;:()“”\"]+){1,8}?) lần thứ ([XVIL]{1,6}|\d{1,2})\b")
# A plenum's resolution: "Nghị quyết Trung ương 6 khóa XII", "Nghị quyết TW9, khoá XI", "Nghị quyết Hội nghị
# Trung ương 8 khóa XIII", "Nghị quyết Hội nghị lần thứ 6 Ban chấp hành Trung ương Đảng khóa XII"; the plenum's
# number is the resolution's, the term tells plenums apart
# (case-sensitive, first letters either way: under re.I, re could not skip ahead to each "Nghị quyết")
_PLENUM = re.compile(r"[Nn]ghị quyết (?:[Hh]ội nghị )?(?:(?:[Tt]rung ương|TW|TƯ) ?(\d{1,2})|lần thứ (\d{1,2}),? "
                     r"[Bb]an [Cc]hấp hành [Tt]rung ương(?: Đảng)?)(?![\d/-])(?:\s*[,(]?\s*(?:[Kk]hóa|[Kk]hoá) "
                     r"([XVIL]{1,5})\b)?")
# Where a province's name may start: after "tỉnh", "thành phố", "TP." in a report; at any capital in an issuer's name
_AFTER_PROVINCE_WORD = re.compile(r"(?<!\w)(?:tỉnh|thành phố|TP\.?)\s*", re.I)
_CAPITAL = re.compile(r"(?<!\w)(?=[A-ZĐÀ-Ỹ])")
# what may follow the number before the issuer: ", ngày 13/4/2015", " của", " do"
_AFTER = re.compile(r"^\s*,?\s*(?:ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*,?\s*)?(?:của|do)\s+")


def extract_resolutions(text: str, kb: Knowledge) -> list[Resolution]:
    found: dict[str, list[Resolution]] = {}  # by number: merging stays linear in the citations
    for match in _NUMBERED.finditer(text):
        items = [(match.group(1), match.group(2), match.group(3), match.start(), match.end())]
        end = match.end()
        while len(items) < 8 and (more := _MORE.match(text, end)):
            items.append((more.group(1), None, more.group(2), more.start(1), more.end()))
            end = more.end()
        for number, year, suffix, start, stop in items:
            _merge(found, _numbered(text, kb, number, year, suffix, start, stop, end), kb, start, text)
    congress = "ghị quyết Đại hội" in text  # what every match holds: a C-speed test skips the scan
    for match in _CONGRESS.finditer(text) if congress else ():
        number = match.group(1)
        known = kb.resolution(f"Đại hội {number}")  # the knowledge file knows a congress's closing day
        _merge(found, Resolution(number=number, issuer="Đại hội Đảng", id=None, slug="",
                                 as_written=_as_written(match, text), sentence="",
                                 issued=known.issued.isoformat() if known and known.issued else None,
                                 known=known is not None), kb, match.start(), text)
    for match in _LOCAL_CONGRESS.finditer(text) if congress else ():
        _merge(found, _local_congress(match, text, kb), kb, match.start(), text)
    terms: dict[str, str] = {}  # plenum number -> its term, as first written: a later bare "TW9" is that one
    for match in _PLENUM.finditer(text) if "ghị quyết" in text else ():
        number = match.group(1) or match.group(2)
        term = terms.setdefault(number, (match.group(3) or "").upper())
        _merge(found, _plenum(number, term, match.group(0), text), kb, match.start(), text)
    out = [r for group in found.values() for r in group]
    for r in out:
        r.slug = r.slug or slug(r.id or (f"nghi-quyet-dai-hoi-{r.number}" if r.issuer == "Đại hội Đảng"
                                         else f"nghi-quyet-{r.number}"))
    return out


def _plenum(number: str, term: str, written: str, text: str) -> Resolution:
    """The resolution of a Central Committee plenum; without its term, a page of this report's own."""
    return Resolution(number=number, issuer="Ban Chấp hành Trung ương" + (f" khóa {term}" if term else ""), id=None,
                      slug=slug(f"nghi-quyet-trung-uong-{number}-" + (f"khoa-{term}" if term else _text_hash(text))),
                      as_written=written, sentence="")


def _local_congress(match: re.Match, text: str, kb: Knowledge) -> Resolution:
    """The resolution of a local Party congress; its page is one per Party organisation."""
    organisation, number = match.group(1), match.group(2)
    key = organisation
    if _ANY_PROVINCE.search(organisation):  # "Đảng bộ tỉnh": every province has one; the report says which
        province = _first_province(text, kb)
        organisation += f" {province}" if province else ""
        key = organisation if province else f"{organisation} {_text_hash(text)}"
    return Resolution(number=number, issuer=f"Đại hội {organisation}", id=None,
                      slug=slug(f"nghi-quyet-dai-hoi-{key}-{number}"), as_written=match.group(0), sentence="")


def _first_province(text: str, kb: Knowledge, starts: re.Pattern = _AFTER_PROVINCE_WORD) -> str | None:
    """The first province named in text where `starts` says a name may start ('Tỉnh ủy Nghệ An')."""
    for start in starts.finditer(text):
        province = kb.province_at(fold_text(text[start.end():start.end() + 40]))
        if province:
            return province
    return None


def _numbered(text: str, kb: Knowledge, digits: str, year: str | None, suffix: str | None, start: int, stop: int,
              list_end: int) -> Resolution:
    """One cited number; the issuer is named after the whole list ('57, 66 và 68 của Bộ Chính trị')."""
    number = digits.lstrip("0") or "0"
    after = _AFTER.match(text[list_end:list_end + 40])
    named, local, end = _issuer_after(text, list_end + after.end(), kb) if after else (None, False, stop)
    end = end if named else stop
    named = named or _issuer_before(text[max(0, start - 60):start], kb)
    by_suffix = kb.issuer_of_suffix(suffix) if suffix else None
    local = local or bool(suffix and (by_suffix is None or by_suffix.group in _LOCAL_GROUPS))
    issuer_obj = by_suffix or (named[1] if named else None)
    symbol = _symbol(digits, year, suffix, issuer_obj)
    known = None if local else kb.resolution(symbol)  # the knowledge file holds central resolutions only
    issuer = named[0] if named else (known.issuer if known and not suffix else None)
    written_date = full_date(after.group(1)) if after and after.group(1) else None
    issued = known.issued if known and known.issued else written_date
    return Resolution(number=number, issuer=issuer, id=symbol,
                      slug=_local_slug(symbol or f"nghi-quyet-{number}", issuer, text, kb) if local else "",
                      title=known.title if known else None, as_written=text[start:end].strip(),
                      sentence="", issued=issued.isoformat() if issued else None, known=known is not None)


# Issuers every province (district, commune) has: their resolutions are one per place.
_LOCAL_GROUPS = ("HĐND",)
_LEVEL = r"(?i:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)(?!\w)"
_PLACE_NAME = r"(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,4}"
_LOCAL_TAIL = re.compile(rf"\s+{_LEVEL}{_PLACE_NAME}")
_ANY_PROVINCE = re.compile(rf"{_LEVEL}$")  # "Đảng bộ tỉnh", "Đảng bộ Công an tỉnh": no place named
_LOCAL_BODY = re.compile(r"(?:Ban [Tt]hường vụ |BTV )?(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|"
                         rf"Quận uỷ){_PLACE_NAME}|(?:HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|"
                         rf"Đảng ủy|Đảng uỷ)(?:\s+Công an)?\s+{_LEVEL}{_PLACE_NAME}")


def _issuer_after(text: str, at: int, kb: Knowledge) -> tuple[tuple[str, Issuer | None] | None, bool, int]:
    """The issuer named at `at` (as written, and which known issuer it is), whether it is a local
    one, and where its name ends. '[Đảng ủy Công an] tỉnh Nghệ An' is not the central committee
    its first words name: a local issuer has no known symbol pattern."""
    named = _issuer_at(text[at:at + 80], kb)
    end = at + len(named[0]) if named else at
    local = (_LOCAL_TAIL if named else _LOCAL_BODY).match(text, end, end + 120)
    if local:
        return (text[at:local.end()], None), True, local.end()
    return named, False, end


def _local_slug(symbol: str, issuer: str | None, text: str, kb: Knowledge) -> str:
    """'09-NQ/TU' of Nghệ An and of Thanh Hóa are two resolutions: the place goes into the slug,
    from the issuer's name, else from the report, else the resolution gets a page of its own."""
    place = _first_province(issuer or "", kb, _CAPITAL) or _first_province(text, kb) or _text_hash(text)
    return slug(f"{symbol} {place}")


def _text_hash(text: str) -> str:
    """For a local resolution whose place the report does not name: a page for this report's."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:6]


def _symbol(number: str, year: str | None, suffix: str | None, issuer: Issuer | None) -> str | None:
    if suffix:
        sep = "/" if suffix.upper().startswith("NQ-") or (year and not suffix.upper().startswith("NQ")) else "-"
        return f"{number}{'/' + year if year else ''}{sep}{suffix}"
    if issuer and not year:
        return issuer.symbol(number)
    return None


def _issuer_at(rest: str, kb: Knowledge) -> tuple[str, Issuer] | None:
    """The issuer named at the very start of rest, as written (longest name first)."""
    head = fold_text(rest[:60])
    for key, name, issuer in kb.issuer_names:
        if head.startswith(key):
            return rest[:len(name)], issuer
    return None


def _issuer_before(left: str, kb: Knowledge) -> tuple[str, Issuer] | None:
    """'Bộ Chính trị ban hành Nghị quyết số 36-NQ/TW': the issuer is the subject."""
    verb = re.search(r"(?:đã\s+)?(?:ban hành|thông qua|ra)\s+$", left)
    if not verb:
        return None
    head = left[:verb.start()].rstrip()
    folded = fold_text(head)
    for key, name, issuer in kb.issuer_names:
        if folded.endswith(key):
            return head[len(head) - len(name):], issuer
    return None


def _as_written(match: re.Match, text: str) -> str:
    tail = re.match(r"\s+của Đảng", text[match.end():match.end() + 12])
    return text[match.start():match.end() + (tail.end() if tail else 0)]


def _merge(found: dict[str, list[Resolution]], new: Resolution, kb: Knowledge, at: int, text: str) -> None:
    """A later "Nghị quyết số 26" is the same as an earlier 26 unless the issuers differ."""
    group = found.setdefault(new.number, [])
    for i, old in enumerate(group):
        if not _same_issuer(old, new, kb):
            continue
        if (new.id and not old.id) or (new.issuer and not old.issuer and not old.id):
            new.sentence = sentence_at(text, at)
            group[i] = _fill(new, old)
        else:
            group[i] = _fill(old, new)
        return
    new.sentence = sentence_at(text, at)  # only for a new resolution: repeated citations stay cheap
    group.append(new)


def _same_issuer(a: Resolution, b: Resolution, kb: Knowledge) -> bool:
    if a.slug and b.slug:  # a local issuer's resolution (slug set when found) is one per place
        return a.slug == b.slug
    if a.slug or b.slug:  # a later bare "Nghị quyết số 09" is the local one cited before, and only that
        bare = b if a.slug else a
        return not bare.id and not bare.issuer
    ga, gb = _group(a, kb), _group(b, kb)
    return ga is None or gb is None or ga == gb


def _group(r: Resolution, kb: Knowledge) -> str | None:
    if r.id and "NQ" in r.id.upper():
        issuer = kb.issuer_of_suffix(re.split(r"NQ[-/]", r.id, maxsplit=1, flags=re.I)[-1])
        if issuer:
            return issuer.group
    named = kb.issuer_named(r.issuer)
    return named.group if named else (fold_text(r.issuer) if r.issuer else None)


def _fill(keep: Resolution, other: Resolution) -> Resolution:
    """keep, with the fields it lacks taken from other."""
    for name in ("issuer", "id", "title", "issued"):
        if getattr(keep, name) is None and getattr(other, name) is not None:
            setattr(keep, name, getattr(other, name))
    keep.known = keep.known or other.known
    return keep


def issued_dates(resolutions: list[Resolution]) -> list[tuple[dt.date, str]]:
    """(issue date, label) of every cited resolution whose date is known."""
    out = []
    for r in resolutions:
        if r.issued:
            out.append((dt.date.fromisoformat(r.issued), f"Nghị quyết {r.id or r.number} ({_dmy(r.issued)})"))
    return out


def _dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)}/{int(m)}/{y}"
