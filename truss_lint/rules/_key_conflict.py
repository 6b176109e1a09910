"""Shared by the rules for two top-level keys Truss will not take together.

The strict schema states each conflict as a top-level `not` subschema annotated with the rule's
name; these rules turn that schema failure into a message that names both keys, quotes what
Truss says, and points at whichever key is written second (the one most likely just added).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic
from ..schema_errors import SchemaError
from . import SchemaRule

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any, ClassVar


class KeyConflictRule(SchemaRule):
    # Only the conflict itself: a type error inside `requirements` is not a conflict.
    schema_keywords: ClassVar[frozenset[str] | None] = frozenset({"not"})

    def check(self, ctx) -> Iterator[Diagnostic]:
        from ..schema_messages import explain

        for error in ctx.schema_errors_for(self.name):
            keys = conflicting_keys(error, ctx.config)
            if error.keyword != "not" or keys is None:
                message, help, at = explain(error, ctx)
                yield self.diagnostic(ctx, error.path, message, at=at, help=help)
                continue
            first, second = sorted(keys, key=lambda key: _position(ctx, key))
            message, help = self.describe(ctx, first, second)
            yield self.diagnostic(ctx, (second,), message, at="key", help=help)

    def describe(self, ctx, first: str, second: str) -> tuple[str, str]:
        """(message, help) for `first` and `second`, in the order they are written."""
        raise NotImplementedError


def conflicting_keys(error: SchemaError, config: Any) -> tuple[str, str] | None:
    """The two top-level keys a failed `not` subschema forbids together."""
    if not isinstance(config, dict):
        return None
    negated = error.schema["not"]  # a `not` failure holds the schema around the negated one
    branches = negated.get("anyOf") or [negated]
    for branch in branches:
        required = branch.get("required", [])
        if len(required) == 2 and all(key in config for key in required):
            return required[0], required[1]
    return None


def line_of(ctx, key: str) -> int:
    return ctx.document.span((key,), key=True).line


def count(value: Any, singular: str, plural: str) -> str:
    """`3 packages`, `1 entry`: how many items a list value holds."""
    n = len(value) if isinstance(value, list) else 0
    return f"{n} {singular if n == 1 else plural}"


def _position(ctx, key: str) -> tuple[int, int]:
    span = ctx.document.span((key,), key=True)
    return span.line, span.column
