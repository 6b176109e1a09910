"""truss-lint: lint Truss config.yaml files offline and predict the Baseten instance they get.

Library use:

    from truss_lint import lint, Settings
    result = lint(open("config.yaml").read(), "config.yaml", Settings())
    result.instance, result.diagnostics
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["lint", "lint_bytes", "Settings", "FileResult", "Diagnostic", "Severity", "__version__"]

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

    from .diagnostics import Diagnostic, FileResult, Severity
    from .engine import lint, lint_bytes
    from .settings import Settings

_LAZY = {"lint": "engine", "lint_bytes": "engine", "Settings": "settings", "FileResult": "diagnostics",
         "Diagnostic": "diagnostics", "Severity": "diagnostics"}


def __getattr__(name: str) -> Any:  # imports stay lazy so `truss-lint --version` starts fast
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)
