"""Line-based reports written file by file, so memory stays flat however many files are linted.

The `concise`, `grouped`, `text`, `full`, `github` and `json-lines` reports are a part per file
followed by a short tail (the per-file `path → instance` lines, the summary, the price footer). A
`StreamedReport` writes each file's part as its result arrives and keeps only what the tail
needs: counts, and one short line per file. `truss_lint.output.render` writes these reports
through this class too, so a report is the same streamed or rendered at once.
"""

from __future__ import annotations

from .output import ReportOptions, Tally, file_line, listed, machine_options, price_footer, result_lines, shows_price

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import IO, TextIO

    from .diagnostics import FileResult

STREAMED_FORMATS = frozenset({"concise", "grouped", "text", "full", "github", "json-lines"})
# The per-file tail lines held in memory; beyond this they wait in a temporary file.
TAIL_LINES_IN_MEMORY = 2000


class StreamedReport:
    """`add` each result in report order, then `finish` once.

    Each format is a part per file, written as the file's result arrives, and a tail: lines kept
    per file (concise and text: the `path → instance` line of each file listed; github: the log
    line), the summary, and the price footer when a line named a priced instance. `-q` keeps the
    findings and the summary."""

    def __init__(self, format_name: str, catalog_as_of: str, options: ReportOptions, stream: TextIO):
        if format_name not in STREAMED_FORMATS:
            raise ValueError(f"the {format_name} report is not streamed")
        if format_name in ("github", "json-lines"):  # as output.render: colour is for people
            options = machine_options(options)
        self.format = format_name
        self.catalog_as_of = catalog_as_of
        self.options = options
        self.stream = stream
        self.tally = Tally()
        self.priced = False  # a line named a priced instance: the footer says what prices assume
        self._tail: list[str] = []
        self._spill: IO[str] | None = None  # where the tail goes once it is long (a temporary file)
        self._root: str | None = None
        if format_name == "github":
            from .reporters.paths import repository_root

            self._root = repository_root()

    def add(self, result: FileResult) -> None:
        self.tally.add(result)
        options = self.options
        if self.format == "json-lines":
            from .output import json_lines

            self.stream.write(json_lines(result))
            return
        shown = False  # whether a line of this file names its instance
        if self.format == "full":
            from .reporters.full import result_lines as full_lines

            lines = full_lines(result, options)
            shown = result.skipped is None and not options.quiet
        elif self.format == "grouped":
            from .output import grouped_lines

            lines = grouped_lines(result, options)
            shown = bool(lines) and listed(result, options)
        elif self.format == "github":
            from .reporters.github import annotation_lines, log_line

            lines = annotation_lines(result, self._root, options)
            if result.skipped is None and not options.quiet:
                self._tail.append(log_line(result, self._root))
                shown = True
        else:
            lines = result_lines(result, options, detailed=self.format == "text")
            if listed(result, options):
                self._tail.append(file_line(result, options))
                shown = True
        self.priced = self.priced or (shown and shows_price(result))
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
        if self._spill is not None:  # the tail lines written so far, in order, then the rest
            import shutil

            self._spill_tail()
            self._spill.seek(0)
            shutil.copyfileobj(self._spill, self.stream)
            self._spill.close()
            self._spill = None
        tail = self._tail
        tail.append(self.tally.summary_line())
        if self.priced:
            tail.append(price_footer(self.catalog_as_of))
        if self.format == "github":
            from .reporters.github import disarm

            tail = [disarm(line) for line in tail]
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
