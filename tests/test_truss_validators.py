"""The rules that reproduce Truss's own validators (TC120–TC159) claim only what Truss does.

docs/truss-validators.md maps each validator to its rule and ends with Truss 0.18.36's verdict on
every fixture of those rules (recorded with Truss in a scratch virtualenv; Truss is not needed
here). A message may say Truss refuses to load a config only for a fixture Truss refuses to load,
that `truss push` fails only for one the push refuses, and a fixture Truss accepts gets no such
claim.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from truss_lint.engine import registry

ROOT = Path(__file__).resolve().parents[1]
INVENTORY = ROOT / "docs" / "truss-validators.md"
FIXTURES = ROOT / "tests" / "fixtures" / "rules"
RULES = sorted((r for r in registry().rules if re.fullmatch(r"TC1[2-5][0-9]", r.code)), key=lambda r: r.code)
RULE_NAMES = {r.name for r in RULES}
VERDICTS = ROOT / "tests" / "data" / "truss-0.18.36-verdicts.json"


def verdicts() -> dict[str, str]:
    """Per fixture of these rules: "load", "push" or "ok" from Truss 0.18.36's recorded verdicts
    (tests/data, written by scripts/truss_verdicts.py), or "builder" where the inventory says only
    Truss's image builder, which that script does not run, refuses it."""
    import json

    recorded = json.loads(VERDICTS.read_text())["fixtures"]
    block = INVENTORY.read_text().split("## Fixture verdicts", 1)[1].split("```")[1]
    later = {path: verdict for verdict, path in (line.split() for line in block.strip().splitlines())}
    found = {}
    for name, verdict in recorded.items():
        path = name.removeprefix("tests/fixtures/rules/")
        if path != name and path.split("/", 1)[0] in RULE_NAMES:
            found[path] = later.get(path) or ("load" if verdict["load"] != "ok" else
                                              "push" if verdict["push"] != "ok" else "ok")
    return found


def test_every_truss_validator_rule_is_in_the_inventory():
    text = INVENTORY.read_text()
    missing = [f"{r.code} `{r.name}`" for r in RULES if f"{r.code} `{r.name}`" not in text]
    assert RULES and not missing


def test_every_fixture_of_those_rules_has_a_recorded_verdict():
    recorded = verdicts()
    fixtures = {str(p.relative_to(FIXTURES)) for r in RULES for p in (FIXTURES / r.name).glob("*/*.yaml")}
    assert fixtures and fixtures == set(recorded)


@pytest.mark.parametrize("path,verdict", sorted(verdicts().items()))
def test_messages_claim_only_what_truss_does(path, verdict):
    golden = (FIXTURES / path).with_suffix(".expected")
    if "/ok/" in path:
        return  # the rule is silent there (test_rule_fixtures); Truss may refuse it for another reason
    output = golden.read_text()
    refuses_load = "Truss refuses to load" in output
    push_fails = "`truss push` fails" in output or "`truss push` rejects" in output or "`truss push` stops" in output
    if verdict == "load":
        assert refuses_load and push_fails
    elif verdict == "push":
        assert push_fails and not refuses_load
    elif verdict == "builder":
        assert "builder" in output and not (refuses_load or push_fails)
    else:
        assert verdict == "ok" and not (refuses_load or push_fails or "rejects" in output)
