"""Reading one config from disk and linting it: the same steps in `check` and in its workers.

With `--jobs N` the worker processes read the files themselves, so the main process only walks
the tree and writes the report (reading in the main process made it the bottleneck).
"""

from __future__ import annotations

import os
import stat

from .diagnostics import FileResult
from .discovery import is_truss_config, why_truss_config
from .yaml_loader import MAX_FILE_BYTES
from .speed.stat_cache import NO_CACHE, StatCache

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from .settings import Settings

NOT_A_TRUSS_CONFIG = ("not a Truss config (no Truss keys, no near-miss of one, no truss directory beside it); "
                      "--force-truss or `include` in [tool.truss-lint] lints it anyway")


class ReadError(Exception):
    """A file that cannot be read; the message names it (reported on stderr, exit 2)."""


def read_config(path: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, at most `limit` + 1 (one more than the limit tells a file too large)."""
    try:
        # O_NONBLOCK: opening a FIFO named config.yaml must not wait for a writer forever.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise ReadError(f"{path}: is a directory") from None
    except OSError as error:
        raise ReadError(f"{path}: cannot read: {error.strerror or error}") from None
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise ReadError(f"{path}: is a directory")
        if not stat.S_ISREG(status.st_mode):
            raise ReadError(f"{path}: not a regular file (a pipe, socket or device); not read")
        # Plain os.read, sized to the file: a buffered file object costs a second fstat and a
        # read that finds the end, and asking for the 10 MiB limit allocates it (~30 µs a file).
        wanted = min(status.st_size, limit) + 1  # one more byte: a file that grew since fstat
        data = os.read(descriptor, wanted)
        while len(data) < status.st_size:  # a short read (network file systems): read on
            part = os.read(descriptor, wanted - len(data))
            if not part:
                break
            data += part
        if len(data) == wanted and wanted <= limit:  # it grew: read on, up to the limit
            while len(data) <= limit and (part := os.read(descriptor, limit + 1 - len(data))):
                data += part
        return data
    except OSError as error:
        raise ReadError(f"{path}: cannot read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)


def looks_like_truss_config(raw: bytes) -> bool:
    """discovery.is_truss_config of the file's text. Nearly every Truss config names its model,
    which the bytes show without decoding them (UTF-8 keeps ASCII as it is)."""
    if raw.startswith(b"model_name:") or b"\nmodel_name:" in raw:
        return True
    return is_truss_config(sniff_text(raw))


def sniff_text(raw: bytes) -> str:
    """Enough of the text to tell a Truss config, decoded as the loader will (UTF-16 needs a BOM)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", "replace")
    return raw.decode("utf-8", "replace")


def too_large(path: str, settings: Settings, limit: int = MAX_FILE_BYTES) -> FileResult:
    from .engine import lint_document
    from .yaml_loader import Document, YamlProblem

    problem = YamlProblem(f"the file is larger than {limit // (1024 * 1024)} MiB; a Truss config is a few KiB, "
                          "so truss-lint does not read further")
    return lint_document(Document(text="", problem=problem), path, settings)


def _binary(raw: bytes) -> bool:
    """A NUL byte, or bytes that are not UTF-8 (nor UTF-16 with a BOM): no text config at all."""
    if b"\0" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        sniff_text(raw) if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def lintable_bytes(path: str, explicit: bool, settings: Settings,
                   stat_cache: StatCache = NO_CACHE) -> bytes | FileResult | None:
    """The bytes to lint at `path`; or the result already known without linting (a file over the
    size limit; a file named on the command line that is not a Truss config); or None for such
    a file found by walking (another tool's config.yaml: skipped silently). Raises ReadError."""
    raw = read_config(path)
    if path.endswith(".py"):  # a Truss Chains file, or not ours: pre-commit passes every staged .py file
        from .chains import is_chain_source

        return raw if len(raw) <= MAX_FILE_BYTES and is_chain_source(raw) else None
    if len(raw) > MAX_FILE_BYTES:
        return too_large(path, settings)
    if settings.force_truss or looks_like_truss_config(raw):
        return raw
    if explicit and _binary(raw):  # named on purpose: TC001 says why Truss cannot read it either
        return raw
    if why_truss_config(sniff_text(raw), path, stat_cache) is not None:  # a typo'd key, a truss directory
        return raw
    return FileResult(path, skipped=NOT_A_TRUSS_CONFIG) if explicit else None


def lint_file(path: str, explicit: bool, settings: Settings, *, keep_source: bool = True,
              stat_cache: StatCache = NO_CACHE) -> FileResult | None:
    """Read and lint `path` (see lintable_bytes). Raises ReadError."""
    from .engine import lint_bytes

    raw = lintable_bytes(path, explicit, settings, stat_cache)
    if not isinstance(raw, bytes):
        return raw
    result = lint_bytes(raw, path, settings, stat_cache)
    if not keep_source:  # only the `full` report quotes lines; dropping the text keeps memory flat
        result.source = None
    return result


def lint_outcome(path: str, explicit: bool, settings: Settings, *, keep_source: bool = True,
                 stat_cache: StatCache = NO_CACHE) -> FileResult | str | None:
    """lint_file, with the message of an I/O error in place of the exception."""
    try:
        return lint_file(path, explicit, settings, keep_source=keep_source, stat_cache=stat_cache)
    except ReadError as error:
        return str(error)
