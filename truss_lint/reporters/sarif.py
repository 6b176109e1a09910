"""`--output-format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Written with the standard library (cfn-lint's SARIF needs a heavy optional dependency). Every
registered rule is described in `tool.driver.rules` (id, name, descriptions, help URI, default
level); results point at the rule by index and at the file region. Columns count Unicode code
points, as the loader's do, and regions end exclusively, as SARIF's do.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..diagnostics import Diagnostic, FileResult, Severity
from ..output import PRICE_ASSUMPTION, ReportOptions
from .paths import repo_relative, repository_root

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# Used until the package metadata names the repository (`[project.urls] Repository`).
FALLBACK_REPOSITORY_URL = "https://github.com/truss-lint/truss-lint"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SOURCE_ROOT = "%SRCROOT%"


def repository_url() -> str:
    from importlib import metadata

    try:
        for entry in metadata.metadata("truss-lint").get_all("Project-URL") or []:
            label, _, url = entry.partition(",")
            if label.strip().lower() in ("repository", "source", "homepage") and url.strip().startswith("https://"):
                return url.strip().rstrip("/")
    except metadata.PackageNotFoundError:
        pass
    return FALLBACK_REPOSITORY_URL


def rule_help_uri(rule: Any, repository: str) -> str | None:
    """A plugin may set `url` on its rule class; built-in (TC) rules link to their heading,
    `## CODE name`, in docs/rules.md."""
    url = getattr(rule, "url", None)
    if url:
        return str(url)
    if str(rule.code).startswith("TC"):
        return f"{repository}/blob/main/docs/rules.md#{rule.code.lower()}-{rule.name}"
    return None


def rule_descriptor(rule: Any, repository: str) -> dict[str, Any]:
    doc = rule.doc() if hasattr(rule, "doc") else rule.summary
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": doc},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["truss", "config"], "fixable": bool(getattr(rule, "fixable", False))},
    }
    uri = rule_help_uri(rule, repository)
    if uri:
        descriptor["helpUri"] = uri
    return descriptor


def report(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
    from ..engine import registry

    root = repository_root()
    repository = repository_url()
    rules = [rule_descriptor(rule, repository) for rule in registry().rules]
    rule_index = {descriptor["id"]: i for i, descriptor in enumerate(rules)}
    artifacts: list[dict[str, Any]] = []
    sarif_results: list[dict[str, Any]] = []
    for result in results:
        if result.skipped:
            continue
        location = _artifact_location(result.path, root)
        location["index"] = len(artifacts)
        artifacts.append({
            "location": {key: value for key, value in location.items() if key != "index"},
            "roles": ["analysisTarget"],
            "properties": {"instance": result.instance.to_json() if result.instance else None,
                           **({"instanceNote": result.instance_note} if result.instance_note else {}),
                           **({"chainlets": [c.to_json() for c in result.chainlets]} if result.chainlets else {})},
        })
        seen: dict[str, int] = {}
        for d in result.diagnostics:
            if d.code not in rule_index:  # e.g. TC003 rule-error, which no rule class declares
                rule_index[d.code] = len(rules)
                rules.append({"id": d.code, "name": d.name, "shortDescription": {"text": d.name},
                              "defaultConfiguration": {"level": LEVELS[d.severity]}})
            sarif_results.append(_result(d, location, rule_index[d.code], seen))
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "truss-lint", "version": __version__, "semanticVersion": __version__,
                            "informationUri": repository, "rules": rules}},
        "invocations": [{"executionSuccessful": True}],
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": Path(root).as_uri().rstrip("/") + "/"}},
        "artifacts": artifacts,
        "results": sarif_results,
        "columnKind": "unicodeCodePoints",
        "properties": {"catalogAsOf": catalog_as_of, "priceAssumption": PRICE_ASSUMPTION},
    }
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _artifact_location(path: str, root: str) -> dict[str, Any]:
    relative = repo_relative(path, root)
    if relative is not None:
        return {"uri": quote(relative, safe="/"), "uriBaseId": SOURCE_ROOT}
    if path.startswith("<"):  # standard input without --stdin-filename
        return {"uri": quote(path.strip("<>"), safe="")}
    return {"uri": Path(path).resolve().as_uri()}


def _result(d: Diagnostic, location: dict[str, Any], rule_index: int, seen: dict[str, int]) -> dict[str, Any]:
    key = ".".join(str(part) for part in d.key_path)
    text = d.message + (f"\nhelp: {d.help}" if d.help else "")
    region = {"startLine": d.span.line, "startColumn": d.span.column,
              "endLine": max(d.span.end_line, d.span.line), "endColumn": max(d.span.end_column, 1)}
    physical = {"artifactLocation": dict(location), "region": region}
    sarif_location: dict[str, Any] = {"physicalLocation": physical}
    if key:
        sarif_location["logicalLocations"] = [{"fullyQualifiedName": key, "kind": "member"}]
    # Stable across edits that move lines: the file, the rule and the key, numbered if repeated.
    identity = f"{location['uri']}\0{d.code}\0{key}"
    seen[identity] = seen.get(identity, 0) + 1
    fingerprint = hashlib.sha256(f"{identity}\0{seen[identity]}".encode()).hexdigest()[:32]
    result: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule_index,
        "level": LEVELS[d.severity],
        "message": {"text": text},
        "locations": [sarif_location],
        "partialFingerprints": {"trussLintKey/v1": fingerprint},
        "properties": {"name": d.name, "keyPath": list(d.key_path), "fixable": d.fix is not None,
                       "instance": d.instance.to_json() if d.instance else None,
                       **({"chainlet": d.chainlet} if d.chainlet is not None else {})},
    }
    return result
