"""Predict the instance Baseten gives a request (truss-semantics.md §7).

The cheapest instance with the same GPU type (none for a CPU-only request), at least the GPU
count, vCPU and RAM asked for, and exactly the node count. Ties go to the smaller machine,
then the name, so the answer never depends on catalog order. With `instance_type` set, the
named SKU is used and cpu/memory/accelerator are ignored, as Truss does.
"""

from __future__ import annotations

from ._struct import Struct
from .catalog import Catalog, Instance
from .resources import Request, format_cpu, format_mib


class Resolution(Struct):
    """Treat as a value: never changed after it is made."""

    __slots__ = ("instance", "reason", "constraint", "no_public_sku")

    def __init__(self, instance: Instance | None, reason: str | None = None, constraint: str | None = None,
                 no_public_sku: bool = False) -> None:
        self.instance = instance
        # Why nothing matched, in one sentence naming the constraint (None when an instance matched).
        self.reason = reason
        # The `resources` key nothing can meet: accelerator, cpu, memory, node_count or instance_type.
        self.constraint = constraint
        # True when the accelerator has no public SKU at all (an org may still have a private listing).
        self.no_public_sku = no_public_sku


def candidates(request: Request, catalog: Catalog) -> list[Instance]:
    """Every instance that satisfies the request, cheapest first."""
    gpu_count, millicores, memory_mib, node_count = (
        request.gpu_count, request.millicores, request.memory_mib, request.node_count)
    matching = [
        instance for instance, count, cores, mib, nodes in catalog.offers(request.gpu_type)
        if count >= gpu_count and cores >= millicores and mib >= memory_mib and nodes == node_count
    ]
    return sorted(matching, key=_price_order)


def _price_order(instance: Instance) -> tuple:
    return (instance.price_per_minute_usd, instance.gpu_count, instance.vcpu, instance.memory_gib, instance.name)


def resolve(request: Request, catalog: Catalog) -> Resolution:
    if request.instance_type:
        instance = catalog.by_name(request.instance_type)
        if instance is None:
            return Resolution(None, f"no instance named `{request.instance_type}` in the catalog "
                                    f"(as of {catalog.as_of})", "instance_type")
        return Resolution(instance)
    matching = candidates(request, catalog)
    if matching:
        return Resolution(matching[0])
    return _no_match(request, catalog)


def _no_match(request: Request, catalog: Catalog) -> Resolution:
    gpu = request.gpu_type
    if request.accelerator and gpu is None:
        return Resolution(None, "the accelerator mapping has `count: 0`: Truss then sends use_gpu true with no "
                                "GPU type, which no instance matches", "accelerator")
    family = [i for i in catalog.instances if i.gpu_type == gpu]
    what = f"{gpu} instance" if gpu else "instance without a GPU"
    if gpu and not family:
        note = "no public SKU offers it"
        if gpu in catalog.without_public_sku:
            note = f"Truss accepts `{gpu}` but the public catalog (as of {catalog.as_of}) has no SKU for it"
        return Resolution(None, f"{note}; the push fails unless your org has a private listing for {gpu}",
                          "accelerator", no_public_sku=True)
    same_nodes = [i for i in family if i.node_count == request.node_count]
    if not same_nodes:
        return Resolution(None, f"no {what} with node_count {request.node_count} in the catalog "
                                f"(multi-node SKUs are not publicly listed)", "node_count")
    if gpu:
        enough_gpus = [i for i in same_nodes if i.gpu_count >= request.gpu_count]
        if not enough_gpus:
            most = max(i.gpu_count for i in same_nodes)
            return Resolution(None, f"no {gpu} instance has {request.gpu_count} GPUs; the largest has {most}",
                              "accelerator")
        same_nodes = enough_gpus
    largest_cpu = max(same_nodes, key=lambda i: (i.vcpu, i.memory_gib))
    largest_ram = max(same_nodes, key=lambda i: (i.memory_gib, i.vcpu))
    too_many_cores = all(i.millicores < request.millicores for i in same_nodes)
    too_much_ram = all(i.memory_mib < request.memory_mib for i in same_nodes)
    cpu, ram = format_cpu(request.millicores), format_mib(request.memory_mib)
    constraint = "cpu" if too_many_cores else "memory"
    if too_many_cores and too_much_ram:
        reason = f"no {what} has {cpu} vCPU or {ram} RAM; the largest is {largest_cpu.name}"
    elif too_many_cores:
        reason = f"no {what} has {cpu} vCPU; the largest is {largest_cpu.name} ({largest_cpu.vcpu:g} vCPU)"
    elif too_much_ram:
        reason = f"no {what} has {ram} RAM; the largest is {largest_ram.name} ({largest_ram.memory_gib:g} GiB)"
    else:
        reason = (f"no {what} has both {cpu} vCPU and {ram} RAM; the closest are {largest_cpu.name} "
                  f"and {largest_ram.name}")
    return Resolution(None, reason, constraint)
