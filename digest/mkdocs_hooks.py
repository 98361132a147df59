"""MkDocs hooks for the digest site.

Material prints some front-matter values without escaping them: the title
into <title>, the header and the navigation; author and description into
<meta content="…"> attributes. Report pages fill title and author from report
text, so those values are escaped here, before any template sees them.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
# Keys of page.meta that Material's templates print raw (grep "page.meta." in material/templates).
RAW_IN_THEME = ("title", "author", "description")


def on_page_markdown(markdown, page, config, files):
    for key in RAW_IN_THEME:
        value = page.meta.get(key)
        if isinstance(value, str):
            page.meta[key] = html.escape(value, quote=True)
    return markdown


# `mkdocs serve` regenerates the pages before each rebuild, so editing a report
# in seeds/ (watched through `watch:` in mkdocs.yml) shows on the preview.
_serving = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_pre_build(config):
    if not _serving:
        return
    # MkDocs loads this hook by its path, so the package is importable only when
    # `mkdocs serve` happens to run from the project folder
    if str(PROJECT) not in sys.path:
        sys.path.insert(0, str(PROJECT))
    from digest.cli import main

    seeds = Path(config.config_file_path).parent / "seeds"  # next to mkdocs.yml, wherever serve runs from
    if main(["--seeds", str(seeds), "--docs", config["docs_dir"], "--quiet"]) != 0:
        print("build_site.py failed; the preview shows the previous pages")
