"""Read stage: find the report files of a seeds folder and decode them.

Problems come in two strengths (see README, "Bad input"):
- ReportError stops the build before anything is written;
- a Skip drops one file with a note that the review page shows.
"""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .model import SourceText
from .vietnamese import nfc, strip_invisible

MAX_BYTES = 5 * 1024 * 1024
_VIETNAMESE = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ReportError(Exception):
    """A problem that stops the build: names the file and what is wrong."""

    def __init__(self, path: Path | str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


@dataclass(frozen=True)
class Skip:
    """A file left out of the site, and why; listed on the review page."""

    name: str
    problem: str


def discover(seeds: Path) -> list[Path]:
    if not seeds.is_dir():
        raise ReportError(seeds, "the seeds folder does not exist or is not a folder")
    try:
        return sorted((p for p in seeds.iterdir() if p.suffix.lower() == ".txt"), key=lambda p: p.name)
    except OSError as error:
        raise ReportError(seeds, f"cannot list the folder ({error.strerror})") from None


def read_all(seeds: Path) -> tuple[list[SourceText], list[Skip]]:
    texts: list[SourceText] = []
    skips: list[Skip] = []
    for path in discover(seeds):
        result = read_one(path, seeds)
        (texts if isinstance(result, SourceText) else skips).append(result)
    return texts, skips


def read_one(path: Path, seeds: Path) -> SourceText | Skip:
    name = nfc(path.name)
    if path.is_symlink() and not _inside(path, seeds):
        return Skip(name, "is a link to a file outside the seeds folder; not read")
    if not path.is_file():
        return Skip(name, "is not a regular file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        return Skip(name, f"is {size / 1048576:.1f} MB, over the {MAX_BYTES // 1048576} MB limit for one report")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReportError(path, f"cannot be read ({error.strerror})") from None
    text, encoding, notes = decode(data, path)
    text = _tidy(text)
    if not text.strip():
        return Skip(name, "is empty")
    return SourceText(name=name, text=text, encoding=encoding, warnings=notes)


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str, list[str]]:
    """Bytes to text. UTF-8 first; UTF-16 and UTF-8 with a byte-order mark;
    Windows-1258 (old Vietnamese Windows files) when UTF-8 fails and the result
    reads as Vietnamese. Anything else is an error naming the byte offset."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, [f"decoded as {encoding.upper()} (byte-order mark)"]
            except UnicodeDecodeError as error:
                raise ReportError(path, f"invalid {encoding.upper()} at byte offset {error.start}") from None
    if b"\x00" in data:
        raise ReportError(path, f"looks binary: NUL byte at byte offset {data.index(0)}")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        utf8_error = error
    legacy = _try_cp1258(data)
    if legacy is not None:
        return legacy, "cp1258", ["not UTF-8; decoded as Windows-1258"]
    bad = data[utf8_error.start]
    raise ReportError(path, f"not UTF-8: byte 0x{bad:02x} at byte offset {utf8_error.start} cannot be decoded")


def _try_cp1258(data: bytes) -> str | None:
    try:
        text = nfc(data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    non_ascii = [c for c in text if ord(c) > 127]
    vietnamese = len(_VIETNAMESE.findall(text))
    return text if non_ascii and vietnamese >= 0.8 * len(non_ascii) else None


def _tidy(text: str) -> str:
    """NFC, unified line ends, no invisible or control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return nfc(_CONTROL.sub("", strip_invisible(text)))


def _inside(path: Path, folder: Path) -> bool:
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except OSError:
        return False
