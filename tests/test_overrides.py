"""Editors' overrides file: every field of a report can be fixed, the next
build applies it, and a mistake in the file stops the build with one clear line."""
from __future__ import annotations

import pytest
import yaml

from digest.link import link
from digest.overrides import OverrideError, apply_overrides, load_overrides
from test_link import report

UNDATED, DATED = "000_4a2885d85c68bb12.txt", "001_da5773750b17e206.txt"


def write(tmp_path, data) -> object:
    path = tmp_path / "overrides.yaml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def fixed(tmp_path, data, *reports):
    reports = list(reports) or [report("a.txt", "2022-07-19", people=("Lương Tam Quan", "Trần Xuân"),
                                       resolutions=("71/NQ-CP", "57-NQ/TW"))]
    reports, applied = apply_overrides(reports, load_overrides(write(tmp_path, data)))
    return reports[0], applied


def test_a_date_override_sets_value_precision_basis_and_evidence(tmp_path):
    fixed_report, applied = fixed(tmp_path, {"a.txt": {"date": "2025-10-27", "date_evidence": "Thư mời"}})
    date = fixed_report.date
    assert (date.value, date.precision, date.basis, date.evidence) == ("2025-10-27", "day", "override", "Thư mời")
    assert applied[0].kind == "override" and applied[0].fields == ("date", "date_evidence")


def test_yaml_dates_and_years_written_without_quotes_are_accepted(tmp_path):
    assert fixed(tmp_path, "a.txt:\n  date: 2024-03-13\n")[0].date.value == "2024-03-13"
    assert fixed(tmp_path, "a.txt:\n  date: 2024\n")[0].date.precision == "year"


def test_title_author_and_official_fixes(tmp_path):
    fixed_report, _ = fixed(tmp_path, {"a.txt": {
        "title": "Tiêu đề mới", "author": None,
        "officials": {"rename": {"Lương Tam Quan": "Lương Tam Quang"}, "remove": ["Trần Xuân"],
                      "set": {"Lương Tam Quang": {"rank": "Đại tướng", "positions": ["Bộ trưởng Bộ Công an"]}}}}})
    assert fixed_report.title == "Tiêu đề mới" and fixed_report.author is None
    [official] = fixed_report.officials
    assert (official.name, official.slug, official.rank, official.positions) == (
        "Lương Tam Quang", "luong-tam-quang", "Đại tướng", ["Bộ trưởng Bộ Công an"])


def test_a_wrong_resolution_or_document_link_can_be_removed(tmp_path):
    fixed_report, _ = fixed(tmp_path, {"a.txt": {"resolutions": {"remove": ["71/NQ-CP"]}}})
    assert [r.id for r in fixed_report.resolutions] == ["57-NQ/TW"]


def test_event_slugs_split_and_merge_events(tmp_path):
    same = dict(name="Hội nghị chuyển đổi số lần thứ 2", people=("Tô Lâm",))
    reports = [report("a.txt", "2023-10-10", **same), report("b.txt", "2023-10-10", **same),
               report("c.txt", "2023-11-02", name="Hội nghị khác", people=("Ai Đó",))]
    reports, applied = apply_overrides(reports, load_overrides(write(tmp_path, {
        "b.txt": {"event": {"slug": "hoi-nghi-tach-rieng"}},
        "c.txt": {"event": {"slug": "hoi-nghi-2023-10-10"}}})))
    slugs = {r.source: r.event.slug for r in link(reports, applied=applied).reports}
    assert slugs == {"a.txt": "hoi-nghi-2023-10-10", "b.txt": "hoi-nghi-tach-rieng", "c.txt": "hoi-nghi-2023-10-10"}


def test_an_editors_empty_date_is_not_filled_from_the_event(tmp_path):
    awards = "Tặng Bằng khen cho 20 tập thể, 25 cá nhân."
    reports = [report("a.txt", "2022-07-19", text=awards, resolutions=("26-NQ/ĐUCA",)),
               report("b.txt", "2022-07-19", text=awards, resolutions=("26-NQ/ĐUCA",))]
    reports, applied = apply_overrides(reports, load_overrides(write(tmp_path, {"b.txt": {"date": None}})))
    by_source = {r.source: r for r in link(reports, applied=applied).reports}
    assert by_source["a.txt"].event.slug == by_source["b.txt"].event.slug
    assert (by_source["b.txt"].date.value, by_source["b.txt"].date.basis) == (None, "override")


def test_an_entry_for_a_missing_report_is_reported_not_fatal(tmp_path):
    _, applied = fixed(tmp_path, {"khong-co.txt": {"title": "x"}})
    assert [(i.kind, i.subject) for i in applied] == [("override", "khong-co.txt")]


@pytest.mark.parametrize("data, words", [
    ({"a.txt": {"ngay": "2024-01-01"}}, "unknown field 'ngay'"),
    ({"a.txt": {"date": "13/03/2024"}}, "date '13/03/2024'"),
    ({"a.txt": {"date": "2024-13-01"}}, "date '2024-13-01'"),
    ({"a.txt": {"event": {"type": "hop"}}}, "event type"),
    ({"a.txt": {"event": {"slug": "Có Dấu"}}}, "event slug"),
    ({"a.txt": {"officials": {"remove": "Trần Xuân"}}}, "remove must be a list"),
    ({"a.txt": {"officials": {"add": ["X"]}}}, "officials: expected a mapping"),
    ({"a.txt": "sửa ngày"}, "expected a mapping of fields"),
    ("a.txt: [unclosed", "not valid YAML"),
    ("- a.txt", "must map report file names"),
])
def test_a_mistake_names_the_file_the_report_and_the_problem(tmp_path, data, words):
    with pytest.raises(OverrideError) as raised:
        load_overrides(write(tmp_path, data))
    assert str(raised.value).startswith(str(tmp_path / "overrides.yaml")) and words in str(raised.value)


def test_the_next_build_applies_the_file(scratch):
    """End to end: build_site.py reads overrides.yaml next to the seeds folder."""
    (scratch.root / "overrides.yaml").write_text(yaml.safe_dump({
        UNDATED: {"date": "2022-07-20", "date_evidence": "Lịch công tác", "event": {"slug": "so-ket-26-rieng"}},
        DATED: {"officials": {"remove": ["Tô Lâm"]}}}, allow_unicode=True), encoding="utf-8")
    result = scratch.generate()
    assert result.returncode == 0, result.stderr
    metas = {}
    for page in scratch.pages("bao-cao"):
        meta = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])
        metas[meta["source"]] = meta
    assert (metas[UNDATED]["date"], metas[UNDATED]["date_basis"]) == ("2022-07-20", "override")
    assert metas[UNDATED]["event"]["slug"] == "so-ket-26-rieng" != metas[DATED]["event"]["slug"]
    assert "Tô Lâm" not in [o["name"] for o in metas[DATED]["officials"]]
    review = (scratch.docs / "ban-tin" / "ra-soat.md").read_text(encoding="utf-8")
    assert "Đã sửa theo tệp sửa đổi" in review and "000\\_4a2885d85c68bb12.txt" in review


def test_a_broken_file_stops_the_build_with_one_line(scratch):
    (scratch.root / "overrides.yaml").write_text("000_4a2885d85c68bb12.txt:\n  ngay: 1\n", encoding="utf-8")
    result = scratch.generate()
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "unknown field 'ngay'" in result.stderr
