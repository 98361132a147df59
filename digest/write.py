"""Write stage: put the rendered pages in place all at once, or not at all.

The generator owns one folder of the docs dir (ban-tin/) plus, when it made it,
the link docs/index.md -> ban-tin/trang-chu.md. A build fills a staging copy
of the owned folder (unchanged files are hard links to the current ones, so
they are not rewritten), then swaps it with the live folder in one atomic
rename. A crash or a kill at any point leaves either the old or the new
output; hand-written files elsewhere in docs/ are never touched.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .render import OWNED, Page

MANIFEST = ".manifest.json"
HOME_LINK = "index.md"
HOME_TARGET = f"{OWNED}/trang-chu.md"


class WriteError(Exception):
    pass


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)  # new or changed files
    removed: list[str] = field(default_factory=list)  # stale files of reports that are gone
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)


def write_pages(pages: Iterable[Page], docs: Path) -> WriteResult:
    """Pages may come from a generator: each is compared and written as it arrives,
    so with render_pages the files are written while the workers still render."""
    docs.mkdir(parents=True, exist_ok=True)
    live = docs / OWNED
    _clear_leftovers(docs)
    _check_owned(live)
    staging = _Staging(docs / f".{OWNED}.staging-{os.getpid()}", live)
    try:
        result = _fill(staging, pages, live)
        if result.written or result.removed or not live.exists():
            staging.finish()
            swap_folders(staging.path, live)
    finally:
        shutil.rmtree(staging.path, ignore_errors=True)  # after a swap it holds the old output
    result.warnings += _ensure_home_link(docs)
    return result


def _fill(staging: _Staging, pages: Iterable[Page], live: Path) -> WriteResult:
    result = WriteResult()
    first_build = not live.exists()
    for page in pages:
        name = _relative(page.path)
        data = page.text.encode("utf-8")  # once: the comparison, the file and the manifest hash share it
        if not first_build and _same_content(live / name, data):
            result.unchanged += 1
            staging.keep(name, data)
        else:
            result.written.append(page.path)
            staging.write(name, data)
    result.written.sort()
    result.removed = sorted(f"{OWNED}/{name}" for name in _manifest(live) if name not in staging.hashes)
    return result


class _Staging:
    """The new owned folder being filled. It is made at the first changed page, so a
    rebuild that changes nothing makes no folder and no links at all; unchanged pages
    seen before then are linked when it is made."""

    def __init__(self, path: Path, live: Path):
        self.path, self.live = path, live
        self.hashes: dict[str, str] = {}  # the manifest
        self.folders: set[str] = set()
        self.waiting: list[tuple[str, bytes]] | None = []  # unchanged pages while there is no folder

    def keep(self, name: str, data: bytes) -> None:
        """An unchanged page: a hard link to the live file, so it is not rewritten."""
        self.hashes[name] = hashlib.sha256(data).hexdigest()
        if self.waiting is not None:
            self.waiting.append((name, data))
        else:
            self._link(name, data)

    def write(self, name: str, data: bytes) -> None:
        self.hashes[name] = hashlib.sha256(data).hexdigest()
        self._make()
        _write_new(self._place(name), data)

    def finish(self) -> None:
        self._make()
        (self.path / MANIFEST).write_text(json.dumps(self.hashes, indent=0, sort_keys=True), encoding="utf-8")

    def _make(self) -> None:
        if self.waiting is None:
            return
        waiting, self.waiting = self.waiting, None
        shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir(parents=True)
        for name, data in waiting:
            self._link(name, data)

    def _link(self, name: str, data: bytes) -> None:
        if not _link(self.live / name, self._place(name)):
            _write_new(self.path / name, data)

    def _place(self, name: str) -> Path:
        """The page's path in the staging folder, its folder made the first time."""
        folder = os.path.dirname(name)
        if folder not in self.folders:
            (self.path / folder).mkdir(parents=True, exist_ok=True)
            self.folders.add(folder)
        return self.path / name


def _write_new(path: Path, data: bytes) -> None:
    """os.open and os.write, without a buffered file object: thousands of small files."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _link(source: Path, target: Path) -> bool:
    try:
        os.link(source, target)
        return True
    except OSError:
        return False


def _relative(path: str) -> str:
    prefix = f"{OWNED}/"
    parts = path.split("/")
    if not path.startswith(prefix) or any(part in ("", ".", "..") for part in parts):
        raise WriteError(f"{path}: pages must be written inside {OWNED}/")
    return path[len(prefix):]


def _same_content(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _manifest(live: Path) -> dict[str, str]:
    try:
        return json.loads((live / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _check_owned(live: Path) -> None:
    """Refuse to replace a folder holding files the generator did not write."""
    if not live.exists():
        return
    manifest = _manifest(live)
    if not manifest and any(live.iterdir()):
        raise WriteError(f"{live}: exists but has no {MANIFEST}; it was not made by build_site.py, "
                         "so it is left alone (move it away or pick another --docs)")
    foreign = sorted(str(p.relative_to(live)) for p in live.rglob("*")
                     if p.is_file() and p.name != MANIFEST and str(p.relative_to(live)) not in manifest)
    if foreign:
        raise WriteError(f"{live / foreign[0]}: hand-written file inside the generated folder {OWNED}/; "
                         "move it elsewhere in docs/, the generator replaces this folder whole")


def _clear_leftovers(docs: Path) -> None:
    for leftover in docs.glob(f".{OWNED}.staging-*"):
        shutil.rmtree(leftover, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def swap_folders(staging: Path, live: Path) -> None:
    """Put staging in live's place atomically; staging then holds the old folder."""
    if not live.exists():
        os.rename(staging, live)
        staging.mkdir()  # the caller removes "the old output"
        return
    if _exchange(staging, live):
        return
    # No atomic exchange on this system: two renames, the old output kept until the new one is in.
    aside = live.with_name(f".{OWNED}.old-{os.getpid()}")
    os.rename(live, aside)
    os.rename(staging, live)
    os.rename(aside, staging)


def _exchange(a: Path, b: Path) -> bool:
    """renameat2(RENAME_EXCHANGE): swap two folders in one atomic step (Linux)."""
    import ctypes  # here: 20 ms to import, and a first build never swaps
    import ctypes.util

    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    if ctypes.get_errno() in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(b))


def _ensure_home_link(docs: Path) -> list[str]:
    home = docs / HOME_LINK
    if home.is_symlink() and os.readlink(home) == HOME_TARGET:
        return []
    if home.exists() or home.is_symlink():
        return [f"{home}: hand-written home page kept; the digest home is at {HOME_TARGET}"]
    tmp = docs / f".{HOME_LINK}.tmp-{os.getpid()}"
    if tmp.is_symlink():
        tmp.unlink()
    os.symlink(HOME_TARGET, tmp)
    os.replace(tmp, home)
    return []
