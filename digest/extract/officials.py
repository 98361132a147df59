"""Officials: people named with a rank, an office or as "đồng chí".

A name is a run of capitalised words that starts with a Vietnamese family name
(or any capitalised run right after a rank, for foreign officers). It counts as
an official when a rank, an office title or "đồng chí" stands right before it,
or a list of offices follows it (", Thứ trưởng ...", " – Phó Giám đốc ...",
"(Thứ trưởng ...)"). Later mentions fold into the person already found: the
name again (or a known alias, or its last words) adds its offices, a lone given
name after a rank ("Trung tướng Ngọc") lends its rank.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..knowledge import Knowledge, fold_text
from ..model import Official
from ..vietnamese import canonical_tones, identity, nfc, slug, tone_spellings
from .fastre import longest_first

_UPPER = "".join(re.escape(chr(c)) for c in range(0x41, 0x2000) if chr(c).isupper())
_RUN_GOES_ON = re.compile(rf" [{_UPPER}]")
# a word of a name may join parts with hyphens, as foreign names do ("Sỉ-Thăn", "Noh-wan")
_WORD = rf"[{_UPPER}][^\W\d_]*(?:-[^\W\d_]+)*"
_RUN = re.compile(rf"{_WORD}(?: {_WORD})+")
_ACADEMIC_WORDS = ("GS", "PGS", "TS", "ThS", "BS", "KS", "Tiến sỹ", "Tiến sĩ", "Thạc sĩ", "Giáo sư", "chí")
_ACADEMIC_TITLES = ("GS", "PGS", "TS", "ThS", "BS", "KS", "CN", "NGƯT", "NGND", "Tiến sỹ", "Tiến sĩ", "Thạc sỹ",
                    "Thạc sĩ", "Giáo sư", "Phó Giáo sư", "Bác sĩ")
# separated by spaces, commas, dots or dashes: "GS.TS", "Phó Giáo sư - Tiến sĩ"
_ACADEMIC = re.compile(rf"(?:\b(?:{'|'.join(_ACADEMIC_TITLES)})\.?[\s,.–-]*)+$")
# A capitalised run right after one of these names a place or an institution, not a person
# ("Công an huyện Lâm Hà", "Bệnh viện Bạch Mai", "Trường Đại học Nguyễn Tất Thành").
_PLACE_WORD = re.compile(r"(?<!\w)(?:tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố|TP\.?|TX\.?|xóm|thôn|ấp|bản|"
                         r"đường|phố|cầu|sông|núi|làng|(?<!chủ tịch )nước|Cộng hòa|điểm cầu|bệnh viện|trường|"
                         r"học viện|đại học|"
                         r"tiểu học|trung học|THPT|THCS|báo|đài|tạp chí|nhà xuất bản|công ty|tập đoàn|khu|"
                         r"nhà máy|ngân hàng|chùa|đền|quỹ|giải|cúp|phim|sách)\s*$", re.I)
# Words that end an office and start what the person does.
_PREDICATE = re.compile(
    r"\s(?:về dự|đã|đang|sẽ|dự|tham dự|chủ trì|đồng chủ trì|phát biểu|cho biết|nhấn mạnh|trao|tặng|làm|cùng|"
    rf"và(?! [{_UPPER}])|và(?= (?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy|uý)| đồng chí)|"
    r"yêu cầu|đề nghị|khẳng định|chỉ đạo|đến|thăm|tới|kiểm tra|giới thiệu|công bố|ghi nhận|biểu dương|báo cáo|"
    r"chúc mừng|được|là|với|khi|đánh giá|thay mặt|lưu ý|chia sẻ|mong muốn|nói|trả lời|tiếp|đón|nêu|"
    r"quán triệt|điều hành|ký|kết luận|khai mạc|bế mạc|trình bày|gửi|cảm ơn|bày tỏ|nhận|có|bên cạnh|"
    r"cũng|đều|vẫn|bổ nhiệm|giữ chức|điều động|về việc|phổ biến|truyền đạt|tham luận|trao đổi|phát động|"
    r"hội kiến|hội đàm|đến chào|chào mừng|chào xã giao|duyệt|thay|thay thế|sang|vừa|dẫn đầu|"
    r"(?:sáng|chiều|trưa|tối) (?:nay|qua|ngày)|hôm nay|hôm qua|"
    r"tại (?i:buổi|hội nghị|hội thảo|lễ|cuộc|phiên|diễn đàn|tọa đàm|toạ đàm|đại hội))(?=[\s,.;:]|$)"
)
# Courtesy words before a person's name, and the Cambodian titles before one ("Samdech Krolahom Sar Kheng")
_COURTESY = ("ông", "bà", "ngài", "Ông", "Bà", "Ngài")
_FOREIGN_TITLES = ("Samdech", "Techo", "Krolahom")
# the first words of courtesy and academic titles ("Phó Giáo sư" is told apart where "Phó" is read)
_NOT_A_NAME = {"Ông", "Bà", "Anh", "Chị", "Cô", "Chú", "Bác", "GS", "PGS", "TS", "ThS", "BS", "KS", "CN",
               "NGƯT", "NGND", "Tiến", "Thạc", "Giáo", "ÔNG", "BÀ"}
# "đồng chí" then up to eight bare names separated by commas or "và": each repetition starts with
# a capital and ends with a separator, so the bounded repetition cannot backtrack badly.
_COMRADE_WORDS = ("đồng chí", "Đồng chí", "ĐỒNG CHÍ")
_COMRADE = re.compile(rf"(?<!\w)(?:{'|'.join(_COMRADE_WORDS)})\s*:?\s*"
                      rf"(?:[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*){{0,4}}\s*(?:,|\svà)\s*){{0,8}}$")
# Ends a clause. Written for the reversed text (_last_clause): a dot with a letter right after it
# ("Chủ tịch UBND TP.HCM", "Công an TP.Hà Nội") or after "TP"/"TX" ("TP. Hà Nội") ends nothing.
_STOP_REVERSED = re.compile(r"[;:\n()\[\]“”\"]|\.(?<![^\W\d_]\.)(?!(?:PT|XT)(?![^\W\d_]))")


@dataclass
class _Patterns:
    ranks: dict[str, str]  # folded rank -> canonical
    rank_words: frozenset[str]  # last words of ranks and academic titles, lower case
    rank_ends: frozenset[str]  # the last letters of rank_words
    rank_tail: re.Pattern
    title: re.Pattern
    title_start: re.Pattern


@lru_cache(maxsize=8)
def _patterns(ranks: tuple[str, ...], titles: tuple[str, ...]) -> _Patterns:
    rank_alt = longest_first(ranks, ignore_case=True)
    title_alt = longest_first(titles, ignore_case=True)
    rank_words = frozenset(w.split()[-1].lower() for w in (*ranks, *_ACADEMIC_WORDS))
    return _Patterns(
        ranks={fold_text(r): r for r in ranks},
        rank_words=rank_words,
        rank_ends=frozenset(w[-1] for w in rank_words),
        rank_tail=re.compile(rf"(?<!\w)({rank_alt})[\s,]*$", re.I),
        title=re.compile(rf"(?<!\w)(?:{title_alt})(?!\w)", re.I),
        title_start=re.compile(rf"^\s*(?:nguyên\s+)?(?:{title_alt})(?!\w)", re.I),
    )


@dataclass
class _Mention:
    name: str
    start: int
    end: int
    rank: str | None = None
    positions: list[str] = field(default_factory=list)
    full: bool = False  # a full name, not a lone given name after a title


def extract_officials(text: str, kb: Knowledge) -> list[Official]:
    pats = _patterns(tuple(kb.ranks), tuple(kb.titles))
    shielded = _shielded(text, kb)
    masked, text = shielded is not text, shielded
    full = []
    for run in _capital_runs(text):
        starts = _name_starts(text, run, kb, pats)
        mention = _read_mention(text, run, starts, kb, pats) if starts else None
        if mention:
            full.append(mention)
    roster = _Roster(kb)
    for mention in full:
        roster.add(mention)
    for mention in _short_mentions(text, full, roster, pats):
        roster.add(mention)
    return [_official(m, kb, masked) for m in roster.people.values()]


# Stand-ins for a comma and the "à" of "và" inside an organisation's name: control characters,
# which the read stage removes from every report, so no report text holds them.
_COMMA_MASK, _VA_MASK = "\x00", "\x01"


@lru_cache(maxsize=8)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    forms = {form for p in phrases for form in tone_spellings(p)}
    forms |= {form.replace(", ", ",") for form in forms}  # "phòng,chống"
    return re.compile(longest_first(sorted(forms)) if forms else "(?!)")


def _shielded(text: str, kb: Knowledge) -> str:
    """text, the same length, with the commas and the "và" of the organisation names in
    kb.name_phrases masked: an office ends at a comma or at "và" + a verb, but not inside
    "Cục Cảnh sát phòng, chống tội phạm về môi trường". Offices are unmasked when output."""
    pieces, last = [], 0
    for match in _phrase_pattern(tuple(kb.name_phrases)).finditer(text):
        phrase = text[match.start():match.end()]
        pieces += [text[last:match.start()], phrase.replace(",", _COMMA_MASK).replace("và", "v" + _VA_MASK)]
        last = match.end()
    return "".join(pieces) + text[last:] if pieces else text


def _unshielded(office: str) -> str:
    return office.replace(_COMMA_MASK, ",").replace(_VA_MASK, "à")


# A capitalised run: where it starts in the report and its words (one space between each).
_Run = tuple[int, list[str]]


def _capital_runs(text: str) -> list[_Run]:
    """Runs of two or more capitalised words separated by single spaces. One regex finds the
    runs in C (each repetition starts with a space and a capital, so it cannot backtrack);
    only those few are split into words, at their single spaces."""
    runs = []
    for run in _RUN.finditer(text):
        at, words = run.start(), run.group(0).split(" ")
        if at and text[at - 1].isalpha():  # "vNeID Nguyễn Văn": the run starts mid-word
            at += len(words[0]) + 1  # (a lookbehind in the regex would cost more than this check)
            del words[0]
        if len(words) >= 2:
            runs.append((at, words))
    return runs


def _word_starts(run: _Run) -> list[int]:
    at, starts = run[0], []
    for word in run[1]:
        starts.append(at)
        at += len(word) + 1
    return starts


def _short_mentions(text: str, full: list[_Mention], roster: _Roster, pats: _Patterns) -> list[_Mention]:
    """A later 'Trung tướng Ngọc' only matters for a person already found who has no rank yet,
    so only the given names of such people are looked for (str.find: a C-level scan per name)."""
    found = []
    for given in {m.name.split()[-1] for m in full}:
        person = roster.find(nfc(given))
        if person is None or person.rank:
            continue  # its short mentions would lend their rank to no one
        at = text.find(given)
        while at >= 0:
            end = at + len(given)
            # most places fail the first test, which is the cheapest
            if _after_rank_word(text, at, pats) and _whole_word(text, at, end) and not _RUN_GOES_ON.match(text, end):
                mention = _short_mention(text, at, end, pats)
                if mention:
                    found.append(mention)
            at = text.find(given, end)
    # in the order of the text, not of the set: the first rank given to a person wins
    return sorted(found, key=lambda m: m.start)


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalpha()) and (end == len(text) or not text[end].isalpha())


def _read_mention(text: str, run: _Run, name_starts: list[int], kb: Knowledge, pats: _Patterns) -> _Mention | None:
    """The official a capitalised run names, if its context says it is one: a full name
    (family name first), or any capitalised run right after a rank (foreign officers)."""
    words, word_starts = run[1], _word_starts(run)
    for i in name_starts:
        last = _name_end(text, words, word_starts, i, pats)
        first = words[i]
        is_name = kb.is_surname(first)
        start, end = word_starts[i], word_starts[last] + len(words[last])
        if text.find("-", start, end) >= 0:
            end = _before_hyphened_title(text, start, end, pats)
        if len(words) - i > 4 and not _title_follows(text, end, pats):
            continue
        if first in _NOT_A_NAME or pats.title_start.match(text[start:start + 40]) or \
                (first == "Phó" and text.startswith("Phó Giáo sư", start)):
            continue  # "Ông Nguyễn ...", "TS Tô Lâm", "Phó Bí thư", "Phó Giáo sư": the name starts later or not at all
        left = _left_context(text, start)
        rank = _rank_before(left, pats)
        # a foreign name has no Vietnamese family name: it needs a country before it or an honorific
        foreign = not is_name and not rank and (i == (_after_country(words, kb) or -1) or _HONORED.search(left[-12:]))
        if not is_name and not rank and not foreign:
            continue
        before = _positions_before(left, pats, kb)
        if before and not rank:  # "do Thượng tướng, Thứ trưởng Công an [Trần Quốc Tỏ] chủ trì"
            rank = _rank_before(left[:max(0, left.rfind(before[0]))], pats)
        rank = rank or _list_rank(left, pats)
        after = _positions_after(text, end, pats, kb)
        if not (rank or before or after or (_says_comrade(left) and not foreign)):
            continue  # most runs that get here name no official: this test first spares them the place tests
        name = text[start:end]
        if _is_place(name, kb) or _names_institution(text, run, i, kb):
            continue
        return _Mention(nfc(name), start, end, rank, before + after, full=True)
    return None


# Before a foreign name (no Vietnamese family name) that an office goes with: "ngài Park Noh-wan, Đại sứ …"
_HONORED_WORDS = tuple(f"{word} " for word in _COURTESY)
_HONORED = re.compile(rf"(?<!\w)(?:{'|'.join(_COURTESY)}|{'|'.join(_COMRADE_WORDS)})\s+$")


def _after_place_word(text: str, start: int) -> bool:
    """Does a word that names a place or an institution stand right before start? Not 'tỉnh':
    the provinces are all in the knowledge files, so after 'Giám đốc Công an tỉnh' a name
    that is no province is a person's ('… Công an tỉnh Nguyễn Văn An')."""
    word = _PLACE_WORD.search(_left_context(text, start)[-20:])
    return word is not None and word.group(0).strip().lower() != "tỉnh"


def _names_institution(text: str, run: _Run, i: int, kb: Knowledge) -> bool:
    """Is a name starting at word i of the run part of a place's or an institution's name
    ('Bệnh viện Bạch Mai', 'Công an quận Hoàng Mai': it takes at least the run's first two
    words), not a person's after 'UBND TP.HCM'?"""
    return i < 2 and _after_place_word(text, run[0]) and not (i and _place_ends(text, run, kb))


def _place_ends(text: str, run: _Run, kb: Knowledge) -> bool:
    """Does the run's first word end a place name written with its place word ('UBND TP.HCM
    [Nguyễn Thành Phong]')? Then the name after it is a person's, not the place's."""
    at, first = run[0], run[1][0]
    head = text[max(0, at - 4):at + len(first)]
    return any(identity(head[k:]) in kb.place_keys for k in range(len(head) - len(first)))


def _names_someone(segment: str, kb: Knowledge, pats: _Patterns) -> bool:
    """Does this piece of a list of offices hold a person's name ('Thứ trưởng Lê Quốc Hùng')?
    Then it is that person's office, not one more of the name before the list."""
    for run in _capital_runs(segment):
        at, words = run
        starts = _word_starts(run)
        places = _place_words(words, kb)
        for i in _name_starts(segment, run, kb, pats):
            if i and not all(k in places for k in range(i)) and i != _after_country(words, kb):
                continue  # inside a run a name starts only after a place: "… Việt Nam [Tô Lâm]", not "Ủy [Viên] Trung"
            if pats.title_start.match(segment[starts[i]:starts[i] + 40]) or _is_place(" ".join(words[i:]), kb):
                continue  # ("Phó Giám đốc": a family name that starts an office names no one)
            if _names_institution(segment, run, i, kb):
                continue
            return True
    return False


def _name_end(text: str, words: list[str], word_starts: list[int], i: int, pats: _Patterns) -> int:
    """The index of the last word of a name starting at word i: up to four words, and not an office
    written right after it ('Thiếu tướng Nguyễn Minh Tuấn Giám đốc Công an tỉnh')."""
    last = min(i + 4, len(words)) - 1
    for k in range(i + 2, last + 1):
        if pats.title_start.match(text[word_starts[k]:word_starts[k] + 40]):
            return k - 1
    return last


def _before_hyphened_title(text: str, start: int, end: int, pats: _Patterns) -> int:
    """Where a name ends that runs into an office through a hyphen ('Nguyễn Văn Long-Thứ trưởng'):
    names may hold hyphens ('Sỉ-Thăn Khăm-Sôm-Phu'), offices do not start inside them."""
    hyphen = text.find("-", start, end)
    while hyphen >= 0:
        if pats.title_start.match(text[hyphen + 1:hyphen + 41]):
            return hyphen
        hyphen = text.find("-", hyphen + 1, end)
    return end


def _name_starts(text: str, run: _Run, kb: Knowledge, pats: _Patterns) -> list[int]:
    """Where in the run a name may start: a family name with a word after it, or the run's
    first word right after a rank. These cheap tests leave few places to look at closely."""
    at, words = run
    is_surname = kb.is_surname
    starts = [i for i in range(len(words) - 1) if is_surname(words[i])]
    if (not starts or starts[0]) and (_after_rank_word(text, at, pats) or text.endswith(_HONORED_WORDS, 0, at)):
        starts.insert(0, 0)
    if words[0] in kb.country_starts:  # the usual run starts with no country: told without a call
        foreign = _after_country(words, kb)
        if foreign and foreign not in starts:
            starts = sorted([*starts, foreign])
    if starts and len(words) >= 3:  # "Lâm Đồng Trần Văn Bình": a province inside the run is not part of a name
        places = _place_words(words, kb)
        starts = [i for i in starts if i not in places]
    return starts


def _after_country(words: list[str], kb: Knowledge) -> int:
    """Where a name may start after a country at the run's start ('… Bộ Công an Trung Quốc [Liu
    Zhao]'): the index of the word after it when two or more words follow, else 0."""
    if words[0] not in kb.country_starts:
        return 0
    for size in (3, 2, 1):
        if len(words) - size >= 2 and identity(" ".join(words[:size])) in kb.country_keys:
            while len(words) - size > 2 and words[size] in _FOREIGN_HONORIFICS:
                size += 1  # "Campuchia Samdech [Sar Kheng]"
            return size
    return 0


_FOREIGN_HONORIFICS = {*_FOREIGN_TITLES, "Ngài"}


def _short_mention(text: str, start: int, end: int, pats: _Patterns) -> _Mention | None:
    """'Trung tướng Ngọc': a rank right before a given name. A short mention only lends its
    rank to the person (offices come from full mentions only, see _Roster.add), so 'Thứ trưởng
    Ngọc' with no rank changes nothing and is not looked at further. The caller has checked
    that a rank word stands before."""
    rank = _rank_before(_left_context(text, start), pats)
    return _Mention(nfc(text[start:end]), start, end, rank, [], full=False) if rank else None


def _after_rank_word(text: str, start: int, pats: _Patterns) -> bool:
    """Is the word right before start, skipping a little punctuation ('TS. ', 'tướng, '), the
    last word of a rank, an academic title or "đồng chí"? Mostly the character the word would
    end with already says no (those words end with few letters): that is cheaper than cutting
    the word out."""
    if start >= 2 and text[start - 1] == " " and text[start - 2].isalpha():
        if text[start - 2].lower()[-1] not in pats.rank_ends:  # the usual case, told without a slice
            return False
    before = text[max(0, start - 24):start].rstrip(" ,.-–—:;(\"“'")
    last = before[-1:]
    if not last.isspace() and last.lower()[-1:] not in pats.rank_ends:
        return False
    words = before.rsplit(None, 1)
    return bool(words) and words[-1].lower().lstrip("(\"“'") in pats.rank_words


def _title_follows(text: str, offset: int, pats: _Patterns) -> bool:
    return bool(pats.title_start.match(text[offset:offset + 40]))


def _left_context(text: str, start: int) -> str:
    return text[max(0, start - 200):start]


def _strip_academic(left: str) -> str:
    left = left[-80:].rstrip()  # titles sit right before the name; a short tail keeps this cheap
    if _without_trailing_punctuation(left).endswith(_ACADEMIC_TITLES):  # else the $-anchored regex cannot
        left = _ACADEMIC.sub("", left)  # match, and it costs a try at each of the 80 positions to find that out
    return left.rstrip(" ,.-–")


def _without_trailing_punctuation(text: str) -> str:
    """text without what `[\\s,.–-]*$` matches at its end (\\s is str.isspace)."""
    end = len(text)
    while end and (text[end - 1] in ",.–-" or text[end - 1].isspace()):
        end -= 1
    return text[:end]


_COMRADE_TAIL = re.compile(r"(?:\b(?:đồng chí|Đồng chí)\s*)$")


def _rank_before(left: str, pats: _Patterns) -> str | None:
    tail = _strip_academic(left)
    if tail.rstrip().endswith(("đồng chí", "Đồng chí")):  # else the $-anchored regex cannot match
        tail = _COMRADE_TAIL.sub("", tail)
    tail = tail.rstrip(" ,:")[-30:]  # "các thiếu tướng: [name], …": a list after a plural rank
    last = tail.rsplit(None, 1)[-1:]
    if not last or last[0].lower() not in pats.rank_words:  # else the $-anchored regex cannot match
        return None
    match = pats.rank_tail.search(tail)
    return pats.ranks.get(fold_text(match.group(1))) if match else None


_LIST_ENDS = re.compile(r"[;\n]|\.\s+[A-ZÀ-ỸĐ]")


def _list_rank(left: str, pats: _Patterns) -> str | None:
    """'các thiếu tướng: A, Phó chủ nhiệm …, và [B], Cục trưởng …': the plural rank the list opens with."""
    colon = left.rfind(":")
    if colon < 0 or _LIST_ENDS.search(left, colon):
        return None
    head = left[max(0, colon - 40):colon]
    match = pats.rank_tail.search(head)
    if not match or not head[:match.start()].rstrip().endswith(("các", "Các")):
        return None
    return pats.ranks.get(fold_text(match.group(1)))


def _says_comrade(left: str) -> bool:
    """'đồng chí [name]', 'các đồng chí: [name]', 'các đồng chí: A, B và [name]'."""
    tail = left[-160:].rstrip()
    if not any(word in tail for word in _COMRADE_WORDS):
        return False  # taking off academic titles cannot bring in the words: skip that costly regex
    return bool(_COMRADE.search(_ACADEMIC.sub("", tail) + " "))


def _last_clause(left: str) -> str:
    """What follows the last stop in left: searching the reversed text stops at the first
    stop found instead of splitting the whole text."""
    stop = _STOP_REVERSED.search(left[::-1])
    return left[len(left) - stop.start():] if stop else left


def _title_before(clause: str, pats: _Patterns) -> str | None:
    """The office written right before a name: 'Bộ trưởng Bộ Công an [Tô Lâm]'."""
    tail = _strip_academic(clause) + " "
    matches = list(pats.title.finditer(tail))
    if not matches:
        return None
    first = len(matches) - 1
    while first and not tail[matches[first - 1].end():matches[first].start()].strip():
        first -= 1  # "Thứ trưởng Thường trực Bộ Công an": titles side by side make one office
    phrase = tail[matches[first].start():].strip(" ,")
    honorific = _HONORIFIC.search(phrase)  # "Bộ trưởng Bộ Công an, ông [Tô Lâm]"
    if honorific and "," in honorific.group(0) and _OWNED.search(tail, 0, matches[first].start()):
        return None  # "thừa ủy quyền của Thủ tướng, ông [name]": the office is another person's
    phrase = phrase[:honorific.start()] if honorific else phrase
    rank = pats.rank_tail.search(phrase)  # "Thứ trưởng Bộ Công an, Trung tướng [name]": the rank is no office
    phrase = phrase[:rank.start()].rstrip(" ,") if rank else phrase
    if _PREDICATE.search(" " + phrase) or len(phrase.split()) > 20:
        return None
    return phrase


_OWNED = re.compile(r"(?<!\w)của\s+$")
_HONORIFIC = re.compile(rf"[\s,]*(?<!\w)(?:{'|'.join(_COURTESY)}|(?:{'|'.join(_FOREIGN_TITLES)})"
                        rf"(?: (?:{'|'.join(_FOREIGN_TITLES)}))*)$")


_LIST_LEAD_IN = re.compile(r"\b(?:có|gồm|là)\s+")


def _positions_before(left: str, pats: _Patterns, kb: Knowledge) -> list[str]:
    """'Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an [Lương Tam Quang]' -> both offices."""
    clause = _last_clause(left)
    last = _title_before(clause, pats)
    if not last:
        return []
    *segments, lead_in = clause[: clause.rfind(last) if last in clause else len(clause)].split(",")
    if lead_in.strip():  # "Phó Thủ tướng, Bộ trưởng Vilay và Bộ trưởng [Tô Lâm]": the list is another's
        return [last]
    earlier = []
    for segment in reversed(segments):
        segment = segment.strip()
        if not pats.title_start.match(segment):
            # "Tham dự có Ủy viên Bộ Chính trị, ...": the list starts after "có" / "gồm"
            lead_in = _LIST_LEAD_IN.search(segment)
            if lead_in and pats.title_start.match(segment[lead_in.end():]) and \
                    not _names_someone(segment[lead_in.end():], kb, pats):
                earlier.insert(0, segment[lead_in.end():])
            break
        if _PREDICATE.search(" " + segment) or _names_someone(segment, kb, pats):
            break
        earlier.insert(0, segment)
    return earlier + [last]


# "bổ nhiệm [name] giữ chức vụ Giám đốc ...", and nothing at all before an office right after the name
_OPENER = re.compile(r"\s*(,|\(|–|—|-|giữ chức(?: vụ)?(?= )|)\s*")
# "Công an TP.Hà Nội": a dot before a letter ends nothing, but "… Campuchia.Tại buổi" (a space lost) does
_CLAUSE_STOP = re.compile(r"[;\n)]|\.(?![^\W\d_])|(?<=[a-zà-ỹđ]{2})\.(?=[A-ZÀ-ỸĐ])")
_PAREN_STOP = re.compile(r"[)\n]")
_COMMA = re.compile(r",\s*")


def _positions_after(text: str, end: int, pats: _Patterns, kb: Knowledge) -> list[str]:
    """', Ủy viên ..., Thứ trưởng Bộ Công an dự ...', ' – Phó Giám đốc ...', '(Thứ trưởng ...)'."""
    right = text[end:end + 400]
    opener = _OPENER.match(right)
    if not opener:
        return []
    body = right[opener.end():]
    if not pats.title_start.match(body):  # what most names are followed by: no office, nothing to cut up
        return []
    stop = (_CLAUSE_STOP if opener.group(1) != "(" else _PAREN_STOP).search(body)
    body = body[:stop.start()] if stop else body
    positions = []
    for segment in _COMMA.split(body):
        if not pats.title_start.match(segment):
            break
        cut = _PREDICATE.search(segment) or _next_person(segment, kb)
        office = segment[:cut.start()] if cut else segment
        if _names_someone(office, kb, pats):  # ", Thứ trưởng Lê Quốc Hùng": the list is of other people
            break
        positions.append(_without_open_bracket(office))
        if cut:
            break
    return [p for p in positions if p]


_AND_RUN = re.compile(rf" và (?=([{_UPPER}][^\W\d_]*) [{_UPPER}])")


def _next_person(segment: str, kb: Knowledge) -> re.Match | None:
    """'… Phó Chủ nhiệm Ủy ban Kiểm tra và [Nguyễn Văn Long], Cục trưởng …': the office ends
    where another person's name begins."""
    for match in _AND_RUN.finditer(segment):
        if kb.is_surname(match.group(1)):
            return match
    return None


def _without_open_bracket(position: str) -> str:
    """'Giám đốc Công an tỉnh Phú Thọ (trước khi sáp nhập': the clause stopped inside a bracket."""
    opened = position.rfind("(")
    return (position[:opened] if opened >= 0 and ")" not in position[opened:] else position).strip()


def _is_place(name: str, kb: Knowledge) -> bool:
    """Does the name start with a province or a country ('Hà Nội', 'Lâm Đồng ...', 'Hàn Quốc')?"""
    words = identity(name).split()
    if not words or words[0] not in _place_starts(kb.place_keys):
        return False
    return any(" ".join(words[:k]) in kb.place_keys for k in range(1, len(words) + 1))


def _place_words(run_words: list[str], kb: Knowledge) -> set[int]:
    """Indexes of the words of a run that belong to a place name (a province, a country)."""
    keys, starts = kb.place_keys, _place_starts(kb.place_keys)
    words = [identity(w) for w in run_words]
    marked: set[int] = set()
    for i in range(len(words)):
        if words[i] not in starts:
            continue
        for k in (2, 3, 1):
            if " ".join(words[i:i + k]) in keys and len(words[i:i + k]) == k:
                marked.update(range(i, i + k))
                break
    return marked


@lru_cache(maxsize=8)
def _place_starts(keys: frozenset[str]) -> frozenset[str]:
    """The first words of the place names: a word none of them starts with starts no
    place, which a set lookup tells before any words are joined."""
    return frozenset(key.split(" ")[0] for key in keys)


class _Roster:
    """One merged mention per person: same identity, a known alias, or a shorter form of the name."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.people: dict[str, _Mention] = {}  # identity key -> merged mention, in order of first mention
        self.by_last: dict[str, list[_Mention]] = {}  # last word of a name -> people, for short forms

    def find(self, name: str) -> _Mention | None:
        """The person found so far whom the name means."""
        person = self.people.get(_key(name, self.kb))
        if person is None:
            last = identity(name).split()[-1]
            person = next((m for m in self.by_last.get(last, []) if _is_short_form(name, m.name)), None)
        return person

    def add(self, mention: _Mention) -> None:
        target = self.find(mention.name)
        if target is None:
            if not mention.full:
                return  # a lone given name or a title with no person: not an official
            target = _Mention(mention.name, mention.start, mention.end, mention.rank, [], True)
            self.people[_key(mention.name, self.kb)] = target
            self.by_last.setdefault(identity(mention.name).split()[-1], []).append(target)
        target.rank = target.rank or mention.rank
        if mention.full:
            _add_positions(target.positions, mention.positions)


def _add_positions(positions: list[str], new: list[str]) -> None:
    """Add offices not yet listed; a short form ('Bộ trưởng') of a listed one adds nothing."""
    for position in new:
        key = identity(position)
        if any(identity(p) == key or identity(p).startswith(key + " ") for p in positions):
            continue
        positions[:] = [p for p in positions if not key.startswith(identity(p) + " ")] + [position]


def _key(name: str, kb: Knowledge) -> str:
    known = kb.official(name)
    return identity(known.name if known else name)


def _is_short_form(short: str, full: str) -> bool:
    """'Ngọc' or 'Duy Ngọc' for 'Nguyễn Duy Ngọc': the last words of the full name."""
    a, b = identity(short).split(), identity(full).split()
    return len(a) < len(b) and b[-len(a):] == a


# names recur across reports; canonical_tones itself is not cached because it also rewrites whole pages
_canonical_name = lru_cache(maxsize=65536)(canonical_tones)


def _official(mention: _Mention, kb: Knowledge, masked: bool = False) -> Official:
    known = kb.official(mention.name)
    canonical = known.name if known else _canonical_name(mention.name)
    return Official(name=mention.name, slug=slug(canonical), rank=mention.rank,
                    positions=[_unshielded(p) for p in mention.positions] if masked else mention.positions,
                    known=known is not None)
