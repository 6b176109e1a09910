"""How a lint run is configured: rule selection, severities, target Truss version, catalog."""

from __future__ import annotations

from functools import lru_cache

from ._struct import Struct
from .diagnostics import Severity

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from .catalog import Catalog
    from .lifecycle import Baseline
    from .rules import Rule

LATEST_KNOWN_TRUSS = "0.18.36"


class SettingsError(Exception):
    """A bad flag or configuration value (exit 2)."""


def parse_version(text: str) -> tuple[int, ...]:
    """`"0.9.77"` → (0, 9, 77); pre-release suffixes (`rc2`) are ignored."""
    parts = []
    for piece in text.strip().split(".")[:3]:
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            raise SettingsError(f"invalid Truss version {text!r}: expected something like 0.18.36")
        parts.append(int(digits))
    while len(parts) < 3:
        parts.append(0)
    return tuple(parts)


def default_target_truss_version() -> str:
    """The installed truss's version if its metadata says so, else the latest known."""
    return _installed_truss() or LATEST_KNOWN_TRUSS


@lru_cache(maxsize=None)  # every Settings() asks; a library caller may make one per file
def _installed_truss() -> str | None:
    from .speed.entry_points import version

    return version("truss")


class Settings(Struct):
    __slots__ = ("select", "extend_select", "ignore", "severity", "fail_on", "target_truss_version", "catalog",
                 "baseline", "force_truss")

    def __init__(self, select: list[str] | None = None, extend_select: list[str] | None = None,
                 ignore: list[str] | None = None, severity: dict[str, Severity] | None = None,
                 fail_on: Severity = Severity.ERROR, target_truss_version: str = "",
                 catalog: Catalog | None = None, baseline: Baseline | None = None,
                 force_truss: bool = False) -> None:
        self.select = [] if select is None else select  # empty: every rule
        self.extend_select = [] if extend_select is None else extend_select
        self.ignore = [] if ignore is None else ignore
        self.severity = {} if severity is None else severity  # per-rule override, by code/name/prefix
        self.fail_on = fail_on
        self.target_truss_version = target_truss_version or default_target_truss_version()
        self.catalog = catalog  # None: the built-in catalog
        self.baseline = baseline  # the git ref TC211 compares with when a config has no record
        self.force_truss = force_truss  # lint the file even if it does not look like a Truss config

    @property
    def truss_version(self) -> tuple[int, ...]:
        return parse_version(self.target_truss_version)

    def is_enabled(self, rule: Rule) -> bool:
        selected = not self.select or any(_matches(s, rule) for s in self.select)
        selected = selected or any(_matches(s, rule) for s in self.extend_select)
        return selected and not any(_matches(s, rule) for s in self.ignore)

    def severity_of(self, rule: Rule) -> Severity:
        override = self.severity_override(rule)
        return rule.severity if override is None else override

    def severity_override(self, rule: Rule) -> Severity | None:
        """The severity the settings give `rule`, or None for its own (which asking would load
        an on-demand rule's module)."""
        # The most specific selector wins: a name or full code over a prefix; among equally
        # specific ones the last (the command line's, after the config file's).
        best: tuple[int, Severity] | None = None
        for selector, severity in self.severity.items():
            if _matches(selector, rule):
                weight = 100 if selector in (rule.name, rule.code) else len(selector)
                if best is None or weight >= best[0]:
                    best = (weight, severity)
        return best[1] if best else None


def _matches(selector: str, rule: Rule) -> bool:
    """A selector is ALL, a rule name, a code, or a code prefix (`TC2`)."""
    return selector == "ALL" or selector == rule.name or rule.code.startswith(selector)


def validate_selectors(selectors: list[str], known: list[Rule], option: str) -> None:
    for selector in selectors:
        if not any(_matches(selector, rule) for rule in known):
            import difflib

            names = [r.name for r in known] + [r.code for r in known]
            close = difflib.get_close_matches(selector, names, n=1)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            raise SettingsError(f"{option}: no rule matches `{selector}`{hint}")
