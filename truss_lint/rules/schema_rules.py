"""Schema failures as rules: selectable, suppressible and severity-overridable like any other."""

from __future__ import annotations

from ..diagnostics import Severity
from . import SchemaRule


class UnknownKey(SchemaRule):
    """What it does: reports keys Truss does not know, with the closest known name.

    Why: Truss loads unknown keys without a word, then `truss push` rejects them with
    "Extra fields not allowed" — after login, upload and a wait. A misspelt key also means the
    setting you meant is silently at its default (a `resouces:` block gets the 1x2 instance).

    Example:
        resources:
          gpu: A10G        # Truss has no `gpu`; did you mean `accelerator`?

    Fix: use the suggested name, or delete the key.
    """

    code = "TC101"
    name = "unknown-key"
    severity = Severity.ERROR
    summary = "A key Truss does not know; `truss push` rejects it"
    # The schema's root carries `x-rule: unknown-key`, which every nested failure inherits;
    # only unknown-key failures are this rule's, the rest go to the rule for their keyword.
    schema_keywords = frozenset({"additionalProperties", "propertyNames"})


class InvalidType(SchemaRule):
    """What it does: reports values of the wrong type, as Truss reads them (YAML 1.1).

    Why: Truss rejects them at load or push. The common trap: `cpu: 4` and `memory: 1073741824`
    are YAML numbers, and Truss requires strings; `yes`/`on` are booleans in YAML 1.1.

    Example:
        resources:
          cpu: 4           # a number: Truss says "Input should be a valid string"

    Fix: quote it: `cpu: "4"`.
    """

    code = "TC102"
    name = "invalid-type"
    severity = Severity.ERROR
    fixable = True  # some of its findings: see truss_lint.schema_messages.schema_fix
    summary = "A value has the wrong type for Truss (e.g. an unquoted number for cpu)"


class InvalidValue(SchemaRule):
    """What it does: reports values Truss rejects (or, where stated, that the server cannot
    use): unknown accelerators, malformed cpu and memory quantities, bad python_version, and
    every other value the strict schema refuses.

    Why: each of these fails `truss push`, or deploys something other than what you meant.

    Example:
        resources:
          accelerator: a10g   # names are case-sensitive: A10G
          memory: 16GB        # not a unit Truss knows: 16Gi

    Fix: use the value in the hint.
    """

    code = "TC103"
    name = "invalid-value"
    severity = Severity.ERROR
    fixable = True  # some of its findings: see truss_lint.schema_messages.schema_fix
    summary = "A value Truss rejects (accelerator name, cpu/memory format, python_version, ...)"


class MissingKey(SchemaRule):
    """What it does: reports a required key that is missing, such as `use_volume` in a
    `model_cache` entry.

    Why: Truss refuses to load the config ("Field required").

    Example:
        model_cache:
          - repo_id: meta-llama/Llama-3.1-8B-Instruct   # use_volume is required

    Fix: add the key.
    """

    code = "TC104"
    name = "missing-key"
    severity = Severity.ERROR
    summary = "A key Truss requires is missing"


class IgnoredKey(SchemaRule):
    """What it does: reports a key Truss does not know in a section whose keys Truss never
    checks (today: anything inside `trt_llm.build`), with the closest known name.

    Why: Truss keeps such a key and `truss push` does not reject it (its extra-key check does not
    reach inside `trt_llm.build`), so the deploy goes ahead and the setting is silently not
    applied: `quantization: fp8` builds an engine without fp8. A warning, not an error: Truss's
    own checks pass, and what happens next depends on things truss-lint cannot see: the push
    also sends the config to Baseten's backend for validation, and the engine builder runs its
    own Truss version, which may know a key 0.18.36 does not.

    Example:
        trt_llm:
          build:
            quantization: fp8   # shipped and ignored: did you mean `quantization_type`?

    Fix: use the suggested name, or delete the key.
    """

    code = "TC105"
    name = "ignored-key"
    severity = Severity.WARNING
    summary = "A key Truss does not know where Truss does not check keys: shipped and ignored"
    schema_keywords = frozenset({"additionalProperties"})


class CoercedValue(SchemaRule):
    """What it does: reports a value Truss accepts only by converting it: a list under
    `environment_variables`, which becomes its Python text, or a value pydantic's lax mode reads
    as another type (`predict_concurrency: true` is 1, `use_volume: 0` is false, "1_000" is 1000).

    Why: Truss does not reject it, but what runs is the converted value: the model sees the
    string "['a', 'b']", not a list. A warning: the deploy works; whether the converted value is
    what you meant only you can tell.

    Example:
        environment_variables:
          ALLOWED_HOSTS: [a.example.com, b.example.com]   # the string "['a.example.com', ...]"

    Fix: write the string you mean: `ALLOWED_HOSTS: "a.example.com,b.example.com"`.
    """

    code = "TC106"
    name = "coerced-value"
    severity = Severity.WARNING
    summary = "A value Truss accepts only by converting it (a list in environment_variables becomes its Python text; true as 1)"
