from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..resources import format_cpu, format_mib
from . import Rule
from ._resource_helpers import (cpu_setting, family, gib, instance_type_of, memory_setting, month_difference, per_month,
                       resources_of)

# "Much larger": the instance has at least this many times what was asked for, on every axis
# (vCPU, RAM) that kept the request off the next-cheaper SKU.
WASTE_FACTOR = 1.5


class ResourceRoundingWaste(Rule):
    """What it does: reports a request that rounds up to a much larger instance when a slightly
    smaller request would get the next-cheaper one (`cpu: "5"` gets 8 vCPU; `cpu: "4"` costs half),
    and shows that request and the $/month difference.

    Precisely, it fires when all of these hold:

    - the instance has the GPU type and count asked for (more GPUs is gpu-count-rounded-up or
      implicit-gpu-upgrade);
    - a cheaper SKU of the same GPU type, GPU count and node count exists; take the most
      expensive of those (the next-cheaper SKU). The request exceeds it on vCPU, RAM or both;
    - on each of those axes, the instance has at least 1.5× what was asked for (5 → 8 vCPU is
      1.6×; 3 → 4 vCPU is 1.33× and stays silent);
    - the memory that pushed is not Truss's own 10Gi TRT-LLM minimum (you cannot ask for less).

    The suggested request is the next-cheaper SKU's vCPU and RAM on the axes that pushed.

    Why: instances come in steps that double, so a request just past a step pays for almost
    twice the machine. It is information, not an error: you may need the headroom, and SKU
    limits are nominal.

    Example:
        resources:
          cpu: "5"         # 8x32 at ≈ $299/month; cpu "4" gets 4x16 at ≈ $149/month

    Fix: ask for what the next-cheaper instance has, if your model fits in it.
    """

    code = "TC206"
    name = "resource-rounding-waste"
    severity = Severity.INFO
    summary = "The request rounds up to a much larger instance than a slightly smaller request would get"

    def check(self, ctx) -> Iterator[Diagnostic]:
        resources, request, instance = resources_of(ctx), ctx.request, ctx.instance
        if resources is None or request is None or instance is None or instance_type_of(resources):
            return
        if instance.gpu_count != request.gpu_count:
            return
        cheaper = [i for i in family(ctx.catalog, instance.gpu_type, instance.node_count, instance.gpu_count)
                   if i.price_per_minute_usd < instance.price_per_minute_usd]
        if not cheaper:
            return
        below = cheaper[-1]  # the next-cheaper SKU
        pushing, settings = [], []
        if request.millicores > below.millicores:
            factor = instance.millicores / max(request.millicores, 1)
            pushing.append(("cpu", f"cpu {format_cpu(request.millicores)} → {instance.vcpu:g} vCPU ({factor:.1f}×)",
                            factor))
            settings.append(cpu_setting(below.vcpu))
        if request.memory_mib > below.memory_mib:
            if request.memory_raised_for_trt_llm:
                return
            factor = instance.memory_mib / max(request.memory_mib, 1)
            pushing.append(("memory", f"memory {format_mib(request.memory_mib)} → {gib(instance.memory_gib)} "
                                      f"({factor:.1f}×)", factor))
            settings.append(memory_setting(below.memory_gib))
        if not pushing or any(factor < WASTE_FACTOR for _, _, factor in pushing):
            return
        message = (f"the request rounds up to {instance.describe()}: "
                   f"{'; '.join(text for _, text, _ in pushing)}. The nearest cheaper request "
                   f"({', '.join(settings)}) gets {below.name} at {per_month(below)}, "
                   f"{month_difference(instance, below)} less")
        key = next((k for k, _, _ in pushing if k in resources), None)
        path = ("resources", key) if key else ("resources",)
        yield self.diagnostic(ctx, path, message,
                              help=f"if the model fits in {below.name}, ask for {' and '.join(settings)}")
