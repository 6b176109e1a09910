"""Mutation study: one realistic mistake at a time in the real configs of ../shared/corpus, Truss's
verdict on each, and what truss-lint says about it, per kind of mistake.

Dev-only. It needs Truss 0.18.36 in a scratch virtualenv (never a dependency) for the verdicts:

    python scripts/mutation_study.py                              # this checkout's truss_lint
    python scripts/mutation_study.py --against /work/wt-h2        # another worktree's files (its .venv if any)
    python scripts/mutation_study.py --against /work/wt-h2 --rev HEAD   # its last commit (git archive)
    python scripts/mutation_study.py --report /work/notes/mutation-report.md --examples 15

The corpus is read in place (never copied); mutants live in a temporary directory. Each mutant
changes ONE thing in a config Truss 0.18.36 loads and pushes; the unmutated config is dumped the
same way (yaml.safe_dump) and linted as the baseline, so a "new" error is one the mutation caused.
The kinds of mistake (KINDS, `--kind`): typos in each section, wrong types, wrong enum values,
out-of-range numbers, cross-field conflicts, what each of Truss's own validators refuses
(TC120–TC159: "validator: …"), and mistakes Truss accepts.

For each kind of mistake it measures:
- of the mutants Truss rejects (load or push check): the share with an error at the key that is
  wrong (at or under the mutated key path; for a cross-field mistake, at any key involved) and no
  other new error ("exact"; the target is >= 98 %), and the share with any error ("caught");
- of the mutants Truss accepts: how many messages claim a rejection Truss does not make (the target
  is 0), and how many errors and warnings truss-lint gives (reviewed by hand: an error there must be
  a failure Truss cannot see, such as Baseten's engine builder refusing the config);
- on all mutants: messages whose claimed stage contradicts Truss (e.g. "refuses to load" where
  only the push check fails). Claims are read by tests/truss_claims.py.

Everything is seeded (`--seed`): the same code gives the same table.
"""

from __future__ import annotations

import argparse
import collections
import copy
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
TRUSS_PYTHON = Path(os.environ.get("TRUSS_PYTHON", "/work/truss-venv/bin/python"))
GPUS = ["T4", "V100", "A10G", "A100", "A100_40GB", "L4", "L40S", "H100", "H100_40GB", "H200", "B200"]
FREE_FORM = ("model_metadata", "environment_variables", "secrets", "patch_kwargs", "example_model_input",
             "labels", "build_args", "secret_to_path_mapping")
TYPO_SECTIONS = {
    "typo: top level": (),
    "typo: resources": ("resources",),
    "typo: runtime": ("runtime",),
    "typo: build / base_image": ("build",),
    "typo: docker_server": ("docker_server",),
    "typo: trt_llm.build": ("trt_llm", "build"),
    "typo: trt_llm.runtime": ("trt_llm", "runtime"),
    "typo: model_cache entry": ("model_cache", 0),
    "typo: trt_llm.build.checkpoint_repository": ("trt_llm", "build", "checkpoint_repository"),
}
ENUMS = {
    ("python_version",): ["py38", "3.11", "python3.11"],
    ("resources", "accelerator"): ["A10", "h100", "RTX4090", "H100-80GB"],
    ("trt_llm", "build", "base_model"): ["gpt2", "Decoder", "llama3"],
    ("trt_llm", "build", "quantization_type"): ["fp16", "int4", "FP8"],
    ("trt_llm", "inference_stack"): ["v3", "V2"],
    ("trt_llm", "runtime", "webserver_default_route"): ["/v1/chat", "/v1/generate"],
    ("trt_llm", "runtime", "batch_scheduler_policy"): ["fifo", "max_throughput"],
    ("trt_llm", "build", "checkpoint_repository", "source"): ["hf", "HUGGINGFACE", "S3"],
    ("runtime", "transport", "kind"): ["http2", "websockets"],
    ("model_cache", 0, "kind"): ["s3", "HF"],
}
RANGES = {
    ("resources", "node_count"): [0, -1],
    ("runtime", "predict_concurrency"): [0, -4],
    ("trt_llm", "build", "max_batch_size"): [4096, 0],
    ("trt_llm", "build", "max_seq_len"): [2_000_000, 0],
    ("trt_llm", "build", "max_beam_width"): [4],
    ("trt_llm", "build", "max_num_tokens"): [32, 64],
    ("trt_llm", "build", "tensor_parallel_count"): [0, -1],
    ("trt_llm", "build", "num_builder_gpus"): [0],
    ("trt_llm", "runtime", "kv_cache_free_gpu_mem_fraction"): [1.5, -0.1],
    ("trt_llm", "runtime", "max_batch_size"): [4096],
    ("trt_llm", "runtime", "max_seq_len"): [2_000_000],
    ("docker_server", "server_port"): [0, 70000],
}


# --- walking a config -------------------------------------------------------------------------

def get(data, path):
    for key in path:
        if isinstance(data, dict) and key in data:
            data = data[key]
        elif isinstance(data, list) and isinstance(key, int) and key < len(data):
            data = data[key]
        else:
            return None
    return data


def has(data, path) -> bool:
    parent = get(data, path[:-1]) if path[:-1] else data
    return (isinstance(parent, dict) and path[-1] in parent) or (
        isinstance(parent, list) and isinstance(path[-1], int) and path[-1] < len(parent))


def put(cfg, path, value):
    """A copy of cfg with the value at path replaced (or added); sections on the way are created."""
    cfg = copy.deepcopy(cfg)
    node = cfg
    for key in path[:-1]:
        if isinstance(node, dict) and not isinstance(node.get(key), (dict, list)):
            node[key] = {}
        node = node[key]
    node[path[-1]] = value
    return cfg


def drop(cfg, path):
    cfg = copy.deepcopy(cfg)
    parent = get(cfg, path[:-1]) if path[:-1] else cfg
    del parent[path[-1]]
    return cfg


def rename(cfg, path, new):
    cfg = copy.deepcopy(cfg)
    parent = get(cfg, path[:-1]) if path[:-1] else cfg
    items = [(new if k == path[-1] else k, v) for k, v in parent.items()]
    parent.clear()
    parent.update(items)
    return cfg


def leaves(data, path=()):
    if isinstance(data, dict):
        for key, value in data.items():
            if key in FREE_FORM:
                continue
            yield from leaves(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data[:2]):
            yield from leaves(value, path + (index,))
    else:
        yield path, data


def sections(data, path=()):
    if isinstance(data, dict):
        for key, value in data.items():
            if key in FREE_FORM:
                continue
            if isinstance(value, (dict, list)):
                yield path + (key,), value
            yield from sections(value, path + (key,))


def typo(word: str, rng: random.Random) -> str:
    for _ in range(20):
        i = rng.randrange(len(word))
        kind = rng.choice(["swap", "drop", "double", "underscore"])
        if kind == "swap" and i + 1 < len(word) and word[i] != word[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if kind == "drop" and len(word) > 3:
            return word[:i] + word[i + 1:]
        if kind == "double" and word[i].isalpha():
            return word[:i] + word[i] + word[i:]
        if kind == "underscore" and "_" in word:
            return word.replace("_", rng.choice(["", "-"]), 1)
    return word + "s"


def show(value) -> str:
    return json.dumps(value, default=str)[:60]


def dotted(path) -> str:
    return ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in path).replace(".[", "[")


def gpu_of(cfg) -> tuple[str | None, int]:
    accelerator = get(cfg, ("resources", "accelerator"))
    if isinstance(accelerator, str) and accelerator:
        name, _, count = accelerator.partition(":")
        return name, int(count) if count.isdigit() else 1
    return None, 0


# --- the mistakes -------------------------------------------------------------------------------
# Each generator yields (description, targets, mutant): targets are the key paths an error may sit at
# (or under); a target starting with EXACTLY admits that key alone, not the keys under it.
EXACTLY = "="

def typos(cfg, rng, section):
    node = get(cfg, section) if section else cfg
    if section == ("build",) and not isinstance(node, dict):
        section, node = ("base_image",), cfg.get("base_image")
    if not isinstance(node, dict) or not node:
        return
    for key in rng.sample(sorted(node, key=str), min(2, len(node))):
        if not isinstance(key, str):
            continue
        new = typo(key, rng)
        if new in node:
            continue
        yield f"{dotted(section + (key,))} → `{new}`", [section + (new,)], rename(cfg, section + (key,), new)


def int_for_str(cfg, rng):
    found = [(p, v) for p, v in leaves(cfg) if isinstance(v, str)]
    for path, value in rng.sample(found, min(2, len(found))):
        number = rng.choice([4, 16, 311, 1])
        yield f"{dotted(path)}: {show(value)} → {number}", [path], put(cfg, path, number)


def str_for_number(cfg, rng):
    found = [(p, v) for p, v in leaves(cfg) if isinstance(v, (bool, int, float))]
    for path, value in rng.sample(found, min(2, len(found))):
        word = rng.choice(["many", "enabled", "yes please", "auto"])
        yield f"{dotted(path)}: {show(value)} → {show(word)}", [path], put(cfg, path, word)


def list_for_mapping(cfg, rng):
    found = [(p, v) for p, v in sections(cfg) if isinstance(v, dict) and v]
    for path, value in rng.sample(found, min(2, len(found))):
        items = [{k: v} for k, v in value.items()]
        yield f"{dotted(path)}: a mapping → a list of one-key mappings", [path], put(cfg, path, items)


def scalar_for_list(cfg, rng):
    found = [(p, v) for p, v in sections(cfg) if isinstance(v, list) and v]
    for path, value in rng.sample(found, min(2, len(found))):
        scalar = value[0] if isinstance(value[0], str) else "x"
        yield f"{dotted(path)}: a list → the string {show(scalar)}", [path], put(cfg, path, scalar)


def enums(cfg, rng):
    for path, values in ENUMS.items():
        if has(cfg, path) or (path == ("python_version",)):
            value = rng.choice(values)
            if path == ("resources", "accelerator"):
                count = gpu_of(cfg)[1]
                value += f":{count}" if count > 1 else ""
            yield f"{dotted(path)}: {show(get(cfg, path))} → {show(value)}", [path], put(cfg, path, value)


def ranges(cfg, rng):
    for path, values in RANGES.items():
        parent = get(cfg, path[:-1])
        if isinstance(parent, dict) and (path[-1] in parent or rng.random() < 0.3):
            value = rng.choice(values)
            yield f"{dotted(path)}: {show(get(cfg, path))} → {value}", [path], put(cfg, path, value)


def _trt_build(cfg):
    trt = cfg.get("trt_llm")
    return trt if isinstance(trt, dict) and isinstance(trt.get("build"), dict) else None


def quantization_vs_gpu(cfg, rng):
    trt = _trt_build(cfg)
    if not trt:
        return
    _, count = gpu_of(cfg)
    for _ in range(3):
        quantization, gpu = rng.choice(["fp8", "fp8_kv", "fp4", "fp4_kv", "fp4_mlp_only"]), rng.choice(GPUS)
        accelerator = gpu + (f":{count}" if count > 1 else "")
        mutant = put(put(cfg, ("trt_llm", "build", "quantization_type"), quantization),
                     ("resources", "accelerator"), accelerator)
        yield (f"quantization_type {quantization} on {accelerator}",
               [("trt_llm", "build", "quantization_type"), ("resources", "accelerator")], mutant)


def parallelism_vs_gpus(cfg, rng):
    trt = _trt_build(cfg)
    if not trt or trt.get("inference_stack", "v1") != "v1":
        return
    gpu, count = gpu_of(cfg)
    if gpu is None:
        return
    targets = [("trt_llm", "build", k) for k in ("tensor_parallel_count", "pipeline_parallel_count",
                                                 "sequence_parallel_count")] + [("resources", "accelerator")]
    targets.append((EXACTLY, "trt_llm", "build"))  # the counts left at their defaults: the section holds them
    tp = trt["build"].get("tensor_parallel_count", 1)
    counts = (1, 2, 4) if gpu in ("L4", "T4") else (1, 2, 4, 8)  # counts that exist: no no-matching-instance
    new_tp = rng.choice([c for c in counts if c != count])
    yield f"tensor_parallel_count {tp} → {new_tp} on {gpu}:{count}", targets, put(
        cfg, ("trt_llm", "build", "tensor_parallel_count"), new_tp)
    new_count = rng.choice([c for c in counts if c != count])
    accelerator = gpu + (f":{new_count}" if new_count > 1 else "")
    yield f"accelerator {gpu}:{count} → {accelerator} (tensor_parallel_count {tp})", targets, put(
        cfg, ("resources", "accelerator"), accelerator)
    yield f"pipeline_parallel_count → 2 on {gpu}:{count}", targets, put(
        cfg, ("trt_llm", "build", "pipeline_parallel_count"), 2)


def calibration(cfg, rng):
    if not _trt_build(cfg):
        return
    for key in ("calib_size", "calib_max_seq_length"):
        value = rng.choice([32, 100, 1000, 20000, 16448])
        path = ("trt_llm", "build", "quantization_config", key)
        yield f"{dotted(path)} → {value}", [path], put(cfg, path, value)


def lora_under_build(cfg, rng):
    if not _trt_build(cfg):
        return
    key = rng.choice(["lora_cache_max_adapter_size", "lora_cache_optimal_adapter_size",
                      "lora_cache_gpu_memory_fraction"])
    value = 0.5 if key.endswith("fraction") else 64
    path = ("trt_llm", "build", key)
    yield f"{dotted(path)}: {value} (belongs under runtime)", [path], put(cfg, path, value)


def v2_forbidden(cfg, rng):
    trt = _trt_build(cfg)
    if not trt or trt.get("inference_stack") != "v2":
        return
    for key, value in rng.sample([("max_seq_len", 4096), ("max_batch_size", 64), ("tensor_parallel_count", 2),
                                  ("base_model", "decoder"), ("max_num_tokens", 8192)], 2):
        path = ("trt_llm", "build", key)
        yield f"v2: {dotted(path)} → {value}", [path], put(cfg, path, value)


def docker_server(cfg, rng):
    if not isinstance(cfg.get("docker_server"), dict):
        return
    if "start_command" in cfg["docker_server"]:
        yield "docker_server.start_command removed", [("docker_server",)], drop(cfg, ("docker_server", "start_command"))
    for key in ("server_port", "predict_endpoint"):
        if key in cfg["docker_server"] and rng.random() < 0.5:
            yield f"docker_server.{key} removed", [("docker_server",)], drop(cfg, ("docker_server", key))


def run_as_user_id(cfg, rng):
    if not isinstance(cfg.get("docker_server"), dict):
        return
    path = ("docker_server", "run_as_user_id")
    value = rng.choice([1000, 0, 60000, "60000", 65534])
    yield f"docker_server.run_as_user_id: {show(value)}", [path], put(cfg, path, value)
    mutant = put(put(cfg, path, 60000), ("runtime", "remote_ssh"), {"enabled": True})
    yield "run_as_user_id 60000 with runtime.remote_ssh enabled", [path, ("runtime", "remote_ssh")], mutant


def tags(cfg, rng):
    if not _trt_build(cfg) or not isinstance(cfg.get("model_metadata", {}), dict):
        return
    path = ("model_metadata", "tags")
    both = ["openai-compatible", "force-legacy-api-non-openai-compatible"]
    yield "model_metadata.tags: both openai-compatible and the legacy tag", [path], put(cfg, path, both)
    if get(cfg, ("trt_llm", "build", "speculator")):
        yield "legacy tag with a speculator", [path], put(cfg, path, both[1:])


# --- the mistakes Truss's own validators (TC120–TC159) refuse, beyond the cross-field kinds above ---

LOOKAHEAD = {"speculative_decoding_mode": "LOOKAHEAD_DECODING", "lookahead_windows_size": 7,
             "lookahead_ngram_size": 5, "lookahead_verification_set_size": 3}


def num_workers(cfg, rng):
    if not isinstance(cfg.get("runtime", {}), dict):
        return
    path = ("runtime", "num_workers")
    for value in rng.sample([1, 2, "1", 1.0], 2):  # 1 loads but is no Runtime field: the push refuses it
        yield f"runtime.num_workers: {show(value)}", [path], put(cfg, path, value)


def build_no_cache(cfg, rng):
    if not isinstance(cfg.get("build", {}), dict):
        return
    path = ("build", "no_cache")
    for value in rng.sample([True, "true", False], 2):  # only YAML true is refused; a quoted "true" slips through
        yield f"build.no_cache: {show(value)}", [path], put(cfg, path, value)


def training_checkpoints(cfg, rng):
    path = ("training_checkpoints",)
    both = {"artifact_references": [{"training_job_id": "abc"}], "loops_checkpoint_ids": ["x"]}
    yield "training_checkpoints: artifact_references and loops_checkpoint_ids", [path], put(cfg, path, both)


def model_cache_volume(cfg, rng):
    entry = get(cfg, ("model_cache", 0))
    if not isinstance(entry, dict):
        return
    use_volume = put(cfg, ("model_cache", 0, "use_volume"), True)
    # A missing key is reported at the entry that lacks it: the entry itself is a target, not the keys under it.
    targets = [(EXACTLY, "model_cache", 0), ("model_cache", 0, "use_volume")]
    yield "model_cache[0]: use_volume true without a revision", targets, (
        drop(use_volume, ("model_cache", 0, "revision")) if "revision" in entry else use_volume)
    with_revision = put(use_volume, ("model_cache", 0, "revision"), "main")
    yield "model_cache[0]: use_volume true without a volume_folder", targets, (
        drop(with_revision, ("model_cache", 0, "volume_folder")) if "volume_folder" in entry else with_revision)


def weights(cfg, rng):
    entries = cfg.get("weights")
    if not isinstance(entries, list) or not entries or not isinstance(entries[0], dict):
        return
    twice = copy.deepcopy(entries + entries[:1])  # a copy, not the same object: YAML would dump that as an alias
    targets = [("weights", 0, "mount_location"), ("weights", len(entries), "mount_location")]
    yield "weights[0] listed twice", targets, put(cfg, ("weights",), twice)
    source = ("weights", 0, "source")
    for value in (str(entries[0].get("source")).split("://", 1)[-1], "s3://bucket/path@v1"):
        yield f"weights[0].source → {show(value)}", [source], put(cfg, source, value)
    path = ("weights", 0, "auth")
    yield "weights[0].auth: AWS_OIDC without its role and region", [path], put(cfg, path, {"auth_method": "AWS_OIDC"})


def base_model(cfg, rng):
    if not _trt_build(cfg):
        return
    path = ("trt_llm", "build", "base_model")
    # An encoder has no KV cache to reuse, which a speculator needs: the conflict may be reported there.
    targets = [path, ("trt_llm", "build", "speculator")]
    # Names Truss knows but refuses (renamed, moved to Chains) or accepts only with matching settings.
    for value in rng.sample(["llama", "qwen", "mistral", "whisper", "encoder", "encoder_bert"], 2):
        yield f"{dotted(path)}: {show(get(cfg, path))} → {show(value)}", targets, put(cfg, path, value)


def kv_cache_flags(cfg, rng):
    if not _trt_build(cfg):
        return
    plugins = ("trt_llm", "build", "plugin_configuration")
    chunked = ("trt_llm", "runtime", "enable_chunked_context")
    targets = [plugins, chunked, ("trt_llm", "build", "speculator")]  # a speculator needs both flags too
    for paged, fmha, chunked_off in rng.sample(list(itertools.product((False, True), repeat=3)), 2):
        mutant = put(cfg, plugins, {"paged_kv_cache": paged, "use_paged_context_fmha": fmha})
        if chunked_off:
            mutant = put(mutant, chunked, False)
        yield (f"paged_kv_cache {paged}, use_paged_context_fmha {fmha}"
               + (", enable_chunked_context false" if chunked_off else ""), targets, mutant)


def moe_parallelism(cfg, rng):
    if not _trt_build(cfg):
        return
    path = ("trt_llm", "build", "moe_expert_parallel_option")
    targets = [path, ("trt_llm", "build", "tensor_parallel_count")]
    for value in rng.sample([-1, 0, 1, 2, 8, -3], 2):
        yield f"{dotted(path)}: {value}", targets, put(cfg, path, value)


def speculator(cfg, rng):
    if not _trt_build(cfg):
        return
    path = ("trt_llm", "build", "speculator")
    # Besides its own checks, a speculator needs KV cache block reuse: both plugin flags on, and no encoder
    # (Truss turns an encoder's flags off); and `truss push` refuses it beside the legacy model tag.
    targets = [path, ("trt_llm", "build", "plugin_configuration"), ("trt_llm", "build", "base_model"),
               ("model_metadata", "tags")]
    variants = {
        "lookahead": LOOKAHEAD,
        "lookahead without ngram and verification sizes": {"speculative_decoding_mode": "LOOKAHEAD_DECODING",
                                                           "lookahead_windows_size": 7},
        "lookahead with too few draft tokens": {**LOOKAHEAD, "num_draft_tokens": 4},
        "lookahead sizes without the mode": {k: v for k, v in LOOKAHEAD.items() if k != "speculative_decoding_mode"},
        "external draft model": {"speculative_decoding_mode": "DRAFT_TOKENS_EXTERNAL", "num_draft_tokens": 4,
                                 "checkpoint_repository": {"source": "HF", "repo": "a/b"}},
    }
    for name in rng.sample(sorted(variants), 2):
        yield f"speculator: {name}", targets, put(cfg, path, variants[name])


def stack_v2(cfg, rng):
    trt = _trt_build(cfg)
    if not trt or trt.get("inference_stack", "v1") != "v1":
        return
    # v2 refuses the v1 build settings (whichever the config sets) and needs a runtime of its own.
    targets = [("trt_llm", "inference_stack"), ("trt_llm", "build"), ("trt_llm", "runtime"), (EXACTLY, "trt_llm")]
    v2 = put(cfg, ("trt_llm", "inference_stack"), "v2")
    without_runtime = drop(v2, ("trt_llm", "runtime")) if "runtime" in trt else v2
    yield "inference_stack v1 → v2, runtime removed", targets, without_runtime
    yield "inference_stack v1 → v2, runtime emptied", targets, put(v2, ("trt_llm", "runtime"), {})


def lora_settings(cfg, rng):
    if not _trt_build(cfg):
        return
    path = ("trt_llm", "build", "lora_adapters")
    name = rng.choice(["my adapter", "adapter/v2", "sql@1"])
    yield f"lora_adapters name {show(name)}", [path], put(cfg, path, {name: {"source": "HF", "repo": "a/b"}})
    largest = ("trt_llm", "runtime", "lora_cache_max_adapter_size")
    optimal = ("trt_llm", "runtime", "lora_cache_optimal_adapter_size")
    yield "lora_cache_optimal_adapter_size 16 > lora_cache_max_adapter_size 8", [largest, optimal], put(
        put(cfg, largest, 8), optimal, 16)


def version_overrides(cfg, rng):
    if not _trt_build(cfg):
        return
    key = rng.choice(["engine_builder_version", "briton_version", "bei_version", "bei_bert_version"])
    path = ("trt_llm", "version_overrides", key)
    value = rng.choice(["v0.17.0", "latest"])
    yield f"{dotted(path)}: {show(value)}", [path], put(cfg, path, value)


def checkpoint_repository(cfg, rng):
    if not _trt_build(cfg):
        return
    build = ("trt_llm", "build")
    repository = get(cfg, build + ("checkpoint_repository",))
    if isinstance(repository, dict) and repository.get("source") == "HF":
        path = build + ("checkpoint_repository", "repo")
        url = f"https://huggingface.co/{repository.get('repo')}"
        for repo in rng.sample([url, "a--b/c", "org/model.git", "a/b/c"], 2):
            yield f"{dotted(path)} → {show(repo)}", [path], put(cfg, path, repo)
    if repository is not None:
        # The missing key is reported at the build section that lacks it, not at the keys under it.
        yield "trt_llm.build.checkpoint_repository removed", [(EXACTLY,) + build], drop(
            cfg, build + ("checkpoint_repository",))


def accepted_trt_build_keys(cfg, rng):
    if not _trt_build(cfg):
        return
    for key, value in rng.sample([("quantization", "fp8"), ("tp", 2), ("max_batch", 64), ("kv_cache_type", "fp8"),
                                  ("quantisation_type", "fp8")], 2):
        path = ("trt_llm", "build", key)
        yield f"unknown {dotted(path)}: {show(value)}", [path], put(cfg, path, value)


def accepted_env_values(cfg, rng):
    name = rng.choice(["ALLOWED_HOSTS", "MAX_TOKENS", "DEBUG", "LIMITS"])
    value = {"ALLOWED_HOSTS": ["a.example.com", "b.example.com"], "MAX_TOKENS": 4096, "DEBUG": True,
             "LIMITS": {"rpm": 60}}[name]
    path = ("environment_variables", name)
    if cfg.get("environment_variables") is None or isinstance(cfg.get("environment_variables"), dict):
        yield f"environment_variables.{name}: {show(value)}", [path], put(cfg, path, value)


def accepted_metadata_typo(cfg, rng):
    metadata = cfg.get("model_metadata")
    if isinstance(metadata, dict) and "example_model_input" in metadata:
        yield "model_metadata.example_model_input → example_model_inputs", [("model_metadata",)], rename(
            cfg, ("model_metadata", "example_model_input"), "example_model_inputs")


def _typo_kind(section):
    return lambda cfg, rng: typos(cfg, rng, section)


KINDS = {
    **{name: _typo_kind(section) for name, section in TYPO_SECTIONS.items()},
    "wrong type: int for str": int_for_str,
    "wrong type: str for int/bool": str_for_number,
    "wrong type: list for mapping": list_for_mapping,
    "wrong type: scalar for list": scalar_for_list,
    "wrong enum value": enums,
    "out-of-range number": ranges,
    "cross: quantization vs GPU": quantization_vs_gpu,
    "cross: TP×PP×SP vs GPU count": parallelism_vs_gpus,
    "cross: calibration sizes": calibration,
    "cross: lora_cache_* under build": lora_under_build,
    "cross: v2 forbidden build fields": v2_forbidden,
    "cross: docker_server required fields": docker_server,
    "cross: run_as_user_id / remote_ssh": run_as_user_id,
    "cross: tags": tags,
    "validator: num_workers": num_workers,
    "validator: build.no_cache": build_no_cache,
    "validator: training_checkpoints": training_checkpoints,
    "validator: model_cache volume": model_cache_volume,
    "validator: weights": weights,
    "validator: base_model": base_model,
    "validator: KV cache flags": kv_cache_flags,
    "validator: MoE parallelism": moe_parallelism,
    "validator: speculator": speculator,
    "validator: stack v2": stack_v2,
    "validator: LoRA": lora_settings,
    "validator: version_overrides": version_overrides,
    "validator: checkpoint_repository": checkpoint_repository,
    "accepted: unknown key in trt_llm.build": accepted_trt_build_keys,
    "accepted: env var of another type": accepted_env_values,
    "accepted: model_metadata typo": accepted_metadata_typo,
}


# --- running ------------------------------------------------------------------------------------

def corpus_configs():
    import yaml

    for line in (CORPUS / "TRUSS-0.18.36-VERDICTS.jsonl").read_text().splitlines():
        row = json.loads(line)
        if row["load"] != "ok" or row["push"] != "ok":
            continue
        try:
            data = yaml.safe_load((CORPUS / row["path"]).read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
        if isinstance(data, dict):
            yield row["path"], data


def make_mutants(out: Path, seed: int, kinds: list[str]) -> tuple[list[dict], dict[str, str]]:
    import yaml

    def dump(data, path: Path) -> str:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
        return str(path)

    mutants, baselines = [], {}
    for index, (source, cfg) in enumerate(corpus_configs()):
        baselines[source] = dump(cfg, out / "base" / f"{index:03d}" / "config.yaml")
        for kind in kinds:
            rng = random.Random(f"{seed}:{kind}:{source}")
            for description, targets, mutant in KINDS[kind](cfg, rng):
                path = dump(mutant, out / "mutants" / f"{len(mutants):05d}" / "config.yaml")
                mutants.append({"kind": kind, "source": source, "mutation": description, "file": path,
                                "targets": [list(t) for t in targets]})
    return mutants, baselines


def truss_verdicts(paths: list[str], out: Path) -> dict:
    listing, result = out / "truss-list.txt", out / "truss-verdicts.json"
    listing.write_text("\n".join(paths))
    subprocess.run([str(TRUSS_PYTHON), str(ROOT / "scripts" / "truss_verdicts.py"), "--batch", str(listing),
                    str(result)], check=True)
    return json.loads(result.read_text())


def export(against: Path, rev: str, out: Path) -> Path:
    source = out / "source"
    source.mkdir()
    archive = subprocess.run(["git", "-C", str(against), "archive", rev], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
    return source


def lint_all(paths: list[str], out: Path, against: Path, exported: bool) -> dict:
    listing, result = out / "lint-list.txt", out / "lint.json"
    listing.write_text("\n".join(paths))
    python = against / ".venv" / "bin" / "python"
    python = python if python.exists() and not exported else Path(sys.executable)
    env = {**os.environ, "PYTHONPATH": str(against)}
    subprocess.run([str(python), str(Path(__file__).resolve()), "_lint", str(listing), str(result)], check=True,
                   env=env, cwd=str(out))
    return json.loads(result.read_text())


def _lint_worker(listing: str, out: str) -> None:
    """Run by the Python of the code under study: lint each listed file in-process, as JSON."""
    import truss_lint
    from truss_lint.engine import lint_bytes
    from truss_lint.settings import Settings

    settings = Settings(target_truss_version="0.18.36")
    found = {"__truss_lint__": str(Path(truss_lint.__file__).parent)}
    for path in Path(listing).read_text().splitlines():
        result = lint_bytes(Path(path).read_bytes(), path, settings)
        found[path] = [{"code": d.code, "name": d.name, "severity": d.severity.value, "message": d.message,
                        "help": d.help, "key_path": list(d.key_path), "line": d.span.line} for d in result.diagnostics]
    Path(out).write_text(json.dumps(found))


def under(path, target) -> bool:
    if target and target[0] == EXACTLY:
        return list(path) == list(target[1:])
    return list(path[:len(target)]) == list(target)


def analyse(mutants, baselines, verdicts, lints, examples: int):
    sys.path.insert(0, str(ROOT / "tests"))
    from truss_claims import claims, false_claims

    def text(d):
        return d["message"] + (f" || {d['help']}" if d.get("help") else "")

    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    failures: dict[str, list] = collections.defaultdict(list)
    wrong_claims: list[dict] = []
    skipped = collections.Counter()
    accepted_errors = collections.Counter()  # (kind, code, name) of new errors on mutants Truss accepts
    misses = collections.Counter()  # (kind, problem, the new errors off the key) of rejected mutants missed
    for m in mutants:
        base_verdict = verdicts[baselines[m["source"]]]
        if base_verdict["load"] != "ok" or base_verdict["push"] != "ok":
            skipped["baseline not accepted"] += 1
            continue
        verdict, found = verdicts[m["file"]], lints[m["file"]]
        before = collections.Counter((d["code"], tuple(d["key_path"])) for d in lints[baselines[m["source"]]]
                                     if d["severity"] == "error")
        new_errors, seen = [], collections.Counter()
        for d in found:
            if d["severity"] != "error":
                continue
            key = (d["code"], tuple(d["key_path"]))
            seen[key] += 1
            if seen[key] > before[key]:
                new_errors.append(d)
        at_key = [d for d in new_errors if any(under(d["key_path"], t) for t in m["targets"])]
        others = [d for d in new_errors if d not in at_key]
        lies = [d for d in found if false_claims(claims(text(d)), verdict)]
        counts = table[m["kind"]]
        counts["mutants"] += 1
        counts["false claims"] += bool(lies)
        for d in lies:
            wrong_claims.append({**m, "verdict": verdict, "said": d})
        rejected = verdict["load"] != "ok" or verdict["push"] != "ok"
        if rejected:
            counts["rejected"] += 1
            counts["caught"] += bool(new_errors)
            counts["at key"] += bool(at_key)
            exact = bool(at_key) and not others
            counts["exact"] += exact
            problem = None if exact else ("no error" if not new_errors else "error elsewhere" if not at_key
                                          else "other new errors")
            if problem:
                misses[(m["kind"], problem, ", ".join(sorted({f"{d['code']} at {dotted(d['key_path']) or '(top)'}"
                                                              for d in others})) or "-")] += 1
        else:
            counts["accepted"] += 1
            counts["errors on accepted"] += bool(new_errors)
            counts["warnings on accepted"] += any(d["severity"] == "warning" for d in found)
            problem = "false claim" if lies else None
            for d in new_errors:
                accepted_errors[(m["kind"], d["code"], d["name"])] += 1
            if not lies and new_errors:
                counts["to review"] += 1
                problem = "error where Truss accepts (check it is a real failure Truss cannot see)"
        if problem:
            failures[m["kind"]].append({**m, "problem": problem, "verdict": verdict,
                                        "said": [d for d in found if d["severity"] in ("error", "warning")]})
    spread = {kind: _spread(found, examples) for kind, found in failures.items()}
    return table, spread, wrong_claims, skipped, accepted_errors, misses


def _spread(failures: list[dict], limit: int) -> list[dict]:
    """Up to `limit` examples, taking each kind of problem and each mutated key in turn."""
    groups = collections.defaultdict(list)
    for f in failures:
        groups[(f["problem"], f["mutation"].split(":")[0].split(" ")[0])].append(f)
    chosen, queues = [], list(groups.values())
    while queues and len(chosen) < limit:
        for queue in list(queues):
            if queue and len(chosen) < limit:
                chosen.append(queue.pop(0))
            if not queue:
                queues.remove(queue)
    return chosen


def pct(part, whole) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "–"


def render_table(table) -> str:
    lines = ["| kind of mistake | mutants | Truss rejects | caught (any error) | error at the key | "
             "exact (at key, no other new error) | Truss accepts | false claims | errors on accepted "
             "| warnings on accepted |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    total = collections.Counter()
    for kind in KINDS:
        if kind not in table:
            continue
        c = table[kind]
        total.update(c)
        lines.append(f"| {kind} | {c['mutants']} | {c['rejected']} | {pct(c['caught'], c['rejected'])} | "
                     f"{pct(c['at key'], c['rejected'])} | **{pct(c['exact'], c['rejected'])}** | {c['accepted']} | "
                     f"{c['false claims']} | {c['errors on accepted']} | {c['warnings on accepted']} |")
    c = total
    lines.append(f"| **all** | {c['mutants']} | {c['rejected']} | {pct(c['caught'], c['rejected'])} | "
                 f"{pct(c['at key'], c['rejected'])} | **{pct(c['exact'], c['rejected'])}** | {c['accepted']} | "
                 f"{c['false claims']} | {c['errors on accepted']} | {c['warnings on accepted']} |")
    return "\n".join(lines)


def _short(text: str, limit: int = 220) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit] + "…"


def _truss(verdict) -> str:
    if verdict["load"] != "ok":
        return "load error: " + _short(verdict.get("load_message", ""), 200)
    if verdict["push"] != "ok":
        return "push error: " + _short(verdict.get("push_message", ""), 200)
    return "accepts (load + push check)"


def _said(diagnostics) -> str:
    if not diagnostics:
        return "nothing"
    return "<br>".join(f"{d['code']} {d['severity']} at `{dotted(d['key_path']) or '(top)'}`: "
                       f"{_short(d['message'], 180)}" for d in diagnostics[:4])


def render_examples(failures, wrong_claims) -> str:
    out = []
    if wrong_claims:
        out += ["### Messages claiming what Truss does not do", "",
                "| kind | file | mutation | Truss | message |", "|---|---|---|---|---|"]
        seen = set()
        for w in wrong_claims:
            key = (w["said"]["code"], w["kind"])
            if key in seen:
                continue
            seen.add(key)
            out.append(f"| {w['kind']} | `{w['source']}` | {w['mutation']} | {_truss(w['verdict'])} | "
                       f"{_said([w['said']])} |")
        out.append("")
    for kind in KINDS:
        if not failures.get(kind):
            continue
        out += [f"### {kind}", "", "| file | mutation | problem | Truss | truss-lint said (errors, warnings) |",
                "|---|---|---|---|---|"]
        for f in failures[kind]:
            out.append(f"| `{f['source']}` | {f['mutation']} | {f['problem']} | {_truss(f['verdict'])} | "
                       f"{_said(f['said'])} |")
        out.append("")
    return "\n".join(out)


def git_head(path: Path, rev: str = "HEAD") -> str:
    try:
        return subprocess.run(["git", "-C", str(path), "log", "-1", "--format=%h %s", rev], capture_output=True,
                              text=True, check=True).stdout.strip()[:100]
    except (OSError, subprocess.CalledProcessError):
        return "(not a git checkout)"


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "_lint":
        _lint_worker(sys.argv[2], sys.argv[3])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--against", type=Path, default=ROOT, help="the checkout whose truss_lint is studied")
    parser.add_argument("--rev", help="study this commit of --against (exported with git archive), not its files")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--kind", action="append", choices=list(KINDS), help="only these kinds (repeatable)")
    parser.add_argument("--examples", type=int, default=15, help="failing examples kept per kind")
    parser.add_argument("--report", type=Path, help="write the table and the examples as Markdown here")
    parser.add_argument("--keep", type=Path, help="keep the mutants in this directory")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    if not TRUSS_PYTHON.exists():
        sys.exit(f"no Truss 0.18.36 Python at {TRUSS_PYTHON} (set TRUSS_PYTHON)")
    against = args.against.resolve()
    with tempfile.TemporaryDirectory(prefix="truss-mutants-") as tmp:
        out = args.keep or Path(tmp)
        mutants, baselines = make_mutants(out, args.seed, args.kind or list(KINDS))
        paths = sorted(set(baselines.values()) | {m["file"] for m in mutants})
        verdicts = truss_verdicts(paths, out)
        code_dir = export(against, args.rev, out) if args.rev else against
        lints = lint_all(paths, out, code_dir, exported=bool(args.rev))
        code = lints.pop("__truss_lint__")
        if not code.startswith(str(code_dir)):
            sys.exit(f"the lint ran {code}, not the code under study in {code_dir}")
        table, failures, wrong_claims, skipped, accepted_errors, misses = analyse(
            mutants, baselines, verdicts, lints, args.examples)
    which = (f"commit {git_head(against, args.rev)} of {against}" if args.rev
             else f"files of {against} (HEAD {git_head(against)})")
    header = (f"truss_lint: {which}; seed {args.seed}; {len(mutants)} mutants "
              f"of {len(baselines)} corpus configs" + (f"; skipped: {dict(skipped)}" if skipped else ""))
    table_text = render_table(table)
    print(header)
    print(table_text)
    print(f"{len(wrong_claims)} messages claim a rejection Truss does not make")
    reviewed = "\n".join(f"- {kind}: {code} `{name}` × {n}"
                         for (kind, code, name), n in sorted(accepted_errors.items()))
    reviewed = f"Errors on mutants Truss accepts (each must be a failure Truss cannot see):\n{reviewed or '- none'}"
    print(reviewed)
    why = "\n".join(f"- {kind}: {problem} ({others}) × {n}" for (kind, problem, others), n in
                    sorted(misses.items(), key=lambda item: (list(KINDS).index(item[0][0]), -item[1])))
    why = f"Why rejected mutants missed \"exact\" (new errors off the mutated key):\n{why or '- none'}"
    print(why)
    if args.report:
        sections = [header, table_text, why, reviewed, render_examples(failures, wrong_claims)]
        args.report.write_text("\n\n".join(sections) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
