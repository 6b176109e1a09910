"""Truss Chains: chainlets read from Python source without running it, each given the instance
its equivalent config.yaml gets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from truss_lint.chains.reader import read
from truss_lint.engine import lint, lint_bytes

from conftest import run_cli

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "chains"
RULE_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules"
CHAINS_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "chains-corpus"
TRUSS_PYTHON = Path("/work/truss-venv/bin/python")


def chainlets(path: Path) -> dict:
    result = lint_bytes(path.read_bytes(), str(path))
    return {c.name: c for c in result.chainlets}


def test_every_syntax_variant_resolves_to_its_instance():
    found = chainlets(FIXTURES / "variants.py")
    names = {name: (c.instance.name if c.instance else c.instance_note) for name, c in found.items()}
    assert names == {
        "Defaults": "1x2", "NoCompute": "1x2", "Keywords": "T4x4x16", "Positional": "4x16", "Annotated": "8x32",
        "ClassConstants": "4x16", "ModuleConstants": "A10Gx4x16", "GpuCount": "H100:2", "Concurrency": "2x8",
        "Inherits": "T4x4x16", "Model": "L4:4x16",
        "Computed": "unknown: `cpu_count`: `math.ceil(...)` is computed when the file runs",
    }
    assert "NotAChainlet" not in found  # a StubBase is no chainlet


def test_chains_cpu_count_and_conditional_constants():
    source = (
        "import truss_chains as chains\n"
        "import os\n"
        "if os.environ.get('BIG'):\n    MEM = '64Gi'\nelse:\n    MEM = '8Gi'\n"
        "class A(chains.ChainletBase):\n"
        "    remote_config = chains.RemoteConfig(compute=chains.Compute(cpu_count=3, predict_concurrency=chains.CPU_COUNT))\n"
        "class B(chains.ChainletBase):\n"
        "    remote_config = chains.RemoteConfig(compute=chains.Compute(memory=MEM))\n"
    )
    read_a, read_b = read(source)
    assert read_a.compute["predict_concurrency"].value == "cpu_count" and read_a.compute["cpu_count"].value == 3
    assert "assigned conditionally" in read_b.compute["memory"].reason  # never guessed
    result = lint(source, "chain.py")
    assert result.chainlets[1].instance is None and "conditionally" in result.chainlets[1].instance_note


def test_bases_are_followed_in_order_and_a_foreign_base_is_not_guessed():
    source = (
        "import truss_chains as chains\n"
        "from shared.mixins import GpuMixin\n"
        "class Big:\n"
        "    remote_config = chains.RemoteConfig(compute=chains.Compute(cpu_count=8, memory='32Gi'))\n"
        "class Local(Big, chains.ChainletBase):\n    pass\n"
        "class Foreign(GpuMixin, chains.ChainletBase):\n    pass\n"
        "class Own(GpuMixin, chains.ChainletBase):\n"
        "    remote_config = chains.RemoteConfig()\n"
    )
    result = {c.name: c for c in lint(source, "chain.py").chainlets}
    assert result["Local"].instance.name == "8x32"  # the mixin's remote_config comes first in the MRO
    assert result["Foreign"].instance is None
    assert result["Foreign"].instance_note == ("unknown: `Foreign` inherits from `GpuMixin` (another module), "
                                               "which may set `remote_config`")
    assert result["Own"].instance.name == "1x2"


def equivalent_config(compute: dict) -> str:
    """The config.yaml Truss's code generation writes for a Compute (code_gen._gen_truss_config)."""
    lines = ["model_name: equivalent", "resources:", f"  cpu: \"{compute['cpu_count']}\"",
             f"  memory: {compute['memory']}"]
    if compute.get("gpu"):
        count = compute.get("gpu_count", 1)
        lines.append(f"  accelerator: {compute['gpu']}" + (f":{count}" if count != 1 else ""))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fixture", sorted(p for p in RULE_FIXTURES.glob("*/*/*.py")) + [FIXTURES / "variants.py"],
                         ids=lambda p: str(p.relative_to(p.parents[2])))
def test_each_chainlet_gets_the_instance_of_its_equivalent_config(fixture):
    for chainlet in read(fixture.read_text()) if "syntax" not in str(fixture) else []:
        if chainlet.kind == "truss" or chainlet.unknown or any(a.reason for a in chainlet.compute.values()):
            continue
        compute = {name: argument.value for name, argument in chainlet.compute.items()}
        if not isinstance(compute["cpu_count"], int) or not isinstance(compute["memory"], str) \
                or compute["gpu"] not in (None, "T4", "L4", "A10G", "H100", "A100", "H200", "B200"):
            continue  # Truss rejects these (invalid-value fixtures)
        got = chainlets(fixture)[chainlet.name]
        expected = lint(equivalent_config(compute), "config.yaml")
        assert got.instance == expected.instance, chainlet.name
        if got.instance is None:  # the same verdict: unknown (invalid) or none (nothing matches)
            assert got.instance_note.split(":")[0] == expected.instance_note.split(":")[0], chainlet.name


@pytest.mark.skipif(not TRUSS_PYTHON.exists(), reason="Truss 0.18.36's scratch virtualenv is not on this machine")
def test_truss_own_code_generation_agrees(tmp_path):
    """Truss itself (in its scratch virtualenv, never a dependency) imports the fixture and
    generates each chainlet's resources; truss-lint, reading the same file statically, must
    predict the instance of exactly that config."""
    script = (
        "import importlib.util, json, sys\n"
        "from truss.base import truss_config\n"
        "from truss_chains import framework\n"
        "spec = importlib.util.spec_from_file_location('variants', sys.argv[1])\n"
        "module = importlib.util.module_from_spec(spec); sys.modules['variants'] = module\n"
        "spec.loader.exec_module(module)\n"
        "out = {}\n"
        "for name, cls in vars(module).items():\n"
        "    if isinstance(cls, type) and issubclass(cls, framework.ChainletBase.__mro__[1]) and cls.__module__ == 'variants':\n"
        "        c = cls.remote_config.get_compute_spec()\n"
        "        config = truss_config.TrussConfig(); config.resources.cpu = str(c.cpu_count)\n"
        "        config.resources.memory = str(c.memory); config.resources.accelerator = c.accelerator\n"
        "        out[name] = config.to_dict()['resources']\n"
        "print(json.dumps(out))\n"
    )
    proc = subprocess.run([str(TRUSS_PYTHON), "-c", script, str(FIXTURES / "variants.py")], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    generated = json.loads(proc.stdout.strip().splitlines()[-1])
    ours = chainlets(FIXTURES / "variants.py")
    assert "Computed" in generated and set(ours) <= set(generated)
    for name, resources in generated.items():
        config = "model_name: generated\n" + "resources:\n" + "".join(
            f"  {key}: {json.dumps(value)}\n" for key, value in resources.items() if value is not None)
        expected = lint(config, "config.yaml").instance
        if ours[name].instance is None:
            assert name == "Computed"  # truss-lint does not run `math.ceil`: unknown, not a guess
        else:
            assert ours[name].instance == expected, name


def test_a_chain_file_is_never_imported(tmp_path):
    chain = tmp_path / "side_effects.py"
    chain.write_bytes((FIXTURES / "side_effects.py").read_bytes())
    proc = run_cli("check", "--output-format", "json", str(chain))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert [c["name"] for c in report["files"][0]["chainlets"]] == ["Worker"]
    assert report["files"][0]["chainlets"][0]["instance"]["name"] == "2x8"
    assert not (tmp_path / "SIDE_EFFECT_RAN").exists()
    assert "side_effects" not in sys.modules


def test_json_report_has_chainlets_and_tags_findings(tmp_path):
    chain = tmp_path / "transcribe.py"
    chain.write_text((RULE_FIXTURES / "decimal-memory-unit" / "bad" / "chain_16G.py").read_text())
    proc = run_cli("check", "--output-format", "json", str(chain))
    report = json.loads(proc.stdout)
    entry = report["files"][0]
    assert entry["chainlets"] == [{"name": "MacroChunkWorker", "line": 4, "column": 1,
                                   "instance": entry["chainlets"][0]["instance"], "instance_note": None}]
    assert entry["chainlets"][0]["instance"]["name"] == "8x32"
    (finding,) = entry["diagnostics"]
    assert finding["chainlet"] == "MacroChunkWorker" and finding["instance"]["name"] == "8x32"
    assert finding["name"] == "decimal-memory-unit" and finding["line"] == 7


def test_human_report_lists_each_chainlet_and_the_chain_total(tmp_path):
    chain = tmp_path / "chain.py"
    chain.write_text((FIXTURES / "variants.py").read_text())
    proc = run_cli("check", "--output-format", "concise", "--show-ok", str(chain))
    lines = proc.stdout.splitlines()
    assert any(line.startswith(f"{chain} → chain of 12 chainlets, ≥ $") for line in lines)
    assert "  GpuCount → H100:2 (32 vCPU, 236 GiB RAM, 2× H100 80 GiB VRAM) at $0.21666/min ≈ $9,360/month" in lines
    for output_format in ("sarif", "github", "junit", "full", "text"):
        proc = run_cli("check", "--output-format", output_format,
                       str(RULE_FIXTURES / "invalid-value" / "bad" / "chain_values.py"))
        assert proc.returncode == 1 and "16 GB" in proc.stdout, output_format
        if output_format == "sarif":
            (run,) = json.loads(proc.stdout)["runs"]
            assert {r["properties"].get("chainlet") for r in run["results"]} == {
                "BadMemory", "GpuWithCount", "LowerCaseGpu", "HalfCpu"}
        if output_format == "github":
            assert "%0Achainlet: BadMemory%0A" in proc.stdout


def test_directory_walk_and_precommit_style_arguments(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "chain.py").write_text((FIXTURES / "variants.py").read_text())
    (tmp_path / "app" / "utils.py").write_text("import os\nprint('not a chain')\n")
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "config.yaml").write_text("model_name: m\nresources:\n  cpu: '2'\n")
    walked = json.loads(run_cli("check", "--output-format", "json", ".", cwd=tmp_path).stdout)
    assert [f["path"] for f in walked["files"]] == ["app/chain.py", "model/config.yaml"]
    # pre-commit passes every staged .py file: those that are no chain file are left out, silently
    proc = run_cli("check", "--output-format", "json", "app/utils.py", "app/chain.py", cwd=tmp_path)
    assert [f["path"] for f in json.loads(proc.stdout)["files"]] == ["app/chain.py"]


def test_suppression_comment_on_a_chain_line(tmp_path):
    chain = tmp_path / "chain.py"
    source = (RULE_FIXTURES / "decimal-memory-unit" / "bad" / "chain_16G.py").read_text()
    chain.write_text(source.replace('memory="16G", predict_concurrency=_cpu_count * 3),',
                                    'memory="16G", predict_concurrency=_cpu_count * 3),  # truss-lint: ignore[TC208]'))
    report = json.loads(run_cli("check", "--output-format", "json", str(chain)).stdout)
    assert report["files"][0]["diagnostics"] == []
    chain.write_text(source.replace("class MacroChunkWorker", "# truss-lint: ignore[TC201]\nclass MacroChunkWorker"))
    report = json.loads(run_cli("check", "--output-format", "json", str(chain)).stdout)
    assert {d["name"] for d in report["files"][0]["diagnostics"]} == {"decimal-memory-unit", "unused-suppression"}


def test_unsafe_fix_rewrites_the_memory_literal_byte_exactly(tmp_path):
    chain = tmp_path / "chain.py"
    original = (RULE_FIXTURES / "invalid-value" / "bad" / "chain_values.py").read_bytes()
    chain.write_bytes(original)
    assert run_cli("check", "--fix", str(chain)).returncode == 1
    safe = chain.read_bytes()
    assert safe == original.replace(b'gpu="H100:2"', b'gpu="H100", gpu_count=2').replace(b'gpu="a10g"', b'gpu="A10G"')
    run_cli("check", "--fix", "--unsafe-fixes", str(chain))
    assert chain.read_bytes() == safe.replace(b'memory="16 GB"', b'memory="16Gi"')


@pytest.mark.skipif(not CHAINS_CORPUS.is_dir(), reason="../shared/chains-corpus is not present on this machine")
def test_real_chain_files_read_without_unknowns():
    files = sorted(CHAINS_CORPUS.rglob("*.py"))
    assert len(files) >= 15
    found = set()
    for path in files:
        result = lint_bytes(path.read_bytes(), str(path))
        found |= {(path.name, d.name) for d in result.diagnostics}
        for chainlet in result.chainlets:
            assert chainlet.instance is not None, (path, chainlet)
    # What the real files get wrong: `memory="16G"`, and truss-examples' whisper chainlet still
    # passes a string base_image; nothing else (no finding made up by reading them statically).
    assert found == {("transcribe.py", "decimal-memory-unit"), ("whisper_chainlet.py", "deprecated-base-image-string")}
