"""The read stage: decoding, binary detection, file names, what becomes a Skip."""
from __future__ import annotations

import codecs
import os
import random
import unicodedata
from pathlib import Path

import pytest

from conftest import SEEDS
from digest.read import MAX_BYTES, ReportError, Skip, binary_kind, decode, file_name, read_one, tidy

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def to_cp1258(text: str) -> bytes:
    """As Windows-1258 stores Vietnamese: shaped letters (â ă ê ô ơ ư) as single
    bytes, tones as combining marks after them."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            shape = "".join(m for m in marks if m in "\u0302\u0306\u031b")
            tones = "".join(m for m in marks if m not in "\u0302\u0306\u031b")
            out += (unicodedata.normalize("NFC", base + shape) + tones).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name)
def test_real_windows_1258_vietnamese_decodes_to_the_utf8_text(seed):
    original = seed.read_text(encoding="utf-8")
    text, encoding, notes = decode(to_cp1258(original))
    assert encoding == "cp1258" and notes == ["not UTF-8; decoded as Windows-1258"]
    assert tidy(text) == tidy(original)


def test_utf8_with_one_broken_byte_is_an_error_not_mojibake():
    good = SEED_FILES[0].read_bytes()
    cut = good.index(b" ", 200)  # between two characters
    broken = good[:cut] + b"\xff" + good[cut:]
    with pytest.raises(ReportError, match=f"0xff at byte offset {cut} "):
        decode(broken, "x.txt")


def test_western_european_text_is_not_taken_for_windows_1258():
    with pytest.raises(ReportError, match="not UTF-8"):
        decode("Réunion à Genève: « coopération » façade naïve".encode("latin-1"))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16-le", "utf-16-be"])
def test_a_byte_order_mark_names_the_encoding(encoding):
    bom = {"utf-8-sig": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[encoding]
    text, used, notes = decode(bom + "Bộ Công an".encode(encoding))
    assert text == "Bộ Công an" and notes and "byte-order mark" in notes[0]


def test_nul_bytes_are_noted_with_their_count_and_first_offset_and_tidied_away():
    text, _, notes = decode(b"B\xe1\xbb\x99 C\xc3\xb4ng an\x00\x00")
    assert notes == ["2 NUL byte(s) removed, the first at byte offset 13"]
    assert tidy(text) == "Bộ Công an"


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n", "PDF"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff\xe0", "JPEG"),
    (b"PK\x03\x04\x14\x00", "ZIP/DOCX"), (random.Random(1).randbytes(2000), "nhiều byte điều khiển"),
])
def test_binary_files_are_recognised(data, kind):
    assert binary_kind(data) == kind


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF16_LE + "Bộ Công an tổ chức hội nghị".encode("utf-16-le"),
    "Bộ Công an\n".encode() + b"\x00" * 4096,  # padded after a crash
    "Bộ Công an\tHà Nội\r\n\x0c".encode(),
])
def test_text_with_nul_bytes_or_tabs_is_not_binary(data):
    assert binary_kind(data) is None


def test_line_ends_and_invisible_characters_are_tidied():
    assert tidy("a\r\nb\rc\u2028d\u2029e") == "a\nb\nc\nd\ne"
    assert tidy("Hà\u200b Nội\u202e\ufeff\u00ad\x07") == "Hà Nội"
    assert tidy(unicodedata.normalize("NFD", "Bộ Công an")) == "Bộ Công an"


def test_file_names_are_shown_in_nfc_whatever_their_bytes(tmp_path):
    assert file_name(Path(unicodedata.normalize("NFD", "Hội nghị.txt"))) == ("Hội nghị.txt", [])
    legacy = Path(os.fsdecode(to_cp1258("Hội nghị.txt")))
    assert file_name(legacy) == ("Hội nghị.txt", ["file name is not UTF-8; read as Windows-1258"])
    name, notes = file_name(Path(os.fsdecode(b"x\x81\x8d.txt")))
    assert name == "x\ufffd\ufffd.txt" and name.encode("utf-8") and notes


def test_a_file_over_the_limit_is_skipped_by_its_size_alone(tmp_path):
    path = tmp_path / "lon.txt"
    with path.open("wb") as out:
        out.truncate(MAX_BYTES + 1)  # sparse NULs: reading it would make it "empty", not "too large"
    result = read_one(path, tmp_path)
    assert isinstance(result, Skip) and "quá giới hạn" in result.problem


def test_a_file_at_the_limit_is_read(tmp_path):
    path = tmp_path / "vua.txt"
    line = "Sáng 27/10/2025, Bộ Công an tổ chức hội nghị.\n".encode()
    path.write_bytes((line * (MAX_BYTES // len(line)))[:MAX_BYTES])
    assert read_one(path, tmp_path).name == "vua.txt"


def test_noncharacters_and_c1_controls_never_reach_the_text(tmp_path):
    from digest.read import read_one
    path = tmp_path / "x.txt"
    path.write_bytes("Hội nghị \ufffe tổng kết\x85 công tác\uffff.\n".encode("utf-8"))
    assert read_one(path, tmp_path).text == "Hội nghị  tổng kết công tác.\n"


def test_two_files_shown_under_one_name_stop_the_build_naming_both(tmp_path):
    import unicodedata

    import pytest

    from digest.read import ReportError, read_all
    for form, day in (("NFC", 12), ("NFD", 13)):
        (tmp_path / unicodedata.normalize(form, "bài.txt")).write_text(f"Ngày {day}/5/2023, hội nghị.\n", encoding="utf-8")
    if len(list(tmp_path.iterdir())) < 2:
        pytest.skip("this file system normalises file names itself")
    with pytest.raises(ReportError) as caught:
        read_all(tmp_path)
    assert "bài.txt" in str(caught.value) and "rename one" in str(caught.value)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_with_a_note(tmp_path, encoding):
    from digest.read import read_one
    text = "Sáng 12/5/2023, Bộ Công an tổ chức Hội nghị ưu tiên chuyển đổi số.\n"
    path = tmp_path / "x.txt"
    path.write_bytes(text.encode(encoding))
    result = read_one(path, tmp_path)
    assert result.text == text and result.encoding == encoding
    assert "no byte-order mark" in result.warnings[0]


def test_utf32_with_its_byte_order_mark_is_read_as_utf32(tmp_path):
    from digest.read import read_one
    text = "Sáng 12/5/2023, Bộ Công an tổ chức Hội nghị 😀.\n"
    path = tmp_path / "x.txt"
    path.write_bytes(text.encode("utf-32"))  # its mark FF FE 00 00 begins with UTF-16's FF FE
    result = read_one(path, tmp_path)
    assert result.text == text and result.encoding == "utf-32"


def test_utf8_padded_with_nul_bytes_is_not_taken_for_utf16(tmp_path):
    from digest.read import read_one
    path = tmp_path / "x.txt"
    path.write_bytes("Sáng 12/5/2023, hội nghị.\n".encode("utf-8") + b"\x00" * 4096)
    assert read_one(path, tmp_path).encoding == "utf-8"


def test_a_control_character_in_a_file_name_is_shown_as_a_replacement_character(tmp_path):
    from digest.read import read_one
    path = tmp_path / "bài\nwarning: giả.txt"
    path.write_text("Sáng 12/5/2023, hội nghị.\n", encoding="utf-8")
    assert read_one(path, tmp_path).name == "bài\ufffdwarning: giả.txt"
