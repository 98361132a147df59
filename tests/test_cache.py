"""The extraction cache: a rebuild extracts only what changed, and a stale or
broken entry is never used."""
import pickle

from digest.cache import PACK, ExtractionCache, fingerprint
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
    cache = ExtractionCache(tmp_path, "v1")
    extract_all([TEXT], KB, jobs=1, cache=cache)
    cache.save()
    monkeypatch.setattr("digest.cli.extract_text", lambda *a: (_ for _ in ()).throw(AssertionError("extracted again")))
    extract_all([TEXT], KB, jobs=1, cache=ExtractionCache(tmp_path, "v1"))


def test_changed_text_or_changed_rules_miss_the_cache(tmp_path):
    cache = ExtractionCache(tmp_path, "v1")
    changed = SourceText("a.txt", TEXT.text + " Thêm một câu.")
    assert cache.key(changed) != cache.key(TEXT)
    assert ExtractionCache(tmp_path, "v2").key(TEXT) != cache.key(TEXT)


def test_a_broken_pack_or_entry_is_extracted_again(tmp_path):
    cache = ExtractionCache(tmp_path, "v1")
    extract_all([TEXT], KB, jobs=1, cache=cache)
    cache.save()
    pack = tmp_path / PACK
    pack.write_bytes(b"not a pickle")
    assert extract_all([TEXT], KB, jobs=1, cache=ExtractionCache(tmp_path, "v1"))[0].source == "a.txt"
    key = cache.key(TEXT)
    for entry in (b"not a pickle", pickle.dumps({"not": "a report"})):
        pack.write_bytes(pickle.dumps({key: entry}))
        again = ExtractionCache(tmp_path, "v1")
        assert again.get(TEXT) is None
        assert extract_all([TEXT], KB, jobs=1, cache=again)[0].source == "a.txt"


def test_a_build_saves_only_the_entries_it_used(tmp_path):
    first = ExtractionCache(tmp_path, "v1")
    extract_all([TEXT], KB, jobs=1, cache=first)
    first.save()
    other = SourceText("b.txt", "Ngày 1/1/2020, hội nghị.")
    cache = ExtractionCache(tmp_path, "v1")
    extract_all([other], KB, jobs=1, cache=cache)
    cache.save()
    assert [p.name for p in tmp_path.iterdir()] == [PACK]
    assert list(pickle.loads((tmp_path / PACK).read_bytes())) == [cache.key(other)]


def test_a_rebuild_that_extracts_nothing_leaves_the_pack_alone(tmp_path):
    first = ExtractionCache(tmp_path, "v1")
    extract_all([TEXT], KB, jobs=1, cache=first)
    first.save()
    before = (tmp_path / PACK).stat()
    again = ExtractionCache(tmp_path, "v1")
    extract_all([TEXT], KB, jobs=1, cache=again)
    again.save()
    after = (tmp_path / PACK).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_workers_entries_are_the_reports_they_extracted(tmp_path):
    texts = [SourceText(f"{k:03}.txt", f"Ngày {k % 28 + 1}/3/2021, Bộ Công an tổ chức hội nghị lần thứ {k}.")
             for k in range(40)]
    cache = ExtractionCache(tmp_path, "v1")
    parallel = extract_all(texts, KB, jobs=2, cache=cache)
    cache.save()
    assert parallel == extract_all(texts, KB, jobs=1)
    reread = ExtractionCache(tmp_path, "v1")
    assert [reread.get(t) for t in texts] == parallel


def test_the_fingerprint_changes_with_the_knowledge_files(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "x.yaml").write_text("a: 1", encoding="utf-8")
    before = fingerprint(data)
    (data / "x.yaml").write_text("a: 2", encoding="utf-8")
    assert fingerprint(data) != before
