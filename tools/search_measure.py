"""Bytes a reader downloads before the first search result appears.

Serves a built site over HTTP, opens its home page in headless Chromium, types
a query into the header search box and waits for the first result. Every
response until then is counted: as sent by this server (uncompressed) and as
gzip would send it (what GitHub Pages does for text; Pagefind's index files are
already compressed, so gzip barely changes them). Works for Material's own
search and for the Pagefind search alike, so both can be measured on one corpus (the time from typing to the first
result is printed too; it is one run on this machine, a hint and not a benchmark):

    python -m bench.corpus --n 1000 --out /tmp/c/seeds
    python build_site.py --seeds /tmp/c/seeds --docs /tmp/c/docs
    python -m mkdocs build -f <config> ... / python -m digest.publish ...
    python tools/search_measure.py /tmp/c/site --query "Tô Lâm"
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import sys
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SEARCH_FILES = ("search", "pagefind", "lunr", "workers")  # path parts that only search loads


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def measure(site: Path, query: str) -> dict:
    server = serve(site)
    responses: list[tuple[str, bytes]] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.on("response", lambda r: responses.append((r.url, _body(r))))
            page.goto(f"http://127.0.0.1:{server.server_port}/", wait_until="load")
            loaded = len(responses)
            started = time.perf_counter()
            page.fill("input.md-search__input", query)
            page.wait_for_selector(".md-search-result__item", timeout=120_000)
            waited = round((time.perf_counter() - started) * 1000)
            first = page.inner_text(".md-search-result__item h1")
            browser.close()
    finally:
        server.shutdown()
    return {**summarise(responses, first), "requests_at_page_load": loaded, "ms_typing_to_first_result": waited}


def _body(response) -> bytes:
    try:
        return response.body()
    except Exception:  # a redirect or an aborted request has no body
        return b""


def summarise(responses: list[tuple[str, bytes]], first: str) -> dict:
    def total(items, compressed):
        return sum(len(gzip.compress(b, 6)) if compressed else len(b) for _, b in items)

    search = [(u, b) for u, b in responses if any(part in u.split("/") for part in SEARCH_FILES)]
    return {"requests": len(responses), "search_requests": len(search),
            "bytes": total(responses, False), "bytes_gzip": total(responses, True),
            "search_bytes": total(search, False), "search_bytes_gzip": total(search, True),
            "first_result": first}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument("--query", default="Tô Lâm")
    args = parser.parse_args(argv)
    result = measure(args.site, args.query)
    for key, value in result.items():
        print(f"{key}: {value:,}" if isinstance(value, int) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
