"""The years index's timeline: reports per year and per month, drawn at build
time as inline SVG, so it needs no script and no network."""
from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape

from .taxonomy import Site

_ROW, _CELL, _LABEL, _GAP = 22, 26, 48, 2
MONTHS = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"]


def timeline_svg(site: Site) -> str:
    months = Counter((r.date.year, int(r.date.value[5:7])) for r in site.reports
                     if r.date.value and len(r.date.value) >= 7)
    years = [y.year for y in site.years]
    if not years:
        return ""
    peak = max(months.values(), default=1)
    width = _LABEL + 12 * _CELL + 60
    height = _ROW * (len(years) + 1)
    rows = [_header()] + [_year_row(i + 1, y, months, peak, len(site.years[i].citations)) for i, y in enumerate(years)]
    label = f"Số bài theo năm và tháng, {len(years)} năm, {len(site.reports)} bài"
    return (f'<svg class="digest-timeline" role="img" aria-label="{escape(label)}" viewBox="0 0 {width} {height}" '
            f'width="100%" style="max-width:{width}px" xmlns="http://www.w3.org/2000/svg">'
            f"<title>{escape(label)}</title>{''.join(rows)}</svg>")


def _header() -> str:
    return "".join(f'<text x="{_LABEL + i * _CELL + _CELL // 2}" y="14" font-size="10" text-anchor="middle" '
                   f'fill="currentColor">{m}</text>' for i, m in enumerate(MONTHS))


def _year_row(row: int, year: int, months: Counter, peak: int, total: int) -> str:
    y = row * _ROW
    cells = []
    for month in range(1, 13):
        count = months.get((year, month), 0)
        opacity = 0.08 if not count else 0.25 + 0.75 * count / peak
        cells.append(f'<rect x="{_LABEL + (month - 1) * _CELL}" y="{y}" width="{_CELL - _GAP}" height="{_ROW - _GAP}" '
                     f'rx="3" style="fill:var(--md-primary-fg-color,#4051b5)" fill-opacity="{opacity:.2f}">'
                     f"<title>{month:02d}/{year}: {count} bài</title></rect>")
    return (f'<text x="0" y="{y + 15}" font-size="12" fill="currentColor">{year}</text>{"".join(cells)}'
            f'<text x="{_LABEL + 12 * _CELL + 6}" y="{y + 15}" font-size="12" fill="currentColor">{total} bài</text>')
