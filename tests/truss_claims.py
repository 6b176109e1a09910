"""What a truss-lint message claims Truss does, read from its words (shared by tests/test_truss_claims.py
and scripts/mutation_study.py).

A message is cut into clauses (at `;`, `: `, a sentence end, a dash, the help line); each clause
that says Truss or the push refuses the config is a claim, at one of two stages:

- "load": Truss cannot load the config ("Truss refuses to load", "cannot load", "fails to load");
- "push": Truss loads it but the push's own check stops it ("Truss loads it, then `truss push`
  rejects it");
- "reject": either ("Truss rejects it", "`truss push` fails", "the push fails").

A clause is not a claim when it is negated ("does not reject"), hedged ("likely", "unless", "may"),
or puts the refusal on Baseten's side rather than Truss's (the engine builder, the image builder, the
server, the deployment): the Truss client cannot confirm those, and this module does not judge them.
"""

from __future__ import annotations

import re

_SPLIT = re.compile(r";|: |\. |\|\||—")
_REFUSAL = re.compile(
    r"\b(rejects?|refuses?|fails?|stops?|exits? 1|cannot load|does not load|won't load|will not load)\b", re.I)
_LOAD = re.compile(r"\b(refuses? to load|cannot load|fails? to load|does not load|won't load|will not load)\b", re.I)
_PUSH = re.compile(r"truss push`? (rejects|fails|stops|exits)|the push(?:'s)? (?:check )?(?:fails|rejects|stops)", re.I)
_LOADS_FIRST = re.compile(r"\btruss (?:0\.\S+ )?loads (?:it|the config|`[^`]*`)", re.I)
_NEGATED = re.compile(r"\b(not|n't|never|no longer|without)\b[^,]{0,25}\b(reject|refuse|fail|stop|load)", re.I)
_HEDGED = re.compile(r"\b(likely|unless|may|might|could|would|a Truss release|future)\b", re.I)
_ELSEWHERE = re.compile(r"\b(builder|baseten|server|deploy(?:ment)?s?\b|at run ?time|chains push|replica|engine build)",
                        re.I)
_ABOUT_TRUSS = re.compile(r"\btruss\b|\bpush\b", re.I)
_QUOTED = re.compile(r'"[^"]*"|\([^()]*"[^()]*\)|`[^`]*`')


def claims(text: str) -> set[str]:
    """The stages at which `text` says Truss refuses the config: a subset of {"load", "push", "reject"}."""
    found: set[str] = set()
    loads_first = bool(_LOADS_FIRST.search(text))
    # Truss's own words, quoted, are evidence, not claims; code spans keep `truss push` readable.
    bare = _QUOTED.sub(lambda m: m.group(0) if m.group(0).startswith("`truss") else '""', text)
    for clause in _SPLIT.split(bare):
        if not _REFUSAL.search(clause) or not _ABOUT_TRUSS.search(clause):
            continue
        if _NEGATED.search(clause) or _HEDGED.search(clause) or _ELSEWHERE.search(clause):
            continue
        if _LOAD.search(clause):
            found.add("load")
        elif _PUSH.search(clause):
            found.add("push" if loads_first else "reject")
        elif re.search(r"\btruss\b[^,]{0,20}\b(rejects?|refuses?)\b", clause, re.I):
            found.add("push" if loads_first else "reject")
    return found


def false_claims(stages: set[str], verdict: dict) -> set[str]:
    """The claimed stages Truss's verdict ({"load": "ok"|"error", "push": ...}) contradicts."""
    load_fails = verdict["load"] != "ok"
    push_fails = verdict.get("push") == "error"
    wrong = set()
    if "load" in stages and not load_fails:
        wrong.add("load")
    if "push" in stages and not push_fails and not load_fails:
        wrong.add("push")
    if "reject" in stages and not (load_fails or push_fails):
        wrong.add("reject")
    return wrong
