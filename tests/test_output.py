"""Output formats and editor integration, through the installed `truss-lint` console script.

The fixture tree (tests/fixtures/output) has one config with an error that --fix can fix, one
with a warning and a known instance, one clean config, and another tool's config.yaml that must
be left alone.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import REPO, console_script, run_cli
from truss_lint.engine import registry
from truss_lint.reporters.github import escape_data, escape_property

FIXTURES = REPO / "tests" / "fixtures" / "output"
SARIF_SCHEMA = REPO / "tests" / "data" / "sarif-schema-2.1.0.json"
BROKEN, ROUNDED, GOOD = "models/broken/config.yaml", "models/rounded/config.yaml", "models/good/config.yaml"
CONTRACT_KEYS = {"code", "name", "severity", "message", "line", "column", "end_line", "end_column", "key_path",
                 "instance"}
SUMMARY = "Found 2 problems (1 error, 1 warning) in 3 files; 1 fixable with --fix."
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(FIXTURES, root)
    return root


def check(project: Path, *args: str, env: dict | None = None, input: str | None = None):
    return run_cli("check", *args, cwd=project, env=env, input=input)


# --- concise: the editor and grep contract -------------------------------------------------------

def test_concise_is_one_line_per_diagnostic_then_instances_and_summary(project):
    proc = check(project, "--output-format", "concise", ".")
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == (f"{BROKEN}:4:8: TC102 [error] [*] `resources.cpu`: cpu must be a YAML string, but 4 is an "
                        'integer: Truss rejects it ("Input should be a valid string")')
    assert lines[1].startswith(f"{ROUNDED}:4:16: TC204 [warning] no H100 instance has 3 GPUs")
    good = f"{GOOD} → A10Gx4x16 (4 vCPU, 16 GiB RAM, 1× A10G 24 GiB VRAM) at $0.02012/min ≈ $869/month — ok"
    assert good not in lines  # files without findings are listed only with --show-ok
    assert lines[2:] == [f"{BROKEN} → unknown: `resources` is invalid — 1 error",
                         f"{ROUNDED} → H100:4 (64 vCPU, 472 GiB RAM, 4× H100 80 GiB VRAM) at $0.43332/min ≈ "
                         "$18,719/month — 1 warning",
                         SUMMARY, "Prices: list price, one always-on replica, 30-day month; instance catalog as of "
                         "2026-07-03."]
    assert good in check(project, "--output-format", "concise", "--show-ok", ".").stdout.splitlines()
    assert "unrelated" not in proc.stdout  # another tool's config.yaml is not linted


def test_auto_is_concise_when_piped(project):
    piped = check(project, ".")
    assert piped.stdout == check(project, "--output-format", "concise", ".").stdout


def test_exit_status_follows_findings_not_format(project):
    for output_format in ("full", "concise", "text", "json", "json-lines", "github", "sarif", "junit"):
        assert check(project, "--output-format", output_format, GOOD).returncode == 0, output_format
        assert check(project, "--output-format", output_format, BROKEN).returncode == 1, output_format
        assert check(project, "--output-format", output_format, "--exit-zero", BROKEN).returncode == 0
    assert check(project, "--output-format", "sarif", ROUNDED).returncode == 0  # a warning
    assert check(project, "--output-format", "sarif", "--fail-on", "warning", ROUNDED).returncode == 1


def test_unknown_format_is_a_usage_error(project):
    proc = check(project, "--output-format", "xml", ".")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip() == ("truss-lint: error: unknown --output-format `xml`; choose from auto, full, "
                                   "concise, grouped, text, json, json-lines, github, sarif, junit")


# --- full -------------------------------------------------------------------------------------

def test_full_quotes_the_source_with_a_caret_under_the_span(project):
    proc = check(project, "--output-format", "full", ".")
    assert proc.returncode == 1
    out = proc.stdout
    assert "error[TC102] [*] invalid-type: `resources.cpu`: cpu must be a YAML string" in out
    block = out[out.index(f" --> {BROKEN}:4:8"):].splitlines()
    assert block[1:5] == ["  |", "3 | resources:", "4 |   cpu: 4", "  |        ^"]
    # The instance is on the file's line, not under each finding; the fix is previewed as a diff.
    assert block[5:13] == ["  |", '  = help: quote it: cpu: "4"', '  = fix: quote it: "4" (safe, apply with --fix)',
                           "  |", "4 -   cpu: 4", '4 +   cpu: "4"', "  |", ""]
    assert block[13] == f"{BROKEN} → unknown: `resources` is invalid — 1 error"
    rounded = out[out.index(f" --> {ROUNDED}:4:16"):].splitlines()
    source, carets = rounded[3], rounded[4]
    assert source == "4 |   accelerator: H100:3"
    assert carets == "  |" + " " * (source.index("H100:3") - 3) + "^" * len("H100:3")
    assert "instance:" not in out
    assert f"{ROUNDED} → H100:4 (64 vCPU, 472 GiB RAM, 4× H100 80 GiB VRAM)" in out
    assert out.rstrip().endswith("instance catalog as of 2026-07-03.")
    assert SUMMARY in out


def test_full_underlines_wide_characters_and_tabs_by_display_width(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text('model_name: m\nresources: {accelerator: "模", cpu: 4}\n')
    lines = run_cli("check", "--output-format", "full", "config.yaml", cwd=tmp_path).stdout.splitlines()
    source = '2 | resources: {accelerator: "模", cpu: 4}'
    assert lines.count(source) == 2
    first, second = (i for i, line in enumerate(lines) if line == source)
    # Column 26 and column 36 (after a character two columns wide), plus the space after `|`.
    assert lines[first + 1] == "  |" + " " * (1 + 25) + "^^^^"  # `"模"` is four columns wide
    assert lines[second + 1] == "  |" + " " * (1 + 35 + 1) + "^"
    # Truss refuses a tab there (TC001 at it): shown as four spaces, underlined whole.
    config.write_text("model_name: m\nresources:\n  cpu:\t4\n")
    lines = run_cli("check", "--output-format", "full", "config.yaml", cwd=tmp_path).stdout.splitlines()
    at = lines.index("3 |   cpu:    4")
    assert lines[at + 1] == "  |       ^^^^"


def test_full_never_sends_control_characters_from_the_file_to_the_terminal(tmp_path):
    # YAML refuses C0 controls but allows format characters such as RIGHT-TO-LEFT OVERRIDE,
    # which would reorder the quoted line on screen ("trojan source").
    (tmp_path / "config.yaml").write_text("model_name: m\nresources:\n  cpu: 4 # \u202egnp.exe\n",
                                          encoding="utf-8")
    proc = run_cli("check", "--output-format", "full", "config.yaml", cwd=tmp_path)
    assert "\u202e" not in proc.stdout and "3 |   cpu: 4 # \ufffdgnp.exe" in proc.stdout


# --- json and json-lines ---------------------------------------------------------------------

def test_json_keeps_the_contract(project):
    proc = check(project, "--output-format", "json", ".")
    report = json.loads(proc.stdout)
    assert set(report) >= {"version", "catalog_as_of", "files"} and report["version"] == 1
    assert [f["path"] for f in report["files"]] == [BROKEN, GOOD, ROUNDED]
    for file in report["files"]:
        assert {"path", "instance", "diagnostics"} <= set(file)
        for diagnostic in file["diagnostics"]:
            assert CONTRACT_KEYS <= set(diagnostic)


def test_json_lines_is_one_diagnostic_per_line(project):
    proc = check(project, "--output-format", "json-lines", ".")
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["path"], r["code"], r["line"], r["column"]) for r in records] == [
        (BROKEN, "TC102", 4, 8), (ROUNDED, "TC204", 4, 16)]
    assert all(CONTRACT_KEYS <= set(r) for r in records)
    assert records[1]["instance"]["name"] == "H100:4"


# --- github ----------------------------------------------------------------------------------

def test_github_escapes_as_the_actions_toolkit_does():
    assert escape_data("50% off\r\nnext: a, b") == "50%25 off%0D%0Anext: a, b"
    assert escape_property("dir,a:b%/config.yaml\n") == "dir%2Ca%3Ab%25/config.yaml%0A"


def test_github_annotations_use_repo_relative_paths_and_escape_them(tmp_path):
    workspace = tmp_path / "workspace"
    odd = workspace / "models" / "a,b:c%d"
    odd.mkdir(parents=True)
    (odd / "config.yaml").write_text("model_name: m\nresources:\n  cpu: 4\n")
    subdir = workspace / "models"
    proc = run_cli("check", "./a,b:c%d/config.yaml", cwd=subdir,
                   env={"GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(workspace)})
    assert proc.returncode == 1
    command = proc.stdout.splitlines()[0]
    assert command.startswith("::error file=models/a%2Cb%3Ac%25d/config.yaml,line=3,endLine=3,col=8,endColumn=9,"
                              "title=TC102 invalid-type::`resources.cpu`: cpu must be a YAML string")
    assert '%0Ahelp: quote it: cpu: "4"%0Ainstance: unknown: `resources` is invalid' in command
    # Everything after the command is plain log: the instance per file and the summary.
    assert proc.stdout.splitlines()[1:3] == ["models/a,b:c%d/config.yaml → unknown: `resources` is invalid",
                                             "Found 1 problem (1 error) in 1 file; 1 fixable with --fix."]


def test_github_levels(project):
    proc = check(project, "--output-format", "github", ".", env={"GITHUB_WORKSPACE": str(project)})
    commands = [line.split(" ", 1)[0] for line in proc.stdout.splitlines() if line.startswith("::")]
    assert commands == ["::error", "::warning"]
    assert f"file={ROUNDED.replace(':', '%3A')},line=4,endLine=4,col=16,endColumn=22" in proc.stdout


# --- sarif -----------------------------------------------------------------------------------

def test_sarif_is_valid_against_the_official_schema(project):
    proc = check(project, "--output-format", "sarif", ".", env={"GITHUB_WORKSPACE": str(project)})
    assert proc.returncode == 1
    log = json.loads(proc.stdout)
    schema = json.loads(SARIF_SCHEMA.read_text())
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []

    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules[:len(registry().rules)]] == [r.code for r in registry().rules]
    by_id = {r["id"]: r for r in rules}
    tc102 = by_id["TC102"]
    assert tc102["name"] == "invalid-type" and tc102["defaultConfiguration"] == {"level": "error"}
    assert tc102["shortDescription"]["text"] and "What it does" in tc102["fullDescription"]["text"]
    assert tc102["helpUri"].endswith("/docs/rules.md#tc102-invalid-type")
    assert by_id["TC206"]["defaultConfiguration"]["level"] == "note"  # info → note

    first, second = run["results"]
    assert first["ruleId"] == "TC102" and rules[first["ruleIndex"]]["id"] == "TC102" and first["level"] == "error"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == BROKEN and location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert location["region"] == {"startLine": 4, "startColumn": 8, "endLine": 4, "endColumn": 9}
    assert first["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "resources.cpu"
    assert second["level"] == "warning" and second["properties"]["instance"]["name"] == "H100:4"
    assert [a["location"]["uri"] for a in run["artifacts"]] == [BROKEN, GOOD, ROUNDED]
    # The fingerprint follows the key, not the line: adding a comment on top keeps it.
    broken = project / BROKEN
    broken.write_text("# moved down a line\n" + broken.read_text())
    again = json.loads(check(project, "--output-format", "sarif", BROKEN, env={"GITHUB_WORKSPACE": str(project)})
                       .stdout)["runs"][0]["results"][0]
    assert again["locations"][0]["physicalLocation"]["region"]["startLine"] == 5
    assert again["partialFingerprints"] == first["partialFingerprints"]


def test_sarif_with_no_findings_is_valid_and_empty(project):
    log = json.loads(check(project, "--output-format", "sarif", GOOD).stdout)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text())).validate(log)
    assert log["runs"][0]["results"] == []


# --- junit -----------------------------------------------------------------------------------

def test_junit_has_a_testcase_per_finding_and_one_per_clean_file(project):
    proc = check(project, "--output-format", "junit", "models", "unrelated/config.yaml")
    root = ET.fromstring(proc.stdout)
    suite = root.find("testsuite")
    assert suite.get("tests") == "4" and suite.get("failures") == "2" and suite.get("skipped") == "1"
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert set(cases) == {f"{BROKEN}::TC102:4", GOOD, f"{ROUNDED}::TC204:4", "unrelated/config.yaml"}
    assert all(len(case.findall("failure")) <= 1 for case in cases.values())
    assert cases[f"{BROKEN}::TC102:4"].get("file") == BROKEN and cases[f"{BROKEN}::TC102:4"].get("line") == "4"
    (failure,) = cases[f"{BROKEN}::TC102:4"].findall("failure")
    assert failure.get("type") == "TC102 invalid-type"
    assert failure.get("message").startswith(f"{BROKEN}:4:8: TC102 [error] `resources.cpu`")
    assert 'help: quote it: cpu: "4"' in failure.text
    assert cases[GOOD].findall("failure") == [] and "A10Gx4x16" in cases[GOOD].find("system-out").text
    assert cases["unrelated/config.yaml"].find("skipped").get("message").startswith("not a Truss config")


def test_junit_survives_characters_xml_cannot_hold(tmp_path):
    (tmp_path / "config.yaml").write_bytes(b"model_name: m\nresources:\n  accelerator: \"A\\x00G\"\n")
    proc = run_cli("check", "--output-format", "junit", "config.yaml", cwd=tmp_path)
    ET.fromstring(proc.stdout)  # parses


# --- statistics, output file, colour ---------------------------------------------------------

def test_statistics_counts_per_rule(project):
    proc = check(project, "--statistics", ".")
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == ["1  TC102  invalid-type          [1 fixable]",
                                        "1  TC204  gpu-count-rounded-up", SUMMARY]
    as_json = json.loads(check(project, "--statistics", "--output-format", "json", ".").stdout)
    assert as_json == [{"code": "TC102", "name": "invalid-type", "count": 1, "fixable": 1},
                       {"code": "TC204", "name": "gpu-count-rounded-up", "count": 1, "fixable": 0}]


def test_output_file_gets_the_report_and_stdout_stays_empty(project):
    proc = check(project, "--output-format", "sarif", "--output-file", "out.sarif", ".")
    assert proc.returncode == 1 and proc.stdout == ""
    assert json.loads((project / "out.sarif").read_text())["version"] == "2.1.0"


def run_in_terminal(args: list[str], cwd: Path, env: dict) -> tuple[int, str]:
    """Run the console script with its stdout on a pseudo-terminal, as in an interactive shell."""
    import pty

    try:
        master, slave = pty.openpty()
    except OSError as error:  # a sandbox without /dev/ptmx
        pytest.skip(f"no pseudo-terminal: {error}")
    proc = subprocess.Popen([console_script(), *args], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=slave, stderr=subprocess.PIPE)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    proc.wait(timeout=60)
    return proc.returncode, b"".join(chunks).decode().replace("\r\n", "\n")


@pytest.fixture
def terminal_env() -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "GITHUB_ACTIONS", "TRUSS_LINT_OUTPUT_FORMAT", "FORCE_COLOR")}
    return env


def test_terminal_gets_full_output_in_colour(project, terminal_env):
    status, out = run_in_terminal(["check", "."], project, terminal_env)
    assert status == 1
    assert "\x1b[1;31merror[TC102]\x1b[0m" in out
    plain = ANSI.sub("", out)
    assert f"--> {BROKEN}:4:8" in plain and "4 |   cpu: 4" in plain


def test_no_color_turns_colour_off_even_on_a_terminal(project, terminal_env):
    status, out = run_in_terminal(["check", "."], project, {**terminal_env, "NO_COLOR": "1"})
    assert status == 1 and "\x1b[" not in out
    assert f"--> {BROKEN}:4:8" in out  # still the full format
    _, flagged = run_in_terminal(["check", "--no-color", "."], project, terminal_env)
    assert "\x1b[" not in flagged


def test_github_actions_wins_over_the_terminal(project, terminal_env):
    _, out = run_in_terminal(["check", "."], project, {**terminal_env, "GITHUB_ACTIONS": "true"})
    assert out.startswith("::error file=") and "\x1b[" not in out


def test_machine_formats_are_never_coloured(project, terminal_env):
    _, out = run_in_terminal(["check", "--output-format", "json", "."], project, terminal_env)
    assert "\x1b[" not in out
    json.loads(out)


# --- stdin for editors -----------------------------------------------------------------------

def test_stdin_is_linted_as_the_named_file(project):
    text = (project / BROKEN).read_text()
    proc = check(project, "--output-format", "concise", "-", "--stdin-filename", BROKEN, input=text)
    assert proc.returncode == 1
    assert proc.stdout.startswith(f"{BROKEN}:4:8: TC102 [error]")
    alone = check(project, "--output-format", "concise", "--stdin-filename", BROKEN, input=text)
    assert alone.stdout == proc.stdout  # --stdin-filename alone reads standard input


def test_stdin_is_linted_even_when_it_does_not_look_like_truss(project):
    # The editor chose to lint this buffer: content sniffing is for walking directories.
    text = (project / "unrelated/config.yaml").read_text()
    proc = check(project, "--output-format", "concise", "-", "--stdin-filename", "unrelated/config.yaml",
                 input=text)
    assert proc.returncode == 1 and "unrelated/config.yaml:2:1: TC101 [error] unknown key `database`" in proc.stdout


def test_stdin_uses_the_configuration_closest_to_the_named_path(project):
    (project / "models" / ".truss-lint.toml").write_text('ignore = ["invalid-type"]\n')
    text = (project / BROKEN).read_text()
    inside = check(project, "--output-format", "json", "-", "--stdin-filename", BROKEN, input=text)
    assert inside.returncode == 0, inside.stderr
    assert json.loads(inside.stdout)["files"][0]["diagnostics"] == []
    outside = check(project, "--output-format", "json", "-", "--stdin-filename", "config.yaml", input=text)
    assert [d["code"] for d in json.loads(outside.stdout)["files"][0]["diagnostics"]] == ["TC102"]


# --- editor integration files ----------------------------------------------------------------

def test_vscode_problem_matcher_parses_real_concise_output(project):
    tasks = json.loads((REPO / "editors" / "vscode" / "tasks.json").read_text())
    concise = check(project, "--output-format", "concise", ".").stdout
    expected = json.loads(check(project, "--output-format", "json-lines", ".").stdout.replace("\n", ",")
                          .rstrip(",").join("[]"))
    for task in tasks["tasks"]:
        assert task["command"] == "truss-lint" and task["args"][:3] == ["check", "--output-format", "concise"]
        matcher = task["problemMatcher"]
        pattern = matcher["pattern"]
        regexp = re.compile(pattern["regexp"])
        found = []
        for line in concise.splitlines():
            match = regexp.match(line)
            if match:
                found.append({key: match.group(pattern[key]) for key in
                              ("file", "line", "column", "code", "severity", "message")})
        assert [(f["file"], int(f["line"]), int(f["column"]), f["code"], f["severity"], f["message"])
                for f in found] == [(d["path"], d["line"], d["column"], d["code"], d["severity"], d["message"])
                                    for d in expected]


def test_nvim_linter_reads_only_contract_fields():
    source = (REPO / "editors" / "nvim" / "truss_lint.lua").read_text()
    assert '"--output-format",\n    "json"' in source and '"--stdin-filename"' in source
    used = set(re.findall(r"\bd\.(\w+)", source))
    assert used and used <= CONTRACT_KEYS | {"help"}


def test_github_actions_example_is_a_valid_workflow():
    path = REPO / "editors" / "github-actions" / "truss-lint.yml"
    workflow = yaml.safe_load(path.read_text())
    runs = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert "truss-lint check ." in runs
    assert any("--output-format sarif" in run for run in runs)
    checker = shutil.which("check-jsonschema") or str(Path(console_script()).parent / "check-jsonschema")
    if not Path(checker).exists():
        pytest.skip("check-jsonschema is not installed")
    proc = subprocess.run([checker, "--builtin-schema", "vendor.github-workflows", str(path)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_editor_docs_name_the_shipped_files():
    doc = (REPO / "docs" / "editors.md").read_text()
    for shipped in ("editors/vscode/tasks.json", "editors/nvim/truss_lint.lua", "editors/github-actions/truss-lint.yml",
                    "truss-lint schema > .truss-config.schema.json", "# yaml-language-server: $schema=",
                    "yaml.schemas", "--stdin-filename"):
        assert shipped in doc, shipped
