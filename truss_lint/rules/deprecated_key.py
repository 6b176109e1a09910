from __future__ import annotations

from collections.abc import Callable, Iterator

from .._struct import Struct
from ..diagnostics import Diagnostic, Fix, KeyPath, Severity
from ..edits import rename_key
from . import Rule

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

OPENAI_LEGACY_TAG = "force-legacy-api-non-openai-compatible"


def _always(value: Any, config: dict) -> bool:
    return True


class Deprecation(Struct):
    """One deprecated setting of Truss 0.18.36, and what to write instead."""

    __slots__ = ("path", "message", "help", "applies", "item", "at")

    def __init__(self, path: KeyPath, message: str, help: str, applies: Callable[[Any, dict], bool] = _always,
                 item: Any = None, at: str = "key") -> None:
        self.path = path
        self.message = message  # what Truss does with it; `{key}` is the dotted path
        self.help = help
        # When the setting counts as used, given its value; by default whenever the key is written.
        self.applies = applies
        # Point at one list item instead of the key (a deprecated tag among others).
        self.item = item
        self.at = at  # or "value", when the value is what is deprecated


def _non_empty(value: Any, config: dict) -> bool:
    return bool(value)


def _transport_kind(config: dict) -> object:
    runtime = config.get("runtime")
    transport = runtime.get("transport") if isinstance(runtime, dict) else None
    return transport.get("kind") if isinstance(transport, dict) else None


def _legacy_tag_checked(value: Any, config: dict) -> bool:
    """Truss checks the tag on TRT-LLM v1 decoder models only."""
    trt_llm = config.get("trt_llm")
    if not (isinstance(value, list) and OPENAI_LEGACY_TAG in value and isinstance(trt_llm, dict)):
        return False
    build = trt_llm.get("build") if isinstance(trt_llm.get("build"), dict) else {}
    return trt_llm.get("inference_stack", "v1") == "v1" and build.get("base_model") not in ("encoder", "encoder_bert")


# From truss/base/truss_config.py, trt_llm_config.py, constants.py and cli/migrate_commands.py
# of Truss 0.18.36. `resources.use_gpu` (ignored since 0.9.77) and `runtime.num_workers`
# (removed) have rules of their own.
DEPRECATIONS: tuple[Deprecation, ...] = (
    Deprecation(
        ("hf_cache",),
        "`hf_cache` is deprecated: Truss warns and renames it to `model_cache`, itself deprecated in favour "
        "of `weights`; weights pulled from S3 or GCS land in /app/model_cache, not /app/hf_cache",
        "move the entries to `weights` (or rename the key to `model_cache` and run `truss migrate`)",
    ),
    Deprecation(
        ("model_cache",),
        "`model_cache` is deprecated in favour of `weights` (Truss 0.18.36: \"Deprecated. Use 'weights' "
        "instead\")",
        "`truss migrate` converts `model_cache` and `external_data` to `weights` and shows the diff first",
        _non_empty,
    ),
    Deprecation(
        ("external_data",),
        "`external_data` is deprecated in favour of `weights` (`truss migrate` converts it)",
        "`truss migrate` converts `model_cache` and `external_data` to `weights` and shows the diff first",
        _non_empty,
    ),
    Deprecation(
        ("runtime", "is_websocket_endpoint"),
        "`runtime.is_websocket_endpoint` is deprecated (Truss: \"`is_websocket_endpoint` is deprecated, use "
        "`transport.kind == websocket`\"); it switches the transport to websocket whatever `runtime.transport` "
        "says",
        "write `runtime.transport: {kind: websocket}` for a websocket model, and delete `is_websocket_endpoint`",
        # Truss itself writes `is_websocket_endpoint: false` (and `true` beside a websocket
        # transport) when it dumps a config: only a value that changes something counts.
        lambda value, config: value is True and _transport_kind(config) != "websocket",
    ),
    Deprecation(
        ("python_version",),
        "`python_version: py39` is deprecated: Truss warns \"Python 3.9 is deprecated and will be removed in a "
        "future release\", and a Truss release without it will refuse this config",
        "use py311 or newer (Truss's default is py313) once your requirements support it",
        lambda value, config: value == "py39",
        at="value",
    ),
    Deprecation(
        ("model_metadata", "tags"),
        f"the tag `{OPENAI_LEGACY_TAG}` is deprecated: Truss warns that this legacy API is not compatible "
        "with OpenAI clients",
        "use the tag `openai-compatible` (the default behaviour since Truss 0.9.68)",
        _legacy_tag_checked,
        item=OPENAI_LEGACY_TAG,
    ),
    Deprecation(
        ("trt_llm", "runtime", "gated_features"),
        "`trt_llm.runtime.gated_features` is the old name of `patch_kwargs`: Truss still reads it as "
        "`patch_kwargs` (a preview feature), but only the new name is documented",
        "rename it to `patch_kwargs`",
    ),
)


class DeprecatedKey(Rule):
    """What it does: reports settings Truss 0.18.36 deprecates: `hf_cache` (renamed to
    `model_cache`), `model_cache` and `external_data` (replaced by `weights`),
    `runtime.is_websocket_endpoint`, `python_version: py39`, the legacy
    `force-legacy-api-non-openai-compatible` tag of a TRT-LLM model, and
    `trt_llm.runtime.gated_features`.

    Why: they still work today, mostly with a warning, but later Truss releases remove them,
    and then the push fails. `hf_cache` also moves S3/GCS weights from /app/hf_cache to
    /app/model_cache, which breaks code that reads the old path.

    Example:
        hf_cache:            # renamed to model_cache, itself replaced by weights
          - repo_id: openai/whisper-large-v3
        python_version: py39

    Fix: the message names the replacement; `truss migrate` converts `model_cache` and
    `external_data` to `weights`.
    """

    code = "TC801"
    name = "deprecated-key"
    severity = Severity.WARNING
    summary = "A setting Truss deprecates (hf_cache, model_cache, external_data, py39, ...)"
    fixable = True

    def check(self, ctx) -> Iterator[Diagnostic]:
        config = ctx.config
        if not isinstance(config, dict):
            return
        for deprecation in DEPRECATIONS:
            found, value = _lookup(config, deprecation.path)
            if not found or not deprecation.applies(value, config):
                continue
            path, at = deprecation.path, deprecation.at
            if deprecation.item is not None:
                path, at = path + (value.index(deprecation.item),), "value"
            yield self.diagnostic(ctx, path, deprecation.message, at=at, help=deprecation.help,
                                  fix=_rename_hf_cache(ctx) if path == ("hf_cache",) else None)


def _lookup(config: dict, path: KeyPath) -> tuple[bool, Any]:
    value: Any = config
    for part in path:
        if not isinstance(value, dict) or part not in value:
            return False, None
        value = value[part]
    return True, value


def _rename_hf_cache(ctx) -> Fix | None:
    if "model_cache" in ctx.config:
        return None  # both present: weights-conflict says which to keep
    return rename_key(ctx.document, ("hf_cache",), "model_cache",
                      "rename `hf_cache` to `model_cache` (what Truss does on load)")
