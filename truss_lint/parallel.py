"""`truss-lint check --jobs N`: lint many files in worker processes.

Linting is pure CPU work on small independent inputs, so processes (not threads) scale it.
Each worker receives chunks of (bytes, path, settings index) and returns the FileResults; the
results come back in input order, so the report is identical to a run with `--jobs 1`.
Where `fork` exists the workers inherit the loaded rules and catalog instead of reloading them.

With `--jobs 0` (auto) a pool is only started for large trees: starting workers costs about
as much as linting a few hundred files, so small runs (an editor save, a pre-commit batch)
stay in one process.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .diagnostics import FileResult
    from .settings import Settings

# Below this many files, auto mode lints in-process: a pool would cost more than it saves.
AUTO_MIN_FILES = 400
# Files per task: large enough to amortise inter-process traffic, small enough to balance.
CHUNK_FILES = 64

_worker_settings: list[Settings] = []


def effective_jobs(requested: int, files: int) -> int:
    """How many processes to use for `files` files; `requested` 0 means auto."""
    cpus = _usable_cpus()
    if requested == 0:
        return min(cpus, max(1, files // (AUTO_MIN_FILES // 2))) if files >= AUTO_MIN_FILES else 1
    return max(1, min(requested, files))


def lint_in_parallel(items: list[tuple[bytes, str, Settings]], jobs: int, *,
                     keep_source: bool = True) -> list[FileResult]:
    """Lint (raw bytes, path, settings) items with `jobs` processes; results in input order.
    Without `keep_source` the workers drop each result's text instead of sending it back."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    settings: list[Settings] = []
    index_of: dict[int, int] = {}
    tasks = []
    for raw, path, item_settings in items:
        if id(item_settings) not in index_of:
            index_of[id(item_settings)] = len(settings)
            settings.append(item_settings)
        tasks.append((raw, path, index_of[id(item_settings)], keep_source))
    chunks = [tasks[i:i + CHUNK_FILES] for i in range(0, len(tasks), CHUNK_FILES)]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(settings,)) as pool:
        return [result for chunk in pool.map(_lint_chunk, chunks) for result in chunk]


def _init_worker(settings: list[Settings]) -> None:
    global _worker_settings
    _worker_settings = settings


def _lint_chunk(chunk: list[tuple[bytes, str, int, bool]]) -> list[FileResult]:
    from .engine import lint_bytes

    results = []
    for raw, path, index, keep_source in chunk:
        result = lint_bytes(raw, path, _worker_settings[index])
        if not keep_source:
            result.source = None
        results.append(result)
    return results


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1
