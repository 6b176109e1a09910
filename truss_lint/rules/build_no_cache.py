from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..edits import delete_entry
from . import Rule
from ._trt_llm import as_bool, mapping

TRUSS_SAYS = "no_cache cannot be specified in config.yaml. Use the --no-cache CLI flag instead."


class BuildNoCache(Rule):
    """What it does: reports `build.no_cache` set to true in config.yaml.

    Why: Truss 0.18.36 refuses to load a config with `no_cache: true` ("no_cache cannot be
    specified in config.yaml. Use the --no-cache CLI flag instead."), so `truss push` fails. A
    quoted truthy string (`"true"`, `yes` in quotes) slips past that check and is read as true:
    the pushed config then asks for a build without the Docker cache every time, which is slow
    and easy to forget (a warning: what the builder does with it is not visible here).

    Example:
        build:
          no_cache: true

    Fix: delete it (`--fix` does it) and run `truss push --no-cache` when you need a clean build.
    """

    code = "TC138"
    name = "build-no-cache"
    reads_keys = frozenset({"build"})
    severity = Severity.ERROR
    summary = "`build.no_cache: true` in config.yaml; Truss wants the --no-cache flag instead"
    fixable = True

    def check(self, ctx) -> Iterator[Diagnostic]:
        build = mapping(ctx.config, "build")
        if "no_cache" not in build:
            return
        value, path = build["no_cache"], ("build", "no_cache")
        fix = delete_entry(ctx.document, path, "delete `build.no_cache`; use `truss push --no-cache`")
        if value is True:
            yield self.diagnostic(
                ctx, path,
                f"`no_cache: true`: Truss refuses to load the config (\"{TRUSS_SAYS}\"), so `truss push` fails",
                help="delete it, and run `truss push --no-cache` when you need a build without the cache", fix=fix)
        elif isinstance(value, str) and as_bool(value, False):
            yield self.diagnostic(
                ctx, path,
                f"`no_cache: {value!r}`: Truss's check catches only a YAML `true`; this string passes it "
                "and is read as true, "
                "so the pushed config asks Baseten for a build without the Docker cache every time",
                severity=Severity.WARNING, fix=fix,
                help="delete it, and run `truss push --no-cache` when you need a build without the cache")
