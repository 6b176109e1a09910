from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from .trt_llm_speculative_decoding import speculator_refused
from ._trt_llm import ENCODERS, base_model, build, quoted, stack, trt_llm

OPENAI = "openai-compatible"  # truss.base.constants.OPENAI_COMPATIBLE_TAG
LEGACY = "force-legacy-api-non-openai-compatible"  # OPENAI_NON_COMPATIBLE_TAG
TRUSS_BOTH = (f"TRT-LLM models should have either model_metadata['tags'] = ['{OPENAI}'] or ['{LEGACY}']. "
              "Your current tags are both")
TRUSS_SPECULATOR = f"TRT-LLM models with speculator does not support {LEGACY} tag. Please migrate to {OPENAI} tag."


class ConflictingTags(Rule):
    """What it does: reports the legacy tag `force-legacy-api-non-openai-compatible` in
    `model_metadata.tags` of a TRT-LLM decoder (inference_stack v1) that also has
    `openai-compatible`, or that has a speculator.

    Why: the two tags choose opposite request schemas. With both, Truss 0.18.36 refuses to load
    the config ("TRT-LLM models should have either model_metadata['tags'] = ['openai-compatible']
    or ['force-legacy-api-non-openai-compatible']"). With a speculator, the legacy API does not
    exist: `truss push` stops before uploading ("TRT-LLM models with speculator does not support
    force-legacy-api-non-openai-compatible tag"). Either way nothing is deployed.

    Example:
        model_metadata:
          tags:
            - openai-compatible
            - force-legacy-api-non-openai-compatible

    Fix: delete `force-legacy-api-non-openai-compatible` (the legacy API is deprecated) and use
    the OpenAI-compatible schema.
    """

    code = "TC130"
    name = "conflicting-tags"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "The legacy non-OpenAI tag with `openai-compatible`, or with a speculator (TRT-LLM)"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section, build_section = trt_llm(ctx), build(ctx)
        metadata = ctx.config.get("model_metadata")
        tags = metadata.get("tags") if isinstance(metadata, dict) else None
        if section is None or build_section is None or stack(section) != "v1" or not isinstance(tags, list):
            return
        if base_model(build_section) in ENCODERS or LEGACY not in tags:
            return
        path = ("model_metadata", "tags", tags.index(LEGACY))
        if OPENAI in tags:
            yield self.diagnostic(
                ctx, path,
                f"`{LEGACY}` together with `{OPENAI}`: the tags choose opposite request schemas; Truss refuses "
                f"to load the config ({quoted(TRUSS_BOTH)}), so `truss push` fails",
                help=f"delete `{LEGACY}` (the legacy API is deprecated)")
        elif isinstance(build_section.get("speculator"), dict) and not speculator_refused(build_section["speculator"]):
            # A speculator Truss refuses stops the load before `truss push` looks at the tags.
            yield self.diagnostic(
                ctx, path,
                f"`{LEGACY}` with a speculator: speculative decoding serves only the OpenAI-compatible API; "
                f"`truss push` stops before uploading ({quoted(TRUSS_SPECULATOR)})",
                help=f"replace it with `{OPENAI}`")
