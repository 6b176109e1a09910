"""The `truss-lint` command: a thin layer over the library, with the standard library's argparse.

`truss-lint check` runs on every commit and editor save, so `main` hands it straight to its own
parser (`build_check_parser`); the other commands (`rules`, `rule`, `schema`, `record`) share
one parser (`build_parser`). Every command helps in one style and reports a usage error as one
line on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

from ._struct import Struct
from .diagnostics import FileResult, Severity

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from .speed.stat_cache import StatCache

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A problem with the command line, a config file or an input path (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse prints usage too)
        raise UsageError(f"{message} (see `{self.prog} --help`)")


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, keeping a description's paragraphs and names with hyphens whole,
    and listing commands without argparse's `COMMAND` line above them."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n\n".join("\n".join(indent + line for line in self._split_lines(part, width - len(indent)))
                           for part in text.split("\n\n"))

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False, break_long_words=False)

    def _format_action(self, action: argparse.Action) -> str:
        text = super()._format_action(action)
        return text.split("\n", 1)[1] if action.nargs == argparse.PARSER else text


def _help_formatter(prog: str) -> argparse.HelpFormatter:
    """The formatter, told the width: left to itself it imports shutil (~4 ms, with bz2 and
    lzma) on every `add_argument`, just to measure the terminal."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 80
    return _HelpFormatter(prog, width=min(columns, 100) - 2)


def _csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def build_check_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="truss-lint check",
        formatter_class=_help_formatter,
        description="Lint Truss config.yaml files and predict the Baseten instance each one gets.",
        epilog="Exit status: 0 no findings at or above --fail-on; 1 findings; 2 usage or I/O error.",
    )
    parser.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                        help="config files or directories to search for config.yaml/config.yml (default: .); "
                             "`-` reads standard input")
    parser.add_argument("--output-format", default=os.environ.get("TRUSS_LINT_OUTPUT_FORMAT") or "auto",
                        metavar="FORMAT",
                        help="auto (default: github under GitHub Actions, full on a terminal, else concise), full, "
                             "concise, grouped, text, json, json-lines, github, sarif, junit; also "
                             "$TRUSS_LINT_OUTPUT_FORMAT")
    parser.add_argument("-q", "--quiet", action="count", default=0,
                        help="print the findings and the summary only; -qq: nothing, only the exit status")
    parser.add_argument("--show-ok", action="store_true",
                        help="list files without findings too (`path → instance — ok`) in concise, grouped and text "
                             "output")
    parser.add_argument("--statistics", action="store_true",
                        help="print how often each rule fired instead of the findings (JSON with json formats)")
    parser.add_argument("--output-file", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument("--catalog", metavar="FILE",
                        help="instance catalog (YAML/JSON, same format as the built-in one) to resolve against")
    # Repeatable and comma-separated; a config file's selection applies first (see truss_lint.settings_files).
    parser.add_argument("--select", type=_csv, action="extend", metavar="RULES",
                        help="only these rules (codes, prefixes, names, ALL)")
    parser.add_argument("--extend-select", type=_csv, action="extend", default=[], metavar="RULES",
                        help="rules to add to the selection")
    parser.add_argument("--ignore", type=_csv, action="extend", default=[], metavar="RULES", help="rules to turn off")
    parser.add_argument("--fail-on", choices=[s.value for s in Severity], metavar="LEVEL",
                        help="lowest severity that makes the exit status 1: error (default), warning, info")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--target-truss-version", metavar="VERSION",
                        help="Truss version to check against (default: the installed truss, else 0.18.36)")
    parser.add_argument("--stdin-filename", metavar="PATH",
                        help="lint standard input (`-`, implied when no PATH is given) as if it were PATH: its path "
                             "in the report, the configuration closest to it; for editors")
    # --- configuration (truss_lint.settings_files) ---
    parser.add_argument("--severity", action="append", default=[], metavar="RULE=LEVEL",
                        help="override a rule's severity, e.g. TC201=warning or use-gpu-without-accelerator=error "
                             "(repeatable; RULE may be a code, prefix or name)")
    parser.add_argument("--config", metavar="FILE",
                        help="use this pyproject.toml or .truss-lint.toml for every path, instead of the closest one")
    parser.add_argument("--isolated", action="store_true", help="ignore all configuration files")
    parser.add_argument("--force-truss", action="store_true",
                        help="lint every config.yaml found or named, even one that does not look like a Truss config")
    parser.add_argument("--show-settings", action="store_true",
                        help="print the configuration file and settings that apply to the first PATH, and exit")
    parser.add_argument("--baseline", metavar="REF",
                        help="for configs without a .truss-lint-record.yaml, compare `resources` with the same "
                             "config at git REF (e.g. origin/main), following moved truss directories (TC211); "
                             "`auto`: the ref being pushed onto (pre-commit pre-push stage, CI pull requests, "
                             "else the branch's upstream)")
    parser.add_argument("--no-color", action="store_true", help="never colour the output")
    parser.add_argument("--jobs", "-j", type=_jobs, default=0, metavar="N",
                        help="lint with N processes (0, the default: one per CPU for trees of "
                             f"{_AUTO_MIN_FILES}+ files where processes fork, 400+ elsewhere; else 1); "
                             "the report is the same for any N")
    # --- fixes (truss_lint.fixer) ---
    fixes = parser.add_argument_group("fixes")
    fixes.add_argument("--fix", action="store_true",
                       help="apply safe fixes in place (comments, quoting and line endings are kept), then report "
                            "what remains; with `-`, print the fixed text")
    fixes.add_argument("--unsafe-fixes", action="store_true",
                       help="also apply fixes that change what is requested (memory `16GB` → `16Gi`, deleting a "
                            "contradicting use_gpu)")
    fixes.add_argument("--fix-only", action="store_true",
                       help="apply safe fixes in place and print only what was fixed; exit 0 whatever remains "
                            "(the pre-commit fix hook)")
    fixes.add_argument("--diff", action="store_true",
                       help="print the fixes as a unified diff and write nothing; exit 1 if there is a diff")
    return parser


class CheckRun(Struct):
    __slots__ = ("results", "io_errors", "diffs", "fixed", "stdin_fixed")

    def __init__(self, results: list[FileResult] | None = None, io_errors: list[str] | None = None,
                 diffs: list[str] | None = None, fixed: dict[str, list[str]] | None = None,
                 stdin_fixed: bytes | None = None) -> None:
        self.results = [] if results is None else results
        self.io_errors = [] if io_errors is None else io_errors
        self.diffs = [] if diffs is None else diffs  # --diff
        self.fixed = {} if fixed is None else fixed  # path → the descriptions of the fixes applied
        self.stdin_fixed = stdin_fixed  # `--fix -`: the fixed buffer, printed instead of the report


def run_check(argv: list[str]) -> int:
    from .speed.stat_cache import StatCache

    return _run_check(argv, StatCache())


def _run_check(argv: list[str], seen: StatCache) -> int:
    """`check`; `seen` keeps what discovery listed, for the existence questions of the run."""
    from .catalog import CatalogError
    from .discovery import DiscoveryError, discover
    from .engine import RegistryError, registry
    from .record_paths import LifecycleError, has_record
    from .yaml_loader import MAX_FILE_BYTES
    from .file_linting import lint_outcome, too_large
    from .output import FORMAT_CHOICES, render, resolve_format
    from .settings import SettingsError, validate_selectors

    try:
        args = build_check_parser().parse_args(argv)
        args.fix = args.fix or args.fix_only
        if args.output_format not in FORMAT_CHOICES:
            raise UsageError(f"unknown --output-format `{args.output_format}`; choose from {', '.join(FORMAT_CHOICES)}")
        if args.stdin_filename and "-" not in args.paths and args.paths == ["."] and "." not in argv:
            args.paths = ["-"]  # `--stdin-filename X` alone reads standard input, as ruff's does
        rules = registry().rules
        for option in ("select", "extend_select", "ignore"):
            validate_selectors(getattr(args, option) or [], rules, "--" + option.replace("_", "-"))
        settings_lookup = _settings_lookup(args, rules, seen)
        if args.show_settings:
            sys.stdout.write(settings_lookup.show(args.stdin_filename if args.paths == ["-"] else args.paths[0]))
            return EXIT_OK
        settings = settings_lookup.settings_for(None)  # the current directory's: for the report and the exit status
        settings.truss_version  # validates the version early
        # None when the config `exclude`s --stdin-filename: skipped like that file would be.
        stdin_settings = settings_lookup.settings_for(args.stdin_filename) if args.stdin_filename else settings
        targets = [] if args.paths == ["-"] else discover([p for p in args.paths if p != "-"], seen)
        stdin_paths = [args.stdin_filename] if "-" in args.paths and args.stdin_filename else []
        paths = [t.path for t in targets] + stdin_paths
        if args.baseline or any(has_record(path, seen) for path in paths):  # else there is nothing to prepare
            from .lifecycle import prepare

            prepare(settings, args.baseline, paths)
        baseline = settings.baseline  # TC211's git baseline, the same for every file's settings
    except (UsageError, CatalogError, DiscoveryError, SettingsError, RegistryError, LifecycleError) as error:
        return _usage_error(str(error))

    from .speed.worker_pool import ParallelLinter, effective_jobs
    from .streaming import STREAMED_FORMATS, InOrder, StreamedReport

    gc.freeze()  # what start-up built lives until exit: later collections skip it
    gc.enable()
    run = CheckRun()
    workers = 1 if args.fix or args.diff else effective_jobs(args.jobs, len(targets))
    output_format = resolve_format(args.output_format, environ=os.environ,
                                   stream_is_tty=not args.output_file and sys.stdout.isatty())
    keep_source = output_format == "full"  # only the `full` report quotes lines
    parallel = (ParallelLinter(workers, keep_source=keep_source, total=len(targets), stat_cache=seen)
                if workers > 1 else None)
    target_settings: list = []
    handed_over = 0  # targets[:handed_over] went to the workers while settings were resolved
    try:  # every file's settings first: a broken configuration file further down stops the run
        # before any of the report is written (the report is streamed, see below). The workers
        # start on the first files meanwhile; what they return waits (a few chunks at most).
        for target in targets:
            file_settings = settings_lookup.settings_for(target.path)
            target_settings.append(file_settings)
            if file_settings is not None:
                file_settings.baseline = baseline
                if parallel is not None and parallel.has_room():
                    parallel.add(target.path, target.explicit, file_settings)
                    handed_over = len(target_settings)
    except (CatalogError, SettingsError) as error:
        if parallel is not None:
            parallel.close()
        return _usage_error(str(error))
    # Line-based reports to stdout are written file by file and each result is dropped once
    # written, so memory stays flat on large trees; the output is the same as rendering at the end.
    streamed = None
    if output_format in STREAMED_FORMATS and not (args.output_file or args.fix or args.diff or args.statistics):
        streamed = StreamedReport(output_format, settings.catalog.as_of, _report_options(args),
                                  _DISCARD if args.quiet >= 2 else sys.stdout)
    failing = False
    write_error: OSError | None = None

    def fails(result: FileResult) -> bool:
        """Whether a finding is at or above the fail level of the settings that linted it."""
        fail_on = (settings_lookup.settings_for(result.path) or settings).fail_on
        return any(d.severity.rank >= fail_on.rank for d in result.diagnostics)

    def emit(result: FileResult | str | None) -> None:
        """One file's outcome, in input order: a result, an I/O error message, or None (skipped)."""
        nonlocal failing, write_error
        if result is None:
            return
        if isinstance(result, str):
            run.io_errors.append(result)
            return
        if result.skipped and args.quiet < 2:  # a file named explicitly and not linted: say so (-qq: nothing)
            print(f"truss-lint: {result.path}: skipped: {result.skipped}", file=sys.stderr)
        if streamed is None:
            run.results.append(result)
            return
        if write_error is None:
            try:
                streamed.add(result)
            except OSError as error:  # stdout closed: write no more; the end of the run decides
                write_error = error
        failing = failing or fails(result)

    ordered = InOrder(emit, parallel)
    if "-" in args.paths and stdin_settings is not None:
        name = args.stdin_filename or "<stdin>"
        raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        stdin_settings.baseline = baseline
        ordered.add(too_large(name, stdin_settings) if len(raw) > MAX_FILE_BYTES
                    else _lint_or_fix(raw, name, stdin_settings, args, run, stdin=True))
    for index, (target, file_settings) in enumerate(zip(targets, target_settings)):
        if file_settings is None:  # `exclude`d, also when named explicitly (pre-commit names files)
            continue
        if parallel is not None:  # read and linted in the workers; `ordered` keeps the order
            if index >= handed_over:
                parallel.add(target.path, target.explicit, file_settings)
            ordered.add_pending()
        elif args.fix or args.diff:
            ordered.add(_fix_file(target, file_settings, args, run))
        else:
            ordered.add(lint_outcome(target.path, target.explicit, file_settings, keep_source=keep_source,
                                     stat_cache=seen))
    ordered.flush(wait=True)
    if streamed is not None:
        if write_error is None:
            try:
                streamed.finish()
            except OSError as error:
                write_error = error
        if write_error is not None:  # the same outcome as when the whole report is written at once
            return _cannot_write(write_error, "standard output")
        return _exit_status(run, args, failing)

    if args.diff:
        return _finish_diff(run, args)
    if args.fix_only:
        return _finish_fix_only(run, args)
    options = _report_options(args)
    report = render(output_format, run.results, settings.catalog.as_of, options, statistics=args.statistics)
    try:
        if args.output_file:
            with open(args.output_file, "w", encoding="utf-8") as handle:
                handle.write(report)
        elif run.stdin_fixed is not None:  # stdout carries the fixed buffer
            sys.stdout.buffer.write(run.stdin_fixed)
            if args.quiet < 2:
                sys.stderr.write(report)
        elif args.quiet < 2:
            sys.stdout.write(report)
    except OSError as error:
        return _cannot_write(error, args.output_file or "standard output")
    _report_fixes(run, args)
    return _exit_status(run, args, any(map(fails, run.results)))


def _report_options(args: argparse.Namespace):
    from .output import ReportOptions

    return ReportOptions(color=_use_color(args), quiet=args.quiet, show_ok=args.show_ok)


class _Discard:
    """Where the report goes with -qq: nowhere."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


_DISCARD = _Discard()


def _cannot_write(error: OSError, where: str) -> int:
    """A reader that stops reading (`truss-lint check | head -1`) ends the run quietly, with exit
    status 0 as ruff's; any other write error is a one-line I/O error (exit 2)."""
    import errno

    if error.errno == errno.EPIPE:
        return _closed_pipe()
    return _usage_error(f"{where}: cannot write the report: {error.strerror or error}")


def _closed_pipe() -> int:
    # Python flushes stdout once more at exit and would complain about the closed pipe then.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_OK


def _exit_status(run: CheckRun, args: argparse.Namespace, failing: bool) -> int:
    """2 after an I/O error (each reported on stderr), else 1 for findings at the fail level."""
    for message in run.io_errors:
        print(f"truss-lint: {message}", file=sys.stderr)
    if run.io_errors:
        return EXIT_USAGE
    return EXIT_OK if args.exit_zero or not failing else EXIT_FINDINGS


def _settings_lookup(args: argparse.Namespace, rules: list, stat_cache: StatCache):
    """Configuration files (the closest to each path) with the command line on top."""
    from .settings_files import Options, SettingsLookup, parse_severity_flag

    if args.config and args.isolated:
        raise UsageError("--config and --isolated exclude each other")
    cli = Options(
        select=args.select,
        extend_select=args.extend_select,
        ignore=args.ignore,
        severity=dict(parse_severity_flag(item, rules) for flag in args.severity for item in _csv(flag)),
        fail_on=Severity(args.fail_on) if args.fail_on else None,
        target_truss_version=args.target_truss_version,
        catalog=args.catalog,
        force_truss=args.force_truss,
    )
    return SettingsLookup(cli, rules, config_file=args.config, isolated=args.isolated, stat_cache=stat_cache)


# --- fixes: --fix / --diff / --unsafe-fixes ---------------------------------------------------------

def _fix_file(target, settings, args: argparse.Namespace, run: CheckRun) -> FileResult | str | None:
    """`--fix`/`--diff` on one file: as `file_linting.lint_file`, but the text may be rewritten."""
    from .file_linting import ReadError, lintable_bytes

    try:
        raw = lintable_bytes(target.path, target.explicit, settings)
    except ReadError as error:
        return str(error)
    return _lint_or_fix(raw, target.path, settings, args, run) if isinstance(raw, bytes) else raw


def _lint_or_fix(raw: bytes, path: str, settings, args: argparse.Namespace, run: CheckRun, *,
                 stdin: bool = False) -> FileResult:
    from .engine import lint_bytes

    if not (args.fix or args.diff):
        return lint_bytes(raw, path, settings)
    from .fixer import fix_bytes, unified_diff, write_atomically

    outcome = fix_bytes(raw, path, settings, unsafe=args.unsafe_fixes)
    if stdin and args.fix and not args.diff:
        run.stdin_fixed = outcome.fixed
    if not outcome.applied:
        return outcome.result
    run.fixed[path] = [fix.description for fix in outcome.applied]
    if args.diff:
        run.diffs.append(unified_diff(path, raw, outcome.fixed))
    elif not stdin:
        try:
            write_atomically(path, outcome.fixed)
        except OSError as error:
            run.io_errors.append(f"{path}: cannot write the fixes: {error.strerror or error}")
            del run.fixed[path]
            return lint_bytes(raw, path, settings)
    return outcome.result


def _finish_diff(run: CheckRun, args: argparse.Namespace) -> int:
    if args.quiet < 2:
        sys.stdout.write("".join(run.diffs))
    count, files = sum(map(len, run.fixed.values())), len(run.fixed)
    if count and not args.quiet:
        print(f"Would fix {count} problem{'s' if count != 1 else ''} in {files} file{'s' if files != 1 else ''}.",
              file=sys.stderr)
    for message in run.io_errors:
        print(f"truss-lint: {message}", file=sys.stderr)
    return EXIT_USAGE if run.io_errors else EXIT_FINDINGS if run.diffs else EXIT_OK


def _report_fixes(run: CheckRun, args: argparse.Namespace) -> None:
    """`Fixed 3 problems in 1 file (2 remaining).` on stderr, so JSON on stdout stays JSON."""
    if not args.fix or args.quiet >= 2:
        return
    remaining = sum(len(r.diagnostics) for r in run.results if r.skipped is None)
    count, files = sum(map(len, run.fixed.values())), len(run.fixed)
    line = (f"Fixed {count} problem{'s' if count != 1 else ''} in {files} file{'s' if files != 1 else ''}"
            if count else "Nothing to fix")
    print(f"{line} ({remaining} remaining).", file=sys.stderr)
    unsafe = sum(1 for r in run.results for d in r.diagnostics if d.fix is not None and not d.fix.safe)
    if unsafe and not args.unsafe_fixes:
        print(f"{unsafe} more fix{'es' if unsafe != 1 else ''} available with --unsafe-fixes.", file=sys.stderr)


def _finish_fix_only(run: CheckRun, args: argparse.Namespace) -> int:
    """`--fix-only`: one line per file it changed, then the count; what remains is left to
    `truss-lint check` (the pre-commit hooks run both: the report is printed once)."""
    out = sys.stdout
    if run.stdin_fixed is not None:  # stdout carries the fixed buffer
        sys.stdout.buffer.write(run.stdin_fixed)
        out = sys.stderr
    if args.quiet < 2:
        for path, descriptions in run.fixed.items():
            print(f"{path}: fixed: {'; '.join(descriptions)}", file=out)
        count, files = sum(map(len, run.fixed.values())), len(run.fixed)
        if count and not args.quiet:
            print(f"Fixed {count} problem{'s' if count != 1 else ''} in {files} file{'s' if files != 1 else ''}.",
                  file=out)
    for message in run.io_errors:
        print(f"truss-lint: {message}", file=sys.stderr)
    return EXIT_USAGE if run.io_errors else EXIT_OK


_AUTO_MIN_FILES = 150  # speed.worker_pool.AUTO_MIN_FILES, repeated so --help does not import it


def _jobs(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a number of processes (0 for auto), not `{value}`")
    return int(value)


def _use_color(args: argparse.Namespace) -> bool:
    if args.no_color or os.environ.get("NO_COLOR") or args.output_file:
        return False
    return sys.stdout.isatty()


def _usage_error(message: str) -> int:
    print(f"truss-lint: error: {message}", file=sys.stderr)
    return EXIT_USAGE


# --- the other commands ------------------------------------------------------------------------------

DESCRIPTION = "Lint Truss config.yaml files offline and predict the Baseten instance each one gets."
COMMANDS = ("check", "rules", "rule", "schema", "record")

_RECORD_HELP = (
    "Record what a config was just pushed with. Run it right after `truss push`, and commit the result."
    "\n\n"
    "Writes .truss-lint-record.yaml beside each config (.NAME.truss-lint-record.yaml beside NAME.yaml): the "
    "resources as `truss push` sends them, the instance they resolve to (name, specs, price), the catalog's "
    "date, the time (UTC) and the truss-lint version. `truss-lint check` then reports edits to `resources` "
    "that Baseten would not apply (TC211 resources-changed-after-push)."
    "\n\n"
    "Run it again after changing the instance for real (Baseten dashboard, or a new model): that updates the "
    "record. A record whose resources, instance and catalog are unchanged is left as it is, byte for byte. "
    "See docs/lifecycle.md."
)


def build_parser() -> argparse.ArgumentParser:
    """`truss-lint [--version] COMMAND ...` for every command but `check` (see `main`)."""
    from . import __version__

    parser = _Parser(prog="truss-lint", formatter_class=_help_formatter, description=DESCRIPTION,
                     epilog="Run `truss-lint COMMAND --help` for a command's options.")
    parser.add_argument("--version", action="version", version=f"truss-lint {__version__}",
                        help="print the version and exit")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")

    def command(name: str, summary: str, run, description: str | None = None) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=summary, description=description or summary,
                                  formatter_class=_help_formatter)
        sub.set_defaults(run=run)
        return sub

    # Listed for the help only: `main` hands `check` to build_check_parser before this parser exists.
    commands.add_parser("check", help="lint config files and report the instance each gets", add_help=False)
    rules = command("rules", "list every rule: code, name, default severity, fixable, summary", _rules_command)
    rules.add_argument("--format", dest="output_format", choices=("text", "markdown", "json"), default="text",
                       metavar="FORMAT", help="text (default), markdown (the docs' rule reference) or json")
    rule = command("rule", "print the documentation of one rule", _rule_command)
    rule.add_argument("rule", metavar="CODE|NAME", help="a rule's code (TC201) or name (no-matching-instance)")
    command("schema", "print the strict JSON Schema for Truss config.yaml (for yaml-language-server and editors)",
            _schema_command)
    record = command("record", "record what a config was just pushed with (run it right after `truss push`)",
                     _record_command, _RECORD_HELP)
    record.add_argument("paths", nargs="+", metavar="PATH",
                        help="config files, or directories to search for config.yaml/config.yml")
    record.add_argument("--catalog", metavar="FILE",
                        help="instance catalog to resolve against (default: the built-in one)")
    record.add_argument("--force", action="store_true",
                        help="replace a record that cannot be read (e.g. a merge conflict)")
    return parser


def _registered_rules() -> list:
    from .engine import RegistryError, registry

    try:
        return registry().rules
    except RegistryError as error:  # a broken plugin: one line, as in `check`
        raise UsageError(str(error)) from None


def _rules_command(args: argparse.Namespace) -> int:
    rules = _registered_rules()
    if args.output_format == "markdown":
        from .rule_docs import markdown

        sys.stdout.write(markdown(rules))
    elif args.output_format == "json":
        import json

        rows = [{"code": r.code, "name": r.name, "severity": r.severity.value, "fixable": r.fixable,
                 "summary": r.summary} for r in rules]
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
    else:
        width = max(len(r.name) for r in rules)
        sys.stdout.write("".join(f"{r.code}  {r.name:<{width}}  {r.severity.value:<7}  {'fix' if r.fixable else '   '}  "
                                 f"{r.summary}\n" for r in rules))
    return EXIT_OK


def _rule_command(args: argparse.Namespace) -> int:
    from .engine import registry

    _registered_rules()
    key = args.rule
    rule = registry().by_code_or_name(key) or registry().by_code_or_name(key.upper())
    if rule is None:
        raise UsageError(f"no rule `{key}` (see `truss-lint rules`)")
    sys.stdout.write(f"{rule.code} {rule.name} ({rule.severity.value}{', fixable' if rule.fixable else ''})\n\n"
                     f"{rule.summary}\n\n{rule.doc()}\n")
    return EXIT_OK


def _schema_command(args: argparse.Namespace) -> int:
    from .schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK


def _record_command(args: argparse.Namespace) -> int:
    from .catalog import CatalogError, load_catalog
    from .discovery import DiscoveryError, discover, is_truss_config
    from .lifecycle import LifecycleError, record

    try:
        catalog = load_catalog(args.catalog)
        targets = discover(args.paths)
    except (CatalogError, DiscoveryError) as error:
        raise UsageError(str(error)) from None
    failed = recorded = 0
    for target in targets:
        if not target.explicit and (target.path.endswith(".py")  # (a walk also finds chain sources)
                                    or not _is_truss_config_file(target.path, is_truss_config)):
            continue
        try:
            result = record(target.path, catalog, force=args.force)
        except LifecycleError as error:
            print(f"truss-lint: error: {error}", file=sys.stderr)
            failed += 1
            continue
        recorded += 1
        where = result.instance.describe() if result.instance else "no instance in the catalog matches"
        previous = result.previous
        if result.unchanged:
            verb = "unchanged"
        elif previous is None:
            verb = "recorded"
        elif previous.instance and result.instance and previous.instance.name != result.instance.name:
            verb = f"updated (was {previous.instance.name})"
        else:
            verb = "updated"
        print(f"{result.record_path}: {verb}: {where}")
    if not recorded and not failed:
        raise UsageError("no Truss config.yaml found under the given paths")
    return EXIT_USAGE if failed else EXIT_OK


def _is_truss_config_file(path: str, is_truss_config) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return is_truss_config(handle.read())
    except OSError:
        return True  # let `record` report why it cannot be read


def run_command(argv: list[str]) -> int:
    """Every command but `check`: `truss-lint`, `--help`, `--version`, rules, rule, schema, record."""
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        import difflib

        close = difflib.get_close_matches(argv[0], COMMANDS, n=1)
        hint = f"; did you mean `{close[0]}`?" if close else f"; choose from {', '.join(COMMANDS)}"
        raise UsageError(f"unknown command `{argv[0]}`{hint} (see `truss-lint --help`)")
    parser = build_parser()
    if not argv:  # as ruff: the help, and exit 2 (nothing was asked for)
        sys.stdout.write(parser.format_help())
        return EXIT_USAGE
    args = parser.parse_args(argv)
    return args.run(args)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["check"]:
        # Start-up allocates thousands of long-lived objects (modules, classes, rules) and no
        # garbage cycles; collecting while they are created costs ~3 % of a one-file run.
        # run_check turns collection back on, with those objects frozen, before linting.
        gc.disable()
    try:
        status = run_check(argv[1:]) if argv[:1] == ["check"] else run_command(argv)
        sys.stdout.flush()  # here, so that a closed pipe is handled like any other write
    except UsageError as error:
        status = _usage_error(str(error))
    except BrokenPipeError:  # the reader went away (`truss-lint rules | head -1`)
        status = _closed_pipe()
    except KeyboardInterrupt:  # Ctrl-C: no traceback; the workers exit as their pipes close
        print("truss-lint: interrupted", file=sys.stderr)
        status = 130
    except Exception as error:
        from .speed.worker_pool import WorkerError

        if not isinstance(error, WorkerError):
            raise
        status = _usage_error(str(error))  # a killed worker (out of memory, ...): one line
    sys.exit(status)
