from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule


class NoMatchingInstance(Rule):
    """What it does: reports a `resources` request that no instance in the catalog satisfies,
    naming the constraint nothing meets (vCPU, RAM, GPU count, GPU type, node count), or an
    `instance_type` that is not in the catalog.

    Why: Baseten picks the cheapest instance that satisfies every constraint; with none, the
    push fails. A CPU-only request never lands on a GPU machine, so `cpu: "24"` without an
    accelerator fails even though GPU machines have 24 vCPU. Accelerators Truss accepts but no
    public SKU offers (V100, A100_40GB, L40S, B300, GB300, B10) fail unless your org has a
    private listing.

    Example:
        resources:
          cpu: "24"        # the largest CPU-only instance is 16x64

    Fix: ask for what an instance has (the message names the largest), add an accelerator, or
    point `--catalog` at your org's own listing.
    """

    code = "TC201"
    name = "no-matching-instance"
    severity = Severity.ERROR
    summary = "No instance type satisfies the request; the push fails"

    def check(self, ctx) -> Iterator[Diagnostic]:
        resolution, request = ctx.resolution, ctx.request
        if resolution is None or resolution.instance is not None:
            return
        if request.instance_type:
            return  # unknown-instance-type reports names missing from the catalog
        resources = ctx.config.get("resources") or {}
        key = resolution.constraint
        path = ("resources", key) if key in resources else ("resources",)
        help = ("your org may have a private listing; point `--catalog` at it to check the request"
                if resolution.no_public_sku else None)
        yield self.diagnostic(
            ctx, path,
            f"no instance type satisfies {request.describe()}: {resolution.reason}; Baseten picks the instance "
            "when the push reaches it and finds none, so `truss push` fails (Truss itself does not check)",
            help=help)
