"""The real configs of ../shared/corpus (read in place, never copied): no crash, and every config
Truss 0.18.36 rejects gets at least one error."""

from __future__ import annotations

import json

import yaml
from jsonschema import Draft202012Validator

from conftest import corpus_verdicts, run_json
from truss_lint.yaml_loader import load
from truss_lint.schema import truss_schema, truss_validator


def test_every_rejected_config_gets_an_error_and_accepted_ones_get_none(corpus):
    status, report = run_json(str(corpus))
    files = {f["path"][len(str(corpus)) + 1:]: f for f in report["files"]}
    verdicts = corpus_verdicts()
    assert set(files) == set(verdicts)  # every corpus config is recognised as a Truss config
    rejected = {p for p, v in verdicts.items() if v["load"] != "ok" or v["push"] != "ok"}
    with_errors = {p for p, f in files.items() if any(d["severity"] == "error" for d in f["diagnostics"])}
    assert rejected <= with_errors
    assert not any(d["name"] == "rule-error" for f in files.values() for d in f["diagnostics"])
    # Accepted configs may get errors only for a documented reason (none today).
    assert with_errors - rejected == set()


def test_the_fast_validator_agrees_with_jsonschema(corpus):
    reference = Draft202012Validator(truss_schema())
    for path in sorted(corpus.rglob("config.y*ml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            continue
        if data is None or any(isinstance(v, float) and v.is_integer() for v in _scalars(data)):
            continue  # a float 2.0 is an integer to JSON Schema, not to pydantic (our validator follows Truss)
        ours = bool(truss_validator().errors(load(text).data))
        theirs = not reference.is_valid(json.loads(json.dumps(data, default=str)))
        assert ours == theirs, path


def test_normalised_resources_match_truss(corpus):
    from truss_lint.resources import request_from_config

    for relative, verdict in corpus_verdicts().items():
        if verdict["load"] != "ok" or not verdict["resources"]:
            continue
        request = request_from_config(load((corpus / relative).read_text()).data)
        expected = verdict["resources"]["accelerator"]
        assert (str(request.accelerator) if request.accelerator else None) == expected, relative


def _scalars(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _scalars(item)
    elif isinstance(value, list):
        for item in value:
            yield from _scalars(item)
    else:
        yield value
