"""Reporters: turn file results into text for people and JSON for tools.

Every reporter is a function `(results, catalog_as_of, options) -> str`, registered in
`REPORTERS` by its `--output-format` name.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from .catalog import MINUTES_PER_MONTH
from .diagnostics import FileResult, Severity

PRICE_ASSUMPTION = f"list price, one always-on replica, {MINUTES_PER_MONTH // 1440}-day month"


@dataclass
class ReportOptions:
    color: bool = False
    show_instance: bool = True


def instance_line(result: FileResult) -> str:
    if result.instance is not None:
        return result.instance.describe()
    return result.instance_note or "unknown"


def summary_line(results: list[FileResult]) -> str:
    linted = [r for r in results if r.skipped is None]
    counts = Counter(d.severity for r in linted for d in r.diagnostics)
    total = sum(counts.values())
    fixable = sum(1 for r in linted for d in r.diagnostics if d.fix is not None)
    files = f"{len(linted)} file{'s' if len(linted) != 1 else ''}"
    if not total:
        return f"No problems found in {files}."
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in
             (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s]]
    text = f"Found {total} problem{'s' if total != 1 else ''} ({', '.join(parts)}) in {files}"
    return text + (f"; {fixable} fixable with --fix." if fixable else ".")


def _paint(text: str, code: str, options: ReportOptions) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if options.color else text


_SEVERITY_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def report_text(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
    """`path:line:col: CODE [severity] message (name)`, then the instance, per diagnostic;
    a line per file with its instance; a summary."""
    lines: list[str] = []
    for result in results:
        if result.skipped:
            lines.append(f"{result.path}: skipped: {result.skipped}")
            continue
        for d in result.diagnostics:
            severity = _paint(d.severity.value, _SEVERITY_COLORS[d.severity], options)
            lines.append(f"{result.path}:{d.span.line}:{d.span.column}: {_paint(d.code, '1', options)} "
                         f"[{severity}] {d.message} ({d.name})")
            if d.help:
                lines.append(f"    help: {d.help}")
            if options.show_instance:
                instance = d.instance.describe() if d.instance else (result.instance_note or "unknown")
                lines.append(f"    instance: {instance}")
        counts = Counter(d.severity.value for d in result.diagnostics)
        tally = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in sorted(counts.items()))
        lines.append(f"{_paint(result.path, '1', options)} → {instance_line(result)}"
                     + (f" — {tally}" if tally else " — ok"))
    lines.append(summary_line(results))
    lines.append(f"Prices: {PRICE_ASSUMPTION}; instance catalog as of {catalog_as_of}.")
    return "\n".join(lines) + "\n"


def report_json(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
    document = {
        "version": 1,
        "catalog_as_of": catalog_as_of,
        "price_assumption": PRICE_ASSUMPTION,
        "files": [r.to_json() for r in results],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


REPORTERS: dict[str, Callable[[list[FileResult], str, ReportOptions], str]] = {
    "text": report_text,
    "json": report_json,
}
