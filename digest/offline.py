"""The offline bundle: the whole site in one zip that works opened from disk.

`make offline` builds the Markdown pages' HTML again with links to files
(a.html, not a/, which file:// cannot resolve to a/index.html), without
anything that fetches from the network (the repository facts in the header),
and with a search index that loads as a plain <script>: pages opened from disk
may not fetch() files, so Pagefind cannot run there. The header search box
(docs/assets/digest-search.js) uses that index when the page comes from file://.
The zip is deterministic: sorted entries with a fixed date.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml

from .vietnamese import canonical_tones, slug

INDEX = "assets/digest-search-index.js"  # read by docs/assets/digest-search.js
# Pages for the web server (absolute URLs of the hosted site): no use offline.
LEFT_OUT = {"sitemap.xml", "sitemap.xml.gz", "404.html"}
LEFT_OUT_SUFFIXES = (".map",)  # source maps of Material's scripts: for developers, not readers
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def offline_config(config: Path, site: Path) -> Path:
    """A config inheriting the project's: file links, no network in the header.
    It sits next to the project's, so relative paths in it mean the same."""
    derived = config.with_name(f".{config.stem}.offline-{os.getpid()}.yml")
    derived.write_text(yaml.safe_dump({
        "INHERIT": config.name,
        "site_dir": str(site),
        "use_directory_urls": False,
        "repo_url": None,  # Material would fetch the repository's stars from GitHub
        "repo_name": None,
        "edit_uri": None,
    }, allow_unicode=True), encoding="utf-8")
    return derived


def build_html(config: Path, site: Path) -> None:
    derived = offline_config(config, site)
    try:
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--config-file", str(derived)]
        subprocess.run(command, check=True)
    finally:
        derived.unlink()


def write_search_index(site: Path) -> None:
    """Title and text of every page's article, as one script."""
    records = []
    for page in sorted(site.rglob("*.html")):
        record = _record(page.read_text(encoding="utf-8"))
        if record:
            records.append({"u": page.relative_to(site).as_posix(), **record})
    data = json.dumps(records, ensure_ascii=False, separators=(",", ":"))
    (site / INDEX).write_text(f"window.DIGEST_SEARCH_INDEX = {data};\n", encoding="utf-8")


_ARTICLE = re.compile(r"<article\b.*?</article>", re.S)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
_NEIGHBOURS = re.compile(r'<nav class="digest-neighbours".*?</nav>', re.S)
_DROP = re.compile(r"<(script|style|svg)\b.*?</\1>", re.S)
_TAG = re.compile(r"<[^>]+>")


def _record(page: str) -> dict | None:
    article = _ARTICLE.search(page)
    if not article:
        return None
    body = _DROP.sub(" ", _NEIGHBOURS.sub(" ", article.group(0)))
    title = _H1.search(body)
    return {"t": _text(title.group(1)) if title else "", "x": _text(body)}


def _text(fragment: str) -> str:
    return canonical_tones(" ".join(html.unescape(_TAG.sub(" ", fragment)).split()))


def write_zip(site: Path, target: Path, folder: str) -> None:
    """Every file under one top folder, in sorted order with a fixed date."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bundle:
        for path in sorted(p for p in site.rglob("*") if _bundled(p)):
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(site).as_posix()}", ZIP_DATE)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(info, path.read_bytes())
    os.replace(partial, target)


def _bundled(path: Path) -> bool:
    return path.is_file() and path.name not in LEFT_OUT and not path.name.endswith(LEFT_OUT_SUFFIXES)


def bundle_name(config: Path) -> str:
    from mkdocs.config import load_config

    return slug(load_config(str(config)).site_name)


def make_bundle(config: Path, out: Path) -> Path:
    name = bundle_name(config)
    with tempfile.TemporaryDirectory(prefix="digest-offline-") as tmp:
        site = Path(tmp) / name
        build_html(config, site)
        write_search_index(site)
        target = out / f"{name}-offline.zip"
        write_zip(site, target, name)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m digest.offline", description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--out", type=Path, default=Path("dist"), help="folder of the zip (default: dist/)")
    args = parser.parse_args(argv)
    try:
        target = make_bundle(args.config, args.out)
    except subprocess.CalledProcessError:
        print("error: mkdocs build failed; no offline bundle written", file=sys.stderr)
        return 1
    print(f"offline bundle: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
