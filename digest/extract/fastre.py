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


def longest_first(words: Iterable[str], ignore_case: bool = False) -> str:
    """An alternation that matches what `w1|w2|...` with the words sorted longest first matches:
    at each place the longest word that fits (and, when what follows the alternation fails, the
    next longest), written as a trie: 'B(?:ộ\\ trưởng|í\\ thư)'. re then tries one character per
    branch at each place instead of every word in turn. ignore_case: the pattern will be used
    under re.I; the trie is built on the lower-case words, so no two branches can both match."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word.lower() if ignore_case else word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie(trie)


def _trie(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if "" in node:  # a word ends here: tried after every longer one
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
