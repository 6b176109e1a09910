from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule

# Truss 0.18.36 (truss/base/trt_llm_config.py, TrussTRTLLMQuantizationType) still lists these, with
# the comment "legacy quantization types and are raising a error on push. Don't use."
LEGACY_QUANTIZATION = ("weights_int8", "weights_kv_int8", "weights_int4", "weights_int4_kv_int8", "smooth_quant")


class LegacyQuantization(Rule):
    """What it does: reports a `trt_llm.build.quantization_type` that is one of TensorRT-LLM's
    legacy modes: `weights_int8`, `weights_kv_int8`, `weights_int4`, `weights_int4_kv_int8`,
    `smooth_quant`.

    Why: Truss 0.18.36 accepts these values when it loads the config (they are still members of
    its quantization enum), but Baseten's engine builder refuses them, so the push fails after
    upload; Truss's own source marks them "legacy ... raising a error on push. Don't use."

    Example:
        trt_llm:
          build:
            base_model: decoder
            quantization_type: weights_int8
            checkpoint_repository: {source: HF, repo: meta-llama/Llama-3.1-8B-Instruct}

    Fix: use `fp8` or `fp8_kv` (Ada, Hopper and newer GPUs), `fp4`/`fp4_kv` (Blackwell), or
    `no_quant` for bf16 weights.
    """

    code = "TC621"
    name = "legacy-quantization"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "trt_llm quantization_type is a legacy mode Baseten's builder refuses"

    def check(self, ctx) -> Iterator[Diagnostic]:
        config = ctx.config
        trt = config.get("trt_llm") if isinstance(config, dict) else None
        build = trt.get("build") if isinstance(trt, dict) else None
        quantization = build.get("quantization_type") if isinstance(build, dict) else None
        if quantization not in LEGACY_QUANTIZATION:
            return
        yield self.diagnostic(
            ctx, ("trt_llm", "build", "quantization_type"),
            f"`quantization_type: {quantization}` is a legacy TensorRT-LLM mode: Truss 0.18.36 accepts it, "
            "but Baseten's engine builder refuses it and the push fails",
            help="use `fp8` or `fp8_kv` (Ada/Hopper GPUs and newer), `fp4` (Blackwell) or `no_quant` (bf16)",
        )
