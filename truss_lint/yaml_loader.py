"""Load a config exactly as Truss does (PyYAML SafeLoader, YAML 1.1) while keeping positions.

PyYAML's C composer (libyaml) gives the node graph with start/end marks in well under a
millisecond. Truss reads with PyYAML's pure-Python SafeLoader, and the two parsers disagree
(tests/test_yaml_parity.py hunts for cases over mutated configs): libyaml accepts a tab where the
Python scanner refuses it ("found character '\t' that cannot start any token"), a comment glued
to a block scalar's header (`|#`), and a `?` inside a plain scalar of a flow collection
(`{q: why?}`), which ends the scalar for Python only; it refuses
a byte-order mark after the start and `{temperature:, 0.6}`, which Python reads. So a text holding
a tab or a late BOM, whose flow collections hold such a scalar, or that libyaml refuses, is
composed by the pure-Python parser: the verdict, and the words of a refusal, are Truss's. We then build plain Python values with SafeLoader's own scalar constructors, so
`yes` is True, `010` is 8, `1e3` is a string and `~` is None, just as `yaml.safe_load` gives
Truss. Unlike `safe_load` we record where every key and value is, and every duplicate key
(the last one wins, as in Truss). Expansion through aliases is bounded, so an alias bomb is a
diagnostic, not an exhausted machine.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from .speed.memo import remember
from ._struct import Struct
from .diagnostics import FILE_START, KeyPath, Span

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

try:
    _SafeLoader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml: same semantics, slower.
    _SafeLoader = yaml.SafeLoader  # type: ignore[misc]


def _implicit_resolvers(loader: type) -> dict[str, tuple]:
    """SafeLoader's implicit resolvers per first character, the wildcard ones appended."""
    table = loader.yaml_implicit_resolvers
    wildcard = table.get(None, [])
    return {char: tuple(resolvers + wildcard) for char, resolvers in table.items() if char is not None}


class _Loader(_SafeLoader):  # type: ignore[misc,valid-type]
    """SafeLoader resolving tags exactly as its `resolve`, with the tables looked up once: libyaml
    calls that Python method for every node, and it was a third of composing a config."""

    _by_first_character = _implicit_resolvers(_SafeLoader)
    _wildcard = tuple(_SafeLoader.yaml_implicit_resolvers.get(None, []))
    assert not _SafeLoader.yaml_path_resolvers  # (resolve() would consult them)

    # libyaml also calls these two hooks around every node; with no path resolvers (asserted
    # above) PyYAML's own do nothing, so they are C no-ops here rather than Python methods.
    descend_resolver = staticmethod({}.get)  # (parent, index) → ignored
    ascend_resolver = staticmethod(tuple)  # () → ignored

    if _SafeLoader is not yaml.SafeLoader:
        def __init__(self, stream: str) -> None:
            # Only the C parser: composing builds no values, so SafeLoader's constructor and
            # resolver state (made per file) would go unused.
            yaml.cyaml.CParser.__init__(self, stream)

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is _SCALAR_NODE:
            # A plain scalar: its text decides (configs repeat the same few). So it does for one
            # tagged `!`, as PyYAML's Python parser reads it (`! 1` is 1, a lone `!` null); libyaml
            # reports that tag as (False, False), which nothing else gives.
            if implicit[0] or not implicit[1]:
                tag = _plain_tags.get(value)
                if tag is None:
                    tag = _plain_tag(value)
                    if len(value) <= _PLAIN_TAG_LENGTH:
                        remember(_plain_tags, value, tag)
                return tag
            return self.DEFAULT_SCALAR_TAG
        return self.DEFAULT_SEQUENCE_TAG if kind is _SEQUENCE_NODE else self.DEFAULT_MAPPING_TAG


class _PythonLoader(yaml.SafeLoader):
    """PyYAML's pure-Python SafeLoader, as Truss runs it, for the texts libyaml reads otherwise."""


# The characters on which libyaml and PyYAML's Python scanner disagree (see the module docstring;
# tests/test_yaml_parity.py holds the claim).
_PARSERS_DISAGREE_ON = ("\t", "\ufeff")


@lru_cache(None)  # compiled on first use: only a text with a `#` needs it
def _comment_glued_to_block_scalar() -> re.Pattern:
    # `a: |#`: libyaml takes the `#` for a comment, Python wants a space first and refuses it.
    return re.compile(r"[|>][-+0-9]*#")


# Past this size the C parser's verdict stands: the Python parser takes ~2 s per MiB, and a Truss
# config is a few KiB (docs/limits.md).
PYTHON_PARSER_MAX_CHARACTERS = 1024 * 1024

_SCALAR_NODE, _SEQUENCE_NODE, _MAPPING_NODE = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode
# The tag of each short plain scalar text seen (a bounded memo: keys and common values repeat
# across configs, and what it holds stays under a megabyte).
_plain_tags: dict[str, str] = {}
_PLAIN_TAG_LENGTH = 100


def _plain_tag(value: str) -> str:
    for tag, regexp in _Loader._by_first_character.get(value[:1], _Loader._wildcard):
        if regexp.match(value):
            return tag
    return _Loader.DEFAULT_SCALAR_TAG

MAX_FILE_BYTES = 10 * 1024 * 1024
# A Truss config has a few hundred nodes; these bounds only stop hostile input.
MAX_EXPANDED_NODES = 100_000
MAX_DEPTH = 200

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_SCALAR_CONSTRUCTORS = SafeConstructor.yaml_constructors
# Keys SafeConstructor.flatten_mapping rewrites: merge keys (`<<`) and the `=` value key.
_FLATTENED_KEY_TAGS = ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value")
_COLLECTION_TAGS = {_MAP, _SEQ, "tag:yaml.org,2002:set", "tag:yaml.org,2002:omap", "tag:yaml.org,2002:pairs"}


class YamlProblem(Exception):
    """The file cannot be loaded the way Truss loads it."""

    def __init__(self, message: str, span: Span = FILE_START):
        super().__init__(message)
        self.message = message
        self.span = span


class Entry(Struct):
    """Where one key and its value sit in the file."""

    __slots__ = ("_key", "_value", "value_start", "value_end", "key_start", "key_end", "style", "_node", "_key_node")
    _field_names = ("key", "value", "value_start", "value_end", "key_start", "key_end", "style")

    def __init__(self, key: Span | None, value: Span, value_start: int = 0, value_end: int = 0,
                 key_start: int = 0, key_end: int = 0, style: str | None = None) -> None:
        self._key = key  # None for sequence items and the document root
        self._value = value
        # Character offsets of the value, for fixes.
        self.value_start = value_start
        self.value_end = value_end
        self.key_start = key_start
        self.key_end = key_end
        self.style = style  # quoting style of a scalar value: None (plain), "'", '"', "|", ">"
        self._node = self._key_node = None

    @classmethod
    def of_node(cls, node: yaml.Node, key_node: yaml.Node | None) -> Entry:
        """The entry of a composed node; its spans are made when first asked for."""
        entry = cls.__new__(cls)
        entry._key = entry._value = None
        entry._node, entry._key_node = node, key_node
        entry.value_start, entry.value_end = node.start_mark.index, node.end_mark.index
        if key_node is None:
            entry.key_start = entry.key_end = 0
        else:
            entry.key_start, entry.key_end = key_node.start_mark.index, key_node.end_mark.index
        entry.style = node.style if isinstance(node, _SCALAR_NODE) else None
        return entry

    @property
    def key(self) -> Span | None:
        if self._key is None and self._key_node is not None:
            self._key = _span(self._key_node)
        return self._key

    @property
    def value(self) -> Span:
        if self._value is None:
            self._value = _span(self._node)
        return self._value


class Entries(dict):
    """Key path → Entry. The loader stores each node with its key node, and the Entry is made
    when asked for: most are never (a config has dozens of nodes and a few findings)."""

    def __getitem__(self, path: KeyPath) -> Entry:
        entry = dict.__getitem__(self, path)
        if type(entry) is tuple:
            entry = Entry.of_node(*entry)
            dict.__setitem__(self, path, entry)
        return entry

    def get(self, path: KeyPath, default: Any = None) -> Any:
        return self[path] if path in self else default

    def items(self) -> list[tuple[KeyPath, Entry]]:  # type: ignore[override]
        return [(path, self[path]) for path in self]

    def values(self) -> list[Entry]:  # type: ignore[override]
        return [self[path] for path in self]


class DuplicateKey(Struct):
    __slots__ = ("path", "first", "duplicate")

    def __init__(self, path: KeyPath, first: Span, duplicate: Span) -> None:
        self.path = path
        self.first = first
        self.duplicate = duplicate


class Document(Struct):
    """A loaded config: the value Truss sees, and where each part of it is written."""

    __slots__ = ("text", "data", "entries", "duplicates", "problem")

    def __init__(self, text: str, data: Any = None, entries: dict[KeyPath, Entry] | None = None,
                 duplicates: list[DuplicateKey] | None = None, problem: YamlProblem | None = None) -> None:
        self.text = text
        self.data = data
        self.entries = Entries() if entries is None else entries
        self.duplicates = [] if duplicates is None else duplicates
        self.problem = problem

    def span(self, path: KeyPath, *, key: bool = False) -> Span:
        """The span of the value at `path` (or of its key); the nearest enclosing node if absent."""
        while True:
            entry = self.entries.get(path)
            if entry is not None:
                return (entry.key or entry.value) if key else entry.value
            if not path:
                return FILE_START
            path = path[:-1]

    def get(self, *path: str | int, default: Any = None) -> Any:
        value = self.data
        for part in path:
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif isinstance(value, list) and isinstance(part, int) and -len(value) <= part < len(value):
                value = value[part]
            else:
                return default
        return value


def decode(raw: bytes) -> str:
    """Bytes to text as PyYAML reads them: UTF-8 (or UTF-16 with a BOM); a BOM is dropped."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:  # an odd byte count or a lone surrogate
            raise YamlProblem(f"the file is not valid UTF-16 ({error.reason} at offset {error.start}); "
                              "Truss cannot read it") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise YamlProblem(
            f"the file is not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start}); "
            "Truss cannot read it",
            Span(line, column, line, column + 1),
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def load(text: str) -> Document:
    """Load `text`; a problem is recorded on the document, never raised."""
    doc = Document(text=text)
    checkable = len(text) <= PYTHON_PARSER_MAX_CHARACTERS
    python = checkable and (any(char in text for char in _PARSERS_DISAGREE_ON)
                            or "#" in text and _comment_glued_to_block_scalar().search(text) is not None)
    try:
        try:
            root = yaml.compose(text, Loader=_PythonLoader if python else _Loader)
        except (yaml.YAMLError, RecursionError):
            if python or not checkable:
                raise
            # libyaml refuses some texts the Python parser reads (`{temperature:, 0.6}`): the
            # Python parser's verdict is Truss's, and so are its words when it refuses too.
            python = True
            root = yaml.compose(text, Loader=_PythonLoader)
        if (not python and checkable and "?" in text and ("{" in text or "[" in text)  # (a flow collection)
                and _question_mark_in_flow_scalar(root)):
            python = True
            root = yaml.compose(text, Loader=_PythonLoader)
    except yaml.MarkedYAMLError as error:
        doc.problem = _from_marked_error(error)
        return doc
    except yaml.reader.ReaderError as error:  # a control character: name it and where it is
        counts_bytes = not python and _SafeLoader is not yaml.SafeLoader
        doc.problem = _from_reader_error(error, text, counts_bytes)
        return doc
    except yaml.YAMLError as error:
        doc.problem = YamlProblem(f"invalid YAML: {error}")
        return doc
    except RecursionError:  # only in the Python parser: libyaml stops at 1,000 levels itself
        doc.problem = YamlProblem("invalid YAML: nesting too deep to parse")
        return doc
    if root is None:  # an empty document: Truss uses every default
        doc.data = {}
        return doc
    try:
        # Truss reads `safe_load(...) or {}`: `~`, `false`, `0` or `[]` alone is every default too.
        doc.data = _Builder(doc).build(root, ()) or {}
    except YamlProblem as problem:
        doc.problem = problem
        doc.data = None
        doc.entries.clear()
    return doc


def _question_mark_in_flow_scalar(root: yaml.Node | None) -> bool:
    """Whether a plain scalar inside a flow collection holds a `?`: PyYAML's Python scanner ends
    the scalar there (and then fails or reads something else), libyaml does not."""
    pending = [(root, False)] if root is not None else []
    seen: set[int] = set()
    while pending:
        node, in_flow = pending.pop()
        if id(node) in seen:  # an alias: its node was looked at already
            continue
        seen.add(id(node))
        if isinstance(node, _SCALAR_NODE):
            if in_flow and not node.style and "?" in node.value:  # plain: None in Python, "" from libyaml
                return True
        elif isinstance(node, _MAPPING_NODE):
            inner = in_flow or bool(node.flow_style)
            pending += [(child, inner) for pair in node.value for child in pair]
        else:
            inner = in_flow or bool(node.flow_style)
            pending += [(child, inner) for child in node.value]
    return False


def _from_marked_error(error: yaml.MarkedYAMLError) -> YamlProblem:
    mark = error.problem_mark or error.context_mark
    problem = " ".join(part for part in (error.context, error.problem) if part) or str(error)
    if mark is None:
        return YamlProblem(f"invalid YAML: {problem}")
    line, column = mark.line + 1, mark.column + 1
    return YamlProblem(f"invalid YAML: {problem}", Span(line, column, line, column + 1))


@lru_cache(None)  # compiled on first use: only a file with a control character needs it
def _line_break() -> re.Pattern:
    return re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # YAML's line breaks


def _from_reader_error(error: yaml.reader.ReaderError, text: str, counts_bytes: bool) -> YamlProblem:
    position = max(error.position, 0)
    if counts_bytes:  # libyaml counts bytes of the UTF-8 encoding, not characters
        position = len(text.encode("utf-8", "surrogatepass")[:position].decode("utf-8", "replace"))
    position = min(position, len(text))
    breaks = list(_line_break().finditer(text, 0, position))
    line = len(breaks) + 1
    column = position - (breaks[-1].end() if breaks else 0) + 1
    character = error.character
    code = ord(character) if isinstance(character, str) else character
    return YamlProblem(f"invalid YAML: unacceptable character #x{code:04x}: {error.reason}",
                       Span(line, column, line, column + 1))


class _Builder:
    """Turns composed nodes into Python values, recording positions and duplicate keys."""

    # SafeLoader's scalar constructors and merge-key flattening keep no state between calls,
    # so one constructor serves every file.
    constructor = SafeConstructor()

    def __init__(self, doc: Document):
        self.doc = doc
        self.entries = doc.entries
        self.expanded = 0

    def build(self, node: yaml.Node, path: KeyPath, depth: int = 0, key_node: yaml.Node | None = None) -> Any:
        self.expanded += 1  # (counted inline: this runs for every node)
        if self.expanded > MAX_EXPANDED_NODES:
            self._too_many_nodes(node)
        if depth > MAX_DEPTH:
            raise YamlProblem(f"nesting deeper than {MAX_DEPTH} levels (a recursive alias?)", _span(node))
        self.entries[path] = (node, key_node)  # made into an Entry when asked for (Entries)

        tag = node.tag
        if tag == _STR:
            if isinstance(node, _SCALAR_NODE):
                return node.value
            kind = "mapping" if isinstance(node, _MAPPING_NODE) else "sequence"  # `!!str {a: 1}`
            raise YamlProblem(f"invalid YAML: expected a scalar node, but found {kind}", _span(node))
        if isinstance(node, _MAPPING_NODE):
            if tag not in (_MAP, "tag:yaml.org,2002:set"):
                return self._unknown_tag(node)
            return self._mapping(node, path, depth)
        if isinstance(node, _SEQUENCE_NODE):
            if tag not in (_SEQ, "tag:yaml.org,2002:omap", "tag:yaml.org,2002:pairs"):
                return self._unknown_tag(node)
            return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        constructor = _SCALAR_CONSTRUCTORS.get(tag)
        if constructor is None or tag in _COLLECTION_TAGS:
            return self._unknown_tag(node)
        try:
            return constructor(self.constructor, node)
        except (ConstructorError, ValueError, TypeError) as error:
            raise YamlProblem(f"invalid {tag.rsplit(':', 1)[-1]} value {node.value!r}: {error}",
                              _span(node)) from None

    def _too_many_nodes(self, node: yaml.Node) -> None:
        raise YamlProblem(
            f"the document expands to more than {MAX_EXPANDED_NODES:,} nodes through aliases "
            "(an alias bomb?); refusing to expand it",
            _span(node),
        )

    def _unknown_tag(self, node: yaml.Node) -> Any:
        # Truss's safe_load refuses any tag it does not know; we never construct it either.
        raise YamlProblem(f"the tag {node.tag!r} is not allowed: Truss loads YAML safely and "
                          "cannot construct it", _span(node))

    def _mapping(self, node: yaml.MappingNode, path: KeyPath, depth: int) -> dict:
        own_keys = None  # ids of the keys written in this mapping; None: all are (nothing merged)
        for key_node, _value in node.value:
            if key_node.tag in _FLATTENED_KEY_TAGS:  # `<<` or `=`: flatten as SafeLoader does
                own_keys = {id(key) for key, _ in node.value}
                try:
                    self.constructor.flatten_mapping(node)
                except ConstructorError as error:
                    raise YamlProblem(f"invalid merge: {error.problem}", _span(node)) from None
                break
        result: dict = {}
        first_seen: dict[Any, yaml.Node] = {}  # written key → its first node
        for key_node, value_node in node.value:
            if not isinstance(key_node, _SCALAR_NODE):
                raise YamlProblem("a mapping key is itself a mapping or list; Truss cannot load this "
                                  "file (unhashable key). Quote the key, or fix the braces", _span(key_node))
            if key_node.tag == _STR:  # the usual key: no constructor, no position entry to undo
                self.expanded += 1
                if self.expanded > MAX_EXPANDED_NODES:
                    self._too_many_nodes(key_node)
                key = key_node.value
            else:
                key = self.build(key_node, ("<key>",), depth + 1)
                self.entries.pop(("<key>",), None)
            written = own_keys is None or id(key_node) in own_keys
            if key in result:
                # A key written twice: the last wins, as in Truss. Keys merged in with `<<`
                # are meant to be overridden, so only two written keys count as duplicates.
                if written and key in first_seen:
                    self.doc.duplicates.append(
                        DuplicateKey(path + (key,), _span(first_seen[key]), _span(key_node)))
                _drop_entries(self.entries, path + (key,), result[key])
            if written and key not in first_seen:
                first_seen[key] = key_node
            result[key] = self.build(value_node, path + (key,), depth + 1, key_node)
        return result


def _drop_entries(entries: dict[KeyPath, Entry], prefix: KeyPath, old_value: Any) -> None:
    """Forget positions of an overridden duplicate so the last occurrence owns the path.
    Walks the old value rather than every entry, so thousands of duplicates stay linear."""
    entries.pop(prefix, None)
    stack = [(prefix, old_value)]
    while stack:
        path, value = stack.pop()
        children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        for key, child in children:
            entries.pop(path + (key,), None)
            stack.append((path + (key,), child))


def _span(node: yaml.Node) -> Span:
    return Span.from_marks(node.start_mark, node.end_mark)
