"""What keeps `truss-lint check` fast, as contracts (the timings live in benchmarks/).

- the check path never imports the heavy dependencies (typer+pydantic ~110 ms, jsonschema
  ~80 ms, ruamel ~25 ms, importlib.metadata ~25 ms, importlib.resources ~13 ms): a one-file run
  is ~120 ms in total;
- `--jobs N` gives byte-for-byte the report of one process, in the same order;
- the entry-point reader finds exactly what importlib.metadata finds, so plugins keep working.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import run_cli
from truss_lint.speed import entry_points as _entry_points
from truss_lint.speed.worker_pool import AUTO_MIN_FILES, effective_jobs

HEAVY = ("typer", "click", "pydantic", "jsonschema", "ruamel", "rich", "importlib.metadata", "importlib_metadata",
         "importlib.resources",
         "multiprocessing", "concurrent")

CONFIGS = [
    "model_name: a\nresources:\n  accelerator: A10G\n  cpu: '3'\n  memory: 14Gi\n",
    "model_name: b\nresources:\n  cpu: 4\n  memory: 16GB\n",
    "model_name: c\nresources: {accelerator: H100:3, use_gpu: true}\nrequirement: [torch]\n",
    "model_name: d\nresources:\n  accelerator: A100\n  use_gpu: false\n",
]


def test_check_imports_none_of_the_heavy_dependencies(tmp_path):
    (tmp_path / "config.yaml").write_text(CONFIGS[1])
    probe = (
        "import sys, io, contextlib\n"
        "from truss_lint.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main(['check', 'config.yaml'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('\\n'.join(sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    loaded = set(proc.stdout.split())
    assert "truss_lint.engine" in loaded  # the probe really linted
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY or m in HEAVY) == []
    # A config without `trt_llm`, `docker_server`, ... never imports the rules for those sections.
    from truss_lint.rules.builtin import BUILTIN_RULES, ON_DEMAND

    on_demand = {BUILTIN_RULES[code].split(":")[0] for code in ON_DEMAND}
    assert sorted(on_demand & loaded) == [] and "truss_lint.chains" not in loaded


def write_tree(root, count):
    for i in range(count):
        directory = root / f"{i:04d}"
        directory.mkdir()
        (directory / "config.yaml").write_text(CONFIGS[i % len(CONFIGS)].replace("model_name: ", f"model_name: m{i}-"))


@pytest.mark.parametrize("output_format", ["json", "concise"])
def test_jobs_give_the_same_report_in_the_same_order(tmp_path, output_format):
    write_tree(tmp_path, 150)
    single = run_cli("check", "--output-format", output_format, "--jobs", "1", ".", cwd=tmp_path)
    parallel = run_cli("check", "--output-format", output_format, "--jobs", "3", ".", cwd=tmp_path)
    assert single.returncode == parallel.returncode == 1
    assert parallel.stdout == single.stdout
    if output_format == "json":
        paths = [f["path"] for f in json.loads(parallel.stdout)["files"]]
        assert paths == sorted(paths) and len(paths) == 150


def test_jobs_read_files_in_the_workers_with_the_same_skips_and_errors(tmp_path):
    """Workers read the files themselves: another tool's config.yaml is skipped, a file named on
    the command line says so, and unreadable files are reported once, in order, exit 2."""
    (tmp_path / "tree").mkdir()
    write_tree(tmp_path / "tree", 140)
    (tmp_path / "tree" / "0003" / "config.yaml").write_text("server:\n  port: 8080\n")  # not Truss
    (tmp_path / "tree" / "0100" / "config.yaml").write_bytes(b"model_name: x\n" + b"#" * (11 * 1024 * 1024))
    os.mkfifo(tmp_path / "tree" / "0120" / "config.yml")
    (tmp_path / "notes.yaml").write_text("server:\n  port: 8080\n")
    args = ("check", "--output-format", "concise", "tree", "notes.yaml")
    single = run_cli(*args, "--jobs", "1", cwd=tmp_path)
    parallel = run_cli(*args, "--jobs", "2", cwd=tmp_path)
    assert single.returncode == parallel.returncode == 2
    assert parallel.stdout == single.stdout and parallel.stderr == single.stderr
    assert "tree/0003/config.yaml" not in single.stdout and "notes.yaml: skipped: not a Truss config" in single.stderr
    assert "tree/0100/config.yaml:1:1: TC001" in single.stdout
    assert single.stderr.count("not a regular file") == 1 and "Traceback" not in single.stderr
    assert single.stderr.count("notes.yaml: skipped") == 1


def test_a_bad_jobs_value_is_a_usage_error(tmp_path):
    proc = run_cli("check", "--jobs", "many", ".", cwd=tmp_path)
    assert proc.returncode == 2
    assert "--jobs" in proc.stderr and "Traceback" not in proc.stderr


def test_auto_jobs_stay_in_process_for_small_runs():
    assert effective_jobs(0, 1) == 1
    assert effective_jobs(0, AUTO_MIN_FILES - 1) == 1
    from truss_lint import cli

    assert cli._AUTO_MIN_FILES == AUTO_MIN_FILES  # what --help says
    assert effective_jobs(3, 2) == 2  # never more processes than files
    assert effective_jobs(1, 10_000) == 1


@pytest.mark.parametrize("group", ["truss_lint.rules", "console_scripts"])
def test_entry_points_match_importlib_metadata(group):
    from importlib import metadata

    ours = sorted((e.name, e.value) for e in _entry_points.entry_points(group))
    reference = sorted((e.name, e.value) for e in metadata.entry_points(group=group))
    assert ours == reference


def test_installed_versions_match_importlib_metadata():
    from importlib import metadata

    for name in ("PyYAML", "pyyaml", "truss-lint", "truss_lint", "pytest"):
        assert _entry_points.version(name) == metadata.version(name)
    assert _entry_points.version("no-such-distribution-here") is None


def _corpus_and_fixture_documents():
    from conftest import CORPUS, REPO
    from truss_lint.yaml_loader import decode, load

    paths = sorted((REPO / "tests" / "fixtures").rglob("*.yaml"))
    if CORPUS.is_dir():
        paths += sorted(p for p in CORPUS.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    for path in paths:
        try:
            document = load(decode(path.read_bytes()))
        except Exception:  # undecodable on purpose (some fixtures): nothing to validate
            continue
        if document.problem is None:
            yield path, document.data


def test_the_compiled_schema_validator_matches_the_reference_on_every_real_config():
    from truss_lint._schema_predicate import is_valid as generated_predicate
    from schema_reference import InterpretingValidator
    from truss_lint.schema import Validator, truss_schema, truss_validator

    reference = InterpretingValidator(truss_schema())

    def comparable(errors):
        return [(e.path, e.keyword, e.message, id(e.schema), e.definitions, e.rule, e.stricter, e.extra_key,
                 e.alternatives) for e in errors]

    compiled = Validator(truss_schema())
    checked = invalid = 0
    for path, data in _corpus_and_fixture_documents():
        errors = reference.errors(data)
        assert comparable(truss_validator().errors(data)) == comparable(errors), path
        # The generated predicate (scripts/schema_predicate.py) answers as the compiled one does.
        assert generated_predicate(data) is compiled.is_valid(data) is (not errors), path
        checked += 1
        invalid += bool(errors)
    assert checked >= 4 and invalid >= 1


def test_the_shipped_validator_uses_the_generated_predicate_unless_the_schema_changed(monkeypatch):
    from truss_lint import schema

    assert isinstance(schema.truss_validator(), schema.PredicateFirst)
    edited = schema.schema_text().replace('"title"', '"title" ', 1)
    schema.truss_validator.cache_clear()
    monkeypatch.setattr(schema, "schema_text", lambda: edited)
    try:
        assert isinstance(schema.truss_validator(), schema.Validator)  # a stale predicate is not trusted
    finally:
        schema.truss_validator.cache_clear()


@pytest.mark.parametrize("forked", [True, False])
def test_both_worker_pools_give_the_outcomes_of_one_process(tmp_path, monkeypatch, forked):
    """Forked workers fed through pipes (Linux) and the ProcessPoolExecutor used where fork is
    unsafe (macOS, Windows) return, in input order, what linting in this process returns."""
    from truss_lint.speed import worker_pool as parallel
    from truss_lint.file_linting import ReadError, lint_file
    from truss_lint.settings import Settings

    write_tree(tmp_path, 150)
    (tmp_path / "0007" / "config.yaml").write_text("server:\n  port: 8080\n")
    monkeypatch.setattr(parallel, "_can_fork", lambda: forked)
    settings = Settings()
    items = [(str(path), index % 50 == 0, settings) for index, path in enumerate(sorted(tmp_path.rglob("*.yaml")))]
    items.append((str(tmp_path / "missing.yaml"), True, settings))

    def in_process(path, explicit, settings):
        try:
            return lint_file(path, explicit, settings)
        except ReadError as error:
            return str(error)

    outcomes = parallel.lint_in_parallel(items, 2)
    assert outcomes == [in_process(*item) for item in items]
    assert outcomes[7] is None and "missing.yaml: cannot read" in outcomes[-1]


def test_discovery_finds_what_a_plain_os_walk_finds(tmp_path):
    """The walker lists each directory once; it must find exactly what os.walk with the same
    skips finds, in the same order: symlinked directories unfollowed, virtualenvs and vendored
    directories skipped, broken links and config.yml beside config.yaml included."""
    from truss_lint.discovery import CONFIG_NAMES, SKIP_DIRS, discover

    for relative in ["config.yaml", "a/config.yml", "a/config.yaml", "a/b/c/config.yaml", "B/config.yaml",
                     "env/pyvenv.cfg", "env/lib/config.yaml", "node_modules/x/config.yaml", "z/notes.yaml",
                     "a/b/pyvenv.cfg/config.yaml"]:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("model_name: x\n")
    (tmp_path / "link").symlink_to(tmp_path / "a")
    (tmp_path / "z" / "config.yaml").symlink_to(tmp_path / "missing")  # broken: still a file entry

    def reference(root):
        found = []
        for directory, subdirs, files in os.walk(root):
            subdirs[:] = sorted(d for d in subdirs if d not in SKIP_DIRS
                                and not os.path.isfile(os.path.join(directory, d, "pyvenv.cfg")))
            found += [os.path.join(directory, name) for name in sorted(files) if name in CONFIG_NAMES]
        return found

    assert [t.path for t in discover([str(tmp_path)])] == reference(str(tmp_path))
    assert len(reference(str(tmp_path))) == 7


def test_stat_cache_from_discovery_answers_as_the_file_system_does(tmp_path, monkeypatch):
    """`check` answers existence questions about config directories from what discovery listed
    (truss_lint.speed.stat_cache); the answers must be os.path's for every kind of entry, and
    paths in directories that were not listed must still reach the file system."""
    import stat as stat_module

    from truss_lint.discovery import discover
    from truss_lint.speed.stat_cache import NO_CACHE, StatCache

    truss = tmp_path / "truss"
    (truss / "model").mkdir(parents=True)
    (truss / "config.yaml").write_text("model_name: x\n")
    (truss / ".truss-lint-record.yaml").write_text("x: 1\n")
    (truss / "pyproject.toml").write_text("")
    (truss / "weights.bin").symlink_to(truss / "config.yaml")
    (truss / "data").symlink_to(truss / "model")
    (truss / "broken").symlink_to(tmp_path / "missing")
    os.mkfifo(truss / "fifo")
    (truss / "linked.yaml").symlink_to(truss / "config.yaml")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "file").write_text("")

    seen = StatCache()
    monkeypatch.chdir(tmp_path)
    for root in (str(tmp_path), ".", "truss"):
        discover([root], seen)
    names = [p.name for p in truss.iterdir()] + ["absent", ".", "..", "", "model/"]
    for directory in (str(truss), "truss", str(tmp_path / "other")):
        for name in names:
            path = os.path.join(directory, name)
            assert seen.is_file(path) == os.path.isfile(path), path
            assert seen.exists(path) == os.path.exists(path), path
            plain = seen.is_plain_file(path)
            expected = os.path.lexists(path) and stat_module.S_ISREG(os.lstat(path).st_mode)
            assert plain in (None, expected), path
    assert seen.is_plain_file(str(truss / "config.yaml")) is True  # listed: answered from memory
    assert seen.is_plain_file(str(tmp_path / "other" / "file")) is None  # holds no config: not listed
    os.remove(truss / ".truss-lint-record.yaml")  # the listing is what discovery saw, for this run
    assert seen.is_file(str(truss / ".truss-lint-record.yaml"))
    assert not NO_CACHE.is_file(str(truss / ".truss-lint-record.yaml"))  # outside a run: the file system


def test_a_killed_worker_stops_the_run_with_a_clear_error(tmp_path):
    """A worker killed mid-run (out of memory, say) is a WorkerError naming what happened, which
    the CLI reports in one line with exit 2; the other worker is stopped and reaped."""
    import signal

    from truss_lint.speed import worker_pool as parallel
    from truss_lint.settings import Settings

    if not parallel._can_fork():
        pytest.skip("forked workers only")
    write_tree(tmp_path, 200)
    linter = parallel.ParallelLinter(2)
    paths = sorted(tmp_path.rglob("config.yaml"))
    for path in paths[:parallel.CHUNK_FILES]:  # chunk 0 goes to worker 0
        linter.add(str(path), False, Settings())
    victim = linter._pool._workers[0][0]
    os.kill(victim, signal.SIGKILL)
    with pytest.raises(parallel.WorkerError, match="exited unexpectedly"):
        for path in paths[parallel.CHUNK_FILES:]:
            linter.add(str(path), False, Settings())
        linter.results()
    linter.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(victim, os.WNOHANG)  # already reaped


def test_a_stalled_worker_is_given_no_more_than_its_queue_and_the_report_keeps_its_order(tmp_path):
    """Chunks go to the worker with the least work queued, so a worker the machine stalls holds
    up at most QUEUED_CHUNKS_PER_WORKER chunks while the other lints the rest; and the last
    chunks are smaller, so the workers finish together."""
    import signal

    from truss_lint.speed import worker_pool as parallel
    from truss_lint.file_linting import lint_file
    from truss_lint.settings import Settings

    if not parallel._can_fork():
        pytest.skip("forked workers only")
    write_tree(tmp_path, 400)
    paths = [str(p) for p in sorted(tmp_path.rglob("config.yaml"))]
    settings = Settings()
    linter = parallel.ParallelLinter(2, total=len(paths))
    sizes = []
    submit = linter._submit
    linter._submit = lambda: (sizes.append(len(linter._chunk)), submit())[1]
    for path in paths[:parallel.CHUNK_FILES]:  # the first chunk starts the workers
        linter.add(path, False, settings)
    stalled = linter._pool._workers[1][0]
    os.kill(stalled, signal.SIGSTOP)
    try:
        for path in paths[parallel.CHUNK_FILES:]:
            linter.add(path, False, settings)
        owners = list(linter._pool._owner.values())
    finally:
        os.kill(stalled, signal.SIGCONT)
    assert owners.count(1) <= parallel.QUEUED_CHUNKS_PER_WORKER < owners.count(0)
    assert [r.diagnostics for r in linter.results()] == [lint_file(p, False, settings).diagnostics for p in paths]
    assert sum(sizes) == len(paths) and max(sizes) == parallel.CHUNK_FILES
    assert sizes[-2] == parallel.MIN_CHUNK_FILES <= sizes[-1] < 2 * parallel.MIN_CHUNK_FILES


def test_large_tasks_and_results_cannot_deadlock_the_workers(tmp_path):
    """A worker blocked handing back a large result (sources kept for the `full` report) while
    the main process sends it a large task (big settings) must not wait forever: task pipes are
    non-blocking and the main process reads results while a task waits for room."""
    import signal

    from truss_lint.speed import worker_pool as parallel
    from truss_lint.settings import Settings

    if not parallel._can_fork():
        pytest.skip("forked workers only")
    padding = "# " + "x" * 998 + "\n"
    for index in range(320):
        (tmp_path / f"{index:03d}").mkdir()
        (tmp_path / f"{index:03d}" / "config.yaml").write_text(f"model_name: m{index}\n" + padding * 60)
    settings = Settings(ignore=[f"XX{index:03d}-{'y' * 1000}" for index in range(300)])  # ~300 KB a task
    items = [(str(path), False, settings) for path in sorted(tmp_path.rglob("config.yaml"))]

    def hung(signum, frame):
        raise TimeoutError("the workers deadlocked")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    try:
        outcomes = parallel.lint_in_parallel(items, 2, keep_source=True)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert len(outcomes) == 320 and all(len(o.source) > 60_000 for o in outcomes)
