"""Tests for schemas/truss-config.schema.json.

Uses the reference ``jsonschema`` implementation (Draft 2020-12) so the schema
is checked independently of truss-lint's own fast validator. Truss itself is
never imported: the expected Truss 0.18.36 behaviour is written down in the
tables below (from truss-semantics.md section 9, re-checked against Truss) and,
for real-world files, read from the corpus verdict file.

The checks Truss makes in Python across several keys (TRT-LLM quantization vs GPU, speculators,
docker_server, ...) are rules TC120–TC159, not schema constructs: where a row expects truss-lint
to reject a config, the schema or one of those rules must do it (`ours_rejects`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "schemas" / "truss-config.schema.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "schema"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
VERDICTS = CORPUS / "TRUSS-0.18.36-VERDICTS.jsonl"

# The rules that reproduce Truss's own validators (truss_lint/rules/builtin.py, TC120–TC159).
TRUSS_VALIDATOR_RULES = ["TC12", "TC13", "TC14", "TC15"]

SCHEMA: dict = json.loads(SCHEMA_PATH.read_text())
VALIDATOR = Draft202012Validator(SCHEMA)

# The keyword subset truss-lint's hot-path validator implements.
ALLOWED_KEYWORDS = {
    "$schema", "$id", "$defs", "$ref", "title", "description", "default",
    "examples", "deprecated", "type", "enum", "const", "pattern", "minLength",
    "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "properties", "additionalProperties", "patternProperties", "required",
    "items", "minItems", "maxItems", "uniqueItems", "anyOf", "oneOf", "allOf",
    "not", "propertyNames",
}
ANNOTATIONS = {"x-rule", "x-stricter", "x-hint", "x-truss", "x-unchecked-keys"}
STRUCTURED_ANNOTATIONS = {"x-discriminator"}
SCHEMA_MAP_KEYWORDS = {"properties", "patternProperties", "$defs"}
SCHEMA_KEYWORDS = {"items", "not", "propertyNames", "additionalProperties"}
SCHEMA_LIST_KEYWORDS = {"anyOf", "oneOf", "allOf"}
JSON_TYPES = {"null", "boolean", "object", "array", "number", "string", "integer"}


def walk(node: Any, path: str = "#") -> Iterator[tuple[str, dict]]:
    """Yield (json-pointer-ish path, subschema) for every subschema."""
    if isinstance(node, bool):
        return
    assert isinstance(node, dict), f"{path}: schema must be an object or bool"
    yield path, node
    for key, value in node.items():
        if key in SCHEMA_MAP_KEYWORDS:
            for name, sub in value.items():
                yield from walk(sub, f"{path}/{key}/{name}")
        elif key in SCHEMA_KEYWORDS:
            yield from walk(value, f"{path}/{key}")
        elif key in SCHEMA_LIST_KEYWORDS:
            for i, sub in enumerate(value):
                yield from walk(sub, f"{path}/{key}/{i}")


def errors(instance: Any) -> list:
    return list(VALIDATOR.iter_errors(instance))


def is_valid(instance: Any) -> bool:
    return VALIDATOR.is_valid(instance)


def load(text: str) -> Any:
    return yaml.safe_load(text)


def rule_errors(instance: Any) -> set[str]:
    """Names of the Truss-validator rules that report an error on `instance`."""
    from truss_lint.engine import lint_bytes
    from truss_lint.settings import Settings

    text = yaml.safe_dump(instance, sort_keys=False).encode()
    result = lint_bytes(text, "config.yaml", Settings(select=TRUSS_VALIDATOR_RULES, target_truss_version="0.18.36"))
    return {d.name for d in result.diagnostics if d.severity.value == "error"}


def ours_rejects(instance: Any) -> bool:
    return not is_valid(instance) or bool(rule_errors(instance))


def resolve(ref: str) -> dict:
    assert ref.startswith("#/$defs/"), ref
    return SCHEMA["$defs"][ref[len("#/$defs/"):]]


# ---------------------------------------------------------------------------
# (a) the schema itself
# ---------------------------------------------------------------------------


def test_schema_is_valid_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)


def test_schema_file_is_deterministic_pretty_json() -> None:
    text = SCHEMA_PATH.read_text()
    assert text == json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n"


def test_only_the_keyword_subset_is_used() -> None:
    for path, sub in walk(SCHEMA):
        for key, value in sub.items():
            assert key in ALLOWED_KEYWORDS or key in ANNOTATIONS | STRUCTURED_ANNOTATIONS, f"{path}: keyword {key!r}"
            if key == "$ref":
                assert value.startswith("#/$defs/"), f"{path}: non-local $ref {value}"
                assert value[len("#/$defs/"):] in SCHEMA["$defs"], f"{path}: dangling $ref {value}"
            if key in ("$schema", "$id", "$defs"):
                assert path == "#", f"{path}: {key} only at the root"
            if key == "type":
                types = value if isinstance(value, list) else [value]
                assert types and set(types) <= JSON_TYPES, f"{path}: type {value}"
            if key == "additionalProperties":
                assert isinstance(value, (bool, dict)), path
            if key in ANNOTATIONS:
                assert isinstance(value, str) and value.strip(), f"{path}: empty {key}"


def test_discriminators_name_branches_of_their_union() -> None:
    """An `x-discriminator` maps tags to branches of the anyOf/oneOf beside it (and only there)."""
    found = 0
    for path, sub in walk(SCHEMA):
        spec = sub.get("x-discriminator")
        if spec is None:
            continue
        found += 1
        branches = [b.get("$ref") for b in sub.get("anyOf", sub.get("oneOf", []))]
        assert branches, f"{path}: x-discriminator without a union"
        assert set(spec) <= {"propertyName", "mapping", "default", "missing", "unknown"}, path
        assert isinstance(spec["propertyName"], str) and spec["mapping"], path
        targets = list(spec["mapping"].values()) + ([spec["default"]] if "default" in spec else [])
        named = [t for t in targets if not isinstance(t, int)]
        assert set(named) <= set(branches), f"{path}: {targets} vs {branches}"
        assert all(0 <= t < len(branches) for t in targets if isinstance(t, int)), path
        for name in ("missing", "unknown"):
            assert isinstance(spec.get(name, "x"), str) and spec.get(name, "x").strip(), path
    assert found >= 2  # trt_llm's inference_stack and runtime.transport's kind


def test_patterns_are_portable_and_anchored() -> None:
    # Constructs that differ between Python re and ECMA-262 (or are missing in one).
    non_portable = re.compile(r"\(\?[aiLmsux<P=!]|\\[AZzhHGQE]|\(\?#|\*\+|\+\+|\?\+|\\d|\\w|\\b")
    for path, sub in walk(SCHEMA):
        pattern = sub.get("pattern")
        if pattern is None:
            continue
        re.compile(pattern)
        assert pattern.startswith("^") and pattern.endswith("$"), f"{path}: unanchored {pattern}"
        assert not non_portable.search(pattern), f"{path}: non-portable construct in {pattern}"


def test_every_property_has_a_description() -> None:
    """Each property of an object definition (``type: object``) is documented.

    Property maps inside rule fragments (``not``/``anyOf`` constraints without a
    ``type``) only constrain and are exempt."""
    missing: list[str] = []
    for path, sub in walk(SCHEMA):
        if sub.get("type") != "object" and path != "#":
            continue
        for name, prop in sub.get("properties", {}).items():
            target = resolve(prop["$ref"]) if "$ref" in prop else {}
            if not ("description" in prop or "description" in target):
                missing.append(f"{path}/properties/{name}")
    assert not missing, missing


def test_documented_property_coverage() -> None:
    """Every top-level key of truss-semantics section 10 is a property."""
    keys = """model_name model_metadata description examples_filename data_dir external_data
        external_package_dirs python_version base_image requirements_file requirements
        system_packages environment_variables secrets resources runtime build build_commands
        docker_server model_cache weights bdn trt_llm training_checkpoints bis_llm input_type
        model_framework model_type model_module_dir model_class_filename model_class_name
        bundled_packages_dir use_local_src live_reload apply_library_patches cache_internal
        spec_version""".split()
    assert set(keys) <= set(SCHEMA["properties"])
    assert SCHEMA["additionalProperties"] is False


def test_named_defs_exist() -> None:
    for name in ("Resources", "Cpu", "Memory", "Accelerator", "AcceleratorName", "NodeCount",
                 "PythonVersion", "ModelRepo", "Weight", "Fabric", "TrtLlmV1", "TrtLlmV2"):
        assert name in SCHEMA["$defs"], name
    assert resolve("#/$defs/AcceleratorName")["enum"] == [
        "B10", "T4", "L4", "A10G", "V100", "A100", "A100_40GB", "H100", "H200",
        "H100_40GB", "B200", "L40S", "RTX_PRO_6000", "B300", "GB300",
    ]


def test_deprecated_keys_are_marked() -> None:
    props = SCHEMA["properties"]
    for key in ("hf_cache", "model_cache", "external_data"):
        assert props[key].get("deprecated") is True, key
    runtime = SCHEMA["$defs"]["Runtime"]["properties"]
    assert runtime["is_websocket_endpoint"]["deprecated"] is True
    assert SCHEMA["$defs"]["Resources"]["properties"]["use_gpu"]["deprecated"] is True


def test_conflict_rules_are_annotated() -> None:
    rules = {sub.get("x-rule") for sub in SCHEMA["allOf"] if "not" in sub}
    assert {"requirements-conflict", "weights-conflict"} <= rules


def test_stricter_places_carry_a_reason() -> None:
    stricter = {path for path, sub in walk(SCHEMA) if "x-stricter" in sub}
    for expected in ("#/$defs/Cpu", "#/$defs/Memory", "#/$defs/AcceleratorString"):
        assert expected in stricter


# ---------------------------------------------------------------------------
# (b) resources: truss-semantics section 9, row by row
# ---------------------------------------------------------------------------

# (yaml under `resources:`, truss 0.18.36 load+push ok?, our schema accepts?)
# Rows where the two booleans differ are the places we are deliberately stricter.
RESOURCES_CASES: list[tuple[str, bool, bool]] = [
    # container
    ("{}", True, True),
    # cpu
    ("cpu: '4'", True, True),
    ("cpu: '1.5'", True, True),
    ("cpu: 500m", True, True),
    ("cpu: 1500m", True, True),
    ("cpu: 0.5m", True, True),
    ("cpu: ' 4 '", True, True),
    ("cpu: 1e3", True, True),  # YAML 1.1: a string
    ("cpu: '4.0001'", True, True),
    ("cpu: '0'", True, True),
    ("cpu: m", True, False),  # stricter: server cannot parse
    ("cpu: .m", True, False),
    ("cpu: nan", True, False),
    ("cpu: inf", True, False),
    ("cpu: '-1'", True, False),
    ("cpu: '4 cores'", False, False),
    ("cpu: 4c", False, False),
    ("cpu: 1M", False, False),
    ("cpu: M", False, False),
    ("cpu: ''", False, False),
    ("cpu: 4", False, False),
    ("cpu: 1.5", False, False),
    ("cpu: yes", False, False),
    ("cpu: null", False, False),
    ("cpu: 0x10", False, False),
    # memory
    ("memory: 16Gi", True, True),
    ("memory: 16G", True, True),
    ("memory: 512Mi", True, True),
    ("memory: 512M", True, True),
    ("memory: 1.5Gi", True, True),
    ("memory: 1Ti", True, True),
    ("memory: 100k", True, True),
    ("memory: 100Ki", True, True),
    ("memory: '1073741824'", True, True),
    ("memory: '0'", True, True),
    ("memory: 16e3", True, True),
    ("memory: 1e9", True, True),
    ("memory: 1.0e9", True, True),  # YAML 1.1 floats need a signed exponent: still a string
    ("memory: 1.0e+9", False, False),  # ... and this one is a float
    ("memory: '1.0e9'", True, True),
    ("memory: Gi", True, False),  # stricter: no number
    ("memory: 1.2.3Gi", True, False),
    ("memory: nan", True, False),
    ("memory: inf", True, False),
    ("memory: 16GB", False, False),
    ("memory: 16gi", False, False),
    ("memory: 16g", False, False),
    ("memory: 100K", False, False),
    ("memory: 16Gib", False, False),
    ("memory: 16m", False, False),
    ("memory: '16 Gi'", False, False),
    ("memory: '-1Gi'", False, False),
    ("memory: '1e9Gi'", False, False),
    ("memory: 1073741824", False, False),
    # accelerator, string form
    ("accelerator: A10G", True, True),
    ("accelerator: A10G:1", True, True),
    ("accelerator: A10G:2", True, True),
    ("accelerator: ' A10G:2 '", True, True),
    ("accelerator: H100_40GB", True, True),
    ("accelerator: B10", True, True),
    ("accelerator: H100:8", True, True),
    ("accelerator: H100:16", True, True),
    ("accelerator: T4:3", True, True),
    ("accelerator: GB300", True, True),
    ("accelerator: RTX_PRO_6000:2", True, True),
    ("accelerator: A10G:2:3", True, False),  # stricter: extra parts silently ignored
    ("accelerator: A10G:0", False, False),
    ("accelerator: A10G:-1", False, False),
    ("accelerator: A10G:x", False, False),
    ("accelerator: 'A10G:'", False, False),
    ("accelerator: a10g", False, False),
    ("accelerator: H100MIG", False, False),
    ("accelerator: A100_80GB", False, False),
    ("accelerator: _B10", False, False),
    ("accelerator: RTX-PRO-6000", False, False),
    ("accelerator: 'A10G :2'", False, False),
    ("accelerator: ''", False, False),
    ("accelerator: ':2'", False, False),
    ("accelerator: null", True, True),
    ("accelerator: ~", True, True),
    ("accelerator: 4", False, False),
    ("accelerator: [A10G]", False, False),
    # accelerator, mapping form
    ("accelerator: {accelerator: A10G, count: 2}", True, True),
    ("accelerator: {accelerator: A10G, count: '2'}", True, True),
    ("accelerator: {accelerator: A10G, count: 2, note: x}", True, True),
    ("accelerator: {accelerator: A10G}", True, True),
    ("accelerator: {count: 2}", True, True),
    ("accelerator: {accelerator: A10G, count: 0}", True, False),  # stricter: use_gpu without GPU
    ("accelerator: {accelerator: a10g}", False, False),
    ("accelerator: {accelerator: A10G, count: -1}", False, False),
    # use_gpu: anything, ignored
    ("use_gpu: true", True, True),
    ("{use_gpu: false, accelerator: A10G}", True, True),
    ("use_gpu: garbage", True, True),
    # node_count
    ("node_count: 2", True, True),
    ("node_count: 1", True, True),
    ("node_count: null", True, True),
    ("node_count: 0", False, False),
    ("node_count: '2'", False, False),
    ("node_count: true", False, False),
    ("node_count: -1", False, False),
    # instance_type
    ("{instance_type: 'L4:4x16', cpu: '999'}", True, True),
    ("instance_type: 4x16", True, True),
    ("instance_type: ''", True, True),
    ("instance_type: null", True, True),
    ("instance_type: 5", False, False),
    # fabric
    ("fabric: {use_rdma: true, preferences: [infiniband]}", True, True),
    ("fabric: {use_rdma: null, preferences: null}", True, True),
    ("fabric: null", True, True),
    ("fabric: {}", True, True),
    ("fabric: {foo: 1}", False, False),
    ("fabric: {preferences: infiniband}", False, False),
    # unknown key
    ("gpu: A10G", False, False),
]


@pytest.mark.parametrize(("snippet", "truss_ok", "ours_ok"), RESOURCES_CASES, ids=[c[0] for c in RESOURCES_CASES])
def test_resources_rows(snippet: str, truss_ok: bool, ours_ok: bool) -> None:
    config = {"resources": load(snippet)}
    assert is_valid(config) is ours_ok, [e.message for e in errors(config)]
    if ours_ok != truss_ok:
        # Every deliberate difference must be explained by an x-stricter annotation
        # on a subschema that took part in the failure.
        assert _stricter_reasons(config), f"no x-stricter reason for {snippet}"


def _schemas_on_failure(instance: Any) -> Iterator[dict]:
    """Every subschema on the path (root to failing keyword) of every error,
    including the errors nested inside anyOf/oneOf/allOf contexts."""

    def along(err: Any) -> Iterator[dict]:
        node: Any = SCHEMA
        for part in err.absolute_schema_path:
            # Newer jsonschema versions follow $ref without recording it in the path.
            while isinstance(node, dict) and part not in node and "$ref" in node:
                node = resolve(node["$ref"])
                yield node
            if isinstance(node, dict) and part == "$ref":
                node = resolve(node["$ref"])
            else:
                try:
                    node = node[part]
                except (KeyError, IndexError, TypeError):
                    break
            if isinstance(node, dict):
                yield node
        for child in err.context or []:
            yield from along(child)

    for err in errors(instance):
        yield from along(err)


def _stricter_reasons(instance: Any) -> list[str]:
    return [s["x-stricter"] for s in _schemas_on_failure(instance) if "x-stricter" in s]


def _rules(instance: Any) -> set[str]:
    return {s["x-rule"] for s in _schemas_on_failure(instance) if "x-rule" in s}


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "m", ".m", "Gi", "1.2.3Gi", "A10G:2:3"])
def test_stricter_rejections_have_reasons(value: str) -> None:
    key = "accelerator" if value.startswith("A10G") else ("memory" if "Gi" in value else "cpu")
    assert _stricter_reasons({"resources": {key: value}})


def test_resources_must_be_a_mapping() -> None:
    for text in ("resources: null", "resources:", "resources: []"):
        assert not is_valid(load(text)), text


def test_defaults_documented() -> None:
    props = SCHEMA["$defs"]["Resources"]["properties"]
    assert props["cpu"]["default"] == "1"
    assert props["memory"]["default"] == "2Gi"


# ---------------------------------------------------------------------------
# other top-level semantics
# ---------------------------------------------------------------------------

TOP_CASES: list[tuple[str, bool, bool, str | None]] = [
    # (config yaml, truss ok, ours ok, expected x-rule somewhere in the failure or None)
    ("model_name: x", True, True, None),
    ("foo_bar: 1", False, False, None),
    ("spec_version: '2.0'", True, True, None),
    ("spec_version: 2.0", False, False, None),
    ("python_version: py311", True, True, None),
    ("python_version: py39", True, True, None),
    ("python_version: py38", False, False, None),
    ("python_version: 3.11", False, False, None),
    ("requirements: [numpy]\nrequirements_file: requirements.txt", False, False, "requirements-conflict"),
    ("requirements: []\nrequirements_file: requirements.txt", True, True, None),
    ("requirements: [numpy]", True, True, None),
    ("requirements: numpy", False, False, None),
    ("requirements: null", False, False, None),
    (
        "model_cache: [{repo_id: a/b, use_volume: false}]\nweights: [{source: 'hf://a/b', mount_location: /w}]",
        False, False, "weights-conflict",
    ),
    ("model_cache: []\nweights: [{source: 'hf://a/b', mount_location: /w}]", True, True, None),
    ("hf_cache: [{repo_id: a/b, use_volume: false}]", True, True, None),
    ("hf_cache: null", True, True, None),
    ("hf_cache: []\nmodel_cache: []", False, False, "weights-conflict"),
    ("model_cache: [{repo_id: a/b}]", False, False, None),
    ("model_cache: [{repo_id: a/b, use_volume: false}]", True, True, None),
    ("model_cache: [{repo_id: a/b, use_volume: true, volume_folder: ab}]", False, False, "model-cache-volume"),
    ("model_cache: [{repo_id: a/b, use_volume: true, revision: main}]", False, False, "model-cache-volume"),
    ("model_cache: [{repo_id: a/b, use_volume: true, revision: main, volume_folder: ab}]", True, True, None),
    ("model_cache: [{repo_id: b/c, kind: s3, use_volume: true, volume_folder: ab}]", True, True, None),
    ("model_cache: [{repo_id: a/b, use_volume: false, revision: x}]", False, False, None),
    ("runtime: {num_workers: 1}", False, False, "runtime-num-workers"),
    ("runtime: {num_workers: 2}", False, False, "runtime-num-workers"),
    ("runtime: {predict_concurrency: 32}", True, True, None),
    ("runtime: {predict_concurrency: '2'}", True, True, None),
    ("runtime: {predict_concurrency: 2.5}", False, False, None),
    ("runtime: {predict_concurrency: null}", False, False, None),
    ("runtime: {predict_concurrency: true}", True, False, None),  # stricter: bool is not an int
    ("runtime: {enable_debug_logs: 'yes'}", True, True, None),
    ("runtime: {enable_debug_logs: 2}", False, False, None),
    ("runtime: null", False, False, None),
    ("runtime: {is_websocket_endpoint: true}", True, True, None),
    ("runtime: {transport: {kind: websocket, ping_interval_seconds: 5}}", True, True, None),
    ("runtime: {transport: {kind: websocket, foo: 1}}", True, True, None),
    ("runtime: {transport: {}}", True, True, None),
    ("runtime: {transport: {kind: ws}}", False, False, None),
    ("runtime: {health_checks: {restart_threshold_seconds: null}}", True, True, None),
    ("runtime: {truss_server_version_override: '0.9.0'}", True, True, None),
    ("build: {no_cache: true}", False, False, "build-no-cache"),
    ("build: {no_cache: false}", True, True, None),
    ("build: {no_cache: 'true'}", True, True, None),  # passes Truss's check: build-no-cache warns
    ("build: null", False, False, None),
    ("build: {secret_to_path_mapping: {hf_token: /root/.hf}}", True, True, None),
    ("build: {secret_to_path_mapping: {'bad name': /x}}", False, False, None),
    ("environment_variables: {A: '1', B: 2, C: true}", True, True, None),
    # Truss makes the string "['a']" of a list, and "None" of a value left empty: accepted, and flagged.
    ("environment_variables: {D: null}", True, False, "coerced-value"),
    ("environment_variables: {E: [a]}", True, False, "coerced-value"),
    ("environment_variables: null", False, False, None),
    ("environment_variables: {1: a}", False, False, None),
    ("secrets: {hf_access_token: null}", True, True, None),
    ("secrets: {a: 1}", False, False, None),
    ("secrets: null", False, False, None),
    ("model_metadata: null", False, False, None),
    ("model_metadata: {tags: [openai-compatible], example_model_input: {prompt: hi}}", True, True, None),
    ("docker_server: {start_command: x, server_port: 8000, predict_endpoint: /p, readiness_endpoint: /r, liveness_endpoint: /l}", True, True, None),
    ("docker_server: {server_port: 8000, predict_endpoint: /p, readiness_endpoint: /r, liveness_endpoint: /l}", False, False, "docker-server-settings"),
    ("docker_server: {no_build: true, server_port: 8000, predict_endpoint: /p, readiness_endpoint: /r, liveness_endpoint: /l}", True, True, None),
    ("docker_server: {start_command: x, server_port: 8000, predict_endpoint: /p, readiness_endpoint: /r, liveness_endpoint: /l, run_as_user_id: 0}", False, False, "docker-server-settings"),
    ("docker_server: {start_command: x, predict_endpoint: /p, readiness_endpoint: /r, liveness_endpoint: /l}", False, False, None),
    ("base_image: {image: 'python:3.11', python_executable_path: /usr/bin/python3}", True, True, None),
    ("base_image: {image: 'python:3.11', python_executable_path: python3}", False, False, None),
    ("base_image: {image: x, docker_auth: {auth_method: gcp_service_account_json, secret_name: s, registry: r}}", True, True, None),
    ("weights: [{source: 'hf://a/b@main', mount_location: /models/a}]", True, True, None),
    ("weights: [{source: 'a/b', mount_location: /models/a}]", False, False, "weights-source"),
    ("weights: [{source: 's3://bucket/p@x', mount_location: /models/a}]", False, False, "weights-source"),
    ("weights: [{source: 'hf://a/b', mount_location: models/a}]", False, False, None),
    ("bdn: {mounts: [{source: 'bdn:weights/llama-8b:prod', path: /models/llama}]}", True, True, None),
    ("bdn: {mounts: [{source: 'weights/llama', path: /models/llama}]}", False, False, None),
    ("training_checkpoints: {artifact_references: [{training_job_id: abc, paths: ['*']}]}", True, True, None),
    ("external_data: [{url: 'https://x/y', local_data_path: y}]", True, True, None),
    ("bis_llm: {version: '1', additional_autoscaling_config: {metrics: [{name: m, target: 1, extra: 2}]}}", True, True, None),
    ("cache_internal: null", True, True, None),
]


@pytest.mark.parametrize(("text", "truss_ok", "ours_ok", "rule"), TOP_CASES, ids=[c[0][:60] for c in TOP_CASES])
def test_top_level_rows(text: str, truss_ok: bool, ours_ok: bool, rule: str | None) -> None:
    config = load(text)
    assert ours_rejects(config) is not ours_ok, ([e.message for e in errors(config)], rule_errors(config))
    if rule:
        assert rule in _rules(config) | rule_errors(config), (_rules(config), rule_errors(config))
    if ours_ok != truss_ok:
        assert _stricter_reasons(config)


# ---------------------------------------------------------------------------
# TRT-LLM
# ---------------------------------------------------------------------------

TRT_V1 = """
resources: {accelerator: H100}
trt_llm:
  build:
    base_model: decoder
    checkpoint_repository: {source: HF, repo: meta-llama/Llama-3.1-8B-Instruct}
    max_seq_len: 8192
    quantization_type: fp8
  runtime: {webserver_default_route: /v1/embeddings}
"""

TRT_V2 = """
resources: {accelerator: 'B200:4'}
trt_llm:
  inference_stack: v2
  build:
    checkpoint_repository: {source: HF, repo: org/model, revision: main}
    quantization_type: fp4
  runtime: {max_seq_len: 32768, tensor_parallel_size: 4, patch_kwargs: {flag: true}}
"""


def _with(text: str, **edits: Any) -> dict:
    cfg = load(text)
    for dotted, value in edits.items():
        node = cfg
        parts = dotted.split("__")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        if value is ...:
            node.pop(parts[-1], None)
        else:
            node[parts[-1]] = value
    return cfg


@pytest.mark.parametrize(
    ("cfg", "ok"),
    [
        (load(TRT_V1), True),
        (load(TRT_V2), True),
        (_with(TRT_V1, trt_llm__build__checkpoint_repository=...), False),
        (_with(TRT_V1, trt_llm__build__base_model="llama"), False),
        (_with(TRT_V1, trt_llm__build__base_model="whisper"), False),
        (_with(TRT_V1, trt_llm__plugin_configuration={"use_fp8_context_fmha": True}), False),
        (_with(TRT_V1, trt_llm__build__max_batch_size="64"), False),  # strict int in Truss
        (_with(TRT_V1, trt_llm__build__max_num_tokens=64), False),  # gt 64
        (_with(TRT_V1, trt_llm__build__speculator={
            "speculative_decoding_mode": "DRAFT_TOKENS_EXTERNAL", "num_draft_tokens": 4,
            "checkpoint_repository": {"source": "HF", "repo": "a/b"}}), False),
        (_with(TRT_V1, trt_llm__build__speculator={
            "speculative_decoding_mode": "LOOKAHEAD_DECODING", "lookahead_windows_size": 3,
            "lookahead_ngram_size": 8, "lookahead_verification_set_size": 3}), True),
        (_with(TRT_V1, trt_llm__build__plugin_configuration={"paged_kv_cache": False}), False),
        # chunked context (default on) needs both plugins for decoder models
        (_with(TRT_V1, trt_llm__build__plugin_configuration={"paged_kv_cache": False, "use_paged_context_fmha": False}), False),
        (_with(TRT_V1, trt_llm__build__plugin_configuration={"paged_kv_cache": False, "use_paged_context_fmha": False},
               trt_llm__runtime__enable_chunked_context=False), True),
        (_with(TRT_V1, trt_llm__build__lora_cache_max_adapter_size=8), False),
        (_with(TRT_V1, trt_llm__build__checkpoint_repository={"source": "HF", "repo": "bad--repo"}), False),
        (_with(TRT_V1, trt_llm__build__checkpoint_repository={"source": "GCS", "repo": "gs://b/p"}), True),
        (_with(TRT_V1, resources={"accelerator": "A10G"}), False),  # fp8 on A10G
        (_with(TRT_V1, resources={"accelerator": "T4"}), False),  # TRT-LLM on T4
        (_with(TRT_V1, resources={"accelerator": "T4"}, trt_llm__build__base_model="encoder_bert",
               trt_llm__build__quantization_type="no_quant"), True),
        (_with(TRT_V1, trt_llm__version_overrides={"briton_version": "v1"}), False),
        (_with(TRT_V1, trt_llm__inference_stack=None), False),
        (_with(TRT_V2, resources={"accelerator": "H100:4"}), False),  # fp4 on H100
        (_with(TRT_V2, trt_llm__build__max_seq_len=4096), False),  # not settable on v2
        (_with(TRT_V2, trt_llm__build__checkpoint_repository=...), False),
        (_with(TRT_V2, trt_llm__build__checkpoint_repository=..., trt_llm__build__skip_build_result=True), True),
        (_with(TRT_V2, trt_llm__runtime=...), False),
        (_with(TRT_V2, trt_llm__runtime__max_num_tokens=200000), False),
    ],
)
def test_trt_llm(cfg: dict, ok: bool) -> None:
    assert ours_rejects(cfg) is not ok, ([e.message for e in errors(cfg)], rule_errors(cfg))


# ---------------------------------------------------------------------------
# fixture files
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("valid-*.yaml")), ids=lambda p: p.name)
def test_valid_fixtures(path: Path) -> None:
    cfg = yaml.safe_load(path.read_text())
    assert is_valid(cfg), [e.message for e in errors(cfg)]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("invalid-*.yaml")), ids=lambda p: p.name)
def test_invalid_fixtures(path: Path) -> None:
    assert not is_valid(yaml.safe_load(path.read_text()))


# ---------------------------------------------------------------------------
# (c) real-world corpus, compared with Truss 0.18.36's own verdicts
# ---------------------------------------------------------------------------

# Configs Truss loads and pushes that our schema rejects on purpose: path -> reason.
STRICTER_IN_CORPUS: dict[str, str] = {}


def _corpus_rows() -> list[dict]:
    if not VERDICTS.is_file():
        return []
    return [json.loads(line) for line in VERDICTS.read_text().splitlines() if line.strip()]


corpus = pytest.mark.skipif(not VERDICTS.is_file(), reason="shared corpus not available")


def _load_corpus_yaml(rel: str) -> tuple[bool, Any]:
    try:
        return True, yaml.safe_load((CORPUS / rel).read_text()) or {}
    except yaml.YAMLError:
        return False, None  # reported separately by the linter (YAML error), not a schema matter


@corpus
def test_corpus_truss_accepted_configs_validate() -> None:
    rows = [r for r in _corpus_rows() if r["load"] == "ok" and r["push"] == "ok"]
    assert len(rows) > 200
    failures = {}
    for row in rows:
        ok, cfg = _load_corpus_yaml(row["path"])
        if not ok:
            continue
        # A value Truss accepts by converting it (coerced-value) is a warning, never an error.
        errs = [e for e in errors(cfg) if e.schema.get("x-rule") != "coerced-value"]
        if errs and row["path"] not in STRICTER_IN_CORPUS:
            failures[row["path"]] = [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:160]}" for e in errs]
        if not errs and row["path"] in STRICTER_IN_CORPUS:
            failures[row["path"]] = ["listed in STRICTER_IN_CORPUS but validates; remove it"]
    assert not failures, json.dumps(failures, indent=1)


@corpus
def test_corpus_truss_rejected_configs_fail() -> None:
    rows = [r for r in _corpus_rows() if not (r["load"] == "ok" and r["push"] == "ok")]
    assert rows
    missed = []
    checked = 0
    for row in rows:
        ok, cfg = _load_corpus_yaml(row["path"])
        if not ok:
            continue
        checked += 1
        if not ours_rejects(cfg):
            missed.append((row["path"], row["load"] if row["load"] != "ok" else row["push"]))
    assert checked
    assert not missed, missed


# ---------------------------------------------------------------------------
# (d) what the user reads: the branch Truss picks, Truss's reason, true claims
# ---------------------------------------------------------------------------

from conftest import lint_yaml  # noqa: E402

LOW_TTFT = "basetenlabs__truss-examples/trt-llm-engine-builder-templates/llama-3_1-70b-instruct/low_ttft/config.yaml"
V1_BASE = """\
model_name: llama
model_metadata: {tags: [openai-compatible]}
resources: {accelerator: "H100:2", cpu: "4", memory: 80Gi}
trt_llm:
  build:
    base_model: decoder
    checkpoint_repository: {repo: meta-llama/Llama-3.1-70B-Instruct, source: HF}
    max_batch_size: 4
    max_seq_len: 4096
    tensor_parallel_count: 2
"""


def _errors_of(result) -> list[tuple[str, str]]:
    return [(d.name, ".".join(map(str, d.key_path))) for d in result.diagnostics if d.severity.value == "error"]


def test_the_low_ttft_template_gets_only_its_extra_key(corpus) -> None:
    # Truss 0.18.36: loads, then push fails with "trt_llm.v1 | Extra fields not allowed: [plugin_configuration]".
    path = corpus / LOW_TTFT
    result = lint_yaml(path.read_text(), str(path))
    assert _errors_of(result) == [("unknown-key", "trt_llm.plugin_configuration")]
    assert not any("inference_stack" in d.message or "stricter" in d.message for d in result.diagnostics)


def test_without_inference_stack_only_the_v1_branch_is_reported() -> None:
    # Truss: "trt_llm.v1.build.max_batch_size | Input should be less than or equal to 2048".
    result = lint_yaml(V1_BASE.replace("max_batch_size: 4", "max_batch_size: 4000"))
    assert _errors_of(result) == [("invalid-value", "trt_llm.build.max_batch_size")]
    message = result.diagnostics[0].message
    assert "Input should be less than or equal to 2048" in message and "Truss rejects it" in message


def test_with_inference_stack_v2_only_the_v2_branch_is_reported() -> None:
    # Truss: "trt_llm.v2.runtime | Extra fields not allowed: [enable_chunked_context]" at push.
    text = V1_BASE.replace("  build:\n", "  inference_stack: v2\n  runtime: {enable_chunked_context: true}\n  build:\n")
    text = text.replace("    max_batch_size: 4\n    max_seq_len: 4096\n    tensor_parallel_count: 2\n", "")
    result = lint_yaml(text)
    assert _errors_of(result) == [("unknown-key", "trt_llm.runtime.enable_chunked_context")]


def test_an_unknown_inference_stack_is_reported_at_the_key_in_truss_words() -> None:
    result = lint_yaml(V1_BASE.replace("  build:\n", "  inference_stack: v3\n  build:\n", 1))
    assert _errors_of(result) == [("invalid-value", "trt_llm.inference_stack")]
    assert "'v3' is not a valid InferenceStack" in result.diagnostics[0].message


@pytest.mark.parametrize("transport,rule,where,words", [
    ("{kind: grpcs}", "invalid-value", "runtime.transport.kind",
     "Input tag 'grpcs' found using 'kind' does not match any of the expected tags"),
    ("{ping_interval_seconds: 5}", "missing-key", "runtime.transport", "Unable to extract tag using discriminator 'kind'"),
    # kind picks the websocket branch, so the error is its field's, not "kind must be http".
    ("{kind: websocket, ping_interval_seconds: [5]}", "invalid-type", "runtime.transport.ping_interval_seconds",
     "Input should be a valid number"),
])
def test_transport_kind_picks_the_branch(transport: str, rule: str, where: str, words: str) -> None:
    result = lint_yaml(f"model_name: m\nruntime:\n  transport: {transport}\n")
    assert _errors_of(result) == [(rule, where)]
    assert words in result.diagnostics[0].message


def test_both_validators_report_discriminated_unions_alike() -> None:
    from truss_lint.yaml_loader import load as load_document
    from schema_reference import InterpretingValidator
    from truss_lint.schema import Validator, truss_schema

    texts = [V1_BASE + "  plugin_configuration: {}\n", V1_BASE.replace("  build:\n", "  inference_stack: 7\n  build:\n"),
             "runtime: {transport: {kind: x}}\n", "runtime: {transport: {ping_timeout_seconds: 1}}\n",
             "trt_llm: {inference_stack: v2, build: {max_batch_size: [5]}}\n", "trt_llm: {build: {quantization: fp8}}\n",
             "model_cache: [{repo_id: a/b, use_volume: 0}]\n", "runtime: {predict_concurrency: true}\n"]
    for text in texts:
        data = load_document(text).data
        reference = InterpretingValidator(truss_schema()).errors(data)
        assert reference and Validator(truss_schema()).errors(data) == reference, text


# Every section where an unknown key can sit, with Truss 0.18.36's verdict on `zz_extra: x` there:
# True = `truss push` rejects it (validate_forbid_extra), False = Truss keeps and ships it. Checked
# with Truss 0.18.36 by adding the key to every mapping of the fixtures (TrussConfig.from_yaml, then
# validate_forbid_extra): the check stops at `trt_llm.build`, whose model defines __init__.
SECTION_BASE = {
    "resources": ("resources: {cpu: '1', zz_extra: x}\n", True),
    "resources.fabric": ("resources: {fabric: {use_rdma: true, zz_extra: x}}\n", True),
    "runtime": ("runtime: {zz_extra: x}\n", True),
    "runtime.health_checks": ("runtime: {health_checks: {zz_extra: x}}\n", True),
    "build": ("build: {zz_extra: x}\n", True),
    "docker_server": ("docker_server: {start_command: a, server_port: 8000, predict_endpoint: /p, readiness_endpoint: /h, "
                      "liveness_endpoint: /h, zz_extra: x}\n", True),
    "base_image.docker_auth": ("base_image: {image: a/b, docker_auth: {auth_method: GCP_SERVICE_ACCOUNT_JSON, "
                               "secret_name: s, registry: r, zz_extra: x}}\n", True),
    "weights[0]": ("weights: [{source: 'hf://a/b', mount_location: /m, zz_extra: x}]\n", True),
    "trt_llm": (V1_BASE + "  zz_extra: x\n", True),
    "trt_llm.runtime": (V1_BASE + "  runtime: {zz_extra: x}\n", True),
    "trt_llm.version_overrides": (V1_BASE + "  version_overrides: {zz_extra: x}\n", True),
    "trt_llm.build": (V1_BASE + "    zz_extra: x\n", False),
    "trt_llm.build.checkpoint_repository": (
        V1_BASE.replace("source: HF}", "source: HF, zz_extra: x}"), False),
    "trt_llm.build.plugin_configuration": (V1_BASE + "    plugin_configuration: {zz_extra: x}\n", False),
    "trt_llm.build.quantization_config": (V1_BASE + "    quantization_config: {zz_extra: x}\n", False),
}


@pytest.mark.parametrize("section", sorted(SECTION_BASE))
def test_an_unknown_key_claims_a_rejection_only_where_truss_push_rejects(section: str) -> None:
    text, push_rejects = SECTION_BASE[section]
    found = [d for d in lint_yaml(text).diagnostics if d.key_path[-1:] == ("zz_extra",)]
    assert len(found) == 1, [d.message for d in lint_yaml(text).diagnostics]
    diagnostic = found[0]
    if push_rejects:
        assert (diagnostic.name, diagnostic.severity.value) == ("unknown-key", "error")
        assert "`truss push` rejects it" in diagnostic.message
    else:
        assert (diagnostic.name, diagnostic.severity.value) == ("ignored-key", "warning")
        assert "rejects" not in diagnostic.message and "shipped and ignored" in diagnostic.message


def test_a_list_environment_variable_is_reported_as_the_string_truss_makes() -> None:
    result = lint_yaml("model_name: m\nenvironment_variables:\n  HOSTS: [a, b]\n")
    (diagnostic,) = result.diagnostics
    assert (diagnostic.name, diagnostic.severity.value) == ("coerced-value", "warning")
    assert "\"['a', 'b']\"" in diagnostic.message and "reject" in diagnostic.message  # "does not reject"
    assert "Truss rejects" not in diagnostic.message


@pytest.mark.parametrize("text,truss_accepts", [
    ("runtime: {predict_concurrency: true}\n", True),  # pydantic lax: 1
    ("runtime: {predict_concurrency: 2.0}\n", True),
    ("runtime: {predict_concurrency: 2.5}\n", False),  # "Input should be a valid integer, got a number with ..."
    ("runtime: {predict_concurrency: [1]}\n", False),
    ("runtime: {enable_tracing_data: 1}\n", True),
    ("runtime: {enable_tracing_data: 2}\n", False),  # "Input should be a valid boolean, unable to interpret input"
    ("resources: {cpu: 4}\n", False),
])
def test_a_type_message_claims_a_rejection_only_where_truss_rejects(text: str, truss_accepts: bool) -> None:
    (diagnostic,) = [d for d in lint_yaml("model_name: m\n" + text).diagnostics
                     if d.name in ("invalid-type", "coerced-value")]
    assert ("Truss rejects it" in diagnostic.message) is not truss_accepts, diagnostic.message
    assert ("Truss accepts it" in diagnostic.message) is truss_accepts, diagnostic.message
    # Severity follows certainty: what Truss reads differently is a warning, what it refuses an error.
    expected = ("coerced-value", "warning") if truss_accepts else ("invalid-type", "error")
    assert (diagnostic.name, diagnostic.severity.value) == expected


def test_no_schema_message_is_generic() -> None:
    """Every failure names its key; the old catch-all "this combination is not allowed" is gone."""
    texts = ["runtime: {num_workers: 1}\n", "weights: [{source: 's3://b/p@v1', mount_location: /m}]\n",
             "training_checkpoints: {artifact_references: [{training_job_id: a}], loops_checkpoint_ids: [b]}\n",
             "bdn: {access: [{namespace: 'a..b', grants: [pull]}]}\n"]
    for text in texts:
        for diagnostic in lint_yaml("model_name: m\n" + text).diagnostics:
            assert "combination is not allowed" not in diagnostic.message
            assert diagnostic.message.startswith("`"), diagnostic.message


@pytest.mark.parametrize("text,words", [
    # Truss 0.18.36 fails at load: "resources.1 | Keys should be strings", "environment_variables.1.[key] |
    # Input should be a valid string" (not the push-time "Extra fields not allowed").
    ("resources: {1: x}\n", "Keys should be strings"),
    ("environment_variables: {1: a}\n", "Input should be a valid string"),
])
def test_a_key_that_is_not_a_string_fails_at_load(text: str, words: str) -> None:
    (diagnostic,) = lint_yaml("model_name: m\n" + text).diagnostics
    assert f'Truss refuses to load the config ("{words}")' in diagnostic.message
    assert "push" not in diagnostic.message


@pytest.mark.parametrize("text,words", [
    ("max_num_tokens: 64", "Input should be greater than 64"),
])
def test_a_range_message_quotes_truss(text: str, words: str) -> None:
    result = lint_yaml(V1_BASE + f"    {text}\n")
    (diagnostic,) = [d for d in result.diagnostics if d.severity.value == "error"]
    assert f'Truss rejects it ("{words}")' in diagnostic.message


def test_a_build_secret_name_failure_names_the_key_and_quotes_truss() -> None:
    result = lint_yaml("model_name: m\nbuild: {secret_to_path_mapping: {'a/b': /x}}\n")
    (diagnostic,) = result.diagnostics
    assert diagnostic.message.startswith('the key "a/b" in `build.secret_to_path_mapping`')
    assert "Name `a/b` is not valid" in diagnostic.message


def test_use_volume_zero_is_false_to_truss() -> None:
    # Truss reads use_volume: 0 as false (no revision or volume_folder needed): a coercion, not a rejection.
    result = lint_yaml("model_name: m\nmodel_cache: [{repo_id: a/b, use_volume: 0}]\n")
    assert _errors_of(result) == []
    assert [d.name for d in result.diagnostics if d.key_path[:1] == ("model_cache",) and d.name != "deprecated-key"] \
        == ["coerced-value"]


def test_every_x_rule_label_is_a_rule_a_user_can_select():
    # A label that names no rule would route nothing, and read like a rule code in the schema.
    from truss_lint.engine import registry
    from truss_lint.schema import truss_schema

    names = {rule.name for rule in registry().rules}
    labels = []

    def walk(node):
        if isinstance(node, dict):
            if "x-rule" in node:
                labels.append(node["x-rule"])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(truss_schema())
    assert labels and sorted(set(labels) - names) == []
