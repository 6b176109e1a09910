from __future__ import annotations

from collections.abc import Iterator

from truss_lint.diagnostics import Diagnostic, Severity
from truss_lint.rules import Rule


class ModelNameRequired(Rule):
    """What it does: reports a config without a `model_name`.

    Why: our team's dashboards group models by name; Baseten names an unnamed model after its
    directory, which is rarely what anyone searches for.

    Example:
        resources:
          accelerator: L4

    Fix: add `model_name: my-model`.
    """

    code = "XP901"
    name = "model-name-required"
    severity = Severity.WARNING
    summary = "The config has no model_name"

    def check(self, ctx) -> Iterator[Diagnostic]:
        if isinstance(ctx.config, dict) and not ctx.config.get("model_name"):
            yield self.diagnostic(ctx, (), "the config has no `model_name`; Baseten will name the model "
                                           "after its directory", help="add `model_name: my-model`")
