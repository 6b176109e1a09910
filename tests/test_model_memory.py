"""Offline model-size estimates and the memory rules (TC302 model-exceeds-vram, TC303
model-tight-vram, TC304 host-ram-below-weights), checked against the figures measured on an H200
in ../shared/reference/vram-calibration.md. No network: weights files are generated here."""

from __future__ import annotations

import json
import socket
import struct
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from truss_lint import model_size
from truss_lint.catalog import builtin_catalog
from truss_lint.engine import lint
from truss_lint.gpu_memory import (
    CUDA_CONTEXT_GIB,
    SERVING_BATCH,
    SERVING_TOKENS,
    cheapest_serving,
    fit,
)
from truss_lint.model_size import (
    GIB,
    METHOD_FILE_SIZE,
    METHOD_HEADER,
    METHOD_INDEX,
    METHOD_NAME,
    METHOD_TABLE,
    ModelShape,
    Reference,
    WeightFileError,
    estimate_model_size,
    parse_size_token,
    read_safetensors_header,
    required_literal,
    size_reference,
    size_table,
    truss_directory,
)
from truss_lint.settings import Settings

MEMORY_RULES = ["TC302", "TC303", "TC304"]
DTYPE_BYTES = {"BF16": 2, "F16": 2, "F32": 4, "I8": 1, "F8_E4M3": 1}


# --- helpers ------------------------------------------------------------------------------------

def write_safetensors(path: Path, tensors: dict[str, tuple[str, list[int]]], *, sparse: bool = False,
                      metadata: dict | None = None) -> int:
    """A real safetensors file (no numpy): header + data region. With `sparse`, the data region is
    a hole made by truncate, so a 20 GiB file costs no disk. Returns the data size in bytes."""
    header: dict = {"__metadata__": metadata or {"format": "pt"}}
    offset = 0
    for name, (dtype, shape) in tensors.items():
        size = DTYPE_BYTES[dtype]
        for dim in shape:
            size *= dim
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    raw = json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)  # the format pads the header to 8 bytes
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(struct.pack("<Q", len(raw)))
        handle.write(raw)
        if sparse:
            handle.truncate(8 + len(raw) + offset)
        else:
            handle.write(b"\0" * offset)
    return offset


def run_rules(text: str, path: str = "config.yaml", rules: list[str] = MEMORY_RULES):
    return lint(text, path, Settings(select=rules)).diagnostics


def codes(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


def config(accelerator: str | None, repo: str, extra: str = "") -> str:
    resources = f"resources:\n  accelerator: {accelerator}\n  use_gpu: true\n" if accelerator else ""
    return (f"model_name: m\n{resources}model_cache:\n  - repo_id: {repo}\n    use_volume: true\n"
            f"    volume_folder: weights\n{extra}")


def llama_parameters(vocab, hidden, layers, kv_heads, head_dim, intermediate, tied=False) -> int:
    """The calibration's parameter formula for a Llama-style decoder."""
    per_layer = 2 * hidden**2 + 2 * hidden * kv_heads * head_dim + 3 * hidden * intermediate + 2 * hidden
    return (1 if tied else 2) * vocab * hidden + layers * per_layer + hidden


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("truss-lint must not open network connections")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# --- the calibration figures --------------------------------------------------------------------

def test_table_counts_match_the_llama_parameter_formula():
    table = size_table()
    assert table.family("Llama-3.1-8B-Instruct").parameters == llama_parameters(128256, 4096, 32, 8, 128, 14336) \
        == 8_030_261_248
    assert table.family("Llama-3.3-70B-Instruct").parameters == llama_parameters(128256, 8192, 80, 8, 128, 28672) \
        == 70_553_706_496
    assert table.family("Llama-3.1-405B-Instruct-FP8").parameters == llama_parameters(128256, 16384, 126, 8, 128, 53248)
    assert table.family("Llama-3.2-1B-Instruct").parameters == llama_parameters(128256, 2048, 16, 8, 64, 8192,
                                                                                 tied=True)
    assert table.family("Llama-3.2-3B").parameters == llama_parameters(128256, 3072, 28, 8, 128, 8192, tied=True)


def test_kv_cache_formula_reproduces_the_measured_figures():
    llama_8b, llama_70b = ModelShape(32, 8, 128), ModelShape(80, 8, 128)
    assert llama_8b.kv_cache_bytes(1) == 128 * 1024  # 128 KiB a token in bf16
    assert llama_70b.kv_cache_bytes(1) == 320 * 1024
    assert llama_8b.kv_cache_bytes(8 * 2048) == 2 * GIB  # measured: 2.0 GiB
    assert llama_70b.kv_cache_bytes(8 * 2048) == 5 * GIB  # measured: 5.0 GiB (then out of memory)


def test_llama_70b_bf16_exceeds_an_80gb_card_and_names_what_fits():
    for accelerator in ("H100", "A100"):
        [finding] = [d for d in run_rules(config(accelerator, "meta-llama/Llama-3.1-70B-Instruct"))
                     if d.code == "TC302"]
        assert finding.severity.value == "error"
        assert "≈131 GiB" in finding.message
        assert "70.6B parameters (table: Llama 3.x 70B) × 2 bytes bf16 (default)" in finding.message
        assert f"less {CUDA_CONTEXT_GIB:g} GiB CUDA context" in finding.message
        assert "$" in finding.message and "/month" in finding.message
        # cheapest of the same family that holds it with room to serve, and the cheapest overall
        assert f"`accelerator: {accelerator}:2`" in finding.help
        assert "A100:2x24x288" in finding.help and "$0.13334/min" in finding.help
    assert (finding.span.line, finding.key_path) == (3, ("resources", "accelerator"))


def test_llama_70b_bf16_is_tight_on_one_h200():
    diagnostics = run_rules(config("H200", "meta-llama/Llama-3.1-70B-Instruct"))
    assert codes(diagnostics) == ["TC303"]
    message = diagnostics[0].message
    # 139.80 reported − 0.61 context = 139.19 usable; 139.19 − 131.42 weights = 7.77 GiB (5.6%)
    assert "leave ≈7.8 GiB (5.6%)" in message
    assert "139.2 GiB usable" in message
    # the measured OOM: 8 × 2048 tokens (KV 5 GiB) peak ≈1.9 × 5 GiB
    assert "≈9.5 GiB peak of a prefill of 8 × 2048 tokens (KV cache 5.00 GiB × 1.9)" in message
    assert "H200:2" in diagnostics[0].help


def test_llama_8b_fits_an_a10g_with_room_to_serve():
    size = estimate_model_size({"model_cache": [{"repo_id": "meta-llama/Llama-3.1-8B-Instruct"}]})
    a10g = builtin_catalog().by_name("A10Gx4x16")
    result = fit(a10g, size)
    assert result.weights_gib == pytest.approx(14.96, abs=0.01)  # calibration: 14.96 GiB
    assert result.usable_gib == pytest.approx(21.99 - 0.61)
    assert result.headroom_gib == pytest.approx(6.42, abs=0.01)  # 30% of usable
    assert result.kv_cache_gib == pytest.approx(2.0)  # 8 × 2048 tokens
    assert result.prefill_peak_gib == pytest.approx(3.8)  # measured peak +3.81 GiB
    assert not result.exceeds and not result.tight
    assert run_rules(config("A10G", "meta-llama/Llama-3.1-8B-Instruct")) == []


def test_fp8_70b_on_one_h100_fits_with_room():
    text = ("resources:\n  accelerator: H100\n  use_gpu: true\ntrt_llm:\n  build:\n    base_model: decoder\n"
            "    quantization_type: fp8\n    checkpoint_repository:\n      source: HF\n"
            "      repo: meta-llama/Llama-3.1-70B-Instruct\n")
    size = estimate_model_size(__import__("yaml").safe_load(text))
    assert size.describe().startswith("≈65.7 GiB")
    assert "1 byte fp8 (quantization_type fp8)" in size.describe()
    result = fit(builtin_catalog().by_name("H100"), size)
    assert result.headroom_gib == pytest.approx(12.8, abs=0.1) and not result.tight
    assert run_rules(text, rules=["TC302", "TC303"]) == []


def test_int4_awq_70b_exceeds_an_a10g_but_two_fit():
    [finding] = run_rules(config("A10G", "hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4"), rules=["TC302"])
    assert "× 0.5 bytes int4 AWQ (from the name)" in finding.message
    assert "≈32.9 GiB" in finding.message
    assert "A10G:2x24x96" in finding.help and "`accelerator: A10G:2`" in finding.help


# --- sizes from references ----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "method", "expected_gib", "phrase"), [
    ("hf://Qwen/Qwen2.5-Coder-32B-Instruct@main", METHOD_TABLE, 61.1, "table: Qwen2.5 32B"),
    ("someorg/Great-Model-13B-chat", METHOD_NAME, 24.2, "13B in the name"),
    ("someorg/tiny-1.5B", METHOD_NAME, 2.79, "1.5B in the name"),
    ("someorg/NewMoE-8x7B", METHOD_NAME, 83.4, "8×7B in the name × 0.8 (experts share attention) ≈ 44.8B"),
    ("mistralai/Mixtral-8x7B-Instruct-v0.1", METHOD_TABLE, 87.0, "46.7B parameters"),
    ("microsoft/Phi-3-mini-4k-instruct", METHOD_TABLE, 7.12, "table: Phi-3 mini"),
    ("openai/whisper-small", METHOD_TABLE, 0.454, "table: Whisper small"),
    ("TheBloke/Llama-2-13B-GPTQ", METHOD_TABLE, 6.05, "int4 GPTQ (from the name)"),
    ("someorg/model-7B-GPTQ-Int8", METHOD_NAME, 6.52, "1 byte int8 (from the name)"),
    ("unsloth/llama-3-8b-bnb-4bit", METHOD_TABLE, 3.74, "int4 (from the name)"),
    ("neuralmagic/Meta-Llama-3.1-405B-Instruct-FP8", METHOD_TABLE, 378, "fp8 (from the name)"),
    ("openai/gpt-oss-120b", METHOD_TABLE, 57.7, "MXFP4"),
])
def test_size_from_a_reference(name, method, expected_gib, phrase):
    estimate = size_reference(Reference(name, ("model_cache", 0, "repo_id")))
    assert estimate.method == method
    assert estimate.gib == pytest.approx(expected_gib, rel=0.01)
    assert phrase in estimate.derivation
    assert not estimate.exact


def test_names_without_a_size_are_not_guessed():
    for name in ("BAAI/bge-reranker-large", "someorg/model-4bit-gguf", "s3://bucket/checkpoints/latest",
                 "facebook/encodec_24khz", "Qwen/Qwen3-TTS-12Hz"):
        assert size_reference(Reference(name, ())) is None, name
    assert parse_size_token("Qwen3-30B-A3B")[0] == 30e9  # the active-parameter token is not the size
    assert parse_size_token("qwen3-4bit") is None


def test_every_reference_kind_is_read():
    data = {
        "weights": [{"source": "hf://meta-llama/Llama-3.1-8B-Instruct@abc123", "mount_location": "/w"}],
        "external_data": [{"url": "https://example.com/models/whisper-small.pt", "local_data_path": "w.pt"}],
        "trt_llm": {"build": {"quantization_type": "fp8_kv",
                              "checkpoint_repository": {"source": "HF", "repo": "Qwen/Qwen2.5-72B-Instruct"}}},
    }
    size = estimate_model_size(data)
    [main] = size.parts
    assert main.label == "Qwen/Qwen2.5-72B-Instruct" and main.kv_bytes_per_value == 1
    assert main.key_path == ("trt_llm", "build", "checkpoint_repository", "repo")
    assert [o.label for o in size.others] == ["hf://meta-llama/Llama-3.1-8B-Instruct@abc123",
                                              "https://example.com/models/whisper-small.pt"]
    assert "not counted, in case they load one at a time" in size.describe()


def test_model_metadata_is_only_a_fallback_hint_and_prefers_the_engine():
    hint = estimate_model_size({"model_metadata": {"repo_id": "meta-llama/Llama-3.1-8B-Instruct"}})
    assert hint.parts[0].key_path == ("model_metadata", "repo_id")
    engine = estimate_model_size({"model_metadata": {"repo_id": "mistralai/Mixtral-8x7B-v0.1",
                                                     "engine_repository": "baseten/mixtral-weights-only"}})
    assert engine.parts == [] and engine.unknown == ["baseten/mixtral-weights-only"]


def test_allow_patterns_without_weight_files_are_skipped():
    data = {"model_cache": [{"repo_id": "meta-llama/Llama-3.1-70B-Instruct",
                             "allow_patterns": ["*.json", "tokenizer*"]},
                            {"repo_id": "meta-llama/Llama-3.1-8B", "ignore_patterns": ["original/*"]}]}
    [part] = estimate_model_size(data).parts
    assert part.label == "meta-llama/Llama-3.1-8B"


def test_duplicate_references_count_once():
    data = {"model_cache": [{"repo_id": "Qwen/Qwen2.5-7B-Instruct"}],
            "weights": [{"source": "hf://qwen/qwen2.5-7b-instruct@main", "mount_location": "/w"}]}
    size = estimate_model_size(data)
    assert len(size.parts) == 1 and size.others == []


# --- local weights ------------------------------------------------------------------------------

def test_safetensors_header_gives_exact_bytes(tmp_path):
    path = tmp_path / "model.safetensors"
    data_bytes = write_safetensors(path, {"embed": ("BF16", [1000, 64]), "norm": ("F32", [64]),
                                          "q": ("F8_E4M3", [64, 64])})
    header = read_safetensors_header(path)
    assert header.data_bytes == data_bytes == 1000 * 64 * 2 + 64 * 4 + 64 * 64
    assert header.parameters == 64_000 + 64 + 4096
    assert header.main_dtype == "BF16"


def test_a_20_gib_sparse_file_is_sized_from_its_header_without_reading_the_data(tmp_path, monkeypatch):
    path = tmp_path / "truss" / "data" / "model.safetensors"
    elements = 10 * GIB  # bf16: 20 GiB of data
    data_bytes = write_safetensors(path, {"w": ("BF16", [elements // 65536, 65536])}, sparse=True)
    assert path.stat().st_size > 20 * GIB
    assert getattr(path.stat(), "st_blocks", 0) * 512 < 2**20  # really sparse: no disk used

    bytes_read = []
    real_open = open

    class CountingFile:
        def __init__(self, handle):
            self.handle = handle

        def read(self, n=-1):
            assert n >= 0, "the reader must never read to the end of a weights file"
            data = self.handle.read(n)
            bytes_read.append(len(data))
            return data

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    monkeypatch.setattr(model_size, "open", lambda *a, **k: CountingFile(real_open(*a, **k)), raising=False)
    started = time.perf_counter()
    header = read_safetensors_header(path)
    assert time.perf_counter() - started < 0.5
    assert header.data_bytes == data_bytes == 20 * GIB
    header_length = struct.unpack("<Q", real_open(path, "rb").read(8))[0]
    assert sum(bytes_read) == 8 + header_length  # the length, the header, nothing of the data


@pytest.mark.parametrize(("raw", "problem"), [
    (b"\x01\x02", "shorter than the 8-byte header length"),
    (struct.pack("<Q", 200 * 2**20) + b"{}", "absurd"),
    (struct.pack("<Q", 50) + b"{}", "runs past the end of the file"),
    (struct.pack("<Q", 4) + b"nope", "not JSON"),
    (struct.pack("<Q", 2) + b"[]", "not a JSON object"),
])
def test_bad_safetensors_files_are_reported_not_crashed_on(tmp_path, raw, problem):
    path = tmp_path / "x.safetensors"
    path.write_bytes(raw)
    with pytest.raises(WeightFileError, match=problem):
        read_safetensors_header(path)


def test_truncated_and_inconsistent_headers_are_rejected(tmp_path):
    path = tmp_path / "t.safetensors"
    write_safetensors(path, {"w": ("BF16", [1024])})
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(WeightFileError, match="truncated"):
        read_safetensors_header(path)
    header = json.dumps({"w": {"dtype": "BF16", "shape": [4], "data_offsets": [0, 4]}}).encode()
    path.write_bytes(struct.pack("<Q", len(header)) + header + b"\0" * 4)
    with pytest.raises(WeightFileError, match="data_offsets span 4"):
        read_safetensors_header(path)


def test_local_weights_in_the_truss_directory(tmp_path):
    truss = tmp_path / "truss"
    write_safetensors(truss / "data" / "model.safetensors", {"w": ("BF16", [GIB // 2])}, sparse=True)
    (truss / "data" / "pytorch_model.bin").write_bytes(b"\0" * 100)  # twin of the safetensors: not loaded
    (truss / "model" / "extra").mkdir(parents=True)
    with open(truss / "model" / "extra" / "adapter.gguf", "wb") as handle:
        handle.truncate(3 * GIB)
    (truss / "model" / "optimizer.pt").write_bytes(b"\0" * 4096)  # training leftover
    (truss / "config.yaml").write_text("model_name: m\n")
    size = estimate_model_size({"model_name": "m"}, str(truss / "config.yaml"))
    by_method = {p.method: p for p in size.parts}
    assert set(by_method) == {METHOD_HEADER, METHOD_FILE_SIZE}
    assert by_method[METHOD_HEADER].bytes == GIB and by_method[METHOD_HEADER].exact
    assert "safetensors headers of 1 file: 537M parameters, mostly BF16" in by_method[METHOD_HEADER].derivation
    assert by_method[METHOD_FILE_SIZE].bytes == 3 * GIB
    assert "file size of 1 file (.gguf)" in by_method[METHOD_FILE_SIZE].derivation


def test_sharded_checkpoint_uses_the_index_total_or_the_shard_headers(tmp_path):
    truss = tmp_path / "truss"
    shards = {"model-00001-of-00002.safetensors": ("a", 4096), "model-00002-of-00002.safetensors": ("b", 2048)}
    index = {"metadata": {"total_size": 123 * GIB},
             "weight_map": {tensor: name for name, (tensor, _) in shards.items()}}
    (truss / "data").mkdir(parents=True)
    (truss / "data" / "model.safetensors.index.json").write_text(json.dumps(index))
    (truss / "config.yaml").write_text("{}\n")
    # shards not downloaded yet: the index's total_size stands for them
    [part] = estimate_model_size({}, str(truss / "config.yaml")).parts
    assert (part.method, part.bytes, part.exact) == (METHOD_INDEX, 123 * GIB, True)
    # shards present: their headers are exact and the index is not counted twice
    for name, (tensor, n) in shards.items():
        write_safetensors(truss / "data" / name, {tensor: ("BF16", [n])})
    [part] = estimate_model_size({}, str(truss / "config.yaml")).parts
    assert (part.method, part.bytes) == (METHOD_HEADER, (4096 + 2048) * 2)


def test_files_outside_the_truss_and_walk_limits(tmp_path, monkeypatch):
    outside = tmp_path / "elsewhere"
    write_safetensors(outside / "big.safetensors", {"w": ("BF16", [GIB])}, sparse=True)
    truss = tmp_path / "truss"
    (truss / "data").mkdir(parents=True)
    (truss / "data" / "link.safetensors").symlink_to(outside / "big.safetensors")
    (truss / "config.yaml").write_text("data_dir: ../elsewhere\n")
    assert estimate_model_size({}, str(truss / "config.yaml")).parts == []  # the link leaves the truss
    assert estimate_model_size({"data_dir": "../elsewhere"}, str(truss / "config.yaml")).parts == []

    monkeypatch.setattr(model_size, "MAX_FILES_WALKED", 3)
    for i in range(5):
        (truss / "data" / f"f{i}.txt").write_text("x")
    size = estimate_model_size({}, str(truss / "config.yaml"))
    assert any("stopped after 3 files" in p for p in size.problems)


def test_stdin_has_no_truss_directory(tmp_path, monkeypatch):
    assert truss_directory("<stdin>") is None and truss_directory("-") is None
    monkeypatch.chdir(tmp_path)
    write_safetensors(tmp_path / "data" / "model.safetensors", {"w": ("BF16", [8 * GIB])}, sparse=True)
    assert run_rules("resources:\n  accelerator: T4\n", path="<stdin>") == []


# --- the rules end to end -----------------------------------------------------------------------

def test_cli_reports_a_local_24_gib_checkpoint_on_an_a10g(tmp_path):
    truss = tmp_path / "my-truss"
    write_safetensors(truss / "data" / "model.safetensors", {"w": ("BF16", [12 * GIB])}, sparse=True)
    config_path = truss / "config.yaml"
    config_path.write_text("model_name: local\nresources:\n  accelerator: A10G\n  use_gpu: true\n")
    script = Path(sys.executable).with_name("truss-lint")
    started = time.perf_counter()
    completed = subprocess.run([str(script), "check", str(config_path), "--select", ",".join(MEMORY_RULES),
                                "--output-format", "json"], capture_output=True, text=True, timeout=60)
    assert time.perf_counter() - started < 10
    assert completed.returncode == 1, completed.stderr
    [file_result] = json.loads(completed.stdout)["files"]
    found = {d["code"]: d for d in file_result["diagnostics"]}
    assert set(found) == {"TC302", "TC304"}
    assert ("24.00 GiB (data/: safetensors headers of 1 file: 12.9B parameters, mostly BF16)"
            in found["TC302"]["message"])
    assert "A10G:2x24x96" in found["TC302"]["help"]


def test_a_local_checkpoint_that_just_fits_is_tight(tmp_path):
    truss = tmp_path / "t"
    write_safetensors(truss / "data" / "model.safetensors", {"w": ("BF16", [10 * GIB])}, sparse=True)
    (truss / "config.yaml").write_text("resources:\n  accelerator: A10G\n")
    diagnostics = run_rules((truss / "config.yaml").read_text(), str(truss / "config.yaml"))
    assert codes(diagnostics) == ["TC303", "TC304"]
    assert "leave ≈1.4 GiB (6.5%) of the 21.4 GiB usable" in diagnostics[0].message


def test_host_ram_below_weights_on_gpu_and_cpu_instances():
    [finding] = run_rules(config("H100", "meta-llama/Llama-3.1-70B-Instruct"), rules=["TC304"])
    assert "H100 has 118 GiB of host RAM, less than the weights, ≈131 GiB" in finding.message
    assert "`memory: 158Gi` gets H100:2" in finding.help

    cpu_only = ("resources:\n  cpu: '2'\n  memory: 8Gi\nmodel_cache:\n  - repo_id: Qwen/Qwen2.5-7B-Instruct\n"
                "    use_volume: true\n    volume_folder: q\n")
    [finding] = run_rules(cpu_only)
    assert finding.code == "TC304" and finding.key_path == ("resources", "memory")
    assert "CPU-only instance must hold the whole model in RAM" in finding.message
    assert "`memory: 18Gi` gets 8x32" in finding.help

    too_big_for_cpu = cpu_only.replace("Qwen2.5-7B", "Qwen2.5-72B")
    [finding] = run_rules(too_big_for_cpu)
    assert "no CPU-only instance has that much RAM" in finding.help


def test_nothing_is_reported_without_a_size_or_a_gpu():
    assert run_rules(config("H100", "BAAI/bge-reranker-large")) == []
    assert run_rules("resources:\n  accelerator: H100\n") == []
    assert run_rules(config(None, "bert-base-uncased")) == []  # 1x2 CPU instance, 0.2 GiB model


def test_cheapest_serving_respects_host_ram_and_family():
    size = estimate_model_size({"model_cache": [{"repo_id": "meta-llama/Llama-3.1-70B-Instruct"}]})
    catalog = builtin_catalog()
    assert cheapest_serving(catalog, size, "H100").name == "H100:2"
    assert cheapest_serving(catalog, size, "T4") is None
    best = cheapest_serving(catalog, size)
    assert best.memory_gib >= size.gib and fit(best, size).serves


def test_every_message_states_how_the_size_was_derived():
    for accelerator, repo in (("T4", "someorg/chat-13B"), ("H100", "meta-llama/Llama-3.1-70B-Instruct")):
        for finding in run_rules(config(accelerator, repo)):
            assert any(word in finding.message for word in ("in the name", "table:", "safetensors", "file size"))
    [finding] = run_rules(config("T4", "someorg/chat-13B"), rules=["TC302"])
    assert "≈24 GiB" in finding.message  # a name token: two significant figures, no more


def test_batch_and_context_of_the_tight_check_are_the_measured_case():
    assert (SERVING_BATCH, SERVING_TOKENS) == (8, 2048)


def test_family_lookup_compiles_lazily_but_matches_exactly_like_the_patterns():
    """Families compile their pattern only when the name holds the text every match needs; the
    family chosen must be the one a plain search of every pattern, in table order, would pick."""
    import re

    table = size_table()
    names = [f.name for f in table.families] + [f.match for f in table.families] + [
        "meta-llama/Llama-3.1-70B-Instruct", "Llama3-8B", "llama-3.2-11B-Vision", "Qwen/Qwen2.5-Coder-7B-Instruct",
        "microsoft/Phi-3.5-mini-instruct", "PHI-3-MEDIUM-4K", "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B",
        "deepseek-ai/DeepSeek-V3", "google-bert/bert-large-uncased", "robert-large", "sdxl-turbo",
        "playground-v2.5", "distil-whisper/distil-large-v3", "Kimi-K2-Instruct", "llama-ſ-8b", "MISTRAL-7B",
        "mistral-small-3.1", "E5-LARGE-v2", "tiny-llama", "", "K",
    ]
    for name in names:
        expected = next((f for f in table.families if re.search(f.match, name.lower(), re.IGNORECASE)), None)
        assert table.family(name) is expected, name
    assert required_literal(r"llama-?3(\.[0-9])?-70b") == "llama"
    assert required_literal("stable-diffusion-xl-base|sdxl-turbo") == ""
    assert required_literal(r"(^|[-_])bert-large") == "bert-large"
    assert required_literal(r"ab+c") == "a"


def test_family_least_context_is_the_smallest_its_name_may_declare():
    """vLLM's default context (no `--max-model-len`) is sized with the smallest context a checkpoint
    the name may stand for declares: a false positive on Meta-Llama-3-8B (8192) otherwise."""
    table = size_table()

    def least(name):
        return table.family(name).least_context(name)

    assert least("Llama-3.1-8B-Instruct") == least("Llama-3.3-70B-Instruct") == 131072
    assert least("Meta-Llama-3-8B-Instruct") == least("Meta-Llama-3-70B-Instruct") == 8192
    assert least("Qwen2.5-7B-Instruct") == 32768  # the base checkpoint declares 131072, the Instruct 32768
    assert least("Qwen3-30B-A3B-Instruct-2507") == 262144 and least("Qwen3-30B-A3B") == 32768
    assert least("Mistral-7B-Instruct-v0.3") is None  # fine-tunes of v0.1 slide under this name
    assert least("Mistral-7B-v0.1") is None  # a sliding window


_VLLM_L4 = """\
    base_image:
      image: vllm/vllm-openai:v0.10.1
    docker_server:
      start_command: sh -c "vllm serve {args} --port 8000"
      server_port: 8000
      predict_endpoint: /v1/chat/completions
      readiness_endpoint: /health
      liveness_endpoint: /health
    resources:
      accelerator: {accelerator}
      use_gpu: true
    """


@pytest.mark.parametrize("args,accelerator,reported", [
    ("meta-llama/Llama-3.1-8B-Instruct", "L4", True),
    ("--model meta-llama/Llama-3.1-8B-Instruct", "L4", True),
    ("meta-llama/Llama-3.1-8B-Instruct", "H100", False),  # 16 GiB of the 56 GiB left
    ("meta-llama/Llama-3.1-8B-Instruct --max-model-len 8192", "L4", False),
    ("meta-llama/Llama-3.1-8B-Instruct --max_model_len 8192", "L4", False),  # vLLM reads `_` as `-`
    ("meta-llama/Llama-3.1-8B-Instruct --max-model 8192", "L4", False),  # an argparse prefix
    ("meta-llama/Llama-3.1-8B-Instruct --max-model-len auto", "L4", False),  # vLLM fits it itself
    ("meta-llama/Llama-3.1-8B-Instruct $EXTRA_ARGS", "L4", False),  # may set the context
    ("meta-llama/Llama-3.1-8B-Instruct --hf-overrides '{\\\"max_position_embeddings\\\": 8192}'", "L4", False),
    ("meta-llama/Llama-3.1-8B-Instruct --quantization fp8", "L4", False),  # halves the weights
    ("meta-llama/Llama-3.1-8B-Instruct --kv-cache-memory-bytes 4G", "L4", False),
    ("meta-llama/Meta-Llama-3-8B-Instruct", "L4", False),  # 8192 positions: 1 GiB
    ("gradientai/Llama-3-8B-Instruct-Gradient-1048k", "L4", False),  # extends the family's context
    ("mistralai/Mistral-7B-Instruct-v0.3 --gpu-memory-utilization 0.6", "L4", False),  # may slide
])
def test_vllm_default_context(args, accelerator, reported):
    text = _VLLM_L4.format(args=args, accelerator=accelerator)
    result = lint(textwrap.dedent(text), "config.yaml", Settings(select=["TC620"]))
    found = [d for d in result.diagnostics if d.code in ("TC620", "TC003")]
    assert bool(found) == reported, [d.message for d in found]
    if reported:
        [finding] = found
        assert finding.code == "TC620" and finding.severity.value == "error"
        assert "without `--max-model-len`, vLLM serves the model's whole context" in finding.message
        assert "131,072 positions" in finding.message and "refuses to start" in finding.message
        assert "--max-model-len 54272" in finding.help
