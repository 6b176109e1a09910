"""The base of the chain rules: they run once per Truss Chains file, on a ChainContext."""

from __future__ import annotations

from ..diagnostics import Diagnostic, Fix, Severity
from ..rules import Rule

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    import ast

    from ..diagnostics import Span
    from .lint import ChainContext


class ChainRule(Rule):
    applies_to = "chain"
    needs_config = False

    def at(self, ctx: ChainContext, where: ast.AST | Span, message: str, *, chainlet: str | None = None,
           help: str | None = None, fix: Fix | None = None, severity: Severity | None = None) -> Diagnostic:
        """A diagnostic of this rule at a node of the source (or a span)."""
        span = where if not hasattr(where, "lineno") else ctx.source.span(where)
        return Diagnostic(self.code, self.name, severity or self.severity, message, span, help=help, fix=fix,
                          chainlet=chainlet)
