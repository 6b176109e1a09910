from __future__ import annotations

from ..diagnostics import Severity
from ._key_conflict import KeyConflictRule, count, line_of

_TRUSS_SAYS = "\"Please ensure that only one of `model_cache` and `weights` is specified\""


class WeightsConflict(KeyConflictRule):
    """What it does: reports a config that sets both `model_cache` (or its old name `hf_cache`)
    and `weights`, and one that sets both `hf_cache` and `model_cache`.

    Why: Truss refuses to load a config with both `model_cache` and `weights` ("Please ensure
    that only one of `model_cache` and `weights` is specified"); `hf_cache` is renamed to
    `model_cache` first, so it conflicts the same way. With `hf_cache` and `model_cache`,
    Truss uses `model_cache`, keeps `hf_cache` as an unknown key, and `truss push` rejects it
    ("Extra fields not allowed: [hf_cache]"). Either way the push fails and nothing is deployed.

    Example:
        model_cache:
          - repo_id: meta-llama/Llama-3.1-8B-Instruct
            use_volume: true
            volume_folder: llama
        weights:
          - source: hf://meta-llama/Llama-3.1-8B-Instruct@main
            mount_location: /models/llama

    Fix: `model_cache` and `hf_cache` are deprecated: move their entries to `weights`
    (`truss migrate` converts `model_cache`) and delete the old key.
    """

    code = "TC301"
    name = "weights-conflict"
    severity = Severity.ERROR
    summary = "`model_cache`/`hf_cache` and `weights` are both set; Truss refuses the config"

    def describe(self, ctx, first: str, second: str) -> tuple[str, str]:
        keys = f"`{second}` is set together with `{first}` (line {line_of(ctx, first)})"
        if {first, second} == {"hf_cache", "model_cache"}:
            entries = count(ctx.config.get("hf_cache"), "entry", "entries")
            message = (f"{keys}: Truss uses `model_cache`, keeps `hf_cache` as an unknown key, and `truss push` "
                       "rejects the config (\"Extra fields not allowed: [hf_cache]\"), so nothing is deployed")
            return message, f"delete `hf_cache`: Truss ignores its {entries} (move what you need to `model_cache`)"
        old = "hf_cache" if "hf_cache" in (first, second) else "model_cache"
        truss = ("Truss renames `hf_cache` to `model_cache`, then refuses to load the config" if old == "hf_cache"
                 else "Truss refuses to load the config")
        message = f"{keys}: {truss} ({_TRUSS_SAYS}), so `truss push` fails and nothing is deployed"
        entries = count(ctx.config.get(old), "entry", "entries")
        migrate = " (`truss migrate` converts `model_cache`)" if old == "model_cache" else ""
        return message, f"`{old}` is deprecated: move its {entries} to `weights`{migrate} and delete `{old}`"
