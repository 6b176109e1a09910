"""Read files shipped in `truss_lint/data/`.

A plain file read: `importlib.resources` costs ~13 ms to import, a quarter of a one-file lint.
It is still used when the package is not a directory on disk (a zip import).
"""

from __future__ import annotations

import os
from functools import lru_cache

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def data_path(name: str) -> str:
    return os.path.join(DATA_DIR, name)


def has_data(name: str) -> bool:
    return os.path.isfile(data_path(name)) or (not os.path.isdir(DATA_DIR) and _resource(name).is_file())


def read_data(name: str) -> str:
    try:
        with open(data_path(name), encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        if os.path.isdir(DATA_DIR):
            raise
        return _resource(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def data_json(name: str):
    """A JSON data file, parsed once per process (shared: callers must not change it)."""
    import json

    return json.loads(read_data(name))


def _resource(name: str):
    from importlib import resources

    return resources.files("truss_lint") / "data" / name
