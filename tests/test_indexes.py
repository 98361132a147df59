"""The index pages a reader browses: years, resolutions, officials, events,
review; their order, what each row shows, and that long lists are split so no
page grows with the number of reports."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from digest.link import link
from digest.render import render_site
from digest.taxonomy import PAGE_SIZE
from digest.vietnamese import sort_key
from test_link import report

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
LINK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]\(([^)\s]+)\)")


def page(build, path: str) -> str:
    return (build.docs / "ban-tin" / path).read_text(encoding="utf-8")


def meta_of(text: str) -> dict:
    return yaml.safe_load(text.split("---\n")[1])


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def test_officials_index_is_in_vietnamese_alphabetical_order_with_the_latest_office(seed_site):
    text = page(seed_site, "can-bo/index.md")
    rows = [line.split(" | ") for line in text.splitlines() if line.startswith("| [")]
    names = [unescape(LINK.search(row[0]).group(1)) for row in rows]
    assert names == sorted(names, key=sort_key) and len(names) > 5
    latest = {name: row[1] for name, row in zip(names, rows)}
    assert latest["Lương Tam Quang"].startswith("Đại tướng") and "Bộ trưởng" in latest["Lương Tam Quang"]


def test_an_officials_career_line_follows_rank_and_office_through_the_years(seed_site):
    text = page(seed_site, "can-bo/luong-tam-quang.md")
    career = text.split("## Quá trình công tác")[1].split("## Các bài")[0]
    rows = [line for line in career.splitlines() if re.match(r"\| \d\d/\d\d/\d{4}", line)]
    assert len(rows) >= 2
    assert "2022" in rows[0] and "Thượng tướng" in rows[0] and "Thứ trưởng" in rows[0]
    assert "2025" in rows[-1] and "Đại tướng" in rows[-1] and "Bộ trưởng" in rows[-1]


def test_year_pages_list_reports_in_date_order_and_undated_ones_apart(seed_site):
    dates = {}
    for path in seed_site.pages("bao-cao"):
        meta = meta_of(path.read_text(encoding="utf-8"))
        dates[path.stem] = meta["date"]
    for year in sorted({d[:4] for d in dates.values() if d}):
        listed = [Path(target).stem for _, target in LINK.findall(page(seed_site, f"nam/{year}.md"))
                  if "bao-cao/" in target]
        assert listed and [dates[s] for s in listed] == sorted(dates[s] for s in listed)
        assert set(listed) == {s for s, d in dates.items() if d and d.startswith(year)}
    undated = [Path(t).stem for _, t in LINK.findall(page(seed_site, "nam/chua-ro-ngay.md")) if "bao-cao/" in t]
    assert undated == [s for s, d in dates.items() if not d]
    years_index = page(seed_site, "nam/index.md")
    assert "<svg" in years_index and "chua-ro-ngay.md" in years_index


def test_resolutions_are_grouped_by_issuer_and_ordered_by_issue_date(seed_site):
    text = page(seed_site, "nghi-quyet/index.md")
    groups = re.split(r"^## ", text, flags=re.M)[1:]
    issuers = [g.splitlines()[0] for g in groups]
    known = [i for i in issuers if i != "Chưa rõ cơ quan ban hành"]
    assert known == sorted(known, key=sort_key) and "Bộ Chính trị" in issuers
    for group in groups:
        issued = re.findall(r"ban hành (\d\d)/(\d\d)/(\d{4})", group)
        assert [(y, m, d) for d, m, y in issued] == sorted((y, m, d) for d, m, y in issued)


def test_a_resolution_page_shows_its_facts_and_each_citing_sentence_with_the_date(seed_site):
    text = page(seed_site, "nghi-quyet/26-nq-duca.md")
    assert "| Số hiệu | 26-NQ/ĐUCA |" in text and "| Ngày ban hành | 13/04/2015 |" in text
    assert "Đảng uỷ Công an Trung ương" in unescape(text) or "Đảng ủy Công an Trung ương" in unescape(text)
    cited = text.split("## Các bài nhắc tới")[1]
    assert cited.count("<q>") == 2 and "19/07/2022" in cited and "Nghị quyết số 26" in unescape(cited)


def test_reports_of_one_event_share_a_page_that_lists_every_source(seed_site):
    slugs = {}
    for path in seed_site.pages("bao-cao"):
        meta = meta_of(path.read_text(encoding="utf-8"))
        slugs[meta["source"]] = meta["event"]["slug"]
    shared = slugs["000_4a2885d85c68bb12.txt"]
    assert slugs["001_da5773750b17e206.txt"] == shared
    text = unescape(page(seed_site, f"su-kien/{shared}.md"))
    assert "000_4a2885d85c68bb12.txt" in text and "001_da5773750b17e206.txt" in text
    assert "| Số nguồn đưa tin | 2 |" in text


def test_the_review_page_lists_what_an_editor_should_check(seed_site):
    text = unescape(page(seed_site, "ra-soat.md"))
    assert "## Ngày cần kiểm tra" in text and "004_5f1b8cd1af97ee54.txt" in text
    assert "## Cán bộ chưa có trong dữ liệu" in text


def test_navigation_lists_only_index_pages():
    nav = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    targets = [next(iter(item.values())) for item in nav]
    generated = [t for t in targets if t.startswith("ban-tin/")]
    assert generated and all(t.endswith("index.md") or t == "ban-tin/ra-soat.md" for t in generated)


# -- scale: pages are split, never one list of every report ------------------

def fanned_out(n: int) -> list:
    """n reports citing one official, one resolution and one event day, in one year:
    the worst fan-out a list can get."""
    return [report(f"{i:05d}.txt", f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 10 else None,
                   name="Hội nghị chuyển đổi số", people=("Tô Lâm", f"Cán Bộ {i % 97}"),
                   resolutions=("57-NQ/TW",), text=f"Bài số {i}. " + "Nội dung bài báo. " * 20)
            for i in range(n)]


@pytest.fixture(scope="module")
def rendered() -> dict[int, list]:
    return {n: render_site(link(fanned_out(n)), ROOT / "templates") for n in (500, 2500)}


def test_no_page_is_over_a_megabyte_and_no_page_lists_more_than_a_page_of_reports(rendered):
    for page_ in rendered[2500]:
        if page_.path.endswith(".md"):
            assert len(page_.text.encode("utf-8")) < MB, page_.path
            limit = 2 if "/bao-cao/" in page_.path else PAGE_SIZE  # a report page links its two neighbours
            assert page_.text.count("bao-cao/") <= limit, page_.path


def test_long_lists_are_split_into_pages_with_stable_paths(rendered):
    paths = {p.path for p in rendered[2500]}
    official = "ban-tin/can-bo/to-lam"
    pages = sorted(p for p in paths if p == f"{official}.md" or p.startswith(f"{official}/trang-"))
    assert len(pages) == -(-2500 // PAGE_SIZE)
    assert f"{official}/trang-2.md" in paths and "ban-tin/nam/2024/trang-2.md" in paths
    first = next(p for p in rendered[2500] if p.path == f"{official}.md")
    assert "trang-2.md" in first.text  # the pager links the next pages


def test_site_bytes_per_report_do_not_grow_with_the_number_of_reports(rendered):
    per_report = {n: sum(len(p.text.encode("utf-8")) for p in pages if p.path.endswith(".md")) / n
                  for n, pages in rendered.items()}
    assert per_report[2500] <= 1.10 * per_report[500], per_report


def test_the_latest_rank_and_office_come_from_the_latest_report_giving_each():
    from digest.model import Official

    ranked = report("a.txt", "2025-01-10", people=("Lương Tam Quang",))
    ranked.officials[0] = Official("Lương Tam Quang", "luong-tam-quang", "Đại tướng", ["Bộ trưởng Bộ Công an"])
    short = report("b.txt", "2025-06-01", people=("Lương Tam Quang",))
    short.officials[0] = Official("Lương Tam Quang", "luong-tam-quang", None, ["Bộ trưởng"])
    older = report("c.txt", "2022-07-19", people=("Lương Tam Quang",))
    older.officials[0] = Official("Lương Tam Quang", "luong-tam-quang", "Thượng tướng", ["Thứ trưởng"])
    [term] = link([older, short, ranked]).officials
    assert term.current == ("Đại tướng", ["Bộ trưởng"])
