"""One fixture harness for every registered rule.

`tests/fixtures/rules/<rule-name>/ok/` holds configs the rule must stay silent on, and `bad/`
configs it must report, with the golden output (line:column, code, severity, message, help)
in a `.expected` file beside each. A case is a `NAME.yaml` file, or a `NAME/` directory holding a
`config.yaml` with whatever the case needs beside it (a deployment record, weights).

A rule without both kinds of fixtures fails here; so does a rule module that is not listed in
truss_lint/rules/builtin.py. Regenerate the golden files after a deliberate message change with
`TRUSS_LINT_UPDATE_GOLDEN=1 pytest tests/test_rule_fixtures.py` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from truss_lint.diagnostics import FileResult
from truss_lint.engine import lint_bytes, registry
from truss_lint.rules.builtin import BUILTIN_RULES
from truss_lint.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules"
RULES_PACKAGE = Path(__file__).resolve().parents[1] / "truss_lint" / "rules"
UPDATE_GOLDEN = bool(os.environ.get("TRUSS_LINT_UPDATE_GOLDEN"))
# Rules whose bad cases cannot be files: say why, and where they are tested instead.
NO_BAD_FIXTURES = {
    "rule-error": "needs a crashing rule: tests/test_engine.py and tests/test_plugins.py install one",
    "committed-secret": "real-looking credentials are never committed: tests/test_rules_config.py builds them",
}
BUILTIN_NAMES = sorted(r.name for r in registry().rules if r.code in BUILTIN_RULES)


def cases(rule: str, kind: str) -> list[Path]:
    folder = FIXTURES / rule / kind
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*/config.yaml"))
    # Truss Chains sources: a `NAME.py` file, or a `NAME/chain.py` directory case.
    files += sorted(folder.glob("*.py")) + sorted(folder.glob("*/chain.py"))
    return files


def case_params(kind: str) -> list:
    return [pytest.param(rule, path, id=f"{rule}/{kind}/{path.relative_to(FIXTURES / rule / kind)}")
            for rule in BUILTIN_NAMES for path in cases(rule, kind)]


def lint_case(path: Path) -> FileResult:
    # The case's real path: a record or weights beside the config are part of the case.
    return lint_bytes(path.read_bytes(), str(path), Settings(target_truss_version="0.18.36"))


def render(result: FileResult, rule: str, path: Path) -> str:
    lines = []
    for d in result.diagnostics:
        if d.name == rule:
            lines.append(f"{d.span.line}:{d.span.column} {d.code} [{d.severity.value}] {d.message}")
            if d.help:
                lines.append(f"    help: {d.help}")
    # A message naming the case's own path (`truss-lint record PATH`) must not depend on the checkout.
    return "".join(line + "\n" for line in lines).replace(str(path.parent), "<case>")


def golden(path: Path) -> Path:
    return path.with_name("expected") if path.name in ("config.yaml", "chain.py") else path.with_suffix(".expected")


@pytest.mark.parametrize("rule", BUILTIN_NAMES)
def test_every_rule_has_ok_and_bad_fixtures(rule):
    assert cases(rule, "ok"), f"no ok fixtures for {rule}: add tests/fixtures/rules/{rule}/ok/*.yaml"
    if rule not in NO_BAD_FIXTURES:
        assert cases(rule, "bad"), f"no bad fixtures for {rule}: add tests/fixtures/rules/{rule}/bad/*.yaml"


@pytest.mark.parametrize("rule,path", case_params("ok"))
def test_ok_fixture_is_silent(rule, path):
    assert render(lint_case(path), rule, path) == ""


@pytest.mark.parametrize("rule,path", case_params("bad"))
def test_bad_fixture_matches_golden_output(rule, path):
    got = render(lint_case(path), rule, path)
    expected = golden(path)
    if UPDATE_GOLDEN:
        expected.write_text(got)
    assert got, f"{rule} did not fire on {path}"
    assert expected.exists(), f"{expected} is missing: run with TRUSS_LINT_UPDATE_GOLDEN=1 and review it"
    assert got == expected.read_text()


def test_fixture_folders_are_named_after_registered_rules():
    unknown = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir() and p.name not in BUILTIN_NAMES)
    assert not unknown, f"fixture folders for no registered rule: {unknown}"


def test_golden_files_have_fixtures():
    orphans = [p for p in FIXTURES.glob("*/*/*.expected")
               if not p.with_suffix(".yaml").exists() and not p.with_suffix(".py").exists()]
    orphans += [p for p in FIXTURES.glob("*/*/*/expected")
                if not (p.parent / "config.yaml").exists() and not (p.parent / "chain.py").exists()]
    assert not orphans


def test_every_rule_module_is_listed_as_a_builtin_rule():
    from truss_lint.rules import Rule

    listed = {target.split(":")[0] for target in BUILTIN_RULES.values()}
    for module_file in RULES_PACKAGE.glob("[!_]*.py"):
        module_name = f"truss_lint.rules.{module_file.stem}"
        if module_name == "truss_lint.rules.builtin":
            continue
        module = __import__(module_name, fromlist=["*"])
        defines_rules = [v for v in vars(module).values()
                         if isinstance(v, type) and issubclass(v, Rule) and v.__module__ == module_name
                         and getattr(v, "code", None)]
        if defines_rules:
            assert module_name in listed, f"{module_name} defines {defines_rules[0].__name__} but is not in builtin.py"


def test_builtin_list_entries_are_keyed_by_their_rules_code():
    from truss_lint.engine import OnDemandRule

    for code, target in BUILTIN_RULES.items():
        rule = registry().by_code_or_name(code)
        loaded = rule.rule if isinstance(rule, OnDemandRule) else rule
        assert rule is not None and f"{type(loaded).__module__}:{type(loaded).__name__}" == target
        assert loaded.code == code


def test_on_demand_rules_say_what_their_classes_say():
    # The engine knows an on-demand rule by this metadata until it imports the rule's module.
    from truss_lint.engine import OnDemandRule
    from truss_lint.rules.builtin import ON_DEMAND

    for code, (name, when) in ON_DEMAND.items():
        rule = registry().by_code_or_name(code)
        assert isinstance(rule, OnDemandRule)
        loaded = rule.rule
        assert (loaded.name, loaded.applies_to, loaded.reads_keys) == (name, rule.applies_to, rule.reads_keys)
        assert not loaded.after_suppressions and getattr(loaded, "schema_keywords", None) is None
    keyed = {r.code for r in registry().rules if r.code in BUILTIN_RULES
             and (r.reads_keys is not None or r.applies_to == "chain")}
    assert keyed == set(ON_DEMAND), "a rule that reads only some keys, or only chains, belongs in ON_DEMAND"


def test_a_rule_skipped_for_lack_of_its_keys_would_have_found_nothing():
    # `reads_keys` lets the engine skip a rule; run each such rule anyway on every fixture that
    # lacks its keys: it must find nothing there, or the skip would hide a finding.
    from truss_lint.engine import Context
    from truss_lint.yaml_loader import load
    from truss_lint.catalog import builtin_catalog

    keyed = [r for r in registry().rules if r.reads_keys is not None]
    assert keyed
    settings = Settings(target_truss_version="0.18.36")
    for path in sorted(FIXTURES.glob("*/*/*.yaml")) + sorted(FIXTURES.glob("*/*/*/config.yaml")):
        document = load(path.read_text(encoding="utf-8", errors="replace"))
        if document.problem is not None or not isinstance(document.data, dict):
            continue
        ctx = Context(str(path), document, settings, builtin_catalog())
        for rule in keyed:
            if rule.reads_keys.isdisjoint(document.data):
                assert not list(rule.check(ctx)), f"{rule.name} skipped on {path} would have found something"
