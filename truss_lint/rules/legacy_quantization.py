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
    `smooth_quant` (an error). Warns about `fp8_kv` on a model whose attention carries a bias
    (Qwen2/Qwen2.5, `attention_bias` in data/model_sizes.yaml) or on an encoder (`base_model:
    encoder`/`encoder_bert`, Baseten's BEI), and about an inference_stack v1 `build.max_seq_len`
    above the checkpoint's `max_position_embeddings` (the largest any checkpoint of its family
    declares; names that extend the context, `-1M`, `yarn`, are left alone).

    Why: Truss 0.18.36 accepts the legacy values when it loads the config (they are still members
    of its quantization enum), but Baseten's engine builder refuses them, so the push fails after
    upload; Truss's own source marks them "legacy ... raising a error on push. Don't use."
    Baseten's quantization guide (docs.baseten.co/engines/performance-concepts/quantization-guide)
    says Qwen2 keeps its QKV bias, which makes it "sensitive to symmetric KV cache quantization, so
    FP8_KV causes quality degradation. Use regular FP8 instead", and that "BEI doesn't support
    FP8_KV": no source says the builder refuses either, so both are warnings. Baseten's engine
    builder replaces `max_seq_len` with the checkpoint's `max_position_embeddings` (a Baseten
    commit on huggingface.co/baseten/example-Meta-Llama-3-70B-InstructForSequenceClassification
    works around exactly that), so a longer `max_seq_len` is silently cut to it: a warning.
    Corpus: truss-examples' Qwen2.5-Math-7B-Instruct engine asks for 32768 tokens of a checkpoint
    that declares 4096; no corpus config puts fp8_kv on a Qwen2.5 model or an encoder (Baseten's
    own Qwen2.5 examples use `fp8`).

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
    summary = "trt_llm quantization_type is a legacy mode Baseten's builder refuses, or does not suit the model"

    def check(self, ctx) -> Iterator[Diagnostic]:
        config = ctx.config
        trt = config.get("trt_llm") if isinstance(config, dict) else None
        build = trt.get("build") if isinstance(trt, dict) else None
        quantization = build.get("quantization_type") if isinstance(build, dict) else None
        if quantization not in LEGACY_QUANTIZATION:
            if isinstance(build, dict):
                yield from self._model_checks(ctx, trt, build, quantization)
            return
        yield self.diagnostic(
            ctx, ("trt_llm", "build", "quantization_type"),
            f"`quantization_type: {quantization}` is a legacy TensorRT-LLM mode: Truss 0.18.36 accepts it, "
            "but Baseten's engine builder refuses it and the push fails",
            help="use `fp8` or `fp8_kv` (Ada/Hopper GPUs and newer), `fp4` (Blackwell) or `no_quant` (bf16)",
        )

    def _model_checks(self, ctx, trt: dict, build: dict, quantization) -> Iterator[Diagnostic]:
        from ._trt_llm import ENCODERS, as_int, base_model, gets, stack

        path = ("trt_llm", "build", "quantization_type")
        model = base_model(build)
        if quantization == "fp8_kv" and model in ENCODERS:
            yield self.diagnostic(
                ctx, path,
                f"`quantization_type: fp8_kv` on `base_model: {model}`: an encoder keeps no KV cache, and Baseten's "
                f"quantization guide says BEI (its embedding engine) does not support FP8_KV{gets(ctx)}",
                help="use `quantization_type: fp8` (or `no_quant` for small or BERT models)",
                severity=Severity.WARNING)
            return
        family, repo = _family(build)
        if family is None:
            return
        if quantization == "fp8_kv" and family.attention_bias:
            yield self.diagnostic(
                ctx, path,
                f"`quantization_type: fp8_kv` on {repo} ({family.name}): its attention keeps the QKV bias, and "
                f"Baseten's quantization guide says FP8_KV degrades the quality of such (Qwen2) models{gets(ctx)}",
                help="use `quantization_type: fp8`, with a calibration size of 1024 or more",
                severity=Severity.WARNING)
        positions = family.max_position_embeddings
        written = as_int(build.get("max_seq_len"))
        if stack(trt) != "v1" or positions is None or written is None or written <= positions:
            return
        from ..model_size import repo_name, size_table

        if size_table().extends_context(repo_name(repo)):
            return
        yield self.diagnostic(
            ctx, ("trt_llm", "build", "max_seq_len"),
            f"`max_seq_len: {written}` is above the {positions:,} positions {repo} declares "
            f"(`max_position_embeddings`, {family.name}): Baseten's engine builder takes the checkpoint's "
            f"{positions:,} instead, so the engine serves at most {positions:,} tokens, not {written:,}, and "
            f"nothing says so{gets(ctx)}",
            help=f"set `max_seq_len: {positions}`, or use a checkpoint whose config.json declares the context you need",
            severity=Severity.WARNING)


def _family(build: dict):
    """The table family of the checkpoint a TRT-LLM build reads, and its repository name."""
    checkpoint = build.get("checkpoint_repository")
    repo = checkpoint.get("repo") if isinstance(checkpoint, dict) else None
    if not isinstance(repo, str) or checkpoint.get("source") == "LOCAL":
        return None, None
    from ..model_size import repo_name, size_table

    return size_table().family(repo_name(repo)), repo.strip()
