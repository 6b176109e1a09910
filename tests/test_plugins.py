"""Third-party rules: the example plugin in tests/plugin_example, installed with pip, fires from the
CLI exactly like a built-in rule; a crashing rule is a diagnostic; clashing codes stop start-up.

Plugins are installed with `pip install --target DIR` and put on PYTHONPATH for the console
script: importlib.metadata finds their entry points there just as in site-packages, without
building a whole virtualenv (which would need the project's dependencies from the network).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import REPO, run_cli

PLUGIN_SOURCE = REPO / "tests" / "plugin_example"
UNNAMED = "python_version: py311\nresources:\n  cpu: '1'\n  memory: 2Gi\n"


@pytest.fixture(scope="module")
def example_plugin(tmp_path_factory) -> dict[str, str]:
    """The environment that makes the installed example plugin visible to `truss-lint`."""
    pytest.importorskip("hatchling", reason="building the example plugin needs hatchling")
    target = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "--target", str(target), str(PLUGIN_SOURCE)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert (target / "truss_lint_example_plugin-0.1.0.dist-info" / "entry_points.txt").is_file()
    return {"PYTHONPATH": str(target)}


def fake_plugin(site: Path, module: str, entry_points: dict[str, str], source: str) -> dict[str, str]:
    """A plugin as pip leaves it: a module and a dist-info with entry_points.txt."""
    site.mkdir(exist_ok=True)
    (site / f"{module}.py").write_text(textwrap.dedent(source))
    info = site / f"{module}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 0.1\n")
    lines = "".join(f"{code} = {value}\n" for code, value in entry_points.items())
    (info / "entry_points.txt").write_text(f"[truss_lint.rules]\n{lines}")
    return {"PYTHONPATH": str(site)}


def test_example_plugin_rule_fires_from_the_cli(tmp_path, example_plugin):
    (tmp_path / "config.yaml").write_text(UNNAMED)
    proc = run_cli("check", "--output-format", "concise", "config.yaml", cwd=tmp_path, env=example_plugin)
    assert proc.stdout.splitlines()[0] == (
        "config.yaml:1:1: XP901 [warning] the config has no `model_name`; Baseten will name the model after "
        "its directory")
    assert proc.returncode == 0  # a warning

    # Selected, severity-overridden and listed like any built-in rule.
    strict = run_cli("check", "--output-format", "concise", "--select", "model-name-required",
                     "--severity", "XP901=error", "config.yaml", cwd=tmp_path, env=example_plugin)
    assert strict.stdout.startswith("config.yaml:1:1: XP901 [error]") and strict.returncode == 1
    listing = run_cli("rules", env=example_plugin).stdout
    assert any(line.startswith("XP901  model-name-required") for line in listing.splitlines())
    page = run_cli("rule", "model-name-required", env=example_plugin)
    assert page.stdout.startswith("XP901 model-name-required (warning)") and "Fix: add" in page.stdout


def test_plugin_rules_are_suppressible_and_unknown_without_the_plugin(tmp_path, example_plugin):
    (tmp_path / "config.yaml").write_text("# truss-lint: file-ignore[XP901] named by the deploy script\n" + UNNAMED)
    with_plugin = run_cli("check", "--output-format", "concise", "config.yaml", cwd=tmp_path, env=example_plugin)
    assert "XP901" not in with_plugin.stdout.replace("file-ignore[XP901]", "") and "TC01" not in with_plugin.stdout
    without = run_cli("check", "--output-format", "concise", "config.yaml", cwd=tmp_path)
    assert "config.yaml:1:1: TC011 [warning] `XP901` in `# truss-lint: file-ignore[XP901] named by the deploy " \
           "script` is not a known rule code or name" in without.stdout


def test_a_crashing_rule_becomes_a_diagnostic_naming_it(tmp_path):
    env = fake_plugin(tmp_path / "site", "crashing_plugin", {"XP902": "crashing_plugin:AlwaysCrashes"}, """\
        from truss_lint.diagnostics import Severity
        from truss_lint.rules import Rule

        class AlwaysCrashes(Rule):
            code = "XP902"
            name = "always-crashes"
            severity = Severity.WARNING
            summary = "Crashes"

            def check(self, ctx):
                return {}["model_name"]
        """)
    (tmp_path / "config.yaml").write_text(
        "# truss-lint: file-ignore[XP902, rule-error]\nmodel_name: m\nmodel_name: n\n")
    proc = run_cli("check", "--output-format", "concise", "config.yaml", cwd=tmp_path, env=env)
    lines = proc.stdout.splitlines()
    assert lines[0].startswith(
        "config.yaml:1:1: TC003 [error] rule XP902 (always-crashes) crashed: KeyError: 'model_name' at "
        "crashing_plugin.py:11; other rules still ran"), lines
    # Other rules still ran; TC003 cannot be suppressed; a crashed rule's suppression is not "unused".
    assert lines[1] == ("config.yaml:1:1: TC010 [warning] [*] unused suppression: rule-error (TC003) cannot be "
                        "suppressed by a comment (a crashed rule checked nothing); turn the crashing rule off "
                        "with --ignore instead")
    assert lines[2].startswith("config.yaml:3:1: TC002 [warning]")
    assert len([line for line in lines if line.startswith("config.yaml:")]) == 3
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    # Turning the crashing rule off is the way out.
    assert run_cli("check", "--ignore", "XP902", "config.yaml", cwd=tmp_path, env=env).returncode == 0


RULE_SOURCE = """\
    from truss_lint.diagnostics import Severity
    from truss_lint.rules import Rule

    class Clash(Rule):
        code = "{code}"
        name = "{name}"
        severity = Severity.WARNING
        summary = "Clashes"

        def check(self, ctx):
            return []
    """


@pytest.mark.parametrize("code,name,claimed", [("TC002", "my-duplicate-check", "TC002"),
                                               ("XP903", "duplicate-key", "duplicate-key")])
def test_two_rules_with_one_code_or_name_stop_start_up_naming_both(tmp_path, code, name, claimed):
    env = fake_plugin(tmp_path / "site", "clashing_plugin", {code: "clashing_plugin:Clash"},
                      RULE_SOURCE.format(code=code, name=name))
    (tmp_path / "config.yaml").write_text("model_name: m\n")
    for args in (["check", "config.yaml"], ["rules"]):
        proc = run_cli(*args, cwd=tmp_path, env=env)
        assert proc.returncode == 2 and proc.stdout == ""
        (line,) = proc.stderr.splitlines()
        assert line.startswith(f"truss-lint: error: two rules claim `{claimed}`: ")
        assert "`TC002 = truss_lint.rules.duplicate_key:DuplicateKey`" in line
        assert f"`{code} = clashing_plugin:Clash`" in line


def test_a_malformed_plugin_is_a_one_line_start_up_error(tmp_path):
    env = fake_plugin(tmp_path / "site", "bad_plugin", {"XP904": "bad_plugin:Clash"},
                      RULE_SOURCE.format(code="xp904", name="Bad_Name"))
    proc = run_cli("check", ".", cwd=tmp_path, env=env)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "truss-lint: error: rule plugin `XP904 = bad_plugin:Clash` is malformed: `code` must be two capital "
        "letters and three digits, like TC201; `name` must be kebab-case, like use-gpu-without-accelerator"]


def test_a_plugin_registered_under_another_name_than_its_code_is_refused(tmp_path):
    # `--select XP905` and `ignore[XP905]` find a rule by its code; a registration that says
    # something else would make the two disagree.
    env = fake_plugin(tmp_path / "site", "misnamed_plugin", {"my-rule": "misnamed_plugin:Clash"},
                      RULE_SOURCE.format(code="XP905", name="misnamed-rule"))
    proc = run_cli("check", ".", cwd=tmp_path, env=env)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        "truss-lint: error: rule plugin `my-rule = misnamed_plugin:Clash` is malformed: the entry-point name "
        "must be the rule's code, `XP905`"]


def test_builtin_rules_are_not_entry_points():
    # Built-ins come from truss_lint/rules/builtin.py; the installer's entry points are for plugins.
    from importlib import metadata

    assert not [e for e in metadata.entry_points(group="truss_lint.rules") if e.value.startswith("truss_lint.")]
