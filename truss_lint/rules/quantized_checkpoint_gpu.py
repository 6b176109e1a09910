from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule

CACHE_ROOT = "/app/model_cache/"  # where Truss mounts a `model_cache` entry with use_volume: true
# A format named in a repo/path: `-FP8`, `_fp8`, `FP8-Dynamic`; `-NVFP4`, `-FP4` (not MXFP4, which
# the servers run on Hopper and Ampere through other kernels).
_FP8 = re.compile(r"(?:^|[^a-z0-9])fp8(?![0-9])", re.IGNORECASE)
_FP4 = re.compile(r"(?:^|[^a-z0-9])(?:nv)?fp4(?![0-9])", re.IGNORECASE)


class QuantizedCheckpointGpu(Rule):
    """What it does: compares the number format of what a custom server loads with the GPU of the
    instance. For vLLM and SGLang in `docker_server.start_command`: an FP8 model (a repo or path
    named `…-FP8`, `--quantization fp8`) on a GPU before Ada (sm89: T4, V100, A10G, A100), an
    NVFP4/FP4 model (`…-NVFP4`, `…-FP4`, `--quantization modelopt_fp4`) on a GPU before Blackwell
    (sm100), and `--kv-cache-dtype fp8…` before Ada. The model is the server's model argument; a
    path under `/app/model_cache/X` or a `weights` mount stands for the repo cached there. For
    text-embeddings-inference (TEI): a `base_image` tag built for another compute capability
    (`turing-`, `86-`, `89-`, `hopper-`, `100-`, `120-`; no prefix = Ampere 80). Compute
    capabilities, format minimums, server behaviour and TEI tags live in
    data/gpu_architectures.yaml, each with its source.

    Why: FP8 tensor cores start at compute capability 8.9 and FP4 ones at 10.0. Below
    that a server either refuses the model (vLLM on V100, SGLang FP8 on T4/V100: "The quantization
    method fp8 is not supported for the current GPU", an error) or, depending on its version,
    runs it weight-only through Marlin kernels, slower than the format promises, or refuses it (a
    warning that says what settles it). A TEI image compiled for one compute capability exits at
    start-up on another ("Runtime compute cap 90 is not compatible with compile time compute cap
    89"), so the deployment never becomes ready. Truss checks none of this (it never reads
    `start_command`); TRT-LLM's own `quantization_type` is TC120's.

    Corpus: none of the 305 configs of ../shared/corpus has a finding: every FP8 model there
    (Qwen3-*-FP8, GLM-4.x-FP8, Llama-4-Maverick-FP8, …) runs on H100/H100_40GB/B200, every
    NVFP4 model on B200, and the eight TEI configs use `89-` images on L4 and `hopper-` images on
    H100, as TEI's image table says.

    Example:
        base_image:
          image: ghcr.io/huggingface/text-embeddings-inference:hopper-1.8
        docker_server:
          start_command: text-embeddings-router --model-id BAAI/bge-large-en-v1.5 --port 7997
        resources:
          accelerator: A10G   # sm86: the hopper build exits at start-up

    Fix: ask for a GPU that has the format (L4, L40S, H100 or newer for FP8; B200 for NVFP4), load
    the BF16 (or an AWQ/GPTQ) checkpoint instead, or, for TEI, use the image tag for the GPU
    (`86-` for A10G, `89-` for L4/L40S, `hopper-` for H100/H200, no prefix for A100).
    """

    code = "TC622"
    name = "quantized-checkpoint-gpu"
    reads_keys = frozenset({"docker_server"})
    severity = Severity.ERROR
    summary = "An FP8/FP4 model or a TEI image built for another GPU architecture on the instance's GPU"

    def check(self, ctx) -> Iterator[Diagnostic]:
        if not isinstance(ctx.config.get("docker_server"), dict):
            return
        gpu = _gpu(ctx)
        if gpu is None:
            return
        from .._data import data_json

        data = data_json("gpu_architectures.json")
        facts = data["gpus"].get(gpu)
        if not facts or not isinstance(facts.get("compute_capability"), int):
            return  # an accelerator whose compute capability is unknown: say nothing
        where = _where(ctx, gpu, facts)
        yield from self._tei(ctx, data, facts, where)
        yield from self._server(ctx, data, facts, where)

    def _tei(self, ctx, data, facts, where) -> Iterator[Diagnostic]:
        base = ctx.config.get("base_image")
        image = base.get("image") if isinstance(base, dict) else None
        tei = data["tei"]
        if not isinstance(image, str) or not any(name in image for name in tei["repositories"]):
            return
        built = _tei_build(image, tei)
        if built is None or built == "cpu":
            return
        runtime = facts["compute_capability"]
        runs = tei["runs_on"].get(str(built))
        if runs is None or runtime in runs["every_version"]:
            return
        tag = image.rsplit(":", 1)[-1]
        fitting = [prefix for prefix, cap in tei["prefixes"].items() if cap == runtime]
        better = (f"`{fitting[0]}-…`" if fitting else "no prefix (`1.8`)" if runtime == tei["default"]
                  else None)
        help_ = (f"use the TEI image tag built for {_sm(runtime)}: {better}" if better
                 else f"TEI publishes no image for {_sm(runtime)}: ask for a GPU TEI builds for")
        path = ("base_image", "image")
        if runtime in runs["some_versions"]:
            yield self.diagnostic(
                ctx, path,
                f"the TEI image `{tag}` is built for {_sm(built)} and {where} has {_sm(runtime)}: older TEI "
                f"releases start on it, newer ones exit at start-up (\"Runtime compute cap {runtime} is not "
                f"compatible with compile time compute cap {built}\"); the TEI version in the tag settles it",
                help=help_, severity=Severity.WARNING)
            return
        yield self.diagnostic(
            ctx, path,
            f"the TEI image `{tag}` is built for {_sm(built)} but {where} has {_sm(runtime)}: TEI exits at "
            f"start-up (\"Runtime compute cap {runtime} is not compatible with compile time compute cap "
            f"{built}\"), so the deployment never becomes ready",
            help=help_)

    def _server(self, ctx, data, facts, where) -> Iterator[Diagnostic]:
        from ..servers import flag_location, identified_server, text_location

        server = identified_server(ctx)
        behaviour = data["servers"].get(server.kind) if server is not None else None
        if behaviour is None:
            return
        runtime = facts["compute_capability"]
        # The checkpoint first: a model named `…-NVFP4` stays NVFP4 whatever `--quantization` says.
        model = _model(ctx, server)
        found = server.flag("quantization")
        if model is not None and _format(model[1]) is not None:
            written, repo = model
            fmt = _format(repo)
            shown = f"`{written}`" if written == repo else f"`{written}` ({repo})"
            diagnostic = self._weights(ctx, data, behaviour, fmt, runtime, f"{server.label} loads {shown}, an "
                                       f"{data['formats'][fmt]['label']} checkpoint,", where, server.label,
                                       "load the BF16 checkpoint (or an AWQ/GPTQ one)")
            if diagnostic is not None:
                diagnostic.span = text_location(ctx, written)
                yield diagnostic
        elif found is not None and found[1] and _format(found[1], quantization=True) is not None:
            fmt = _format(found[1], quantization=True)
            diagnostic = self._weights(ctx, data, behaviour, fmt, runtime, f"{server.label} `{found[0]} {found[1]}`",
                                       where, server.label,
                                       f"drop `{found[0]} {found[1]}` (serve the unquantized weights)")
            if diagnostic is not None:
                diagnostic.span = flag_location(ctx, server, found[0], found[1])[0]
                yield diagnostic
        found = server.flag("kv_cache_dtype")
        if found is not None and found[1] and found[1].lower().startswith("fp8"):
            native = data["formats"]["fp8"]["native_from"]
            if runtime < native:
                diagnostic = self.diagnostic(
                    ctx, ("docker_server", "start_command"),
                    f"{server.label} `{found[0]} {found[1]}` stores the KV cache in FP8 but {where} has "
                    f"{_sm(runtime)}, no FP8 tensor cores: depending on the {server.label} version and the attention "
                    f"backend it picks, the server refuses FP8 KV cache on this GPU or converts it in software "
                    f"(slower attention); its start-up log settles it",
                    help=f"use `{found[0]} auto` on this GPU, or ask for a GPU with FP8 (L4, L40S, H100 or newer)",
                    severity=Severity.WARNING)
                diagnostic.span = flag_location(ctx, server, found[0], found[1])[0]
                yield diagnostic

    def _weights(self, ctx, data, behaviour, fmt, runtime, what, where, label, instead) -> Diagnostic | None:
        native = data["formats"][fmt]["native_from"]
        if runtime >= native:
            return None
        facts = behaviour.get(fmt) or {}
        floor = facts.get("refused_below")
        better = "B200 (Blackwell)" if fmt == "fp4" else "L4, L40S, H100 or newer"
        name = data["formats"][fmt]["label"]
        if floor is not None and runtime < floor:
            return self.diagnostic(
                ctx, ("docker_server", "start_command"),
                f"{what} on {where}, {_sm(runtime)}: every {label} version refuses {name} weights below {_sm(floor)} "
                f"(\"… is not supported for the current GPU\"), so the server cannot start and the deployment never "
                f"becomes ready",
                help=f"ask for a GPU with {name} tensor cores ({better}), or {instead}")
        return self.diagnostic(
            ctx, ("docker_server", "start_command"),
            f"{what} on {where}, {_sm(runtime)}, which has no {name} tensor cores (they start at {_sm(native)}): "
            f"depending on the {label} version the server refuses the model or runs it {facts.get('fallback')}, "
            f"slower than on a GPU with {name}; the {label} version in the image and its start-up log settle it",
            help=f"ask for a GPU with {name} tensor cores ({better}), or {instead}",
            severity=Severity.WARNING)


def _gpu(ctx) -> str | None:
    instance = ctx.instance
    if instance is not None and instance.gpu_type:
        return instance.gpu_type
    from ._trt_llm import accelerator

    requested = accelerator(ctx)
    return requested[0] if requested else None


def _where(ctx, gpu: str, facts: dict) -> str:
    """`the A10G of A10Gx8x32` / `the A10G of `accelerator: A10G`` with its architecture."""
    instance = ctx.instance
    holder = instance.name if instance is not None and instance.gpu_type == gpu else f"`accelerator: {gpu}`"
    return f"the {gpu} ({facts['architecture']}) of {holder}"


def _sm(capability: int) -> str:
    return f"sm{capability}"


def _tei_build(image: str, tei: dict):
    """The compute capability a TEI image tag is built for, "cpu", or None when not known."""
    image = image.split("@", 1)[0]
    name, colon, tag = image.rpartition(":")
    if not colon or "/" in tag:
        tag = "latest"
    tag = tag.strip().lower()
    prefix = tag.split("-", 1)[0]
    if prefix in tei["unknown_prefixes"] or "$" in tag or "{" in tag:
        return None
    if "-" in tag and prefix in tei["prefixes"]:
        return tei["prefixes"][prefix]
    if tag == "latest" or re.fullmatch(r"\d+(?:\.\d+){0,2}(?:-grpc)?", tag):
        return tei["default"]
    return None


def _format(name: str, quantization: bool = False) -> str | None:
    if quantization:
        value = name.lower()
        if "mxfp4" in value:
            return None
        return "fp8" if "fp8" in value else "fp4" if "fp4" in value else None
    if _FP4.search(name):
        return "fp4"
    if _FP8.search(name):
        return "fp8"
    return None


def _model(ctx, server) -> tuple[str, str] | None:
    """(the model argument as written, the repo it stands for) of the server; None when unknown."""
    written = server.model()
    if written is None:
        return None
    if "$" in written or "\x00" in written:
        return None
    if written.startswith(CACHE_ROOT):
        folder = written[len(CACHE_ROOT):].strip("/").split("/")[0]
        for entry in _entries(ctx, "model_cache"):
            if isinstance(entry.get("volume_folder"), str) and entry["volume_folder"].strip("/") == folder:
                repo = entry.get("repo_id")
                return (written, repo) if isinstance(repo, str) and repo else None
        return None
    for entry in _entries(ctx, "weights"):
        mount, source = entry.get("mount_location"), entry.get("source")
        if isinstance(mount, str) and mount and isinstance(source, str) and \
                (written.rstrip("/") == mount.rstrip("/") or written.startswith(mount.rstrip("/") + "/")):
            repo = source.split("://", 1)[-1].split("@", 1)[0]
            return written, repo
    return written, written


def _entries(ctx, section: str) -> list[dict]:
    entries = ctx.config.get(section)
    return [entry for entry in entries if isinstance(entry, dict)] if isinstance(entries, list) else []
