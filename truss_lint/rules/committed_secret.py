from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from .._struct import Struct
from ..diagnostics import Diagnostic, Severity
from ..redaction import SHOWN_PREFIX
from . import Rule


class TokenPattern(Struct):
    __slots__ = ("kind", "pattern")

    def __init__(self, kind: str, pattern: str) -> None:
        self.kind = kind
        self.pattern = pattern  # searched anywhere in the value, at a word start


# Credential formats, by issuer. The one place the rule and its tests take token shapes from.
TOKEN_PATTERNS: tuple[TokenPattern, ...] = (
    TokenPattern("Hugging Face token", r"hf_[A-Za-z0-9]{30,}"),
    TokenPattern("Anthropic API key", r"sk-ant-[A-Za-z0-9_-]{20,}"),
    TokenPattern("OpenAI API key", r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"),
    TokenPattern("Stripe secret key", r"[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"),
    TokenPattern("GitHub token", r"gh[pousr]_[A-Za-z0-9]{36,}"),
    TokenPattern("GitHub token", r"github_pat_[A-Za-z0-9_]{22,}"),
    TokenPattern("GitLab token", r"glpat-[A-Za-z0-9_-]{20,}"),
    TokenPattern("AWS access key ID", r"(?:AKIA|ASIA)[A-Z0-9]{16}"),
    TokenPattern("Slack token", r"xox[abposre]-[A-Za-z0-9-]{10,}"),
    TokenPattern("Google API key", r"AIza[A-Za-z0-9_-]{35}"),
    TokenPattern("Replicate API token", r"r8_[A-Za-z0-9]{30,}"),
    TokenPattern("Groq API key", r"gsk_[A-Za-z0-9]{40,}"),
    TokenPattern("NVIDIA API key", r"nvapi-[A-Za-z0-9_-]{30,}"),
    TokenPattern("Docker Hub token", r"dckr_pat_[A-Za-z0-9_-]{20,}"),
    TokenPattern("JSON Web Token", r"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}"),
    TokenPattern("private key", r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----"),
    TokenPattern("password in a URL", r"[A-Za-z][A-Za-z0-9+.-]*://[^\s/:@]+:[^\s/@]{3,}@"),
)


@cache
def _token_regexes() -> list[tuple[str, re.Pattern[str]]]:
    """Compiled on first use: most configs hold no string value to check (~2 ms at every start)."""
    return [(token.kind, re.compile(r"(?<![A-Za-z0-9])" + token.pattern)) for token in TOKEN_PATTERNS]

# A value without a known prefix counts as a credential when it is one long random-looking run.
GENERIC_MIN_LENGTH = 20
GENERIC_MIN_ENTROPY = 3.5  # bits per character: random base62 ≈ 4.5+, English words < 3.5
GENERIC_MIN_ENTROPY_HEX = 2.75  # hex has only 16 symbols (a random 32-character key ≈ 3.7)
GENERIC_MIN_ENTROPY_LETTERS = 3.8  # letters only: also needs random case, unlike CamelCaseWords
# Regexes as strings, compiled on first use (re caches them): most configs hold no value to check.
_GENERIC = r"[A-Za-z0-9+/=_.:-]+"
_SEGMENTS = r"[A-Za-z0-9]+"
_HEX = r"[0-9a-fA-F]+"

# Words that mark a value as a stand-in ("YOUR_HF_TOKEN", "sk-your-key-here"), as a whole
# segment between separators; at least 4 letters, as a random token's segments are rarely words.
PLACEHOLDER_WORDS = frozenset("""
    your yours mine example examples placeholder changeme change dummy fake redacted replace replaceme enter
    insert here todo fixme sample none null xxxx xxxxx
""".split())
# Longer words that mark a stand-in wherever they appear ("AKIAIOSFODNN7EXAMPLE", AWS's own).
PLACEHOLDER_FRAGMENTS = ("example", "placeholder", "changeme", "redacted", "replaceme", "dummy")
_SEQUENCES = ("0123456789", "1234567890", "abcdefghij", "qwertyuiop")

# Environment variables whose name says they hold a credential get the generic check too;
# any other variable only the known token formats (a model revision hash is not a secret).
_CREDENTIAL_NAME = r"(?i)TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH"


def find_credential(value: str, *, generic: bool = True) -> str | None:
    """What kind of credential `value` looks like, or None for placeholders and plain values."""
    for kind, pattern in _token_regexes():
        match = pattern.search(value)
        if match and not _is_placeholder(match.group(0)):
            return kind
    if generic and _looks_random(value):
        return "credential (a long random string)"
    return None


def _is_placeholder(text: str) -> bool:
    segments = re.findall(_SEGMENTS, text)
    if not segments or any(segment.lower() in PLACEHOLDER_WORDS for segment in segments):
        return True
    # In one case only: random mixed-case text spells "DuMMY" more often than one would think.
    if any(form in text for fragment in PLACEHOLDER_FRAGMENTS
           for form in (fragment, fragment.upper(), fragment.capitalize())):
        return True
    body = max(segments, key=len)
    lowered = body.lower()
    return len(set(lowered)) < 6 or any(run in lowered for run in _SEQUENCES)


def _looks_random(value: str) -> bool:
    if len(value) < GENERIC_MIN_LENGTH or not re.fullmatch(_GENERIC, value) or "://" in value:
        return False
    if _is_placeholder(value):
        return False
    body = max(re.findall(_SEGMENTS, value), key=len)
    if len(body) < GENERIC_MIN_LENGTH - 4:
        return False  # identifiers built from words: HF_ACCESS_TOKEN_FOR_MY_MODEL
    if not any(c.isalpha() for c in body):
        return False  # a number, however long
    if not any(c.isdigit() for c in body):
        # CamelCase words are about one capital in five; random letters about one in two.
        capitals = sum(c.isupper() for c in body) / len(body)
        return 0.3 <= capitals <= 0.7 and entropy(body) >= GENERIC_MIN_ENTROPY_LETTERS
    threshold = GENERIC_MIN_ENTROPY_HEX if re.fullmatch(_HEX, body) else GENERIC_MIN_ENTROPY
    return entropy(body) >= threshold


def entropy(text: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def redacted(value: str) -> str:
    """The first characters of a secret, safe to show: `hf_A…`."""
    return value[:min(SHOWN_PREFIX, len(value) // 4)] + "…"


class CommittedSecret(Rule):
    """What it does: reports a real-looking credential written in config.yaml: any value under
    `secrets:` shaped like a token (hf_…, sk-…, ghp_…, github_pat_…, AKIA…, xox…, a JWT, a
    private key, a long random string), and token-shaped values in `environment_variables`.
    Placeholders (`null`, `""`, "<your token>", "YOUR_HF_TOKEN", "changeme", text with spaces)
    are fine. Messages show at most the first 4 characters of the value.

    Why: config.yaml is committed to git and shipped to Baseten in the push payload, so the
    credential is readable by everyone with the repository (and stays in its history) and by
    everyone who can see the deployment's config. Baseten secrets keep the value out of both.

    Example:
        secrets:
          hf_access_token: hf_aBcD...   # a real token, committed

    Fix: revoke the credential, store it as a secret in your Baseten workspace settings, and
    write `hf_access_token: null` in config.yaml (the model reads the Baseten secret).
    """

    code = "TC401"
    name = "committed-secret"
    severity = Severity.ERROR
    summary = "A real-looking credential in config.yaml (secrets or environment_variables)"

    def check(self, ctx) -> Iterator[Diagnostic]:
        config = ctx.config
        secrets = config.get("secrets")
        if isinstance(secrets, dict):
            for name, value in secrets.items():
                kind = find_credential(value) if isinstance(value, str) else None
                if kind:
                    yield self._report(ctx, ("secrets", name), f"secret `{name}`", value, kind,
                                       f"set `{name}: null` here")
        variables = config.get("environment_variables")
        if isinstance(variables, dict):
            for name, value in variables.items():
                if not isinstance(value, str):
                    continue
                kind = find_credential(value, generic=bool(re.search(_CREDENTIAL_NAME, str(name))))
                if kind:
                    yield self._report(ctx, ("environment_variables", name), f"environment variable `{name}`",
                                       value, kind, f"declare it under `secrets:` as `{name}: null` and read "
                                       "the secret in your model instead of the environment variable")

    def _report(self, ctx, path, what: str, value: str, kind: str, instead: str) -> Diagnostic:
        return self.diagnostic(
            ctx, path,
            f"{what} holds what looks like a real {kind} (`{redacted(value)}`, {len(value)} characters): "
            "config.yaml is committed to git and shipped to Baseten in the push payload, so everyone with the "
            "repository or the deployment's config can read it",
            help=f"revoke it (it stays in git history), store it as a Baseten secret in your workspace settings, "
                 f"and {instead}",
            redact=True)
