"""Every worked example of truss-semantics §7, and the boundaries around them."""

from __future__ import annotations

import pytest

from truss_lint.catalog import builtin_catalog
from truss_lint.yaml_loader import load
from truss_lint.resolver import resolve
from truss_lint.resources import request_from_config


def resolved(resources_yaml: str):
    request = request_from_config(load("resources:\n" + resources_yaml).data)
    return resolve(request, builtin_catalog())


def instance_name(resources_yaml: str) -> str | None:
    instance = resolved(resources_yaml).instance
    return instance.name if instance else None


@pytest.mark.parametrize("resources, expected", [
    ("  {}\n", "1x2"),                                                           # defaults: 1 vCPU / 2 GiB
    ("  cpu: '3'\n", "4x16"),                                                    # 2x8 has only 2 vCPU
    ("  cpu: '4'\n  memory: 17Gi\n", "8x32"),                                    # 4x16 RAM too small
    ("  accelerator: T4\n", "T4x4x16"),
    ("  accelerator: A10G\n  cpu: '3'\n  memory: 14Gi\n", "A10Gx4x16"),          # the documented example
    ("  accelerator: A10G\n  cpu: '4'\n  memory: 20Gi\n", "A10Gx8x32"),          # the docs' config example
    ("  accelerator: L4\n  memory: 24Gi\n", "L4:2x24x96"),                       # two GPUs
    ("  accelerator: T4\n  cpu: '20'\n", "T4:2x24x96"),                          # count matched with >=
    ("  accelerator: H100:3\n", "H100:4"),
    ("  accelerator: A10G:5\n", "A10G:8x192x768"),
    ("  accelerator: H100\n  memory: 128Gi\n", "H100:2"),                        # single H100 has 118 GiB
    ("  accelerator: H100_40GB\n", "H100MIG"),
    ("  accelerator: H200\n", "H200"),
    ("  accelerator: B200\n", "B200"),
])
def test_worked_examples(resources, expected):
    assert instance_name(resources) == expected


@pytest.mark.parametrize("resources, expected", [
    ("  memory: 16Gi\n  cpu: '4'\n", "4x16"),
    ("  memory: 16385Mi\n  cpu: '4'\n", "8x32"),            # one MiB over
    ("  cpu: '4.0001'\n", "4x16"),                          # millicores round down: 4000
    ("  cpu: '4001m'\n", "8x32"),
    ("  accelerator: L4\n  memory: 16Gi\n", "L4:4x16"),
    ("  accelerator: L4\n  memory: 17Gi\n", "L4:2x24x96"),
    ("  memory: 16G\n  cpu: '4'\n", "4x16"),                # 16G = 14.9 GiB
    ("  cpu: '16'\n  memory: 64Gi\n", "16x64"),
])
def test_boundaries(resources, expected):
    assert instance_name(resources) == expected


def test_cpu_only_request_never_lands_on_a_gpu_box():
    resolution = resolved("  cpu: '17'\n")
    assert resolution.instance is None
    assert resolution.reason == "no instance without a GPU has 17 vCPU; the largest is 16x64 (16 vCPU)"
    assert resolution.constraint == "cpu"


def test_too_much_ram_names_the_largest():
    resolution = resolved("  memory: 65Gi\n")
    assert resolution.instance is None and "65 GiB" in resolution.reason and "16x64" in resolution.reason


@pytest.mark.parametrize("gpu", ["V100", "A100_40GB", "L40S", "B300", "GB300", "B10"])
def test_accelerators_without_public_sku(gpu):
    resolution = resolved(f"  accelerator: {gpu}\n")
    assert resolution.instance is None and resolution.no_public_sku
    assert "private listing" in resolution.reason


def test_too_many_gpus():
    resolution = resolved("  accelerator: H100:16\n")
    assert resolution.instance is None and resolution.reason == "no H100 instance has 16 GPUs; the largest has 8"


def test_node_count_must_match_exactly():
    resolution = resolved("  accelerator: H200:8\n  node_count: 2\n")
    assert resolution.instance is None and resolution.constraint == "node_count"


def test_count_zero_mapping_matches_nothing():
    resolution = resolved("  accelerator: {accelerator: A10G, count: 0}\n")
    assert resolution.instance is None and "count: 0" in resolution.reason


def test_use_gpu_never_selects_a_gpu():
    assert instance_name("  use_gpu: true\n") == "1x2"


@pytest.mark.parametrize("instance_type, expected", [
    ("'L4:4x16'", "L4:4x16"), ("L4x4x16", "L4:4x16"), ("'CPU:4x16'", "4x16"), ("4x16", "4x16"),
    ("H100_40GB", "H100MIG"), ("A10Gx8x32", "A10Gx8x32"),
])
def test_instance_type_by_name_and_documented_spellings(instance_type, expected):
    # cpu/memory/accelerator are ignored, as Truss does
    assert instance_name(f"  instance_type: {instance_type}\n  cpu: '999'\n  accelerator: H100\n") == expected


def test_unknown_instance_type():
    resolution = resolved("  instance_type: 'H100:8x80'\n")
    assert resolution.instance is None and resolution.constraint == "instance_type"


def test_cheapest_wins_and_ties_are_deterministic():
    from truss_lint.catalog import Catalog, Instance

    a = Instance("b-box", 4, 16, None, 0, 0, 0.01)
    b = Instance("a-box", 4, 16, None, 0, 0, 0.01)
    c = Instance("cheap", 8, 32, None, 0, 0, 0.005)
    request = request_from_config({"resources": {"cpu": "2"}})
    assert resolve(request, Catalog("x", [a, b, c])).instance.name == "cheap"
    assert resolve(request, Catalog("x", [a, b])).instance.name == "a-box"
    assert resolve(request, Catalog("x", [b, a])).instance.name == "a-box"
