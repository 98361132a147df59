"""Other named policy documents: Đề án, Quyết định, Chỉ thị, Kết luận, Chương trình,
Kế hoạch, Luật, Nghị định, Thông tư. One entry per document; resolutions have
their own module."""
from __future__ import annotations

import datetime as dt
import re

from ..knowledge import Knowledge, fold_text
from ..model import Document
from ..vietnamese import identity, slug
from .dates import full_date, sentence_at
from .fastre import word_start

KINDS = ("Đề án", "Quyết định", "Chỉ thị", "Kết luận", "Chương trình", "Kế hoạch", "Luật", "Nghị định",
         "Thông tư", "Công điện")
_KIND = "|".join(KINDS)
_KIND_WORD = word_start(KINDS)  # \b(?:KINDS), written so that whole-report scans skip ahead
# "Quyết định số 3750/QĐ-BCA", "Kế hoạch số 118", "Đề án 06/CP", "Chỉ thị 04-CT/TW", "Chỉ thị 03/CT-BCA-X11"
_NUMBERED = re.compile(rf"({_KIND_WORD})\s+(?:số\s+)?(\d{{1,5}}(?:/\d{{4}})?"
                       r"(?:\s*[-/]\s*[A-ZĐ][A-ZĐa-zđ0-9]*(?:[-/][A-ZĐ][A-ZĐa-zđ0-9]*){0,2})?)(?![\w])")
# 'Đề án “Quy hoạch ...”', 'Chương trình "..."'
_QUOTED = re.compile(rf"({_KIND_WORD})\s+(?:về\s+)?([“\"])")
# 'Chỉ thị về tiếp tục thực hiện ...', 'Chương trình hành động của Bộ Công an'
_DESCRIBED_KINDS = word_start(("Chỉ thị", "Chương trình", "Kế hoạch", "Đề án", "Luật", "Kết luận"))
_DESCRIBED = re.compile(rf"({_DESCRIBED_KINDS})\s+((?:về|hành động|hoạt động|chuyển đổi số|"
                        r"khoa học)\b[^.;:\n“\"]{3,160})")
# A described title ends at a comma (except the fixed "phòng, chống"), a verb, or a dangling "về".
_CLAUSE_END = re.compile(r",(?!\s*chống)|\s+(?:đảm bảo|bảo đảm|được|đã|thời gian|trong thời gian|là|và)\s|\s+về\s*$|[.;…]")
_PAREN_NUMBER = re.compile(rf"\(({_KIND})\s+(\d{{1,5}})\)")


def extract_documents(text: str, kb: Knowledge) -> list[Document]:
    found: list[Document] = []
    for match in _PAREN_NUMBER.finditer(text):  # long title "(Đề án 06)": keep the title with the number
        title_start = _title_start(text, match.start(), match.group(1))
        if title_start is not None:
            written = text[title_start:match.end()]
            _add(found, Document(match.group(1), match.group(2), _strip_kind(written[:written.rfind("(")]),
                                 "", written, sentence_at(text, match.start())))
    for match in _NUMBERED.finditer(text):
        kind, number = match.group(1), re.sub(r"\s+", "", match.group(2))
        _add(found, Document(kind, number, None, "", match.group(0), sentence_at(text, match.start())))
    for match in _QUOTED.finditer(text):
        title = _quoted(text, match.end(), "”" if match.group(2) == "“" else '"')
        if title:
            _add(found, Document(match.group(1), None, title, "",
                                 text[match.start():match.end() + len(title) + 1], sentence_at(text, match.start())))
    for match in _DESCRIBED.finditer(text):
        title = _trim(match.group(2))
        if title:
            _add(found, Document(match.group(1), None, title, "",
                                 f"{match.group(1)} {title}", sentence_at(text, match.start())))
    _known_by_title(text, kb, found)
    for doc in found:  # slugs last: slugify is slow and repeated mentions merge away
        doc.slug = _slug(doc.kind, doc.number or doc.title or "")
    return found


def _quoted(text: str, start: int, closer: str) -> str | None:
    """The quoted words from start to the closing mark, if it comes within 300 characters on the line.
    str.find instead of a regex: an unclosed quote costs one C-level scan, not a backtrack."""
    end = text.find(closer, start, start + 300)
    title = text[start:end].strip() if end >= 0 else ""
    return title if len(title) >= 3 and "\n" not in title else None


def _title_start(text: str, paren: int, kind: str) -> int | None:
    start = text.rfind(kind, max(0, paren - 400), paren)
    if start < 0:
        start = fold_text(text[max(0, paren - 400):paren]).rfind(fold_text(kind))
        start = start + max(0, paren - 400) if start >= 0 else -1
    return start if start >= 0 else None


def _strip_kind(written: str) -> str:
    return written.split(" ", 2)[-1].strip() if written.count(" ") >= 2 else written.strip()


def _trim(title: str) -> str:
    cut = _CLAUSE_END.search(title)
    title = title[:cut.start()] if cut else title
    title = title.strip(" ,")
    return title if len(title.split()) >= 2 else ""


def _slug(kind: str, key: str) -> str:
    return slug(f"{kind} {key}", max_length=60)


def _add(found: list[Document], new: Document) -> None:
    """Merge mentions of one document: the same kind and number, or the same kind and title."""
    for old in found:
        if fold_text(old.kind) != fold_text(new.kind):
            continue
        same_number = old.number and new.number and _number_key(old.number) == _number_key(new.number)
        same_title = old.title and new.title and identity(old.title) == identity(new.title)
        inside = old.title and new.title and (identity(old.title).startswith(identity(new.title)) or
                                              identity(new.title).startswith(identity(old.title)))
        if same_number or same_title or inside:
            old.title = old.title or new.title
            old.number = old.number or new.number
            return
    found.append(new)


def _number_key(number: str) -> str:
    return re.match(r"\d+", number).group(0).lstrip("0") if re.match(r"\d+", number) else number


def _known_by_title(text: str, kb: Knowledge, found: list[Document]) -> None:
    """A well-known document named only by its title words ('đề án phát triển ứng dụng dữ liệu về dân cư ...')."""
    for known in kb.documents:
        if not known.title_words:
            continue
        hits = _all_found(known.title_words, text)
        if not hits:
            continue
        if any(fold_text(d.kind) == fold_text(known.kind) and d.number and _number_key(d.number) == _number_key(known.number or "")
               for d in found):
            continue
        at = hits[0].start()
        window = max(0, at - 80)
        kind_at = text[window:at].lower().rfind(known.kind.lower())
        if kind_at < 0:
            continue
        kind_at += window
        written = text[kind_at:hits[0].end()]
        _add(found, Document(known.kind, None, known.title, "", written, sentence_at(text, kind_at)))


def _all_found(words: tuple[str, ...], text: str) -> list[re.Match] | None:
    """Where each word first occurs in text (any case), or None as soon as one is missing.
    C-speed searches, no folding of the text."""
    hits = []
    for word in words:
        hit = re.search(re.escape(word), text, re.I)
        if hit is None:
            return None
        hits.append(hit)
    return hits


def documents_issued(documents: list[Document], kb: Knowledge) -> list[tuple[dt.date, str]]:
    """(issue date, label) of cited documents: from the knowledge file, or 'ngày d/m/yyyy' right after."""
    out = []
    for doc in documents:
        known = next((k for k in kb.documents if fold_text(k.kind) == fold_text(doc.kind) and doc.number and k.number
                      and _number_key(k.number) == _number_key(doc.number)), None)
        if known is None:
            known = next((k for k in kb.documents if doc.title and k.title and identity(k.title) == identity(doc.title)),
                         None)
        issued = known.issued if known and known.issued else _written_date(doc)
        if issued and "dự thảo" not in fold_text(doc.sentence):
            out.append((issued, f"{doc.kind} {doc.number or ''} ({issued.day}/{issued.month}/{issued.year})".replace("  ", " ")))
    return out


def _written_date(doc: Document) -> dt.date | None:
    at = doc.sentence.find(doc.as_written)
    if at < 0:
        return None
    after = doc.sentence[at + len(doc.as_written):at + len(doc.as_written) + 30]
    return full_date(after) if re.match(r"\s*,?\s*ngày\s+\d", after) else None
