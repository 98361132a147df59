"""Render stage: pages are a pure function of the input (byte-identical on
every build, whatever the input order), links between pages are relative and
right, report pages carry the front-matter contract and their neighbours."""
from __future__ import annotations

import copy
import posixpath
import random
import re
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.link import link
from digest.render import _relative, render_site, vndate
from test_link import report

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"


def sample() -> list:
    rng = random.Random(11)
    return [report(f"{i:03d}.txt", rng.choice([None, "2022-07-19", "2023-10-10", "2024-03", "2025"]),
                   name=rng.choice(["Hội nghị A", "Hội nghị chuyển đổi số", "Lễ ra mắt"]),
                   people=tuple(rng.sample(["Tô Lâm", "Lương Tam Quang", "Nguyễn Duy Ngọc", "Ông Mới"], 2)),
                   resolutions=tuple(rng.sample(["57-NQ/TW", "12-NQ/TW", "26-NQ/ĐUCA"], 1)))
            for i in range(60)]


def rendered(reports) -> dict[str, str]:
    return {p.path: p.text for p in render_site(link(reports), TEMPLATES)}


def test_the_same_input_gives_byte_identical_pages_whatever_its_order():
    first = rendered(sample())
    shuffled = sample()
    random.Random(5).shuffle(shuffled)
    assert rendered(shuffled) == first
    assert rendered(copy.deepcopy(sample())) == first


def test_relative_links_match_posixpath():
    paths = ["index.md", "ban-tin/ra-soat.md", "ban-tin/nam/index.md", "ban-tin/nam/2024/trang-2.md",
             "ban-tin/can-bo/to-lam.md", "ban-tin/can-bo/to-lam/trang-3.md"]
    for served in paths:
        for target in paths:
            assert _relative(served, target) == posixpath.relpath(target, posixpath.dirname(served) or ".")


def test_dates_are_shown_day_month_year():
    assert vndate("2022-07-19") == "Thứ Ba, 19/07/2022"
    assert (vndate("2022-07-19", False), vndate("2024-03"), vndate("2025"), vndate(None)) == (
        "19/07/2022", "03/2024", "2025", "Chưa rõ ngày")


def test_a_report_page_carries_the_contract_and_links_to_its_neighbours_in_time():
    site = link(sample())
    pages = {p.path: p.text for p in render_site(site, TEMPLATES)}
    middle = site.reports[10]
    text = pages[f"ban-tin/bao-cao/{middle.slug}.md"]
    meta = yaml.safe_load(text.split("---\n")[1])
    assert list(meta) == ["source", "title", "date", "date_precision", "date_basis", "date_evidence", "event",
                          "officials", "resolutions", "documents", "author"]
    before, after = site.neighbours[middle.source]
    assert f"({before.slug}.md)" in text and f"({after.slug}.md)" in text
    assert f"(../su-kien/{middle.event.slug}.md)" in text
    assert f"(../nam/{middle.date.year}.md)" in text if middle.date.value else "(../nam/chua-ro-ngay.md)" in text


def test_every_link_in_every_page_points_to_a_rendered_page():
    """(The home page file is ban-tin/trang-chu.md, served as index.md: its links start there.)"""
    pages = rendered(sample())
    for path, text in pages.items():
        served_at = "index.md" if path == "ban-tin/trang-chu.md" else path
        for target in re.findall(r"\]\(([^)#\s]+\.md)\)", text):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(served_at), target))
            served = "ban-tin/trang-chu.md" if resolved == "index.md" else resolved
            assert served in pages, f"{path} -> {target}"


def test_a_report_links_to_the_page_of_its_year_that_lists_it():
    from digest.taxonomy import PAGE_SIZE
    from test_indexes import fanned_out

    site = link(fanned_out(PAGE_SIZE * 2 + 50))
    pages = {p.path: p.text for p in render_site(site, TEMPLATES)}
    year = site.years[0]
    on_second_page = year.citations[PAGE_SIZE].report
    assert f"(../nam/{year.year}/trang-2.md)" in pages[f"ban-tin/bao-cao/{on_second_page.slug}.md"]
    assert f"]({on_second_page.slug}.md)" not in pages[f"ban-tin/nam/{year.year}.md"]
    assert f"/{on_second_page.slug}.md)" in pages[f"ban-tin/nam/{year.year}/trang-2.md"]


def test_an_officials_rank_and_offices_are_one_escaped_line_without_empty_parts():
    from digest.render import office
    assert office("Đại tướng", ["Bộ trưởng", "", "Ủy viên Bộ Chính trị"]) == "Đại tướng, Bộ trưởng, Ủy viên Bộ Chính trị"
    assert office(None, ["Giám đốc Công an tỉnh"]) == "Giám đốc Công an tỉnh"
    assert office(None, []) == ""
    assert office("<b>Thượng tá</b>", ["*Phó* Giám đốc"]) == "&lt;b&gt;Thượng tá&lt;/b&gt;, \\*Phó\\* Giám đốc"


def test_link_filters_give_the_same_link_as_the_path_functions():
    from digest.render import Renderer
    env = Renderer(TEMPLATES).env
    text = env.from_string('{{ "to-lam" | term_path("can-bo") | own | rel(here) }}').render(
        here="ban-tin/bao-cao/x.md")
    assert text == "../can-bo/to-lam.md"


def _escaped_in_full(text: str) -> str:
    """md without its shortcut: every pass on every text."""
    from digest.render import _MD_ANYWHERE, _MD_LINE_START, _escape_marker
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_ANYWHERE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ab 1.)#+-!&<>\\`*_{}[]|\n\t", max_size=30))
def test_md_skips_escaping_only_text_that_escaping_would_not_change(text):
    from digest.render import md
    assert md(text) == _escaped_in_full(text)


folders = st.lists(st.sampled_from(["ban-tin", "nam", "can-bo", "to-lam", "a"]), max_size=4)


@settings(max_examples=500, deadline=None)
@given(folders, folders, st.sampled_from(["index.md", "x.md", "trang-2.md"]))
def test_relative_links_match_posixpath_for_any_two_folders(served, target, name):
    served_path, target_path = "/".join([*served, "index.md"]), "/".join([*target, name])
    assert _relative(served_path, target_path) == posixpath.relpath(target_path, "/".join(served) or ".")


def _markdown_html(text: str) -> str:
    import markdown
    return markdown.Markdown(extensions=["tables", "attr_list", "md_in_html", "toc"]).convert(text)


def test_a_paragraph_full_of_markup_characters_is_one_escaped_html_paragraph_shown_literally():
    from digest.render import MANY_ESCAPES, md_paragraph
    hostile = "<b>x</b> *a_ [b](javascript:alert(1)) `c` {: onclick=x} &amp; " * 20
    written = md_paragraph(hostile)
    assert written.startswith("<p>") and written.endswith("</p>") and "<b>" not in written
    shown = _markdown_html(f"# Bài\n\n{written}\n")
    assert "<b>" not in shown and "<a" not in shown and "onclick" not in shown.replace("onclick=x", "")
    assert "&lt;b&gt;x&lt;/b&gt; *a_ [b](javascript:alert(1)) `c` {: onclick=x} &amp;amp;" in shown
    # an ordinary paragraph stays Markdown, with its few escapes
    assert md_paragraph("Đoạn văn có một dấu * thôi.") == "Đoạn văn có một dấu \\* thôi."
    assert md_paragraph("x " + "*" * MANY_ESCAPES) .startswith("x \\*")
    assert md_paragraph("x " + "*" * (MANY_ESCAPES + 1)).startswith("<p>")


def test_a_headline_ending_in_hashes_keeps_them_in_the_heading():
    from digest.render import md
    assert "<h1 id=\"ban-tin-so\">Bản tin số ##</h1>" in _markdown_html(f"# {md('Bản tin số ##')}\n")
