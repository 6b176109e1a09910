from __future__ import annotations

import posixpath
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import mapping


class DuplicateMountPath(Rule):
    """What it does: reports two `weights` sources with the same `mount_location`, two `bdn.mounts`
    with the same `path`, and two `bdn.access` entries for the same `namespace`.

    Why: each mount needs its own directory, and each namespace one list of grants. Truss 0.18.36
    refuses to load the config ("Duplicate mount_location '/models/llama' - each weights source
    must have a unique mount path."; "Duplicate volume mount path ..."; "BDN access namespaces
    must be unique"), so `truss push` fails.

    Example:
        weights:
          - source: hf://meta-llama/Llama-3.1-8B-Instruct@main
            mount_location: /models/llama
          - source: hf://meta-llama/Llama-Guard-3-8B@main
            mount_location: /models/llama     # the same directory

    Fix: give every source its own directory; merge the grants of one namespace into one entry.
    """

    code = "TC135"
    name = "duplicate-mount-path"
    reads_keys = frozenset({"weights", "bdn"})
    severity = Severity.ERROR
    summary = "Two weights/BDN mounts at one path, or two bdn.access entries for one namespace"

    def check(self, ctx) -> Iterator[Diagnostic]:
        config = ctx.config
        checks = [
            (("weights",), config.get("weights"), "mount_location", lambda path: path,
             "Duplicate mount_location '{}' - each weights source must have a unique mount path."),
            # Truss compares mount paths in PurePosixPath's form: `/m/` and `/m` are one path.
            (("bdn", "mounts"), mapping(config, "bdn").get("mounts"), "path", posixpath.normpath,
             "Duplicate volume mount path '{}' - each volume must have a unique mount path."),
            (("bdn", "access"), mapping(config, "bdn").get("access"), "namespace", lambda name: name,
             "BDN access namespaces must be unique"),
        ]
        for where, items, field, normal, truss in checks:
            if not isinstance(items, list):
                continue
            seen: dict[str, int] = {}
            for index, item in enumerate(items):
                value = item.get(field) if isinstance(item, dict) else None
                if not isinstance(value, str) or not value:
                    continue
                key = normal(value)
                if key not in seen:
                    seen[key] = index
                    continue
                first = ctx.document.span((*where, seen[key], field)).line
                noun = "namespace" if field == "namespace" else "path"
                yield self.diagnostic(
                    ctx, (*where, index, field),
                    f"`{field}: {value}` repeats the {noun} of entry {seen[key] + 1} (line {first}): Truss refuses to "
                    f"load the config (\"{truss.format(key)}\"), so `truss push` fails",
                    help=("merge the two entries' grants into one" if field == "namespace"
                          else "give each mount its own directory"))
