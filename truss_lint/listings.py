"""What discovery saw in the directories that hold configs, so the checks after it ask memory,
not the file system.

Linting a config asks a few yes/no questions about its directory: is there a deployment record,
a `.truss-lint.toml`, a `model/` or `data/` directory with weights? Discovery has just listed
that directory (one scandir), so `truss-lint check` keeps what it saw for the run: a `stat` per
question was ~8 % of linting a small config. Forked workers inherit the listings. A path in a
directory that was not listed (a file named on the command line, the library API) is asked of
the file system, as before.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from collections.abc import Iterable

# Directories remembered per run, at most: beyond this, paths are asked of the file system.
MAX_DIRECTORIES = 50_000
_EMPTY: frozenset[str] = frozenset()


class Listings:
    """Per listed directory: the names of its files and of all its entries (symbolic links
    followed, as os.path.isfile and os.path.exists do), and which names are symbolic links."""

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

    def lookup(self, path: str) -> tuple[tuple | None, str]:
        """The listing of the directory `path` names an entry of, or None when not listed."""
        directory, name = os.path.split(path)
        if name in ("", ".", ".."):  # `dir/`, `dir/.`: the directory itself, not an entry of it
            return None, name
        return self._by_directory.get(directory), name


_current: Listings | None = None


def use(listings: Listings | None) -> None:
    """Answer from `listings` until `use(None)`; `truss-lint check` sets them for one run."""
    global _current
    _current = listings


def is_file(path: str) -> bool:
    """os.path.isfile(path), from the listings when its directory was listed."""
    listing, name = _current.lookup(path) if _current is not None else (None, "")
    return name in listing[0] if listing is not None else os.path.isfile(path)


def exists(path: str) -> bool:
    """os.path.exists(path), from the listings when its directory was listed."""
    listing, name = _current.lookup(path) if _current is not None else (None, "")
    return name in listing[1] if listing is not None else os.path.exists(path)


def is_plain_file(path: str) -> bool | None:
    """Whether `path` is a file and not a symbolic link; None when its directory was not listed."""
    listing, name = _current.lookup(path) if _current is not None else (None, "")
    return None if listing is None else name in listing[0] and name not in listing[2]
