from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from .trt_llm_speculative_decoding import speculator_refused
from ._trt_llm import BUILD, ENCODERS, as_bool, base_model, build, mapping, quoted, stack, trt_llm

PLUGINS = (*BUILD, "plugin_configuration")
TRUSS_FMHA = "Using paged context fmha requires requires paged kv cache"
TRUSS_SPECULATOR = "KV cache block reuse must be enabled for speculative decoding target model."
TRUSS_CHUNKED = ("If trt_llm.runtime.enable_chunked_context is True, then "
                 "trt_llm.build.plugin_configuration.use_paged_context_fmha and "
                 "trt_llm.build.plugin_configuration.paged_kv_cache need to be True.")


class TrtLlmKvCache(Rule):
    """What it does: reports TRT-LLM plugin settings that contradict each other:
    `use_paged_context_fmha: true` with `paged_kv_cache: false`; a speculator without both
    (speculative decoding reuses KV cache blocks); and, on inference_stack v1, chunked context
    (`runtime.enable_chunked_context`, on by default) without both, for decoder models.

    Why: Truss 0.18.36 refuses to load each of these ("Using paged context fmha requires requires
    paged kv cache"; "KV cache block reuse must be enabled for speculative decoding target
    model."; "If trt_llm.runtime.enable_chunked_context is True, then ... use_paged_context_fmha
    and ... paged_kv_cache need to be True."), so `truss push` fails. Truss turns both flags off
    for `base_model: encoder`, so an encoder cannot take a speculator either.

    Example:
        trt_llm:
          build:
            plugin_configuration:
              paged_kv_cache: false     # chunked context is on by default and needs it

    Fix: keep `paged_kv_cache` and `use_paged_context_fmha` true (their defaults; Truss
    recommends never turning them off), or set `runtime.enable_chunked_context: false`.
    """

    code = "TC126"
    name = "trt-llm-kv-cache"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "Paged context FMHA, chunked context or a speculator without the paged KV cache"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section, build_section = trt_llm(ctx), build(ctx)
        if section is None or build_section is None or stack(section) != "v1":
            return  # v2 takes no plugin_configuration or speculator: trt-llm-stack-v2 reports them
        plugins = mapping(build_section, "plugin_configuration")
        paged = as_bool(plugins.get("paged_kv_cache"), True)
        fmha = as_bool(plugins.get("use_paged_context_fmha"), True)
        model = base_model(build_section)
        if paged is None or fmha is None:
            return  # not a bool: the schema rules report it
        if model == "encoder":
            paged = fmha = False  # Truss's encoder migration turns both off, whatever is written
        elif fmha and not paged:
            yield self.diagnostic(
                ctx, (*PLUGINS, "paged_kv_cache"),
                f"`paged_kv_cache: false` with `use_paged_context_fmha: true`: paged context FMHA needs the paged KV "
                f"cache; Truss refuses to load the config ({quoted(TRUSS_FMHA)}), so `truss push` fails",
                help="delete `paged_kv_cache: false` (it defaults to true), or set `use_paged_context_fmha: false`")
            return
        off = [name for name, on in (("paged_kv_cache", paged), ("use_paged_context_fmha", fmha)) if not on]
        if not off:
            return
        speculator = build_section.get("speculator")
        if isinstance(speculator, dict) and not speculator_refused(speculator):  # else Truss stops there first
            why = ("Truss turns the paged KV cache off for `base_model: encoder`" if model == "encoder"
                   else f"{' and '.join(f'`{name}`' for name in off)} {'is' if len(off) == 1 else 'are'} off")
            yield self.diagnostic(
                ctx, (*BUILD, "speculator"),
                f"speculative decoding reuses KV cache blocks, but {why}: Truss refuses to load the config "
                f"({quoted(TRUSS_SPECULATOR)}), so `truss push` fails",
                at="key",
                help=("speculative decoding needs `base_model: decoder`" if model == "encoder"
                      else f"delete {' and '.join(f'`{name}: false`' for name in off)} (both default to true)"))
            return
        runtime = mapping(section, "runtime")
        chunked = as_bool(runtime.get("enable_chunked_context"), True)
        if speculator is not None or model in ENCODERS or not chunked:
            return
        default = "" if "enable_chunked_context" in runtime else " (on by default)"
        yield self.diagnostic(
            ctx, (*PLUGINS, off[0]),
            f"`{off[0]}: false`, but chunked context{default} needs `paged_kv_cache` and `use_paged_context_fmha`: "
            f"Truss refuses to load the config ({quoted(TRUSS_CHUNKED)}), so `truss push` fails",
            help=f"delete `{off[0]}: false` (it defaults to true), "
                 "or set `trt_llm.runtime.enable_chunked_context: false`")
