"""Linting many files in worker processes, results in the order the files were given.

Each worker is started once with the run's options and keeps its own session (settings,
registry, compiled patterns), so a file costs a worker only its linting. Files go out in small
chunks; results come back in input order, so the report is the same as a one-process run.
A file that fails is an error on that file (the session never raises); a worker that dies
outright (killed, out of memory) ends the pool, and the files it had not finished are then
linted in this process, so every file is still reported.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

HANDFUL = 8  # more files than this make the default `--jobs` one per CPU

_session = None  # the worker's own session, made by _start


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def workers_for(jobs: int | None, files: int) -> int:
    """Processes to use: `jobs` (0 means one per CPU), or by default one per CPU when there
    are more than a handful of files; never more than there are files."""
    if jobs is None:
        jobs = cpus() if files > HANDFUL else 1
    elif jobs <= 0:
        jobs = cpus()
    return max(1, min(jobs, files))


def _start(overrides) -> None:
    global _session
    from .runner import _Session

    _session = _Session(overrides)


def _lint(item):
    from . import patterns

    result = _session.run(item)
    patterns.save()  # a worker exits without atexit: keep what it compiled for next time
    return result


def run(session, items: list, jobs: int | None) -> Iterator:
    """`session.run(item)` for every item, in order, using up to `jobs` processes."""
    workers = workers_for(jobs, len(items))
    if workers == 1:
        for item in items:
            yield session.run(item)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    methods = multiprocessing.get_all_start_methods()
    # fork: workers inherit the loaded registry and caches instead of rebuilding them
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(16, len(items) // (workers * 8)))
    done = 0
    try:
        with ProcessPoolExecutor(
            workers, context, initializer=_start, initargs=(session.overrides,)
        ) as pool:
            for result in pool.map(_lint, items, chunksize=chunk):
                done += 1
                yield result
    except BrokenProcessPool:
        for item in items[done:]:
            yield session.run(item)
