from __future__ import annotations

from ..diagnostics import Severity
from ._key_conflict import KeyConflictRule, count, line_of


class RequirementsConflict(KeyConflictRule):
    """What it does: reports a config that sets both `requirements` (a non-empty list) and
    `requirements_file`.

    Why: Truss refuses to load such a config ("Please ensure that only one of `requirements`
    and `requirements_file` is specified"), so `truss push` fails before anything is built or
    billed. An empty `requirements: []` next to `requirements_file` is fine.

    Example:
        requirements_file: requirements.txt
        requirements:
          - torch==2.4.0   # Truss will not say which list it would have used

    Fix: keep one source of dependencies: move the packages into the requirements file and
    delete `requirements`, or delete `requirements_file`.
    """

    code = "TC501"
    name = "requirements-conflict"
    severity = Severity.ERROR
    summary = "`requirements` and `requirements_file` are both set; Truss refuses the config"

    def describe(self, ctx, first: str, second: str) -> tuple[str, str]:
        packages = count(ctx.config.get("requirements"), "package", "packages")
        path = ctx.config.get("requirements_file")
        message = (f"`{second}` is set together with `{first}` (line {line_of(ctx, first)}): Truss refuses "
                   "to load the config (\"Please ensure that only one of `requirements` and "
                   "`requirements_file` is specified\"), so `truss push` fails and nothing is deployed")
        help = (f"keep one: add the {packages} of `requirements` to {path} and delete `requirements`, "
                "or delete `requirements_file`")
        return message, help
