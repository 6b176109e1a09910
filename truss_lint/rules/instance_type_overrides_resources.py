from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..resources import cpu_millicores, memory_mib, parse_accelerator
from . import Rule
from ._resource_helpers import instance_type_of, resources_of, shown

IGNORED_KEYS = ("cpu", "memory", "accelerator")


class InstanceTypeOverridesResources(Rule):
    """What it does: reports `cpu`, `memory` and `accelerator` written beside `instance_type`, one
    finding at each ignored key, saying whether the value agrees with the named instance.

    Why: when `instance_type` is set, Truss ignores cpu, memory, accelerator (and use_gpu) for
    choosing the instance; `truss push` only prints a yellow warning. Readers of the file, and
    anyone who later edits `cpu` expecting a bigger machine, are misled. Truss still validates
    and sends the ignored values, so an invalid one still fails the push.

    Example:
        resources:
          instance_type: L4:4x16
          memory: 64Gi     # ignored: L4:4x16 has 16 GiB

    Fix: delete the ignored keys, or delete `instance_type` and let the request choose.
    """

    code = "TC209"
    name = "instance-type-overrides-resources"
    severity = Severity.WARNING
    summary = "`instance_type` is set, so cpu/memory/accelerator are ignored"

    def check(self, ctx) -> Iterator[Diagnostic]:
        resources = resources_of(ctx)
        if resources is None:
            return
        instance_type = instance_type_of(resources)
        if instance_type is None:
            return
        instance = ctx.catalog.by_name(instance_type)
        for key in IGNORED_KEYS:
            if key not in resources or resources[key] is None:
                continue
            value = resources[key]
            note = _comparison(key, value, instance) if instance else ""
            decides = instance.describe() if instance else "which is not in the catalog (see unknown-instance-type)"
            yield self.diagnostic(
                ctx, ("resources", key),
                f"`{key}: {_shown(value)}` is ignored: `instance_type: {instance_type}` decides the instance, "
                f"{decides}{note}",
                at="key",
                help=f"delete `{key}`, or delete `instance_type` to let the request choose")


def _shown(value: object) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {v}" for k, v in value.items()) + "}"
    return shown(value)


def _comparison(key: str, value: object, instance) -> str:
    """`; it agrees with that instance` or what the instance has instead."""
    if key == "cpu" and isinstance(value, str):
        asked = cpu_millicores(value)
        if asked is not None and asked > instance.millicores:
            return f"; it has {instance.vcpu:g} vCPU, less than the {value} asked for"
    elif key == "memory" and isinstance(value, str):
        asked = memory_mib(value)
        if asked is not None and asked > instance.memory_mib:
            return f"; it has {instance.memory_gib:g} GiB RAM, less than the {value} asked for"
    elif key == "accelerator":
        try:
            accelerator = parse_accelerator(value)
        except ValueError:
            return ""
        if accelerator is None or accelerator.gpu_type is None:
            return ""
        if (accelerator.gpu_type, accelerator.count) != (instance.gpu_type, instance.gpu_count):
            has = f"{instance.gpu_count}× {instance.gpu_type}" if instance.gpu_type else "no GPU"
            return f"; it has {has}, not the {accelerator} asked for"
    else:
        return ""
    return f"; {instance.name} has enough for it, but nothing reads the value"
