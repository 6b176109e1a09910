"""Reporters: turn file results into text for people and JSON, SARIF, JUnit, ... for tools.

Every reporter is a function `(results, catalog_as_of, options) -> str`, registered in
`REPORTERS` by its `--output-format` name. The small ones live here; the larger ones are
modules under `truss_lint.reporters`, imported only when chosen. `auto` is not a reporter:
`resolve_format` turns it into `github`, `full` or `concise` before rendering.
"""

from __future__ import annotations

from collections import Counter

from ._record import Record
from .catalog import MINUTES_PER_MONTH
from .diagnostics import FileResult, Severity

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

PRICE_ASSUMPTION = f"list price, one always-on replica, {MINUTES_PER_MONTH // 1440}-day month"


class ReportOptions(Record):
    __slots__ = ("color", "show_instance")

    def __init__(self, color: bool = False, show_instance: bool = True) -> None:
        self.color = color
        self.show_instance = show_instance


def instance_line(result: FileResult) -> str:
    if result.instance is not None:
        return result.instance.describe()
    return result.instance_note or "unknown"


def summary_line(results: list[FileResult]) -> str:
    tally = Tally()
    for result in results:
        tally.add(result)
    return tally.summary_line()


class Tally:
    """What the summary line and the price footer need from the results, counted as they pass:
    a streamed report keeps these counts instead of every file's findings."""

    __slots__ = ("files", "counts", "fixable", "unsafe", "priced")

    def __init__(self) -> None:
        self.files = 0
        self.counts: Counter[Severity] = Counter()
        self.fixable = self.unsafe = 0
        self.priced = False  # price_footer_needed

    def add(self, result: FileResult) -> None:
        if not self.priced:
            self.priced = price_footer_needed([result])
        if result.skipped is not None:
            return
        self.files += 1
        for d in result.diagnostics:
            self.counts[d.severity] += 1
            if d.fix is not None:
                if d.fix.safe:
                    self.fixable += 1
                else:
                    self.unsafe += 1

    def summary_line(self) -> str:
        counts, fixable, unsafe = self.counts, self.fixable, self.unsafe
        total = sum(counts.values())
        files = f"{self.files} file{'s' if self.files != 1 else ''}"
        if not self.files:
            return "No Truss config files found."
        if not total:
            return f"No problems found in {files}."
        parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in
                 (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s]]
        text = f"Found {total} problem{'s' if total != 1 else ''} ({', '.join(parts)}) in {files}"
        if unsafe:  # fixes that change what is requested are opt-in, as in ruff
            text += f"; {fixable} fixable with --fix, {unsafe} more with --unsafe-fixes"
        elif fixable:
            text += f"; {fixable} fixable with --fix"
        return text + "."


def paint(text: str, code: str, options: ReportOptions) -> str:
    """`text` in SGR colour `code` when colour is on (a terminal, no NO_COLOR)."""
    return f"\x1b[{code}m{text}\x1b[0m" if options.color else text


SEVERITY_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def file_line(result: FileResult, options: ReportOptions) -> str:
    """`path → instance — 1 error, 2 warnings` (or `— ok`): the per-file verdict."""
    counts = Counter(d.severity.value for d in result.diagnostics)
    tally = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in sorted(counts.items()))
    line = f"{paint(result.path, '1', options)} → {instance_line(result)}" + (f" — {tally}" if tally else " — ok")
    if result.chainlets:  # a Truss Chains file: then one line per chainlet
        line += "".join(f"\n  {c.name} → {c.instance.describe() if c.instance else c.instance_note or 'unknown'}"
                        for c in result.chainlets)
    return line


def price_footer_needed(results: list[FileResult]) -> bool:
    return any(r.instance is not None or any(d.instance for d in r.diagnostics) for r in results)


def report_text(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
    """The concise lines, each followed by its `help:` and `instance:` lines, and a ` (name)`."""
    return _report_lines(results, catalog_as_of, options, detailed=True)


def report_json(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
    import json

    document = {
        "version": 1,
        "catalog_as_of": catalog_as_of,
        "price_assumption": PRICE_ASSUMPTION,
        "files": [r.to_json() for r in results],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def report_concise(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
    """`path:line:col: CODE [severity] message`, one line per diagnostic: the contract editors'
    problem matchers and grep rely on. Then one `path → instance` line per file and the summary;
    those lines have no `:line:col:`, so matchers skip them."""
    return _report_lines(results, catalog_as_of, options, detailed=False)


def _report_lines(results: list[FileResult], catalog_as_of: str, options: ReportOptions, *,
                  detailed: bool) -> str:
    lines: list[str] = []
    for result in results:
        lines += result_lines(result, options, detailed=detailed)
    if options.show_instance:
        lines.extend(file_line(r, options) for r in results if r.skipped is None)
    lines.append(summary_line(results))
    if options.show_instance and price_footer_needed(results):
        lines.append(f"Prices: {PRICE_ASSUMPTION}; instance catalog as of {catalog_as_of}.")
    return "\n".join(lines) + "\n"


def result_lines(result: FileResult, options: ReportOptions, *, detailed: bool) -> list[str]:
    """One file's lines of the concise (`detailed=False`) or text report."""
    if result.skipped:
        return [f"{result.path}: skipped: {result.skipped}"]
    lines: list[str] = []
    for d in result.diagnostics:
        severity = paint(d.severity.value, SEVERITY_COLORS[d.severity], options)
        line = (f"{result.path}:{d.span.line}:{d.span.column}: {paint(d.code, '1', options)} "
                f"[{severity}] {_one_line(d.message)}")
        lines.append(f"{line} ({d.name})" if detailed else line)
        if detailed and d.help:
            lines.append(f"    help: {d.help}")
        if detailed and options.show_instance:
            lines.append(f"    instance: {d.instance.describe() if d.instance else instance_line(result)}")
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.splitlines()) if "\n" in text or "\r" in text else text


def report_json_lines(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
    """One JSON object per diagnostic: `{"path": ..., <the diagnostic as in --output-format json>}`."""
    import json

    return "".join(json.dumps({"path": r.path, **d.to_json()}, ensure_ascii=False) + "\n"
                   for r in results for d in r.diagnostics)


def _lazy(module: str) -> Callable[[list[FileResult], str, ReportOptions], str]:
    def report(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
        from importlib import import_module

        return import_module(f".reporters.{module}", __package__).report(results, catalog_as_of, options)

    report.__name__ = f"report_{module.replace('-', '_')}"
    return report


REPORTERS: dict[str, Callable[[list[FileResult], str, ReportOptions], str]] = {
    "full": _lazy("full"),
    "concise": report_concise,
    "text": report_text,
    "json": report_json,
    "json-lines": report_json_lines,
    "github": _lazy("github"),
    "sarif": _lazy("sarif"),
    "junit": _lazy("junit"),
}
FORMAT_CHOICES = ("auto", *REPORTERS)
HUMAN_FORMATS = frozenset({"full", "concise", "text"})
MACHINE_JSON_FORMATS = frozenset({"json", "json-lines"})


def resolve_format(name: str, *, stream_is_tty: bool, environ: Mapping[str, str]) -> str:
    """`auto` → `github` under GitHub Actions, `full` on a terminal, else `concise`."""
    if name != "auto":
        return name
    if environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "full" if stream_is_tty else "concise"


def report_statistics(results: list[FileResult], catalog_as_of: str, options: ReportOptions,
                      as_json: bool = False) -> str:
    """`--statistics`: how often each rule fired, most frequent first (ruff's table)."""
    counts: Counter[tuple[str, str]] = Counter()
    fixable: Counter[tuple[str, str]] = Counter()
    for result in results:
        for d in result.diagnostics:
            counts[(d.code, d.name)] += 1
            fixable[(d.code, d.name)] += d.fix is not None
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if as_json:
        import json

        document = [{"code": code, "name": name, "count": n, "fixable": fixable[(code, name)]}
                    for (code, name), n in rows]
        return json.dumps(document, indent=2) + "\n"
    width = max((len(str(n)) for _, n in rows), default=1)
    name_width = max((len(name) for (_, name), _ in rows), default=0)
    lines = [f"{n:>{width}}  {paint(code, '1', options)}  {name:<{name_width}}"
             + (f"  [{fixable[(code, name)]} fixable]" if fixable[(code, name)] else "")
             for (code, name), n in rows]
    lines.append(summary_line(results))
    return "\n".join(line.rstrip() for line in lines) + "\n"


def render(format_name: str, results: list[FileResult], catalog_as_of: str, options: ReportOptions,
           *, statistics: bool = False) -> str:
    """The whole report for a resolved format name (`auto` already resolved)."""
    if statistics:
        return report_statistics(results, catalog_as_of, options, as_json=format_name in MACHINE_JSON_FORMATS)
    if format_name not in HUMAN_FORMATS:
        options = ReportOptions(color=False, show_instance=options.show_instance)
    return REPORTERS[format_name](results, catalog_as_of, options)
