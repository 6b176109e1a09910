"""Turn a schema failure into a message a Truss user can act on: what Truss does with the value,
why truss-lint is stricter where it is, and the likely fix."""

from __future__ import annotations

import json
import re

from .resources import ACCELERATORS, MEMORY_UNITS, truss_cpu_error, truss_memory_error
from .schema_errors import COERCED_VALUE_RULE, SchemaError, lax_accepts, lax_type, type_name

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
    # A failure of a key's name (propertyNames) is about the key, not the value under it.
    named = error.extra_key if error.extra_key is not None and error.keyword not in ("additionalProperties", "required") \
        else None
    truss = truss_words(error, value if named is None else named)
    help = _hint(error)

    if error.keyword == "propertyNames":  # a key that is not a string: pydantic stops at load
        words = "Keys should be strings" if "properties" in error.schema else "Input should be a valid string"
        return (f"the key `{named}` in {_where(error.path[:-1])} is {_article(type_name(error.path[-1]))} "
                f"{type_name(error.path[-1])}, not a string: Truss refuses to load the config (\"{words}\")",
                "quote the key", "key")
    if error.keyword == "additionalProperties":
        key = error.extra_key or str(error.path[-1])
        suggestion = _did_you_mean(key, error.alternatives)
        if error.reason:  # a place whose keys Truss never checks (`x-unchecked-keys`)
            return _ignored_key_message(error, ctx, key, suggestion), suggestion, "key"
        # The likely spelling is in the message too: concise output (pre-commit, CI logs) has no help line.
        return (f"unknown key `{key}` in {_where(error.path[:-1])}: Truss loads it, then `truss push` "
                f"rejects it (\"Extra fields not allowed: [{key}]\"){'; ' + suggestion if suggestion else ''}",
                suggestion, "key")
    if error.keyword == "required" and error.misspelt is not None:
        return (f"`{error.misspelt}` in {_where(error.path[:-1])} looks like the required key `{error.extra_key}` "
                f"misspelt: without `{error.extra_key}` Truss refuses to load the config (\"{truss or 'Field required'}\")",
                f"rename `{error.misspelt}` to `{error.extra_key}`", "key")
    if error.keyword == "required":
        return (f"{where}: {error.message}; Truss refuses to load the config (\"{truss or 'Field required'}\")",
                help, "value")
    if error.keyword == "type":
        return _type_message(error, value, source, where, definition, truss, help)

    message = f"{where}: {error.message}" if named is None else f"the key {json.dumps(named)} in {_where(error.path[:-1])}: {error.message}"
    if isinstance(value, str) and error.keyword != "not" and named is None:
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
    if error.stricter and _truss_template(error) is None:
        message = f"{message.rstrip('.')} — Truss accepts this, truss-lint is stricter: {error.stricter}"
    elif truss:
        message = f"{message.rstrip('.')}: Truss rejects it (\"{truss}\")"
    return message, help, "value"


# pydantic's words for a failed numeric bound (Field(ge=..., le=..., gt=..., lt=...)).
_BOUND_WORDS = {"minimum": "greater than or equal to", "maximum": "less than or equal to",
                "exclusiveMinimum": "greater than", "exclusiveMaximum": "less than"}


def truss_words(error: SchemaError, value: Any) -> str | None:
    """What Truss 0.18.36 itself prints for this failure, when known: the discriminator's or an
    `x-truss` message (`{value}` stands for the value), else pydantic's for a numeric bound. None
    where Truss accepts the value (an `x-stricter` place without Truss words) or its words are
    not known."""
    template = _truss_template(error)
    if template is not None:
        if isinstance(value, dict):  # `{key}` stands for that key's value in the mapping
            for key, item in value.items():
                if isinstance(key, str):
                    template = template.replace("{" + key + "}", str(item))
        return template.replace("{value}", value if isinstance(value, str) else json.dumps(value, default=str))
    if error.stricter:
        return None
    if error.keyword in _BOUND_WORDS:
        return f"Input should be {_BOUND_WORDS[error.keyword]} {error.schema[error.keyword]}"
    return None


def _truss_template(error: SchemaError) -> str | None:
    """Truss's words the schema states for this failure: they mean Truss rejects the value, even
    under an `x-stricter` that covers other failures of the same key."""
    if error.reason is not None and error.keyword != "additionalProperties":
        return error.reason
    if error.keyword == "not":
        negated = error.schema.get("not")
        if isinstance(negated, dict) and negated.get("x-truss"):
            return negated["x-truss"]
    return error.schema.get("x-truss")


def _hint(error: SchemaError) -> str | None:
    """The schema's fix for this failure: the `x-hint` of the forbidden case, else of the key."""
    if error.keyword == "not":
        negated = error.schema.get("not")
        if isinstance(negated, dict) and negated.get("x-hint"):
            return negated["x-hint"]
    return error.schema.get("x-hint")


def _ignored_key_message(error: SchemaError, ctx: Context, key: str, suggestion: str | None) -> str:
    """An unknown key where Truss does not check keys: shipped, ignored, and what that costs."""
    message = f"unknown key `{key}` in {_where(error.path[:-1])}: {error.reason}: `{key}` is shipped and ignored"
    meant = suggested_key(key, error.alternatives)
    if meant is not None:
        parent = ctx.document.get(*error.path[:-1])
        if not (isinstance(parent, dict) and meant in parent):
            default = error.schema.get("properties", {}).get(meant, {}).get("default")
            shown = "" if isinstance(default, (dict, list)) else f" ({json.dumps(default)})"
            written = ctx.document.get(*error.path)
            if isinstance(written, (str, int, float)) and not isinstance(written, bool) and written != default:
                message += f", so `{meant}` keeps its default{shown}, not {json.dumps(written)}"
            else:
                message += f", so `{meant}` keeps its default{shown}"
    return message + " (the push and deploy go ahead without this setting)"


def _type_message(error: SchemaError, value: Any, source: str, where: str, definition: str | None,
                  truss: str | None, help: str | None) -> tuple[str, str | None, str]:
    kind = type_name(value)
    expected = lax_type(error)
    if error.stricter and lax_accepts(expected, value):
        return (f"{where}: {error.message} — Truss accepts it (pydantic reads it as {_TYPE_NOUNS[expected]}), "
                f"truss-lint is stricter: {error.stricter}", help, "value")
    if error.rule == COERCED_VALUE_RULE:
        shown = "null (an empty value)" if kind == "null" else f"{_article(_KIND_WORDS.get(kind, kind))} {_KIND_WORDS.get(kind, kind)}"
        return (f"{where}: {shown} — Truss does not reject "
                f"it: it turns it into the string {json.dumps(_python_text(value))}, the value the deployment's environment gets",
                help, "value")
    if definition in ("Cpu", "Memory") and kind in ("integer", "number", "boolean"):
        field = "cpu" if definition == "Cpu" else "memory"
        shown = source
        return (f"{where}: {field} must be a YAML string, but {shown} is {_article(kind)} {kind}: Truss rejects it "
                f"(\"Input should be a valid string\")", f'quote it: {field}: "{shown}"', "value")
    if definition == "PythonVersion" and kind in ("integer", "number"):
        hint = _python_version_hint(str(value))
        return (f"{where}: {error.message}: Truss rejects it", f"write `{hint}`" if hint else None, "value")
    message = f"{where}: {error.message}: Truss rejects it"
    truss = truss or _pydantic_type_words(expected, value)
    if truss:
        message += f" (\"{truss}\")"
    if kind == "boolean":
        message += " (YAML 1.1 reads yes/no/on/off/true/false as booleans)"
    if kind in ("integer", "number", "boolean") and "string" in str(error.schema.get("type")):
        return message, f'quote it: "{source}"', "value"
    return message, help, "value"


_KIND_WORDS = {"array": "list", "object": "mapping"}
_TYPE_NOUNS = {"integer": "an integer", "number": "a number", "boolean": "a boolean"}


def _pydantic_type_words(expected: str | None, value: Any) -> str | None:
    """The start of pydantic's message for a value it cannot turn into `expected` (a lax field
    goes on with the detail, ", unable to parse string as an integer"; a strict one stops there)."""
    return _PYDANTIC_TYPE_WORDS.get(expected) if expected is not None else None


_PYDANTIC_TYPE_WORDS = {"integer": "Input should be a valid integer", "number": "Input should be a valid number",
                        "boolean": "Input should be a valid boolean", "string": "Input should be a valid string",
                        "array": "Input should be a valid list"}


def _python_text(value: Any) -> str:
    """str() of the value as Truss holds it (PyYAML's types): what `TrussConfig.from_dict` makes of it."""
    return str(value)


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
            return (f"{where}: {json.dumps(value)} — Truss accepts it but, with more than one `:`, keeps only "
                    f"the GPU type and allocates 1 {name}", f"write `{name}:{parts[1]}` for {parts[1]} GPUs"
                    if parts[1].isdigit() and int(parts[1]) > 1 else f"write `{name}` or `{name}:N`", "value")
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


def pair_misspelt_required(errors: list[SchemaError]) -> list[SchemaError]:
    """One mistake, one error: an unknown key that is a missing required key misspelt (`repo_di`
    beside a missing `repo_id`) is reported once, as the missing key at the misspelt one, instead
    of an unknown key there and a missing key at its parent."""
    missing = {(error.path, error.extra_key): error for error in errors if error.keyword == "required"}
    if not missing:
        return errors
    merged = set()
    for error in errors:
        if error.keyword != "additionalProperties" or not isinstance(error.extra_key, str):
            continue
        parent = error.path[:-1]
        meant = suggested_key(error.extra_key, error.alternatives)
        required = missing.pop((parent, meant), None)
        if required is not None:
            required.path, required.misspelt = error.path, error.extra_key
            merged.add(id(error))
    return [error for error in errors if id(error) not in merged] if merged else errors


def _did_you_mean(key: str, allowed: list[str]) -> str | None:
    meant = suggested_key(key, allowed)
    return f"did you mean `{meant}`?" if meant is not None else None


def suggested_key(key: str, allowed: list[str]) -> str | None:
    """The key the author most likely meant: a known synonym, else the closest spelling."""
    if key in _KEY_SYNONYMS and (not allowed or _KEY_SYNONYMS[key] in allowed):
        return _KEY_SYNONYMS[key]
    import difflib  # only when a message suggests a spelling

    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    return close[0] if close else None


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

    if error.keyword == "required" and error.misspelt is not None:
        from .rules._misspelt import rename_fix

        return rename_fix(ctx, error.path, error.extra_key)
    if error.keyword == "additionalProperties" and not error.reason and isinstance(error.extra_key, str):
        meant = suggested_key(error.extra_key, error.alternatives)
        parent = ctx.document.get(*error.path[:-1])
        if meant is not None and error.extra_key not in _KEY_SYNONYMS and isinstance(parent, dict) \
                and meant not in parent and \
                [suggested_key(key, error.alternatives) for key in parent
                 if isinstance(key, str) and key not in error.alternatives].count(meant) == 1:
            # (two misspellings of one key: renaming both would write it twice)
            from .rules._misspelt import rename_fix

            return rename_fix(ctx, error.path, meant)
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
