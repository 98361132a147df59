"""The issue's targets, checked against measured results (PASS/FAIL each)."""
from __future__ import annotations

from typing import Any

MB = 1024 * 1024
GROWTH_SLACK = 1.10  # "linear" and "does not grow" allow 10% for noise
MEGABYTE_CPU = 0.5  # "well under a second"


def check_targets(results: list[Any], megabyte: dict | None = None) -> list[dict]:
    small, large = results[0], results[-1]
    at_1000 = next((r for r in results if r.n == 1000), large)
    scale = large.n / small.n
    return [
        _check("generator ≥ 500 reports/s", min(r.reports_per_second for r in results) >= 500,
               ", ".join(f"{r.reports_per_second:.0f}/s at {r.n}" for r in results)),
        _check("generator < 10% of the full build", max(r.generator_share for r in results) < 0.10,
               ", ".join(f"{100 * r.generator_share:.1f}% at {r.n}" for r in results)),
        _check(f"full build time({large.n})/time({small.n}) ≤ {GROWTH_SLACK * scale:.1f}",
               len(results) > 1 and large.full_seconds <= GROWTH_SLACK * scale * small.full_seconds,
               f"{large.full_seconds / small.full_seconds:.2f}" if small.full_seconds else "-"),
        _check("site bytes per report do not grow with N",
               large.site_bytes_per_report <= GROWTH_SLACK * small.site_bytes_per_report,
               " → ".join(f"{r.site_bytes_per_report / 1024:.1f} KB" for r in results)),
        _check(f"no generated page over 1 MB at {large.n}", not large.pages_over_1mb and large.largest_html[1] <= MB,
               f"largest {large.largest_html[1] / 1024:.0f} KB ({large.largest_html[0]}); "
               f"{len(large.pages_over_1mb)} over 1 MB"),
        _check("rebuild with no change writes no file", all(not r.rebuild_same.get("written") for r in results),
               ", ".join(f"{len(r.rebuild_same.get('written', []))} at {r.n}" for r in results)),
        _check("one-report change writes only that report and the pages listing it",
               all(r.rebuild_one.get("page_written") and not r.rebuild_one.get("unexpected") for r in results),
               ", ".join(f"{len(r.rebuild_one.get('written', []))} written, "
                         f"{len(r.rebuild_one.get('unexpected', []))} unexpected at {r.n}" for r in results)),
        _check(f"full build at {at_1000.n} ≤ ¼ of the blog-plugin peer",
               bool(at_1000.peer.get("seconds")) and at_1000.full_seconds <= 0.25 * at_1000.peer["seconds"],
               f"{at_1000.full_seconds:.1f} s vs peer {at_1000.peer.get('seconds', 0):.1f} s"),
    ] + _megabyte_checks(megabyte or {})


def _megabyte_checks(megabyte: dict) -> list[dict]:
    """The hardening issue: a 1 MB input is processed in well under a second."""
    if not megabyte:
        return []
    return [_check(f"1 MB input cleaned + extracted in ≤ {MEGABYTE_CPU} s CPU",
                   all(m["total"] <= MEGABYTE_CPU for m in megabyte.values()),
                   ", ".join(f"{kind} {m['total']:.2f} s" for kind, m in megabyte.items()))]


def _check(target: str, ok: bool, measured: str) -> dict:
    return {"target": target, "ok": bool(ok), "measured": measured}
