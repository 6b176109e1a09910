"""The installed console script end to end: exit codes, the JSON contract, discovery, errors."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO, run_cli, run_json

GOOD = "model_name: m\nresources:\n  accelerator: A10G\n  cpu: '3'\n  memory: 14Gi\n"
BAD = "model_name: m\nresources:\n  cpu: 4\n"
INSTANCE_KEYS = {"name", "vcpu", "memory_gib", "gpu_type", "gpu_count", "vram_gib_per_gpu", "price_per_minute_usd"}
DIAGNOSTIC_KEYS = {"code", "name", "severity", "message", "line", "column", "end_line", "end_column", "key_path",
                   "instance"}


def write(directory, relative, text):
    path = directory / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_good_config_exits_0_and_names_the_instance(tmp_path):
    write(tmp_path, "config.yaml", GOOD)
    proc = run_cli("check", "--show-ok", "config.yaml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "A10Gx4x16 (4 vCPU, 16 GiB RAM, 1× A10G 24 GiB VRAM) at $0.02012/min" in proc.stdout
    assert "catalog as of 2026-07-03" in proc.stdout


def test_error_exits_1_with_position_and_instance(tmp_path):
    write(tmp_path, "config.yaml", BAD)
    # `text` (concise lines plus help and instance): the non-terminal default is bare `concise`.
    proc = run_cli("check", "--output-format", "text", "config.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    assert 'config.yaml:3:8: TC102 [error] [*] `resources.cpu`: cpu must be a YAML string' in proc.stdout
    assert 'quote it: cpu: "4"' in proc.stdout


def test_json_shape_is_the_contract(tmp_path):
    write(tmp_path, "a/config.yaml", BAD)
    write(tmp_path, "b/config.yaml", "model_name: m\nresources:\n  accelerator: L4\n  memory: 20Gi\n  gpu: 1\n")
    status, report = run_json("a", "b", cwd=tmp_path)
    assert status == 1
    assert report["version"] == 1 and report["catalog_as_of"] == "2026-07-03"
    paths = [f["path"] for f in report["files"]]
    assert paths == ["a/config.yaml", "b/config.yaml"]  # relative stays relative
    first, second = report["files"]
    assert first["instance"] is None
    assert INSTANCE_KEYS <= set(second["instance"]) and second["instance"]["name"] == "L4:2x24x96"
    for file in report["files"]:
        for diagnostic in file["diagnostics"]:
            assert DIAGNOSTIC_KEYS <= set(diagnostic)
            assert diagnostic["severity"] in ("error", "warning", "info")
    unknown = next(d for d in second["diagnostics"] if d["name"] == "unknown-key")
    assert unknown["key_path"] == ["resources", "gpu"] and unknown["line"] == 5 and unknown["column"] == 3
    assert unknown["instance"]["name"] == "L4:2x24x96"


def test_directories_recurse_and_skip_non_truss_and_vendored(tmp_path):
    write(tmp_path, "model/config.yaml", GOOD)
    write(tmp_path, "model/config.yml", GOOD)
    write(tmp_path, "other/config.yaml", "server:\n  port: 8080\n")
    write(tmp_path, "node_modules/x/config.yaml", BAD)
    write(tmp_path, ".git/config.yaml", BAD)
    write(tmp_path, "venv/pyvenv.cfg", "home = /usr\n")
    write(tmp_path, "venv/lib/config.yaml", BAD)
    status, report = run_json(".", cwd=tmp_path)
    assert status == 0
    assert [f["path"] for f in report["files"]] == ["model/config.yaml", "model/config.yml"]


def test_explicit_non_truss_file_is_skipped_with_a_note(tmp_path):
    write(tmp_path, "config.yaml", "server:\n  port: 8080\n")
    proc = run_cli("check", "config.yaml", cwd=tmp_path)
    assert proc.returncode == 0 and "config.yaml: skipped: not a Truss config" in proc.stderr
    assert "skipped" not in proc.stdout


def test_no_instance_is_reported_with_the_constraint(tmp_path):
    write(tmp_path, "config.yaml", "model_name: m\nresources:\n  cpu: '24'\n")
    status, report = run_json("config.yaml", cwd=tmp_path)
    [file] = report["files"]
    assert status == 1 and file["instance"] is None
    [diagnostic] = file["diagnostics"]
    assert diagnostic["name"] == "no-matching-instance"
    assert "no instance without a GPU has 24 vCPU; the largest is 16x64" in diagnostic["message"]


def test_usage_and_io_errors_exit_2_with_one_line(tmp_path):
    for args in (["check", "missing.yaml"], ["check", "--fail-on", "bogus", "."], ["check", "--select", "nope", "."],
                 ["check", "--catalog", "missing.yaml", "."], ["check", "--output-format", "xml", "."]):
        proc = run_cli(*args, cwd=tmp_path)
        assert proc.returncode == 2, args
        assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr, proc.stderr


def test_bad_catalog_is_a_clear_exit_2(tmp_path):
    write(tmp_path, "config.yaml", GOOD)
    write(tmp_path, "catalog.yaml", "as_of: '2026-11-01'\ninstances:\n  - {name: x, vcpu: four}\n")
    proc = run_cli("check", "--catalog", "catalog.yaml", "config.yaml", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.startswith("truss-lint: error: catalog.yaml: invalid catalog")


def test_custom_catalog_replaces_the_builtin(tmp_path):
    write(tmp_path, "config.yaml", "model_name: m\nresources:\n  accelerator: L40S\n")
    write(tmp_path, "catalog.yaml", """
as_of: "2026-11-01"
instances:
  - {name: "L40S:8x64", vcpu: 8, memory_gib: 64, gpu_type: L40S, gpu_count: 1, vram_gib_per_gpu: 48,
     price_per_minute_usd: 0.03}
""")
    status, report = run_json("--catalog", "catalog.yaml", "config.yaml", cwd=tmp_path)
    assert status == 0 and report["catalog_as_of"] == "2026-11-01"
    assert report["files"][0]["instance"]["name"] == "L40S:8x64"
    status, report = run_json("config.yaml", cwd=tmp_path)  # the public catalog has no L40S
    assert status == 1 and "private listing" in report["files"][0]["diagnostics"][0]["message"]


def test_fail_on_and_exit_zero(tmp_path):
    write(tmp_path, "config.yaml", "model_name: m\nresources:\n  memory: 16Gi\n  memory: 2Gi\n")  # a warning only
    assert run_cli("check", "config.yaml", cwd=tmp_path).returncode == 0
    assert run_cli("check", "--fail-on", "warning", "config.yaml", cwd=tmp_path).returncode == 1
    assert run_cli("check", "--fail-on", "warning", "--exit-zero", "config.yaml", cwd=tmp_path).returncode == 0


def test_select_and_ignore(tmp_path):
    write(tmp_path, "config.yaml", BAD)
    assert run_cli("check", "--ignore", "invalid-type", "config.yaml", cwd=tmp_path).returncode == 0
    assert run_cli("check", "--select", "TC2", "config.yaml", cwd=tmp_path).returncode == 0
    assert run_cli("check", "--select", "TC1", "config.yaml", cwd=tmp_path).returncode == 1


def test_schema_command_prints_the_shipped_schema():
    proc = run_cli("schema")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == json.loads((REPO / "schemas" / "truss-config.schema.json").read_text())


def test_python_dash_m_and_version():
    proc = subprocess.run([sys.executable, "-m", "truss_lint", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("truss-lint ")


def test_rules_and_rule_commands():
    proc = run_cli("rules")
    assert proc.returncode == 0 and "TC201  no-matching-instance" in proc.stdout
    proc = run_cli("rule", "no-matching-instance")
    assert proc.returncode == 0 and "What it does" in proc.stdout
    assert run_cli("rule", "nope").returncode == 2


def test_check_imports_no_test_only_dependency(tmp_path):
    write(tmp_path, "config.yaml", GOOD)
    code = ("import sys; from truss_lint.cli import run_check; run_check(['config.yaml']); "
            "print(sorted(m for m in ('typer', 'jsonschema', 'ruamel', 'pydantic') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert proc.stdout.strip().splitlines()[-1] == "[]"
