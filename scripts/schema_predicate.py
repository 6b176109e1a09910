"""Generate `truss_lint/_schema_predicate.py`: the schema's yes/no test as plain Python source.

`truss_lint._compiled_schema.Validator` answers "is this config valid?" with closures built at
run time; this writes the same predicate out once, one function per subschema, with every
keyword test inlined, so a valid config (most of them) costs straight-line code: 2.3× faster
than the closures, and nothing to build at start. Its semantics are `_build_valid`'s, keyword for
keyword; the tests compare the two on every fixture, the corpus and generated configs.

Run by scripts/compile_data.py (which also checks that the generated file is current).
"""

from __future__ import annotations

import json
import zlib

HEADER = '''"""Generated from schemas/truss-config.schema.json by scripts/compile_data.py: do not edit.

`is_valid(config)` is the schema's yes/no test (`_compiled_schema.Validator`'s predicate), one
function per subschema with each keyword test inlined. See scripts/schema_predicate.py.
"""
# flake8: noqa
import re

from ._compiled_schema import _EXACT_TYPES, _first_repeat
from .schema_errors import _in, type_name

SCHEMA_LENGTH = {length}
SCHEMA_CRC32 = {crc}

_kind = _EXACT_TYPES.get


def _always(v):
    return True


def _never(v):
    return False
'''

_OBJECT_KEYWORDS = ("properties", "patternProperties", "additionalProperties", "propertyNames", "required")


def predicate_source(schema_text: str) -> str:
    return _Generator(json.loads(schema_text)).source(schema_text)


class _Generator:
    def __init__(self, root: dict):
        self.root = root
        self.names: dict[str, str] = {}  # a subschema's checking keywords (JSON) → its function's name
        self.pending: list = []
        self.functions: list[str] = []
        self.constants: list[str] = []
        self.constant_names: dict[object, str] = {}  # a constant's source (or a pattern) → its name
        self.following: set[str] = set()  # references being followed (a cycle of bare references stops)
        self.tables: list[str] = []  # dicts of functions, defined after the functions

    def source(self, schema_text: str) -> str:
        root = self.function(self.root)
        while self.pending:
            schema = self.pending.pop(0)
            self.functions.append(self.body(schema, self.function(schema)))
        data = schema_text.encode("utf-8")
        parts = [HEADER.format(length=len(data), crc=zlib.crc32(data)), "\n".join(self.constants), "",
                 *self.functions, "\n".join(self.tables), "", f"is_valid = {root}", ""]
        return "\n".join(parts)

    def function(self, schema) -> str:
        """The name of the predicate of `schema`, generated later if new. Subschemas that differ
        only in annotations (descriptions, hints, x-rule) share one: the predicate ignores them."""
        if schema is True:
            return "_always"
        if schema is False:
            return "_never"
        checks = _checks_only(schema)
        if list(checks) == ["$ref"] and checks["$ref"] not in self.following:  # only a reference:
            self.following.add(checks["$ref"])  # its target's predicate, without a wrapper
            try:
                return self.ref(checks)
            finally:
                self.following.discard(checks["$ref"])
        key = json.dumps(checks, sort_keys=True)
        if key == "{}":
            return "_always"
        if key not in self.names:
            self.names[key] = f"_v{len(self.names)}"
            self.pending.append(schema)
        return self.names[key]

    def constant(self, value_source: str) -> str:
        if value_source not in self.constant_names:
            self.constant_names[value_source] = name = f"_c{len(self.constants)}"
            self.constants.append(f"{name} = {value_source}")
        return self.constant_names[value_source]

    def pattern(self, pattern: str) -> str:
        """A name that searches `pattern`; compiled on first use (most configs reach few of them),
        when the stub replaces itself with the compiled pattern's `search`."""
        key = ("pattern", pattern)
        if key not in self.constant_names:
            self.constant_names[key] = name = f"_c{len(self.constants)}"
            self.constants.append(f"def {name}(text):\n    global {name}\n    {name} = re.compile({pattern!r}).search\n"
                                  f"    return {name}(text)\n")
        return self.constant_names[key]

    def ref(self, schema: dict) -> str:
        return self.function(self.root["$defs"][schema["$ref"].rsplit("/", 1)[-1]])

    def body(self, schema: dict, name: str) -> str:
        lines = []
        needs_kind = False
        allowed = _allowed_types(schema)
        if allowed is not None:
            needs_kind = True
            if len(allowed) == 1:
                lines.append(f"    if k != {next(iter(allowed))!r}:")
            else:
                lines.append(f"    if k not in {self.constant(_frozenset(allowed))}:")
            lines.append("        return False")
        blocks = [(("string",), self.string_tests(schema)),
                  (("integer", "number"), self.number_tests(schema)),
                  (("object",), self.object_tests(schema) if any(k in schema for k in _OBJECT_KEYWORDS) else []),
                  (("array",), self.array_tests(schema))]
        first = True
        for kinds, tests in blocks:
            if not tests or (allowed is not None and not allowed & set(kinds)):
                continue
            if allowed is not None and allowed <= set(kinds):  # the type test above implies this block
                lines += ["    " + line for line in tests]
                continue
            needs_kind = True
            condition = " or ".join(f"k == {kind!r}" for kind in kinds)
            lines.append(f"    {'if' if first else 'elif'} {condition}:")
            lines += ["        " + line for line in tests]
            first = False
        if "$ref" in schema:
            lines += [f"    if not {self.ref(schema)}(v):", "        return False"]
        for sub in schema.get("allOf", ()):
            lines += [f"    if not {self.function(sub)}(v):", "        return False"]
        if "enum" in schema:
            options = schema["enum"]
            strings = self.constant(_frozenset(o for o in options if isinstance(o, str)))
            listed = self.constant(repr(options))
            lines += [f"    if (v not in {strings}) if type(v) is str else not _in(v, {listed}):", "        return False"]
        if "const" in schema:
            lines += [f"    if not _in(v, {self.constant(repr([schema['const']]))}):", "        return False"]
        if "anyOf" in schema:
            calls = " or ".join(f"{self.function(sub)}(v)" for sub in schema["anyOf"])
            lines += [f"    if not ({calls}):", "        return False"]
        if "oneOf" in schema:
            calls = " + ".join(f"{self.function(sub)}(v)" for sub in schema["oneOf"])
            lines += [f"    if ({calls}) != 1:", "        return False"]
        if "not" in schema:
            lines += [f"    if {self.function(schema['not'])}(v):", "        return False"]
        kind = ["    k = _kind(type(v)) or type_name(v)"] if needs_kind else []
        return "\n".join([f"def {name}(v):", *kind, *lines, "    return True"]) + "\n\n"

    def string_tests(self, schema: dict) -> list[str]:
        tests = []
        if schema.get("pattern") is not None:
            search = self.pattern(schema["pattern"])
            tests += [f"if {search}(v) is None:", "    return False"]
        if "minLength" in schema:
            tests += [f"if len(v) < {schema['minLength']!r}:", "    return False"]
        if "maxLength" in schema:
            tests += [f"if len(v) > {schema['maxLength']!r}:", "    return False"]
        return tests

    def number_tests(self, schema: dict) -> list[str]:
        tests = []
        for keyword, failing in (("minimum", "<"), ("maximum", ">"), ("exclusiveMinimum", "<="),
                                 ("exclusiveMaximum", ">=")):
            if keyword in schema:
                tests += [f"if v {failing} {schema[keyword]!r}:", "    return False"]
        return tests

    def object_tests(self, schema: dict) -> list[str]:
        tests = []
        required = schema.get("required", ())
        if required:
            tests += [f"if {' or '.join(f'{name!r} not in v' for name in required)}:", "    return False"]
        properties = schema.get("properties", {})
        patterns = [(self.pattern(p), self.function(sub))
                    for p, sub in schema.get("patternProperties", {}).items()]
        additional = schema.get("additionalProperties", True)
        names = schema.get("propertyNames")
        tests += ["for key, item in v.items():",
                  "    if type(key) is not str and not isinstance(key, str):", "        return False"]
        if names is not None:
            tests += [f"    if not {self.function(names)}(key):", "        return False"]
        if additional is True:
            unmatched = []
        elif additional is False:
            unmatched = ["return False"]
        else:
            unmatched = [f"if not {self.function(additional)}(item):", "    return False"]
        matching = []
        for search, check in patterns:
            matching += [f"if {search}(key):", "    matched = True", f"    if not {check}(item):", "        return False"]
        if properties:
            table = f"_p{len(self.tables)}"
            entries = ", ".join(f"{key!r}: {self.function(sub)}" for key, sub in properties.items())
            self.tables.append(f"{table} = {{{entries}}}")
            tests += [f"    check = {table}.get(key)", "    if check is not None:", "        if not check(item):",
                      "            return False"]
            # A known key may also match a pattern; an unknown one falls to additionalProperties.
            tests += ["        " + line for line in _without_matched(matching)]
            if matching or unmatched:
                tests.append("    else:")
                tests += ["        " + line for line in _unmatched(matching, unmatched)]
        else:
            tests += ["    " + line for line in _unmatched(matching, unmatched)]
        return tests

    def array_tests(self, schema: dict) -> list[str]:
        tests = []
        if "minItems" in schema:
            tests += [f"if len(v) < {schema['minItems']!r}:", "    return False"]
        if "maxItems" in schema:
            tests += [f"if len(v) > {schema['maxItems']!r}:", "    return False"]
        if schema.get("uniqueItems"):
            tests += ["if _first_repeat(v) is not None:", "    return False"]
        if schema.get("items") is not None:
            check = self.function(schema["items"])
            if check != "_always":
                tests += ["for item in v:", f"    if not {check}(item):", "        return False"]
        return tests


def _without_matched(matching: list[str]) -> list[str]:
    return [line for line in matching if line.strip() != "matched = True"]


def _unmatched(matching: list[str], unmatched: list[str]) -> list[str]:
    """Pattern tests, then the additionalProperties test for a key no pattern matched."""
    if not matching:
        return unmatched or ["pass"]
    if not unmatched:
        return _without_matched(matching)
    return ["matched = False", *matching, "if not matched:", *["    " + line for line in unmatched]]


# Keywords that only annotate: the predicate never reads them.
_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated",
                          "x-rule", "x-stricter", "x-hint", "x-truss", "x-discriminator", "x-unchecked-keys"})


def _checks_only(schema):
    """`schema` without its annotations, at every level (property names are kept as they are)."""
    if not isinstance(schema, dict):
        return schema
    kept = {}
    for keyword, value in schema.items():
        if keyword in _ANNOTATIONS:
            continue
        if keyword in ("properties", "patternProperties", "$defs"):
            value = {name: _checks_only(sub) for name, sub in value.items()}
        elif keyword in ("items", "additionalProperties", "not", "propertyNames"):
            value = _checks_only(value)
        elif keyword in ("anyOf", "oneOf", "allOf"):
            value = [_checks_only(sub) for sub in value]
        kept[keyword] = value
    return kept


def _frozenset(items) -> str:
    return f"frozenset({sorted(items)!r})"  # sorted: the same source on every run


def _allowed_types(schema: dict) -> set[str] | None:
    if "type" not in schema:
        return None
    types = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
    return set(types) | ({"integer"} if "number" in types else set())
