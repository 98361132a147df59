"""Bad input gets a clear answer and loses nothing (README "Bad input").

One case per test, each run against build_site.py as a subprocess, next to one
good report. Three outcomes, each asserted with the message a user sees, the
exit code and what the output holds:
- published: the report is decoded or cleaned up, and a note says what was done;
- skipped: exit 0, one warning line, the file listed on the review page;
  with --strict exit 1 and nothing written;
- stops the build: exit 2, one "error:" line naming the file, nothing written.
"""
from __future__ import annotations

import codecs
import ctypes
import html.parser
import os
import random
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SEEDS, Build, new_build

GOOD = sorted(SEEDS.glob("*.txt"))[0]
TEXT = GOOD.read_text(encoding="utf-8")
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2  # linux/prctl.h, capability.h
HTML_REPORT = """---
title: Tiêu đề giả mạo
date: 1999-01-01
layout: <script>alert(1)</script>
---
# Không phải tiêu đề
Sáng 27/10/2025, Bộ Công an tổ chức hội nghị {{ config.site_name }} và {% include "x" %} trong ngày.
Đoạn có **chữ đậm**, [liên kết](https://example.com), `mã` và <b>thẻ HTML</b> <!-- chú thích --> đầy đủ.
- không phải danh sách, 1. không phải danh sách đánh số.
"""


# -- running the generator --------------------------------------------------------

@pytest.fixture
def project(tmp_path) -> Build:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(GOOD, seeds / GOOD.name)
    return new_build(tmp_path / "project", seeds=seeds)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file and folder, except hidden ones other than the manifest (the
    extraction cache, staging leftovers): MkDocs does not publish them."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"")
            for p in sorted(folder.rglob("*")) if not _hidden(p.relative_to(folder))}


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") and part != ".manifest.json" for part in relative.parts)


def pages(build: Build) -> dict[str, tuple[dict, str]]:
    """Report pages by source file name: (front matter, body)."""
    found = {}
    for path in build.pages("bao-cao"):
        text = path.read_text(encoding="utf-8")
        end = text.index("\n---\n", 4)
        meta = yaml.safe_load(text[4:end])
        found[meta["source"]] = (meta, text[end + 5:])
    return found


def review(build: Build) -> str:
    return (build.docs / "ban-tin" / "ra-soat.md").read_text(encoding="utf-8")


def lines(stream: str) -> list[str]:
    return [line for line in stream.splitlines() if line.strip()]


def assert_published(build: Build, name: str, note: str | None = None) -> tuple[dict, str]:
    result = build.generate()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    notes = [line for line in lines(result.stderr) if line.startswith("note:")]
    if note is None:
        assert notes == []
    else:
        assert any(name in line and note in line for line in notes), result.stderr
    assert "warning:" not in result.stderr
    published = pages(build)
    assert set(published) == {GOOD.name, name}
    return published[name]


def assert_skipped(build: Build, name: str, reason: str) -> None:
    before = snapshot(build.docs)
    strict = build.generate("--strict")
    assert strict.returncode == 1, strict.stderr
    assert snapshot(build.docs) == before, "--strict must not write anything"
    result = build.generate()
    assert result.returncode == 0, result.stderr
    warnings = [line for line in lines(result.stderr) if line.startswith("warning:")]
    assert len(warnings) == 1 and name in warnings[0] and reason in warnings[0] and "skipped" in warnings[0]
    assert "Traceback" not in result.stderr
    assert set(pages(build)) == {GOOD.name}
    listed = [line for line in review(build).splitlines() if name in line]
    assert listed and reason in listed[0], "a skipped file must be listed on the review page"


def assert_stops(build: Build, name: str, *message: str) -> None:
    before = snapshot(build.root)
    result = build.generate()
    assert result.returncode == 2, result.stderr
    assert lines(result.stderr) == [lines(result.stderr)[0]] and result.stderr.startswith("error: ")
    for words in (name, *message):
        assert words in result.stderr
    assert snapshot(build.root) == before, "a build stopped by an error writes nothing"


def paragraphs_of(body: str) -> list[str]:
    return [line for line in body.splitlines() if len(line) > 80]


# -- encodings ------------------------------------------------------------------------

def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: letters with ^, breve or horn are single
    bytes, tones are combining marks after the letter."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        shape = "".join(m for m in marks if m in "\u0302\u0306\u031b")
        tones = "".join(m for m in marks if m not in "\u0302\u0306\u031b")
        out += (unicodedata.normalize("NFC", base + shape) + tones).encode("cp1258")
    return bytes(out)


def test_windows_1258_vietnamese_is_decoded_to_the_same_page_as_utf8(project):
    data = to_cp1258(TEXT)
    assert b"\xec" in data or b"\xcc" in data  # the tones really are combining marks
    (project.seeds / "cp1258.txt").write_bytes(data)
    meta, body = assert_published(project, "cp1258.txt", note="decoded as Windows-1258")
    good_meta, good_body = pages(project)[GOOD.name]
    assert {**meta, "source": None} == {**good_meta, "source": None}
    assert paragraphs_of(body) == paragraphs_of(good_body)
    assert unicodedata.is_normalized("NFC", body)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_decoded(project, encoding):
    bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
    (project.seeds / "utf16.txt").write_bytes(bom + TEXT.replace("\n", "\r\n").encode(encoding))
    meta, body = assert_published(project, "utf16.txt", note="decoded as UTF-16")
    assert paragraphs_of(body) == paragraphs_of(pages(project)[GOOD.name][1])


def test_undecodable_bytes_stop_the_build_naming_the_file_and_byte_offset(project):
    head = "Sáng 27/10/2025, Bộ Công an tổ chức hội nghị. ".encode("utf-8")
    # 0x81 0x8d 0x8f are undefined in Windows-1258 too, so no decoding can be right
    (project.seeds / "hỏng.txt").write_bytes(head + b"\x81\x8d\x8f tail")
    assert_stops(project, "hỏng.txt", "not UTF-8", "0x81", f"byte offset {len(head)}")


def test_a_broken_utf16_file_stops_the_build_naming_the_byte_offset(project):
    data = codecs.BOM_UTF16_LE + "Bộ Công an".encode("utf-16-le") + b"\x00\xd8A\x00"  # lone surrogate
    (project.seeds / "utf16-hong.txt").write_bytes(data)
    assert_stops(project, "utf16-hong.txt", "invalid UTF-16", "byte offset")


# -- empty, binary, NUL, huge ------------------------------------------------------------

def test_an_empty_file_is_skipped(project):
    (project.seeds / "rong.txt").write_bytes(b"")
    assert_skipped(project, "rong.txt", "rỗng")


def test_a_whitespace_only_file_is_skipped(project):
    (project.seeds / "trang.txt").write_text(" \n\t\r\n\u00a0\u200b\u3000\n", encoding="utf-8")
    assert_skipped(project, "trang.txt", "rỗng")


def test_a_binary_file_is_skipped_naming_its_kind(project):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(7).randbytes(4000)
    (project.seeds / "anh.txt").write_bytes(data)
    assert_skipped(project, "anh.txt", "không phải tệp văn bản (PNG)")


def test_random_bytes_without_a_known_signature_are_skipped_as_binary(project):
    (project.seeds / "nhi-phan.txt").write_bytes(random.Random(8).randbytes(8000))
    assert_skipped(project, "nhi-phan.txt", "không phải tệp văn bản")


def test_nul_bytes_in_a_text_are_dropped_with_a_note(project):
    # a file padded with NULs after a crash, and a NUL inside a line
    data = TEXT.replace("Bộ Công an", "Bộ\x00 Công an", 1).encode("utf-8") + b"\x00" * 4096
    (project.seeds / "nul.txt").write_bytes(data)
    meta, body = assert_published(project, "nul.txt", note="NUL byte(s) removed")
    assert "\x00" not in body and "\x00" not in str(meta)
    assert {**meta, "source": None} == {**pages(project)[GOOD.name][0], "source": None}


def test_a_20_mb_file_is_skipped_without_being_read(project):
    big = project.seeds / "20mb.txt"
    with big.open("wb") as out:
        out.truncate(20 * 1024 * 1024)  # sparse: the size alone decides
    assert_skipped(project, "20mb.txt", "20.0 MB")


# -- names and links ---------------------------------------------------------------------

@pytest.mark.parametrize("name", ["bản tin số 1 (bản sao).txt", "..txt", "a..b...txt",
                                  unicodedata.normalize("NFD", "Hội nghị Công an.txt")])
def test_file_names_with_spaces_vietnamese_letters_or_dots_are_published(project, tmp_path, name):
    (project.seeds / name).write_text(TEXT, encoding="utf-8")
    outside = lambda: sorted(p for p in tmp_path.rglob("*") if project.docs not in p.parents)
    before = outside()
    meta, body = assert_published(project, unicodedata.normalize("NFC", name))
    assert meta["source"] == unicodedata.normalize("NFC", name)
    assert outside() == before, "nothing is written outside docs/"
    assert all(p.name.isascii() and ".." not in p.stem for p in project.pages("bao-cao"))


def test_a_windows_1258_file_name_is_shown_in_vietnamese(project):
    raw = to_cp1258("Hội nghị.txt")
    with open(os.path.join(os.fsencode(project.seeds), raw), "wb") as out:
        out.write(TEXT.encode("utf-8"))
    assert_published(project, "Hội nghị.txt", note="file name is not UTF-8")


def test_a_symlink_out_of_the_seeds_folder_is_skipped_and_not_read(project, tmp_path):
    secret = tmp_path / "ngoai" / "mat.txt"
    secret.parent.mkdir()
    secret.write_text(TEXT.replace("Bộ Công an", "Bộ Công an BÍMẬTNGOÀI"), encoding="utf-8")
    (project.seeds / "lien-ket.txt").symlink_to(secret)
    assert_skipped(project, "lien-ket.txt", "nằm ngoài thư mục bài")
    assert not any("BÍMẬTNGOÀI" in p.read_text(encoding="utf-8") for p in project.pages())


def test_a_folder_named_like_a_report_is_skipped(project):
    (project.seeds / "thu-muc.txt").mkdir()
    assert_skipped(project, "thu-muc.txt", "không phải tệp thường")


def test_an_unreadable_file_stops_the_build(project):
    target = project.seeds / "khoa.txt"
    target.write_text(TEXT, encoding="utf-8")
    target.chmod(0)
    before = snapshot(project.root)
    result = subprocess.run([sys.executable, str(ROOT / "build_site.py"), "--seeds", str(project.seeds),
                             "--docs", str(project.docs)], cwd=ROOT, capture_output=True, text=True,
                            preexec_fn=_obey_file_modes)
    if result.returncode == 126:
        pytest.skip("cannot drop the capability to read any file (prctl PR_CAPBSET_DROP refused here)")
    assert result.returncode == 2, result.stderr
    assert lines(result.stderr) == [f"error: {target}: cannot be read (Permission denied)"]
    assert snapshot(project.root) == before


def _obey_file_modes() -> None:
    """Root reads a file whatever its mode; a child without CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH (dropped from its bounding set, so exec cannot regain
    them) is refused like any user. Harmless when not root."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            os._exit(126)


# -- duplicates and text shapes -------------------------------------------------------------

def slugs_by_source(build: Build) -> dict[str, str]:
    return {pages_source(path): path.stem for path in build.pages("bao-cao")}


def test_two_reports_with_the_same_title_and_date_keep_distinct_stable_slugs(project):
    (project.seeds / "ban-sao.txt").write_text(TEXT, encoding="utf-8")
    assert project.generate().returncode == 0
    first = slugs_by_source(project)
    assert set(first) == {GOOD.name, "ban-sao.txt"} and len(set(first.values())) == 2
    (project.seeds / "ban-sao-2.txt").write_text(TEXT, encoding="utf-8")  # another copy arrives
    assert project.generate().returncode == 0
    again = slugs_by_source(project)
    assert len(set(again.values())) == 3
    assert {k: again[k] for k in first} == first, "slugs must not move when another copy arrives"


def test_text_in_nfd_gives_the_same_page_as_nfc(project):
    (project.seeds / "nfd.txt").write_text(unicodedata.normalize("NFD", TEXT), encoding="utf-8")
    meta, body = assert_published(project, "nfd.txt")
    good_meta, good_body = pages(project)[GOOD.name]
    assert {**meta, "source": None} == {**good_meta, "source": None}
    assert paragraphs_of(body) == paragraphs_of(good_body)


def test_zero_width_and_bidi_controls_are_removed(project):
    hidden = "\u200b\u200c\u200d\u200e\u202e\u2066\u2069\ufeff\u00ad"
    poisoned = "".join(c + hidden[i % len(hidden)] if c == "ô" else c for i, c in enumerate(TEXT))
    (project.seeds / "an.txt").write_text(poisoned, encoding="utf-8")
    meta, body = assert_published(project, "an.txt")
    page = (str(meta) + body)
    assert not any(c in page for c in hidden)
    assert {**meta, "source": None} == {**pages(project)[GOOD.name][0], "source": None}


def test_a_report_that_is_all_page_furniture_is_skipped(project):
    furniture = ["Thăm dò ý kiến", "Bạn đánh giá thế nào về bài viết này?", "Nodata", "Gửi bình chọn",
                 "Xem kết quả", "10:30 27/10/2025", "Chia sẻ", "In bài", "1.234 lượt xem", "anh-1.jpg",
                 "(Ảnh minh họa)"]
    (project.seeds / "khung.txt").write_text("\n".join(furniture) + "\n", encoding="utf-8")
    assert_skipped(project, "khung.txt", "không còn đoạn văn nào")


class _ArticleText(html.parser.HTMLParser):
    """The visible text of a page's <article>."""

    def __init__(self):
        super().__init__()
        self.depth, self.text = 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "article" or self.depth:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def test_front_matter_yaml_jinja_markdown_and_html_in_a_report_show_as_text(project):
    (project.seeds / "cu-phap.txt").write_text(HTML_REPORT, encoding="utf-8")
    meta, body = assert_published(project, "cu-phap.txt")
    assert meta["title"] != "Tiêu đề giả mạo" and meta["date"] != "1999-01-01"
    assert "layout" not in meta
    built = project.mkdocs()
    assert built.returncode == 0, built.stderr
    page = project.site / "ban-tin" / "bao-cao" / next(p.stem for p in project.pages("bao-cao")
                                                       if pages_source(p) == "cu-phap.txt") / "index.html"
    article = _ArticleText()
    article.feed(page.read_text(encoding="utf-8"))
    shown = " ".join("".join(article.text).split())
    for literal in ("{{ config.site_name }}", '{% include "x" %}', "**chữ đậm**", "[liên kết](https://example.com)",
                    "`mã`", "<b>thẻ HTML</b>", "<!-- chú thích -->", "- không phải danh sách, 1. không phải"):
        assert literal in shown, literal


def pages_source(path: Path) -> str:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])["source"]


def test_a_converted_file_is_listed_on_the_review_page_in_vietnamese(project):
    (project.seeds / "cp1258.txt").write_bytes(to_cp1258(TEXT))
    assert_published(project, "cp1258.txt", note="decoded as Windows-1258")
    listed = [line for line in review(project).splitlines() if "cp1258.txt" in line]
    assert listed and "đã đọc theo bảng mã Windows-1258" in listed[0]
    assert "bao-cao/" in listed[0]  # a link to the report's page, to check the text
    assert not [line for line in review(project).splitlines() if GOOD.name in line and "bảng mã" in line]
