"""The data every part of truss-lint passes around: positions, diagnostics, file results."""

from __future__ import annotations

from enum import Enum

from ._struct import Struct

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

    from .catalog import Instance

KeyPath = tuple[str | int, ...]  # mapping keys and sequence indexes, from the document root


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Span(Struct):
    """A region of the file. Lines and columns are 1-based; the end is exclusive. A value."""

    __slots__ = ("line", "column", "end_line", "end_column")

    def __init__(self, line: int, column: int, end_line: int, end_column: int) -> None:
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column

    @classmethod
    def from_marks(cls, start: Any, end: Any) -> Span:
        return cls(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


FILE_START = Span(1, 1, 1, 1)


class Fix(Struct):
    """Text edits that resolve a diagnostic: (start offset, end offset, replacement)."""

    __slots__ = ("edits", "description", "safe")

    def __init__(self, edits: list[tuple[int, int, str]], description: str, safe: bool = True) -> None:
        self.edits = edits
        self.description = description
        self.safe = safe


class Diagnostic(Struct):
    __slots__ = ("code", "name", "severity", "message", "span", "key_path", "help", "fix", "instance", "redact",
                 "chainlet")

    def __init__(self, code: str, name: str, severity: Severity, message: str, span: Span,
                 key_path: KeyPath = (), help: str | None = None, fix: Fix | None = None,
                 instance: Instance | None = None, redact: bool = False, chainlet: str | None = None) -> None:
        self.code = code
        self.name = name
        self.severity = severity
        self.message = message
        self.span = span
        self.key_path = key_path
        self.help = help
        self.fix = fix
        self.instance = instance
        # The span holds a credential: reporters never see its text (see redaction.py).
        self.redact = redact
        self.chainlet = chainlet  # in a Truss Chains file: the chainlet class this is about

    def sort_key(self) -> tuple:
        return (self.span.line, self.span.column, self.code, self.message)

    def to_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "key_path": list(self.key_path),
            "instance": self.instance.to_json() if self.instance else None,
        }
        if self.chainlet is not None:
            result["chainlet"] = self.chainlet
        if self.help:
            result["help"] = self.help
        result["fixable"] = self.fix is not None
        return result


class ChainletResult(Struct):
    """One chainlet of a Truss Chains file and the instance it gets. A value."""

    __slots__ = ("name", "line", "column", "instance", "instance_note")

    def __init__(self, name: str, line: int, column: int, instance: Instance | None = None,
                 instance_note: str | None = None) -> None:
        self.name = name
        self.line = line
        self.column = column
        self.instance = instance
        self.instance_note = instance_note  # why the instance is unknown or none

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "line": self.line, "column": self.column,
                "instance": self.instance.to_json() if self.instance else None, "instance_note": self.instance_note}


class FileResult(Struct):
    """What linting one file produced."""

    __slots__ = ("path", "diagnostics", "instance", "instance_note", "skipped", "source", "chainlets")
    _hidden = ("source",)

    def __init__(self, path: str, diagnostics: list[Diagnostic] | None = None, instance: Instance | None = None,
                 instance_note: str | None = None, skipped: str | None = None, source: str | None = None,
                 chainlets: list[ChainletResult] | None = None) -> None:
        self.path = path
        self.diagnostics = [] if diagnostics is None else diagnostics
        self.instance = instance
        # Why the instance is unknown (invalid resources, nothing matches, ...), for the summary line.
        self.instance_note = instance_note
        self.skipped = skipped  # set when the file was not linted (not a Truss config, ...)
        # The decoded text that was linted, so reporters can quote source lines (stdin included).
        self.source = source
        self.chainlets = chainlets  # a Truss Chains file: its chainlets in source order (else None)

    def to_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "path": self.path,
            "instance": self.instance.to_json() if self.instance else None,
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }
        if self.instance_note:
            result["instance_note"] = self.instance_note
        if self.skipped:
            result["skipped"] = self.skipped
        if self.chainlets is not None:
            result["chainlets"] = [c.to_json() for c in self.chainlets]
        return result
