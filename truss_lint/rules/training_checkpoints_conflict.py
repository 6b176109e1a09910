from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import mapping

TRUSS_SAYS = ("Cannot mix training job checkpoints and loops checkpoints in the same deploy. Use either "
              "artifact_references / checkpoints or loops_checkpoint_ids, not both.")


class TrainingCheckpointsConflict(Rule):
    """What it does: reports `training_checkpoints` with both `artifact_references` and
    `loops_checkpoint_ids`.

    Why: one deployment serves checkpoints of one kind. Truss 0.18.36 refuses to load the config
    ("Cannot mix training job checkpoints and loops checkpoints in the same deploy"), so
    `truss push` fails.

    Example:
        training_checkpoints:
          artifact_references:
            - training_job_id: abc123
          loops_checkpoint_ids: [ckpt-7]

    Fix: keep one of the two lists; deploy the other checkpoints separately.
    """

    code = "TC133"
    name = "training-checkpoints-conflict"
    reads_keys = frozenset({"training_checkpoints"})
    severity = Severity.ERROR
    summary = "training_checkpoints with both artifact_references and loops_checkpoint_ids"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section = mapping(ctx.config, "training_checkpoints")
        artifacts, loops = section.get("artifact_references"), section.get("loops_checkpoint_ids")
        if isinstance(artifacts, list) and artifacts and isinstance(loops, list) and loops:
            yield self.diagnostic(
                ctx, ("training_checkpoints", "loops_checkpoint_ids"),
                "`loops_checkpoint_ids` together with `artifact_references`: Truss refuses to load the config "
                f"(\"{TRUSS_SAYS}\"), so `truss push` fails",
                at="key", help="keep one of the two lists, and deploy the other checkpoints as a separate model")
