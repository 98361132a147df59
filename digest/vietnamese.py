"""Vietnamese text done right: NFC, one identity for old/new tone placement,
diacritic folding, alphabetical order (a ă â b c d đ e ê …) and slugs."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from slugify import slugify as _slugify

GRAVE, HOOK, TILDE, ACUTE, DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
TONES = (GRAVE, HOOK, TILDE, ACUTE, DOT)
# ngang, huyền, hỏi, ngã, sắc, nặng: the order Vietnamese dictionaries use.
TONE_ORDER = {None: 0, GRAVE: 1, HOOK: 2, TILDE: 3, ACUTE: 4, DOT: 5}
SHAPES = {"\u0306": "ă", "\u0302": "^", "\u031b": "+"}  # breve, circumflex, horn
ALPHABET = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
            "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
_LETTER_RANK = {letter: i for i, letter in enumerate(ALPHABET)}
_SHAPED = {("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê", ("o", "\u0302"): "ô",
           ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư"}

# Characters that are invisible or reorder text, control characters other than tab and line
# ends (C0 and C1), and Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF, which XML and so
# the Atom feed forbid): they never belong in a report. One class, so one pass removes them all.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff\u00ad\ufdd0-\ufdef\ufffe\uffff]")
# Old-style tone placement: the tone on the second vowel of oa/oe/uy with no
# final consonant (hoà, Uỷ). Matched on NFC text, where such a vowel is one
# character carrying only a tone; ê in "Huệ" carries a circumflex too and is not one.
_TONE_OF = {unicodedata.normalize("NFC", base + tone): (base, tone) for base in "aAeEyY" for tone in TONES}
_OLD_TONE = re.compile(rf"(?<![qQ])([oOuU])([{''.join(_TONE_OF)}])(?![^\W\d_])")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def strip_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def canonical_tones(text: str) -> str:
    """Rewrite old-style tone placement (Uỷ, Hoà, Thuý) to the new style
    (Ủy, Hòa, Thúy). Used for identity and slugs; pages keep the text as written."""
    moved = _OLD_TONE.sub(_move_tone, nfc(text))
    # a combining mark after the moved vowel may now compose with it
    return moved if unicodedata.is_normalized("NFC", moved) else nfc(moved)


def _move_tone(match: re.Match) -> str:
    base, tone = _TONE_OF[match.group(2)]
    return nfc(match.group(1) + tone) + base


# New-style placement, the reverse of _OLD_TONE: o/u carrying only a tone before a, e, y ending the syllable
_TONED_OU = {unicodedata.normalize("NFC", base + tone): (base, tone) for base in "oOuU" for tone in TONES}
_NEW_TONE = re.compile(rf"(?<![qQ])([{''.join(_TONED_OU)}])([aAeEyY])(?![^\W\d_])")


def tone_spellings(text: str) -> list[str]:
    """The text with new-style and with old-style tone placement ('Văn hóa', 'Văn hoá'),
    for patterns that must find a phrase however a report places its tones."""
    new = canonical_tones(text)
    old = _NEW_TONE.sub(lambda m: _TONED_OU[m.group(1)][0] + nfc(m.group(2) + _TONED_OU[m.group(1)][1]), new)
    return [new] if old == new else [new, old]


def fold(text: str) -> str:
    """Lower case without any diacritic: 'Ủy viên Đảng' -> 'uy vien dang'."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def identity(text: str) -> str:
    """The key under which two spellings of one name are the same: case, spacing,
    NFC/NFD and tone placement do not matter, other diacritics do."""
    return " ".join(canonical_tones(text).casefold().split())


def _letters(text: str):
    for char in unicodedata.normalize("NFD", text.casefold()):
        if unicodedata.combining(char):
            yield None, char
        else:
            yield char, None


def sort_key(text: str) -> tuple:
    """Vietnamese alphabetical order: letters first (a ă â b … đ after d), then
    tones (ngang, huyền, hỏi, ngã, sắc, nặng), then the exact text."""
    primary: list[tuple[int, int | str]] = []
    tones: list[int] = []
    for base, mark in _letters(text):
        if base is not None:
            primary.append(_rank(base))
            tones.append(0)
        elif mark in TONE_ORDER and tones:
            tones[-1] = TONE_ORDER[mark]
        elif primary and primary[-1][0] == 2:
            letter = _SHAPED.get((ALPHABET[primary[-1][1]], mark))
            if letter:
                primary[-1] = (2, _LETTER_RANK[letter])
    return tuple(primary), tuple(tones), text


def _rank(char: str) -> tuple[int, int | str]:
    if char.isspace():
        return (0, 0)
    if char in _LETTER_RANK:
        return (2, _LETTER_RANK[char])
    if char.isdigit():
        return (1, int(char) if char.isascii() else 0)
    return (3, char)


@lru_cache(maxsize=65536)
def slug(text: str, max_length: int = 80) -> str:
    """ASCII slug that is the same for every spelling of the same words.
    Cached: python-slugify is slow, and names, event labels and symbols recur across reports."""
    value = _slugify(fold(canonical_tones(nfc(text))), max_length=max_length, word_boundary=True)
    return value or "khong-ten"
