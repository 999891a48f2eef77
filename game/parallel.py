"""Run many independent fights over the machine's cores, with the results of one process.

Why processes and why `map`: a fight is pure Python on the pure simulation, so threads would
share one interpreter lock; worker processes each run whole fights. Every job is a plain
picklable argument to a top-level function, a fight depends only on its arguments (its seed),
and `Executor.map` hands the answers back in the order of the jobs, so `--jobs 8` prints exactly
what `--jobs 1` prints. The tournament, the gauntlet and the slow balance tests share this.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from game.argtypes import int_between

Job = TypeVar("Job")
Result = TypeVar("Result")
MAX_JOBS = 256


def cores() -> int:
    """The cores this process may use (its CPU affinity where the system says)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:   # not on every system
        return max(1, os.cpu_count() or 1)


def run_all(fn: Callable[[Job], Result], jobs: Sequence[Job],
            workers: int | None = None) -> list[Result]:
    """`[fn(j) for j in jobs]`, spread over `workers` processes (default: every core).

    One worker, or one job, runs in this process: nothing to start, and a debugger or a
    profiler sees the fights. Jobs go out in chunks so a worker is not fed one fight at a time.
    """
    n = cores() if workers is None else workers
    n = max(1, min(n, len(jobs)))
    if n == 1:
        return [fn(j) for j in jobs]
    chunk = max(1, len(jobs) // (n * 4))
    # fork: the workers start with the game's tables already loaded, at no cost per worker
    ctx = multiprocessing.get_context("fork" if "fork" in
                                      multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=n, mp_context=ctx) as pool:
        return list(pool.map(fn, jobs, chunksize=chunk))


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=int_between(1, MAX_JOBS), default=None,
                        help="worker processes (default: every core); the results and their "
                             "order are those of --jobs 1")
