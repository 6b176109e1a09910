from __future__ import annotations

from collections.abc import Iterator

from ..catalog import format_price
from ..diagnostics import Diagnostic, Severity
from ..gpu_memory import (
    HEADROOM_FRACTION,
    PREFILL_PEAK_OVER_KV,
    SERVING_BATCH,
    SERVING_TOKENS,
    accelerator_spelling,
    cheapest_serving,
    memory_check,
    resources_key_path,
)
from . import Rule


class ModelTightVram(Rule):
    """What it does: reports a model whose weights fit the instance's GPUs but leave too little
    room for the KV cache and activations of serving, stating the room left in GiB and percent.

    Why: vLLM, SGLang and TensorRT-LLM fill the free VRAM with KV cache; a model that merely loads
    cannot take real traffic. The overhead model (measured on an H200, `vram-calibration.md`):
    usable VRAM is what the driver reports less 0.61 GiB of CUDA context per GPU; the KV cache of
    a batch is `2 · layers · kv_heads · head_dim · bytes · batch · tokens` (Llama-3.1-8B: 128 KiB a
    token in bf16, 70B: 320 KiB); a prefill peaks at about 1.8–1.9× the KV cache it leaves. The
    room left is *tight* below ~10% of usable VRAM (rule of thumb) or, when the model's shape is
    known, below the peak of an 8 × 2048-token prefill. Llama-3.1-70B in bf16 on one H200 leaves
    ≈7.8 GiB (5.6%): a 1 × 2048 prefill fits, 8 × 2048 runs out of memory (measured).

    Example:
        resources:
          accelerator: H200
        model_cache:
          - repo_id: meta-llama/Llama-3.1-70B-Instruct
            use_volume: true
            volume_folder: llama-70b

    Fix: more or larger GPUs (the message names the cheapest that leaves room), an fp8
    checkpoint or `quantization_type: fp8_kv`, or a shorter context / smaller batch if your
    traffic allows.
    """

    code = "TC303"
    name = "model-tight-vram"
    severity = Severity.WARNING
    summary = "The model fits the GPUs with too little room left for KV cache and activations"

    def check(self, ctx) -> Iterator[Diagnostic]:
        result = memory_check(ctx)
        fit = result.fit
        if fit is None or not fit.tight:
            return
        instance, size = fit.instance, result.size
        message = (
            f"the weights, {size.describe()}, leave ≈{fit.headroom_gib:.1f} GiB ({fit.headroom_fraction:.1%}) of the "
            f"{fit.usable_explained()} of {instance.name} for KV cache and activations, less than "
            f"{fit.serving_need_explained()}: it may load but run out of memory under traffic, on an instance "
            f"billed at {format_price(instance)}"
        )
        better = cheapest_serving(ctx.catalog, size, instance.gpu_type) or cheapest_serving(ctx.catalog, size)
        help = None
        if better is not None:
            help = (f"{better.describe()} leaves room to serve (`accelerator: {accelerator_spelling(better)}`); "
                    f"rule of thumb: keep ≥{HEADROOM_FRACTION:.0%} of usable VRAM free, and room for "
                    f"{PREFILL_PEAK_OVER_KV:g}× the KV cache of {SERVING_BATCH} × {SERVING_TOKENS} tokens")
        yield self.diagnostic(ctx, resources_key_path(ctx, "accelerator", "instance_type"), message, help=help)
