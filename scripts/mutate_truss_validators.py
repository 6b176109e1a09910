"""Mutation study of the Truss-validator rules (TC120–TC159): one realistic mistake at a time.

Maintainer script, NOT part of the package. Step 1 needs Truss 0.18.36 in a scratch virtualenv
(never a dependency); step 2 needs truss-lint:

    /tmp/truss-venv/bin/python scripts/mutate_truss_validators.py mutate OUT   # mutants + Truss's verdicts
    python scripts/mutate_truss_validators.py compare OUT                     # truss-lint's findings vs them

Mutants are made from the configs of ../shared/corpus that Truss loads and pushes. Truss's
verdict is its load (`TrussConfig.from_yaml`) and its push check (`validate_forbid_extra`);
the CLI's own push checks (the legacy tag with a speculator) and the image builder's are not
modelled, so a finding on them shows as "error where Truss passes" and is checked by hand.
Hugging Face is not contacted (Truss's architecture lookup is stubbed out; it only logs).
"""

from __future__ import annotations

import collections
import copy
import json
import random
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
GPUS = ["T4", "V100", "A10G", "A100", "A100_40GB", "L4", "L40S", "H100", "H100_40GB", "H200", "B200"]
LOOKAHEAD = {"speculative_decoding_mode": "LOOKAHEAD_DECODING", "lookahead_windows_size": 7,
             "lookahead_ngram_size": 5, "lookahead_verification_set_size": 3}


def _trt_mutants(cfg: dict, rng: random.Random):
    if not isinstance(cfg["trt_llm"].get("build"), dict):
        return
    accelerator = (cfg.get("resources") or {}).get("accelerator")
    count = ":" + accelerator.split(":")[1] if isinstance(accelerator, str) and ":" in accelerator else ""

    def build(**changes):
        c = copy.deepcopy(cfg)
        c["trt_llm"]["build"].update(changes)
        return c

    for gpu in GPUS:  # keep the GPU count: TP × PP × SP vs GPUs is TC601's, not studied here
        for quantization in ["fp8", "fp8_kv", "fp4", "fp4_mlp_only", "no_quant"]:
            if rng.random() < 0.15:
                c = build(quantization_type=quantization)
                c.setdefault("resources", {})["accelerator"] = gpu + count
                yield "quantization vs GPU", c
    for model in ["llama", "qwen", "mistral", "whisper", "encoder", "encoder_bert"]:
        yield "base_model", build(base_model=model)
    for paged in (False, True):
        for fmha in (False, True):
            for chunked in (None, False):
                c = build(plugin_configuration={"paged_kv_cache": paged, "use_paged_context_fmha": fmha})
                if chunked is not None:
                    c["trt_llm"].setdefault("runtime", {})["enable_chunked_context"] = chunked
                yield "KV cache flags", c
    for value in [32, 100, 1000, 1024, 20000, "512"]:
        for key in ["calib_size", "calib_max_seq_length"]:
            yield "calibration", build(quantization_config={key: value})
    for value in [-1, 0, 1, 2, 8, -3]:
        yield "MoE", build(moe_expert_parallel_option=value)
    for tags in [["openai-compatible", "force-legacy-api-non-openai-compatible"],
                 ["force-legacy-api-non-openai-compatible"], []]:
        c = copy.deepcopy(cfg)
        if isinstance(c.setdefault("model_metadata", {}), dict):
            c["model_metadata"]["tags"] = tags
            yield "tags", c
    for speculator in [LOOKAHEAD, {"speculative_decoding_mode": "LOOKAHEAD_DECODING", "lookahead_windows_size": 7},
                       {**LOOKAHEAD, "num_draft_tokens": 4}, {k: v for k, v in LOOKAHEAD.items() if k != "speculative_decoding_mode"},
                       {"speculative_decoding_mode": "DRAFT_TOKENS_EXTERNAL", "num_draft_tokens": 4,
                        "checkpoint_repository": {"source": "HF", "repo": "a/b"}}]:
        yield "speculator", build(speculator=speculator)
    for runtime in (None, {}):
        c = copy.deepcopy(cfg)
        c["trt_llm"]["inference_stack"] = "v2"
        c["trt_llm"].pop("runtime", None)
        if runtime is not None:
            c["trt_llm"]["runtime"] = runtime
        yield "stack v2", c
    yield "LoRA", build(lora_cache_max_adapter_size=64)
    yield "LoRA", build(lora_adapters={"my adapter": {"source": "HF", "repo": "a/b"}})
    c = copy.deepcopy(cfg)
    c["trt_llm"].setdefault("runtime", {}).update(lora_cache_max_adapter_size=8, lora_cache_optimal_adapter_size=16)
    yield "LoRA", c
    c = copy.deepcopy(cfg)
    c["trt_llm"]["version_overrides"] = {"briton_version": "v0.17.0"}
    yield "version_overrides", c
    repository = cfg["trt_llm"]["build"].get("checkpoint_repository")
    if isinstance(repository, dict) and repository.get("source") == "HF":
        for repo in ["https://huggingface.co/" + str(repository.get("repo")), "a--b/c", "org/model.git", "a/b/c"]:
            yield "checkpoint", build(checkpoint_repository={**repository, "repo": repo})
    c = copy.deepcopy(cfg)
    c["trt_llm"]["build"].pop("checkpoint_repository", None)
    yield "checkpoint", c


def _other_mutants(cfg: dict):
    server = cfg.get("docker_server")
    if isinstance(server, dict):
        c = copy.deepcopy(cfg)
        c["docker_server"].pop("start_command", None)
        yield "docker_server", c
        for uid in [0, 60000, 1000, "0"]:
            c = copy.deepcopy(cfg)
            c["docker_server"]["run_as_user_id"] = uid
            yield "docker_server", c
        c = copy.deepcopy(cfg)
        c["docker_server"]["run_as_user_id"] = 1000
        c.setdefault("runtime", {})["remote_ssh"] = {"enabled": True}
        yield "docker_server", c
    for value in [1, 2, "1", 1.0]:
        c = copy.deepcopy(cfg)
        if isinstance(c.setdefault("runtime", {}), dict):
            c["runtime"]["num_workers"] = value
            yield "num_workers", c
    for value in [True, "true", False]:
        c = copy.deepcopy(cfg)
        if isinstance(c.setdefault("build", {}), dict):
            c["build"]["no_cache"] = value
            yield "build.no_cache", c
    weights = cfg.get("weights")
    if isinstance(weights, list) and weights and isinstance(weights[0], dict):
        source = str(weights[0].get("source"))
        for change in ("duplicate", source.split("://", 1)[-1], "s3://bucket/path@v1", "auth"):
            c = copy.deepcopy(cfg)
            if change == "duplicate":
                c["weights"].append(dict(c["weights"][0]))
            elif change == "auth":
                c["weights"][0]["auth"] = {"auth_method": "AWS_OIDC"}
            else:
                c["weights"][0]["source"] = change
            yield "weights", c
    cache = cfg.get("model_cache")
    if isinstance(cache, list) and cache and isinstance(cache[0], dict):
        c = copy.deepcopy(cfg)
        c["model_cache"][0].update(use_volume=True)
        c["model_cache"][0].pop("revision", None)
        yield "model_cache", c
        c = copy.deepcopy(cfg)
        c["model_cache"][0].update(use_volume=True, revision="main")
        c["model_cache"][0].pop("volume_folder", None)
        yield "model_cache", c
    c = copy.deepcopy(cfg)
    c["training_checkpoints"] = {"artifact_references": [{"training_job_id": "abc"}], "loops_checkpoint_ids": ["x"]}
    yield "training_checkpoints", c


def mutate(out: Path) -> None:
    import logging
    import warnings

    import yaml

    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    import truss.base.trt_llm_config as trt_llm_config
    from truss.base.truss_config import TrussConfig

    trt_llm_config.get_hf_config = lambda repo, revision: None  # no network

    def verdict(path: Path) -> tuple[str, str]:
        try:
            config = TrussConfig.from_yaml(path)
        except Exception as error:
            return "load", str(error)[:300]
        try:
            config.validate_forbid_extra()
        except Exception as error:
            return "push", str(error)[:300]
        return "ok", ""

    rng, rows = random.Random(7), []
    for line in (CORPUS / "TRUSS-0.18.36-VERDICTS.jsonl").read_text().splitlines():
        row = json.loads(line)
        if row["load"] != "ok" or row["push"] != "ok":
            continue
        try:
            cfg = yaml.safe_load((CORPUS / row["path"]).read_text())
        except yaml.YAMLError:
            continue
        if not isinstance(cfg, dict):
            continue
        mutants = _trt_mutants(cfg, rng) if isinstance(cfg.get("trt_llm"), dict) else _other_mutants(cfg)
        for kind, mutant in mutants:
            path = out / f"m{len(rows):05d}" / "config.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(yaml.safe_dump(mutant, sort_keys=False))
            truss, message = verdict(path)
            rows.append({"file": str(path), "kind": kind, "source": row["path"], "truss": truss, "message": message})
    (out / "verdicts.json").write_text(json.dumps(rows, indent=0))
    print(f"{len(rows)} mutants in {out}")


def compare(out: Path) -> None:
    rows = {r["file"]: r for r in json.loads((out / "verdicts.json").read_text())}
    report = subprocess.run(["truss-lint", "check", "--isolated", "--output-format", "json", "--exit-zero",
                             "--target-truss-version", "0.18.36", str(out)], capture_output=True, text=True, check=True)
    findings = {f["path"]: f.get("diagnostics", []) for f in json.loads(report.stdout)["files"]}
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for path, row in rows.items():
        errors = [d for d in findings.get(path, []) if d["severity"] == "error"]
        ours = [d for d in errors if "TC120" <= d["code"] <= "TC159"]
        counts = table[row["kind"]]
        if row["truss"] == "ok":
            counts["Truss accepts"] += 1
            counts["error where Truss passes"] += bool(ours)
        else:
            counts["Truss rejects"] += 1
            counts["caught"] += bool(errors)
            counts["exactly one error"] += len(errors) == 1
    print("| mistake | Truss rejects | caught | exactly one error | Truss accepts | error where Truss passes |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind, c in table.items():
        print(f"| {kind} | {c['Truss rejects']} | {c['caught']} | {c['exactly one error']} | {c['Truss accepts']} | "
              f"{c['error where Truss passes']} |")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("mutate", "compare"):
        sys.exit(__doc__)
    (mutate if sys.argv[1] == "mutate" else compare)(Path(sys.argv[2]))
