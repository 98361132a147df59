"""Wall time and peak memory of one subprocess; what a build wrote to disk."""
from __future__ import annotations

import os
import shutil
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


def reference_seconds() -> float:
    """How fast this machine runs Python right now: a fixed loop, best of three.
    Shared virtual machines drift (1.8-3.0 s for the same loop within one hour);
    with this next to the numbers, runs on different days can be compared."""
    best = float("inf")
    for _ in range(3):
        started, total = time.perf_counter(), 0
        for i in range(5_000_000):
            total += i
        best = min(best, time.perf_counter() - started)
    return best


def discard(folder: Path) -> None:
    """Move a folder of an earlier run aside instead of deleting it; empty_trash
    deletes it when the run is over. On ext4, creating files in the minutes after
    thousands were deleted costs up to ~0.6 ms of kernel time each (ext4_create
    scans past the recently deleted inodes), so a timed build right after an
    rmtree of the last run would be timed partly on the filesystem's bookkeeping."""
    if folder.exists():
        folder.rename(folder.with_name(f".trash-{folder.name}-{time.time_ns()}"))


def empty_trash(parent: Path) -> None:
    for folder in sorted(parent.glob(".trash-*")):
        shutil.rmtree(folder, ignore_errors=True)


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
