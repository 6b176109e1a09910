from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import BUILD, as_int, base_model, build, setting, stack, trt_llm


class TrtLlmMoe(Rule):
    """What it does: reports a `trt_llm.build.moe_expert_parallel_option` that is greater than
    `tensor_parallel_count`, or zero or negative other than -1 (decoder models).

    Why: experts are split over the tensor-parallel GPUs, so there cannot be more expert-parallel
    groups than GPUs. Truss 0.18.36 refuses to load the config ("moe_expert_parallel_option 4
    cannot be greater than tensor_parallel_count 2"; "moe_expert_parallel_option 0 must be
    positive or -1"), so `truss push` fails.

    Example:
        trt_llm:
          build:
            tensor_parallel_count: 2
            moe_expert_parallel_option: 4

    Fix: use -1 (the default: TRT-LLM chooses) or a divisor of `tensor_parallel_count`.
    """

    code = "TC124"
    name = "trt-llm-moe"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "moe_expert_parallel_option greater than tensor_parallel_count, or not positive or -1"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section = build(ctx)
        if section is None or base_model(section) != "decoder" or stack(trt_llm(ctx)) != "v1":
            return  # v2 takes no moe_expert_parallel_option: trt-llm-stack-v2 reports it
        option = as_int(setting(section, "moe_expert_parallel_option", -1))
        tp = setting(section, "tensor_parallel_count", 1)
        if option is None or option == -1 or isinstance(tp, bool) or not isinstance(tp, int):
            return  # TP is a strict int in Truss: a string is the schema rules' finding
        if option > tp:
            truss = f"moe_expert_parallel_option {option} cannot be greater than tensor_parallel_count {tp}"
        elif option <= 0:
            truss = f"moe_expert_parallel_option {option} must be positive or -1"
        else:
            return
        yield self.diagnostic(
            ctx, (*BUILD, "moe_expert_parallel_option"),
            f"`moe_expert_parallel_option: {option}`: Truss refuses to load the config (\"{truss}\"), "
            "so `truss push` fails",
            help=f"use -1 (TRT-LLM chooses) or a divisor of tensor_parallel_count ({tp})")
