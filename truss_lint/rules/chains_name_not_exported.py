from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import ChainRule


def _api() -> dict:
    from .._data import data_json

    return data_json("truss_chains_api.json")


class ChainsNameNotExported(ChainRule):
    """What it does: reports `chains.NAME` (on the `truss_chains` module imported under any name)
    where truss_chains 0.18.36 has no such attribute, e.g. `chains.CPU_COUNT`, and says where the
    name lives when it exists elsewhere.

    Why: outside function bodies the attribute is looked up when the chain file is imported, so
    `truss chains push` stops with `AttributeError: module 'truss_chains' has no attribute ...`
    before any chainlet is built; inside one, the chainlet fails when that code runs. A warning, not an error: your installed Truss may be another release
    (the names are those of 0.18.36, listed in `truss_lint/data/truss_chains_api.yaml`).

    Example:
        compute=chains.Compute(cpu_count=4, predict_concurrency=chains.CPU_COUNT)

    Fix: import it from where it lives (`from truss_chains.public_types import CPU_COUNT`), or
    write the value (`predict_concurrency=4`).
    """

    code = "TC705"
    name = "chains-name-not-exported"
    severity = Severity.WARNING
    summary = "chains.NAME that truss_chains 0.18.36 does not export: importing the chain file fails"

    def check(self, ctx) -> Iterator[Diagnostic]:
        import ast

        reader = ctx.reader
        if reader is None:
            return
        aliases = {name for name, symbol in reader.imports.items() if symbol.name == "truss_chains"}
        if not aliases:
            return
        api = _api()
        known = set(api["names"]) | set(api["submodules"])
        # Function bodies run later (when called), not when the file is imported; their default
        # arguments and decorators run at import, like the rest.
        later = {id(inner) for function in ast.walk(reader.tree)
                 if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                 for statement in (function.body if isinstance(function.body, list) else [function.body])
                 for inner in ast.walk(statement)}
        for node in ast.walk(reader.tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases \
                    and isinstance(node.ctx, ast.Load) and node.attr not in known and not node.attr.startswith("__"):
                home = api["elsewhere"].get(node.attr)
                help = (f"import it from `{home}` (`from {home} import {node.attr}`)" if home
                        else "check the name against `dir(truss_chains)` of your Truss release")
                when = "that code runs" if id(node) in later else "this file is imported"
                yield self.at(ctx, node,
                              f"`{node.value.id}.{node.attr}`: truss_chains {api['truss_version']} has no "
                              f"`{node.attr}`, so it fails with AttributeError when {when}",
                              help=help)
