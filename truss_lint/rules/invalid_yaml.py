from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule


class InvalidYaml(Rule):
    """What it does: reports a file Truss cannot load: YAML syntax errors, tags other than the
    standard ones, a mapping used as a key, invalid UTF-8, alias bombs, files too large.

    Why: `truss push` loads config.yaml with PyYAML's safe loader; whatever it cannot load stops
    the push before anything else is checked, and truss-lint cannot check anything else either.

    Example:
        resources:
          cpu: "4"
         memory: 16Gi      # indentation breaks the mapping

    Fix: correct the YAML at the position shown.
    """

    code = "TC001"
    name = "invalid-yaml"
    severity = Severity.ERROR
    summary = "The file is not YAML that Truss can load"
    needs_config = False

    def check(self, ctx) -> Iterator[Diagnostic]:
        problem = ctx.document.problem
        if problem is not None:
            yield Diagnostic(self.code, self.name, self.severity,
                             f"{problem.message}; the push fails before anything else is checked",
                             problem.span)
