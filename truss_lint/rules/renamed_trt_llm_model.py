from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..edits import replace_scalar
from . import Rule
from ._trt_llm import BUILD, build, quoted, stack, trt_llm

RENAMED = ("palmyra", "qwen", "llama", "mistral", "deepseek")
# Truss formats the enum member, not its value: "TrussTRTLLMModel.LLAMA has been renamed ...".
TRUSS_RENAMED = "TrussTRTLLMModel.{} has been renamed to `decoder` in trt_llm.build.base_model."
TRUSS_WHISPER = "Whisper models has been refactored to a Chain's version."


class RenamedTrtLlmModel(Rule):
    """What it does: reports `trt_llm.build.base_model` values Truss no longer takes: `palmyra`,
    `qwen`, `llama`, `mistral` and `deepseek` (renamed to `decoder`), and `whisper` (removed), on
    inference_stack v1 (v2 takes no `base_model`: trt-llm-stack-v2 reports it).

    Why: Truss 0.18.36 refuses to load the config ("TrussTRTLLMModel.LLAMA has been renamed to `decoder` in
    trt_llm.build.base_model"; "Whisper models has been refactored to a Chain's version"), so
    `truss push` fails. `decoder` detects the architecture (Llama, Qwen, Mistral, ...) from the
    checkpoint, so nothing else changes.

    Example:
        trt_llm:
          build:
            base_model: llama

    Fix: write `base_model: decoder` (`--fix` does it). A Whisper model is deployed as a Chain
    now: see Baseten's Whisper examples.
    """

    code = "TC122"
    name = "renamed-trt-llm-model"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "A renamed (llama, qwen, ... → decoder) or removed (whisper) TRT-LLM base_model"
    fixable = True

    def check(self, ctx) -> Iterator[Diagnostic]:
        section = build(ctx)
        if section is None or stack(trt_llm(ctx)) != "v1":
            return  # v2 takes no base_model at all: trt-llm-stack-v2 reports it
        model, path = section.get("base_model"), (*BUILD, "base_model")
        if model in RENAMED:
            yield self.diagnostic(
                ctx, path,
                f"`base_model: {model}` was renamed to `decoder`: Truss refuses to load the config "
                f"({quoted(TRUSS_RENAMED.format(model.upper()))}), so `truss push` fails",
                help="write `base_model: decoder`; it detects the architecture from the checkpoint",
                fix=replace_scalar(ctx.document, path, "decoder", f"rename base_model {model} to decoder"))
        elif model == "whisper":
            yield self.diagnostic(
                ctx, path,
                f"`base_model: whisper` is no longer supported: Truss refuses to load the config "
                f"({quoted(TRUSS_WHISPER)}), so `truss push` fails",
                help="deploy Whisper as a Chain (see Baseten's Whisper examples), or ask Baseten support")
