"""Suppression comments: trailing, above a key (its whole block), file-level, unused, unknown."""

from __future__ import annotations

import textwrap

from conftest import lint_yaml, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from truss_lint.diagnostics import FileResult
from truss_lint.engine import lint
from truss_lint.settings import Settings


def found(result: FileResult, *names: str) -> list[tuple[int, str]]:
    """(line, rule name) of the diagnostics of the given rules, in file order."""
    return [(d.span.line, d.name) for d in result.diagnostics if d.name in names]


def messages(result: FileResult, name: str) -> list[str]:
    return [d.message for d in result.diagnostics if d.name == name]


def apply_fix(text: str, result: FileResult, name: str) -> str:
    (diagnostic,) = [d for d in result.diagnostics if d.name == name]
    for start, end, replacement in sorted(diagnostic.fix.edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def test_trailing_comment_suppresses_its_own_line_only():
    result = lint_yaml("""\
        model_name: m
        resources:
          gpu: 1  # truss-lint: ignore[unknown-key] our deploy script reads it
          gpux: 2
        """)
    assert found(result, "unknown-key", "unused-suppression") == [(4, "unknown-key")]


def test_trailing_comment_on_a_block_key_does_not_cover_the_block():
    result = lint_yaml("""\
        model_name: m
        resources:  # truss-lint: ignore[TC101]
          gpu: 1
        """)
    assert found(result, "unknown-key", "unused-suppression") == [(2, "unused-suppression"), (3, "unknown-key")]
    assert messages(result, "unused-suppression") == [
        "unused suppression: TC101 (unknown-key) reports nothing on line 2"]


def test_comment_above_a_key_covers_its_whole_block_and_nothing_after():
    result = lint_yaml("""\
        model_name: m
        # truss-lint: ignore[unknown-key]
        resources:
          gpu: 1
          limits:
            cpux: 2
        environment_variables:
          X: "1"
        resourcez: 1
        """)
    assert found(result, "unknown-key", "unused-suppression") == [(9, "unknown-key")]


def test_comment_above_a_list_item_covers_that_item():
    result = lint_yaml("""\
        model_name: m
        weights:
          # truss-lint: ignore[duplicate-key]
          - source: hf://a/b
            source: hf://a/c
          - source: hf://d/e
            source: hf://d/f
        """)
    assert found(result, "duplicate-key", "unused-suppression") == [(7, "duplicate-key")]


def test_stacked_comments_above_one_key_and_blank_lines_between():
    result = lint_yaml("""\
        model_name: m
        # truss-lint: ignore[unknown-key]
        # truss-lint: ignore[duplicate-key] both are intentional here

        resources:
          gpu: 1
          gpu: 2
        """)
    assert found(result, "unknown-key", "duplicate-key", "unused-suppression") == []


def test_file_level_comment_anywhere_covers_the_file():
    top = lint_yaml("""\
        # truss-lint: file-ignore[TC101] legacy config, migrating in Q3
        model_name: m
        resources:
          gpu: 1
        extra: 2
        """)
    bottom = lint_yaml("""\
        model_name: m
        resources:
          gpu: 1
        extra: 2
        # truss-lint: file-ignore[unknown-key]
        """)
    for result in (top, bottom):
        assert found(result, "unknown-key", "unused-suppression") == []


def test_names_and_codes_are_interchangeable_and_codes_case_insensitive():
    result = lint_yaml("""\
        model_name: m
        resources:
          gpu: 1  # truss-lint: ignore[tc101]
          gpu2: 1  # truss-lint: ignore[TC101]
          gpu3: 1  # truss-lint: ignore[unknown-key]
        """)
    assert found(result, "unknown-key", "unused-suppression", "unknown-suppression") == []


def test_unused_suppression_names_the_rule_and_scope_and_its_fix_deletes_the_line():
    text = textwrap.dedent("""\
        model_name: m
        # truss-lint: ignore[duplicate-key]
        resources:
          cpu: "1"
          memory: 2Gi
        """)
    result = lint_yaml(text)
    assert found(result, "unused-suppression") == [(2, "unused-suppression")]
    assert messages(result, "unused-suppression") == [
        "unused suppression: duplicate-key (TC002) reports nothing on lines 3–5"]
    assert apply_fix(text, result, "unused-suppression") == text.replace("# truss-lint: ignore[duplicate-key]\n", "")


def test_unused_fix_keeps_the_names_still_in_use():
    text = 'model_name: m\nresources:\n  gpu: 1  # truss-lint: ignore[unknown-key, duplicate-key] reason\n'
    result = lint_yaml(text)
    assert messages(result, "unused-suppression") == [
        "unused suppression: duplicate-key (TC002) reports nothing on line 3"]
    assert apply_fix(text, result, "unused-suppression") == text.replace(
        "[unknown-key, duplicate-key]", "[unknown-key]")


def test_trailing_unused_fix_removes_only_the_comment():
    text = 'model_name: m  # truss-lint: ignore[TC101]\n'
    assert apply_fix(text, lint_yaml(text), "unused-suppression") == "model_name: m\n"


def test_crlf_files_keep_their_line_endings_when_a_comment_is_removed():
    text = "model_name: m\r\n# truss-lint: ignore[TC002]\r\nresources:\r\n  gpu: 1  # truss-lint: ignore[TC101]\r\n"
    result = lint_yaml(text)
    assert found(result, "unknown-key", "unused-suppression") == [(2, "unused-suppression")]
    assert apply_fix(text, result, "unused-suppression") == text.replace("# truss-lint: ignore[TC002]\r\n", "")


def test_rules_that_did_not_run_are_never_called_unused():
    not_selected = lint_yaml("model_name: m  # truss-lint: ignore[duplicate-key]\n", ignore=["duplicate-key"])
    assert found(not_selected, "unused-suppression") == []
    does_not_load = lint_yaml("model_name: [m  # truss-lint: ignore[unknown-key]\n")
    assert found(does_not_load, "invalid-yaml") == [(2, "invalid-yaml")]
    assert found(does_not_load, "unused-suppression", "unknown-suppression") == []


def test_unknown_codes_names_and_malformed_directives_are_reported():
    result = lint_yaml("""\
        model_name: m
        # truss-lint: ignore[TC999, unknwn-key, TC1]
        # truss-lint: ignore TC101
        # truss-lint: disable[TC101]
        # truss-lint: ignore[]
        resources:
          cpu: "1"
        """)
    assert sorted(messages(result, "unknown-suppression")) == sorted([
        "`TC999` in `# truss-lint: ignore[TC999, unknwn-key, TC1]` is not a known rule code or name, so it "
        "suppresses nothing",
        "`unknwn-key` in `# truss-lint: ignore[TC999, unknwn-key, TC1]` is not a known rule code or name, so it "
        "suppresses nothing; did you mean `unknown-key`?",
        "`TC1` in `# truss-lint: ignore[TC999, unknwn-key, TC1]` is not a known rule code or name, so it "
        "suppresses nothing; suppression comments take full codes or names, not prefixes",
        "`# truss-lint: ignore TC101` suppresses nothing: the rules must be listed in brackets",
        "`# truss-lint: disable[TC101]` suppresses nothing: `disable[TC101]` is not a truss-lint directive",
        "`# truss-lint: ignore[]` suppresses nothing: the brackets name no rule",
    ])
    assert {d.severity.value for d in result.diagnostics if d.name == "unknown-suppression"} == {"warning"}


def test_a_hash_inside_a_string_is_not_a_comment():
    result = lint_yaml("""\
        model_name: "m # truss-lint: file-ignore[TC101]"
        description: |
          # truss-lint: ignore[TC999]
        resources:
          gpu: 1
        """)
    assert found(result, "unknown-key", "unknown-suppression", "unused-suppression") == [(5, "unknown-key")]


def test_audit_findings_can_be_suppressed_without_counting_as_use():
    # A plugin rule absent on this machine: the comment silences its own unknown-suppression report.
    absent_plugin = lint_yaml("model_name: m  # truss-lint: ignore[XP901, unknown-suppression]\n")
    assert found(absent_plugin, "unknown-suppression", "unused-suppression") == []
    # A directive naming only the audit rules is never itself reported as unused (no loop).
    audit_only = lint_yaml("# truss-lint: file-ignore[unused-suppression]\n"
                           "model_name: m  # truss-lint: ignore[TC101]\n")
    assert found(audit_only, "unused-suppression", "unknown-suppression") == []


def test_suppressions_from_the_cli(tmp_path):
    (tmp_path / "config.yaml").write_text(
        "model_name: m\nresources:\n  gpu: 1  # truss-lint: ignore[unknown-key]\n  accelerator: A10G\n"
        "  use_gpu: true\nfoo: 1  # truss-lint: ignore[duplicate-key]\n")
    proc = run_cli("check", "--output-format", "concise", "--select", "TC0,TC1", "config.yaml", cwd=tmp_path)
    findings = [line for line in proc.stdout.splitlines() if line.startswith("config.yaml:")]
    assert [line.split(" [")[0] for line in findings] == ["config.yaml:6:1: TC101", "config.yaml:6:9: TC010"]
    assert findings[1].endswith("unused suppression: duplicate-key (TC002) reports nothing on line 6")
    assert proc.returncode == 1


_LINES = st.sampled_from([
    "model_name: m", "resources:", "  gpu: 1", "  cpu: '1'", "  - a: 1", "    a: 2", "x: 'a # b'", "",
    "# truss-lint: ignore[", "# truss-lint:", "# truss-lint: file-ignore[TC101]", "description: |", "  text",
    "key: v  #truss-lint: ignore[TC101]", "---", "{a: 1}", "  # truss-lint: ignore[unknown-key, , TC10]",
])
_DIRECTIVES = st.builds(lambda kind, tokens, reason: f"# truss-lint: {kind}[{', '.join(tokens)}]{reason}",
                        st.sampled_from(["ignore", "file-ignore", "IGNORE", "disable"]),
                        st.lists(st.sampled_from(["TC101", "tc002", "unknown-key", "XP1", "", "TC0", "]"]),
                                 max_size=3),
                        st.sampled_from(["", " reason", " # why", "  # truss-lint: ignore[TC002]"]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(st.one_of(_LINES, _DIRECTIVES, st.builds("  ".join, st.tuples(_LINES, _DIRECTIVES))),
                      max_size=12),
       newline=st.sampled_from(["\n", "\r\n"]))
def test_any_mix_of_comments_never_breaks_the_engine(lines, newline):
    text = newline.join(lines) + newline
    result = lint(text, "config.yaml", Settings())  # never raises: a crashing rule is a TC003
    crashed = [d.message for d in result.diagnostics if d.code == "TC003"]
    assert not [m for m in crashed if m.startswith(("rule TC010", "rule TC011"))], crashed
    for diagnostic in result.diagnostics:
        if diagnostic.name == "unused-suppression":
            edits = sorted(diagnostic.fix.edits)
            assert all(0 <= start <= end <= len(text) for start, end, _ in edits)
            start = edits[0][0]
            line = text[text.rfind("\n", 0, start) + 1:text.find("\n", start)]
            assert "truss-lint:" in line  # it edits the comment, nothing else
