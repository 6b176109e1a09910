from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule

CLOUD = ("s3://", "gs://", "azure://", "r2://", "cw://")
SCHEMES = ", ".join(sorted((*CLOUD, "hf://", "https://")))


def source_error(value: str) -> str | None:
    """WeightsSource._validate_source's message for `value` (Truss 0.18.36), or None when valid."""
    if "://" not in value:
        return f"Source '{value}' is missing a URI scheme. Supported schemes: {SCHEMES}"
    scheme = value.split("://")[0] + "://"
    rest = value[len(scheme):]
    if scheme in CLOUD:
        name = scheme[:-3].upper()
        if not rest or rest.startswith("/"):
            return f"Invalid {name} URI format: '{value}'. Expected format: {scheme}bucket/path"
        if "@" in rest:
            return (f"The @ revision syntax is only valid for HuggingFace sources (hf://). Source '{value}' uses "
                    f"{name} which does not support revisions.")
        return None
    if scheme == "https://":
        if not rest or rest.startswith("/"):
            return f"Invalid HTTPS URL format: '{value}'. Expected format: https://hostname/path"
        return None
    if scheme == "hf://":
        if not rest or rest.startswith("/"):
            return f"Invalid HuggingFace URI format: '{value}'. Expected format: hf://owner/repo"
        return None
    return f"Unsupported source scheme '{scheme}'. Supported schemes: {SCHEMES}"


def _help(value: str) -> str:
    if "://" not in value and value.count("/") == 1:
        return f"for a Hugging Face repo write `hf://{value}@main` (pin a revision after `@`)"
    if "@" in value and value.split("://")[0] + "://" in CLOUD:
        return "drop the `@...` suffix: bucket sources have no revisions (put the version in the path)"
    return "use hf://owner/repo[@revision], s3://bucket/path, gs://, azure://, r2://, cw:// or https://host/path"


class WeightsSource(Rule):
    """What it does: reports a `weights` `source` Truss refuses: no URI scheme, a scheme Truss
    does not know, an empty or absolute path after the scheme, and an `@revision` on a bucket.

    Why: Truss 0.18.36 refuses to load the config ("Source 'meta-llama/Llama-3.1-8B' is missing a
    URI scheme. Supported schemes: ..."; "The @ revision syntax is only valid for HuggingFace
    sources (hf://)."), so `truss push` fails.

    Example:
        weights:
          - source: meta-llama/Llama-3.1-8B-Instruct   # needs hf://
            mount_location: /models/llama

    Fix: `hf://owner/repo@revision` for Hugging Face; `s3://bucket/path` (gs://, azure://, r2://,
    cw://) for buckets; `https://host/path` for a direct download.
    """

    code = "TC137"
    name = "weights-source"
    reads_keys = frozenset({"weights"})
    severity = Severity.ERROR
    summary = "A weights source without a known URI scheme, or with @revision on a bucket"

    def check(self, ctx) -> Iterator[Diagnostic]:
        weights = ctx.config.get("weights")
        for index, source in enumerate(weights if isinstance(weights, list) else []):
            value = source.get("source") if isinstance(source, dict) else None
            if not isinstance(value, str) or not value:
                continue  # wrong type or empty: the schema rules report it
            truss = source_error(value)
            if truss:
                yield self.diagnostic(
                    ctx, ("weights", index, "source"),
                    f"`source: {value}`: Truss refuses to load the config (\"{truss}\"), so `truss push` fails",
                    help=_help(value))
