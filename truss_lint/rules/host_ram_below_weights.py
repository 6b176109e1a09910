from __future__ import annotations

import math
from collections.abc import Iterator

from .._struct import replace
from ..diagnostics import Diagnostic, Severity
from ..gpu_memory import HOST_RAM_MARGIN, memory_check, resources_key_path
from . import Rule


class HostRamBelowWeights(Rule):
    """What it does: reports an instance whose host RAM is smaller than the weights the config
    loads (estimated offline, as for `model-exceeds-vram`), and names the `memory` request that
    gets a host large enough.

    Why: weights pass through host memory on their way to the GPU (a `.bin`/`.pt` checkpoint is
    unpickled whole; safetensors are memory-mapped, but many loaders still materialise them), and
    a process over the container's memory limit is OOM-killed, so the replica crash-loops while
    billed. On a CPU-only instance the whole model lives in host RAM, so it must fit there outright.

    Example:
        resources:
          accelerator: A10G          # A10Gx4x16: 16 GiB of host RAM
        model_cache:
          - repo_id: meta-llama/Llama-3.1-8B-Instruct   # ≈15.0 GiB in bf16
            use_volume: true
            volume_folder: llama-8b

    Fix: ask for more memory (`memory: 32Gi`): Baseten then picks a larger host of the same GPU
    type; the message names it and its price.
    """

    code = "TC304"
    name = "host-ram-below-weights"
    severity = Severity.WARNING
    summary = "The instance's host RAM is smaller than the model's weights; loading may be OOM-killed"

    def check(self, ctx) -> Iterator[Diagnostic]:
        instance = ctx.instance
        size = memory_check(ctx).size
        if instance is None or not size.parts or instance.memory_gib >= size.gib:
            return
        if instance.gpu_type:
            consequence = ("loading them through host memory can get the process OOM-killed before the "
                           "model reaches the GPU")
        else:
            consequence = ("this CPU-only instance must hold the whole model in RAM: the process will be "
                           "OOM-killed while loading")
        message = (f"{instance.name} has {instance.memory_gib:g} GiB of host RAM, less than the weights, "
                   f"{size.describe()}: {consequence}; the replica would crash-loop while billed")
        yield self.diagnostic(ctx, resources_key_path(ctx, "memory", "accelerator", "instance_type"), message,
                              help=self._help(ctx, size.gib))

    def _help(self, ctx, weights_gib: float) -> str | None:
        from ..resolver import candidates

        request = ctx.request
        if request is None or request.instance_type:
            return None
        wanted_gib = math.ceil(weights_gib * HOST_RAM_MARGIN)
        bigger = candidates(replace(request, memory_mib=wanted_gib * 1024), ctx.catalog)
        if bigger:
            return f"`memory: {wanted_gib}Gi` gets {bigger[0].describe()}"
        if request.gpu_type is None:
            return "no CPU-only instance has that much RAM; add an accelerator or load a smaller model"
        return f"no {request.gpu_type} instance with this GPU count has {wanted_gib} GiB of RAM; ask for more GPUs"
