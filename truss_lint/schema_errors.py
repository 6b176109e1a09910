"""Schema failures and the helpers every validator shares: the error record, how values and
types are named in messages, and Truss's own conditions (unions it discriminates, values pydantic
converts). A leaf module: it imports nothing else of the schema machinery, so each validator
(`_compiled_schema`, the generated predicate, the tests' reference interpreter) can import it.
"""

from __future__ import annotations

import datetime
import json
import re

from ._struct import Struct
from .diagnostics import KeyPath

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

_OBJECT_KEYWORDS = ("properties", "patternProperties", "additionalProperties", "propertyNames", "required")



class SchemaError(Struct):
    __slots__ = ("path", "keyword", "message", "schema", "definitions", "rule", "stricter", "extra_key",
                 "alternatives", "reason", "misspelt")

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
        self.extra_key = extra_key  # the offending key (additionalProperties), the missing one (required)
        self.alternatives = [] if alternatives is None else alternatives
        # Truss's own words for this failure, when the schema knows them better than the keyword
        # does (an `x-truss` annotation, a discriminator's message, an `x-unchecked-keys` reason).
        self.reason = reason
        # for required: the unknown key beside it that is this key misspelt (see pair_misspelt_required)
        self.misspelt: str | None = None



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
            if lax_accepts(lax_type(error), value) or _one_gpu_of(error, value):
                error.rule = COERCED_VALUE_RULE
    return errors


def _one_gpu_of(error: SchemaError, value: Any) -> bool:
    """"A10G:2:3": with more than one ':' Truss keeps only the GPU type and asks for one GPU."""
    if not (error.definitions and error.definitions[-1] == "AcceleratorString" and isinstance(value, str)):
        return False
    from .resources import ACCELERATORS

    parts = value.strip().split(":")
    return len(parts) > 2 and parts[0] in ACCELERATORS



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
