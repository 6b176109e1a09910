from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import BUILD, as_int, build, quoted, stack, trt_llm

SPECULATOR = (*BUILD, "speculator")
EXTERNAL, LOOKAHEAD = "DRAFT_TOKENS_EXTERNAL", "LOOKAHEAD_DECODING"
SIZES = ("lookahead_windows_size", "lookahead_ngram_size", "lookahead_verification_set_size")
MAX_DRAFT_TOKENS = 2048
TRUSS_EXTERNAL = ("external draft speculation is discontinued in favor of LOOKAHEAD_DECODING, which yields better "
                  "performance.")
TRUSS_ONE_OF = "Speculative decoding requires exactly one of checkpoint_repository or build to be configured."
TRUSS_DRAFT_TOKENS = "Draft external mode requires num_draft_tokens to be set."
TRUSS_LOOKAHEAD = ("Lookahead decoding mode requires lookahead_windows_size, lookahead_ngram_size, "
                   "lookahead_verification_set_size to be set.")
TRUSS_TOO_FEW = ("num_draft_tokens is less than the calculated value based on lookahead_windows_size, "
                 "lookahead_ngram_size, lookahead_verification_set_size")
LOOKAHEAD_HELP = ("use `speculative_decoding_mode: LOOKAHEAD_DECODING` with lookahead_windows_size, "
                  "lookahead_ngram_size and lookahead_verification_set_size (e.g. 7, 5, 3)")


def lookahead_draft_tokens(window: int, ngram: int, verification: int) -> int:
    """TrussSpeculatorConfiguration.lade_max_draft_len: the draft tokens lookahead decoding needs."""
    return (0 if ngram == 1 else ngram - 2) + (window - 1 + verification) * (ngram - 1)


def speculator_refused(speculator: dict) -> bool:
    """True when Truss refuses this speculator itself (it then never gets to the checks of the
    build around it: the KV cache flags, the tags)."""
    if speculator.get("speculative_decoding_mode", EXTERNAL) != LOOKAHEAD:
        return True
    sizes = [as_int(speculator.get(name)) for name in SIZES]
    if any(size is None or size < 1 for size in sizes):
        return True
    needed = lookahead_draft_tokens(*sizes)
    written = speculator.get("num_draft_tokens")
    draft_tokens = needed if written is None else as_int(written)
    return draft_tokens is None or not needed <= draft_tokens <= MAX_DRAFT_TOKENS


class TrtLlmSpeculativeDecoding(Rule):
    """What it does: reports a `trt_llm.build.speculator` Truss refuses: external draft
    speculation (`DRAFT_TOKENS_EXTERNAL`, which is also the mode when none is given); lookahead
    decoding without its three sizes (`lookahead_windows_size`, `lookahead_ngram_size`,
    `lookahead_verification_set_size`); and a `num_draft_tokens` below what those sizes need or
    above 2048.

    Why: Truss 0.18.36 refuses to load each ("external draft speculation is discontinued in
    favor of LOOKAHEAD_DECODING"; "Lookahead decoding mode requires lookahead_windows_size,
    lookahead_ngram_size, lookahead_verification_set_size to be set."; "num_draft_tokens must be
    less than or equal to 2048"), so `truss push` fails. An external-draft speculator fails on
    the first of its checks: exactly one of `checkpoint_repository` or `build`, then
    `num_draft_tokens`, then the discontinuation.

    Example:
        trt_llm:
          build:
            speculator:
              speculative_decoding_mode: LOOKAHEAD_DECODING
              lookahead_windows_size: 7      # ngram and verification sizes are missing

    Fix: `speculative_decoding_mode: LOOKAHEAD_DECODING` with all three sizes (7, 5, 3 is
    Truss's suggestion); leave `num_draft_tokens` out and Truss computes it. For draft-model
    speculation, move to `inference_stack: v2`.
    """

    code = "TC127"
    name = "trt-llm-speculative-decoding"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "A speculator Truss refuses (external draft, missing lookahead sizes, num_draft_tokens limits)"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section = build(ctx)
        speculator = section.get("speculator") if section else None
        if not isinstance(speculator, dict) or stack(trt_llm(ctx)) != "v1":
            return  # v2 takes no speculator at all: trt-llm-stack-v2 reports it
        mode = speculator.get("speculative_decoding_mode", EXTERNAL)
        if mode == EXTERNAL:
            yield self._external(ctx, speculator)
        elif mode == LOOKAHEAD:
            yield from self._lookahead(ctx, speculator)

    def _external(self, ctx, speculator: dict) -> Diagnostic:
        draft_tokens = as_int(speculator.get("num_draft_tokens"))
        if not (bool(speculator.get("checkpoint_repository")) ^ bool(speculator.get("build"))):
            truss = TRUSS_ONE_OF
        elif not draft_tokens:
            truss = TRUSS_DRAFT_TOKENS
        elif draft_tokens > MAX_DRAFT_TOKENS:
            truss = f"num_draft_tokens must be less than or equal to {MAX_DRAFT_TOKENS}."
        else:
            truss = TRUSS_EXTERNAL
        written = "speculative_decoding_mode" in speculator
        mode = "`speculative_decoding_mode: DRAFT_TOKENS_EXTERNAL`" if written else \
            "a speculator without `speculative_decoding_mode` (the default is DRAFT_TOKENS_EXTERNAL)"
        return self.diagnostic(
            ctx, (*SPECULATOR, "speculative_decoding_mode") if written else SPECULATOR,
            f"{mode}: external draft speculation is discontinued; Truss refuses to load the config "
            f"({quoted(truss)}), so `truss push` fails",
            at="value" if written else "key",
            help=f"{LOOKAHEAD_HELP}; for draft-model speculation, move to `inference_stack: v2`")

    def _lookahead(self, ctx, speculator: dict) -> Iterator[Diagnostic]:
        written = [speculator.get(name) for name in SIZES]
        sizes = [as_int(value) for value in written]
        if any(value is not None and size is None for value, size in zip(written, sizes)):
            return  # a size of the wrong type: the schema rules report it there
        missing = [name for name, size in zip(SIZES, sizes) if not size]
        if missing:
            yield self.diagnostic(
                ctx, SPECULATOR,
                f"lookahead decoding without {', '.join(f'`{name}`' for name in missing)}: Truss refuses to load "
                f"the config ({quoted(TRUSS_LOOKAHEAD)}), so `truss push` fails",
                at="key", help="set all three sizes, e.g. lookahead_windows_size: 7, lookahead_ngram_size: 5, "
                               "lookahead_verification_set_size: 3")
            return
        if any(size < 1 for size in sizes):
            return  # the schema rules report sizes below 1
        needed = lookahead_draft_tokens(*sizes)
        written = speculator.get("num_draft_tokens")
        draft_tokens = needed if written is None else as_int(written)
        if draft_tokens is None:
            return
        at = (*SPECULATOR, "num_draft_tokens") if written is not None else SPECULATOR
        if draft_tokens < needed:
            yield self.diagnostic(
                ctx, at,
                f"`num_draft_tokens: {draft_tokens}` is below the {needed} draft tokens these lookahead sizes need: "
                f"Truss refuses to load the config ({quoted(TRUSS_TOO_FEW)}), so `truss push` fails",
                help=f"delete `num_draft_tokens` (Truss computes {needed}), or raise it to at least {needed}")
        elif draft_tokens > MAX_DRAFT_TOKENS:
            source = "`num_draft_tokens`" if written is not None else \
                f"the lookahead sizes {'/'.join(str(size) for size in sizes)} need {needed} draft tokens, which"
            yield self.diagnostic(
                ctx, at,
                f"{source} exceeds {MAX_DRAFT_TOKENS}: Truss refuses to load the config (\"num_draft_tokens must "
                f"be less than or equal to {MAX_DRAFT_TOKENS}. But you requested num_draft_tokens={draft_tokens}.\"), "
                "so `truss push` fails",
                at="value" if written is not None else "key",
                help="lower the lookahead sizes (Truss suggests 7, 5, 3)" if written is None
                     else f"lower `num_draft_tokens` to at most {MAX_DRAFT_TOKENS}")
