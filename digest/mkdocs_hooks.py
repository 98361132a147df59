"""MkDocs hooks for the digest site.

Material prints a page's front-matter title into <title>, the header and the
navigation without escaping it. Titles come from reports, so they are escaped
here, before any template sees them.
"""
from __future__ import annotations

import html


def on_page_markdown(markdown, page, config, files):
    title = page.meta.get("title")
    if isinstance(title, str):
        page.meta["title"] = html.escape(title, quote=True)
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
    from digest.cli import main

    if main(["--seeds", "seeds", "--docs", config["docs_dir"], "--quiet"]) != 0:
        print("build_site.py failed; the preview shows the previous pages")
