"""The shipped `.pre-commit-hooks.yaml`, run by the real pre-commit in throw-away git repos.

pre-commit installs hooks from a git repository at a commit, and `try-repo` on a checkout with
uncommitted changes only carries over changes to tracked files (`git add -u`), so new modules
would be missing. The tests therefore commit a snapshot of this working tree (tracked and
untracked, minus ignored files) into a temporary repository and point pre-commit at that: the
hooks, entry points and code under test are exactly what is on disk.

pre-commit builds a virtualenv and pip-installs the project into it (dependencies from the
package index), once per store. `try-repo` always uses a fresh store, so one test pays that
(12–36 s measured here); the others share one store through a normal `.pre-commit-config.yaml`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
HOOK_IDS = ("truss-lint", "truss-lint-fix", "truss-lint-pre-push")

BAD = b"model_name: demo\nresources:\n  cpu: 4\n  accelerator: A10G\n"  # cpu must be a string
GOOD = b'model_name: demo\nresources:\n  cpu: "4"\n  memory: 16Gi\n  accelerator: A10G\n'
HYDRA = b"defaults:\n  - _self_\ntrainer:\n  max_epochs: 3\n  cpu: 4\n"  # another tool's config.yaml

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.com", GIT_CONFIG_NOSYSTEM="1", HOME=env.get("HOME", "/tmp"))
    env.pop("GITHUB_ACTIONS", None)  # keep the report format the text one
    env.update(extra)
    return env


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=_git_env(), check=True, capture_output=True,
                          text=True).stdout


def _project_files() -> list[str]:
    if (ROOT / ".git").exists():
        listing = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                                 cwd=ROOT, env=_git_env(), check=True, capture_output=True).stdout
        return [name for name in listing.decode().split("\0") if name and (ROOT / name).is_file()]
    skip = {".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache"}
    return [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
            if p.is_file() and not skip.intersection(p.relative_to(ROOT).parts)]


@pytest.fixture(scope="session")
def hooks_repo(tmp_path_factory) -> Path:
    """A committed snapshot of this working tree: what a user's pre-commit would clone."""
    snapshot = tmp_path_factory.mktemp("truss-lint-hooks-repo")
    for name in _project_files():
        target = snapshot / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    git("init", "-q", cwd=snapshot)
    git("add", "-A", cwd=snapshot)
    git("commit", "-q", "--no-verify", "-m", "snapshot", cwd=snapshot)
    return snapshot


@pytest.fixture(scope="session")
def store(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def pre_commit(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd,
                          env=_git_env(PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never"),
                          capture_output=True, text=True, timeout=600)


def make_repo(path: Path, files: dict[str, bytes], hooks_repo: Path | None = None) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git("init", "-q", cwd=path)
    if hooks_repo is not None:
        config = {"repos": [{"repo": str(hooks_repo), "rev": git("rev-parse", "HEAD", cwd=hooks_repo).strip(),
                             "hooks": [{"id": hook} for hook in HOOK_IDS]}]}
        files = {".pre-commit-config.yaml": yaml.safe_dump(config).encode(), **files}
    for name, content in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_bytes(content)
    git("add", "-A", cwd=path)
    return path


def output(result: subprocess.CompletedProcess) -> str:
    return result.stdout + result.stderr


# --- The manifest ---------------------------------------------------------------------------------

def test_manifest_is_valid_and_matches_only_truss_config_names():
    check = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest",
                            str(ROOT / ".pre-commit-hooks.yaml")], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert tuple(hooks) == HOOK_IDS
    assert hooks["truss-lint-fix"]["entry"].split()[-1] == "--fix-only"
    assert hooks["truss-lint"]["stages"] == hooks["truss-lint-fix"]["stages"] == ["pre-commit", "manual"]
    assert hooks["truss-lint-pre-push"]["stages"] == ["pre-push"]
    for hook in hooks.values():
        pattern = re.compile(hook["files"])
        for name in ("config.yaml", "config.yml", "models/llama/config.yaml", "a/b/config.yml"):
            assert pattern.search(name), (hook["id"], name)
        for name in ("myconfig.yaml", "config.yaml.bak", "config.json", "configs/model.yaml", "config_yaml"):
            assert not pattern.search(name), (hook["id"], name)


# --- pre-commit try-repo, as a hook author tries a hook -------------------------------------------

def test_try_repo_fails_a_bad_config_with_the_diagnostic_at_its_line(tmp_path, hooks_repo):
    work = make_repo(tmp_path / "work", {"model/config.yaml": BAD, "config.yaml": GOOD})
    result = pre_commit("try-repo", str(hooks_repo), "truss-lint", "--files", "model/config.yaml", "config.yaml",
                        cwd=work, home=tmp_path / "home")
    assert result.returncode == 1, output(result)
    assert re.search(r"^truss-lint\.+Failed$", result.stdout, re.MULTILINE), output(result)
    assert "model/config.yaml:3:8: TC102 [error] [*] `resources.cpu`: cpu must be a YAML string" in result.stdout
    assert "\nconfig.yaml:" not in result.stdout  # the good one has nothing to say


# --- pre-commit run, with a .pre-commit-config.yaml as users write it -----------------------------

def test_a_good_config_and_another_tools_config_yaml_pass(tmp_path, hooks_repo, store):
    work = make_repo(tmp_path / "work", {"config.yaml": GOOD, "conf/config.yaml": HYDRA}, hooks_repo)
    result = pre_commit("run", "truss-lint", "--files", "config.yaml", "conf/config.yaml", cwd=work, home=store)
    assert result.returncode == 0, output(result)
    assert re.search(r"^truss-lint\.+Passed$", result.stdout, re.MULTILINE), output(result)


def test_only_config_yaml_files_are_passed_to_the_hook(tmp_path, hooks_repo, store):
    # The same bad content under another name is not a Truss config to pre-commit.
    work = make_repo(tmp_path / "work", {"model.yaml": BAD, "config.yaml.orig": BAD}, hooks_repo)
    result = pre_commit("run", "truss-lint", "--all-files", cwd=work, home=store)
    assert result.returncode == 0, output(result)
    assert re.search(r"^truss-lint\.+\(no files to check\)Skipped$", result.stdout, re.MULTILINE), output(result)


def test_a_commit_with_a_bad_config_is_refused(tmp_path, hooks_repo, store):
    work = make_repo(tmp_path / "work", {"svc/config.yml": BAD}, hooks_repo)
    installed = pre_commit("install", cwd=work, home=store)
    assert installed.returncode == 0, output(installed)
    commit = subprocess.run(["git", "commit", "-m", "add model"], cwd=work, capture_output=True, text=True,
                            env=_git_env(PRE_COMMIT_HOME=str(store), PRE_COMMIT_COLOR="never"))
    assert commit.returncode != 0
    assert "svc/config.yml:3:8: TC102" in commit.stdout + commit.stderr
    assert subprocess.run(["git", "rev-parse", "--verify", "-q", "HEAD"], cwd=work,
                          capture_output=True).returncode != 0  # nothing was committed

    (work / "svc/config.yml").write_bytes(GOOD)
    git("add", "svc/config.yml", cwd=work)
    commit = subprocess.run(["git", "commit", "-m", "add model"], cwd=work, capture_output=True, text=True,
                            env=_git_env(PRE_COMMIT_HOME=str(store), PRE_COMMIT_COLOR="never"))
    assert commit.returncode == 0, commit.stdout + commit.stderr


def test_configured_excludes_apply_to_files_pre_commit_names(tmp_path, hooks_repo, store):
    if not (ROOT / "truss_lint" / "settings_files.py").is_file():
        pytest.skip("configuration files (truss_lint/settings_files.py) are not part of this checkout")
    work = make_repo(tmp_path / "work", {".truss-lint.toml": b'exclude = ["legacy"]\n',
                                         "legacy/old/config.yaml": BAD, "new/config.yaml": GOOD}, hooks_repo)
    result = pre_commit("run", "truss-lint", "--all-files", cwd=work, home=store)
    assert result.returncode == 0, output(result)

    (work / ".truss-lint.toml").write_bytes(b"exclude = []\n")
    git("add", "-A", cwd=work)
    result = pre_commit("run", "truss-lint", "--all-files", cwd=work, home=store)
    assert result.returncode == 1
    assert "legacy/old/config.yaml:3:8: TC102" in result.stdout


def test_fix_hook_rewrites_the_file_and_then_passes(tmp_path, hooks_repo, store):
    before = b"# model\r\nmodel_name: demo\r\nresources:\r\n  cpu: 4   # four\r\n  accelerator: a10g\r\n"
    work = make_repo(tmp_path / "work", {"config.yaml": before}, hooks_repo)
    result = pre_commit("run", "truss-lint-fix", "--files", "config.yaml", cwd=work, home=store)
    assert result.returncode == 1, output(result)  # pre-commit fails a hook that changed files
    assert "files were modified by this hook" in result.stdout
    # Only what it changed: no findings, no instance, no summary of what remains.
    assert 'config.yaml: fixed: quote it: "4"; write `A10G`' in result.stdout
    assert "Fixed 2 problems in 1 file." in result.stdout
    assert "TC102" not in result.stdout and "→" not in result.stdout and "Found" not in result.stdout
    assert (work / "config.yaml").read_bytes() == \
        b'# model\r\nmodel_name: demo\r\nresources:\r\n  cpu: "4"   # four\r\n  accelerator: A10G\r\n'
    again = pre_commit("run", "truss-lint-fix", "--files", "config.yaml", cwd=work, home=store)
    assert again.returncode == 0, output(again)


def test_pre_push_hook_runs_at_push_time_only(tmp_path, hooks_repo, store):
    work = make_repo(tmp_path / "work", {"config.yaml": BAD}, hooks_repo)
    at_push = pre_commit("run", "--hook-stage", "pre-push", "--files", "config.yaml", cwd=work, home=store)
    assert at_push.returncode == 1, output(at_push)
    assert "config.yaml:3:8: TC102" in at_push.stdout
    # At push time only the push hook: the commit hooks ran when the commit was made.
    assert re.search(r"^truss-lint \(before push\)\.+Failed$", at_push.stdout, re.MULTILINE), output(at_push)
    assert not re.search(r"^truss-lint(-fix| \(apply safe fixes\))?\.+", at_push.stdout, re.MULTILINE)
    assert at_push.stdout.count("config.yaml:3:8: TC102") == 1
    at_commit = pre_commit("run", "--files", "config.yaml", cwd=work, home=store)
    assert "before push" not in at_commit.stdout
    assert re.search(r"^truss-lint\.+Failed$", at_commit.stdout, re.MULTILINE), output(at_commit)
    (work / "config.yaml").write_bytes(BAD)  # the fix hook fixed it at the commit stage
    manual = pre_commit("run", "--hook-stage", "manual", "truss-lint", "--files", "config.yaml", cwd=work, home=store)
    assert manual.returncode == 1 and "config.yaml:3:8: TC102" in manual.stdout


def test_a_commit_through_both_hooks_prints_the_fixes_then_the_report_once(tmp_path, hooks_repo, store):
    bad = b"model_name: demo\nresources:\n  cpu: 4\n  accelerator: a10g\n  memory: 64Gi\n  gpu: 1\n"
    work = make_repo(tmp_path / "work", {"config.yaml": bad}, hooks_repo)
    installed = pre_commit("install", cwd=work, home=store)
    assert installed.returncode == 0, output(installed)
    commit = subprocess.run(["git", "commit", "-m", "model"], cwd=work, capture_output=True, text=True,
                            env=_git_env(PRE_COMMIT_HOME=str(store), PRE_COMMIT_COLOR="never"))
    out = commit.stdout + commit.stderr
    assert commit.returncode != 0
    assert 'config.yaml: fixed: quote it: "4"; write `A10G`' in out
    assert out.count("config.yaml:6:3: TC101") == 1  # what remains (an unknown key), reported once
    assert out.count("Found ") == 1


# --- The README's snippet, as a user copies it ----------------------------------------------------

def test_readme_snippet_installs_and_runs_with_the_rev_pre_commit_autoupdate_pins(tmp_path, hooks_repo, store):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### pre-commit"):]
    snippet = section[section.index("```yaml") + 7:section.index("```", section.index("```yaml") + 7)]
    config = yaml.safe_load(snippet)
    [entry] = config["repos"]
    version = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.MULTILINE).group(1)
    assert entry["rev"] == f"v{version}"  # the release tags the version pyproject.toml names
    assert sorted(hook["id"] for hook in entry["hooks"]) == sorted(HOOK_IDS)
    assert "OWNER" in entry["repo"]  # a placeholder the README tells the reader to replace
    # Before that tag exists, `pre-commit autoupdate` pins the newest commit: a rev that works.
    entry["repo"] = str(hooks_repo)
    work = make_repo(tmp_path / "work", {".pre-commit-config.yaml": yaml.safe_dump(config).encode(),
                                         "config.yaml": GOOD})
    updated = pre_commit("autoupdate", cwd=work, home=store)
    assert updated.returncode == 0, output(updated)
    pinned = yaml.safe_load((work / ".pre-commit-config.yaml").read_text())["repos"][0]["rev"]
    assert pinned == git("rev-parse", "HEAD", cwd=hooks_repo).strip()
    git("add", "-A", cwd=work)
    result = pre_commit("run", "--all-files", cwd=work, home=store)
    assert result.returncode == 0, output(result)
    assert re.search(r"^truss-lint\.+Passed$", result.stdout, re.MULTILINE), output(result)


def test_the_workflow_installs_from_the_repository_at_the_readme_rev(tmp_path, hooks_repo):
    """The shipped GitHub Actions workflow pip-installs truss-lint from git (it is not on the
    package index), at the rev the README pins; the same command works on a real repository."""
    workflow = yaml.safe_load((ROOT / "editors" / "github-actions" / "truss-lint.yml").read_text())
    readme_rev = re.search(r"^    rev: (\S+)$", (ROOT / "README.md").read_text(), re.MULTILINE).group(1)
    assert workflow["env"]["TRUSS_LINT_REV"] == readme_rev
    installs = [step["run"] for job in workflow["jobs"].values() for step in job["steps"]
                if "pip install" in step.get("run", "")]
    assert installs and all(run == 'pip install "truss-lint @ git+${TRUSS_LINT_REPO}@${TRUSS_LINT_REV}"'
                            for run in installs)
    sha = git("rev-parse", "HEAD", cwd=hooks_repo).strip()
    # `localhost`: pip's URL check wants a host in a `git+file` URL; git accepts it.
    requirement = installs[0].split(" ", 2)[2].strip('"')
    requirement = requirement.replace("${TRUSS_LINT_REPO}", f"file://localhost{hooks_repo}")
    requirement = requirement.replace("${TRUSS_LINT_REV}", sha)
    target = tmp_path / "site"  # dependencies come from this environment; the build backend too
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                           "--target", str(target), requirement],
                          capture_output=True, text=True, timeout=600, env=_git_env())
    assert done.returncode == 0, done.stdout + done.stderr
    installed = subprocess.run([sys.executable, "-c", "import truss_lint.cli, sys; print(truss_lint.cli.__file__); "
                                "sys.argv[1:] = ['--version']; truss_lint.cli.main()"],
                               capture_output=True, text=True, env={**_git_env(), "PYTHONPATH": str(target)},
                               cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    where, version = installed.stdout.splitlines()
    assert where.startswith(str(target)) and version.startswith("truss-lint ")



def test_staged_chain_files_are_linted_and_other_python_files_left_alone(tmp_path, hooks_repo, store):
    chain = (ROOT / "tests" / "fixtures" / "rules" / "deprecated-base-image-string" / "bad" / "string_image.py").read_bytes()
    work = make_repo(tmp_path / "work", {"chain/whisper.py": chain, "tools/util.py": b"import os\n"}, hooks_repo)
    result = pre_commit("run", "truss-lint", "--all-files", cwd=work, home=store)
    assert result.returncode == 1, output(result)
    assert "chain/whisper.py:7:24: TC702 [error]" in result.stdout
    assert "util.py" not in result.stdout
    passing = pre_commit("run", "truss-lint", "--files", "tools/util.py", cwd=work, home=store)
    assert passing.returncode == 0, output(passing)
