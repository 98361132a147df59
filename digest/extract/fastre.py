"""Regex pieces that let Python's regex engine skip ahead through a long text.

`re` scans quickly only when a pattern starts with a literal character, or with an
alternation whose branches each start with one: it then jumps straight to the next
place where one of those characters occurs. A pattern that starts with `\\b`, a
lookbehind, a `[Tt]`-style class inside an alternation, or a case-insensitive word
makes it try a full match at every position instead, which is several times slower
on a whole report. These helpers write the same patterns with a literal first.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# Latin letters that re.I also matches to a third character (Kelvin sign, long s, dotless i,
# Ångström sign): not expanded by hand here. The helpers are meant for Vietnamese words.
_MORE_THAN_TWO_CASES = "ikså"
# Read right after a word's first letter: the character before that letter is not part of
# a word. The same test as a `\b` in front of the letter, which is always a word character.
_NOT_MID_WORD = r"(?<!\w[\s\S])"


def word_start(words: Iterable[str], either_case: bool = False, ignore_case: bool = False) -> str:
    """An alternation that matches what `\\b(?:w1|w2|...)` matches, in the same order.

    either_case: the first letter may also be written in the other case ('[Tt]ính').
    ignore_case: as under re.I (implies either_case); the rest of each word is matched
    case-insensitively, the letters here all fold only to their own upper and lower case."""
    return "|".join(_branches(words, either_case or ignore_case, ignore_case, _NOT_MID_WORD))


def first_letter(words: Iterable[str], either_case: bool = False, ignore_case: bool = False) -> str:
    """An alternation of words, each starting with a literal letter ('[Tt]ính đến' -> 'Tính đến|tính đến');
    either_case and ignore_case as for word_start."""
    return "|".join(_branches(words, either_case or ignore_case, ignore_case, ""))


def _branches(words: Iterable[str], either_case: bool, ignore_case: bool, after_first: str) -> list[str]:
    out = []
    for word in words:
        first, rest = word[0], re.escape(word[1:])
        if after_first and not re.match(r"\w", first):
            raise ValueError(f"{word!r} does not start with a word character")
        if ignore_case and (first.lower() in _MORE_THAN_TWO_CASES or ord(first) >= 0x250):
            raise ValueError(f"{word!r}: re.I may match its first letter in more than two forms")
        if ignore_case and rest:
            rest = f"(?i:{rest})"
        cases = dict.fromkeys((first.upper(), first.lower()) if either_case else (first,))
        if any(len(case) != 1 for case in cases):
            raise ValueError(f"{word!r}: its first letter changes length with case")
        out += [re.escape(case) + after_first + rest for case in cases]
    return out


def grouped(words: Iterable[str], ignore_case: bool = False) -> str:
    """The alternation `w1|w2|...` of plain words, with the words grouped under their first
    character: 'B(?:ộ trưởng|í thư)|T(?:hứ trưởng)'. At each place re tries the alternatives one
    by one; grouped, it tries one character per group. Words of two groups never match at the
    same place and a group keeps the words' order, so the matches are the same. ignore_case:
    the pattern will be used under re.I; characters that re.I makes equal would share a group,
    so then the words are left ungrouped."""
    words = list(words)
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    firsts = list(groups)
    if ignore_case and any(re.fullmatch(re.escape(a), b, re.I) for i, a in enumerate(firsts) for b in firsts[i + 1:]):
        return "|".join(re.escape(word) for word in words)
    return "|".join(re.escape(first) + (re.escape(rests[0]) if len(rests) == 1 else
                                        "(?:" + "|".join(re.escape(rest) for rest in rests) + ")")
                    for first, rests in groups.items())
