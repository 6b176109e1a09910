"""What a config was deployed with, to catch `resources` edits that never reach the model.

Baseten resolves a model's instance from `resources` when it is deployed; `truss push --promote`
or `--environment` keeps the environment's current instance by default
(`--preserve-env-instance-type`, truss-semantics.md §1.7), and the 2023 docs said edits after
the first deployment are ignored. So the config that was pushed is the one that counts. It comes
from, in order:

1. a **record** beside the config (`.truss-lint-record.yaml`), written by `truss-lint record`
   right after `truss push`; or
2. a **git baseline**: the same config at a git ref (`--baseline origin/main`, or `--baseline auto`
   for pre-commit's pre-push stage and CI), following the file if its truss directory moved.

Rule TC211 (resources-changed-after-push) compares the linted config with it, in meaning.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from .catalog import Catalog, Instance
from .record_paths import DEFAULT_CONFIG_NAMES, RECORD_NAME, LifecycleError, record_path  # noqa: F401 (re-exported)
from .resources import (DEFAULT_CPU, DEFAULT_MEMORY, TRT_LLM_MIN_MEMORY, Request, format_cpu, format_mib,
                        request_from_config)

if TYPE_CHECKING:
    from .settings import Settings

RECORD_VERSION = 1
AUTO = "auto"


# --- the record -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Deployed:
    """What the model was pushed with, and where truss-lint learnt it."""

    request: Request
    instance: Instance | None
    source: str  # "the record .truss-lint-record.yaml of 2026-11-28T15:49:19Z", "demo/config.yaml at main"


def normalised_resources(config: dict, request: Request) -> dict[str, Any]:
    """`resources` as `truss push` sends them (truss-semantics.md §2): cpu and memory as written
    (defaults "1" and "2Gi"; memory raised to 10Gi for a TRT-LLM engine build), accelerator
    `TYPE`/`TYPE:N`, use_gpu derived, node_count (1 when unset), instance_type ("" is unset)."""
    resources = config.get("resources") or {}
    accelerator = request.accelerator
    return {
        "cpu": resources.get("cpu", DEFAULT_CPU),
        "memory": TRT_LLM_MIN_MEMORY if request.memory_raised_for_trt_llm else resources.get("memory", DEFAULT_MEMORY),
        "accelerator": str(accelerator) if accelerator and accelerator.gpu_type else None,
        "use_gpu": accelerator is not None,
        "node_count": request.node_count,
        "instance_type": request.instance_type,
    }


def render_record(config_name: str, resources: dict[str, Any], instance: Instance | None, catalog: Catalog,
                  recorded_at: str, version: str) -> str:
    """The record's text: YAML written by hand so the order and comments stay put across runs."""
    def scalar(value: Any) -> str:
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return f"{value:g}" if isinstance(value, float) else str(value)
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar

    lines = [
        "# Written by `truss-lint record` right after `truss push`: the resources this model was",
        "# deployed with. Commit it. truss-lint reports edits to `resources` that Baseten would not",
        "# apply (TC211 resources-changed-after-push). After changing the instance for real (Baseten",
        f"# dashboard, or a new model), run `truss-lint record {config_name}` again. See docs/lifecycle.md.",
        f"record_version: {RECORD_VERSION}",
        f"config: {scalar(config_name)}",
        f"recorded_at: {scalar(recorded_at)}",
        f"truss_lint_version: {scalar(version)}",
        f"catalog_as_of: {scalar(catalog.as_of)}",
        "resources:  # as `truss push` sends them",
    ]
    lines += [f"  {key}: {scalar(resources[key])}" for key in
              ("cpu", "memory", "accelerator", "use_gpu", "node_count", "instance_type")]
    if instance is None:
        lines.append("instance: null  # no instance in the catalog matched; see `truss-lint check`")
    else:
        lines.append("instance:  # what Baseten resolves these resources to, per the catalog above")
        lines += [f"  {key}: {scalar(value)}" for key, value in instance.to_json().items()
                  if key != "availability" or value != "public"]
    return "\n".join(lines) + "\n"


def write_atomically(path: str, text: str) -> None:
    """Write via a temporary file in the same directory and `os.replace`, so a crash or a full disk
    never leaves half a record (and a reader never sees one)."""
    import tempfile

    directory = os.path.dirname(path) or "."
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".truss-lint-record.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _file_mode(path))
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def _file_mode(path: str) -> int:
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def utc_now() -> str:
    """ISO 8601 UTC, to the second; `SOURCE_DATE_EPOCH` pins it for reproducible output."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    pinned = epoch is not None and epoch.isdigit()
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if pinned else datetime.now(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class RecordResult:
    config_path: str
    record_path: str
    instance: Instance | None
    previous: Deployed | None  # the record it replaced, if any
    unchanged: bool = False  # the record already said this: it was left as it was, byte for byte


def record(config_path: str, catalog: Catalog, *, force: bool = False) -> RecordResult:
    """Write (or deliberately rewrite) the record beside `config_path`."""
    from . import __version__
    from .yaml_loader import YamlProblem, decode, load
    from .resolver import resolve

    try:
        with open(config_path, "rb") as stream:
            raw = stream.read()
        document = load(decode(raw))
    except OSError as error:
        raise LifecycleError(f"{config_path}: cannot read: {error.strerror or error}") from None
    except YamlProblem as problem:
        raise LifecycleError(f"{config_path}: {problem.message}") from None
    if document.problem is not None:
        span = document.problem.span
        raise LifecycleError(f"{config_path}:{span.line}:{span.column}: {document.problem.message}; "
                             "fix it (see `truss-lint check`) before recording")
    request = request_from_config(document.data)
    if request is None:
        raise LifecycleError(f"{config_path}: `resources` is invalid, so Truss could not have pushed it; "
                             "see `truss-lint check`")
    target = record_path(config_path)
    previous = None
    if os.path.lexists(target):
        try:
            previous = read_record(target)
        except LifecycleError as error:
            if not force:
                raise LifecycleError(f"{error}; not overwriting it (fix it, or pass --force to replace it)") from None
    instance = resolve(request, catalog).instance
    resources = normalised_resources(document.data, request)
    name = os.path.basename(config_path)
    if previous is not None:  # the same record but for its time and version: leave it (git shows no diff)
        old_text, stamps = _record_stamps(target)
        if old_text is not None and old_text == render_record(name, resources, instance, catalog, *stamps):
            return RecordResult(config_path, target, instance, previous, unchanged=True)
    text = render_record(name, resources, instance, catalog, utc_now(), __version__)
    try:
        write_atomically(target, text)
    except OSError as error:
        raise LifecycleError(f"{target}: cannot write the record: {error.strerror or error}") from None
    return RecordResult(config_path, target, instance, previous)


def _record_stamps(path: str) -> tuple[str | None, tuple[str, str]]:
    """A record's text and its (recorded_at, truss_lint_version), as written."""
    from .yaml_loader import load

    try:
        with open(path, encoding="utf-8", newline="") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError):
        return None, ("", "")
    data = load(text).data
    if not isinstance(data, dict):
        return None, ("", "")
    return text, (str(data.get("recorded_at", "")), str(data.get("truss_lint_version", "")))


_record_cache: dict[tuple[str, int, int], Deployed] = {}


def read_record(path: str) -> Deployed:
    """Load and check a record; any problem is a LifecycleError naming the file and position."""
    from .yaml_loader import YamlProblem, decode, load

    try:
        status = os.stat(path)
        key = (os.path.realpath(path), status.st_mtime_ns, status.st_size)
        if key in _record_cache:
            return _record_cache[key]
        with open(path, "rb") as stream:
            document = load(decode(stream.read()))
    except OSError as error:
        raise LifecycleError(f"{path}: cannot read the truss-lint record: {error.strerror or error}") from None
    except YamlProblem as problem:
        document = None
        failure = (problem.span, problem.message)
    else:
        failure = (document.problem.span, document.problem.message) if document.problem else None
    if failure:
        span, message = failure
        raise LifecycleError(f"{path}:{span.line}:{span.column}: corrupt truss-lint record: {message}")
    deployed = _parse_record(path, document)
    _record_cache[key] = deployed
    return deployed


def _parse_record(path: str, document: Any) -> Deployed:
    data = document.data

    def fail(key_path: tuple, problem: str) -> LifecycleError:
        span = document.span(key_path)
        return LifecycleError(f"{path}:{span.line}:{span.column}: corrupt truss-lint record: {problem}")

    if not isinstance(data, dict):
        raise fail((), "expected a mapping written by `truss-lint record`")
    version = data.get("record_version")
    if version != RECORD_VERSION:
        newer = isinstance(version, int) and version > RECORD_VERSION
        raise fail(("record_version",), f"`record_version` must be {RECORD_VERSION}, not {version!r}"
                                        + ("; it was written by a newer truss-lint: upgrade" if newer else ""))
    resources = data.get("resources")
    if not isinstance(resources, dict):
        raise fail(("resources",), "`resources` must be a mapping")
    for key in ("cpu", "memory"):
        if not isinstance(resources.get(key), str):
            raise fail(("resources", key), f"`resources.{key}` must be a string")
    config = {"resources": {k: v for k, v in resources.items() if k != "use_gpu"}}
    request = request_from_config(config)
    if request is None:
        raise fail(("resources",), "`resources` is not something Truss can push")
    if request.accelerator is None and resources.get("use_gpu") is True:
        from .resources import Accelerator

        request = Request(request.millicores, request.memory_mib, Accelerator(None, 1), request.node_count,
                          request.instance_type)  # the `count: 0` quirk: a GPU of no type
    when = data.get("recorded_at")
    when = when if isinstance(when, str) else str(when or "unknown time")
    instance = _recorded_instance(data.get("instance"), lambda key, problem: fail(("instance", key), problem))
    return Deployed(request, instance, f"the record {os.path.basename(path)} of {when}")


def _recorded_instance(block: Any, fail: Any) -> Instance | None:
    if block is None:
        return None
    if not isinstance(block, dict) or not isinstance(block.get("name"), str):
        raise fail("name", "`instance` must be a mapping with a `name`")
    values = {}
    for key, kind in (("vcpu", (int, float)), ("memory_gib", (int, float)), ("gpu_count", int),
                      ("vram_gib_per_gpu", (int, float)), ("price_per_minute_usd", (int, float))):
        value = block.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise fail(key, f"`instance.{key}` must be a number")
        values[key] = value
    gpu_type = block.get("gpu_type")
    if gpu_type is not None and not isinstance(gpu_type, str):
        raise fail("gpu_type", "`instance.gpu_type` must be a string or null")
    return Instance(name=block["name"], gpu_type=gpu_type, availability=str(block.get("availability", "public")),
                    **values)


# --- the git baseline -----------------------------------------------------------------------------

@dataclass
class Baseline:
    """The configs at a git ref. Git runs lazily, once per repository, and only when asked."""

    ref: str
    label: str = ""  # how messages name it: "main", "origin/main (395af65)"
    _repos: dict[str, _Repository] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.label = self.label or self.ref

    def repository(self, path: str) -> _Repository:
        directory = os.path.dirname(os.path.realpath(path))
        for root, repo in self._repos.items():
            if directory == root or directory.startswith(root.rstrip(os.sep) + os.sep):
                return repo
        root = _git(directory, "rev-parse", "--show-toplevel", what=f"{path}: not in a git repository, so "
                    f"there is no `--baseline {self.ref}` to compare with", quote_git=False)
        repo = _Repository(os.path.realpath(root), self.ref)
        repo.verify()
        self._repos[repo.root] = repo
        return repo

    def config_at_ref(self, path: str) -> tuple[str, str] | None:
        """(path in the repository at the ref, text) of this config at the ref; None when it did not
        exist there (a first push). A config whose truss directory moved is followed."""
        repo = self.repository(path)
        here = os.path.relpath(os.path.realpath(path), repo.root).replace(os.sep, "/")
        old = repo.path_at_ref(here)
        if old is None:
            return None
        return old, repo.show(old)


def _git(cwd: str, *args: str, what: str, quote_git: bool = True) -> str:
    import subprocess

    try:
        done = subprocess.run(["git", *args], cwd=cwd or ".", capture_output=True, text=True, check=False)
    except OSError as error:
        raise LifecycleError(f"cannot run git for --baseline: {error.strerror or error}") from None
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or [""])[-1] if quote_git else ""
        raise LifecycleError(f"{what}{f' (git: {detail})' if detail else ''}")
    return done.stdout.strip()


@dataclass
class _Repository:
    root: str
    ref: str
    commit: str = ""
    _renames: dict[str, str] | None = None
    _present: set[str] | None = None

    def verify(self) -> None:
        self.commit = _git(self.root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{self.ref}^{{commit}}",
                           what=f"--baseline {self.ref}: no such commit, branch or tag in {self.root} "
                                "(in CI, fetch it first, e.g. `git fetch origin main`)")

    def present(self) -> set[str]:
        if self._present is None:
            listing = _git(self.root, "ls-tree", "-r", "--name-only", "-z", self.commit, what="git ls-tree failed")
            self._present = set(filter(None, listing.split("\0")))
        return self._present

    def renames(self) -> dict[str, str]:
        """Current path → path at the ref, from git's rename detection against the working tree."""
        if self._renames is None:
            output = _git(self.root, "diff", "--name-status", "-z", "-M", "--no-ext-diff", self.commit, "--",
                          what="git diff failed")
            fields = output.split("\0")
            self._renames = {}
            index = 0
            while index < len(fields) and fields[index]:
                status = fields[index]
                if status.startswith(("R", "C")):
                    old, new = fields[index + 1], fields[index + 2]
                    if status.startswith("R"):
                        self._renames[new] = old
                    index += 3
                else:
                    index += 2
        return self._renames

    def path_at_ref(self, path: str) -> str | None:
        present = self.present()
        if path in present:
            return path
        renames = self.renames()
        if path in renames:
            return renames[path]
        # The config itself changed too much for git to pair it, but the truss directory moved:
        # its other files (model/model.py, ...) were renamed from one old directory.
        directory, name = path.rpartition("/")[0], path.rpartition("/")[2]
        prefix = f"{directory}/" if directory else ""
        for new, old in renames.items():
            inside = new[len(prefix):]
            if new.startswith(prefix) and old != new and (old == inside or old.endswith(f"/{inside}")):
                old_directory = old[: len(old) - len(inside)]
                candidate = f"{old_directory}{name}"
                if candidate in present and not os.path.exists(os.path.join(self.root, candidate)):
                    return candidate
        return None

    def show(self, path: str) -> str:
        import subprocess

        try:
            done = subprocess.run(["git", "cat-file", "blob", f"{self.commit}:{path}"], cwd=self.root,
                                  capture_output=True, check=False)
        except OSError as error:
            raise LifecycleError(f"cannot run git for --baseline: {error.strerror or error}") from None
        if done.returncode != 0:
            raise LifecycleError(f"--baseline {self.ref}: cannot read {path} at {self.ref}")
        return done.stdout.decode("utf-8", "replace")


def resolve_baseline(value: str, cwd: str = ".") -> Baseline | None:
    """`--baseline REF`, or `--baseline auto`: the ref the current context pushes onto.

    auto, in order: pre-commit's PRE_COMMIT_FROM_REF (pre-push stage, or `pre-commit run
    --from-ref`); a new branch pushed by pre-commit: the remote's default branch; GitHub Actions
    pull requests: origin/$GITHUB_BASE_REF; the current branch's upstream. None when there is no
    such ref (pushing the first commit): then only records are compared.
    """
    import subprocess

    if value != AUTO:
        return Baseline(value)
    env = os.environ
    remote = env.get("PRE_COMMIT_REMOTE_NAME")
    branch = env.get("PRE_COMMIT_REMOTE_BRANCH", "").removeprefix("refs/heads/")
    if env.get("PRE_COMMIT_FROM_REF"):
        sha = env["PRE_COMMIT_FROM_REF"]
        return Baseline(sha, f"{remote}/{branch} ({sha[:7]})" if remote and branch else sha[:12])
    candidates = []
    if remote:  # a new branch: compare with the remote's copy of it, else its default branch
        candidates += [f"refs/remotes/{remote}/{branch}", f"refs/remotes/{remote}/HEAD"]
    if env.get("GITHUB_BASE_REF"):  # a GitHub Actions pull request
        candidates.append(f"refs/remotes/origin/{env['GITHUB_BASE_REF']}")
    candidates.append("@{upstream}")
    for ref in candidates:
        done = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "--symbolic-full-name", ref], cwd=cwd,
                              capture_output=True, text=True, check=False)
        if done.returncode == 0:
            full = done.stdout.strip() or ref
            return Baseline(full, full.removeprefix("refs/remotes/").removeprefix("refs/heads/"))
    return None


# --- what the rule compares -----------------------------------------------------------------------

def deployed_for(path: str, settings: Settings, catalog: Catalog) -> Deployed | None:
    """The record beside `path`, else the config at the baseline ref, else None."""
    from .yaml_loader import load
    from .resolver import resolve

    if not path or path.startswith("<"):  # stdin without --stdin-filename
        return None
    target = record_path(path)
    if os.path.isfile(target):
        return read_record(target)
    baseline = getattr(settings, "baseline", None)
    if baseline is None or not os.path.exists(path):
        return None
    found = baseline.config_at_ref(path)
    if found is None:
        return None
    old_path, text = found
    document = load(text)
    request = request_from_config(document.data) if document.problem is None else None
    if request is None:
        return None  # it did not load or push at the ref either: nothing to compare with
    return Deployed(request, resolve(request, catalog).instance, f"{old_path} at {baseline.label}")


def changed_keys(deployed: Request, current: Request, catalog: Catalog) -> list[str]:
    """The `resources` keys whose meaning differs. With `instance_type` on either side, only it
    counts: Truss then ignores cpu, memory and accelerator."""
    if deployed.instance_type or current.instance_type:
        return [] if _same_sku(deployed.instance_type, current.instance_type, catalog) else ["instance_type"]
    keys = []
    if deployed.millicores != current.millicores:
        keys.append("cpu")
    if deployed.memory_mib != current.memory_mib:
        keys.append("memory")
    if deployed.accelerator != current.accelerator:
        keys.append("accelerator")
    if deployed.node_count != current.node_count:
        keys.append("node_count")
    return keys


def _same_sku(left: str | None, right: str | None, catalog: Catalog) -> bool:
    if not left or not right:
        return False
    a, b = catalog.by_name(left), catalog.by_name(right)
    return (a is not None and a is b) or left.strip() == right.strip()


def describe_key(request: Request, key: str) -> str:
    """The meaning of one key of a request, for messages: `8 vCPU`, `32 GiB`, `A10G:2`, `none`."""
    if key == "cpu":
        return f"{format_cpu(request.millicores)} vCPU"
    if key == "memory":
        return format_mib(request.memory_mib)
    if key == "accelerator":
        if request.accelerator is None:
            return "no GPU"
        return str(request.accelerator) if request.accelerator.gpu_type else "a GPU of no type"
    if key == "node_count":
        return str(request.node_count)
    return f"`{request.instance_type}`" if request.instance_type else "unset"


def prepare(settings: Settings, baseline: str | None, paths: list[str]) -> None:
    """Before linting: choose the baseline and read every record, so a bad ref, a missing
    repository or a corrupt record is one clear exit-2 error rather than a finding per file."""
    if baseline:
        settings.baseline = resolve_baseline(baseline)
        if settings.baseline is None:
            import sys

            print("truss-lint: note: --baseline auto: no ref to compare with (no pre-commit push range, pull "
                  "request base or upstream branch); only .truss-lint-record.yaml records are compared",
                  file=sys.stderr)
    for path in paths:
        if not path or path.startswith("<"):
            continue
        target = record_path(path)
        if os.path.isfile(target):
            read_record(target)
        elif settings.baseline is not None and os.path.isfile(path):
            settings.baseline.repository(path)
