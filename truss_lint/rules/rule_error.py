from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule


class RuleError(Rule):
    """What it does: reports a rule that crashed on this file (an exception in a built-in rule
    or a plugin). The engine turns the exception into this diagnostic, names the rule and where
    it failed, and runs every other rule as usual.

    Why: a crashed rule checked nothing, so the file may hide exactly the problem it looks for.
    It is always reported and cannot be suppressed with a comment; to stop it, turn the crashing
    rule off (`--ignore CODE`) and report the bug to whoever ships that rule.

    Example:
        config.yaml:1:1: TC003 [error] rule XP901 (model-name-required) crashed:
        KeyError: 'model_name' at rule.py:12; other rules still ran. Please report this

    Fix: upgrade or report the crashing rule; `--ignore` it meanwhile.
    """

    code = "TC003"
    name = "rule-error"
    severity = Severity.ERROR
    summary = "A rule crashed on this file; its checks did not run"
    needs_config = False

    def check(self, ctx) -> Iterator[Diagnostic]:
        return iter(())  # the engine reports crashes itself (engine._rule_error)
