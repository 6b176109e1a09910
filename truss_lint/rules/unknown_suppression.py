from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..suppressions import did_you_mean
from . import CODE_PATTERN, Rule


class UnknownSuppression(Rule):
    """What it does: reports a `# truss-lint:` comment that names no known rule, or is not a
    well-formed directive (`ignore[...]` or `file-ignore[...]`).

    Why: a typo in a suppression comment suppresses nothing, so the finding it was meant to
    silence is still reported; worse, a comment naming a plugin rule that is not installed
    hides nothing on machines without the plugin. Suppression comments take full codes
    (`TC201`) or names (`no-matching-instance`), never prefixes.

    Example:
        resources:
          cpu: "5"  # truss-lint: ignore[resource-rounding-wast]

    Fix: correct the code or name (`truss-lint rules` lists them), or delete the comment.
    """

    code = "TC011"
    name = "unknown-suppression"
    severity = Severity.WARNING
    summary = "A suppression comment names an unknown rule or is malformed"
    needs_config = False
    after_suppressions = True

    def check(self, ctx) -> Iterator[Diagnostic]:
        if ctx.suppressions is None:
            return
        from ..engine import registry

        rules = registry().rules
        for directive in ctx.suppressions.directives:
            if directive.problem:
                yield Diagnostic(
                    self.code, self.name, self.severity,
                    f"`{directive.text}` suppresses nothing: {directive.problem}",
                    directive.span,
                    help="write `# truss-lint: ignore[CODE-or-name, ...]` or "
                         "`# truss-lint: file-ignore[CODE-or-name, ...]`",
                )
            for token in directive.unknown:
                prefix = any(r.code.startswith(token.upper()) for r in rules) and len(token) < 5
                if prefix:
                    hint = "; suppression comments take full codes or names, not prefixes"
                elif CODE_PATTERN.match(token.upper()):
                    hint = ""  # a code's digits say nothing about which code was meant
                else:
                    hint = did_you_mean(token, rules)
                yield Diagnostic(
                    self.code, self.name, self.severity,
                    f"`{token}` in `{directive.text}` is not a known rule code or name, so it "
                    f"suppresses nothing{hint}",
                    directive.span,
                    help="`truss-lint rules` lists every rule, plugins included",
                )
