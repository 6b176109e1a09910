from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import mapping, trt_llm

# VersionsOverrides.version_must_start_with_number (v2_llm_version is not checked).
CHECKED = ("engine_builder_version", "briton_version", "bei_version", "bei_bert_version")


class TrtLlmVersionOverride(Rule):
    """What it does: reports a `trt_llm.version_overrides` value (engine_builder_version,
    briton_version, bei_version, bei_bert_version) that does not start with a digit.

    Why: the value becomes an image tag (`baseten/briton-server:v<version>`), so it must be the
    bare version. Truss 0.18.36 refuses to load the config ("briton_version must start with a
    number"), so `truss push` fails. A leading `v` is the usual slip.

    Example:
        trt_llm:
          version_overrides:
            briton_version: v0.17.0-fd30ac1

    Fix: write the version without a prefix: `briton_version: 0.17.0-fd30ac1`.
    """

    code = "TC139"
    name = "trt-llm-version-override"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "A trt_llm.version_overrides value that does not start with a digit"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section = trt_llm(ctx)
        overrides = mapping(section, "version_overrides") if section else {}
        for field in CHECKED:
            value = overrides.get(field)
            if not isinstance(value, str) or value[:1].isdigit():
                continue
            bare = value.lstrip("vV")
            yield self.diagnostic(
                ctx, ("trt_llm", "version_overrides", field),
                f"`{field}: {value!r}`: Truss refuses to load the config (\"{field} must start with a number\"), "
                "so `truss push` fails",
                help=(f"write `{field}: {bare}` (the tag's `v` is added for you)" if bare[:1].isdigit()
                      else "write the bare version, e.g. 0.17.0"))
