"""The edits rules offer as fixes: minimal text edits to one value or key.

A rule attaches a `Fix` (character offsets into the decoded text) built with the helpers here.
Every builder checks the source text first and returns None when an edit could reach further
than the value it means to change: an anchored value (`&a 4`), an alias (`*a`) or a merged key
(`<<: *base`) is shared with other places, so it is left for a human. Applying fixes to a file
is `truss_lint.fixer`'s job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .diagnostics import Fix, KeyPath

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from .yaml_loader import Document



# Compiled on first use: fixes are built only for some findings, and start-up counts.
@lru_cache(None)
def _key_value_separator() -> re.Pattern[str]:
    return re.compile(r"[ \t]*:[ \t]*")


@lru_cache(None)
def _plain_decimal() -> re.Pattern[str]:
    return re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")  # `4`, `1.50`: quoting keeps the meaning


@lru_cache(None)
def _quote_safe() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z0-9_.:+ -]*")  # values we write inside the original quotes


# --- Where an edit may go ------------------------------------------------------------------------

def _written_in_place(doc: Document, path: KeyPath) -> bool:
    """Whether the key of `path` is written in its own mapping, in line with its siblings (not
    merged in with `<<: *anchor` from somewhere else, where an edit would reach other places).
    In a flow mapping (`resources: {cpu: 4, accelerator: a10g}`) its siblings share a line: the
    key must then sit in the mapping's own braces, not in one nested inside them."""
    entry, parent = doc.entries.get(path), doc.entries.get(path[:-1])
    if entry is None or parent is None or entry.key is None or entry.key_end <= entry.key_start:
        return False
    if not parent.value_start <= entry.key_start < parent.value_end:
        return False
    if doc.text.startswith("{", parent.value_start):
        return _flow_depth(doc.text, parent.value_start, entry.key_start) == 1
    return entry.key.column == parent.value.column


def _flow_depth(text: str, start: int, end: int) -> int:
    """How many flow collections (`{`/`[`) are open at `end`, scanning from `start`, skipping
    quoted scalars."""
    depth, index = 0, start
    while index < end:
        char = text[index]
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
        elif char in "'\"":
            close = index + 1
            while close < end and not (text[close] == char and (char == "'" or text[close - 1] != "\\")):
                close += 2 if char == "'" and text[close:close + 2] == "''" else 1
            index = close
        index += 1
    return depth


def _own_value(doc: Document, path: KeyPath) -> tuple[int, int, str] | None:
    """(start, end, source) of the scalar written right after its own key at `path`, or None."""
    entry = doc.entries.get(path)
    if entry is None or not path or not isinstance(path[-1], str) or not _written_in_place(doc, path):
        return None
    between = doc.text[entry.key_end:entry.value_start]
    if entry.value_start < entry.key_end or not _key_value_separator().fullmatch(between):
        return None  # an alias, a merged key, an anchor/tag, or a value on the next line
    source = doc.text[entry.value_start:entry.value_end]
    if "\n" in source or "\r" in source:
        return None
    return entry.value_start, entry.value_end, source


def replace_scalar(doc: Document, path: KeyPath, new_value: str, description: str, *,
                   safe: bool = True) -> Fix | None:
    """Give the string at `path` a new value, written in the style it was (plain, '…' or "…")."""
    found = _own_value(doc, path)
    value = doc.get(*path)
    if found is None or not isinstance(value, str) or not _quote_safe().fullmatch(new_value):
        return None
    start, end, source = found
    style = doc.entries[path].style or ""
    if style in ("'", '"') and source == f"{style}{value}{style}":
        return Fix([(start + 1, end - 1, new_value)], description, safe)
    if not style and source == value and new_value == new_value.strip() and ": " not in new_value:
        return Fix([(start, end, new_value)], description, safe)
    return None  # escapes, block scalars, or a value we would have to re-quote


def replace_number(doc: Document, path: KeyPath, new_value: str, description: str, *,
                   safe: bool = True) -> Fix | None:
    """Replace a plain decimal number (`python_version: 3.11`) with a plain string."""
    found = _own_value(doc, path)
    value = doc.get(*path)
    if found is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    start, end, source = found
    if not _plain_decimal().fullmatch(source) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", new_value):
        return None
    return Fix([(start, end, new_value)], description, safe)


def replace_integer(doc: Document, path: KeyPath, new_value: int, description: str, *,
                    safe: bool = True) -> Fix | None:
    """Replace a plain integer (`server_port: 8080`, `tensor_parallel_count: 4`) with another."""
    found = _own_value(doc, path)
    value = doc.get(*path)
    if found is None or isinstance(value, bool) or not isinstance(value, int):
        return None
    start, end, source = found
    if not source.isascii() or not source.isdigit():
        return None
    return Fix([(start, end, str(new_value))], description, safe)


def quote_number(doc: Document, path: KeyPath, description: str) -> Fix | None:
    """`cpu: 4` → `cpu: "4"`, using the digits as written (`1.50` stays `1.50`, not 1.5)."""
    found = _own_value(doc, path)
    value = doc.get(*path)
    if found is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    start, end, source = found
    if not _plain_decimal().fullmatch(source):
        return None  # `010` is 8 and `0x10` is 16 in YAML 1.1: quoting them would change the amount
    return Fix([(start, start, '"'), (end, end, '"')], description, safe=True)


def rename_key(doc: Document, path: KeyPath, new_key: str, description: str, *,
               safe: bool = True) -> Fix | None:
    """Rename the key of `path` in place, keeping its quotes."""
    if not path or not _written_in_place(doc, path):
        return None
    entry = doc.entries[path]
    source = doc.text[entry.key_start:entry.key_end]
    old = str(path[-1])
    if source == old:
        return Fix([(entry.key_start, entry.key_end, new_key)], description, safe)
    if len(source) == len(old) + 2 and source[0] == source[-1] and source[0] in "'\"" and source[1:-1] == old:
        return Fix([(entry.key_start + 1, entry.key_end - 1, new_key)], description, safe)
    return None


def delete_entry(doc: Document, path: KeyPath, description: str, *, safe: bool = True) -> Fix | None:
    """Delete the line holding `key: value` in a block mapping (with its trailing comment).

    Only when the entry has that line to itself and is not the last key of its mapping (an
    emptied `resources:` would read as null)."""
    found = _own_value(doc, path)
    parent = doc.get(*path[:-1]) if path else None
    if found is None or not isinstance(parent, dict) or len(parent) < 2:
        return None
    entry = doc.entries[path]
    text = doc.text
    if text.startswith("{", doc.entries[path[:-1]].value_start):
        return _delete_flow_entry(text, entry.key_start, entry.value_end, description, safe)
    line_start = max(text.rfind("\n", 0, entry.key_start), text.rfind("\r", 0, entry.key_start)) + 1
    if text[line_start:entry.key_start].strip(" \t"):
        return None  # something else precedes the key on its line (a flow mapping, `- `)
    newline = re.compile(r"[ \t]*(?:#[^\r\n]*)?(\r\n|\n|\r|$)").match(text, entry.value_end)
    if newline is None:
        return None  # another entry follows on the same line
    return Fix([(line_start, newline.end(), "")], description, safe)


def _delete_flow_entry(text: str, key_start: int, value_end: int, description: str, safe: bool) -> Fix | None:
    """`{cpu: "4", use_gpu: false}` → `{cpu: "4"}`: the entry with the comma after it (or, for the
    last entry, the comma before it)."""
    after = re.compile(r"[ \t]*,[ \t]*").match(text, value_end)
    if after is not None:
        return Fix([(key_start, after.end(), "")], description, safe)
    before = re.compile(r",[ \t]*$").search(text, 0, key_start)
    if before is None or not re.compile(r"[ \t]*}").match(text, value_end):
        return None  # comments or line breaks around the entry: leave it to the author
    return Fix([(before.start(), value_end, "")], description, safe)
