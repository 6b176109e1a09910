"""Loading agrees with Truss (PyYAML SafeLoader, YAML 1.1) and keeps positions."""

from __future__ import annotations

import datetime

import pytest
import yaml

from truss_lint.diagnostics import Span
from truss_lint.loader import decode, load


@pytest.mark.parametrize("text", [
    "a: yes\nb: no\nc: on\nd: off\ne: True\n",
    "a: 010\nb: 0x10\nc: 1_000\nd: 1e3\ne: 1.0e3\nf: ~\ng: null\nh: .inf\n",
    "a: 2024-01-01\nb: '4'\nc: !!str 4\nd: [1, 2]\ne: {x: 1}\n",
    "base: &base {cpu: '1', memory: 2Gi}\nresources:\n  <<: *base\n  cpu: '4'\n",
])
def test_values_match_pyyaml_safe_load(text):
    assert load(text).data == yaml.safe_load(text)


def test_yaml_11_scalars_are_what_truss_sees():
    data = load("a: yes\nb: 010\nc: 1e3\nd: ~\ne: 2024-01-01\n").data
    assert data == {"a": True, "b": 8, "c": "1e3", "d": None, "e": datetime.date(2024, 1, 1)}


def test_duplicate_key_last_wins_and_is_recorded():
    doc = load("resources:\n  memory: 16Gi\n  memory: 2Gi\n")
    assert doc.data == {"resources": {"memory": "2Gi"}}
    [dup] = doc.duplicates
    assert dup.path == ("resources", "memory")
    assert dup.first.line == 2 and dup.duplicate.line == 3
    assert doc.span(("resources", "memory")) == Span(3, 11, 3, 14)


def test_merge_keys_overridden_are_not_duplicates():
    doc = load("base: &b {cpu: '1'}\nresources:\n  <<: *b\n  cpu: '4'\n")
    assert doc.duplicates == [] and doc.data["resources"] == {"cpu": "4"}


def test_positions_are_one_based_with_ends():
    doc = load("model_name: x\nresources:\n  cpu: \"4\"\n")
    assert doc.span(("resources", "cpu")) == Span(3, 8, 3, 11)
    assert doc.span(("resources", "cpu"), key=True) == Span(3, 3, 3, 6)
    # an absent path falls back to the nearest enclosing node
    assert doc.span(("resources", "memory")).line == 3


def test_syntax_error_is_a_problem_at_the_parser_position():
    doc = load("resources:\n  cpu: '4'\n memory: 2Gi\n")
    assert doc.problem is not None and doc.data is None
    assert doc.problem.span.line == 3


def test_python_tags_are_never_constructed():
    doc = load("a: !!python/object/apply:os.system ['echo pwned']\n")
    assert doc.problem is not None and "not allowed" in doc.problem.message


def test_alias_bomb_is_bounded():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    doc = load("\n".join(lines) + "\n")
    assert doc.problem is not None and "alias" in doc.problem.message


def test_mapping_as_key_fails_like_truss():
    doc = load("model_metadata:\n  example: { {'image': 'x'}, }\n")
    assert doc.problem is not None and "unhashable" in doc.problem.message


def test_empty_file_is_all_defaults():
    assert load("").data == {}
    assert load("# only a comment\n").data == {}


def test_decode_drops_bom_and_reports_invalid_utf8_position():
    assert decode(b"\xef\xbb\xbfa: 1\n") == "a: 1\n"
    with pytest.raises(Exception) as caught:
        decode(b"a: 1\nb: \xff\n")
    assert caught.value.span.line == 2 and caught.value.span.column == 4
