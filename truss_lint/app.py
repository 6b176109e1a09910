"""The typer application for every command but `check` (see `truss_lint.cli`)."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from . import __version__

app = typer.Typer(
    name="truss-lint",
    help="Lint Truss config.yaml files offline and predict the Baseten instance each one gets.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"truss-lint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Optional[bool] = typer.Option(None, "--version", callback=_version, is_eager=True,
                                                 help="Print the version and exit.")) -> None:
    pass


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
             add_help_option=False)
def check(ctx: typer.Context) -> None:
    """Lint config files and report the instance each gets (`truss-lint check --help` for options)."""
    from .cli import run_check

    raise typer.Exit(run_check(list(ctx.args)))


@app.command()
def schema() -> None:
    """Print the strict JSON Schema for Truss config.yaml (for yaml-language-server and editors)."""
    from .schema import schema_text

    sys.stdout.write(schema_text())


def _rules() -> list:
    """Every installed rule; a broken plugin is one line and exit 2, as in `check`."""
    from .engine import RegistryError, registry

    try:
        return registry().rules
    except RegistryError as error:
        typer.echo(f"truss-lint: error: {error}", err=True)
        raise typer.Exit(2) from None


@app.command("rules")
def list_rules(output_format: str = typer.Option("text", "--format", metavar="FORMAT",
                                                  help="text (default), markdown (the docs' rule reference) "
                                                       "or json")) -> None:
    """List every rule: code, name, default severity, fixable, summary."""
    rules = _rules()
    if output_format == "markdown":
        from .rule_docs import markdown

        sys.stdout.write(markdown(rules))
        return
    if output_format == "json":
        import json

        rows = [{"code": r.code, "name": r.name, "severity": r.severity.value, "fixable": r.fixable,
                 "summary": r.summary} for r in rules]
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    if output_format != "text":
        typer.echo(f"truss-lint: error: unknown --format `{output_format}`; choose text, markdown or json", err=True)
        raise typer.Exit(2)
    width = max(len(r.name) for r in rules)
    for rule in rules:
        fixable = "fix" if rule.fixable else "   "
        typer.echo(f"{rule.code}  {rule.name:<{width}}  {rule.severity.value:<7}  {fixable}  {rule.summary}")


@app.command("rule")
def show_rule(code_or_name: str = typer.Argument(..., metavar="CODE|NAME")) -> None:
    """Print the documentation of one rule."""
    from .engine import registry

    _rules()
    rule = registry().by_code_or_name(code_or_name) or registry().by_code_or_name(code_or_name.upper())
    if rule is None:
        typer.echo(f"truss-lint: error: no rule `{code_or_name}` (see `truss-lint rules`)", err=True)
        raise typer.Exit(2)
    typer.echo(f"{rule.code} {rule.name} ({rule.severity.value}{', fixable' if rule.fixable else ''})\n")
    typer.echo(f"{rule.summary}\n\n{rule.doc()}")


_RECORD_HELP = (
    "Record what a config was just pushed with. Run it right after `truss push`, and commit the result."
    "\n\n"
    "Writes .truss-lint-record.yaml beside each config (.NAME.truss-lint-record.yaml beside NAME.yaml): the "
    "resources as `truss push` sends them, the instance they resolve to (name, specs, price), the catalog's "
    "date, the time (UTC) and the truss-lint version. `truss-lint check` then reports edits to `resources` "
    "that Baseten would not apply (TC211 resources-changed-after-push)."
    "\n\n"
    "Run it again after changing the instance for real (Baseten dashboard, or a new model): that updates the "
    "record. See docs/lifecycle.md."
)


@app.command("record", help=_RECORD_HELP)
def record(
    paths: list[str] = typer.Argument(..., metavar="PATH",
                                      help="config files, or directories to search for config.yaml/config.yml"),
    catalog: Optional[str] = typer.Option(None, "--catalog", metavar="FILE",
                                          help="instance catalog to resolve against (default: the built-in one)"),
    force: bool = typer.Option(False, "--force", help="replace a record that cannot be read (e.g. a merge conflict)"),
) -> None:
    """Record what a config was just pushed with (see `_RECORD_HELP`)."""
    from .catalog import CatalogError, load_catalog
    from .discovery import DiscoveryError, discover, is_truss_config
    from .lifecycle import LifecycleError
    from .lifecycle import record as write_record

    try:
        chosen = load_catalog(catalog)
        targets = discover(paths)
    except (CatalogError, DiscoveryError) as error:
        typer.echo(f"truss-lint: error: {error}", err=True)
        raise typer.Exit(2) from None
    failed = recorded = 0
    for target in targets:
        if not target.explicit and not _is_truss_config_file(target.path, is_truss_config):
            continue
        try:
            result = write_record(target.path, chosen, force=force)
        except LifecycleError as error:
            typer.echo(f"truss-lint: error: {error}", err=True)
            failed += 1
            continue
        recorded += 1
        where = result.instance.describe() if result.instance else "no instance in the catalog matches"
        previous = result.previous
        if previous is None:
            verb = "recorded"
        elif previous.instance and result.instance and previous.instance.name != result.instance.name:
            verb = f"updated (was {previous.instance.name})"
        else:
            verb = "updated"
        typer.echo(f"{result.record_path}: {verb}: {where}")
    if not recorded and not failed:
        typer.echo("truss-lint: error: no Truss config.yaml found under the given paths", err=True)
        raise typer.Exit(2)
    raise typer.Exit(2 if failed else 0)


def _is_truss_config_file(path: str, is_truss_config) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return is_truss_config(handle.read())
    except OSError:
        return True  # let `record` report why it cannot be read
