from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import accelerator, base_model, build, gets, quoted

OLD_GPUS = ("T4", "V100")
TRUSS_SAYS = ("TRT-LLM is not supported on CUDA_COMPUTE_75 (T4) and CUDA_COMPUTE_70 (V100) GPUs. the lowest "
              "supported CUDA compute capability is CUDA_COMPUTE_80 (A100) or A10G (CUDA_COMPUTE_86)")


class TrtLlmUnsupportedGpu(Rule):
    """What it does: reports a `trt_llm` config on a T4 or V100, unless its base model is
    `encoder_bert`.

    Why: TRT-LLM needs CUDA compute capability 8.0 (A100) or newer. Truss 0.18.36 refuses to load
    the config ("TRT-LLM is not supported on CUDA_COMPUTE_75 (T4) and CUDA_COMPUTE_70 (V100)
    GPUs"), so `truss push` fails. Only the BERT backend (`base_model: encoder_bert`) runs there.

    Example:
        resources:
          accelerator: T4
        trt_llm:
          build:
            base_model: decoder

    Fix: use an A10G, L4, A100, H100 or newer; for a small BERT-style embedding model,
    `base_model: encoder_bert` runs on a T4.
    """

    code = "TC121"
    name = "trt-llm-unsupported-gpu"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "TRT-LLM on a T4 or V100 (only encoder_bert runs there); Truss refuses the config"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section, gpu = build(ctx), accelerator(ctx)
        if section is None or gpu is None or gpu[0] not in OLD_GPUS or base_model(section) == "encoder_bert":
            return
        yield self.diagnostic(
            ctx, ("resources", "accelerator"),
            f"TRT-LLM (`base_model: {base_model(section)}`) does not run on a {gpu[0]}{gets(ctx)}: Truss refuses "
            f"to load the config ({quoted(TRUSS_SAYS)}), so `truss push` fails",
            help="use an A10G, L4, A100, H100 or newer; only `base_model: encoder_bert` runs on a T4 or V100")
