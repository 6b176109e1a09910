"""A key a rule finds missing is often beside it, misspelt (`start_comand`): the rule then reports
the missing key at the misspelt one, and the unknown-key finding there yields to it, so one
mistake gets one error, where the author looks."""

from __future__ import annotations

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from ..diagnostics import Fix, KeyPath
    from ..engine import Context

# ctx.memo key of the misspelt keys rules have reported (engine.lint_document reads it).
MISSPELT_KEYS = "misspelt-keys"
UNKNOWN_KEY_RULES = ("unknown-key", "ignored-key")  # the findings that yield there


def missing_key(ctx: Context, parent: KeyPath, name: str, message: str,
                help: str) -> tuple[KeyPath, str, str, Fix | None]:
    """Where to report that `name` is missing from the mapping at `parent`, and how: (path,
    message, help, fix); at the misspelling when there is one, else at `parent`."""
    misspelt = misspelt_key(ctx, parent, name)
    if misspelt is None:
        return parent, message, help, None
    return (misspelt, f"`{misspelt[-1]}` looks like `{name}` misspelt, so {message}",
            f"rename `{misspelt[-1]}` to `{name}`", rename_fix(ctx, misspelt, name))


def misspelt_key(ctx: Context, parent: KeyPath, name: str) -> KeyPath | None:
    """The path of an unknown key in the mapping at `parent` whose closest known spelling is `name`."""
    from ..schema_messages import suggested_key

    for error in ctx.schema_errors:
        if (error.keyword == "additionalProperties" and error.path[:-1] == parent
                and isinstance(error.extra_key, str) and suggested_key(error.extra_key, error.alternatives) == name):
            ctx.memo(MISSPELT_KEYS, set).add(error.path)
            return error.path
    return None


def rename_fix(ctx: Context, path: KeyPath, name: str) -> Fix | None:
    from ..edits import rename_key

    # Unsafe: the spelling is a guess, however close (--unsafe-fixes applies it).
    return rename_key(ctx.document, path, name, f"rename `{path[-1]}` to `{name}`", safe=False)
