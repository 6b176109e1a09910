"""`truss-lint check --jobs N`: lint many files in worker processes.

Linting is pure CPU work on small independent inputs, so processes (not threads) scale it.
The main process walks the tree; every CHUNK_FILES files it hands a chunk of paths to the pool,
whose workers read and lint them (`reading.lint_file`) while the main process writes the report
of the chunks before. Results come back in input order, so the report is the same as with
`--jobs 1`. Where `fork` exists, workers inherit the loaded rules and catalog.

With `--jobs 0` (the default, auto) a pool is only started for large trees: starting workers
costs about as much as linting a few hundred files, so small runs (an editor save, a pre-commit
batch) stay in one process.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

    from .diagnostics import FileResult
    from .settings import Settings

# Below this many files, auto mode lints in-process: a pool would cost more than it saves.
AUTO_MIN_FILES = 400
# Files per task: large enough to amortise inter-process traffic, small enough to balance.
CHUNK_FILES = 64
# Chunks queued per worker before reading waits for linting: bounds the bytes held in memory.
QUEUED_CHUNKS_PER_WORKER = 4


def effective_jobs(requested: int, files: int) -> int:
    """How many processes to use for `files` files; `requested` 0 means auto."""
    if requested == 0:
        return min(_usable_cpus(), files // (AUTO_MIN_FILES // 2)) if files >= AUTO_MIN_FILES else 1
    return max(1, min(requested, files))


class ParallelLinter:
    """Collects (path, explicit, settings) and reads and lints them in `jobs` processes, chunk
    by chunk. Each file gives a FileResult, an I/O error message, or None (see `_lint_chunk`)."""

    def __init__(self, jobs: int, *, keep_source: bool = True):
        self.jobs = jobs
        self.keep_source = keep_source  # False: workers drop each result's text instead of sending it
        self._pool: Any = None
        self._futures: list[Any] = []
        self._awaited = 0  # futures before this index are known to be done
        self._taken = 0  # futures before this index were handed over by next_chunk (and dropped)
        self._chunk: list[tuple[str, bool, Settings]] = []

    def add(self, path: str, explicit: bool, settings: Settings) -> None:
        self._chunk.append((path, explicit, settings))
        if len(self._chunk) >= CHUNK_FILES:
            self._submit()

    def results(self) -> list[FileResult | str | None]:
        """Every outcome, in the order the files were added."""
        found: list[FileResult | str | None] = []
        while (chunk := self.next_chunk(wait=True)) is not None:
            found += chunk
        return found

    def next_chunk(self, *, wait: bool) -> list[FileResult | str | None] | None:
        """The outcomes of the next chunk in input order, each chunk given once, so a caller that
        reports as it goes holds no more than a few chunks. None when that chunk is not done yet
        (`wait=False`) or when every chunk has been given (`wait=True`, which also submits the
        last partial chunk and stops the workers)."""
        if wait and self._chunk:
            self._submit()
        if self._taken < len(self._futures):
            future = self._futures[self._taken]
            if not wait and not future.done():
                return None
            try:
                chunk = future.result()
            except BaseException:
                self._shutdown()
                raise
            self._futures[self._taken] = None  # drop the results once handed over
            self._taken += 1
            self._awaited = max(self._awaited, self._taken)
            return chunk
        if wait:
            self._shutdown()
        return None

    def _shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def _submit(self) -> None:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context)
        # Each settings object travels once per chunk (most files share one).
        settings: list[Settings] = []
        index_of: dict[int, int] = {}
        tasks = []
        for path, explicit, item_settings in self._chunk:
            if id(item_settings) not in index_of:
                index_of[id(item_settings)] = len(settings)
                settings.append(item_settings)
            tasks.append((path, explicit, index_of[id(item_settings)]))
        self._futures.append(self._pool.submit(_lint_chunk, settings, tasks, self.keep_source))
        self._chunk = []
        # Walking is faster than linting: without a bound, every chunk would queue up at once.
        while len(self._futures) - self._awaited > self.jobs * QUEUED_CHUNKS_PER_WORKER:
            self._futures[self._awaited].result()
            self._awaited += 1


def lint_in_parallel(items: list[tuple[str, bool, Settings]], jobs: int, *,
                     keep_source: bool = True) -> list[FileResult | str | None]:
    """Read and lint (path, named on the command line, settings) items with `jobs` processes;
    outcomes in input order."""
    linter = ParallelLinter(jobs, keep_source=keep_source)
    for path, explicit, settings in items:
        linter.add(path, explicit, settings)
    return linter.results()


def _lint_chunk(settings: list[Settings], tasks: list[tuple[str, bool, int]],
                keep_source: bool) -> list[FileResult | str | None]:
    """Per file: its result, the message of an I/O error, or None for a skipped file."""
    from .reading import ReadError, lint_file

    outcomes: list[FileResult | str | None] = []
    for path, explicit, index in tasks:
        try:
            outcomes.append(lint_file(path, explicit, settings[index], keep_source=keep_source))
        except ReadError as error:
            outcomes.append(str(error))
    return outcomes


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1
