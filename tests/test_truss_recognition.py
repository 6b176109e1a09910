"""Which config.yaml files are Truss configs: near-misses of Truss's keys and a truss directory
count; a file named explicitly that is still skipped says so on stderr; --force-truss and
`include` lint such files anyway (issue 12, point 6). Run through the installed console script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from truss_lint.discovery import edit_distance, near_miss_key

NOT_TRUSS = "server:\n  port: 8080\nname: web\n"


def write(root: Path, relative: str, text: str = "") -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def linted_paths(*args: str, cwd: Path) -> tuple[int, list[str], str]:
    proc = run_cli("check", "--output-format", "json", *args, cwd=cwd)
    assert proc.returncode in (0, 1, 2), proc.stderr
    files = json.loads(proc.stdout)["files"] if proc.stdout else []
    return proc.returncode, [f["path"] for f in files if "skipped" not in f], proc.stderr


@pytest.mark.parametrize("typo", ["model_nmae: my-model", "python_versoin: py311", "requirments_file: r.txt",
                                  "model_metdata:\n  tags: [x]", "system_pakages: [ffmpeg]"])
def test_a_typo_of_a_truss_key_makes_a_truss_config(tmp_path, typo):
    write(tmp_path, "model/config.yaml", f"{typo}\nresources:\n  cpu: '1'\n")
    status, paths, _ = linted_paths(".", cwd=tmp_path)
    assert paths == ["model/config.yaml"] and status == 1  # the typo itself is an unknown key


@pytest.mark.parametrize("layout", [["model/model.py"], ["model/", "packages/"], ["packages/", "data/"]])
def test_a_truss_directory_layout_makes_a_truss_config(tmp_path, layout):
    write(tmp_path, "my-truss/config.yaml", NOT_TRUSS)
    for part in layout:
        (tmp_path / "my-truss" / part).mkdir(parents=True, exist_ok=True) if part.endswith("/") \
            else write(tmp_path, f"my-truss/{part}")
    assert linted_paths(".", cwd=tmp_path)[1] == ["my-truss/config.yaml"]


@pytest.mark.parametrize("layout", [[], ["data/"], ["packages/"]])
def test_another_tools_config_stays_skipped(tmp_path, layout):
    write(tmp_path, "app/config.yaml", NOT_TRUSS + "secret: x\nweight: 3\nmodel_path: /m\n")
    for part in layout:
        (tmp_path / "app" / part).mkdir(parents=True)
    status, paths, stderr = linted_paths(".", cwd=tmp_path)
    assert (status, paths, stderr) == (0, [], "")  # found by walking: skipped silently


def test_a_skipped_explicit_file_says_so_on_stderr_in_one_line(tmp_path):
    write(tmp_path, "config.yaml", NOT_TRUSS)
    proc = run_cli("check", "config.yaml", cwd=tmp_path)
    assert proc.returncode == 0
    (line,) = proc.stderr.splitlines()
    assert line.startswith("truss-lint: config.yaml: skipped: not a Truss config") and "--force-truss" in line


def test_force_truss_lints_a_file_that_does_not_look_like_truss(tmp_path):
    write(tmp_path, "app/config.yaml", NOT_TRUSS)
    status, paths, stderr = linted_paths("--force-truss", "app/config.yaml", cwd=tmp_path)
    assert (status, paths, stderr) == (1, ["app/config.yaml"], "")  # `server`, `name`: unknown keys
    assert linted_paths("--force-truss", ".", cwd=tmp_path)[1] == ["app/config.yaml"]


def test_include_in_the_settings_lints_matching_files_only(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.truss-lint]\ninclude = ["legacy/*"]\n')
    write(tmp_path, "legacy/a/config.yaml", NOT_TRUSS)
    write(tmp_path, "other/config.yaml", NOT_TRUSS)
    assert linted_paths(".", cwd=tmp_path)[1] == ["legacy/a/config.yaml"]


def test_include_must_be_a_list_of_globs(tmp_path):
    write(tmp_path, ".truss-lint.toml", 'include = "legacy/*"\n')
    write(tmp_path, "config.yaml", "model_name: m\n")
    proc = run_cli("check", "config.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and "include" in proc.stderr


def test_an_unreadable_explicit_file_is_exit_2(tmp_path):
    path = write(tmp_path, "config.yaml", NOT_TRUSS)
    path.chmod(0)
    try:
        if path.open("rb"):  # running as root: permissions do not stop reading
            pytest.skip("permissions are not enforced for this user")
    except PermissionError:
        pass
    try:
        proc = run_cli("check", "config.yaml", cwd=tmp_path)
    finally:
        path.chmod(0o644)
    assert proc.returncode == 2 and "config.yaml" in proc.stderr


def test_near_miss_distance_counts_a_swap_as_one_edit():
    assert edit_distance("model_nmae", "model_name") == 1
    assert edit_distance("python_versoin", "python_version") == 1
    assert edit_distance("model_path", "model_name") == 3
    assert near_miss_key("name: x\nmodel_path: y\n") is None
    assert near_miss_key("  model_nmae: nested\n") is None  # only top-level keys
