"""Where a config's deployment record lives (`.truss-lint-record.yaml`, see `truss_lint.lifecycle`).

Its own small module so that `truss-lint check` can tell, with at most one `stat` per file, that
there is nothing to compare with, without importing the record machinery.
"""

from __future__ import annotations

import os

from .speed.stat_cache import NO_CACHE, StatCache

RECORD_NAME = ".truss-lint-record.yaml"
DEFAULT_CONFIG_NAMES = ("config.yaml", "config.yml")


class LifecycleError(Exception):
    """A record or a git baseline that cannot be used (exit 2)."""


def record_path(config_path: str) -> str:
    """`truss/config.yaml` → `truss/.truss-lint-record.yaml`; `truss/prod.yaml` →
    `truss/.prod.truss-lint-record.yaml`, so two configs in one directory keep apart."""
    directory, name = os.path.split(config_path)
    if name in DEFAULT_CONFIG_NAMES:
        return os.path.join(directory, RECORD_NAME)
    stem = name.rsplit(".", 1)[0]
    return os.path.join(directory, f".{stem}{RECORD_NAME}")


def has_record(config_path: str, stat_cache: StatCache = NO_CACHE) -> bool:
    """A record beside `config_path` (never for standard input without a file name)."""
    return bool(config_path) and not config_path.startswith("<") and stat_cache.is_file(record_path(config_path))
