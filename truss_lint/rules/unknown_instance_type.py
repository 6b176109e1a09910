from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._resource_helpers import instance_type_of, per_month, resources_of


class UnknownInstanceType(Rule):
    """What it does: reports a `resources.instance_type` that names no instance in the catalog,
    with the closest catalog names.

    Why: Truss never checks `instance_type`; it sends the string as is and the server, not your
    editor, finds out. Names are not uniform (`L4:4x16` but `A10Gx4x16`, `T4x4x16`, bare `4x16`
    for CPU, `H100MIG` for Truss's `H100_40GB`), and even Truss's own docs show names that are
    not SKUs (`H100:8x80`). An org may have private SKUs: check against its listing with
    `--catalog FILE`.

    Example:
        resources:
          instance_type: A10G:4x16   # the SKU is A10Gx4x16

    Fix: use a name from the catalog (`truss-lint` suggests the closest), or remove
    `instance_type` and let cpu/memory/accelerator choose.
    """

    code = "TC210"
    name = "unknown-instance-type"
    severity = Severity.ERROR
    summary = "`instance_type` names no instance in the catalog; the push is likely to fail"

    def check(self, ctx) -> Iterator[Diagnostic]:
        resources = resources_of(ctx)
        if resources is None:
            return
        instance_type = instance_type_of(resources)
        if instance_type is None or ctx.catalog.by_name(instance_type) is not None:
            return
        suggestions = _closest(instance_type, ctx.catalog.names())
        hint = ""
        if suggestions:
            priced = (f"`{name}` ({per_month(ctx.catalog.by_name(name))})" for name in suggestions)
            hint = f"; did you mean {' or '.join(priced)}?"
        yield self.diagnostic(
            ctx, ("resources", "instance_type"),
            f"`instance_type: {instance_type}` is not in the instance catalog (as of {ctx.catalog.as_of}): "
            "Truss sends it unchecked, so the push is likely to fail, and the instance and its price are "
            f"unknown{hint}",
            help="use a catalog name, or check your org's private listing with `--catalog FILE`")


def _closest(name: str, names: list[str]) -> list[str]:
    import difflib

    folded = {n.casefold(): n for n in names}
    if name.strip().casefold() in folded:  # names are case-sensitive for the server
        return [folded[name.strip().casefold()]]
    return difflib.get_close_matches(name.strip(), names, n=3, cutoff=0.6)
