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


PARALLEL_FROM = 300  # items; below this, starting worker processes costs more than it saves


def pool_size(jobs: int, items: int) -> int:
    """How many workers to start for `items` independent pieces of work: `jobs` when
    given (1 = none, work in this process), else one per CPU, or none for few items."""
    if jobs:
        return jobs
    return (os.cpu_count() or 1) if items >= PARALLEL_FROM else 1
