from __future__ import annotations

from collections.abc import Iterator

from ..catalog import format_month
from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._resource_helpers import family, gets_more_gpus_than_requested, month_difference, per_month


class GpuCountRoundedUp(Rule):
    """What it does: reports an accelerator count no instance has, so the request is rounded up
    to a SKU with more GPUs (`H100:3` gets `H100:4`), and what the idle GPUs cost.

    Why: Baseten picks the cheapest instance with *at least* the GPUs asked for. When no SKU of
    that GPU type has exactly that count, you pay for the next size up and the extra GPUs sit
    idle (unless your code uses every visible GPU). The idle share is the instance price × idle
    GPUs / GPUs on the instance.

    When a SKU with the exact count exists but cpu or memory pushed the request past it, that is
    implicit-gpu-upgrade instead; the two never report the same config.

    Example:
        resources:
          accelerator: H100:3   # gets H100:4: one idle H100, ≈ $4,680/month

    Fix: ask for a count that exists (`H100:4` and use all four, or `H100:2`).
    """

    code = "TC204"
    name = "gpu-count-rounded-up"
    severity = Severity.WARNING
    summary = "The accelerator count is rounded up to a SKU with more GPUs; you pay for idle GPUs"

    def check(self, ctx) -> Iterator[Diagnostic]:
        if not gets_more_gpus_than_requested(ctx):
            return
        request, instance = ctx.request, ctx.instance
        siblings = family(ctx.catalog, request.gpu_type, request.node_count)
        if any(i.gpu_count == request.gpu_count for i in siblings):
            return  # implicit-gpu-upgrade: cpu/memory pushed past an exact-count SKU
        idle = instance.gpu_count - request.gpu_count
        idle_cost = instance.price_per_month_usd * idle / instance.gpu_count
        counts = sorted({i.gpu_count for i in siblings})
        message = (f"no {request.gpu_type} instance has {request.gpu_count} GPUs (they come with "
                   f"{', '.join(map(str, counts))}), so `{request.accelerator}` gets {instance.describe()}: you pay "
                   f"for {instance.gpu_count} GPUs and {idle} sit{'s' if idle == 1 else ''} idle, "
                   f"≈ {format_month(idle_cost)}/month")
        smaller = [i for i in siblings if i.gpu_count < request.gpu_count]
        exact = f"`accelerator: {request.gpu_type}:{instance.gpu_count}` and use all {instance.gpu_count}"
        if smaller:
            below = max(smaller, key=lambda i: (i.gpu_count, -i.price_per_minute_usd))
            help = (f"ask for {exact}, or for {below.gpu_count} ({below.name} at {per_month(below)}, "
                    f"{month_difference(instance, below)} less)")
        else:
            help = f"ask for {exact}"
        yield self.diagnostic(ctx, ("resources", "accelerator"), message, help=help)
