from __future__ import annotations

from collections.abc import Iterator

from . import ChainRule
from ..diagnostics import Diagnostic, Severity


class GpuCountWithoutGpu(ChainRule):
    """What it does: reports a chainlet's `Compute(gpu_count=...)` without `gpu`, and names the
    instance the chainlet gets instead: one without a GPU.

    Why: Truss's `Compute` reads `gpu_count` only together with `gpu` (truss_chains 0.18.36,
    `public_types.Compute`); without a GPU type the count is dropped silently, the chainlet
    deploys on a CPU-only instance, and the model finds no GPU at run time.

    Example:
        class Embedder(chains.ChainletBase):
            remote_config = chains.RemoteConfig(
                compute=chains.Compute(cpu_count=4, gpu_count=2))   # no GPU at all

    Fix: name the GPU (`gpu="A10G", gpu_count=2`), or drop `gpu_count` if the chainlet needs none.
    """

    code = "TC701"
    name = "gpu-count-without-gpu"
    severity = Severity.WARNING
    summary = "Compute(gpu_count=...) without gpu: Truss drops the count and the chainlet gets no GPU"

    def check(self, ctx) -> Iterator[Diagnostic]:
        for info in ctx.chainlets:
            count, gpu = info.chainlet.compute.get("gpu_count"), info.chainlet.compute.get("gpu")
            if count is None or not count.written or gpu is None or gpu.reason is not None or gpu.value:
                continue
            if count.reason is None and count.value in (0, None):
                continue  # asks for no GPU: nothing is lost
            gets = info.result.instance.describe() if info.result and info.result.instance else "an instance"
            yield self.at(ctx, count.node,
                          f"`gpu_count` without `gpu`: Truss drops the count, so `{info.chainlet.name}` gets "
                          f"no GPU ({gets})",
                          chainlet=info.chainlet.name,
                          help="name the GPU type, e.g. `gpu=\"A10G\"`, or remove `gpu_count`")
