"""Paths as CI services want them: relative to the repository root, `/`-separated, no `./`."""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping


def repository_root(environ: Mapping[str, str] | None = None) -> str:
    """`$GITHUB_WORKSPACE` (the checkout on a runner), else the nearest directory above the
    working directory that holds `.git`, else the working directory."""
    environ = os.environ if environ is None else environ
    workspace = environ.get("GITHUB_WORKSPACE")
    if workspace:
        return os.path.abspath(workspace)
    here = os.path.abspath(os.getcwd())
    directory = here
    while True:
        if os.path.exists(os.path.join(directory, ".git")):
            return directory
        parent = os.path.dirname(directory)
        if parent == directory:
            return here
        directory = parent


def repo_relative(path: str, root: str) -> str | None:
    """`path` relative to `root` with `/` separators, or None when it lies outside `root`
    (or is not a file path at all, like `<stdin>`)."""
    if path.startswith("<"):
        return None
    relative = os.path.relpath(os.path.abspath(path), root)
    if relative == ".." or relative.startswith(".." + os.sep) or os.path.isabs(relative):
        return None
    return relative.replace(os.sep, "/")


def display_path(path: str, root: str) -> str:
    """The repository-relative path when there is one, else the path as given (`/`-separated)."""
    relative = repo_relative(path, root)
    if relative is not None:
        return relative
    cleaned = path.replace(os.sep, "/")
    return cleaned[2:] if cleaned.startswith("./") else cleaned
