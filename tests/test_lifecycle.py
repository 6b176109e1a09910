"""`truss-lint record`, TC211 resources-changed-after-push and `--baseline`, end to end: the
installed console script, real git repositories in temporary directories, the real pre-commit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

import truss_lint

BIN = Path(sys.executable).parent
TRUSS_LINT = str(BIN / "truss-lint") if (BIN / "truss-lint").exists() else shutil.which("truss-lint")
RECORD = ".truss-lint-record.yaml"

DEPLOYED = """\
# the model as first pushed
model_name: demo
resources:
  cpu: "4"
  memory: 16Gi
  accelerator: A10G
"""


def _environment(tmp: Path) -> dict[str, str]:
    """A clean environment: no user git config, no CI or pre-commit variables of the outer run."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GIT_", "PRE_COMMIT", "GITHUB_"))}
    env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_NAME="dev",
               GIT_AUTHOR_EMAIL="dev@example.com", GIT_COMMITTER_NAME="dev", GIT_COMMITTER_EMAIL="dev@example.com",
               NO_COLOR="1", PRE_COMMIT_HOME=str(tmp / "pre-commit-home"),
               PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    return env


class Workspace:
    def __init__(self, root: Path, env: dict[str, str]):
        self.root, self.env = root, env

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def git(self, *args: str, cwd: Path | None = None) -> str:
        done = subprocess.run(["git", *args], cwd=cwd or self.root, env=self.env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def commit_all(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([TRUSS_LINT, *args], cwd=self.root, env=self.env, input=stdin,
                              capture_output=True, text=True, timeout=60)

    def check(self, *args: str) -> tuple[int, list[dict], str]:
        """Exit status, the TC211 findings (JSON) and stderr of `truss-lint check`."""
        done = self.run("check", "--output-format", "json", "--select", "TC211", *args)
        if done.returncode == 2:
            return 2, [], done.stderr
        findings = [d for f in json.loads(done.stdout)["files"] for d in f["diagnostics"]]
        return done.returncode, findings, done.stderr


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    assert TRUSS_LINT, "truss-lint is not installed"
    root = tmp_path / "project"
    root.mkdir()
    return Workspace(root, _environment(tmp_path))


@pytest.fixture
def repo(ws: Workspace) -> Workspace:
    """A repository whose main branch holds one deployed truss, `demo/`."""
    ws.git("init", "-q", "-b", "main")
    ws.write("demo/config.yaml", DEPLOYED)
    ws.write("demo/model/model.py", "class Model:\n    def predict(self, request):\n        return request\n")
    ws.commit_all("demo model")
    return ws


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


# --- the record ------------------------------------------------------------------------------------

def test_record_writes_a_readable_record_beside_the_config(ws):
    ws.write("demo/config.yaml", DEPLOYED)
    done = ws.run("record", "demo")
    assert done.returncode == 0, done.stderr
    assert "demo/.truss-lint-record.yaml: recorded: A10Gx4x16" in done.stdout
    text = (ws.root / "demo" / RECORD).read_text()
    assert text.startswith("# Written by `truss-lint record`")

    record = yaml.safe_load(text)
    assert record["resources"] == {"cpu": "4", "memory": "16Gi", "accelerator": "A10G", "use_gpu": True,
                                   "node_count": 1, "instance_type": None}
    assert record["instance"]["name"] == "A10Gx4x16"
    assert record["instance"]["price_per_minute_usd"] == 0.02012
    assert record["catalog_as_of"] == "2026-07-03"
    assert record["truss_lint_version"] == truss_lint.__version__
    assert len(record["recorded_at"]) == 20 and record["recorded_at"].endswith("Z")
    assert not [p for p in (ws.root / "demo").iterdir() if p.name.endswith(".tmp")]  # no temporary left


def test_record_normalises_the_accelerator_as_truss_sends_it(ws):
    ws.write("m/config.yaml", """\
        model_name: big
        resources: {accelerator: {accelerator: H100, count: 2}, memory: 64Gi, cpu: "8"}
    """)
    assert ws.run("record", "m/config.yaml").returncode == 0
    text = (ws.root / "m" / RECORD).read_text()
    assert 'accelerator: "H100:2"' in text and "use_gpu: true" in text


def test_two_configs_in_one_directory_keep_separate_records(ws):
    ws.write("demo/config.yaml", DEPLOYED)
    prod = ws.write("demo/prod.yaml", DEPLOYED.replace("A10G", "H100"))
    assert ws.run("record", "demo/config.yaml", "demo/prod.yaml").returncode == 0
    assert 'accelerator: "H100"' in (ws.root / "demo" / ".prod.truss-lint-record.yaml").read_text()
    prod.write_text(DEPLOYED.replace("A10G", "H100:2"))
    _, [finding], _ = ws.check("demo/config.yaml", "demo/prod.yaml")
    assert "H100:2" in finding["message"] and finding["instance"]["gpu_type"] == "H100"


def test_edit_after_record_is_reported_at_the_edited_line_with_the_recorded_instance(ws):
    config = ws.write("demo/config.yaml", DEPLOYED)
    ws.run("record", "demo")
    config.write_text(DEPLOYED.replace('cpu: "4"', 'cpu: "8"'))
    status, findings, _ = ws.check("demo")
    assert status == 1
    [finding] = findings
    assert finding["name"] == "resources-changed-after-push" and finding["code"] == "TC211"
    assert finding["line"] == line_of(config, "cpu:")
    assert finding["instance"]["name"] == "A10Gx4x16"  # the instance the model keeps
    message = finding["message"]
    assert "cpu 4 → 8 vCPU" in message and "the model keeps A10Gx4x16 ($869/month)" in message
    assert "the edit would choose A10Gx8x32 ($1,047/month, +$178/month)" in message
    assert "dashboard" in finding["help"] and "truss-lint record demo/config.yaml" in finding["help"]


def test_an_edit_landing_on_the_same_instance_is_only_a_warning(ws):
    config = ws.write("demo/config.yaml", DEPLOYED)
    ws.run("record", "demo")
    config.write_text(DEPLOYED.replace('cpu: "4"', 'cpu: "3"'))
    status, [finding], _ = ws.check("demo")
    assert status == 0 and finding["severity"] == "warning"
    assert "same instance, A10Gx4x16" in finding["message"]


def test_changed_keys_are_one_finding_listing_each_old_and_new(ws):
    config = ws.write("demo/config.yaml", DEPLOYED)
    ws.run("record", "demo")
    config.write_text(DEPLOYED.replace("memory: 16Gi", "memory: 64Gi").replace("A10G", "A100:2"))
    _, [finding], _ = ws.check("demo")
    assert finding["key_path"] == ["resources", "memory"]  # the first changed key
    assert finding["instance"]["name"] == "A10Gx4x16"
    assert "(memory 16 → 64 GiB, accelerator A10G → A100:2;" in finding["message"]
    assert len(finding["message"]) < 400
    assert finding["help"].endswith("revert to memory 16 GiB, accelerator A10G")


def test_the_file_line_names_the_instance_the_model_keeps(ws):
    config = ws.write("demo/config.yaml", DEPLOYED)
    ws.run("record", "demo")
    config.write_text(DEPLOYED.replace('cpu: "4"', 'cpu: "8"'))
    done = ws.run("check", "--select", "TC211", "--output-format", "concise", "demo")
    assert ("demo/config.yaml → A10Gx4x16 (4 vCPU, 16 GiB RAM, 1× A10G 24 GiB VRAM) at $0.02012/min ≈ $869/month, "
            "per TC211 (`resources` alone: A10Gx8x32) — 1 error") in done.stdout.splitlines()
    full = ws.run("check", "--select", "TC211", "--output-format", "full", "demo").stdout
    assert full.count("= instance: A10Gx4x16") == 1  # the finding is about the instance: it says which


def test_recording_unchanged_resources_leaves_the_record_byte_identical(ws):
    ws.write("demo/config.yaml", DEPLOYED)
    assert ws.run("record", "demo").returncode == 0
    record = ws.root / "demo" / RECORD
    before, stamp = record.read_bytes(), record.stat().st_mtime_ns
    later = {**ws.env, "SOURCE_DATE_EPOCH": "2000000000"}  # another time: the record must not say so
    done = subprocess.run([TRUSS_LINT, "record", "demo"], cwd=ws.root, env=later, capture_output=True, text=True)
    assert done.returncode == 0 and "demo/.truss-lint-record.yaml: unchanged: A10Gx4x16" in done.stdout
    assert record.read_bytes() == before and record.stat().st_mtime_ns == stamp
    ws.write("demo/config.yaml", DEPLOYED.replace("16Gi", "32Gi"))
    done = subprocess.run([TRUSS_LINT, "record", "demo"], cwd=ws.root, env=later, capture_output=True, text=True)
    assert "updated (was A10Gx4x16)" in done.stdout and "2033-05-18" in record.read_text()


@pytest.mark.parametrize("edited", [
    'model_name: demo\nresources:\n  cpu: "4.0"\n  memory: 16384Mi\n  accelerator: A10G:1\n',
    'model_name: demo\nresources:\n  accelerator: {accelerator: A10G, count: 1}   # same GPU\n'
    '  memory: 16Gi\n  cpu: "4000m"\n',
    "resources: {cpu: '4', accelerator: A10G, memory: 16Gi, use_gpu: true}\nmodel_name: demo\n",
])
def test_an_edit_equal_in_meaning_is_not_reported(ws, edited):
    config = ws.write("demo/config.yaml", DEPLOYED)
    ws.run("record", "demo")
    config.write_text(edited)
    assert ws.check("demo")[:2] == (0, [])


def test_reverting_the_edit_clears_the_finding(ws):
    config = ws.write("demo/config.yaml", DEPLOYED)
    ws.run("record", "demo")
    config.write_text(DEPLOYED.replace("A10G", "L4"))
    assert ws.check("demo")[0] == 1
    config.write_text(DEPLOYED)
    assert ws.check("demo")[:2] == (0, [])


def test_recording_again_accepts_the_new_resources_deliberately(ws):
    config = ws.write("demo/config.yaml", DEPLOYED)
    ws.run("record", "demo")
    config.write_text(DEPLOYED.replace('cpu: "4"', 'cpu: "8"'))
    done = ws.run("record", "demo")
    assert done.returncode == 0 and "updated (was A10Gx4x16): A10Gx8x32" in done.stdout
    assert ws.check("demo")[:2] == (0, [])


def test_stdin_with_a_filename_uses_the_record_beside_it(ws):
    ws.write("demo/config.yaml", DEPLOYED)
    ws.run("record", "demo")
    done = ws.run("check", "--select", "TC211", "--stdin-filename", "demo/config.yaml", "-",
                  stdin=DEPLOYED.replace("16Gi", "32Gi"))
    assert done.returncode == 1 and "demo/config.yaml:5:3: TC211" in done.stdout


def test_a_removed_key_is_reported_at_resources_with_its_default(ws):
    config = ws.write("demo/config.yaml", DEPLOYED)
    ws.run("record", "demo")
    config.write_text(DEPLOYED.replace("  accelerator: A10G\n", ""))
    _, [finding], _ = ws.check("demo")
    assert finding["line"] == line_of(config, "resources:")
    assert "(accelerator A10G → unset (no GPU);" in finding["message"]
    assert "the edit would choose 4x16 ($149/month, -$720/month)" in finding["message"]  # cheaper, not applied


def test_library_callers_get_a_diagnostic_for_a_corrupt_record(tmp_path):
    from truss_lint import Settings, lint

    (tmp_path / RECORD).write_text("record_version: [\n")
    result = lint(DEPLOYED, str(tmp_path / "config.yaml"), Settings(select=["TC211"]))
    [finding] = result.diagnostics
    assert finding.code == "TC211" and str(tmp_path / RECORD) in finding.message and "corrupt" in finding.message


def test_instance_type_alias_is_the_same_sku_and_other_keys_no_longer_count(ws):
    config = ws.write("cpu/config.yaml", 'model_name: c\nresources:\n  instance_type: "CPU:4x16"\n  cpu: "1"\n')
    ws.run("record", "cpu")
    config.write_text('model_name: c\nresources:\n  instance_type: 4x16\n  cpu: "2"\n')
    assert ws.check("cpu")[:2] == (0, [])
    config.write_text('model_name: c\nresources:\n  instance_type: 8x32\n')
    _, [finding], _ = ws.check("cpu")
    assert finding["key_path"] == ["resources", "instance_type"] and "8x32" in finding["message"]
    assert finding["instance"]["name"] == "4x16"


def test_a_corrupt_record_is_a_clear_error_and_is_never_overwritten(ws):
    ws.write("demo/config.yaml", DEPLOYED)
    ws.run("record", "demo")
    record = ws.root / "demo" / RECORD
    corrupt = record.read_text().replace("  cpu:", "<<<<<<< HEAD\n  cpu:", 1)
    record.write_text(corrupt)

    status, _, stderr = ws.check("demo")
    assert status == 2
    assert stderr.startswith("truss-lint: error: demo/.truss-lint-record.yaml:") and "corrupt" in stderr
    assert "Traceback" not in stderr

    done = ws.run("record", "demo")
    assert done.returncode == 2 and "demo/.truss-lint-record.yaml" in done.stderr and "--force" in done.stderr
    assert record.read_text() == corrupt

    assert ws.run("record", "--force", "demo").returncode == 0
    assert ws.check("demo")[:2] == (0, [])


def test_a_record_of_another_shape_names_the_key(ws):
    ws.write("demo/config.yaml", DEPLOYED)
    ws.write(f"demo/{RECORD}", "record_version: 1\nresources:\n  cpu: 4\n  memory: 16Gi\n")
    status, _, stderr = ws.check("demo")
    assert status == 2 and f"demo/{RECORD}:3:" in stderr and "resources.cpu" in stderr


def test_record_refuses_a_config_truss_could_not_push(ws):
    ws.write("bad/config.yaml", 'model_name: x\nresources:\n  accelerator: A10G:zero\n')
    done = ws.run("record", "bad")
    assert done.returncode == 2 and "bad/config.yaml" in done.stderr and "resources" in done.stderr
    assert not (ws.root / "bad" / RECORD).exists()


# --- the git baseline ------------------------------------------------------------------------------

def test_baseline_ci_style_reports_an_edit_committed_on_a_branch(repo):
    repo.git("switch", "-q", "-c", "bigger-gpu")
    config = repo.write("demo/config.yaml", DEPLOYED.replace("A10G", "A100"))
    repo.commit_all("bigger GPU")
    status, [finding], _ = repo.check("--baseline", "main")
    assert status == 1
    assert finding["line"] == line_of(config, "accelerator:")
    assert finding["instance"]["name"] == "A10Gx4x16"
    assert "demo/config.yaml at main" in finding["message"] and "A100" in finding["message"]
    # A git ref knows nothing of deployments: the way out for a truss that was never deployed.
    assert "Never deployed?" in finding["help"] and "truss-lint record demo/config.yaml" in finding["help"]
    assert repo.run("record", "demo").returncode == 0
    assert repo.check("--baseline", "main")[:2] == (0, [])


def test_baseline_equal_in_meaning_is_not_reported(repo):
    repo.write("demo/config.yaml",
               'model_name: demo\nresources: {memory: 16384Mi, cpu: "4000m", accelerator: "A10G:1"}\n')
    assert repo.check("--baseline", "main")[:2] == (0, [])


def test_baseline_reaches_configs_under_their_own_configuration_file(repo):
    repo.write("demo/.truss-lint.toml", 'fail-on = "warning"\n')
    repo.write("demo/config.yaml", DEPLOYED.replace("A10G", "T4"))
    status, [finding], _ = repo.check("--baseline", "main", "demo/config.yaml")
    assert status == 1 and "T4" in finding["message"]


def test_baseline_new_config_is_a_first_push(repo):
    repo.git("switch", "-q", "-c", "second-model")
    repo.write("other/config.yaml", DEPLOYED.replace("A10G", "H100"))
    repo.commit_all("a second model")
    assert repo.check("--baseline", "main", "other")[:2] == (0, [])


def test_baseline_follows_a_moved_truss_directory(repo):
    repo.git("switch", "-q", "-c", "move")
    (repo.root / "models").mkdir()
    repo.git("mv", "demo", "models/demo")
    repo.commit_all("move")
    assert repo.check("--baseline", "main")[:2] == (0, [])  # moved, not new, and unchanged

    config = repo.root / "models" / "demo" / "config.yaml"
    config.write_text(DEPLOYED.replace('cpu: "4"', 'cpu: "16"'))
    repo.commit_all("more cpu")
    _, [finding], _ = repo.check("--baseline", "main")
    assert finding["key_path"] == ["resources", "cpu"]
    assert "demo/config.yaml at main" in finding["message"]


def test_baseline_follows_a_move_even_when_the_config_was_rewritten(repo):
    repo.git("switch", "-q", "-c", "move")
    repo.git("mv", "demo", "renamed")
    (repo.root / "renamed" / "config.yaml").write_text(
        "description: rewritten from scratch\nmodel_name: demo-v2\npython_version: py311\n"
        "requirements: [torch, transformers]\nresources: {cpu: '4', memory: 16Gi, accelerator: H100}\n")
    repo.commit_all("move and rewrite")
    _, [finding], _ = repo.check("--baseline", "main")
    assert "demo/config.yaml at main" in finding["message"] and "H100" in finding["message"]


def test_a_record_wins_over_the_baseline(repo):
    repo.write("demo/config.yaml", DEPLOYED.replace("A10G", "L4"))
    assert repo.check("--baseline", "main")[0] == 1
    assert repo.run("record", "demo").returncode == 0  # the L4 push was deliberate and recorded
    assert repo.check("--baseline", "main")[:2] == (0, [])


def test_the_shipped_pre_push_hook_compares_with_what_the_remote_has():
    hooks_file = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"
    if not hooks_file.exists():
        pytest.skip("no .pre-commit-hooks.yaml in this checkout")
    hooks = {hook["id"]: hook for hook in yaml.safe_load(hooks_file.read_text())}
    assert hooks["truss-lint-pre-push"]["entry"].split()[-2:] == ["--baseline", "auto"]


def test_unknown_ref_and_no_repository_are_usage_errors(repo, tmp_path):
    done = repo.run("check", "--baseline", "no-such-branch")
    assert done.returncode == 2
    assert done.stderr.strip().startswith("truss-lint: error: --baseline no-such-branch: no such commit")

    outside = Workspace(tmp_path / "plain", repo.env)
    outside.root.mkdir()
    outside.write("config.yaml", DEPLOYED)
    done = outside.run("check", "--baseline", "main", "config.yaml")
    assert done.returncode == 2
    assert done.stderr.strip() == ("truss-lint: error: config.yaml: not in a git repository, so there is no "
                                   "`--baseline main` to compare with")


def test_baseline_auto_uses_the_upstream_branch(repo):
    repo.git("switch", "-q", "-c", "feature", "--track", "main")
    repo.write("demo/config.yaml", DEPLOYED.replace("16Gi", "8Gi"))
    _, [finding], _ = repo.check("--baseline", "auto")
    assert "at main" in finding["message"]


def test_pre_push_hook_blocks_a_push_that_edits_deployed_resources(ws, tmp_path):
    """Through the real pre-commit: `git push` runs the pre-push hook, which reads
    PRE_COMMIT_FROM_REF (what the remote has) via `--baseline auto`."""
    remote = tmp_path / "remote.git"
    ws.git("init", "-q", "--bare", "-b", "main", str(remote))
    ws.git("init", "-q", "-b", "main")
    ws.git("remote", "add", "origin", str(remote))
    ws.write(".pre-commit-config.yaml", f"""\
        repos:
          - repo: local
            hooks:
              - id: truss-lint-pre-push
                name: truss-lint (before push)
                entry: {TRUSS_LINT} check --baseline auto
                language: system
                files: (^|/)config\\.ya?ml$
                stages: [pre-push]
    """)
    ws.write("demo/config.yaml", DEPLOYED)
    ws.commit_all("first model")
    install = subprocess.run([str(BIN / "pre-commit"), "install", "--hook-type", "pre-push"], cwd=ws.root,
                             env=ws.env, capture_output=True, text=True)
    assert install.returncode == 0, install.stderr

    def push() -> subprocess.CompletedProcess:
        return subprocess.run(["git", "push", "origin", "main"], cwd=ws.root, env=ws.env,
                              capture_output=True, text=True, timeout=120)

    first = push()  # the first push has no baseline: nothing to compare
    assert first.returncode == 0, first.stdout + first.stderr

    ws.write("demo/config.yaml", DEPLOYED.replace("A10G", "H100"))
    ws.commit_all("try an H100")
    blocked = push()
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0
    assert "demo/config.yaml:6:3: TC211" in output and "origin/main (" in output and "H100" in output

    ws.write("demo/config.yaml", DEPLOYED.replace("16Gi", "16384Mi"))  # back to the same meaning
    ws.commit_all("revert the GPU")
    allowed = push()
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
