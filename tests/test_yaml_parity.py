"""truss-lint reads YAML exactly as Truss does: `yaml.load(text, Loader=yaml.SafeLoader)`, PyYAML's
pure-Python parser. Its fast path is libyaml; these tests hold the two to the same verdict (the
file loads or not, and to the same data) on generated texts and on one- and two-character
mutations of the real configs in ../shared/corpus.

TRUSS_LINT_PARITY_MUTANTS=N runs N corpus mutants instead of the default (CI keeps it short).
"""

from __future__ import annotations

import os
import random

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from truss_lint import yaml_loader
from truss_lint.yaml_loader import load

MUTANTS = int(os.environ.get("TRUSS_LINT_PARITY_MUTANTS", "3000"))
# Characters that matter to a YAML scanner, the two the parsers disagree on among them.
SPECIAL = list(" \t\n\r:-#'\"[]{},&*!|>%@`?~\\\ufeff\x85\u2028\u2029\xa0\x7f") + list("aZ09.") + ["!!str ", "! "]


def truss_verdict(text: str):
    try:  # an empty document is Truss's defaults: TrussConfig.from_yaml reads `safe_load(...) or {}`
        data = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return "fails", None
    return "loads", data or {}


def our_verdict(text: str):
    document = load(text)
    return ("fails", None) if document.problem is not None else ("loads", document.data)


def assert_same(text: str) -> None:
    truss, ours = truss_verdict(text), our_verdict(text)
    assert ours == truss, f"{text!r}: Truss {truss[0]}, truss-lint {ours[0]}"


@pytest.mark.parametrize("text", [
    "model_name: tabby\t# my model\nresources:\n  cpu: \"1\"\n  memory: 2Gi\n",  # Truss: "cannot start any token"
    "a:\t1\n",
    "a: [1,\t2]\n",
    "a: 'x\ty'\n",  # a tab inside quotes is text
    "a: |\n  x\ty\n",
    "model_name: a\n\ufeffresources:\n  cpu: '1'\n",  # a BOM after the start: Truss reads it as a character
    "a: b\ufeff\n",
    "\ufeffa: 1\n",
    'a: {b: x?",}\n',  # `?` ends a plain scalar in a flow collection for Python only
    "a: {q: why?}\n",
    "a: [x?y, z]\n",
    "a: x?y\n",  # outside flow collections both read it as text
    "a: {b: 'why?'}\n",
    "a: [x, !\n ]\n",  # a lone non-specific tag: null for Python
    "a: !\n",
    "a: ! 1\n",
    'a: ! "1"\n',
    "a: !!str 1\n",
    "a: !!str {b: 1}\n",  # Truss: "expected a scalar node, but found mapping"
    "a: !!str [1]\n",
])
def test_the_cases_libyaml_reads_otherwise_get_truss_verdict(text):
    assert_same(text)


def test_a_tab_truss_refuses_is_reported_where_truss_reports_it():
    document = load("model_name: tabby\t# my model\n")
    assert document.problem is not None
    assert "found character '\\t' that cannot start any token" in document.problem.message
    assert (document.problem.span.line, document.problem.span.column) == (1, 18)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SPECIAL + ["key", "value", "\n  ", "- ", ": "]), max_size=40).map("".join))
def test_generated_texts_get_truss_verdict(text):
    assert_same(text)


def test_mutated_corpus_configs_get_truss_verdict(corpus):
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.rglob("config.y*ml"))]
    rng = random.Random(20261205)
    for _ in range(MUTANTS):
        chars = list(rng.choice(texts))
        for _ in range(rng.choice((1, 2))):
            position = rng.randrange(len(chars) + 1)
            roll = rng.random()
            if roll < 0.4 or not chars:
                chars.insert(position, rng.choice(SPECIAL))
            elif roll < 0.7:
                chars[min(position, len(chars) - 1)] = rng.choice(SPECIAL)
            else:
                del chars[min(position, len(chars) - 1)]
        assert_same("".join(chars))


def test_the_python_parser_gives_the_same_positions_as_libyaml(corpus, monkeypatch):
    # The texts holding a tab or a late BOM are composed by the Python parser: every span a
    # finding points at must be what libyaml gives for the same text. (A block collection that
    # ends the file without a line break ends on its last character for Python, on the next line
    # for libyaml: only where it starts is compared.)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.rglob("config.y*ml"))]
    fast = [load(text) for text in texts]
    monkeypatch.setattr(yaml_loader, "_Loader", yaml_loader._PythonLoader)
    for text, expected in zip(texts, fast):
        document = load(text)
        assert document.data == expected.data
        for path in list(expected.entries):
            for key in (False, True):
                ours, theirs = document.span(path, key=key), expected.span(path, key=key)
                if isinstance(expected.get(*path), (dict, list)):
                    ours, theirs = (ours.line, ours.column), (theirs.line, theirs.column)
                assert ours == theirs, (path, key)
