from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..resources import DEFAULT_MEMORY, TRT_LLM_MIN_MEMORY, format_mib, memory_mib
from . import Rule
from ._resource_helpers import instance_type_of, memory_setting, resolve_as, resources_of

MIN_SERVING_MIB = 1024  # the Truss server and the Python runtime alone take several hundred MiB


class UnderProvisionedMemory(Rule):
    """What it does: reports memory below a documented need:

    - a TRT-LLM engine build (the config has `trt_llm`) asking for less than 10Gi, the default
      2Gi included: `truss push` silently raises it to 10Gi and rewrites your config.yaml. The
      message names the instance after that bump (and the one before, if it differs);
    - any other request below 1Gi: the Truss server and the Python runtime alone take several
      hundred MiB before your model loads anything.

    Why: the first changes your file and maybe your instance behind your back; the second risks
    the container being killed for running out of memory. (Checks against the size of the
    weights belong to the model-memory rules.)

    Example:
        resources:
          memory: 512Mi    # below 1Gi: the server alone takes several hundred MiB

    Fix: ask for at least 10Gi for a TRT-LLM build and 1Gi otherwise; the smallest instance has
    2 GiB anyway, so `memory: 2Gi` costs nothing more.
    """

    code = "TC207"
    name = "under-provisioned-memory"
    severity = Severity.WARNING
    summary = "Memory below what a TRT-LLM build (10Gi) or the Truss server (1Gi) needs"

    def check(self, ctx) -> Iterator[Diagnostic]:
        resources, request = resources_of(ctx), ctx.request
        if resources is None or request is None or instance_type_of(resources):
            return
        written = resources.get("memory", DEFAULT_MEMORY)
        has_key = "memory" in resources
        path = ("resources", "memory") if has_key else ("resources",) if "resources" in ctx.config else ("trt_llm",)
        what = f"`memory: {written}`" if has_key else f"the default memory ({DEFAULT_MEMORY})"
        instance = ctx.instance
        if request.memory_raised_for_trt_llm:
            before = resolve_as(request, ctx.catalog, memory_mib=memory_mib(written), memory_raised_for_trt_llm=False)
            gets = f"gets {instance.describe()}" if instance else "matches no instance"
            if before is not None and before != instance:
                gets += f" instead of {before.name}"
            yield self.diagnostic(
                ctx, path,
                f"{what} is below the {TRT_LLM_MIN_MEMORY} a TRT-LLM engine build needs: `truss push` silently "
                f"raises it to {TRT_LLM_MIN_MEMORY} and rewrites config.yaml, so this config {gets}",
                at="value" if has_key else "key",
                help=f"write `memory: {TRT_LLM_MIN_MEMORY}` (or more) yourself")
            return
        if request.memory_mib >= MIN_SERVING_MIB or not has_key:
            return
        headroom = ""
        if instance is not None and instance.memory_mib > request.memory_mib:
            headroom = (f"; {instance.name} has {instance.memory_gib:g} GiB anyway, so "
                        f"{memory_setting(instance.memory_gib)} costs nothing more")
        yield self.diagnostic(
            ctx, path,
            f"{what} ({format_mib(request.memory_mib)}) is below 1Gi: the Truss server and the Python runtime alone "
            f"take several hundred MiB, so the model risks being killed for running out of memory{headroom}",
            help="ask for at least `memory: 1Gi`")
