"""The Atom feed and the open-data catalogue (reports.json, reports.csv): valid,
escaped, newest first, deterministic, linked from the home page."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.feeds import FEED_SIZE, atom_feed, reports_csv, reports_json
from digest.link import link
from digest.model import DateInfo, Event, Official, Report

ATOM = "{http://www.w3.org/2005/Atom}"


def built(build, name: str) -> Path:
    return build.site / "ban-tin" / name


def front_matters(build) -> list[dict]:
    pages = sorted((build.docs / "ban-tin" / "bao-cao").glob("*.md"))
    return [yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1]) for p in pages]


def entries(feed: ET.Element) -> list[ET.Element]:
    return feed.findall(f"{ATOM}entry")


def report(i: int, title: str, date: str | None, author: str | None = None) -> Report:
    return Report(source=f"r{i}.txt", slug="", title=title, date=DateInfo(date, "day" if date else "unknown"),
                  event=Event(name=f"Hội nghị {i}", type="hoi-nghi", slug=f"su-kien-{i}"),
                  officials=[Official(name="Tô Lâm", slug="to-lam")], resolutions=[], documents=[],
                  author=author, paragraphs=[f"Đoạn đầu của bài {i}."])


def test_the_feed_is_atom_with_the_newest_report_first(seed_site):
    feed = ET.parse(built(seed_site, "feed.xml")).getroot()
    assert feed.tag == f"{ATOM}feed"
    updated = [e.findtext(f"{ATOM}updated") for e in entries(feed)]
    dated = [m for m in front_matters(seed_site) if m["date"]]
    assert len(updated) == min(len(dated), FEED_SIZE) > 1
    assert updated == sorted(updated, reverse=True)
    assert feed.findtext(f"{ATOM}updated") == updated[0], "the feed is as new as its newest report"


def test_every_entry_links_to_its_report_page(seed_site):
    feed = ET.parse(built(seed_site, "feed.xml")).getroot()
    titles = {m["title"] for m in front_matters(seed_site)}
    for entry in entries(feed):
        href = entry.find(f"{ATOM}link").get("href")
        assert (built(seed_site, href) / "index.html").is_file(), href
        assert entry.findtext(f"{ATOM}title") in titles
        assert entry.findtext(f"{ATOM}id").startswith("urn:uuid:")


def test_report_text_is_escaped_in_the_feed():
    nasty = 'Tô Lâm & <script>alert("x")</script> ]]>'
    site = link([report(1, nasty, "2024-05-01", author=nasty), report(2, "Bài hai", "2024-06-02")], [])
    text = atom_feed(site.reports)
    assert "<script>" not in text
    feed = ET.fromstring(text.encode("utf-8"))
    assert [e.findtext(f"{ATOM}title") for e in entries(feed)] == ["Bài hai", nasty]
    assert entries(feed)[1].findtext(f"{ATOM}author/{ATOM}name") == nasty


def test_undated_reports_stay_out_of_the_feed_but_not_out_of_the_catalogue():
    site = link([report(1, "Có ngày", "2024-05-01"), report(2, "Không ngày", None)], [])
    feed = ET.fromstring(atom_feed(site.reports).encode("utf-8"))
    assert [e.findtext(f"{ATOM}title") for e in entries(feed)] == ["Có ngày"]
    assert sorted(r["title"] for r in json.loads(reports_json(site.reports))) == ["Có ngày", "Không ngày"]


def test_the_json_catalogue_holds_every_reports_front_matter(seed_site):
    catalogue = json.loads(built(seed_site, "reports.json").read_text(encoding="utf-8"))
    for item in catalogue:
        assert (seed_site.site / item.pop("url") / "index.html").is_file()
    key = lambda m: m["source"]  # noqa: E731
    assert sorted(catalogue, key=key) == sorted(front_matters(seed_site), key=key)


def test_the_csv_catalogue_has_one_row_a_report(seed_site):
    rows = list(csv.DictReader(io.StringIO(built(seed_site, "reports.csv").read_text(encoding="utf-8-sig"))))
    meta = {m["source"]: m for m in front_matters(seed_site)}
    assert sorted(r["source"] for r in rows) == sorted(meta)
    for row in rows:
        expected = meta[row["source"]]
        assert row["title"] == expected["title"]
        assert row["date"] == (expected["date"] or "")
        assert row["officials"] == "; ".join(o["name"] for o in expected["officials"])


def test_the_catalogue_files_are_byte_identical_for_the_same_input(seed_site, scratch):
    generated = scratch.generate()
    assert generated.returncode == 0, generated.stderr
    for name in ("feed.xml", "reports.json", "reports.csv"):
        assert (scratch.docs / "ban-tin" / name).read_bytes() == (seed_site.docs / "ban-tin" / name).read_bytes()


def test_csv_and_json_agree_for_hand_made_reports():
    site = link([report(1, 'Dấu "ngoặc", phẩy', "2024-05-01"), report(2, "Hai", "2023-01-02")], [])
    rows = list(csv.DictReader(io.StringIO(reports_csv(site.reports).removeprefix("\ufeff"))))
    data = json.loads(reports_json(site.reports))
    assert [r["title"] for r in rows] == [d["title"] for d in data]
    assert 'Dấu "ngoặc", phẩy' in [r["title"] for r in rows]


def test_the_home_page_links_to_feed_and_open_data(seed_site):
    home = (seed_site.site / "index.html").read_text(encoding="utf-8")
    for name in ("feed.xml", "reports.json", "reports.csv"):
        assert f'href="ban-tin/{name}"' in home
        assert built(seed_site, name).is_file()


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_are_inert():
    from digest.feeds import _inert
    assert _inert('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert _inert("@SUM(A1)") == "'@SUM(A1)" and _inert("-1+2") == "'-1+2"
    assert _inert("Hội nghị = tốt") == "Hội nghị = tốt" and _inert(None) is None


json_values = st.recursive(
    st.one_of(st.text(max_size=8), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=True)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=4), inner, max_size=4),
                            st.dictionaries(st.integers(0, 3), inner, max_size=2)),
    max_leaves=15)


@settings(max_examples=1500, deadline=None)
@given(json_values)
def test_the_catalogues_json_writer_gives_the_text_of_json_dumps_with_indent(value):
    from digest.feeds import indented_json
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=1)
