"""The command line as users meet it (issues 14 and 15), through the installed console script:
one argparse CLI, quiet reports, the instance once per file, ruff's habits, closed pipes, and the
docs' examples matching what the tool prints."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, console_script, run_cli
from truss_lint.output import fixable_note

try:
    import tomllib
except ImportError:  # Python 3.10
    import tomli as tomllib

BAD = "model_name: m\nresources:\n  cpu: 4\n  accelerator: A10G\n"  # one safe fix
GOOD = "model_name: m\nresources:\n  accelerator: A10G\n  cpu: '3'\n  memory: 14Gi\n"
# A python_version error in a config whose `resources` are invalid too.
TWO = "model_name: m\npython_version: '3.11'\nresources:\n  cpu: 4\n  memory: 16GB\n"


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


# --- one CLI -------------------------------------------------------------------------------------

def test_a_mistyped_command_is_one_line_suggesting_the_right_one():
    proc = run_cli("chek")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == "truss-lint: error: unknown command `chek`; did you mean `check`? (see `truss-lint --help`)\n"
    proc = run_cli("frobnicate")
    assert proc.returncode == 2 and "choose from check, rules, rule, schema, record" in proc.stderr


@pytest.mark.parametrize("args", [["rules", "--format", "xml"], ["record"], ["rule"], ["schema", "extra"],
                                  ["check", "--bogus"], ["--bogus"]])
def test_usage_errors_of_every_command_are_one_line_with_exit_2(args):
    proc = run_cli(*args)
    assert proc.returncode == 2, args
    [line] = proc.stderr.splitlines()
    assert line.startswith("truss-lint: error: ") and "--help`)" in line, line


@pytest.mark.parametrize("command", ["check", "rules", "rule", "schema", "record"])
def test_every_command_helps_in_one_style(command):
    proc = run_cli(command, "--help")
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"usage: truss-lint {command} ")
    assert "options:" in proc.stdout and "-h, --help" in proc.stdout
    assert not re.search("[╭│╰─]|<bool>|<str>|<list", proc.stdout)  # typer's boxes and type artifacts


def test_no_command_prints_the_command_list_and_exits_2():
    proc = run_cli()
    assert proc.returncode == 2
    assert proc.stdout.startswith("usage: truss-lint [-h] [--version] COMMAND ...")
    for command in ("check", "rules", "rule", "schema", "record"):
        assert re.search(rf"^ +{command} +\S", proc.stdout, re.MULTILINE), command
    assert run_cli("--help").stdout == proc.stdout


def test_dependencies_are_pyyaml_only_and_jsonschema_is_for_the_tests():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    names = [re.split(r"[<>=;\[ ]", requirement)[0].lower() for requirement in project["dependencies"]]
    assert names == ["pyyaml", "tomli"]
    assert any(r.startswith("jsonschema") for r in project["optional-dependencies"]["test"])
    imported = set()
    for path in (REPO / "truss_lint").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    assert not imported & {"typer", "click", "ruamel", "jsonschema", "rich", "pydantic"}


# --- quieter output -------------------------------------------------------------------------------

def test_concise_lists_only_files_with_findings_unless_show_ok(tmp_path):
    tree(tmp_path, {"bad/config.yaml": BAD, "good/config.yaml": GOOD})
    lines = run_cli("check", "--output-format", "concise", ".", cwd=tmp_path).stdout.splitlines()
    assert [line.split(" → ")[0] for line in lines if " → " in line] == ["bad/config.yaml"]
    assert lines[-1] == "Found 1 problem (1 error) in 2 files; 1 fixable with --fix."
    shown = run_cli("check", "--output-format", "concise", "--show-ok", ".", cwd=tmp_path).stdout
    assert "good/config.yaml → A10Gx4x16 (4 vCPU, 16 GiB RAM, 1× A10G 24 GiB VRAM)" in shown
    clean = run_cli("check", "good", cwd=tmp_path)
    assert clean.stdout == "No problems found in 1 file.\n"  # no price footer: no price was shown


@pytest.mark.parametrize("output_format", ["concise", "full", "grouped", "text"])
def test_quiet_prints_findings_and_summary_and_qq_nothing(tmp_path, output_format):
    tree(tmp_path, {"bad/config.yaml": BAD, "good/config.yaml": GOOD, "other/config.yaml": "server: {port: 1}\n"})
    args = ("check", "--output-format", output_format, "bad", "good", "other/config.yaml")
    quiet = run_cli(*args, "-q", cwd=tmp_path)
    assert quiet.returncode == 1
    assert "TC102" in quiet.stdout
    assert quiet.stdout.rstrip().splitlines()[-1] == "Found 1 problem (1 error) in 2 files; 1 fixable with --fix."
    assert " → " not in quiet.stdout and "Prices:" not in quiet.stdout and "skipped" not in quiet.stdout
    silent = run_cli(*args, "-qq", cwd=tmp_path)
    assert (silent.returncode, silent.stdout, silent.stderr) == (1, "", "")
    assert run_cli("check", "-qq", "good", cwd=tmp_path).returncode == 0


def test_full_names_the_instance_once_per_file(tmp_path):
    tree(tmp_path, {"config.yaml": TWO})
    out = run_cli("check", "--output-format", "full", "config.yaml", cwd=tmp_path).stdout
    assert out.count("TC10") == 3 and "instance:" not in out
    assert out.count("`resources` is invalid") == 1  # on the file's line only
    text = run_cli("check", "--output-format", "text", "config.yaml", cwd=tmp_path).stdout
    assert "instance:" not in text and text.count("`resources` is invalid") == 1


def test_machine_formats_keep_the_instance_on_every_diagnostic(tmp_path):
    tree(tmp_path, {"config.yaml": "model_name: m\nresources:\n  accelerator: H100:3\n  gpu: 1\n"})
    import json

    report = json.loads(run_cli("check", "--output-format", "json", "config.yaml", cwd=tmp_path).stdout)
    assert [d["instance"]["name"] for d in report["files"][0]["diagnostics"]] == ["H100:4", "H100:4"]
    sarif = json.loads(run_cli("check", "--output-format", "sarif", "config.yaml", cwd=tmp_path).stdout)
    assert [r["properties"]["instance"]["name"] for r in sarif["runs"][0]["results"]] == ["H100:4", "H100:4"]


# --- ruff's habits --------------------------------------------------------------------------------

def test_fixable_findings_are_marked_and_full_previews_the_fix_as_a_diff(tmp_path):
    tree(tmp_path, {"config.yaml": TWO})
    concise = run_cli("check", "config.yaml", cwd=tmp_path).stdout.splitlines()
    assert concise[0].startswith("config.yaml:2:17: TC103 [error] [*] `python_version`")
    assert concise[1].startswith("config.yaml:4:8: TC102 [error] [*] `resources.cpu`")
    full = run_cli("check", "--output-format", "full", "config.yaml", cwd=tmp_path).stdout.splitlines()
    assert full[0].startswith("error[TC103] [*] invalid-value: `python_version`")
    at = full.index('  = fix: quote it: "4" (safe, apply with --fix)')
    assert full[at + 1:at + 5] == ["  |", "4 -   cpu: 4", '4 +   cpu: "4"', "  |"]
    at = full.index("  = fix: write `16Gi` (unsafe, apply with --fix --unsafe-fixes)")
    assert full[at + 2:at + 4] == ["5 -   memory: 16GB", "5 +   memory: 16Gi"]


def test_grouped_states_each_file_once_with_its_findings_under_it(tmp_path):
    tree(tmp_path, {"a/config.yaml": TWO, "b/config.yaml": GOOD})
    lines = run_cli("check", "--output-format", "grouped", ".", cwd=tmp_path).stdout.splitlines()
    assert lines[0] == "a/config.yaml → unknown: `resources` is invalid — 3 errors:"
    assert [line.split()[0] for line in lines[1:4]] == ["2:17", "4:8", "5:11"]
    assert lines[4] == "" and not any(line.startswith("b/") for line in lines)
    assert lines[5].startswith("Found 3 problems (3 errors) in 2 files")


@pytest.mark.parametrize("fixable, unsafe, note", [
    (0, 0, ""), (1, 0, "; 1 fixable with --fix"), (2, 0, "; 2 fixable with --fix"),
    (0, 1, "; 1 fixable with --fix --unsafe-fixes"), (0, 3, "; 3 fixable with --fix --unsafe-fixes"),
    (1, 1, "; 1 fixable with --fix (1 more with --fix --unsafe-fixes)"),
    (3, 2, "; 3 fixable with --fix (2 more with --fix --unsafe-fixes)"),
])
def test_summary_wording_is_right_for_every_count(fixable, unsafe, note):
    assert fixable_note(fixable, unsafe) == note
    assert "0 fixable" not in fixable_note(fixable, unsafe)


def test_only_unsafe_fixes_never_read_zero_fixable(tmp_path):
    tree(tmp_path, {"config.yaml": "model_name: m\nresources:\n  cpu: '4'\n  memory: 16GB\n"})
    proc = run_cli("check", "config.yaml", cwd=tmp_path)
    assert "Found 1 problem (1 error) in 1 file; 1 fixable with --fix --unsafe-fixes." in proc.stdout.splitlines()
    fixed = run_cli("check", "--fix", "config.yaml", cwd=tmp_path)
    assert fixed.stderr.splitlines() == ["Nothing to fix (1 remaining).", "1 more fix available with --unsafe-fixes."]


def test_fix_only_prints_what_it_changed_and_exits_0(tmp_path):
    tree(tmp_path, {"config.yaml": "model_name: m\nresources:\n  cpu: 4\n  accelerator: a10g\n  gpu: 1\n"})
    proc = run_cli("check", "--fix-only", "config.yaml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ['config.yaml: fixed: quote it: "4"; write `A10G`',
                                        "Fixed 2 problems in 1 file."]
    again = run_cli("check", "--fix-only", "config.yaml", cwd=tmp_path)
    assert (again.returncode, again.stdout) == (0, "")  # the unknown key remains: `check` reports it


# --- edges ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["check", "--output-format", "full", "."], ["check", "--jobs", "2", "."],
                                  ["rules"], ["schema"]])
def test_a_closed_pipe_ends_quietly_with_ruffs_exit_status(tmp_path, args):
    tree(tmp_path, {f"m{i:03d}/config.yaml": TWO for i in range(300)})  # far more than a pipe holds
    proc = subprocess.Popen([console_script(), *args], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"})
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) == 0  # ruff: exit 0 on a broken pipe (crates/ruff/src/main.rs)
    assert stderr == b""


def test_a_closed_pipe_through_a_shell_is_silent(tmp_path):
    tree(tmp_path, {f"m{i:03d}/config.yaml": TWO for i in range(300)})
    done = subprocess.run(f"set -o pipefail; '{console_script()}' check . | head -1", shell=True, cwd=tmp_path,
                          capture_output=True, text=True, executable="/bin/bash", timeout=60)
    assert done.stderr == "" and done.returncode == 0
    assert done.stdout.startswith("m000/config.yaml:2:17: TC103")


def test_docs_examples_are_what_truss_lint_prints():
    """README.md and docs/ show real runs (scripts/doc_examples.py writes them); this fails when
    the output changes and the examples were not regenerated."""
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "doc_examples.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (REPO / "README.md").read_text().count("<!-- example: ") >= 2
