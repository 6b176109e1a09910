from __future__ import annotations

from collections.abc import Iterator

from . import ChainRule
from ..diagnostics import Diagnostic, Severity


class PythonSyntaxError(ChainRule):
    """What it does: reports a Truss Chains file that is not valid Python (or not UTF-8), where
    Python stops reading it.

    Why: truss-lint reads chain files with Python's own parser, never running them; a file it
    cannot parse, Truss cannot import either, so `truss chains push` fails and no chainlet's
    instance can be told.

    Example:
        class Embedder(chains.ChainletBase)    # missing colon

    Fix: fix the syntax error (`python -m py_compile FILE` shows the same position).
    """

    code = "TC704"
    name = "python-syntax-error"
    severity = Severity.ERROR
    summary = "The chain file is not valid Python; Truss cannot import it"

    def check(self, ctx) -> Iterator[Diagnostic]:
        return iter(())  # reported by the chains linter before any rule runs (it has no tree to give them)
