"""Shared test helpers: the installed console script, the corpus, linting text."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from truss_lint.diagnostics import FileResult
from truss_lint.engine import lint
from truss_lint.settings import Settings

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def console_script() -> str:
    """The `truss-lint` installed next to the running interpreter (as a user would run it)."""
    beside = Path(sys.executable).parent / "truss-lint"
    found = str(beside) if beside.exists() else shutil.which("truss-lint")
    assert found, "truss-lint is not installed: pip install -e '.[test]'"
    return found


def run_cli(*args: str, cwd: Path | str | None = None, input: str | bytes | None = None,
            env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    full_env.pop("GITHUB_ACTIONS", None) if "GITHUB_ACTIONS" not in (env or {}) else None
    return subprocess.run([console_script(), *args], cwd=cwd, input=input, capture_output=True,
                          text=not isinstance(input, bytes), env=full_env, timeout=timeout)


def run_json(*args: str, **kwargs) -> tuple[int, dict]:
    proc = run_cli("check", "--output-format", "json", *args, **kwargs)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def lint_yaml(text: str, path: str = "config.yaml", **settings) -> FileResult:
    return lint(textwrap.dedent(text), path, Settings(**settings))


def codes(result: FileResult) -> list[str]:
    return [d.name for d in result.diagnostics]


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present on this machine")
    return CORPUS


def corpus_verdicts() -> dict[str, dict]:
    if not CORPUS.is_dir():
        return {}
    lines = (CORPUS / "TRUSS-0.18.36-VERDICTS.jsonl").read_text().splitlines()
    return {record["path"]: record for record in map(json.loads, lines)}
