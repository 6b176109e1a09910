"""The reference interpreter of the strict schema, for the tests only: it walks the schema as
written, keyword by keyword, so the package's compiled validator (truss_lint._compiled_schema)
and its generated predicate can be held to it, and it to jsonschema.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator

from truss_lint.diagnostics import KeyPath
from truss_lint.schema_errors import (_OBJECT_KEYWORDS, UNCHECKED_KEY_RULE, SchemaError, _describe, _in, _join,
                                      _join_values, _unique, condition_error, discriminate, discriminator_error,
                                      not_message, settle_coercions, type_name, unchecked_keys)


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
                missing = error("required", f"the required key `{name}` is missing")
                missing.extra_key = name
                yield missing
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

