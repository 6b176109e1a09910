"""The data every part of truss-lint passes around: positions, diagnostics, file results."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from .catalog import Instance

KeyPath = tuple[Union[str, int], ...]


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Span:
    """A region of the file. Lines and columns are 1-based; the end is exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int

    @classmethod
    def from_marks(cls, start: Any, end: Any) -> Span:
        return cls(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


FILE_START = Span(1, 1, 1, 1)


@dataclass
class Fix:
    """Text edits that resolve a diagnostic: (start offset, end offset, replacement)."""

    edits: list[tuple[int, int, str]]
    description: str
    safe: bool = True


@dataclass
class Diagnostic:
    code: str
    name: str
    severity: Severity
    message: str
    span: Span
    key_path: KeyPath = ()
    help: str | None = None
    fix: Fix | None = None
    instance: Instance | None = None
    # The span holds a credential: reporters never see its text (see redaction.py).
    redact: bool = False

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
        if self.help:
            result["help"] = self.help
        result["fixable"] = self.fix is not None
        return result


@dataclass
class FileResult:
    """What linting one file produced."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    instance: Instance | None = None
    # Why the instance is unknown (invalid resources, nothing matches, ...), for the summary line.
    instance_note: str | None = None
    skipped: str | None = None  # set when the file was not linted (not a Truss config, ...)
    # The decoded text that was linted, so reporters can quote source lines (stdin included).
    source: str | None = field(default=None, repr=False, compare=False)

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
        return result
