"""Hostile and broken inputs: truss-lint never crashes, hangs, executes code or exhausts memory.

Each case goes through the installed `truss-lint` (a subprocess with a timeout, so a hang fails
the test instead of stalling the suite) and, where the library is the contract, `lint_bytes`.
The limits themselves are documented in docs/limits.md.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import console_script, run_cli
from truss_lint.engine import lint_bytes
from truss_lint.yaml_loader import MAX_DEPTH, MAX_EXPANDED_NODES, MAX_FILE_BYTES
from truss_lint.settings import Settings

# A config with several findings on known lines, to compare encodings of the same text.
CONFIG = """\
model_name: hostile-test
python_version: py311
resources:
  cpu: 4
  memory: 16GB
  accelerator: A10G
  use_gpu: true
requirement:
  - torch
environment_variables:
  LOG_LEVEL: INFO
"""
BUDGET_SECONDS = 20  # for one CLI run on a hostile file; real runs take well under a second


def check_json(*paths: str, cwd: Path, stdin: bytes | None = None) -> tuple[subprocess.CompletedProcess, dict]:
    proc = run_cli("check", "--output-format", "json", *paths, cwd=cwd, input=stdin, timeout=BUDGET_SECONDS)
    assert "Traceback" not in _text(proc.stderr), _text(proc.stderr)
    assert proc.returncode in (0, 1, 2), proc
    report = json.loads(proc.stdout) if proc.returncode in (0, 1) else {}
    return proc, report


def _text(output: str | bytes) -> str:
    return output.decode("utf-8", "replace") if isinstance(output, bytes) else output


def findings(report: dict) -> list[tuple]:
    """What a user reads: code, position and message of every diagnostic, per file in order."""
    return [(d["code"], d["line"], d["column"], d["message"]) for f in report["files"] for d in f["diagnostics"]]


def messages(report: dict) -> str:
    return "\n".join(d["message"] for f in report["files"] for d in f["diagnostics"])


def write_bytes(directory: Path, relative: str, data: bytes) -> Path:
    path = directory / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- YAML bombs


def billion_laughs(levels: int = 9) -> bytes:
    lines = ["model_name: bomb", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return ("\n".join(lines) + "\n").encode()


def test_billion_laughs_is_refused_quickly_with_a_clear_diagnostic(tmp_path):
    write_bytes(tmp_path, "config.yaml", billion_laughs())
    started = time.monotonic()
    proc, report = check_json("config.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    assert f"more than {MAX_EXPANDED_NODES:,} nodes through aliases" in messages(report)
    assert time.monotonic() - started < BUDGET_SECONDS


def test_alias_bomb_in_the_library_is_bounded():
    started = time.monotonic()
    result = lint_bytes(billion_laughs(12), "config.yaml", Settings())
    assert time.monotonic() - started < 10
    assert [d.name for d in result.diagnostics] == ["invalid-yaml"]
    assert "alias bomb" in result.diagnostics[0].message


def test_a_recursive_alias_is_a_diagnostic():
    result = lint_bytes(b"model_name: x\nloop: &a [*a]\n", "config.yaml", Settings())
    assert [d.name for d in result.diagnostics] == ["invalid-yaml"]


@pytest.mark.parametrize("shape", ["flow-sequence", "flow-mapping", "block-sequence"])
def test_50000_deep_nesting_is_a_diagnostic_not_a_crash(tmp_path, shape):
    depth = 50_000
    body = {"flow-sequence": "[" * depth + "]" * depth,
            "flow-mapping": "{a: " * depth + "1" + "}" * depth,
            "block-sequence": "- " * depth + "x"}[shape]
    write_bytes(tmp_path, "config.yaml", f"model_name: deep\nnested: {body}\n".encode()
                if shape != "block-sequence" else f"model_name: deep\nnested:\n  {body}\n".encode())
    proc, report = check_json("config.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    assert "nesting" in messages(report) or "depth" in messages(report), messages(report)


def test_nesting_just_past_our_depth_limit_is_a_diagnostic():
    text = "model_name: deep\nnested: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n"
    result = lint_bytes(text.encode(), "config.yaml", Settings())
    assert [d.name for d in result.diagnostics] == ["invalid-yaml"]
    assert f"deeper than {MAX_DEPTH}" in result.diagnostics[0].message


def test_thousands_of_duplicate_keys_stay_fast():
    # Each duplicate used to rescan every recorded position: quadratic in the file size.
    distinct = "".join(f"k{i}: [1, 2]\n" for i in range(12_000))
    started = time.monotonic()
    result = lint_bytes(("model_name: dups\n" + distinct + distinct).encode(), "config.yaml", Settings())
    assert time.monotonic() - started < 15
    assert sum(d.name == "duplicate-key" for d in result.diagnostics) == 12_000


# --------------------------------------------------------------------------- size limit


def test_a_30_mb_file_is_refused_with_a_message(tmp_path):
    big = b"model_name: big\ncomment: |\n" + b"  " + b"x" * 100 + b"\n"
    big += (b"  " + b"y" * 100 + b"\n") * (30 * 1024 * 1024 // 103)
    assert len(big) > 30 * 1024 * 1024
    write_bytes(tmp_path, "config.yaml", big)
    proc, report = check_json("config.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    assert f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB" in messages(report)


@pytest.mark.parametrize("size, grows_by", [(0, 0), (100, 0), (1000, 0), (1001, 0), (5000, 0), (10, 50), (990, 500)])
def test_reading_stops_one_byte_past_the_limit_even_for_a_file_that_grows(tmp_path, monkeypatch, size, grows_by):
    """A config is read in one `os.read` sized to the file; one byte past the limit tells a file
    too large. A file that grew since its size was taken is read on, up to that byte."""
    from truss_lint import file_linting

    path = tmp_path / "config.yaml"
    content = bytes(range(256)) * 40
    path.write_bytes(content[:size + grows_by])
    real_fstat = os.fstat

    class Earlier:  # the size before the file grew
        def __init__(self, status):
            self.st_mode, self.st_size = status.st_mode, status.st_size - grows_by

    monkeypatch.setattr(file_linting.os, "fstat", lambda descriptor: Earlier(real_fstat(descriptor)))
    assert file_linting.read_config(str(path), limit=1000) == content[:min(size + grows_by, 1001)]


def test_a_30_mb_stream_on_stdin_is_refused_with_a_message(tmp_path):
    big = b"model_name: big\n" + b"# " + b"z" * (30 * 1024 * 1024) + b"\n"
    proc, report = check_json("-", cwd=tmp_path, stdin=big)
    assert proc.returncode == 1
    assert "larger than 10 MiB" in messages(report)


# --------------------------------------------------------------------------- bytes and encodings


@pytest.mark.parametrize("payload", [
    pytest.param(b"model_name: x\n" + bytes(range(256)) * 64, id="every-byte"),
    pytest.param(b"model_name: x\x00y\nresources:\n  cpu: '1'\n", id="nul-in-a-value"),
    pytest.param(b"model_name: x\n" + b"\x00" * 4096, id="nul-run"),
    pytest.param(b"model_name: ok\n\x7fELF\x02\x01\x01\x00\x00\x00", id="binary-tail"),
    pytest.param(b"model_name: \x1b[31mred\x1b[0m\n", id="terminal-escapes"),
])
def test_binary_content_in_a_truss_config_is_a_diagnostic(tmp_path, payload):
    write_bytes(tmp_path, "config.yaml", payload)
    proc, report = check_json("config.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    assert [d["code"] for f in report["files"] for d in f["diagnostics"]] == ["TC001"]
    result = lint_bytes(payload, "config.yaml", Settings())
    assert [d.code for d in result.diagnostics] == ["TC001"]


def test_a_binary_file_named_explicitly_is_a_finding_not_a_silent_pass(tmp_path):
    write_bytes(tmp_path, "config.yaml", bytes(range(256)) * 64 + b"\x00" * 4096)
    proc, report = check_json("config.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    assert [d["code"] for d in report["files"][0]["diagnostics"]] == ["TC001"]


def test_a_binary_config_yaml_found_by_walking_is_skipped_silently(tmp_path):
    write_bytes(tmp_path, "other/config.yaml", bytes(range(256)) * 64)
    proc, report = check_json(".", cwd=tmp_path)
    assert proc.returncode == 0 and report["files"] == [] and proc.stderr == ""


def test_invalid_utf8_names_the_byte_and_its_position(tmp_path):
    write_bytes(tmp_path, "config.yaml", b"model_name: ok\nresources:\n  cpu: '\xff1'\n")
    proc, report = check_json("config.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    (diagnostic,) = report["files"][0]["diagnostics"]
    assert "not valid UTF-8 (byte 0xff" in diagnostic["message"]
    assert (diagnostic["line"], diagnostic["column"]) == (3, 9)


@pytest.mark.parametrize("encode", [
    pytest.param(lambda text: b"\xef\xbb\xbf" + text.encode(), id="utf8-bom"),
    pytest.param(lambda text: text.replace("\n", "\r\n").encode(), id="crlf"),
    pytest.param(lambda text: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode(), id="bom-and-crlf"),
    pytest.param(lambda text: text.encode("utf-16"), id="utf16-bom"),
])
def test_bom_and_crlf_give_exactly_the_clean_files_findings(tmp_path, encode):
    write_bytes(tmp_path, "clean/config.yaml", CONFIG.encode())
    write_bytes(tmp_path, "other/config.yaml", encode(CONFIG))
    _, clean = check_json("clean/config.yaml", cwd=tmp_path)
    _, other = check_json("other/config.yaml", cwd=tmp_path)
    assert len(findings(clean)) >= 3
    assert findings(other) == findings(clean)
    assert other["files"][0]["instance"] == clean["files"][0]["instance"]


def test_an_empty_file_lints_clean_in_the_library_and_is_skipped_by_the_cli(tmp_path):
    assert lint_bytes(b"", "config.yaml", Settings()).diagnostics == []
    write_bytes(tmp_path, "config.yaml", b"")
    proc, report = check_json("config.yaml", cwd=tmp_path)
    assert proc.returncode == 0
    assert report["files"][0]["diagnostics"] == []


# --------------------------------------------------------------------------- the file system


def test_a_directory_named_config_yaml_is_not_read_as_a_file(tmp_path):
    (tmp_path / "project" / "config.yaml").mkdir(parents=True)
    write_bytes(tmp_path, "project/config.yaml/config.yaml", CONFIG.encode())
    for target in ("project", "project/config.yaml"):
        proc, report = check_json(target, cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr
        assert [f["path"] for f in report["files"]] == ["project/config.yaml/config.yaml"]


def test_a_fifo_named_config_yaml_does_not_hang(tmp_path):
    write_bytes(tmp_path, "good/config.yaml", CONFIG.encode())
    (tmp_path / "pipe").mkdir()
    os.mkfifo(tmp_path / "pipe" / "config.yaml")
    proc = run_cli("check", ".", cwd=tmp_path, timeout=BUDGET_SECONDS)
    assert proc.returncode == 2
    assert "pipe/config.yaml: not a regular file" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_symlink_loops_are_reported_not_followed(tmp_path):
    write_bytes(tmp_path, "good/config.yaml", CONFIG.encode())
    (tmp_path / "loop").mkdir()
    os.symlink("config.yaml", tmp_path / "loop" / "config.yaml")  # points at itself
    os.symlink("..", tmp_path / "loop" / "up")  # a directory cycle
    proc = run_cli("check", ".", cwd=tmp_path, timeout=BUDGET_SECONDS)
    assert proc.returncode == 2, proc.stderr
    assert "loop/config.yaml: cannot read: Too many levels of symbolic links" in proc.stderr
    assert "good/config.yaml" in proc.stdout  # the rest is still linted
    assert "Traceback" not in proc.stderr


def test_an_unreadable_file_is_an_io_error_not_a_traceback(tmp_path):
    path = write_bytes(tmp_path, "locked/config.yaml", CONFIG.encode())
    write_bytes(tmp_path, "open/config.yaml", CONFIG.encode())
    path.chmod(0)
    command = [console_script(), "check", "."]
    if os.geteuid() == 0:  # root reads anything: run without the capabilities that let it
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv to drop CAP_DAC_OVERRIDE")
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    try:
        proc = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=BUDGET_SECONDS,
                              env={**os.environ, "NO_COLOR": "1"})
    finally:
        path.chmod(0o644)
    assert proc.returncode == 2, proc
    assert "locked/config.yaml: cannot read: Permission denied" in proc.stderr
    assert "open/config.yaml" in proc.stdout  # the readable file is still linted
    assert "Traceback" not in proc.stderr


def test_a_missing_path_is_a_usage_error(tmp_path):
    proc = run_cli("check", "nowhere/config.yaml", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("truss-lint: error: nowhere/config.yaml: no such file or directory")


# --------------------------------------------------------------------------- code execution


@pytest.mark.parametrize("tag", [
    "!!python/object/apply:os.system",
    "!!python/object/new:os.system",
    "!!python/object/apply:subprocess.call",
    "!python/object/apply:os.system",
])
def test_python_tags_are_never_constructed(tmp_path, tag):
    marker = tmp_path / "pwned"
    command = f"touch {marker}"
    if "subprocess" in tag:
        text = f'model_name: x\nexploit: {tag} [["sh", "-c", "{command}"]]\n'
    else:
        text = f'model_name: x\nexploit: {tag} ["{command}"]\n'
    write_bytes(tmp_path, "config.yaml", text.encode())
    proc, report = check_json("config.yaml", cwd=tmp_path)
    result = lint_bytes(text.encode(), "config.yaml", Settings())
    assert not marker.exists()
    assert proc.returncode == 1
    assert "is not allowed" in messages(report)
    assert [d.code for d in result.diagnostics] == ["TC001"]


def test_python_name_and_module_tags_are_never_resolved():
    marker_module = "truss_lint_hostile_marker_module"
    text = (f"model_name: x\na: !!python/name:{marker_module}.attr ''\n"
            f"b: !!python/module:{marker_module} ''\n").encode()
    result = lint_bytes(text, "config.yaml", Settings())
    assert marker_module not in sys.modules
    assert [d.code for d in result.diagnostics] == ["TC001"]


def test_ctrl_c_stops_a_parallel_run_without_a_traceback_or_stray_workers(tmp_path):
    import signal

    for index in range(6000):  # about a second and a half of work
        (tmp_path / f"{index:04d}").mkdir()
        (tmp_path / f"{index:04d}" / "config.yaml").write_text(f"model_name: m{index}\nresources:\n  cpu: '1'\n")
    proc = subprocess.Popen([console_script(), "check", "--jobs", "2", "."], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(0.4)  # past start-up: walking, resolving settings or linting
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole process group
    stderr = proc.communicate(timeout=20)[1].decode()
    assert proc.returncode == 130 and stderr == "truss-lint: interrupted\n"
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)  # no worker left in the group
