"""Front matter as YAML text, without PyYAML's per-node representer.

yaml.dump spends most of its time building and resolving a node for every
scalar, even with the C emitter. Front matter uses a small schema (mappings
with plain string keys, lists, str, int, bool, None), so this module writes
that block layout itself and asks PyYAML only for the scalars that need
quoting, once per distinct scalar. Anything outside the schema, or any value
whose quoted form would span lines, falls back to yaml.dump: the text is the
same as yaml.dump's either way (tests/test_frontmatter.py checks that).
"""
from __future__ import annotations

import re
from functools import lru_cache

import yaml

# libyaml's emitter is ~20x faster than PyYAML's pure-Python one; its scalar
# styles are the reference this module reproduces.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_OPTIONS = dict(allow_unicode=True, sort_keys=False, width=100000)

# A string libyaml writes plain in a block: printable, no line break (U+2028/9
# are breaks), no space at either end, no ':' or '#' anywhere and no indicator
# first. Stricter than libyaml, so some plain strings take the slow path; none
# that needs quotes takes this one. Whether it reads back as a string (not a
# number, date, bool or null) is asked of the resolver.
_PLAIN = re.compile(r"(?![\s#,\[\]{}&*!|>'\"%@`?\-.])"
                    # libyaml's printable characters minus '#' and ':'; as a negated class it compiles in 1 ms, not 5
                    r"[^\x00-\x1f#:\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff\U00010000-\U0010ffff]+"
                    r"(?<!\s)")
_LONGEST = 5000  # even escaped (10 characters each) far below the dump width: never folded onto a second line
_BREAK = re.compile("[\n\r\x85\u2028\u2029]")  # libyaml's line breaks: their indentation depends on the context
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_STR = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()


class _Unusual(Exception):
    """Data this writer leaves to yaml.dump."""


def dump(data: dict) -> str:
    """The same text as yaml.dump(data, CSafeDumper, allow_unicode, sort_keys=False, width=100000)."""
    try:
        if type(data) is not dict or not data:
            raise _Unusual
        lines: list[str] = []
        _mapping(data, 0, lines, set())
        return "\n".join(lines) + "\n"
    except _Unusual:
        return yaml.dump(data, Dumper=_DUMPER, **_OPTIONS)


def _mapping(data: dict, indent: int, lines: list[str], seen: set[int]) -> None:
    _once(data, seen)
    pad = " " * indent
    for key, value in data.items():
        if not _plain_key(key):
            raise _Unusual
        if type(value) is str:  # most values: the shortest path
            lines.append(f"{pad}{key}: {_string(value)}")
        elif type(value) is dict and value:
            lines.append(f"{pad}{key}:")
            _mapping(value, indent + 2, lines, seen)
        elif type(value) is list and value:
            lines.append(f"{pad}{key}:")
            _sequence(value, indent, lines, seen)  # a list in a mapping is not indented
        else:
            lines.append(f"{pad}{key}: {_leaf(value, seen)}")


def _sequence(data: list, indent: int, lines: list[str], seen: set[int]) -> None:
    _once(data, seen)
    pad = " " * indent
    for item in data:
        if type(item) in (dict, list) and item:
            first = len(lines)
            (_mapping if type(item) is dict else _sequence)(item, indent + 2, lines, seen)
            lines[first] = f"{pad}- {lines[first][indent + 2:]}"  # the item starts on the dash's line
        else:
            lines.append(f"{pad}- {_leaf(item, seen)}")


def _once(container: object, seen: set[int]) -> None:
    """yaml.dump writes an anchor and alias for a list or mapping that occurs twice."""
    if id(container) in seen:
        raise _Unusual
    seen.add(id(container))


@lru_cache(maxsize=256, typed=True)
def _plain_key(key: object) -> bool:
    """A key written as it is: lower-case ASCII that reads back as a string."""
    return type(key) is str and bool(_KEY.fullmatch(key)) and scalar(key) == key


def _string(text: str) -> str:
    written = scalar(text)
    if written is None:
        raise _Unusual
    return written


def _leaf(value: object, seen: set[int]) -> str:
    kind = type(value)
    if kind is str:
        return _string(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind in (dict, list):  # empty: written inline
        _once(value, seen)
        return "{}" if kind is dict else "[]"
    raise _Unusual


@lru_cache(maxsize=65536)
def scalar(text: str) -> str | None:
    """How yaml.dump writes `text` as a value in block style; None when it takes more than one line."""
    if len(text) > _LONGEST or _BREAK.search(text):
        return None
    if _PLAIN.fullmatch(text) and _plain_tag(text) == _STR:
        return text
    quoted = yaml.dump({"k": text}, Dumper=_DUMPER, **_OPTIONS)[3:-1]
    return None if "\n" in quoted else quoted


def _plain_tag(text: str) -> str:
    """The type a plain scalar would read back as (PyYAML's implicit resolvers, keyed by first character)."""
    if text[0] not in _RESOLVER.yaml_implicit_resolvers:
        return _STR
    return _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
