from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule


_PRIVATE_SECTIONS = ("secrets", "environment_variables")


class DuplicateKey(Rule):
    """What it does: reports a key written twice in the same mapping.

    Why: Truss keeps the **last** value and only prints a warning (it says this becomes an
    error in a later release). The first value looks like it applies, but it does not.

    Example:
        resources:
          memory: 16Gi
          memory: 2Gi      # this is what Truss uses

    Fix: delete the copy you do not mean.
    """

    code = "TC002"
    name = "duplicate-key"
    severity = Severity.WARNING
    summary = "A key appears twice in one mapping; Truss silently uses the last one"
    needs_config = False

    def check(self, ctx) -> Iterator[Diagnostic]:
        for duplicate in ctx.document.duplicates:
            key = duplicate.path[-1]
            where = ".".join(str(p) for p in duplicate.path[:-1]) or "the top level"
            value = ctx.document.get(*duplicate.path)
            # Values under secrets/environment_variables may be credentials: never echo them.
            private = duplicate.path[0] in _PRIVATE_SECTIONS
            shown = f" (`{value}`)" if isinstance(value, (str, int, float, bool)) and not private else ""
            yield Diagnostic(
                self.code, self.name, self.severity,
                f"`{key}` is written twice in {where} (first on line {duplicate.first.line}); "
                f"Truss uses this last value{shown} and ignores the first",
                duplicate.duplicate, duplicate.path,
                help="delete the copy you do not mean",
            )
