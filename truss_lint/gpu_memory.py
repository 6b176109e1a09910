"""Does a model fit the GPUs of an instance, with room to serve? The overhead model.

Grounded in ../shared/reference/vram-calibration.md (measured on an H200, 2026-11-28):

- Usable VRAM per GPU is the memory the driver reports (PyTorch's total), less the CUDA context
  (0.61 GiB per GPU, measured). Where that figure was not measured we take a commonly reported
  one (below, with its source) or else the catalog's nominal `vram_gib_per_gpu`.
- Weights take exactly parameters × bytes per parameter (see `model_size`).
- The KV cache of a batch is `2 · layers · kv_heads · head_dim · bytes · batch · tokens` (exact),
  and the peak above the weights during a prefill is about 1.8–1.9× the KV cache it leaves.
- Serving engines (vLLM, SGLang, TensorRT-LLM) fill the free VRAM with KV cache, so the question
  is whether weights leave room for it; as a rule of thumb weights that leave less than ~10% of
  usable VRAM cannot serve traffic. Llama-3.1-70B bf16 on one H200 loads (131.4 of 139.8 GiB)
  and runs a 1×2048-token prefill, but a prefill of 8×2048 tokens runs out of memory.

A model *exceeds* an instance when its weights are more than the usable VRAM of all its GPUs
together (split with tensor parallelism); it is *tight* when the room left is below
`HEADROOM_FRACTION` of usable VRAM or, for a model of known shape, below the prefill peak of
`SERVING_BATCH × SERVING_TOKENS` tokens.
"""

from __future__ import annotations

from ._struct import Struct
from .model_size import GIB, ModelSize, estimate_model_size

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from .catalog import Catalog, Instance
    from .engine import Context

# --- The overhead model: every threshold the memory rules use -----------------------------------
CUDA_CONTEXT_GIB = 0.61  # per GPU, before any tensor exists (measured on an H200)
HEADROOM_FRACTION = 0.10  # rule of thumb: less free VRAM than this cannot serve traffic
SERVING_BATCH = 8  # the batch × context the tight check sizes the KV cache for: the calibration's
SERVING_TOKENS = 2048  # 8 × 2048-token prefill, where Llama-3.1-70B on one H200 runs out of memory
PREFILL_PEAK_OVER_KV = 1.9  # peak above the weights during a prefill ÷ the KV cache (measured 1.8–1.9)
HOST_RAM_MARGIN = 1.2  # RAM to ask for when suggesting a host that can hold the weights
# What the driver reports per GPU (PyTorch's total_memory, GiB) where we know it; else the catalog.
REPORTED_VRAM_GIB = {
    "H200": (139.80, "measured, vram-calibration.md"),
    "H100": (79.11, "CUDA OOM report on an H100 80GB, github.com/vllm-project/vllm/issues/27508"),
    "A100": (79.15, "CUDA OOM report on an A100 80GB, github.com/vllm-project/vllm/issues/4408"),
    "A10G": (21.99, "CUDA OOM report on an A10 24GB (same board), github.com/zai-org/CogVLM/issues/236"),
    "T4": (14.75, "CUDA OOM report on a T4 16GB, github.com/hpcaitech/Open-Sora/issues/697"),
}
# -------------------------------------------------------------------------------------------------
NOMINAL = "the catalog's nominal figure"


def reported_vram_gib(instance: Instance) -> tuple[float, str]:
    """VRAM per GPU as the driver reports it, and where the figure comes from."""
    if instance.gpu_type in REPORTED_VRAM_GIB:
        return REPORTED_VRAM_GIB[instance.gpu_type]
    return instance.vram_gib_per_gpu, NOMINAL


class Fit(Struct):
    """How a model's weights sit in an instance's GPU memory."""

    __slots__ = ("instance", "weights_gib", "reported_gib_per_gpu", "reported_source", "kv_cache_gib")

    def __init__(self, instance: Instance, weights_gib: float, reported_gib_per_gpu: float, reported_source: str,
                 kv_cache_gib: float | None) -> None:
        self.instance = instance
        self.weights_gib = weights_gib
        self.reported_gib_per_gpu = reported_gib_per_gpu
        self.reported_source = reported_source
        # For SERVING_BATCH × SERVING_TOKENS tokens, when the shape is known.
        self.kv_cache_gib = kv_cache_gib

    @property
    def gpus(self) -> int:
        return self.instance.gpu_count * self.instance.node_count

    @property
    def usable_gib(self) -> float:
        return self.gpus * (self.reported_gib_per_gpu - CUDA_CONTEXT_GIB)

    @property
    def headroom_gib(self) -> float:
        return self.usable_gib - self.weights_gib

    @property
    def headroom_fraction(self) -> float:
        return self.headroom_gib / self.usable_gib if self.usable_gib > 0 else 0.0

    @property
    def prefill_peak_gib(self) -> float | None:
        return None if self.kv_cache_gib is None else self.kv_cache_gib * PREFILL_PEAK_OVER_KV

    @property
    def needed_headroom_gib(self) -> float:
        return max(HEADROOM_FRACTION * self.usable_gib, self.prefill_peak_gib or 0.0)

    @property
    def exceeds(self) -> bool:
        return self.headroom_gib < 0

    @property
    def tight(self) -> bool:
        return not self.exceeds and self.headroom_gib < self.needed_headroom_gib

    @property
    def serves(self) -> bool:
        return not self.exceeds and not self.tight

    def usable_explained(self) -> str:
        """`139.2 GiB usable (139.8 GiB reported less 0.61 GiB CUDA context)`, per GPU when several."""
        nominal = " nominal" if self.reported_source == NOMINAL else ""
        per_gpu = f"{self.reported_gib_per_gpu:g} GiB{nominal} less {CUDA_CONTEXT_GIB:g} GiB CUDA context"
        if self.gpus == 1:
            return f"{self.usable_gib:.1f} GiB usable ({per_gpu})"
        return f"{self.usable_gib:.1f} GiB usable on {self.gpus} GPUs ({per_gpu}, each)"

    def serving_need_explained(self) -> str:
        """What the room left falls short of, in the overhead model's terms."""
        ten_percent = HEADROOM_FRACTION * self.usable_gib
        unmet = []
        if self.headroom_gib < ten_percent:
            unmet.append(f"the ~{HEADROOM_FRACTION:.0%} of usable VRAM serving needs ({ten_percent:.1f} GiB)")
        if self.prefill_peak_gib is not None and self.headroom_gib < self.prefill_peak_gib:
            unmet.append(f"the ≈{self.prefill_peak_gib:.1f} GiB peak of a prefill of "
                         f"{SERVING_BATCH} × {SERVING_TOKENS} "
                         f"tokens (KV cache {self.kv_cache_gib:.2f} GiB × {PREFILL_PEAK_OVER_KV:g})")
        return " and ".join(unmet)


def fit(instance: Instance | None, size: ModelSize) -> Fit | None:
    """The fit of `size` on a GPU instance; None for a CPU-only instance or nothing sized."""
    if instance is None or not instance.gpu_type or instance.gpu_count < 1 or not size.parts:
        return None
    reported, source = reported_vram_gib(instance)
    shape = size.shape
    kv = None
    if shape is not None:
        kv = shape.kv_cache_bytes(SERVING_BATCH * SERVING_TOKENS, size.kv_bytes_per_value) / GIB
    return Fit(instance, size.gib, reported, source, kv)


def cheapest_serving(catalog: Catalog, size: ModelSize, gpu_type: str | None = None) -> Instance | None:
    """The cheapest single-node GPU instance (of `gpu_type`, if given) whose GPUs hold the weights
    with room to serve and whose host RAM holds them too."""
    from .resolver import _price_order

    fitting = []
    for instance in catalog.instances:
        if not instance.gpu_type or instance.node_count != 1:
            continue
        if gpu_type and instance.gpu_type != gpu_type:
            continue
        candidate = fit(instance, size)
        if candidate and candidate.serves and instance.memory_gib >= size.gib:
            fitting.append(instance)
    return min(fitting, key=_price_order, default=None)


def accelerator_spelling(instance: Instance) -> str:
    return instance.gpu_type if instance.gpu_count == 1 else f"{instance.gpu_type}:{instance.gpu_count}"


class MemoryCheck(Struct):
    __slots__ = ("size", "fit")

    def __init__(self, size: ModelSize, fit: Fit | None) -> None:
        self.size = size
        self.fit = fit


def memory_check(ctx: Context) -> MemoryCheck:
    """The model size and fit of one lint run, computed once for the three memory rules."""
    def compute() -> MemoryCheck:
        size = estimate_model_size(ctx.config, ctx.path, ctx.stat_cache)
        return MemoryCheck(size, fit(ctx.instance, size))

    return ctx.memo("memory_check", compute)


def resources_key_path(ctx: Context, *preferred: str) -> tuple:
    """Where a memory finding points: the first `resources` key present, else `resources`, else
    the weights reference."""
    resources = ctx.config.get("resources") if isinstance(ctx.config, dict) else None
    if isinstance(resources, dict):
        for key in preferred:
            if key in resources:
                return ("resources", key)
        return ("resources",)
    return memory_check(ctx).size.key_path
