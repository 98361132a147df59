"""Read stage: find the report files of a seeds folder and decode them.

Problems come in two strengths (see README, "Bad input"):
- ReportError stops the build before anything is written: the file is meant to
  be a report but its text cannot be had (unreadable, unknown encoding), and
  building without it would silently drop its page from the site;
- a Skip drops one file that holds no report (empty, binary, far too large, a
  link out of the folder …) with a note that the review page shows. Skip notes
  are Vietnamese because they are printed on the site.
"""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .model import Note, SourceText
from .vietnamese import nfc, strip_invisible

# A news report is a few KB (the longest seen: 8 KB); a file over 1 MB is a dump
# or a mistake, and extracting it would make one file dominate the build time
# (extraction is linear, about 1-10 s per MB depending on the text).
MAX_BYTES = 1024 * 1024
_VIETNAMESE = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I)
# C0 control bytes other than tab, line ends, form feed and NUL: text never has
# many of them, every binary format does. Counted as what bytes.translate deletes (C speed).
_BINARY_BYTES = bytes([*range(0x01, 0x09), *range(0x0e, 0x1b), *range(0x1c, 0x20)])
_BINARY_SHARE = 0.01
_SNIFF = 64 * 1024
_MAGIC = {b"%PDF-": "PDF", b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF",
          b"PK\x03\x04": "ZIP/DOCX", b"\x1f\x8b": "gzip", b"\xd0\xcf\x11\xe0": "DOC/XLS", b"{\\rtf": "RTF"}


class ReportError(Exception):
    """A problem that stops the build: names the file and what is wrong."""

    def __init__(self, path: Path | str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem

    def __reduce__(self):  # raised in worker processes: must survive pickling
        return (type(self), (self.path, self.problem))


@dataclass(frozen=True)
class Skip:
    """A file left out of the site, and why (in Vietnamese); listed on the review page."""

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
    paths: dict[str, Path] = {}  # shown name -> the file read under it
    for path in discover(seeds):
        result = read_one(path, seeds)
        if isinstance(result, SourceText):
            if result.name in paths:  # a report is known by its shown name: one would replace the other
                raise ReportError(path, f"has the same name as {paths[result.name]} once both are shown as "
                                        f"{result.name!r} (Unicode normalisation, or bytes that are not UTF-8); "
                                        "rename one of them")
            paths[result.name] = path
        (texts if isinstance(result, SourceText) else skips).append(result)
    return texts, skips


def read_one(path: Path, seeds: Path) -> SourceText | Skip:
    name, name_notes = file_name(path)
    if path.is_symlink() and not _inside(path, seeds):
        return Skip(name, "là liên kết (symlink) tới tệp nằm ngoài thư mục bài; không đọc")
    if not path.is_file():
        return Skip(name, "không phải tệp thường (thư mục, liên kết hỏng, thiết bị …)")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Skip(name, f"dài {size / 1048576:.1f} MB, quá giới hạn {MAX_BYTES // 1048576} MB cho một bài")
        data = path.read_bytes()
    except OSError as error:
        raise ReportError(path, f"cannot be read ({error.strerror})") from None
    kind = binary_kind(data)
    if kind:
        return Skip(name, f"không phải tệp văn bản ({kind})")
    text, encoding, notes = decode(data, path)
    text = tidy(text)
    if not text.strip():
        return Skip(name, "rỗng hoặc chỉ có khoảng trắng")
    return SourceText(name=name, text=text, encoding=encoding, warnings=name_notes + notes)


def file_name(path: Path) -> tuple[str, list[Note]]:
    """The name shown on the site, in NFC. Names copied from old Windows
    machines may be Windows-1258 bytes, which cannot be written as UTF-8."""
    raw = os.fsencode(path.name)
    try:
        return _shown(raw.decode("utf-8")), []
    except UnicodeDecodeError:
        pass
    legacy = _try_cp1258(raw)
    if legacy is not None:
        return _shown(legacy), [Note("file name is not UTF-8; read as Windows-1258",
                                     "tên tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258")]
    return _shown(raw.decode("utf-8", "replace")), [
        Note("file name is not UTF-8; undecodable bytes shown as \ufffd",
             "tên tệp không phải UTF-8; byte không đọc được hiện thành \ufffd")]


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _shown(name: str) -> str:
    """NFC, and a control character (a line break in a file name would start a new line of
    the console's messages and of the page) shown as U+FFFD."""
    return nfc(_CONTROL.sub("\ufffd", name))


def binary_kind(data: bytes) -> str | None:
    """What kind of binary file this is, or None for text. NUL bytes alone do
    not make a file binary: UTF-16 text and text padded after a crash have them."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)) or utf16_without_bom(data):
        return None
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:_SNIFF]
    if head and len(head) - len(head.translate(None, _BINARY_BYTES)) > _BINARY_SHARE * len(head):
        return "nhiều byte điều khiển"
    return None


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str, list[Note]]:
    """Bytes to text. UTF-8 first; UTF-16 and UTF-8 with a byte-order mark;
    Windows-1258 (old Vietnamese Windows files) when UTF-8 fails and the result
    reads as Vietnamese. NUL bytes in text (a file padded after a crash) are
    noted; tidy drops them. Anything else is an error naming the byte offset."""
    # UTF-32 first: its little-endian mark begins with UTF-16's
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, [Note(f"decoded as {encoding.upper()} (byte-order mark)",
                                                              f"đọc theo bảng mã {encoding.upper()} (có dấu BOM)")]
            except UnicodeDecodeError as error:
                raise ReportError(path, f"invalid {encoding.upper()} at byte offset {error.start}") from None
    encoding = utf16_without_bom(data)
    if encoding:
        return data.decode(encoding), encoding, [Note(f"decoded as {encoding.upper()} (no byte-order mark)",
                                                      f"đọc theo bảng mã {encoding.upper()} (không có dấu BOM)")]
    # NUL is valid UTF-8 and Windows-1258; tidy removes it with the other controls
    notes = [Note(f"{data.count(0)} NUL byte(s) removed, the first at byte offset {data.index(0)}",
                  f"đã bỏ {data.count(0)} byte NUL, byte đầu tiên ở vị trí {data.index(0)}")] if 0 in data else []
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError as error:
        utf8_error = error
    legacy = _try_cp1258(data)
    if legacy is not None:
        return legacy, "cp1258", [*notes, Note("not UTF-8; decoded as Windows-1258",
                                               "không phải UTF-8; đã đọc theo bảng mã Windows-1258")]
    bad, offset = data[utf8_error.start], utf8_error.start
    raise ReportError(path, f"not UTF-8 (nor Windows-1258 Vietnamese): byte 0x{bad:02x} at byte offset "
                            f"{offset} cannot be decoded; save the file as UTF-8")


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for text saved as UTF-16 without a byte-order mark, else None.
    Such text has a NUL in every other byte for most characters (ASCII, and many Vietnamese
    letters are U+00xx); UTF-8 text has almost none, and it must decode."""
    head = data[:_SNIFF]
    if len(data) % 2 or len(head) < 4:
        return None
    low, high = head[0::2].count(0), head[1::2].count(0)
    encoding = "utf-16-le" if high >= 0.3 * len(head) / 2 > low else \
        "utf-16-be" if low >= 0.3 * len(head) / 2 > high else None
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding if _printable_share(text) >= 0.95 else None


def _printable_share(text: str) -> float:
    return sum(1 for c in text if c.isprintable() or c in "\n\r\t") / max(1, len(text))


def _try_cp1258(data: bytes) -> str | None:
    """Windows-1258 writes most tones as combining marks after the letter, so the
    text is NFC-normalised before asking whether it reads as Vietnamese."""
    try:
        text = nfc(data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    non_ascii = sum(1 for c in text if ord(c) > 127)
    vietnamese = len(_VIETNAMESE.findall(text))
    return text if non_ascii and vietnamese >= 0.8 * non_ascii else None


def tidy(text: str) -> str:
    """NFC, unified line ends, no invisible or control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return nfc(strip_invisible(text))


def _inside(path: Path, folder: Path) -> bool:
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except OSError:
        return False
