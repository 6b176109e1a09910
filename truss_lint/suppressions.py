"""Suppression comments (`# truss-lint: ignore[...]`). The rules issue fills this in."""

from __future__ import annotations

from .diagnostics import Diagnostic


def apply(document, diagnostics: list[Diagnostic], rules, settings) -> list[Diagnostic]:
    return diagnostics
