"""What a config's `resources` ask the server for, normalised as Truss sends it and as Baseten's
selector reads it (truss-semantics.md §2, §3, §5, §7).

cpu becomes millicores and memory MiB, both rounded down, the way the server parses quantities;
accelerator becomes a GPU type and count, with Truss's quirks (`A10G:2:3` is one GPU; the
mapping form's `count: 0` means "use_gpu but no type", which nothing matches).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .speed.memo import remember
from ._struct import Struct

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

DEFAULT_CPU = "1"
DEFAULT_MEMORY = "2Gi"
TRT_LLM_MIN_MEMORY = "10Gi"  # truss push raises an engine build's memory to this

ACCELERATORS = ("B10", "T4", "L4", "A10G", "V100", "A100", "A100_40GB", "H100", "H200", "H100_40GB",
                "B200", "L40S", "RTX_PRO_6000", "B300", "GB300")

MEMORY_UNITS = {
    "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15, "E": 10**18,
    "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60,
}
DECIMAL_UNITS = ("k", "M", "G", "T", "P", "E")
_MEMORY = re.compile(r"^([0-9]+(?:\.[0-9]+)?|\.[0-9]+)(k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$")
_MILLICORES = re.compile(r"^([0-9]+(?:\.[0-9]+)?)m$")
_PLAIN_NUMBER = re.compile(r"^\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")


# A request beyond this (in millicores or bytes) is beyond every instance. Clamping keeps a
# hostile `cpu: "1e999999"` (which Truss accepts) from building million-digit integers.
BEYOND_ANY_INSTANCE = 10**30


def exact_number(text: str) -> tuple[int, int]:
    """A plain decimal number ("12", "1.5", ".5", "+2e3", "1.0E-3") as an exact fraction
    (numerator, denominator), clamped to BEYOND_ANY_INSTANCE. Exact arithmetic without
    `decimal`, whose import costs ~1.3 ms at every start."""
    mantissa, _, exponent = text.lower().lstrip("+").partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    if not digits:
        return 0, 1
    if len(exponent.lstrip("+-")) > 6:  # |exponent| ≥ 10**6: beyond any instance, or nothing
        return (0, 1) if exponent.startswith("-") else (BEYOND_ANY_INSTANCE, 1)
    power = (int(exponent) if exponent else 0) - len(fraction)
    magnitude = len(digits) + power  # the value lies in [10**(magnitude-1), 10**magnitude)
    if magnitude > 31:
        return BEYOND_ANY_INSTANCE, 1
    if magnitude < -31:  # below 1e-31: rounds down to zero however it is scaled here
        return 0, 1
    if len(digits) > 48:  # digits past the 48th cannot move a floor at the scales used here
        power += len(digits) - 48
        digits = digits[:48]
    if power >= 0:
        return int(digits) * 10**power, 1
    return int(digits), 10**-power


def _remembered(function):
    """`function` of a short string, in a bounded memo: configs repeat the same few quantities,
    which the rules read again and again."""
    memo: dict[str, Any] = {}

    def remembered(spec: str) -> Any:
        if spec in memo:
            return memo[spec]
        result = function(spec)
        return remember(memo, spec, result, limit=1024) if len(spec) <= 64 else result

    remembered.__doc__ = function.__doc__
    return remembered


@_remembered
def cpu_millicores(spec: str) -> int | None:
    """`"4"` → 4000, `"1.5"` → 1500, `"500m"` → 500, `"4.0001"` → 4000; None if unusable."""
    spec = spec.strip()
    match = _MILLICORES.match(spec)
    if match:
        numerator, denominator = exact_number(match.group(1))
        return min(numerator // denominator, BEYOND_ANY_INSTANCE)
    if _PLAIN_NUMBER.match(spec):
        numerator, denominator = exact_number(spec)
        return min(numerator * 1000 // denominator, BEYOND_ANY_INSTANCE)
    return None


@_remembered
def memory_fraction(spec: str) -> tuple[int, int] | None:
    """Bytes as an exact fraction: `"16Gi"` → (17179869184, 1), `"1.5k"` → (15000, 10); None if
    unusable."""
    spec = spec.strip()
    if _PLAIN_NUMBER.match(spec):
        return exact_number(spec)
    match = _MEMORY.match(spec)
    if match:
        number, unit = match.groups()
        numerator, denominator = exact_number(number)
        return numerator * (MEMORY_UNITS[unit] if unit else 1), denominator
    return None


def memory_bytes(spec: str) -> float | None:
    """`"16Gi"` → 17179869184.0, `"16G"` → 16e9; None if unusable (for messages; exact: memory_fraction)."""
    amount = memory_fraction(spec)
    return None if amount is None else amount[0] / amount[1]


def memory_mib(spec: str) -> int | None:
    amount = memory_fraction(spec)
    return None if amount is None else min(amount[0] // (amount[1] * 2**20), BEYOND_ANY_INSTANCE)


def format_mib(mib: float) -> str:
    """1536 → "1.5 GiB", 512 → "512 MiB"."""
    if mib >= 1024:
        return f"{mib / 1024:.3g} GiB" if mib % 1024 else f"{mib // 1024:.0f} GiB"
    return f"{mib:.0f} MiB"


def format_cpu(millicores: int) -> str:
    return f"{millicores // 1000}" if millicores % 1000 == 0 else f"{millicores}m"


class Accelerator(Struct):
    """A value: never changed after it is made."""

    __slots__ = ("gpu_type", "count")

    def __init__(self, gpu_type: str | None, count: int) -> None:
        self.gpu_type = gpu_type
        self.count = count

    def __str__(self) -> str:
        return self.gpu_type if self.count == 1 else f"{self.gpu_type}:{self.count}"


def parse_accelerator(value: Any) -> Accelerator | None:
    """Truss's reading of `accelerator`: None for no GPU; raises ValueError when Truss rejects it."""
    if value is None:
        return None
    if isinstance(value, dict):
        gpu_type = value.get("accelerator")
        count = value.get("count", 1)
        if isinstance(count, str) and count.strip().isdigit():
            count = int(count)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise ValueError(f"Invalid count: {count!r}")
        if gpu_type is None:
            return None
        if gpu_type not in ACCELERATORS:
            raise ValueError(f"Unsupported accelerator type: `{gpu_type}`")
        if count == 0:  # Truss sends accelerator null with use_gpu true: a GPU of no type
            return Accelerator(None, 1)
        return Accelerator(gpu_type, count)
    if not isinstance(value, str):
        raise ValueError(f"Expected string, dict, AcceleratorSpec, or None; got {type(value).__name__}")
    parts = value.strip().split(":")
    if not parts[0]:
        raise ValueError("Accelerator type cannot be empty.")
    if parts[0] not in ACCELERATORS:
        raise ValueError(f"Unsupported accelerator type: `{parts[0]}`")
    count = 1
    if len(parts) == 2:  # with 3+ parts Truss ignores the rest and keeps a count of 1
        if not parts[1].isdigit() or int(parts[1]) <= 0:
            raise ValueError(f"Invalid count: '{parts[1]}'. Must be positive integer.")
        count = int(parts[1])
    return Accelerator(parts[0], count)


class Request(Struct):
    """The hardware a config asks for, as the server's instance selector sees it. A value."""

    __slots__ = ("millicores", "memory_mib", "accelerator", "node_count", "instance_type",
                 "memory_raised_for_trt_llm")

    def __init__(self, millicores: int, memory_mib: int, accelerator: Accelerator | None, node_count: int = 1,
                 instance_type: str | None = None, memory_raised_for_trt_llm: bool = False) -> None:
        self.millicores = millicores
        self.memory_mib = memory_mib
        self.accelerator = accelerator
        self.node_count = node_count
        self.instance_type = instance_type
        self.memory_raised_for_trt_llm = memory_raised_for_trt_llm  # truss push raised memory to 10Gi

    @property
    def gpu_type(self) -> str | None:
        return self.accelerator.gpu_type if self.accelerator else None

    @property
    def gpu_count(self) -> int:
        return self.accelerator.count if self.accelerator else 0

    def describe(self) -> str:
        parts = [f"cpu {format_cpu(self.millicores)}", f"memory {format_mib(self.memory_mib)}"]
        if self.accelerator:
            parts.append(f"accelerator {self.accelerator}" if self.accelerator.gpu_type
                         else "a GPU of no type")
        if self.node_count != 1:
            parts.append(f"node_count {self.node_count}")
        return ", ".join(parts)


def is_trt_llm_engine_build(config: dict) -> bool:
    return config.get("trt_llm") is not None  # Truss's own test (uses_trt_llm_builder)


def request_from_config(config: Any) -> Request | None:
    """The request, or None when `resources` is invalid (the schema rules say why)."""
    if not isinstance(config, dict):
        return None
    resources = config.get("resources", {})
    if not isinstance(resources, dict):
        return None
    cpu = resources.get("cpu", DEFAULT_CPU)
    memory = resources.get("memory", DEFAULT_MEMORY)
    if not isinstance(cpu, str) or not isinstance(memory, str):
        return None
    millicores, mib = cpu_millicores(cpu), memory_mib(memory)
    if millicores is None or mib is None:
        return None
    try:
        accelerator = parse_accelerator(resources.get("accelerator"))
    except ValueError:
        return None
    node_count = resources.get("node_count")
    if node_count is None:
        node_count = 1
    elif not isinstance(node_count, int) or isinstance(node_count, bool) or node_count < 1:
        return None
    instance_type = resources.get("instance_type")
    if instance_type is not None and not isinstance(instance_type, str):
        return None
    raised = False
    if is_trt_llm_engine_build(config) and mib < memory_mib(TRT_LLM_MIN_MEMORY):
        mib, raised = memory_mib(TRT_LLM_MIN_MEMORY), True
    return Request(millicores, mib, accelerator, node_count, instance_type or None, raised)


# Truss 0.18.36's own client-side checks (truss/base/truss_config.py), to tell a user whether
# Truss itself rejects a value or only truss-lint does, and to quote Truss's words.
# Compiled on first use: only a value the schema rejects needs them.
@lru_cache(None)
def _truss_milli_cpu() -> re.Pattern:
    return re.compile(r"^[0-9.]*m$")


@lru_cache(None)
def _truss_memory() -> re.Pattern:
    return re.compile(r"^[0-9.]*([a-zA-Z]+)?$")


def _float_parsable(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def truss_cpu_error(spec: str) -> str | None:
    if _float_parsable(spec) or _truss_milli_cpu().fullmatch(spec):
        return None
    return f"Invalid cpu specification {spec}."


def truss_memory_error(spec: str) -> str | None:
    if _float_parsable(spec):
        return None
    match = _truss_memory().fullmatch(spec)
    if not match:
        return f"Invalid memory specification {spec}"
    if match.group(1) not in MEMORY_UNITS:
        return f"Invalid memory unit {match.group(1)} in {spec}"
    return None
