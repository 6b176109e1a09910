from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..resources import DECIMAL_UNITS, format_mib, memory_bytes, request_from_config
from ..resolver import resolve
from . import Rule
from ._resource_helpers import instance_type_of, resources_of

_WITH_UNIT = r"^([0-9]+(?:\.[0-9]+)?|\.[0-9]+)([A-Za-z]+)$"  # compiled on first use (re caches it)
_BINARY = {"k": "Ki", "M": "Mi", "G": "Gi", "T": "Ti", "P": "Pi", "E": "Ei"}


class DecimalMemoryUnit(Rule):
    """What it does: reports `memory` written with a decimal unit (`16G`, `512M`, `100k`), says how
    much it is in GiB/MiB, and whether the binary unit (`16Gi`) would give a different instance.

    Why: Kubernetes-style units are case- and letter-sensitive: `G` is 10⁹ bytes, `Gi` is 2³⁰.
    `16G` is only 14.9 GiB, and `17G` (15.8 GiB) fits a 16 GiB instance while `17Gi` does not.
    Most people who write `G` mean `Gi`.

    Info by default; a warning when the two readings land on different instances, because then
    what you meant and what you get differ in machine and price.

    Example:
        resources:
          memory: 16G      # 14.9 GiB; write 16Gi for 16 GiB

    Fix: use the binary unit (`Gi`, `Mi`) unless you really mean powers of ten.
    """

    code = "TC208"
    name = "decimal-memory-unit"
    severity = Severity.INFO
    summary = "Memory uses a decimal unit (16G = 14.9 GiB), not the binary one most people mean"

    def check(self, ctx) -> Iterator[Diagnostic]:
        resources, request = resources_of(ctx), ctx.request
        if resources is None or request is None or instance_type_of(resources):
            return
        written = resources.get("memory")
        if not isinstance(written, str):
            return
        match = re.match(_WITH_UNIT, written.strip())
        if not match or match.group(2) not in DECIMAL_UNITS:
            return
        number, unit = match.groups()
        binary = f"{number}{_BINARY[unit]}"
        as_binary = request_from_config({**ctx.config, "resources": {**resources, "memory": binary}})
        instance = ctx.instance
        other = resolve(as_binary, ctx.catalog).instance if as_binary else None
        message = (f"`memory: {written}` is decimal: {_amount(memory_bytes(written))}, "
                   f"not {_amount(memory_bytes(binary))}")
        severity = None
        if other != instance:
            if instance is None:
                gets = "matches no instance"
            else:
                gets = f"gets {instance.describe()}"
            other_text = other.describe() if other else "no instance at all"
            message += f"; as written this config {gets}, while `{binary}` would get {other_text}"
            severity = Severity.WARNING
        elif instance is not None:
            message += f"; `{binary}` would get the same instance, {instance.name}"
        yield self.diagnostic(ctx, ("resources", "memory"), message, severity=severity,
                              help=f"write `memory: {binary}` if you mean {number} {_BINARY[unit]}B")


def _amount(size: float) -> str:
    """14.9 GiB, 488 MiB, or 97.7 KiB below a MiB (where MiB would round to 0)."""
    if size >= 2**20:
        return format_mib(size / 2**20)
    return f"{size / 2**10:.3g} KiB"
