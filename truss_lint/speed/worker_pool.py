"""`truss-lint check --jobs N`: lint many files in worker processes.

Linting is pure CPU work on small independent inputs, so processes (not threads) scale it.
The main process walks the tree and hands chunks of paths to the pool, whose workers read and
lint them (`file_linting.lint_file`) while the main process writes the report of the chunks before.
Each chunk goes to the worker with the least work queued, and chunks shrink as the run nears its
end, so the workers finish together. Results are reported in input order, so the report is the
same as with `--jobs 1`. Where `fork` exists, workers inherit the loaded rules and catalog.

With `--jobs 0` (the default, auto) workers are only started for trees of AUTO_MIN_FILES files
or more, so small runs (an editor save, a pre-commit batch) stay in one process.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

    from ..diagnostics import FileResult
    from ..settings import Settings
    from .stat_cache import StatCache

# Below this many files, auto mode lints in-process: workers would cost more than they save.
# Forked workers start in ~2 ms (2 of them break even at ~100 files here); spawned ones
# (macOS, Windows) import everything first, which costs as much as linting a few hundred files.
AUTO_MIN_FILES = 150
AUTO_MIN_FILES_SPAWNED = 400
# Files per task: large enough to amortise inter-process traffic, small enough to balance.
# Near the end of a run of known length, chunks shrink towards MIN_CHUNK_FILES (guided
# scheduling): a worker slowed by the machine no longer holds up the last 64 files.
CHUNK_FILES = 64
MIN_CHUNK_FILES = 8
# Chunks queued per worker (one being linted, one waiting): bounds what is held, and leaves
# later chunks to whichever worker frees up first.
QUEUED_CHUNKS_PER_WORKER = 2


def effective_jobs(requested: int, files: int) -> int:
    """How many processes to use for `files` files; `requested` 0 means auto."""
    if requested == 0:
        least = AUTO_MIN_FILES if _can_fork() else AUTO_MIN_FILES_SPAWNED
        return min(_usable_cpus(), files // (least // 2)) if files >= least else 1
    return max(1, min(requested, files))


class WorkerError(Exception):
    """A worker process failed or died; the run stops (exit 2)."""


class ParallelLinter:
    """Collects (path, explicit, settings) and reads and lints them in `jobs` processes, chunk
    by chunk. Each file gives a FileResult, an I/O error message, or None (see `_lint_chunk`)."""

    def __init__(self, jobs: int, *, keep_source: bool = True, total: int | None = None,
                 stat_cache: StatCache | None = None):
        self.jobs = jobs
        self.stat_cache = stat_cache  # forked workers inherit it; spawned ones ask the file system
        self.keep_source = keep_source  # False: workers drop each result's text instead of sending it
        self.total = total  # files that will be added, when known: the last chunks are then smaller
        self._pool: _ForkedWorkers | _ExecutorWorkers | None = None
        self._submitted = 0  # chunks handed to the pool
        self._submitted_files = 0
        self._taken = 0  # chunks handed back by next_chunk (and forgotten)
        self._chunk: list[tuple[str, bool, Settings]] = []
        self._chunk_size = self._next_chunk_size()

    def add(self, path: str, explicit: bool, settings: Settings) -> None:
        self._chunk.append((path, explicit, settings))
        if len(self._chunk) >= self._chunk_size:
            self._submit()

    def _next_chunk_size(self) -> int:
        if self.total is None:
            return CHUNK_FILES
        remaining = self.total - self._submitted_files
        size = max(MIN_CHUNK_FILES, min(CHUNK_FILES, remaining // (2 * self.jobs)))
        return max(remaining, MIN_CHUNK_FILES) if remaining - size < MIN_CHUNK_FILES else size  # no tiny last chunk

    def has_room(self) -> bool:
        """Whether a file added now is linted without waiting for earlier chunks to be taken."""
        return self._submitted - self._taken < self.jobs * QUEUED_CHUNKS_PER_WORKER

    def close(self) -> None:
        """Stop the workers; chunks not taken yet are dropped."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

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
        if self._taken < self._submitted:
            assert self._pool is not None
            if not wait and not self._pool.done(self._taken):
                return None
            try:
                chunk = self._pool.result(self._taken)
            except BaseException:
                self.close()
                raise
            self._taken += 1
            return chunk
        if wait:
            self.close()
        return None

    def _submit(self) -> None:
        if self._pool is None:
            self._pool = _ForkedWorkers(self.jobs, self.stat_cache) if _can_fork() else _ExecutorWorkers(self.jobs)
        # (A settings object most files share is pickled once per chunk: pickle's memo sees to it.)
        self._pool.submit(self._submitted, (self._chunk, self.keep_source))
        self._submitted += 1
        self._submitted_files += len(self._chunk)
        self._chunk = []
        self._chunk_size = self._next_chunk_size()


def _can_fork() -> bool:
    # macOS: system frameworks are not fork-safe, which is why multiprocessing spawns there.
    return hasattr(os, "fork") and sys.platform != "darwin"


class _ForkedWorkers:
    """Worker processes forked from this one, each fed through its own pair of pipes.

    A chunk goes to the worker with the fewest chunks queued (after reading what has finished),
    at most QUEUED_CHUNKS_PER_WORKER each. Each worker answers in the order it was asked, so a
    chunk's result is the next message from the worker that owns it. Forked workers inherit the
    loaded rules, catalog and settings, and nothing is imported to start them (multiprocessing and
    concurrent.futures cost ~20 ms, a tenth of linting 1,000 files on 2 cores). Messages are
    length-prefixed pickles, read whole, so `select` tells when one is ready. Task pipes are
    non-blocking: while a large task waits for room, the worker's finished results are read, so
    neither side can wait on the other forever.
    """

    def __init__(self, jobs: int, stat_cache: StatCache | None):
        from collections import deque

        self._workers: list[tuple[int, int, int]] = []  # (pid, task pipe to write, result pipe to read)
        self._unread: list[deque[int]] = [deque() for _ in range(jobs)]  # chunk numbers per worker
        self._owner: dict[int, int] = {}  # chunk number → its worker, until its result is taken
        self._read: dict[int, Any] = {}  # chunk number → outcome, read early to make room
        for _ in range(jobs):
            task_read, task_write = os.pipe()
            result_read, result_write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: it must not keep the other workers' pipes open
                for _pid, tasks, results in self._workers:
                    os.close(tasks)
                    os.close(results)
                os.close(task_write)
                os.close(result_read)
                _serve(task_read, result_write, stat_cache)
            os.close(task_read)
            os.close(result_write)
            os.set_blocking(task_write, False)
            self._workers.append((pid, task_write, result_read))
        import atexit

        atexit.register(self.close)  # also after Ctrl-C: stop and reap the workers (no zombies)

    def submit(self, number: int, chunk: tuple) -> None:
        self._read_finished(wait=False)
        while True:
            worker = min(range(len(self._workers)), key=lambda w: len(self._unread[w]))
            if len(self._unread[worker]) < QUEUED_CHUNKS_PER_WORKER:
                break
            self._read_finished(wait=True)  # every worker is full: wait for one to finish a chunk
        try:
            self._send_task(worker, _message(chunk))
        except BrokenPipeError:
            raise WorkerError("a worker process exited unexpectedly") from None
        self._unread[worker].append(number)
        self._owner[number] = worker

    def _read_finished(self, *, wait: bool) -> None:
        """Read the results workers have finished (waiting for at least one with `wait`)."""
        import select

        busy = {self._workers[w][2]: w for w in range(len(self._workers)) if self._unread[w]}
        if busy:
            for descriptor in select.select(list(busy), [], [], None if wait else 0)[0]:
                self._read_next(busy[descriptor])

    def _send_task(self, worker: int, data: bytes) -> None:
        import select

        _pid, tasks, results = self._workers[worker]
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(tasks, view):]
                continue
            except BlockingIOError:
                pass
            # The pipe is full: the worker may itself be waiting to hand back a result.
            readable, _writable, _ = select.select([results], [tasks], [])
            if readable and self._unread[worker]:
                self._read_next(worker)

    def done(self, number: int) -> bool:
        import select

        # Chunks are taken in order, so `number` is the oldest unread chunk of its worker.
        if number in self._read:
            return True
        return bool(select.select([self._workers[self._owner[number]][2]], [], [], 0)[0])

    def result(self, number: int) -> list:
        worker = self._owner.pop(number)
        while number not in self._read:
            self._read_next(worker)
        outcome = self._read.pop(number)
        if isinstance(outcome, _WorkerFailure):
            raise WorkerError(f"a worker process failed:\n{outcome.report}")
        return outcome

    def _read_next(self, worker: int) -> None:
        number = self._unread[worker].popleft()
        outcome = _receive(self._workers[worker][2])
        if outcome is _EOF:
            raise WorkerError("a worker process exited unexpectedly")
        self._read[number] = outcome

    def close(self) -> None:
        workers, self._workers = self._workers, []  # (a second call does nothing)
        for _pid, tasks, _results in workers:
            os.close(tasks)  # end of tasks: the worker exits
        for pid, _tasks, results in workers:
            os.close(results)  # a worker still writing gets EPIPE and exits
            os.waitpid(pid, 0)


_EOF = object()


def _message(message: Any) -> bytes:
    import pickle

    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return len(data).to_bytes(8, "little") + data


def _send(descriptor: int, message: Any) -> None:
    view = memoryview(_message(message))
    while view:
        view = view[os.write(descriptor, view):]


def _receive(descriptor: int) -> Any:
    """The next message, or _EOF when the other end closed the pipe."""
    import pickle

    header = _read_exactly(descriptor, 8)
    if header is None:
        return _EOF
    data = _read_exactly(descriptor, int.from_bytes(header, "little"))
    if data is None:
        return _EOF
    return pickle.loads(data)


def _read_exactly(descriptor: int, size: int) -> bytes | None:
    parts = []
    while size:
        part = os.read(descriptor, min(size, 1 << 20))
        if not part:
            return None
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


class _WorkerFailure:
    """A worker's unexpected exception, sent back as text (exceptions may not pickle)."""

    def __init__(self, report: str):
        self.report = report


def _serve(tasks: int, results: int, stat_cache: StatCache | None) -> None:
    """A forked worker's loop: lint each chunk of tasks and send its outcomes back, until EOF."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    code = 0
    try:
        while (message := _receive(tasks)) is not _EOF:
            chunk, keep_source = message
            try:
                outcome: Any = _lint_chunk(chunk, keep_source, stat_cache)
            except BaseException:
                import traceback

                outcome = _WorkerFailure(traceback.format_exc())
            _send(results, outcome)
    except OSError:  # the main process stopped reading (EPIPE): nothing left to do
        code = 1
    finally:
        os._exit(code)  # never run the main process's exit handlers or flush its buffers


class _ExecutorWorkers:
    """Where `fork` is unsafe or missing: a ProcessPoolExecutor (workers import what they need)."""

    def __init__(self, jobs: int):
        from concurrent.futures import ProcessPoolExecutor

        self._executor = ProcessPoolExecutor(max_workers=jobs)
        self._futures: dict[int, Any] = {}

    def submit(self, number: int, chunk: tuple) -> None:
        self._futures[number] = self._executor.submit(_lint_chunk, *chunk)

    def done(self, number: int) -> bool:
        return self._futures[number].done()

    def result(self, number: int) -> list:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._futures.pop(number).result()
        except BrokenProcessPool:
            raise WorkerError("a worker process exited unexpectedly") from None

    def close(self) -> None:
        self._executor.shutdown(cancel_futures=True)
        self._futures = {}


def lint_in_parallel(items: list[tuple[str, bool, Settings]], jobs: int, *, keep_source: bool = True,
                     stat_cache: StatCache | None = None) -> list[FileResult | str | None]:
    """Read and lint (path, named on the command line, settings) items with `jobs` processes;
    outcomes in input order."""
    linter = ParallelLinter(jobs, keep_source=keep_source, total=len(items), stat_cache=stat_cache)
    for path, explicit, settings in items:
        linter.add(path, explicit, settings)
    return linter.results()


def _lint_chunk(tasks: list[tuple[str, bool, Settings]], keep_source: bool,
                stat_cache: StatCache | None = None) -> list[FileResult | str | None]:
    """Per file: its result, the message of an I/O error, or None for a skipped file."""
    from ..file_linting import lint_outcome
    from .stat_cache import NO_CACHE

    return [lint_outcome(path, explicit, settings, keep_source=keep_source, stat_cache=stat_cache or NO_CACHE)
            for path, explicit, settings in tasks]


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1
