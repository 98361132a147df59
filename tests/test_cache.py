"""The extraction cache: a rebuild extracts only what changed, and a stale or
broken entry is never used."""
import pickle

from digest.cache import ExtractionCache, fingerprint
from digest.cli import extract_all
from digest.knowledge import load_knowledge
from digest.model import SourceText

from conftest import ROOT

KB = load_knowledge(ROOT / "data")
TEXT = SourceText("a.txt", "Sáng 19/7/2022, Bộ Công an tổ chức Hội nghị. Thứ trưởng Lê Văn Tuyến dự.")


def test_a_cached_report_equals_a_fresh_extraction(tmp_path):
    cache = ExtractionCache(tmp_path, "v1")
    first = extract_all([TEXT], KB, jobs=1, cache=cache)
    again = extract_all([TEXT], KB, jobs=1, cache=ExtractionCache(tmp_path, "v1"))
    assert again == first


def test_the_cache_is_used_for_unchanged_text(tmp_path, monkeypatch):
    extract_all([TEXT], KB, jobs=1, cache=ExtractionCache(tmp_path, "v1"))
    monkeypatch.setattr("digest.cli.extract_text", lambda *a: (_ for _ in ()).throw(AssertionError("extracted again")))
    extract_all([TEXT], KB, jobs=1, cache=ExtractionCache(tmp_path, "v1"))


def test_changed_text_or_changed_rules_miss_the_cache(tmp_path):
    cache = ExtractionCache(tmp_path, "v1")
    changed = SourceText("a.txt", TEXT.text + " Thêm một câu.")
    assert cache.key(changed) != cache.key(TEXT)
    assert ExtractionCache(tmp_path, "v2").key(TEXT) != cache.key(TEXT)


def test_a_broken_entry_is_extracted_again(tmp_path):
    cache = ExtractionCache(tmp_path, "v1")
    extract_all([TEXT], KB, jobs=1, cache=cache)
    entry = next(p for p in tmp_path.rglob("*") if p.is_file())
    entry.write_bytes(b"not a pickle")
    assert extract_all([TEXT], KB, jobs=1, cache=ExtractionCache(tmp_path, "v1"))[0].source == "a.txt"
    entry.write_bytes(pickle.dumps({"not": "a report"}))
    assert extract_all([TEXT], KB, jobs=1, cache=ExtractionCache(tmp_path, "v1"))[0].source == "a.txt"


def test_entries_not_used_by_a_build_are_pruned(tmp_path):
    extract_all([TEXT], KB, jobs=1, cache=ExtractionCache(tmp_path, "v1"))
    other = SourceText("b.txt", "Ngày 1/1/2020, hội nghị.")
    cache = ExtractionCache(tmp_path, "v1")
    extract_all([other], KB, jobs=1, cache=cache)
    cache.prune()
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [cache.key(other)]


def test_the_fingerprint_changes_with_the_knowledge_files(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "x.yaml").write_text("a: 1", encoding="utf-8")
    before = fingerprint(data)
    (data / "x.yaml").write_text("a: 2", encoding="utf-8")
    assert fingerprint(data) != before
