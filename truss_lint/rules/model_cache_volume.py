from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._misspelt import missing_key
from ._trt_llm import as_bool

TRUSS_FOLDER = "the key `volume_folder: str` is required for `use_volume=True` repos."
TRUSS_MIXED = "All models in the `model_cache` must either use `use_volume=True` or `use_volume=False`."


class ModelCacheVolume(Rule):
    """What it does: reports `model_cache` entries with `use_volume: true` but no `revision`
    (Hugging Face repos) or no `volume_folder`, and a `model_cache` that mixes `use_volume: true`
    and `use_volume: false` entries.

    Why: a volume caches one exact revision in one folder. Truss 0.18.36 refuses to load an entry
    without them ("Revision '' is insufficient for repo 'org/model'"; "the key `volume_folder:
    str` is required for `use_volume=True` repos."), so `truss push` fails. A mixed list loads and
    pushes, but Truss's image builder refuses it ("All models in the `model_cache` must either
    use `use_volume=True` or `use_volume=False`."), so the build fails after the upload.

    Example:
        model_cache:
          - repo_id: meta-llama/Llama-3.1-8B-Instruct
            use_volume: true          # needs revision and volume_folder

    Fix: pin `revision` (a commit sha) and name a `volume_folder`; use the same `use_volume` for
    every entry. Better: migrate to `weights` (`truss migrate`).
    """

    code = "TC134"
    name = "model-cache-volume"
    reads_keys = frozenset({"model_cache", "hf_cache"})
    severity = Severity.ERROR
    summary = "model_cache use_volume: true without revision/volume_folder, or mixed use_volume"

    def check(self, ctx) -> Iterator[Diagnostic]:
        key = "model_cache" if "model_cache" in ctx.config else "hf_cache"
        entries = ctx.config.get(key)
        if not isinstance(entries, list):
            return
        flags = []
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue
            use_volume = as_bool(entry.get("use_volume"), False)
            flags.append(use_volume)
            if not use_volume:
                continue
            repo, revision = entry.get("repo_id"), entry.get("revision") or ""
            if entry.get("kind") in (None, "hf") and not revision:
                yield self._missing(
                    ctx, (key, index), "revision",
                    f"`use_volume: true` for Hugging Face repo `{repo}` without a `revision`: Truss refuses to load "
                    f"the config (\"Revision '' is insufficient for repo '{repo}'. Please a suitable commit sha "
                    "under this ...\"), so `truss push` fails",
                    f"add `revision:` with a commit sha from https://huggingface.co/{repo}/commits/main")
            elif not entry.get("volume_folder"):
                yield self._missing(
                    ctx, (key, index), "volume_folder",
                    f"`use_volume: true` without a `volume_folder`: Truss refuses to load the config "
                    f"(\"{TRUSS_FOLDER}\"), so `truss push` fails",
                    "add `volume_folder:` with a folder name for this repo's files")
        if True in flags and False in flags:
            index = flags.index(not flags[0])
            yield self.diagnostic(
                ctx, (key, index, "use_volume"),
                f"`{key}` mixes `use_volume: true` and `use_volume: false` entries: Truss loads and pushes it, then "
                f"its image builder refuses it (\"{TRUSS_MIXED}\"), so the build fails after the upload",
                severity=Severity.WARNING,
                help="give every entry the same `use_volume` "
                     "(true, with revision and volume_folder, is the current form)")

    def _missing(self, ctx, entry: tuple, name: str, message: str, help: str) -> Diagnostic:
        path, message, help, fix = missing_key(ctx, entry, name, message, help)
        if path == entry:  # no misspelling of it: point at the flag that needs it
            return self.diagnostic(ctx, (*entry, "use_volume"), message, help=help)
        return self.diagnostic(ctx, path, message, at="key", help=help, fix=fix)
