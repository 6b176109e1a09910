from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import BUILD, accelerator, build, gets, quoted

# truss/base/trt_llm_config.py, trt_llm_common_validation (Truss 0.18.36).
FP8_FAMILY = ("fp8", "fp8_kv", "fp8_mlp_only")
FP4_FAMILY = ("fp4", "fp4_kv", "fp4_mlp_only")
# GPUs Truss refuses each family on (T4 and V100 are refused for TRT-LLM as a whole first).
NO_FP8 = ("A10G", "A100", "A100_40GB")
NO_FP4 = ("H100", "H100_40GB", "H200", "L4", "L40S", "A100_40GB")
TRUSS_FP8 = "FP8 quantization is only supported on L4, H100, H200, B200 accelerators or newer (CUDA_COMPUTE>=89)"
TRUSS_FP4 = "FP4 quantization is only supported on B200 / Blackwell accelerators or newer (CUDA_COMPUTE>=100)"


class TrtLlmQuantizationGpu(Rule):
    """What it does: reports a TRT-LLM `quantization_type` the config's GPU cannot run: the fp8
    family (fp8, fp8_kv, fp8_mlp_only) on A10G, A100 or A100_40GB, and the fp4 family (fp4,
    fp4_kv, fp4_mlp_only) on anything older than Blackwell (H100, H100_40GB, H200, L4, L40S,
    A100_40GB, and the fp8-less GPUs above).

    Why: FP8 needs CUDA compute capability 8.9 (L4, L40S, H100, H200, B200), FP4 needs 10.0
    (B200 and newer). Truss 0.18.36 refuses to load such a config ("FP8 quantization is only
    supported on L4, H100, H200, B200 accelerators or newer (CUDA_COMPUTE>=89)"), so
    `truss push` fails before anything is uploaded. fp4 on an A10G or A100 gets the FP8 message.

    Example:
        resources:
          accelerator: A100
        trt_llm:
          build:
            quantization_type: fp8_kv   # A100 has no FP8 tensor cores

    Fix: choose an accelerator that supports the format (H100 or L4 for fp8, B200 for fp4), or
    `quantization_type: no_quant`.
    """

    code = "TC120"
    name = "trt-llm-quantization-gpu"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "fp8/fp4 `quantization_type` on a GPU that cannot run it; Truss refuses the config"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section, gpu = build(ctx), accelerator(ctx)
        if section is None or gpu is None:
            return
        quantization, gpu_type = section.get("quantization_type"), gpu[0]
        if quantization in FP8_FAMILY + FP4_FAMILY and gpu_type in NO_FP8:
            truss, needs = TRUSS_FP8, ("fp4 needs a Blackwell GPU (B200 or newer)" if quantization in FP4_FAMILY
                                        else "FP8 needs CUDA compute capability 8.9 or newer")
        elif quantization in FP4_FAMILY and gpu_type in NO_FP4:
            truss, needs = TRUSS_FP4, "fp4 needs a Blackwell GPU (B200 or newer)"
        else:
            return
        better = "B200" if quantization in FP4_FAMILY else "H100 or L4"
        yield self.diagnostic(
            ctx, (*BUILD, "quantization_type"),
            f"`quantization_type: {quantization}` cannot run on {gpu_type}{gets(ctx)}: {needs}; Truss refuses "
            f"to load the config ({quoted(truss)}), so `truss push` fails",
            help=f"use an accelerator that supports it (e.g. {better}), or `quantization_type: no_quant`")
