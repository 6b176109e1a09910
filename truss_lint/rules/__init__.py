"""The rule API. Built-in rules and third-party plugins use exactly this.

A rule is a small class. The built-in ones are listed in `truss_lint/rules/builtin.py`; a plugin
registers its own under the `truss_lint.rules` entry-point group, named by the rule's code:

    [project.entry-points."truss_lint.rules"]
    XY001 = "my_package.my_rule:MyRule"

Its docstring is its documentation, with the sections "What it does", "Why", "Example" and
"Fix" (`truss-lint rule CODE` prints it; the docs' rule reference is generated from it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..diagnostics import Diagnostic, Fix, KeyPath, Severity

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any, ClassVar

    from ..engine import Context

CODE_PATTERN = re.compile(r"^[A-Z]{2}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    fixable: ClassVar[bool] = False
    # True: the rule runs only when the file loads, as a mapping unless `any_shape` is set, so
    # `ctx.config` is a dict. False: it runs on every file (YAML syntax, suppression comments).
    needs_config: ClassVar[bool] = True
    any_shape: ClassVar[bool] = False
    # True for rules that audit suppression comments (`ctx.suppressions`): the engine runs them
    # after every other rule's findings went through the suppressions.
    after_suppressions: ClassVar[bool] = False
    # "config": runs on config.yaml files (and, for the resource rules the chains linter lists,
    # on each chainlet's equivalent config); "chain": runs only on Truss Chains source files.
    applies_to: ClassVar[str] = "config"
    # The top-level keys without which the rule has nothing to check: the engine does not run it on
    # a config holding none of them (most configs have no `trt_llm` or `docker_server`), so a rule
    # for one section costs nothing elsewhere. None: it runs on every config.
    reads_keys: ClassVar[frozenset[str] | None] = None

    def check(self, ctx: Context) -> Iterable[Diagnostic]:
        raise NotImplementedError

    def diagnostic(self, ctx: Context, key_path: KeyPath, message: str, *, at: str = "value",
                   help: str | None = None, fix: Fix | None = None, severity: Severity | None = None,
                   **extra: Any) -> Diagnostic:
        """A diagnostic of this rule at the key (`at="key"`) or value of `key_path`."""
        return Diagnostic(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            span=ctx.document.span(key_path, key=at == "key"),
            key_path=key_path,
            help=help,
            fix=fix,
            **extra,
        )

    @classmethod
    def doc(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or cls.summary)


class SchemaRule(Rule):
    """A rule whose findings are schema failures: the schema's `x-rule` annotation names it,
    or its JSON Schema keyword maps to it."""

    # The JSON Schema keywords this rule takes from its `x-rule` annotation; None takes all.
    # An `x-rule` on a property also covers failures inside it (a wrong type, say), which
    # then go to the rule for their keyword instead.
    schema_keywords: ClassVar[frozenset[str] | None] = None
    any_shape = True  # "the top level must be a mapping" is a schema failure too

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        from ..schema_messages import explain, schema_fix

        reported = set()
        for error in ctx.schema_errors_for(self.name):
            if error.path in reported:  # one diagnostic per node: the first failure says enough
                continue
            reported.add(error.path)
            message, help, at = explain(error, ctx)
            yield self.diagnostic(ctx, error.path, message, at=at, help=help, fix=schema_fix(error, ctx))


class ChainRule(Rule):
    """A rule about a Truss Chains source file as a whole: `check` gets a chains.lint.ChainContext
    (the chainlets as read, each with its equivalent config and instance) and never runs on a
    config.yaml."""

    applies_to = "chain"
    needs_config = False

    def at(self, ctx: Any, where: Any, message: str, *, chainlet: str | None = None, help: str | None = None,
           fix: Fix | None = None, severity: Severity | None = None) -> Diagnostic:
        """A diagnostic of this rule at an `ast` node of the source (or a Span)."""
        span = ctx.source.span(where) if hasattr(where, "lineno") else where
        return Diagnostic(self.code, self.name, severity or self.severity, message, span, help=help, fix=fix,
                          chainlet=chainlet)
