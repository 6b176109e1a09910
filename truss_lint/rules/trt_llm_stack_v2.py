from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import BUILD, as_bool, as_int, build, stack, trt_llm

# TRTLLMConfigurationV2.validate_inference_stack_v2: build fields a v2 config may not change
# from their defaults (Truss 0.18.36). Fields it may set: checkpoint_repository,
# quantization_type, quantization_config, skip_build_result, num_builder_gpus.
INT_DEFAULTS = {"max_batch_size": 256, "max_num_tokens": 8192, "max_beam_width": 1,
                "max_prompt_embedding_table_size": 0, "tensor_parallel_count": 1, "pipeline_parallel_count": 1,
                "moe_expert_parallel_option": -1, "sequence_parallel_count": 1}
BOOL_DEFAULTS = {"gather_all_token_logits": False, "strongly_typed": False}
PLUGIN_DEFAULTS = {"paged_kv_cache": True, "use_paged_context_fmha": True, "use_fp8_context_fmha": False}
NONE_DEFAULTS = ("max_seq_len", "speculator", "lora_adapters", "lora_configuration")
# Where a v2 config says what the v1 build field said.
V2_PLACE = {"max_seq_len": "trt_llm.runtime.max_seq_len", "max_batch_size": "trt_llm.runtime.max_batch_size",
            "max_num_tokens": "trt_llm.runtime.max_num_tokens",
            "tensor_parallel_count": "trt_llm.runtime.tensor_parallel_size"}


def changed_from_default(field: str, value) -> bool | None:
    """True when Truss sees `value` as a change from the field's default; None if it cannot tell."""
    if field in INT_DEFAULTS:
        number = as_int(value)
        return None if number is None else number != INT_DEFAULTS[field]
    if field in BOOL_DEFAULTS:
        flag = as_bool(value, BOOL_DEFAULTS[field])
        return None if flag is None else flag != BOOL_DEFAULTS[field]
    if field == "base_model":
        return value != "decoder"
    if field == "plugin_configuration":
        if not isinstance(value, dict):
            return None
        # Truss compares the flags written (exclude_unset) with all three defaults: writing only
        # some of them is a change, even at their default values.
        if set(PLUGIN_DEFAULTS) - set(value):
            return True
        flags = [as_bool(value.get(key), default) for key, default in PLUGIN_DEFAULTS.items()]
        return any(flag is not None and flag != default for flag, default in zip(flags, PLUGIN_DEFAULTS.values()))
    if field in NONE_DEFAULTS:
        return value is not None
    return False


class TrtLlmStackV2(Rule):
    """What it does: reports, for `trt_llm.inference_stack: v2`, a `trt_llm.build` setting v2 does
    not allow (anything but checkpoint_repository, quantization_type, quantization_config,
    skip_build_result and num_builder_gpus, unless it keeps its default), and a missing
    `trt_llm.runtime`.

    Why: Truss 0.18.36 refuses to load both ("Field trt_llm.build.max_seq_len is not allowed to
    be set when using v2 inference stack."; `runtime`: "Field required"), so `truss push` fails.
    The v2 stack sizes the engine at runtime: `max_seq_len`, `max_batch_size`, `max_num_tokens`
    and `tensor_parallel_size` live under `trt_llm.runtime`.

    Example:
        trt_llm:
          inference_stack: v2
          build:
            checkpoint_repository: {source: HF, repo: Qwen/Qwen3-30B-A3B}
            tensor_parallel_count: 2      # v2: runtime.tensor_parallel_size
          runtime:
            max_seq_len: 32768

    Fix: move sizing settings to `trt_llm.runtime`, delete the rest; add a `runtime:` section.
    """

    code = "TC129"
    name = "trt-llm-stack-v2"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "inference_stack v2 with a build setting only v1 takes, or without `runtime`"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section = trt_llm(ctx)
        if section is None or stack(section) != "v2":
            return
        if section.get("runtime") is None:
            truss = "Field required" if "runtime" not in section else "Input should be a valid dictionary"
            yield self.diagnostic(
                ctx, ("trt_llm", "runtime") if "runtime" in section else ("trt_llm",),
                "`trt_llm` with `inference_stack: v2` has no `runtime`: Truss refuses to load the config "
                f"(`trt_llm.v2.runtime`: \"{truss}\"), so `truss push` fails",
                at="key",
                help="add `runtime:` under `trt_llm` (e.g. with `max_seq_len`), even if it is empty: `runtime: {}`")
        build_section = build(ctx)
        for field, value in (build_section or {}).items():
            if not isinstance(field, str) or not changed_from_default(field, value):
                continue
            moved = V2_PLACE.get(field)
            partial = (" (Truss counts any flag written here as a change, even at its default)"
                       if field == "plugin_configuration" else "")
            yield self.diagnostic(
                ctx, (*BUILD, field),
                f"`trt_llm.build.{field}` cannot be set with `inference_stack: v2`{partial}: Truss refuses to load "
                "the config "
                f"(\"Field trt_llm.build.{field} is not allowed to be set when using v2 inference stack.\"), "
                "so `truss push` fails",
                at="key", help=f"move it to `{moved}`" if moved else "delete it, or use `inference_stack: v1`")
