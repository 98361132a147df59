"""Front matter writer: the same text as yaml.dump for every value of its schema,
and text that reads back as the value it was written from."""
from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from digest import frontmatter


def reference(data) -> str:
    return yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=100000)


# Strings that stress quoting: indicators, YAML words and numbers, spaces and breaks at the ends,
# characters libyaml escapes, and plain Vietnamese text.
TRICKY = ["", " ", "-", "- a", "---", "...", "a: b", "a:b", "a #b", "a#b", "#a", ":", "?", "? a", "'a'", '"a"',
          "null", "Null", "~", "yes", "No", "on", "true", "1", "0x1F", "1_000", "1e5", ".inf", "2024-03-05",
          "2024-03", "2024", "=", "<<", "a\nb", "a\n", "\ta", "a\u2028b", "a\x85b", "\ufeffa", "a\U0001F600",
          "Hội nghị Công an toàn quốc lần thứ 79", "Nghị quyết 57-NQ/TW", "Đại tướng Tô Lâm, Bộ trưởng",
          "“trích dẫn” — 19/07/2022", "@x", "`x`", "%x", "&x", "*x", "!x", "|x", ">x", "[x]", "{x}", "a, b",
          "a  b", "x " * 3, "\\x", "\x00", "\x7f", "\xa0a", "a\xa0"]
texts = st.one_of(st.sampled_from(TRICKY), st.text(max_size=20),
                  st.text(alphabet="aăâđêôơưÁàẠ -:#'\"\n,.0123456789", max_size=12))
leaves = st.one_of(texts, st.none(), st.booleans(), st.integers(-10**6, 10**6))
keys = st.one_of(st.sampled_from(["title", "date", "event", "officials", "y", "null", "a_b", "x1"]),
                 st.text(max_size=6))
values = st.recursive(leaves, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(keys, inner, max_size=4)), max_leaves=12)
mappings = st.dictionaries(keys, values, max_size=6)


@settings(max_examples=2000, deadline=None)
@given(mappings)
def test_text_is_exactly_what_yaml_dump_writes(data):
    assert frontmatter.dump(data) == reference(data)


@settings(max_examples=500, deadline=None)
@given(mappings)
def test_text_reads_back_as_the_same_value(data):
    assert yaml.safe_load(frontmatter.dump(data)) == data


def test_a_report_shaped_mapping_is_written_in_block_style():
    data = {"title": "Hội nghị: chuyển đổi số", "date": "2024-03-05", "ordinal": 3, "form": None,
            "provinces": [], "officials": [{"name": "Tô Lâm", "positions": ["Bộ trưởng", "Ủy viên"]}]}
    assert frontmatter.dump(data) == (
        "title: 'Hội nghị: chuyển đổi số'\n"
        "date: '2024-03-05'\n"
        "ordinal: 3\n"
        "form: null\n"
        "provinces: []\n"
        "officials:\n"
        "- name: Tô Lâm\n"
        "  positions:\n"
        "  - Bộ trưởng\n"
        "  - Ủy viên\n")


def test_a_value_that_would_run_as_yaml_stays_one_quoted_string():
    injected = "x\n---\nsource: evil.txt\n<script>alert(1)</script>"
    text = frontmatter.dump({"title": injected, "source": "real.txt"})
    assert yaml.safe_load(text) == {"title": injected, "source": "real.txt"}
    assert "\n---\n" not in text


def test_a_list_that_occurs_twice_is_left_to_yaml_dump_and_its_alias():
    shared = ["a"]
    data = {"x": shared, "y": shared}
    assert frontmatter.dump(data) == reference(data)
    assert "&id001" in frontmatter.dump(data)


def test_types_outside_the_schema_are_left_to_yaml_dump():
    assert frontmatter.dump({"x": 1.5}) == reference({"x": 1.5})
    assert frontmatter.dump({}) == reference({})


def test_a_very_long_value_is_left_to_yaml_dump_which_may_fold_it():
    data = {"date_evidence": "từ " * 40000}
    assert frontmatter.dump(data) == reference(data)
