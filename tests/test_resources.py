"""Every `resources` row of truss-semantics §9: accepted or rejected, and the normalised request."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import lint_yaml
from truss_lint.yaml_loader import load
from truss_lint.resources import Accelerator, cpu_millicores, memory_mib, request_from_config


def request(resources_yaml: str):
    return request_from_config(load("resources:\n" + resources_yaml).data)


def errors(resources_yaml: str) -> list[str]:
    result = lint_yaml("model_name: m\nresources:\n" + resources_yaml)
    return [d.name for d in result.diagnostics if d.severity.value == "error"]


@pytest.mark.parametrize("spec, millicores", [
    ("4", 4000), ("1.5", 1500), ("500m", 500), ("1500m", 1500), ("0.5m", 0), (" 4 ", 4000),
    ("1e3", 1_000_000), ("4.0001", 4000), ("0", 0),
])
def test_cpu_to_millicores_rounds_down(spec, millicores):
    assert cpu_millicores(spec) == millicores


@pytest.mark.parametrize("spec, mib", [
    ("16Gi", 16384), ("16G", 15258), ("512Mi", 512), ("512M", 488), ("1.5Gi", 1536), ("1Ti", 1048576),
    ("100Ki", 0), ("1073741824", 1024), ("16e3", 0), ("16385Mi", 16385),
])
def test_memory_to_mib_rounds_down(spec, mib):
    assert memory_mib(spec) == mib


def _reference_floor(number: str, scale: int, divisor: int = 1) -> int:
    """What the server computes, with Python's decimal as the exact reference."""
    import decimal
    import math

    with decimal.localcontext() as context:
        context.prec, context.Emax, context.Emin = 200, 10**6, -(10**6)
        return math.floor(decimal.Decimal(number) * scale / divisor)


numbers = st.builds(
    lambda whole, fraction, exponent: whole + (f".{fraction}" if fraction is not None else "")
    + (f"e{exponent}" if exponent is not None else ""),
    st.text("0123456789", min_size=1, max_size=25),
    st.one_of(st.none(), st.text("0123456789", max_size=25)),
    st.one_of(st.none(), st.integers(-40, 25)),
)


@given(numbers, st.sampled_from(["", "k", "M", "G", "Ki", "Mi", "Gi", "Ti", "E", "Ei"]))
def test_quantities_round_down_exactly_like_decimal_arithmetic(number, unit):
    from truss_lint.resources import BEYOND_ANY_INSTANCE, MEMORY_UNITS

    expected_cpu = _reference_floor(number, 1000)
    assert cpu_millicores(number) == min(expected_cpu, BEYOND_ANY_INSTANCE)
    if re.fullmatch(r"[0-9]+(\.[0-9]+)?", number):  # the form a unit may follow
        expected_mib = _reference_floor(number, MEMORY_UNITS.get(unit, 1), 2**20)
        assert memory_mib(number + unit) == min(expected_mib, BEYOND_ANY_INSTANCE)


@pytest.mark.parametrize("cpu, memory", [("1e999999", "2Gi"), ("1e9999999999", "1e99999999"), ("9" * 5000, "2Gi"),
                                         ("1", "1" + "0" * 5000), ("0." + "0" * 5000 + "1", "1e-9999999")])
def test_huge_quantities_truss_accepts_are_linted_quickly_without_a_crash(cpu, memory):
    import time

    start = time.perf_counter()
    result = lint_yaml(f"model_name: m\nresources:\n  cpu: '{cpu}'\n  memory: '{memory}'\n")
    assert time.perf_counter() - start < 2
    assert "rule-error" not in [d.name for d in result.diagnostics]
    assert result.instance is None or cpu.startswith("0.")  # nothing has that much; a tiny cpu fits


@pytest.mark.parametrize("cpu", ["'4'", "'1.5'", "500m", "1500m", "'0'", "1e3", "' 4 '", "'4.0001'"])
def test_cpu_strings_truss_accepts_are_accepted(cpu):
    assert [e for e in errors(f"  cpu: {cpu}\n") if e != "no-matching-instance"] == []


@pytest.mark.parametrize("cpu, rule", [
    ("4", "invalid-type"), ("1.5", "invalid-type"), ("yes", "invalid-type"), ("null", "invalid-type"),
    ("0x10", "invalid-type"), ("'4 cores'", "invalid-value"), ("4c", "invalid-value"), ("1M", "invalid-value"),
    ("''", "invalid-value"),
])
def test_cpu_values_truss_rejects_are_errors(cpu, rule):
    assert errors(f"  cpu: {cpu}\n") == [rule]


@pytest.mark.parametrize("cpu", ["nan", "inf", "m", ".m", "'-1'"])
def test_cpu_values_the_server_cannot_use_are_errors_that_say_truss_accepts_them(cpu):
    result = lint_yaml(f"model_name: m\nresources:\n  cpu: {cpu}\n")
    [diagnostic] = result.diagnostics
    assert diagnostic.name == "invalid-value" and "Truss accepts" in diagnostic.message


@pytest.mark.parametrize("memory", ["16Gi", "16G", "512Mi", "512M", "1.5Gi", "1Ti", "100k", "100Ki", "'1073741824'",
                                    "'0'", "16e3", "1e9", "1.0e9"])
def test_memory_strings_truss_accepts_are_accepted(memory):
    assert [e for e in errors(f"  memory: {memory}\n") if e != "no-matching-instance"] == []


@pytest.mark.parametrize("memory, rule", [
    ("16GB", "invalid-value"), ("16gi", "invalid-value"), ("16g", "invalid-value"), ("100K", "invalid-value"),
    ("16Gib", "invalid-value"), ("16m", "invalid-value"), ("'16 Gi'", "invalid-value"), ("'-1Gi'", "invalid-value"),
    ("'1e9Gi'", "invalid-value"), ("1073741824", "invalid-type"),
])
def test_memory_values_truss_rejects_are_errors(memory, rule):
    assert errors(f"  memory: {memory}\n") == [rule]


def test_memory_unit_hint():
    [diagnostic] = lint_yaml("model_name: m\nresources:\n  memory: 16GB\n").diagnostics
    assert "Invalid memory unit GB in 16GB" in diagnostic.message and "16Gi" in diagnostic.help


@pytest.mark.parametrize("memory", ["Gi", "1.2.3Gi"])
def test_memory_the_server_cannot_parse_is_stricter_error(memory):
    [diagnostic] = lint_yaml(f"model_name: m\nresources:\n  memory: {memory}\n").diagnostics
    assert "Truss accepts" in diagnostic.message


@pytest.mark.parametrize("accelerator, expected", [
    ("A10G", Accelerator("A10G", 1)), ("A10G:1", Accelerator("A10G", 1)), ("A10G:2", Accelerator("A10G", 2)),
    ("' A10G:2 '", Accelerator("A10G", 2)), ("H100_40GB", Accelerator("H100_40GB", 1)),
    ("H100:8", Accelerator("H100", 8)), ("null", None), ("~", None),
    ("{accelerator: A10G, count: 2}", Accelerator("A10G", 2)), ("{accelerator: A10G, count: '2'}", Accelerator("A10G", 2)),
    ("{count: 2}", None), ("A10G:2:3", Accelerator("A10G", 1)),
])
def test_accelerator_normalised_as_truss_sends_it(accelerator, expected):
    assert request(f"  accelerator: {accelerator}\n").accelerator == expected


@pytest.mark.parametrize("accelerator", ["A10G", "A10G:1", "A10G:2", "' A10G:2 '", "H100_40GB", "B10", "H100:16", "T4:3",
                                         "null", "{accelerator: A10G, count: 2}", "{accelerator: A10G, count: '2'}"])
def test_accelerators_truss_accepts_have_no_schema_error(accelerator):
    assert [e for e in errors(f"  accelerator: {accelerator}\n") if e != "no-matching-instance"] == []


@pytest.mark.parametrize("accelerator, hint", [
    ("a10g", "A10G"), ("H100MIG", "H100_40GB"), ("A100_80GB", "A100"), ("_B10", "B10"), ("'A10G :2'", None),
    ("A10G:0", None), ("A10G:-1", None), ("A10G:x", None), ("'A10G:'", None), ("''", None), ("':2'", None),
    ("4", None), ("[A10G]", None), ("{accelerator: a10g}", None),
])
def test_accelerators_truss_rejects_are_errors_with_hints(accelerator, hint):
    result = lint_yaml(f"model_name: m\nresources:\n  accelerator: {accelerator}\n")
    found = [d for d in result.diagnostics if d.severity.value == "error"]
    assert len(found) == 1 and found[0].key_path[:2] == ("resources", "accelerator")
    if hint:
        assert hint in found[0].help


def test_three_part_accelerator_is_a_warning_saying_what_truss_allocates():
    # Truss deploys it, on one GPU: a mistake it lets through, not a failure.
    [diagnostic] = lint_yaml("model_name: m\nresources:\n  accelerator: A10G:2:3\n").diagnostics
    assert (diagnostic.name, diagnostic.severity.value) == ("coerced-value", "warning")
    assert "Truss accepts it" in diagnostic.message and "allocates 1 A10G" in diagnostic.message
    assert diagnostic.help == "write `A10G:2` for 2 GPUs"


@pytest.mark.parametrize("node_count, ok", [("2", True), ("null", True), ("0", False), ("'2'", False),
                                            ("1.0", False), ("true", False)])
def test_node_count_is_a_strict_integer_at_least_one(node_count, ok):
    found = [e for e in errors(f"  node_count: {node_count}\n") if e != "no-matching-instance"]
    assert (found == []) is ok


@pytest.mark.parametrize("resources, rule", [("resources: null", "invalid-type"), ("resources:", "invalid-type"),
                                             ("resources: []", "invalid-type")])
def test_resources_must_be_a_mapping(resources, rule):
    assert [d.name for d in lint_yaml(f"model_name: m\n{resources}\n").diagnostics] == [rule]


def test_use_gpu_any_value_loads_and_unknown_keys_are_rejected():
    assert errors("  use_gpu: garbage\n") == []
    result = lint_yaml("model_name: m\nresources:\n  gpu: A10G\n")
    [unknown] = result.diagnostics
    assert unknown.name == "unknown-key" and "accelerator" in unknown.help
    assert (unknown.span.line, unknown.span.column) == (3, 3)


def test_instance_type_values():
    assert errors("  instance_type: 'L4:4x16'\n  cpu: '999'\n") == []
    assert errors("  instance_type: 5\n") == ["invalid-type"]
    assert request("  instance_type: ''\n").instance_type is None


def test_defaults():
    req = request_from_config({})
    assert (req.millicores, req.memory_mib, req.accelerator, req.node_count) == (1000, 2048, None, 1)


def test_trt_llm_memory_raised_to_10gi():
    req = request_from_config(load("trt_llm: {build: {}}\nresources:\n  memory: 4Gi\n").data)
    assert req.memory_mib == 10240 and req.memory_raised_for_trt_llm
