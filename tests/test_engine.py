"""The rule engine: selection by code, prefix and name; severities; --fail-on; --exit-zero; the
registry's metadata checks; the rule listing and the generated rule reference."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import EntryPoint

import pytest
from conftest import REPO, lint_yaml, run_cli

from truss_lint import engine
from truss_lint.diagnostics import Severity
from truss_lint.engine import RegistryError, load_registry, registry
from truss_lint.rules import Rule

# unknown-key (TC101, error) on lines 3 and 4, duplicate-key (TC002, warning) on line 5.
CONFIG = "model_name: m\nresources:\n  gpu: 1\n  cpux: 2\nmodel_name: n\n"
UNKNOWN = ["3:3: TC101 [error]", "4:3: TC101 [error]"]
DUPLICATE = ["5:1: TC002 [warning]"]


def check(tmp_path, *args):
    (tmp_path / "config.yaml").write_text(CONFIG)
    return run_cli("check", "--isolated", "--output-format", "concise", *args, "config.yaml", cwd=tmp_path)


def positions(proc) -> list[str]:
    return [line[len("config.yaml:"):].split("] ")[0] + "]" for line in proc.stdout.splitlines()
            if line.startswith("config.yaml:")]


@pytest.mark.parametrize("args,expected", [
    ([], UNKNOWN + DUPLICATE),
    (["--select", "TC1"], UNKNOWN),  # a prefix
    (["--select", "TC101"], UNKNOWN),  # a code
    (["--select", "duplicate-key"], DUPLICATE),  # a name
    (["--select", "TC1", "--extend-select", "duplicate-key"], UNKNOWN + DUPLICATE),
    (["--select", "unknown-key,TC002"], UNKNOWN + DUPLICATE),  # comma-separated, mixed
    (["--ignore", "TC1"], DUPLICATE),
    (["--ignore", "unknown-key", "--ignore", "TC0"], []),
    (["--select", "ALL", "--ignore", "duplicate-key"], UNKNOWN),
    (["--select", "TC0", "--ignore", "TC002"], []),  # ignore beats select
])
def test_selection_flags(tmp_path, args, expected):
    proc = check(tmp_path, *args)
    assert positions(proc) == expected, proc.stdout + proc.stderr


@pytest.mark.parametrize("args,status", [
    ([], 1),
    (["--select", "duplicate-key"], 0),  # only a warning: below the default --fail-on error
    (["--select", "duplicate-key", "--fail-on", "warning"], 1),
    (["--select", "duplicate-key", "--fail-on", "info"], 1),
    (["--exit-zero"], 0),
    (["--select", "duplicate-key", "--severity", "duplicate-key=error"], 1),
    (["--severity", "TC1=warning"], 0),  # a prefix: every TC1xx becomes a warning
    (["--severity", "TC1=info", "--fail-on", "warning"], 1),  # the duplicate is still a warning
])
def test_exit_status_follows_fail_on_exit_zero_and_severity(tmp_path, args, status):
    proc = check(tmp_path, *args)
    assert proc.returncode == status, proc.stdout + proc.stderr


def test_severity_override_shows_in_the_report(tmp_path):
    proc = check(tmp_path, "--severity", "TC101=info", "--severity", "duplicate-key=error")
    assert positions(proc) == ["3:3: TC101 [info]", "4:3: TC101 [info]", "5:1: TC002 [error]"]


@pytest.mark.parametrize("args,message", [
    (["--select", "TC9"], "--select: no rule matches `TC9`"),
    (["--ignore", "duplicat-key"], "--ignore: no rule matches `duplicat-key`; did you mean `duplicate-key`?"),
    (["--severity", "TC002"], "--severity expects RULE=LEVEL, like TC201=warning, not `TC002`"),
    (["--severity", "TC002=fatal"], "--severity TC002 must be one of info, warning, error, not `fatal`"),
    (["--fail-on", "fatal"], "argument --fail-on: invalid choice: 'fatal'"),
])
def test_bad_selection_flags_are_one_line_exit_2(tmp_path, args, message):
    proc = check(tmp_path, *args)
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith("truss-lint: error: ") and message in line


def test_selection_in_the_library_api():
    text = CONFIG
    assert {d.code for d in lint_yaml(text, select=["TC0"]).diagnostics} == {"TC002"}
    assert {d.code for d in lint_yaml(text, ignore=["unknown-key"]).diagnostics} == {"TC002"}
    result = lint_yaml(text, severity={"TC002": Severity.ERROR})
    assert {(d.code, d.severity) for d in result.diagnostics} == {("TC101", Severity.ERROR),
                                                                  ("TC002", Severity.ERROR)}


class _Crashes(Rule):
    """What it does: crashes."""

    code = "XT001"
    name = "crashes"
    severity = Severity.WARNING
    summary = "Crashes"

    def check(self, ctx):
        yield from ()
        raise ZeroDivisionError("division by zero")


def test_a_rule_that_raises_is_reported_and_the_others_still_run(monkeypatch):
    rules = list(registry().rules) + [_Crashes()]
    monkeypatch.setattr(engine, "_registry", engine.Registry(rules))
    result = lint_yaml(CONFIG)
    crash = [d for d in result.diagnostics if d.code == "TC003"]
    assert len(crash) == 1 and crash[0].severity is Severity.ERROR and crash[0].name == "rule-error"
    assert crash[0].message.startswith("rule XT001 (crashes) crashed: ZeroDivisionError: division by zero at "
                                       "test_engine.py:")
    assert {"TC101", "TC002"} <= {d.code for d in result.diagnostics}


def _entry_point(code: str, target: str) -> EntryPoint:
    return EntryPoint(code, target, engine.ENTRY_POINT_GROUP)


def test_registry_rejects_clashes_and_broken_plugins():
    builtin = _entry_point("TC002", "truss_lint.rules.duplicate_key:DuplicateKey")
    with pytest.raises(RegistryError, match=r"two rules claim `TC002`: `TC002 = truss_lint.rules.duplicate_key:"
                                            r"DuplicateKey` and `TC002 = truss_lint.rules.duplicate_key:DuplicateKey`"):
        load_registry([builtin, builtin])
    with pytest.raises(RegistryError, match=r"cannot load rule plugin `XT002 = no_such_module:Rule`: "
                                            r"ModuleNotFoundError"):
        load_registry([_entry_point("XT002", "no_such_module:Rule")])


def test_registry_is_sorted_and_every_builtin_rule_is_documented():
    rules = registry().rules
    assert [r.code for r in rules] == sorted(r.code for r in rules)
    for rule in rules:
        if not type(rule).__module__.startswith("truss_lint."):
            continue  # a plugin installed in this environment
        doc = rule.doc()
        missing = [s for s in ("What it does:", "Why:", "Example:", "Fix:") if s not in doc]
        assert not missing, f"{rule.code} {rule.name}: docstring lacks {missing}"


def test_rules_and_rule_commands():
    listing = run_cli("rules")
    assert listing.returncode == 0
    assert any(line.split()[:3] == ["TC010", "unused-suppression", "warning"] and " fix " in line
               for line in listing.stdout.splitlines())
    page = run_cli("rule", "tc002")  # codes are case-insensitive
    assert page.returncode == 0 and page.stdout.startswith("TC002 duplicate-key (warning)")
    missing = run_cli("rule", "TC999")
    assert missing.returncode == 2 and missing.stderr.strip() == \
        "truss-lint: error: no rule `TC999` (see `truss-lint rules`)"
    markdown = run_cli("rules", "--format", "markdown").stdout
    assert markdown.startswith("# Rule reference") and "\n## TC002 duplicate-key\n" in markdown


def test_docs_rule_reference_is_up_to_date():
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "generate_rule_docs.py"), "--check"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr + "\n(regenerate with: python scripts/generate_rule_docs.py)"
