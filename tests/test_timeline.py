"""The years index's timeline: an inline SVG drawn at build time from the
reports' dates: one row per year, a cell per month, a bar per year."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from digest.link import link
from digest.timeline import timeline_svg
from test_link import report

SVG = "{http://www.w3.org/2000/svg}"


def drawn(reports) -> ET.Element:
    svg = timeline_svg(link(reports))
    return ET.fromstring(svg)  # well-formed XML, or this raises


def counts(root: ET.Element, cls: str) -> dict[str, int]:
    return {r.find(f"{SVG}title").text.split(":")[0]: int(r.get("data-count"))
            for r in root.iter(f"{SVG}rect") if r.get("class") == cls}


def test_months_and_years_count_the_reports_dated_in_them():
    reports = [report("a.txt", "2022-07-19"), report("b.txt", "2022-07-20"), report("c.txt", "2022-10-10"),
               report("d.txt", "2024-03"), report("e.txt", "2024"), report("f.txt", None)]
    root = drawn(reports)
    months = counts(root, "digest-month")
    assert (months["07/2022"], months["10/2022"], months["03/2024"], months["01/2023"]) == (2, 1, 1, 0)
    assert counts(root, "digest-year") == {"2024": 2, "2023": 0, "2022": 3}  # a gap year is drawn empty
    assert sum(months.values()) == 4  # year-only and undated reports are in no month


def test_the_chart_has_no_script_no_link_out_and_says_what_it_shows():
    svg = timeline_svg(link([report("a.txt", "2023-10-10"), report("b.txt", None)]))
    assert "<script" not in svg and "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and "1 bài có ngày" in root.get("aria-label")


def test_no_dated_report_draws_nothing():
    assert timeline_svg(link([report("a.txt", None)])) == ""


def test_a_stray_old_date_does_not_draw_a_century_of_rows():
    root = drawn([report("a.txt", "1975-04-30"), report("b.txt", "2024-01-02")])
    assert set(counts(root, "digest-year")) == {"1975", "2024"}


def test_the_same_reports_draw_the_same_bytes():
    make = lambda: [report(f"{i}.txt", f"20{10 + i % 12}-{1 + i % 12:02d}-01") for i in range(50)]  # noqa: E731
    assert timeline_svg(link(make())) == timeline_svg(link(list(reversed(make()))))


def test_text_in_the_svg_escapes_markup_characters_like_xml_sax_and_keeps_quotes():
    from xml.sax.saxutils import escape as sax_escape

    from digest.timeline import escape
    text = 'Số bài <script>alert("x")</script> & \'y\''
    assert escape(text) == sax_escape(text) == 'Số bài &lt;script&gt;alert("x")&lt;/script&gt; &amp; \'y\''
