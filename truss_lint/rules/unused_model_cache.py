from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import as_bool

CACHE_ROOT = "/app/model_cache/"  # where Truss mounts a `model_cache` entry with use_volume: true
LOADER = "truss-transfer-cli"  # fetches model_cache/weights into their mounts from a custom server


class UnusedModelCache(Rule):
    """What it does: for a `docker_server` config, reports a `model_cache` volume
    (`use_volume: true`, mounted at `/app/model_cache/<volume_folder>`) or a `weights` entry
    (`mount_location`) that the start command never reads: no `truss-transfer-cli` and the mount
    path appears nowhere in the command or the truss scripts it runs. And the reverse: the
    command reads `/app/model_cache/X` while no `model_cache` entry has `volume_folder: X`.

    Why: a custom server loads what its command names. Weights cached for it and never read are
    stored and fetched for nothing (and the server downloads the model again on every cold
    start); a path under `/app/model_cache/` with no volume behind it is empty, so the server
    finds no model. Truss checks neither (it never reads `start_command`).

    Example:
        model_cache:
          - repo_id: Qwen/Qwen3-32B-FP8
            use_volume: true
            volume_folder: qwen3
        docker_server:
          start_command: sh -c "python3 -m sglang.launch_server --model-path Qwen/Qwen3-32B-FP8"

    Fix: run `truss-transfer-cli` before the server and load from `/app/model_cache/qwen3`
    (`--model-path /app/model_cache/qwen3`), or delete the unused entry; for the reverse, make
    `volume_folder` match the path the command reads.
    """

    code = "TC606"
    name = "unused-model-cache"
    reads_keys = frozenset({"docker_server"})
    severity = Severity.WARNING
    summary = "model_cache/weights the custom server never reads, or a /app/model_cache path with no volume"

    def check(self, ctx) -> Iterator[Diagnostic]:
        from ..servers import start_command, text_location

        parsed = start_command(ctx)
        if parsed is None:
            return
        text = parsed.text
        mounts: list[tuple[tuple, str]] = []  # (key path of the mount setting, mount path)
        folders: set[str] = set()
        for section, key in (("model_cache", "volume_folder"), ("weights", "mount_location")):
            entries = ctx.config.get(section)
            if not isinstance(entries, list):
                continue
            for index, entry in enumerate(entries):
                if not isinstance(entry, dict) or not isinstance(entry.get(key), str) or not entry[key]:
                    continue
                if section == "model_cache":
                    folders.add(entry[key].strip("/"))
                    if as_bool(entry.get("use_volume"), False) is not True:
                        continue  # cached into the Hugging Face cache at build time: read by repo id
                    mounts.append(((section, index, key), CACHE_ROOT + entry[key].strip("/")))
                else:
                    mounts.append(((section, index, key), entry[key].rstrip("/")))
                    if entry[key].startswith(CACHE_ROOT):
                        folders.add(entry[key][len(CACHE_ROOT):].strip("/").split("/")[0])
        if LOADER not in text:
            for path, mount in mounts:
                if mount in text:
                    continue
                yield self.diagnostic(
                    ctx, path,
                    f"`{path[0]}` is mounted at `{mount}` but the start command never reads it (no `{LOADER}`, "
                    f"no `{mount}`): the server loads its model from elsewhere, so these weights are cached and "
                    f"fetched for nothing",
                    help=f"load the model from `{mount}` (after `{LOADER}`), or delete this `{path[0]}` entry")
        for folder in dict.fromkeys(re.findall(re.escape(CACHE_ROOT) + r"([A-Za-z0-9_.-]+)", text)):
            if folder in folders:
                continue
            diagnostic = self.diagnostic(
                ctx, ("docker_server", "start_command"),
                f"the start command reads `{CACHE_ROOT}{folder}` but no `model_cache` entry has "
                f"`volume_folder: {folder}`: nothing is mounted there, so the server finds no model",
                help=f"set `volume_folder: {folder}` on the `model_cache` entry the server should read")
            diagnostic.span = text_location(ctx, CACHE_ROOT + folder)
            yield diagnostic
