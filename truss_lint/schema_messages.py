"""Turn a schema failure into a message a Truss user can act on: what Truss does with the value,
why truss-lint is stricter where it is, and the likely fix."""

from __future__ import annotations

import json
import re

from .resources import ACCELERATORS, MEMORY_UNITS, truss_cpu_error, truss_memory_error
from .schema import SchemaError, type_name

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

    from .diagnostics import Fix
    from .engine import Context

# Names people reach for that Truss spells differently.
_KEY_SYNONYMS = {
    "gpu": "accelerator", "gpus": "accelerator", "gpu_type": "accelerator", "gpu_count": "accelerator", "accelerators": "accelerator",
    "ram": "memory", "mem": "memory", "memory_limit": "memory", "cpus": "cpu", "vcpu": "cpu",
    "cpu_count": "cpu", "instance": "instance_type", "nodes": "node_count", "replicas": "node_count",
    "env": "environment_variables", "environment": "environment_variables", "env_vars": "environment_variables",
    "python": "python_version", "pip_requirements": "requirements", "packages": "requirements",
    "apt_packages": "system_packages", "resource": "resources", "resouces": "resources",
}
_ACCELERATOR_HINTS = {"H100MIG": "H100_40GB", "A100_80GB": "A100", "A100-80GB": "A100",
                      "RTX-PRO-6000": "RTX_PRO_6000", "RTX6000": "RTX_PRO_6000", "_B10": "B10"}
_MEMORY_UNIT_HINTS = {"gb": "Gi", "gib": "Gi", "gi": "Gi", "g": "Gi", "mb": "Mi", "mib": "Mi", "mi": "Mi",
                      "m": "Mi", "kb": "Ki", "kib": "Ki", "ki": "Ki", "k": "Ki", "tb": "Ti", "tib": "Ti",
                      "ti": "Ti", "t": "Ti"}


def explain(error: SchemaError, ctx: Context) -> tuple[str, str | None, str]:
    """(message, help, "key" or "value") for one schema failure."""
    value = ctx.document.get(*error.path) if error.path else ctx.document.data
    source = _source_text(ctx, error.path)
    where = _where(error.path)
    definition = _definition(error)

    if error.keyword in ("additionalProperties", "propertyNames"):
        key = error.extra_key or str(error.path[-1])
        return (f"unknown key `{key}` in {_where(error.path[:-1])}: Truss loads it, then `truss push` "
                f"rejects it (\"Extra fields not allowed: [{key}]\")", _did_you_mean(key, error.alternatives), "key")
    if error.keyword == "required":
        return (f"{where}: {error.message}; Truss refuses to load the config (\"Field required\")",
                None, "value")
    if error.keyword == "not":
        message = error.message
        if error.stricter:
            message += f" ({error.stricter})"
        return message, error.schema.get("x-hint"), "value"
    if error.keyword == "type":
        return _type_message(error, value, source, where, definition)

    help = error.schema.get("x-hint")
    message = f"{where}: {error.message}"
    if isinstance(value, str):
        if definition == "Cpu":
            return _quantity_message("cpu", value, truss_cpu_error(value), error, where)
        if definition == "Memory":
            return _quantity_message("memory", value, truss_memory_error(value), error, where, _memory_hint(value))
        if definition == "Accelerator":
            return _accelerator_message(value, error, where)
        if definition == "PythonVersion":
            hint = _python_version_hint(value)
            return (f"{where}: {json.dumps(value)} is not a Python version Truss knows "
                    f"(py39 … py314)", f"write `{hint}`" if hint else help, "value")
    if error.stricter:
        message += f" — Truss accepts this, truss-lint is stricter: {error.stricter}"
    return message, help, "value"


def _type_message(error: SchemaError, value: Any, source: str, where: str,
                  definition: str | None) -> tuple[str, str | None, str]:
    kind = type_name(value)
    if definition in ("Cpu", "Memory") and kind in ("integer", "number", "boolean"):
        field = "cpu" if definition == "Cpu" else "memory"
        shown = source
        return (f"{where}: {field} must be a YAML string, but {shown} is {_article(kind)} {kind}: Truss rejects it "
                f"(\"Input should be a valid string\")", f'quote it: {field}: "{shown}"', "value")
    if definition == "PythonVersion" and kind in ("integer", "number"):
        hint = _python_version_hint(str(value))
        return (f"{where}: {error.message}: Truss rejects it", f"write `{hint}`" if hint else None, "value")
    message = f"{where}: {error.message}: Truss rejects it"
    if kind == "boolean":
        message += " (YAML 1.1 reads yes/no/on/off/true/false as booleans)"
    if kind in ("integer", "number", "boolean") and "string" in str(error.schema.get("type")):
        return message, f'quote it: "{source}"', "value"
    return message, error.schema.get("x-hint"), "value"


def _quantity_message(field: str, value: str, truss_error: str | None, error: SchemaError, where: str,
                      hint: str | None = None) -> tuple[str, str | None, str]:
    if truss_error:
        return f"{where}: {json.dumps(value)} — Truss rejects it: \"{truss_error}\"", hint, "value"
    reason = error.stricter or f"the server cannot parse {field} {json.dumps(value)}"
    return (f"{where}: {json.dumps(value)} — Truss accepts it, but truss-lint is stricter: {reason}",
            hint, "value")


def _accelerator_message(value: str, error: SchemaError, where: str) -> tuple[str, str | None, str]:
    name, _, count = value.strip().partition(":")
    suggestion = _accelerator_hint(name)
    if name in ACCELERATORS and count:
        parts = value.strip().split(":")
        if len(parts) > 2:
            return (f"{where}: {json.dumps(value)} — Truss accepts it but ignores everything after the second "
                    f"part and allocates 1 {name}, not what this looks like", f"write `{name}:{parts[1]}`", "value")
        return (f"{where}: invalid GPU count {json.dumps(count)} — Truss rejects it: \"Invalid count: "
                f"'{count}'. Must be positive integer.\"", f"write `{name}` for one GPU or `{name}:2` for two",
                "value")
    if not name:
        return f"{where}: Truss rejects it: \"Accelerator type cannot be empty.\"", None, "value"
    message = (f"{where}: {json.dumps(name)} is not an accelerator Truss knows (names are case-sensitive): "
               f"Truss rejects it (\"Unsupported accelerator type\")")
    help = f"write `{suggestion}{':' + count if count else ''}`" if suggestion else "one of " + ", ".join(ACCELERATORS)
    return message, help, "value"


def _accelerator_hint(name: str) -> str | None:
    if name in _ACCELERATOR_HINTS:
        return _ACCELERATOR_HINTS[name]
    for accelerator in ACCELERATORS:
        if accelerator.lower() == name.lower() or accelerator.replace("_", "-").lower() == name.lower():
            return accelerator
    import difflib  # only when a message suggests a spelling

    close = difflib.get_close_matches(name.upper(), ACCELERATORS, n=1, cutoff=0.7)
    return close[0] if close else None


def _memory_hint(value: str) -> str | None:
    match = re.fullmatch(r"\s*([0-9.]+)\s*([A-Za-z]+)\s*", value)
    if not match:
        return None
    number, unit = match.groups()
    if unit in MEMORY_UNITS:
        return None if value == f"{number}{unit}" else f"write `{number}{unit}` (no spaces)"
    fixed = _MEMORY_UNIT_HINTS.get(unit.lower())
    return f"write `{number}{fixed}` (units are case-sensitive; Gi, Mi and Ki are binary)" if fixed else None


def _python_version_hint(value: str) -> str | None:
    match = re.fullmatch(r"\s*(?:py|python)?\s*3\.?([0-9]{1,2})(?:\.[0-9]+)?\s*", value, re.IGNORECASE)
    if match and 9 <= int(match.group(1)) <= 14:
        return f"py3{match.group(1)}"
    if value.strip() == "3.1":  # `python_version: 3.10` unquoted is the float 3.1
        return "py310"
    return None


def _definition(error: SchemaError) -> str | None:
    """The innermost resource-level $defs name the failure is under (Cpu, Memory, Accelerator, ...)."""
    for name in reversed(error.definitions):
        if name.startswith("Accelerator"):
            return "Accelerator"
        if name in ("Cpu", "Memory", "PythonVersion"):
            return name
    return error.definitions[-1] if error.definitions else None


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _did_you_mean(key: str, allowed: list[str]) -> str | None:
    if key in _KEY_SYNONYMS and (not allowed or _KEY_SYNONYMS[key] in allowed):
        return f"did you mean `{_KEY_SYNONYMS[key]}`?"
    import difflib  # only when a message suggests a spelling

    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return f"did you mean `{close[0]}`?"
    return None


def _where(path: tuple) -> str:
    if not path:
        return "the top level"
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return f"`{text}`"


def _source_text(ctx: Context, path: tuple) -> str:
    """The value as written in the file (`1.50`, `yes`), for hints that quote it."""
    entry = ctx.document.entries.get(path)
    if entry is None:
        return ""
    return ctx.document.text[entry.value_start:entry.value_end]


# --- Fixes for schema failures (applied by `truss-lint check --fix`) --------------------------------

def schema_fix(error: SchemaError, ctx: Context) -> Fix | None:
    """A minimal edit that resolves this failure, when one is certain enough to offer.

    Safe fixes keep what the author meant (`cpu: 4` → `cpu: "4"`, `a10g` → `A10G`); unsafe ones
    change the amount asked for (`16GB` → `16Gi` is 16 GiB, not 16 GB) and need --unsafe-fixes."""
    from .edits import quote_number, replace_number, replace_scalar

    if not error.path or error.keyword in ("required", "not", "additionalProperties", "propertyNames"):
        return None
    doc, path = ctx.document, error.path
    value = doc.get(*path)
    definition = _definition(error)
    if definition == "PythonVersion":
        hint = _python_version_hint(_source_text(ctx, path) if isinstance(value, (int, float)) else str(value))
        if hint is None or isinstance(value, bool):
            return None
        description = f"write `{hint}`"
        return replace_scalar(doc, path, hint, description) if isinstance(value, str) \
            else replace_number(doc, path, hint, description)
    if error.keyword == "type" and (definition in ("Cpu", "Memory") or "string" in str(error.schema.get("type"))):
        # A number where Truss wants a string (`cpu: 4`, `spec_version: 2.0`): quote the digits
        # as written, so `2.0` stays "2.0" rather than becoming the float's "2.0" or "2".
        return quote_number(doc, path, f'quote it: "{_source_text(ctx, path)}"')
    if not isinstance(value, str):
        return None
    if definition == "Accelerator":
        name = value.strip().partition(":")[0]
        fixed = _same_accelerator(name)
        if fixed is None or fixed == name:
            return None
        return replace_scalar(doc, path, value.replace(name, fixed, 1), f"write `{fixed}`")
    if definition == "Memory":
        match = re.fullmatch(r"([0-9]+(?:\.[0-9]+)?)[ \t]*([A-Za-z]+)", value)
        if match is None:
            return None
        number, unit = match.groups()
        fixed_unit = unit if unit in MEMORY_UNITS else _MEMORY_UNIT_HINTS.get(unit.lower())
        if fixed_unit is None or f"{number}{fixed_unit}" == value:
            return None
        return replace_scalar(doc, path, f"{number}{fixed_unit}", f"write `{number}{fixed_unit}`", safe=False)
    return None


def _same_accelerator(name: str) -> str | None:
    """The accelerator `name` certainly means: a case or dash slip, or Truss's old H100MIG name."""
    if name.upper() == "H100MIG":
        return "H100_40GB"
    for accelerator in ACCELERATORS:
        if name.replace("-", "_").upper() == accelerator:
            return accelerator
    return None
