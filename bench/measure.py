"""Wall time and peak memory of one subprocess; what a build wrote to disk."""
from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    seconds: float
    peak_mb: float  # largest resident set of the process or any child it waited for
    returncode: int
    stderr_tail: str


def measure(command: list[str], cwd: Path) -> Run:
    """Run a command; os.wait4 gives this child's own rusage, so each step's
    peak memory is its own (getrusage(RUSAGE_CHILDREN) would be the max so far)."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        err.seek(0)
        tail = err.read()[-2000:].decode("utf-8", "replace").strip()
    return Run(seconds=seconds, peak_mb=usage.ru_maxrss / 1024, returncode=process.returncode, stderr_tail=tail)


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """inode, mtime and size of every file (links not followed): a file that
    was rewritten or replaced gets a new mtime or inode."""
    files: dict[str, tuple[int, int, int]] = {}
    for directory, subdirs, names in os.walk(folder):
        subdirs.sort()
        for name in sorted(names):
            path = os.path.join(directory, name)
            info = os.lstat(path)
            files[os.path.relpath(path, folder)] = (info.st_ino, info.st_mtime_ns, info.st_size)
    return files


def diff(before: dict[str, tuple[int, int, int]], after: dict[str, tuple[int, int, int]]) -> dict[str, list[str]]:
    return {"written": [p for p in after if before.get(p) != after[p]],
            "removed": [p for p in before if p not in after]}


def tree_bytes(folder: Path) -> int:
    if not folder.exists():
        return 0
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
