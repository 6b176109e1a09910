"""Reporters: turn file results into text for people and JSON, SARIF, JUnit, ... for tools.

Every reporter is a function `(results, catalog_as_of, options) -> str`, registered in
`REPORTERS` by its `--output-format` name. The small ones live here; the larger ones are
modules under `truss_lint.reporters`, imported only when chosen. The line-based ones are written
file by file by `truss_lint.streaming`, from the per-file functions here and in the reporters.
`auto` is not a reporter: `resolve_format` turns it into `github`, `full` or `concise` before
rendering.
"""

from __future__ import annotations

from collections import Counter

from ._struct import Struct
from .catalog import MINUTES_PER_MONTH
from .diagnostics import Diagnostic, FileResult, Severity

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

PRICE_ASSUMPTION = f"list price, one always-on replica, {MINUTES_PER_MONTH // 1440}-day month"


class ReportOptions(Struct):
    """How a report is written: colour, how quiet (1: findings and the summary; 2: nothing), and
    whether files without findings are listed by the concise, grouped and text reports."""

    __slots__ = ("color", "show_instance", "quiet", "show_ok")

    def __init__(self, color: bool = False, show_instance: bool = True, quiet: int = 0, show_ok: bool = False) -> None:
        self.color = color
        self.show_instance = show_instance
        self.quiet = quiet
        self.show_ok = show_ok


def instance_line(result: FileResult) -> str:
    if result.instance is not None:
        return result.instance.describe()
    return result.instance_note or "unknown"


def _same(a, b) -> bool:
    return a is b or (a is not None and b is not None and a.name == b.name)


def instance_finding(result: FileResult) -> Diagnostic | None:
    """The first finding that is about which instance the config really gets: one carrying an
    instance other than the one `resources` resolve to (the instance a deployed model keeps, or
    what an old Truss allocates). People then see that instance on the file's line."""
    for d in result.diagnostics:
        if d.instance is not None and not _same(d.instance, result.instance) and d.severity is not Severity.INFO:
            return d
    return None


def finding_instance(d: Diagnostic, result: FileResult) -> str | None:
    """What a human report says under a finding about the instance: nothing when it is the file's
    (the file's line says it once), else the finding's own."""
    if d.instance is None or _same(d.instance, result.instance):
        return None
    return d.instance.describe()


def summary_line(results: list[FileResult]) -> str:
    tally = Tally()
    for result in results:
        tally.add(result)
    return tally.summary_line()


class Tally:
    """What the summary line needs from the results, counted as they pass: a streamed report
    keeps these counts instead of every file's findings."""

    __slots__ = ("files", "counts", "fixable", "unsafe")

    def __init__(self) -> None:
        self.files = 0
        self.counts: Counter[Severity] = Counter()
        self.fixable = self.unsafe = 0

    def add(self, result: FileResult) -> None:
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
        counts = self.counts
        total = sum(counts.values())
        files = _plural(self.files, "file")
        if not self.files:
            return "No Truss config files found."
        if not total:
            return f"No problems found in {files}."
        parts = [_plural(counts[s], s.value) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s]]
        text = f"Found {_plural(total, 'problem')} ({', '.join(parts)}) in {files}"
        return text + fixable_note(self.fixable, self.unsafe) + "."


def fixable_note(fixable: int, unsafe: int) -> str:
    """`; 2 fixable with --fix (1 more with --fix --unsafe-fixes)`, worded for every count; unsafe
    fixes (they change what is requested) are opt-in, as in ruff."""
    if fixable and unsafe:
        return f"; {fixable} fixable with --fix ({unsafe} more with --fix --unsafe-fixes)"
    if fixable:
        return f"; {fixable} fixable with --fix"
    if unsafe:
        return f"; {unsafe} fixable with --fix --unsafe-fixes"
    return ""


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def paint(text: str, code: str, options: ReportOptions) -> str:
    """`text` in SGR colour `code` when colour is on (a terminal, no NO_COLOR)."""
    return f"\x1b[{code}m{text}\x1b[0m" if options.color else text


SEVERITY_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
FIXABLE_MARK = "[*]"  # as ruff marks a finding that `--fix` (or `--fix --unsafe-fixes`) resolves


def file_line(result: FileResult, options: ReportOptions) -> str:
    """`path → instance — 1 error, 2 warnings` (or `— ok`): the per-file verdict. A Truss Chains
    file's line gives the chain's total, then one line per chainlet."""
    line = f"{paint(result.path, '1', options)} → {file_instance(result)}{verdict(result)}"
    if result.chainlets:
        line += "".join(f"\n  {c.name} → {c.instance.describe() if c.instance else c.instance_note or 'unknown'}"
                        for c in result.chainlets)
    return line


def file_instance(result: FileResult) -> str:
    """The instance the file gets. When a finding says the config really gets another one (the
    instance a deployed model keeps), that one, with what `resources` alone resolve to."""
    other = instance_finding(result)
    if other is None:
        return instance_line(result)
    alone = result.instance.name if result.instance else instance_line(result)
    return f"{other.instance.describe()}, per {other.code} (`resources` alone: {alone})"


def verdict(result: FileResult) -> str:
    counts = Counter(d.severity.value for d in result.diagnostics)
    tally = ", ".join(_plural(n, s) for s, n in sorted(counts.items()))
    return f" — {tally}" if tally else " — ok"


def shows_price(result: FileResult) -> bool:
    """Whether the file's line names a priced instance (the report then ends with what prices assume)."""
    return (result.instance is not None or instance_finding(result) is not None
            or any(c.instance is not None for c in result.chainlets or ()))


def price_footer(catalog_as_of: str) -> str:
    return f"Prices: {PRICE_ASSUMPTION}; instance catalog as of {catalog_as_of}."


def listed(result: FileResult, options: ReportOptions) -> bool:
    """Whether the concise and text reports give this file its `path → instance` line."""
    return not options.quiet and result.skipped is None and (bool(result.diagnostics) or options.show_ok)


def result_lines(result: FileResult, options: ReportOptions, *, detailed: bool) -> list[str]:
    """One file's lines of the concise (`detailed=False`) or text report."""
    if result.skipped:  # said on stderr (cli.py); the machine formats keep it
        return []
    lines: list[str] = []
    for d in result.diagnostics:
        line = f"{result.path}:{d.span.line}:{d.span.column}: {finding_text(d, options)}"
        lines.append(f"{line} ({d.name})" if detailed else line)
        if detailed and d.help:
            lines.append(f"    help: {d.help}")
        instance = finding_instance(d, result) if detailed and options.show_instance else None
        if instance:
            lines.append(f"    instance: {instance}")
    return lines


def finding_text(d: Diagnostic, options: ReportOptions) -> str:
    """`TC102 [error] [*] message`: a concise line after `path:line:col: `. The mark follows the
    severity, so editors' problem matchers (`CODE [severity] message`) keep working."""
    severity = paint(d.severity.value, SEVERITY_COLORS[d.severity], options)
    mark = f" {paint(FIXABLE_MARK, '1', options)}" if d.fix is not None else ""
    return f"{paint(d.code, '1', options)} [{severity}]{mark} {_one_line(d.message)}"


def grouped_lines(result: FileResult, options: ReportOptions) -> list[str]:
    """`--output-format grouped` (ruff's): the file with its instance and verdict once, then its
    findings indented as `line:col CODE [severity] message`."""
    if result.skipped:  # said on stderr (cli.py)
        return []
    if not result.diagnostics and (options.quiet or not options.show_ok):
        return []
    header = f"{paint(result.path, '1', options)}:" if options.quiet else f"{file_line(result, options)}:"
    lines = [header]
    for d in result.diagnostics:
        lines.append(f"  {d.span.line}:{d.span.column} {finding_text(d, options)}")
        instance = finding_instance(d, result) if options.show_instance else None
        if instance:
            lines.append(f"    instance: {instance}")
    lines.append("")
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.splitlines()) if "\n" in text or "\r" in text else text


def report_json(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
    import json

    document = {
        "version": 1,
        "catalog_as_of": catalog_as_of,
        "price_assumption": PRICE_ASSUMPTION,
        "files": [r.to_json() for r in results],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def json_lines(result: FileResult) -> str:
    """`--output-format json-lines`: one JSON object per diagnostic, `{"path": ..., <as in json>}`."""
    import json

    return "".join(json.dumps({"path": result.path, **d.to_json()}, ensure_ascii=False) + "\n"
                   for d in result.diagnostics)


def _streamed(format_name: str) -> Callable[[list[FileResult], str, ReportOptions], str]:
    """The whole report of a format that is written file by file (truss_lint.streaming): one
    code path, so the report is the same streamed to stdout or rendered at once."""
    def report(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
        import io

        from .streaming import StreamedReport

        out = io.StringIO()
        streamed = StreamedReport(format_name, catalog_as_of, options, out)
        for result in results:
            streamed.add(result)
        streamed.finish()
        return out.getvalue()

    report.__name__ = f"report_{format_name.replace('-', '_')}"
    return report


def _lazy(module: str) -> Callable[[list[FileResult], str, ReportOptions], str]:
    def report(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
        from importlib import import_module

        return import_module(f".reporters.{module}", __package__).report(results, catalog_as_of, options)

    report.__name__ = f"report_{module.replace('-', '_')}"
    return report


REPORTERS: dict[str, Callable[[list[FileResult], str, ReportOptions], str]] = {
    "full": _streamed("full"),
    "concise": _streamed("concise"),
    "grouped": _streamed("grouped"),
    "text": _streamed("text"),
    "json": report_json,
    "json-lines": _streamed("json-lines"),
    "github": _streamed("github"),
    "sarif": _lazy("sarif"),
    "junit": _lazy("junit"),
}
FORMAT_CHOICES = ("auto", *REPORTERS)
HUMAN_FORMATS = frozenset({"full", "concise", "grouped", "text"})
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
        options = machine_options(options)
    return REPORTERS[format_name](results, catalog_as_of, options)


def machine_options(options: ReportOptions) -> ReportOptions:
    """Colour is for people, and so is leaving files without findings out."""
    return ReportOptions(color=False, show_instance=options.show_instance, quiet=options.quiet)
