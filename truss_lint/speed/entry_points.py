"""Entry points and installed versions, read straight from `*.dist-info` directories.

`importlib.metadata` costs ~25 ms to import (it pulls in email, zipfile, csv, ...) — about a
third of a whole `truss-lint check` of one file. What the linter needs from it is small: the
`truss_lint.rules` entry points of every installed distribution, and the version of `truss`.
Both are plain files on `sys.path`, so we read them directly, with importlib.metadata's
rules: distributions are searched in `sys.path` order, the first of a name wins, and an
entry point is `name = module:attr`. Anything unusual on `sys.path` (a zip file, an egg)
falls back to importlib.metadata itself, so third-party plugins keep working everywhere.
"""

from __future__ import annotations

import os
import re
import sys
from functools import lru_cache

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

_SEPARATORS = re.compile(r"[-_.]+")  # PEP 503 name normalisation
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


class EntryPoint:
    """The parts of `importlib.metadata.EntryPoint` truss-lint uses. (A plain class: a dataclass
    costs about a millisecond to create, at every start.)"""

    __slots__ = ("name", "value", "group")

    def __init__(self, name: str, value: str, group: str):
        self.name, self.value, self.group = name, value, group

    def __repr__(self) -> str:
        return f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"

    def load(self) -> Any:
        import importlib

        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"malformed entry point value {self.value!r}")
        target: Any = importlib.import_module(match.group("module"))
        for attr in filter(None, (match.group("attr") or "").split(".")):
            target = getattr(target, attr)
        return target


class _Unusual(Exception):
    """sys.path holds something only importlib.metadata knows how to read."""


def entry_points(group: str) -> list[Any]:
    """Every entry point in `group`, like `importlib.metadata.entry_points(group=group)`."""
    try:
        found = []
        for metadata_dir in _distributions():
            found += _read_entry_points(os.path.join(metadata_dir, "entry_points.txt"), group)
        return found
    except _Unusual:
        from importlib import metadata

        return list(metadata.entry_points(group=group))


def version(distribution: str) -> str | None:
    """The installed version of `distribution`, or None when it is not installed."""
    wanted = _normalize(distribution)
    try:
        for metadata_dir in _distributions():
            name, stem = _split(os.path.basename(metadata_dir))
            if _normalize(name) == wanted:
                return _version_of(metadata_dir, stem)
        return None
    except _Unusual:
        from importlib import metadata

        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            return None


def _distributions() -> tuple[str, ...]:
    """The metadata directory of each installed distribution, the first of each name."""
    return _distributions_on(tuple(sys.path))


@lru_cache(maxsize=4)  # entry points and the truss version both need it: list the directories once
def _distributions_on(path: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    found = []
    for entry in path:
        directory = entry or "."
        if not os.path.isdir(directory):
            if os.path.exists(directory):
                raise _Unusual(directory)  # a zip or egg file on sys.path
            continue
        try:
            names = os.listdir(directory)
        except OSError:
            continue
        for name in names:
            if name.endswith(".egg"):
                raise _Unusual(name)
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            key = _normalize(_split(name)[0])
            if key in seen:
                continue
            seen.add(key)
            found.append(os.path.join(directory, name))
    return tuple(found)


def _split(dir_name: str) -> tuple[str, str]:
    """`truss_lint-0.1.0.dist-info` → ("truss_lint", "0.1.0")."""
    stem = dir_name.rsplit(".", 1)[0]
    name, _, version_part = stem.partition("-")
    return name, version_part


def _normalize(name: str) -> str:
    return _SEPARATORS.sub("_", name).lower()


def _version_of(metadata_dir: str, stem: str) -> str | None:
    # `name-1.2.3.dist-info`; an egg-info may omit the version or add `-py3.11`: read PKG-INFO.
    if stem and metadata_dir.endswith(".dist-info"):
        return stem
    for file_name in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(metadata_dir, file_name), encoding="utf-8", errors="replace") as handle:
                for line in handle:
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
                    if not line.strip():
                        break
        except OSError:
            continue
    return stem.split("-")[0] or None


def _read_entry_points(path: str, group: str) -> list[EntryPoint]:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError:
        raise _Unusual(path) from None
    found = []
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        if section == group and "=" in line:
            name, _, value = line.partition("=")
            found.append(EntryPoint(name.strip(), value.strip(), group))
    return found
