"""Line-based reports written file by file, so memory stays flat however many files are linted.

The `concise`, `text`, `full`, `github` and `json-lines` reports are a part per file followed by
a short tail (the per-file `path → instance` lines, the summary, the price footer). A
`StreamedReport` writes each file's part as its result arrives and keeps only what the tail
needs: counts, and one short line per file. The output is byte for byte what the whole-report
functions in `truss_lint.output` and `truss_lint.reporters` return: both are built from the
same per-file functions.
"""

from __future__ import annotations

from .output import PRICE_ASSUMPTION, ReportOptions, Tally, file_line, result_lines

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import IO, TextIO

    from .diagnostics import FileResult

STREAMED_FORMATS = frozenset({"concise", "text", "full", "github", "json-lines"})
# The per-file tail lines held in memory; beyond this they wait in a temporary file.
TAIL_LINES_IN_MEMORY = 2000


class StreamedReport:
    """`add` each result in report order, then `finish` once."""

    def __init__(self, format_name: str, catalog_as_of: str, options: ReportOptions, stream: TextIO):
        if format_name not in STREAMED_FORMATS:
            raise ValueError(f"the {format_name} report is not streamed")
        if format_name not in ("concise", "text", "full"):  # as output.render: colour is for people
            options = ReportOptions(color=False, show_instance=options.show_instance)
        self.format = format_name
        self.catalog_as_of = catalog_as_of
        self.options = options
        self.stream = stream
        self.tally = Tally()
        self._tail: list[str] = []  # concise/text: the `path → instance` lines; github: the log lines
        self._spill: IO[str] | None = None  # where the tail goes once it is long (a temporary file)
        self._root: str | None = None
        if format_name == "github":
            from .reporters.paths import repository_root

            self._root = repository_root()

    def add(self, result: FileResult) -> None:
        self.tally.add(result)
        options = self.options
        if self.format == "json-lines":
            import json

            self.stream.write("".join(json.dumps({"path": result.path, **d.to_json()}, ensure_ascii=False) + "\n"
                                      for d in result.diagnostics))
            return
        if self.format == "full":
            from .reporters.full import result_lines as full_lines

            lines = full_lines(result, options)
        elif self.format == "github":
            from .reporters.github import annotation_lines, log_line

            lines = annotation_lines(result, self._root, options)
            if result.skipped is None:
                self._tail.append(log_line(result, self._root))
        else:
            lines = result_lines(result, options, detailed=self.format == "text")
            if options.show_instance and result.skipped is None:
                self._tail.append(file_line(result, options))
        if lines:
            self.stream.write("\n".join(lines) + "\n")
        if len(self._tail) >= TAIL_LINES_IN_MEMORY:
            self._spill_tail()

    def _spill_tail(self) -> None:
        if self._spill is None:
            import tempfile

            self._spill = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._spill.write("".join(line + "\n" for line in self._tail))
        self._tail = []

    def finish(self) -> None:
        if self.format == "json-lines":
            return
        footer = f"Prices: {PRICE_ASSUMPTION}; instance catalog as of {self.catalog_as_of}."
        if self._spill is not None:  # the tail lines written so far, in order, then the rest
            import shutil

            self._spill_tail()
            self._spill.seek(0)
            shutil.copyfileobj(self._spill, self.stream)
            self._spill.close()
            self._spill = None
        tail = self._tail
        tail.append(self.tally.summary_line())
        if self.format == "github":
            from .reporters.github import disarm

            if self.tally.priced:
                tail.append(footer)
            tail = [disarm(line) for line in tail]
        elif self.format == "full":
            if self.tally.priced:
                tail.append(footer)
        elif self.options.show_instance and self.tally.priced:
            tail.append(footer)
        self.stream.write("\n".join(tail) + "\n")
        self._tail = []


_PENDING = object()  # a file still in the worker processes


class InOrder:
    """Hands each file's outcome (a FileResult, an I/O error message, or None for a skipped file)
    to `emit` in report order as soon as it is known. A file read and linted in the worker
    processes (`add_pending`) holds back the files after it until its chunk is done."""

    def __init__(self, emit, parallel=None):
        from collections import deque

        self.emit = emit
        self.parallel = parallel
        self._queue: deque = deque()  # outcomes, or _PENDING for a file in the workers
        self._from_workers: deque = deque()

    def add(self, outcome: FileResult | str | None) -> None:
        self._queue.append(outcome)
        self.flush(wait=False)

    def add_pending(self) -> None:
        self._queue.append(_PENDING)
        self.flush(wait=False)

    def flush(self, *, wait: bool) -> None:
        queue = self._queue
        while queue:
            outcome = queue[0]
            if outcome is _PENDING:
                if not self._from_workers:
                    chunk = self.parallel.next_chunk(wait=wait)
                    if not chunk:
                        return
                    self._from_workers.extend(chunk)
                outcome = self._from_workers.popleft()
            queue.popleft()
            self.emit(outcome)
        if wait and self.parallel is not None:
            self.parallel.next_chunk(wait=True)  # stops the workers
