"""Loading agrees with Truss (PyYAML SafeLoader, YAML 1.1) and keeps positions."""

from __future__ import annotations

import datetime

import pytest
import yaml

from truss_lint.diagnostics import Span
from truss_lint.yaml_loader import decode, load


@pytest.mark.parametrize("text", [
    "a: yes\nb: no\nc: on\nd: off\ne: True\n",
    "a: 010\nb: 0x10\nc: 1_000\nd: 1e3\ne: 1.0e3\nf: ~\ng: null\nh: .inf\n",
    "a: 2024-01-01\nb: '4'\nc: !!str 4\nd: [1, 2]\ne: {x: 1}\n",
    "base: &base {cpu: '1', memory: 2Gi}\nresources:\n  <<: *base\n  cpu: '4'\n",
    # Merge keys and the `=` key, at the top, nested, listed and merged in turn (the loader only
    # flattens mappings that hold one).
    "=: top\na: {=: nested, b: 1}\n",
    "x: &x {a: 1, =: v}\ny: &y {<<: *x, b: 2}\nz:\n  inner: {<<: [*y, {c: 3}], a: 9}\n",
    "defaults: &d\n  cpu: '1'\nlist:\n  - {<<: *d, memory: 1Gi}\n  - name: n\n    <<: *d\n",
    "? !!merge x\n: {b: 1}\n",
])
def test_values_match_pyyaml_safe_load(text):
    assert load(text).data == yaml.safe_load(text)


@pytest.mark.parametrize("text", ["a: !!merge {}\n", "a: {<<: 1}\n", "a: {b: 1, <<: [1]}\n"])
def test_what_pyyaml_safe_load_refuses_is_a_problem(text):
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(text)
    document = load(text)
    assert document.problem is not None and document.data is None


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


TRICKY_SCALARS = """\
a: [yes, No, ON, off, y, n, true, False, ~, null, Null, '', "", 0x1F, 0o17, 017, 1_000, 1:20, -1:30.5,
    .inf, -.Inf, .NaN, 1e3, 6.8523015e+5, 2001-12-14, 2001-12-14t21:59:43.10-05:00, '2001-12-14', =, <<,
    +12, -0, 0b1010, "yes", !!str 1, 12h, 16Gi, "4", 4, 0.5, .5, 5., 1.2.3, py311, A10G:2]
b: {key: value, 1: one, true: t, ~: n}
c: !!binary aGVsbG8=
"""


def _tags(node):
    yield node.tag
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _tags(key)
            yield from _tags(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _tags(item)


def test_tags_resolve_exactly_as_pyyaml_safe_loader_resolves_them():
    """The loader resolves implicit tags with precomputed tables; every node must get the tag
    PyYAML's own SafeLoader (what Truss uses) gives it, on tricky scalars and on the corpus."""
    from conftest import CORPUS
    from truss_lint.yaml_loader import _Loader

    texts = [TRICKY_SCALARS]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.rglob("config.yaml"))]
    compared = 0
    for text in texts:
        try:
            expected = list(_tags(yaml.compose(text, Loader=yaml.SafeLoader)))
        except yaml.YAMLError:
            continue
        assert list(_tags(yaml.compose(text, Loader=_Loader))) == expected
        compared += 1
    assert compared >= 1
