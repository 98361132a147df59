"""build_site.py: reports in seeds/ -> Markdown pages in docs/ (read, clean,
extract, link, render, write)."""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import hashlib
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .cache import ExtractionCache, fingerprint, pack_report
from .clean import clean
from .extract import extract_report
from .knowledge import Knowledge, KnowledgeError, load_knowledge
from .link import link
from .model import Report, SourceText
from .overrides import OverrideError, apply_overrides, load_overrides
from .read import ReportError, Skip, read_all
from .render import Renderer, RenderError, render_pages
from .workers import fork_context, pool_size
from .write import Output, WriteError

ROOT = Path(__file__).resolve().parent.parent


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build_site.py",
        description="Turn Vietnamese public-security news reports (*.txt) into the Markdown pages "
                    "of the digest site: one page per report plus index pages by year, resolution, "
                    "official and event. Then run `mkdocs build` (or `make site`).")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"),
                        help="folder of report files, *.txt (default: seeds/)")
    parser.add_argument("--docs", type=Path, default=Path("docs"),
                        help="MkDocs docs folder; the generator writes only into its own "
                             "folder ban-tin/ in it and the link index.md (default: docs/)")
    parser.add_argument("--data", type=Path, default=ROOT / "data",
                        help="folder of knowledge files: known resolutions, officials, … (default: data/)")
    parser.add_argument("--overrides", type=Path, default=None,
                        help="YAML file of editors' fixes (default: overrides.yaml next to the seeds "
                             "folder or in the current folder, when it exists)")
    parser.add_argument("--templates", type=Path, default=ROOT / "templates",
                        help="folder of Jinja2 page templates (default: templates/)")
    parser.add_argument("--jobs", type=int, default=0,
                        help="worker processes for extraction (default: one per core for large inputs)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder for extracted reports, so a rebuild only extracts changed files "
                             "(default: a folder per docs folder under $XDG_CACHE_HOME or ~/.cache/cand-digest)")
    parser.add_argument("--no-cache", action="store_true", help="extract every report again")
    parser.add_argument("--strict", action="store_true",
                        help="treat a skipped file as an error (exit 1) instead of a warning")
    parser.add_argument("--quiet", action="store_true", help="print only warnings and errors")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with without_cycle_collection():
        return build(args)


@contextlib.contextmanager
def without_cycle_collection() -> Iterator[None]:
    """A build makes hundreds of thousands of objects that live to its end and
    no reference cycles worth collecting (peak memory at 5,000 reports is the
    same either way), so Python's cycle collector would only scan them again
    and again: about 5 % of the generator's time. Worker processes inherit this."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    try:
        kb = load_knowledge(args.data)
        overrides = load_overrides(_overrides_path(args))
        texts, skips = read_all(args.seeds)
        for text in texts:
            for note in text.warnings:
                print(f"note: {args.seeds / text.name}: {note}", file=sys.stderr)
        cache = ExtractionCache(None if args.no_cache else (args.cache or default_cache(args.docs)),
                                fingerprint(args.data) + str(build_day() or dt.date.today()))
        renderer = Renderer(args.templates)
        reports, hollow = without_body(extract_all(texts, kb, args.jobs, cache, meanwhile=renderer.load))
        skips += hollow
        for skip in skips:
            print(f"warning: {args.seeds / skip.name}: {skip.problem}; skipped", file=sys.stderr)
        if args.strict and skips:
            return 1
        reports, applied = apply_overrides(reports, overrides)
        site = link(reports, skips, applied, {t.name: [note.vi for note in t.warnings] for t in texts if t.warnings})
        with Output(args.docs) as output:  # render workers write their own pages
            result = output.commit(render_pages(site, renderer, args.jobs, then=output.place))
        cache.save()
    except (ReportError, WriteError, OverrideError, KnowledgeError, RenderError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return 2
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not args.quiet:
        pages = len(result.written) + result.unchanged
        print(f"{len(reports)} reports, {pages} pages: {len(result.written)} written, "
              f"{len(result.removed)} removed, {result.unchanged} unchanged, {len(skips)} skipped "
              f"({time.perf_counter() - started:.2f} s) -> {args.docs}")
    return 0


def default_cache(docs: Path) -> Path:
    """Outside the docs folder, so the output holds only pages; one folder per docs
    folder, so two projects never prune each other's entries."""
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cand-digest"
    return root / hashlib.sha256(str(docs.resolve()).encode("utf-8")).hexdigest()[:16]


def _overrides_path(args: argparse.Namespace) -> Path | None:
    if args.overrides is not None:
        return args.overrides
    for candidate in (args.seeds.parent / "overrides.yaml", Path("overrides.yaml")):
        if candidate.is_file():
            return candidate
    return None


_worker_kb: Knowledge | None = None


def _init_worker(data: Knowledge) -> None:
    global _worker_kb
    _worker_kb = data


def _extract_one(text: SourceText) -> bytes:
    """The report as its cache entry: it is pickled to go back to the parent anyway."""
    return pack_report(extract_text(text, _worker_kb))


def extract_text(text: SourceText, kb: Knowledge) -> Report:
    """One report through clean and extract; a rule that breaks names the file
    instead of printing a traceback."""
    today = build_day()
    try:
        return extract_report(clean(text), kb, today=today)
    except Exception as error:  # a defect in a rule, not bad input: say where
        raise ReportError(text.name, f"extraction failed ({type(error).__name__}: {error}); "
                                     "please report this file to the developers") from None


def build_day() -> dt.date | None:
    """The day inferred years may not pass ("not later than today"). With
    SOURCE_DATE_EPOCH set (the reproducible-builds convention MkDocs follows too)
    the same input gives the same pages on any day; unset, it is today (None)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    except (ValueError, OverflowError, OSError):
        raise ReportError("SOURCE_DATE_EPOCH", f"{epoch!r} is not a number of seconds since 1970") from None


def extract_all(texts: list[SourceText], kb: Knowledge, jobs: int = 0,
                cache: ExtractionCache | None = None, meanwhile: Callable[[], None] = lambda: None) -> list[Report]:
    """Extraction is independent per report: cached ones are reused, the rest use every core.
    meanwhile() runs while workers extract (or before extracting, without workers)."""
    cache = cache or ExtractionCache(None, "")
    reports = {t.name: cache.get(t) for t in texts}
    todo = [t for t in texts if reports[t.name] is None]
    for text, (report, entry) in zip(todo, _extract_many(todo, kb, jobs, meanwhile)):
        cache.put(text, report, entry)
        reports[text.name] = report
    return [reports[t.name] for t in texts]


def _extract_many(texts: list[SourceText], kb: Knowledge, jobs: int,
                  meanwhile: Callable[[], None]) -> Iterator[tuple[Report, bytes | None]]:
    """Each report, with its cache entry when a worker made one."""
    workers = pool_size(jobs, len(texts))
    if workers <= 1:
        meanwhile()
        yield from ((extract_text(t, kb), None) for t in texts)
        return
    # The knowledge pickles to ~11 KB, so sending it to each worker costs nothing worth saving.
    with ProcessPoolExecutor(workers, mp_context=fork_context(), initializer=_init_worker,
                             initargs=(kb,)) as pool:
        entries = pool.map(_extract_one, texts, chunksize=_chunk(len(texts), workers))  # all sent at once
        try:
            meanwhile()
        except BaseException:
            pool.shutdown(cancel_futures=True)  # a broken template: say so now, not after every report
            raise
        for entry in entries:
            yield pickle.loads(entry), entry


def _chunk(count: int, workers: int) -> int:
    """About eight chunks per worker: few round trips, yet an even share when reports differ in size."""
    return max(1, min(64, count // (workers * 8)))


def without_body(reports: list[Report]) -> tuple[list[Report], list[Skip]]:
    """A file that was all page furniture (polls, timestamps, image residue)
    has nothing to publish: it becomes a Skip, listed on the review page."""
    kept = [r for r in reports if r.paragraphs]
    hollow = [Skip(r.source, "không còn đoạn văn nào sau khi bỏ phần trang trí của trang web "
                             "(bình chọn, giờ đăng, ảnh, tin liên quan …)") for r in reports if not r.paragraphs]
    return kept, hollow


