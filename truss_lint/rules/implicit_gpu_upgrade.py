from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..resources import format_cpu, format_mib
from . import Rule
from ._resource_helpers import (cpu_setting, gets_more_gpus_than_requested, largest_with_gpus, memory_setting,
                       month_difference, per_month, price_ratio, resources_of)


class ImplicitGpuUpgrade(Rule):
    """What it does: reports cpu or memory that push a GPU request onto a SKU with more GPUs than
    asked for (`accelerator: L4` with `memory: 20Gi` gets `L4:2x24x96`), and says the largest cpu
    and memory that stay on a SKU with the GPU count you asked for.

    Why: Baseten picks the cheapest instance meeting *every* constraint, and GPU instances come
    with fixed vCPU and RAM. The only single-L4 SKU has 4 vCPU and 16 GiB, so asking for 20 GiB
    lands on two L4s at about 2.8× the price, with a GPU you never use.

    This rule fires only when the catalog has a SKU with exactly the requested GPU count and
    cpu/memory pushed past the largest one. When no SKU has that count at all, it is
    gpu-count-rounded-up instead; the two never report the same config.

    Example:
        resources:
          accelerator: L4
          memory: 20Gi     # > 16 GiB: L4:2x24x96, 2.8× the price of L4:4x16

    Fix: stay within the limits in the message (for L4: `cpu: "4"`, `memory: 16Gi`), or choose a
    GPU whose single-GPU SKU is larger (A10G goes up to 16 vCPU / 64 GiB).
    """

    code = "TC205"
    name = "implicit-gpu-upgrade"
    severity = Severity.WARNING
    summary = "cpu/memory push a GPU request onto a SKU with more GPUs than asked for"

    def check(self, ctx) -> Iterator[Diagnostic]:
        if not gets_more_gpus_than_requested(ctx):
            return
        resources, request, instance = resources_of(ctx), ctx.request, ctx.instance
        ceiling = largest_with_gpus(ctx.catalog, request.gpu_type, request.gpu_count, request.node_count)
        if ceiling is None:
            return  # gpu-count-rounded-up: no SKU has this count at all
        pushing = []
        if request.millicores > ceiling.millicores:
            pushing.append(("cpu", f"cpu {format_cpu(request.millicores)}"))
        if request.memory_mib > ceiling.memory_mib:
            raised = " (raised to 10Gi for the TRT-LLM build)" if request.memory_raised_for_trt_llm else ""
            pushing.append(("memory", f"memory {format_mib(request.memory_mib)}{raised}"))
        if not pushing:
            return
        extra = instance.gpu_count - request.gpu_count
        gpus = "1 GPU" if request.gpu_count == 1 else f"{request.gpu_count} GPUs"
        verb = "push" if len(pushing) > 1 else "pushes"
        message = (f"{' and '.join(text for _, text in pushing)} {verb} `accelerator: {request.accelerator}` "
                   f"({gpus}) onto {instance.describe()}: {price_ratio(instance, ceiling)} the price of "
                   f"{ceiling.name} ({per_month(ceiling)}), the largest {request.gpu_type} instance with {gpus}, "
                   f"paying for {extra} GPU{'s' if extra > 1 else ''} you did not ask for")
        help = (f"to stay on {ceiling.name} use at most {cpu_setting(ceiling.vcpu)} and "
                f"{memory_setting(ceiling.memory_gib)}, {month_difference(instance, ceiling)} less")
        key = next((k for k, _ in pushing if k in resources), None)
        path = ("resources", key) if key else ("resources",)
        yield self.diagnostic(ctx, path, message, help=help)
