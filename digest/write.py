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
    """Place every page and commit: the whole write stage in this process."""
    with Output(docs) as output:
        return output.commit(output.place(page) for page in pages)


@dataclass(frozen=True)
class Placed:
    """What placing one page did: the parent needs no more than this to commit."""

    name: str  # inside the owned folder
    digest: str  # sha256 of the bytes, for the manifest
    written: bool  # False: the live file already holds these bytes


class Output:
    """One build's pages on their way into the owned folder. Pages are placed one
    by one, in any process (render workers place their own, so page text never
    travels back to the parent); then commit, in the parent, links the unchanged
    pages into the staging folder and swaps it in. A rebuild that changes
    nothing makes no folder and no links at all."""

    def __init__(self, docs: Path):
        if docs.exists() and not docs.is_dir():
            raise WriteError(f"{docs}: the docs folder given is a file, not a folder")
        docs.mkdir(parents=True, exist_ok=True)
        self.docs, self.live = docs, docs / OWNED
        _clear_leftovers(docs)
        _check_owned(self.live)
        self.staging = docs / f".{OWNED}.staging-{os.getpid()}"
        self.first_build = not self.live.exists()
        self._folders: set[str] = set()  # staging folders this process has made

    def __enter__(self) -> Output:
        return self

    def __exit__(self, *exc_info) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)  # after a swap it holds the old output

    def place(self, page: Page) -> Placed:
        """Write a new or changed page into the staging folder; compare, never rewrite, the rest."""
        name = _relative(page.path)
        data = page.text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        if not self.first_build and _same_content(self.live / name, data):
            return Placed(name, digest, written=False)
        _write_new(self._place(name), data)
        return Placed(name, digest, written=True)

    def commit(self, placed: Iterable[Placed]) -> WriteResult:
        result = WriteResult()
        hashes: dict[str, str] = {}  # the manifest
        kept: list[str] = []
        for page in placed:
            hashes[page.name] = page.digest
            if page.written:
                result.written.append(f"{OWNED}/{page.name}")
            else:
                kept.append(page.name)
        result.written.sort()
        result.unchanged = len(kept)
        result.removed = sorted(f"{OWNED}/{name}" for name in _manifest(self.live) if name not in hashes)
        if result.written or result.removed or self.first_build:
            for name in kept:
                _link_or_copy(self.live / name, self._place(name))
            (self._place(MANIFEST)).write_text(json.dumps(hashes, indent=0, sort_keys=True), encoding="utf-8")
            swap_folders(self.staging, self.live)
        result.warnings += _ensure_home_link(self.docs)
        return result

    def _place(self, name: str) -> Path:
        """The page's path in the staging folder, its folder made the first time."""
        folder = os.path.dirname(name)
        if folder not in self._folders:
            (self.staging / folder).mkdir(parents=True, exist_ok=True)  # workers may race: exist_ok
            self._folders.add(folder)
        return self.staging / name


def _write_new(path: Path, data: bytes) -> None:
    """os.open and os.write, without a buffered file object: thousands of small files."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _link_or_copy(source: Path, target: Path) -> None:
    """An unchanged page: a hard link to the live file, so it is not rewritten
    (a copy where the file system has no hard links)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


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
