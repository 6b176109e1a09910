from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import as_int

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..model_size import Family, ModelSize

START = ("docker_server", "start_command")


class ContextExceedsVram(Rule):
    """What it does: sizes the KV cache of one full-length sequence, `2 · layers · kv_heads ·
    head_dim · bytes · tokens` (bf16 2 bytes, fp8 1: `--kv-cache-dtype fp8`, TRT `fp8_kv`), for
    the context a server is started with (vLLM `--max-model-len`, SGLang `--context-length`,
    TRT-LLM `max_seq_len`), or without the flag for the model's own context that vLLM and SGLang then
    serve (data/model_sizes.yaml: the checkpoint's `max_position_embeddings`, the smallest of the
    checkpoints its name may stand for), and compares it with what the weights leave of the memory
    the engine may use on the instance the config gets: the memory fraction (vLLM `--gpu-memory-utilization`,
    default 0.9; SGLang `--mem-fraction-static`, all of it when not given; TRT-LLM
    `runtime.kv_cache_free_gpu_mem_fraction` of what the engine leaves free, default 0.9) × the
    VRAM of the GPUs the model is sharded over (tensor × pipeline parallel) − the weights. It also
    reports those fractions outside the range each engine accepts.

    Why: vLLM refuses to start when the KV cache cannot hold one sequence of `max_model_len`
    ("ValueError: To serve at least one request with the model's max seq len (N), (X GiB KV cache
    is needed, which is larger than the available KV cache memory (Y GiB)": vllm
    `kv_cache_utils.py`, github.com/vllm-project/vllm/pull/2163): an error. Without `--max-model-len`
    it serves the model's whole context and fails the same way (before the V1 engine: "The model's
    max seq len (N) is larger than the maximum number of tokens that can be stored in KV cache (M)",
    github.com/vllm-project/vllm/issues/2418), a frequent vLLM start-up failure: Llama 3.1 8B's
    131,072 tokens need 16 GiB, more than one 24 GB GPU keeps beside the weights. SGLang starts and
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
    For a model's own context it is silent as well when the name extends the family's context
    (`-1M`, `yarn`), when checkpoints of the family may slide (Mistral 7B fine-tunes of v0.1), and
    when the command gives a flag that may set or change the context, the weights or the KV cache
    (`default_context_unsized_with` in data/servers.yaml: vLLM `--hf-overrides`, `--rope-scaling`,
    `--config`, `--quantization`, `--kv-cache-memory-bytes`, ...; any `$VAR` argument); rope scaling
    in a checkpoint's config.json only raises the context it serves. A family whose checkpoints
    declare different contexts (Meta-Llama-3-8B 8192, Llama-3.1-8B 131072) is sized with the smallest
    unless the name is one of the larger (`min_position_embeddings`, `max_position_match`).

    Corpus: none of ../shared/corpus's configs is reported, because every long context there fits:
    Qwen3.5-35B-A3B at 262,144 tokens on H100:4 needs at most ≈20 GiB of KV cache (even if all 40
    layers held one) of the ≈235 GiB that 0.95 × 4 H100s leave after ≈65 GiB of weights; the
    Qwen3-Next-80B-A3B SGLang configs at 262,144 on H100:2 ≈6 GiB (12 full-attention layers) of
    ≈52 GiB; Mistral-7B at 16,384 on an H100 40 GB MIG 2 GiB of ≈22.5 GiB; the TRT-LLM engines all
    hold one full sequence. The first two are silent anyway (hybrid attention, no shape). Without a
    context flag, Qwen3-30B-A3B under vLLM on one H100 (2 configs) needs ≈3 GiB for at least 32,768
    tokens of the 14.4 GiB left, and the SGLang configs fit too (Llama-3.1-8B on an H100 16 GiB of
    64.2 GiB, Llama-3.1-70B on H100:4 40 GiB of 185 GiB, Qwen3-32B 8 GiB of 48.6 GiB, Qwen3-235B-A22B
    on H100:4 5.9 GiB of 97.6 GiB).

    Example:
        resources:
          accelerator: H100
        docker_server:
          # one sequence of 131072 tokens: 40 GiB of KV cache; 0.9 × 79.1 GiB − 65.7 GiB of fp8
          # weights leaves 5.5 GiB, so vLLM refuses to start
          start_command: vllm serve RedHatAI/Meta-Llama-3.1-70B-Instruct-FP8 --max-model-len 131072
        ---
        resources:
          accelerator: L4
        docker_server:
          # no --max-model-len: the model's 131072 tokens need 16 GiB; 0.9 × 24 GiB − 15 GiB of
          # weights leaves 6.6 GiB, so vLLM refuses to start
          start_command: vllm serve meta-llama/Llama-3.1-8B-Instruct

    Fix: lower the context, or set it when the model's own is too long (the message gives the
    longest that fits: `--max-model-len 54272`), store the KV cache in fp8
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
        default = None
        if _resized(server, memory, except_flags=server.facts["flags"]["max_model_len"]):
            return  # a flag that may change the weights or the KV cache's room (`--quantization fp8`)
        if found is not None:
            spelling, value = found
            context = as_int(value)
            if context is None or context < 1:
                return
        else:
            default = _default_context(ctx, server, memory)
            if default is None:
                return
            context, name, family, exact = default
            spelling = server.facts["flags"]["max_model_len"][0]
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
        if default is None:
            claim = f"`{spelling} {value}`: one sequence of {context:,} tokens needs"
            span, _ = flag_location(ctx, server, spelling, value)
        else:
            from ..servers import text_location

            declares = f"declares {context:,} positions" if exact else f"declares at least {context:,} positions"
            claim = (f"without `{spelling}`, {label} serves the model's whole context: {name} {declares} "
                     f"(`max_position_embeddings`, {family.name}), and one sequence of them needs")
            span = text_location(ctx, name)
        refuses = memory.get("too_long_context") == "refuses"
        fraction_text = (f"{fraction:g} × " if fraction is not None else "all of ")
        what = (f"{label} refuses to start (\"To serve at least one request with the model's max seq len ...\")"
                if refuses else
                f"{label} starts but accepts no request longer than its KV pool (≈{budget.tokens:,} tokens)")
        message = (
            f"{claim} {budget.need_text(context)} of KV cache, but {fraction_text}{budget.vram_text()} less "
            f"{budget.weights_text()} leaves {budget.left_gib:.1f} GiB on {ctx.instance.name}: {what}")
        diagnostic = self.diagnostic(ctx, START, message, help=budget.help(spelling, fp8_kv=kv_bytes == 2 and
                                                      f"--kv-cache-dtype {memory['fp8_kv_cache_dtypes'][0]}"),
                                     severity=Severity.ERROR if refuses else Severity.WARNING)
        diagnostic.span = span
        yield diagnostic

    # --- trt_llm -------------------------------------------------------------------------------

    def _trt_llm(self, ctx) -> Iterator[Diagnostic]:
        from ..servers import servers_data
        from ._trt_llm import ENCODERS, base_model, build, mapping, stack, trt_llm

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
            where = build_section
            tp = as_int(build_section.get("tensor_parallel_count", 1))
            pp = as_int(build_section.get("pipeline_parallel_count", 1))
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
                help=budget.help("max_seq_len", fp8_kv=budget.kv_bytes == 2 and "quantization_type: fp8_kv", trt=True),
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
            return f"the {self.per_gpu:g} GiB{' (nominal)' if nominal else ''} of one {gpu}"
        return f"the {self.gpus * self.per_gpu:.1f} GiB of {self.gpus} {gpu}s ({self.per_gpu:g} GiB each{nominal})"

    def weights_text(self) -> str:
        return f"the weights, {self.size.describe()}"

    def help(self, flag: str, fp8_kv: str | bool, trt: bool = False) -> str:
        """The longest context that fits, the setting that stores the KV cache in fp8 (when not
        already), and more GPUs."""
        fits = (self.tokens // 1024) * 1024
        parts = []
        if fits >= 1024:
            setting = f"`{flag}: {fits}`" if trt else f"`{flag} {fits}`"
            parts.append(f"at most {setting} fits (before activations)")
        if fp8_kv:
            parts.append(f"`{fp8_kv}` halves the KV cache")
        parts.append("or ask for more or larger GPUs and shard the model over them")
        return "; ".join(parts)


def _windowed(size: ModelSize) -> bool:
    """The main model is a table family with a sliding window, or some of whose checkpoints have one
    (its KV cache stops growing)."""
    found = _table_family(size)
    return found is not None and (found[2].sliding_window is not None or found[2].windowed_variants)


def _table_family(size: ModelSize) -> tuple[str, str, Family] | None:
    """The main model as written, its repository name and its family, when the table sized it."""
    from ..model_size import METHOD_TABLE, repo_name, size_table

    main = max(size.parts, key=lambda p: p.bytes)
    if main.method != METHOD_TABLE:
        return None
    name = repo_name(main.label)
    family = size_table().family(name)
    return (main.label, name, family) if family is not None else None


def _resized(server, memory: dict, except_flags: list[str] = ()) -> bool:
    """Whether the command passes a flag that may change the model's context, its weights or the KV
    cache's room (`memory.default_context_unsized_with`), other than `except_flags`."""
    listed = [name for name in memory.get("default_context_unsized_with", ()) if name not in except_flags]
    for flag in server.flags:
        written = "--" + flag[2:].replace("_", "-") if flag.startswith("--") else flag
        if written in except_flags:
            continue
        if any(name == written or (written.startswith("--") and name.startswith(written)) for name in listed):
            return True  # vLLM takes `--max_model_len` and unambiguous prefixes (`--max-model`) as well
    return False


def _default_context(ctx, server, memory: dict) -> tuple[int, str, Family, bool] | None:
    """The context a server started without its context flag serves, when the server takes the
    model's own (`memory.default_context_unsized_with`: vLLM, SGLang), the served model is a table
    family that knows it, and nothing in the command may change it: (tokens, the model as written,
    its family, whether the checkpoint declares exactly that many rather than at least)."""
    from ..model_size import size_table
    from ..servers import SUBSTITUTION

    if not memory.get("default_context_unsized_with") or _resized(server, memory):
        return None
    words = [*server.flags, *server.positionals, *(v for values in server.lists.values() for v in values)]
    if any("$" in word or SUBSTITUTION in word for word in words):
        return None  # arguments known only at run time may set the context
    size = _served_model(ctx, server)
    found = _table_family(size) if size is not None and size.parts else None
    if found is None:
        return None
    written, name, family = found
    if size_table().extends_context(name):
        return None
    context = family.least_context(name)
    if context is None:
        return None
    return context, written, family, context == family.max_position_embeddings


def _served_model(ctx, server) -> ModelSize | None:
    """The weights the server loads: the repository it names when that is a Hugging Face id, else
    what the config downloads (`model_cache`, `weights`) when it names a local path."""
    from ..gpu_memory import memory_check
    from ..model_size import ModelSize, Reference, size_reference

    name = server.model()
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
