"""Shared by the rules that reproduce Truss 0.18.36's TRT-LLM checks (truss/base/trt_llm_config.py).

Truss reads `trt_llm` as inference_stack v1 unless `inference_stack` says v2, fills in defaults,
and coerces values the way pydantic's lax mode does (`"2"` is 2 for a plain int field, `"yes"` is
true for a bool). These helpers read a config the same way, and give up (None) wherever the value
has a type Truss would refuse: the schema rules report those, and a rule that guessed would report
a second, made-up problem.
"""

from __future__ import annotations

from ..resources import parse_accelerator

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

    from ..diagnostics import KeyPath
    from ..engine import Context

BUILD: KeyPath = ("trt_llm", "build")
ENCODERS = frozenset({"encoder", "encoder_bert"})
# pydantic's lax-mode spellings of a bool (a YAML 1.1 bool is already one).
_TRUE = frozenset({"true", "yes", "on", "t", "y", "1"})
_FALSE = frozenset({"false", "no", "off", "f", "n", "0"})


def trt_llm(ctx: Context) -> dict | None:
    config = ctx.config
    section = config.get("trt_llm") if isinstance(config, dict) else None
    return section if isinstance(section, dict) else None


def stack(section: dict) -> str | None:
    """"v1" or "v2" as Truss picks the branch (a missing or empty inference_stack is v1)."""
    value = section.get("inference_stack")
    if not value:
        return "v1"
    return value if value in ("v1", "v2") else None


def mapping(section: Any, *path: str) -> dict:
    """The mapping at `path` under `section`, or {} (missing, null, or not a mapping)."""
    for key in path:
        section = section.get(key) if isinstance(section, dict) else None
    return section if isinstance(section, dict) else {}


def build(ctx: Context) -> dict | None:
    section = trt_llm(ctx)
    if section is None:
        return None
    value = section.get("build")
    return value if isinstance(value, dict) else None


def base_model(build_section: dict) -> str:
    value = build_section.get("base_model", "decoder")
    return value if isinstance(value, str) else "decoder"


def as_int(value: Any) -> int | None:
    """An int field's value as pydantic's lax mode reads it; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        digits = value.strip()
        if digits[1:2] and digits[0] in "+-":
            digits = digits[1:]
        if digits.isascii() and digits.isdigit():
            return int(value)
    return None


def as_bool(value: Any, default: bool) -> bool | None:
    """A bool field's value as pydantic's lax mode reads it; `default` when missing; None if invalid."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    return None


def setting(section: dict, key: str, default: Any) -> Any:
    """`section[key]`, or the default when it is missing or null (Truss's reading of both)."""
    value = section.get(key)
    return default if value is None else value


def accelerator(ctx: Context) -> tuple[str, int] | None:
    """(GPU type, count) of `resources.accelerator` as Truss reads it; None without a GPU type."""
    config = ctx.config
    resources = config.get("resources") if isinstance(config, dict) else None
    if not isinstance(resources, dict):
        return None
    try:
        parsed = parse_accelerator(resources.get("accelerator"))
    except ValueError:
        return None
    if parsed is None or parsed.gpu_type is None:
        return None
    return parsed.gpu_type, parsed.count


def gets(ctx: Context) -> str:
    """" (this config gets INSTANCE)" when truss-lint can resolve the instance, else ""."""
    instance = ctx.instance
    return f" (this config gets {instance.describe()})" if instance else ""


def quoted(message: str) -> str:
    """Truss's own words, in double quotes."""
    return f"\"{message}\""
