"""The years index's timeline: reports per year and per month, drawn at build
time as inline SVG, so it needs no script and no network.

One row per year from the first to the last (a year without reports shows as
an empty row, so gaps are visible): twelve month cells shaded by their count,
then a bar for the year's total. Reports dated only to the year count in the
bar, not in a month. Undated reports are not drawn; the page lists them apart.
"""
from __future__ import annotations

from collections import Counter
from html import escape as _html_escape

from .taxonomy import Site

_ROW, _CELL, _LABEL, _GAP, _BAR = 22, 26, 48, 2, 120
_MAX_SPAN = 40
MONTHS = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"]
_FILL = 'style="fill:var(--md-primary-fg-color,#4051b5)"'


def escape(text: str) -> str:
    """&, < and > as entities (xml.sax.saxutils.escape, whose module imports urllib: 25 ms at startup)."""
    return _html_escape(text, quote=False)


def timeline_svg(site: Site) -> str:
    dated = [r.date.value for r in site.reports if r.date.value]
    if not dated:
        return ""
    months = Counter((int(d[:4]), int(d[5:7])) for d in dated if len(d) >= 7)
    totals = Counter(int(d[:4]) for d in dated)
    years = list(range(max(totals), min(totals) - 1, -1))  # newest first, like the table below
    if len(years) > _MAX_SPAN:  # one stray old date must not draw a century of empty rows
        years = sorted(totals, reverse=True)
    peak_month, peak_year = max(months.values(), default=1), max(totals.values())
    width = _LABEL + 12 * _CELL + 10 + _BAR + 50
    height = _ROW * (len(years) + 1)
    rows = [_header()] + [_year_row(i + 1, y, months, peak_month, totals[y], peak_year) for i, y in enumerate(years)]
    label = f"Số bài theo năm và tháng: {len(dated)} bài có ngày, từ {min(totals)} đến {max(totals)}"
    return (f'<svg class="digest-timeline" role="img" aria-label="{escape(label)}" viewBox="0 0 {width} {height}" '
            f'width="100%" style="max-width:{width}px" xmlns="http://www.w3.org/2000/svg">'
            f"<title>{escape(label)}</title>{''.join(rows)}</svg>")


def _header() -> str:
    return "".join(f'<text x="{_LABEL + i * _CELL + _CELL // 2}" y="14" font-size="10" text-anchor="middle" '
                   f'fill="currentColor">{m}</text>' for i, m in enumerate(MONTHS))


def _year_row(row: int, year: int, months: Counter, peak_month: int, total: int, peak_year: int) -> str:
    y = row * _ROW
    cells = []
    for month in range(1, 13):
        count = months.get((year, month), 0)
        opacity = 0.08 if not count else 0.25 + 0.75 * count / peak_month
        cells.append(f'<rect class="digest-month" data-count="{count}" x="{_LABEL + (month - 1) * _CELL}" y="{y}" '
                     f'width="{_CELL - _GAP}" height="{_ROW - _GAP}" rx="3" {_FILL} fill-opacity="{opacity:.2f}">'
                     f"<title>{month:02d}/{year}: {count} bài</title></rect>")
    bar_x = _LABEL + 12 * _CELL + 10
    bar = round(_BAR * total / peak_year) if total else 0
    return (f'<text x="0" y="{y + 15}" font-size="12" fill="currentColor">{year}</text>{"".join(cells)}'
            f'<rect class="digest-year" data-count="{total}" x="{bar_x}" y="{y + 4}" width="{bar}" '
            f'height="{_ROW - 10}" {_FILL}><title>{year}: {total} bài</title></rect>'
            f'<text x="{bar_x + bar + 4}" y="{y + 15}" font-size="12" fill="currentColor">{total}</text>')
