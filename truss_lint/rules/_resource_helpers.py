"""Helpers the resource rules share: reading `resources` defensively, finding SKUs in a family,
what-if resolution, and money/ratio wording. Not a rule (no entry point)."""

from __future__ import annotations

from collections.abc import Iterable

from .._struct import replace
from ..catalog import Instance, format_month
from ..resolver import resolve
from ..resources import Request

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

    from ..catalog import Catalog
    from ..engine import Context


def resources_of(ctx: Context) -> dict | None:
    """The `resources` mapping ({} when absent), or None when the config or it is not a mapping."""
    config = ctx.config
    if not isinstance(config, dict):
        return None
    resources = config.get("resources", {})
    return resources if isinstance(resources, dict) else None


def instance_type_of(resources: dict) -> str | None:
    """The `instance_type` Truss acts on: a non-empty string (Truss treats "" as unset)."""
    value = resources.get("instance_type")
    return value if isinstance(value, str) and value else None


def gets_more_gpus_than_requested(ctx: Context) -> bool:
    """Whether a GPU request (not an `instance_type`) resolved to an instance with more GPUs."""
    resources, request, instance = resources_of(ctx), ctx.request, ctx.instance
    if resources is None or request is None or instance is None or instance_type_of(resources):
        return False
    return bool(request.gpu_type) and instance.gpu_count > request.gpu_count


def family(catalog: Catalog, gpu_type: str | None, node_count: int = 1,
           gpu_count: int | None = None) -> list[Instance]:
    """SKUs of one GPU type (None: CPU only) and node count, optionally with exactly `gpu_count`
    GPUs, cheapest first."""
    return sorted(
        (i for i in catalog.instances
         if i.gpu_type == gpu_type and i.node_count == node_count
         and (gpu_count is None or i.gpu_count == gpu_count)),
        key=lambda i: (i.price_per_minute_usd, i.vcpu, i.memory_gib, i.name),
    )


def largest(instances: Iterable[Instance]) -> Instance | None:
    """The roomiest SKU (most vCPU, then RAM); in the catalog it also has the most RAM."""
    return max(instances, key=lambda i: (i.vcpu, i.memory_gib, -i.price_per_minute_usd), default=None)


def largest_with_gpus(catalog: Catalog, gpu_type: str, gpu_count: int, node_count: int = 1) -> Instance | None:
    """The largest SKU of `gpu_type` with exactly `gpu_count` GPUs, or None if the catalog has none."""
    return largest(family(catalog, gpu_type, node_count, gpu_count))


def resolve_as(request: Request, catalog: Catalog, **changes: Any) -> Instance | None:
    """The instance a changed request would get (what-if), ignoring `instance_type`."""
    return resolve(replace(request, instance_type=None, **changes), catalog).instance


def per_month(instance: Instance) -> str:
    return f"{format_month(instance.price_per_month_usd)}/month"


def month_difference(more: Instance, less: Instance) -> str:
    return f"{format_month(more.price_per_month_usd - less.price_per_month_usd)}/month"


def price_ratio(more: Instance, less: Instance) -> str:
    """`2.8×`: how many times the price of `less` `more` costs."""
    return f"{more.price_per_minute_usd / less.price_per_minute_usd:.1f}×"


def gib(value: float) -> str:
    return f"{value:g} GiB"


def cpu_setting(vcpu: float) -> str:
    return f'`cpu: "{vcpu:g}"`'


def memory_setting(memory_gib: float) -> str:
    return f"`memory: {memory_gib:g}Gi`"


def shown(value: Any) -> str:
    """A config value as the user wrote it, for messages: `cpu: "5"` shows as `"5"`."""
    return f'"{value}"' if isinstance(value, str) and value.replace(".", "", 1).isdigit() else str(value)
