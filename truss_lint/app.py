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


@app.command("rules")
def list_rules() -> None:
    """List every rule: code, name, default severity, fixable, summary."""
    from .engine import registry

    rules = registry().rules
    width = max(len(r.name) for r in rules)
    for rule in rules:
        fixable = "fix" if rule.fixable else "   "
        typer.echo(f"{rule.code}  {rule.name:<{width}}  {rule.severity.value:<7}  {fixable}  {rule.summary}")


@app.command("rule")
def show_rule(code_or_name: str = typer.Argument(..., metavar="CODE|NAME")) -> None:
    """Print the documentation of one rule."""
    from .engine import registry

    rule = registry().by_code_or_name(code_or_name)
    if rule is None:
        typer.echo(f"truss-lint: error: no rule `{code_or_name}` (see `truss-lint rules`)", err=True)
        raise typer.Exit(2)
    typer.echo(f"{rule.code} {rule.name} ({rule.severity.value}{', fixable' if rule.fixable else ''})\n")
    typer.echo(f"{rule.summary}\n\n{rule.doc()}")
