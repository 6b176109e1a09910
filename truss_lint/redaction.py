"""Keep credentials out of every report: the text of a diagnostic marked `redact` is masked,
wherever it occurs, in the source that reporters quote (code frames, context lines)."""

from __future__ import annotations

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from collections.abc import Iterable

    from .diagnostics import Diagnostic, Span

SHOWN_PREFIX = 4  # characters of a credential a report may show, never more
MASK = "*"


def redacted_source(text: str, diagnostics: Iterable[Diagnostic]) -> str:
    spans = [d.span for d in diagnostics if d.redact]
    if not spans:
        return text
    line_starts = [0]
    for line in text.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    secrets = {_text_of(text, line_starts, span).strip().strip("'\"") for span in spans}
    # Every occurrence: a duplicated key or a comment may repeat the value.
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) > SHOWN_PREFIX:
            text = text.replace(secret, mask(secret))
    return text


def mask(secret: str) -> str:
    """`hf_Abc…` → `hf_A*****`: same length and line breaks, so columns stay right."""
    return secret[:SHOWN_PREFIX] + "".join(c if c in "\r\n" else MASK for c in secret[SHOWN_PREFIX:])


def _text_of(text: str, line_starts: list[int], span: Span) -> str:
    return text[_offset(line_starts, span.line, span.column):_offset(line_starts, span.end_line, span.end_column)]


def _offset(line_starts: list[int], line: int, column: int) -> int:
    index = min(max(line, 1), len(line_starts)) - 1
    return line_starts[index] + column - 1
