"""The Baseten instance catalog: a data file shipped in the package, or the user's `--catalog`."""

from __future__ import annotations

import json

from ._struct import Struct

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

MINUTES_PER_MONTH = 30 * 24 * 60  # one always-on replica over a 30-day month


class CatalogError(Exception):
    """A catalog file that cannot be used (exit 2)."""


class Instance(Struct):
    """One Baseten SKU. A value."""

    __slots__ = ("name", "vcpu", "memory_gib", "gpu_type", "gpu_count", "vram_gib_per_gpu", "price_per_minute_usd",
                 "node_count", "availability", "aliases", "source", "_description")

    def __init__(self, name: str, vcpu: float, memory_gib: float, gpu_type: str | None, gpu_count: int,
                 vram_gib_per_gpu: float, price_per_minute_usd: float, node_count: int = 1,
                 availability: str = "public", aliases: tuple[str, ...] = (), source: str | None = None) -> None:
        self.name = name
        self.vcpu = vcpu
        self.memory_gib = memory_gib
        self.gpu_type = gpu_type
        self.gpu_count = gpu_count
        self.vram_gib_per_gpu = vram_gib_per_gpu
        self.price_per_minute_usd = price_per_minute_usd
        self.node_count = node_count
        self.availability = availability
        self.aliases = aliases
        self.source = source
        self._description: str | None = None

    @property
    def price_per_month_usd(self) -> float:
        return self.price_per_minute_usd * MINUTES_PER_MONTH

    @property
    def millicores(self) -> int:
        return int(round(self.vcpu * 1000))

    @property
    def memory_mib(self) -> int:
        return int(round(self.memory_gib * 1024))

    def __reduce_ex__(self, protocol: Any) -> Any:
        # A built-in SKU travels between processes as its place in the built-in catalog.
        if _builtin is not None:
            index = _builtin.index_of(self)
            if index is not None:
                return _builtin_instance, (index,)
        return super().__reduce_ex__(protocol)

    def describe(self) -> str:
        """`A10Gx8x32 (8 vCPU, 32 GiB RAM, 1× A10G 24 GiB VRAM) at $0.02424/min ≈ $1,047/month`."""
        if self._description is None:  # (a report names the same few SKUs on every line)
            self._description = self._describe()
        return self._description

    def _describe(self) -> str:
        hardware = f"{_number(self.vcpu)} vCPU, {_number(self.memory_gib)} GiB RAM"
        if self.gpu_type:
            hardware += f", {self.gpu_count}× {self.gpu_type} {_number(self.vram_gib_per_gpu)} GiB VRAM"
        if self.node_count != 1:
            hardware += f", {self.node_count} nodes"
        text = f"{self.name} ({hardware}) at {format_price(self)}"
        if self.availability != "public":
            text += f" [{self.availability.replace('_', ' ')}]"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "vcpu": self.vcpu,
            "memory_gib": self.memory_gib,
            "gpu_type": self.gpu_type,
            "gpu_count": self.gpu_count,
            "vram_gib_per_gpu": self.vram_gib_per_gpu,
            "price_per_minute_usd": self.price_per_minute_usd,
            "price_per_month_usd": round(self.price_per_month_usd, 2),
            "availability": self.availability,
        }


def format_price(instance: Instance) -> str:
    return f"${instance.price_per_minute_usd:.5f}/min ≈ {format_month(instance.price_per_month_usd)}/month"


def format_month(usd: float) -> str:
    return f"${usd:,.0f}"


def _number(value: float) -> str:
    return f"{value:g}"


class Catalog(Struct):
    __slots__ = ("as_of", "instances", "without_public_sku", "source", "_by_name", "_gpu_types", "_offers",
                 "_index")

    def __init__(self, as_of: str, instances: list[Instance], without_public_sku: dict[str, str] | None = None,
                 source: str = "built-in") -> None:
        self.as_of = as_of
        self.instances = instances
        # gpu_type -> note, for accelerators Truss accepts but no public SKU offers
        self.without_public_sku = {} if without_public_sku is None else without_public_sku
        self.source = source
        self._by_name: dict[str, Instance] = {}
        for instance in instances:
            for name in (instance.name, *instance.aliases):
                self._by_name.setdefault(name, instance)
        self._gpu_types = {i.gpu_type for i in instances if i.gpu_type}
        self._offers: dict[str | None, list[tuple[Instance, int, int, int, int]]] | None = None
        self._index: dict[int, int] | None = None

    def index_of(self, instance: Instance) -> int | None:
        """Where this very record (not an equal one) sits in `instances`."""
        if self._index is None:
            self._index = {id(i): n for n, i in enumerate(self.instances)}
        index = self._index.get(id(instance))
        return index if index is not None and self.instances[index] is instance else None

    def offers(self, gpu_type: str | None) -> list[tuple[Instance, int, int, int, int]]:
        """(instance, gpu_count, millicores, memory_mib, node_count) of the instances with
        `gpu_type` (None: CPU only), for the resolver's scan, which runs for every file."""
        if self._offers is None:
            self._offers = {}
            for i in self.instances:
                self._offers.setdefault(i.gpu_type, []).append(
                    (i, i.gpu_count, i.millicores, i.memory_mib, i.node_count))
        return self._offers.get(gpu_type, [])

    @property
    def gpu_types(self) -> set[str]:
        return self._gpu_types

    def by_name(self, name: str) -> Instance | None:
        return self._by_name.get(name.strip())

    def __reduce_ex__(self, protocol: Any) -> Any:
        # Worker processes get the built-in catalog by name, not as 45 records per task (~75 µs
        # to pickle, as much to unpickle); they load or inherit it themselves.
        if self is _builtin:
            return builtin_catalog, ()
        return super().__reduce_ex__(protocol)

    def names(self) -> list[str]:
        return list(self._by_name)


def parse_catalog(data: Any, source: str) -> Catalog:
    """A catalog from its parsed YAML, validated: a bad file raises `CatalogError` (exit 2)."""
    from .schema import Validator

    errors = Validator(_catalog_schema()).errors(data)
    if errors:
        first = errors[0]
        where = ".".join(str(p) for p in first.path) or "top level"
        raise CatalogError(f"{source}: invalid catalog at {where}: {first.message}")
    catalog = _build_catalog(data, source)
    names = [i.name for i in catalog.instances]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise CatalogError(f"{source}: invalid catalog: instance name(s) listed twice: {', '.join(duplicated)}")
    return catalog


def _build_catalog(data: Any, source: str) -> Catalog:
    instances = []
    for row in data["instances"]:
        row = dict(row)
        row.pop("notes", None)
        row["aliases"] = tuple(row.get("aliases", ()))
        instances.append(Instance(**row))
    notes = {row["gpu_type"]: row.get("notes", "") for row in data.get("accelerators_without_public_sku", [])}
    return Catalog(as_of=str(data["as_of"]), instances=instances, without_public_sku=notes, source=source)


def _catalog_schema() -> dict:
    from ._data import data_json

    return data_json("catalog.schema.json")


_builtin: Catalog | None = None


def builtin_catalog() -> Catalog:
    global _builtin
    if _builtin is None:
        from ._data import read_data

        # catalog.json is catalog.yaml compiled by scripts/compile_data.py: JSON reads ~50× faster.
        # Not validated here: the tests validate the shipped file (parse_catalog), and start-up counts.
        _builtin = _build_catalog(json.loads(read_data("catalog.json")), "built-in catalog")
    return _builtin


def _builtin_instance(index: int) -> Instance:
    return builtin_catalog().instances[index]


def load_catalog(path: str | Path | None) -> Catalog:
    if path is None:
        return builtin_catalog()
    from pathlib import Path  # only for a user's --catalog: the built-in one is read without them

    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogError(f"{path}: cannot read catalog: {getattr(error, 'strerror', None) or error}") from None
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise CatalogError(f"{path}{where}: catalog is not valid YAML/JSON: {problem}") from None
    return parse_catalog(data, str(path))
