"""The lint pipeline: load → schema → resolve the instance → rules → suppressions → sort.

`lint(text, path, settings)` is the library entry point; the CLI, the pre-commit hooks and the
tests all call it. It imports no CLI code.
"""

from __future__ import annotations

from functools import cached_property

from ._struct import Struct
from .catalog import Catalog, builtin_catalog
from .diagnostics import Diagnostic, FileResult, Severity, Span
from .yaml_loader import Document, load
from .resolver import Resolution, resolve
from .resources import Request, request_from_config
from .rules import CODE_PATTERN, NAME_PATTERN, Rule
from .rules._misspelt import MISSPELT_KEYS, UNKNOWN_KEY_RULES
from .schema import truss_validator
from .schema_errors import SchemaError
from .redaction import redacted_source
from .settings import Settings
from .speed.stat_cache import NO_CACHE, StatCache
from .suppressions import Suppressions, parse_suppressions

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any, Callable

ENTRY_POINT_GROUP = "truss_lint.rules"
RULE_ERROR_CODE = "TC003"

# Schema failures without an `x-rule` annotation go to a rule by their JSON Schema keyword.
_KEYWORD_RULES = {"additionalProperties": "unknown-key", "propertyNames": "unknown-key",
                  "type": "invalid-type", "required": "missing-key"}
_DEFAULT_SCHEMA_RULE = "invalid-value"


class RegistryError(Exception):
    """Rules that cannot be loaded together (two rules with one code, a malformed plugin)."""


class Context(Struct):
    """Everything a rule may look at for one file. Expensive parts are computed on first use."""

    # `__dict__` holds the cached properties.
    __slots__ = ("path", "document", "settings", "catalog", "rule_names", "schema_keywords", "suppressions",
                 "stat_cache", "_memo", "__dict__")

    def __init__(self, path: str, document: Document, settings: Settings, catalog: Catalog,
                 rule_names: frozenset[str] = frozenset(), schema_keywords: dict[str, frozenset[str]] | None = None,
                 suppressions: Suppressions | None = None, stat_cache: StatCache = NO_CACHE,
                 _memo: dict[str, Any] | None = None) -> None:
        self.path = path
        self.document = document
        self.settings = settings
        self.catalog = catalog
        self.rule_names = rule_names
        # Per SchemaRule name, the keywords it takes from `x-rule` (rules.SchemaRule.schema_keywords).
        self.schema_keywords = {} if schema_keywords is None else schema_keywords
        self.suppressions = suppressions  # set before the suppression-audit rules run
        self.stat_cache = stat_cache  # existence questions about the files beside the config
        self._memo = {} if _memo is None else _memo

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
        errors = truss_validator().errors(self.document.data)
        if any(error.keyword == "required" for error in errors):
            from .schema_messages import pair_misspelt_required

            errors = pair_misspelt_required(errors)
        return errors

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """`compute()` once per file for every rule that asks under `key` (shared rule helpers)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def schema_errors_for(self, rule_name: str) -> list[SchemaError]:
        return self._schema_errors_by_rule.get(rule_name, [])

    @cached_property
    def _schema_errors_by_rule(self) -> dict[str, list[SchemaError]]:
        """The schema errors grouped by the rule each goes to, once for the six schema rules."""
        grouped: dict[str, list[SchemaError]] = {}
        for error in self.schema_errors:
            grouped.setdefault(self._schema_rule(error), []).append(error)
        return grouped

    def _schema_rule(self, error: SchemaError) -> str:
        if error.rule and error.rule in self.rule_names:
            keywords = self.schema_keywords.get(error.rule)
            if keywords is None or error.keyword in keywords:
                return error.rule
        return _KEYWORD_RULES.get(error.keyword, _DEFAULT_SCHEMA_RULE)


class Registry(Struct):
    __slots__ = ("rules", "_plans", "__dict__")  # `__dict__` holds the cached properties

    def __init__(self, rules: list[Rule] | None = None) -> None:
        self.rules = [] if rules is None else rules
        self._plans: dict[tuple, _Plan] = {}

    @cached_property
    def names(self) -> frozenset[str]:
        return frozenset(r.name for r in self.rules)

    @cached_property
    def schema_keywords(self) -> dict[str, frozenset[str]]:
        """Per SchemaRule name, the keywords it takes from `x-rule` (rules.SchemaRule.schema_keywords)."""
        return {r.name: r.schema_keywords for r in self.rules if getattr(r, "schema_keywords", None) is not None}

    def plan(self, settings: Settings) -> _Plan:
        """The rules `settings` enables. Selecting costs a few microseconds per rule, and a run
        lints many files with one selection, so each selection is worked out once."""
        key = (tuple(settings.select), tuple(settings.extend_select), tuple(settings.ignore),
               tuple(settings.severity.items()))
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = _Plan(settings, self.rules)
        return plan

    def by_code_or_name(self, key: str) -> Rule | None:
        return next((r for r in self.rules if key in (r.code, r.name)), None)


_registry: Registry | None = None


def registry() -> Registry:
    """The built-in rules (rules/builtin.py) and every plugin's, from the `truss_lint.rules` entry points."""
    global _registry
    if _registry is None:
        from .speed.entry_points import EntryPoint, entry_points  # importlib.metadata's, without its import cost
        from .rules.builtin import BUILTIN_RULES, ON_DEMAND

        builtins = [OnDemandRule(code, *ON_DEMAND[code], target) if code in ON_DEMAND
                    else EntryPoint(code, target, ENTRY_POINT_GROUP) for code, target in BUILTIN_RULES.items()]
        # An install made before the built-ins left the entry points may still list them.
        plugins = [e for e in entry_points(ENTRY_POINT_GROUP) if not e.value.startswith("truss_lint.")]
        _registry = load_registry(builtins + plugins)
    return _registry


class OnDemandRule:
    """A built-in rule known by its code, its name and when it can apply, whose module is imported
    the first time anything else about it is asked (running it, its docs): most configs have no
    `trt_llm` or `docker_server`, and importing a rule module costs ~0.2 ms of every start."""

    __slots__ = ("code", "name", "applies_to", "reads_keys", "_target", "_rule")
    after_suppressions = False
    schema_keywords = None

    def __init__(self, code: str, name: str, when: tuple[str, ...] | str, target: str) -> None:
        self.code, self.name, self._target, self._rule = code, name, target, None
        self.applies_to = "chain" if when == "chain" else "config"
        self.reads_keys = None if when == "chain" else frozenset(when)

    @property
    def rule(self) -> Rule:
        if self._rule is None:
            import importlib

            module, _, attribute = self._target.partition(":")
            self._rule = getattr(importlib.import_module(module), attribute)()
        return self._rule

    def check(self, ctx: Context) -> Any:  # (a method, not __getattr__: it runs for every file)
        return self.rule.check(ctx)

    def __getattr__(self, attribute: str) -> Any:  # what only the class knows: severity, docs, ...
        return getattr(self.rule, attribute)


def load_registry(entry_points: Any) -> Registry:
    rules: list[Rule] = []
    owners: dict[str, str] = {}
    for entry_point in entry_points:
        if isinstance(entry_point, OnDemandRule):  # a built-in: tests hold its metadata to its class
            rule, origin = entry_point, f"{entry_point.code} = {entry_point._target}"
        else:
            rule, origin = _load_plugin(entry_point)
        for key in (rule.code, rule.name):
            if key in owners:
                raise RegistryError(f"two rules claim `{key}`: `{owners[key]}` and `{origin}`")
            owners[key] = origin
        rules.append(rule)
    rules.sort(key=lambda r: r.code)
    return Registry(rules)


def _load_plugin(entry_point: Any) -> tuple[Rule, str]:
    """The rule an entry point names, checked; raises RegistryError naming it."""
    origin = f"{entry_point.name} = {entry_point.value}"
    try:
        rule_class = entry_point.load()
        rule = rule_class()
    except Exception as error:  # a broken plugin is a start-up error that names it
        raise RegistryError(f"cannot load rule plugin `{origin}`: {type(error).__name__}: {error}") from None
    problems = _metadata_problems(rule)
    if not problems and entry_point.name != rule.code:
        # `--select XP901` and suppressions find a rule by its code: the registration must say it.
        problems.append(f"the entry-point name must be the rule's code, `{rule.code}`")
    if problems:
        raise RegistryError(f"rule plugin `{origin}` is malformed: {'; '.join(problems)}")
    return rule, origin


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


def lint(text: str, path: str, settings: Settings | None = None, stat_cache: StatCache = NO_CACHE) -> FileResult:
    """Lint one config given as text; `path` names it in messages, and finds what lies beside it
    (a deployment record, weights, asked through `stat_cache`). A `.py` path lints the text as a
    Truss Chains source."""
    if path.endswith(".py"):
        from .chains.lint import lint_chain

        return lint_chain(text, path, settings, stat_cache)
    return lint_document(load(text), path, settings, stat_cache)


def lint_bytes(raw: bytes, path: str, settings: Settings | None = None,
               stat_cache: StatCache = NO_CACHE) -> FileResult:
    if path.endswith(".py"):  # a Truss Chains source file (file_linting.lintable_bytes kept only those)
        from .chains.lint import lint_chain_bytes

        return lint_chain_bytes(raw, path, settings, stat_cache)
    from .yaml_loader import YamlProblem, decode

    try:
        text = decode(raw)
    except YamlProblem as problem:
        document = Document(text="", problem=problem)
        return lint_document(document, path, settings, stat_cache)
    return lint(text, path, settings, stat_cache)


def lint_document(document: Document, path: str, settings: Settings | None = None,
                  stat_cache: StatCache = NO_CACHE) -> FileResult:
    settings = settings or Settings()
    catalog = settings.catalog or builtin_catalog()
    registered = registry()
    rules = registered.rules
    ctx = Context(path, document, settings, catalog, registered.names, registered.schema_keywords,
                  stat_cache=stat_cache)
    loaded = document.problem is None and document.data is not None
    diagnostics: list[Diagnostic] = []
    ran: set[str] = set()  # rules that ran to the end: only their suppressions can be unused
    plan = registered.plan(settings)
    every_rule_applies = loaded and isinstance(document.data, dict)  # the usual case: skip _applies
    for rule, severity in plan.checks:
        if every_rule_applies and rule.reads_keys is not None and rule.reads_keys.isdisjoint(document.data):
            ran.add(rule.code)  # it would have looked and found nothing
        elif every_rule_applies or _applies(rule, document):
            diagnostics += _run(rule, ctx, severity, ran)

    if MISSPELT_KEYS in ctx._memo:  # a rule reported a missing key at its misspelling: one error there
        misspelt = ctx._memo[MISSPELT_KEYS]
        diagnostics = [d for d in diagnostics if not (d.name in UNKNOWN_KEY_RULES and d.key_path in misspelt)]
    # Findings that hold credentials mask them in the source reporters quote, suppressed or not.
    result = FileResult(path=path, source=redacted_source(document.text, diagnostics))
    if loaded and not isinstance(document.data, dict):
        result.instance_note = "unknown: the file is not a mapping of Truss settings"
    elif loaded:
        result.instance = ctx.instance
        if ctx.resolution is None:
            result.instance_note = "unknown: `resources` is invalid"
        elif ctx.resolution.instance is None:
            result.instance_note = f"none: {ctx.resolution.reason}"
    else:
        result.instance_note = "unknown: the file does not load"
    diagnostics = _apply_suppressions(ctx, diagnostics, rules, plan.audits, ran)
    for diagnostic in diagnostics:
        if diagnostic.instance is None:
            diagnostic.instance = result.instance
    result.diagnostics = sorted(diagnostics, key=Diagnostic.sort_key)
    return result


def _applies(rule: Rule, document: Document) -> bool:
    """Config rules need a file that loads as a mapping; the schema rules say when it does not."""
    if not rule.needs_config:
        return True
    loaded = document.problem is None and document.data is not None
    return loaded and (rule.any_shape or isinstance(document.data, dict))


class _Plan:
    """The enabled rules of one selection, with the severity the settings give each (None: the
    rule's own)."""

    __slots__ = ("checks", "audits", "chain_checks")

    def __init__(self, settings: Settings, rules: list[Rule]) -> None:
        enabled = [(rule, settings.severity_override(rule)) for rule in rules if settings.is_enabled(rule)]
        self.chain_checks = [(rule, severity) for rule, severity in enabled if getattr(rule, "applies_to", "") == "chain"]
        enabled = [(rule, severity) for rule, severity in enabled if getattr(rule, "applies_to", "") != "chain"]
        self.checks = [(rule, severity) for rule, severity in enabled if not rule.after_suppressions]
        self.audits = [(rule, severity) for rule, severity in enabled if rule.after_suppressions]


def _run(rule: Rule, ctx: Context, severity: Severity | None, ran: set[str]) -> list[Diagnostic]:
    try:
        found = [*rule.check(ctx)]
    except Exception as error:
        return [_rule_error(rule, error)]
    ran.add(rule.code)
    # (Most rules find nothing in most files.)
    if found and severity is not None and severity is not rule.severity:
        for diagnostic in found:
            if diagnostic.code == rule.code:
                diagnostic.severity = severity
    return found


def _apply_suppressions(ctx: Context, diagnostics: list[Diagnostic], rules: list[Rule],
                        audits: list[tuple[Rule, Severity]], ran: set[str]) -> list[Diagnostic]:
    """Drop suppressed findings, then run the rules that audit the suppression comments
    (unknown, unused); their findings may be suppressed too, but that is not counted as use."""
    ctx.suppressions = parse_suppressions(ctx.document, rules)
    ctx.suppressions.judged = ran
    kept = ctx.suppressions.apply(diagnostics)
    audit: list[Diagnostic] = []
    for rule, severity in audits:
        if _applies(rule, ctx.document):
            audit += _run(rule, ctx, severity, set())
    return kept + ctx.suppressions.apply(audit, count_use=False)


def _rule_error(rule: Rule, error: Exception) -> Diagnostic:
    import traceback  # only when a rule crashes

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
