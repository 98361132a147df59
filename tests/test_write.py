"""The write stage: all or nothing, only into the folder it owns."""
import json

import pytest

from digest.render import Page
from digest.write import MANIFEST, WriteError, write_pages


def pages(**texts):
    return [Page(f"ban-tin/{name.replace('__', '/')}.md", text) for name, text in texts.items()]


def tree(docs):
    return {str(p.relative_to(docs)): p.read_text(encoding="utf-8")
            for p in sorted(docs.rglob("*")) if p.is_file() and not p.is_symlink()}


def test_first_build_writes_every_page_a_manifest_and_the_home_link(tmp_path):
    result = write_pages(pages(trang_chu="home", bao_cao__a="A"), tmp_path)
    assert sorted(result.written) == ["ban-tin/bao_cao/a.md", "ban-tin/trang_chu.md"]
    assert (tmp_path / "ban-tin/bao_cao/a.md").read_text(encoding="utf-8") == "A"
    assert set(json.loads((tmp_path / "ban-tin" / MANIFEST).read_text())) == {"bao_cao/a.md", "trang_chu.md"}
    assert (tmp_path / "index.md").is_symlink()


def test_rebuild_with_no_change_writes_nothing(tmp_path):
    write_pages(pages(a="A", b="B"), tmp_path)
    before = {p: p.lstat().st_ino for p in tmp_path.rglob("*.md")}
    result = write_pages(pages(a="A", b="B"), tmp_path)
    assert result.written == [] and result.removed == [] and result.unchanged == 2
    assert {p: p.lstat().st_ino for p in tmp_path.rglob("*.md")} == before


def test_one_change_rewrites_only_that_page_and_keeps_the_others_as_they_were(tmp_path):
    write_pages(pages(a="A", b="B"), tmp_path)
    b_inode = (tmp_path / "ban-tin/b.md").stat().st_ino
    result = write_pages(pages(a="A2", b="B"), tmp_path)
    assert result.written == ["ban-tin/a.md"]
    assert (tmp_path / "ban-tin/a.md").read_text(encoding="utf-8") == "A2"
    assert (tmp_path / "ban-tin/b.md").stat().st_ino == b_inode


def test_stale_pages_of_removed_reports_disappear(tmp_path):
    write_pages(pages(a="A", b="B"), tmp_path)
    result = write_pages(pages(a="A"), tmp_path)
    assert result.removed == ["ban-tin/b.md"]
    assert not (tmp_path / "ban-tin/b.md").exists()


def test_hand_written_pages_next_to_the_owned_folder_are_never_touched(tmp_path):
    (tmp_path / "gioi-thieu.md").write_text("viết tay", encoding="utf-8")
    (tmp_path / "index.md").write_text("trang chủ viết tay", encoding="utf-8")
    result = write_pages(pages(a="A"), tmp_path)
    assert (tmp_path / "gioi-thieu.md").read_text(encoding="utf-8") == "viết tay"
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "trang chủ viết tay"
    assert any("hand-written home page kept" in w for w in result.warnings)


def test_a_foreign_file_inside_the_owned_folder_stops_the_write_and_keeps_everything(tmp_path):
    write_pages(pages(a="A"), tmp_path)
    (tmp_path / "ban-tin/ghi-chu.md").write_text("của biên tập viên", encoding="utf-8")
    before = tree(tmp_path)
    with pytest.raises(WriteError, match="ghi-chu.md"):
        write_pages(pages(a="A2"), tmp_path)
    assert tree(tmp_path) == before


def test_a_folder_not_made_by_the_generator_is_left_alone(tmp_path):
    (tmp_path / "ban-tin").mkdir()
    (tmp_path / "ban-tin/x.md").write_text("x", encoding="utf-8")
    with pytest.raises(WriteError, match="not made by build_site.py"):
        write_pages(pages(a="A"), tmp_path)


def test_pages_outside_the_owned_folder_are_refused(tmp_path):
    for path in ("../escape.md", "ban-tin/../../escape.md", "/escape.md"):
        with pytest.raises(WriteError):
            write_pages([Page(path, "x")], tmp_path)
    assert not (tmp_path.parent / "escape.md").exists()


def test_leftover_staging_folders_of_a_killed_build_are_cleared(tmp_path):
    write_pages(pages(a="A"), tmp_path)
    (tmp_path / ".ban-tin.staging-999").mkdir()
    write_pages(pages(a="A2"), tmp_path)
    assert not list(tmp_path.glob(".ban-tin.staging-*"))


def test_pages_can_arrive_one_by_one_and_a_failure_midway_keeps_the_old_output(tmp_path):
    write_pages(pages(a="A", b="B"), tmp_path)
    before = tree(tmp_path)

    def rendering():
        yield Page("ban-tin/a.md", "A2")
        raise RuntimeError("a template broke")

    with pytest.raises(RuntimeError):
        write_pages(rendering(), tmp_path)
    assert tree(tmp_path) == before
    assert not list(tmp_path.glob(".ban-tin.staging-*"))
    result = write_pages(iter(pages(a="A2", b="B")), tmp_path)
    assert result.written == ["ban-tin/a.md"] and result.unchanged == 1
    assert (tmp_path / "ban-tin/a.md").read_text(encoding="utf-8") == "A2"


def test_a_docs_folder_that_is_a_file_is_refused_with_a_clear_message(tmp_path):
    import pytest

    from digest.write import Output, WriteError
    docs = tmp_path / "docs"
    docs.write_text("not a folder", encoding="utf-8")
    with pytest.raises(WriteError, match="is a file, not a folder"):
        Output(docs)
    assert docs.read_text(encoding="utf-8") == "not a folder"
