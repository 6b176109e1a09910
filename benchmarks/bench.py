#!/usr/bin/env python3
"""Time `truss-lint check` against check-jsonschema (our schema) and yamllint on the same files.

    pip install '.[bench]'                # the peers: check-jsonschema, yamllint
    python benchmarks/bench.py            # full run: 1 file ×15, 1,000 files ×7, 10,000 files ×3
    python benchmarks/bench.py --quick    # smaller run for a quick look

Configs are synthetic but realistic (resources, accelerators, model_cache, env vars, trt_llm,
secrets, requirements; about one in eight has a mistake), generated from a fixed seed so every
run lints the same bytes. The tools run as subprocesses, in turn (A B C, A B C, ...), so drift
on the machine hits all of them alike; we report medians and ratios. Peak memory is the
child's max RSS (`resource.getrusage(RUSAGE_CHILDREN)` after each run in a fresh helper process).

Every tool runs as a user would run it after `pip install`: with bytecode caching on (the
caches go to a temporary directory, so the checkout stays clean) and one warm-up run first.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "truss-config.schema.json"
BIN = Path(sys.executable).parent

# --------------------------------------------------------------------------- configs

ACCELERATORS = ["T4", "L4", "A10G", "A100", "H100", "H200", "B200"]
MODELS = ["meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3", "Qwen/Qwen2.5-7B-Instruct",
          "stabilityai/stable-diffusion-xl-base-1.0", "openai/whisper-large-v3", "BAAI/bge-large-en-v1.5",
          "google/gemma-2-9b-it", "microsoft/Phi-3-mini-4k-instruct", "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B"]
PACKAGES = ["torch==2.4.1", "transformers==4.44.2", "accelerate==0.34.2", "vllm==0.6.3", "diffusers==0.30.3",
            "sentencepiece", "numpy<2", "pillow", "huggingface_hub[hf_transfer]", "safetensors>=0.4",
            "openai-whisper", "sentence-transformers==3.1.1", "bitsandbytes==0.43.3", "xformers"]
# Mistakes people make; each config gets at most one, about one config in eight.
PROBLEMS = [
    ("resources", "resources:\n  accelerator: A100\n  use_gpu: false\n"),
    ("resources", "resources:\n  cpu: 4\n  memory: 16GB\n  accelerator: H100:3\n  use_gpu: true\n"),
    ("resources", "resources:\n  accelerator: A10\n  use_gpu: true\n"),
    ("extra", "requirement:\n  - torch\n"),
    ("extra", "python_version: py36\n"),
    ("extra", "environment_variables:\n  HF_TOKEN: hf_abcdefghijklmnopqrstuvwxyz0123456789\n"),
    ("extra", "model_name: duplicate-name\n"),
    ("extra", "runtime:\n  predict_concurrency: many\n"),
    ("extra", "secrets:\n  - hf_access_token\n"),
]


def config_text(rng: random.Random, index: int) -> str:
    """One config. How often each top-level key appears follows the 305 real configs in
    `../shared/corpus` (model_metadata 87 %, secrets 49 %, environment_variables 47 %, requirements
    46 %, system_packages 39 %, trt_llm 38 %, external_package_dirs 34 %, runtime 34 %, base_image
    30 %, docker_server 24 %, build_commands 18 %, model_cache 16 %, description 11 %), and so does the
    size: median 690 bytes and 29 lines (the corpus: 768 bytes, 29 lines)."""
    model = rng.choice(MODELS)
    short = model.split("/")[-1].lower()
    accelerator = rng.choice(ACCELERATORS + [None, None])
    problem = rng.choice(PROBLEMS) if rng.random() < 0.125 else None
    lines = [f"model_name: {short}-{index}\n"]
    if rng.random() < 0.11:
        lines.append(f"description: Serves {model} behind an OpenAI-compatible API.\n")
    if rng.random() < 0.72:
        lines.append(f"python_version: py3{rng.choice([9, 10, 11, 12])}\n")
    if rng.random() < 0.87:
        lines.append(f"model_metadata:\n  repo_id: {model}\n  example_model_input:\n"
                     f"    prompt: What is the capital of France?\n    max_tokens: {rng.choice([64, 256, 512])}\n"
                     f"    temperature: {rng.choice([0.2, 0.7, 1.0])}\n"
                     "  tags:\n  - openai-compatible\n")
    if rng.random() < 0.46:
        lines.append("requirements:\n" + "".join(f"  - {p}\n" for p in rng.sample(PACKAGES, rng.randint(2, 7))))
    if rng.random() < 0.39:
        lines.append("system_packages:\n  - ffmpeg\n  - libgl1\n")
    if rng.random() < 0.34:
        lines.append("external_package_dirs:\n  - ../common\n")
    if rng.random() < 0.30:
        lines.append("base_image:\n  image: nvcr.io/nvidia/pytorch:24.05-py3\n"
                     "  python_executable_path: /usr/bin/python3\n")
    if rng.random() < 0.18:
        lines.append("build_commands:\n  - pip install flash-attn --no-build-isolation\n"
                     "  - python -c \"import torch; print(torch.__version__)\"\n")
    if rng.random() < 0.24:
        lines.append(f"docker_server:\n  start_command: sh -c \"vllm serve {model} --port 8000\"\n"
                     "  readiness_endpoint: /health\n  liveness_endpoint: /health\n"
                     "  predict_endpoint: /v1/chat/completions\n  server_port: 8000\n")
    if problem and problem[0] == "resources":
        lines.append(problem[1])
    else:
        res = ["resources:\n"]
        if rng.random() < 0.7:
            res.append(f"  cpu: \"{rng.choice([1, 2, 4, 8, 16])}\"\n")
            res.append(f"  memory: {rng.choice([2, 4, 8, 16, 32, 64])}Gi\n")
        if accelerator:
            count = rng.choice(["", "", "", ":2", ":4"])
            res.append(f"  accelerator: {accelerator}{count}\n  use_gpu: true\n")
        else:
            res.append("  use_gpu: false\n")
        lines.append("".join(res))
    if rng.random() < 0.47:
        env = {"HF_HUB_ENABLE_HF_TRANSFER": "\"1\"", "TOKENIZERS_PARALLELISM": "\"false\"",
               "MAX_BATCH_SIZE": f"\"{rng.choice([8, 16, 32])}\"", "LOG_LEVEL": "INFO"}
        keys = rng.sample(sorted(env), rng.randint(1, len(env)))
        lines.append("environment_variables:\n" + "".join(f"  {k}: {env[k]}\n" for k in keys))
    if rng.random() < 0.49:
        lines.append("secrets:\n  hf_access_token: null\n")
    if rng.random() < 0.16:
        lines.append(f"model_cache:\n  - repo_id: {model}\n    revision: main\n    use_volume: true\n"
                     f"    volume_folder: {short}\n"
                     "    allow_patterns:\n      - \"*.json\"\n      - \"*.safetensors\"\n")
    elif accelerator not in (None, "T4") and rng.random() < 0.55:  # TRT-LLM needs A10G or newer
        # FP8 needs Hopper or newer; an FP8 build on an A100 is one of the deliberate PROBLEMS.
        quantization = rng.choice(["no_quant", "fp8", "fp8_kv"]) if accelerator in ("H100", "H200", "B200") \
            else "no_quant"
        lines.append(f"trt_llm:\n  build:\n    base_model: decoder\n    checkpoint_repository:\n"
                     f"      repo: {model}\n      source: HF\n    max_seq_len: {rng.choice([4096, 8192, 32768])}\n"
                     f"    max_batch_size: {rng.choice([32, 64, 256])}\n"
                     f"    quantization_type: {quantization}\n"
                     "    tensor_parallel_count: 1\n  runtime:\n    kv_cache_free_gpu_mem_fraction: 0.9\n"
                     "    enable_chunked_context: true\n")
    if rng.random() < 0.34:
        lines.append(f"runtime:\n  predict_concurrency: {rng.choice([1, 8, 32, 128])}\n")
    if problem and problem[0] == "extra":
        lines.append(problem[1])
    rng.shuffle(lines)
    return "# Generated by benchmarks/bench.py\n" + "".join(lines)


def generate(root: Path, count: int, seed: int = 7) -> list[Path]:
    """`count` configs under `root/NNNNN/config.yaml`, the same bytes for the same seed."""
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        path = root / f"{index:05d}" / "config.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(config_text(rng, index), encoding="utf-8")
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- running

@dataclass
class Tool:
    name: str
    argv: list[str]
    takes_directory: bool  # can it be given a directory (or must we list the files)?


def tools(single_process_too: bool) -> list[Tool]:
    """truss-lint as installed (default `--jobs`: auto), and optionally pinned to one process."""
    truss_lint = [str(BIN / "truss-lint"), "check", "--no-color"]
    found = [Tool("truss-lint", truss_lint, True)]
    if single_process_too:
        found.append(Tool("truss-lint -j1", truss_lint + ["--jobs", "1"], True))
    found += [
        Tool("check-jsonschema", [str(BIN / "check-jsonschema"), "--schemafile", str(SCHEMA)], False),
        Tool("yamllint", [str(BIN / "yamllint"), "-f", "parsable"], True),
    ]
    return [t for t in found if Path(t.argv[0]).exists()]


# Runs one command and prints its wall time, its CPU time and the peak RSS of its process tree
# (the largest of its processes), so each measurement's RUSAGE_CHILDREN is that command's alone.
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code)
"""


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)
    exit_codes: set[int] = field(default_factory=set)


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, int]:
    out = subprocess.run([sys.executable, "-c", _MEASURE, *argv], env=env, capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2]), int(out[3])


def run_scenario(label: str, targets: list[str], files: list[str], repeats: int, chosen: list[Tool],
                 env: dict[str, str]) -> dict[str, Sample]:
    samples = {tool.name: Sample() for tool in chosen}
    for tool in chosen:  # warm-up: bytecode caches, page cache
        measure(tool.argv + (targets if tool.takes_directory else files), env)
    for round_ in range(repeats):
        order = chosen if round_ % 2 == 0 else chosen[::-1]  # alternate, so no tool always goes first
        for tool in order:
            seconds, cpu, peak, code = measure(tool.argv + (targets if tool.takes_directory else files), env)
            sample = samples[tool.name]
            sample.seconds.append(seconds)
            sample.cpu_seconds.append(cpu)
            sample.peak_kib.append(peak)
            sample.exit_codes.add(code)
        print(f"  {label}: round {round_ + 1}/{repeats}", end="\r", file=sys.stderr, flush=True)
    print(" " * 60, end="\r", file=sys.stderr)
    return samples


def bench_env(cache: Path) -> dict[str, str]:
    """The environment a user's shell gives: a sandbox's PYTHONDONTWRITEBYTECODE (no bytecode
    caches) or PYTHONUNBUFFERED (a write per line of output) would slow every tool alike."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONUNBUFFERED", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env["NO_COLOR"] = "1"
    return env


# --------------------------------------------------------------------------- report

def format_table(title: str, count: int, samples: dict[str, Sample]) -> str:
    base = statistics.median(samples["truss-lint"].seconds)
    base_cpu = statistics.median(samples["truss-lint"].cpu_seconds)
    lines = [f"### {title}", "",
             "| tool | median wall | per file | truss-lint is (wall) | median CPU | truss-lint is (CPU) "
             "| peak RSS | exit codes |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    for name, sample in samples.items():
        wall, cpu = statistics.median(sample.seconds), statistics.median(sample.cpu_seconds)
        per_file = f"{wall / count * 1000:.2f} ms" if count > 1 else "–"
        if name == "truss-lint":
            ratio = cpu_ratio = "–"
        elif name.startswith("truss-lint -j"):
            ratio, cpu_ratio = f"default is {wall / base:.2f}× as fast", "–"
        else:
            ratio = f"**{wall / base:.1f}× faster**" if wall >= base else f"**{base / wall:.1f}× slower**"
            cpu_ratio = f"{cpu / base_cpu:.1f}× less" if cpu >= base_cpu else f"{base_cpu / cpu:.1f}× more"
        peak = f"{max(sample.peak_kib) / 1024:.1f} MiB"
        lines.append(f"| {name} | {wall * 1000:.0f} ms | {per_file} | {ratio} | {cpu * 1000:.0f} ms | {cpu_ratio} "
                     f"| {peak} | {','.join(map(str, sorted(sample.exit_codes)))} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 file ×7, 200 and 1,000 files ×2")
    parser.add_argument("--output", type=Path, help="also write the tables (Markdown) to this file")
    parser.add_argument("--keep", action="store_true", help="keep the generated configs")
    args = parser.parse_args()

    cold_repeats, sizes = (7, [(200, 3), (1000, 2)]) if args.quick else (15, [(1000, 7), (10000, 3)])
    workdir = Path(tempfile.mkdtemp(prefix="truss-lint-bench-"))
    env = bench_env(workdir / "pycache")
    sections = []
    # Every tool runs from a directory holding no configuration of its own: launched from a
    # checkout, truss-lint would find and parse this repository's pyproject.toml (and yamllint
    # a .yamllint), which says nothing about the tools.
    launched_from = os.getcwd()
    os.chdir(workdir)
    try:
        biggest = max(n for n, _ in sizes)
        print(f"generating {biggest:,} configs in {workdir} ...", file=sys.stderr)
        trees = {}
        for count, _ in sizes:
            tree = workdir / f"tree-{count}"
            trees[count] = [str(p) for p in generate(tree, count)]
        one = trees[sizes[0][0]][0]

        chosen = tools(False)
        samples = run_scenario("one file", [one], [one], cold_repeats, chosen, env)
        sections.append(format_table(f"One file, cold start (median of {cold_repeats})", 1, samples))
        memory = {name: {1: max(s.peak_kib)} for name, s in samples.items()}
        for count, repeats in sizes:
            chosen = tools(True)
            tree = str(workdir / f"tree-{count}")
            samples = run_scenario(f"{count:,} files", [tree], trees[count], repeats, chosen, env)
            sections.append(format_table(f"{count:,} files (median of {repeats})", count, samples))
            for name, s in samples.items():
                memory.setdefault(name, {})[count] = max(s.peak_kib)
        counts = [1] + [n for n, _ in sizes]
        mem_lines = ["### Peak memory (max RSS of the largest process) as the number of files grows", "",
                     "| tool | " + " | ".join(f"{c:,} file{'s' if c > 1 else ''}" for c in counts) + " |",
                     "|---|" + "---:|" * len(counts)]
        for name, peaks in memory.items():
            cells = [f"{peaks[c] / 1024:.1f} MiB" if c in peaks else "–" for c in counts]
            mem_lines.append(f"| {name} | " + " | ".join(cells) + " |")
        sections.append("\n".join(mem_lines) + "\n")
    finally:
        os.chdir(launched_from)
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    versions = []
    for tool, module in (("check-jsonschema", "check_jsonschema"), ("yamllint", "yamllint")):
        try:
            from importlib.metadata import version

            versions.append(f"{tool} {version(tool)}")
        except Exception:
            versions.append(f"{tool} ({module} not installed)")
    header = (f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
              f"{platform.system()} {platform.release()}; {', '.join(versions)}.\n"
              f"Command: `{Path(sys.executable).name} benchmarks/bench.py{' --quick' if args.quick else ''}`\n")
    report = header + "\n" + "\n".join(sections)
    print(report)
    if args.output:
        args.output.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
