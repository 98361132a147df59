"""MkDocs hook: build the pages in several processes.

`mkdocs build` renders one page after another, and at ~10 ms a page the site
build is most of the time a digest takes. Every page is independent once the
file list and the navigation exist, so after `on_nav` the build forks: each
worker process keeps a share of the pages included and marks the others
excluded, then MkDocs goes on as usual in every process and each one writes
only its own pages. The first process (the parent) also copies the static
files and renders the theme's templates; once the workers are done it renders
the sitemap again with every page in it.

The result is byte-identical to a serial build (tests/test_site_parallel.py).
Off under `mkdocs serve`, without `os.fork`, with one CPU, or with
DIGEST_SITE_JOBS=1. Links into another worker's share are still resolved by
MkDocs (the files stay in the list); only anchor checks across shares are
skipped, because the target page is not read in that process.
"""
from __future__ import annotations

import logging
import os
import signal
import sys

from mkdocs.commands.build import _build_theme_template
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page

MAX_JOBS = 4
_EXCLUDED_LINK = "which is excluded from the built site"


class _State:
    serving = False
    worker = False
    children: list[int] = []
    others: list = []  # (file, its inclusion) for the files this process leaves to others
    env = None
    nav = None
    files = None


def jobs() -> int:
    """Worker processes to use: DIGEST_SITE_JOBS, else the CPUs this process may run on."""
    value = os.environ.get("DIGEST_SITE_JOBS", "").strip()
    if value:
        if not value.isdigit() or int(value) < 1:
            raise PluginError(f"DIGEST_SITE_JOBS must be a whole number ≥ 1, not {value!r}")
        return int(value)
    return min(MAX_JOBS, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def shares(pages: list, pinned: list, count: int) -> list[list]:
    """Split pages into `count` shares of about equal Markdown size (largest
    first, each to the lightest share). `pinned` pages (the navigation's) go to
    the first share, the process that also renders the theme's own templates."""
    sizes = {id(f): _size(f) for f in [*pages, *pinned]}
    result = [list(pinned)] + [[] for _ in range(count - 1)]
    load = [sum(sizes[id(f)] for f in pinned)] + [0] * (count - 1)
    for file in sorted(pages, key=lambda f: (-sizes[id(f)], f.src_uri)):
        lightest = load.index(min(load))
        result[lightest].append(file)
        load[lightest] += sizes[id(file)]
    return result


def _size(file) -> int:
    try:
        return os.path.getsize(file.abs_src_path)
    except OSError:
        return 0


def on_startup(command, dirty):
    _State.serving = command == "serve" or dirty


def on_nav(nav, config, files):
    count = jobs()
    if _State.serving or count < 2 or not hasattr(os, "fork"):
        return nav
    in_nav = [page.file for page in nav.pages]
    if any("title" not in vars(page) for page in nav.pages):
        return nav  # a nav title read from its page would be missing in the other processes
    pinned = set(in_nav)
    rest = [f for f in files.documentation_pages() if f not in pinned]
    split = shares(rest, in_nav, count)
    mine = split[0]
    sys.stdout.flush()
    sys.stderr.flush()
    for share in split[1:]:
        pid = os.fork()
        if pid == 0:
            _become_worker(config)
            mine = share
            break
        _State.children.append(pid)
    _keep_only(set(mine), files)
    logging.getLogger("mkdocs.structure.pages").addFilter(_hide_excluded_links)
    _State.nav, _State.files = nav, files
    return nav


def _become_worker(config) -> None:
    _State.children = []
    _die_with_parent()
    # the parent alone copies static files and renders 404.html and sitemap.xml
    config.theme.static_templates = set()
    config.extra_templates = []
    _State.worker = True


def _die_with_parent() -> None:
    """A worker outliving a killed parent would go on writing into its staging folder."""
    try:
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:
        os._exit(1)


def _keep_only(mine: set, files) -> None:
    """Exclude the pages of the other shares (and, in a worker, the static files)."""
    _State.others = []
    for file in files:
        if file.inclusion.is_excluded() or file in mine:
            continue
        if file.is_documentation_page() or _State.worker:
            _State.others.append((file, file.inclusion))
            file.inclusion = InclusionLevel.EXCLUDED


def _hide_excluded_links(record: logging.LogRecord) -> bool:
    # every link into another worker's share would log "... excluded from the built site" (INFO)
    return not (_State.others and _EXCLUDED_LINK in record.getMessage())


def on_env(env, config, files):
    _State.env = env
    return env


def on_post_build(config):
    if _State.worker or not _State.others:
        return
    failed = _wait_for_workers()
    for file, inclusion in _State.others:
        file.inclusion = inclusion
        if file.page is None:
            Page(None, file, config)  # the sitemap reads every page's URL
    _State.others = []
    if failed:
        raise PluginError(f"{failed} of the site build's worker processes failed (see the messages above)")
    # rendered earlier with this process's pages only
    _build_theme_template("sitemap.xml", _State.env, _State.files, config, _State.nav)


def _wait_for_workers() -> int:
    failed = 0
    for pid in _State.children:
        _, status = os.waitpid(pid, 0)
        failed += os.waitstatus_to_exitcode(status) != 0
    _State.children = []
    return failed


def on_build_error(error):
    for pid in _State.children:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass
    _State.children = []
