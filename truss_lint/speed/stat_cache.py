"""What discovery saw in the directories that hold configs, so the checks after it ask memory,
not the file system.

Linting a config asks a few yes/no questions about its directory: is there a deployment record,
a `.truss-lint.toml`, a `model/` or `data/` directory with weights? Discovery has just listed
that directory (one scandir), so `truss-lint check` keeps what it saw for the run in a StatCache it
hands to everything that asks: a `stat` per question was ~8 % of linting a small config. Forked
workers inherit it. A path in a directory that was not listed (a file named on the command line,
the library API) is asked of the file system, as before.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from collections.abc import Iterable

# Directories remembered per run, at most: beyond this, paths are asked of the file system.
MAX_DIRECTORIES = 50_000
_EMPTY: frozenset[str] = frozenset()


class StatCache:
    """os.path's existence questions, answered from the listings discovery saw where it saw the
    directory, else from the file system. Per listed directory: the names of its files and of all
    its entries (symbolic links followed, as os.path.isfile and os.path.exists do), and which
    names are symbolic links. An empty cache asks the file system every time."""

    def __init__(self) -> None:
        self._by_directory: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        # One tuple per distinct listing: most directories of a tree hold the same few names.
        self._shared: dict[tuple, tuple] = {}

    def add(self, directory: str, files: Iterable[str], existing: Iterable[str], links: Iterable[str]) -> None:
        """Remember a listing; `directory` is spelled as the paths asked about later are."""
        if len(self._by_directory) >= MAX_DIRECTORIES:
            return
        listing = (frozenset(files), frozenset(existing), frozenset(links) or _EMPTY)
        self._by_directory[directory] = self._shared.setdefault(listing, listing)

    def _lookup(self, path: str) -> tuple[tuple | None, str]:
        """The listing of the directory `path` names an entry of, or None when not listed."""
        directory, name = os.path.split(path)
        if name in ("", ".", ".."):  # `dir/`, `dir/.`: the directory itself, not an entry of it
            return None, name
        return self._by_directory.get(directory), name

    def is_file(self, path: str) -> bool:
        """os.path.isfile(path)."""
        listing, name = self._lookup(path)
        return name in listing[0] if listing is not None else os.path.isfile(path)

    def exists(self, path: str) -> bool:
        """os.path.exists(path)."""
        listing, name = self._lookup(path)
        return name in listing[1] if listing is not None else os.path.exists(path)

    def is_plain_file(self, path: str) -> bool | None:
        """Whether `path` is a file and not a symbolic link; None when its directory was not listed."""
        listing, name = self._lookup(path)
        return None if listing is None else name in listing[0] and name not in listing[2]


# Asks the file system every time: for linting outside `truss-lint check` (the library API, fixes).
NO_CACHE = StatCache()
