from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..model_size import ModelSize

START = ("docker_server", "start_command")


class ContextExceedsVram(Rule):
    """What it does: sizes the KV cache of one full-length sequence, `2 · layers · kv_heads ·
    head_dim · bytes · tokens` (bf16 2 bytes, fp8 1: `--kv-cache-dtype fp8`, TRT `fp8_kv`), for
    the context a server is started with (vLLM `--max-model-len`, SGLang `--context-length`,
    TRT-LLM `max_seq_len`), and compares it with what the weights leave of the memory the engine
    may use on the instance the config gets: the memory fraction (vLLM `--gpu-memory-utilization`,
    default 0.9; SGLang `--mem-fraction-static`, all of it when not given; TRT-LLM
    `runtime.kv_cache_free_gpu_mem_fraction` of what the engine leaves free, default 0.9) × the
    VRAM of the GPUs the model is sharded over (tensor × pipeline parallel) − the weights. It also
    reports those fractions outside the range each engine accepts.

    Why: vLLM refuses to start when the KV cache cannot hold one sequence of `max_model_len`
    ("ValueError: To serve at least one request with the model's max seq len (N), (X GiB KV cache
    is needed, which is larger than the available KV cache memory (Y GiB)": vllm
    `kv_cache_utils.py`, github.com/vllm-project/vllm/pull/2163): an error. SGLang starts and
    lowers the longest request it accepts to its KV pool ("Input length (N tokens) exceeds the
    maximum allowed length (M tokens)", github.com/sgl-project/sglang/issues/4048 and pull/30326),
    and TensorRT-LLM starts and lowers the attention window to what the KV cache holds unless
    `fail_fast_on_attention_window_too_large` is set (github.com/NVIDIA/TensorRT-LLM/pull/5974):
    warnings, since the advertised context silently is not served. A KV cache that holds one
    full sequence but not `max_batch_size` × `max_seq_len` is not reported: the KV cache is
    paged, so `max_batch_size` is a cap that short requests reach and long ones do not, and
    Baseten's own TRT-LLM templates are sized that way (12 of the corpus's configs and chain
    examples: Qwen3-32B on one H100 holds 4 sequences of 40,960 tokens with `max_batch_size: 64`). vLLM checks
    `gpu_memory_utilization` in (0, 1] and TensorRT-LLM `0 < kv_cache_free_gpu_mem_fraction < 1`
    (`TLLM_CHECK` in `KvCacheConfig`) and refuse to start otherwise (Truss 0.18.36 takes any
    float); SGLang's `--mem-fraction-static` outside (0, 1] leaves no KV pool or asks for more
    memory than the GPU has. Flags and facts: data/servers.yaml.

    The estimate is generous, so an error is sure: weights exactly parameters × bytes, no CUDA
    context, no activations or CUDA graphs, the driver's full VRAM. The rule is silent when the
    model cannot be sized or its KV shape is not in data/model_sizes.yaml: hybrid and
    linear-attention models (Qwen3-Next, Qwen3.5, Nemotron-H), latent attention (DeepSeek),
    sliding-window models (Gemma 2/3, gpt-oss; Mistral 7B v0.1 beyond its 4096-token window),
    whose KV cache does not grow as the formula says; and when a size is computed at run time.

    Corpus: none of ../shared/corpus's configs is reported, because every long context there fits:
    Qwen3.5-35B-A3B at 262,144 tokens on H100:4 needs at most ≈20 GiB of KV cache (even if all 40
    layers held one) of the ≈235 GiB that 0.95 × 4 H100s leave after ≈65 GiB of weights; the
    Qwen3-Next-80B-A3B SGLang configs at 262,144 on H100:2 ≈6 GiB (12 full-attention layers) of
    ≈52 GiB; Mistral-7B at 16,384 on an H100 40 GB MIG 2 GiB of ≈22.5 GiB; the TRT-LLM engines all
    hold one full sequence. The first two are silent anyway (hybrid attention, no shape).

    Example:
        resources:
          accelerator: H100
        docker_server:
          # one sequence of 131072 tokens: 40 GiB of KV cache; 0.9 × 79.1 GiB − 65.7 GiB of fp8
          # weights leaves 5.5 GiB, so vLLM refuses to start
          start_command: vllm serve RedHatAI/Meta-Llama-3.1-70B-Instruct-FP8 --max-model-len 131072

    Fix: lower the context (the message gives the longest that fits), store the KV cache in fp8
    (`--kv-cache-dtype fp8`, TRT `quantization_type: fp8_kv`), raise the memory fraction, or ask
    for more or larger GPUs and shard the model over them.
    """

    code = "TC620"
    name = "context-exceeds-vram"
    reads_keys = frozenset({"docker_server", "trt_llm"})
    severity = Severity.ERROR
    summary = "The KV cache of the configured context does not fit what the weights leave of the GPUs"

    def check(self, ctx) -> Iterator[Diagnostic]:
        from ._trt_llm import trt_llm

        if trt_llm(ctx) is not None:
            yield from self._trt_llm(ctx)
        if isinstance(ctx.config.get("docker_server"), dict):
            yield from self._server(ctx)

    # --- docker_server: vLLM, SGLang ---------------------------------------------------------

    def _server(self, ctx) -> Iterator[Diagnostic]:
        from ..servers import flag_location, identified_server

        server = identified_server(ctx)
        memory = server.facts.get("memory") if server is not None else None
        if not memory:
            return
        label = server.label
        fraction = memory.get("fraction_default")
        found = server.flag("memory_fraction")
        if found is not None:
            spelling, value = found
            fraction = _number(value)
            if fraction is None:
                return  # computed at run time, or not a number: the server's own check
            if not _in_range(fraction, memory["fraction_range"]):
                span, _ = flag_location(ctx, server, spelling, value)
                refuses = label == "vLLM"
                consequence = (f"{label} refuses to start (it takes {_range_text(memory['fraction_range'])})"
                               if refuses else
                               f"it is the share {memory['fraction_of']}: {_fraction_problem(fraction)}")
                diagnostic = self.diagnostic(
                    ctx, START,
                    f"`{spelling} {value}` is outside {_range_text(memory['fraction_range'])}: {consequence}",
                    help=f"set {spelling} above 0 and at most 1, e.g. `{spelling} 0.9`",
                    severity=Severity.ERROR if refuses else Severity.WARNING)
                diagnostic.span = span
                yield diagnostic
                return
        found = server.flag("max_model_len")
        if found is None:
            return
        spelling, value = found
        context = _integer(value)
        if context is None or context < 1:
            return
        shards = _shards(server, ctx)
        if shards is None:
            return
        size = _served_model(ctx, server)
        if size is None:
            return
        kv_bytes = 2
        dtype = server.flag("kv_cache_dtype")
        if dtype is not None and dtype[1] in memory.get("fp8_kv_cache_dtypes", ()):
            kv_bytes = 1
        budget = _Budget.of(ctx, size, shards, fraction if fraction is not None else 1.0, of_free=False,
                            kv_bytes=kv_bytes)
        if budget is None or not budget.too_short(context):
            return
        refuses = memory.get("too_long_context") == "refuses"
        fraction_text = (f"{fraction:g} × " if fraction is not None else "all of ")
        what = (f"{label} refuses to start (\"To serve at least one request with the model's max seq len ...\")"
                if refuses else
                f"{label} starts but accepts no request longer than its KV pool (≈{budget.tokens:,} tokens)")
        message = (
            f"`{spelling} {value}`: one sequence of {context:,} tokens needs {budget.need_text(context)} of KV "
            f"cache, but {fraction_text}{budget.vram_text()} less {budget.weights_text()} leaves "
            f"{budget.left_gib:.1f} GiB on {ctx.instance.name}: {what}")
        span, _ = flag_location(ctx, server, spelling, value)
        diagnostic = self.diagnostic(ctx, START, message, help=budget.help(spelling, dtype_flag=kv_bytes == 2),
                                     severity=Severity.ERROR if refuses else Severity.WARNING)
        diagnostic.span = span
        yield diagnostic

    # --- trt_llm -------------------------------------------------------------------------------

    def _trt_llm(self, ctx) -> Iterator[Diagnostic]:
        from ..servers import servers_data
        from ._trt_llm import ENCODERS, as_int, base_model, build, mapping, stack, trt_llm

        section = trt_llm(ctx)
        version = stack(section)
        build_section = build(ctx)
        if version is None or build_section is None or base_model(build_section) in ENCODERS:
            return
        memory = servers_data()["trt_llm"]["memory"]
        runtime = mapping(section, "runtime")
        fraction = memory["fraction_default"]
        if version == "v1" and runtime.get("kv_cache_free_gpu_mem_fraction") is not None:
            written = runtime["kv_cache_free_gpu_mem_fraction"]
            fraction = _number(written)
            if fraction is None:
                return  # not a number: the schema rules report it
            if not _in_range(fraction, memory["fraction_range"]):
                yield self.diagnostic(
                    ctx, ("trt_llm", "runtime", "kv_cache_free_gpu_mem_fraction"),
                    f"`kv_cache_free_gpu_mem_fraction: {written}` is outside "
                    f"{_range_text(memory['fraction_range'])}: TensorRT-LLM checks it when the engine starts "
                    f"(`TLLM_CHECK` in KvCacheConfig) and fails, so the deployment never becomes ready; "
                    f"Truss 0.18.36 accepts any number here",
                    help="set it below 1 (Truss's default is 0.9), e.g. `kv_cache_free_gpu_mem_fraction: 0.9`")
                return
        if version == "v1":
            where, parallel = build_section, build_section
            tp = as_int(parallel.get("tensor_parallel_count", 1))
            pp = as_int(parallel.get("pipeline_parallel_count", 1))
            path = ("trt_llm", "build")
        else:
            where = runtime
            tp, pp = as_int(runtime.get("tensor_parallel_size", 1)), 1
            path = ("trt_llm", "runtime")
        context = as_int(where.get("max_seq_len"))
        if context is None or context < 1 or tp is None or pp is None or tp < 1 or pp < 1:
            return
        instance = ctx.instance
        if instance is None or not instance.gpu_type or tp * pp > instance.gpu_count * instance.node_count:
            return  # no GPU, or more shards than GPUs: tensor-parallel-mismatch's finding
        from ..gpu_memory import memory_check

        size = memory_check(ctx).size
        budget = _Budget.of(ctx, size, tp * pp, fraction, of_free=True, kv_bytes=size.kv_bytes_per_value)
        if budget is None:
            return
        fraction_text = f"{fraction:g} × ({budget.vram_text()} less {budget.weights_text()})"
        if budget.too_short(context):
            yield self.diagnostic(
                ctx, (*path, "max_seq_len"),
                f"`max_seq_len: {context}`: one sequence needs {budget.need_text(context)} of KV cache, but "
                f"{fraction_text} leaves {budget.left_gib:.1f} GiB on {instance.name}: TensorRT-LLM starts and "
                f"lowers the attention window to ≈{budget.tokens:,} tokens, so a longer request attends only "
                f"to its last ≈{budget.tokens:,} tokens",
                help=budget.help("max_seq_len", dtype_flag=budget.kv_bytes == 2, trt=True),
                severity=Severity.WARNING)


class _Budget:
    """The KV cache one engine may hold: `fraction × VRAM − weights` (vLLM, SGLang) or
    `fraction × (VRAM − weights)` (TensorRT-LLM), on the GPUs it shards over, generously: the
    driver's full VRAM, no CUDA context, no activations."""

    def __init__(self, ctx, size: ModelSize, gpus: int, fraction: float, of_free: bool, kv_bytes: float,
                 per_gpu: float, source: str) -> None:
        from ..model_size import GIB

        self.ctx, self.size, self.gpus, self.fraction, self.kv_bytes = ctx, size, gpus, fraction, kv_bytes
        self.per_gpu, self.source = per_gpu, source
        vram = gpus * per_gpu
        self.left_gib = fraction * (vram - size.gib) if of_free else fraction * vram - size.gib
        self.per_token = size.shape.kv_cache_bytes(1, kv_bytes)
        self.tokens = max(int(self.left_gib * GIB // self.per_token), 0)

    @classmethod
    def of(cls, ctx, size: ModelSize, gpus: int, fraction: float, of_free: bool, kv_bytes: float):
        from ..gpu_memory import CUDA_CONTEXT_GIB, reported_vram_gib

        instance = ctx.instance
        if instance is None or not instance.gpu_type or not size.parts or size.shape is None:
            return None
        if _windowed(size):
            return None
        per_gpu, source = reported_vram_gib(instance)
        if size.gib > gpus * (per_gpu - CUDA_CONTEXT_GIB):
            return None  # the weights alone do not fit these GPUs: model-exceeds-vram's finding
        return cls(ctx, size, gpus, fraction, of_free, kv_bytes, per_gpu, source)

    def too_short(self, tokens: int) -> bool:
        return self.per_token * tokens > max(self.left_gib, 0) * 2**30

    def need_text(self, tokens: int) -> str:
        from ..model_size import GIB

        shape = self.size.shape
        unit = "byte" if self.kv_bytes == 1 else "bytes"
        dtype = "fp8" if self.kv_bytes == 1 else "bf16"
        return (f"{self.per_token * tokens / GIB:.1f} GiB (2 × {shape.layers} layers × {shape.kv_heads} KV heads × "
                f"{shape.head_dim} × {self.kv_bytes:g} {unit} {dtype} = {self.per_token / 1024:g} KiB a token)")

    def vram_text(self) -> str:
        gpu = self.ctx.instance.gpu_type
        nominal = ", nominal" if "nominal" in self.source else ""
        if self.gpus == 1:
            return f"the {self.per_gpu:g} GiB of one {gpu}{nominal}"
        return f"the {self.gpus * self.per_gpu:.1f} GiB of {self.gpus} {gpu}s ({self.per_gpu:g} GiB each{nominal})"

    def weights_text(self) -> str:
        return f"the weights, {self.size.describe()}"

    def help(self, flag: str, dtype_flag: bool, trt: bool = False) -> str:
        fits = (self.tokens // 1024) * 1024
        parts = []
        if fits >= 1024:
            setting = f"`{flag}: {fits}`" if trt else f"`{flag} {fits}`"
            parts.append(f"at most {setting} fits (before activations)")
        if dtype_flag:
            parts.append("`quantization_type: fp8_kv` halves the KV cache" if trt
                         else "`--kv-cache-dtype fp8` halves the KV cache")
        parts.append("or ask for more or larger GPUs and shard the model over them")
        return "; ".join(parts)


def _windowed(size: ModelSize) -> bool:
    """The main model is a table family with a sliding window (its KV cache stops growing)."""
    from ..model_size import METHOD_TABLE, repo_name, size_table

    main = max(size.parts, key=lambda p: p.bytes)
    if main.method != METHOD_TABLE:
        return False
    family = size_table().family(repo_name(main.label))
    return family is not None and family.sliding_window is not None


def _served_model(ctx, server) -> ModelSize | None:
    """The weights the server loads: the repository it names when that is a Hugging Face id, else
    what the config downloads (`model_cache`, `weights`) when it names a local path."""
    from ..gpu_memory import memory_check
    from ..model_size import ModelSize, Reference, size_reference

    names = server.values("model") or (server.positionals[:1] if server.facts.get("model_positional") else [])
    name = names[-1] if names else None
    if name is not None and ("$" in name or "\x00" in name):
        return None  # known only at run time
    if name is not None and not name.startswith(("/", ".", "~")) and name.count("/") == 1:
        estimate = size_reference(Reference(name, START))
        return ModelSize([estimate]) if estimate is not None else None
    size = memory_check(ctx).size
    return size if size.parts else None


def _shards(server, ctx) -> int | None:
    """GPUs the model is sharded over: tensor × pipeline parallel; a size computed at run time
    counts as every GPU of the instance (the generous reading). None when they exceed the instance."""
    from ._trt_llm import as_int

    instance = ctx.instance
    if instance is None or not instance.gpu_type or not instance.gpu_count:
        return None
    gpus = instance.gpu_count * instance.node_count
    product = 1
    for fact in ("tensor_parallel", "pipeline_parallel"):
        found = server.flag(fact)
        if found is None:
            continue
        size = as_int(found[1]) if found[1] is not None else None
        if size is None:
            return gpus  # computed at run time (`$GPU_COUNT`)
        if size < 1:
            return None
        product *= size
    return product if product <= gpus else None  # more shards than GPUs: tensor-parallel-mismatch


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def _integer(value) -> int | None:
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _in_range(value: float, bounds: dict) -> bool:
    if "above" in bounds and not value > bounds["above"]:
        return False
    if "at_most" in bounds and not value <= bounds["at_most"]:
        return False
    return not ("below" in bounds and not value < bounds["below"])


def _range_text(bounds: dict) -> str:
    upper = f"{bounds['at_most']:g}]" if "at_most" in bounds else f"{bounds['below']:g})"
    return f"({bounds['above']:g}, {upper}"


def _fraction_problem(fraction: float) -> str:
    if fraction <= 0:
        return "it leaves no memory for the KV cache, and the server stops at start-up"
    return f"{fraction:g} asks for more memory than the GPU has, and the server runs out of memory at start-up"
