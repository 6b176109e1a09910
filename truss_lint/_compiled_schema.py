"""The hot-path schema validator: the schema compiled into nested closures.

It gives exactly the errors the reference interpreter (tests/schema_reference.py) gives, in the
same order (the tests compare the two on every fixture, the corpus and generated configs), but
does the per-keyword work once per subschema instead of once per value: keyword lookups, regexes,
enum sets and `$ref` targets are resolved when a subschema is compiled.

Two compilations of each subschema:
- a yes/no predicate ("is this valid?"), which builds no error objects. Most configs and most
  anyOf branches pass, so it answers almost every question: a valid config costs one walk;
- an error collector, run only where the predicate says no, for the messages.

Subschemas are compiled on first use, into one-element "cells" the callers index, so a run
compiles only the parts of the schema its configs reach (start-up stays small) and a
recursive `$ref` unfolds only as deep as the data goes. The error collector is compiled per
(definitions, x-rule, x-stricter) context, because those annotations are copied onto every
error beneath it; the predicate ignores annotations and is compiled once per subschema.
"""

from __future__ import annotations

import json
import re
from .schema_errors import (_OBJECT_KEYWORDS, UNCHECKED_KEY_RULE, SchemaError, _describe, _in, _join, _join_values,
                            _unique, condition_error, discriminate, discriminator_error, not_message, settle_coercions,
                            type_name, unchecked_keys)

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any, Callable

    Check = Callable[[Any, tuple, list], None]
    Valid = Callable[[Any], bool]

# Exact Python types the YAML loader produces, for a fast `type_name`; anything else (a
# subclass, a datetime) goes through `type_name` itself.
_EXACT_TYPES = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string",
                dict: "object", list: "array"}


def _kind(value: Any) -> str:
    kind = _EXACT_TYPES.get(type(value))
    return kind if kind is not None else type_name(value)


def _always(value: Any) -> bool:
    return True


def _never(value: Any) -> bool:
    return False


class Validator:
    def __init__(self, schema: dict):
        self.root = schema
        self._checks: dict[tuple, list] = {}
        self._predicates: dict[int, list] = {}
        self._regexes: dict[str, re.Pattern] = {}

    def errors(self, instance: Any, *, known_invalid: bool = False) -> list[SchemaError]:
        """Every failure; `known_invalid` skips the yes/no test a caller already made."""
        out: list[SchemaError] = []
        if known_invalid or not self._valid(self.root)[0](instance):
            self._check(self.root, (), None, None)[0](instance, (), out)
            settle_coercions(instance, out)
        return out

    def is_valid(self, instance: Any) -> bool:
        return self._valid(self.root)[0](instance)

    # ----------------------------------------------------------------- cells

    def _check(self, schema: Any, defs: tuple[str, ...], rule: str | None, stricter: str | None) -> list:
        key = (id(schema), defs, rule, stricter)
        cell = self._checks.get(key)
        if cell is None:
            cell = self._checks[key] = [None]

            def first_use(value: Any, path: tuple, out: list) -> None:
                cell[0] = self._build_check(schema, defs, rule, stricter)
                cell[0](value, path, out)
            cell[0] = first_use
        return cell

    def _valid(self, schema: Any) -> list:
        cell = self._predicates.get(id(schema))
        if cell is None:
            cell = self._predicates[id(schema)] = [None]

            def first_use(value: Any) -> bool:
                cell[0] = self._build_valid(schema)
                return cell[0](value)
            cell[0] = first_use
        return cell

    def _regex(self, pattern: str) -> re.Pattern:
        compiled = self._regexes.get(pattern)
        if compiled is None:
            compiled = self._regexes[pattern] = re.compile(pattern)
        return compiled

    def _ref_target(self, schema: dict) -> tuple[str, dict]:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return name, self.root["$defs"][name]

    # ----------------------------------------------------------------- predicate

    def _build_valid(self, schema: Any) -> Valid:
        if schema is True:
            return _always
        if schema is False:
            return _never
        parts: list[Valid] = []
        # Subschemas compile on first use, so a `$ref` or `allOf` part is a cell: its [0] is the
        # stub until then, the predicate after. The cells are called directly, without a wrapper.
        cells: list[list] = []
        if "$ref" in schema:
            cells.append(self._valid(self._ref_target(schema)[1]))
        allowed = _allowed_types(schema)
        if "enum" in schema:
            parts.append(_enum_test(schema["enum"]))
        if "const" in schema:
            constant = [schema["const"]]
            parts.append(lambda value: _in(value, constant))
        string_tests = [t for t, _ in self._string_tests(schema)]
        number_tests = [t for t, _, _ in _number_tests(schema)]
        object_test = self._object_valid(schema) if any(k in schema for k in _OBJECT_KEYWORDS) else None
        array_tests = self._array_valid(schema)
        for sub in schema.get("allOf", ()):
            cells.append(self._valid(sub))
        if "anyOf" in schema:
            branches = [self._valid(sub) for sub in schema["anyOf"]]
            parts.append(lambda value: any(branch[0](value) for branch in branches))
        if "oneOf" in schema:
            branches = [self._valid(sub) for sub in schema["oneOf"]]
            parts.append(lambda value: sum(1 for branch in branches if branch[0](value)) == 1)
        if "not" in schema:
            negated = self._valid(schema["not"])
            parts.append(lambda value: not negated[0](value))

        def valid(value: Any) -> bool:
            kind = _EXACT_TYPES.get(type(value)) or type_name(value)  # _kind, inlined: the hottest line
            if allowed is not None and kind not in allowed:
                return False
            if kind == "string":
                for test in string_tests:
                    if not test(value):
                        return False
            elif kind == "integer" or kind == "number":
                for test in number_tests:
                    if not test(value):
                        return False
            elif kind == "object":
                if object_test is not None and not object_test(value):
                    return False
            elif kind == "array":
                for test in array_tests:
                    if not test(value):
                        return False
            for cell in cells:
                if not cell[0](value):
                    return False
            for test in parts:
                if not test(value):
                    return False
            return True

        if allowed is None and not (cells or parts or string_tests or number_tests or object_test or array_tests):
            return _always
        return valid

    def _string_tests(self, schema: dict) -> list[tuple[Valid, tuple]]:
        """(test, (keyword, message suffix)) for the string keywords, in order."""
        tests: list[tuple[Valid, tuple]] = []
        if schema.get("pattern") is not None:
            search = self._regex(schema["pattern"]).search
            tests.append((lambda value: search(value) is not None, ("pattern", "is not in the expected format")))
        if "minLength" in schema:
            least = schema["minLength"]
            tests.append((lambda value: len(value) >= least, ("minLength", f"is shorter than {least} characters")))
        if "maxLength" in schema:
            most = schema["maxLength"]
            tests.append((lambda value: len(value) <= most, ("maxLength", f"is longer than {most} characters")))
        return tests

    def _object_valid(self, schema: dict) -> Valid:
        known = {name: self._valid(sub) for name, sub in schema.get("properties", {}).items()}
        patterns = [(self._regex(p).search, self._valid(sub)) for p, sub in schema.get("patternProperties", {}).items()]
        additional = schema.get("additionalProperties", True)
        additional_valid = None if isinstance(additional, bool) else self._valid(additional)
        names = schema.get("propertyNames")
        names_valid = None if names is None else self._valid(names)
        required = tuple(schema.get("required", ()))

        def valid(value: dict) -> bool:
            for name in required:
                if name not in value:
                    return False
            for key, item in value.items():
                if type(key) is not str and not isinstance(key, str):
                    return False
                if names_valid is not None and not names_valid[0](key):
                    return False
                matched = False
                cell = known.get(key)
                if cell is not None:
                    matched = True
                    if not cell[0](item):
                        return False
                for search, pattern_cell in patterns:
                    if search(key):
                        matched = True
                        if not pattern_cell[0](item):
                            return False
                if not matched and additional is not True:
                    if additional is False or not additional_valid[0](item):
                        return False
            return True
        return valid

    def _array_valid(self, schema: dict) -> list[Valid]:
        tests: list[Valid] = []
        if "minItems" in schema:
            least = schema["minItems"]
            tests.append(lambda value: len(value) >= least)
        if "maxItems" in schema:
            most = schema["maxItems"]
            tests.append(lambda value: len(value) <= most)
        if schema.get("uniqueItems"):
            tests.append(lambda value: _first_repeat(value) is None)
        if schema.get("items") is not None:
            item_valid = self._valid(schema["items"])
            tests.append(lambda value: all(item_valid[0](item) for item in value))
        return tests

    # ----------------------------------------------------------------- errors

    def _build_check(self, schema: Any, defs: tuple[str, ...], rule: str | None, stricter: str | None) -> Check:
        if schema is True:
            return _no_errors
        if schema is False:
            def false(value: Any, path: tuple, out: list) -> None:
                out.append(SchemaError(path, "false", "this value is not allowed here", {}, defs, rule, stricter))
            return false
        rule = schema.get("x-rule", rule)
        stricter = schema.get("x-stricter", stricter)

        def error(path: tuple, keyword: str, message: str) -> SchemaError:
            return SchemaError(path, keyword, message, schema, defs, rule, stricter)

        ref_check = None
        if "$ref" in schema:
            name, target = self._ref_target(schema)
            ref_check = self._check(target, defs + (name,), rule, stricter)
        allowed = _allowed_types(schema)
        expected = [schema["type"]] if isinstance(schema.get("type"), str) else schema.get("type")

        common: list[Check] = []
        if "enum" in schema:
            in_enum, listed = _enum_test(schema["enum"]), _join_values(schema["enum"])
            common.append(lambda value, path, out: None if in_enum(value) else
                          out.append(error(path, "enum", f"{_describe(value)} is not one of {listed}")))
        if "const" in schema:
            constant, shown = [schema["const"]], json.dumps(schema["const"])
            common.append(lambda value, path, out: None if _in(value, constant) else
                          out.append(error(path, "const", f"expected {shown}, got {_describe(value)}")))
        string_tests = self._string_tests(schema)
        number_tests = _number_tests(schema)
        object_check = self._object_check(schema, defs, rule, stricter, error) \
            if any(k in schema for k in _OBJECT_KEYWORDS) else None
        array_checks = self._array_checks(schema, defs, rule, stricter, error)
        combined = self._combinator_checks(schema, defs, rule, stricter, error)

        def check(value: Any, path: tuple, out: list) -> None:
            if ref_check is not None:
                ref_check[0](value, path, out)
            kind = _kind(value)
            if allowed is not None and kind not in allowed:
                out.append(error(path, "type", f"expected {_join(expected)}, got {_describe(value)}"))
                return  # the other keywords would only repeat the type error
            for each in common:
                each(value, path, out)
            if kind == "string":
                for test, (keyword, wording) in string_tests:
                    if not test(value):
                        out.append(error(path, keyword, f"{_describe(value)} {wording}"))
            elif kind == "integer" or kind == "number":
                for test, keyword, wording in number_tests:
                    if not test(value):
                        out.append(error(path, keyword, f"{_describe(value)} {wording}"))
            elif kind == "object":
                if object_check is not None:
                    object_check(value, path, out)
            elif kind == "array":
                for each in array_checks:
                    each(value, path, out)
            for each in combined:
                each(value, path, out)
        return check

    def _object_check(self, schema: dict, defs: tuple, rule: Any, stricter: Any, error: Callable) -> Check:
        properties = schema.get("properties", {})
        known = {name: self._check(sub, defs, rule, stricter) for name, sub in properties.items()}
        patterns = [(self._regex(p).search, self._check(sub, defs, rule, stricter))
                    for p, sub in schema.get("patternProperties", {}).items()]
        additional = schema.get("additionalProperties", True)
        additional_check = None if isinstance(additional, bool) else self._check(additional, defs, rule, stricter)
        names = schema.get("propertyNames")
        names_check = None if names is None else self._check(names, defs, rule, stricter)
        required = tuple(schema.get("required", ()))
        alternatives = sorted(properties)
        unchecked = unchecked_keys(self.root, defs)
        unknown_key_rule = UNCHECKED_KEY_RULE if unchecked else rule

        def check(value: dict, path: tuple, out: list) -> None:
            for name in required:
                if name not in value:
                    missing = error(path, "required", f"the required key `{name}` is missing")
                    missing.extra_key = name
                    out.append(missing)
            for key, item in value.items():
                if type(key) is not str and not isinstance(key, str):
                    out.append(SchemaError(path + (key,), "propertyNames", f"keys must be strings, got {_describe(key)}",
                                           schema, defs, rule, stricter, extra_key=str(key)))
                    continue
                where = path + (key,)
                if names_check is not None:
                    start = len(out)
                    names_check[0](key, where, out)
                    for problem in out[start:]:
                        problem.extra_key = key
                matched = False
                cell = known.get(key)
                if cell is not None:
                    matched = True
                    cell[0](item, where, out)
                for search, pattern_cell in patterns:
                    if search(key):
                        matched = True
                        pattern_cell[0](item, where, out)
                if not matched and additional is not True:
                    if additional is False:
                        out.append(SchemaError(where, "additionalProperties", f"unknown key `{key}`", schema, defs,
                                               unknown_key_rule, stricter, extra_key=key,
                                               alternatives=list(alternatives), reason=unchecked))
                    else:
                        additional_check[0](item, where, out)
        return check

    def _array_checks(self, schema: dict, defs: tuple, rule: Any, stricter: Any, error: Callable) -> list[Check]:
        checks: list[Check] = []
        if "minItems" in schema:
            least = schema["minItems"]
            checks.append(lambda value, path, out: None if len(value) >= least else out.append(
                error(path, "minItems", f"expected at least {least} item(s), got {len(value)}")))
        if "maxItems" in schema:
            most = schema["maxItems"]
            checks.append(lambda value, path, out: None if len(value) <= most else out.append(
                error(path, "maxItems", f"expected at most {most} item(s), got {len(value)}")))
        if schema.get("uniqueItems"):
            def unique_items(value: list, path: tuple, out: list) -> None:
                repeated = _first_repeat(value)
                if repeated is not None:
                    out.append(error(path, "uniqueItems", f"{_describe(repeated[0])} is listed more than once"))
            checks.append(unique_items)
        if schema.get("items") is not None:
            item_check = self._check(schema["items"], defs, rule, stricter)
            item_valid = self._valid(schema["items"])

            def items(value: list, path: tuple, out: list) -> None:
                for i, item in enumerate(value):
                    if not item_valid[0](item):
                        item_check[0](item, path + (i,), out)
            checks.append(items)
        return checks

    def _combinator_checks(self, schema: dict, defs: tuple, rule: Any, stricter: Any,
                           error: Callable) -> list[Check]:
        checks: list[Check] = [_call_check(self._check(sub, defs, rule, stricter)) for sub in schema.get("allOf", ())]
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                checks.append(self._alternatives(keyword, schema, defs, rule, stricter, error))
        if "not" in schema:
            sub = schema["not"]
            negated = self._valid(sub)
            annotations = sub if isinstance(sub, dict) else {}
            message = not_message(schema)
            not_rule, not_stricter = annotations.get("x-rule", rule), annotations.get("x-stricter", stricter)
            checks.append(lambda value, path, out: None if not negated[0](value) else out.append(
                SchemaError(path, "not", message, schema, defs, not_rule, not_stricter)))
        return checks

    def _alternatives(self, keyword: str, schema: dict, defs: tuple, rule: Any, stricter: Any,
                      error: Callable) -> Check:
        valid = [self._valid(sub) for sub in schema[keyword]]
        branches = [self._check(sub, defs, rule, stricter) for sub in schema[keyword]]
        condition = "x-truss" in schema

        def check(value: Any, path: tuple, out: list) -> None:
            passed = sum(1 for branch in valid if branch[0](value))
            if keyword == "oneOf" and passed > 1:
                out.append(error(path, "oneOf", f"{_describe(value)} matches more than one of the allowed forms"))
            if passed:
                return
            choice = discriminate(schema, keyword, value)
            if choice is not None:
                if isinstance(choice, int):
                    branches[choice][0](value, path, out)
                else:
                    out.append(discriminator_error(choice, schema, value, path, defs, rule, stricter))
                return
            if condition:
                out.append(condition_error(keyword, schema, path, defs, rule, stricter))
                return
            failures = []
            for branch in branches:
                problems: list = []
                branch[0](value, path, problems)
                failures.append(problems)
            # Best match: branches whose `type` accepts the value say what is wrong inside it;
            # prefer the one whose failures are deepest (closest to the real mistake).
            relevant = [problems for problems in failures
                        if not any(e.keyword == "type" and e.path == path for e in problems)]
            if relevant:
                out.extend(max(relevant, key=lambda problems: (max(len(e.path) for e in problems), -len(problems))))
                return
            expected = []
            for problems in failures:
                for problem in problems:
                    if problem.keyword == "type":
                        types = problem.schema["type"]
                        expected.extend([types] if isinstance(types, str) else types)
            first = failures[0][0]
            out.append(SchemaError(path, "type", f"expected {_join(_unique(expected))}, got {_describe(value)}",
                                   first.schema, first.definitions, first.rule, first.stricter))
        return check


def _no_errors(value: Any, path: tuple, out: list) -> None:
    return None


def _call_check(cell: list) -> Check:
    return lambda value, path, out: cell[0](value, path, out)


def _allowed_types(schema: dict) -> frozenset[str] | None:
    if "type" not in schema:
        return None
    types = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
    # JSON Schema: every integer is a number. (A bool is neither, and 2.0 is not an integer.)
    return frozenset(types) | ({"integer"} if "number" in types else frozenset())


def _enum_test(options: list) -> Valid:
    strings = frozenset(o for o in options if isinstance(o, str))
    # A string can only equal a string option; anything else takes the JSON equality rules.
    return lambda value: value in strings if type(value) is str else _in(value, options)


def _number_tests(schema: dict) -> list[tuple[Valid, str, str]]:
    tests: list[tuple[Valid, str, str]] = []
    if "minimum" in schema:
        bound = schema["minimum"]
        tests.append((lambda v: not v < bound, "minimum", f"is less than the minimum of {bound}"))
    if "maximum" in schema:
        bound_max = schema["maximum"]
        tests.append((lambda v: not v > bound_max, "maximum", f"is more than the maximum of {bound_max}"))
    if "exclusiveMinimum" in schema:
        floor = schema["exclusiveMinimum"]
        tests.append((lambda v: not v <= floor, "exclusiveMinimum", f"must be more than {floor}"))
    if "exclusiveMaximum" in schema:
        ceiling = schema["exclusiveMaximum"]
        tests.append((lambda v: not v >= ceiling, "exclusiveMaximum", f"must be less than {ceiling}"))
    return tests


def _first_repeat(items: list) -> tuple[Any] | None:
    """The first item equal (JSON equality) to an earlier one, wrapped so None can repeat."""
    seen: list = []
    for item in items:
        if _in(item, seen):
            return (item,)
        seen.append(item)
    return None
