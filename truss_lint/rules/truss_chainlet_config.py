from __future__ import annotations

from collections.abc import Iterator

from . import ChainRule
from ..diagnostics import Diagnostic, Severity


class TrussChainletConfig(ChainRule):
    """What it does: follows a `TrussChainlet`'s `truss_dir` to its config.yaml, lints it like any
    config, gives the chainlet that config's instance, and reports here when the directory or its
    config.yaml is missing, or the config has errors.

    Why: a TrussChainlet deploys an existing Truss directory as it is (truss_chains 0.18.36,
    `code_gen._prepare_truss_chainlet_artifact`): its `resources` decide the instance, and a
    missing directory or config.yaml fails `truss chains push` ("not a valid Truss directory").

    Example:
        class Reranker(chains.TrussChainlet):
            truss_dir = "../reranker"      # ../reranker/config.yaml is linted too

    Fix: point `truss_dir` at a Truss directory (relative to the chain file), and fix the findings
    its config.yaml has (`truss-lint check ../reranker/config.yaml`).
    """

    code = "TC703"
    name = "truss-chainlet-config"
    severity = Severity.ERROR
    summary = "A TrussChainlet's truss_dir is missing, has no config.yaml, or its config has errors"

    def check(self, ctx) -> Iterator[Diagnostic]:
        from ..chains.lint import truss_dir_config

        for info in ctx.chainlets:
            chainlet = info.chainlet
            if chainlet.kind != "truss":
                continue
            truss_dir = chainlet.truss_dir
            name_span = ctx.source.name_span(chainlet.node)
            if truss_dir is None or not truss_dir.written:
                yield self.at(ctx, name_span, f"TrussChainlet `{chainlet.name}` has no `truss_dir`: Truss rejects "
                                              "it (\"must declare a `truss_dir` class attribute\")",
                              chainlet=chainlet.name, help="add `truss_dir = \"path/to/truss\"`")
                continue
            config_path = truss_dir_config(chainlet, ctx.path)
            if config_path is None:
                continue  # computed when the file runs: the instance is unknown, with the reason
            if info.truss_config is None:
                yield self.at(ctx, truss_dir.node,
                              f"`truss_dir` has no config.yaml at {config_path}: `truss chains push` fails "
                              "(\"not a valid Truss directory\")", chainlet=chainlet.name,
                              help="point `truss_dir` at a Truss directory, relative to this file")
                continue
            errors = [d for d in info.truss_config.diagnostics if d.severity is Severity.ERROR]
            if errors:
                first = errors[0]
                yield self.at(ctx, truss_dir.node,
                              f"the Truss at `truss_dir` has {len(errors)} error{'s' if len(errors) != 1 else ''} "
                              f"in {config_path}; the first, line {first.span.line}: {first.code} {first.message}",
                              chainlet=chainlet.name, help=f"run `truss-lint check {config_path}`")
