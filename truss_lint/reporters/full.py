"""`--output-format full`: each diagnostic with the source lines it points at (rustc/ruff style),
then the file's `path → instance` line.

    error[TC102] [*] invalid-type: `resources.cpu`: cpu must be a YAML string, ...
     --> models/llm/config.yaml:3:8
      |
    2 | resources:
    3 |   cpu: 4
      |        ^
      |
      = help: quote it: cpu: "4"
      = fix: quote it: "4" (safe, apply with --fix)
      |
    3 -   cpu: 4
    3 +   cpu: "4"
      |

`= instance:` appears under a finding only when the finding is about another instance than the
file's (the one a deployed model keeps); the file's own is on its line.
"""

from __future__ import annotations

import unicodedata

from ..diagnostics import Diagnostic, FileResult
from ..output import FIXABLE_MARK, SEVERITY_COLORS, ReportOptions, file_line, finding_instance, paint

MAX_SPAN_LINES = 3  # a span over a whole block shows its first lines, then `...`
TAB_WIDTH = 4


def result_lines(result: FileResult, options: ReportOptions) -> list[str]:
    """One file's part of the report: its diagnostics, then its `path → instance` line (not with -q)."""
    if result.skipped:  # said on stderr (cli.py)
        return []
    out: list[str] = []
    source_lines = _source_lines(result)
    for diagnostic in result.diagnostics:
        out.extend(render_diagnostic(diagnostic, result, source_lines, options))
        out.append("")
    if not options.quiet:
        out.append(file_line(result, options))
        out.append("")
    return out


def render_diagnostic(d: Diagnostic, result: FileResult, source_lines: list[str],
                      options: ReportOptions) -> list[str]:
    color = SEVERITY_COLORS[d.severity]
    span = d.span
    shown = _shown_line_numbers(span, source_lines)
    gutter = len(str(shown[-1])) if shown else 1
    bar = paint(" " * gutter + " |", "1;34", options)
    mark = f" {paint(FIXABLE_MARK, '1', options)}" if d.fix is not None else ""
    lines = [
        f"{paint(f'{d.severity.value}[{d.code}]', '1;' + color, options)}{mark} {paint(d.name, '1', options)}: "
        f"{d.message}",
        f"{' ' * gutter}{paint('-->', '1;34', options)} {result.path}:{span.line}:{span.column}",
    ]
    if shown:
        lines.append(bar)
        previous = None
        for number in shown:
            if previous is not None and number != previous + 1:
                lines.append(paint("...", "1;34", options))
            previous = number
            text = source_lines[number - 1]
            lines.append(f"{paint(f'{number:>{gutter}} |', '1;34', options)} {_printable(text)}".rstrip())
            marks = _underline(text, number, span)
            if marks:
                lines.append(f"{bar} {paint(marks, '1;' + color, options)}")
        lines.append(bar)
    label_pad = " " * gutter + " = "
    instance = finding_instance(d, result) if options.show_instance else None
    if instance:
        lines.append(f"{label_pad}{paint('instance', '1', options)}: {instance}")
    if d.help:
        lines.append(f"{label_pad}{paint('help', '1', options)}: {d.help}")
    if d.fix is not None:
        how = "safe, apply with --fix" if d.fix.safe else "unsafe, apply with --fix --unsafe-fixes"
        lines.append(f"{label_pad}{paint('fix', '1', options)}: {d.fix.description} ({how})")
        if not d.redact:
            lines += _fix_preview(d, result, options)
    return lines


def _fix_preview(d: Diagnostic, result: FileResult, options: ReportOptions) -> list[str]:
    """The lines the fix changes, before (`-`) and after (`+`), as ruff previews a fix."""
    text = result.source
    edits = d.fix.edits
    if text is None or not edits or max(end for _, end, _ in edits) > len(text):
        return []
    start = min(begin for begin, _, _ in edits)
    end = max(stop for _, stop, _ in edits)
    first = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    last = min((i for i in (text.find("\n", end), text.find("\r", end)) if i >= 0), default=len(text))
    if end > start and text[end - 1] in "\r\n":  # the edit removes whole lines, up to a line break
        last = end - 1
    before = text[first:last]
    after, position = [], first
    for begin, stop, replacement in sorted(edits):
        after += [text[position:begin], replacement]
        position = stop
    after.append(text[position:last])
    old_lines = before.splitlines()
    new_lines = "".join(after).splitlines()
    if len(old_lines) > MAX_SPAN_LINES or len(new_lines) > MAX_SPAN_LINES:
        return []
    number = text.count("\n", 0, first) + 1 if "\n" in text else text.count("\r", 0, first) + 1
    gutter = len(str(number + len(old_lines)))
    bar = paint(" " * gutter + " |", "1;34", options)
    rows = [bar]
    rows += [f"{paint(f'{number + i:>{gutter}}', '1;34', options)} {paint('-', '31', options)} {_printable(line)}".rstrip()
             for i, line in enumerate(old_lines)]
    rows += [f"{paint(f'{number + i:>{gutter}}', '1;34', options)} {paint('+', '32', options)} {_printable(line)}".rstrip()
             for i, line in enumerate(new_lines)]
    rows.append(bar)
    return rows


def _source_lines(result: FileResult) -> list[str]:
    if result.source is not None:
        return result.source.splitlines()
    if result.path.startswith("<"):
        return []
    try:  # a FileResult built by library code without its text: the file on disk
        with open(result.path, encoding="utf-8", errors="replace") as handle:
            return handle.read().splitlines()
    except OSError:
        return []


def _shown_line_numbers(span, source_lines: list[str]) -> list[int]:
    """One line of context above the span, then the span's lines (at most MAX_SPAN_LINES of them,
    plus its last line when it is longer)."""
    line_count = len(source_lines)
    if span.line > line_count or span.line < 1:
        return []
    last = min(_last_line(span, source_lines), line_count)
    numbers = list(range(span.line, last + 1))
    if len(numbers) > MAX_SPAN_LINES:
        numbers = numbers[:MAX_SPAN_LINES - 1] + [numbers[-1]]
    if span.line > 1:
        numbers.insert(0, span.line - 1)
    return numbers


def _last_line(span, source_lines: list[str]) -> int:
    """The last line the span really covers. A block node's end mark sits where the next node
    starts (column 1 of the next line, or after the `- ` of the next item): that line is not part
    of it."""
    if span.end_line <= span.line:
        return span.end_line
    end_text = source_lines[span.end_line - 1] if span.end_line <= len(source_lines) else ""
    return span.end_line - 1 if end_text[:span.end_column - 1].strip() in ("", "-") else span.end_line


def _underline(text: str, number: int, span) -> str:
    """Carets under the part of line `number` that the span covers ('' for context lines)."""
    if number < span.line or number > span.end_line:
        return ""
    if number == span.line:
        start = span.column - 1
    else:  # a continuation line: from its first non-blank character
        start = len(text) - len(text.lstrip())
    end = span.end_column - 1 if number == span.end_line else len(text.rstrip())
    end = min(end, len(text.rstrip())) if end > start else end
    width = max(1, _width(text[start:end]))
    return " " * _width(text[:start]) + "^" * width


def _printable(text: str) -> str:
    """The line with tabs expanded and control characters (a terminal escape in a hostile file)
    shown as U+FFFD, so the carets line up and nothing is sent to the terminal raw."""
    return "".join(" " * TAB_WIDTH if c == "\t" else ("\ufffd" if _is_control(c) else c) for c in text)


def _width(text: str) -> int:
    width = 0
    for char in text:
        if char == "\t":
            width += TAB_WIDTH
        elif unicodedata.combining(char):
            continue
        else:
            width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _is_control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf") and char != "\t"

