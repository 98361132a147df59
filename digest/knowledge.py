"""Knowledge: the public facts the extractors lean on, loaded from data/*.yaml.

Facts live in data files, never in code, so an editor can add a resolution or
an official without touching a rule. Every loader checks the shape of its file
and fails with a KnowledgeError that names the file and the problem.
"""
from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .vietnamese import canonical_tones, identity, nfc, tone_spellings


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold_text(text: str) -> str:
    """vietnamese.fold done with C-level passes: the same result for Vietnamese text,
    fast enough to fold a whole megabyte-long report.

    Text made only of characters of the one-byte table below (ASCII, Vietnamese letters, their
    tone marks, common punctuation) folds one character at a time, so it is encoded to one byte
    per character, the bytes are folded with bytes.translate and decoded back: several times
    faster than normalising and stripping the marks. Any other text takes the general way."""
    folded = text.casefold()
    try:
        encoded = codecs.charmap_encode(folded, "strict", _ONE_BYTE)[0]
    except UnicodeEncodeError:
        return _fold_any(text)
    return codecs.charmap_decode(encoded.translate(_FOLD_BYTES, _MARK_BYTES), "strict", _ONE_BYTE_CHARS)[0]


def _fold_any(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFD", text.casefold().replace("đ", "d")))


def _one_byte_table() -> tuple[str, bytes, bytes]:
    """The characters of the one-byte code (ASCII first), the byte each folds to, and the bytes
    of the tone marks, which fold to nothing. Each character here folds the same alone and inside
    any text of them: a letter's marks are all dropped, so their order never matters."""
    letters = [unicodedata.normalize("NFC", base + tone) for base in "aăâeêioôơuưy" for tone in ("", *_TONES)]
    marks = [*_TONES, "\u0302", "\u0306", "\u031b"]  # tones, circumflex, breve, horn
    chars = [chr(i) for i in range(128)] + [c for c in dict.fromkeys(letters + ["đ"]) if not c.isascii()]
    chars += marks + [c for c in _PUNCTUATION if c not in chars]
    chars += [chr(0xE000 + i) for i in range(256 - len(chars))]  # private use: fold to themselves
    folds = [_fold_any(c) for c in chars]
    assert len(chars) == 256 and all(len(f) == 1 and (f.isascii() or f == c) for f, c in zip(folds, chars) if f)
    fold_bytes = bytes(chars.index(f) if f else 0 for f in folds)
    return "".join(chars), fold_bytes, bytes(i for i, f in enumerate(folds) if not f)


_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_PUNCTUATION = "\u00a0“”‘’–—…«»•·°§©®±×÷¬¦¶€£¥¢\u2002\u2003\u2009\u200a\u202f\u2010\u2011\u2012\u2015‚„‹›′″"
_ONE_BYTE_CHARS, _FOLD_BYTES, _MARK_BYTES = _one_byte_table()
_ONE_BYTE = codecs.charmap_build(_ONE_BYTE_CHARS)


class KnowledgeError(Exception):
    """A data file is missing or malformed: names the file and what is wrong."""

    def __init__(self, path: Path | str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


@dataclass(frozen=True)
class KnownResolution:
    id: str
    number: str
    issuer: str
    issued: dt.date | None
    title: str | None


@dataclass(frozen=True)
class KnownDocument:
    kind: str
    number: str | None
    id: str
    issued: dt.date | None
    title: str | None
    title_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Issuer:
    group: str
    pattern: str | None  # "{n}-NQ/TW": how a number becomes a symbol; None when not derivable
    names: tuple[str, ...]
    suffixes: tuple[str, ...]

    def symbol(self, number: str) -> str | None:
        return self.pattern.format(n=number) if self.pattern else None


@dataclass(frozen=True)
class Office:
    title: str
    match: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class KnownOfficial:
    name: str
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    ranks: tuple[Office, ...] = ()  # a rank held from start to end: dates a report that names it


@dataclass(frozen=True)
class Series:
    name: str
    held: dt.date  # when edition number `edition` was held (the first one, unless the file says)
    every_years: int
    all: tuple[str, ...]
    any: tuple[str, ...]
    edition: int = 1

    def year_of(self, ordinal: int) -> int:
        return self.held.year + (ordinal - self.edition) * self.every_years


@dataclass(frozen=True)
class Anniversary:
    """A day that reports count anniversaries of ("kỷ niệm 80 năm Ngày truyền thống CAND")."""
    name: str
    date: dt.date
    match: tuple[str, ...]  # folded


@dataclass
class Knowledge:
    resolutions: list[KnownResolution] = field(default_factory=list)
    documents: list[KnownDocument] = field(default_factory=list)
    issuers: list[Issuer] = field(default_factory=list)
    officials: list[KnownOfficial] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    ranks: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    surnames: set[str] = field(default_factory=set)
    provinces: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    name_phrases: list[str] = field(default_factory=list)  # commas and "và" inside organisations' names
    anniversaries: list[Anniversary] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_alias = {identity(alias): person for person in self.officials
                          for alias in (person.name, *person.aliases)}
        self._surname_cache: dict[str, bool] = {}
        self.province_keys = frozenset(identity(p) for p in self.provinces)
        self.country_keys = frozenset(identity(c) for c in self.countries)
        self.country_starts = frozenset(form.split()[0] for c in self.countries for form in tone_spellings(c))
        self.place_keys = self.province_keys | self.country_keys  # what no person is called
        self.provinces_folded = sorted(((fold_text(p), p) for p in self.provinces), key=lambda item: -len(item[0]))
        # one alternation of the folded names, longest first: the first name a folded text starts with
        self._province_of = {}
        for key, name in self.provinces_folded:
            self._province_of.setdefault(key, name)
        self._province_start = re.compile("|".join(re.escape(key) for key in self._province_of) or "(?!)")
        # folded issuer names, longest first, so lookups do not fold them again for every citation
        self.issuer_names = sorted(((fold_text(name), name, issuer) for issuer in self.issuers for name in issuer.names),
                                   key=lambda item: -len(item[0]))
        # symbol and suffix keys folded once here, not for every citation (the first entry wins)
        self._by_symbol: dict[str, KnownResolution] = {}
        for known in self.resolutions:
            self._by_symbol.setdefault(_symbol_key(known.id), known)
        self._by_suffix: dict[str, Issuer] = {}
        for issuer in self.issuers:
            for suffix in issuer.suffixes:
                self._by_suffix.setdefault(_suffix_key(suffix), issuer)

    def province_at(self, folded: str) -> str | None:
        """The province whose folded name folded text starts with (longest name first)."""
        match = self._province_start.match(folded)
        return self._province_of[match.group(0)] if match else None

    def official(self, name: str) -> KnownOfficial | None:
        return self._by_alias.get(identity(name))

    def resolution(self, symbol: str | None) -> KnownResolution | None:
        if not symbol:
            return None
        return self._by_symbol.get(_symbol_key(symbol))

    def issuer_named(self, text: str | None) -> Issuer | None:
        """The issuer whose name appears in text (longest name wins)."""
        if not text:
            return None
        folded = fold_text(text)
        return next((issuer for key, _, issuer in self.issuer_names if key in folded), None)

    def issuer_of_suffix(self, suffix: str) -> Issuer | None:
        """The issuer of a symbol suffix: "TW", "NQ/TW", "NQ-CP", "QH15"."""
        return self._by_suffix.get(_SUFFIX_EXTRA.sub("", _suffix_key(suffix)))

    def is_surname(self, word: str) -> bool:
        hit = self._surname_cache.get(word)
        if hit is None:
            hit = self._surname_cache[word] = canonical_tones(nfc(word)).casefold() in self.surnames
        return hit


_LEADING_ZEROS = re.compile(r"^0+(?=\d)")
_SUFFIX_EXTRA = re.compile(r"^nq[-/]|\d+$")  # "NQ/TW" and "QH15" are the suffixes "tw" and "qh"


def _suffix_key(suffix: str) -> str:
    """Case does not matter in a symbol's suffix, diacritics do: "TƯ" is Trung ương, "TU" Tỉnh ủy."""
    return nfc(suffix).casefold().strip()


def _symbol_key(symbol: str) -> str:
    """'06-NQ/TW', '6 - NQ/TW' and '6-nq/tw' are one symbol."""
    return _LEADING_ZEROS.sub("", fold_text(symbol).replace(" ", ""))


def load_knowledge(folder: Path) -> Knowledge:
    """Load every data file of folder; a missing or malformed file is a KnowledgeError."""
    folder = Path(folder)
    if not folder.is_dir():
        raise KnowledgeError(folder, "the knowledge folder does not exist")
    return Knowledge(
        resolutions=[_resolution(item, path) for item, path in _records(folder / "resolutions.yaml")],
        documents=[_document(item, path) for item, path in _records(folder / "documents.yaml")],
        issuers=[_issuer(item, path) for item, path in _records(folder / "issuers.yaml")],
        officials=[_official(item, path) for item, path in _records(folder / "officials.yaml")],
        series=[_series(item, path) for item, path in _records(folder / "series.yaml")],
        ranks=[_text(item, path, "rank") for item, path in _records(folder / "ranks.yaml")],
        titles=[_text(item, path, "title") for item, path in _records(folder / "titles.yaml")],
        surnames={canonical_tones(word).casefold() for word in _lines(folder / "surnames.txt")},
        provinces=_lines(folder / "provinces.txt"),
        countries=_lines(folder / "countries.txt"),
        name_phrases=_lines(folder / "name_phrases.txt"),
        anniversaries=[_anniversary(item, path) for item, path in _records(folder / "anniversaries.yaml")],
    )


def _records(path: Path) -> list[tuple[Any, str]]:
    """The items of a YAML list file, each with a 'file, item N' label for errors."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeError(path, "file is missing") from None
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError(path, f"cannot be read ({error})") from None
    except yaml.YAMLError as error:
        raise KnowledgeError(path, f"is not valid YAML ({error})") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise KnowledgeError(path, "must be a YAML list at the top level")
    return [(item, f"{path}, item {i + 1}") for i, item in enumerate(data)]


def _lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(path, "file is missing") from None
    except (OSError, UnicodeDecodeError) as error:
        raise KnowledgeError(path, f"cannot be read ({error})") from None
    lines = (nfc(line.strip()) for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _mapping(item: Any, where: str, required: tuple[str, ...]) -> dict:
    if not isinstance(item, dict):
        raise KnowledgeError(where, "must be a mapping")
    missing = [key for key in required if item.get(key) in (None, "")]
    if missing:
        raise KnowledgeError(where, f"missing required key(s): {', '.join(missing)}")
    return item


def _text(value: Any, where: str, what: str) -> str:
    if not isinstance(value, (str, int)) or isinstance(value, bool) or str(value).strip() == "":
        raise KnowledgeError(where, f"{what} must be non-empty text, got {value!r}")
    return nfc(str(value).strip())


def _optional_text(value: Any, where: str, what: str) -> str | None:
    return None if value is None else _text(value, where, what)


def _texts(value: Any, where: str, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise KnowledgeError(where, f"{what} must be a list")
    return tuple(_text(v, where, what) for v in value)


def _date(value: Any, where: str, what: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise KnowledgeError(where, f"{what} must be an ISO date YYYY-MM-DD, got {value!r}") from None


def _resolution(item: Any, where: str) -> KnownResolution:
    item = _mapping(item, where, ("id", "number", "issuer"))
    return KnownResolution(id=_text(item["id"], where, "id"), number=_text(item["number"], where, "number"),
                           issuer=_text(item["issuer"], where, "issuer"),
                           issued=_date(item.get("issued"), where, "issued"),
                           title=_optional_text(item.get("title"), where, "title"))


def _document(item: Any, where: str) -> KnownDocument:
    item = _mapping(item, where, ("kind", "id"))
    return KnownDocument(kind=_text(item["kind"], where, "kind"),
                         number=_optional_text(item.get("number"), where, "number"),
                         id=_text(item["id"], where, "id"), issued=_date(item.get("issued"), where, "issued"),
                         title=_optional_text(item.get("title"), where, "title"),
                         title_words=_texts(item.get("title_words"), where, "title_words"))


def _issuer(item: Any, where: str) -> Issuer:
    item = _mapping(item, where, ("group", "names"))
    pattern = _optional_text(item.get("pattern"), where, "pattern")
    if pattern is not None and "{n}" not in pattern:
        raise KnowledgeError(where, f"pattern must contain {{n}}, got {pattern!r}")
    return Issuer(group=_text(item["group"], where, "group"), pattern=pattern,
                  names=_texts(item["names"], where, "names"),
                  suffixes=_texts(item.get("suffixes"), where, "suffixes"))


def _official(item: Any, where: str) -> KnownOfficial:
    item = _mapping(item, where, ("name",))
    offices, ranks = item.get("offices") or [], item.get("ranks") or []
    if not isinstance(offices, list) or not isinstance(ranks, list):
        raise KnowledgeError(where, "offices and ranks must be lists")
    return KnownOfficial(name=_text(item["name"], where, "name"),
                         aliases=_texts(item.get("aliases"), where, "aliases"),
                         offices=tuple(_office(o, f"{where}, office {i + 1}") for i, o in enumerate(offices)),
                         ranks=tuple(_office(r, f"{where}, rank {i + 1}") for i, r in enumerate(ranks)))


def _office(item: Any, where: str) -> Office:
    item = _mapping(item, where, ("title",))
    start, end = _date(item.get("start"), where, "start"), _date(item.get("end"), where, "end")
    if start and end and end < start:
        raise KnowledgeError(where, f"end {end} is before start {start}")
    title = _text(item["title"], where, "title")
    return Office(title=title, match=_texts(item.get("match"), where, "match") or (title,), start=start, end=end)


def _anniversary(item: Any, where: str) -> Anniversary:
    item = _mapping(item, where, ("name", "date", "match"))
    day = _date(item["date"], where, "date")
    assert day is not None
    return Anniversary(name=_text(item["name"], where, "name"), date=day,
                       match=tuple(fold_text(m) for m in _texts(item["match"], where, "match")))


def _series(item: Any, where: str) -> Series:
    """A yearly series, dated by its first edition (`first: DATE`) or by any one it names
    (`edition: 81` with `held: DATE`)."""
    item = _mapping(item, where, ("name", "all"))
    every, edition = item.get("every_years", 1), item.get("edition", 1)
    for key, value in (("every_years", every), ("edition", edition)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise KnowledgeError(where, f"{key} must be a whole number of at least 1, got {value!r}")
    key = "first" if "edition" not in item else "held"
    held = _date(item.get(key), where, key)
    if held is None:
        raise KnowledgeError(where, f"missing required key(s): {key}")
    return Series(name=_text(item["name"], where, "name"), held=held, every_years=every, edition=edition,
                  all=_texts(item["all"], where, "all"), any=_texts(item.get("any"), where, "any"))
