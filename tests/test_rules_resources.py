"""The resource rules TC202–TC210: each stays silent on configs that are fine, and on bad ones
says where, at what severity, and what it costs (instance and $/month)."""

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


def where(diagnostics) -> list[tuple]:
    return [(d.code, d.span.line, d.span.column, d.severity.value) for d in diagnostics]


def assert_says(text: str, *phrases: str) -> None:
    for phrase in phrases:
        assert phrase in text, f"{phrase!r} not in {text!r}"


# (rule, config, [(code, line, column, severity, phrases in the message)])
BAD = [
    pytest.param("use-gpu-without-accelerator", """\
        resources:
          use_gpu: true
        """, [("TC202", 2, 12, "warning", ["gives no GPU", "ignores `use_gpu` since 0.9.77",
                                            "CPU-only instance 1x2 (1 vCPU, 2 GiB RAM)", "$25/month"])],
        id="TC202-use-gpu-true-alone"),
    pytest.param("use-gpu-without-accelerator", """\
        resources:
          cpu: "3"
          use_gpu: on
        """, [("TC202", 3, 12, "warning", ["CPU-only instance 4x16 (4 vCPU, 16 GiB RAM)", "$149/month"])],
        id="TC202-yaml11-on-is-true"),
    pytest.param("use-gpu-without-accelerator", """\
        resources:
          instance_type: 4x16
          use_gpu: yes
        """, [("TC202", 3, 12, "warning", ["`instance_type` names the CPU-only 4x16", "gets no GPU"])],
        id="TC202-cpu-instance-type"),
    pytest.param("gpu-count-rounded-up", """\
        resources:
          accelerator: H100:3
        """, [("TC204", 2, 16, "warning", ["no H100 instance has 3 GPUs", "gets H100:4 (64 vCPU",
                                            "pay for 4 GPUs and 1 sits idle", "≈ $4,680/month"])],
        id="TC204-H100x3"),
    pytest.param("gpu-count-rounded-up", """\
        resources:
          accelerator: {accelerator: A10G, count: 5}
        """, [("TC204", 2, 16, "warning", ["`A10G:5` gets A10G:8x192x768", "3 sit idle", "≈ $5,277/month"])],
        id="TC204-mapping-form"),
    pytest.param("implicit-gpu-upgrade", """\
        resources:
          accelerator: L4
          memory: 20Gi
        """, [("TC205", 3, 11, "warning", ["memory 20 GiB pushes `accelerator: L4` (1 GPU) onto L4:2x24x96",
                                            "2.8× the price of L4:4x16 ($611/month)",
                                            "paying for 1 GPU you did not ask for"])],
        id="TC205-L4-20Gi"),
    pytest.param("implicit-gpu-upgrade", """\
        resources:
          accelerator: L4
          cpu: "8"
          memory: 64Gi
        """, [("TC205", 3, 8, "warning", ["cpu 8 and memory 64 GiB push", "L4:2x24x96"])],
        id="TC205-cpu-and-memory"),
    pytest.param("implicit-gpu-upgrade", """\
        resources:
          accelerator: A10G:2
          memory: 100Gi
        """, [("TC205", 3, 11, "warning", ["(2 GPUs) onto A10G:4x48x192", "2.0× the price of A10G:2x24x96",
                                            "with 2 GPUs"])],
        id="TC205-two-gpus-to-four"),
    pytest.param("resource-rounding-waste", """\
        resources:
          cpu: "5"
        """, [("TC206", 2, 8, "info", ["rounds up to 8x32", "cpu 5 → 8 vCPU (1.6×)", '`cpu: "4"`',
                                        "gets 4x16 at $149/month, $149/month less"])],
        id="TC206-cpu-5"),
    pytest.param("resource-rounding-waste", """\
        resources:
          accelerator: A10G
          cpu: "4"
          memory: 20Gi
        """, [("TC206", 4, 11, "info", ["A10Gx8x32", "memory 20 GiB → 32 GiB (1.6×)", "`memory: 16Gi`",
                                         "A10Gx4x16 at $869/month, $178/month less"])],
        id="TC206-docs-A10G-example"),
    pytest.param("under-provisioned-memory", """\
        resources:
          memory: 512Mi
        """, [("TC207", 2, 11, "warning", ["below 1Gi", "several hundred MiB",
                                            "1x2 has 2 GiB anyway, so `memory: 2Gi` costs nothing more"])],
        id="TC207-512Mi"),
    pytest.param("under-provisioned-memory", """\
        trt_llm:
          build:
            base_model: llama
        resources:
          accelerator: A10G
          memory: 8Gi
        """, [("TC207", 6, 11, "warning", ["below the 10Gi a TRT-LLM engine build needs",
                                            "raises it to 10Gi and rewrites config.yaml",
                                            "gets A10Gx4x16 (4 vCPU, 16 GiB RAM, 1× A10G"])],
        id="TC207-trt-llm-8Gi"),
    pytest.param("under-provisioned-memory", """\
        trt_llm:
          build: {}
        """, [("TC207", 1, 1, "warning", ["the default memory (2Gi)", "gets 4x16 (4 vCPU, 16 GiB RAM)",
                                           "instead of 1x2"])],
        id="TC207-trt-llm-default-memory-changes-instance"),
    pytest.param("decimal-memory-unit", """\
        resources:
          memory: 16G
        """, [("TC208", 2, 11, "info", ["`memory: 16G` is decimal: 14.9 GiB, not 16 GiB",
                                         "`16Gi` would get the same instance, 4x16"])],
        id="TC208-16G-same-instance"),
    pytest.param("decimal-memory-unit", """\
        resources:
          memory: 17G
        """, [("TC208", 2, 11, "warning", ["15.8 GiB, not 17 GiB", "as written this config gets 4x16",
                                            "`17Gi` would get 8x32"])],
        id="TC208-17G-other-instance"),
    pytest.param("decimal-memory-unit", """\
        resources:
          memory: 512M
        """, [("TC208", 2, 11, "info", ["488 MiB, not 512 MiB"])],
        id="TC208-512M"),
    pytest.param("instance-type-overrides-resources", """\
        resources:
          instance_type: L4:4x16
          cpu: "8"
          memory: 16Gi
          accelerator: A10G
        """, [("TC209", 3, 3, "warning", ['`cpu: "8"` is ignored', "it has 4 vCPU, less than the 8 asked for"]),
              ("TC209", 4, 3, "warning", ["`memory: 16Gi` is ignored", "L4:4x16 has enough for it"]),
              ("TC209", 5, 3, "warning", ["`accelerator: A10G` is ignored", "it has 1× L4, not the A10G"])],
        id="TC209-each-ignored-key"),
    pytest.param("unknown-instance-type", """\
        resources:
          instance_type: A10G:4x16
        """, [("TC210", 2, 18, "error", ["not in the instance catalog (as of 2026-07-03)",
                                          "did you mean `A10Gx4x16`"])],
        id="TC210-wrong-spelling"),
    pytest.param("unknown-instance-type", """\
        resources:
          instance_type: h100
        """, [("TC210", 2, 18, "error", ["did you mean `H100` ($4,680/month)?"])],
        id="TC210-case"),
    pytest.param("unknown-instance-type", """\
        resources:
          instance_type: H100:8x80
        """, [("TC210", 2, 18, "error", ["did you mean `H100:8`"])],
        id="TC210-truss-docs-example"),
]

OK = [
    pytest.param("use-gpu-without-accelerator", "resources:\n  use_gpu: true\n  accelerator: T4\n",
                 id="TC202-with-gpu"),
    pytest.param("use-gpu-without-accelerator", "resources:\n  use_gpu: false\n", id="TC202-false"),
    pytest.param("use-gpu-without-accelerator", "resources:\n  use_gpu: 'true'\n", id="TC202-string"),
    pytest.param("use-gpu-without-accelerator", "resources:\n  instance_type: T4x8x32\n  use_gpu: true\n",
                 id="TC202-gpu-instance-type"),
    pytest.param("use-gpu-without-accelerator",
                 "resources:\n  use_gpu: true\n  accelerator: {accelerator: A10G, count: 0}\n",
                 id="TC202-count-0-is-no-matching-instance"),
    pytest.param("accelerator-without-use-gpu", "resources:\n  accelerator: A10G\n", id="TC203-missing-current"),
    pytest.param("accelerator-without-use-gpu", "resources:\n  accelerator: A10G\n  use_gpu: true\n", id="TC203-true"),
    pytest.param("accelerator-without-use-gpu", "resources:\n  instance_type: A10Gx4x16\n  accelerator: A10G\n",
                 id="TC203-instance-type"),
    pytest.param("gpu-count-rounded-up", "resources:\n  accelerator: H100:4\n", id="TC204-exact"),
    pytest.param("gpu-count-rounded-up", "resources:\n  accelerator: L4\n  memory: 20Gi\n", id="TC204-not-TC205"),
    pytest.param("gpu-count-rounded-up", "resources:\n  accelerator: H100:16\n", id="TC204-none-big-enough"),
    pytest.param("implicit-gpu-upgrade", "resources:\n  accelerator: L4\n  cpu: '4'\n  memory: 16Gi\n",
                 id="TC205-at-the-limit"),
    pytest.param("implicit-gpu-upgrade", "resources:\n  accelerator: H100:3\n", id="TC205-not-TC204"),
    pytest.param("implicit-gpu-upgrade", "resources:\n  instance_type: L4:2x24x96\n  accelerator: L4\n",
                 id="TC205-instance-type"),
    pytest.param("resource-rounding-waste", "resources:\n  cpu: '3'\n", id="TC206-4-over-3-is-not-much"),
    pytest.param("resource-rounding-waste", "resources:\n  memory: 2Gi\n", id="TC206-smallest"),
    pytest.param("resource-rounding-waste", "resources:\n  cpu: '8'\n  memory: 32Gi\n", id="TC206-exact-fit"),
    pytest.param("resource-rounding-waste", "resources:\n  accelerator: A10G\n  memory: 24Gi\n", id="TC206-1.33x"),
    pytest.param("resource-rounding-waste", "resources:\n  accelerator: L4\n  memory: 20Gi\n",
                 id="TC206-more-gpus-is-TC205"),
    pytest.param("resource-rounding-waste", "resources:\n  instance_type: 8x32\n  cpu: '5'\n",
                 id="TC206-instance-type"),
    pytest.param("under-provisioned-memory", "resources:\n  memory: 1Gi\n", id="TC207-1Gi"),
    pytest.param("under-provisioned-memory", "resources: {}\n", id="TC207-default"),
    pytest.param("under-provisioned-memory",
                 "trt_llm:\n  build: {}\nresources:\n  accelerator: H100\n  memory: 10Gi\n", id="TC207-trt-llm-10Gi"),
    pytest.param("under-provisioned-memory", "trt_llm: {}\nresources:\n  instance_type: 4x16\n  memory: 100k\n",
                 id="TC207-instance-type-decides"),
    pytest.param("decimal-memory-unit", "resources:\n  memory: 16Gi\n", id="TC208-binary"),
    pytest.param("decimal-memory-unit", "resources:\n  memory: '17179869184'\n", id="TC208-bytes"),
    pytest.param("decimal-memory-unit", "resources:\n  instance_type: 4x16\n  memory: 16G\n", id="TC208-instance-type"),
    pytest.param("instance-type-overrides-resources", "resources:\n  instance_type: 4x16\n  use_gpu: false\n",
                 id="TC209-nothing-ignored"),
    pytest.param("instance-type-overrides-resources", "resources:\n  instance_type: ''\n  cpu: '8'\n",
                 id="TC209-empty-instance-type-is-unset"),
    pytest.param("instance-type-overrides-resources", "resources:\n  instance_type: L4:4x16\n  accelerator: null\n",
                 id="TC209-null"),
    pytest.param("unknown-instance-type", "resources:\n  instance_type: CPU:4x16\n", id="TC210-alias"),
    pytest.param("unknown-instance-type", "resources:\n  instance_type: H100MIG\n", id="TC210-known"),
    pytest.param("unknown-instance-type", "resources:\n  instance_type: ''\n", id="TC210-empty"),
]

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


@pytest.mark.parametrize("rule, config, expected", BAD)
def test_bad_config_is_reported_where_and_how(rule, config, expected):
    found = findings(rule, config)
    assert where(found) == [tuple(e[:4]) for e in expected], [d.message for d in found]
    for diagnostic, (*_, phrases) in zip(found, expected):
        assert_says(diagnostic.message, *phrases)
        assert diagnostic.help, "every finding says how to fix it"


@pytest.mark.parametrize("rule, config", OK)
def test_fine_config_stays_silent(rule, config):
    assert findings(rule, config) == []


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
