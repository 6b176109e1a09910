"""Line-based reports are written file by file (truss_lint.streaming) so memory stays flat on big
trees. What a user sees must not change: stdout is byte for byte the report rendered at the end
(`--output-file` still renders the whole report at once), with one process or several, and the
exit status is the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from truss_lint import streaming
from truss_lint.output import ReportOptions, render

CONFIGS = [
    "model_name: ok\nresources:\n  cpu: '1'\n  memory: 2Gi\n",
    "model_name: gpu\nresources:\n  accelerator: A100\n  use_gpu: false\n",
    "model_name: typo\nrequirement:\n  - torch\nresources:\n  accelerator: H100:3\n  use_gpu: true\n",
    "model_name: secret\nenvironment_variables:\n  HF_TOKEN: hf_abcdefghijklmnopqrstuvwxyz0123456789\n",
    "model_name: [broken\n",
    "model_name: fine\nresources:\n  accelerator: L4\n  use_gpu: true\n",
]


def _tree(root: Path, count: int) -> Path:
    for index in range(count):
        path = root / f"m{index:03d}" / "config.yaml"
        path.parent.mkdir(parents=True)
        path.write_text(CONFIGS[index % len(CONFIGS)], encoding="utf-8")
    (root / "notes.yaml").write_text("title: not a truss config\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("output_format", sorted(streaming.STREAMED_FORMATS))
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_streamed_report_is_the_rendered_report(tmp_path, output_format, jobs):
    _tree(tmp_path / "tree", 70)  # with 2 jobs: two chunks of files in the workers
    args = ("check", "--output-format", output_format, "--jobs", jobs, "tree", "tree/notes.yaml")
    streamed = run_cli(*args, cwd=tmp_path)
    whole = run_cli(*args, "--output-file", "report.txt", cwd=tmp_path)
    assert streamed.returncode == whole.returncode == 1
    assert streamed.stdout == (tmp_path / "report.txt").read_text(encoding="utf-8")
    # A skipped file named explicitly: said once on stderr, not in these (human or line) reports.
    assert streamed.stderr.count("tree/notes.yaml: skipped: not a Truss config") == 1
    assert "not a Truss config" not in streamed.stdout


def test_long_tail_goes_through_a_temporary_file(monkeypatch):
    """Past TAIL_LINES_IN_MEMORY per-file lines, the tail waits on disk; the report is unchanged."""
    import io

    from truss_lint.diagnostics import FileResult

    results = [FileResult(f"m{i}/config.yaml") for i in range(7)] + [FileResult("x.yaml", skipped="not a Truss config")]
    monkeypatch.setattr(streaming, "TAIL_LINES_IN_MEMORY", 3)
    for output_format in sorted(streaming.STREAMED_FORMATS):
        out = io.StringIO()
        report = streaming.StreamedReport(output_format, "2026-01-01", ReportOptions(), out)
        for result in results:
            report.add(result)
        report.finish()
        assert out.getvalue() == render(output_format, results, "2026-01-01", ReportOptions())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_broken_configuration_file_further_down_stops_the_run_before_any_report(tmp_path, jobs):
    """Settings are resolved for every file before a line is written, also while the workers
    already lint the first files: a bad `.truss-lint.toml` near the end leaves stdout empty."""
    _tree(tmp_path / "tree", 600)
    (tmp_path / "tree" / "m599" / ".truss-lint.toml").write_text("ignore = [\n", encoding="utf-8")
    proc = run_cli("check", "--jobs", jobs, "tree", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "m599/.truss-lint.toml" in proc.stderr and "Traceback" not in proc.stderr
