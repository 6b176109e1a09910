"""The lint pipeline: load → schema → resolve the instance → rules → suppressions → sort.

`lint(text, path, settings)` is the library entry point; the CLI, the pre-commit hooks and the
tests all call it. It imports no CLI code.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata
from typing import Any

from .catalog import Catalog, builtin_catalog
from .diagnostics import Diagnostic, FileResult, Severity, Span
from .loader import Document, load
from .resolver import Resolution, resolve
from .resources import Request, request_from_config
from .rules import CODE_PATTERN, NAME_PATTERN, Rule
from .schema import SchemaError, truss_validator
from .settings import Settings

ENTRY_POINT_GROUP = "truss_lint.rules"
RULE_ERROR_CODE = "TC003"

# Schema failures without an `x-rule` annotation go to a rule by their JSON Schema keyword.
_KEYWORD_RULES = {"additionalProperties": "unknown-key", "propertyNames": "unknown-key",
                  "type": "invalid-type", "required": "missing-key"}
_DEFAULT_SCHEMA_RULE = "invalid-value"


class RegistryError(Exception):
    """Rules that cannot be loaded together (two rules with one code, a malformed plugin)."""


@dataclass
class Context:
    """Everything a rule may look at for one file. Expensive parts are computed on first use."""

    path: str
    document: Document
    settings: Settings
    catalog: Catalog
    rule_names: frozenset[str] = frozenset()

    @property
    def config(self) -> Any:
        return self.document.data

    @cached_property
    def request(self) -> Request | None:
        return request_from_config(self.document.data)

    @cached_property
    def resolution(self) -> Resolution | None:
        return resolve(self.request, self.catalog) if self.request else None

    @property
    def instance(self):
        return self.resolution.instance if self.resolution else None

    @cached_property
    def schema_errors(self) -> list[SchemaError]:
        return truss_validator().errors(self.document.data)

    def schema_errors_for(self, rule_name: str) -> list[SchemaError]:
        return [e for e in self.schema_errors if self._schema_rule(e) == rule_name]

    def _schema_rule(self, error: SchemaError) -> str:
        if error.rule and error.rule in self.rule_names:
            return error.rule
        return _KEYWORD_RULES.get(error.keyword, _DEFAULT_SCHEMA_RULE)


@dataclass
class Registry:
    rules: list[Rule] = field(default_factory=list)

    def by_code_or_name(self, key: str) -> Rule | None:
        return next((r for r in self.rules if key in (r.code, r.name)), None)


_registry: Registry | None = None


def registry() -> Registry:
    """Every rule from the `truss_lint.rules` entry points, built-ins and plugins alike."""
    global _registry
    if _registry is None:
        _registry = load_registry(metadata.entry_points(group=ENTRY_POINT_GROUP))
    return _registry


def load_registry(entry_points: Any) -> Registry:
    rules: list[Rule] = []
    owners: dict[str, str] = {}
    for entry_point in entry_points:
        origin = f"{entry_point.name} = {entry_point.value}"
        try:
            rule_class = entry_point.load()
            rule = rule_class()
        except Exception as error:  # a broken plugin is a start-up error that names it
            raise RegistryError(f"cannot load rule plugin `{origin}`: {type(error).__name__}: {error}") from None
        problems = _metadata_problems(rule)
        if problems:
            raise RegistryError(f"rule plugin `{origin}` is malformed: {'; '.join(problems)}")
        for key in (rule.code, rule.name):
            if key in owners:
                raise RegistryError(f"two rules claim `{key}`: `{owners[key]}` and `{origin}`")
            owners[key] = origin
        rules.append(rule)
    rules.sort(key=lambda r: r.code)
    return Registry(rules)


def _metadata_problems(rule: Any) -> list[str]:
    problems = []
    if not CODE_PATTERN.match(str(getattr(rule, "code", ""))):
        problems.append("`code` must be two capital letters and three digits, like TC201")
    if not NAME_PATTERN.match(str(getattr(rule, "name", ""))):
        problems.append("`name` must be kebab-case, like use-gpu-without-accelerator")
    if not isinstance(getattr(rule, "severity", None), Severity):
        problems.append("`severity` must be a truss_lint.diagnostics.Severity")
    if not getattr(rule, "summary", ""):
        problems.append("`summary` is empty")
    if not callable(getattr(rule, "check", None)):
        problems.append("`check` is missing")
    return problems


def lint(text: str, path: str, settings: Settings | None = None) -> FileResult:
    """Lint one config given as text; `path` is used for messages and suppressions only."""
    return lint_document(load(text), path, settings)


def lint_bytes(raw: bytes, path: str, settings: Settings | None = None) -> FileResult:
    from .loader import YamlProblem, decode

    try:
        text = decode(raw)
    except YamlProblem as problem:
        document = Document(text="", problem=problem)
        return lint_document(document, path, settings)
    return lint(text, path, settings)


def lint_document(document: Document, path: str, settings: Settings | None = None) -> FileResult:
    settings = settings or Settings()
    catalog = settings.catalog or builtin_catalog()
    rules = registry().rules
    ctx = Context(path, document, settings, catalog, frozenset(r.name for r in rules))
    loaded = document.problem is None and document.data is not None
    diagnostics: list[Diagnostic] = []
    for rule in rules:
        if not settings.is_enabled(rule) or (rule.needs_config and not loaded):
            continue
        try:
            found = list(rule.check(ctx))
        except Exception as error:
            found = [_rule_error(rule, error)]
        severity = settings.severity_of(rule)
        for diagnostic in found:
            if diagnostic.code == rule.code and severity is not rule.severity:
                diagnostic.severity = severity
            diagnostics.append(diagnostic)

    result = FileResult(path=path, source=document.text)
    if loaded:
        result.instance = ctx.instance
        if ctx.resolution is None:
            result.instance_note = "unknown: `resources` is invalid"
        elif ctx.resolution.instance is None:
            result.instance_note = f"none: {ctx.resolution.reason}"
    else:
        result.instance_note = "unknown: the file does not load"
    for diagnostic in diagnostics:
        if diagnostic.instance is None:
            diagnostic.instance = result.instance
    diagnostics = _apply_suppressions(document, diagnostics, rules, settings)
    result.diagnostics = sorted(diagnostics, key=Diagnostic.sort_key)
    return result


def _apply_suppressions(document: Document, diagnostics: list[Diagnostic], rules: list[Rule],
                        settings: Settings) -> list[Diagnostic]:
    from .suppressions import apply

    return apply(document, diagnostics, rules, settings)


def _rule_error(rule: Rule, error: Exception) -> Diagnostic:
    where = traceback.extract_tb(error.__traceback__)[-1]
    return Diagnostic(
        code=RULE_ERROR_CODE,
        name="rule-error",
        severity=Severity.ERROR,
        message=(f"rule {rule.code} ({rule.name}) crashed: {type(error).__name__}: {error} "
                 f"at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}; other rules still ran. "
                 "Please report this"),
        span=Span(1, 1, 1, 1),
    )
