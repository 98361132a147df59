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

from .vietnamese import canonical_tones
from .write import swap_folders

# What Pagefind indexes: the article, without the links to neighbouring reports
# (their titles would make every report match its neighbours' words).
PAGEFIND_ROOT = "article.md-content__inner"
PAGEFIND_EXCLUDE = ".digest-neighbours, .headerlink"


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
        for page in site.rglob("*.html"):
            target = copy / page.relative_to(site)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(canonical_tones(page.read_text(encoding="utf-8")), encoding="utf-8")
        command = [sys.executable, "-m", "pagefind", "--site", str(copy), "--output-path", str(site / "pagefind"),
                   "--root-selector", PAGEFIND_ROOT, "--exclude-selectors", PAGEFIND_EXCLUDE, "--silent"]
        return subprocess.run(command).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m digest.publish", description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site", type=Path, default=Path("site"))
    args = parser.parse_args(argv)
    return build(args.config, args.site)


if __name__ == "__main__":
    sys.exit(main())
