"""`--output-format github`: GitHub Actions workflow commands, shown as annotations on the PR.

    ::error file=models/llm/config.yaml,line=4,endLine=4,col=16,endColumn=22,title=TC201 no-matching-instance::...

Paths are relative to the repository (`$GITHUB_WORKSPACE`) without a `./` prefix: GitHub drops
annotations whose path does not match a file in the diff exactly (yamllint #764).
"""

from __future__ import annotations

from ..diagnostics import FileResult, Severity
from ..output import ReportOptions, file_instance
from .paths import display_path

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message, as @actions/core does (`escapeData`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (`file=`, `title=`, ...), as @actions/core does (`escapeProperty`)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def log_line(result: FileResult, root) -> str:
    return f"{display_path(result.path, root)} → {file_instance(result)}"


def disarm(line: str) -> str:
    """A log line starting with `::` would run as a workflow command; a leading space disarms it."""
    return " " + line if line.startswith("::") else line


def annotation_lines(result: FileResult, root, options: ReportOptions) -> list[str]:
    """One file's workflow commands, one per diagnostic."""
    lines: list[str] = []
    if not result.skipped:
        path = display_path(result.path, root)
        for d in result.diagnostics:
            span = d.span
            properties = {"file": path, "line": span.line, "endLine": span.end_line,
                          "col": span.column, "endColumn": span.end_column, "title": f"{d.code} {d.name}"}
            message = d.message
            if d.help:
                message += f"\nhelp: {d.help}"
            if d.chainlet is not None:  # a Truss Chains file
                message += f"\nchainlet: {d.chainlet}"
            if options.show_instance:
                instance = d.instance.describe() if d.instance else (result.instance_note or "unknown")
                message += f"\ninstance: {instance}"
            rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
            lines.append(f"::{COMMANDS[d.severity]} {rendered}::{escape_data(message)}")
    return lines
