"""Build the HTML site with MkDocs into a staging folder, then swap it in.

`mkdocs build` writes straight into site/; a failure or a kill halfway would
leave a mixed site. Building next to it and swapping the folders in one rename
means readers and the offline bundle only ever see a whole site.

The search index is built by Pagefind into the staging folder before the swap
(README "Search"). Pagefind reads a copy of the pages with new-style tone
placement (Uỷ -> Ủy), the same form the search box gives every query, so both
spellings find the same pages; the pages themselves keep the text as written.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from .vietnamese import canonical_tones
from .workers import fork_context, pool_size
from .write import swap_folders

# What Pagefind indexes: the article, without the links to neighbouring reports
# (their titles would make every report match its neighbours' words).
PAGEFIND_ROOT = "article.md-content__inner"
PAGEFIND_EXCLUDE = ".digest-neighbours, .headerlink"
ARTICLE_START = '<article class="md-content__inner md-typeset">'


def build(config: Path, site: Path, strict: bool = True) -> int:
    site = site.resolve()
    # a publish killed earlier (SIGKILL, power loss) leaves its staging folder behind
    for leftover in site.parent.glob(f".{site.name}.staging-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    staging = site.with_name(f".{site.name}.staging-{os.getpid()}")
    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(config), "--site-dir", str(staging)]
    if strict:
        command.append("--strict")
    result = subprocess.run(command)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"error: mkdocs build failed; {site} left as it was", file=sys.stderr)
        return result.returncode
    indexed = index_search(staging)
    if indexed != 0:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"error: pagefind failed; {site} left as it was", file=sys.stderr)
        return indexed
    swap_folders(staging, site)
    shutil.rmtree(staging, ignore_errors=True)
    return 0


def index_search(site: Path) -> int:
    """Write the Pagefind search bundle into site/pagefind/."""
    with tempfile.TemporaryDirectory(prefix="digest-pagefind-") as tmp:
        copy = Path(tmp)
        pages = sorted(site.rglob("*.html"))
        jobs = [(page, copy / page.relative_to(site)) for page in pages]
        context, workers = fork_context(), pool_size(0, len(jobs))
        if context and workers > 1:
            with context.Pool(workers) as pool:
                pool.starmap(_search_copy, jobs, chunksize=64)
        else:
            for page, target in jobs:
                _search_copy(page, target)
        command = [sys.executable, "-m", "pagefind", "--site", str(copy), "--output-path", str(site / "pagefind"),
                   "--root-selector", PAGEFIND_ROOT, "--exclude-selectors", PAGEFIND_EXCLUDE, "--silent"]
        return subprocess.run(command).returncode


def _search_copy(page: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(canonical_tones(searchable_part(page.read_text(encoding="utf-8"))), encoding="utf-8")


def searchable_part(page: str) -> str:
    """The page's head (language, title) and its article: all Pagefind reads
    under PAGEFIND_ROOT, without the header, navigation and footer that make up
    two thirds of every page's bytes."""
    head_end = page.find("</head>")
    start = page.find(ARTICLE_START)
    end = page.find("</article>", start)
    if head_end < 0 or start < 0 or end < 0:
        return page
    return f"{page[:head_end]}</head><body>{page[start:end]}</article></body></html>"


def inheriting_config(project: Path, **settings) -> dict:
    """A config for an mkdocs.yml kept anywhere (a test's or a benchmark's scratch
    project) that inherits the project's. MkDocs reads relative paths from the
    file it was given, so the project's path settings are made absolute here."""
    own = yaml.safe_load(project.read_text(encoding="utf-8"))
    folder = project.resolve().parent
    paths = {"hooks": [str(folder / hook) for hook in own.get("hooks", [])]}
    if own.get("theme", {}).get("custom_dir"):
        paths["theme"] = {"custom_dir": str(folder / own["theme"]["custom_dir"])}  # merged into the theme
    return {"INHERIT": str(project.resolve()), **paths, "watch": [], **settings}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m digest.publish", description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site", type=Path, default=Path("site"))
    args = parser.parse_args(argv)
    return build(args.config, args.site)


if __name__ == "__main__":
    sys.exit(main())
