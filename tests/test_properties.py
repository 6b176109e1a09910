"""Property-based tests: mutated configs never break truss-lint.

Hypothesis starts from realistic configs and mutates them the way editors, merges and bad
copy-pastes do (deleted spans, stray YAML punctuation, duplicated or swapped lines, changed
indentation, random bytes). For every mutant:
- the library returns a result, never raises, and no rule crashes (no `rule-error`);
- every diagnostic points inside the file;
- the result is the same on a second run, and with a BOM or CRLF line ends;
- the hot-path schema validator gives exactly the errors of the keyword-by-keyword one;
- the installed CLI exits 0, 1 or 2 without a traceback, with valid JSON, in bounded time.
"""

from __future__ import annotations

import json
import os
import subprocess

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import console_script
from truss_lint.engine import lint_bytes
from truss_lint.yaml_loader import decode, load
from truss_lint._schema_predicate import is_valid as generated_predicate
from schema_reference import InterpretingValidator
from truss_lint.schema import Validator, truss_schema, truss_validator
from truss_lint.settings import Settings

SEEDS = [
    """\
model_name: llama-3-8b
python_version: py311
requirements:
  - torch==2.4.1
  - vllm==0.6.3
resources:
  cpu: "4"
  memory: 16Gi
  accelerator: A10G
  use_gpu: true
environment_variables:
  HF_HUB_ENABLE_HF_TRANSFER: "1"
secrets:
  hf_access_token: null
model_cache:
  - repo_id: meta-llama/Llama-3.1-8B-Instruct
    revision: main
    use_volume: true
    volume_folder: llama
    allow_patterns:
      - "*.json"
      - "*.safetensors"
runtime:
  predict_concurrency: 32
""",
    """\
model_name: qwen-trt
resources:
  accelerator: H100:2
  use_gpu: true
trt_llm:
  build:
    base_model: decoder
    checkpoint_repository:
      repo: Qwen/Qwen2.5-7B-Instruct
      source: HF
    max_seq_len: 8192
    quantization_type: fp8
    tensor_parallel_count: 2
  runtime:
    kv_cache_free_gpu_mem_fraction: 0.9
""",
    """\
# A config with problems already in it
model_name: broken
resources:
  cpu: 4
  memory: 16GB
  accelerator: A100
  use_gpu: false
requirement:
  - torch
defaults: &defaults
  LOG_LEVEL: INFO
environment_variables:
  <<: *defaults
  HF_TOKEN: hf_abcdefghijklmnopqrstuvwxyz0123456789
model_name: broken-again
""",
    """\
base_image:
  image: nvcr.io/nvidia/pytorch:24.01-py3
  python_executable_path: /usr/bin/python3
docker_server:
  start_command: python server.py
  server_port: 8000
  predict_endpoint: /predict
  readiness_endpoint: /health
  liveness_endpoint: /health
resources: {instance_type: "L4:4x16", use_gpu: yes}
system_packages: [ffmpeg, libgl1]
""",
]

# Fragments that matter to YAML and to the rules: punctuation, tags, anchors, odd scalars.
TOKENS = [":", ": ", "- ", "? ", "{", "}", "[", "]", ",", "#", "&a ", "*a", "!!str ", "!!python/object:os.system ",
          "<<: ", "|", ">", "'", '"', "\t", "\r", "\n", "\ufeff", "\x00", "~", "null", "yes", "0x1F", "1e3", ".inf",
          "2024-01-01", "  ", "accelerator: ", "A100:8", "H100:0", "cpu: ", "memory: ", "1Ti", "use_gpu: ",
          "instance_type: ", "model_cache:", "trt_llm:", "secrets:", "---\n", "...\n", "%YAML 1.1\n", "😀", "\\u0000"]

text_edit = st.one_of(
    st.tuples(st.just("delete"), st.integers(0, 10_000), st.integers(1, 40)),
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.sampled_from(TOKENS)),
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.text(max_size=6)),
    st.tuples(st.just("duplicate-line"), st.integers(0, 200), st.just(0)),
    st.tuples(st.just("swap-lines"), st.integers(0, 200), st.integers(0, 200)),
    st.tuples(st.just("indent"), st.integers(0, 200), st.integers(-4, 4)),
)


def mutate(text: str, edits: list[tuple]) -> str:
    for kind, a, b in edits:
        if kind == "delete":
            at = a % (len(text) + 1)
            text = text[:at] + text[at + b:]
        elif kind == "insert":
            at = a % (len(text) + 1)
            text = text[:at] + b + text[at:]
        else:
            lines = text.split("\n")
            i = a % len(lines)
            if kind == "duplicate-line":
                lines.insert(i, lines[i])
            elif kind == "swap-lines":
                j = b % len(lines)
                lines[i], lines[j] = lines[j], lines[i]
            elif kind == "indent":
                lines[i] = " " * b + lines[i] if b > 0 else lines[i][min(-b, len(lines[i]) - len(lines[i].lstrip())):]
            text = "\n".join(lines)
    return text


mutated_texts = st.builds(mutate, st.sampled_from(SEEDS), st.lists(text_edit, max_size=6))
mutated_bytes = st.one_of(
    mutated_texts.map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.tuples(mutated_texts, st.integers(0, 10_000), st.binary(min_size=1, max_size=8)).map(
        lambda t: (lambda raw: raw[:t[1] % (len(raw) + 1)] + t[2] + raw[t[1] % (len(raw) + 1):])(
            t[0].encode("utf-8", "surrogatepass"))),
)

SETTINGS = Settings()
LIBRARY = settings(max_examples=150, deadline=2_000, suppress_health_check=[HealthCheck.too_slow])


def lint(raw: bytes):
    return lint_bytes(raw, "config.yaml", SETTINGS)


def user_view(result) -> list[tuple]:
    return [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics]


@LIBRARY
@given(mutated_bytes)
def test_the_library_never_raises_and_no_rule_crashes(raw):
    result = lint(raw)
    crashed = [d.message for d in result.diagnostics if d.name == "rule-error"]
    assert not crashed, crashed
    lines = raw.count(b"\n") + raw.count(b"\r") + 2
    for diagnostic in result.diagnostics:
        assert 1 <= diagnostic.span.line <= lines and diagnostic.span.column >= 1, diagnostic
    assert user_view(lint(raw)) == user_view(result)  # deterministic


@LIBRARY
@given(mutated_texts)
def test_a_bom_or_crlf_line_ends_change_nothing(text):
    if "\r" in text or "\ufeff" in text or "\x85" in text or "\u2028" in text or "\u2029" in text:
        return  # already has odd line ends or a BOM: converting would change the content itself
    raw = text.encode("utf-8", "surrogatepass")
    clean = user_view(lint(raw))
    assert user_view(lint(b"\xef\xbb\xbf" + raw)) == clean
    assert user_view(lint(text.replace("\n", "\r\n").encode("utf-8", "surrogatepass"))) == clean


REFERENCE = InterpretingValidator(truss_schema())
COMPILED = Validator(truss_schema())


def comparable(errors) -> list[tuple]:
    return [(e.path, e.keyword, e.message, id(e.schema), e.definitions, e.rule, e.stricter, e.extra_key,
             e.alternatives) for e in errors]


@LIBRARY
@given(mutated_bytes)
# A key that is not a string (`&model_name:` anchors the value, leaving a null key) is reported
# once, where the schema describes keys, not again under every `allOf` rule branch.
@example(b"&model_name: llama\nresources:\n  cpu: '4'\n")
def test_the_compiled_schema_validator_matches_the_reference(raw):
    try:
        document = load(decode(raw))
    except Exception:  # undecodable bytes: nothing to validate
        return
    if document.problem is not None:
        return
    errors = REFERENCE.errors(document.data)
    assert comparable(truss_validator().errors(document.data)) == comparable(errors)
    # The generated predicate and the compiled one answer alike; errors are collected only on a no.
    assert generated_predicate(document.data) is COMPILED.is_valid(document.data) is (not errors)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(st.lists(mutated_bytes, min_size=1, max_size=8))
def test_the_cli_exits_0_1_or_2_without_a_traceback(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("mutants")
    for i, raw in enumerate(files):
        (root / f"m{i}").mkdir()
        (root / f"m{i}" / "config.yaml").write_bytes(raw)
    proc = subprocess.run([console_script(), "check", "--output-format", "json", "."], cwd=root,
                          capture_output=True, timeout=60, env={**os.environ, "NO_COLOR": "1"})
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode in (0, 1, 2), stderr
    assert "Traceback" not in stderr, stderr
    if proc.returncode in (0, 1):
        report = json.loads(proc.stdout)
        assert len(report["files"]) <= len(files)
        assert all(d["name"] != "rule-error" for f in report["files"] for d in f["diagnostics"])
