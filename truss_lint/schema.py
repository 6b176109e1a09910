"""Apply `schemas/truss-config.schema.json` on the hot path.

`jsonschema` stays the reference implementation (the tests check that the package's validator
agrees with it, and with an interpreter of the schema in tests/schema_reference.py, on every
fixture and corpus file), but importing it costs ~80 ms, more than a whole lint run. The one
validator the package runs is `_compiled_schema.Validator`, behind the generated predicate
(PredicateFirst); schema failures and their shared helpers live in `schema_errors`.

Two YAML details JSON Schema cannot see are kept exact: a bool is never an integer or a
number, and a float such as `2.0` is a "number", never an "integer" (pydantic's strict int).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

from ._compiled_schema import Validator
from .schema_errors import SchemaError

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

