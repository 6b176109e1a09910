from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import BUILD, build, mapping, stack, trt_llm

CACHE_FIELDS = ("lora_cache_gpu_memory_fraction", "lora_cache_host_memory_bytes", "lora_cache_max_adapter_size",
                "lora_cache_optimal_adapter_size")
ADAPTER_NAME = r"^[a-zA-Z0-9_\-\.:]+$"  # TrussTRTLLMBuildConfiguration.lora_adapters keys
TRUSS_SIZES = "lora_cache_optimal_adapter_size cannot be greater than lora_cache_max_adapter_size"


def _strict_int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class TrtLlmLora(Rule):
    """What it does: reports TRT-LLM LoRA settings Truss refuses: a `lora_cache_*` setting under
    `trt_llm.build` (it belongs under `trt_llm.runtime`), a `lora_cache_optimal_adapter_size`
    greater than `lora_cache_max_adapter_size`, and a `lora_adapters` name with characters other
    than letters, digits, `_`, `-`, `.` and `:`.

    Why: Truss 0.18.36 refuses to load each ("lora_cache_max_adapter_size must be configured
    under trt_llm.runtime, not trt_llm.build"; "lora_cache_optimal_adapter_size cannot be
    greater than lora_cache_max_adapter_size"; "String should match pattern
    '^[a-zA-Z0-9_\\-\\.:]+$'"), so `truss push` fails. The adapter name becomes the `model`
    an OpenAI client asks for, hence the narrow alphabet.

    Example:
        trt_llm:
          build:
            lora_adapters:
              my adapter:                   # a space is not allowed
                source: HF
                repo: org/my-adapter
            lora_cache_max_adapter_size: 64 # belongs under trt_llm.runtime

    Fix: move `lora_cache_*` settings to `trt_llm.runtime`; keep the optimal size at most the
    maximum; name adapters with letters, digits, `_`, `-`, `.` or `:`.
    """

    code = "TC128"
    name = "trt-llm-lora"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "lora_cache_* under build, optimal adapter size above the maximum, or a bad adapter name"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section, build_section = trt_llm(ctx), build(ctx)
        if section is None:
            return
        misplaced = [field for field in CACHE_FIELDS if field in (build_section or {})]
        truss = f"{', '.join(misplaced)} must be configured under trt_llm.runtime, not trt_llm.build"
        for field in misplaced:
            yield self.diagnostic(
                ctx, (*BUILD, field),
                f"`{field}` is a runtime setting, not a build setting: Truss refuses to load the config "
                f"(\"{truss}\"), so `truss push` fails",
                at="key", help=f"move `{field}` to `trt_llm.runtime`")
        if stack(section) != "v1":
            return  # v2 takes no lora_adapters (trt-llm-stack-v2) and no runtime lora_cache_* (unknown keys)
        if build_section is not None:
            for name in mapping(build_section, "lora_adapters"):
                if isinstance(name, str) and not re.match(ADAPTER_NAME, name):
                    yield self.diagnostic(
                        ctx, (*BUILD, "lora_adapters", name),
                        f"LoRA adapter name {name!r} has characters Truss does not allow: Truss refuses to load the "
                        f"config (\"String should match pattern '{ADAPTER_NAME}'\"), so `truss push` fails",
                        at="key",
                        help=f"rename it to `{re.sub(r'[^a-zA-Z0-9_.:-]+', '-', name).strip('-') or 'adapter'}` "
                             "(letters, digits, `_`, `-`, `.`, `:`); clients ask for the adapter by this name")
        runtime = mapping(section, "runtime")
        optimal = _strict_int(runtime.get("lora_cache_optimal_adapter_size"))
        largest = _strict_int(runtime.get("lora_cache_max_adapter_size"))
        if optimal is not None and largest is not None and optimal > largest:
            yield self.diagnostic(
                ctx, ("trt_llm", "runtime", "lora_cache_optimal_adapter_size"),
                f"`lora_cache_optimal_adapter_size: {optimal}` is greater than `lora_cache_max_adapter_size: "
                f"{largest}`: Truss refuses to load the config (\"{TRUSS_SIZES}\"), so `truss push` fails",
                help=f"use an optimal adapter size of at most {largest}, or raise the maximum")
