from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..suppressions import UNSUPPRESSIBLE
from . import Rule


class UnusedSuppression(Rule):
    """What it does: reports rules listed in a `# truss-lint: ignore[...]` or `file-ignore[...]`
    comment that report nothing where the comment applies. Only rules that actually ran on the
    file are judged: a rule turned off by `--select`/`--ignore`, or one that could not run because
    the file does not load, is never called unused.

    Why: a stale suppression hides the next real finding of that rule at the same place, and it
    tells readers something is wrong there when it no longer is.

    Example:
        resources:
          cpu: "4"  # truss-lint: ignore[resource-rounding-waste]  (4 vCPU is already a SKU size)

    Fix: delete the comment, or the unused names from its brackets (`--fix` does this).
    """

    code = "TC010"
    name = "unused-suppression"
    severity = Severity.WARNING
    summary = "A suppression comment suppresses nothing"
    fixable = True
    needs_config = False
    after_suppressions = True

    def check(self, ctx) -> Iterator[Diagnostic]:
        if ctx.suppressions is None:
            return
        for directive, tokens in ctx.suppressions.unused():
            kept = [t for t in directive.tokens if t not in tokens]
            if kept:
                bracket = re.search(r"\[[^\]]*\]", directive.text)
                start = directive.start + bracket.start()
                fix = Fix([(start, directive.start + bracket.end(), f"[{', '.join(kept)}]")],
                          f"remove {', '.join(tokens)} from the comment")
            else:
                fix = Fix([(directive.delete_start, directive.delete_end, "")], "delete the comment")
            never = [t for t in tokens if directive.rules[t].code in UNSUPPRESSIBLE]
            idle = [t for t in tokens if t not in never]
            parts = []
            if idle:
                verb = "report" if len(idle) > 1 else "reports"
                parts.append(f"{_names(directive, idle)} {verb} nothing {directive.scope_text()}")
            if never:
                parts.append(f"{_names(directive, never)} cannot be suppressed by a comment (a crashed rule "
                             "checked nothing); turn the crashing rule off with --ignore instead")
            message = "unused suppression: " + "; ".join(parts)
            yield Diagnostic(
                self.code, self.name, self.severity,
                message,
                directive.span,
                help=fix.description,
                fix=fix,
            )


def _names(directive, tokens: list[str]) -> str:
    """`duplicate-key (TC002)` or `TC002 (duplicate-key)`, as the comment spells it."""
    shown = []
    for token in tokens:
        rule = directive.rules[token]
        shown.append(f"{rule.name} ({rule.code})" if token == rule.name else f"{rule.code} ({rule.name})")
    return ", ".join(shown)
