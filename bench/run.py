"""Scale benchmark: python -m bench.run [--sizes 1000,5000] [--profile]

For each corpus size, in one run so ratios are fair: the generator cold, the
full build (generator + mkdocs build), a rebuild with no change, a rebuild
with one report changed, site size, largest page, search bytes, and the same
corpus as a Material blog (the peer). Prints a table, checks the targets and
writes bench/results.md and bench/results.json. Scratch goes to bench/out/.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from digest.publish import inheriting_config

from . import corpus
from .measure import Run, diff, discard, empty_trash, measure, reference_seconds, snapshot, tree_bytes
from .peer import build_peer
from .targets import check_targets

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
RESULTS = ROOT / "bench"
DEFAULT_SIZES = [1000, 5000]
OWNED = "ban-tin"  # the generator's folder in the docs dir (digest.render.OWNED)
MB = 1024 * 1024


@dataclass
class SizeResult:
    n: int
    generator: dict = field(default_factory=dict)
    mkdocs: dict = field(default_factory=dict)
    full_seconds: float = 0.0
    generator_share: float = 0.0
    reports_per_second: float = 0.0
    pages: int = 0
    site_bytes: int = 0
    site_bytes_per_report: float = 0.0
    largest_html: tuple[str, int] = ("", 0)
    largest_md: tuple[str, int] = ("", 0)
    pages_over_1mb: list[str] = field(default_factory=list)
    search: dict = field(default_factory=dict)
    rebuild_same: dict = field(default_factory=dict)
    rebuild_one: dict = field(default_factory=dict)
    peer: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- one project

def pipeline_snapshot(live: bool) -> tuple[Path, str]:
    """The pipeline code every step of this run uses. Others commit to the tree
    while the bench runs; a rebuild with different code than the cold build
    would count their changes as rewrites. So by default: `git archive HEAD`."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    if live:
        return ROOT, f"{commit} + working tree"
    src = OUT / "pipeline"
    discard(src)
    src.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "--format=tar", "HEAD"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive.stdout, check=True)
    # Bytecode, as a checkout has it after its first run (or pip after an install): with
    # PYTHONDONTWRITEBYTECODE set, every timed run would otherwise compile the pipeline again.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src / "digest"), str(src / "build_site.py")],
                   check=True, stdout=subprocess.DEVNULL)
    return src, commit


def new_project(root: Path, src: Path) -> tuple[Path, Path, Path]:
    """A scratch MkDocs project like tests/conftest.py makes: the hand-written
    docs pages copied, an mkdocs.yml that inherits the project's."""
    discard(root)
    docs = root / "docs"
    shutil.copytree(src / "docs", docs, ignore=shutil.ignore_patterns(OWNED, "index.md", f".{OWNED}*"))
    config = root / "mkdocs.yml"
    config.write_text(yaml.safe_dump(inheriting_config(src / "mkdocs.yml", docs_dir=str(docs), site_dir=str(root / "site")),
                                     allow_unicode=True), encoding="utf-8")
    return docs, root / "site", config


def generator_command(src: Path, seeds: Path, docs: Path, *extra: str) -> list[str]:
    """The extraction cache sits in the scratch project, which new_project wipes: the
    first build of a size is cold even when the same pipeline was benchmarked before."""
    cache = docs.parent / "extraction-cache"
    return [sys.executable, str(src / "build_site.py"), "--seeds", str(seeds), "--docs", str(docs),
            "--cache", str(cache), "--quiet", *extra]


def mkdocs_command(src: Path, config: Path, site: Path) -> list[str]:
    """The product's site build: digest.publish (mkdocs build + the Pagefind
    index, swapped in whole) where the pipeline has it, else plain mkdocs."""
    if (src / "digest" / "publish.py").exists():
        return [sys.executable, "-m", "digest.publish", "--config", str(config), "--site", str(site)]
    return [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config)]


def bench_size(n: int, seed: int, src: Path) -> SizeResult:
    result = SizeResult(n=n)
    specs = corpus.generate(n, seed)
    seeds = OUT / f"corpus-{n}"
    corpus.write(specs, seeds)
    docs, site, config = new_project(OUT / f"site-{n}", src)
    print(f"[{n}] generator (cold) ...", flush=True)
    gen = _checked(result, "generator", measure(generator_command(src, seeds, docs), src))
    print(f"[{n}] site build (mkdocs + search index) ...", flush=True)
    mk = _checked(result, "mkdocs build", measure(mkdocs_command(src, config, site), src))
    result.generator, result.mkdocs = asdict(gen), asdict(mk)
    result.full_seconds = gen.seconds + mk.seconds
    result.generator_share = gen.seconds / result.full_seconds if result.full_seconds else 0.0
    result.reports_per_second = n / gen.seconds if gen.seconds else 0.0
    _sizes(result, docs, site)
    print(f"[{n}] rebuilds ...", flush=True)
    result.rebuild_same = rebuild_same(src, seeds, docs)
    result.rebuild_one = rebuild_one(src, specs, seeds, docs)
    print(f"[{n}] peer (Material blog) ...", flush=True)
    result.peer = build_peer(specs, OUT / f"blog-{n}")
    return result


def _checked(result: SizeResult, what: str, run: Run) -> Run:
    if run.returncode != 0:
        result.errors.append(f"{what} exited {run.returncode}: {run.stderr_tail}")
        print(f"  {what} FAILED: {run.stderr_tail}", flush=True)
    return run


def _sizes(result: SizeResult, docs: Path, site: Path) -> None:
    md = {p: p.stat().st_size for p in (docs / OWNED).rglob("*.md")}
    html = {p: p.stat().st_size for p in site.rglob("*.html")} if site.exists() else {}
    result.pages = len(md)
    result.site_bytes = tree_bytes(site)
    result.site_bytes_per_report = result.site_bytes / result.n
    if html:
        path = max(html, key=html.get)
        result.largest_html = (str(path.relative_to(site)), html[path])
    if md:
        path = max(md, key=md.get)
        result.largest_md = (str(path.relative_to(docs)), md[path])
    big = [p for p, size in {**md, **html}.items() if size > MB]
    result.pages_over_1mb = sorted(str(p.relative_to(p.parents[len(p.parents) - 1])) for p in big)[:20]
    result.search = search_bytes(site)


def search_bytes(site: Path) -> dict:
    """Bytes a reader's browser fetches to search: Material loads the whole
    search_index.json; Pagefind loads its runtime plus the chunks a query needs."""
    index = site / "search" / "search_index.json"
    if index.exists():
        data = index.read_bytes()
        return {"engine": "material", "bytes": len(data), "gzip_bytes": len(gzip.compress(data, 6)),
                "file": "search/search_index.json"}
    bundle = site / "pagefind"
    if bundle.exists():
        return {"engine": "pagefind", **pagefind_query_bytes(bundle)}
    return {"engine": "none", "bytes": 0}


def pagefind_query_bytes(bundle: Path) -> dict:
    """Estimate for one one-word query: runtime (js, wasm, entry, meta), one
    index chunk and the fragments of the first page of 5 results."""
    def size(pattern: str, count: int = 1) -> int:
        files = sorted(bundle.glob(pattern), key=lambda p: p.stat().st_size, reverse=True)
        return sum(p.stat().st_size for p in files[:count])
    fragments = sorted(p.stat().st_size for p in bundle.glob("fragment/*"))
    median_fragment = fragments[len(fragments) // 2] if fragments else 0
    runtime = size("pagefind.js") + size("wasm.*.pagefind") + size("pagefind-entry.json") + size("pagefind.*.pf_meta")
    chunk = size("index/*.pf_index")
    return {"bytes": runtime + chunk + 5 * median_fragment, "bundle_bytes": tree_bytes(bundle),
            "note": "runtime + largest index chunk + 5 median fragments"}


# ---------------------------------------------------------------- rebuilds

def rebuild_same(src: Path, seeds: Path, docs: Path) -> dict:
    before = snapshot(docs)
    run = measure(generator_command(src, seeds, docs), src)
    changes = diff(before, snapshot(docs))
    return {"seconds": run.seconds, "returncode": run.returncode, **changes}


def rebuild_one(src: Path, specs: list[corpus.ReportSpec], seeds: Path, docs: Path) -> dict:
    """Change one sentence of one report (body only: same date, people, title),
    rebuild, and compare what was written with the pages that list that report."""
    spec = _report_to_change(specs)
    path = seeds / spec.name
    original = path.read_bytes()
    path.write_bytes(_changed(spec.text).encode("utf-8"))
    before = snapshot(docs)
    run = measure(generator_command(src, seeds, docs), src)
    changes = diff(before, snapshot(docs))
    page, allowed = pages_listing(docs, spec.name)
    path.write_bytes(original)  # the corpus as generated again (its docs are not reused)
    extra = [p for p in changes["written"] if p not in allowed and not Path(p).name.startswith(".")]
    return {"seconds": run.seconds, "returncode": run.returncode, "report": spec.name, "page": page,
            "page_written": page in changes["written"], **changes, "allowed": len(allowed), "unexpected": extra}


def _report_to_change(specs: list[corpus.ReportSpec]) -> corpus.ReportSpec:
    """A report in the middle that names people and a resolution, so that it
    is listed on many index pages."""
    middle = specs[len(specs) // 2:] + specs
    return next(s for s in middle if s.officials and s.resolutions)


def _changed(text: str) -> str:
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] += " Hội nghị diễn ra trong không khí trang trọng, thành công tốt đẹp."
    return "\n".join(lines)


def pages_listing(docs: Path, source: str) -> tuple[str, set[str]]:
    """The report's own page (front matter `source:`) and every page that links to it."""
    own = docs / OWNED
    page = next((p for p in own.rglob("*.md") if _front_matter_source(p) == source), None)
    if page is None:
        return "", set()
    stem = f"{page.parent.name}/{page.name}"
    listing = {p for p in own.rglob("*.md") if stem in p.read_text(encoding="utf-8")}
    return str(page.relative_to(docs)), {str(p.relative_to(docs)) for p in listing | {page}}


def _front_matter_source(path: Path) -> str | None:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if line.startswith("source: "):
                return yaml.safe_load(line[len("source: "):])
            if number > 3 and line.startswith("---"):
                return None
    return None


# ---------------------------------------------------------------- profile

def profile_generator(src: Path, seeds: Path, n: int) -> Path:
    """cProfile of the generator in one process (--jobs 1), top functions by
    cumulative and by own time."""
    docs = OUT / f"profile-{n}" / "docs"
    discard(docs.parent)
    stats = OUT / f"profile-{n}.prof"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(stats), str(src / "build_site.py"),
                    "--seeds", str(seeds), "--docs", str(docs), "--jobs", "1", "--quiet"], cwd=src, check=False)
    report = OUT / f"profile-{n}.txt"
    code = ("import pstats,sys; s=pstats.Stats(sys.argv[1]); s.sort_stats('cumulative').print_stats(35); "
            "s.sort_stats('tottime').print_stats(25)")
    with report.open("w", encoding="utf-8") as handle:
        subprocess.run([sys.executable, "-c", code, str(stats)], stdout=handle, cwd=ROOT, check=False)
    return report


# ---------------------------------------------------------------- report

def environment() -> dict:
    versions = {}
    for package in ("mkdocs", "mkdocs-material"):
        try:
            from importlib.metadata import version
            versions[package] = version(package)
        except Exception:  # a missing package is a fact to print, not an error
            versions[package] = "?"
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "machine": platform.machine(),
            "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), **versions}


def table(results: list[SizeResult]) -> list[str]:
    rows = [
        ("generator cold (s)", lambda r: f"{r.generator.get('seconds', 0):.2f}"),
        ("generator reports/s", lambda r: f"{r.reports_per_second:.0f}"),
        ("generator peak RSS (MB)", lambda r: f"{r.generator.get('peak_mb', 0):.0f}"),
        ("site build: mkdocs + search (s)", lambda r: f"{r.mkdocs.get('seconds', 0):.2f}"),
        ("site build peak RSS (MB)", lambda r: f"{r.mkdocs.get('peak_mb', 0):.0f}"),
        ("full build (s)", lambda r: f"{r.full_seconds:.2f}"),
        ("generator share of full build", lambda r: f"{100 * r.generator_share:.1f}%"),
        ("generated pages (.md)", lambda r: f"{r.pages}"),
        ("site bytes", lambda r: f"{r.site_bytes / MB:.1f} MB"),
        ("site bytes per report", lambda r: f"{r.site_bytes_per_report / 1024:.1f} KB"),
        ("largest HTML page", lambda r: f"{r.largest_html[1] / 1024:.0f} KB `{r.largest_html[0]}`"),
        ("largest Markdown page", lambda r: f"{r.largest_md[1] / 1024:.0f} KB `{r.largest_md[0]}`"),
        ("pages over 1 MB", lambda r: f"{len(r.pages_over_1mb)}"),
        ("search bytes per query", lambda r: f"{r.search.get('bytes', 0) / MB:.2f} MB, gzip "
                                             f"{r.search.get('gzip_bytes', 0) / MB:.2f} MB ({r.search.get('engine')})"),
        ("rebuild, no change (s)", lambda r: f"{r.rebuild_same.get('seconds', 0):.2f}"),
        ("rebuild, no change: files written", lambda r: f"{len(r.rebuild_same.get('written', []))}"),
        ("rebuild, one report changed (s)", lambda r: f"{r.rebuild_one.get('seconds', 0):.2f}"),
        ("rebuild, one report: files written", lambda r: f"{len(r.rebuild_one.get('written', []))} "
                                                          f"(may: {r.rebuild_one.get('allowed', 0)})"),
        ("peer: blog plugin build (s)", lambda r: f"{r.peer.get('seconds', 0):.2f}"),
        ("peer: site bytes per report", lambda r: f"{r.peer.get('site_bytes', 0) / r.n / 1024:.1f} KB"),
        ("full build / peer", lambda r: f"{r.full_seconds / r.peer['seconds']:.2f}" if r.peer.get("seconds") else "-"),
    ]
    head = "| measure | " + " | ".join(f"N = {r.n:,}" for r in results) + " |"
    lines = [head, "|---|" + "---|" * len(results)]
    lines += [f"| {name} | " + " | ".join(cell(r) for r in results) + " |" for name, cell in rows]
    return lines


def megabyte_table(megabyte: dict) -> list[str]:
    lines = ["| 1 MB of … | clean (CPU s) | extract (CPU s) | total (CPU s) |", "|---|---|---|---|"]
    return lines + [f"| {kind} | {m['clean']:.2f} | {m['extract']:.2f} | {m['total']:.2f} |" for kind, m in megabyte.items()]


def measure_megabyte(src: Path) -> dict:
    """bench.megabyte in its own process, on the snapshot's pipeline."""
    run = subprocess.run([sys.executable, "-m", "bench.megabyte", "--src", str(src)], cwd=ROOT,
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(f"  bench.megabyte FAILED: {run.stderr[-500:]}", flush=True)
        return {}
    return json.loads(run.stdout)


def write_results(results: list[SizeResult], checks: list[dict], env: dict, notes: list[str], stem: Path,
                  megabyte: dict | None = None) -> None:
    lines = ["# Scale benchmark", "", f"`python -m bench.run --sizes {','.join(str(r.n) for r in results)}` "
             f"on {env['cpus']} cores, Python {env['python']}, MkDocs {env['mkdocs']}, "
             f"Material {env['mkdocs-material']}, pipeline {env['pipeline']}, {env['when']}.", "",
             f"Machine speed (`bench.measure.reference_seconds`, a fixed Python loop; lower is faster): "
             f"{', '.join(f'{x:.2f}' for x in env['reference'])} s (at the start, then after each size). "
             f"Absolute times scale with it; shares and ratios to the peer much less.", "", *table(results), ""]
    if megabyte:
        lines += ["One report file of 1 MB through clean + extract (`python -m bench.megabyte`, best of 3, one process):",
                  "", *megabyte_table(megabyte), ""]
    lines += ["## Targets", "", "| target | result | measured |", "|---|---|---|"]
    lines += [f"| {c['target']} | {'PASS' if c['ok'] else 'FAIL'} | {c['measured']} |" for c in checks]
    lines += ["", "## Notes", "", *[f"- {note}" for note in notes]]
    stem.with_suffix(".md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = {"environment": env, "results": [asdict(r) for r in results], "megabyte": megabyte or {},
            "targets": checks, "notes": notes}
    stem.with_suffix(".json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _details(results: list[SizeResult]) -> list[str]:
    notes = []
    for r in results:
        for label, rebuild in (("no change", r.rebuild_same), ("one report changed", r.rebuild_one)):
            written = rebuild.get("written", [])
            if written:
                shown = ", ".join(f"`{p}`" for p in written[:8]) + (" …" if len(written) > 8 else "")
                notes.append(f"N={r.n}, rebuild with {label}: {len(written)} files written: {shown}")
        if r.rebuild_one.get("unexpected"):
            notes.append(f"N={r.n}: written but not listing the changed report: "
                         + ", ".join(f"`{p}`" for p in r.rebuild_one["unexpected"][:8]))
        notes += [f"N={r.n}: {e}" for e in r.errors]
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="corpus sizes, e.g. 200,500")
    parser.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED)
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile the generator in one process at the smallest size")
    parser.add_argument("--live", action="store_true",
                        help="run the working tree's pipeline instead of a snapshot of HEAD")
    parser.add_argument("--results", type=Path, default=None,
                        help="results file stem (default: bench/results for the default sizes, else bench/out/results)")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        return run(args, sizes)
    finally:
        empty_trash(OUT)  # earlier runs' scratch, deleted once nothing more is timed


def run(args: argparse.Namespace, sizes: list[int]) -> int:
    src, commit = pipeline_snapshot(args.live)
    print(f"pipeline: {commit} ({src})", flush=True)
    stem = args.results or (RESULTS / "results" if sizes == DEFAULT_SIZES else OUT / "results")
    print("1 MB through clean + extract ...", flush=True)
    reference = [reference_seconds()]
    megabyte = measure_megabyte(src)
    results: list[SizeResult] = []
    for n in sizes:  # results are written after each size: a long run that is stopped still reports
        results.append(bench_size(n, args.seed, src))
        reference.append(reference_seconds())
        checks = check_targets(results, megabyte)
        env = {**environment(), "pipeline": commit, "reference": reference}
        write_results(results, checks, env, _details(results), stem, megabyte)
    notes = _details(results)
    if args.profile:
        notes.append(f"generator profile: {profile_generator(src, OUT / f'corpus-{sizes[0]}', sizes[0])}")
        write_results(results, checks, env, notes, stem, megabyte)
    print("\n".join(table(results)))
    print("\n".join(["", *megabyte_table(megabyte)]) if megabyte else "")
    print()
    for c in checks:
        print(f"{'PASS' if c['ok'] else 'FAIL'}  {c['target']}: {c['measured']}")
    print(f"\nwritten: {stem.with_suffix('.md')}, {stem.with_suffix('.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
