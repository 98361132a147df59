"""Worker processes: the stages that spread work over the CPUs (extract, render,
the search copy in publish) start them the same way."""
from __future__ import annotations

import multiprocessing
import os


def fork_context():
    """fork starts a worker in milliseconds with every module imported and every compiled
    pattern inherited (Python 3.14 makes forkserver the default on Linux); None where
    the system has no fork."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def default_workers(jobs: int = 0) -> int:
    """`jobs` when given (≥ 1), else one worker per CPU."""
    return jobs or (os.cpu_count() or 1)
