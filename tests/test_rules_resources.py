"""The resource rules TC202–TC210 beyond their golden fixtures (tests/test_rule_fixtures.py):
odd shapes, Truss versions, and rules that must not report the same config twice."""

from __future__ import annotations

import textwrap

import pytest

from conftest import run_json
from truss_lint.engine import lint, registry
from truss_lint.settings import Settings

CURRENT = "0.18.36"
RULES = {
    "TC202": "use-gpu-without-accelerator",
    "TC203": "accelerator-without-use-gpu",
    "TC204": "gpu-count-rounded-up",
    "TC205": "implicit-gpu-upgrade",
    "TC206": "resource-rounding-waste",
    "TC207": "under-provisioned-memory",
    "TC208": "decimal-memory-unit",
    "TC209": "instance-type-overrides-resources",
    "TC210": "unknown-instance-type",
}


def findings(rule: str, text: str, version: str = CURRENT) -> list:
    """The diagnostics of one rule, selected alone; a crash (TC003) would show up too."""
    result = lint(textwrap.dedent(text), "config.yaml", Settings(select=[rule], target_truss_version=version))
    return [d for d in result.diagnostics if d.name == rule or d.code == "TC003"]


def assert_says(text: str, *phrases: str) -> None:
    for phrase in phrases:
        assert phrase in text, f"{phrase!r} not in {text!r}"


# Shapes that make `resources` invalid or odd: the schema rules report them; these rules must
# neither crash nor guess.
HOSTILE = [
    "- a list\n- at the top\n",
    "just a string\n",
    "resources: null\n",
    "resources: [A10G]\n",
    "resources:\n  cpu: 4\n  use_gpu: true\n",
    "resources:\n  accelerator: 4\n  use_gpu: false\n",
    "resources:\n  accelerator: a10g\n",
    "resources:\n  memory: 16GB\n",
    "resources:\n  memory: {a: 1}\n  instance_type: [x]\n",
    "resources:\n  instance_type: 5\n  cpu: '8'\n",
    "resources:\n  node_count: 2\n  accelerator: H100:3\n  use_gpu: true\n",  # nothing resolves
    "trt_llm: null\nresources:\n  memory: 8Gi\n",
]


@pytest.mark.parametrize("config", HOSTILE)
@pytest.mark.parametrize("version", ["0.2.0", "0.9.0", CURRENT])
def test_invalid_resources_neither_crash_nor_report(config, version):
    result = lint(config, "config.yaml", Settings(select=list(RULES), target_truss_version=version))
    assert [(d.code, d.message) for d in result.diagnostics] == []


def test_rules_are_registered_with_their_contract_names_and_documented():
    for code, name in RULES.items():
        rule = registry().by_code_or_name(code)
        assert rule is not None and rule.name == name
        doc = rule.doc()
        for section in ("What it does:", "Why:", "Example:", "Fix:"):
            assert section in doc, f"{code} doc lacks {section}"


def test_rounded_up_and_implicit_upgrade_never_report_the_same_config():
    for config in ("resources:\n  accelerator: H100:3\n  memory: 600Gi\n",
                   "resources:\n  accelerator: L4\n  memory: 20Gi\n",
                   "resources:\n  accelerator: T4:3\n  cpu: '60'\n"):
        result = lint(config, "config.yaml", Settings(select=["TC204", "TC205"], target_truss_version=CURRENT))
        assert len(result.diagnostics) <= 1, [d.message for d in result.diagnostics]


def test_rounding_waste_suggestion_really_gets_the_cheaper_instance():
    """The request the message suggests resolves to the SKU it names, at the price it names."""
    before = lint("resources:\n  cpu: '5'\n  memory: 20Gi\n", "c.yaml", Settings(target_truss_version=CURRENT))
    waste = [d for d in before.diagnostics if d.code == "TC206"]
    assert_says(waste[0].message, '`cpu: "4"`', "`memory: 16Gi`", "gets 4x16")
    after = lint("resources:\n  cpu: '4'\n  memory: 16Gi\n", "c.yaml", Settings(target_truss_version=CURRENT))
    assert after.instance.name == "4x16"
    assert before.instance.price_per_month_usd - after.instance.price_per_month_usd == pytest.approx(149.3, abs=0.5)


def test_trt_llm_bump_reports_the_instance_after_the_bump():
    result = lint("trt_llm:\n  build: {}\nresources:\n  memory: 4Gi\n", "c.yaml",
                  Settings(target_truss_version=CURRENT))
    [finding] = [d for d in result.diagnostics if d.code == "TC207"]
    assert result.instance.name == "4x16"
    assert_says(finding.message, "gets 4x16", "instead of 1x4")


def test_use_gpu_without_accelerator_depends_on_the_target_version():
    config = "resources:\n  use_gpu: true\n"
    assert findings("use-gpu-without-accelerator", config, "0.3.0") == []  # use_gpu was the GPU switch
    [old] = findings("use-gpu-without-accelerator", config, "0.9.76")
    assert_says(old.message, "Truss 0.9.76 sends it as written", "no instance matches", "most likely fails")
    [new] = findings("use-gpu-without-accelerator", config, "0.9.77")
    assert_says(new.message, "CPU-only instance 1x2")


# accelerator-without-use-gpu through the installed console script, at three target versions.
VERSIONS = [
    # (target, config, [(line, column, severity, phrases)])
    ("0.2.9", "missing", [(3, 16, "error", ["Truss 0.2.9 has no `accelerator` key", "no GPU is allocated",
                                             "CPU-only 4x16"])]),
    ("0.2.9", "false", [(4, 12, "error", ["`use_gpu: false`", "no GPU is allocated"])]),
    ("0.2.9", "true", []),
    ("0.9.50", "missing", [(3, 16, "info", ["Truss 0.9.50 forces `use_gpu` to true", "gets A10Gx4x16"])]),
    ("0.9.50", "false", [(4, 12, "warning", ["`use_gpu: false` is overridden", "gets and pays for A10Gx4x16",
                                              "$869/month"])]),
    ("0.9.50", "true", []),
    ("0.18.36", "missing", []),
    ("0.18.36", "false", [(4, 12, "warning", ["`use_gpu: false` is ignored", "since 0.9.77",
                                               "gets and pays for A10Gx4x16", "$869/month"])]),
    ("0.18.36", "true", []),
]
USE_GPU_LINES = {"missing": "", "false": "  use_gpu: false\n", "true": "  use_gpu: true\n"}


@pytest.mark.parametrize("version, use_gpu, expected", VERSIONS, ids=[f"{v}-{u}" for v, u, _ in VERSIONS])
def test_accelerator_without_use_gpu_at_three_target_versions(tmp_path, version, use_gpu, expected):
    config = tmp_path / "config.yaml"
    config.write_text(f"model_name: m\nresources:\n  accelerator: A10G\n{USE_GPU_LINES[use_gpu]}  cpu: '3'\n")
    code, report = run_json("--target-truss-version", version, "--select", "accelerator-without-use-gpu",
                            str(config))
    [file] = report["files"]
    found = [(d["line"], d["column"], d["severity"]) for d in file["diagnostics"]]
    assert found == [e[:3] for e in expected], file["diagnostics"]
    for diagnostic, (*_, phrases) in zip(file["diagnostics"], expected):
        assert diagnostic["code"] == "TC203" and diagnostic["name"] == "accelerator-without-use-gpu"
        assert_says(diagnostic["message"], *phrases)
    assert code == (1 if any(e[2] == "error" for e in expected) else 0)
