"""Configuration files: discovery (closest wins, per linted file), precedence, validation."""

from __future__ import annotations

import pytest
from conftest import REPO, run_cli

# Three findings from core rules: unknown-key (TC101, error) on lines 3 and 4, duplicate-key
# (TC002, warning) on line 5.
CONFIG = "model_name: m\nresources:\n  gpu: 1\n  cpux: 2\nmodel_name: n\n"


def write(directory, relative, text):
    path = directory / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def findings(proc) -> list[str]:
    """`path:line:col: CODE [severity]` of each finding in concise output."""
    return [line.split("] ")[0] + "]" for line in proc.stdout.splitlines() if ": TC" in line or ": XP" in line]


def check(*args, cwd):
    return run_cli("check", "--output-format", "concise", *args, cwd=cwd)


ALL = ["config.yaml:3:3: TC101 [error]", "config.yaml:4:3: TC101 [error]", "config.yaml:5:1: TC002 [warning]"]


def test_defaults_without_configuration(tmp_path):
    write(tmp_path, "config.yaml", CONFIG)
    proc = check("config.yaml", cwd=tmp_path)
    assert findings(proc) == ALL and proc.returncode == 1


def test_pyproject_in_a_parent_directory_applies_whatever_the_cwd(tmp_path):
    write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.truss-lint]\nignore = ["unknown-key"]\n')
    write(tmp_path, "models/a/config.yaml", CONFIG)
    from_root = check("models/a/config.yaml", cwd=tmp_path)
    from_model = check("config.yaml", cwd=tmp_path / "models" / "a")
    from_elsewhere = check(str(tmp_path / "models/a/config.yaml"), cwd=REPO)
    assert findings(from_root) == ["models/a/config.yaml:5:1: TC002 [warning]"]
    assert findings(from_model) == ["config.yaml:5:1: TC002 [warning]"]
    assert [f.rsplit("/", 1)[-1] for f in findings(from_elsewhere)] == ["config.yaml:5:1: TC002 [warning]"]
    assert from_root.returncode == 0  # only a warning left


def test_closest_configuration_wins_whole_and_pyproject_without_section_is_passed_over(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.truss-lint]\nignore = ["unknown-key"]\n')
    write(tmp_path, "strict/.truss-lint.toml", 'ignore = ["duplicate-key"]\n')  # not merged with the parent
    write(tmp_path, "strict/config.yaml", CONFIG)
    write(tmp_path, "plain/pyproject.toml", '[project]\nname = "plain"\n')  # no [tool.truss-lint]
    write(tmp_path, "plain/config.yaml", CONFIG)
    proc = check("strict", "plain", cwd=tmp_path)
    assert findings(proc) == ["strict/config.yaml:3:3: TC101 [error]", "strict/config.yaml:4:3: TC101 [error]",
                              "plain/config.yaml:5:1: TC002 [warning]"]


def test_dotfile_beats_pyproject_in_the_same_directory(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.truss-lint]\nignore = ["unknown-key"]\n')
    write(tmp_path, ".truss-lint.toml", 'ignore = ["TC002"]\n')
    write(tmp_path, "config.yaml", CONFIG)
    assert findings(check("config.yaml", cwd=tmp_path)) == ALL[:2]


def test_command_line_overrides_the_file(tmp_path):
    write(tmp_path, ".truss-lint.toml", 'ignore = ["unknown-key"]\nseverity = {duplicate-key = "error"}\n'
                                        'fail-on = "warning"\n')
    write(tmp_path, "config.yaml", CONFIG)
    from_file = check("config.yaml", cwd=tmp_path)
    assert findings(from_file) == ["config.yaml:5:1: TC002 [error]"]
    # --extend-select turns back on what the file ignores; --severity beats the file's table.
    extended = check("--extend-select", "TC101", "--severity", "TC002=info", "config.yaml", cwd=tmp_path)
    assert findings(extended) == ALL[:2] + ["config.yaml:5:1: TC002 [info]"]
    # --select starts over: the file's `ignore` no longer applies.
    selected = check("--select", "unknown-key", "config.yaml", cwd=tmp_path)
    assert findings(selected) == ALL[:2]


def test_fail_on_from_the_file_and_the_flag(tmp_path):
    write(tmp_path, ".truss-lint.toml", 'select = ["duplicate-key"]\nfail-on = "warning"\n')
    write(tmp_path, "config.yaml", CONFIG)
    assert check("config.yaml", cwd=tmp_path).returncode == 1
    assert check("--fail-on", "error", "config.yaml", cwd=tmp_path).returncode == 0


def test_exclude_applies_to_walked_and_explicitly_named_files(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.truss-lint]\nexclude = ["legacy", "vendor/*/config.yaml"]\n')
    for directory in ("legacy/a", "vendor/b", "models/c"):
        write(tmp_path, f"{directory}/config.yaml", CONFIG)
    walked = check(".", cwd=tmp_path)
    named = check("legacy/a/config.yaml", "vendor/b/config.yaml", "models/c/config.yaml", cwd=tmp_path)
    for proc in (walked, named):  # pre-commit names the files: exclusion must still hold
        assert {f.split(":")[0] for f in findings(proc)} == {"models/c/config.yaml"}
        assert "in 1 file" in proc.stdout


def test_per_file_ignores(tmp_path):
    write(tmp_path, ".truss-lint.toml", '[per-file-ignores]\n"experiments/*" = ["TC1"]\n')
    write(tmp_path, "experiments/x/config.yaml", CONFIG)
    write(tmp_path, "prod/config.yaml", CONFIG)
    proc = check(".", cwd=tmp_path)
    assert findings(proc) == ["experiments/x/config.yaml:5:1: TC002 [warning]",
                              "prod/config.yaml:3:3: TC101 [error]", "prod/config.yaml:4:3: TC101 [error]",
                              "prod/config.yaml:5:1: TC002 [warning]"]


def test_catalog_path_is_relative_to_the_configuration_file(tmp_path):
    catalog = (REPO / "truss_lint" / "data" / "catalog.yaml").read_text()
    write(tmp_path, "catalogs/org.yaml", catalog.replace("as_of: '2026-07-03'", "as_of: '2099-01-01'"))
    write(tmp_path, "pyproject.toml", '[tool.truss-lint]\ncatalog = "catalogs/org.yaml"\n')
    write(tmp_path, "m/config.yaml", "model_name: m\n")
    proc = check("--show-ok", "config.yaml", cwd=tmp_path / "m")  # run from below: the path still resolves
    assert "catalog as of 2099-01-01" in proc.stdout, proc.stdout + proc.stderr


def test_config_and_isolated_flags(tmp_path):
    write(tmp_path, ".truss-lint.toml", 'ignore = ["TC1"]\n')
    write(tmp_path, "other.toml", 'ignore = ["TC002"]\n')
    write(tmp_path, "config.yaml", CONFIG)
    assert findings(check("--config", "other.toml", "config.yaml", cwd=tmp_path)) == ALL[:2]
    assert findings(check("--isolated", "config.yaml", cwd=tmp_path)) == ALL
    both = check("--isolated", "--config", "other.toml", "config.yaml", cwd=tmp_path)
    assert both.returncode == 2 and "exclude each other" in both.stderr


def test_show_settings_names_the_file_and_the_result(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.truss-lint]\nignore = ["TC1"]\ntarget-truss-version = "0.9.50"\n'
                                      'severity = {TC002 = "error"}\n')
    write(tmp_path, "config.yaml", CONFIG)
    proc = run_cli("check", "--show-settings", "config.yaml", cwd=tmp_path)
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[:2] == ["path: config.yaml", "config: pyproject.toml [tool.truss-lint]"]
    assert "  TC002 duplicate-key: error" in lines and "  TC101 unknown-key: off" in lines
    assert "target-truss-version: 0.9.50" in lines


BAD_CONFIGS = [
    ('selct = ["TC2"]', "unknown key `selct`; did you mean `select`?"),
    ('extend_select = ["TC2"]', "unknown key `extend_select`; did you mean `extend-select`?"),
    ("exit-zero = true", "unknown key `exit-zero`: it is a command-line flag only (--exit-zero)"),
    ('select = "TC2"', '`select` must be a list of strings, like ["TC2", "unknown-key"], not a string'),
    ('ignore = ["TC9"]', "`ignore`: no rule matches `TC9`"),
    ('ignore = ["unknown-kye"]', "`ignore`: no rule matches `unknown-kye`; did you mean `unknown-key`?"),
    ('severity = {TC101 = "warn"}', "`severity.TC101` must be one of info, warning, error, not `warn`"),
    ('fail-on = 1', "`fail-on` must be one of info, warning, error, not an integer"),
    ('target-truss-version = "latest"', "`target-truss-version`: invalid Truss version 'latest'"),
    ('catalog = "nope.yaml"', "`catalog`: no such file: nope.yaml"),
    ('[per-file-ignores]\n"a/*" = "TC1"', '`per-file-ignores` "a/*" must be a list of strings'),
]


@pytest.mark.parametrize("body,message", BAD_CONFIGS, ids=[b.split()[0] for b, _ in BAD_CONFIGS])
@pytest.mark.parametrize("file_name", [".truss-lint.toml", "pyproject.toml"])
def test_bad_keys_and_values_are_one_line_exit_2(tmp_path, body, message, file_name):
    text = f"[tool.truss-lint]\n{body.replace('[per-file-ignores]', '[tool.truss-lint.per-file-ignores]')}\n" \
        if file_name == "pyproject.toml" else body + "\n"
    write(tmp_path, file_name, text)
    write(tmp_path, "config.yaml", CONFIG)
    proc = check("config.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    section = " [tool.truss-lint]" if file_name == "pyproject.toml" else ""
    assert line.startswith(f"truss-lint: error: {file_name}:{section} "), line
    assert message in line


def test_invalid_toml_names_the_file_and_position(tmp_path):
    write(tmp_path, "pyproject.toml", "[tool.truss-lint\n")
    write(tmp_path, "config.yaml", CONFIG)
    proc = check("config.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("truss-lint: error: pyproject.toml: invalid TOML: ")
    assert "(at line 1, column 17)" in proc.stderr


def test_standard_input_takes_the_settings_of_its_stdin_filename(tmp_path):
    write(tmp_path, "sub/.truss-lint.toml", 'ignore = ["TC1"]\nexclude = ["legacy"]\n')
    named = run_cli("check", "--output-format", "concise", "-", "--stdin-filename", "sub/m/config.yaml",
                    input=CONFIG, cwd=tmp_path)
    assert findings(named) == ["sub/m/config.yaml:5:1: TC002 [warning]"]
    excluded = run_cli("check", "--output-format", "concise", "-", "--stdin-filename", "sub/legacy/config.yaml",
                       input=CONFIG, cwd=tmp_path)
    assert findings(excluded) == [] and excluded.returncode == 0


def test_configuration_is_looked_up_from_where_a_symlink_leads(tmp_path):
    """A model directory reached through a symlinked directory, or a symlinked config file, takes
    the configuration of the real location (as os.path.realpath sees it)."""
    write(tmp_path, "real/.truss-lint.toml", 'ignore = ["unknown-key"]\n')
    write(tmp_path, "real/models/a/config.yaml", CONFIG)
    (tmp_path / "linked").mkdir()
    (tmp_path / "linked" / "models").symlink_to(tmp_path / "real" / "models")
    (tmp_path / "linked" / "file").mkdir()
    (tmp_path / "linked" / "file" / "config.yaml").symlink_to(tmp_path / "real" / "models" / "a" / "config.yaml")
    for path in ("linked/models/a/config.yaml", "linked/file/config.yaml", "linked/models/a/../a/config.yaml"):
        proc = check(path, cwd=tmp_path)
        assert findings(proc) == [f"{path}:5:1: TC002 [warning]"], path
    proc = check("linked", cwd=tmp_path)  # walking follows a symlinked file, not a symlinked directory
    assert findings(proc) == ["linked/file/config.yaml:5:1: TC002 [warning]"]
