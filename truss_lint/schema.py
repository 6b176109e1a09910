"""Apply `schemas/truss-config.schema.json` on the hot path.

`jsonschema` stays the reference implementation (the tests check that both agree on every
fixture and corpus file), but importing it costs ~80 ms, more than a whole lint run. This
module interprets the small keyword subset the schema uses, collects every failure with its
instance path, and picks one best failure per node for anyOf/oneOf, the way
`jsonschema.exceptions.best_match` does.

Two YAML details JSON Schema cannot see are kept exact: a bool is never an integer or a
number, and a float such as `2.0` is a "number", never an "integer" (pydantic's strict int).
"""

from __future__ import annotations

import datetime
import json
import os
import re
from functools import lru_cache

from ._record import Record
from .diagnostics import KeyPath

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any, Callable, Iterator

SUPPORTED_KEYWORDS = frozenset(
    """$schema $id $defs $ref $comment title description default examples deprecated type enum
    const pattern minLength maxLength minimum maximum exclusiveMinimum exclusiveMaximum properties
    additionalProperties patternProperties required items minItems maxItems uniqueItems anyOf
    oneOf allOf not propertyNames x-rule x-stricter x-hint x-truss x-discriminator x-unchecked-keys""".split()
)
SCHEMA_FILE = "truss-config.schema.json"


@lru_cache(maxsize=None)
def schema_text() -> str:
    """The schema as shipped: inside the installed package, or `schemas/` in a source checkout."""
    from ._data import has_data, read_data

    if has_data(SCHEMA_FILE):
        return read_data(SCHEMA_FILE)
    checkout = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    with open(os.path.join(checkout, "schemas", SCHEMA_FILE), encoding="utf-8") as handle:
        return handle.read()


@lru_cache(maxsize=None)
def truss_schema() -> dict:
    return json.loads(schema_text())


_OBJECT_KEYWORDS = ("properties", "patternProperties", "additionalProperties", "propertyNames", "required")


class SchemaError(Record):
    __slots__ = ("path", "keyword", "message", "schema", "definitions", "rule", "stricter", "extra_key",
                 "alternatives", "reason")

    def __init__(self, path: KeyPath, keyword: str, message: str, schema: dict, definitions: tuple[str, ...] = (),
                 rule: str | None = None, stricter: str | None = None, extra_key: str | None = None,
                 alternatives: list[str] | None = None, reason: str | None = None) -> None:
        self.path = path  # where in the config
        self.keyword = keyword  # the failing JSON Schema keyword
        self.message = message
        self.schema = schema  # the subschema holding the keyword
        self.definitions = definitions  # $defs names entered on the way, innermost last
        self.rule = rule  # an `x-rule` annotation on the way, innermost wins
        self.stricter = stricter  # an `x-stricter` reason, when the subschema is ours, not Truss's
        self.extra_key = extra_key  # for additionalProperties: the offending key
        self.alternatives = [] if alternatives is None else alternatives
        # Truss's own words for this failure, when the schema knows them better than the keyword
        # does (an `x-truss` annotation, a discriminator's message, an `x-unchecked-keys` reason).
        self.reason = reason


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, datetime.datetime):
        return "timestamp"
    if isinstance(value, datetime.date):
        return "date"
    if isinstance(value, bytes):
        return "binary"
    return type(value).__name__


def _is_type(value: Any, expected: str) -> bool:
    actual = type_name(value)
    return actual == expected or (expected == "number" and actual == "integer")


class InterpretingValidator:
    """The straightforward reading of the schema, keyword by keyword. `Validator` (below) compiles
    the same logic into closures; the tests check both give identical errors."""

    def __init__(self, schema: dict):
        self.root = schema
        self._patterns: dict[str, re.Pattern] = {}

    def errors(self, instance: Any) -> list[SchemaError]:
        return settle_coercions(instance, list(self._validate(instance, self.root, (), (), None, None)))

    # Each keyword check yields SchemaErrors; `defs`, `rule` and `stricter` carry annotations
    # from enclosing subschemas down to the failure.
    def _validate(self, value: Any, schema: Any, path: KeyPath, defs: tuple[str, ...],
                  rule: str | None, stricter: str | None) -> Iterator[SchemaError]:
        if schema is True:
            return
        if schema is False:
            yield SchemaError(path, "false", "this value is not allowed here", {}, defs, rule, stricter)
            return
        rule = schema.get("x-rule", rule)
        stricter = schema.get("x-stricter", stricter)

        def error(keyword: str, message: str, **extra: Any) -> SchemaError:
            return SchemaError(path, keyword, message, schema, defs, rule, stricter, **extra)

        ref = schema.get("$ref")
        if ref is not None:
            name = ref.rsplit("/", 1)[-1]
            yield from self._validate(value, self.root["$defs"][name], path, defs + (name,), rule, stricter)

        expected = schema.get("type")
        if expected is not None:
            types = [expected] if isinstance(expected, str) else expected
            if not any(_is_type(value, t) for t in types):
                yield error("type", f"expected {_join(types)}, got {_describe(value)}")
                return  # the other keywords would only repeat the type error

        if "enum" in schema and not _in(value, schema["enum"]):
            yield error("enum", f"{_describe(value)} is not one of {_join_values(schema['enum'])}")
        if "const" in schema and not _in(value, [schema["const"]]):
            yield error("const", f"expected {json.dumps(schema['const'])}, got {_describe(value)}")

        if isinstance(value, str):
            pattern = schema.get("pattern")
            if pattern is not None and not self._regex(pattern).search(value):
                yield error("pattern", f"{_describe(value)} is not in the expected format")
            if "minLength" in schema and len(value) < schema["minLength"]:
                yield error("minLength", f"{_describe(value)} is shorter than {schema['minLength']} characters")
            if "maxLength" in schema and len(value) > schema["maxLength"]:
                yield error("maxLength", f"{_describe(value)} is longer than {schema['maxLength']} characters")
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            yield from self._numeric(value, schema, error)
        elif isinstance(value, dict) and any(k in schema for k in _OBJECT_KEYWORDS):
            # A subschema with no object keywords (an `allOf` rule branch) says nothing about
            # keys, so a non-string key is reported once, where the keys are described.
            yield from self._object(value, schema, path, defs, rule, stricter, error)
        elif isinstance(value, list):
            yield from self._array(value, schema, path, defs, rule, stricter, error)

        for sub in schema.get("allOf", ()):
            yield from self._validate(value, sub, path, defs, rule, stricter)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                yield from self._alternatives(keyword, value, schema, path, defs, rule, stricter, error)
        if "not" in schema:
            if not any(True for _ in self._validate(value, schema["not"], path, defs, rule, stricter)):
                sub = schema["not"]
                # The error holds the schema around the `not`, whose description and hint say
                # what the forbidden case is (the negated subschema itself is often just `{}`).
                yield SchemaError(path, "not", not_message(schema), schema, defs, sub.get("x-rule", rule),
                                  sub.get("x-stricter", stricter))

    def _numeric(self, value: float, schema: dict, error: Any) -> Iterator[SchemaError]:
        if "minimum" in schema and value < schema["minimum"]:
            yield error("minimum", f"{_describe(value)} is less than the minimum of {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            yield error("maximum", f"{_describe(value)} is more than the maximum of {schema['maximum']}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            yield error("exclusiveMinimum", f"{_describe(value)} must be more than {schema['exclusiveMinimum']}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            yield error("exclusiveMaximum", f"{_describe(value)} must be less than {schema['exclusiveMaximum']}")

    def _object(self, value: dict, schema: dict, path: KeyPath, defs: tuple[str, ...], rule: str | None,
                stricter: str | None, error: Any) -> Iterator[SchemaError]:
        properties = schema.get("properties", {})
        pattern_properties = schema.get("patternProperties", {})
        additional = schema.get("additionalProperties", True)
        names = schema.get("propertyNames")
        for name in schema.get("required", ()):
            if name not in value:
                yield error("required", f"the required key `{name}` is missing")
        for key, item in value.items():
            if not isinstance(key, str):
                yield SchemaError(path + (key,), "propertyNames", f"keys must be strings, got {_describe(key)}",
                                  schema, defs, rule, stricter, extra_key=str(key))
                continue
            if names is not None:
                for problem in self._validate(key, names, path + (key,), defs, rule, stricter):
                    problem.extra_key = key
                    yield problem
            matched = False
            if key in properties:
                matched = True
                yield from self._validate(item, properties[key], path + (key,), defs, rule, stricter)
            for pattern, sub in pattern_properties.items():
                if self._regex(pattern).search(key):
                    matched = True
                    yield from self._validate(item, sub, path + (key,), defs, rule, stricter)
            if not matched and additional is not True:
                if additional is False:
                    unchecked = unchecked_keys(self.root, defs)
                    yield SchemaError(path + (key,), "additionalProperties", f"unknown key `{key}`", schema,
                                      defs, UNCHECKED_KEY_RULE if unchecked else rule, stricter, extra_key=key,
                                      alternatives=sorted(properties), reason=unchecked)
                else:
                    yield from self._validate(item, additional, path + (key,), defs, rule, stricter)

    def _array(self, value: list, schema: dict, path: KeyPath, defs: tuple[str, ...], rule: str | None,
               stricter: str | None, error: Any) -> Iterator[SchemaError]:
        if "minItems" in schema and len(value) < schema["minItems"]:
            yield error("minItems", f"expected at least {schema['minItems']} item(s), got {len(value)}")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            yield error("maxItems", f"expected at most {schema['maxItems']} item(s), got {len(value)}")
        if schema.get("uniqueItems"):
            seen: list = []
            for item in value:
                if _in(item, seen):
                    yield error("uniqueItems", f"{_describe(item)} is listed more than once")
                    break
                seen.append(item)
        items = schema.get("items")
        if items is not None:
            for i, item in enumerate(value):
                yield from self._validate(item, items, path + (i,), defs, rule, stricter)

    def _alternatives(self, keyword: str, value: Any, schema: dict, path: KeyPath, defs: tuple[str, ...],
                      rule: str | None, stricter: str | None, error: Any) -> Iterator[SchemaError]:
        branches = schema[keyword]
        failures = [list(self._validate(value, sub, path, defs, rule, stricter)) for sub in branches]
        passed = sum(1 for errors in failures if not errors)
        if keyword == "oneOf" and passed > 1:
            yield error("oneOf", f"{_describe(value)} matches more than one of the allowed forms")
        if passed:
            return
        choice = discriminate(schema, keyword, value)
        if choice is not None:
            if isinstance(choice, int):
                yield from failures[choice]
            else:
                yield discriminator_error(choice, schema, value, path, defs, rule, stricter)
            return
        if "x-truss" in schema:
            yield condition_error(keyword, schema, path, defs, rule, stricter)
            return
        # Best match: branches whose `type` accepts the value say what is wrong inside it;
        # prefer the one whose failures are deepest (closest to the real mistake).
        relevant = [errors for errors in failures if not any(e.keyword == "type" and e.path == path for e in errors)]
        if relevant:
            yield from max(relevant, key=lambda errors: (max(len(e.path) for e in errors), -len(errors)))
            return
        expected = []
        for errors in failures:
            for problem in errors:
                if problem.keyword == "type":
                    types = problem.schema["type"]
                    expected.extend([types] if isinstance(types, str) else types)
        first = failures[0][0]
        yield SchemaError(path, "type", f"expected {_join(_unique(expected))}, got {_describe(value)}",
                          first.schema, first.definitions, first.rule, first.stricter)

    def _regex(self, pattern: str) -> re.Pattern:
        compiled = self._patterns.get(pattern)
        if compiled is None:
            compiled = self._patterns[pattern] = re.compile(pattern)
        return compiled


def not_message(schema: dict) -> str:
    """What a failed `not` says: the description of the case it forbids, else of the key itself."""
    sub = schema["not"]
    described = sub.get("description") if isinstance(sub, dict) else None
    return described or schema.get("description") or "Truss does not accept this value"


# The rule for a value Truss accepts by converting it (pydantic's lax mode, or str()).
COERCED_VALUE_RULE = "coerced-value"
_LAX_DEFINITIONS = {"Int": "integer", "Number": "number", "Bool": "boolean"}
_BOOL_WORDS = frozenset("true false yes no on off t f y n 1 0".split())


def lax_type(error: SchemaError) -> str | None:
    """The one scalar type the failed key wants, if it wants one: its lax $defs (Int, Number,
    Bool), else the failing subschema's type."""
    if error.definitions and error.definitions[-1] in _LAX_DEFINITIONS:
        return _LAX_DEFINITIONS[error.definitions[-1]]
    types = error.schema.get("type")
    scalar = [t for t in ([types] if isinstance(types, str) else types or ()) if t != "null"]
    return scalar[0] if len(scalar) == 1 else None


def lax_accepts(expected: str | None, value: Any) -> bool:
    """Whether pydantic's lax mode (Truss's, outside `strict=True` fields) turns `value` into
    `expected`: a bool or 2.0 into an int, a numeric string into a number, 0/1 into a bool."""
    kind = type_name(value)
    if expected == "integer":
        return kind == "boolean" or kind == "number" and value.is_integer() or \
            kind == "string" and re.fullmatch(r"\s*[+-]?[0-9][0-9_]*(\.0*)?\s*", value) is not None
    if expected == "number":
        if kind == "boolean":
            return True
        if kind != "string":
            return False
        try:
            float(value)
        except ValueError:
            return False
        return True
    if expected == "boolean":
        return kind == "integer" and value in (0, 1) or kind == "string" and value.strip().lower() in _BOOL_WORDS
    return False


def settle_coercions(instance: Any, errors: list[SchemaError]) -> list[SchemaError]:
    """Send a failure Truss accepts by converting the value (an `x-stricter` place where pydantic's
    lax mode reads `true` as 1) to the coerced-value rule: a warning, not an error."""
    for error in errors:
        if error.stricter and error.keyword in ("type", "pattern") and error.rule != COERCED_VALUE_RULE:
            value = instance
            for part in error.path:
                value = value[part]
            if lax_accepts(lax_type(error), value):
                error.rule = COERCED_VALUE_RULE
    return errors


# The rule for an unknown key where Truss does not check keys (`x-unchecked-keys`).
UNCHECKED_KEY_RULE = "ignored-key"


def unchecked_keys(root: dict, defs: tuple[str, ...]) -> str | None:
    """Why Truss never checks the keys here, when a definition on the way says so: an
    `x-unchecked-keys` reason (Truss keeps unknown keys there and never rejects them)."""
    for name in reversed(defs):
        reason = root["$defs"][name].get("x-unchecked-keys")
        if reason:
            return reason
    return None


def discriminate(schema: dict, keyword: str, value: Any) -> int | str | None:
    """The branch of `schema[keyword]` that Truss validates `value` against, as pydantic's
    discriminated union picks it (`x-discriminator`): its index; "missing" or "unknown" when the
    tag picks none; None when the union is not discriminated or `value` is not a mapping (then
    the branch whose type accepts the value says what is wrong).

    `x-discriminator`: {"propertyName": key, "mapping": {tag: "#/$defs/Name" or index, ...}, "default":
    "#/$defs/Name" (the branch when the key is missing or empty, as Truss's `inference_stack`
    defaults to v1), "missing"/"unknown": Truss's message for a missing or unknown tag}."""
    spec = schema.get("x-discriminator")
    if spec is None or not isinstance(value, dict):
        return None
    tag = value.get(spec["propertyName"])
    if isinstance(tag, str) and tag in spec["mapping"]:
        target = spec["mapping"][tag]
    elif not tag and "default" in spec:  # missing, null or "": the default branch
        target = spec["default"]
    else:
        return "missing" if spec["propertyName"] not in value or tag is None else "unknown"
    if isinstance(target, int):  # a branch without a $ref is named by its index
        return target
    for index, branch in enumerate(schema[keyword]):
        if branch.get("$ref") == target:
            return index
    raise ValueError(f"x-discriminator names {target}, which is not a branch of the union")


def condition_error(keyword: str, schema: dict, path: KeyPath, defs: tuple[str, ...], rule: str | None,
                    stricter: str | None) -> SchemaError:
    """The failure of a union that states one condition of Truss's (an anyOf with `x-truss`):
    reported as that condition, in its description, not through whichever branch failed deepest."""
    return SchemaError(path, keyword, schema.get("description") or "none of the allowed forms", schema, defs, rule,
                       stricter)


def discriminator_error(choice: str, schema: dict, value: dict, path: KeyPath, defs: tuple[str, ...],
                        rule: str | None, stricter: str | None) -> SchemaError:
    """The failure of a discriminated union whose tag picks no branch."""
    spec = schema["x-discriminator"]
    name = spec["propertyName"]
    if choice == "missing":
        return SchemaError(path, "required", f"the required key `{name}` is missing", schema, defs, rule, stricter,
                           reason=spec.get("missing"))
    tag = value[name]
    reason = spec.get("unknown")
    return SchemaError(path + (name,), "enum", f"{_describe(tag)} is not one of {_join_values(list(spec['mapping']))}",
                       schema, defs, rule, stricter, reason=reason.replace("{value}", str(tag)) if reason else None)


@lru_cache(maxsize=None)
def truss_validator() -> Validator | PredicateFirst:
    """The validator of the shipped schema: its generated predicate first (see PredicateFirst),
    unless the schema changed since the predicate was generated (an edited checkout)."""
    import zlib

    from . import _schema_predicate as generated

    data = schema_text().encode("utf-8")
    if len(data) == generated.SCHEMA_LENGTH and zlib.crc32(data) == generated.SCHEMA_CRC32:
        return PredicateFirst(generated.is_valid)
    return Validator(truss_schema())


class PredicateFirst:
    """Errors of the shipped schema. `truss_lint/_schema_predicate.py`, the schema's yes/no test
    generated as Python source by scripts/compile_data.py, clears a valid config (most of them)
    twice as fast as the compiled validator, which, built on first need, collects the errors of
    the others."""

    def __init__(self, is_valid: Callable[[Any], bool]):
        self.is_valid = is_valid
        self._validator: Validator | None = None

    def errors(self, instance: Any) -> list[SchemaError]:
        if self.is_valid(instance):
            return []
        if self._validator is None:
            self._validator = Validator(truss_schema())
        return self._validator.errors(instance, known_invalid=True)


def unsupported_keywords(schema: Any, where: str = "#") -> Iterator[str]:
    """Keywords the hot-path validator does not implement (the tests keep this empty)."""
    if isinstance(schema, dict):
        for key, sub in schema.items():
            if key not in SUPPORTED_KEYWORDS:
                yield f"{where}/{key}"
            if key in ("properties", "$defs", "patternProperties"):
                for name, child in sub.items():
                    yield from unsupported_keywords(child, f"{where}/{key}/{name}")
            elif key in ("items", "additionalProperties", "not", "propertyNames"):
                yield from unsupported_keywords(sub, f"{where}/{key}")
            elif key in ("anyOf", "oneOf", "allOf"):
                for i, child in enumerate(sub):
                    yield from unsupported_keywords(child, f"{where}/{key}/{i}")


_TYPE_WORDS = {"object": "a mapping", "array": "a list", "string": "a string", "integer": "an integer",
               "number": "a number", "boolean": "a boolean", "null": "null"}


def _join(types: list[str]) -> str:
    words = [_TYPE_WORDS.get(t, t) for t in types]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _join_values(values: list) -> str:
    shown = ", ".join(json.dumps(v) for v in values[:16])
    return shown + (", ..." if len(values) > 16 else "")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _in(value: Any, options: list) -> bool:
    # JSON equality: True is not 1, 1 is 1.0.
    return any(type_name(value) in ("integer", "number") and type_name(option) in ("integer", "number")
               and value == option or type_name(value) == type_name(option) and value == option
               for option in options)


def _describe(value: Any) -> str:
    kind = type_name(value)
    if kind in ("object", "array"):
        return _TYPE_WORDS[kind]
    shown = json.dumps(value) if kind in ("string", "integer", "number", "boolean", "null") else repr(value)
    if len(shown) > 60:
        shown = shown[:57] + '..."'
    article = "an" if kind[0] in "aeiou" else "a"
    return f"{article} {kind} {shown}" if kind != "null" else "null"


# Last, because it builds on the helpers above.
from ._compiled_schema import Validator  # noqa: E402
