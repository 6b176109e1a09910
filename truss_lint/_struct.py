"""Plain value classes, without `dataclasses`.

truss-lint runs on every commit and editor save, so start-up counts: importing `dataclasses`
(it imports `inspect`) and building each dataclass (it compiles generated methods) cost about
half of a cold start. A struct here writes its own `__init__` and lists its fields in
`__slots__`; equality, hashing and `repr` come from the fields, as a dataclass's would.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeVar

    R = TypeVar("R", bound="Struct")


class Struct:
    """Base for value classes: fields are the `__slots__` of the class and its bases, in order,
    without private (`_`) slots; a class whose fields are properties lists them in `_field_names`.

    `_hidden` names fields left out of equality, hashing and `repr` (large or derived values).
    Records are not enforced immutable; treat the ones documented as values as such.
    """

    __slots__ = ()
    _hidden: tuple[str, ...] = ()

    @classmethod
    def _fields(cls) -> tuple[str, ...]:
        """The fields compared, hashed and shown."""
        fields = cls.__dict__.get("_compared")
        if fields is None:
            fields = tuple(name for name in _init_fields(cls) if name not in cls._hidden)
            cls._compared = fields
        return fields

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields())

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields())
        return f"{type(self).__name__}({fields})"


def replace(record: R, **changes: Any) -> R:
    """A copy of `record` with some fields changed (`dataclasses.replace` for records)."""
    values = {name: getattr(record, name) for name in _init_fields(type(record))}
    values.update(changes)
    return type(record)(**values)


def _init_fields(cls: type) -> tuple[str, ...]:
    """Every field, in constructor order (hidden ones included)."""
    named = getattr(cls, "_field_names", None)
    if named is not None:
        return named
    return tuple(
        name for klass in reversed(cls.__mro__) for name in klass.__dict__.get("__slots__", ())
        if not name.startswith("_")
    )
