"""The core value classes behave as the dataclasses they replaced did (plugins build them by
keyword and position), and a broken UTF-16 file is a finding, not a traceback."""

from __future__ import annotations

import json

from conftest import run_cli
from truss_lint._struct import replace
from truss_lint.diagnostics import Span
from truss_lint.yaml_loader import Document, Entry, load
from truss_lint.resources import Accelerator, Request, request_from_config
from truss_lint.schema_errors import SchemaError
from truss_lint.settings import LATEST_KNOWN_TRUSS, Settings
from truss_lint.suppressions import Directive, Suppressions


def test_defaults_are_fresh_per_instance_and_settings_fill_the_truss_version():
    first, second = Settings(), Settings(select=["TC2"])
    first.ignore.append("TC101")
    assert second.ignore == [] and second.select == ["TC2"]
    assert first.target_truss_version  # the installed truss's version, or the latest known
    assert Settings(target_truss_version=LATEST_KNOWN_TRUSS).target_truss_version == LATEST_KNOWN_TRUSS
    assert Document("a: 1").entries is not Document("a: 1").entries
    assert Suppressions().directives is not Suppressions().directives


def test_equality_repr_and_replace_follow_the_fields():
    request = request_from_config({"resources": {"cpu": "2", "memory": "4Gi", "accelerator": "L4:2"}})
    assert request == Request(2000, 4096, Accelerator("L4", 2))
    assert repr(request) == ("Request(millicores=2000, memory_mib=4096, accelerator=Accelerator(gpu_type='L4', "
                             "count=2), node_count=1, instance_type=None, memory_raised_for_trt_llm=False)")
    assert hash(request) == hash(Request(2000, 4096, Accelerator("L4", 2)))
    assert replace(request, node_count=2) == Request(2000, 4096, Accelerator("L4", 2), node_count=2)
    entry = load("a: 1\n").entries[("a",)]
    assert entry == Entry(Span(1, 1, 1, 2), Span(1, 4, 1, 5), 3, 4, 0, 1, style=entry.style)
    assert entry != replace(entry, value_end=5)
    error = SchemaError(("a",), "type", "expected a string", {}, extra_key="a")
    assert error.alternatives == [] and error.definitions == ()
    directive = Directive("ignore", load("").span(()), 0, 10, "# x", True, tokens=["TC101"])
    assert directive.rules == {} and directive.used == set() and directive.first_line == 0


def test_a_truncated_utf16_file_is_a_finding_not_a_traceback(tmp_path):
    (tmp_path / "config.yaml").write_bytes("model_name: x\n".encode("utf-16") + b"\n")
    proc = run_cli("check", "--output-format", "json", "config.yaml", cwd=tmp_path)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, proc.stderr
    (diagnostic,) = json.loads(proc.stdout)["files"][0]["diagnostics"]
    assert "not valid UTF-16 (truncated data at offset 30)" in diagnostic["message"]
