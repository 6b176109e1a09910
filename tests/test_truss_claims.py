"""Every message's claim about Truss is Truss 0.18.36's own verdict, on every YAML fixture.

tests/data/truss-0.18.36-verdicts.json says what Truss itself does with each fixture under
tests/fixtures/ and examples/: whether `TrussConfig.from_yaml` loads it, and whether the client-side
checks of `truss push` pass (scripts/truss_verdicts.py records it with Truss in a scratch virtualenv;
Truss is not needed here). A message may say Truss refuses to load a config only where it does, that
the push fails only where the load or the push check does; and every Truss config Truss refuses gets
an error. The wording of a claim is read by tests/truss_claims.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from truss_claims import claims, false_claims
from truss_lint.engine import lint_bytes
from truss_lint.file_linting import lintable_bytes
from truss_lint.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
VERDICTS = ROOT / "tests" / "data" / "truss-0.18.36-verdicts.json"
REGENERATE = "/work/truss-venv/bin/python scripts/truss_verdicts.py  (Truss 0.18.36 in a scratch venv)"
sys.path.insert(0, str(ROOT / "scripts"))
from truss_verdicts import digest, fixture_paths  # noqa: E402  (stdlib only; Truss is imported lazily)

RECORDED = json.loads(VERDICTS.read_text())["fixtures"]
SETTINGS = Settings(target_truss_version="0.18.36")
# YAML that is deliberately not a Truss config (truss-lint leaves it alone), so gets no error.
NOT_TRUSS_CONFIGS = {
    "examples/other-tool/config.yaml": "another tool's config.yaml, in the README's example of what is skipped",
    "tests/fixtures/output/unrelated/config.yaml": "the output tests' unrelated file, skipped in a tree",
}


def lint_fixture(path: str):
    return lint_bytes((ROOT / path).read_bytes(), str(ROOT / path), SETTINGS)


def test_every_fixture_has_a_current_verdict():
    fixtures = {p.relative_to(ROOT).as_posix(): digest(p) for p in fixture_paths()}
    missing = sorted(set(fixtures) - set(RECORDED))
    changed = sorted(p for p in set(fixtures) & set(RECORDED) if RECORDED[p]["sha256"] != fixtures[p])
    gone = sorted(set(RECORDED) - set(fixtures))
    assert not (missing or changed or gone), (
        f"the verdict file is stale (no verdict: {missing}; edited since: {changed}; deleted: {gone}); "
        f"regenerate it with {REGENERATE} and commit it")


@pytest.mark.parametrize("path", sorted(RECORDED))
def test_messages_claim_only_what_truss_does(path):
    verdict = RECORDED[path]
    result = lint_fixture(path)
    wrong = []
    for d in result.diagnostics:
        text = d.message + (f" || {d.help}" if d.help else "")
        if false_claims(claims(text), verdict):
            wrong.append(f"{d.code} {d.severity.value}: {text}")
    truss_says = verdict.get("load_message") or verdict.get("push_message") or "loads and pushes"
    assert not wrong, f"Truss 0.18.36: {truss_says}\n" + "\n".join(wrong)


REJECTED = sorted(p for p, v in RECORDED.items() if v["load"] != "ok" or v["push"] != "ok")


@pytest.mark.parametrize("path", REJECTED)
def test_every_config_truss_refuses_gets_an_error(path):
    if path in NOT_TRUSS_CONFIGS:
        assert not isinstance(lintable_bytes(str(ROOT / path), False, SETTINGS), bytes)
        return
    result = lint_fixture(path)
    verdict = RECORDED[path]
    assert any(d.severity.value == "error" for d in result.diagnostics), (
        verdict.get("load_message") or verdict.get("push_message"))


@pytest.mark.parametrize("text,expected", [
    ("Truss refuses to load the config (\"x\"), so `truss push` fails", {"load"}),
    ("unknown key `gpu` in `resources`: Truss loads it, then `truss push` rejects it (\"Extra fields\")", {"push"}),
    ("`resources.cpu`: 4 is an integer: Truss rejects it (\"Input should be a valid string\")", {"reject"}),
    ("no instance satisfies it; `truss push` fails", {"reject"}),
    ("a list — Truss does not reject it: it turns it into the string \"['a']\"", set()),
    ("Truss 0.18.36 accepts it, but Baseten's engine builder refuses it and the push fails", set()),
    ("not in the catalog: Truss sends it unchecked, so the push is likely to fail", set()),
    ("Truss does not check keys inside `trt_llm.build`: `quantization` is shipped and ignored", set()),
    ("Baseten mounts only declared secrets, so the file is missing at run time; a gated model then fails to load",
     set()),
    ("`hf_cache` is set: Truss renames `hf_cache` to `model_cache`, then refuses to load the config", {"load"}),
])
def test_claims_are_read_from_the_words(text, expected):
    assert claims(text) == expected
