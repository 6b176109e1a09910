"""The `truss-lint` command: a thin layer over the library.

`truss-lint check` runs on every commit and editor save, so it is dispatched here with the
standard library's argparse before typer (and the pydantic it imports, ~100 ms) is loaded;
the other commands go through the typer app in `truss_lint.app`.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field

from .diagnostics import FileResult, Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A problem with the command line, a config file or an input path (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse prints usage too)
        raise UsageError(f"{message} (see `truss-lint check --help`)")


def _csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def build_check_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="truss-lint check",
        description="Lint Truss config.yaml files and predict the Baseten instance each one gets.",
        epilog="Exit status: 0 no findings at or above --fail-on; 1 findings; 2 usage or I/O error.",
    )
    parser.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                        help="config files or directories to search for config.yaml/config.yml (default: .); "
                             "`-` reads standard input")
    parser.add_argument("--output-format", default="text", metavar="FORMAT",
                        help="text (default) or json")
    parser.add_argument("--output-file", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument("--catalog", metavar="FILE",
                        help="instance catalog (YAML/JSON, same format as the built-in one) to resolve against")
    parser.add_argument("--select", type=_csv, metavar="RULES", help="only these rules (codes, prefixes, names)")
    parser.add_argument("--extend-select", type=_csv, default=[], metavar="RULES", help="rules to add to the selection")
    parser.add_argument("--ignore", type=_csv, default=[], metavar="RULES", help="rules to turn off")
    parser.add_argument("--fail-on", choices=[s.value for s in Severity], metavar="LEVEL",
                        help="lowest severity that makes the exit status 1: error (default), warning, info")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--target-truss-version", metavar="VERSION",
                        help="Truss version to check against (default: the installed truss, else 0.18.36)")
    parser.add_argument("--stdin-filename", metavar="PATH", help="the path of the buffer read from `-`")
    parser.add_argument("--no-color", action="store_true", help="never colour the output")
    return parser


@dataclass
class CheckRun:
    results: list[FileResult] = field(default_factory=list)
    io_errors: list[str] = field(default_factory=list)


def run_check(argv: list[str]) -> int:
    from .catalog import CatalogError, load_catalog
    from .discovery import DiscoveryError, discover, is_truss_config
    from .engine import RegistryError, lint_bytes, registry
    from .loader import MAX_FILE_BYTES
    from .output import REPORTERS, ReportOptions
    from .settings import Settings, SettingsError, validate_selectors

    try:
        args = build_check_parser().parse_args(argv)
        if args.output_format not in REPORTERS:
            raise UsageError(f"unknown --output-format `{args.output_format}`; choose from {', '.join(REPORTERS)}")
        rules = registry().rules
        for option in ("select", "extend_select", "ignore"):
            validate_selectors(getattr(args, option) or [], rules, "--" + option.replace("_", "-"))
        settings = Settings(
            select=args.select or [],
            extend_select=args.extend_select,
            ignore=args.ignore,
            fail_on=Severity(args.fail_on or "error"),
            target_truss_version=args.target_truss_version or "",
            catalog=load_catalog(args.catalog),
        )
        settings.truss_version  # validates the version early
        targets = [] if args.paths == ["-"] else discover([p for p in args.paths if p != "-"])
    except (UsageError, CatalogError, DiscoveryError, SettingsError, RegistryError) as error:
        return _usage_error(str(error))

    run = CheckRun()
    if "-" in args.paths:
        name = args.stdin_filename or "<stdin>"
        raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        too_large = len(raw) > MAX_FILE_BYTES
        run.results.append(_too_large(name, MAX_FILE_BYTES, settings) if too_large else lint_bytes(raw, name, settings))
    for target in targets:
        raw = _read(target.path, run, MAX_FILE_BYTES)
        if raw is None:
            continue
        if len(raw) > MAX_FILE_BYTES:
            run.results.append(_too_large(target.path, MAX_FILE_BYTES, settings))
            continue
        if not is_truss_config(raw.decode("utf-8", "replace")):
            if target.explicit:
                run.results.append(FileResult(target.path, skipped="not a Truss config (no Truss keys found)"))
            continue
        run.results.append(lint_bytes(raw, target.path, settings))

    options = ReportOptions(color=_use_color(args))
    report = REPORTERS[args.output_format](run.results, settings.catalog.as_of, options)
    try:
        if args.output_file:
            with open(args.output_file, "w", encoding="utf-8") as handle:
                handle.write(report)
        else:
            sys.stdout.write(report)
    except OSError as error:
        return _usage_error(f"{args.output_file}: cannot write the report: {error.strerror}")
    for message in run.io_errors:
        print(f"truss-lint: {message}", file=sys.stderr)
    if run.io_errors:
        return EXIT_USAGE
    if args.exit_zero:
        return EXIT_OK
    failing = any(d.severity.rank >= settings.fail_on.rank for r in run.results for d in r.diagnostics)
    return EXIT_FINDINGS if failing else EXIT_OK


def _read(path: str, run: CheckRun, limit: int) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except IsADirectoryError:
        run.io_errors.append(f"{path}: is a directory")
    except OSError as error:
        run.io_errors.append(f"{path}: cannot read: {error.strerror or error}")
    return None


def _too_large(path: str, limit: int, settings) -> FileResult:
    from .engine import lint_document
    from .loader import Document, YamlProblem

    problem = YamlProblem(f"the file is larger than {limit // (1024 * 1024)} MiB; a Truss config is a few KiB, "
                          "so truss-lint does not read further")
    return lint_document(Document(text="", problem=problem), path, settings)


def _use_color(args: argparse.Namespace) -> bool:
    if args.no_color or os.environ.get("NO_COLOR") or args.output_file:
        return False
    return sys.stdout.isatty()


def _usage_error(message: str) -> int:
    print(f"truss-lint: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["check"]:
        sys.exit(run_check(argv[1:]))
    from .app import app

    app(args=argv, prog_name="truss-lint")
