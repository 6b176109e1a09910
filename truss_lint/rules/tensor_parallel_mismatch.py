from __future__ import annotations

from collections.abc import Iterator

from ..catalog import format_month
from ..diagnostics import Diagnostic, Fix, Severity
from . import Rule
from ._misspelt import missing_key
from ._resource_helpers import family
from ._trt_llm import accelerator, as_int, base_model, build, mapping, stack, trt_llm

TRUSS_TP = "Tensor parallelism and GPU count must be the same for TRT-LLM"
V1_COUNTS = ("tensor_parallel_count", "pipeline_parallel_count", "sequence_parallel_count")


class TensorParallelMismatch(Rule):
    """What it does: compares the tensor-parallel size a server is started with to the GPUs of
    the instance: TRT-LLM v1 `trt_llm.build.tensor_parallel_count` (× pipeline × sequence
    parallel counts), TRT-LLM v2 `trt_llm.runtime.tensor_parallel_size`, vLLM
    `--tensor-parallel-size`/`-tp`, SGLang `--tp`/`--tp-size`, TGI `--num-shard`, LMDeploy `--tp`
    in `docker_server.start_command`.

    Why: for TRT-LLM v1 decoders Truss 0.18.36 refuses to load the config ("Tensor parallelism
    and GPU count must be the same for TRT-LLM"), so `truss push` fails. A server started with
    more shards than the instance has GPUs cannot start (the deployment never becomes ready);
    with fewer, the other GPUs sit idle and are billed every month. A count computed at run time
    (`-tp $(nvidia-smi -L | wc -l)`) is left alone.

    Example:
        docker_server:
          start_command: sh -c "python3 -m sglang.launch_server --model-path org/model --tp-size 4"
        resources:
          accelerator: H100:8   # four H100s idle, ≈ $11,700/month

    Fix: set the tensor-parallel size to the instance's GPU count (offered as a safe fix), or ask
    for an instance with as many GPUs as the size.
    """

    code = "TC601"
    name = "tensor-parallel-mismatch"
    reads_keys = frozenset({"docker_server", "trt_llm"})
    severity = Severity.ERROR
    summary = "The tensor-parallel size differs from the GPU count of the instance"

    def check(self, ctx) -> Iterator[Diagnostic]:
        if trt_llm(ctx) is not None:
            yield from self._trt_llm(ctx)
        if isinstance(ctx.config.get("docker_server"), dict):
            yield from self._server(ctx)

    def _trt_llm(self, ctx) -> Iterator[Diagnostic]:
        section = trt_llm(ctx)
        version = stack(section)
        if version == "v1":
            build_section = build(ctx)
            requested = accelerator(ctx)
            if build_section is None or requested is None or base_model(build_section) != "decoder":
                return
            counts = {key: as_int(build_section.get(key, 1)) for key in V1_COUNTS}
            if any(value is None or value < 1 for value in counts.values()):
                return  # invalid-value reports it
            world = counts["tensor_parallel_count"] * counts["pipeline_parallel_count"] * counts["sequence_parallel_count"]
            gpu_type, gpus = requested
            if world == gpus:
                return
            path = ("trt_llm", "build", "tensor_parallel_count")
            product = " × ".join(f"{key} {value}" for key, value in counts.items() if key in build_section)
            fix = None
            if set(build_section).isdisjoint(V1_COUNTS[1:]) and "tensor_parallel_count" in build_section:
                from ..edits import replace_integer

                fix = replace_integer(ctx.document, path, gpus, f"set tensor_parallel_count to {gpus}",
                                      safe=gpus > world)
            message = (f"TRT-LLM world size {world} ({product or 'the defaults'}) ≠ the {gpus} {gpu_type} GPU(s) of "
                       f"`accelerator`: Truss refuses to load the config (\"{TRUSS_TP}\"), so `truss push` fails")
            help = (f"set tensor_parallel_count × pipeline_parallel_count × sequence_parallel_count to {gpus}, "
                    f"or ask for `{gpu_type}:{world}`")
            at = "value"
            if "tensor_parallel_count" not in build_section:  # the default 1, or a misspelling of the key
                path, message, help, fix = missing_key(ctx, ("trt_llm", "build"), "tensor_parallel_count", message, help)
                at = "key"
            yield self.diagnostic(ctx, path, message, at=at, help=help, fix=fix)
        elif version == "v2":
            runtime = mapping(section, "runtime")
            written = runtime.get("tensor_parallel_size")
            size = as_int(written)
            if size is None or size < 1:
                return
            path = ("trt_llm", "runtime", "tensor_parallel_size")
            from ..edits import replace_integer

            yield from self._compare(ctx, size, "`tensor_parallel_size`", path, None,
                                     lambda gpus: replace_integer(ctx.document, path, gpus,
                                                                 f"set tensor_parallel_size to {gpus}",
                                                                 safe=gpus > size))

    def _server(self, ctx) -> Iterator[Diagnostic]:
        from ..servers import flag_location, identified_server

        server = identified_server(ctx)
        found = server.flag("tensor_parallel") if server else None
        if found is None:
            return
        spelling, value = found
        size = as_int(value) if value is not None else None
        if size is None or size < 1:
            return  # computed at run time, or not a number: the server's own check
        span, value_range = flag_location(ctx, server, spelling, value)

        def fix(gpus: int) -> Fix | None:
            if value_range is None:
                return None
            # Fewer shards than asked for may not fit in memory: that direction needs --unsafe-fixes.
            return Fix([(value_range[0], value_range[1], str(gpus))], f"set {spelling} to {gpus}", safe=gpus > size)

        yield from self._compare(ctx, size, f"{server.label} `{spelling} {value}`", ("docker_server", "start_command"),
                                 span, fix)

    def _compare(self, ctx, size: int, what: str, path, span, make_fix) -> Iterator[Diagnostic]:
        instance = ctx.instance
        if instance is None or not instance.gpu_count:
            return
        gpus = instance.gpu_count
        if size == gpus:
            return
        where = instance.name
        fix = make_fix(gpus)
        offered = ("offered as a fix" if fix is not None and fix.safe else "offered as an unsafe fix" if fix
                   else "no fix offered: the flag is in a script")
        if size > gpus:
            diagnostic = self.diagnostic(
                ctx, path,
                f"{what} shards the model over {size} GPUs but the instance has {gpus} ({where}): the server "
                f"cannot start, so the deployment never becomes ready",
                help=f"set it to {gpus} if the model fits on {gpus} GPUs ({offered}), or ask for an "
                     f"instance with {size} {instance.gpu_type} GPUs",
                fix=fix)
        else:
            idle = gpus - size
            idle_cost = instance.price_per_month_usd * idle / gpus
            smaller = [i for i in family(ctx.catalog, instance.gpu_type, instance.node_count, size)]
            ask = (f"ask for {smaller[0].name}" if smaller
                   else f"no {instance.gpu_type} instance has exactly {size} GPUs")
            diagnostic = self.diagnostic(
                ctx, path,
                f"{what} uses {size} of the {gpus} GPUs of {where}: {idle} sit{'s' if idle == 1 else ''} idle, "
                f"≈ {format_month(idle_cost)}/month",
                help=f"set it to {gpus} ({offered}), or {ask}", fix=fix,
                severity=Severity.WARNING)
        if span is not None:
            diagnostic.span = span
        yield diagnostic
