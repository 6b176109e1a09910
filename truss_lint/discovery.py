"""Find the configs to lint, and tell a Truss config.yaml from other tools' config.yaml."""

from __future__ import annotations

import os
import re
from functools import lru_cache

from ._struct import Struct

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from .speed.stat_cache import StatCache

CONFIG_NAMES = ("config.yaml", "config.yml")
SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".nox",
                       ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", ".eggs"})

# Top-level keys only Truss configs have (a generic `description:` or `environment_variables:`
# proves nothing), or the schema modeline `truss init` writes.
_TRUSS_KEYS = (
    "model_name|model_class_name|model_class_filename|model_module_dir|model_metadata|model_framework|"
    "model_type|python_version|requirements_file|system_packages|secrets|trt_llm|docker_server|model_cache|"
    "hf_cache|weights|external_package_dirs|bundled_packages_dir|spec_version|build_commands|base_image|"
    "bis_llm|training_checkpoints|examples_filename|live_reload|apply_library_patches|external_data"
)
# Generic block names count only with a child key that is Truss's own.
_TRUSS_BLOCKS = {
    "resources": "accelerator|use_gpu|instance_type|node_count",
    "runtime": "predict_concurrency|streaming_read_timeout|enable_tracing_data|transport",
    "build": "model_server|secret_to_path_mapping",
}


@lru_cache(maxsize=None)
def _truss_marker() -> re.Pattern:
    return re.compile(
        rf"^(?:['\"]?(?:{_TRUSS_KEYS})['\"]?[ \t]*:)"
        + "".join(rf"|^{block}[ \t]*:[^\n]*(?:\n[ \t]+[^\n]*)*?\n[ \t]+(?:{children})[ \t]*:"
                  for block, children in _TRUSS_BLOCKS.items())
        + r"|yaml-language-server:[ \t]*\$schema=\S*truss",
        re.MULTILINE,
    )


def is_truss_config(text: str) -> bool:
    # Nearly every Truss config names its model: a substring test answers before the marker
    # regex is compiled (~1 ms, at every start).
    if text.startswith("model_name:") or "\nmodel_name:" in text:
        return True
    return _truss_marker().search(text) is not None


# A top-level key this close to one of Truss's own (`model_nmae`, `python_versoin`) is a typo in
# a Truss config. Short keys (`secrets`, `weights`, `trt_llm`) are left out: `secret:` or
# `weight:` one edit away is common in other tools' files.
_NEAR_MISS_DISTANCE = 2
_NEAR_MISS_MIN_LENGTH = 8
_NEAR_MISS_KEYS_ASKED = 200  # keys of one file compared at most (a hostile file may have millions)


@lru_cache(maxsize=None)
def _top_level_key() -> re.Pattern:
    return re.compile(r"^['\"]?([A-Za-z_][\w.-]{5,40})['\"]?[ \t]*:", re.MULTILINE)


def near_miss_key(text: str) -> tuple[str, str] | None:
    """(written key, Truss key) for a top-level key within two edits of a Truss-only key."""
    asked: set[str] = set()
    for match in _top_level_key().finditer(text):
        key = match.group(1)
        if key in asked:
            continue
        asked.add(key)
        if len(asked) > _NEAR_MISS_KEYS_ASKED:
            return None
        truss_key = _near_miss_of(key)
        if truss_key is not None:
            return key, truss_key
    return None


@lru_cache(maxsize=4096)  # the other tools' configs of a tree repeat the same few keys
def _near_miss_of(key: str) -> str | None:
    lowered = key.lower()
    for truss_key in _near_miss_keys():
        if abs(len(key) - len(truss_key)) <= _NEAR_MISS_DISTANCE and \
                edit_distance(lowered, truss_key, _NEAR_MISS_DISTANCE) <= _NEAR_MISS_DISTANCE:
            return truss_key
    return None


@lru_cache(maxsize=None)
def _near_miss_keys() -> tuple[str, ...]:
    return tuple(k for k in _TRUSS_KEYS.split("|") if len(k) >= _NEAR_MISS_MIN_LENGTH)


def edit_distance(a: str, b: str, bound: int | None = None) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    neighbouring characters (`nmae` → `name` is one edit) each cost 1. Past `bound` it stops
    early and returns a value above the bound."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
        if bound is not None and min(current) > bound + 1:  # (a swap can lower the next row by one)
            return bound + 1
    return previous[-1]


def truss_layout(directory: str, stat_cache: StatCache) -> str | None:
    """What beside a config makes its directory a truss (as `truss init` lays it out): a
    `model/model.py`, or two of `model/`, `packages/` and `data/` (one alone is too common)."""
    join = os.path.join
    if stat_cache.is_file(join(directory, "model", "model.py")):
        return "model/model.py"
    present = [f"{name}/" for name in ("model", "packages", "data") if stat_cache.exists(join(directory, name))]
    return " and ".join(present) if len(present) >= 2 else None


def why_truss_config(text: str, path: str, stat_cache: StatCache) -> str | None:
    """Why a file without Truss's own keys still counts as a Truss config, or None."""
    near_miss = near_miss_key(text)
    if near_miss is not None:
        return f"`{near_miss[0]}` looks like a typo of Truss's `{near_miss[1]}`"
    layout = truss_layout(os.path.dirname(path) or ".", stat_cache)
    return None if layout is None else f"{layout} beside it"


class Target(Struct):
    """A file to lint. A value."""

    __slots__ = ("path", "explicit")

    def __init__(self, path: str, explicit: bool) -> None:
        self.path = path  # as the user gave it, or joined onto a directory they gave
        self.explicit = explicit  # named on the command line (not found by recursion)


class DiscoveryError(Exception):
    """A path that does not exist or cannot be read (exit 2)."""


def discover(paths: list[str], stat_cache: StatCache | None = None) -> list[Target]:
    """The configs under `paths`; what the walk saw in their directories goes into `stat_cache`."""
    targets: list[Target] = []
    seen: set[str] = set()
    for given in paths:
        if os.path.isdir(given):
            found = [Target(p, False) for p in _walk(given, stat_cache)]
        elif os.path.exists(given) or os.path.islink(given):
            found = [Target(given, True)]
        else:
            raise DiscoveryError(f"{given}: no such file or directory")
        for target in found:
            key = os.path.normpath(target.path)
            if key not in seen:
                seen.add(key)
                targets.append(target)
    return targets


def _walk(root: str, stat_cache: StatCache | None = None) -> list[str]:
    """Config files (and Python files, which may be Truss Chains sources) under `root`, in sorted
    depth-first order (os.walk's, top-down). Symlinked
    directories are not followed; SKIP_DIRS and virtualenvs (a `pyvenv.cfg` inside) are skipped.
    One scandir per directory: a virtualenv is recognised from its own listing when visited, not
    by a stat from its parent (1,000 directories: a thousand system calls fewer)."""
    found = []
    pending = [root]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError:  # unreadable or vanished: skipped, as os.walk does
            continue
        subdirs, configs, sources, virtualenv = [], [], [], False
        for entry in entries:
            name = entry.name
            if _is_dir(entry):
                if name not in SKIP_DIRS and not entry.is_symlink():
                    subdirs.append(name)
            elif name in CONFIG_NAMES:
                configs.append(name)
            elif name.endswith(".py"):  # maybe a Truss Chains file: file_linting.py keeps only those
                sources.append(name)
            elif name == "pyvenv.cfg" and _is_file(entry):
                virtualenv = True
        if virtualenv and directory != root:
            continue
        for name in sorted(configs):
            path = os.path.join(directory, name)
            found.append(path[2:] if root == "." and path.startswith("./") else path)
        if configs and stat_cache is not None:
            _add_listing(stat_cache, os.path.dirname(found[-1]), entries)
        for name in sorted(sources):
            path = os.path.join(directory, name)
            found.append(path[2:] if root == "." and path.startswith("./") else path)
        pending.extend(os.path.join(directory, name) for name in sorted(subdirs, reverse=True))
    return found


def _add_listing(stat_cache: StatCache, directory: str, entries: list[os.DirEntry]) -> None:
    try:
        links = [e.name for e in entries if e.is_symlink()]
        existing = [e.name for e in entries if e.name not in links or os.path.exists(e.path)]  # (not broken)
        files = [e.name for e in entries if e.is_file()]
    except OSError:  # an entry that cannot be examined: leave the directory to the file system
        return
    stat_cache.add(directory, files, existing, links)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def relative_to_cwd(path: str) -> str:
    from pathlib import Path

    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return path
