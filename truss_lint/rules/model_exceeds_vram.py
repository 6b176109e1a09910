from __future__ import annotations

from collections.abc import Iterator

from ..catalog import format_price
from ..diagnostics import Diagnostic, Severity
from ..gpu_memory import accelerator_spelling, cheapest_serving, memory_check, resources_key_path
from . import Rule


class ModelExceedsVram(Rule):
    """What it does: estimates, offline, the weights the config loads and reports when they are
    larger than the usable GPU memory of the instance Baseten gives the config, naming the cheapest
    instance of the same GPU family, and the cheapest of any, that holds them with room to serve.

    Why: a model that does not fit its GPUs never starts: the deployment crash-loops with CUDA out
    of memory while the instance is billed. Weights take exactly parameters × bytes per parameter
    (bf16/fp16 2, fp8/int8 1, int4 ≈0.5), and each GPU loses about 0.61 GiB to the CUDA context
    before any tensor exists, so a "141 GB" H200 has about 139.2 GiB usable and an "80 GB" H100
    about 78.5 GiB (measured and sourced figures: `vram-calibration.md`). Llama-3.1-70B in bf16
    (131.4 GiB of weights) cannot load on one 80 GB card.

    How the size is found, best evidence first: `.safetensors` headers in the truss directory
    (exact, the tensor data is never read), a sharded checkpoint's index, file sizes of
    `.bin`/`.pt`/`.gguf`/`.onnx`; then the repositories in `model_cache`, `weights`,
    `external_data` and `trt_llm.build.checkpoint_repository`, sized from a table of well-known
    families or a size token in the name (`70B`, `8x7B`), with bytes per parameter from
    `trt_llm.build.quantization_type`, a token in the name (AWQ, GPTQ, FP8, INT4) or bf16. Every
    message says which, and how precise it is. Nothing is downloaded.

    Example:
        resources:
          accelerator: H100        # 79.1 GiB reported, 78.5 usable
        model_cache:
          - repo_id: meta-llama/Llama-3.1-70B-Instruct   # ≈131 GiB in bf16
            use_volume: true
            volume_folder: llama-70b

    Fix: ask for more GPUs (`accelerator: H100:2`, and shard the model with tensor parallelism) or
    a larger GPU, or load a quantized checkpoint (fp8 halves the weights, int4 quarters them).
    """

    code = "TC302"
    name = "model-exceeds-vram"
    severity = Severity.ERROR
    summary = "The model's weights are larger than the instance's usable GPU memory"

    def check(self, ctx) -> Iterator[Diagnostic]:
        result = memory_check(ctx)
        fit = result.fit
        if fit is None or not fit.exceeds:
            return
        instance, size = fit.instance, result.size
        message = (
            f"the model needs {size.describe()} of GPU memory for its weights alone, more than the "
            f"{fit.usable_explained()} of {instance.name}: it cannot load, and the deployment fails while "
            f"billed at {format_price(instance)}"
        )
        suggestions = []
        same_family = cheapest_serving(ctx.catalog, size, instance.gpu_type)
        overall = cheapest_serving(ctx.catalog, size)
        if same_family is not None:
            suggestions.append(f"the cheapest {instance.gpu_type} instance that holds it with room to serve is "
                               f"{same_family.describe()} (`accelerator: {accelerator_spelling(same_family)}`)")
        else:
            suggestions.append(f"no {instance.gpu_type} instance holds it with room to serve")
        if overall is not None and overall != same_family:
            suggestions.append(f"the cheapest of any GPU is {overall.describe()} "
                               f"(`accelerator: {accelerator_spelling(overall)}`)")
        elif overall is None:
            suggestions.append("no single-node instance in the catalog does; quantize the model")
        help = "; ".join(suggestions) + "; or load a quantized checkpoint (fp8 halves the weights)"
        yield self.diagnostic(ctx, resources_key_path(ctx, "accelerator", "instance_type"), message, help=help)
