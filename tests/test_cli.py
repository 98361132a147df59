"""build_site.py as a user runs it: options, exit codes, messages, the page contract."""
import yaml

from conftest import SEEDS, run_generator

CONTRACT = ["source", "title", "date", "date_precision", "date_basis", "date_evidence", "event",
            "officials", "resolutions", "documents", "author"]


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text[4:text.index("\n---\n", 4)])


def test_help_explains_every_option():
    result = run_generator("--help")
    assert result.returncode == 0
    for option in ("--seeds", "--docs", "--data", "--overrides", "--templates", "--jobs", "--strict", "--quiet"):
        assert option in result.stdout


def test_every_seed_becomes_one_report_page_with_the_contract_keys(scratch):
    result = scratch.generate()
    assert result.returncode == 0, result.stderr
    metas = [front_matter(p) for p in scratch.pages("bao-cao")]
    assert sorted(m["source"] for m in metas) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for meta in metas:
        assert list(meta) == CONTRACT
        assert meta["date_precision"] in ("day", "month", "year", "unknown")
        assert meta["date_basis"] in ("explicit", "inferred", "event", "override", "unknown")
        assert meta["event"]["type"] in ("hoi-nghi", "buoi-lam-viec", "hoi-thao", "le", "khac")
        assert (meta["date"] is None) == (meta["date_precision"] == "unknown")


def test_index_pages_and_the_home_link_are_generated(scratch):
    assert scratch.generate().returncode == 0
    owned = scratch.docs / "ban-tin"
    for page in ("trang-chu.md", "ra-soat.md", "nam/index.md", "nghi-quyet/index.md", "can-bo/index.md",
                 "su-kien/index.md", "van-ban/index.md"):
        assert (owned / page).is_file(), page
    assert (scratch.docs / "index.md").resolve() == (owned / "trang-chu.md").resolve()


def test_same_input_gives_byte_identical_output_in_another_folder(tmp_path):
    from conftest import new_build
    first, second = new_build(tmp_path / "a"), new_build(tmp_path / "b")
    assert first.generate().returncode == 0 and second.generate().returncode == 0
    read = lambda b: {str(p.relative_to(b.docs)): p.read_bytes() for p in b.pages()}
    assert read(first) == read(second)


def test_a_missing_seeds_folder_is_one_clear_line_and_exit_2(scratch, tmp_path):
    result = run_generator("--seeds", str(tmp_path / "nowhere"), "--docs", str(scratch.docs))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "nowhere" in result.stderr and "Traceback" not in result.stderr


def test_a_failed_build_leaves_the_previous_output_as_it_was(scratch):
    assert scratch.generate().returncode == 0
    before = {p: p.read_bytes() for p in scratch.pages()}
    # bytes that are neither UTF-8 nor Windows-1258: an error, never a guess
    (scratch.seeds / "zz-broken.txt").write_bytes("Sáng 27/10, Bộ Công an ".encode() + b"\x81\x8d\x8f\x90\x9d")
    result = scratch.generate()
    assert result.returncode != 0 and "zz-broken.txt" in result.stderr
    assert {p: p.read_bytes() for p in scratch.pages()} == before


def test_removed_reports_lose_their_pages(scratch):
    assert scratch.generate().returncode == 0
    gone = sorted(scratch.seeds.glob("*.txt"))[0]
    gone.unlink()
    assert scratch.generate().returncode == 0
    assert gone.name not in {front_matter(p)["source"] for p in scratch.pages("bao-cao")}


def templates_with(folder, name, added):
    """A copy of the project's templates with `added` at the end of one of them."""
    import shutil
    from conftest import ROOT
    shutil.copytree(ROOT / "templates", folder)
    with (folder / name).open("a", encoding="utf-8") as handle:
        handle.write(added)
    return folder


def test_a_broken_or_missing_template_is_one_line_naming_it_and_the_output_is_kept(scratch, tmp_path):
    assert scratch.generate().returncode == 0
    before = {p: p.read_bytes() for p in scratch.pages()}
    templates = templates_with(tmp_path / "templates", "event.md.j2", "\n{% if %}\n")
    result = scratch.generate("--templates", str(templates))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{templates / 'event.md.j2'}: line " in result.stderr and result.stderr.count("\n") == 1
    (templates / "event.md.j2").unlink()
    result = scratch.generate("--templates", str(templates))
    assert result.returncode == 2 and "no template event.md.j2" in result.stderr and "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in scratch.pages()} == before


def test_a_template_that_fails_while_rendering_names_itself(scratch, tmp_path):
    templates = templates_with(tmp_path / "templates", "report.md.j2", "\n{{ report.no_such_field }}\n")
    result = scratch.generate("--templates", str(templates))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert str(templates / "report.md.j2") in result.stderr and "no_such_field" in result.stderr


def test_the_cycle_collector_is_off_during_a_build_and_restored_after_it(tmp_path, monkeypatch):
    import gc

    from digest import cli
    seen = []
    monkeypatch.setattr(cli, "build", lambda args: seen.append(gc.isenabled()) or 0)
    assert cli.main(["--seeds", str(tmp_path), "--docs", str(tmp_path / "docs")]) == 0
    assert seen == [False] and gc.isenabled()

    def broken(args):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli, "build", broken)
    try:
        cli.main(["--seeds", str(tmp_path)])
    except KeyboardInterrupt:
        pass
    assert gc.isenabled()
