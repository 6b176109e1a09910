"""Applying fixes to a file, byte for byte, then linting it again.

`fix_bytes` applies the chosen fixes (built by the rules with `truss_lint.edits`) to the original
bytes, so every byte outside the edits (comments, quoting, key order, CRLF line endings, a BOM)
stays as it was, then lints again until nothing more applies.
"""

from __future__ import annotations

from ._struct import Struct
from .diagnostics import Diagnostic, FileResult, Fix

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from .settings import Settings

Edit = tuple[int, int, str]
MAX_FIX_PASSES = 10  # a fix may reveal another (a quoted cpu can then be checked); ruff stops at 100


def applicable(diagnostics: list[Diagnostic], *, unsafe: bool) -> list[Fix]:
    """The fixes to apply, in file order, without two that touch the same text."""
    fixes = sorted((d.fix for d in diagnostics if d.fix is not None and d.fix.edits and (d.fix.safe or unsafe)),
                   key=lambda f: min(e[0] for e in f.edits))
    chosen: list[Fix] = []
    taken: list[tuple[int, int]] = []
    for fix in fixes:
        spans = [(start, end) for start, end, _ in fix.edits]
        if any(_overlaps(span, other) for span in spans for other in taken):
            continue  # the next pass sees the file after this one and may still apply it
        chosen.append(fix)
        taken.extend(spans)
    return chosen


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # Touching counts: two insertions at one point have no defined order, so one waits a pass.
    return a[0] <= b[1] and b[0] <= a[1]


def _codec(raw: bytes) -> tuple[int, str]:
    """(BOM length, codec) so that text offsets can be turned back into byte offsets."""
    if raw.startswith(b"\xff\xfe"):
        return 2, "utf-16-le"
    if raw.startswith(b"\xfe\xff"):
        return 2, "utf-16-be"
    return (3 if raw.startswith(b"\xef\xbb\xbf") else 0), "utf-8"


def apply_edits(raw: bytes, text: str, edits: list[Edit]) -> bytes:
    """Splice `edits` (offsets into `text`, the decoded `raw`) into the original bytes."""
    bom, codec = _codec(raw)
    out, position, previous_char, previous_byte = [], 0, 0, bom
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1])):
        byte_start = previous_byte + len(text[previous_char:start].encode(codec))
        byte_end = byte_start + len(text[start:end].encode(codec))
        out += [raw[position:byte_start], replacement.encode(codec)]
        position, previous_char, previous_byte = byte_end, end, byte_end
    out.append(raw[position:])
    return b"".join(out)


class FixOutcome(Struct):
    __slots__ = ("result", "fixed", "applied")

    def __init__(self, result: FileResult, fixed: bytes, applied: list[Fix] | None = None) -> None:
        self.result = result  # the diagnostics that remain after fixing
        self.fixed = fixed  # the new file contents (== the input when nothing applied)
        self.applied = [] if applied is None else applied


def fix_bytes(raw: bytes, path: str, settings: Settings | None = None, *, unsafe: bool = False) -> FixOutcome:
    """Apply fixes to `raw` until none applies; lint the result."""
    from .engine import lint_bytes
    from .yaml_loader import decode

    applied: list[Fix] = []
    current = raw
    result = lint_bytes(current, path, settings)
    for _ in range(MAX_FIX_PASSES):
        fixes = applicable(result.diagnostics, unsafe=unsafe)
        if not fixes:
            break
        text = decode(current)  # lint_bytes decoded it already, so this cannot fail
        candidate = apply_edits(current, text, [edit for fix in fixes for edit in fix.edits])
        after = lint_bytes(candidate, path, settings)
        if _broke_the_file(result, after):
            break  # never trade a loading file for one that does not load
        current, result = candidate, after
        applied.extend(fixes)
    return FixOutcome(result, current, applied)


def _broke_the_file(before: FileResult, after: FileResult) -> bool:
    return before.instance_note != _DOES_NOT_LOAD and after.instance_note == _DOES_NOT_LOAD


_DOES_NOT_LOAD = "unknown: the file does not load"  # engine.lint_document's note


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    import difflib

    from .yaml_loader import decode

    old = decode(before).splitlines(keepends=True)
    new = decode(after).splitlines(keepends=True)
    lines = difflib.unified_diff(old, new, fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
                   for line in lines)


def write_atomically(path: str, data: bytes) -> None:
    """Write via a temporary file in the same directory and a rename, keeping the file's mode."""
    import contextlib
    import os
    import stat
    import tempfile

    real = os.path.realpath(path)  # replace a symlink's target, not the link
    mode = stat.S_IMODE(os.stat(real).st_mode)
    directory = os.path.dirname(real) or "."
    handle, temporary = tempfile.mkstemp(prefix=".truss-lint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
