"""Config rules: YAML (invalid-yaml, duplicate-key), conflicts (requirements-conflict,
weights-conflict), deprecated-key, committed-secret and reserved-env-var.

Their golden fixtures run in tests/test_rule_fixtures.py, with every other rule's; this file
holds what fixtures cannot show.

Real-looking credentials never appear in the repository: the committed-secret tests build
them at run time, so secret scanners have nothing to flag here.
"""

from __future__ import annotations

import json
import random
import string
import textwrap
from pathlib import Path

import pytest

from truss_lint.diagnostics import FileResult
from truss_lint.engine import lint, lint_bytes, registry
from truss_lint.output import REPORTERS
from truss_lint.redaction import SHOWN_PREFIX
from truss_lint.rules.committed_secret import TOKEN_PATTERNS
from truss_lint.rules.deprecated_key import DEPRECATIONS
from truss_lint.rules.reserved_env_var import RESERVED_ENV_VARS
from truss_lint.settings import Settings

from conftest import CORPUS, corpus_verdicts, run_cli


def settings() -> Settings:
    return Settings(target_truss_version="0.18.36")


def lint_file(path: Path) -> FileResult:
    return lint_bytes(path.read_bytes(), path.name, settings())


def lint_text(text: str) -> FileResult:
    return lint(textwrap.dedent(text), "config.yaml", settings())


def findings(result: FileResult, rule: str) -> list:
    return [d for d in result.diagnostics if d.name == rule]


# ---------------------------------------------------------------------------------------------
# Conflicts


def test_conflicts_point_at_the_second_key_and_name_both():
    result = lint_text("""\
        requirements_file: requirements.txt
        requirements: [numpy]
    """)
    [conflict] = findings(result, "requirements-conflict")
    assert (conflict.code, conflict.span.line, conflict.span.column) == ("TC501", 2, 1)
    assert "`requirements` is set together with `requirements_file` (line 1)" in conflict.message
    assert "truss push` fails" in conflict.message


def test_type_errors_inside_conflicting_keys_go_to_their_own_rules():
    result = lint_text("""\
        requirements: numpy
        model_cache:
          - repo_id: openai/whisper-large-v3
    """)
    names = {d.name for d in result.diagnostics}
    assert "invalid-type" in names and "missing-key" in names
    assert not names & {"requirements-conflict", "weights-conflict", "unknown-key"}


def test_every_conflict_in_one_file_is_reported():
    result = lint_text("""\
        hf_cache:
          - {repo_id: a/b, use_volume: false}
        model_cache:
          - {repo_id: a/b, use_volume: false}
        weights:
          - {source: "hf://a/b@main", mount_location: /models/b}
    """)
    lines = sorted(d.span.line for d in findings(result, "weights-conflict"))
    assert lines == [3, 5]


def test_conflict_rules_stay_silent_on_corpus_configs_truss_loads(corpus):
    for relative, verdict in corpus_verdicts().items():
        if verdict["load"] != "ok":
            continue
        result = lint_file(corpus / relative)
        wrong = [d for d in result.diagnostics if d.name in ("requirements-conflict", "weights-conflict")]
        assert not wrong, f"{relative}: Truss loads it, but {wrong[0].message}"


# ---------------------------------------------------------------------------------------------
# deprecated-key


def _schema_deprecations(node, path=()):
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            if isinstance(sub, dict) and sub.get("deprecated"):
                yield path + (name,)
            yield from _schema_deprecations(sub, path + (name,))


def test_every_key_the_schema_marks_deprecated_is_covered():
    """The schema marks deprecated keys (`deprecated: true`) by where they sit in their own
    definition; every one is either in DEPRECATIONS or owned by another rule."""
    schema = json.loads((Path(__file__).resolve().parents[1] / "schemas" / "truss-config.schema.json").read_text())
    marked = {path[-1] for path in _schema_deprecations(schema)}
    for definition in schema.get("$defs", {}).values():
        marked |= {path[-1] for path in _schema_deprecations(definition)}
    covered = {d.path[-1] for d in DEPRECATIONS}
    owned_elsewhere = {"use_gpu": "use-gpu-without-accelerator", "num_workers": "a schema rule (removed key)"}
    assert marked - covered - set(owned_elsewhere) == set()


def test_py39_is_reported_at_its_value():
    [finding] = findings(lint_text("python_version: py39\n"), "deprecated-key")
    assert (finding.code, finding.severity.value, finding.span.line, finding.span.column) == ("TC801", "warning", 1, 17)


# ---------------------------------------------------------------------------------------------
# reserved-env-var


def test_reserved_names_include_those_truss_warns_about():
    assert {"PORT", "HOSTNAME"} <= set(RESERVED_ENV_VARS)


def test_reserved_names_are_case_sensitive():
    assert not findings(lint_text("environment_variables: {port: '8000', Hostname: x}\n"), "reserved-env-var")


# ---------------------------------------------------------------------------------------------
# committed-secret: credentials are generated here, never committed.

_rng = random.Random(20261128)
_ALNUM = string.ascii_letters + string.digits


def _random(alphabet: str, n: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


def fake_credentials() -> dict[str, tuple[str, str]]:
    """Per test id, (kind the message names, credential shaped like the real thing, random in
    every character that is not its issuer's prefix). Prefixes are split so this file itself
    holds nothing token-shaped."""
    upper = string.ascii_uppercase + string.digits
    return {
        "hugging-face": ("Hugging Face token", "hf" + "_" + _random(_ALNUM, 34)),
        "openai": ("OpenAI API key", "sk" + "-proj-" + _random(_ALNUM + "_-", 48)),
        "anthropic": ("Anthropic API key", "sk" + "-ant-api03-" + _random(_ALNUM, 90)),
        "stripe": ("Stripe secret key", "sk" + "_live_" + _random(_ALNUM, 24)),
        "github": ("GitHub token", "gh" + "p_" + _random(_ALNUM, 36)),
        "github-fine-grained": ("GitHub token", "github" + "_pat_" + _random(_ALNUM, 22) + "_" + _random(_ALNUM, 59)),
        "gitlab": ("GitLab token", "gl" + "pat-" + _random(_ALNUM, 20)),
        "aws": ("AWS access key ID", "AK" + "IA" + _random(upper, 16)),
        "slack": ("Slack token", "xo" + "xb-" + _random(string.digits, 12) + "-" + _random(_ALNUM, 24)),
        "google": ("Google API key", "AI" + "za" + _random(_ALNUM, 35)),
        "replicate": ("Replicate API token", "r8" + "_" + _random(_ALNUM, 37)),
        "groq": ("Groq API key", "gs" + "k_" + _random(_ALNUM, 52)),
        "nvidia": ("NVIDIA API key", "nv" + "api-" + _random(_ALNUM, 64)),
        "docker-hub": ("Docker Hub token", "dckr" + "_pat_" + _random(_ALNUM, 27)),
        "jwt": ("JSON Web Token", "ey" + "J" + _random(_ALNUM, 20) + ".ey" + "J" + _random(_ALNUM, 30) + "."
                + _random(_ALNUM, 43)),
        "private-key": ("private key", "-----BEGIN " + "RSA PRIVATE KEY-----\n" + _random(_ALNUM, 64)),
        "url-password": ("password in a URL", "https://deploy:" + _random(_ALNUM, 16) + "@models.internal/v1"),
        "random-base62": ("credential (a long random string)", _random(_ALNUM, 40)),
        "random-hex": ("credential (a long random string)", _random("0123456789abcdef", 32)),
    }


CREDENTIALS = fake_credentials()


def test_every_token_pattern_has_a_generated_example():
    assert {pattern.kind for pattern in TOKEN_PATTERNS} <= {kind for kind, _ in CREDENTIALS.values()}


@pytest.mark.parametrize("case", sorted(CREDENTIALS))
def test_credential_under_secrets_is_an_error_that_never_shows_it(case):
    kind, value = CREDENTIALS[case]
    result = lint_text(f"""\
        model_name: demo
        secrets:
          hf_access_token: {json.dumps(value)}
    """)
    [finding] = findings(result, "committed-secret")
    assert (finding.code, finding.severity.value, finding.span.line, finding.span.column) == ("TC401", "error", 3, 20)
    assert f"looks like a real {kind} (`{value[:SHOWN_PREFIX]}…`, {len(value)} characters)" in finding.message
    assert "committed to git and shipped to Baseten in the push payload" in finding.message
    assert "Baseten secret" in finding.help and "hf_access_token: null" in finding.help
    for text in (finding.message, finding.help):
        assert value[:SHOWN_PREFIX + 1] not in text


def test_credential_in_environment_variables_is_an_error():
    result = lint_text(f"""\
        environment_variables:
          HF_TOKEN: {CREDENTIALS["hugging-face"][1]}
          WANDB_API_KEY: {CREDENTIALS["random-hex"][1]}
          MODEL_REVISION: {CREDENTIALS["random-hex"][1]}
          CACHE_SEED: {CREDENTIALS["random-base62"][1]}
    """)
    found = {(d.key_path[-1], d.span.line) for d in findings(result, "committed-secret")}
    # Known token formats anywhere; bare random strings only where the name says credential.
    assert found == {("HF_TOKEN", 2), ("WANDB_API_KEY", 3)}


@pytest.mark.parametrize("value", [
    "null", '""', '"<your token>"', "YOUR_HF_TOKEN", "changeme", '"***"', "dummy", "set token in baseten workspace",
    "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-your-openai-api-key-goes-here", "HF_ACCESS_TOKEN_FOR_MY_MODEL_2024",
    '"{{ hf_token }}"', "sk-1234567890abcdef1234567890abcdef", "ThisIsMyHuggingFaceTokenValue",
])
def test_placeholders_are_fine(value):
    assert not findings(lint_text(f"secrets:\n  hf_access_token: {value}\n"), "committed-secret")


def test_the_source_reporters_quote_has_the_secret_masked_wherever_it_occurs():
    token = CREDENTIALS["openai"][1]
    text = f"secrets:\n  openai_api_key: '{token}'\n# old value: {token}\nmodel_name: demo\n"
    result = lint(text, "config.yaml", settings())
    assert token[:SHOWN_PREFIX + 1] not in result.source
    masked = token[:SHOWN_PREFIX] + "*" * (len(token) - SHOWN_PREFIX)
    assert result.source == text.replace(token, masked)  # same length: columns stay right


@pytest.mark.parametrize("output_format", sorted(REPORTERS))
def test_the_cli_never_prints_a_committed_secret(tmp_path, output_format):
    """Not in messages, not in quoted source lines, not through another rule's message."""
    token = CREDENTIALS["hugging-face"][1]
    env_token = CREDENTIALS["github"][1]
    config = tmp_path / "config.yaml"
    config.write_text(textwrap.dedent(f"""\
        model_name: demo
        secrets:
          hf_access_token: {token}
          hf_access_token: {token}
        environment_variables:
          GITHUB_TOKEN: "{env_token}"
          PORT: {env_token}
    """))
    proc = run_cli("check", "--output-format", output_format, str(config))
    assert proc.returncode == 1, proc.stderr
    output = proc.stdout + proc.stderr
    assert "TC401" in output
    for secret in (token, env_token):
        assert secret[:SHOWN_PREFIX + 1] not in output, f"{output_format} shows more than {SHOWN_PREFIX} characters"
    if output_format == "json":
        [file] = json.loads(proc.stdout)["files"]
        flagged = [d["key_path"] for d in file["diagnostics"] if d["code"] == "TC401"]
        assert flagged == [["secrets", "hf_access_token"], ["environment_variables", "GITHUB_TOKEN"],
                           ["environment_variables", "PORT"]]


# ---------------------------------------------------------------------------------------------
# Metadata and the corpus


@pytest.mark.parametrize("code,name,severity", [
    ("TC001", "invalid-yaml", "error"), ("TC002", "duplicate-key", "warning"), ("TC301", "weights-conflict", "error"),
    ("TC401", "committed-secret", "error"), ("TC402", "reserved-env-var", "warning"),
    ("TC501", "requirements-conflict", "error"), ("TC801", "deprecated-key", "warning"),
])
def test_rule_is_registered_with_its_contract(code, name, severity):
    rule = registry().by_code_or_name(name)
    assert rule is not None and (rule.code, rule.severity.value) == (code, severity)
    doc = rule.doc()
    for section in ("What it does:", "Why:", "Example:", "Fix:"):
        assert section in doc, f"{name}: doc lacks {section!r}"


def test_corpus_runs_without_rule_errors(corpus):
    for path in sorted(corpus.rglob("*.y*ml")):
        result = lint_file(path)
        crashed = [d.message for d in result.diagnostics if d.code == "TC003"]
        assert not crashed, f"{path.relative_to(corpus)}: {crashed}"


def test_corpus_has_no_committed_secret():
    """Public configs hold placeholders only (checked by hand): a finding here is a false positive."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present on this machine")
    flagged = [str(p.relative_to(CORPUS)) for p in sorted(CORPUS.rglob("*.y*ml"))
               if findings(lint_file(p), "committed-secret")]
    assert not flagged
