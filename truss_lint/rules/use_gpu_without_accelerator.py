from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..edits import delete_entry
from . import Rule
from ._resource_helpers import instance_type_of, resources_of

USE_GPU_IGNORED_SINCE = (0, 9, 77)
ACCELERATOR_SINCE = (0, 3, 5)


class UseGpuWithoutAccelerator(Rule):
    """What it does: reports `use_gpu: true` (or any YAML 1.1 truthy: `yes`, `on`) in a
    `resources` block that sets no `accelerator`, and names the CPU-only instance the config gets.

    Why: since Truss 0.9.77 `use_gpu` is thrown away on load and recomputed as "an accelerator
    is set", so the config is deployed on a CPU-only instance: the model either crawls on CPU or
    fails to start (CUDA not available). Between 0.3.5 and 0.9.76 Truss sent the flag as written,
    which Baseten's selector reads as "one GPU of no particular type"; no instance matches that,
    so the push most likely fails. Before 0.3.5 `use_gpu` was the only GPU switch, so the rule is
    silent there. With `instance_type` set, the named SKU decides: the rule fires only when that
    SKU has no GPU (and never for targets older than 0.9.77, which predate `instance_type`).

    Example:
        resources:
          use_gpu: true    # no accelerator: this deploys on 1x2 (1 vCPU, 2 GiB, no GPU)

    Fix: add `accelerator: L4` (or the GPU you need); delete `use_gpu`, which does nothing.
    """

    code = "TC202"
    name = "use-gpu-without-accelerator"
    severity = Severity.WARNING
    summary = "`use_gpu: true` without an accelerator gives a CPU-only instance"
    fixable = True

    def check(self, ctx) -> Iterator[Diagnostic]:
        resources, request = resources_of(ctx), ctx.request
        if resources is None or request is None or resources.get("use_gpu") is not True:
            return
        if request.accelerator is not None:
            return  # a GPU type is set, or the `count: 0` quirk no-matching-instance reports
        version = ctx.settings.truss_version
        path = ("resources", "use_gpu")
        help = "add `accelerator: <GPU>` (e.g. `accelerator: L4`) and delete `use_gpu`, which does nothing"
        if version < ACCELERATOR_SINCE:
            return  # use_gpu was the GPU switch then
        if version < USE_GPU_IGNORED_SINCE:
            if instance_type_of(resources):
                return  # `instance_type` (Truss 0.12.9) is unknown to these versions: no prediction
            yield self.diagnostic(
                ctx, path,
                f"`use_gpu: true` without an `accelerator`: Truss {ctx.settings.target_truss_version} sends it as "
                "written, which Baseten's selector reads as one GPU of no particular type; no instance matches "
                "that, so `truss push` most likely fails",
                help=help)
            return
        instance = ctx.instance
        if instance_type_of(resources):
            if instance is None or instance.gpu_count:
                return  # unknown-instance-type reports the first; a GPU SKU is what they want
            yield self.diagnostic(
                ctx, path,
                f"`use_gpu: true` is ignored: `instance_type` names the CPU-only {instance.describe()}, "
                "so the model gets no GPU",
                help="name a GPU instance in `instance_type`, or delete `use_gpu`")
            return
        gets = (f"the CPU-only instance {instance.describe()}" if instance
                else "a CPU-only instance (none matches this request; see no-matching-instance)")
        yield self.diagnostic(
            ctx, path,
            f"`use_gpu: true` without an `accelerator` gives no GPU: Truss ignores `use_gpu` since 0.9.77, "
            f"so this config gets {gets}",
            help=help,
            # Unsafe: the line says the author wanted a GPU; deleting it only makes the config honest.
            fix=delete_entry(ctx.document, path, "delete `use_gpu`, which Truss ignores (the instance stays "
                                                 "CPU-only)", safe=False))
